"""Shared fixtures: a clean Redis DB per test and real Celery workers (in a thread or a subprocess).

Every worker started here is stopped at teardown, even when the test fails.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from django.conf import settings
from django.db import connection
from django.test import TransactionTestCase

ROOT = Path(__file__).resolve().parent.parent


def redis_flush() -> None:
    """Empty this run's Redis DB: queued and unacked messages of earlier tests must not leak in."""
    redis.Redis.from_url(settings.CELERY_BROKER_URL).flushdb()


@pytest.fixture
def clean_redis() -> Iterator[None]:
    redis_flush()
    yield
    redis_flush()


@pytest.fixture
def celery_worker(clean_redis: None) -> Iterator[Any]:
    """A real worker consuming from Redis, in a thread of this process (solo pool).

    It shares this process's settings, so it talks to the test database; use a TransactionTestCase
    (committed rows) with it.
    """
    from celery.contrib.testing.worker import start_worker

    from factcheck.celery import app

    with start_worker(
        app,
        pool="solo",
        concurrency=1,
        perform_ping_check=False,
        loglevel="WARNING",
        shutdown_timeout=10,
    ) as worker:
        yield worker


class WorkerProcess:
    """`celery -A factcheck worker` as a subprocess in its own process group (so a kill gets all)."""

    def __init__(self, *, db_name: str, concurrency: int, env: dict[str, str], name: str) -> None:
        full_env = {
            **os.environ,
            "DB_NAME": db_name,
            "REDIS_URL": settings.CELERY_BROKER_URL,
            "PYTHONUNBUFFERED": "1",
            **env,
        }
        full_env.pop("DATABASE_URL", None)  # DB_NAME must win
        self.log_path = Path(f"/tmp/celery-{name}-{os.getpid()}.log")
        self._log = self.log_path.open("wb")
        cmd = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "factcheck",
            "worker",
            "--loglevel=INFO",
            f"--concurrency={concurrency}",
            "--pool=prefork",
            "--without-gossip",
            "--without-mingle",
            f"--hostname={name}@%h",
        ]
        if full_env.get("WITH_BEAT") == "1":
            cmd += ["--beat", f"--schedule=/tmp/celerybeat-{name}-{os.getpid()}"]
        self.proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=full_env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    @property
    def pid(self) -> int:
        return self.proc.pid

    def kill(self) -> None:
        """SIGKILL the whole process group: parent and pool children die at once, nothing acked."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self, timeout: float = 15) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        else:
            # The parent is gone; make sure no orphaned pool child of its group lingers.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
        self._log.close()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-5000:]


@pytest.fixture
def worker_process(clean_redis: None) -> Iterator[Callable[..., WorkerProcess]]:
    """Factory: start worker subprocesses against the current (test) database; all stopped at teardown."""
    started: list[WorkerProcess] = []

    def start(*, concurrency: int = 2, env: dict[str, str] | None = None) -> WorkerProcess:
        worker = WorkerProcess(
            db_name=connection.settings_dict["NAME"],
            concurrency=concurrency,
            env=env or {},
            name=f"w{len(started) + 1}",
        )
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()
        worker.log_path.unlink(missing_ok=True)  # failing assertions already quoted it


def wait_until(predicate: Callable[[], bool], *, timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


class CommittingTestCase(TransactionTestCase):
    """A TransactionTestCase (rows are committed, so workers in other threads/processes see them)
    whose flush keeps the role groups of migration 0002 that later tests rely on."""

    def _fixture_teardown(self) -> None:
        super()._fixture_teardown()
        from tests.factories import ensure_roles

        ensure_roles()
