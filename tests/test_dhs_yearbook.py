"""DHS Yearbook 2019 tables 33 and 39 (transcriptions): check figures, how they compare
with the OHSS IELP series, and damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest
from corridor_helpers import assert_rejected, release, replace_first

from borderstats.query import Engine

FOLDER = "dhs_ohss_yearbook"
T33 = "transcription_yearbook2019_table33_aliens_apprehended_fy1925-2019.csv"
T39 = "transcription_yearbook2019_table39_aliens_removed_or_returned_fy1892-2019.csv"


def test_fy2019_matches_index(engine: Engine) -> None:
    assert engine.query("dhs_apprehensions", "FY2019").value == 1_013_539
    assert engine.query("dhs_removals", "FY2019", source="dhs_yearbook").value == 359_885
    returns = engine.query("dhs_repatriations", "FY2019", source="dhs_yearbook",
                           where={"outcome": ["Returns"]})
    assert returns.value == 171_445
    piece = returns.provenance[0]
    assert piece.grain == "fiscal_year" and piece.compiler.startswith("GitHub user ohkaaaaay")
    assert release(engine, T33)["published_estimated"]


def test_full_span_and_early_years(engine: Engine) -> None:
    assert engine.query("dhs_apprehensions", "FY1925").value == 22_199
    removals = engine.query("dhs_removals", "FY1892..FY2013", by=["fiscal_year"])
    assert len(removals.rows) == 122 and removals.complete
    # Returns are recorded from FY1927: earlier years hold removals only.
    early = engine.query("dhs_repatriations", "FY1926", by=["outcome"])
    assert [r["outcome"] for r in early.rows] == ["Removals"]


def test_ielp_answers_from_fy2014_and_differs_from_the_yearbook(engine: Engine) -> None:
    # Documented in docs/sources.md: OHSS's later extraction is lower for removals.
    diffs = {}
    for fy in range(2014, 2020):
        ielp = engine.query("dhs_removals", f"FY{fy}")
        assert {p.source for p in ielp.provenance} == {"ohss_ielp"}
        yearbook = engine.query("dhs_removals", f"FY{fy}", source="dhs_yearbook")
        diffs[fy] = ielp.value - yearbook.value
    assert diffs == {2014: -539, 2015: -2_008, 2016: -697, 2017: -1_423, 2018: -10_017,
                     2019: -12_655}
    assert engine.query("dhs_removals", "FY2013").provenance[0].source == "dhs_yearbook"
    returns = {}
    for fy in range(2014, 2020):
        ielp = engine.query("dhs_repatriations", f"FY{fy}", where={
            "outcome": ["Administrative returns", "Enforcement returns"]}).value
        returns[fy] = ielp - engine.query("dhs_repatriations", f"FY{fy}", source="dhs_yearbook",
                                          where={"outcome": ["Returns"]}).value
    assert returns == {2014: -283, 2015: -66, 2016: -4, 2017: -18, 2018: 159_940 - 109_083,
                       2019: -315}


def test_table_33_adds_ice_arrests_to_the_border_patrol(engine: Engine) -> None:
    for fy, border_patrol in ((2000, 1_676_438), (2019, 859_501)):
        assert engine.query("usbp_nationwide_encounters", f"FY{fy}").value == border_patrol
    assert engine.query("dhs_apprehensions", "FY2000").value == 1_814_729


BAD = {
    "non-numeric count": (T33, replace_first("2019,1013539", "2019,1.013.539"),
                          ["field 'Number'", "'1.013.539'"]),
    "renamed column": (T39, replace_first("Year,Removals,Returns", "Year,Removed,Returns"),
                       ["missing column", "field 'Removals'"]),
    "repeated year": (T33, replace_first("2018,572566", "2019,572566"),
                      ["field 'Year'", "'2019'", "repeated"]),
    "truncated": (T39, lambda t: t[: t.index("\n1950,")] + "\n",
                  ["fiscal year 1892 is missing"]),
    "blank removals": (T39, replace_first("2019,359885,", "2019,,"), ["field 'Removals'"]),
}


@pytest.mark.parametrize("case", BAD)
def test_bad_input_is_an_error_naming_file_and_value(raw_dir: Path, tmp_path: Path,
                                                     case: str) -> None:
    name, damage, fragments = BAD[case]
    assert_rejected(raw_dir / FOLDER / name, tmp_path, damage, fragments)
