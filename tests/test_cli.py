"""The command line as a user runs it: a real process, the bundled snapshot, JSON out."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path


def cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "borderstats", *args, "--db", str(db)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result


def test_first_questions_offline_from_the_snapshot(tmp_path: Path) -> None:
    db = tmp_path / "fresh.duckdb"  # empty: the snapshot answers
    totals = json.loads(cli("query", "swb_encounters", "--period", "FY2019..FY2024", "--by",
                            "fiscal_year", "--json", db=db).stdout)
    assert [r["value"] for r in totals["rows"]] == [
        977_509, 458_088, 1_734_686, 2_378_944, 2_475_669, 2_135_005]
    assert totals["value"] == sum(r["value"] for r in totals["rows"])
    assert totals["measure"] == "swb_encounters" and totals["period"] == "FY2019..FY2024"
    for piece in totals["provenance"]:
        assert piece["source"].startswith("cbp_") and piece["release_id"] and piece["table"]
        assert piece["rounding"] == 1

    rank = json.loads(cli("rank", "usbp_swb_encounters", "--period", "2024-01", "--json",
                          db=db).stdout)
    assert rank["value"] == 124_215 and rank["of"] >= 26 and 1 <= rank["rank"] <= rank["of"]

    change = json.loads(cli("change", "swb_encounters", "--from", "2023-12", "--to", "2024-01",
                            "--json", db=db).stdout)
    assert change["difference"] == -125_786
    assert change["before"]["provenance"] and change["after"]["provenance"]


def test_a_filtered_rank_says_its_filter(tmp_path: Path) -> None:
    # A Tucson rank is no rank of the whole border: the heading names the sector.
    text = cli("rank", "usbp_swb_encounters", "--period", "FY2024", "--where", "sector=Tucson",
               db=tmp_path / "s.duckdb").stdout
    assert text.splitlines()[0].startswith(
        "Border Patrol encounters at the Southwest border (sector Tucson), FY2024: 463,567")


def test_the_other_region_is_explained(tmp_path: Path) -> None:
    # "Other" in CBP's nationwide table is read as people who got in: say what it is.
    text = cli("query", "nationwide_encounters", "--period", "FY2024", "--by", "region",
               db=tmp_path / "s.duckdb").stdout
    words = " ".join(text.split())  # (however the terminal wraps the note)
    assert "Other" in words and "airports, seaports and Border Patrol's coastal sectors" in words


def test_human_output_shows_table_total_and_source(tmp_path: Path) -> None:
    text = cli("query", "swb_encounters", "--period", "2024-01", "--by", "component",
               db=tmp_path / "s.duckdb").stdout
    assert "USBP" in text and "124,215" in text and "Total: 176,195" in text
    assert "Source" in text and "Caveats" in text
    rounded = cli("query", "usbp_swb_encounters", "--period", "FY2010", "--by", "citizenship",
                  db=tmp_path / "s.duckdb").stdout
    assert "rounded to the nearest 10" in rounded


def test_sources_and_measures_list(tmp_path: Path) -> None:
    sources = json.loads(cli("sources", "--json", db=tmp_path / "s.duckdb").stdout)
    ids = {s["id"] for s in sources["sources"]}
    assert {"cbp_swb_encounters", "cbp_nationwide_encounters", "ohss_khsm_usbp",
            "usbp_historical"} <= ids
    for source in sources["sources"]:
        for release in source["releases"]:
            assert len(release["sha256"]) == 64 and release["official_url"].startswith("http")
    measures = json.loads(subprocess.run(
        [sys.executable, "-m", "borderstats", "measures", "--json"], capture_output=True,
        text=True, check=True).stdout)["measures"]
    assert {m["id"] for m in measures} >= {"swb_encounters", "usbp_swb_encounters"}
    assert all(m["definition"] and m["caveats"] and m["spans"] for m in measures)


def test_ingest_reports_and_is_idempotent(raw_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    first = json.loads(cli("ingest", str(raw_dir / "cbp_swb_encounters"), "--json",
                           db=db).stdout)
    statuses = {Path(o["file"]).name: o["status"] for o in first["outcomes"]}
    # The snapshot already holds these releases, so nothing is added.
    assert statuses["sbo-encounters-fy19-fy22.csv"] == "unchanged"
    assert statuses["PROVENANCE.md"] == "skipped"
    again = json.loads(cli("ingest", str(raw_dir / "cbp_swb_encounters"), "--json",
                           db=db).stdout)
    assert again["store"] == first["store"]


def test_corridor_command(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    data = json.loads(cli("corridor", "--period", "2023-12", "--by", "nationality", "--json",
                          db=db).stdout)
    stages = {s["key"]: s for s in data["stages"]}
    assert stages["us_swb"]["value"] == 301_981 and stages["us_swb_usbp"]["value"] == 249_740
    assert stages["darien"]["value"] > 0 and stages["mexico"]["value"] > 0
    assert data["nationalities"][0]["citizenship"] == "VEN"
    assert all(s["provenance"] for s in data["stages"])
    text = cli("corridor", "--period", "2023-12", "--by", "nationality", db=db).stdout
    assert "Venezuela (VEN)" in text and "Caveats" in text and "US/Mexico" in text


def test_svg_charts(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    db = tmp_path / "s.duckdb"
    cli("rank", "usbp_swb_encounters", "--period", "2024-01", "--svg", str(tmp_path / "r.svg"),
        db=db)
    root = ET.parse(tmp_path / "r.svg").getroot()
    assert root.tag.endswith("svg") and "January 2024" in (tmp_path / "r.svg").read_text()
    cli("query", "swb_encounters", "--period", "FY2019..FY2024", "--by", "fiscal_year",
        "--svg", str(tmp_path / "q.svg"), db=db)
    text = (tmp_path / "q.svg").read_text()
    # Every bar's value is written on it, in plain words, with its source credit.
    for value in ("977,509", "458,088", "1,734,686", "2,378,944", "2,475,669", "2,135,005"):
        assert f">{value}</text>" in text, value
    assert "by fiscal year" in text and "swb_encounters" not in text
    assert "Source: U.S. Customs and Border Protection" in text


def test_an_incomplete_total_is_marked_and_a_sector_is_explained(tmp_path: Path) -> None:
    text = cli("query", "swb_encounters", "--period", "FY2019..FY2021", "--where",
               "sector=Tucson", "--by", "fiscal_year", db=tmp_path / "s.duckdb").stdout
    assert "(CBP, Border Patrol only) (sector Tucson), FY2019..FY2021" in text
    assert re.search(r"FY2019\s+no data", text)
    assert "Total of the months with data: 257,308 encounters (incomplete: no data for " \
           "2018-10..2019-09)" in text
    assert "Total: " not in text and "field office" in text


def test_an_empty_filter_is_a_one_line_error(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "borderstats", "query", "swb_encounters",
                             "--period", "FY2023", "--where", "citizenship=,", "--db",
                             str(tmp_path / "s.duckdb")], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == ("error: filter 'citizenship=,': an empty value for "
                                     "citizenship (give DIM=VALUE[,VALUE])")


def test_sort_takes_a_signed_value_as_written() -> None:
    # "--sort -value" would be read by argparse as an option of its own.
    from borderstats.cli import _attach_signed_values
    assert _attach_signed_values(["query", "m", "--sort", "-value", "--top", "3"]) == [
        "query", "m", "--sort=-value", "--top", "3"]
    assert _attach_signed_values(["scenario", "--change", "-30%"]) == [
        "scenario", "--change=-30%"]


def test_other_official_figures_are_named_where_they_differ(tmp_path: Path) -> None:
    # OHSS counts 12,930 family-unit members for FY2013, CBP's own table 14,855: the
    # reader of either should know of the other.
    db = tmp_path / "s.duckdb"
    text = cli("query", "usbp_swb_encounters", "--period", "FY2013", "--where",
               "demographic=FMUA", db=db).stdout
    assert "Total: 12,930" in text and "Other official figures" in text
    assert "usbp_historical: 14,855 (+14.9%)" in text
    # Sources that agree within rounding say nothing more; nor does an answer from one
    # source asked for.
    assert "Other official figures" not in cli("query", "swb_encounters", "--period",
                                               "FY2023", db=db).stdout
    assert "Other official figures" not in cli(
        "query", "usbp_swb_encounters", "--period", "FY2013", "--where", "demographic=FMUA",
        "--source", "ohss_khsm_usbp", db=db).stdout
