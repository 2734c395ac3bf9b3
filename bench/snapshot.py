"""Whole-output digest of extract() over the corpus, for refactors that must not change a single result.

    .venv/bin/python bench/snapshot.py OUT.jsonl [--limit 0]

Writes one JSON line per article (id, language, cleaned-text length and every claim with offsets, kind,
mode, polarity, hedging, attributions and entities, via the dataclasses' ``asdict``) and prints the SHA-256
of the file. Run it before and after a speed change (with the same registry and corpus) and compare the
digests; ``diff`` the two files to see what moved.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.extract import CORPUS, FILES  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--limit", type=int, default=0, help="articles (0: all)")
    args = parser.parse_args()
    from claims.extraction import extract

    digest = hashlib.sha256()
    count = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for name in FILES:
            with (CORPUS / name).open(encoding="utf-8") as fh:
                for line in fh:
                    if args.limit and count >= args.limit:
                        break
                    record = json.loads(line)
                    result = extract(record["text"], language=record.get("language") or None)
                    row = {
                        "id": record["id"],
                        "language": result.language,
                        "chars": len(result.text),
                        "claims": [dataclasses.asdict(claim) for claim in result.claims],
                    }
                    text = json.dumps(row, ensure_ascii=False, sort_keys=True, default=str)
                    out.write(text + "\n")
                    digest.update(text.encode("utf-8"))
                    count += 1
    print(f"{count} articles, sha256 {digest.hexdigest()}")


if __name__ == "__main__":
    main()
