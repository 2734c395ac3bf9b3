"""SQL-1: the search and filter parameters reach PostgreSQL only as bound values.

A property test sends the queue (q, outlet and every other filter, plain and htmx) and the evidence
search text built from SQL and LIKE metacharacters (quotes, semicolons, comments, %, _, backslashes,
NUL) and arbitrary Unicode: every answer is a 200, never a 500. A fixed test checks that % and _ in
the outlet filter are literal characters, not LIKE wildcards.
"""

from __future__ import annotations

from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from tests.base import BaseTestCase
from tests.factories import make_article, make_claim, make_source

HTMX = {"HX-Request": "true"}
QUEUE = reverse("claims:queue")

METACHARACTERS = [
    "'",
    '"',
    ";",
    "--",
    "/*",
    "*/",
    "\\",
    "%",
    "_",
    "\x00",
    "''",
    "$$",
    ":*",
    "&",
    "|",
    "!",
    "<->",
    "(",
    ")",
    " OR ",
    "-",
    "' OR 1=1 --",
    "'; DROP TABLE claims_claim; --",
    "\\'",
    "%_%",
    "E'\\x00'",
]
# Values the filters accept, so some requests combine a nasty text with a working filter.
VALID = ["", "1", "unreviewed", "corroborated", "quote", "monitor", "en", "ar", "2024-01-02", "on"]

nasty = st.one_of(
    st.lists(st.one_of(st.sampled_from(METACHARACTERS), st.text(max_size=4)), max_size=8).map(
        "".join
    ),
    st.text(max_size=40),
)
value = st.one_of(nasty, st.sampled_from(VALID), st.integers().map(str))
FILTERS = (
    "status",
    "kind",
    "source",
    "source_kind",
    "party",
    "language",
    "date_from",
    "date_to",
    "article",
    "mine",
    "page",
)
params = st.fixed_dictionaries(
    {"q": nasty, "outlet": nasty}, optional=dict.fromkeys(FILTERS, value)
)


class SearchParameterTests(HypothesisTestCase, BaseTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        monitor = make_source(name_en="Observatory", aliases=("Observatory", "O'Hara"))
        cls.claims = {}
        for outlet in ("50% off", "50 percent", "a_b", "axb", "back\\slash", "O'Hara; --"):
            article = make_article(
                outlet_name=outlet,
                text=f"The Observatory said 50% of {outlet} is free; O'Hara said so.",
            )
            cls.claims[outlet] = make_claim(article=article, source=monitor, text="free")
        cls.target = cls.claims["a_b"]

    @settings(
        max_examples=200,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.differing_executors],
    )
    @given(params)
    def test_no_search_or_filter_value_gives_a_server_error(self, data: dict[str, str]) -> None:
        self.client.force_login(self.bob)
        evidence = reverse("claims:claim-evidence-search", args=[self.target.pk])
        # The test client raises any exception the view lets out, so a 500 cannot pass unseen.
        self.assertEqual(self.client.get(QUEUE, data).status_code, 200)
        self.assertEqual(self.client.get(QUEUE, data, headers=HTMX).status_code, 200)
        self.assertEqual(self.client.get(evidence, {"q": data["q"]}, headers=HTMX).status_code, 200)

    def test_like_wildcards_in_the_outlet_filter_are_literal(self) -> None:
        self.client.force_login(self.bob)

        def found(outlet: str) -> set[str]:
            response = self.client.get(QUEUE, {"outlet": outlet})
            self.assertEqual(response.status_code, 200)
            ids = {row.claim.pk for row in response.context["rows"]}
            return {name for name, claim in self.claims.items() if claim.pk in ids}

        self.assertEqual(found("50%"), {"50% off"})
        self.assertEqual(found("a_b"), {"a_b"})
        self.assertEqual(found("\\"), {"back\\slash"})
        self.assertEqual(found("'; --"), set())
        self.assertEqual(found("O'Hara; --"), {"O'Hara; --"})
        self.assertEqual(found("%"), {"50% off"})
        self.assertEqual(found("_"), {"a_b"})
