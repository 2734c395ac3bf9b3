"""Ingest 1,000 real corpus articles end to end through Redis and Celery workers; compare with a bare insert.

    .venv/bin/python bench/ingest.py [--articles 1000] [--concurrency 2]

It works on its own database (BENCH_DB_NAME, default factcheck_bench: dropped and re-created) and its
own Redis DB (BENCH_REDIS_URL, default redis://127.0.0.1:6379/13: flushed), starts the workers
itself and stops them at the end. It prints:
  - the end-to-end rate (parse -> clean -> dedupe -> insert -> queue -> worker extracts and writes),
  - the rate of a bare bulk_create of the same Article rows, and the ratio of the two,
  - a profile of one article's task: extraction time vs database writes vs broker/queue overhead.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("CORPUS_DIR", "/work/shared/corpus"))
FILES = [
    "saudinewsnet/articles.jsonl",
    "news-credibility-2013/articles_ar.jsonl",
    "fa-kes/articles.jsonl",
    "news-credibility-2013/articles_en.jsonl",
    "bbc-news-2004-2005/articles.jsonl",
]
DB_NAME = os.environ.get("BENCH_DB_NAME", "factcheck_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")

# Configure Django for the bench database before anything imports settings.
os.environ["DB_NAME"] = DB_NAME
os.environ["REDIS_URL"] = REDIS_URL
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
sys.path.insert(0, str(ROOT))


def recreate_database() -> None:
    import psycopg

    params = {
        "host": os.environ.get("DB_HOST", "127.0.0.1"),
        "port": os.environ.get("DB_PORT", "5432"),
        "user": os.environ.get("DB_USER", "postgres"),
        "password": os.environ.get("DB_PASSWORD", ""),
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        conn.execute(
            f"CREATE DATABASE \"{DB_NAME}\" ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' "
            "LC_CTYPE 'C.UTF-8' TEMPLATE template0"
        )


def load_records(n: int) -> list:
    """Round-robin over the corpus files, parsed by the upload parser, until n distinct texts."""
    from django.conf import settings

    from claims.extraction.cleaning import clean_text, content_hash
    from claims.ingestion.parsing import parse_path

    pools = [
        parse_path(CORPUS / name, max_article_bytes=settings.INGEST_MAX_ARTICLE_BYTES).records
        for name in FILES
        if (CORPUS / name).exists()
    ]
    records, seen, i = [], set(), 0
    while len(records) < n and any(i < len(p) for p in pools):
        for pool in pools:
            if i < len(pool) and len(records) < n:
                digest = content_hash(clean_text(pool[i].text))
                if digest not in seen:
                    seen.add(digest)
                    records.append(pool[i])
        i += 1
    return records


def start_worker(concurrency: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "LOG_LEVEL": "WARNING"}
    log = open(f"/tmp/bench-ingest-worker-{os.getpid()}.log", "wb")  # noqa: SIM115
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "factcheck",
            "worker",
            "--loglevel=WARNING",
            f"--concurrency={concurrency}",
            "--without-gossip",
            "--without-mingle",
            "-n",
            "bench@%h",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def stop_worker(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def wait_for_worker(timeout: float = 30) -> None:
    from factcheck.celery import app

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if app.control.ping(timeout=0.5):
            return
    raise SystemExit("the Celery worker did not start; see /tmp/bench-ingest-worker-*.log")


def bare_insert_rate(records: list) -> tuple[float, float]:
    """Rows/s of bulk_create and of COPY for the same Article rows (cleaned and hashed beforehand)."""
    from django.db import connection

    from claims.extraction.cleaning import clean_text, content_hash
    from claims.models import Article

    rows = []
    for r in records:
        text = clean_text(r.text)
        rows.append(
            Article(
                raw=r.text,
                text=text,
                content_hash=content_hash(text),
                title=r.title[:1000],
                language=r.language[:2],
                source_name=r.name[:255],
                outlet_name=r.outlet[:255],
                published=r.published,
            )
        )
    t0 = time.perf_counter()
    Article.objects.bulk_create(rows, batch_size=500)
    bulk = len(rows) / (time.perf_counter() - t0)
    Article.objects.all().delete()

    cols = [
        "raw",
        "text",
        "content_hash",
        "title",
        "language",
        "source_name",
        "outlet_name",
        "url",
        "status",
        "error",
        "attempts",
        "created",
        "updated",
    ]
    t0 = time.perf_counter()
    sql = f"COPY claims_article ({', '.join(cols)}) FROM STDIN"
    with connection.cursor() as cursor, cursor.copy(sql) as copy:
        for a in rows:
            copy.write_row(
                [
                    a.raw,
                    a.text,
                    a.content_hash,
                    a.title,
                    a.language,
                    a.source_name,
                    a.outlet_name,
                    "",
                    "pending",
                    "",
                    0,
                    "now",
                    "now",
                ]
            )
    copied = len(rows) / (time.perf_counter() - t0)
    Article.objects.all().delete()
    return bulk, copied


def noop_task_rate(article_ids: list[int]) -> float:
    """Tasks/s through Redis and the workers when the work is already done (the claim is a no-op).

    What is left is the cost of the broker, the worker and one conditional UPDATE per task.
    """
    import redis

    from claims import tasks

    client = redis.Redis.from_url(REDIS_URL)
    t0 = time.perf_counter()
    for pk in article_ids:
        tasks.article_extract.delay(pk)
    while client.llen("celery") or client.hlen("unacked"):
        time.sleep(0.02)
    return len(article_ids) / (time.perf_counter() - t0)


def profile_task(sample: int) -> dict[str, float]:
    """Per-article milliseconds inside the task: pure extraction vs the whole service (DB included)."""
    from django.db import connection

    from claims.extraction import extract
    from claims.models import Article, Claim
    from claims.services.extract import article_extract, registry_current

    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True)[:sample])
    articles = list(Article.objects.filter(pk__in=ids))
    registry = registry_current()
    t0 = time.perf_counter()
    for a in articles:
        extract(a.raw, language=a.language or None, published=a.published, registry=registry)
    extract_ms = (time.perf_counter() - t0) * 1000 / len(articles)

    Claim.objects.filter(article_id__in=ids).delete()
    Article.objects.filter(pk__in=ids).update(status="pending")
    queries = []
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
    server0, client0 = backend_cpu(backend), time.process_time()
    t0 = time.perf_counter()
    with connection.execute_wrapper(
        lambda execute, sql, *a: queries.append(sql) or execute(sql, *a)
    ):
        for pk in ids:
            article_extract(article_id=pk)
    service_ms = (time.perf_counter() - t0) * 1000 / len(ids)
    client_cpu = (time.process_time() - client0) * 1000 / len(ids)
    server_cpu = (backend_cpu(backend) - server0) * 1000 / len(ids)
    return {
        "extract_ms": extract_ms,
        "service_ms": service_ms,
        "db_ms": service_ms - extract_ms,
        "queries": len(queries) / len(ids),
        "client_cpu_ms": client_cpu,
        "server_cpu_ms": server_cpu,
    }


def backend_cpu(pid: int) -> float:
    """CPU seconds (user + system) a local PostgreSQL backend has used; 0 if it is not readable.

    CPU time, unlike wall time, barely moves with the load other processes put on the machine.
    """
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=2, help="worker pool processes")
    parser.add_argument("--profile-sample", type=int, default=200)
    parser.add_argument(
        "--gin-pending-list-kb",
        type=int,
        default=0,
        help="experiment: set gin_pending_list_limit on the claim GIN indexes of the bench database",
    )
    args = parser.parse_args()

    recreate_database()
    import django

    django.setup()
    import redis
    from django.core.management import call_command

    redis.Redis.from_url(REDIS_URL).flushdb()
    call_command("migrate", verbosity=0)
    call_command("load_sources", verbosity=0)
    if args.gin_pending_list_kb:
        from django.db import connection

        with connection.cursor() as cursor:
            for index in ("claim_normalized_trgm", "claim_search_gin"):
                limit = int(args.gin_pending_list_kb)
                cursor.execute(f"ALTER INDEX {index} SET (gin_pending_list_limit = {limit})")

    from claims.ingestion.parsing import ParseResult
    from claims.models import Claim, IngestBatch
    from claims.services.ingest import batch_ingest, batch_progress

    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    records = load_records(args.articles)
    print(
        f"{len(records)} distinct articles from {CORPUS} parsed in {time.perf_counter() - t0:.1f} s"
    )

    bulk, copied = bare_insert_rate(records)

    worker = start_worker(args.concurrency)
    try:
        wait_for_worker()
        t0 = time.perf_counter()
        batch = batch_ingest(
            origin=IngestBatch.Origin.COMMAND,
            parsed=ParseResult(records=records, errors=[]),
            label="bench",
        )
        queued = time.perf_counter() - t0
        while not batch_progress(batch)["finished"]:
            time.sleep(0.2)
        elapsed = time.perf_counter() - t0
        noop_rate = noop_task_rate(list(batch.articles.values_list("pk", flat=True)))
    finally:
        stop_worker(worker)
    progress = batch_progress(batch)
    rate = progress["total"] / elapsed
    claims = Claim.objects.count()

    profile = profile_task(min(args.profile_sample, len(records)))
    ideal = args.concurrency * 1000 / profile["service_ms"]

    print(
        f"end to end : {progress['total']} articles ({progress['done']} done, "
        f"{progress['failed']} failed, {claims} claims) in {elapsed:.2f} s "
        f"= {rate:.0f} articles/s with {args.concurrency} worker processes"
    )
    print(
        f"  of which batch_ingest (clean, hash, insert {len(records)} rows, queue after commit): "
        f"{queued:.2f} s = {len(records) / queued:.0f} articles/s"
    )
    print(
        f"  the workers alone: {progress['total'] / (elapsed - queued):.0f} articles/s once queued"
    )
    print(f"no-op tasks: {noop_rate:.0f} tasks/s (broker + worker + one UPDATE per task)")
    print(f"bare insert: bulk_create {bulk:.0f} rows/s, COPY {copied:.0f} rows/s")
    print(
        f"ratio      : end to end is {rate / bulk:.4f} of bulk_create "
        f"(bulk_create is {bulk / rate:.0f}x faster), {rate / copied:.4f} of COPY"
    )
    print(
        f"task profile (in-process, one process, {args.profile_sample} articles): extraction "
        f"{profile['extract_ms']:.1f} ms, database work (ORM + {profile['queries']:.1f} queries + "
        f"commit) {profile['db_ms']:.1f} ms, service total {profile['service_ms']:.1f} ms/article"
    )
    cpu = profile["client_cpu_ms"] + profile["server_cpu_ms"]
    print(
        f"  CPU per article: {profile['client_cpu_ms']:.1f} ms in the task's process + "
        f"{profile['server_cpu_ms']:.1f} ms in its PostgreSQL backend = {cpu:.1f} ms: "
        f"{os.cpu_count()} idle cores could do at most {os.cpu_count() * 1000 / cpu:.0f} articles/s "
        "(without broker and worker overhead)"
    )
    print(
        f"  -> {args.concurrency} processes with a core each could do {ideal:.0f} articles/s; the rest "
        f"({max(0.0, 1000 / rate - 1000 / ideal):.1f} ms/article) is ingest before the first task, "
        f"broker/worker overhead and {os.cpu_count()} cores shared by the workers and PostgreSQL"
    )
    print(f"machine    : {os.cpu_count()} CPUs, load average {load:.2f} when the run started")
    share = profile["extract_ms"] / profile["service_ms"]
    print(
        f"  limit: {'extraction (CPU)' if share > 0.5 else 'database writes'} "
        f"takes {max(share, 1 - share):.0%} of each task"
    )


if __name__ == "__main__":
    main()
