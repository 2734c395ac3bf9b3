"""Ingestion: parsed records -> IngestBatch + one pending Article per new content hash -> queued tasks."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Q, Sum
from django.db.models.signals import post_delete
from django.utils import timezone

from claims import tasks
from claims.extraction.cleaning import clean_text, content_hash
from claims.ingestion import storage
from claims.ingestion.parsing import ItemError, ParseResult, _size, parse_upload
from claims.models import Article, Feed, IngestBatch, Source

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from claims.ingestion.parsing import ArticleRecord

logger = logging.getLogger(__name__)

_REASON_MAX = 1000


def _enqueue_on_commit(article_id: int) -> None:
    # robust=True: the article is committed either way. If the broker is down at that moment the
    # upload must not turn into a 500; articles_sweep re-queues the article a few minutes later.
    # (A named function, not functools.partial: Django logs a robust failure by __qualname__.)
    def enqueue_article_extract() -> None:
        tasks.article_extract.delay(article_id)

    transaction.on_commit(enqueue_article_extract, robust=True)


def _clip(value: str, limit: int) -> str:
    return (value or "")[:limit]


def article_create(
    *,
    record: ArticleRecord,
    batch: IngestBatch | None = None,
    outlet: str = "",
    outlet_source: Source | None = None,
    enqueue: bool = True,
    identity: tuple[str, str] | None = None,
    known_hashes: set[str] | None = None,
) -> tuple[Article | None, bool]:
    """Store a pending Article for `record` unless its content is already stored.

    Returns (article, created). `article` is the existing row for a duplicate, None when the text is
    empty once cleaned. Race-safe: the insert runs in a savepoint against the unique content_hash,
    so when two transactions store the same text at once the loser gets the winner's row.
    `identity` is (cleaned text, content hash) when the caller computed them already; a hash not in
    `known_hashes` (the caller's one query for a whole batch) skips the look-up.
    """
    cleaned, digest = identity or (clean_text(record.text), "")
    if not cleaned:
        return None, False
    digest = digest or content_hash(cleaned)
    if known_hashes is None or digest in known_hashes:
        existing = Article.objects.filter(content_hash=digest).first()
        if existing is not None:
            return existing, False
    fields: dict[str, Any] = {
        "batch": batch,
        "outlet": outlet_source,
        "outlet_name": _clip(outlet or record.outlet, 255),
        "title": _clip(record.title, 1000),
        "url": _clip(record.url, 2000) if record.url.startswith(("http://", "https://")) else "",
        "language": _clip(record.language, 2),
        "published": record.published,
        "source_name": _clip(record.name, 255),
        "raw": record.text.replace("\x00", ""),
        "text": cleaned,
        "content_hash": digest,
    }
    try:
        with transaction.atomic():
            article = Article.objects.create(**fields)
    except IntegrityError:
        # Another transaction stored the same content between our check and our insert; the
        # unique index made us wait for its commit, so its row is visible now.
        article = Article.objects.filter(content_hash=digest).first()
        if article is None:
            raise
        return article, False
    if enqueue:
        _enqueue_on_commit(article.pk)
    return article, True


@transaction.atomic
def batch_ingest(
    *,
    origin: str,
    parsed: ParseResult,
    label: str = "",
    user: User | None = None,
    feed: Feed | None = None,
    outlet: str = "",
    enqueue: bool = True,
) -> IngestBatch:
    """Create a batch, record the parse errors, store each new article and queue its extraction.

    `enqueue=False` leaves the articles pending for the caller to extract in-process
    (services.extract.batch_extract: the command's --sync and the demo loader).
    """
    batch = IngestBatch.objects.create(
        origin=origin, label=_clip(label, 255), created_by=user, feed=feed
    )
    return batch_fill(batch, parsed, outlet=outlet, enqueue=enqueue)


def batch_fill(
    batch: IngestBatch, parsed: ParseResult, *, outlet: str = "", enqueue: bool = True
) -> IngestBatch:
    """Store each new article of `parsed` in `batch`, queue its extraction, record the counts and
    errors (added to those the batch holds already) and mark the batch ready."""
    errors = list(batch.errors or []) + [
        {"name": e.name, "reason": e.reason} for e in parsed.errors
    ]
    total = duplicate = 0
    outlet_source = batch.feed.outlet if batch.feed is not None else None
    identities = []
    for record in parsed.records:
        cleaned = clean_text(record.text)
        identities.append((cleaned, content_hash(cleaned) if cleaned else ""))
    # One query for the whole batch instead of one per article; a row committed by someone else
    # after it is still caught by the unique index in article_create.
    known = set(
        Article.objects.filter(content_hash__in={h for _, h in identities if h}).values_list(
            "content_hash", flat=True
        )
    )
    for record, identity in zip(parsed.records, identities, strict=True):
        article, created = article_create(
            record=record,
            batch=batch,
            outlet=outlet,
            outlet_source=outlet_source,
            enqueue=enqueue,
            identity=identity,
            known_hashes=known,
        )
        if created:
            known.add(identity[1])
        if article is None:
            errors.append({"name": record.name, "reason": "No text left after cleaning."})
        elif created:
            total += 1
        else:
            duplicate += 1
    batch.total = total
    batch.duplicate = duplicate
    batch.rejected = len(errors)
    batch.errors = errors
    batch.state = IngestBatch.State.READY
    batch.files = []
    batch.save(
        update_fields=["total", "duplicate", "rejected", "errors", "state", "files", "updated"]
    )
    return batch


def _enqueue_read_on_commit(batch_id: int) -> None:
    # robust=True as for articles: if the broker is down, batches_sweep re-queues the batch.
    def enqueue_batch_read() -> None:
        tasks.batch_read.delay(batch_id)

    transaction.on_commit(enqueue_batch_read, robust=True)


def upload_open(
    *,
    user: User,
    label: str,
    files: list[dict[str, str]],
    errors: list[dict[str, str]],
    upload_bytes: int,
) -> IngestBatch:
    """An upload batch whose files (``{"path": stored name, "name": sanitised name}``) are stored and
    wait for a worker to read them (batch_read): parsing a large HTML page takes too long for a web
    request. `errors` are the files refused before storing."""
    batch = IngestBatch.objects.create(
        origin=IngestBatch.Origin.UPLOAD,
        label=_clip(label, 255),
        created_by=user,
        upload_bytes=upload_bytes,
        errors=errors,
        rejected=len(errors),
        state=IngestBatch.State.READING if files else IngestBatch.State.READY,
        files=files,
    )
    if files:
        _enqueue_read_on_commit(batch.pk)
    return batch


def batch_read(batch_id: int) -> None:
    """Read and parse the stored files of an upload batch, create its articles, delete the files.

    Idempotent and atomic: the batch row is locked, a batch no longer READING is left alone (a
    redelivered or swept message), and the articles, counts and READY state commit together, so a
    worker that dies mid-way leaves the batch READING with its files for the next attempt. The
    files are deleted only after that commit.
    """
    with transaction.atomic():
        batch = (
            IngestBatch.objects.select_for_update(skip_locked=True)
            .filter(pk=batch_id, state=IngestBatch.State.READING)
            .first()
        )
        if batch is None:
            return  # done already, gone, or being read by another worker right now
        parsed = ParseResult()
        # Each archive's expansion is capped on its own; this caps the batch's, so that a request
        # of many small archives that each expand to the cap cannot hold gigabytes of text at once.
        budget, read = settings.INGEST_MAX_BATCH_TEXT_BYTES, 0
        for item in batch.files:
            if read > budget:
                parsed.errors.append(ItemError(item["name"], _over_batch_budget(budget)))
                continue
            try:
                data = storage.read(item["path"])
            except storage.StoredFileMissing:
                parsed.errors.append(
                    ItemError(item["name"], "The stored upload was lost before it could be read.")
                )
                continue
            result = parse_upload(
                item["name"], data, max_article_bytes=settings.INGEST_MAX_ARTICLE_BYTES
            )
            del data
            read += sum(len(r.text.encode("utf-8")) for r in result.records)
            if read > budget:
                # the file that crosses the line is refused whole, like every file after it
                parsed.errors.append(ItemError(item["name"], _over_batch_budget(budget)))
                continue
            parsed.extend(result)
        stored = [item["path"] for item in batch.files]
        batch_fill(batch, parsed)
    for name in stored:
        storage.discard(name)


def _over_batch_budget(budget: int) -> str:
    return (
        f"not read: the files of this upload expand to more than {_size(budget)} of text in "
        "all; upload this file and the ones after it in another batch"
    )


def _discard_stored_files(sender: type, instance: IngestBatch, **_: Any) -> None:
    """A batch deleted while its files wait to be read (the admin, a cascade) leaves none behind;
    after the commit, so a rolled-back delete keeps them."""
    names = [item["path"] for item in instance.files or []]
    if names:
        transaction.on_commit(lambda: [storage.discard(name) for name in names])


post_delete.connect(_discard_stored_files, sender=IngestBatch, dispatch_uid="ingestbatch-files")


def batch_read_fail(batch_id: int, reason: str) -> None:
    """The reading gave up (retries spent): the batch is ready with the reason, its files deleted."""
    with transaction.atomic():
        batch = (
            IngestBatch.objects.select_for_update()
            .filter(pk=batch_id, state=IngestBatch.State.READING)
            .first()
        )
        if batch is None:
            return
        stored = [item["path"] for item in batch.files]
        errors = list(batch.errors or [])
        errors += [{"name": item["name"], "reason": reason} for item in batch.files]
        batch.errors, batch.rejected = errors, len(errors)
        batch.state, batch.files = IngestBatch.State.READY, []
        batch.save(update_fields=["errors", "rejected", "state", "files", "updated"])
    for name in stored:
        storage.discard(name)


def uploaded_today(user: User) -> int:
    """Bytes ``user`` uploaded in the last 24 hours (upload batches only: commands and feeds are not
    an admin's quota)."""
    since = timezone.now() - timedelta(hours=24)
    return (
        IngestBatch.objects.filter(
            created_by=user, origin=IngestBatch.Origin.UPLOAD, created__gte=since
        ).aggregate(total=Sum("upload_bytes"))["total"]
        or 0
    )


def batch_progress(batch: IngestBatch) -> dict[str, Any]:
    """Progress read from the Article rows (never from Celery): counts, finished, per-item errors."""
    counts = Article.objects.filter(batch=batch).aggregate(
        done=Count("pk", filter=Q(status=Article.Status.DONE)),
        failed=Count("pk", filter=Q(status=Article.Status.FAILED)),
        pending=Count(
            "pk", filter=Q(status__in=[Article.Status.PENDING, Article.Status.PROCESSING])
        ),
    )
    errors = list(batch.errors or [])
    failed = (
        Article.objects.filter(batch=batch, status=Article.Status.FAILED)
        .order_by("pk")
        .values_list("source_name", "title", "pk", "error")
    )
    errors += [
        {"name": name or title or f"article {pk}", "reason": error or "Extraction failed."}
        for name, title, pk, error in failed
    ]
    reading = batch.state == IngestBatch.State.READING
    return {
        "reading": reading,
        "total": batch.total,
        "done": counts["done"],
        "failed": counts["failed"],
        "pending": counts["pending"],
        "duplicate": batch.duplicate,
        "rejected": batch.rejected,
        "finished": not reading and counts["pending"] == 0,
        "errors": errors,
    }


def articles_sweep(*, now: datetime | None = None) -> int:
    """Re-queue articles (and upload batches still to read) whose message was lost. Idempotent;
    returns how many were re-queued.

    PENDING for longer than ARTICLE_PENDING_STALE_SECONDS: the enqueue after commit failed (broker
    down, process killed). PROCESSING for longer than ARTICLE_PROCESSING_STALE_SECONDS (beyond the
    hard time limit): the worker died and nobody will redeliver soon. Each re-queued row's `updated`
    is bumped, so a sweep running again does not queue it twice; should two messages exist anyway,
    the conditional claim in article_extract lets only one of them work.
    """
    now = now or timezone.now()
    pending_cutoff = now - timedelta(seconds=settings.ARTICLE_PENDING_STALE_SECONDS)
    processing_cutoff = now - timedelta(seconds=settings.ARTICLE_PROCESSING_STALE_SECONDS)
    stale = Q(status=Article.Status.PENDING, updated__lt=pending_cutoff) | Q(
        status=Article.Status.PROCESSING, updated__lt=processing_cutoff
    )
    batches = _batches_sweep(now - timedelta(seconds=settings.ARTICLE_PENDING_STALE_SECONDS), now)
    with transaction.atomic():
        ids = list(
            Article.objects.filter(stale)
            .select_for_update(skip_locked=True)
            .order_by("pk")
            .values_list("pk", flat=True)[:5000]
        )
        if not ids:
            return batches
        Article.objects.filter(pk__in=ids).update(status=Article.Status.PENDING, updated=now)
        for pk in ids:
            _enqueue_on_commit(pk)
    logger.info("articles_sweep re-queued %d articles", len(ids))
    return len(ids) + batches


def _batches_sweep(cutoff: datetime, now: datetime) -> int:
    """Re-queue upload batches left READING since before `cutoff` (their message was lost)."""
    with transaction.atomic():
        ids = list(
            IngestBatch.objects.filter(state=IngestBatch.State.READING, updated__lt=cutoff)
            .select_for_update(skip_locked=True)
            .order_by("pk")
            .values_list("pk", flat=True)[:1000]
        )
        IngestBatch.objects.filter(pk__in=ids).update(updated=now)
        for pk in ids:
            _enqueue_read_on_commit(pk)
    if ids:
        logger.info("articles_sweep re-queued %d upload batches", len(ids))
    return len(ids)
