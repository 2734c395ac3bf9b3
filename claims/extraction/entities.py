"""Numbers, places and dates in Arabic and English news text.

``find_entities(text, *, language, published=None) -> Entities`` (and ``find_numbers``,
``find_places``, ``find_dates``). Every mention's ``text == text[start:end]``.

- NumberMention: ``value`` (None for a vague word or a range), ``low``/``high`` (equal to the value
  when exact; "at least 5" -> 5..None, "more than 5" -> 6..None, "up to 5" -> None..5, "about 5" ->
  None..None; عشرات -> 20..99, "between 229 and 425" -> 229..425), ``approx``, ``unit`` (the
  counted noun, canonical English: killed, fighters, civilians, people, %, USD ...).
- PlaceMention: ``name`` (canonical English), ``kind`` (country, capital, governorate, district,
  town, neighbourhood, region), ``country``, ``governorate``.
- DateMention: ``date`` as ISO 8601 at its precision ("2018-02-09", "2018-02", "2018-W06",
  "2018") or None when it cannot be resolved; ``granularity`` day, week, month, year, or weekday
  (a weekday with no publication date).

Pure Python and deterministic. The text is split into tokens once; every distinct token is analysed
once (folded with ``normalize``, its attached prefixes و ف ب ل peeled off, its roles looked up)
and cached, so the scan itself is a walk over tokens with dictionary look-ups. The gazetteer
(``data/gazetteer.tsv``) is loaded once, at import.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate, compress, repeat
from operator import itemgetter, not_, sub
from pathlib import Path

from claims.extraction.normalize import normalize
from claims.extraction.types import (
    EMPTY_ENTITIES,
    DateMention,
    Entities,
    NumberMention,
    PlaceMention,
)

__all__ = ["find_dates", "find_entities", "find_numbers", "find_places"]

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
# Tokens: runs of word characters (with Arabic marks), digits grouped with their separators,
# apostrophes inside Latin names (Ma'arrat), dotted abbreviations (U.S.) and % signs. One character
# class per run keeps the scan in C; the rare token mixing digits and letters (2014م, F16, بـ250)
# is split afterwards. Each token comes with the gap before it, so offsets are running sums.
_WORD = f"\\w{_MARKS}"
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"
    rf"|[{_WORD}]+(?:(?:(?<=\d)[.,\u066b\u066c](?=\d)|(?<=[^\W\d_])['’ʼ‘`](?=[^\W\d_]))[{_WORD}]+)*"
    r"|[%\u066a$£€]"
)
# Splitting on the tokens (one group) gives [gap, token, gap, token, ..., tail]: each token with the
# text before it, in one flat list (no tuple per token). _split() gives what _TOKEN would split, faster:
# it splits on plain runs (_RUNS) and then joins the runs that _TOKEN keeps together (1,250, 2.5,
# Ma'arrat, U.S.), which are only ever separated by one joiner between two word characters (_JOINER).
_SPLIT = re.compile(f"({_TOKEN.pattern})")
_RUNS = re.compile(rf"([{_WORD}]+|[%\u066a$£€])")
_JOINER = re.compile(rf"[.,\u066b\u066c'’‘`](?<=[{_WORD}].)(?=[{_WORD}])")
_SEPARATORS = frozenset(".,\u066b\u066c")  # between two digits
_APOSTROPHE_CHARS = frozenset("'’‘`")  # between two letters
_DIGIT_CHAR = re.compile(r"\d")
_LETTER_CHAR = re.compile(r"[^\W\d_]")
_PARTS = re.compile(rf"[{_DIGITS}]+(?:[.,\u066b\u066c][{_DIGITS}]+)*|[^{_DIGITS}]+")
_MIXED = re.compile(rf"[{_DIGITS}]")
_MARK_CHARS = re.compile(f"[{_MARKS}]")
_DIGITS_ONLY = re.compile(rf"[{_DIGITS}]+(?:[.,\u066b\u066c][{_DIGITS}]+)*")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_DIGIT_MAP = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_DIGIT_CHARS = frozenset("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")
_APOSTROPHES = re.compile(r"['’ʼ‘`]")
# Separators allowed inside a multi-word name or phrase; anything else (a full stop, a
# comma, a line break) ends it.
_LIST_MARK = re.compile(r"\s*[-–)]\s+")
_LIST_START = re.compile(r"[\n:][\s\-–]*$")
_SPACE_GAP = re.compile(r"[ \t\u00a0\u200c\u200f\u200e]{1,3}|[ \t]?-[ \t]?")
# Conjunctions and prepositions that attach to the next Arabic word, longest first; "لل" is
# ل + ال with the alef dropped (للرقة = ل + الرقة). ك is left out: كميات or كما are words of
# their own far more often than ك + a word.
_PREFIXES = ("ولل", "فلل", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
_PREFIX_INITIALS = frozenset(p[0] for p in _PREFIXES)
_PREFIXES_BY_INITIAL = {c: tuple(p for p in _PREFIXES if p[0] == c) for c in _PREFIX_INITIALS}


# --------------------------------------------------------------------------- token analysis


class _Analysis:
    """What one distinct token is: its fold, its prefix-peeled stems and its lexical roles (built once,
    then kept as a plain tuple: see ``_Info``)."""

    __slots__ = (
        "parts",
        "cands",
        "cap",
        "date_like",
        "gate",
        "is_digit",
        "latin",
        "nexts",
        "norm",
        "number_like",
        "places",
        "roles",
        "value",
    )

    def __init__(self, surface: str) -> None:
        # Fast paths for the two commonest shapes (plain Arabic letters, plain Latin letters): the
        # same fields the general path gives them, without its regex tests.
        if _PLAIN_ARABIC.fullmatch(surface):
            self.is_digit = self.latin = self.cap = False
            self.parts = self.value = None
            norm = surface  # surface.translate(_norm_fold), without translate's cost per character
            for old, new in _NORM_FOLD_PAIRS:
                if old in norm:
                    norm = norm.replace(old, new)
            self.norm = norm
            cands = [(0, 0, norm)]
            if norm[0] in _PREFIX_INITIALS:
                for prefix in _PREFIXES_BY_INITIAL[norm[0]]:
                    if norm.startswith(prefix) and len(norm) - len(prefix) >= 2:
                        stem = norm[len(prefix) :]
                        if prefix.endswith("لل"):
                            stem, prefix = "ال" + stem, prefix[:-1]
                        cands.append((len(prefix), 0, stem))
        elif _PLAIN_LATIN.fullmatch(surface):
            self.is_digit = False
            self.latin = True
            self.cap = surface[0].isupper()
            self.parts = self.value = None
            norm = surface.lower()
            norm = self.norm = surface if norm == surface else norm
            cands = [(0, 0, norm)]
        else:
            cands = self._general(surface)
        roles: dict[str, tuple[int, int, object]] = {}
        places = None
        date_first = False
        for lead, trail, stem in cands:
            known = _LEXICON.get(stem)  # most stems are in no table: one look-up
            if known is None:
                continue
            entries, node, first = known
            for role, value in entries:
                if role not in roles and (lead == 0 or role in _PREFIXABLE):
                    roles[role] = (lead, trail, value)
            if node is not None:
                if places is None:
                    places = []
                places.append((lead, trail, node))
            date_first = date_first or first
        self.roles = roles or None
        self.places = places
        # Cheap gates so the scanners skip the great majority of tokens.
        self.number_like = self.is_digit or (
            bool(roles) and ("ar_num" in roles or "en_num" in roles or "vague" in roles)
        )
        # A number is a date part only as a day (1-31), a year, or the start of 15-07-2016.
        value = self.value
        self.date_like = (
            (self.is_digit and isinstance(value, int) and (value <= 31 or 1900 <= value <= 2100))
            or (self.is_digit and value is None and "." in self.norm)
            or (bool(roles) and ("weekday" in roles or "month" in roles or "ordinal" in roles))
            or date_first
        )
        # The (lead, trail, stem) readings; () stands for ((0, 0, norm),) in a token that is nothing
        # else (most of them), which keeps the cache small: every reader falls back to the norm.
        if len(cands) == 1 and not roles and places is None and not self.date_like:
            self.cands: tuple[tuple[int, int, str], ...] = (
                () if cands[0][:2] == (0, 0) else (cands[0],)
            )
        else:
            self.cands = tuple(cands)
        # Whether a scan can start here (``gate``), or only when the next token is one of ``nexts``
        # ("the" starts a place or a date only before "Gambia", "day" ...).
        self.nexts: frozenset[str] | None = None
        if self.date_like or places:
            self.gate, self.nexts = self._gate(cands, places)
        else:
            self.gate = self.number_like

    def _gate(
        self, cands: list[tuple[int, int, str]], places: list[tuple[int, int, _Trie]] | None
    ) -> tuple[bool, frozenset[str] | None]:
        roles = self.roles or {}
        if (
            self.is_digit
            or self.number_like
            or "weekday" in roles
            or "month" in roles
            or "ordinal" in roles
            or any(c[2] in _PAIR_FIRST for c in cands)
        ):
            return True, None
        nexts: set[str] = set()
        nodes = [_RELATIVE[c[2]] for c in cands if c[2] in _RELATIVE]
        for node in (*nodes, *(p[2] for p in places or ())):
            if None in node:
                return True, None
            nexts.update(node)
        return False, frozenset(nexts) if nexts else None

    def _general(self, surface: str) -> list[tuple[int, int, str]]:
        self.is_digit = surface[0] in _DIGIT_CHARS
        # A token mixing digits and letters is split into its runs (offsets within the token).
        self.parts = None
        if (
            _MIXED.search(surface)
            and not _MIXED.fullmatch(surface)
            and not _DIGITS_ONLY.fullmatch(surface)
        ):
            self.parts = tuple(m.span() for m in _PARTS.finditer(surface))
        self.value = _parse_digits(surface) if self.is_digit else None
        self.latin = bool(_LATIN.match(surface))
        self.cap = surface[:1].isupper()
        # (lead, trail, stem): surface characters before and after the stem, the stem folded.
        cands: list[tuple[int, int, str]] = []
        if self.is_digit:
            self.norm = surface.translate(_DIGIT_MAP)
        elif surface in "%\u066a$£€":
            self.norm = "%" if surface in "%\u066a" else surface
        elif self.latin:
            trail = 0
            base = surface
            if len(base) > 2 and base[-2] in "'’ʼ" and base[-1] in "sS":
                base, trail = base[:-2], 2
            self.norm = _norm(_APOSTROPHES.sub("", base.replace(".", "")))
            cands.append((0, trail, self.norm))
        else:
            self.norm = _norm(surface)
            marked = _MARK_CHARS.search(surface) is not None or len(self.norm) != len(surface)
            if self.norm:
                cands.append((0, 0, self.norm))
                for prefix in _PREFIXES if self.norm[0] in _PREFIX_INITIALS else ():
                    if self.norm.startswith(prefix) and len(self.norm) - len(prefix) >= 2:
                        stem = self.norm[len(prefix) :]
                        if prefix.endswith("لل"):
                            stem, prefix = "ال" + stem, prefix[:-1]
                        lead = _lead(surface, len(prefix)) if marked else len(prefix)
                        cands.append((lead, 0, stem))
        return cands


_PLAIN_LATIN = re.compile(r"[A-Za-z]+")
_PLAIN_ASCII = re.compile(r"[A-Za-z0-9]+")
_PLAIN_ARABIC = re.compile("[\u0621-\u063a\u0641-\u064a]+")
_norm_fold = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_NORM_FOLD_PAIRS = tuple((chr(k), v) for k, v in _norm_fold.items())


def _norm(word: str) -> str:
    """``normalize(word)``, with fast paths for plain ASCII and plain Arabic letters (most tokens)."""
    if _PLAIN_ASCII.fullmatch(word):
        return word.lower()
    if _PLAIN_ARABIC.fullmatch(word):
        return word.translate(_norm_fold)
    return normalize(word)


def _lead(surface: str, letters: int) -> int:
    """Index in ``surface`` after ``letters`` letters (diacritics and tatweel do not count)."""
    seen = 0
    for i, ch in enumerate(surface):
        if seen == letters:
            return i
        if not _MARK_CHARS.match(ch):
            seen += 1
    return len(surface)


def _parse_digits(surface: str) -> float | int | None:
    s = surface.translate(_DIGIT_MAP)
    if not _DIGITS_ONLY.fullmatch(s):
        return None  # "0¹": other digit-like characters are not numbers here
    if s.isdigit():
        return int(s)
    if "\u066b" in s:  # Arabic decimal separator
        s = s.replace("\u066c", "").replace(",", "").replace("\u066b", ".")
    elif "\u066c" in s or "," in s:
        parts = re.split("[,\u066c]", s)
        if "." in parts[-1]:
            parts[-1], _, frac = parts[-1].partition(".")
        else:
            frac = ""
        if not (1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])) or "." in frac:
            return None
        s = "".join(parts) + ("." + frac if frac else "")
    elif s.count(".") > 1:  # 1.250.000: dots as thousands separators
        parts = s.split(".")
        if not (1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])):
            return None
        s = "".join(parts)
    try:
        value = float(s)
    except ValueError:
        return None
    return int(value) if value.is_integer() and "." not in s else value


# A token's analysis as one exact tuple, in this field order (read as ``info[_F_NORM]``): a tuple of
# strings, numbers and other such tuples is untracked by the garbage collector once it has survived a
# collection, so the tens of thousands of cached tokens cost no collector passes (an object with
# attributes would be traversed by every full collection, about 5% of the extraction time).
_Info = tuple
(_F_NORM, _F_CANDS, _F_ROLES, _F_PLACES, _F_IS_DIGIT, _F_VALUE, _F_LATIN, _F_CAP, _F_PARTS,
 _F_NUMBER_LIKE, _F_DATE_LIKE, _F_GATE, _F_NEXTS) = range(13)  # fmt: skip


def _pack(a: _Analysis) -> _Info:
    return (a.norm, a.cands, a.roles, a.places, a.is_digit, a.value, a.latin, a.cap, a.parts,
            a.number_like, a.date_like, a.gate, a.nexts)  # fmt: skip


# Analysed tokens, in two generations so memory stays bounded (about 400 bytes a token, at most
# 2 x _CACHE_LIMIT tokens, ~50 MB) while frequent tokens survive: when the young generation is full it
# becomes the old one, and old tokens seen again move back. The results never depend on it.
_CACHE: dict[str, _Info] = {}
_OLD: dict[str, _Info] = {}
_CACHE_LIMIT = 60_000


def _info(surface: str) -> _Info:
    global _CACHE, _OLD
    info = _CACHE.get(surface)
    if info is None:
        info = _OLD.get(surface) or _pack(_Analysis(surface))
        if len(_CACHE) >= _CACHE_LIMIT:
            _OLD, _CACHE = _CACHE, {}
        _CACHE[surface] = info
    return info


def _split(text: str) -> list[str]:
    """``_SPLIT.split(text)``: [gap, token, gap, token, ..., tail]."""
    parts = _RUNS.split(text)
    joiners = [m.start() for m in _JOINER.finditer(text)]
    if not joiners:
        return parts
    # The token after each joiner (it starts right after it; the one before ends right at it).
    starts = list(accumulate(map(len, parts)))[0:-1:2]
    joined = [bisect_left(starts, c + 1) for c in joiners]
    n = len(starts)
    edits: list[tuple[int, int, str, str]] = []  # (first token, last token, its end, gap after)
    free = 0  # the first token not yet part of a longer one
    for k in joined:
        a = k - 1  # a token starts at a (tokens are built left to right, as _TOKEN finds them)
        if a < free:
            continue
        # "(?:[A-Z]\.){2,}" first: single capitals each followed by a full stop.
        pairs = 0
        while (
            a + pairs < n
            and _is_capital(parts[2 * (a + pairs) + 1])
            and parts[2 * (a + pairs) + 2][:1] == "."
            and (pairs == 0 or parts[2 * (a + pairs)] == ".")
        ):
            pairs += 1
        if pairs >= 2:
            last = a + pairs - 1
            edits.append((a, last, ".", parts[2 * last + 2][1:]))  # with the full stop after
            free = last + 1
            continue
        # Then a run of word characters, joined to the next run by a separator between two digits
        # or an apostrophe between two letters.
        last = a
        while last + 1 < n and len(parts[2 * last + 2]) == 1:
            joiner, before, after = parts[2 * last + 2], parts[2 * last + 1], parts[2 * last + 3]
            if joiner in _SEPARATORS:
                ok = _DIGIT_CHAR.match(before[-1]) and _DIGIT_CHAR.match(after[0])
            elif joiner in _APOSTROPHE_CHARS:
                ok = _LETTER_CHAR.match(before[-1]) and _LETTER_CHAR.match(after[0])
            else:
                ok = False
            if not ok:
                break
            last += 1
        if last > a:
            edits.append((a, last, "", parts[2 * last + 2]))
            free = last + 1
    for a, last, end, gap in reversed(edits):
        parts[2 * a + 1 : 2 * last + 3] = ["".join(parts[2 * a + 1 : 2 * last + 2]) + end, gap]
    return parts


def _is_capital(token: str) -> bool:
    return len(token) == 1 and "A" <= token <= "Z"


class _Tokens:
    """The text's tokens as parallel lists, with the gaps between them."""

    __slots__ = ("ends", "gaps", "infos", "n", "starts", "text")

    def __init__(self, text: str) -> None:
        # Everything per token here runs in C (findall, map, accumulate, set operations); Python
        # code only runs for tokens never seen before and for the rare mixed tokens.
        self.text = text
        # "_" is a word character to ``re``; in hashtags (#قصف_في_إدلب) it separates words.
        parts = _split(text.replace("_", " ") if "_" in text else text)
        if len(parts) == 1:
            self.gaps, self.starts, self.ends, self.infos, self.n = [], [], [], [], 0
            return
        gaps = parts[0:-1:2]
        surfaces = parts[1::2]
        bounds = list(accumulate(map(len, parts)))
        starts = bounds[0:-1:2]
        ends = bounds[1::2]
        infos = list(map(_CACHE.get, surfaces))
        # A miss? (An _Info is always true; ``None in infos`` would call == on every one.)
        if not all(infos):
            for k in compress(range(len(infos)), map(not_, infos)):  # the misses only
                infos[k] = _info(surfaces[k])
        mixed = list(compress(range(len(infos)), map(_PARTS_OF, infos)))
        if mixed:
            gaps, starts, ends, infos = _split_mixed(gaps, starts, ends, infos, surfaces, mixed)
        self.gaps, self.starts, self.ends, self.infos = gaps, starts, ends, infos
        self.n = len(starts)

    def view(self, start: int, end: int) -> _Tokens | None:
        """The tokens of ``text[start:end]`` as if that slice had been tokenised on its own (offsets
        relative to it), or None when a token crosses either edge. Lets one article be tokenised
        once for all its claims."""
        span = self.span(start, end)
        return None if span is None else self.view_of(start, end, *span)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The token range [i, j) of ``text[start:end]``, or None when a token crosses either edge."""
        i = bisect_left(self.starts, start)
        j = bisect_left(self.starts, end, i)
        if (i > 0 and self.ends[i - 1] > start) or (j > i and self.ends[j - 1] > end):
            return None
        return i, j

    def view_of(self, start: int, end: int, i: int, j: int) -> _Tokens:
        """``view(start, end)`` when ``span(start, end)`` is (i, j)."""
        text = self.text[start:end]
        view = _Tokens.__new__(_Tokens)
        view.text = text
        view.n = j - i
        if j > i:
            first = self.starts[i] - start
            view.gaps = [text[:first].replace("_", " ")] + self.gaps[i + 1 : j]
            view.starts = list(map(sub, self.starts[i:j], repeat(start, j - i)))
            view.ends = list(map(sub, self.ends[i:j], repeat(start, j - i)))
            view.infos = self.infos[i:j]
        else:
            view.gaps, view.starts, view.ends, view.infos = [], [], [], []
        return view

    def joined(self, i: int) -> bool:
        """Token i follows token i-1 within one phrase (only a space or a hyphen between)."""
        if i <= 0 or i >= self.n:
            return False
        gap = self.gaps[i]
        return gap == " " or gap == "" or _SPACE_GAP.fullmatch(gap) is not None

    def gap(self, i: int) -> str:
        return self.gaps[i] if 0 < i < self.n else ""

    def stem(self, i: int) -> str:
        return self.infos[i][_F_NORM] if 0 <= i < self.n else ""

    def stems(self, i: int) -> tuple[str, ...]:
        if not 0 <= i < self.n:
            return ()
        info = self.infos[i]
        cands = info[_F_CANDS]
        if len(cands) == 1:
            return (cands[0][2],)
        return tuple([c[2] for c in cands]) if cands else (info[_F_NORM],)

    def role(self, i: int, role: str) -> tuple[int, int, object] | None:
        if not 0 <= i < self.n:
            return None
        roles = self.infos[i][_F_ROLES]
        return roles.get(role) if roles else None


_PARTS_OF = itemgetter(_F_PARTS)
_PLACES_OF = itemgetter(_F_PLACES)
_DATE_LIKE = itemgetter(_F_DATE_LIKE)
_NUMBER_LIKE = itemgetter(_F_NUMBER_LIKE)
_GATE = itemgetter(_F_GATE)
_NEXTS = itemgetter(_F_NEXTS)


def _split_mixed(
    gaps: list[str],
    starts: list[int],
    ends: list[int],
    infos: list[_Info],
    surfaces: list[str],
    mixed: list[int],
) -> tuple[list[str], list[int], list[int], list[_Info]]:
    """Split tokens like "2014م" or "F16" (at the indices ``mixed``) into digit and letter runs."""
    out_gaps: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    out_infos: list[_Info] = []
    previous = 0
    for k in mixed:
        out_gaps += gaps[previous:k]
        out_starts += starts[previous:k]
        out_ends += ends[previous:k]
        out_infos += infos[previous:k]
        start, surface = starts[k], surfaces[k]
        for n, (a, b) in enumerate(infos[k][_F_PARTS] or ()):
            out_gaps.append(gaps[k] if n == 0 else "")
            out_starts.append(start + a)
            out_ends.append(start + b)
            out_infos.append(_info(surface[a:b]))
        previous = k + 1
    out_gaps += gaps[previous:]
    out_starts += starts[previous:]
    out_ends += ends[previous:]
    out_infos += infos[previous:]
    return out_gaps, out_starts, out_ends, out_infos


# Phrases and place names live in word tries: {word: {word: ..., None: value}}; None marks an end.
_Trie = dict


def _phrases(entries: Iterable[tuple[str, object]], *, reverse: bool = False) -> _Trie:
    root: _Trie = {}
    for phrase, value in entries:
        words = normalize(phrase).split()
        node = root
        for word in reversed(words) if reverse else words:
            node = node.setdefault(word, {})
        node.setdefault(None, value)
    return root


def _stem_cands(info: _Info, prefixed: bool) -> tuple[tuple[int, int, str], ...]:
    if prefixed and info[_F_CANDS]:
        return info[_F_CANDS]
    return ((0, 0, info[_F_NORM]),)


def _phrase_at(
    toks: _Tokens, i: int, trie: _Trie, *, prefixed: bool = False
) -> tuple[int, int, object] | None:
    """The longest phrase starting at token i: (last token, lead, value); with ``prefixed`` its
    first word may carry an attached prefix (lead = surface characters before the phrase)."""
    if i >= toks.n:
        return None
    best = None
    for lead, _trail, stem in _stem_cands(toks.infos[i], prefixed):
        node = trie.get(stem)
        k = i
        while node is not None:
            if None in node and (best is None or k > best[0]):
                best = (k, lead, node[None])
            k += 1
            if k >= toks.n or not toks.joined(k):
                break
            node = node.get(toks.infos[k][_F_NORM])
    return best


def _phrase_before(toks: _Tokens, i: int, rtrie: _Trie) -> tuple[int, object] | None:
    """The longest phrase ending just before token i (a reversed trie); (start offset, value)."""
    best = None
    node: _Trie | None = rtrie
    k = i - 1
    while node and k >= 0 and toks.joined(k + 1):
        for lead, _trail, stem in _stem_cands(toks.infos[k], True):
            child = node.get(stem)
            if child is not None and None in child:
                best = (toks.starts[k] + lead, child[None])
                break
        node = node.get(toks.infos[k][_F_NORM])
        k -= 1
    return best


# --------------------------------------------------------------------------- lexicons

_AR_UNITS = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "إثنين": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
    "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9,
    "عشر": 10, "عشرة": 10, "أحد": 1, "إحدى": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
}  # fmt: skip
_AR_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}  # fmt: skip
_AR_HUNDREDS = {"مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
                "مئتي": 200, "مائتي": 200}  # fmt: skip
_DUAL_SCALES = {"الفان", "الفين", "الفي", "مليونان", "مليونين"}  # folded: two thousand, two million
for _n, _w in (
    (3, "ثلاث"),
    (4, "أربع"),
    (5, "خمس"),
    (6, "ست"),
    (7, "سبع"),
    (8, "ثمان"),
    (9, "تسع"),
):
    _AR_HUNDREDS[_w + "مئة"] = _AR_HUNDREDS[_w + "مائة"] = _n * 100
_AR_SCALES = {
    "ألف": 1000, "ألفا": 1000, "ألفان": 2000, "ألفين": 2000, "ألفي": 2000, "آلاف": 1000,
    "مليون": 10**6, "مليونا": 10**6, "مليونان": 2 * 10**6, "مليونين": 2 * 10**6, "ملايين": 10**6,
    "مليار": 10**9, "مليارا": 10**9, "مليارات": 10**9,
}  # fmt: skip
_EN_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}

# Vague quantities as ranges (low, high).
_VAGUE = {
    "عشرات": (20, 99), "العشرات": (20, 99), "مئات": (200, 999), "المئات": (200, 999),
    "مئآت": (200, 999), "آلاف": (2000, 9999), "الآلاف": (2000, 9999),
    "ملايين": (2 * 10**6, 9_999_999), "الملايين": (2 * 10**6, 9_999_999),
    "بضعة": (3, 9), "بضع": (3, 9), "عدة": (3, 9),
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
    "millions": (2 * 10**6, 9_999_999), "several": (3, 9),
}  # fmt: skip
# "tens of thousands", "عشرات الآلاف": the vague word times a plural scale.
_CURRENCY_BEFORE = {"$": "USD", "£": "GBP", "€": "EUR", "dollars": "USD", "pounds": "GBP",
                    "euros": "EUR"}  # fmt: skip
_TIME_WORDS = {normalize(w) for w in ("am", "pm", "gmt", "utc", "صباحا", "مساء", "مساءا", "ظهرا",
                                       "فجرا", "بتوقيت")}  # fmt: skip
_ID_WORDS = {normalize(w) for w in (
    "الفرقة", "اللواء", "الفوج", "الكتيبة", "القرار", "رقم", "المادة", "البند", "الفقرة", "division",
    "brigade", "resolution", "article", "no", "number", "flight", "route", "highway", "طريق",
)}  # fmt: skip
_VERB_PARTICLES = {normalize(w) for w in ("لم", "لن", "قد", "لا", "ولم", "ولن", "سوف", "فلم")}
_AR_UNIT_STEMS = {normalize(w): v for w, v in _AR_UNITS.items() if v < 10}
_SUFFIX_SCALES = {
    "bn": 10**9,
    "m": 10**6,
    "mn": 10**6,
    "k": 1000,
    "million": 10**6,
    "billion": 10**9,
}
_FRACTIONS = {"ربع": 0.25, "نصف": 0.5, "ثلث": 1 / 3, "half": 0.5, "quarter": 0.25}
_SEVERAL_SCALE = {"مئات": 100, "ميات": 100, "الاف": 1000, "hundred": 100, "hundreds": 100,
                  "thousand": 1000, "thousands": 1000, "million": 10**6, "ملايين": 10**6}  # fmt: skip
_VAGUE_SCALE = {"الاف": 1000, "الالاف": 1000, "thousands": 1000, "ملايين": 10**6, "millions": 10**6}

# Approximation phrases before a number: how they bound it.
_APPROX_BEFORE = _phrases(reverse=True, entries=
    [(p, "about") for p in (
        "حوالي", "حوالى", "نحو", "قرابة", "زهاء", "ما يقارب", "يقارب", "ما يقرب من", "يقرب من",
        "تقريبا", "قرابه", "around", "about", "approximately", "roughly", "some", "an estimated",
        "estimated", "circa", "around some",
    )]
    + [(p, "nearly") for p in ("nearly", "almost", "close to", "just under", "قرابة ال")]
    + [(p, "atleast") for p in (
        "ما لا يقل عن", "لا يقل عن", "لا تقل عن", "ما لا تقل عن", "على الأقل", "at least",
        "no fewer than", "no less than", "a minimum of",
    )]
    + [(p, "more") for p in (
        "أكثر من", "ما يزيد عن", "ما يزيد على", "يزيد عن", "يزيد على", "أزيد من", "ما يربو على",
        "يربو على", "ما يفوق", "يفوق", "ما ينوف عن", "ما ينيف على", "more than", "over", "upwards of",
        "in excess of", "greater than",
    )]
    + [(p, "less") for p in ("أقل من", "ما دون", "less than", "fewer than", "under", "below")]
    + [(p, "upto") for p in ("ما يصل إلى", "up to", "as many as", "as much as")]
)  # fmt: skip
_APPROX_AFTER = _phrases(
    [(p, "about") for p in ("تقريبا", "أو نحو ذلك", "or so", "approximately", "roughly")]
    + [(p, "atleast") for p in ("على الأقل", "at least", "or more", "أو أكثر")]
)
_PERCENT_AFTER = _phrases(
    [
        (p, "%")
        for p in ("في المئة", "في المائة", "بالمئة", "بالمائة", "percent", "per cent", "%", "٪")
    ]
)
_MAX_PHRASE = 4

# Counted nouns -> a canonical unit, so "250 مقاتلاً" and "250 fighters" compare.
_UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "killed": ("قتيل", "قتيلا", "قتيلان", "قتيلين", "قتلى", "killed", "dead", "deaths", "fatalities"),
    "martyrs": ("شهيد", "شهيدا", "شهداء", "martyrs"),
    "fighters": ("مقاتل", "مقاتلا", "مقاتلين", "مقاتلون", "مقاتلي", "fighters", "combatants"),
    "militants": ("مسلح", "مسلحا", "مسلحين", "مسلحون", "militants", "gunmen", "jihadists", "rebels"),
    "civilians": ("مدني", "مدنيا", "مدنيين", "مدنيون", "civilians"),
    "injured": ("جريح", "جريحا", "جرحى", "مصاب", "مصابا", "مصابين", "مصابون", "إصابة", "إصابات",
                "injured", "wounded", "injuries"),
    "people": ("شخص", "شخصا", "أشخاص", "شخصين", "نسمة", "مواطن", "مواطنا", "مواطنين", "people",
               "persons", "residents", "citizens"),
    "children": ("طفل", "طفلا", "أطفال", "children", "kids"),
    "women": ("امرأة", "نساء", "سيدة", "سيدات", "women"),
    "soldiers": ("جندي", "جنديا", "جنود", "soldiers", "troops", "servicemen"),
    "members": ("عنصر", "عنصرا", "عناصر", "أفراد", "فرد", "فردا", "members", "personnel"),
    "refugees": ("لاجئ", "لاجئا", "لاجئين", "لاجئون", "refugees"),
    "displaced": ("نازح", "نازحا", "نازحين", "نازحون", "مهجر", "مهجرين", "displaced"),
    "detainees": ("معتقل", "معتقلا", "معتقلين", "معتقلون", "أسير", "أسرى", "سجين", "سجناء",
                  "detainees", "prisoners", "hostages"),
    "victims": ("ضحية", "ضحايا", "victims", "casualties"),
    "families": ("عائلة", "عائلات", "أسرة", "أسر", "families"),
    "airstrikes": ("غارة", "غارات", "ضربة", "ضربات", "airstrikes", "strikes", "raids"),
    "rockets": ("صاروخ", "صاروخا", "صواريخ", "قذيفة", "قذائف", "rockets", "missiles", "shells"),
    "barrels": ("برميل", "براميل", "برميلا", "barrels"),
    "houses": ("منزل", "منزلا", "منازل", "بيت", "بيوت", "houses", "homes"),
    "villages": ("قرية", "قرى", "بلدة", "بلدات", "villages", "towns"),
    "days": ("يوم", "يوما", "أيام", "days"),
    "hours": ("ساعة", "ساعات", "hours"),
    "weeks": ("أسبوع", "أسبوعا", "أسابيع", "weeks"),
    "months": ("شهر", "شهرا", "أشهر", "شهور", "months"),
    "years": ("عام", "عاما", "أعوام", "سنة", "سنوات", "سنين", "years"),
    "km": ("كيلومتر", "كيلومترا", "كيلومترات", "كم", "km", "kilometres", "kilometers"),
    "metres": ("متر", "مترا", "أمتار", "metres", "meters"),
    "USD": ("دولار", "دولارا", "دولارات", "dollars"),
    "SYP": ("ليرة", "ليرات",),
    "SAR": ("ريال", "ريالا", "ريالات", "riyals"),
    "EGP": ("جنيه", "جنيها", "جنيهات", "pounds"),
    "tonnes": ("طن", "طنا", "أطنان", "tonnes", "tons"),
    "vehicles": ("آلية", "آليات", "سيارة", "سيارات", "مركبة", "مركبات", "vehicles"),
}  # fmt: skip


def _fold_table(words: dict[str, object], *, with_al: bool = False) -> dict[str, object]:
    out: dict[str, object] = {}
    for word, value in words.items():
        key = normalize(word)
        out.setdefault(key, value)
        if with_al and not key.isascii() and not key.startswith("ال"):
            out.setdefault("ال" + key, value)
    return out


_UNITS = _fold_table({w: unit for unit, words in _UNIT_WORDS.items() for w in words}, with_al=True)

_AR_WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
                "السبت": 5, "الأحد": 6}  # fmt: skip
_EN_WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
_MONTH_NAMES = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أيلول": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "شباط": 2, "آذار": 3, "نيسان": 4,
    "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Levantine two-word months: كانون الثاني (January) ... and the ordinals that follow them.
_MONTH_PAIRS = {("كانون", "الثاني"): 1, ("كانون", "الاول"): 12, ("تشرين", "الاول"): 10,
                ("تشرين", "الثاني"): 11}  # fmt: skip
# Month names that are also common words: only with a day, a year or "شهر"/"in" before them.
_WEAK_MONTHS = {
    normalize(w)
    for w in (
        "آب",
        "مارس",
        "may",
        "march",
        "jan",
        "mar",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "oct",
        "nov",
        "dec",
        "feb",
        "apr",
    )
}
_AR_ORDINALS = {
    "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي": 1, "العشرين": 20, "الثلاثين": 30,
}  # fmt: skip
_EN_ORDINAL_SUFFIX = {"st", "nd", "rd", "th"}
_YEAR_WORDS = {
    normalize(w) for w in ("عام", "العام", "سنة", "السنة", "لعام", "لسنة", "بعام", "وعام")
}
_YEAR_TRIGGERS = _YEAR_WORDS | {normalize(w) for w in (
    "في", "فى", "حتى", "قبل", "بعد", "منذ", "خلال", "مطلع", "أواخر", "أوائل", "منتصف", "نهاية",
    "بداية", "حرب", "انتخابات", "دستور", "ثورة", "موازنة", "ميزانية", "year",
    "in", "since", "year", "until", "by", "during", "of", "early", "late", "mid", "from", "before",
    "after", "between", "to", "and",
)}  # fmt: skip
_MONTH_TRIGGERS = _YEAR_TRIGGERS | {normalize(w) for w in (
    "شهر", "في", "منذ", "مطلع", "أواخر", "أوائل", "منتصف", "نهاية", "بداية", "حتى", "قبل", "بعد",
    "last", "next", "this", "on", "through",
)}  # fmt: skip
_RELATIVE = _phrases(
    [(p, ("day", -1)) for p in ("أمس", "الأمس", "البارحة", "yesterday")]
    + [(p, ("day", -1)) for p in ("الليلة الماضية", "last night")]
    + [(p, ("day", -2)) for p in ("أول أمس", "أول من أمس", "the day before yesterday")]
    + [(p, ("day", -2)) for p in ("الليلة قبل الماضية", "ليلة أول أمس")]
    + [(p, ("day", 0)) for p in ("اليوم", "today", "tonight", "this morning", "الليلة")]
    + [(p, ("day", 1)) for p in ("غدا", "tomorrow")]
    + [(p, ("week", -1)) for p in ("الأسبوع الماضي", "الأسبوع المنصرم", "الأسبوع الفائت", "last week")]
    + [(p, ("week", 0)) for p in ("هذا الأسبوع", "الأسبوع الجاري", "الأسبوع الحالي", "this week")]
    + [(p, ("month", -1)) for p in ("الشهر الماضي", "الشهر المنصرم", "الشهر الفائت", "last month")]
    + [(p, ("month", 0)) for p in ("هذا الشهر", "الشهر الجاري", "الشهر الحالي", "this month")]
    + [(p, ("year", -1)) for p in ("العام الماضي", "السنة الماضية", "العام المنصرم", "last year")]
    + [(p, ("year", 0)) for p in ("هذا العام", "العام الجاري", "العام الحالي", "هذه السنة",
                                  "this year")]
)  # fmt: skip
_RELATIVE_FIRST = set(_RELATIVE)
_PAIR_FIRST = {key[0] for key in _MONTH_PAIRS}
_DATE_FIRST = _RELATIVE_FIRST | _PAIR_FIRST
# "اليوم" followed by these is "the day" (اليوم التالي, اليوم الوطني), or a newspaper's name.
_NOT_TODAY_AFTER = {normalize(w) for w in (
    "التالي", "الوطني", "العالمي", "الدولي", "الذي", "الأول", "الثاني", "الثالث", "الأخير", "السابع",
    "نفسه", "ذاته", "الموعود",
)}  # fmt: skip
_NOT_TODAY_BEFORE = {
    normalize(w) for w in ("المصري", "أخبار", "روسيا", "ذلك", "هذا", "نفس", "ذات", "طيلة", "نصف")
}
_PAST = {normalize(w) for w in ("الماضي", "الماضية", "المنصرم", "الفائت", "السابق", "last")}
_NEXT = {normalize(w) for w in ("المقبل", "القادم", "المقبلة", "next")}
_CURRENT = {normalize(w) for w in ("الحالي", "الجاري", "الحالية", "الجارية")}
# "النصف الثاني من مارس" is the second half of March, not its second day.
_NOT_DAY_BEFORE = {normalize(w) for w in (
    "النصف", "الربع", "الثلث", "الأسبوع", "العقد", "الجزء", "القسم", "الأسبوعين", "الشهر", "الفصل",
)}  # fmt: skip

_PREFIXABLE = {"ar_num", "vague", "unit", "weekday", "month", "approx"}


def _build_roles() -> tuple[tuple[str, dict[str, object]], ...]:
    ar_num: dict[str, object] = {}
    for table, kind in ((_AR_UNITS, "unit"), (_AR_TENS, "ten"), (_AR_HUNDREDS, "hundred"),
                        (_AR_SCALES, "scale")):  # fmt: skip
        for word, value in _fold_table(table).items():
            ar_num.setdefault(word, (kind, value))
    en_num: dict[str, object] = {}
    for table, kind in ((_EN_UNITS, "unit"), (_EN_TENS, "ten"), (_EN_SCALES, "scale")):
        for word, value in table.items():
            en_num[word] = (kind, value)
    return (
        ("ar_num", ar_num),
        ("en_num", en_num),
        ("vague", _fold_table(_VAGUE)),
        ("unit", _UNITS),
        ("weekday", _fold_table(_AR_WEEKDAYS) | _EN_WEEKDAYS),
        ("month", _fold_table(_MONTH_NAMES)),
        ("ordinal", _fold_table(_AR_ORDINALS)),
    )


_ROLE_TABLES: tuple[tuple[str, dict[str, object]], ...] = _build_roles()
# stem -> ((role, value), ...) in _ROLE_TABLES order: one look-up per stem instead of one per table.
_ROLE_INDEX: dict[str, tuple[tuple[str, object], ...]] = {}
for _role, _table in _ROLE_TABLES:
    for _stem, _value in _table.items():
        _ROLE_INDEX[_stem] = (*_ROLE_INDEX.get(_stem, ()), (_role, _value))


# --------------------------------------------------------------------------- gazetteer


class _Place:
    __slots__ = ("country", "governorate", "kind", "name", "name_ar")

    def __init__(self, name: str, name_ar: str, kind: str, country: str, governorate: str) -> None:
        self.name, self.name_ar, self.kind = name, name_ar, kind
        self.country, self.governorate = country, governorate


# A word trie of folded names; at a name's end (key None): [(place, ambiguity 0/1/2, capitals,
# exact case)], several when one spelling names several places.
_PlaceEnd = tuple[_Place, int, tuple[bool, ...], tuple[str, ...] | None]
_PLACE_TRIE: _Trie = {}
_GAZETTEER_PATH = Path(__file__).with_name("data") / "gazetteer.tsv"
_DIRECTIONS = {
    normalize(k): v
    for k, v in {
        "الشمالي": "northern", "الجنوبي": "southern", "الشرقي": "eastern", "الغربي": "western",
        "الأوسط": "central", "الشمالي الغربي": "northwestern", "الشمالي الشرقي": "northeastern",
        "الجنوبي الغربي": "southwestern", "الجنوبي الشرقي": "southeastern",
    }.items()
}  # fmt: skip
_EN_DIRECTIONS = {
    d: d
    for d in (
        "northern",
        "southern",
        "eastern",
        "western",
        "northwestern",
        "northeastern",
        "southwestern",
        "southeastern",
        "central",
    )
}
_EN_DIRECTIONS |= {"north": "northern", "south": "southern", "east": "eastern", "west": "western"}


def _add_name(written: str, place: _Place) -> None:
    amb = 0
    while written.startswith("?"):
        written, amb = written[1:], amb + 1
    latin = bool(_LATIN.match(written))
    words = [w for w in re.split(r"[\s\-]+", written.replace(".", "") if latin else written) if w]
    folded = tuple(normalize(_APOSTROPHES.sub("", w)) for w in words)
    folded = tuple(f for f in folded if f)
    if not folded:
        return
    caps = tuple(w[:1].isupper() for w in words) if latin else ()
    exact = tuple(words) if latin and all(w.isupper() for w in words) else None
    node = _PLACE_TRIE
    for word in folded:
        node = node.setdefault(word, {})
    ends: list[_PlaceEnd] = node.setdefault(None, [])
    for n, (known, known_amb, known_caps, known_exact) in enumerate(ends):
        if known is place:  # the same name twice: keep the more permissive reading
            if known_caps and caps:
                known_caps = tuple(a and b for a, b in zip(known_caps, caps, strict=True))
            ends[n] = (place, min(known_amb, amb, 2), known_caps, known_exact and exact)
            return
    ends.append((place, min(amb, 2), caps, exact))


def _load_gazetteer(path: Path = _GAZETTEER_PATH) -> int:
    count = 0
    syrian: list[_Place] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, country, governorate, en, ar = (line.split("\t") + [""] * 5)[:5]
        en_names, ar_names = en.split("|"), ar.split("|")
        place = _Place(en_names[0].lstrip("?"), ar_names[0].lstrip("?"), kind, country, governorate)
        for written in (*en_names, *ar_names):
            if written:
                _add_name(written, place)
        count += 1
        if country == "Syria" and kind in {"governorate", "district", "town", "capital"}:
            syrian.append(place)
    # "ريف إدلب" / "Idlib countryside": the countryside of every Syrian governorate and town.
    for place in syrian:
        if place.name in {"Rif Dimashq", "Damascus"}:
            continue  # ريف دمشق is the governorate Rif Dimashq
        region = _Place(f"{place.name} countryside", f"ريف {place.name_ar}", "region", "Syria",
                        place.governorate)  # fmt: skip
        _add_name(f"ريف {place.name_ar}", region)
        _add_name(f"{place.name} countryside", region)
        _add_name(f"rural {place.name}", region)
        _add_name(f"countryside of {place.name}", region)
    return count


GAZETTEER_SIZE = _load_gazetteer()
# stem -> (its roles, its place-trie node, whether a relative date or a two-word month starts with
# it), for every stem in any of those tables.
_LEXICON: dict[str, tuple[tuple[tuple[str, object], ...], _Trie | None, bool]] = {
    stem: (_ROLE_INDEX.get(stem, ()), _PLACE_TRIE.get(stem), stem in _DATE_FIRST)
    for stem in (*_ROLE_INDEX, *(k for k in _PLACE_TRIE if k is not None), *_DATE_FIRST)
}
_OMAN = _PLACE_TRIE["oman"][None][0][0]
_AMMAN = _PLACE_TRIE["amman"][None][0][0]
_MIDDLE_EAST = _PLACE_TRIE["middle"]["east"][None][0][0]
_PRESS_WORDS = {normalize(w) for w in ("صحيفة", "جريدة", "لصحيفة", "بصحيفة", "وصحيفة", "newspaper")}


def _newspaper(toks: _Tokens, i: int, start: int) -> bool:
    quoted = toks.text[start - 1 : start] in {"«", '"', "“"} if start else False
    return quoted or bool(i and set(toks.stems(i - 1)) & _PRESS_WORDS)


_PLACE_WORDS = {normalize(w) for w in (
    "مدينة", "المدينة", "بلدة", "البلدة", "قرية", "القرية", "منطقة", "حي", "ريف", "محافظة",
    "مخيم", "مطار", "بلدتي", "قريتي", "مدينتي", "محافظتي", "ناحية", "معبر", "جبل", "سهل", "وادي",
    "أطراف", "ضواحي", "محيط", "مدن", "بلدات", "قرى", "مناطق", "أحياء", "عاصمة", "العاصمة",
    "town", "city", "village", "province", "governorate", "district", "neighbourhood",
    "neighborhood", "camp", "region", "area", "suburb", "suburbs", "outskirts",
)}  # fmt: skip
_PLACE_PREPS = _PLACE_WORDS | {normalize(w) for w in (
    "في", "من", "إلى", "الى", "عن", "على", "قرب", "بالقرب", "نحو", "باتجاه", "داخل", "حتى",
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "بين",
    "in", "near", "from", "to", "into", "at", "outside", "inside", "across", "towards", "toward",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "rural", "between", "via", "around",
)}  # fmt: skip
_CITY_WORDS = {normalize(w) for w in ("مدينة", "المدينة", "مدينتي", "city")}
_PROVINCE_WORDS = {normalize(w) for w in ("محافظة", "محافظتي", "province", "governorate")}


# --------------------------------------------------------------------------- places


def _scan_places(toks: _Tokens) -> list[PlaceMention]:
    found: list[tuple[int, int, int, int, _Place, int]] = []  # (i, j, start, end, place, amb)
    infos = toks.infos
    after = 0
    n = toks.n
    for i in compress(range(n), map(_PLACES_OF, infos)):  # the gate runs in C
        if i < after:
            continue
        info = infos[i]
        nexts = info[_F_NEXTS]
        if nexts is not None and (i + 1 >= n or infos[i + 1][_F_NORM] not in nexts):
            continue
        best = None
        for lead, trail, node in info[_F_PLACES]:
            j = i
            while node is not None:
                ends = node.get(None)
                if ends is not None and (best is None or j > best[1]):
                    for place, amb, caps, exact in ends:
                        if not caps or _caps_ok(toks, i, caps, exact):
                            end = toks.ends[j] - (trail if j == i else _trail(toks, j))
                            best = (i, j, toks.starts[i] + lead, end, place, amb)
                            break
                j += 1
                if j >= toks.n or not toks.joined(j):
                    break
                node = node.get(infos[j][_F_NORM])
        if best is None:
            continue
        found.append(best)
        after = best[1] + 1
    out: list[PlaceMention] = []
    # "عمان" is Oman (عُمان) or Amman (عَمّان): Amman when the text is about Jordan.
    jordan = bool(found) and any(f[4].country == "Jordan" for f in found)
    for n, (i, j, start, end, place, amb) in enumerate(found):
        if place.kind == "block":
            continue
        if amb and not _place_context(toks, found, n, amb):
            continue
        if place is _MIDDLE_EAST and _newspaper(toks, i, start):
            continue  # «الشرق الأوسط» is also a newspaper (Asharq Al-Awsat)
        kind, name = place.kind, place.name
        if jordan and place is _OMAN and normalize(toks.text[start:end]) == "عمان":
            place = _AMMAN
            kind, name = place.kind, place.name
        before = _before_stems(toks, i, start)
        after = toks.stem(j + 1) if j + 1 < toks.n and toks.joined(j + 1) else ""
        if kind == "governorate" and (before & _CITY_WORDS or after == "city"):
            kind = "town"  # "مدينة إدلب", "Idlib city"
        elif kind in {"town", "district"} and before & _PROVINCE_WORDS and place.country != "Syria":
            kind = "governorate"
        if kind == "region" and name.endswith(" countryside"):
            start, end, name = _countryside_direction(toks, i, j, start, end, name)
        out.append(PlaceMention(text=toks.text[start:end], name=name, kind=kind,
                                country=place.country, start=start, end=end,
                                governorate=place.governorate))  # fmt: skip
    return out


def _trail(toks: _Tokens, j: int) -> int:
    return toks.infos[j][_F_CANDS][0][1] if toks.infos[j][_F_CANDS] else 0


def _caps_ok(toks: _Tokens, i: int, caps: tuple[bool, ...], exact: tuple[str, ...] | None) -> bool:
    text = toks.text
    for k, must in enumerate(caps):
        surface = text[toks.starts[i + k] : toks.ends[i + k]]
        if exact is not None and surface.replace(".", "") != exact[k]:
            return False
        if must and not toks.infos[i + k][_F_CAP]:
            return False
    return True


def _before_stems(toks: _Tokens, i: int, start: int) -> set[str]:
    """The word just before the mention, plus the attached prefix of its first token."""
    stems: set[str] = set()
    if start > toks.starts[i]:
        prefix = normalize(toks.text[toks.starts[i] : start])
        stems.add("prefix:" + prefix)
    if i > 0 and _SEPARATOR_FREE.fullmatch(toks.text, toks.ends[i - 1], toks.starts[i]):
        stems.update(toks.stems(i - 1))
    return stems


_SEPARATOR_FREE = re.compile(r"[\s\u00a0]*|[\s]*[\(\"«“][\s]*")


def _place_context(
    toks: _Tokens, found: list[tuple[int, int, int, int, _Place, int]], n: int, amb: int
) -> bool:
    i, j, start = found[n][0], found[n][1], found[n][2]
    before = _before_stems(toks, i, start)
    words = _PLACE_WORDS if amb >= 2 else _PLACE_PREPS
    if before & words:
        return True
    if amb == 1 and before & {"prefix:ب", "prefix:ل", "prefix:وب", "prefix:ول", "prefix:فب"}:
        return True
    # Coordinated with an unambiguous place: "حلب (شمال) وحماة", "Nubl and Zahraa", "X وY".
    coordinated = before & {"prefix:و", "و", "and"} or toks.gap(i).strip() in {",", "،"}
    if (
        coordinated
        and n > 0
        and found[n - 1][5] == 0
        and found[n - 1][4].kind != "block"
        and i - found[n - 1][1] <= 3
    ):
        return True
    if n + 1 < len(found) and found[n + 1][5] == 0 and found[n + 1][4].kind != "block":
        k = found[n + 1][0]
        after = _before_stems(toks, k, found[n + 1][2])
        if k - j == 1 and (after & {"prefix:و", "and"} or toks.gap(k).strip() in {",", "،"}):
            return True
        if k - j == 2 and toks.stem(j + 1) in {"و", "and"} and toks.joined(k):
            return True
    return False


def _countryside_direction(
    toks: _Tokens, i: int, j: int, start: int, end: int, name: str
) -> tuple[int, int, str]:
    """ "ريف إدلب الجنوبي", "southern Idlib countryside": the direction joins the mention."""
    for length in (2, 1):
        k = j + length
        if k < toks.n and all(toks.joined(m) for m in range(j + 1, k + 1)):
            direction = _DIRECTIONS.get(" ".join(toks.stem(m) for m in range(j + 1, k + 1)))
            if direction:
                return start, toks.ends[k], f"{direction} {name}"
    if i > 0 and toks.infos[i][_F_LATIN] and toks.joined(i) and toks.stem(i - 1) in _EN_DIRECTIONS:
        return toks.starts[i - 1], end, f"{_EN_DIRECTIONS[toks.stem(i - 1)]} {name}"
    return start, end, name


# --------------------------------------------------------------------------- dates


def _as_date(published: datetime.date | datetime.datetime | None) -> datetime.date | None:
    if isinstance(published, datetime.datetime):
        return published.date()
    if isinstance(published, datetime.date):
        return published
    return None


def _month_at(toks: _Tokens, i: int) -> tuple[int, int, int, bool] | None:
    """A month name at token i: (month, last token, lead, weak), with "شباط/فبراير" pairs."""
    month = None
    last = i
    lead = 0
    for n, (cand_lead, _trail, stem) in enumerate(toks.infos[i][_F_CANDS] if i < toks.n else ()):
        if i + 1 < toks.n and toks.joined(i + 1) and (stem, toks.stem(i + 1)) in _MONTH_PAIRS:
            month, last, lead = _MONTH_PAIRS[(stem, toks.stem(i + 1))], i + 1, cand_lead
            break
        if n == 0 or not toks.infos[i][_F_LATIN]:
            role = toks.role(i, "month")
            if role is not None:
                month, lead = int(role[2]), role[0]  # type: ignore[call-overload]
                break
    if month is None:
        return None
    matched = [c[2] for c in toks.infos[i][_F_CANDS] if c[0] == lead]
    weak = bool(matched) and matched[0] in _WEAK_MONTHS
    if toks.infos[i][_F_LATIN] and not toks.infos[i][_F_CAP]:
        return None
    # "شباط/فبراير", "آب (أغسطس)": a second name for the same month joins the mention.
    k = last + 1
    if k < toks.n and toks.gap(k).strip() in {"/", "(", "-", "،", ""}:
        second = _month_at_simple(toks, k)
        if second is not None and second[0] == month:
            last = second[1]
            weak = False
            if last + 1 < toks.n and toks.gap(last + 1).strip() == ")":
                pass
    return month, last, lead, weak


def _month_at_simple(toks: _Tokens, i: int) -> tuple[int, int] | None:
    if i + 1 < toks.n and toks.joined(i + 1) and (toks.stem(i), toks.stem(i + 1)) in _MONTH_PAIRS:
        return _MONTH_PAIRS[(toks.stem(i), toks.stem(i + 1))], i + 1
    role = toks.role(i, "month")
    if role is not None and role[0] == 0:
        return int(role[2]), i  # type: ignore[call-overload]
    return None


def _year_at(toks: _Tokens, i: int) -> int | None:
    if i >= toks.n:
        return None
    info = toks.infos[i]
    if (
        info[_F_IS_DIGIT]
        and isinstance(info[_F_VALUE], int)
        and 1900 <= info[_F_VALUE] <= 2100
        and toks.ends[i] - toks.starts[i] == 4
    ):
        return info[_F_VALUE]
    return None


def _day_at(toks: _Tokens, i: int) -> tuple[int, int] | None:
    """A day of the month at token i: digits 1-31 (and "9th"), or an Arabic ordinal; (day, last)."""
    if i >= toks.n:
        return None
    info = toks.infos[i]
    if info[_F_IS_DIGIT]:
        if (
            isinstance(info[_F_VALUE], int)
            and 1 <= info[_F_VALUE] <= 31
            and len(info[_F_NORM]) <= 2
        ):
            last = i
            if (
                i + 1 < toks.n
                and toks.starts[i + 1] == toks.ends[i]
                and toks.stem(i + 1) in _EN_ORDINAL_SUFFIX
            ):
                last = i + 1
            return info[_F_VALUE], last
        return None
    role = toks.role(i, "ordinal")
    if role is None or role[0] != 0:
        return None
    if i > 0 and toks.joined(i) and toks.stem(i - 1) in _NOT_DAY_BEFORE:
        return None
    day = int(role[2])  # type: ignore[call-overload]
    last = i
    # الحادي عشر / الثاني عشر ... / الحادي والعشرين / الثلاثين
    if i + 1 < toks.n and toks.joined(i + 1):
        nxt = toks.stem(i + 1)
        if nxt in {"عشر"} and day < 10:
            return day + 10, i + 1
        if nxt in {"والعشرين", "والثلاثين"} and day < 10:
            return day + (20 if "عشر" in nxt else 30), i + 1
    if day in (20, 30):
        return day, last
    if day > 10:
        return None
    return day, last


_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def _numeric_date(toks: _Tokens, i: int) -> str | None:
    sep = toks.gap(i + 1)
    if sep not in {"-", "/", "."} or toks.gap(i + 2) != sep:
        return None
    parts = [toks.infos[k][_F_VALUE] for k in (i, i + 1, i + 2)]
    lengths = [toks.ends[k] - toks.starts[k] for k in (i, i + 1, i + 2)]
    if not all(isinstance(p, int) for p in parts) or not all(
        toks.infos[k][_F_IS_DIGIT] for k in (i, i + 1, i + 2)
    ):
        return None
    if lengths[0] == 4 and lengths[1] <= 2 and lengths[2] <= 2:
        year, month, day = parts
    elif lengths[2] == 4 and lengths[0] <= 2 and lengths[1] <= 2:
        day, month, year = parts
    else:
        return None
    try:
        return datetime.date(year, month, day).isoformat()  # type: ignore[arg-type]
    except (ValueError, TypeError):
        return None


def _resolve_day_month(
    day: int, month: int, year: int | None, pub: datetime.date | None, modifier: str = ""
) -> str | None:
    """Without a year: the latest such day on or before publication ("المقبل": the next one)."""
    try:
        if year is not None:
            return datetime.date(year, month, day).isoformat()
        if pub is None:
            return None
        candidate = datetime.date(pub.year, month, day)
        if modifier == "next" and candidate < pub:
            candidate = datetime.date(pub.year + 1, month, day)
        elif modifier not in {"next", "current"} and candidate > pub:
            candidate = datetime.date(pub.year - 1, month, day)
        return candidate.isoformat()
    except ValueError:
        return None


def _modifier_loose(toks: _Tokens, last: int) -> tuple[str, int]:
    """ "المقبل" / "الماضي" / "الحالي" after a date, also past a closing ")": (modifier, last)."""
    k = last + 1
    if k < toks.n and toks.gap(k).strip() in {"", ")"} and "\n" not in toks.gap(k):
        stem = toks.stem(k)
        if stem in _PAST:
            return "past", k
        if stem in _NEXT:
            return "next", k
        if stem in _CURRENT:
            return "current", k
    return "", last


def _scan_dates(toks: _Tokens, pub: datetime.date | None) -> tuple[list[DateMention], set[int]]:
    out: list[DateMention] = []
    used: set[int] = set()
    infos = toks.infos
    after = 0
    n = toks.n
    for i in compress(range(n), map(_DATE_LIKE, infos)):
        if i < after:
            continue
        nexts = infos[i][_F_NEXTS]
        if nexts is not None and (i + 1 >= n or infos[i + 1][_F_NORM] not in nexts):
            continue
        found = _date_at(toks, i, pub)
        if found is None:
            continue
        first, last, start, date_str, granularity = found
        end = toks.ends[last]
        text = toks.text
        if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
            end += 1  # "كانون الثاني (يناير)": keep the brackets balanced
        out.append(DateMention(text=toks.text[start:end], date=date_str, granularity=granularity,
                               start=start, end=end))  # fmt: skip
        used.update(range(first, last + 1))
        after = last + 1
    return out, used


def _date_at(
    toks: _Tokens, i: int, pub: datetime.date | None
) -> tuple[int, int, int, str | None, str] | None:
    info = toks.infos[i]
    start = toks.starts[i]
    # 0. Numeric dates: "15-07-2016", "15/7/2016", "2016-07-15" (day first unless ISO).
    if info[_F_IS_DIGIT] and i + 2 < toks.n:
        numeric = _numeric_date(toks, i)
        if numeric is not None:
            return i, i + 2, start, numeric, "day"
    if info[_F_IS_DIGIT] and info[_F_VALUE] is None:  # "10.10.2017" is one token
        dotted = _DOTTED_DATE.fullmatch(info[_F_NORM])
        if dotted is not None:
            day_, month_, year_ = (int(x) for x in dotted.groups())
            try:
                return i, i, start, datetime.date(year_, month_, day_).isoformat(), "day"
            except ValueError:
                return None
    # 1. A day then a month: "9 شباط", "9 February 2018", "التاسع من فبراير", "9th of February".
    day = _day_at(toks, i)
    if day is not None:
        k = day[1] + 1
        if k < toks.n and toks.stem(k) in {"من", "of"} and toks.joined(k):
            k += 1
        if k < toks.n and toks.stem(k) in {"شهر"} and toks.joined(k):
            k += 1
        month = _month_at(toks, k) if k < toks.n and toks.joined(k) else None
        if month is not None and month[2] == 0:
            last = month[1]
            year, last = _year_after(toks, last)
            modifier = ""
            if year is None:
                modifier, last = _modifier_loose(toks, last)
            if year is None and not modifier:
                # "23 يناير من العام الماضي": the year comes as a relative phrase.
                k = last + 1
                if k + 1 < toks.n and toks.stem(k) in {"من", "of"} and toks.joined(k):
                    rel = _phrase_at(toks, k + 1, _RELATIVE)
                    if rel is not None and rel[2][0] == "year" and pub is not None:  # type: ignore[index]
                        year, last = pub.year + rel[2][1], rel[0]  # type: ignore[index]
            if year is None and not modifier and _future(toks, i):
                modifier = "next"
            date_str = _resolve_day_month(day[0], month[0], year, pub, modifier)
            return i, last, start, date_str, "day"
    # 2. A month then a day (English) or a year: "February 9, 2018", "February 2018", "فبراير 2018".
    month = (
        _month_at(toks, i)
        if info[_F_ROLES] and "month" in info[_F_ROLES] or _pair_start(toks, i)
        else None
    )
    if month is not None:
        mon, last, lead, weak = month
        start += lead
        k = last + 1
        if (
            k < toks.n
            and (toks.joined(k) or (info[_F_LATIN] and toks.gap(k) in {". ", "."}))
            and toks.infos[k][_F_IS_DIGIT]
        ):
            d = _day_at(toks, k)
            if d is not None and _year_at(toks, k) is None:
                year, end_tok = _year_after(toks, d[1])
                return i, end_tok, start, _resolve_day_month(d[0], mon, year, pub), "day"
        year, end_tok = _year_after(toks, last)
        if year is not None:
            return i, end_tok, start, f"{year:04d}-{mon:02d}", "month"
        before = set(toks.stems(i - 1)) if i > 0 and toks.joined(i) else set()
        prefix = toks.infos[i][_F_NORM][:1] if lead else ""
        # "مارس" is also "practised", "May" a modal verb: alone they need "in"/"شهر"/"في" before.
        if not weak or (before & _MONTH_TRIGGERS and not prefix):
            modifier, end_tok = _modifier_loose(toks, last)
            return i, end_tok, start, _resolve_month(mon, pub, modifier), "month"
    # 3. A weekday: "الثلاثاء", "يوم الثلاثاء الماضي", "last Tuesday".
    weekday = toks.role(i, "weekday")
    if weekday is not None and (not info[_F_LATIN] or info[_F_CAP]):
        wd = int(weekday[2])  # type: ignore[call-overload]
        start += weekday[0]
        stem = [c[2] for c in info[_F_CANDS] if c[0] == weekday[0]]
        if not info[_F_LATIN] and stem and not stem[0].startswith("ال"):
            return None
        last = i
        modifier = _modifier_after(toks, i)
        if modifier:
            last = i + 1
        before = set(toks.stems(i - 1)) if i > 0 and toks.joined(i) else set()
        if before & {"last", "next"} and info[_F_LATIN]:
            modifier = "past" if "last" in before else "next"
            start = toks.starts[i - 1]
        if not modifier and _future(toks, i):
            modifier = "coming"
        return i, last, start, _resolve_weekday(wd, modifier, pub), "day" if pub else "weekday"
    # 4. A year: "في العام 2014", "in 2014", "(1967)"; a bare 2000 before a noun is a count.
    year = _year_at(toks, i)
    if year is not None:
        if _followed_by_unit(toks, i):
            return None
        before = set(toks.stems(i - 1)) if i > 0 and toks.joined(i) else set()
        first = i
        if before & _YEAR_WORDS:
            first = i - 1
            start = toks.starts[i - 1]
        last = i
        glued = i + 1 < toks.n and toks.starts[i + 1] == toks.ends[i]
        if glued and toks.stem(i + 1) == "م":
            last = i + 1
        elif glued:
            return None  # 2014هـ (hijri) or a code like 2014A
        elif (
            not before & _YEAR_TRIGGERS
            and "و" in before
            and any(
                toks.infos[k][_F_IS_DIGIT] and _year_at(toks, k) is None
                for k in range(max(0, i - 6), i - 1)
            )
        ):
            return None  # "18 ألف سني، و2000 مسيحي": one count in a list of counts
        return first, last, start, f"{year:04d}", "year"
    # 5. Relative days: أمس، اليوم، yesterday, last week ...
    if not any(c[2] in _RELATIVE_FIRST for c in info[_F_CANDS]):
        return None
    rel = _phrase_at(toks, i, _RELATIVE, prefixed=True)
    if rel is None:
        return None
    last, lead, (unit, offset) = rel  # type: ignore[misc]
    stem0 = toks.stem(i)
    if stem0.endswith("اليوم") or stem0 == "today":
        # "اليوم التالي" is "the next day"; "المصري اليوم" a newspaper.
        if last + 1 < toks.n and toks.joined(last + 1) and toks.stem(last + 1) in _NOT_TODAY_AFTER:
            return None
        if i > 0 and toks.joined(i) and set(toks.stems(i - 1)) & _NOT_TODAY_BEFORE:
            return None
    return i, last, start + lead, _resolve_relative(unit, offset, pub), unit


def _pair_start(toks: _Tokens, i: int) -> bool:
    return i + 1 < toks.n and any((s, toks.stem(i + 1)) in _MONTH_PAIRS for s in toks.stems(i))


def _year_after(toks: _Tokens, last: int) -> tuple[int | None, int]:
    k = last + 1
    if k + 1 < toks.n and toks.stem(k) in {"of", "من"} and toks.joined(k) and toks.joined(k + 1):
        year = _year_at(toks, k + 1)
        if year is not None:
            return year, k + 1
    if k < toks.n and toks.gap(k).strip() in {"", ",", "،"} and "\n" not in toks.gap(k):
        year = _year_at(toks, k)
        if year is not None:
            if k + 1 < toks.n and toks.starts[k + 1] == toks.ends[k] and toks.stem(k + 1) == "م":
                return year, k + 1
            return year, k
    return None, last


def _modifier_after(toks: _Tokens, i: int) -> str:
    if i + 1 < toks.n and toks.joined(i + 1):
        stem = toks.stem(i + 1)
        if stem in _PAST:
            return "past"
        if stem in _NEXT:
            return "next"
    return ""


_FUTURE_WORDS = {normalize(w) for w in (
    "will", "shall", "scheduled", "upcoming", "due", "planned", "سوف", "المقرر", "المزمع", "يعتزم",
    "تعتزم", "المرتقب", "المرتقبة",
)}  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _future(toks: _Tokens, i: int) -> bool:
    """A future-tense marker earlier in the sentence ("will meet on Monday", "من المقرر ...")."""
    for k in range(i - 1, max(i - 10, -1), -1):
        if _SENTENCE_END.search(toks.gaps[k + 1]):
            break
        if toks.infos[k][_F_NORM] in _FUTURE_WORDS:
            return True
    return False


def _resolve_weekday(weekday: int, modifier: str, pub: datetime.date | None) -> str | None:
    if pub is None:
        return None
    back = (pub.weekday() - weekday) % 7
    if modifier == "past" and back == 0:
        back = 7
    if modifier in {"next", "coming"}:
        ahead = (weekday - pub.weekday()) % 7 or (7 if modifier == "next" else 0)
        return (pub + datetime.timedelta(days=ahead)).isoformat()
    return (pub - datetime.timedelta(days=back)).isoformat()


def _resolve_month(month: int, pub: datetime.date | None, modifier: str = "") -> str | None:
    if pub is None:
        return None
    if modifier == "next":
        year = pub.year if month > pub.month else pub.year + 1
    elif modifier == "current":
        year = pub.year
    elif modifier == "past":
        year = pub.year if month < pub.month else pub.year - 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return f"{year:04d}-{month:02d}"


def _resolve_relative(unit: str, offset: int, pub: datetime.date | None) -> str | None:
    if pub is None:
        return None
    if unit == "day":
        return (pub + datetime.timedelta(days=offset)).isoformat()
    if unit == "week":
        iso = (pub + datetime.timedelta(weeks=offset)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if unit == "month":
        month = pub.month + offset
        year = pub.year + (month - 1) // 12
        return f"{year:04d}-{(month - 1) % 12 + 1:02d}"
    return f"{pub.year + offset:04d}"


def _followed_by_unit(toks: _Tokens, i: int) -> bool:
    k = i + 1
    if k < toks.n and toks.joined(k) and toks.stem(k) in {"من", "of"}:
        k += 1
    return k < toks.n and toks.joined(k) and toks.role(k, "unit") is not None and toks.stem(k) not in {
        "عام", "العام", "سنه", "years", "days", "يوم", "اليوم"}  # fmt: skip


# --------------------------------------------------------------------------- numbers


def _scan_numbers(toks: _Tokens, used: set[int]) -> list[NumberMention]:
    out: list[NumberMention] = []
    infos = toks.infos
    after = 0
    for i in compress(range(toks.n), map(_NUMBER_LIKE, infos)):
        if i < after or i in used:
            continue
        found = _number_at(toks, i, used)
        if found is None:
            continue
        mention, last = found
        out.append(mention)
        after = last + 1
    return out


def _number_at(toks: _Tokens, i: int, used: set[int]) -> tuple[NumberMention, int] | None:
    info = toks.infos[i]
    start = toks.starts[i]
    value: float | int | None = None
    low: float | int | None = None
    high: float | int | None = None
    approx = False
    last = i
    first = i  # the first token of the number (a currency sign may come before the digits)
    currency = ""
    if info[_F_IS_DIGIT]:
        if info[_F_VALUE] is None or _is_code(toks, i):
            return None
        if (
            i > 0
            and (toks.joined(i) or toks.gaps[i] == "")
            and toks.stem(i - 1) in _CURRENCY_BEFORE
        ):
            currency, first, start = _CURRENCY_BEFORE[toks.stem(i - 1)], i - 1, toks.starts[i - 1]
        value = info[_F_VALUE]
        scale, last = _scale_after(toks, i)
        if scale == 1 and i + 1 < toks.n and toks.starts[i + 1] == toks.ends[i]:
            scale = _SUFFIX_SCALES.get(toks.stem(i + 1), 1)
            last = i + 1 if scale != 1 else i
        value = value * scale if scale != 1 else value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        # "240 ألفا و381 شخصا" is 240,381: the rest after "و" joins a thousands/millions count.
        k = last + 1
        if (
            scale >= 1000
            and k + 1 < toks.n
            and toks.infos[k][_F_NORM] == "و"
            and toks.joined(k)
            and toks.gaps[k + 1] in {"", " "}
            and toks.infos[k + 1][_F_IS_DIGIT]
            and isinstance(toks.infos[k + 1][_F_VALUE], int)
            and toks.infos[k + 1][_F_VALUE] < scale  # type: ignore[operator]
            and not _is_code(toks, k + 1)
        ):
            value += toks.infos[k + 1][_F_VALUE]  # type: ignore[operator]
            last = k + 1
    else:
        vague = toks.role(i, "vague")
        word = toks.role(i, "ar_num") if not info[_F_LATIN] else toks.role(i, "en_num")
        surface = _MARK_CHARS.sub("", toks.text[toks.starts[i] : toks.ends[i]])
        if vague is not None and vague[2] == (3, 9) and surface[-1:] not in {"ة", "ع", "l"}:
            return None  # "وعده" is "his promise", not "عدة" (several)
        if vague is not None:
            start += vague[0]
            low, high = vague[2]  # type: ignore[misc]
            approx = True
            # "عشرات الآلاف", "tens of thousands", "hundreds of thousands"
            k = i + 1
            if k < toks.n and toks.stem(k) == "of" and toks.joined(k):
                k += 1
            if k < toks.n and toks.joined(k) and toks.stem(k) in _VAGUE_SCALE:
                factor = _VAGUE_SCALE[toks.stem(k)]
                low, high = low * factor, (high + 1) * factor - 1  # type: ignore[operator]
                last = k
            elif (
                (low, high) == (3, 9)
                and k < toks.n
                and toks.joined(k)
                and toks.stem(k) in _SEVERAL_SCALE
            ):
                factor = _SEVERAL_SCALE[toks.stem(k)]  # "بضع مئات", "several thousand"
                low, high, last = 3 * factor, 9 * factor, k
            elif toks.stem(i) in {"tens"}:
                return None
        elif word is not None or (info[_F_LATIN] and toks.stem(i) == "tens"):
            if word is None:
                return None
            parsed = _words_value(toks, i)
            if parsed is None:
                return None
            value, last, lead = parsed
            start += lead
            if (
                last + 1 < toks.n
                and toks.joined(last + 1)
                and toks.infos[last + 1][_F_NORM] in _TIME_WORDS
            ):
                return None  # "الثانية عشرة ظهرا" is a time
            if (
                not info[_F_LATIN]
                and last == i
                and toks.infos[i][_F_CANDS]
                and word[0] == 0
                and (toks.infos[i][_F_NORM] in {"احد", "احدي"})
            ):
                return None  # "أحد أيام", "إحدى المدن": "one of", not a count
            if not info[_F_LATIN] and i > 0 and toks.joined(i):
                before = toks.stem(i - 1)
                # "لم تسع" is "did not seek", "لا ست" ...: a number word after a particle is a verb.
                if before in _VERB_PARTICLES:
                    return None
                # "الثمانية عشر شهراً": the definite unit before عشر.
                if value == 10 and before.startswith("ال") and before[2:] in _AR_UNIT_STEMS:
                    value = 10 + _AR_UNIT_STEMS[before[2:]]
                    start = toks.starts[i - 1]
            # "ربع مليون", "نصف مليون": a fraction of a scale word.
            fraction = (
                next((c for c in _stem_cands(toks.infos[i - 1], True) if c[2] in _FRACTIONS), None)
                if i
                else None
            )
            if fraction and toks.joined(i) and value >= 1000:
                value = value * _FRACTIONS[fraction[2]]
                value = int(value) if float(value).is_integer() else value
                start = toks.starts[i - 1] + fraction[0]
        else:
            return None
    # "between 229 and 425 civilians", "ما بين 200 و250", "from 10 to 20", "200-250": one range.
    if value is not None:
        ranged = _range_after(toks, first, last, value, used)
        if ranged is not None:
            return ranged
    # Percentages.
    unit = currency
    pct = _phrase_at(toks, last + 1, _PERCENT_AFTER) if last + 1 < toks.n else None
    if pct is not None and (toks.joined(last + 1) or toks.starts[last + 1] == toks.ends[last]):
        last, unit = pct[0], "%"
    elif (
        last + 1 < toks.n
        and toks.stem(last + 1) in {"%", "٪"}
        and toks.starts[last + 1] == toks.ends[last]
    ):
        last, unit = last + 1, "%"
    # Approximation before the number, or after it.
    kind = None
    before = _phrase_before(toks, first, _APPROX_BEFORE) if first > 0 else None
    # "over two days" is "during": "over"/"under" bound only written digits.
    if (
        before is not None
        and before[0] < start
        and (info[_F_IS_DIGIT] or toks.stem(first - 1) not in {"over", "under", "below"})
    ):
        start, kind = before[0], before[1]
    after = (
        _phrase_at(toks, last + 1, _APPROX_AFTER)
        if last + 1 < toks.n and toks.joined(last + 1)
        else None
    )
    if not unit:
        counted = _unit_after(toks, last)
        if counted is not None:
            unit, last = counted
            after = after or (
                _phrase_at(toks, last + 1, _APPROX_AFTER)
                if last + 1 < toks.n and toks.joined(last + 1)
                else None
            )
    if after is not None and kind is None:
        last, kind = after[0], after[2]
    if value is not None:
        low = high = value
        if kind is not None:
            approx = True
            low, high = _bounds(str(kind), value)
    # A lone "one"/"واحد" is a pronoun or an article far more often than a count.
    if value == 1 and not info[_F_IS_DIGIT] and not unit and kind is None:
        return None
    end = toks.ends[last]
    if last < toks.n and toks.infos[last][_F_LATIN]:
        end -= toks.infos[last][_F_CANDS][0][1] if toks.infos[last][_F_CANDS] else 0
    mention = NumberMention(text=toks.text[start:end], value=value, low=low, high=high, approx=approx,
                            start=start, end=end, unit=unit)  # fmt: skip
    return mention, last


_RANGE_BEFORE = _phrases(
    [(p, "between") for p in ("between", "بين", "ما بين", "تراوح بين", "تتراوح بين", "يتراوح بين")]
    + [(p, "from") for p in ("from", "من")],
    reverse=True,
)
_RANGE_JOIN = {"between": {"and", "و", "الي"}, "from": {"to", "الي", "حتي"}}


def _range_after(
    toks: _Tokens, first: int, last: int, value: float | int, used: set[int]
) -> tuple[NumberMention, int] | None:
    """A second number joined to this one by "and"/"to"/a dash makes a range (low, high)."""
    k = last + 1
    if k >= toks.n:
        return None
    before = _phrase_before(toks, first, _RANGE_BEFORE) if first > 0 else None
    dash = toks.gaps[k].strip() in {"-", "–"} and toks.infos[k][_F_IS_DIGIT]
    if (
        before is not None
        and toks.joined(k)
        and toks.infos[k][_F_NORM] in _RANGE_JOIN[str(before[1])]
    ):
        k += 1
    elif not dash:
        return None
    if k >= toks.n or k in used or not toks.joined(k) and not dash:
        return None
    second = _number_at(toks, k, used)
    if second is None or second[0].value is None or not value < second[0].value:
        return None
    upper, end_tok = second
    start = before[0] if before is not None else toks.starts[first]
    mention = NumberMention(text=toks.text[start : upper.end], value=None, low=value,
                            high=upper.high if upper.high is not None else upper.value, approx=True,
                            start=start, end=upper.end, unit=upper.unit)  # fmt: skip
    return mention, end_tok


def _bounds(kind: str, value: float | int) -> tuple[float | int | None, float | int | None]:
    step = 1 if isinstance(value, int) else 0
    if kind == "atleast":
        return value, None
    if kind == "more":
        return value + step, None
    if kind == "less":
        return None, value - step
    if kind in {"upto", "nearly"}:
        return None, value
    return None, None


def _is_code(toks: _Tokens, i: int) -> bool:
    """Times (10:30), model codes (F-16, T4), ordinals (9th), list markers ("1 - ", "2) ") and
    numbers glued to Latin letters."""
    text = toks.text
    s, e = toks.starts[i], toks.ends[i]
    if i + 1 < toks.n and toks.joined(i + 1) and toks.infos[i + 1][_F_NORM] in _TIME_WORDS:
        return True  # "330 am", "3 صباحا"
    if e - s == 4 and text[s] in "0٠۰" and toks.infos[i][_F_NORM].isdigit():
        return True  # "0800" is a time or a code
    if (
        i > 0
        and (toks.joined(i) or toks.gaps[i] == "")
        and not _ID_WORDS.isdisjoint(toks.stems(i - 1))
    ):
        return True  # "الفرقة 17", "القرار 2254", "Resolution 2254": names, not counts
    if i > 0 and toks.joined(i) and toks.infos[i - 1][_F_NORM] in {"الساعه", "ساعه"}:
        return True
    if (
        i + 1 < toks.n
        and _LIST_MARK.fullmatch(toks.gaps[i + 1])
        and not toks.infos[i + 1][_F_IS_DIGIT]
        and (i == 0 or _LIST_START.search(toks.gaps[i]) is not None)
    ):
        return True
    if e < len(text) and text[e] == ":" and e + 1 < len(text) and text[e + 1].isdigit():
        return True
    if s > 0 and text[s - 1] == ":" and s > 1 and text[s - 2].isdigit():
        return True
    if (
        i + 1 < toks.n
        and toks.starts[i + 1] == e
        and toks.infos[i + 1][_F_LATIN]
        and toks.stem(i + 1) not in _SUFFIX_SCALES
    ):
        return True
    if i > 0 and toks.ends[i - 1] == s and toks.infos[i - 1][_F_LATIN]:
        return True
    return bool(
        i > 0
        and toks.infos[i - 1][_F_LATIN]
        and text[toks.ends[i - 1] : s] == "-"
        and toks.infos[i - 1][_F_CAP]
    )


def _scale_after(toks: _Tokens, i: int) -> tuple[int, int]:
    k = i + 1
    if k < toks.n and toks.joined(k):
        role = toks.role(k, "ar_num") or toks.role(k, "en_num")
        if role is not None and role[0] == 0 and role[2][0] == "scale":  # type: ignore[index]
            scale = role[2][1]  # type: ignore[index]
            if scale >= 1000 or toks.stem(k) == "hundred":
                return scale if toks.stem(k) not in {
                    "الفان",
                    "الفين",
                    "مليونان",
                    "مليونين",
                } else scale // 2, k
    return 1, i


def _words_value(toks: _Tokens, i: int) -> tuple[int, int, int] | None:
    """A run of number words: "خمسة وعشرون", "ثلاثة آلاف", "two hundred and fifty"."""
    total = 0
    current = 0
    last = i - 1
    lead = 0
    k = i
    seen_any = False
    latin = toks.infos[i][_F_LATIN]
    while k < toks.n:
        if k > i and not toks.joined(k):
            # English allows "and" between: "two hundred and fifty".
            break
        role = toks.role(k, "en_num" if latin else "ar_num")
        if role is None:
            if (
                latin
                and seen_any
                and toks.stem(k) == "and"
                and k + 1 < toks.n
                and toks.role(k + 1, "en_num")
            ):
                k += 1
                continue
            break
        r_lead, _trail, (kind, value) = role  # type: ignore[misc]
        if k > i and r_lead and not toks.stem(k).startswith("و"):
            break
        if k == i:
            lead = r_lead
        elif r_lead and kind not in {"ten", "unit", "hundred"}:
            break
        if kind == "unit":
            if value == 10 and current and current < 10 and k > i and not r_lead:
                current += 10  # ثلاثة عشر
            elif current % 10 and kind == "unit" and not r_lead:
                break
            else:
                current += value
        elif kind == "ten":
            if current % 100 >= 10:
                break
            current += value
        elif kind == "hundred":
            if latin:
                current = (current or 1) * 100
            elif value == 100 and current and current < 10:
                current *= 100
            else:
                current += value
        else:  # scale
            if toks.stem(k) in {"الاف", "ملايين", "مليارات"} and not current:
                break
            if toks.stem(k) in _DUAL_SCALES:
                total += current + value
            else:
                total += (current or 1) * value
            current = 0
        seen_any = True
        last = k
        k += 1
    if not seen_any:
        return None
    return total + current, last, lead


def _unit_after(toks: _Tokens, last: int) -> tuple[str, int] | None:
    k = last + 1
    if k < toks.n and toks.joined(k) and toks.stem(k) in {"من", "of"}:
        k += 1
        if k < toks.n and toks.joined(k) and toks.stem(k) == "the":
            k += 1
    if k < toks.n and toks.joined(k):
        role = toks.role(k, "unit")
        if role is not None and role[0] == 0:
            return str(role[2]), k
    return None


# --------------------------------------------------------------------------- public API


def find_places(text: str, *, language: str = "ar") -> tuple[PlaceMention, ...]:
    """Places from the gazetteer, longest match first, with exact offsets into ``text``."""
    return tuple(_scan_places(_Tokens(text)))


def find_dates(
    text: str, *, language: str = "ar", published: datetime.date | datetime.datetime | None = None
) -> tuple[DateMention, ...]:
    """Weekdays, day-month dates, months, years and relative days, resolved against ``published``."""
    return tuple(_scan_dates(_Tokens(text), _as_date(published))[0])


def find_numbers(text: str, *, language: str = "ar") -> tuple[NumberMention, ...]:
    """Counts and quantities (digits, number words, vague words), without years and dates."""
    toks = _Tokens(text)
    _, used = _scan_dates(toks, None)
    return tuple(_scan_numbers(toks, used))


def find_entities(
    text: str, *, language: str, published: datetime.date | datetime.datetime | None = None
) -> Entities:
    """Numbers, places and dates in ``text``; every mention's ``text == text[start:end]``."""
    if not isinstance(text, str) or not text:
        return Entities()
    return _entities_of(_Tokens(text), _as_date(published))


def find_entities_in_spans(
    text: str,
    spans: Iterable[tuple[int, int]],
    *,
    language: str,
    published: datetime.date | datetime.datetime | None = None,
) -> list[Entities]:
    """``find_entities(text[s:e])`` for each span, tokenising ``text`` once (the same results)."""
    if not isinstance(text, str) or not text:
        return [Entities() for _ in list(spans)]
    return _entities_in_spans(_Tokens(text), spans, language=language, published=published)


def _entities_in_spans(
    whole: _Tokens,
    spans: Iterable[tuple[int, int]],
    *,
    language: str,
    published: datetime.date | datetime.datetime | None,
) -> list[Entities]:
    text = whole.text
    day = _as_date(published)
    # The tokens any scanner can start from; a span without one has no entities.
    infos, n = whole.infos, whole.n
    gates = list(compress(range(n), map(_GATE, infos)))
    maybe = [
        k
        for k in compress(range(n), map(_NEXTS, infos))
        if k + 1 < n and infos[k + 1][_F_NORM] in infos[k][_F_NEXTS]  # type: ignore[operator]
    ]
    out = []
    for s, e in spans:
        span = whole.span(s, e) if e > s else None
        if span is None:
            out.append(find_entities(text[s:e], language=language, published=published))
            continue
        i, j = span
        g = bisect_left(gates, i)
        m = bisect_left(maybe, i)
        if (g == len(gates) or gates[g] >= j) and (m == len(maybe) or maybe[m] >= j):
            out.append(EMPTY_ENTITIES)
        else:
            out.append(_entities_of(whole.view_of(s, e, *span), day))
    return out


def _entities_of(toks: _Tokens, day: datetime.date | None) -> Entities:
    dates, used = _scan_dates(toks, day)
    numbers = _scan_numbers(toks, used)
    places = _scan_places(toks)
    return Entities(numbers=tuple(numbers), places=tuple(places), dates=tuple(dates))
