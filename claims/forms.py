"""Plain forms: GET filters and review POSTs. Only the fields named here are read (no mass assignment)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from claims.labels import translated_choices
from claims.models import Claim, Evidence, Source, Verdict
from claims.services.review import ClaimChanges, EvidenceInput, NewSource

BLANK = [("", "—")]


class IdListField(forms.Field):
    """Ticked checkboxes: a list of positive ints (at most 500 at once)."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value: Any) -> list[int]:
        if not value:
            return []
        values = value if isinstance(value, (list, tuple)) else [value]
        try:
            ids = sorted({int(v) for v in values})
        except (TypeError, ValueError) as exc:
            raise forms.ValidationError(_("Pick claims from the list.")) from exc
        if len(ids) > 500 or any(i < 1 for i in ids):
            raise forms.ValidationError(_("Pick between 1 and 500 claims."))
        return ids


class QueueFilterForm(forms.Form):
    label_suffix = ""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=BLANK + translated_choices(Claim.Status.choices)
    )
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=BLANK + translated_choices(Claim.Kind.choices)
    )
    source = forms.IntegerField(label=_("Source"), required=False, min_value=1)
    source_kind = forms.ChoiceField(
        label=_("Source kind"),
        required=False,
        choices=BLANK + translated_choices(Source.Kind.choices),
    )
    party = forms.ChoiceField(
        label=_("Conflict party"),
        required=False,
        choices=BLANK + translated_choices(Source.Party.choices[1:]),
    )
    outlet = forms.CharField(label=_("Outlet"), required=False, max_length=200)
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=BLANK + [("ar", _("Arabic")), ("en", _("English"))],
    )
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    article = forms.IntegerField(label=_("Article"), required=False, min_value=1)
    mine = forms.BooleanField(label=_("Assigned to me"), required=False)

    def __init__(self, *args: Any, sources: list[tuple[int, str]] | None = None, **kw: Any) -> None:
        super().__init__(*args, **kw)
        if sources is not None:
            self.fields["source"].widget = forms.Select(choices=BLANK + sources)


class VerdictForm(forms.Form):
    value = forms.ChoiceField(
        label=_("Verdict"),
        choices=translated_choices(Verdict.Value.choices),
        widget=forms.RadioSelect,
    )
    reason = forms.ChoiceField(
        label=_("Reason (unverifiable)"),
        required=False,
        choices=translated_choices(Verdict.Reason.choices),
    )
    note = forms.CharField(
        label=_("Note"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )
    evidence_claim = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    claim_stance = forms.ChoiceField(
        label=_("Stance"), required=False, choices=translated_choices(Evidence.Stance.choices)
    )
    claim_strength = forms.ChoiceField(
        label=_("Strength"), required=False, choices=translated_choices(Evidence.Strength.choices)
    )
    ext_url = forms.CharField(label=_("URL"), required=False, max_length=2000)
    ext_outlet = forms.CharField(label=_("Outlet"), required=False, max_length=255)
    ext_date = forms.DateField(
        label=_("Date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    ext_quote = forms.CharField(
        label=_("Quoted text"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    ext_stance = forms.ChoiceField(
        label=_("Stance"), required=False, choices=translated_choices(Evidence.Stance.choices)
    )
    ext_strength = forms.ChoiceField(
        label=_("Strength"), required=False, choices=translated_choices(Evidence.Strength.choices)
    )

    def evidence(self) -> list[EvidenceInput]:
        data = self.cleaned_data
        items = []
        if data.get("evidence_claim"):
            items.append(
                EvidenceInput(
                    claim_id=data["evidence_claim"],
                    stance=data.get("claim_stance") or "",
                    strength=data.get("claim_strength") or "",
                )
            )
        if (data.get("ext_url") or "").strip():
            items.append(
                EvidenceInput(
                    url=data["ext_url"].strip(),
                    outlet=data.get("ext_outlet") or "",
                    date=data.get("ext_date"),
                    quote=data.get("ext_quote") or "",
                    stance=data.get("ext_stance") or "",
                    strength=data.get("ext_strength") or "",
                )
            )
        return items


class ClaimEditForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    kind = forms.ChoiceField(label=_("Kind"), choices=translated_choices(Claim.Kind.choices))
    source = forms.ModelChoiceField(
        label=_("Source"), required=False, queryset=Source.objects.none(), empty_label="—"
    )
    new_source_name_en = forms.CharField(
        label=_("New source (English name)"), required=False, max_length=255
    )
    new_source_name_ar = forms.CharField(
        label=_("New source (Arabic name)"), required=False, max_length=255
    )
    new_source_kind = forms.ChoiceField(
        label=_("New source kind"), required=False, choices=translated_choices(Source.Kind.choices)
    )
    new_source_party = forms.ChoiceField(
        label=_("Conflict party"), required=False, choices=translated_choices(Source.Party.choices)
    )
    note = forms.CharField(label=_("Why"), required=False, max_length=2000)

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        # Curated sources to choose from; the queryset is lazy, evaluated only if the form renders.
        self.fields["source"].queryset = Source.objects.filter(curated=True).only(
            "pk", "name_en", "name_ar", "slug"
        )

    def changes(self) -> ClaimChanges:
        data = self.cleaned_data
        new = None
        if data.get("new_source_name_en") or data.get("new_source_name_ar"):
            new = NewSource(
                name_en=data.get("new_source_name_en") or "",
                name_ar=data.get("new_source_name_ar") or "",
                kind=data.get("new_source_kind") or Source.Kind.OTHER,
                conflict_party=data.get("new_source_party") or "",
            )
        return ClaimChanges(kind=data["kind"], source=data.get("source"), new_source=new)


class FinalStatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Final status"),
        required=False,
        choices=[("", _("— none (use the reviewers' status)"))]
        + translated_choices(Claim.Status.choices[1:]),
    )
    note = forms.CharField(label=_("Why"), max_length=2000)


class BulkForm(forms.Form):
    ACTIONS = [("assign", _("Assign to")), ("status", _("Set final status"))]

    action = forms.ChoiceField(label=_("Action"), choices=ACTIONS)
    claims = IdListField(error_messages={"required": _("Tick at least one claim.")})
    assignee = forms.ModelChoiceField(
        label=_("Reviewer"),
        required=False,
        queryset=get_user_model().objects.none(),
        empty_label=_("— nobody"),
    )
    status = forms.ChoiceField(
        label=_("Final status"),
        required=False,
        choices=BLANK + translated_choices(Claim.Status.choices[1:]),
    )
    note = forms.CharField(label=_("Why"), required=False, max_length=2000)

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.fields["assignee"].queryset = (
            get_user_model()
            .objects.filter(is_active=True, groups__name__in=["reviewer", "editor", "admin"])
            .distinct()
            .order_by("username")
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("action") == "status" and not (data.get("note") or "").strip():
            self.add_error("note", _("Say why the status is set."))
        return data


class SearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=200)
