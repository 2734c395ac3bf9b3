"""Admin: list, search and edit every model; curate sources (aliases inline, merge); uploads.

Verdicts and claim events are append-only (DESIGN: "verdicts are append-only"), so the admin shows
them read-only; everything else is editable.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db import models
from django.db.models import Count, QuerySet
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from claims.extraction.normalize import normalize
from claims.models import (
    Article,
    Attribution,
    Claim,
    ClaimEvent,
    Evidence,
    Feed,
    FeedEntry,
    IngestBatch,
    Source,
    SourceAlias,
    Verdict,
)
from claims.services.sources import SourceMergeError, source_merge, source_merge_default_keep

# Typed URLs without a scheme are taken as https (Django 6's default, and silences its warning).
_HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


class SourceAliasForm(forms.ModelForm):
    """Computes the normalised form from the name and refuses one another source already has."""

    class Meta:
        model = SourceAlias
        fields = ("source", "name", "language")

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        key = normalize(name)[:255]
        if not key:
            raise forms.ValidationError(_("An alias needs letters or digits."))
        clash = (
            SourceAlias.objects.filter(normalized=key)
            .exclude(pk=self.instance.pk)
            .select_related("source")
            .first()
        )
        if clash is not None:
            raise forms.ValidationError(
                _("“%(name)s” is already an alias of %(source)s.")
                % {"name": clash.name, "source": clash.source}
            )
        self.instance.normalized = key
        return name


class SourceAliasFormSet(BaseInlineFormSet):
    def clean(self) -> None:
        super().clean()
        seen: set[str] = set()
        for form in self.forms:
            if not getattr(form, "cleaned_data", None) or form.cleaned_data.get("DELETE"):
                continue
            key = form.instance.normalized
            if key and key in seen:
                raise forms.ValidationError(_("Two aliases here are the same name."))
            seen.add(key)


class SourceAliasInline(admin.TabularInline):
    model = SourceAlias
    form = SourceAliasForm
    formset = SourceAliasFormSet
    fields = ("name", "normalized", "language")
    readonly_fields = ("normalized",)
    extra = 1


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = (
        "display_name",
        "slug",
        "kind",
        "conflict_party",
        "parent",
        "curated",
        "alias_count",
    )
    list_filter = ("curated", "kind", "conflict_party")
    search_fields = ("slug", "name_en", "name_ar", "aliases__name", "aliases__normalized")
    autocomplete_fields = ("parent",)
    prepopulated_fields = {"slug": ("name_en",)}
    inlines = (SourceAliasInline,)
    actions = ("merge_sources",)
    list_select_related = ("parent",)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Source]:
        return super().get_queryset(request).annotate(_alias_count=Count("aliases", distinct=True))

    @admin.display(description=_("aliases"), ordering="_alias_count")
    def alias_count(self, obj: Source) -> int:
        return getattr(obj, "_alias_count", 0)

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Source], search_term: str
    ) -> tuple[QuerySet[Source], bool]:
        # Arabic names are found whatever their hamza, alef or diacritics: also match the
        # normalised form of what was typed against the aliases' normalised form.
        results, may_dup = super().get_search_results(request, queryset, search_term)
        folded = normalize(search_term)
        if folded and folded != search_term:
            results |= queryset.filter(aliases__normalized__icontains=folded)
            may_dup = True
        return results, may_dup

    def has_merge_permission(self, request: HttpRequest) -> bool:
        # Django ORs an action's permissions; a merge changes one source and deletes others.
        return self.has_change_permission(request) and self.has_delete_permission(request)

    @admin.action(description=_("Merge selected sources"), permissions=["merge"])
    def merge_sources(
        self, request: HttpRequest, queryset: QuerySet[Source]
    ) -> HttpResponse | None:
        sources = list(
            queryset.annotate(
                n_aliases=Count("aliases", distinct=True),
                n_attributions=Count("attributions", distinct=True),
                n_articles=Count("articles", distinct=True),
                n_members=Count("members", distinct=True),
            ).order_by("pk")
        )
        if len(sources) < 2:
            self.message_user(request, _("Select at least two sources to merge."), messages.WARNING)
            return None
        if request.POST.get("post") == "yes":
            keep_pk = request.POST.get("keep", "")
            keep = next((s for s in sources if str(s.pk) == keep_pk), None)
            if keep is None:
                self.message_user(request, _("Choose the source to keep."), messages.ERROR)
            else:
                try:
                    kept = source_merge(
                        keep=keep,
                        merged=[s for s in sources if s.pk != keep.pk],
                        actor=request.user,
                    )
                except SourceMergeError as exc:
                    self.message_user(request, str(exc), messages.ERROR)
                    return None
                self.message_user(
                    request,
                    _("Merged %(n)d sources into “%(name)s”.")
                    % {"n": len(sources) - 1, "name": kept},
                    messages.SUCCESS,
                )
                return None
        # First pass (or no choice made): the confirmation page where the editor picks the keeper.
        context = {
            **self.admin_site.each_context(request),
            "title": _("Merge sources"),
            "opts": self.model._meta,
            "sources": sources,
            "default_keep": source_merge_default_keep(sources),
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/claims/source/merge_confirm.html", context)


@admin.register(SourceAlias)
class SourceAliasAdmin(admin.ModelAdmin):
    form = SourceAliasForm
    list_display = ("name", "normalized", "source", "language", "created")
    list_filter = ("language", "source__curated")
    search_fields = ("name", "normalized", "source__name_en", "source__name_ar", "source__slug")
    autocomplete_fields = ("source",)
    readonly_fields = ("normalized",)
    list_select_related = ("source",)


@admin.register(IngestBatch)
class IngestBatchAdmin(admin.ModelAdmin):
    change_list_template = "admin/claims/ingestbatch/change_list.html"
    list_display = ("__str__", "origin", "created_by", "total", "duplicate", "rejected", "created")
    list_filter = ("origin", "created")
    search_fields = ("label", "created_by__username", "feed__url")
    raw_id_fields = ("created_by", "feed")
    readonly_fields = ("created", "updated")
    date_hierarchy = "created"
    list_select_related = ("created_by",)


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ("ordinal", "kind", "text", "status", "final_status")
    readonly_fields = ("ordinal", "kind", "text")
    extra = 0
    show_change_link = True
    can_delete = False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    formfield_overrides = _HTTPS_URLS
    list_display = ("__str__", "outlet_name", "language", "status", "published", "batch", "created")
    list_filter = ("status", "language", "batch__origin")
    search_fields = (
        "title",
        "url",
        "outlet_name",
        "source_name",
        "content_hash",
        "outlet__name_ar",
        "outlet__name_en",
    )
    autocomplete_fields = ("outlet",)
    raw_id_fields = ("batch",)
    readonly_fields = ("content_hash", "attempts", "created", "updated")
    date_hierarchy = "published"
    inlines = (ClaimInline,)
    list_select_related = ("batch",)


class AttributionInline(admin.TabularInline):
    model = Attribution
    fields = ("source", "speaker", "cue", "position")
    autocomplete_fields = ("source",)
    extra = 0


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ("__str__", "article", "kind", "status", "final_status", "hedged", "created")
    list_filter = ("kind", "status", "final_status", "hedged", "article__language")
    search_fields = (
        "text",
        "normalized",
        "attributions__speaker",
        "attributions__source__name_ar",
        "attributions__source__name_en",
    )
    raw_id_fields = ("article",)
    autocomplete_fields = ("assigned_to", "final_by")
    readonly_fields = ("version", "created", "updated")
    inlines = (AttributionInline,)
    list_select_related = ("article",)


@admin.register(Attribution)
class AttributionAdmin(admin.ModelAdmin):
    list_display = ("speaker", "source", "claim", "cue", "position")
    list_filter = ("source__kind", "source__curated")
    search_fields = ("speaker", "cue", "source__name_ar", "source__name_en", "source__slug")
    autocomplete_fields = ("source",)
    raw_id_fields = ("claim",)
    list_select_related = ("source", "claim")


class _ReadOnlyAdmin(admin.ModelAdmin):
    """Append-only records: listed and shown, never added, changed or deleted through the admin.

    The add and delete pages are not routed at all, and a POST to the change page is 405 (the
    method does not exist here) rather than 403 (which would read as "you may not, someone may").
    """

    def get_urls(self) -> list[Any]:
        return [
            u for u in super().get_urls() if not u.name or not u.name.endswith(("_add", "_delete"))
        ]

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        if request.method != "GET":
            return HttpResponseNotAllowed(["GET"])
        return super().changeform_view(request, object_id, form_url, extra_context)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class EvidenceInline(admin.TabularInline):
    formfield_overrides = _HTTPS_URLS
    model = Evidence
    fields = ("stance", "strength", "claim", "url", "outlet", "date", "quote")
    raw_id_fields = ("claim",)
    extra = 0


@admin.register(Verdict)
class VerdictAdmin(_ReadOnlyAdmin):
    list_display = ("claim", "reviewer", "value", "reason", "created")
    list_filter = ("value", "reason", "created")
    search_fields = ("note", "claim__text", "reviewer__username")
    raw_id_fields = ("claim", "reviewer")
    inlines = (EvidenceInline,)
    list_select_related = ("claim", "reviewer")


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    formfield_overrides = _HTTPS_URLS
    list_display = ("__str__", "stance", "strength", "claim", "url", "created")
    list_filter = ("stance", "strength")
    search_fields = ("quote", "url", "outlet", "claim__text")
    raw_id_fields = ("verdict", "claim")


@admin.register(ClaimEvent)
class ClaimEventAdmin(_ReadOnlyAdmin):
    list_display = ("claim", "action", "actor", "created")
    list_filter = ("action",)
    search_fields = ("note", "claim__text", "actor__username")
    raw_id_fields = ("claim", "actor")


class FeedEntryInline(admin.TabularInline):
    formfield_overrides = _HTTPS_URLS
    model = FeedEntry
    fields = ("guid", "url", "article", "error", "created")
    readonly_fields = ("guid", "url", "article", "error", "created")
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    formfield_overrides = _HTTPS_URLS
    list_display = ("__str__", "url", "outlet", "language", "active", "last_polled", "last_error")
    list_filter = ("active", "language")
    search_fields = ("url", "title", "outlet__name_ar", "outlet__name_en")
    autocomplete_fields = ("outlet",)
    readonly_fields = ("etag", "last_modified", "last_polled", "last_error")
    list_select_related = ("outlet",)


@admin.register(FeedEntry)
class FeedEntryAdmin(admin.ModelAdmin):
    formfield_overrides = _HTTPS_URLS
    list_display = ("guid", "feed", "article", "error", "created")
    list_filter = ("feed",)
    search_fields = ("guid", "url", "error")
    raw_id_fields = ("article", "feed")
    list_select_related = ("feed", "article")


# django-otp's own admin for TOTP devices shows each device's secret key and QR code to any staff
# user with the view permission (and answers 500 for an unknown device); here an admin can only see
# who has enrolled and delete a lost device (the user enrols again on the next admin page).
admin.site.unregister(TOTPDevice)


@admin.register(TOTPDevice)
class TOTPDeviceAdmin(admin.ModelAdmin):
    list_display = ("user", "name", "confirmed", "created_at", "last_used_at")
    list_filter = ("confirmed",)
    search_fields = ("user__username", "name")
    fields = ("user", "name", "confirmed", "created_at", "last_used_at")
    readonly_fields = fields
    list_select_related = ("user",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
