"""Guatemala IGM returns of Guatemalans (IOM compilation): check figures, the blank
returning country kept explicit, and damaged files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from corridor_helpers import assert_rejected, replace_first, truncate

from borderstats.errors import QueryError
from borderstats.query import Engine

FOLDER = "guatemala_igm_returns"
FILE = "iom_gdidata_irreg_guatemala.csv"


def test_returns_from_mexico_match_index(engine: Engine) -> None:
    for year, expected in ((2022, 53_503), (2023, 24_395)):
        result = engine.query("gt_returns", str(year), where={"returned_from": ["MEX"]})
        assert result.value == expected and result.complete
    by = engine.query("gt_returns", "2022", by=["returned_from"])
    assert {r["returned_from"]: r["value"] for r in by.rows} == {"MEX": 53_503,
                                                                "USA": 40_713}


def test_blank_origin_is_unknown_not_guessed(engine: Engine) -> None:
    by = engine.query("gt_returns", "2024", by=["returned_from"])
    assert {r["returned_from"]: r["value"] for r in by.rows} == {"UNKNOWN": 61_680,
                                                                "MEX": 15_088}
    assert any("UNKNOWN" in c and "presumably the United States" in c for c in by.caveats)
    # The file does not say USA from 2024: those months are missing, not zero, and the
    # answer says where the returns are.
    with pytest.raises(QueryError, match="under returned_from = UNKNOWN"):
        engine.query("gt_returns", "2024", where={"returned_from": ["USA"]})
    # 2023 alone is complete; with 2024 the USA total is 2023's (55,302 summed from the
    # file's USA rows) and names the twelve months of 2024 as missing.
    assert engine.query("gt_returns", "2023", where={"returned_from": ["USA"]}).complete
    both = engine.query("gt_returns", "2023..2024", where={"returned_from": ["usa"]},
                        by=["year"])
    assert both.value == 55_302 and not both.complete
    assert both.missing == [f"2024-{m:02d}" for m in range(1, 13)]
    assert [(r["year"], r["value"]) for r in both.rows] == [("2023", 55_302)]
    assert "returned_from = UNKNOWN" in both.caveats[0]
    # Asking for the rows without a country too is asking for what is there.
    both = engine.query("gt_returns", "2024", where={"returned_from": ["USA", "UNKNOWN"]})
    assert both.complete and both.value == 61_680
    # Mexico keeps its code: no note, complete.
    mex = engine.query("gt_returns", "2024", where={"returned_from": ["MEX"]})
    assert mex.complete and mex.value == 15_088
    assert not any("no returning country" in c for c in mex.caveats)


def test_query_cli_says_why_us_returns_from_2024_are_not_there(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "borderstats", "query", "gt_returns", "--period", "2024",
         "--where", "returned_from=USA", "--db", str(tmp_path / "s.duckdb")],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "returned_from = UNKNOWN" in result.stderr and "Traceback" not in result.stderr


def test_sex_and_age_cover_every_return(engine: Engine) -> None:
    total = engine.query("gt_returns", "2020..2024").value
    for dim in ("sex", "age_group"):
        rows = engine.query("gt_returns", "2020..2024", by=[dim]).rows
        assert sum(r["value"] for r in rows) == total
    ages = {r["age_group"] for r in engine.query("gt_returns", "2023", by=["age_group"]).rows}
    assert ages == {"Adults", "Accompanied minors", "Unaccompanied minors"}


BAD = {
    "unknown returning country": (FILE, replace_first(",adult,MEX,", ",adult,XYZ,"),
                                  ["field 'origin'", "'XYZ'", "unknown nationality"]),
    "unexpected returning country": (FILE, replace_first(",adult,MEX,", ",adult,CAN,"),
                                     ["field 'origin'", "'CAN'"]),
    "unknown age": (FILE, replace_first(",adult,", ",elderly,"), ["field 'age'", "'elderly'"]),
    "renamed column": (FILE, replace_first("t,sex,age,origin,n", "t,sex,age,country,n"),
                       ["missing column", "field 'origin'"]),
    "non-numeric count": (FILE, replace_first(",MEX,2243", ",MEX,2.243,5"), ["line 2"]),
    "truncated": (FILE, truncate, ["truncated"]),
}


@pytest.mark.parametrize("case", BAD)
def test_bad_input_is_an_error_naming_file_and_value(raw_dir: Path, tmp_path: Path,
                                                     case: str) -> None:
    name, damage, fragments = BAD[case]
    assert_rejected(raw_dir / FOLDER / name, tmp_path, damage, fragments)
