"""XSS-1: payloads stored in every user- or ingest-controlled string render inert on every page."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from claims.models import Article, Claim, ClaimEvent, Feed, FeedEntry, IngestBatch, Verdict
from tests.base import BaseTestCase, OTPClient, make_user
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


# Elements without an end tag: never pushed on the element stack.
VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
# Raw-text elements: the browser never parses markup inside them, so htmx has nothing to process.
RCDATA = frozenset({"title", "textarea"})


class _Inspector(HTMLParser):
    """Collects what a payload could have turned into: scripts, handlers, htmx attributes, js: URLs.

    XSS-3: it also keeps the stack of open elements, and records every text node carrying MARK
    that has no `hx-disable` ancestor (user and ingested content must sit inside one, so that
    htmx attributes in scraped text would never run even if an escaping hole let them through).
    """

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.in_script = False
        self.text: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, carries hx-disable)
        self.unprotected: list[str] = []
        self.marked = 0

    def _path(self) -> str:
        return " > ".join(tag for tag, _ in self.stack[-4:])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check_attrs(tag, attrs)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check_attrs(tag, attrs)
        if tag not in VOID:
            names = {name for name, _ in attrs}
            self.stack.append((tag, "hx-disable" in names or "data-hx-disable" in names))

    def _check_attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
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
        # Pop to the matching element; elements closed implicitly (<p>, <li>, <td>) go with it.
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if self.in_script and MARK in data:
            self.found.append(f"<script>{data[:60]}</script>")
        self.text.append(data)
        if MARK in data:
            self.marked += 1
            inside_raw_text = bool(self.stack) and self.stack[-1][0] in RCDATA
            if not inside_raw_text and not any(disabled for _, disabled in self.stack):
                self.unprotected.append(f"{self._path()}: {data.strip()[:50]!r}")


def inspect_all(html: str) -> _Inspector:
    parser = _Inspector()
    parser.feed(html)
    parser.close()
    return parser


def inspect(html: str) -> tuple[list[str], str]:
    parser = inspect_all(html)
    return parser.found, "".join(parser.text)


class StoredXssTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.world = build_world(TEXT, reviewer=cls.bob, url=URL_PAYLOAD)
        cls.erin_world = build_world(TEXT, reviewer=cls.erin, url=URL_PAYLOAD)
        w = cls.world
        # A second reviewer on the claim: the agreement page lists the pair and the source.
        Verdict.objects.create(claim=w.claim, reviewer=cls.erin, value=Verdict.Value.DISPUTED)
        # History entries that name sources and people: a reassignment and an assignment.
        ClaimEvent.objects.create(
            claim=w.claim,
            actor=cls.erin,
            action="edit",
            data={"source": [w.source.pk, w.other_source.pk], "kind": ["quote", "reported"]},
            note=TEXT,
        )
        ClaimEvent.objects.create(
            claim=w.claim,
            actor=cls.erin,
            action="assign",
            data={"assigned_to": [None, cls.bob.pk], "assignee": TEXT},
            note=TEXT,
        )
        # Free text the pages and the admin show that build_world leaves empty (XSS-1): an
        # editor's final note, an extraction error, an uploaded file's name, a feed's and a feed
        # entry's error.
        Claim.objects.filter(pk=w.claim.pk).update(
            final_status=Claim.Status.DISPUTED, final_by=cls.erin, final_note=TEXT
        )
        Article.objects.filter(pk=cls.erin_world.article.pk).update(
            status=Article.Status.FAILED, error=TEXT
        )
        IngestBatch.objects.filter(pk=w.batch.pk).update(files=[{"path": "0" * 32, "name": TEXT}])
        Feed.objects.filter(pk=w.feed.pk).update(last_error=TEXT)
        FeedEntry.objects.create(feed=w.feed, guid=TEXT, article=w.article, error=TEXT)
        cls.root = make_user("root", is_staff=True, is_superuser=True)

    def test_the_inspector_sees_live_payloads(self) -> None:
        found, _ = inspect(TEXT)
        self.assertGreaterEqual(len(found), 5)

    def test_the_inspector_sees_content_outside_hx_disable(self) -> None:
        page = (
            f"<main><div hx-disable><p>{MARK} safe<br>{MARK} safe</div>"
            f"<ul><li>{MARK} bare</ul><title>{MARK} raw text</title>"
            f"<section data-hx-disable><img src=x><span>{MARK} safe</span></section></main>"
        )
        parser = inspect_all(page)
        self.assertEqual(parser.marked, 5)
        self.assertEqual(parser.unprotected, [f"main > ul > li: '{MARK} bare'"])

    def test_no_page_or_partial_turns_a_payload_into_markup(self) -> None:
        self.maxDiff = None
        problems, texts, rendered, unprotected, marked = [], [], 0, [], 0
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
                    parser = inspect_all(body)
                    problems += [f"{user} GET {url} {headers}: {f}" for f in parser.found]
                    texts.append("".join(parser.text))
                    unprotected += [f"{user} GET {url} {headers}: {u}" for u in parser.unprotected]
                    marked += parser.marked
        self.assertEqual(problems, [])
        self.assertEqual(unprotected, [], "content outside an hx-disable container")
        self.assertGreater(marked, 50, "the marker texts were checked")
        self.assertGreater(rendered, 5, "the payloads reached the pages")
        everything = "\n".join(texts)
        self.assertIn("ねこ", everything)
        self.assertIn("O'Hara", everything)
        self.assertIn("{{7*7}}", everything)  # shown as typed, never evaluated

    def test_no_admin_page_turns_a_payload_into_markup(self) -> None:
        """The Django admin too, as a superuser past the second factor: the change list and the
        change page of every object of every claims model, and the source-merge confirmation."""
        self.maxDiff = None
        client = OTPClient(raise_request_exception=False)
        client.force_login(self.root)
        pages: list[tuple[str, str, dict[str, object] | None]] = []
        for model in admin.site._registry:
            opts = model._meta
            if opts.app_label != "claims":
                continue
            base = f"admin:{opts.app_label}_{opts.model_name}"
            pages.append(("GET", reverse(f"{base}_changelist"), None))
            pages.append(("GET", reverse(f"{base}_changelist") + f"?q={MARK}", None))
            for pk in model.objects.values_list("pk", flat=True):
                pages.append(("GET", reverse(f"{base}_change", args=[pk]), None))
        sources = [self.world.source.pk, self.world.other_source.pk]
        merge = {"action": "merge_sources", ACTION_CHECKBOX_NAME: sources}
        pages.append(("POST", reverse("admin:claims_source_changelist"), merge))
        problems, texts, marked = [], [], 0
        for method, url, data in pages:
            response = client.get(url) if method == "GET" else client.post(url, data)
            if response.status_code != 200:
                problems.append(f"{method} {url}: {response.status_code}")
                continue
            body = response.content.decode()
            parser = inspect_all(body)
            problems += [f"{method} {url}: {f}" for f in parser.found]
            if re.search(r"<script[^>]+htmx", body):  # hx-* in content cannot run: no htmx here
                problems.append(f"{method} {url}: loads htmx")
            texts.append("".join(parser.text))
            marked += MARK in body
        self.assertEqual(problems, [])
        self.assertGreater(marked, 30, "the payloads reached the admin pages")
        everything = "\n".join(texts)
        merge_page = texts[-1]
        self.assertIn("Choose the source to keep", merge_page)
        self.assertIn(MARK, merge_page)
        for seeded in ("ねこ", "O'Hara", "{{7*7}}", f"<script>alert('{MARK}')</script>"):
            self.assertIn(seeded, everything)  # shown as typed: text, never markup
