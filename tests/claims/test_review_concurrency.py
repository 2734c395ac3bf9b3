from __future__ import annotations

import functools
import threading
from collections.abc import Callable

from django.db import close_old_connections, connection
from django.test import Client, TransactionTestCase
from django.urls import reverse

from claims.models import Claim, ClaimEvent, Source, Verdict
from claims.services.review import ClaimChanges, StaleEdit, claim_update
from tests.base import OTPClient, make_user
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


class ConcurrentEditViewTests(TransactionTestCase):
    """RELIABILITY DB-1 through the view: 10 editors, each on its own connection, save the same
    claim version at the same instant, round after round."""

    EDITORS = 10
    ROUNDS = 20

    def _fixture_teardown(self) -> None:
        super()._fixture_teardown()
        ensure_roles()

    def setUp(self) -> None:
        ensure_roles()
        self.editors = [make_user(f"editor{i}", "editor", "reviewer") for i in range(self.EDITORS)]
        self.sources = [make_source() for _ in range(self.EDITORS + 1)]
        self.claim = make_claim(source=self.sources[0])
        self.clients = []
        for user in self.editors:
            client = OTPClient()
            client.force_login(user)
            self.clients.append(client)

    def _edit(self, i: int, version: int, source: Source) -> tuple[int, str]:
        response = self.clients[i].post(
            reverse("claims:claim-edit", args=[self.claim.pk]),
            {"version": version, "kind": self.claim.kind, "source": source.pk, "note": f"by {i}"},
            headers={"HX-Request": "true"},
        )
        return response.status_code, response.content.decode()

    def test_exactly_one_of_ten_editors_saving_the_same_version_wins_each_round(self) -> None:
        url = reverse("claims:claim-edit", args=[self.claim.pk])
        self.assertEqual(self.clients[0].get(url).status_code, 405)  # POST only: no side door
        for round_ in range(self.ROUNDS):
            self.claim.refresh_from_db()
            version = self.claim.version
            current = self.claim.attributions.order_by("position").first().source_id
            # Ten different targets, none the current source: every submission is a real change.
            targets = [s for s in self.sources if s.pk != current]
            results = run_together(
                *(
                    functools.partial(self._edit, i, version, targets[i])
                    for i in range(self.EDITORS)
                )
            )
            statuses = sorted(r[0] if isinstance(r, tuple) else r for r in results)
            self.assertEqual(statuses, [200] + [409] * (self.EDITORS - 1), f"round {round_}")
            winner = next(i for i, r in enumerate(results) if r[0] == 200)
            self.claim.refresh_from_db()
            self.assertEqual(self.claim.version, version + 1, f"round {round_}")
            first = self.claim.attributions.order_by("position").first()
            self.assertEqual(first.source_id, targets[winner].pk, "the winner's change, no other")
            for i, (status, body) in enumerate(results):
                if status == 409:  # told who changed it, and shown the current source
                    self.assertIn(self.editors[winner].username, body, f"editor {i}")
                    shown = reverse("claims:source-detail", args=[targets[winner].pk])
                    self.assertIn(f'href="{shown}"', body, f"editor {i}")
                    mine = reverse("claims:source-detail", args=[targets[i].pk])
                    self.assertNotIn(f'href="{mine}"', body, f"editor {i}")
        events = ClaimEvent.objects.filter(claim=self.claim, action="edit").order_by("pk")
        self.assertEqual(events.count(), self.ROUNDS, "one audit row per successful save")
        self.assertEqual(self.claim.version, 1 + self.ROUNDS)
        # Each event records the change the claim actually went through: 0 silent overwrites.
        chain = [e.data["source"] for e in events]
        for before, after in zip(chain, chain[1:], strict=False):
            self.assertEqual(before[1], after[0])
