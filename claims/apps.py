from __future__ import annotations

from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Claims"

    def ready(self) -> None:
        # Signal receivers: saving or deleting a curated source in any process tells the workers to
        # rebuild their extraction registry (services/registry_version.py); deleting an upload batch
        # still to be read deletes its stored files (services/ingest.py).
        from claims.services import ingest, registry_version  # noqa: F401
