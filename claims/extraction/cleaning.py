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

# Rejoining a sentence that the scraper broke into lines: hyperlink text rendered as its own line
# ("وأوضحت \"\nاللجان\n\" إنها…", "كانت تنقل\nأسلحة\n.", "وعلق\nBedo Medo\n: \"…"). A line break
# is a sentence boundary for the engine, so such a sentence loses its speaker or its cue. Only the
# local shape of the break is read (the end of the line so far, the start of the next line, and
# for a short link-text line the start of the line after it), so a headline, a press-review
# paper name, a subheading or a list item after a finished sentence stays a paragraph. Link text
# is glued together with the rest of its sentence or not at all ("أن\nطائرتين حربيتين\nأطلقتا"
# with no sign on the last line stays: the segmenter keeps such short lines in one sentence).
_FINAL = frozenset(".!?؟…:؛;")
_CLOSERS = "\"'»”’)]"
# A line starting with one of these continues the line before it (no space before it).
_CONTINUING_PUNCTUATION = frozenset(".،,؛;!?؟")
# Words a sentence cannot end on: prepositions, complementisers, relatives, conjunctions.
_OPEN_WORDS_LIST = """
    أن إن بأن وأن لأن وإن في فى وفي وفى على وعلى من ومن عن وعن إلى الى وإلى والى مع ومع ضد عبر
    حول بين وبين نحو منذ خلال عند لدى دون الذي التي الذين اللذين اللتين اللواتي اللاتي والذي
    والتي و أو او ثم بل لكن لم لن قد
    the a an of to in on at by for with from and or but that which who whom whose into than
    between about against via including among
"""
_OPEN_WORDS = frozenset(_OPEN_WORDS_LIST.split())
# Words a paragraph does not start with: a line starting with one continues an open line.
_CONTINUING_WORDS = frozenset(["أن", "بأن", "وأن", "الذي", "التي", "الذين", "اللذين", "اللتين"])
_OPENERS = frozenset({'"', "«", "“"})
_FRAGMENT_WORDS = 8
_FRAGMENT_CHARS = 60
_HEADER_WORDS = 4
_BODY_WORDS = 8
_TAIL_WORDS = 3
_TAIL_CHARS = 30
# A lowercase line that is no prose: a web or mail address ("m.albiladi@gmail.com…").
_NOT_PROSE = re.compile(r"http|www|\S*@")
_AFTER_CLOSING_QUOTE = frozenset(["", " ", ".", "،", ",", "؛", ";", ":", "!", "?", "؟", ")", "]"])


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


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS).rstrip()[-1:] in _FINAL


def _ends_with_opener(line: str) -> bool:
    """The line ends on an opening quotation mark whose text is on the next line."""
    last = line[-1]
    if last == '"':  # `صحيفة "`: a straight quote after a word and a space opens
        return (
            line[-2:-1] in ("", " ")
            and line.count('"') % 2 == 1
            and line[:-1].rstrip()[-1:] not in _FINAL
        )
    # `…okay.“`, `…street.’“`: after a full stop, the quotation mark of a new paragraph
    if line[:-1].rstrip(_CLOSERS + " ")[-1:] in _FINAL:
        return False
    if last == "«":
        return line.count("«") > line.count("»")
    if last == "“":
        return line.count("“") > line.count("”")
    return False


def _ends_on_open_word(line: str) -> bool:
    words = line.rsplit(" ", 2)
    last_word = words[-1]
    if last_word.endswith("ـ"):  # لـ, بـ
        return last_word[:-1].isalpha()
    if last_word.endswith(("'s", "’s")):  # "Egypt's\nAl-Shorouk": a possessive
        return last_word[:-2].isalpha()
    # "اون تي في" is a channel's name, not the preposition في
    return last_word in _OPEN_WORDS and not (last_word == "في" and words[-2:-1] == ["تي"])


def _ends_open(line: str) -> bool:
    """The line stops where a sentence cannot: on an opening quotation mark or a preposition."""
    return _ends_with_opener(line) or _ends_on_open_word(line)


def _continues(line: str, nxt: str, by_end: bool = True, by_case: bool = True) -> str | None:
    """The separator that glues ``nxt`` to ``line`` (a sentence cut by a line break), or None.
    ``by_end``: the end of ``line`` alone (an opening quotation mark, a preposition) may decide;
    ``by_case``: a lowercase start of ``nxt`` may decide."""
    first = nxt[0]
    if first in _CONTINUING_PUNCTUATION:
        # not an ellipsis, nor a stray stop glued to a new line (".نرفض الدستور…")
        stray = first == "." and (nxt[1:2] == "." or nxt[1:2].isalpha())
        return None if stray else ""
    if first == '"':  # `" الذي…`, `"، …`: a straight quote before a space or a mark closes
        closes = nxt[1:2] in _AFTER_CLOSING_QUOTE and line.count('"') % 2 == 1
        return "" if closes else None
    if first == ")" or first == "]":
        opener = "(" if first == ")" else "["
        return "" if line.count(opener) > line.count(first) or not _ends_sentence(line) else None
    if first == "»" or nxt == "«":  # `«` alone on a line after an open `«` closes it (reversed)
        return "" if line.count("«") > line.count("»") else None
    if first == "”" or nxt == "“":
        return "" if line.count("“") > line.count("”") else None
    if by_end and _ends_with_opener(line):
        return ""
    if _ends_sentence(line):
        return None
    if first == ":":
        return ""
    if by_end and _ends_on_open_word(line):
        return " "
    if by_case and "a" <= first <= "z" and not _NOT_PROSE.match(nxt):
        return " "
    if nxt.split(" ", 1)[0] in _CONTINUING_WORDS:
        return " "
    return None


def _is_fragment(line: str) -> bool:
    """Short link text: a few words that do not end a sentence."""
    return (
        len(line) <= _FRAGMENT_CHARS
        and line.count(" ") < _FRAGMENT_WORDS
        and not _ends_sentence(line)
    )


def _glue(line: str, nxt: str, after: str | None) -> str | None:
    sep = _continues(line, nxt)
    if sep is not None:
        # Link text glued on but the rest of its sentence left on the next line would cut the
        # sentence after the link ("تشير إلى إعدام" | "65 شابا …"): all of it, or none.
        if (
            after is not None
            and _is_fragment(nxt)
            and any(c.isalnum() for c in nxt)
            and _continues(line + sep + nxt, after) is None
        ):
            return None
        return sep
    # Link text between an unfinished line and a line that continues it. A short line before it
    # may be a header (a paper's name in a press review): then only the start of the line after
    # the link text may tell. A lowercase start tells only that the link text goes on (a
    # subheading "On the president's relationship with the\narmed forces" too).
    if after is not None and _is_fragment(nxt) and not _ends_sentence(line):
        by_end = line.count(" ") >= _HEADER_WORDS
        if _continues(line + " " + nxt, after, by_end, by_case=False) is not None:
            return " "
    return None


def _is_tail(line: str, nxt: str) -> bool:
    """The last words of a long unfinished sentence, with its full stop ("…بين سوريا\nوإسرائيل.")."""
    return (
        len(nxt) <= _TAIL_CHARS
        and nxt.count(" ") < _TAIL_WORDS
        and nxt.rstrip(_CLOSERS)[-1:] == "."
        and nxt[0].isalpha()
        and not _ends_sentence(line)
        and (line.count(" ") >= _BODY_WORDS - 1 or _ends_open(line))
    )


def _is_boilerplate(line: str) -> bool:
    if len(line) > _HEADLINE_MAX:
        return False
    return _is_standalone_boilerplate(line, normalize(line))


def _rejoin(lines: list[str]) -> list[str]:
    """Glue the lines of a sentence that the scraper broke (see _glue, _is_tail); a lone opening
    quotation mark joins the line after it."""
    if len(lines) < 2:
        return lines
    lines = list(lines)
    out: list[str] = []
    cur = lines[0]
    n = len(lines)
    for i in range(1, n):
        nxt = lines[i]
        after = lines[i + 1] if i + 1 < n else None
        sep = _glue(cur, nxt, after)
        if sep is None and _is_tail(cur, nxt):
            sep = " "
        if sep is not None:
            # NFC again: the glued line must be what _clean_line makes of it (idempotence), and
            # never boilerplate that the line filter would drop on a second cleaning.
            joined = unicodedata.normalize("NFC", cur + sep + nxt)
            if not _is_boilerplate(joined):
                cur = joined
                continue
        if nxt in _OPENERS and after is not None:
            lines[i + 1] = unicodedata.normalize("NFC", nxt + after)
            continue
        out.append(cur)
        cur = nxt
    out.append(cur)
    return out


def _dedupe(lines: list[str], keys: dict[str, str]) -> list[str]:
    kept: list[str] = []
    seen: set[str] = set()
    for line in lines:
        key = keys.get(line)
        if key is None:
            key = normalize(line) if len(line) <= _HEADLINE_MAX else line
            keys[line] = key
        # Punctuation-only lines have an empty key: dedupe those on the line itself.
        ident = key or line
        if ident in seen:
            continue
        seen.add(ident)
        kept.append(line)
    return kept


def clean_text(raw: str) -> str:
    """Return the display text of a scraped article.

    Removes NUL/control, zero-width and bidi characters, template residue (`{{ … }}`,
    `{% … %}`), page boilerplate lines (share, read-also link blocks, related) and repeated
    paragraphs (the first occurrence stays); glues back the lines of a sentence that the scraper
    broke around hyperlink text (see _rejoin); applies NFC and collapses whitespace inside lines;
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
    keys: dict[str, str] = {}
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
        keys[line] = key
        kept.append(line)
    # Rejoin broken sentences before the dedupe (a link text or a lone quotation mark recurs),
    # until neither changes anything: a dropped duplicate can bring two parts of a sentence together.
    while True:
        deduped = _dedupe(_rejoin(kept), keys)
        if len(deduped) == len(kept):
            return "\n".join(deduped)
        kept = deduped


def content_hash(cleaned: str) -> str:
    """sha256 hex of the text as normalised for identity (matching normalisation, one space)."""
    identity = _SPACES.sub(" ", normalize(cleaned)).strip()
    return hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()
