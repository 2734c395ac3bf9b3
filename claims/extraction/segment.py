"""Sentence segmentation for Arabic and English news text, and the quotation spans in it."""

from __future__ import annotations

import re

# A terminal mark (with closing quotes/brackets after it), or a line break:
# [.!?؟؛]+[\"”»’')\]]*(?=\s|$) | \.(?=[\u0621-\u064a]) | \n, written to start with its one character
# class, which lets the regex engine skip to the next such character in C instead of trying the
# alternation at every position.
_BOUNDARY = re.compile(
    r"[.!?؟؛\n](?:(?<=[.!?؟؛])[.!?؟؛]*[\"”»’')\]]*(?=\s|$)|(?<=\.)(?=[\u0621-\u064a])|(?<=\n))"
)
# "عام 1990 م." / "سنة 1436 هـ.": the era after a year ends a sentence; a lone Arabic letter otherwise does not.
_ERA = re.compile(r"\d\s*$")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sr",
        "jr",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "maj",
        "brig",
        "prof",
        "sen",
        "rep",
        "gov",
        "no",
        "vs",
        "etc",
        "inc",
        "co",
        "ltd",
        "corp",
        "dept",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "est",
        "approx",
        "fig",
        "al",
        "u.s",
        "u.n",
        "u.k",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "u.s.a",
    ]
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_WEB_SUFFIX = re.compile(r"\s?(?:نت|كوم|net|com|org)\b", re.IGNORECASE)
_ONLY_PUNCT = re.compile(r"[\s\W_]*")
_NON_FINAL = frozenset(
    [
        "told",
        "said",
        "the",
        "a",
        "an",
        "of",
        "to",
        "and",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "that",
        "says",
        "tells",
        "أن",
        "ان",
        "إن",
        "في",
        "على",
        "من",
        "إلى",
        "الى",
        "عن",
        "و",
    ]
)
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]")
_ARABIC_CONTINUATION = frozenset(
    [
        "الى",
        "إلى",
        "الي",
        "على",
        "علي",
        "في",
        "فى",
        "من",
        "عن",
        "أن",
        "ان",
        "إن",
        "بأن",
        "بان",
        "التي",
        "الذي",
        "الذين",
        "حيث",
        "مما",
    ]
)
_TERMINAL = re.compile(r"[.!?؟؛:\"”»)]\s*$")
_OPENING_QUOTE_AT_END = re.compile(r"(?:^|\s)[\"«“]\s*$")  # 'في ظل "\nالحصار الخانق\n" الذي'


def _terminal(line: str) -> bool:
    """Whether a line ends a sentence: a final mark, but not a quotation mark that opens the next line."""
    return bool(_TERMINAL.search(line)) and not _OPENING_QUOTE_AT_END.search(line)


_CONTINUES = "،,:-–—"
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
_QUOTE_MARK = re.compile(r"[«»“”„\"]")
# A sentence that only names whose words the one before were: "…"؛ على حد تعبيره.', '- حسب قولها -.'
_AR_SOURCE_ONLY = re.compile(
    r"\s*[-–—]?\s*(?:عل[ىي]\s+حد|ب?حسب)\s+(?:تعبير|قول)(?:ه|ها|هم|هما)?\s*[-–—]?\s*[.!؟]+(?=\s|$)"
)
_TURN = frozenset(["قال", "قالت", "قلت", "قلنا", "قالوا", "قال:", "قالت:", "قلت:"])
_CONDITION = re.compile(r"(?:^|\s)[وف]?(?:مهما|إذا|اذا|لو|لئن|كلما)(?=\s)")
_NEXT_STOP = re.compile(r"[.!?؟؛]")
_PAIRS = {"«": "»", "“": "”", "„": "“”"}
# The first word of a quotation's last piece that goes on with the piece before: و/ف/ل/ب + a word (not
# و/ف + a new subject: "… وهذه هي قيمة الرسالة" is a sentence of its own), or a preposition.
_QUOTE_GOES_ON = re.compile(
    r"[«\"“]?(?:(?![وف](?:هذه|هذا|هو|هي|هم|نحن|أنا|انا|ذلك|تلك|هناك)$)[وفلب][\u0621-\u064a]{2,}"
    r"|في|من|إلى|الى|على|عن|مع|حتى|بدءا|مثل)$"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text``, whitespace trimmed, in order.

    Splits on . ! ? ؟ ؛ and line breaks; not after English abbreviations or initials, not inside decimals,
    not before a web suffix (العربية. نت), not at a line break that ends in a comma or a dash or that is
    followed by a line of punctuation only."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    quotes: list[tuple[int, int]] | None = None
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
            if next_line.lstrip()[:1] in '،,"”»:;)':
                continue  # the line goes on with punctuation: '…غارات وهمية\n"، طوال الليلة'

            # A line broken inside an English sentence: "… told\nSANA reporter that …".
            head = next_line.lstrip()[:1]
            prev_line = before[before.rfind("\n") + 1 :]
            prev_words = prev_line.split()
            last = prev_words[-1].lower() if prev_words else ""
            if head.islower() and head.isascii() or last in _NON_FINAL:
                continue
            first_next = next_line.split(maxsplit=1)[0] if next_line.strip() else ""
            if not _terminal(prev_line) and (
                first_next in _ARABIC_CONTINUATION
                or (
                    _ARABIC_WORD.match(first_next)
                    and first_next[0] not in "وف"
                    and len(prev_words) >= 6
                )
            ):
                continue  # a hard-wrapped Arabic line: "… مشيرا\nالى أنه …", "… أعداد\nالسائحين"
            # Lines broken by a scraper mid-sentence (a link or a short fragment on its own line).
            if (
                prev_words
                and not _terminal(prev_line)
                and (
                    len(prev_words) <= 3
                    or (len(next_line.split()) <= 3 and not _terminal(next_line))
                )
            ):
                continue
        elif mark.startswith("."):
            if mark.startswith("...") and re.match(r"\s+[a-z]", text[m.end() : m.end() + 3]):
                if quotes is None:
                    quotes = quote_spans(text)  # only for the rare ellipsis before a lowercase word
                if any(qa < m.start() < qb for qa, qb in quotes):
                    continue  # '"… Two... were taken to Israeli hospitals"': an ellipsis in a quotation
            if mark[:2] == ".." and _ARABIC_WORD.match(text[end : end + 3].lstrip()[:1] or " "):
                if text[m.start() - 1 : m.start()] in "([" and mark.lstrip(".") in (")", "]"):
                    continue  # "«هذا الهجوم الإرهابي (...) هو عمل انتقامي»": an elision mark
                if quotes is None:
                    quotes = quote_spans(text)
                inside = next((q for q in quotes if q[0] < m.start() and end < q[1] - 1), None)
                if (
                    inside is not None
                    and mark.strip(".") == ""
                    and (
                        len(text[max(start, inside[0] + 1) : m.start()].split()) < 4
                        or len(rest := text[end : inside[1] - 1].split()) < 5
                        or len(rest) < 7
                        and _QUOTE_GOES_ON.match(rest[0]) is not None
                    )
                ):
                    # '«دون تحيز.. أعتبر أن …»', '"… لا يصب إلا في صالح إسرائيل.. من حيث القوة
                    # العسكرية"': a pause inside a quotation, before or after a piece too short to
                    # be a sentence of its own, or a short last piece that goes on with "و"/"ف" or a
                    # preposition ('«… داخل الدولة... بغية القيام بأعمال إرهابية داخل أراضيها»',
                    # '«… أسلحة تركية أحدث موديل.. أحدث ما في الترسانة»' stays two)
                    continue
            word = _WORD_BEFORE.search(text, max(start, m.start() - 20), m.start())
            if word:
                w = word.group(1).lower().rstrip(".")
                if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha() and w.isascii()):
                    continue
                if (
                    not w.isascii()
                    and all(len(x) == 1 and x.isalpha() for x in w.split("."))
                    and not _ERA.search(text, max(0, word.start() - 8), word.start())
                ):
                    continue  # "وقال د. محمد البرادعي", "(د.ب.أ)", "«ع. ص»": a title or initials
            if _WEB_SUFFIX.match(text, m.end()):
                continue
        elif mark[0] in "؟?" and _ARABIC_WORD.match(text[end : end + 3].lstrip()[:1] or " "):
            if quotes is None:
                quotes = quote_spans(text)
            inside = next((q for q in quotes if q[0] < m.start() and end < q[1] - 1), None)
            if inside is not None:
                stop = _NEXT_STOP.search(text, end, inside[1])
                rest = text[end : stop.start() if stop else inside[1]]
                words = rest.split()
                if (not words or words[0].lstrip("وف") not in _TURN) and (
                    len(text[max(start, inside[0] + 1) : m.start()].split()) < 4
                    or len(words) < 5
                    or (stop is not None and stop.group() in "؟?" and stop.end() >= inside[1] - 1)
                ):
                    # '«لماذا يحتفلون؟ على المرء أن يحتفل …»', '"أيبدو ذلك جيداً؟ ليس تماماً."',
                    # '«إيه خطة الحكومة في أي حاجة؟ الرئيس مرسي قدم لي خطة؟»': a question inside a
                    # quotation beside a piece too short to be a sentence, or the first of the
                    # quotation's two questions, is one sentence with it (not before another
                    # voice's turn: '«… حرام؟ فقال: من حرمه؟»')
                    continue
        elif mark == "؛":
            if quotes is None:
                quotes = quote_spans(text)
            inside = next((q for q in quotes if q[0] < m.start() and end < q[1] - 1), None)
            if inside is not None:
                stop = _NEXT_STOP.search(text, end, inside[1])
                words = text[end : stop.start() if stop else inside[1]].split()
                before = text[max(start, inside[0] + 1) : m.start()]
                if (
                    len(before.split()) < 4
                    or len(words) < 5
                    or (words[0][:1] == "ف" and _CONDITION.search(before))
                ):
                    # '«مهما توهم الغرب …؛ فإنه إذا لم يكن هذا التأثير إيجابياً؛ فلن يستطيع أحد …»' (a
                    # condition's answer), '«لا تواجه حكما قضائيا؛ بل تواجه موتا محتوما»', '«تصوروا ذلك؛
                    # الأم في السجن …»': a semicolon inside a quotation beside a piece too short to be a
                    # sentence, or before the answer of a condition, is a pause in one sentence
                    continue
        elif mark[-1] in '"”’' and _LOWER_AFTER.match(text, end):
            continue  # '"… to protect us?" he asked.', '"… the tsunami!!" tweeted …': the attribution
        if mark != "\n" and _AR_SOURCE_ONLY.match(text, end):
            continue  # '"… وسوف تستمر في ذلك"؛ على حد تعبيره.': the source ends the sentence before
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
    """Spans of quotations in “ ” « » „ “ and straight double quotes, in order, not nested.

    A straight quote opens after a space or a bracket and closes after a letter or a mark, so one stray
    mark does not flip every later quotation inside out; a quotation never runs over a paragraph."""
    spans: list[tuple[int, int]] = []
    open_at = -1
    closer = ""
    n = len(text)
    for m in _QUOTE_MARK.finditer(text):
        i = m.start()
        ch = text[i]
        if open_at >= 0 and "\n" in text[open_at:i]:
            open_at = -1
        if ch == '"':
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < n else " "
            opens = (before.isspace() or before in "([:،,-—") and not after.isspace()
            closes = not before.isspace() or after.isspace() or after in ".,;:!?؟،"
            reopens = opens and after.isalpha() and not before.isspace()
            if open_at >= 0 and closer == '"' and not reopens and closes:
                spans.append((open_at, i + 1))
                open_at = -1
                continue
            if opens or open_at < 0:
                open_at, closer = i, '"'
            continue
        if ch in _PAIRS and (open_at < 0 or closer == '"' or ch != "“"):
            open_at, closer = i, _PAIRS[ch]
        elif open_at >= 0 and ch in closer:
            spans.append((open_at, i + 1))
            open_at = -1
    return spans
