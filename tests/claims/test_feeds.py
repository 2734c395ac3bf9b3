from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from django.test import TestCase, override_settings

from claims.feeds import FetchError, fetch
from claims.models import Article, Feed, FeedEntry, IngestBatch
from claims.services.feeds import feed_poll

PAGE = """<!doctype html><html><head><title>{title}</title></head><body>
<nav>Home | World | Sport</nav>
<article><h1>{title}</h1>
<p>{body} The Syrian Observatory for Human Rights said on Monday that clashes continued near the
town, and that several fighters were killed in the fighting that lasted into the night.</p>
<p>Residents said the main road had been closed since the morning, and that shops stayed shut.</p>
</article><footer>Share this article</footer></body></html>"""


def rss(items: list[tuple[str, str, str]]) -> str:
    entries = "".join(
        f"<item><guid>{guid}</guid><link>{link}</link><title>{guid}</title>"
        f"<description>{summary}</description>"
        f"<pubDate>Mon, 02 Mar 2020 10:00:00 GMT</pubDate></item>"
        for guid, link, summary in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Loopback News</title><link>http://127.0.0.1/</link>{entries}</channel></rss>"
    )


class Site:
    """What the loopback server serves; tests change it between polls."""

    feed_items: ClassVar[list[tuple[str, str, str]]] = []
    etag = '"v1"'
    requests: ClassVar[list[tuple[str, dict[str, str]]]] = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        Site.requests.append((self.path, dict(self.headers)))
        if self.path == "/feed.xml":
            if self.headers.get("If-None-Match") == Site.etag:
                self.send_response(304)
                self.end_headers()
                return
            body = rss(Site.feed_items).encode()
            self._send(200, body, "application/rss+xml", ETag=Site.etag)
        elif self.path.startswith("/article/"):
            slug = self.path.rsplit("/", 1)[-1]
            body = PAGE.format(title=f"Story {slug}", body=f"Story {slug} begins.").encode()
            self._send(200, body, "text/html; charset=utf-8")
        elif self.path == "/big":
            # No Content-Length: the cap must count the streamed bytes.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 4096 + b"</p>"
            for _ in range(20):
                try:
                    self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    return
        elif self.path == "/slow":
            time.sleep(2.5)
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._send(200, b"<p>late</p>", "text/html")
        else:
            self._send(404, b"not found", "text/plain")


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@override_settings(FEED_FETCH_TIMEOUT=1, FEED_MAX_BYTES=20_000)
class FeedPollTests(TestCase):
    @pytest.fixture(autouse=True)
    def _site(self, site: str) -> None:
        self.base = site
        Site.etag = '"v1"'
        Site.requests.clear()
        Site.feed_items = [
            ("a1", f"{site}/article/a1", ""),
            ("a2", f"{site}/article/a2", ""),
        ]

    def poll(self, feed: Feed) -> IngestBatch | None:
        with self.captureOnCommitCallbacks():
            return feed_poll(feed_id=feed.pk)

    def test_it_ingests_each_entry_page_and_remembers_the_etag(self) -> None:
        feed = Feed.objects.create(url=f"{self.base}/feed.xml", language="en")
        batch = self.poll(feed)
        self.assertIsNotNone(batch)
        self.assertEqual((batch.origin, batch.feed, batch.total), ("feed", feed, 2))
        articles = Article.objects.order_by("title")
        self.assertEqual([a.title for a in articles], ["Story a1", "Story a2"])
        self.assertIn("Observatory", articles[0].raw)
        self.assertNotIn("Share this article", articles[0].raw)
        self.assertEqual(articles[0].url, f"{self.base}/article/a1")
        entries = FeedEntry.objects.filter(feed=feed)
        self.assertEqual(set(entries.values_list("guid", flat=True)), {"a1", "a2"})
        self.assertTrue(all(e.article_id for e in entries))
        feed.refresh_from_db()
        self.assertEqual(feed.etag, '"v1"')
        self.assertIsNotNone(feed.last_polled)
        self.assertEqual(feed.last_error, "")

    def test_an_unchanged_feed_answers_304_and_nothing_is_fetched(self) -> None:
        feed = Feed.objects.create(url=f"{self.base}/feed.xml")
        self.poll(feed)
        Site.requests.clear()
        self.assertIsNone(self.poll(feed))
        self.assertEqual(len(Site.requests), 1)
        self.assertEqual(Site.requests[0][1].get("If-None-Match"), '"v1"')
        self.assertEqual(IngestBatch.objects.count(), 1)

    def test_only_new_entries_are_fetched_when_the_feed_changes(self) -> None:
        feed = Feed.objects.create(url=f"{self.base}/feed.xml")
        self.poll(feed)
        Site.etag = '"v2"'
        Site.feed_items.append(("a3", f"{self.base}/article/a3", ""))
        Site.requests.clear()
        batch = self.poll(feed)
        self.assertEqual(batch.total, 1)
        fetched = [path for path, _ in Site.requests]
        self.assertEqual(fetched, ["/feed.xml", "/article/a3"])
        self.assertEqual(Article.objects.count(), 3)

    def test_an_oversized_page_is_refused_and_the_summary_used_instead(self) -> None:
        summary = "<p>The Syrian Observatory said the convoy was stopped at the crossing.</p>"
        Site.feed_items = [("big", f"{self.base}/big", summary), ("big2", f"{self.base}/big", "")]
        feed = Feed.objects.create(url=f"{self.base}/feed.xml")
        batch = self.poll(feed)
        self.assertEqual(batch.total, 1)
        self.assertEqual(Article.objects.get().raw, summary[3:-4])
        entry = FeedEntry.objects.get(guid="big")
        self.assertIn("Too large", entry.error)
        self.assertIn("summary", entry.error)
        # Without a summary the entry is reported as refused, with the reason.
        self.assertEqual(batch.rejected, 1)
        self.assertIn("Too large", batch.errors[0]["reason"])

    def test_a_slow_page_times_out(self) -> None:
        Site.feed_items = [("slow", f"{self.base}/slow", "")]
        feed = Feed.objects.create(url=f"{self.base}/feed.xml")
        started = time.monotonic()
        batch = self.poll(feed)
        self.assertLess(time.monotonic() - started, 2.4)
        self.assertEqual(batch.total, 0)
        self.assertIn("Timed out", batch.errors[0]["reason"])
        feed.refresh_from_db()
        self.assertIn("Timed out", feed.last_error)

    def test_links_that_are_not_http_are_refused_without_a_request(self) -> None:
        Site.feed_items = [("local", "file:///etc/passwd", ""), ("ftp", "ftp://127.0.0.1/x", "")]
        feed = Feed.objects.create(url=f"{self.base}/feed.xml")
        batch = self.poll(feed)
        self.assertEqual((batch.total, batch.rejected), (0, 2))
        self.assertTrue(all("only http and https" in e["reason"] for e in batch.errors))
        self.assertEqual([p for p, _ in Site.requests], ["/feed.xml"])

    def test_a_feed_that_cannot_be_fetched_records_why(self) -> None:
        feed = Feed.objects.create(url=f"{self.base}/missing.xml")
        self.assertIsNone(self.poll(feed))
        feed.refresh_from_db()
        self.assertIn("HTTP 404", feed.last_error)
        self.assertIsNotNone(feed.last_polled)

    def test_fetch_refuses_a_non_http_url(self) -> None:
        with pytest.raises(FetchError, match="only http and https"):
            fetch("file:///etc/passwd", timeout=1, max_bytes=100)
