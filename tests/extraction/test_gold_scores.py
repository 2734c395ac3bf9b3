"""The engine's scores on the gold sets, asserted at the level actually reached (see the report in git log).

dev.jsonl is ../shared/gold's hand-annotated set (the demo article + 6 Arabic + 4 English articles); the tune
split is the project's own gold under tests/data/gold. The held-out test split is scored by
`python manage.py evaluate_extraction --split test` and is never used for tuning.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from claims.extraction import Registry
from claims.management.commands.evaluate_extraction import (
    default_corpus,
    evaluate_records,
    load_gold,
    split_files,
)
from tests.extraction.helpers import ROOT

DEV = ROOT.parent / "shared" / "gold" / "dev.jsonl"


class GoldScoreTests(SimpleTestCase):
    def _report(self, paths: list) -> object:
        records = load_gold(paths, corpus=default_corpus())
        return evaluate_records(records, registry=Registry.default())

    def test_dev_set_scores(self) -> None:
        report = self._report([DEV])
        ar, en = report.by_language["ar"], report.by_language["en"]
        self.assertEqual(report.overall.gold, 142)
        # Reached 0.986 found, 0.943 voice, attribution F1 0.920 (ar) and 0.915 (en).
        self.assertGreaterEqual(report.overall.claims_found, 0.98)
        self.assertGreaterEqual(report.overall.voice_accuracy, 0.94)
        self.assertGreaterEqual(ar.claims_found, 0.98)
        self.assertGreaterEqual(en.claims_found, 0.97)
        self.assertGreaterEqual(ar.f1, 0.91)
        self.assertGreaterEqual(en.f1, 0.92)

    def test_tune_split_scores(self) -> None:
        report = self._report(split_files("tune"))
        # 159 articles: 99 from session 1, 36 added in session 2 (unseen when first scored: F1 0.754 ar,
        # 0.836 en) and 24 more added after session 2's second round of rules (unseen when first scored:
        # F1 0.824 ar, 0.889 en). All 159 at the end of session 2: 0.988 found, 0.959 voice,
        # F1 0.913 ar / 0.935 en. Session 3 moved in 11 reserve articles (unseen: F1 0.752 ar, 0.850 en
        # over all 18): 170 articles, F1 0.901 ar / 0.928 en; after its rule round 0.930 ar / 0.952 en.
        # Then 13 more reserve articles (session 3's random draw) moved in: 183 articles, 0.976 found,
        # 0.962 voice, F1 0.897 ar / 0.945 en; after session 3's second (robustness) round: 0.978 found,
        # 0.965 voice, F1 0.915 ar / 0.951 en. Session 4 (corpus-verified rules): 0.982 found, 0.966
        # voice, F1 0.923 ar / 0.952 en. Session 5 added its random draw C (36 ar, 12 en; 1,022 claims;
        # F1 0.753 ar / 0.798 en when first scored, before any rule of the session): 231 articles,
        # 0.960 found, 0.951 voice, F1 0.864 ar / 0.932 en; after session 5's rules (verified on the
        # unannotated corpus): 0.969 found, 0.955 voice, F1 0.894 ar / 0.937 en. Session 6 added its draw E
        # (24 ar, 12 en; 872 claims; F1 0.751 ar / 0.833 en when first scored): 267 articles, 0.958 found,
        # 0.938 voice, F1 0.865 ar / 0.923 en. Then its draw G (24 ar, 12 en; 800 claims; F1 0.773 ar /
        # 0.736 en when first scored): 303 articles, 0.952 found, 0.932 voice, F1 0.852 ar / 0.903 en;
        # after session 6's rules (verified on the unannotated corpus): 0.962 found, 0.940 voice, F1 0.878
        # ar / 0.916 en. Session 7's mechanisms (relays, document authors, span ends, agreement, frames):
        # 0.962 found, 0.942 voice, F1 0.886 ar / 0.924 en.
        self.assertGreaterEqual(report.overall.claims_found, 0.955)
        self.assertGreaterEqual(report.overall.voice_accuracy, 0.935)
        self.assertGreaterEqual(report.by_language["ar"].f1, 0.88)
        self.assertGreaterEqual(report.by_language["en"].f1, 0.915)

    def test_held_out_test_split_scores(self) -> None:
        # Never tuned on. 84 articles (46 ar, 38 en): 33 from session 1 and 51 added in session 2 by new
        # annotators. With the engine as session 2 found it: 0.983 found, 0.878 voice, F1 0.770 ar /
        # 0.814 en. At the end of session 2: 0.983 found, 0.907 voice, F1 0.792 ar / 0.857 en -- below
        # the 0.90 aim; this guards against regressions only. With 7 reserve articles moved in (91
        # articles): F1 0.799 ar / 0.856 en; after session 3's rule round (tune +2.9 ar / +2.4 en) only
        # 0.803 ar / 0.864 en. With 7 more reserve articles moved in (98 articles): 0.975 found,
        # 0.907 voice, F1 0.778 ar / 0.858 en. Then session 3's second random draw (34 articles, 907 claims,
        # kept unseen through both of its rounds: F1 0.743 -> 0.750 -> 0.766 ar, 0.773 -> 0.775 -> 0.795
        # en) joined the test split: 132 articles (78 ar, 54 en), 2,422 claims: 0.956 found, 0.911 voice,
        # F1 0.773 ar / 0.852 en. Session 4 drew 96 more (60 ar, 36 en; 2,098 claims) in two blind
        # draws and scored them only in aggregate; all joined the test split: 228 articles (138 ar,
        # 90 en), 4,520 claims. The engine of the start of session 4 scores F1 0.738 ar / 0.840 en on
        # it; at its end 0.943 found, 0.908 voice, F1 0.756 ar / 0.850 en. Session 5's rules: 0.769 ar /
        # 0.855 en on those 228; then its blind draw D (24 ar, 12 en, 724 claims; F1 0.808 -> 0.827 ar,
        # 0.843 -> 0.868 en from the session's first engine to its last) joined: 264 articles, 5,244
        # claims, 0.950 found, 0.915 voice, F1 0.778 ar / 0.856 en (0.765 / 0.849 at the session's start).
        # Session 6's rules: 0.785 ar / 0.856 en on those 264; its blind draw F (24 ar, 12 en, 822 claims)
        # did not move (F1 0.794 -> 0.793 ar, 0.855 -> 0.855 en) and joined: 300 articles, 6,066 claims,
        # 0.961 found, 0.913 voice, F1 0.786 ar / 0.856 en (0.781 / 0.856 with the session's first engine).
        # Session 7's mechanisms: 0.789 ar / 0.858 en on those 300; its blind draw H (36 ar, 18 en, 1,230
        # claims; F1 0.774 -> 0.775 ar, 0.800 -> 0.811 en) joined: 354 articles, 7,296 claims, 0.957 found,
        # 0.911 voice, F1 0.787 ar / 0.852 en (0.784 / 0.848 with the session's first engine).
        report = self._report(split_files("test"))
        self.assertGreaterEqual(report.overall.claims_found, 0.955)
        self.assertGreaterEqual(report.overall.voice_accuracy, 0.91)
        self.assertGreaterEqual(report.by_language["ar"].f1, 0.78)
        self.assertGreaterEqual(report.by_language["en"].f1, 0.85)
