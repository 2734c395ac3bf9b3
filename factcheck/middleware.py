"""htmx and expired sessions: send the whole page to login instead of swapping the login form in."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import resolve_url
from django.urls import reverse

from claims import permissions

access_log = logging.getLogger("factcheck.access")


class DenialLogMiddleware:
    """One log record per denial, with who was refused what (AC-2, ASVS 7.2.2).

    A 403 gets a WARNING naming the user (django.request also logs it, without the user). A login
    redirect carrying ``next`` (redirect_to_login: Django's login_required, the role decorators, the
    admin's own login) is a denial of an anonymous request and gets an INFO line; as an htmx
    response it is a 204 with HX-Redirect, so this sits outside HtmxLoginRedirectMiddleware.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code == 403:
            user = getattr(request, "user", None)
            who = f"user {user.pk}" if user is not None and user.is_authenticated else "anonymous"
            access_log.warning("Denied %s %r to %s (403)", request.method, request.path, who)
        elif response.status_code in (302, 204):
            target = response.get("Location") or response.get("HX-Redirect") or ""
            logins = (resolve_url(settings.LOGIN_URL), reverse("admin:login"))
            if target.startswith(logins) and "next=" in target:
                access_log.info(
                    "Login required for %s %r (%d)",
                    request.method,
                    request.path,
                    response.status_code,
                )
        return response


class HtmxLoginRedirectMiddleware:
    """A 302 to the login page answering an htmx request becomes 204 + HX-Redirect.

    htmx follows a 302 inside its XHR and would swap the login page into a fragment; HX-Redirect makes
    it load the login page as a page, with `next` pointing at the page the fragment lives on
    (HX-Current-URL), not at the fragment's own URL. Covers views behind Django's login_required too.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        htmx = getattr(request, "htmx", None)
        if not htmx or response.status_code != 302:
            return response
        login = resolve_url(settings.LOGIN_URL)
        if not response.get("Location", "").startswith(login):
            return response
        target = redirect_to_login(htmx.current_url_abs_path or "/")["Location"]
        redirect = HttpResponse(status=204)
        redirect["HX-Redirect"] = target
        return redirect


def client_ip(request: HttpRequest) -> str:
    """The client's address for lockouts: never taken from a header the client controls.

    With TRUSTED_PROXY_COUNT = n > 0 the app sits behind n proxies that each append to X-Forwarded-For,
    so the client address is the n-th entry from the right; anything further left is client-supplied.
    """
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    remote = request.META.get("REMOTE_ADDR", "")
    if count <= 0:
        return remote
    hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
    return hops[-count] if len(hops) >= count else remote


class AbsoluteSessionAgeMiddleware:
    """Log out a session SESSION_ABSOLUTE_AGE seconds after sign-in, however active it has been.

    SESSION_COOKIE_AGE with SESSION_SAVE_EVERY_REQUEST is the idle limit; this is the hard one (ASVS 3.3.2).
    """

    KEY = "_auth_started"

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = int(time.time())
            started = request.session.get(self.KEY)
            if started is None:
                # First request of this session: sign-in set last_login a moment ago.
                last = request.user.last_login
                started = int(last.timestamp()) if last else now
                request.session[self.KEY] = started
            if now - started > settings.SESSION_ABSOLUTE_AGE:
                logout(request)  # flushes the server-side session too
        return self.get_response(request)


class RoleChangeMiddleware:
    """A new session key whenever the signed-in user's privileges change (SES-2, ASVS 3.2.1).

    The session keeps a fingerprint of staff, superuser and the role groups; a request that finds a
    different one rotates the key (the old key's row is deleted) before the view runs. The groups come
    from claims.permissions' per-request lookup, which the role checks then reuse, so it costs no
    extra query on a page that checks a role. The fingerprint is plain text, not hash(): that is
    salted per process, and would differ between two web workers.
    """

    KEY = "_role_fingerprint"

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if user.is_authenticated:
            roles = ",".join(sorted(permissions._group_names(user)))
            fingerprint = f"staff={int(user.is_staff)};super={int(user.is_superuser)};{roles}"
            stored = request.session.get(self.KEY)
            if stored != fingerprint:
                if stored is not None:
                    request.session.cycle_key()
                request.session[self.KEY] = fingerprint
        return self.get_response(request)
