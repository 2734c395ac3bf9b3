"""Translated labels shown in the interface.

The model's choice labels are gettext_lazy (claims/models.py), so they follow the active language
wherever they are rendered. Attribution modes are plain codes from extraction ("according_to");
MODE_LABELS gives each a label in the interface language.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.functional import Promise
from django.utils.translation import get_language, gettext_lazy, pgettext_lazy

MODE_LABELS = {
    "said": pgettext_lazy("attribution mode", "said"),
    "stated": pgettext_lazy("attribution mode", "stated"),
    "told": pgettext_lazy("attribution mode", "told"),
    "announced": pgettext_lazy("attribution mode", "announced"),
    "announced_intent": pgettext_lazy("attribution mode", "announced an intention"),
    "according_to": pgettext_lazy("attribution mode", "according to"),
    "published": pgettext_lazy("attribution mode", "published"),
    "reported": pgettext_lazy("attribution mode", "reported"),
    "documented": pgettext_lazy("attribution mode", "documented"),
    "denied": pgettext_lazy("attribution mode", "denied"),
    "claimed": pgettext_lazy("attribution mode", "claimed"),
    "claimed_responsibility": pgettext_lazy("attribution mode", "claimed responsibility"),
    "accused": pgettext_lazy("attribution mode", "accused"),
    "called_for": pgettext_lazy("attribution mode", "called for"),
    "warned": pgettext_lazy("attribution mode", "warned"),
    "confirmed": pgettext_lazy("attribution mode", "confirmed"),
    "acknowledged": pgettext_lazy("attribution mode", "acknowledged"),
    "added": pgettext_lazy("attribution mode", "added"),
    "explained": pgettext_lazy("attribution mode", "explained"),
    "pointed_out": pgettext_lazy("attribution mode", "pointed out"),
    "revealed": pgettext_lazy("attribution mode", "revealed"),
    "considered": pgettext_lazy("attribution mode", "considered"),
    "described": pgettext_lazy("attribution mode", "described"),
    "condemned": pgettext_lazy("attribution mode", "condemned"),
    "expected": pgettext_lazy("attribution mode", "expected"),
    "estimated": pgettext_lazy("attribution mode", "estimated"),
    "covered": pgettext_lazy("attribution mode", "covered"),
    "praised": pgettext_lazy("attribution mode", "praised"),
}


def translated_choices(choices: Iterable[tuple[str, object]]) -> list[tuple[str, object]]:
    """Form choices with lazy labels: translated when the form renders, not at import."""
    return [
        (value, label if isinstance(label, Promise) else gettext_lazy(str(label)))
        for value, label in choices
    ]


def mode_label(mode: str) -> str:
    """An attribution mode in the interface language (a code extraction adds later shows as is)."""
    label = MODE_LABELS.get(mode)
    return str(label) if label is not None else mode.replace("_", " ")


def source_name(source: object) -> str:
    """A source's name in the interface language when it has one."""
    if source is None:
        return ""
    name_en = getattr(source, "name_en", "")
    name_ar = getattr(source, "name_ar", "")
    if (get_language() or "").startswith("ar") and name_ar:
        return name_ar
    return name_en or name_ar or str(source)
