"""Typed results of claim extraction: frozen dataclasses, JSON-ready through ``to_dict``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number as written ("حوالي 250", "عشرات", "at least 27") and its value or range."""

    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approx: bool = False
    start: int = -1
    end: int = -1
    unit: str = ""  # the counted noun, canonical: "killed", "fighters", "civilians", "%", ...

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "approx": self.approx,
            "unit": self.unit,
        }


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place from the gazetteer: ``name`` is its canonical (English) name."""

    text: str
    name: str
    kind: str = ""
    country: str = ""
    start: int = -1
    end: int = -1
    governorate: str = ""  # Syrian (or Iraqi) governorate, canonical English name

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "governorate": self.governorate,
        }


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression; ``date`` is ISO (YYYY-MM-DD) when it could be resolved, else None."""

    text: str
    date: str | None = None
    granularity: str = ""
    start: int = -1
    end: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "date": self.date, "granularity": self.granularity}


@dataclass(frozen=True, slots=True)
class Entities:
    """Numbers, places and dates found in one claim's text."""

    numbers: tuple[NumberMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    dates: tuple[DateMention, ...] = ()

    def to_dict(self) -> dict[str, list[dict[str, Any]]]:
        return {
            "numbers": [m.to_dict() for m in self.numbers],
            "places": [m.to_dict() for m in self.places],
            "dates": [m.to_dict() for m in self.dates],
        }


EMPTY_ENTITIES = Entities()


@dataclass(frozen=True, slots=True)
class ExtractedAttribution:
    """One voice a claim is attributed to: the speaker as written (fullest mention), its registry slug."""

    speaker: str
    source: str | None
    cue: str
    source_kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "source": self.source, "cue": self.cue}


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    """One claim: ``text == extraction.text[start:end]``; kind is quote, reported, passive or outlet."""

    start: int
    end: int
    text: str
    kind: str
    mode: str = ""
    polarity: str = "affirm"
    cue: str = ""
    hedged: bool = False
    hedges: tuple[str, ...] = ()
    attributions: tuple[ExtractedAttribution, ...] = ()
    entities: Entities = field(default=EMPTY_ENTITIES)

    def to_dict(self, doc: str, index: int, language: str) -> dict[str, Any]:
        """The JSON object of DESIGN.md's `extract` contract."""
        return {
            "doc": doc,
            "index": index,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "hedged": self.hedged,
            "language": language,
            "attributions": [a.to_dict() for a in self.attributions],
            "entities": self.entities.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """The cleaned text, its language ("ar" or "en") and the claims in text order."""

    text: str
    language: str
    claims: tuple[ExtractedClaim, ...] = ()
