"""Each module-level name in the package is bound once: a second binding silently replaces
the first for every caller, including the code written beside the first."""

from __future__ import annotations

import ast
from pathlib import Path

import borderstats

PACKAGE = Path(borderstats.__file__).parent


def _bound_twice(path: Path) -> list[str]:
    seen: dict[str, int] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and \
                node.value is not None:
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            names = []
        for name in names:
            seen[name] = seen.get(name, 0) + 1
    return [name for name, count in seen.items() if count > 1]


def test_no_module_level_name_is_bound_twice() -> None:
    twice = {str(p.relative_to(PACKAGE)): names for p in sorted(PACKAGE.rglob("*.py"))
             if (names := _bound_twice(p))}
    assert twice == {}


def test_a_second_binding_is_found(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("A = 1\n\n\ndef f() -> int:\n    return A\n\n\nA = 2\n")
    assert _bound_twice(module) == ["A"]
