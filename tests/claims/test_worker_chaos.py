"""Q-5/Q-6: SIGKILL a whole worker in the middle of a 200-article batch; every article ends DONE once."""

from __future__ import annotations

import os
import re
import signal
import time
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings
from django.db.models import Count, Max

from claims.extraction import extract
from claims.ingestion.parsing import ParseResult, parse_path
from claims.models import Article, Claim
from claims.registry import sources_load
from claims.services.extract import registry_current
from claims.services.ingest import batch_ingest, batch_progress
from tests.conftest import CommittingTestCase, wait_until

CORPUS = Path("/work/shared/corpus")
ARTICLES = 200

# Short timeouts so redelivery happens within the test, not after an hour: unacked messages come
# back after 8 s (checked every second), the beat sweep runs every 2 s. Production keeps 3600 s.
CHAOS_ENV = {
    "CELERY_VISIBILITY_TIMEOUT": "8",
    "CELERY_UNACKED_RESTORE_INTERVAL": "1",
    "CELERY_UNACKED_RESTORE_THROTTLE": "1",
    "CELERY_TASK_TIME_LIMIT": "7",
    "CELERY_TASK_SOFT_TIME_LIMIT": "6",
    "ARTICLE_PROCESSING_STALE_SECONDS": "8",
    "ARTICLE_PENDING_STALE_SECONDS": "20",
    "ARTICLE_SWEEP_SECONDS": "2",
}


def corpus_records(n: int) -> ParseResult:
    """The first `n` distinct articles of the Arabic corpus, parsed by the upload parser."""
    result = parse_path(
        CORPUS / "saudinewsnet" / "articles.jsonl",
        max_article_bytes=settings.INGEST_MAX_ARTICLE_BYTES,
    )
    return ParseResult(records=result.records[:n], errors=[])


@pytest.mark.worker
@pytest.mark.slow
class WorkerChaosTests(CommittingTestCase):
    @pytest.fixture(autouse=True)
    def _workers(self, worker_process: object) -> None:
        self.start_worker = worker_process

    def test_every_article_ends_done_exactly_once_after_the_worker_is_killed(self) -> None:
        if not CORPUS.exists():
            pytest.skip("the shared corpus is not on this machine")
        sources_load()
        parsed = corpus_records(ARTICLES)
        batch = batch_ingest(origin="command", parsed=parsed, label="chaos")
        self.assertEqual(batch.total, ARTICLES)
        started = time.monotonic()

        first = self.start_worker(concurrency=2, env=CHAOS_ENV)
        done = lambda: Article.objects.filter(batch=batch, status="done").count()  # noqa: E731
        reached = wait_until(lambda: done() >= 40, timeout=30, interval=0.05)
        self.assertTrue(reached, first.log())
        first.kill()  # parent and pool children at once: nothing is acked, nothing cleaned up
        at_kill = done()
        in_flight = set(
            Article.objects.filter(batch=batch, status="processing").values_list("pk", flat=True)
        )
        self.assertLess(at_kill, ARTICLES, "the kill landed in the middle of the batch")
        killed_at = time.monotonic()

        second = self.start_worker(concurrency=2, env={**CHAOS_ENV, "WITH_BEAT": "1"})
        finished = wait_until(lambda: batch_progress(batch)["finished"], timeout=90, interval=0.2)
        elapsed = time.monotonic() - started
        recovery = time.monotonic() - killed_at
        print(
            f"chaos: killed at {at_kill} done, {len(in_flight)} in flight; recovered in {recovery:.1f} s"
        )
        self.assertTrue(finished, f"{batch_progress(batch)}\n{second.log()}")
        second.stop()

        statuses = dict(
            Article.objects.filter(batch=batch).values_list("status").annotate(n=Count("pk"))
        )
        self.assertEqual(statuses, {"done": ARTICLES}, second.log())
        # Articles the kill interrupted were taken back by a redelivered message or the sweep.
        for article in Article.objects.filter(pk__in=in_flight):
            self.assertEqual(article.status, "done")
            self.assertGreaterEqual(article.attempts, 2)

        # Exactly once: each article's claims equal one clean run of the extractor, none twice.
        registry = registry_current()
        for article in Article.objects.filter(batch=batch).order_by("pk"):
            expected = extract(
                article.raw,
                language=article.language or None,
                published=article.published,
                registry=registry,
            )
            stored = list(
                Claim.objects.filter(article=article)
                .order_by("ordinal")
                .values_list("start", "end")
            )
            self.assertEqual(stored, [(c.start, c.end) for c in expected.claims], article.pk)
        per_article = Claim.objects.values("article").annotate(n=Count("pk"), top=Max("ordinal"))
        for row in per_article:
            self.assertEqual(
                row["top"], row["n"] - 1, "ordinals are 0..n-1 with no gaps or repeats"
            )
        self.assertLess(elapsed, 150)


def pool_children(parent: int) -> list[int]:
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            children.append(int(stat.parent.name))
    return children


@pytest.mark.worker
@pytest.mark.slow
class PoolChildKillTests(CommittingTestCase):
    @pytest.fixture(autouse=True)
    def _workers(self, worker_process: object) -> None:
        self.start_worker = worker_process

    def test_a_task_whose_pool_child_is_killed_is_retried_and_finishes(self) -> None:
        if not CORPUS.exists():
            pytest.skip("the shared corpus is not on this machine")
        sources_load()
        batch = batch_ingest(origin="command", parsed=corpus_records(40), label="child kill")
        worker = self.start_worker(concurrency=1, env=CHAOS_ENV)
        self.assertTrue(
            wait_until(lambda: Article.objects.filter(status="done").count() >= 5, timeout=30),
            worker.log(),
        )
        log = lambda: worker.log_path.read_text(errors="replace")  # noqa: E731
        kills = 0
        # Kill the pool child while it holds an article; if it had just finished one (no job was
        # lost), try again with the child the parent starts next.
        while "WorkerLostError" not in log() and kills < 5:
            wait_until(lambda: Article.objects.filter(status="processing").exists(), timeout=5)
            for child in pool_children(worker.pid):
                os.kill(child, signal.SIGKILL)
            kills += 1
            wait_until(lambda: "WorkerLostError" in log(), timeout=2)
        self.assertIn("WorkerLostError", log(), "a task was lost with its process")
        # The parent survives, sees WorkerLostError and re-sends the task (retry_on_worker_lost).
        self.assertTrue(
            wait_until(lambda: batch_progress(batch)["finished"], timeout=60), worker.log()
        )
        self.assertEqual(
            set(Article.objects.filter(batch=batch).values_list("status", flat=True)), {"done"}
        )
        # Taken again: its row counts a second attempt -- or, when the child died after receiving the
        # message but before it claimed the row (the claim is the task's first statement), the worker
        # received the same task twice (the first delivery died with the child).
        retried = Article.objects.filter(batch=batch, attempts__gte=2).count()
        received = Counter(
            re.findall(r"claims\.article_extract\[([0-9a-f-]{36})\] received", log())
        )
        twice = sum(1 for n in received.values() if n >= 2)
        self.assertGreaterEqual(
            retried + twice, 1, f"the lost article was taken again by its retry\n{log()[-3000:]}"
        )
        print(f"child kill: {kills} kills, {retried} retried, {twice} received twice, all done")
