"""Sentence segmentation for Arabic and English news text, and the quotation spans in it."""

from __future__ import annotations

import re

# A terminal mark (with closing quotes/brackets after it), or a line break.
_BOUNDARY = re.compile(r"[.!?؟؛]+[\"”»’')\]]*(?=\s|$)|\.(?=[\u0621-\u064a])|\n")
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "maj", "brig", "prof", "sen", "rep", "gov", "no", "vs", "etc", "inc", "co", "ltd", "corp", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "est", "approx", "fig", "al", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "u.s.a"]
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_WEB_SUFFIX = re.compile(r"\s?(?:نت|كوم|net|com|org)\b", re.IGNORECASE)
_ONLY_PUNCT = re.compile(r"[\s\W_]*")
_CONTINUES = "،,:-–—"
QUOTES = re.compile(r"«[^»\n]*»|“[^”\n]*”|\"[^\"\n]*\"|„[^“”\n]*[“”]")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text``, whitespace trimmed, in order.

    Splits on . ! ? ؟ ؛ and line breaks; not after English abbreviations or initials, not inside decimals,
    not before a web suffix (العربية. نت), not at a line break that ends in a comma or a dash or that is
    followed by a line of punctuation only."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        mark = m.group()
        if mark == "\n":
            before = text[start : m.start()].rstrip()
            if before and before[-1] in _CONTINUES:
                continue
            nxt = text.find("\n", end)
            next_line = text[end : nxt if nxt >= 0 else n]
            if next_line.strip() and _ONLY_PUNCT.fullmatch(next_line):
                continue
        elif mark.startswith("."):
            word = _WORD_BEFORE.search(text, max(start, m.start() - 20), m.start())
            if word:
                w = word.group(1).lower().rstrip(".")
                if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha() and w.isascii()):
                    continue
            if _WEB_SUFFIX.match(text, m.end()):
                continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, n, spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quotations in “ ” « » „ “ and straight double quotes (within one line)."""
    return [(m.start(), m.end()) for m in QUOTES.finditer(text)]
