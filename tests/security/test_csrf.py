"""CSRF-1: every unsafe method on every URL needs a token. CSRF-2: GET never writes."""

from __future__ import annotations

import re

from django.conf import settings
from django.db import connection
from django.middleware.csrf import _get_new_csrf_string
from django.test.utils import CaptureQueriesContext

from tests.base import BaseTestCase, OTPClient, make_user
from tests.security.routes import all_routes, build_world, sample_url

UNSAFE = ("post", "put", "patch", "delete")
WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.I)
# Session bookkeeping on every request (SESSION_SAVE_EVERY_REQUEST) is the one write GET may do.
ALLOWED_WRITES = re.compile(r'^\s*(INSERT INTO|UPDATE|DELETE FROM) "django_session"', re.I)


class CsrfTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.world = build_world(reviewer=cls.bob)
        # A superuser passes every role and admin check, so "not 403" with a token means CSRF passed.
        cls.root = make_user("root", "admin", is_staff=True, is_superuser=True)

    def client_for(self, user) -> OTPClient:
        client = OTPClient(enforce_csrf_checks=True, raise_request_exception=False)
        client.force_login(user)
        return client

    def test_unsafe_methods_without_a_token_are_refused_everywhere(self) -> None:
        accepted = []
        client = self.client_for(self.bob)
        for route in all_routes():
            url = sample_url(route, self.world)
            for method in UNSAFE:
                with self.assertLogs("django.security.csrf", "WARNING"):
                    response = getattr(client, method)(url)
                if response.status_code != 403:
                    accepted.append(f"{method.upper()} {url}: {response.status_code}")
        self.assertEqual(accepted, [])

    def test_the_same_requests_with_a_token_get_past_the_csrf_check(self) -> None:
        refused, passed = [], 0
        client = self.client_for(self.root)
        for route in all_routes():
            url = sample_url(route, self.world)
            # Admin views treat every unsafe method alike; POST stands for them (it keeps this fast).
            for method in ("post",) if route.admin else UNSAFE:
                token = _get_new_csrf_string()
                client.cookies[settings.CSRF_COOKIE_NAME] = token
                # A 403 may still be a permission refusal (e.g. axes' read-only admin); only one that
                # the CSRF middleware logged counts as a refused token.
                try:
                    with self.assertNoLogs("django.security.csrf", "WARNING"):
                        response = getattr(client, method)(url, headers={"X-CSRFToken": token})
                except AssertionError:
                    refused.append(f"{method.upper()} {url}")
                    continue
                passed += response.status_code != 403
                if "_auth_user_id" not in client.session:
                    client.force_login(self.root)  # the logout URL ended the session
        self.assertEqual(refused, [])
        self.assertGreater(passed, 50, "most requests with a token get a real answer")

    def test_a_token_from_another_origin_is_refused_over_https(self) -> None:
        # CSRF-3: a valid token is not enough when the browser says the request came from elsewhere.
        client = self.client_for(self.bob)
        token = _get_new_csrf_string()
        client.cookies[settings.CSRF_COOKIE_NAME] = token
        url = sample_url(
            next(r for r in all_routes() if r.key == "claims:claim-verdict"), self.world
        )
        with self.assertLogs("django.security.csrf", "WARNING") as logs:
            response = client.post(
                url, headers={"X-CSRFToken": token, "Origin": "https://evil.example"}, secure=True
            )
        self.assertEqual(response.status_code, 403)
        self.assertIn("Origin checking failed", logs.output[0])
        self.assertFalse(any("*" in origin for origin in settings.CSRF_TRUSTED_ORIGINS))

    def test_get_writes_nothing_on_any_url_for_any_role(self) -> None:
        writes, reads = [], 0
        for user in (self.bob, self.erin, self.alice):
            client = OTPClient(raise_request_exception=False)
            client.force_login(user)
            for route in all_routes():
                if route.admin and user != self.alice:
                    continue  # non-staff only get the admin's redirect to its login
                url = sample_url(route, self.world)
                for headers in ({}, {"HX-Request": "true"}):
                    with CaptureQueriesContext(connection) as queries:
                        client.get(url, headers=headers)
                    reads += len(queries)
                    writes += [
                        f"{user} GET {url} {headers}: {q['sql'][:120]}"
                        for q in queries.captured_queries
                        if WRITE.match(q["sql"]) and not ALLOWED_WRITES.match(q["sql"])
                    ]
        self.assertGreater(reads, 0, "the capture saw the requests' queries")
        self.assertEqual(writes, [])
