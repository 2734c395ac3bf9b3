"""The curated source registry: load it into the database, and build the extraction engine's view of it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.db import transaction

from claims.extraction.normalize import normalize

REGISTRY_PATH = Path(__file__).resolve().parent / "data" / "sources.json"


def registry_records(path: Path = REGISTRY_PATH) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def _language(name: str) -> str:
    return "ar" if any("\u0600" <= ch <= "\u06ff" for ch in name) else "en"


@transaction.atomic
def sources_load(*, records: list[dict[str, Any]] | None = None) -> tuple[int, int]:
    """Create or update curated sources and their aliases. Idempotent. Returns (sources, aliases)."""
    from claims.models import Source, SourceAlias

    records = registry_records() if records is None else records
    by_slug: dict[str, Source] = {}
    alias_count = 0
    for rec in records:
        source, _ = Source.objects.update_or_create(
            slug=rec["slug"],
            defaults={
                "name_en": rec.get("name_en", ""),
                "name_ar": rec.get("name_ar", ""),
                "kind": rec.get("kind", Source.Kind.OTHER),
                "conflict_party": rec.get("conflict_party", ""),
                "description": rec.get("description", ""),
                "curated": True,
            },
        )
        by_slug[rec["slug"]] = source
        names = [rec.get("name_ar", ""), rec.get("name_en", ""), *rec.get("aliases", [])]
        for name in names:
            key = normalize(name)
            if not key:
                continue
            alias, created = SourceAlias.objects.get_or_create(
                normalized=key,
                defaults={"source": source, "name": name, "language": _language(name)},
            )
            # A curated alias wins over one that extraction attached to an uncurated source.
            if not created and alias.source_id != source.pk and not alias.source.curated:
                alias.source = source
                alias.save(update_fields=["source", "updated"])
            alias_count += 1
    for rec in records:
        parent = rec.get("parent")
        if parent:
            Source.objects.filter(pk=by_slug[rec["slug"]].pk).update(parent=by_slug[parent])
    return len(by_slug), alias_count
