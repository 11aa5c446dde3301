"""Guatemala IGM returns of Guatemalans (IOM compilation): check figures, the blank
returning country kept explicit, and damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest
from corridor_helpers import assert_rejected, replace_first, truncate

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
    usa = engine.query("gt_returns", "2024", where={"returned_from": ["USA"]})
    assert usa.value == 0  # the file does not say USA for 2024; nothing is guessed


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
