"""`python manage.py evaluate_extraction GOLD.jsonl... [--split test|tune]`: score extraction against gold claims."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.extraction import Registry, extract
from claims.extraction.evaluate import (
    PredictedClaim,
    Report,
    collect,
    format_errors,
    format_report,
    score_agreement,
    score_articles,
)
from claims.management.commands.extract import registry_for_commands

GOLD_DIR = Path(settings.BASE_DIR) / "tests" / "data" / "gold"


def default_corpus() -> Path:
    """CORPUS_DIR, else ../shared/corpus next to the project."""
    return Path(
        os.environ.get("CORPUS_DIR") or Path(settings.BASE_DIR).parent / "shared" / "corpus"
    )


def load_gold(
    paths: Iterable[Path], *, corpus: Path, split: str | None = None
) -> list[dict[str, Any]]:
    """Gold records with their text: "ref" records read it from the corpus file by id."""
    cache: dict[str, dict[str, str]] = {}
    records: list[dict[str, Any]] = []
    for path in paths:
        with Path(path).open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                record = json.loads(line)
                if split and record.get("split") and record["split"] != split:
                    continue
                if not record.get("text"):
                    ref = record.get("ref")
                    if not ref:
                        raise CommandError(
                            f"{path}: record {record.get('id')!r} has neither text nor ref"
                        )
                    if ref not in cache:
                        cache[ref] = _corpus_texts(corpus / ref)
                    if record["id"] not in cache[ref]:
                        raise CommandError(f"{path}: {record['id']!r} is not in {corpus / ref}")
                    record = {**record, "text": cache[ref][record["id"]]}
                records.append(record)
    return records


def _corpus_texts(path: Path) -> dict[str, str]:
    if not path.is_file():
        raise CommandError(f"corpus file not found: {path} (set --corpus or CORPUS_DIR)")
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out[str(row["id"])] = row.get("text") or ""
    return out


def evaluate_records(records: list[dict[str, Any]], *, registry: Registry | None = None) -> Report:
    """Extract every gold article and score the predictions."""
    items = []
    for record in records:
        result = extract(record["text"], language=record.get("language") or None, registry=registry)
        predicted = [
            PredictedClaim(c.text, c.kind, tuple(a.speaker for a in c.attributions))
            for c in result.claims
        ]
        items.append((record, predicted))
    return score_articles(items)


def first_annotations(corpus: Path) -> dict[str, dict[str, Any]]:
    """Every annotated article's claims by id: the project's gold files and the shared dev set."""
    paths = sorted(GOLD_DIR.glob("*.jsonl")) + [corpus.parent / "gold" / "dev.jsonl"]
    out: dict[str, dict[str, Any]] = {}
    for path in paths:
        if path.is_file():
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        record = json.loads(line)
                        out[str(record["id"])] = record
    return out


def agreement_report(records: list[dict[str, Any]], first: dict[str, dict[str, Any]]) -> Report:
    """Score second annotations (records with text) against the first annotation of the same article."""
    scores = []
    for record in records:
        original = first.get(str(record["id"]))
        if original is None:
            raise CommandError(f"{record['id']!r} has no first annotation to compare with")
        scores.append(
            score_agreement(
                record["text"],
                original.get("claims") or [],
                record.get("claims") or [],
                article_id=str(record["id"]),
                language=record.get("language") or "",
            )
        )
    return collect(scores)


def split_files(split: str) -> list[Path]:
    """The project's gold files of a split: tests/data/gold/<split>.jsonl and *_<split>.jsonl."""
    return sorted(
        p for p in GOLD_DIR.glob("*.jsonl") if p.stem == split or p.stem.endswith(f"_{split}")
    )


class Command(BaseCommand):
    help = "Score claim extraction against gold files: claims found, voice accuracy, attribution P/R/F1."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "gold", nargs="*", help="gold .jsonl files (default: the --split files)"
        )
        parser.add_argument("--split", choices=["test", "tune"], default=None)
        parser.add_argument(
            "--corpus", default=None, help="corpus folder (default: CORPUS_DIR or ../shared/corpus)"
        )
        parser.add_argument("--worst", type=int, default=5, help="how many worst articles to list")
        parser.add_argument(
            "--details", action="store_true", help="list the misses of the worst articles"
        )
        parser.add_argument("--json", action="store_true", help="print the scores as JSON")
        parser.add_argument(
            "--errors",
            action="store_true",
            help="count the failed recall and precision pairs by kind of error",
        )
        parser.add_argument(
            "--agreement",
            action="store_true",
            help="the files are second annotations: score them against the first annotation of each "
            "article (in tests/data/gold or ../shared/gold/dev.jsonl), not the engine",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        paths = [Path(p) for p in options["gold"]]
        split = options["split"]
        if not paths:
            if not split:
                raise CommandError("give gold files or --split test|tune")
            paths = split_files(split)
            if not paths:
                raise CommandError(f"no gold files for split {split!r} in {GOLD_DIR}")
        corpus = Path(options["corpus"]) if options["corpus"] else default_corpus()
        records = load_gold(paths, corpus=corpus, split=split)
        if not records:
            raise CommandError("no gold records")
        if options["agreement"]:
            report = agreement_report(records, first_annotations(corpus))
        else:
            report = evaluate_records(records, registry=registry_for_commands())
        if options["json"]:
            payload = report.as_dict()
            payload["worst"] = [a.id for a in report.worst(options["worst"])]
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        self.stdout.write(f"{len(records)} articles from {', '.join(str(p) for p in paths)}")
        self.stdout.write(format_report(report, worst=options["worst"], details=options["details"]))
        if options["errors"]:
            self.stdout.write("")
            self.stdout.write(format_errors(report))
