"""A source's page: names and aliases, kind, affiliation, conflict party, its claims by status."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Exists, OuterRef
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from claims.models import Attribution, Claim, Source
from claims.permissions import reviewer_required
from claims.views.display import claim_view, claims_for_display, status_counts

CLAIMS_SHOWN = 200


@require_GET
@login_required
@reviewer_required
def source_detail(request: HttpRequest, pk: int) -> HttpResponse:
    source = get_object_or_404(
        Source.objects.select_related("parent").prefetch_related("aliases", "members"), pk=pk
    )
    base = Claim.objects.filter(
        Exists(Attribution.objects.filter(claim=OuterRef("pk"), source=source))
    )
    counts = status_counts(base)
    claims = claims_for_display(base, request.user).order_by("-article_id", "ordinal")
    rows = [claim_view(c, request.user) for c in claims[:CLAIMS_SHOWN]]
    # Grouped by the status this user may see (blind review hides others' judgements).
    order = ["hidden", *Claim.Status.values]
    groups: dict[str, list[object]] = {}
    for row in sorted(rows, key=lambda r: order.index(r.status)):
        groups.setdefault(row.status, []).append(row)
    return render(
        request,
        "claims/source_detail.html",
        {
            "source": source,
            "counts": counts,
            "status_choices": Claim.Status.choices,
            "groups": list(groups.items()),
            "truncated": counts["total"] > CLAIMS_SHOWN,
        },
    )
