"""Reads shared by the review pages: claim querysets with a fixed number of queries, search, blindness."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.postgres.search import TrigramWordSimilarity
from django.core.cache import cache
from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Greatest

from claims.extraction.normalize import normalize
from claims.models import Article, Attribution, Claim, ClaimEvent, SourceAlias, Verdict
from claims.permissions import is_editor
from claims.search import claim_search_query

# Source colours: a stable class per source id, so a source keeps its colour on every page.
SOURCE_COLOURS = 12


def status_q(status: str) -> Q:
    """Claims whose shown status (editor's final status, else the reviewers') is `status`."""
    return Q(final_status=status) | Q(final_status="", status=status)


def wants_partial(request: Any) -> bool:
    """An htmx swap gets the fragment; a history restore (back button) needs the whole page."""
    return bool(request.htmx) and not request.htmx.history_restore_request


def source_colour(source_id: int | None) -> str:
    return "src-none" if source_id is None else f"src-{source_id % SOURCE_COLOURS}"


def claims_for_display(
    qs: QuerySet[Claim], user: Any, *, article: Article | None = None
) -> QuerySet[Claim]:
    """Everything a claim row or mark needs, in two queries however many claims: the claims (with
    article, outlet, assignee and the user's own newest verdict) and their attributions with sources.

    Claims of one `article` already loaded skip the join (the page's article and outlet would
    otherwise be read and built again for every claim); claim_view() attaches it."""
    mine = Verdict.objects.filter(claim=OuterRef("pk"), reviewer_id=user.pk).order_by(
        "-created", "-pk"
    )
    if article is not None:
        return (
            qs.filter(article=article)
            .select_related("assigned_to")
            .defer("search", "normalized", "created", "updated")
            .annotate(my_verdict=Subquery(mine.values("value")[:1]))
            .prefetch_related(_attributions())
        )
    return (
        qs.select_related("article", "article__outlet", "assigned_to")
        # A list never shows the article's body: without this each of 90 claims of one article
        # carries its raw and cleaned text (tens of KB each), which made the article page 4x slower.
        .defer(
            "search",
            "normalized",
            "created",
            "updated",
            "article__raw",
            "article__text",
            "article__error",
            "article__created",
            "article__updated",
            "article__outlet__description",
            "article__outlet__created",
            "article__outlet__updated",
        )
        .annotate(my_verdict=Subquery(mine.values("value")[:1]))
        .prefetch_related(_attributions())
    )


def _attributions() -> Prefetch:
    return Prefetch(
        "attributions",
        queryset=Attribution.objects.select_related("source")
        .defer("created", "updated", "source__description", "source__created")
        .defer("source__updated")
        .order_by("position"),
    )


@dataclass
class ClaimView:
    """A claim with what its templates show: main source, colour and the status this user may see."""

    claim: Claim
    source: Any
    colour: str
    status: str
    hidden: bool


def blind_for(user: Any, my_verdict: str | None) -> bool:
    """Blind double review: a reviewer sees others' judgements only after giving their own.
    Editors resolve disagreements, so they always see them."""
    return bool(settings.BLIND_REVIEW) and not my_verdict and not is_editor(user)


def claim_view(claim: Claim, user: Any) -> ClaimView:
    attributions = list(claim.attributions.all())
    source = attributions[0].source if attributions else claim.article.outlet
    hidden = blind_for(user, getattr(claim, "my_verdict", None))
    status = claim.effective_status
    if hidden and not claim.final_status:
        status = "hidden"
    return ClaimView(
        claim=claim,
        source=source,
        colour=source_colour(source.pk if source else None),
        status=status,
        hidden=hidden,
    )


# When the words alone (full-text index) find at least this many claims, trigram matching for
# misspellings is left out: on common words its recheck of ~15,000 candidates cost ~60 ms.
WORDS_ENOUGH = 50


def claim_search(qs: QuerySet[Claim], text: str) -> QuerySet[Claim]:
    """Full-text match on the normalised text, plus trigram matching for misspelt words.

    One small query first asks two things: which sources' names resemble the query (trigram match
    on the aliases) and whether the words alone find WORDS_ENOUGH claims. A query that resembles a
    source's name finds that source's claims; otherwise, when the words find few claims, the query
    is also matched by trigram word similarity against the claims' text. Never both: OR-ing the
    alias branch with the trigram branch defeats the GIN bitmap scans and costs ~10x.
    """
    text = text.strip()
    if not text:
        return qs
    folded = normalize(text)
    words = claim_search_query(text)
    tag = IntegerField()
    probe = (
        SourceAlias.objects.filter(normalized__trigram_similar=folded)
        .order_by()
        .values_list(Value(1, output_field=tag), "source_id")
        .distinct()[:50]
    ).union(
        Claim.objects.filter(search=words)
        .order_by()
        .values_list(Value(0, output_field=tag), "pk")[:WORDS_ENOUGH],
        all=True,
    )
    rows = list(probe)
    sources = [pk for kind, pk in rows if kind == 1]
    if sources:
        by_source = Attribution.objects.filter(claim=OuterRef("pk"), source_id__in=sources)
        return qs.filter(Q(search=words) | Exists(by_source))
    if len(rows) >= WORDS_ENOUGH:
        return qs.filter(search=words)
    return qs.filter(Q(search=words) | Q(normalized__trigram_word_similar=folded))


def claim_search_ranked(qs: QuerySet[Claim], text: str) -> QuerySet[Claim]:
    folded = normalize(text.strip())
    return claim_search(qs, text).annotate(
        rank=Greatest(TrigramWordSimilarity(folded, "normalized"), 0.0)
    )


def status_counts(qs: QuerySet[Claim], *, cap: int | None = None) -> dict[str, Any]:
    """Claims per shown status, in one query.

    Unfiltered, this is an index-only scan of (final_status, status). With `cap`, only the first
    cap + 1 matching claims are counted, so a broad search or filter never counts 100,000 rows; then
    "capped" is True and only "at least cap" is known. With `cap`, "ids" lists the claims counted.
    """
    ids: list[int] = []
    if cap is not None:
        # Fetching cap + 1 short rows and counting here is cheaper than a grouped count over a
        # LIMIT-ed id subquery joined back to the table; the ids let the page skip the search.
        rows = list(qs.order_by().values_list("pk", "final_status", "status")[: cap + 1])
        ids = [pk for pk, _, _ in rows]
        grouped = list(Counter((f, s) for _, f, s in rows).items())
    else:
        pairs = qs.order_by().values_list("final_status", "status")
        grouped = [((f, s), n) for f, s, n in pairs.annotate(n=Count("*"))]
    counts: dict[str, Any] = dict.fromkeys(Claim.Status.values, 0)
    total = 0
    for (final_status, status), n in grouped:
        counts[final_status or status] = counts.get(final_status or status, 0) + n
        total += n
    counts["capped"] = cap is not None and total > cap
    counts["total"] = min(total, cap) if cap is not None else total
    counts["ids"] = ids
    return counts


# Counts of the unfiltered queue are kept this long at most (see all_status_counts).
COUNTS_TTL = 30


def all_status_counts() -> dict[str, Any]:
    """status_counts() of every claim, cached under the newest claim id and the newest ClaimEvent id.

    Counting 100,000 claims costs ~25 ms, more than the rest of the queue page; the signature costs one
    index probe. Every review write appends a ClaimEvent and new claims get new ids, so any change of
    a status or of the number of claims changes the key. Only a deletion without a new claim, or a
    write whose event id is below one already committed, can leave a count stale, for COUNTS_TTL at most.
    """
    newest = (
        Claim.objects.order_by("-pk")
        .values_list("pk", Subquery(ClaimEvent.objects.order_by("-pk").values("pk")[:1]))
        .first()
    )
    if newest is None:
        return status_counts(Claim.objects.all())
    key = f"claims:status-counts:{newest[0]}:{newest[1]}"
    counts = cache.get(key)
    if counts is None:
        counts = status_counts(Claim.objects.all())
        cache.set(key, counts, COUNTS_TTL)
    return counts
