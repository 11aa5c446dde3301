"""The package's own names: the API's functions, whatever submodule was imported first."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path


def test_api_names_are_the_functions_even_after_their_namesake_modules_load() -> None:
    # borderstats.query and borderstats.corridor are also submodules; importing them must
    # not turn the package's functions into modules.
    import borderstats

    importlib.import_module("borderstats.query")
    importlib.import_module("borderstats.corridor")
    assert callable(borderstats.query) and borderstats.query.__module__ == "borderstats.api"
    assert callable(borderstats.corridor) and borderstats.corridor.__module__ == \
        "borderstats.api"
    from borderstats.query import Engine

    assert Engine.__module__ == "borderstats.query"


def test_a_fresh_interpreter_that_imports_the_submodule_first() -> None:
    code = ("import borderstats.query, borderstats; "
            "print(borderstats.query.__module__, borderstats.rank.__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["borderstats.api", "rank"]


def test_version_and_python_dash_m() -> None:
    import borderstats

    for command in ([sys.executable, "-m", "borderstats", "--version"],
                    [str(Path(sys.executable).with_name("borderstats")), "--version"]):
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        assert out.strip() == f"borderstats {borderstats.__version__}"
    usage = subprocess.run([sys.executable, "-m", "borderstats"], capture_output=True,
                           text=True)
    assert usage.returncode == 2 and "query" in usage.stderr
