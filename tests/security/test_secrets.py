"""DEP-5: no secret in git, and the SECRET_KEY actually loaded passes Django's W009 check.

Scans every tracked file (`git ls-files`) for private keys, cloud and chat tokens, Django's insecure
key prefix, credentials in URLs, and string literals assigned to a password/secret/token name. A hit
that is not a secret is allowed by (path, rule, value) with the reason, so a new literal in an
allowed file is still caught.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.checks.security.base import check_secret_key
from django.test import SimpleTestCase

ROOT = Path(__file__).resolve().parents[2]

RULES = {
    "private-key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    "aws-access-key": re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    "github-token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{22,}"),
    "slack-token": re.compile(r"\bxox[baprs]-[A-Za-z0-9-]{10,}"),
    "insecure-django-key": re.compile(r"django-" r"insecure-"),
    "url-credentials": re.compile(r"\b[a-z][a-z0-9+.-]*://[^/\s:@'\"]+:[^/\s:@'\"]+@"),
    # NAME = "literal" or name: 'literal' for password, passwd, secret, secret_key, token, api_key.
    "secret-literal": re.compile(
        r"(?:password|passwd|secret|token|api_?key)\w*\s*[:=]\s*[rbf]?[\"'](?P<value>[^\"']{8,})",
        re.I,
    ),
}

ALLOWLIST: dict[tuple[str, str, str], str] = {
    (
        "README.md",
        "url-credentials",
        "postgres://user:" + "pass@",
    ): "placeholder in the settings table",
    (
        "claims/management/commands/load_demo.py",
        "secret-literal",
        "factcheck-demo-2024",
    ): "the public local-demo default; load_demo refuses it outside a local demo",
    (
        "tests/claims/test_ingest_command.py",
        "secret-literal",
        "factcheck-demo-2024",
    ): "the test of that refusal",
    (
        "tests/claims/test_ingest_command.py",
        "secret-literal",
        "an admin passphrase 1",
    ): "a test user's password",
    (
        "tests/claims/test_ingest_command.py",
        "secret-literal",
        "a reviewer passphrase 2",
    ): "a test user's password",
    (
        "tests/base.py",
        "secret-literal",
        "correct horse battery staple 42",
    ): "the test users' password",
    ("bench/pages.py", "secret-literal", "bench pages password 1"): "a user in the bench database",
    ("bench/pages.py", "secret-literal", "bench pages password 2"): "a user in the bench database",
}


def tracked_files() -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return [name for name in out.split("\0") if name]


def scan(name: str, text: str) -> list[tuple[str, str, str]]:
    hits = []
    for rule, pattern in RULES.items():
        for match in pattern.finditer(text):
            value = match.groupdict().get("value") or match.group(0)
            hits.append((name, rule, value))
    return hits


class SecretScanTests(SimpleTestCase):
    def test_no_tracked_file_holds_a_secret(self) -> None:
        files = tracked_files()
        self.assertGreater(len(files), 100, "git ls-files lists the repository")
        hits = []
        for name in files:
            path = ROOT / name
            if path.is_file():  # a file deleted in the working tree is not scanned
                hits += scan(name, path.read_bytes().decode("utf-8", "replace"))
        found = set(hits)
        self.assertEqual(sorted(found - set(ALLOWLIST)), [])
        self.assertEqual(set(ALLOWLIST) - found, set(), "an allowlist entry matches nothing")

    def test_the_rules_catch_what_they_look_for(self) -> None:
        samples = {
            # Built from pieces, so this file does not hold what it looks for.
            "private-key": "-----BEGIN " + "OPENSSH PRIVATE KEY-----",
            "aws-access-key": "id = AKIA" + "IOSFODNN7EXAMPLE",
            "github-token": "ghp_" + "a1B2" * 9,
            "slack-token": "xoxb" + "-123456789012-abc",
            "insecure-django-key": "SECRET_KEY = 'django-" + "insecure-abc'",
            "url-credentials": "redis://default:" + "hunter22@cache:6379/0",
            "secret-literal": "EMAIL_HOST_PASSWORD = " + "'s3cr3t-value'",
        }
        for rule, sample in samples.items():
            with self.subTest(rule):
                self.assertIn(rule, {r for _, r, _ in scan("x", sample)})
        self.assertEqual(scan("x", 'password = os.environ["DB_PASSWORD"]'), [])
        self.assertEqual(scan("x", "token = form.cleaned_data['token']"), [])

    def test_the_local_secret_key_file_is_ignored_and_untracked(self) -> None:
        self.assertNotIn(".secret_key", tracked_files())
        ignored = subprocess.run(["git", "check-ignore", "-q", ".secret_key"], cwd=ROOT)
        self.assertEqual(ignored.returncode, 0, ".secret_key is in .gitignore")

    def test_the_secret_key_in_use_passes_the_deploy_check_and_is_in_no_tracked_file(self) -> None:
        self.assertEqual(check_secret_key(None), [])
        key = settings.SECRET_KEY
        for name in tracked_files():
            path = ROOT / name
            if path.is_file():
                self.assertNotIn(key.encode(), path.read_bytes(), name)
