"""Overlapping sources agree where they should, and differ only where the difference is known.

Four publications overlap: CBP's Southwest Land Border file and its nationwide files
(by state; by area of responsibility, through the TidyTuesday compilation), the DHS OHSS
KHSM workbook (Border Patrol only, every cell rounded to the nearest 10) and the legacy
Border Patrol PDFs. Every comparison below is computed from the store built from the raw
files; where two sources do not agree within the rounding, the differing cells are written
out here, so a change in either parse (or a new vintage) fails the test and shows the cells.

Rounding tolerance: OHSS rounds every cell to the nearest 10 on its own, so one KHSM cell is
within 5 of the unrounded count, and a sum of n KHSM cells is within 5 × n.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from borderstats.query import Engine

SW = "Southwest Land Border"
ROUNDING = 5  # a cell rounded to the nearest 10 is within 5 of the unrounded count

KHSM = "khsm_encounters_usbp_fy25m11.xlsx"
AOR = "tidytuesday_2024-11-26_cbp_resp.csv"
SWB_FY19_22 = "sbo-encounters-fy19-fy22.csv"
SWB_NOV24 = "sbo-encounters-fy22-fy25-nov.csv"
SWB_AUG25 = "sbo-encounters-fy22-fy25-aug.csv"
PDF_SW_ANNUAL = ("u.s._border_patrol_fiscal_year_southwest_border_sector_apprehensions"
                 "_fy_1960_fy_2019_0.pdf")
PDF_MONTHLY_2019 = "u.s._border_patrol_monthly_apprehensions_fy_2000_fy_2019_1.pdf"
PDF_MONTHLY_2020 = "us_border_patrol_monthly_encounters_fy2000-fy2020-508.pdf"
PDF_NATIONWIDE_2019 = "u.s._border_patrol_total_apprehensions_fy_1925_fy_2019_.pdf"
PDF_NATIONWIDE_2020 = "usbp_total_apprehensions_fy1925-fy2020_508.pdf"

# CBP's nationwide files call the air and sea ports (and Border Patrol's coastal sectors)
# 'Other'; OHSS calls the same three USBP sectors (Miami, New Orleans, Ramey) 'Coastal Border'.
AOR_REGION_SQL = "CASE o.region WHEN 'Other' THEN 'Coastal Border' ELSE o.region END"


# --- helpers -----------------------------------------------------------------------------


def _key(value: Any) -> Any:
    return f"{value:%Y-%m}" if isinstance(value, dt.date) else value


def _release(engine: Engine, file_name: str) -> int:
    ids = [r["release_id"] for r in engine.releases.values() if r["file_name"] == file_name]
    assert len(ids) == 1, f"{file_name}: {len(ids)} releases in the store"
    return ids[0]


def _cells(engine: Engine, sql: str, params: Iterable[Any] = ()) -> dict[Any, int]:
    """Run a query whose last column is a count: key columns -> count (dates as 'YYYY-MM';
    one key column gives scalar keys, several give tuples)."""
    out: dict[Any, int] = {}
    for *keys, value in engine.store.con.execute(sql, list(params)).fetchall():
        key = tuple(_key(k) for k in keys)
        key = key[0] if len(key) == 1 else key
        assert key not in out, f"duplicate cell {key}"
        out[key] = int(value)
    return out


def _rows(result: Any, *dims: str) -> dict[Any, int]:
    """A QueryResult's rows as key -> value."""
    out = {}
    for row in result.rows:
        key = tuple(row[d] for d in dims)
        out[key[0] if len(key) == 1 else key] = row["value"]
    return out


def _beyond(a: dict, b: dict, tolerance: int | dict = 0) -> dict[Any, tuple[int, int]]:
    """Cells where a and b differ by more than the tolerance (an int, or key -> int); a cell
    missing on one side counts as 0 there (OHSS leaves out cells that round to 0)."""
    out = {}
    for key in sorted(set(a) | set(b), key=str):
        tol = tolerance.get(key, 0) if isinstance(tolerance, dict) else tolerance
        va, vb = a.get(key, 0), b.get(key, 0)
        if abs(va - vb) > tol:
            out[key] = (va, vb)
    return out


def _report(diffs: dict, left: str, right: str) -> str:
    lines = [f"{'cell':<36} {left:>14} {right:>14} {'difference':>11}"]
    lines += [f"{key!s:<36} {a:>14,} {b:>14,} {b - a:>+11,}" for key, (a, b) in diffs.items()]
    return "\n".join(lines)


def _check(got: dict, expected: dict, left: str, right: str, what: str) -> None:
    assert got == expected, (
        f"{what}: cells beyond the tolerance differ from the expected set.\n"
        f"found:\n{_report(got, left, right)}\n"
        f"expected:\n{_report(expected, left, right)}")


def _months(first: str, last: str) -> list[str]:
    y, m = map(int, first.split("-"))
    out = []
    while f"{y}-{m:02d}" <= last:
        out.append(f"{y}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _fy(month: str) -> int:
    y, m = map(int, month.split("-"))
    return y + 1 if m >= 10 else y


def _first_year_agreeing_from(diffs: dict[int, int], last: int, tolerance: int) -> int:
    """The first fiscal year from which every year through ``last`` agrees."""
    year = last
    while year - 1 in diffs and abs(diffs[year - 1]) <= tolerance:
        year -= 1
    assert abs(diffs[last]) <= tolerance
    return year


# --- 1. OHSS KHSM (rounded) vs the CBP files, FY2020 - November 2024 -----------------------

# USBP Southwest months where the KHSM cell is more than 5 from CBP's newest release:
# (CBP, KHSM). June, July and September 2020 differ in the OHSS extract itself (the CBP file,
# the CBP AOR compilation and the FY2000-FY2020 Border Patrol PDF all agree with each other);
# the FY2020 annual cell agrees (400,650 vs 400,651), so the year's total is the same and the
# events of summer 2020 are apparently spread over the months differently. October 2024 is
# CBP's later revision: 56,526 in the Nov-2024 release contemporary with the KHSM extract,
# 56,520 from the Aug-2025 release.
KHSM_SW_MONTHS_BEYOND_ROUNDING = {
    "2020-06": (30_836, 30_820),
    "2020-07": (38_536, 38_560),
    "2020-09": (54_771, 54_780),
    "2024-10": (56_520, 56_530),
}


def _khsm(engine: Engine, table: str, dims: str, where: str = "", params: tuple = ()) -> dict:
    return _cells(engine, f"SELECT {dims}, o.value FROM observations o WHERE o.release_id = ? "
                  f"AND o.table_id = ? {where}", (_release(engine, KHSM), table, *params))


def _aor_usbp(engine: Engine, dims: str, where: str = "") -> dict:
    return _cells(engine, f"SELECT {dims}, sum(o.value) FROM observations o WHERE "
                  f"o.release_id = ? AND o.table_id = 'aor_monthly' AND o.component = 'USBP' "
                  f"{where} GROUP BY ALL", (_release(engine, AOR),))


def test_aor_compilation_matches_swb_file_for_usbp_southwest(engine: Engine) -> None:
    # The TidyTuesday compilation of CBP's AOR files against CBP's own Southwest file.
    aor = _rows(engine.query("usbp_swb_encounters", "FY2020..FY2024", by=["month"],
                             source="cbp_nationwide_encounters"), "month")
    swb = _rows(engine.query("usbp_swb_encounters", "FY2020..FY2024", by=["month"],
                             source="cbp_swb_encounters"), "month")
    assert len(aor) == len(swb) == 60
    _check(_beyond(swb, aor), {}, "CBP SW file", "AOR compiled", "USBP SW by month")
    by_demographic = [
        _rows(engine.query("usbp_swb_encounters", "FY2020..FY2024", by=["month", "demographic"],
                           source=s), "month", "demographic")
        for s in ("cbp_swb_encounters", "cbp_nationwide_encounters")]
    _check(_beyond(*by_demographic), {}, "CBP SW file", "AOR compiled",
           "USBP SW by month and demographic")


def test_khsm_usbp_southwest_by_fiscal_year(engine: Engine) -> None:
    khsm = _khsm(engine, "annual_region", "o.fiscal_year", "AND o.region = ?", (SW,))
    cbp = {fy: engine.query("usbp_swb_encounters", f"FY{fy}", source="cbp_swb_encounters").value
           for fy in range(2020, 2025)}
    khsm = {fy: khsm[fy] for fy in cbp}
    # One annual cell each: within 5 of CBP in every complete fiscal year.
    _check(_beyond(cbp, khsm, ROUNDING), {}, "CBP", "KHSM", "USBP SW by fiscal year")
    assert cbp == {2020: 400_651, 2021: 1_659_206, 2022: 2_206_436, 2023: 2_045_838,
                   2024: 1_530_523}
    # FY2025 as far as KHSM goes (Oct-Nov 2024): two monthly cells, so within 10 of the CBP
    # release of the same month (Nov 2024); CBP's Aug-2025 release revised October down by 6.
    months = _khsm(engine, "monthly_region", "o.month", "AND o.region = ? AND o.fiscal_year = "
                   "2025", (SW,))
    assert months == {"2024-10": 56_530, "2024-11": 46_610}
    for as_of, value in ((dt.date(2024, 12, 31), 103_138), (None, 103_132)):
        got = engine.query("usbp_swb_encounters", "2024-10..2024-11",
                           source="cbp_swb_encounters", as_of=as_of).value
        assert got == value, as_of
        assert abs(sum(months.values()) - got) <= 2 * ROUNDING, (as_of, got)


def test_khsm_usbp_southwest_by_month(engine: Engine) -> None:
    period = "2019-10..2024-11"
    cbp = _rows(engine.query("usbp_swb_encounters", period, by=["month"],
                             source="cbp_swb_encounters"), "month")
    assert list(cbp) == _months("2019-10", "2024-11")
    # KHSM's one Southwest cell per month ('Monthly Region'): within 5, except as pinned.
    khsm = _khsm(engine, "monthly_region", "o.month",
                 "AND o.region = ? AND o.month >= '2019-10-01'", (SW,))
    _check(_beyond(cbp, khsm, ROUNDING), KHSM_SW_MONTHS_BEYOND_ROUNDING, "CBP", "KHSM",
           "USBP SW by month (newest CBP release)")
    # Against the CBP releases published by December 2024 (the KHSM extract's month),
    # October 2024 agrees too: only the summer-2020 months remain.
    contemporary = _rows(engine.query("usbp_swb_encounters", period, by=["month"],
                                      source="cbp_swb_encounters", as_of=dt.date(2024, 12, 31)),
                         "month")
    _check(_beyond(contemporary, khsm, ROUNDING),
           {k: v for k, v in KHSM_SW_MONTHS_BEYOND_ROUNDING.items() if k < "2024"},
           "CBP Nov-2024", "KHSM", "USBP SW by month (CBP as of Dec 2024)")
    assert contemporary["2024-10"] == 56_526
    # What the engine answers from KHSM alone sums the sector cells ('Monthly Rgn and
    # Sector'): up to 9 Southwest sectors, each rounded, so within 5 × (cells) of CBP.
    engine_khsm = _rows(engine.query("usbp_swb_encounters", period, by=["month"],
                                     source="ohss_khsm_usbp"), "month")
    n_cells = _cells(engine, "SELECT o.month, count(*) FROM observations o WHERE o.release_id "
                     "= ? AND o.table_id = 'monthly_region_sector' AND o.region = ? AND "
                     "o.month >= '2019-10-01' GROUP BY 1", (_release(engine, KHSM), SW))
    assert set(n_cells.values()) == {9}
    _check(_beyond(cbp, engine_khsm, {m: ROUNDING * n for m, n in n_cells.items()}), {},
           "CBP", "KHSM sectors", "USBP SW by month, KHSM sector cells summed")


def test_khsm_usbp_nationwide_vs_aor_compilation(engine: Engine) -> None:
    # Region by region (each KHSM cell within 5): only the pinned Southwest months differ.
    khsm = _khsm(engine, "monthly_region", "o.month, o.region",
                 "AND o.fiscal_year BETWEEN 2020 AND 2024")
    aor = _aor_usbp(engine, f"o.month, {AOR_REGION_SQL}")
    assert len(khsm) == len(aor) == 60 * 3
    _check(_beyond(aor, khsm, ROUNDING),
           {(m, SW): v for m, v in KHSM_SW_MONTHS_BEYOND_ROUNDING.items() if m < "2024"},
           "CBP AOR", "KHSM", "USBP by month and region")
    # Nationwide by month: three region cells summed, so within 15.
    cbp = _rows(engine.query("usbp_nationwide_encounters", "FY2020..FY2024", by=["month"],
                             source="cbp_nationwide_encounters"), "month")
    summed: dict[str, int] = defaultdict(int)
    for (month, _), value in khsm.items():
        summed[month] += value
    _check(_beyond(cbp, summed, 3 * ROUNDING),
           {"2020-07": (38_805, 38_830), "2020-09": (55_012, 55_030)},
           "CBP AOR", "KHSM", "USBP nationwide by month (KHSM regions summed)")
    # Nationwide by fiscal year: the annual count cell within 5, the region cells within 15.
    cbp_fy = {fy: engine.query("usbp_nationwide_encounters", f"FY{fy}",
                               source="cbp_nationwide_encounters").value
              for fy in range(2020, 2025)}
    assert cbp_fy == {2020: 405_036, 2021: 1_662_167, 2022: 2_214_652, 2023: 2_063_692,
                      2024: 1_557_319}
    count = _khsm(engine, "annual_count", "o.fiscal_year", "AND o.fiscal_year <= 2024 AND "
                  "o.fiscal_year >= 2020")
    _check(_beyond(cbp_fy, count, ROUNDING), {}, "CBP AOR", "KHSM", "USBP nationwide by FY")
    regions: dict[int, int] = defaultdict(int)
    for (fy, _), value in _khsm(engine, "annual_region", "o.fiscal_year, o.region",
                                "AND o.fiscal_year BETWEEN 2020 AND 2024").items():
        regions[fy] += value
    _check(_beyond(cbp_fy, regions, 3 * ROUNDING), {}, "CBP AOR", "KHSM",
           "USBP nationwide by FY (KHSM regions summed)")


def test_khsm_sectors_vs_aor_compilation(engine: Engine) -> None:
    # Every USBP sector (the 9 Southwest, 8 Northern and 3 Coastal), month by month.
    khsm = _khsm(engine, "monthly_region_sector", "o.month, o.region, o.sector",
                 "AND o.fiscal_year BETWEEN 2020 AND 2024")
    aor = _aor_usbp(engine, f"o.month, {AOR_REGION_SQL}, o.sector")
    assert {k[1:] for k in khsm} == {k[1:] for k in aor}  # same sectors, in the same regions
    assert len({k[2] for k in aor}) == 20
    # Small sectors' months that round to 0 are left out of KHSM: only those are missing.
    assert set(khsm) <= set(aor)
    assert max((aor[k] for k in set(aor) - set(khsm)), default=0) <= ROUNDING
    _check(_beyond(aor, khsm, ROUNDING), {
        ("2020-06", SW, "El Paso"): (3_876, 3_870),
        ("2020-07", SW, "Del Rio"): (4_163, 4_170),
        ("2020-07", SW, "El Paso"): (5_091, 5_100),
        ("2020-07", SW, "Rio Grande Valley"): (7_571, 7_580),
        ("2020-07", SW, "San Diego"): (5_556, 5_550),
        ("2020-09", SW, "San Diego"): (6_163, 6_170),
    }, "CBP AOR", "KHSM", "USBP by month and sector")
    # The engine's Southwest sector breakdown from each source, by fiscal year.
    for fy in range(2020, 2025):
        cbp = _rows(engine.query("usbp_swb_encounters", f"FY{fy}", by=["sector"],
                                 source="cbp_nationwide_encounters"), "sector")
        ohss = _khsm(engine, "annual_region_sector", "o.sector",
                     "AND o.region = ? AND o.fiscal_year = ?", (SW, fy))
        _check(_beyond(cbp, ohss, ROUNDING), {}, "CBP AOR", "KHSM", f"USBP SW sectors FY{fy}")


def test_khsm_family_status_vs_swb_file(engine: Engine) -> None:
    # KHSM family status (Single Adults, Family Unit Individuals, Unaccompanied Children)
    # maps onto CBP's demographic; Border Patrol has no 'Accompanied Minors' in CBP's file.
    period = "2019-10..2024-11"
    cbp = _rows(engine.query("usbp_swb_encounters", period, by=["month", "demographic"],
                             source="cbp_swb_encounters"), "month", "demographic")
    khsm = _rows(engine.query("usbp_swb_encounters", period, by=["month", "demographic"],
                              source="ohss_khsm_usbp"), "month", "demographic")
    assert {d for _, d in cbp} == {d for _, d in khsm} == {"Single Adults", "FMUA", "UAC"}
    # The same summer-2020 months (single adults carry the shift), and CBP's revision of
    # October 2024 (35,403 from the Aug-2025 release).
    _check(_beyond(cbp, khsm, ROUNDING), {
        ("2020-06", "Single Adults"): (27_652, 27_640),
        ("2020-07", "Single Adults"): (34_121, 34_140),
        ("2020-08", "Single Adults"): (41_676, 41_670),
        ("2020-09", "Single Adults"): (47_207, 47_220),
        ("2024-10", "Single Adults"): (35_403, 35_410),
    }, "CBP", "KHSM", "USBP SW by month and demographic")
    for fy in range(2020, 2025):
        annual = _rows(engine.query("usbp_swb_encounters", f"FY{fy}", by=["demographic"],
                                    source="cbp_swb_encounters"), "demographic")
        ohss = _khsm(engine, "annual_region_family_status", "o.demographic",
                     "AND o.region = ? AND o.fiscal_year = ?", (SW, fy))
        _check(_beyond(annual, ohss, ROUNDING), {}, "CBP", "KHSM",
               f"USBP SW by demographic FY{fy}")


def test_khsm_citizenship_vs_swb_file(engine: Engine) -> None:
    # CBP's Southwest file names four countries; its 'Other' is the sum of ~80 rounded KHSM
    # cells (some left out as 0), so only the four are compared cell by cell.
    named = ["MEX", "GTM", "HND", "SLV"]
    where = {"citizenship": named}
    period = "2019-10..2024-11"
    cbp, khsm = (_rows(engine.query("usbp_swb_encounters", period, by=["month", "citizenship"],
                                    where=where, source=s), "month", "citizenship")
                 for s in ("cbp_swb_encounters", "ohss_khsm_usbp"))
    assert len(cbp) == 62 * 4
    _check(_beyond(cbp, khsm, ROUNDING), {
        ("2020-06", "MEX"): (25_502, 25_490),
        ("2020-07", "MEX"): (29_931, 29_950),
        ("2020-08", "MEX"): (34_411, 34_400),
        ("2020-09", "MEX"): (36_424, 36_430),
    }, "CBP", "KHSM", "USBP SW by month and citizenship")


# --- 2. Legacy Border Patrol PDFs vs OHSS KHSM, FY2000 - FY2019 ---------------------------

# (legacy PDF, KHSM) for the years that differ by more than the rounding. OHSS re-extracted
# its back series from current systems; FY2000-FY2004 differ by hundreds to 77,259, and
# FY2005-FY2009 still by 6 to 102. From FY2010 every year agrees within 5 (INDEX.md's
# "from about FY2005" is too early by this measure).
LEGACY_VS_KHSM_SW = {
    2000: (1_643_679, 1_566_420),
    2001: (1_235_718, 1_231_410),
    2002: (929_809, 930_340),
    2003: (905_065, 906_730),
    2004: (1_139_282, 1_140_250),
    2005: (1_171_396, 1_171_390),
    2006: (1_071_972, 1_071_980),
    2007: (858_638, 858_740),
    2008: (705_005, 705_050),
    2009: (540_865, 540_850),
}
LEGACY_VS_KHSM_NATIONWIDE = {
    2000: (1_676_438, 1_590_310),
    2001: (1_266_214, 1_255_920),
    2002: (955_310, 953_690),
    2003: (931_557, 931_900),
    2004: (1_160_395, 1_160_350),
    2005: (1_189_075, 1_189_030),
    2006: (1_089_092, 1_089_100),
    2007: (876_704, 876_800),
    2008: (723_825, 723_870),
    2009: (556_041, 556_030),
}


def _legacy_annual(engine: Engine) -> tuple[dict[int, int], dict[int, int]]:
    sw = _cells(engine, "SELECT fiscal_year, value FROM observations WHERE release_id = ? AND "
                "table_id = 'swb_annual' AND fiscal_year BETWEEN 2000 AND 2019",
                (_release(engine, PDF_SW_ANNUAL),))
    nationwide = _cells(engine, "SELECT fiscal_year, value FROM observations WHERE release_id "
                        "= ? AND table_id = 'nationwide_annual' AND fiscal_year BETWEEN 2000 "
                        "AND 2019", (_release(engine, PDF_NATIONWIDE_2020),))
    return sw, nationwide


def test_legacy_vs_khsm_by_fiscal_year(engine: Engine) -> None:
    legacy_sw, legacy_nationwide = _legacy_annual(engine)
    years = "AND o.fiscal_year BETWEEN 2000 AND 2019"
    khsm_sw = _khsm(engine, "annual_region", "o.fiscal_year", f"AND o.region = ? {years}", (SW,))
    khsm_nationwide = _khsm(engine, "annual_count", "o.fiscal_year", years)
    assert len(legacy_sw) == len(khsm_sw) == len(legacy_nationwide) == 20
    _check(_beyond(legacy_sw, khsm_sw, ROUNDING), LEGACY_VS_KHSM_SW, "legacy PDF", "KHSM",
           "USBP SW by FY")
    _check(_beyond(legacy_nationwide, khsm_nationwide, ROUNDING), LEGACY_VS_KHSM_NATIONWIDE,
           "legacy PDF", "KHSM", "USBP nationwide by FY")
    for legacy, khsm in ((legacy_sw, khsm_sw), (legacy_nationwide, khsm_nationwide)):
        diffs = {fy: khsm[fy] - legacy[fy] for fy in legacy}
        assert _first_year_agreeing_from(diffs, 2019, ROUNDING) == 2010, diffs
    # The catalog answers from the legacy tables first, KHSM only when asked for.
    first = engine.query("usbp_swb_encounters", "FY2000")
    assert first.value == 1_643_679
    assert {p.source for p in first.provenance} == {"usbp_historical"}
    ohss = engine.query("usbp_swb_encounters", "FY2000", source="ohss_khsm_usbp")
    assert ohss.value == 1_566_470  # its sector-month cells summed (the annual cell: 1,566,420)


def test_legacy_vs_khsm_by_month(engine: Engine) -> None:
    pdf = _release(engine, PDF_MONTHLY_2020)
    months = "AND o.fiscal_year BETWEEN 2000 AND 2019"
    legacy_sw = _cells(engine, "SELECT o.month, o.value FROM observations o WHERE o.release_id "
                       f"= ? AND o.table_id = 'monthly_region' AND o.region = ? {months}",
                       (pdf, SW))
    legacy_total = _cells(engine, "SELECT o.month, o.value FROM observations o WHERE "
                          f"o.release_id = ? AND o.table_id = 'monthly_total' {months}", (pdf,))
    khsm_sw = _khsm(engine, "monthly_region", "o.month", f"AND o.region = ? {months}", (SW,))
    khsm_total = _khsm(engine, "monthly_count", "o.month", months)
    assert len(legacy_sw) == len(khsm_sw) == len(legacy_total) == len(khsm_total) == 240
    # Months beyond the rounding, counted by fiscal year: none from FY2010 on.
    for legacy, khsm, expected in (
        (legacy_sw, khsm_sw, {2000: 12, 2001: 12, 2002: 12, 2003: 12, 2004: 11, 2005: 8,
                              2006: 8, 2007: 4, 2008: 5, 2009: 1}),
        (legacy_total, khsm_total, {2000: 12, 2001: 12, 2002: 11, 2003: 12, 2004: 12, 2005: 9,
                                    2006: 7, 2007: 5, 2008: 6, 2009: 2}),
    ):
        diffs = _beyond(legacy, khsm, ROUNDING)
        per_year: dict[int, int] = defaultdict(int)
        for month in diffs:
            per_year[_fy(month)] += 1
        assert dict(per_year) == expected, _report(diffs, "legacy PDF", "KHSM")
    # The largest: June 2000, Southwest.
    assert (legacy_sw["2000-06"], khsm_sw["2000-06"]) == (115_093, 103_860)


# --- 3. Legacy monthly PDF vs the CBP files, FY2019 - FY2020 ------------------------------


def test_legacy_monthly_pdf_vs_cbp_swb_file(engine: Engine) -> None:
    swb = _cells(engine, "SELECT o.month, sum(o.value) FROM observations o WHERE o.release_id "
                 "= ? AND o.component = 'USBP' AND o.fiscal_year IN (2019, 2020) GROUP BY 1",
                 (_release(engine, SWB_FY19_22),))
    assert len(swb) == 24
    for name, years in ((PDF_MONTHLY_2020, (2019, 2020)), (PDF_MONTHLY_2019, (2019,))):
        pdf = _cells(engine, "SELECT o.month, o.value FROM observations o WHERE o.release_id = "
                     "? AND o.table_id = 'monthly_region' AND o.region = ? AND o.fiscal_year "
                     f"IN ({', '.join(map(str, years))})", (_release(engine, name), SW))
        expected = {m: v for m, v in swb.items() if _fy(m) in years}
        _check(_beyond(expected, pdf), {}, "CBP SW file", "PDF", f"USBP SW by month ({name})")
    assert sum(v for m, v in swb.items() if _fy(m) == 2019) == 851_508
    assert sum(v for m, v in swb.items() if _fy(m) == 2020) == 400_651


def test_legacy_monthly_pdf_vs_cbp_aor_fy2020(engine: Engine) -> None:
    pdf = _release(engine, PDF_MONTHLY_2020)
    sectors = _cells(engine, "SELECT o.month, o.sector, o.value FROM observations o WHERE "
                     "o.release_id = ? AND o.table_id = 'monthly_sector' AND o.fiscal_year = "
                     "2020", (pdf,))
    aor = _aor_usbp(engine, "o.month, o.sector", "AND o.fiscal_year = 2020")
    # Every sector and month of FY2020 (the AOR file has no row where the PDF prints 0).
    assert len(sectors) == 240 and set(aor) <= set(sectors)
    assert all(sectors[k] == 0 for k in set(sectors) - set(aor))
    _check(_beyond(aor, sectors), {}, "CBP AOR", "PDF", "USBP by month and sector, FY2020")
    totals = _cells(engine, "SELECT o.month, o.value FROM observations o WHERE o.release_id = "
                    "? AND o.table_id = 'monthly_total' AND o.fiscal_year = 2020", (pdf,))
    _check(_beyond(_aor_usbp(engine, "o.month", "AND o.fiscal_year = 2020"), totals), {},
           "CBP AOR", "PDF", "USBP nationwide by month, FY2020")
    assert sum(totals.values()) == 405_036


# --- 4. Nationwide annual PDF vs the monthly PDF summed, FY2000 - FY2020 -------------------


def test_nationwide_annual_pdf_vs_monthly_pdf(engine: Engine) -> None:
    annual = _cells(engine, "SELECT fiscal_year, value FROM observations WHERE release_id = ? "
                    "AND table_id = 'nationwide_annual' AND fiscal_year >= 2000",
                    (_release(engine, PDF_NATIONWIDE_2020),))
    assert list(annual) == list(range(2000, 2021))
    for name, last in ((PDF_MONTHLY_2020, 2020), (PDF_MONTHLY_2019, 2019)):
        rid = _release(engine, name)
        expected = {fy: v for fy, v in annual.items() if fy <= last}
        for table in ("monthly_total", "monthly_region", "monthly_sector"):
            summed = _cells(engine, "SELECT fiscal_year, sum(value) FROM observations WHERE "
                            "release_id = ? AND table_id = ? GROUP BY 1", (rid, table))
            _check(_beyond(expected, summed), {}, "annual PDF", f"{table} summed",
                   f"USBP nationwide by FY ({name})")
    # The older FY1925-FY2019 edition says the same for every year it holds.
    older = _cells(engine, "SELECT fiscal_year, value FROM observations WHERE release_id = ? "
                   "AND table_id = 'nationwide_annual'", (_release(engine, PDF_NATIONWIDE_2019),))
    newer = _cells(engine, "SELECT fiscal_year, value FROM observations WHERE release_id = ? "
                   "AND table_id = 'nationwide_annual' AND fiscal_year <= 2019",
                   (_release(engine, PDF_NATIONWIDE_2020),))
    assert len(older) == 95
    _check(_beyond(older, newer), {}, "FY1925-2019 PDF", "FY1925-2020 PDF", "nationwide by FY")
    # The Southwest sector table (FY1960-FY2019) against the monthly PDF, sector by sector.
    sector_years = _cells(engine, "SELECT fiscal_year, sector, value FROM observations WHERE "
                          "release_id = ? AND table_id = 'swb_sector_annual' AND fiscal_year "
                          ">= 2000", (_release(engine, PDF_SW_ANNUAL),))
    monthly = _cells(engine, "SELECT fiscal_year, sector, sum(value) FROM observations WHERE "
                     "release_id = ? AND table_id = 'monthly_sector' AND region = ? AND "
                     "fiscal_year <= 2019 GROUP BY ALL", (_release(engine, PDF_MONTHLY_2020), SW))
    assert len(sector_years) == 20 * 9
    _check(_beyond(sector_years, monthly), {}, "annual sector PDF", "monthly PDF summed",
           "USBP SW by FY and sector")


# --- 5. CBP vintages: the Southwest file, the state files and the AOR compilation ----------

# Every month in which the CBP releases holding it do not all give the same Southwest total
# (USBP + OFO): file -> value. Months still current when a release was cut were revised
# later; every other month of FY2019-FY2026 is identical in every release that holds it.
SW_REVISIONS = {
    "2023-10": {"nationwide-encounters-fy21-fy24-oct-state.csv": 240_988,
                "nationwide-encounters-fy21-fy24-nov-state.csv": 240_986,
                "final": 240_927},
    "2023-11": {"nationwide-encounters-fy21-fy24-nov-state.csv": 242_418, "final": 242_399},
    "2024-10": {SWB_NOV24: 106_335, SWB_AUG25: 106_321, "final": 106_316},
    "2024-11": {SWB_NOV24: 94_190, SWB_AUG25: 94_186, "final": 94_183},
    "2024-12": {SWB_AUG25: 96_037, "final": 96_033},
    "2025-01": {SWB_AUG25: 61_448, "final": 61_445},
    "2025-02": {SWB_AUG25: 11_714, "final": 11_710},
    "2025-03": {SWB_AUG25: 11_012, "final": 11_011},
    "2025-04": {SWB_AUG25: 12_024, "final": 12_023},
    "2025-05": {SWB_AUG25: 12_451, "final": 12_450},
    "2025-06": {SWB_AUG25: 9_302, "final": 9_300},
    "2025-07": {SWB_AUG25: 7_824, "final": 7_822},
    "2025-08": {SWB_AUG25: 9_740, "final": 9_731},
}


def _by_release(engine: Engine, where: str, group: str = "") -> dict[str, dict[Any, int]]:
    """(month[, group]) -> {file name: value}, over every CBP release and table (IOM's
    compilation, built from several vintages, is compared in test_cbp_swb_iom.py)."""
    rows = engine.store.con.execute(
        f"SELECT r.file_name, o.month{group}, sum(o.value) FROM observations o JOIN releases r "
        f"USING (release_id) WHERE r.source IN ('cbp_swb_encounters', "
        f"'cbp_nationwide_encounters') AND o.table_id <> 'swb_iom_monthly' {where} "
        f"GROUP BY ALL").fetchall()
    out: dict[Any, dict[str, int]] = defaultdict(dict)
    for name, month, *rest in rows:
        *keys, value = rest
        out[(_key(month), *keys) if keys else _key(month)][name] = int(value)
    return out


def test_cbp_vintages_differ_only_in_revised_months(engine: Engine) -> None:
    values = _by_release(engine, f"AND o.region = '{SW}'")
    assert min(values) == "2018-10" and max(values) == "2025-11" and len(values) == 86
    revised = {m: v for m, v in values.items() if len(set(v.values())) > 1}
    assert set(revised) == set(SW_REVISIONS), "\n".join(
        f"{m}: {v}" for m, v in sorted(revised.items()))
    published = {r["file_name"]: r["published"] for r in engine.releases.values()}
    for month, by_file in revised.items():
        final = engine.query("swb_encounters", month).value  # the newest release's figure
        got = {name: value for name, value in by_file.items() if value != final}
        assert got | {"final": final} == SW_REVISIONS[month], (month, by_file)
        # Once revised, a month stays revised: every release newer than the last one that
        # differs gives the final figure.
        last_differing = max(published[n] for n in got)
        assert all(v == final for n, v in by_file.items() if published[n] > last_differing)
    # As of each release, the engine returns what that release said.
    assert engine.query("swb_encounters", "2024-10", as_of=dt.date(2024, 12, 31)).value \
        == 106_335
    assert engine.query("swb_encounters", "2024-10", as_of=dt.date(2025, 10, 1)).value \
        == 106_321


def test_cbp_vintages_by_component_and_nationwide(engine: Engine) -> None:
    # The Southwest file by component: only CBP's revisions of October-November 2024.
    components = _by_release(engine, f"AND o.region = '{SW}' AND o.component IS NOT NULL",
                             ", o.component")
    revised = {k: v for k, v in components.items() if len(set(v.values())) > 1}
    assert revised == {
        ("2024-10", "USBP"): {SWB_NOV24: 56_526, SWB_AUG25: 56_520},
        ("2024-10", "OFO"): {SWB_NOV24: 49_809, SWB_AUG25: 49_801},
        ("2024-11", "OFO"): {SWB_NOV24: 47_578, SWB_AUG25: 47_574},
    }
    # Nationwide (every region), state files and AOR compilation: October-November 2023.
    nationwide = _by_release(engine, "AND o.table_id IN ('state_monthly', 'aor_monthly')")
    revised = {k: v for k, v in nationwide.items() if len(set(v.values())) > 1}
    assert {m: sorted(set(v.values()), reverse=True) for m, v in revised.items()} == {
        "2023-10": [309_221, 309_137, 309_024],
        "2023-11": [308_728, 308_605],
    }


# The newest Southwest file against the newest state file, for every month both hold
# (FY2020 - August 2025): (Southwest file, state file) where they differ. The Aug-2025
# Southwest file was cut two months before the final FY2025 state file, and CBP revised every
# month of FY2025 (and November 2024 a second time) in between.
SWB_VS_STATE = {
    "2024-10": (106_321, 106_316),
    "2024-11": (94_186, 94_183),
    "2024-12": (96_037, 96_033),
    "2025-01": (61_448, 61_445),
    "2025-02": (11_714, 11_710),
    "2025-03": (11_012, 11_011),
    "2025-04": (12_024, 12_023),
    "2025-05": (12_451, 12_450),
    "2025-06": (9_302, 9_300),
    "2025-07": (7_824, 7_822),
    "2025-08": (9_740, 9_731),
}


def _newest(engine: Engine, source: str, table: str) -> dict[str, int]:
    """Southwest total per month from the newest release of one file family."""
    return _cells(engine, """
        SELECT o.month, sum(o.value) FROM observations o JOIN releases r USING (release_id)
        WHERE r.source = ? AND o.table_id = ? AND o.region = ?
          AND r.published = (SELECT max(r2.published) FROM observations o2 JOIN releases r2
                             USING (release_id) WHERE r2.source = r.source
                             AND o2.table_id = o.table_id AND o2.month = o.month)
        GROUP BY 1""", (source, table, SW))


def test_swb_file_vs_state_files(engine: Engine) -> None:
    swb = _newest(engine, "cbp_swb_encounters", "swb_monthly")
    state = _newest(engine, "cbp_nationwide_encounters", "state_monthly")
    both = set(swb) & set(state)
    assert min(both) == "2019-10" and max(both) == "2025-08" and len(both) == 71
    _check(_beyond({m: swb[m] for m in both}, {m: state[m] for m in both}),
           SWB_VS_STATE, "SW file", "state file",
           "SW encounters by month, newest of each file family")
    # CBP revised each of those months (they are in SW_REVISIONS), and the state file, the
    # newer release, gives the figure the engine answers with.
    assert set(SWB_VS_STATE) <= set(SW_REVISIONS)
    for month, (_, final) in SWB_VS_STATE.items():
        assert engine.query("swb_encounters", month).value == final == SW_REVISIONS[month]["final"]
