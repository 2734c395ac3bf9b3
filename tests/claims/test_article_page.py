from __future__ import annotations

from django.urls import reverse

from claims.services.review import EvidenceInput, claim_set_verdict
from claims.views.display import ClaimView
from claims.views.review import build_segments
from tests.base import BaseTestCase
from tests.factories import make_article_with_claims, make_claim

# session, user, groups, the article, its claims, their attributions + the session save (3).
ARTICLE_QUERIES = 9
# the same plus the panel: the claim, its attributions, its verdicts, their evidence, the cited
# claims' sources.
PANEL_PAGE_QUERIES = 13


class ArticleQueryCountTests(BaseTestCase):
    def test_the_article_page_costs_the_same_queries_for_5_and_50_claims(self) -> None:
        self.client.force_login(self.bob)
        for n in (5, 50):
            article, claims = make_article_with_claims(n)
            # Reviewed claims too, so verdict look-ups are part of what is counted.
            for claim in claims[:3]:
                claim_set_verdict(
                    claim_id=claim.pk,
                    reviewer=self.bob,
                    value="unverifiable",
                    reason="single_source",
                )
            with self.subTest(n=n), self.assertNumQueries(ARTICLE_QUERIES):
                response = self.client.get(reverse("claims:article-detail", args=[article.pk]))
            self.assertEqual(response.content.decode().count('class="claim-mark'), n)

    def test_the_article_page_with_the_panel_open_has_a_fixed_cost_too(self) -> None:
        self.client.force_login(self.bob)
        for n in (5, 50):
            article, claims = make_article_with_claims(n)
            evidence = [
                EvidenceInput(claim_id=c.pk, stance="supports", strength="media")
                for c in claims[1:3]
            ]
            claim_set_verdict(
                claim_id=claims[0].pk,
                reviewer=self.bob,
                value="corroborated",
                note="x",
                evidence=evidence,
            )
            with self.subTest(n=n), self.assertNumQueries(PANEL_PAGE_QUERIES):
                self.client.get(reverse("claims:claim-panel", args=[claims[0].pk]))


class BuildSegmentsTests(BaseTestCase):
    def views(self, *spans: tuple[int, int]) -> list[ClaimView]:
        return [
            ClaimView(
                claim=make_claim(span=span, ordinal=i, article=self.article),
                source=None,
                colour="src-none",
                status="unreviewed",
                hidden=False,
            )
            for i, span in enumerate(spans)
        ]

    def setUp(self) -> None:
        from tests.factories import make_article

        self.article = make_article(text="0123456789")

    def test_every_character_appears_once_and_claims_cover_their_span(self) -> None:
        views = self.views((2, 4), (6, 9))
        segments = build_segments(self.article.text, views)
        self.assertEqual("".join(s["text"] for s in segments), self.article.text)
        self.assertEqual(
            [(s["text"], s["claim"] is not None) for s in segments],
            [("01", False), ("23", True), ("45", False), ("678", True), ("9", False)],
        )

    def test_an_overlapping_claim_is_clipped_not_repeated(self) -> None:
        segments = build_segments(self.article.text, self.views((0, 5), (3, 8)))
        self.assertEqual("".join(s["text"] for s in segments), self.article.text)
        self.assertEqual([s["text"] for s in segments if s["claim"]], ["01234", "567"])

    def test_a_claim_right_after_another_or_clipped_by_it_is_marked_touching(self) -> None:
        segments = build_segments(self.article.text, self.views((0, 3), (3, 5), (6, 8), (7, 10)))
        self.assertEqual(
            [(s["text"], s["touching"]) for s in segments if s["claim"]],
            [("012", False), ("34", True), ("67", False), ("89", True)],
        )

    def test_claims_with_text_between_them_are_not_touching(self) -> None:
        apart = build_segments(self.article.text, self.views((0, 2), (4, 6)))
        self.assertEqual([s["touching"] for s in apart if s["claim"]], [False, False])


class NestedClaimTests(BaseTestCase):
    def test_a_claim_wholly_inside_another_is_listed_under_the_text_and_stays_clickable(
        self,
    ) -> None:
        from tests.factories import make_article

        article = make_article(text="The council said the bridge at Raqqa was destroyed.")
        outer = make_claim(article=article, span=(0, 51), ordinal=0)
        inner = make_claim(article=article, span=(17, 50), ordinal=1)
        self.client.force_login(self.bob)
        response = self.client.get(reverse("claims:article-detail", args=[article.pk]))
        html = response.content.decode()
        self.assertIn('class="nested-claims"', html)
        self.assertEqual(html.count(f'id="claim-{inner.pk}"'), 1)
        self.assertEqual(html.count(f'id="claim-{outer.pk}"'), 1)
        nested = html[html.index('class="nested-claims"') :]
        self.assertIn(f'data-claim="{inner.pk}"', nested)
        self.assertNotIn(f'data-claim="{outer.pk}"', nested)
