"""The CBP encounter files: each release reproduces the totals read off the file itself,
parts sum to totals, and vintages differ only where CBP revised recent months."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from pathlib import Path

import pytest

from borderstats.query import Engine


def _fy_totals_from_file(path: Path, filters: dict[str, str] | None = None) -> dict[int, int]:
    """Fiscal-year totals summed straight from the CSV, independently of the parser."""
    totals: dict[int, int] = defaultdict(int)
    with path.open(encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            if all(row[k] == v for k, v in (filters or {}).items()):
                fy = int(row["Fiscal Year"].split()[0])
                totals[fy] += int(float(row["Encounter Count"]))
    return dict(totals)


def _release(engine: Engine, file_name: str) -> dict:
    return next(r for r in engine.releases.values() if r["file_name"] == file_name)


SWB_FILES = ["sbo-encounters-fy19-fy22.csv", "sbo-encounters-fy22-fy25-nov.csv",
             "sbo-encounters-fy22-fy25-aug.csv"]
STATE_FILES = ["nationwide-encounters-fy20-fy23-state.csv",
               "nationwide-encounters-fy21-fy24-oct-state.csv",
               "nationwide-encounters-fy21-fy24-nov-state.csv",
               "nationwide-encounters-fy21-fy24-state.csv",
               "nationwide-encounters-fy22-fy25-state.csv",
               "nationwide-encounters-fy23-fy26-nov-state.csv"]


@pytest.mark.parametrize("name", SWB_FILES)
def test_swb_release_reproduces_file_totals(engine: Engine, raw_dir: Path, name: str) -> None:
    expected = _fy_totals_from_file(raw_dir / "cbp_swb_encounters" / name)
    rel = _release(engine, name)
    got = dict(engine.store.con.execute(
        "SELECT fiscal_year, sum(value) FROM observations WHERE release_id = ? GROUP BY 1",
        [rel["release_id"]]).fetchall())
    assert got == expected
    assert rel["row_count"] == sum(1 for _ in (raw_dir / "cbp_swb_encounters" / name)
                                   .open()) - 1


@pytest.mark.parametrize("name", STATE_FILES)
def test_state_release_reproduces_file_totals(engine: Engine, raw_dir: Path,
                                              name: str) -> None:
    path = raw_dir / "cbp_nationwide_encounters" / name
    rel = _release(engine, name)
    for region in ("Southwest Land Border", "Northern Land Border", "Other"):
        expected = _fy_totals_from_file(path, {"Land Border Region": region})
        got = dict(engine.store.con.execute(
            "SELECT fiscal_year, sum(value) FROM observations WHERE release_id = ? "
            "AND region = ? GROUP BY 1", [rel["release_id"], region]).fetchall())
        assert got == expected, region


def test_published_headline_totals(engine: Engine) -> None:
    # CBP's published fiscal-year totals (Southwest Land Border, all components).
    swb = {2019: 977_509, 2020: 458_088, 2021: 1_734_686, 2022: 2_378_944,
           2023: 2_475_669, 2024: 2_135_005, 2025: 443_671}
    for fy, value in swb.items():
        result = engine.query("swb_encounters", f"FY{fy}")
        assert (result.value, result.complete) == (value, True), fy
    nationwide = {2020: 646_822, 2021: 1_956_519, 2022: 2_766_582, 2023: 3_201_144,
                  2024: 2_901_142, 2025: 691_906}
    for fy, value in nationwide.items():
        assert engine.query("nationwide_encounters", f"FY{fy}").value == value, fy
    usbp = {2019: 851_508, 2020: 400_651, 2021: 1_659_206, 2022: 2_206_436,
            2023: 2_045_838, 2024: 1_530_523}
    for fy, value in usbp.items():
        assert engine.query("usbp_swb_encounters", f"FY{fy}").value == value, fy
    jan = engine.query("swb_encounters", "2024-01", by=["component"])
    assert {r["component"]: r["value"] for r in jan.rows} == {"USBP": 124_215, "OFO": 51_980}


def test_parts_sum_to_totals(engine: Engine) -> None:
    for fy in range(2020, 2026):
        total = engine.query("nationwide_encounters", f"FY{fy}")
        regions = engine.query("nationwide_encounters", f"FY{fy}", by=["region"])
        assert sum(r["value"] for r in regions.rows) == total.value
        swb = engine.query("swb_encounters", f"FY{fy}")
        assert next(r["value"] for r in regions.rows
                    if r["region"] == "Southwest Land Border") == swb.value
    for fy in range(2020, 2025):  # sectors (AOR file) to the border total
        sectors = engine.query("usbp_swb_encounters", f"FY{fy}", by=["sector"])
        assert len(sectors.rows) == 9
        assert sectors.value == engine.query("usbp_swb_encounters", f"FY{fy}").value
        components = engine.query("swb_encounters", f"FY{fy}", by=["component"])
        assert components.value == engine.query("swb_encounters", f"FY{fy}").value


def test_as_of_returns_what_each_vintage_said(engine: Engine) -> None:
    # October 2023 (Southwest) was revised in later releases.
    said = {dt.date(2023, 11, 30): 240_988, dt.date(2023, 12, 31): 240_986, None: 240_927}
    for as_of, value in said.items():
        result = engine.query("swb_encounters", "2023-10", as_of=as_of)
        assert result.value == value, as_of
    before = engine.query("swb_encounters", "FY2024", as_of=dt.date(2024, 1, 1))
    assert not before.complete and before.missing[0] == "2023-12"
    with pytest.raises(Exception, match="as of 2022-01-01"):
        engine.query("swb_encounters", "FY2023", as_of=dt.date(2022, 1, 1))


def test_uac_label_is_one_population_across_vintages(engine: Engine) -> None:
    old = engine.query("swb_encounters", "FY2022", where={"demographic": ["UAC"]},
                       source="cbp_swb_encounters", as_of=dt.date(2023, 1, 1))
    new = engine.query("swb_encounters", "FY2022", where={"demographic": ["UAC"]},
                       source="cbp_swb_encounters")
    assert old.value == new.value > 100_000
