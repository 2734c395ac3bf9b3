"""Full-text search over claims: one configuration for writing vectors and reading queries.

Claims store `normalized` (Arabic-folded, see claims.extraction.normalize) and a `search` vector built
from it with PostgreSQL's `arabic` snowball configuration, which also passes Latin words through, so
English claims are searchable with the same query.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery, SearchVector

from claims.extraction.normalize import normalize

SEARCH_CONFIG = "arabic"


def claim_search_vector() -> SearchVector:
    """Expression to store in Claim.search: `Claim.objects.filter(...).update(search=claim_search_vector())`."""
    return SearchVector("normalized", config=SEARCH_CONFIG)


def claim_search_query(text: str) -> SearchQuery:
    """A web-style query (quotes, OR, -word) over the normalised words of `text`."""
    return SearchQuery(normalize(text), config=SEARCH_CONFIG, search_type="websearch")
