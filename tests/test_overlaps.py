"""Overlaps between sources as drift guards: the real files agree within each stated
tolerance, a file that breaks one is quarantined with the periods and both figures, and
`borderstats crosscheck` prints the agreement."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from borderstats import guards
from borderstats.sources.overlaps import (
    AT_MOST,
    EQUAL,
    OVERLAPS,
    SAME_DIRECTION,
    Overlap,
    Side,
)
from borderstats.store import Store, open_store

GT = "guatemala_igm_returns/iom_gdidata_irreg_guatemala.csv"
MX_RETURNS = "mexico_upm_boletin/iom_gdidata_irreg_mexico_exp.csv"


def _by_name(store: Store) -> dict[str, dict]:
    return {o["name"]: o for o in store.overlaps()}


def test_every_overlap_holds_on_the_official_files(full_store: Store) -> None:
    found = _by_name(full_store)
    assert set(found) == {o.name for o in OVERLAPS}
    for name, overlap in found.items():
        assert overlap["compared"] > 0 and overlap["broken"] == [], name
    # Hand-checked against INDEX.md: OHSS's Southwest Border Patrol fiscal years (rounded)
    # against CBP's twelve months summed: FY2019 851,510 vs 851,508; FY2020 400,650 (the
    # annual cell) vs 400,651.
    fiscal = found["OHSS KHSM annual vs CBP monthly sums, Border Patrol Southwest, by "
                   "fiscal year"]
    periods = {p["period"]: (p["left"], p["right"]) for p in fiscal["periods"]}
    assert periods["2019"] == (851_510, 851_508)
    assert periods["2020"] == (400_650, 400_651)
    # OHSS's annual FY2025 cell is Oct–Nov 2024 only: a year to date is not compared.
    assert fiscal["last"] == "2024"
    # The legacy tables are compared from FY2005 (October 2004) only.
    legacy = found["Legacy Border Patrol tables vs OHSS KHSM, Southwest, monthly"]
    assert legacy["first"] == "2004-10" and legacy["compared"] == 16 * 12
    # Guatemala's returns from Mexico against Mexico's returns of Guatemalans, by year.
    gt = found["Mexico UPM returns of Guatemalans vs Guatemala IGM returns from Mexico, "
               "by year"]
    assert [(p["period"], p["left"], p["right"]) for p in gt["periods"]][1:3] == [
        ("2021", 45_714, 53_156), ("2022", 53_503, 50_091)]


def _double_2022_from_mexico(text: str) -> str:
    lines = text.splitlines(keepends=True)
    out = [lines[0]]
    for line in lines[1:]:
        t, sex, age, origin, n = line.rstrip("\n").split(",")
        if t.startswith("2022") and origin == "MEX":
            n = str(int(n) * 2)
        out.append(",".join((t, sex, age, origin, n)) + "\n")
    return "".join(out)


def test_a_file_breaking_an_overlap_is_quarantined_with_both_figures(
        raw_dir: Path, tmp_path: Path) -> None:
    # Mexico's returns and Guatemala's returns with 2022 from Mexico doubled, in one ingest:
    # IGM 2022 becomes 2 × 53,503 = 107,006 against UPM's 50,091 (+113.6%), beyond 50%.
    damaged = tmp_path / "in" / Path(GT).name
    damaged.parent.mkdir()
    damaged.write_text(_double_2022_from_mexico((raw_dir / GT).read_text()))
    with open_store(tmp_path / "s.duckdb", snapshot=False) as store:
        outcomes = store.ingest([raw_dir / MX_RETURNS, damaged])
        status = {o.path.name: o for o in outcomes}
        assert status[Path(MX_RETURNS).name].status == "added"
        assert status[damaged.name].status == "quarantined"
        (finding,) = status[damaged.name].findings
        assert finding.check == "other source disagrees"
        assert "1 of 5 years break" in finding.detail
        assert ("2022: 107,006 in Guatemala IGM, returned from Mexico, 50,091 in Mexico UPM "
                "returns (devueltos) of Guatemalans (+113.6%)") in finding.detail
        assert "iom_gdidata_irreg_mexico_exp.csv" in finding.detail
        assert [r["source"] for r in store.releases()] == ["mexico_upm"]
        # The official file passes.
        assert store.ingest([raw_dir / GT])[0].status == "added"


def test_relations_and_tolerances() -> None:
    side = Side("a", "t")
    equal = Overlap("e", side, side, EQUAL, "month", 0.01, 50, "")
    jan, feb = dt.date(2024, 1, 1), dt.date(2024, 2, 1)
    # 1% of 10,000 = 100 allowed; of 1,000 the floor 50.
    result = guards.compare_overlap(equal, {jan: 10_100, feb: 1_051}, {jan: 10_000, feb: 1_000})
    assert [(c.period, c.holds) for c in result] == [("2024-01", True), ("2024-02", False)]
    part = Overlap("p", side, side, AT_MOST, "month", 0.0, 10, "")
    result = guards.compare_overlap(part, {jan: 5_010, feb: 5_011}, {jan: 5_000, feb: 5_000})
    assert [c.holds for c in result] == [True, False]
    trend = Overlap("d", side, side, SAME_DIRECTION, "year", 0.5, 0, "", dead_band=0.1)
    # 2021→2022: +20% against −20% (both beyond 10%): opposite; 2022→2023 −5% against
    # +30%: the 5% has no direction.
    result = guards.compare_overlap(trend, {2021: 100, 2022: 120, 2023: 114},
                                    {2021: 100, 2022: 80, 2023: 104})
    assert [(c.period, c.holds) for c in result] == [("2021", True), ("2022", False),
                                                    ("2023", True)]


def test_a_year_is_whole_months_or_a_finished_annual_figure() -> None:
    months = [(dt.date(2023, m, 1), 2023 + (m >= 10), 10) for m in range(1, 13)]
    assert guards.series(months, "year") == {2023: 120}
    # Fiscal 2023 holds Oct–Dec 2022, which are absent: no fiscal-year figure.
    assert guards.series(months, "fiscal_year") == {}
    annual = [(None, 2024, 500), (None, 2025, 40)]
    assert guards.series(annual, "fiscal_year", dt.date(2024, 11, 1)) == {2024: 500}


def test_crosscheck_command(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    run = [sys.executable, "-m", "borderstats", "crosscheck", "--db", str(db)]
    text = subprocess.run(run, capture_output=True, text=True, timeout=300, check=True).stdout
    for overlap in OVERLAPS:
        assert f"✓ {overlap.name}" in text
    assert "74 of 74 months agree (2018-10..2024-11)" in text
    data = json.loads(subprocess.run([*run, "--json"], capture_output=True, text=True,
                                     timeout=300, check=True).stdout)
    assert all(o["broken"] == [] for o in data["overlaps"])
    one = subprocess.run([*run, "--overlap", "legacy annual"], capture_output=True,
                         text=True, timeout=300, check=True).stdout
    assert "why: a part never exceeds its whole" in one and "1962" in one
    bad = subprocess.run([*run, "--overlap", "nothing like it"], capture_output=True,
                         text=True, timeout=300)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_crosscheck_in_python(tmp_path: Path) -> None:
    import borderstats

    overlaps = borderstats.crosscheck(db=tmp_path / "s.duckdb")
    assert [o["name"] for o in overlaps] == [o.name for o in OVERLAPS]
    legacy = next(o for o in overlaps if o["name"].startswith("Legacy Border Patrol"))
    assert legacy["broken"] == [] and legacy["first"] == "2004-10"
