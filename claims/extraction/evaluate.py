"""Score predicted claims against gold claims, exactly as ../shared/gold/README.md defines it.

Pure Python. A predicted claim *covers* a gold claim when its normalised text contains the normalised anchor;
one that covers more than two anchors is too coarse and covers none. Quote and reported are one voice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from claims.extraction.normalize import normalize

ATTRIBUTED = frozenset({"quote", "reported"})
MAX_ANCHORS = 2


def voice(kind: str) -> str:
    """quote and reported count as one voice, *attributed*."""
    return "attributed" if kind in ATTRIBUTED else kind


@dataclass(frozen=True, slots=True)
class PredictedClaim:
    text: str
    kind: str
    speakers: tuple[str, ...] = ()


@dataclass(slots=True)
class Counts:
    gold: int = 0
    found: int = 0
    voice_ok: int = 0
    recall_hits: int = 0
    recall_total: int = 0
    precision_hits: int = 0
    precision_total: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def claims_found(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def voice_accuracy(self) -> float:
        return self.voice_ok / self.found if self.found else 1.0

    @property
    def precision(self) -> float:
        return self.precision_hits / self.precision_total if self.precision_total else 1.0

    @property
    def recall(self) -> float:
        return self.recall_hits / self.recall_total if self.recall_total else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold_claims": self.gold,
            "claims_found": round(self.claims_found, 4),
            "voice_accuracy": round(self.voice_accuracy, 4),
            "attribution_precision": round(self.precision, 4),
            "attribution_recall": round(self.recall, 4),
            "attribution_f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class ArticleScore:
    id: str
    language: str
    counts: Counts
    missed: list[str] = field(default_factory=list)
    wrong_voice: list[tuple[str, str, str]] = field(default_factory=list)
    missed_speakers: list[tuple[str, str]] = field(default_factory=list)
    false_speakers: list[tuple[str, str]] = field(default_factory=list)

    @property
    def quality(self) -> float:
        c = self.counts
        return (c.claims_found + c.voice_accuracy + c.f1) / 3


@dataclass(slots=True)
class Report:
    articles: list[ArticleScore]
    by_language: dict[str, Counts]
    overall: Counts

    def worst(self, n: int = 5) -> list[ArticleScore]:
        return sorted(self.articles, key=lambda a: (a.quality, a.id))[:n]

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.as_dict(),
            "by_language": {lang: c.as_dict() for lang, c in sorted(self.by_language.items())},
            "articles": [
                {"id": a.id, "language": a.language, **a.counts.as_dict()} for a in self.articles
            ],
        }


def speaker_matches(predicted: str, names: Sequence[str]) -> bool:
    """The predicted speaker, normalised, contains one of the names or is a substantial part of one."""
    pred = normalize(predicted)
    if not pred:
        return False
    padded = f" {pred} "
    for name in names:
        gold = normalize(name)
        if not gold:
            continue
        if gold in pred:
            return True
        # A substantial part: whole words of the name, at least half of it.
        if f" {pred} " in f" {gold} " and len(pred) * 2 >= len(gold) and padded.strip():
            return True
    return False


def score_article(
    gold_claims: Sequence[Mapping[str, Any]],
    predicted: Sequence[PredictedClaim],
    *,
    article_id: str = "",
    language: str = "",
) -> ArticleScore:
    """Score one article's predictions against its gold claims."""
    anchors = [normalize(g.get("anchor", "")) for g in gold_claims]
    texts = [normalize(p.text) for p in predicted]
    covers: list[list[int]] = []
    for text in texts:
        hit = [i for i, a in enumerate(anchors) if a and a in text]
        covers.append(hit if len(hit) <= MAX_ANCHORS else [])
    counts = Counts(gold=len(gold_claims))
    score = ArticleScore(article_id, language, counts)
    covering: dict[int, list[int]] = {}
    for p_index, hit in enumerate(covers):
        for g_index in hit:
            covering.setdefault(g_index, []).append(p_index)

    for g_index, gold in enumerate(gold_claims):
        preds = covering.get(g_index, [])
        gold_speakers = gold.get("speakers") or []
        counts.recall_total += len(gold_speakers)
        if not preds:
            score.missed.append(gold.get("anchor", ""))
            for names in gold_speakers:
                score.missed_speakers.append((gold.get("anchor", ""), names[0] if names else ""))
            continue
        counts.found += 1
        gold_voice = voice(gold.get("kind", ""))
        if any(voice(predicted[p].kind) == gold_voice for p in preds):
            counts.voice_ok += 1
        else:
            score.wrong_voice.append(
                (gold.get("anchor", ""), gold.get("kind", ""), predicted[preds[0]].kind)
            )
        for names in gold_speakers:
            if any(speaker_matches(s, names) for p in preds for s in predicted[p].speakers):
                counts.recall_hits += 1
            else:
                score.missed_speakers.append((gold.get("anchor", ""), names[0] if names else ""))

    for p_index, pred in enumerate(predicted):
        hit = covers[p_index]
        for speaker in pred.speakers:
            if not hit:
                counts.precision_total += 1
                score.false_speakers.append((pred.text[:60], speaker))
                continue
            for g_index in hit:
                counts.precision_total += 1
                entries = gold_claims[g_index].get("speakers") or []
                if any(speaker_matches(speaker, names) for names in entries):
                    counts.precision_hits += 1
                else:
                    score.false_speakers.append((gold_claims[g_index].get("anchor", ""), speaker))
    return score


def score_articles(items: Iterable[tuple[Mapping[str, Any], Sequence[PredictedClaim]]]) -> Report:
    """Score (gold record, predictions) pairs; totals are summed over all claims, per language and overall."""
    articles: list[ArticleScore] = []
    by_language: dict[str, Counts] = {}
    overall = Counts()
    for record, predicted in items:
        language = record.get("language", "") or ""
        art = score_article(
            record.get("claims") or [],
            predicted,
            article_id=str(record.get("id", "")),
            language=language,
        )
        articles.append(art)
        by_language.setdefault(language, Counts()).add(art.counts)
        overall.add(art.counts)
    return Report(articles, by_language, overall)


def format_report(report: Report, *, worst: int = 5, details: bool = True) -> str:
    """A plain-text report: the scores per language and overall, then the worst articles."""
    lines = [
        f"{'':8} {'claims':>7} {'found':>6} {'voice':>6} {'att-P':>6} {'att-R':>6} {'att-F1':>6}",
    ]

    def row(label: str, c: Counts) -> str:
        return (
            f"{label:8} {c.gold:7d} {c.claims_found:6.3f} {c.voice_accuracy:6.3f} "
            f"{c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}"
        )

    for lang, c in sorted(report.by_language.items()):
        lines.append(row(lang or "?", c))
    lines.append(row("overall", report.overall))
    if worst:
        lines.append("")
        lines.append("worst articles:")
        for art in report.worst(worst):
            c = art.counts
            lines.append(
                f"  {art.id} ({art.language}): found {c.claims_found:.2f} voice {c.voice_accuracy:.2f} "
                f"att-F1 {c.f1:.2f}"
            )
            if details:
                lines.extend(f"    missed: {a}" for a in art.missed)
                lines.extend(f"    voice: {a} gold={g} got={k}" for a, g, k in art.wrong_voice)
                lines.extend(f"    missed speaker: {s} @ {a}" for a, s in art.missed_speakers)
                lines.extend(f"    false speaker: {s} @ {a}" for a, s in art.false_speakers)
    return "\n".join(lines)
