"""RELIABILITY Q-7: poison input is bounded.

An article that kills its worker child each time runs at most 1 + max_retries (3) times, then ends
FAILED with the reason shown in the batch report; an article refused for a permanent reason
(IngestRejected) runs exactly once. Real worker subprocesses, real Redis and PostgreSQL.

The crash is a test-only trigger (settings.INGEST_TEST_CRASH_MARKER, read only under pytest): the
worker calls os._exit(70) on an article carrying the marker, as a child killed by a crashing C
extension or the kernel's OOM killer would die. Exceeding worker_max_memory_per_child would not do:
Celery only replaces a child after its task has finished, it never kills one mid-task.
"""

from __future__ import annotations

import re

import pytest

from claims.ingestion.parsing import ArticleRecord, ParseResult
from claims.models import Article
from claims.registry import sources_load
from claims.services.ingest import batch_ingest, batch_progress
from tests.conftest import CommittingTestCase, wait_until

MARKER = "poison-7f3a-crash"
GOOD = (
    "The Syrian Observatory for Human Rights said on Monday that 12 fighters were killed in "
    "clashes near Idlib."
)
CRASHER = f"Officials said the road to Idlib was closed on Tuesday. {MARKER}"
LARGE = "Civil Defence teams said they had cleared the rubble in Idlib. " * 40  # ~2.5 KB


def records(*texts: str) -> ParseResult:
    return ParseResult(
        records=[ArticleRecord(name=f"item-{i}.txt", text=t) for i, t in enumerate(texts)],
        errors=[],
    )


def received(log: str) -> int:
    return len(re.findall(r"Task claims\.article_extract\[[^\]]+\] received", log))


@pytest.mark.worker
@pytest.mark.slow
class PoisonArticleTests(CommittingTestCase):
    @pytest.fixture(autouse=True)
    def _workers(self, worker_process: object) -> None:
        self.start_worker = worker_process

    def run_with_a_good_article(
        self, poison: str, *, env: dict[str, str], timeout: float
    ) -> tuple[Article, Article, str]:
        """Queue a good article and `poison`, run one worker until the batch ends; return both
        articles (refreshed) and the worker's log."""
        sources_load()
        batch = batch_ingest(origin="command", parsed=records(GOOD, poison), label="poison")
        worker = self.start_worker(concurrency=1, env=env)
        ended = wait_until(lambda: batch_progress(batch)["finished"], timeout=timeout, interval=0.2)
        log = worker.log_path.read_text(errors="replace")
        self.assertTrue(ended, f"{batch_progress(batch)}\n{log[-4000:]}")
        good, bad = Article.objects.filter(batch=batch).order_by("pk")
        self.assertEqual(good.status, Article.Status.DONE)
        self.assertEqual(bad.status, Article.Status.FAILED, log[-4000:])
        # The reason is in the batch report admins see.
        self.assertIn({"name": "item-1.txt", "reason": bad.error}, batch_progress(batch)["errors"])
        # The worker survived whatever its children went through.
        self.assertIsNone(worker.proc.poll())
        return good, bad, log

    def test_an_article_that_kills_its_worker_runs_four_times_then_fails_with_the_reason(
        self,
    ) -> None:
        _, crasher, log = self.run_with_a_good_article(
            CRASHER, env={"INGEST_TEST_CRASH_MARKER": MARKER}, timeout=45
        )
        # Each run claims the row first (attempts + 1): 1 run + 3 retries after a lost worker.
        self.assertEqual(crasher.attempts, 4, log[-4000:])
        self.assertEqual(log.count("WorkerLostError('Worker exited prematurely: exitcode 70"), 4)
        self.assertEqual(received(log), 1 + 4, "the good article once, the crasher 4 times")
        self.assertIn("WorkerLostError", crasher.error)

    def test_an_article_rejected_for_a_permanent_reason_runs_exactly_once(self) -> None:
        # The size limit was lowered after the articles were queued.
        _, large, log = self.run_with_a_good_article(
            LARGE, env={"INGEST_MAX_ARTICLE_BYTES": "1000"}, timeout=30
        )
        self.assertEqual(large.attempts, 1)
        self.assertEqual(received(log), 2, log[-4000:])
        self.assertNotIn(" retry: ", log)
        self.assertRegex(large.error, r"^Rejected: the article is [\d,]+ bytes, over the limit")
