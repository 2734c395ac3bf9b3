"""AC-3: no mass assignment. Every endpoint that takes a POST is sent its valid form twice from the
same database state, once as it is and once with extra fields naming model columns (status,
reviewer, reviewer_id, is_staff, version, article_id, final_by, …). The two runs must change the
database in exactly the same way, row for row and column for column: an extra field that reached a
model would show up as a difference. The static half (no ModelForm or ModelAdmin with
fields = "__all__" or exclude) is in test_template_lint.py.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import time_machine
from django.apps import apps
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client, override_settings
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from claims.forms import BulkForm, ClaimEditForm, FinalStatusForm, VerdictForm
from claims.ingestion.forms import IngestUploadForm
from claims.models import Claim, Verdict
from factcheck.otp import TokenForm
from tests.base import PASSWORD, BaseTestCase, OTPClient, make_user
from tests.factories import make_article, make_claim, make_source
from tests.security.test_role_matrix import EXPECTED, ONLY_GET

HTMX = {"HX-Request": "true"}
NOW = dt.datetime(2026, 4, 1, 9, 30, tzinfo=dt.UTC)

# Columns whose value is random by design, so two runs never agree on them: the hash of a new
# session's random key, and the random name a stored upload gets on disk.
RANDOM = {("axes.accesslog", "session_hash")}
# Ids kept inside a JSON column: {(table, column): {key: table the id is of}}.
JSON_REFS = {("claims.claimevent", "data"): {"verdict": "claims.verdict"}}


def _normalize(label: str, attname: str, value: Any) -> Any:
    if (label, attname) in RANDOM:
        return "<random>"
    if label == "claims.ingestbatch" and attname == "files":
        return [{**f, "path": "<stored>"} for f in value]
    return value


Snapshot = dict[str, dict[Any, dict[str, Any]]]


def snapshot() -> Snapshot:
    """Every row of every table the project has (its own, auth, sessions, axes, otp …)."""
    out: Snapshot = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        names = [f.attname for f in model._meta.concrete_fields]
        pk = model._meta.pk.attname
        out[model._meta.label_lower] = {
            row[pk]: row for row in model._base_manager.values(*names).iterator()
        }
    return out


def delta(before: Snapshot, after: Snapshot) -> dict[str, Any]:
    """What changed, with the ids of new rows (which differ between runs) replaced by their rank
    among the new rows of their table, in id order, wherever they appear as a key or a reference."""
    new_ids: dict[tuple[str, Any], str] = {}
    for label, rows in after.items():
        created = sorted(set(rows) - set(before[label]), key=lambda pk: (str(type(pk)), pk))
        for rank, pk in enumerate(created):
            new_ids[(label, pk)] = f"<new {label} #{rank}>"
    refs: dict[str, dict[str, str]] = {}  # label -> fk attname -> target label
    pks: dict[str, str] = {}
    for model in apps.get_models(include_auto_created=True):
        pks[model._meta.label_lower] = model._meta.pk.attname
        refs[model._meta.label_lower] = {
            f.attname: f.related_model._meta.label_lower
            for f in model._meta.concrete_fields
            if f.is_relation and f.related_model is not None
        }

    def norm(label: str, row: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for name, value in row.items():
            target = refs.get(label, {}).get(name, label if name == pks[label] else None)
            if target is not None and (target, value) in new_ids:
                value = new_ids[(target, value)]
            for key, key_target in JSON_REFS.get((label, name), {}).items():
                if isinstance(value, dict) and (key_target, value.get(key)) in new_ids:
                    value = {**value, key: new_ids[(key_target, value[key])]}
            out[name] = _normalize(label, name, value)
        return out

    result: dict[str, Any] = {}
    for label, rows in after.items():
        old = before[label]
        created = {
            new_ids[(label, pk)]: norm(label, row) for pk, row in rows.items() if pk not in old
        }
        deleted = sorted(map(str, set(old) - set(rows)))
        changed = {}
        for pk, row in rows.items():
            if pk in old and row != old[pk]:
                changed[pk] = {
                    name: norm(label, {name: value})[name]
                    for name, value in row.items()
                    if value != old[pk][name]
                }
        if created or deleted or changed:
            result[label] = {"created": created, "deleted": deleted, "changed": changed}
    return result


class _Rollback(Exception):
    pass


@dataclass
class Case:
    """One POST endpoint: who posts, what its form is made of, and a valid submission."""

    route: str
    url: str
    user: User | None  # None: an anonymous client
    fields: set[str]  # the names the endpoint reads
    data: Callable[[], dict[str, Any]]  # fresh each run (an upload is consumed)
    writes: set[str]  # the tables the valid submission changes, besides the session
    otp: bool = True  # log in with the second factor already passed
    headers: dict[str, str] = field(default_factory=dict)


def form_fields(form: type, *extra: str) -> set[str]:
    return set(form.base_fields) | set(extra)


def zip_of(name: str, text: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, text)
    return out.getvalue()


@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
class MassAssignmentTests(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
        self._root = tempfile.TemporaryDirectory()
        self._settings = override_settings(INGEST_ROOT=self._root.name)
        self._settings.enable()
        self.source = make_source(name_en="Observatory")
        self.room = make_source(name_en="Operations room")
        self.article = make_article(text="The Observatory said the province is free.")
        self.claim = make_claim(
            article=self.article, source=self.source, text="the province is free"
        )
        self.other_article = make_article()
        self.other = make_claim(article=self.other_article, source=self.room, text="claim")
        self.dave = make_user("dave", "admin", is_staff=True)  # confirmed device, not yet verified
        self.device = TOTPDevice.objects.get(user=self.dave)
        self.editors = Group.objects.get(name="editor")

    def tearDown(self) -> None:
        self._settings.disable()
        self._root.cleanup()
        super().tearDown()

    def extras(self) -> dict[str, Any]:
        """Model columns (and a few privilege flags) a form must never take from the request."""
        other_user = self.charlie.pk  # a user no case posts as, so taking the value shows
        return {
            "status": "disputed",
            "reviewer": other_user,
            "reviewer_id": other_user,
            "is_staff": "on",
            "is_superuser": "on",
            "is_active": "",
            "groups": self.editors.pk,
            "user": other_user,
            "user_id": other_user,
            "version": 99,
            "article": self.other_article.pk,
            "article_id": self.other_article.pk,
            "final_by": other_user,
            "final_by_id": other_user,
            "final_status": "disputed",
            "final_note": "MASS",
            "assigned_to": other_user,
            "assigned_to_id": other_user,
            "actor": other_user,
            "created_by": other_user,
            "claim": self.other.pk,
            "claim_id": self.other.pk,
            "kind": "passive",
            "text": "MASS",
            "value": "disputed",
            "origin": "feed",
            "state": "ready",
            "total": 99,
            "attempts": 99,
            "confirmed": "on",
            "key": "00" * 20,
            "id": 1,
            "pk": 1,
            "created": "2000-01-01T00:00:00Z",
        }

    def cases(self) -> list[Case]:
        claim = self.claim.pk
        device = self.device
        data = (
            b'{"id": "r1", "text": "The monitor said ten people were killed.", "language": "en"}\n'
        )
        return [
            Case(
                "claims:claim-verdict",
                reverse("claims:claim-verdict", args=[claim]),
                self.bob,
                form_fields(VerdictForm) | {f"ev-0-{n}" for n in ("claim", "stance", "strength")},
                lambda: {
                    "value": "corroborated",
                    "note": "The room confirms it.",
                    "ev-0-claim": self.other.pk,
                    "ev-0-stance": "supports",
                    "ev-0-strength": "primary",
                },
                {"claims.claim", "claims.claimevent", "claims.evidence", "claims.verdict"},
                headers=HTMX,
            ),
            Case(
                "claims:claim-edit",
                reverse("claims:claim-edit", args=[claim]),
                self.erin,
                form_fields(ClaimEditForm),
                lambda: {"version": 1, "kind": "quote", "source": self.room.pk, "note": "fix"},
                {"claims.attribution", "claims.claim", "claims.claimevent"},
                headers=HTMX,
            ),
            Case(
                "claims:claim-final",
                reverse("claims:claim-final", args=[claim]),
                self.erin,
                form_fields(FinalStatusForm),
                lambda: {"status": "corroborated", "note": "two sources"},
                {"claims.claim", "claims.claimevent"},
                headers=HTMX,
            ),
            Case(
                "claims:claim-bulk",
                reverse("claims:claim-bulk"),
                self.erin,
                form_fields(BulkForm, "next"),
                lambda: {
                    "action": "status",
                    "claims": [claim, self.other.pk],
                    "status": "unverifiable",
                    "note": "no access",
                    "next": "/",
                },
                {"claims.claim", "claims.claimevent"},
            ),
            Case(  # the other bulk action, through the same endpoint
                "claims:claim-bulk",
                reverse("claims:claim-bulk"),
                self.erin,
                form_fields(BulkForm, "next"),
                lambda: {"action": "assign", "claims": [claim], "assignee": self.bob.pk},
                {"claims.claim", "claims.claimevent"},
            ),
            Case(
                "claims:upload",
                reverse("claims:upload"),
                self.alice,
                form_fields(IngestUploadForm),
                lambda: {
                    "files": [
                        SimpleUploadedFile("a.jsonl", data),
                        SimpleUploadedFile("b.zip", zip_of("c.txt", "The room said so.")),
                    ],
                    "label": "batch",
                },
                {"claims.ingestbatch"},
            ),
            Case(
                "otp-verify",
                reverse("otp-verify"),
                self.dave,
                form_fields(TokenForm, "next"),
                lambda: {"token": str(totp(device.bin_key)).zfill(6), "next": "/upload/"},
                {"otp_totp.totpdevice"},
                otp=False,
            ),
            Case(
                "login",
                reverse("login"),
                None,
                form_fields(AuthenticationForm, "next"),
                lambda: {"username": "bob", "password": PASSWORD},
                {"auth.user", "axes.accesslog"},
            ),
            Case("logout", reverse("logout"), self.bob, set(), dict, {"axes.accesslog"}),
            Case(  # the language is a cookie: only the session moves
                "set_language",
                reverse("set_language"),
                self.bob,
                {"language", "next"},
                lambda: {"language": "ar", "next": "/"},
                set(),
            ),
        ]

    def run_case(self, case: Case, client: Client, extra: dict[str, Any]) -> tuple[int, Any]:
        """POST from the current state, record what changed, and roll it back."""
        cookies = copy.deepcopy(client.cookies)
        before = snapshot()
        result: tuple[int, Any] = (0, None)
        try:
            with transaction.atomic():
                with time_machine.travel(NOW, tick=False):
                    data = case.data() | extra
                    response = client.post(case.url, data, headers=case.headers)
                result = (response.status_code, delta(before, snapshot()))
                raise _Rollback
        except _Rollback:
            pass
        client.cookies = cookies
        self.assertEqual(snapshot(), before, "the run was rolled back")
        return result

    def test_extra_fields_change_nothing_on_any_post_endpoint(self) -> None:
        cases = self.cases()
        posted = {name for name, row in EXPECTED.items() if row["POST"] != ONLY_GET}
        self.assertEqual(posted, {c.route for c in cases}, "every POST endpoint has a case here")
        for case in cases:
            extra = {k: v for k, v in self.extras().items() if k not in case.fields}
            self.assertIn("is_staff", extra)
            with self.subTest(case.route, data=sorted(case.data())):
                client = OTPClient() if case.otp else Client()
                if case.user is not None:
                    with time_machine.travel(NOW - dt.timedelta(minutes=1), tick=False):
                        client.force_login(case.user)
                plain = self.run_case(case, client, {})
                attacked = self.run_case(case, client, extra)
                self.assertIn(plain[0], (200, 302), plain)
                # The valid form did its job (the session row is renewed by every request).
                self.assertEqual(set(plain[1]) - {"sessions.session"}, case.writes)
                self.maxDiff = None
                self.assertEqual(attacked, plain)

    def test_the_comparison_sees_a_column_the_form_does_not_own(self) -> None:
        # Self-test: a write of one more column than the plain run is a difference.
        before = snapshot()
        with transaction.atomic():
            Claim.objects.filter(pk=self.claim.pk).update(final_note="x")
            one = delta(before, snapshot())
            transaction.set_rollback(True)
        with transaction.atomic():
            Claim.objects.filter(pk=self.claim.pk).update(final_note="x", final_by=self.erin)
            two = delta(before, snapshot())
            transaction.set_rollback(True)
        self.assertNotEqual(one, two)
        # ...and new rows are compared by content, not by their (always different) ids.
        runs = []
        for reviewer in (self.bob, self.bob, self.erin):
            with transaction.atomic(), time_machine.travel(NOW, tick=False):
                Verdict.objects.create(claim=self.claim, reviewer=reviewer, value="disputed")
                runs.append(delta(before, snapshot()))
                transaction.set_rollback(True)
        self.assertEqual(runs[0], runs[1])
        self.assertNotEqual(runs[0], runs[2])
