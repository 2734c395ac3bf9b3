from __future__ import annotations

from django.urls import path

from claims.views import agreement, review

app_name = "claims"

urlpatterns = [
    path("", review.claim_queue, name="queue"),
    path("agreement/", agreement.agreement_overview, name="agreement"),
]
