from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class TimeStamped(models.Model):
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Source(TimeStamped):
    """A canonical voice: a monitor, an armed group, a ministry, an outlet, a person."""

    class Kind(models.TextChoices):
        MONITOR = "monitor", _("Monitor / NGO")
        ARMED_GROUP = "armed_group", _("Armed group")
        OPERATIONS_ROOM = "operations_room", _("Operations room")
        GOVERNMENT = "government", _("Government or military")
        STATE_MEDIA = "state_media", _("State media")
        MEDIA = "media", _("Media outlet")
        INTERNATIONAL = "international", _("International organisation")
        PERSON = "person", _("Person")
        ANONYMOUS = "anonymous", _("Anonymous")
        OTHER = "other", _("Other")

    class Party(models.TextChoices):
        UNKNOWN = "", _("Unknown")
        REGIME = "regime", _("Syrian government and allies")
        OPPOSITION = "opposition", _("Armed opposition")
        JIHADIST = "jihadist", _("Jihadist groups")
        ISLAMIC_STATE = "islamic_state", _("Islamic State")
        KURDISH = "kurdish", _("Kurdish-led forces")
        RUSSIA = "russia", _("Russia")
        TURKEY = "turkey", _("Turkey")
        US_COALITION = "us_coalition", _("US-led coalition")
        IRAN = "iran", _("Iran and allied militias")
        ISRAEL = "israel", _("Israel")
        NEUTRAL = "neutral", _("Not a party")

    slug = models.SlugField(max_length=120, unique=True, allow_unicode=True)
    name_en = models.CharField(max_length=255, blank=True)
    name_ar = models.CharField(max_length=255, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        help_text="Affiliation: a spokesman's faction, a room's member groups' umbrella.",
    )
    conflict_party = models.CharField(
        max_length=20, choices=Party.choices, default=Party.UNKNOWN, blank=True
    )
    curated = models.BooleanField(
        default=False, help_text="False when extraction created it and it awaits curation."
    )
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name_en", "name_ar"]

    def __str__(self) -> str:
        return self.name_en or self.name_ar or self.slug

    @property
    def display_name(self) -> str:
        if self.name_en and self.name_ar:
            return f"{self.name_en} ({self.name_ar})"
        return str(self)


class SourceAlias(TimeStamped):
    """Every written name of a source; `normalized` is what the resolver matches on."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=255)
    normalized = models.CharField(max_length=255, unique=True)
    language = models.CharField(max_length=2, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "source aliases"

    def __str__(self) -> str:
        return self.name


class IngestBatch(TimeStamped):
    """One upload, command run or feed poll; articles point back to the batch that brought them."""

    class Origin(models.TextChoices):
        UPLOAD = "upload", _("Upload")
        COMMAND = "command", _("Command")
        FEED = "feed", _("Feed")

    class State(models.TextChoices):
        READING = "reading", _("Reading the files")
        READY = "ready", _("Articles created")

    origin = models.CharField(max_length=10, choices=Origin.choices)
    label = models.CharField(max_length=255, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    feed = models.ForeignKey("Feed", null=True, blank=True, on_delete=models.SET_NULL)
    total = models.PositiveIntegerField(default=0, help_text="Articles accepted for processing.")
    duplicate = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0, help_text="Files or records refused.")
    errors = models.JSONField(
        default=list, blank=True, help_text='[{"name": ..., "reason": ...}] per refused item.'
    )
    upload_bytes = models.PositiveBigIntegerField(
        default=0, help_text="Bytes uploaded (uploads only): counted against the daily quota."
    )
    state = models.CharField(max_length=10, choices=State.choices, default=State.READY)
    files = models.JSONField(
        default=list,
        blank=True,
        help_text='Uploaded files a worker has still to read: [{"path": <stored name>, "name": ...}].',
    )

    class Meta:
        ordering = ["-created"]
        verbose_name_plural = "ingest batches"

    def __str__(self) -> str:
        return f"Batch {self.pk} ({self.get_origin_display()}) {self.label}".strip()


class Article(TimeStamped):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        PROCESSING = "processing", _("Processing")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    batch = models.ForeignKey(
        IngestBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    outlet = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    outlet_name = models.CharField(max_length=255, blank=True)
    title = models.CharField(max_length=1000, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    language = models.CharField(max_length=2, blank=True)
    published = models.DateTimeField(null=True, blank=True)
    source_name = models.CharField(
        max_length=255, blank=True, help_text="File name or record id it came from (sanitised)."
    )
    raw = models.TextField(help_text="The text as it arrived, decoded.")
    text = models.TextField(help_text="The cleaned text; claim offsets index into it.")
    content_hash = models.CharField(max_length=64, unique=True)
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    error = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["-published", "-created"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["pending", "processing", "done", "failed"]),
                name="article_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"


class ClaimQuerySet(models.QuerySet):
    def for_article(self, article: Article) -> ClaimQuerySet:
        return self.filter(article=article)

    def unreviewed(self) -> ClaimQuerySet:
        return self.filter(status=Claim.Status.UNREVIEWED)


class Claim(TimeStamped):
    class Kind(models.TextChoices):
        QUOTE = "quote", _("Quote")
        REPORTED = "reported", _("Reported")
        PASSIVE = "passive", _("Passive")
        OUTLET = "outlet", _("Outlet")

    class Status(models.TextChoices):
        UNREVIEWED = "unreviewed", _("Unreviewed")
        CORROBORATED = "corroborated", _("Corroborated")
        DISPUTED = "disputed", _("Disputed")
        UNVERIFIABLE = "unverifiable", _("Unverifiable")
        CONTESTED = "contested", _("Contested")

    # No index of its own: claim_unique_ordinal (article, ordinal) leads with the article.
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="claims", db_index=False
    )
    ordinal = models.PositiveIntegerField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    mode = models.CharField(
        max_length=30, blank=True, help_text="Attribution mode: said, announced, according_to …"
    )
    polarity = models.CharField(max_length=10, default="affirm", blank=True)
    cue = models.CharField(max_length=100, blank=True)
    hedged = models.BooleanField(default=False)
    entities = models.JSONField(default=dict, blank=True)
    normalized = models.TextField(blank=True, help_text="Arabic-normalised text for matching.")
    search = SearchVectorField(null=True, editable=False)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.UNREVIEWED)
    final_status = models.CharField(max_length=12, choices=Status.choices, blank=True)
    final_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="finalised_claims",
    )
    final_note = models.TextField(blank=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
    )
    version = models.PositiveIntegerField(default=1, help_text="Optimistic-lock counter.")

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article", "ordinal"]
        constraints = [
            models.UniqueConstraint(fields=["article", "start", "end"], name="claim_unique_span"),
            models.UniqueConstraint(fields=["article", "ordinal"], name="claim_unique_ordinal"),
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="claim_span_valid"),
        ]
        indexes = [
            GinIndex(fields=["search"], name="claim_search_gin"),
            GinIndex(
                fields=["normalized"], name="claim_normalized_trgm", opclasses=["gin_trgm_ops"]
            ),
            # The queue's counts per shown status: an index-only scan instead of reading every row.
            models.Index(fields=["final_status", "status"], name="claim_shown_status"),
            # A plain btree: db_index=True on a CharField also builds a varchar_pattern_ops index
            # for LIKE, and nothing filters status with LIKE.
            models.Index(fields=["status"], name="claim_status"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def effective_status(self) -> str:
        return self.final_status or self.status


class Attribution(TimeStamped):
    # No index of its own: attribution_unique_source (claim, source) leads with the claim.
    claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, related_name="attributions", db_index=False
    )
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="attributions")
    speaker = models.CharField(max_length=255, help_text="The speaker as written in the article.")
    cue = models.CharField(max_length=100, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["claim", "position"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "source"], name="attribution_unique_source"),
        ]

    def __str__(self) -> str:
        return f"{self.speaker} → {self.claim_id}"


class Verdict(models.Model):
    """A reviewer's judgement. Append-only: the newest per reviewer counts."""

    class Value(models.TextChoices):
        CORROBORATED = "corroborated", _("Corroborated")
        DISPUTED = "disputed", _("Disputed")
        UNVERIFIABLE = "unverifiable", _("Unverifiable")

    class Reason(models.TextChoices):
        NONE = "", _("—")
        SINGLE_SOURCE = "single_source", _("Single source only")
        PARTY_TO_CONFLICT = "party_to_conflict", _("Source is a party to the conflict")
        NO_ACCESS = "no_access", _("No access to the area")
        MEDIA_UNVERIFIABLE = "media_unverifiable", _("Media not verifiable")
        OTHER = "other", _("Other")

    # No index of its own: the (claim, reviewer, -created) index leads with the claim.
    claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, related_name="verdicts", db_index=False
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="verdicts"
    )
    value = models.CharField(max_length=12, choices=Value.choices)
    reason = models.CharField(max_length=20, choices=Reason.choices, blank=True)
    note = models.TextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "-pk"]
        indexes = [models.Index(fields=["claim", "reviewer", "-created"])]

    def __str__(self) -> str:
        return f"{self.reviewer} {self.value} on {self.claim_id}"


class Evidence(models.Model):
    class Stance(models.TextChoices):
        SUPPORTS = "supports", _("Supports")
        CONTRADICTS = "contradicts", _("Contradicts")

    class Strength(models.TextChoices):
        PRIMARY = "primary", _("Primary")
        SECONDARY = "secondary", _("Secondary")
        OFFICIAL = "official", _("Official statement")
        EYEWITNESS = "eyewitness", _("Eyewitness")
        MEDIA = "media", _("Media")

    verdict = models.ForeignKey(Verdict, on_delete=models.CASCADE, related_name="evidence")
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.PROTECT, related_name="cited_as_evidence"
    )
    url = models.URLField(max_length=2000, blank=True)
    outlet = models.CharField(max_length=255, blank=True)
    date = models.DateField(null=True, blank=True)
    quote = models.TextField(blank=True)
    stance = models.CharField(max_length=12, choices=Stance.choices)
    strength = models.CharField(max_length=12, choices=Strength.choices)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "evidence"
        constraints = [
            models.CheckConstraint(
                condition=Q(claim__isnull=False) | ~Q(url=""),
                name="evidence_has_claim_or_url",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.stance} evidence for verdict {self.verdict_id}"


class ClaimEvent(models.Model):
    """Append-only history of a claim: verdicts, reassignments, edits, final status."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT
    )
    action = models.CharField(max_length=30)
    data = models.JSONField(default=dict, blank=True)
    note = models.TextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created", "pk"]

    def __str__(self) -> str:
        return f"{self.action} on {self.claim_id}"


class Feed(TimeStamped):
    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=255, blank=True)
    outlet = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL)
    language = models.CharField(max_length=2, blank=True)
    active = models.BooleanField(default=True)
    etag = models.CharField(max_length=255, blank=True)
    last_modified = models.CharField(max_length=255, blank=True)
    last_polled = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["title", "url"]

    def __str__(self) -> str:
        return self.title or self.url


class FeedEntry(TimeStamped):
    """Each feed entry seen, so a poll fetches only new ones."""

    # No index of its own: feedentry_unique_guid (feed, guid) leads with the feed.
    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="entries", db_index=False)
    guid = models.CharField(max_length=2000)
    url = models.URLField(max_length=2000, blank=True)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL)
    error = models.TextField(blank=True)

    class Meta:
        verbose_name_plural = "feed entries"
        constraints = [
            models.UniqueConstraint(fields=["feed", "guid"], name="feedentry_unique_guid"),
        ]

    def __str__(self) -> str:
        return self.guid
