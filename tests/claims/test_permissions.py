from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.test import RequestFactory
from django_htmx.middleware import HtmxDetails
from django_otp.plugins.otp_totp.models import TOTPDevice

from claims.permissions import (
    admin_required,
    editor_required,
    is_admin,
    is_editor,
    is_reviewer,
    reviewer_required,
)
from tests.base import BaseTestCase, make_user


@editor_required
def editor_view(request: object) -> HttpResponse:
    return HttpResponse("ok")


class RoleTests(BaseTestCase):
    def test_admin_includes_editor_includes_reviewer(self) -> None:
        only_admin = make_user("olga", "admin")
        only_editor = make_user("eddie", "editor")
        cases = {
            self.bob: (True, False, False),
            only_editor: (True, True, False),
            only_admin: (True, True, True),
            self.charlie: (False, False, False),
            AnonymousUser(): (False, False, False),
        }
        for user, expected in cases.items():
            with self.subTest(user=str(user)):
                self.assertEqual((is_reviewer(user), is_editor(user), is_admin(user)), expected)

    def test_a_deactivated_user_has_no_role(self) -> None:
        gone = make_user("gone", "admin", is_active=False)
        self.assertFalse(is_reviewer(gone))

    def test_the_role_lookup_costs_one_query_per_request(self) -> None:
        user = make_user("quinn", "editor")
        with self.assertNumQueries(1):
            is_reviewer(user), is_editor(user), is_admin(user)


class DecoratorTests(BaseTestCase):
    def request(self, user: object, *, htmx: bool = False) -> object:
        headers = (
            {"HX-Request": "true", "HX-Current-URL": "http://testserver/articles/7/"}
            if htmx
            else {}
        )
        request = RequestFactory().get("/claims/1/edit/", headers=headers)
        request.user = user
        request.htmx = HtmxDetails(request)
        return request

    def test_anonymous_users_go_to_login_and_htmx_gets_a_full_page_redirect(self) -> None:
        plain = editor_view(self.request(AnonymousUser()))
        self.assertEqual(plain.status_code, 302)
        self.assertEqual(plain["Location"], "/login/?next=/claims/1/edit/")
        htmx = editor_view(self.request(AnonymousUser(), htmx=True))
        self.assertEqual(htmx["HX-Redirect"], "/login/?next=/articles/7/")

    def test_a_user_without_the_role_is_refused_and_one_with_it_passes(self) -> None:
        with self.assertRaises(PermissionDenied):
            editor_view(self.request(self.bob))
        self.assertEqual(editor_view(self.request(self.erin)).content, b"ok")
        # An admin needs the second factor of this session (OTPMiddleware sets otp_device).
        unverified = admin_required(editor_view)(self.request(self.alice))
        self.assertEqual(unverified["Location"], "/account/otp/?next=/claims/1/edit/")
        self.alice.otp_device = TOTPDevice.objects.get(user=self.alice)
        self.assertEqual(admin_required(editor_view)(self.request(self.alice)).status_code, 200)
        with self.assertRaises(PermissionDenied):
            reviewer_required(editor_view)(self.request(self.charlie))
