"""Server time of the review pages with 100,000 claims in the database, against a bare template view.

    .venv/bin/python bench/pages.py [--requests 200] [--rebuild]

It works on its own database (BENCH_PAGES_DB_NAME, default factcheck_bench_pages), created, migrated
and filled on the first run (an article of 50 claims among 2,000 such articles: 100,000 claims, one
attribution each, a verdict on every fifth) and reused afterwards unless --rebuild. Requests go through
Django's test Client in-process: the whole middleware stack, sessions, CSRF, CSP, templates and the
ORM, but no socket. For each page it prints the median and p95 server time, the ratio of the median to
the bare view's median, and the number of SQL queries one request runs.

Targets (issue 4): the article page within 5x of the bare view; every page under 50 ms p95.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DB_NAME = os.environ.get("BENCH_PAGES_DB_NAME", "factcheck_bench_pages")
ARTICLES = 2_000
CLAIMS_PER_ARTICLE = 50

# Configure Django for the bench database before anything imports settings.
os.environ["DB_NAME"] = DB_NAME
os.environ.pop("DATABASE_URL", None)
os.environ["DEBUG"] = "0"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
sys.path.insert(0, str(ROOT))

WORDS_EN = [
    "shelling",
    "killed",
    "wounded",
    "civilians",
    "village",
    "forces",
    "regime",
    "opposition",
    "observatory",
    "said",
    "town",
    "airstrike",
    "drone",
    "clashes",
    "fighters",
    "army",
    "operations",
    "room",
    "spokesman",
    "announced",
    "denied",
    "confirmed",
    "attack",
    "checkpoint",
    "convoy",
    "displaced",
    "families",
    "hospital",
    "market",
    "bridge",
    "frontline",
    "ceasefire",
]
WORDS_AR = [
    "قصف",
    "قتل",
    "جرح",
    "مدنيين",
    "قرية",
    "قوات",
    "النظام",
    "المعارضة",
    "المرصد",
    "قال",
    "بلدة",
    "غارة",
    "طائرة",
    "اشتباكات",
    "مقاتلين",
    "الجيش",
    "غرفة",
    "عمليات",
    "المتحدث",
    "أعلن",
    "نفى",
    "أكد",
    "هجوم",
    "حاجز",
    "قافلة",
    "نازحين",
    "عائلات",
    "مستشفى",
    "سوق",
    "جسر",
    "جبهة",
]


SYLLABLES_EN = [
    "kaf",
    "ra",
    "bal",
    "tal",
    "mar",
    "din",
    "sha",
    "hab",
    "zor",
    "jis",
    "ram",
    "qar",
    "nub",
    "man",
    "bus",
    "sar",
    "lat",
    "kin",
    "dar",
    "hum",
]
SYLLABLES_AR = [
    "كف",
    "را",
    "بل",
    "تل",
    "مر",
    "دن",
    "شا",
    "حب",
    "زو",
    "جس",
    "رم",
    "قر",
    "نب",
    "من",
    "بص",
    "سر",
    "لط",
    "كن",
    "در",
    "حم",
]


def place_name(rng: random.Random, arabic: bool) -> str:
    """A made-up village name: 8,000 of them, so each appears in about a dozen claims."""
    syllables = SYLLABLES_AR if arabic else SYLLABLES_EN
    return "".join(rng.choice(syllables) for _ in range(3))


def ensure_database(rebuild: bool) -> bool:
    """Create the bench database if missing (or when rebuilding); True when it is new."""
    import psycopg

    params = {
        "host": os.environ.get("DB_HOST", "127.0.0.1"),
        "port": os.environ.get("DB_PORT", "5432"),
        "user": os.environ.get("DB_USER", "postgres"),
        "password": os.environ.get("DB_PASSWORD", ""),
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]).fetchone()
        if exists and not rebuild:
            return False
        conn.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        conn.execute(
            f"CREATE DATABASE \"{DB_NAME}\" ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' "
            "LC_CTYPE 'C.UTF-8' TEMPLATE template0"
        )
    return True


def build_data() -> None:
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.db import transaction

    from claims.extraction.normalize import normalize
    from claims.models import Article, Attribution, Claim, Source, Verdict
    from claims.search import claim_search_vector

    call_command("migrate", verbosity=0, interactive=False)
    if Claim.objects.count() >= ARTICLES * CLAIMS_PER_ARTICLE:
        return
    started = time.perf_counter()
    rng = random.Random(7)
    with transaction.atomic():
        kinds = list(Source.Kind.values)
        sources = Source.objects.bulk_create(
            Source(
                slug=f"bench-source-{i}",
                name_en=f"Bench source {i}",
                name_ar=f"مصدر {i}",
                kind=kinds[i % len(kinds)],
                conflict_party=Source.Party.values[i % len(Source.Party.values)],
                curated=True,
            )
            for i in range(60)
        )
        reviewer = User.objects.create_user("bench-reviewer", password="bench pages password 1")
        other = User.objects.create_user("bench-other", password="bench pages password 2")
        for user in (reviewer, other):
            user.groups.add(*Group.objects.filter(name__in=["reviewer", "editor"]))
        articles, claims_by_article = [], []
        for a in range(ARTICLES):
            words = WORDS_AR if a % 2 == 0 else WORDS_EN
            parts, spans = [], []
            pos = 0
            for _ in range(CLAIMS_PER_ARTICLE):
                sentence = " ".join(rng.choice(words) for _ in range(14))
                sentence += " " + place_name(rng, words is WORDS_AR) + "."
                spans.append((pos, pos + len(sentence), sentence))
                parts.append(sentence)
                pos += len(sentence) + 1
            text = " ".join(parts)
            articles.append(
                Article(
                    title=f"Bench article {a}",
                    outlet=sources[a % 10],
                    outlet_name=f"Bench source {a % 10}",
                    language="ar" if a % 2 == 0 else "en",
                    raw=text,
                    text=text,
                    content_hash=f"bench-pages-{a}",
                    status=Article.Status.DONE,
                )
            )
            claims_by_article.append(spans)
        articles = Article.objects.bulk_create(articles, batch_size=500)
        claims = []
        for article, spans in zip(articles, claims_by_article, strict=True):
            for ordinal, (start, end, sentence) in enumerate(spans):
                claims.append(
                    Claim(
                        article=article,
                        ordinal=ordinal,
                        start=start,
                        end=end,
                        text=sentence,
                        kind=Claim.Kind.values[ordinal % 4],
                        mode="said",
                        normalized=normalize(sentence),
                    )
                )
        claims = Claim.objects.bulk_create(claims, batch_size=5_000)
        Attribution.objects.bulk_create(
            (
                Attribution(
                    claim=claim,
                    source=sources[10 + (claim.ordinal * 7 + claim.article_id) % 50],
                    speaker="bench speaker",
                )
                for claim in claims
            ),
            batch_size=5_000,
        )
        Verdict.objects.bulk_create(
            (
                Verdict(
                    claim=claim,
                    reviewer=other,
                    value=Verdict.Value.CORROBORATED,
                    note="bench",
                )
                for claim in claims[::5]
            ),
            batch_size=5_000,
        )
        Claim.objects.filter(pk__in=[c.pk for c in claims[::5]]).update(
            status=Claim.Status.CORROBORATED
        )
        Claim.objects.update(search=claim_search_vector())
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"built {len(claims):,} claims in {time.perf_counter() - started:.1f} s", flush=True)


def bench_urlconf() -> str:
    """The project's URLs plus /bench/bare/: a tiny view rendering a small template."""
    from django.http import HttpRequest, HttpResponse
    from django.template import engines
    from django.urls import path

    import factcheck.urls

    template = engines["django"].from_string(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>'
        "</head><body><h1>{{ title }}</h1><ul>{% for item in items %}<li>{{ item }}</li>"
        "{% endfor %}</ul></body></html>"
    )

    def bare(request: HttpRequest) -> HttpResponse:
        return HttpResponse(
            template.render({"title": "Bare", "items": ["one", "two", "three"]}, request)
        )

    module = types.ModuleType("bench_pages_urls")
    module.urlpatterns = [path("bench/bare/", bare), *factcheck.urls.urlpatterns]
    sys.modules[module.__name__] = module
    return module.__name__


def measure(
    client, url: str, headers: dict[str, str], n: int, show_queries: bool = False
) -> tuple[float, float, int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(max(10, n // 10)):
        client.get(url, headers=headers)
    times = []
    for _ in range(n):
        started = time.perf_counter()
        response = client.get(url, headers=headers)
        times.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(url, headers=headers)
    if show_queries:
        for query in sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:3]:
            print(f"      {float(query['time']) * 1000:8.1f} ms  {query['sql'][:300]}")
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
    return statistics.median(times), p95, len(queries), response.status_code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="timed requests per page")
    parser.add_argument("--rebuild", action="store_true", help="drop and rebuild the bench data")
    parser.add_argument("--queries", action="store_true", help="print each page's slowest queries")
    args = parser.parse_args()

    ensure_database(args.rebuild)
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.test import Client
    from django.test.utils import override_settings
    from django.urls import reverse

    from claims.models import Article, Claim

    build_data()
    article = Article.objects.filter(content_hash="bench-pages-0").get()
    claim = Claim.objects.filter(article=article, ordinal=25).get()
    # Selective searches: a village named in about a dozen claims, and the same name misspelt.
    place_ar = claim.text.rstrip(".").split()[-1]
    place_en = (
        Claim.objects.filter(article__content_hash="bench-pages-1", ordinal=7)
        .get()
        .text.rstrip(".")
        .split()[-1]
    )
    misspelt = place_en[:-2] + place_en[-1] + place_en[-2]
    total = Claim.objects.count()

    with override_settings(ROOT_URLCONF=bench_urlconf(), ALLOWED_HOSTS=["testserver"]):
        client = Client()
        client.force_login(User.objects.get(username="bench-reviewer"))
        htmx = {"HX-Request": "true"}
        queue = reverse("claims:queue")
        pages = [
            ("bare template view", "/bench/bare/", {}),
            ("article page (50 claims)", reverse("claims:article-detail", args=[article.pk]), {}),
            ("claim panel (htmx)", reverse("claims:claim-panel", args=[claim.pk]), htmx),
            ("claim panel (full page)", reverse("claims:claim-panel", args=[claim.pk]), {}),
            ("queue, first page", queue, {}),
            ("queue, filtered (htmx)", f"{queue}?status=unreviewed&kind=quote&language=en", htmx),
            ("queue, search: a name", f"{queue}?q={place_en}", {}),
            ("queue, search: misspelt", f"{queue}?q={misspelt}", {}),
            ("queue, search: Arabic name", f"{queue}?q={place_ar}", {}),
            ("queue, search: common words", f"{queue}?q=shelling+civilians", {}),
        ]
        print(f"{total:,} claims in {DB_NAME}; {args.requests} timed requests per page\n")
        print(
            f"{'page':28} {'status':>6} {'median ms':>10} {'p95 ms':>8} {'x bare':>7} {'queries':>8}"
        )
        results = {}
        for label, url, headers in pages:
            median, p95, queries, status = measure(
                client, url, headers, args.requests, show_queries=args.queries
            )
            results[label] = (median, p95)
            bare = results["bare template view"][0]
            print(
                f"{label:28} {status:>6} {median:>10.2f} {p95:>8.2f} {median / bare:>7.1f} {queries:>8}",
                flush=True,
            )
    bare = results["bare template view"][0]
    article_ratio = results["article page (50 claims)"][0] / bare
    slow = [label for label, (_, p95) in results.items() if p95 >= 50]
    print()
    print(
        f"article page / bare view: {article_ratio:.1f}x (target <= 5x): "
        f"{'PASS' if article_ratio <= 5 else 'FAIL'}"
    )
    print(f"every page p95 < 50 ms: {'PASS' if not slow else 'FAIL ' + ', '.join(slow)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
