"""OHSS KHSM CBP Encounters (USBP) workbook: figures, internal consistency, bad input."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Hashable
from pathlib import Path

import openpyxl
import pytest
from conftest import NO_RAW, RAW

from borderstats.errors import SourceFormatError
from borderstats.sources import ohss_khsm_usbp as khsm
from borderstats.sources.base import Observation, ParsedFile

WORKBOOK = RAW / "ohss_cbp_encounters" / "khsm_encounters_usbp_fy25m11.xlsx"
NAME = WORKBOOK.name
SPEC = khsm.FILES[0]
SW = "Southwest Land Border"

pytestmark = pytest.mark.skipif(not WORKBOOK.is_file(), reason=NO_RAW)

Rows = dict[str, list[tuple]]


@pytest.fixture(scope="module")
def parsed() -> ParsedFile:
    return khsm.parse(WORKBOOK, SPEC)


@pytest.fixture(scope="module")
def tables(parsed: ParsedFile) -> dict[str, list[Observation]]:
    by_table: dict[str, list[Observation]] = defaultdict(list)
    for obs in parsed.observations:
        by_table[obs.table].append(obs)
    return by_table


def totals(observations: list[Observation],
           key: Callable[[Observation], Hashable]) -> dict[Hashable, tuple[int, int]]:
    """key -> (sum of values, number of parts)."""
    out: dict[Hashable, list[int]] = defaultdict(lambda: [0, 0])
    for obs in observations:
        out[key(obs)][0] += obs.value
        out[key(obs)][1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def by_fy(obs: Observation) -> int:
    return obs.fiscal_year


def by_month(obs: Observation) -> dt.date | None:
    return obs.month


def assert_within_rounding(parts: dict, whole: dict, what: str, n_parts: int = 0) -> None:
    """Each cell is rounded to 10 on its own, so n parts may miss the total by 10 × n.

    Cells that round to 0 are left out of the sheets, so where the number of possible
    parts is known (12 months in a year) it is passed as ``n_parts``.
    """
    assert parts.keys() <= whole.keys(), what
    for key, (total, n) in parts.items():
        n = max(n, n_parts)
        assert abs(total - whole[key][0]) <= 10 * n, (what, key, total, whole[key][0], n)


# --- the real file -------------------------------------------------------------------


def test_file_pattern() -> None:
    assert SPEC.matches(Path("khsm_encounters_usbp_fy25m11.xlsx"))
    assert SPEC.matches(Path("KHSM Encounters (USBP) fy25m11.xlsx"))
    assert SPEC.matches(Path("KHSM Encounters (USBP) fy26m03.xlsx"))
    assert not SPEC.matches(Path("KHSM Encounters (OFO) fy25m11.xlsx"))
    assert not SPEC.matches(Path("khsm_encounters_usbp_fy25m11.csv"))


def test_tables_and_period(parsed: ParsedFile, tables: dict) -> None:
    ids = {table for table, _, _ in khsm.SHEETS.values()}
    assert len(ids) == 16
    assert set(parsed.tables) == ids == set(tables)
    assert (parsed.data_start, parsed.data_end) == (dt.date(1999, 10, 1), dt.date(2024, 11, 1))
    assert len(tables["monthly_count"]) == 302  # Oct 1999 .. Nov 2024
    assert len(tables["annual_count"]) == 26    # FY2000 .. FY2025 (FY2025 to date)
    for obs in parsed.observations:
        assert obs.component == "USBP"
        assert (obs.month is None) == obs.table.startswith("annual_")
        assert obs.value >= 0 and obs.value % 10 == 0


def test_vocabularies(parsed: ParsedFile) -> None:
    values: dict[str, set] = defaultdict(set)
    for obs in parsed.observations:
        for dim in ("region", "sector", "demographic", "citizenship"):
            values[dim].add(getattr(obs, dim))
    assert values["region"] == {None, "Coastal Border", "Northern Land Border", SW}
    assert values["demographic"] == {None, "Single Adults", "FMUA", "UAC"}
    assert {"Big Bend", "Rio Grande Valley", "Tucson", "Livermore"} <= values["sector"]
    assert not any("," in s for s in values["sector"] - {None})
    citizenship = values["citizenship"] - {None}
    assert {"MEX", "CHN", "MMR"} <= citizenship
    assert all(c == c.upper() for c in citizenship)


def test_headline_figures(tables: dict) -> None:
    sw_annual = {o.fiscal_year: o.value for o in tables["annual_region"] if o.region == SW}
    sw_months = totals([o for o in tables["monthly_region"] if o.region == SW], by_fy)
    assert sw_annual[2019] == sw_months[2019][0] == 851_510
    # Cells are rounded one by one: the months and the annual sheet disagree by 10-20.
    assert (sw_months[2020][0], sw_annual[2020]) == (400_660, 400_650)
    assert (sw_months[2023][0], sw_annual[2023]) == (2_045_820, 2_045_840)
    assert (sw_months[2024][0], sw_annual[2024]) == (1_530_540, 1_530_520)
    all_regions = {o.fiscal_year: o.value for o in tables["annual_count"]}
    assert all_regions[2000] == 1_590_310
    sw_month = {o.month: o.value for o in tables["monthly_region"] if o.region == SW}
    assert sw_month[dt.date(2024, 1, 1)] == 124_220
    assert sw_month[dt.date(2023, 12, 1)] == 249_740
    assert max(sw_month.values()) == 249_740  # the monthly record


def test_annual_parts_sum_to_annual_count(tables: dict) -> None:
    annual = totals(tables["annual_count"], by_fy)
    for table in ("annual_region", "annual_sector", "annual_citizenship",
                  "annual_family_status", "annual_region_citizenship",
                  "annual_region_sector", "annual_region_family_status"):
        assert_within_rounding(totals(tables[table], by_fy), annual, table)


def test_months_sum_to_annual(tables: dict) -> None:
    annual = totals(tables["annual_count"], by_fy)
    assert_within_rounding(totals(tables["monthly_count"], by_fy), annual, "monthly_count")
    for dim, attr in (("region", "region"), ("sector", "sector"),
                      ("citizenship", "citizenship"), ("family_status", "demographic")):
        def key(obs: Observation, attr: str = attr) -> tuple:
            return obs.fiscal_year, getattr(obs, attr)
        months = totals(tables[f"monthly_{dim}"], key)
        years = totals(tables[f"annual_{dim}"], key)
        # A small group's month can round to 0 and be missing: allow for all 12.
        assert_within_rounding(months, years, f"monthly_{dim} vs annual_{dim}", n_parts=12)


def test_sectors_sum_to_regions(tables: dict) -> None:
    for period, key in (("annual", by_fy), ("monthly", by_month)):
        sectors = totals(tables[f"{period}_region_sector"], lambda o, k=key: (k(o), o.region))
        regions = totals(tables[f"{period}_region"], lambda o, k=key: (k(o), o.region))
        assert sectors.keys() == regions.keys()
        assert_within_rounding(sectors, regions, f"{period} sectors vs regions")


def test_every_monthly_sheet_matches_monthly_count(tables: dict) -> None:
    monthly = totals(tables["monthly_count"], by_month)
    for table in tables:
        if table.startswith("monthly_") and table != "monthly_count":
            parts = totals(tables[table], by_month)
            assert parts.keys() == monthly.keys(), table
            assert_within_rounding(parts, monthly, table)


def test_family_status_split_starts_fy2008(tables: dict) -> None:
    for table in ("annual_family_status", "monthly_family_status",
                  "annual_region_family_status", "monthly_region_family_status"):
        before = {o.demographic for o in tables[table] if o.fiscal_year < 2008}
        after = {o.demographic for o in tables[table] if o.fiscal_year >= 2008}
        assert before == {"Single Adults"}, table
        assert after == {"Single Adults", "FMUA", "UAC"}, table


# --- bad input, on small workbooks cut from the real one ------------------------------


@pytest.fixture(scope="module")
def small_rows() -> Rows:
    """Every sheet's header and its rows from Aug 2024 (annual: FY2024-FY2025) on."""
    wb = openpyxl.load_workbook(WORKBOOK, read_only=True, data_only=True)
    keep = {"11 August", "12 September"}
    sheets: Rows = {}
    for ws in wb.worksheets:
        rows = list(ws.iter_rows(values_only=True))
        monthly = "Month" in " ".join(rows[0])
        sheets[ws.title] = [rows[0]] + [
            r for r in rows[1:]
            if r[0] == 2025 or (r[0] == 2024 and (not monthly or r[1] in keep))]
    wb.close()
    return sheets


def write(path: Path, sheets: Rows) -> Path:
    wb = openpyxl.Workbook(write_only=True)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def edited(sheets: Rows, name: str, row: int, column: str, value: object) -> Rows:
    """A copy with one cell changed; row counts from 1 as in the spreadsheet."""
    out = dict(sheets)
    rows = list(out[name])
    col = [" ".join(str(h).split()) for h in rows[0]].index(column)
    cells = list(rows[row - 1])
    cells[col] = value
    rows[row - 1] = tuple(cells)
    out[name] = rows
    return out


def parse_error(path: Path, spec=SPEC) -> str:
    with pytest.raises(SourceFormatError) as info:
        khsm.parse(path, spec)
    message = str(info.value)
    assert path.name in message
    return message


def test_small_workbook_parses(tmp_path: Path, small_rows: Rows) -> None:
    result = khsm.parse(write(tmp_path / NAME, small_rows), SPEC)
    assert (result.data_start, result.data_end) == (dt.date(2024, 8, 1), dt.date(2024, 11, 1))
    assert {o.fiscal_year for o in result.observations} == {2024, 2025}


def test_missing_sheet(tmp_path: Path, small_rows: Rows) -> None:
    sheets = {k: v for k, v in small_rows.items() if k != "Monthly Region"}
    assert "missing sheet 'Monthly Region'" in parse_error(write(tmp_path / NAME, sheets))


def test_unexpected_sheet(tmp_path: Path, small_rows: Rows) -> None:
    sheets = {**small_rows, "Monthly Port": small_rows["Monthly Region"]}
    assert "unexpected sheet 'Monthly Port'" in parse_error(write(tmp_path / NAME, sheets))


def test_renamed_column(tmp_path: Path, small_rows: Rows) -> None:
    sheets = edited(small_rows, "Annual Region", 1, "Region", "Border Region")
    message = parse_error(write(tmp_path / NAME, sheets))
    assert "'Annual Region'" in message and "missing column 'Region'" in message


def test_column_alias(tmp_path: Path, small_rows: Rows) -> None:
    sheets = edited(small_rows, "Annual Region", 1, "Region", "Border Region")
    spec = dataclasses.replace(SPEC, aliases={"Border Region": "Region"})
    assert khsm.parse(write(tmp_path / NAME, sheets), spec).observations


def test_non_numeric_quantity(tmp_path: Path, small_rows: Rows) -> None:
    sheets = edited(small_rows, "Monthly Sector", 3, "Quantity", "n/a")
    message = parse_error(write(tmp_path / NAME, sheets))
    assert "'Monthly Sector'" in message and "line 3" in message and "'n/a'" in message


def test_negative_quantity(tmp_path: Path, small_rows: Rows) -> None:
    sheets = edited(small_rows, "Annual Count", 2, "Quantity", -10)
    assert "negative" in parse_error(write(tmp_path / NAME, sheets))


@pytest.mark.parametrize(("sheet", "column", "value"), [
    ("Monthly Count", "Month", "13 Octember"),
    ("Monthly Family Status", "Family Status", "Accompanied Minors"),
    ("Annual Sector", "Sector", "Atlantis, FL"),
    ("Monthly Rgn and Citp", "Region", "Air"),
])
def test_unknown_label(tmp_path: Path, small_rows: Rows, sheet: str, column: str,
                       value: str) -> None:
    message = parse_error(write(tmp_path / NAME, edited(small_rows, sheet, 2, column, value)))
    assert repr(sheet) in message and repr(column) in message and repr(value) in message


def test_sector_in_wrong_region(tmp_path: Path, small_rows: Rows) -> None:
    rows = small_rows["Annual Rgn and Sector"]
    row = next(i for i, r in enumerate(rows, 1) if r[2] == "Tucson, AZ")
    sheets = edited(small_rows, "Annual Rgn and Sector", row, "Region", "Coastal Border")
    assert "'Tucson'" in parse_error(write(tmp_path / NAME, sheets))


def test_duplicate_cell(tmp_path: Path, small_rows: Rows) -> None:
    rows = small_rows["Monthly Region"]
    sheets = {**small_rows, "Monthly Region": rows + [rows[1]]}
    assert "twice" in parse_error(write(tmp_path / NAME, sheets))


def test_month_gap(tmp_path: Path, small_rows: Rows) -> None:
    rows = small_rows["Monthly Citizenship"]
    sheets = {**small_rows,
              "Monthly Citizenship": [r for r in rows if r[1] != "12 September"]}
    message = parse_error(write(tmp_path / NAME, sheets))
    assert "'Monthly Citizenship'" in message and "2024-09" in message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_bytes(b"")
    assert "empty" in parse_error(path)


def test_truncated_file(tmp_path: Path) -> None:
    data = WORKBOOK.read_bytes()
    path = tmp_path / NAME
    path.write_bytes(data[: len(data) // 2])
    assert "truncated" in parse_error(path)


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_text("Fiscal Year,Quantity\n2024,10\n")
    parse_error(path)
