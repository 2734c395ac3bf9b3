"""The upload form: several files at once and an optional batch label."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from claims.ingestion.parsing import SUPPORTED_EXTENSIONS


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": ",".join(SUPPORTED_EXTENSIONS)})
        )
        # Empty files are reported per file in the batch ("empty file"), not as a form error.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        single = super().clean
        if isinstance(data, list | tuple) and data:
            files = [single(item, initial) for item in data]
        elif isinstance(data, list | tuple):
            files = [single(None, initial)]  # nothing chosen: "This field is required."
        else:
            files = [single(data, initial)]
        return [f for f in files if f]


class IngestUploadForm(forms.Form):
    files = MultipleFileField(label=_("Files"))
    label = forms.CharField(label=_("Batch label"), max_length=255, required=False)

    def clean_label(self) -> str:
        return " ".join(self.cleaned_data["label"].split())
