"""The scorer implements ../shared/gold/README.md's rules."""

from __future__ import annotations

from django.test import SimpleTestCase

from claims.extraction.evaluate import (
    PredictedClaim,
    score_article,
    score_articles,
    speaker_matches,
)

GOLD = [
    {
        "anchor": "أصبحت المحافظة خالية",
        "kind": "reported",
        "speakers": [["المرصد السوري لحقوق الإنسان", "المرصد السوري"]],
    },
    {"anchor": "تسليم حوالي 250 مقاتلاً", "kind": "passive", "speakers": []},
    {"anchor": "طردت التنظيم في العام 2014", "kind": "outlet", "speakers": []},
]


class ScorerTests(SimpleTestCase):
    def test_a_claim_covers_an_anchor_after_normalisation(self) -> None:
        pred = [PredictedClaim("فقد أَصبحت المحافظة خاليةً تماماً", "quote", ("المرصد السوري",))]
        c = score_article(GOLD[:1], pred).counts
        # quote and reported are one voice; the speaker matches a listed name.
        self.assertEqual(
            (c.found, c.voice_ok, c.recall_hits, c.precision_hits, c.precision_total),
            (1, 1, 1, 1, 1),
        )

    def test_a_claim_covering_more_than_two_anchors_finds_none(self) -> None:
        text = "أصبحت المحافظة خالية و تسليم حوالي 250 مقاتلاً و طردت التنظيم في العام 2014"
        c = score_article(GOLD, [PredictedClaim(text, "outlet", ("المرصد",))]).counts
        self.assertEqual((c.found, c.recall_hits), (0, 0))
        # Its speaker covers no gold claim: false once.
        self.assertEqual((c.precision_hits, c.precision_total), (0, 1))

    def test_two_anchors_in_one_claim_are_both_found_and_a_speaker_is_false_for_the_other(
        self,
    ) -> None:
        text = "أصبحت المحافظة خالية بعد تسليم حوالي 250 مقاتلاً"
        c = score_article(
            GOLD, [PredictedClaim(text, "reported", ("المرصد السوري لحقوق الإنسان",))]
        ).counts
        self.assertEqual((c.found, c.voice_ok), (2, 1))
        self.assertEqual((c.precision_hits, c.precision_total), (1, 2))

    def test_a_speaker_matches_when_it_contains_a_name_or_is_a_substantial_part_of_one(
        self,
    ) -> None:
        names = ["مصادر سياسية في تل أبيب"]
        self.assertTrue(speaker_matches("مصادر سياسية", names))
        self.assertTrue(speaker_matches("وقالت مصادر سياسية في تل أبيب", names))
        self.assertFalse(speaker_matches("مصادر", names))
        self.assertTrue(
            speaker_matches("the Britain-based Syrian Observatory", ["Syrian Observatory"])
        )

    def test_totals_are_summed_per_language_and_overall(self) -> None:
        report = score_articles(
            [
                (
                    {"id": "a", "language": "ar", "claims": GOLD},
                    [PredictedClaim("تسليم حوالي 250 مقاتلاً", "passive")],
                ),
                (
                    {
                        "id": "b",
                        "language": "en",
                        "claims": [{"anchor": "x y", "kind": "outlet", "speakers": []}],
                    },
                    [],
                ),
            ]
        )
        self.assertEqual(report.by_language["ar"].gold, 3)
        self.assertEqual(report.overall.gold, 4)
        self.assertAlmostEqual(report.overall.claims_found, 0.25)
        # a: a third found and its speaker missed; b: nothing found but nothing to attribute.
        self.assertEqual([a.id for a in report.worst(2)], ["a", "b"])
