"""DHS OHSS Immigration Enforcement and Legal Processes (IELP) monthly tables: repatriations
by type and Southwest border book-outs by outcome, read from the AFP data desk's flattening
of the official workbook (two table groups as 'Group:Column' headers).

One row per month (Month 1–12 is the calendar month) plus a fiscal-year total row per
fiscal year (Month 0). OHSS rounds every cell to the nearest 10 and marks cells that do
not apply with 'X' (no Title 42 expulsions before March 2020; Migrant Protection Protocols
only from January 2019); 'X' cells are not stored.

Stored: the monthly cells of each type (repatriations) and outcome (book-outs: OFO and
USBP, and CBP as published), and the published fiscal-year Totals of repatriations and of
CBP book-outs for complete fiscal years (the headline figures). Checked: every Total
column against its parts, every CBP cell against OFO + USBP, and every fiscal-year total
row against the sum of its months — each within the rounding (5 per rounded cell
involved); the monthly Total columns are checked, not stored.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from borderstats.errors import SourceFormatError
from borderstats.sources.base import (
    FileSpec,
    Observation,
    ParsedFile,
    SourceInfo,
    fiscal_month_start,
    fiscal_year_of,
    parse_count,
    read_csv_rows,
)
from borderstats.sources.cbp_common import check_months_complete

SOURCE = SourceInfo(
    id="ohss_ielp",
    title="DHS OHSS Immigration Enforcement and Legal Processes monthly tables",
    publisher="U.S. Department of Homeland Security, Office of Homeland Security Statistics",
    page_url="https://ohss.dhs.gov/topics/immigration/immigration-enforcement/"
             "immigration-enforcement-and-legal-processes-monthly",
    rounding=10,
)

REPATRIATIONS = "repatriations_monthly"
BOOK_OUTS = "sw_book_outs_monthly"
BOOK_OUTS_CBP = "sw_book_outs_cbp_monthly"
REPATRIATIONS_FY = "repatriations_total_fy"
BOOK_OUTS_CBP_FY = "sw_book_outs_cbp_total_fy"

TABLES = {
    REPATRIATIONS: "Repatriations (all DHS) by month and type: Title 42 expulsions, "
                   "administrative returns, enforcement returns, removals",
    BOOK_OUTS: "Southwest border book-outs by month, component (OFO, USBP) and outcome",
    BOOK_OUTS_CBP: "Southwest border book-outs by month and outcome, CBP (OFO and USBP "
                   "together, as published)",
    REPATRIATIONS_FY: "Repatriations (all DHS), total by fiscal year: the published "
                      "fiscal-year total row, complete fiscal years only",
    BOOK_OUTS_CBP_FY: "Southwest border book-outs, CBP total by fiscal year: the published "
                      "fiscal-year total row, complete fiscal years only",
}


REPATRIATION = "Repatriations"
_BOOK_OUT = "Southwest Border Book-outs/"
# Fiscal-year total rows stored, for complete fiscal years: Total column → table.
FY_TOTALS = {f"{REPATRIATION}:Total": REPATRIATIONS_FY, f"{_BOOK_OUT}CBP:Total": BOOK_OUTS_CBP_FY}
COMPONENTS = ("OFO", "USBP", "CBP")

# Column (after 'Group:') → outcome stored.
REPATRIATION_TYPES = {
    "Title 42 Expulsions": "Title 42 expulsions",
    "Administrative Returns": "Administrative returns",
    "Enforcement Returns": "Enforcement returns",
    "Removals": "Removals",
}
BOOK_OUT_OUTCOMES = {
    "Other outcomes": "Other outcomes",
    "OFO Paroles": "OFO paroles",
    "USBP Releases": "USBP releases",
    "Transfers to HHS": "Transfers to HHS",
    "Transfers to ICE": "Transfers to ICE",
    "Migrant Protection Protocols": "Migrant Protection Protocols",
    "T42 expulsions": "Title 42 expulsions",
    "T8 repatriations": "Title 8 repatriations",
}
# Which outcomes each component's block has (CBP has both components' own outcomes).
_OWN = {"OFO": "OFO Paroles", "USBP": "USBP Releases"}
BOOK_OUT_COLUMNS = {
    c: [o for o in BOOK_OUT_OUTCOMES if o not in _OWN.values() or o == _OWN.get(c)
        or c == "CBP"] for c in COMPONENTS}

COLUMNS = (
    "Calendar Year", "Fiscal Year", "Month",
    *(f"{REPATRIATION}:{t}" for t in REPATRIATION_TYPES), f"{REPATRIATION}:Total",
    *(f"{_BOOK_OUT}{c}:{o}" for c in COMPONENTS for o in [*BOOK_OUT_COLUMNS[c], "Total"]),
)

NOT_APPLICABLE = "X"
HALF = 5  # most a cell rounded to the nearest 10 can be off by

# Cells published as 'X' although the Totals count something there: (column, month) →
# (most the cell could hold, why). The rows' Totals and the fiscal-year total rows may
# exceed the stored parts by that much.
KNOWN_GAPS: dict[tuple[str, dt.date], tuple[int, str]] = {
    (f"{_BOOK_OUT}{c}:Migrant Protection Protocols", dt.date(2019, 2, 1)): (
        150, "'X' although MPP began in late January 2019: the month's Total exceeds its "
             "parts by about 140, and FY2019's MPP total exceeds the months by about 170")
    for c in ("OFO", "CBP")
}

FILES = (
    FileSpec(
        pattern=r"ielp-table-\d{6}_flattened\.csv",
        layout="ielp-flattened-v1",
        title="OHSS IELP monthly tables, repatriations and SW border book-outs "
              "(flattened CSV)",
        columns=COLUMNS,
        compiler="AFP data desk (GitHub corintxt/AFP_data, data/ielp-table-202408.csv): the "
                 "official OHSS workbook's repatriation and Southwest border book-out tables "
                 "flattened into one CSV with 'Group:Column' headers",
        note="Every cell is rounded to the nearest 10 by OHSS; 'X' = not applicable.",
    ),
)


def _cell(path: Path, row: dict[str, str], column: str, line: int) -> int | None:
    raw = row[column].strip()
    if raw == NOT_APPLICABLE:
        return None
    if not raw:
        raise SourceFormatError(path, "empty cell (expected a count or 'X')", field=column,
                                line=line)
    return parse_count(path, raw, field_name=column, line=line)


def _near(got: int, expected: int, cells: int, allowance: int = 0) -> bool:
    return abs(got - expected) <= HALF * cells + allowance


def parse(path: Path, spec: FileSpec) -> ParsedFile:
    observations: list[Observation] = []
    months: set[dt.date] = set()
    fy_rows: dict[int, tuple[int, dict[str, int | None]]] = {}
    fy_sums: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    fy_months: dict[int, int] = defaultdict(int)
    for line, row in read_csv_rows(path, spec, final_newline=True):
        fy = _year(path, row, "Fiscal Year", line)
        cal = _year(path, row, "Calendar Year", line)
        month_no = parse_count(path, row["Month"], field_name="Month", line=line)
        cells = {c: _cell(path, row, c, line) for c in COLUMNS[3:]}
        if month_no == 0:
            if cal != fy - 1 or fy in fy_rows:
                raise SourceFormatError(path, f"fiscal-year total row for FY{fy} is repeated "
                                        "or has the wrong calendar year", field="Calendar Year",
                                        value=row["Calendar Year"], line=line)
            fy_rows[fy] = (line, cells)
            _check_totals(path, cells, None, line, f"FY{fy} total row")
            continue
        if not 1 <= month_no <= 12:
            raise SourceFormatError(path, "not a month (0 = fiscal-year total, 1-12)",
                                    field="Month", value=row["Month"], line=line)
        month = fiscal_month_start(fy, month_no)
        if month.year != cal:
            raise SourceFormatError(path, f"calendar year does not match FY{fy} month "
                                    f"{month_no}", field="Calendar Year",
                                    value=row["Calendar Year"], line=line)
        if month in months:
            raise SourceFormatError(path, f"repeated row for {month:%Y-%m}", line=line)
        months.add(month)
        fy_months[fy] += 1
        for column, value in cells.items():
            if value is not None:
                fy_sums[fy][column] += value
        _check_totals(path, cells, month, line, f"{month:%Y-%m}")
        observations += _observations(fy, month, cells)
    first, last = check_months_complete(path, months)
    _check_fiscal_years(path, fy_rows, fy_sums, fy_months)
    for fy, (_, cells) in sorted(fy_rows.items()):
        if fy_months[fy] == 12:  # a partial year's total row is checked, not stored
            for column, table in FY_TOTALS.items():
                value = cells[column]
                if value is not None:
                    observations.append(Observation(
                        table=table, fiscal_year=fy, month=None, value=value,
                        region=None if table == REPATRIATIONS_FY else "Southwest Land Border"))
    return ParsedFile(observations, first, last, dict(TABLES))


def _year(path: Path, row: dict[str, str], column: str, line: int) -> int:
    raw = row[column].strip()
    if not raw.isdigit() or not 1990 <= int(raw) <= 2100:
        raise SourceFormatError(path, "not a year", field=column, value=row[column], line=line)
    return int(raw)


def _observations(fy: int, month: dt.date, cells: dict[str, int | None]) -> list[Observation]:
    out = []
    for kind, outcome in REPATRIATION_TYPES.items():
        value = cells[f"{REPATRIATION}:{kind}"]
        if value is not None:
            out.append(Observation(table=REPATRIATIONS, fiscal_year=fy, month=month,
                                   value=value, outcome=outcome))
    for component in COMPONENTS:
        for column in BOOK_OUT_COLUMNS[component]:
            value = cells[f"{_BOOK_OUT}{component}:{column}"]
            if value is None:
                continue
            if component == "CBP":
                out.append(Observation(table=BOOK_OUTS_CBP, fiscal_year=fy, month=month,
                                       value=value, region="Southwest Land Border",
                                       outcome=BOOK_OUT_OUTCOMES[column]))
            else:
                out.append(Observation(table=BOOK_OUTS, fiscal_year=fy, month=month,
                                       value=value, region="Southwest Land Border",
                                       component=component,
                                       outcome=BOOK_OUT_OUTCOMES[column]))
    return out


def _check_totals(path: Path, cells: dict[str, int | None], month: dt.date | None,
                  line: int, label: str) -> None:
    """Totals against their parts, and CBP against OFO + USBP, within the rounding."""
    groups = {REPATRIATION: [f"{REPATRIATION}:{t}" for t in REPATRIATION_TYPES]}
    groups |= {c: [f"{_BOOK_OUT}{c}:{o}" for o in BOOK_OUT_COLUMNS[c]] for c in COMPONENTS}
    for group, parts in groups.items():
        total_column = (f"{REPATRIATION}:Total" if group == REPATRIATION
                        else f"{_BOOK_OUT}{group}:Total")
        present = [cells[p] for p in parts if cells[p] is not None]
        total = cells[total_column]
        allowance = sum(KNOWN_GAPS.get((p, month), (0, ""))[0] for p in parts)
        if total is None or not _near(sum(present), total, len(present) + 1, allowance):
            raise SourceFormatError(
                path, f"{label}: the parts add up to {sum(present):,}, the Total is "
                f"{total}; more than rounding explains", field=total_column, line=line)
    for column in [*BOOK_OUT_OUTCOMES, "Total"]:
        name = f"{_BOOK_OUT}CBP:{column}"
        if name not in cells:
            continue
        pieces = [cells.get(f"{_BOOK_OUT}{c}:{column}") for c in ("OFO", "USBP")]
        pieces = [p for p in pieces if p is not None]
        cbp = cells[name]
        if (cbp is None) != (not pieces) or (
                cbp is not None and not _near(sum(pieces), cbp, len(pieces) + 1)):
            raise SourceFormatError(path, f"{label}: CBP {cbp} is not OFO + USBP "
                                    f"({sum(pieces):,}) within the rounding", field=name,
                                    line=line)


def _check_fiscal_years(path: Path, fy_rows: dict[int, tuple[int, dict[str, int | None]]],
                        fy_sums: dict[int, dict[str, int]],
                        fy_months: dict[int, int]) -> None:
    """Each fiscal-year total row against the sum of its (possibly partial) months."""
    for fy in fy_months:
        if fy not in fy_rows:
            raise SourceFormatError(path, f"no fiscal-year total row (Month 0) for FY{fy}",
                                    field="Month")
    for fy, (line, cells) in fy_rows.items():
        if fy not in fy_months:
            raise SourceFormatError(path, f"a fiscal-year total row for FY{fy} without its "
                                    "months", field="Month", line=line)
        for column, total in cells.items():
            got = fy_sums[fy].get(column)
            if total is None and got is None:
                continue
            allowance = sum(gap for (c, m), (gap, _) in KNOWN_GAPS.items()
                            if c == column and fiscal_year_of(m) == fy)
            if total is None or got is None or not _near(got, total, fy_months[fy] + 1,
                                                         allowance):
                raise SourceFormatError(path, f"FY{fy} total {total} is not the sum of its "
                                        f"{fy_months[fy]} months ({got}) within the rounding",
                                        field=column, line=line)
