from __future__ import annotations

import threading
from collections.abc import Callable

from django.db import close_old_connections, connection
from django.test import Client, TransactionTestCase
from django.urls import reverse

from claims.models import Claim, ClaimEvent, Verdict
from claims.services.review import ClaimChanges, StaleEdit, claim_update
from tests.base import make_user
from tests.factories import ensure_roles, make_claim, make_source


def run_together(*jobs: Callable[[], object]) -> list[object]:
    """Start the jobs in threads (each its own DB connection) at the same instant; return results."""
    barrier = threading.Barrier(len(jobs))
    results: list[object] = [None] * len(jobs)

    def runner(i: int, job: Callable[[], object]) -> None:
        try:
            barrier.wait()
            results[i] = job()
        except Exception as exc:  # collected and asserted on by the caller
            results[i] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=runner, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    close_old_connections()
    return results


class ConcurrentReviewTests(TransactionTestCase):
    def _fixture_teardown(self) -> None:
        # The flush also empties the role groups that migration 0002 made; later tests need them
        # (also with --reuse-db), so put them back.
        super()._fixture_teardown()
        ensure_roles()

    def setUp(self) -> None:
        ensure_roles()
        self.bob = make_user("bob", "reviewer")
        self.dana = make_user("dana", "reviewer")
        self.erin = make_user("erin", "editor", "reviewer")
        self.alice = make_user("alice", "editor", "reviewer")
        self.claim = make_claim(source=make_source())
        self.other = make_claim(source=make_source())

    def _post_verdict(self, user: object, value: str) -> int:
        client = Client()
        client.force_login(user)
        data = {"value": value, "note": f"{value} by {user}", "ev-0-claim": self.other.pk}
        data["ev-0-stance"] = "supports" if value == "corroborated" else "contradicts"
        data["ev-0-strength"] = "media"
        response = client.post(
            reverse("claims:claim-verdict", args=[self.claim.pk]),
            data,
            headers={"HX-Request": "true"},
        )
        return response.status_code

    def test_two_reviewers_saving_at_once_are_both_recorded_and_the_claim_is_contested(
        self,
    ) -> None:
        for _round in range(3):
            results = run_together(
                lambda: self._post_verdict(self.bob, "corroborated"),
                lambda: self._post_verdict(self.dana, "disputed"),
            )
            self.assertEqual(results, [200, 200])
        self.assertEqual(Verdict.objects.filter(claim=self.claim).count(), 6)
        self.assertEqual(ClaimEvent.objects.filter(claim=self.claim, action="verdict").count(), 6)
        self.claim.refresh_from_db()
        self.assertEqual(self.claim.status, Claim.Status.CONTESTED)

    def test_of_two_editors_editing_the_same_version_exactly_one_wins_and_the_other_is_told(
        self,
    ) -> None:
        def edit(user: object, kind: str) -> object:
            return claim_update(
                claim_id=self.claim.pk, editor=user, version=1, changes=ClaimChanges(kind=kind)
            )

        results = run_together(
            lambda: edit(self.erin, "quote"), lambda: edit(self.alice, "passive")
        )
        stale = [r for r in results if isinstance(r, StaleEdit)]
        won = [r for r in results if isinstance(r, Claim)]
        self.assertEqual((len(won), len(stale)), (1, 1), results)
        self.claim.refresh_from_db()
        self.assertEqual(self.claim.version, 2)
        self.assertEqual(self.claim.kind, won[0].kind)
        self.assertEqual(ClaimEvent.objects.filter(claim=self.claim, action="edit").count(), 1)
