"""Each module-level name and each method is bound once.

In a long rule module a second ``_AR_DENIED_OBJECTS = …`` or a second ``def _carry`` silently replaces
the first, so the earlier rule runs with the later one's words (this happened twice in
claims/extraction/attribution.py, each time from two branches that merged cleanly). ruff's F811 only
catches an unused function redefined; this catches any name bound twice by a top-level assignment,
``def`` or ``class``, and any method defined twice in one class body (property setters excepted).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("claims", "factcheck", "bench", "scripts", "tests")


def _modules() -> list[Path]:
    return sorted(
        p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py") if "migrations" not in p.parts
    )


def _bound(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    targets: list[ast.expr] = []
    if isinstance(node, ast.Assign):
        targets = list(node.targets)
    elif isinstance(node, ast.AnnAssign) and node.value is not None:
        targets = [node.target]
    names = []
    for target in targets:
        elts = target.elts if isinstance(target, ast.Tuple | ast.List) else [target]
        names += [e.id for e in elts if isinstance(e, ast.Name)]
    return names


def _accessor(node: ast.stmt) -> bool:
    decorators = getattr(node, "decorator_list", [])
    return any(
        isinstance(d, ast.Attribute)
        and d.attr in {"setter", "deleter"}
        or isinstance(d, ast.Name)
        and d.id == "overload"
        for d in decorators
    )


def twice(source: str) -> list[str]:
    """``name (lines)`` for every name bound twice at module level or in one class body."""
    tree = ast.parse(source)
    found = []
    bodies: list[tuple[str, list[ast.stmt]]] = [("", tree.body)]
    bodies += [(f"{c.name}.", c.body) for c in ast.walk(tree) if isinstance(c, ast.ClassDef)]
    for prefix, body in bodies:
        lines: dict[str, list[int]] = defaultdict(list)
        for node in body:
            if prefix and (_accessor(node) or not isinstance(node, ast.FunctionDef)):
                continue  # class attributes may be rebound on purpose; methods may not
            for name in _bound(node):
                if name != "_":
                    lines[name].append(node.lineno)
        found += [f"{prefix}{n} {v}" for n, v in lines.items() if len(v) > 1]
    return found


def test_the_check_sees_a_shadowed_set_and_method():
    source = "A = {1}\n\ndef f(): pass\nA = {2}\n\nclass C:\n    def m(self): pass\n    def m(self): pass\n"
    assert twice(source) == ["A [1, 4]", "C.m [7, 8]"]
    assert twice("A: int\nA = 1\nclass C:\n    x = 1\n    x = 2\n") == []


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_each_name_is_bound_once(path: Path):
    assert twice(path.read_text(encoding="utf-8")) == []


def test_the_attributor_parts_define_each_method_once():
    """The attributor is one class built from a core and two language mixins (attribution_ar,
    attribution_en): a method defined in two parts would be silently shadowed by the one earlier in
    the method resolution order."""
    from claims.extraction.attribution import Attributor

    parts = [vars(cls) for cls in Attributor.__mro__ if cls is not object]
    names = [{n for n in part if not n.startswith("__")} for part in parts]
    shared = {n for i, a in enumerate(names) for b in names[i + 1 :] for n in a & b}
    assert len(parts) == 3
    assert shared == set()
