from __future__ import annotations

from django.contrib.auth.models import User
from django.test import SimpleTestCase
from django.urls import reverse

from claims.models import Article, Attribution, Claim, Source, Verdict
from claims.services.agreement import agreement_report, cohen_kappa
from tests.base import BaseTestCase

C, D, U = "corroborated", "disputed", "unverifiable"


class CohenKappaTests(SimpleTestCase):
    def test_it_matches_the_textbook_two_by_two_example(self) -> None:
        # Wikipedia's "Cohen's kappa" worked example: 50 proposals, yes/yes 20, yes/no 5, no/yes 10,
        # no/no 15. p_o = 0.7, p_e = 0.5*0.6 + 0.5*0.4 = 0.5, kappa = 0.2 / 0.5 = 0.4.
        pairs = [(C, C)] * 20 + [(C, D)] * 5 + [(D, C)] * 10 + [(D, D)] * 15
        agreement = cohen_kappa(pairs)
        self.assertEqual((agreement.items, agreement.agreed), (50, 35))
        self.assertAlmostEqual(agreement.kappa, 0.4)
        self.assertEqual(agreement.table[0][:2], (20, 5))

    def test_it_handles_three_categories(self) -> None:
        # 10 items: diagonal 3 + 2 + 1 = 6; first rater C4 D3 U3, second C4 D4 U2.
        # p_o = 0.6, p_e = (4*4 + 3*4 + 3*2) / 100 = 0.34, kappa = 0.26 / 0.66 = 13/33.
        pairs = [(C, C)] * 3 + [(C, D)] + [(D, D)] * 2 + [(D, U)] + [(U, U)] + [(U, C), (U, D)]
        self.assertAlmostEqual(cohen_kappa(pairs).kappa, 13 / 33)

    def test_perfect_agreement_in_one_category_is_undefined_not_one(self) -> None:
        agreement = cohen_kappa([(C, C)] * 7)
        self.assertIsNone(agreement.kappa)
        self.assertEqual((agreement.items, agreement.agreed, agreement.observed), (7, 7, 1.0))

    def test_perfect_agreement_across_categories_is_one(self) -> None:
        self.assertEqual(cohen_kappa([(C, C), (D, D), (U, U)]).kappa, 1.0)

    def test_no_items_is_undefined(self) -> None:
        agreement = cohen_kappa([])
        self.assertIsNone(agreement.kappa)
        self.assertIsNone(agreement.observed)


class AgreementData(BaseTestCase):
    """Ten claims judged by bob and erin, three also by alice; two sources."""

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        article = Article.objects.create(
            title="Agreement", raw="x", text="x" * 200, content_hash="agreement-test", language="en"
        )
        cls.observatory = Source.objects.create(slug="agr-observatory", name_en="Observatory")
        cls.room = Source.objects.create(slug="agr-room", name_en="Operations room")
        cls.claims = [
            Claim.objects.create(
                article=article,
                ordinal=i,
                start=i * 10,
                end=i * 10 + 5,
                text=f"claim {i}",
                kind="quote",
            )
            for i in range(10)
        ]
        for i, claim in enumerate(cls.claims):
            source = cls.observatory if i < 5 else cls.room
            Attribution.objects.create(claim=claim, source=source, speaker=source.name_en)
        # bob's first verdict on claim 0 is superseded by his newer one.
        cls.vote(cls.bob, 0, D)
        bob = [C, C, C, C, C, C, D, D, D, D]
        erin = [C, C, C, C, D, D, C, D, D, D]
        for i in range(10):
            cls.vote(cls.bob, i, bob[i])
            cls.vote(cls.erin, i, erin[i])
        for i in range(3):
            cls.vote(cls.alice, i, C)
        # charlie's verdict on a claim nobody else judged is not an agreement item.
        cls.extra = Claim.objects.create(
            article=article, ordinal=10, start=150, end=160, text="lonely", kind="quote"
        )
        Verdict.objects.create(claim=cls.extra, reviewer=cls.charlie, value=C)

    @classmethod
    def vote(cls, user: User, index: int, value: str) -> None:
        Verdict.objects.create(claim=cls.claims[index], reviewer=user, value=value)


class AgreementReportTests(AgreementData):
    def test_each_pair_gets_the_hand_computed_kappa(self) -> None:
        report = agreement_report()
        pairs = {(p.first.username, p.second.username): p.agreement for p in report.pairs}
        self.assertEqual(set(pairs), {("alice", "bob"), ("alice", "erin"), ("bob", "erin")})
        # bob/erin: CC 4, CD 2, DC 1, DD 3; p_o 0.7; bob C6 D4, erin C5 D5; p_e 0.5; kappa 0.4.
        self.assertEqual((pairs["bob", "erin"].items, pairs["bob", "erin"].agreed), (10, 7))
        self.assertAlmostEqual(pairs["bob", "erin"].kappa, 0.4)
        # alice agrees with both on three claims, all corroborated: kappa undefined.
        self.assertIsNone(pairs["alice", "bob"].kappa)
        self.assertEqual(pairs["alice", "erin"].items, 3)

    def test_each_source_gets_the_hand_computed_kappa(self) -> None:
        sources = {row.source.slug: row for row in agreement_report().sources}
        # Observatory: claims 0-2 give 3 pairs each (all CC), claim 3 CC, claim 4 CD: 11 items,
        # rows C11, cols C10 D1; p_o = p_e = 10/11, kappa 0.
        observatory = sources["agr-observatory"]
        self.assertEqual((observatory.claims, observatory.agreement.items), (5, 11))
        self.assertAlmostEqual(observatory.agreement.kappa, 0.0)
        # Room: CD, DC, DD, DD, DD: p_o 0.6, p_e (1 + 16) / 25 = 0.68, kappa -0.08 / 0.32 = -0.25.
        self.assertAlmostEqual(sources["agr-room"].agreement.kappa, -0.25)

    def test_it_runs_a_fixed_number_of_queries(self) -> None:
        with self.assertNumQueries(4):
            agreement_report()


class AgreementPageTests(AgreementData):
    url = reverse("claims:agreement")

    def test_an_editor_sees_kappa_and_na_with_counts(self) -> None:
        self.client.force_login(self.erin)
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "0.40")
        self.assertContains(response, "-0.25")
        self.assertContains(response, "n/a")
        self.assertContains(response, "Operations room")

    def test_an_admin_may_see_it(self) -> None:
        self.client.force_login(self.alice)
        self.assertEqual(self.client.get(self.url).status_code, 200)

    def test_a_reviewer_is_forbidden(self) -> None:
        self.client.force_login(self.bob)
        self.assertEqual(self.client.get(self.url).status_code, 403)

    def test_a_user_without_a_role_is_forbidden(self) -> None:
        self.client.force_login(self.charlie)
        self.assertEqual(self.client.get(self.url).status_code, 403)

    def test_anonymous_users_go_to_login(self) -> None:
        response = self.client.get(self.url)
        self.assertRedirects(
            response, f"{reverse('login')}?next={self.url}", fetch_redirect_response=False
        )

    def test_it_refuses_post(self) -> None:
        self.client.force_login(self.erin)
        self.assertEqual(self.client.post(self.url).status_code, 405)

    def test_an_empty_database_says_so(self) -> None:
        Verdict.objects.all().delete()
        self.client.force_login(self.erin)
        self.assertContains(
            self.client.get(self.url), "No claim has been reviewed by two reviewers yet."
        )
