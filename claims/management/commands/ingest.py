from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.ingestion.parsing import ItemError, ParseResult, parse_path
from claims.models import IngestBatch
from claims.services.extract import batch_extract
from claims.services.ingest import batch_ingest, batch_progress

_BAR = 30


class Command(BaseCommand):
    help = (
        "Ingest articles from files, folders and archives (.txt, .html, .json, .jsonl, .zip) through "
        "the same pipeline as uploads: one batch, one Celery task per new article. "
        "--wait follows the batch until it finishes and needs a running Celery worker "
        "(`celery -A factcheck worker`); --sync extracts in this process instead, no worker needed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or archive")
        parser.add_argument("--outlet", default="", help="outlet name for every article")
        parser.add_argument("--label", default="", help="batch label (default: the paths)")
        parser.add_argument(
            "--wait",
            action="store_true",
            help="show progress until the batch finishes (needs a running Celery worker)",
        )
        parser.add_argument(
            "--timeout",
            type=float,
            default=0,
            help="with --wait: give up after N seconds with exit status 3 (default: wait forever)",
        )
        parser.add_argument(
            "--sync",
            action="store_true",
            help="extract in this process, without a worker (demo, tests, small imports)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        records, errors = [], []
        for raw in options["paths"]:
            path = Path(raw)
            if not path.exists():
                errors.append(ItemError(name=raw[:255], reason="No such file or folder."))
                continue
            result = parse_path(path, max_article_bytes=settings.INGEST_MAX_ARTICLE_BYTES)
            records += result.records
            errors += result.errors
        batch = batch_ingest(
            origin=IngestBatch.Origin.COMMAND,
            parsed=ParseResult(records=records, errors=errors),
            label=options["label"] or " ".join(options["paths"])[:255],
            outlet=options["outlet"],
            enqueue=not options["sync"],
        )
        self.stdout.write(
            f"Batch {batch.pk}: {batch.total} new, {batch.duplicate} duplicate, "
            f"{batch.rejected} rejected"
        )
        if options["sync"]:
            batch_extract(batch_id=batch.pk)
        elif options["wait"]:
            self._wait(batch, timeout=options["timeout"])
        self._report(batch)

    def _wait(self, batch: IngestBatch, *, timeout: float) -> None:
        tty = self.stdout.isatty()
        started = time.monotonic()
        last_line = ""
        last_print = 0.0
        while True:
            progress = batch_progress(batch)
            finished_count = progress["done"] + progress["failed"]
            line = (
                f"{finished_count}/{progress['total']} processed "
                f"({progress['done']} done, {progress['failed']} failed)"
            )
            now = time.monotonic()
            if tty:
                filled = _BAR * finished_count // max(progress["total"], 1)
                bar = "#" * filled + "." * (_BAR - filled)
                self.stdout.write(f"\r[{bar}] {line}", ending="")
                self.stdout.flush()
            elif line != last_line and (now - last_print >= 2 or progress["finished"]):
                self.stdout.write(line)
                last_line, last_print = line, now
            if progress["finished"]:
                if tty:
                    self.stdout.write("")
                return
            if timeout and now - started > timeout:
                if tty:
                    self.stdout.write("")
                raise CommandError(
                    f"Gave up waiting after {timeout:g} s: {progress['pending']} articles still "
                    "pending. Is a Celery worker running (`celery -A factcheck worker`)?",
                    returncode=3,
                )
            time.sleep(0.5)

    def _report(self, batch: IngestBatch) -> None:
        progress = batch_progress(batch)
        if progress["finished"]:
            self.stdout.write(
                f"Done: {progress['done']} extracted, {progress['failed']} failed, "
                f"{progress['duplicate']} duplicate, {progress['rejected']} rejected"
            )
        for error in progress["errors"]:
            self.stderr.write(f"  {error['name']}: {error['reason']}")
        if not progress["finished"]:
            self.stdout.write(f"{progress['pending']} articles queued for the Celery worker.")
        sys.stdout.flush()
