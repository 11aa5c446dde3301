"""IOM's compilation of CBP's Southwest Land Border files (iom_gdidata_irreg_usa): it
reproduces the official files it was built from, extends swb_encounters back to October
2017, and gives ISO-3 nationality — answering only where no official release does."""

from __future__ import annotations

from pathlib import Path

import pytest
from corridor_helpers import assert_rejected, release, replace_first, truncate

from borderstats.nationality import to_iso
from borderstats.query import Engine

FOLDER = "cbp_swb_encounters"
FILE = "iom_gdidata_irreg_usa.csv"


def _sum(engine: Engine, file_name: str, group: str, where: str = "") -> dict:
    rid = release(engine, file_name)["release_id"]
    rows = engine.store.con.execute(
        f"SELECT {group}, sum(value) FROM observations WHERE release_id = ? {where} "
        f"GROUP BY ALL", [rid]).fetchall()
    return {tuple(r[:-1]) if len(r) > 2 else r[0]: r[-1] for r in rows}


def test_fiscal_years_equal_cbps_own_files(engine: Engine) -> None:
    iom = _sum(engine, FILE, "fiscal_year")
    official = _sum(engine, "sbo-encounters-fy19-fy22.csv", "fiscal_year")
    assert {fy: iom[fy] for fy in official} == official  # FY2019–FY2022, exactly
    assert iom[2018] == 521_090
    # FY2018 Border Patrol: IOM equals the Border Patrol's FY2000–FY2020 monthly PDF.
    usbp = engine.query("usbp_swb_encounters", "FY2018")
    assert usbp.value == 396_579 and {p.source for p in usbp.provenance} == {"usbp_historical"}
    assert _sum(engine, FILE, "fiscal_year", "AND component = 'USBP'")[2018] == 396_579


def test_agrees_with_the_aug_2025_release_within_10(engine: Engine) -> None:
    period = "2024-10..2025-05"
    iom = sum(v for m, v in _sum(engine, FILE, "month").items()
              if "2024-10-01" <= m.isoformat() <= "2025-05-01")
    official = engine.query("swb_encounters", period, source="cbp_swb_encounters")
    assert official.provenance[0].file_name == "sbo-encounters-fy22-fy25-aug.csv"
    assert (iom, official.value) == (405_203, 405_193)
    monthly = {m.isoformat()[:7]: v for m, v in _sum(engine, FILE, "month").items()}
    aug = engine.query("swb_encounters", period, by=["month"], source="cbp_swb_encounters")
    diffs = {r["month"]: monthly[r["month"]] - r["value"] for r in aug.rows}
    assert diffs == {"2024-10": 1, "2024-11": 1, "2024-12": -1, "2025-01": 1, "2025-02": -4,
                     "2025-03": 5, "2025-04": 6, "2025-05": 1}


def test_cells_equal_the_aor_compilation_fy2020_fy2024(engine: Engine) -> None:
    keys = "month, component, sector, demographic, authority, encounter_type"
    iom = _sum(engine, FILE, keys, "AND fiscal_year BETWEEN 2020 AND 2024")
    aor = _sum(engine, "tidytuesday_2024-11-26_cbp_resp.csv", keys,
               "AND region = 'Southwest Land Border'")
    assert len(iom) > 3_000 and iom == aor
    # Nationality: the same counts, ISO-3 here and CBP's names there.
    iom_nat = _sum(engine, FILE, "fiscal_year, citizenship", "AND fiscal_year >= 2020")
    state = _sum(engine, "nationwide-encounters-fy22-fy25-state.csv",
                 "fiscal_year, citizenship", "AND region = 'Southwest Land Border'")
    for (fy, name), value in state.items():
        if fy in (2023, 2024):
            assert iom_nat[(fy, to_iso(name))] == value, (fy, name)


def test_compilation_answers_only_where_no_official_release_does(engine: Engine) -> None:
    fy18 = engine.query("swb_encounters", "FY2018")
    assert fy18.value == 521_090 and fy18.complete
    assert {(p.table, p.compiler.split(" ")[0]) for p in fy18.provenance} == {
        ("swb_iom_monthly", "IOM")}
    fy23 = engine.query("swb_encounters", "FY2023", by=["citizenship"])
    assert "swb_iom_monthly" not in {p.table for p in fy23.provenance}
    # Before October 2019 it has no nationality: FY2018 cannot be cut by citizenship.
    assert engine.query("swb_encounters", "FY2018..FY2019", by=["citizenship"]).missing[0] \
        == "2017-10"
    # Sector names follow the nationwide files: 'Tucson', 'San Diego Field Office'.
    sectors = {r["sector"] for r in engine.query("swb_encounters", "2025-03",
                                                  by=["sector"]).rows}
    assert {"Tucson", "Rio Grande Valley", "San Diego Field Office"} <= sectors


def test_nationality_is_iso3_and_blank_is_null(engine: Engine) -> None:
    codes = set(_sum(engine, FILE, "citizenship"))
    assert None in codes and "OTHER" in codes and "VEN" in codes
    assert all(c is None or c == "OTHER" or len(c) == 3 for c in codes)
    assert _sum(engine, FILE, "citizenship", "AND month < '2019-10-01'") == {
        None: 521_090 + 977_509}


BAD = {
    "unknown nationality": (FILE, replace_first(",GTM,", ",GUA,"),
                            ["field 'nat'", "'GUA'", "unknown nationality"]),
    "fiscal-year month does not match": (FILE, replace_first("2017-10-01,2018-10-01",
                                                             "2017-10-01,2017-10-01"),
                                         ["field 't_fy'"]),
    "area before October 2019": (FILE, replace_first(",U.S. Border Patrol,,",
                                                     ",U.S. Border Patrol,Yuma Sector,"),
                                 ["field 'area'", "blank before October 2019"]),
    "unknown area": (FILE, replace_first("Yuma Sector", "Yuma Station"),
                     ["field 'area'", "'Yuma Station'"]),
    "renamed column": (FILE, replace_first(",demog,", ",demographic,"),
                       ["missing column", "field 'demog'"]),
    "non-numeric count": (FILE, replace_first(",Single Adults,,17497", ",Single Adults,,many"),
                          ["field 'n'", "'many'"]),
    "truncated": (FILE, truncate, ["truncated"]),
}


@pytest.mark.parametrize("case", BAD)
def test_bad_input_is_an_error_naming_file_and_value(raw_dir: Path, tmp_path: Path,
                                                     case: str) -> None:
    name, damage, fragments = BAD[case]
    assert_rejected(raw_dir / FOLDER / name, tmp_path, damage, fragments)
