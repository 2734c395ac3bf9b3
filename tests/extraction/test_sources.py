"""Speaker → source resolution through the registry's aliases."""

from __future__ import annotations

from django.test import SimpleTestCase

from claims.extraction import Registry

RECORDS = [
    {
        "slug": "jaish-al-nasr",
        "name_en": "Jaish al-Nasr",
        "name_ar": "جيش النصر",
        "kind": "armed_group",
        "aliases": ["فصيل جيش النصر"],
    },
    {
        "slug": "hts",
        "name_en": "Hayat Tahrir al-Sham",
        "name_ar": "هيئة تحرير الشام",
        "kind": "armed_group",
        "aliases": ["جبهة النصرة", "النصرة", "Nusra Front"],
    },
    {
        "slug": "abu-al-majd",
        "name_en": "Abu al-Majd al-Homsi",
        "name_ar": "أبو المجد الحمصي",
        "kind": "person",
        "parent": "jaish-al-nasr",
        "aliases": [],
    },
    {
        "slug": "sohr",
        "name_en": "Syrian Observatory for Human Rights",
        "name_ar": "المرصد السوري لحقوق الإنسان",
        "kind": "monitor",
        "aliases": ["المرصد السوري", "SOHR", "the Observatory"],
    },
]


class RegistryTests(SimpleTestCase):
    def setUp(self) -> None:
        self.registry = Registry.from_records(RECORDS)

    def test_jaish_al_nasr_is_not_jabhat_al_nusra(self) -> None:
        self.assertEqual(self.registry.resolve("جيش النصر"), "jaish-al-nasr")
        self.assertEqual(self.registry.resolve("جبهة النصرة"), "hts")
        self.assertEqual(self.registry.resolve("مدفعية النصر"), None)

    def test_a_spokesman_resolves_to_himself_and_carries_his_faction_as_parent(self) -> None:
        slug = self.registry.resolve("الناطق باسم فصيل جيش النصر أبو المجد الحمصي")
        self.assertEqual(slug, "abu-al-majd")
        self.assertEqual(self.registry.parent(slug), "jaish-al-nasr")
        self.assertEqual(self.registry.resolve("الناطق باسم فصيل جيش النصر"), "jaish-al-nasr")

    def test_arabic_normalisation_and_attached_prefixes_on_token_boundaries(self) -> None:
        self.assertEqual(self.registry.resolve("والمرصد السوري لحقوق الانسان"), "sohr")
        self.assertEqual(self.registry.resolve("للمرصد السوري"), "sohr")
        self.assertEqual(self.registry.resolve("وأبو المجد الحمصي"), "abu-al-majd")
        self.assertEqual(self.registry.resolve("المرصدالسوري"), None)

    def test_english_aliases_ignore_case_and_longest_wins(self) -> None:
        self.assertEqual(self.registry.resolve("the observatory"), "sohr")
        self.assertEqual(self.registry.resolve("al-Qaeda's Nusra Front fighters"), "hts")
        self.assertIsNone(self.registry.resolve("a medical source"))

    def test_the_shipped_registry_loads_once(self) -> None:
        self.assertIs(Registry.default(), Registry.default())
        self.assertEqual(Registry.default().resolve("SANA"), "sana")
