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
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

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
    guarded,
    nominal_cue,
)
from claims.extraction.entities import _PLACE_TRIE
from claims.extraction.segment import quote_spans, sentences

# A word (runs of word characters joined by - ' ’ .) or one other non-space character; the word part is
# \w[\w\-'’.]*\w|\w written so that the engine does not backtrack from the end of every word. The
# quantifiers are possessive: giving back a character can never make another match here (nothing follows
# the alternation), so the tokens are those of the greedy form, found faster (tokenising is ~7% of
# extract()).
TOKEN = re.compile(r"\w++(?:[\-'’.]++\w++)*+|[^\w\s]")
_OPEN_QUOTES = "«“\"„'‘"
_ANY_QUOTE = '«»“”"„'
# A sentence opening on a quotation (after "و", "أما", "ثم"), and first-person words inside it (folded)
_AR_QUOTE_OPENING = re.compile(r"\s*(?:(?:و?اما|ثم|و)\s*)?[«“\"]")
_AR_FIRST_PERSON = re.compile(
    r"(?<!\S)(?:و|ف)?(?:انا|نحن|كنت|كنا|انني|اننا|لدي|لدينا|بلادنا|نريد|اريد|اعتقد|نعتقد)(?!\S)"
)
# [،,;] | \s[-–—]\s | \)\s*[-–—]+ | [-–—]{2,}, written to start with one character class (the branches
# start with different characters), which the regex engine skips to in C.
_COMMA = re.compile(r"[،,;\s)\-–—](?:(?<=[،,;])|(?<=\s)[-–—]\s|(?<=\))\s*[-–—]+|(?<=[-–—])[-–—]+)")

# Folded Arabic word lists.
_AR_COMPLEMENTIZERS = frozenset(
    ["ان", "انه", "انها", "انهم", "انهما", "انما", "بان", "بانه", "بانها", "بانهم", "لان"]
    + ["اننا", "انني", "انكم", "باننا", "بانني"]  # "وقال إننا نعمل …": a first-person content
    + ["فانه", "فانها", "فانهم"]  # "ومن هذا المنطلق، فإنها ترى …": no speaker
)
# Titles of a person posted to a country or body ("سفير … لدى …", "المبعوث … لدى …"), folded.
# a place's head noun before its name ("في مدينة مشهد"), after an envoy's في
_AR_PLACE_HEADS = frozenset(
    ["مدينه", "محافظه", "منطقه", "ولايه", "اقليم", "بلده", "دوله", "جمهوريه"]
)
_AR_ENVOYS = frozenset(["سفير", "سفيره", "مبعوث", "مبعوثه", "مندوب", "مندوبه", "ممثل", "ممثله"])
# People named by their tie to someone ("والدها", "أحدهم", "محاميه"), folded, without the suffix.
_AR_KIN = frozenset(
    ["والد", "والده", "ابن", "ابنه", "شقيق", "شقيقه", "زوج", "زوجه", "اخ", "اخت", "اب", "ام"]
    + ["احد", "احدي", "اقارب", "اهل", "اسره", "عايله", "محامي", "قاده", "زملاء", "رفاق", "جيران"]
    + ["نجل", "اخو", "ابو", "ارمله", "عم", "ابناء", "اشقاء", "مساعد", "مساعده", "صديق"]
)


def _ar_kin_word(word: str) -> bool:
    """A person named by a tie to someone, with the pronoun: "زوجته", "والدها", "محاميه", "نجله",
    "نائبه", "مستشاره" (folded): the subject after a verb, not a possessed object."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            if stem.endswith("ت"):
                stem = stem[:-1] + "ه"  # "زوجته" -> "زوجه"
            return stem in _AR_KIN or stem in _AR_MASCULINE
    return False


# "أنها", "بأنه", "إنهم": a complementiser carrying the subject pronoun of the verb after it.
_AR_PRONOUN_COMPLEMENTIZERS = frozenset(
    c for c in _AR_COMPLEMENTIZERS if c.endswith(("ه", "ها", "هم", "هما")) and c != "انما"
)
_AR_PREPS = frozenset(
    [
        "في",
        "علي",
        "عن",
        "الي",
        "من",
        "مع",
        "خلال",
        "منذ",
        "حول",
        "بعد",
        "قبل",
        "امام",
        "عبر",
        "لدي",
        "ضد",
        "حتي",
        "عقب",
        "اثر",
        "جراء",
        "بسبب",
    ]
)
_AR_TIME = frozenset(
    [
        "اليوم",
        "امس",
        "يوم",
        "مساء",
        "صباح",
        "ظهر",
        "فجر",
        "ليل",
        "ليله",
        "الليله",
        "صباحا",
        "مساء",
        "مساءا",
        "ظهرا",
        "فجرا",
        "السبت",
        "الاحد",
        "الاثنين",
        "الثلاثاء",
        "الاربعاء",
        "الخميس",
        "الجمعه",
        "موخرا",
        "سابقا",
        "لاحقا",
        "ايضا",
        "كذلك",
        "بدوره",
        "بدورها",
        "بدورهم",
        "الخميس",
        "امس",
        "اول",
        "البارحه",
    ]
    + ["وقتها", "حينها", "انذاك", "يومها", "حينذاك", "الان", "غدا", "حاليا"]
    + ["الاسبوع", "الشهر", "الماضي", "المقبل"]
)
_AR_MEDIUM = frozenset(
    [
        "حوار",
        "بيان",
        "تصريح",
        "تصريحات",
        "حديث",
        "موتمر",
        "تغريده",
        "كلمه",
        "لقاء",
        "مقابله",
        "رساله",
        "بيانه",
        "بيانها",
        "تقرير",
        "تقريرها",
        "تقريره",
        "صفحته",
        "صفحتها",
        "حسابه",
        "حسابها",
        "موقعه",
        "موقعها",
        "اتصال",
    ]
)


def _ar_speech_event(word: str) -> tuple[str, str, str] | None:
    """A document or speech event of _AR_SPEECH_EVENTS as written, clitics and all: its gender, its
    state, "def" ("البيان", "للتصريحات"), "acc" ("بيانا"), "poss" ("تصريحاته", "رسالتها") or "bare"
    ("بيان", "لمنشورات", "بتصريحات"), and the noun itself."""
    forms = [word, word[1:]] if word[:1] in "وف" and len(word) > 4 else [word]
    for w in forms:
        for pre in ("", "ب", "ل", "ك"):
            if not w.startswith(pre):
                continue
            x = w[len(pre) :]
            if pre == "ل" and x[:1] == "ل":
                x = "ا" + x  # "للبيان": ل + البيان
            if x.startswith("ال"):
                g = _AR_SPEECH_EVENTS.get(x[2:])
                if g:
                    return g, "def", x[2:]
                continue
            g = _AR_SPEECH_EVENTS.get(x)
            if g:
                return g, "bare", x
            if x.endswith("ا") and _AR_SPEECH_EVENTS.get(x[:-1]) == "m":
                return "m", "acc", x[:-1]
            for suffix in ("هما", "هم", "ها", "ه"):
                if x.endswith(suffix) and len(x) - len(suffix) >= 3:
                    stem = x[: -len(suffix)]
                    if stem.endswith("ت") and _AR_SPEECH_EVENTS.get(stem[:-1] + "ه") == "f":
                        stem = stem[:-1] + "ه"  # "رسالتها"
                    elif stem.endswith("اي") and stem[:-1] + "ء" in _AR_SPEECH_EVENTS:
                        stem = stem[:-1] + "ء"  # "لقائه"
                    g = _AR_SPEECH_EVENTS.get(stem)
                    if g:
                        return g, "poss", stem
    return None


def _ar_issuing_pronoun(word: str, nxt: str, stems: frozenset[str]) -> int:
    """A verb of ``stems`` that issues a document, with a pronoun back to it: "أصدره", "ألقاها",
    "أدلى بها" ("وأطلقها"): how many tokens it takes (1 or 2), else 0."""
    for w in (word, word[1:]) if word[:1] in "وف" else (word,):
        if nxt in {"به", "بها"}:
            stem = w[:-1] if w.endswith("ت") else w.removesuffix("وا")
            if stem in stems:
                return 2
        if w.endswith(("ه", "ها")) and len(w) > 3:
            stem = w[:-2] if w.endswith("ها") else w[:-1]
            stem = stem[:-1] if stem.endswith("ت") else stem
            if stem.endswith("ا"):
                stem = stem[:-1] + "ي"  # "ألقاه": ألقى
            if stem in stems:
                return 1
    return 0


def _ar_medium(word: str) -> bool:
    """A medium of speech, bare or with a possessive pronoun ("في حديثها", "خلال مؤتمره الصحفي",
    "في كلمته", "في لقائه"): "وقالت في حديثها لبي بي سي إن …" has a pronoun subject."""
    if word in _AR_MEDIUM:
        return True
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            return (
                stem in _AR_MEDIUM  # "تصريحاته"
                or stem.endswith("ت")
                and stem[:-1] + "ه" in _AR_MEDIUM  # "كلمته" -> "كلمه"
                or stem.endswith("اي")
                and stem[:-1] + "ء" in _AR_MEDIUM  # "لقائه" (folded "لقايه") -> "لقاء"
            )
    return False


_AR_RESUMPTIVE_EXTRA = frozenset(["لي", "لنا", "لهم", "لكم", "لك"])
_AR_RESUMPTIVE = (
    frozenset(
        ["فيه", "فيها", "به", "بها", "له", "لها", "عنه", "عنها", "ايضا", "كذلك", "بدوره", "بدورها"]
    )
    | _AR_RESUMPTIVE_EXTRA
)
_AR_RETRO = frozenset(["ذلك", "بذلك", "هذا", "هذه"])
_AR_RESUMPTIVE_PP = re.compile(r"(?:ب|ل|عن|في|الي|علي|من|مع)(?:ه|ها|هم|هما)")
# After a whole quotation: the end of the sentence or clause, or a participle going on.
_AR_AFTER_QUOTE = re.compile(r"\s*(?:[،,.;:]|$|و?(?:مضيف|مشير|موضح|موكد|لافت|قايل)\w*)")
# Documents a body issues: "حصيلة للمرصد" is the Observatory speaking (folded).
_AR_DOC_HEADS = frozenset(
    ["حصيله", "بيان", "تقرير", "احصاييه", "ارقام", "معطيات", "بيانات", "تصريحات", "تقديرات"]
)
# Plurals of documents and figures (folded, without ال): grammatically feminine singular.
_AR_NONHUMAN_PLURALS = frozenset(
    ["تقديرات", "احصاءات", "احصاييات", "معطيات", "بيانات", "تصريحات", "ارقام", "معلومات", "تقارير"]
)
# Bodies named after a person ("حكومة الأسد", "نظام الأسد"): never the person's fullest mention.
# Broken plurals of people (folded) that take a plural verb ("وقال شهود إنهم …", "توقعوا" after
# "خبراء"); sound plurals (-ون/-ين) are recognised by their ending in _ar_plural_word.
_AR_PERSON_PLURALS = frozenset(
    ["شهود", "نشطاء", "خبراء", "سكان", "اهالي", "قاده", "زعماء", "علماء", "اطباء", "عمال", "جنود"]
    + [
        "ضباط",
        "نواب",
        "وزراء",
        "سفراء",
        "اعضاء",
        "طلاب",
        "رجال",
        "مصادر",
        "ممثلو",
        "ممثلي",
        "مسوولو",
    ]
    + ["مسوولي", "معارضو", "معارضي", "منتقدو", "منتقدي", "اكراد", "حلفاء", "مقاتلو", "مقاتلي"]
    + ["الجميع"]
)
_AR_THEY = frozenset(
    ["هم", "وهم", "فهم", "انهم", "لانهم", "لكنهم", "ولكنهم", "فانهم", "وانهم", "كانهم", "بانهم"]
)
_AR_WHAT = frozenset(["ما", "بما", "مما", "عما", "فيما", "كما", "وكما", "لما", "ولما"])
_AR_OF_A_PERSON = frozenset(["حكومه", "نظام", "قوات", "جيش", "اداره", "انصار", "عهد", "مكتب"])
# Titles written before a person's name ("الدكتور محمد …", "المستشار سمير …"), folded, without ال.
_AR_HONORIFICS = frozenset(
    ["دكتور", "دكتوره", "مهندس", "استاذ", "سيد", "سيده", "امير", "ملك", "فريق", "مشير", "شيخ"]
    + ["مستشار", "لواء", "عميد", "عقيد", "سفير", "رييس", "وزير", "نايب", "حاج", "امام", "داعيه"]
)


def _ar_apposed_then_that(text: str, end: int) -> bool:
    """After a verb ending at ``end``: a subject, an apposition between commas, then أن ("ورأى الدكتور
    فايز، صاحب الخبرة الأمنية في المجال الإعلامي، أن …"): the complementiser of the verb's clause."""
    parts = re.split(
        r"[،,]", re.split(r"[.:؛\n]", text[end : end + 200], maxsplit=1)[0], maxsplit=2
    )
    return (
        len(parts) == 3
        and 0 < len(parts[0].split()) <= 6
        and 0 < len(parts[1].split()) <= 12
        and parts[2].split()[:1] != []
        and parts[2].split()[0] in _AR_COMPLEMENTIZERS
    )


# A comma, then "إلا أن" (but): the main clause after a concession; or "وهو ما" (which) (folded).
_AR_BUT_THAT = re.compile(r"[،,]\s*(?:[وف]?الا\s+(?:ان|انه|انها)|(وهو\s+ما))(?!\w)")


def _ar_possessed_masdar(word: str, extra: frozenset[str] = frozenset()) -> bool:
    """A masdar object with a pronoun suffix ("مسؤوليتها", "استعداده", "قيامهم")."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if stem.endswith("ت"):
                stem = stem[:-1] + "ه"
            return stem in _AR_MASDAR_OBJECTS or stem in extra
    return False


# What one expresses (أبدى/أعرب …): "أبدى إعجابه", "أبدت ملاحظتها" (folded, without the suffix).
_AR_FEELINGS = frozenset(
    ["اعجاب", "سعاده", "قلق", "ارتياح", "استياء", "تفاول", "امل", "استغراب", "دهشه", "ترحيب"]
    + ["تقدير", "شكر", "تضامن", "رغبه", "تحفظ", "اسف", "حزن", "غضب", "انزعاج", "امتعاض"]
    + ["ملاحظه", "راي", "موافقه", "اعتراض", "تخوف", "مخاوف", "اهتمام", "حرص", "استنكار"]
    + ["معارضه", "تاييد", "رغبه", "نيه", "عزم", "تفهم"]
)


def _ar_plural_verb(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is a past plural verb ("وتوقعوا", "أكدوا")."""
    start = text.rfind(" ", max(0, end - 20), end) + 1
    verb = text[start:end]
    # "وأكدتا اهتمامهما …": a dual, like a plural, has its subject in it.
    return (
        len(verb) > 4
        and verb.endswith("وا")
        or verb in AR_DUAL_VERBS
        or verb[:1] in "وف"
        and verb[1:] in AR_DUAL_VERBS
    )


def _ar_present_plural_verb(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is a present plural verb ("ويقولون", "يؤكدون")."""
    start = text.rfind(" ", max(0, end - 20), end) + 1
    verb = text[start:end]
    verb = verb[1:] if verb[:1] in "وف" and len(verb) > 5 else verb
    return len(verb) > 4 and verb[0] in "يت" and verb.endswith("ون")


# Words right after a reporting verb that open the words said, never a speaker's name (folded):
# "وقال يجب أن …", "وقال لا ينبغي …", "وقال لقد ناقشنا …".
_AR_SPEECH_STARTS = frozenset(
    ["يجب", "ينبغي", "يتعين", "يتوجب", "لقد", "لن", "لا", "لماذا", "كيف", "هناك", "اين"]
)
# A preposition with a pronoun back to the noun before a relative verb: "التي دعا إليها الرئيس".
_AR_RESUMPTIVE_PREPS = frozenset(
    ["اليه", "اليها", "اليهم", "اليهما", "عليه", "عليها", "عليهم", "منه", "منها", "منهم"]
)


# Passive cues that can open a relative clause with no relative pronoun ("أشخاص يعتقد أنهم …").
_AR_RELATIVE_PASSIVES = frozenset(["يعتقد", "يقال", "قيل"])


def _ar_indefinite_head(word: str) -> bool:
    """An indefinite noun a relative clause can hang on ("شخص", "صواريخ", "مسلحون"): not definite, not
    a particle, pronoun-complementiser or connective ("أنه يعتقد", "كما يعتقد", "لا يعتقد")."""
    return (
        len(word) > 2
        and word.isalpha()
        and not word.startswith(("ال", "وال", "فال", "بال", "لل"))
        and word not in _AR_CONNECTIVES
        and word not in _AR_COMPLEMENTIZERS
        and word not in _AR_NEGATION
        and word not in _AR_PREPS
        and word not in _AR_RELATIVE
        and word not in _AR_CLAUSE_WORDS
        and word not in {"وهو", "وهي", "وهم", "هو", "هي", "هم", "ربما", "بما", "فقد", "كما", "وانه"}
    )


def _ar_masdar_shaped(word: str) -> bool:
    """A verbal noun of a derived form (إفراج، انسحاب، اعتقال، استخدام، تحقيق) or a listed masdar."""
    n = len(word)
    return (
        word in _AR_MASDAR_OBJECTS
        or (n == 5 and word[0] == "ا" and word[3] == "ا")  # إفعال
        or (n == 6 and word[0] == "ا" and word[1] == "ن" and word[4] == "ا")  # انفعال
        or (n == 6 and word[0] == "ا" and word[2] == "ت" and word[4] == "ا")  # افتعال
        or (n == 7 and word.startswith("است") and word[5] == "ا")  # استفعال
        or (n == 5 and word[0] == "ت" and word[3] == "ي")  # تفعيل
    )


def _ar_object_noun(bare: str) -> bool:
    """A noun (without ال) that is an object, never a speaker's name: a verbal noun ("احتمال",
    "تعاون", "إجراء") or a cause ("السبب")."""
    n = len(bare)
    return (
        bare in _AR_MASDAR_OBJECTS
        or (_ar_masdar_shaped(bare) and not (n == 5 and bare[0] == "ا" and bare[3] == "ا"))
        or (n == 5 and bare[0] == "ت" and bare[2] == "ا")  # تفاعل: تعاون، تبادل
        or bare in {"سبب", "اسباب", "جميع", "ظروف", "ارسال", "انشاء"}
    ) and bare not in {"اتحاد", "ايتلاف", "تحالف", "اعلام", "اتصالات", "اجتماع"}


def _ar_participle(word: str) -> bool:
    """A participle cue word ("قائلا", "مشيرا", "ومضيفا"): never the end of a speaker's name."""
    word = word.strip('،,:;."“”«»')
    for form in (word, word[1:] if word[:1] == "و" else ""):
        cue = AR_CUESET.word_info.get(form)
        if cue is not None and cue.kind == PARTICIPLE:
            return True
    return False


@lru_cache(maxsize=4096)
def _ar_coordinated_verb(word: str) -> bool:
    """ "واعتبرتاه", "وأكد": و/ف and a reporting verb (with an object pronoun), no participle."""
    core = word[1:]
    if core.startswith(_AR_NATIVE_WAW):
        return False
    for suffix in ("", "ه", "ها", "هم"):
        if suffix and not core.endswith(suffix):
            continue
        if core == "اعاده":
            continue  # "وإعادة الإسكان": the verbal noun, not "وأعاده"
        cue = AR_CUESET.word_info.get(core[: -len(suffix)] if suffix else core)
        if cue is not None and cue.kind != PARTICIPLE:
            return True
    return False


# Head nouns of a body (folded): after و, with a definite complement, a second body that speaks too.
_AR_JOINT_HEADS = frozenset(
    ["وزاره", "قياده", "مكتب", "مجلس", "لجنه", "حزب", "حركه", "جماعه", "قوات", "جيش", "رياسه"]
    + ["برنامج", "صندوق", "منظمه", "مفوضيه", "هييه", "مركز", "مرصد", "اتحاد", "جمعيه", "جبهه"]
    + ["ايتلاف", "تحالف", "شرطه", "سفاره", "بعثه", "محكمه", "نقابه", "بنك", "شركه", "جامعه", "لجان"]
    + ["وكاله", "حكومه", "اداره", "سلطات", "منظمات", "وزارات", "مجموعه", "صحيفه"]
)


def _ar_plain_name_word(word: str) -> bool:
    """An indefinite word that reads as part of a personal name ("محمد", "مرسي", "حمدان"): no verbal
    noun, no feminine or plural noun, no particle, title, time word or country."""
    return (
        _ar_name_like(word)
        and not _definite(word)
        and not word.startswith("و")
        and not word.endswith(("ه", "ات", "ها", "هم"))
        and not (len(word) >= 6 and word.endswith(("ون", "ين")))  # a plural, not "جون", "ياسين"
        and word not in _AR_PREPS
        and word not in _AR_TIME
        and word not in _AR_NOT_SPEAKER
        and word not in _AR_CLAUSE_WORDS
        and word not in _AR_CONNECTIVES
        and word not in _AR_QUANTIFIERS
        and word not in _AR_PERSON_HEADS
        and word not in _AR_COMPLEMENTIZERS
        and word not in {"عندما", "حين", "حينما", "بينما", "فيما", "كما", "عقب", "اثناء"}
        and not _ar_object_noun(word)
        and not _ar_participle(word)
        and not _ar_manner_accusative(word)
        and _PLACE_TRIE.get(word) is None
    )


def _ar_given_name_word(word: str) -> bool:
    """A plain name word ("محمد", "مرسي") or one in a folded ة ("حمادة", "أسامة", "عبدالله"), not a
    noun in -iyya."""
    return _ar_plain_name_word(word) or (
        word.endswith("ه") and not word.endswith("يه") and _ar_plain_name_word(word[:-1] + "ا")
    )


def _ar_manner_accusative(word: str) -> bool:
    """An indefinite participle in the accusative, a manner ("غاضبا", "مبتسما", "متسائلا"): فاعلاً or
    a derived participle in م, ending in ا."""
    return (
        word.isalpha()
        and word.endswith("ا")
        and not word.endswith(("يا", "ها"))  # "سوريا", "تركيا"
        and ((len(word) == 5 and word[1] == "ا") or (len(word) >= 5 and word[0] == "م"))
    )


def _ar_joint_body(word: str, nxt: str, first: str = "") -> bool:
    """Whether ``word`` ("ووزارة", "وبرنامج") opens a second body that speaks with the one before
    (AR-18): و and a body's head noun, with its definite complement after it."""
    if not (word[:1] == "و" and word[1:].isalpha() and nxt.startswith("ال")):
        return False
    if word.startswith(_AR_NATIVE_WAW):  # "وزارة", "وكالة": the و is the word's own
        return False
    return word[1:] in _AR_JOINT_HEADS


def _ar_name_like(word: str) -> bool:
    """A word that can start a personal name after a title: not a masdar object ("إغلاق", "تشكيل")."""
    return not (
        len(word) < 3
        or not word.isalpha()
        or word in _AR_MASDAR_OBJECTS
        or word.startswith(("است", "ب", "ل"))
        or (len(word) == 5 and word[0] == "ا" and word[3] == "ا")  # إفعال: إغلاق، إجراء
        or (len(word) == 5 and word[0] == "ت" and word[3] == "ي")  # تفعيل: تشكيل، تنفيذ
        or (len(word) >= 5 and word[0] in "اتم" and word[-1] in "ه")  # إقامة، مشاركة، تسوية
    )


def _ar_b_name(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the ب-initial word ``toks[i]`` is a name ("قالت بريطانيا إن", "قال بيتر مورار رئيس …")
    rather than the preposition ب with a verbal noun ("أفاد بمقتل …")."""
    w = toks[i][2]
    if w in _AR_B_NAMES or _DOC_NOUNS.match(w):
        return True  # "وقال بيان صادر عن الجيش إن": the statement, not بـ + a verbal noun
    if (
        w.startswith("بال")
        or w.endswith("ه")
        or w[1:] in _AR_MASDAR_OBJECTS
        or _ar_masdar_shaped(w[1:])
    ):
        return False
    nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
    if nxt in _AR_COMPLEMENTIZERS:
        return True  # a verbal noun object is never followed at once by أن / إن
    if len(w) == 4 and w[1] == "ا" and nxt.endswith("ي") and not _definite(nxt):
        return True  # "وقال باحث يمني …": a فاعل noun (a person) and his nisba
    # "بيتر مورار رئيس اللجنة", "بشر الصبان محافظ دمشق": a name, then the person's bare title.
    after = toks[i + 2][2] if i + 2 < len(toks) else ""
    return bool(nxt) and _is_word(nxt) and not nxt.startswith("ب") and after in _AR_TITLES


# Reporting verbs (folded, without و/ف) that govern على ("أكد على أن", "شدد على ضرورة", "علق على"):
# after them a folded علي is the name only when the article spells it علي.
_AR_ALA_VERBS = re.compile(
    r"[يت]?(?:اكد|وكد|شدد|حث|حرص|علق|عقب|رد|اصر|صر|اعترض|عترض|اثن[يا]|ثني|ركز)(?:ت|وا|ا|تا|ون|ان)?"
)
# Words after على in a fixed phrase, never a name: "على لسان", "على هامش", "على الفور" (folded).
_AR_ALA_PHRASES = frozenset(
    ["لسان", "هامش", "خلفيه", "حد", "وجه", "مثل", "غرار", "صعيد", "مستوي", "نحو", "اثر", "راس"]
    + ["حساب", "موقع", "صفحه", "تويتر", "فيسبوك", "قناه", "شاشه", "ذلك", "هذا", "هذه", "ما", "كل"]
    + ["جميع", "كافه", "اي", "عدم", "انفراد", "مسمع", "مدي", "طول", "امل", "ان", "انه", "انها"]
    + ["مواقع", "يوتيوب", "نطاق", "رضي"]  # "رضي الله عنه": a blessing after the name, not its part
)


def _ar_ali_name(word: str) -> bool:
    """Whether ``word`` after a folded علي (the name علي, or the preposition على: one spelling once
    folded) goes on with a personal name ("علي لاريجاني", "علي أكبر صالحي", "علي الأحمدي") rather
    than being على's object ("على ضرورة", "على حسابه", "على الرغم", "على أن")."""
    if word.startswith("ال"):
        return word.endswith("ي") and len(word) > 4  # a nisba surname: "علي الحريري"
    return (
        _ar_name_like(word)
        and word not in _AR_PREPS
        and word not in _AR_COMPLEMENTIZERS
        and word not in _AR_ALA_PHRASES
        and word not in _AR_TIME
        and word not in _AR_NOT_SPEAKER
        and not word.endswith(("ه", "ها", "هم", "هما", "ات"))  # "على حسابه", "على ضرورة"
        and not _ar_object_noun(word)
        and not _ar_medium(word)
    )


# Nouns (folded, without ال) that are never adjectives: after a definite speaker they start the object.
_AR_OBJECT_NOUNS = frozenset(
    ["نظام", "حكومه", "سلطات", "اطراف", "مجتمع", "دول", "ولايات", "شعب", "مواطنين"]
    + ["مسلحين", "متظاهرين", "اداره", "جماعه", "تنظيم", "نظامين", "حكومات", "قوي"]
    # events and acts that are condemned, denied or welcomed: "أدان الأزهر التفجيرات"
    + ["تفجيرات", "تفجير", "هجوم", "هجمات", "اعتداء", "اعتداءات", "غارات", "مجزره", "اغتيال"]
    + ["انتهاكات", "قرار", "اتفاق", "خطوه", "تصريحات", "عمليات", "حادث", "حادثه", "قوات", "جيش"]
    + ["نقاب", "موافقه"]  # "كشف المصدر النقاب عن …", "وأكد البيان الموافقة على …"
)
# Words after which "نشر"/"كشف" is the verbal noun (spreading, revealing), not the verb (folded).
_AR_BEFORE_MASDAR = frozenset(
    ["عبر", "بعد", "قبل", "خلال", "طريق", "بهدف", "هدف", "هدفه", "هدفها", "هدفهم", "بغيه", "اجل"]
)
# What is denied right after a pronoun-subject denial verb (folded, without ال): "ونفى الاتهامات
# المواجهة للمعارضة", "ونفى جميع التهم". (Once also named _AR_DENIED_OBJECTS, which a later set of the
# same name below shadowed, so this rule ran with the wrong words.)
_AR_DENIED_CHARGES = frozenset(
    ["اتهامات", "اتهام", "تهم", "تهمه", "انباء", "تقارير", "مزاعم", "شايعات", "ادعاءات", "اخبار"]
)
# Nouns that make "وفقاً لـ/طبقاً لـ + noun" a source (folded; bare and with ال after the joined ل).
_AR_ACCORDING_HEADS = frozenset(
    f"{d}{w}"
    for d in ("", "ال")
    for w in [
        "مصادر",
        "مصدر",
        "تقديرات",
        "تقدير",
        "تقرير",
        "تقارير",
        "وكاله",
        "وكالات",
        "تصريحات",
        "تصريح",
        "بيانات",
        "بيان",
        "معلومات",
        "احصاءات",
        "احصاييات",
        "ارقام",
        "روايه",
        "روايات",
        "صحيفه",
        "صحف",
        "موقع",
        "قناه",
        "مسوول",
        "مسوولين",
        "مسوولي",
        "مكتب",
        "وزاره",
        "مرصد",
        "شهود",
        "شاهد",
        "ناشطين",
        "نشطاء",
        "دراسه",
        "دراسات",
        "استطلاع",
        "نتايج",
        "كلام",
        "شهاده",
        "شهادات",
        "وسايل",
        "مراسل",
        "احد",
        "سلطات",
        "متحدث",
        "ناطق",
        "خبراء",
        "مراقبين",
        "محللين",
        "سكان",
        # documents and words ("وفقا للوثيقة", "وفقا لتأكيد جاسم", "طبقا لروايته")
        "وثيقه",
        "وثايق",
        "رساله",
        "مذكره",
        "برقيه",
        "تاكيد",
        "تاكيدات",
        "اقوال",
        "اعترافات",
        "حديث",
    ]
)
# "بحسبه", "وفقا لها": an according cue that ends on a pronoun (see Attributor._ar_according_pronoun)
_AR_ACCORDING_SUFFIX = re.compile(r"[وف]?(?:بحسب|(?:وفقا|طبقا)\s*ل)(?:ه|ها|هم)")
# "طبقا لروايته، …", "وفقا لشهادتها": the account of the speaker just named
_AR_ACCORDING_POSSESSED = frozenset(
    f"{w}{suffix}"
    for w in ["روايت", "شهادت", "تاكيد", "تصريحات", "كلام", "حديث", "اقوال", "معلومات"]
    for suffix in ["ه", "ها", "هم"]
)
# Given names that begin with ب (not a preposition): "الرئيس بشار الأسد".
_AR_B_NAMES = frozenset(
    ["بشار", "بسام", "بشير", "بشري", "بكر", "بدر", "بلال", "بهاء", "بثينه", "برهان", "باسل", "بسمه"]
    + ["بشر", "بندر", "بكري", "بهجت", "بديع", "براء", "بشاره", "بتول", "بلقيس", "بدريه", "بطرس"]
    + ["بولس", "بيار", "بيتر", "بوتين", "باراك", "بوش", "بلير", "بنيامين", "بوريس", "بيل", "بيير"]
    + ["برنار", "برنارد", "بارزاني", "بيريز", "بايدن", "بريمر", "بوغدانوف", "بيسكوف"]
    # places that begin with ب, the last word of a construct ("قيادة عمليات بغداد") or a speaker
    + ["بغداد", "بيروت", "بنغازي", "بريطانيا", "بلجيكا", "بكين", "برلين", "بروكسل", "باريس"]
    + ["باكستان", "بعلبك", "بانياس", "بصري", "بيرزيت", "بولندا", "بلغاريا", "بعقوبه", "بابل"]
)
# ب-words that are no name even right before أن: adverbs and prepositional phrases ("وقال بدوره إن").
_AR_B_NOT_NAMES = frozenset(
    ["بدوره", "بدورها", "بدورهم", "بوضوح", "بصراحه", "بشده", "بحزم", "بقوه", "بصفته", "بصفتها"]
    + ["بعد", "بعدما", "بين", "بينما", "بشكل", "بكل", "بسبب", "بحسب", "بفضل", "بناء", "بهذا"]
    + ["بهذه", "بذلك", "به", "بها", "بهم", "بما", "بمن", "بل", "بلا", "بدون", "بعض", "بينهم"]
    # the manner of speaking: "وتابع بحزن: …", "وقالت بغيظ: …"
    + ["بحزن", "بغضب", "بغيظ", "بفخر", "بهدوء", "بصوت", "بحماس", "بصدق", "بقلق", "بحسم", "بثقه"]
)
# ل-initial particles and adverbs, never a name: "يقول لابد أن", "وتضيف لذلك أن" (folded).
_AR_L_NOT_NAMES = frozenset(
    ["لابد", "لذلك", "لهذا", "لاسيما", "لكن", "لكنه", "لكنها", "لعل", "لعله", "لدي", "لان", "لولا"]
    + ["لاحقا", "لاحق", "لا", "لو", "لم", "لن", "لقد", "لدرجه", "لمجرد", "لاحد", "لنفسه", "لنفسها"]
)
# Bodies a speaker belongs to ("مصدر مسؤول بوزارة الخارجية" = "مصدر في وزارة الخارجية").
_AR_BODIES = frozenset(
    [
        "وزاره",
        "قياده",
        "مكتب",
        "مجلس",
        "هييه",
        "لجنه",
        "حزب",
        "حركه",
        "جماعه",
        "قوات",
        "جيش",
        "رياسه",
    ]
)
# Heads of a noun phrase that can speak: people, bodies, documents ("المحكمة … التي قالت إن …").
_AR_AGENT_HEADS = (
    _AR_DOC_HEADS
    | _AR_BODIES
    | frozenset(["حكومه", "محكمه", "نواب", "منظمه", "سلطات", "شرطه", "معارضه", "اداره", "امم"])
    | frozenset(["ايتلاف", "تحالف", "جبهه", "فصايل", "فصيل", "تنظيم", "زعيم", "وكاله", "صحيفه"])
    | frozenset(["لجان", "هييات", "مرصد", "مسوولون", "مسوولين", "ناشطون", "ناشطين", "نشطاء"])
)
_AR_ADVERBS = frozenset(
    ["علنا", "صراحه", "رسميا", "مجددا", "ايضا", "كذلك", "مرارا", "سابقا", "لاحقا", "اخيرا"]
)
_AR_AMBIGUOUS = frozenset(
    ["نقل", "نقلت", "نقلوا", "ينقل", "تنقل", "نشر", "نشرت", "نشروا", "ينشر", "تنشر"]
    + ["نقلتا", "ينقلون", "ينقلان", "تنقلان"]
    # عرض shows a video, a statement … ("وعرض التلفزيون السوري مقاطع مصورة"); not "عرض المساعدة"
    + ["عرض", "عرضت", "عرضوا", "يعرض"]
)
# What a نشر that reports publishes (folded; also after ال).
_AR_PUBLISHED_OBJECTS = frozenset(
    [
        "فيديو",
        "صور",
        "صوره",
        "بيان",
        "بيانا",
        "تسجيل",
        "تسجيلا",
        "شريط",
        "شريطا",
        "مقطع",
        "مقطعا",
        "تقرير",
        "تقريرا",
        "خبر",
        "خبرا",
        "رساله",
        "تغريده",
        "لقطات",
        "مشاهد",
        "موقع",
        "موقعه",
        "موقعها",
        "صفحه",
        "صفحته",
        "صفحتها",
        "حساب",
        "حسابه",
        "حسابها",
        "قايمه",
        "حصيله",
        "احصاييه",
        "مقال",
        "مقالا",
        "مقالات",
        "تقارير",
        "صورا",
        "نص",
        "مقابله",
        "وثيقه",
        "وثايق",
        "مقاطع",
        "تسجيلات",
        "شرايط",
    ]
)
_AR_CAME = frozenset(["جاء", "وجاء", "ياتي", "وياتي", "ورد", "وورد"])
_AR_CONNECTIVES = frozenset(
    [
        "مضي",
        "ومضي",
        "و",
        "ف",
        "ثم",
        "كما",
        "لكن",
        "ولكن",
        "بينما",
        "فيما",
        "حيث",
        "اذ",
        "وقد",
        "فقد",
        "قد",
        "كان",
        "كانت",
        "وكان",
        "وكانت",
        "فكان",
        "فكانت",
        "ولقد",
        "لقد",
        "اما",
        "واما",
        "الا",
        "انه",
        "ومع",
        "مع",
        "اذا",
        "كذلك",
        "ايضا",
        "بدوره",
        "بدورها",
        "وبدوره",
        "وبدورها",
        "الي",
        "ذلك",
        "والي",
        "هذا",
    ]
    + ["فانه", "فانها", "فانهم"]  # "…، فإنها ترى أن": the clause goes on
)
_AR_LEAD_PHRASE = re.compile(
    r"(?:\W*(?:و|ف)?(?:من\s+(?:جهت|جانب|ناحيت)(?:ه|ها|هم|هما)|في\s+(?:الوقت|حين)(?:\s+الذي)?|"
    r"في\s+السياق\s+(?:نفسه|ذاته)|في\s+هذا\s+السياق|في\s+غضون\s+ذلك|الي\s+ذلك|علي\s+صعيد\s+\w+|"
    r"(?:في\s+|ب)المقابل|بدور(?:ه|ها|هم)|مع\s+ان\w*|الا\s+ان\w*|لكن\w*|ولكن\w*)\W*)+"
)
_AR_ADDRESSEE = re.compile(
    r"^(?:ل|لل)(?:رويترز|صحفيين|وكاله|قناه|صحيفه|موقع|الصحفيين|صحافيين|ـ)?$"
    r"|^ل(?:رويترز|وكال|قنا[هت]|صحيف|صحف|صحاف|موقع|شبك|تلفزيون|اذاع|مراسل|وسايل|برنامج)"
    r"|^لبي$"  # "قال العقيد … لبي بي سي": the BBC spoken to
    r"|^لـ?[A-Za-z]"  # "وأكدت المصادر لـCNN": ل joined to an outlet's Latin name
    # "وقال كارتر لجنود التحالف …", "قال للحضور": the people spoken to
    r"|^لل?(?:جنود|حضور|صحفي|طلاب|طلبه|مشاركين|مجله|نواب)"
)
_AR_SPOKESMAN = re.compile(r"(?:ال)?(?:ناطق|متحدث|ناطقه|متحدثه)\s+(?:الرسمي\s+)?باسم")
# "من جانبه، أصدر المجلس الوطني السوري بيانا": a sentence with no cue that names a statement's author.
_AR_ISSUED = re.compile(
    r"\s*(?:\S+\s+\S+[،,]\s*)?[وف]?(?:[اأ]صدر|[اأ]صدرت|نشر|نشرت|وزع|وزعت)\s+"
    r"((?!بيان|تقرير)[^\s،,.:«»\"“”]+(?:\s+[^\s،,.:«»\"“”]+){0,5}?)\s+"
    r"(?:بيانا|بياناً|بيان[اً]?|تقريرا|تقريراً|بلاغا|بلاغاً)(?=[\s،,.]|$)"
)
_AR_COORD = re.compile(
    r"[،,]?\s+(?:بالاضافه\s+الي|اضافه\s+الي|فضلا\s+عن|و?علي\s+لسان)\s+|\s+(?=و\S{3,})"
)
# "مصدر أمني طلب عدم الكشف عن هويته": the rest describes the source's anonymity, not a second voice.
_AR_DROP_SPEAKER = re.compile(
    r"^و?(?:غير|غيرها|غيره|سواها|اخرين|اخري|مقره|مقرها|طلب|طلبت|طلبا|طلبوا|رفض|رفضت|رفضوا|رافضا|رافضه|فضل|فضلت|اشترط)\b"
)
_AR_LINK_PREPS = frozenset(["الي", "علي", "عن", "من", "ب", "ل", "في"])
_AR_NOT_SPEAKER = frozenset(
    [
        "غير",  # "وتضيف غير أن محادثاته …": "but that", no speaker
        "هل",
        "والتي",
        "والذي",
        "والذين",
        "مزيدا",
        "ما",
        "من",
        "ذلك",
        "هذا",
        "هذه",
        "عدد",
        "عددا",
        "انه",
        "انها",
        "الذي",
        "التي",
        "الذين",
        "كل",
        "بعض",
        "اي",  # "من دون أن تحدث أي مواجهات": "any …" names no one
    ]
)
# Words that leave a clause open before the verb after them ("كي تقر", "وهو يقول", "لم يؤكد").
# What may open a speaker's frame after the name: where, when, through whom (not على/إلى/عن, which open
# the words themselves).
_AR_FRAME_WORDS = frozenset(
    ["في", "خلال", "عبر", "امام", "لدي", "اثناء", "مساء", "صباح", "يوم", "حسب", "بحسب", "وفق"]
    + ["وفقا", "نقلا", "امس", "اليوم"]
)
_AR_DANGLING = frozenset(["كي", "لكي", "وهو", "وهي", "وهم", "لم", "لن", "قد"])
_AR_RELATIVE = frozenset(["الذي", "التي", "الذين", "اللذين", "اللتين", "ما", "مما"])
# Words a short quotation of speech opens on and a quoted name never does (folded): 'قال "لن نتراجع"'.
_AR_SPEECH_OPENERS = frozenset(
    ["انا", "نحن", "انت", "انتم", "هو", "هي", "هم", "لا", "لن", "لم", "ما", "ان", "انه", "انها"]
    + ["انهم", "اننا", "انني", "قد", "لقد", "كل", "هذا", "هذه", "هناك", "يا", "اذا", "لو", "نعم"]
    + ["كلا", "ليس", "ليست", "لسنا", "لست", "سوف", "سن", "كنا", "كنت"]
)
# Quantifiers before a partitive من ("العديد من قادة …", "عشرات من الناشطين"), folded.
_AR_QUANTIFIERS = frozenset(
    ["العديد", "عديد", "عدد", "الكثير", "كثير", "بعض", "عشرات", "مييات", "الاف", "مجموعه", "جميع"]
)
_UNNAMED = guarded(
    r"\b",
    r"(?:reportedly|allegedly|purportedly|unconfirmed\s+reports?|it\s+(?:has\s+)?emerged"
    r"|by\s+(?:one|some|other)\s+(?:reports?|accounts?)"
    # "Six people were also reported killed in rebel shelling": as "reportedly killed"
    r"|(?:was|were|is|are|been)\s+(?:also\s+|later\s+)?reported\s+(?:to\s+have\s+been\s+)?"
    r"(?:killed|dead|wounded|injured|missing|kidnapped|arrested|detained|abducted))\b",
    re.IGNORECASE,
)
_REPORTS = re.compile(
    r"^(?:و?وسط\s+)?(?:ال)?(?:تقارير|انباء|اخبار|معلومات)"  # "وسط تقارير تفيد بأن …"
    # "أفادت تقارير إخبارية تركية", "تقارير أمنية ليبية": any indefinite adjectives, no one named (AR-6)
    r"(?:\s+(?:غير\s+موكده|اوليه|متضاربه|متداوله|(?!ال)\w{2,}يه)){0,3}$"
    r"|^(?:(?:unconfirmed|unverified|preliminary|initial|early|earlier|conflicting|local|media|press"
    r"|news)\s+){0,2}reports$",
    re.IGNORECASE,
)
_AR_GENERIC_HEADS = frozenset(
    [
        "عقيد",
        "العقيد",
        "لواء",
        "عميد",
        "نقيب",
        "رايد",
        "مقدم",
        "مصدر",
        "مصادر",
        "مسوول",
        "مسوولون",
        "مسوولين",
        "ناشط",
        "ناشطون",
        "ناشطين",
        "نشطاء",
        "شهود",
        "شاهد",
        "سكان",
        "ضابط",
        "قائد",
        "قايد",
        "متحدث",
        "عضو",
        "مراسل",
        "مواطنون",
        "اهالي",
        "سكان",
        "طبيب",
        "اطباء",
        "عامل",
        "عاملون",
        "موظف",
        "خبير",
        "خبراء",
        "دبلوماسي",
        "دبلوماسيون",
    ]
    # "اتهم قيادي في الائتلاف الوطني …": a member named by the body he belongs to
    + ["قيادي", "قياديون", "قياديين", "قياديه", "عنصر", "مقاتل", "مقاتلون", "محلل", "باحث"]
    + ["ناشطه", "مسووله", "متحدثه", "مراسله", "طبيبه", "موظفه", "خبيره", "عضوه"]
)
_AR_MASCULINE = frozenset(
    [
        "ناطق",
        "متحدث",
        "وزير",
        "امين",
        "مدير",
        "رييس",
        "قايد",
        "ضابط",
        "مصدر",
        "مسوول",
        "سفير",
        "شيخ",
        "نايب",
        "عضو",
        "مستشار",
        "محافظ",
        "زعيم",
        "مراسل",
        "مندوب",
        "مبعوث",
        "ممثل",
        "مفوض",
        "قاضي",
        "جنرال",
        "لواء",
        "عقيد",
        "عميد",
        "رييس",  # folded spellings: the text is folded (ئ -> ي) before these lists are consulted
        "قايد",
    ]
)
# Words whose first letter و is their own, not "and": never split a speaker there.
_AR_NATIVE_WAW = (
    "وزير",
    "وزار",
    "وكال",
    "ولي",
    "وحد",
    "وفد",
    "واشنطن",
    "وسايل",
    "وليد",
    "وايل",
    "وطن",
    "وجه",
    "وقت",
    "وضع",
    "ورد",
    "وصل",
    "وقع",
    "وثق",
    "وعد",
    "وقف",
    "وصف",
    "ولاي",
    "ولد",
    "واد",
    "واح",
    "واق",
    "وسط",
)
_AR_QUOTING_NOUNS = frozenset(
    ["قوله", "قولها", "قولهم", "افادته", "تصريحه", "تصريحها", "تاكيده", "تاكيدها"]
)
# "كما فعل البعض", "كما هو الحال", "كما قال": "as …", no clause of its own after "كما" (folded).
_AR_AS_WHAT = (
    "هو|هي|لو"
    "|يقول|تقول|قال|قالت|ذكر|ذكرت|اشار|اشارت|اكد|اكدت|اوضح|ورد|جاء|افاد|اعلن|نشر|تردد|فعل|فعلت|تفعل"
    "|يفعل|افعل|نفعل|حدث|يحدث|حصل|يحصل|جري|يجري|وصف|يصف|تصف|سما|يسمي|تسمي|اسما|يراه|تراه|يبدو"
    "|بدا|سبق|اسلف|قلنا|ذكرنا|يتوقع|توقع|هم"
)
# Where a long sentence falls into clauses: a comma before a new clause, or "بينما / فيما / في حين".
# (The comma branches share one "[،,]\s*" and the space branches one "\s": the engine tries two branches
# at each position of a long proposition, not four; the same matches.)
_AR_CLAUSE = re.compile(
    # not "فيما يخص / يتعلق" (as regards), "كما فعلت / هو" (as it did: _AR_AS_WHAT)
    rf"[،,]\s*(?=(?:و|ف)?(?:بينما|فيما(?!\s+(?:يخص|يتعلق))|في\s+حين|كما(?!\s+(?:{_AR_AS_WHAT})\s)"
    # "، إضافة إلى / فضلا عن" only before a clause ("إضافة إلى أن …"), not before the next item of a
    # list ("، إضافة إلى سقوط صواريخ سكود في خمس نقاط", "، فضلاً عن موانئ آسيا"; AR-9)
    r"|حيث)\s|(?:و|ف)?(?:اضافه\s+الي|فضلا\s+عن)\s+(?:ان|انه|انها|انهم)\s"
    # not "، وفقا لـ…" (the source of the clause before), "، وعلى رأسها …" (the head of a list),
    # "، ولا سيما …" (especially)
    r"|و(?!ذلك|ال|فق\S*\s|علي\s+راس|في\s+مقدمت|لا\s+سيما)\S+\s)"
    # not "من حيث" (as regards), "… بينما كان يتنقل" (while he was: a time, after no comma)
    r"|\s(?=(?:بينما(?!\s+كان)|فيما(?!\s+(?:يخص|يتعلق))|في\s+حين)\s"
    # not "خصوصا وأن" (especially since)
    r"|(?<!حتي\s)(?<!خصوصا\s)(?<!خاصه\s)(?<!سيما\s)(?:وان|وانه|وانها)\s"
    r"|(?:(?<!من\s)حيث|بل|في\s+الوقت\s+الذي)\s"
    # "… المستشار أحمد حجازي كما استقبل محافظ البنك …": a clause added with "كما" after no comma
    # (_ar_as_aside: not "كما يروج البعض،", "كما نطقها،": as …)
    rf"|كما\s+(?!(?:{_AR_AS_WHAT}|في|من|ان|انه|انها|كان|كانت|يلي|لو|ينبغي|يجب|ذكر\S*|اشار\S*"
    r"|[يت](?:ذكر|ريد|روج|طلق)\S*)\s))"
)
# Where an aside ("كما يروج البعض، …", "كما يطلقون على أنفسهم -") ends: a comma, a dash, a full stop.
_AR_ASIDE_END = re.compile(r"[،,؛;\-–—.:\"«»“”()]")
# How long (in characters from its content start) a proposition must be before _split_long cuts it at
# _AR_CLAUSE / _EN_CLAUSE. Arabic run-on sentences join clauses with "، و" far more often than English
# ones do, so they are cut from a shorter length; English gains nothing from a lower one.
_AR_LONG_PROP = 160
_EN_LONG_PROP = 240
# Below this length (Arabic), "، و" cuts only before a word that opens a clause (_ar_and_opens_clause):
# the shorter the sentence, the likelier "، و" joins the items of a list.
_AR_STRICT_BELOW = 240
# What follows "، و" in a list of figures that the gold keeps with its sentence ("… 11 في دير الزور، و19
# في حلب", "…، وثلاثة قتلى", "…، وما لا يقل عن …", "…، ونحو 40 جريحا"): a number, a number word, an
# approximation, a casualty noun (folded text).
_AR_FIGURE = re.compile(
    r"(?:\d|[٠-٩]|(?:ما\s+لا\s+يقل|نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من)(?!\w)"
    r"|(?:ب|ل)?(?:واحد[اه]?|اثن(?:ان|ين|تان|تين|ا)|(?:ثلاث|اربع|خمس|ست|سبع|ثماني?|تسع)(?:ه|ون|ين)?"
    r"|عشر(?:ه|ات|ون|ين)?|مئه|مائه|مئات|مئتين|مائتين|الف|الاف|مليون|ملايين)(?!\w)"
    r"|(?:قتيل|قتلي|جريح|جرحي|مصاب|اصاب|شهيد|شهدا)\w*)"
)
_AR_FIGURE_AFTER_AND = re.compile("و" + _AR_FIGURE.pattern)
# The conjunctions of _AR_CLAUSE's comma branch, each opening a clause of its own.
_AR_CLAUSE_CONJ = re.compile(r"(?:و|ف)?(?:بينما|فيما|في\s+حين|كما|حيث|اضافه\s+الي|فضلا\s+عن)\s")
# "وأنه / وأنها / وأنهم" after a space (or a comma): a second complement of the reporting verb (folded);
# not the imperative "وانهَ عن المنكر" (and forbid).
_AR_THAT_AGAIN = re.compile(r"[،,]?\s*(?:وانه|وانها|وانهم)\s+(?!عن\s)")
# "لأن / لأنه / لأنهم …" (because), after a comma or not: the reason a speaker gives (folded); not "إلا لأنهم"
# (only because), "وذلك لأن" / "وده طبعا لأن" (that is because: the clause before is cut there, or not at all).
_AR_BECAUSE = re.compile(r"(?<!الا)(?<!ذلك)(?<!طبعا)[،,]?\s(?=(?:لان|لانه|لانها|لانهم|لاننا)\s)")
# "، وهذا / وهذه / ونحن / وأنا …": a new subject after a comma opens a sentence of its own (folded).
_AR_NEW_SUBJECT = re.compile(r"[،,]\s*و(?:هذا|هذه|نحن|انا)\s")
# A comma and the space after it, before "و…".
_AR_COMMA_AND = re.compile(r"[،,]\s*(?=و)")
# "فضلا عن" / "إضافة إلى" before a figure.
_AR_BESIDES = re.compile(r"(?:فضلا\s+عن|اضافه\s+الي|بالاضافه\s+الي)\s+(?=\S)")
# Words after "، و" that open a clause (folded, without the و): complementisers, pronouns, particles.
_AR_CLAUSE_OPENERS = frozenset(
    ["ان", "انه", "انها", "انهم", "هو", "هي", "هم", "هما", "هذا", "هذه", "نحن", "انا", "لا"]
    + ["لن", "لم", "قد", "لقد", "كان", "كانت", "كانوا", "ليس", "ليست", "في", "منذ", "اكد"]
    + ["اكدت", "بعد", "قبل", "عقب", "خلال", "امس", "اليوم", "غالبا", "ربما", "يبدو", "بات"]
    + ["باتت", "اصبح", "اصبحت", "ظل", "ظلت", "هناك"]
)
# "ويتابع: «…»", "ويكمل: …": the speaker before goes on in a new paragraph.
_AR_GOES_ON = re.compile(
    r"^[وف]?[يت]?(?:تابع|كمل|واصل|ستطرد|ضيف|تدارك)ت?$|^[وف]?(?:اكمل|استطرد|تدارك)ت?$"
)
_AR_SAYING = re.compile(r"(?<!\S)(?:بالقول|بقوله|بقولها|قايلا|قايله|القول)(?!\w)")
# A second complement of the reporting verb ("… تعرضت لقصف، وأن اشتباكات …") or a clause added with
# "، كما" ("… سيطر على حاجز الترب، كما سيطر على حاجز العدنان"), not "كما قال" (as he said).
_AR_SECOND_CLAUSE = re.compile(
    # Every branch starts with a space or a comma: one test rules out every other position (the
    # branches are otherwise tried one by one at every character).
    r"(?=[\s،,])(?:"
    # not "وإن كان …" / "حتى وإن …" (even if), "وإن لم …" (if not), "وأن يظل …" (and to remain),
    # "خصوصا وأنه …" (especially since)
    r"(?<!حتي)(?<!خصوصا)(?<!خاصه)(?<!سيما)\s(?=(وان|وبان)\s(?!كان|لم\s|لا\s|لن\s|ي)|(وانه|وانها|وانهم|وبانه|وبانها)\s)"
    # not "كما قال" (as he said), "كما فعل البعض" (as some did), "كما هو الحال"
    r"|[،,]\s*(?=و?كما\s+(?!(?:ان|انه|انها|هو|هي|في|لو|كان|كانت|كانتا|كانوا|يكون|تكون)\s"
    r"|(?:يقول|تقول|قال|قالت|ذكر|ذكرت|اشار|اشارت|اكد|اكدت|اوضح|ورد|جاء|افاد|اعلن|نشر|تردد|فعل|تفعل"
    r"|يفعل|افعل|نفعل|حدث|يحدث|حصل|يحصل|جري|يجري|وصف|يصف|تصف|سما|يسمي|تسمي|اسما|يراه|تراه|يبدو"
    r"|بدا|سبق|اسلف|قلنا|ذكرنا|يتوقع|توقع|هم)))"
    # "… سقطت على حديقة عامة لكن أحدا لم يصب": a contrast (not after "رغم": a concession)
    r"|[،,]?\s(?=(و?(?:لكن|لكنه|لكنها|لكنهم)|الا\s+ان|غير\s+ان)\s)"
    r")"
)
# Finer clause boundaries of a shorter proposition (AR-9, AR-22; _split_long's _AR_CLAUSE needs
# _AR_LONG_PROP characters): "، بينما / في حين / إذ" open a clause of their own ("… ضد الحوثيين، إذ
# استطاعت المقاومة استعادة عدن"). (Not "، حيث" and "، فيما": their clause is most often the same
# claim's place or figures.)
_AR_FINE_CLAUSE = re.compile(
    # after a comma: "، بينما / في حين / إذ"
    r"[،,]\s*(?:(?P<c>(?:و|ف)?(?:بينما|في\s+حين|اذ)\s"
    # "، معبراً عن أمله …": a participle clause of the speaker that the cue lexicon does not open (its
    # participles, "، مشيرا إلى …", are cues of their own)
    r"|و?(?:متعهد|معبر|مبدي|متمني|مناشد|معلن|مرحب|متوعد|مستبعد|مرجح|منتقد|ملمح|متوقع|مدعي|مشترط|مثمن"
    r"|مستدرك|مستطرد|مختتم|مستشهد|مستغرب)(?:ا|ه|ين)\s"
    # "… بدلا من حل المشاكل، وهذا مضيعة للوقت", "«… موجودة في سوريا، ونحن على اتصال بأقاربها»": a new
    # subject (a demonstrative, "we", "I") opens a sentence of its own, joined by a comma
    r"|و(?:هذا|هذه|نحن|انا)\s)"
    # "، وذلك بعد أسبوعين على بدء غارات …", "في إشارة إلى الحرب الفرنسية …": the outlet's background
    r"|(?P<bg>وذلك\s+(?:بعد|قبل|عقب|اثر|خلال)\s)|(?P<note>(?:وذلك\s+)?في\s+(?:اشاره|تاكيد)\s))"
)
# The same without a comma: "… في البلاد متعهدا بالقضاء على …" (three participles, after a word), "… كما
# يحدث في مالي في إشارة إلى …" (led by literal words: a fast scan).
_AR_FINE_BARE = (
    ("c", re.compile(r"(?:متعهد|مبدي|متوعد)(?:ا|ه|ين)\s")),
    ("note", re.compile(r"في\s+(?:اشاره|تاكيد)\s")),
)
# "وفق ما نقلته …", "بحسب …": a source named in a clause (it is no background of the outlet's).
_AR_SOURCE_WORD = re.compile(r"(?<!\S)(?:وفق|وفقا|بحسب|حسب|حسبما|نقلا|طبقا)(?!\S)")
_AR_LEFT_OUT = re.compile(
    r"(?<!\S)(?:لم|دون\s+ان)\s+(?:يوضح|توضح|يذكر|تذكر|يحدد|تحدد|يكشف|تكشف|يشر|تشر)(?!\S)"
)
_AR_THAT = frozenset(["ان", "انه", "انها", "انهم", "بان", "بانه", "بانها"])
_AR_BUT_CLAUSE = re.compile(r"[،,]\s*(?=(?:لكن|ولكن|لكنه|لكنها)\s)")
_AR_AND_WHICH = re.compile(r"\s(?=(?:والذي|والتي|والذين)\s)")
# A newspaper named anywhere ("وإلى صحيفة التايمز التي نشرت …", "واخترنا من صحيفة الديلي تلغراف مقالا"):
# the paper a later "وتقول الصحيفة" means in a press review, even when it was never a speaker.
_AR_PAPER_NOUNS = frozenset(["الصحيفه", "الجريده", "المجله"])
_AR_PAPER = re.compile(
    r"(?<!\w)[ولب]?(?:صحيفه|جريده|مجله)\s+(?!(?:التي|الذي|عن|في|من|علي|الي)\s)[\"“«]?\w"
)
# Words that go on a newspaper's name after its first one ("نيويورك تايمز", "الشرق الاوسط").
_AR_PAPER_TAILS = frozenset(
    ["تايمز", "تلغراف", "تليغراف", "بوست", "ميل", "ستار", "صنداي", "جورنال", "اكسبريس", "الاوسط"]
    + ["السابع", "انجلوس", "هيرالد", "اليوم", "الجديد", "العربي", "اليومي", "غلوب"]
)
# A press review's headline: "نشرت صحيفة التايمز موضوعا تحت عنوان "…"", "فعنونت:", "برز العنوان التالي:"
# (folded); the title is the paper's words (AR-20/21), not the outlet's.
_AR_TITLE_MARK = re.compile(
    r"(?<!\w)(?:(?:و|ف)?(?:ب|تحت\s+)عنوان|(?:ال)?عنوان\s+التالي|العنوان(?=\s*:)|(?:و|ف)?عنونت"
    r"|و?عنوان(?:ه|ها)(?=\s*[:\"“«])"  # "… من صحيفة تايمز اوف إنديا وعنوانها "…""
    # "وفي تفاصيل ما نشرته الصحيفة السعودية: …", "ونقتبس من الصحيفة اللندنية: …": the paper's own text
    r"|تفاصيل\s+ما\s+(?:نشرته|نشر|اوردته|كتبته|ذكرته)|و?نقتبس)(?!\w)"
)
# Indirect speech after a press review's headline: 'تحت عنوان "منعطف مهم" على أن …', '… عما …'.
_AR_TITLE_THEN_SPEECH = re.compile(r"(?<!\w)(?:ان|بان|عما)(?!\w)")  # folded: أن/إن/بأن

# What a title names that is no newspaper's piece ("فيلم بعنوان", "مسيرة تحت عنوان", "كتاب بعنوان").
_AR_NOT_PRESS_TITLE = frozenset(
    ["فيلم", "فيلما", "كتاب", "كتابا", "مسيره", "حمله", "مؤتمر", "موتمر", "قمه", "صفحه", "جروب"]
    + ["بحث", "بحثا", "ندوه", "معرض", "برنامج", "برنامجا", "اغنيه", "مظاهره", "فيديو", "دراسه"]
    + ["مبادره", "رسالته", "مذكراته", "روايه", "تعقد", "عقد", "انطلقت", "مجموعه"]
)
# What a speaker taken before a headline is when it is no speaker: the piece, the title, the file.
_AR_TITLE_NOUNS = frozenset(
    [
        "موضوعا",
        "مقالا",
        "مقال",
        "تقريرا",
        "تحقيقا",
        "عنوانا",
        "خبرا",
        "الملف",
        "تحت",
        "عنوان",
        "العنوان",
    ]
)
_AR_NOT_HEADER = frozenset(["وكالات", "وكاله", "الانباء", "مراسل", "كتب", "تقرير", "صور", "فيديو"])
_AR_PUBLISHED_BY = re.compile(
    r"(?<!\w)(?:[وف]?(?:نشرت|كتبت|نقلت|عنونت|ابرزت|تناولت|من)|(?:ال)?(?:صحيفه|جريده)(?:\s+ال\w+)?)"
    r"\s+[\"“«]\s*(\w+(?:\s+\w+){0,2})\s*[\"”»]"
)
# A newspaper named with its name in any quotes or on the next line: "صحيفة ''الأهرام''", 'صحيفة "\nالحياة'.
_AR_PAPER_REFERENCES = ("الصحيفه", "الجريده", "صحيفه", "جريده", "الكاتب", "صحف", "الصحف")
_AR_BROKEN_BEFORE = frozenset(["ان", "بان", "انه", "الي", "في", "من", "علي", "عن", "خبر", "و"])
_AR_PRESS_LEAD = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:صحف|صحافه)(?!\w)")  # not "مؤتمر صحفي"
_AR_PAPER_NOUN = re.compile(r"(?<!\w)[ولب]?(?:ال)?(?:صحيفه|جريده|مجله)(?!\w)")
# A line "Name: headline" (at most three words before the colon): an in-body subheading.
_AR_SUBHEADING = re.compile(
    r"(?m)^[ \t•*\-–]*(([^\s:\n«»\"]+(?:[ \t]+[^\s:\n«»\"]+){0,2})[ \t]*:[^\n]+)$"
)
_AR_PAPER_LOOSE = re.compile(
    r"(?<!\w)[ولب]?(?:صحيفه|جريده|مجله)\s*(?:''|[\"“«])?\s*(?!(?:التي|الذي|عن|في|من|علي|الي)\s)\w"
)
# A whole text given after a colon ("فيما يلي نصه:", "وفيما يلي نص البيان:", "عنوانا جاء فيه:") and the
# document it is the text of ("صدر بيان مشترك"), or that a cue "جاء في البيان …" names.
# (Behind a guard on its first letters; it only matches where ":" and "يلي" or "فيه" are: see
# _ar_whole_texts.)
_AR_TEXT_FOLLOWS = re.compile(
    r"(?<!\w)(?=[وفجر])(?:و?فيما\s+يلي\s+نص(?:ه|ها|\s+[^:\n]{2,40}?)|و?(?:جاء|ورد)\s+(?:فيه|فيها))\s*:"
)
_AR_TEXT_DOC = re.compile(
    r"(?<!\w)[ولب]?((?:ال)?(?:بيان|بيانا|رساله|تقرير|تقريرا|اعلان|كلمه|خطاب|برقيه|مقال|مقالا|وثيقه"
    r"|مذكره|نداء|تغريده|منشور|منشورا)(?!\w)(?:\s+(?!(?:الذي|التي)\s)(?:ال\w+|مشترك\w*|ختامي\w*))*)"
)
# A tweet given after its author ("وعلق الدكتور خالد المصلح في تغريدته: …", "وكتب بريت ماكغورك … على موقع
# تويتر «…»"): the author's quote.
_AR_TWEETED = re.compile(
    r"[وف]?(?:علق|علقت|كتب|كتبت|غرد|غردت)\s+((?:[^\s:،,]+\s+){0,19}?[«\"“]?[^\s:،,«»\"“”]+[»\"”]?)\s+"
    r"(?:في|عبر|علي)\s+(?:تغريد\w*|حساب\w*|صفحت\w*|موقع\s+(?:التواصل\s+الاجتماعي\s+)?[«\"“(]?تويتر)"
    r"[^:«\"“\n]{0,60}?(?::|(?=\s*[«\"“]))"
)
_AR_INTERVIEW_TEXT = frozenset(["الحوار", "المقابله", "اللقاء", "الحديث", "حديث", "حوار"])
_AR_CAME_IN_DOC = re.compile(r"[وف]?(?:جاء|ورد)\s+في\s+(ال\w+(?:\s+(?!(?:الذي|التي)\s)ال\w+)*)")
_AR_TITLE_START = re.compile(r"[:\"“«]")
_AR_THE_PAPER = re.compile(r"(?<!\w)[ولب]?(?:الصحيفه|الجريده|المجله)(?!\w)")
# A line that is only a newspaper's name heads its section in a CNN review ("القدس العربي", "نيويورك تايمز:").
_AR_HEADER_LINE = re.compile(
    r"(?m)^[ \t]*((?:[\"“«]?[^\W\d_][\w\-]*[\"”»]?[ \t]+){0,3}[^\W\d_][\w\-]*)[ \t]*:?[ \t]*$"
)
_EN_CLAUSE = re.compile(
    r"[,;]\s+(?=(?:while|whereas|and\s+(?:the|a|an|it|he|she|they|[A-Z]))\b)|\s(?=while\s)"
    # without the comma (text that lost its punctuation): "but …", "and they …", "and that …"
    r"|\s(?=(?:but(?!\s+also\b)|whereas)\s)|\s(?=and\s+(?:that|they|he|she|we|would|will)\s)"
)
# The second complement clause of a reporting verb: "… broke out but that regime forces …".
_EN_SECOND_COMPLEMENT = re.compile(
    r",?\s+((?:but|and)\s+that)\s+(?!(?:is|was|has|had|would|will|could|can|may|might|won|wouldn|isn|wasn|doesn|didn"
    r"|does|did|means|meant|'s|’s)\b)"
    r"(?=[A-Za-z])"
)
_AR_APPOSITION = frozenset(["وهي", "وهو", "وهم", "التي", "الذي", "الذين"])
_AR_CUT_WORDS = frozenset(
    ["عبر", "خلال", "في", "فيما", "الي", "علي", "عن", "امام", "حول", "ضمن", "لدي"]
)
_WEAK_MODES = frozenset({"considered"})
# Cue verbs that are a report only in context (folded, without و/ف):
# before أن / إن / a colon / a quotation in their clause ("كتب على تويتر أن …", not "كتب مقالاً"),
_AR_NEEDS_CONTENT = frozenset(
    ["كتب", "كتبت", "كتبوا", "كتبتا", "يكتب", "تكتب", "يكتبون", "يكتبان", "تكتبان"]
    + ["غرد", "غردت", "غردوا", "غردتا", "يغرد", "تغرد", "يغردون", "يغردان", "تغردان"]
    + ["ختم", "ختمت", "ختموا", "ختمتا", "اجاب", "اجابت", "اجابوا", "اجابا", "اجابتا"]
    + ["يجيب", "تجيب", "يجيبون", "يجيبان", "تجيبان"]
    + ["بينت", "بينتا", "بينوا", "يبين", "يبينان", "يبينون", "ابان", "ابانت", "ابانوا"]
    + ["اختتم", "اختتمت", "اختتموا", "اختتما", "اختتمتا", "خلص", "خلصت", "خلصوا", "خلصتا"]
    + ["اقترح", "اقترحت", "اقترحوا", "اقترحا", "اقترحتا", "يقترح", "تقترح", "يقترحون"]
    + ["يقترحان", "تقترحان"]
    + ["روي", "روت", "رووا", "روتا", "يروي", "تروي", "يروون", "يرويان", "ترويان"]
)
# with what they say in their clause: a word of ``_AR_NEEDS_LINK`` (a ``None`` entry: أن / إن / a
# quotation), or a word that starts with ب when the entry has "ب"
_AR_HINTED = ["المح", "المحت", "المحوا", "المحا", "المحتا", "يلمح", "تلمح", "يلمحون", "يلمحان"]
_AR_HINTED += ["تلمحان", "لمح", "لمحت", "لمحوا", "لمحتا"]
_AR_NEEDS_LINK: dict[str, frozenset[str]] = {
    # hinted (not "لمحت سيارتي", I glimpsed; "في لمح البصر" is checked apart): إلى or أن
    **dict.fromkeys(_AR_HINTED, frozenset(["الي", "None"])),
    # a cause given (not "فيما أرجع إلى", passive: the subject is checked as any other)
    **dict.fromkeys(
        ["ارجع", "ارجعت", "ارجعوا", "ارجعا", "ارجعتا", "عزا", "عزوا", "يعزو", "تعزو"],
        frozenset(["الي"]),
    ),
    # cast doubt on: "شكك X في صحة …", "وشكك عبد الرحمن بوجود …", "يشكك مصدر أن …"
    **dict.fromkeys(
        ["شكك", "شككت", "شككوا", "شككا", "شككتا", "يشكك", "تشكك", "يشككون", "يشككان", "تشككان"],
        frozenset(["في", "ب", "None"]),
    ),
    # warned of: "ونبه إلى أن …", "ونبه الغامدي المواطنين بعدم الخروج"
    **dict.fromkeys(
        ["نبه", "نبهت", "نبهوا", "نبها", "نبهتا", "ينبه", "تنبه", "ينبهون", "ينبهان", "تنبهان"],
        frozenset(["الي", "ب", "None"]),
    ),
    # praised: "وأثنى خامنئي في وقت لاحق على المفاوضين …"
    **dict.fromkeys(
        ["اثني", "اثنت", "اثنوا", "اثنيا", "اثنتا", "يثني", "تثني", "يثنون"], frozenset(["علي"])
    ),
    # recommended, declared openly: "وأوصى التقرير بإصدار …", "جاهرت رنا … بتأييدها"
    **dict.fromkeys(
        ["اوصي", "اوصت", "اوصوا", "اوصتا", "يوصي", "توصي", "يوصون", "جاهر", "جاهرت", "جاهروا"],
        frozenset(["ب", "None"]),
    ),
}
# a verb inside what is already reported or purposed: "إنهم لا يستبعدون", "يتعمد أن ينبه"
_AR_IN_CONTENT = re.compile(
    r"(?:^|\s)(?:ب?ان(?:ه|ها|هم|هما)?|لان\w*|كي|لكي|حتي)\s+(?:(?:لا|لم|لن|قد)\s+)?$"
)
# Verbs whose object often comes right after them with the subject left as a pronoun ("لكنه استبعد
# إجراء محادثات", "وأرجع الأزمة إلى …", "أوصى أمته بـ…"): the word after them is the subject only when
# it reads as one (see ``_ar_reads_as_subject``).
_AR_OBJECT_FIRST = frozenset(
    ["استبعد", "استبعدت", "استبعدوا", "يستبعد", "تستبعد", "يستبعدون", "ارجع", "ارجعت", "ارجعوا"]
    + ["عزا", "عزوا", "يعزو", "تعزو", "اوصي", "اوصت", "اوصوا", "يوصي", "توصي", "نبه", "نبهت"]
    + ["ينبه", "تنبه", "المح", "المحت", "لمح", "لمحت", "يلمح", "تلمح", "شكك", "شككت", "يشكك"]
    + ["تشكك"]
)
_AR_MANNER = frozenset(["ضمنا", "ضمنيا", "بشده", "تماما", "قطعيا", "بدوره", "بدورها"])
_AR_COMMENTED = frozenset(["علق", "علقت", "علقوا", "يعلق"])
# ruled out (not "استبعد من القائمة", "استبعد فيه", excluded): anything but من / فيه / عن after it
_AR_RULED_OUT = frozenset(
    ["استبعد", "استبعدت", "استبعدوا", "استبعدا", "استبعدتا", "يستبعد", "تستبعد", "يستبعدون"]
    + ["يستبعدان", "تستبعدان"]
)
# The cues checked by ``_AR_NEEDS_LINK`` and ``_AR_RULED_OUT`` (few articles use them; a pronoun subject
# is taken only after "و" or "لكنه").
_AR_LINKED_CUES = frozenset(_AR_NEEDS_LINK) | _AR_RULED_OUT | _AR_COMMENTED
# what ties a verb's pronoun subject to the speaker before ("لكنه استبعد", "ولم يستبعد", "فقد شكك")
_AR_TIED_BEFORE_VERB = frozenset(
    ["لكنه", "لكنها", "ولكنه", "ولكنها", "ولم", "ولا", "فلا", "فلم", "وقد", "فقد", "كما"]
)
# Words between a title and a surname that make the title another office ("رئيس الوزراء التركي" is not
# "الرئيس التركي"; see ``resolve``).
_AR_NOT_A_NAME_GAP = frozenset(["وزراء", "الوزراء", "برلمان", "البرلمان", "مجلس", "حكومه", "اركان"])
# Words in _AR_PREPS that are also names or titles before a surname ("علي الأحمدي", "أمام").
_AR_NAMES_LIKE_PREPS = frozenset(["علي", "امام"])
# Bodies written with a joined ل before their name ("لجماعة طالبان", "لقوات خفر السواحل").
_AR_JOINED_BODIES = frozenset(
    ["جماعه", "حركه", "تنظيم", "حزب", "قوات", "وزاره", "منظمه", "دوله", "جيش", "مجلس", "هييه"]
)
# Verbs that issue a document before it ("وأصدر المفتش العام بيانا", see _ar_document_speaker).
_AR_ISSUING_VERBS = frozenset(
    ["اصدر", "اصدرت", "اصدروا", "نشر", "نشرت", "نشروا", "وزع", "وزعت", "تلا", "تلت", "القي"]
    + ["القت", "بث", "بثت", "وجه", "وجهت", "ارسل", "ارسلت", "كتب", "كتبت", "كتبوا"]
)
# The pronoun of a document or speech event a verb speaks in ("بيانا أعلن فيه", "خطاب … وتوعد خلاله"),
# with the gender of the noun it points back to (see _ar_document_speaker).
_AR_IN_DOCUMENT = {"فيه": "m", "خلاله": "m", "فيها": "f", "خلالها": "f"}
# Documents and speech events (folded, bare), with their gender (a plural of things is feminine).
_AR_SPEECH_EVENTS = {
    **dict.fromkeys(
        ["بيان", "تصريح", "خطاب", "حديث", "لقاء", "موتمر", "تقرير", "مقال", "منشور", "شريط"]
        + ["فيديو", "تسجيل", "مقطع", "اتصال", "حوار", "بلاغ", "نداء", "قرار"],
        "m",
    ),
    **dict.fromkeys(
        ["تصريحات", "بيانات", "كلمه", "رساله", "مقابله", "تغريده", "تغريدات", "مذكره", "خطبه"]
        + ["مداخله", "برقيه", "منشورات", "رسايل", "مقاله", "افتتاحيه", "محاضره", "مكالمه"]
        + ["تسجيلات", "مقابلات", "قرارات", "تقارير", "وثيقه", "بلاغات"],
        "f",
    ),
}
# Documents sent to someone: after them a ل names the addressee ("ببلاغ للنائب العام يتهم فيه", "رسالة
# للرئيس"), not the author as after a statement ("تصريحات للسيدة الأولى").
_AR_ADDRESSED_DOCS = frozenset(["رساله", "رسايل", "برقيه", "بلاغ", "نداء", "مذكره", "مكالمه"])
# Occasions a relative clause with فيه/فيها hangs on as often ("في الوقت الذي أعلن فيه X", "أول مرة
# تتهم فيها"): the verb keeps its own subject.
_AR_OCCASIONS = frozenset(
    ["وقت", "يوم", "مره", "لحظه", "فتره", "ساعه", "حين", "اسبوع", "شهر", "عام", "سنه", "ليله"]
    + ["مناسبه", "مكان", "اجتماع", "جلسه", "زياره", "ظروف", "ظرف", "وقتا", "يوما"]
)
# Verbs that issue a document, with a pronoun back to it after the document ("أدلى بها", "أصدره",
# "ألقاه"), folded stems; those that only publish or carry it ("نشرتها صحف إثيوبية") name its author
# only when no genitive or ل names it first.
_AR_ISSUING_STEMS = frozenset(
    ["اصدر", "القي", "الق", "وجه", "ارسل", "كتب", "ادلي", "ادل", "اطلق", "بعث", "سجل", "قدم"]
    + ["عقد", "اجري"]
)
# Words that end an author's name after a document: the document's own adjectives and times ("بيان
# وزارة الداخلية الأخير", "مجلس الأمن، أواخر الأسبوع الماضي"), what it was about ("تجاه المملكة").
_AR_NOT_AUTHOR = frozenset(
    ["اخير", "اخيره", "موخرا", "تجاه", "ازاء", "حيال", "بشان", "بخصوص", "نحو", "اواخر", "اوايل"]
    + ["مطلع", "منتصف", "نهايه", "بدايه", "ماضي", "مقبل", "جاري"]
)
_AR_PUBLISHING_STEMS = frozenset(["نشر", "بث", "اذاع", "وزع"])
_AR_ANY_ISSUING_STEMS = _AR_ISSUING_STEMS | _AR_PUBLISHING_STEMS
# "تصريحات صدرت عن وزير الخارجية", "بيان صادر عن الجيش": the author after عن/من.
_AR_ISSUED_BY = frozenset(["صادر", "صادره", "الصادر", "الصادره", "صدر", "صدرت"])
_AR_ISSUING_NOUNS = frozenset(
    ["اصدار", "نشر", "توزيع", "القاء", "بث", "توجيه", "ارسال", "كتابه", "اطلاق"]
)
# A relative pronoun or an apposition's pronoun closing a speaker span ("رنا وهي", "المصدر الذي").
_AR_TRAILING_RELATIVE = re.compile(r"\s+(?:وهي|وهو|وهم|وهما|الذي|التي|الذين|اللذين|اللتين)$")
# Where an Arabic speaker span ends (folded words): a relative pronoun opening a clause on the name
# ("فيجين يوكسيكداغ التي تشارك"), a temporal subordinator or a time phrase after it ("الرئيس أوباما عقب
# محادثاته", "النسوة حين رأينه", "دمشق للمرة الاولى"), or a comma before a frame ("الخطيب، عقب لقائه").
_AR_SPAN_RELATIVES = frozenset(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"])
_AR_SPAN_TEMPORAL = frozenset(
    ["عقب", "اثر", "عندما", "حين", "حينما", "بعدما", "بعد", "قبل", "اثناء", "خلال", "فور", "للمره"]
)
# the medium spoken to, after the speaker (folded): never the genitive of a title
_AR_SPAN_ADDRESSEES = frozenset(
    ["لفرانس", "لرويترز", "للتلفزيون", "لتلفزيون", "للاذاعه", "لاذاعه", "للصحفيين", "للصحافيين"]
    + ["للصحافه", "للصحفي", "للصحافي", "للوكاله"]
)
_AR_SPAN_PARTITIVE = frozenset(["احدي", "احد", "بعض", "كل", "جميع", "معظم", "اغلب", "اكثر"])
# documents whose relative clause names their author ("الدراسة التي أعدها الدكتور عمر الحسن")
_AR_SPAN_AUTHORED = frozenset(
    ["بيان", "تقرير", "رساله", "تصريح", "دراسه", "استطلاع", "تحقيق", "تحقيقات", "وثيقه", "مسوده"]
    + ["احصاءات", "احصائيات", "خطاب", "كتاب", "بحث", "مذكره", "تقارير", "بيانات"]
)
# with بالقول after them and their subject ("واكتفى بالقول إن …", "ورد خامنئي بالقول: …", not
# "اكتفى الفريق بالتعادل", "رد الجيش على القصف", "مضى عامان"),
_AR_NEEDS_BIQAWL = frozenset(
    ["اكتفي", "اكتفت", "اكتفوا", "اكتفيا", "اكتفتا"]
    + ["رد", "ردت", "ردوا", "ردا", "ردتا", "سارع", "سارعت", "سارعوا", "سارعا", "سارعتا"]
    + ["مضي", "مضت", "مضوا", "مضيا", "مضتا"]
)
# Words after which عبر is "expressed", not "across" (see Attributor._cues)
_AR_BEFORE_EXPRESSED = frozenset(
    ["قد", "وقد", "فقد", "كما", "وكما", "حيث", "بدوره", "بدورها", "وبدوره"]
    + ["جانبه", "جانبها", "جهته", "جهتها", "ناحيته"]
)
_AR_BIQAWL = frozenset(["بالقول", "بقوله", "بقولها", "بقولهم", "قايلا", "قايله", "قايلين"])
# with المسؤولية after their object ("حمّل الإبراهيمي الطرفين المسؤولية", not "تحمّل المسؤولية"),
_AR_NEEDS_BLAME = frozenset(
    ["حمل", "حملت", "حملوا", "حملتا", "يحمل", "تحمل", "يحملون", "يحملان", "تحملان"]
    + ["محملا", "محمله", "محملين"]
)
# with the demand after them ("تظاهر الأهالي … مطالبين بـ …"),
_AR_NEEDS_DEMAND = frozenset(
    ["تظاهر", "تظاهرت", "تظاهروا", "تظاهرتا", "اعتصم", "اعتصمت", "اعتصموا", "اعتصمتا"]
)
_AR_DEMAND = re.compile(r"(?:مطالب|مندد|رافع|هاتف|محتج)(?:ا|ه|ين|ون)$")
# before "عن التعليق" ("وامتنعت وزارة الدفاع عن التعقيب": declined to comment),
_AR_RELATIVE_BEFORE = [["الذي"], ["التي"], ["الذين"], ["اللذين"], ["اللتين"]]
# sent, a speech act only with a letter or a message as its object (see Attributor._ar_out_of_context)
_AR_SENT = frozenset(["بعث", "بعثت", "بعثوا", "وجه", "وجهت", "وجهوا", "ارسل", "ارسلت", "ارسلوا"])
_AR_LETTER = re.compile(r"ب?(?:رساله|رسالتين|رسايل|برقيه|خطابا)$")
# a deed of the subject's own after a comma ("…، باعتقالها قائد …"), how a message is "sent" with no
# words (not ه: a folded ة, "بطريقة")
_AR_BY_DEED = re.compile(r"[،,]\s*ب(?!قول|ان)\w{3,}(?:ها|هم)(?!\w)")
# traded, an accusation only with the charges as its object (see Attributor._ar_out_of_context)
_AR_TRADED = frozenset(
    ["تبادل", "تبادلت", "تبادلوا", "تبادلا", "تبادلتا", "يتبادل", "تتبادل", "يتبادلون"]
    + ["يتبادلان", "تتبادلان"]
)
_AR_TRADED_CHARGES = frozenset(["الاتهامات", "الاتهام", "التهم", "اللوم", "المسووليه"])
# feared, a named party's view only with its subject written after it and then (من) أن (see
# Attributor._ar_out_of_context)
_AR_FEARED = frozenset(
    ["خشي", "خشيت", "خشوا", "يخشي", "تخشي", "يخشون", "تخوفت", "تخوفوا", "يتخوف", "تتخوف"]
    + ["يتخوفون"]
)
# what is blamed on someone, right after a passive نُسب ("ونسب الهجوم إلى …"): no blamer named
_AR_BLAMED_DEEDS = frozenset(
    ["الهجوم", "الهجمات", "الاعتداء", "الاعتداءات", "التفجير", "التفجيرات", "الحادث", "العمليه"]
    + ["المسووليه", "ايضا", "بعضها", "اليه", "اليها", "اليهم"]
)
# rejected, a denial only with a charge as its object (see Attributor._ar_out_of_context)
_AR_REJECTED = frozenset(["رفض", "رفضت", "رفضوا", "رفضتا"])
# What is denied, right after the denier's name: reports ("ونفى نسيرزكي الأنباء التي …"), their
# truth ("صحة ما تناقلته"), "any" ("أي تورط"); and an act as a verbal noun with the denier's pronoun
# ("سعيها لامتلاك", "تورطه") or before what is done ("امتلاك المعارضة", "مشاركة الحركة") (folded).
_AR_DENIED_OBJECTS = frozenset(
    ["تقارير", "التقارير", "انباء", "الانباء", "اخبار", "الاخبار", "المعلومات", "شايعات"]
    + ["الشايعات", "صحه", "اي", "كل", "جميع"]
)
_AR_DENIED_MASDAR = re.compile(
    r"(?:سعي|تورط|علم|مسوولي|تدخل|ضلوع)(?:ه|ها|هم|هما)$|(?:امتلاك|مشاركه|قيام|وجود|تورط|ضلوع)$"
)
_AR_CHARGES = re.compile(
    r"(?:ال)?(?:اتهام|ادعاء|انتقاد)(?:ات)?(?:ه|ها|هم)?$|(?:ال)?مزاعم(?:ه|ها|هم)?$"
)
_AR_NEEDS_COMMENT = frozenset(["امتنع", "امتنعت", "امتنعوا", "امتنعا", "امتنعتا"])
_AR_COMMENT = frozenset(
    ["التعليق", "التعقيب", "التصريح", "مناقشه", "الخوض", "الادلاء", "الرد", "الكشف", "اي"]
)
# before a ب-threat ("هدد الائتلاف بمقاطعة المؤتمر", not "الخطر الذي يهدد المرقد"),
_AR_NEEDS_THREAT = frozenset(
    ["هدد", "هددت", "هددوا", "هددا", "هددتا", "يهدد", "تهدد", "يهددون", "يهددان", "تهددان"]
)
# Words before "يتوقع / من المتوقع" that make the expectation someone's (or a relative clause's).
_AR_OWN_EXPECTATION = [[w] for w in ("ان", "انه", "انها", "بانه", "لكنه", "لكنها", "التي", "الذي")]
# a passive expectation or belief right before a verb: "ويتوقع أن / من المتوقع أن / يعتقد أن"
_AR_EXPECTED_BEFORE = re.compile(
    r"(?:يتوقع|المتوقع|يعتقد|المعتقد)\s+(?:علي\s+نطاق\s+واسع\s+)?(?:ان|بان)\s+$"
)
_AR_NOT_THREAT = (
    "بلد",
    "بيت",
    "بيروت",
    "بغداد",
    "بعض",
    "بين",
    "بعد",
    "بشكل",
    "بسبب",
    "بحسب",
    "بنيه",
    "بقاء",
)
# قدّر: the passive "قُدِّرت بمليارات / قدر بنحو 8 مليارات" (an amount right after it) and the noun قَدْر
# ("قدر قليل من", "أكبر قدر ممكن", "على قدر كبير من").
_AR_ESTIMATED_AT = re.compile(
    r"ب(?:\d|نحو|حوالي|اكثر|اقل|قرابه|زهاء|ما\b|عشر|مي|الف|الاف|مليون|ملايين|مليار|عده\b)"
)
_AR_ESTIMATED_PASSIVE = Cue(PASSIVE, "estimated")
_AR_QADR_NOUN_AFTER = frozenset(
    ["من", "الامكان", "ممكن", "المستطاع", "كبير", "قليل", "اكبر", "اقل", "هايل", "كاف", "وافر"]
    + ["بسيط", "معين", "لا", "الله"]
)
_AR_QADR_NOUN_BEFORE = [
    [w]
    for w in ("اكبر", "اقل", "باكبر", "باقل", "هناك", "نفس", "بنفس", "عن", "علي", "وعلي", "بقدر")
]
# "وهو ما أكده محافظ عدن": a relative confirmation of what precedes it (denials: _relative_deniers).
_AR_RETRO_RELATIVE = re.compile(r"[وف]?(?:هو|هي|هذا|ذلك|الامر)\s+(?:ما|الذي)\s")
# رصد "recorded" is also "allocated (a sum)": not a report before a bounty, a sum or a budget.
_AR_DOCUMENTED_MONEY_VERBS = frozenset(["رصد", "رصدت", "رصدوا", "رصدتا"])
_AR_ALLOCATED = re.compile(
    r"(?:ال)?(?:مكافا|مكافات|مبلغ|مبالغ|ميزانيه|جايزه|اعتماد|اموال|مليون|ملايين|مليار|مليارات)"
)
# What makes a refusal to comment a statement: a reason or the words that go with it.
_AR_REFUSAL_REASONS = frozenset(
    ["لاسباب", "لسبب", "بسبب", "قايلا", "قايله", "مشيرا", "مشيره", "موضحا", "موضحه", "مكتفيا"]
    + ["مكتفيه", "معللا", "معلله", "مبررا", "مبرره", "لان", "لانه", "لانها", "حيث"]
)
# A relative clause on a noun ("القصف … الذي أدى إلى مقتل العشرات", "داريا التي تعد موقعا …").
_AR_BACKGROUND_RELATIVE = re.compile(r"\s(الذي|التي)\s+(\w+)")
_AR_CONSIDERED_PASSIVE = frozenset(["تعد", "يعد", "تعتبر", "يعتبر"])
# Modes of verbs with a direct object ("اتهمت روسيا الولايات المتحدة", "دعا أوباما الأسرة الدولية",
# "قدر ناشطون حصيلة القتلى"): after a bare name the object starts (``_ar_object_after_name``).
_AR_TRANSITIVE_MODES = frozenset(
    ["accused", "condemned", "denied", "warned", "called_for", "estimated", "considered"]
)
# What is estimated ("قدر ناشطون معارضون في سوريا حصيلة القتلى بـ121"), folded, without ال.
_AR_ESTIMATED_OBJECTS = frozenset(
    ["حصيله", "عدد", "اعداد", "حجم", "نسبه", "قيمه", "خساير", "تكلفه", "كلفه", "مجموع"]
)
# what an act led to ("الذي أدى إلى مقتل", "التي أسفرت عن"), not which act it was ("التي وقعت على الحدود")
_AR_RESULT_VERBS = frozenset(
    ["ادي", "ادت", "اسفر", "اسفرت", "خلف", "خلفت", "اوقع", "اوقعت", "تسبب", "تسببت", "راح"]
)
# وعد "promised" (also the noun "promise", and و + عدت "and I returned"): only before what is promised.
_AR_NEEDS_PROMISE = frozenset(["وعد", "وعدت", "وعدوا", "وعدا", "وعدتا"])
# أعلن as a proclamation (an act): "أعلن قيام الخلافة", "أعلنت الحداد / حالة الطوارئ / حظر التجول".
_AR_DECLARING = frozenset(["اعلن", "اعلنت", "اعلنوا", "اعلنا", "اعلنتا", "يعلن", "تعلن", "يعلنون"])
_AR_PROCLAIMED = frozenset(
    ["قيام", "قيامها", "قيامه", "الحداد", "حداد", "حظر", "الحرب", "حربا", "النفير", "التعبيه"]
)
# before على ("ينص القرار على …"),
_AR_NEEDS_ALA = frozenset(["نصت", "نصوا", "نصتا", "ينص", "تنص", "ينصون", "ينصان", "تنصان"])
# before a renewed statement ("جدد التأكيد على", "جددت المعارضة عرضها", not "جددت الطائرات غاراتها").
_AR_NEEDS_RENEWED = frozenset(
    ["جدد", "جددت", "جددوا", "جددا", "جددتا", "يجدد", "تجدد", "يجددون", "يجددان", "تجددان"]
    + ["كرر", "كررت", "كرروا", "كررا", "كررتا", "يكرر", "تكرر", "يكررون", "يكرران", "تكرران"]
)
# "وأعاد الوزراء تأكيد الالتزامات", "كما أعادت الولايات المتحدة تأكيد التزامها": reaffirming is confirming
# (only with تأكيد right after it or its subject: not "أعاد فتح المعبر", "أعادت القوات انتشارها")
_AR_NEEDS_REAFFIRM = frozenset(["اعاد", "اعادت", "اعادوا", "اعادا", "اعادتا"])
# agreed as one: "واجمع المحللون على ان …", "سياسيون وإعلاميون أجمعوا على أن …" (only before على أن: not
# "العالم أجمع")
_AR_AGREED = frozenset(["اجمع", "اجمعت", "اجمعوا", "اجمعا", "اجمعتا"])
# "وجه X نداء / رسالة / انتقادات / تحذيرا …": addressing something said is saying it (folded).
_AR_ADDRESSING = frozenset(["وجه", "وجهت", "وجهوا"])
_AR_ADDRESSED = re.compile(
    r"(?:ال)?(?:نداء|نداءا|نداءات|رساله|رسالتين|رسايل|دعوه|دعوات|انتقاد|انتقادا|انتقادات|اتهام|اتهاما"
    r"|اتهامات|تحذير|تحذيرا|تحذيرات|سوال|سوالا|اسيله|شكر|شكره|شكرها|شكرهم|مناشده|انذار|انذارا"
    r"|كلمه|خطاب|خطابا|تهديد|تهديدا|تهديدات"
    # one's own: "ووجهت الحركة خطابها إلى …", "وجه رسالته"
    r"|(?:خطاب|رسالت|دعوت|نداء|تحذير|انتقادات|اتهامات|تهديدات)(?:ه|ها|هم))$"
)
# a masculine singular without the accusative alif right after وجه is the subject of a passive ("ووُجه
# سؤال مطابق للبريطانيين")
_AR_ADDRESSED_NOMINATIVE = frozenset(
    ["نداء", "سوال", "تحذير", "انذار", "اتهام", "خطاب", "شكر", "انتقاد"]
)
_AR_RENEWED = re.compile(
    r"(?:ال)?(?:تاكيد|دعو|مطالب|رفض|عرض|موقف|ادان|التزام|دعم|تمسك|نداء|استعداد|تحذير|مناشد"
    r"|اتهام|نفي|ترحيب|تاييد|مبادر|شكر|طلب|قول|تقدير)"
)
# Verbal nouns that open the object of a reporting verb ("وأكدت تصميم الدولة", "أعلن مقتل"):
# the verb then has a pronoun subject.
# "وأضاف البيان", "the statement said": the document speaks for whoever issued it.
_DOC_NOUNS = re.compile(
    r"^(?:ال)?(?:بيان|تقرير|رساله|تصريح)\w{0,2}$|^(?:the|its|his|her)\s+(?:statement|report|letter)$"
)
# "…، الأمر الذي تنفيه بغداد بشدة", "وهو ما نفته دمشق": a denier named in a relative clause (folded);
# so is one after a charge as its head ("وهو الاتهام الذي نفاه زعيم الحزب", "وهي اتهامات تنفيها
# إيران", "وهو أمر نفته وزارة الدفاع", "وهو الأمر الذي ينكره تماما رجال الشرطة"), and rejecting a
# charge is denying it ("وهو اتهام ترفضه طهران"; not "وهو ما ترفضه الإدارة", a demand turned down).
_AR_RELATIVE_DENIAL = re.compile(
    r"(?:(?:الامر\s+الذي|وهو\s+ما|وهو\s+الامر\s+الذي|وهذا\s+ما)\s+(?:كانت?\s+)?"
    r"(?:(?:ت|ي)?(?:نفاه|نفته|نفيه|نفوه|نفونه|نفيانه)|(?:ا|ت|ي)نكر(?:ه|ته|وه|ونه))"
    r"|(?:وهو|وهي)\s+(?:ال)?(?:اتهام|اتهامات|ادعاء|ادعاءات|مزاعم|امر)(?:\s+(?:الذي|التي))?\s+"
    r"(?:كانت?\s+)?(?:(?:ت|ي)?(?:نف(?:اه|ته|يه|وه|ونه|يانه|اها|تها|يها|وها|ونها))"
    r"|(?:ا|ت|ي)نكر(?:ه|ته|وه|ونه|ها|تها|وها|ونها))"
    r"|(?:وهو|وهي)\s+(?:ال)?(?:اتهام|اتهامات|ادعاء|ادعاءات|مزاعم)(?:\s+(?:الذي|التي))?\s+"
    r"(?:كانت?\s+)?(?:ت|ي)?رفض(?:ه|ته|وه|ونه|ها|تها|وها|ونها))\s+"
    r"(?:(?:تماما|بشده|قطعيا)\s+)?"
    r"([^\s،,.:؛«»\"“”()]+(?:\s+(?!بشده|قطعيا|تماما|جمله|ايضا|في|من|علي|عن)[^\s،,.:؛«»\"“”()]+){0,3})"
)
# "ويتهم حلفاء تركيا أنقرة بـ… مع أن السلطات التركية تنفي ذلك باستمرار": a denier named in a
# concessive clause that points back at the claim it ends (folded).
# (looked for only where a denial verb points back: "مع" and "رغم" are everywhere)
_AR_CONCESSIVE_DENIAL_GATE = re.compile(
    r"ن(?:ف(?:ي|ت|وا|ون)|كر\w{0,3})\s+(?:ذلك|الامر|هذا|هذه|تلك)(?!\w)"
)
_AR_CONCESSIVE_DENIAL = re.compile(
    r"(?:مع|رغم|برغم|بالرغم\s+من)\s+ان\s+"
    r"((?:[^\s،,.:؛«»\"“”()]+\s+){0,3}?[^\s،,.:؛«»\"“”()]+)\s+"
    r"(?:نفت|نفي|نفوا|ينفي|تنفي|ينفون|انكر|انكرت|ينكر|تنكر|ينكرون)\s+"
    r"(?:ذلك|الامر|هذا|(?:هذه|تلك)\s+(?:ال)?(?:اتهامات|انباء|تقارير|مزاعم|ادعاءات|معلومات))(?!\w)"
)
# "… خلافا لما ذكره المرصد السوري": the one whose account is contradicted (folded).
# "نفاه", "نفته", "نفيه", "نفوه", "نفونه", "نكره" … anywhere: one scan of the article, not one per form;
# "ترفضه" only where a charge is named ("رفض" is everywhere).
# What a denial denies, when it names who said it (convention AR-3, both sides): "فند … مزاعم حزب الله
# عن …", "شككت الصحيفة في صحة التقارير الايرانية", "نفت … المعلومات التي نشرتها الصحيفة", "نافيا ما ذكره
# مسؤول ايراني", "نافية بذلك الانباء التي ترددت" (folded forms)
_AR_CLAIM_NOUNS = frozenset(
    ["مزاعم", "ادعاءات", "اتهامات", "تصريحات", "روايه", "روايات", "تقارير", "انباء", "اخبار"]
    + ["معلومات", "شايعات", "اشاعات"]
)
_AR_SAID_WHAT = frozenset(
    ["ذكره", "ذكرته", "ذكرتها", "قاله", "قالته", "اورده", "اوردته", "اوردتها", "نشره", "نشرته"]
    + ["نشرتها", "اعلنه", "اعلنته", "زعمه", "زعمته", "ادعاه", "ادعته", "تناقلته", "تناقلتها"]
    + ["تداولته", "تداولتها", "بثته", "بثتها", "روجته", "روجت", "اكده", "اكدته", "افاد", "افادت"]
)
# a rumour's own verb, with nobody named: "الانباء التي ترددت"
_AR_PASSIVE_ECHO = re.compile("(?:ترددت|تردد|راجت|راج|انتشرت|انتشر|اشيعت|اشيع|سرت|تداولت|نشرت)")
# adjectives of a claim after its claimant ("مزاعم الموقوفين المتعلقة بالتعذيب")
_AR_CLAIM_ADJECTIVES = frozenset(
    ["المتعلقه", "الموجهه", "الخاصه", "المزعومه", "الاخيره", "الكاذبه", "الصادره", "المتداوله"]
)
_AR_OBJECT_STOPS = frozenset(
    ["عن", "حول", "بشان", "في", "من", "علي", "الي", "ان", "بان", "بانه", "بانها", "انه", "انها"]
    + ["خلال", "امس", "اليوم", "مؤخرا", "موخرا", "التي", "الذي", "وقال", "واكد", "مشيرا", "مضيفا"]
)
_AR_DENIAL_FORMS = re.compile("ن(?:ف(?:اه|ته|يه|وه|ونه|اها|تها|يها|وها)|كر(?:ه|ته|وه|ونه|ها))")
_AR_REJECTION_FORMS = re.compile("رفض(?:ه|ته|ها)")
_AR_CONTRARY_TO = re.compile(
    r"(?:خلافا|على\s+عكس|عكس)\s+(?:لما|ما)\s+(?:ذكر|قال|اعلن|اكد|اورد|نشر|زعم|ادعا|افاد)"
    r"(?:ه|ته|وه)\s+"
    r"([^\s،,.:؛«»\"“”()]+(?:\s+(?!في|من|علي|عن|امس|اليوم)[^\s،,.:؛«»\"“”()]+){0,5})"
)
# Words that open a clause of its own inside a report ("قال X إن … لكنه أكد", "… فيما أكد"): a cue after
# them is no part of the reported content before them.
_AR_OWN_CLAUSE = frozenset(
    ["لكن", "ولكن", "لكنه", "لكنها", "لكنهم", "بينما", "وبينما", "فيما", "وفيما", "حين", "كما"]
    + ["وكما", "ثم", "بل", "اما", "واما", "مضيفا", "مشيرا", "موضحا", "مؤكدا", "موكدا"]
    + ["وهو", "وهي", "وهم"]  # "ودعت موكب الوالد وهي تقول: …": a clause of its own
)
# A verb followed by its own direct speech: "قالت:" "…"", "قال لهم «…»".
_AR_OWN_SPEECH = re.compile(r"\s*(?:(?!ان\s|انه\s|انها\s)[^\s:«\"“]+\s+){0,2}[:«\"“]")
_HISTORY = 200  # speakers looked back over for a back-reference
_REFOCUS_SPEAKERS = 12  # distinct earlier speakers a cue-less sentence may name again
_WINDOW = 600  # characters looked at around a cue: keeps a pathological one-sentence article linear
_AR_CLAUSE_WORDS = frozenset(
    [
        "ما",
        "لا",
        "لم",
        "لن",
        "قد",
        "لكنه",
        "لكنها",
        "لكن",
        "انه",
        "انها",
        "الذي",
        "التي",
        "الذين",
        "هو",
        "هي",
        "كان",
        "كانت",
    ]
)
_AR_TITLES = _AR_MASCULINE | frozenset(["رييسه", "متحدثه", "ناطقه", "مديره", "وزيره", "عضوه"])
_AR_PERSON_HEADS = _AR_TITLES | _AR_GENERIC_HEADS | _AR_HONORIFICS
_AR_MASDAR_OBJECTS = frozenset(
    [
        "ضروره",
        "اهميه",
        "استمرار",
        "تصميم",
        "رفض",
        "دعم",
        "التزام",
        "حرص",
        "استعداد",
        "وجود",
        "عدم",
        "مقتل",
        "سقوط",
        "وقوع",
        "اصابه",
        "اعتقال",
        "تنفيذ",
        "قيام",
        "ارتفاع",
        "مصرع",
        "استشهاد",
        "تدمير",
        "سيطره",
        "تقدم",
        "انسحاب",
        "مسووليه",
        "تبني",
        "اطلاق",
        # what is ruled out, doubted or hinted at ("استبعد إجراء محادثات", "لا تستبعد إمكانية …")
        "اجراء",
        "امكانيه",
        "احتمال",
        "فكره",
        "فرضيه",
        "حدوث",
        "تاثير",
    ]
)
# Before a cue, these make it no report: "لم يذكر", "رفض كشف هويته", "طلب عدم ذكر اسمه", "دون ذكر".
_AR_NEGATION = frozenset(
    [
        "لم",
        "ولم",
        "فلم",
        "لا",
        "ولا",
        "لن",
        "ولن",
        "ما",
        "وما",
        "عدم",
        "دون",
        "بدون",
        "رفض",
        "رفضت",
        "رفضوا",
        "يرفض",
        # "وقال المسؤول رافضا كشف هويته إن …": declining to reveal is no report (AR-21)
        "ورفض",
        "ورفضت",
        "ورفضوا",
        "رافضا",
        "رافضه",
        "رافضين",
    ]
)
# Words before ما that make it no negation: "سرعان ما نفى" (soon denied). ("وهو ما يؤكد أن …" is the
# outlet's inference and stays out.)
_AR_MA_NOT_NEGATION = frozenset(["سرعان"])
# What one ends, renews or repeats (folded, without the pronoun): "اختتم تصريحاته", "كرر دعوته".
_AR_SPEECH_NOUNS = frozenset(
    ["تصريح", "تصريحات", "كلمه", "حديث", "خطاب", "بيان", "دعوه", "قول", "حوار", "تقرير", "رساله"]
)


def _ar_bare(word: str) -> str:
    """A word without its conjunction, its preposition before the article and the article: "وبالمذكرة"
    -> "مذكره" (folded)."""
    w = word.strip("،,.:؛\"'“”«»()")
    if w[:1] in "وف" and len(w) > 3:
        w = w[1:]
    if w[:3] in ("بال", "لال", "كال"):
        w = w[1:]
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _ar_possessed_speech(word: str) -> bool:
    """One's own words with a pronoun suffix: "تصريحاته", "كلمتها", "حواره", "قوله"."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            return stem in _AR_SPEECH_NOUNS or (
                stem.endswith("ت") and stem[:-1] + "ه" in _AR_SPEECH_NOUNS
            )
    return False


# "أحدهم", "بعضهم": a subject, not a possessed object.
_AR_QUANTIFIED_PRONOUNS = frozenset(
    ["احدهم", "احداهن", "احدها", "بعضهم", "بعضها", "معظمهم", "اغلبهم", "جميعهم", "كلهم", "كلها"]
    + ["غالبيتهم", "اكثرهم", "احدهما", "كلاهما", "جميعها", "معظمها", "بعضهما"]
)
_AR_ANON = frozenset(
    [
        "مصادر",
        "مصدر",
        "ناشطون",
        "ناشطين",
        "نشطاء",
        "مسوولون",
        "مسوولين",
        "شهود",
        "مراقبون",
        "مراقبين",
        "سكان",
    ]
)

# English word lists (lower case).
_EN_COMPLEMENTIZERS = frozenset({"that"})
_EN_AUX = frozenset(
    [
        "both",
        "has",
        "have",
        "had",
        "also",
        "later",
        "earlier",
        "repeatedly",
        "previously",
        "however",
        "further",
        "then",
        "would",
        "will",
        "had",
        "'s",
        "already",
        "once",
        "again",
        "has",
        "been",
        "have",
        "been",
        # sentence adverbs between a subject and its verb: "The president meanwhile said"
        "meanwhile",
        "instead",
        "nevertheless",
        "nonetheless",
        "therefore",
        "thus",
    ]
)
_EN_NP_WORDS = frozenset(
    [
        "services",
        "service",
        "organisations",
        "organizations",
        "agencies",
        "ngo",
        "ngos",
        "relatives",
        "relative",
        "of",
        "for",
        "the",
        "a",
        "an",
        "and",
        "al",
        "el",
        "group",
        "groups",
        "monitoring",
        "monitor",
        "monitors",
        "activist",
        "activists",
        "official",
        "officials",
        "source",
        "sources",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "opposition",
        "rebel",
        "rebels",
        "military",
        "army",
        "ministry",
        "government",
        "police",
        "witness",
        "witnesses",
        "resident",
        "residents",
        "medical",
        "charity",
        "statement",
        "agency",
        "network",
        "reporter",
        "reporters",
        "page",
        "media",
        "state",
        "news",
        "security",
        "local",
        "senior",
        "commander",
        "commanders",
        "forces",
        "coalition",
        "observatory",
        "organization",
        "organisation",
        "committee",
        "committees",
        "council",
        "office",
        "doctors",
        "doctor",
        "hospital",
        "team",
        "correspondent",
        "analysts",
        "experts",
        "diplomats",
        "diplomat",
        "journalists",
        "foreign",
        "minister",
        "president",
        "leader",
        "head",
        "chief",
        "officer",
        "officers",
        "authorities",
        "authority",
        "website",
        "channel",
        "tv",
        "television",
        "newspaper",
        "daily",
        "outlet",
        "rights",
        "human",
        "humanitarian",
        "based",
        "spokesmen",
        "representative",
        "representatives",
        "members",
        "member",
        "envoy",
        "ambassador",
        "coordinators",
        "opposition-run",
        "pro-government",
        "state-run",
        "state-owned",
        "facebook",
        "twitter",
        "account",
        "watchdog",
        "militants",
        "militant",
        "fighters",
        "fighter",
        "people",
        "civil",
        "defence",
        "defense",
        "workers",
        "aid",
        "medics",
        "paramedics",
        "journalist",
        "rescuers",
        "investigators",
        "inspectors",
        "survivors",
        # roles and bodies: "a fund manager at Perpetual Trustees", "chief economist with …"
        "manager",
        "director",
        "analyst",
        "economist",
        "secretary",
        "chairman",
        "chairwoman",
        "deputy",
        "adviser",
        "advisor",
        "expert",
        "lawyer",
        "lawyers",
        "professor",
        "researcher",
        "researchers",
        "mayor",
        "governor",
        "executive",
        "founder",
        "trader",
        "traders",
        "editor",
        "campaigner",
        "campaigners",
        "protesters",
        "villagers",
        "farmer",
        "farmers",
        "soldier",
        "soldiers",
        "nurse",
        "staff",
        "counterpart",
        "lawmaker",
        "lawmakers",
        "senator",
        "prosecutor",
        "prosecutors",
        "negotiator",
        "delegation",
        "union",
        "unions",
        "association",
        "federation",
        "company",
        "firm",
        "bank",
        "party",
        "ministers",
        "cabinet",
        "administration",
        "department",
        "embassy",
        "consulate",
    ]
)
# Verbs a bare plural subject speaks with ("economists said", "critics argue"): past or plural forms only.
_EN_PLURAL_SPEECH_VERBS = frozenset(
    [
        "said",
        "say",
        "told",
        "argue",
        "argued",
        "claim",
        "claimed",
        "warn",
        "warned",
        "insist",
        "insisted",
        "believe",
        "believed",
        "note",
        "noted",
        "added",
        "estimate",
        "estimated",
        "predict",
        "predicted",
        "reported",
        "report",
        "suggest",
        "suggested",
        "cautioned",
        "complained",
        "fear",
        "feared",
        "expect",
        "expected",
        "accuse",
        "accused",
        "urged",
        "called",
        "criticised",
        "criticized",
        "revealed",
        "indicated",
        "acknowledged",
        "admitted",
        "stressed",
        "explained",
        "confirmed",
        "denied",
        "deny",
        "announced",
        "contend",
        "allege",
        "alleged",
        "agree",
        "agreed",
        "have",
        "had",
    ]
)
_EN_TIME_NOUNS = frozenset(["month", "week", "year", "weekend", "morning", "evening"])
_EN_NP_MODIFIERS = frozenset(
    [
        "same",  # "the same source said"
        "some",
        "many",
        "several",
        "other",
        "local",
        "foreign",
        "international",
        "western",
        "arab",
        "kurdish",
        "syrian",
        "iraqi",
        "lebanese",
        "turkish",
        "russian",
        "iranian",
        "israeli",
        "american",
        "british",
        "french",
        "independent",
        "unnamed",
        "anonymous",
        "top",
        "high-ranking",
        "informed",
        "senior",
        "military",
        "security",
        "medical",
        "official",
        "government",
        "diplomatic",
    ]
)
# Compass adjectives before a place name inside a speaker ("opposition sources in eastern Syria said")
_EN_COMPASS = frozenset(
    ["eastern", "western", "northern", "southern", "northeastern", "northwestern", "southeastern"]
    + [
        "southwestern",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
        "central",
    ]
)
_EN_PLACE_NOUNS = frozenset(
    [
        "town",
        "city",
        "village",
        "area",
        "region",
        "province",
        "country",
        "capital",
        "camp",
        "neighborhood",
        "neighbourhood",
        "district",
        "countryside",
        "border",
        "ground",
        "field",
    ]
)
# After these the cue word is an adjective or a passive participle: "figures reported could not be",
# "a video posted online by activists", "an attack claimed by IS".
_EN_NOT_A_REPORT_AFTER = frozenset(["by", "lives", "could", "would", "online"])
_EN_PARTICIPLE_WORDS = frozenset(
    ["adding", "saying", "noting", "stressing", "warning", "claiming", "accusing", "explaining"]
)
_EN_SUBORDINATE_IN_SPEAKER = re.compile(
    r"\b(?:(?<!known\s)(?<!identified\s)(?<!only\s)(?<!described\s)(?<!named\s)(?<!such\s)"
    r"(?<!well\s)(?<!same\s)as(?!\s+(?:a\s+result|well|part|of|long|soon)\b)"
    r"|while|when|after|because|since|although|though|whereas|before)\s+(?=the\s|a\s|an\s|[A-Z])"
)
_EN_NOT_SUBJECT = frozenset(
    [
        "if",
        "along",
        "even",
        "that",
        "this",
        "these",
        "those",
        "in",
        "on",
        "at",
        "as",
        "after",
        "before",
        "when",
        "while",
        "with",
        "for",
        "but",
        "and",
        "so",
        "it",
        "there",
        "here",
        "what",
        "how",
        "why",
        "despite",
        "although",
        "though",
        "since",
        "until",
        "during",
        "by",
        "from",
    ]
)
_EN_BODY_AFTER_AND = re.compile(
    r"[A-Z][\w-]*\s+(?:Office|Ministry|Council|Committee|Department|Agency|Authority|Institute|"
    r"Centre|Center|Commission|Service|Services|Court|Studies|Development|Security|Affairs)\b"
)
# "director of UNHCR's Middle East and North Africa Bureau": a possessive name may open it
_EN_NAME_WITH_AND = re.compile(
    r"\b(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$"
)
_EN_MODIFIED_PLURAL = re.compile(
    r"[\w-]+\s+(?:officials|sources|activists|medics|witnesses|residents|doctors)\b"
)
_EN_NATIONALITY_PAIR = re.compile(r"(?<=[a-z](?:an|se|sh))\s+and\s+[A-Z]\w+(?:an|ese|ish)\s+[a-z]")
_EN_ASIDE_IN_SPEAKER = re.compile(
    r",\s+(?:asked|speaking|writing|interviewed|responding|addressing|visiting|talking|quoted)\b"
    r"|\s+speaking\s+(?:on\s+condition|at|to|during|from)\b"
    r"|\s+on\s+the\s+other\s+hand\b"
    r"|,\s+(?:on|in|during|while|after|before|following)\s"  # "Obama, on his first visit to Israel,"
    # "ISIS in a statement published on Twitter", "the Coalition in a press release"
    r"|\s+(?:in|via|through)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|press\s+release|interview|video|message|communique|speech|letter|tweet)\b"
)
_EN_NOT_SAYING = frozenset(
    ["declined", "declines", "refused", "refuses", "failed", "fails", "unable", "yet", "not"]
)
_EN_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ary", "ern", "ist", "ian", "ese", "ish", "ed")
_EN_SOURCE_LEADS = frozenset(
    [
        "local",
        "sources",
        "activists",
        "activist",
        "residents",
        "resident",
        "officials",
        "official",
        "medics",
        "witnesses",
        "reporters",
        "media",
        "military",
        "security",
        "medical",
        "opposition",
        "rebel",
        "rebels",
    ]
)
# Heads of a noun phrase that names a source after "citing" ("citing a senior regime official",
# "citing medical sources"); any other lowercase head is a reason ("citing his age", "citing
# evidence the recovery …", "citing US funding of …"): no one is relayed.
_EN_CITED_HEADS = frozenset(
    [
        "source",
        "sources",
        "official",
        "officials",
        "witness",
        "witnesses",
        "resident",
        "residents",
        "activist",
        "activists",
        "medic",
        "medics",
        "doctor",
        "doctors",
        "statement",
        "statements",
        "report",
        "reports",
        "agency",
        "agencies",
        "ministry",
        "media",
        "monitor",
        "monitors",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokespeople",
        "politician",
        "politicians",
        "diplomat",
        "diplomats",
        "analyst",
        "analysts",
        "commander",
        "commanders",
        "police",
        "army",
        "government",
        "supporters",
        "people",
        "inhabitants",
        "survivors",
        "relatives",
        "journalists",
        "correspondent",
        "correspondents",
        "newspaper",
        "newspapers",
        "television",
        "radio",
        "channel",
        "website",
        "group",
        "observatory",
        "committee",
        "council",
        "network",
        "office",
        "command",
        "authorities",
        "officer",
        "officers",
        "expert",
        "experts",
        "investigators",
    ]
)
_EN_DOCUMENTS = frozenset(
    [
        "report",
        "reports",
        "book",
        "study",
        "survey",
        "poll",
        "complaint",
        "commission",
        "authors",
        "estimate",
        "estimates",
        "figures",
        "data",
        "bulletin",
        "document",
        "documents",
        "indictment",
        "lawsuit",
        "filing",
        "assessment",
        "analysis",
        "investigation",
        "census",
        "research",
        "researchers",
        "memo",
        "letter",
        "findings",
    ]
)
# A document whose author may follow it in an "according to" phrase ("a new toll from the Observatory")
_EN_AUTHORED_DOCUMENTS = _EN_DOCUMENTS | frozenset(["toll", "tally", "count", "statement"])
_EN_DOCUMENT_AUTHOR = re.compile(
    r"\s+(?:from|by|(?:issued|released|published)\s+by)\s+"
    r"((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-Z][\w'’.-]*)*)"
)
_EN_REPORT_VERBS = frozenset(
    ["said", "says", "reported", "reports", "added", "told", "announced", "stated", "claimed"]
)
_EN_CITED_STOPS = frozenset(
    [
        "of",
        "in",
        "at",
        "from",
        "who",
        "whom",
        "that",
        "which",
        "as",
        "and",
        "with",
        "for",
        "on",
        "to",
        "by",
        "near",
        "when",
        "while",
        "after",
        "before",
    ]
)
# The toll and figure cues (cues._EN_MULTI_VERBS): "gave a lower toll", "puts the figure at"
_EN_TOLL_CUE = re.compile(r"(?:gave|given|gives|put|puts|updated|updates|revised|revises)\s", re.I)
# A quotation opened right after the verb and a comma or colon: 'AFP also reports, "…"', 'He asked, "…"'
_EN_FRAME_QUOTE = re.compile(r"\s*[,:]\s*[\"“](?=\w)")
# Before "states" these make it the noun ("member states", "the Gulf states"), not the verb.
_EN_STATES_NOUN_BEFORE = frozenset(
    ["member", "other", "neighbouring", "neighboring", "nation", "many", "some", "all", "these"]
    + ["those", "several", "both", "arab", "gulf", "western", "islamic", "muslim", "african"]
)
_EN_QUOTE_ONLY = frozenset(
    [
        "notes",
        "concluded",
        "lamented",
        "suggests",
        "suggested",
        "suggest",
        "remembered",
        "reads",
        "asked",
        "joked",
        "quipped",
        "exclaimed",
        "pleaded",
        "interjected",
        "replied",
        "replies",
        "responded",
        "answered",
    ]
)
_EN_MEDIUM_WORDS = frozenset(
    [
        "voice",
        "telephone",
        "phone",
        "email",
        "televised",
        "interview",
        "conversation",
        "call",
        "speech",
        "tweet",
    ]
)
_EN_VISUAL_NOUNS = frozenset(
    [
        "photo",
        "photos",
        "photograph",
        "photographs",
        "picture",
        "pictures",
        "image",
        "images",
        "video",
        "videos",
        "footage",
        "clip",
        "clips",
    ]
)
# Pages and accounts that post pictures: what the picture shows stays the outlet's (EN-10)
_EN_POSTING_MEDIA = frozenset(
    ["page", "pages", "account", "accounts", "channel", "channels", "website", "websites", "site"]
    + ["sites", "feed", "feeds", "blog", "blogs", "forum", "forums", "profile", "handle"]
)
_EN_MEDIA_NOUNS = _EN_VISUAL_NOUNS | frozenset(
    [
        "statement",
        "statements",
        "message",
        "messages",
        "report",
        "reports",
        "post",
        "posts",
        "recording",
        "letter",
    ]
)
_EN_WIRE_AGENCIES = frozenset(
    ["Reuters", "AFP", "AP", "SANA", "Anadolu", "IRNA", "TASS", "Xinhua", "Interfax", "DPA", "EFE"]
)
_EN_AGENCY_MODIFIERS = frozenset(
    ["news", "agency", "state", "official", "state-run", "semi-official", "wire", "the", "service"]
)
# "assertions by diplomats … that …", "warnings from the international community that …": the agent of
# a speech noun speaks the clause after "that" (convention EN-14)
_EN_SPEECH_NOUNS = (
    "claims",
    "assertions",
    "allegations",
    "accusations",
    "warnings",
    "reports",
    "charges",
    "statements",
    "assurances",
    "denials",
    "complaints",
)
_EN_SPEECH_NOUN_AGENT = re.compile(rf"\b(?:{'|'.join(_EN_SPEECH_NOUNS)})\s+(?:by|from)\s+")
# "… - an accusation dismissed by the government.", "… an account backed by Iran and Russia": a stance
# on the claim before it, by the agent (convention EN-14), as a claim of its own
_EN_STANCE_NOUNS = (
    "accusation",
    "claim",
    "account",
    "charge",
    "allegation",
    "assertion",
    "version",
)
_EN_STANCE_VERBS = (
    "dismissed",
    "denied",
    "rejected",
    "backed",
    "supported",
    "echoed",
    "confirmed",
    "disputed",
    "contested",
    "refuted",
)
_EN_STANCE_APPOSITION = re.compile(
    rf"\b(?:an?|the)\s+(?:{'|'.join(_EN_STANCE_NOUNS)})\s+(?:{'|'.join(_EN_STANCE_VERBS)})\s+by\s+"
)
# "… is considered a terrorist group by the Syrian government and Russia", "branded as a terrorist
# group by Turkey", "the regime accused by Washington of …", "designated 'a terrorist organisation' by
# many western governments": a label or charge in the passive names its author after "by", even with
# the label between (convention EN-14/19: "considered a foe by X"). listed/classified only with "as";
# not seen/viewed/regarded ("seen as evidence of a commitment by the government": the noun's agent), nor
# "considered by" with no label ("plans being considered by ministers" is deliberation).
_EN_LABEL_BY = re.compile(
    r"\b(?:(?P<label>considered|designated|branded|labell?ed|dubbed|termed|deemed|described|accused"
    r"|blamed|blacklisted|denounced|condemned|criticised|criticized|hailed|praised)"
    r"|(?P<as>listed|classified|classed))"
    r"\b(?P<mid>[^.;:!?\n()]{0,80}?)\bby\s+"
)
# Words that show the "by" phrase is no author: means, time, an amount, a place
_EN_LABEL_BY_MID_STOP = frozenset(
    ["which", "who", "that", "said", "says", "after", "while", "when"]
)
# lower-case plurals after "by" that are means or amounts, not authors
_EN_LABEL_BY_NOT_AGENTS = frozenset(
    [
        "means",
        "series",
        "news",
        "strikes",
        "airstrikes",
        "bombs",
        "attacks",
        "this",
        "these",
        "those",
    ]
    + ["his", "hers", "its", "us", "them", "years", "months", "days", "weeks", "hours", "times"]
)
_EN_DOCUMENT_HEADS = frozenset(
    ["toll", "report", "count", "survey", "statement", "figures", "website", "page", "document"]
)
_EN_PLACE_PREPS = frozenset(["to", "in", "at", "from", "on", "with", "by", "into"])
# The prepositions whose object (a date, a place) can run into a speaker when the commas are lost;
# compass words that may open a place ("in Northern Homs"); a year.
_EN_OBJECT_PREPS = frozenset(["in", "on", "of", "near", "at", "from", "across", "into", "outside"])
# (a separate set from _EN_COMPASS above, which this one once shadowed under the same name)
_EN_COMPASS_BEFORE_PLACE = frozenset(
    ["northern", "southern", "eastern", "western", "central", "north", "south"]
)
# Irregular past tenses that make a clause's main verb ("the UN children's agency sent out an SOS").
_EN_IRREGULAR_PASTS = frozenset(
    ["sent", "gave", "took", "made", "came", "went", "left", "put", "held", "kept", "won", "led"]
    + ["met", "threw", "spoke", "wrote", "brought", "sought", "began", "drew", "found", "hit"]
    + ["cast"]
)
# Time words between a subject and its verb ("Humanitarian agencies last week pleaded …"); people and
# bodies whose head noun the title and organisation lists lack ("the presidency", "the sheikh").
_EN_WHEN_WORDS = frozenset(["last", "this", "yesterday", "today"])
_EN_AGENT_HEADS = frozenset(
    ["men", "women", "people", "presidency", "sheikh", "cleric", "preacher"]
)
_EN_DAY_PARTS = frozenset(
    [
        "night",
        "morning",
        "evening",
        "afternoon",
        "and",
        "or",
        "this",
        "last",
        "next",
        "early",
        "late",
    ]
)
_EN_COMPASS_POINTS = frozenset(["north", "south", "east", "west"])
_EN_YEAR = re.compile(r"(?:19|20)\d\d")
_EN_FRAME_PREPS = frozenset(["in", "on", "at", "during", "after", "following", "since"])
_EN_RELATIVE_IN_SPEAKER = re.compile(r",?\s+(what|which|who|whom|where)\s+")
_EN_QUOTED_AS_SAYING = re.compile(
    r"\s+((?:a|an|the|its|his|her|their|[A-Z][\w'’-]*)(?:[\s,]+[\w'’.-]+){0,8}?)"
    r"(?:,?\s+(?:on|late|early|last|this|earlier)\s+\w+)?,?\s+as\s+saying\b"
)
# The same after a closing "X quoted": also a counted or bare plural source ("one trader", "sources"),
# and without a place after a name ("Lavrov in Moscow").
_EN_QUOTED_AS_SAYING_AFTER = re.compile(
    r"\s+((?:a|an|the|its|his|her|their|one|two|three|several|some|sources|officials|witnesses"
    r"|residents|activists|diplomats|analysts|traders|[A-Z][\w'’-]*)(?:[\s,]+[\w'’.-]+){0,8}?)"
    r"(?:\s+in\s+[A-Z][\w'’-]+)?"
    r"(?:,?\s+(?:on|late|early|last|this|earlier)\s+\w+)?,?\s+as\s+saying\b"
)
_EN_CONTENT_VERB = re.compile(
    r"\b(?:killed|wounded|injured|caused|destroyed|struck|hit|shelled|bombed|attacked|seized)\b"
)
# A sentence that opens on a first-person subject (after a photo credit "REUTERS/Name Name").
_EN_FIRST_PERSON = re.compile(
    r"\W{0,2}([A-Z]{2,}/[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?(?:I|We)\s+(?!also\b)[a-z’']+"
)
_EN_SPEAKER_TIME = re.compile(
    r"\s+(?:on|late|early|last|this|earlier|later)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|week|month|year|night|morning|evening|weekend)\b|\s+(?:yesterday|today)\b"
    r"|\s+(?:on|in)\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b(?:\s+\d{1,2}\b)?(?:\s+\d{4}\b)?"
)
# "claims" is the noun after these words and before those ("such claims", "claims of", "claims made by").
_EN_CLAIMS_NOUN_BEFORE = frozenset(
    [
        "such",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "any",
        "false",
        "unverified",
        "conflicting",
        "competing",
        "rival",
        "similar",
        "new",
        "extraordinary",
        "earlier",
        "previous",
    ]
)
_EN_CLAIMS_NOUN_AFTER = frozenset(
    [
        "of",
        "about",
        "by",
        "were",
        "are",
        "have",
        "has",
        "could",
        "can",
        "will",
        "made",
        "showed",
        "against",
        "and",
        "in",
        "on",
        "for",
        "over",
        "from",
    ]
)
# Verb forms that are also nouns: a cue only in a verb position (see _en_verb).
_EN_NOUN_VERBS = frozenset(
    ["claims", "claim", "reports", "report", "estimates", "estimate", "demands", "demand"]
    + ["pledges", "pledge", "vows", "vow", "tweets", "slams", "mentions", "recall"]
    + ["fears", "fear"]
)
# Before these the noun-verb is a noun ("amid reports that", "there were claims", "media reports say").
_EN_NOUN_VERB_NOT_SUBJECT = frozenset(
    ["of", "in", "on", "for", "with", "by", "amid", "despite", "about", "from", "after", "over"]
    + ["following", "among", "against", "and", "or", "to", "is", "are", "was", "were", "be", "been"]
    + ["has", "have", "had", "media", "news", "press", "several", "many", "some", "other", "recent"]
    + ["local", "latest", "initial", "first", "official", "unconfirmed", "more", "no", "all"]
    + ["what"]
)
# Verbs right after a reporting verb that open the gap of a relative clause ("that X say killed …")
_EN_GAP_VERBS = frozenset(
    ["is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may"]
    + ["might", "killed", "included", "includes", "remains", "remain"]
)
# Base forms: a report only after their subject, not as an infinitive or after a modal.
_EN_BASE_VERBS = frozenset(
    ["tell", "announce", "declare", "report", "claim", "allege", "reject", "condemn", "slam"]
    + ["warn", "threaten", "accuse", "confirm", "insist", "argue", "explain", "urge", "demand"]
    + ["admit", "acknowledge", "estimate", "describe", "add", "affirm", "assert", "emphasise"]
    + ["emphasize", "reiterate", "indicate", "reveal", "recall", "recount", "vow", "pledge"]
    + ["denounce", "decry", "deplore", "lambast", "maintain", "predict", "outline", "suggest"]
)
# Stances taken on an object named right after the verb ("… in which she praised Syrian president
# Bashar Al-Assad", "… the rebels hailed Jordan's cooperation"): the verb never closes a content before it.
_EN_OBJECT_VERBS = frozenset(
    ["praised", "hailed", "commended", "commends", "welcomed", "welcomes", "dismissed", "dismisses"]
)
_EN_BEFORE_INFINITIVE = frozenset(
    ["and", "or", "to", "must", "should", "would", "could", "will", "can", "may", "might", "shall"]
    + ["did", "does", "do", "not", "never", "please", "let", "cannot"]
)
# Verbs whose object takes a bare infinitive ("saw Mr Blair predict", "let the minister announce"; not
# "make": "was allowed to make a televised statement in which he declared …").
_EN_BARE_INFINITIVE_VERBS = frozenset(
    ["saw", "see", "sees", "seen", "watched", "heard", "hear", "hears", "let", "lets"]
)
# Head nouns of a source or a document after "according to a …" and its lower-case modifiers.
_EN_SOURCE_HEADS = frozenset(
    ["toll", "tally", "count", "source", "sources", "official", "officials", "witness", "resident"]
    + ["activist", "activists", "statement", "report", "study", "survey", "document", "estimate"]
    + ["figures", "monitor", "spokesman", "spokeswoman", "group", "agency", "investigation"]
)
# A relay inside a sentence with its own speech verb: "According to AFP, the Arab League said …",
# "… Zarif said according to the English-language Press TV report", "The state-run Anadolu Agency citing
# military officials said …", "Citing medical sources the monitoring group said …" (convention EN-7:
# both voices)
_EN_RELAY = re.compile(r"\b(?:[Aa]ccording\s+to|[Cc]iting|[Qq]uoting)\s+")
_EN_RELAY_HEADS = _EN_SOURCE_HEADS | frozenset(
    ["media", "television", "tv", "radio", "police", "army", "military", "ministry", "reports"]
    + ["newspaper", "daily", "channel", "website", "doctors", "medics", "residents", "witnesses"]
)
# Words that open a clause whose subject follows ("but Maduro suggested", "when Iran suggested").
_EN_CLAUSE_OPENERS = frozenset(
    ["but", "and", "when", "while", "after", "before", "because", "if", "since", "although"]
    + ["though", "until", "once"]
)
_EN_CLAUSE_AFTER_VERB = frozenset(["but", "and", "while", "whereas", "although", "though", "with"])
_EN_QUOTE_CLOSED = re.compile(r"[,?!][\"”]\s*$")
# A photo credit closing a caption: "(AFP Photo)", "(Photo AFP)", "(TRT World and Agencies)", or an
# agency alone right after a full stop ("… on July 1 2016. (Reuters) The group …"). Both branches open
# with "(" (the full stop is looked for behind it), a literal prefix the regex engine searches for fast.
_EN_PHOTO_CREDIT = re.compile(
    r"(?:\((?:(?:AFP|Reuters|AP|AA|EPA|Getty|SANA)\s+photo|photo:?\s*(?:AFP|Reuters|AP|AA|EPA|Getty|SANA)"
    r"|TRT\s+World\s+and\s+Agencies)\)|\((?<=\. \()(?:AFP|Reuters|AP|AA)\))(?=\s*[\"“(A-Z0-9])",
    re.IGNORECASE,
)
_EN_YEAR_END = re.compile(r"\b(?:19|20)\d\d\.?\s*$")
_EN_BELIEF_OPENERS = frozenset(["and", "but", "as", "because", "while", "since", "so", "although"])
# After a closed quotation, a subject and any verb (or the verb first) up to the end of the sentence
# or to a comma before a trailing phrase: '"…," El-Sharkawi comments.', '"…," agreed Judeh'.
_EN_QUOTE_VERB_TAIL = re.compile(
    r"[,?!.…][\"”]\s+(?:(?P<np>he|she|they|(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*"
    r"|(?:the|a|an|one)(?:\s+[a-z][\w'’-]*){1,4})\s+(?P<verb>[a-z]+(?:s|ed))"
    r"|(?P<verb2>[a-z]+(?:s|ed))\s+(?P<np2>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*"
    r"|(?:the|a|an)(?:\s+[a-z][\w'’-]*){1,4}))(?=\s*(?:[.,;]|$))"
)
_EN_NOT_SPEECH_VERBS = frozenset(
    ["was", "is", "has", "does", "goes", "comes", "seems", "appears", "looks", "gets", "seemed"]
    + ["left", "walked", "arrived", "died", "smiled", "nodded", "paused", "shrugged", "continues"]
)
_EN_AGENCY_DATELINE = re.compile(
    r"\b(?:AFP|Reuters|AP|AA|Anadolu\s+Agency|TRT\s+World|Xinhua)\s+(?:Print\s+Tweet\s+Views\s+\d+\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+\d{1,2}\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}"
    r"(?:\s+Print\s+Tweet(?:\s+Views\s+\d+)?)?(?=\s)"
)
_EN_DECLARED_ACT = re.compile(
    r"\s+(?:(?:an?|its|the|their)\s+)?(?:(?:self-styled|so-called|Islamic)\s+)?"
    r"(?:caliphate|state\s+of\s+emergency|martial\s+law|curfew)\b",
    re.IGNORECASE,
)
_EN_CONDEMNED_TO = re.compile(
    r"(?:\s+[\w'’-]+){0,6}?\s+to\s+(?:death|die|life|a\s+life|prison|jail|years|poverty|misery)\b"
)
# Words that open a leading frame before the subject ("In terms of …, Hague said …").
_EN_LEAD_FRAME_WORDS = frozenset(
    ["in", "on", "at", "during", "after", "following", "since", "before", "despite", "amid"]
    + ["among", "with", "without", "for", "from", "under", "ahead", "like", "unlike", "asked"]
    + ["although", "though", "while", "when", "whereas", "if", "because", "once", "unless"]
    + ["until", "as", "earlier", "later", "last", "this", "pressed", "questioned"]
)
_EN_CONDITIONAL = (["if"], ["If"], ["once"], ["Once"], ["unless"], ["Unless"])
_EN_NOT_PARTICIPLES = frozenset(
    ["nothing", "something", "anything", "everything", "morning", "evening"]
)
_EN_CLAUSE_WORDS = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "be",
        "been",
        "being",
        "who",
        "which",
        "that",
        "whom",
        "whose",
        "when",
        "while",
        "did",
        "does",
        "do",
        "not",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "after",
        "before",
        "because",
        "if",
        "than",
    ]
)
_EN_MONTHS_DAYS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "published",
        "posted",
        "date",
    ]
)
_EN_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "his", "her", "their", "this", "another", "one"]
)
_EN_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you"])
_EN_QUANTIFIERS = frozenset(
    ["several", "some", "many", "most", "other", "both", "two", "three", "four", "few", "all"]
)
_EN_FIRST_PERSON_WORDS = frozenset(["i", "we", "us", "our", "my", "me"])
_EN_SUBORDINATORS = frozenset(
    ["after", "as", "before", "when", "while", "since", "until", "because", "although", "though"]
    + ["once", "whereas", "but"]
)
_EN_AS_NOT_SUBORDINATE = frozenset(
    ["itself", "themselves", "himself", "herself", "such", "well", "same", "known", "seen"]
)
_EN_CLOSING_SAID = re.compile(r"\b(?:said|says|added|told \w+)\W*$")
_EN_SENTENCE_ASIDES = frozenset(
    ["meanwhile", "however", "for example", "for instance", "in turn", "too", "though", "also"]
    + ["for its part", "for their part", "for his part", "for her part", "in addition"]
)
_EN_MODALS = frozenset(
    ["will", "would", "could", "can", "must", "should", "may", "might", "is", "are", "was", "were"]
)
_EN_CONNECTIVES = frozenset(
    [
        "but",
        "and",
        "meanwhile",
        "however",
        "moreover",
        "also",
        "while",
        "where",
        "whereas",
        "as",
        "so",
        "yet",
        "although",
        "though",
        "when",
        "since",
        "because",
        "furthermore",
        "separately",
        "earlier",
        "later",
    ]
)
_EN_WEEKDAYS = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)
_EN_STOP_AFTER = frozenset(
    [
        "on",
        "in",
        "at",
        "late",
        "early",
        "yesterday",
        "today",
        "earlier",
        "later",
        "last",
        "this",
        # "…," Lavrov said after a meeting with …: a time clause, no content
        "after",
        "during",
        "following",
        "before",
    ]
)


class CueText(str):
    """A cue as matched in the folded text, remembering where (so the caller can show it as written)."""

    span: tuple[int, int]

    def __new__(cls, text: str, start: int, end: int) -> CueText:
        obj = super().__new__(cls, text[start:end])
        obj.span = (start, end)
        return obj


@dataclass(slots=True)
class Prop:
    """A proposition being built: folded offsets, voice, cue and speakers (as written, folded offsets)."""

    start: int
    end: int = -1
    kind: str = "outlet"
    mode: str = ""
    polarity: str = "affirm"
    cue: str = ""
    hedge_cue: str = ""
    content_start: int = -1
    carried: list[tuple[int, int]] = field(default_factory=list)  # speaker spans (fullest mention)
    guessed: bool = False


def _dedupe(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    seen: set[str] = set()
    out = []
    for s, e in spans:
        key = text[s:e]
        if key and key not in seen:
            seen.add(key)
            out.append((s, e))
    return out


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]


_FIRST, _SECOND = itemgetter(0), itemgetter(1)  # a token's start and end, mapped in C


def _opens_content(word: str) -> bool:
    return bool(word) and (word in _AR_COMPLEMENTIZERS or word == ":" or word[0] in _OPEN_QUOTES)


def _adverb(word: str) -> bool:
    return word in _EN_PLAIN_ADVERBS or (
        len(word) > 4
        and word.islower()
        and word.endswith("ly")
        and word not in {"only", "early", "daily"}
    )


_EN_PLAIN_ADVERBS = frozenset(["always", "never", "also", "still", "already", "again", "often"])


def _cap(word: str) -> bool:
    """Capitalised, also after a particle ("al-Jayrudi", "el-Sisi"), or a number."""
    if not (word[0].isalnum()):
        return False
    return (
        word[0].isupper() or word[0].isdigit() or any(p[:1].isupper() for p in word.split("-")[1:])
    )


# The forms of "be" of a passive reporting verb ("he was told by", "had been told by").
_EN_BE_PASSIVE = frozenset({"was", "were", "been", "is", "are"})


def _en_participle(word: str) -> bool:
    """An -ing adverbial after a reporting verb ("…, the Observatory said, updating an earlier toll")."""
    low = word.lower()
    return low in _EN_PARTICIPLE_WORDS or (
        word.islower() and len(word) > 5 and low.endswith("ing") and low not in _EN_NOT_PARTICIPLES
    )


def _en_verb_before_to(w1: str, w2: str) -> bool:
    """ "went on" / "interjects" / "declined" before "to": a verb, so the subject stands before it."""
    if w2 == "on":
        return w1 in {"went", "goes", "go", "going"}
    return w2.islower() and w2.endswith(("ed", "ts", "es")) and w2 not in _EN_NP_WORDS


def _en_finite(word: str) -> bool:
    """A word that makes a clause of what it is in ("died", "injured", "was"), not a noun phrase."""
    low = word.lower()
    return word.islower() and (
        low in _EN_CLAUSE_WORDS
        or low in {"died", "hit", "fell", "came", "went", "took", "made", "gave", "left"}
        or (low.endswith("ed") and "-" not in low and low not in _EN_NP_WORDS)
    )


def _en_after_addressee(after: list[tuple[int, int, str]]) -> str:
    """The token after the addressee of "told" ("told BBC News: …" gives ":")."""
    i = 0
    while i < len(after) and (after[i][2][:1].isupper() or after[i][2].lower() in _EN_NP_WORDS):
        i += 1
    return after[i][2].lower() if i < len(after) else ""


def _en_clause_follows(after: list[tuple[int, int, str]], mode: str) -> bool:
    """Whether the words after a speech verb report something: "that", a quotation or a colon, a
    clause ("said the ads were …"), an accusation ("accused him of …"), a pledge or an appeal with
    "to", a condemnation's object; not an object that makes the verb an act ("declared a caliphate",
    "threatened the economy", "concluded the deal in 2005 that …")."""
    k = 0
    while k < len(after) and _adverb(after[k][2]):
        k += 1
    rest = after[k:]
    if not rest:
        return False
    first = rest[0][2]
    if first.lower() == "that" or first in _ANY_QUOTE or first == ":":
        return True
    low = [t[2].lower() for t in rest[:8]]
    if mode == "accused" and any(w in {"of", "for"} for w in low[:4]):
        return True
    if mode in {"announced_intent", "called_for"} and "to" in low[:3]:
        return True
    if mode == "condemned" and _is_word(first):
        return True
    framed = first.lower() in _EN_FRAME_PREPS | {"to", "earlier", "late", "last", "this"}
    for t in rest[:7]:
        w = t[2]
        if framed and w.lower() == "that":
            return True  # "announced in the Budget that …", "said on Monday that …"
        if not _is_word(w) or w.lower() in {"that", "which", "who", "where", "when", "whose"}:
            return False
        if _en_finite(w) or w.lower() in _EN_MODALS or w.lower() in _EN_IRREGULAR_PASTS:
            return True
    return False


def _en_before_aside(toks: list[tuple[int, int, str]], j: int) -> int:
    """The index before an aside ending at ``j`` between a subject and its verb ("The army for its part
    said", "The minister in turn said"), with the adverbs before it; ``j`` when there is none."""
    words = [t[2].lower() for t in toks[max(0, j - 2) : j + 1]]
    if (
        len(words) == 3
        and words[0] == "for"
        and words[2] == "part"
        and words[1]
        in {
            "its",
            "his",
            "her",
            "their",
            "our",
            "my",
        }
    ):
        k = j - 3
    elif words[-2:] == ["in", "turn"]:
        k = j - 2
    else:
        return j
    while k >= 0 and (toks[k][2].lower() in _EN_AUX or _adverb(toks[k][2]) or toks[k][2] == ","):
        k -= 1
    if k >= 0 and toks[k][2].lower() in {"and", "but", "or"}:
        return j  # "… denies the use of chemical weapons and has in turn accused": no subject here
    return k


# Nouns that modify a body's or a role's noun ("the interior ministry", "a war monitor", "the rescue
# service", "Israel's military intelligence chief").
_EN_NOUN_MODIFIERS = frozenset(
    [
        "interior",
        "finance",
        "foreign",
        "defence",
        "defense",
        "health",
        "intelligence",
        "rescue",
        "justice",
        "information",
        "emergency",
        "education",
        "energy",
        "economy",
        "labour",
        "labor",
        "transport",
        "weapons",
        "election",
        "customs",
        "immigration",
        "tax",
        "relief",
        "border",
        "navy",
        "air",
        "military",
        "security",
        "police",
        "army",
        "government",
        "opposition",
        "rebel",
        "state",
        "news",
        "media",
        "rights",
        "pension",
        "industry",
        "terrorist",
        "monitoring",
        "civil",
        "medical",
        "presidential",
        # "EU foreign policy chief Catherine Ashton", "former finance minister Hazem El-Beblawi",
        # "the prime minister", "Lib Dem's elections chief Lord Rennard"
        "policy",
        "peace",
        "militia",
        "supreme",
        "prime",
        "emergencies",
        "elections",
        "resources",
        "investment",
        "trade",
        "environment",
        "agriculture",
        "housing",
        "oil",
        "former",
    ]
)
# Verbs after which a described person closes a quotation ('"…," said an aide to a rebel commander').
_EN_INVERTED_VERBS = frozenset(
    ["said", "says", "added", "explained", "stressed", "noted", "insisted", "warned", "argued"]
)
# Words that make a speaker an institution, a medium or a document rather than a person.
_EN_INSTITUTION_WORDS = (
    _EN_MEDIA_NOUNS
    | _EN_DOCUMENTS
    | frozenset(
        [
            "daily",
            "newspaper",
            "paper",
            "agency",
            "tv",
            "television",
            "channel",
            "radio",
            "news",
            "media",
            "website",
            "ministry",
            "commission",
            "committee",
            "observatory",
            "group",
            "office",
            "organisation",
            "organization",
            "council",
            "network",
            "government",
            "army",
            "findings",
            "institute",
            "bank",
            "company",
            "firm",
            "union",
            "association",
            "department",
            "court",
        ]
    )
)
_EN_NUMBER_WORDS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "tens",
        "dozens",
        "scores",
        "million",
        "millions",
    ]
)
_EN_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def _en_modified_head(toks: list[tuple[int, int, str]], head: int) -> int | None:
    """The start of a noun phrase whose lowercase head (``toks[head]``) the walk back reached but whose
    lowercase modifiers it stopped at: "the interior ministry", "Russia's agricultural watchdog",
    "Turkish presidential sources", "the U.S. military", "Israel's Shin Bet internal intelligence
    service". The modifiers must rest on a determiner, a possessive or nationality name, an
    abbreviation or the clause start (with commas lost, "… one person the interior ministry said");
    None when they do not."""
    word = toks[head][2]
    if not (word.isalpha() and word.islower() and word in _EN_NP_WORDS) or word in {
        "of",
        "for",
        "the",
        "a",
        "an",
        "and",
        "al",
        "el",
    }:
        return None
    m = head
    while m >= 1 and head - m < 3:
        w = toks[m - 1][2]
        if not (w.islower() and (w.isalpha() or "-" in w)) or w in _EN_CLAUSE_WORDS | _EN_AUX:
            break
        if not (w in _EN_NOUN_MODIFIERS or w.endswith(_EN_ADJECTIVE_ENDINGS) or "-" in w):
            break
        m -= 1
    anchor = m - 1
    if anchor >= 1 and toks[anchor][2] == "." and _EN_ABBREVIATION.fullmatch(toks[anchor - 1][2]):
        anchor -= 1  # "the U.S. military"
        return (
            anchor - 1 if anchor >= 1 and toks[anchor - 1][2].lower() in _EN_DETERMINERS else anchor
        )
    if m == head:
        return None
    if anchor >= 0 and toks[anchor][2] == ")":
        return None  # "The Islamic State (ISIS Daesh) terrorist group": the walk past the aside decides
    if anchor < 0 or not _is_word(toks[anchor][2]):
        return m
    lead = toks[anchor][2]
    if lead.lower() in {"the", "a", "an", "its", "their", "his", "her"}:
        return anchor
    if not _cap(lead) or lead.lower() in _EN_MONTHS_DAYS:
        return None
    first = anchor
    while first >= 1 and anchor - first < 3 and _cap(toks[first - 1][2]):
        first -= 1
    possessive = toks[first][2].endswith(("'s", "’s"))
    nationality = first == anchor and lead.endswith(("an", "ese", "ish", "i"))
    if first >= 1 and toks[first - 1][2].lower() in _EN_DETERMINERS:
        return first - 1
    if possessive or nationality or _EN_ABBREVIATION.fullmatch(toks[first][2]):
        return first
    return first if first == 0 or not _is_word(toks[first - 1][2]) else None


def _en_country(words: list[str]) -> bool:
    """A country, a capital or the West, as a whole speaker ("Britain", "The West", "the United
    States", "Washington"; not "Britain's foreign secretary")."""
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
        return False
    if [w.lower() for w in words] == ["west"]:
        return True
    node: dict | None = _PLACE_TRIE
    for w in words:
        node = node.get(w.lower()) if node is not None else None
    return (
        node is not None
        and None in node
        and any(place.kind in {"country", "capital"} for place, *_ in node[None])
    )


def _en_place_end(toks: list[tuple[int, int, str]], k: int, end_j: int) -> int | None:
    """The token after the longest gazetteer place written from token ``k`` ("Aleppo", "Deir
    al-Zor", "Khan-Shaikhoun"), up to ``end_j``; None when no place starts there."""
    node: dict | None = _PLACE_TRIE
    best = None
    for j in range(k, min(end_j + 1, k + 5)):
        w = toks[j][2]
        if not _cap(w) or not w[:1].isalpha():
            break
        for part in w.replace("'", "").replace("’", "").split("-"):
            node = node.get(part.lower()) if node is not None and part else node
        if node is None:
            break
        if None in node:
            best = j + 1
    return best


# A court's decisions (CONVENTIONS AR-15: outlet, not speech acts) and who makes them.
_EN_RULING_VERBS = frozenset(
    ["dismissed", "dismisses", "rejected", "rejects", "upheld", "upholds", "overturned"]
    + ["overturns", "confirmed", "confirms", "denied", "denies", "approved", "approves"]
)
_EN_COURT_HEADS = frozenset(
    ["judge", "judges", "court", "courts", "tribunal", "jury", "justices", "magistrate"]
    + ["magistrates"]
)


def _en_court(words: list[str]) -> bool:
    """A court or a judge as a subject ("A judge", "the High Constitutional Court (HCC)", "a
    three-judge appeal court panel", "Judge Letitia Clark"; not "the courts minister")."""
    if len(words) > 1 and words[-1].strip("()").isupper():
        words = words[:-1]  # "the High Constitutional Court (HCC)"
    words = [w.lower() for w in words]
    if not words:
        return False
    last = words[-1]
    return (
        last in _EN_COURT_HEADS
        or last == "panel"
        and "court" in words
        or words[0] == "judge"
        and len(words) <= 4
    )


def _glued_sentence(toks: list[tuple[int, int, str]], k: int) -> bool:
    """A capitalised article after a capitalised word opens a sentence whose full stop was lost: a
    page's tag line or title glued to the lead ("Tags Syria Idlib The Sawaiq al-Rahman brigade
    announced"); not "based in The Hague". A capitalised connective after a word does too ("Watchdog
    Thousands tortured to death by Syrian regime Meanwhile a human rights group said")."""
    if not (0 < k < len(toks) - 1 and _is_word(toks[k + 1][2])):
        return False
    if toks[k][2] in _EN_GLUED_CONNECTIVES:
        return _is_word(toks[k - 1][2]) and toks[k - 1][2] not in {"The", "A", "An"}
    return (
        toks[k][2] in {"The", "A", "An"}
        and _cap(toks[k - 1][2])
        and toks[k - 1][2] not in {"The", "A", "An", "I"}
    )


# Heads of a title that a place follows ("the governor of Homs province Talal Barrazi").
_EN_TITLE_HEADS = frozenset(
    ["governor", "mayor", "head", "chief", "director", "commander", "leader"]
)
# Heads that make a noun phrase one person ("the minister", "Aleppo Governor Hussein Diab") or one
# body that "it" can be ("the Tahrir al-Sham jihadist alliance"), for pronoun subjects.
_EN_PERSON_HEADS = _EN_TITLE_HEADS | frozenset(
    ["minister", "president", "spokesman", "spokeswoman", "secretary", "official", "envoy"]
    + ["ambassador", "adviser", "advisor", "chancellor", "premier", "king", "prince", "general"]
    + ["senator", "activist", "man", "woman", "prosecutor", "judge", "lawyer", "pope"]
)
# People who speak from where they are ("AFPs correspondent in the town", "medical workers in the
# rebel-held area", "an AFP photographer in Douma", "residents at the scene"): the place after "in" or
# "at" is part of the speaker, not the speaker.
_EN_SITED_PEOPLE = frozenset(
    ["correspondent", "correspondents", "photographer", "photographers", "journalist"]
    + ["journalists", "reporter", "reporters", "monitor", "monitors", "activist", "activists"]
    + ["workers", "worker", "medics", "doctors", "doctor", "paramedics", "rescuers", "residents"]
    + ["resident", "witnesses", "witness", "officials", "official", "sources", "source", "people"]
    + ["politicians", "diplomats", "commanders", "commander", "spokesman", "volunteers", "staff"]
)
_EN_BODY_HEADS = _EN_INSTITUTION_WORDS | frozenset(
    ["alliance", "coalition", "movement", "party", "front", "monitor", "regime", "militia"]
    + ["brigade", "faction", "authority", "administration", "federation", "body", "watchdog"]
)
# Bodies that act and speak as one (not documents or media, whose words often carry a person's: "The
# book … claims … that he told Mr Brown", "the local Arab News said the minister … when he said").
_EN_ORGANISATION_HEADS = frozenset(
    ["ministry", "commission", "committee", "observatory", "group", "office", "organisation"]
    + ["organization", "council", "government", "army", "institute", "bank", "company", "firm"]
    + ["union", "association", "department", "court", "alliance", "coalition", "movement", "party"]
    + ["front", "regime", "militia", "brigade", "faction", "authority", "administration"]
    + ["federation", "body", "watchdog"]
)

# Connectives that open a sentence: capitalised after a word, the full stop before them was lost.
_EN_GLUED_CONNECTIVES = frozenset(
    [
        "Meanwhile",
        "However",
        "Moreover",
        "Separately",
        "Elsewhere",
        "Meantime",
        "Furthermore",
        "But",
    ]
)


def _holds(text: str, *groups: tuple[str, ...]) -> bool:
    """Whether ``text`` holds a word of each group (a few substring searches, in C): where a regex's every
    match holds one of each, its scan of a whole article is skipped when this is false."""
    return all(any(word in text for word in group) for group in groups)


def _is_word(tok: str) -> bool:
    return tok[0].isalnum() or tok[0] == "_"


def _definite(word: str) -> bool:
    return word.startswith(("ال", "وال", "بال", "فال", "كال", "لل"))


# Words a sentence may open on before its subject: "لكن الرئيس …", "أما السفير … فأدان".
_AR_OPENING_PARTICLES = frozenset(
    [
        "لكن",
        "ولكن",
        "اما",
        "واما",
        "الا",
        "غير",
        "بيد",
        "ان",
        "انه",
        "بينما",
        "فيما",
        "وفيما",
        "كما",
    ]
)


# Masculine past verbs whose root ends in ت (folded): "ولفت إلى" is he, not she ("لفتت").
_AR_T_ROOTS = frozenset(["لفت", "ثبت", "سكت", "صمت", "افت"])


def _ar_feminine_verb(written: str) -> bool:
    """A feminine singular verb (folded): past "أكدت", present "تؤكد" (not "تابع", a past فاعَل)."""
    verb = (written.split() or [written])[0]
    verb = verb[1:] if verb[:1] in "وف" and len(verb) > 3 else verb
    if verb.endswith(("وا", "ون")):
        return False
    return (verb.endswith("ت") and verb not in _AR_T_ROOTS) or (
        verb[:1] == "ت" and not (len(verb) == 4 and verb[1] == "ا")
    )


def _ar_plural_word(word: str) -> bool:
    """A folded noun that takes a plural verb: "المسوولين", "محللين", "دبلوماسيون", "شهود"."""
    if word[:1] == "و" and len(word) > 4 and _ar_plural_word(word[1:]):
        return True  # "ومسيولين"; but "وزراء" is a word of its own
    definite = word.startswith("ال")
    bare = word[2:] if definite else word
    if bare in _AR_PERSON_PLURALS or bare in _AR_QUANTIFIERS:
        return True
    if len(bare) < 5 or not bare.endswith(("ون", "ين")):
        return False
    # sound masculine plurals: definite ("المسوولين"), a participle ("مسلحون", "مراقبين") or a
    # nisba ("امنيين", "دبلوماسيون"); an indefinite name ("جونسون", "ياسين") is none of these
    return definite or bare.endswith(("يين", "يون")) or (bare[:1] == "م" and len(bare) >= 6)


# What a نشر that deploys sends out (folded): "نشرت الولايات المتحدة الأحد مقاتلات …", "ونشر الجيش
# قواته", "طلبت من الحلف نشر صواريخ «باتريوت»" (a weapon never publishes; a force only as the object
# after a subject, below).
_AR_DEPLOYED_ARMS = frozenset(
    ["مقاتلات", "طايرات", "صواريخ", "دبابات", "بطاريات", "بطاريه", "منظومه", "منظومات", "مدرعات"]
    + ["مدرعاته", "مدرعاتها", "اليات", "سفن", "بوارج", "حاملات", "قاذفات", "مروحيات", "زوارق"]
    + ["قناصه", "قناصين", "مراقبين", "حواجز", "جنودا", "جنوده", "جنودها", "قواته", "قواتها"]
    + ["قواتهم", "عناصره", "عناصرها", "وحداته", "وحداتها", "شرطيين", "عسكريين"]
)
_AR_DEPLOYED_FORCES = frozenset(["قوات", "جنود", "عناصر", "وحدات", "كتايب", "مقاتلين"])


def _ar_deploys(ahead: list[str]) -> bool:
    """Whether the words after a نشر name troops or weapons sent out before anything published
    (a video, a statement) or any speech ("أن", a colon, a quotation that is more than a name)."""
    for k, w in enumerate(ahead):
        if w in _AR_COMPLEMENTIZERS or w == ":" or w in _AR_PUBLISHED_OBJECTS:
            return False
        if w.startswith("ال") and w[2:] in _AR_PUBLISHED_OBJECTS:
            return False
        if w in _AR_DEPLOYED_ARMS or w.startswith("ال") and w[2:] in _AR_DEPLOYED_ARMS:
            return True
        # "نشرت الولايات المتحدة قوات": a bare force after a definite subject (not the subject
        # itself, "نشرت اليوم قوات النظام فيديو", nor a construct, "نشرت صفحات عناصر التنظيم صورا")
        if (
            w in _AR_DEPLOYED_FORCES
            and k > 0
            and _definite(ahead[k - 1])
            and ahead[k - 1] not in _AR_TIME
        ):
            return True
    return False


_AR_TALKED = frozenset(
    ["تحدث", "تحدثت", "تحدثوا", "تحدثا", "تحدثتا", "يتحدث", "تتحدث", "يتحدثون", "يتحدثان"]
)
_AR_TALK_TOPIC = frozenset(["حول", "بشان", "بخصوص", "فيه", "فيها"])
# "على حد تعبيره", "بحسب وصفهم", "على حد قولهم": his (their) words, the speaker a pronoun
_AR_HIS_WORDS = frozenset(
    ["قوله", "قولها", "قولهم", "تعبيره", "تعبيرها", "تعبيرهم", "زعمه", "زعمها", "زعمهم"]
    + ["وصفه", "وصفها", "وصفهم"]
)
# A recording whose contents a following present verb shows ("شريط مصور يوضح …", CONVENTIONS 14)
_AR_RECORDINGS = frozenset(
    ["فيديو", "شريط", "شريطا", "تسجيل", "تسجيلا", "مقطع", "مقطعا", "صور", "صورا", "صوره", "لقطات"]
    + ["مقاطع", "تسجيلات", "شرايط", "لقطه", "مشاهد"]
)
_AR_SHOWING = frozenset(
    ["يوضح", "توضح", "يبين", "تبين", "يكشف", "تكشف", "يظهر", "تظهر", "يؤكد", "تؤكد"]
    + ["يوكد", "توكد"]
)


class Attributor:
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

    def _en_embedded_speaker(
        self,
        before: list[tuple[int, int, str]],
        aux: int,
        after: list[tuple[int, int, str]],
        cue: Cue,
    ) -> tuple[int, int, int] | None:
        """ "that opposition groups say killed …", "who many critics say is …", "that Washington has
        blamed on …": a relative word, a short subject, the verb, then the gap of the relative clause
        (a finite verb). Returns where the relative word starts and the subject's span."""
        rel = None
        for r in range(aux, max(-1, aux - 6), -1):
            w = before[r][2]
            if not _is_word(w):
                break
            if w.lower() in {"that", "which", "who", "whom", "what"}:
                rel = r
                break
        k = 0
        while k < len(after) and _adverb(after[k][2]):
            k += 1
        gap = after[k][2] if k < len(after) else ""
        if rel is None and aux >= 2 and gap in _EN_GAP_VERBS:
            # "… locked in a civil war the UN says has killed …": no relative word, a determiner
            # opens the subject right after a noun
            for d in (aux - 1, aux - 2):
                if (
                    d >= 1
                    and before[d][2].lower() in {"the", "a", "an"}
                    and before[d - 1][2].islower()
                    and _is_word(before[d - 1][2])
                    and before[d - 1][2] not in _EN_CLAUSE_WORDS
                    and before[d - 1][2] not in _EN_CONNECTIVES
                    and before[d - 1][2] not in _EN_PLACE_PREPS | _EN_FRAME_PREPS
                    and before[d - 1][2] not in _EN_NP_WORDS
                    and not before[d - 1][2].endswith(("ed", "ing", "ly"))
                    and all(_is_word(t[2]) for t in before[d : aux + 1])
                ):
                    return before[d][0], before[d][0], before[aux][1]
            return None
        if rel is None or rel >= aux:
            return None
        then = after[k + 1][2].lower() if k + 1 < len(after) else ""
        if not (
            gap in _EN_GAP_VERBS
            or (gap.islower() and gap.endswith("ed") and gap not in _EN_NP_WORDS)
            or (cue.mode == "accused" and gap == "on")
            # "a campaign which locals have warned threatens to open the area up to …": a present
            # verb with "to" or an object after it
            or (
                gap.islower()
                and len(gap) > 4
                and gap.endswith("s")
                and not gap.endswith(("ss", "us", "is", "ions"))
                and gap not in _EN_NP_WORDS
                and then in {"to", "the", "a", "an", "its", "their", "his", "her"}
            )
        ):
            return None
        return before[rel][0], before[rel + 1][0], before[aux][1]

    def _en_frame_subject(self, start: int) -> bool:
        """Whether the word before a verb that opens a quotation can end its subject ("AFP also
        reports, "…"", "the page states, "…""), not make the verb a noun ("the reports", "the
        United States", "member states")."""
        before = [t[2] for t in self._toks(max(0, start - 40), start)][-1:]
        if not before or not _is_word(before[0]):
            return False
        w = before[0]
        return (
            w.lower() not in _EN_DETERMINERS
            and w.lower() not in _EN_NOUN_VERB_NOT_SUBJECT
            and w.lower() not in _EN_STATES_NOUN_BEFORE
            and not w.lower().endswith(("'s", "’s"))
            and not (w[:1].isupper() and w.lower() in {"united", "federated", "papal"})
        )

    def _en_after_noun(self, start: int) -> bool:
        before = [t[2] for t in self._toks(max(0, start - 30), start)][-1:]
        return bool(before) and (
            _is_word(before[0])
            and before[0].lower() not in _EN_MONTHS_DAYS
            and before[0].lower() not in {"while", "also", "and", "yesterday", "today"}
        )

    def _en_infinitive(self, start: int) -> bool:
        """A base form after "to", "and" or a modal ("would only confirm"): no report of its own."""
        before = [t[2] for t in self._toks(max(0, start - 40), start)]
        while before and (_adverb(before[-1]) or before[-1] == "only"):
            before.pop()
        return bool(before) and before[-1].lower() in _EN_BEFORE_INFINITIVE

    def _en_person_before(self, before: list[tuple[int, int, str]], k: int) -> bool:
        """A person as the subject ending at ``before[k]``: "he"/"she", a name inside the sentence
        ("Jebali suggested a cabinet of …", "Andrew Marr suggested the sweeteners were …") or a
        person's title ("One analyst suggested that …"); not "This suggests", "evidence suggests",
        "Figures suggest" (a capital that only opens the sentence)."""
        if k < 0:
            return False
        j = k  # where the subject starts: the capitalised run ending at k
        while j > 0 and _cap(before[j - 1][2]) and before[j - 1][2][:1].isalpha():
            j -= 1
        if j >= 1 and before[j - 1][2].lower() in {"that", "which", "as", "what"}:
            return False  # "the road that Mr Forsyth suggests", "as Lewis suggested": no content
        word = before[k][2]
        low = word.lower()
        if low in {"he", "she"} or low in _EN_PERSON_HEADS or low in {"analyst", "analysts"}:
            return True
        return (
            _cap(word)
            and word[:1].isalpha()
            and low not in _EN_DETERMINERS | _EN_PRONOUNS | _EN_CONNECTIVES | _EN_MONTHS_DAYS
            and low not in _EN_INSTITUTION_WORDS
            and (
                k >= 1
                and (_cap(before[k - 1][2]) or before[k - 1][2].lower() in _EN_PERSON_HEADS)
                and before[k - 1][2][:1].isalpha()
                # a name opening the sentence or a clause that the text writes after another
                # word too ("Prime Minister Hamadi Jebali … Jebali suggested …"; not "Iran's
                # acceleration of support for Assad suggests …")
                or (
                    k == 0
                    or not before[k - 1][2][:1].isalpha()
                    or before[k - 1][2] in _EN_CLAUSE_OPENERS
                )
                and re.search(r"(?<=[\w,] )" + re.escape(word) + r"\b", self.text) is not None
            )
        )

    def _en_document_ends(self, before: list[tuple[int, int, str]], k: int, nxt: str) -> bool:
        """A document closing the sentence as its source: "…, a survey suggests.", "… the
        war-battered country UN estimates suggest.", "…, figures compiled by the Tories suggest."
        (a study, poll or set of figures speaks for its findings, conventions EN-10 and AR-16); not
        "as the report suggests" nor "the road that the report suggests" (no content)."""
        if nxt not in {".", "!", ""} or k < 0:
            return False
        j = k
        while j >= 0 and k - j < 10 and before[j][2] not in {",", ";", ":", '"', "(", ")"}:
            low = before[j][2].lower()
            if low in {"that", "which", "as", "what", "this", "it", "these"}:
                return False
            if low in _EN_DOCUMENTS and low not in {"authors", "researchers", "commission"}:
                return not (j >= 1 and before[j - 1][2].lower() in {"as", "that", "which"})
            j -= 1
        return False

    def _en_noun_use(self, start: int, end: int) -> bool:
        """A verb form that is also a noun ("reports", "estimate") used as the noun: a verb opens a
        clause after a subject ("Analysts estimate that …", "rebels claim Iranian-backed … wants")."""
        before = [t[2] for t in self._toks(max(0, start - 60), start)][-3:]
        after = [t[2] for t in self._toks(end, min(len(self.text), end + 40))][:1]
        prev = before[-1] if before else ""
        nxt = after[0] if after else ""
        lp, ln, lw = prev.lower(), nxt.lower(), self.text[start:end].lower()
        if (
            (not nxt or nxt in ".;!")
            and lw.endswith("s")
            and (_cap(prev) or lp in _EN_NP_WORDS)
            and lp not in _EN_NOUN_VERB_NOT_SUBJECT
            and not (len(before) >= 2 and before[-2].lower() in _EN_DETERMINERS)
        ):
            return False  # "… the alleged attacks AFP news agency reports.": a trailing attribution
        if (
            not prev
            or prev in ".:;(!?"
            or not nxt
            or not _is_word(nxt)
            or lp in _EN_DETERMINERS
            or lp in _EN_CLAIMS_NOUN_BEFORE
            or lp in _EN_NOUN_VERB_NOT_SUBJECT
            or lp.endswith(("'s", "’s", "s'"))
            # "amid growing fears that …", "increased fears that …": an adjective before a plural
            or len(lp) > 5
            and lp.endswith(("ing", "ed"))
            and prev.islower()
            and lw.endswith("s")
        ):
            return True
        if (
            nxt.islower()
            and (ln.endswith("ed") or ln in {"is", "was", "are", "were", "has", "had"})
            and any(w.lower() in {"that", "which", "what"} for w in before)
        ):
            # "a massacre that the opposition claims killed hundreds", "what it claims is its attack"
            return False
        if ln in _EN_CLAIMS_NOUN_AFTER:
            return True
        if ln == "that" or ln == "to" and lw.startswith("claim"):
            return False  # not "the forensic report to ascertain …", "demands to gay rights"
        if len(before) >= 2 and before[-2].lower() in _EN_DETERMINERS:
            return True  # "an AFP report Monday", "the UN reports the …"
        return not (
            ln in _EN_DETERMINERS
            or ln in _EN_PRONOUNS
            or ln in {"responsibility", "credit"}
            or _cap(nxt)
            or nxt[:1].isdigit()
        )

    def _ar_out_of_context(self, start: int, end: int) -> bool:
        """Whether an Arabic cue word that is a report only in context is not one here."""
        text = self.text
        word = text[start:end]
        if word[:1] in "وف" and word[1:] in AR_CUESET.word_info:
            word = word[1:]
        if text[start:end] in {"ودع", "ودعت", "ودعوا"}:
            # "ودعت موكب الوالد جموع غفيرة": ودّع (bade farewell), not و + دعا, when nothing that one
            # calls for (إلى, لـ, أن, a colon or a quotation) follows in the sentence
            rest = text[end : end + 200].split("\n", 1)[0].split()[:25]
            if not any(
                (w == "الي" and rest[k + 1 : k + 2] != ["مثواه"])  # "إلى مثواه الأخير"
                or w in {"ان", "بان", ":"}
                or (w.startswith("ل") and len(w) > 3)
                or w[:1] in _OPEN_QUOTES
                or w.endswith(":")
                for k, w in enumerate(rest)
            ):
                return True
        if word in {"وثق", "وثقت", "وثقوا"} and text[end : end + 8].split()[:1] in (
            ["به"],
            ["بها"],
            ["بهم"],
            ["في"],
            ["فيه"],
            ["فيها"],
        ):
            return True  # "وثق به قادته": trusted, not documented
        if (
            word in {"نشر", "كشف"}
            and text[max(0, start - 12) : start].split()[-1:]
            and text[max(0, start - 12) : start].split()[-1] in _AR_BEFORE_MASDAR
        ):
            # "عبر كشف طرق استخدام …", "مجلة هدفها نشر «التفسير الصحيح»": the verbal noun (spelt as
            # the verb), what something does, not a report
            return True
        if word in _AR_NEEDS_CONTENT:
            seg = text[end : end + 120]
            cut = re.search(r"[،,.؛!?؟\n]", seg)
            clause = seg[: cut.start()] if cut else seg
            words = clause.split()[:12]
            # "وأبان العميد عطيه, أن …": أن right after the comma that ends the speaker
            after_comma = seg[cut.end() :].split()[:1] if cut and seg[cut.start()] in "،," else []
            return not (
                any(w in _AR_COMPLEMENTIZERS or w[:1] in _OPEN_QUOTES for w in words)
                or (":" in clause and len(clause[: clause.index(":")].split()) <= 10)
                or (len(words) <= 8 and bool(after_comma) and after_comma[0] in _AR_COMPLEMENTIZERS)
            )
        if word in {"اثني", "يثني", "تثني"} and text[end : end + 8].split()[:1] in (
            ["عشر"],
            ["عشره"],
        ):
            return True  # "اثني عشر": twelve
        if word in _AR_NEEDS_LINK:
            links = _AR_NEEDS_LINK[word]
            if (
                "الي" in links
                and "None" not in links
                and text[end : end + 20].split()[:1] == ["الي"]
            ):
                return True  # "فيما أرجع إلى تقييمات …": the passive أُرجع, nobody named
            if text[end : end + 20].split()[:1] in (
                ["فيه"],
                ["فيها"],
                ["البصر"],
            ) or _AR_IN_CONTENT.search(text, max(0, start - 20), start):
                # "مقالا … لمح فيه إلى …" (the article's writer, not named here), "يتعمد أن ينبه
                # الكونغرس بأن …" (a purpose, not a report), "قالوا إنهم لا يستبعدون …" (the words
                # of the speaker already named)
                return True
            clause = re.split(r"[،,.:؛!?؟\n]", text[end : end + 160], maxsplit=1)[0].split()[:14]
            return not any(
                w in links
                or ("None" in links and (w in _AR_COMPLEMENTIZERS or w[:1] in _OPEN_QUOTES))
                or (
                    "ب" in links
                    and w[:1] == "ب"
                    and len(w) > 4
                    and not w.startswith(_AR_NOT_THREAT)
                )
                for w in clause
            )
        if word in _AR_COMMENTED:
            # "علق X على Y بأن / بقوله: …", "وعلق X: «…»": a comment with its words
            sentence = re.split(r"[.؛!?؟\n]", text[end : end + 300], maxsplit=1)[0]
            words = sentence.split()
            ala = next((k for k, w in enumerate(words[:9]) if w == "علي"), None)
            colon = next((k for k, w in enumerate(words[:7]) if ":" in w), None)
            if (ala is None and colon is None) or (
                words[:1] and words[0][:1] == "ب" and words[0] not in {"بقوله", "بالقول"}
            ):
                return True  # "آثار سلبية علقت بالشعب": stuck to
            rest = words[(ala if ala is not None else colon) :][:25]
            return not (
                colon is not None
                or any(
                    ":" in w
                    or w[:1] in _OPEN_QUOTES
                    or w in _AR_COMPLEMENTIZERS
                    or w.strip("،,") in {"بقوله", "بالقول", "قايلا", "قايله"}
                    for w in rest
                )
            )
        if word in _AR_RULED_OUT:
            if _AR_IN_CONTENT.search(text, max(0, start - 20), start):
                return True
            nxt = text[end : end + 20].split()[:1]
            before = text[max(0, start - 8) : start].split()[-1:]
            return nxt in (["من"], ["فيه"], ["فيها"], ["عن"], ["منه"], ["منها"]) or before in (
                ["تم"],
                ["وتم"],
            )
        if word in _AR_NEEDS_BIQAWL:
            # "ورد خامنئي بالقول: …", "رد الجبير بقوله: «…»", "ورد نور قائلا: …": the manner after
            # the subject (not "رد الجيش على القصف"; "فرد عليه شمس قائلا" is left alone: the subject
            # would take عليه)
            seg = text[end : end + 80]
            cut = re.search(r"[،,.؛!?؟:\n]", seg)
            words = (seg[: cut.start()] if cut else seg).split()[:5]
            k = next((k for k, w in enumerate(words) if w in _AR_BIQAWL), None)
            return k is None or (
                words[k] != "بالقول" and bool({"علي", "عليه", "عليها", "عليهم"} & set(words[:k]))
            )
        if word in _AR_NEEDS_BLAME:
            words = re.split(r"[.؛!?؟\n]", text[end : end + 160], maxsplit=1)[0].split()[:14]
            return not any("مسووليه" in w for w in words[1:])
        if text[start:end] in {"وبين", "فبين"}:
            # "وبين أن وجودهم …" (بيّن, explained); بين is otherwise "between"
            if text[end : end + 30].split()[:1] in (["ان"], ["انه"], ["انها"], ["بان"]):
                return False
            # "وبين المعايطة أن …", "وبين الدكتور باعشن، أن …": a short subject, then أن (not "وبين
            # نفسي أن", "وبين ما يمكن أن", "وبين الرئيس السابق، إلا أنه")
            words = re.split(r"[.:؛!?؟\n]", text[end : end + 60], maxsplit=1)[0].split()[:5]
            for k, w in enumerate(words):
                if w.strip("،,") in ("ان", "انه", "انها", "بان", "بانه", "بانها"):
                    head = [x.strip("،,") for x in words[:k]]
                    return not (
                        1 <= k <= 3
                        and all(x[:1] != "و" or x in _AR_PERSON_HEADS for x in head[1:])
                        and not set(head) & {"نفسي", "نفسه", "نفسها", "ما", "الا", "يديه"}
                        and "،" not in "".join(words[: k - 1])
                    )
            return True
        if word == "بين":
            return True
        if word in _AR_NEEDS_DEMAND:
            words = re.split(r"[.؛!?؟\n]", text[end : end + 200], maxsplit=1)[0].split()[:25]
            return not any(_AR_DEMAND.match(w.lstrip("و")) for w in words)
        if word in _AR_SENT:
            # "وبعث نتنياهو رسالة علنية الى …", "ووجه الرئيس أوباما رسالة قاسية الى …", "بعث برسالة":
            # the letter within the first words; not "أرسل رسالة SMS", "أرسلت إليه عدة رسائل نصية"
            # (nor inside another's clause: "وعلمت الشروق بأن مسعد أرسل خطابا", "غير أن الجيش بعث
            # برسالة تقول …")
            # (nor a message sent by a deed: "وجهت جبهة النصرة رسالة شديدة اللهجة للفصائل …،
            # باعتقالها قائد …")
            if word in _AR_ADDRESSING and text[max(0, start - 12) : start].split()[-1:] in (
                ["في"],
                ["علي"],
                ["من"],
                ["اي"],
                ["واي"],
            ):
                return True  # "وقف في وجه …", "على وجه …", "وأي وجه لهذا السؤال": the noun
            addressing = word in _AR_ADDRESSING
            before = re.split(r"[.:!?؟\n]", text[max(0, start - 120) : start])[-1].split()
            words = re.split(r"[،,.:؛!?؟\n]", text[end : end + 120], maxsplit=1)[0].split()
            words = words[: 9 if addressing else 6]
            # "ووجه زعيم الحزب المقرب من الأكراد نداء جديدا إلى …", "ووجه انتقادات حادة إلى …": what
            # one addresses to someone is said, not only a letter
            letter = _AR_ADDRESSED if addressing else _AR_LETTER
            k = next((k for k, w in enumerate(words) if letter.match(w)), None)
            sentence = re.split(r"[.:!?؟\n«\"“]", text[end : end + 250], maxsplit=1)[0]
            if addressing and k is not None:
                # "ووجهت إليه اتهامات", "وُجهت انتقادات": a passive, nobody named
                return (
                    any(_AR_RESUMPTIVE_PP.fullmatch(w) for w in words[:k])
                    or (k == 0 and (word == "وجهت" or words[0] in _AR_ADDRESSED_NOMINATIVE))
                    or (k > 0 and (words[0] in _AR_PREPS or words[0].startswith("ل")))
                    # "وجه المركب نداء استغاثة": a distress call, not a statement
                    or words[k + 1 : k + 2] == ["استغاثه"]
                    or _AR_BY_DEED.search(sentence) is not None
                    or any(w in _AR_COMPLEMENTIZERS for w in words[:k])
                    or any(w in _AR_COMPLEMENTIZERS or w in _AR_RELATIVE for w in before)
                )
            return (
                k is None
                or words[k + 1 : k + 2] in (["SMS"], ["نصيه"])
                or _AR_BY_DEED.search(sentence) is not None
                or any(w in _AR_PREPS or w in _AR_COMPLEMENTIZERS for w in words[:k])
                or any(w in _AR_COMPLEMENTIZERS or w in _AR_RELATIVE for w in before)
            )
        if word.lstrip("وف") in _AR_TRADED:
            # "تبادلت الحكومة السورية والمعارضة الاتهامات", "يتبادلان الاتهامات", "وتبادل طرفا النزاع
            # الاتهامات"; not "تبادل الأسرى", "تبادل إطلاق النار", nor inside another's clause ("قالت
            # الصحيفة إن النظام والمعارضة، تبادلا الاتهام", "الهجوم الذي تبادلت حوله الاتهامات")
            words = re.split(r"[،,.:؛!?؟\n]", text[end : end + 120], maxsplit=1)[0].split()[:8]
            before = re.split(r"[.:!?؟\n]", text[max(0, start - 120) : start])[-1].split()
            return not any(w in _AR_TRADED_CHARGES for w in words) or any(
                w in _AR_COMPLEMENTIZERS or w in _AR_RELATIVE for w in before
            )
        if word in _AR_FEARED:
            # "وتخشى إسرائيل أن …", "ويتخوف معارضون سوريون من أن …", "ويخشى كثيرون منهم من احتمال
            # أن …": the one who fears named right after the verb, then (من) أن (CONVENTIONS 22); not
            # "يخشى عقاب والده" (a thing feared), "لأنه يخشى أن …" (a reason), a relative clause
            # ("تركيا التي تخشى أن", "التنظيمات … التي تخشى تركيا أن"), "ويتخوف من أن …" (nobody
            # named), "لم يكن يخشى تدمير المفاوضات … إن شعر" (a condition)
            if (
                _AR_IN_CONTENT.search(text, max(0, start - 20), start)
                or text[max(0, start - 12) : start].split()[-1:] in _AR_RELATIVE_BEFORE
            ):
                return True
            words = re.split(r"[،,.:؛!?؟\n«\"“]", text[end : end + 120], maxsplit=1)[0].split()[:9]
            k = next((k for k, w in enumerate(words) if w in _AR_COMPLEMENTIZERS), None)
            if k is None:
                return True
            head = words[:k]
            if head[-2:] == ["من", "احتمال"]:
                head = head[:-2]
            elif head[-1:] == ["من"]:
                head = head[:-1]
            return not (
                1 <= len(head) <= 6 and not any(w in _AR_PREPS or w in _AR_RELATIVE for w in head)
            )
        if word in _AR_REJECTED:
            # "ورفض رئيس الوزراء التركي اتهامات لبلاده …", "رفض روحاني المزاعم الأميركية": a charge
            # as the object; not "رفضت الحكومة التعليق على ادعاءات …", "رفض الكشف عن هويته لوكالة
            # الأنباء" (CONVENTIONS 21)
            words = re.split(r"[،,.:؛!?؟\n]", text[end : end + 120], maxsplit=1)[0].split()[:8]
            k = next((k for k, w in enumerate(words) if _AR_CHARGES.match(w)), None)
            return k is None or any(
                w in _AR_COMMENT or w in _AR_PREPS or w in {"تاكيد", "الافصاح", "عن"}
                for w in words[:k]
            )
        if word in _AR_NEEDS_COMMENT:
            sentence = re.split(r"[.؛!?؟\n]", text[end : end + 200], maxsplit=1)[0]
            words = sentence.split()[:14]
            k = next(
                (k for k, w in enumerate(words[:-1]) if w == "عن" and words[k + 1] in _AR_COMMENT),
                None,
            )
            if k is None:
                return True
            # "وامتنعت وزارة الدفاع عن التعقيب "لأسباب تتعلق بالعمليات الأمنية"": the refusal gives
            # its words or a reason; a bare "امتنعت الوزارة عن التعليق" is the outlet's note
            # (CONVENTIONS 8, like "لم يرد تعليق").
            rest = sentence[sentence.find(words[k + 1]) + len(words[k + 1]) :]
            return not (
                any(c in rest for c in _ANY_QUOTE + ":")
                or any(w.strip("،,").lstrip("و") in _AR_REFUSAL_REASONS for w in rest.split()[:8])
            )
        if word in {"يعتبر", "تعتبر"}:
            # "ويعتبر الجناح المسلح لحزب الله هو الأقوى": يُعتبر "is considered" (the outlet's
            # background, like يعد); "ويعتبر الخبراء أن …" has its أن
            parts = re.split(r"([،,.:؛!?؟\n])", text[end : end + 120], maxsplit=1)
            seg = parts[0].split()[:10]
            if (
                len(parts) == 3
                and parts[1] in "،,"
                and parts[2].split()[:1]
                and parts[2].split()[0] in _AR_COMPLEMENTIZERS - {"لان", "فانه", "فانها", "فانهم"}
            ):
                # "ويعتبر المسيحيون في الأكثرية والمعارضة، أن …": the subject set off by a comma
                return False
            return not any(w in _AR_COMPLEMENTIZERS or w[:1] in _OPEN_QUOTES for w in seg)
        if word in {"نسبته", "نسبتها", "نسبوه", "نسبوها"}:
            # "هجوم نسبته السلطات إلى التمرد": blame laid by a named subject; not "تمت نسبته إلى"
            if text[max(0, start - 8) : start].split()[-1:] in (["تمت"], ["تم"]):
                return True
            return "الي" not in text[end : end + 80].split()[1:5]
        if word in {"نسب", "نسبت", "نسبوا"}:
            # "نسبت هيئة أركان الجيش التركي الهجوم إلى «المنظمة …»", "ونسب رئيس الوزراء أحمد داود
            # أوغلو بوضوح الهجوم إلى التنظيم": the blamer named after the verb, then the deed, then
            # إلى; not the passive "ونُسب الهجوم إلى …", "نسبت أيضا إلى …", "الهجوم الذي نسب الاثنين
            # الماضي إلى …", "ما نسب إليه", "نُسب المنتمون إليه إلى جدهم" (lineage), nor "مراعاة نسب
            # الثلث إلى الثلثين" (ratios)
            before = text[max(0, start - 12) : start].split()[-1:]
            if before in _AR_RELATIVE_BEFORE or before in (["تم"], ["تمت"], ["ما"], ["مما"]):
                return True
            words = re.split(r"[،,.:؛!?؟\n]", text[end : end + 120], maxsplit=1)[0].split()[:9]
            k = next((k for k, w in enumerate(words) if w == "الي"), None)
            return (
                k is None
                or k < 2
                or words[0] in _AR_BLAMED_DEEDS
                or any(
                    w in _AR_PREPS or w in _AR_COMPLEMENTIZERS or w in {"اليه", "اليها", "اليهم"}
                    for w in words[:k]
                )
            )
        if word == "تناولت":
            # "تناولت الصحيفة البريطانية، خبر …", "وتناولت صحيفة الإندبندنت في افتتاحيتها وفاة …": one
            # paper covering a story, at the start of its clause; not "تناولت المباحثات …", "تناولت
            # الصحف العالمية عدداً من الأخبار" (the review's overview), "في الوقت الذي تناولت فيه
            # أخرى …", "فتناولت مجلة «الاثنين»" (picked up), "بهذا العنوان تناولت …", nor a paper's
            # line that leads to a headline ("تناولت صحيفة «الخليج» عنواناً", "… الملف السوري
            # بعنوان: …": the headline is the paper's quote)
            words = re.split(r"[.:؛!?؟\n]", text[end : end + 160], maxsplit=1)[0].split()[:12]
            lead = text[max(0, start - 20) : start].rstrip(" ")
            return not (
                text[start] != "ف"
                and (
                    text[start] == "و"
                    or lead[-1:] in {"", "\n", ".", "،", ",", "/"}
                    or lead.split()[-1:] in (["بدورها"], ["وبدورها"], ["جانبها"], ["جهتها"])
                )
                and len(words) > 1  # "تناولت صحيفة" and its name on the next line: a header
                and words[0].removeprefix("ال") in {"صحيفه", "جريده", "مجله"}
                and not any(w.strip("،,").startswith(("عنوان", "بعنوان")) for w in words)
            )
        if word in _AR_NEEDS_THREAT:
            # the threat within the next few words: "هددت المعارضة بالانسحاب", "هدد أمس بشن …"
            words = re.split(r"[،,.؛!?؟\n]", text[end : end + 80], maxsplit=1)[0].split()[:5]
            before = text[max(0, start - 8) : start].split()[-1:]
            if before and before[0].lstrip("و") in {"الذي", "التي", "مما", "ما", "لا"}:
                return True  # "الخطر الذي يهدد بانهيار …": a danger, not a speaker
            # (a short threat too: "بينما هدد حزب العمال الكردستاني بقطع الهدنة", "هددت إسرائيل بضرب
            # سوريا", "هدد بشن"; not "بشار", "بشدة")
            return not any(
                w[:1] == "ب"
                and (len(w) > 3 or w == "بشن")
                and w not in {"بشار", "بشده"}
                and not w.startswith(_AR_NOT_THREAT)
                for w in words
            )
        if word in _AR_NEEDS_PROMISE:
            # "ووعد داود أوغلو بتعزيز الإجراءات الأمنية", "وعدت الوزارة بأن توضح …"; not "وعد بلفور"
            # (the noun), "وعدت إليه" (and I returned)
            clause = re.split(r"[،,.:؛!?؟\n]", text[end : end + 120], maxsplit=1)[0].split()[:8]
            return not any(
                w in _AR_COMPLEMENTIZERS
                or (w[:1] == "ب" and len(w) > 4 and not w.startswith((*_AR_NOT_THREAT, "بلفور")))
                for w in clause
            )
        if word in _AR_DECLARING:
            # "أعلن المتطرفون قيامها", "وأعلنت السلطات الحداد / حالة الطوارئ": a proclamation is an
            # act, a decision the outlet reports (CONVENTIONS 15), unless it states something (أن …)
            clause = re.split(r"[،,.:؛!?؟\n]", text[end : end + 120], maxsplit=1)[0].split()[:12]
            if any(w in _AR_COMPLEMENTIZERS or w[:1] in _OPEN_QUOTES for w in clause):
                return False
            return any(
                w in _AR_PROCLAIMED
                or (w in {"حاله", "الحاله"} and clause[k + 1 : k + 2] in (["الطواري"], ["الطوارئ"]))
                for k, w in enumerate(clause[:5])
            )
        if word in _AR_DOCUMENTED_MONEY_VERBS:
            # "رصدت وزارة الخارجية مكافأة قدرها 7 ملايين دولار", "رصد مبلغ …": allocated, not recorded
            words = text[end : end + 80].split()[:5]
            return any(_AR_ALLOCATED.match(w) for w in words)
        if word in _AR_NEEDS_ALA:
            return "علي" not in text[end : end + 60].split()[:4]
        if word in _AR_NEEDS_RENEWED:
            words = text[end : end + 80].split()[:4]
            if any(_AR_RENEWED.match(w.lstrip('"«“')) for w in words):
                return False
            # "جدد معاذ الخطيب، رئيس الائتلاف السوري المعارض، عرضه بالحوار", "وجدد باهجة لي، خلال
            # حديثه إلى أعضاء الحركة، موقف حزبه": the renewed offer or position right after a subject
            # or an occasion set off by commas
            clause = re.split(r"[.:؛!?؟\n]", text[end : end + 200], maxsplit=1)[0]
            parts = re.split(r"[،,]", clause)
            return not any(_AR_RENEWED.match(w) for part in parts[1:4] for w in part.split()[:1])
        if word in _AR_AGREED:
            if text[max(0, start - 12) : start].split()[-1:] in (["الجميع"], ["والجميع"], ["الكل"]):
                return True  # "والجميع أجمع على أن …": nobody named (CONVENTIONS 22, a vague group)
            clause = re.split(r"[.:؛!?؟\n]", text[end : end + 120], maxsplit=1)[0]
            words = [w.strip("،,–-") for w in clause.split()[:10]]
            return not any(
                w == "علي" and words[k + 1 : k + 2] and words[k + 1] in _AR_COMPLEMENTIZERS
                for k, w in enumerate(words)
            )
        if word in _AR_NEEDS_REAFFIRM:
            words = re.split(r"[،,.:؛!?؟\n]", text[end : end + 80], maxsplit=1)[0].split()[:4]
            return not any(w in {"تاكيد", "التاكيد"} for w in words)
        return False

    def _ar_participle_adjective(self, start: int, end: int) -> bool:
        """Whether a participle cue word is an adjective or a noun here, not the speaker's "…، مؤكدا أن":
        right after a preposition ("على مطالبة الحزب", "في لافتة"), a number ("431 متهما") or "غير"
        ("غير مؤكدة"); or, feminine, right after an indefinite feminine or plural noun it agrees with
        ("معلومات مؤكدة", "حراسة مشددة", "خطوة لافتة") when no أن, colon or quotation opens in the next
        words (a participle that goes on with the speaker follows a definite word, a name or a verb:
        "…الغارات الجوية مشيرة إلى أن", "دمشق مؤكدة أن")."""
        text = self.text
        if start < 2 or text[start - 1] != " " or not text[start - 2].isalnum():
            return False
        prev = text[max(0, start - 30) : start].split()[-1]
        if prev == "غير":
            return True  # "تقارير غير مؤكدة قد أفادت بأن …"
        after = re.split(r"[،,.؛!?؟\n]", text[end : end + 60], maxsplit=1)[0].split()[:3]
        if any(w in _AR_COMPLEMENTIZERS or ":" in w or w[:1] in _OPEN_QUOTES for w in after):
            return False  # "فرد عليّ قائلا: …", "حصل مشيرة إلى أن …": the speaker's words follow
        if (
            prev in _AR_PREPS
            # a count, not a year ("أحال 41 متهماً"; "في عام 2014 مشيداً بجهود …" is the speaker's)
            or (prev.isdigit() and not (len(prev) == 4 and prev[:2] in {"19", "20"}))
        ):
            return True
        word = text[start:end]
        return (
            word.endswith("ه")
            and len(prev) >= 4
            and prev.endswith(("ه", "ات"))
            and not prev.endswith(("ها", "ته"))  # "موقفها", "حكومته": definite by the pronoun
            and not prev.startswith(("ال", "وال", "بال", "لل", "فال", "كال"))
        )

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

    # ------------------------------------------------------------------ speakers
    def _en_after_content_verb(self, start: int, end: int) -> int:
        """ "Air raids on … Aleppo killed 13 civilians Monday the Observatory said", "… damage to the
        locals houses and other properties SANA quoted …": with the commas lost, a speaker span that
        holds the content's own verb starts at the noun phrase closing it."""
        text = self.text
        verbs = list(_EN_CONTENT_VERB.finditer(text, start, end))
        if not verbs:
            return start
        v = verbs[-1]
        lead = text[start : v.start()].split()
        if not lead or lead[-1].lower() in _EN_DETERMINERS | {"those", "these", "of"}:
            return start  # "one of the wounded", "Those killed overnight"
        toks = [t for t in self._toks(v.end(), end) if _is_word(t[2])]
        for k in range(len(toks) - 1, 0, -1):
            if toks[k][2].lower() in {"the", "a", "an"}:
                if len(toks) - k <= 6 and all(_cap(t[2]) or t[2].islower() for t in toks[k + 1 :]):
                    return toks[k][0]  # "… 56 people the broadcaster"
                break
        caps = len(toks)
        while caps > 0 and _cap(toks[caps - 1][2]) and not toks[caps - 1][2][:1].isdigit():
            caps -= 1
        if (
            1 < caps < len(toks)
            and toks[caps - 1][2].islower()
            and (toks[caps - 1][2] not in _EN_CITED_STOPS)
        ):
            return toks[caps][0]  # "… and other properties SANA"
        return start

    def _en_after_object(self, start: int, end: int) -> int:
        """With the commas lost, the object of the content's last preposition runs into the speaker:
        "… in the summer of 2012 Abdul Rahman added", "… but on Wednesday Mr Straw said", "… near
        Damascus British Foreign Secretary William Hague said", "… in Syria member of the Kurdish
        National Council Mustafa Sino said", "… the central city of Homs state television reported".
        A date, or a gazetteer place, that is a preposition's object is no part of the speaker after
        it, when what follows opens a noun phrase of its own: an article, a source word ("local",
        "activist", "state"), a lowercase title before a name, or (right after the preposition, or a
        wire agency) a capitalised name. Not a title's place ("UNHCR representative in Lebanon Ninette
        Kelley", "the secretary general of the Gulf Cooperation Council", "a defence expert at Abu
        Dhabi arms fair"): "of" cuts only after a place noun ("the city of Homs") or before a date.
        Where the speaker starts."""
        toks = self._toks(start, end)
        if len(toks) < 2:
            return start
        prev = self._toks(max(0, start - 40), start)[-2:]
        for j in range(len(toks) - 1):
            before = prev if j == 0 else ([*prev, *toks[:j]])[-2:]
            if not before or before[-1][2].lower() not in _EN_OBJECT_PREPS:
                continue
            prep = before[-1][2].lower()
            head = before[-2][2].lower() if len(before) > 1 else ""
            if head in _EN_TITLE_HEADS:
                continue
            k = j + 1 if toks[j][2].lower() == "the" else j
            after = None
            dated = False
            if k < len(toks) - 1 and (
                toks[k][2].lower() in _EN_MONTHS_DAYS or _EN_YEAR.fullmatch(toks[k][2])
            ):
                # "on Wednesday", "on March 22", "of 2012": the date
                after, dated = k + 1, True
                while after < len(toks) and (
                    toks[after][2].isdigit() or toks[after][2].lower() in _EN_MONTHS_DAYS
                ):
                    after += 1
            elif prep != "of" or head in _EN_PLACE_NOUNS:
                if k > j and toks[k][2] in _EN_COMPASS_POINTS:
                    after = k + 1  # "… infiltrated from the south Xelil said"
                while k < len(toks) - 1 and toks[k][2].lower() in _EN_COMPASS_BEFORE_PLACE:
                    k += 1  # "in Northern Homs", "in western Aleppo"
                if (
                    after is None
                    and _cap(toks[k][2])
                    # (not an abbreviation, a modifier: "the US State Department", "at US telecoms
                    # firm WorldCom"; nor "the West Country")
                    and not toks[k][2].isupper()
                    and toks[k][2].lower() not in _EN_COMPASS_POINTS
                ):
                    place = _en_place_end(toks, k, len(toks) - 1)
                    if place is not None and _en_place_end(toks, place, len(toks) - 1) is None:
                        after = place  # (not "in Hama Aleppo": a second place)
            if after is None or after >= len(toks):
                continue
            nxt = toks[after][2]
            low = nxt.lower()
            rest = toks[after:]
            if (
                low in {"the", "a", "an", "state"}
                or low in _EN_SOURCE_LEADS
                or nxt.islower()
                and nxt.isalpha()
                and low not in _EN_PLACE_NOUNS
                and low not in _EN_OBJECT_PREPS | _EN_PLACE_PREPS | {"and", "or", "for"}
                and low not in _EN_DAY_PARTS
                # (after a date any noun: "… on December 23 diplomats said")
                and (dated or any(_cap(t[2]) and t[2][:1].isalpha() for t in rest[1:]))
                or _cap(nxt)
                and nxt[:1].isalpha()
                and low not in _EN_MONTHS_DAYS
                and (j == 0 or rest[-1][2] in _EN_WIRE_AGENCIES or rest[-1][2] == "FNA")
            ):
                return toks[after][0]
        return start

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

    def _en_strip_frame(self, start: int, end: int) -> int:
        """Where the name starts after a leading frame whose comma was lost: "In a statement the
        military", "In October Tory leader Michael Howard", "In a video statement Ahrar al-Sham"."""
        toks = [t for t in self._toks(start, end) if _is_word(t[2])]
        while toks and (toks[0][2].lower() in _EN_CONNECTIVES or toks[0][2].lower() == "even"):
            toks = toks[1:]  # "Even in the early days of the assault residents said"
        if len(toks) < 3 or toks[0][2].lower() not in _EN_FRAME_PREPS:
            return start
        for k in range(2, len(toks)):
            if toks[k][2].lower() in {"the", "a", "an"} and toks[k - 1][2].lower() not in {
                "of",
                "in",
                "on",
                "at",
                "for",
                "from",
                "to",
                "with",
            }:
                return toks[k][0]
        for t in toks[2:]:
            if _cap(t[2]) and t[2].lower() not in _EN_MONTHS_DAYS and t[2][:1].isalpha():
                return t[0]
        return start

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

    def _ar_speaker_after(
        self, pos: int, limit: int, mode: str
    ) -> tuple[int, int, int, bool, bool]:
        """VSO: the speaker after an Arabic verb.

        Returns (start, end, content_start, retro, direct): an empty span with ``direct`` means a pronoun
        subject ("وأضاف أن", "وأشار إلى أن"); an empty span without it means the verb reports nothing here
        ("نشر على مواقع التواصل")."""
        toks = self._toks(pos, limit)
        verb = "".join(self.text[max(0, pos - 20) : pos].split()[-1:])
        if verb in _AR_ADDRESSING or (verb[:1] in "وف" and verb[1:] in _AR_ADDRESSING):
            # "ووجه زعيم حزب الشعوب الديمقراطي نداء جديدا": the subject ends before what is addressed
            k = next((k for k, t in enumerate(toks[:9]) if _AR_ADDRESSED.match(t[2])), None)
            if k is not None and all(
                t[2] in {"اكثر", "من", "عده", "امامه", "امامها", "امامهم"} for t in toks[:k]
            ):
                # "ووجه الشكر لدولة قطر", "وهو وجه أكثر من تحذير", "ووجه أمامه اتهاما": a pronoun
                # subject, what is addressed right after the verb
                return pos, pos, toks[0][0], False, True
            if k is not None:
                toks = toks[:k]
        elif "".join(self.text[max(0, pos - 20) : pos].split()[-1:]).lstrip("وف") in (
            _AR_NEEDS_REAFFIRM | _AR_NEEDS_RENEWED
        ):
            # "وأعاد جون كيري التأكيد أنه …", "وجدد الوزير التأكيد على …": the subject ends before the
            # renewed confirmation (its object)
            k = next(
                (k for k, t in enumerate(toks[:6]) if k and t[2] in {"تاكيد", "التاكيد"}), None
            )
            if k is None:
                # "جدد عمرو موسى رئيس الحزب، أحد قادة الجبهة، التأكيد على …", "جدد معاذ الخطيب، رئيس
                # الائتلاف، عرضه بالحوار": the renewed thing right after a comma ends the subject
                k = next(
                    (
                        k - 1
                        for k, t in enumerate(toks[:30])
                        if k > 1 and toks[k - 1][2] in "،," and _AR_RENEWED.match(t[2])
                    ),
                    None,
                )
            if k is not None:
                toks = toks[:k]
        retro = resumed = False
        i = 0
        while i < len(toks) and (
            toks[i][2] in _AR_RESUMPTIVE
            or toks[i][2] in _AR_RETRO
            or toks[i][2] in _AR_TIME
            or toks[i][2] in _AR_ADVERBS  # "أعربوا علناً عن …": a pronoun subject
            or (
                i > 0 and toks[i][2] in "،," and toks[i - 1][2] in _AR_TIME
            )  # "أفاد أمس الخميس، بأن"
            or (i > 0 and toks[i][2] == "الاول" and toks[i - 1][2] == "امس")  # "أمس الأول"
            # "الذي دعا إليه الرئيس", "بحسب ما ينص عليه الاتفاق": a pronoun back to the noun before
            or (i == 0 and toks[i][2] in _AR_RESUMPTIVE_PREPS)
            # "وقال رغم ذلك إن …": a frame between the verb and what was said
            or (toks[i][2] in {"رغم", "برغم"} and i + 1 < len(toks) and toks[i + 1][2] == "ذلك")
            or (i > 0 and toks[i][2] == "ذلك" and toks[i - 1][2] in {"رغم", "برغم"})
            # "وأكد عليها مرة أخرى في …": again
            or (toks[i][2] == "مره" and i + 1 < len(toks) and toks[i + 1][2] in {"اخري", "ثانيه"})
            or (i > 0 and toks[i][2] in {"اخري", "ثانيه"} and toks[i - 1][2] == "مره")
        ):
            if toks[i][2] in _AR_RETRO and not (i > 0 and toks[i - 1][2] in {"رغم", "برغم"}):
                retro = True
            resumed = resumed or toks[i][2] in _AR_RESUMPTIVE_PREPS
            i += 1
        if (
            i + 1 < len(toks)
            # "صحتها", "صحته" (not "جلالة"/"نائبة": a folded ة is an ه too)
            and toks[i][2].endswith(("ها", "هم", "هما", "ته"))
            and len(toks[i][2]) > 3
            and not toks[i][2].startswith("ال")
            and not _ar_kin_word(toks[i][2])  # "وقالت شقيقتها الناشطة …": the sister speaks
            and (
                toks[i + 1][2] in _AR_ANON or toks[i + 1][2].removeprefix("ال") in _AR_PERSON_HEADS
            )
        ):
            # "هذه المعلومات أكد صحتها مصدر في الجيش الحر": the object (with a pronoun back to the
            # fronted topic) comes before the speaker.
            i += 1
        if i >= len(toks):
            return pos, pos, pos, retro, False
        if resumed and (
            toks[i][2] in _AR_PREPS
            or toks[i][2][:1] in _OPEN_QUOTES
            # "وقالت منهم لله", "تحدث اليه غاضبا مما …": a phrase with ل or a manner (فاعلاً،
            # مُفعِلاً) after the resumptive, not a subject
            or (
                toks[i][2].startswith("ل")
                and toks[i][2] not in {"لواء", "لجنه", "لجان"}
                and not self._ar_l_name(toks[i][2])
            )
            or _ar_manner_accusative(toks[i][2])
        ):
            # "وأكد عليها مرة أخرى في مؤتمر مدريد": the subject is the pronoun; 'كتب عليه “…”': what
            # was written on it
            return pos, pos, toks[i][0], retro, True
        if toks[i][2] in _AR_SPEECH_STARTS or (
            # "ويقولون أكثر من ذلك": a present plural verb has its subject in it, as a past one
            _ar_present_plural_verb(self.text, pos)
            and _is_word(toks[i][2])
            and toks[i][2] not in _AR_PREPS
            # "أولياء الأمور يتساءلون هل …": the subject stands before the verb
            and toks[i][2] not in _AR_NOT_SPEAKER
        ):
            # "وقال يجب أن تكون هناك …", "وقال لن نسمح …": the words themselves, no colon; the subject
            # is the pronoun (no name opens on a modal verb or a particle).
            return pos, pos, toks[i][0], retro, True
        if (
            toks[i][2] in "،,"
            and i + 1 < len(toks)
            and toks[i + 1][2] in {"الا", "لكن", "ولكن", "غير", "بيد"}
        ):
            # "حقوق تطالب بها، إلا أنه نفى …": the verb's clause ended; "but" starts another.
            return pos, pos, pos, retro, False
        noun = toks[i][2][2:]
        if (
            i > 0
            and toks[i - 1][2] in {"هذا", "هذه"}
            and _definite(toks[i][2])
            # "وأكدت هذه المصادر", "وأضاف هذا المسؤول": a demonstrative speaker
            and not (
                noun in _AR_PERSON_HEADS
                or noun in _AR_ANON
                or noun in _AR_GENERIC_HEADS
                or noun in _AR_BODIES
                or noun in _AR_DOC_HEADS
                or _DOC_NOUNS.match(noun)
                or noun.endswith(("ون", "ين"))
                or (self.known is not None and self.known(toks[i][2]) is not None)
            )
        ):
            # "نفى هذه الاتهامات": a demonstrative before its noun, the object; the subject is the
            # pronoun (or stands before the verb).
            return pos, pos, toks[i - 1][0], False, True
        first = toks[i][2]
        nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
        verb_word = "".join(self.text[max(0, pos - 20) : pos].split()[-1:]).lstrip("وف")
        if verb_word in _AR_OBJECT_FIRST:
            while first in _AR_MANNER and i + 1 < len(toks):
                i += 1
                first = toks[i][2]
                nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
            feminine = verb_word.endswith(("ت", "تا")) or verb_word[:1] == "ت"
            if _is_word(first) and not self._ar_reads_as_subject(first, feminine):
                # "لكنه استبعد إجراء محادثات", "أرجع الأزمة إلى …": the object, a pronoun subject
                return pos, pos, toks[i][0], retro, True
        if (
            mode == "accused"
            and verb_word in {"حمل", "حملت", "حملوا", "يحمل", "تحمل", "يحملون"}
            and nxt.removeprefix("ال") == "مسووليه"
            and first.removeprefix("ال") not in _AR_PERSON_HEADS
            and first not in _AR_ANON
            and not any(
                t[2].startswith("ل") and len(t[2]) > 3 and t[2] not in _AR_L_NOT_NAMES
                for t in itertools.takewhile(lambda t: t[2] not in ".؟!", toks[i + 2 : i + 30])
            )
        ):
            # "وحمل إيران مسؤولية المجيء إلى المحادثات": one word and the blame with no ل-party it is
            # laid on after it ("حمّل سعيد مسؤولية ما يجري … للرئيس الأمريكي"): the one blamed; the
            # subject is the pronoun.
            return pos, pos, toks[i][0], retro, True
        if mode == "published" and (_AR_LETTER.match(first) or _AR_CHARGES.match(first)):
            # "ووجه رسالة شديدة اللهجة لهم قائلا", "فوجه رسالة تحذير": the letter, a pronoun subject
            return pos, pos, toks[i][0], retro, True
        if (
            mode == "denied"
            and _AR_CHARGES.match(first)
            and self.text[max(0, pos - 30) : pos].split()[-2:-1] not in _AR_RELATIVE_BEFORE
        ):
            # "ورفضت اتهام البعض للمرأة بالسطحية", "ونفى المزاعم": the charge denied, a pronoun subject
            # (not "المناقشات التي تفند ادعاءات البيت الأبيض": the relative's head)
            return pos, pos, toks[i][0], retro, True
        vos = -1
        if first.endswith(("ها", "هم", "هما")) and len(first) > 4 and i + 2 < len(toks):
            # "هذه المعلومات أكد صحتها مصدر في الجيش": an object holding a pronoun that points back
            # comes before the subject (VOS); the person or source after it is the speaker.
            stem = first.removeprefix("ال").removesuffix("ما").removesuffix("ه").removesuffix("ه")
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
            head = nxt.removeprefix("ال")
            if (
                stem not in _AR_PERSON_HEADS
                and first not in _AR_QUOTING_NOUNS
                and not _ar_kin_word(first)
                and (head in _AR_PERSON_HEADS or nxt in _AR_ANON)
            ):
                vos = toks[i][0]
                i += 1
                first, nxt = nxt, toks[i + 1][2]
        if first in _AR_QUOTING_NOUNS and i + 1 < len(toks) and _opens_content(toks[i + 1][2]):
            # "نقلت عنه قوله …": the one quoted is the pronoun, not "his saying".
            return pos, pos, self._content_at(toks, i + 1), retro, True
        if (
            mode == "published"
            and first.startswith("ل")
            and self.last
            # 'ونشر لواء "ابو الفضل العباس" …', "نشرت لجنة …": a ل of the noun's own, a new subject
            and first not in {"لواء", "لجنه", "لجان"}
            and not (
                nxt[:1] and nxt[:1] in _OPEN_QUOTES and self._short_quote(toks[i + 1][0], words=5)
            )
        ):
            # "وجاء في بيان للمكتب: …": the statement of the body just named.
            for k in range(i + 1, min(len(toks), i + 6)):
                if _opens_content(toks[k][2]):
                    return pos, pos, self._content_at(toks, k), retro, True
        if (
            first.startswith("ل")
            and len(first) > 2
            and _opens_content(nxt)
            and not _definite(first)
            # "وقال لافروف إن …", "وأضاف ليفيت أنه": a name whose ل is its own, the subject
            and not self._ar_l_name(first)
            # "وأقر لواء «أحرار الشام» بانهيار …": a short quoted name, not the content
            and not (
                nxt[:1] in _OPEN_QUOTES
                and self._short_quote(toks[i + 1][0], words=3)
                and (i + 2 >= len(toks) or toks[i + 2][2] not in _AR_SPEECH_OPENERS)
            )
        ):
            # "وذكر لصور أن …", "قال لرويترز إن …": an addressee, the subject is a pronoun.
            return pos, pos, self._content_at(toks, i + 1), retro, True
        if (_AR_ADDRESSEE.match(first) or (first.startswith("لل") and len(first) > 4)) and len(
            first
        ) > 2:
            # "تحدثت لوكالات أنباء", "قال لوكالتي رويترز وفرانس برس إن", "وقالت للصحافة الفرنسية: …":
            # the addressee, a pronoun subject.
            for k in range(i + 1, min(len(toks), i + 6)):
                if _opens_content(toks[k][2]):
                    return pos, pos, self._content_at(toks, k), retro, True
            return pos, pos, toks[i][0], retro, True
        quoted_name = (
            first[:1] in _OPEN_QUOTES
            and self._short_quote(toks[i][0], words=5)
            # 'يقول لهم "انا من عمر ابيكم"': speech, not a name; a name opens on no pronoun or particle
            and nxt not in _AR_SPEECH_OPENERS
        )
        if not quoted_name and (
            _opens_content(first) or (first in _AR_LINK_PREPS and _opens_content(nxt))
        ):
            k = i if _opens_content(first) else i + 1
            return pos, pos, self._content_at(toks, k), retro, True
        if mode == "denied" and (
            first.startswith("ال")
            and first[2:] in _AR_DENIED_CHARGES
            # "ونفى جميع التهم الأخرى"
            or first in {"جميع", "كافه", "كل"}
            and nxt.removeprefix("ال") in _AR_DENIED_CHARGES
        ):
            # "ونفى الاتهامات المواجهة للمعارضة، قائلا …": what is denied; the subject is the pronoun
            return pos, pos, toks[i][0], retro, True
        if (
            mode == "called_for"
            and self.last
            and not resumed  # "دعت إليه الأحزاب": the relative clause's subject
            and first.startswith("ال")
            and first[2:] in {"شعب", "مجتمع", "مواطنين", "اطراف", "دول", "متظاهرين", "مسلحين"}
        ):
            # "ودعا الشعب اليمني … إلى الوقوف صفا واحدا": a people is called on, not calling; the
            # subject is the pronoun (the last speaker).
            return pos, pos, toks[i][0], retro, True
        stem = ""
        for suffix in ("هما", "هم", "ها"):
            if first.endswith(suffix) and not first.startswith("ال"):
                stem = first[: -len(suffix)]
                stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
                break
        if (
            len(stem) >= 3
            and not stem.endswith("و")  # "مسؤولوها": its officials
            and stem not in _AR_PERSON_HEADS
            and stem not in _AR_ANON
            and stem not in _AR_BODIES
            and stem not in _AR_OF_A_PERSON
            and stem not in _AR_OBJECT_NOUNS
            and stem not in _AR_DOC_HEADS
            and not _DOC_NOUNS.match(stem)
            and stem not in _AR_KIN
            and not _opens_content(nxt)  # "وقال والدها إن", "قال أحدهم:": the subject
        ):
            # "أعلنت ولاءها ومبايعتها لتنظيم داعش", "جددت رفضها": a possessed object, so the subject
            # is the pronoun.
            return pos, pos, toks[i][0], retro, True
        if (mode == "stated" and _ar_possessed_masdar(first, _AR_FEELINGS)) or (
            _ar_possessed_speech(first)
        ):
            # "واختتم حواره بتوجيه رسالة", "وكرر قوله بأن": his own words, a pronoun subject.
            # "فأبدى إعجابه بـ…", "وأبدت ملاحظتها": the speaker's own feeling, a pronoun subject.
            return pos, pos, toks[i][0], retro, True
        if (
            first.endswith(("ها", "هم", "هما", "ته"))
            and len(first) > 4
            and not first.startswith("ال")
            and first not in _AR_QUANTIFIED_PRONOUNS
            # "وأكدت زوجته ميساء غانم لصحيفة الوطن أنها …": a person named by a tie is the subject
            # (not after "أخبرت أسرتها": the one told)
            and not (_ar_kin_word(first) and mode != "told")
            and not any(_opens_content(t[2]) for t in toks[i + 1 : i + 5])
        ):
            # "قد أعلنت ولاءها ومبايعتها لتنظيم داعش": a possessed object and a pronoun subject
            # ("وقالت عائلته إن …" has أن right after its possessed subject).
            return pos, pos, toks[i][0], retro, True
        if (
            first in {"نحن", "انا", "هو", "هي", "هم", "النظر", "الانتباه", "الانظار", "”"}
            or first in _AR_QUOTING_NOUNS  # "التي نقلت عنه قوله …": his words, no speaker's name
            or _ar_participle(first)  # "وتابع قائلا: …"
            or (
                mode == "called_for"
                and first in {"جميع", "كافه", "كل", "الاطراف"}
                and nxt != "من"
                and not resumed  # "دعت إليه جميع الأديان": all religions called for it
            )
            or (_ar_plural_verb(self.text, pos) and first not in _AR_PREPS)
        ):
            # 'وأضاف ” نحن في مرحلة …"', "ولفت النظر إلى …", "حث جميع الأطراف على …",
            # "وتوقعوا تخفيض الأسعار": a pronoun subject
            # (a verb before its subject is singular, so a plural verb has its subject in it).
            return pos, pos, toks[i][0], retro, True
        if (
            mode in _WEAK_MODES
            and not any(t[2] in _AR_COMPLEMENTIZERS for t in toks[i : i + 14])
            # "اعتبر ممثل خامنئي … نقل النزاعات … حراما": a past verb has its subject after it;
            # only the present "يعتبر/تعتبر" reads as "is considered".
            and not (verb_word.startswith("اعتبر") and first.removeprefix("ال") in _AR_PERSON_HEADS)
        ):
            return pos, pos, toks[i][0], retro, True
        bare_first = first[2:] if first.startswith("ال") else first
        for suffix in ("هم", "ها", "ه"):
            stem = bare_first[: -len(suffix)]
            if bare_first.endswith(suffix) and stem.endswith("ت"):
                stem = stem[:-1] + "ه"  # "مسؤوليتها" -> "مسؤولية"
            if bare_first.endswith(suffix) and stem in _AR_MASDAR_OBJECTS:
                bare_first = stem  # "قيامه", "مسؤوليتها"
                break
        # "وقال بشر الصبان محافظ دمشق لرويترز إن …": a name that starts with ب, not "أفاد بمقتل …".
        b_name = (
            first.startswith("ب")
            and (
                first in _AR_B_NAMES
                or first in {"برقيه", "برقيات"}  # "أشارت إليها برقية دبلوماسية": a cable, no بـ
                or _ar_b_name(toks, i)
                or self._ar_b_name(first, toks[i + 1 : i + 10])
            )
        )
        if (
            first in {"الي", "عن"}
            or bare_first in _AR_MASDAR_OBJECTS
            # "تزعم تخطيط النظام لتنفيذ …": an indefinite verbal noun of a derived form is the object
            or (
                first == bare_first
                and _ar_masdar_shaped(first)
                # not the plural أفعال ("أعضاء") nor a name ("تركيا")
                and not (len(first) == 5 and first[0] == "ا" and first[3] == "ا")
                and first[-1] not in "اهء"
                and not _DOC_NOUNS.match(first)
                and first not in _AR_DOC_HEADS
                and first not in {"تحقيق", "تحقيقات", "استطلاع", "تنظيم"}
            )
            or (first.startswith("ب") and len(first) > 3 and first not in {"باسم"} and not b_name)
        ):
            # "ولفت إلى مقتل …", "وتحدث عن …", "وأفاد بمقتل …": a pronoun subject, a masdar object.
            return pos, pos, toks[i][0] if first.startswith("ب") else toks[i][1], retro, True
        if first in {"في", "خلال", "عبر"} and (nxt == "وقت" or _ar_medium(nxt)):
            # "وأعلن في وقت لاحق أن …", "وقال في تصريح لبي بي سي إن …"; a longer occasion only up
            # to a complementiser with no comma or quotation on the way ("وأضاف في مؤتمر صحفي في طهران
            # مع وزير الخارجية الإيراني علي أكبر صالحي إنه …")
            plain = True
            for k in range(i + 2, min(len(toks), i + 18)):
                w = toks[k][2]
                if k < i + 9 and _opens_content(w):
                    return pos, pos, self._content_at(toks, k), retro, True
                if k >= i + 9 and plain and w in _AR_COMPLEMENTIZERS:
                    return pos, pos, self._content_at(toks, k), retro, True
                plain = plain and _is_word(w)
                if k >= i + 9 and not plain:
                    break
        if (
            first == "علي"
            and mode in {"confirmed", "stated"}
            and (nxt in _AR_MASDAR_OBJECTS or nxt[2:] in _AR_MASDAR_OBJECTS)
        ):
            # "وأكدت على رفض …", "شدد على ضرورة …": a pronoun subject, the stressed object follows.
            return pos, pos, toks[i][1], retro, True
        some = first in {"عدد", "بعض"} and any(
            t[2] in _AR_COMPLEMENTIZERS for t in toks[i + 1 : i + 10]
        )  # "بينما أكد عدد آخر أن …", "وقال بعض السكان إن …": a vague but real speaker
        if first == "كل" and nxt == "من" and i + 2 < len(toks):
            # "ودعا كل من أردوغان، والرئيس عبد الله غل، …": both of them speak.
            i += 2
            first = toks[i][2]
            nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
        # "وقال علي الأحمدي الناطق …": after folding, على and the name علي look alike; a nisba
        # surname after it makes it the name.
        ali = first == "علي" and (
            (nxt.startswith("ال") and nxt.endswith("ي") and len(nxt) > 4)
            or self._ar_ali_subject(toks, i, verb_word)
        )
        if first in {"دون", "بدون"}:
            # "وقال أيضا دون الخوض في تفاصيل إن …": "without …", a pronoun subject and its words
            # after the phrase; "أعلن عنها دون أن يتلقى ردا": no one and no words
            for k in range(i + 2, min(len(toks), i + 12)):
                if toks[k][2] in _AR_COMPLEMENTIZERS:
                    return pos, pos, self._content_at(toks, k), retro, True
            return pos, pos, pos, retro, False
        if (
            first in _AR_PREPS
            and first != "حتي"  # "ويقر حتى أشد المنتقدين": even, its subject after it
            and not ali
            and self.last
            and self._ar_tied_verb(pos)
            # (only right after a sentence that speaker spoke: a stale speaker is too often wrong)
            and self._previous
            and self._previous[-1].kind in {"reported", "quote"}
            and self._previous[-1].carried
        ):
            # "وأشار في السياق نفسه إلى أن …", "وأضاف في إفادة صحفية إن …", "وحذر من خطورة …": a
            # verb tied by و/ف to the speaker before, a frame or its object after it, then his words
            if (
                first == "من"
                and mode == "warned"
                and not any(t[2][:1] in _OPEN_QUOTES for t in toks[i : i + 6])
            ):
                return pos, pos, toks[i][0], retro, True
            frame = self._ar_frame_then_words(toks, i)
            if frame is not None:
                return pos, pos, frame, retro, True
        if (
            (first in _AR_PREPS and not ali)
            or (first in _AR_NOT_SPEAKER and not some)
            or first.startswith("ب")
            and len(first) <= 3
            and not some
            and not b_name
        ):
            return pos, pos, pos, retro, False
        start_i = i
        generic = first in _AR_GENERIC_HEADS or (
            first.startswith("ال") and first[2:] in _AR_GENERIC_HEADS
        )
        comp = None
        k = i
        while k < min(len(toks), i + 24):
            w = toks[k][2]
            q = self._short_quote(toks[k][0], words=5) if w[:1] in _OPEN_QUOTES else 0
            if (
                q
                and k > i
                and toks[k - 1][2].startswith("ال")
                and not self._short_quote(toks[k][0], words=2)
                and _AR_AFTER_QUOTE.match(self.text, q)
            ):
                q = 0  # "وقال مدير المرصد "شوهد اختطاف خمسة مقاتلين"": a quotation, not a name
            if q:
                # A quoted name ("جبهة النصرة") inside the speaker span, not the start of a quotation.
                while k < len(toks) and toks[k][0] < q:
                    k += 1
                continue
            if _opens_content(w):
                comp = k
                break
            if w in ".؟!":
                break
            k += 1
        # a body's short name in parentheses ("منظمة الأغذية العالمية (فاو)") takes no word's room
        body = toks[start_i][2].removeprefix("ال")
        body = body in _AR_JOINT_HEADS or body in _AR_AGENT_HEADS
        paren = 3 if body and any(t[2] == "(" for t in toks[start_i : start_i + 7]) else 0
        stop = (
            comp if comp is not None else min(len(toks), start_i + (10 if generic else 7) + paren)
        )
        end_i = stop
        ali_at = start_i if ali else -1  # where the name علي stands (not the preposition على)
        named_at = -1  # where a titled speaker's name stands after the body he serves in
        posted_end = -1  # where an envoy's posting ("في مدينة مشهد") or a title's affairs end
        titled_end = -1  # where the name after a title's phrase ends, with no أن to end it
        for k in range(start_i, len(toks)):
            if k >= stop:
                break
            w = toks[k][2]
            nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
            if (
                k > start_i
                and w == "علي"
                and self._ar_ali_in_name(
                    toks[k - 1][2], nxt, toks[k - 2][2] if k - 2 >= start_i else ""
                )
            ):
                ali_at = k  # "والده محمد علي لصحيفة …", "الدكتور علي زيدان": the name goes on
                continue
            if titled_end < 0 and comp is None and self._ar_titled_name(toks, start_i, k):
                titled_end = k + 2
                if k + 2 < len(toks) and _ar_plain_name_word(toks[k + 2][2]):
                    titled_end += 1  # "محمد حسين طنطاوي"
                if toks[titled_end - 1][2] in {"عبد", "ابو", "ابا", "بن", "ابن", "ام"}:
                    titled_end += 1  # "رامي عبد الرحمن", "سليمان أبا الخيل"
                continue
            if k == titled_end:
                end_i = k  # the object after the name ("محمد مرسي الأطراف")
                break
            # "مدير برنامج الكويت": after a construct title the ب is the noun's own letter.
            head_b = w.startswith("ب") and not w.startswith("بال") and toks[k - 1][2] in _AR_TITLES
            # "قال الدكتور بسيونى حمادة -أستاذ …-: إن", "وقال النائب براد شيرمان", "أوضح الدكتور
            # عبدالله باعشن، المستشار …": a definite honorific, then a ب-initial given name and a second
            # name word, or a given name and a ب-initial surname, then the end of the name.
            head_b = (
                head_b
                or (
                    (
                        k == start_i + 1
                        and _definite(toks[start_i][2])
                        and toks[start_i][2][2:] in _AR_HONORIFICS
                        or k >= start_i + 2
                        and _ar_given_name_word(toks[k - 1][2])
                        # "الدكتور عبدالله باعشن،", "الناطق باسم النيابة جان باسكال تورو": a given name
                        # right after a honorific or a title's phrase that ends in a definite word
                        and (
                            k == start_i + 2
                            and _definite(toks[start_i][2])
                            and toks[start_i][2][2:] in _AR_HONORIFICS
                            or _definite(toks[k - 2][2])
                            and toks[start_i][2].removeprefix("ال") in _AR_TITLES
                        )
                    )
                    and w.startswith("ب")
                    and not w.startswith("بال")
                    and len(w) > 3
                    and not w.endswith(("ه", "ات", "ها", "هم"))
                    # (a masdar shape only after a given name: "جان باسكال تورو", not "الوزير بإسقاط")
                    and (
                        k > start_i + 1 or not (_ar_masdar_shaped(w[1:]) or _ar_object_noun(w[1:]))
                    )
                    and w[1:] not in _AR_MASDAR_OBJECTS
                    and not _ar_possessed_masdar(w[1:])
                    and self._ar_b_name_ends(toks, k + 1)
                )
            )
            # "نفت دانيالا باريسيتش الناطقة باسم الخارجية": a given name right after the verb, a
            # ب-initial (foreign) surname, then the person's definite title; not a verbal noun object
            # ("طالب أحمد بتعيين الوزير", "بإعلان", "بمنح")
            head_b = (
                head_b
                or (
                    k == start_i + 1
                    and _ar_given_name_word(toks[start_i][2])
                    and not _definite(toks[start_i][2])
                    and w.startswith("ب")
                    and not w.startswith("بال")
                    and len(w) > 5
                    and not w.endswith(("ه", "ات", "ها", "هم", "ين", "ون"))
                    and not w[1:].startswith(("م", "ت"))
                    and not (w[1] == "ا" and len(w) < 7)  # إفعال: "بإعلان", "بإرسال"
                    and w[1:] not in _AR_MASDAR_OBJECTS
                    and not _ar_masdar_shaped(w[1:])
                    and not _ar_possessed_masdar(w[1:])
                    and _definite(nxt)
                    and nxt[2:] in _AR_TITLES
                )
            )
            # "الناشط … محمود بصبوص أن": a surname after a given name, right before أن, or a few
            # words before it with no comma and no definite complement ("حذر رئيسها محمد بخاري من أن").
            head_b = (
                head_b
                or (
                    w.startswith("ب")
                    and (
                        (nxt in _AR_COMPLEMENTIZERS and _ar_b_name(toks, k))
                        or (
                            not _definite(nxt)
                            # no فعل verbal noun ("إسرائيل بضرب سوريا"), no pronoun ("بقولها")
                            and (len(w) > 4 or any(c in "اوي" for c in w[1:]))
                            and not w.endswith(("ها", "هم"))
                            and self._ar_b_name(w, toks[k + 1 : k + 6])
                        )
                    )
                    and _ar_name_like(toks[k - 1][2])
                    and not _definite(toks[k - 1][2])
                    and not toks[k - 1][2].endswith(("ها", "هم"))  # "افتتاحيتها بقولها"
                    and toks[k - 1][2] not in _AR_PERSON_HEADS
                )
            )
            # "المبعوث الخاص للأمم المتحدة لدى سوريا الأخضر الإبراهيمي": where an envoy is posted.
            posted = (
                w == "لدي"
                and toks[start_i][2].removeprefix("ال") in _AR_ENVOYS
                and _ar_name_like(nxt)
                and (nxt.startswith("ال") or not nxt.endswith("ه"))  # not "لدى وصوله"
            )
            # "نفى المكتب الإعلامي في الرئاسة السورية أنباء …": the body the office is part of.
            part_of = (
                w == "في"
                and toks[start_i][2].startswith("ال")
                and toks[start_i][2][2:] in _AR_BODIES
                and _definite(nxt)
                and nxt[2:] not in _AR_MEDIUM
                and nxt not in _AR_TIME
                and nxt[2:] not in _AR_OBJECT_NOUNS
            )
            # "ممثل خامنئي في مدينة مشهد", "سفير سوريا في الأمم المتحدة", "مساعد وزير الخارجية في
            # الشؤون العربية": where an envoy is posted, or the affairs a title covers, are the title's.
            if (
                w == "في"
                # right after the title and its complement, no بـ object between ("مسلم الدولة
                # التركية بالتدخل في الشؤون السورية")
                and start_i < k <= start_i + 4
                and not any(
                    t[2].startswith("ب") and t[2] not in _AR_B_NAMES for t in toks[start_i + 1 : k]
                )
                and posted_end < 0
                and (
                    toks[start_i][2].removeprefix("ال") in _AR_ENVOYS
                    or nxt.removeprefix("ال") == "شوون"
                )
                and (_definite(nxt) or _ar_name_like(nxt) or nxt in _AR_PLACE_HEADS)
                and not _ar_medium(nxt.removeprefix("ال"))
                and nxt not in _AR_TIME
                and not _ar_object_noun(nxt.removeprefix("ال"))
            ):
                part_of = True
                posted_end = self._ar_posting_end(toks, k + 1)
                if comp is None and posted_end + 3 > stop:
                    stop = end_i = min(len(toks), posted_end + 3)  # room for a name after it
            if comp is None and k == posted_end:
                if (
                    (_ar_given_name_word(w) or w in _AR_B_NAMES or _ar_b_name(toks, k))
                    and (
                        _ar_plain_name_word(nxt)
                        or nxt in {"امير", "عبد", "ابو", "بن"}  # "حسين أمير عبد اللهيان"
                        or _definite(nxt)
                        and len(nxt) > 4
                        and not _ar_object_noun(nxt[2:])
                        and nxt[2:] not in _AR_PERSON_HEADS
                    )
                ):
                    # "… في الشؤون العربية حسين أمير عبد اللهيان": his name after it
                    titled_end = k + 2
                    if k + 2 < len(toks) and _ar_plain_name_word(toks[k + 2][2]):
                        titled_end += 1
                    if toks[titled_end - 1][2] in {"عبد", "ابو", "ابا", "بن", "ابن", "ام"}:
                        titled_end += 1
                    stop = end_i = max(stop, min(len(toks), titled_end))
                    continue
                end_i = k  # "اتهم ممثل خامنئي في مدينة مشهد وزير الخارجية …": the object follows
                break
            # "وقال شهود ومصادر بمشرحة في الموصل إن …": where the unnamed source sits, not an object.
            head_b = head_b or (
                k > start_i
                and (
                    toks[k - 1][2] in _AR_ANON
                    or toks[k - 1][2][:1] == "و"
                    and toks[k - 1][2][1:] in _AR_ANON
                )
                and comp is not None
                and comp - k <= 5
                and w.startswith("ب")
                and not w.startswith("بال")
                and w[1:].endswith(("ه", "ي"))
                and w[1:] not in _AR_MASDAR_OBJECTS
                and not _ar_possessed_masdar(w[1:])
            )
            # "مدير عمليات حفظ السلام في الامم المتحدة هيرفيه لادسوس من نيويورك انه": the body a
            # titled person serves in, then his name (the speaker includes the name: CONVENTIONS 11).
            if (
                w == "في"
                and comp is not None
                and named_at < 0
                and _definite(toks[k - 1][2])
                and toks[start_i][2].removeprefix("ال") in _AR_TITLES
                and toks[start_i][2].removeprefix("ال") not in {"مسوول", "مصدر"}
            ):
                named_at = self._ar_name_after_body(toks, k + 1, comp)
                part_of = part_of or named_at >= 0
            if 0 <= named_at < k and w in _AR_PREPS:
                end_i = k  # "… هيرفيه لادسوس من نيويورك": where he speaks from ends the name
                break
            # "أدان العديد من قادة التيارات الهجوم": a partitive من after a quantifier, the people follow.
            partitive = (
                w == "من"
                and toks[k - 1][2] in _AR_QUANTIFIERS
                and _is_word(nxt)
                and nxt not in _AR_TIME
                and nxt not in _AR_RELATIVE
            )
            if (
                k > start_i
                and not head_b
                and not posted
                and not part_of
                and not partitive
                and self._ends_speaker(w, nxt, generic, comp is not None)
            ):
                end_i = k
                break
            if (
                k > start_i
                and w in {"كل", "جميع", "كافه"}
                and nxt != "من"  # "ودعا كل من أردوغان والرئيس غل": both of them spoke
                and (
                    toks[k - 1][2].startswith("ال")
                    or (k - 1 == start_i and toks[k - 1][2] not in _AR_PERSON_HEADS)
                )
            ):
                end_i = k  # "أدانت مصر كل العمليات الإرهابية": a quantified object
                break
            if (
                k > start_i
                and w.startswith("بال")
                and _ar_masdar_shaped(w[3:])
                and w[3:] not in {"اتحاد", "ايتلاف", "تحالف", "اعلام", "اتصالات"}
                and toks[k - 1][2] not in _AR_GENERIC_HEADS
            ):
                end_i = k  # "طالب إردوغان بالإفراج عن …": a masdar object, not "مصدر بالجيش"
                break
            if (
                k > start_i
                and verb_word in _AR_OBJECT_FIRST
                and (_ar_object_noun(w.removeprefix("ال")) or w in {"ذلك", "هذا", "هذه"})
            ):
                end_i = k  # "وعزا اللواء لطفي انخفاض معدلات …": the object after the subject
                break
            if k > start_i and mode == "praised" and w.startswith("ب") and w not in _AR_B_NAMES:
                end_i = k  # "أشاد نائب الرئيس اليمني بالتحسن النسبي …": one praises X بـ Y
                break
            if k > start_i and _AR_DROP_SPEAKER.match(w) and not w.startswith(("غير", "اخر")):
                end_i = k  # "مسؤول تركي رفض الكشف عن اسمه": his anonymity, not his name
                break
            if k > start_i and (
                _ar_possessed_masdar(w, _AR_FEELINGS) or _ar_possessed_speech(w) or w == "بالقول"
            ):
                # "واختتم شترايتر تصريحاته بالقول إن …": what he ended, and how
                end_i = k  # "وأعلنت مجموعة يسارية مسؤوليتها عن الهجوم": the object, not the name
                break
            if (
                k > start_i
                and w in _AR_MASDAR_OBJECTS
                and (
                    toks[k - 1][2].startswith("ال")
                    or toks[k - 1][2].endswith("ون")
                    or w[0] == "و"  # "نفى مصدر في لبنان وقوع غارة": not "and"
                    or w == "عدم"  # "وأكد صالحي عدم وجود خلاف": never part of a name
                    or toks[k - 1][2] in _AR_B_NAMES  # "قيادة عمليات بغداد مقتل …": a name ends it
                    # "وأفادت مصادر كردية مقتل عشرة مدنيين": a nisba adjective heads no construct
                    or (toks[k - 1][2].endswith(("يه", "يون", "يين")) and len(toks[k - 1][2]) > 4)
                )
            ):
                # "قدر ناشطون سوريون مصرع 139 شخصا": neither a definite noun nor a plural in -ون
                # heads a construct, so the masdar after it starts the object.
                end_i = k
                break
            if (
                k > start_i
                and w.startswith("ال")
                and w[2:] in _AR_OBJECT_NOUNS
                and toks[k - 1][2].startswith("ال")
                and toks[k - 1][2][2:] not in _AR_GENERIC_HEADS
            ):
                # "اتهم المرصد النظام بـ…": a definite noun cannot head a construct, so a second
                # definite noun (not an adjective) starts the object.
                end_i = k
                break
            if k > start_i and self._ar_object_starts(toks, k, mode, nxt):
                end_i = k
                break
            if (
                k > start_i
                and mode in _AR_TRANSITIVE_MODES
                and self._ar_object_after_name(toks, start_i, k, mode)
            ):
                end_i = k  # "واتهمت إيران القائمين على الفيلم", "قدر ناشطون … حصيلة القتلى"
                break
            if (
                comp is None
                and k > start_i
                and _definite(toks[k - 1][2])
                and not _definite(w)
                and not (
                    w.startswith(("ل", "ب", "ابو", "ابن", "بن", "عبد", "ام")) or w[:1] in _ANY_QUOTE
                )
                # "مصدر في وزارة الداخلية ومصادر طبية": a coordinated second voice goes on.
                and not (w[:1] == "و" and (_definite(w[1:]) or w[1:] in _AR_ANON))
                # "رفض البيت الأبيض ووزارة الخارجية", "قدرت منظمة الأغذية العالمية وبرنامج
                # الأغذية العالمي": a second body, joint subjects (AR-18)
                and not _ar_joint_body(w, nxt, toks[start_i][2])
                # "منظمة الأغذية العالمية (فاو)": the body's short name in parentheses
                and not (
                    w == "("
                    and body
                    and any(t[2] == ")" for t in toks[k + 2 : k + 5])
                    and not any(c.isdigit() for c in nxt)
                )
                # "أعلن الدكتور محمد البلتاجي": a title, then the person's name (not a masdar object).
                and not (
                    toks[k - 1][2].startswith("ال")
                    and toks[k - 1][2][2:] in _AR_HONORIFICS
                    and _ar_name_like(w)
                )
                # "المرجع الإيراني آية الله مكارم شيرازي": the cleric's honorific (آية الله, never
                # الله alone), then his name
                and not (w == "ايه" and nxt == "الله")
                and not (k >= 2 and toks[k - 2][2] == "ايه" and toks[k - 1][2] == "الله")
                # "ودعا الرئيس المصري محمد مرسي الأطراف إلى", "ودعا الناطق باسم الحكومة أسامة حمدان
                # الفصائل": a title's phrase, then a name of two indefinite words, then the object
                and not (titled_end < 0 and self._ar_titled_name(toks, start_i, k))
                # "أكد الناشط في «مركز حلب الإعلامي» محمود بصبوص": the body he belongs to, quoted.
                and not (
                    w == "في"
                    and nxt[:1] in _OPEN_QUOTES
                    and toks[k - 1][2][2:] in _AR_PERSON_HEADS
                    and self._short_quote(toks[k + 1][0], words=5)
                )
                and not part_of
                and not partitive
            ):
                end_i = k
                break
            if (
                comp is None
                and (not _is_word(w) and w not in _ANY_QUOTE + "()")
                # "وقال د. نصر عبد السلام": the point of a title's initial, not the end of the name
                and not (w == "." and k > start_i and len(toks[k - 1][2]) == 1 and self.arabic)
            ):
                end_i = k
                break
            if (
                k > start_i + 1
                and toks[k - 1][2] in _ANY_QUOTE
                and self._in_quote(toks[k][0]) is None
                and self._in_quote(toks[k - 2][0]) is not None  # the quote closes right before
                and (
                    w in _AR_PUBLISHED_OBJECTS
                    or w in {"عده", "عددا"}
                    or (_ar_masdar_shaped(w) and w not in _AR_GENERIC_HEADS)
                )
            ):
                # 'ونشر لواء "ابو الفضل العباس" عدة تسجيلات …': after a quoted name, an indefinite
                # object (what was published, how many) starts; a definite word would be its adjective.
                end_i = k
                break
        if end_i == stop and stop < titled_end <= len(toks):
            end_i = titled_end  # the name after a long title runs past the word cap
        while end_i > start_i and (
            toks[end_i - 1][2] in _AR_LINK_PREPS or not _is_word(toks[end_i - 1][2])
        ):
            if toks[end_i - 1][2] in _ANY_QUOTE + ")" and end_i - 1 > start_i:
                break
            if end_i - 1 == ali_at:
                break  # the name علي, not the preposition على
            end_i -= 1
        last = toks[end_i - 1][2] if end_i - 1 > start_i else ""
        if (
            comp is not None
            and end_i == comp
            and last.startswith("ل")
            and len(last) > 2
            and not last.startswith("لل")
            # "وزير الخارجية الروسي سيرغي لافروف إن": the name's own ل, not an addressee
            and not self._ar_l_name(last, toks[end_i - 2][2])
        ):
            end_i -= 1  # "قال المسؤول الصحي … لصور إن": the addressee right before إن
        content = (
            self._content_at(toks, comp)
            if comp is not None
            else (toks[end_i - 1][1] if end_i > start_i else pos)
        )
        if comp is None and vos >= 0:
            content = vos  # the fronted object is what is asserted
        if end_i <= start_i:
            return pos, pos, content, retro, False
        return toks[start_i][0], toks[end_i - 1][1], content, retro, True

    def _ar_tied_verb(self, pos: int) -> bool:
        """The verb ending at ``pos`` opens its sentence written with و/ف ("وأضاف", "فقال"): it goes on
        from the sentence before (not "… أن تركيا كانت حازمة وأبلغت …", inside the words)."""
        written = "".join(self.text[max(0, pos - 20) : pos].split()[-1:])
        lead = self.text[max(self._sent_lo, 0) : pos - len(written)]
        return (
            written[:1] in "وف"
            and written[1:] in AR_CUESET.word_info
            and not any(c.isalnum() for c in lead)
        )

    def _ar_frame_then_words(self, toks: list[tuple[int, int, str]], i: int) -> int | None:
        """Where the words start after a frame opening on a preposition at ``i`` ("في السياق نفسه إلى
        أن", "خلال إجابته على أحد أسئلة الصحافيين أن", "أمام لجنة القوات المسلحة: «…»"), when no one
        who could be the verb's subject stands in the frame; else None."""
        for k in range(i + 1, min(len(toks), i + 16)):
            w = toks[k][2]
            if w in {".", "؟", "!", "?", "–", "-", "—", "(", "ـ"}:
                return None  # (an aside after a name: "فقال له علي – رضي الله عنه – إن")
            if _opens_content(w):
                # (a complementiser only: a colon or a quotation after a frame opens direct speech
                # in stories and interviews too, where the last speaker is often not the one)
                if (
                    w not in _AR_COMPLEMENTIZERS
                    or toks[k + 1 : k + 2]
                    and (toks[k + 1][2][:1] in _OPEN_QUOTES)
                ):
                    return None  # ('أن «…»' likewise)
                return self._content_at(toks, k)
            bare = w.removeprefix("ال").removeprefix("لل")
            if (
                bare in _AR_PERSON_HEADS
                or w in _AR_ANON
                or bare in _AR_BODIES
                or bare in _AR_PERSON_PLURALS
                or (self.known is not None and self.known(w) is not None)
            ):
                return None
        return None

    def _ar_ali_subject(self, toks: list[tuple[int, int, str]], i: int, verb_word: str) -> bool:
        """Whether the folded علي at ``toks[i]``, right after a reporting verb, is the name علي opening
        the subject ("وقال علي لاريجاني إن", "كشف علي أكبر صالحي أن", "وقال علي شايف الحريري، رئيس …")
        rather than the preposition على: name-like words follow and the name ends where a name ends
        (أن / إن / a colon, a comma, an addressee, a title); after a verb that governs على ("أكد على",
        "شدد على") only two name words right before أن / إن / a colon."""
        if i + 1 >= len(toks):
            return False
        nxt = toks[i + 1][2]
        if not (_ar_ali_name(nxt) or nxt.startswith("ل") and self._ar_l_name(nxt)):
            return False
        j = i + 2
        while (
            j < len(toks)
            and j <= i + 4
            and toks[j][2].isalpha()
            and toks[j][2] not in _AR_PREPS
            and toks[j][2] not in _AR_COMPLEMENTIZERS
            and toks[j][2].removeprefix("ال") not in _AR_PERSON_HEADS
            # "علي الحريري", "علي عبد الرحمن": a definite word only as a nisba or after عبد/أبو
            # ("بث على مواقع الإنترنت": على's object)
            and (
                not toks[j][2].startswith("ال")
                or toks[j][2].endswith("ي")
                or toks[j - 1][2] in {"عبد", "ابو", "ابن", "بن"}
            )
            # "علي حسين باكير أن", "سيرغي لافروف": a surname's own ب or ل
            and (not toks[j][2].startswith("ب") or _ar_b_name(toks, j))
            and (not toks[j][2].startswith("ل") or self._ar_l_name(toks[j][2]))
        ):
            j += 1
        end = toks[j][2] if j < len(toks) else ""
        if _AR_ALA_VERBS.fullmatch(verb_word):
            return j >= i + 3 and (end in _AR_COMPLEMENTIZERS or end == ":")
        return (
            _opens_content(end)
            or end in {"،", ","}
            or (end.startswith("ل") and len(end) > 3 and not end.startswith("لل"))
            or end.removeprefix("ال") in _AR_PERSON_HEADS
        )

    @staticmethod
    def _ar_apposed_name(toks: list[tuple[int, int, str]], j: int) -> bool:
        """Whether one to four indefinite name words from ``toks[j]`` close with a comma, the end, a
        quoting noun or a complementiser: a name in apposition ("الرئيس المكسيكي، أنريكي بينا نييتو،")
        rather than the clause going on after the source ("بحسب المصادر، تتزايد الشكوك …")."""
        k = j
        while k < len(toks) and k < j + 4:
            w = toks[k][2]
            if not (
                (_ar_name_like(w) if k == j else w.isalpha() and len(w) > 2)
                and not _definite(w)
                and w not in _AR_PREPS
                and w not in _AR_TIME
                and w not in _AR_NOT_SPEAKER
                and w not in _AR_CLAUSE_WORDS
                and w not in _AR_QUANTIFIERS
                and w not in _AR_CONNECTIVES
                and w not in {"احد", "اخر", "ابرز", "اكبر"}
                and not w.endswith(("ها", "هم", "ات"))
                and not _ar_object_noun(w)
            ):
                break
            k += 1
        if k == j:
            return False
        end = toks[k][2] if k < len(toks) else ""
        return end in {"", "،", ",", "."} or end in _AR_QUOTING_NOUNS or end in _AR_COMPLEMENTIZERS

    @staticmethod
    def _ar_name_after_body(toks: list[tuple[int, int, str]], j: int, comp: int) -> int:
        """Where a personal name of two indefinite words stands after one to three definite words from
        ``toks[j]`` (a body: "الامم المتحدة"), before the complementiser at ``comp``; else -1."""
        start = j
        while (
            j < comp
            and j < start + 3
            and toks[j][2].startswith("ال")
            and not _ar_medium(toks[j][2][2:])
        ):
            j += 1
        if j == start:
            return -1
        # "رئيس لجنة الشؤون الخارجية في البرلمان الأردني، بسام المناصير، أن": the name set off by commas
        comma = j < comp and toks[j][2] in "،,"
        j += comma
        if j + 1 >= comp:
            return -1
        name, nxt = toks[j][2], toks[j + 1][2]
        after = toks[j + 2][2] if j + 2 < len(toks) else ""
        if (
            (_ar_plain_name_word(name) or name in _AR_B_NAMES)
            and _definite(nxt)
            and len(nxt) > 4
            and nxt[2:] not in _AR_PERSON_HEADS
            and nxt not in _AR_TIME
            and not _ar_object_noun(nxt[2:])
            and not _ar_medium(nxt[2:])
            and _PLACE_TRIE.get(nxt) is None
            and (
                j + 2 == comp
                or after in {"،", ",", "-", "–", "—"}
                or (comma and after[:1] == "ل" and len(after) > 3)
                or (after[:1] == "ل" and not _definite(after) and len(after) > 3)
            )
        ):
            # "المستشار الإعلامي في الملكية الأردنية باسل الكيلاني لموقع CNN، إن": a given name and
            # a definite surname, then the end of the name (أن, a comma, the one spoken to)
            return j
        if comma:
            return -1
        named = (
            (_ar_name_like(name) or name in _AR_B_NAMES)
            and name not in _AR_TIME
            and name not in _AR_NOT_SPEAKER
            and name not in _AR_CLAUSE_WORDS
            and name.removeprefix("ال") not in _AR_PERSON_HEADS
            and not name.endswith(("ها", "هم"))
            and nxt.isalpha()
            and not _definite(nxt)
            and nxt not in _AR_PREPS
            and nxt not in _AR_TIME
            and not _ar_object_noun(nxt)
        )
        return j if named else -1

    @staticmethod
    def _ar_b_name_ends(toks: list[tuple[int, int, str]], j: int, second: bool = True) -> bool:
        """Whether the name begun by a ب-word after an honorific ends at ``toks[j]`` or one name word
        later: what follows is أن / a colon / a dash / a comma / a quotation mark / "وهو", or the
        person's definite title ("الدكتور باعشن الخبير …"), not a verbal noun's object ("هدد الوزير
        بسحب تراخيص الشركات")."""

        def ends(m: int, colon: bool) -> bool:
            if m >= len(toks):
                return False
            w = toks[m][2]
            return (
                w in _AR_COMPLEMENTIZERS
                or w in {"-", "–", "—", "،", ","}
                or (colon and (w == ":" or w[:1] in _OPEN_QUOTES))
                or w in {"وهو", "وهي"}
                or (_definite(w) and w[2:] in _AR_PERSON_HEADS)
            )

        stem = toks[j - 1][2][1:]
        if ends(j, False):
            # a one-word name ("الدكتور باعشن،"), not a manner ("بهدوء", "ببرود", "بحزن")
            return not (len(stem) < 4 or len(stem) == 4 and stem[2] == "و" or stem.endswith("اء"))
        if j >= len(toks) or not second:
            return False
        return _ar_given_name_word(toks[j][2]) and ends(j + 1, True)

    @staticmethod
    def _ar_posting_end(toks: list[tuple[int, int, str]], j: int) -> int:
        """Where the place or affairs after a title's في end ("في مدينة مشهد", "في الأمم المتحدة",
        "في شؤون الطلاب الإيرانيين في أوروبا", "في الشؤون العربية والأفريقية"), from ``toks[j]``."""
        n = len(toks)
        while j < n:
            w = toks[j][2]
            if w in _AR_PLACE_HEADS and j + 1 < n:
                j += 2  # "مدينة مشهد"
            elif w.removeprefix("ال") == "شوون" or _definite(w) or _ar_name_like(w):
                j += 1  # "شؤون", "الأمم المتحدة", "سوريا"
            else:
                break
            while j < n and (
                _definite(toks[j][2]) or (toks[j][2][:1] == "و" and _definite(toks[j][2][1:]))
            ):
                j += 1  # "الطلاب الإيرانيين", "العربية والأفريقية"
            if j + 1 < n and toks[j][2] == "في" and _ar_name_like(toks[j + 1][2]):
                j += 1  # "في شؤون الطلاب في أوروبا": a place inside the affairs
                continue
            break
        return j

    @staticmethod
    def _ar_titled_name(toks: list[tuple[int, int, str]], start_i: int, k: int) -> bool:
        """Whether ``toks[k]`` and the word after it are a personal name right after a title's phrase
        that ends in a definite word ("الرئيس المصري محمد مرسي", "الناطق باسم الحكومة أسامة حمدان")."""
        if k + 1 >= len(toks) or k <= start_i + 1:
            return False  # "السفير محمد حجازي سفير …": a bare honorific before the name goes on
        head = toks[start_i][2].removeprefix("ال")
        if head not in _AR_TITLES or head in {"مسوول", "مصدر"}:
            return False
        prev = toks[k - 1][2]
        if not prev.startswith("ال") or prev[2:] in _AR_HONORIFICS or prev[2:] in _AR_TITLES:
            return False
        w, nxt = toks[k][2], toks[k + 1][2]
        if nxt in {"عبد", "ابو", "ابا", "بن", "ابن", "ام"} and k + 2 >= len(toks):
            return False  # the name runs past where this cue's words end
        return (
            (
                _ar_plain_name_word(w)
                # "أسامة حمدان" (not "شرعية مطالب": a noun in -iyya)
                or (w.endswith("ه") and not w.endswith("يه") and _ar_name_like(w[:-1] + "ا"))
            )
            and _ar_plain_name_word(nxt)
        )

    @staticmethod
    def _ar_ali_in_name(prev: str, nxt: str, before: str = "") -> bool:
        """Whether a folded علي inside a speaker span is the name (a given name's second part after
        محمد, a name after a title: "محمد علي", "الدكتور علي زيدان", "الشيخ علي سلمان") rather than the
        preposition على ("اللواء على المناطق")."""
        if prev == "محمد":
            return not (nxt.startswith("ال") and not (nxt.endswith("ي") and len(nxt) > 4))
        if prev == "الله" and before == "ايه":  # "آية الله علي السيستاني", not "عبد الله علي"
            return _ar_ali_name(nxt)
        return prev.removeprefix("ال") in _AR_HONORIFICS and _ar_ali_name(nxt)

    def _ar_reads_as_subject(self, word: str, feminine: bool = False) -> bool:
        """Whether ``word`` after an object-first verb opens its subject: a person's or a body's head
        noun, a source the registry knows, a name already used for a speaker, or an indefinite word that
        is no verbal noun (a name: "موديز", "نتنياهو"); a definite common noun ("الأزمة") is its object."""
        bare = word.removeprefix("ال")
        if (
            bare in _AR_PERSON_HEADS
            or bare in _AR_BODIES
            or bare in _AR_ANON
            or word in _AR_ANON
            or bare in _AR_KIN
            or bare in _AR_DOC_HEADS
            or _DOC_NOUNS.match(bare)
            or bare in _AR_QUANTIFIERS
            or word[:1] in _OPEN_QUOTES
            or bare.endswith(("ون", "يين"))
            or (self.known is not None and self.known(word) is not None)
        ):
            return True
        if _ar_object_noun(bare) or word in _AR_MANNER:
            return False
        for span in self.history[-_HISTORY:]:
            if word in self.text[span[0] : span[1]].split():
                return True
        # after a masculine verb a definite feminine noun ("أرجع الأزمة", "يستبعد الدعوة") is the
        # object ("أوصت المحكمة": the subject); a definite word otherwise is a surname as often as not
        # ("البكري", "القطان", "الوحيمد")
        return feminine or not (word.startswith("ال") and bare.endswith("ه"))

    def _ar_object_after_name(
        self, toks: list[tuple[int, int, str]], start_i: int, k: int, mode: str
    ) -> bool:
        """Whether ``toks[k]`` begins the object of a verb with a direct object: what is estimated
        ("قدر ناشطون معارضون في سوريا حصيلة القتلى"), or, right after a subject that is one bare name
        (a country or capital, a source the registry knows, the last word of an earlier speaker), a
        definite word ("اتهمت روسيا الولايات المتحدة", "دعا أوباما الأسرة الدولية"), a quoted name or
        another such name ("دعا كيري مرسي"), or an indefinite verbal noun or plural ("حذرت طهران
        تحركات …"); a name heads no construct, and a nisba after it is its adjective ("دمشق الرسمية")."""
        w = toks[k][2]
        if mode == "estimated":
            return w.removeprefix("ال") in _AR_ESTIMATED_OBJECTS
        if mode == "accused" and w.removeprefix("ال") == "مسووليه":
            return True  # "حمّل سعيد مسؤولية ما يجري", "وحمل إيران مسؤولية": the blame laid
        prev = toks[k - 1][2]
        nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
        if (
            prev.startswith("ال")
            and prev[2:] not in _AR_PERSON_HEADS
            and prev[2:] not in _AR_GENERIC_HEADS
            and nxt.startswith("ال")
            and w.isalpha()
            and not _definite(w)
            and (
                # "ووصف الحزب مبادرة النور": a مُفاعَلة / verbal noun in ة opening a construct
                (w.endswith("ه") and (w[0] == "م" or _ar_masdar_shaped(w[:-1])) and len(w) > 4)
                # "طالب رئيس المخابرات العامة وزير الخارجية": a second title, the one called on
                or (w in _AR_TITLES and w not in _AR_HONORIFICS)
            )
        ):
            # A definite word ends a construct, so an indefinite head with its own definite
            # complement after it starts another noun phrase: the object.
            return True
        if k != start_i + 1:
            return False
        name = toks[start_i][2]
        if not (name.isalpha() and len(name) >= 3 and not name.startswith("ال")):
            return False
        if not self._ar_bare_name(name):
            return False
        bare = w.removeprefix("ال")
        if w in _AR_TIME or bare in _AR_TIME or bare in _AR_PERSON_HEADS or bare in _AR_ANON:
            return False
        if w.startswith("ال"):
            return len(bare) >= 3 and not bare.endswith(("ي", "يه", "يون"))
        if w[:1] in _OPEN_QUOTES:
            return True
        return (
            w.isalpha()
            and not w.endswith(("ي", "يه", "يون", "يين"))  # "مصادر تركية": a nisba adjective
            and not _ar_participle(w)
        ) and (
            self._ar_bare_name(w)
            or (w.endswith("ات") and len(w) > 4)
            or _ar_object_noun(w)
            or w in _AR_OBJECT_NOUNS
        )

    def _ar_bare_name(self, word: str) -> bool:
        """A one-word proper name: a country or capital of the gazetteer, a source the registry knows,
        or the last word of an earlier speaker ("جون كيري", "لافروف"); no common noun ("مصادر",
        "مشروع البيان", "وزارة", "مسؤول")."""
        if (
            word in _AR_ANON
            or word in _AR_PERSON_HEADS
            or word in _AR_BODIES
            or word in _AR_DOC_HEADS
            or word in _AR_OBJECT_NOUNS
            or _DOC_NOUNS.match(word)
            or word.endswith(("ه", "ات", "ون", "ين"))
        ):
            return False
        node = _PLACE_TRIE.get(word)
        if (
            node is not None
            and None in node
            and any(place.kind in {"country", "capital"} for place, *_ in node[None])
        ):
            return True
        if self.known is not None and self.known(word) is not None:
            return True
        text = self.text
        n = len(word)
        for a, b in self.history[-_HISTORY:]:
            # the end of an earlier speaker, where the speaker ended ("قال كيري إن", "وأضاف كيري
            # لرويترز"), not a construct going on ("مشروع بيان القمة", "مشروع البيان")
            if text.endswith(word, a, b) and (b - n == a or text[b - n - 1] == " "):
                after = text[b : b + 24].split()[:1]
                if (
                    not after
                    or not after[0][0].isalpha()
                    or after[0] in _AR_COMPLEMENTIZERS
                    or after[0] in _AR_PREPS
                    or after[0] in _AR_TIME
                    or (after[0][0] == "ل" and not after[0].startswith("لل"))
                ):
                    return True
        return False

    @staticmethod
    def _ar_object_starts(toks: list[tuple[int, int, str]], k: int, mode: str, nxt: str) -> bool:
        """Whether ``toks[k]`` (after the first word of a VSO speaker) begins the verb's object or a
        second verb rather than going on with the speaker's name."""
        w = toks[k][2]
        prev = toks[k - 1][2]
        if w[:1] in "وف" and len(w) > 4 and _ar_coordinated_verb(w):
            return True  # "نددت به واشنطن وباريس واعتبرتاه تطوراً خطيراً": a second verb
        if w in {"هذه", "هذا", "تلك", "ذلك", "هولاء"}:
            # "وصف رامي عبد الرحمن من المرصد هذه التطورات": a demonstrative and its noun
            return _definite(nxt)
        if w == "كلا":
            # "واتهمت لجنة التحقيق كلاً من القوات الحكومية والجماعات …": both accused
            return nxt == "من" and _definite(prev)
        if mode == "published":
            # "ونشر ناشطون مقاطع فيديو في موقع يوتيوب": what was published, not who
            bare = w.removeprefix("ال")
            if _AR_LETTER.match(w) or _AR_CHARGES.match(w):
                # "وجه كارتر رسائل طمأنة لحلفاء …", "بعثت دمشق برسالتين", "ونشر ناشط اتهامات …"
                return True
            return bare in _AR_PUBLISHED_OBJECTS and bare[:3] not in {"موق", "صفح", "حسا"}
        if mode == "covered":
            # "تناولت الصحيفة التركية الانقسام بين …", "تناولت صحيفة اندبندنت الملف السوري": a definite
            # word after the paper's nisba or its bare name is the story (not "صحيفة الشرق الأوسط")
            return (
                w.startswith("ال")
                and not w.endswith(("يه", "ي"))
                and (
                    prev.startswith("ال")
                    and prev.endswith(("يه", "ي"))
                    or not prev.startswith("ال")
                    and prev.removeprefix("و") not in {"صحيفه", "جريده", "مجله"}
                )
            )
        if mode not in {"accused", "condemned", "denied", "called_for"}:
            return False
        if mode == "denied" and _AR_CHARGES.match(w):
            return True  # "رفض روحاني مزاعم تدخل إيران …": the charge denied begins the object
        if mode == "denied" and (w in _AR_DENIED_OBJECTS or _AR_DENIED_MASDAR.match(w)):
            # "ونفى ايسايكين تقارير أشارت …", "نفت حماس صحة ما تناقلته …", "وتنفي إيران سعيها …",
            # "وتنفي روسيا أي تورط": the reports, the truth or the act denied begin the object
            return True
        if mode == "denied" and nxt == "اي" and w.isalpha() and len(w) >= 3 and w not in _AR_PREPS:
            # "ونفى حزب صالح عقد أي لقاءات": "any" belongs to what is denied, so the word it
            # follows (a verbal noun) begins the object; no name runs on into أي.
            return True
        if mode == "accused" and w in _AR_TRADED_CHARGES and k > 0:
            return True  # "وتبادل طرفا النزاع الاتهامات": the charges traded
        if mode == "denied" and w.removeprefix("ال") in _AR_DENIED_OBJECTS and not _ar_medium(prev):
            # "ونفى قالن الاتهامات", "ونفت وزارة الخارجية الصينية اتهامات نيويورك تايمز": what is
            # denied, after a definite word or a name (not "وكالة الأنباء", "موقع الأخبار": a construct)
            bare = prev.removeprefix("و")
            return _definite(prev) or (
                bare.isalpha()
                and len(bare) >= 3
                and not bare.endswith(("ه", "ات"))
                and bare not in _AR_PERSON_HEADS
                and bare not in _AR_ANON
                and bare not in _AR_BODIES
                and bare not in _AR_GENERIC_HEADS
                and bare not in _AR_DOC_HEADS
            )
        if w in _AR_OBJECT_NOUNS:
            # "اتهم تقرير للأمم المتحدة أطراف الأزمة السورية … بأنها": a definite word heads no
            # construct, so the bare "أطراف/قوات/نظام" after it begins the one accused.
            return (
                _definite(prev) and prev[2:] not in _AR_PERSON_HEADS and prev[2:] not in _AR_BODIES
            )
        if not (w.startswith("ال") and w[2:] in _AR_OBJECT_NOUNS) or _definite(prev):
            return False
        # "وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات": a name heads no construct, so a
        # definite army/regime/government after it is the one accused.
        bare = prev.removeprefix("و")
        return (
            bare.isalpha()
            and len(bare) >= 3
            and not bare.endswith(("ي", "ه", "ات", "ا", "ء"))
            and bare != "باسم"  # "الناطق باسم الحكومة": the body he speaks for
            and bare not in _AR_PERSON_HEADS
            and bare not in _AR_ANON
            and bare not in _AR_BODIES
            and bare not in _AR_KIN
            and bare not in _AR_OBJECT_NOUNS
            and bare not in _AR_OF_A_PERSON
            and bare not in _AR_DOC_HEADS
            and bare not in _AR_QUANTIFIERS
            # "نسبت هيئة أركان الجيش التركي الهجوم إلى …": a construct head, not a name
            and bare not in _AR_NOT_A_NAME_GAP
        )

    def _add_denied_claimant(self, prop: Prop, cue: Cue, pos: int) -> None:
        """ "نفى مصدر عسكري ما تناقلته وسائل إعلام …": the media that made the claim speak in it too
        (gold convention 3), but "وأضاف" later carries on with the denier only."""
        if cue.mode != "denied":
            return
        claimant = self._ar_denied_claimant(pos, max(self.limit, pos))
        if claimant is not None:
            prop.carried = _dedupe(self.text, [*prop.carried, *self._speaker_strings([claimant])])

    def _ar_denied_claimant(self, pos: int, limit: int) -> tuple[int, int] | None:
        """The subject of "ما <verb>ه X" right after a denier ("ما تناقلته وسائل إعلام"), if any."""
        toks = self._toks(pos, min(limit, pos + 120))
        charge = False
        for k in range(min(len(toks) - 4, 6)):
            if not _is_word(toks[k][2]):
                break
            if (
                _AR_CHARGES.match(toks[k][2])
                and toks[k + 1][2] == "التي"
                and toks[k + 2][2].endswith("ها")
            ):
                # "رفض البيت الأبيض ووزارة الخارجية الاتهامات التي وجهتها الحكومة السورية",
                # "الاتهامات التي وجهتها له منظمة العفو": the accuser
                toks, charge = toks[k + 1 :], True
                if toks[2][2] in {"له", "لها", "لهم", "اليه", "اليها", "اليهم"}:
                    toks = toks[:2] + toks[3:]
                break
        if len(toks) < 3 or not _is_word(toks[1][2]):
            return None
        if (
            toks[0][2] != "ما"
            and not charge
            and not (
                # "نفى المكتب الإعلامي أنباء تناقلتها وسائل إعلام": the reports and who spread them
                toks[0][2].removeprefix("ال") in {"انباء", "تقارير", "اخبار", "معلومات", "شايعات"}
                and toks[1][2].endswith("تها")
            )
        ):
            return None
        end = 2
        while end < min(len(toks), 8):
            w = toks[end][2]
            if w in _ANY_QUOTE:  # "قنوات "الإعلام الدموي""
                end += 1
                continue
            if not _is_word(w) or w in _AR_CUT_WORDS or w in _AR_PREPS or w in _AR_TIME:
                break
            if w in {"فقط", "ايضا"}:
                break
            if w in _AR_COMPLEMENTIZERS or w.startswith("ب") and len(w) > 3:
                break
            end += 1
        while end > 2 and not _is_word(toks[end - 1][2]) and toks[end - 1][2] not in '"”»':
            end -= 1
        if end == 2:
            return None
        return self._trim(toks[2][0], toks[end - 1][1])

    @staticmethod
    def _ar_b_name(word: str, after: list[tuple[int, int, str]]) -> bool:
        """Whether a ب-word right after a verb is a name: أن / a colon follows within a few words with no
        comma, and the rest of it is no verbal noun ("أفاد بمقتل", "طالب بالإفراج")."""
        stem = word[1:]
        if (
            word in _AR_B_NOT_NAMES
            or word.startswith("بال")
            or stem in _AR_MASDAR_OBJECTS
            or _ar_masdar_shaped(stem)
            or _ar_possessed_masdar(stem, _AR_FEELINGS)
            or stem.endswith(("ه", "ات"))  # "بمشاركة", "بتصريحات": a feminine or plural noun
            or stem.startswith(("م", "ت", "ا"))  # مَفعَل / تَفعُّل / إفعال: "بمقتل", "بتحسن"
            or not stem.isalpha()
        ):
            return False
        for k, (_s, _e, w) in enumerate(after[:9]):
            if k < 6 and (
                w in _AR_COMPLEMENTIZERS or w == ":" and k > 0
            ):  # "وتابع بحزن:": a manner
                return True
            if w in _OPEN_QUOTES and w != "'":
                # "وقال بليجريني “إنني فخور …”", "وقال بلير في مقابلة «…»": direct speech after the
                # name; not a verbal noun or plural ("وتقول ببرود "…"", "بوقوف", "بجلاء", "بجرائم")
                # nor "بعنوان"/"بعضهم"
                return not (
                    len(stem) < 4
                    or len(stem) == 4
                    and stem[2] == "و"  # فعول
                    or stem.endswith("اء")  # فعلاء / فعال
                    or len(stem) == 5
                    and stem[2] == "ا"
                    and stem[3] == "ي"  # فعائل
                    or stem in {"عنوان"}
                    or stem.startswith("عض")
                )
            if not _is_word(w):
                return False
        return False

    def _ar_l_name(self, word: str, prev: str = "") -> bool:
        """Whether a ل-word right before أن / a colon / a quotation belongs to the speaker rather than
        being the preposition ل with the one spoken to ("قال لرويترز إن", "قالت لوالديها إنها", "قال
        أوباما لمبارك"): a name whose ل is its own ("سيرغي لافروف إن", "وقال ليفيت إنه": the rest of it
        is no word of the article), a ل-nisba ("مصادر أمنية لبنانية أن") or what a loyal or affiliated
        speaker belongs to ("مصادر عسكرية موالية لهادي إن")."""
        stem = word[1:]
        if word.startswith(("لبنان", "ليبي")) or prev.removeprefix("ال").startswith(
            ("موال", "تابع")
        ):
            return True
        if (
            len(stem) < 3
            or not stem.isalpha()
            or word in _AR_L_NOT_NAMES
            or stem.startswith("ل")
            or _AR_ADDRESSEE.match(word)
            # a pronoun or a possessed noun ("لها", "لوالدته", "لأسرتها"); a genitive plural in -ين
            # ("لصحافيين"), where a subject would end in -ون
            or stem.endswith(("ه", "ها", "هم", "هما", "نا", "كم", "ين"))
            or _ar_medium(stem)
            or (self.known is not None and self.known(stem) is not None)
        ):
            return False
        # an addressee is a name the article also gives bare ("بيريز", "رويترز", "برينان")
        return re.search(rf"(?<!\w)[وفب]?{re.escape(stem)}(?!\w)", self.text) is None

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

    def _ar_nested_source(self, pos: int, limit: int) -> tuple[int, int, int] | None:
        """After "نقلت X": "عن Y [قوله] أن/:" gives Y's span and where the content starts."""
        toks = self._toks(pos, limit)
        if not toks or toks[0][2] != "عن":
            return None
        end_i = None
        for k in range(1, min(len(toks), 16)):
            w = toks[k][2]
            if w in _AR_QUOTING_NOUNS or _opens_content(w) or w in "،,.":
                end_i = k
                break
        if end_i is None or end_i == 1:
            return None
        content = toks[end_i][1] if toks[end_i][2] in _AR_QUOTING_NOUNS else toks[end_i][0]
        return toks[1][0], toks[end_i - 1][1], content

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

    def _ar_relative_subject(
        self, a: int, clause: int, cs: int, ce: int, written: str, cur: Prop
    ) -> tuple[int, int] | None:
        """ "المحكمة الشرعية التابعة للتنظيم، التي قالت إن …", "النواب الذين يقولون إن …": a verb right
        after الذي/التي/الذين that agrees with it and has no pronoun back to the noun (not "الاتفاق الذي
        رحبت به موغيريني", "الهجوم الذي قال إنه …") has that noun as its subject: the noun phrase
        before the relative word, if it looks like a speaker. Returns its span or None."""
        before = self._toks(max(a, cs - 12), cs)[-1:]
        if not before or before[0][2].lstrip("و") not in {"الذي", "التي", "الذين"}:
            return None
        rel, verb = before[0][2].lstrip("و"), written.lstrip("وف")
        if verb not in AR_CUESET.word_info or verb.endswith(("ه", "ها", "هم", "هما")):
            return None
        plural = verb.endswith(("وا", "ون"))
        fem = not plural and (verb.endswith("ت") or verb.startswith("ت"))
        if (rel == "الذين") != plural or (rel == "التي") != fem:
            return None
        nxt = [t[2] for t in self._toks(ce, max(self.limit, ce))[:6] if t[2] not in _AR_TIME]
        if (
            nxt
            and (
                nxt[0] in _AR_RESUMPTIVE
                or re.fullmatch(r"(?:ب|ل|عن|في|الي|علي|من|مع)(?:ه|ها|هم|هما)", nxt[0]) is not None
                or re.fullmatch(r"[بل]?ان(?:ه|ها|هم|هما)", nxt[0]) is not None
                # "التي تقول الخارجية الأمريكية إنها …", "الذي أعلن "الوسط" عن تشكيله": the subject follows
                or (
                    nxt[0][:1] in _OPEN_QUOTES
                    and (nxt[0].lstrip(_OPEN_QUOTES) or "".join(nxt[1:2]))
                    not in _AR_COMPLEMENTIZERS
                )
                or nxt[0].startswith("ال")
                and any(re.fullmatch(r"[بل]?ان(?:ه|ها|هم|هما)", w) for w in nxt[1:6])
            )
        ):
            return None
        rs = before[0][0]
        if cur.kind in {"reported", "quote"} and any(
            t[2] in _AR_COMPLEMENTIZERS for t in self._toks(max(a, cur.start), rs)
        ):
            # "وأشار ديفيس إلى أن الفضلي كان أحد قادة القاعدة الذين …": inside his words (AR-1)
            return None
        if verb in {"تحدث", "يحدث"} and nxt[:1] != ["عن"]:
            return None  # "الفوضى التي تحدث داخل المراكز": happens, not speaks
        if nxt and _AR_ADDRESSEE.match(nxt[0]):
            return None  # "المصادر التي تحدثت لرويترز": who they spoke to, not what they said
        if any(
            t[2].lstrip("و") in {"عنوان", "بعنوان", "عنونت"}
            for t in self._toks(ce, max(self.limit, ce))[:15]
        ):
            # "صحيفة التايمز التي نشرت موضوعا … تحت عنوان "…"": a press review's headline, which
            # the headline rule gives to the paper as a quote (AR-22)
            return None
        lo = clause if self._toks(clause, rs) else self._clause_start(a, max(a, clause - 1), a)
        toks = [t for t in self._toks(lo, rs) if _is_word(t[2])]
        stop = 0
        for j in range(len(toks) - 1, -1, -1):
            w = toks[j][2]
            if w in {"في", "من"} and j and toks[j - 1][2].removeprefix("ال") in _AR_PERSON_HEADS:
                continue  # "أحد كبار المسؤولين في الإدارة الأميركية الذي أوضح …": one noun phrase
            if w in _AR_PREPS and any(
                t[2].removeprefix("ال") in _AR_PERSON_HEADS
                or t[2] in _AR_ANON
                or t[2].startswith("مقرب")
                for t in toks[max(0, j - 2) : j]
            ):
                return None  # "مصدر مقرب من رئيس الحكومة، الذي أكد": which of the two speaks is unclear
            if (
                w in _AR_PREPS
                or w in _AR_COMPLEMENTIZERS
                or w in _AR_CLAUSE_WORDS
                or w in _AR_RELATIVE
                or w in _AR_TIME
                or w.lstrip("وف") in AR_CUESET.word_info
                or w.lstrip("وب") in {"حسب", "وفق", "وفقا"}
                or any(c.isdigit() for c in w)
                or len(toks) - j > 8
            ):
                stop = j + 1
                break
        toks = toks[stop:]
        while toks and (
            toks[0][2] in _AR_RESUMPTIVE
            or re.fullmatch(r"(?:ب|ل|عن|في|الي|علي|من|مع)(?:ه|ها|هم|هما)", toks[0][2]) is not None
        ):
            toks = toks[1:]  # "وفق ما أشار إليه ستاتشر، الذي قال: …"
        heads = _AR_AGENT_HEADS | _AR_PERSON_HEADS
        for j in range(len(toks)):
            w = toks[j][2]
            if w[:1] == "و" and not w.startswith(_AR_NATIVE_WAW):
                w = w[1:]
            rest = [t[2] for t in toks[j + 1 :]]
            if any(
                (x[:1] == "و" and not x.startswith(_AR_NATIVE_WAW))
                or (x[:1] == "ب" and x not in _AR_B_NAMES)
                or (w.startswith("ال") and not x.startswith(("ال", "لل")))
                for x in rest
            ):
                continue  # "الرئيس روحاني المزاعم الأميركية وحلفاءها": no one noun phrase
            if w.removeprefix("ال") in heads or w in heads:
                start = toks[j][0] + len(toks[j][2]) - len(w)
                if w in _AR_DOC_HEADS and j + 1 < len(toks) and toks[j + 1][2][:1] != "ل":
                    start = toks[j + 1][0]  # "تصريحات الخارجية القطرية التي أكدت": the ministry
                if j and toks[j - 1][2] in _AR_QUANTIFIERS | {"بعض", "احد"}:
                    start = toks[j - 1][0]  # "بعض النواب الذين يقولون إن …"
                if w.startswith("ال") and (
                    j == len(toks) - 1 or w.removeprefix("ال") in _AR_DOC_HEADS | {"صحيفه"}
                ):
                    # "التقرير الذي ادعى", "الحركة التي تطالب", "الصحيفة البريطانية التي نقلت": a
                    # back-reference, which one is the job of resolution
                    return None
                return start, toks[-1][1]
        for j in range(len(toks)):
            span = (toks[j][0], toks[-1][1])
            if (
                toks[j][2][:1] != "ل"
                and self._looks_like_speaker(span)
                and self.resolve(span) == span
            ):
                return span  # "محسن أبو سدة الذي قال: …": a name the registry or the article knows
        return None

    def _ar_prefix_speaker(self, clause_start: int, cue_start: int) -> tuple[int, int] | None:
        """SVO: the noun phrase between the clause start and the verb, if it looks like one."""
        text = self.text
        m = _AR_LEAD_PHRASE.match(text, clause_start, cue_start)
        s = m.end() if m else clause_start
        toks = self._toks(s, cue_start)
        for j in range(len(toks) - 1, -1, -1):
            if toks[j][2] in {"بينما", "وبينما", "فيما", "وفيما", "لكن", "ولكن"} or (
                toks[j][2] == "حين" and j and toks[j - 1][2] == "في"
            ):
                # "… بالقتال في سوريا بينما قالت الولايات المتحدة إن": a new clause starts there.
                toks = toks[j + 1 :]
                break
        while toks and (toks[0][2] in _AR_CONNECTIVES or not _is_word(toks[0][2])):
            toks = toks[1:]
        if len(toks) > 2 and toks[0][2] in {"غير", "الا", "بيد"} and toks[1][2] in {"ان", "انه"}:
            toks = toks[
                2:
            ]  # "غير أن مكتب رئيس الوزراء … أكد في بيان أن …": "but", then the subject
        if len(toks) > 2 and toks[-1][2] in {"ان", "وان"} and toks[-2][2] in {"سبق", "وسبق"}:
            toks = toks[:-1]  # "وكان النظام قد سبق أن أبدى …"
        if len(toks) > 1 and toks[-1][2] in {"سبق", "وسبق"}:
            toks = toks[:-1]  # "وكان نظام الأسد قد سبق وأبدى مخاوفه": "had already", not the name
        while toks and toks[-1][2] in {"قد", "لقد", "ايضا"}:
            toks = toks[:-1]  # "وكان المرصد قد ذكر": the auxiliary, not the name
        while len(toks) > 1 and toks[-1][2] in {"كان", "كانت", "كانوا"}:
            toks = toks[:-1]  # "يذكر أن إيران كانت قد قالت إنها …": the auxiliary after the name
        if (
            len(toks) > 3
            and toks[-3][2] == "في"
            and toks[-2][2] in {"وقت", "اوقات"}
            and toks[-1][2] in {"سابق", "لاحق", "مبكر", "متاخر", "سابقا", "لاحقا"}
        ):
            # "وكانت الأمم المتحدة في وقت سابق قد تحدثت …": when, not who
            toks = toks[:-3]
            while len(toks) > 1 and toks[-1][2] in {"قد", "لقد"}:
                toks = toks[:-1]
        while len(toks) > 1 and toks[-1][2] in _AR_TIME and toks[-1][2] not in {"ايضا", "كذلك"}:
            toks = toks[:-1]  # "وكان المرصد أمس قد ذكر": a time word after the name
        if len(toks) > 2 and toks[-1][2] == "ما" and toks[-2][2].lstrip("وف") == "سرعان":
            toks = toks[:-2]  # "لكن الجانب الكردي سرعان ما نفى": an adverb of time
        words = [t for t in toks if _is_word(t[2])]
        if not words or len(words) > 12:
            return None
        first = toks[0][2]
        if first[:1] in "وف" and first[1:] in _AR_PREPS | _AR_TIME | _AR_LINK_PREPS:
            return None
        last = words[-1][2]
        if (
            last in _AR_RELATIVE
            or last in _AR_COMPLEMENTIZERS
            or last[1:] in _AR_RELATIVE
            and last[:1] in "وف"
        ):
            return None
        if first in _AR_COMPLEMENTIZERS and len(toks) > 1 and toks[1][2] not in _AR_NOT_SPEAKER:
            # "ذكر موقع العربية نت أن نصر الله شدد على …": a reported speaker inside a report.
            toks = toks[1:]
            first = toks[0][2]
            if not _is_word(first):
                return None
        if first in _AR_PREPS or first in _AR_TIME or first in _AR_COMPLEMENTIZERS:
            return None
        verb = first[1:] if first[:1] in "وف" else first
        if (
            len(toks) > 1
            and toks[1][2] in _AR_PREPS
            and (info := AR_CUESET.word_info.get(verb)) is not None
            and info.kind != PARTICIPLE
        ):
            # "أعلن اللواء خلوف انشقاقه …، وبث على قناة العربية وقال إنه …": a verb and its
            # complement, not a noun phrase; the subject is the pronoun's.
            return None
        if any(t[2] in _AR_CLAUSE_WORDS for t in toks):
            return None  # "اللواء ما زال يتألف … لكنه": a clause, not a speaker
        return toks[0][0], toks[-1][1]

    def _en_speaker_before(self, lo: int, cue_start: int) -> tuple[int, int] | None:
        """The English noun phrase that ends right before the verb ("a source at Aleppo Police Command")."""
        toks = self._toks(lo, cue_start)
        j = len(toks) - 1
        while j >= 0 and (toks[j][2].lower() in _EN_AUX or _adverb(toks[j][2])):
            j -= 1
        j = _en_before_aside(toks, j)
        if j >= 2 and toks[j][2] == "to" and _en_verb_before_to(toks[j - 2][2], toks[j - 1][2]):
            # "The Iranian president went on to say": the subject before the verb that governs "to"
            j -= 3 if toks[j - 1][2] == "on" else 2
            while j >= 0 and (toks[j][2].lower() in _EN_AUX or _adverb(toks[j][2])):
                j -= 1
        if j >= 3 and toks[j][2] in ")]" and toks[j - 2][2] in "([" and _cap(toks[j - 1][2]):
            # "the Organisation for the Prohibition of Chemical Weapons (OPCW) said": the name before
            found = self._en_speaker_before(lo, toks[j - 2][0])
            return (found[0], toks[j][1]) if found is not None else None
        if (
            j >= 1
            and toks[j][2].lower() in _EN_TIME_NOUNS
            and toks[j - 1][2].lower() in {"this", "last", "next"}
        ):
            j -= 2  # "The FSA this month called for …"
            while j >= 0 and (toks[j][2].lower() in _EN_AUX or _adverb(toks[j][2])):
                j -= 1
        elif (
            j >= 2
            and toks[j][2].lower() in _EN_MONTHS_DAYS
            and toks[j - 1][2].lower() == "on"
            and toks[j - 2][2].lower() in _EN_AUX
        ):
            j -= 2  # "The army chief had on Sunday said …"
            while j >= 0 and (toks[j][2].lower() in _EN_AUX or _adverb(toks[j][2])):
                j -= 1
        end_j = j
        start_j = None
        if j >= 0 and toks[j][2].lower() in _EN_PRONOUNS:
            return toks[j][0], toks[j][1]
        while j >= 0:
            w = toks[j][2]
            lw = w.lower()
            if start_j is not None and _glued_sentence(toks, j) and w in _EN_GLUED_CONNECTIVES:
                break  # "… in Idleb Meanwhile civil sources told SANA": a lost full stop ends the NP
            if lw in _EN_DETERMINERS:
                start_j = j
                # "a Britain-based monitor and a medical source": go on through the coordination.
                if (
                    j >= 2
                    and toks[j - 1][2].lower() == "and"
                    and (
                        toks[j - 2][2].lower() in _EN_NP_WORDS
                        or toks[j - 2][2][:1].isupper()
                        or toks[j - 2][2] == ")"  # "The … Units (YPG) and the … Observatory"
                    )
                ):
                    j -= 2
                    continue
                # "the spokesman for the US-led coalition": an of/for phrase inside the noun phrase.
                if (
                    j >= 2
                    and toks[j - 1][2].lower() in {"of", "for", "from"}
                    and (toks[j - 2][2].lower() in _EN_NP_WORDS or _cap(toks[j - 2][2]))
                    # "AFPs correspondent in the town said": where the person speaks from
                    or j >= 2
                    and toks[j - 1][2].lower() in {"in", "at"}
                    and toks[j - 2][2] in _EN_SITED_PEOPLE
                    # "an official from the forces said": a person's affiliation
                    or j >= 2
                    and toks[j - 1][2].lower() in {"from", "at", "with"}
                    and toks[j - 2][2].lower() in _EN_NP_WORDS - {"and", "of", "for", "the", "a"}
                ):
                    j -= 2
                    continue
                # "The Syrian Observatory for Human Rights a British-based monitoring group": an apposition
                # after a registered name, in text that lost its commas.
                k = j - 1
                while k >= 0 and (_cap(toks[k][2]) or toks[k][2].lower() in {"of", "for", "the"}):
                    k -= 1
                if k + 1 < j and self.known is not None:
                    name = self.text[toks[k + 1][0] : toks[j - 1][1]]
                    if self.known(name) is not None:
                        start_j = k + 1
                if (
                    start_j == j
                    and 2 <= j - (k + 1) <= 3
                    and (k < 0 or toks[k][2] in _ANY_QUOTE)
                    and all(
                        _cap(t[2])
                        and t[2][:1].isalpha()
                        and not t[2].isupper()  # "FORCED DISPLACEMENT A pro-opposition activist"
                        and t[2].lower() not in _EN_MONTHS_DAYS | _EN_FRAME_PREPS | _EN_PLACE_PREPS
                        and t[2].lower() not in _EN_CONNECTIVES | _EN_DETERMINERS | {"last", "next"}
                        for t in toks[k + 1 : j]
                    )
                    and self._en_one_person((toks[k + 1][0], toks[j - 1][1]))
                ):
                    # '"These reports are of great concern" Ahmet Uzumcu the head of the Organisation
                    # for the Prohibition of Chemical Weapons said': a person's name before his title
                    start_j = k + 1
                break
            nxt = toks[j + 1][2] if j + 1 < len(toks) else ""
            if (
                _cap(w)
                or lw in _EN_NP_WORDS
                or (start_j is not None and ("-" in w and w.islower() or lw in _EN_NP_MODIFIERS))
                # "a spokesman for the ruling party", "of the warring parties": an -ing modifier
                # right after a determiner
                or (
                    start_j == j + 1
                    and j >= 1
                    and w.islower()
                    and len(w) > 5
                    and lw.endswith("ing")
                    and toks[j - 1][2].lower() in {"the", "a", "an"}
                    and lw not in _EN_NOT_PARTICIPLES
                    # not a noun ("the shelling PRESS TV reports", "a finding Ankara rejected")
                    and (
                        nxt.islower()
                        and nxt not in {"of", "for", "in", "at", "from", "on", "to", "and", "by"}
                        or lw in {"ruling", "governing", "opposing", "warring", "leading"}
                    )
                )
                or lw in _EN_PLACE_NOUNS
                or w in "()"
                # "opposition sources in eastern Syria said": a compass adjective on the place name
                # (the place name ends the speaker: not "in eastern Syria UNICEF said", commas lost)
                or (
                    lw in _EN_COMPASS
                    and start_j == j + 1 == end_j
                    and _cap(nxt)
                    and nxt[:1].isalpha()
                )
                or (
                    lw in {"at", "in", "from", "on", "to"}
                    and start_j is not None
                    and (
                        nxt[:1].isupper()
                        or nxt.lower() in _EN_DETERMINERS
                        or nxt.lower() in _EN_COMPASS
                        and j + 2 < len(toks)
                        and _cap(toks[j + 2][2])
                    )
                )
                # "an AFP photographer in Douma reported"
                or (w in _EN_SITED_PEOPLE and start_j == j + 1 and nxt in {"in", "at"})
                # "Al-Qaeda-affiliated extremists in Syria announced": a plural the place modifies
                # (one name after the preposition: "… prospects in Syria Obama said" is content)
                or (
                    start_j == j + 1
                    and nxt in {"in", "at", "from"}
                    and (
                        end_j == j + 2
                        or end_j == j + 5
                        and toks[j + 3][2] == "("
                        and toks[end_j][2] == ")"
                    )
                    and not (j and toks[j - 1][2].lower() in _EN_PRONOUNS | {"that", "which"})
                    and w.islower()
                    and len(w) > 3
                    and w.endswith("s")
                    and not w.endswith(("ss", "us", "is"))
                    and lw not in _EN_CLAUSE_WORDS
                    and lw not in _EN_AUX
                    # ("… a lack of understanding of events in Syria Russias Foreign Ministry said")
                    and not (j and toks[j - 1][2].lower() in {"of", "for", "about", "on"})
                )
            ):
                start_j = j
                j -= 1
                continue
            if w in '"“”' and start_j is None:
                j -= 1
                continue
            break
        modified = _en_modified_head(toks, start_j) if start_j is not None else None
        if modified is not None:
            start_j = modified
        elif (
            start_j is not None
            and start_j >= 2
            and toks[start_j][2].islower()
            and toks[start_j][2] not in _EN_DETERMINERS
            and toks[start_j][2] not in {"of", "for", "and", "at", "in", "from", "on"}
            and toks[start_j - 2][2].lower() in {"the", "a", "an", "its", "their"}
            and toks[start_j - 1][2].islower()
            and (
                "-" in toks[start_j - 1][2] or toks[start_j - 1][2].endswith(_EN_ADJECTIVE_ENDINGS)
            )
        ):
            start_j -= 2  # "the central bank said": one lowercase modifier after a determiner
        elif (
            start_j is not None
            and toks[start_j][2].islower()
            and toks[start_j][2] not in _EN_DETERMINERS
            and toks[start_j][2] not in {"of", "for", "and", "at", "in", "from", "on"}
        ):
            # "The head of Ramadi Hospital's emergency department said", "the former senator said":
            # a determiner that opens the clause opens the noun phrase.
            d, low_d = start_j, max(-1, start_j - 8)
            while d - 1 > low_d:
                d -= 1
                w = toks[d][2]
                if w == ")" and d >= 3:
                    # "The Islamic State (ISIS Daesh ISIL IS) terrorist group claimed": past the aside
                    opening = next(
                        (o for o in range(d - 1, max(-1, d - 8), -1) if toks[o][2] == "("), None
                    )
                    if opening is not None and all(_cap(t[2]) for t in toks[opening + 1 : d]):
                        d, low_d = opening, max(-1, low_d - (d - opening + 1))
                        continue
                if not _is_word(w) or w.lower() in _EN_CLAUSE_WORDS or w.lower() in _EN_AUX:
                    break
                if w.lower() in {"the", "a", "an", "one", "another"} and (
                    d == 0 or not _is_word(toks[d - 1][2])
                ):
                    start_j = d
                    break
        # "… , an opposition watchdog which monitors violence in Syria said": the speaker is the noun
        # phrase the relative clause hangs on, not the place or object that ends the clause
        in_place = start_j is not None and any(
            toks[k][2].lower() in (_EN_PLACE_PREPS - {"by"}) | {"near", "of", "across"}
            for k in (start_j, start_j - 1)
            if k >= 0
        )
        for r in range(start_j - 1 if in_place else -1, max(0, end_j - 12), -1):
            if not _is_word(toks[r][2]):
                break
            if toks[r][2].lower() not in {"which", "who"}:
                continue
            verb, obj = toks[r + 1][2], toks[r + 2][2] if r + 2 <= end_j else ""
            if (
                verb.islower()
                and (verb.endswith(("s", "ed")) or verb in _EN_GAP_VERBS)
                and verb not in _EN_DETERMINERS
                and _is_word(obj)
                and obj.lower() not in _EN_PLACE_PREPS | _EN_FRAME_PREPS | {"of", "for", "and"}
                and (verb not in _EN_NP_WORDS or obj.islower())
                and _is_word(toks[r - 1][2])
            ):
                head = self._en_speaker_before(lo, toks[r][0])
                if head is not None:
                    return head
            break
        if start_j is None and end_j >= 2 and toks[end_j][2].lower() != "to":
            # '"…," a worker who wanted to remain anonymous told Ahram Online': the walk back stops in
            # the relative clause; the noun phrase it hangs on speaks (not "MPs who were happy to say").
            for r in range(end_j - 1, max(0, end_j - 14), -1):
                w = toks[r][2]
                if w == "." and _EN_ABBREVIATION.fullmatch(toks[r - 1][2]):
                    continue  # "who led the U.N. inquiry"
                if not _is_word(w):
                    break
                if w.lower() not in {"who", "whom"}:
                    continue
                if toks[r + 1][2].islower() and _is_word(toks[r - 1][2]):
                    head = self._en_speaker_before(lo, toks[r][0])
                    if head is not None:
                        return head
                break
        if start_j is None and end_j >= 0:
            # "…," the person filming the warehouse says: a determiner right after punctuation opens the NP.
            for d in range(end_j, max(-1, end_j - 7), -1):
                w = toks[d][2]
                if not _is_word(w) or w.lower() in _EN_CLAUSE_WORDS:
                    break
                if w.lower() in {"the", "a", "an", "one", "another"} and (
                    d == 0
                    or not _is_word(toks[d - 1][2])
                    # "… on Sunday a hospital staff told RIA Novosti": a time ends the clause before it
                    or toks[d - 1][2].lower() in _EN_MONTHS_DAYS
                    or _glued_sentence(toks, d)
                ):
                    start_j = d
                    break
        if start_j is None or end_j < 0:
            return None
        while start_j <= end_j and (
            toks[start_j][2].lower() in _EN_CONNECTIVES
            or toks[start_j][2].lower() in _EN_MONTHS_DAYS
            or toks[start_j][2].isdigit()
        ):
            start_j += 1
        while start_j <= end_j and toks[start_j][2].lower() in {
            "of",
            "for",
            "and",
            "in",
            "at",
            "from",
            "on",
            "(",
            ")",
        }:
            start_j += 1
        if start_j > end_j:
            return None
        if start_j > 0 and toks[start_j - 1][2].lower() in _EN_PLACE_PREPS | {"near"}:
            # "… close to the border with Turkey local sources said" (no comma): the place ends the
            # clause before, the lowercase source noun opens the speaker.
            f = start_j
            while f <= end_j and _cap(toks[f][2]) and toks[f][2][:1].isalpha():
                f += 1
            if (
                start_j < f <= end_j
                and toks[f][2].lower() in _EN_SOURCE_LEADS
                and not toks[f - 1][2].endswith(("an", "ese", "ish", "i"))  # "Syrian officials"
            ):
                start_j = f
        start_j = self._en_after_place_tail(toks, start_j, end_j)
        # "… dropped on the Zubdiya neighbourhood in rebel-held Aleppo Reuters reported", "… in Deir
        # Ezzor SANA news agency reported": with the commas lost, a wire agency closes the content
        # before it; it speaks alone unless its own modifiers stand before it ("state news agency SANA")
        agency = (
            end_j - 2
            if [t[2].lower() for t in toks[end_j - 1 : end_j + 1]]
            == [
                "news",
                "agency",
            ]
            else end_j
        )
        if (
            start_j < agency
            and toks[agency][2] in _EN_WIRE_AGENCIES
            and toks[agency - 1][2].lower() not in _EN_AGENCY_MODIFIERS
            and not toks[agency - 1][2].lower().endswith(("'s", "’s"))
        ):
            start_j = agency
        return toks[start_j][0], toks[end_j][1]

    def _en_subject_before_asides(self, a: int, comma: int) -> tuple[int, int] | None:
        """The subject of "NP, ASIDE, verb" or "NP, ADVERB, ASIDE, verb" ending at ``comma``: the
        sentence split at its commas into frames ("Late last year", "On Monday"), then a segment
        that is wholly a noun phrase, then one aside (two when the first is a sentence adverb or the
        second a relative clause), none quoting, bracketing or reporting."""
        text = self.text
        cuts = [
            m.start()
            for m in re.finditer(",", text[a:comma])
            # (not a number's: "1,000")
            if not (
                text[a + m.start() - 1 : a + m.start()].isdigit()
                and text[a + m.start() + 1 : a + m.start() + 2].isdigit()
            )
        ]
        bounds = [a] + [a + c + 1 for c in cuts] + [comma + 1]
        segments = [(bounds[i], bounds[i + 1] - 1) for i in range(len(bounds) - 1)]
        i = 0
        while i < len(segments):
            words = [t[2].lower() for t in self._toks(*segments[i]) if _is_word(t[2])]
            if words and (
                words[0] in _EN_FRAME_PREPS | _EN_PLACE_PREPS | _EN_CONNECTIVES
                or words[0] in {"late", "early", "last", "earlier", "for", "by", "under"}
                or words[0] in _EN_MONTHS_DAYS
            ):
                i += 1
                continue
            break
        if i >= len(segments) - 1:
            return None
        subject, asides = segments[i], segments[i + 1 :]
        if not 1 <= len(asides) <= 2:
            return None
        first = [t[2].lower() for t in self._toks(*asides[0]) if _is_word(t[2])]
        if len(asides) == 2:
            second = [t[2].lower() for t in self._toks(*asides[1]) if _is_word(t[2])]
            if not (" ".join(first) in _EN_SENTENCE_ASIDES or second[:1] in (["which"], ["who"])):
                return None
        for s, e in asides:
            toks = self._toks(s, e)
            if not 1 <= len(toks) <= 25 or any(
                t[2] in _ANY_QUOTE
                or t[2] in ";:()"
                or t[2].lower() in _EN_INVERTED_VERBS | {"says", "say", "told", "tells"}
                for t in toks
            ):
                return None
        chunk = self._en_np_chunk(subject[0], subject[1])
        lead = [t for t in self._toks(subject[0], subject[1]) if _is_word(t[2])]
        if chunk is None or not lead or chunk[0] != lead[0][0]:
            return None
        words = text[chunk[0] : chunk[1]].split()
        if any(w.lower() in _EN_MONTHS_DAYS | _EN_TIME_NOUNS for w in words) or not (
            _cap(words[0]) or words[0].lower() in _EN_DETERMINERS | _EN_QUANTIFIERS
        ):
            return None
        return chunk

    def _en_in_subject(self, clause: int, start: int) -> bool:
        """Whether a noun phrase starting at ``start`` lies in the subject of its clause: at most
        three words before it, none of them a verb ("Countries such as …", "The opposition's Civil
        Defense group")."""
        words = [
            t[2]
            for t in self._toks(clause, start)
            if _is_word(t[2]) and t[2].lower() not in _EN_CONNECTIVES
        ]
        return len(words) <= 3 and not any(
            _en_finite(w) or w.lower() in _EN_IRREGULAR_PASTS for w in words
        )

    def _en_np_chunk(self, lo: int, end: int) -> tuple[int, int] | None:
        """The noun phrase that ends right before ``end`` in a place where only a noun phrase can
        stand (before a relative pronoun, after a subordinator): a determiner or a capital opens it,
        or it is a bare plural; its head may be any common noun ("a British Medical Journal article",
        "its rival", "several media outlets"), which the walk back of _en_speaker_before does not
        know. None when a verb, a pronoun or punctuation comes first."""
        toks = self._toks(lo, end)
        j = len(toks) - 1
        start = None
        while j >= 0 and len(toks) - j <= 9:
            w = toks[j][2]
            lw = w.lower()
            if lw in _EN_DETERMINERS or lw in _EN_QUANTIFIERS:
                start = j
                break
            if (
                not _is_word(w)
                or lw in _EN_PRONOUNS
                or lw in _EN_CLAUSE_WORDS
                or lw in _EN_MODALS
                or lw.endswith(("n't", "n’t"))
            ):
                break
            if lw in {"of", "for", "and"}:
                # "the head of the committee", "the Securities and Exchange Commission"
                if (
                    start is not None
                    and j >= 1
                    and _is_word(toks[j - 1][2])
                    and (
                        toks[j - 1][2].lower()
                        not in _EN_CLAUSE_WORDS | _EN_PRONOUNS | _EN_CONNECTIVES
                    )
                ):
                    j -= 1
                    continue
                break
            if w.islower() and (
                lw in _EN_CONNECTIVES
                or lw in _EN_PLACE_PREPS | _EN_FRAME_PREPS
                or lw in _EN_AUX
                or lw.endswith(("ly", "ing"))
                or lw.endswith("ed")
                and lw not in _EN_NP_WORDS
            ):
                break
            if w.isdigit() and j + 1 < len(toks) and toks[j + 1][2][:1].isdigit():
                break
            start = j
            j -= 1
        if start is None:
            return None
        first = toks[start][2]
        head = toks[-1][2]
        if not (
            first.lower() in _EN_DETERMINERS | _EN_QUANTIFIERS
            or _cap(first)
            or head.islower()
            and head.endswith("s")
            and not head.endswith(("ss", "us", "is"))
        ):
            return None
        if start == len(toks) - 1 and first.lower() in _EN_DETERMINERS | _EN_QUANTIFIERS:
            return None  # a determiner alone
        if head.lower() in _EN_MONTHS_DAYS or head.isdigit():
            return None
        return toks[start][0], toks[-1][1]

    def _en_subject_before_aside(self, a: int, comma: int) -> tuple[int, int] | None:
        """The noun phrase that opens its clause and ends at the comma that opens an aside closed by
        ``comma`` ("Deutsche Boerse, the German stock exchange that is trying to buy …,"); None when the
        aside quotes, holds a colon, a bracket or a saying verb, or runs long, or when no noun phrase
        stands before it."""
        text = self.text
        opening = text.rfind(",", a, comma)
        while (
            opening > a
            and text[opening - 1].isdigit()
            and text[opening + 1 : opening + 2].isdigit()
        ):
            opening = text.rfind(",", a, opening)  # "head of the 1,000-year-old seat": a number
        if opening <= a:
            return None
        aside = self._toks(opening + 1, comma)
        if not 1 <= len(aside) <= 30 or any(
            t[2] in _ANY_QUOTE
            or t[2] in ";:()"
            or t[2].lower() in _EN_INVERTED_VERBS | {"says", "say", "told", "tells"}
            for t in aside
        ):
            return None
        outer = self._clause_start(a, opening, a)
        whole = self._en_prefix_speaker(outer, opening)
        if (
            whole is None
            or text[whole[1] : opening].strip()
            or not self._en_np_like(whole)
            or text[whole[0] : whole[1]].split()[0].lower()
            in _EN_PLACE_PREPS | _EN_FRAME_PREPS | {"of", "for"}
            # "The Egyptian and Iranian people share many historical links …, in their shared quest
            # …, said Iranian president …": a clause, not a noun phrase the walk back reads
            or len(self._toks(*whole)) > 8
            and (self._en_speaker_before(outer, opening) or (-1, -1))[0] != whole[0]
            # "Mr Kilroy-Silk said the man, who later disappeared, claimed …": a report, not a name
            or any(
                t[2].lower() in _EN_INVERTED_VERBS | {"says", "say", "told", "claimed", "reported"}
                for t in self._toks(*whole)
            )
        ):
            return None
        name = [t for t in self._toks(a, outer) if t[2] != ","]
        while name and name[0][2].lower() in _EN_CONNECTIVES:
            name = name[1:]
        if (
            outer > a
            and text[a:outer].rstrip().endswith(",")
            and 1 <= len(name) <= 4
            and all(_cap(t[2]) and t[2][:1].isalpha() for t in name)
            and text[whole[0] : whole[1]].split()[0].islower()
        ):
            # "Mary Kayitesi Blewitt, founder of the Survivors Fund (SURF), one of …, said": the name
            # with its apposition
            return name[0][0], whole[1]
        return whole

    def _en_name_apposition(self, a: int, comma: int) -> tuple[int, int] | None:
        """ "William Rugh, US former senior diplomat in Damascus" ending at ``comma``: a capitalised name
        right after a quotation mark, a comma or the sentence start, then one apposition."""
        toks = self._toks(max(a, comma - 300), comma)
        inner = [k for k, t in enumerate(toks) if t[2] in ",;"]
        if not inner:
            return None
        c1 = inner[-1]
        appo = toks[c1 + 1 :]
        if (
            appo
            and (appo[0][2].lower() in {"who", "which", "whose"} or _en_participle(appo[0][2]))
            and len(appo) <= 20
        ):
            # '"…," the official, who spoke on condition of anonymity, said.': the noun phrase before
            # ("A UN official, speaking on condition of anonymity, said")
            return self._en_speaker_before(max(a, toks[0][0]), toks[c1][0])
        k = c1 - 1
        while k >= 0 and _cap(toks[k][2]) and toks[k][2][:1].isalpha():
            k -= 1
        name = toks[k + 1 : c1]
        while name and name[0][2].lower() in _EN_CONNECTIVES:
            name = name[1:]  # "Yet Evan Mann, a senior bond analyst …"
        if (
            appo
            and not 1 <= len(name) <= 4
            and (
                _en_before_aside(appo, len(appo) - 1) < 0
                or all(t[2].lower() in _EN_AUX or _adverb(t[2]) for t in appo)
            )
        ):
            # "The army, for its part, said", "Another official, however, said": no name before the
            # aside, the noun phrase before it speaks
            return self._en_speaker_before(max(a, toks[0][0]), toks[c1][0])
        if not (1 <= len(name) <= 4 and 1 <= len(appo) <= 12):
            return None
        lead = appo[0][2]
        if not (
            lead.lower() in _EN_DETERMINERS
            or (_cap(lead) and lead[:1].isalpha())
            or lead.lower() in _EN_NP_WORDS - {"of", "for", "and"}
        ):
            # "Mr Svanberg, however,", "Mr Hague, 43,", "Hadara, for his part,": an aside, the name speaks
            return (name[0][0], name[-1][1]) if len(appo) <= 4 else None
        first = name[0][0]
        if k >= 0 and toks[k][2] not in _ANY_QUOTE + ",;":
            # "Former Conservative leader Iain Duncan Smith, one of the chief critics of the plans,
            # condemned …": a title before the name, the subject from the clause start
            head = self._en_speaker_before(max(a, toks[0][0]), toks[c1][0])
            lead_in = self._toks(max(a, toks[0][0]), head[0]) if head is not None else []
            if not (
                head is not None
                and head[1] == name[-1][1]
                and head[0] < first
                and (not lead_in or lead_in[-1][2] in _ANY_QUOTE + ",;")
                and toks[k][2].isalpha()
                and toks[k][2].lower() not in _EN_CLAUSE_WORDS | _EN_AUX | _EN_PLACE_PREPS
            ):
                return None
            first = head[0]
        rel = next(
            (r for r, t in enumerate(appo) if t[2].lower() in {"who", "whom", "whose", "which"}),
            None,
        )
        if rel is not None and rel >= 2:
            # '"…," Christine Chanet, a French judge who led the U.N. inquiry, told': the apposition
            # up to its relative clause
            appo = appo[:rel]
        if any(t[2].lower() in _EN_CLAUSE_WORDS or t[2] in _ANY_QUOTE for t in appo):
            return None
        if name[0][2].lower() in _EN_NOT_SUBJECT or name[0][2].lower() in _EN_PRONOUNS:
            return None
        return first, appo[-1][1]

    def _en_sentence_subject(self, a: int, cs: int) -> tuple[int, int] | None:
        """A named subject opening the sentence before its verb ("The US State Department voiced …")."""
        toks = self._toks(a, cs)
        k = 0
        while k < len(toks) and toks[k][2].lower() in _EN_CONNECTIVES:
            k += 1
        if 0 < k < len(toks) and toks[k][2] == ",":
            k += 1  # "However, Moaz al-Khatib …"
        first = k
        if k < len(toks) and toks[k][2].lower() in _EN_FRAME_PREPS | _EN_PLACE_PREPS:
            return None  # "In Tony Blair's first government Mr Blunkett …"
        if k < len(toks) and toks[k][2].lower() in _EN_DETERMINERS:
            k += 1
        named = False
        while k < len(toks) and (
            _cap(toks[k][2])
            or toks[k][2].lower() in _EN_NP_WORDS - {"and", "the", "a", "an"}
            or "-" in toks[k][2]
            and toks[k][2].islower()
            # "Petroleum and Mineral Resources Minister Osama Kamal"
            or toks[k][2] == "and"
            and k + 1 < len(toks)
            and _cap(toks[k + 1][2])
        ):
            named = named or toks[k][2][:1].isupper() or toks[k][2].lower() in _EN_NP_WORDS
            k += 1
        if not named or k == first or k >= len(toks):
            return None
        name_end = k - 1
        if toks[k][2] == "," and all(_cap(t[2]) for t in toks[first:k]):
            # "Moaz al-Khatib, the president of the coalition that is dominated by …, has departed":
            # a name, its apposition between commas, then the verb
            close = next(
                (c for c in range(k + 1, min(len(toks), k + 20)) if toks[c][2] in {",", "."}), None
            )
            if close is None or toks[close][2] != "," or close + 1 >= len(toks):
                return None
            k = close + 1
        verb = toks[k][2]
        if not (verb.islower() and _is_word(verb)) or not (
            _en_finite(verb)
            or verb in {"threw", "met", "held", "sent", "won", "led", "kept", "has", "is"}
            or len(verb) > 3
            and verb.endswith("s")
            and not verb.endswith("ss")
            and verb not in _EN_NP_WORDS
        ):
            return None  # "Bearded men threatened …": "men" is no verb
        if toks[first][2].lower() in _EN_PRONOUNS or toks[first][2].lower() in _EN_MONTHS_DAYS:
            return None
        return toks[first][0], toks[name_end][1]

    def _en_clause_subject(self, lo: int, cs: int) -> tuple[int, int] | None:
        """The subject of the clause a participle hangs on: a plain noun phrase, then (adverbs and
        "has/have/had") the clause's past-tense verb, after a frame closed by a comma: "On Tuesday,
        the presidency issued a statement saying …", "In Geneva, the UN children's agency sent out an
        SOS warning …", "The Nour Party board went so far as to withdraw confidence … saying …". The
        participle is that subject's, not the last speaker's. The noun phrase must name someone: a
        name, or a body's or a person's head noun ("the interior ministry", "Bearded men"). None for a
        pronoun or anything less plain."""
        toks = self._toks(lo, cs)
        k = 0
        while k < len(toks) and (toks[k][2].lower() in _EN_CONNECTIVES or toks[k][2] == ","):
            k += 1
        if k < len(toks) and toks[k][2].lower() in _EN_FRAME_PREPS:
            comma = next((i for i in range(k, min(len(toks), k + 8)) if toks[i][2] == ","), None)
            if comma is None:
                return None
            k = comma + 1
        first = k
        if first >= len(toks) or toks[first][2].lower() in _EN_PRONOUNS | {"last", "this", "next"}:
            return None  # a pronoun, or a frame with no comma ("Last summer Israel …")
        if toks[first][2].lower() == "even" and first + 1 < len(toks):
            first += 1  # "Even Yunus's biological mother joined …"
        end = first
        while end < min(len(toks), first + 9):
            w = toks[end][2]
            low = w.lower()
            if low.endswith("ing") and w.islower():
                return None  # "A Philippine mortician famous for installing …": not plain
            if (
                w in {",", "(", "-", "–", "—", ";", ":"}
                or low in {"that", "which", "who", "whose"}
                or end > first
                and (
                    w.islower()
                    and (
                        low in _EN_AUX
                        or _adverb(w)
                        or _en_finite(w)
                        or low in _EN_IRREGULAR_PASTS
                        or low in _EN_WHEN_WORDS
                    )
                    or low in _EN_MONTHS_DAYS
                )
            ):
                break
            end += 1
        verb = end
        while end > first + 1 and toks[end - 1][2].lower() in {"on", "in"}:
            end -= 1  # "… Osama Kamal on Tuesday attributed …"
        if end == first or verb >= len(toks):
            return None
        while verb < len(toks) and (
            toks[verb][2].lower() in _EN_AUX | _EN_MONTHS_DAYS | _EN_WHEN_WORDS
            or toks[verb][2].isdigit()
            or _adverb(toks[verb][2])
        ):
            if toks[verb][2].lower() in {"would", "will", "been"}:
                return None
            if toks[verb][2].lower() in {"last", "this"}:
                verb += 1  # "Humanitarian agencies last week pleaded …"
            verb += 1
        if verb >= len(toks):
            return None
        w = toks[verb][2]
        if not (w.islower() and (w.endswith("ed") and _en_finite(w) or w in _EN_IRREGULAR_PASTS)):
            return None
        words = [t[2] for t in toks[first:end]]
        if not all(_is_word(x) or x in {"'s", "’s", "&"} for x in words):
            return None
        named = words
        for n, x in enumerate(words[1:], 1):
            if x.lower() in {"of", "for", "at", "in", "from", "with", "on"}:
                named = words[:n]  # "Demonstrators in the Hamas-ruled Gaza Strip": the head before
                break
        if all(x.lower() in _EN_DETERMINERS for x in named):
            return None
        head = named[-1].lower()
        stem = (
            head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") else head
        )
        heads = _EN_ORGANISATION_HEADS | _EN_PERSON_HEADS | _EN_INSTITUTION_WORDS | _EN_SOURCE_LEADS
        if not (
            head in heads
            or stem in heads
            or head in _EN_AGENT_HEADS
            or len(named) == 1
            and _cap(named[0])
            # (a proper name, written capitalised inside a sentence too: not "Word of the trip")
            and re.search(r"[a-z,] " + re.escape(named[0]) + r"\b", self.text) is not None
            or any(_cap(x) and x[:1].isalpha() for x in named[1:])
        ):
            return None
        return toks[first][0], toks[end - 1][1]

    def _en_passive_subject(self, a: int, clause: int, cs: int) -> tuple[int, int] | None:
        """The subject of "<X> was quoted …" ending at ``cs``, with its apposition ("X, head of Y,")."""
        toks = self._toks(max(a, cs - 40), cs)
        k = len(toks)
        while k and (toks[k - 1][2].lower() in _EN_AUX or _adverb(toks[k - 1][2])):
            k -= 1
        if not k or toks[k - 1][2].lower() not in {"was", "were", "is", "are", "been", "being"}:
            return None  # no "was": "according to", "quoted by" after a noun
        k -= 1
        while k and (toks[k - 1][2].lower() in _EN_AUX or _adverb(toks[k - 1][2])):
            k -= 1
        if not k:
            return None
        if toks[k - 1][2] == ",":
            named = self._en_name_apposition(a, toks[k - 1][0])
            if named is None:
                # "Diaa Rashwan, newly elected head of the Journalists' Syndicate, was quoted …"
                whole = self._en_prefix_speaker(a, toks[k - 1][0])
                named = whole if whole is not None and self._en_np_like(whole) else None
            return named
        return self._en_speaker_before(clause, toks[k - 1][1])

    @staticmethod
    def _en_after_place_tail(toks: list[tuple[int, int, str]], start_j: int, end_j: int) -> int:
        """With the commas lost, the place that ends the content runs into the speaker: "… in the
        opposition-held province local civil defense official Leys al-Faris told", "… in Turmanin
        neighborhood Vasik Harak told", "… in Damascus local media reported". After a preposition,
        a place noun followed by a name, or a place followed by "local …", opens the speaker."""
        prep = None
        for k in range(max(0, start_j - 1), end_j):
            w, lw = toks[k][2], toks[k][2].lower()
            if lw in {"in", "of", "near", "at", "from", "into", "across"}:
                # not a title's place: "the governor of Homs province Talal Barrazi"
                prev = toks[k - 1][2].lower() if k else ""
                prep = None if prev in _EN_NP_WORDS or prev in _EN_TITLE_HEADS else k
                continue
            if (
                prep is not None
                and k == prep + 1 >= 2
                and toks[k - 2][2].lower() in _EN_PLACE_NOUNS
            ):
                # "… in the Bab al-Maqam neighborhood of Aleppo Syria Live Network (SLN) reported",
                # "… in the contested city of Aleppo Syrian activists said": a gazetteer place after
                # a place noun ends the content; the capitalised run after it is the speaker (a day
                # may stand between: "… city of Homs Wednesday state news agency SANA reported")
                e = _en_place_end(toks, k, end_j)
                if e is not None and e <= end_j and toks[e][2].lower() in _EN_MONTHS_DAYS:
                    if e < end_j:
                        return e + 1
                elif (
                    e is not None
                    and e <= end_j
                    and _cap(toks[e][2])
                    and toks[e][2][:1].isalpha()
                    and _en_place_end(toks, e, end_j) != end_j + 1  # "in Hama Aleppo"
                    # (the place's own name goes on: "the village of Bab Alfaraj Syria")
                    and _en_place_end(toks, end_j, end_j) is None
                ):
                    return e
            if prep is None or k == prep + 1:
                continue
            nxt = toks[k + 1][2]
            if lw in _EN_PLACE_NOUNS and w.islower() and _cap(nxt) and nxt[:1].isalpha():
                return k + 1  # "in Turmanin neighborhood Vasik Harak told"
            if (
                nxt == "local"
                and k + 2 <= end_j
                and (lw in _EN_PLACE_NOUNS and w.islower() or _cap(w) and w[:1].isalpha())
                and not w.endswith(("an", "ese", "ish", "i"))
            ):
                return k + 1  # "south of Syria local sources told"
        return start_j

    def _en_final_np(self, clause: int, cs: int, ce: int, b: int) -> tuple[int, int] | None:
        """With the commas lost, "<content> the AFP photographer said." / "… in Aleppo a source in the
        Syrian militia said." / "… an international charity and an aid worker said.": the noun phrase
        from the nearest article before a verb that closes the sentence (a day or "in a statement"
        may follow). Its words name a source (a source noun, a capitalised word, a document, an
        agent noun: "photographer", "worker"); "… set off the explosions said." names nobody."""
        after = [t[2].lower() for t in self._toks(ce, min(b, ce + 40)) if _is_word(t[2])]
        while after and after[0] in {"on", "in", "a", "statement", "late", "early", "earlier"}:
            after = after[1:]
        if after and not (after[0] in _EN_MONTHS_DAYS and len(after) == 1):
            return None
        toks = self._toks(max(clause, cs - 160), cs)
        if len([t for t in toks if _is_word(t[2])]) < 8 or any(
            t[2] in _ANY_QUOTE for t in self._toks(max(clause, cs - 300), cs)
        ):
            return (
                None  # ('"…" a statement from … for the Syria crisis said': the quote's own turn)
            )
        start = None
        for d in range(len(toks) - 2, max(-1, len(toks) - 8), -1):
            w = toks[d][2]
            if not _is_word(w) or w.lower() in _EN_CLAUSE_WORDS | _EN_AUX | _EN_PRONOUNS:
                break
            if w.lower() in {"the", "a", "an"}:
                start = d
                # "a source in the Syrian militia", "the monitor and doctors at the scene": back over
                # a preposition or "and" to the article of the phrase it continues
                g = d - 1
                if g >= 1 and toks[g][2].lower() in {
                    "in",
                    "at",
                    "of",
                    "for",
                    "with",
                    "from",
                    "and",
                }:
                    for h in range(g - 1, max(-1, g - 5), -1):
                        hw = toks[h][2].lower()
                        if not _is_word(toks[h][2]) or hw in _EN_CLAUSE_WORDS | _EN_AUX:
                            break
                        if hw in {"the", "a", "an"}:
                            start = h
                            break
                break
        if start is None:
            return None
        words = [t[2] for t in toks[start + 1 :]]
        if not words or any(w in _EN_PLACE_PREPS - {"in", "at", "from"} for w in words):
            return None
        if not any(
            _cap(w)
            or w.lower() in _EN_NP_WORDS - {"of", "for", "the", "a", "an", "and", "al", "el"}
            or w.lower() in _EN_DOCUMENTS
            or w.lower().endswith(("er", "or", "ist", "ent", "ian", "ion"))
            and w.islower()
            and len(w) > 4
            for w in words
        ):
            return None
        if toks[-1][2].lower() in _EN_DOCUMENTS:
            # "… across the war-battered country UN estimates suggest": the place closes before the
            # capitalised author of the document
            k = len(toks) - 2
            while k > start and _cap(toks[k][2]) and toks[k][2][:1].isalpha():
                k -= 1
            if start < k < len(toks) - 2 and toks[k][2].islower():
                start = k + 1
        return toks[start][0], toks[-1][1]

    def _en_np_like(self, span: tuple[int, int]) -> bool:
        """A clause-initial span that reads as a noun phrase, not "Speaking at dawn he" or a dateline."""
        toks = self._toks(*span)
        if not toks or len(toks) > 16:
            return False
        if any(t[2].lower() in _EN_CLAUSE_WORDS for t in toks):
            return False
        first = toks[0][2]
        if first.lower().endswith("ing") or first[0].isdigit() or first.lower() in _EN_MONTHS_DAYS:
            return False
        if any(t[2].lower() in _EN_PRONOUNS for t in toks[1:]):
            return False
        return first.lower() in _EN_DETERMINERS or _cap(first) or first.lower() in _EN_NP_WORDS

    def _en_bare_plural(self, span: tuple[int, int], cue_start: int) -> bool:
        """A clause-initial plural with no article ("economists", "local traders", "students at the
        school", "critics of Bertone") right before the verb at ``cue_start``: people who speak, not a
        verb, an adverb, a counted noun ("the 3,000 cases mentioned") or a relative's antecedent."""
        toks = self._toks(*span)
        gap = self._toks(span[1], cue_start)
        if any(t[2].lower() not in _EN_AUX and not _adverb(t[2]) for t in gap):
            return False
        lead = self._toks(max(0, span[0] - 30), span[0])[-1:]
        if lead and _is_word(lead[0][2]) and lead[0][2].lower() not in _EN_CONNECTIVES - {"as"}:
            return False
        k = 1 if len(toks) >= 2 and toks[0][2].endswith(_EN_ADJECTIVE_ENDINGS) else 0
        if k >= len(toks) or not all(t[2].isalpha() and t[2].islower() for t in toks[: k + 1]):
            return False
        head = toks[k][2]
        if (
            len(head) <= 3
            or not head.endswith("s")
            or head.endswith(("ss", "us", "is", "ous", "ways", "wards"))
            or {t[2] for t in toks[: k + 1]}
            & (_EN_CLAUSE_WORDS | _EN_AUX | _EN_DETERMINERS | _EN_PRONOUNS | _EN_CONNECTIVES)
            or head in _EN_MONTHS_DAYS
        ):
            return False
        rest = toks[k + 1 :]
        return not rest or (
            rest[0][2] in {"at", "from", "of", "in", "on"}
            and len(rest) <= 6
            and all(_is_word(t[2]) and t[2].lower() not in _EN_CLAUSE_WORDS for t in rest)
        )

    def _en_prefix_speaker(self, clause_start: int, cue_start: int) -> tuple[int, int] | None:
        toks = self._toks(clause_start, cue_start)
        while toks and (toks[0][2].lower() in _EN_CONNECTIVES or not _is_word(toks[0][2])):
            toks = toks[1:]
        while toks and (toks[0][2].lower() in _EN_MONTHS_DAYS or toks[0][2].isdigit()):
            toks = toks[1:]  # a dateline: "July 2 2016 Two medics …"
        while len(toks) > 2 and (
            toks[0][2].lower() in {"last", "this", "next", "early", "late", "on"}
            and (toks[1][2].lower() in _EN_TIME_NOUNS or toks[1][2].lower() in _EN_MONTHS_DAYS)
        ):
            toks = toks[2:]  # "Last week Reuters reported", "On Monday officials said"
            while toks and not _is_word(toks[0][2]):
                toks = toks[1:]
        glued = next((k for k in range(len(toks) - 1, 0, -1) if _glued_sentence(toks, k)), None)
        if glued is not None:
            # "Tags Syria Idlib The Sawaiq al-Rahman brigade announced …"; "… Meanwhile civil sources"
            toks = toks[glued + (toks[glued][2] in _EN_GLUED_CONNECTIVES) :]
        for k, t in enumerate(toks):
            if k and t[2].lower() in {"who", "which", "whose", "whom"}:
                # "A witness named Ahmad who was wounded …": the name, not the clause; "Rami Abdurrahman
                # who heads the Syrian Observatory": his organisation is remembered for later mentions.
                rest = toks[k + 2 :]
                if rest and toks[k + 1][2].lower() in {"heads", "leads", "runs", "chairs"}:
                    self.history.append((rest[0][0], rest[-1][1]))
                toks = toks[:k]
                break
        while toks and (
            toks[-1][2].lower() in _EN_AUX or _adverb(toks[-1][2]) or toks[-1][2] == ","
        ):
            toks = toks[:-1]
        toks = toks[: _en_before_aside(toks, len(toks) - 1) + 1]
        if len(toks) >= 3 and toks[-1][2] == "to" and _en_verb_before_to(toks[-3][2], toks[-2][2]):
            toks = toks[: -3 if toks[-2][2] == "on" else -2]  # "… went on to say"
            while toks and (toks[-1][2].lower() in _EN_AUX or _adverb(toks[-1][2])):
                toks = toks[:-1]
        cut = max(
            (k for k, t in enumerate(toks[:-1]) if t[2] in _EN_BARE_INFINITIVE_VERBS), default=None
        )
        if cut is not None and all(_is_word(t[2]) for t in toks[cut + 1 :]):
            # "A private meeting on Monday saw normally loyal MPs warn …", "… questions also saw Mr
            # Blair predict that …": the object of a verb that takes a bare infinitive speaks
            toks = toks[cut + 1 :]
        if not toks or len(toks) > 16:
            return None
        return toks[0][0], toks[-1][1]

    def _en_speaker_after(
        self,
        pos: int,
        limit: int,
        loose: bool = False,
        closing: bool = False,
        inverted: str = "",
    ) -> tuple[int, int, int]:
        """'according to X' / 'said X': the noun phrase after the cue."""
        toks = self._toks(pos, min(limit, pos + _WINDOW))
        comma = next((k for k, t in enumerate(toks[:9]) if t[2] == ","), None)
        if (
            loose
            and comma is not None
            and comma >= 2
            and toks[0][2].lower() in _EN_DETERMINERS
            and all(_is_word(t[2]) and t[2].lower() not in _EN_CLAUSE_WORDS for t in toks[:comma])
            and (
                toks[comma - 1][2].lower() in _EN_NP_WORDS | _EN_DOCUMENTS
                or _cap(toks[comma - 1][2])
                # "According to one person familiar with the situation, …"
                or any(t[2].lower() in _EN_CITED_HEADS for t in toks[1:comma])
            )
        ):
            # "According to one informed Egyptian source, …": everything up to the comma; "According
            # to the report / a new book / the complaint / its estimate, …": a document speaks (EN-10)
            return toks[0][0], toks[comma - 1][1], toks[comma - 1][1]
        stop = next((k for k, t in enumerate(toks[:7]) if t[2] in ".;!?"), None)
        if (
            (loose or closing)
            and stop is not None
            and stop >= 2
            and (loose or stop <= 5)
            and (comma is None or comma > stop)
            and toks[0][2].lower() in _EN_DETERMINERS | {"same"}
            and all(
                _is_word(t[2])
                and t[2].lower() not in _EN_CLAUSE_WORDS
                and t[2].lower() not in _EN_AUX
                and t[2].lower() not in _EN_PLACE_PREPS | _EN_FRAME_PREPS
                # ("said the bid undervalued the business": a clause, not a name)
                and (
                    loose
                    or t[2].lower() not in _EN_DETERMINERS
                    and not (t[2].endswith("ed") and t[2].islower() and "-" not in t[2])
                )
                for t in toks[1:stop]
            )
        ):
            # "… according to the health ministry.", "… according to the latest death toll.": a
            # common noun phrase that closes the sentence
            return toks[0][0], toks[stop - 1][1], toks[stop - 1][1]
        # '"…," said an enthusiastic young police officer sharing worries …': lowercase words after
        # an article, up to a clear end of the noun phrase, are the name
        described = 0
        if inverted and toks and toks[0][2].lower() in {"a", "an", "the", "one", "another"}:
            j = 1
            while (
                j < min(len(toks), 6)
                and toks[j][2].islower()
                and toks[j][2].replace("-", "").isalpha()
                and toks[j][2] not in _EN_CLAUSE_WORDS | _EN_AUX | _EN_PRONOUNS | _EN_CONNECTIVES
                and toks[j][2] not in _EN_DETERMINERS | _EN_PLACE_PREPS | _EN_FRAME_PREPS
                and toks[j][2] not in {"of", "for", "who", "whom", "which", "by"}
                and not toks[j][2].endswith("ly")
                and not (j > 1 and toks[j][2].endswith("ing"))
            ):
                j += 1
            stop = toks[j][2] if j < len(toks) else "."
            # (after a closing quotation mark the phrase may go on; otherwise it must close the
            # sentence: not "Jim Parton … said the new proposals \"lacked …\"")
            if j >= 2 and (
                stop == "."
                or inverted == "quoted"
                and (
                    stop in ",;"
                    or stop
                    in {"who", "whom", "which", "of", "to", "for", "with", "at", "in", "from"}
                    or stop.endswith(("ing", "ly"))
                )
            ):
                described = j
        end_i = 0
        for k, (_, _, w) in enumerate(toks[:12]):
            if w in ",;.:" or (w in '"“”' and k > 0 and end_i == k):
                break
            lw = w.lower()
            if k < described:
                end_i = k + 1
                continue
            if (
                loose
                and k > 1
                and toks[k - 1][2] in _EN_DOCUMENTS
                and end_i == k
                and not (
                    lw in {"by", "in", "from", "of"}
                    and k + 2 < len(toks)
                    and (_cap(toks[k + 1][2]) or toks[k + 1][2] == "the" and _cap(toks[k + 2][2]))
                )
            ):
                break  # "According to a CNN report the US has …": the document ends the name
            if (
                lw == "by"
                and loose
                and k + 2 < len(toks)
                and toks[k - 1][2].lower() in _EN_DOCUMENTS
            ):
                continue  # "a report by the Syrian Network for Human Rights"
            if (
                k > 0
                and (
                    lw in {"at", "in", "from"}
                    # "according to a report by the Committee to Protect Journalists"
                    or lw == "by"
                    and toks[k - 1][2].lower() in _EN_DOCUMENTS
                    or lw == "to"
                    and toks[k - 1][2] in {"Committee", "Campaign", "Council", "Movement"}
                )
                and k + 1 < len(toks)
                and toks[k + 1][2][:1].isupper()
                and toks[k + 1][2].lower() not in _EN_MONTHS_DAYS
            ):
                continue  # "according to a source at Damascus Police Command"
            if (
                k > 0
                and not (
                    w[0].isupper()
                    # "said Ahmad Ziyada al-Qaissi": the article of an Arabic name, after its first
                    # name (not "According to SANA al-Nusra militants …", the comma lost)
                    or lw.startswith(("al-", "el-"))
                    and w[3:4].isupper()
                    and _cap(toks[k - 1][2])
                    and not toks[k - 1][2].isupper()
                    or lw in _EN_NP_WORDS
                    # "according to preliminary reports / official figures / federal regulators / state
                    # statistics body INSEE": a noun after lowercase modifiers, no article
                    or (
                        end_i == k
                        and k <= 3
                        and w.isalpha()
                        and w.islower()
                        and not w.endswith(("ed", "ing", "ly"))
                        and lw not in _EN_CLAUSE_WORDS | _EN_AUX | _EN_PRONOUNS | _EN_CONNECTIVES
                        and lw not in _EN_PLACE_PREPS | _EN_FRAME_PREPS | _EN_MONTHS_DAYS
                        and lw not in _EN_NUMBER_WORDS | {"said", "says", "told", "over", "near"}
                        and all(
                            t[2].isalpha()
                            and t[2].islower()
                            and t[2]
                            not in _EN_DETERMINERS | _EN_CLAUSE_WORDS | {"how", "what", "why"}
                            for t in toks[:k]
                        )
                        # (the word before is a modifier, not a head: "according to independent
                        # monitors hundreds of thousands … have been killed", the comma lost)
                        and (
                            toks[k - 1][2]
                            in _EN_NOUN_MODIFIERS | {"new", "latest", "recent", "local"}
                            or toks[k - 1][2].endswith((*_EN_ADJECTIVE_ENDINGS, "ing"))
                            or "-" in toks[k - 1][2]
                        )
                    )
                    or w in '"“”()'
                    or w[0].isdigit()
                    # "quoted by several media reports"
                    or lw in {"reports", "report"}
                    and toks[k - 1][2].lower() in {"media", "news", "press"}
                    # "according to a survey by Goldman Sachs", "according to a CNN report"
                    or (
                        loose
                        and lw in _EN_DOCUMENTS
                        and toks[k - 1][2].lower() in _EN_DETERMINERS | {"cnn"}
                    )
                    or (loose and lw in _EN_DOCUMENTS and _cap(toks[k - 1][2]))
                )
            ):
                break
            end_i = k + 1
        name_i = end_i
        while name_i > 1 and toks[name_i - 1][2].lower() in {
            "for",
            "of",
            "and",
            "in",
            "at",
            "from",
            "with",
            "on",
            "the",
            "a",
            "an",
        }:
            name_i -= 1  # "… was criticised by Amnesty for killing civilians": the name, not "for"
        if (
            end_i == 0
            or all(t[2].lower() in _EN_DETERMINERS or not _is_word(t[2]) for t in toks[:end_i])
            or toks[0][2].lower() in _EN_MONTHS_DAYS
            or toks[0][2][:1].isdigit()
        ):
            return pos, pos, pos  # nobody named, or a dateline ("Published August 6 2016")
        return toks[0][0], toks[name_i - 1][1], toks[end_i - 1][1]

    def _ar_according_speaker(self, pos: int, limit: int) -> tuple[int, int, int]:
        """بحسب X / وفقاً لـ X: the speaker runs to the next comma, complementiser or the end."""
        toks = self._toks(pos, limit)
        if 0 < pos < limit and self.text[pos - 1] == "ل" and self.text[pos].isalpha():
            # "وفقاً لمصادر طبية" / "طبقاً للتقرير": the cue ends on the joined ل; only a source noun
            # or a known body makes it a source ("وفقاً للقانون" is "in accordance with").
            m = TOKEN.match(self.text, pos)
            if m is None:
                return pos, pos, pos
            word = m.group()
            start = (
                m.start() + 1 if word.startswith("ل") and word[1:] in _AR_ACCORDING_HEADS else pos
            )
            if word.startswith("ل") and word[1:] in _AR_ACCORDING_POSSESSED:
                return m.start() + 1, m.end(), m.end()  # a pronoun (see _according)
            head = word[1:] if start > pos else word
            if head not in _AR_ACCORDING_HEADS and (
                self.known is None or self.known(self.text[start : m.end()]) is None
            ):
                return pos, pos, pos
            toks = [(start, m.end(), self.text[start : m.end()]), *toks]
        # "كما أفاد المرصد عن مقتل تسعة …": after a verb ("حسبما ذكر", "كما أفاد") the source is its
        # subject, and "عن" / a verbal noun starts what it reported.
        last_word = self.text[max(0, pos - 12) : pos].split()[-1:]
        after_verb = bool(last_word) and last_word[0].lstrip("وف") in AR_CUESET.word_info
        if after_verb:
            # "بحسب ما أعلن أول من أمس مساعد المتحدث …", "حسبما أعلنت مساء أمس وكالة الأنباء …": the
            # time of the report stands between the verb and its subject
            skip = 0
            while skip < min(len(toks) - 1, 4) and (
                toks[skip][2] in _AR_TIME
                or (toks[skip][2] == "من" and skip and toks[skip - 1][2] == "اول")
                # "بحسب ما نقلت عنه وكالة الأناضول": the one quoted, then the source
                or (skip == 0 and toks[0][2] in {"عنه", "عنها", "عنهم", "عنهما"})
            ):
                skip += 1
            toks = toks[skip:]
        end_i = 0
        for k, (_, _, w) in enumerate(toks[:24]):
            nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
            if after_verb and k > 0 and (w == "عن" or w in _AR_MASDAR_OBJECTS):
                break
            if (
                w in "،,"
                and k > 0
                and (nxt in _AR_TITLES or nxt[2:] in _AR_TITLES and nxt.startswith("ال"))
            ):
                end_i = k + 1  # "حسبما قال العقيد عارف الحمود، عضو المجلس العسكري": an apposition
                continue
            if (
                w in "،,"
                and k > 0
                and toks[0][2].removeprefix("ال") in _AR_TITLES
                and toks[0][2].removeprefix("ال") not in {"مسوول", "مصدر"}
                and _definite(toks[k - 1][2])
                and self._ar_apposed_name(toks, k + 1)
            ):
                # "بحسب ما كتب الرئيس المكسيكي، أنريكي بينا نييتو،": the title, then the person's
                # name in apposition (the speaker names him: CONVENTIONS 11)
                end_i = k + 1
                continue
            if (
                w in "،,;.:"
                or w in _AR_COMPLEMENTIZERS
                or w in {"فان", "فقد"}
                # "طبقا لتقديرات للأمم المتحدة غير أن العنف …": "but" starts the outlet's own clause
                or (w in {"غير", "الا", "بيد"} and nxt in _AR_COMPLEMENTIZERS)
                or w in {"لكن", "ولكن"}
                or (k > 0 and w in _AR_RELATIVE)  # "حصيلة للمرصد الذي أشار إلى …"
                or (k >= 16 and end_i == k)
                # "طبقا لتقديرات للأمم المتحدة غير أن العنف …", "وفق عبد الرحمن لوجودها على …":
                # the sentence goes on after the source.
                or (k > 0 and w in {"غير", "لكن", "لكنه", "لكنها", "بينما", "فيما", "الا"})
                # "بحسب ما أكد مصدر بارز لـ«الشرق الأوسط»": the addressee is no part of the source
                or (k > 0 and _AR_ADDRESSEE.match(w) is not None)
                or (
                    k > 0
                    and w.startswith("ل")
                    and not w.startswith("لل")
                    and w.endswith(("ها", "هم", "هما"))
                )
            ):
                break
            if w in _AR_TIME or (
                w in {"في", "خلال"} and k + 1 < len(toks) and _ar_medium(toks[k + 1][2])
            ):
                break
            end_i = k + 1
        if end_i == 0:
            return pos, pos, pos
        return toks[0][0], toks[end_i - 1][1], toks[end_i - 1][1]

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

    def _ar_after_preposition(self, ebare: list[str], i: int, earlier: tuple[int, int]) -> bool:
        """Whether word ``i`` of an earlier mention follows a preposition there ("للرئيس مرسي", "لدى
        الأمم المتحدة", "المتحدث باسم الجيش", "لجماعة طالبان", "من حزب الله"), so it names no
        speaker of its own ("علي" before a surname is the name Ali, "باسم" a given name)."""
        prev = ebare[i - 1]
        if prev == "باسم":
            return i >= 2 and ebare[i - 2] in {"ناطق", "متحدث", "ناطقه", "متحدثه", "رسمي"}
        if prev in _AR_NAMES_LIKE_PREPS:
            return False
        written = self._mention_words(earlier)[i]
        return (
            prev in _AR_PREPS
            or prev.startswith("لل")
            or (prev[:1] == "ل" and prev[1:] in _AR_JOINED_BODIES)
            or (written[:1] in ("ل", "ب") and written != ebare[i])
        )

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

    def _ar_later_paper(self, earlier: tuple[int, int], pos: int) -> tuple[int, int]:
        """ "وتقول الصحيفة" in a press review: the newspaper named last before it ("وإلى صحيفة التايمز
        التي نشرت موضوعا …"), when that comes after the paper that spoke last and is another one."""
        if self._papers is None:
            self._papers = [(m.start(), m.end()) for m in _AR_PAPER.finditer(self.text)]
        k = bisect_left(self._papers, (pos, pos)) - 1
        if k < 0:
            return earlier
        start = self._papers[k][0]
        if start <= earlier[1] or self._in_quote(start) is not None:
            return earlier
        toks = [t for t in _tokens(self.text, start, min(pos, start + 80)) if _is_word(t[2])][:5]
        if len(toks) < 2 or toks[1][2].removeprefix("ال") in self.text[earlier[0] : earlier[1]]:
            return earlier
        end = 2
        while end < len(toks) and end < 4 and toks[end][2] in _AR_PAPER_TAILS:
            end += 1
        if end < len(toks) and toks[end][2].startswith("ال") and toks[end][2].endswith("يه"):
            end += 1  # "صحيفة الغارديان البريطانية"
        lead = toks[0][0] + (0 if toks[0][2].startswith(("صحي", "جري", "مجل")) else 1)  # "بصحيفة"
        return lead, toks[end - 1][1]

    def _en_subject(self, prop: Prop, start: int, end: int) -> None:
        """The speakers of an English verb's subject: a pronoun resolved ("he", "they", "it"), else the
        names written there."""
        low = self.text[start:end].lower()
        mentioned = self._en_mentioned(low)
        if low in {"he", "she"}:
            named = self._en_sentence_person(start)
            if named is not None:
                self._set_speakers(prop, [named])
                return
            if mentioned is not None:
                self._set_speakers(prop, [mentioned])
                return
            prop.carried = self._en_person()
        elif mentioned is not None:
            self._set_speakers(prop, [mentioned])
        elif low == "they":
            prop.carried = self._en_group()
        elif low in _EN_PRONOUNS:
            prop.carried = list(self.last)
        else:
            self._set_speakers(prop, self._split_speakers(start, end))

    def _en_mentioned(self, pronoun: str) -> tuple[int, int] | None:
        """The subject of a sentence with no speaker, after the last speaker was named, that a
        pronoun subject means: "he"/"she" a person ("Aleppo Governor Hussein Diab", "the minister"),
        "it" one body ("The UN", "the Tahrir al-Sham jihadist alliance"), "they" a plural ("The
        strikers"). None: the pronoun goes to the last speaker as before."""
        if pronoun not in {"he", "she", "it", "they"}:
            return None
        span = None
        for s_start, s_end in reversed(self._en_mentions):
            if s_start < self._said_at or not s_end <= self._sent_lo:
                continue  # a speaker was named since, or the mention is in this sentence
            span = self._en_sentence_subject(s_start, s_end)
            named = self._en_strip_frame(s_start, s_end) if span is None else s_start
            if named > s_start:  # "Following the strikes the … alliance attacked …"
                span = self._en_sentence_subject(named, s_end)
            if span is not None:
                break
        if span is None:
            return None
        words = self.text[span[0] : span[1]].replace(",", " ").split()
        if not words or any(w.lower() in _EN_PRONOUNS for w in words):
            return None
        head = words[-1].lower()
        # ("The G8", "The Scottish Executive": capitalised words after an article are a body)
        person = head in _EN_PERSON_HEADS or (
            words[0].lower() not in _EN_DETERMINERS and self._en_one_person(span)
        )
        if pronoun in {"he", "she"}:
            ok = (
                person
                and not self._en_plural(span)
                and head not in _EN_BODY_HEADS
                # (not "she" for "Mr Blunkett", nor "he" for "Mrs Howard")
                and words[0] not in ({"Mr"} if pronoun == "she" else {"Mrs", "Ms"})
            )
        elif pronoun == "it":
            ok = head in _EN_BODY_HEADS and not self._en_plural(span)
        else:
            ok = self._en_plural(span) and not person
        return span if ok else None

    def _en_sentence_person(self, pronoun: int) -> tuple[int, int] | None:
        """The person named as the subject of the sentence that a "he"/"she" in its subordinate clause
        means: "Activist Ahmed Doma, a staunch critic of the Morsi government, sustained injuries after
        he was beaten up by what he said was a Brotherhood militia" (not the last speaker)."""
        if not self._sent_lo <= pronoun <= self._sent_hi:
            return None
        lead = self._toks(self._sent_lo, pronoun)
        while lead and lead[0][2].lower() in _EN_CONNECTIVES:
            lead = lead[1:]
        previous = getattr(self, "_previous", [])
        if (
            not lead
            and len(previous) == 1
            and previous[0].kind == "outlet"
            and not previous[0].carried
            and previous[0].end > previous[0].start
        ):
            # "Activist Ahmed Doma was beaten up on Monday. He said …": the sentence before, with no
            # cue, introduced him
            found = self._en_opening_person(previous[0].start, previous[0].end, subordinate=False)
            if found is not None:
                return found
        return self._en_opening_person(self._sent_lo, pronoun, subordinate=True)

    def _en_opening_person(self, lo: int, hi: int, subordinate: bool) -> tuple[int, int] | None:
        """A person's name (two to five capitalised words) opening the text from ``lo`` as its
        subject; with ``subordinate``, only when ``hi`` lies in a subordinate clause after it."""
        toks = self._toks(lo, hi)
        k = 0
        while k < len(toks) and toks[k][2].lower() in _EN_CONNECTIVES:
            k += 1
        n = k
        while n < len(toks) and (
            _cap(toks[n][2])
            and toks[n][2][:1].isalpha()
            # "Muslim Brotherhood lawyer Abdel-Moneim Abdel-Maqsoud": a title between names
            or n > k
            and toks[n][2].islower()
            and n + 1 < len(toks)
            and _cap(toks[n + 1][2])
            and toks[n][2] not in _EN_CLAUSE_WORDS | _EN_DETERMINERS | _EN_PLACE_PREPS
            and toks[n][2] not in {"and", "of", "for"}
        ):
            n += 1
        name = toks[k:n]
        if not (
            2 <= len(name) <= 7
            and n < len(toks)
            and (toks[n][2] == "," or toks[n][2].islower())
            and name[0][2].lower() not in _EN_DETERMINERS | _EN_PRONOUNS | _EN_MONTHS_DAYS
            and not name[-1][2].lower().endswith(("s", "'s", "’s"))
            and self._en_one_person((name[-2][0], name[-1][1]))
        ):
            return None
        rest = [t[2].lower() for t in toks[n:]]
        if any(t in _ANY_QUOTE for t in rest):
            return None
        if not subordinate:
            return name[0][0], name[-1][1]
        if not any(
            t in {"after", "what", "when", "as", "because", "while", "before", "since", "until"}
            for t in rest[-4:]
        ):
            return None  # only a pronoun in a subordinate clause right after the subject's verb
        return name[0][0], name[-1][1]

    def _en_person(self) -> list[tuple[int, int]]:
        """Who "he"/"she" is: the last speaker, unless that is a plural body ("The Tories",
        "Ministry of Defence lawyers"); then the last singular one before it."""
        last = list(self.last)
        if len(last) != 1 or not self._en_not_a_person(last[0]):
            return last
        for span in reversed(self.history[-_HISTORY:]):
            if not self._en_not_a_person(span):
                return [span]
        return last

    def _en_not_a_person(self, span: tuple[int, int]) -> bool:
        """A plural body, a document ("a recent FAO statement") or a country, capital or the West
        ("Britain", "the United States", "Washington"): never "he" or "she"."""
        words = self.text[span[0] : span[1]].split()
        if _en_country(words):
            return True
        # "his own Islamist Ennahda party, which has denied …. He had threatened to quit": a party,
        # a ministry or a group is "it", never "he" (not "the head of the party", "a Department for
        # Work and Pensions spokeswoman", "Mr …": a person's word in it)
        named = [w.lower() for w in self.text[span[0] : span[1]].split(",")[0].split()]
        head = next(
            (
                named[k - 1]
                for k in range(1, len(named))
                if named[k] in {"of", "for", "at", "in", "from", "with", "on"}
            ),
            named[-1] if named else "",
        )
        if (
            named
            and head in _EN_ORGANISATION_HEADS
            and named[-1] in _EN_ORGANISATION_HEADS
            and not any(w in _EN_PERSON_HEADS or w in _EN_SITED_PEOPLE for w in named)
            and named[0] not in {"mr", "mrs", "ms", "dr"}
        ):
            return True
        return self._en_plural(span) or bool(
            words
            and (
                words[-1].lower() in _EN_MEDIA_NOUNS
                or words[-1].lower()
                in {"data", "figures", "statistics", "survey", "study", "poll", "website", "page"}
            )
        )

    def _en_group(self) -> list[tuple[int, int]]:
        """Who "they" are: the last speaker, unless that is one named person ("Mr Dodd", "Jens Laerke");
        then the last plural speaker before it ("activists", "The Tories")."""
        last = list(self.last)
        if len(last) != 1 or not self._en_one_person(last[0]):
            return last
        for span in reversed(self.history[-_HISTORY:]):
            if self._en_plural(span):
                return [span]
        return last

    def _en_one_person(self, span: tuple[int, int]) -> bool:
        words = self.text[span[0] : span[1]].split(",")[0].split()
        if not words:
            return False
        if words[0] in {"Mr", "Mrs", "Ms", "Dr"}:
            return True
        return (
            2 <= len(words) <= 3
            and all(w[:1].isupper() for w in words)
            and not (words[-1].endswith("s"))
        )

    def _en_plural(self, span: tuple[int, int]) -> bool:
        words = self.text[span[0] : span[1]].split(",")[0].split()
        if not words or words[0] in {"Mr", "Mrs", "Ms", "Dr"}:
            return False
        for k, w in enumerate(words[1:], 1):
            if w in {"of", "for", "at", "in", "from", "with", "on"}:
                words = words[:k]  # "the head of Jordanian border guards": the head
                break
        head = words[-1]
        return (
            len(head) > 3
            and head.endswith("s")
            and not head.endswith(("ss", "is", "us", "'s", "’s"))
            and (head.islower() or (words[0].lower() == "the" and len(words) <= 3))
        )

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

    def _ar_span_end(self, s: int, e: int) -> int:
        """Where an Arabic speaker span ends when it ran on into the clause after the name: at a relative
        pronoun ("فيجين يوكسيكداغ التي تشارك", "التقرير الذي حمل عنوان"), at a temporal subordinator
        ("الرئيس أوباما عقب محادثاته مع الرئيس عباس", "كلينتون عندما سألها صحافيون", "دمشق للمرة
        الاولى", "العربي لأول مرة"), at a comma before a frame ("الخطيب، عقب لقائه", "مصدر مطلع في
        الديوان، في البيان")."""
        if e - s < 12:
            return e
        toks = self._toks(s, min(e, s + 400))  # bounded: a run-on span is cut near its start
        for k in range(1, len(toks)):
            w = toks[k][2]
            prev = toks[k - 1][2]
            if w in _AR_SPAN_RELATIVES:
                if prev in _AR_PREPS or prev in _AR_SPAN_PARTITIVE or k + 1 >= len(toks):
                    # "63 % من الذين شملهم الاستطلاع", "إحدى اللواتي شاركت في المظاهرة": the
                    # relative is the noun
                    continue
                if prev in "،," or any(t[2] in {"وهو", "وهي", "وهم"} for t in toks[:k]):
                    # '“إبراهيم” وهو الاسم الذي عرفته به (صحيفة الإندبندنت)': the clause is the
                    # apposition's
                    return e
                if toks[k + 1][2].endswith(("ه", "ها", "هم")) and any(
                    t[2].removeprefix("ال") in _AR_SPAN_AUTHORED for t in toks[max(0, k - 3) : k]
                ):
                    # "الدراسة التي أعدها الدكتور عمر الحسن", "استطلاع الرأي الذي أجرته يوغوف": the
                    # clause names the author
                    return e
                return self._ar_span_close(toks, k)
            if w in _AR_SPAN_TEMPORAL and prev.removeprefix("و") != "من" and k + 1 < len(toks):
                # (not "المحامي الموكل من قبل المنظمة": a compound preposition, part of the title)
                return self._ar_span_close(toks, k)
            if w == "مره" and prev == "لاول" and k > 1:
                return self._ar_span_close(toks, k - 1)
            if prev in "،," and w == "في":
                return self._ar_span_close(toks, k)  # "الرئاسة المصرية، في المقابل"
            if (w in _AR_SPAN_ADDRESSEES and self._ar_spoken_to(toks, k)) or (
                w.startswith("لـ") and prev not in _AR_PERSON_HEADS
            ):
                # "مدير المرصد رامي عبد الرحمن لفرانس برس", "احد سكان المنطقة للتلفزيون السوري",
                # "داود اوغلو للصحافة", 'مهنا فى حديثه لـ«الوطن»': the one spoken to, glued on
                return self._ar_span_close(toks, k)
            if (
                w == "رويترز"
                and k + 1 == len(toks)
                and (prev.endswith(("ون", "ين")) or (prev.startswith("ال") and prev != "وكاله"))
            ):
                # "معارضون مسلحون رويترز", "المسؤول رويترز": the agency they spoke to, its ل lost
                # (not "وكالة رويترز", "تقرير اطلعت عليه رويترز")
                return self._ar_span_close(toks, k)
            if (
                w == "من"
                and k + 1 < len(toks)
                and toks[k + 1][2].startswith(("جهت", "جانب"))
                and toks[k + 1][2] not in {"جهه", "جانب"}
            ):
                # "صحيفة الوطن المقربة من السلطة، من جهتها", "عادل الجبير من جانبه": "for its part"
                return self._ar_span_close(toks, k)
            if self._ar_accusative_ends(toks, k):
                return self._ar_span_close(toks, k)  # "نواز مستذكرا أول أيامه"
            if (
                w in {"وهو", "وهي", "وهم"}
                and k + 1 < len(toks)
                and len(toks[k + 1][2]) > 3
                and toks[k + 1][2][0] == ("ت" if w == "وهي" else "ي")
                and not toks[k + 1][2].endswith(("ي", "ه"))
            ):
                # "ضابط كبير وهو يتفقد جنوده", "مهرتياب وهي تتدثر": a circumstantial clause, not an
                # apposition ("وهو ناشط", "وهو يمني")
                return self._ar_span_close(toks, k)
        return e

    @staticmethod
    def _ar_accusative_ends(toks: list[tuple[int, int, str]], k: int) -> bool:
        """Whether word ``k`` (folded, its tanween gone) is an indefinite accusative after a complete
        name, so the speaker ends before it: a manner participle ("نواز مستذكرا", "الخطيب متحدثا", "أحد
        الصحافيين مازحا"), an adverb ("عراقجي ذلك مجددا", "البابا فرانسيس أخيرا") or a quantity object
        ("الرئيس الأمريكي عددا من الأسئلة"). Not after a body's head, whose genitive it would be ("حزب
        مصرنا"), nor after another accusative ("مصدرا مسؤولا"), nor before a definite apposition ("تاماس
        فارجا المختص"); "مي…"/"مو…" shapes are names ("دي ميستورا", "ميرزا", "مودينا")."""
        word, before = toks[k][2], toks[k - 1][2]
        if not word.endswith("ا") or word.startswith(("ال", "و")):
            return False  # (not "وإنما")
        if before in "،," and k > 1:
            # "الفيصل، معلقا", "دوغان، معلقا": a participle after a comma (not "، ميليسا سبربر")
            return (
                5 <= len(word) <= 7
                and word[0] == "م"
                and word[1] not in "اوي"
                and not word.endswith(("يا", "ها"))
                and not (k + 1 < len(toks) and toks[k + 1][2].startswith("ال"))
            )
        if not _is_word(before):
            return False
        if (
            before.endswith(("ه", "ا"))
            or before in _AR_PERSON_HEADS
            or before in _AR_JOINT_HEADS
            or (k + 1 < len(toks) and toks[k + 1][2].startswith("ال"))
        ):
            return False
        if word in {"ايضا", "اخيرا", "عددا"}:
            return True
        return (
            len(word) >= 5
            and not word.endswith(("يا", "ها"))
            and (
                (word[0] == "م" and word[1] not in "اوي" and len(word) <= 7)
                or (len(word) == 5 and word[1] == "ا")
            )
        )

    @staticmethod
    def _ar_spoken_to(toks: list[tuple[int, int, str]], k: int) -> bool:
        """Whether the medium at ``k`` is spoken to, not part of a body's name: "المجلس الهندي للصحافة",
        "الاتحاد الدولي للصحفيين" (a definite word before "the press"), "الهيئة العامة للإذاعة
        والتلفزيون" (broadcasting and television)."""
        w, prev = toks[k][2], toks[k - 1][2]
        if w.startswith("للصح") and prev.startswith("ال"):
            return False
        nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
        return not (w in {"للاذاعه", "للتلفزيون"} and nxt.startswith(("وال", "والت")))

    @staticmethod
    def _ar_span_close(toks: list[tuple[int, int, str]], k: int) -> int:
        """The end of the last word before token ``k``, past any punctuation ("وزارة الخزانة (التي")."""
        while k > 1 and toks[k - 1][2] in "(،,-–—[«“":
            k -= 1
        return toks[k - 1][1]

    def _en_subordinate(self, s: int) -> bool:
        """A subordinator right before ``s`` ("But while the report revealed …, he added")."""
        before = self._toks(max(0, s - 20), s)[-1:]
        return bool(before) and before[0][2].lower() in {
            "while",
            "although",
            "though",
            "as",
            "because",
            "since",
            "whereas",
            "if",
            "when",
        }

    def _en_last_is_person(self) -> bool:
        """The last speaker is a person, not a paper, an agency, a body or a document."""
        return all(
            not set(self.text[x:y].lower().replace(",", " ").split()) & _EN_INSTITUTION_WORDS
            for x, y in self.last
        )

    def _en_after_dateline(self, s: int, e: int) -> int:
        """Where a speaker starts after a dateline or a page's credit line glued before it: "AP Tuesday
        20 May 2014 Syrian activists", "Idlib Reuters Wednesday 26 Oct 2016 The Syrian Observatory …",
        "Date of publication 18 July 2016 Syrian activist groups", "… Views 1430 Related IS group"."""
        toks = _tokens(self.text, s, e)
        cut = None
        for i in range(len(toks) - 1):
            w = toks[i][2]
            if (
                len(w) == 4
                and w.isdigit()
                and w[:2] in {"19", "20"}
                and any(t[2].lower() in _EN_MONTHS_DAYS for t in toks[max(0, i - 2) : i])
            ) or (w == "Related" and i and toks[i - 1][2].isdigit()):
                cut = i + 1
        return toks[cut][0] if cut is not None else s

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

    def _en_quote_any_verb(self, a: int, b: int, props: list[Prop]) -> None:
        """'"…," El-Sharkawi comments.', '"…," agreed Judeh', '"…," she laughed, …': between a closed
        quotation and the end of its sentence, any verb with its subject names who spoke the quotation
        (no cue word needed); the sentence is quote by that speaker (convention EN-5)."""
        text = self.text
        m = _EN_QUOTE_VERB_TAIL.search(text, a, b)
        if m is None or m.start() <= a:
            return
        rest = text[m.end() : b].strip(" .")
        if rest and not (rest.startswith(",") and _en_participle(rest[1:].split()[0])):
            return  # (a trailing participle may follow: ", clawing at her own face")
        verb = m.group("verb") or m.group("verb2")
        if verb.lower() in _EN_NOT_SPEECH_VERBS:
            return
        np = m.span("np") if m.group("np") else m.span("np2")
        closing = m.start() + 1
        for p in props:
            if p.start < closing:
                p.kind, p.mode, p.cue = "quote", "said", verb
                self._en_subject(p, *np)
                if not p.carried:
                    p.kind, p.mode, p.cue = OUTLET, "", ""

    def _en_caption_spans(
        self, spans: list[tuple[int, int]]
    ) -> tuple[list[tuple[int, int]], set[int]]:
        """Sentences cut at a photo credit ("… in Aleppo on July 1 2016. (AFP Photo) At least 16
        civilians …", "… Aleppo Syria (AP photo) BEIRUT Air strikes …"): the text before the credit is a
        caption, the sentence after it starts past the credit. The spans, and the indices of captions."""
        text = self.text
        credits = list(_EN_PHOTO_CREDIT.finditer(text))
        # "Russia says 62 Syrian troops killed in US-led strikes AFP Sunday 18 Sep 2016 More than 60 …":
        # a scraped page's title and dateline glued to the lead are no claim (convention EN-1)
        head = _EN_AGENCY_DATELINE.search(text, spans[0][0], spans[0][1]) if spans else None
        if head is not None and (
            head.end() >= spans[0][1] or len(text[spans[0][0] : head.start()].split()) < 4
        ):
            head = None  # (a place before the dateline is no title: "Idlib Reuters Wednesday …")
        if head is not None:
            start = head.end()
            while start < spans[0][1] and text[start].isspace():
                start += 1
            spans = [(spans[0][0], head.end()), (start, spans[0][1]), *spans[1:]]
        if not credits:
            return spans, {0} if head is not None and spans[0][1] == head.end() else set()
        out: list[tuple[int, int]] = []
        captions: set[int] = {0} if head is not None and spans[0][1] == head.end() else set()
        for s, e in spans:
            start = s
            for m in credits:
                if m.end() <= start or m.start() >= e:
                    continue
                if text[start : m.start()].strip():
                    captions.add(len(out))
                    out.append((start, m.end()))
                elif out and start == s and _EN_YEAR_END.search(text, *out[-1]):
                    captions.add(len(out) - 1)  # the caption closed with its date and full stop
                start = m.end()
                while start < e and text[start].isspace():
                    start += 1
            if start < e:
                out.append((start, e))
        return out, captions

    def _ar_first_person_quote(self) -> None:
        """ "تقول ساندرا إن … \n أما "أصوات التعذيب فلم تكن تتوقف، وعندما كنت أخرج …"": a sentence with
        no cue that opens on a quotation in the first person is the speaker's own words (interviews,
        features); it goes to the speaker of the attributed sentence right before it."""
        text = self.text
        props = sorted(self.props, key=lambda q: q.start)
        for i in range(1, len(props)):
            p, prev = props[i], props[i - 1]
            if p.kind != OUTLET or prev.kind not in {"reported", "quote"} or not prev.carried:
                continue
            if p.start - prev.end > 300 or text.count("\n", prev.end, p.start) > 2:
                continue
            m = _AR_QUOTE_OPENING.match(text, p.start, p.end)
            if m is None:
                continue
            close = next((k for k in range(m.end(), p.end) if text[k] in '»”"'), p.end)
            if not _AR_FIRST_PERSON.search(text, m.end(), close):
                continue
            p.carried = list(prev.carried)
            p.mode, p.cue, p.polarity, p.kind = prev.mode, "", "affirm", "quote"

    def _ar_section_papers(self) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
        """The lines that head a press review's sections, and those of them that are a newspaper's name
        ("الشرق الاوسط", "ذا غارديان", "نيويورك تايمز:", named as a paper in the article or followed by
        "صحيفة"/"الصحيفة"), in an article that speaks of newspapers in its lead."""
        text = self.text
        if not _AR_PRESS_LEAD.search(text, 0, 400):
            return (
                [],
                set(),
            )  # a review says so in its lead ("تناولت الصحف العالمية", "الصحف البريطانية")
        heads = []
        papers = set()
        for m in _AR_HEADER_LINE.finditer(text):
            words = m.group(1).split()
            if words[0].startswith(("و", "ف")) and not words[0].startswith(("وا", "وط", "ول")):
                continue  # "وأضاف" on its own line is no paper's name
            if any(
                w in AR_CUESET.word_info
                or w in _AR_CONNECTIVES
                or w in _AR_PREPS
                or w in _AR_NOT_HEADER
                or "عنو" in w
                or "-" in w
                for w in words
            ):
                continue
            if heads and not text[heads[-1][1] : m.start(1)].strip(" \t\n:"):
                continue  # "الرياض / قضية العميل إكس تتدحرج": the paper's name, then its headline
            last = text[max(0, m.start() - 30) : m.start()].split()[-1:]
            if last and last[0] in _AR_BROKEN_BEFORE:
                continue  # "أشارت الصحيفة إلى أن\nالأردن\nاقتربت": a word broken out of its sentence
            heads.append(m.span(1))
            name = m.group(1).strip('"“«»” ')
            named = any(
                f"{noun} {q}{name}" in text for noun in ("صحيفه", "جريده") for q in ("", '"')
            )
            colon = m.group().rstrip().endswith(":")
            if (
                named
                or len(words) <= 2
                or not colon
                and not any(q in m.group(1) for q in _ANY_QUOTE)
                and (len(words) == 3 or _AR_PAPER_NOUN.search(text, m.end(), m.end() + 150))
            ):
                papers.add(m.span(1))  # not "ضبط ملابس عسكرية:", a topic
        return (heads, papers) if len(papers) >= 2 else ([], set())

    def _ar_title_voice(
        self, p: Prop, mark: int, heads: list[tuple[int, int]], paper_heads: set[tuple[int, int]]
    ) -> tuple[tuple[int, int], bool] | None:
        """Whose title follows a headline marker: the paper named before it in its sentence, "الصحيفة"
        resolved to the paper it means, or the paper whose name heads the section."""
        text = self.text
        line = text.rfind("\n", 0, mark) + 1
        for _ in range(3):  # 'كتبت صحيفة\n"الدستور"\nالمصرية تحت عنوان:': a name broken over lines
            before = text.rfind("\n", 0, line - 1) + 1
            if line == 0 or mark - before > 120 or len(text[before:line].split()) > 3:
                break
            line = before
        lo = max(0, line - 25)  # 'من صحيفة "\nالقدس العربي"\nاللندنية وجاء بعنوان:'
        title = _AR_TITLE_START.search(text, mark + 2, min(p.end, mark + 80))  # "عنونت صحيفة X: …"
        hi = title.start() if title else mark
        named = [
            m for m in _AR_PAPER_LOOSE.finditer(text, lo, hi) if self._in_quote(m.start()) is None
        ]
        if named:
            return self._ar_paper_span(named[-1].start(), hi), False
        by = list(_AR_PUBLISHED_BY.finditer(text, lo, hi))
        if by:
            return by[-1].span(
                1
            ), False  # 'نقلت "الخبر" الجزائرية', 'الصحيفة السعودية "الشرق الأوسط"'
        # "ونقلت الصحيفة الهندية …", "وتحت عنوان": the section's paper, by its header line or the paper
        # named last before this line (in a review, or when the line says "الصحيفة")
        k = bisect_right(heads, (mark, mark)) - 1
        papers = [q for q in self._press_papers if self._in_quote(q[0]) is None]
        j = bisect_left(papers, (lo, 0)) - 1
        if j >= 0 and (k < 0 or papers[j][0] > heads[k][0]):
            the_paper = _AR_THE_PAPER.search(text, lo, hi)
            if lo - papers[j][0] > (1500 if the_paper else 600) or not (heads or the_paper):
                return None
            return self._ar_paper_span(papers[j][0], lo), True
        if k >= 0 and heads[k] in paper_heads:
            return heads[k], True
        return None

    def _ar_paper_span(self, start: int, limit: int) -> tuple[int, int]:
        """The name of the paper that a match of _AR_PAPER at ``start`` opens ("صحيفة الغارديان البريطانية")."""
        toks = [t for t in _tokens(self.text, start, min(limit, start + 80)) if _is_word(t[2])][:5]
        if len(toks) < 2:
            return (start, toks[0][1]) if toks else (start, start)
        end = 2
        while end < len(toks) and end < 4 and toks[end][2] in _AR_PAPER_TAILS:
            end += 1
        if end < len(toks) and toks[end][2].startswith("ال") and toks[end][2].endswith("يه"):
            end += 1
        lead = toks[0][0] + (0 if toks[0][2].startswith(("صحي", "جري", "مجل")) else 1)
        return lead, toks[end - 1][1]

    def _ar_review_sections(self) -> None:
        """In a press review, a claim whose speaker was carried over from an earlier paper's section
        ("ونقلت عن خبراء …" under "التلغراف", given the Iran of the section before) is the section's
        paper's: a line that is only a paper's name starts a new voice (AR-20)."""
        heads, paper_heads = self._ar_section_papers()
        if not paper_heads:
            return
        text = self.text
        strong = {
            h
            for h in paper_heads
            if _AR_THE_PAPER.search(text, h[1], h[1] + 150)
            or any(f"{n} {text[h[0] : h[1]]}" in text for n in ("صحيفه", "جريده"))
        }
        starts = [h[0] for h in heads]
        for p in self.props:
            if p.kind not in {"reported", "quote"} or not p.carried:
                continue
            k = bisect_right(starts, p.start) - 1
            if k < 0 or heads[k] not in strong or _REPORTS.match(text[heads[k][0] : heads[k][1]]):
                continue  # a topic's subheading ("إبعاد تركيا"), not a paper's name
            head = heads[k]
            if any(text.startswith(_AR_PAPER_REFERENCES, a) for a, _ in p.carried):
                continue  # "وقالت الصحيفة": a paper already, resolved by _ar_later_paper
            if all(b <= head[0] for _, b in p.carried):
                p.carried = [head]

    def _ar_subheadings(self) -> None:
        """An in-body subheading, a short line "Name: headline" between paragraphs ("البرادعي: العنف
        يتزايد في كل مكان «هل مازال هناك رئيس وحكومة؟»", "أبوراشد: الوضع يدعو للتفاؤل"), is the outlet's
        heading of the paragraph below, which gives the words to their speaker: no claim (AR-8), neither
        the name's nor the speaker's of the quotation before. A press review's headline under its
        paper stays the paper's (AR-22)."""
        text = self.text
        if ":" not in text or "\n" not in text:
            return
        starts = [p.start for p in self.props]
        for m in _AR_SUBHEADING.finditer(text):
            a, b = m.start(1), m.end(1)
            if not 3 <= len(text[a:b].split()) <= 14 or text[a:b].rstrip().endswith(
                (".", "،", ":")
            ):
                continue
            prev = text[max(0, a - 300) : a].rstrip()
            line_before = prev[prev.rfind("\n") + 1 :].lstrip()
            line_after = text[b : b + 400].lstrip().split("\n", 1)[0]
            if (
                text[m.start() : a].strip()[:1] in {"*", "•"}
                and (line_before[:1] in {"*", "•"} or line_after[:1] in {"*", "•"})
                and self._ar_highlight(m.start(2), m.end(2), b)
            ):
                continue  # a list of highlights ("* بسيونى حمادة: شعارات …"): each its speaker's
            if not prev or any(
                w in prev[prev.rfind("\n") + 1 :] for w in ("صحيف", "جريد", "عنوان", "عنون")
            ):
                continue  # the article's title or standfirst, or a press review's headline
            nxt = text[b : b + 400].lstrip().split("\n", 1)[0]
            if len(nxt.split()) < 8 or any(
                True for _ in AR_CUESET.find(text[m.start(2) : m.end(2)])
            ):
                continue  # no paragraph under it, or "وأضاف: …": speech
            k = bisect_left(starts, a)
            while k < len(self.props) and self.props[k].start < b:
                p = self.props[k]
                if p.kind in {"reported", "quote"} and p.end <= b + 1:
                    if any(_AR_PAPER_NOUN.search(text, x, y) for x, y in p.carried):
                        break  # a paper's headline (AR-22)
                    p.kind, p.carried, p.mode, p.cue, p.guessed = OUTLET, [], "", "", False
                k += 1

    def _ar_highlight(self, xa: int, xb: int, b: int) -> bool:
        """A line of a list of highlights "* Name: words" ("* بسيونى حمادة: شعارات الناصريين …", "• ايمن
        نور : لست تابعا للسلطة") gives the words to the person or body named before the colon, a quote
        (AR-7); a topic, a place or a section's label ("• الحمى المخية الشوكية:", "* السويس:",
        "* البدايات:") gives nothing (False: the line is left to the subheading rule)."""
        text = self.text
        words = text[xa:xb].split()
        first = words[0] if words else ""
        bare = first.removeprefix("ال")
        if not 1 <= len(words) <= 6 or len(text[xb:b].split()) < 3 or first[:1] in _OPEN_QUOTES:
            return False
        if first[:1] in {"ا", "ن"} and "ي" + first[1:] in AR_CUESET.word_info:
            return False  # "* أقول للضباط: …": the speaker's own words, in the first person
        if not (
            bare in _AR_PERSON_HEADS
            or first in _AR_PERSON_HEADS
            or bare in _AR_BODIES
            or first in _AR_ANON
            or (
                not first.startswith("ال")
                and not first.endswith(("ه", "ات"))
                and first not in _PLACE_TRIE
                and not first[:1].isdigit()
            )
        ):
            return False
        colon = text.index(":", xb)
        for p in self.props:
            if p.end > colon and p.start < b and p.end <= b + 1 and p.kind == OUTLET:
                p.kind, p.carried, p.mode, p.polarity = "quote", [(xa, xb)], "said", "affirm"
                p.cue, p.guessed = CueText(text, colon, colon + 1), False
        return True

    def _ar_tweets(self) -> None:
        """A tweet quoted after "في تغريدته:" or "على تويتر «…»" is its author's quote, even after a verb
        that is no cue of its own here ("علق", "غرد", "كتب")."""
        text = self.text
        if "تغريد" not in text and "تويتر" not in text:
            return
        for p in self.props:
            if p.kind != OUTLET:
                continue
            m = _AR_TWEETED.match(text, p.start, p.end)
            if m is None or len(text[m.end() : p.end].split()) < 2:
                continue
            p.kind, p.carried, p.mode, p.polarity = "quote", [m.span(1)], "said", "affirm"
            p.cue, p.guessed = CueText(text, m.start(), m.start(1) - 1), False

    def _ar_whole_texts(self) -> None:
        """A statement or letter given whole after "فيما يلي نصه:" / "جاء فيه:": its first sentence is a
        quote by the document (AR-16), or by the paper whose headline it is; "وجاء في البيان أن …" is the
        statement's, not a name found after it."""
        text = self.text
        if "نص" not in text and "جاء" not in text and "ورد" not in text:
            return
        props = sorted(self.props, key=lambda q: q.start)
        starts = [q.start for q in props]
        moved: dict[tuple[int, int], tuple[int, int]] = {}
        for p in props:
            if moved and p.carried:
                p.carried = [
                    moved.get(c, c) for c in p.carried
                ]  # "…، مضيفا أن": the same statement
            cue_at = getattr(p.cue, "span", None)
            if p.kind in {"reported", "quote"} and cue_at is not None:
                m = _AR_CAME_IN_DOC.match(text, cue_at[0])
                doc = m.group(1).split()[0] if m else ""
                if (
                    m
                    and m.start(1) < cue_at[1] + 1
                    and not any(doc[2:] in text[a:b] for a, b in p.carried)
                ):
                    moved.update((c, m.span(1)) for c in p.carried)
                    p.carried = [m.span(1)]  # "وجاء في البيان الختامي أن …": the statement speaks
        for m in _AR_TEXT_FOLLOWS.finditer(text) if _holds(text, (":",), ("يلي", "فيه")) else ():
            k = bisect_right(starts, m.start()) - 1
            if k < 0 or m.start() >= props[k].end or self._in_quote(m.start()) is not None:
                continue
            p = props[k]
            after = text[m.end() : p.end].split()
            if len(after) < 3 or p.kind in {"reported", "quote"} and p.carried:
                continue
            line = text.rfind("\n", 0, m.start()) + 1
            head = text[m.start() : m.end() - 1].split()
            if set(head) & _AR_INTERVIEW_TEXT:
                continue  # "وفيما يلي نص الحوار:": questions and answers, not one voice
            named = list(_AR_PAPER_LOOSE.finditer(text, line, m.start()))
            if named and "جاء" in head[0] + head[-1]:
                voice = self._ar_paper_span(named[-1].start(), m.start())  # "أبرزت عنواناً جاء فيه:"
            elif len(head) > 3 and head[2].startswith("نص") and len(head[2]) == 2:
                voice = (m.start() + text[m.start() : m.end()].index(head[3]), m.end() - 1)
                while voice[1] > voice[0] and text[voice[1] - 1] in " :":
                    voice = (voice[0], voice[1] - 1)  # "وفيما يلي نص إعلان الرياض:"
            else:
                docs = list(_AR_TEXT_DOC.finditer(text, max(0, m.start() - 300), m.start()))
                if not docs:
                    continue
                voice = docs[-1].span(1)
                if text[voice[0] : voice[1]] in {"مقال", "مقالا"}:
                    continue  # "مقال لطارق الحميد … جاء فيه:": the writer's, named elsewhere
            if len(text[p.start : m.start()].split()) >= 3:
                # "صدر اليوم بيان مشترك … فيما يلي نصه:": the announcement stays the outlet's
                head_prop = Prop(start=p.start, end=m.start())
                self.props.insert(self.props.index(p), head_prop)
                p.start = m.start()
            first = after[0].strip('"“”«»')
            p.kind = "reported" if first in _AR_COMPLEMENTIZERS else "quote"
            p.carried, p.mode, p.polarity, p.guessed = [voice], "published", "affirm", False
            p.cue = CueText(text, m.start(), m.end() - 1)

    def _ar_press_titles(self) -> None:
        """A press review's headline ("وإلى صحيفة التايمز التي نشرت موضوعا … تحت عنوان "…"", "الحياة /
        وتحت عنوان "…"", "فعنونت: "…"") is the paper's words: quote by the paper (AR-20, AR-21), not the
        outlet's voice, nor the words of whoever the headline names."""
        text = self.text
        if not any(w in text for w in ("عنوان", "عنونت", "تفاصيل", "نقتبس")):
            return
        papers = self._press_papers = [(m.start(), m.end()) for m in _AR_PAPER_LOOSE.finditer(text)]
        heads, paper_heads = self._ar_section_papers()
        if len(papers) + len(heads) < 2:
            return  # no press review: a film, a march, a book "بعنوان"
        props = sorted(self.props, key=lambda q: q.start)
        starts = [q.start for q in props]
        for m in _AR_TITLE_MARK.finditer(text):
            k = bisect_right(starts, m.start()) - 1
            if k < 0 or m.start() >= props[k].end or self._in_quote(m.start()) is not None:
                continue
            p = props[k]
            before = text[max(p.start, m.start() - 60) : m.start()].split()[-3:]
            if any(w.strip('،,"“”«»') in _AR_NOT_PRESS_TITLE for w in before):
                continue
            found = self._ar_title_voice(p, m.start(), heads, paper_heads)
            if found is None or found[0][1] <= found[0][0]:
                continue
            voice, weak = found
            after = text[m.end() : p.end]
            details = m.group().endswith(("نشرته", "نشر", "اوردته", "كتبته", "ذكرته", "نقتبس"))
            colon = after.find(":") if details else -1
            if not after[colon + 1 :].strip(' :"“”«»\n\t') or (
                details and colon < 0 and len(after.split()) <= 5
            ):
                # "وفي تفاصيل ما نشرته الصحيفة اللندنية" / "…بعنوان:" ending its line: the text or the
                # title is the next claim
                q = props[k + 1] if k + 1 < len(props) else None
                if q is None or q.kind != OUTLET or text.count("\n", p.end, q.start) > 1:
                    continue
                q.kind, q.carried, q.mode, q.polarity = "quote", [voice], "published", "affirm"
                q.cue, q.guessed = CueText(text, m.start(), m.end()), False
                continue
            if details and colon < 0:
                continue  # "ونقتبس من رسالته أن …": no text given after a colon
            if p.kind in {"reported", "quote"} and p.carried:
                if p.guessed:
                    continue
                if any(a < voice[1] and voice[0] < b for a, b in p.carried):
                    # 'كتبت "الوفد" المصرية تحت عنوان:' found the paper itself, "تحت عنوان" and
                    # all: a headline given whole after the mark is the paper's words (AR-22);
                    # not 'شددت الصحيفة تحت عنوان "…" على أن …' (reported speech around it)
                    if after.lstrip(" ")[:1] in ':"“«\n' and not _AR_TITLE_THEN_SPEECH.search(
                        after
                    ):
                        p.kind, p.carried = "quote", [voice]
                    continue
                line = text.rfind("\n", 0, m.start()) + 1
                if any(
                    line <= a
                    and b <= m.start()
                    and not set(text[a:b].split()) & _AR_TITLE_NOUNS
                    and (weak or not text.startswith(("الصحيفه", "الجريده"), a))
                    for a, b in p.carried
                ):
                    continue  # "كتب طارق الحميد تحت عنوان", "وأكد السفير … تحت عنوان": a real speaker
            if p.kind in {"reported", "quote"}:
                p.carried = [voice]  # "ونشرت تحت عنوان" took "تحت عنوان" for its subject
                continue
            p.kind, p.carried, p.mode, p.polarity = "quote", [voice], "published", "affirm"
            p.cue, p.guessed = CueText(text, m.start(), m.end()), False

    def _en_first_person_speech(self) -> None:
        """ "… Hague told reporters in Paris. We hope the U.N. team …": a sentence with no cue that opens
        on "I"/"We" is no outlet's voice but speech (its quotation marks often lost, EN-5/EN-12); it
        goes to the speaker of the attributed sentence right before it in the same paragraph. So does
        a sentence wholly in quotation marks (EN-12, also at the head of the next paragraph), with the
        later sentences of its quotation; a quotation split from the lower-case cue that follows it
        ('"…" / the statement added') goes to that cue's speaker."""
        text = self.text
        props = sorted(self.props, key=lambda q: q.start)
        # a quotation given to a speaker that runs on past its sentence
        open_until, owner = -1, None
        for i in range(1, len(props)):
            p = props[i]
            if p.kind != OUTLET:
                continue
            if owner is not None and p.start < open_until:
                # '"Indeed it seems … civilians. Taking them before the ICC … air strikes."': the
                # quotation's later sentences are the same speaker's
                p.kind, p.carried, p.mode, p.cue = "quote", list(owner.carried), owner.mode, ""
                continue
            nxt = props[i + 1] if i + 1 < len(props) else None
            if (
                nxt is not None
                and nxt.kind in {"reported", "quote"}
                and nxt.carried
                and not nxt.guessed
                and text[nxt.start : nxt.start + 1].islower()
                and "\n" not in text[p.end : nxt.start]
                and self._en_whole_quote(p.start, p.end, 3, "")
            ):
                # '"The Syrian regime is responsible for 99 percent of deaths …" / the statement
                # added …': a quotation cut from its own cue, which goes on in lower case
                p.kind, p.carried, p.mode, p.cue = "quote", list(nxt.carried), nxt.mode, ""
                continue
            m = _EN_FIRST_PERSON.match(text, p.start, p.end)
            whole = m is None and self._en_whole_quote(p.start, p.end)
            if not m and not whole:
                continue
            # "… Hague told reporters. <photo caption>. REUTERS/Bassam Khabieh We hope …": the caption
            # under the credit is no speaker
            prev = props[i - 2] if m and m.group(1) and i >= 2 else props[i - 1]
            if prev.kind not in {"reported", "quote"} or not prev.carried:
                continue
            gap = text[prev.end : p.start]
            if p.start - prev.end > 400 or "\n" in gap and (not whole or gap.count("\n") > 2):
                continue  # (a quotation may open the next paragraph: EN-12)
            p.carried = list(prev.carried)
            p.mode, p.cue, p.polarity = prev.mode, "", "affirm"
            quoted = text[p.start : p.start + 2].lstrip()[:1] in _ANY_QUOTE
            p.kind = "quote" if quoted or prev.kind == "quote" else "reported"
            if whole:
                opening = p.start + len(text[p.start : p.end]) - len(text[p.start : p.end].lstrip())
                k = bisect_right(self.quote_starts, opening) - 1
                if k >= 0 and self.quotes[k][0] == opening and self.quotes[k][1] > p.end:
                    open_until, owner = self.quotes[k][1], p

    def _en_whole_quote(self, a: int, b: int, least: int = 4, ends: str = ".?!…") -> bool:
        """ "Whitson said in a statement. / "A constellation of abuse surrounds each incident …": a
        sentence wholly inside quotation marks (open at its start, closed at its end or still open for
        the next sentence) that reads as a sentence (a few words, a full stop, question or exclamation
        mark) is direct speech (EN-12), not a title, slogan or scare quote ("WORK AND DIGNITY", ""Five
        Broken Cameras" is the story of …")."""
        text = self.text
        if text[a : a + 3].lstrip()[:1] not in '"“':
            return False
        body = text[a:b].strip()
        if len(body) < 12 or body[0] not in '"“' or body[1].isspace():
            return False  # (a mark before a space closes the quotation before it)
        inner = body[1:].rstrip()
        close = next((k for k, c in enumerate(inner) if c in '"”'), -1)
        if close >= 0 and inner[close + 1 :].strip(" .,;"):
            return False  # the quotation closes before the sentence ends (a title, a scare quote)
        words = inner[: close if close >= 0 else None].rstrip(" ;")
        words = words.rstrip(",") if ends else words
        split = words.split()
        if len(split) < least or ends and words[-1] not in ends:
            return False
        # a title in title case ("Immigration Wars: Forging an American Solution.")
        return len(split) > 10 or sum(w[:1].isupper() for w in split) * 2 <= len(split)

    def _ar_issued(self, a: int, b: int) -> bool:
        """A sentence opening "أصدر المجلس الوطني السوري بيانا …، قال فيه إن …" (or followed by "وقال"):
        the pronoun subjects that follow mean the body whose statement it is."""
        issued = _AR_ISSUED.match(self.text, a, min(b, a + 160))
        if issued is None:
            return False
        span = self._trim(issued.start(1), issued.end(1))
        if span[1] <= span[0]:
            return False
        self.last = [span]
        self.history.append(span)
        self.subjects.append(span)
        return True

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

    def _ar_document_speaker(
        self, a: int, cs: int, ce: int, mode: str
    ) -> tuple[tuple[int, int], int] | None:
        """The author of the document or speech event a verb with "فيه/فيها/خلاله/خلالها" after it
        speaks in, when the verb has no subject of its own: the nearest document noun before the verb
        whose gender agrees with the pronoun (not past an occasion the relative hangs on: "في الوقت
        الذي أعلن فيه"), then its author: the genitive or the ل-phrase after it ("تصريحات المرشد
        الأعلى، آية الله علي خامنئي، التي أكد فيها", "تصريحات للسيدة الأولى باربرا بوش، قالت فيها"),
        the subject of a verb that issues it after it ("تصريحات أدلى بها، يوم الاثنين، محمد علي
        جعفري، … قال فيها", "بيان أصدره مجلس الأمن … أعرب فيه") or before it ("أصدرت «غرفة عمليات
        حلب» … بيانا أعلنت فيه", "إلقاء قوات التحالف لمنشورات … تتعهد فيها"). None when the author is
        a pronoun or unnamed ("تصريحاته التي", "بإرسال رسالة أكد فيها"): the verb's subject is then
        found as any other's. Returns the author and where the words said start."""
        nxt = self.text[ce : ce + 8].split()[:1]
        gender = _AR_IN_DOCUMENT.get(nxt[0]) if nxt else None
        if gender is None:
            return None
        toks = self._toks(max(a, cs - 400), cs)
        k = len(toks) - 1
        while k >= 0 and not _is_word(toks[k][2]):
            k -= 1
        relative = k >= 0 and toks[k][2].removeprefix("و") in _AR_RELATIVE
        if relative:
            k -= 1
            while k >= 0 and not _is_word(toks[k][2]):
                k -= 1
        if k >= 0 and (
            toks[k][2].removeprefix("ال") in _AR_OCCASIONS
            if relative
            else toks[k][2] in _AR_OCCASIONS  # (not "كلمة خلال الجلسة أعرب فيها")
        ):
            return None  # "في الوقت الذي أعلن فيه …", "أول مرة تتهم فيها …"
        j, words, near = len(toks) - 1, 0, None
        while j >= 0:
            w = toks[j][2]
            if w == ":" or w in _AR_COMPLEMENTIZERS or words > 24:
                j = -1
                break
            doc = _ar_speech_event(w) if len(w) > 2 else None
            if doc is not None and doc[0] == gender:
                break
            if doc is not None and near is None and words <= 6:
                near = j  # "لمنشورات على معقل التنظيم تتعهد فيه": a pronoun of the wrong gender
            words += _is_word(w)
            j -= 1
        if j < 0 and near is not None:
            j, doc = near, _ar_speech_event(toks[near][2])
        if j < 0 or doc is None or doc[1] == "poss":
            return None
        s, e, content, _r, _d = self._ar_speaker_after(ce, max(self.limit, ce), mode)
        if e > s and self.text[max(0, s - 2) : s].strip()[-1:] not in tuple(_ANY_QUOTE):
            first = self.text[s:e].split()[0]
            if (
                first.removeprefix("ال") in _AR_PERSON_HEADS
                or first.removeprefix("ال") in _AR_AGENT_HEADS
                or first in _AR_ANON
                or self._looks_like_speaker((s, e))
            ):
                return None  # "في حين تتهم فيها إسرائيل …": the verb's own subject
        content = max(content, ce)
        author = self._ar_author_after(toks, j, doc) or self._ar_author_before(toks, j)
        if author is None:
            return None
        first = self.text[author[0] : author[1]].split()[0].removeprefix("ال")
        if self.text[cs:ce].endswith("ت") and first in _AR_MASCULINE:
            return None  # "التصريحات للرئيس محمد مرسي قالت فيها": she is someone else
        return author, content

    def _ar_author_np(
        self, toks: list[tuple[int, int, str]], i: int, stop: int
    ) -> tuple[int, int] | None:
        """The noun phrase naming an author from ``toks[i]`` on (before ``toks[stop]``): up to a
        relative word, a preposition, a time word, a verb, the document's own adjective ("الأخير") or
        a ل of whom it was addressed to ("لوكالة الأنباء"); a name in apposition between commas goes
        with it ("المرشد الأعلى، آية الله علي خامنئي، التي")."""
        start = end = -1
        n = 0
        k = i
        prev = ""
        while k < stop:
            w = toks[k][2]
            if w in {"،", ","}:
                if end < 0 or k + 1 >= stop or not _is_word(nxt := toks[k + 1][2]):
                    break
                if not (
                    nxt.removeprefix("ال") in _AR_PERSON_HEADS
                    or nxt == "ايه"  # "آية الله"
                    or (_ar_name_like(nxt) and nxt.removeprefix("ال") not in _AR_NOT_AUTHOR)
                ):
                    break
                k += 1
                continue
            if not _is_word(w):
                if w in _ANY_QUOTE:
                    k += 1
                    continue
                break
            bare = w.removeprefix("و") if w[:1] == "و" and len(w) > 3 else w
            nxt = toks[k + 1][2] if k + 1 < stop else ""
            # "آية الله علي خامنئي", "الشيخ علي …", not "الأسد على روح البوطي"
            titled = prev.removeprefix("ال") in _AR_PERSON_HEADS
            named = n and (not _definite(prev) or prev == "الله" or titled or prev.endswith("ي"))
            if (
                bare in _AR_RELATIVE
                # (علي opening a verb's subject is a name: "وتلا علي بيانا")
                or (w in _AR_PREPS and not (w == "علي" and (not n or _ar_ali_name(nxt) and named)))
                or (w in _AR_TIME and not titled)  # "الشيخ صباح الأحمد"
                or w in _AR_COMPLEMENTIZERS
                or w in _AR_CLAUSE_WORDS
                or w in _AR_RESUMPTIVE
                or w in _AR_ADVERBS
                or w.lstrip("وف") in AR_CUESET.word_info
                or w.removeprefix("ال") in _AR_NOT_AUTHOR
                or w in {"عام", "سنه", "شهر"}  # "مذكرة إسرائيل كونيغ عام 1976"
                # "وزير العدل المعروف بانتمائه"
                or (w[:1] == "ب" and w.endswith(("ه", "ها", "هم")) and len(w) > 5)
                or _ar_issuing_pronoun(w, nxt, _AR_ANY_ISSUING_STEMS)  # "… نشرتها صحف"
                or (w[:1] == "ل" and (_AR_ADDRESSEE.match(w) or w in _AR_L_NOT_NAMES))
                or any(c.isdigit() for c in w)
                or _ar_speech_event(w) is not None
            ):
                break
            if start < 0:
                start = toks[k][0]
            end = toks[k][1]
            prev = w
            n += 1
            if n > 10:
                return None
            k += 1
        return self._trim(start, end) if start >= 0 else None

    def _ar_author_after(
        self, toks: list[tuple[int, int, str]], j: int, doc: tuple[str, str, str]
    ) -> tuple[int, int] | None:
        """The author named after a document noun: the subject of a verb that issues it ("تصريحات
        أدلى بها … جعفري", "بيان أصدره مجلس الأمن", "مع أخرى أطلقها المتحدث …"), its genitive
        ("تصريحات المرشد الأعلى"), a ل or "صادر عن" phrase ("خطاب للزعيم الأعلى الإيراني"), or the
        one who published it ("شريط فيديو بثه التنظيم")."""
        stop = len(toks)
        if j + 1 >= stop:
            return None
        found = self._ar_issuer_after(toks, j, _AR_ISSUING_STEMS)
        if found:
            return found
        w = toks[j + 1][2]
        if w in _AR_ISSUED_BY and toks[j + 2 : j + 3] and toks[j + 2][2] in {"عن", "من"}:
            return self._ar_author_np(toks, j + 3, stop)
        if (
            w[:1] == "ل"
            and len(w) > 3
            and w not in _AR_L_NOT_NAMES
            and not _AR_ADDRESSEE.match(w)
            and doc[1] != "poss"
            and doc[2] not in _AR_ADDRESSED_DOCS
        ):
            # "تصريحات للسيدة الأولى السابقة باربرا بوش": the words after ل (ل + ال written لل);
            # after an object ("رفعت تقريرا للرئاسة") only a person, not whom it was sent to
            np = self._ar_author_np(toks, j + 1, stop)
            head = w[2:] if w.startswith("لل") else w[1:]
            if (
                np is not None
                and self._ar_agent_span(np, joined_l=True)
                and (doc[1] != "acc" or head in _AR_PERSON_HEADS)
            ):
                off = 2 if w.startswith("لل") else 1
                return np[0] + off, np[1]
        if doc[1] == "bare" and (_is_word(w) or w[:1] in _OPEN_QUOTES):
            np = self._ar_author_np(toks, j + 1, stop)
            if np is not None and self._ar_agent_span(np, genitive=True):
                return np
        return self._ar_issuer_after(toks, j, _AR_PUBLISHING_STEMS) or None

    def _ar_issuer_after(
        self, toks: list[tuple[int, int, str]], j: int, stems: frozenset[str]
    ) -> tuple[int, int] | tuple[()] | None:
        """The subject of a verb of ``stems`` with a pronoun back to the document after it (within a
        few words): its span, () when the verb has a pronoun subject ("الذي ألقاه في …"), else None."""
        stop = len(toks)
        for k in range(j + 1, min(stop, j + 12)):
            after = _ar_issuing_pronoun(toks[k][2], toks[k + 1][2] if k + 1 < stop else "", stems)
            if not after:
                continue
            after += k
            while after < stop and (not _is_word(toks[after][2]) or toks[after][2] in _AR_TIME):
                after += 1
            np = self._ar_author_np(toks, after, stop)
            if np is not None and self._ar_agent_span(np, subject=True):
                return np
            return ()  # "خطاب رئيس النظام، الذي ألقاه في …": a pronoun subject
        return None

    def _ar_author_before(self, toks: list[tuple[int, int, str]], j: int) -> tuple[int, int] | None:
        """The subject of a verb or verbal noun that issues the document before it: "أصدرت «غرفة
        عمليات حلب» … بيانا", "إلقاء قوات التحالف لمنشورات", "تقدم المحامي خالد المصري ببلاغ" (None
        for a pronoun subject)."""
        # (a document given with بـ: "تقدم X ببلاغ", "بعث X برسالة")
        lodged = toks[j][2][:1] == "ب" and not toks[j][2].startswith("بال")
        for k in range(j - 1, max(-1, j - 30), -1):
            w = toks[k][2]
            if w == ":" or w in _AR_COMPLEMENTIZERS or w in {".", "؟", "!"}:
                return None
            bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
            noun = bare[1:] if bare[:1] in "بل" and bare[1:] in _AR_ISSUING_NOUNS else bare
            if (
                bare in _AR_ISSUING_VERBS
                or noun in _AR_ISSUING_NOUNS
                or (lodged and bare in {"تقدم", "تقدمت", "تقدموا", "بعث", "بعثت", "بعثوا"})
            ):
                np = self._ar_author_np(toks, k + 1, j)
                return np if np is not None and self._ar_agent_span(np, subject=True) else None
        return None

    def _ar_agent_span(
        self,
        span: tuple[int, int],
        joined_l: bool = False,
        subject: bool = False,
        genitive: bool = False,
    ) -> bool:
        """Whether a document's author looks like one: a definite noun phrase, a known speaker or
        name, a head noun of a person or a body, or a quoted name (``joined_l``: after a joined ل;
        ``subject``: the subject of a verb that issues it, any word a name can start with)."""
        words = [t[2] for t in self._toks(*span) if _is_word(t[2])]
        if not words:
            return False
        first = words[0]
        if joined_l:
            first = "ال" + first[2:] if first.startswith("لل") else first[1:]
        head = first.removeprefix("ال")
        if genitive and not first.startswith("ال") and first.endswith(("ي", "يه", "يون", "يين")):
            return False  # "بيان عسكري", "تصريحات صحفية": an adjective, no genitive
        return (
            (first.startswith("ال") and head not in _AR_TIME and not head.isdigit())
            or head in _AR_PERSON_HEADS
            or head in _AR_AGENT_HEADS
            or self.text[max(0, span[0] - 2) : span[0]].strip()[-1:] in tuple(_ANY_QUOTE)
            or self._looks_like_speaker(span)
            or self._ar_bare_name(first)
            or (subject and _ar_name_like(first))
        )

    def _ar_opening_subject(self, a: int, b: int) -> tuple[int, int] | None:
        """ "ويقوم وزير الخارجية الأمريكي بجولة في أوروبا …، وقال في تصريحات …": a clause with no cue
        whose present verb has a titled person as its subject; a pronoun "وقال" after it means him."""
        toks = self._toks(a, min(b, a + 120))[:10]
        if len(toks) < 3:
            return None
        verb = toks[0][2].lstrip("وف")
        if not (len(verb) >= 3 and verb[:1] in "يت"):
            return None
        first = toks[1][2]
        if first.removeprefix("ال") not in _AR_TITLES:
            return None
        end = 2
        while end < len(toks) and end < 6:
            w = toks[end][2]
            if not _is_word(w) or w in _AR_PREPS or w in _AR_TIME or w.startswith(("ب", "ل")):
                break
            if not _definite(w) and not (end == 2 and not _definite(first)):
                break
            end += 1
        return (toks[1][0], toks[end - 1][1])

    def _en_headline(self, spans: list[tuple[int, int]], n: int) -> bool:
        """Sentence ``n`` is a scraped page's title: it opens the article after a bare date ("August 21
        2013 Saudi Arabia calls for …", or the date alone before it) and the lead after it repeats most
        of its words."""
        toks = _tokens(self.text, *spans[0])
        k = 0
        while k < len(toks) and (
            toks[k][2].lower() in _EN_MONTHS_DAYS or toks[k][2].isdigit() or toks[k][2] == ","
        ):
            k += 1
        if not any(t[2].isdigit() and len(t[2]) == 4 for t in toks[:k]):
            return False
        if k < len(toks):
            title = [t[2].lower() for t in toks[k:] if _is_word(t[2])]
            if n != 0:
                return False
        elif n == 1:
            title = [t[2].lower() for t in _tokens(self.text, *spans[1]) if _is_word(t[2])]
        else:
            return False
        if not 3 <= len(title) <= 20:
            return False
        lead = {t[2].lower() for t in _tokens(self.text, *spans[n + 1]) if _is_word(t[2])}
        content = [w for w in title if len(w) > 3]
        return len(content) >= 3 and 2 * sum(w in lead for w in content) >= len(content)

    def _en_stance_appositions(self) -> None:
        """'The Syrian opposition has accused government forces of killing … - an accusation dismissed
        by the government.': the apposition is a claim of its own, by its agent (convention EN-14)."""
        text = self.text
        if not _holds(text, _EN_STANCE_NOUNS, _EN_STANCE_VERBS):
            return
        for m in _EN_STANCE_APPOSITION.finditer(text):
            starts = [p.start for p in self.props]
            i = bisect_right(starts, m.start()) - 1
            if i < 0 or not self.props[i].start < m.start() < self.props[i].end:
                continue
            prop = self.props[i]
            if len(text[prop.start : m.start()].split()) < 5:
                continue  # the apposition opens its sentence: no claim before it to comment on
            s, e, _end = self._en_speaker_after(m.end(), prop.end)
            spans = self._speaker_strings(self._split_speakers(s, e)) if e > s else []
            if not spans:
                continue
            new = Prop(start=m.start(), end=prop.end, kind="reported", mode="considered")
            new.cue, new.content_start, new.carried = text[m.start() : m.end()], m.start(), spans
            prop.end = m.start()
            self.props.insert(i + 1, new)

    def _en_relays(self, props: list[Prop], a: int, b: int) -> None:
        """A relay and a speech verb in one sentence keep both voices (convention EN-7): the relay's
        source joins the speech's claim, and a frame cut off before the verb ("The state-run Anadolu
        Agency, citing military officials" + "said Wednesday …") joins the claim it opens."""
        text = self.text
        for m in _EN_RELAY.finditer(text, a, b):
            if (
                self._in_quote(m.start()) is not None
                or text[max(a, m.start() - 3) : m.start()] == "by "
            ):
                continue  # "defends its policy by citing historical links": a reason, no source
            s, e, _end = self._en_speaker_after(m.end(), b, loose=True)
            words = text[s:e].split()
            if not words or not (
                any(_cap(w) for w in words) or words[-1].lower() in _EN_RELAY_HEADS
            ):
                continue  # "according to type, location …", "according to the agreed timetable"
            relay = self._speaker_strings(self._split_speakers(s, e))
            if not relay:
                continue
            at = next((k for k, p in enumerate(props) if p.start <= m.start() < p.end), None)
            if at is None:
                continue
            here = props[at]
            target = None
            if here.mode != "according_to" and here.carried:
                target = here
            elif (
                at + 1 < len(props)
                and props[at + 1].carried
                and props[at + 1].mode != "according_to"
                and not text[here.end : props[at + 1].start].strip(" ,")
            ):
                nxt = props[at + 1]
                if all(here.start <= x < here.end for x, _y in nxt.carried):
                    # "The state-run Anadolu Agency, citing military officials" + "said …": one claim
                    nxt.start = here.start
                    del props[at]
                target = nxt
            elif here.mode == "according_to" and m.group().lower().startswith(
                ("citing", "quoting")
            ):
                # "The state-run Anadolu Agency citing military officials said …": the one citing
                citer = self._en_prefix_speaker(here.start, m.start())
                if citer is not None and (
                    _cap(text[citer[0] : citer[1]].split()[-1])
                    or text[citer[0] : citer[1]].split()[0].lower() in _EN_DETERMINERS
                ):
                    here.carried = _dedupe(
                        text, [*self._speaker_strings(self._split_speakers(*citer)), *here.carried]
                    )
                continue
            if target is None:
                continue
            have = {text[x:y].lower() for x, y in target.carried}
            add = [r for r in relay if text[r[0] : r[1]].lower() not in have]
            if add and len(add) == len(relay):
                target.carried = _dedupe(text, [*target.carried, *add])

    def _en_passive_agents(self) -> None:
        """'The PKK … is branded as a terrorist group by Turkey and its Western allies.': a passive label
        or charge with its author after "by" is that author's claim (conventions EN-14, EN-19), on a
        claim that names no one else."""
        text = self.text
        if " by " not in text:
            return
        starts = [p.start for p in self.props]
        for m in _EN_LABEL_BY.finditer(text):
            mid = m.group("mid")
            words = mid.lower().split()
            if m.group("as") and "as" not in words:
                continue
            if m.group("label") == "considered" and not words:
                continue
            if (
                any(w.strip(",") in _EN_LABEL_BY_MID_STOP for w in words)
                or mid.count(",") > 1
                # another verb before "by" owns it ("criticised for being thrown … by Mr Howard",
                # "accused of breaching their duties by depriving …")
                or any(w.isalpha() and w.endswith(("ing", "ed")) and len(w) > 4 for w in words)
            ):
                continue
            if self._in_quote(m.start()) is not None:
                continue  # inside quoted words the quotation's speaker stands
            i = bisect_right(starts, m.start()) - 1
            if i < 0 or not self.props[i].start <= m.start() < self.props[i].end:
                continue
            prop = self.props[i]
            if prop.carried or prop.kind not in {"outlet", PASSIVE} or m.end() >= prop.end:
                continue
            at = m.end()
            if text.startswith("both ", at):
                at += 5  # "by both the United States and Turkey"
            s, e, _end = self._en_speaker_after(at, prop.end)
            if e > s:
                # "by the State Department late last year": the name, not the time after it
                toks = _tokens(text, s, e)
                cut = next(
                    (
                        k
                        for k, t in enumerate(toks)
                        if k and t[2] in {"late", "last", "early", "earlier", "this", "on", "in"}
                    ),
                    None,
                )
                if cut is not None:
                    e = toks[cut - 1][1]
            if e > s and not any(_cap(w) for w in text[s:e].split()):
                # "by many western governments": a lower-case noun phrase up to its plural head
                toks = _tokens(text, s, min(prop.end, s + 60))
                k = 0
                while (
                    k < min(len(toks), 5)
                    and toks[k][2].isalpha()
                    and (
                        toks[k][2].lower()
                        not in _EN_PLACE_PREPS | {"as", "for", "of", "and", "since"}
                    )
                ):
                    k += 1
                if k:
                    e = toks[k - 1][1]
            agent = text[s:e].split()
            if (
                not agent
                or agent[0].endswith("ing")
                or not (
                    agent[0].lower() in _EN_DETERMINERS
                    or _cap(agent[0])
                    # "by many western governments", "by activists", "by witnesses": a plural of people
                    or (
                        agent[-1].endswith("s")
                        and agent[-1].isalpha()
                        and agent[-1].lower() not in _EN_LABEL_BY_NOT_AGENTS
                        and agent[0].lower() not in _EN_LABEL_BY_NOT_AGENTS
                    )
                )
            ):
                continue
            spans = self._speaker_strings(self._split_speakers(s, e))
            if not spans:
                continue
            label = (m.group("label") or m.group("as")).lower()
            prop.kind, prop.carried, prop.guessed = "reported", spans, False
            prop.mode = "accused" if label in {"accused", "blamed"} else "considered"
            prop.cue = text[m.start() : m.start() + len(label)]

    def _en_speech_noun_agents(self) -> None:
        """'Damascus has denied assertions by diplomats, Syrian rebels and security sources that Syrian
        weapons were to be sent to Hezbollah': the speech noun's agent speaks the clause after "that",
        with the verb's subject if there is one (convention EN-14, and both sides of a denial)."""
        text = self.text
        starts = [p.start for p in self.props]
        if not _holds(text, _EN_SPEECH_NOUNS):
            return
        for m in _EN_SPEECH_NOUN_AGENT.finditer(text):
            toks = _tokens(text, m.end(), min(len(text), m.end() + 120))
            k = next((i for i, t in enumerate(toks[:14]) if t[2].lower() == "that"), None)
            if k is None or k == 0:
                continue
            agent = toks[:k]
            if not (
                agent[0][2].lower() in _EN_DETERMINERS | {"some", "several", "many"}
                or _cap(agent[0][2])
                or agent[0][2].lower() in _EN_SOURCE_LEADS
                or agent[0][2].lower() in _EN_NP_WORDS
            ) or any(
                t[2].lower() in _EN_CLAUSE_WORDS
                or t[2].lower() in _EN_PRONOUNS
                or t[2].lower() in {"to", "response", "rumours", "rumors"}
                or (t[2].islower() and t[2].endswith(("ed", "ing")) and t[2] not in _EN_NP_WORDS)
                or t[2] in ".;:!?" + _ANY_QUOTE
                for t in agent
            ):
                continue  # "statements by military authorities in response to rumours that …"
            i = bisect_right(starts, toks[k][0]) - 1
            if i < 0 or not self.props[i].start <= toks[k][0] < self.props[i].end:
                continue
            prop = self.props[i]
            pieces: list[tuple[int, int]] = []
            lo = 0
            for j, t in enumerate(agent + [(0, 0, ",")]):
                if t[2] == "," and j > lo:
                    pieces.extend(self._split_speakers(agent[lo][0], agent[j - 1][1]))
                    lo = j + 1
            spans = self._speaker_strings(pieces)  # "diplomats, Syrian rebels and security sources"
            if not spans:
                continue
            if prop.kind in {"outlet", PASSIVE} or not prop.carried:
                prop.kind, prop.carried = "reported", spans
                prop.mode, prop.cue = prop.mode or "reported", prop.cue or text[m.start() : m.end()]
            else:
                prop.carried = _dedupe(text, [*prop.carried, *spans])

    def _en_announced_speech(self, props: list[Prop], announced: Prop | None) -> Prop | None:
        """'The source told Asharq Al-Awsat that. We have seen the reports … Based on the results we
        will take necessary measures.': a cue whose content is empty announces the sentences after it,
        direct speech that lost its quotation marks (convention EN-5: reported). The first sentence
        after it is the speaker's; later ones while they speak in the first person. Returns the
        announcing proposition that the next sentence may continue."""
        if announced is not None and len(props) == 1 and props[0].kind == "outlet":
            only = props[0]
            words = {t[2].lower() for t in self._toks(only.start, only.end) if _is_word(t[2])}
            if announced.end == -3 or words & {"we", "i", "our", "us", "my", "me"}:
                only.kind, only.carried = "reported", list(announced.carried)
                only.mode, only.cue, only.polarity = (
                    announced.mode,
                    announced.cue,
                    announced.polarity,
                )
                announced.end = -4
                return announced
            return None
        if not props:
            return None
        last = props[-1]
        if last.kind not in {"reported", "quote"} or not last.carried:
            return None
        cue_end = getattr(last.cue, "span", (0, -1))[1]
        if not last.start <= cue_end <= last.end:
            return None
        rest = [t[2] for t in self._toks(cue_end, last.end) if _is_word(t[2])]
        while rest and _cap(rest[0]) and len(rest) > 1:
            rest = rest[1:]  # the addressee: "told Asharq Al-Awsat that"
        end = self.text[last.start : last.end].rstrip()[-1:]
        # ('"…," he said.' closes its content: only "that", "the following" or a colon announce)
        if (end == ":" and not rest) or (
            [w.lower() for w in rest] in (["that"], ["the", "following"], ["as", "follows"])
            and end in {".", ":"}
        ):
            return Prop(
                start=last.start,
                end=-3,
                mode=last.mode,
                cue=last.cue,
                polarity=last.polarity,
                carried=last.carried,
            )
        return None

    def _en_source_only(self, props: list[Prop], previous: list[Prop]) -> bool:
        """One reported proposition with nothing after its verb but time words, after an outlet one."""
        if len(props) != 1 or not previous or previous[-1].kind != "outlet":
            return False
        only = props[0]
        if only.kind != "reported" or not only.carried or only.content_start <= only.start:
            return False
        rest = [t[2].lower() for t in self._toks(only.content_start, only.end) if _is_word(t[2])]
        words = [t for t in self._toks(only.start, only.end) if _is_word(t[2])]
        if len(words) > 12 or self.text[previous[-1].end : only.start].count("\n") > 1:
            return False
        return all(
            w in _EN_STOP_AFTER
            or w in _EN_MONTHS_DAYS
            or w.isdigit()
            or w in _EN_DETERMINERS
            or w in _EN_MEDIA_NOUNS
            or w in _EN_MEDIUM_WORDS
            for w in rest
        )  # "… said.", "… said on Monday.", "… said in the voice message."

    def _ar_join_embedded(self, props: list[Prop]) -> list[Prop]:
        """A cue verb right after a word of the reported content, with no mark, no "و"/"ف" and no
        subject of its own, opens no clause: it is the verb of a clause inside the speaker's words --
        an imperfect after a noun ("نشر تنظيم «جبهة النصرة» … شريط فيديو يؤكد فيه …", "نفت سوريا
        تقارير متداولة تزعم …", "حذرت روسيا … من أن استمرار نزاعهما العسكري يعتبر «طريقا مدمرا»"),
        or any verb after a particle that leaves the clause open ("دون أن تشير", "كي تقر", "وهو يقول")
        or after the subject of a complement ("فإن سوريا أكدت موقفها"). The piece it starts joins the
        speaker's proposition before it, whose voice the whole keeps. Not after a relative pronoun (the
        noun before speaks: "… الشرع، الذي قال إنه …"), "لكن" (a clause of its own), before a
        participle ("، مشيرا") or a verb whose own subject is named after it."""
        text = self.text
        out: list[Prop] = []
        for q in props:
            p = out[-1] if out else None
            verb = q.cue.split(None, 1)[0] if q.cue.strip() else ""
            info = AR_CUESET.word_info.get(verb) if verb else None
            if (
                p is None
                or info is None
                or info.kind != VERB
                or p.kind not in {"reported", "quote"}
                or not p.carried
                or verb[0] in "وف"
                or not text.startswith(verb, q.start)
                or text[p.end : q.start].strip()
                or any(
                    x >= q.start
                    or x >= p.start
                    and text[x:y] not in {text[c:d] for c, d in p.carried}
                    for x, y in q.carried
                )
            ):
                out.append(q)
                continue
            head = text[p.start : q.start]
            tail = head.split()[-4:]
            if (
                not tail
                or "\n" in head[len(head.rstrip()) :]
                or not _is_word(tail[-1][-1])
                or tail[-1] in _AR_RELATIVE
                or tail[-1].startswith(("لكن", "ولكن"))
            ):
                out.append(q)
                continue
            near = tail[-1] in _AR_COMPLEMENTIZERS or tail[-1] in _AR_DANGLING
            # "… فعينها إخوانية ،مرسي تعهد …": a noun glued to the mark before it opens a clause of
            # its own, and is the verb's subject
            opened = not _is_word(tail[-1][0])
            subject = (
                not opened
                and any(w in _AR_COMPLEMENTIZERS or w in {"فان", "وان"} for w in tail[:-1])
                and not any(ch in " ".join(tail) for ch in '،,:؛"«»')
            )
            # (a belief about a noun, "مسلحون يعتقد بانتمائهم …", stays passive)
            imperfect = (
                not opened
                and verb[0] in "يت"
                and q.kind != PASSIVE
                and len(tail[-1]) >= 3
                and tail[-1] not in _AR_PREPS
            )
            if (near or subject or imperfect) and not self._ar_own_subject(
                q.start + len(verb), q.end, info
            ):
                p.end = q.end
                continue
            out.append(q)
        return out

    def _ar_join_frames(self, props: list[Prop]) -> list[Prop]:
        """A speaker's proposition that holds only its frame -- the verb, the speaker and where or when
        ("وأكد عبد اللهيان في اتصال هاتفي مع القناة الإيرانية الثانية مساء أول من أمس،", "وقال الناطق
        باسم النيابة جان باسكال تورو، حسب وكالة الصحافة الفرنسية،") -- cut at a comma from the words it
        introduces ("… استمرار إيران في دعم حلفائها …", "إنه يشتبه بأن الرجلين …") is one claim with
        them, in the speaker's voice."""
        out: list[Prop] = []
        for q in props:
            p = out[-1] if out else None
            if (
                p is not None
                and p.kind in {"reported", "quote"}
                and p.carried
                and p.cue
                and self._ar_frame_only(p, q.start)
                and self._ar_opens_words(p.end, q)
            ):
                p.end = q.end
                continue
            out.append(q)
        return out

    def _ar_frame_only(self, p: Prop, stop: int) -> bool:
        """``p`` ends on a comma after its cue, its speaker and a frame (a prepositional phrase, a time,
        a source after حسب), with no words of the speaker's yet."""
        text = self.text
        verb = p.cue.split(None, 1)[0]
        at = text.find(verb, p.start, p.end)
        if at < 0:
            return False
        ends = [y for x, y in p.carried if p.start <= x and y <= p.end]
        lo = max([at + len(verb), *ends])
        gap = text[p.end : stop]
        comma = min((k for k in (gap.find("،"), gap.find(",")) if k >= 0), default=-1)
        rest = text[lo : p.end].strip()
        if comma >= 0 and not gap[:comma].strip():
            pass  # "…، إنه يشتبه": the comma opens the gap
        elif not rest.endswith(("،", ",")):
            return False
        words = rest.rstrip("،,").replace("،", " ").replace(",", " ").split()
        if not words or len(words) > 16 or ":" in rest:
            return False

        def framing(word: str) -> bool:
            word = word.strip('«»"()')
            return (
                word in _AR_FRAME_WORDS
                or word in _AR_TIME
                or word.startswith("ل")
                and (_ar_medium(word[1:]) or word[1:] in _AR_MEDIUM)
            )

        # "على صفحتها على موقع …", "عبر حسابه": on a medium
        nxt = [*words[1:], ""]
        k = next(
            (
                k
                for k, w in enumerate(words[:6])
                if framing(w) or w in {"علي", "عبر"} and _ar_medium(nxt[k])
            ),
            None,
        )
        # the speaker's name may come first, when it was named before ("وأكد عبد اللهيان في …") or
        # goes on after the title found ("وقال الناطق باسم النيابة جان باسكال تورو، حسب …")
        name = " ".join(words[: k or 0])
        if (
            k is None
            or k
            and not any(name in text[x:y] for x, y in p.carried)
            and not (k <= 4 and lo in ends)
        ):
            return False
        return not any(w in _AR_COMPLEMENTIZERS or w in _AR_THAT for w in words)

    def _ar_opens_words(self, pos: int, q: Prop) -> bool:
        """The text from ``pos`` (a comma, then any words before ``q``) opens on the words a frame
        introduces: a complementiser or a verbal noun or an accusative object (not "و"/"ف", not a
        cue)."""
        words = self.text[pos : q.end].replace("،", " ").replace(",", " ").split(None, 1)
        if not words:
            return False
        w = words[0].strip('«»"()')
        if w in _AR_COMPLEMENTIZERS or w in _AR_THAT:
            return True
        # a verbal noun or an accusative object ("استمرار إيران …", "بيانا استنكرت فيه …")
        bare = w[2:] if w.startswith("ال") else w
        return (
            w[0] not in "وف"
            and w not in AR_CUESET.word_info
            and w not in _AR_CLAUSE_WORDS
            and w not in {"بينما", "فيما", "كما", "اما", "انما", "ايضا", "حيثما", "طالما", "عندما"}
            and not (w[0] == "م" and w.endswith("ا"))  # a participle ("، معلنا …"): a clause (AR-9)
            and (
                _ar_masdar_shaped(bare)
                or (len(w) >= 4 and w.endswith("ا") and not w.endswith("وا"))
            )
        )

    def _ar_own_subject(self, ce: int, end: int, cue: Cue) -> bool:
        """The verb ending at ``ce`` has a subject of its own after it that can speak ("وقد سبق أن
        أوضحت الوزارة …", "… يوضح حسين أن …"): a clause of its own, not the speaker's content."""
        s, e, _c, _r, _d = self._ar_speaker_after(ce, max(end, ce), cue.mode)
        return e > s and self._looks_like_speaker((s, e))

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

    def _en_split_complements(self, prop: Prop, lo: int) -> list[Prop]:
        """ "X said A but that B", "X said A and that B": two complement clauses of one verb are two
        claims (convention EN-4), however short the sentence."""
        text = self.text
        cuts = [
            m.start(1)
            for m in _EN_SECOND_COMPLEMENT.finditer(text, lo, prop.end)
            if self._in_quote(m.start()) is None
            and len(text[lo : m.start()].split()) >= 3
            and len(text[m.end() : prop.end].split()) >= 3
        ]
        if not cuts:
            return [prop]
        pieces: list[Prop] = []
        start = prop.start
        for cut in [*cuts, prop.end]:
            pieces.append(
                Prop(
                    start=start,
                    end=cut,
                    kind=prop.kind,
                    mode=prop.mode,
                    polarity=prop.polarity,
                    cue=prop.cue,
                    hedge_cue=prop.hedge_cue if start == prop.start else "",
                    content_start=prop.content_start if start == prop.start else start,
                    carried=list(prop.carried),
                )
            )
            start = cut
        return pieces

    def _ar_split_clauses(self, prop: Prop, lo: int) -> list[Prop]:
        """ "قال المرصد إن بلدة كرناز تعرضت لقصف …، وأن اشتباكات عنيفة تستمر …", "قالت الهيئة إن الجيش
        الحر سيطر على حاجز …، كما سيطر على حاجز …": a second complement of the same verb, or a clause
        added with "، كما", is a claim of its own by the same speaker (AR-9), however short the
        sentence."""
        text = self.text
        cuts = []
        for m in _AR_SECOND_CLAUSE.finditer(text, lo, prop.end):
            if prop.kind != "quote" and not self._ar_speech_quoted(prop, lo, m.start()):
                continue
            that = m.group(1) or m.group(2)
            if m.group(3) and self._ar_no_contrast(prop.start, m.start(), m.end(3), m.group(3)):
                continue
            if that and sum(w in _AR_THAT for w in text[prop.start : m.start()].split()) > 1:
                continue  # "يشعر ان مصيره مجهول وانه يواجه الموت": the complement of an inner verb
            if len(text[lo : m.end()].split()) >= 4 and len(text[m.end() : prop.end].split()) >= 4:
                cuts.append(m.end())
        if not cuts:
            return [prop]
        pieces: list[Prop] = []
        start = prop.start
        for cut in [*cuts, prop.end]:
            if cut != prop.end and len(text[start:cut].split()) < 4:
                continue
            pieces.append(
                Prop(
                    start=start,
                    end=cut,
                    kind=prop.kind,
                    mode=prop.mode,
                    polarity=prop.polarity,
                    cue=prop.cue,
                    hedge_cue=prop.hedge_cue if start == prop.start else "",
                    content_start=prop.content_start if start == prop.start else start,
                    carried=list(prop.carried),
                )
            )
            start = cut
        return pieces

    def _ar_no_contrast(self, start: int, at: int, after: int, but: str) -> bool:
        """ "لكن"/"إلا أن" at ``at`` opens no contrasting claim: after "رغم" (a concession: "على الرغم من
        هذه الاتهامات إلا أن …"), after a negation ("فما كان منهم إلا أن ردوا"), in "ليس فقط … ولكن
        أيضا", before a verb ("إلا أن تروا": unless), a prepositional phrase ("لكن بإشارة واضحة لإيران") or the outlet's own note ("لكن لم يتسن
        لرويترز التأكد …", "لكن البيان لم يوضح …", AR-8)."""
        text = self.text
        nxt = text[after : after + 40].split()[:2]
        near = text[max(start, at - 60) : at].split()[-5:]
        return (
            "رغم" in text[start:at]
            or "فقط" in near
            # "ليست دينية أو طائفية ولكنها حرب ضد الإرهاب": not X but Y, one claim
            or any(w.lstrip("وف") in {"ليس", "ليست", "ليسوا", "ليسا"} for w in near)
            # "فما كان من اللبنانيين إلا أن ردوا": nothing but (an exception, not a contrast)
            or but.startswith("الا")
            and any(w.lstrip("وف") in {"ما", "لم", "لا", "ليس"} for w in near)
            or not nxt
            or "ايضا" in nxt
            # "جاهزة للحوار لكن دون شروط مسبقة", "ولكن فقط عن طريق الحوار": a phrase, not a clause
            or nxt[0] in {"دون", "بدون", "فقط", "ليس", "كما"}
            or nxt[0][:1] in "يتب"
            or " ".join(nxt) in {"لم يتسن", "لا يمكن", "لم يمكن"}
            # "لكن البيان لم يوضح من هما الزعيمان": the outlet on what the source left out
            or _AR_LEFT_OUT.search(text, after, min(len(text), after + 50)) is not None
        )

    def _ar_fine_marks(self) -> list[tuple[int, int, str, int]]:
        """Every clause mark of _ar_split_fine in the article, scanned once: (where the mark starts, where
        its clause starts, its group, where the mark ends), in order."""
        text = self.text
        marks = [
            (m.start(), m.start(m.lastgroup or 0), m.lastgroup or "", m.end())
            for m in _AR_FINE_CLAUSE.finditer(text)
        ]
        for group, pattern in _AR_FINE_BARE:
            for m in pattern.finditer(text):
                at = m.start()
                if at < 2 or not text[at - 1].isspace():
                    continue
                if group == "c":
                    if text[at - 2].isalnum() or text[at - 2] == "_":
                        # "… في البلاد متعهدا": after a word (after a comma: _AR_FINE_CLAUSE)
                        marks.append((at - 1, at, group, m.end()))
                    continue
                j = at - 1
                while j > 0 and text[j - 1].isspace():
                    j -= 1
                if text[j - 4 : j] == "وذلك" and j > 4 and text[j - 5].isspace():
                    at = j - 4  # "… وذلك في إشارة إلى …": the note starts at وذلك
                marks.append((at - 1, at, group, m.end()))
        marks.sort()
        return marks

    def _ar_split_fine(self, prop: Prop, lo: int) -> list[Prop]:
        """ "وأعرب شتاينماير عن ارتياحه لتطورات العمليات، إذ استطاعت المقاومة الشعبية استعادة عدن": a
        clause that a conjunction opens is a claim of its own (AR-9), with the proposition's voice, in a
        sentence shorter than _split_long's _AR_LONG_PROP characters; pieces of fewer than four words
        stay together. A clause of the outlet's background ("، وذلك بعد …", "في إشارة إلى …") is the
        outlet's."""
        text = self.text
        cuts = []
        background = set()
        end = prop.end
        fine = getattr(self, "_fine", None)
        if fine is None:
            fine = self._fine = self._ar_fine_marks()
        k = bisect_left(fine, (lo,))
        found = []
        while k < len(fine) and fine[k][0] < end:
            if fine[k][3] <= end:
                found.append(fine[k])
            k += 1
        if not found:
            return [prop]
        for at, cut, group, _ in found:
            if cuts and cut <= cuts[-1]:
                continue  # "، في إشارة": found by both patterns
            inside = self._in_quote(cut) is not None
            if (
                prop.kind != "quote"
                and inside
                # "… أن تصريحات خامنئي هذه «مقلقة للغاية ومزعجة، وهذا أحد أسباب لقائي …»": a new
                # subject in the speaker's own words
                and not (group == "c" and self._ar_speech_quoted(prop, lo, at))
            ):
                continue
            if group != "c":
                rest = text[cut : prop.end]
                if (
                    inside
                    or rest[:2] == "في"
                    and ("،" in rest or "," in rest)
                    or any(s >= cut for s, _ in prop.carried)
                    or _AR_SOURCE_WORD.search(rest) is not None
                ):
                    # «… بتهمة التخابر، وذلك خلال عملية مداهمة»: the speaker's own words; "من
                    # وصفتهما بـ"مجموعتين"، في إشارة إلى الجماعات المسلحة، اقتتلتا": the note is inside
                    # the clause, which goes on after it; "…، وذلك بعد وصول 8 طائرات، وفق ما نقلته
                    # وكالة الأناضول": the source named after it owns it
                    continue
                background.add(cut)
            cuts.append(cut)
        if not cuts:
            return [prop]
        return self._cut(prop, cuts, 4, lo=lo, background=background)

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

    def _ar_because_cuts(self, prop: Prop, lo: int, cuts: list[int]) -> list[int]:
        """ "«هذه العناصر سوف تكون هدفا سهلا لمقاتلي المقاومة، لأنهم يجهلون طبيعة الأرض …»": in a long
        quotation the speaker's reason is a clause of its own (AR-22), cut at "لأن" when ten words or
        more lie between it and every other clause mark (the cuts already made, a second complement or
        a contrast: "… لأنه كان رأي أهل القناة، وحظر التجوال …", "… لكنه خدعنا، لأنه يعلم …" keep their
        cut)."""
        text = self.text
        marks = [lo, *cuts, prop.end]
        marks += [m.end() for m in _AR_SECOND_CLAUSE.finditer(text, lo, prop.end)]
        extra = [
            m.end()
            for m in _AR_BECAUSE.finditer(text, lo, prop.end)
            if all(
                len(text[min(at, m.end()) : max(at, m.end())].split(None, 9)) >= 10 for at in marks
            )
        ]
        return sorted(cuts + extra) if extra else cuts

    def _ar_speech_quoted(self, prop: Prop, lo: int, at: int) -> bool:
        """``at`` is outside any quotation, or (Arabic) inside one that the content opens on ("ورأت
        الفصائل … أن «دخول تركيا … أمر يبعث على الارتياح، وقد يقود إلى …»"): the speaker's own
        words, cut into clauses as a quotation is (AR-7, AR-22), not a scare-quoted phrase."""
        q = self._in_quote(at)
        if q is None:
            return True
        if not self.arabic or q[1] < prop.end - 2:
            return False
        if _AR_THAT_AGAIN.match(self.text, at) or _AR_NEW_SUBJECT.match(self.text, at):
            # "… أن المؤتمر … كان "مدبرا لإثارة مشاكل … وانه لم يكن مقررا …": a second complement
            # of the reporting verb, or a new subject ("… «مقلقة للغاية ومزعجة، وهذا أحد أسباب
            # لقائي …»"), inside a quotation that runs to the end, wherever it opened
            return True
        if q[0] < lo:
            return False
        head = self.text[lo : q[0]].rstrip()
        if not (head.endswith(":") or bool(head) and head.split()[-1] in _AR_THAT):
            return False
        # only at "، و" before a clause ("، وقد يقود", "، ولا تستبعد", "، وأن الرئيس"), not at "فيما
        # تباشره" (in what it does), "فضلا عن الحشرات", "، وحسن خميني"
        m = _AR_COMMA_AND.match(self.text, at)
        return m is not None and self._ar_and_opens_clause(m.end(), strict=True)

    def _ar_as_aside(self, start: int, at: int, end: int) -> bool:
        """A cut at ``at`` before "كما" after no comma opens an aside ("… تنحاز لطرف ضد آخر كما يروج
        البعض، أو …", "كما نطقها،": as …), not a clause: fewer than six words run to the next
        punctuation."""
        text = self.text
        if text[start] in "،," or not text.startswith("كما", at):
            return False
        stop = _AR_ASIDE_END.search(text, at, end)
        return len(text[at : stop.start() if stop else end].split()) < 6

    def _ar_figure_follows(self, at: int) -> bool:
        """The next figure of a list starts at ``at`` ("…، و19 في حلب", "…، فضلا عن نحو 40 مسلحا
        آخرين"): one more figure of the same toll, not a clause."""
        text = self.text
        if _AR_FIGURE_AFTER_AND.match(text, at):
            return True
        m = _AR_BESIDES.match(text, at)
        return m is not None and _AR_FIGURE.match(text, m.end()) is not None

    def _ar_and_opens_clause(self, at: int, strict: bool = False) -> bool:
        """The word at ``at``, after a comma, opens a clause of its own ("، ويرجح أنهما …", "، واقتحمت
        منازل", "، وهي أول سفينة", "، وأن مصلحة …"), not the next item of a list of nouns ("، وإغلاق
        سفارة", "، وتطبيق القانون", "، وعاطف السمري"): after "و", an imperfect verb, a perfect one with
        its subject's ending, a derived verb that is no verbal noun, or a particle or pronoun. A bare
        perfect ("، وقصف …") looks like a verbal noun and opens none."""
        text = self.text
        word = text[at : at + 30].split(None, 1)[0] if text[at : at + 30].strip() else ""
        if not word.startswith("و") or _AR_CLAUSE_CONJ.match(text, at):
            return not strict
        w = word[1:]
        if w in _AR_CLAUSE_OPENERS or w.startswith("ل") and w[1:] in _AR_CLAUSE_OPENERS:
            return True
        if len(w) < 3 or w.endswith("ه") or w.endswith(("ته", "تها", "تهم")):
            return False  # "، وإعادة توزيع", "، وأخيه", "، وإعادتها": a noun
        if w.endswith("ا") and not w.endswith("وا") and len(w) >= 5:
            return False  # "، واهتماما أساسيا", "، ودفاعا عن": an accusative noun
        if w[0] == "ي":  # imperfect: "ويرجح", "ويسمح"
            return True
        if w[0] == "س" and w[1] in "يتن" and not w.endswith(("ين", "ات")):
            return True  # future: "وستضم", "وسيتم" (not "وسيارتين")
        if w.endswith(("وا", "تا")) or w.endswith("ت") and not w.endswith("ات"):
            return True  # "وشرعوا", "واقتحمت"
        if w[0] == "ت" and len(w) <= 4:
            # "وتحث على", "وتقوم على", "وتسمح بالتدخل": a verb and its preposition (not the verbal
            # nouns "وتطبيق", "وتفاقم", "وتحمل أعبائهم", "وتخلي الأسد")
            nxt = text[at : at + 40].split()[1:2]
            return bool(nxt) and (
                nxt[0][0] in "بل" or nxt[0] in {"علي", "الي", "في", "من", "عن", "مع"}
            )
        # "واقتحم", "واستولى", "وأكد" (not the verbal nouns "وإغلاق", "وانهيار", "واستخدام")
        return w[0] == "ا" and len(w) >= 4 and w[-2] != "ا"

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
            piece = Prop(
                start=start,
                end=cut,
                kind=prop.kind,
                mode=prop.mode,
                polarity=prop.polarity,
                cue=prop.cue,
                hedge_cue=prop.hedge_cue if start == prop.start else "",
                content_start=prop.content_start if start == prop.start else start,
                carried=list(prop.carried),
            )
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

    def _ar_denied_claimants(self) -> None:
        """ "فند رئيس بلدية عرسال، علي الحجيري، مزاعم حزب الله عن …": a denial whose object names who
        made the claim has both sides (convention AR-3): the claimant joins the denier."""
        text = self.text
        for p in self.props:
            if p.mode != "denied" or p.polarity != "deny" or not p.carried:
                continue
            if p.kind not in {"reported", "quote"}:
                continue
            lo = max([p.start, *(e for s, e in p.carried if p.start <= s < p.end)])
            cue_at = text.find(str(p.cue), p.start, p.end) if p.cue else -1
            if cue_at >= 0:
                lo = max(lo, cue_at + len(p.cue))
            toks = self._toks(lo, min(p.end, lo + 160))[:14]
            other = self._ar_claimant(toks)
            if other is None:
                continue
            span = self.resolve(self._trim(*other))
            if span[1] > span[0] and text[span[0] : span[1]] not in {
                text[s:e] for s, e in p.carried
            }:
                p.carried = _dedupe(text, [*p.carried, span])

    def _ar_claimant(self, toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
        """Who made the claim a denial's object names: "مزاعم حزب الله", "التقارير الايرانية",
        "المعلومات التي نشرتها الصحيفة", "ما ذكره مسؤول ايراني", "الانباء التي ترددت"."""
        words = [t[2] for t in toks]
        if words[:1] in (["،"], [","]):
            # "فند رئيس بلدية عرسال، علي الحجيري، مزاعم …": past the apposition of the speaker
            close = next((j for j in range(1, min(len(words), 7)) if words[j] in {"،", ","}), None)
            if close is None:
                return None
            toks, words = toks[close + 1 :], words[close + 1 :]
        for k, w in enumerate(words):
            if w in {"،", ",", ".", ":", "«", '"'}:
                return None  # the object ends before any claimant
            bare = w.removeprefix("ب").removeprefix("و") if len(w) > 4 else w
            bare = bare.removeprefix("ال") if bare.startswith("ال") else bare
            if w == "ما" and k + 1 < len(words) and words[k + 1] in _AR_SAID_WHAT:
                return self._ar_agent(toks, k + 2)
            if bare not in _AR_CLAIM_NOUNS:
                continue
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if nxt in {"التي", "الذي"} and k + 2 < len(words):
                agent = self._ar_agent(toks, k + 3)
                if agent is not None:
                    return agent
                if _AR_PASSIVE_ECHO.fullmatch(words[k + 2]):
                    return (toks[k][0], toks[k + 2][1])  # "الانباء التي ترددت": nobody named
                return None
            if nxt.startswith("ال") and nxt.endswith(("يه", "يين", "يون")) and len(nxt) > 5:
                return (toks[k][0], toks[k + 1][1])  # "التقارير الايرانيه"
            if bare == w.removeprefix("ب") and not w.startswith("ال"):
                # a genitive follows a noun in construct only ("مزاعم حزب الله", not "تلك الاتهامات
                # جملة وتفصيلا")
                return self._ar_agent(toks, k + 1)
            return None
        return None

    def _ar_agent(self, toks: list[tuple[int, int, str]], k: int) -> tuple[int, int] | None:
        """The name that opens at token k (a genitive or a verb's subject), to the next preposition."""
        end = k
        while end < len(toks) and end < k + 5:
            w = toks[end][2]
            if not _is_word(w) or w in _AR_OBJECT_STOPS or w in _AR_PREPS or w in _AR_TIME:
                break
            if end > k and (w[:1] == "و" or _ar_participle(w) or w in _AR_CLAIM_ADJECTIVES):
                break  # "مزاعم الموقوفين المتعلقة بالتعذيب": an adjective of the claim
            if end > k and w[:1] in "بل" and len(w) > 3 and not _ar_b_name(toks, end):
                break  # "اتهامات المعارضة بقصف المدنيين": the charge, not the accuser
            end += 1
        if end == k:
            return None
        first = toks[k][2]
        if not (first.startswith("ال") or first in _AR_PERSON_HEADS or _ar_name_like(first)):
            return None
        bare = first.removeprefix("ال")
        if (
            # a new clause ("وأخبره بما حدث"), not a name in و ("وكالة أنباء إيرانية", "وسائل الإعلام")
            first[:1] in "وف"
            and (first[1:2] in "اتينم" or first.startswith(("وال", "فال")))
            or _ar_object_noun(bare)
            # a verb with an object pronoun ("معلومات اعتبرتهم محتجزين"), a past verb ("تقارير أشارت
            # إلى"), a verbal noun تفعّل ("مزاعم تدخل إيران")
            or first[:1] in "اتين"
            and first.endswith(("هم", "ها", "ته", "تهم", "تها"))
            or first[:1] == "ا"
            and first.endswith(("ت", "وا"))
            and len(first) <= 6
            or len(first) == 4
            and first[0] == "ت"
            and first != "تونس"
        ):
            return None
        if first.startswith(("بال", "لل")) or first in _AR_TIME:
            return None
        return (toks[k][0], toks[end - 1][1])

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

    def _ar_new_paragraph(self, prev_end: int, a: int, b: int) -> bool:
        """A new paragraph that opens on the outlet's words ("ننتقل الى صحيفة الديلي تلغراف … بعنوان
        "…"", "وجاء هذا التطور في وقت … "حكومة موقتة""): a quotation inside it is no continuation of the
        speech before the break (AR-5). It goes on when the paragraph opens on a verb of going on
        ("ويتابع: «…»"), holds the tail of the quotation, or names the same speaker again ("وتختم
        الصحيفة بالقول إنه "…"", "ويستبعد الوحيمد أن …«…»")."""
        text = self.text
        if not self.arabic or "\n" not in text[prev_end:a] or text[a] in _OPEN_QUOTES:
            return False
        first = text[a : a + 20].split()[:1]
        if first and _AR_GOES_ON.match(first[0].rstrip(":")) or _AR_QUOTE_OPENING.match(text, a):
            return False  # "ويتابع: «…»", "ثم «دخل عدد كبير …»"
        q = next((k for k in range(a, b) if text[k] in _ANY_QUOTE), b)
        if q == b or text[q] in "»”" or text[q] == '"' and text.count('"', a, b) == 1:
            return False  # "… والاقليمية للادعاء … محرمة دوليا"": the end of the quotation
        prefix = text[a:q]
        if "عنوان" in prefix or "عنون" in prefix:
            return True  # a headline: "أما صحيفة القدس العربي فعنونت: "…""
        if _AR_SAYING.search(prefix):
            return False  # "ومضى إلى القول: «…»", "ونصح … بقوله: "…"": speech, its speaker before
        if prefix.rstrip().endswith(":") and len(prefix.split()) <= 3:
            return False  # "ردت: «…»", "8 أكتوبر 1981:\n«…»": a short lead-in to the quotation
        # The words outside the quotations: "رد علينا "سوستة" بامتعاض: "…"" names "سوستة".
        k = bisect_left(self.quote_starts, a)
        outside, pos = [], a
        while k < len(self.quotes) and self.quotes[k][0] < b:
            qs, qe = self.quotes[k]
            if len(text[qs:qe].split()) > 3:
                outside.append(text[pos:qs])
                pos = max(pos, qe)
            k += 1
        outside.append(text[pos:b])
        said = {_ar_bare(w) for part in outside for w in part.split() if len(w) > 2}
        # (a body's head word the speaker's title shares is no name: "زعيم حزب الشعوب", "حزب العمال")
        said -= _AR_BODIES
        return not any(
            _ar_bare(w) in said for x, y in self.last for w in text[x:y].split() if len(w) > 2
        )

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

    def _ar_nominal_speech(
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
        """A speech act as a verbal noun with its written agent (CONVENTIONS 15): "بعد قليل من تأكيد
        مسؤول أمريكي رفيع لـCNN، بأن مقاتلات إسرائيلية استهدفت …" is the official's. The agent must be a
        definite noun phrase or a known source head, and a content must follow it (أن, a quotation, a
        verbal noun or a لـ-object)."""
        text = self.text
        first = text[ce : ce + 40].split()[:2]
        if not first or not (
            first[0].startswith("ال")
            or first[0] in _AR_ANON
            or first[0] in _AR_PERSON_HEADS
            # "إدانات قادة القوى السياسية": a construct whose head is no verbal noun
            or (len(first) > 1 and first[1].startswith("ال") and not _ar_masdar_shaped(first[0]))
        ):
            return floor  # "بعد إعلان وقف إطلاق النار": the object, no agent
        s, e, content, _retro, _direct = self._ar_speaker_after(ce, max(self.limit, ce), cue.mode)
        if e <= s:
            return floor
        for t in self._toks(s, e)[1:]:
            if t[2].startswith("لل") and len(t[2]) > 4:
                e = content = t[0]  # "إدانات قادة القوى السياسية للهجوم": what they condemned
                while text[e - 1].isspace():
                    e -= 1
                break
        after = [t[2] for t in self._toks(e, min(b, e + 60))][:4]
        k = 0
        while k < len(after) and (
            after[k] in "،," or after[k].startswith("ل") or after[k] in _AR_TIME
        ):
            # "لـCNN، بأن …": the recipient, then the content; "بعد اعلان وزارة الداخلية الخميس
            # انها …": a time word
            k += 1
        if not (
            k < len(after)
            and (
                _opens_content(after[k])
                or _ar_masdar_shaped(after[k].removeprefix("ب"))
                # "مع اعلان الجيش السوري الحر رفضه الاعتراف به": the agent's own act
                or _ar_possessed_masdar(after[k], _AR_FEELINGS)
                # "من إعلان الإعلام السوري الرسمي عن سقوط …", "تحذير الوزارة من …": the
                # preposition the verb takes opens what was announced or warned of
                or (after[k], cue.mode)
                in {("عن", "announced"), ("من", "warned"), ("علي", "confirmed")}
            )
            or after[:1]
            and after[0].startswith("لل")  # "إدانات قادة القوى السياسية للهجوم"
        ):
            return floor
        clause = self._clause_start(a, cs, floor)
        start = clause if len(self._toks(clause, cs)) <= 3 else cs
        new = self._open(start, props, cur)
        self._set_speakers(new, self._split_speakers(s, e))
        new.kind = "reported"
        new.mode, new.cue, new.polarity = cue.mode, written, cue.polarity
        new.content_start = self._skip_complementizer(max(content, e), b)
        self._quote_kind(new, new.content_start)
        self._replace_current(props, cur, new)
        # "رغم إعلان القوات العراقية عن استعادة السيطرة …، إلا أن التنظيم لا يزال يشن هجمات": the
        # main clause after the concession is the outlet's own
        for m in _AR_BUT_THAT.finditer(text, e, max(e, b)):
            if self._in_quote(m.start()) is None and (
                not m.group(1)
                or any(
                    t[2] in _AR_COMPLEMENTIZERS
                    for t in self._toks(m.end(), min(b, m.end() + 80))[:8]
                )
            ):
                # ("، وهو ما أكدت وزارة التموين أن …": a second speaker's own words, not a voice
                # that confirms the announcement)
                if new is cur:
                    props.append(new)
                new.end = m.start()
                self._replace_current(props, new, Prop(start=m.start() + 1))
                return m.end()
        if not [t for t in self._toks(a, cs) if _is_word(t[2])]:
            # "وفور إعلان القوات الأمنية العراقية سيطرتها على مبنى جامعة الأنبار، شرعت القطعات
            # العسكرية …": a frame that opens the sentence ends at its comma; the main clause is
            # the outlet's
            for m in _COMMA.finditer(text, new.content_start, max(new.content_start, b)):
                if self._in_quote(m.start()) is None and not (
                    text[m.end() : m.end() + 12].split()[:1]
                    and text[m.end() : m.end() + 12].split()[0] in _AR_RELATIVE
                ):  # (not before a relative clause: "«السهم الذهبي»، التي انطلقت …")
                    if new is cur:
                        props.append(new)
                    new.end = m.start()
                    self._replace_current(props, new, Prop(start=m.end()))
                    return m.end()
        return max(ce, e)

    def _ar_background_relative(self, prop: Prop, cue: Cue, b: int) -> int | None:
        """Where a relative clause on a speech act's noun object starts, when it is the outlet's
        background: the result of what was condemned ("دانت الولايات المتحدة القصف … الذي أدى إلى مقتل
        العشرات", not "أدان الأزهر التفجيرات التي وقعت على الحدود") or what a place "is considered"
        ("… إلى داريا التي تعد موقعا استراتيجيا")."""
        text = self.text
        c = prop.content_start
        if c < 0:
            return None
        first = text[c : c + 30].split()[:1]
        if not first or _opens_content(first[0]) or first[0][:1] in _OPEN_QUOTES:
            return None  # a clause (أن …, a quotation) says all it holds
        for m in _AR_BACKGROUND_RELATIVE.finditer(text, c, max(c, min(self.limit, b))):
            if self._in_quote(m.start()) is not None or len(text[c : m.start()].split()) < 2:
                continue
            if (
                cue.mode == "condemned"
                and m.group(2) in _AR_RESULT_VERBS
                or m.group(2) in _AR_CONSIDERED_PASSIVE
            ):
                return m.start(1)
        return None

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

    def _ar_in_content(self, cs: int, ce: int, a: int, cur: Prop) -> bool:
        """The cue at ``cs`` sits inside the reported content of the current proposition, in the same
        clause: "وأشارت الخارجية الروسية في بيان أصدرته إلى أن لافروف أعرب عن تأييده …", "وأكد للصحيفة
        أنه ادعى …". (No comma and no word opening a clause of its own between the content and the cue.)"""
        c = cur.content_start
        if (
            cur.kind not in {"reported", "quote"}
            or not cur.carried
            or cur.start < a
            or c < 0
            or c > cs
            or c <= cur.start
        ):
            return False
        seg = self.text[c:cs]
        if any(ch in seg for ch in "،,;:؛\n") or any(ch in seg for ch in _ANY_QUOTE):
            return False
        # "ونشرت الصحيفة الهندية: أكد الرئيس …" (a report after a colon is given as it was made), "أن
        # إبراهيم قالت: "انفجار …"" (a verb with its own direct speech)
        if ":" in self.text[cur.start : c] or _AR_OWN_SPEECH.match(self.text, ce, ce + 60):
            return False
        # "أكد المشاركون إصرارهم على …، في حين أن المقاطعين أعلنوا …": the أن that opens the content
        # may be that of a clause of its own
        lo = cur.cue.span[1] if isinstance(cur.cue, CueText) else cur.start
        before = self._toks(max(lo, cur.start, c - 40), c)
        k = len(before)
        while k and (before[k - 1][2] in _AR_COMPLEMENTIZERS or before[k - 1][2] in {"الي", "علي"}):
            k -= 1
        if any(
            t[2] in _AR_OWN_CLAUSE or t[2] in {"حين", "الوقت"} for t in before[max(0, k - 2) : k]
        ):
            return False
        return not any(t[2] in _AR_OWN_CLAUSE for t in self._toks(c, cs))

    def _ar_in_frame(self, cs: int, ce: int, a: int, b: int, cur: Prop, mode: str) -> bool:
        """A cue in a relative clause that ends at ``ce`` sits in the frame of the current proposition,
        between its speaker and the words it still owes: "وأكدت لجنة التحقيق، في تقريرها الذي كشفت عنه
        الاثنين، …، على «…»", "وأكدت الجبهة، في البيان الذي أوردت سانا مقتطفات منه، أن …", "وأوردت
        اللجان، التي توثق وتنقل أحداث الداخل، إن …". The speaker's content has not opened yet (no أن
        or colon since the proposition's start), and it opens (أن, a colon, a quotation, after على/إلى
        or not) right after a comma that closes the relative clause. Not when the relative verb has a
        subject of its own and no pronoun back to the noun ("حقيقة القماش الذي قال الجيش، الأحد، إنه
        …": the army's words), nor when a word other than أن follows the comma ("، ويبقى أن …")."""
        if (
            cur.kind not in {"reported", "quote"}
            or not cur.carried
            or cur.start < a
            or cur.content_start < cur.start
            or cur.content_start > ce
            or any(t[2] in _AR_COMPLEMENTIZERS or t[2] == ":" for t in self._toks(cur.start, ce))
        ):
            return False
        rel = [t for t in self._toks(max(cur.content_start, cs - 30), cs) if t[2] in _AR_RELATIVE]
        if not rel:
            return False
        # Between the speaker and the relative word, nothing or a frame ("، في تقريرها الذي"), not
        # an object the verb already has ("كاشفا عن اجتماعات … وقيادات الجماعة، الذين").
        words = [
            t[2]
            for t in self._toks(cur.content_start, rel[-1][0])
            if _is_word(t[2]) and t[2] not in _AR_TIME
        ]
        if words and not (words[0] in {"في", "خلال"} and len(words) <= 3):
            return False
        toks = self._toks(ce, min(b, max(self.limit, ce), ce + 200))
        opens = comma = False
        for k, t in enumerate(toks):
            if t[2] not in {"،", ","}:
                if not comma and (t[2] in _AR_COMPLEMENTIZERS or t[2] == ":"):
                    return False  # "التي أكد أن …": the relative verb's own words
                continue
            comma = True
            nxt = [x[2] for x in toks[k + 1 : k + 3]]
            if nxt[:1] and nxt[0] in {"الي", "علي"}:
                nxt = nxt[1:]
            if nxt[:1] and _opens_content(nxt[0]) and nxt[0] not in {"انما", "لان"}:
                opens = True
                break
        if not opens:
            return False
        clause = toks[:k]
        if any(_AR_RESUMPTIVE_PP.fullmatch(t[2]) for t in clause):
            return True  # "الذي كشفت عنه", "الذي أوردت سانا مقتطفات منه"
        s, e, _c, _r, _d = self._ar_speaker_after(ce, max(self.limit, ce), mode)
        first = self.text[s:e].split()[:1]
        return not (
            e > s
            and (
                self._looks_like_speaker((s, e))
                or first[0].startswith("ال")
                or first[0] in _AR_PERSON_HEADS
            )
        )

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
        if plural or not self.subjects or len(self.last) != 1:
            return list(self.last)
        if cs is not None and not feminine and self._gender(self.last[0]) == "f":
            mention = self._ar_titled_mention(self.last[0][1], cs)
            if mention is not None:
                # the paper or body that reported him relays him (conventions AR-1, AR-17, AR-20)
                return [mention, self.last[0]]
        for span in reversed(self.subjects[-_HISTORY:]):
            if self._gender(span) in ("", "f" if feminine else "m"):
                return [span]
        return list(self.last)

    def _ar_titled_mention(self, lo: int, cs: int) -> tuple[int, int] | None:
        """A masculine pronoun verb after a feminine speaker ("وذكرت صحيفة «الأهرام» أن عضو مجلس
        الشورى صبحي صالح أكد …. وقال إن …"): the last man named by a title since that speaker, when
        he is no object of a preposition or a noun ("عن الرئيس", "زيارة الرئيس"). His name runs from
        the title to the first verb, preposition, conjunction or mark."""
        toks = self._toks(max(lo, cs - 400), cs)
        for i in range(len(toks) - 1, -1, -1):
            w = toks[i][2]
            head = w[2:] if w.startswith("ال") and len(w) > 4 else w
            if head not in _AR_MASCULINE and (head not in _AR_HONORIFICS or head[-1] == "ه"):
                continue
            prev = toks[i - 1][2] if i > 0 else ""
            if not (prev in _AR_COMPLEMENTIZERS or prev in {"،", ",", ".", "\n"}):
                continue
            end = i
            while end + 1 < len(toks) and end - i < 7:
                nxt = toks[end + 1][2]
                if (
                    not _is_word(nxt)
                    or nxt in _AR_PREPS
                    or nxt in _AR_RELATIVE
                    or nxt in _AR_COMPLEMENTIZERS
                    or AR_CUESET.word_info.get(nxt) is not None
                    or nxt[:1] == "و"
                    and nxt[1:].startswith("ال")
                    and not nxt.startswith(_AR_NATIVE_WAW)
                ):
                    break  # "والثروة المعدنية" is his title's; "والأمين العام" someone else
                end += 1
            if (
                end == i
                or end + 1 >= len(toks)
                or AR_CUESET.word_info.get(toks[end + 1][2]) is None
            ):
                continue  # no name after the title, or no speech verb of his own right after it
            return self.resolve((toks[i][0], toks[end][1]))
        return None

    def _ar_plural_subject(
        self, written: str, a: int, cs: int, carried: list[tuple[int, int]]
    ) -> list[tuple[int, int]] | None:
        """Number agreement: a plural pronoun verb ("يعتقدون", "توقعوا") never has a single named
        person or body as its subject. When the one carried is singular, its subject is the plural noun
        phrase just before it in the sentence ("مما جعل المسوولين البريطانيين انذاك يعتقدون أن …",
        "محللين ومسيولين امنيين في لبنان والذين توقعوا …"), or the one found so for the verb before."""
        verb = written.split()[0] if written.split() else written
        if not verb.endswith(("وا", "ون")) or len(verb) < 4 or len(carried) != 1:
            return None
        words = self.text[carried[0][0] : carried[0][1]].split()
        if not words or any(_ar_plural_word(w) for w in words[:3]):
            return None
        if any(w[:1] == "و" and not w.startswith(_AR_NATIVE_WAW) for w in words[1:]):
            return None  # "X وY": two of them
        found = self._ar_plural_before(max(a, cs - 160), cs)
        if found is not None:
            self._plural_subject = (list(self.last), found)
            return found
        if self._plural_subject is not None and self._plural_subject[0] == self.last:
            # "… والذين توقعوا …. وأضافوا": still them, no one named since
            return list(self._plural_subject[1])
        return None

    def _ar_plural_before(self, lo: int, cs: int) -> list[tuple[int, int]] | None:
        """The plural noun phrase that is the subject of the verb at ``cs``, in its clause before it."""
        toks = self._toks(lo, cs)
        j, seen, relative = len(toks) - 1, 0, False
        while j >= 0 and seen < 8:
            w = toks[j][2]
            if (
                w in {".", "؟", "!", ":"}
                or w in _AR_COMPLEMENTIZERS
                or w in _AR_WHAT
                or w in _AR_THEY
            ):
                # "بما يقرءون ويسمعون ويرون", "لانهم يرون": the subject is a pronoun, named elsewhere
                return None
            if _is_word(w):
                seen += 1
                if w.lstrip("و") in {"الذين", "ممن"}:
                    relative = True
                elif w[:1] in "لبك" and not _definite(w):
                    pass  # "لصحافيين", "كبعض السعوديين": after a preposition, no subject
                elif w in _AR_QUANTIFIERS:
                    nxt = [t[2] for t in toks[j + 1 : j + 3]] + ["", ""]
                    if _ar_plural_word(nxt[1] if nxt[0] == "من" else nxt[0]):
                        break  # "بعض المسوولين", "عدد من الأطباء"
                elif _ar_plural_word(w):
                    break
            j -= 1
        else:
            return None
        if j < 0:
            return None
        end = j
        while end + 1 < len(toks) and end < j + 4:
            w = toks[end + 1][2]
            if not _is_word(w) or w in _AR_RELATIVE or w in _AR_PREPS or w in _AR_TIME:
                break
            construct = end == j and toks[j][2].endswith(("ي", "و")) or toks[end][2] == "من"
            if not (construct or _definite(w) or _ar_plural_word(w) or w == "من"):
                break  # "مسوولي بنك القاهره": the construct's noun, then its adjectives
            end += 1
        start = j
        while start > 0:
            w = toks[start - 1][2]
            if w == "من" and start > 1 and toks[start - 2][2].rstrip("ا") in _AR_QUANTIFIERS:
                start -= 2  # "عدد من الأطباء"
            elif _ar_plural_word(w) and w[:1] not in "لبك" or w.rstrip("ا") in _AR_QUANTIFIERS:
                start -= 1  # "محللين ومسيولين امنيين"
            else:
                break
        first = toks[start][2]
        if first[:1] == "و" and not first.startswith(_AR_NATIVE_WAW):
            return None  # "بلاغات وشهود عيان": the first of the two not known
        before = toks[start - 1][2] if start > 0 else ""
        if not relative and (
            before in _AR_PREPS
            or before in {"احد", "احدي", "اي"}
            or _definite(before)
            or before[:1] in "لب"
            and len(before) > 3
        ):
            # "من بعض المسوولين الايرانيين، وأعادوا", "باعتقال الجنود، وطالبوا": the object of a
            # preposition or of a noun, unless a relative pronoun makes it the subject ("مع محللين …
            # والذين توقعوا")
            return None
        start_at = toks[start][0] + (1 if first.startswith("فال") else 0)
        span = self._trim(start_at, toks[end][1])
        if span[1] <= span[0]:
            return None
        return [self.resolve(x) for x in self._split_speakers(*span)] or None

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

    def _ar_unvocalised_passive(self, written: str, s: int, e: int) -> bool:
        """ "ووصف الفضلي بأنه …", "اتهم تنظيم القاعدة بارتكابه": وُصف / اتُّهم with one short noun
        phrase before "بـ" -- the active verb would have a subject and an object there."""
        forms = {"وصف", "وصفت", "اتهم", "اتهمت"}
        if written not in forms and not (written[:1] in "وف" and written[1:] in forms):
            return False
        words = [t for t in self._toks(s, e) if _is_word(t[2])]
        after = self._toks(e, min(len(self.text), e + 40))
        return (
            0 < len(words) <= 2
            and sum(w[2].startswith("ال") for w in words) <= 1
            and bool(after)
            and after[0][2].startswith("ب")
            and len(after[0][2]) > 3
        )

    def _ar_bare_accused_passive(self, written: str, ce: int) -> bool:
        """An accusing verb with no object before the charge ("اتهم بالتجسس", "تتهم بتنفيذ", "يتهم
        بأنه"): the active verb would name the accused first, so it is the passive اتُّهم."""
        bare = written.lstrip("وف")
        if bare not in {"اتهم", "اتهمت", "اتهما", "اتهموا", "يتهم", "تتهم", "يتهمون", "يتهمان"}:
            return False
        after = self._toks(ce, min(len(self.text), ce + 40))
        if after and after[0][2] in _OPEN_QUOTES:
            after = after[1:]
        if not after:
            return False
        w = after[0][2]
        return (
            w.startswith("ب")
            and len(w) > 3
            and not w.startswith("بعض")  # "وتتهم بعضهم بالتخطيط": the accused, an object
            and w not in _AR_B_NAMES
            and (self.known is None or self.known(w) is None)
            # "تتهم بوجاشيف بوضع 700 مليون": a ب-name, the one accused, then the charge in ب
            and not (len(after) > 1 and after[1][2].startswith("ب") and len(after[1][2]) > 3)
        )

    def _ar_talks_of(self, ce: int, b: int) -> bool:
        """Whether a "talked" verb has a topic (عن, حول, بشأن) or words (أن, a colon, a quotation)
        in its sentence."""
        words = [t[2] for t in self._toks(ce, min(b, ce + 300))][:40]
        for k, w in enumerate(words):
            if w in {".", "؟", "!"}:
                return False
            if k < 16 and _opens_content(w):
                return True
            if k < 30 and (w in _AR_TALK_TOPIC or w.startswith(("عن", "عما"))):
                return True  # "وتحدث سلطان … (مستشار إداري …) عن الاجتماع"
            if w[:1] == "ف" and len(w) > 3 and k + 1 < len(words) and _opens_content(words[k + 1]):
                return True  # "تحدث المواطن طارق القرني، أحد زوار …، فأكد أن …"
        return False

    def _ar_after_recording(self, a: int, cs: int) -> bool:
        """Whether a recording (a video, a tape, pictures), with a few words after it, stands right
        before the cue in its clause: "شريطا مصورا يوضح", "شريط مصور على شبكة الإنترنت يوضح"."""
        after = self.text[cs : cs + 30].split()[1:2]
        if after and after[0] in {"فيه", "فيها"}:
            return False  # "شريط فيديو يؤكد فيه قيامه …": the publisher speaks in the recording
        before = [t[2] for t in self._toks(max(a, cs - 60), cs)][-6:]
        for k in range(len(before) - 1, -1, -1):
            w = before[k]
            bare = w.removeprefix("و").removeprefix("ال")
            if bare in _AR_RECORDINGS:
                return all(_is_word(x) for x in before[k + 1 :])
            if not _is_word(w) or w in _AR_COMPLEMENTIZERS:
                return False
        return False

    def _ar_bare_published_passive(self, written: str, ce: int) -> bool:
        """A masculine نشر / بث with an indefinite recording or statement right after it in the
        nominative ("ونشر شريط مصور", "وبث تسجيل صوتي"; the object of the active verb would be "شريطا",
        a construct "نشر تسجيل الفيديو" may be his publishing): the passive نُشر."""
        if written.lstrip("وف") not in {"نشر", "بث"}:
            return False
        after = [t[2] for t in self._toks(ce, min(len(self.text), ce + 40))][:2]
        return (
            len(after) == 2
            # (not a statement or a report: "ونشر بيان عسكري من الجيش الثاني", a document that
            # speaks, CONVENTIONS 16)
            and after[0] in {"شريط", "تسجيل", "مقطع"}
            and not _definite(after[1])
            and _is_word(after[1])
        )

    def _is_bare_passive(self, written: str) -> bool:
        """ "ذكر أن" with nobody named and nobody to carry over reads as the passive ذُكر."""
        bare = written.lstrip("وف")
        return bare == "ذكر" and not self.last

    def _en_name_said(self, cs: int, ce: int, a: int, b: int) -> bool:
        """A capitalised "Said" that is a name: after an initial, a slash or a capitalised first
        name, or opening a sentence before a reporting verb ("Said told …", "Said claimed …")."""
        before = self._toks(max(a, cs - 20), cs)
        prev = before[-1][2] if before else ""
        if prev == "/" or prev == "." and len(before) > 1 and len(before[-2][2]) == 1:
            return True  # "R.J/H.Said", "H. Said"
        if prev and _cap(prev) and prev[:1].isalpha() and prev.lower() not in _EN_MONTHS_DAYS:
            return prev not in {
                "The",
                "A",
                "An",
                "It",
                "He",
                "She",
                "They",
                "Port",
                "Sheikh",
                "Sheik",
            }
        nxt = self._toks(ce, min(b, ce + 20))[:1]
        return (
            not before
            and bool(nxt)
            and nxt[0][2]
            in {
                "told",
                "claimed",
                "said",
                "argued",
                "added",
                "stressed",
                "explained",
                "noted",
            }
        )

    def _not_a_cue(self) -> None:
        """The word is no reporting verb here: the clause goes on through it (see ``_verb``)."""
        self._rejected = True

    def _en_verb(
        self,
        cs: int,
        ce: int,
        cue: Cue,
        written: str,
        a: int,
        b: int,
        clause: int,
        props: list[Prop],
        cur: Prop,
    ) -> Prop | None:
        text = self.text
        if cs > a and text[cs - 1] == "-":
            # "a previously-pledged package": part of a compound adjective
            return self._not_a_cue()
        if written == "Said" and self._en_name_said(cs, ce, a, b):
            # "M. al-Frieh/H. Said" (a SANA byline), "Osama Said", "Said told the conference": the
            # Arabic name, not the verb
            return self._not_a_cue()
        after = self._toks(ce, min(b, ce + _WINDOW))
        nxt = after[0][2] if after else ""
        tail_words = [t for t in after[:8] if _is_word(t[2])]
        before = self._toks(max(a, cs - 40), cs)
        prev = before[-1][2] if before else ""
        aux = len(before) - 1
        while aux >= 0 and (before[aux][2].lower() in _EN_AUX or _adverb(before[aux][2])):
            aux -= 1
        if (
            written.lower() == "quoted"
            and nxt.lower() == "as"
            and aux >= 1
            and before[aux][2].lower() in {"was", "were", "is", "are", "been"}
        ):
            # '"…" Barazi was quoted as saying by Al Mayadeen TV': both voices (convention EN-7)
            quoted = self._en_speaker_before(clause, before[aux][0])
            if quoted is not None:
                spans = self._split_speakers(*quoted)
                by = next((t for t in after[:4] if t[2].lower() == "by"), None)
                if by is not None:
                    s, e, _end = self._en_speaker_after(by[1], b)
                    if e > s:
                        spans = spans + self._split_speakers(s, e)
                words_before = [t for t in self._toks(cur.start, quoted[0]) if _is_word(t[2])]
                if len(words_before) >= 5:
                    self._attach(cur, spans)
                    cur.mode, cur.cue, cur.polarity = cue.mode, written, cue.polarity
                    self._quote_kind(cur, cur.start)
                    return None
                new = self._open(quoted[0], props, cur)
                self._set_speakers(new, spans)
                saying = next((t for t in after[:3] if t[2].lower() == "saying"), None)
                new.content_start = self._skip_complementizer(saying[1] if saying else ce, b)
                return new
        if (
            written.lower() == "told"
            and nxt.lower() == "by"
            and cur.kind == "reported"
            and cur.carried
            and 0 <= aux < len(before)
        ):
            # "Schumer said he was told by the Senate Rules Committee that …", "Mr Parton said he had
            # been told by Children's Minister Margaret Hodge there was …": nested reporting, the one
            # who told him is a voice too (convention EN-7); not an order ("told by police to leave")
            chain = aux if before[aux][2].lower() in _EN_BE_PASSIVE else aux + 1
            s, e, end = self._en_speaker_after(after[0][1], b)
            tail = self._toks(end, min(b, end + 20))[:1]
            if (
                chain < len(before)
                and any(t[2].lower() in _EN_BE_PASSIVE for t in before[chain:])
                and 0 <= cur.content_start <= before[chain][0]
                and len(text[cur.content_start : before[chain][0]].split()) <= 1
                and e > s
                and text[s:e].lower() not in _EN_PRONOUNS
                and not (tail and tail[0][2].lower() == "to")
            ):
                cur.carried = _dedupe(
                    text, [*cur.carried, *self._speaker_strings(self._split_speakers(s, e))]
                )
                return None
        be = len(before) - 1
        while be > 0 and (
            _adverb(before[be][2])
            or before[be][2].lower()
            in _EN_AUX - {"has", "have", "had", "been", "would", "will", "'s"}
        ):
            be -= 1  # "the claim was swiftly denied by Brussels", "was later confirmed by"
        be_word = before[be][2] if be >= 0 else ""
        if be_word.lower() in {"was", "were", "been", "being", "is", "are", "be"} and not (
            be_word.isupper()
            and len(be_word) > 1  # "IS said in a statement …": the group's acronym
        ):
            # Passive voice. "The capture … was confirmed by the Observatory": the agent speaks.
            if nxt.lower() == "by" and cue.mode != "told":
                s, e, _end = self._en_speaker_after(after[0][1], b)
                first = text[s:e].split()[0] if e > s else ""
                if first and (first.lower() in _EN_DETERMINERS or _cap(first)):
                    self._attach(cur, self._split_speakers(s, e))
                    if cur.kind == "outlet":
                        cur.kind = "reported"
                    cur.mode, cur.cue, cur.polarity = cue.mode, written, cue.polarity
                    self._quote_kind(cur, cur.start)
            return None  # "he was told by …"
        if (
            cue.mode == "accused"
            and written.lower() == "accused"
            and nxt.lower() == "of"
            and prev.lower() not in _EN_PRONOUNS
        ):
            # "Eleven men went on trial … accused of plotting …": a reduced passive, the noun before
            # is the accused, no one accuses (as "was accused of" with no agent)
            return None
        if prev.lower() == "to" and any(t[2].lower() in _EN_NOT_SAYING for t in before[-4:-1]):
            # "declined to say", "refused to deny": not saying is no report
            return None
        if (
            written.lower().startswith("brush")
            and aux >= 0
            and before[aux][2].lower() in {"which", "who", "that"}
        ):
            # "South Korea's Defense Ministry, which often brushes off North Korean threats, has
            # looked to …": a habit the outlet describes in an aside, not a dismissal it reports
            return self._not_a_cue()
        if written.lower() == "suggest" and not self._en_document_ends(before, aux, nxt):
            # the base form only for a document that closes the sentence ("… UN estimates
            # suggest."); "I suggest the BBC concentrates …", "The papers suggest ministers …"
            return self._not_a_cue()
        if (
            written.lower() in _EN_QUOTE_ONLY
            and not any(c in text[max(a, cs - 160) : cs] for c in _ANY_QUOTE)
            and (nxt.lower() not in {"that", ":"} or written.lower().startswith("suggest"))
            and not (
                written.lower() in {"suggests", "suggested"} and self._en_person_before(before, aux)
            )
            and not (
                written.lower().startswith("suggest") and self._en_document_ends(before, aux, nxt)
            )
            # 'He asked, "Why …"', 'The minister notes, "…"': the quotation right after the verb
            and not (_EN_FRAME_QUOTE.match(text, ce) and self._en_frame_subject(cs))
        ):
            # "notes", "asked", "responded" report a quotation before them or a clause after "that"
            # ("evidence suggests that …" is no one speaking)
            # ("responded with military force" is no report)
            return self._not_a_cue()
        if written.lower() in {"wrote", "writes", "chanted", "shouted"} and (
            nxt.lower() in _EN_DETERMINERS
            or nxt.lower() in {"to", "about", "for", "of", "slogans", "back", "down", "off", "out"}
        ):
            return (
                self._not_a_cue()
            )  # "wrote a paper about …", "wrote to his office", "chanted slogans"
        if written.lower() in {"described", "describes"} and not any(
            t[2].lower() in {"as", "how", "what", "that", ":"} or t[2] in _ANY_QUOTE
            for t in after[:10]
        ):
            # "A witness named Ahmad … described the moment the bomber struck": narration (the
            # outlet's), but the witness is who speaks in the quotation that follows.
            self._narrative = True
        if (
            written.lower() == "reported"
            and nxt.lower() in {"in", "on", "at", "near", "across", "from"}
            and prev.lower()
            in {"casualties", "deaths", "injuries", "cases", "clashes", "violations", "incidents"}
        ):
            return self._not_a_cue()  # "8 more casualties reported in Idleb": a participle
        if (
            written.lower() == "outlined"
            and nxt.lower()
            in {"in", "by", "at", "on", "during", "earlier", "last", "above", "below"}
            and prev.islower()
            and prev.lower() not in _EN_PRONOUNS
        ):
            # "the government's future aviation plans outlined in last year's White Paper": a
            # participle after its noun, no one speaking
            return self._not_a_cue()
        if cue.mode == "added" and nxt.lower() == "up":
            return self._not_a_cue()  # "imports and exports added up to 22,201bn yen"
        visual = next(
            (i for i, t in enumerate(after[:3]) if t[2].lower() in _EN_VISUAL_NOUNS), None
        )
        if (
            cue.mode == "published"
            and visual is not None
            and not (visual + 1 < len(after) and after[visual + 1][2].lower() == "of")
        ):
            # "The … Facebook page posted a photo showing …": what a picture shows is the outlet's
            # (convention EN-10), but the page is who "it" is in the next sentence. "Activists
            # posted pictures of children killed …" names the publisher: reported (convention 14).
            poster = self._en_speaker_before(clause, cs)
            head = self.text[poster[0] : poster[1]].split()[-1].lower() if poster else ""
            lead = self.text[max(0, poster[0] - 12) : poster[0]].split()[-1:] if poster else []
            if (
                poster is None
                or head in _EN_POSTING_MEDIA
                # "… in areas controlled by the armed opposition posted a video": the noun phrase
                # right before the verb is a preposition's object, not the publisher
                or lead
                and lead[0].lower() in _EN_PLACE_PREPS | {"by", "of", "for", "with", "from"}
            ):
                if poster is not None:
                    self._remember(self._speaker_strings(self._split_speakers(*poster)))
                return self._not_a_cue()
            # "Activists posted videos on YouTube showing the destruction …": people or a group who
            # publish the pictures are named publishers (EN-18, AR-14); only a page or an account
            # that posts leaves what the picture shows to the outlet
        if cue.mode == "published" and prev.lower() in _EN_MEDIA_NOUNS:
            # "a statement published on Twitter", "Footage posted on YouTube showed …"
            return self._not_a_cue()
        if written.lower() == "claims" and (
            prev.lower() in _EN_DETERMINERS
            or prev.lower() in _EN_CLAIMS_NOUN_BEFORE
            or nxt.lower() in _EN_CLAIMS_NOUN_AFTER
            or not nxt
            or not _is_word(nxt)
        ):
            # the noun: "The claims could not be verified", "claims of a massacre"
            return self._not_a_cue()
        if (
            nxt.lower() in _EN_NOT_A_REPORT_AFTER
            or (cue.mode == "claimed" and any(t[2].lower() in {"lives", "life"} for t in after[:4]))
            or (written.lower() == "alleged" and nxt.lower() != "that")
            or (written.lower() == "hailed" and nxt.lower() == "from")  # "who hailed from Homs"
            or (written.lower() == "continued" and _is_word(nxt) and nxt.lower() != "that")
        ):
            return self._not_a_cue()  # "an attack claimed by …", "clashes claimed the lives of …"
        if cue.mode == "told" and prev != "that":
            # '"…," Fathi Bin Shatwan, Libya's oil minister, told Reuters.': the speaker stands between
            # the closing quotation mark and the verb; the agency after it is only the addressee.
            q = max(text.rfind(c, a, cs) for c in _ANY_QUOTE)
            if q > a and not text[q - 1].isspace() and text[q + 1 : q + 2].isspace():
                words = text[q + 1 : cs].replace(",", " ").split()
                if (
                    1 <= len(words) <= 14
                    and (words[0].lower() in _EN_DETERMINERS or _cap(words[0]))
                    and words[0].lower() not in _EN_PRONOUNS
                    and not any(w.lower() in _EN_CLAUSE_WORDS for w in words)
                ):
                    self._attach(cur, self._split_speakers(q + 1, cs))
                    if cur.kind == "outlet":
                        cur.kind = "reported"
                    cur.mode, cur.cue, cur.polarity = cue.mode, written, cue.polarity
                    self._quote_kind(cur, cur.start)
                    return None
        if cue.mode != "told" and (
            not before
            or prev in ",\"”“'’"
            or prev.lower() in {"also", "later"}
            and len(before) >= 2
            and before[-2][2] in ',"”'
        ):
            # ("…, said the health ministry.": a common noun phrase closing the sentence)
            s, e, end = self._en_speaker_after(
                ce, b, closing=written.lower() in {"said", "says", "added", "adds"}
            )
            closes = self._toks(end, min(b, end + 40))
            quoted = len(before) >= 2 and before[-2][2] in _ANY_QUOTE or prev in _ANY_QUOTE
            lead = after[0][2] if after else ""
            if quoted and lead and _is_word(lead) and (lead.islower() or e - s < len(lead)):
                # '"…" said state department spokeswoman Jen Psaki.' / '"…," said the man in the
                # street.': after a quotation, all of the words up to the full stop name the speaker.
                k = 0
                while k < min(len(after), 10) and _is_word(after[k][2]):
                    k += 1
                if (
                    k < 10
                    and (k == len(after) or after[k][2] in ".,;")
                    and (lead.lower() in _EN_DETERMINERS or after[k - 1][2][:1].isupper())
                    and lead.lower() not in _EN_PRONOUNS
                    and lead.lower() not in _EN_STOP_AFTER
                    and lead.lower() not in {"by", "during", "after", "before", "from", "to"}
                ):
                    s, e, end = after[0][0], after[k - 1][1], after[k - 1][1]
                    closes = self._toks(end, min(b, end + 40))
            if (
                e > s
                and (
                    after[0][2].lower() in _EN_DETERMINERS
                    or _cap(after[0][2])
                    or (
                        (quoted or prev == ",")
                        and _is_word(after[0][2])
                        and text[s:e].split()[-1][:1].isupper()
                        and after[0][2].lower() not in _EN_STOP_AFTER
                        and after[0][2].lower() not in _EN_NOT_SUBJECT
                        and after[0][2].lower() not in _EN_PRONOUNS
                    )
                )
                and (
                    quoted
                    or not closes
                    or not _is_word(closes[0][2])
                    # "…, said analyst Hong Hyun-ik at the private Sejong Institute": an affiliation
                    or closes[0][2].lower() in {"at", "of", "from", "with", "for"}
                )
            ):
                # '"…," said Rami Abdel Rahman, head of …' / '"…," the group said': inverted, closes the quote.
                self._attach(cur, self._split_speakers(s, e))
                if cur.kind == "outlet":
                    cur.kind = "reported"
                cur.mode, cur.cue, cur.polarity = cue.mode, written, cue.polarity
                self._quote_kind(cur, cur.start)
                return None
        lows = [t[2].lower() for t in before[-3:]]
        if prev.lower() in {"and", "but"} or (
            len(lows) >= 2
            and lows[-2] in {"and", "but"}
            and lows[-1] in {"also", "later", "has", "have", "had"}
            # "Russia has vetoed three rounds of sanctions against Assad and has said …"
        ):
            # "… gave no details, but said …", "… but also fears that …": the subject goes on.
            speakers = list(cur.carried)
            if not speakers:
                head = self._toks(a, min(b, a + 80))
                while head and head[0][2].lower() in _EN_CONNECTIVES:
                    head = head[1:]  # "But Assistant Chief Constable David Warcup has … and said"
                if head and head[0][2].lower() in _EN_FRAME_PREPS | _EN_PLACE_PREPS | {
                    "following",
                    "before",
                    "date",
                }:
                    # "On Thursday Obama …", "In a speech on Monday, the minister …", "Date of
                    # publication …": a frame, not the subject
                    comma = next((i for i, t in enumerate(head[:12]) if t[2] == ","), None)
                    named = self._en_strip_frame(head[0][0], before[-1][0])
                    if comma is not None:
                        head = head[comma + 1 :]
                    elif len(head) > 2 and head[1][2].lower() in _EN_MONTHS_DAYS:
                        head = head[2:]
                    elif named > head[0][0]:
                        # "Following the air strikes the … alliance denounced … and pledged …": a
                        # frame whose comma was lost
                        head = [t for t in head if t[0] >= named]
                    else:
                        head = []
                elif (
                    len(head) > 3
                    and head[0][2].lower() == "for"
                    and head[1][2].lower() in {"his", "her", "its", "their"}
                    and head[2][2].lower() == "part"
                ):
                    # "For his part Aleppo Governor Hussein Diab inspected … and called for …"
                    head = head[4:] if head[3][2] == "," else head[3:]
                if head and (head[0][2].lower() in _EN_DETERMINERS or _cap(head[0][2])):
                    k = 0
                    while k + 1 < len(head) and (
                        _cap(head[k + 1][2]) or head[k + 1][2].lower() in _EN_NP_WORDS
                    ):
                        k += 1
                    nxt_word = head[k + 1][2] if k + 1 < len(head) else ""
                    if (
                        len(nxt_word) > 3
                        and nxt_word.islower()
                        and nxt_word.endswith("s")
                        and not nxt_word.endswith("ss")
                        and k + 2 < len(head)
                        and head[k + 2][2].lower()
                        in {",", "in", "at", "of", "from", "have", "had", "are", "were", "who"}
                    ):
                        k += 1  # "Policy makers in Europe have …", "Ahly fans, meanwhile, …"
                    if not (k == 0 and head[0][2].lower() in _EN_DETERMINERS):
                        # ("The widely criticized operation …": no bare article)
                        speakers = self._speaker_strings([(head[0][0], head[k][1])])
            new = self._open(before[-1][0], props, cur)
            new.carried = speakers or list(self.last)
            if new.carried:
                self._remember(new.carried)
            new.content_start = self._skip_complementizer(ce, b)
            return new
        if aux >= 1 and before[aux][2].lower() in {"which", "who"} and before[aux - 1][2] == ",":
            # "…, according to the Observatory, which called the mass kidnappings a "war crime"",
            # "He met Rami Abdel Rahman, who said …": the relative pronoun's antecedent speaks.
            antecedent = self._en_speaker_before(a, before[aux - 1][0])
            named = text[antecedent[0] : antecedent[1]] if antecedent is not None else ""
            if (
                named
                and named.lower() not in _EN_PRONOUNS
                # "… was confirmed by the Observatory, which also reported …": its claim goes on
                and not any(text[x:y] == named for x, y in cur.carried)
            ):
                new = self._open(before[aux][0], props, cur)
                self._set_speakers(new, self._split_speakers(*antecedent))
                new.content_start = self._skip_complementizer(ce, b)
                return new
        if (
            aux >= 1
            and before[aux][2].lower() in {"which", "who", "that"}
            and _is_word(before[aux - 1][2])
            and before[aux - 1][2].lower() not in _EN_CLAUSE_WORDS | _EN_CONNECTIVES
            and not (
                before[aux][2].lower() == "that"
                and before[aux - 1][2].islower()
                and before[aux - 1][2].lower().endswith(("ed", "ly"))
            )
            and _en_clause_follows(after, cue.mode)
            # (inside a speaker's words or an open quotation the outer voice keeps the claim:
            # "Russia's foreign minister says the persistence of those who say …" (EN-7), '"We have
            # put into the bill a clause that says …"')
            and not (cur.kind in {"reported", "quote"} and cur.carried)
            # ("We have seen the reports that indicate …": first-person words whose voice is found
            # around them)
            and not any(t[2].lower() in _EN_FIRST_PERSON_WORDS for t in self._toks(a, cs))
            and sum(text.count(q, a, cs) for q in '"“”') % 2 == 0
        ):
            # "He was responding to Tory spokesman Julian Lewis who said the ads were …", "a British
            # Medical Journal article that claimed "missing" Lilly documents linked …": with no comma
            # either, the noun phrase the relative pronoun hangs on speaks what follows the verb
            # (EN-19: sources inside a relative clause speak)
            antecedent = self._en_speaker_before(a, before[aux][0]) or self._en_np_chunk(
                a, before[aux][0]
            )
            if antecedent is not None:
                # ("responding to Tory spokesman Julian Lewis who said": past the preposition)
                words = self._toks(*antecedent)
                while words and words[0][2].lower() in _EN_PLACE_PREPS | {"to", "by", "with"}:
                    words = words[1:]
                if words and words[0][2].lower() in _EN_MONTHS_DAYS:
                    # "… the base on Saturday who had said", "… on Saturday to President Michel
                    # Sleiman who asked": a date is no antecedent, the name after it may be
                    words = [t for t in words if _cap(t[2]) and t[2].lower() not in _EN_MONTHS_DAYS]
                    words = words if words and words[0][0] > antecedent[0] else []
                antecedent = (words[0][0], antecedent[1]) if words else None
            named = text[antecedent[0] : antecedent[1]] if antecedent is not None else ""
            first = named.split()[0] if named else ""
            if (
                named
                # (in the subject of the sentence: "A Malian soldier who claimed he took part …
                # said …", "The opposition's Civil Defense group which released photos … has not
                # published …": the main verb comes after the relative clause)
                and not self._en_in_subject(clause, antecedent[0])  # type: ignore[index]
                and antecedent[1] == before[aux - 1][1]  # type: ignore[index]
                and named.lower() not in _EN_PRONOUNS
                and (first.lower() in _EN_DETERMINERS or _cap(first))
                and not any(text[x:y] == named for x, y in cur.carried)
            ):
                new = self._open(before[aux][0], props, cur)
                self._set_speakers(new, self._split_speakers(*antecedent))  # type: ignore[misc]
                new.content_start = self._skip_complementizer(ce, b)
                return new
        embedded = self._en_embedded_speaker(before, aux, after, cue)
        if embedded is not None:
            # "… a chemical attack that opposition groups say killed hundreds", "Badie, who many critics
            # say is the actual ruler": a relative clause with a speaker of its own is a claim of its own
            new = self._open(embedded[0], props, cur)
            self._en_subject(new, embedded[1], embedded[2])
            new.content_start = ce
            return new
        if (
            aux >= 3
            and before[aux][2].lower() in {"reports", "claims"}
            and before[aux - 1][2].lower() not in _EN_DETERMINERS
            and not cur.carried
        ):
            # "… from the town of Deir al-Adas reports say in a major offensive": nobody named
            cur.kind, cur.carried = PASSIVE, []
            cur.mode, cur.cue = cue.mode, written
            return None
        prefix = self._en_prefix_speaker(clause, cs)
        np = self._en_speaker_before(clause, cs)
        subordinate = False
        if np is None and 0 <= aux < len(before) and _is_word(before[aux][2]):
            # "… after the club confirmed it had received …", "… as several media outlets reported
            # that …", "… while some observers said …": after a subordinator only a noun phrase can
            # stand before the verb, whatever its head noun; it is the subordinate clause's subject
            chunk = self._en_np_chunk(clause, before[aux][1])
            lead = self._toks(max(clause, chunk[0] - 20), chunk[0])[-1:] if chunk else []
            words = text[chunk[0] : chunk[1]].split() if chunk else []
            ahead = self._toks(max(clause, lead[0][0] - 20), lead[0][0])[-1:] if lead else []
            if (
                chunk is not None
                and lead
                and lead[0][2].lower() in _EN_SUBORDINATORS
                # not "describes itself as a neutral band …", "as well as", "such as"
                and not (
                    lead[0][2].lower() == "as"
                    and ahead
                    and (
                        ahead[0][2].lower() in _EN_AS_NOT_SUBORDINATE
                        or ahead[0][2].lower().endswith("ed")
                    )
                )
                and words[0].lower() not in _EN_PRONOUNS
                and not words[0][:1].isdigit()  # "Documents released after 30 years reveal"
                # (a bare plural only short: "after foreign investors criticised")
                and (
                    words[0].lower() in _EN_DETERMINERS | _EN_QUANTIFIERS
                    or _cap(words[0])
                    or len(words) <= 3
                )
                and _en_clause_follows(after, cue.mode)
                # '"As the information commissioner himself has said, …': inside a quotation
                and sum(text.count(q, a, cs) for q in '"“”') % 2 == 0
                # "… because her husband had vowed to live and die there she said.": the sentence's
                # own speaker closes it
                and not _EN_CLOSING_SAID.search(text, ce, b)
            ):
                np = prefix = chunk
                subordinate = True
        if np is not None:
            # "Prince Saud, whose country has backed the rebels fighting Assad, also urged …": the
            # subject stands before the relative clause, not at its end.
            head = self._toks(clause, np[0])
            for r in range(1, min(len(head), 7)):
                if (
                    head[r][2].lower() in {"who", "whose"}
                    # "The news website El-Dorar Al-Shamia that is affiliated to the … opposition said"
                    or (
                        head[r][2].lower() == "that"
                        and r + 1 < len(head)
                        and head[r + 1][2].lower() in {"is", "was", "are", "were", "has", "have"}
                    )
                ) and _cap(head[r - 1][2]):
                    found = self._en_speaker_before(clause, head[r][0])
                    if found is not None:
                        np = prefix = found
                    break
        # The punctuation before the verb and its adverbs ("…, speaking on condition of anonymity,
        # previously said"); an aside between dashes is skipped ("Amr Hafez, a photographer from
        # Al-Watan – another private daily – said"): the noun phrase before it speaks.
        sep = before[aux][2] if 0 <= aux < len(before) else ""
        sep_at = before[aux][0] if sep else cs
        dashed = False
        if sep in {"–", "—"}:
            opening = text.rfind(sep, a, sep_at)
            if opening > a and sep_at - opening < 100 and text[opening - 1].isspace():
                sep, sep_at, dashed = "–,", opening, True
        elif sep == "-" and text[sep_at - 1 : sep_at].isspace():
            # "The Observatory - which relies on a network of sources … - said": a spaced hyphen
            # (scraped and BBC text) brackets the aside as a dash does.
            opening = text.rfind(" - ", a, sep_at - 1) + 1
            if opening > a and sep_at - opening < 150:
                sep, sep_at, dashed = "–,", opening, True
        if sep in {",", "–,"}:
            # '"…," William Rugh, US former senior diplomat in Damascus, said': the name before the
            # apposition speaks, with its apposition.
            named = self._en_name_apposition(a, sep_at)
            if named is not None:
                np = prefix = named
            elif dashed:
                # "But Deutsche Bank - itself a target of a Yukos lawsuit - said": the subject before
                # the aside speaks
                # (the subject of its clause, not a name inside it: "only one of the 45 Republicans -
                # Mississippi's Thad Cochran - has said", "Anshuman Magazine, managing director, of CB
                # Richard Ellis - … - told")
                outer = self._clause_start(a, sep_at, a)
                whole = self._en_prefix_speaker(outer, sep_at)
                if (
                    whole is not None
                    and self._en_np_like(whole)
                    and text[whole[0] : whole[1]].split()[0].lower()
                    not in _EN_PLACE_PREPS | {"of", "for"}
                ):
                    np = prefix = whole
                elif whole is not None:
                    found = self._en_speaker_before(outer, sep_at)
                    if found is not None and found[0] == whole[0]:
                        np = prefix = found
        if sep == "," and np is None and (prefix is None or prefix[1] <= sep_at):
            # "the head of the committee, Alaeddin Boroujerdi, said …": the apposition before the comma.
            comma = sep_at
            inner_clause = self._clause_start(a, comma, a)
            name = self._en_speaker_before(inner_clause, comma)
            if name is not None:
                outer_clause = self._clause_start(a, max(a, inner_clause - 1), a)
                head = self._en_prefix_speaker(outer_clause, max(outer_clause, inner_clause - 1))
                if (
                    text[outer_clause : max(outer_clause, inner_clause - 1)].strip(" ,").isdigit()
                    and outer_clause > a
                ):
                    # "Derek Beckvold, 26, an American who teaches …, said": past the age
                    age_clause = self._clause_start(a, max(a, outer_clause - 1), a)
                    head = self._en_prefix_speaker(age_clause, max(age_clause, outer_clause - 1))
                np = (head[0], name[1]) if head is not None and self._en_np_like(head) else name
                prefix = np
        if sep == "," and np is None and prefix is None:
            # "Winn-Dixie, once among the most profitable of US grocers, said …", "Britain's Food
            # Standards Agency, set up in 2001 after …, said": an aside between commas that the rules
            # above do not read; the noun phrase opening the clause before it speaks
            whole = self._en_subject_before_aside(a, sep_at)
            if whole is not None:
                np = prefix = whole
        if sep == "," and np is None and (prefix is None or not self._en_np_like(prefix)):
            # "Menatep, Yukos main shareholders' group, has also threatened …", "The Salafist Watan
            # Party, meanwhile, which broke away …, also condemned …", "Late last year, marketing
            # company Doubleclick, one of the leading providers …, warned …": the noun phrase that
            # opens the sentence (after a frame) and the asides between it and the verb
            whole = self._en_subject_before_asides(a, sep_at)
            if whole is not None:
                np = prefix = whole
        if np is None and prefix is not None:
            # "Labour sees … as a key election issue but critics claim …": a bare plural after "but"
            ptoks = self._toks(*prefix)
            if (
                len(ptoks) >= 3
                and ptoks[-2][2].lower() in {"but", "whereas"}
                and ptoks[-1][2].islower()
                and ptoks[-1][2].endswith("s")
                and not ptoks[-1][2].endswith("ss")
            ):
                np = (ptoks[-1][0], ptoks[-1][1])
        if np is not None and all(
            t[2].lower() in _EN_MONTHS_DAYS or t[2].isdigit() for t in self._toks(*np)
        ):
            np = None  # "… on Friday said a monitoring group."
        framed = False
        if (
            np is None
            and prefix is not None
            and not self._en_np_like(prefix)
            # (a clause of its own, at the sentence start or after a comma, with words after the verb)
            and (
                prefix[0] <= a
                or text[a : prefix[0]].rstrip().endswith(",")
                or text[a : prefix[0]].strip().lower() in _EN_CONNECTIVES
            )
            and nxt
            and nxt not in ".!?;"
        ):
            # "Following the air strikes the Tahrir al-Sham jihadist alliance denounced …": a leading
            # frame whose comma was lost, then the subject (the claim still opens at the clause)
            named = self._en_strip_frame(*prefix)
            if named > prefix[0] and self._en_np_like((named, prefix[1])):
                np = prefix = (named, prefix[1])
                framed = True
        if (
            np is None
            and prefix is not None
            and written.split()[0].lower() in _EN_PLURAL_SPEECH_VERBS
            and not self._en_np_like(prefix)
            and self._en_bare_plural(prefix, cs)
        ):
            # "…, economists said.", "At a Manhattan grocery store, shoppers said …", "…, leaders from
            # the two sides said": a bare plural that opens its clause is the speaker.
            np = prefix
        if np is None and (prefix is None or not self._en_np_like(prefix)):
            # "… said Furati." / "… said a monitoring group.": inverted, the speaker closes the sentence.
            if cue.mode == "told":
                return None  # "… told Reuters": the name after "told" is whom it was told to
            inverted = ""
            if written.lower() in _EN_INVERTED_VERBS:
                quoted = 0 <= aux < len(before) and before[aux][2] in _ANY_QUOTE + "’'"
                inverted = "quoted" if quoted else "yes"
            s, e, end = self._en_speaker_after(ce, b, inverted=inverted)
            if e <= s and written.lower() in _EN_INVERTED_VERBS | {
                "reported",
                "stated",
                "suggest",  # "… the war-battered country UN estimates suggest."
                "suggests",
            }:
                final = self._en_final_np(clause, cs, ce, b)
                if final is not None and text[final[0] : final[1]].lower() in {
                    "a report",
                    "reports",
                }:
                    # "… in the Arab country a report says.": nobody named (EN-6)
                    cur.kind, cur.carried = PASSIVE, []
                    cur.mode, cur.cue = cue.mode, written
                    return None
                if final is not None:
                    # "… banned toxic gasses the health worker said.": with the commas lost, the
                    # noun phrase right before a verb that ends the sentence speaks
                    self._attach(cur, self._split_speakers(*final))
                    if cur.kind == "outlet":
                        cur.kind = "reported"
                    cur.mode, cur.cue, cur.polarity = cue.mode, written, cue.polarity
                    self._quote_kind(cur, cur.start)
                    return None
            tail = [t for t in self._toks(end, min(b, end + _WINDOW)) if _is_word(t[2])]
            first = text[s:e].split()[0] if e > s else ""
            if first.lower() in _EN_MONTHS_DAYS or first[:1].isdigit():
                return None  # "Published August 6 2016": a dateline
            named = text[s:e].split()
            apposed = [t for t in self._toks(e, min(b, e + 60)) if _is_word(t[2])] or [(e, e, ".")]
            if (
                e > s
                and (
                    first.lower() in _EN_DETERMINERS
                    or (_cap(first) and not first[0].isdigit())
                    # "… light weapons said activist Mustafa Ebdi."
                    or inverted
                    and first in _EN_NP_WORDS - {"of", "for", "the", "a", "an", "and", "al", "el"}
                    and len(named) > 1
                    and _cap(named[1])
                )
                and (
                    first.lower() in _EN_DETERMINERS
                    or len(tail) <= 3
                    # "… said Observatory head Rami Abdel Rahman who did not provide a number."
                    or tail[0][2].lower() in {"who", "whose"}
                    # (commas lost) "… is closed said Abu Mohamed a vendor in the Bustan al-Qasr
                    # neighborhood.", "… said Noha 45 asking not to be identified"
                    or inverted
                    and any(
                        w in {"a", "an", "the"} and _cap(named[i - 1])
                        for i, w in enumerate(named[1:-1], 1)
                    )
                    or inverted
                    and _cap(named[-1])
                    and (
                        apposed[0][2] in {"a", "an", "the"}
                        and len(apposed) > 1
                        and apposed[1][2].islower()
                        or apposed[0][2].isdigit()
                        and len(apposed[0][2]) <= 2
                    )
                )
            ):
                self._attach(cur, self._split_speakers(s, e))
                if cur.kind == "outlet":
                    cur.kind = "reported"
                cur.mode, cur.cue, cur.polarity = cue.mode, written, cue.polarity
                self._quote_kind(cur, cur.start)
            return None
        if np is None and prefix is not None:
            np = prefix  # "the bank", "the firm": a common noun the walk back does not know
        before_np = self._toks(max(cur.start, a, np[0] - _WINDOW), np[0]) if np is not None else []
        quoted_before = any(t[2] in _ANY_QUOTE for t in before_np)
        content_before = np is not None and (
            len([t for t in before_np if _is_word(t[2])]) >= 5
            or (quoted_before and len(before_np) >= 2)
            # "Scores were also injured it said.", "No one feels safe, they say.": the verb ends the
            # sentence, so a short clause before the speaker is the content
            or (
                (not after or nxt in ".!?;")
                and len([t for t in before_np if _is_word(t[2])]) >= 3
                and before_np[-1][2].lower() not in _EN_CLAUSE_WORDS | _EN_CONNECTIVES
            )
        )
        if (
            content_before
            and written.lower() in {"said", "says", "added"}
            and nxt
            and (nxt.lower() in {"the", "a", "an"} or _cap(nxt))
            and nxt.lower() not in _EN_MONTHS_DAYS
            and (
                text[np[0] : np[1]].split()[0].lower() not in _EN_PRONOUNS  # type: ignore[index]
                # "The regime hasnt let us hear the end of it said Modar Shekho a nurse in …": a
                # name and its apposition, commas lost, after an object pronoun
                or _cap(nxt)
                and self._en_lost_comma_apposition(ce, b) is not None
            )
        ):
            # "… south of Tabaqa a Daesh stronghold on the Euphrates River said the Syrian Observatory
            # for Human Rights.": with the commas lost, a named noun phrase that runs from the verb to
            # the full stop is the inverted speaker; the noun phrase before the verb ends the content.
            s, e, end = self._en_speaker_after(ce, b)
            closes = self._toks(end, min(b, end + 40))
            apposed = self._en_lost_comma_apposition(ce, b) if _cap(nxt) else None
            if apposed is not None:
                # "… parts of Douma said Rami Abdel Rahman director of the Syrian Observatory for
                # Human Rights a Britain-based monitor.": an apposition whose comma was lost
                s, e = apposed
                closes = []
            named = text[s:e].split()
            if (
                e > s
                and (
                    not closes
                    or closes[0][2] in ".;!?"
                    # "… killed 1102 people said the Observatory adding that 234 of them …"
                    or closes[0][2] in {"adding", "saying", "noting", "stressing", "citing"}
                )
                # "Homs governor says U.S. attack caused deaths": the stop of an abbreviation
                and not (len(closes) > 1 and closes[0][2] == "." and closes[1][2][:1].islower())
                and any(_cap(w) or w.lower() in _EN_SOURCE_LEADS for w in named[1:] or named)
            ):
                self._attach(cur, self._split_speakers(s, e))
                if cur.kind == "outlet":
                    cur.kind = "reported"
                cur.mode, cur.cue, cur.polarity = cue.mode, written, cue.polarity
                self._quote_kind(cur, cur.start)
                return None
        that_follows = False
        for t in after[:6]:
            if not _is_word(t[2]) or _en_participle(t[2]):
                break
            if t[2].lower() == "that":
                that_follows = True
                break
        # "… in which she praised Syrian president Bashar Al-Assad": a stance on an object named after it
        transitive = bool(
            nxt
            and _is_word(nxt)
            and (cue.mode == "condemned" or written.lower() in _EN_OBJECT_VERBS)
        )
        posted = (
            content_before
            and not that_follows
            # "In an email interview …, Mr Abbas said: \"…\"": a colon opens the content
            and nxt != ":"
            # "Asked about …, a Labour spokesman told BBC News: \"…\"": so it does after the addressee
            and not (cue.mode == "told" and _en_after_addressee(after) in {":", "that"})
            # "… since 2011 but some organisations put the toll higher": a clause of its own
            and not (before_np and before_np[-1][2].lower() in {"but", "while", "whereas"})
            # "In addition to …, analysts believe Obama has …": a belief's content comes after it
            and not (cue.mode == "considered" and written.lower().startswith("believ"))
            # "Although X denied …, the rebels hailed Jordan's cooperation": an object follows, so
            # the verb closes no other speaker's claim
            and not (transitive and cur.carried)
            # "… and surrounding areas as rebels claim Iranian-backed Lebanese group wants …"
            and not (before_np and before_np[-1][2].lower() == "as" and _is_word(nxt))
            # "… was sued by Lockheed Martin after its rival accused it …": the words follow the verb
            and not subordinate
            # "… for years, and Buffett said Lemann approached …": a clause of its own before
            and not (np is not None and self._en_lead_frame(cur.start, np[0], nxt) == "and")
            # "…, Philippe Sands says Lord Goldsmith warned Tony Blair …": the subject opens the words
            # another speaker reports, so there is no content before it to close
            and not (
                np is not None
                and cur.kind == "reported"
                and cur.carried
                and 0 <= cur.content_start <= np[0]
                and not text[cur.content_start : np[0]].strip()
            )
            and (
                not after
                or nxt in ".,;:!?"
                or (nxt[:1].isupper() and _is_word(nxt) and nxt.lower() not in _EN_PRONOUNS)
                or len(tail_words) <= 7
                # '"… loss of life," he said of the nearly two-year conflict which …': a quotation
                # closed by a comma right before the speaker is the content, however long the tail
                or _EN_QUOTE_CLOSED.search(text, max(a, np[0] - 4), np[0]) is not None
                # "… had wounded five people the Observatory said but it could not say …", "… it said
                # and many were dying …": a new clause after the verb, the content is before it
                or nxt.lower() in _EN_CLAUSE_AFTER_VERB
                or nxt.lower() in _EN_STOP_AFTER
                or _en_participle(nxt)
            )
        )
        if posted and np is not None:
            # "…, the Observatory said." closes the proposition before it.
            self._attach(cur, self._split_speakers(*np))
            if written.lower() in {"quoted", "quotes"}:
                # '"…," Reuters quoted a central bank official as saying.': both voices (EN-7)
                m = _EN_QUOTED_AS_SAYING_AFTER.match(text, ce, b)
                if m:
                    self._attach(cur, self._split_speakers(*m.span(1)))
            if cur.kind == "outlet":
                cur.kind = "reported"
            cur.mode, cur.cue, cur.polarity = cue.mode, written, cue.polarity
            self._quote_kind(cur, cur.start)
            rest = [t for t in after if _is_word(t[2])]
            if len(rest) <= 7 or transitive:
                return None  # (the object is part of the claim)
            if self._en_lead_frame(cur.start, np[0], nxt) == "frame":
                # "In terms of …, Hague said Britain would …": the words follow the verb
                cur.content_start = self._skip_complementizer(ce, b)
                return None
            for t in after[:8]:
                if t[2] in ".;,:" or t[2] in _ANY_QUOTE:
                    break
                if _en_participle(t[2]):
                    return (
                        None  # "WHO said in a statement putting the toll at 70": its claim goes on
                    )
            tail_end = ce
            i = 0
            if cue.mode == "told":
                while i < len(after) and (
                    after[i][2][:1].isupper() or after[i][2].lower() in _EN_NP_WORDS
                ):
                    tail_end = after[i][1]
                    i += 1
            dated = False
            for t in after[i:]:
                if t[2] in _EN_WEEKDAYS:
                    # "…, the army said Tuesday, in the biggest …": the day belongs to the verb
                    tail_end = t[1]
                    dated = True
                    continue
                if t[2] in ".;" or (t[2][:1].isupper() and _is_word(t[2])):
                    break
                if t[2].lower() in _EN_STOP_AFTER or (t[2][:1].isdigit()):
                    tail_end = t[1]
                    continue
                break
            tail = [t for t in self._toks(tail_end, min(b, tail_end + _WINDOW)) if _is_word(t[2])]
            # What follows opens a new proposition only as a new clause or a sentence glued on
            # ("… the group said The regime …"), not as the rest of a phrase ("said in its bulletin").
            if (
                tail_end < b
                and len(tail) >= 2
                and (not tail[0][2].islower() or dated and text[tail_end : tail_end + 1] == ",")
            ):
                cur.end = tail_end
                props.append(cur)
                new = Prop(start=tail_end)
                self._replace_current(props, cur, new)
                new.end = -2
            return None
        joiner = [t[2].lower() for t in self._toks(max(a, np[0] - 5), np[0])[-1:]] if np else []
        after_and = (
            np is not None
            and prefix is not None
            and joiner in (["and"], ["but"])
            and (
                joiner == ["but"]  # "Labour sees … as a key issue but critics claim …"
                or any(_en_finite(t[2]) for t in self._toks(prefix[0], np[0]))
            )
        )  # "A man … died of suffocation and the source added": a clause of its own
        if prefix is not None and (
            np is None or (self._en_np_like(prefix) and prefix[0] < np[0] and not after_and)
        ):
            spk = prefix
            start = clause
        else:
            spk = np  # type: ignore[assignment]
            start = clause if framed else spk[0]
            # Include a subordinator just before the speaker ("where the government accuses").
        low = text[spk[0] : spk[1]].lower()
        if low.split()[0] in {"no", "nobody", "none"}:
            return (
                None  # "No group has claimed responsibility": nobody speaks (gold convention EN-10)
            )
        if written.lower() in _EN_RULING_VERBS and _en_court(text[spk[0] : spk[1]].split()):
            # "A judge has dismissed an attempt by Yukos …", "the HCC rejected five articles …": a
            # court's ruling is a decision, not a speech act (CONVENTIONS AR-15): outlet
            return None
        if (
            cur.kind == "reported"
            and cur.carried
            # (-1: no content opened, "… on Thursday activists said keeping up pressure … a day after
            # the opposition accused …" is two claims)
            and 0 <= cur.content_start <= spk[0]
            and low not in _EN_PRONOUNS
            and (
                not _COMMA.search(text, cur.content_start, spk[0])
                # "According to AFP, the Arab League said …": a relay frame opening the clause, then
                # the subject and its own verb (only the frame's comma between)
                or cur.mode == "according_to"
                and not text[cur.content_start : spk[0]].strip(" ,")
            )
            and len(text[cur.content_start : spk[0]].split()) <= 1
        ):
            # "Iran's foreign minister said the Syrian government had told Tehran …": nested reporting,
            # both voices on one claim.
            inner = self._speaker_strings(self._split_speakers(*spk))
            if cur.mode == "according_to":
                # (the verb's subject first: "it added" after "According to AFP, Shin Bet said …"
                # means Shin Bet)
                cur.carried = _dedupe(text, [*inner, *cur.carried])
                self.last = list(cur.carried)
                self.subjects.extend(inner)
            else:
                cur.carried = _dedupe(text, [*cur.carried, *inner])
            return None
        new = self._open(start, props, cur)
        self._en_subject(new, *spk)
        new.content_start = self._skip_complementizer(ce, b)
        if cue.mode == "told" and _en_after_addressee(after) == ":":
            # "… told BBC News: \"…\"": the content opens after the addressee and the colon
            colon = next((t for t in after if t[2] == ":"), None)
            if colon is not None:
                new.content_start = self._skip_complementizer(colon[0], b)
        return new

    def _en_lost_comma_apposition(self, ce: int, b: int) -> tuple[int, int] | None:
        """'… said Rami Abdel Rahman director of the Syrian Observatory for Human Rights a
        Britain-based monitor.', '… said Modar Shekho a nurse in rebel-held eastern Aleppo.': after
        the verb, a name and an apposition whose comma was lost, a short noun phrase that runs to the
        end of the sentence. The name, or None."""
        s, e, _end = self._en_speaker_after(ce, b)
        if e <= s:
            return None
        toks = self._toks(s, min(b, e + 80))
        for k in range(2, min(len(toks), 14)):
            if toks[k][2] not in {"a", "an"} or not _cap(toks[k - 1][2]):
                continue
            for j in range(k + 1, min(len(toks), k + 10)):
                w = toks[j][2]
                if w in ".!?;" or w in {"adding", "saying", "noting"}:
                    return (s, toks[k - 1][1]) if j >= k + 2 else None
                if (
                    not _is_word(w)
                    or w.lower() in _EN_CLAUSE_WORDS | _EN_AUX | _EN_PRONOUNS | _EN_CONNECTIVES
                    or w.lower() in _EN_DETERMINERS | {"said", "says", "told", "added"}
                ):
                    return None
            return (s, toks[k - 1][1]) if len(toks) <= k + 10 and len(toks) > k + 1 else None
        return None

    def _en_lead_frame(self, start: int, np_start: int, nxt: str) -> str:
        """Only a leading frame and its comma stand before the speaker, and a name opens what follows
        the verb: "In terms of wider British foreign policy, Hague said Britain would …", "Speaking on
        the eve of …, Clinton also said Russia continues …", "Although …, Orban has said Hungary …",
        "… for years, and Buffett said Lemann approached …" ("and"). The frame is no content of its
        own, so the speaker's words are after the verb (not a day: "…, the army said Sunday, in …");
        "frame", "and" or ""."""
        if not (
            nxt[:1].isalpha()
            and _cap(nxt)
            and nxt.lower() not in _EN_MONTHS_DAYS | _EN_DETERMINERS | _EN_PRONOUNS
        ):
            return ""
        toks = self._toks(start, np_start)
        if len(toks) < 3:
            return ""
        if toks[-1][2].lower() == "and" and toks[-2][2] == ",":
            # "…, and Buffett said Lemann …": a clause of its own before, the report after the verb
            return "" if any(t[2] in _ANY_QUOTE or t[2] in ":;" for t in toks) else "and"
        if toks[-1][2] != ",":
            return ""
        words = toks[:-1]
        while words and words[0][2].lower() in {"but", "and", "so", "yet", "meanwhile", "however"}:
            words = words[1:]
            if words and words[0][2] == ",":
                words = words[1:]
        if len(words) < 2 or any(not _is_word(t[2]) and t[2] not in "-'’." for t in words):
            return ""  # one frame: no other comma, quotation or colon before the speaker
        first = words[0][2]
        low = first.lower()
        framed = (
            low in _EN_LEAD_FRAME_WORDS
            or first[:1].isupper()
            and first.isalpha()
            and len(first) > 5
            and low.endswith("ing")
            and low not in _EN_NOT_PARTICIPLES
        )
        return "frame" if framed else ""

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

    def _en_cited_source(self, ce: int, b: int) -> bool:
        """Whether the noun phrase after "citing" names a source rather than a reason."""
        words: list[str] = []
        for t in self._toks(ce, min(b, ce + 120)):
            w = t[2]
            if not _is_word(w) or w.lower() in _EN_CITED_STOPS or len(words) >= 8:
                break
            words.append(w)
        while words and words[0].lower() in _EN_DETERMINERS | {"some", "several", "two"}:
            words = words[1:]
        for k, w in enumerate(words[:6]):
            low = w.lower()
            if low in _EN_CITED_HEADS or (
                low == "accounts" and k and words[k - 1].lower() in _EN_CITED_HEADS
            ):
                return True  # "citing a senior regime official", "citing numerous witness accounts"
        # "citing Prime Minister Sheikh Hamad", "citing the Syrian Interior Ministry", "citing SANA":
        # a name that ends the phrase, not one that qualifies a noun ("citing US funding of …")
        caps = 0
        while caps < len(words) and (_cap(words[caps]) or words[caps][:1].isdigit()):
            caps += 1
        if not caps:
            return False
        nxt = words[caps].lower() if caps < len(words) else ""
        return not nxt or nxt in _EN_REPORT_VERBS or nxt.endswith("ed")

    def _en_modified_source_after(self, pos: int, limit: int) -> tuple[int, int, int] | None:
        """ "according to a new toll from …", "a recent impact study by …", "a pro-opposition civil
        defense source on the ground": an article, up to two lower-case modifiers and the head noun of a
        source or a document (EN-10), when the walk after the cue named nobody."""
        toks = self._toks(pos, min(limit, pos + _WINDOW))
        if len(toks) < 3 or toks[0][2].lower() not in _EN_DETERMINERS:
            return None
        h = 1
        while (
            h < min(4, len(toks))
            and toks[h][2].islower()
            and _is_word(toks[h][2])
            and toks[h][2] not in _EN_CLAUSE_WORDS | _EN_AUX | _EN_PLACE_PREPS | _EN_FRAME_PREPS
            and toks[h][2] not in _EN_DETERMINERS | _EN_SOURCE_HEADS
        ):
            h += 1
        if h == 1 or h >= len(toks) or toks[h][2] not in _EN_SOURCE_HEADS:
            return None
        return toks[0][0], toks[h][1], toks[h][1]

    def _ar_according_pronoun(self, written: str, ce: int, b: int) -> bool:
        """ "وفقا لما يروي، …", "بحسب ما قاله في تصريحات": "ما" and a verb with no subject after it;
        "وبحسبه، فإن …", "…، بحسبها.": the pronoun itself (the cue takes it only before a comma, a
        full stop or فإن)."""
        if _AR_ACCORDING_SUFFIX.fullmatch(written):
            return True
        words = written.split()
        if len(words) < 2 or words[-2] not in {"ما", "لما"} and not words[-2].endswith("حسبما"):
            return False
        verb = words[-1]
        for suffix in ("ه", "ها", "هم", "ته"):
            if verb.endswith(suffix) and verb[: -len(suffix)] in AR_CUESET.word_info:
                verb = verb[: -len(suffix)]
                break
        if verb not in AR_CUESET.word_info:
            return False
        nxt = self._toks(ce, min(b, ce + 40))[:1]
        return not nxt or nxt[0][2] in {"،", ",", ".", "في", "خلال", "امس", "اليوم"}

    def _en_citing_relay(
        self,
        cs: int,
        s: int,
        e: int,
        end: int,
        a: int,
        b: int,
        clause: int,
        props: list[Prop],
        cur: Prop,
    ) -> int | None:
        """ "The state-run Anadolu Agency citing military officials said …", "Reuters, quoting US
        officials, reported …": a relay between a subject and its own verb. The subject speaks with the
        one it cites (convention EN-7); one claim, opened at the clause, its content after the verb.
        The verb's end (the cue is taken), or None."""
        text = self.text
        follow = [t for t in self._toks(end, min(b, end + 40)) if t[2] != "," and not _adverb(t[2])]
        if not follow or follow[0][0] != self.limit:
            return None  # the next cue must be the verb itself
        verb = follow[0]
        info = EN_CUESET.word_info.get(verb[2].lower())
        if info is None or info.kind != VERB or not verb[2].islower():
            return None
        subj_end = cs
        while subj_end > a and text[subj_end - 1] in " ,":
            subj_end -= 1
        if subj_end < cs and text.find(",", subj_end, cs) >= 0:
            clause = self._clause_start(a, subj_end, a)  # "Anadolu Agency, citing …, said"
        subject = self._en_speaker_before(clause, subj_end)
        if (
            subject is None
            or subject[1] != subj_end
            or text[subject[0] : subject[1]].lower() in _EN_PRONOUNS
            or [
                t
                for t in self._toks(clause, subject[0])
                if _is_word(t[2]) and t[2].lower() not in _EN_CONNECTIVES
            ]
        ):
            return None
        new = self._open(clause, props, cur)
        new.kind = "reported"
        new.mode, new.cue, new.polarity = info.mode, verb[2], info.polarity
        self._set_speakers(new, self._split_speakers(*subject) + self._split_speakers(s, e))
        new.content_start = self._skip_complementizer(verb[1], b)
        self._quote_kind(new, new.content_start)
        self._replace_current(props, cur, new)
        return verb[1]

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
