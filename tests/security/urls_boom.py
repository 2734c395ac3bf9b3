"""The real URLconf plus a view that fails, to see the 500 page as users would (DEBUG=False)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import path

from factcheck.urls import handler500
from factcheck.urls import urlpatterns as real_urlpatterns

__all__ = ["handler500", "urlpatterns"]


def boom(request: HttpRequest) -> HttpResponse:
    raise ZeroDivisionError("secret detail SELECT password FROM auth_user")


urlpatterns = [path("boom/", boom, name="boom"), *real_urlpatterns]
