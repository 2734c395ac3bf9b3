"""Error views. The 500 page shows a reference id that is logged with the traceback, and nothing else."""

from __future__ import annotations

import logging
import sys
import uuid

from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.template import loader

logger = logging.getLogger("factcheck.errors")


def server_error(request: HttpRequest) -> HttpResponse:
    reference = uuid.uuid4().hex[:12]
    # Called from inside Django's exception handler, so sys.exc_info() is the failing exception.
    logger.error(
        "Server error %s on %s %s",
        reference,
        request.method,
        request.path,
        exc_info=sys.exc_info(),
        extra={"error_reference": reference},
    )
    # No request context: the page must render even when context processors are what broke.
    body = loader.get_template("500.html").render({"reference": reference})
    return HttpResponseServerError(body)
