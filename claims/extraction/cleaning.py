"""Cleaning of scraped article text: a pure, idempotent function (no Django, no I/O).

`clean_text` keeps the letters as written (display text); `content_hash` is the identity of an
article, computed on the matching normalisation so a re-wrapped copy hashes the same.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from claims.extraction.normalize import normalize

__all__ = ["clean_text", "content_hash", "strip_templates"]

# Invisible characters that scrapers leave behind: C0/C1 controls (NUL included) except the
# whitespace ones, zero-width characters, bidi embeddings/overrides/isolates/marks, the BOM, the
# soft hyphen, and lone surrogates (PostgreSQL refuses them, hashlib cannot encode them).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]"
)
# C1 controls in a str are almost always Windows-1252 punctuation decoded as Latin-1
# (\x93 for a left double quote): give them back their meaning rather than dropping them.
_C1_AS_CP1252 = {
    b: bytes([b]).decode("cp1252")
    for b in range(0x80, 0xA0)
    if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_C1 = re.compile("[\x80-\x9f]")
# Django/Jinja template residue. Non-greedy, across lines (a tag broken by the scraper), and
# stray delimiters left once pairs are gone.
# Bounded: a stray "{{" in prose must not swallow the paragraphs up to some distant "}}".
_TEMPLATE = re.compile(r"\{\{.{0,300}?\}\}|\{%.{0,300}?%\}|\{#.{0,300}?#\}", re.DOTALL)
_DELIMITER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
_SPACES = re.compile(r"\s+")


def _keys(phrases: set[str]) -> frozenset[str]:
    return frozenset(normalize(p) for p in phrases)


# Boilerplate, compared on the normalised line (so أيضاً/أيضًا/ايضا, أخبار/اخبار all match).
# A header starts a "read also" block of link headlines.
_BLOCK_HEADERS = _keys(
    {
        "اقرا ايضا",
        "اقرا كذلك",
        "اقرا المزيد",
        "اقرا ايضا في",
        "اخبار متعلقه",
        "اخبار ذات صله",
        "مواضيع ذات صله",
        "موضوعات ذات صله",
        "مقالات ذات صله",
        "مواضيع متعلقه",
        "مقالات متعلقه",
        "قد يهمك ايضا",
        "قد يعجبك ايضا",
        "ذات صله",
        "read also",
        "read more",
        "see also",
        "also read",
        "related",
        "related articles",
        "related stories",
        "related news",
        "related content",
        "related topics",
        "more on this story",
        "you may also like",
        "recommended",
    }
)
# "اقرأ أيضا: <headline>" on one line is a link too.
_INLINE_READ_ALSO = _keys(
    {"اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "read also", "also read", "read more", "see also"}
)
_INLINE_SPLIT = re.compile(r"^(.{1,40}?)\s*[:：|»>\-–—]\s*\S")
# Words a share bar is made of; a line of nothing else is boilerplate.
_SHARE_WORDS = """
    شارك شاركها شاركوا مشاركة انشر share shares tweet pin email print طباعة إرسال لصديق على عبر
    في on via this the هذا هذه الخبر المقال المقالة الموضوع الصفحة article story post page with
    friends facebook twitter whatsapp linkedin telegram reddit pinterest messenger فيسبوك فيس بوك
    تويتر واتساب واتس آب تلغرام تيليغرام تلجرام تيليجرام بريد البريد الإلكتروني ماسنجر لينكد إن
    نسخ الرابط copy link
"""
_SHARE_ALTERNATIVES = "|".join(
    sorted({normalize(w) for w in _SHARE_WORDS.split()}, key=len, reverse=True)
)
_SHARE_LINE = re.compile(
    rf"^(?:شارك|شاركها|شاركوا|مشاركه|انشر|share|tweet)(?: (?:{_SHARE_ALTERNATIVES}))*$"
)
_STANDALONE = _keys(
    {
        "اضغط هنا",
        "للمزيد اضغط هنا",
        "انقر هنا",
        "المزيد",
        "طباعه",
        "ارسال لصديق",
        "تابعونا على تويتر",
        "تابعونا على فيسبوك",
        "تابعونا على فيس بوك",
        "تابعنا على تويتر",
        "تابعنا على فيسبوك",
        "اعلان",
        "click here",
        "advertisement",
        "subscribe",
        "print",
        "email",
        "comments",
        "follow us on twitter",
        "follow us on facebook",
        "skip to main content",
        "back to top",
    }
)
# A link headline in a read-also block: short, and not ending like a sentence.
_SENTENCE_END = re.compile(r"[.!?؟…:؛;،,][\"'»”’)\]]*$")
_HEADLINE_MAX = 200
_BLOCK_MAX_LINES = 12


def strip_templates(text: str) -> str:
    """Remove template tags (`{{ … }}`, `{% … %}`, `{# … #}`) and stray delimiters, nothing else."""
    if "{" not in text and "}" not in text:  # every tag and delimiter has a brace
        return text
    while True:
        stripped = _DELIMITER.sub("", _TEMPLATE.sub("", text))
        if stripped == text:
            return text
        text = stripped


def _clean_line(line: str) -> str:
    # Until nothing changes (inside strip_templates): removing `}}` from `{}}{` makes a new `{{`.
    line = strip_templates(line)
    # NFC after the removals: deleting characters between a base and a combining mark
    # changes the composition, and idempotence needs NFC to be the last edit of letters.
    line = unicodedata.normalize("NFC", line)
    return " ".join(line.split())  # str.split() splits on the same whitespace as \s, in C


def _is_block_header(key: str) -> bool:
    return key in _BLOCK_HEADERS


def _is_standalone_boilerplate(line: str, key: str) -> bool:
    if key in _BLOCK_HEADERS or key in _STANDALONE or _SHARE_LINE.match(key):
        return True
    if len(line) <= _HEADLINE_MAX:
        m = _INLINE_SPLIT.match(line)
        if m and normalize(m.group(1)) in _INLINE_READ_ALSO:
            return True
    return False


def _is_headline(line: str) -> bool:
    return len(line) <= _HEADLINE_MAX and not _SENTENCE_END.search(line)


def clean_text(raw: str) -> str:
    """Return the display text of a scraped article.

    Removes NUL/control, zero-width and bidi characters, template residue (`{{ … }}`,
    `{% … %}`), page boilerplate lines (share, read-also link blocks, related) and repeated
    paragraphs (the first occurrence stays); applies NFC and collapses whitespace inside lines;
    joins the paragraphs with one "\\n". Idempotent; never raises on a str.
    """
    if not isinstance(raw, str):
        raw = str(raw)
    if _C1.search(raw):  # translate() with a dict is slow: only when there is something to map
        raw = raw.translate(_C1_AS_CP1252)
    text = _INVISIBLE.sub("", raw)
    # Tags first over the whole text: a scraper can break `{% … %}` across lines.
    while "{" in text:
        stripped = _TEMPLATE.sub("", text)
        if stripped == text:
            break
        text = stripped

    kept: list[str] = []
    seen: set[str] = set()
    in_block = 0
    for raw_line in text.splitlines():
        line = _clean_line(raw_line)
        if not line:
            continue
        # Boilerplate is short, so only short lines need the (costly) matching normalisation;
        # a long paragraph is its own dedupe key (whitespace is already collapsed).
        key = normalize(line) if len(line) <= _HEADLINE_MAX else line
        if in_block:
            if _is_block_header(key):
                in_block = _BLOCK_MAX_LINES
                continue
            if _is_headline(line):
                in_block -= 1
                continue
            in_block = 0
        if _is_block_header(key):
            in_block = _BLOCK_MAX_LINES
            continue
        if _is_standalone_boilerplate(line, key):
            continue
        # Punctuation-only lines have an empty key: dedupe those on the line itself.
        ident = key or line
        if ident in seen:
            continue
        seen.add(ident)
        kept.append(line)
    return "\n".join(kept)


def content_hash(cleaned: str) -> str:
    """sha256 hex of the text as normalised for identity (matching normalisation, one space)."""
    identity = _SPACES.sub(" ", normalize(cleaned)).strip()
    return hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()
