from __future__ import annotations

from html.parser import HTMLParser

from django.test import Client
from django.urls import reverse

from claims.models import ClaimEvent, Evidence, Verdict
from claims.services.review import EvidenceInput, claim_set_verdict
from tests.base import BaseTestCase
from tests.factories import make_article, make_claim, make_source, make_verdict

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "javascript:alert(3)",
    "' onmouseover=alert(4) x='",
    "{{7*7}}",
    "<a hx-get=/x hx-trigger=load>x</a>",
    "</script><script>alert(5)</script>",
    "ねこ O'Hara",
]
EVIL = " ".join(PAYLOADS)


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str | None]] = []
        self.attrs: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts.append(dict(attrs))
        for name, value in attrs:
            self.attrs.append((tag, name, value))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


class StoredXssTests(BaseTestCase):
    def setUp(self) -> None:
        self.source = make_source(name_en=EVIL, name_ar=EVIL, aliases=(EVIL[:200],))
        self.article = make_article(
            title=EVIL, text=f"Intro. {EVIL} The end.", outlet_name=EVIL, url="javascript:alert(7)"
        )
        self.claim = make_claim(article=self.article, source=self.source, text=EVIL, speaker=EVIL)
        other = make_claim(source=make_source(), text="other", span=(0, 5))
        claim_set_verdict(
            claim_id=self.claim.pk,
            reviewer=self.bob,
            value="corroborated",
            note=EVIL,
            evidence=[
                EvidenceInput(claim_id=other.pk, stance="supports", strength="media"),
                EvidenceInput(
                    url="https://example.org/?q=<script>",
                    outlet=EVIL,
                    quote=EVIL,
                    stance="supports",
                    strength="media",
                ),
            ],
        )
        # A javascript: URL that slipped past validation (e.g. written by another tool) stays text.
        make_verdict(
            claim=self.claim,
            reviewer=self.erin,
            note=EVIL,
            evidence=[{"url": "javascript:alert(6)", "outlet": EVIL}],
        )
        ClaimEvent.objects.create(
            claim=self.claim, actor=self.erin, action="edit", note=EVIL, data={}
        )

    def urls(self) -> list[str]:
        return [
            reverse("claims:queue"),
            reverse("claims:queue") + "?q=" + "%3Cscript%3E",
            reverse("claims:article-detail", args=[self.article.pk]),
            reverse("claims:claim-panel", args=[self.claim.pk]),
            reverse("claims:claim-history", args=[self.claim.pk]),
            reverse("claims:source-detail", args=[self.source.pk]),
            reverse("claims:claim-evidence-search", args=[self.claim.pk]) + "?q=other",
        ]

    def test_payloads_in_every_field_render_inert_on_every_page(self) -> None:
        self.client.force_login(self.alice)
        for url in self.urls():
            for headers in ({}, {"HX-Request": "true"}):
                with self.subTest(url=url, htmx=bool(headers)):
                    response = self.client.get(url, headers=headers)
                    self.assertEqual(response.status_code, 200)
                    page = Elements()
                    page.feed(response.content.decode())
                    # Only our own static scripts.
                    for script in page.scripts:
                        self.assertTrue((script.get("src") or "").startswith("/static/"), script)
                    for tag, name, value in page.attrs:
                        self.assertFalse(name.startswith("on"), (tag, name, value))
                        self.assertFalse(
                            (value or "").strip().lower().startswith("javascript:"),
                            (tag, name, value),
                        )
                        if name.startswith("hx-"):
                            self.assertNotIn(value, ("/x", "load"), (tag, name))

    def test_names_round_trip_intact(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.get(reverse("claims:source-detail", args=[self.source.pk]))
        self.assertContains(response, "ねこ O&#x27;Hara")
        page = Elements()
        page.feed(response.content.decode())
        self.assertIn("<script>alert(1)</script>", "".join(page.text))
        self.assertIn("{{7*7}}", "".join(page.text))

    def test_the_javascript_url_is_shown_as_text_not_a_link(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.get(reverse("claims:claim-panel", args=[self.claim.pk]))
        self.assertContains(response, "javascript:alert(6)")
        self.assertNotContains(response, 'href="javascript:')
        self.assertTrue(Evidence.objects.filter(url="javascript:alert(6)").exists())


class CsrfTests(BaseTestCase):
    def setUp(self) -> None:
        self.claim = make_claim(source=make_source())

    def posts(self) -> list[tuple[str, dict[str, object]]]:
        return [
            (
                reverse("claims:claim-verdict", args=[self.claim.pk]),
                {"value": "unverifiable", "reason": "other"},
            ),
            (reverse("claims:claim-edit", args=[self.claim.pk]), {"version": 1, "kind": "quote"}),
            (
                reverse("claims:claim-final", args=[self.claim.pk]),
                {"status": "disputed", "note": "n"},
            ),
            (
                reverse("claims:claim-bulk"),
                {"action": "assign", "claims": [self.claim.pk], "assignee": self.bob.pk},
            ),
        ]

    def test_every_post_without_a_token_is_refused_and_changes_nothing(self) -> None:
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.alice)
        for url, data in self.posts():
            with self.subTest(url), self.assertLogs("django.security.csrf", "WARNING"):
                self.assertEqual(
                    client.post(url, data, headers={"HX-Request": "true"}).status_code, 403
                )
        self.assertFalse(Verdict.objects.exists())
        self.assertFalse(ClaimEvent.objects.exists())

    def test_the_same_posts_with_the_token_header_go_through(self) -> None:
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.alice)
        client.get(reverse("claims:queue"))
        token = client.cookies["csrftoken"].value
        for url, data in self.posts():
            with self.subTest(url):
                response = client.post(url, data, headers={"X-CSRFToken": token})
                self.assertNotEqual(response.status_code, 403)
        self.assertEqual(Verdict.objects.count(), 1)
