"""Hand-written factories: typed helpers with defaults and uuid4 uniqueness (no factory_boy)."""

from __future__ import annotations

import hashlib
from typing import Any
from uuid import uuid4

from django.contrib.auth.models import AbstractBaseUser

from claims.extraction.normalize import normalize
from claims.models import (
    Article,
    Attribution,
    Claim,
    Evidence,
    Source,
    SourceAlias,
    Verdict,
)
from claims.search import claim_search_vector


def make_source(*, aliases: tuple[str, ...] = (), **overrides: Any) -> Source:
    tag = uuid4().hex[:8]
    fields: dict[str, Any] = {
        "slug": f"source-{tag}",
        "name_en": f"Source {tag}",
        "kind": Source.Kind.MONITOR,
        "curated": True,
    }
    fields.update(overrides)
    source = Source.objects.create(**fields)
    for name in aliases:
        SourceAlias.objects.create(source=source, name=name, normalized=normalize(name))
    return source


def make_article(**overrides: Any) -> Article:
    tag = uuid4().hex
    text = overrides.pop("text", f"An article {tag}. The monitor said ten people were killed.")
    fields: dict[str, Any] = {
        "title": f"Article {tag[:8]}",
        "language": "en",
        "raw": text,
        "text": text,
        "content_hash": hashlib.sha256(f"{tag}{text}".encode()).hexdigest(),
        "status": Article.Status.DONE,
    }
    fields.update(overrides)
    return Article.objects.create(**fields)


def make_claim(
    *,
    article: Article | None = None,
    source: Source | None = None,
    speaker: str = "",
    span: tuple[int, int] | None = None,
    **overrides: Any,
) -> Claim:
    """A claim over `span` of the article's text (default: the whole text after the last claim)."""
    if article is None:
        article = make_article()
    ordinal = overrides.pop("ordinal", article.claims.count())
    if span is None:
        # A fresh one-character-wide slot per ordinal, so many claims fit one article.
        text = overrides.get("text")
        if text and text in article.text:
            start = article.text.index(text)
            span = (start, start + len(text))
        else:
            span = (ordinal, ordinal + 1)
    start, end = span
    fields: dict[str, Any] = {
        "article": article,
        "ordinal": ordinal,
        "start": start,
        "end": end,
        "text": article.text[start:end] or f"claim {uuid4().hex[:8]}",
        "kind": Claim.Kind.REPORTED,
        "mode": "said",
    }
    fields.update(overrides)
    fields.setdefault("normalized", normalize(fields["text"]))
    claim = Claim.objects.create(**fields)
    Claim.objects.filter(pk=claim.pk).update(search=claim_search_vector())
    if source is not None:
        Attribution.objects.create(
            claim=claim, source=source, speaker=speaker or str(source), position=0
        )
    return claim


def make_verdict(
    *,
    claim: Claim,
    reviewer: AbstractBaseUser,
    value: str = Verdict.Value.CORROBORATED,
    note: str = "checked",
    evidence: list[dict[str, Any]] | None = None,
    **overrides: Any,
) -> Verdict:
    """A raw Verdict row (bypassing the service: for read-side tests only)."""
    verdict = Verdict.objects.create(
        claim=claim, reviewer=reviewer, value=value, note=note, **overrides
    )
    for item in evidence or []:
        Evidence.objects.create(
            verdict=verdict,
            stance=item.get("stance", Evidence.Stance.SUPPORTS),
            strength=item.get("strength", Evidence.Strength.SECONDARY),
            claim=item.get("claim"),
            url=item.get("url", ""),
            outlet=item.get("outlet", ""),
            quote=item.get("quote", ""),
        )
    return verdict


def make_article_with_claims(n: int, **overrides: Any) -> tuple[Article, list[Claim]]:
    """An article whose text holds n sentences, each one claim by a different source."""
    sentences = [f"Source {i} said event {i} happened in town {i}." for i in range(n)]
    article = make_article(text=" ".join(sentences), **overrides)
    claims = []
    pos = 0
    for i, sentence in enumerate(sentences):
        claims.append(
            make_claim(
                article=article,
                source=make_source(),
                span=(pos, pos + len(sentence)),
                ordinal=i,
            )
        )
        pos += len(sentence) + 1
    return article, claims


def ensure_roles() -> None:
    """The role groups (migration 0002); a TransactionTestCase's flush removes them."""
    from django.contrib.auth.models import Group

    for name in ("reviewer", "editor", "admin"):
        Group.objects.get_or_create(name=name)
