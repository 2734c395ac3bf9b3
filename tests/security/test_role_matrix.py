"""AC-2: every URL x every role x GET/POST/PUT/PATCH/DELETE gives exactly the status in EXPECTED,
and every denial (a 403, a redirect to sign in) writes one log record.

Roles, in column order: anonymous, charlie (no role), bob (reviewer), erin (editor), alice (admin),
gone (a deactivated reviewer: Django's backend refuses inactive users, so they count as anonymous).
POSTs carry no data: the point is who gets past the permission check, not what the form does
(200 = the form came back with its errors, 422 = refused as invalid, 302 = Post/Redirect/Get).
Run with PRINT_MATRIX=1 to print the observed table in this format.
"""

from __future__ import annotations

import logging
import os

from django.urls import reverse

from tests.base import BaseTestCase, OTPClient
from tests.security.routes import Route, all_routes, build_world, sample_url, unsampled

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
ROLES = ("anonymous", "charlie", "bob", "erin", "alice", "gone")
ADMIN_ROLES = ("anonymous", "charlie", "alice")

# Reviewer pages: the roleless get 403, anonymous and deactivated users go to login.
REVIEWER_GET = "302 403 200 200 200 302"
EDITOR_GET = "302 403 403 200 200 302"
ADMIN_ONLY = "302 403 403 403 200 302"
ONLY_GET = "405 405 405 405 405 405"
ONLY_POST = "405 405 405 405 405 405"

EXPECTED: dict[str, dict[str, str]] = {
    "login": {"GET": "200 200 200 200 200 200", "POST": "200 200 200 200 200 200"},
    "logout": {"GET": ONLY_POST, "POST": "302 302 302 302 302 302"},
    # The second factor (AUTH-4): only admins and staff have one; alice passed it (OTPClient), so
    # the page sends her on and the enrolment QR code is gone (404).
    "otp-verify": {"GET": "302 403 403 403 302 302", "POST": "302 403 403 403 302 302"},
    "otp-qr": {"GET": "302 403 403 403 404 302", "POST": ONLY_GET},
    "set_language": {"GET": "302 302 302 302 302 302", "POST": "302 302 302 302 302 302"},
    "claims:queue": {"GET": REVIEWER_GET, "POST": ONLY_GET},
    # Bulk assign / final status: editors only; an invalid empty form redirects back to the queue.
    "claims:claim-bulk": {"GET": ONLY_POST, "POST": "302 403 403 302 302 302"},
    "claims:article-detail": {"GET": REVIEWER_GET, "POST": ONLY_GET},
    # The progress fragment answers htmx; a plain GET is sent to the article page.
    "claims:article-progress": {"GET": "302 403 302 302 302 302", "POST": ONLY_GET},
    "claims:claim-panel": {"GET": REVIEWER_GET, "POST": ONLY_GET},
    "claims:claim-verdict": {"GET": ONLY_POST, "POST": "302 403 200 200 200 302"},
    # Editor actions: a reviewer gets 403.
    "claims:claim-edit": {"GET": ONLY_POST, "POST": "302 403 403 200 200 302"},
    "claims:claim-final": {"GET": ONLY_POST, "POST": "302 403 403 200 200 302"},
    "claims:claim-history": {"GET": REVIEWER_GET, "POST": ONLY_GET},
    "claims:claim-evidence-search": {"GET": REVIEWER_GET, "POST": ONLY_GET},
    "claims:source-detail": {"GET": REVIEWER_GET, "POST": ONLY_GET},
    "claims:agreement": {"GET": EDITOR_GET, "POST": ONLY_GET},
    # Upload and batches: admins only (reviewers and editors get 403).
    "claims:upload": {"GET": ADMIN_ONLY, "POST": ADMIN_ONLY},
    "claims:batch-list": {"GET": ADMIN_ONLY, "POST": ONLY_GET},
    "claims:batch-detail": {"GET": ADMIN_ONLY, "POST": ONLY_GET},
    "claims:batch-progress": {"GET": ADMIN_ONLY, "POST": ONLY_GET},
}

# PUT, PATCH and DELETE: no view takes them, so 405 (the method decorators; LoginView and the
# admin are limited to GET/HEAD/POST: they used to run a PUT through the POST handler or render
# it as a GET), except where the login/role decorator answers first, and Django's set_language,
# which changes nothing on anything but a POST and just redirects back.
NOT_ALLOWED = "405 405 405 405 405 405"
UNSAFE_ROWS = {
    "claims:upload": "302 403 403 403 405 302",
    "set_language": "302 302 302 302 302 302",
}
UNSAFE = ("PUT", "PATCH", "DELETE")
for _key, _row in EXPECTED.items():
    _row.update(dict.fromkeys(UNSAFE, UNSAFE_ROWS.get(_key, NOT_ALLOWED)))

# The admin site has its own login: only staff get in (alice is staff, the others are not).
# Inside, Django's model permissions decide; alice holds none, so model pages are 403 for her.
ADMIN_LOGIN = "/admin/login/"


def admin_expected(route: Route, role: str, method: str, status: int, location: str) -> bool:
    if method in UNSAFE:
        return status == 405
    if route.name == "admin:login":
        return status in (200, 302)
    if route.name == "admin:logout" and role != "alice":
        # admin_view sends a non-staff user on the logout URL to the admin index (then to login).
        return status == 302 and location == "/admin/"
    if role != "alice":
        return status == 302 and location.startswith(ADMIN_LOGIN)
    return status in (200, 302, 403, 404, 405)


class RoleMatrixTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.world = build_world(reviewer=cls.bob)
        cls.users = {
            "anonymous": None,
            "charlie": cls.charlie,
            "bob": cls.bob,
            "erin": cls.erin,
            "alice": cls.alice,
            "gone": cls.world.gone,
        }

    def setUp(self) -> None:
        self.logins = (reverse("login"), reverse("admin:login"))
        self.records: list[logging.LogRecord] = []
        self.logged = {"403": 0, "login": 0}
        handler = logging.Handler(logging.DEBUG)
        handler.emit = self.records.append  # type: ignore[method-assign]
        for name in ("factcheck.access", "django.request"):
            logger = logging.getLogger(name)
            logger.addHandler(handler)
            self.addCleanup(logger.removeHandler, handler)
            previous = logger.level
            logger.setLevel(logging.DEBUG)
            self.addCleanup(logger.setLevel, previous)
        self.clients = {role: OTPClient(raise_request_exception=False) for role in ROLES}
        for role, client in self.clients.items():
            if self.users[role] is not None:
                client.force_login(self.users[role])

    def request(self, role: str, method: str, url: str) -> tuple[int, str]:
        client = self.clients[role]
        self.records.clear()
        response = getattr(client, method.lower())(url)
        status, location = response.status_code, response.get("Location", "")
        self.check_denial_logged(role, method, url, status, location)
        if self.users[role] is not None and "_auth_user_id" not in client.session:
            client.force_login(self.users[role])  # the logout URL logged this client out
        return status, location

    def check_denial_logged(
        self, role: str, method: str, url: str, status: int, location: str
    ) -> None:
        """AC-2: every denial writes a log record, and nothing else is logged as one."""
        access = [(r.levelno, r.getMessage()) for r in self.records if r.name == "factcheck.access"]
        request_warnings = [
            r for r in self.records if r.name == "django.request" and r.levelno == logging.WARNING
        ]
        user = self.users[role]
        cell = f"{method} {url} as {role}: {status} {location}"
        if status == 403:
            who = f"user {user.pk}" if user is not None and user.is_active else "anonymous"
            message = f"Denied {method} {url.split('?')[0]!r} to {who} (403)"
            self.assertEqual(access, [(logging.WARNING, message)], cell)
            self.assertEqual(len(request_warnings), 1, cell)
            self.logged["403"] += 1
        elif status == 302 and location.startswith(self.logins) and "next=" in location:
            # Sent to sign in (redirect_to_login, login_required, the admin's login): denied too.
            message = f"Login required for {method} {url.split('?')[0]!r} (302)"
            self.assertEqual(access, [(logging.INFO, message)], cell)
            self.logged["login"] += 1
        else:
            self.assertEqual(access, [], cell)

    def test_every_route_can_be_requested(self) -> None:
        routes = all_routes()
        self.assertEqual(unsampled(routes), [])
        names = {r.name for r in routes if not r.admin}
        self.assertEqual(names - set(EXPECTED), set(), "add these URLs to EXPECTED")
        self.assertEqual(set(EXPECTED) - names, set(), "these EXPECTED rows match no URL")

    def test_every_role_gets_the_expected_status_on_every_url(self) -> None:
        self.maxDiff = None
        mismatches, observed = [], {}
        for route in all_routes():
            url = sample_url(route, self.world)
            for method in METHODS:
                row = []
                # In the admin, bob, erin and gone are non-staff like charlie: one stands for all.
                for role in ADMIN_ROLES if route.admin else ROLES:
                    status, location = self.request(role, method, url)
                    row.append(str(status))
                    if route.admin:
                        ok = admin_expected(route, role, method, status, location)
                        if not ok:
                            mismatches.append(f"{method} {url} as {role}: {status} {location}")
                        continue
                observed.setdefault(route.key, {})[method] = " ".join(row)
                if not route.admin:
                    expected = EXPECTED.get(route.key, {}).get(method)
                    if expected != observed[route.key][method]:
                        mismatches.append(
                            f"{method} {url} ({route.key}): expected {expected}, got {observed[route.key][method]}"
                        )
        if os.environ.get("PRINT_MATRIX"):
            for key, row in observed.items():
                if not key.startswith(("admin:", "<unnamed")):
                    print(f'    "{key}": {row},')
        self.assertEqual(mismatches, [])
        # Both kinds of denial occurred and each had its record (counted in check_denial_logged).
        self.assertGreater(self.logged["403"], 50)
        self.assertGreater(self.logged["login"], 50)
        if os.environ.get("PRINT_MATRIX"):
            print(self.logged)
