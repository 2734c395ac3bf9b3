from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from celery.signals import task_failure
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError, connection
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone

from claims import tasks
from claims.extraction import extract
from claims.ingestion.parsing import ArticleRecord, ParseResult
from claims.models import Article, Attribution, Claim, IngestBatch, Source, SourceAlias
from claims.registry import sources_load
from claims.search import claim_search_vector
from claims.services.extract import article_extract, registry_current
from claims.services.ingest import articles_sweep, batch_ingest, batch_progress
from factcheck.celery import app
from tests.base import OTPClient, make_user
from tests.conftest import CommittingTestCase, wait_until
from tests.factories import ensure_roles

TEXT = (
    "The Syrian Observatory for Human Rights said on Monday that 12 fighters were killed in "
    "clashes near Idlib.\n"
    "Local council head Omar Hariri said the water station was out of service.\n"
    "Government forces said they had repelled an attack on their positions overnight."
)


def parsed(*texts: str) -> ParseResult:
    return ParseResult(
        records=[
            ArticleRecord(name=f"f{i}.txt", text=t, language="en", outlet="Example Daily News")
            for i, t in enumerate(texts)
        ],
        errors=[],
    )


class EagerTasks:
    """Run queued tasks in-process: the on_commit callback calls .delay(), which runs eagerly."""

    def setUp(self) -> None:
        super().setUp()  # type: ignore[misc]
        self._eager = app.conf.task_always_eager
        app.conf.task_always_eager = True

    def tearDown(self) -> None:
        app.conf.task_always_eager = self._eager
        super().tearDown()  # type: ignore[misc]


class ArticleExtractTaskTests(EagerTasks, TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        sources_load()

    def ingest(self, *texts: str) -> list[Article]:
        with self.captureOnCommitCallbacks(execute=True) as callbacks:
            batch_ingest(origin="upload", parsed=parsed(*texts))
        self.assertEqual(len(callbacks), len(texts))
        return list(Article.objects.order_by("pk"))

    def test_a_queued_article_is_extracted_with_its_claims_once_committed(self) -> None:
        (article,) = self.ingest(TEXT)
        article.refresh_from_db()
        expected = extract(TEXT, language="en", registry=registry_current())
        self.assertEqual(article.status, Article.Status.DONE)
        self.assertEqual(article.attempts, 1)
        self.assertEqual(article.text, expected.text)
        claims = list(article.claims.order_by("ordinal"))
        self.assertEqual([c.text for c in claims], [c.text for c in expected.claims])
        self.assertTrue(claims)
        for claim in claims:
            self.assertEqual(article.text[claim.start : claim.end], claim.text)
            self.assertTrue(claim.normalized)
            self.assertIsNotNone(claim.search)
        sohr = Source.objects.get(slug="sohr")
        self.assertTrue(Attribution.objects.filter(claim__article=article, source=sohr).exists())

    def test_the_search_vector_is_the_one_claims_search_defines(self) -> None:
        (article,) = self.ingest(TEXT)
        stored = dict(Claim.objects.values_list("pk", "search"))
        Claim.objects.update(search=claim_search_vector())
        self.assertEqual(dict(Claim.objects.values_list("pk", "search")), stored)
        self.assertTrue(all(stored.values()))

    def test_a_registry_changed_elsewhere_is_picked_up_before_the_next_article(self) -> None:
        self.ingest(TEXT)  # builds this process's registry cache
        # As a merge in the admin would: the curated sources get new rows (new primary keys).
        Attribution.objects.all().delete()
        Source.objects.filter(curated=True).delete()
        sources_load()
        (_, article) = self.ingest(TEXT + "\nA later article.")
        article.refresh_from_db()
        self.assertEqual(article.status, Article.Status.DONE, article.error)
        sohr = Source.objects.get(slug="sohr")
        self.assertTrue(Attribution.objects.filter(claim__article=article, source=sohr).exists())

    def test_the_outlet_becomes_a_media_source_reused_by_the_next_article(self) -> None:
        first, second = self.ingest(TEXT, TEXT + "\nA second article.")
        first.refresh_from_db()
        second.refresh_from_db()
        self.assertIsNotNone(first.outlet)
        self.assertEqual(first.outlet, second.outlet)
        self.assertEqual(first.outlet.kind, Source.Kind.MEDIA)
        self.assertFalse(first.outlet.curated)

    def test_an_unknown_speaker_becomes_one_uncurated_source_reused_next_time(self) -> None:
        self.ingest(TEXT, TEXT + "\nAnother paragraph that makes another article.")
        speakers = Attribution.objects.exclude(source__curated=True)
        self.assertTrue(speakers.exists(), "the extractor attributes the council head")
        per_article = {}
        for attribution in speakers.select_related("claim"):
            per_article.setdefault(attribution.claim.article_id, set()).add(attribution.source_id)
        self.assertEqual(len(per_article), 2)
        first, second = per_article.values()
        self.assertEqual(first, second)
        for source in Source.objects.filter(pk__in=first):
            self.assertTrue(SourceAlias.objects.filter(source=source).exists())

    def test_running_the_extraction_again_does_nothing(self) -> None:
        (article,) = self.ingest(TEXT)
        claim_ids = list(Claim.objects.values_list("pk", flat=True))
        with self.assertNumQueries(1):  # the conditional claim finds nothing to take
            tasks.article_extract.delay(article.pk)
        article.refresh_from_db()
        self.assertEqual(article.attempts, 1)
        self.assertEqual(list(Claim.objects.values_list("pk", flat=True)), claim_ids)

    def test_a_second_message_leaves_an_article_another_worker_is_processing(self) -> None:
        (article,) = self.ingest(TEXT)
        Claim.objects.all().delete()
        Article.objects.filter(pk=article.pk).update(status="processing", attempts=1)
        article_extract(article_id=article.pk)
        article.refresh_from_db()
        self.assertEqual((article.status, article.attempts), ("processing", 1))

    def test_a_retry_takes_back_an_article_its_dead_attempt_left_processing(self) -> None:
        (article,) = self.ingest(TEXT)
        Article.objects.filter(pk=article.pk).update(status="processing", attempts=1)
        article_extract(article_id=article.pk, reclaim=True)
        article.refresh_from_db()
        self.assertEqual((article.status, article.attempts), ("done", 2))
        # Replaced wholesale: no claim twice.
        expected = extract(TEXT, language="en", registry=registry_current())
        self.assertEqual(article.claims.count(), len(expected.claims))

    def test_a_final_failure_records_failed_with_the_reason(self) -> None:
        with self.captureOnCommitCallbacks(execute=False):
            batch_ingest(origin="upload", parsed=parsed(TEXT))
        article = Article.objects.get()
        task_failure.send(
            sender=tasks.article_extract,
            task_id="t1",
            exception=OperationalError("connection refused"),
            args=(article.pk,),
            kwargs={},
        )
        article.refresh_from_db()
        self.assertEqual(article.status, Article.Status.FAILED)
        self.assertIn("OperationalError: connection refused", article.error)

    def test_a_final_failure_never_undoes_a_finished_article(self) -> None:
        (article,) = self.ingest(TEXT)
        task_failure.send(
            sender=tasks.article_extract,
            task_id="t2",
            exception=OperationalError("x"),
            args=(article.pk,),
            kwargs={},
        )
        article.refresh_from_db()
        self.assertEqual(article.status, Article.Status.DONE)


class ArticlesSweepTests(TestCase):
    def setUp(self) -> None:
        with self.captureOnCommitCallbacks():
            batch_ingest(
                origin="upload",
                parsed=parsed(TEXT, TEXT + "\nTwo.", TEXT + "\nThree.", TEXT + "\nFour."),
            )
        self.pending, self.processing, self.fresh, self.done = Article.objects.order_by("pk")
        Article.objects.filter(pk=self.processing.pk).update(status="processing", attempts=1)
        Article.objects.filter(pk=self.done.pk).update(status="done")

    def test_it_requeues_lost_pending_and_abandoned_processing_articles_once(self) -> None:
        later = timezone.now() + timedelta(hours=1)
        Article.objects.filter(pk=self.fresh.pk).update(updated=later)
        with self.captureOnCommitCallbacks() as callbacks:
            self.assertEqual(articles_sweep(now=later), 2)
        self.assertEqual(len(callbacks), 2)
        statuses = dict(Article.objects.values_list("pk", "status"))
        self.assertEqual(statuses[self.processing.pk], "pending")
        self.assertEqual(statuses[self.done.pk], "done")
        # Idempotent: running again right away queues nothing more.
        with self.captureOnCommitCallbacks() as callbacks:
            self.assertEqual(articles_sweep(now=later), 0)
        self.assertEqual(callbacks, [])

    def test_it_leaves_articles_younger_than_the_thresholds(self) -> None:
        with self.captureOnCommitCallbacks() as callbacks:
            self.assertEqual(articles_sweep(now=timezone.now() + timedelta(minutes=1)), 0)
        self.assertEqual(callbacks, [])


@pytest.mark.worker
class WorkerIntegrationTests(CommittingTestCase):
    """Through the real path: Redis broker, a real worker, committed rows, JSON messages."""

    @pytest.fixture(autouse=True)
    def _worker(self, celery_worker: object) -> None:
        self.worker = celery_worker

    def test_a_batch_is_extracted_by_a_real_worker(self) -> None:
        sources_load()
        batch = batch_ingest(
            origin="upload", parsed=parsed(TEXT, TEXT + "\nTwo.", TEXT + "\nThree.")
        )
        self.assertTrue(wait_until(lambda: batch_progress(batch)["finished"], timeout=30))
        progress = batch_progress(batch)
        self.assertEqual((progress["done"], progress["failed"]), (3, 0))
        self.assertEqual(
            set(Article.objects.values_list("attempts", flat=True)), {1}, "each ran exactly once"
        )

    def test_an_upload_is_read_then_extracted_by_a_real_worker(self) -> None:
        sources_load()
        ensure_roles()
        client = OTPClient()
        client.force_login(make_user("uma", "admin", is_staff=True))
        with tempfile.TemporaryDirectory() as tmp, override_settings(INGEST_ROOT=tmp):
            files = [
                SimpleUploadedFile("a.txt", TEXT.encode()),
                SimpleUploadedFile(
                    "b.html", f"<html><body><p>{TEXT}</p><p>B.</p></body></html>".encode()
                ),
            ]
            response = client.post(reverse("claims:upload"), {"files": files})
            self.assertEqual(response.status_code, 302)
            pk = IngestBatch.objects.get().pk
            self.assertTrue(
                wait_until(
                    lambda: batch_progress(IngestBatch.objects.get(pk=pk))["finished"], timeout=30
                )
            )
            self.assertEqual(os.listdir(tmp), [])
        batch = IngestBatch.objects.get(pk=pk)
        self.assertEqual((batch.state, batch.total, batch.rejected), ("ready", 2, 0))
        self.assertEqual(set(Article.objects.values_list("status", flat=True)), {"done"})


@pytest.mark.worker
class LostEnqueueTests(CommittingTestCase):
    """Q-2: the broker is down when the upload commits; the sweep queues the articles later."""

    @pytest.fixture(autouse=True)
    def _worker(self, celery_worker: object) -> None:
        self.worker = celery_worker

    def test_articles_whose_enqueue_failed_are_swept_into_the_queue_and_done(self) -> None:
        sources_load()
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "two.jsonl"
            path.write_text(
                "\n".join(json.dumps({"text": t, "language": "en"}) for t in (TEXT, TEXT + "\nB.")),
                encoding="utf-8",
            )
            # A real ingest process whose broker refuses connections: commit works, publish fails.
            env = {
                **os.environ,
                "DB_NAME": connection.settings_dict["NAME"],
                "REDIS_URL": "redis://127.0.0.1:1/0",
            }
            env.pop("DATABASE_URL", None)
            done = subprocess.run(
                [sys.executable, "manage.py", "ingest", str(path)],
                cwd=Path(__file__).resolve().parents[2],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("2 new", done.stdout)
        self.assertEqual(set(Article.objects.values_list("status", flat=True)), {"pending"})

        self.assertEqual(articles_sweep(now=timezone.now() + timedelta(minutes=6)), 2)
        self.assertTrue(
            wait_until(
                lambda: set(Article.objects.values_list("status", flat=True)) == {"done"},
                timeout=30,
            )
        )
        self.assertEqual(set(Article.objects.values_list("attempts", flat=True)), {1})
