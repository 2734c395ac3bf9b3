"""HTTP fetching and RSS/Atom parsing for feeds: no ORM here (the services in claims/services/feeds.py)."""

from __future__ import annotations

import calendar
import hashlib
import io
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import feedparser
import lxml.html
import requests
from lxml import etree
from requests.structures import CaseInsensitiveDict

USER_AGENT = "factcheck-workbench/1.0 (+feed poller)"
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A page or feed could not be fetched; the message says why, for the batch report."""


@dataclass(frozen=True)
class Fetched:
    status: int
    content: bytes
    url: str
    headers: CaseInsensitiveDict = field(default_factory=CaseInsensitiveDict)


@dataclass(frozen=True)
class FeedItem:
    guid: str
    url: str
    title: str = ""
    summary: str = ""
    published: datetime | None = None


def is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and bool(parts.hostname)


def fetch(
    url: str,
    *,
    timeout: float,
    max_bytes: int,
    headers: dict[str, str] | None = None,
) -> Fetched:
    """GET `url` with a connect/read timeout, an overall deadline and a streamed size cap.

    Only http and https. The body is counted while it streams (after decompression), so a lying
    or missing Content-Length cannot push past `max_bytes`. Raises FetchError with a clear reason.
    """
    if not is_http_url(url):
        raise FetchError(f"Refused {url[:200]!r}: only http and https URLs are fetched.")
    deadline = time.monotonic() + timeout
    request_headers = {"User-Agent": USER_AGENT, **(headers or {})}
    try:
        with requests.get(
            url, headers=request_headers, timeout=(timeout, timeout), stream=True
        ) as response:
            if not is_http_url(response.url):
                raise FetchError(f"Refused a redirect to {response.url[:200]!r}.")
            if response.status_code == 304:
                return Fetched(304, b"", response.url, CaseInsensitiveDict(response.headers))
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} from {url[:200]}")
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"Too large: {declared} bytes (limit {max_bytes}).")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_content(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"Too large: over {max_bytes} bytes.")
                if time.monotonic() > deadline:
                    raise FetchError(f"Timed out after {timeout:g} s.")
                chunks.append(chunk)
            return Fetched(
                response.status_code,
                b"".join(chunks),
                response.url,
                CaseInsensitiveDict(response.headers),
            )
    except requests.Timeout as exc:
        raise FetchError(f"Timed out after {timeout:g} s.") from exc
    except requests.RequestException as exc:
        raise FetchError(f"Fetch failed: {type(exc).__name__}: {exc}"[:500]) from exc


def _entry_datetime(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def html_to_plain(fragment: str) -> str:
    """The text of a small HTML fragment (an entry summary), paragraphs on their own lines."""
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fromstring(fragment)
    except (etree.ParserError, ValueError):
        return fragment
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li"):
        block.tail = "\n" + (block.tail or "")
    return root.text_content().strip()


def parse_feed(content: bytes) -> tuple[str, list[FeedItem]]:
    """(feed title, items) from RSS or Atom bytes. Raises FetchError when nothing parses."""
    # A stream, never a str: feedparser would fetch a str that looks like a URL.
    parsed = feedparser.parse(io.BytesIO(content))
    if parsed.bozo and not parsed.entries:
        raise FetchError(f"Not a feed: {type(parsed.bozo_exception).__name__}")
    items = []
    for entry in parsed.entries:
        url = (entry.get("link") or "").strip()
        guid = (entry.get("id") or url).strip()
        if not guid:
            seed = (entry.get("title", "") + entry.get("summary", "")).encode()
            guid = "sha256:" + hashlib.sha256(seed).hexdigest()
        items.append(
            FeedItem(
                guid=guid[:2000],
                url=url[:2000],
                title=(entry.get("title") or "").strip(),
                summary=entry.get("summary") or "",
                published=_entry_datetime(entry),
            )
        )
    return (parsed.feed.get("title") or "").strip(), items
