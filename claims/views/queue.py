"""The review queue: filters, search, counts, pagination; bulk assign and bulk final status."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect

from claims.forms import BulkForm, QueueFilterForm
from claims.models import Attribution, Claim, Source
from claims.permissions import editor_required, is_editor, reviewer_required
from claims.services.review import claims_assign, claims_set_final
from claims.views.display import (
    all_status_counts,
    claim_search,
    claim_view,
    claims_for_display,
    status_counts,
    status_q,
    wants_partial,
)

PAGE_SIZE = 50
# With a filter or search, count at most this many matches (an exact count of a broad search over
# 100,000 claims costs more than the rest of the page together).
COUNT_CAP = 2000
# Up to this many matches, the page is read by the ids the count found.
FEW = 500


class CountedPaginator(Paginator):
    """The status counts already hold the total: reuse it instead of a second COUNT(*)."""

    def __init__(self, object_list: Any, per_page: int, *, known_count: int) -> None:
        super().__init__(object_list, per_page)
        self._known_count = known_count

    @property
    def count(self) -> int:
        return self._known_count


def _filtered(data: dict[str, Any], user: Any) -> QuerySet[Claim]:
    """Claims matching every valid filter except status (the counts are shown per status)."""
    qs = Claim.objects.all()
    if data.get("kind"):
        qs = qs.filter(kind=data["kind"])
    if data.get("source"):
        qs = qs.filter(
            Exists(Attribution.objects.filter(claim=OuterRef("pk"), source_id=data["source"]))
        )
    if data.get("source_kind"):
        qs = qs.filter(
            Exists(
                Attribution.objects.filter(claim=OuterRef("pk"), source__kind=data["source_kind"])
            )
        )
    if data.get("party"):
        qs = qs.filter(
            Exists(
                Attribution.objects.filter(
                    claim=OuterRef("pk"), source__conflict_party=data["party"]
                )
            )
        )
    if data.get("outlet"):
        outlet = data["outlet"].strip()
        qs = qs.filter(
            Q(article__outlet_name__icontains=outlet)
            | Q(article__outlet__name_en__icontains=outlet)
            | Q(article__outlet__name_ar__icontains=outlet)
        )
    if data.get("language"):
        qs = qs.filter(article__language=data["language"])
    if data.get("date_from"):
        qs = qs.filter(article__published__date__gte=data["date_from"])
    if data.get("date_to"):
        qs = qs.filter(article__published__date__lte=data["date_to"])
    if data.get("article"):
        qs = qs.filter(article_id=data["article"])
    if data.get("mine"):
        qs = qs.filter(assigned_to=user)
    if data.get("q"):
        qs = claim_search(qs, data["q"])
    return qs


@require_GET
@login_required
@reviewer_required
@vary_on_headers("HX-Request")
def claim_queue(request: HttpRequest) -> HttpResponse:
    sources = [
        (s.pk, str(s))
        for s in Source.objects.filter(curated=True).only("pk", "name_en", "name_ar", "slug")
    ]
    form = QueueFilterForm(request.GET or None, sources=sources)
    data = form.cleaned_data if form.is_bound and form.is_valid() else {}
    if form.is_bound and not form.is_valid():
        # Use the filters that are valid; the form shows errors for the rest.
        data = {k: v for k, v in form.cleaned_data.items() if k not in form.errors}
    base = _filtered(data, request.user)
    filtered = any(v not in (None, "", False) for k, v in data.items() if k != "status")
    counts = status_counts(base, cap=COUNT_CAP) if filtered else all_status_counts()
    ids = counts.pop("ids", [])
    if filtered and not counts["capped"] and len(ids) <= FEW:
        # The count has just found every match: the page reads them by id instead of running the
        # search (a trigram match sorted by article) a second time.
        base = Claim.objects.filter(pk__in=ids)
    qs = base.filter(status_q(data["status"])) if data.get("status") else base
    qs = claims_for_display(qs, request.user).order_by("-article_id", "ordinal")
    if counts["capped"]:
        total = COUNT_CAP  # at least this many; the pager offers that many pages
    else:
        total = counts[data["status"]] if data.get("status") else counts["total"]
    page = CountedPaginator(qs, PAGE_SIZE, known_count=total).get_page(request.GET.get("page"))
    rows = [claim_view(c, request.user) for c in page.object_list]
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "form": form,
        "counts": counts,
        "status_choices": Claim.Status.choices,
        "page": page,
        "rows": rows,
        "querystring": params.urlencode(),
        "is_editor": is_editor(request.user),
        "bulk_form": BulkForm() if is_editor(request.user) else None,
    }
    if wants_partial(request):
        return render(request, "claims/partials/claim_list.html", context)
    return render(request, "claims/claim_queue.html", context)


@require_POST
@login_required
@editor_required
def claim_bulk(request: HttpRequest) -> HttpResponse:
    form = BulkForm(request.POST)
    back = request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}
    ) or not back.startswith("/"):
        back = "/"
    if form.is_valid():
        data = form.cleaned_data
        if data["action"] == "assign":
            n = claims_assign(
                claim_ids=data["claims"],
                editor=request.user,
                assignee=data["assignee"],
                note=data["note"],
            )
            messages.success(request, _("%(n)d claims assigned.") % {"n": n})
        else:
            n = claims_set_final(
                claim_ids=data["claims"],
                editor=request.user,
                status=data["status"],
                note=data["note"],
            )
            messages.success(request, _("Final status set on %(n)d claims.") % {"n": n})
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    if wants_partial(request):
        return HttpResponseClientRedirect(back)
    return redirect(back)
