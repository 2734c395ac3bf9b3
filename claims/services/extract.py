"""Extraction: one pending Article -> extract() -> Claims + Attributions, atomically, exactly once."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from claims.extraction import Registry, extract
from claims.extraction.normalize import normalize
from claims.models import Article, Attribution, Claim, Source, SourceAlias
from claims.registry import _language
from claims.search import SEARCH_CONFIG
from claims.services.errors import TRANSIENT_ERRORS, IngestRejected
from claims.services.registry_version import registry_version

logger = logging.getLogger(__name__)

_REASON_MAX = 2000
_REGISTRY_MAX_AGE = 60.0  # seconds: a backstop for changes made without model signals


class StaleRegistry(Exception):
    """The cached registry names a source that no longer exists."""


class _RegistryCache:
    """The extraction Registry built from the curated Sources, one per process.

    Reused while the registry version in Redis (bumped by any process that saves or deletes a
    curated source or alias) is the one it was built from, for at most _REGISTRY_MAX_AGE seconds.
    One Redis GET per article: a fingerprint of the tables cost a scan of every source.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._registry: Registry | None = None
        self._slugs: dict[str, int] = {}
        self._version: bytes | None = None
        self._built = 0.0

    def invalidate(self) -> None:
        self._registry = None

    def get(self) -> tuple[Registry, dict[str, int]]:
        with self._lock:
            version = registry_version()
            stale = time.monotonic() - self._built > _REGISTRY_MAX_AGE
            if self._registry is None or version != self._version or stale:
                self._registry, self._slugs = self._build()
                self._version, self._built = version, time.monotonic()
            return self._registry, self._slugs

    @staticmethod
    def _build() -> tuple[Registry, dict[str, int]]:
        sources = list(
            Source.objects.filter(curated=True)
            .select_related("parent")
            .prefetch_related("aliases")
            .order_by("pk")
        )
        records = []
        for s in sources:
            record = {
                "slug": s.slug,
                "name_en": s.name_en,
                "name_ar": s.name_ar,
                "kind": s.kind,
                "conflict_party": s.conflict_party,
                "aliases": [a.name for a in s.aliases.all()],
            }
            if s.parent is not None:
                record["parent"] = s.parent.slug
            records.append(record)
        return Registry.from_records(records), {s.slug: s.pk for s in sources}


_registry_cache = _RegistryCache()


def registry_current() -> Registry:
    """The Registry extraction resolves speakers with: the curated sources in the database."""
    return _registry_cache.get()[0]


def _unique_slug(name: str) -> str:
    base = slugify(name, allow_unicode=True)[:100] or "source"
    slug, n = base, 1
    while Source.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def source_for_name(*, name: str, kind: str = Source.Kind.OTHER) -> Source | None:
    """The Source a written name belongs to (by its normalised alias), else a new uncurated one.

    Safe under races: SourceAlias.normalized is unique, the create runs in a savepoint, and the
    loser of a race reads the winner's alias (its insert waited for the winner's commit).
    """
    name = name.strip()[:255]
    key = normalize(name)[:255]
    if not key:
        return None
    if kind not in Source.Kind.values:
        kind = Source.Kind.OTHER
    for _attempt in range(5):
        alias = SourceAlias.objects.select_related("source").filter(normalized=key).first()
        if alias is not None:
            return alias.source
        language = _language(name)
        try:
            with transaction.atomic():
                source = Source.objects.create(
                    slug=_unique_slug(name),
                    name_ar=name if language == "ar" else "",
                    name_en=name if language != "ar" else "",
                    kind=kind,
                    curated=False,
                )
                SourceAlias.objects.create(
                    source=source, name=name, normalized=key, language=language
                )
            return source
        except IntegrityError:
            continue  # someone took the alias or the slug first: look again
    raise IntegrityError(f"could not create a source for {name!r}")


def _sources_for_speakers(speakers: Iterable[tuple[str, str]]) -> dict[str, Source]:
    """Map normalised speaker -> Source for speakers the registry did not know."""
    wanted: dict[str, tuple[str, str]] = {}
    for speaker, kind in speakers:
        key = normalize(speaker.strip()[:255])[:255]
        if key and key not in wanted:
            wanted[key] = (speaker, kind)
    found = {
        a.normalized: a.source
        for a in SourceAlias.objects.select_related("source").filter(normalized__in=list(wanted))
    }
    # Sorted, so two articles creating the same new speakers lock their aliases in one order.
    for key in sorted(set(wanted) - set(found)):
        speaker, kind = wanted[key]
        source = source_for_name(name=speaker, kind=kind)
        if source is not None:
            found[key] = source
    return found


# What the task reads of the article it claimed, returned by the claiming UPDATE itself.
# In the model's field order, which Model.from_db expects for a partial row.
_CLAIM_FIELDS = tuple(
    f.attname
    for f in Article._meta.concrete_fields
    if f.attname in {"id", "raw", "text", "language", "published", "outlet_id", "outlet_name"}
)


def _claim(
    article_id: int, *, processing_stale_after: timedelta | None, reclaim: bool
) -> tuple[int, Article] | None:
    """Take the article for this attempt; return the attempt number (a fencing token) and the
    article (only the fields extraction needs), or None.

    One conditional UPDATE: PENDING -> PROCESSING. A PROCESSING row is taken back only by a retry
    or a redelivered message (its earlier attempt died with its worker) or when it is stale.
    """
    now = timezone.now()
    conditions = ["status = 'pending'"]
    params: list[Any] = [now, article_id]
    if reclaim:
        conditions.append("status = 'processing'")
    elif processing_stale_after is not None:
        conditions.append("(status = 'processing' AND updated < %s)")
        params.append(now - processing_stale_after)
    sql = (
        f"UPDATE {Article._meta.db_table} SET status = 'processing', attempts = attempts + 1, "
        f"updated = %s WHERE id = %s AND ({' OR '.join(conditions)}) "
        f"RETURNING attempts, {', '.join(_CLAIM_FIELDS)}"
    )
    # One statement, committed on its own (autocommit) with the server's synchronous_commit.
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return None
    return row[0], Article.from_db(connection.alias, list(_CLAIM_FIELDS), row[1:])


def _release(article_id: int, token: int) -> None:
    """Give the article back to PENDING after a transient error so the retry can claim it."""
    # If the database is still away, the retry reclaims the row anyway (retries count as reclaim).
    with contextlib.suppress(*TRANSIENT_ERRORS):
        Article.objects.filter(
            pk=article_id, status=Article.Status.PROCESSING, attempts=token
        ).update(status=Article.Status.PENDING, updated=timezone.now())


def article_fail(*, article_id: int, reason: str, token: int | None = None) -> bool:
    """Mark an unfinished article FAILED with why. Never touches a DONE article."""
    qs = Article.objects.filter(
        pk=article_id, status__in=[Article.Status.PENDING, Article.Status.PROCESSING]
    )
    if token is not None:
        qs = qs.filter(attempts=token)
    return bool(
        qs.update(status=Article.Status.FAILED, error=reason[:_REASON_MAX], updated=timezone.now())
    )


_CLAIM_INSERT = f"""
INSERT INTO {Claim._meta.db_table} (created, updated, article_id, status, final_status, final_note,
    version, ordinal, start, "end", text, kind, mode, polarity, cue, hedged, entities, normalized,
    search)
SELECT %s, %s, %s, %s, '', '', %s, u.ordinal, u.start, u.stop, u.text, u.kind, u.mode, u.polarity,
    u.cue, u.hedged, u.entities::jsonb, u.normalized, to_tsvector(%s::regconfig, u.normalized)
FROM unnest(%s::int[], %s::int[], %s::int[], %s::text[], %s::text[], %s::text[], %s::text[],
    %s::text[], %s::bool[], %s::text[], %s::text[])
    AS u(ordinal, start, stop, text, kind, mode, polarity, cue, hedged, entities, normalized)
RETURNING id, ordinal
"""

_ATTRIBUTION_INSERT = f"""
INSERT INTO {Attribution._meta.db_table} (created, updated, claim_id, source_id, speaker, cue,
    position)
SELECT %s, %s, u.claim_id, u.source_id, u.speaker, u.cue, u.position
FROM unnest(%s::bigint[], %s::bigint[], %s::text[], %s::text[], %s::int[])
    AS u(claim_id, source_id, speaker, cue, position)
"""


def _claims_insert(article_id: int, extracted: Any, now: Any) -> list[int]:
    """Insert all of an article's claims in one statement; return their ids by ordinal.

    The search vector is computed in the same INSERT (the configuration of claims.search): a
    separate UPDATE wrote every row twice, with a new entry in each of the table's indexes.
    Raw SQL over arrays: the ORM spent more Python compiling ~28 rows than the server spent.
    """
    if not extracted:
        return []
    columns: list[list[Any]] = [[] for _ in range(11)]
    for ordinal, c in enumerate(extracted):
        values = (
            ordinal,
            c.start,
            c.end,
            c.text,
            c.kind,
            (c.mode or "")[:30],
            (c.polarity or "affirm")[:10],
            (c.cue or "")[:100],
            bool(c.hedged),
            json.dumps(c.entities.to_dict(), ensure_ascii=False),
            normalize(c.text),
        )
        for column, value in zip(columns, values, strict=True):
            column.append(value)
    params = [now, now, article_id, str(Claim.Status.UNREVIEWED), 1, SEARCH_CONFIG, *columns]
    with connection.cursor() as cursor:
        cursor.execute(_CLAIM_INSERT, params)
        ids = {ordinal: pk for pk, ordinal in cursor.fetchall()}
    return [ids[ordinal] for ordinal in range(len(extracted))]


def _attributions_insert(rows: list[tuple[int, int, str, str, int]], now: Any) -> None:
    """Insert (claim_id, source_id, speaker, cue, position) rows in one statement."""
    if not rows:
        return
    columns = [list(column) for column in zip(*rows, strict=True)]
    with connection.cursor() as cursor:
        cursor.execute(_ATTRIBUTION_INSERT, [now, now, *columns])


def _write(article: Article, token: int, extraction: Any, slugs: dict[str, int]) -> bool:
    """Replace the article's claims with `extraction`'s and mark it DONE, in one transaction."""
    unknown = [
        (a.speaker, a.source_kind or Source.Kind.OTHER)
        for c in extraction.claims
        for a in c.attributions
        if a.source is None or a.source not in slugs
    ]
    known = {
        slugs[a.source] for c in extraction.claims for a in c.attributions if a.source in slugs
    }
    with transaction.atomic():
        # The registry cache maps slugs to primary keys; if one of them is gone (a merge, a
        # rolled-back test) rebuild the cache rather than write a dangling reference.
        if known and Source.objects.filter(pk__in=known).count() != len(known):
            raise StaleRegistry(f"curated sources {sorted(known)} changed")
        by_speaker = _sources_for_speakers(unknown) if unknown else {}
        outlet_id = article.outlet_id
        if outlet_id is None and article.outlet_name:
            outlet = source_for_name(name=article.outlet_name, kind=Source.Kind.MEDIA)
            outlet_id = outlet.pk if outlet else None

        # Wholesale replacement: a re-run can never leave two copies of a claim. Claims exist only
        # if an earlier attempt finished, so the first attempt has nothing to delete.
        if token > 1:
            Claim.objects.filter(article_id=article.pk).delete()
        now = timezone.now()
        claim_ids = _claims_insert(article.pk, extraction.claims, now)
        rows: list[tuple[int, int, str, str, int]] = []
        for ordinal, extracted in enumerate(extraction.claims):
            seen: set[int] = set()
            for position, a in enumerate(extracted.attributions):
                if a.source is not None and a.source in slugs:
                    source_id: int | None = slugs[a.source]
                else:
                    source = by_speaker.get(normalize(a.speaker.strip()[:255])[:255])
                    source_id = source.pk if source else None
                if source_id is None or source_id in seen:
                    continue
                seen.add(source_id)
                rows.append(
                    (claim_ids[ordinal], source_id, a.speaker[:255], (a.cue or "")[:100], position)
                )
        _attributions_insert(rows, now)
        # Fence: only the attempt that still holds the row may finish it. Another attempt took it
        # over (a redelivery after our worker was presumed dead): undo everything written here.
        finished = Article.objects.filter(
            pk=article.pk, status=Article.Status.PROCESSING, attempts=token
        ).update(
            status=Article.Status.DONE,
            language=extraction.language[:2],
            outlet_id=outlet_id,
            error="",
            updated=timezone.now(),
            # Offsets index extraction.text; rewrite the (large) column only if cleaning changed.
            **({"text": extraction.text} if extraction.text != article.text else {}),
        )
        if not finished:
            transaction.set_rollback(True)
            return False
    return True


def article_extract(*, article_id: int, reclaim: bool = False) -> None:
    """Extract one article's claims, exactly once. Idempotent: a second call is a no-op.

    Claims PENDING -> PROCESSING with a conditional UPDATE, runs extract(), then writes all Claims
    and Attributions together with DONE in one transaction. Permanent errors leave the article
    FAILED with the reason and no claims; transient ones (database or broker away) put it back to
    PENDING and re-raise for the task to retry. `reclaim` (a retry or a redelivered message) may
    also take back a PROCESSING row whose earlier attempt died with its worker.
    """
    stale = timedelta(seconds=settings.ARTICLE_PROCESSING_STALE_SECONDS)
    claimed = _claim(article_id, processing_stale_after=stale, reclaim=reclaim)
    if claimed is None:
        return
    token, article = claimed
    try:
        try:
            written = _extract_and_write(article, token)
        except (StaleRegistry, IntegrityError):
            # The cached registry may point at a source merged away (or rolled back) since it
            # was built and not yet announced: rebuild it and try once more.
            _registry_cache.invalidate()
            written = _extract_and_write(article, token)
        if not written:
            logger.info("article %s: a newer attempt owns it; result dropped", article_id)
    except TRANSIENT_ERRORS:
        _release(article_id, token)
        raise
    except IngestRejected as exc:
        logger.warning("article %s rejected: %s", article_id, exc)
        article_fail(article_id=article_id, reason=f"Rejected: {exc}", token=token)
    except Exception as exc:
        logger.exception("article %s failed", article_id)
        article_fail(article_id=article_id, reason=f"{type(exc).__name__}: {exc}", token=token)


def _extract_and_write(article: Article, token: int) -> bool:
    source = article.raw or article.text
    # Checked here too, not only at upload: the limit may have been lowered since the article was
    # queued, and the sweep re-queues old rows. Permanent: the article is never retried.
    limit = settings.INGEST_MAX_ARTICLE_BYTES
    if len(source) * 4 > limit and len(source.encode()) > limit:
        raise IngestRejected(
            f"the article is {len(source.encode()):,} bytes, over the limit of {limit:,} bytes"
        )
    marker = settings.INGEST_TEST_CRASH_MARKER
    if marker and marker in source:
        os._exit(70)  # test only (see settings): a worker child dying mid-article
    registry, slugs = _registry_cache.get()
    extraction = extract(
        source,
        language=article.language or None,
        published=article.published,
        registry=registry,
    )
    return _write(article, token, extraction, slugs)


def batch_extract(*, batch_id: int) -> int:
    """Extract every pending article of a batch in this process (no worker). Returns how many ran."""
    ids = list(
        Article.objects.filter(batch_id=batch_id, status=Article.Status.PENDING)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    for pk in ids:
        article_extract(article_id=pk)
    return len(ids)
