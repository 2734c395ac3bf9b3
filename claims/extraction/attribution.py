"""Split sentences into attributed propositions and find who says each one.

Works on the *folded* text (see cues.fold), which has the same letters as the cleaned text minus diacritics;
all offsets here are folded offsets, mapped back by the caller. Rules, not models:

- a reporting verb opens a proposition at the start of its clause; its speaker is the noun phrase before it
  (SVO: "المرصد ذكر أن", "The LCC said") or after it (VSO: "أعلن الناطق باسم … أن"), up to the
  complementiser (أن / إن / that), a colon or a quotation mark;
- "بحسب / according to X" attaches X to the proposition before it (or after it at the start of a clause);
- a post-posed English "…, X said" closes the proposition before it;
- participles (مشيراً إلى، adding that) and pronoun subjects ("وأضاف أن", "he added") carry the speaker on;
- short back-references ("الغرفة", "the Observatory") carry the fullest earlier mention;
- passives (أفيد، it was reported) have no speaker; يذكر أن / يبدو أن and sentences with no cue are the
  outlet's voice; sentences inside an open quotation stay with the quoted speaker.

The rules are split by language: attribution_ar.ArabicRules and attribution_en.EnglishRules hold the
language methods, attribution_base what they share; this module keeps the per-article state and the flow.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from claims.extraction.attribution_ar import ArabicRules, _ar_people_plural
from claims.extraction.attribution_base import (
    _ANY_QUOTE,
    _AR_ACCORDING_POSSESSED,
    _AR_ADDRESSEE,
    _AR_AMBIGUOUS,
    _AR_AND_WHICH,
    _AR_ANON,
    _AR_APPOSITION,
    _AR_B_NAMES,
    _AR_BEFORE_EXPRESSED,
    _AR_BODIES,
    _AR_BUT_CLAUSE,
    _AR_CAME,
    _AR_CHARGES,
    _AR_CLAUSE,
    _AR_COMPLEMENTIZERS,
    _AR_CONCESSIVE_DENIAL,
    _AR_CONCESSIVE_DENIAL_GATE,
    _AR_CONNECTIVES,
    _AR_CONTRARY_TO,
    _AR_COORD,
    _AR_CUT_WORDS,
    _AR_DENIAL_FORMS,
    _AR_DOC_HEADS,
    _AR_DROP_SPEAKER,
    _AR_ESTIMATED_AT,
    _AR_ESTIMATED_PASSIVE,
    _AR_EXPECTED_BEFORE,
    _AR_GENERIC_HEADS,
    _AR_HIS_WORDS,
    _AR_HONORIFICS,
    _AR_IN_DOCUMENT,
    _AR_ISSUING_VERBS,
    _AR_LEAD_PHRASE,
    _AR_LINK_PREPS,
    _AR_LINKED_CUES,
    _AR_LONG_PROP,
    _AR_MA_NOT_NEGATION,
    _AR_MANNER,
    _AR_MASCULINE,
    _AR_NATIVE_WAW,
    _AR_NEEDS_DEMAND,
    _AR_NEGATION,
    _AR_NONHUMAN_PLURALS,
    _AR_NOT_A_NAME_GAP,
    _AR_OF_A_PERSON,
    _AR_OPENING_PARTICLES,
    _AR_OWN_EXPECTATION,
    _AR_PAPER_NOUNS,
    _AR_PERSON_HEADS,
    _AR_PREPS,
    _AR_PRONOUN_COMPLEMENTIZERS,
    _AR_PUBLISHED_OBJECTS,
    _AR_QADR_NOUN_AFTER,
    _AR_QADR_NOUN_BEFORE,
    _AR_REJECTION_FORMS,
    _AR_RELATIVE,
    _AR_RELATIVE_DENIAL,
    _AR_RELATIVE_PASSIVES,
    _AR_RESUMPTIVE,
    _AR_RETRO,
    _AR_RETRO_RELATIVE,
    _AR_RULED_OUT,
    _AR_SHOWING,
    _AR_SPOKESMAN,
    _AR_STRICT_BELOW,
    _AR_T_ROOTS,
    _AR_TALKED,
    _AR_TIED_BEFORE_VERB,
    _AR_TIME,
    _AR_TITLES,
    _AR_TRAILING_RELATIVE,
    _COMMA,
    _DOC_NOUNS,
    _EN_ASIDE_IN_SPEAKER,
    _EN_AUTHORED_DOCUMENTS,
    _EN_BASE_VERBS,
    _EN_BELIEF_OPENERS,
    _EN_BODY_AFTER_AND,
    _EN_CLAUSE,
    _EN_CONDEMNED_TO,
    _EN_CONDITIONAL,
    _EN_CONNECTIVES,
    _EN_DECLARED_ACT,
    _EN_DETERMINERS,
    _EN_DOCUMENT_AUTHOR,
    _EN_DOCUMENT_HEADS,
    _EN_FRAME_QUOTE,
    _EN_LONG_PROP,
    _EN_MODIFIED_PLURAL,
    _EN_NAME_WITH_AND,
    _EN_NATIONALITY_PAIR,
    _EN_NOUN_VERBS,
    _EN_PLACE_PREPS,
    _EN_PRONOUNS,
    _EN_QUOTED_AS_SAYING,
    _EN_RELATIVE_IN_SPEAKER,
    _EN_RELAY,
    _EN_SPEAKER_TIME,
    _EN_SUBORDINATE_IN_SPEAKER,
    _EN_TOLL_CUE,
    _FIRST,
    _HISTORY,
    _OPEN_QUOTES,
    _REFOCUS_SPEAKERS,
    _REPORTS,
    _SECOND,
    _UNNAMED,
    _WINDOW,
    CueText,
    Prop,
    _ar_apposed_then_that,
    _ar_deploys,
    _ar_feminine_verb,
    _ar_indefinite_head,
    _ar_joint_body,
    _ar_medium,
    _ar_name_like,
    _ar_participle,
    _cap,
    _dedupe,
    _definite,
    _en_finite,
    _is_word,
    _opens_content,
    _tokens,
)
from claims.extraction.attribution_en import EnglishRules
from claims.extraction.cues import (
    ACCORDING,
    AR_CUESET,
    AR_DUAL_VERBS,
    AR_NOMINAL_SPEECH,
    EN_CUESET,
    OUTLET,
    PARTICIPLE,
    PASSIVE,
    VERB,
    Cue,
    nominal_cue,
)
from claims.extraction.segment import quote_spans, sentences

# Heads of an anonymous source (folded): "مصادر سياسية", "مصدر أمني".
_AR_SOURCE_HEADS = frozenset(["مصدر", "المصدر", "مصادر", "المصادر"])


class Attributor(ArabicRules, EnglishRules):
    """Per-article state: the folded text, its quotes and the speakers seen so far."""

    def __init__(
        self, text: str, language: str, resolve: Callable[[str], str | None] | None = None
    ) -> None:
        self.known = resolve
        self.text = text
        self.arabic = language == "ar"
        self.quotes = quote_spans(text)
        self.quote_starts = [q[0] for q in self.quotes]
        self.props: list[Prop] = []
        self.history: list[tuple[int, int]] = []  # speaker spans, in order of appearance
        self._papers: list[tuple[int, int]] | None = None  # newspapers named, for "الصحيفة"
        self._press_papers: list[
            tuple[int, int]
        ] = []  # the same, loosely, for a review's headlines
        self._span_words: dict[tuple[int, int], frozenset[str]] = {}  # for _refocus
        self._mention_cache: dict[tuple[int, int], list[str]] = {}  # for resolve
        self.last: list[tuple[int, int]] = []
        self._rejected = False  # set when a cue word turns out to be no reporting verb
        self._narrative = False  # set when a cue word narrates ("described the moment …")
        self.subjects: list[tuple[int, int]] = []  # main-clause speakers, for pronoun subjects
        # a plural pronoun verb's subject found before it, and the speakers carried then
        self._plural_subject: tuple[list[tuple[int, int]], list[tuple[int, int]]] | None = None
        # English: the sentence where the last speaker was named, and the subject of a later sentence
        # with no speaker ("The Tahrir al-Sham alliance denounced …": "it said" is the alliance)
        self._said_at = -1
        self._en_mentions: list[tuple[int, int]] = []  # those sentences (start, end)
        self.limit = 0
        self._sent_toks: list[tuple[int, int, str]] = []
        self._tok_starts: list[int] = []
        self._tok_ends_after: list[int] = []
        self._sent_lo = self._sent_hi = -1
        self._sent_pending = False

    # ------------------------------------------------------------------ helpers
    def _toks(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Tokens wholly inside [start, end): sliced from the current sentence's tokens when possible."""
        if self._sent_lo <= start and end <= self._sent_hi:
            if self._sent_pending:
                self._tokenize_sentence()
            lo = bisect_left(self._tok_starts, start)
            hi = bisect_left(self._tok_ends_after, end + 1, lo)
            return self._sent_toks[lo:hi]
        return _tokens(self.text, start, end)

    def _load_sentence(self, a: int, b: int) -> None:
        # Tokenised on first use: most sentences with no cue never need their tokens.
        self._sent_lo, self._sent_hi = a, b
        self._sent_pending = True

    def _tokenize_sentence(self) -> None:
        toks = _tokens(self.text, self._sent_lo, self._sent_hi)
        self._sent_toks = toks
        self._tok_starts = list(map(_FIRST, toks))
        self._tok_ends_after = list(map(_SECOND, toks))
        self._sent_pending = False

    def _in_quote(self, pos: int) -> tuple[int, int] | None:
        k = bisect_right(self.quote_starts, pos - 1) - 1
        if k >= 0:
            qs, qe = self.quotes[k]
            if qs < pos < qe - 1:
                return (qs, qe)
        return None

    def _clause_start(self, sent_start: int, pos: int, floor: int) -> int:
        """The start of the comma-clause that holds ``pos`` (not counting commas inside quotes)."""
        best = max(sent_start, floor)
        for m in _COMMA.finditer(self.text, best, pos):
            if self._in_quote(m.start()) is None:
                best = m.end()
        return best

    def _cues(self) -> list[tuple[int, int, Cue, str]]:
        cueset = AR_CUESET if self.arabic else EN_CUESET
        found: list[tuple[int, int, Cue, str]] = []
        text = self.text
        for start, end, cue in cueset.find(text):
            if (
                self._in_quote(start) is not None
                or (
                    self._negated(start)
                    # "ما يعتقد أنه حطام طائرة": a relative ما before a belief, not a negation
                    # ("نفى ما تردد عن …" stays the denial's object)
                    and not (
                        cue.kind == PASSIVE
                        and self.arabic
                        and text[start:end].lstrip("وف").startswith("يعتقد")
                        and text[max(0, start - 12) : start].split()[-1:] in (["ما"], ["وما"])
                    )
                )
            ):
                continue
            if (
                self.arabic
                and text[start:end].lstrip("وف") in {"راي", "رات", "راوا"}
                and not any(
                    t in _AR_COMPLEMENTIZERS
                    for t in re.split(r"[،,.:؛]", text[end : end + 90], maxsplit=1)[0].split()[:10]
                )
                and not _ar_apposed_then_that(text, end)
            ):
                continue  # رأى "considered" only before أن in its clause: not the noun رأي, "Ray"
            if (
                self.arabic
                and text[start:end].lstrip("وف") in {"عبر", "عبرت", "عبروا"}
                and not (
                    (
                        text[start] in "وف"
                        # "وقد عبر خادم الحرمين عن …", "كما عبر البيان عن …", "من جانبه، عبر X
                        # عن …", or at the start of a sentence: the verb (not "عن طريق", via)
                        or "".join(re.findall(r"[^\s،,]+", text[max(0, start - 16) : start])[-1:])
                        in _AR_BEFORE_EXPRESSED
                        or text[max(0, start - 3) : start].strip()[-1:] in {"", ".", "\n", "«"}
                        and not text.startswith(" عن طريق", end)
                    )
                    and "عن"
                    in re.split(r"[،,.:؛]", text[end : end + 130], maxsplit=1)[0].split()[:16]
                )
                # "إلا أنهم عبروا عن إحباطهم", "كما عبر عن استنكار المملكة": a past form with عن
                # right after it expressed something (not "عبر عن طريق", via)
                and not (text.startswith(" عن ", end) and not text.startswith(" عن طريق", end))
            ):
                continue  # "وعبر X عن قلقه": expressed; "عبر الحدود" is "across"
            if (
                self.arabic
                and text[start:end].lstrip("وف") in {"طلب", "طلبت", "طلبوا"}
                and (
                    text[start] not in "وف"
                    or "عدم" in text[end : end + 30].split()[:3]
                    or not any(
                        w in {"من", "ان", "بان"} or w[:1] in _OPEN_QUOTES
                        for w in re.split(r"[،,.:؛]", text[end : end + 120], maxsplit=1)[0].split()[
                            :14
                        ]
                    )
                )
            ):
                continue  # "وطلبت العائلات …" asks; "طلب" alone is the noun, "طلب عدم ذكر اسمه" anonymity
            if self.arabic and self._ar_out_of_context(start, end):
                continue
            if self.arabic and cue.kind == PARTICIPLE and self._ar_participle_adjective(start, end):
                continue
            if self.arabic and text[start:end].lstrip("وف") in {"قدر", "قدرت"}:
                nxt = text[end : end + 30].split()[:1]
                if nxt and _AR_ESTIMATED_AT.match(nxt[0]):
                    # "مبالغ كبيرة قدرت بمليارات الريالات", "الذي قدر بنحو 8 مليارات": قُدِّر with no
                    # one named, the amount right after it
                    cue = _AR_ESTIMATED_PASSIVE
                elif text[start] not in "وف" and (
                    (nxt and nxt[0].strip("،,.") in _AR_QADR_NOUN_AFTER)
                    or text[max(0, start - 12) : start].split()[-1:] in _AR_QADR_NOUN_BEFORE
                ):
                    continue  # "قدر قليل من المعلومات", "أكبر قدر ممكن": the noun "amount"
            if (
                self.arabic
                and cue.kind == PASSIVE
                and "توقع" in text[start:end]
                and (
                    text[max(0, start - 8) : start].split()[-1:] in _AR_OWN_EXPECTATION
                    or found
                    and found[-1][2].kind != PASSIVE
                    and not re.search(r"[!?؟\n]|\.(?!\d)", text[found[-1][1] : start])
                )
            ):
                # "وأوضح دادلي أن الطلب … ومن المتوقع أن يواصل …", "وتقول مصادر إنه من المتوقع":
                # the speaker's expectation; "المناطق التي يتوقع أن تتحول": a relative clause
                continue
            if (
                self.arabic
                and cue.kind == VERB
                and _AR_EXPECTED_BEFORE.search(text[max(0, start - 30) : start])
            ):
                continue  # "ويتوقع أن يعلن كيري زيادة المساعدات": the expected act, not a report
            if (
                self.arabic
                and cue.kind == VERB
                and text[start] not in "وف"
                and text[max(0, start - 12) : start].split()[-1:]
                in (["في"], ["علي"], ["الي"], ["بعد"], ["قبل"], ["حول"], ["عقب"])
                and not AR_NOMINAL_SPEECH.match(text, start, end)
            ):
                # "وقال متطوع شارك في نقل الجثث": a verbal noun after a preposition (not من: "من قال"
                # is "who said"; not عن: "ما نشرته وسائل إعلام عن كشف دبلوماسي منشق لمخططات …" was news
                # about his report)
                continue
            if (
                not self.arabic
                and _EN_TOLL_CUE.match(text, start, end)
                and text[max(0, start - 12) : start].split()[-1:] in (["which"], ["who"])
            ):
                # "The … network which gave a lower toll of 17 people killed said …": the toll in a
                # relative clause describes the speaker of the verb after it
                continue
            if (
                not self.arabic
                and text[start].isupper()
                and start > 0
                and text[start - 2 : start] not in (". ", '" ')
            ):
                prev = text[max(0, start - 2) : start].strip()
                if prev and prev[-1].isalnum():
                    continue  # "Port Said", "Said Jalili": a name, not the verb
            if (
                not self.arabic
                and (
                    text[start:end].lower() in _EN_NOUN_VERBS
                    and self._en_noun_use(start, end)
                    # 'AFP also reports, "…"': a subject, the verb, then the quotation
                    and not (_EN_FRAME_QUOTE.match(text, end) and self._en_frame_subject(start))
                    or text[start:end].lower() == "states"
                    and not self._en_frame_subject(start)
                    or text[start:end].lower() in _EN_BASE_VERBS
                    and self._en_infinitive(start)
                    or text[start:end].lower().startswith("threaten")
                    and not text.startswith(" to ", end)
                    # "a statement calling for …", "protests calling for …": a noun's modifier
                    or text[start:end].lower() == "calling"
                    and self._en_after_noun(start)
                    # "If confirmed, it would be …", "If admitted into the EU, Turkey …": a
                    # conditional participle reports nothing
                    or text[start:end].lower().endswith("ed")
                    and text[max(0, start - 8) : start].split()[-1:] in _EN_CONDITIONAL
                    # "The prime minister's wife is said to have praised …": the passive before it
                    # reports the act (nobody named)
                    or text[start:end].lower().endswith("ed")
                    and text[max(0, start - 12) : start].split()[-2:] == ["to", "have"]
                    # "Islamic State has declared a caliphate in the areas where it operates": an act,
                    # not a report (convention EN-14)
                    or text[start:end].lower().startswith(("declare", "proclaim"))
                    and _EN_DECLARED_ACT.match(text, end) is not None
                    # "a failure to fund treatments condemns a generation of people to death": a
                    # sentence, not a criticism
                    or text[start:end].lower().startswith("condemn")
                    and _EN_CONDEMNED_TO.match(text, end, min(len(text), end + 80)) is not None
                    # "Mortar shells slammed into central Damascus": a blow, not a criticism
                    or text[start:end].lower().startswith("slam")
                    and text[end : end + 12].split()[:1] in (["into"], ["onto"], ["through"])
                    # "a senior U.S. official said Washington believed Egypt needed …": a belief with
                    # no "that" inside another report is part of its content
                    or cue.mode == "considered"
                    and text[start:end].lower().startswith("believ")
                    and not text.startswith(" that", end)
                    and (
                        bool(found)
                        and not re.search(r"[!?\n]|\.(?!\d)", text[found[-1][1] : start])
                        # "for activities they believed he was involved in": a relative clause
                        or bool(
                            re.search(
                                r"\b[a-z]+\s+(?:they|he|she|it|we)\s+$",
                                text[max(0, start - 40) : start],
                            )
                        )
                        and text[max(0, start - 40) : start].split()[-2] not in _EN_BELIEF_OPENERS
                    )
                )
            ):
                # "reports say", "amid reports that": the noun, which cuts no speaker short;
                # "… and condemn this move", "the first leader to urge Assad to …": no report
                continue
            found.append((start, end, cue, CueText(text, start, end)))
        return found

    def _negated(self, pos: int) -> bool:
        before = self.text[max(0, pos - 12) : pos].split()
        if not before:
            return False
        prev = before[-1].lower()
        if self.arabic:
            if (
                prev in {"لم", "ولم", "لا", "ولا", "فلا"}
                and self.text[pos : pos + 12].split()[0].lstrip("وف") in _AR_RULED_OUT
            ):
                return False  # "ولم يستبعد البكري أن يكون …": not ruling out is a statement
            # "سرعان ما نفى": ما after it is no negation.
            return prev in _AR_NEGATION and not (
                prev in {"ما", "وما"} and before[-2:-1] and before[-2] in _AR_MA_NOT_NEGATION
            )
        if prev.endswith(("'s", "’s")) and pos > 2 and self.text[pos - 1] == " ":
            return True  # "Mr Blair's reported treaty": an adjective after a possessive
        return prev in {
            "his",
            "her",
            "its",
            "their",
            "as",
            "not",
            "never",
            "n't",
            "didn't",
            "doesn't",
            "don't",
            "did",
            "the",
            "a",
            "an",
        }

    def _split_speakers(self, start: int, end: int) -> list[tuple[int, int]]:
        """Split coordinated speakers ("المرصد … وأنصار الأسد", "The Observatory and the LCC")."""
        text = self.text
        if not self.arabic:
            # "Outside interference\nKodmani said": an in-body subheading on the line before is no
            # part of the name; a name broken across lines is ("the\nNew York Times",
            # "Algeria's\nEl-Khabar\nnewspaper").
            nl = text.rfind("\n", start, end)
            while nl > start:
                before_nl = text[start:nl].split()
                after_nl = text[nl + 1 : end].split()
                last = before_nl[-1] if before_nl else ""
                if (
                    after_nl
                    and _cap(after_nl[0])
                    and last.lower() not in _EN_DETERMINERS
                    and not last.endswith(("'s", "’s", "s'"))
                    and last[-1:] not in ",-–"
                ):
                    start = nl + 1
                    break
                nl = text.rfind("\n", start, nl)
            # "The army on Sunday said": the time is no part of the name.
            rel = _EN_RELATIVE_IN_SPEAKER.search(text, start, end)
            if rel is not None and rel.start() > start:
                if rel.group(1) == "what":
                    start = rel.end()  # "Survivors from what activists say is …": activists
                else:
                    end = rel.start()  # "The Observatory, which also reported …": the Observatory
            start = self._en_strip_frame(start, end)
            for q in (text.rfind('"', start, end), text.rfind("”", start, end)):
                if q > start and text[q - 1] in ",.!?" and text[q + 1 : q + 2] == " ":
                    start = (
                        q + 1
                    )  # '… conflict," Foreign Minister Sergei Lavrov': after the quotation
            sub = _EN_SUBORDINATE_IN_SPEAKER.search(text, start, end)
            if sub is not None:
                start = (
                    sub.end()
                )  # "The attack came as the Syrian Observatory … said": the Observatory
            aside = _EN_ASIDE_IN_SPEAKER.search(text, start, end)
            if aside is not None and aside.start() > start:
                # "Tory leader Michael Howard, asked about … by reporters, said"
                end = aside.start()
            start = self._en_after_content_verb(start, end)
            start = self._en_after_object(start, end)
            when = _EN_SPEAKER_TIME.search(text, start, end)
            if when is not None and when.start() > start:
                if text[when.end() : end].strip():
                    start = when.end()  # "… killed 27 people on Monday activists said"
                else:
                    end = when.start()
        span = text[start:end]
        pieces: list[tuple[int, int]] = []
        if self.arabic:
            cuts = [(m.start(), m.end()) for m in _AR_COORD.finditer(span)]
            # "و" splits only before a new noun phrase, not inside a name ("وزارة", "ولي العهد").
            good: list[tuple[int, int]] = []
            last = 0
            for cs, ce in cuts:
                nxt = span[ce:].split(maxsplit=1)
                word = nxt[0] if nxt else ""
                quoted = self._in_quote(start + cs)
                if quoted is not None and len(text[quoted[0] : quoted[1]].split()) <= 6:
                    continue  # 'وذكرت "الجبهة الشعبية للتغيير والتحرير"': one quoted name
                if span[cs:ce].strip() == "" and word.startswith("و"):
                    bare = word[1:].lstrip('"«“')  # و«الشبكة السورية»: the quoted name
                    left_known = (
                        self.known is not None
                        and not word.startswith(_AR_NATIVE_WAW)
                        and self.known(span[last:cs]) is not None
                    )
                    left_words = span[last:cs].split()
                    after_word = span[ce:].split()[1:2]
                    if not (
                        _definite(bare)
                        or bare in _AR_ANON
                        or _AR_DROP_SPEAKER.match(word)
                        or left_known
                        # "البيت الأبيض ووزارة الخارجية": a second body (AR-18)
                        or _ar_joint_body(
                            word,
                            after_word[0] if after_word else "",
                            left_words[0] if left_words else "",
                        )
                    ):
                        continue
                    stem = bare[2:].removesuffix("ه") if bare.startswith("ال") else ""
                    if (stem in _AR_TITLES or stem in _AR_HONORIFICS or stem == "محاضر") and not (
                        "،" in span[last:cs] or "," in span[last:cs]
                    ):
                        continue  # "الناشطة في … والمحاضرة في جامعة …، عزيزة اليوسف": one person
                    rest = span[ce:].split()
                    if len(rest) == 1 and bare.endswith(("يه", "يين", "يون")):
                        continue  # coordinated adjectives: "مصادر أمنية وطبية"
                    left = span[last:cs].split()
                    if (
                        len(rest) == 1
                        and bare.startswith("ال")
                        and len(left) >= 2
                        and left[-2] in {"وزاره", "هييه", "مجلس", "لجنه", "رياسه", "مكتب"}
                        and left[-1].startswith("ال")
                    ):
                        continue  # one ministry's name: "وزارة الخارجية والمغتربين"
                    before = span[last:cs].split()
                    if (
                        bare.startswith("الم")
                        and len(rest) > 1
                        and rest[1].startswith(("ل", "من"))
                        and any(
                            w.startswith("الم") and nx.startswith(("ل", "من"))
                            for w, nx in zip(before[1:], before[2:], strict=False)
                        )
                    ):
                        continue  # "جبهة النصرة الموالية لتنظيم القاعدة والمناهضة لتنظيم داعش": one front
                    if (
                        before
                        and bare.startswith("ال")
                        and before[-1].startswith("ال")
                        and any(bare.endswith(x) and before[-1].endswith(x) for x in ("ي", "يه"))
                    ):
                        continue  # "المبعوث العربي والدولي إلى سوريا": one envoy, two adjectives
                    if self.known is not None:
                        whole = self.known(span[last:])
                        if (
                            whole
                            and whole != self.known(span[last:cs])
                            and whole != self.known(span[ce:])
                        ):
                            continue  # one registered name: "القيادة العامة للجيش والقوات المسلحة"
                    good.append((cs, ce + 1 if ce < len(span) and span[ce] == "و" else ce))
                else:
                    good.append((cs, ce))
                last = good[-1][1]
            cuts = good
        else:
            cuts = [
                (m.start(), m.end())
                for m in re.finditer(
                    r"\s+and\s+(?=(?:the\s+|an?\s+|its\s+|their\s+|[A-Z]|[\w\s-]{0,30}\b(?:officials|sources|activists|medics|witnesses|residents|doctors)\b))",
                    span,
                )
                # "its Russian and Iranian backers": coordinated adjectives of one noun, not two speakers.
                if not _EN_NATIONALITY_PAIR.match(span, m.start())
                # "the Movement for Oneness and Jihad in West Africa": one name
                and not (
                    _EN_NAME_WITH_AND.search(span, 0, m.start())
                    and span[m.end() : m.end() + 1].isupper()
                )
                # "The Pentagon's Project and Contract Office (PCO)": one body
                and not _EN_BODY_AFTER_AND.match(span, m.end())
                # "Local and media sources", "Medical and security sources": one noun, two modifiers.
                and not (
                    len(span[: m.start()].split()) == 1
                    and not span[: m.start()].endswith("s")
                    and span[: m.start()].strip().lower() not in _EN_PRONOUNS
                    and _EN_MODIFIED_PLURAL.match(span, m.end())
                )
            ]
        pos = 0
        for cs, ce in [*cuts, (len(span), len(span))]:
            pieces.append((start + pos, start + cs))
            pos = ce
        out: list[tuple[int, int]] = []
        for ps, pe in pieces:
            ps, pe = self._trim(ps, pe)
            if pe <= ps:
                continue
            piece = text[ps:pe]
            if self.arabic and _AR_DROP_SPEAKER.match(piece):
                break
            role = _AR_SPOKESMAN.search(piece) if self.arabic else None
            if (
                role is not None
                and role.start() > 0
                and piece[role.start() - 1] != "و"
                # "مساعد المتحدث باسم الأمم المتحدة فرحان حق": his office is the spokesman's deputy
                and piece[: role.start()].split()[-1:]
                not in (["مساعد"], ["نايب"], ["مساعده"], ["نايبه"])
            ):
                # ("عضو مجلس المحافظة والمتحدث الرسمي باسمه عيد عماش": one man's second title)
                # "غرفة عمليات دحر الغزاة الناطقة باسم الفصائل": the name, not its description.
                ps, pe = self._trim(ps, ps + role.start())
                if pe <= ps:
                    continue
            if not self.arabic and piece.lower() in {"others", "other groups"}:
                break
            out.append((ps, pe))
        return out[:3] or ([self._trim(start, end)] if self._trim(start, end)[1] > start else [])

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        strip = " \t\n،,:;.-–—()[]"
        if self.arabic:
            # "وحذر هاوزنر قائلا: …": a participle cue at the end goes on with the content.
            words = text[start:end].split()
            while len(words) > 1 and _ar_participle(words[-1]) and words[-2] != "غير":
                end = text.rindex(words.pop(), start, end)
        while start < end and text[start] in strip:
            start += 1
        while end > start and text[end - 1] in strip:
            end -= 1
        # Balance quotation marks around a quoted name ("الغرفة" / «إيباك»).
        span = text[start:end]
        if len(span) > 2 and span[0] in _ANY_QUOTE and span[-1] in _ANY_QUOTE:
            inner = span[1:-1]
            if not any(c in _ANY_QUOTE for c in inner):
                start, end = start + 1, end - 1
        span = text[start:end]
        if span and span[0] in _ANY_QUOTE and not any(c in _ANY_QUOTE for c in span[1:]):
            start += 1
        span = text[start:end]
        if span and span[-1] in _ANY_QUOTE and not any(c in _ANY_QUOTE for c in span[:-1]):
            end -= 1
        while start < end and text[start] in strip:
            start += 1
        while end > start and text[end - 1] in strip:
            end -= 1
        for opener, closer in ("()", "[]"):
            if (
                end < len(text)
                and text[end] == closer
                and text.count(opener, start, end) > text.count(closer, start, end)
            ):
                end += 1  # "… Chemical Weapons (OPCW)": the closing bracket stays
        return start, end

    def _add_denied_claimant(self, prop: Prop, cue: Cue, pos: int) -> None:
        """ "نفى مصدر عسكري ما تناقلته وسائل إعلام …": the media that made the claim speak in it too
        (gold convention 3), but "وأضاف" later carries on with the denier only."""
        if cue.mode != "denied":
            return
        claimant = self._ar_denied_claimant(pos, max(self.limit, pos))
        if claimant is not None:
            prop.carried = _dedupe(self.text, [*prop.carried, *self._speaker_strings([claimant])])

    @staticmethod
    def _content_at(toks: list[tuple[int, int, str]], k: int) -> int:
        """Where the content starts at the opener ``toks[k]``: after أن / إن / a colon, at a quotation mark."""
        w = toks[k][2]
        return toks[k][1] if w in _AR_COMPLEMENTIZERS or w == ":" else toks[k][0]

    def _ends_speaker(self, w: str, nxt: str, generic: bool, has_comp: bool) -> bool:
        """Whether the word ``w`` (followed by ``nxt``) no longer belongs to the speaker's noun phrase."""
        if w in _AR_TIME or _AR_ADDRESSEE.match(w) or w == "،" and nxt in _AR_APPOSITION:
            return True
        if w in {"الذي", "التي", "الذين"} and not has_comp:
            return True  # "وعبر الأشقاء اليمنيون الذين شملهم القرار عن شكرهم": a relative clause
        if w == "ذات" and nxt in {"مره", "يوم", "ليله"}:
            return True  # "أشارت إليها برقية دبلوماسية ذات مرة": once, no part of the name
        if w in {"ب", "بـ"}:
            return True  # 'طالب المحتجون بـ"القصاص"': the preposition written apart from its object
        if w in "،,-–—" and (
            nxt in _AR_APPOSITION or nxt in {"كما", "وكما"} or _AR_DROP_SPEAKER.match(nxt)
        ):
            return True  # "فوسي -وهو متحدث باسم …-", "مصدران أمنيان، طلبا عدم كشف هويتيهما"
        if w in {"عنه", "عنها", "عنهم"}:
            return True  # "ونقلت وكالة فرانس برس عنه قوله": the one relayed, not the relay's name
        if w in {"ما", "مما"}:  # "نفت وزارة الدفاع ما تردد": the object starts
            return True
            return True
        if w in {"في", "خلال", "عبر", "علي", "ضمن"} and (_ar_medium(nxt) or nxt in _AR_TIME):
            return True
        if (
            w.startswith("ب")
            and len(w) > 3
            and w not in {"باسم", "باسمه", "باسمها", "باسمهم", "بن", "بنت"}
            and not w.startswith("بال")
            and w not in _AR_B_NAMES
            and not (w[1:] in _AR_BODIES and has_comp)
        ):
            return True  # "أفاد المرصد بمقتل 51": a masdar object, not the name
        if w.startswith("ل") and len(w) > 3 and self.known is not None and not w.startswith("لل"):
            slug_kind = self.known(w[1:])
            if slug_kind is not None and w[1:2] != "ا":
                return True  # "قال شاهد لرويترز": the addressee
        if w == "علي" and nxt == "لسان":
            return False
        if w in _AR_CUT_WORDS:
            return not (generic and w in {"في", "من"}) or not has_comp and w not in {"في", "من"}
        return not has_comp and w in _AR_PREPS and not (generic and w in {"في", "من"})

    def _looks_like_speaker(self, span: tuple[int, int]) -> bool:
        """A clause that can be a speaker on its own: a known name, an earlier speaker, "مصدر في …"."""
        words = [t[2] for t in self._toks(*span) if _is_word(t[2])]
        if (
            not words
            or len(words) > 8
            or any(w in _AR_APPOSITION or w in {"هو", "هي", "هم"} for w in words)
        ):
            return False
        if words[0] in _AR_GENERIC_HEADS or self.resolve(span) != span:
            return True
        return self.known is not None and self.known(self.text[span[0] : span[1]]) is not None

    def _short_quote(self, pos: int, words: int = 3) -> int:
        """The end of a quotation of at most ``words`` words that starts at ``pos``, else 0."""
        k = bisect_right(self.quote_starts, pos) - 1
        if k >= 0 and self.quotes[k][0] == pos:
            qs, qe = self.quotes[k]
            return qe if len(self.text[qs:qe].split()) <= words else 0
        return 0

    # ------------------------------------------------------------------ resolution
    def resolve(self, span: tuple[int, int]) -> tuple[int, int]:
        """The fullest earlier mention of a short back-reference ("الغرفة", "the Observatory", "شكري")."""
        raw = self.text[span[0] : span[1]]
        words = raw.split()
        if not words or len(words) > 3:
            return span
        key = [
            w.lower().strip('"“”«»()') for w in words if w not in {"نفسه", "ذاته", "نفسها", "ذاتها"}
        ]
        if not key:
            return span
        # "المصدر نفسه", "(وفقا ل)لمصادر ذاتها": "the same" points back whatever the article, and the
        # earlier mention need only be longer than the noun ("مصدر أمني")
        same = self.arabic and len(key) < len(words)
        shortest = len(" ".join(key)) if same else len(raw)
        if self.arabic:
            bare = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in key]
            if len(key) == 2 and key[0] in _AR_DOC_HEADS and key[1].startswith("لل"):
                # "حصيلة للمرصد", "بيان للجيش": the body's document, the body spoke before.
                key, bare = ["ال" + key[1][2:]], [key[1][2:]]
        else:
            bare = [w for w in key if w not in _EN_DETERMINERS and w != "same"]  # "the same source"
            if not bare:
                return span
            if "same" in key and self.history:
                # "the same source said": whoever spoke last in the article
                return self.last[0] if len(self.last) == 1 else self.history[-1]
        definite = key[0].startswith("ال") or key[0] in {"the", "this"} or same
        if (bare[0] in _AR_ANON and not definite) or (
            not self.arabic
            and bare[-1]
            in {"sources", "source", "activists", "officials", "witnesses", "residents"}
        ):
            return span
        slug = self.known(raw) if self.known is not None else None
        # "اللواء لطفي" after "اللواء عبدالموجود لطفي مساعد وزير الداخلية", "السفير منصور" after "السفير
        # رياض منصور": a title and a surname name the person whose earlier mention has both, the given
        # name between them (taken only when no mention has the two words together).
        titled = self.arabic and len(bare) == 2 and bare[0] in _AR_TITLES and _ar_name_like(key[1])
        gapped: tuple[int, int] | None = None
        tried: set[tuple[int, int]] = set()  # a speaker named again: the same answer as before
        # A match starts on the first word (in Arabic also written with و / ل / ب before it): a mention
        # with none of these is passed over before the slug lookup and the word-by-word comparison.
        firsts = (
            {bare[0], "و" + bare[0], "ل" + bare[0], "ب" + bare[0]} if self.arabic else {bare[0]}
        )
        for earlier in reversed(self.history[-_HISTORY:]):  # bounded: linear time on any input
            if earlier in tried or earlier[1] - earlier[0] <= shortest:
                continue
            tried.add(earlier)
            if firsts.isdisjoint(self._mention_words(earlier)):
                continue
            if slug is not None and self.known is not None:
                # "The Observatory" is the Observatory, not "Observatory chief Rami Abdel Rahman".
                other = self.known(self.text[earlier[0] : earlier[1]])
                if other is not None and other != slug:
                    continue
            ebare = self._mention_words(earlier)
            if self.arabic:
                ebare = [
                    w[1:] if w.startswith(("و", "ل", "ب")) and w[1:] in bare else w for w in ebare
                ]
            elif (
                ebare
                and ebare[-1] in _EN_DOCUMENT_HEADS
                and bare
                and bare[-1] not in _EN_DOCUMENT_HEADS
            ):
                continue  # "the Observatory" is not "an Observatory toll" (a document)
            n = len(bare)
            for i in range(len(ebare) - n + 1):
                if ebare[i : i + n] == bare:
                    if self.arabic and i > 0 and ebare[0] in _AR_OF_A_PERSON:
                        break  # "الأسد" is not "حكومة الأسد" / "نظام الأسد"
                    if (
                        self.arabic
                        and i > 0
                        and not (len(key) == 1 and key[0] in _AR_PAPER_NOUNS)
                        and self._ar_after_preposition(ebare, i, earlier)
                    ):
                        # "أجاب مرسي" is not "نقل سانكلو للرئيس مرسي سؤالا", "الأمم المتحدة" not
                        # "السفير الإسرائيلي لدى الأمم المتحدة": a name after a preposition is no
                        # speaker's head
                        continue
                    if not self.arabic and i and ebare[i - 1] in _EN_PLACE_PREPS | {"for", "of"}:
                        continue  # "Israel" is not "Obama, on his first official visit to Israel"
                    if self.arabic and len(key) == 1 and key[0] in _AR_PAPER_NOUNS:
                        return self._ar_later_paper(earlier, span[0])
                    return earlier
            if titled and gapped is None:
                for i, w in enumerate(ebare):
                    if w != bare[0] or bare[1] not in ebare[i + 2 : i + 4]:
                        continue
                    gap = ebare[i + 1 : i + 1 + ebare[i + 2 : i + 4].index(bare[1]) + 1]
                    if (i and ebare[i - 1] in {"نايب", "مساعد"}) or set(gap) & _AR_NOT_A_NAME_GAP:
                        continue  # "الرئيس التركي" is not "(نائب) رئيس الوزراء التركي"
                    gapped = earlier
                    break
        return gapped if gapped is not None else span

    def _mention_words(self, span: tuple[int, int]) -> list[str]:
        """The words of an earlier mention as ``resolve`` compares them (lower case, no quotes or
        brackets, Arabic ال dropped); computed once per mention in the article."""
        words = self._mention_cache.get(span)
        if words is None:
            etext = self.text[span[0] : span[1]]
            words = [
                w.lower().strip('"“”«»()')
                for w in etext.replace("،", " ").replace(",", " ").split()
            ]
            if self.arabic:
                words = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words]
            self._mention_cache[span] = words
        return words

    def _speaker_strings(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for s, e in spans:
            raw = self.text[s:e]
            low = raw.lower()
            mentioned = None if self.arabic else self._en_mentioned(low)
            if mentioned is not None:
                out.append(mentioned)
                continue
            if not self.arabic and low in {"he", "she"}:
                out.extend(self._en_person())
                continue
            if not self.arabic and low == "they":
                out.extend(self._en_group())
                continue
            if (
                _DOC_NOUNS.match(low)
                and self.last
                and (self.arabic or self._en_last_is_person() and not self._en_subordinate(s))
            ):
                # "وأشار التقرير" after "اتهم تقرير للأمم المتحدة …": the report named before, not
                # whoever spoke last; with no earlier mention of one, its author (the last speaker).
                # So in English, when a person spoke last: "…, according to the report." after "the
                # United Nations report" named a paragraph before and a PLO official quoted since (a
                # paper or a body that spoke last is the report's author: "… La Stampa reported.
                # '…,' the report said").
                earlier = self.resolve((s, e))
                out.extend([earlier] if earlier != (s, e) else self.last)
                continue
            if self.arabic:
                # "رنا وهي أيضا سجينة سابقة", "المصدر الذي …": an apposition or relative clause
                # starts after the name
                ended = self._ar_span_end(s, e)
                if ended < e:
                    # "الرئيس أوباما عقب محادثاته": the name, or its fullest earlier mention; a document
                    # described ("البيان الذي صدر أمس") is the document itself, not one referring back
                    doc = _DOC_NOUNS.match(self.text[s:ended])
                    out.append((s, ended) if doc else self.resolve((s, ended)))
                    continue
                cut = _AR_TRAILING_RELATIVE.search(raw)
                if cut is not None and cut.start() > 0:
                    e = s + cut.start()
                    raw = low = self.text[s:e]
                comma = min((k for k in (raw.find("،"), raw.find(",")) if k > 0), default=-1)
                head_words = raw[:comma].split() if comma > 0 else []
                if len(head_words) >= 2 and any(
                    not w.startswith("ال") and w not in _AR_PERSON_HEADS for w in head_words
                ):
                    # "الدكتور فايز، صاحب الخبرة الأمنية": a name before an apposition, named earlier
                    # in full ("الدكتور فايز الشهري، عضو مجلس الشورى"): that mention (only one that
                    # goes on from these words, never a title alone: "نقيب المحامين الأردنيين")
                    earlier = self.resolve((s, s + comma))
                    named = re.split("[،,]", self.text[earlier[0] : earlier[1]])[0].strip()
                    if named.startswith(raw[:comma]) and len(named) > comma:
                        out.append(earlier)
                        continue
            if (
                (not self.arabic and low in _EN_PRONOUNS)
                or raw in {"هو", "هي", "هم", "وهو", "وهي", "وهم"}
                or _DOC_NOUNS.match(low)
                and self.last
            ):
                out.extend(self.last)
                continue
            if not self.arabic:
                s = self._en_after_dateline(s, e)
            out.append(self.resolve((s, e)))
        return _dedupe(self.text, out)

    # ------------------------------------------------------------------ main loop
    def run(self) -> list[Prop]:
        text = self.text
        cues = self._cues()
        ci = 0
        prev_sentence_props: list[Prop] = []
        spans = sentences(text)
        captions: set[int] = set()
        if not self.arabic:
            spans, captions = self._en_caption_spans(spans)
        announced: Prop | None = None  # "The source told Asharq Al-Awsat that.": the words follow
        for n, (s_start, s_end) in enumerate(spans):
            while ci < len(cues) and cues[ci][0] < s_start:
                ci += 1
            local = []
            while ci < len(cues) and cues[ci][0] < s_end:
                local.append(cues[ci])
                ci += 1
            if n in captions:
                # A photo caption ("… on July 1 2016. (AFP Photo)") is no claim (convention EN-17): it
                # names no speaker and lends none to the lead after it.
                caption = Prop(start=s_start, end=s_end)
                self.props.append(caption)
                prev_sentence_props = [caption]
                continue
            self._load_sentence(s_start, s_end)
            issued = self.arabic and self._ar_issued(s_start, s_end)
            props = self._sentence(s_start, s_end, local, prev_sentence_props)
            if not self.arabic and props and all(p.kind == OUTLET for p in props):
                self._en_quote_any_verb(s_start, s_end, props)
            if not self.arabic and n <= 1 and len(spans) > 3 and self._en_headline(spans, n):
                # "Thursday 6 April 2017 / Turkey says tests on Syria attack victims point to possible
                # sarin exposure . / Initial results of tests …": a scraped page's title under its
                # dateline repeats the lead; it is no claim (convention EN-1), so it names no speaker.
                for p in props:
                    p.kind, p.carried, p.mode, p.cue = OUTLET, [], "", ""
            if not self.arabic:
                announced = self._en_announced_speech(props, announced)
                if _EN_RELAY.search(text, s_start, s_end):
                    self._en_relays(props, s_start, s_end)
            if not self.arabic and self._en_source_only(props, prev_sentence_props):
                # "… in the north of Raqqa city. the Syrian Observatory … monitor said.": a sentence
                # that only names a source is the end of the one before it.
                last, only = prev_sentence_props[-1], props[0]
                last.kind, last.carried, last.guessed = "reported", list(only.carried), False
                last.mode, last.cue, last.polarity = only.mode, only.cue, only.polarity
                last.end = only.end
                continue
            self.props.extend(props)
            prev_sentence_props = props
            if not self.arabic and props and all(p.kind == OUTLET for p in props):
                # its subject is read when a pronoun asks (the last few such sentences)
                self._en_mentions = [*self._en_mentions[-7:], (s_start, s_end)]
            if not local and self.arabic and not issued:
                self._refocus(s_start, s_end)
        if not self.arabic:
            self._en_speech_noun_agents()
            self._en_stance_appositions()
            self._en_passive_agents()
        self._fill_quotes()
        if self.arabic:
            self._fill_colon_speech()
            self._relative_deniers()
            self._ar_denied_claimants()
        if self.arabic:
            self._ar_first_person_quote()
            self._ar_press_titles()
            self._ar_whole_texts()
            self._ar_tweets()
            self._ar_review_sections()
            self._ar_subheadings()
        self.props = [piece for p in self._unique(self.props) for piece in self._split_long(p)]
        if self.arabic:
            self.props = self._ar_join_frames(self._ar_join_embedded(self.props))
        for p in self.props:
            if p.kind == "outlet" and _UNNAMED.search(self.text, p.start, p.end):
                p.kind = PASSIVE  # "X reportedly did Y": reported, nobody named
            elif (
                p.kind in {"reported", "quote"}
                and p.carried
                and all(_REPORTS.match(self.text[x:y]) for x, y in p.carried)
            ):
                p.kind, p.carried = PASSIVE, []
        if not self.arabic:
            self._en_first_person_speech()
        return self.props

    def _refocus(self, a: int, b: int) -> None:
        """A sentence with no cue whose opening names an earlier speaker ("اجتمع زعيم الائتلاف معاذ
        الخطيب مع …") makes that speaker the one a following pronoun "وقال" means. (English "he said"
        resolves its pronoun by other means; refocusing there scored lower.)"""
        if not self.history:
            return
        head = {
            w[2:] if w.startswith("ال") and len(w) > 4 else w
            # The opening words only: a cue-less sentence is otherwise never tokenised.
            for w in (
                t.strip("،,.:؛\"'“”«»()").lstrip("وف")
                for t in self.text[a : min(b, a + 160)].split()[:10]
            )
            if len(w) > 2
        }
        if len(head) < 2:
            return
        seen: set[tuple[int, int]] = set()
        for span in reversed(self.history[-_HISTORY:]):
            if span in seen:
                continue
            seen.add(span)
            if len(seen) > _REFOCUS_SPEAKERS:
                return
            words = self._span_words.get(span)
            if words is None:
                words = self._span_words[span] = frozenset(
                    w[2:] if w.startswith("ال") and len(w) > 4 else w
                    for w in self.text[span[0] : span[1]].split()
                    if len(w) > 2
                )
            if len(words & head) >= 2:
                if list(self.last) != [span]:
                    self.last = [span]
                    self.subjects.append(span)
                return

    def _unique(self, props: list[Prop]) -> list[Prop]:
        """A sentence repeated word for word (a scraped lede after its headline) is one claim, not two."""
        text = self.text
        # Equal texts have the same first and last words: only a proposition that shares both with an
        # earlier one has its whitespace-normalised text compared (each text built at most once).
        by_ends: dict[tuple[str, str], list[int]] = {}
        keys: dict[int, str] = {}
        out: list[Prop] = []
        for p in props:
            raw = text[p.start : p.end]
            head = raw.split(None, 1)[:1]
            ends = (head[0], raw.rsplit(None, 1)[-1]) if head else ("", "")
            earlier = by_ends.setdefault(ends, [])
            if earlier and len(raw) > 40:
                key = " ".join(raw.split())
                if len(key) > 40 and any(self._unique_key(out, k, keys) == key for k in earlier):
                    continue
                keys[len(out)] = key
            earlier.append(len(out))
            out.append(p)
        return out

    def _unique_key(self, out: list[Prop], k: int, keys: dict[int, str]) -> str:
        key = keys.get(k)
        if key is None:
            key = keys[k] = " ".join(self.text[out[k].start : out[k].end].split())
        return key

    def _split_long(self, prop: Prop, fine: bool = True) -> list[Prop]:
        """A long proposition with several clauses ("…، بينما قتل 29 منهم …") gives one claim per clause,
        each with the same voice; short pieces stay together."""
        text = self.text
        lo = max(prop.start, prop.content_start)
        if fine and self.arabic:
            return [
                q
                for piece in self._split_long(prop, fine=False)
                for q in self._ar_split_fine(piece, max(piece.start, piece.content_start))
            ]
        if prop.end - lo < (_AR_LONG_PROP if self.arabic else _EN_LONG_PROP):
            if not self.arabic and prop.kind == "reported" and prop.cue:
                return self._en_split_complements(prop, lo)
            if self.arabic and prop.kind in {"reported", "quote"} and prop.carried:
                return self._ar_split_clauses(prop, lo)
            return [prop]
        pattern = _AR_CLAUSE if self.arabic else _EN_CLAUSE
        cuts = [
            m.end()
            for m in pattern.finditer(text, lo, prop.end)
            if (prop.kind == "quote" or self._ar_speech_quoted(prop, lo, m.start()))
            # "…، و19 في حلب و16 في درعا": the next figure of a list, not a clause
            and not (self.arabic and self._ar_figure_follows(m.end()))
            and not (self.arabic and self._ar_as_aside(m.start(), m.end(), prop.end))
            and (
                not self.arabic
                or prop.end - lo >= _AR_STRICT_BELOW
                or self._ar_and_opens_clause(m.end())
            )
        ]
        if self.arabic and prop.kind == "quote":
            cuts = self._ar_because_cuts(prop, lo, cuts)
        pieces = self._cut(prop, cuts, 10, lo=lo if self.arabic else None) if cuts else [prop]
        if self.arabic and prop.kind in {"reported", "quote"} and prop.carried:
            # "… متوجهة إلى عدن لكن قوات التحالف تمكنت من كشفها": a second complement or a contrast
            # without a comma, in each clause of the long sentence as in a short one
            pieces = [
                q
                for piece in pieces
                for q in self._ar_split_clauses(piece, max(piece.start, piece.content_start))
            ]
        return pieces

    def _cut(
        self,
        prop: Prop,
        cuts: list[int],
        min_words: int,
        *,
        lo: int | None = None,
        background: set[int] | frozenset[int] = frozenset(),
    ) -> list[Prop]:
        """``prop`` in pieces at ``cuts``, each with its voice, skipping a cut with fewer than
        ``min_words`` words on either side (counted from ``lo`` at the earliest) -- at most
        ``min_words - 1`` splits per side, without cutting the whole tail into words at every cut. A
        piece that starts at a ``background`` cut is the outlet's."""
        text = self.text
        pieces: list[Prop] = []
        start = prop.start
        for cut in [*cuts, prop.end]:
            head = start if lo is None else max(start, lo)
            if cut != prop.end and (
                len(text[head:cut].split(None, min_words - 1)) < min_words
                or len(text[cut : prop.end].split(None, min_words - 1)) < min_words
            ):
                continue
            piece = prop.piece(start, cut)
            if start in background:
                piece.kind, piece.mode, piece.cue, piece.carried = OUTLET, "", "", []
            pieces.append(piece)
            start = cut
        return pieces

    def _fill_quotes(self) -> None:
        """A quotation that runs over several sentences belongs, whole, to whoever it is attributed to."""
        props = self.props
        if not props:
            return
        starts = [p.start for p in props]
        for qs, qe in self.quotes:
            first = bisect_right(starts, qs) - 1
            last = bisect_right(starts, qe - 1) - 1
            if first == last or first < 0:
                continue
            owner = None
            for k in (last, first):
                if (
                    props[k].kind in {"quote", "reported"}
                    and props[k].carried
                    and not props[k].guessed
                ):
                    owner = props[k]
                    break
            if owner is None:
                continue
            for k in range(first, last + 1):
                p = props[k]
                if (p.kind == "outlet" or p.guessed) and (p.start >= qs or k == first):
                    p.kind = "quote"
                    p.carried = list(owner.carried)
                elif p.kind == "reported" and p.start > qs and p.carried == owner.carried:
                    p.kind = "quote"

    def _relative_deniers(self) -> None:
        """ "وتتهم المعارضة الحكومة العراقية بدعم النظام، الأمر الذي تنفيه بغداد بشدة": the claim has
        both sides (gold convention 3), the accuser and the one who denies it in a relative clause;
        "نفت وزارة الدفاع … خلافا لما ذكره المرصد": the one whose account is denied speaks too."""
        text = self.text
        props = self.props
        if not props:
            return
        contrary = "خلافا" in text or "عكس" in text
        denial = _AR_DENIAL_FORMS.search(text) is not None or (
            ("اتهام" in text or "ادعاء" in text or "مزاعم" in text)
            and _AR_REJECTION_FORMS.search(text) is not None
        )
        concessive = _AR_CONCESSIVE_DENIAL_GATE.search(text) is not None
        if not contrary and not denial and not concessive:
            return
        starts = [p.start for p in props]
        for m in _AR_CONTRARY_TO.finditer(text) if contrary else ():
            k = bisect_right(starts, m.start()) - 1
            p = props[k] if k >= 0 else None
            if (
                p is not None
                and m.end() <= p.end
                and p.kind in {"reported", "quote"}
                and p.carried
                and p.mode == "denied"
                and p.polarity == "deny"
            ):
                other = self.resolve(self._trim(m.start(1), m.end(1)))
                p.carried = _dedupe(text, [*p.carried, other])
        splits: dict[int, tuple[int, list[tuple[int, int]]]] = {}
        found = list(_AR_RELATIVE_DENIAL.finditer(text)) if denial else []
        if concessive:
            found = sorted([*found, *_AR_CONCESSIVE_DENIAL.finditer(text)], key=lambda m: m.start())
        for m in found:
            k = bisect_right(starts, m.start()) - 1
            if k < 0 or k in splits:
                continue
            p = props[k]
            if p.kind not in {"reported", "quote", "outlet"} or m.end() > p.end:
                continue
            denier = self.resolve(self._trim(m.start(1), m.end(1)))
            if p.kind == "outlet":
                p.kind, p.mode, p.polarity = "reported", "denied", "affirm"
                said = text[m.start() : m.start(1)].split()
                p.cue = said[-2] if said[-1] in _AR_MANNER else said[-1]  # "ينكره تماما"
                if m.re is _AR_CONCESSIVE_DENIAL:
                    p.cue = text[m.end(1) : m.end()].split()[0]  # "مع أن أنقرة تنفي ذلك"
                p.carried = [denier]
            elif len(text[p.start : m.start()].split()) >= 8 and not _AR_CHARGES.match(
                text[m.start() : m.start(1)].split()[1]
            ):
                # The accusation stays the accuser's; the relative clause is the claim both speak in.
                # (A charge as the head, "وهو الاتهام الذي نفاه زعيم الحزب", only names the accusation
                # before it as denied: one claim with both sides.)
                splits[k] = (m.start(), list(p.carried))
                p.carried = _dedupe(text, [*p.carried, denier])
            else:
                p.carried = _dedupe(text, [*p.carried, denier])
        if not splits:
            return
        out: list[Prop] = []
        for k, p in enumerate(props):
            out.append(p)
            if k in splits:
                at, head_speakers = splits[k]
                tail = Prop(start=at, end=p.end, kind=p.kind, mode=p.mode, cue=p.cue)
                tail.content_start = at
                tail.carried = list(p.carried)
                p.carried = head_speakers
                p.end = at
                out.append(tail)
        self.props = out

    def _fill_colon_speech(self) -> None:
        """ "وقال الحجيري في تصريحات صحفية: ما حكي … لا أساس له. فحزب الله دخل …": direct speech after a
        colon with no quotation marks goes on, sentence after sentence, to the end of its paragraph."""
        text = self.text
        owner: Prop | None = None
        left = 0
        for p in self.props:
            if owner is not None:
                lead = text[p.start : p.start + 1]
                if (
                    p.kind == "outlet"
                    and not p.guessed
                    and left > 0
                    and "\n" not in text[owner.end : p.start]
                    # a list item or an interview's next question, not the speech going on
                    and lead.isalpha()
                    and "؟" not in text[p.start : p.end]
                    and len(text[p.start : p.end].split()) >= 4  # not a header or a tag line
                    # "من جهة أخرى، …", "إلى ذلك، …": the outlet turns to something else
                    and not _AR_LEAD_PHRASE.match(text, p.start, min(p.end, p.start + 40))
                    and not text.startswith(("من جهه", "وفي سياق", "في سياق"), p.start)
                ):
                    p.kind, p.carried = "quote", list(owner.carried)
                    p.mode, p.cue, p.polarity = owner.mode, owner.cue, "affirm"
                    owner = p
                    left -= 1
                    continue
                owner = None
            if (
                p.kind in {"reported", "quote"}
                and p.carried
                and not p.guessed
                and p.start < p.content_start <= p.end
                and ":" in text[max(p.start, p.content_start - 3) : p.content_start]
                and not any(c in text[p.start : p.end] for c in _ANY_QUOTE + "({؟")
                and text[p.content_start : p.content_start + 6].split()[:1]
                not in (["ان"], ["انه"], ["انها"], ["بان"])
            ):
                owner, left = p, 2  # at most two more sentences: paragraphs are not always marked

    def _only_quoted_names(self, a: int, b: int) -> bool:
        """Every quotation mark of the sentence closes a name of one or two words ("وكانت «القاعدة» قد
        حصلت على …"): scare quotes, not the speech of the sentence before going on."""
        k = bisect_left(self.quote_starts, a)
        marks = 0
        while k < len(self.quotes) and self.quotes[k][0] < b:
            qs, qe = self.quotes[k]
            if qe > b or not 1 <= len(self.text[qs + 1 : qe - 1].split()) <= 2:
                return False
            if self.text[max(a, qs - 2) : qs].strip().endswith(":"):
                return False  # "وأجبت بهدوء: «لا، أبدا»": a short answer
            marks += 2
            k += 1
        return (
            marks > 0
            and marks == sum(self.text.count(c, a, b) for c in _ANY_QUOTE)
            and len(self.text[a:b].split()) >= 5  # not a quotation standing alone
        )

    def _finish(self, prop: Prop, end: int, props: list[Prop]) -> None:
        prop.end = end
        props.append(prop)

    def _sentence(
        self, a: int, b: int, cues: list[tuple[int, int, Cue, str]], previous: list[Prop]
    ) -> list[Prop]:
        text = self.text
        self._previous = previous
        props: list[Prop] = []
        cur = Prop(start=a)
        quote = self._in_quote(a + 1) if text[a] not in _OPEN_QUOTES else None
        if (
            quote is not None
            and previous
            and previous[-1].kind in {"quote", "reported"}
            or (
                not cues
                and previous
                and previous[-1].kind == "quote"
                and any(c in text[a:b] for c in _ANY_QUOTE)
                and not self._only_quoted_names(a, b)
                and not self._ar_new_paragraph(previous[-1].end, a, b)
            )
            # X said …. "A quotation opening the next sentence" is X's too.
            or (
                not cues
                and previous
                and previous[-1].kind == "reported"
                and text[a] in _OPEN_QUOTES
            )
        ):
            cur.kind = "quote"
            cur.carried = list(self.last)
            cur.guessed = True  # a continuation: a speaker named after the quotation wins
        floor = a
        for n, (cs, ce, cue, written) in enumerate(cues):
            if cs < floor:
                continue
            self.limit = self._next_limit(cues, n, b)
            if cue.kind == VERB:
                floor = self._verb(cs, ce, cue, written, a, b, floor, props, cur, previous)
            elif cue.kind == ACCORDING:
                floor = self._according(cs, ce, cue, written, a, b, floor, props, cur)
            elif cue.kind == PARTICIPLE:
                if (
                    not self.arabic
                    and cur.carried
                    and cur.kind in {"reported", "quote"}
                    and text[max(a, cs - 6) : cs].split()[-1:]
                    in (["is"], ["are"], ["was"], ["were"], ["been"], ["be"])
                ):
                    # "The Philippines said Friday that rebels who are holding … are insisting Syrian
                    # troops leave the area": a progressive verb inside the report, not an adjunct
                    continue
                clause = self._clause_start(a, cs, floor)
                start = clause if len(self._toks(clause, cs)) <= 2 else cs
                carried = self._current_speakers(props, cur)
                if not self.arabic:
                    # "… on the rise, with the Britain-based Syrian Observatory … saying …"
                    withed = self._en_speaker_before(max(a, cs - 200), cs)
                    lead = self._toks(max(a, withed[0] - 8), withed[0]) if withed else []
                    if withed and lead and lead[-1][2].lower() == "with":
                        carried = self._speaker_strings(self._split_speakers(*withed))
                        self._remember(carried)
                    elif (
                        not cur.carried
                        and cur.kind == OUTLET
                        and (
                            cur.start == a
                            and not props
                            # likewise in a later sentence of the paragraph ("… until Assad steps
                            # down. Moaz al-Khatib has departed recently from the refusal, saying …")
                            or cur.start > a
                            and text[a : cur.start].rstrip()[-1:] in {".", "!", "?"}
                        )
                    ):
                        # "Russian foreign ministry spokeswoman Maria Zakharova took a jab at the United
                        # States on Wednesday calling on …": the subject of the sentence speaks.
                        subject = self._en_sentence_subject(cur.start, cs)
                        if (
                            subject is None
                            and (
                                carried
                                # (with no one before, only a clause of words makes it speech: not
                                # "… committed a new massacre claiming the lives of …")
                                or any(
                                    _en_finite(t[2]) for t in self._toks(ce, min(b, ce + 80))[:10]
                                )
                            )
                        ):
                            # "On Monday, the interior ministry released a statement claiming …":
                            # the clause's own subject, never a stale speaker
                            subject = self._en_clause_subject(cur.start, cs)
                        if subject is not None:
                            carried = self._speaker_strings(self._split_speakers(*subject))
                            self._remember(carried)
                new = self._open(start, props, cur)
                new.kind = "reported" if carried else "outlet"
                new.mode, new.cue, new.polarity = cue.mode, written, cue.polarity
                if new is not cur or not new.carried:
                    new.carried = carried
                new.content_start = self._skip_complementizer(ce, b)
                cur = new
                floor = ce
            elif cue.kind == PASSIVE and "متهم" in written and cur.kind != OUTLET:
                pass  # "قال المرصد إن 12 شخصا متهمين بالتعامل مع النظام أعدموا": the speaker's words
            elif (
                cue.kind == PASSIVE
                and not self.arabic
                and cur.kind in {"reported", "quote"}
                and cur.carried
                and 0 <= cur.content_start <= cs
                and self._clause_start(a, cs, floor) <= max(cur.content_start, floor)
            ):
                # "Abdel Rahman said 10 of those killed were believed to be civilians", "The Israeli
                # military said mortar rounds believed to have been fired from Syria hit …": a hedge in
                # the speaker's own clause is part of the speaker's words
                pass
            elif cue.kind in {PASSIVE, OUTLET}:
                if (
                    not self.arabic
                    and (cur.carried or props and props[-1].carried and cur.start == cs)
                    and written.lower().startswith(("accusations", "allegations", "rumo", "specul"))
                ):
                    continue  # "Russia denied allegations that …": the speaker's own object
                if (
                    self.arabic
                    and cue.kind == OUTLET
                    and (written.startswith(("في", "وفي")) or cue.hedge)
                    and cur.kind in {"reported", "quote"}
                    and cur.carried
                    and cur.start >= a
                    and cur.content_start >= cs
                    and text[max(cur.start, cs - 12) : cs].split()[-1:]
                    and text[max(cur.start, cs - 12) : cs].split()[-1] in _AR_COMPLEMENTIZERS
                ):
                    # "وقالت الصحيفة أنه في الوقت الذي سيعي السياسيون … ستبدأ الحلول": the time frame
                    # opens the speaker's own words, right after the complementiser; so does a hedge
                    # ("وذكرت وكالة دوجان أنه يبدو أن الرجل كان يتشاجر …": the agency's hedged words)
                    continue
                clause = self._clause_start(a, cs, floor)
                rel = self._toks(max(clause, cs - 8), cs)[-1:] if self.arabic else []
                if cue.kind == PASSIVE and rel and rel[0][2] in {"ما", "وما"}:
                    # "المحتجزين من قبل ما يعتقد أنهم من الثوار": only the relative is passive.
                    clause = rel[0][0]
                relative = (
                    cue.kind == PASSIVE
                    and bool(rel)
                    and rel[0][1] == cs - 1
                    and written.split()[0].lstrip("وف") in _AR_RELATIVE_PASSIVES
                    and _ar_indefinite_head(rel[0][2])
                ) or (self.arabic and "متهم" in written)  # "داعش المتهم بالوقوف خلف …": likewise
                if relative:
                    # "نحو 20 ألف شخص يقال إنهم محتجزون", "سقوط عدة صواريخ يعتقد بأنها من نوع …": a
                    # belief about a noun (a relative clause with no relative pronoun) is passive up to
                    # the next comma; the clause around it keeps its own voice.
                    clause = cs
                if (
                    written[:4].lower() == "amid"
                    or written.lstrip("و")[:3] == "وسط"
                    or written.lstrip("وف").startswith("في")
                ):
                    # "… killed in Syria amid reports that …", "… حالة من القلق، وسط مخاوف من أن …":
                    # only what follows
                    clause = cs
                new = self._open(clause, props, cur)
                if (
                    new is cur
                    and self.arabic
                    and cur.kind in {"reported", "quote"}
                    and cur.carried
                    and cur.start < cur.content_start <= cs
                    # (a hedge, a belief or a time frame; never the outlet's own note "ويذكر أن")
                    and (cue.kind == PASSIVE or cue.hedge or written.startswith(("في", "وفي")))
                ):
                    # "وقال إن الحدود مشتعلة في الوقت الذي زادت فيه جرأة المجرمين", "وقال ميدفيديف إن
                    # الأسد ليس مستعدا على ما يبدو …": the cue lies in the speaker's words and opens no
                    # proposition of its own (too little before it), so it cannot take the words away
                    # from the speaker.
                    continue
                new.kind = PASSIVE if cue.kind == PASSIVE else OUTLET
                new.carried = []
                new.mode, new.cue = cue.mode, written
                if cue.hedge:
                    new.hedge_cue = written
                new.content_start = ce
                before, cur = cur, new
                floor = ce
                if relative and new is not before:
                    comma = _COMMA.search(text, ce, self.limit)
                    while comma is not None and self._in_quote(comma.start()) is not None:
                        comma = _COMMA.search(text, comma.end(), self.limit)
                    if comma is not None:
                        new.end = comma.start()
                        props.append(new)
                        cur = Prop(
                            start=comma.end(),
                            kind=before.kind,
                            mode=before.mode,
                            polarity=before.polarity,
                            cue=before.cue,
                            content_start=comma.end(),
                            carried=list(before.carried),
                            guessed=before.guessed,
                        )
                        floor = comma.end()
            cur = props.pop() if props and props[-1].end == -2 else cur
            if self.arabic and cue.kind == VERB and cur.kind == "reported" and cur.start <= cs:
                rel = self._ar_background_relative(cur, cue, b)
                if rel is not None:
                    cur.end = rel
                    props.append(cur)
                    cur = Prop(start=rel)
                    floor = max(floor, rel)
        self._finish(cur, b, props)
        # "ذكرت ذلك قناة الجزيرة": the outlet claims just before belong to that speaker.
        return props

    def _next_limit(self, cues: list[tuple[int, int, Cue, str]], n: int, b: int) -> int:
        """Where the next cue cuts the current one's speaker search; a participle inside a noun phrase
        ("تقارير غير مؤكدة") does not, one after a comma ("، مشيراً إلى") does."""
        for k in range(n + 1, len(cues)):
            start, cue = cues[k][0], cues[k][2]
            if cue.kind != PARTICIPLE or self.text[max(0, start - 3) : start].strip()[-1:] in (
                "،",
                ",",
            ):
                return start
        return b

    def _current_speakers(self, props: list[Prop], cur: Prop) -> list[tuple[int, int]]:
        if cur.carried:
            return list(cur.carried)
        return list(self.last)

    def _open(self, start: int, props: list[Prop], cur: Prop) -> Prop:
        """Close ``cur`` at ``start`` and return a new proposition, unless the fragment is too small."""
        if start <= cur.start:
            return cur
        frag_from = cur.content_start if cur.content_start > cur.start else cur.start
        words = [t for t in self._toks(frag_from, start) if _is_word(t[2])]
        if len(words) < 3 and (cur.carried or len(self._toks(cur.start, start)) < 4):
            # A frame with no content of its own ("وفي حديث لـ«الشرق الأوسط»،"): let the next part have it.
            return cur
        cur.end = start
        props.append(cur)
        return Prop(start=start)

    def _skip_complementizer(self, pos: int, limit: int) -> int:
        toks = self._toks(pos, min(limit, pos + 40))
        i = 0
        while i < len(toks) and (
            toks[i][2].lower() in {"الي", "علي", "that", ":"}
            or toks[i][2] in _AR_COMPLEMENTIZERS
            # "وتابع بالقول: «…»", "وأجاب الوزير بالقول \"…\"": the manner, then the content
            or (toks[i][2] == "بالقول" and i == 0)
        ):
            i += 1
        return toks[i][0] if i < len(toks) else pos

    def _carry(self, written: str, cs: int | None = None) -> list[tuple[int, int]]:
        """The speaker a pronoun subject refers to: the last one whose gender agrees with the verb."""
        verb = written.lstrip("وف") if len(written) > 3 else written
        # "وتابع يقول:": the first verb carries the person; "تابع" (فاعَل) is a past masculine verb,
        # not a present feminine one in ت ("تقول", "تؤكد")
        verb = verb.split()[0] if verb.split() else verb
        feminine = (
            verb.endswith("ت")
            and not verb.endswith(("وت",))
            and verb not in _AR_T_ROOTS
            or (
                verb[:1] == "ت"
                and not verb.endswith("ون")
                and not (len(verb) == 4 and verb[1] == "ا" and verb.isalpha())
            )
        )
        plural = verb.endswith(("وا", "ون"))
        # "وجاء في بيان لها": the document's owner is the pronoun after it, whose gender counts,
        # and no anonymous source issues a statement
        owner = self._ar_document_owner(written, cs)
        if owner:
            feminine = owner == "f"
        if plural or not self.subjects or len(self.last) != 1:
            return list(self.last)
        if cs is not None and not feminine and self._gender(self.last[0]) == "f":
            mention = self._ar_titled_mention(self.last[0][1], cs)
            if mention is not None:
                # the paper or body that reported him relays him (conventions AR-1, AR-17, AR-20)
                return [mention, self.last[0]]
        # "وتابع" is one man: not "معتقلي غوانتانامو السابقين" (a dual "واتهما" is two, like a plural)
        one_man = not feminine and verb not in AR_DUAL_VERBS
        if one_man and cs is not None:
            # "يتهم فيها ناشطون …": a verb before its subject is singular whatever the subject
            after = self.text[cs : cs + 80].split()[len(written.split()) : len(written.split()) + 4]
            one_man = not any(_ar_people_plural(w.strip('،,.:«»"')) for w in after)
        many: tuple[int, int] | None = None
        for span in reversed(self.subjects[-_HISTORY:]):
            if self._ar_voiceless(span):
                continue  # "مطالب الشعب السوري", "التطرف": taken for a speaker, never "he"
            if owner and self.text[span[0] : span[1]].split()[0] in _AR_SOURCE_HEADS:
                continue  # "مصادر سياسية في تل أبيب": sources say, they issue no statement
            if self._gender(span) in ("", "f" if feminine else "m"):
                if not (one_man and self._ar_many(span)):
                    return [span]
                many = many or span
        return [many] if many is not None else list(self.last)

    def _gender(self, span: tuple[int, int]) -> str:
        words = self.text[span[0] : span[1]].split()
        if not words:
            return ""
        head = words[0]
        for prefix in ("ال", "لل"):
            if head.startswith(prefix) and len(head) > 4:
                head = head[len(prefix) :]
                break
        if head in _AR_MASCULINE:
            return "m"
        if head in _AR_NONHUMAN_PLURALS or (head.endswith("ات") and len(head) > 4):
            # "وفقا لتقديرات الأمم المتحدة …" then "وقال في تصريحات …": a non-human plural (and any
            # sound feminine plural: الولايات، السلطات، القوات) takes a feminine verb, so a masculine
            # pronoun subject is someone else
            return "f"
        if (
            len(words) > 2
            and not _definite(words[1])
            and (words[2][2:] if words[2].startswith("ال") else words[2]) in _AR_MASCULINE
        ):
            return "m"  # "موشيه يعلون نائب رئيس الوزراء": a man's name, then his title
        if head.endswith("ه") and len(head) > 2:
            if "ال" in head[3:] and any(head.startswith(t + "ال") for t in _AR_MASCULINE):
                return "m"  # "وزيرالخارجية": a title glued to its complement
            return "f"
        if (
            head.endswith("ات")
            and len(head) > 4
            and (words[0].startswith("ال") or len(words) > 1 and words[1].startswith("ال"))
        ):
            return "f"  # "تقديرات الأمم المتحدة", "القوات": a plural of things takes "قالت", never "قال"
        return ""

    def _remember(self, speakers: list[tuple[int, int]]) -> None:
        if not speakers:
            return
        self._said_at = self._sent_lo
        self.last = list(speakers)
        self.history.extend(speakers)
        self.subjects.extend(speakers)

    def _set_speakers(self, prop: Prop, spans: list[tuple[int, int]]) -> None:
        prop.carried = self._speaker_strings(spans)
        self._remember(prop.carried)

    def _verb(
        self,
        cs: int,
        ce: int,
        cue: Cue,
        written: str,
        a: int,
        b: int,
        floor: int,
        props: list[Prop],
        cur: Prop,
        previous: list[Prop],
    ) -> int:
        text = self.text
        clause = self._clause_start(a, cs, floor)
        floor_after = ce
        if self.arabic and AR_NOMINAL_SPEECH.match(written):
            cue = nominal_cue(written)
            return self._ar_nominal_speech(cs, ce, cue, written, a, b, floor, props, cur)
        if self.arabic and _AR_RETRO_RELATIVE.match(written):
            # "قال الوزير إن الوضع مستقر، وهو ما أكده مصدر أمني": the one who confirms is a second
            # voice of the proposition it follows (a denier: _relative_deniers, CONVENTIONS 3).
            # (After the outlet's own words the sentence is left as it is.)
            s, e, _c, _r, _d = self._ar_speaker_after(ce, max(self.limit, ce), cue.mode)
            if e <= s or cur.kind not in {"reported", "quote"} or not cur.carried:
                return floor
            spans = self._speaker_strings(self._split_speakers(s, e))
            self.history.extend(spans)
            cur.carried = _dedupe(text, [*cur.carried, *spans])
            return max(ce, e)
        if self.arabic and written.lstrip("وف") == "تابع" and text[ce : ce + 2] == " ل":
            return floor  # "موكب سيارات تابع للأمم المتحدة": belonging to, not "went on"
        if self.arabic and written in _AR_SHOWING and self._ar_after_recording(a, cs):
            # "ونشر شريط مصور على شبكة الإنترنت يوضح تمثال الرئيس …", "فيديو يبين مقاتلين …": the
            # recording shows (CONVENTIONS 14); what it shows is no speaker, the publisher (if any)
            # keeps the claim
            return floor
        if self.arabic and written in _AR_AMBIGUOUS:
            before_cue = self._toks(max(a, cs - 12), cs)[-1:]
            if before_cue and before_cue[0][2] in _AR_PREPS:
                return floor  # "متطوع شارك في نقل الجثث": after a preposition, a verbal noun
        if self.arabic:
            verb = written[1:] if written[:1] in "وف" and written[1:] in _AR_AMBIGUOUS else written
            if verb in _AR_AMBIGUOUS:
                # نقل reports only "عن" someone or before أن/a colon ("تنقل أسلحة" is transport); نشر
                # only a video, a statement … ("نشر الجيش قوات" is a deployment).
                # (up to the next cue: "مسألة نقل السلطة … لكنه قال إن" has no أن of its own)
                ahead = [t[2] for t in self._toks(ce, min(b, ce + 160, max(self.limit, ce)))][:12]
                media = verb.lstrip("يت").startswith(("نشر", "عرض"))
                shows = verb.lstrip("ي").startswith("عرض")
                if not any(
                    (_opens_content(w) and not shows)
                    or (
                        # "منصور" is no "ال" + "صور"
                        w in _AR_PUBLISHED_OBJECTS
                        or w.startswith("ال")
                        and w[2:] in _AR_PUBLISHED_OBJECTS
                        if media
                        else w == "عن"
                    )
                    for w in ahead
                ):
                    return floor
                if verb.lstrip("يت").startswith("نشر") and _ar_deploys(ahead):
                    return floor
            if written.lstrip("وف") in _AR_TALKED and not self._ar_talks_of(ce, b):
                # "وتحدث الطيار إلى الصحيفة في مدينة حدودية …", "تحدث فيضانات كل سنة" (تَحدُث,
                # happens): talking with no topic and no words given is no claim of the speaker's
                return floor
            before = [t[2] for t in self._toks(max(clause, cs - 30), cs)][-2:]
            embedded = any(w in _AR_RELATIVE for w in before) and not (
                len(before) == 2 and before[0].lstrip("وف") == "سرعان"  # "سرعان ما نفى"
            )
            after_cue = text[ce : ce + 8].split()[:1]
            document = (
                self._ar_document_speaker(a, cs, ce, cue.mode)
                if after_cue and after_cue[0] in _AR_IN_DOCUMENT
                else None
            )
            if embedded and document is None and self._ar_in_frame(cs, ce, a, b, cur, cue.mode):
                return floor
            floored = (
                clause == floor and floor > a and text[floor - 1 : floor] not in ("،", ",", ";")
            )
            nested_svo = False
            if floored and "لكن" in text[floor:cs]:
                but = [t for t in self._toks(floor, cs) if t[2] in {"لكن", "ولكن"}]
                if but and but[-1][1] < cs:
                    # "وتتهم واشنطن … الجيش السوري بشن هجمات لكن موسكو تؤكد أنه …": a but-clause
                    # with no comma before it has its own subject.
                    clause, floored = but[-1][1], False
            if floored:
                # "وأضاف البيان أن المكتب الإعلامي … ينفي": a subject after أن is the speaker of the verb.
                lead = self._toks(floor, cs)
                # "يذكر أن إيران كانت قد قالت": the cue before ended on its أن
                after_comp = [t[2] for t in self._toks(max(a, floor - 8), floor)][-1:] == ["ان"]
                # (the point of a title's initial, "أن د. أسامة الغزالي حرب", is no token of the name)
                n_lead = len(lead) - sum(
                    1 for i, t in enumerate(lead) if t[2] == "." and i and len(lead[i - 1][2]) == 1
                )
                if lead and (lead[0][2] in _AR_COMPLEMENTIZERS or after_comp) and n_lead <= 9:
                    floored = False
                    nested_svo = True
            prefix = None if embedded or floored else self._ar_prefix_speaker(clause, cs)
            issuing_lead = (
                prefix is not None
                and "".join(text[prefix[0] : prefix[1]].split()[:1]).lstrip("وف")
                in _AR_ISSUING_VERBS
            )
            if document is not None:
                # "وأصدر المفتش العام بيانا أكد فيه …", "تصريحات المرشد الأعلى … التي أكد فيها":
                # the document's author speaks in it, whatever the clause around it
                prefix, nested_svo = document[0], True
            elif issuing_lead and after_cue and after_cue[0] in _AR_IN_DOCUMENT:
                prefix = None  # "وأصدر بيانا أكد فيه …": not "issued … a statement"
            if (
                document is None
                and prefix is not None
                and written.lstrip("وف") in _AR_LINKED_CUES
                and (
                    written[:1] == "و"
                    or "\n" in text[prefix[0] : cs]
                    # "بهذه الآية الكريمة علق التيار الشعبي …": a prepositional phrase, not a subject
                    or (text[prefix[0]] == "ب" and text[prefix[0] : prefix[0] + 4] == "بهذ")
                )
            ):
                # "وأد الفتنة\nوألمح حاتم الشرقاوي …": a verb with و opens its own clause, and a
                # line break ends the one before; its subject follows it
                prefix = None
            if prefix is not None and not nested_svo:
                lead = self._toks(clause, prefix[0])
                # (bare "كان" is left out: folded, it is also "كأن", "as if")
                if (
                    len(lead) == 2
                    and lead[0][2].lstrip("و") in {"غير", "الا", "بيد"}
                    and lead[1][2] in {"ان", "انه"}
                    and len(text[prefix[0] : prefix[1]].split()) <= 8
                    and not any(c in text[prefix[0] : prefix[1]] for c in '("«“')
                ):
                    # "غير أن مكتب رئيس الوزراء أحمد داود أوغلو أكد في بيان أن …": after "but that"
                    # the noun phrase is the verb's subject, however long the name.
                    nested_svo = True
                if lead and lead[0][2] in {"كانت", "وكان", "وكانت", "فكان", "فكانت"}:
                    # "وكانت عناصر محسوبة على تنظيم داعش … ذكرت على مواقع التواصل، أن …": the
                    # noun phrase between كان and the verb is its subject.
                    nested_svo = True
                # "، إن دمشق تطالب مجلس الأمن …": the noun after إنّ/أنّ is the verb's subject.
                nested_svo = (
                    nested_svo
                    or (
                        bool(lead)
                        and clause > a  # after a reporting clause, not a sentence opening "إن …"
                        and lead[-1][2] in {"ان", "بان"}
                        and len(lead) <= 2
                        and len(text[prefix[0] : prefix[1]].split()) <= 4
                        and text[prefix[0] : prefix[1]].split()[0] not in {"هناك", "هنالك"}
                    )
                )
            after_toks = self._toks(ce, min(b, ce + 60))
            k = 0
            while k < len(after_toks) and (
                after_toks[k][2] in _AR_LINK_PREPS
                or after_toks[k][2] in _AR_TIME
                or after_toks[k][2] in _AR_RESUMPTIVE
            ):
                k += 1
            opens = not after_toks or (
                k < len(after_toks) and k <= 3 and _opens_content(after_toks[k][2])
            )
            short_np = False
            if prefix is not None:
                pw = [t[2] for t in self._toks(*prefix) if _is_word(t[2])]
                short_np = (
                    (
                        0 < len(pw) <= 4
                        and (
                            _definite(pw[0])
                            or _definite(pw[-1])
                            # "إلا أن مصدرا إعلاميا نفى": an anonymous source, indefinite
                            or pw[0] in _AR_ANON
                            or (pw[0].endswith("ا") and pw[0][:-1] in _AR_ANON)
                            # "… نفى ما تبثه القنوات": the object follows, so the subject came first
                            or bool(after_toks and after_toks[0][2] in {"ما", "مما"})
                            # "وكان معارضون سوريون قد أكدوا": a plural verb agrees with a subject before it
                            or written.endswith("وا")
                        )
                    )
                    or (
                        # "لكن العقيد مالك الكردي القيادي بالجيش السوري الحر المعارض نفى الاتهامات":
                        # a titled person right before the verb is its subject, however long his titles
                        4 < len(pw) <= 10
                        and pw[0].removeprefix("ال") in _AR_PERSON_HEADS
                        and not any(c in text[prefix[0] : prefix[1]] for c in '،,:("«“')
                        # (and no name of his own after the verb: "… قال محمود حسين إن …")
                        and (
                            opens
                            or not after_toks
                            or _definite(after_toks[0][2])
                            and not after_toks[0][2].startswith(_AR_NATIVE_WAW)
                            or after_toks[0][2] in _AR_PREPS
                            or after_toks[0][2] in _AR_TIME
                            or after_toks[0][2][:1] in "بل"
                        )
                        and self._gender(prefix) in ("", "f" if _ar_feminine_verb(written) else "m")
                        # at the sentence's opening, after no more than "but"/"as for" ("أما …")
                        and all(
                            t[2] in _AR_OPENING_PARTICLES or not _is_word(t[2])
                            for t in self._toks(a, prefix[0])
                        )
                        and "\n" not in text[prefix[0] : cs]
                    )
                )
            if short_np and not opens and not nested_svo:
                # "القرصنة الإلكترونية شدد أوباما": a known speaker right after the verb is its subject.
                s0, e0, _c, _r, _d = self._ar_speaker_after(ce, max(self.limit, ce), cue.mode)
                if e0 > s0 and self._looks_like_speaker((s0, e0)):
                    short_np = False
            # "وأشارت الخارجية … إلى أن لافروف أعرب عن تأييده …", "وأكد للصحيفة أنه ادعى …", "الاتهامات
            # التي تقول إن …": a verb inside the words the sentence's speaker reports (same clause) is
            # part of them; it takes the claim from that speaker only as a relay (نقل X عن Y) or as a
            # verb joined by و/ف (the speaker's next clause: "… وأكد أن …").
            in_content = (
                document is None
                and self._ar_in_content(cs, ce, a, cur)
                and not written.lstrip("وف").startswith("نقل")
                and not (written[:1] in "وف" and written[1:] in AR_CUESET.word_info)
            )
            svo = prefix is not None and (opens or short_np or nested_svo)
            if in_content and not svo:
                # "… بعدما تحدث مايكل ماكول عن …": a verb with its subject after it speaks for that
                # subject
                s0, e0, _c, _r, _d = self._ar_speaker_after(ce, max(self.limit, ce), cue.mode)
                in_content = e0 <= s0
            if in_content:
                # (the one named inside is remembered for the back-references after it)
                named = prefix if svo else self._ar_prefix_speaker(cur.content_start, cs)
                if named is not None and (svo or self._looks_like_speaker(named)):
                    self.history.extend(self._speaker_strings(self._split_speakers(*named)))
                return floor
            if prefix is not None and (opens or short_np or nested_svo):
                # (a document's clause starts at its verb: "… التي أدلى بها …، التي ادعى فيها …")
                new = self._open(
                    clause if document is None or issuing_lead else self._clause_head(clause, cs),
                    props,
                    cur,
                )
                outer = list(new.carried) if new is cur else []
                spans = self._split_speakers(*prefix)
                inner = (
                    self._ar_nested_source(ce, max(self.limit, ce))
                    if written.lstrip("وف").startswith("نقل")
                    else None
                )
                if inner is not None:
                    # "وكانت سانا نقلت عن وزير الإعلام قوله إن …": the relay and the one relayed.
                    spans = spans + self._split_speakers(*inner[:2])
                last, n_subjects = self.last, len(self.subjects)
                self._set_speakers(new, spans)
                if document is not None and cur.kind in {"reported", "quote"} and cur.carried:
                    # "وقال كيري إن الخطاب الذي ألقاه خامنئي … وتوعد خلاله …": a document inside
                    # another speaker's sentence; "وأضاف" after it is still that speaker
                    self.last = last
                    del self.subjects[n_subjects:]
                self._add_denied_claimant(new, cue, ce)
                if outer:
                    new.carried = _dedupe(text, [*outer, *new.carried])
                new.content_start = self._skip_complementizer(
                    inner[2] if inner is not None else ce if document is None else document[1], b
                )
            else:
                s, e, content, retro, direct = self._ar_speaker_after(
                    ce, max(self.limit, ce), cue.mode
                )
                antecedent = (
                    self._ar_relative_subject(a, clause, cs, ce, written, cur)
                    if embedded and (e > s or direct)
                    else None
                )
                if antecedent is not None:
                    s, e, content, direct = *antecedent, ce, True
                lead_word = self._toks(max(clause, cs - 12), cs)[-1:]
                if lead_word and lead_word[0][2] in _AR_PRONOUN_COMPLEMENTIZERS:
                    # "وأشارت اللجان إلى أنها وثقت 204 مناطق": the pronoun after أن is the verb's
                    # subject, so what follows the verb is its object, not a speaker.
                    s, e, content, direct = ce, ce, ce, True
                if e <= s and not direct and not self._is_bare_passive(written):
                    return floor  # not reporting here ("نشر على مواقع التواصل")
                head = self._clause_head(clause, cs)
                outer: list[tuple[int, int]] = []
                if e <= s and direct and clause > floor and not embedded:
                    # "وكان مصدر في شرطة المحافظة، أفاد أمس، بأن …": the subject stands before a comma;
                    # "وذكر موقع العربية نت، أن نصر الله، شدد على …": a reported speaker inside a report.
                    prev_clause = self._clause_start(a, clause - 1, floor)
                    early = self._ar_prefix_speaker(prev_clause, max(prev_clause, clause - 1))
                    # "أما المقيم X من سوريا، فأبدى …": the topic of أما … فـ is the subject.
                    topic = (
                        early is not None
                        and written.startswith("ف")
                        and any(t[2] in {"اما", "واما"} for t in self._toks(prev_clause, early[0]))
                    )
                    if early is not None and (topic or self._looks_like_speaker(early)):
                        s, e = early
                        head = prev_clause
                        if prev_clause > a and cur.carried:
                            outer = list(cur.carried)
                if written.lstrip("وف") in _AR_LINKED_CUES:
                    retro = False  # "وأرجعت ذلك إلى …": ذلك is the object, not the words before
                    before_verb = [t[2] for t in self._toks(max(a, cs - 20), cs)][-2:]
                    if before_verb[-1:] and before_verb[-1] in {"لم", "لا", "قد"}:
                        before_verb = before_verb[:-1]  # "لكنه لم يستبعد"
                    if e <= s and not (
                        self.last
                        and (
                            written[:1] in "وف"
                            or before_verb[-1:]
                            and before_verb[-1] in _AR_TIED_BEFORE_VERB
                        )
                    ):
                        # "والذي أرجع الأزمة إلى …", "ثم نبه إلى …": a pronoun subject with no "و"
                        # to tie it to the speaker before is too often someone else
                        return floor
                new = self._open(head, props, cur)
                unvoiced = e > s and self._ar_unvocalised_passive(written, s, e)
                if (
                    unvoiced
                    and written[:1] == "و"
                    and cur.kind in {"reported", "quote"}
                    and cur.carried
                    and cur.start >= a
                ):
                    # "وقال القائد … إن الهجوم هو الأسوأ ووصف القتال بأنه «شرس»": a second verb of the
                    # sentence's speaker (not وُصف), the noun phrase its object
                    unvoiced, s, e = False, ce, ce
                after_np = text[e : e + 30].split()[:1]
                if (
                    e > s
                    and cue.mode == "accused"
                    and text[max(0, s - 8) : s].split()[-1:] in (["فيه"], ["فيها"])
                    and after_np
                    and after_np[0].lstrip('"«“').startswith("ب")
                ):
                    # "بيان اتهم فيه حزب الله بالإعداد …": the statement's author accuses, the
                    # short noun phrase before بـ is the one accused.
                    unvoiced, s, e, direct = False, s, s, True
                if e <= s and direct and self._ar_bare_accused_passive(written, ce):
                    # "شيخ اتهم باغتصاب ابنته", "يتهم بأنه المسؤول عن خطف الطائرة": اتُّهم with the
                    # charge right after it and no one accused in between, the passive (AR-6)
                    unvoiced = True
                if self._ar_bare_published_passive(written, ce):
                    # "ونشر شريط مصور على شبكة الإنترنت يوضح …": نُشر with what was published as its
                    # subject, nobody named (AR-6)
                    unvoiced = True
                if e > s and not unvoiced:
                    spans = self._split_speakers(s, e)
                    if written.lstrip("وف").startswith("نقل"):
                        # "نقلت رويترز عن مصدر أمني أن …": both voices, the inner one speaks last.
                        inner = self._ar_nested_source(e, max(self.limit, e))
                        if inner is not None:
                            spans = spans + self._split_speakers(*inner[:2])
                            content = max(content, inner[2])
                            e = max(e, inner[1])
                        elif self.last and text[e : e + 6].split()[:1] in (
                            ["عنه"],
                            ["عنها"],
                            ["عنهم"],
                        ):
                            # "ونقلت وكالة فرانس برس عنه قوله": the agency relays the last speaker.
                            spans = spans + [x for x in self.last if x not in spans]
                    if embedded:
                        new.carried = self._speaker_strings(spans)
                        if antecedent is None:
                            self.history.extend(new.carried)
                    else:
                        self._set_speakers(new, spans)
                        if outer and new is cur:
                            new.carried = _dedupe(text, [*outer, *new.carried])
                        self._add_denied_claimant(new, cue, e)
                elif unvoiced or self._is_bare_passive(written) or (not self.last and not direct):
                    new.kind = PASSIVE
                    new.carried = []
                    new.mode, new.cue, new.polarity = cue.mode, written, cue.polarity
                    new.content_start = content
                    self._replace_current(props, cur, new)
                    return ce
                else:
                    opening = (
                        self._ar_opening_subject(a, cs)
                        if cur.kind == "outlet" and cur.start == a and head > a
                        else None
                    )
                    if opening is not None and self._gender(opening) in ("", "m"):
                        # "ويقوم وزير الخارجية … بجولة …، وقال في تصريحات …": the sentence's subject.
                        new.carried = [self.resolve(opening)]
                        self._remember(new.carried)
                    else:
                        new.carried = self._carry(written, cs)
                        agreeing = self._ar_plural_subject(written, a, cs, new.carried)
                        if agreeing is not None:
                            new.carried = agreeing
                            self.history.extend(agreeing)
                    if not new.carried:
                        # "في الوقت الذي نفت فيه الحكومة الأردنية …، فقد أكدت أن …": with no speaker
                        # before the sentence, the subject of its framing clause.
                        new.carried = [h for h in self.history[-8:] if a <= h[0] < cs][-1:]
                if retro and previous:
                    for p in previous:
                        if p.kind in {"outlet", PASSIVE}:
                            p.kind = "reported"
                            p.carried = list(new.carried)
                new.content_start = self._skip_complementizer(max(content, ce), b)
                floor_after = max(ce, e)
        else:
            self._rejected = self._narrative = False
            new = self._en_verb(cs, ce, cue, written, a, b, clause, props, cur)
            if new is None:
                return floor if self._rejected else ce
            if self._narrative:
                new.kind, new.carried, new.mode, new.cue = OUTLET, [], "", ""
                self._replace_current(props, cur, new)
                return ce
        new.kind = "reported"
        new.mode, new.cue, new.polarity = cue.mode, written, cue.polarity
        if self.arabic and written.lstrip("وف") in _AR_NEEDS_DEMAND and new.carried:
            # "تظاهر أهالي العسكريين … في شوارع بيروت، مطالبين بخطوات …": the protest is an act the
            # outlet describes; the demand after it (its speakers remembered) is the claim.
            new.kind, new.carried = OUTLET, []
        if new.carried and all(_REPORTS.match(text[x:y]) for x, y in new.carried):
            new.kind, new.carried = PASSIVE, []  # "ذكرت تقارير" / "reports said": nobody named
        if not self.arabic and written.lower() in {"quoted", "quotes", "cited", "cites"}:
            # "Sana quoted a military source on Wednesday as saying …": both voices (convention EN-7)
            m = _EN_QUOTED_AS_SAYING.match(text, ce, b)
            if m and new.carried:
                new.carried = _dedupe(text, [*new.carried, *self._split_speakers(*m.span(1))])
                new.content_start = self._skip_complementizer(m.end(), b)
        self._quote_kind(new, new.content_start)
        self._replace_current(props, cur, new)
        return floor_after

    def _replace_current(self, props: list[Prop], old: Prop, new: Prop) -> None:
        # The caller's ``cur`` is rebound through this marker: the new proposition is pushed with end -2.
        if new is not old:
            new.end = -2
            props.append(new)

    def _clause_head(self, clause: int, cs: int) -> int:
        """Where a VSO proposition starts: at the clause start when only connectives precede the verb."""
        text = self.text
        m = _AR_LEAD_PHRASE.match(text, clause, cs)
        s = m.end() if m else clause
        toks = self._toks(s, cs)
        if all(t[2] in _AR_CONNECTIVES or not _is_word(t[2]) for t in toks):
            return clause
        # Step back over a connective word right before the verb (حيث، فيما، كما، بينما).
        if toks and toks[-1][2] in _AR_CONNECTIVES:
            k = len(toks) - 1
            while k > 0 and toks[k - 1][2] in _AR_CONNECTIVES:
                k -= 1
            return toks[k][0]
        if len(toks) >= 2 and toks[-2][2] == "في" and toks[-1][2] in {"حين", "الوقت"}:
            return toks[-2][0]
        return cs

    def _is_bare_passive(self, written: str) -> bool:
        """ "ذكر أن" with nobody named and nobody to carry over reads as the passive ذُكر."""
        bare = written.lstrip("وف")
        return bare == "ذكر" and not self.last

    def _not_a_cue(self) -> None:
        """The word is no reporting verb here: the clause goes on through it (see ``_verb``)."""
        self._rejected = True

    def _attach(self, prop: Prop, spans: list[tuple[int, int]]) -> None:
        names = self._speaker_strings(spans)
        if not names:
            return
        if prop.kind in {"outlet", PASSIVE} or not prop.carried or prop.guessed:
            prop.guessed = False
            prop.carried = names
            prop.kind = "reported" if prop.kind != "quote" else "quote"
        else:
            prop.carried = _dedupe(self.text, [*prop.carried, *names])
        self._remember(names)

    def _quote_kind(self, prop: Prop, content: int) -> None:
        toks = self._toks(content, content + 8)
        # "وتقول تقارير حكومية إن «…»": passive stays passive, quotation or not (AR-6)
        if toks and toks[0][2] in _OPEN_QUOTES + "”»" and prop.kind != PASSIVE:
            prop.kind = "quote"

    def _according(
        self,
        cs: int,
        ce: int,
        cue: Cue,
        written: str,
        a: int,
        b: int,
        floor: int,
        props: list[Prop],
        cur: Prop,
    ) -> int:
        text = self.text
        clause = self._clause_start(a, cs, floor)
        lead = _AR_LEAD_PHRASE.match(text, clause, cs) if self.arabic else None
        before = self._toks(lead.end() if lead else clause, cs)
        before = [
            t
            for t in before
            if _is_word(t[2])
            and t[2].lower() not in _EN_CONNECTIVES
            and t[2] not in _AR_CONNECTIVES
        ]
        if not self.arabic and written.lower() == "citing" and not self._en_cited_source(ce, b):
            return ce  # "Moody's cut Egypt's credit rating, citing doubts about …": a reason
        if self.arabic:
            s, e, end = self._ar_according_speaker(ce, b)
        else:
            s, e, end = self._en_speaker_after(ce, b, loose=True)
            if e <= s:
                s, e, end = self._en_modified_source_after(ce, b) or (s, e, end)
            if e > s and text[s:e].split()[-1].lower() in _EN_AUTHORED_DOCUMENTS:
                # "according to a new toll from the Syrian Observatory for Human Rights": the
                # document's author, named right after it, belongs to the speaker
                author = _EN_DOCUMENT_AUTHOR.match(text, e, b)
                if author is not None:
                    e = end = author.end(1)
        if not self.arabic and e > s and written.lower() in {"citing", "quoting"}:
            relay = self._en_citing_relay(cs, s, e, end, a, b, clause, props, cur)
            if relay is not None:
                return relay
        if e <= s and self.arabic and self._ar_according_pronoun(written, ce, b):
            # "وفقا لما يروي، …", "وفقا لما قاله في تصريحات خاصة": the verb's subject is the pronoun
            s, e, end = ce, ce, ce
            speaker_text = written.split()[-1]
            pronoun = True
        elif e <= s:
            return ce
        else:
            speaker_text = text[s:e]
            pronoun = (
                speaker_text in _AR_HIS_WORDS
                # "على حد تعبيره هو «…»", "على حد تعبيره – مشيرا إلى …": the span ran on
                or speaker_text.split()[:1] in ([w] for w in _AR_HIS_WORDS)
                # "وبحسب رأيه فإن …": his view is his, the last speaker
                or speaker_text in {"رايه", "رايها", "رايهم", "تقديره", "تقديرها", "اعتقاده"}
                or speaker_text in _AR_ACCORDING_POSSESSED
                or speaker_text.lower() in _EN_PRONOUNS
            )
        spans = [] if pronoun else self._split_speakers(s, e)
        if not self.arabic and written.lower().startswith("quoted") and spans:
            # "Diaa Rashwan, newly elected head of …, was quoted by several media reports as saying …":
            # the one quoted speaks too (convention EN-7).
            quoted = self._en_passive_subject(a, clause, cs)
            if quoted is not None:
                spans = self._split_speakers(*quoted) + spans
        at_start = not [
            t
            for t in self._toks(max(a, cs - _WINDOW), cs)
            if _is_word(t[2])
            and t[2] not in _AR_CONNECTIVES
            and t[2].lower() not in _EN_CONNECTIVES
        ]
        follow = self._toks(end, min(b, end + 200))
        follow_words = [t for t in follow if _is_word(t[2])]
        opens = any(t[2] in {"فان", "فانه", "فانها", "ان"} for t in follow[:2])
        previous = getattr(self, "_previous", [])
        if (
            spans
            and previous
            and before
            and (not follow or follow[0][2] in "،,")
            and any(t[2] in _AR_RETRO for t in self._toks(clause, cs))
            and all(t[2] in _AR_RETRO or t[2] in _AR_CAME for t in before)
        ):
            # "… . جاء ذلك نقلا عن مصادر أمنية": the source of the sentence before, not a claim itself.
            names = self._speaker_strings(spans)
            for p in previous:
                if p.kind in {OUTLET, PASSIVE}:
                    p.kind, p.carried = "reported", list(names)
                    p.mode, p.cue = cue.mode, written
            return end
        if not before and (at_start or opens) and len(follow_words) >= 3:
            # "وحسب مصادر سياسية في تل أبيب، … فإن …": the speaker comes first, the content after.
            new = self._open(clause, props, cur)
            new.kind = "reported"
            new.mode, new.cue = cue.mode, written
            if spans:
                self._set_speakers(new, spans)
            else:
                new.carried = list(self.last)
            new.content_start = self._skip_complementizer(end, b)
            self._replace_current(props, cur, new)
            return end
        if self.arabic and spans and cur.kind == OUTLET and not cur.cue and cur.start >= a:
            lead_words = [t[2] for t in self._toks(cur.start, cs) if _is_word(t[2])]
            next_tok = [t[2] for t in self._toks(end, min(b, end + 8))][:1]
            verb = lead_words[0] if len(lead_words) == 1 else ""
            info = AR_CUESET.word_info.get(verb) or (
                AR_CUESET.word_info.get(verb[1:]) if verb[:1] in "وف" else None
            )
            if (
                info is not None
                and info.kind == VERB
                and next_tok
                and (next_tok[0] == ":" or next_tok[0] in _OPEN_QUOTES)
                and len(follow_words) >= 3
            ):
                # "وقال بحسب صحيفة هآرتس: «…»": the verb's pronoun subject speaks, the paper relays
                # (AR-1); the words after the colon are the verb's content, one claim with it.
                cur.kind = "reported"
                cur.carried = _dedupe(text, [*self._carry(verb), *self._speaker_strings(spans)])
                cur.mode, cur.cue, cur.polarity = info.mode, verb, info.polarity
                self._remember(self._speaker_strings(spans))
                cur.content_start = self._skip_complementizer(end, b)
                self._quote_kind(cur, cur.content_start)
                return end
        split_from_outlet = but_split = False
        if cur.kind == OUTLET and (cur.cue or self.arabic) and not pronoun:
            # "يذكر أن …، و… بحسب المرصد": the background stays the outlet's; the source owns the last clause.
            # "وظل وسط دمشق بعيدا عن الصراع … والذي أسفر عن سقوط 70 ألف قتيل طبقا لتقديرات …": so does
            # the relative clause of the outlet's sentence.
            pattern = _AR_CLAUSE if self.arabic else _EN_CLAUSE
            if not cur.cue:
                pattern = _AR_AND_WHICH
            cuts = [m.end() for m in pattern.finditer(text, cur.start, cs)]
            if cuts and len(text[cuts[-1] : cs].split()) >= 3:
                cur.end = cuts[-1]
                props.append(cur)
                cur = Prop(start=cuts[-1])
                split_from_outlet = True
        elif (
            self.arabic
            and cur.kind != OUTLET
            and cur.carried
            and spans
            and not pronoun
            and cur.content_start > cur.start
            and not [t for t in self._toks(end, min(b, end + _WINDOW)) if _is_word(t[2])]
        ):
            # "أوضحت الولايات المتحدة أنها لن …، لكن الأسلحة هي ما تحتاجه المعارضة، بحسب مراسل بي بي
            # سي": the source named at the end owns the "but" clause, not the speaker before it.
            buts = [
                m.end()
                for m in _AR_BUT_CLAUSE.finditer(text, cur.content_start, cs)
                if self._in_quote(m.start()) is None  # "«… ، ولكن …» - حسب السفير": one quotation
            ]
            if buts and len(text[buts[-1] : cs].split()) >= 3:
                cur.end = buts[-1]
                props.append(cur)
                cur = Prop(start=buts[-1])
                split_from_outlet = but_split = True
        if cur.carried and cur.content_start > cur.start and cs > cur.content_start and not pronoun:
            # "ونفى ما تم تداوله، نقلاً عن السفيرة": the source of what the speaker talks about.
            self.history.extend(spans)
            if not self.arabic and (
                cur.mode in {"reported", "said"}
                and cur.cue.lower() == "quoted"
                # "The SANA news agency reported earlier that at least one person was killed …
                # according to the Syrian Interior Ministry": the source a report relays, at its end
                or cur.mode == "reported"
                and written.lower().startswith(("according", "citing"))
                and not [t for t in self._toks(end, min(b, end + _WINDOW)) if _is_word(t[2])]
            ):
                # "Kim was quoted as saying …, according to the North's official news agency": the
                # relay is a voice too (convention EN-7)
                cur.carried = _dedupe(text, [*cur.carried, *self._speaker_strings(spans)])
        elif not pronoun:
            kept = (list(self.last), len(self.subjects))
            self._attach(cur, spans)
            if but_split:
                # The source of a trailing "بحسب" is no subject a later "وقال" can mean.
                self.last = kept[0]
                del self.subjects[kept[1] :]
        elif not cur.carried:
            cur.carried = self._carry("قالت" if speaker_text.endswith("ها") else "قال")
            cur.kind = "reported"
        if not cur.cue:
            cur.mode, cur.cue = cue.mode, written
        # Whatever follows the speaker after a comma is a new proposition ("… - حسب الشبكة - ، وهو ما دفع").
        after = self._toks(end, min(b, end + _WINDOW))
        rest = [t for t in after if _is_word(t[2])]
        but = (
            len(after) > 1
            and (after[0][2] in {"غير", "الا", "بيد"} and after[1][2] in _AR_COMPLEMENTIZERS)
            or bool(after)
            and after[0][2] in {"لكن", "ولكن"}
        )
        # "وبدأت المفاوضات، بحسب المصدر، بعد 15 يومًا على …": a source between commas after a short
        # opening is a parenthesis; the sentence goes on as the source's.
        # So it is in English: "Brotherhood members, according to the report, pushed him away",
        # "The army, according to El-Mahdi, …", "Earlier, according to the bulletin, …".
        parenthesis = (
            not but
            and cur.start == a
            and cur.kind == "reported"
            and text[max(a, cs - 3) : cs].strip()[-1:] in {"،", ","}
            and after[:1]
            and after[0][2] in {"،", ","}
            and 0 < len([t for t in self._toks(a, cs) if _is_word(t[2])]) <= 4
            # "Zayani, according to BNA, urged …": a reporting verb right after is the clause's own
            and (
                self.arabic
                or len([t for t in self._toks(end, min(b, self.limit)) if _is_word(t[2])]) > 2
            )
        )
        # "وقال بحسب صحيفة هآرتس: «…»", "قال وزير الخارجية، وطبقا لوكالة الأنباء الرسمية: «…»": a
        # source between a reporting verb and its words (after a colon or a quotation mark) relays
        # them; the words stay the verb's content, in one claim with the frame (AR-1, AR-7).
        relayed_speech = (
            self.arabic
            and bool(after)
            and (after[0][2] == ":" or after[0][2] in _OPEN_QUOTES)
            and cur.kind in {"reported", "quote"}
            and cur.carried
            and cur.mode != "according_to"
            and a <= cur.start < cs
            and 0 <= cur.content_start <= cs
            and not [
                t
                for t in self._toks(cur.content_start, cs)
                if _is_word(t[2]) and t[2] not in _AR_CONNECTIVES
            ]
        )
        if relayed_speech:
            cur.content_start = self._skip_complementizer(end, b)
            self._quote_kind(cur, cur.content_start)
        elif (
            len(rest) >= 3
            and (not _is_word(after[0][2]) or self.arabic and but)
            and not parenthesis
        ):
            cur.end = end
            props.append(cur)
            new = Prop(start=end)
            new.end = -2
            props.append(new)
        elif split_from_outlet:
            cur.end = -2  # the caller takes it up as the current proposition
            props.append(cur)
        return end
