"""Each command imports only what it uses: start-up time is import time (bench/startup.py
measures it; docs/benchmarks.md has the figures)."""

from __future__ import annotations

import json
import os
import pty
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
# What a question has no use for: a data-frame or model library, rich (its lines are
# printed by terminal.py), the TOML parser (the catalog is read parsed), the source
# modules and drift guards (ingesting only), and what DuckDB imports to bind a date.
UNUSED_BY_A_QUESTION = (*HEAVY, "pandas", "numpy", "statsmodels", "pydantic", "rich",
                        "tomllib", "borderstats.sources", "borderstats.guards", "tempfile",
                        "decimal", "uuid")


def _modules(args: list[str], tmp_path: Path, *, tty: bool = False,
             expect: str = "") -> set[str]:
    """The modules loaded by the command ``args``, run on a pipe or on a terminal; its
    output must hold ``expect``, so that an error exit is never taken for a pass."""
    out = tmp_path / "modules.json"
    command = [sys.executable, "-c", RUN.format(out=str(out)), json.dumps(args)]
    if tty:
        master, slave = pty.openpty()
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=slave,
                                   stderr=slave, env={**os.environ, "TERM": "xterm-256color",
                                                      "COLUMNS": "120"})
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the command closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(master)
        assert process.wait(timeout=120) == 0
        printed = b"".join(chunks).decode()
    else:
        printed = subprocess.run(command, env={**os.environ}, capture_output=True, text=True,
                                 check=True, timeout=120).stdout
    assert expect in printed.replace("\x1b[1m", "").replace("\x1b[0m", "")
    return set(json.loads(out.read_text()))


def _within(loaded: set[str], names: tuple[str, ...]) -> set[str]:
    return {m for m in loaded if m in names or any(m.startswith(n + ".") for n in names)}


ANSWERS = {"query": "2,475,669", "rank": "among Januaries", "change": "-125,786"}
QUESTIONS = [
    ["query", "swb_encounters", "--period", "FY2023"],
    ["query", "swb_encounters", "--period", "FY2023", "--json"],
    ["query", "swb_encounters", "--period", "FY2023", "--by", "fiscal_year"],
    ["rank", "usbp_swb_encounters", "--period", "2024-01"],
    ["change", "swb_encounters", "--from", "2023-12", "--to", "2024-01"],
]


@pytest.mark.parametrize("args", QUESTIONS, ids=" ".join)
@pytest.mark.parametrize("tty", [False, True], ids=["pipe", "terminal"])
def test_a_question_imports_only_what_it_uses(args: list[str], tty: bool,
                                              tmp_path: Path) -> None:
    expect = '"value": 2475669' if "--json" in args else ANSWERS[args[0]]
    _modules(args, tmp_path, expect=expect)  # the first question parses and learns
    loaded = _modules(args, tmp_path, tty=tty, expect=expect)
    assert "borderstats.query" in loaded and "_duckdb" in loaded
    assert not _within(loaded, UNUSED_BY_A_QUESTION)


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


@pytest.mark.parametrize(("args", "collecting"), [
    (["query", "swb_encounters", "--period", "FY2023"], False),
    (["rank", "usbp_swb_encounters", "--period", "2024-01"], False),
    (["measures"], True),
    (["serve", "--port", "8123"], True),
])
def test_the_cycle_collector_rests_during_a_question_only(
        args: list[str], collecting: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from borderstats import cli

    seen = []
    monkeypatch.setattr(cli, "app", lambda: seen.append(gc.isenabled()))
    monkeypatch.setattr(sys, "argv", ["borderstats", *args])
    assert gc.isenabled()
    cli.main()
    assert seen == [collecting]
    assert gc.isenabled()  # on again for whoever called main() in-process
