"""DHS Yearbook of Immigration Statistics 2019, enforcement tables 33 and 39, from
third-party CSV transcriptions of the Yearbook's HTML tables.

- Table 33, *Aliens apprehended: fiscal years 1925 to 2019*: the DHS total, U.S. Border
  Patrol apprehensions plus ICE administrative arrests (one number per year);
- Table 39, *Aliens removed or returned: fiscal years 1892 to 2019*: removals and
  returns (returns are blank before 1927: not recorded; those cells are not stored).

The publication month of the 2019 Yearbook tables is not known exactly (they appeared in
2020), so it is left to the store's estimate and flagged as estimated. Both are annual by
fiscal year (July–June before FY1977, October–September since). The
years must run without a gap and each appear once.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from borderstats.errors import SourceFormatError
from borderstats.sources.base import (
    FileSpec,
    Observation,
    ParsedFile,
    SourceInfo,
    parse_count,
    read_csv_rows,
)

SOURCE = SourceInfo(
    id="dhs_yearbook",
    title="DHS Yearbook of Immigration Statistics 2019, enforcement tables",
    publisher="U.S. Department of Homeland Security, Office of Immigration Statistics "
              "(now the Office of Homeland Security Statistics)",
    page_url="https://ohss.dhs.gov/topics/immigration/yearbook/2019",
)

APPREHENSIONS = "apprehensions_fy"
REMOVALS_RETURNS = "removals_returns_fy"

TABLES = {
    APPREHENSIONS: "Table 33: aliens apprehended by fiscal year (USBP apprehensions plus ICE "
                   "administrative arrests)",
    REMOVALS_RETURNS: "Table 39: aliens removed or returned by fiscal year (outcome Removals "
                      "or Returns)",
}

_COMPILER = ("GitHub user ohkaaaaay (repository Immigration_Nation, 2020–2021): a CSV "
             "transcription of the 2019 Yearbook's HTML table {table}")

# Table 39 records returns from this fiscal year on; earlier 'Returns' cells are blank.
RETURNS_RECORDED_FROM = 1927

# Value column → (table, outcome).
LAYOUTS: dict[str, dict[str, tuple[str, str | None]]] = {
    "yearbook-table33-v1": {"Number": (APPREHENSIONS, None)},
    "yearbook-table39-v1": {"Removals": (REMOVALS_RETURNS, "Removals"),
                            "Returns": (REMOVALS_RETURNS, "Returns")},
}

FILES = (
    FileSpec(
        pattern=r"transcription_yearbook2019_table33_aliens_apprehended_fy\d{4}-\d{4}\.csv",
        layout="yearbook-table33-v1",
        title="Yearbook 2019 table 33, aliens apprehended FY1925–2019 (transcription)",
        columns=("Year", "Number"),
        compiler=_COMPILER.format(table="33"),
    ),
    FileSpec(
        pattern=r"transcription_yearbook2019_table39_aliens_removed_or_returned_fy\d{4}-"
                r"\d{4}\.csv",
        layout="yearbook-table39-v1",
        title="Yearbook 2019 table 39, aliens removed or returned FY1892–2019 (transcription)",
        columns=("Year", "Removals", "Returns"),
        compiler=_COMPILER.format(table="39"),
    ),
)


_SPAN = re.compile(r"fy(\d{4})-(\d{4})\.csv", re.IGNORECASE)


def _read_text(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceFormatError(path, f"not UTF-8 text ({exc.reason})") from None
    # Table 39's transcription ends without a newline on a row with a blank last cell,
    # which the generic truncation test would take for a cut line; here the years named
    # in the file name are checked instead.
    return text if not text or text.endswith("\n") else text + "\n"


def parse(path: Path, spec: FileSpec) -> ParsedFile:
    columns = LAYOUTS[spec.layout]
    observations = []
    years: set[int] = set()
    for line, row in read_csv_rows(path, spec, text=_read_text(path)):
        raw = row["Year"].strip()
        if not raw.isdigit() or not 1850 <= int(raw) <= 2100:
            raise SourceFormatError(path, "not a fiscal year", field="Year", value=row["Year"],
                                    line=line)
        year = int(raw)
        if year in years:
            raise SourceFormatError(path, "repeated fiscal year", field="Year", value=raw,
                                    line=line)
        years.add(year)
        for column, (table, outcome) in columns.items():
            if not row[column].strip():
                if column == "Returns" and year < RETURNS_RECORDED_FROM:
                    continue
                raise SourceFormatError(path, "empty count", field=column, line=line)
            observations.append(Observation(
                table=table, fiscal_year=year, month=None, outcome=outcome,
                value=parse_count(path, row[column], field_name=column, line=line)))
    if not years:
        raise SourceFormatError(path, "the file has a header but no data rows")
    first, last = min(years), max(years)
    if span := _SPAN.search(path.name):
        first, last = int(span.group(1)), int(span.group(2))
    missing = sorted(set(range(first, last + 1)) - years)
    if missing:
        raise SourceFormatError(path, f"fiscal year {missing[0]} is missing between {first} "
                                f"and {last} (incomplete file)")
    if min(years) < first or max(years) > last:
        raise SourceFormatError(path, f"fiscal years {min(years)}-{max(years)} lie outside "
                                f"the file name's {first}-{last}")
    tables = {t: TABLES[t] for t, _ in columns.values()}
    return ParsedFile(observations, dt.date(first - 1, 10, 1), dt.date(last, 9, 1), tables)
