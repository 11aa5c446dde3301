"""OHSS IELP monthly tables (AFP flattening): check figures, fiscal-year rows checked
against their months, 'X' cells, and damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest
from corridor_helpers import assert_rejected, release, replace_first, table_total, truncate

from borderstats.query import Engine

FOLDER = "ohss_ielp_monthly"
FILE = "ielp-table-202408_flattened.csv"


def test_fiscal_years_answer_the_published_totals(engine: Engine) -> None:
    for fy, expected in (("FY2022", 1_468_030), ("FY2023", 1_200_140)):
        result = engine.query("dhs_repatriations", fy)
        assert result.value == expected and result.rounded
        assert result.provenance[0].table == "repatriations_total_fy"
        assert result.provenance[0].compiler.startswith("AFP data desk")
    book_outs = engine.query("swb_book_outs", "FY2023")
    assert book_outs.value == 2_475_670  # INDEX.md; the SW encounter total, rounded


def test_sums_of_rounded_cells_differ_from_totals_by_tens(engine: Engine) -> None:
    # Months × types, each rounded to 10: the sums miss the published totals by tens.
    by_type = {fy: engine.query("dhs_repatriations", fy, by=["outcome"]).value
               for fy in ("FY2022", "FY2023")}
    assert by_type == {"FY2022": 1_468_020, "FY2023": 1_200_170}
    outcomes = engine.query("swb_book_outs", "FY2023", by=["outcome"])
    assert outcomes.value == 2_475_710
    assert outcomes.provenance[0].table == "sw_book_outs_cbp_monthly"
    by_component = engine.query("swb_book_outs", "FY2023", by=["component"])
    assert {r["component"]: r["value"] for r in by_component.rows} == {
        "USBP": 2_045_850, "OFO": 429_900}


def test_published_totals_against_sums_and_encounters(engine: Engine) -> None:
    """The differences docs/sources.md reports."""
    years = [f"FY{fy}" for fy in range(2014, 2024)]
    repat = {fy: engine.query("dhs_repatriations", fy, by=["outcome"]).value
             - engine.query("dhs_repatriations", fy).value for fy in years}
    assert repat == dict(zip(years, [20, 20, 0, 20, 50, 0, 0, 20, -10, 30], strict=True))
    book = {fy: engine.query("swb_book_outs", fy, by=["outcome"]).value
            - engine.query("swb_book_outs", fy).value for fy in years}
    assert book == dict(zip(years, [60, 0, 60, 60, 100, -120, 60, 70, 80, 40], strict=True))
    # Book-outs (published CBP totals) against CBP's Southwest encounters.
    vs_encounters = {fy: engine.query("swb_book_outs", fy).value
                     - engine.query("swb_encounters", fy).value for fy in years[4:]}
    assert vs_encounters == {"FY2018": -1_150, "FY2019": -279, "FY2020": -8, "FY2021": -6,
                             "FY2022": -4, "FY2023": 1}
    usbp = {fy: engine.query("swb_book_outs", fy, where={"component": ["USBP"]}).value
            - engine.query("usbp_swb_encounters", fy).value for fy in years}
    assert min(usbp.values()) == -8 and max(usbp.values()) == 84


def test_not_applicable_cells_are_not_stored(engine: Engine) -> None:
    t42 = engine.query("dhs_repatriations", "FY2019", by=["outcome"])
    assert "Title 42 expulsions" not in {r["outcome"] for r in t42.rows}
    assert engine.query("dhs_repatriations", "FY2021", where={
        "outcome": ["Title 42 expulsions"]}).value == 1_071_080  # months; FY row 1,071,070
    # The partial FY2024 total row is checked but not stored: FY2024 is answered by months.
    fy24 = engine.query("dhs_repatriations", "FY2024")
    assert not fy24.complete and fy24.missing == ["2024-09"]
    assert table_total(engine, FILE, "repatriations_total_fy", "AND fiscal_year = 2024") == 0
    assert release(engine, FILE)["rounding"] == 10


BAD = {
    "non-numeric count": (FILE, replace_first(",45670,", ",4567o,"),
                          ["Repatriations:Administrative Returns", "'4567o'"]),
    "renamed column": (FILE, replace_first("Repatriations:Removals", "Repatriations:Deported"),
                       ["missing column", "'Repatriations:Removals'"]),
    "total does not add up": (FILE, replace_first("3510,9890,37370,50770",
                                                  "3510,9890,37370,58770"),
                              ["Repatriations:Total", "more than rounding"]),
    "fiscal-year row does not match its months": (
        FILE, replace_first("3510,9890,37370,50770", "3510,9890,47370,60770"),
        ["FY2014", "not the sum of its 12 months"]),
    "empty cell": (FILE, replace_first(",45670,", ",,"), ["empty cell"]),
    "truncated": (FILE, truncate, ["truncated"]),
    "fiscal-year total row's parts": (FILE, replace_first("45670,117890,404700,568250",
                                                         "45670,117890,404700,598250"),
                                      ["Repatriations:Total", "FY2014"]),
}


@pytest.mark.parametrize("case", BAD)
def test_bad_input_is_an_error_naming_file_and_value(raw_dir: Path, tmp_path: Path,
                                                     case: str) -> None:
    name, damage, fragments = BAD[case]
    assert_rejected(raw_dir / FOLDER / name, tmp_path, damage, fragments)
