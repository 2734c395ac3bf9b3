"""`python manage.py extract INPUT... --format jsonl|text`: claims of articles, one JSON object per claim."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from claims.extraction import Registry, extract
from claims.ingestion.parsing import parse_path, parse_published


def registry_for_commands() -> Registry:
    """The curated registry from the database when it is reachable, else the shipped sources.json."""
    try:
        from claims.services.extract import registry_current

        return registry_current()
    except Exception:  # noqa: BLE001 - no database (or no schema yet): the packaged registry will do
        return Registry.default()


def iter_documents(
    path: Path, *, max_bytes: int
) -> Iterator[tuple[str, dict[str, Any] | None, str]]:
    """(doc, record, error) for every article in a .jsonl file or a .txt/.html file (or a folder)."""
    if path.suffix.lower() == ".jsonl" and path.is_file():
        with path.open(encoding="utf-8", errors="replace") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    yield f"{path}:{number}", None, f"line {number}: not JSON ({exc})"
                    continue
                if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                    yield f"{path}:{number}", None, f"line {number}: no 'text' string"
                    continue
                doc = str(obj.get("id") or f"{path}:{number}")
                yield doc, obj, ""
        return
    result = parse_path(path, max_article_bytes=max_bytes)
    single = len(result.records) == 1 and not path.is_dir()
    for record in result.records:
        doc = str(path) if single else f"{path}/{record.name}"
        yield (
            doc,
            {
                "text": record.text,
                "language": record.language,
                "published": record.published,
                "title": record.title,
                "outlet": record.outlet,
            },
            "",
        )
    for error in result.errors:
        yield f"{path}:{error.name}", None, error.reason


class Command(BaseCommand):
    help = "Split articles (.txt/.html files or .jsonl records) into attributed claims."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("inputs", nargs="+", help=".txt, .html or .jsonl files, or folders")
        parser.add_argument("--format", choices=["jsonl", "text"], default="jsonl")
        parser.add_argument(
            "--language", choices=["ar", "en"], default=None, help="override detection"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        registry = registry_for_commands()
        max_bytes = getattr(settings, "INGEST_MAX_ARTICLE_BYTES", 5 * 1024 * 1024)
        fmt = options["format"]
        failures = 0
        for raw in options["inputs"]:
            for doc, record, error in iter_documents(Path(raw), max_bytes=max_bytes):
                if record is None:
                    failures += 1
                    self.stderr.write(f"{doc}: {error}")
                    continue
                published = record.get("published")
                if isinstance(published, str):
                    published = parse_published(published)
                result = extract(
                    record["text"],
                    language=options["language"] or record.get("language") or None,
                    published=published,
                    registry=registry,
                )
                if fmt == "jsonl":
                    for index, claim in enumerate(result.claims):
                        line = json.dumps(
                            claim.to_dict(doc, index, result.language), ensure_ascii=False
                        )
                        self.stdout.write(line)
                else:
                    self.stdout.write(_as_text(doc, record, result))
        if failures:
            sys.stderr.flush()


def _as_text(doc: str, record: dict[str, Any], result: Any) -> str:
    lines = [
        f"== {doc} ({result.language}) {record.get('title') or ''}".rstrip()
        + f" - {len(result.claims)} claims"
    ]
    for index, claim in enumerate(result.claims):
        flags = [claim.kind]
        if claim.mode:
            flags.append(claim.mode)
        if claim.polarity == "deny":
            flags.append("DENIAL")
        if claim.hedged:
            flags.append("hedged: " + ", ".join(claim.hedges))
        lines.append(f"[{index}] {' · '.join(flags)}  ({claim.start}-{claim.end})")
        lines.append(f"    {claim.text}")
        for att in claim.attributions:
            source = f" -> {att.source}" if att.source else " (unknown source)"
            lines.append(f"    said by: {att.speaker}{source}   cue: {att.cue}")
        entities = claim.entities
        if entities.numbers or entities.places or entities.dates:
            bits = [m.text for m in entities.numbers] + [m.name for m in entities.places]
            bits += [f"{m.text}={m.date}" if m.date else m.text for m in entities.dates]
            lines.append(f"    entities: {', '.join(bits)}")
    return "\n".join(lines) + "\n"
