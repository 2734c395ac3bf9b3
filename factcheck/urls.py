from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from factcheck.otp import OTPAdminSite, otp_qr, otp_verify

# Every ModelAdmin registered on the default site stays; the site now asks for the second factor.
admin.site.__class__ = OTPAdminSite

urlpatterns = [
    path("account/otp/", otp_verify, name="otp-verify"),
    path("account/otp/qr.svg", otp_qr, name="otp-qr"),
    # GET and POST only: LoginView would run a PUT through its POST handler (AC-2).
    path(
        "login/",
        auth_views.LoginView.as_view(http_method_names=["get", "head", "post"]),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("", include("claims.urls")),
]

handler500 = "factcheck.views.server_error"
