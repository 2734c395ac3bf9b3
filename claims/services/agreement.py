"""Inter-reviewer agreement: Cohen's kappa per reviewer pair and per source.

Only each reviewer's newest verdict on a claim counts (verdicts are append-only; a newer one supersedes).
Categories are the three verdict values (corroborated, disputed, unverifiable).

kappa = (p_o - p_e) / (1 - p_e), with p_o the observed share of agreeing items and p_e the agreement
expected by chance from the two raters' marginal distributions. When p_e == 1 (both reviewers put every
shared claim in the same single category) kappa is 0/0 and therefore undefined: we return None and the
page shows "n/a" next to the counts, rather than pretending it is 1.0 or 0.0. (p_e == 1 implies p_o == 1,
so such a pair agreed on every item; the counts make that visible.)

Per source, every claim attributed to the source and reviewed by at least two reviewers contributes one
item per reviewer pair; the first rating is the lower user id's. Kappa is computed on that pooled table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from django.contrib.auth import get_user_model

from claims.models import Attribution, Source, Verdict

CATEGORIES: tuple[str, ...] = tuple(Verdict.Value.values)


@dataclass(frozen=True)
class Agreement:
    """Agreement between two ratings over the same items."""

    items: int
    agreed: int
    kappa: float | None  # None: undefined (no items, or chance agreement is 1)
    table: tuple[tuple[int, ...], ...]  # rows: first rater's category, columns: second's

    @property
    def observed(self) -> float | None:
        return self.agreed / self.items if self.items else None


@dataclass(frozen=True)
class PairAgreement:
    first: object  # User
    second: object  # User
    agreement: Agreement


@dataclass(frozen=True)
class SourceAgreement:
    source: Source
    claims: int
    agreement: Agreement


@dataclass(frozen=True)
class AgreementReport:
    pairs: list[PairAgreement]
    sources: list[SourceAgreement]
    categories: tuple[str, ...]


def cohen_kappa(
    pairs: Iterable[tuple[str, str]], categories: Sequence[str] = CATEGORIES
) -> Agreement:
    """Cohen's kappa for two raters given (first, second) rating pairs."""
    index = {category: i for i, category in enumerate(categories)}
    table = [[0] * len(categories) for _ in categories]
    for first, second in pairs:
        table[index[first]][index[second]] += 1
    n = sum(map(sum, table))
    agreed = sum(table[i][i] for i in range(len(categories)))
    kappa: float | None = None
    if n:
        rows = [sum(row) for row in table]
        cols = [sum(row[j] for row in table) for j in range(len(categories))]
        p_o = agreed / n
        p_e = sum(r * c for r, c in zip(rows, cols, strict=True)) / (n * n)
        # p_e == 1 only when both raters used one and the same category throughout: 0/0.
        if p_e < 1:
            kappa = (p_o - p_e) / (1 - p_e)
    return Agreement(items=n, agreed=agreed, kappa=kappa, table=tuple(tuple(row) for row in table))


def latest_verdicts() -> dict[int, dict[int, str]]:
    """{claim_id: {reviewer_id: value}} using each reviewer's newest verdict on each claim."""
    rows = (
        Verdict.objects.order_by("claim_id", "reviewer_id", "-created", "-pk")
        .distinct("claim_id", "reviewer_id")
        .values_list("claim_id", "reviewer_id", "value")
    )
    by_claim: dict[int, dict[int, str]] = defaultdict(dict)
    for claim_id, reviewer_id, value in rows:
        by_claim[claim_id][reviewer_id] = value
    return by_claim


def agreement_report() -> AgreementReport:
    """Kappa for every reviewer pair with shared claims and every source with double-reviewed claims.

    A fixed number of queries (verdicts, attributions, users, sources) whatever the data size.
    """
    by_claim = {cid: votes for cid, votes in latest_verdicts().items() if len(votes) >= 2}

    pair_items: dict[tuple[int, int], list[tuple[str, str]]] = defaultdict(list)
    for votes in by_claim.values():
        for a, b in combinations(sorted(votes), 2):
            pair_items[(a, b)].append((votes[a], votes[b]))

    claim_sources: dict[int, set[int]] = defaultdict(set)
    if by_claim:
        for claim_id, source_id in Attribution.objects.filter(
            claim_id__in=list(by_claim)
        ).values_list("claim_id", "source_id"):
            claim_sources[source_id].add(claim_id)

    users = get_user_model().objects.in_bulk({uid for pair in pair_items for uid in pair})
    pairs = [
        PairAgreement(users[a], users[b], cohen_kappa(items))
        for (a, b), items in pair_items.items()
    ]
    pairs.sort(key=lambda p: (p.first.get_username(), p.second.get_username()))

    sources_by_id = Source.objects.in_bulk(list(claim_sources))
    sources = []
    for source_id, claim_ids in claim_sources.items():
        items = [
            (by_claim[cid][a], by_claim[cid][b])
            for cid in claim_ids
            for a, b in combinations(sorted(by_claim[cid]), 2)
        ]
        sources.append(
            SourceAgreement(sources_by_id[source_id], len(claim_ids), cohen_kappa(items))
        )
    sources.sort(key=lambda s: (-s.claims, str(s.source)))
    return AgreementReport(pairs=pairs, sources=sources, categories=CATEGORIES)
