"""Claim extraction: split an article into claims and say who claims each one.

Pure Python (no Django), deterministic, and it never raises on a ``str``::

    from claims.extraction import extract
    result = extract(text, language="ar", published=date(2018, 2, 13))
    for claim in result.claims:
        claim.kind, claim.text, [a.speaker for a in claim.attributions]

The public API: ``extract``, ``Extraction``, ``ExtractedClaim``, ``ExtractedAttribution``, ``Entities`` (and its
mentions), ``Registry``.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from collections.abc import Callable
from operator import index

from claims.extraction.attribution import Attributor, Prop
from claims.extraction.cleaning import clean_text
from claims.extraction.cues import AR_HEDGES, EN_HEDGES, fold, unfold
from claims.extraction.entities import find_entities_in_spans
from claims.extraction.sources import Registry
from claims.extraction.types import (
    EMPTY_ENTITIES,
    DateMention,
    Entities,
    ExtractedAttribution,
    ExtractedClaim,
    Extraction,
    NumberMention,
    PlaceMention,
)

# The entity finder (None: every claim has empty entities; bench/extract.py measures their share).
entity_finder: Callable[..., list[Entities]] | None = find_entities_in_spans

__all__ = [
    "DateMention",
    "Entities",
    "ExtractedAttribution",
    "ExtractedClaim",
    "Extraction",
    "NumberMention",
    "PlaceMention",
    "Registry",
    "detect_language",
    "extract",
]

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"\w")
_EDGE = " \t\n،,;:-–—"


def detect_language(text: str) -> str:
    """ "ar" when Arabic letters outnumber Latin ones in the first 4,000 characters, else "en"."""
    sample = text[:4000]
    return (
        "ar"
        if len(_ARABIC_LETTER.findall(sample)) >= len(_LATIN_LETTER.findall(sample))
        and _ARABIC_LETTER.search(sample)
        else "en"
    )


def extract(
    text: str,
    *,
    language: str | None = None,
    published: datetime.date | datetime.datetime | None = None,
    registry: Registry | None = None,
) -> Extraction:
    """Clean ``text`` and split it into claims with their voice, attributions, hedges and entities.

    ``language`` is "ar" or "en" (detected when None); ``published`` resolves relative dates; ``registry``
    resolves speakers to canonical sources (``Registry.default()`` when None). Never raises: a pathological
    input gives an Extraction with no claims."""
    try:
        cleaned = clean_text(text if isinstance(text, str) else str(text))
    except Exception:  # noqa: BLE001 - the contract is "never raises"
        cleaned = text if isinstance(text, str) else ""
    lang = language if language in {"ar", "en"} else detect_language(cleaned)
    try:
        claims = _extract_claims(cleaned, lang, published, registry or Registry.default())
    except Exception:  # noqa: BLE001
        claims = ()
    return Extraction(text=cleaned, language=lang, claims=claims)


def _extract_claims(
    text: str,
    language: str,
    published: datetime.date | datetime.datetime | None,
    registry: Registry,
) -> tuple[ExtractedClaim, ...]:
    folded, kept = fold(text)
    props = Attributor(folded, language, registry.resolve).run()
    hedges_re = AR_HEDGES if language == "ar" else EN_HEDGES

    if kept is None:  # nothing was dropped: folded offsets are the original ones
        orig: Callable[[int], int] = index
    else:

        def orig(i: int) -> int:
            return unfold(i, kept)

    # Every hedge of the article in one scan; each claim takes those inside it.
    hedge_spans = [m.span() for m in hedges_re.finditer(folded)]
    hedge_starts = [h[0] for h in hedge_spans]
    found: list[tuple[int, int, Prop, tuple[str, ...]]] = []
    last_end = 0
    for prop in props:
        fs, fe = prop.start, prop.end
        while fs < fe and folded[fs] in _EDGE:
            fs += 1
        while fe > fs and folded[fe - 1] in _EDGE:
            fe -= 1
        if fe <= fs or not _WORD.search(folded, fs, fe):
            continue
        start, end = orig(fs), _end(text, orig, fe)
        if start < last_end:
            start = last_end
        if end <= start:
            continue
        last_end = end
        if hedge_spans:
            lo = bisect_left(hedge_starts, fs)
            hi = bisect_left(hedge_starts, fe, lo)
            inside = [h for h in hedge_spans[lo:hi] if h[1] <= fe]
            hedges = _hedges(text, orig, inside, prop.cue if prop.hedge_cue else None)
        else:
            hedges = _hedges(text, orig, [], prop.cue) if prop.hedge_cue else ()
        found.append((start, end, prop, hedges))
    entities = _entities(text, [(s, e) for s, e, _, _ in found], language, published)
    out = []
    for (start, end, prop, hedges), claim_entities in zip(found, entities, strict=True):
        cue = _as_written(text, prop.cue, orig)
        out.append(
            ExtractedClaim(
                start=start,
                end=end,
                text=text[start:end],
                kind=prop.kind,
                mode=prop.mode if prop.kind != "outlet" else "",
                polarity=prop.polarity,
                cue=cue,
                hedged=bool(hedges),
                hedges=hedges,
                attributions=_attributions(prop, registry, text, orig, cue),
                entities=claim_entities,
            )
        )
    return tuple(out)


def _hedges(
    text: str,
    orig: Callable[[int], int],
    spans: list[tuple[int, int]],
    hedge_cue: str | None,
) -> tuple[str, ...]:
    """The hedges of a claim as written ("يبدو أن", "reportedly"), each once, none inside another."""
    if not spans and hedge_cue is None:
        return ()
    cue_span = getattr(hedge_cue, "span", None)
    if cue_span is not None:
        spans = [cue_span] + [s for s in spans if not (cue_span[0] <= s[0] and s[1] <= cue_span[1])]
    found = (text[orig(s) : _end(text, orig, e)].strip() for s, e in spans)
    return tuple(dict.fromkeys(h for h in found if h))


def _end(text: str, orig: Callable[[int], int], folded_end: int) -> int:
    """The original end of a folded span: after the diacritics of its last letter, before any space."""
    end = min(orig(folded_end), len(text))
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _as_written(text: str, cue: str, orig: Callable[[int], int]) -> str:
    span = getattr(cue, "span", None)
    if span is None or span[1] <= span[0]:
        return cue.strip()
    return text[orig(span[0]) : _end(text, orig, span[1])].strip()


def _attributions(
    prop: Prop, registry: Registry, text: str, orig: Callable[[int], int], cue: str
) -> tuple[ExtractedAttribution, ...]:
    if prop.kind in {"outlet", "passive"}:
        return ()
    out = []
    seen = set()
    for s, e in prop.carried:
        speaker = text[orig(s) : _end(text, orig, e)].strip() if e > s else ""
        if not speaker or speaker in seen:
            continue
        seen.add(speaker)
        slug = registry.resolve(speaker)
        out.append(
            ExtractedAttribution(
                speaker=speaker, source=slug, cue=cue, source_kind=registry.kind(slug)
            )
        )
    return tuple(out)


def _entities(
    text: str,
    spans: list[tuple[int, int]],
    language: str,
    published: datetime.date | datetime.datetime | None,
) -> list[Entities]:
    if entity_finder is None or not spans:
        return [EMPTY_ENTITIES] * len(spans)
    try:
        return entity_finder(text, spans, language=language, published=published)
    except Exception:  # noqa: BLE001 - entities never take the claims down with them
        return [EMPTY_ENTITIES] * len(spans)
