from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase, override_settings

from claims.models import Article, IngestBatch
from claims.registry import sources_load
from tests.conftest import CommittingTestCase

DEFAULT_PASSWORD = "factcheck-demo-2024"
TEXT = (
    "The Syrian Observatory for Human Rights said on Monday that 12 fighters were killed in "
    "clashes near Idlib.\nGovernment forces said they had repelled an attack overnight."
)


def make_files(folder: Path) -> None:
    (folder / "one.txt").write_text(TEXT, encoding="utf-8")
    (folder / "nested").mkdir()
    (folder / "nested" / "two.jsonl").write_text(
        json.dumps({"title": "Two", "text": TEXT + "\nA second story.", "language": "en"})
        + "\n{not json\n",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_bytes(b"")


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


class IngestCommandTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        sources_load()

    def setUp(self) -> None:
        self.tmp = tempfile.TemporaryDirectory()
        self.folder = Path(self.tmp.name)
        make_files(self.folder)

    def tearDown(self) -> None:
        self.tmp.cleanup()

    def test_sync_ingests_a_folder_and_reports_each_bad_file(self) -> None:
        out, err = run(str(self.folder), "--sync", "--outlet", "Example News")
        self.assertIn("2 new, 0 duplicate, 2 rejected", out)
        self.assertIn("Done: 2 extracted, 0 failed", out)
        self.assertIn("empty.txt", err)
        self.assertIn("two.jsonl", err)
        self.assertEqual(set(Article.objects.values_list("status", flat=True)), {"done"})
        self.assertEqual(
            set(Article.objects.values_list("outlet_name", flat=True)), {"Example News"}
        )
        self.assertEqual(IngestBatch.objects.get().origin, "command")

    def test_the_same_files_again_are_duplicates(self) -> None:
        run(str(self.folder), "--sync")
        out, _ = run(str(self.folder / "one.txt"), "--sync")
        self.assertIn("0 new, 1 duplicate", out)
        self.assertEqual(Article.objects.count(), 2)

    def test_a_missing_path_is_reported_not_raised(self) -> None:
        _, err = run(str(self.folder / "nope.txt"), "--sync")
        self.assertIn("nope.txt: No such file or folder.", err)

    def test_wait_gives_up_after_the_timeout_with_a_nonzero_status(self) -> None:
        # In a TestCase nothing is committed, so nothing reaches a worker: the batch never finishes.
        with pytest.raises(CommandError, match="Is a Celery worker running") as raised:
            run(str(self.folder / "one.txt"), "--wait", "--timeout", "1")
        self.assertEqual(raised.value.returncode, 3)

    def test_help_says_wait_needs_a_worker(self) -> None:
        from claims.management.commands.ingest import Command

        text = Command().create_parser("manage.py", "ingest").format_help()
        self.assertIn("needs a running Celery", " ".join(text.split()))


@pytest.mark.worker
class IngestCommandWaitTests(CommittingTestCase):
    @pytest.fixture(autouse=True)
    def _worker(self, celery_worker: object) -> None:
        self.worker = celery_worker

    def test_wait_prints_progress_lines_until_a_real_worker_finishes(self) -> None:
        sources_load()
        with tempfile.TemporaryDirectory() as tmp:
            make_files(Path(tmp))
            out, _ = run(tmp, "--wait", "--timeout", "30")
        self.assertIn("2/2 processed (2 done, 0 failed)", out)
        self.assertIn("Done: 2 extracted", out)
        self.assertNotIn("\r", out, "plain lines when stdout is not a terminal")


class LoadDemoTests(TestCase):
    def test_it_loads_the_demo_article_and_logins_and_is_safe_to_run_twice(self) -> None:
        out = io.StringIO()
        call_command("load_demo", stdout=out)
        article = Article.objects.get()
        claims = list(article.claims.values_list("pk", flat=True))
        call_command("load_demo", stdout=io.StringIO())
        article = Article.objects.get()
        self.assertEqual(article.status, Article.Status.DONE)
        self.assertEqual(article.text.count("\n") + 1, 7, "cleaned: seven paragraphs")
        self.assertTrue(claims)
        self.assertEqual(list(article.claims.values_list("pk", flat=True)), claims)
        self.assertEqual(
            User.objects.filter(username__in=["reviewer", "editor", "admin"]).count(), 3
        )
        password = "factcheck-demo-2024"
        self.assertIn(password, out.getvalue())
        roles = {
            "reviewer": {"reviewer"},
            "editor": {"editor", "reviewer"},
            "admin": {"admin", "editor", "reviewer"},
        }
        for username, groups in roles.items():
            user = User.objects.get(username=username)
            self.assertTrue(user.check_password(password))
            self.assertEqual(set(user.groups.values_list("name", flat=True)), groups)
        self.assertTrue(User.objects.get(username="admin").is_superuser)
        self.assertFalse(User.objects.get(username="reviewer").is_staff)

    def test_the_public_default_password_is_refused_outside_a_local_demo(self) -> None:
        # DEP-5: the README prints the default, and `admin` is a superuser.
        not_local = [
            {"SECURE_COOKIES": True},
            {"ALLOWED_HOSTS": ["factcheck.example.org"]},
            {"ALLOWED_HOSTS": ["localhost", "factcheck.example.org"]},
            {"ALLOWED_HOSTS": ["*"]},
        ]
        for overrides in not_local:
            for env in ({}, {"DEMO_PASSWORD": DEFAULT_PASSWORD}):
                with (
                    self.subTest(overrides=overrides, env=env),
                    override_settings(**overrides),
                    mock.patch.dict(os.environ, env),
                ):
                    if not env:
                        os.environ.pop("DEMO_PASSWORD", None)
                    with self.assertRaisesMessage(CommandError, "set DEMO_PASSWORD"):
                        call_command("load_demo", stdout=io.StringIO())
                    self.assertFalse(User.objects.filter(username="admin").exists())
                    self.assertFalse(Article.objects.exists())
        with (
            override_settings(SECURE_COOKIES=True, ALLOWED_HOSTS=["factcheck.example.org"]),
            mock.patch.dict(os.environ, {"DEMO_PASSWORD": "a-deployment-password-789"}),
        ):
            out = io.StringIO()
            call_command("load_demo", stdout=out)
        admin = User.objects.get(username="admin")
        self.assertTrue(admin.check_password("a-deployment-password-789"))
        self.assertFalse(admin.check_password(DEFAULT_PASSWORD))
        self.assertNotIn(DEFAULT_PASSWORD, out.getvalue())

    def test_an_existing_users_password_and_active_flag_change_only_with_demo_password(
        self,
    ) -> None:
        User.objects.create_user("admin", password="an admin passphrase 1")
        User.objects.create_user("reviewer", password="a reviewer passphrase 2", is_active=False)
        with mock.patch.dict(os.environ):
            os.environ.pop("DEMO_PASSWORD", None)
            out = io.StringIO()
            call_command("load_demo", stdout=out)
        admin, reviewer, editor = (
            User.objects.get(username=name) for name in ("admin", "reviewer", "editor")
        )
        self.assertTrue(admin.check_password("an admin passphrase 1"))
        self.assertTrue(admin.is_superuser)  # the demo roles are still given
        self.assertTrue(reviewer.check_password("a reviewer passphrase 2"))
        self.assertFalse(reviewer.is_active)
        self.assertTrue(editor.check_password(DEFAULT_PASSWORD))  # new: the default
        lines = {line.split()[0]: line for line in out.getvalue().splitlines()[2:5]}
        self.assertNotIn(DEFAULT_PASSWORD, lines["admin"])
        self.assertNotIn(DEFAULT_PASSWORD, lines["reviewer"])
        self.assertIn(DEFAULT_PASSWORD, lines["editor"])
        with mock.patch.dict(os.environ, {"DEMO_PASSWORD": "a-reset-password-456"}):
            call_command("load_demo", stdout=io.StringIO())
        for name in ("admin", "reviewer", "editor"):
            user = User.objects.get(username=name)
            self.assertTrue(user.check_password("a-reset-password-456"), name)
            self.assertTrue(user.is_active, name)

    def test_the_password_comes_from_demo_password_when_set(self) -> None:
        os.environ["DEMO_PASSWORD"] = "a-local-password-123"
        try:
            call_command("load_demo", stdout=io.StringIO())
        finally:
            del os.environ["DEMO_PASSWORD"]
        self.assertTrue(User.objects.get(username="editor").check_password("a-local-password-123"))
