"""Several pieces of evidence per verdict: validated per item, all or nothing, and reachable without
JavaScript (search, pick, add another, remove: buttons of the verdict form that save nothing)."""

from __future__ import annotations

import re

from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from claims.models import ClaimEvent, Evidence, Verdict
from claims.services.review import EvidenceInput, ReviewError, claim_set_verdict
from tests.base import BaseTestCase
from tests.factories import make_article, make_claim, make_source

HTMX = {"HX-Request": "true"}


class EvidenceFixture(BaseTestCase):
    def setUp(self) -> None:
        # Messages are compared in English whatever language an earlier test left active.
        self.enterContext(translation.override("en"))
        self.observatory = make_source(name_en="Observatory")
        self.room = make_source(name_en="Operations room")
        self.council = make_source(name_en="Local council")
        self.claim = make_claim(
            article=make_article(text="The Observatory said 250 fighters surrendered in Idlib."),
            source=self.observatory,
            text="250 fighters surrendered in Idlib",
        )
        self.room_claim = make_claim(
            article=make_article(text="The room said the fighters surrendered near Idlib."),
            source=self.room,
            text="the fighters surrendered near Idlib",
        )
        self.council_claim = make_claim(
            article=make_article(text="The council said nobody surrendered in Idlib."),
            source=self.council,
            text="nobody surrendered in Idlib",
        )
        self.same_source = make_claim(
            article=make_article(text="The Observatory said fighters surrendered in Idlib."),
            source=self.observatory,
            text="fighters surrendered in Idlib",
        )


class MultiEvidenceServiceTests(EvidenceFixture):
    def test_one_verdict_keeps_several_claims_and_references_each_with_its_stance_and_strength(
        self,
    ) -> None:
        verdict = claim_set_verdict(
            claim_id=self.claim.pk,
            reviewer=self.bob,
            value="corroborated",
            note="Two others and a report agree, one council disagrees.",
            evidence=[
                EvidenceInput(claim_id=self.room_claim.pk, stance="supports", strength="primary"),
                EvidenceInput(
                    claim_id=self.council_claim.pk, stance="contradicts", strength="official"
                ),
                EvidenceInput(
                    url="https://example.org/a", stance="supports", strength="eyewitness"
                ),
                EvidenceInput(url="http://example.org/b", stance="supports", strength="media"),
            ],
        )
        rows = list(
            verdict.evidence.order_by("pk").values_list("claim_id", "url", "stance", "strength")
        )
        self.assertEqual(
            rows,
            [
                (self.room_claim.pk, "", "supports", "primary"),
                (self.council_claim.pk, "", "contradicts", "official"),
                (None, "https://example.org/a", "supports", "eyewitness"),
                (None, "http://example.org/b", "supports", "media"),
            ],
        )
        self.assertEqual(len(ClaimEvent.objects.get(claim=self.claim).data["evidence"]), 4)

        # The panel and the history name the source of each cited claim.
        self.client.force_login(self.bob)
        for name in ("claims:claim-panel", "claims:claim-history"):
            html = self.client.get(reverse(name, args=[self.claim.pk])).content.decode()
            listed = html[html.index('class="evidence-list"') :]
            self.assertIn("Operations room", listed)
            self.assertIn("Local council", listed)

    def test_one_bad_item_among_good_ones_is_named_by_position_and_nothing_is_written(
        self,
    ) -> None:
        with self.assertRaises(ReviewError) as caught:
            claim_set_verdict(
                claim_id=self.claim.pk,
                reviewer=self.bob,
                value="corroborated",
                note="x",
                evidence=[
                    EvidenceInput(
                        claim_id=self.room_claim.pk, stance="supports", strength="primary"
                    ),
                    EvidenceInput(
                        claim_id=self.same_source.pk, stance="supports", strength="primary"
                    ),
                    EvidenceInput(url="ftp://example.org/x", stance="supports", strength="media"),
                    EvidenceInput(url="https://example.org/ok", stance="", strength="media"),
                ],
            )
        errors = caught.exception.errors
        self.assertNotIn("evidence-0", errors)
        self.assertEqual(errors["evidence-1"], ["Evidence must come from a different source."])
        self.assertEqual(
            errors["evidence-2"], ["An external reference needs an http or https address."]
        )
        self.assertEqual(errors["evidence-3"], ["Choose supports or contradicts."])
        self.assertFalse(Verdict.objects.exists())
        self.assertFalse(Evidence.objects.exists())
        self.assertFalse(ClaimEvent.objects.exists())

    def test_the_same_claim_or_url_cited_twice_is_refused(self) -> None:
        with self.assertRaises(ReviewError) as caught:
            claim_set_verdict(
                claim_id=self.claim.pk,
                reviewer=self.bob,
                value="disputed",
                note="x",
                evidence=[
                    EvidenceInput(
                        claim_id=self.council_claim.pk, stance="contradicts", strength="primary"
                    ),
                    EvidenceInput(
                        claim_id=self.council_claim.pk, stance="contradicts", strength="media"
                    ),
                    EvidenceInput(url="https://e.org/x", stance="contradicts", strength="media"),
                    EvidenceInput(url="https://e.org/x", stance="contradicts", strength="media"),
                ],
            )
        errors = caught.exception.errors
        self.assertEqual(errors["evidence-1"], ["This is already cited in this verdict."])
        self.assertEqual(errors["evidence-3"], ["This is already cited in this verdict."])
        self.assertEqual(set(errors), {"evidence-1", "evidence-3"})

    def test_validating_many_cited_claims_costs_a_fixed_number_of_queries(self) -> None:
        others = [make_claim(source=make_source()) for _ in range(8)]
        items = [EvidenceInput(claim_id=c.pk, stance="supports", strength="media") for c in others]
        # Savepoint, lock, own source, cited claims, their attributions, verdict, evidence,
        # counted verdicts, status update, event, release: the same for 2 or 8 pieces.
        with self.assertNumQueries(11):
            claim_set_verdict(
                claim_id=self.claim.pk,
                reviewer=self.bob,
                value="corroborated",
                note="x",
                evidence=items,
            )


class MultiEvidenceViewTests(EvidenceFixture):
    def url(self) -> str:
        return reverse("claims:claim-verdict", args=[self.claim.pk])

    def test_a_verdict_form_with_several_rows_saves_them_all_and_drops_a_blank_reference_row(
        self,
    ) -> None:
        self.client.force_login(self.bob)
        response = self.client.post(
            self.url(),
            {
                "value": "corroborated",
                "note": "Room and a report agree.",
                "ev-0-claim": self.room_claim.pk,
                "ev-0-stance": "supports",
                "ev-0-strength": "primary",
                "ev-3-claim": "",
                "ev-3-url": "https://example.org/report",
                "ev-3-outlet": "Example",
                "ev-3-date": "2024-05-01",
                "ev-3-quote": "They surrendered.",
                "ev-3-stance": "supports",
                "ev-3-strength": "secondary",
                "ev-7-claim": "",
                "ev-7-url": "",
                "ev-7-stance": "supports",
                "ev-7-strength": "",
                "save": "1",
            },
            headers=HTMX,
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("claims-changed", response["HX-Trigger"])
        evidence = Verdict.objects.get().evidence.order_by("pk")
        self.assertEqual(
            [(e.claim_id, e.url, e.outlet, str(e.date)) for e in evidence],
            [
                (self.room_claim.pk, "", "", "None"),
                (None, "https://example.org/report", "Example", "2024-05-01"),
            ],
        )

    def test_each_refused_row_shows_its_own_error_and_keeps_what_was_typed(self) -> None:
        self.client.force_login(self.bob)
        response = self.client.post(
            self.url(),
            {
                "value": "corroborated",
                "note": "typed note",
                "ev-0-claim": self.room_claim.pk,
                "ev-0-stance": "supports",
                "ev-0-strength": "",
                "ev-1-claim": "",
                "ev-1-url": "javascript:alert(1)",
                "ev-1-stance": "supports",
                "ev-1-strength": "media",
            },
            headers=HTMX,
        )
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        row0 = re.search(r'<li class="ev-item" id="ev-row-0">(.*?)</li>', html, re.S).group(1)
        row1 = re.search(r'<li class="ev-item" id="ev-row-1">(.*?)</li>', html, re.S).group(1)
        self.assertIn("Choose the strength of the evidence.", row0)
        self.assertNotIn("http or https", row0)
        self.assertIn("An external reference needs an http or https address.", row1)
        self.assertIn('value="javascript:alert(1)"', row1)
        self.assertIn(self.room_claim.text, row0)
        self.assertContains(response, "typed note")
        self.assertFalse(Verdict.objects.exists())

    def test_more_than_twenty_rows_are_refused(self) -> None:
        self.client.force_login(self.bob)
        data = {"value": "unverifiable", "reason": "other", "note": "x"}
        for i in range(21):
            data |= {f"ev-{i}-url": f"https://e.org/{i}", f"ev-{i}-stance": "supports"}
            data[f"ev-{i}-strength"] = "media"
        response = self.client.post(self.url(), data, headers=HTMX)
        self.assertContains(response, "At most 20 pieces of evidence per verdict.")
        self.assertFalse(Verdict.objects.exists())


class NoJavaScriptEvidenceFlowTests(EvidenceFixture):
    """Plain requests only (no HX-Request): the whole claim page each time, nothing saved until Save."""

    def test_search_pick_add_another_remove_and_save_without_javascript(self) -> None:
        self.client.force_login(self.bob)
        panel = self.client.get(reverse("claims:claim-panel", args=[self.claim.pk]))
        search_url = reverse("claims:claim-evidence-search", args=[self.claim.pk])
        verdict_url = reverse("claims:claim-verdict", args=[self.claim.pk])
        # The search box has a plain fallback next to its hx-get: a Search button of the form.
        self.assertContains(panel, 'name="search" value="1"')
        self.assertContains(panel, f'hx-get="{search_url}"')

        # 1. A GET search: the claim page with candidates inside the verdict form.
        found = self.client.get(search_url, {"q": "surrendered Idlib"})
        self.assertContains(found, "<html")
        self.assertContains(found, 'id="verdict-form"')
        self.assertContains(found, f'name="pick" value="{self.room_claim.pk}"')
        self.assertContains(found, f'name="pick" value="{self.council_claim.pk}"')
        self.assertNotContains(found, f'name="pick" value="{self.same_source.pk}"')

        # 2. Pick: the claim becomes an evidence row; the stance follows the verdict.
        picked = self.client.post(
            verdict_url, {"value": "corroborated", "note": "n", "pick": self.room_claim.pk}
        )
        self.assertContains(picked, "<html")
        self.assertContains(picked, f'name="ev-0-claim" value="{self.room_claim.pk}"')
        self.assertContains(picked, '<option value="supports" selected>')
        self.assertFalse(Verdict.objects.exists())

        # 3. Search again (a POST of the same form, so the picked row stays) and pick another.
        state = {
            "value": "corroborated",
            "note": "n",
            "ev-0-claim": self.room_claim.pk,
            "ev-0-stance": "supports",
            "ev-0-strength": "primary",
            "q": "nobody surrendered",
        }
        again = self.client.post(verdict_url, state | {"search": "1"})
        self.assertContains(again, f'name="ev-0-claim" value="{self.room_claim.pk}"')
        self.assertContains(again, f'name="pick" value="{self.council_claim.pk}"')
        self.assertNotContains(again, f'name="pick" value="{self.room_claim.pk}"')
        second = self.client.post(verdict_url, state | {"pick": self.council_claim.pk})
        self.assertContains(second, f'name="ev-1-claim" value="{self.council_claim.pk}"')

        # 4. Add an external reference row, then remove it again.
        added = self.client.post(verdict_url, state | {"add": "ext"})
        self.assertContains(added, 'name="ev-1-url"')
        removed = self.client.post(verdict_url, state | {"ev-1-url": "", "remove": "1"})
        self.assertNotContains(removed, 'name="ev-1-url"')
        self.assertContains(removed, f'name="ev-0-claim" value="{self.room_claim.pk}"')
        self.assertFalse(Verdict.objects.exists())

        # 5. Save: Post/Redirect/Get back to the claim.
        saved = self.client.post(
            verdict_url,
            state
            | {
                "ev-1-claim": self.council_claim.pk,
                "ev-1-stance": "contradicts",
                "ev-1-strength": "official",
                "save": "1",
            },
        )
        self.assertRedirects(saved, reverse("claims:claim-panel", args=[self.claim.pk]))
        self.assertEqual(
            list(Verdict.objects.get().evidence.order_by("pk").values_list("claim_id", "stance")),
            [(self.room_claim.pk, "supports"), (self.council_claim.pk, "contradicts")],
        )

    def test_picking_a_claim_already_cited_adds_no_second_row(self) -> None:
        self.client.force_login(self.bob)
        response = self.client.post(
            reverse("claims:claim-verdict", args=[self.claim.pk]),
            {"ev-0-claim": self.room_claim.pk, "ev-0-stance": "", "pick": self.room_claim.pk},
            headers=HTMX,
        )
        self.assertNotContains(response, "<html")
        self.assertNotContains(response, 'name="ev-1-claim"')
        self.assertContains(response, f'name="ev-0-claim" value="{self.room_claim.pk}"')


@override_settings(LANGUAGE_CODE="en")
class ArabicLabelTests(EvidenceFixture):
    def test_the_panel_in_arabic_shows_choice_and_mode_labels_in_arabic(self) -> None:
        claim_set_verdict(
            claim_id=self.claim.pk,
            reviewer=self.bob,
            value="corroborated",
            note="x",
            evidence=[
                EvidenceInput(claim_id=self.room_claim.pk, stance="supports", strength="eyewitness")
            ],
        )
        self.client.force_login(self.bob)
        self.client.cookies["django_language"] = "ar"
        response = self.client.post(
            reverse("claims:claim-verdict", args=[self.claim.pk]),
            {"value": "disputed", "pick": self.council_claim.pk},
        )
        html = response.content.decode()
        with translation.override("ar"):
            expected = [
                str(Evidence.Stance.SUPPORTS.label),
                str(Evidence.Strength.EYEWITNESS.label),
                str(Evidence.Stance.CONTRADICTS.label),
                str(Evidence.Strength.OFFICIAL.label),
                str(Verdict.Reason.NO_ACCESS.label),
            ]
        for label in expected:
            self.assertIn(label, html)
        # No English choice label is left, in options or in the saved verdict's evidence list.
        for english in ("Supports", "Contradicts", "Eyewitness", "Official statement", "Reported"):
            self.assertNotIn(f">{english}<", html)
