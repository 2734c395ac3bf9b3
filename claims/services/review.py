"""Review writes: verdicts with evidence, final status, attribute edits, assignment.

Every write appends a ClaimEvent (who, when, why, data) in the same transaction, so the history is the
audit trail. Verdicts are append-only: a reviewer's newer verdict supersedes theirs for the status, the
older one stays.

Status rule (claim.status, computed from the newest verdict of each reviewer):
- no verdicts: unreviewed;
- every counted verdict has the same value: that value (corroborated, disputed or unverifiable);
- anything else: contested. An "unverifiable" next to a "corroborated" is a disagreement too: one
  reviewer found support the other could not, which is what an editor should look at.
An editor's final status (claim.final_status) overrides it for display; it never erases the verdicts.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import OperationalError, connection, transaction
from django.db.models import F, Prefetch
from django.utils.text import slugify
from django.utils.translation import gettext as _

from claims.extraction.normalize import normalize
from claims.models import Attribution, Claim, ClaimEvent, Evidence, Source, SourceAlias, Verdict

T = TypeVar("T")

# PostgreSQL SQLSTATEs worth one more try: serialization failure and deadlock.
RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})


class ReviewError(Exception):
    """A review write that the rules refuse; the message is shown to the user."""

    def __init__(self, message: str, *, errors: dict[str, list[str]] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.errors = errors or {}


class StaleEdit(ReviewError):
    """The form was built from an older version of the claim: someone else saved in between."""

    def __init__(self, *, claim: Claim, changed_by: str) -> None:
        super().__init__(
            _("This claim was changed by %(who)s since you opened it — reload to see the changes.")
            % {"who": changed_by}
        )
        self.claim = claim
        self.changed_by = changed_by


@dataclass(frozen=True)
class EvidenceInput:
    """One piece of evidence: another claim (claim_id) or an external reference (url …)."""

    stance: str
    strength: str
    claim_id: int | None = None
    url: str = ""
    outlet: str = ""
    date: date | None = None
    quote: str = ""


@dataclass(frozen=True)
class NewSource:
    name_en: str = ""
    name_ar: str = ""
    kind: str = Source.Kind.OTHER
    conflict_party: str = ""


@dataclass(frozen=True)
class ClaimChanges:
    kind: str | None = None
    source: Source | None = None
    new_source: NewSource | None = None


def _retrying(fn: Callable[[], T]) -> T:
    """Run a transaction, retrying a deadlock or serialization failure up to three times with jitter.

    Inside an outer atomic block (tests' TestCase) a retry can't help, so the error goes up at once.
    """
    for attempt in range(3):
        try:
            return fn()
        except OperationalError as exc:
            sqlstate = getattr(getattr(exc, "__cause__", None), "sqlstate", None)
            if sqlstate not in RETRYABLE_SQLSTATES or connection.in_atomic_block or attempt == 2:
                raise
            time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
    raise AssertionError("unreachable")


def _actor_name(user: Any) -> str:
    if user is None:
        return _("someone")
    return user.get_full_name() or user.get_username()


def claim_primary_source_id(claim: Claim) -> int | None:
    """The source a claim is judged as: its first attribution, else the outlet (the outlet's own voice).

    "Evidence from a different source" compares these. A claim relayed by two voices ("according to
    the Observatory and the operations room") is the first one's; the second may still be cited as
    evidence through its own claims, which is how reviewers check one relay against the other.
    """
    first = (
        claim.attributions.order_by("position", "pk").values_list("source_id", flat=True).first()
    )
    if first is not None:
        return first
    return claim.article.outlet_id


def _prefetched_source_id(claim: Claim) -> int | None:
    """claim_primary_source_id on a claim whose attributions were prefetched in position order."""
    attributions = list(claim.attributions.all())
    return attributions[0].source_id if attributions else claim.article.outlet_id


_http_url = URLValidator(schemes=["http", "https"])

# More would be a list, not evidence; the form refuses it before the service sees it.
MAX_EVIDENCE = 20


def evidence_key(index: int) -> str:
    """The error key of the index-th piece of evidence, so the form can show it on that row."""
    return f"evidence-{index}"


def _validate_evidence(claim: Claim, items: Sequence[EvidenceInput]) -> dict[str, list[str]]:
    """Per-item errors: each claim must exist, be another claim and come from a different source;
    each external reference needs an http(s) URL; nothing may be cited twice in one verdict."""
    errors: dict[str, list[str]] = {}
    if len(items) > MAX_EVIDENCE:
        errors["evidence"] = [
            _("At most %(n)d pieces of evidence per verdict.") % {"n": MAX_EVIDENCE}
        ]
        return errors
    own_source = claim_primary_source_id(claim)
    ids = {item.claim_id for item in items if item.claim_id is not None}
    # One query for all cited claims (and one for their attributions), however many there are.
    others = (
        Claim.objects.select_related("article")
        .only("pk", "article__outlet_id")
        .prefetch_related(
            Prefetch("attributions", queryset=Attribution.objects.order_by("position", "pk"))
        )
        .order_by()
        .in_bulk(ids)
        if ids
        else {}
    )
    seen: set[object] = set()
    for index, item in enumerate(items):
        problems: list[str] = []
        if item.stance not in Evidence.Stance.values:
            problems.append(_("Choose supports or contradicts."))
        if item.strength not in Evidence.Strength.values:
            problems.append(_("Choose the strength of the evidence."))
        if item.claim_id is not None:
            other = others.get(item.claim_id)
            if item.claim_id == claim.pk:
                problems.append(_("A claim cannot be evidence for itself."))
            elif other is None:
                problems.append(_("That claim does not exist."))
            elif own_source is not None and own_source == _prefetched_source_id(other):
                problems.append(_("Evidence must come from a different source."))
            identity: object = ("claim", item.claim_id)
        else:
            try:
                _http_url(item.url)
            except ValidationError:
                problems.append(_("An external reference needs an http or https address."))
            identity = ("url", item.url.strip())
        if identity in seen:
            problems.append(_("This is already cited in this verdict."))
        seen.add(identity)
        if problems:
            errors[evidence_key(index)] = problems
    return errors


def verdict_errors(
    *, claim: Claim, value: str, note: str, reason: str, evidence: Sequence[EvidenceInput]
) -> dict[str, list[str]]:
    """The rules a verdict must meet, as field errors (empty when it may be saved)."""
    errors: dict[str, list[str]] = {}
    if value not in Verdict.Value.values:
        errors["value"] = [_("Choose corroborated, disputed or unverifiable.")]
        return errors
    if value == Verdict.Value.UNVERIFIABLE:
        if reason not in Verdict.Reason.values or not reason:
            errors["reason"] = [_("Unverifiable needs a reason.")]
    else:
        if not evidence:
            errors["evidence"] = [
                _("Corroborated and disputed need at least one piece of evidence.")
            ]
        if not note.strip():
            errors["note"] = [_("Explain the verdict in a note.")]
    for key, messages in _validate_evidence(claim, evidence).items():
        errors.setdefault(key, []).extend(messages)
    return errors


def claim_compute_status(values: Iterable[str]) -> str:
    distinct = set(values)
    if not distinct:
        return Claim.Status.UNREVIEWED
    if len(distinct) == 1:
        return distinct.pop()
    return Claim.Status.CONTESTED


def counted_verdicts(claim_id: int) -> list[Verdict]:
    """The newest verdict of each reviewer (older ones stay in the table, superseded)."""
    return list(
        Verdict.objects.filter(claim_id=claim_id)
        .order_by("reviewer_id", "-created", "-pk")
        .distinct("reviewer_id")
    )


def _lock_many(ids: list[int]) -> list[Claim]:
    # In pk order, so two bulk writes over overlapping claims cannot deadlock.
    return list(Claim.objects.select_for_update(no_key=True).filter(pk__in=ids).order_by("pk"))


def _lock(claim_id: int) -> Claim:
    # FOR NO KEY UPDATE: serialises writers of this claim without blocking inserts that reference it
    # (verdicts, evidence, events take a KEY SHARE lock on the claim row).
    return Claim.objects.select_for_update(no_key=True).select_related("article").get(pk=claim_id)


def claim_set_verdict(
    *,
    claim_id: int,
    reviewer: AbstractBaseUser,
    value: str,
    note: str = "",
    reason: str = "",
    evidence: Sequence[EvidenceInput] = (),
) -> Verdict:
    """Append the reviewer's verdict with its evidence and recompute the claim's status.

    Raises ReviewError (with field errors) when the verdict breaks the rules. Two reviewers saving at
    once are serialised on the claim row, so both verdicts are kept and the status counts both.
    """
    if value != Verdict.Value.UNVERIFIABLE:
        reason = ""

    def write() -> Verdict:
        with transaction.atomic():
            claim = _lock(claim_id)
            errors = verdict_errors(
                claim=claim, value=value, note=note, reason=reason, evidence=evidence
            )
            if errors:
                raise ReviewError(_("The verdict was not saved."), errors=errors)
            verdict = Verdict.objects.create(
                claim=claim, reviewer=reviewer, value=value, reason=reason, note=note.strip()
            )
            rows = Evidence.objects.bulk_create(
                Evidence(
                    verdict=verdict,
                    claim_id=item.claim_id,
                    url="" if item.claim_id else item.url,
                    outlet="" if item.claim_id else item.outlet.strip(),
                    date=None if item.claim_id else item.date,
                    quote="" if item.claim_id else item.quote.strip(),
                    stance=item.stance,
                    strength=item.strength,
                )
                for item in evidence
            )
            before = claim.status
            after = claim_compute_status(v.value for v in counted_verdicts(claim.pk))
            if after != before:
                Claim.objects.filter(pk=claim.pk).update(status=after)
                claim.status = after
            ClaimEvent.objects.create(
                claim=claim,
                actor=reviewer,
                action="verdict",
                note=verdict.note,
                data={
                    "verdict": verdict.pk,
                    "value": value,
                    "reason": reason,
                    "evidence": [_evidence_data(row) for row in rows],
                    "status": [before, after],
                },
            )
            return verdict

    return _retrying(write)


def _evidence_data(row: Evidence) -> dict[str, Any]:
    if row.claim_id:
        return {"claim": row.claim_id, "stance": row.stance, "strength": row.strength}
    return {
        "url": row.url,
        "outlet": row.outlet,
        "date": row.date.isoformat() if row.date else None,
        "quote": row.quote,
        "stance": row.stance,
        "strength": row.strength,
    }


def claims_set_final(
    *, claim_ids: Iterable[int], editor: AbstractBaseUser, status: str, note: str
) -> int:
    """Set (or with status "" clear) the editor's final status on claims; returns how many changed."""
    if status and status not in Claim.Status.values:
        raise ReviewError(_("Unknown status."), errors={"status": [_("Unknown status.")]})
    if not note.strip():
        raise ReviewError(
            _("Say why in a note."), errors={"note": [_("Say why the status is set.")]}
        )
    ids = sorted(set(claim_ids))

    def write() -> int:
        with transaction.atomic():
            changed = [c for c in _lock_many(ids) if c.final_status != status]
            if not changed:
                return 0
            Claim.objects.filter(pk__in=[c.pk for c in changed]).update(
                final_status=status, final_by=editor if status else None, final_note=note.strip()
            )
            ClaimEvent.objects.bulk_create(
                ClaimEvent(
                    claim=c,
                    actor=editor,
                    action="final",
                    note=note.strip(),
                    data={"final_status": [c.final_status, status]},
                )
                for c in changed
            )
            return len(changed)

    return _retrying(write)


def claim_set_final(*, claim_id: int, editor: AbstractBaseUser, status: str, note: str) -> None:
    claims_set_final(claim_ids=[claim_id], editor=editor, status=status, note=note)


def claims_assign(
    *,
    claim_ids: Iterable[int],
    editor: AbstractBaseUser,
    assignee: AbstractBaseUser | None,
    note: str = "",
) -> int:
    """Assign claims to a reviewer (None unassigns); returns how many changed."""
    ids = sorted(set(claim_ids))
    assignee_id = assignee.pk if assignee is not None else None

    def write() -> int:
        with transaction.atomic():
            changed = [c for c in _lock_many(ids) if c.assigned_to_id != assignee_id]
            if not changed:
                return 0
            Claim.objects.filter(pk__in=[c.pk for c in changed]).update(assigned_to=assignee)
            ClaimEvent.objects.bulk_create(
                ClaimEvent(
                    claim=c,
                    actor=editor,
                    action="assign",
                    note=note.strip(),
                    data={
                        "assigned_to": [c.assigned_to_id, assignee_id],
                        "assignee": assignee.get_username() if assignee else None,
                    },
                )
                for c in changed
            )
            return len(changed)

    return _retrying(write)


def source_create(*, new: NewSource) -> Source:
    """A curated source made by an editor, with its names as aliases (unless another source has them)."""
    name = new.name_en.strip() or new.name_ar.strip()
    if not name:
        raise ReviewError(
            _("A new source needs a name."), errors={"new_source_name_en": [_("Give a name.")]}
        )
    base = slugify(name, allow_unicode=True)[:100] or "source"
    slug = base
    n = 2
    while Source.objects.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    source = Source.objects.create(
        slug=slug,
        name_en=new.name_en.strip(),
        name_ar=new.name_ar.strip(),
        kind=new.kind if new.kind in Source.Kind.values else Source.Kind.OTHER,
        conflict_party=new.conflict_party if new.conflict_party in Source.Party.values else "",
        curated=True,
    )
    for alias, language in ((source.name_en, "en"), (source.name_ar, "ar")):
        normalized = normalize(alias)
        if alias and not SourceAlias.objects.filter(normalized=normalized).exists():
            SourceAlias.objects.create(
                source=source, name=alias, normalized=normalized, language=language
            )
    return source


def claim_update(
    *, claim_id: int, editor: AbstractBaseUser, version: int, changes: ClaimChanges, note: str = ""
) -> Claim:
    """An editor's change of kind or source, refused with StaleEdit if the claim moved past `version`."""

    def write() -> Claim:
        with transaction.atomic():
            claim = _lock(claim_id)
            if claim.version != version:
                last = (
                    ClaimEvent.objects.filter(claim=claim, action="edit")
                    .select_related("actor")
                    .order_by("-created", "-pk")
                    .first()
                )
                raise StaleEdit(claim=claim, changed_by=_actor_name(last.actor if last else None))
            data: dict[str, Any] = {}
            if changes.kind and changes.kind != claim.kind:
                if changes.kind not in Claim.Kind.values:
                    raise ReviewError(_("Unknown kind."), errors={"kind": [_("Unknown kind.")]})
                data["kind"] = [claim.kind, changes.kind]
                claim.kind = changes.kind
            target = changes.source
            if changes.new_source is not None:
                target = source_create(new=changes.new_source)
                data["created_source"] = target.pk
            if target is not None:
                first = claim.attributions.order_by("position").first()
                if first is None:
                    Attribution.objects.create(
                        claim=claim, source=target, speaker=str(target), position=0
                    )
                    data["source"] = [None, target.pk]
                elif first.source_id != target.pk:
                    # The same source may already be a later attribution: drop that duplicate.
                    claim.attributions.filter(source=target).exclude(pk=first.pk).delete()
                    data["source"] = [first.source_id, target.pk]
                    first.source = target
                    first.save(update_fields=["source", "updated"])
            if not data:
                return claim
            Claim.objects.filter(pk=claim.pk).update(kind=claim.kind, version=F("version") + 1)
            claim.refresh_from_db()
            ClaimEvent.objects.create(
                claim=claim, actor=editor, action="edit", note=note.strip(), data=data
            )
            return claim

    return _retrying(write)
