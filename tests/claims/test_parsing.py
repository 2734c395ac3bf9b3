from __future__ import annotations

import io
import json
import os
import resource
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path
from unittest import TestCase

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.ingestion.parsing import (
    ArticleRecord,
    ParseResult,
    html_to_record,
    parse_path,
    parse_upload,
)

LIMIT = 5 * 1024 * 1024
MIB = 1024 * 1024
ROOT = Path(__file__).resolve().parents[2]
AR = (
    "قال المرصد السوري لحقوق الإنسان إن الاشتباكات استمرت في ريف إدلب طوال الليل.\n"
    "وأضاف أن عشرات المقاتلين سلموا أنفسهم إلى الفصائل المقاتلة."
)
EN = "The Syrian Observatory for Human Rights said the clashes went on all night."

PAGE = """<!doctype html><html lang="ar"><head><meta charset="{charset}">
<title>تسليم مقاتلين في ريف إدلب | موقع الأخبار</title>
<meta property="og:site_name" content="موقع الأخبار">
<meta property="article:published_time" content="2018-02-20T09:30:00+00:00"></head>
<body><nav><a href="/">الرئيسية</a> | <a href="/syria">سوريا</a> | <a href="/login">دخول</a></nav>
<div class="share">شارك على فيسبوك</div>
<article><h1>تسليم مقاتلين في ريف إدلب</h1>
<p>قال المرصد السوري لحقوق الإنسان إن الاشتباكات استمرت في ريف إدلب طوال الليل الماضي.</p>
<p>وأضاف أن {{ article.visit_count }} عشرات المقاتلين سلموا أنفسهم إلى الفصائل المقاتلة في المنطقة.</p>
<p>وأعلن الناطق باسم الفصيل أن المقاتلين سيحالون إلى المحكمة المختصة للتحقيق معهم.</p>
</article>
<footer>جميع الحقوق محفوظة © 2018 — سياسة الخصوصية — اتصل بنا</footer></body></html>"""


def page(charset: str) -> str:
    return PAGE.replace("{charset}", charset)


def parse(name: str, data: bytes, limit: int = LIMIT) -> ParseResult:
    return parse_upload(name, data, max_article_bytes=limit)


def reasons(result: ParseResult) -> list[str]:
    return [error.reason for error in result.errors]


def make_zip(entries: list[tuple[str | zipfile.ZipInfo, bytes | str]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def raw_zip(members: list[tuple[bytes, bytes, int, int]]) -> bytes:
    """A zip written by hand: (name, deflated data, declared size, crc) per member, so the
    declared sizes can lie and members can share data."""
    local, central = b"", b""
    for name, compressed, declared, crc in members:
        offset = len(local)
        local += (
            struct.pack(
                "<4s5H3L2H",
                b"PK\x03\x04",
                20,
                0,
                8,
                0,
                0,
                crc,
                len(compressed),
                declared,
                len(name),
                0,
            )
            + name
            + compressed
        )
        central += (
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                0,
                8,
                0,
                0,
                crc,
                len(compressed),
                declared,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + name
        )
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), len(local), 0
    )
    return local + central + end


def deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def zeros_bomb_stream(mib: int) -> tuple[bytes, bytes]:
    """Raw deflate data for `mib` MiB of zeros, built without compressing them: one MiB of zeros
    deflated then flushed with Z_FULL_FLUSH (which resets the compressor, so the same ~1 KB block
    decodes to the same MiB wherever it is repeated), `mib` times, then the final block.
    Returns (stream, block)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = compressor.compress(b"\0" * MIB) + compressor.flush(zlib.Z_FULL_FLUSH)
    return block * mib + compressor.flush(), block


def seed_corpus() -> list[tuple[str, bytes]]:
    """RELIABILITY UP-6's seed corpus, plus the zip bombs of UP-4, as (name, bytes)."""
    nested = "<html><body>" + "<div>" * 100_000 + "نص" + "</div>" * 100_000 + "</body></html>"
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        "<html><body><p>&c;&c;&c;&c;&c;&c;&c;&c;</p><p>" + AR + "</p></body></html>"
    )
    stream, _ = zeros_bomb_stream(2048)
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w", zipfile.ZIP_STORED) as archive:
        for i in range(10_001):
            archive.writestr(f"{i}.txt", "x")
    return [
        ("deep.json", b"[" * 100_000),
        ("deep.jsonl", b'{"text": "x", "n": ' + b"[" * 100_000 + b"\n"),
        ("digits.json", b'{"text": "x", "n": ' + b"9" * 5000 + b"}"),
        ("broken.txt", AR.encode()[:30] + b"\xd8" + AR.encode()),
        ("bad16.txt", b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xdc"),
        ("binary.txt", b"abc\x00\x01\x02\x03" * 500),
        ("nul.txt", AR.encode() + b"\x00"),
        ("nul.json", b'{"text": "\\u0000\\ud800 \xd9\x86\xd8\xb5", "title": "a\\u0000b"}'),
        ("line.jsonl", b'{"text": "' + b"a" * (10 * MIB) + b'"}'),
        ("line.txt", b"a" * (10 * MIB)),
        ("nested.html", nested.encode()),
        ("laughs.html", laughs.encode()),
        ("lying.zip", raw_zip([(b"bomb.txt", stream, 1000, 0)])),
        ("honest.zip", raw_zip([(b"bomb.txt", stream, 2048 * MIB, 0)])),
        ("many.zip", many.getvalue()),
    ]


def run_seed_corpus() -> None:
    """Parse every seed and print one JSON line: per seed the seconds it took, how many records
    came out, whether any of their strings holds a NUL, and the reasons; then the peak RSS in KB
    once the corpus was built and at the end. Run in a fresh interpreter by SeedCorpusTests, so
    the peak is this corpus's alone."""
    corpus = seed_corpus()
    built = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    seeds = []
    for name, data in corpus:
        started = time.monotonic()
        result = parse(name, data)
        seconds = time.monotonic() - started
        texts = [v for r in result.records for v in (r.text, r.title, r.name)]
        seeds.append(
            {
                "name": name,
                "seconds": seconds,
                "records": len(result.records),
                "nul": any("\x00" in v for v in texts),
                "reasons": reasons(result),
            }
        )
        del result
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seeds": seeds, "built_kb": built, "peak_kb": peak}))


class TextFileTests(TestCase):
    def test_utf8_utf8_bom_utf16_and_windows_1256_all_decode_to_the_same_text(self) -> None:
        encodings = {
            "utf8.txt": AR.encode("utf-8"),
            "bom.txt": b"\xef\xbb\xbf" + AR.encode("utf-8"),
            "utf16le.txt": AR.encode("utf-16"),  # with BOM (little endian here)
            "utf16be.txt": b"\xfe\xff" + AR.encode("utf-16-be"),
            "utf16-nobom.txt": AR.encode("utf-16-le"),
            "cp1256.txt": AR.encode("cp1256"),
        }
        for name, data in encodings.items():
            with self.subTest(name):
                result = parse(name, data)
                self.assertEqual(result.errors, [])
                self.assertEqual(result.records, [ArticleRecord(name=name, text=AR)])

    def test_english_in_windows_1252_with_curly_quotes_decodes(self) -> None:
        text = "The army said \u201cthe town is taken\u201d \u2014 caf\u00e9 owners fled."
        result = parse("en.txt", text.encode("cp1252"))
        self.assertEqual([r.text for r in result.records], [text])

    def test_text_is_kept_raw_for_cleaning_later(self) -> None:
        raw = "سطر أول\n\n{{ x }}\nسطر أول\n"
        self.assertEqual(parse("raw.txt", raw.encode()).records[0].text, raw)

    def test_a_png_renamed_txt_is_rejected_as_binary(self) -> None:
        png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)
        self.assertEqual(reasons(parse("photo.txt", png)), ["binary file (PNG image), not text"])

    def test_lots_of_nul_and_control_bytes_are_rejected_as_binary(self) -> None:
        for data in (bytes(range(256)) * 20, b"abc\x00\x01\x02\x03" * 500):
            result = parse("blob.txt", data)
            self.assertEqual(result.records, [])
            self.assertRegex(reasons(result)[0], r"^binary file \(\d+ (NUL|control) bytes")

    def test_a_stray_nul_in_a_real_article_is_not_binary(self) -> None:
        result = parse("dirty.txt", AR.encode() + b"\x00")
        self.assertEqual(len(result.records), 1)
        self.assertNotIn("\x00", result.records[0].text)

    def test_undecodable_bytes_get_a_clear_reason(self) -> None:
        broken = AR.encode()[:30] + b"\xd8" + AR.encode()
        (reason,) = reasons(parse("broken.txt", broken))
        self.assertRegex(
            reason, r"^undecodable bytes: not UTF-8 \(invalid byte 0xd8 at offset 30\)"
        )

    def test_invalid_utf16_after_a_bom_is_undecodable(self) -> None:
        (reason,) = reasons(
            parse("bad16.txt", b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xdc")
        )
        self.assertTrue(reason.startswith("undecodable bytes: invalid UTF-16"), reason)

    def test_empty_and_blank_files_are_rejected(self) -> None:
        self.assertEqual(reasons(parse("empty.txt", b"")), ["empty file"])
        self.assertEqual(reasons(parse("blank.txt", b" \n\t\n")), ["no text (the file is blank)"])

    def test_a_file_over_the_article_limit_is_rejected(self) -> None:
        (reason,) = reasons(parse("big.txt", b"a" * 2048, limit=1024))
        self.assertEqual(reason, "too large (2 KB; the limit per article is 1 KB)")

    def test_unsupported_extensions_are_rejected_by_name(self) -> None:
        self.assertEqual(
            reasons(parse("notes.pdf", b"%PDF-1.4")),
            [
                "unsupported file type '.pdf' (expected one of .txt, .html, .htm, .json, .jsonl, .zip)"
            ],
        )
        self.assertTrue(
            reasons(parse("README", b"text"))[0].startswith("unsupported file type (no extension")
        )

    def test_the_extension_is_case_insensitive(self) -> None:
        self.assertEqual(len(parse("UPPER.TXT", AR.encode()).records), 1)


class NameTests(TestCase):
    def test_names_lose_path_parts_control_and_bidi_characters(self) -> None:
        cases = {
            "../../etc/passwd.txt": "passwd.txt",
            "..\\..\\x.txt": "x.txt",
            "/etc/x.txt": "x.txt",
            "C:\\x.txt": "x.txt",
            "evil\u202egnp.txt": "evilgnp.txt",
            "a\x00b\x1f.txt": "ab.txt",
            "con.txt": "con.txt",
            "..": "unnamed",
        }
        for raw, expected in cases.items():
            with self.subTest(raw=raw):
                result = parse(raw, AR.encode())
                names = [r.name for r in result.records] + [e.name for e in result.errors]
                self.assertEqual(names, [expected])

    def test_a_url_name_from_a_feed_stays_whole(self) -> None:
        record = html_to_record("https://example.org/news/2018/idlib\u202e", page("utf-8"))
        self.assertEqual(record.name, "https://example.org/news/2018/idlib")

    def test_long_names_are_cut_to_255_characters_keeping_the_extension(self) -> None:
        result = parse("ن" * 300 + ".txt", AR.encode())
        name = result.records[0].name
        self.assertLessEqual(len(name), 255)
        self.assertTrue(name.endswith(".txt"))

    def test_a_double_extension_is_judged_by_the_last_one_and_the_content(self) -> None:
        self.assertEqual(
            reasons(parse("a.zip.html", make_zip([("x.txt", "y")]))),
            ["binary file (ZIP archive), not text"],
        )
        self.assertEqual(
            reasons(parse("a.html\x00.zip", b"<html><body>x</body></html>")),
            ["not a zip archive (the content does not start like one)"],
        )


class HtmlFileTests(TestCase):
    def test_main_text_title_date_and_outlet_come_out_of_the_page_chrome(self) -> None:
        result = parse("page.html", page("utf-8").encode())
        self.assertEqual(result.errors, [])
        (record,) = result.records
        self.assertEqual(record.title, "تسليم مقاتلين في ريف إدلب")
        self.assertEqual(record.published, datetime(2018, 2, 20, tzinfo=UTC))
        self.assertEqual(record.outlet, "موقع الأخبار")
        self.assertEqual(record.language, "ar")
        self.assertIn("قال المرصد السوري لحقوق الإنسان", record.text)
        self.assertIn("سيحالون إلى المحكمة المختصة", record.text)
        for chrome in ("الرئيسية", "جميع الحقوق محفوظة", "شارك على فيسبوك", "{{", "visit_count"):
            self.assertNotIn(chrome, record.text)
        self.assertFalse(record.text.startswith("تسليم مقاتلين"))  # headline kept as the title

    def test_a_windows_1256_page_is_decoded_by_its_meta_charset(self) -> None:
        data = page("windows-1256").replace("©", "(c)").encode("cp1256")
        (record,) = parse("page.htm", data).records
        self.assertIn("قال المرصد السوري", record.text)

    def test_a_page_without_article_text_is_rejected(self) -> None:
        self.assertEqual(
            reasons(
                parse("empty.html", b"<html><head><title>x</title></head><body></body></html>")
            ),
            ["no article text found in the HTML page"],
        )

    def test_html_to_record_never_raises_and_gives_empty_text_for_garbage(self) -> None:
        for junk in (b"\x89PNG\r\n\x1a\n" + bytes(50), b"", "<<<>>>", b"\xff" * 10):
            record = html_to_record("x.html", junk, url="https://example.org/a")
            self.assertEqual(record.text, "")

    def test_html_to_record_takes_the_url_it_is_given(self) -> None:
        record = html_to_record("feed entry", page("utf-8").encode(), url="https://example.org/a")
        self.assertEqual(record.url, "https://example.org/a")
        self.assertIn("المرصد", record.text)

    def test_deeply_nested_tags_and_entity_expansion_are_harmless_and_fast(self) -> None:
        nested = "<html><body>" + "<div>" * 100_000 + "نص" + "</div>" * 100_000 + "</body></html>"
        laughs = (
            '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
            "<html><body><p>&c;&c;&c;&c;&c;&c;&c;&c;</p><p>" + AR + "</p></body></html>"
        )
        for data in (nested, laughs):
            started = time.monotonic()
            result = parse("hostile.html", data.encode())
            self.assertLess(time.monotonic() - started, 2.0)
            for record in result.records:
                self.assertNotIn("aaaaaaaaaa" * 10, record.text)


class JsonFileTests(TestCase):
    def record(self, **overrides: object) -> dict:
        fields = {
            "id": "snn-1",
            "title": "عنوان",
            "text": AR,
            "url": "https://example.org/a",
            "outlet": "عكاظ",
            "published": "2015-07-21 10:15:00",
            "language": "ar",
        }
        fields.update(overrides)
        return fields

    def test_one_record_object_becomes_one_article_with_every_field(self) -> None:
        (record,) = parse("one.json", json.dumps(self.record()).encode()).records
        self.assertEqual(
            record,
            ArticleRecord(
                name="one.json:snn-1",
                text=AR,
                title="عنوان",
                url="https://example.org/a",
                outlet="عكاظ",
                published=datetime(2015, 7, 21, 10, 15, tzinfo=UTC),
                language="ar",
            ),
        )

    def test_a_list_of_records_reports_the_bad_ones_by_position(self) -> None:
        data = json.dumps([self.record(id=1), self.record(id=2, text=""), "x", self.record(id=4)])
        result = parse("list.json", data.encode())
        self.assertEqual([r.name for r in result.records], ["list.json:1", "list.json:4"])
        self.assertEqual(
            reasons(result),
            [
                "record 2: no text (the record has no 'text' field or it is empty)",
                "record 3: not a record (a JSON object is expected, got str)",
            ],
        )

    def test_a_json_file_that_contains_html_is_rejected(self) -> None:
        self.assertEqual(
            reasons(parse("page.json", page("utf-8").encode())),
            ["not JSON: the file contains HTML (upload it as .html)"],
        )

    def test_nesting_bombs_and_huge_integers_are_item_errors(self) -> None:
        self.assertEqual(
            reasons(parse("deep.json", b"[" * 100_000)), ["invalid JSON: nested too deeply"]
        )
        self.assertEqual(
            reasons(parse("int.json", b'{"text": "x", "n": ' + b"9" * 5000 + b"}")),
            ["invalid JSON: a number has too many digits"],
        )
        deep_line = b'{"text": "x", "n": ' + b"[" * 100_000 + b"\n"
        self.assertEqual(
            reasons(parse("deep.jsonl", deep_line)), ["line 1: invalid JSON: nested too deeply"]
        )

    def test_invalid_json_and_wrong_field_types_have_specific_reasons(self) -> None:
        self.assertEqual(
            reasons(parse("bad.json", b'{"text": "x",}')),
            ["invalid JSON: Expecting property name enclosed in double quotes (line 1, column 14)"],
        )
        self.assertEqual(
            reasons(parse("t.json", json.dumps(self.record(title=5)).encode())),
            ["title: must be a string"],
        )
        self.assertEqual(
            reasons(parse("u.json", json.dumps(self.record(url="javascript:alert(1)")).encode())),
            ["url: not an http(s) URL ('javascript:alert(1)')"],
        )
        self.assertEqual(
            reasons(parse("p.json", json.dumps(self.record(published="soon")).encode())),
            ["published: not a date ('soon')"],
        )

    def test_published_accepts_dates_iso_times_and_rfc_2822(self) -> None:
        cases = {
            "2018-02-20": datetime(2018, 2, 20, tzinfo=UTC),
            "2018-02-20T09:30:00Z": datetime(2018, 2, 20, 9, 30, tzinfo=UTC),
            "Tue, 20 Feb 2018 09:30:00 +0000": datetime(2018, 2, 20, 9, 30, tzinfo=UTC),
            None: None,
        }
        for value, expected in cases.items():
            with self.subTest(value):
                (record,) = parse(
                    "d.json", json.dumps(self.record(published=value)).encode()
                ).records
                self.assertEqual(record.published, expected)

    def test_a_record_over_the_article_limit_is_rejected(self) -> None:
        result = parse("big.json", json.dumps(self.record(text="ا" * 1000)).encode(), limit=1024)
        self.assertEqual(reasons(result), ["too large (2 KB; the limit per article is 1 KB)"])

    def test_nul_and_lone_surrogates_in_records_cannot_reach_the_database(self) -> None:
        data = b'{"text": "\\u0000\\ud800 \xd9\x86\xd8\xb5", "title": "a\\u0000b"}'
        (record,) = parse("s.json", data).records
        self.assertEqual(record.text, "\ufffd نص")
        self.assertEqual(record.title, "ab")
        record.text.encode("utf-8")  # would raise on a lone surrogate


class JsonLinesFileTests(TestCase):
    def test_a_malformed_line_is_an_error_and_the_good_lines_still_go_in(self) -> None:
        lines = [
            json.dumps({"id": "a", "text": AR}),
            '{"id": "b", "text": ',
            "",
            json.dumps({"id": "c", "text": EN, "language": "EN-gb"}),
            json.dumps({"id": "d"}),
        ]
        result = parse("records.jsonl", "\n".join(lines).encode())
        self.assertEqual([r.name for r in result.records], ["records.jsonl:a", "records.jsonl:c"])
        self.assertEqual(result.records[1].language, "en")
        self.assertEqual(
            reasons(result),
            [
                "line 2: invalid JSON: Expecting value (column 21)",
                "line 5: no text (the record has no 'text' field or it is empty)",
            ],
        )

    def test_a_bom_crlf_line_ends_and_an_undecodable_line(self) -> None:
        data = (
            b"\xef\xbb\xbf" + json.dumps({"text": AR}).encode() + b"\r\n" + b'{"text": "\xff"}\r\n'
        )
        result = parse("bom.jsonl", data)
        self.assertEqual(len(result.records), 1)
        self.assertEqual(
            reasons(result), ["line 2: undecodable bytes: invalid UTF-8 at byte 10 of the line"]
        )

    def test_a_10_mb_single_line_is_refused_quickly(self) -> None:
        line = b'{"text": "' + b"a" * (10 * 1024 * 1024) + b'"}'
        started = time.monotonic()
        result = parse("huge.jsonl", line, limit=1024 * 1024)
        self.assertLess(time.monotonic() - started, 2.0)
        self.assertEqual(result.records, [])
        self.assertTrue(reasons(result)[0].startswith("line 1: too large"), reasons(result))

    def test_a_blank_records_file_is_rejected(self) -> None:
        self.assertEqual(
            reasons(parse("blank.jsonl", b"\n\n  \n")), ["no records (the file is blank)"]
        )


class ZipFileTests(TestCase):
    def test_members_are_parsed_by_their_extension(self) -> None:
        data = make_zip(
            [
                ("news/one.txt", AR.encode("cp1256")),
                ("news/two.html", page("utf-8")),
                ("three.json", json.dumps({"id": "r3", "text": EN})),
                ("four.jsonl", json.dumps({"id": "r4", "text": AR + " 4"}) + "\n{oops\n"),
                ("__MACOSX/news/._one.txt", "resource fork"),
            ]
        )
        result = parse("batch.zip", data)
        self.assertEqual(
            [r.name for r in result.records],
            [
                "batch.zip:one.txt",
                "batch.zip:two.html",
                "batch.zip:three.json:r3",
                "batch.zip:four.jsonl:r4",
            ],
        )
        self.assertEqual(result.records[0].text, AR)
        self.assertEqual(
            [(e.name, e.reason) for e in result.errors],
            [
                (
                    "batch.zip:four.jsonl",
                    "line 2: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
                )
            ],
        )

    def test_traversal_absolute_backslash_and_symlink_members_are_rejected(self) -> None:
        link = zipfile.ZipInfo("link.txt")
        link.external_attr = 0o120777 << 16
        data = make_zip(
            [
                ("ok.txt", AR),
                ("../../evil.txt", "x"),
                ("/abs/evil.txt", "x"),
                ("..\\..\\evil.txt", "x"),
                ("dir\\file.txt", "x"),
                (link, "/etc/passwd"),
            ]
        )
        result = parse("slip.zip", data)
        self.assertEqual([r.name for r in result.records], ["slip.zip:ok.txt"])
        self.assertEqual(
            reasons(result),
            [
                "unsafe member name '../../evil.txt' (path traversal ('..'))",
                "unsafe member name '/abs/evil.txt' (absolute path)",
                "unsafe member name '..\\\\..\\\\evil.txt' (path traversal ('..'))",
                "unsafe member name 'dir\\\\file.txt' (backslash in the path)",
                "symbolic link entry",
            ],
        )

    def test_nested_archives_are_not_expanded(self) -> None:
        inner = make_zip([("inner.txt", AR)])
        result = parse("outer.zip", make_zip([("inner.zip", inner), ("ok.txt", EN)]))
        self.assertEqual([r.text for r in result.records], [EN])
        self.assertEqual(reasons(result), ["nested archive: not expanded (upload it on its own)"])

    def test_duplicate_unsupported_and_oversized_members(self) -> None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("a.txt", AR)
            with self.assertWarns(UserWarning):
                archive.writestr("a.txt", EN)
            archive.writestr("pic.png", b"\x89PNG")
            archive.writestr("big.txt", "ب" * 1000)
        result = parse("mixed.zip", buffer.getvalue(), limit=1024)
        self.assertEqual([r.text for r in result.records], [AR])
        self.assertEqual(
            reasons(result),
            [
                "duplicate member name",
                "unsupported file type '.png' (expected one of .txt, .html, .htm, .json, .jsonl, .zip)",
                "too large (2,000 bytes uncompressed; the limit is 1,024)",
            ],
        )

    def test_more_than_10000_members_rejects_the_archive(self) -> None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
            for i in range(10_001):
                archive.writestr(f"{i}.txt", "x")
        result = parse("many.zip", buffer.getvalue())
        self.assertEqual(result.records, [])
        self.assertEqual(reasons(result), ["too many members (10,001; the limit is 10,000)"])

    def test_a_real_bomb_that_declares_a_small_size_is_rejected_quickly(self) -> None:
        payload = b"\x00" * (64 * 1024 * 1024)  # 64 MB of zeros deflate to about 64 KB
        compressed = deflate(payload)
        del payload
        bomb = raw_zip([(b"bomb.txt", compressed, 1000, 0)])
        self.assertLess(len(bomb), 100_000)
        started = time.monotonic()
        result = parse("bomb.zip", bomb)
        self.assertLess(time.monotonic() - started, 2.0)
        self.assertEqual(result.records, [])
        self.assertEqual(
            reasons(result),
            [
                "zip bomb: member 'bomb.txt' expands beyond its declared size (1,000 bytes); "
                "nothing from the archive was ingested"
            ],
        )

    def test_an_honest_bomb_is_rejected_on_its_declared_sizes_before_inflating(self) -> None:
        payload = b"\x00" * (50 * 1024 * 1024)
        bomb = raw_zip([(b"zeros.txt", deflate(payload), len(payload), zlib.crc32(payload))])
        del payload
        started = time.monotonic()
        (reason,) = reasons(parse("honest.zip", bomb))
        self.assertLess(time.monotonic() - started, 0.5)
        self.assertTrue(reason.startswith("zip bomb: expands to more than"), reason)

    def test_real_expansion_over_100x_the_archive_rejects_everything_in_it(self) -> None:
        # Honest headers, every member under the article limit, but together far over 100x.
        members = [(f"{i}.txt", "ا" * 40_000) for i in range(20)]
        data = make_zip([("good.txt", AR), *members])
        result = parse("inflate.zip", data)
        self.assertEqual(result.records, [])
        (reason,) = reasons(result)
        self.assertTrue(reason.startswith("zip bomb: expands to more than"), reason)

    def test_one_member_expanding_over_100_to_1_is_refused_and_the_others_go_in(self) -> None:
        data = make_zip(
            [
                ("ok.txt", AR),
                ("noise.png", os.urandom(300_000)),
                ("zeros.txt", "ا" * 2_000_000),
            ]
        )
        result = parse("ratio.zip", data)
        self.assertEqual([r.text for r in result.records], [AR])
        problems = {e.name: e.reason for e in result.errors}
        self.assertTrue(
            problems["ratio.zip:zeros.txt"].startswith("zip bomb: expands more than 100:1")
        )

    def test_members_that_share_their_data_are_rejected_as_a_bomb(self) -> None:
        text = AR.encode()
        compressed = deflate(text)
        crc = zlib.crc32(text)
        data = raw_zip([(b"a.txt", compressed, len(text), crc)])
        # A second central-directory entry pointing at the first member's data.
        local_end = data.index(b"PK\x01\x02")
        central = data[local_end:].split(b"PK\x05\x06")[0]
        twin = central.replace(b"a.txt", b"b.txt")
        end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 2, 2, len(central) * 2, local_end, 0)
        overlap = data[:local_end] + central + twin + end
        (reason,) = reasons(parse("overlap.zip", overlap))
        self.assertTrue(reason.startswith("zip bomb: members overlap"), reason)

    def test_a_member_whose_crc_does_not_match_is_corrupt(self) -> None:
        text = AR.encode()
        data = raw_zip([(b"a.txt", deflate(text), len(text), 12345)])
        self.assertEqual(reasons(parse("crc.zip", data)), ["corrupt member (CRC mismatch)"])

    def test_corrupt_empty_and_fake_archives(self) -> None:
        self.assertTrue(
            reasons(parse("cut.zip", make_zip([("a.txt", AR)])[:-30]))[0].startswith(
                "corrupt zip archive"
            )
        )
        self.assertEqual(
            reasons(parse("empty.zip", make_zip([]))), ["empty archive (no files in it)"]
        )
        self.assertEqual(
            reasons(parse("fake.zip", AR.encode())),
            ["not a zip archive (the content does not start like one)"],
        )


class ParsePathTests(TestCase):
    def test_a_folder_is_walked_recursively_skipping_hidden_files_and_symlinks(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            (root / "sub").mkdir()
            (root / "sub" / "one.txt").write_bytes(AR.encode("utf-16"))
            (root / "two.jsonl").write_text(json.dumps({"id": "x", "text": EN}) + "\nnot json\n")
            (root / "archive.zip").write_bytes(make_zip([("three.txt", AR + " 3")]))
            (root / ".hidden.txt").write_text("secret")
            (root / ".git").mkdir()
            (root / ".git" / "config.txt").write_text("secret")
            (root / "link.txt").symlink_to(root / "sub" / "one.txt")
            (root / "empty.txt").write_bytes(b"")
            result = parse_path(root, max_article_bytes=LIMIT)
        self.assertEqual(
            sorted(r.name for r in result.records),
            ["archive.zip:three.txt", "one.txt", "two.jsonl:x"],
        )
        self.assertEqual(
            sorted((e.name, e.reason) for e in result.errors),
            [
                ("empty.txt", "empty file"),
                ("link.txt", "symbolic link: not followed"),
                ("two.jsonl", "line 2: invalid JSON: Expecting value (column 1)"),
            ],
        )

    def test_a_single_file_and_a_missing_path(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "a.txt"
            path.write_bytes(AR.encode("cp1256"))
            self.assertEqual(parse_path(path, max_article_bytes=LIMIT).records[0].text, AR)
            big = Path(tmp) / "big.txt"
            big.write_bytes(b"a" * 3000)
            self.assertEqual(
                reasons(parse_path(big, max_article_bytes=1024)),
                ["too large (3 KB; the limit per article is 1 KB)"],
            )
            missing = parse_path(Path(tmp) / "nope.txt", max_article_bytes=LIMIT)
        self.assertEqual(reasons(missing), ["no such file or folder"])


class RobustnessTests(TestCase):
    @settings(max_examples=1000, deadline=2000)
    @given(
        st.sampled_from(["a.txt", "a.html", "a.json", "a.jsonl", "a.zip", "a.htm"]),
        st.binary(max_size=2000),
    )
    def test_parse_upload_never_raises_on_any_bytes(self, name: str, data: bytes) -> None:
        result = parse(name, data)
        self.assertIsInstance(result, ParseResult)
        for record in result.records:
            self.assertTrue(record.text.strip())
            self.assertNotIn("\x00", record.text)
        for error in result.errors:
            self.assertTrue(error.reason)

    @settings(max_examples=1000, deadline=2000)
    @given(st.text(max_size=300))
    def test_json_records_with_any_text_never_raise(self, text: str) -> None:
        data = json.dumps({"text": text, "title": text[:20]}).encode()
        result = parse("r.jsonl", data)
        self.assertEqual(len(result.records) + len(result.errors), 1)
        for record in result.records:
            record.text.encode("utf-8")


class SeedCorpusTests(TestCase):
    """RELIABILITY UP-6's budget over its seed corpus (and UP-4's bombs), in a fresh interpreter:
    each input parses in under 2 s into records or the documented reason, no NUL comes out, and
    the process's peak RSS stays under 512 MB."""

    # name -> (records, the start of the one reason, or None for no reason)
    EXPECTED = {
        "deep.json": (0, "invalid JSON: nested too deeply"),
        "deep.jsonl": (0, "line 1: invalid JSON: nested too deeply"),
        "digits.json": (0, "invalid JSON: a number has too many digits"),
        "broken.txt": (0, "undecodable bytes: not UTF-8 (invalid byte 0xd8 at offset 30)"),
        "bad16.txt": (0, "undecodable bytes: invalid UTF-16"),
        "binary.txt": (0, "binary file (500 NUL bytes"),
        "nul.txt": (1, None),
        "nul.json": (1, None),
        "line.jsonl": (0, "line 1: too large (10.0 MB"),
        "line.txt": (0, "too large (10.0 MB"),
        "nested.html": (0, "no article text found in the HTML page"),
        "laughs.html": (1, None),
        "lying.zip": (0, "zip bomb: member 'bomb.txt' expands beyond its declared size"),
        "honest.zip": (0, "zip bomb: expands to more than 209,715,200 bytes"),
        "many.zip": (0, "too many members (10,001; the limit is 10,000)"),
    }

    def test_each_seed_takes_under_2_s_and_the_process_peaks_under_512_mb(self) -> None:
        code = "from tests.claims.test_parsing import run_seed_corpus; run_seed_corpus()"
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        self.assertEqual(done.returncode, 0, done.stderr[-3000:])
        report = json.loads(done.stdout.splitlines()[-1])
        seeds = {seed["name"]: seed for seed in report["seeds"]}
        self.assertEqual(set(seeds), set(self.EXPECTED))
        for name, (records, reason) in self.EXPECTED.items():
            seed = seeds[name]
            self.assertLess(seed["seconds"], 2.0, name)
            self.assertFalse(seed["nul"], name)
            self.assertEqual(seed["records"], records, name)
            if reason is None:
                self.assertEqual(seed["reasons"], [], name)
            else:
                self.assertEqual(len(seed["reasons"]), 1, name)
                self.assertTrue(seed["reasons"][0].startswith(reason), seed["reasons"])
        # ru_maxrss is in KB on Linux.
        self.assertLess(report["peak_kb"], 512 * 1024)
