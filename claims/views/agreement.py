from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from claims.permissions import editor_required
from claims.services.agreement import agreement_report


@require_GET
@editor_required
def agreement_overview(request: HttpRequest) -> HttpResponse:
    return render(request, "claims/agreement.html", {"report": agreement_report()})
