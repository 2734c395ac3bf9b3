from __future__ import annotations

from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Claims"

    def ready(self) -> None:
        # Saving or deleting a curated source in any process tells the workers to rebuild their
        # extraction registry (claims/services/registry_version.py).
        from claims.services import registry_version  # noqa: F401
