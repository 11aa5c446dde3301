"""DHS OHSS Key Homeland Security Metrics (KHSM): CBP Encounters, U.S. Border Patrol.

One workbook of 16 sheets (Annual and Monthly × Count, Citizenship, Region, Family Status,
Sector and the region cross-tabs), each a long table ending in a 'Quantity' column. Every
cell is rounded to the nearest 10 by OHSS, so parts do not add up exactly to totals; the
parse checks layout, labels and month coverage, never sums.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from borderstats.errors import SourceFormatError
from borderstats.nationality import to_iso
from borderstats.sources.base import (
    MONTH_NAMES,
    FileSpec,
    Observation,
    ParsedFile,
    SourceInfo,
    fiscal_month_start,
    fiscal_year_of,
)

SOURCE = SourceInfo(
    id="ohss_khsm_usbp",
    title="DHS OHSS Key Homeland Security Metrics: CBP Encounters (USBP)",
    publisher="U.S. Department of Homeland Security, Office of Homeland Security Statistics",
    page_url="https://ohss.dhs.gov/khsm/cbp-encounters",
    rounding=10,
)

_PAGE = "https://ohss.dhs.gov/khsm/cbp-encounters"

FILES = (
    FileSpec(
        # Official name 'KHSM Encounters (USBP) fy25m11.xlsx', or the same with the spaces
        # and parentheses turned into underscores ('khsm_encounters_usbp_fy25m11.xlsx').
        pattern=r"khsm[ _]encounters[ _]\(?usbp\)?[ _]fy\d\dm\d\d\.xlsx",
        layout="khsm-usbp-v1",
        title="KHSM CBP Encounters (USBP) workbook",
        releases={
            # The 'fy25m11' label does not match the contents, which end in November 2024
            # (FY2025 month 2); the publication month is approximate (the month after the
            # last month of data), and the file's exact address is not known.
            "khsm_encounters_usbp_fy25m11.xlsx": ("2024-12", _PAGE),
            "KHSM Encounters (USBP) fy25m11.xlsx": ("2024-12", _PAGE),
        },
        note="Every cell is rounded to the nearest 10 by OHSS.",
    ),
)

# The publisher's pages that link the current files (`borderstats update` reads them and
# downloads every linked file this source recognises).
DOWNLOAD_PAGES = (
    "https://ohss.dhs.gov/khsm/cbp-encounters",
)

# Sheet name -> (table id, header columns, description). Headers are compared after
# collapsing whitespace ('Fiscal\nYear' -> 'Fiscal Year') and mapping FileSpec.aliases.
SHEETS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "Annual Count": (
        "annual_count", ("Fiscal Year", "Quantity"),
        "USBP encounters by fiscal year"),
    "Monthly Count": (
        "monthly_count", ("Fiscal Year", "Month", "Quantity"),
        "USBP encounters by month"),
    "Annual Citizenship": (
        "annual_citizenship", ("Fiscal Year", "Citizenship", "Quantity"),
        "USBP encounters by fiscal year and citizenship"),
    "Monthly Citizenship": (
        "monthly_citizenship", ("Fiscal Year", "Month", "Citizenship", "Quantity"),
        "USBP encounters by month and citizenship"),
    "Annual Region": (
        "annual_region", ("Fiscal Year", "Region", "Quantity"),
        "USBP encounters by fiscal year and border region"),
    "Monthly Region": (
        "monthly_region", ("Fiscal Year", "Month", "Region", "Quantity"),
        "USBP encounters by month and border region"),
    "Annual Family Status": (
        "annual_family_status", ("Fiscal Year", "Family Status", "Quantity"),
        "USBP encounters by fiscal year and family status"),
    "Monthly Family Status": (
        "monthly_family_status", ("Fiscal Year", "Month", "Family Status", "Quantity"),
        "USBP encounters by month and family status"),
    "Annual Sector": (
        "annual_sector", ("Fiscal Year", "Sector", "Quantity"),
        "USBP encounters by fiscal year and sector"),
    "Monthly Sector": (
        "monthly_sector", ("Fiscal Year", "Month", "Sector", "Quantity"),
        "USBP encounters by month and sector"),
    "Annual Rgn and Citp": (
        "annual_region_citizenship", ("Fiscal Year", "Region", "Citizenship", "Quantity"),
        "USBP encounters by fiscal year, border region and citizenship"),
    "Monthly Rgn and Citp": (
        "monthly_region_citizenship",
        ("Fiscal Year", "Month", "Region", "Citizenship", "Quantity"),
        "USBP encounters by month, border region and citizenship"),
    "Annual Rgn and Fam Status": (
        "annual_region_family_status", ("Fiscal Year", "Region", "Family Status", "Quantity"),
        "USBP encounters by fiscal year, border region and family status"),
    "Monthly Rgn and Fam Status": (
        "monthly_region_family_status",
        ("Fiscal Year", "Month", "Region", "Family Status", "Quantity"),
        "USBP encounters by month, border region and family status"),
    "Annual Rgn and Sector": (
        "annual_region_sector", ("Fiscal Year", "Region", "Sector", "Quantity"),
        "USBP encounters by fiscal year, border region and sector"),
    "Monthly Rgn and Sector": (
        "monthly_region_sector", ("Fiscal Year", "Month", "Region", "Sector", "Quantity"),
        "USBP encounters by month, border region and sector"),
}

REGIONS = {
    "Coastal Border": "Coastal Border",
    "Northern Land Border": "Northern Land Border",
    "Southwest Land Border": "Southwest Land Border",
}

# USBP sectors as CBP names them without ' Sector' (CBP's 'Tucson Sector' -> 'Tucson'),
# with the border region OHSS files each under. Livermore (closed after FY2005) is filed
# under the Northern Land Border by OHSS.
SECTORS: dict[str, tuple[str, str]] = {
    "Big Bend, TX": ("Big Bend", "Southwest Land Border"),
    "Del Rio, TX": ("Del Rio", "Southwest Land Border"),
    "El Centro, CA": ("El Centro", "Southwest Land Border"),
    "El Paso, TX": ("El Paso", "Southwest Land Border"),
    "Laredo, TX": ("Laredo", "Southwest Land Border"),
    "Rio Grande Valley, TX": ("Rio Grande Valley", "Southwest Land Border"),
    "San Diego, CA": ("San Diego", "Southwest Land Border"),
    "Tucson, AZ": ("Tucson", "Southwest Land Border"),
    "Yuma, AZ": ("Yuma", "Southwest Land Border"),
    "Blaine, WA": ("Blaine", "Northern Land Border"),
    "Buffalo, NY": ("Buffalo", "Northern Land Border"),
    "Detroit, MI": ("Detroit", "Northern Land Border"),
    "Grand Forks, ND": ("Grand Forks", "Northern Land Border"),
    "Havre, MT": ("Havre", "Northern Land Border"),
    "Houlton, ME": ("Houlton", "Northern Land Border"),
    "Livermore, CA": ("Livermore", "Northern Land Border"),
    "Spokane, WA": ("Spokane", "Northern Land Border"),
    "Swanton, VT": ("Swanton", "Northern Land Border"),
    "Miami, FL": ("Miami", "Coastal Border"),
    "New Orleans, LA": ("New Orleans", "Coastal Border"),
    "Ramey, PR": ("Ramey", "Coastal Border"),
}

# OHSS family status -> CBP demographic. The USBP figures match CBP's Southwest file
# (FMUA / Single Adults / 'UC / Single Minors') within the rounding. KHSM has no
# 'Accompanied Minors' (an OFO category in CBP files); before FY2008 everything is
# 'Single Adults' because the split was not recorded.
FAMILY_STATUSES = {
    "Single Adults": "Single Adults",
    "Family Unit Individuals": "FMUA",
    "Unaccompanied Children": "UAC",
}


# '01 October' .. '12 September': fiscal month number and calendar month name.
MONTH_LABELS = {
    f"{(m - 10) % 12 + 1:02d} {name.capitalize()}": m for name, m in MONTH_NAMES.items()
}

_COMPONENT = "USBP"
_FIRST_FY, _LAST_FY = 1990, 2100


class _Sheet:
    """Context for errors: which file and sheet a cell came from."""

    def __init__(self, path: Path, name: str) -> None:
        self.path, self.name = path, name

    def error(self, problem: str, *, row: int | None = None, field: str | None = None,
              value: object = None) -> SourceFormatError:
        return SourceFormatError(self.path, f"in sheet {self.name!r}: {problem}",
                                 field=field, value=value, line=row)


def _whole_number(sheet: _Sheet, raw: object, column: str, row: int) -> int:
    """An int cell; integral floats and digit strings ('1,234') are accepted too."""
    if isinstance(raw, bool):  # bool is an int subclass; a TRUE cell is not a count
        raise sheet.error("not a number", row=row, field=column, value=raw)
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str) and re.fullmatch(r"\s*-?[\d,]+(\.0*)?\s*", raw):
        return int(float(raw.replace(",", "")))
    raise sheet.error("not a whole number", row=row, field=column, value=raw)


def _label(sheet: _Sheet, raw: object, column: str, row: int) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise sheet.error("expected a text label", row=row, field=column, value=raw)
    return raw.strip()


def _lookup(table: dict[str, str]) -> Callable[[_Sheet, object, str, int], str]:
    def normalise(sheet: _Sheet, raw: object, column: str, row: int) -> str:
        text = _label(sheet, raw, column, row)
        try:
            return table[text]
        except KeyError:
            expected = ", ".join(map(repr, sorted(table)))
            raise sheet.error(f"unknown value (expected one of: {expected})",
                              row=row, field=column, value=raw) from None
    return normalise


def _citizenship(sheet: _Sheet, raw: object, column: str, row: int) -> str:
    """The ISO 3166 code shared by every source ('Burma' → 'MMR')."""
    text = _label(sheet, raw, column, row)
    iso = to_iso(text)
    if iso is None:
        raise sheet.error("unknown nationality (add it to borderstats/nationality.csv if it "
                          "is a real spelling)", row=row, field=column, value=raw)
    return iso


# Header column -> (Observation field, normaliser).
_DIMENSION_COLUMNS: dict[str, tuple[str, Callable[[_Sheet, object, str, int], str]]] = {
    "Region": ("region", _lookup(REGIONS)),
    "Sector": ("sector", _lookup({k: v[0] for k, v in SECTORS.items()})),
    "Citizenship": ("citizenship", _citizenship),
    "Family Status": ("demographic", _lookup(FAMILY_STATUSES)),
}
_SECTOR_REGION = {short: region for short, region in SECTORS.values()}


def _read_workbook(path: Path) -> dict[str, list[tuple]]:
    """All sheets' rows as values, read in one go so a damaged file fails here."""
    if path.stat().st_size == 0:
        raise SourceFormatError(path, "the file is empty")
    try:
        # openpyxl warns of what it cannot read (a date cell out of range); printed, the
        # warning would come before the one-line error the sheet's check gives.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # read_only streams the XML (several times faster); data_only takes cached values.
            wb = load_workbook(path, read_only=True, data_only=True)
            try:
                return {ws.title: list(ws.iter_rows(values_only=True))
                        for ws in wb.worksheets}
            finally:
                wb.close()
    # IndexError: a cell pointing past the shared strings (a damaged strings part).
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, IndexError,
            TypeError, ParseError, InvalidFileException) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else ""
        raise SourceFormatError(
            path, f"not a readable .xlsx workbook (damaged or truncated file: "
            f"{type(exc).__name__}: {reason})") from None


def _header(sheet: _Sheet, row: tuple, expected: tuple[str, ...],
            aliases: dict[str, str]) -> dict[str, int]:
    """Column name -> index, checked against the expected columns (order is free)."""
    names = [" ".join(str(h).split()) if h is not None else "" for h in row]
    while names and not names[-1]:
        names.pop()
    names = [aliases.get(n, n) for n in names]
    found = ", ".join(repr(n) for n in names)
    for column in expected:
        if column not in names:
            raise sheet.error(f"missing column {column!r} (found: {found})", field=column)
    for column in names:
        if column not in expected:
            raise sheet.error(f"unexpected column {column!r}; the layout is not recognised",
                              field=column)
    if len(set(names)) != len(names):
        raise sheet.error(f"repeated column name (found: {found})")
    return {name: i for i, name in enumerate(names)}


def _check_months(sheet: _Sheet, months: set[dt.date]) -> tuple[dt.date, dt.date]:
    """Monthly rows must run without a gap: a missing month means a partial sheet."""
    first, last = min(months), max(months)
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        if dt.date(y, m, 1) not in months:
            raise sheet.error(f"month {y}-{m:02d} is missing between {first:%Y-%m} and "
                              f"{last:%Y-%m} (incomplete sheet)")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return first, last


def _parse_sheet(path: Path, name: str, rows: list[tuple], spec: FileSpec,
                 observations: list[Observation]) -> set:
    """Append the sheet's observations; return its periods (months, or fiscal years)."""
    sheet = _Sheet(path, name)
    table, columns, _ = SHEETS[name]
    if not rows:
        raise sheet.error("the sheet is empty")
    index = _header(sheet, rows[0], columns, spec.aliases)
    fy_i, qty_i = index["Fiscal Year"], index["Quantity"]
    month_i = index.get("Month")
    dims = [(i, *_DIMENSION_COLUMNS[c], c) for c, i in index.items()
            if c in _DIMENSION_COLUMNS]
    width = len(index)
    periods: set = set()
    seen: set[tuple] = set()
    for row_no, row in enumerate(rows[1:], start=2):
        if all(v is None for v in row):
            continue  # trailing blank rows left by the spreadsheet
        # Readers may drop empty trailing cells; a value right of the header is a new column.
        cells = tuple(row[:width]) + (None,) * (width - len(row))
        if any(v is not None for v in row[width:]):
            raise sheet.error("a value lies outside the header's columns", row=row_no,
                              value=next(v for v in row[width:] if v is not None))
        fy = _whole_number(sheet, cells[fy_i], "Fiscal Year", row_no)
        if not _FIRST_FY <= fy <= _LAST_FY:
            raise sheet.error("not a fiscal year", row=row_no, field="Fiscal Year", value=fy)
        month = None
        if month_i is not None:
            label = cells[month_i]
            cal = MONTH_LABELS.get(label.strip()) if isinstance(label, str) else None
            if cal is None:
                raise sheet.error("unknown month label (expected '01 October' .. "
                                  "'12 September')", row=row_no, field="Month", value=label)
            month = fiscal_month_start(fy, cal)
        value = _whole_number(sheet, cells[qty_i], "Quantity", row_no)
        if value < 0:
            raise sheet.error("negative count", row=row_no, field="Quantity", value=value)
        fields = {attr: norm(sheet, cells[i], column, row_no)
                  for i, attr, norm, column in dims}
        if "sector" in fields and "region" in fields \
                and _SECTOR_REGION[fields["sector"]] != fields["region"]:
            raise sheet.error(f"sector {fields['sector']!r} listed under region "
                              f"{fields['region']!r}, expected "
                              f"{_SECTOR_REGION[fields['sector']]!r}", row=row_no)
        key = (fy, month, *fields.values())
        if key in seen:
            raise sheet.error("the same cell appears twice", row=row_no,
                              value=", ".join(str(k) for k in key if k is not None))
        seen.add(key)
        periods.add(month if month_i is not None else fy)
        observations.append(Observation(table=table, fiscal_year=fy, month=month,
                                        value=value, component=_COMPONENT, **fields))
    if not periods:
        raise sheet.error("the sheet has a header but no data rows")
    return periods


def parse(path: Path, spec: FileSpec) -> ParsedFile:
    sheets = _read_workbook(path)
    for name in SHEETS:
        if name not in sheets:
            raise SourceFormatError(path, f"missing sheet {name!r} "
                                    f"(found: {', '.join(map(repr, sheets))})")
    for name in sheets:
        if name not in SHEETS:
            raise SourceFormatError(path, f"unexpected sheet {name!r}; the layout is not "
                                    "recognised")
    observations: list[Observation] = []
    spans: dict[str, tuple[dt.date, dt.date]] = {}
    years: dict[str, set[int]] = {}
    for name, rows in sheets.items():
        periods = _parse_sheet(path, name, rows, spec, observations)
        if "Month" in SHEETS[name][1]:
            spans[name] = _check_months(_Sheet(path, name), periods)
        else:
            years[name] = periods
    # Every sheet is a cut of the same extract, so all must cover the same period.
    span = spans["Monthly Count"]
    for name, other in spans.items():
        if other != span:
            raise SourceFormatError(path, f"sheet {name!r} covers {other[0]:%Y-%m} to "
                                    f"{other[1]:%Y-%m}, but 'Monthly Count' covers "
                                    f"{span[0]:%Y-%m} to {span[1]:%Y-%m}")
    fiscal_years = set(range(fiscal_year_of(span[0]), fiscal_year_of(span[1]) + 1))
    for name, got in years.items():
        if got != fiscal_years:
            raise SourceFormatError(path, f"sheet {name!r} has fiscal years "
                                    f"{min(got)}-{max(got)}, the monthly sheets "
                                    f"{min(fiscal_years)}-{max(fiscal_years)}")
    return ParsedFile(observations, span[0], span[1],
                      {table: description for table, _, description in SHEETS.values()})
