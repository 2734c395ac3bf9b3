"""Uploads (admin role): the upload form, the batch list, a batch's page and its polling partial."""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import RequestDataTooBig, TooManyFilesSent
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods
from django.views.decorators.vary import vary_on_headers

from claims.ingestion import storage
from claims.ingestion.forms import IngestUploadForm
from claims.ingestion.names import sanitize_name
from claims.ingestion.upload_handlers import UploadLimitHandler
from claims.models import IngestBatch
from claims.permissions import admin_required, is_admin
from claims.services import ingest as ingest_services
from claims.views.display import wants_partial

logger = logging.getLogger(__name__)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


def _limits(user: Any) -> dict[str, Any]:
    quota = settings.INGEST_DAILY_UPLOAD_BYTES
    return {
        "max_upload": _mb(settings.INGEST_MAX_UPLOAD_BYTES),
        "max_article": _mb(settings.INGEST_MAX_ARTICLE_BYTES),
        "max_files": settings.DATA_UPLOAD_MAX_NUMBER_FILES,
        "daily_quota": _mb(quota) if quota else "",
        "quota_left": _mb(max(0, quota - ingest_services.uploaded_today(user))) if quota else "",
    }


def _upload_page(
    request: HttpRequest, form: IngestUploadForm, *, refusal: str = "", status: int = 200
) -> HttpResponse:
    recent = IngestBatch.objects.select_related("created_by").order_by("-created")[:5]
    context = {"form": form, "refusal": refusal, "recent": recent, **_limits(request.user)}
    return render(request, "claims/ingest_upload.html", context, status=status)


def _over_quota(user: Any, size: int) -> str:
    """Why this upload of ``size`` bytes would take ``user`` past the daily quota, or ""."""
    quota = settings.INGEST_DAILY_UPLOAD_BYTES
    used = ingest_services.uploaded_today(user)
    if not quota or used + size <= quota:
        return ""
    return gettext(
        "Daily upload quota reached: you have uploaded %(used)s in the last 24 hours and this "
        "upload (%(size)s) would take you past %(quota)s. Nothing was ingested; try again later "
        "or send fewer files."
    ) % {"used": _mb(used), "size": _mb(size), "quota": _mb(quota)}


def _read_upload(upload: Any, limit: int) -> bytes:
    upload.seek(0)
    return upload.read(limit + 1)


@csrf_exempt
def ingest_upload(request: HttpRequest) -> HttpResponse:
    """Entry point: installs the size-limiting upload handler, then the CSRF-checked view.

    The handler must be in place before anything reads request.POST, and CsrfViewMiddleware
    would (it looks for the token in the body). So the middleware is skipped here and
    `csrf_protect` on `_ingest_upload` applies the same check right after (Django's documented
    pattern for per-view upload handlers). Unsafe requests without a token still get 403.
    """
    limiter = UploadLimitHandler(request, limit=settings.INGEST_MAX_UPLOAD_BYTES)
    with contextlib.suppress(AttributeError):  # POST already read by a middleware: no limiter
        request.upload_handlers.insert(0, limiter)
    refusal, status = "", 200
    if request.method == "POST":
        try:
            request.POST  # noqa: B018 — parse now, under the limits, to explain a refusal
        except TooManyFilesSent:
            refusal, status = (
                gettext("Too many files: at most %(n)d per upload. Nothing was ingested.")
                % {"n": settings.DATA_UPLOAD_MAX_NUMBER_FILES},
                400,
            )
        except RequestDataTooBig:
            refusal, status = gettext("The form data is too large. Nothing was ingested."), 400
        except MultiPartParserError:
            refusal, status = gettext("The upload was malformed. Nothing was ingested."), 400
        if limiter.exceeded:
            refusal, status = (
                gettext(
                    "The upload is larger than %(limit)s in total and was refused unread. "
                    "Nothing was ingested; send the files in smaller groups."
                )
                % {"limit": _mb(settings.INGEST_MAX_UPLOAD_BYTES)},
                413,
            )
    # A refusal writes nothing, so it needs no CSRF token; only admins are told why.
    if refusal and is_admin(request.user):
        return _upload_page(request, IngestUploadForm(), refusal=refusal, status=status)
    return _ingest_upload(request)


@csrf_protect
@admin_required
@require_http_methods(["GET", "POST"])
def _ingest_upload(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return _upload_page(request, IngestUploadForm())
    form = IngestUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _upload_page(request, form)
    size = sum(upload.size or 0 for upload in form.cleaned_data["files"])
    # Every file stored by this request, deleted again unless the batch naming it is committed:
    # a failure while storing (the 2nd file of 3), in the service, or at COMMIT itself (a deferred
    # constraint, a lost connection) leaves neither a batch nor a file (RELIABILITY Q-1).
    stored: list[str] = []
    try:
        # The quota check and the batch that counts against it commit together, under a lock on
        # the uploader's row: two uploads sent at once by one admin cannot both pass the check.
        with transaction.atomic():
            list(
                get_user_model().objects.select_for_update().filter(pk=request.user.pk).values("pk")
            )
            refusal = _over_quota(request.user, size)
            if refusal:
                return _upload_page(request, IngestUploadForm(), refusal=refusal, status=429)
            batch = _ingest_files(request, form, size, stored)
    except BaseException:
        for name in stored:
            storage.discard(name)
        raise
    return redirect("claims:batch-detail", pk=batch.pk)


def _ingest_files(
    request: HttpRequest, form: IngestUploadForm, size: int, stored: list[str]
) -> IngestBatch:
    """Store the files for a worker to read (services.ingest.batch_read); refuse what is too big.
    Each stored name is appended to `stored` as soon as it exists, for the caller to discard if
    the batch is not committed."""
    files, errors, names = [], [], []
    for upload in form.cleaned_data["files"]:
        name = sanitize_name(upload.name)
        data = _read_upload(upload, settings.INGEST_MAX_UPLOAD_BYTES)
        if len(data) > settings.INGEST_MAX_UPLOAD_BYTES:  # the handler should have stopped it
            errors.append({"name": name, "reason": "too large for one upload"})
            continue
        stored.append(storage.store(data))
        files.append({"path": stored[-1], "name": name})
        names.append(name)
    label = form.cleaned_data["label"] or ", ".join(names)
    return ingest_services.upload_open(
        user=request.user, label=label, files=files, errors=errors, upload_bytes=size
    )


def _render_batch(request: HttpRequest, pk: int) -> HttpResponse:
    batch = get_object_or_404(IngestBatch.objects.select_related("created_by", "feed"), pk=pk)
    context = {"batch": batch, "progress": ingest_services.batch_progress(batch)}
    if wants_partial(request):
        return render(request, "claims/partials/batch_progress.html", context)
    context["articles"] = batch.articles.order_by("pk").only("pk", "title", "source_name")[:200]
    return render(request, "claims/batch_detail.html", context)


@require_GET
@admin_required
@vary_on_headers("HX-Request")
def batch_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _render_batch(request, pk)


@require_GET
@admin_required
@vary_on_headers("HX-Request")
def batch_progress(request: HttpRequest, pk: int) -> HttpResponse:
    """The polling partial (htmx); a plain request gets the whole batch page."""
    return _render_batch(request, pk)


@require_GET
@admin_required
def batch_list(request: HttpRequest) -> HttpResponse:
    batches = IngestBatch.objects.select_related("created_by", "feed").order_by("-created", "-pk")
    page = Paginator(batches, 50).get_page(request.GET.get("page"))
    return render(request, "claims/batch_list.html", {"page": page})
