"""Reading zip uploads without trusting them: names, counts, declared sizes and real expansion.

Declared sizes lie (cpython#83522), so members are inflated here with zlib and a byte counter
instead of `ZipFile.open`, which would silently stop at the declared size. Pure Python.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = [
    "ArchiveRejected",
    "MAX_EXPANSION_BYTES",
    "MAX_EXPANSION_RATIO",
    "MAX_MEMBERS",
    "Member",
    "ZipContents",
    "read_zip",
]

MAX_MEMBERS = 10_000
MAX_EXPANSION_RATIO = 100
MAX_EXPANSION_BYTES = 200 * 1024 * 1024
_CHUNK = 64 * 1024
_RATIO_FLOOR = 100 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


class ArchiveRejected(ValueError):
    """The whole archive is refused; str(error) is the reason."""


@dataclass(frozen=True)
class Member:
    path: str  # the member name as stored (for the error report; never used as a path)
    data: bytes


@dataclass
class ZipContents:
    members: list[Member] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (member path, reason)


class _MemberRejected(ValueError):
    pass


def _unsafe_path(name: str) -> str | None:
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return "absolute path"
    if ".." in re.split(r"[/\\]", name):
        return "path traversal ('..')"
    if "\\" in name:
        # A backslash is a separator on Windows: `..\\..\\x` and `a\\..\\..\\x` climb out there.
        return "backslash in the path"
    return None


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    # Unix mode bits live in the high 16 bits of external_attr, whatever create_system claims.
    return stat.S_ISLNK(info.external_attr >> 16)


def _data_range(data: bytes, info: zipfile.ZipInfo) -> tuple[int, int]:
    offset = info.header_offset
    header = data[offset : offset + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise _MemberRejected("corrupt member (no local header)")
    name_len = int.from_bytes(header[26:28], "little")
    extra_len = int.from_bytes(header[28:30], "little")
    start = offset + 30 + name_len + extra_len
    return start, start + info.compress_size


class _Budget:
    def __init__(self, limit: int, archive_size: int) -> None:
        self.limit = limit
        self.used = 0
        self.archive_size = archive_size

    def take(self, n: int) -> None:
        self.used += n
        if self.used > self.limit:
            raise ArchiveRejected(
                f"zip bomb: expands to more than {self.limit:,} bytes "
                f"({MAX_EXPANSION_RATIO}x the {self.archive_size:,}-byte archive, at most "
                f"{MAX_EXPANSION_BYTES // (1024 * 1024)} MB); nothing from it was ingested"
            )


def _inflate(
    data: bytes, info: zipfile.ZipInfo, zf: zipfile.ZipFile, limit: int, budget: _Budget
) -> bytes:
    """The member's bytes, counted as they come out; stops at `limit` or the archive budget."""
    out = bytearray()

    def keep(chunk: bytes) -> None:
        budget.take(len(chunk))
        out.extend(chunk)
        if len(out) > info.file_size:
            # More than declared: a crafted header. Stop now rather than inflate the rest.
            raise ArchiveRejected(
                f"zip bomb: member {info.filename[:100]!r} expands beyond its declared size "
                f"({info.file_size:,} bytes); nothing from the archive was ingested"
            )
        if len(out) > limit:
            raise _MemberRejected(f"too large (over {limit:,} bytes uncompressed)")
        # Apache POI's rule: a large member may not expand more than 100:1 on its own.
        if len(out) >= _RATIO_FLOOR and len(out) > MAX_EXPANSION_RATIO * max(info.compress_size, 1):
            raise _MemberRejected(
                f"zip bomb: expands more than {MAX_EXPANSION_RATIO}:1 "
                f"({info.compress_size:,} compressed bytes)"
            )

    if info.compress_type == zipfile.ZIP_STORED:
        start, end = _data_range(data, info)
        for pos in range(start, min(end, len(data)), _CHUNK):
            keep(data[pos : min(pos + _CHUNK, end)])
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        start, end = _data_range(data, info)
        compressed = memoryview(data)[start : min(end, len(data))]
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        pos = 0
        try:
            while not inflater.eof:
                if inflater.unconsumed_tail:
                    chunk = inflater.unconsumed_tail
                elif pos < len(compressed):
                    chunk = bytes(compressed[pos : pos + _CHUNK])
                    pos += _CHUNK
                else:
                    raise _MemberRejected("corrupt member (truncated compressed data)")
                # max_length bounds what one call may produce: a bomb cannot balloon in one step.
                keep(inflater.decompress(chunk, _CHUNK))
        except zlib.error as exc:
            raise _MemberRejected(f"corrupt member ({exc})") from None
    else:
        # bzip2/lzma members: the stdlib reader, still counted (it stops at the declared size,
        # and the CRC check below then fails for a member that lied).
        try:
            with zf.open(info) as handle:
                while chunk := handle.read(_CHUNK):
                    keep(chunk)
        except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError) as exc:
            raise _MemberRejected(f"corrupt or unsupported member ({exc})") from None
        except RuntimeError as exc:  # e.g. encrypted
            raise _MemberRejected(f"unreadable member ({exc})") from None
    if zlib.crc32(out) != info.CRC:
        raise _MemberRejected("corrupt member (CRC mismatch)")
    if len(out) != info.file_size:
        raise _MemberRejected(
            f"corrupt member (size {len(out):,} differs from the declared {info.file_size:,})"
        )
    return bytes(out)


def _check_overlap(data: bytes, infos: list[zipfile.ZipInfo]) -> None:
    """Members whose data overlap (Fifield's non-recursive bomb) are refused outright."""
    spans = []
    for info in infos:
        try:
            spans.append((info.header_offset, _data_range(data, info)[1]))
        except _MemberRejected:
            continue  # reported per member later
    spans.sort()
    for (_, end), (next_start, _) in zip(spans, spans[1:], strict=False):
        if next_start < end:
            raise ArchiveRejected(
                "zip bomb: members overlap each other (a crafted archive); nothing from it was ingested"
            )


def read_zip(
    data: bytes,
    *,
    member_limit: Callable[[str], int],
    skip: Callable[[str], str | None],
) -> ZipContents:
    """Check and inflate the members of a zip held in memory.

    `member_limit(path) -> int` gives the largest uncompressed size allowed for a member (0 to
    refuse it with "unsupported"), `skip(path) -> str | None` a reason to refuse it before reading
    (e.g. a nested archive). Raises ArchiveRejected for the whole archive: not a zip, corrupt,
    more than MAX_MEMBERS members, or real expansion over min(100x its size, 200 MB).
    """
    if not data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise ArchiveRejected("not a zip archive (the content does not start like one)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ArchiveRejected(f"corrupt zip archive ({exc})") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ArchiveRejected(
                f"too many members ({len(infos):,}; the limit is {MAX_MEMBERS:,})"
            )
        budget = _Budget(min(MAX_EXPANSION_RATIO * len(data), MAX_EXPANSION_BYTES), len(data))
        declared = sum(i.file_size for i in infos if not i.is_dir())
        if declared > budget.limit:
            budget.take(declared)  # raises with the bomb message before anything is inflated
        _check_overlap(data, infos)

        contents = ZipContents()
        seen: set[str] = set()
        for info in infos:
            # orig_filename: ZipInfo cuts `filename` at a NUL byte, which would hide `x.txt\0../`.
            path = getattr(info, "orig_filename", info.filename)
            if info.is_dir() and not _is_symlink(info):
                continue
            top = path.replace("\\", "/").split("/")[0]
            leaf = path.replace("\\", "/").rsplit("/", 1)[-1]
            if top == "__MACOSX" or leaf.startswith("._") or leaf == ".DS_Store":
                continue  # Finder's resource forks, not articles
            try:
                if "\x00" in path:
                    raise _MemberRejected("NUL byte in the member name")
                unsafe = _unsafe_path(path)
                if unsafe:
                    raise _MemberRejected(f"unsafe member name {path[:100]!r} ({unsafe})")
                if _is_symlink(info):
                    raise _MemberRejected("symbolic link entry")
                if path in seen:
                    raise _MemberRejected("duplicate member name")
                seen.add(path)
                if info.flag_bits & 0x1:
                    raise _MemberRejected("encrypted member")
                reason = skip(path)
                if reason:
                    raise _MemberRejected(reason)
                limit = member_limit(path)
                if info.file_size > limit:
                    raise _MemberRejected(
                        f"too large ({info.file_size:,} bytes uncompressed; the limit is {limit:,})"
                    )
                contents.members.append(Member(path, _inflate(data, info, zf, limit, budget)))
            except _MemberRejected as exc:
                contents.problems.append((path, str(exc)))
        return contents
