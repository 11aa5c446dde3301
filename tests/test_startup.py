"""Each command imports only what it uses: start-up time is import time (bench/startup.py
measures it; docs/benchmarks.md has the figures)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

RUN = """
import json, sys
from borderstats.cli import main
sys.argv = ["borderstats", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
with open({out!r}, "w") as fh:
    json.dump(sorted(sys.modules), fh)
"""

HEAVY = ("pdfplumber", "openpyxl", "pyarrow", "jinja2", "text2num", "borderstats.charts",
         "borderstats.claims", "borderstats.report_html", "borderstats.corridor",
         "borderstats.snapshot", "borderstats.sources.usbp_historical")


def _modules(args: list[str], tmp_path: Path) -> set[str]:
    out = tmp_path / "modules.json"
    subprocess.run([sys.executable, "-c", RUN.format(out=str(out)), json.dumps(args)],
                   env={**os.environ}, capture_output=True, check=True, timeout=120)
    return set(json.loads(out.read_text()))


@pytest.mark.parametrize("args", [
    ["query", "swb_encounters", "--period", "FY2023"],
    ["query", "swb_encounters", "--period", "FY2023", "--json"],
    ["rank", "usbp_swb_encounters", "--period", "2024-01"],
    ["change", "swb_encounters", "--from", "2023-12", "--to", "2024-01"],
], ids=lambda a: " ".join(a[:1] + a[-1:]))
def test_a_question_imports_no_parser_chart_or_claim_checker(args: list[str],
                                                             tmp_path: Path) -> None:
    loaded = _modules(args, tmp_path)
    assert "borderstats.query" in loaded
    assert not {m for m in loaded if m.split(".")[0] in HEAVY or m in HEAVY
                or any(m.startswith(h + ".") for h in HEAVY)}
    assert "pydantic" not in loaded
    if "--json" in args:
        assert "rich" not in loaded


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["query", "--help"]])
def test_help_and_version_open_no_store(args: list[str], tmp_path: Path) -> None:
    loaded = _modules(args, tmp_path)
    assert not {"_duckdb", "duckdb", "borderstats.store", "borderstats.query", "rich"} & loaded


def _choices(words: list[str]) -> set[str]:
    import argparse

    from borderstats.cli import app

    parser = app.parser(words=words)
    (subs,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(subs.choices)


def test_a_named_command_builds_its_parser_alone() -> None:
    everything = _choices([])
    assert {"query", "rank", "change", "check", "snapshot"} <= everything
    assert _choices(["query", "swb_encounters", "--period", "FY2023"]) == {"query"}
    assert _choices(["snapshot", "build"]) == {"snapshot"}
    # --help and a misspelt command list every command, as before.
    assert _choices(["--help"]) == everything
    assert _choices(["qurey", "swb_encounters"]) == everything
