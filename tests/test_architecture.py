from __future__ import annotations

import ast
from pathlib import Path

from django.test import SimpleTestCase

EXTRACTION = Path(__file__).resolve().parent.parent / "claims" / "extraction"


class ArchitectureTests(SimpleTestCase):
    def test_the_extraction_engine_never_imports_django(self) -> None:
        offenders = []
        for path in sorted(EXTRACTION.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "django"]
        self.assertEqual(offenders, [])
        self.assertTrue(list(EXTRACTION.glob("*.py")), "the extraction package has files")
