"""A version number for the curated source registry, shared by every process through Redis.

Each process caches the extraction Registry (claims/services/extract.py) and rebuilds it when
this number moves. Any process that saves or deletes a curated Source or one of its aliases moves
it (the signals below are connected from ClaimsConfig.ready, so the admin's process counts too).
"""

from __future__ import annotations

import contextlib
import uuid

import redis
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from claims.models import Source, SourceAlias
from claims.services.errors import TRANSIENT_ERRORS

KEY = "claims:registry-version"
_client: redis.Redis | None = None


def _redis() -> redis.Redis:
    global _client
    if _client is None:
        _client = redis.Redis.from_url(settings.CELERY_BROKER_URL, socket_timeout=5)
    return _client


def registry_version() -> bytes | None:
    """None when Redis is away: the caches then rely on their age limit."""
    try:
        return _redis().get(KEY)
    except TRANSIENT_ERRORS:
        return None


def registry_version_bump() -> None:
    # A fresh random value, not a counter: after Redis lost the key (restart, flush) a counter
    # would start again at a number some process cached for an older registry.
    with contextlib.suppress(*TRANSIENT_ERRORS):
        _redis().set(KEY, uuid.uuid4().hex)


def _curated(instance: Source | SourceAlias) -> bool:
    if isinstance(instance, Source):
        return instance.curated
    # An alias extraction just made carries its (uncurated) source; otherwise assume it matters.
    if SourceAlias.source.is_cached(instance):
        return instance.source.curated
    return True


def _registry_changed(sender: type, instance: Source | SourceAlias, **_: object) -> None:
    """Bumped now (this process; a test whose transaction is rolled back) and again after commit,
    so another process never rebuilds from the database before it can see the change."""
    if not _curated(instance):
        return
    registry_version_bump()
    transaction.on_commit(registry_version_bump)


for _model in (Source, SourceAlias):
    post_save.connect(_registry_changed, sender=_model, dispatch_uid=f"registry-save-{_model}")
    post_delete.connect(_registry_changed, sender=_model, dispatch_uid=f"registry-del-{_model}")
