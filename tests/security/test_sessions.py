"""AUTH-1 password policy and storage; SES-1 cookies; SES-2 new keys; SES-3 logout kills the session;
SES-4 ages; SES-5 revocation."""

from __future__ import annotations

import datetime as dt

import time_machine
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, Verdict
from tests.base import PASSWORD, BaseTestCase, OTPClient
from tests.factories import make_claim, make_source


def anonymous_session() -> tuple[Client, str]:
    """A client holding a saved session from before sign-in, and that session's key."""
    client = Client()
    client.get(reverse("login"))
    session = client.session
    session["probe"] = 1
    session.save()
    client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
    return client, session.session_key


class PasswordPolicyTests(BaseTestCase):
    def rejected(self, password: str, user: User | None = None) -> bool:
        try:
            validate_password(password, user)
        except ValidationError:
            return True
        return False

    def test_it_rejects_short_common_and_username_like_passwords(self) -> None:
        user = User(username="rosalindfranklin", email="rosalind@example.org")
        self.assertTrue(self.rejected("abcdefghijk"))  # 11 characters
        self.assertTrue(self.rejected("password1234"))  # on the common list
        self.assertTrue(self.rejected("rosalindfranklin1", user))

    def test_it_accepts_a_long_passphrase_with_emoji_and_uses_all_of_it(self) -> None:
        passphrase = ("horse battery 🐎 staple ぬ " * 4)[:63] + "Z"
        self.assertEqual(len(passphrase), 64)
        self.assertFalse(self.rejected(passphrase))
        user = User.objects.create_user("longpass", password=passphrase)
        self.assertTrue(user.password.startswith(("pbkdf2_sha256$1000000$", "argon2")))
        login = reverse("login")
        wrong = Client().post(login, {"username": "longpass", "password": passphrase[:63] + "Y"})
        self.assertEqual(
            wrong.status_code, 200
        )  # the form again: a truncating hasher would let it in
        right = Client().post(login, {"username": "longpass", "password": passphrase})
        self.assertRedirects(right, reverse("claims:queue"), fetch_redirect_response=False)

    def test_there_are_no_composition_rules(self) -> None:
        self.assertFalse(self.rejected("all lower case words here"))


@override_settings(
    SESSION_COOKIE_SECURE=True,
    CSRF_COOKIE_SECURE=True,
    SESSION_COOKIE_NAME="__Host-sessionid",
    CSRF_COOKIE_NAME="__Host-csrftoken",
)
class CookieTests(BaseTestCase):
    def test_login_sets_host_prefixed_secure_httponly_lax_cookies(self) -> None:
        client = Client()
        client.get(reverse("login"), secure=True)
        csrf = client.cookies["__Host-csrftoken"]
        self.assertTrue(csrf["secure"])
        self.assertEqual(csrf["samesite"], "Lax")
        response = client.post(
            reverse("login"), {"username": "bob", "password": PASSWORD}, secure=True
        )
        self.assertEqual(response.status_code, 302)
        self.assertNotIn("sessionid", response["Location"])
        session = response.cookies["__Host-sessionid"]
        self.assertTrue(session["secure"])
        self.assertTrue(session["httponly"])
        self.assertEqual(session["samesite"], "Lax")
        self.assertEqual(session["path"], "/")
        self.assertEqual(session["domain"], "")


class LogoutTests(BaseTestCase):
    def test_logout_deletes_the_server_session_so_a_copied_cookie_is_dead(self) -> None:
        client = Client()
        client.post(reverse("login"), {"username": "bob", "password": PASSWORD})
        key = client.cookies[settings.SESSION_COOKIE_NAME].value
        self.assertEqual(client.get("/").status_code, 200)
        client.post(reverse("logout"))
        self.assertFalse(Session.objects.filter(session_key=key).exists())
        replay = Client()
        replay.cookies[settings.SESSION_COOKIE_NAME] = key
        response = replay.get("/")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(reverse("login")))
        htmx = replay.get("/", headers={"HX-Request": "true"})
        self.assertTrue(htmx["HX-Redirect"].startswith(reverse("login")))

    def test_login_rotates_the_session_key(self) -> None:
        client, before = anonymous_session()
        client.post(reverse("login"), {"username": "bob", "password": PASSWORD})
        self.assertNotEqual(client.cookies[settings.SESSION_COOKIE_NAME].value, before)
        self.assertFalse(Session.objects.filter(session_key=before).exists())

    def test_sessions_expire_after_thirty_idle_minutes(self) -> None:
        self.assertEqual(settings.SESSION_COOKIE_AGE, 1800)
        self.assertTrue(settings.SESSION_SAVE_EVERY_REQUEST)


class PrivilegeRotationTests(BaseTestCase):
    """SES-2: a new session key at sign-in and at every change of roles, staff or superuser."""

    def key(self, client: Client) -> str:
        return client.cookies[settings.SESSION_COOKIE_NAME].value

    def assertDead(self, key: str) -> None:
        self.assertFalse(Session.objects.filter(session_key=key).exists())
        replay = Client()
        replay.cookies[settings.SESSION_COOKIE_NAME] = key
        response = replay.get("/")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(reverse("login")))

    def test_keys_before_login_after_login_and_after_promotion_differ_and_old_ones_die(
        self,
    ) -> None:
        client, before_login = anonymous_session()
        client.post(reverse("login"), {"username": "bob", "password": PASSWORD})
        after_login = self.key(client)
        for _ in range(2):  # no change, no rotation
            self.assertEqual(client.get("/").status_code, 200)
            self.assertEqual(self.key(client), after_login)
        self.bob.groups.add(Group.objects.get(name="admin"))
        self.assertEqual(client.get("/").status_code, 200)
        after_promotion = self.key(client)
        self.assertEqual(len({before_login, after_login, after_promotion}), 3)
        self.assertDead(before_login)
        self.assertDead(after_login)
        self.assertTrue(Session.objects.filter(session_key=after_promotion).exists())
        self.assertEqual(client.get("/").status_code, 200)
        self.assertEqual(self.key(client), after_promotion)

    def test_demotion_and_the_staff_and_superuser_flags_rotate_the_key_too(self) -> None:
        client = Client()
        client.force_login(self.erin)
        self.assertEqual(client.get("/").status_code, 200)
        changes = [
            lambda: self.erin.groups.remove(Group.objects.get(name="editor")),
            lambda: User.objects.filter(pk=self.erin.pk).update(is_staff=True),
            lambda: User.objects.filter(pk=self.erin.pk).update(is_superuser=True),
            lambda: User.objects.filter(pk=self.erin.pk).update(is_superuser=False),
        ]
        for change in changes:
            old = self.key(client)
            change()
            client.get("/")
            self.assertNotEqual(self.key(client), old)
            self.assertDead(old)


class RevocationTests(BaseTestCase):
    """SES-5: a password change, a deactivation and a demotion act on the very next request of a
    session that is already open (roles are read per request; the session carries the password hash)."""

    def signed_in(self, user: User) -> OTPClient:
        client = OTPClient()
        client.force_login(user)
        self.assertEqual(client.get("/").status_code, 200)
        return client

    def assertSentToLogin(self, response: HttpResponse) -> None:
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(reverse("login")))

    def test_a_password_change_ends_the_other_session_and_keeps_the_one_it_was_made_in(
        self,
    ) -> None:
        a, b = self.signed_in(self.alice), self.signed_in(self.alice)
        b_key = b.cookies[settings.SESSION_COOKIE_NAME].value
        new = "a different passphrase for alice 77"
        response = a.post(
            reverse("admin:password_change"),
            {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
        )
        self.assertRedirects(
            response, reverse("admin:password_change_done"), fetch_redirect_response=False
        )
        self.alice.refresh_from_db()
        self.assertTrue(self.alice.check_password(new))
        self.assertEqual(a.get("/").status_code, 200)
        self.assertEqual(a.get(reverse("claims:upload")).status_code, 200)
        self.assertSentToLogin(b.get("/"))
        self.assertSentToLogin(b.get(reverse("claims:upload")))
        self.assertFalse(Session.objects.filter(session_key=b_key).exists())

    def test_a_deactivated_user_is_signed_out_on_the_next_request(self) -> None:
        client = self.signed_in(self.bob)
        claim = make_claim(source=make_source())
        User.objects.filter(pk=self.bob.pk).update(is_active=False)
        self.assertSentToLogin(client.get("/"))
        self.assertSentToLogin(client.get(reverse("claims:claim-panel", args=[claim.pk])))
        verdict = client.post(
            reverse("claims:claim-verdict", args=[claim.pk]),
            {"value": "unverifiable", "reason": "other", "note": "x"},
        )
        self.assertSentToLogin(verdict)
        self.assertFalse(Verdict.objects.exists())

    def test_a_demoted_editor_is_refused_an_editor_action_on_the_next_request(self) -> None:
        client = self.signed_in(self.erin)
        claim = make_claim(source=make_source())
        url = reverse("claims:claim-final", args=[claim.pk])
        allowed = client.post(url, {"status": "disputed", "note": "two sources disagree"})
        self.assertEqual(allowed.status_code, 302)
        self.assertEqual(Claim.objects.get(pk=claim.pk).final_status, "disputed")
        self.erin.groups.remove(Group.objects.get(name="editor"))
        refused = client.post(url, {"status": "corroborated", "note": "changed my mind"})
        self.assertEqual(refused.status_code, 403)
        self.assertEqual(Claim.objects.get(pk=claim.pk).final_status, "disputed")
        self.assertEqual(client.get("/").status_code, 200)  # still a reviewer

    def test_a_demoted_admin_is_refused_the_admin_pages_on_the_next_request(self) -> None:
        client = self.signed_in(self.alice)
        self.assertEqual(client.get(reverse("claims:upload")).status_code, 200)
        self.assertEqual(client.get("/admin/").status_code, 200)
        self.alice.groups.remove(Group.objects.get(name="admin"))
        User.objects.filter(pk=self.alice.pk).update(is_staff=False)
        self.assertEqual(client.get(reverse("claims:upload")).status_code, 403)
        self.assertEqual(client.post(reverse("claims:upload")).status_code, 403)
        admin_index = client.get("/admin/")
        self.assertEqual(admin_index.status_code, 302)
        self.assertTrue(admin_index["Location"].startswith(reverse("admin:login")))


class SessionAgeTests(BaseTestCase):
    def visit_at(self, client: Client, when: dt.datetime) -> int:
        with time_machine.travel(when, tick=False):
            return client.get(reverse("claims:agreement")).status_code

    def signed_in_client(self, when: dt.datetime) -> Client:
        client = Client()
        with time_machine.travel(when, tick=False):
            client.force_login(self.erin)
        return client

    def test_a_session_survives_29_idle_minutes_but_not_31(self) -> None:
        start = timezone.now()
        client = self.signed_in_client(start)
        self.assertEqual(self.visit_at(client, start + dt.timedelta(minutes=29)), 200)
        later = start + dt.timedelta(minutes=29 + 31)
        self.assertEqual(self.visit_at(client, later), 302)

    def test_a_busy_session_still_ends_twelve_hours_after_sign_in(self) -> None:
        start = timezone.now()
        client = self.signed_in_client(start)
        for minutes in range(5, 12 * 60 + 1, 5):
            self.assertEqual(self.visit_at(client, start + dt.timedelta(minutes=minutes)), 200)
        self.assertEqual(self.visit_at(client, start + dt.timedelta(hours=12, minutes=1)), 302)
