"""Translated labels for the model's choices.

claims/models.py keeps its choice labels as plain strings (changing them would touch migrations), so
they are marked here for makemessages and translated when shown.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.functional import lazy
from django.utils.translation import get_language, gettext, gettext_noop

MODEL_LABELS = (
    gettext_noop("Unreviewed"),
    gettext_noop("Corroborated"),
    gettext_noop("Disputed"),
    gettext_noop("Unverifiable"),
    gettext_noop("Contested"),
    gettext_noop("Quote"),
    gettext_noop("Reported"),
    gettext_noop("Passive"),
    gettext_noop("Outlet"),
    gettext_noop("Single source only"),
    gettext_noop("Source is a party to the conflict"),
    gettext_noop("No access to the area"),
    gettext_noop("Media not verifiable"),
    gettext_noop("Other"),
    gettext_noop("Supports"),
    gettext_noop("Contradicts"),
    gettext_noop("Primary"),
    gettext_noop("Secondary"),
    gettext_noop("Official statement"),
    gettext_noop("Eyewitness"),
    gettext_noop("Media"),
    gettext_noop("Monitor / NGO"),
    gettext_noop("Armed group"),
    gettext_noop("Operations room"),
    gettext_noop("Government or military"),
    gettext_noop("State media"),
    gettext_noop("Media outlet"),
    gettext_noop("International organisation"),
    gettext_noop("Person"),
    gettext_noop("Anonymous"),
    gettext_noop("Unknown"),
    gettext_noop("Syrian government and allies"),
    gettext_noop("Armed opposition"),
    gettext_noop("Jihadist groups"),
    gettext_noop("Islamic State"),
    gettext_noop("Kurdish-led forces"),
    gettext_noop("Russia"),
    gettext_noop("Turkey"),
    gettext_noop("US-led coalition"),
    gettext_noop("Iran and allied militias"),
    gettext_noop("Israel"),
    gettext_noop("Not a party"),
)

_lazy_gettext = lazy(gettext, str)


def translated_choices(choices: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Form choices whose labels are translated when the form renders, not at import."""
    return [(value, _lazy_gettext(str(label))) for value, label in choices]


def source_name(source: object) -> str:
    """A source's name in the interface language when it has one."""
    if source is None:
        return ""
    name_en = getattr(source, "name_en", "")
    name_ar = getattr(source, "name_ar", "")
    if (get_language() or "").startswith("ar") and name_ar:
        return name_ar
    return name_en or name_ar or str(source)
