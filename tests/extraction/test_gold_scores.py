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
        # 159 articles: 99 from session 1 (reached F1 0.900 ar, 0.878 en), 36 added in session 2 (unseen
        # when first scored: F1 0.754 ar, 0.836 en) and 24 more added after session 2's rule changes
        # (unseen when first scored: F1 0.824 ar, 0.889 en). All 159: 0.987 found, 0.949 voice,
        # F1 0.900 ar / 0.921 en.
        self.assertGreaterEqual(report.overall.claims_found, 0.98)
        self.assertGreaterEqual(report.overall.voice_accuracy, 0.94)
        self.assertGreaterEqual(report.by_language["ar"].f1, 0.89)
        self.assertGreaterEqual(report.by_language["en"].f1, 0.91)

    def test_held_out_test_split_scores(self) -> None:
        # Never tuned on. 69 articles: the first 33 (0.969 found, 0.870 voice, F1 0.799 ar / 0.761 en
        # in session 1) and 36 added in session 2 by new annotators, scored before any rule change
        # (F1 0.740 ar / 0.864 en). All 69 before session 2's rule changes: 0.980 found, 0.885 voice,
        # F1 0.761 ar / 0.825 en -- below the 0.90 aim; this guards against regressions only.
        report = self._report(split_files("test"))
        self.assertGreaterEqual(report.overall.claims_found, 0.97)
        self.assertGreaterEqual(report.overall.voice_accuracy, 0.88)
        self.assertGreaterEqual(report.by_language["ar"].f1, 0.75)
        self.assertGreaterEqual(report.by_language["en"].f1, 0.82)
