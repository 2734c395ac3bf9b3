"""Plain forms: GET filters and review POSTs. Only the fields named here are read (no mass assignment)."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from claims.labels import translated_choices
from claims.models import Claim, Evidence, Source, Verdict
from claims.services.review import MAX_EVIDENCE, ClaimChanges, EvidenceInput, NewSource

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


# Evidence rows are posted as ev-<n>-<field>; <n> only orders and names the rows (gaps are fine).
EVIDENCE_ROW = re.compile(r"^ev-(\d{1,3})-")


class EvidenceItemForm(forms.Form):
    """One piece of evidence: another claim (claim set) or an external reference (url …).

    Nothing is required here: the service judges each row and its refusals come back on the row.
    """

    claim = forms.IntegerField(
        required=False, min_value=1, max_value=10**11, widget=forms.HiddenInput
    )
    stance = forms.ChoiceField(
        label=_("Stance"),
        required=False,
        choices=BLANK + translated_choices(Evidence.Stance.choices),
        widget=forms.Select(attrs={"data-stance": ""}),
    )
    # No default strength: the reviewer says how strong each piece is.
    strength = forms.ChoiceField(
        label=_("Strength"),
        required=False,
        choices=BLANK + translated_choices(Evidence.Strength.choices),
    )
    url = forms.CharField(
        label=_("URL (http or https)"),
        required=False,
        max_length=2000,
        widget=forms.TextInput(attrs={"inputmode": "url", "dir": "ltr", "autocomplete": "off"}),
    )
    outlet = forms.CharField(
        label=_("Outlet"),
        required=False,
        max_length=255,
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )
    date = forms.DateField(
        label=_("Date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    quote = forms.CharField(
        label=_("Quoted text"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
    )

    picked: Any = None  # the cited claim's ClaimView, set by the view for display

    @property
    def index(self) -> str:
        return (self.prefix or "").removeprefix("ev-")

    @property
    def claim_id(self) -> int | None:
        """The cited claim's id as posted or prefilled (None for an external reference)."""
        value = str(self["claim"].value() or "")
        return int(value) if value.isdigit() and 0 < len(value) < 12 and int(value) else None

    def is_blank(self) -> bool:
        """An external-reference row nobody filled in: ignored rather than refused."""
        data = self.cleaned_data
        return (
            not data.get("claim")
            and not any((data.get(k) or "").strip() for k in ("url", "outlet", "quote"))
            and not data.get("date")
        )

    def to_input(self) -> EvidenceInput:
        data = self.cleaned_data
        if data.get("claim"):
            return EvidenceInput(
                claim_id=data["claim"], stance=data["stance"], strength=data["strength"]
            )
        return EvidenceInput(
            url=(data.get("url") or "").strip(),
            outlet=data.get("outlet") or "",
            date=data.get("date"),
            quote=data.get("quote") or "",
            stance=data["stance"],
            strength=data["strength"],
        )


def evidence_indices(data: Any) -> list[int]:
    return sorted({int(m.group(1)) for key in (data or {}) if (m := EVIDENCE_ROW.match(key))})


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
    # dir="auto": a note typed in the other script than the interface still reads the right way.
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto", "aria-keyshortcuts": "n"}),
    )
    q = forms.CharField(required=False, max_length=200)

    def __init__(
        self, data: Any = None, *args: Any, rows: dict[int, dict[str, Any]] | None = None, **kw: Any
    ) -> None:
        super().__init__(data, *args, **kw)
        self.too_many = False
        if data is not None:
            indices = evidence_indices(data)
            self.too_many = len(indices) > MAX_EVIDENCE
            self.items = [EvidenceItemForm(data, prefix=f"ev-{i}") for i in indices[:MAX_EVIDENCE]]
        else:
            self.items = [
                EvidenceItemForm(initial=row, prefix=f"ev-{i}")
                for i, row in sorted((rows or {}).items())
            ]
        self._cited: list[EvidenceItemForm] = []

    @staticmethod
    def state(data: Any) -> tuple[dict[str, Any], dict[int, dict[str, Any]]]:
        """What was typed so far, as (initial, rows) for an unbound form: a step that only edits the
        form (pick, add, remove, search) re-renders it without judging it."""
        initial = {name: data.get(name, "") for name in ("value", "reason", "note", "q")}
        rows = {
            i: {name: data.get(f"ev-{i}-{name}", "") for name in EvidenceItemForm.base_fields}
            for i in evidence_indices(data)[:MAX_EVIDENCE]
        }
        return initial, rows

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.too_many:
            raise forms.ValidationError(
                _("At most %(n)d pieces of evidence per verdict.") % {"n": MAX_EVIDENCE}
            )
        return data

    def is_valid(self) -> bool:
        # Every row is judged (not just up to the first bad one) so each shows its own errors.
        rows_valid = [item.is_valid() for item in self.items]
        return super().is_valid() and all(rows_valid)

    @property
    def has_errors(self) -> bool:
        return bool(self.errors) or any(item.errors for item in self.items)

    def evidence(self) -> list[EvidenceInput]:
        """The filled rows, in order; blank external rows are dropped."""
        self._cited = [item for item in self.items if not item.is_blank()]
        return [item.to_input() for item in self._cited]

    def add_evidence_error(self, position: int, message: str) -> None:
        """A service refusal of the position-th piece of evidence, shown on its row."""
        self._cited[position].add_error(None, message)

    def claim_ids(self) -> list[int]:
        return [item.claim_id for item in self.items if item.claim_id is not None]


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
