from __future__ import annotations

from django.urls import reverse

from claims.models import Claim
from tests.base import BaseTestCase
from tests.factories import make_claim, make_source

HTMX = {"HX-Request": "true"}


class SourceDetailTests(BaseTestCase):
    def setUp(self) -> None:
        self.parent = make_source(name_en="Victory Army", kind="armed_group")
        self.source = make_source(
            name_en="Abu al-Majd al-Homsi",
            name_ar="أبو المجد الحمصي",
            kind="person",
            parent=self.parent,
            conflict_party="opposition",
            aliases=("أبو المجد الحمصي", "the spokesman"),
        )
        self.disputed = make_claim(source=self.source, status="disputed")
        self.unreviewed = make_claim(source=self.source)
        self.elsewhere = make_claim(source=make_source())

    def test_it_shows_names_aliases_kind_affiliation_party_and_claims_by_status(self) -> None:
        self.client.force_login(self.erin)
        response = self.client.get(reverse("claims:source-detail", args=[self.source.pk]))
        for text in (
            "Abu al-Majd al-Homsi",
            "the spokesman",
            "Person",
            "Armed opposition",
            "Victory Army",
        ):
            self.assertContains(response, text)
        self.assertEqual(
            {status: [r.claim.pk for r in rows] for status, rows in response.context["groups"]},
            {"disputed": [self.disputed.pk], "unreviewed": [self.unreviewed.pk]},
        )
        self.assertEqual(response.context["counts"]["total"], 2)
        self.assertNotContains(response, reverse("claims:claim-panel", args=[self.elsewhere.pk]))

    def test_blind_reviewers_see_judged_claims_grouped_as_awaiting_their_review(self) -> None:
        self.client.force_login(self.bob)
        with self.settings(BLIND_REVIEW=True):
            response = self.client.get(reverse("claims:source-detail", args=[self.source.pk]))
        self.assertEqual([status for status, _rows in response.context["groups"]], ["hidden"])

    def test_in_arabic_the_source_is_named_in_arabic_in_claim_lists(self) -> None:
        self.client.force_login(self.erin)
        self.client.cookies["django_language"] = "ar"
        response = self.client.get(reverse("claims:queue"))
        self.assertContains(response, 'dir="rtl"')
        self.assertContains(response, "أبو المجد الحمصي")

    def test_it_is_forbidden_for_charlie_and_404_for_a_missing_source(self) -> None:
        self.client.force_login(self.charlie)
        self.assertEqual(
            self.client.get(reverse("claims:source-detail", args=[self.source.pk])).status_code, 403
        )
        self.client.force_login(self.bob)
        self.assertEqual(
            self.client.get(reverse("claims:source-detail", args=[999999])).status_code, 404
        )


class ClaimHistoryTests(BaseTestCase):
    def test_history_lists_every_event_in_order_with_who_and_why_and_nothing_is_ever_removed(
        self,
    ) -> None:
        from claims.services.review import (
            ClaimChanges,
            claim_set_final,
            claim_set_verdict,
            claim_update,
        )

        claim = make_claim(source=make_source())
        claim_set_verdict(
            claim_id=claim.pk, reviewer=self.bob, value="unverifiable", reason="no_access"
        )
        claim_set_verdict(
            claim_id=claim.pk, reviewer=self.bob, value="unverifiable", reason="other"
        )
        claim_update(
            claim_id=claim.pk,
            editor=self.erin,
            version=1,
            changes=ClaimChanges(kind="quote"),
            note="a quote",
        )
        claim_set_final(
            claim_id=claim.pk, editor=self.erin, status="unverifiable", note="no access at all"
        )
        self.client.force_login(self.bob)
        response = self.client.get(reverse("claims:claim-history", args=[claim.pk]), headers=HTMX)
        self.assertNotContains(response, "<html")
        html = response.content.decode()
        positions = [
            html.index(t)
            for t in (
                "gave a verdict",
                "edited the claim",
                "a quote",
                "set the final status",
                "no access at all",
            )
        ]
        self.assertEqual(positions, sorted(positions))
        self.assertEqual(html.count("gave a verdict"), 2)
        self.assertEqual(Claim.objects.get(pk=claim.pk).verdicts.count(), 2)
