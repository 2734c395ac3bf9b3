"""Score predicted claims against gold claims, exactly as ../shared/gold/README.md defines it.

Pure Python. A predicted claim *covers* a gold claim when its normalised text contains the normalised anchor;
one that covers more than two anchors is too coarse and covers none. Quote and reported are one voice.
"""

from __future__ import annotations

import re
from collections import Counter
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
    # recall hits whose speaker is exactly one of the gold names (normalised), not merely containing one:
    # the scorer's containment rule accepts a run-on span ("X التي تشارك"), this shows how many are clean
    exact_hits: int = 0

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
    def speaker_exact(self) -> float:
        return self.exact_hits / self.recall_hits if self.recall_hits else 1.0

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
            "speaker_exact": round(self.speaker_exact, 4),
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
    # Why each recall or precision pair failed (ERROR_CLASSES), to see which kind of error dominates.
    errors: Counter[str] = field(default_factory=Counter)

    @property
    def quality(self) -> float:
        c = self.counts
        return (c.claims_found + c.voice_accuracy + c.f1) / 3


# Each failed (gold claim, gold speaker) pair of recall and (predicted claim, predicted speaker) pair of
# precision falls in one class.
ERROR_CLASSES = {
    "recall: claim not found": "no predicted claim contains the anchor",
    "recall: claim too coarse": "a predicted claim contains it, with more than two anchors",
    "recall: given as outlet": "the covering claims are all outlet (a missed cue)",
    "recall: given as passive": "the covering claims are all passive (a missed name)",
    "recall: wrong speaker": "attributed, but to someone else or to a wrong span",
    "precision: claim not in gold": "a speaker on a claim that covers no gold anchor",
    "precision: gold says outlet": "a speaker on a claim the gold gives the outlet (a false cue)",
    "precision: gold says passive": "a speaker on a claim the gold says nobody is named for",
    "precision: wrong speaker": "a speaker the gold claim does not have",
}


@dataclass(slots=True)
class Report:
    articles: list[ArticleScore]
    by_language: dict[str, Counts]
    overall: Counts
    errors: dict[str, Counter[str]] = field(default_factory=dict)

    def worst(self, n: int = 5) -> list[ArticleScore]:
        return sorted(self.articles, key=lambda a: (a.quality, a.id))[:n]

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.as_dict(),
            "by_language": {lang: c.as_dict() for lang, c in sorted(self.by_language.items())},
            "errors": {
                lang: {name: self.errors.get(lang, Counter())[name] for name in ERROR_CLASSES}
                for lang in sorted(self.by_language)
            },
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
    coarse: set[int] = set()
    for text in texts:
        hit = [i for i, a in enumerate(anchors) if a and a in text]
        covers.append(hit if len(hit) <= MAX_ANCHORS else [])
        if len(hit) > MAX_ANCHORS:
            coarse.update(hit)
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
            why = "recall: claim too coarse" if g_index in coarse else "recall: claim not found"
            score.errors[why] += len(gold_speakers)
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
            matched = [s for p in preds for s in predicted[p].speakers if speaker_matches(s, names)]
            if matched:
                counts.recall_hits += 1
                exact = {normalize(n) for n in names}
                counts.exact_hits += any(normalize(s) in exact for s in matched)
            else:
                score.missed_speakers.append((gold.get("anchor", ""), names[0] if names else ""))
                kinds = {voice(predicted[p].kind) for p in preds}
                if "attributed" in kinds:
                    score.errors["recall: wrong speaker"] += 1
                else:
                    score.errors[f"recall: given as {sorted(kinds)[0]}"] += 1

    for p_index, pred in enumerate(predicted):
        hit = covers[p_index]
        for speaker in pred.speakers:
            if not hit:
                counts.precision_total += 1
                score.false_speakers.append((pred.text[:60], speaker))
                score.errors["precision: claim not in gold"] += 1
                continue
            for g_index in hit:
                counts.precision_total += 1
                entries = gold_claims[g_index].get("speakers") or []
                if any(speaker_matches(speaker, names) for names in entries):
                    counts.precision_hits += 1
                else:
                    score.false_speakers.append((gold_claims[g_index].get("anchor", ""), speaker))
                    gold_voice = voice(gold_claims[g_index].get("kind", ""))
                    score.errors[
                        "precision: wrong speaker"
                        if gold_voice == "attributed"
                        else f"precision: gold says {gold_voice}"
                    ] += 1
    return score


def score_articles(items: Iterable[tuple[Mapping[str, Any], Sequence[PredictedClaim]]]) -> Report:
    """Score (gold record, predictions) pairs; totals are summed over all claims, per language and overall."""
    return collect(
        score_article(
            record.get("claims") or [],
            predicted,
            article_id=str(record.get("id", "")),
            language=record.get("language", "") or "",
        )
        for record, predicted in items
    )


def collect(scores: Iterable[ArticleScore]) -> Report:
    """Sum article scores per language and overall."""
    articles: list[ArticleScore] = []
    by_language: dict[str, Counts] = {}
    errors: dict[str, Counter[str]] = {}
    overall = Counts()
    for art in scores:
        articles.append(art)
        by_language.setdefault(art.language, Counts()).add(art.counts)
        errors.setdefault(art.language, Counter()).update(art.errors)
        overall.add(art.counts)
    return Report(articles, by_language, overall, errors)


def format_errors(report: Report) -> str:
    """Failed recall and precision pairs per error class and language, with their share of the pairs."""
    languages = sorted(report.by_language)
    lines = ["errors (failed pairs, share of all recall / precision pairs):"]
    lines.append(f"  {'':32}" + "".join(f"{lang or '?':>14}" for lang in languages))
    for name in ERROR_CLASSES:
        cells = []
        for lang in languages:
            c = report.by_language[lang]
            total = c.recall_total if name.startswith("recall") else c.precision_total
            n = report.errors.get(lang, Counter())[name]
            cells.append(f"{n:6d} ({n / total if total else 0:5.3f})")
        lines.append(f"  {name:32}" + "".join(f"{cell:>14}" for cell in cells))
    return "\n".join(lines)


def format_report(report: Report, *, worst: int = 5, details: bool = True) -> str:
    """A plain-text report: the scores per language and overall, then the worst articles."""
    lines = [
        f"{'':8} {'claims':>7} {'found':>6} {'voice':>6} {'att-P':>6} {'att-R':>6} {'att-F1':>6}"
        f" {'exact':>6}",
    ]

    def row(label: str, c: Counts) -> str:
        return (
            f"{label:8} {c.gold:7d} {c.claims_found:6.3f} {c.voice_accuracy:6.3f} "
            f"{c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.speaker_exact:6.3f}"
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


# --- Agreement between two human annotations of the same article -------------------------------------------
# The engine is scored against one annotator; two careful annotators do not agree perfectly either, and
# their agreement is the ceiling a score against one of them can meaningfully reach. Annotations carry
# anchors, not claim spans, so claims are paired by position: two anchors in the same sentence pair when
# they overlap, else nearest first, each claim at most once. Then the engine's measures, with the second
# annotation in the place of the predictions: found (first annotation's claims paired), voice (paired
# claims of the same voice), attribution P/R/F1 (speaker entries matched either way by speaker_matches).

_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\n+")


def _anchor_places(
    text: str, claims: Sequence[Mapping[str, Any]]
) -> list[tuple[Any, int, int] | None]:
    """(sentence, start, end) of each claim's anchor within its normalised sentence (or its line, for
    an anchor that runs across a full stop), or None when the anchor is not in the text."""
    units = [(("s", i), normalize(s)) for i, s in enumerate(_SENTENCE_END.split(text))]
    lines = [(("l", i), normalize(s)) for i, s in enumerate(text.splitlines())]
    places: list[tuple[Any, int, int] | None] = []
    for claim in claims:
        anchor = normalize(claim.get("anchor", ""))
        place = None
        for key, unit in (units + lines) if anchor else ():
            at = unit.find(anchor)
            if at >= 0:
                place = (key, at, at + len(anchor))
                break
        places.append(place)
    return places


def _same_speaker(first: Sequence[str], second: Sequence[str]) -> bool:
    return any(speaker_matches(name, first) for name in second) or any(
        speaker_matches(name, second) for name in first
    )


def score_agreement(
    text: str,
    first: Sequence[Mapping[str, Any]],
    second: Sequence[Mapping[str, Any]],
    *,
    article_id: str = "",
    language: str = "",
) -> ArticleScore:
    """Score a second annotation of ``text`` against the first, as the engine is scored."""
    first_at, second_at = _anchor_places(text, first), _anchor_places(text, second)
    candidates: list[tuple[int, int, int]] = []
    for i, a in enumerate(first_at):
        for j, b in enumerate(second_at):
            if a and b and a[0] == b[0]:
                gap = max(a[1], b[1]) - min(a[2], b[2])  # <= 0 when the anchors overlap
                candidates.append((gap if gap > 0 else -1, i, j))
    pair: dict[int, int] = {}
    taken: set[int] = set()
    for _gap, i, j in sorted(candidates):
        if i not in pair and j not in taken:
            pair[i] = j
            taken.add(j)

    counts = Counts(gold=len(first))
    score = ArticleScore(article_id, language, counts)
    for i, gold in enumerate(first):
        gold_speakers = gold.get("speakers") or []
        counts.recall_total += len(gold_speakers)
        j = pair.get(i)
        if j is None:
            score.missed.append(gold.get("anchor", ""))
            continue
        other = second[j]
        counts.found += 1
        if voice(gold.get("kind", "")) == voice(other.get("kind", "")):
            counts.voice_ok += 1
        else:
            score.wrong_voice.append(
                (gold.get("anchor", ""), gold.get("kind", ""), other.get("kind", ""))
            )
        other_speakers = other.get("speakers") or []
        for names in gold_speakers:
            same = [theirs for theirs in other_speakers if _same_speaker(names, theirs)]
            if same:
                counts.recall_hits += 1
                exact = {normalize(n) for n in names}
                counts.exact_hits += any(normalize(n) in exact for theirs in same for n in theirs)
            else:
                score.missed_speakers.append((gold.get("anchor", ""), names[0] if names else ""))
    paired_second = {j: i for i, j in pair.items()}
    for j, other in enumerate(second):
        i = paired_second.get(j)
        theirs = (first[i].get("speakers") or []) if i is not None else []
        for names in other.get("speakers") or []:
            counts.precision_total += 1
            if any(_same_speaker(names, mine) for mine in theirs):
                counts.precision_hits += 1
            else:
                score.false_speakers.append((other.get("anchor", ""), names[0] if names else ""))
    return score
