"""Celery entry points: pks in, one service call, None out. The names are a wire contract."""

from __future__ import annotations

import contextlib
from typing import Any

from celery import Task, shared_task
from celery.signals import task_failure, task_postrun, task_prerun, worker_process_init
from django.conf import settings
from django.db import close_old_connections, connections

# Retry only what can heal by itself; imported from the service so both agree on the list.
from claims.services.errors import TRANSIENT_ERRORS

_RETRY: dict[str, Any] = {
    "acks_late": True,
    "autoretry_for": TRANSIENT_ERRORS,
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "retry_jitter": True,
    # Transient errors may retry 5 times; a task whose worker process died (retry_on_worker_lost,
    # which counts against the task's own max_retries) only 3: an article that kills its worker
    # each time runs at most 4 times, then ends FAILED (RELIABILITY Q-7).
    "retry_kwargs": {"max_retries": 5},
    "max_retries": 3,
    # Also the delay before re-running a task whose worker process died (retry_on_worker_lost).
    "default_retry_delay": 5,
}


@worker_process_init.connect
def _persistent_db_connections(**_: Any) -> None:
    """A pool process keeps its connection for CELERY_WORKER_DB_CONN_MAX_AGE seconds (web: DB_CONN_MAX_AGE)."""
    for alias in connections:
        connections[alias].settings_dict["CONN_MAX_AGE"] = settings.CELERY_WORKER_DB_CONN_MAX_AGE


@task_prerun.connect
@task_postrun.connect
def _close_unusable_db_connections(task: Task | None = None, **_: Any) -> None:
    """Keep a worker's healthy DB connection across tasks, drop a broken or expired one.

    Celery's Django fixup would reconnect around every task (a new PostgreSQL backend each time,
    the largest cost per article in bench/ingest.py); settings.CELERY_DB_REUSE_MAX turns that off,
    and this applies Django's own rule instead (CONN_MAX_AGE, errors).
    """
    if task is not None and getattr(task.request, "is_eager", False):
        return  # eager tasks run inside the caller's transaction: leave its connection alone
    close_old_connections()


@shared_task(name="claims.article_extract", bind=True, **_RETRY)
def article_extract(self: Task, article_id: int) -> None:
    from claims.services.extract import article_extract as extract_service

    request = self.request
    # A retry or a redelivered message means an earlier attempt may have died mid-way and left
    # the row PROCESSING: let this one take it back (the write is fenced by the attempt number).
    reclaim = bool(request.retries) or bool((request.delivery_info or {}).get("redelivered"))
    extract_service(article_id=article_id, reclaim=reclaim)


@shared_task(name="claims.batch_read", **_RETRY)
def batch_read(batch_id: int) -> None:
    from claims.services.ingest import batch_read as read_service

    read_service(batch_id)


def _article_gave_up(article_id: int, exception: BaseException | None) -> None:
    from claims.services.extract import article_fail

    reason = f"Gave up after retries: {type(exception).__name__}: {exception}"
    article_fail(article_id=article_id, reason=reason)


def _batch_read_gave_up(batch_id: int, exception: BaseException | None) -> None:
    from claims.services.ingest import batch_read_fail

    batch_read_fail(batch_id, f"The file could not be read: {type(exception).__name__}.")


# Task name -> (the argument naming the row, what records the final failure on it).
_GAVE_UP = {
    "claims.article_extract": ("article_id", _article_gave_up),
    "claims.batch_read": ("batch_id", _batch_read_gave_up),
}


@task_failure.connect
def _task_gave_up(
    sender: Task | None = None,
    exception: BaseException | None = None,
    args: tuple[Any, ...] | None = None,
    kwargs: dict[str, Any] | None = None,
    **_: Any,
) -> None:
    """Final failure (retries spent, or the worker died once too often): the article is FAILED with
    the reason, an upload batch says it for each of its files, instead of hanging.

    Sent in the pool child for exceptions and in the parent for a lost worker, so both are covered.
    """
    entry = _GAVE_UP.get(getattr(sender, "name", None) or "")
    if entry is None:
        return
    key, record = entry
    pk = (kwargs or {}).get(key) or (args[0] if args else None)
    if pk is None:
        return
    # If the database is away, the sweep finds the row stuck later and re-queues it.
    with contextlib.suppress(*TRANSIENT_ERRORS):
        record(int(pk), exception)


@shared_task(name="claims.feeds_poll", **_RETRY)
def feeds_poll() -> None:
    from claims.services.feeds import feeds_poll as poll_service

    poll_service()


@shared_task(name="claims.feed_poll", **_RETRY)
def feed_poll(feed_id: int) -> None:
    from claims.services.feeds import feed_poll as poll_service

    poll_service(feed_id=feed_id)


@shared_task(name="claims.articles_sweep", **_RETRY)
def articles_sweep() -> None:
    from claims.services.ingest import articles_sweep as sweep_service

    sweep_service()
