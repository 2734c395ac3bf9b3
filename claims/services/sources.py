"""Source curation: merging duplicate sources into one without losing anything."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.db import transaction

from claims.extraction.normalize import normalize
from claims.models import Attribution, ClaimEvent, Source, SourceAlias

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser


class SourceMergeError(ValueError):
    """The merge was refused (nothing to merge, or `keep` among the merged)."""


def _language(name: str) -> str:
    return "ar" if any("\u0600" <= ch <= "\u06ff" for ch in name) else "en"


def _alias_add(source: Source, name: str) -> None:
    key = normalize(name)
    if key and not SourceAlias.objects.filter(normalized=key).exists():
        SourceAlias.objects.create(
            source=source, name=name[:255], normalized=key[:255], language=_language(name)
        )


def _attributions_move(keep: Source, merged_ids: list[int], actor: AbstractBaseUser | None) -> None:
    """Repoint attributions; where a claim already credits `keep`, fold the other one into it.

    The unique (claim, source) constraint allows one row per claim. The folded row's speaker
    becomes an alias of `keep` and a ClaimEvent records it, so nothing is lost.
    """
    kept = {a.claim_id: a for a in Attribution.objects.select_for_update().filter(source=keep)}
    for attribution in (
        Attribution.objects.select_for_update()
        .filter(source_id__in=merged_ids)
        .order_by("claim_id", "position", "pk")
    ):
        target = kept.get(attribution.claim_id)
        if target is None:
            attribution.source = keep
            attribution.save(update_fields=["source", "updated"])
            kept[attribution.claim_id] = attribution
            continue
        changed = []
        if not target.cue and attribution.cue:
            target.cue = attribution.cue
            changed.append("cue")
        if attribution.position < target.position:
            target.position = attribution.position
            changed.append("position")
        if changed:
            target.save(update_fields=[*changed, "updated"])
        _alias_add(keep, attribution.speaker)
        ClaimEvent.objects.create(
            claim_id=attribution.claim_id,
            actor=actor,
            action="attribution_merged",
            data={
                "from_source_id": attribution.source_id,
                "into_source_id": keep.pk,
                "speaker": attribution.speaker,
                "cue": attribution.cue,
                "position": attribution.position,
            },
            note=f"Source merged into {keep.slug}.",
        )
        attribution.delete()


def _other_references_move(keep: Source, merged_ids: list[int]) -> None:
    """Every other foreign key to Source (articles' outlet, feeds, children's parent, and any
    relation added later) follows the merge; aliases too (their normalised form is unique
    across all sources, so moving them cannot collide)."""
    for relation in Source._meta.related_objects:
        if relation.related_model is Attribution:
            continue
        if relation.many_to_many:
            # Through rows one by one: (owner, keep) may exist already and be unique.
            through = relation.through
            to_source = relation.field.m2m_reverse_field_name()
            owner = relation.field.m2m_field_name()
            for row in through._base_manager.filter(**{f"{to_source}__in": merged_ids}):
                duplicate = through._base_manager.filter(
                    **{owner: getattr(row, f"{owner}_id"), to_source: keep.pk}
                ).exists()
                if duplicate:
                    row.delete()
                else:
                    setattr(row, f"{to_source}_id", keep.pk)
                    row.save()
            continue
        if not (relation.one_to_many or relation.one_to_one):
            continue
        field = relation.field
        queryset = relation.related_model._base_manager.filter(**{f"{field.name}__in": merged_ids})
        if relation.related_model is Source:
            # Children of a merged source now belong to `keep` (but keep is nobody's child of itself).
            queryset = queryset.exclude(pk=keep.pk)
        queryset.update(**{field.name: keep})


@transaction.atomic
def source_merge(
    *,
    keep: Source,
    merged: Iterable[Source],
    actor: AbstractBaseUser | None = None,
) -> Source:
    """Merge `merged` into `keep`: aliases, attributions, articles' outlet, child sources, feeds
    and any other reference move to `keep`; the merged sources' names become aliases; blank
    fields of `keep` are filled from them; then they are deleted. Atomic."""
    merged_list = [s for s in merged if s.pk != keep.pk]
    if not merged_list:
        raise SourceMergeError("Choose at least one other source to merge into the kept one.")
    # Lock every row involved, in pk order so two concurrent merges cannot deadlock.
    ids = sorted({keep.pk, *(s.pk for s in merged_list)})
    locked = {s.pk: s for s in Source.objects.select_for_update().filter(pk__in=ids).order_by("pk")}
    if keep.pk not in locked:
        raise SourceMergeError("The source to keep no longer exists.")
    keep = locked[keep.pk]
    merged_list = [locked[s.pk] for s in merged_list if s.pk in locked]
    merged_ids = [s.pk for s in merged_list]

    _attributions_move(keep, merged_ids, actor)
    _other_references_move(keep, merged_ids)

    for source in merged_list:
        for name in (source.name_ar, source.name_en):
            _alias_add(keep, name)
        for field in ("name_en", "name_ar", "description"):
            if not getattr(keep, field) and getattr(source, field):
                setattr(keep, field, getattr(source, field))
        if not keep.conflict_party and source.conflict_party:
            keep.conflict_party = source.conflict_party
        if keep.kind == Source.Kind.OTHER and source.kind != Source.Kind.OTHER:
            keep.kind = source.kind
        keep.curated = keep.curated or source.curated
    if keep.parent_id in merged_ids:
        # Keep was a member of a source it absorbed: take that source's own parent instead.
        parent_id = next(s.parent_id for s in merged_list if s.pk == keep.parent_id)
        keep.parent_id = None if parent_id in (keep.pk, *merged_ids) else parent_id
    keep.save()

    # Nothing references the merged rows any more (PROTECT on attributions would say so).
    for source in merged_list:
        source.delete()
    return keep


def source_merge_default_keep(sources: Iterable[Source]) -> Source:
    """The source to keep when the editor does not choose: curated first, then the oldest."""
    return min(sources, key=lambda s: (not s.curated, s.created, s.pk))
