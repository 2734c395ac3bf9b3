"""Small helpers for the extraction tests: the demo article and lookups by a claim's content."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from claims.extraction import ExtractedClaim, Extraction, extract

ROOT = Path(__file__).resolve().parent.parent.parent
DEMO = ROOT / "claims" / "data" / "demo" / "seed-idlib-khuwayn.json"


@lru_cache(maxsize=1)
def demo() -> Extraction:
    """The demo article (the issue's seed), extracted once."""
    record = json.loads(DEMO.read_text(encoding="utf-8"))
    return extract(record["text"], language="ar")


def claim_with(result: Extraction, words: str) -> ExtractedClaim:
    """The one claim whose text contains ``words``."""
    found = [c for c in result.claims if words in c.text]
    assert len(found) == 1, (
        f"{len(found)} claims contain {words!r}: {[c.text for c in result.claims]}"
    )
    return found[0]


def speakers(claim: ExtractedClaim) -> list[str]:
    return [a.speaker for a in claim.attributions]


def sources(claim: ExtractedClaim) -> list[str | None]:
    return [a.source for a in claim.attributions]
