"""The README's Python examples run as written, on a fresh store filled from the bundled
snapshot, and print what their comments say."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import borderstats

README = Path(__file__).resolve().parents[1] / "README.md"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_readme_python_blocks_run_and_give_the_values_their_comments_show() -> None:
    blocks = python_blocks()
    assert blocks, "the README has Python examples"
    checked = 0
    for block in blocks:
        namespace: dict = {}
        for line in block.splitlines():
            code, _, comment = line.partition("  # ")
            if not code.strip():
                continue
            node = ast.parse(code.strip())
            if isinstance(node.body[0], ast.Expr):
                value = eval(code.strip(), namespace)  # noqa: S307 - the README's own code
                expected = comment.strip()
                if re.fullmatch(r"-?[\d.]+", expected):
                    assert str(value) == expected, (code, value)
                    checked += 1
                elif expected and re.fullmatch(r"[A-Z]\w+", expected):
                    assert type(value).__name__ == expected, (code, value)
                    checked += 1
            else:
                exec(code.strip(), namespace)  # noqa: S102 - the README's own code
                target = node.body[0].targets[0] if isinstance(node.body[0], ast.Assign) \
                    else None
                if isinstance(target, ast.Name) and re.fullmatch(r"[A-Z]\w+", comment.strip()):
                    assert type(namespace[target.id]).__name__ == comment.strip(), code
                    checked += 1
    assert checked >= 2, "the comments' values were compared"


def test_api_names_stay_functions_whatever_was_imported_before() -> None:
    first = borderstats.rank("usbp_swb_encounters", "2024-01")
    # Importing the submodules that share the functions' names must not shadow them.
    importlib.import_module("borderstats.query")
    importlib.import_module("borderstats.corridor")
    assert callable(borderstats.query) and callable(borderstats.corridor)
    assert borderstats.query("swb_encounters", "FY2023").value == 2_475_669
    assert borderstats.rank("usbp_swb_encounters", "2024-01").rank == first.rank
    assert borderstats.corridor("2023-12").period == "2023-12"
