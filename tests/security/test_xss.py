"""XSS-1: payloads stored in every user- or ingest-controlled string render inert on every page."""

from __future__ import annotations

from html.parser import HTMLParser

from tests.base import BaseTestCase, OTPClient
from tests.security.routes import all_routes, build_world, sample_url

MARK = "xss7q"
PAYLOADS = (
    "ねこ O'Hara",
    f"<script>alert('{MARK}')</script>",
    f'"><img src=x onerror=alert("{MARK}")>',
    f"javascript:alert('{MARK}')",
    f"' onmouseover=alert('{MARK}') x='",
    "{{7*7}}{% debug %}",
    f"hx-get=/{MARK} hx-trigger=load",
    f'<div hx-get="/{MARK}" hx-trigger="load">',
    f"</script><script>alert('{MARK}')</script>",
    f"<a href=\"javascript:alert('{MARK}')\">x</a>",
)
TEXT = " ".join(PAYLOADS)
URL_PAYLOAD = f"javascript:alert('{MARK}')"


class _Inspector(HTMLParser):
    """Collects what a payload could have turned into: scripts, handlers, htmx attributes, js: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.in_script = False
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            value = value or ""
            if (
                name.startswith("on")
                or (name.startswith(("hx-", "data-hx-")) and MARK in value)
                or name == MARK
                or name in ("href", "src", "action", "formaction", "hx-get", "hx-post")
                and (value.strip().lower().startswith(("javascript:", "data:", "vbscript:")))
            ):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            self.in_script = True
            if MARK in dict(attrs).get("src", "") or "":
                self.found.append("<script src=payload>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_script and MARK in data:
            self.found.append(f"<script>{data[:60]}</script>")
        self.text.append(data)


def inspect(html: str) -> tuple[list[str], str]:
    parser = _Inspector()
    parser.feed(html)
    parser.close()
    return parser.found, "".join(parser.text)


class StoredXssTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.world = build_world(TEXT, reviewer=cls.bob, url=URL_PAYLOAD)
        cls.erin_world = build_world(TEXT, reviewer=cls.erin, url=URL_PAYLOAD)

    def test_the_inspector_sees_live_payloads(self) -> None:
        found, _ = inspect(TEXT)
        self.assertGreaterEqual(len(found), 5)

    def test_no_page_or_partial_turns_a_payload_into_markup(self) -> None:
        self.maxDiff = None
        problems, texts, rendered = [], [], 0
        for user in (self.bob, self.erin, self.alice):
            client = OTPClient(raise_request_exception=False)
            client.force_login(user)
            for route in all_routes():
                if route.admin:
                    continue
                url = sample_url(route, self.world)
                for headers in ({}, {"HX-Request": "true"}):
                    response = client.get(url, headers=headers)
                    if response.status_code >= 500:
                        problems.append(f"{user} GET {url} {headers}: {response.status_code}")
                    if "html" not in response.get("Content-Type", "") or response.streaming:
                        continue
                    body = response.content.decode()
                    if MARK in body:
                        rendered += 1
                    found, text = inspect(body)
                    problems += [f"{user} GET {url} {headers}: {f}" for f in found]
                    texts.append(text)
        self.assertEqual(problems, [])
        self.assertGreater(rendered, 5, "the payloads reached the pages")
        everything = "\n".join(texts)
        self.assertIn("ねこ", everything)
        self.assertIn("O'Hara", everything)
        self.assertIn("{{7*7}}", everything)  # shown as typed, never evaluated
