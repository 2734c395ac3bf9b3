from __future__ import annotations

from django import template
from django.utils.html import format_html_join
from django.utils.translation import gettext

from claims import labels
from claims.models import Claim, Evidence, Source, Verdict

register = template.Library()


@register.filter
def status_label(status: str) -> str:
    if status == "hidden":
        return gettext("Awaiting your review")
    if status in Claim.Status.values:
        return gettext(str(Claim.Status(status).label))
    return status


@register.filter
def kind_label(kind: str) -> str:
    return gettext(str(Claim.Kind(kind).label)) if kind in Claim.Kind.values else kind


@register.filter
def mode_label(mode: str) -> str:
    return labels.mode_label(mode)


@register.filter
def choice_label(value: str, choices: str) -> str:
    """`{{ value|choice_label:"stance" }}`: the translated label of a stored choice value."""
    enum = {
        "stance": Evidence.Stance,
        "strength": Evidence.Strength,
        "reason": Verdict.Reason,
        "verdict": Verdict.Value,
        "source_kind": Source.Kind,
        "party": Source.Party,
    }[choices]
    return gettext(str(enum(value).label)) if value in enum.values else value


@register.filter
def get_item(mapping: dict, key: str) -> object:
    return mapping.get(key, 0) if mapping else 0


@register.filter
def http_url(url: str) -> str:
    """The URL if it is http(s), else "" — a stored javascript: or data: URL never becomes a link."""
    value = (url or "").strip()
    return value if value.lower().startswith(("http://", "https://")) else ""


@register.filter
def colour(source_id: int | None) -> str:
    from claims.views.display import source_colour

    return source_colour(source_id)


@register.filter
def name(source: object) -> str:
    """`{{ source|name }}`: the source's name in the interface language."""
    return labels.source_name(source)


@register.simple_tag
def options(field: object) -> str:
    """A select's <option>s built in Python: Django's per-option widget templates cost ~20 ms on the
    queue's long source list. Every value and label goes through format_html_join's escaping."""
    value = field.value()  # type: ignore[attr-defined]
    chosen = {str(v) for v in value} if isinstance(value, (list, tuple)) else {str(value or "")}
    rows = (
        (key, " selected" if str(key) in chosen else "", label)
        for key, label in field.field.widget.choices  # type: ignore[attr-defined]
    )
    return format_html_join("", '<option value="{}"{}>{}</option>', rows)
