"""Draw a fresh, seeded random sample of corpus articles for blind gold annotation.

    .venv/bin/python scripts/draw_reserve.py --seed 2026112604 --ar 36 --en 24 > /tmp/draw.jsonl

Criteria (as every earlier draw): not yet annotated anywhere (tests/data/gold, its agreement/ and reserve/
files, ../shared/gold/dev.jsonl), mentions Syria (سوري / Syria), uses at least three attribution cue words,
900-4,500 characters. Articles are shuffled by the seed and taken in order; annotators skip none. Prints one
JSON line per article: id, ref (corpus file), language, characters.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
FILES = {
    "ar": ["saudinewsnet/articles.jsonl", "news-credibility-2013/articles_ar.jsonl"],
    "en": [
        "news-credibility-2013/articles_en.jsonl",
        "fa-kes/articles.jsonl",
        "bbc-news-2004-2005/articles.jsonl",
    ],
}
CUES = {
    "ar": re.compile(
        r"(?:قال|أعلن|اعلن|أكد|اكد|أفاد|افاد|بحسب|وفقا|وفقاً|ذكر|أشار|اشار|نقل|أوضح|صرح|نفى)"
    ),
    "en": re.compile(
        r"\b(?:said|says|told|according to|announced|reported|claimed|denied|citing)\b"
    ),
}
SYRIA = {"ar": "سوري", "en": "syria"}


def annotated() -> set[str]:
    ids = set()
    paths = list((ROOT / "tests" / "data" / "gold").rglob("*.jsonl"))
    paths.append(ROOT.parent / "shared" / "gold" / "dev.jsonl")
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def candidates(language: str, skip: set[str]) -> list[dict]:
    out = []
    for name in FILES[language]:
        with (CORPUS / name).open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                text = record["text"]
                if record["id"] in skip or not 900 <= len(text) <= 4500:
                    continue
                if SYRIA[language] not in text.lower():
                    continue
                if len(CUES[language].findall(text)) < 3:
                    continue
                out.append(
                    {"id": record["id"], "ref": name, "language": language, "chars": len(text)}
                )
    return sorted(out, key=lambda r: r["id"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--ar", type=int, default=24)
    parser.add_argument("--en", type=int, default=12)
    args = parser.parse_args()
    skip = annotated()
    rng = random.Random(args.seed)
    for language, count in (("ar", args.ar), ("en", args.en)):
        pool = candidates(language, skip)
        rng.shuffle(pool)
        for record in pool[:count]:
            print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
