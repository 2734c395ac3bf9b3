"""A second factor for admins (RELIABILITY AUTH-4): a one-time password (TOTP) once per session.

Admins (the admin role) and staff must pass it before the upload pages and /admin/; the first time, the
same page enrols them: it shows a QR code (and the key, for typing in) for an authenticator app and
confirms the device with a first code. Wrong codes are throttled by django-otp (the wait doubles after
each failure). ``settings.ADMIN_REQUIRE_OTP`` turns the requirement off (for a deployment behind its own
single sign-on with MFA).
"""

from __future__ import annotations

import io
import logging
from typing import Any

import django_otp
from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.qr import write_qrcode_image

logger = logging.getLogger("factcheck.auth")


def otp_applies(user: Any) -> bool:
    """Whether ``user`` (admin role or staff) is asked for a one-time password at all."""
    from claims.permissions import is_admin

    if not settings.ADMIN_REQUIRE_OTP or not getattr(user, "is_authenticated", False):
        return False
    return bool(user.is_staff or is_admin(user))


def otp_needed(user: Any) -> bool:
    """Whether ``user`` must still pass a one-time password in this session for admin pages."""
    # OTPMiddleware sets otp_device to the device this session was verified with, else None.
    return otp_applies(user) and getattr(user, "otp_device", None) is None


def otp_redirect(request: HttpRequest, next_url: str) -> HttpResponse:
    target = f"{reverse('otp-verify')}?next={next_url}"
    htmx = getattr(request, "htmx", None)
    if htmx:
        response = HttpResponse(status=204)
        response["HX-Redirect"] = f"{reverse('otp-verify')}?next={htmx.current_url_abs_path or '/'}"
        return response
    return redirect(target)


class TokenForm(forms.Form):
    token = forms.RegexField(
        label=gettext_lazy("Code from your authenticator app"),
        regex=r"^\s*\d{6}\s*$",
        error_messages={"invalid": gettext_lazy("Type the 6 digits the app shows.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


def _next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe and target else reverse("claims:upload")


@require_http_methods(["GET"])
@never_cache
@login_required
def otp_qr(request: HttpRequest) -> HttpResponse:
    """The QR code of the device being enrolled (SVG), only while it is not confirmed."""
    if not otp_applies(request.user):
        raise PermissionDenied
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).order_by("pk").first()
    if device is None or request.user.is_verified():
        return HttpResponse(status=404)
    out = io.BytesIO()
    write_qrcode_image(device.config_url, out)
    return HttpResponse(out.getvalue(), content_type="image/svg+xml")


def _enrolling_device(user: Any) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name="default", confirmed=False)


@require_http_methods(["GET", "POST"])
@never_cache
@login_required
def otp_verify(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not otp_applies(user):
        raise PermissionDenied  # reviewers and editors have no second factor to give
    next_url = _next(request)
    if user.is_verified():
        return redirect(next_url)
    confirmed = list(TOTPDevice.objects.filter(user=user, confirmed=True))
    enrolling = None if confirmed else _enrolling_device(user)
    form = TokenForm(request.POST or None)
    error = ""
    if request.method == "POST" and form.is_valid():
        token = form.cleaned_data["token"].strip()
        for device in confirmed or [enrolling]:
            allowed, _ = device.verify_is_allowed()
            if not allowed:
                error = gettext("Too many wrong codes: wait a minute, then try the next code.")
                continue
            if device.verify_token(token):
                if not device.confirmed:
                    device.confirmed = True
                    device.save(update_fields=["confirmed"])
                # SES-2: a new session key for the raised privilege, so a key taken before the
                # second factor (a fixed or stolen cookie) is not the key of a verified session.
                request.session.cycle_key()
                django_otp.login(request, device)
                logger.info(
                    "otp verified user=%s device=%s ip=%s",
                    user.pk,
                    device.persistent_id,
                    request.META.get("REMOTE_ADDR", ""),
                )
                return redirect(next_url)
        error = error or gettext("That code is wrong or has expired. Try the current one.")
        logger.warning("otp failed user=%s ip=%s", user.pk, request.META.get("REMOTE_ADDR", ""))
    context = {"form": form, "next": next_url, "error": error, "enrolling": enrolling}
    if enrolling is not None:
        context["key"] = _base32(enrolling.bin_key)
    return render(request, "registration/otp_verify.html", context, status=400 if error else 200)


def _base32(key: bytes) -> str:
    import base64

    text = base64.b32encode(key).decode("ascii").rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


class OTPAdminSite(admin.AdminSite):
    """Django's admin, for staff who passed the second factor in this session."""

    # AC-2: no admin page takes PUT, PATCH or DELETE, yet the change list and change form render
    # one as a GET, and the login runs a PUT through its POST handler: they get 405 instead.
    # (The CSRF middleware still refuses a token-less one first.)
    METHODS = ("GET", "HEAD", "POST")

    def admin_view(self, view: Any, cacheable: bool = False) -> Any:
        return require_http_methods(list(self.METHODS))(super().admin_view(view, cacheable))

    def has_permission(self, request: HttpRequest) -> bool:
        return super().has_permission(request) and not otp_needed(request.user)

    def login(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> Any:
        if request.method not in self.METHODS:
            return HttpResponseNotAllowed(self.METHODS)
        if request.user.is_active and request.user.is_staff and otp_needed(request.user):
            next_url = request.GET.get("next") or reverse("admin:index")
            return otp_redirect(request, next_url)
        return super().login(request, extra_context)
