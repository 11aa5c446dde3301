"""Where a figure comes from: the official figures equal to a number, searched across every
measure, group and period, each confirmed by the query engine. (By hand, from the files:
CBP's nationwide file, FY2024 Indian nationals 90,415; May 2023 Cubans 9,465; the Southwest
Land Border total for FY2023 2,475,669.)"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import borderstats
from borderstats.errors import BorderstatsError, QueryError
from borderstats.figure_search import find_figure
from borderstats.query import Engine


def test_a_groups_yearly_figure_is_found_with_its_query(engine: Engine) -> None:
    matches = find_figure(engine, 90_415)
    assert [(m.measure, m.where, m.period.label) for m in matches] == [
        ("nationwide_encounters", {"citizenship": ["IND"]}, "FY2024")]
    found = matches[0].to_dict()
    assert found["command"] == ("borderstats query nationwide_encounters --period FY2024 "
                                "--where citizenship=IND")
    assert found["value"] == engine.query("nationwide_encounters", "FY2024",
                                          where={"citizenship": ["IND"]}).value == 90_415
    assert found["provenance"] and "cbp_nationwide_encounters" in found["provenance"][0]


def test_a_whole_series_comes_first_and_once(engine: Engine) -> None:
    # The nation's Southwest region is the Southwest series itself: said once, as the
    # whole series' figure.
    matches = find_figure(engine, 2_475_669)
    assert [(m.measure, m.where, m.period.label) for m in matches] == [
        ("swb_encounters", {}, "FY2023")]


def test_months_and_years_to_date_are_searched(engine: Engine) -> None:
    assert ("nationwide_encounters", {"citizenship": ["CUB"]}, "2023-05") in [
        (m.measure, m.where, m.period.label) for m in find_figure(engine, 9_465)]
    # October 2023 to January 2024 of the Southwest series: a fiscal year to date.
    span = engine.query("swb_encounters", "2023-10..2024-01").value
    assert ("swb_encounters", "2023-10..2024-01") in [
        (m.measure, m.period.label) for m in find_figure(
            engine, span, measures=["swb_encounters"], groups=False)]


def test_a_tolerance_a_window_and_measures_narrow_the_search(engine: Engine) -> None:
    matches = find_figure(engine, 2_100_000, within=0.01, measures=["swb_encounters"],
                          start=dt.date(2022, 1, 1), end=dt.date(2023, 12, 1), groups=False)
    assert matches
    for m in matches:
        assert m.measure == "swb_encounters" and not m.where
        assert abs(m.value - 2_100_000) <= 21_000
        assert dt.date(2022, 1, 1) <= m.period.end <= dt.date(2023, 12, 1)
    assert find_figure(engine, 1_234_567_891) == []


def test_bad_searches_name_what_is_wrong(engine: Engine) -> None:
    with pytest.raises(QueryError, match="positive"):
        find_figure(engine, 0)
    with pytest.raises(QueryError, match="within 2"):
        find_figure(engine, 1000, within=2)
    with pytest.raises(QueryError, match="unknown measure 'crossings'"):
        find_figure(engine, 1000, measures=["crossings"])


def test_the_find_command(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "borderstats", "find", *args, "--db",
                               str(tmp_path / "s.duckdb")], capture_output=True, text=True,
                              timeout=120)

    text = run("90,415").stdout
    assert "1 official figure exactly 90,415" in text
    assert "borderstats query nationwide_encounters --period FY2024 --where citizenship=IND" \
        in text
    # A number as a Spanish text writes it, and JSON out.
    found = json.loads(run("9 mil 465", "--json").stdout)
    assert found["figure"] == 9_465
    assert any(m["measure"] == "nationwide_encounters" and m["period"] == "2023-05" and
               m["where"] == {"citizenship": ["CUB"]} for m in found["matches"])
    bad = run("ninety")
    assert bad.returncode == 2 and "give one positive count" in bad.stderr


def test_the_python_api() -> None:
    matches = borderstats.find_figure(90_415, start="FY2024", end="FY2024")
    assert [m.period.label for m in matches] == ["FY2024"]
    with pytest.raises(BorderstatsError, match="give a number"):
        borderstats.find_figure("90,415")


def test_the_checker_says_where_a_wrong_figure_comes_from(engine: Engine) -> None:
    # 9,465 Cubans "in the same month of fiscal 2023", read as fiscal 2023's (116,498 by
    # Border Patrol): the verdict stands on the words, and the report says the figure is
    # exactly May 2023's nationwide count.
    from borderstats.claims import check

    claim = check("En el mismo mes del ejercicio fiscal 2023, se registraron 9,465 entradas "
                  "ilícitas de cubanos.", date="2024-10-15", engine=engine)["claims"][0]
    assert claim["verdict"] == "inaccurate"
    assert [(m["measure"], m["period"], m["where"]) for m in claim["found_elsewhere"]] == [
        ("nationwide_encounters", "2023-05", {"citizenship": ["CUB"]})]
    assert "coincide exactamente con otra cifra oficial" in claim["explanation"]
    assert "borderstats query nationwide_encounters --period 2023-05 --where " \
        "citizenship=CUB" in claim["explanation"]
    # A round figure, or one many official figures equal, says nothing of where it is from.
    round_one = check("In fiscal 2023, Border Patrol made 2,000,000 arrests of Cubans.",
                      date="2024-10-15", engine=engine)["claims"][0]
    assert "found_elsewhere" not in round_one
