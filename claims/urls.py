from __future__ import annotations

from django.urls import path

from claims.views import agreement, ingest, queue, review, sources

app_name = "claims"

urlpatterns = [
    path("", queue.claim_queue, name="queue"),
    path("queue/bulk/", queue.claim_bulk, name="claim-bulk"),
    path("articles/<int:pk>/", review.article_detail, name="article-detail"),
    path("articles/<int:pk>/progress/", review.article_progress, name="article-progress"),
    path("claims/<int:pk>/", review.claim_panel, name="claim-panel"),
    path("claims/<int:pk>/verdict/", review.claim_verdict, name="claim-verdict"),
    path("claims/<int:pk>/edit/", review.claim_edit, name="claim-edit"),
    path("claims/<int:pk>/final/", review.claim_final, name="claim-final"),
    path("claims/<int:pk>/history/", review.claim_history, name="claim-history"),
    path(
        "claims/<int:pk>/evidence-search/",
        review.claim_evidence_search,
        name="claim-evidence-search",
    ),
    path("sources/<int:pk>/", sources.source_detail, name="source-detail"),
    path("agreement/", agreement.agreement_overview, name="agreement"),
    path("upload/", ingest.ingest_upload, name="upload"),
    path("batches/", ingest.batch_list, name="batch-list"),
    path("batches/<int:pk>/", ingest.batch_detail, name="batch-detail"),
    path("batches/<int:pk>/progress/", ingest.batch_progress, name="batch-progress"),
]
