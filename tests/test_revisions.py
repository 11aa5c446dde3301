"""Every vintage of a figure: October 2023's Southwest Land Border encounters as CBP's
nationwide files published it (sums of the Southwest rows for FY2024 October, by hand:
the October file 240,988; the November file 240,986; the fiscal-year-end file 240,927)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

import borderstats
from borderstats.errors import QueryError


def test_how_october_2023_was_revised() -> None:
    result = borderstats.revisions("swb_encounters", "2023-10")
    first, second, third = result.vintages[:3]
    assert (first["published"], first["value"], first["difference"]) == (
        "2023-11-15", 240_988, None)
    assert (second["published"], second["value"], second["difference"]) == (
        "2023-12-15", 240_986, -2)
    assert (third["published"], third["value"], third["difference"]) == (
        "2024-10-15", 240_927, -59)
    assert third["percent_change"] == pytest.approx(-59 / 240_986 * 100, abs=0.001)
    assert "nationwide-encounters-fy21-fy24-oct-state.csv" in first["source"]
    assert result.vintages[-1]["value"] == borderstats.query("swb_encounters", "2023-10").value
    # Each date is one that --as-of answers with that vintage's figure.
    for vintage in result.vintages:
        assert borderstats.query("swb_encounters", "2023-10",
                                 as_of=vintage["published"]).value == vintage["value"]
    frame = result.to_pandas()
    assert list(frame["value"][:3]) == [240_988, 240_986, 240_927]
    with pytest.raises(QueryError, match="no release"):
        borderstats.revisions("swb_encounters", "1950-01")


def test_revisions_command(tmp_path: Path) -> None:
    def run(*args: str) -> str:
        return subprocess.run([sys.executable, "-m", "borderstats", "revisions",
                               "swb_encounters", "--period", "2023-10", *args, "--db",
                               str(tmp_path / "s.duckdb")], capture_output=True, text=True,
                              timeout=120, check=True).stdout

    text = run()
    assert "2023-12-15" in text and "-2 (-0.00%)" in text and "-59 (-0.02%)" in text
    assert "First published 2023-11-15: 240,988; now 240,927 (-61 in all)." in text
    rows = list(csv.DictReader(io.StringIO(run("--csv", "-"))))
    assert [int(r["value"]) for r in rows[:3]] == [240_988, 240_986, 240_927]
