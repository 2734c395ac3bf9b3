from __future__ import annotations

from django.http import HttpRequest


def csp_nonce(request: HttpRequest) -> dict[str, object]:
    """The CSP nonce under both names in use: django-csp's CSP_NONCE and django-htmx's csp_nonce.

    The value stays lazy: only a page that prints it (a <script nonce=...>) puts it in the header.
    """
    nonce = getattr(request, "csp_nonce", "")
    return {"CSP_NONCE": nonce, "csp_nonce": nonce}
