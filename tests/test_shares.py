"""Shares, sorting and top-N in breakdowns: percent of the total and of the parent, the
largest categories with the rest as "all others", on the bundled snapshot's figures."""

from __future__ import annotations

import pytest

import borderstats
from borderstats.errors import QueryError
from borderstats.query import shape_rows


def test_top_five_nationalities_of_2024_with_shares() -> None:
    result = borderstats.query("swb_encounters", "2024", by="citizenship", top=5, share=True)
    assert result.value == 1_646_230  # the total is unchanged by the cut
    named = [(r["citizenship"], r["value"], r["share"]) for r in result.rows[:5]]
    assert named[:2] == [("MEX", 549_681, 33.39), ("VEN", 179_900, 10.93)]
    assert [c for c, _, _ in named] == ["MEX", "VEN", "GTM", "CUB", "HND"]
    others = result.rows[5]
    assert others["citizenship"] == "all others" and len(result.rows) == 6
    assert others["value"] == 1_646_230 - sum(v for _, v, _ in named)
    # The files' catch-all OTHER is no nationality: it is inside "all others".
    assert "and Other" in others["citizenship_name"]
    assert sum(r["share"] for r in result.rows) == pytest.approx(100, abs=0.05)
    frame = result.to_pandas()
    assert list(frame.columns[:6]) == ["measure", "period", "citizenship", "citizenship_name",
                                       "value", "share"]


def test_share_of_the_parent_and_sorting_by_name() -> None:
    result = borderstats.query("swb_encounters", "FY2023..FY2024",
                               by=["fiscal_year", "component"], share=True, sort="name")
    rows = [(r["fiscal_year"], r["component"], r["value"], r["share_of_parent"])
            for r in result.rows]
    assert rows == [("FY2023", "OFO", 429_831, 17.36), ("FY2023", "USBP", 2_045_838, 82.64),
                    ("FY2024", "OFO", 604_482, 28.31), ("FY2024", "USBP", 1_530_523, 71.69)]
    assert result.rows[1]["share"] == round(100 * 2_045_838 / 4_610_674, 2)
    ascending = borderstats.query("swb_encounters", "FY2023", by="component", sort="value")
    assert [r["component"] for r in ascending.rows] == ["OFO", "USBP"]


def test_top_n_within_each_parent_and_bad_options() -> None:
    rows = [{"year": "2023", "c": "A", "value": 5}, {"year": "2023", "c": "B", "value": 3},
            {"year": "2023", "c": "OTHER", "value": 9}, {"year": "2024", "c": "B", "value": 1},
            {"year": "2024", "c": "A", "value": 2}]
    shaped = shape_rows(rows, ["year", "c"], top=1, share=True)
    assert [(r["year"], r["c"], r["value"], r["share_of_parent"]) for r in shaped] == [
        ("2023", "A", 5, 29.41), ("2023", "all others", 12, 70.59),
        ("2024", "A", 2, 66.67), ("2024", "all others", 1, 33.33)]
    with pytest.raises(QueryError, match="--sort 'size'"):
        shape_rows(rows, ["year", "c"], sort="size")
    with pytest.raises(QueryError, match="--top 0"):
        shape_rows(rows, ["year", "c"], top=0)
    with pytest.raises(QueryError, match="add a --by"):
        borderstats.query("swb_encounters", "FY2023", share=True)


def test_the_command_line_shows_shares_and_all_others(tmp_path) -> None:
    import re
    import subprocess
    import sys

    text = subprocess.run(
        [sys.executable, "-m", "borderstats", "query", "swb_encounters", "--period", "2024",
         "--by", "citizenship", "--top", "5", "--share", "--db", str(tmp_path / "s.duckdb")],
        capture_output=True, text=True, timeout=120, check=True).stdout
    assert "% of total" in text
    assert re.search(r"MEX\s+Mexico\s+549,681\s+33\.4%", text)
    assert re.search(r"all others\s+All others \(\d+ named and Other\)\s+[\d,]+\s+\d", text)
    assert "Total: 1,646,230 encounters" in text
