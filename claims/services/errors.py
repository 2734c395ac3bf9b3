"""Errors the services and tasks agree on."""

from __future__ import annotations

from django.db import InterfaceError, OperationalError
from redis.exceptions import ConnectionError as RedisConnectionError

# Worth retrying: the database or the broker went away for a moment. Anything else is permanent.
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    OperationalError,
    InterfaceError,
    RedisConnectionError,
)


class IngestRejected(Exception):
    """A permanent reason to refuse an article (never retried): the message is shown to admins."""
