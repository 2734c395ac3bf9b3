"""Cue lexicons: the words that attribute a proposition to a voice, in Arabic and English.

Arabic cues are written in the *folded* spelling (أ إ آ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, no diacritics
or tatweel) and matched against a folded copy of the text of the same length (see ``fold``), with an optional
attached و / ف. Everything is compiled once into one alternation per language.
"""

from __future__ import annotations

import re
import re._constants as re_constants
import re._parser as re_parser
from bisect import bisect_right
from dataclasses import dataclass

# Cue types.
VERB = "verb"  # reporting verb: speaker before (SVO) or after (VSO) it, content after it
ACCORDING = (
    "according"  # بحسب / according to: speaker after it, content before (or after, at clause start)
)
PARTICIPLE = "participle"  # مشيراً إلى / adding that: the same speaker goes on
PASSIVE = "passive"  # أفيد / it was reported: nobody named
OUTLET = "outlet"  # يذكر أن / يبدو أن: the outlet's own voice

_SAME_LENGTH_PAIRS = tuple(
    (chr(k), v)
    for k, v in str.maketrans(
        {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
    ).items()
)
_DIACRITICS = (
    "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a\u0640\u0670"
    + "".join(chr(c) for c in range(0x064B, 0x0660))
)
_DIACRITIC_RE = re.compile(f"[{_DIACRITICS}]")


def fold(text: str) -> tuple[str, list[int] | None]:
    """Fold Arabic letter variants; drop diacritics and tatweel.

    Returns the folded text and, when characters were dropped, the folded positions after which the
    dropped ones were (sorted, one entry per dropped character): see ``unfold``."""
    folded = text
    for old, new in _SAME_LENGTH_PAIRS:
        if old in folded:
            folded = folded.replace(old, new)
    removed = [m.start() for m in _DIACRITIC_RE.finditer(folded)]
    if not removed:
        return folded, None
    # The k-th dropped character sits at original index r_k, that is after folded index r_k - k.
    return _DIACRITIC_RE.sub("", folded), [r - k for k, r in enumerate(removed)]


def unfold(index: int, shifts: list[int] | None) -> int:
    """The original index of folded ``index``."""
    return index if shifts is None else index + bisect_right(shifts, index)


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    mode: str
    polarity: str = "affirm"
    hedge: bool = False


def _forms(*words: str) -> list[str]:
    return [w for group in words for w in group.split()]


# Dual verb forms ("قالا", "أكدتا", "يقولان"): a verb before its subject is singular, so a dual has its
# subject in it (filled in by ``_conj`` and below).
_AR_DUALS: set[str] = {"نفتا", "ينفيان", "تنفيان", "ابديا", "ابدتا", "ادعيا", "ادعتا", "دعتا"}
_AR_DUALS.update(["يدعوان", "تدعوان"])


def _conj(past: str, present: str = "", *, dual: bool = True) -> list[str]:
    """The forms of a sound reporting verb from its past (3rd masc. sing.) and present stems, folded.

    قال/قول → قال قالت قالوا قالا قالتا يقول تقول يقولون يقولان تقولان. ``dual=False`` leaves out the
    masculine dual "Xا", which for some verbs is also an accusative noun ("طلباً", "قدراً", "تابعاً")."""
    forms = [past, past + "ت", past + "وا", past + "تا"] + ([past + "ا"] if dual else [])
    _AR_DUALS.update([past + "تا"] + ([past + "ا"] if dual else []))
    if present:
        forms += ["ي" + present, "ت" + present, "ي" + present + "ون", "ي" + present + "ان"]
        forms += ["ت" + present + "ان"]
        _AR_DUALS.update(["ي" + present + "ان", "ت" + present + "ان"])
    return forms


def _verbs(*groups: list[str] | str) -> list[str]:
    """Conjugated forms (lists from ``_conj``) and hand-written forms (space-separated strings)."""
    out: list[str] = []
    for group in groups:
        for form in group.split() if isinstance(group, str) else group:
            if form not in out:
                out.append(form)
    return out


# mode -> forms (folded): every past form (3rd person, sing./pl./dual) and, where it reads as a report,
# the present ones; و/ف are allowed in front by the pattern. Defective verbs (نفى، دعا، أبدى) are written
# out by hand. Forms that are ambiguous with common nouns or prepositions (عبر "across", طلب "request",
# رأي "opinion", كتب "wrote", حمل "carried") are checked in context by the attribution pass.
_AR_VERBS: dict[str, list[str]] = {
    "said": _verbs(
        _conj("قال", "قول"),
        _conj("تحدث"),  # not the present "يتحدث اللهجة", "كان يتحدث إلى جوار كيري"
        _conj("تساءل", "تساءل"),
        _conj("اجاب", "جيب"),  # "أجاب أنه لا يزال ينتظر …"
        _conj("كتب", "كتب", dual=False),  # only before أن / a colon / a quotation
        _conj("غرد", "غرد", dual=False),  # tweeted: likewise
        # commented: "وعلقت صحيفة «نيويورك تايمز» على تلك القضية بأن …" (only on something, with
        # the words after it: not "علقت هذا التعاون", suspended)
        "علق علقت علقوا يعلق",
        # narrated: "وتروي ساندرا أن …", "يروي أنه …"; only before أن / a colon / a quotation
        # ("يروي تجاربه", "روى قصصا" tell stories, the outlet's description)
        "روي روت رووا روتا يروي تروي يروون يرويان ترويان",
        # "واكتفى بالقول إن …", "ورد خامنئي بالقول: …", "وسارع الوزير بالقول إن …": only with
        # بالقول right after the verb and its subject (checked by the attribution pass)
        "اكتفي اكتفت اكتفوا اكتفيا اكتفتا رد ردت ردوا ردا ردتا سارع سارعت سارعوا سارعا سارعتا",
        # told: "حكى مؤمن أنه تم نقله …" (only before أن / a colon / a quotation, as روى: "يحكي الفيلم
        # قصة …" tells a story)
        "حكي حكت حكوا يحكي تحكي يحكون",
    ),
    "announced": _verbs(
        _conj("اعلن", "علن"),
        _conj("تعهد", "تعهد", dual=False),
        # a promise is a speech act (CONVENTIONS 20): "ووعد داود أوغلو بتعزيز الإجراءات الأمنية";
        # past forms only (يعد/تعد is "is considered"), and only before a ب-promise or أن
        "وعد وعدت وعدوا وعدا وعدتا",
    ),
    "confirmed": _verbs(
        _conj("اكد", "وكد"),
        _conj("شدد", "شدد"),
        "اكدته",
        _conj("جدد", "جدد"),  # only "جدد التأكيد / دعوته / رفضه …": not "جددت الطائرات غاراتها"
        _conj("كرر", "كرر"),  # "وكرر قوله بأن …", not "كررت الطائرات غاراتها"
        # reaffirmed: "وأعاد الوزراء تأكيد الالتزامات" (only with تأكيد after it, not "أعاد فتح المعبر")
        "اعاد اعادت اعادوا اعادا اعادتا",
        # insisted: "ويصر المسؤولون الأمريكيون على أن إيران قدمت تنازلات" (only before على أن)
        "اصر اصرت اصروا يصر تصر يصرون",
    ),
    "reported": _verbs(
        _conj("افاد", "فيد"),
        _conj("ذكر"),
        _conj("اورد", "ورد"),
        _conj("نقل", "نقل", dual=False),
    ),
    "explained": _verbs(
        _conj("اوضح", "وضح"),
        # a cause given: "وأرجع السعيدي ما تعرضت له السعودية … إلى …", "وعزا المعايطة القرار إلى …"
        # (only with إلى in the clause; the present يرجع is "is due to")
        _conj("ارجع"),
        "عزا عزوا يعزو تعزو",
        # بيّنت / يبيّن (the bare بين is "between", تبيّن "it turned out"); only before أن / a colon
        "بينت بينتا بينوا يبين يبينان يبينون",
        "ابان ابانت ابانوا",  # "وأبان شكري أن …"; إبّان "during" has no أن after it
        "بين",  # "وبين أن وجودهم …" (بيّن): only with و and أن right after it
        # "ويشرح خليل أن «هناك برنامجا سياسيا …»", "وفسر X ذلك بأن …": only before أن / a colon / a
        # quotation (the noun شرح, "ما يفسر ذلك" a cause)
        _conj("شرح", "شرح", dual=False),
        "فسر فسرت فسروا يفسر تفسر يفسرون",
        # justified: "وبرر هيغ هذا الإجراء بالقول إنه …" (only before a ب-reason or أن; not بررت, also
        # "I justified")
        "برر برروا",
    ),
    "pointed_out": _verbs(
        _conj("اشار", "شير"),
        _conj("لفت", "لفت"),
        _conj("نوه", "نوه"),
        # hinted: "ولمح نتنياهو إلى المخاطر …", "والمح بانيتا إلى أن …" (only before إلى / أن)
        _conj("المح", "لمح"),
        "لمح لمحت لمحوا لمحتا",
        # noted: "ولاحظت صحيفة «واشنطن بوست» أن …" (past forms, only before أن / a colon / a quotation)
        "لاحظ لاحظت لاحظوا",
        # touched on: "وتطرق الباحث … إلى أن تنظيم «داعش» يسعى …" (only before إلى أن: "تطرق إلى
        # القطاع السياحي" names a topic)
        "تطرق تطرقت تطرقوا يتطرق تتطرق يتطرقون",
    ),
    "added": _verbs(
        _conj("اضاف", "ضيف"),
        _conj("تابع", dual=False),
        _conj("استطرد", "ستطرد"),
        _conj("اردف", "ردف"),
        _conj("ختم", dual=False),  # "وختمت الوزارة بأن …": only before أن / a colon / a quotation
        _conj("اختتم"),  # "واختتم شترايتر تصريحاته بالقول إن …": likewise
        _conj("خلص", dual=False),  # "وخلص التقرير إلى أن …": likewise
        "مضي مضت مضوا مضيا مضتا",  # "ومضى الصبيحي بالقول …": only before بالقول, as اكتفى
    ),
    "stated": _verbs(
        _conj("صرح", "صرح"),
        _conj("اعرب", "عرب"),
        "ابدي ابدت ابدوا ابديا ابدتا يبدي تبدي",  # not يبدون "they seem"
        "عبر عبرت عبروا",
        _conj("نص", "نص", dual=False)[1:],  # "ينص القرار على …": only before على
        _conj("امتنع"),  # "وامتنعت وزارة الدفاع عن التعقيب": only before عن التعليق/التعقيب …
    ),
    # welcoming a decision is a stance taken in public, like praising it ("رحب الوزير بأي اتفاق …")
    "praised": _verbs(
        _conj("اشاد"),
        _conj("رحب", "رحب", dual=False),
        # "وأثنى الرئيس الأميركي باراك أوباما على المساعدة …" (only before على; not "اثني عشر")
        "اثني اثنت اثنوا اثنيا اثنتا يثني تثني يثنون",
        # commended: "فيما ثمن محمد طه … الإنجاز الأمني" (the bare ثمن, also the noun "price", only at
        # the start of a clause)
        "ثمن ثمنت ثمنوا يثمن تثمن يثمنون",
    ),
    "denied": _verbs(
        "نفي نفت نفوا نفيا نفتا ينفي تنفي ينفون ينفيان تنفيان",
        _conj("انكر", "نكر"),
        _conj("فند", "فند"),  # "فند رئيس البلدية مزاعم حزب الله": refuted
        # ruling out and casting doubt ("ولم يستبعد البكري أن يكون …", "وشكك عبد الرحمن بوجود
        # اتصالات …"): checked in context by the attribution pass
        _conj("استبعد", "ستبعد"),
        _conj("شكك", "شكك"),
        # rejecting accusations is denying them ("ورفض البيت الأبيض … الاتهامات التي وجهتها …"):
        # only with such a noun as its object (not "رفض التعليق", "رفضت تزويد المعارضين بالأسلحة")
        "رفض رفضت رفضوا رفضتا",
        # refuted: "ودحضت المحامية ليئا تسيمل ادعاءات الأمن الإسرائيلي بأن …" (not the bare دحض, also
        # the verbal noun: "ونشر الصدق ودحض الكذب")
        "دحضت دحضوا يدحض تدحض يدحضون",
        # played down, a dismissal: "وقلل دبلوماسي غربي … من أهمية الاتصالات" (only before من)
        "قلل قللت قللوا يقلل تقلل يقللون",
    ),
    "claimed": _verbs(_conj("زعم", "زعم"), "ادعي ادعت ادعوا ادعيا ادعتا"),
    "accused": _verbs(
        _conj("اتهم", "تهم"),
        _conj("حمل", dual=False),  # "حمّل X المسؤولية": only with المسؤولية in the clause
        "نسبته نسبتها نسبوه نسبوها",  # "هجوم نسبته السلطات إلى التمرد الكردي": only before إلى
        # "نسبت هيئة أركان الجيش التركي الهجوم إلى …": only with its subject and object before إلى (not
        # the passive "ونُسب الهجوم إلى …", nor the noun نِسَب "ratios")
        "نسب نسبت نسبوا",
        # traded accusations: "وتتبادل الحكومة السورية والمعارضة الاتهامات بشأن …" (only with the
        # charges or the blame as object; "تبادل الأسرى" is an exchange); the bare تبادل, also the
        # noun ("وتبادل الاتهامات", "مركز تحليل وتبادل معلومات"), is a phrase below
        _conj("تبادل", "تبادل")[1:],
    ),
    "warned": _verbs(
        _conj("حذر", "حذر", dual=False),
        _conj("توعد", "توعد"),
        # "ونبه الأمين العام … إلى التحولات": only before إلى / أن / a quotation / a ب-warning
        _conj("نبه", "نبه"),
        _conj("امهل", "مهل"),
        # "هدد الائتلاف بمقاطعة المؤتمر": past forms only (not "الوباء يهدد بـ"), before a ب-threat
        _conj("هدد"),
    ),
    "called_for": _verbs(
        _conj(
            "اقترح", "قترح"
        ),  # "واقترح في ختام حديثه أن …": only before أن / a colon / a quotation
        _conj("طالب", "طالب", dual=False),
        "دعا دعت دعوا دعتا يدعو تدعو يدعون يدعوان تدعوان",
        _conj("ناشد", "ناشد"),
        # recommended: "وأوصى التقرير بإصدار تشريع …" (only before a ب-recommendation or أن)
        "اوصي اوصت اوصوا اوصتا يوصي توصي يوصون",
        # declared openly: "جاهرت رنا … بتأييدها لمبادرة الخطيب" (likewise)
        "جاهر جاهرت جاهروا",
        _conj("حث", dual=False),
        # "وتحث الخارجية المواطنين الأمريكيين على أن …" (not يحث: "كان يحث السوريين على …" has its
        # subject before it, "يحث الخطى" hastens)
        "تحث",
        # appealed: "وأهابت الرئاسة بجميع القوى الوطنية … أن تقف …" (only before a ب-addressee)
        "اهاب اهابت اهابوا يهيب تهيب يهيبون",
        "طلب طلبت طلبوا",
        # "تظاهر أهالي العسكريين … مطالبين بخطوات أكثر جدية": only with such a participle after it
        _conj("تظاهر", dual=False),
        _conj("اعتصم", dual=False),
    ),
    "published": _verbs(
        "نشر نشرت نشروا ينشر تنشر بث بثت بثوا عرض عرضت عرضوا يعرض",
        # sending a letter or a message is a speech act: "وبعث نتنياهو رسالة علنية الى اعضاء
        # الكونغرس" (only with the letter as object; not "وجه" face, "وجهت الطائرات ضربات")
        "بعث بعثت بعثوا وجه وجهت وجهوا ارسل ارسلت ارسلوا",
    ),
    # a press review's paper that covers a story speaks for it (CONVENTIONS 20, 22): "تناولت الصحيفة
    # البريطانية، خبر …" (only with one paper as its subject: not "تناولت المباحثات …")
    "covered": [
        "تناولت",
        # "وتوقفت صحيفة "الأخبار" القريبة من حزب الله عند تأثير الاستقالة …", "وتتوقف الصحيفة عند
        # زيارة الرئيس الإيراني لتقول إن …" (only with a paper as subject and عند after it)
        "توقفت",
        "تتوقف",
    ],
    "considered": _verbs(
        _conj("اعتبر", "عتبر"),
        "وصف وصفت وصفوا يري تري يرون يعتقد تعتقد يعتقدون",
        "راي رات راوا",
        # agreed as one: "واجمع المحللون على ان …" (only before على أن, not "العالم أجمع")
        "اجمع اجمعت اجمعوا",
        # a named party's fear (CONVENTIONS 22): "وتخشى إسرائيل أن …", "ويتخوف معارضون سوريون من أن
        # …"; only before أن in its clause ("يخشى عقاب والده" fears a thing; the bare تخوف is also
        # the noun "fear")
        "خشي خشيت خشوا يخشي تخشي يخشون تخوفت تخوفوا يتخوف تتخوف يتخوفون",
        # a named party's hope, as its fear: "وتأمل الولايات المتحدة وتركيا في أن …" (only before
        # (في) أن; the bare أمل is the noun "hope", "على أمل أن …")
        "يامل تامل ياملون املت املوا",
    ),
    "revealed": _verbs(_conj("كشف", "كشف", dual=False)),
    "acknowledged": _verbs(_conj("اقر", "قر"), _conj("اعترف", "عترف")),
    "told": _verbs(_conj("ابلغ"), _conj("اخبر", "خبر")),
    "documented": _verbs(
        _conj("وثق", dual=False),
        _conj("رصد", dual=False),
        # counted: "وقبل سنة احصت الامم المتحدة 33 الف لاجىء", "أحصى المرصد مقتل …" (past forms)
        "احصي احصت احصوا",
    ),
    "claimed_responsibility": _forms("تبني تبنت تبنوا"),
    "condemned": _verbs(
        "دان دانت دانوا",
        _conj("ادان"),
        _conj("ندد", "ندد"),
        _conj("استنكر", "ستنكر"),
        # "وانتقدت الجبهة خطة تركيا": criticising is a speech act; past forms only (not "ألا ينتقد")
        _conj("انتقد"),
        # mocked: "وسخر كيري من الحديث عن …" (only before من; not "سخّر لهذا الإنسان", subjected)
        "سخر سخرت سخروا",
        # objected: "واعترض حزب الله على تمديد …" (only with على right after its named subject: not
        # "اعترض طريقه", blocked, nor "اعترضت اتصالاتها", intercepted)
        "اعترض اعترضت اعترضوا يعترض تعترض يعترضون",
    ),
    "expected": _verbs(_conj("توقع", "توقع", dual=False), "رجح رجحت"),
    "estimated": _forms("قدر قدرت قدروا"),
}


AR_DUAL_VERBS = frozenset(_AR_DUALS)


def _part(*stems: str) -> list[str]:
    """Participle forms (folded): masc./fem. accusative and plural, "مضيفا مضيفه مضيفين"."""
    return [stem + end for stem in stems for end in ("ا", "ه", "ين")]


_AR_PARTICIPLES: dict[str, list[str]] = {
    "pointed_out": _verbs(_part("مشير", "لافت", "منوه"), "مذكرا مذكرين"),  # not مذكرة, a memo
    "confirmed": _part("موكد", "مشدد"),  # not مجدداً "again"
    "added": _part("مضيف"),
    "said": _part("قايل", "متسايل"),
    "explained": _part("موضح", "مبين"),
    "considered": _part("معتبر", "واصف"),
    # "منبهًا من «إمكانية وقوع مواجهات …»", "منبها الى المأساة …" (not منبهة, a stimulant or an alarm)
    "warned": _verbs(_part("محذر"), "منبها منبهين"),
    "called_for": _verbs(_part("مطالب"), "داعيا داعيه داعين"),
    "denied": _verbs("نافيا نافيه نافين", _part("مفند")),
    # not متهمين "the accused"; محمّلاً only with المسؤولية (not "محمّلة بالأسلحة", loaded)
    "accused": _verbs("متهما متهمه", _part("محمل")),
    # "مبديا خشيته من أن تصبح بلاده هدفا …", "مبدياً تقديره واحترامه له"
    "stated": _verbs(_part("معرب"), "مبديا مبديه مبدين"),
    "revealed": _part("كاشف"),
    "condemned": _part("مندد", "مستنكر"),
    "praised": _part("مشيد"),
}
_AR_ACCORDING = {
    "according_to": [
        r"ب?حسب(?:\s+ما\s+\w+)?",
        r"ب?حسبما(?:\s+\w+)?",
        r"وفق(?:\s+ما\s+\w+)?",
        # "وبحسبه، فإن …", "…، بحسبه.": a pronoun for the speaker just named (only before a comma, a
        # full stop or فإن: "وبحسبة بسيطة" is a sum, "حسبهم" their lineage)
        r"بحسب(?:ه|ها|هم)(?=\s*[،,.]|\s+(?:فان|فانه|فانها|ان)(?!\w))",
        r"(?:وفقا|طبقا)\s*ل(?:ه|ها|هم)(?=\s*[،,.]|\s+(?:فان|فانه|فانها|ان)(?!\w))",
        r"وفقا\s*ل(?:ما\s+\w+)?",
        r"طبقا\s*ل(?:ما\s+\w+)?",
        r"نقلا\s+عن",
        # "فهي برأي الناشط الإعلامي …", "…، برأي محللين": in X's opinion (not "أخذوا برأي فلان",
        # took his advice, nor "يتشبث برأي", clings to an opinion)
        r"(?<!اخذوا\s)(?<!اخذ\s)(?<!اخذت\s)(?<!ياخذ\s)(?<!تاخذ\s)(?<!يتشبث\s)براي"
        r"(?=\s+(?!(?:الكثير|البعض|العديد|الاغلبيه|الاكثريه)\w*\b)(?:ال|محلل|خبرا|مراقب))",
        r"علي\s+لسان",
        # "علمت «الشرق الأوسط» من مصادر مطلعة أن …": the outlet learned it from the sources, who speak
        r"علمت?\s+[«\"(“][^«»\"()“”\n]{1,40}[»\"”)]\s*من(?=\s)",
        # "على حد تعبيره" (the speaker just named), "على حد قول الوزير"
        r"علي\s+حد(?=\s+(?:تعبير|قول|وصف)(?:ه|ها|هم)\b)",
        r"علي\s+حد\s+(?:تعبير|قول|وصف)(?=\s)",
        r"استنادا\s+(?:الي|ل)(?:\s*ما\s+\w+)?",
        # (the longer form first: "كما قالت نولاند" is no "كما قال" and a stray "ت")
        r"كما\s+(?:افادت|افاد|ذكرت|ذكر|قالت|قال)(?!\w)",
    ],
}
_AR_VERB_PHRASES = {
    "published": [r"جاء\s+في\s+(?:ال)?(?:بيان|تقرير|رساله|تصريح|نص)\w*"],
    # "سارعوا بنفي تلك الاتهامات", "سارعت إلى نفي": a denial as a verbal noun after "hastened"
    "denied": [
        r"[يت]?سارع\w{0,2}\s+(?:ب|الي\s+)نفي",
    ],
    # "…، وهو ما أكده محافظ عدن": a confirmation of what was just said
    "confirmed": [
        r"(?:هو|هي|هذا|ذلك|الامر)\s+(?:ما|الذي)\s+(?:قد\s+)?(?:اكد|اكدت|اكدو|[يت]وكد|[يت]وكدون)"
        r"(?:ه|ها|هم)"
    ],
    # "وألقوا باللائمة على القوات الحكومية", "يلقي باللوم على": blaming is accusing
    "accused": [
        r"(?:ال|[يت]ل)ق(?:ي|ت|وا|يا|تا|ون|يان)\s+ب?(?:اللوم|اللايمه)",
        # "وتبادل طرفا النزاع الاتهامات": a subject between the verb and the charges
        r"تبادل(?=\s+[^\s،,.]+\s+(?:[^\s،,.]+\s+){0,3}?(?:الاتهامات|الاتهام|التهم|اللوم)(?!\w))",
    ],
    # "ومضى للقول لوكالة الأنباء الفرنسية إن …", "ومضى يقول", "ومضت قائلة": he went on to say; "وتابع
    # يقول:", "وأردف يقول", "واستطردت تقول", "وعاد ليقول": one cue, the subject is the verb's pronoun
    # (not the first verb as the subject of "يقول")
    "added": [
        r"مض(?:ي|ت|وا|يا|تا)\s+(?:[يت]قول(?:ون|ان)?|لل?قول|بالقول|قايل(?:ا|ه|ين))",
        r"(?:تابع|اردف|استطرد|اضاف|عاد)(?:ت|وا|ا|تا)?\s+ل?[يت]قول(?:ون|ان)?(?!\w)",
    ],
}
# A speech act as a verbal noun with its agent after a preposition (CONVENTIONS 15): "بعد إعلانها …" is
# left to the pronoun, only a written agent counts: "في أعقاب إعلان الحكومة السورية تعرض …", "بعد قليل
# من تأكيد مسؤول أمريكي رفيع لـCNN، بأن …", "تواصلت فيه إدانات قادة القوى السياسية للهجوم" (not after
# a verb, "تلتزم اللجنة بإعلان الكشوف": the subject acts; not "مطالبة X / دعوة X": X is often the one
# called on). The agent is checked by the attribution pass.
_AR_NOMINAL_LEAD = r"(?:بعد|بعيد|فور|منذ|عقب|اثر|اعقاب|من|مع|قبل|رغم|وسط|فيه|فيها)\s+"
_AR_NOMINAL_NOUNS = {
    "announced": r"اعلان",
    "confirmed": r"تاكيد",
    "warned": r"(?:تحذير|تحذيرات|تهديد|تهديدات)",
    "accused": r"(?:اتهام|اتهامات)",
    "condemned": r"(?:ادانه|ادانات|انتقاد|انتقادات)",
    "claimed": r"(?:ادعاء|ادعاءات|مزاعم)",
}
# One phrase for them all (one alternation tried per word, not eight); the mode is the noun's, see
# ``nominal_mode``.
_AR_NOMINAL = {"nominal": [_AR_NOMINAL_LEAD + f"(?:{'|'.join(_AR_NOMINAL_NOUNS.values())})"]}
_AR_PASSIVE = {
    "reported": [
        r"افيد",
        r"يقال",
        r"قيل",
        r"كشف\s+النقاب",
        r"ترددت?\s+(?:انباء\s+)?(?:في\s+\S+\s+)?(?:عن|ان\w*)",
        # "ويعتقد على نطاق واسع أن …", "ويتوقع أن يعلن كيري …", "ومن المتوقع أن …": a belief or an
        # expectation with no one named (CONVENTIONS 6, 13); not "يتوقع الخبراء أن" (a named expecter).
        # "إنه من المتوقع", "التي يتوقع أن" and one after a speaker's verb are checked in attribution.
        r"(?:من\s+الم|ي)(?:عتقد|توقع)\s+(?:علي\s+نطاق\s+واسع\s+)?(?:ان|بان)\w*",
        r"(?:لم\s+)?ترد\s+انباء",
        r"(?<!ترد\s)(?<!دون\s)انباء\s+عن",  # not "لم ترد أنباء عن" again, not "دون أنباء عن إصابات"
        # "تنظيم داعش المتهم بالوقوف خلف العملية", "شركات متهمة بمساعدة النظام": accused, by nobody
        # named (اتُّهم, CONVENTIONS 6)
        r"(?:ال)?متهم(?:ه|ين|ون)?(?=\s+ب\w)",
        # "وسط تصاعد المخاوف من أن …", "وسط مخاوف دولية من احتمال …": fears nobody is named for
        r"وسط\s+(?:تصاعد\s+|تزايد\s+)?(?:ال)?(?:مخاوف|تخوفات|خشيه|قلق)\s+(?:\w+\s+)?"
        r"(?:من|بشان)\s+(?:ان|احتمال)\w*",
    ]
}
_AR_OUTLET = {
    "": [
        r"يذكر\s+ان",
        r"الجدير\s+بالذكر",
        r"جدير\s+بالذكر",
        r"تجدر\s+الاشاره",
        r"يشار\s+الي",
        r"من\s+المعروف\s+ان",
        # "…، في الوقت الذي امتدت فيه المعارك إلى …": a time frame the outlet adds to a report (a cue
        # inside it, "في الوقت الذي جددت فيه المعارضة عرضها", still speaks for itself)
        r"في\s+الوقت\s+الذي",
        # "وبث التنظيم شريط فيديو، يظهر الشريط خمسة رجال …": what a video shows is the outlet's
        # description (CONVENTIONS 14)
        r"(?:[يت]ظهر|اظهر|اظهرت)\s+(?:في\s+)?(?:ال)?(?:شريط|فيديو|مقطع|تسجيل|صور|لقطات)\w*",
    ],
}
_AR_OUTLET_HEDGED = {"": [r"يبدو\s+ان", r"علي\s+ما\s+يبدو"]}

_EN_VERBS: dict[str, list[str]] = {
    # Every verb with its base, -s and past forms (the -ing forms are in _EN_PARTICIPLES). Forms that
    # are also nouns ("report", "claims", "estimate", "demands") count only in a verb position: see
    # attribution_base._EN_NOUN_VERBS.
    "said": _forms(
        "said says say wrote writes tweeted tweets chanted shouted replied replies responded"
        " answered"
        # only right after a quotation (see attribution_en._EN_QUOTE_ONLY)
        " notes concluded lamented suggests suggested remembered reads asked joked quipped"
        " exclaimed pleaded interjected"
        # "Moscow has countered that rebel groups that … are legitimate targets"
        " countered"
    ),
    "told": _forms("told tells tell"),
    "announced": _forms(
        "announced announces announce declared declares declare"
        # welcoming or praising a decision is a stance taken in public, like condemning it
        " welcomed welcomes"
        # likewise praising ("Clinton praised the head of Syria's main opposition coalition"); not the
        # nouns "praise", "hail" ("hailed from": see attribution)
        " praised hailed commended commends"
    ),
    "stated": _forms("stated"),
    "reported": _forms("reported reports report mentioned mentions listed quoted cited cites"),
    "claimed": _forms("claimed alleged claims claim alleges allege"),
    "denied": _forms(
        "denied denies deny rejected rejects reject refuted refutes refute"
        # "Mr Blair dismissed claims of broken promises" ("was dismissed from his post": a passive)
        " dismissed dismisses"
    ),
    "condemned": _forms(
        "condemned condemns condemn slammed slams slam criticised criticized criticises criticizes"
        " criticise criticize"
        # denouncing, deploring and rebuking are speech acts (CONVENTIONS AR-4, EN-14):
        # "Damascus denounced the intervention as a breach of its sovereignty"
        " denounced denounces denounce decried decries decry deplored deplores deplore lambasted"
        " lambasts lambast castigated castigates rebuked rebukes"
    ),
    "added": _forms("added adds add continued"),
    "warned": _forms(
        "warned warns warn cautioned cautions"
        # a threat or a deadline is a speech act: "X threatened to shell …"
        " threatened threatens threaten"
    ),
    "accused": _forms("accused accuses accuse blamed blames"),
    "confirmed": _forms(
        "confirmed confirms confirm affirmed affirms affirm stressed stresses insisted insists insist"
        " asserted asserts assert emphasized emphasised emphasizes emphasises emphasize emphasise"
        " argued argues argue"
        " reiterated reiterates reiterate"
    ),
    "explained": _forms("explained explains explain noted indicated indicates indicate"),
    "called_for": _forms("urged urges urge demanded demands demand"),
    # a broadcaster airing footage names who publishes it (convention 14)
    "published": _forms("posted published aired airs"),
    "revealed": _forms("revealed reveals reveal"),
    "acknowledged": _forms(
        "acknowledged acknowledges acknowledge admitted admits admit conceded concedes"
    ),
    # "Experts predict that the debate will end in a compromise" (the base form only after its
    # subject: see attribution_base._EN_BASE_VERBS)
    "estimated": _forms("estimated estimates estimate predicted predicts predict"),
    "considered": _forms("labels labelled labeled describes"),
    # "Assad outlined a peace initiative that would keep him in power": setting out a plan or a
    # view in public (the base form only after its subject: see attribution_base._EN_BASE_VERBS)
    "described": _forms(
        "described describe recounted recounts recount recalled recalls recall outlined outlines"
        " outline"
    ),
    "announced_intent": _forms("signalled signaled vowed vows vow pledged pledges pledge promised"),
}
_EN_MULTI_VERBS = {
    # a speech frame right before a quotation opened after a comma or colon: "She went on, "…"",
    # "The statement read, "…"", "Youssef commented: "…"", "a supporter on the page states, "…""
    # (only there: "went on to win", "read the report", "the United States"); "… across the
    # war-battered country UN estimates suggest.": the base form only where it closes the sentence
    # after a document (see attribution_en.EnglishRules._en_document_ends)
    "said": [
        r"(?:went|goes)\s+on(?=\s*[,:]\s*[\"“](?=\w))",
        r"(?:commented|comments|read|states)(?=\s*[,:]\s*[\"“](?=\w))",
        r"suggest(?=\.)",
    ],
    "reported": [
        # a toll given, put or revised: "gave a lower toll of eight", "had initially given a death toll
        # of 34", "updated its earlier death toll of 15", "put the initial toll at 31"
        r"(?:gave|given|gives|put|puts|updated|updates|revised|revises)\s+"
        r"(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:death\s+)?(?:toll|tally)\b",
        # a figure with its number: "the United Nations puts the figure at 191000"
        r"(?:gave|given|gives|put|puts|updated|updates|revised|revises)\s+"
        r"(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?figures?"
        r"(?=\s+(?:at|of)\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?\d)",
        # "Local media named the killed members as …": naming or identifying someone is a claim
        # ("a man named Ahmad" is no claim: a determiner or pronoun opens the object)
        # "…, an AFP reporter learned.", "officers learned that …" (not "learned to drive")
        r"(?:learned|learnt)(?=\s+that\b|\s*[.,;])",
        r"(?:named|names|identified|identifies)"
        r"(?=\s+(?:the|a|an|him|her|them|his|its|their|\d+|one|two|three|some|several|both)\s+"
        r"(?:[\w'’-]+\s+){0,4}?as\s)",
    ],
    # "The Arab League called Wednesday on U.N. … inspectors to …", "MPs called last week for …": a
    # day or a time adverb between the verb and its particle
    "called_for": [
        r"call(?:ed|s)?\s+(?:(?:on\s+)?(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        r"|yesterday|today|tonight|again|repeatedly|earlier|(?:last|this)\s+(?:week|month|year))\s+)?"
        r"(?:on|upon|for)",
        # "Western ambassadors … have stepped up calls for the vote to go ahead", "Russia has renewed
        # calls for rebels and regime to engage …", "Pillay repeated her call for him to be
        # investigated": a call made again is a call
        r"(?:stepped\s+up|steps\s+up|step\s+up|renewed|renews|renew|repeated|repeats|repeat"
        r"|reiterated|reiterates|reiterate|issued|issues|made|makes)\s+"
        r"(?:(?:its|his|her|their|the)\s+)?(?:repeated\s+|renewed\s+)?calls?\s+(?:on|upon|for)",
    ],
    "claimed": [r"claims\s+that"],
    # issuing a document is publishing it (conventions AR-14, EN-18): "The Syrian Ministry of Foreign
    # Affairs issued a statement Wednesday night condemning …", "the US State Department released a
    # report stating that …", "Activists distributed video showing …" (not "released prisoners"; past
    # forms only: "makes and distributes DVDs and videos" is trade, "Daesh releases audio" a headline)
    "published": [
        r"(?:issued|released|distributed|circulated|put\s+out)"
        r"\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:statements?|communiqu[eé]s?|videos?|footage|reports?|letters?|messages?|declarations?"
        r"|bulletins?|recordings?|audio|photos|photographs|pictures|images)\b",
    ],
    # "Fabius … called the alleged attack a horrendous tragedy", "played down reports …"; a belief
    # stated before "that": "Many residents believe that …" ("is believed to" is passive)
    "considered": [
        r"call(?:ed|s)\s+(?:it|this|that|them|(?:the|this|that|these|those)(?:\s+[\w-]+){1,3}?)"
        r"(?=\s+(?:a|an)\s)",
        # a stance voiced in public: "Hollande expressed optimism that …", "Egypt's investment minister
        # has expressed hope that …", "voiced support for …", "expressed his solidarity"; a guess voiced:
        # "Turkish media has speculated that …" (not "the market speculated about …")
        r"(?:expressed|expresses|voiced|voices)\s+(?:(?:his|her|their|its|similar|strong|cautious)\s+)?"
        r"(?:optimism|hopes?|confidence|pessimism|regret|satisfaction|support|surprise|dismay|anger"
        r"|outrage|solidarity|disappointment|frustration)\b",
        r"(?:speculated|speculates)(?=\s+(?:[\w-]+\s+){0,3}?that\b)",
        r"play(?:ed|s)\s+down",
        r"downplay(?:ed|s)",
        r"(?:believe|believes|believed)(?=\s+that\b)",
        # "US officials believe Russian aircraft were responsible", "many commentators believe the
        # deficit will remain …": a belief with its "that" left out, a clause's subject right after
        r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bto\s)"
        r"(?:believe|believes|believed)(?=\s+(?-i:the|a|an|this|these|those|his|her|their|its|he|she"
        r"|they|there|[A-Z][\w-]*)\s+(?!to\b|or\b|and\b|of\b|in\b)[\w'’-]+)",
    ],
    # "A chemical weapons watchdog raised concerns …", "expressed concern", "voiced fears"; a fear
    # stated before "that": "World powers fear that …" ("amid growing fears that": a noun, see
    # attribution_en.EnglishRules._en_noun_use)
    "warned": [
        r"(?:raised|raises|expressed|expresses|voiced|voices)\s+(?:serious\s+|grave\s+|deep\s+)?"
        r"concerns?",
        r"(?:expressed|expresses|voiced|voices)\s+(?:serious\s+|grave\s+|deep\s+)?"
        r"(?:fears?|doubts?|scepticism|skepticism)",
        r"(?:fear|fears|feared)(?=\s+that\b)",
    ],
    # "Moscow has maintained that Assad is part of the solution": a position held in public, only
    # before "that" ("maintained contacts", "maintain a presence" are no speech)
    "confirmed": [r"(?:maintained|maintains|maintain)(?=\s+that\b)"],
    # "Moscow yesterday hit out at Johnson", "The Vatican lashed out at the Italian media"
    "condemned": [r"(?:hit|hits|lashed|lashes)\s+out\s+at"],
    "accused": [
        r"(?:traded|trade|exchanged|exchange)\s+accusations",
        r"point(?:ed|s)?\s+(?:the|a)\s+finger\s+at",
    ],
    # "X repeated the government's denial": a denial repeated is a denial
    "denied": [
        r"(?:repeated|repeats|reiterated|reiterates)\s+(?:[\w'’]+\s+){0,2}?denials?",
        r"rul(?:ed|es)\s+out",
        # "Assad has repeatedly brushed aside international calls to step down", "he brushed off
        # Labour suggestions a vote for his party would …": a dismissal in public
        r"(?:brushed|brushes|brush)\s+(?:aside|off)",
    ],
    # "the sources did not rule out the possibility that …", "a source did not deny that …"
    "acknowledged": [r"(?:did|does|do|would)\s+not\s+(?:rule\s+out|deny)"],
    # a deadline is a speech act: "Syria's rebel army gives Hezbollah 48-hour deadline to stop …"
    "announced_intent": [
        r"(?:gave|gives|give|set|sets|issued|issues)\s+(?:[\w'-]+\s+){0,3}?deadline"
    ],
}
_EN_PARTICIPLES: dict[str, list[str]] = {
    "added": _forms("adding"),
    "said": _forms("saying"),
    "explained": _forms("noting explaining"),
    "confirmed": _forms("stressing insisting"),
    "warned": _forms("warning threatening"),  # "threatening" only before "to"
    "claimed": _forms("claiming"),
    "considered": _forms("branding"),
    "accused": _forms("accusing"),
    "announced": _forms("welcoming"),
    "called_for": _forms("calling"),
}
_EN_ACCORDING = {
    "according_to": [r"according\s+to", r"citing", r"as\s+reported\s+by", r"quoted\s+by"],
}
_EN_PASSIVE = {
    "reported": [
        r"it\s+(?:was|is|has\s+been)\s+(?:reported|announced|claimed|said|learned|alleged)",
        r"(?:is|are|was|were)\s+(?:said|reported|believed|thought|estimated)\s+to",
        # "part of a tooth said to have been from the Prophet": a reduced relative, nobody named
        r"said\s+to\s+(?:be|have\s+been)\b",
        r"believed\s+to\s+(?:be|have)",
        r"no\s+reports?\s+of",
        # "There were no immediate details on the breakdown of those killed" (convention EN-13)
        r"there\s+(?:were|was|have\s+been|has\s+been)\s+no\s+(?:immediate\s+|further\s+)?details?"
        r"(?=\s+(?:of|on|about)\s)",
        r"no\s+(?:[\w-]+\s+){1,3}?(?:was\s+|were\s+)?reported",
        # "The death toll … was put at 8 civilians": a figure nobody is named for
        r"(?:was|were|is|has\s+been)\s+put\s+at(?=\s+(?:[a-z]+\s+){0,2}\d)",
        # "… killed in Syria amid reports that dozens of fighters were killed …" (convention EN-6)
        r"amid\s+(?:unconfirmed\s+|media\s+|new\s+)?reports\s+(?:that|of)",
        # "The violence led to renewed accusations that the Muslim Brotherhood sends people …",
        # "there has been speculation that …": nobody named (not after a speaker's own verb: "Russia
        # denied allegations that …" stays Russia's, see attribution)
        r"(?:accusations|allegations|rumou?rs|speculation)\s+that",
        # "Air strikes were also reported in the southern province of Daraa"
        r"(?:was|were)\s+(?:also\s+)?reported\s+(?=(?:in|on|at|near|around|across)\s)",
    ]
}
_EN_OUTLET_HEDGED = {"": [r"it\s+(?:seems|appears)"]}

_AR_HEDGES = [
    r"يبدو",
    r"ربما",
    r"قد\s+[يتن]\w+",
    r"يعتقد",
    r"يرجح",
    r"من\s+المرجح",
    r"من\s+المحتمل",
    r"يحتمل",
    r"لم\s+يتسن",
]
_EN_HEDGES = [
    r"reportedly",
    r"allegedly",
    r"apparently",
    r"purportedly",
    r"may",
    r"might",
    r"possibly",
    r"likely",
    r"unconfirmed",
    r"could\s+not\s+be\s+(?:verified|confirmed|reconciled)",
    r"it\s+is\s+believed",
]


def _trie(words: list[str]) -> str:
    """A regex alternation factored as a character trie: fails fast, unlike a flat list of words."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            body = body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
        return body

    return emit(root)


@dataclass(frozen=True, slots=True)
class CueSet:
    """The compiled cue lexicon of one language."""

    # One scan for both kinds of cue: at each word the multi-word cues (one named group each) are tried
    # first, then the trie of single-word cues (group "w", the cue without و/ف), so a phrase wins over a
    # word inside it; only at a letter some cue starts with (a guard: see ``_first_chars``).
    cues: re.Pattern[str]
    word_info: dict[str, Cue]
    phrase_info: dict[str, Cue]
    ignore_case: bool

    def find(self, text: str) -> list[tuple[int, int, Cue]]:
        """(start, end, cue) of every cue in ``text``, in order; a phrase wins over a word inside it."""
        found = []
        key = str.lower if self.ignore_case else None
        word_info, phrase_info = self.word_info, self.phrase_info
        for m in self.cues.finditer(text):
            name = m.lastgroup
            if name == "w":
                core = m.group("w")
                cue = word_info[key(core) if key else core]
            else:
                cue = phrase_info[name or ""]
            found.append((m.start(), m.end(), cue))
        return found


def _first_chars(pattern: str, flags: int = 0) -> str | None:
    """Every character a match of ``pattern`` can start with, or None when that is not a plain set
    (a class like \\w, a negated class, an empty match)."""
    chars, nullable = _first_of(re_parser.parse(pattern, flags).data)
    if chars is None or nullable:
        return None
    if flags & re.IGNORECASE:
        chars = {c for ch in chars for c in (ch.lower(), ch.upper())}
    return "".join(sorted(chars))


def _first_of(items: list) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence can match empty) of a parsed pattern sequence."""
    chars: set[str] = set()
    for op, av in items:
        if op is re_constants.LITERAL:
            chars.add(chr(av))
            return chars, False
        if op is re_constants.IN:
            for member, arg in av:
                if member is re_constants.LITERAL:
                    chars.add(chr(arg))
                elif member is re_constants.RANGE:
                    chars.update(map(chr, range(arg[0], arg[1] + 1)))
                else:  # NEGATE, CATEGORY (\\w, \\s ...)
                    return None, False
            return chars, False
        if op in (re_constants.AT, re_constants.ASSERT, re_constants.ASSERT_NOT):
            continue  # zero-width
        if op is re_constants.SUBPATTERN:
            first, nullable = _first_of(av[3].data)
        elif op is re_constants.BRANCH:
            first, nullable = set(), False
            for branch in av[1]:
                found, empty = _first_of(branch.data)
                if found is None:
                    return None, False
                first |= found
                nullable = nullable or empty
        elif op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT):
            first, nullable = _first_of(av[2].data)
            nullable = nullable or av[0] == 0
        else:
            return None, False
        if first is None:
            return None, False
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


# How many characters a prefix guard looks ahead (see ``_prefixes``): cues start with common letters and
# short words (من، في، بعد ...), so a first-letter guard passes at most words; six characters (a word
# and the start of the next) rule out nearly all of them after a short walk down a trie. Deeper guards
# gained nothing measurable and slow the import.
_PREFIX_DEPTH = 6
_SPACE = "\\s"  # a \s in a prefix (kept as a class, not expanded to the ~25 Unicode spaces)
# A character a prefix cannot name (\w, a negated class ...): the guard stops before it.
_ANY = None


def _prefixes(pattern: str, flags: int = 0, depth: int = _PREFIX_DEPTH) -> str:
    """An alternation that matches wherever ``pattern`` can: a trie of every way its first ``depth``
    characters can be written, cut where a prefix ends or turns into an unknown character ("" when
    there is nothing to test). As a lookahead it only rules out positions where ``pattern`` cannot
    match, so putting it before ``pattern`` changes no match; compiled with the same ``flags``, its
    letters ignore case exactly where the pattern's do."""
    prefixes = _prefixes_of(re_parser.parse(pattern, flags).data, depth)
    return _prefix_trie(prefixes) if prefixes is not None else ""


def _prefixes_of(items: list, depth: int) -> set[tuple] | None:
    """The first ``depth`` characters of every match of a parsed sequence, as tuples of characters,
    ``_SPACE`` or ``_ANY``; a shorter tuple is a match that can end there. None: an unknown construct."""
    current: set[tuple] = {()}
    for op, av in items:
        done = {p for p in current if len(p) >= depth}
        if len(done) == len(current):
            break
        pieces = _prefixes_of_item(op, av, depth)
        if pieces is None:
            return None
        current = done | {(p + q)[:depth] for p in current - done for q in pieces}
    return current


def _prefixes_of_item(op: object, av: object, depth: int) -> set[tuple] | None:
    if op is re_constants.LITERAL:
        return {(chr(av),)}  # type: ignore[arg-type]
    if op is re_constants.IN:
        chars: set[tuple] = set()
        for member, arg in av:  # type: ignore[attr-defined]
            if member is re_constants.LITERAL:
                chars.add((chr(arg),))
            elif member is re_constants.RANGE and arg[1] - arg[0] < 64:
                chars.update((chr(c),) for c in range(arg[0], arg[1] + 1))
            elif member is re_constants.CATEGORY and arg is re_constants.CATEGORY_SPACE:
                if len(av) != 1:  # type: ignore[arg-type]
                    return {(_ANY,)}
                chars.add((_SPACE,))
            else:  # a negated class, \w, \d, a wide range
                return {(_ANY,)}
        return chars
    if op in (re_constants.NOT_LITERAL, re_constants.ANY):
        return {(_ANY,)}
    if op in (re_constants.AT, re_constants.ASSERT, re_constants.ASSERT_NOT):
        return {()}  # zero-width: what it asserts only narrows the matches
    if op is re_constants.SUBPATTERN:
        return _prefixes_of(av[3].data, depth)  # type: ignore[index]
    if op is re_constants.ATOMIC_GROUP:
        return _prefixes_of(av.data, depth)  # type: ignore[attr-defined]
    if op is re_constants.BRANCH:
        out: set[tuple] = set()
        for branch in av[1]:  # type: ignore[index]
            found = _prefixes_of(branch.data, depth)
            if found is None:
                return None
            out |= found
        return out
    if op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT, re_constants.POSSESSIVE_REPEAT):
        low, high, item = av  # type: ignore[misc]
        once = _prefixes_of(item.data, depth)
        if once is None:
            return None
        out, current = set(), {()}
        for count in range(depth + 1):
            # Full-length prefixes stand whatever follows; shorter ones only once ``low`` repeats are in.
            out |= current if count >= low else {p for p in current if len(p) >= depth}
            if count >= high:
                return out
            current = {p if len(p) >= depth else (p + q)[:depth] for p in current for q in once}
        # More than ``depth`` repeats: each prefix is full by now, or the repeat can match empty (any).
        return out | {p + (_ANY,) for p in current if len(p) < depth} | current
    return None


def _prefix_trie(prefixes: set[tuple]) -> str:
    """The alternation of ``prefixes`` factored as a trie, "" as soon as one of them allows anything."""
    if any(not p or p[0] is _ANY for p in prefixes):
        return ""
    children: dict[str, set[tuple]] = {}
    for p in prefixes:
        children.setdefault(p[0], set()).add(p[1:])
    branches = []
    for head, rest in sorted(children.items()):
        tail = _prefix_trie(rest)
        atom = head if head == _SPACE else re.escape(head)
        branches.append(atom + (f"(?:{tail})" if "|" in tail else tail))
    return "|".join(branches)


def guarded(edge: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``edge`` then ``pattern``, tried only where a character ``pattern`` can start with stands, and
    then only where one of the ways its first few characters can be written does (``_prefixes``)."""
    first = _first_chars(pattern, flags)
    guard = f"(?=[{re.escape(first)}])" if first else ""
    starts = _prefixes(pattern, flags)
    if starts:
        guard += f"(?=(?:{starts}))"
    return re.compile(f"{edge}{guard}(?:{pattern})", flags)


def _build(
    groups: list[tuple[str, bool, dict[str, list[str]], Cue | None]], arabic: bool
) -> CueSet:
    phrase_parts: list[str] = []
    phrase_info: dict[str, Cue] = {}
    word_info: dict[str, Cue] = {}
    for n, (kind, is_regex, table, template) in enumerate(
        (g[0], g[1], {mode: forms}, g[3]) for g in groups for mode, forms in g[2].items()
    ):
        ((mode, forms),) = table.items()
        cue = Cue(kind, mode, "deny" if mode == "denied" else "affirm")
        if template is not None:
            cue = Cue(template.kind, mode or template.mode, template.polarity, template.hedge)
        if is_regex:
            name = f"p{n}"
            phrase_info[name] = cue
            body = "|".join(sorted(forms, key=len, reverse=True))
            # Each group behind its own first-letter guard: one test instead of one per branch.
            first = _first_chars(body, 0 if arabic else re.IGNORECASE)
            guard = f"(?=[{re.escape(first)}])" if first else ""
            phrase_parts.append(f"{guard}(?P<{name}>{body})")
        else:
            for form in forms:
                word_info.setdefault(form.lower() if not arabic else form, cue)
    flags = 0 if arabic else re.IGNORECASE
    prefix = r"(?:[وف]|ول|فل)?" if arabic else ""
    # "وفقاً لمصادر": the preposition ل is written joined to the speaker, so a phrase may end inside a word.
    tail = r"(?:\b|(?<=ل)(?=\w))" if arabic else r"\b"
    phrases = f"(?:{'|'.join(phrase_parts)})"
    # The phrases are tried at every word first (a phrase wins over a word inside it), each behind its
    # own first-letter guard; one guard on their first letters, past the prefix, skips them all at once
    # at nearly every word.
    starts = _prefixes(phrases, flags)
    phrase_guard = f"(?={prefix}(?:{starts}))" if starts else ""
    either = rf"{phrase_guard}{prefix}{phrases}{tail}|{prefix}(?P<w>{_trie(sorted(word_info))})\b"
    # Only positions that start with a letter some cue starts with are tried (the alternation is
    # otherwise tried, branch by branch, at every word of the text).
    return CueSet(guarded(r"\b", either, flags), word_info, phrase_info, ignore_case=not arabic)


AR_CUESET = _build(
    [
        (OUTLET, True, _AR_OUTLET_HEDGED, Cue(OUTLET, "", hedge=True)),
        (OUTLET, True, _AR_OUTLET, Cue(OUTLET, "")),
        (PASSIVE, True, _AR_PASSIVE, Cue(PASSIVE, "reported")),
        (ACCORDING, True, _AR_ACCORDING, Cue(ACCORDING, "according_to")),
        (VERB, True, _AR_VERB_PHRASES, None),
        (VERB, True, _AR_NOMINAL, None),
        (PARTICIPLE, False, _AR_PARTICIPLES, None),
        (VERB, False, _AR_VERBS, None),
    ],
    arabic=True,
)

EN_CUESET = _build(
    [
        (OUTLET, True, _EN_OUTLET_HEDGED, Cue(OUTLET, "", hedge=True)),
        (PASSIVE, True, _EN_PASSIVE, Cue(PASSIVE, "reported")),
        (ACCORDING, True, _EN_ACCORDING, Cue(ACCORDING, "according_to")),
        (VERB, True, _EN_MULTI_VERBS, None),
        (PARTICIPLE, False, _EN_PARTICIPLES, None),
        (VERB, False, _EN_VERBS, None),
    ],
    arabic=False,
)


AR_HEDGES = guarded(r"(?<![\w])", rf"(?:[وف])?(?:{'|'.join(_AR_HEDGES)})(?![\w])")
EN_HEDGES = guarded(r"\b", rf"(?:{'|'.join(_EN_HEDGES)})\b", re.IGNORECASE)


# A cue as written that is a verbal noun of speech (see _AR_NOMINAL).
AR_NOMINAL_SPEECH = re.compile(
    rf"[وف]?{_AR_NOMINAL_LEAD}(?:{'|'.join(_AR_NOMINAL_NOUNS.values())})$"
)
_AR_NOMINAL_MODES = [
    (re.compile(rf"(?:{noun})$"), Cue(VERB, mode)) for mode, noun in _AR_NOMINAL_NOUNS.items()
]


def nominal_cue(written: str) -> Cue:
    """The cue of a verbal noun of speech as written ("بعد قليل من تأكيد" → confirmed)."""
    for pattern, cue in _AR_NOMINAL_MODES:
        if pattern.search(written):
            return cue
    return Cue(VERB, "said")


def all_arabic_cue_forms() -> list[str]:
    """Every literal Arabic cue form (for the bench's bare scan)."""
    forms: list[str] = []
    for table in (_AR_VERBS, _AR_PARTICIPLES):
        for words in table.values():
            forms.extend(words)
    return forms
