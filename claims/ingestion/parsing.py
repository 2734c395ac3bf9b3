"""Uploaded or local files -> ArticleRecords (decoded, not cleaned) and per-item errors.

Formats by extension, checked against the content: .txt, .html/.htm, .json (one record or a list),
.jsonl (one record per line) and .zip archives of those. No ORM, no settings: limits come in as
arguments. Nothing here raises on bad input: every problem is an ItemError with a reason.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, BinaryIO

from claims.extraction.cleaning import strip_templates
from claims.ingestion.archives import ArchiveRejected, read_zip
from claims.ingestion.decoding import DecodeError, decode_html, decode_text
from claims.ingestion.names import join_name, sanitize_name, sanitize_source_name

__all__ = [
    "ArticleRecord",
    "ItemError",
    "ParseResult",
    "SUPPORTED_EXTENSIONS",
    "html_to_record",
    "parse_path",
    "parse_upload",
]

logger = logging.getLogger(__name__)

SUPPORTED_EXTENSIONS = (".txt", ".html", ".htm", ".json", ".jsonl", ".zip")
_ARCHIVE_EXTENSIONS = (".zip", ".gz", ".tgz", ".tar", ".rar", ".7z", ".bz2", ".xz", ".zst")
# A .json/.jsonl file (or zip member) holds many articles: bounded by this, each record by
# max_article_bytes. 50 MB is the per-entry ceiling of RELIABILITY UP-4.
MAX_RECORDS_FILE_BYTES = 50 * 1024 * 1024
# Reading a local archive or records file into memory: beyond this, refuse.
MAX_LOCAL_FILE_BYTES = 256 * 1024 * 1024
_FIELDS = ("title", "text", "url", "outlet", "published", "language")
_LIMITS = {"title": 1000, "url": 2000, "outlet": 255}
_UNSAFE_CHARS = re.compile("[\x00\ud800-\udfff]")
_HTML_LANG = re.compile(r"<html[^>]{0,500}?\blang\s*=\s*[\"']?([A-Za-z]{2})\b", re.I)
_LANGUAGE_NAMES = {"arabic": "ar", "english": "en", "عربي": "ar", "العربية": "ar"}


@dataclass(frozen=True)
class ArticleRecord:
    name: str
    text: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    published: datetime | None = None
    language: str = ""


@dataclass(frozen=True)
class ItemError:
    name: str
    reason: str


@dataclass
class ParseResult:
    records: list[ArticleRecord] = field(default_factory=list)
    errors: list[ItemError] = field(default_factory=list)

    def extend(self, other: ParseResult) -> None:
        self.records.extend(other.records)
        self.errors.extend(other.errors)


class ParseError(ValueError):
    """One item is refused; str(error) is the reason shown to the user."""


def _safe(value: str) -> str:
    # NUL and lone surrogates cannot be stored in PostgreSQL text; JSON "\ud800" produces them.
    return _UNSAFE_CHARS.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", value)


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"


def _too_large(n: int, limit: int, what: str = "article") -> str:
    return f"too large ({_size(n)}; the limit per {what} is {_size(limit)})"


def _language(value: str) -> str:
    code = value.strip().lower()
    code = _LANGUAGE_NAMES.get(code, code)
    code = re.split(r"[-_]", code, maxsplit=1)[0]
    return code if len(code) == 2 and code.isascii() and code.isalpha() else ""


def parse_published(value: object) -> datetime | None:
    """ISO 8601 (date or date-time, `Z` allowed) or RFC 2822; naive times are taken as UTC."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ParseError("published: must be a date string such as 2018-02-20")
    text = value.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        for fmt in ("%Y/%m/%d", "%Y/%m/%d %H:%M:%S", "%d/%m/%Y", "%d-%m-%Y"):
            try:
                parsed = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        if parsed is None:
            try:
                parsed = parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                parsed = None
    if parsed is None or not 1900 <= parsed.year <= 2200:
        raise ParseError(f"published: not a date ({text[:40]!r})")
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def record_from_mapping(obj: object, *, name: str, max_article_bytes: int) -> ArticleRecord:
    """One JSON record -> ArticleRecord. Raises ParseError with the reason."""
    if not isinstance(obj, dict):
        raise ParseError(f"not a record (a JSON object is expected, got {type(obj).__name__})")
    values: dict[str, str] = {}
    for key in ("title", "text", "url", "outlet", "language"):
        value = obj.get(key)
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise ParseError(f"{key}: must be a string")
        values[key] = _safe(value)
    text = values["text"]
    if not text.strip():
        raise ParseError("no text (the record has no 'text' field or it is empty)")
    size = len(text.encode("utf-8"))
    if size > max_article_bytes:
        raise ParseError(_too_large(size, max_article_bytes))
    url = values["url"].strip()
    if url and not (url.startswith(("http://", "https://")) and len(url) <= _LIMITS["url"]):
        raise ParseError(f"url: not an http(s) URL ({url[:60]!r})")
    record_id = obj.get("id")
    if isinstance(record_id, str | int) and not isinstance(record_id, bool) and str(record_id):
        name = join_name(name, str(record_id))
    return ArticleRecord(
        name=name,
        text=text,
        title=" ".join(strip_templates(values["title"]).split())[: _LIMITS["title"]],
        url=url,
        outlet=" ".join(values["outlet"].split())[: _LIMITS["outlet"]],
        published=parse_published(obj.get("published")),
        language=_language(values["language"]),
    )


def _loads(text: str, *, one_line: bool = False) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise ParseError("invalid JSON: nested too deeply") from None
    except json.JSONDecodeError as exc:
        where = f"column {exc.colno}" if one_line else f"line {exc.lineno}, column {exc.colno}"
        raise ParseError(f"invalid JSON: {exc.msg} ({where})") from None
    except ValueError as exc:
        # Python refuses integers over 4,300 digits (CVE-2020-10735) with a ValueError.
        if "digits" in str(exc):
            raise ParseError("invalid JSON: a number has too many digits") from None
        raise ParseError(f"invalid JSON: {str(exc)[:120]}") from None


def _parse_json(name: str, data: bytes, max_article_bytes: int) -> ParseResult:
    result = ParseResult()
    text = decode_text(data).lstrip("\ufeff").strip()
    if not text:
        raise ParseError("no records (the file is blank)")
    if text.startswith("<"):
        raise ParseError("not JSON: the file contains HTML (upload it as .html)")
    obj = _loads(text)
    items = obj if isinstance(obj, list) else [obj]
    if not items:
        raise ParseError("no records (an empty JSON list)")
    for index, item in enumerate(items, start=1):
        try:
            result.records.append(
                record_from_mapping(item, name=name, max_article_bytes=max_article_bytes)
            )
        except ParseError as exc:
            where = f"record {index}: " if isinstance(obj, list) else ""
            result.errors.append(ItemError(name, f"{where}{exc}"))
    return result


def _parse_jsonl(name: str, lines: Iterable[bytes], max_article_bytes: int) -> ParseResult:
    """One record per line; a bad line is an error of its own and the good lines still go in."""
    result = ParseResult()
    # An escaped (\\uXXXX) Arabic text takes 6 bytes per character: allow for that, then refuse.
    max_line = 6 * max_article_bytes + 64 * 1024
    seen_any = False
    for number, raw in enumerate(lines, start=1):
        line = raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
        if not line.strip():
            continue
        seen_any = True
        try:
            if len(line) > max_line:
                raise ParseError(_too_large(len(line), max_line, "line"))
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ParseError(
                    f"undecodable bytes: invalid UTF-8 at byte {exc.start:,} of the line"
                ) from None
            result.records.append(
                record_from_mapping(
                    _loads(text, one_line=True), name=name, max_article_bytes=max_article_bytes
                )
            )
        except ParseError as exc:
            result.errors.append(ItemError(name, f"line {number}: {exc}"))
    if not seen_any:
        raise ParseError("no records (the file is blank)")
    return result


def _iter_lines(data: bytes) -> Iterator[bytes]:
    start = 0
    while start < len(data):
        end = data.find(b"\n", start)
        if end == -1:
            end = len(data)
        yield data[start:end]
        start = end + 1


def _title_date_outlet(doc: Any) -> tuple[str, datetime | None, str]:
    title = " ".join(strip_templates(doc.title or "").split())[: _LIMITS["title"]]
    published = None
    if doc.date:
        try:
            published = parse_published(doc.date)
        except ParseError:
            published = None
    outlet = " ".join((doc.sitename or "").split())[: _LIMITS["outlet"]]
    return title, published, outlet


def _extract_html(name: str, html: str, url: str) -> ArticleRecord:
    import trafilatura  # heavy (lxml, dateparser): only loaded when an HTML page comes in

    html = _safe(html)
    doc = None
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
        )
    except (ValueError, TypeError, AttributeError, RecursionError, MemoryError) as exc:
        logger.info("trafilatura failed on %s: %r", name, exc)
    text = (doc.text or "") if doc is not None else ""
    title, published, outlet = _title_date_outlet(doc) if doc is not None else ("", None, "")
    if not text.strip():
        # A short page or one without <article>: the baseline takes the body text.
        try:
            _tree, text, _length = trafilatura.baseline(html)
        except (ValueError, TypeError, AttributeError, RecursionError, MemoryError):
            text = ""
    # Template residue goes now (it survives extraction as text); the rest of the cleaning
    # happens later on the stored raw text.
    lines = strip_templates(text or "").split("\n")
    if lines and title and " ".join(lines[0].split()) == title:
        lines = lines[1:]  # the headline is kept as the title, not as the first paragraph
    lang = _HTML_LANG.search(html[:5000])
    page_url = url or ((doc.url or "") if doc is not None else "")
    if not page_url.startswith(("http://", "https://")) or len(page_url) > _LIMITS["url"]:
        page_url = ""
    return ArticleRecord(
        name=name,
        text=_safe("\n".join(lines).strip()),
        title=_safe(title),
        url=page_url,
        outlet=_safe(outlet),
        published=published,
        language=_language(lang.group(1)) if lang else "",
    )


def html_to_record(name: str, html: str | bytes, *, url: str = "") -> ArticleRecord:
    """The article in an HTML page: main text (trafilatura), title, date, site name, language.

    Never raises: a page that cannot be decoded or has no article text gives a record whose
    `text` is empty (parse_upload turns that into an ItemError with the reason).
    """
    safe_name = sanitize_source_name(name)
    try:
        text = decode_html(html) if isinstance(html, bytes) else str(html)
        return _extract_html(safe_name, text, url)
    except Exception:  # noqa: BLE001 — a feed page must never take the poll down
        logger.exception("HTML extraction failed for %s", safe_name)
        return ArticleRecord(name=safe_name, text="", url=url)


def _parse_text(name: str, data: bytes, max_article_bytes: int) -> ParseResult:
    if len(data) > max_article_bytes:
        raise ParseError(_too_large(len(data), max_article_bytes))
    text = _safe(decode_text(data))
    if not text.strip():
        raise ParseError("no text (the file is blank)")
    return ParseResult(records=[ArticleRecord(name=name, text=text)])


def _parse_html(name: str, data: bytes, max_article_bytes: int) -> ParseResult:
    if len(data) > max_article_bytes:
        raise ParseError(_too_large(len(data), max_article_bytes))
    html = decode_html(data)
    if not html.strip():
        raise ParseError("no text (the file is blank)")
    record = _extract_html(name, html, "")
    if not record.text.strip():
        raise ParseError("no article text found in the HTML page")
    return ParseResult(records=[record])


def _extension(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _unsupported(ext: str) -> str:
    listed = ", ".join(SUPPORTED_EXTENSIONS)
    if not ext:
        return f"unsupported file type (no extension; expected one of {listed})"
    return f"unsupported file type {ext!r} (expected one of {listed})"


def _parse_zip(name: str, data: bytes, max_article_bytes: int) -> ParseResult:
    def member_limit(path: str) -> int:
        if _extension(path) in (".json", ".jsonl"):
            return max(max_article_bytes, MAX_RECORDS_FILE_BYTES)
        return max_article_bytes

    def skip(path: str) -> str | None:
        ext = _extension(path)
        if ext in _ARCHIVE_EXTENSIONS:
            return "nested archive: not expanded (upload it on its own)"
        if ext not in SUPPORTED_EXTENSIONS:
            return _unsupported(ext)
        return None

    contents = read_zip(data, member_limit=member_limit, skip=skip)
    result = ParseResult()
    for path, reason in contents.problems:
        result.errors.append(ItemError(join_name(name, path), reason))
    for member in contents.members:
        result.extend(
            _parse_bytes(join_name(name, member.path), member.data, max_article_bytes, nested=True)
        )
    if not contents.members and not contents.problems:
        result.errors.append(ItemError(name, "empty archive (no files in it)"))
    return result


def _parse_bytes(
    name: str, data: bytes, max_article_bytes: int, *, nested: bool = False
) -> ParseResult:
    ext = _extension(name)
    try:
        if not data:
            raise ParseError("empty file")
        if ext == ".txt":
            return _parse_text(name, data, max_article_bytes)
        if ext in (".html", ".htm"):
            return _parse_html(name, data, max_article_bytes)
        if ext in (".json", ".jsonl"):
            if len(data) > max(max_article_bytes, MAX_RECORDS_FILE_BYTES):
                raise ParseError(
                    _too_large(len(data), max(max_article_bytes, MAX_RECORDS_FILE_BYTES), "file")
                )
            if ext == ".json":
                return _parse_json(name, data, max_article_bytes)
            return _parse_jsonl(name, _iter_lines(data), max_article_bytes)
        if ext == ".zip":
            if nested:
                raise ParseError("nested archive: not expanded (upload it on its own)")
            return _parse_zip(name, data, max_article_bytes)
        raise ParseError(_unsupported(ext))
    except (ParseError, DecodeError, ArchiveRejected) as exc:
        return ParseResult(errors=[ItemError(name, str(exc))])


def parse_upload(name: str, data: bytes, *, max_article_bytes: int) -> ParseResult:
    """Parse one uploaded file (by extension, content checked). Never raises."""
    safe_name = sanitize_name(name)
    try:
        return _parse_bytes(safe_name, bytes(data), max_article_bytes)
    except Exception as exc:  # noqa: BLE001 — one bad file must not take the batch down
        logger.exception("parse_upload failed on %s", safe_name)
        return ParseResult(
            errors=[ItemError(safe_name, f"could not be read (unexpected {type(exc).__name__})")]
        )


def _read_local(path: Path, limit: int, what: str) -> bytes:
    size = path.stat().st_size
    if size > limit:
        raise ParseError(_too_large(size, limit, what))
    with path.open("rb") as handle:
        return handle.read(limit + 1)


def _iter_file_lines(handle: BinaryIO) -> Iterator[bytes]:
    for line in handle:
        yield line.rstrip(b"\r\n")


def _parse_file(path: Path, max_article_bytes: int) -> ParseResult:
    name = sanitize_name(path.name)
    ext = _extension(name)
    try:
        if path.is_symlink():
            raise ParseError("symbolic link: not followed")
        if not path.is_file():
            raise ParseError("not a regular file")
        if path.stat().st_size == 0:
            raise ParseError("empty file")
        if ext == ".jsonl":
            # Streamed: a corpus file can be far larger than one article.
            with path.open("rb") as handle:
                return _parse_jsonl(name, _iter_file_lines(handle), max_article_bytes)
        if ext in (".txt", ".html", ".htm"):
            limit, what = max_article_bytes, "article"
        elif ext in (".json", ".zip"):
            limit, what = MAX_LOCAL_FILE_BYTES, "file"
        else:
            raise ParseError(_unsupported(ext))
        return _parse_bytes(name, _read_local(path, limit, what), max_article_bytes)
    except (ParseError, DecodeError, ArchiveRejected) as exc:
        return ParseResult(errors=[ItemError(name, str(exc))])
    except OSError as exc:
        return ParseResult(errors=[ItemError(name, f"could not be read ({exc.strerror or exc})")])
    except Exception as exc:  # noqa: BLE001
        logger.exception("parse_path failed on %s", path)
        return ParseResult(
            errors=[ItemError(name, f"could not be read (unexpected {type(exc).__name__})")]
        )


def parse_path(path: Path, *, max_article_bytes: int) -> ParseResult:
    """Parse a file, a folder (recursively, hidden entries and symlinks skipped) or an archive."""
    path = Path(path)
    result = ParseResult()
    try:
        if path.is_dir() and not path.is_symlink():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for filename in sorted(files):
                    if filename.startswith("."):
                        continue
                    result.extend(_parse_file(Path(root) / filename, max_article_bytes))
            return result
        if not path.exists() and not path.is_symlink():
            result.errors.append(ItemError(sanitize_name(path.name), "no such file or folder"))
            return result
        return _parse_file(path, max_article_bytes)
    except OSError as exc:
        result.errors.append(
            ItemError(sanitize_name(path.name), f"could not be read ({exc.strerror or exc})")
        )
        return result
