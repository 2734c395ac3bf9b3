"""The interface in English and Arabic: translations complete and compiled, Arabic right-to-left."""

from __future__ import annotations

import ast
import gettext
import re
from html.parser import HTMLParser
from pathlib import Path

from django.conf import settings
from django.test import SimpleTestCase
from django.urls import reverse

from tests.base import BaseTestCase

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "locale" / "ar" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
TRANSLATE_TAG = re.compile(r"""{%\s*(?:translate|trans)\s+(["'])(.+?)\1""")


def po_entries() -> dict[str, str]:
    """msgid -> msgstr, from the .po file (C-style quoted strings, as makemessages writes them).

    A message with a context is keyed "context\x04msgid", as gettext stores it.
    """
    entries, current, field = {}, {"msgctxt": [], "msgid": [], "msgstr": []}, None
    fuzzy = set()
    pending_fuzzy = False
    for line in [*PO.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("#,") and "fuzzy" in line:
            pending_fuzzy = True
        if line.startswith(("msgctxt ", "msgid ", "msgstr ")):
            field, _, rest = line.partition(" ")
            current[field] = [ast.literal_eval(rest)]
        elif line.startswith('"') and field:
            current[field].append(ast.literal_eval(line))
        elif not line.strip() and field:
            msgid = "".join(current["msgid"])
            if current["msgctxt"]:
                msgid = "".join(current["msgctxt"]) + "\x04" + msgid
            if msgid:
                entries[msgid] = "".join(current["msgstr"])
                if pending_fuzzy:
                    fuzzy.add(msgid)
            current = {"msgctxt": [], "msgid": [], "msgstr": []}
            field, pending_fuzzy = None, False
    entries["__fuzzy__"] = "\n".join(sorted(fuzzy))
    return entries


def _text_nodes(html: str) -> list[str]:
    class Collector(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.nodes: list[str] = []

        def handle_data(self, data: str) -> None:
            self.nodes.append(data)

    collector = Collector()
    collector.feed(html)
    return collector.nodes


class TranslationFileTests(SimpleTestCase):
    def test_every_message_has_an_arabic_translation_and_none_is_fuzzy(self) -> None:
        entries = po_entries()
        self.assertEqual(entries.pop("__fuzzy__"), "")
        self.assertGreater(len(entries), 100)
        self.assertEqual([k for k, v in entries.items() if not v.strip()], [])

    def test_the_compiled_catalogue_matches_the_po_file(self) -> None:
        # The .mo is committed so the app needs no gettext tools at run time; it must not go stale.
        with MO.open("rb") as fh:
            catalogue = gettext.GNUTranslations(fh)
        entries = po_entries()
        entries.pop("__fuzzy__")
        stale = [
            k
            for k, v in entries.items()
            if (catalogue.pgettext(*k.split("\x04")) if "\x04" in k else catalogue.gettext(k)) != v
        ]
        self.assertEqual(stale, [], "run manage.py compilemessages -l ar")

    def test_every_translate_tag_in_the_templates_is_in_the_catalogue(self) -> None:
        entries = po_entries()
        missing = []
        for path in (ROOT / "templates").rglob("*.html"):
            for match in TRANSLATE_TAG.finditer(path.read_text(encoding="utf-8")):
                if match.group(2) not in entries:
                    missing.append(f"{path.relative_to(ROOT)}: {match.group(2)}")
        self.assertEqual(missing, [], "run makemessages -l ar and translate")

    def test_every_attribution_mode_of_the_cue_lexicons_has_a_label(self) -> None:
        # A mode a cue family adds ("covered", "praised") would otherwise show as its code.
        from claims.extraction import cues
        from claims.labels import MODE_LABELS

        lexicons = [
            name
            for name in dir(cues)
            if name.startswith(("_AR_", "_EN_"))
            and isinstance(getattr(cues, name), dict)
            and name.endswith(("VERBS", "PARTICIPLES", "ACCORDING", "PHRASES", "NOUNS", "PASSIVE"))
        ]
        self.assertGreaterEqual(len(lexicons), 10)
        for name in lexicons:
            for mode in getattr(cues, name):
                with self.subTest(lexicon=name, mode=mode):
                    self.assertIn(mode, MODE_LABELS)

    def test_placeholders_survive_translation(self) -> None:
        entries = po_entries()
        entries.pop("__fuzzy__")
        pattern = re.compile(r"%\(\w+\)[sd]|%%")
        broken = [
            k
            for k, v in entries.items()
            if sorted(pattern.findall(k)) != sorted(pattern.findall(v))
        ]
        self.assertEqual(broken, [])


class ArabicInterfaceTests(BaseTestCase):
    def test_the_queue_in_arabic_is_right_to_left_with_arabic_strings(self) -> None:
        self.client.force_login(self.bob)
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
        response = self.client.get(reverse("claims:queue"))
        self.assertContains(response, '<html lang="ar" dir="rtl">')
        self.assertContains(response, "قائمة المراجعة")
        self.assertContains(response, "تسجيل الخروج")

    def test_english_stays_left_to_right(self) -> None:
        self.client.force_login(self.bob)
        response = self.client.get(reverse("claims:queue"))
        self.assertContains(response, '<html lang="en" dir="ltr">')

    def test_the_language_switch_posts_to_set_language_and_comes_back(self) -> None:
        self.client.force_login(self.bob)
        page = self.client.get(reverse("claims:queue"))
        self.assertContains(page, f'action="{reverse("set_language")}"')
        self.assertContains(page, 'name="language" value="ar"')
        response = self.client.post(reverse("set_language"), {"language": "ar", "next": "/"})
        self.assertRedirects(response, "/", fetch_redirect_response=False)
        self.assertContains(self.client.get("/"), 'dir="rtl"')
        self.assertContains(self.client.get("/"), 'value="en"')

    def test_the_login_page_is_translated_too(self) -> None:
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
        self.assertContains(self.client.get(reverse("login")), "تسجيل الدخول")


class ArabicPagesTests(BaseTestCase):
    def test_no_catalogue_message_is_left_in_english_on_the_review_pages(self) -> None:
        from tests.security.routes import all_routes, build_world, sample_url

        world = build_world("نص", reviewer=self.bob)
        entries = po_entries()
        entries.pop("__fuzzy__")
        english = {k.split("\x04")[-1] for k, v in entries.items() if k != v and len(k) > 2}
        self.client.force_login(self.alice)
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
        left, pages = [], 0
        for route in all_routes():
            if route.admin:
                continue
            response = self.client.get(sample_url(route, world))
            if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
                continue
            pages += 1
            nodes = {n.strip() for n in _text_nodes(response.content.decode())}
            left += [f"{route.key}: {n}" for n in sorted(nodes & english)]
        self.assertGreater(pages, 5)
        self.assertEqual(left, [])
