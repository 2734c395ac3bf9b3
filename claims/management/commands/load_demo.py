from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand
from django.db import transaction

from claims.ingestion.parsing import ArticleRecord
from claims.models import Article, IngestBatch, Source
from claims.registry import sources_load
from claims.services.extract import article_extract
from claims.services.ingest import article_create

DEMO_PATH = Path(__file__).resolve().parents[2] / "data" / "demo" / "seed-idlib-khuwayn.json"
# Only for the local demo; set DEMO_PASSWORD anywhere else.
DEFAULT_DEMO_PASSWORD = "factcheck-demo-2024"
DEMO_USERS: list[tuple[str, tuple[str, ...], bool]] = [
    ("reviewer", ("reviewer",), False),
    ("editor", ("editor", "reviewer"), False),
    ("admin", ("admin", "editor", "reviewer"), True),
]


class Command(BaseCommand):
    help = (
        "Load the demo: the Idlib article (dirt included) extracted through the real pipeline, and "
        "the demo users reviewer, editor and admin (password from DEMO_PASSWORD, else "
        f"{DEFAULT_DEMO_PASSWORD!r}). Safe to run again."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        if not Source.objects.filter(curated=True).exists():
            sources_load()
        article = self._load_article()
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD
        self._users(password)
        self.stdout.write(
            f"Demo article {article.pk}: {article.status}, {article.claims.count()} claims"
        )
        self.stdout.write("Demo logins (local demo only):")
        for username, roles, _ in DEMO_USERS:
            self.stdout.write(f"  {username:<9} {password}   ({', '.join(roles)})")
        self.stdout.write(
            "  admin pages also ask for a one-time code: scan the QR code shown on the first visit "
            "with an authenticator app, or run `python manage.py otp_device admin --code`."
        )

    def _load_article(self) -> Article:
        data = json.loads(DEMO_PATH.read_text(encoding="utf-8"))
        record = ArticleRecord(
            name=str(data.get("id", DEMO_PATH.name))[:255],
            text=data["text"],
            title=data.get("title", ""),
            outlet=data.get("outlet", ""),
            language=data.get("language", ""),
        )
        with transaction.atomic():
            batch = IngestBatch.objects.filter(
                origin=IngestBatch.Origin.COMMAND, label="demo"
            ).first()
            batch = batch or IngestBatch.objects.create(
                origin=IngestBatch.Origin.COMMAND, label="demo"
            )
            article, created = article_create(record=record, batch=batch, enqueue=False)
            if created:
                batch.total = 1
                batch.errors = []
                batch.save(update_fields=["total", "errors", "updated"])
        assert article is not None, "the demo article has text"
        # Same service the worker runs; a no-op once the article is done.
        article_extract(article_id=article.pk)
        article.refresh_from_db()
        return article

    @staticmethod
    @transaction.atomic
    def _users(password: str) -> None:
        for username, roles, superuser in DEMO_USERS:
            user, _ = User.objects.get_or_create(username=username)
            user.is_staff = superuser
            user.is_superuser = superuser
            user.is_active = True
            user.set_password(password)
            user.save()
            user.groups.add(*Group.objects.filter(name__in=roles))
