"""Ranks among all months and from the lowest, and "the highest/lowest since": checked
against monthly Border Patrol totals summed by hand from CBP's Southwest files
(sbo-encounters-fy19-fy22.csv, sbo-encounters-fy22-fy25-aug.csv)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import borderstats
from borderstats.errors import QueryError


def test_january_2024_among_januaries_and_since() -> None:
    result = borderstats.rank("usbp_swb_encounters", "2024-01")
    assert (result.value, result.rank, result.compared_with) == (124_215, 5, "Januaries")
    # January 2023 (129,513) was higher; January 2021 (75,316) the last one lower.
    assert result.last_higher == {"period": "2023-01", "value": 129_513}
    assert result.last_lower == {"period": "2021-01", "value": 75_316}
    assert result.since("lowest") == "the lowest since 2021-01 (75,316)"
    assert result.since("highest") == "lower than the one before, 2023-01 (129,513)"
    assert result.to_dict()["lowest_since"] == "the lowest since 2021-01 (75,316)"


def test_among_all_months_highest_and_lowest() -> None:
    december = borderstats.rank("usbp_swb_encounters", "2023-12", among="all")
    assert december.compared_with == "months" and december.rank == 1
    assert december.of == len(december.series) > 300
    assert december.since("highest").startswith("the highest of all months from 1999-10")
    march = borderstats.rank("usbp_swb_encounters", "2025-03", among="all", order="lowest")
    assert march.value == 7_180
    # Lower than every month before it; three later months (2025-06..08) were lower still.
    assert march.last_lower is None and march.rank == 1 + len(march.ahead)
    assert all(e["value"] < 7_180 and e["period"] > "2025-03" for e in march.ahead)
    assert march.since("highest") == "lower than the one before, 2025-02 (8,353)"
    frame = march.to_pandas()
    assert frame.loc[frame["ranked_period"], "rank"].item() == march.rank
    assert frame["rank"].min() == 1 and frame.attrs["rank_1_is"] == "the lowest"


def test_fiscal_years_since_and_bad_options() -> None:
    fy = borderstats.rank("swb_encounters", "FY2024")
    assert fy.last_lower == {"period": "FY2021", "value": 1_734_686}
    with pytest.raises(QueryError, match="--among 'every'"):
        borderstats.rank("swb_encounters", "2024-01", among="every")
    with pytest.raises(QueryError, match="order 'top'"):
        borderstats.rank("swb_encounters", "2024-01", order="top")


def test_rank_command_among_all_months_from_the_lowest(tmp_path: Path) -> None:
    text = subprocess.run(
        [sys.executable, "-m", "borderstats", "rank", "usbp_swb_encounters", "--period",
         "2025-03", "--among", "all", "--lowest", "--db", str(tmp_path / "s.duckdb")],
        capture_output=True, text=True, timeout=120, check=True).stdout
    assert "among months 1999-10–" in text and "(1 = lowest)" in text
    assert "the lowest of all months from 1999-10 to 2025-03" in text
