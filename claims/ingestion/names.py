"""Origin names (file, zip member, record id) made safe to store and show: metadata only, never a path."""

from __future__ import annotations

import unicodedata

__all__ = ["MAX_NAME", "join_name", "sanitize_name", "sanitize_source_name"]

MAX_NAME = 255
# Control, format (bidi overrides such as U+202E, zero-width), surrogate and line/paragraph
# separator characters: they hide or reorder what the name looks like.
_DROP = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def _fit(name: str) -> str:
    if len(name) <= MAX_NAME:
        return name
    # Keep the end too: the extension says what the file was.
    tail = name[-20:]
    return name[: MAX_NAME - len(tail) - 1] + "…" + tail


def _visible(name: object) -> str:
    text = unicodedata.normalize("NFC", str(name))
    return "".join(ch for ch in text if unicodedata.category(ch) not in _DROP)


def sanitize_source_name(name: object) -> str:
    """Like sanitize_name, but a feed entry's http(s) URL stays whole: it says where the article
    came from and is only ever shown, never used as a path."""
    text = _visible(name)
    if text.startswith(("http://", "https://")):
        return _fit(" ".join(text.split()))
    return sanitize_name(text)


def sanitize_name(name: object) -> str:
    """The last path component of `name`, without control/bidi characters, at most 255 chars."""
    text = _visible(name)
    parts = [p.strip() for p in text.replace("\\", "/").split("/")]
    parts = [p for p in parts if p and p not in (".", "..")]
    last = parts[-1] if parts else ""
    last = " ".join(last.split())
    return _fit(last) if last else "unnamed"


def join_name(outer: str, inner: object) -> str:
    """`archive.zip:member.txt`, `records.jsonl:id-42`: both parts sanitised, the whole ≤ 255."""
    return _fit(f"{sanitize_name(outer)}:{sanitize_name(inner)}")
