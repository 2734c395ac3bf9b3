"""AC-1: an anonymous visitor gets a redirect to login (or 403/405) on every URL but a short allowlist."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from tests.base import BaseTestCase, OTPClient
from tests.security.routes import all_routes, build_world, sample_url, unsampled

# Public on purpose: the login pages themselves, and the language switch (it only sets a cookie and
# redirects back; the next page still asks for login).
PUBLIC = {"login", "admin:login", "set_language"}


class AnonymousAccessTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.world = build_world(reviewer=cls.bob)

    def login_urls(self) -> tuple[str, ...]:
        return (reverse(settings.LOGIN_URL), reverse("admin:login"), reverse("admin:index"))

    def test_every_route_is_named_and_sampled(self) -> None:
        self.assertEqual(unsampled(all_routes()), [])

    def test_anonymous_users_reach_nothing_but_the_login_page(self) -> None:
        client = OTPClient(raise_request_exception=False)
        leaks = []
        for route in all_routes():
            if route.key in PUBLIC:
                continue
            url = sample_url(route, self.world)
            checked = False
            for method in ("get", "post", "put", "patch", "delete"):
                response = getattr(client, method)(url)
                status, location = response.status_code, response.get("Location", "")
                if status == 302 and location.startswith(self.login_urls()) or status == 403:
                    checked = True
                elif status != 405:
                    leaks.append(f"{method.upper()} {url}: {status} {location}")
            if not checked:
                leaks.append(f"{url}: no method reached the login check")
        self.assertEqual(leaks, [])

    def test_anonymous_htmx_requests_are_sent_to_login_as_a_whole_page(self) -> None:
        # SES-6: a fragment request must not get the login page swapped into the fragment.
        client = OTPClient(raise_request_exception=False)
        page = reverse("claims:article-detail", kwargs={"pk": self.world.article.pk})
        problems = []
        for route in all_routes():
            if route.admin or route.key in PUBLIC or route.key == "logout":
                continue
            url = sample_url(route, self.world)
            for method in ("get", "post"):
                response = getattr(client, method)(
                    url,
                    headers={"HX-Request": "true", "HX-Current-URL": f"http://testserver{page}"},
                )
                if response.status_code in (403, 405):
                    continue
                target = response.get("HX-Redirect", "")
                if response.status_code == 302 or not target.startswith(reverse("login")):
                    problems.append(f"{method.upper()} {url}: {response.status_code} {target}")
        self.assertEqual(problems, [])

    def test_the_public_pages_are_what_we_think(self) -> None:
        client = OTPClient()
        self.assertEqual(client.get(reverse("login")).status_code, 200)
        response = client.post(reverse("set_language"), {"language": "ar", "next": "/"})
        self.assertEqual((response.status_code, response["Location"]), (302, "/"))
        self.assertEqual(client.get("/").status_code, 302)
