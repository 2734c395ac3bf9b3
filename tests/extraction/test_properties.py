"""Properties that hold for any input: offsets slice the text, claims never overlap, nothing raises."""

from __future__ import annotations

import time

from django.test import SimpleTestCase
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import Extraction, Registry, _extract_claims, extract
from claims.extraction.cleaning import clean_text

# Words the engine reacts to, so generated text exercises the rules rather than only noise.
PIECES = st.sampled_from(
    [
        "قال",
        "وأضاف",
        "أن",
        "إن",
        "بحسب ما أفاد",
        "المرصد السوري",
        "«",
        "»",
        '"',
        "“",
        "”",
        "،",
        ".",
        "؟",
        "\n",
        "أفيد عن",
        "يذكر أن",
        "يبدو أن",
        "نقلت رويترز عن مصدر",
        "مُقاتِلاً",
        "ـ",
        "said",
        "according to",
        "he added",
        "The Observatory",
        ",",
        "Mr.",
        "U.S.",
        "3.5",
        "reportedly",
        "(CNN)--",
        "الناطق باسم",
        "الغرفة",
        " ",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map(" ".join),
)


def _check(case: SimpleTestCase, result: Extraction) -> None:
    case.assertIn(result.language, {"ar", "en"})
    last_end = 0
    for claim in result.claims:
        case.assertEqual(result.text[claim.start : claim.end], claim.text)
        case.assertLessEqual(last_end, claim.start)
        case.assertLess(claim.start, claim.end)
        case.assertIn(claim.kind, {"quote", "reported", "passive", "outlet"})
        case.assertIn(claim.polarity, {"affirm", "deny"})
        last_end = claim.end
        claim.to_dict("doc", 0, result.language)


class ExtractionPropertyTests(SimpleTestCase):
    @settings(max_examples=100, deadline=None)
    @given(TEXTS)
    def test_any_text_gives_claims_that_slice_the_cleaned_text_and_never_overlap(
        self, text: str
    ) -> None:
        _check(self, extract(text))

    @settings(max_examples=30, deadline=None)
    @given(TEXTS, st.sampled_from(["ar", "en", None, "xx"]))
    def test_any_language_hint_is_accepted(self, text: str, language: str | None) -> None:
        _check(self, extract(text, language=language))

    @settings(max_examples=100, deadline=None)
    @given(TEXTS, st.sampled_from(["ar", "en"]))
    def test_the_engine_itself_raises_on_no_input(self, text: str, language: str) -> None:
        # extract() would swallow an error into "no claims"; the rules underneath must not need that.
        cleaned = clean_text(text)
        for claim in _extract_claims(cleaned, language, None, Registry.default()):
            self.assertEqual(cleaned[claim.start : claim.end], claim.text)

    def test_pathological_inputs_return(self) -> None:
        for text in [
            "",
            "\x00" * 50,
            "«" * 5000,
            '"' * 3001,
            "قال " * 4000,
            "a." * 5000,
            "\ud800",
            "\n" * 1000,
        ]:
            _check(self, extract(text))

    def test_a_huge_one_sentence_article_takes_linear_time(self) -> None:
        # 160 KB with 10,000 cues in one sentence: bounded windows keep it to about a second.
        start = time.perf_counter()
        extract("said the group, " * 10000, language="en")
        extract("قال المرصد، " * 10000, language="ar")
        self.assertLess(time.perf_counter() - start, 15)

    def test_extraction_is_deterministic(self) -> None:
        text = "قال المرصد إن 20 قتلوا. وأضاف أن «القصف مستمر». The Observatory said 3 died."
        self.assertEqual(extract(text), extract(text))
