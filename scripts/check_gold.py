"""Check gold annotation files before they join tests/data/gold (the same rules as tests/test_gold_data.py).

    .venv/bin/python scripts/check_gold.py FILE.jsonl...

For each record: it resolves to its corpus article; every anchor is 3-12 words, a piece of the normalised
article on one line (and within one Arabic sentence); no anchor repeats; kinds are valid; quote/reported
claims name speakers and passive/outlet claims none; every speaker entry has a name written in the article.
Prints each problem and exits 1 when there is any.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_gold_data import (  # noqa: E402
    _ARABIC_SENTENCE_END,
    ATTRIBUTED,
    KINDS,
    MAX_ANCHOR_WORDS,
    MIN_ANCHOR_WORDS,
    corpus_file,
    normalise,
)


def problems(record: dict) -> list[str]:
    out = []
    article = (
        corpus_file(record.get("ref", "")).get(record.get("id")) if record.get("ref") else None
    )
    if article is None:
        return [f"{record.get('id')}: not found in corpus file {record.get('ref')}"]
    if record.get("language") != article["language"]:
        out.append(f"{record['id']}: language {record.get('language')} != {article['language']}")
    text = normalise(article["text"])
    lines = [normalise(line) for line in article["text"].splitlines()]
    counts = Counter(normalise(c["anchor"]) for c in record.get("claims", []))
    out += [f"{record['id']}: repeated anchor {a!r}" for a, n in counts.items() if n > 1]
    if not record.get("claims"):
        out.append(f"{record['id']}: no claims")
    for claim in record.get("claims", []):
        anchor = normalise(claim["anchor"])
        where = f"{record['id']}: {claim['anchor']!r}"
        if anchor not in text:
            out.append(f"{where} is not in the article")
        elif not any(anchor in line for line in lines):
            out.append(f"{where} crosses a line break")
        if not MIN_ANCHOR_WORDS <= len(anchor.split()) <= MAX_ANCHOR_WORDS:
            out.append(f"{where} has {len(anchor.split())} words (3-12)")
        if record["language"] == "ar" and _ARABIC_SENTENCE_END.search(claim["anchor"].strip()):
            out.append(f"{where} crosses an Arabic sentence end")
        if claim.get("kind") not in KINDS:
            out.append(f"{where} kind {claim.get('kind')!r}")
        speakers = claim.get("speakers", [])
        if claim.get("kind") in ATTRIBUTED and not speakers:
            out.append(f"{where} is {claim['kind']} without a speaker")
        if claim.get("kind") not in ATTRIBUTED and speakers:
            out.append(f"{where} is {claim.get('kind')} with speakers")
        for names in speakers:
            if not names or len(names) != len(set(names)):
                out.append(f"{where} bad or repeated names {names}")
            elif not any(normalise(n) in text for n in names):
                out.append(f"{where} no name of {names} is written in the article")
    return out


def main() -> None:
    found = []
    for name in sys.argv[1:]:
        for n, line in enumerate(Path(name).read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    found += problems(json.loads(line))
                except (json.JSONDecodeError, KeyError, TypeError) as exc:
                    found.append(f"{name}:{n}: {exc!r}")
    print("\n".join(found) or "ok")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
