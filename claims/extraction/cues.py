"""Cue lexicons: the words that attribute a proposition to a voice, in Arabic and English.

Arabic cues are written in the *folded* spelling (أ إ آ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, no diacritics
or tatweel) and matched against a folded copy of the text of the same length (see ``fold``), with an optional
attached و / ف. Everything is compiled once into one alternation per language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Cue types.
VERB = "verb"  # reporting verb: speaker before (SVO) or after (VSO) it, content after it
ACCORDING = (
    "according"  # بحسب / according to: speaker after it, content before (or after, at clause start)
)
PARTICIPLE = "participle"  # مشيراً إلى / adding that: the same speaker goes on
PASSIVE = "passive"  # أفيد / it was reported: nobody named
OUTLET = "outlet"  # يذكر أن / يبدو أن: the outlet's own voice

_SAME_LENGTH_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
_DIACRITICS = (
    "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a\u0640\u0670"
    + "".join(chr(c) for c in range(0x064B, 0x0660))
)
_DIACRITIC_RE = re.compile(f"[{_DIACRITICS}]")


def fold(text: str) -> tuple[str, list[int] | None]:
    """Fold Arabic letter variants; drop diacritics and tatweel.

    Returns the folded text and, when characters were dropped, the map from folded index to original index
    (``None`` means the indices are the same)."""
    folded = text.translate(_SAME_LENGTH_FOLD)
    if not _DIACRITIC_RE.search(folded):
        return folded, None
    drop = set(_DIACRITICS)
    kept = [i for i, ch in enumerate(folded) if ch not in drop]
    kept.append(len(folded))
    return "".join(folded[i] for i in kept[:-1]), kept


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    mode: str
    polarity: str = "affirm"
    hedge: bool = False


def _forms(*words: str) -> list[str]:
    return [w for group in words for w in group.split()]


# mode -> forms (folded). Past, present and plural forms; و/ف are allowed in front by the pattern.
_AR_VERBS: dict[str, list[str]] = {
    "said": _forms("قال قالت قالوا قالا يقول تقول يقولون يقولان"),
    "announced": _forms("اعلن اعلنت اعلنوا يعلن تعلن يعلنون"),
    "confirmed": _forms("اكد اكدت اكدوا يوكد توكد يوكدون شدد شددت شددوا يشدد تشدد اكدته"),
    "reported": _forms(
        "افاد افادت افادوا يفيد تفيد ذكر ذكرت ذكروا اورد اوردت اوردوا نقل نقلت نقلوا ينقل تنقل"
    ),
    "explained": _forms("اوضح اوضحت اوضحوا يوضح توضح"),
    "pointed_out": _forms("اشار اشارت اشاروا يشير تشير لفت لفتت لفتوا يلفت تلفت"),
    "added": _forms("اضاف اضافت اضافوا يضيف تضيف تابع تابعت استطرد استطردت"),
    "stated": _forms("صرح صرحت صرحوا يصرح تصرح"),
    "denied": _forms("نفي نفت نفوا ينفي تنفي نفيا انكر انكرت"),
    "claimed": _forms("زعم زعمت زعموا يزعم تزعم ادعي ادعت ادعوا يدعي تدعي"),
    "accused": _forms("اتهم اتهمت اتهموا يتهم تتهم"),
    "warned": _forms("حذر حذرت حذروا يحذر تحذر"),
    "called_for": _forms("طالب طالبت طالبوا يطالب تطالب دعا دعت دعوا يدعو تدعو ناشد ناشدت"),
    "published": _forms("نشر نشرت نشروا ينشر تنشر بث بثت بثوا"),
    "considered": _forms("اعتبر اعتبرت اعتبروا يعتبر تعتبر يعتبرون وصف وصفت وصفوا يري تري يرون"),
    "revealed": _forms("كشف كشفت كشفوا يكشف تكشف"),
    "acknowledged": _forms("اقر اقرت اقروا يقر تقر اعترف اعترفت اعترفوا"),
    "told": _forms("ابلغ ابلغت اخبر اخبرت"),
    "documented": _forms("وثق وثقت رصد رصدت"),
    "claimed_responsibility": _forms("تبني تبنت تبنوا"),
    "condemned": _forms("دان دانت ادان ادانت ندد نددت استنكر استنكرت"),
    "expected": _forms("توقع توقعت توقعوا يتوقع تتوقع رجح رجحت"),
}
_AR_PARTICIPLES: dict[str, list[str]] = {
    "pointed_out": _forms("مشيرا مشيره مشيرين لافتا لافته منوها منوهه"),
    "confirmed": _forms("موكدا موكده موكدين مشددا مشدده"),
    "added": _forms("مضيفا مضيفه مضيفين"),
    "said": _forms("قايلا قايله قايلين"),
    "explained": _forms("موضحا موضحه"),
    "considered": _forms("معتبرا معتبره واصفا واصفه"),
    "warned": _forms("محذرا محذره"),
    "called_for": _forms("مطالبا مطالبه داعيا داعيه"),
    "denied": _forms("نافيا نافيه"),
    "accused": _forms("متهما متهمه"),
}
_AR_ACCORDING = {
    "according_to": [
        r"ب?حسب(?:\s+ما\s+\w+)?",
        r"وفقا\s*ل(?:ما\s+\w+)?",
        r"طبقا\s*ل(?:ما\s+\w+)?",
        r"نقلا\s+عن",
        r"علي\s+لسان",
        r"استنادا\s+(?:الي|ل)(?:\s*ما\s+\w+)?",
        r"كما\s+(?:افاد|افادت|ذكر|ذكرت|قال|قالت)",
    ],
}
_AR_VERB_PHRASES = {"published": [r"جاء\s+في\s+(?:بيان|تقرير|رساله|تصريح|نص)\w*"]}
_AR_PASSIVE = {
    "reported": [r"افيد", r"ذكر\s+ان", r"يقال", r"كشف\s+النقاب", r"ترددت?\s+(?:انباء\s+)?(?:عن|ان)"]
}
_AR_OUTLET = {
    "": [
        r"يذكر\s+ان",
        r"الجدير\s+بالذكر",
        r"جدير\s+بالذكر",
        r"تجدر\s+الاشاره",
        r"يشار\s+الي",
        r"من\s+المعروف\s+ان",
    ],
}
_AR_OUTLET_HEDGED = {"": [r"يبدو\s+ان", r"علي\s+ما\s+يبدو"]}

_EN_VERBS: dict[str, list[str]] = {
    "said": _forms("said says say"),
    "told": _forms("told tells"),
    "announced": _forms("announced announces declared declares"),
    "stated": _forms("stated"),
    "reported": _forms("reported mentioned listed quoted"),
    "claimed": _forms("claimed alleged"),
    "denied": _forms("denied denies rejected"),
    "added": _forms("added adds continued"),
    "warned": _forms("warned warns"),
    "accused": _forms("accused accuses blamed blames"),
    "confirmed": _forms("confirmed confirms affirmed stressed insisted asserted"),
    "explained": _forms("explained noted indicated"),
    "called_for": _forms("urged urges demanded"),
    "published": _forms("posted published"),
    "revealed": _forms("revealed"),
    "acknowledged": _forms("acknowledged admitted"),
    "estimated": _forms("estimated estimates"),
}
_EN_MULTI_VERBS = {"called_for": [r"call(?:ed|s)?\s+(?:on|for)"], "claimed": [r"claims\s+that"]}
_EN_PARTICIPLES: dict[str, list[str]] = {
    "added": _forms("adding"),
    "said": _forms("saying"),
    "explained": _forms("noting explaining"),
    "confirmed": _forms("stressing insisting"),
    "warned": _forms("warning"),
    "claimed": _forms("claiming"),
    "accused": _forms("accusing"),
}
_EN_ACCORDING = {
    "according_to": [r"according\s+to", r"citing", r"as\s+reported\s+by", r"quoted\s+by"],
}
_EN_PASSIVE = {
    "reported": [
        r"it\s+(?:was|is|has\s+been)\s+(?:reported|announced|claimed|said|learned|alleged)",
        r"(?:is|are|was|were)\s+(?:said|reported|believed|thought)\s+to",
    ]
}
_EN_OUTLET_HEDGED = {"": [r"it\s+(?:seems|appears)"]}

_AR_HEDGES = [
    r"يبدو",
    r"ربما",
    r"قد\s+[يتنا]\w+",
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


def _build(
    groups: list[tuple[str, bool, dict[str, list[str]], Cue | None]], arabic: bool
) -> tuple[re.Pattern[str], dict[str, Cue]]:
    """One alternation of named groups; each group name maps to the cue it stands for."""
    parts: list[str] = []
    cues: dict[str, Cue] = {}
    n = 0
    for kind, is_regex, table, template in groups:
        for mode, forms in table.items():
            items = forms if is_regex else [re.escape(f) for f in forms]
            # Longest first so "قالت" wins over "قال" inside the alternation.
            items = sorted(items, key=len, reverse=True)
            name = f"c{n}"
            n += 1
            cue = template or Cue(kind, mode, "deny" if mode == "denied" else "affirm")
            if template is not None:
                cue = Cue(template.kind, mode or template.mode, template.polarity, template.hedge)
            cues[name] = cue
            parts.append(f"(?P<{name}>{'|'.join(items)})")
    body = "|".join(parts)
    if arabic:
        pattern = rf"(?<![\w])(?:[وف]|ول|فل)?(?:{body})(?![\w])"
        return re.compile(pattern), cues
    return re.compile(rf"\b(?:{body})\b", re.IGNORECASE), cues


AR_CUES, AR_CUE_INFO = _build(
    [
        (OUTLET, True, _AR_OUTLET_HEDGED, Cue(OUTLET, "", hedge=True)),
        (OUTLET, True, _AR_OUTLET, Cue(OUTLET, "")),
        (PASSIVE, True, _AR_PASSIVE, Cue(PASSIVE, "reported")),
        (ACCORDING, True, _AR_ACCORDING, Cue(ACCORDING, "according_to")),
        (VERB, True, _AR_VERB_PHRASES, None),
        (PARTICIPLE, False, _AR_PARTICIPLES, None),
        (VERB, False, _AR_VERBS, None),
    ],
    arabic=True,
)

EN_CUES, EN_CUE_INFO = _build(
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

AR_HEDGES = re.compile(rf"(?<![\w])(?:[وف])?(?:{'|'.join(_AR_HEDGES)})(?![\w])")
EN_HEDGES = re.compile(rf"\b(?:{'|'.join(_EN_HEDGES)})\b", re.IGNORECASE)


def all_arabic_cue_forms() -> list[str]:
    """Every literal Arabic cue form (for the bench's bare scan)."""
    forms: list[str] = []
    for table in (_AR_VERBS, _AR_PARTICIPLES):
        for words in table.values():
            forms.extend(words)
    return forms
