"""AC-4: when the role lookup itself fails, a request fails closed: 500 (or 403), no claim data in
the body and nothing written. The only stand-in is the failing lookup the checklist item asks for."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any
from unittest import mock

from django.http import HttpResponse
from django.test import override_settings
from django.urls import reverse

from claims import permissions
from claims.models import Claim, ClaimEvent, Evidence, IngestBatch, Verdict
from tests.base import BaseTestCase, OTPClient
from tests.factories import make_article, make_claim, make_source

CLAIM_TEXT = "Zanubiya fighters surrendered the granary at Khirbat Qarmeed"
REAL_LOOKUP = permissions._group_names


def failing_after(calls: int) -> Callable[[Any], frozenset[str]]:
    """The real lookup for the first `calls` calls of a request, then an error."""
    seen = [0]

    def lookup(user: Any) -> frozenset[str]:
        seen[0] += 1
        if seen[0] > calls:
            raise RuntimeError("role store unreachable")
        return REAL_LOOKUP(user)

    return lookup


@override_settings(DEBUG=False)
class FailClosedTests(BaseTestCase):
    def setUp(self) -> None:
        source = make_source(name_en="Qarmeed Brigade Press Office")
        article = make_article(text=f"The press office said {CLAIM_TEXT}.", title="Qarmeed siege")
        self.article = article
        self.claim = make_claim(article=article, source=source, text=CLAIM_TEXT)
        self.other = make_claim(article=make_article(), source=make_source(), span=(0, 5))
        self.reviewer = OTPClient(raise_request_exception=False)
        self.reviewer.force_login(self.bob)
        self.editor = OTPClient(raise_request_exception=False)
        self.editor.force_login(self.erin)
        self.admin = OTPClient(raise_request_exception=False)
        self.admin.force_login(self.alice)

    def requests(self) -> list[tuple[str, Callable[[], HttpResponse]]]:
        pk = self.claim.pk
        verdict = {
            "value": "corroborated",
            "note": "The second source confirms it.",
            "ev-0-claim": self.other.pk,
            "ev-0-stance": "supports",
            "ev-0-strength": "primary",
        }
        edit = {"version": 1, "kind": "quote", "note": "it is a direct quote"}
        final = {"status": "disputed", "note": "the sources disagree"}
        return [
            ("panel", lambda: self.reviewer.get(reverse("claims:claim-panel", args=[pk]))),
            (
                "panel htmx",
                lambda: self.reviewer.get(
                    reverse("claims:claim-panel", args=[pk]), headers={"HX-Request": "true"}
                ),
            ),
            (
                "article",
                lambda: self.reviewer.get(reverse("claims:article-detail", args=[self.article.pk])),
            ),
            ("queue", lambda: self.reviewer.get(reverse("claims:queue"))),
            (
                "verdict",
                lambda: self.reviewer.post(reverse("claims:claim-verdict", args=[pk]), verdict),
            ),
            ("edit", lambda: self.editor.post(reverse("claims:claim-edit", args=[pk]), edit)),
            ("final", lambda: self.editor.post(reverse("claims:claim-final", args=[pk]), final)),
            ("upload", lambda: self.admin.post(reverse("claims:upload"), {"label": "x"})),
        ]

    def assertFailedClosed(self, name: str, response: HttpResponse) -> None:
        self.assertIn(response.status_code, (403, 500), name)
        body = response.content.decode()
        for leak in (
            CLAIM_TEXT,
            "Qarmeed",
            "role store unreachable",
            "RuntimeError",
            "Traceback",
        ):
            self.assertNotIn(leak, body, name)

    def assertNothingWritten(self) -> None:
        self.assertFalse(Verdict.objects.exists())
        self.assertFalse(Evidence.objects.exists())
        self.assertFalse(ClaimEvent.objects.exists())
        self.assertFalse(IngestBatch.objects.exists())
        claim = Claim.objects.get(pk=self.claim.pk)
        self.assertEqual((claim.version, claim.kind, claim.final_status), (1, "reported", ""))

    def run_failing(self, lookup: Any) -> None:
        for name, send in self.requests():
            with (
                self.subTest(name),
                mock.patch("claims.permissions._group_names", side_effect=lookup),
                self.assertLogs("factcheck.errors", logging.ERROR),
            ):
                self.assertFailedClosed(name, send())
        self.assertNothingWritten()

    def test_a_failing_role_lookup_gives_a_safe_500_and_writes_nothing(self) -> None:
        self.run_failing(RuntimeError("role store unreachable"))

    def test_a_lookup_that_fails_only_at_the_views_own_check_fails_closed_too(self) -> None:
        # The session middleware's lookup succeeds; the view's role check is the one that fails.
        for name, send in self.requests():
            with (
                self.subTest(name),
                mock.patch("claims.permissions._group_names", side_effect=failing_after(1)),
                self.assertLogs("factcheck.errors", logging.ERROR),
            ):
                self.assertFailedClosed(name, send())
        self.assertNothingWritten()

    def test_the_same_requests_succeed_and_write_when_the_lookup_works(self) -> None:
        # The control: without the failure these requests show the claim and write.
        statuses = {name: send().status_code for name, send in self.requests()}
        self.assertEqual(statuses["panel"], 200)
        self.assertContains(
            self.reviewer.get(reverse("claims:claim-panel", args=[self.claim.pk])), CLAIM_TEXT
        )
        self.assertEqual((statuses["verdict"], statuses["edit"], statuses["final"]), (302,) * 3)
        self.assertTrue(Verdict.objects.filter(claim=self.claim, reviewer=self.bob).exists())
        claim = Claim.objects.get(pk=self.claim.pk)
        self.assertEqual((claim.kind, claim.final_status), ("quote", "disputed"))
        self.assertEqual(ClaimEvent.objects.filter(claim=claim).count(), 3)
