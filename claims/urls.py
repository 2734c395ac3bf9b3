from __future__ import annotations

from django.urls import path

from claims.views import review

app_name = "claims"

urlpatterns = [
    path("", review.claim_queue, name="queue"),
]
