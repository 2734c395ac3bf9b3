"""AUTH-4: admins and staff pass a one-time password (TOTP) per session before admin pages.

Signs in through the real login page (no force_login shortcut) and computes codes from the device's
key with django-otp's own TOTP, as an authenticator app would.
"""

from __future__ import annotations

import io
import logging

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.base import PASSWORD, BaseTestCase, make_user

UPLOAD = reverse("claims:upload")
VERIFY = reverse("otp-verify")


def code(device: TOTPDevice, offset: int = 0) -> str:
    token = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset)
    return str(token).zfill(device.digits)


class SecondFactorTests(BaseTestCase):
    def setUp(self) -> None:
        self.dave = make_user("dave", "admin", is_staff=True)
        TOTPDevice.objects.filter(user=self.dave).delete()  # dave never enrolled
        self.web = Client()
        response = self.web.post(reverse("login"), {"username": "dave", "password": PASSWORD})
        self.assertEqual(response.status_code, 302)

    def test_an_admin_without_the_second_factor_is_sent_to_it_and_cannot_upload(self) -> None:
        response = self.web.get(UPLOAD)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], f"{VERIFY}?next={UPLOAD}")
        self.assertEqual(self.web.post(UPLOAD).status_code, 403)
        admin_index = self.web.get("/admin/")
        self.assertEqual(admin_index.status_code, 302)
        self.assertTrue(self.web.get(admin_index["Location"])["Location"].startswith(VERIFY))

    def test_enrolling_shows_a_qr_code_and_the_first_right_code_confirms_the_device(self) -> None:
        page = self.web.get(f"{VERIFY}?next={UPLOAD}")
        self.assertContains(page, reverse("otp-qr"))
        device = TOTPDevice.objects.get(user=self.dave)
        self.assertFalse(device.confirmed)
        qr = self.web.get(reverse("otp-qr"))
        self.assertEqual(qr["Content-Type"], "image/svg+xml")
        self.assertIn(b"<svg", qr.content)

        wrong = self.web.post(VERIFY, {"token": str((int(code(device)) + 1) % 10**6).zfill(6)})
        self.assertContains(wrong, "wrong or has expired", status_code=400)
        self.assertEqual(self.web.get(UPLOAD).status_code, 302)

        device.refresh_from_db()
        device.throttling_failure_count = 0  # the failure above locked the device for a second
        device.throttling_failure_timestamp = None
        device.save()
        right = self.web.post(VERIFY, {"token": code(device), "next": UPLOAD})
        self.assertEqual((right.status_code, right["Location"]), (302, UPLOAD))
        device.refresh_from_db()
        self.assertTrue(device.confirmed)
        self.assertEqual(self.web.get(UPLOAD).status_code, 200)
        self.assertEqual(self.web.get("/admin/").status_code, 200)
        self.assertEqual(self.web.get(reverse("otp-qr")).status_code, 404)

    def test_an_enrolled_admin_is_asked_for_a_code_each_new_session(self) -> None:
        device = TOTPDevice.objects.create(user=self.dave, name="phone", confirmed=True)
        page = self.web.get(VERIFY)
        self.assertNotContains(page, reverse("otp-qr"))
        self.assertEqual(self.web.post(VERIFY, {"token": code(device)}).status_code, 302)
        self.assertEqual(self.web.get(UPLOAD).status_code, 200)
        self.web.post(reverse("logout"))
        again = Client()
        again.post(reverse("login"), {"username": "dave", "password": PASSWORD})
        self.assertEqual(again.get(UPLOAD).status_code, 302)

    def test_passing_the_second_factor_gives_a_new_session_key_and_kills_the_old_one(self) -> None:
        # SES-2: the key from before the code (fixed or stolen) must not become a verified session.
        device = TOTPDevice.objects.create(user=self.dave, name="phone", confirmed=True)
        self.assertEqual(self.web.get(UPLOAD).status_code, 302)
        before = self.web.cookies[settings.SESSION_COOKIE_NAME].value
        response = self.web.post(VERIFY, {"token": code(device), "next": UPLOAD})
        self.assertEqual((response.status_code, response["Location"]), (302, UPLOAD))
        after = response.cookies[settings.SESSION_COOKIE_NAME].value
        self.assertNotEqual(after, before)
        self.assertFalse(Session.objects.filter(session_key=before).exists())
        self.assertEqual(self.web.get(UPLOAD).status_code, 200)
        replay = Client()
        replay.cookies[settings.SESSION_COOKIE_NAME] = before
        refused = replay.get(UPLOAD)
        self.assertEqual(refused.status_code, 302)
        self.assertTrue(refused["Location"].startswith(reverse("login")))
        self.assertEqual(replay.get(reverse("claims:queue")).status_code, 302)

    def test_wrong_codes_lock_the_device_for_a_while(self) -> None:
        device = TOTPDevice.objects.create(user=self.dave, name="phone", confirmed=True)
        self.web.post(VERIFY, {"token": str((int(code(device)) + 1) % 10**6).zfill(6)})
        # Right after a failure even the right code is refused: guessing is throttled.
        refused = self.web.post(VERIFY, {"token": code(device)})
        self.assertContains(refused, "Too many wrong codes", status_code=400)
        self.assertEqual(self.web.get(UPLOAD).status_code, 302)

    def test_the_next_address_never_leaves_the_site(self) -> None:
        device = TOTPDevice.objects.create(user=self.dave, name="phone", confirmed=True)
        response = self.web.post(VERIFY, {"token": code(device), "next": "https://evil.example/"})
        self.assertEqual(response["Location"], UPLOAD)

    def test_malformed_codes_get_a_clear_message(self) -> None:
        TOTPDevice.objects.create(user=self.dave, name="phone", confirmed=True)
        for token in ("", "12345", "abcdef", "1234567", "١٢٣٤٥٦x"):
            response = self.web.post(VERIFY, {"token": token})
            self.assertEqual(response.status_code, 200, token)
            self.assertEqual(self.web.get(UPLOAD).status_code, 302)

    def test_failures_are_logged_without_the_code(self) -> None:
        device = TOTPDevice.objects.create(user=self.dave, name="phone", confirmed=True)
        wrong = str((int(code(device)) + 1) % 10**6).zfill(6)
        with self.assertLogs("factcheck.auth", level=logging.INFO) as logs:
            self.web.post(VERIFY, {"token": wrong})
        self.assertIn(f"user={self.dave.pk}", logs.output[0])
        self.assertNotIn(wrong, "\n".join(logs.output))

    def test_reviewers_and_editors_have_no_second_factor_to_give(self) -> None:
        for user in (self.bob, self.erin):
            client = Client()
            client.force_login(user)
            self.assertEqual(client.get(VERIFY).status_code, 403)
            self.assertEqual(client.get(reverse("claims:queue")).status_code, 200)

    @override_settings(ADMIN_REQUIRE_OTP=False)
    def test_the_requirement_can_be_turned_off(self) -> None:
        self.assertEqual(self.web.get(UPLOAD).status_code, 200)


class OtpDeviceCommandTests(BaseTestCase):
    def test_it_prints_the_current_code_resets_and_refuses_unknown_users(self) -> None:
        out = io.StringIO()
        call_command("otp_device", "alice", stdout=out)
        self.assertEqual(out.getvalue().strip(), "alice: enrolled")
        device = TOTPDevice.objects.get(user=self.alice)
        out = io.StringIO()
        call_command("otp_device", "alice", "--code", stdout=out)
        self.assertIn(out.getvalue().strip(), {code(device), code(device, -1), code(device, 1)})
        call_command("otp_device", "alice", "--reset", stdout=io.StringIO())
        self.assertFalse(TOTPDevice.objects.filter(user=self.alice).exists())
        with self.assertRaisesMessage(CommandError, "has no device yet"):
            call_command("otp_device", "alice", "--code", stdout=io.StringIO())
        with self.assertRaisesMessage(CommandError, "No user 'nobody'"):
            call_command("otp_device", "nobody")
