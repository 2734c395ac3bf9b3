from __future__ import annotations

from typing import Any

from django import template
from django.template import defaultfilters
from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.timezone import template_localtime
from django.utils.translation import gettext

from claims import labels
from claims.models import Claim, Evidence, Source, Verdict
from claims.permissions import has_role

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


@register.filter(name="has_role")
def has_role_filter(user: object, role: str) -> bool:
    """`{% if user|has_role:"editor" %}`: show a link only to those who may follow it (no 403s)."""
    return has_role(user, role)


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


@register.simple_tag
def article_marks(segments: list[dict], selected: int | None) -> str:
    """The article text with a link around each claim, built in Python: as template markup this was
    ~1,100 variable lookups and 50 {% url %} calls, half of the article page's time. Every piece of
    stored text goes through escape() or format_html()'s escaping."""
    prefix = url_prefix("claims:claim-panel")
    kinds: dict[str, str] = {}
    statuses: dict[str, str] = {}
    parts = []
    for seg in segments:
        view = seg["claim"]
        if view is None:
            parts.append(escape(seg["text"]))
            continue
        claim = view.claim
        kind = kinds.get(claim.kind) or kinds.setdefault(claim.kind, kind_label(claim.kind))
        status = statuses.get(view.status) or statuses.setdefault(
            view.status, status_label(view.status)
        )
        parts.append(
            format_html(
                '<a class="claim-mark {} k-{} st-{}{}{}" id="claim-{}" data-claim="{}" href="{}{}/"'
                ' title="{} · {} · {}">{}</a>',
                view.colour,
                claim.kind,
                view.status,
                " is-touching" if seg.get("touching") else "",
                " is-selected" if claim.pk == selected else "",
                claim.pk,
                claim.pk,
                prefix,
                claim.pk,
                labels.source_name(view.source),
                kind,
                status,
                seg["text"],
            )
        )
    return format_html_join("", "{}", ((part,) for part in parts))


def url_prefix(name: str) -> str:
    """The URL of `name` for pk 0 without its "0/" end: prefix + f"{pk}/" is the URL of any pk,
    without a reverse() per row."""
    href = reverse(name, args=[0])
    return href[: href.rindex("0/")]


@register.simple_tag
def queue_rows(rows: list, bulk: bool) -> str:
    """The queue's table rows built in Python: as template markup (a {% with %}, an include and
    three {% url %} per row) they were two thirds of the queue page's time. Every stored value goes
    through format_html()'s escaping."""
    panel = url_prefix("claims:claim-panel")
    source = url_prefix("claims:source-detail")
    article = url_prefix("claims:article-detail")
    select = gettext("Select claim")
    hedged = format_html(' <span class="tag">{}</span>', gettext("hedged"))
    untitled = gettext("Untitled article")
    labels_cache: dict[tuple[str, str], str] = {}

    def label(fn: Any, value: str) -> str:
        key = (fn.__name__, value)
        if key not in labels_cache:
            labels_cache[key] = fn(value)
        return labels_cache[key]

    out = []
    for row in rows:
        c = row.claim
        a = c.article
        tick = (
            format_html(
                '<td><input type="checkbox" name="claims" value="{}" form="bulk" aria-label="{} {}"></td>',
                c.pk,
                select,
                c.pk,
            )
            if bulk
            else ""
        )
        src = (
            format_html(
                '<a class="src {}" href="{}{}/"><bdi>{}</bdi></a>',
                row.colour,
                source,
                row.source.pk,
                labels.source_name(row.source),
            )
            if row.source
            else format_html('<span class="muted">{}</span>', "—")
        )
        title = defaultfilters.truncatechars(a.title or a.source_name or untitled, 60)
        outlet = labels.source_name(a.outlet) if a.outlet else a.outlet_name
        published = (
            format_html(
                ' · <time dir="ltr">{}</time>',
                defaultfilters.date(template_localtime(a.published), "Y-m-d"),
            )
            if a.published
            else ""
        )
        assigned = ""
        if c.assigned_to:
            assigned = format_html("<bdi>{}</bdi>", c.assigned_to.get_username())
        out.append(
            format_html(
                '<tr data-claim-row="{}">{}'
                '<td><span class="chip chip-{}" data-status-chip>{}</span></td>'
                '<td class="claim-cell" dir="auto" lang="{}" hx-disable><a href="{}{}/">{}</a>{}</td>'
                "<td hx-disable>{}</td><td>{}</td>"
                '<td class="article-cell" hx-disable><a href="{}{}/" dir="auto">{}</a>'
                '<div class="muted small"><bdi>{}</bdi>{}</div></td>'
                "<td>{}</td></tr>\n",
                c.pk,
                tick,
                row.status,
                label(status_label, row.status),
                a.language,
                panel,
                c.pk,
                defaultfilters.truncatechars(c.text, 220),
                hedged if c.hedged else "",
                src,
                label(kind_label, c.kind),
                article,
                c.article_id,
                title,
                outlet,
                published,
                assigned,
            )
        )
    return format_html_join("", "{}", ((row,) for row in out))


@register.simple_tag
def legend_items(items: list[dict]) -> str:
    """The article's source legend (<li> per source), built in Python like article_marks."""
    prefix = url_prefix("claims:source-detail")
    rows = []
    for item in items:
        source = item["source"]
        who = (
            format_html(
                '<a href="{}{}/"><bdi>{}</bdi></a>', prefix, source.pk, labels.source_name(source)
            )
            if source
            else gettext("No source")
        )
        rows.append((item["colour"], who, item["count"]))
    return format_html_join(
        "", '<li><span class="swatch {}"></span>{} <span class="muted">({})</span></li>', rows
    )
