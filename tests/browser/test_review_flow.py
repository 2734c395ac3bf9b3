"""The review workbench in real Chromium (Debian's, through Playwright): keyboard-only review of the
demo article, two reviewers disagreeing, the Arabic right-to-left interface, screenshots of each page.

Screenshots go to test-artifacts/ (gitignored).
"""

from __future__ import annotations

import io
import os
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest
from django.core.management import call_command
from django.urls import reverse

from claims.models import Article, Claim, ClaimEvent, Verdict
from claims.views.review import FORM_STEPS
from tests.base import PASSWORD, make_user
from tests.browser.base import ARTIFACTS, BrowserTestCase
from tests.factories import ensure_roles

OBSERVATORY = "sohr"
ROOM = "repel-the-invaders-room"
FACTION = "abu-al-majd-al-homsi"
SELECTED = (
    "(document.querySelector('.claim-mark.is-selected') || {dataset: {}}).dataset.claim || null"
)


@pytest.mark.browser
class ReviewFlowBrowserTests(BrowserTestCase):
    def _fixture_teardown(self) -> None:
        super()._fixture_teardown()
        ensure_roles()

    def setUp(self) -> None:
        ensure_roles()
        os.environ["DEMO_PASSWORD"] = PASSWORD
        self.addCleanup(os.environ.pop, "DEMO_PASSWORD", None)
        # The demo article through the real ingestion and extraction path.
        call_command("load_demo", stdout=io.StringIO())
        self.article = Article.objects.get(status=Article.Status.DONE)
        claims = Claim.objects.filter(article=self.article).prefetch_related("attributions__source")
        self.observatory_claim = next(
            c
            for c in claims.order_by("start")
            if [a.source.slug for a in c.attributions.order_by("position")][:1] == [OBSERVATORY]
        )
        self.room_claim = next(
            c
            for c in claims.order_by("start")
            if [a.source.slug for a in c.attributions.order_by("position")] == [ROOM]
        )
        self.faction_claim = next(
            c
            for c in claims.order_by("start")
            if [a.source.slug for a in c.attributions.order_by("position")] == [FACTION]
        )
        self.dana = make_user("dana", "reviewer")
        self.csp_errors: list[str] = []
        self.posts: list[Any] = []  # every POST request any page of this test sent

    # -- helpers -------------------------------------------------------------------------------

    def new_page(self, language: str = "en") -> Any:
        context = self.browser.new_context(viewport={"width": 1360, "height": 900}, locale=language)
        context.add_cookies(
            [{"name": "django_language", "value": language, "url": self.live_server_url}]
        )
        page = context.new_page()
        page.on(
            "console",
            lambda msg: (
                self.csp_errors.append(msg.text)
                if "Content Security Policy" in msg.text or "Refused to" in msg.text
                else None
            ),
        )
        page.on("request", lambda r: self.posts.append(r) if r.method == "POST" else None)
        return page

    def htmx_posts(self) -> list[Any]:
        return [r for r in self.posts if r.headers.get("hx-request") == "true"]

    def replay(self, page: Any, request: Any, *, header: bool) -> Any:
        """`request` sent again with this page's cookies (the session), minus its form token, and
        with its x-csrftoken header only if `header`."""
        form = [(k, v) for k, v in parse_qsl(request.post_data) if k != "csrfmiddlewaretoken"]
        headers = {"Content-Type": "application/x-www-form-urlencoded", "HX-Request": "true"}
        if header:
            headers["X-CSRFToken"] = request.headers["x-csrftoken"]
        return page.request.post(request.url, headers=headers, data=urlencode(form))

    def assert_refused_by_csrf(self, response: Any) -> None:
        self.assertEqual(response.status, 403)
        self.assertIn("CSRF verification failed", response.text())

    def login(self, page: Any, username: str) -> None:
        page.goto(self.live_server_url + reverse("login"))
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", PASSWORD)
        page.press("input[name=password]", "Enter")
        page.wait_for_url(self.live_server_url + "/")

    def open_claim_with_j(self, page: Any, claim: Claim) -> None:
        """Press j until the panel shows `claim` (marks are in text order)."""
        for _ in range(Claim.objects.filter(article=self.article).count()):
            before = page.evaluate(SELECTED)
            page.keyboard.press("j")
            # Wait for this step's panel before the next key, so presses never race the loads.
            page.wait_for_function(
                f"prev => {{ const s = {SELECTED}; const p = document.querySelector('#panel-claim');"
                " return s !== prev && p && p.dataset.claim === s; }",
                arg=before,
            )
            if page.evaluate(SELECTED) == str(claim.pk):
                return
        self.fail(f"j never reached claim {claim.pk}")

    def review_with_keyboard(
        self, page: Any, key: str, evidence: list[tuple[str, Claim]], note: str
    ) -> None:
        """c/d/u; then for each piece of evidence: e, type, ↓ to the candidate, Enter cites it (the
        server adds the row and the focus lands on its strength), ↓ picks a strength, Esc. Then n
        for the note and Ctrl+Enter saves."""
        page.keyboard.press(key)
        for row, (query, claim) in enumerate(evidence):
            page.keyboard.press("e")
            self.assertEqual(page.evaluate("document.activeElement.id"), "evidence-q")
            page.keyboard.type(query)
            page.wait_for_selector(f"[data-candidate][value='{claim.pk}']")
            page.keyboard.press("ArrowDown")
            for _ in range(10):
                if page.evaluate("document.activeElement.value") == str(claim.pk):
                    break
                page.keyboard.press("ArrowDown")
            page.keyboard.press("Enter")
            page.wait_for_selector(
                f"input[name='ev-{row}-claim'][value='{claim.pk}']", state="attached"
            )
            page.wait_for_function(f"() => document.activeElement.id === 'id_ev-{row}-strength'")
            page.keyboard.press("ArrowDown")
            self.assertEqual(page.evaluate("document.activeElement.value"), "primary")
            page.keyboard.press("Escape")
        page.keyboard.press("n")
        self.assertEqual(page.evaluate("document.activeElement.name"), "note")
        page.keyboard.type(note)
        page.keyboard.press("Control+Enter")

    def shot(self, page: Any, name: str) -> None:
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)

    # -- the flow ------------------------------------------------------------------------------

    def test_two_reviewers_disagree_using_only_the_keyboard_and_the_claim_shows_contested(
        self,
    ) -> None:
        article_url = self.live_server_url + reverse(
            "claims:article-detail", args=[self.article.pk]
        )
        page = self.new_page()
        self.login(page, "reviewer")
        page.goto(article_url)
        self.assertEqual(page.locator("#article-text").get_attribute("dir"), "rtl")
        total = Claim.objects.filter(article=self.article).count()
        self.assertIn(f"0 of {total} claims reviewed", page.inner_text("#progress"))
        page.evaluate("window.__noReload = true")

        self.open_claim_with_j(page, self.observatory_claim)
        self.review_with_keyboard(
            page,
            "c",
            [("ونشرت الغرفة فيديو", self.room_claim), ("اشتباكات طاحنة", self.faction_claim)],
            "The room's video and the faction's spokesman both describe the surrender.",
        )
        mark = f"#claim-{self.observatory_claim.pk}"
        page.wait_for_selector(f"{mark}.st-corroborated")
        page.wait_for_selector("#panel .chip-corroborated")
        page.wait_for_function(
            "t => document.querySelector('#progress').innerText.includes(t)",
            arg=f"1 of {total} claims reviewed",
        )
        self.assertTrue(page.evaluate("window.__noReload === true"), "the page reloaded")
        verdict = Verdict.objects.get(claim=self.observatory_claim)
        self.assertEqual(verdict.value, "corroborated")
        self.assertEqual(
            list(verdict.evidence.order_by("pk").values_list("claim_id", "stance", "strength")),
            [
                (self.room_claim.pk, "supports", "primary"),
                (self.faction_claim.pk, "supports", "primary"),
            ],
        )
        self.shot(page, "en-article-panel-corroborated")

        # CSRF-4: every htmx POST of that review (the evidence picks and the save) carried the
        # token in x-csrftoken, from <body hx-headers>, and was accepted.
        verdict_url = self.live_server_url + reverse(
            "claims:claim-verdict", args=[self.observatory_claim.pk]
        )
        posts = self.htmx_posts()
        self.assertEqual({r.url for r in posts}, {verdict_url})
        for request in posts:
            self.assertTrue(request.all_headers().get("x-csrftoken"), "a POST without x-csrftoken")
            self.assertEqual(request.response().status, 200)
        steps = [r for r in posts if {k for k, _ in parse_qsl(r.post_data)} & set(FORM_STEPS)]
        saves = [r for r in posts if r not in steps]
        self.assertEqual((len(steps), len(saves)), (2, 1), "a pick per evidence, one save")
        # The same POSTs replayed in this session without the form field: the header alone is
        # enough (a pick re-renders, writing nothing), and without it they fail closed.
        self.assertEqual(self.replay(page, steps[0], header=True).status, 200)
        written = (
            list(Verdict.objects.order_by("pk").values_list("pk", "value", "note")),
            ClaimEvent.objects.count(),
        )
        self.assert_refused_by_csrf(self.replay(page, steps[0], header=False))
        self.assert_refused_by_csrf(self.replay(page, saves[0], header=False))
        self.assertEqual(
            (
                list(Verdict.objects.order_by("pk").values_list("pk", "value", "note")),
                ClaimEvent.objects.count(),
            ),
            written,
            "a refused POST writes nothing",
        )

        # A second reviewer, blind to the first verdict, disputes it.
        page2 = self.new_page()
        self.login(page2, "dana")
        page2.goto(article_url)
        self.assertEqual(page2.locator(f"{mark}.st-corroborated").count(), 0, "blind review")
        self.open_claim_with_j(page2, self.observatory_claim)
        self.assertIn("Awaiting your review", page2.inner_text("#panel"))
        page2.evaluate("window.__noReload = true")
        self.review_with_keyboard(
            page2,
            "d",
            [("ونشرت الغرفة فيديو", self.room_claim)],
            "The video is older than the claim.",
        )
        page2.wait_for_selector(f"{mark}.st-contested")
        page2.wait_for_selector("#panel .chip-contested")
        self.assertTrue(page2.evaluate("window.__noReload === true"))
        self.observatory_claim.refresh_from_db()
        self.assertEqual(self.observatory_claim.status, "contested")
        self.shot(page2, "en-article-panel-contested")

        # History, in the panel and as a page.
        page2.locator("[data-history-link]").click()
        page2.wait_for_selector("#history .event-verdict")
        self.assertEqual(page2.locator("#history .event-verdict").count(), 2)
        page2.goto(
            self.live_server_url + reverse("claims:claim-history", args=[self.observatory_claim.pk])
        )
        self.shot(page2, "en-history")
        self.assertEqual(ClaimEvent.objects.filter(claim=self.observatory_claim).count(), 2)

        source = self.observatory_claim.attributions.order_by("position").first().source
        page2.goto(self.live_server_url + reverse("claims:source-detail", args=[source.pk]))
        self.shot(page2, "en-source")
        page2.goto(self.live_server_url + reverse("claims:queue"))
        self.shot(page2, "en-queue")
        page2.keyboard.press("?")
        page2.wait_for_selector("#help:not([hidden])")
        self.shot(page2, "en-help")
        page2.keyboard.press("Escape")
        # Both reviewers' htmx POSTs, all of them, carried the token.
        self.assertEqual(len(self.htmx_posts()), 5)
        self.assertTrue(all(r.all_headers().get("x-csrftoken") for r in self.htmx_posts()))

        # XSS-4: both sign out (a plain form POST, then the login page), under the same CSP check.
        login_url = self.live_server_url + reverse("login")
        for p in (page2, page):
            p.click(f"form[action='{reverse('logout')}'] button[type=submit]")
            p.wait_for_url(login_url)
            p.wait_for_selector("input[name=username]")
            p.goto(self.live_server_url + reverse("claims:queue"))
            self.assertTrue(p.url.startswith(f"{login_url}?next="), "the session is gone")
        self.shot(page, "en-logged-out")
        self.assertEqual(self.csp_errors, [])

    def test_the_arabic_interface_renders_right_to_left(self) -> None:
        page = self.new_page("ar")
        self.login(page, "editor")
        self.assertEqual(page.locator("html").get_attribute("dir"), "rtl")
        self.assertEqual(page.locator("html").get_attribute("lang"), "ar")
        self.shot(page, "ar-queue")
        page.goto(
            self.live_server_url + reverse("claims:claim-panel", args=[self.observatory_claim.pk])
        )
        page.wait_for_selector("#panel-claim")
        # The panel sits on the inline end: on the left in RTL.
        text_box = page.locator("#article-text").bounding_box()
        panel_box = page.locator("#panel").bounding_box()
        self.assertLess(panel_box["x"], text_box["x"])
        self.shot(page, "ar-article-panel")
        page.goto(
            self.live_server_url + reverse("claims:claim-history", args=[self.observatory_claim.pk])
        )
        self.shot(page, "ar-history")
        source = self.observatory_claim.attributions.order_by("position").first().source
        page.goto(self.live_server_url + reverse("claims:source-detail", args=[source.pk]))
        self.shot(page, "ar-source")
        self.assertEqual(self.csp_errors, [])

    def test_a_stale_edit_shows_who_changed_it_and_a_refused_post_shows_an_error(self) -> None:
        from claims.services.review import ClaimChanges, claim_update

        page = self.new_page()
        self.login(page, "editor")
        page.goto(
            self.live_server_url + reverse("claims:claim-panel", args=[self.observatory_claim.pk])
        )
        page.wait_for_selector("#edit-form")
        # Someone else edits the claim after this form was rendered.
        claim_update(
            claim_id=self.observatory_claim.pk,
            editor=make_user("nadia", "editor"),
            version=self.observatory_claim.version,
            changes=ClaimChanges(kind="quote"),
        )
        page.select_option("#edit-form select[name=kind]", "passive")
        page.click("#edit-form button[type=submit]")
        conflict = page.wait_for_selector("#edit-form .conflict")
        self.assertIn("changed by nadia", conflict.inner_text())
        self.observatory_claim.refresh_from_db()
        self.assertEqual(self.observatory_claim.kind, "quote")
        self.shot(page, "en-stale-edit")

        # Without the CSRF token (header and form field) the save is refused, and the user is told.
        page.evaluate(
            "document.body.removeAttribute('hx-headers');"
            "document.querySelectorAll('input[name=csrfmiddlewaretoken]').forEach(e => e.remove())"
        )
        page.keyboard.press("u")
        page.select_option("select[name=reason]", "no_access")
        with page.expect_response(
            lambda r: r.request.method == "POST" and "/verdict/" in r.url
        ) as refused:
            page.click("#verdict-form [data-save]")
        page.wait_for_selector("#toast:not([hidden])")
        # CSRF-4: the request went without x-csrftoken and was refused by the CSRF check.
        self.assertNotIn("x-csrftoken", refused.value.request.all_headers())
        self.assert_refused_by_csrf(refused.value)
        self.assertFalse(Verdict.objects.filter(claim=self.observatory_claim).exists())
