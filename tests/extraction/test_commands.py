"""`manage.py extract` and `manage.py evaluate_extraction`, against the real database registry."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase

from claims.registry import sources_load
from tests.extraction.helpers import ROOT

DEV = ROOT.parent / "shared" / "gold" / "dev.jsonl"


class ExtractCommandTests(TestCase):
    def setUp(self) -> None:
        sources_load()
        self.dir = Path(tempfile.mkdtemp())

    def _run(self, *args: str) -> tuple[str, str]:
        out, err = io.StringIO(), io.StringIO()
        call_command("extract", *args, stdout=out, stderr=err)
        return out.getvalue(), err.getvalue()

    def test_it_prints_one_json_object_per_claim_as_design_md_specifies(self) -> None:
        txt = self.dir / "a.txt"
        txt.write_text(
            "قال المرصد السوري لحقوق الإنسان إن 20 شخصا قتلوا في إدلب.\nوأضاف أن القصف مستمر.",
            "utf-8",
        )
        out, _ = self._run(str(txt), "--format", "jsonl")
        rows = [json.loads(line) for line in out.splitlines()]
        self.assertEqual(len(rows), 2)
        first = rows[0]
        self.assertEqual(
            list(first),
            [
                "doc",
                "index",
                "start",
                "end",
                "text",
                "kind",
                "hedged",
                "language",
                "attributions",
                "entities",
            ],
        )
        self.assertEqual(
            (first["doc"], first["index"], first["kind"], first["language"]),
            (str(txt), 0, "reported", "ar"),
        )
        self.assertEqual(
            first["attributions"],
            [{"speaker": "المرصد السوري لحقوق الإنسان", "source": "sohr", "cue": "قال"}],
        )
        self.assertEqual(set(first["entities"]), {"numbers", "places", "dates"})
        self.assertEqual(rows[1]["attributions"][0]["cue"], "وأضاف")

    def test_jsonl_records_html_files_and_bad_lines(self) -> None:
        records = self.dir / "r.jsonl"
        records.write_text(
            json.dumps(
                {
                    "id": "x1",
                    "text": "The Observatory said 12 people were killed.",
                    "language": "en",
                }
            )
            + "\nnot json\n",
            "utf-8",
        )
        page = self.dir / "p.html"
        page.write_text(
            "<html><body><article><p>قال المرصد السوري إن الطائرات قصفت مدينة إدلب صباح اليوم وقتلت عشرة مدنيين "
            "بينهم أطفال ونساء في حي سكني مكتظ.</p></article></body></html>",
            "utf-8",
        )
        out, err = self._run(str(records), str(page))
        docs = [json.loads(line)["doc"] for line in out.splitlines()]
        self.assertIn("x1", docs)
        self.assertIn("line 2", err)
        self.assertTrue(any(d.endswith("p.html") for d in docs))

    def test_the_text_format_is_a_readable_view(self) -> None:
        txt = self.dir / "b.txt"
        txt.write_text("وأفيد عن تسليم حوالي 250 مقاتلاً.", "utf-8")
        out, _ = self._run(str(txt), "--format", "text")
        self.assertIn("passive", out)
        self.assertIn("250", out)


class EvaluateExtractionCommandTests(TestCase):
    def test_it_prints_scores_per_language_and_the_worst_articles(self) -> None:
        out = io.StringIO()
        call_command("evaluate_extraction", str(DEV), "--worst", "2", stdout=out)
        text = out.getvalue()
        self.assertIn("11 articles", text)
        for label in ("ar ", "en ", "overall", "worst articles:"):
            self.assertIn(label, text)

    def test_json_output_and_split_selection(self) -> None:
        out = io.StringIO()
        call_command("evaluate_extraction", "--split", "tune", "--json", stdout=out)
        payload = json.loads(out.getvalue())
        self.assertGreater(payload["overall"]["gold_claims"], 100)
        self.assertEqual(set(payload["by_language"]), {"ar", "en"})
        self.assertIn("recall: wrong speaker", payload["errors"]["ar"])

    def test_errors_table_counts_failed_pairs_by_class(self) -> None:
        out = io.StringIO()
        call_command("evaluate_extraction", str(DEV), "--errors", "--worst", "0", stdout=out)
        text = out.getvalue()
        self.assertIn("errors (failed pairs", text)
        for name in ("recall: wrong speaker", "precision: claim not in gold"):
            self.assertIn(name, text)

    def test_agreement_scores_a_second_annotation_against_the_first(self) -> None:
        out = io.StringIO()
        # The shared dev set compared with itself: its first annotation is itself, so all agree.
        call_command("evaluate_extraction", str(DEV), "--agreement", "--json", stdout=out)
        overall = json.loads(out.getvalue())["overall"]
        self.assertEqual((overall["claims_found"], overall["attribution_f1"]), (1.0, 1.0))
        record = {
            "id": "not-annotated-anywhere",
            "language": "en",
            "text": "He said so.",
            "claims": [],
        }
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "second.jsonl"
            path.write_text(json.dumps(record) + "\n", encoding="utf-8")
            with self.assertRaisesMessage(CommandError, "has no first annotation"):
                call_command("evaluate_extraction", str(path), "--agreement", stdout=io.StringIO())

    def test_a_missing_corpus_is_a_clear_error(self) -> None:
        with self.assertRaisesMessage(CommandError, "corpus file not found"):
            call_command(
                "evaluate_extraction", str(DEV), "--corpus", "/nonexistent", stdout=io.StringIO()
            )
