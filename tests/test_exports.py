"""Answers as files and DataFrames: CSV, Excel (with a provenance sheet) and Parquet from
the command line, ``to_pandas()`` and ``borderstats.series`` from Python — figures checked
against the published values, provenance carried along."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

import borderstats
from borderstats.errors import BorderstatsError
from borderstats.frames import parquet_provenance

# CBP's Southwest Land Border encounters by fiscal year (the published yearly totals).
FY_TOTALS = {"FY2019": 977_509, "FY2020": 458_088, "FY2021": 1_734_686,
             "FY2022": 2_378_944, "FY2023": 2_475_669, "FY2024": 2_135_005}


def run(*args: str, db: Path, ok: bool = True) -> subprocess.CompletedProcess[bytes]:
    result = subprocess.run([sys.executable, "-m", "borderstats", *args, "--db", str(db)],
                            capture_output=True, timeout=120)
    if ok:
        assert result.returncode == 0, result.stderr.decode()
    return result


def test_monthly_southwest_encounters_to_excel_with_provenance(tmp_path: Path) -> None:
    target = tmp_path / "swb.xlsx"
    run("query", "swb_encounters", "--period", "FY2019..FY2024", "--by", "month",
        "--xlsx", str(target), db=tmp_path / "s.duckdb")
    book = load_workbook(target)
    assert book.sheetnames == ["figures", "provenance"]
    rows = list(book["figures"].iter_rows(values_only=True))
    header, data = rows[0], rows[1:]
    assert header == ("measure", "month", "value", "unit", "complete", "source")
    assert len(data) == 72 and data[0][1] == "2018-10" and data[-1][1] == "2024-09"
    by_month = {r[1]: r[2] for r in data}
    assert by_month["2024-01"] == 176_195
    for fy, total in FY_TOTALS.items():
        year = int(fy[2:])
        months = [f"{year - 1}-{m:02d}" for m in (10, 11, 12)] + [
            f"{year}-{m:02d}" for m in range(1, 10)]
        assert sum(by_month[m] for m in months) == total, fy
    # Each month names the release and table it came from.
    assert "sbo-encounters-fy19-fy22.csv" in data[0][5] and "swb_monthly" in data[0][5]
    about = {r[0]: r[1] for r in book["provenance"].iter_rows(values_only=True) if r and r[0]}
    assert about["measure"] == "swb_encounters" and about["total"] == sum(FY_TOTALS.values())
    assert about["query"] == ("borderstats query swb_encounters --period FY2019..FY2024 "
                              "--by month")
    sheet = list(book["provenance"].iter_rows(values_only=True))
    sources = sheet[[r[0] for r in sheet].index("Sources") + 2:]
    files = {r[4] for r in sources if r and r[0] and r[0].startswith("cbp_")}
    assert "sbo-encounters-fy19-fy22.csv" in files
    assert any(r and r[0] and r[0].startswith("Encounters count events") for r in sheet)


def test_csv_to_standard_output_and_parquet_with_its_provenance(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    text = run("query", "swb_encounters", "--period", "FY2019..FY2024", "--by",
               "fiscal_year", "--csv", "-", db=db).stdout.decode()
    rows = list(csv.DictReader(io.StringIO(text)))  # nothing but the CSV on stdout
    assert {r["fiscal_year"]: int(r["value"]) for r in rows} == FY_TOTALS
    assert all(r["complete"] == "True" and r["source"] for r in rows)

    target = tmp_path / "rank.parquet"
    run("rank", "usbp_swb_encounters", "--period", "2024-01", "--parquet", str(target), db=db)
    frame = pd.read_parquet(target)
    january = frame[frame["ranked_period"]].iloc[0]
    assert (january["period"], january["value"]) == ("2024-01", 124_215)
    assert (frame["period"].str.endswith("-01")).all()
    assert january["rank"] == 1 + (frame["value"] > 124_215).sum()
    meta = parquet_provenance(target)
    assert meta["query"] == "borderstats rank usbp_swb_encounters --period 2024-01"
    assert {p["source"] for p in meta["provenance"]} >= {"cbp_swb_encounters"}


def test_change_and_corridor_exports(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    text = run("change", "swb_encounters", "--from", "2023-12", "--to", "2024-01", "--csv",
               "-", db=db).stdout.decode()
    before, after = csv.DictReader(io.StringIO(text))
    assert (before["period"], int(before["value"])) == ("2023-12", 301_981)
    assert (after["period"], int(after["value"]), int(after["difference"])) == (
        "2024-01", 176_195, -125_786)
    assert float(after["percent_change"]) == pytest.approx(-125_786 / 301_981 * 100)
    corridor = tmp_path / "corridor.csv"
    run("corridor", "--period", "2023-12", "--csv", str(corridor), db=db)
    stages = {r["stage"]: r for r in csv.DictReader(corridor.open())}
    assert set(stages) == {"darien", "mexico", "us_swb", "us_swb_usbp"}
    assert int(stages["us_swb"]["value"]) == 301_981
    # The sum of the Border Patrol rows for December 2023 in sbo-encounters-fy22-fy25-aug.csv.
    assert int(stages["us_swb_usbp"]["value"]) == 249_740
    assert stages["darien"]["source"].startswith("panama_darien")


def test_export_errors_are_one_line(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    both = run("query", "swb_encounters", "--period", "FY2023", "--csv", "-", "--json", db=db,
               ok=False)
    assert both.returncode == 2 and both.stdout == b""
    assert both.stderr.decode().strip() == (
        "error: only one output can go to standard output ('-'): --csv -, --json")
    missing = run("query", "swb_encounters", "--period", "FY2023", "--xlsx",
                  str(tmp_path / "no" / "x.xlsx"), db=db, ok=False)
    assert missing.returncode == 2
    assert missing.stderr.decode().strip() == (
        f"error: --xlsx {tmp_path / 'no' / 'x.xlsx'}: the folder {tmp_path / 'no'} "
        "does not exist")


def test_to_pandas_carries_figures_and_provenance() -> None:
    result = borderstats.query("swb_encounters", "FY2023", by=["component"])
    frame = result.to_pandas()
    assert dict(zip(frame["component"], frame["value"], strict=True)) == {
        "USBP": 2_045_838, "OFO": 429_831}
    assert frame["value"].sum() == 2_475_669 == frame.attrs["total"]
    assert frame.attrs["measure"] == "swb_encounters" and frame.attrs["period"] == "FY2023"
    assert frame.attrs["provenance"][0]["sha256"] and frame.attrs["caveats"]
    json.dumps(frame.attrs, default=str)  # plain data, fit to save beside the figures


def test_series_loads_border_patrol_monthly_since_fy2000_in_one_call() -> None:
    frame = borderstats.series("usbp_swb_encounters", "FY2000")
    assert frame["month"].iloc[0] == "1999-10"
    assert frame["start"].iloc[0] == pd.Timestamp("1999-10-01")
    assert frame["start"].is_monotonic_increasing and frame["month"].is_unique
    by_month = dict(zip(frame["month"], frame["value"], strict=True))
    assert by_month["2024-01"] == 124_215
    assert frame["complete"].all() and str(frame["value"].dtype) == "Int64"
    last = borderstats.query("usbp_swb_encounters", "FY2000..FY2030").missing
    assert frame["month"].iloc[-1] < last[0]  # runs up to the newest month held
    fiscal = borderstats.series("swb_encounters", "FY2019", "FY2024", grain="fiscal_year")
    assert dict(zip(fiscal["fiscal_year"], fiscal["value"], strict=True)) == FY_TOTALS
    by = borderstats.series("swb_encounters", "2024-01", "2024-02", by="component")
    assert list(by["component"]) == ["USBP", "OFO", "USBP", "OFO"]
    with pytest.raises(BorderstatsError, match="grain"):
        borderstats.series("swb_encounters", "FY2019", grain="week")
