from __future__ import annotations

from celery import Task
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.test import SimpleTestCase
from redis.exceptions import ConnectionError as RedisConnectionError

from claims import tasks
from factcheck.celery import app


def claims_task_names() -> list[str]:
    """Every claims.* task the app knows, so a task added later is held to the same rules."""
    return sorted(name for name in app.tasks if name.startswith("claims."))


class CeleryConfigTests(SimpleTestCase):
    """RELIABILITY Q-4: the delivery guarantees live in configuration, so the configuration is tested."""

    def test_tasks_are_acked_late_and_retried_when_the_worker_is_lost(self) -> None:
        conf = app.conf
        self.assertTrue(conf.task_acks_late)
        self.assertTrue(conf.task_retry_on_worker_lost)
        # reject_on_worker_lost alone loops without bound on a poison article.
        self.assertFalse(conf.task_reject_on_worker_lost)
        self.assertEqual(conf.worker_prefetch_multiplier, 1)

    def test_time_limits_sit_below_the_visibility_timeout_everywhere(self) -> None:
        conf = app.conf
        self.assertEqual(conf.task_time_limit, 600)
        self.assertEqual(conf.task_soft_time_limit, 540)
        for vt in (
            conf.broker_transport_options["visibility_timeout"],
            conf.result_backend_transport_options["visibility_timeout"],
            conf.visibility_timeout,
        ):
            self.assertEqual(vt, 3600)
            self.assertGreater(vt, conf.task_time_limit)
            self.assertGreater(vt, tasks.article_extract.retry_backoff_max)

    def test_messages_are_json_only_and_results_are_not_kept(self) -> None:
        conf = app.conf
        self.assertEqual(conf.task_serializer, "json")
        self.assertEqual(list(conf.accept_content), ["json"])
        self.assertTrue(conf.task_ignore_result)
        self.assertIsNotNone(conf.result_expires)

    def test_worker_shuts_down_softly_and_cancels_on_connection_loss(self) -> None:
        conf = app.conf
        self.assertEqual(conf.worker_soft_shutdown_timeout, 30)
        self.assertTrue(conf.worker_cancel_long_running_tasks_on_connection_loss)
        self.assertGreater(conf.broker_transport_options["socket_timeout"], 0)

    def test_every_claims_task_is_registered_under_its_claims_name(self) -> None:
        # Each task object in claims.tasks is in the app's registry under a claims.* name, so the
        # loop below sees all of them (it missed batch_read when the names were listed by hand).
        defined = {t.name for t in vars(tasks).values() if isinstance(t, Task)}
        self.assertEqual(set(claims_task_names()), defined)
        self.assertIn("claims.batch_read", defined)
        self.assertGreaterEqual(len(defined), 5)

    def test_every_task_retries_only_transient_errors_with_bounded_backoff(self) -> None:
        for name in claims_task_names():
            task = app.tasks[name]
            with self.subTest(task=name):
                self.assertTrue(task.acks_late)
                self.assertEqual(
                    set(task.autoretry_for),
                    {OperationalError, InterfaceError, RedisConnectionError},
                )
                self.assertNotIn(Exception, task.autoretry_for)
                self.assertTrue(task.retry_backoff)
                self.assertEqual(task.retry_backoff_max, 600)
                self.assertTrue(task.retry_jitter)
                self.assertEqual(task.retry_kwargs, {"max_retries": 5})
                # A lost worker (retry_on_worker_lost) retries against max_retries: 1 + 3 runs.
                self.assertEqual(task.max_retries, 3)

    def test_the_beat_schedule_polls_feeds_and_sweeps_stuck_articles(self) -> None:
        scheduled = {entry["task"] for entry in app.conf.beat_schedule.values()}
        self.assertEqual(scheduled, {"claims.feeds_poll", "claims.articles_sweep"})


class WorkerConnectionTests(SimpleTestCase):
    def test_workers_keep_their_database_connection_between_tasks(self) -> None:
        # Without it Celery's Django fixup reconnects around every task (a new backend each time).
        self.assertGreater(app.conf.get("CELERY_DB_REUSE_MAX") or 0, 0)
        self.assertGreater(settings.CELERY_WORKER_DB_CONN_MAX_AGE, 0)
