"""Arabic rules of the attributor: the Arabic lexicons and patterns, and the Arabic methods of
``Attributor`` (a mixin: they read the per-article state the core class keeps; see attribution.py).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from claims.extraction.attribution_base import (
    _ANY_QUOTE,
    _AR_ACCORDING_POSSESSED,
    _AR_ADDRESSEE,
    _AR_ANON,
    _AR_B_NAMES,
    _AR_BODIES,
    _AR_CHARGES,
    _AR_CLAUSE_WORDS,
    _AR_COMMENTED,
    _AR_COMPLEMENTIZERS,
    _AR_CONNECTIVES,
    _AR_CUT_WORDS,
    _AR_DOC_HEADS,
    _AR_DROP_SPEAKER,
    _AR_GENERIC_HEADS,
    _AR_HONORIFICS,
    _AR_HOPED,
    _AR_IN_DOCUMENT,
    _AR_ISSUING_VERBS,
    _AR_JOINT_HEADS,
    _AR_LEAD_PHRASE,
    _AR_LINK_PREPS,
    _AR_MANNER,
    _AR_MASCULINE,
    _AR_MASDAR_OBJECTS,
    _AR_MEDIUM,
    _AR_NATIVE_WAW,
    _AR_NEEDS_DEMAND,
    _AR_NEEDS_LINK,
    _AR_NOT_A_NAME_GAP,
    _AR_OF_A_PERSON,
    _AR_PERSON_HEADS,
    _AR_PREPS,
    _AR_PUBLISHED_OBJECTS,
    _AR_RELATIVE,
    _AR_RESUMPTIVE,
    _AR_RETRO,
    _AR_RULED_OUT,
    _AR_TIME,
    _AR_TITLES,
    _COMMA,
    _DOC_NOUNS,
    _HISTORY,
    _OPEN_QUOTES,
    _REPORTS,
    TOKEN,
    CueText,
    Prop,
    _ar_joint_body,
    _ar_medium,
    _ar_name_like,
    _ar_participle,
    _dedupe,
    _definite,
    _holds,
    _is_word,
    _opens_content,
    _tokens,
)
from claims.extraction.cues import (
    AR_CUESET,
    AR_DUAL_VERBS,
    OUTLET,
    PARTICIPLE,
    PASSIVE,
    VERB,
    Cue,
)
from claims.extraction.entities import _PLACE_TRIE

# A sentence opening on a quotation (after "و", "أما", "ثم"), and first-person words inside it (folded)
_AR_QUOTE_OPENING = re.compile(r"\s*(?:(?:و?اما|ثم|و)\s*)?[«“\"]")
_AR_FIRST_PERSON = re.compile(
    r"(?<!\S)(?:و|ف)?(?:انا|نحن|كنت|كنا|انني|اننا|لدي|لدينا|بلادنا|نريد|اريد|اعتقد|نعتقد)(?!\S)"
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


_AR_RESUMPTIVE_PP = re.compile(r"(?:ب|ل|عن|في|الي|علي|من|مع)(?:ه|ها|هم|هما)")
# After a whole quotation: the end of the sentence or clause, or a participle going on.
_AR_AFTER_QUOTE = re.compile(r"\s*(?:[،,.;:]|$|و?(?:مضيف|مشير|موضح|موكد|لافت|قايل)\w*)")
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
# "من جانبه، أصدر المجلس الوطني السوري بيانا": a sentence with no cue that names a statement's author.
_AR_ISSUED = re.compile(
    r"\s*(?:\S+\s+\S+[،,]\s*)?[وف]?(?:[اأ]صدر|[اأ]صدرت|نشر|نشرت|وزع|وزعت)\s+"
    r"((?!بيان|تقرير)[^\s،,.:«»\"“”]+(?:\s+[^\s،,.:«»\"“”]+){0,5}?)\s+"
    r"(?:بيانا|بياناً|بيان[اً]?|تقريرا|تقريراً|بلاغا|بلاغاً)(?=[\s،,.]|$)"
)
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
_AR_QUOTING_NOUNS = frozenset(
    ["قوله", "قولها", "قولهم", "افادته", "تصريحه", "تصريحها", "تاكيده", "تاكيدها"]
)
# Where an aside ("كما يروج البعض، …", "كما يطلقون على أنفسهم -") ends: a comma, a dash, a full stop.
_AR_ASIDE_END = re.compile(r"[،,؛;\-–—.:\"«»“”()]")
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
    + ["حكي", "حكت", "حكوا", "يحكي", "تحكي", "يحكون", "لاحظ", "لاحظت", "لاحظوا"]
    + ["شرح", "شرحت", "شرحوا", "شرحتا", "يشرح", "تشرح", "يشرحون", "يشرحان", "تشرحان"]
    + ["فسر", "فسرت", "فسروا", "يفسر", "تفسر", "يفسرون"]
)
# Cue verbs that report only with a preposition and أن right after it in their clause: touched on
# ("وتطرق الباحث … إلى أن …", not "تطرق إلى القطاع السياحي"), insisted ("ويصر المسؤولون على أن …",
# not "تصر إيران على ممارستها").
_AR_NEEDS_PREP_THAT = {
    **dict.fromkeys(["تطرق", "تطرقت", "تطرقوا", "يتطرق", "تتطرق", "يتطرقون"], "الي"),
    **dict.fromkeys(["اصر", "اصرت", "اصروا", "يصر", "تصر", "يصرون"], "علي"),
}
# objected: "واعترض حزب الله على تمديد …", "اعترضت دول مجلس التعاون الخليجي الخميس على اقتراح …":
# على within the first words, right after the subject (not "واعترضت اتصالاتها وأخذت لقطات … على
# الإنترنت", intercepted, nor "اعترض طريقه", blocked)
_AR_OBJECTED = frozenset(["اعترض", "اعترضت", "اعترضوا", "يعترض", "تعترض", "يعترضون"])
# Cue verbs that are also common nouns ("ثمن" price): a verb only at the start of a clause ("فيما ثمن
# محمد طه …", "ثمنت حركة فتح …"), not "يبلغ ثمن …".
_AR_CLAUSE_START_ONLY = frozenset(["ثمن"])
_AR_CLAUSE_LEADS = frozenset(["فيما", "كما", "بينما", "وقد", "فقد", "قد", "ثم", "حيث", "كذلك"])
# The preposition that follows the speaker of a cue verb and ends it ("وقللت واشنطن من احتمال …",
# "وأهابت الرئاسة بجميع القوى …": ب opens the addressee), and the verbs with a direct object after
# their subject ("ثمن الأردنيون … الزيارة", see ``_ar_object_after_name``).
_AR_SPEAKER_ENDS_AT = {
    **dict.fromkeys(["قلل", "قللت", "قللوا", "يقلل", "تقلل", "يقللون"], ("من",)),
    **dict.fromkeys(["سخر", "سخرت", "سخروا"], ("من", "ممن")),
    **dict.fromkeys(["اعترض", "اعترضت", "اعترضوا", "يعترض", "تعترض", "يعترضون"], ("علي",)),
    **dict.fromkeys(["تطرق", "تطرقت", "تطرقوا", "يتطرق", "تتطرق", "يتطرقون"], ("الي",)),
    **dict.fromkeys(["اصر", "اصرت", "اصروا", "يصر", "تصر", "يصرون"], ("علي",)),
    **dict.fromkeys(["اهاب", "اهابت", "اهابوا", "يهيب", "تهيب", "يهيبون"], ("ب",)),
    **dict.fromkeys(["توقفت", "تتوقف"], ("عند",)),
}
_AR_TRANSITIVE_VERBS = frozenset(
    ["ثمن", "ثمنت", "ثمنوا", "يثمن", "تثمن", "يثمنون", "دحضت", "دحضوا", "يدحض", "تدحض", "يدحضون"]
)
# Cue verbs (of the corpus-mined lexicon) that do not report inside a that-clause with its own subject
# ("أشار فيه إلى أن الرئاسة تثمن دعوة …": the words of the one who says it, not the presidency's).
_AR_NOT_IN_THAT_CLAUSE = (
    frozenset(_AR_SPEAKER_ENDS_AT)
    | _AR_TRANSITIVE_VERBS
    | frozenset(["حكي", "حكت", "حكوا", "يحكي", "تحكي", "يحكون", "لاحظ", "لاحظت", "لاحظوا"])
    | frozenset(["شرح", "شرحت", "شرحوا", "شرحتا", "يشرح", "تشرح", "يشرحون", "يشرحان", "تشرحان"])
    | frozenset(["فسر", "فسرت", "فسروا", "يفسر", "تفسر", "يفسرون", "برر", "برروا", "تحث"])
    | _AR_HOPED
)
_AR_INTERPRETED = frozenset(["فسر", "فسرت", "فسروا", "يفسر", "تفسر", "يفسرون"])
_AR_EXPLAINED_BY = frozenset(["شرح", "شرحت", "شرحوا", "شرحتا", "يشرح", "تشرح", "يشرحون"])
_AR_VAGUE_HOPERS = frozenset(["اخرون", "البعض", "كثيرون", "الكثيرون", "الكثير"])

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
# Words in _AR_PREPS that are also names or titles before a surname ("علي الأحمدي", "أمام").
_AR_NAMES_LIKE_PREPS = frozenset(["علي", "امام"])
# Bodies written with a joined ل before their name ("لجماعة طالبان", "لقوات خفر السواحل").
_AR_JOINED_BODIES = frozenset(
    ["جماعه", "حركه", "تنظيم", "حزب", "قوات", "وزاره", "منظمه", "دوله", "جيش", "مجلس", "هييه"]
)
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
_AR_BIQAWL = frozenset(["بالقول", "بقوله", "بقولها", "بقولهم", "قايلا", "قايله", "قايلين"])
# with المسؤولية after their object ("حمّل الإبراهيمي الطرفين المسؤولية", not "تحمّل المسؤولية"),
_AR_NEEDS_BLAME = frozenset(
    ["حمل", "حملت", "حملوا", "حملتا", "يحمل", "تحمل", "يحملون", "يحملان", "تحملان"]
    + ["محملا", "محمله", "محملين"]
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
_AR_NEEDS_COMMENT = frozenset(["امتنع", "امتنعت", "امتنعوا", "امتنعا", "امتنعتا"])
_AR_COMMENT = frozenset(
    ["التعليق", "التعقيب", "التصريح", "مناقشه", "الخوض", "الادلاء", "الرد", "الكشف", "اي"]
)
# before a ب-threat ("هدد الائتلاف بمقاطعة المؤتمر", not "الخطر الذي يهدد المرقد"),
_AR_NEEDS_THREAT = frozenset(
    ["هدد", "هددت", "هددوا", "هددا", "هددتا", "يهدد", "تهدد", "يهددون", "يهددان", "تهددان"]
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
# Words that open a clause of its own inside a report ("قال X إن … لكنه أكد", "… فيما أكد"): a cue after
# them is no part of the reported content before them.
_AR_OWN_CLAUSE = frozenset(
    ["لكن", "ولكن", "لكنه", "لكنها", "لكنهم", "بينما", "وبينما", "فيما", "وفيما", "حين", "كما"]
    + ["وكما", "ثم", "بل", "اما", "واما", "مضيفا", "مشيرا", "موضحا", "مؤكدا", "موكدا"]
    + ["وهو", "وهي", "وهم"]  # "ودعت موكب الوالد وهي تقول: …": a clause of its own
)
# A verb followed by its own direct speech: "قالت:" "…"", "قال لهم «…»".
_AR_OWN_SPEECH = re.compile(r"\s*(?:(?!ان\s|انه\s|انها\s)[^\s:«\"“]+\s+){0,2}[:«\"“]")
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


# Heads of a noun phrase that names a demand, a fear or an effort, no one who speaks (folded, without
# ال): "مطالب الشعب السوري" wrongly taken as a speaker is never the "he" of a later "وأعرب".
_AR_VOICELESS_HEADS = frozenset(["مطالب", "مخاوف", "مساعي", "تطلعات", "طموحات", "امال", "هموم"])
# Bodies whose head has a verbal noun's shape (folded, without ال): "التنظيم", "التجمع", "التيار".
_AR_MASDAR_BODIES = frozenset(
    ["تنظيم", "تجمع", "تيار", "تحالف", "اتحاد", "ايتلاف", "ادعاء", "اعلام", "اتصالات", "تكتل"]
)
# Singular nouns in -يون that are no nisba plural (folded, without ال): "التلفزيون".
_AR_SINGULAR_UN = frozenset(["تلفزيون", "تليفزيون"])


def _ar_people_plural(word: str, construct: bool = False) -> bool:
    """A folded noun that is many people: a broken plural ("شهود", "خبراء"), a quantifier ("بعض"),
    a sound plural of a participle or a nisba ("المسوولين", "مراقبين", "الاسلاميين", "ناشطون",
    "الباحثين") or, with a noun after it, its construct ("معتقلي غوانتانامو"). Not "مصادر": sources
    relay someone, and the "he" after "وأوضحت المصادر أن السيسي …" is the man they report, whom
    passing over them never finds. Not a name or a singular in -ون/-ين ("ماكلين", "يالجين",
    "عابدين", "التلفزيون", "البنتاغون")."""
    definite = word.startswith("ال") and len(word) > 4
    bare = word[2:] if definite else word
    if bare in _AR_PERSON_PLURALS or bare in _AR_QUANTIFIERS or word in _AR_PERSON_PLURALS:
        return bare != "مصادر"
    if bare.startswith("ما") or bare in _AR_SINGULAR_UN:
        return False  # "ماكلين", "مارتين": a name ("مانحين" is lost with them)
    if construct and len(bare) >= 6 and bare[0] == "م" and bare.endswith("ي"):
        bare += "ن"  # "معتقلي غوانتانامو": the construct of "معتقلين"
    if len(bare) < 6 or not bare.endswith(("ون", "ين")):
        return False
    return (
        bare.endswith(("يون", "يين"))  # a nisba: "الاسلاميين", "دبلوماسيون"
        or bare[0] == "م"  # a participle: "المسوولين", "مراقبين", "متظاهرون"
        # فاعلون: "ناشطون", "الباحثين"; an indefinite "يالجين", "عابدين" is a name
        or len(bare) == 6
        and bare[1] == "ا"
        and (definite or bare.endswith("ون"))
    )


_AR_TALK_TOPIC = frozenset(["حول", "بشان", "بخصوص", "فيه", "فيها"])
# A recording whose contents a following present verb shows ("شريط مصور يوضح …", CONVENTIONS 14)
_AR_RECORDINGS = frozenset(
    ["فيديو", "شريط", "شريطا", "تسجيل", "تسجيلا", "مقطع", "مقطعا", "صور", "صورا", "صوره", "لقطات"]
    + ["مقاطع", "تسجيلات", "شرايط", "لقطه", "مشاهد"]
)


class ArabicRules:
    """The Arabic methods of ``Attributor`` (``_ar_*``)."""

    def _ar_out_of_context(self, start: int, end: int) -> bool:
        """Whether an Arabic cue word that is a report only in context is not one here."""
        text = self.text
        word = text[start:end]
        if word[:1] in "وف" and word[1:] in AR_CUESET.word_info:
            word = word[1:]
        if word in _AR_NOT_IN_THAT_CLAUSE:
            before = re.split(r"[.:؛!?؟\n«\"“]", text[max(0, start - 60) : start])[-1].split()[-3:]
            if any(w.lstrip("وف") in _AR_COMPLEMENTIZERS for w in before[:2]) and not (
                before[-1:] and before[-1].lstrip("وف") in _AR_COMPLEMENTIZERS
            ):
                return True  # "إلى أن الرئاسة تثمن …" (right after أن it is checked as before)
        if word in _AR_INTERPRETED:
            nxt = text[end : end + 20].split()[:1]
            if (
                nxt
                and nxt[0].endswith(("ه", "ها", "هم"))
                and len(nxt[0]) > 4
                and nxt[0][:2] != "ال"
            ):
                return True  # "وفسرت تصريحاته على نطاق واسع …": فُسِّرت, nobody named
        if word in _AR_EXPLAINED_BY:
            nxt = text[end : end + 20].split()[:1]
            if text[start:end] == "شرح" or (
                nxt and ((nxt[0][:1] == "ل" and not nxt[0].startswith("ال")) or nxt[0][:3] == "بال")
            ):
                # "شرح: أشرف أحمد عدرة" (the bare شرح, also the noun, a heading), "يشرح لأتباعه
                # العلاقة …", "ويشرح بالتفصيل …": no subject named
                return True
        if (
            word in {"لاحظت"}
            and text[end : end + 12].split()[:1]
            and (text[end : end + 12].split()[0] in _AR_COMPLEMENTIZERS)
        ):
            return True  # "أيضا لاحظت أنه …": I noticed
        if word == "لاحظ" and text[end : end + 8].split()[:1] in (["معي"], ["معنا"]):
            return True  # "لاحظ معي هنا أن …": notice with me
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
        if word in _AR_NEEDS_PREP_THAT:
            if _AR_IN_CONTENT.search(text, max(0, start - 20), start):
                return True
            prep = _AR_NEEDS_PREP_THAT[word]
            clause = re.split(r"[،,.:؛!?؟\n]", text[end : end + 160], maxsplit=1)[0].split()[:14]
            return not any(
                w == prep and clause[k + 1 : k + 2] and clause[k + 1] in _AR_COMPLEMENTIZERS
                for k, w in enumerate(clause)
            )
        if word in _AR_OBJECTED:
            if _AR_IN_CONTENT.search(text, max(0, start - 20), start):
                return True
            clause = re.split(r"[،,.:؛!?؟\n]", text[end : end + 120], maxsplit=1)[0].split()[:7]
            # (a subject named before على: "وعند انخفاض أسعار الدولار يعترضون على …", "كما اعترض
            # على أن …" have none; "وكان الخطيب قد اعترض على ذلك" has it before the verb)
            before = text[max(0, start - 12) : start].split()[-2:]
            bare = clause[:1] == ["علي"] and not (len(before) == 2 and before[1] == "قد")
            return (
                bare
                or "علي" not in clause[:6]
                or any(w[:1] == "و" and w.lstrip("و") in AR_CUESET.word_info for w in clause)
            )
        if word in _AR_CLAUSE_START_ONLY and text[start] not in "وف":
            lead = text[max(0, start - 12) : start]
            before = lead.split()[-1:]
            if not (
                start == 0
                or lead.rstrip(" ")[-1:] in {"", "\n", ".", "،", ",", ":", "؛"}
                or (before and before[0] in _AR_CLAUSE_LEADS)
            ):
                return True
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
            if word in _AR_SPEAKER_ENDS_AT:
                # "سخر الجيش خلالها جميع إمكاناته من أجل …": a purpose, not what one mocks
                clause = [w for k, w in enumerate(clause) if clause[k + 1 : k + 2] != ["اجل"]]
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
        if word in _AR_FEARED or word in _AR_HOPED:
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
            elif head[-1:] == ["من"] or (word in _AR_HOPED and head[-1:] == ["في"]):
                head = head[:-1]
            if word in _AR_HOPED and head[:1] and head[0] in _AR_VAGUE_HOPERS:
                return True  # "ويأمل آخرون أن …": a vague group (CONVENTIONS 22)
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
        if word in {"توقفت", "تتوقف"}:
            # "وتوقفت صحيفة "الأخبار" … عند تأثير الاستقالة …": a paper dwelling on a story in a
            # press review (not "توقفت المعارك", "تتوقف الحياة عند …")
            words = re.split(r"[.:؛!?؟\n]", text[end : end + 160], maxsplit=1)[0].split()[:12]
            return (
                not words
                or words[0].removeprefix("ال") not in {"صحيفه", "جريده", "مجله"}
                or "عند" not in words[1:10]
                or bool(_AR_IN_CONTENT.search(text, max(0, start - 20), start))
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
            if (
                k > start_i
                and verb_word in _AR_SPEAKER_ENDS_AT
                and any(
                    w == prep or (prep == "ب" and w[:1] == "ب" and w not in _AR_B_NAMES)
                    for prep in _AR_SPEAKER_ENDS_AT[verb_word]
                )
            ):
                end_i = k  # "وقلل دبلوماسي غربي من أهمية …": what he plays down
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
                and (mode in _AR_TRANSITIVE_MODES or verb_word in _AR_TRANSITIVE_VERBS)
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
        if "علي" in _AR_SPEAKER_ENDS_AT.get(verb_word, ()):
            return False  # "لكنه يعترض على قول أوباما بأنه …": the preposition the verb takes
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
            # (a quoted name is the paper's, and ends it: "وتوقفت صحيفة «الأخبار» القريبة من حزب الله
            # عند …" speaks as "صحيفة «الأخبار»")
            papers = {"صحيفه", "جريده", "مجله"}
            if (
                prev in _ANY_QUOTE
                and k >= 2
                and toks[k - 2][2].removeprefix("ال") not in papers
                and any(
                    toks[x][2].removeprefix("ال") in papers for x in range(max(0, k - 6), k - 2)
                )
            ):
                return True
            j = k - 1
            while j > 0 and toks[j][2] in _ANY_QUOTE:
                j -= 1
            prev = toks[j][2]
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
            pieces.append(prop.piece(start, cut))
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

    def _ar_document_owner(self, written: str, cs: int | None) -> str:
        """ "f" or "m" for a cue naming a document whose owner is a pronoun right after it ("وجاء في
        بيان لها:", "وجاء في البيان له"), else ""."""
        words = written.split()
        if cs is None or not any(w.removeprefix("ال") in _AR_DOC_HEADS for w in words[1:]):
            return ""
        after = self.text[cs : cs + 80].split()[len(words) : len(words) + 1]
        pronoun = after[0].rstrip("،,:.") if after else ""
        return {"لها": "f", "له": "m"}.get(pronoun, "")

    def _ar_many(self, span: tuple[int, int]) -> bool:
        """A subject that is many people (_ar_people_plural of its head)."""
        words = self.text[span[0] : span[1]].split()
        head = words[0][2:] if words and words[0].startswith("ال") else "".join(words[:1])
        if not words or len(words) == 1 and head in _AR_QUANTIFIERS:
            return False  # "لكن البعض يشكك … ويرى": "some" alone takes a singular verb
        if any(w in {"مثل", "ومنهم", "منهم", "بينهم"} for w in words):
            return False  # "سياسيين شيعة مثل الربيعي": the one named may be "he"
        return _ar_people_plural(words[0], construct=len(words) > 1)

    def _ar_voiceless(self, span: tuple[int, int]) -> bool:
        """A subject no pronoun verb can mean: a verbal or abstract noun taken for a speaker by a
        wrong cue ("ينشر التطرف", "استمرار إيران في دعم حلفائها", "مطالب الشعب السوري"), with no
        title or known name in it (not a document: "التقرير" speaks; not a body: "التنظيم")."""
        words = self.text[span[0] : span[1]].split()
        if not words:
            return False
        definite = words[0].startswith("ال") and len(words[0]) > 4
        bare = words[0][2:] if definite else words[0]
        tafaul = definite and len(bare) == 4 and bare[0] == "ت"  # تفعّل: "التطرف", "التدخل"
        if not (bare in _AR_VOICELESS_HEADS or _ar_object_noun(bare) or tafaul):
            return False
        if bare in _AR_MASDAR_BODIES or bare in _AR_DOC_HEADS or bare in _AR_SPEECH_NOUNS:
            return False
        if not definite and (len(words) == 1 or _PLACE_TRIE.get(bare) is not None):
            return False  # "تمارا", "تركيا": a name
        if self.text[span[0] - 1 : span[0]] in {"«", '"', "“"}:
            return False  # "«التحرير»": a paper's name
        for w in words[1:]:
            w = w.strip("-–—.()،,:")
            if (w[2:] if w.startswith("ال") else w) in _AR_PERSON_HEADS:
                return False  # "التنمية علاء أبو النصر، عضو مجلس …", "… د. مصطفى -رئيس": a person
        return self.known is None or self.known(" ".join(words)) is None

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
