"""Printing a command's answer without importing rich when rich would add nothing.

A question (``query``, ``rank``, ``change``) prints a few lines of text, marked up with
``[bold]``, ``[dim]`` and ``[yellow]``, and sometimes a table without borders. Importing
rich costs some 15 ms and rendering through it a few more: a sixth of the time to the
first line. :class:`Console` writes such lines itself, byte for byte as rich would (plain
text to a file or pipe; the same escape codes on a terminal), and hands anything else to a
rich Console made on first use: other markup, emoji codes, control characters, nested
styles, rich objects, a table wider than the terminal. Whatever it prints, itself or
through rich, it can record as plain text (for the glossary of terms at the end).
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any, TextIO

# The styles written without rich, as rich writes them (SGR codes).
_CODES = {"bold": "1", "dim": "2", "yellow": "33"}
_COLOURS = {"yellow"}
_TAG = re.compile(r"\[(/?)(bold|dim|yellow)\]")
# What rich would read as something other than plain text: markup tags it would parse,
# emoji codes (":smile:"), and control characters it strips or expands.
_RICH_MARKUP = re.compile(r"\[[a-z#/@]")
_EMOJI = re.compile(r":\S*?:")
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def _segments(text: str, markup: bool) -> list[tuple[str, str | None]] | None:
    """``text`` as (text, style) pieces, or None where rich is needed to read it."""
    if _EMOJI.search(text) or _CONTROL.search(text):
        return None
    if not markup:
        return [(text, None)]
    if "\\" in text:
        return None  # rich reads a backslash before a tag as an escape
    pieces: list[tuple[str, str | None]] = []
    style: str | None = None
    at = 0
    for tag in _TAG.finditer(text):
        closing, name = tag.group(1) == "/", tag.group(2)
        if closing != (style is not None) or (closing and name != style):
            return None  # nested, unopened or mismatched: rich's rules, not ours
        pieces.append((text[at:tag.start()], style))
        style = None if closing else name
        at = tag.end()
    pieces.append((text[at:], style))
    if style is not None or any(_RICH_MARKUP.search(piece) for piece, _ in pieces):
        return None  # a tag left open, or markup this module does not read
    return pieces


class Cell:
    """One table column's header and how its cells line up."""

    def __init__(self, header: str) -> None:
        self.header = header
        self.justify = "left"


class Table:
    """A table without borders, as ``rich.table.Table(*headers, box=None,
    padding=(0, pad))`` draws it: the header row in bold, each cell padded by ``pad``
    spaces on both sides. Printed by :class:`Console`, through rich when it is too wide."""

    def __init__(self, *headers: str, padding: tuple[int, int] = (0, 1)) -> None:
        self.columns = [Cell(h) for h in headers]
        self.rows: list[tuple[str, ...]] = []
        self.pad = padding[1]
        if padding[0]:
            raise ValueError("terminal.Table: only padding (0, N)")

    def add_row(self, *cells: str) -> None:
        self.rows.append(tuple(cells))

    def widths(self) -> list[int]:
        return [max([len(c.header), *(len(row[i]) for row in self.rows)]) + 2 * self.pad
                for i, c in enumerate(self.columns)]

    def to_rich(self) -> Any:
        from rich.table import Table as RichTable

        table = RichTable(*(c.header for c in self.columns), box=None, padding=(0, self.pad))
        for rich_column, column in zip(table.columns, self.columns, strict=True):
            rich_column.justify = column.justify  # type: ignore[assignment]
        for row in self.rows:
            table.add_row(*row)
        return table


class Console:
    """Prints as a rich ``Console(highlight=False, soft_wrap=True)`` would, importing rich
    only for what it cannot print itself."""

    def __init__(self, *, stderr: bool = False) -> None:
        self.stderr = stderr
        self._rich: Any = None
        self._recording: list[str] | None = None

    @property
    def file(self) -> TextIO:
        return sys.stderr if self.stderr else sys.stdout

    @property
    def console(self) -> Any:
        """The rich Console behind this one, made on first use."""
        if self._rich is None:
            from rich.console import Console as RichConsole

            self._rich = RichConsole(stderr=self.stderr, highlight=False, soft_wrap=True)
        return self._rich

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # never rich's privates, nor ours before __init__ ran
            raise AttributeError(name)
        return getattr(self.console, name)

    # -- what rich would decide about the output --------------------------------------

    def _terminal(self) -> bool:
        """Whether rich would take the file for a terminal: TTY_COMPATIBLE, then
        FORCE_COLOR, then the file itself."""
        env = os.environ
        compatible = env.get("TTY_COMPATIBLE", "")
        if compatible in ("0", "1"):
            return compatible == "1"
        if env.get("FORCE_COLOR") is not None:
            return env["FORCE_COLOR"] != ""
        try:
            return self.file.isatty()
        except (AttributeError, ValueError):
            return False

    def _dumb(self) -> bool:
        return os.environ.get("TERM", "").lower() in ("dumb", "unknown")

    def _styled(self) -> tuple[bool, bool]:
        """(whether styles are written as escape codes, whether colours are): on a
        terminal that is not dumb; NO_COLOR drops colours but keeps bold and dim."""
        if not self._terminal() or self._dumb():
            return False, False
        return True, os.environ.get("NO_COLOR", "") == ""

    def _width(self) -> int:
        """The width rich would give a table: $COLUMNS, else the first standard stream's
        terminal, else 80; a dumb terminal gets 80 unless $COLUMNS and $LINES both say."""
        columns = os.environ.get("COLUMNS", "")
        if self._dumb() and self._terminal() and not (
                columns.isdigit() and os.environ.get("LINES", "").isdigit()):
            return 80
        if columns.isdigit():
            return int(columns)
        for fd in (0, 1, 2):
            try:
                return os.get_terminal_size(fd).columns or 80
            except (AttributeError, ValueError, OSError):
                continue
        return 80

    # -- printing ------------------------------------------------------------------------

    def print(self, *objects: Any, markup: bool = True, **options: Any) -> None:
        lines = self._render(objects, markup) if not options else None
        if lines is None:
            if isinstance(objects[0] if objects else None, Table):
                objects = (objects[0].to_rich(), *objects[1:])
            self._print_rich(objects, markup, options)
            return
        styled, colour = self._styled()
        text = "".join(
            "".join(_paint(piece, style, colour) if styled else piece
                    for piece, style in line) + "\n" for line in lines)
        try:
            self.file.write(text)
            self.file.flush()  # as rich does: lines on stdout and stderr keep their order
        except BrokenPipeError:
            # As rich does: the reader went away (`| head`), so end quietly with status 1,
            # the rest of the output (and Python's flush at exit) going nowhere.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise SystemExit(1) from None
        if self._recording is not None:
            self._recording.append("".join("".join(p for p, _ in line) + "\n"
                                           for line in lines))

    def _render(self, objects: tuple[Any, ...], markup: bool
                ) -> list[list[tuple[str, str | None]]] | None:
        if not objects:
            return [[]]
        if len(objects) != 1:
            return None
        item = objects[0]
        if isinstance(item, Table):
            return self._table(item)
        if not isinstance(item, str):
            return None
        line = _segments(item, markup)
        return None if line is None else [line]

    def _table(self, table: Table) -> list[list[tuple[str, str | None]]] | None:
        cells = [c.header for c in table.columns] + [c for row in table.rows for c in row]
        if any(_segments(c, True) != [(c, None)] for c in cells):
            return None
        if any(not _narrow(ch) for c in cells for ch in c if ord(ch) > 0x7E):
            return None  # wide or combining characters: rich measures them, we would not
        widths = table.widths()
        if sum(widths) > self._width():
            return None  # rich would shrink or wrap the columns
        pad = " " * table.pad

        def justified(text: str, index: int) -> str:
            inner = widths[index] - 2 * table.pad
            return (text.rjust(inner) if table.columns[index].justify == "right"
                    else text.ljust(inner))

        # rich writes each header cell as three bold pieces: padding, text, padding.
        header = [(piece, "bold") for i, c in enumerate(table.columns)
                  for piece in (pad, justified(c.header, i), pad)]
        return [header] + [[("".join(pad + justified(c, i) + pad for i, c in enumerate(row)),
                             None)]
                           for row in table.rows]

    def _print_rich(self, objects: tuple[Any, ...], markup: bool,
                    options: dict[str, Any]) -> None:
        console = self.console
        if self._recording is None:
            console.print(*objects, markup=markup, **options)
            return
        console.record = True
        try:
            console.print(*objects, markup=markup, **options)
            self._recording.append(console.export_text(clear=True))
        finally:
            console.record = False

    # -- recording -----------------------------------------------------------------------

    def record(self) -> None:
        """Keep, as plain text, what is printed from here on."""
        self._recording = []

    def recorded(self) -> str:
        """What was printed since :meth:`record`, as plain text; recording stops."""
        text = "".join(self._recording or [])
        self._recording = None
        return text


def _narrow(char: str) -> bool:
    """Whether a character takes one column of a terminal, as rich counts it."""
    import unicodedata

    return (unicodedata.east_asian_width(char) in ("N", "Na", "H", "A")
            and not unicodedata.combining(char) and unicodedata.category(char)[0] not in "CM")


def _paint(text: str, style: str | None, colour: bool) -> str:
    if not text or style is None or (style in _COLOURS and not colour):
        return text
    return f"\x1b[{_CODES[style]}m{text}\x1b[0m"
