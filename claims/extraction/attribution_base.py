"""What the Arabic and English rules of the attributor share: the token pattern, the proposition type,
the lexicons and helpers both languages (or the core) read. See attribution.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import itemgetter

from claims.extraction.cues import (
    AR_CUESET,
    PARTICIPLE,
    PASSIVE,
    Cue,
    guarded,
)

# A word (runs of word characters joined by - ' ’ .) or one other non-space character; the word part is
# \w[\w\-'’.]*\w|\w written so that the engine does not backtrack from the end of every word. The
# quantifiers are possessive: giving back a character can never make another match here (nothing follows
# the alternation), so the tokens are those of the greedy form, found faster (tokenising is ~7% of
# extract()).
TOKEN = re.compile(r"\w++(?:[\-'’.]++\w++)*+|[^\w\s]")
_OPEN_QUOTES = "«“\"„'‘"
_ANY_QUOTE = '«»“”"„'
# [،,;] | \s[-–—]\s | \)\s*[-–—]+ | [-–—]{2,}, written to start with one character class (the branches
# start with different characters), which the regex engine skips to in C.
_COMMA = re.compile(r"[،,;\s)\-–—](?:(?<=[،,;])|(?<=\s)[-–—]\s|(?<=\))\s*[-–—]+|(?<=[-–—])[-–—]+)")

# Folded Arabic word lists.
_AR_COMPLEMENTIZERS = frozenset(
    ["ان", "انه", "انها", "انهم", "انهما", "انما", "بان", "بانه", "بانها", "بانهم", "لان"]
    + ["اننا", "انني", "انكم", "باننا", "بانني"]  # "وقال إننا نعمل …": a first-person content
    + ["فانه", "فانها", "فانهم"]  # "ومن هذا المنطلق، فإنها ترى …": no speaker
)


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
# Documents a body issues: "حصيلة للمرصد" is the Observatory speaking (folded).
_AR_DOC_HEADS = frozenset(
    ["حصيله", "بيان", "تقرير", "احصاييه", "ارقام", "معطيات", "بيانات", "تصريحات", "تقديرات"]
)
# Plurals of documents and figures (folded, without ال): grammatically feminine singular.
_AR_NONHUMAN_PLURALS = frozenset(
    ["تقديرات", "احصاءات", "احصاييات", "معطيات", "بيانات", "تصريحات", "ارقام", "معلومات", "تقارير"]
)
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


def _ar_participle(word: str) -> bool:
    """A participle cue word ("قائلا", "مشيرا", "ومضيفا"): never the end of a speaker's name."""
    word = word.strip('،,:;."“”«»')
    for form in (word, word[1:] if word[:1] == "و" else ""):
        cue = AR_CUESET.word_info.get(form)
        if cue is not None and cue.kind == PARTICIPLE:
            return True
    return False


# Head nouns of a body (folded): after و, with a definite complement, a second body that speaks too.
_AR_JOINT_HEADS = frozenset(
    ["وزاره", "قياده", "مكتب", "مجلس", "لجنه", "حزب", "حركه", "جماعه", "قوات", "جيش", "رياسه"]
    + ["برنامج", "صندوق", "منظمه", "مفوضيه", "هييه", "مركز", "مرصد", "اتحاد", "جمعيه", "جبهه"]
    + ["ايتلاف", "تحالف", "شرطه", "سفاره", "بعثه", "محكمه", "نقابه", "بنك", "شركه", "جامعه", "لجان"]
    + ["وكاله", "حكومه", "اداره", "سلطات", "منظمات", "وزارات", "مجموعه", "صحيفه"]
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
_AR_COORD = re.compile(
    r"[،,]?\s+(?:بالاضافه\s+الي|اضافه\s+الي|فضلا\s+عن|و?علي\s+لسان)\s+|\s+(?=و\S{3,})"
)
# "مصدر أمني طلب عدم الكشف عن هويته": the rest describes the source's anonymity, not a second voice.
_AR_DROP_SPEAKER = re.compile(
    r"^و?(?:غير|غيرها|غيره|سواها|اخرين|اخري|مقره|مقرها|طلب|طلبت|طلبا|طلبوا|رفض|رفضت|رفضوا|رافضا|رافضه|فضل|فضلت|اشترط)\b"
)
_AR_LINK_PREPS = frozenset(["الي", "علي", "عن", "من", "ب", "ل", "في"])
_AR_RELATIVE = frozenset(["الذي", "التي", "الذين", "اللذين", "اللتين", "ما", "مما"])
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
# How long (in characters from its content start) a proposition must be before _split_long cuts it at
# _AR_CLAUSE / _EN_CLAUSE. Arabic run-on sentences join clauses with "، و" far more often than English
# ones do, so they are cut from a shorter length; English gains nothing from a lower one.
_AR_LONG_PROP = 160
_EN_LONG_PROP = 240
# Below this length (Arabic), "، و" cuts only before a word that opens a clause (_ar_and_opens_clause):
# the shorter the sentence, the likelier "، و" joins the items of a list.
_AR_STRICT_BELOW = 240
_AR_BUT_CLAUSE = re.compile(r"[،,]\s*(?=(?:لكن|ولكن|لكنه|لكنها)\s)")
_AR_AND_WHICH = re.compile(r"\s(?=(?:والذي|والتي|والذين)\s)")
# A newspaper named anywhere ("وإلى صحيفة التايمز التي نشرت …", "واخترنا من صحيفة الديلي تلغراف مقالا"):
# the paper a later "وتقول الصحيفة" means in a press review, even when it was never a speaker.
_AR_PAPER_NOUNS = frozenset(["الصحيفه", "الجريده", "المجله"])
_EN_CLAUSE = re.compile(
    r"[,;]\s+(?=(?:while|whereas|and\s+(?:the|a|an|it|he|she|they|[A-Z]))\b)|\s(?=while\s)"
    # without the comma (text that lost its punctuation): "but …", "and they …", "and that …"
    r"|\s(?=(?:but(?!\s+also\b)|whereas)\s)|\s(?=and\s+(?:that|they|he|she|we|would|will)\s)"
)
_AR_APPOSITION = frozenset(["وهي", "وهو", "وهم", "التي", "الذي", "الذين"])
_AR_CUT_WORDS = frozenset(
    ["عبر", "خلال", "في", "فيما", "الي", "علي", "عن", "امام", "حول", "ضمن", "لدي"]
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
    # justified (a ب-reason or أن), appealed to (a ب-addressee), mocked (من), played down (من):
    # "وبرر هيغ هذا الإجراء بالقول …", "وأهابت الرئاسة بجميع القوى …", "وسخر كيري من الحديث عن …",
    # "وقلل دبلوماسي غربي من أهمية الاتصالات"
    **dict.fromkeys(["برر", "برروا"], frozenset(["ب", "None"])),
    **dict.fromkeys(["اهاب", "اهابت", "اهابوا", "يهيب", "تهيب", "يهيبون"], frozenset(["ب"])),
    **dict.fromkeys(["سخر", "سخرت", "سخروا"], frozenset(["من", "ممن"])),
    **dict.fromkeys(["قلل", "قللت", "قللوا", "يقلل", "تقلل", "يقللون"], frozenset(["من"])),
}
_AR_MANNER = frozenset(["ضمنا", "ضمنيا", "بشده", "تماما", "قطعيا", "بدوره", "بدورها"])
_AR_COMMENTED = frozenset(["علق", "علقت", "علقوا", "يعلق"])
# ruled out (not "استبعد من القائمة", "استبعد فيه", excluded): anything but من / فيه / عن after it
_AR_RULED_OUT = frozenset(
    ["استبعد", "استبعدت", "استبعدوا", "استبعدا", "استبعدتا", "يستبعد", "تستبعد", "يستبعدون"]
    + ["يستبعدان", "تستبعدان"]
)
# A named party's hope (checked as its fear in attribution_ar): "وتأمل السلطات أن …" opens its own
# clause, its subject after it (not "لكن الممر بحالة معقولة نسبيا وتأمل السلطات أن …": the words
# before it are no subject).
_AR_HOPED = frozenset(["يامل", "تامل", "ياملون", "املت", "املوا"])
# The cues checked by ``_AR_NEEDS_LINK`` and ``_AR_RULED_OUT``, and the hope verbs (few articles use
# them; a pronoun subject is taken only after "و" or "لكنه").
_AR_LINKED_CUES = frozenset(_AR_NEEDS_LINK) | _AR_RULED_OUT | _AR_COMMENTED | _AR_HOPED
# what ties a verb's pronoun subject to the speaker before ("لكنه استبعد", "ولم يستبعد", "فقد شكك")
_AR_TIED_BEFORE_VERB = frozenset(
    ["لكنه", "لكنها", "ولكنه", "ولكنها", "ولم", "ولا", "فلا", "فلم", "وقد", "فقد", "كما"]
)
# Words between a title and a surname that make the title another office ("رئيس الوزراء التركي" is not
# "الرئيس التركي"; see ``resolve``).
_AR_NOT_A_NAME_GAP = frozenset(["وزراء", "الوزراء", "برلمان", "البرلمان", "مجلس", "حكومه", "اركان"])
# Verbs that issue a document before it ("وأصدر المفتش العام بيانا", see _ar_document_speaker).
_AR_ISSUING_VERBS = frozenset(
    ["اصدر", "اصدرت", "اصدروا", "نشر", "نشرت", "نشروا", "وزع", "وزعت", "تلا", "تلت", "القي"]
    + ["القت", "بث", "بثت", "وجه", "وجهت", "ارسل", "ارسلت", "كتب", "كتبت", "كتبوا"]
)
# The pronoun of a document or speech event a verb speaks in ("بيانا أعلن فيه", "خطاب … وتوعد خلاله"),
# with the gender of the noun it points back to (see _ar_document_speaker).
_AR_IN_DOCUMENT = {"فيه": "m", "خلاله": "m", "فيها": "f", "خلالها": "f"}
# A relative pronoun or an apposition's pronoun closing a speaker span ("رنا وهي", "المصدر الذي").
_AR_TRAILING_RELATIVE = re.compile(r"\s+(?:وهي|وهو|وهم|وهما|الذي|التي|الذين|اللذين|اللتين)$")
# Words after which عبر is "expressed", not "across" (see Attributor._cues)
_AR_BEFORE_EXPRESSED = frozenset(
    ["قد", "وقد", "فقد", "كما", "وكما", "حيث", "بدوره", "بدورها", "وبدوره"]
    + ["جانبه", "جانبها", "جهته", "جهتها", "ناحيته"]
)
# with the demand after them ("تظاهر الأهالي … مطالبين بـ …"),
_AR_NEEDS_DEMAND = frozenset(
    ["تظاهر", "تظاهرت", "تظاهروا", "تظاهرتا", "اعتصم", "اعتصمت", "اعتصموا", "اعتصمتا"]
)
_AR_CHARGES = re.compile(
    r"(?:ال)?(?:اتهام|ادعاء|انتقاد)(?:ات)?(?:ه|ها|هم)?$|(?:ال)?مزاعم(?:ه|ها|هم)?$"
)
# Words before "يتوقع / من المتوقع" that make the expectation someone's (or a relative clause's).
_AR_OWN_EXPECTATION = [[w] for w in ("ان", "انه", "انها", "بانه", "لكنه", "لكنها", "التي", "الذي")]
# a passive expectation or belief right before a verb: "ويتوقع أن / من المتوقع أن / يعتقد أن"
_AR_EXPECTED_BEFORE = re.compile(
    r"(?:يتوقع|المتوقع|يعتقد|المعتقد)\s+(?:علي\s+نطاق\s+واسع\s+)?(?:ان|بان)\s+$"
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
_AR_DENIAL_FORMS = re.compile("ن(?:ف(?:اه|ته|يه|وه|ونه|اها|تها|يها|وها)|كر(?:ه|ته|وه|ونه|ها))")
_AR_REJECTION_FORMS = re.compile("رفض(?:ه|ته|ها)")
_AR_CONTRARY_TO = re.compile(
    r"(?:خلافا|على\s+عكس|عكس)\s+(?:لما|ما)\s+(?:ذكر|قال|اعلن|اكد|اورد|نشر|زعم|ادعا|افاد)"
    r"(?:ه|ته|وه)\s+"
    r"([^\s،,.:؛«»\"“”()]+(?:\s+(?!في|من|علي|عن|امس|اليوم)[^\s،,.:؛«»\"“”()]+){0,5})"
)
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
_EN_SUBORDINATE_IN_SPEAKER = re.compile(
    r"\b(?:(?<!known\s)(?<!identified\s)(?<!only\s)(?<!described\s)(?<!named\s)(?<!such\s)"
    r"(?<!well\s)(?<!same\s)as(?!\s+(?:a\s+result|well|part|of|long|soon)\b)"
    r"|while|when|after|because|since|although|though|whereas|before)\s+(?=the\s|a\s|an\s|[A-Z])"
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
# The toll and figure cues (cues._EN_MULTI_VERBS): "gave a lower toll", "puts the figure at"
_EN_TOLL_CUE = re.compile(r"(?:gave|given|gives|put|puts|updated|updates|revised|revises)\s", re.I)
# A quotation opened right after the verb and a comma or colon: 'AFP also reports, "…"', 'He asked, "…"'
_EN_FRAME_QUOTE = re.compile(r"\s*[,:]\s*[\"“](?=\w)")
_EN_DOCUMENT_HEADS = frozenset(
    ["toll", "report", "count", "survey", "statement", "figures", "website", "page", "document"]
)
_EN_PLACE_PREPS = frozenset(["to", "in", "at", "from", "on", "with", "by", "into"])
_EN_RELATIVE_IN_SPEAKER = re.compile(r",?\s+(what|which|who|whom|where)\s+")
_EN_QUOTED_AS_SAYING = re.compile(
    r"\s+((?:a|an|the|its|his|her|their|[A-Z][\w'’-]*)(?:[\s,]+[\w'’.-]+){0,8}?)"
    r"(?:,?\s+(?:on|late|early|last|this|earlier)\s+\w+)?,?\s+as\s+saying\b"
)
_EN_SPEAKER_TIME = re.compile(
    r"\s+(?:on|late|early|last|this|earlier|later)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|week|month|year|night|morning|evening|weekend)\b|\s+(?:yesterday|today)\b"
    r"|\s+(?:on|in)\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b(?:\s+\d{1,2}\b)?(?:\s+\d{4}\b)?"
)
# Verb forms that are also nouns: a cue only in a verb position (see _en_verb).
_EN_NOUN_VERBS = frozenset(
    ["claims", "claim", "reports", "report", "estimates", "estimate", "demands", "demand"]
    + ["pledges", "pledge", "vows", "vow", "tweets", "slams", "mentions", "recall"]
    + ["fears", "fear"]
)
# Base forms: a report only after their subject, not as an infinitive or after a modal.
_EN_BASE_VERBS = frozenset(
    ["tell", "announce", "declare", "report", "claim", "allege", "reject", "condemn", "slam"]
    + ["warn", "threaten", "accuse", "confirm", "insist", "argue", "explain", "urge", "demand"]
    + ["admit", "acknowledge", "estimate", "describe", "add", "affirm", "assert", "emphasise"]
    + ["emphasize", "reiterate", "indicate", "reveal", "recall", "recount", "vow", "pledge"]
    + ["denounce", "decry", "deplore", "lambast", "maintain", "predict", "outline", "suggest"]
)
# A relay inside a sentence with its own speech verb: "According to AFP, the Arab League said …",
# "… Zarif said according to the English-language Press TV report", "The state-run Anadolu Agency citing
# military officials said …", "Citing medical sources the monitoring group said …" (convention EN-7:
# both voices)
_EN_RELAY = re.compile(r"\b(?:[Aa]ccording\s+to|[Cc]iting|[Qq]uoting)\s+")
_EN_BELIEF_OPENERS = frozenset(["and", "but", "as", "because", "while", "since", "so", "although"])
_EN_DECLARED_ACT = re.compile(
    r"\s+(?:(?:an?|its|the|their)\s+)?(?:(?:self-styled|so-called|Islamic)\s+)?"
    r"(?:caliphate|state\s+of\s+emergency|martial\s+law|curfew)\b",
    re.IGNORECASE,
)
_EN_CONDEMNED_TO = re.compile(
    r"(?:\s+[\w'’-]+){0,6}?\s+to\s+(?:death|die|life|a\s+life|prison|jail|years|poverty|misery)\b"
)
_EN_CONDITIONAL = (["if"], ["If"], ["once"], ["Once"], ["unless"], ["Unless"])
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
_EN_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "his", "her", "their", "this", "another", "one"]
)
_EN_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you"])
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

    def piece(self, start: int, end: int) -> Prop:
        """The part [start, end) of this proposition, cut at a clause: the same voice, cue and speakers;
        the hedge cue and the content start stay with the first piece."""
        first = start == self.start
        return Prop(
            start=start,
            end=end,
            kind=self.kind,
            mode=self.mode,
            polarity=self.polarity,
            cue=self.cue,
            hedge_cue=self.hedge_cue if first else "",
            content_start=self.content_start if first else start,
            carried=list(self.carried),
        )


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


def _cap(word: str) -> bool:
    """Capitalised, also after a particle ("al-Jayrudi", "el-Sisi"), or a number."""
    if not (word[0].isalnum()):
        return False
    return (
        word[0].isupper() or word[0].isdigit() or any(p[:1].isupper() for p in word.split("-")[1:])
    )


def _en_finite(word: str) -> bool:
    """A word that makes a clause of what it is in ("died", "injured", "was"), not a noun phrase."""
    low = word.lower()
    return word.islower() and (
        low in _EN_CLAUSE_WORDS
        or low in {"died", "hit", "fell", "came", "went", "took", "made", "gave", "left"}
        or (low.endswith("ed") and "-" not in low and low not in _EN_NP_WORDS)
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
# "على حد تعبيره", "بحسب وصفهم", "على حد قولهم": his (their) words, the speaker a pronoun
_AR_HIS_WORDS = frozenset(
    ["قوله", "قولها", "قولهم", "تعبيره", "تعبيرها", "تعبيرهم", "زعمه", "زعمها", "زعمهم"]
    + ["وصفه", "وصفها", "وصفهم"]
)
_AR_SHOWING = frozenset(
    ["يوضح", "توضح", "يبين", "تبين", "يكشف", "تكشف", "يظهر", "تظهر", "يؤكد", "تؤكد"]
    + ["يوكد", "توكد"]
)
