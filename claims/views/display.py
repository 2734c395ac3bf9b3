"""Reads shared by the review pages: claim querysets with a fixed number of queries, search, blindness."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.postgres.search import TrigramWordSimilarity
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    When,
)
from django.db.models.functions import Greatest

from claims.extraction.normalize import normalize
from claims.models import Attribution, Claim, SourceAlias, Verdict
from claims.permissions import is_editor
from claims.search import claim_search_query

# Source colours: a stable class per source id, so a source keeps its colour on every page.
SOURCE_COLOURS = 12

EFFECTIVE_STATUS = Case(
    When(~Q(final_status=""), then=F("final_status")),
    default=F("status"),
)


def status_q(status: str) -> Q:
    """Claims whose shown status (editor's final status, else the reviewers') is `status`."""
    return Q(final_status=status) | Q(final_status="", status=status)


def wants_partial(request: Any) -> bool:
    """An htmx swap gets the fragment; a history restore (back button) needs the whole page."""
    return bool(request.htmx) and not request.htmx.history_restore_request


def source_colour(source_id: int | None) -> str:
    return "src-none" if source_id is None else f"src-{source_id % SOURCE_COLOURS}"


def claims_for_display(qs: QuerySet[Claim], user: Any) -> QuerySet[Claim]:
    """Everything a claim row or mark needs, in two queries however many claims: the claims (with
    article, outlet, assignee and the user's own newest verdict) and their attributions with sources."""
    mine = Verdict.objects.filter(claim=OuterRef("pk"), reviewer_id=user.pk).order_by(
        "-created", "-pk"
    )
    return (
        qs.select_related("article", "article__outlet", "assigned_to")
        .annotate(my_verdict=Subquery(mine.values("value")[:1]))
        .prefetch_related(
            Prefetch(
                "attributions",
                queryset=Attribution.objects.select_related("source").order_by("position"),
            )
        )
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


def claim_search(qs: QuerySet[Claim], text: str) -> QuerySet[Claim]:
    """Full-text match on the normalised text, or a trigram match (misspelt names) on the text or on
    the names of the claim's sources."""
    text = text.strip()
    if not text:
        return qs
    folded = normalize(text)
    alias_match = Attribution.objects.filter(
        claim=OuterRef("pk"),
        source__in=SourceAlias.objects.filter(normalized__trigram_similar=folded).values(
            "source_id"
        ),
    )
    return qs.filter(
        Q(search=claim_search_query(text))
        | Q(normalized__trigram_word_similar=folded)
        | Exists(alias_match)
    )


def claim_search_ranked(qs: QuerySet[Claim], text: str) -> QuerySet[Claim]:
    folded = normalize(text.strip())
    return claim_search(qs, text).annotate(
        rank=Greatest(TrigramWordSimilarity(folded, "normalized"), 0.0)
    )


def status_counts(qs: QuerySet[Claim]) -> dict[str, int]:
    """Claims per shown status, one query."""
    aggregates = {value: Count("pk", filter=status_q(value)) for value in Claim.Status.values}
    return qs.order_by().aggregate(total=Count("pk"), **aggregates)
