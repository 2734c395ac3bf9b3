from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from claims.ingestion.parsing import ArticleRecord
from claims.models import Article, IngestBatch, Source
from claims.registry import sources_load
from claims.services.extract import article_extract
from claims.services.ingest import article_create

DEMO_PATH = Path(__file__).resolve().parents[2] / "data" / "demo" / "seed-idlib-khuwayn.json"
# Only for the local demo; set DEMO_PASSWORD anywhere else (it is public: the README prints it).
DEFAULT_DEMO_PASSWORD = "factcheck-demo-2024"
# Hosts of a demo served only to this machine (the default ALLOWED_HOSTS).
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]", "testserver"})
DEMO_USERS: list[tuple[str, tuple[str, ...], bool]] = [
    ("reviewer", ("reviewer",), False),
    ("editor", ("editor", "reviewer"), False),
    ("admin", ("admin", "editor", "reviewer"), True),
]


class Command(BaseCommand):
    help = (
        "Load the demo: the Idlib article (dirt included) extracted through the real pipeline, and "
        "the demo users reviewer, editor and admin (password from DEMO_PASSWORD, else "
        f"{DEFAULT_DEMO_PASSWORD!r} for a new user in a local demo; an existing user's password "
        "and active flag change only when DEMO_PASSWORD is set). Safe to run again."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        given = os.environ.get("DEMO_PASSWORD") or ""
        password = given or DEFAULT_DEMO_PASSWORD
        if password == DEFAULT_DEMO_PASSWORD and not local_demo():
            # DEP-5: the default is public, and `admin` is a superuser.
            raise CommandError(
                "These settings are not a local demo (SECURE_COOKIES is on, or ALLOWED_HOSTS "
                "names hosts beyond localhost), and the built-in demo password is public: "
                "set DEMO_PASSWORD."
            )
        if not Source.objects.filter(curated=True).exists():
            sources_load()
        article = self._load_article()
        set_now = self._users(password, reset=bool(given))
        self.stdout.write(
            f"Demo article {article.pk}: {article.status}, {article.claims.count()} claims"
        )
        self.stdout.write("Demo logins (local demo only):")
        for username, roles, _ in DEMO_USERS:
            shown = (
                password if username in set_now else "(its own password; DEMO_PASSWORD resets it)"
            )
            self.stdout.write(f"  {username:<9} {shown}   ({', '.join(roles)})")
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
    def _users(password: str, *, reset: bool) -> set[str]:
        """Create the demo users, or give existing ones their demo roles. An existing user's
        password and active flag are left alone unless `reset` (DEMO_PASSWORD was given): a changed
        password or a deactivation outlives the next `make run`. Returns the users whose password
        is `password` now."""
        set_now: set[str] = set()
        for username, roles, superuser in DEMO_USERS:
            user, created = User.objects.get_or_create(username=username)
            user.is_staff = superuser
            user.is_superuser = superuser
            if created or reset:
                user.is_active = True
                user.set_password(password)
                set_now.add(username)
            elif user.check_password(password):
                set_now.add(username)  # still the demo password: print it again
            user.save()
            user.groups.add(*Group.objects.filter(name__in=roles))
        return set_now


def local_demo() -> bool:
    """Whether the settings are a demo on this machine: no HTTPS-only cookies, and served only
    under local host names."""
    hosts = set(settings.ALLOWED_HOSTS)
    return not getattr(settings, "SECURE_COOKIES", False) and hosts <= LOCAL_HOSTS
