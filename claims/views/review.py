"""The article page, the claim panel and the review POSTs (verdict, edit, final status), history."""

from __future__ import annotations

import re
from typing import Any

from django.contrib.auth.decorators import login_required
from django.db.models import BigIntegerField, F, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import trigger_client_event

from claims.forms import ClaimEditForm, FinalStatusForm, SearchForm, VerdictForm
from claims.models import Article, Attribution, Claim, ClaimEvent, Evidence, Source, Verdict
from claims.permissions import editor_required, is_editor, reviewer_required
from claims.services.review import (
    MAX_EVIDENCE,
    ReviewError,
    StaleEdit,
    claim_primary_source_id,
    claim_set_final,
    claim_set_verdict,
    claim_update,
)
from claims.templatetags.review_tags import url_prefix
from claims.views.display import (
    claim_search_ranked,
    claim_view,
    claims_for_display,
    wants_partial,
)

LEGEND_SHOWN = 8
EVIDENCE_KEY = re.compile(r"^evidence-(\d+)$")

# ------------------------------------------------------------------------------------------------
# Loading


def _evidence_rows() -> Any:
    """Evidence with the cited claim and its sources (one query more, however many rows), so each
    cited claim shows who said it."""
    return Evidence.objects.select_related("claim").prefetch_related(
        Prefetch(
            "claim__attributions",
            queryset=Attribution.objects.select_related("source").order_by("position", "pk"),
        )
    )


def _get_claim_for_user(request: HttpRequest, pk: int) -> Claim:
    # One claim: its article's text is wanted (the panel's full page draws the article).
    qs = (
        claims_for_display(Claim.objects.filter(pk=pk), request.user)
        .select_related("final_by")
        .defer(None)
    )
    return get_object_or_404(qs)


def build_segments(text: str, claims: list[Any]) -> list[dict[str, Any]]:
    """Split the article text into plain runs and claim runs ([start, end) of each claim, in order).

    Plain strings only: the template escapes them. A claim that overlaps an earlier one is clipped
    to the part not yet shown, so every character appears exactly once.
    """
    segments: list[dict[str, Any]] = []
    pos = 0
    for view in sorted(claims, key=lambda v: (v.claim.start, v.claim.end)):
        start = max(view.claim.start, pos)
        end = min(view.claim.end, len(text))
        if end <= start:
            continue
        gap = text[pos:start]
        # Touching the previous claim (nothing or only spaces between): drawn with a seam.
        touching = bool(segments) and segments[-1]["claim"] is not None and not gap.strip()
        if gap:
            segments.append({"text": gap, "claim": None})
        segments.append({"text": text[start:end], "claim": view, "touching": touching})
        pos = end
    if pos < len(text):
        segments.append({"text": text[pos:], "claim": None})
    return segments


def _progress(views: list[Any]) -> dict[str, int]:
    total = len(views)
    reviewed = sum(1 for v in views if v.claim.effective_status != Claim.Status.UNREVIEWED)
    mine = sum(1 for v in views if getattr(v.claim, "my_verdict", None))
    return {
        "total": total,
        "reviewed": reviewed,
        "mine": mine,
        "percent": round(100 * reviewed / total) if total else 0,
    }


def _article_context(request: HttpRequest, article: Article) -> dict[str, Any]:
    claims = claims_for_display(Claim.objects.all(), request.user, article=article)
    views = []
    for claim in claims.order_by("start", "end"):
        claim.article = article
        views.append(claim_view(claim, request.user))
    legend: dict[Any, Any] = {}
    for view in views:
        key = view.source.pk if view.source else None
        legend.setdefault(key, {"source": view.source, "colour": view.colour, "count": 0})
        legend[key]["count"] += 1
    ranked = sorted(legend.values(), key=lambda item: -item["count"])
    segments = build_segments(article.text, views)
    shown = {id(seg["claim"]) for seg in segments if seg["claim"] is not None}
    return {
        # Most frequent voices first; a long tail folds away so the text starts high on the page.
        "legend": ranked[:LEGEND_SHOWN],
        "legend_more": ranked[LEGEND_SHOWN:],
        "article": article,
        "claims": views,
        "segments": segments,
        # A claim wholly inside an earlier one gets no run of its own: list it under the text so
        # it can still be clicked and reached with j/k.
        "nested": [v for v in views if id(v) not in shown],
        "progress": _progress(views),
        "rtl": article.language == "ar",
        "panel_prefix": url_prefix("claims:claim-panel"),
        "source_prefix": url_prefix("claims:source-detail"),
    }


def _panel_context(
    request: HttpRequest,
    claim: Claim,
    *,
    verdict_form: VerdictForm | None = None,
    edit_form: ClaimEditForm | None = None,
    final_form: FinalStatusForm | None = None,
    edit_error: str = "",
    candidates: list[Any] | None = None,
    focus: str = "",
) -> dict[str, Any]:
    user = request.user
    view = claim_view(claim, user)
    verdict_form = verdict_form or VerdictForm()
    _attach_picked(request, verdict_form)
    verdicts = list(
        Verdict.objects.filter(claim=claim)
        .select_related("reviewer")
        .prefetch_related(Prefetch("evidence", queryset=_evidence_rows().defer("claim__search")))
        .order_by("-created", "-pk")
    )
    seen: set[int] = set()
    for verdict in verdicts:
        verdict.counted = verdict.reviewer_id not in seen
        seen.add(verdict.reviewer_id)
    mine = [v for v in verdicts if v.reviewer_id == user.pk]
    if view.hidden:
        verdicts = mine
    editor = is_editor(user)
    if editor and edit_form is None:
        first = view.claim.attributions.all()
        edit_form = ClaimEditForm(
            initial={
                "version": claim.version,
                "kind": claim.kind,
                "source": first[0].source_id if first else None,
            }
        )
    return {
        "claim": claim,
        "view": view,
        "verdicts": verdicts,
        "my_latest": mine[0] if mine else None,
        "verdict_form": verdict_form,
        "candidates": candidates,
        "q": verdict_form["q"].value() or "",
        "focus": focus,
        "edit_form": edit_form,
        "final_form": final_form
        or FinalStatusForm(initial={"status": claim.final_status, "note": ""}),
        "edit_error": edit_error,
        "is_editor": editor,
    }


def _attach_picked(request: HttpRequest, form: VerdictForm) -> None:
    """Show each cited claim's text and source on its row (two queries, only when claims are cited)."""
    ids = form.claim_ids()
    if not ids:
        return
    found = {
        c.pk: claim_view(c, request.user)
        for c in claims_for_display(Claim.objects.filter(pk__in=ids), request.user)
    }
    for item in form.items:
        item.picked = found.get(item.claim_id) if item.claim_id else None


def _render_panel(
    request: HttpRequest, claim: Claim, *, status: int = 200, **kwargs: Any
) -> HttpResponse:
    """The panel alone for htmx; the article page with the panel open otherwise."""
    context = _panel_context(request, claim, **kwargs)
    if wants_partial(request):
        return render(request, "claims/partials/claim_panel.html", context, status=status)
    context.update(_article_context(request, claim.article))
    context["selected"] = claim.pk
    return render(request, "claims/article_detail.html", context, status=status)


def _changed(response: HttpResponse, claim: Claim, user: Any) -> HttpResponse:
    """Tell the page a claim changed; app.js recolours its mark and the progress bar reloads."""
    view = claim_view(claim, user)
    trigger_client_event(
        response,
        "claims-changed",
        {"claim": claim.pk, "status": view.status, "label": str(_status_label(view.status))},
    )
    return response


def _status_label(status: str) -> str:
    if status == "hidden":
        return gettext("Awaiting your review")
    return str(Claim.Status(status).label) if status in Claim.Status.values else status


# ------------------------------------------------------------------------------------------------
# Pages


@require_GET
@login_required
@reviewer_required
@vary_on_headers("HX-Request")
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    context = _article_context(request, article)
    context["selected"] = None
    return render(request, "claims/article_detail.html", context)


@require_GET
@login_required
@reviewer_required
@vary_on_headers("HX-Request")
def article_progress(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    if not wants_partial(request):
        return redirect("claims:article-detail", pk=article.pk)
    claims = claims_for_display(Claim.objects.filter(article=article), request.user)
    views = [claim_view(c, request.user) for c in claims]
    return render(
        request,
        "claims/partials/article_progress.html",
        {"article": article, "progress": _progress(views)},
    )


@require_GET
@login_required
@reviewer_required
@vary_on_headers("HX-Request")
def claim_panel(request: HttpRequest, pk: int) -> HttpResponse:
    return _render_panel(request, _get_claim_for_user(request, pk))


def _add_errors(form: Any, exc: ReviewError) -> None:
    """The service's refusals as form errors: on the field, on the evidence row, else on the form."""
    if not exc.errors:
        form.add_error(None, exc.message)
    for key, messages in exc.errors.items():
        for message in messages:
            row = EVIDENCE_KEY.match(key)
            if row and isinstance(form, VerdictForm):
                form.add_evidence_error(int(row.group(1)), message)
            else:
                form.add_error(key if key in form.fields else None, message)


def _saved(request: HttpRequest, pk: int) -> HttpResponse:
    """After a successful write: Post/Redirect/Get, or for htmx the fresh panel plus the event that
    recolours the claim's mark and reloads the progress."""
    if not wants_partial(request):
        return redirect("claims:claim-panel", pk=pk)
    claim = _get_claim_for_user(request, pk)
    return _changed(_render_panel(request, claim), claim, request.user)


# Buttons inside the verdict form that only change the form (nothing is saved): pick a candidate
# claim, add an external-reference row, remove a row, search candidates. They work the same with
# htmx (the clicked button's name goes with the form) and without JavaScript (a normal POST).
FORM_STEPS = ("pick", "add", "remove", "search")
DEFAULT_STANCE = {"corroborated": "supports", "disputed": "contradicts"}


def _verdict_step(
    request: HttpRequest, claim: Claim, step: str, arg: str
) -> tuple[VerdictForm, list[Any] | None, str]:
    initial, rows = VerdictForm.state(request.POST)
    stance = DEFAULT_STANCE.get(initial["value"], "")
    new = max(rows, default=-1) + 1
    candidates = None
    focus = "evidence-q"
    if step == "pick" and _as_id(arg):
        # Picking a claim that is already cited adds nothing.
        if _as_id(arg) not in _row_claim_ids(rows):
            rows[new] = {"claim": arg, "stance": stance}
            focus = f"id_ev-{new}-strength"
        initial["q"] = ""
    elif step == "add":
        rows[new] = {"stance": stance}
        focus = f"id_ev-{new}-url"
    elif step == "remove":
        rows.pop(int(arg) if arg.isdigit() else -1, None)
    elif step == "search":
        candidates = evidence_candidates(request, claim, initial["q"], exclude=_row_claim_ids(rows))
        focus = "first-candidate" if candidates else "evidence-q"
    if len(rows) > MAX_EVIDENCE:
        rows.pop(max(rows))
    return VerdictForm(initial=initial, rows=rows), candidates, focus


def _as_id(value: Any) -> int | None:
    text = str(value or "")
    return int(text) if text.isdigit() and 0 < len(text) < 12 and int(text) > 0 else None


def _row_claim_ids(rows: dict[int, dict[str, Any]]) -> set[int]:
    return {i for r in rows.values() if (i := _as_id(r.get("claim")))}


@require_POST
@login_required
@reviewer_required
def claim_verdict(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _get_claim_for_user(request, pk)
    step = next((name for name in FORM_STEPS if name in request.POST), "")
    if step:
        form, candidates, focus = _verdict_step(
            request, claim, step, str(request.POST.get(step, ""))
        )
        return _render_panel(request, claim, verdict_form=form, candidates=candidates, focus=focus)
    form = VerdictForm(request.POST)
    if form.is_valid():
        try:
            claim_set_verdict(
                claim_id=claim.pk,
                reviewer=request.user,
                value=form.cleaned_data["value"],
                note=form.cleaned_data["note"],
                reason=form.cleaned_data["reason"],
                evidence=form.evidence(),
            )
        except ReviewError as exc:
            _add_errors(form, exc)
        else:
            return _saved(request, claim.pk)
    # Invalid: the panel again with the errors, 200 so htmx swaps it in.
    return _render_panel(request, claim, verdict_form=form, focus="verdict-errors")


@require_POST
@login_required
@editor_required
def claim_edit(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _get_claim_for_user(request, pk)
    form = ClaimEditForm(request.POST)
    if form.is_valid():
        try:
            claim_update(
                claim_id=claim.pk,
                editor=request.user,
                version=form.cleaned_data["version"],
                changes=form.changes(),
                note=form.cleaned_data["note"],
            )
        except StaleEdit as exc:
            # 409: the form is stale. The editor's input stays in the form; nothing was written.
            # The claim is read again: the copy loaded above may predate the edit that won (two
            # editors saving at once), and the panel must show the current source and kind.
            claim = _get_claim_for_user(request, pk)
            return _render_panel(request, claim, edit_form=form, edit_error=exc.message, status=409)
        except ReviewError as exc:
            _add_errors(form, exc)
        else:
            return _saved(request, claim.pk)
    return _render_panel(request, claim, edit_form=form)


@require_POST
@login_required
@editor_required
def claim_final(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _get_claim_for_user(request, pk)
    form = FinalStatusForm(request.POST)
    if form.is_valid():
        try:
            claim_set_final(
                claim_id=claim.pk,
                editor=request.user,
                status=form.cleaned_data["status"],
                note=form.cleaned_data["note"],
            )
        except ReviewError as exc:
            _add_errors(form, exc)
        else:
            return _saved(request, claim.pk)
    return _render_panel(request, claim, final_form=form)


@require_GET
@login_required
@reviewer_required
@vary_on_headers("HX-Request")
def claim_history(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _get_claim_for_user(request, pk)
    view = claim_view(claim, request.user)
    verdicts = {
        v.pk: v
        for v in Verdict.objects.filter(claim=claim)
        .select_related("reviewer")
        .prefetch_related(
            Prefetch("evidence", queryset=_evidence_rows().select_related("claim__article"))
        )
    }
    events = list(ClaimEvent.objects.filter(claim=claim).select_related("actor"))
    # Reassignments store source ids; name them with one query.
    source_ids = {
        sid
        for e in events
        if e.action == "edit"
        for sid in [*(e.data.get("source") or []), e.data.get("created_source")]
        if isinstance(sid, int)
    }
    sources = Source.objects.in_bulk(source_ids) if source_ids else {}
    for event in events:
        if event.action == "edit" and event.data.get("source"):
            before, after = event.data["source"]
            event.source_change = (sources.get(before), sources.get(after))
        verdict = verdicts.get(event.data.get("verdict")) if event.action == "verdict" else None
        # Blind review: another reviewer's verdict stays hidden until this user has given one.
        if view.hidden and event.action == "verdict" and event.actor_id != request.user.pk:
            event.hidden = True
        event.verdict = verdict
    context = {"claim": claim, "view": view, "events": events}
    template = (
        "claims/partials/claim_history.html"
        if wants_partial(request)
        else "claims/claim_history.html"
    )
    return render(request, template, context)


def evidence_candidates(
    request: HttpRequest, claim: Claim, q: str, *, exclude: set[int] | None = None
) -> list[Any]:
    """Claims matching the search that may be cited: not this claim, not from its source, not
    already cited in the form."""
    q = q.strip()
    if not q:
        return []
    own = claim_primary_source_id(claim)
    first_source = Attribution.objects.filter(claim=OuterRef("pk")).order_by("position", "pk")
    qs = Claim.objects.exclude(pk__in={claim.pk, *(exclude or set())}).annotate(
        primary_source=Coalesce(
            Subquery(first_source.values("source_id")[:1]),
            F("article__outlet_id"),
            output_field=BigIntegerField(),
        )
    )
    if own is not None:
        qs = qs.filter(Q(primary_source__isnull=True) | ~Q(primary_source=own))
    qs = claims_for_display(claim_search_ranked(qs, q), request.user).order_by(
        "-rank", "-article_id", "ordinal"
    )[:10]
    return [claim_view(c, request.user) for c in qs]


@require_GET
@login_required
@reviewer_required
@vary_on_headers("HX-Request")
def claim_evidence_search(request: HttpRequest, pk: int) -> HttpResponse:
    """Candidate evidence for the verdict form: the list alone for htmx, else the claim page with
    the candidates in its verdict form (the no-JavaScript path: a GET search, then pick)."""
    claim = _get_claim_for_user(request, pk)
    form = SearchForm(request.GET)
    q = form.cleaned_data["q"].strip() if form.is_valid() else ""
    candidates = evidence_candidates(request, claim, q)
    if wants_partial(request):
        return render(
            request,
            "claims/partials/evidence_candidates.html",
            {"claim": claim, "q": q, "candidates": candidates},
        )
    return _render_panel(
        request,
        claim,
        verdict_form=VerdictForm(initial={"q": q}),
        candidates=candidates,
        focus="first-candidate" if candidates else "evidence-q",
    )
