"""Feed polling: conditional GET of the feed, fetch each new entry's page, ingest as one batch."""

from __future__ import annotations

import dataclasses
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from claims import tasks
from claims.extraction.cleaning import clean_text, content_hash
from claims.feeds import FeedItem, FetchError, fetch, html_to_plain, is_http_url, parse_feed
from claims.ingestion.parsing import ArticleRecord, ItemError, ParseResult, html_to_record
from claims.models import Article, Feed, FeedEntry, IngestBatch
from claims.services.ingest import batch_ingest

logger = logging.getLogger(__name__)

FEED_MAX_NEW_ENTRIES = 50  # per poll; the rest wait for the next poll


def feeds_poll() -> int:
    """Queue one poll per active feed; returns how many were queued."""
    ids = list(Feed.objects.filter(active=True).order_by("pk").values_list("pk", flat=True))
    for pk in ids:
        tasks.feed_poll.delay(pk)
    return len(ids)


def _entry_record(feed: Feed, item: FeedItem) -> tuple[ArticleRecord | None, str]:
    """The article for one entry: its page, else its summary. Returns (record, why the page failed)."""
    problem = ""
    if not is_http_url(item.url):
        problem = f"Refused {item.url[:200]!r}: only http and https URLs are fetched."
    else:
        try:
            page = fetch(
                item.url, timeout=settings.FEED_FETCH_TIMEOUT, max_bytes=settings.FEED_MAX_BYTES
            )
            record = html_to_record(item.url[:255], page.content, url=page.url)
            if record.text.strip():
                return record, ""
            problem = "No article text found on the page."
        except FetchError as exc:
            problem = str(exc)
    summary = html_to_plain(item.summary)
    if not summary:
        return None, problem
    record = ArticleRecord(name=(item.url or item.guid)[:255], text=summary, url=item.url)
    return record, f"{problem} Used the feed summary instead."


def feed_poll(*, feed_id: int) -> IngestBatch | None:
    """Poll one feed. Returns the batch of new entries, None when there was nothing new."""
    feed = Feed.objects.select_related("outlet").filter(pk=feed_id, active=True).first()
    if feed is None:
        return None
    conditional = {}
    if feed.etag:
        conditional["If-None-Match"] = feed.etag
    if feed.last_modified:
        conditional["If-Modified-Since"] = feed.last_modified
    now = timezone.now()
    try:
        response = fetch(
            feed.url,
            timeout=settings.FEED_FETCH_TIMEOUT,
            max_bytes=settings.FEED_MAX_BYTES,
            headers=conditional,
        )
        if response.status == 304:
            Feed.objects.filter(pk=feed.pk).update(last_polled=now, last_error="", updated=now)
            return None
        title, items = parse_feed(response.content)
    except FetchError as exc:
        Feed.objects.filter(pk=feed.pk).update(last_polled=now, last_error=str(exc), updated=now)
        return None

    seen = set(
        FeedEntry.objects.filter(feed=feed, guid__in=[i.guid for i in items]).values_list(
            "guid", flat=True
        )
    )
    new_items = list({i.guid: i for i in items if i.guid not in seen}.values())
    new_items = new_items[:FEED_MAX_NEW_ENTRIES]

    outlet = str(feed.outlet) if feed.outlet else (feed.title or title)
    records: list[ArticleRecord] = []
    errors: list[ItemError] = []
    entry_rows: list[FeedEntry] = []
    problems: list[str] = []
    # Network first, outside any transaction: no row lock is held while a slow page downloads.
    for item in new_items:
        record, problem = _entry_record(feed, item)
        if problem:
            problems.append(f"{item.url or item.guid}: {problem}")
        hash_ = ""
        if record is None:
            errors.append(ItemError(name=(item.url or item.guid)[:255], reason=problem))
        else:
            record = dataclasses.replace(
                record,
                title=record.title or item.title,
                published=record.published or item.published,
                language=record.language or feed.language,
                outlet=outlet,
            )
            records.append(record)
            hash_ = content_hash(clean_text(record.text))
        entry_rows.append(FeedEntry(feed=feed, guid=item.guid, url=item.url, error=problem))
        entry_rows[-1]._content_hash = hash_  # type: ignore[attr-defined]

    batch = None
    with transaction.atomic():
        if entry_rows:
            batch = batch_ingest(
                origin=IngestBatch.Origin.FEED,
                parsed=ParseResult(records=records, errors=errors),
                label=(feed.title or title or feed.url)[:255],
                feed=feed,
                outlet=outlet,
            )
            hashes = [e._content_hash for e in entry_rows if e._content_hash]  # type: ignore[attr-defined]
            by_hash = dict(
                Article.objects.filter(content_hash__in=hashes).values_list("content_hash", "pk")
            )
            for entry in entry_rows:
                entry.article_id = by_hash.get(entry._content_hash)  # type: ignore[attr-defined]
            # A concurrent poll of the same feed may have stored some entries: keep theirs.
            FeedEntry.objects.bulk_create(entry_rows, ignore_conflicts=True)
        Feed.objects.filter(pk=feed.pk).update(
            etag=response.headers.get("ETag", "")[:255],
            last_modified=response.headers.get("Last-Modified", "")[:255],
            title=feed.title or title[:255],
            last_polled=now,
            last_error="\n".join(problems)[:5000],
            updated=now,
        )
    return batch
