"""AUTH-2: brute-force lockout with django-axes."""

from __future__ import annotations

import datetime as dt

import time_machine
from axes.models import AccessAttempt
from django.core.checks import run_checks
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse
from django.utils import timezone

from factcheck.middleware import client_ip
from tests.base import PASSWORD, BaseTestCase
from tests.security.test_headers import header_problems

WRONG = "not the password at all"


# The lockout does not depend on the hasher; a fast one keeps a dozen logins from costing seconds.
@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
class LockoutTests(BaseTestCase):
    login = reverse("login")

    def attempt(self, password: str, ip: str = "10.0.0.1", **headers: str) -> int:
        client = Client(REMOTE_ADDR=ip)
        response = client.post(
            self.login, {"username": "bob", "password": password}, headers=headers
        )
        return response.status_code

    def test_the_sixth_attempt_is_refused_even_with_the_right_password(self) -> None:
        # The fifth failure locks: its own answer is already the 429 page.
        self.assertEqual([self.attempt(WRONG) for _ in range(5)], [200] * 4 + [429])
        self.assertEqual(self.attempt(PASSWORD), 429)

    def test_the_lockout_page_explains_itself_and_carries_the_security_headers(self) -> None:
        for _ in range(5):
            self.attempt(WRONG)
        response = Client(REMOTE_ADDR="10.0.0.1").post(
            self.login, {"username": "bob", "password": PASSWORD}, secure=True
        )
        self.assertContains(response, "Too many failed sign-ins", status_code=429)
        self.assertEqual(header_problems(response), [])

    def test_the_lockout_ends_after_the_cool_off(self) -> None:
        start = timezone.now()
        with time_machine.travel(start, tick=False):
            for _ in range(5):
                self.attempt(WRONG)
            self.assertEqual(self.attempt(PASSWORD), 429)
        with time_machine.travel(start + dt.timedelta(minutes=14), tick=False):
            self.assertEqual(self.attempt(PASSWORD), 429)
        with time_machine.travel(start + dt.timedelta(minutes=16), tick=False):
            self.assertEqual(self.attempt(PASSWORD), 302)

    def test_a_forged_forwarded_for_header_does_not_reset_the_count(self) -> None:
        # One client (REMOTE_ADDR 10.0.0.1) sends a new X-Forwarded-For with every guess. Without
        # proxies the header is ignored: every attempt is counted against 10.0.0.1, in one row.
        for i in range(5):
            self.attempt(WRONG, "10.0.0.1", **{"X-Forwarded-For": f"203.0.113.{i}"})
        attempts = AccessAttempt.objects.filter(username="bob")
        self.assertEqual(set(attempts.values_list("ip_address", flat=True)), {"10.0.0.1"})
        self.assertEqual(attempts.get().failures_since_start, 5)
        self.assertEqual(
            self.attempt(PASSWORD, "10.0.0.1", **{"X-Forwarded-For": "198.51.100.7"}), 429
        )

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_behind_a_proxy_only_the_address_it_appends_counts(self) -> None:
        # The proxy (REMOTE_ADDR 10.9.9.9) appends the real client, 192.0.2.7, to whatever the
        # client sent: the forged entries on the left never become the lockout's address.
        for i in range(5):
            forged = f"203.0.113.{i}, 192.0.2.7"
            self.attempt(WRONG, "10.9.9.9", **{"X-Forwarded-For": forged})
        attempts = AccessAttempt.objects.filter(username="bob")
        self.assertEqual(set(attempts.values_list("ip_address", flat=True)), {"192.0.2.7"})
        self.assertEqual(attempts.get().failures_since_start, 5)

    def test_the_account_is_locked_whatever_address_the_guesses_come_from(self) -> None:
        # Username-only lockout: 5 guesses per 15 minutes, so at most 20 per hour per account.
        for i in range(5):
            self.attempt(WRONG, ip=f"10.1.0.{i}")
        self.assertEqual(self.attempt(PASSWORD, ip="10.2.0.1"), 429)
        self.assertEqual(
            Client(REMOTE_ADDR="10.2.0.1")
            .post(self.login, {"username": "erin", "password": PASSWORD})
            .status_code,
            302,
            "other accounts are not affected",
        )

    def test_a_success_resets_the_count(self) -> None:
        for _ in range(4):
            self.attempt(WRONG)
        self.assertEqual(self.attempt(PASSWORD), 302)
        for _ in range(4):
            self.attempt(WRONG)
        self.assertEqual(self.attempt(PASSWORD), 302)

    def test_axes_system_checks_are_clean(self) -> None:
        self.assertEqual([m.id for m in run_checks() if m.id.startswith("axes.")], [])


class ClientAddressTests(BaseTestCase):
    def request(self, xff: str):
        return RequestFactory().get("/", REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR=xff)

    def test_without_proxies_the_header_is_ignored(self) -> None:
        self.assertEqual(client_ip(self.request("1.2.3.4")), "10.0.0.9")

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_behind_one_proxy_the_rightmost_hop_is_the_client(self) -> None:
        self.assertEqual(client_ip(self.request("6.6.6.6, 1.2.3.4")), "1.2.3.4")
        self.assertEqual(client_ip(self.request("")), "10.0.0.9")
