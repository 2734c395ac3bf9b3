"""Speed of entity finding (numbers, places, dates) over the real corpus, on one core (CPU time of this process, so other load on the machine counts less).

    .venv/bin/python bench/entities.py [--limit 0]

Prints MB/s (UTF-8 bytes of article text), articles/s and mentions/s for find_entities over every
article of ../shared/corpus, and in the same run the speed of a bare token scan (the tokenising
regex alone), as a ratio to the warm pass. The first pass is cold (empty per-token cache, as in a
worker that has just started), the second warm.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from extract import CORPUS, FILES  # noqa: E402 - the same corpus files as the extraction bench


def _articles(limit: int) -> list[tuple[str, str, datetime.date | None]]:
    out = []
    for name in FILES:
        with (CORPUS / name).open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                published = record.get("published")
                try:
                    day = datetime.date.fromisoformat(published[:10]) if published else None
                except ValueError:
                    day = None
                out.append((record["text"], record.get("language") or "ar", day))
    return out[:limit] if limit else out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0, help="articles (0: all)")
    args = parser.parse_args()
    from claims.extraction.entities import _TOKEN, find_entities

    articles = _articles(args.limit)
    size = sum(len(text.encode("utf-8")) for text, _, _ in articles)
    # First pass cold (a worker that has just started, empty token cache), second warm.
    timings = []
    mentions = 0
    for _ in range(2):
        started = time.process_time()
        mentions = 0
        for text, language, day in articles:
            e = find_entities(text, language=language, published=day)
            mentions += len(e.numbers) + len(e.places) + len(e.dates)
        timings.append(time.process_time() - started)
    cold, warm = timings
    started = time.process_time()
    tokens = 0
    for text, _, _ in articles:
        tokens += sum(1 for _ in _TOKEN.finditer(text))
    bare = time.process_time() - started
    mb = size / 1e6
    print(f"articles: {len(articles)}  text: {mb:.1f} MB  tokens: {tokens}  mentions: {mentions}")
    print(f"find_entities, cold pass: {mb / cold:.2f} MB/s  {len(articles) / cold:.0f} articles/s")
    print(
        f"find_entities, warm pass: {mb / warm:.2f} MB/s  {len(articles) / warm:.0f} articles/s  "
        f"{mentions / warm:.0f} mentions/s"
    )
    print(f"bare token scan: {mb / bare:.2f} MB/s  ratio warm/bare: {warm / bare:.1f}x")


if __name__ == "__main__":
    main()
