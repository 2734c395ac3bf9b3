"""Uploaded files kept on disk until a worker reads them: ``<INGEST_ROOT>/<uuid4 hex>``, never a user name.

The request only stores the bytes (parsing a large HTML page takes seconds per megabyte, too long for a
web request); the batch records each stored name with the sanitised original name as metadata. A stored
name is checked to be a uuid4 hex and to resolve inside the root before any read or delete
(RELIABILITY UP-3).
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from pathlib import Path

from django.conf import settings

__all__ = ["StoredFileMissing", "discard", "read", "store"]

_NAME = re.compile(r"[0-9a-f]{32}")


class StoredFileMissing(FileNotFoundError):
    """The stored upload is gone (or its name is not one of ours)."""


def _root() -> Path:
    return Path(settings.INGEST_ROOT).resolve()


def _path(name: str) -> Path:
    root = _root()
    if not _NAME.fullmatch(name or ""):
        raise StoredFileMissing(name)
    path = (root / name).resolve()
    if path.parent != root:  # cannot happen for a hex name; checked anyway
        raise StoredFileMissing(name)
    return path


def store(data: bytes) -> str:
    """Write ``data`` under a fresh uuid4 name (owner read/write only); return the name."""
    root = _root()
    root.mkdir(parents=True, exist_ok=True)
    name = uuid.uuid4().hex
    fd = os.open(root / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except BaseException:  # a full disk, a dead request: no half-written file with no batch
        discard(name)
        raise
    return name


def read(name: str) -> bytes:
    try:
        return _path(name).read_bytes()
    except FileNotFoundError as exc:
        raise StoredFileMissing(name) from exc


def discard(name: str) -> None:
    with contextlib.suppress(FileNotFoundError, StoredFileMissing):
        _path(name).unlink()
