from __future__ import annotations

from django.core.management.base import BaseCommand

from claims.registry import sources_load


class Command(BaseCommand):
    help = "Load the curated source registry (claims/data/sources.json). Safe to run again."

    def handle(self, *args: object, **options: object) -> None:
        sources, aliases = sources_load()
        self.stdout.write(f"{sources} curated sources, {aliases} aliases")
