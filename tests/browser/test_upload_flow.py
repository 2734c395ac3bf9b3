"""Upload in real Chromium with a real Celery worker: the batch page polls until the worker is done,
then stops polling; refused files are listed with their reasons.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from claims.models import Article, IngestBatch
from claims.registry import sources_load
from tests.base import PASSWORD, make_user
from tests.browser.base import ARTIFACTS, BrowserTestCase
from tests.factories import ensure_roles

DEMO = Path(__file__).resolve().parents[2] / "claims" / "data" / "demo" / "seed-idlib-khuwayn.json"
EN = "The Syrian Observatory for Human Rights said clashes went on all night in rural Idlib."


def _restore_roles() -> None:
    """The role groups after a flush, with the primary keys of the serialized test database, so
    a later test restoring it (serialized_rollback) updates them instead of clashing on names."""
    serialized = getattr(connection, "_test_serialized_contents", None)
    for obj in json.loads(serialized) if serialized else []:
        if obj.get("model") == "auth.group":
            name = obj["fields"]["name"]
            Group.objects.filter(name=name).exclude(pk=obj["pk"]).delete()
            Group.objects.update_or_create(pk=obj["pk"], defaults={"name": name})
    ensure_roles()


@pytest.mark.browser
@pytest.mark.worker
class UploadFlowBrowserTests(BrowserTestCase):
    @pytest.fixture(autouse=True)
    def _worker(self, celery_worker: object, tmp_path: Path) -> None:
        self.worker = celery_worker
        self.tmp = tmp_path

    def _fixture_teardown(self) -> None:
        super()._fixture_teardown()
        _restore_roles()

    def setUp(self) -> None:
        _restore_roles()
        # The registry as `make run` loads it (this also tells the worker's registry cache
        # that the sources changed since an earlier test).
        sources_load()
        self.admin = make_user("uma", "admin", "editor", "reviewer")

    def test_an_upload_is_processed_by_the_worker_and_the_page_stops_polling(self) -> None:
        good = self.tmp / "report.txt"
        good.write_text(EN, encoding="utf-8")
        empty = self.tmp / "empty.txt"
        empty.write_bytes(b"")
        photo = self.tmp / "photo.txt"
        photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))

        context = self.browser.new_context(locale="en-US")
        page = context.new_page()
        console_errors: list[str] = []
        page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
        polls: list[str] = []
        page.on("request", lambda r: polls.append(r.url) if "/progress/" in r.url else None)

        page.goto(self.live_server_url + reverse("login"))
        page.fill("input[name=username]", "uma")
        page.fill("input[name=password]", PASSWORD)
        page.press("input[name=password]", "Enter")
        page.wait_for_url(self.live_server_url + "/")
        # An admin passes the second factor first (AUTH-4): the code an authenticator app shows.
        page.goto(self.live_server_url + reverse("claims:upload"))
        page.wait_for_url("**/account/otp/**")
        page.screenshot(path=str(ARTIFACTS / "upload-otp.png"), full_page=True)
        device = TOTPDevice.objects.get(user=self.admin, confirmed=True)
        token = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
        page.fill("input[name=token]", str(token).zfill(device.digits))
        page.click("form.otp-form button[type=submit]")
        page.wait_for_url(self.live_server_url + reverse("claims:upload"))
        page.screenshot(path=str(ARTIFACTS / "upload-form.png"), full_page=True)
        page.set_input_files("input[type=file]", [str(good), str(DEMO), str(empty), str(photo)])
        page.fill("input[name=label]", "browser upload")
        page.click("form.upload-form button[type=submit]")
        page.wait_for_url("**/batches/*/")
        page.screenshot(path=str(ARTIFACTS / "upload-batch-running.png"), full_page=True)

        # The worker reads the files, then extracts the two articles; htmx swaps in the final partial.
        page.wait_for_selector("#batch-progress:not([hx-trigger])", timeout=60_000)
        batch = IngestBatch.objects.get(label="browser upload")
        self.assertEqual((batch.state, batch.total, batch.rejected), ("ready", 2, 2))
        self.assertEqual(Article.objects.filter(batch=batch, status=Article.Status.DONE).count(), 2)
        body = page.inner_text("#batch-progress")
        self.assertIn("Finished", body)
        self.assertIn("empty file", body)
        self.assertIn("binary file (PNG image), not text", body)
        page.screenshot(path=str(ARTIFACTS / "upload-batch-finished.png"), full_page=True)

        # Polling has stopped: no request to the progress URL for a while.
        seen = len(polls)
        time.sleep(4.5)
        self.assertEqual(len(polls), seen)
        self.assertEqual([e for e in console_errors if "Content Security Policy" in e], [])
        context.close()
