"""Bytes -> str for uploaded text: BOMs, UTF-8, UTF-16, Windows-1256, and binary refused by content.

Pure Python (no Django). Every refusal is a `DecodeError` whose message is the reason shown to the
user, so callers turn it into an ItemError without rewording.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["DecodeError", "binary_kind", "decode_html", "decode_text"]


class DecodeError(ValueError):
    """The bytes are not text we can read; str(error) is the user-facing reason."""


# Magic numbers of the binaries people rename by mistake (or on purpose). Only signatures that
# cannot start a plain-text article.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3\x03", "MP3 audio"),
    (b"ID3\x04", "MP3 audio"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)
_SAMPLE = 1 << 20
# C0 controls that never occur in text (tab, LF, VT, FF, CR are text; ESC is rare but harmless).
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_ASCII = bytes(range(0x80))
# A valid UTF-8 two-byte sequence; Arabic in UTF-8 is almost only these (lead byte D8-DB).
_UTF8_PAIR = re.compile(rb"[\xc2-\xdf][\x80-\xbf]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0660-\u0669\u067e\u0686\u0698\u06a9\u06af\u06cc]")
_LATIN_TEXT = re.compile("[A-Za-z\u00c0-\u024f\u2018-\u201e\u2013\u2014\u2026\u00a0-\u00bf]")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)


def binary_kind(data: bytes) -> str | None:
    """What binary this is ("PNG image", "binary content …"), or None when it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if len(data) >= 12 and data[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    return None


def _control_kind(sample: bytes) -> str | None:
    controls = len(_CONTROL.findall(sample))
    # A stray NUL or two in a scraped article is dirt that cleaning removes; lots of them is binary.
    if controls > max(8, len(sample) // 100):
        nuls = sample.count(0)
        what = f"{nuls} NUL bytes" if nuls else f"{controls} control bytes"
        return f"{what} in the first {len(sample):,} bytes"
    return None


def _strict(data: bytes, encoding: str, label: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise DecodeError(
            f"undecodable bytes: invalid {label} at byte {exc.start:,} (0x{bad})"
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 that lost its BOM: every other byte is 0x00 (Latin) or 0x06 (Arabic block)."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[: _SAMPLE & ~1]
    for high, encoding in ((sample[1::2], "utf-16-le"), (sample[0::2], "utf-16-be")):
        nul, arabic = high.count(0), high.count(6)
        if nul * 10 >= len(high) and (nul + arabic) * 10 >= len(high) * 9:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            if _CONTROL.search(text.encode("utf-8", "surrogatepass")):
                return None
            return text
    return None


def _single_byte(data: bytes) -> str | None:
    """Windows-1256 Arabic (or, failing that, Windows-1252 Latin) when the bytes look like it."""
    high = data.translate(None, _ASCII)
    if not high:
        return None
    # Broken UTF-8 (a truncated sequence in an otherwise UTF-8 file) is not Windows-1256: its
    # high bytes come in valid UTF-8 pairs, which Arabic letters in 1256 almost never form.
    if len(_UTF8_PAIR.findall(high)) * 2 * 2 > len(high):
        return None
    text = data.decode("cp1256")
    non_ascii = len(high)
    if len(_ARABIC_LETTER.findall(text)) * 10 >= non_ascii * 7:
        return text
    try:
        latin = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if len(_LATIN_TEXT.findall(latin.translate(dict.fromkeys(range(0x80))))) == non_ascii:
        return latin
    return None


def decode_text(data: bytes) -> str:
    """Decode an uploaded text file. BOM first (UTF-8, UTF-16, UTF-32), then refuse binaries by
    content (magic numbers, NUL/control bytes), then UTF-8, BOM-less UTF-16, Windows-1256.
    Raises DecodeError with the reason."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", "UTF-8")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) and len(data) % 4 == 0:
        try:
            return data.decode("utf-32")
        except UnicodeDecodeError:
            pass  # FF FE 00 00 can also open UTF-16 text whose first character is NUL
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "UTF-16")
    kind = binary_kind(data)
    if kind:
        raise DecodeError(f"binary file ({kind}), not text")
    if b"\x00" in data[:_SAMPLE]:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
    kind = _control_kind(data[:_SAMPLE])
    if kind:
        raise DecodeError(f"binary file ({kind}), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = _single_byte(data)
        if text is not None:
            return text
        bad = data[exc.start : exc.start + 1].hex()
        raise DecodeError(
            f"undecodable bytes: not UTF-8 (invalid byte 0x{bad} at offset {exc.start:,}), "
            "UTF-16 or Windows-1256 text"
        ) from None


def decode_html(data: bytes) -> str:
    """Decode an HTML page: BOM, then a <meta charset> that decodes cleanly, then decode_text."""
    bom = data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    # NUL bytes: UTF-16 without a BOM or a binary; decode_text tells which.
    if not bom and b"\x00" not in data[:_SAMPLE]:
        kind = binary_kind(data) or _control_kind(data[:_SAMPLE])
        if kind:
            raise DecodeError(f"binary file ({kind}), not HTML")
        match = _META_CHARSET.search(data[:4096])
        if match:
            try:
                encoding = codecs.lookup(match.group(1).decode("ascii")).name
            except (LookupError, UnicodeDecodeError):
                encoding = ""
            if encoding and not encoding.startswith(("utf-16", "utf-32")):
                try:
                    return data.decode(encoding)
                except UnicodeDecodeError:
                    pass  # the page lies about its charset; sniff instead
    return decode_text(data)
