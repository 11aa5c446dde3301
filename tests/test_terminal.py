"""terminal.Console prints what rich's Console(highlight=False, soft_wrap=True) prints, byte
for byte, on a pipe and on terminals of every kind, itself or by handing the text to rich."""

from __future__ import annotations

import io
import sys

import pytest
from rich.console import Console as RichConsole
from rich.table import Table as RichTable

from borderstats import terminal


class FakeFile(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


# (environment, whether the file is a terminal)
SETTINGS = {
    "pipe": ({}, False),
    "terminal": ({"TERM": "xterm-256color"}, True),
    "truecolor": ({"TERM": "xterm", "COLORTERM": "truecolor"}, True),
    "no colour": ({"TERM": "xterm-256color", "NO_COLOR": "1"}, True),
    "dumb terminal": ({"TERM": "dumb"}, True),
    "forced on a pipe": ({"TERM": "xterm", "FORCE_COLOR": "1"}, False),
    "tty-compatible 0": ({"TERM": "xterm", "TTY_COMPATIBLE": "0"}, True),
    "narrow": ({"TERM": "xterm", "COLUMNS": "40"}, True),
    "dumb, narrow": ({"TERM": "dumb", "COLUMNS": "40"}, True),
    "dumb, sized": ({"TERM": "dumb", "COLUMNS": "40", "LINES": "20"}, True),
}
ENV = ("TERM", "COLORTERM", "NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "COLUMNS", "LINES",
       "TTY_INTERACTIVE")

LINES = [
    "Southwest Land Border encounters, FY2023",
    "[bold]Southwest Land Border encounters[/bold] (sector Tucson), FY2023",
    "Total: [bold]2,475,669[/bold] encounters",
    "Total of the months with data: [bold]1,000[/bold] encounters [yellow](incomplete: no "
    "data for 2018-10..2018-11)[/yellow]",
    "  [dim]• Encounters count events, not people.[/dim]",
    "  • cbp release 6 (a.csv, published 2025-12), table t, filters region=Southwest, "
    "2022-10..2023-09",
    "Rank [bold]3[/bold] of 25 among Januaries (1 = highest).",
    "  change: -125,786 (-41.1%); ratio 0.59×",
    "",
    "[1] a numbered note, and [Tucson] in brackets",   # [T...]: rich reads a tag
    "[bold]nested [yellow]styles[/yellow][/bold]",
    "[/bold] closes nothing",                            # rich raises: so must we
    "an escaped \\[bold] tag",
    "an emoji code :thumbs_up: and a time 10:30",
    "a tab\there",
    "[italic]CBP[/italic] and [red]red[/]",
    "[bold]left open",
    "ünïcödé — “quotes” ☂",
]


def _configure(monkeypatch: pytest.MonkeyPatch, setting: str) -> FakeFile:
    env, tty = SETTINGS[setting]
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return FakeFile(tty)


def _ours(monkeypatch: pytest.MonkeyPatch, setting: str, *objects: object,
          markup: bool = True) -> str:
    file = _configure(monkeypatch, setting)
    monkeypatch.setattr(sys, "stdout", file)
    terminal.Console().print(*objects, markup=markup)
    return file.getvalue()


def _rich(monkeypatch: pytest.MonkeyPatch, setting: str, *objects: object,
          markup: bool = True) -> str:
    file = _configure(monkeypatch, setting)
    RichConsole(file=file, highlight=False, soft_wrap=True).print(*objects, markup=markup)
    return file.getvalue()


def _outcome(function, *args, **kwargs) -> str:  # noqa: ANN001 - either printer
    try:
        return function(*args, **kwargs)
    except Exception as exc:  # rich's markup errors must come through unchanged
        return f"raised {type(exc).__name__}"


@pytest.mark.parametrize("setting", SETTINGS)
@pytest.mark.parametrize("line", LINES)
def test_a_line_prints_as_rich_prints_it(monkeypatch: pytest.MonkeyPatch, setting: str,
                                         line: str) -> None:
    assert _outcome(_ours, monkeypatch, setting, line) == \
        _outcome(_rich, monkeypatch, setting, line)
    assert _ours(monkeypatch, setting, line, markup=False) == \
        _rich(monkeypatch, setting, line, markup=False)


def test_the_usual_lines_need_no_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    """What query, rank and change print is written without rich (the point of it)."""
    file = _configure(monkeypatch, "terminal")
    monkeypatch.setattr(sys, "stdout", file)
    console = terminal.Console()
    for line in LINES[:9]:
        console.print(line)
    console.print()
    table = terminal.Table("fiscal_year", "encounters", "% of total", padding=(0, 2))
    table.columns[1].justify = table.columns[2].justify = "right"
    table.add_row("FY2023", "2,475,669", "—")
    console.print(table)
    assert console._rich is None
    # Four bold figures and titles; the header's three cells, each in three bold pieces.
    printed = file.getvalue()
    assert printed.count("\x1b[1m") == 4 + 3 * 3 and "\x1b[33m(incomplete" in printed


TABLES = [
    # (headers, right-justified columns, rows, padding)
    (("fiscal_year", "encounters"), {1}, [("FY2019", "977,509"), ("FY2020", "1,458,088")], 2),
    (("citizenship", "citizenship_name", "encounters", "% of total"), {2, 3},
     [("MEX", "Mexico", "717,333", "29.0%"), ("all others", "All others", "1", "—")], 2),
    (("month", "value"), {1}, [("2024-01", "")], 1),
    (("a", "b"), set(), [("x" * 30, "y" * 30)], 2),                 # wider than 40 columns
    (("name", "value"), {1}, [("北京", "1")], 2),                     # wide characters
    (("name", "value"), {1}, [("[bold]x[/bold]", "1")], 2),         # markup in a cell
]


@pytest.mark.parametrize("setting", SETTINGS)
@pytest.mark.parametrize("table", TABLES, ids=range(len(TABLES)))
def test_a_table_prints_as_rich_prints_it(monkeypatch: pytest.MonkeyPatch, setting: str,
                                          table: tuple) -> None:
    headers, right, rows, pad = table
    ours = terminal.Table(*headers, padding=(0, pad))
    theirs = RichTable(*headers, box=None, padding=(0, pad))
    for index in right:
        ours.columns[index].justify = "right"
        theirs.columns[index].justify = "right"
    for row in rows:
        ours.add_row(*row)
        theirs.add_row(*row)
    assert _ours(monkeypatch, setting, ours) == _rich(monkeypatch, setting, theirs)


def test_what_is_recorded_is_the_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """The glossary reads what was printed: the same text whether rich printed it or not."""
    file = _configure(monkeypatch, "terminal")
    monkeypatch.setattr(sys, "stdout", file)
    console = terminal.Console()
    console.print("not recorded")
    console.record()
    console.print("[bold]FY2023[/bold] total")
    console.print("[italic]CBP[/italic] [bold]nested [dim]x[/dim][/bold]")  # rich
    table = terminal.Table("fiscal_year", "encounters", padding=(0, 2))
    table.add_row("FY2023", "2,475,669")
    console.print(table)
    assert console.recorded() == ("FY2023 total\nCBP nested x\n"
                                  "  fiscal_year    encounters  \n"
                                  "  FY2023         2,475,669   \n")
    assert console.recorded() == ""  # recording stopped


def test_each_print_reaches_the_file_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """rich flushes after each print: lines written to stdout and stderr (a pipe holding
    both) keep the order they were printed in."""
    file = _configure(monkeypatch, "pipe")
    flushed = []
    monkeypatch.setattr(file, "flush", lambda: flushed.append(file.getvalue()))
    monkeypatch.setattr(sys, "stdout", file)
    console = terminal.Console()
    console.print("[bold]first[/bold]")
    console.print("second")
    assert flushed == ["first\n", "first\nsecond\n"]


BROKEN_PIPE = """
import sys
from borderstats import terminal

class Gone:
    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")
    def flush(self):
        pass
    def isatty(self):
        return False
    def fileno(self):
        return 1

console = terminal.Console()
sys.stdout = Gone()
console.print("[bold]a line nobody reads[/bold]")
print("not reached", file=sys.stderr)
"""


def test_a_reader_gone_ends_the_command_quietly_as_rich_does() -> None:
    """`borderstats query … | head -1`: status 1 and nothing on stderr, no traceback."""
    import subprocess

    done = subprocess.run([sys.executable, "-c", BROKEN_PIPE], capture_output=True,
                          text=True, timeout=60)
    assert (done.returncode, done.stderr) == (1, "")
