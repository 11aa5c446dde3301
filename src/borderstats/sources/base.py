"""What every source module provides, and the shared tools to build one.

A source module (one per official publisher's file family) exposes:

- ``SOURCE``: a :class:`SourceInfo` (id, title, publisher, download page).
- ``FILES``: a tuple of :class:`FileSpec`, one per file name pattern it recognises,
  each carrying the layout knowledge (expected columns) and release metadata as data.
- ``parse(path, spec) -> ParsedFile``: turn one file into tidy :class:`Observation` rows,
  raising :class:`~borderstats.errors.SourceFormatError` (naming file, field, value)
  for anything it does not recognise.

Observations are kept in one long table; the dimensions a source does not have are None.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from borderstats.dimensions import DIMENSIONS as DIMENSIONS  # the sources' vocabulary too
from borderstats.errors import SourceFormatError

MONTH_ABBR = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}
MONTH_NAMES = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}


@dataclass(frozen=True)
class SourceInfo:
    id: str
    title: str
    publisher: str
    page_url: str
    rounding: int = 1  # counts are rounded to this many (OHSS publishes to the nearest 10)


@dataclass(frozen=True)
class FileSpec:
    """One file family a source recognises, described as data.

    ``pattern`` matches the file name. ``columns`` are the header names expected (after
    ``aliases`` map older names to the current ones). ``releases`` holds known release
    facts keyed by exact file name: the month of publication ("YYYY-MM") and the official
    URL. For a file not listed there the publication month is estimated as the month after
    the last month of data, and the release says so.
    """

    pattern: str
    layout: str
    title: str
    columns: tuple[str, ...] = ()
    aliases: dict[str, str] = field(default_factory=dict)
    releases: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (YYYY-MM, url)
    compiler: str | None = None  # third party that compiled/transcribed the official figures
    note: str = ""

    def matches(self, path: Path) -> bool:
        return re.fullmatch(self.pattern, path.name, flags=re.IGNORECASE) is not None


@dataclass(frozen=True)
class Observation:
    """One published count: a table cell at a fiscal year (and month, when monthly)."""

    table: str
    fiscal_year: int
    month: dt.date | None  # first day of the calendar month; None for annual figures
    value: int
    region: str | None = None
    component: str | None = None
    sector: str | None = None
    state: str | None = None
    demographic: str | None = None
    citizenship: str | None = None
    authority: str | None = None
    encounter_type: str | None = None
    sex: str | None = None
    age_group: str | None = None
    outcome: str | None = None
    returned_from: str | None = None


@dataclass
class ParsedFile:
    """A file turned into observations, with what the parse learned about the release."""

    observations: list[Observation]
    data_start: dt.date  # first month (or Oct 1 of the first fiscal year) covered
    data_end: dt.date    # last month covered (first day of that month)
    tables: dict[str, str] = field(default_factory=dict)  # table id -> human description


def fiscal_month_start(fiscal_year: int, month: int) -> dt.date:
    """Calendar month start of a month in a US federal fiscal year (Oct–Sep)."""
    return dt.date(fiscal_year - 1 if month >= 10 else fiscal_year, month, 1)


def fiscal_year_of(day: dt.date) -> int:
    return day.year + 1 if day.month >= 10 else day.year


# No count in any official file comes near this (the largest are national totals of a few
# million); a larger one is a damaged or wrong file, and would not fit the store.
MAX_COUNT = 1_000_000_000


def parse_count(path: Path, raw: str, *, field_name: str, line: int) -> int:
    """A non-negative whole count; '1,234', '1234' and '1234.0' are accepted."""
    text = raw.strip().replace(",", "")
    try:
        number = float(text)
    except ValueError:
        raise SourceFormatError(path, "not a number", field=field_name, value=raw,
                                line=line) from None
    if not math.isfinite(number):
        raise SourceFormatError(path, "not a finite number", field=field_name, value=raw,
                                line=line)
    if number > MAX_COUNT:
        raise SourceFormatError(path, f"implausibly large count (over {MAX_COUNT:,})",
                                field=field_name, value=raw, line=line)
    if number < 0 or number != int(number):
        raise SourceFormatError(path, "not a non-negative whole count", field=field_name,
                                value=raw, line=line)
    return int(number)


def read_csv_rows(path: Path, spec: FileSpec, *, delimiter: str = ",",
                  text: str | None = None,
                  final_newline: bool = False) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) with headers mapped through ``spec.aliases``.

    Checks the header against ``spec.columns`` (missing or unexpected columns are errors
    naming the column) and that every row has as many fields as the header, which is how
    a truncated download shows itself. With ``final_newline`` (for file families that
    always end with a line break) a file that does not is taken as truncated.
    """
    if text is None:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise SourceFormatError(path, f"not UTF-8 text ({exc.reason})") from None
    if not text.strip():
        raise SourceFormatError(path, "the file is empty")
    if final_newline and not text.endswith("\n"):
        raise SourceFormatError(path, "the file does not end with a line break (truncated "
                                "file)", value=text.rsplit("\n", 1)[-1][-40:])
    rows = _csv_rows(path, csv.reader(text.splitlines(), delimiter=delimiter))
    header = [spec.aliases.get(h.strip(), h.strip()) for h in next(rows)[1]]
    check_columns(path, header, spec.columns)
    width = len(header)
    for line, values in rows:
        if not values:
            continue
        if len(values) != width:
            raise SourceFormatError(
                path, f"row has {len(values)} fields, the header has {width} "
                "(truncated or malformed file)", line=line)
        yield line, dict(zip(header, values, strict=True))
    if not text.endswith("\n"):
        # A download cut mid-line can still split into the right number of fields.
        last = text.rsplit("\n", 1)[-1]
        if last.strip() and not re.search(r"\d\s*$", last):
            raise SourceFormatError(path, "the last line is cut short (truncated file)",
                                    value=last[-40:])


def _csv_rows(path: Path, reader: Iterator[list[str]]) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of each row; a malformed row (a stray quote that swallows the
    rest of the file) is an error naming its line."""
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise SourceFormatError(path, f"malformed CSV ({exc})",
                                    line=getattr(reader, "line_num", None)) from None
        yield getattr(reader, "line_num", 0), values


def check_columns(path: Path, header: Sequence[str], expected: Sequence[str]) -> None:
    missing = [c for c in expected if c not in header]
    if missing:
        raise SourceFormatError(path, f"missing column (found: {', '.join(header)})",
                                field=missing[0])
    extra = [c for c in header if c not in expected]
    if extra:
        raise SourceFormatError(path, "unexpected column; the layout is not recognised",
                                field=extra[0])


def require_value(path: Path, value: str, allowed: dict[str, str], *, field_name: str,
                  line: int) -> str:
    """Map a categorical value to its normal form, or fail naming it."""
    try:
        return allowed[value.strip()]
    except KeyError:
        raise SourceFormatError(path, f"unknown value (expected one of: "
                                f"{', '.join(sorted(allowed))})", field=field_name,
                                value=value, line=line) from None
