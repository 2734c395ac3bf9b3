from __future__ import annotations

import threading
from unittest import mock

import pytest
from django.db import connection, transaction
from django.test import TestCase

from claims import tasks
from claims.extraction import extract
from claims.extraction.normalize import normalize
from claims.ingestion.parsing import ArticleRecord, ItemError, ParseResult
from claims.models import Article, Attribution, Claim, IngestBatch, Source
from claims.registry import sources_load
from claims.search import claim_search_query, claim_search_vector
from claims.services.extract import article_extract
from claims.services.ingest import batch_ingest, batch_progress
from tests.conftest import CommittingTestCase

TEXT = (
    "The Syrian Observatory for Human Rights said on Monday that 12 fighters were killed in "
    "clashes near Idlib.\n"
    '"The road to the city is now closed," a spokesman for the Syrian Civil Defence told reporters.\n'
    "Government forces said they had repelled an attack on their positions overnight."
)


def parsed(*texts: str, errors: list[ItemError] | None = None) -> ParseResult:
    records = [
        ArticleRecord(name=f"file-{i}.txt", text=text, title=f"Title {i}", language="en")
        for i, text in enumerate(texts)
    ]
    return ParseResult(records=records, errors=errors or [])


class BatchIngestTests(TestCase):
    def test_it_stores_a_pending_article_and_queues_it_only_once_committed(self) -> None:
        with self.captureOnCommitCallbacks() as callbacks:
            batch = batch_ingest(origin="command", parsed=parsed(TEXT))
        article = Article.objects.get()
        self.assertEqual(article.status, Article.Status.PENDING)
        self.assertEqual(article.batch, batch)
        self.assertEqual(article.raw, TEXT)
        self.assertEqual(len(callbacks), 1)
        self.assertEqual((batch.total, batch.duplicate, batch.rejected), (1, 0, 0))

    def test_the_queued_callback_sends_the_article_pk_as_an_int(self) -> None:
        with (
            mock.patch.object(tasks.article_extract, "delay") as delay,
            self.captureOnCommitCallbacks(execute=True) as callbacks,
        ):
            batch_ingest(origin="command", parsed=parsed(TEXT))
            delay.assert_not_called()  # nothing is sent before the commit
        self.assertEqual(len(callbacks), 1)
        delay.assert_called_once_with(Article.objects.get().pk)
        self.assertIs(type(delay.call_args.args[0]), int, "a pk, not a model instance")

    def test_an_error_inside_the_transaction_keeps_no_article_and_queues_nothing(self) -> None:
        with (
            self.captureOnCommitCallbacks() as callbacks,
            pytest.raises(RuntimeError),
            transaction.atomic(),
        ):
            batch_ingest(origin="command", parsed=parsed(TEXT))
            raise RuntimeError("the upload view failed after the service")
        self.assertEqual(Article.objects.count(), 0)
        self.assertEqual(IngestBatch.objects.count(), 0)
        self.assertEqual(callbacks, [])

    def test_a_rewrapped_copy_of_a_stored_article_is_counted_as_a_duplicate(self) -> None:
        batch_ingest(origin="command", parsed=parsed(TEXT))
        rewrapped = "  " + TEXT.replace(" ", "  ").replace("\n", "\n\n \u200b") + "\n\n"
        with self.captureOnCommitCallbacks() as callbacks:
            again = batch_ingest(origin="upload", parsed=parsed(rewrapped, TEXT))
        self.assertEqual(Article.objects.count(), 1)
        self.assertEqual((again.total, again.duplicate), (0, 2))
        self.assertEqual(callbacks, [])

    def test_parse_errors_and_texts_empty_after_cleaning_are_reported_per_item(self) -> None:
        batch = batch_ingest(
            origin="upload",
            parsed=parsed(
                TEXT, "{{ template }}\n\u200b", errors=[ItemError("bad.bin", "Binary file.")]
            ),
        )
        progress = batch_progress(batch)
        self.assertEqual(progress["rejected"], 2)
        self.assertEqual(progress["total"], 1)
        self.assertEqual(
            progress["errors"],
            [
                {"name": "bad.bin", "reason": "Binary file."},
                {"name": "file-1.txt", "reason": "No text left after cleaning."},
            ],
        )
        self.assertFalse(progress["finished"])

    def test_progress_counts_done_and_failed_articles_with_the_failure_reason(self) -> None:
        batch = batch_ingest(origin="upload", parsed=parsed(TEXT, TEXT + "\nMore text here."))
        first, second = Article.objects.order_by("pk")
        article_extract(article_id=first.pk)
        Article.objects.filter(pk=second.pk).update(status="failed", error="Too slow")
        progress = batch_progress(batch)
        self.assertEqual((progress["done"], progress["failed"], progress["pending"]), (1, 1, 0))
        self.assertTrue(progress["finished"])
        self.assertIn({"name": "file-1.txt", "reason": "Too slow"}, progress["errors"])


class ArticleAtomicityTests(TestCase):
    """DB-3: an article whose claim write fails keeps no claim and ends FAILED with the reason."""

    def test_a_claim_the_database_refuses_leaves_no_claims_and_the_article_failed(self) -> None:
        sources_load()
        text = TEXT + '\n"The POISON word makes this claim fail," the mayor of Idlib said.'
        expected = extract(text, language="en")
        poisoned = [i for i, c in enumerate(expected.claims) if "POISON" in c.text]
        self.assertTrue(poisoned and poisoned[0] > 0, "the faulty claim is not the first")
        # A real constraint violation inside the write, no mock: the k-th row is refused.
        with connection.cursor() as cursor:
            cursor.execute(
                "ALTER TABLE claims_claim ADD CONSTRAINT test_no_poison "
                "CHECK (position('POISON' in text) = 0)"
            )
        batch_ingest(origin="command", parsed=parsed(text))
        article = Article.objects.get()
        sources_before = Source.objects.count()

        article_extract(article_id=article.pk)

        article.refresh_from_db()
        self.assertEqual(article.status, Article.Status.FAILED)
        self.assertIn("test_no_poison", article.error)
        self.assertEqual(Claim.objects.count(), 0)
        self.assertEqual(Attribution.objects.count(), 0)
        self.assertEqual(Source.objects.count(), sources_before)


class ClaimRowsTests(TestCase):
    def test_stored_claims_carry_the_extraction_the_search_vector_and_the_attributions(
        self,
    ) -> None:
        # The write is one raw INSERT per table: every column must match what the ORM would store.
        sources_load()
        batch_ingest(origin="command", parsed=parsed(TEXT))
        article = Article.objects.get()
        article_extract(article_id=article.pk)
        article.refresh_from_db()
        expected = extract(article.raw, language=article.language)
        claims = list(
            Claim.objects.filter(article=article)
            .annotate(expected_search=claim_search_vector())
            .order_by("ordinal")
        )
        self.assertGreater(len(claims), 0)
        self.assertEqual(len(claims), len(expected.claims))
        for claim, want in zip(claims, expected.claims, strict=True):
            self.assertEqual(
                (claim.start, claim.end, claim.text, claim.kind, claim.cue, claim.hedged),
                (want.start, want.end, want.text, want.kind, want.cue, want.hedged),
            )
            self.assertEqual(claim.entities, want.entities.to_dict())
            self.assertEqual(
                (claim.status, claim.final_status, claim.version), ("unreviewed", "", 1)
            )
            self.assertEqual(claim.normalized, normalize(want.text))
            self.assertEqual(claim.search, claim.expected_search)
            self.assertIsNotNone(claim.created)
            speakers = [a.speaker for a in claim.attributions.order_by("position")]
            self.assertEqual(speakers, [a.speaker for a in want.attributions][: len(speakers)])
            self.assertEqual(len(speakers), len({a.source_id for a in claim.attributions.all()}))
        self.assertTrue(Claim.objects.filter(search=claim_search_query("Idlib")).exists())


class DurabilityTests(TestCase):
    def test_the_database_flushes_every_commit_to_disk(self) -> None:
        # DB-3: a DONE article and its claims survive a crash once committed.
        with connection.cursor() as cursor:
            cursor.execute("SHOW fsync")
            self.assertEqual(cursor.fetchone()[0], "on")
            cursor.execute("SHOW synchronous_commit")
            self.assertEqual(cursor.fetchone()[0], "on")


@pytest.mark.usefixtures("clean_redis")
class ConcurrentIngestTests(CommittingTestCase):
    def test_two_transactions_storing_the_same_text_keep_one_article(self) -> None:
        inserted = threading.Event()
        results: dict[str, IngestBatch] = {}
        failures: list[BaseException] = []

        def first() -> None:
            try:
                with transaction.atomic():
                    results["first"] = batch_ingest(origin="upload", parsed=parsed(TEXT))
                    inserted.set()
                    # Hold the uncommitted row so the second insert has to wait on the unique index.
                    threading.Event().wait(0.5)
            except BaseException as exc:  # noqa: BLE001 - reported below
                failures.append(exc)
                inserted.set()
            finally:
                connection.close()

        def second() -> None:
            inserted.wait(5)
            try:
                results["second"] = batch_ingest(origin="upload", parsed=parsed(TEXT))
            except BaseException as exc:  # noqa: BLE001 - reported below
                failures.append(exc)
            finally:
                connection.close()

        threads = [threading.Thread(target=first), threading.Thread(target=second)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
        self.assertEqual(failures, [])
        self.assertEqual(Article.objects.count(), 1)
        self.assertEqual((results["first"].total, results["first"].duplicate), (1, 0))
        self.assertEqual((results["second"].total, results["second"].duplicate), (0, 1))
