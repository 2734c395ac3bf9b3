"""AUTH-3: sign-in, sign-out and lockout are recorded (who, address, user agent, UTC time), and the
secrets of the exchange (password, session key, CSRF token) never reach a log line or an audit row."""

from __future__ import annotations

import datetime as dt
import logging
import re

import time_machine
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.core import serializers
from django.test import Client, override_settings
from django.urls import reverse

from tests.base import PASSWORD, BaseTestCase

WRONG = "tr0ub4dor&3 is not the password"
UA = "audit-ua/1.0 (AUTH-3)"
IP = "192.0.2.10"
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)


class _Capture(logging.Handler):
    """Every record any logger emits, as the configured console formatter writes it, plus the raw
    record (message arguments and extras), so a secret passed as an argument is seen too."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.formatter_ = logging.Formatter(settings.LOGGING["formatters"]["plain"]["format"])
        self.records: list[logging.LogRecord] = []
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.lines.append(self.formatter_.format(record) + " " + repr(record.__dict__))


# The lockout does not depend on the hasher; a fast one keeps the dozen sign-ins cheap.
@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
class AuthEventLogTests(BaseTestCase):
    login = reverse("login")
    logout = reverse("logout")

    def setUp(self) -> None:
        super().setUp()
        self.capture = _Capture()
        root = logging.getLogger()
        self._root_level = root.level
        root.addHandler(self.capture)
        root.setLevel(logging.DEBUG)
        # Named loggers with their own level (django.db.backends) are opened up for the test too.
        self._levels = {}
        for name, logger in logging.root.manager.loggerDict.items():
            if isinstance(logger, logging.Logger) and logger.level > logging.DEBUG:
                self._levels[name] = logger.level
                logger.setLevel(logging.DEBUG)
        self.secrets: set[str] = {PASSWORD, WRONG}

    def tearDown(self) -> None:
        root = logging.getLogger()
        root.removeHandler(self.capture)
        root.setLevel(self._root_level)
        for name, level in self._levels.items():
            logging.getLogger(name).setLevel(level)
        super().tearDown()

    def client_(self, ip: str = IP) -> Client:
        return Client(enforce_csrf_checks=True, REMOTE_ADDR=ip, HTTP_USER_AGENT=UA)

    def token(self, client: Client) -> str:
        """The CSRF token as the page's form carries it; the cookie's value is a secret too."""
        page = client.get(self.login)
        token = CSRF_INPUT.search(page.content.decode()).group(1)
        self.keep(token, client.cookies[settings.CSRF_COOKIE_NAME].value)
        return token

    def keep(self, *values: str) -> None:
        self.secrets |= {v for v in values if v}  # a deleted cookie is ""

    def sign_in(self, client: Client, password: str) -> int:
        data = {"username": "bob", "password": password, "csrfmiddlewaretoken": self.token(client)}
        status = client.post(self.login, data).status_code
        for name in (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME):
            if name in client.cookies:  # both are rotated on sign-in
                self.keep(client.cookies[name].value)
        return status

    def lines_with(self, text: str) -> list[str]:
        return [line for line in self.capture.lines if text in line]

    def axes_rows(self) -> str:
        models = (AccessAttempt, AccessFailureLog, AccessLog)
        return serializers.serialize("json", [row for m in models for row in m.objects.all()])

    def assert_utc(self, value: dt.datetime, expected: dt.datetime) -> None:
        self.assertEqual(value.utcoffset(), dt.timedelta(0))
        self.assertEqual(value, expected)

    def test_sign_in_sign_out_and_lockout_are_recorded_without_secrets(self) -> None:
        client = self.client_()
        # Sign in and out.
        with time_machine.travel(T0, tick=False):
            self.assertEqual(self.sign_in(client, PASSWORD), 302)
        session_key = client.cookies[settings.SESSION_COOKIE_NAME].value
        self.assertTrue(session_key)
        with time_machine.travel(T0 + dt.timedelta(minutes=5), tick=False):
            csrf = client.cookies[settings.CSRF_COOKIE_NAME].value
            self.assertEqual(
                client.post(self.logout, {"csrfmiddlewaretoken": csrf}).status_code, 302
            )
        # Five wrong passwords: the fifth locks the account; the right one then gets the 429 too.
        failed_at = [T0 + dt.timedelta(minutes=10 + i) for i in range(5)]
        for i, when in enumerate(failed_at):
            with time_machine.travel(when, tick=False):
                self.assertEqual(self.sign_in(client, WRONG), 429 if i == 4 else 200)
        with time_machine.travel(T0 + dt.timedelta(minutes=16), tick=False):
            self.assertEqual(self.sign_in(client, PASSWORD), 429)
        rows = [self.axes_rows()]  # while the lockout's AccessAttempt row exists
        # After the cool-off a success resets the lockout counters...
        with time_machine.travel(T0 + dt.timedelta(minutes=40), tick=False):
            self.assertEqual(self.sign_in(self.client_(), PASSWORD), 302)
        self.assertFalse(AccessAttempt.objects.filter(username="bob").exists())

        # ...but not the failure history (AXES_ENABLE_ACCESS_FAILURE_LOG).
        failures = list(AccessFailureLog.objects.filter(username="bob").order_by("attempt_time"))
        self.assertEqual(len(failures), 5)
        for row, when in zip(failures, failed_at, strict=True):
            self.assertEqual((row.ip_address, row.user_agent), (IP, UA))
            self.assert_utc(row.attempt_time, when)
        self.assertEqual([row.locked_out for row in failures], [False] * 4 + [True])

        sessions = list(AccessLog.objects.filter(username="bob").order_by("attempt_time"))
        self.assertEqual(len(sessions), 2)
        first = sessions[0]
        self.assertEqual((first.ip_address, first.user_agent), (IP, UA))
        self.assert_utc(first.attempt_time, T0)
        self.assert_utc(first.logout_time, T0 + dt.timedelta(minutes=5))
        self.assertIsNone(sessions[1].logout_time)

        # The log has a line for each event, with the user agent, and the line's time (the
        # configured format) is the UTC time of the event. Axes masks the username and the address
        # in its lines (AXES_SENSITIVE_PARAMETERS); the rows above hold them.
        for event in ("Successful login by", "Successful logout by", "login failure by"):
            with self.subTest(event):
                lines = self.lines_with(event)
                self.assertTrue(lines, f"no log line for {event!r}")
                self.assertTrue(all(UA in x for x in lines), lines)
        locked = [r for r in self.capture.records if "Locking out" in r.getMessage()]
        self.assertEqual(len(locked), 1)
        self.assertIn(UA, locked[0].getMessage())
        self.assertEqual(locked[0].levelno, logging.WARNING)
        line = self.capture.formatter_.format(locked[0])
        self.assertTrue(line.startswith(failed_at[-1].strftime("%Y-%m-%d %H:%M:%S")), line)

        # No secret in any log line or in any of the audit rows.
        self.assertIn(session_key, self.secrets)
        self.assertGreaterEqual(len(self.secrets), 6)
        rows.append(self.axes_rows())
        rows = "\n".join(rows)
        self.assertIn(UA, rows)
        output = "\n".join(self.capture.lines)
        for secret in sorted(self.secrets):
            with self.subTest(secret=secret[:6]):
                self.assertEqual(output.count(secret), 0)
                self.assertEqual(rows.count(secret), 0)

    def test_attempts_keep_the_form_data_with_the_secrets_masked(self) -> None:
        client = self.client_()
        for _ in range(2):
            self.assertEqual(self.sign_in(client, WRONG), 200)
        post_data = AccessAttempt.objects.get(username="bob").post_data
        # The record says which fields came, not what the secret ones held.
        self.assertIn("csrfmiddlewaretoken=****", post_data)
        self.assertIn("password=****", post_data)
        for secret in self.secrets:
            self.assertNotIn(secret, post_data)
