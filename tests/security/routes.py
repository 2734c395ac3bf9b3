"""Every URL the project serves, with sample kwargs, and a small world of rows to point them at.

`all_routes()` walks the resolver (as 18F tock does), so a URL added later is picked up by every
security test automatically: it fails there until it has a sample here (when it takes kwargs) and an
expected row in test_role_matrix.EXPECTED.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from claims.models import (
    Article,
    Attribution,
    Claim,
    ClaimEvent,
    Evidence,
    Feed,
    IngestBatch,
    Source,
    Verdict,
)


@dataclass(frozen=True)
class Route:
    name: str | None  # "claims:queue"; None for an unnamed pattern
    pattern: str  # the full pattern, for messages
    params: tuple[str, ...]
    admin: bool

    @property
    def key(self) -> str:
        return self.name or f"<unnamed {self.pattern}>"


def _params(pattern: Any) -> list[str]:
    converters = getattr(pattern, "converters", None)
    if converters is not None and hasattr(pattern, "_route"):
        return list(converters)
    return list(pattern.regex.groupindex)


def _walk(
    patterns: list[Any], prefix: str, namespace: str, params: tuple[str, ...]
) -> Iterator[Route]:
    for entry in patterns:
        here = prefix + str(entry.pattern)
        names = params + tuple(_params(entry.pattern))
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _walk(entry.url_patterns, here, ns, names)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}{entry.name}" if entry.name else None
            yield Route(name, here, names, admin=namespace.startswith("admin:"))


def all_routes() -> list[Route]:
    return list(_walk(get_resolver().url_patterns, "/", "", ()))


# Unnamed patterns we accept: the admin's catch-all and ModelAdmin's old-style "<id>/" redirect to the
# change page. Both sit behind admin_view (staff login) like the named admin pages.
UNNAMED_ALLOWED = re.compile(r"^/admin/(\(\?P<url>\.\*\)\$|\w+/\w+/<path:object_id>/)$")


@dataclass
class World:
    """One of everything a URL can point at, all strings carrying `text`."""

    source: Source
    other_source: Source
    article: Article
    claim: Claim
    other_claim: Claim
    verdict: Verdict
    batch: IngestBatch
    feed: Feed
    gone: User  # a deactivated reviewer


def build_world(
    text: str = "plain", *, reviewer: User, url: str = "https://example.org/a"
) -> World:
    source = Source.objects.create(
        slug=f"sec-source-{Source.objects.count()}",
        name_en=f"Observatory {text}"[:255],
        name_ar=f"المرصد {text}"[:255],
        kind=Source.Kind.MONITOR,
        description=text,
    )
    source.aliases.create(
        name=f"alias {text}"[:255], normalized=f"{source.pk} alias {text}"[:255], language="en"
    )
    other = Source.objects.create(
        slug=f"sec-other-{Source.objects.count()}",
        name_en=f"Operations room {text}"[:255],
        name_ar="ねこ",
        kind=Source.Kind.OPERATIONS_ROOM,
    )
    batch = IngestBatch.objects.create(
        origin=IngestBatch.Origin.UPLOAD,
        label=text[:255],
        created_by=reviewer,
        total=1,
        rejected=1,
        errors=[{"name": text, "reason": text}],
    )
    body = f"{text} said the first thing. O'Hara said the second thing. {text}"
    article = Article.objects.create(
        batch=batch,
        outlet=other,
        outlet_name=text[:255],
        title=text[:1000],
        url=url,
        language="en",
        published=dt.datetime(2024, 1, 2, tzinfo=dt.UTC),
        source_name=text[:255],
        raw=body,
        text=body,
        content_hash=f"sec-{Article.objects.count()}-{abs(hash(text))}",
        status=Article.Status.DONE,
    )
    first = body.index("said the first")
    claim = Claim.objects.create(
        article=article,
        ordinal=0,
        start=0,
        end=first + len("said the first thing."),
        text=body[: first + len("said the first thing.")],
        kind=Claim.Kind.QUOTE,
        mode="said",
        cue=text[:100],
        normalized=text,
        entities={"numbers": [{"text": text, "value": 1}], "places": [], "dates": []},
    )
    second_start = body.index("O'Hara")
    second_end = body.index("thing.", second_start) + len("thing.")
    other_claim = Claim.objects.create(
        article=article,
        ordinal=1,
        start=second_start,
        end=second_end,
        text=body[second_start:second_end],
        kind=Claim.Kind.REPORTED,
        mode="said",
        normalized="o'hara",
    )
    Attribution.objects.create(claim=claim, source=source, speaker=text[:255], cue=text[:100])
    Attribution.objects.create(claim=other_claim, source=other, speaker="O'Hara")
    verdict = Verdict.objects.create(
        claim=claim, reviewer=reviewer, value=Verdict.Value.CORROBORATED, note=text
    )
    Evidence.objects.create(
        verdict=verdict,
        claim=other_claim,
        stance=Evidence.Stance.SUPPORTS,
        strength=Evidence.Strength.PRIMARY,
        quote=text,
    )
    Evidence.objects.create(
        verdict=verdict,
        url=url,
        outlet=text[:255],
        quote=text,
        date=dt.date(2024, 1, 3),
        stance=Evidence.Stance.CONTRADICTS,
        strength=Evidence.Strength.MEDIA,
    )
    ClaimEvent.objects.create(
        claim=claim, actor=reviewer, action="verdict", data={"value": "corroborated"}, note=text
    )
    feed = Feed.objects.create(
        url=f"{url}/feed-{Feed.objects.count()}", title=text[:255], outlet=other
    )
    gone = User.objects.filter(username="gone").first()
    if gone is None:
        from tests.base import make_user

        gone = make_user("gone", "reviewer", is_active=False)
    return World(source, other, article, claim, other_claim, verdict, batch, feed, gone)


# kwargs per URL name. A route with parameters and no entry here fails every security test.
SAMPLES: dict[str, Callable[[World], dict[str, Any]]] = {
    "claims:article-detail": lambda w: {"pk": w.article.pk},
    "claims:article-progress": lambda w: {"pk": w.article.pk},
    "claims:claim-panel": lambda w: {"pk": w.claim.pk},
    "claims:claim-verdict": lambda w: {"pk": w.claim.pk},
    "claims:claim-edit": lambda w: {"pk": w.claim.pk},
    "claims:claim-final": lambda w: {"pk": w.claim.pk},
    "claims:claim-history": lambda w: {"pk": w.claim.pk},
    "claims:claim-evidence-search": lambda w: {"pk": w.claim.pk},
    "claims:source-detail": lambda w: {"pk": w.source.pk},
    "claims:batch-detail": lambda w: {"pk": w.batch.pk},
    "claims:batch-progress": lambda w: {"pk": w.batch.pk},
    "claims:feed-detail": lambda w: {"pk": w.feed.pk},
}

# The admin is one subsystem with its own login; its parameters are sampled by name.
ADMIN_PARAMS = {
    "app_label": "auth",
    "object_id": "1",
    "id": "1",
    "content_type_id": "1",
    "url": "no-such-page/",
    "pk": "1",
}


class MissingSample(LookupError):
    pass


def sample_kwargs(route: Route, world: World) -> dict[str, Any]:
    if not route.params:
        return {}
    if route.admin:
        return {p: ADMIN_PARAMS[p] for p in route.params}
    if route.key not in SAMPLES:
        raise MissingSample(
            f"{route.key} ({route.pattern}) takes {route.params}: add it to SAMPLES"
        )
    return SAMPLES[route.key](world)


def sample_url(route: Route, world: World) -> str:
    kwargs = sample_kwargs(route, world)
    if route.name is None:
        return route.pattern.replace("<path:object_id>", "1").replace(
            "(?P<url>.*)$", kwargs.get("url", "")
        )
    return reverse(route.name, kwargs=kwargs)


def unsampled(routes: list[Route]) -> list[str]:
    """Routes that no test can request: unnamed outside the allowlist, or params without a sample."""
    problems = []
    for route in routes:
        if route.name is None and not UNNAMED_ALLOWED.match(route.pattern):
            problems.append(f"unnamed route {route.pattern}")
        elif route.params and not route.admin and route.key not in SAMPLES:
            problems.append(f"no sample kwargs for {route.key} {route.params}")
    return problems
