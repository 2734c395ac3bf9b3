"""The scorer implements ../shared/gold/README.md's rules."""

from __future__ import annotations

from django.test import SimpleTestCase

from claims.extraction.evaluate import (
    PredictedClaim,
    score_agreement,
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

    def test_each_failed_pair_is_counted_in_one_error_class(self) -> None:
        gold = [
            *GOLD,
            {"anchor": "قصفت الطائرات البلدة", "kind": "reported", "speakers": [["الجيش"]]},
            {"anchor": "قتل عشرة مدنيين", "kind": "reported", "speakers": [["الناشطون"]]},
        ]
        predicted = [
            # the monitor's claim given as the outlet's: a missed cue
            PredictedClaim("أصبحت المحافظة خالية", "outlet"),
            # a speaker on the passive claim: a false name; on the army's claim, a wrong one
            PredictedClaim("تسليم حوالي 250 مقاتلاً", "reported", ("الفصائل",)),
            PredictedClaim("قصفت الطائرات البلدة", "reported", ("المرصد",)),
            # a speaker on a claim the gold does not have
            PredictedClaim("وهذا خبر عاجل", "reported", ("الوكالة",)),
        ]
        score = score_article(gold, predicted)
        self.assertEqual(
            dict(score.errors),
            {
                "recall: given as outlet": 1,
                "recall: wrong speaker": 1,
                "recall: claim not found": 1,
                "precision: gold says passive": 1,
                "precision: wrong speaker": 1,
                "precision: claim not in gold": 1,
            },
        )
        c = score.counts
        # every failed pair is in exactly one class
        self.assertEqual(
            sum(n for k, n in score.errors.items() if k.startswith("recall")),
            c.recall_total - c.recall_hits,
        )
        self.assertEqual(
            sum(n for k, n in score.errors.items() if k.startswith("precision")),
            c.precision_total - c.precision_hits,
        )
        coarse = PredictedClaim(
            "أصبحت المحافظة خالية و تسليم حوالي 250 مقاتلاً و طردت التنظيم في العام 2014", "reported"
        )
        self.assertEqual(
            dict(score_article(GOLD, [coarse]).errors), {"recall: claim too coarse": 1}
        )


AGREE_TEXT = (
    "قال المرصد السوري لحقوق الإنسان: أصبحت المحافظة خالية من التنظيم. "
    "وأفيد عن تسليم حوالي 250 مقاتلاً.\n"
    "وكانت الفصائل قد طردت التنظيم في العام 2014."
)


class AgreementTests(SimpleTestCase):
    """A second annotation scored against the first: claims paired by anchor position."""

    def test_an_annotation_agrees_with_itself(self) -> None:
        c = score_agreement(AGREE_TEXT, GOLD, GOLD).counts
        self.assertEqual((c.found, c.voice_ok, c.recall_hits, c.precision_hits), (3, 3, 1, 1))

    def test_other_anchors_in_the_same_sentence_pair_and_kinds_and_speakers_are_compared(
        self,
    ) -> None:
        second = [
            # Another anchor for the same claim (same sentence), a short form of the speaker.
            {"anchor": "خالية من التنظيم", "kind": "quote", "speakers": [["المرصد"]]},
            # Same anchor, but the second annotator heard the outlet.
            {"anchor": "تسليم حوالي 250", "kind": "outlet", "speakers": []},
            # The third claim is missing, and one claim the first annotation does not have.
            {"anchor": "قال المرصد السوري", "kind": "reported", "speakers": [["الفصائل"]]},
        ]
        score = score_agreement(AGREE_TEXT, GOLD, second)
        c = score.counts
        self.assertEqual((c.gold, c.found, c.voice_ok), (3, 2, 1))
        self.assertEqual((c.recall_hits, c.recall_total), (1, 1))
        # The extra claim's speaker is false; the paired one is right.
        self.assertEqual((c.precision_hits, c.precision_total), (1, 2))
        self.assertEqual(score.missed, ["طردت التنظيم في العام 2014"])

    def test_anchors_in_different_sentences_never_pair(self) -> None:
        second = [{"anchor": "وكانت الفصائل قد طردت", "kind": "outlet", "speakers": []}]
        c = score_agreement(AGREE_TEXT, GOLD[:1], second).counts
        self.assertEqual((c.found, c.recall_hits), (0, 0))


class SpeakerExactTests(SimpleTestCase):
    def test_a_matched_speaker_is_exact_only_when_it_is_one_of_the_names(self) -> None:
        # the containment rule accepts a run-on span; speaker_exact counts the clean ones
        run_on = [PredictedClaim("أصبحت المحافظة خالية", "reported", ("المرصد السوري التي تشارك",))]
        c = score_article(GOLD[:1], run_on).counts
        self.assertEqual((c.recall_hits, c.exact_hits, c.speaker_exact), (1, 0, 0.0))
        clean = [PredictedClaim("أصبحت المحافظة خالية", "reported", ("المرصد السوري",))]
        c = score_article(GOLD[:1], clean).counts
        self.assertEqual((c.recall_hits, c.exact_hits, c.speaker_exact), (1, 1, 1.0))
        self.assertEqual(c.as_dict()["speaker_exact"], 1.0)
