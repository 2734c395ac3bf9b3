from __future__ import annotations

from django.test import Client, override_settings
from django.urls import reverse

from claims.models import Claim, ClaimEvent, Verdict
from claims.services.review import EvidenceInput, claim_set_verdict
from tests.base import BaseTestCase
from tests.factories import make_article, make_claim, make_source

HTMX = {"HX-Request": "true"}


class ReviewPageMixin(BaseTestCase):
    def setUp(self) -> None:
        self.observatory = make_source(name_en="Observatory")
        self.room = make_source(name_en="Operations room")
        self.article = make_article(
            text="The Observatory said the province is free. The room said 250 fighters surrendered."
        )
        self.claim = make_claim(
            article=self.article, source=self.observatory, text="the province is free"
        )
        self.other = make_claim(article=make_article(), source=self.room, text="claim", span=(0, 5))


class GetPageTests(ReviewPageMixin):
    """Every GET page: works for a reviewer, 403 for charlie, 404 for a missing id, anonymous → login,
    htmx gets the fragment and a plain request the whole page."""

    def pages(self) -> list[tuple[str, int, bool]]:
        # (url name, pk, has a partial rendering)
        return [
            ("claims:article-detail", self.article.pk, False),
            ("claims:claim-panel", self.claim.pk, True),
            ("claims:claim-history", self.claim.pk, True),
            ("claims:claim-evidence-search", self.claim.pk, True),
            ("claims:source-detail", self.observatory.pk, False),
        ]

    def test_each_page_works_for_a_reviewer(self) -> None:
        self.client.force_login(self.bob)
        for name, pk, _partial in self.pages():
            with self.subTest(name):
                response = self.client.get(reverse(name, args=[pk]))
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "<html")

    def test_each_page_is_forbidden_for_a_user_without_a_role(self) -> None:
        self.client.force_login(self.charlie)
        for name, pk, _partial in self.pages():
            with self.subTest(name):
                self.assertEqual(self.client.get(reverse(name, args=[pk])).status_code, 403)

    def test_each_page_is_404_for_a_missing_id(self) -> None:
        self.client.force_login(self.bob)
        for name, _pk, _partial in self.pages():
            with self.subTest(name):
                self.assertEqual(self.client.get(reverse(name, args=[999999])).status_code, 404)

    def test_anonymous_users_are_sent_to_login(self) -> None:
        for name, pk, _partial in self.pages():
            with self.subTest(name):
                response = self.client.get(reverse(name, args=[pk]))
                self.assertEqual(response.status_code, 302)
                self.assertTrue(response["Location"].startswith(reverse("login")))

    def test_htmx_gets_the_fragment_and_a_plain_request_the_whole_page(self) -> None:
        self.client.force_login(self.bob)
        for name, pk, partial in self.pages():
            if not partial:
                continue
            with self.subTest(name):
                url = reverse(name, args=[pk]) + "?q=claim"
                fragment = self.client.get(url, headers=HTMX)
                self.assertEqual(fragment.status_code, 200)
                self.assertNotContains(fragment, "<html")
                self.assertIn("HX-Request", fragment["Vary"])
                self.assertContains(self.client.get(url), "<html")

    def test_the_progress_fragment_is_for_htmx_and_a_plain_request_goes_to_the_article(
        self,
    ) -> None:
        self.client.force_login(self.bob)
        url = reverse("claims:article-progress", args=[self.article.pk])
        self.assertContains(self.client.get(url, headers=HTMX), "0 of 1 claims reviewed")
        self.assertRedirects(
            self.client.get(url), reverse("claims:article-detail", args=[self.article.pk])
        )
        self.assertEqual(
            self.client.get(reverse("claims:article-progress", args=[9999999])).status_code, 404
        )


class ArticlePageTests(ReviewPageMixin):
    def test_each_claim_is_a_highlighted_span_over_exactly_its_text_with_its_source_colour(
        self,
    ) -> None:
        self.client.force_login(self.bob)
        response = self.client.get(reverse("claims:article-detail", args=[self.article.pk]))
        self.assertContains(response, f'id="claim-{self.claim.pk}"')
        html = response.content.decode()
        mark = html[html.index(f'id="claim-{self.claim.pk}"') :]
        self.assertIn(f">{self.claim.text}</a>", mark)
        self.assertIn(
            f"src-{self.observatory.pk % 12}",
            html[html.rindex("<a", 0, html.index(f'id="claim-{self.claim.pk}"')) :][:200],
        )
        self.assertContains(response, "The Observatory said ")
        self.assertContains(response, "0 of 1 claims reviewed")

    def test_an_arabic_article_is_laid_out_right_to_left(self) -> None:
        article = make_article(text="قال المرصد إن المحافظة خالية.", language="ar")
        self.client.force_login(self.bob)
        response = self.client.get(reverse("claims:article-detail", args=[article.pk]))
        self.assertContains(response, 'class="article-text" id="article-text" dir="rtl"')

    def test_the_claim_panel_url_without_htmx_renders_the_article_with_the_panel_open(
        self,
    ) -> None:
        self.client.force_login(self.bob)
        response = self.client.get(reverse("claims:claim-panel", args=[self.claim.pk]))
        self.assertContains(response, 'id="article-text"')
        self.assertContains(response, 'id="verdict-form"')
        self.assertContains(response, "is-selected")


class ClaimVerdictViewTests(ReviewPageMixin):
    def post(self, client: Client, **data: object) -> object:
        return client.post(
            reverse("claims:claim-verdict", args=[self.claim.pk]), data, headers=HTMX
        )

    def valid(self) -> dict[str, object]:
        return {
            "value": "corroborated",
            "note": "The room confirms it.",
            "ev-0-claim": self.other.pk,
            "ev-0-stance": "supports",
            "ev-0-strength": "primary",
        }

    def test_a_reviewer_saves_a_verdict_and_the_page_is_told_the_claim_changed(self) -> None:
        self.client.force_login(self.bob)
        response = self.post(self.client, **self.valid())
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "<html")
        self.assertIn('"claims-changed"', response["HX-Trigger"])
        self.assertIn('"corroborated"', response["HX-Trigger"])
        self.assertContains(response, "chip chip-corroborated")
        self.assertEqual(Claim.objects.get(pk=self.claim.pk).status, "corroborated")

    def test_without_htmx_a_saved_verdict_redirects_to_the_claim(self) -> None:
        self.client.force_login(self.bob)
        response = self.client.post(
            reverse("claims:claim-verdict", args=[self.claim.pk]), self.valid()
        )
        self.assertRedirects(response, reverse("claims:claim-panel", args=[self.claim.pk]))

    def test_an_invalid_verdict_re_renders_the_panel_with_errors_and_saves_nothing(self) -> None:
        self.client.force_login(self.bob)
        response = self.post(self.client, value="corroborated", note="")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "need at least one piece of evidence")
        self.assertContains(response, "Explain the verdict in a note.")
        self.assertFalse(Verdict.objects.exists())

    def test_it_is_forbidden_for_charlie_404_for_a_missing_claim_and_login_for_anonymous(
        self,
    ) -> None:
        anonymous = self.post(Client(), **self.valid())
        self.assertEqual(anonymous.status_code, 204)
        self.assertTrue(anonymous["HX-Redirect"].startswith(reverse("login")))
        self.client.force_login(self.charlie)
        self.assertEqual(self.post(self.client, **self.valid()).status_code, 403)
        self.client.force_login(self.bob)
        missing = self.client.post(reverse("claims:claim-verdict", args=[999999]), self.valid())
        self.assertEqual(missing.status_code, 404)
        self.assertFalse(Verdict.objects.exists())

    def test_a_get_is_not_allowed(self) -> None:
        self.client.force_login(self.bob)
        response = self.client.get(reverse("claims:claim-verdict", args=[self.claim.pk]))
        self.assertEqual(response.status_code, 405)

    def test_extra_fields_are_ignored(self) -> None:
        self.client.force_login(self.bob)
        data = self.valid() | {"status": "disputed", "reviewer": self.erin.pk, "version": 9}
        self.post(self.client, **data)
        verdict = Verdict.objects.get()
        self.assertEqual((verdict.reviewer, verdict.value), (self.bob, "corroborated"))
        self.assertEqual(Claim.objects.get(pk=self.claim.pk).version, 1)


@override_settings(BLIND_REVIEW=True)
class BlindReviewTests(ReviewPageMixin):
    def setUp(self) -> None:
        super().setUp()
        claim_set_verdict(
            claim_id=self.claim.pk,
            reviewer=self.erin,
            value="disputed",
            note="ERIN-SECRET-NOTE",
            evidence=[
                EvidenceInput(claim_id=self.other.pk, stance="contradicts", strength="media")
            ],
        )

    def test_a_reviewer_does_not_see_others_verdicts_until_giving_their_own(self) -> None:
        self.client.force_login(self.bob)
        url = reverse("claims:claim-panel", args=[self.claim.pk])
        before = self.client.get(url, headers=HTMX)
        self.assertNotContains(before, "ERIN-SECRET-NOTE")
        self.assertContains(before, "Awaiting your review")
        history = self.client.get(reverse("claims:claim-history", args=[self.claim.pk]))
        self.assertNotContains(history, "ERIN-SECRET-NOTE")
        article = self.client.get(reverse("claims:article-detail", args=[self.article.pk]))
        self.assertNotContains(article, "st-disputed")
        claim_set_verdict(
            claim_id=self.claim.pk, reviewer=self.bob, value="unverifiable", reason="no_access"
        )
        after = self.client.get(url, headers=HTMX)
        self.assertContains(after, "ERIN-SECRET-NOTE")
        self.assertContains(after, "chip chip-contested")

    def test_editors_always_see_the_verdicts(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.get(
            reverse("claims:claim-panel", args=[self.claim.pk]), headers=HTMX
        )
        self.assertContains(response, "ERIN-SECRET-NOTE")

    @override_settings(BLIND_REVIEW=False)
    def test_with_blind_review_off_everyone_sees_them(self) -> None:
        self.client.force_login(self.bob)
        response = self.client.get(
            reverse("claims:claim-panel", args=[self.claim.pk]), headers=HTMX
        )
        self.assertContains(response, "ERIN-SECRET-NOTE")


class ClaimEditViewTests(ReviewPageMixin):
    def test_an_editor_changes_the_kind_and_source(self) -> None:
        self.client.force_login(self.erin)
        response = self.client.post(
            reverse("claims:claim-edit", args=[self.claim.pk]),
            {"version": 1, "kind": "quote", "source": self.room.pk, "note": "fix"},
            headers=HTMX,
        )
        self.assertEqual(response.status_code, 200)
        self.claim.refresh_from_db()
        self.assertEqual((self.claim.kind, self.claim.version), ("quote", 2))
        self.assertEqual(self.claim.attributions.get().source, self.room)
        history = self.client.get(reverse("claims:claim-history", args=[self.claim.pk]))
        self.assertContains(
            history, "<bdi>Observatory</bdi> → <bdi>Operations room</bdi>", html=False
        )

    def test_a_stale_form_gets_a_conflict_message_naming_who_changed_it_and_no_overwrite(
        self,
    ) -> None:
        self.client.force_login(self.erin)
        url = reverse("claims:claim-edit", args=[self.claim.pk])
        self.client.post(url, {"version": 1, "kind": "quote"}, headers=HTMX)
        self.client.force_login(self.alice)
        response = self.client.post(url, {"version": 1, "kind": "passive"}, headers=HTMX)
        self.assertEqual(response.status_code, 409)
        self.assertContains(response, "changed by erin", status_code=409)
        self.assertContains(response, "reload", status_code=409)
        self.claim.refresh_from_db()
        self.assertEqual(self.claim.kind, "quote")

    def test_a_reviewer_may_not_edit_and_a_missing_claim_is_404(self) -> None:
        self.client.force_login(self.bob)
        url = reverse("claims:claim-edit", args=[self.claim.pk])
        self.assertEqual(self.client.post(url, {"version": 1, "kind": "quote"}).status_code, 403)
        self.client.force_login(self.erin)
        missing = self.client.post(reverse("claims:claim-edit", args=[999999]), {"version": 1})
        self.assertEqual(missing.status_code, 404)
        self.assertFalse(ClaimEvent.objects.exists())

    def test_without_htmx_a_saved_edit_redirects_to_the_claim(self) -> None:
        self.client.force_login(self.erin)
        response = self.client.post(
            reverse("claims:claim-edit", args=[self.claim.pk]), {"version": 1, "kind": "quote"}
        )
        self.assertRedirects(response, reverse("claims:claim-panel", args=[self.claim.pk]))


class ClaimFinalViewTests(ReviewPageMixin):
    def test_an_editor_sets_the_final_status_and_the_history_shows_who_and_why(self) -> None:
        self.client.force_login(self.erin)
        response = self.client.post(
            reverse("claims:claim-final", args=[self.claim.pk]),
            {"status": "corroborated", "note": "two independent sources"},
            headers=HTMX,
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("claims-changed", response["HX-Trigger"])
        history = self.client.get(reverse("claims:claim-history", args=[self.claim.pk]))
        self.assertContains(history, "set the final status")
        self.assertContains(history, "two independent sources")
        self.assertContains(history, "erin")

    def test_a_reviewer_may_not_set_it_and_a_missing_note_is_an_error(self) -> None:
        url = reverse("claims:claim-final", args=[self.claim.pk])
        self.client.force_login(self.bob)
        self.assertEqual(
            self.client.post(url, {"status": "disputed", "note": "x"}).status_code, 403
        )
        self.client.force_login(self.erin)
        response = self.client.post(url, {"status": "disputed", "note": ""}, headers=HTMX)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(Claim.objects.get(pk=self.claim.pk).final_status, "")
        self.assertEqual(
            self.client.post(reverse("claims:claim-final", args=[999999]), {}).status_code, 404
        )


class EvidenceSearchTests(ReviewPageMixin):
    def test_it_finds_claims_from_other_sources_but_never_the_same_claim_or_source(self) -> None:
        same_source = make_claim(source=self.observatory, text="x", span=(0, 3))
        room_claim = make_claim(
            article=make_article(text="Fighters surrendered in the province of Idlib."),
            source=self.room,
            text="Fighters surrendered in the province of Idlib.",
        )
        same_source.normalized = "fighters surrendered province"
        same_source.save()
        self.client.force_login(self.bob)
        response = self.client.get(
            reverse("claims:claim-evidence-search", args=[self.claim.pk]),
            {"q": "surrendered province"},
            headers=HTMX,
        )
        self.assertContains(response, f'value="{room_claim.pk}"')
        self.assertNotContains(response, f'value="{same_source.pk}"')
        self.assertNotContains(response, f'value="{self.claim.pk}"')

    def test_a_misspelt_source_name_still_finds_its_claims(self) -> None:
        hama = make_source(name_en="Hama Council", aliases=("مجلس حماة المحلي",))
        claim = make_claim(source=hama, text="y", span=(0, 3))
        self.client.force_login(self.bob)
        response = self.client.get(
            reverse("claims:claim-evidence-search", args=[self.claim.pk]),
            {"q": "مجلس حماه المحلى"},
            headers=HTMX,
        )
        self.assertContains(response, f'value="{claim.pk}"')
