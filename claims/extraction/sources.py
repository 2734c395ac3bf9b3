"""The source registry as the engine sees it: aliases → canonical slugs, with Arabic normalisation."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from claims.extraction.normalize import normalize

SOURCES_PATH = Path(__file__).resolve().parent.parent / "data" / "sources.json"
_MAX_ALIAS_TOKENS = 10
_PERSON = "person"
_MISSING = object()


@dataclass(frozen=True, slots=True)
class SourceInfo:
    slug: str
    name_en: str
    name_ar: str
    kind: str
    parent: str | None


def _prefix_variants(token: str) -> tuple[str, ...]:
    """A token as written and without attached و / ف / ب / ل / ال (لل → ال)."""
    out = [token]
    rest = token
    if len(rest) > 2 and rest[0] in "وف":
        rest = rest[1:]
        out.append(rest)
    if len(rest) > 3 and rest.startswith("لل"):
        out.append("ال" + rest[2:])
        out.append(rest[2:])
    elif len(rest) > 2 and rest[0] in "بلك":
        out.append(rest[1:])
        rest = rest[1:]
    if len(rest) > 3 and rest.startswith("ال"):
        out.append(rest[2:])
    return tuple(dict.fromkeys(out))


class Registry:
    """Resolve a speaker as written to a canonical source slug.

    Aliases match on whole tokens after normalisation (so جيش النصر never matches جبهة النصرة), the first
    token may carry attached prefixes, and the longest alias wins; on a tie a person wins (a spokesman named
    in the speaker span resolves to himself; his affiliation is his ``parent``)."""

    def __init__(
        self, sources: Mapping[str, SourceInfo], aliases: Mapping[tuple[str, ...], str]
    ) -> None:
        self.sources = dict(sources)
        self._aliases = dict(aliases)
        self._first = {key[0] for key in self._aliases}
        self._cache: dict[str, str | None] = {}

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]]) -> Registry:
        sources: dict[str, SourceInfo] = {}
        aliases: dict[tuple[str, ...], str] = {}
        for rec in records:
            slug = str(rec.get("slug") or "").strip()
            if not slug:
                continue
            sources[slug] = SourceInfo(
                slug=slug,
                name_en=str(rec.get("name_en") or ""),
                name_ar=str(rec.get("name_ar") or ""),
                kind=str(rec.get("kind") or ""),
                parent=rec.get("parent") or None,
            )
            for name in (rec.get("name_ar"), rec.get("name_en"), *(rec.get("aliases") or [])):
                key = tuple(normalize(str(name or "")).split())
                if key and key not in aliases:
                    aliases[key] = slug
        return cls(sources, aliases)

    @classmethod
    def default(cls) -> Registry:
        """The curated registry shipped in claims/data/sources.json (loaded once)."""
        return _default_registry()

    def kind(self, slug: str | None) -> str | None:
        info = self.sources.get(slug or "")
        return info.kind if info else None

    def parent(self, slug: str | None) -> str | None:
        info = self.sources.get(slug or "")
        return info.parent if info else None

    def resolve(self, speaker: str) -> str | None:
        """The slug of the longest alias found in ``speaker`` on token boundaries, or None."""
        hit = self._cache.get(
            speaker, _MISSING
        )  # one lookup: safe if another thread clears the cache
        if hit is not _MISSING:
            return hit  # type: ignore[return-value]
        slug = self._resolve(speaker)
        if len(self._cache) > 50_000:  # bounded: a long-running worker sees endless new names
            self._cache.clear()
        self._cache[speaker] = slug
        return slug

    def _resolve(self, speaker: str) -> str | None:
        tokens = normalize(speaker).split()
        best: tuple[int, int, int, str] | None = None
        for i, token in enumerate(tokens):
            for variant in _prefix_variants(token):
                if variant not in self._first:
                    continue
                for n in range(min(_MAX_ALIAS_TOKENS, len(tokens) - i), 0, -1):
                    key = (variant, *tokens[i + 1 : i + n])
                    slug = self._aliases.get(key)
                    if slug is None:
                        continue
                    rank = (n, 1 if self.kind(slug) == _PERSON else 0, i, slug)
                    if best is None or rank[:3] > best[:3]:
                        best = rank
                    break
        return best[3] if best else None


@lru_cache(maxsize=1)
def _default_registry() -> Registry:
    with SOURCES_PATH.open(encoding="utf-8") as fh:
        return Registry.from_records(json.load(fh))
