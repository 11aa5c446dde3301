"""events, forecast and scenario as a user runs them: a real process on the bundled
snapshot, JSON out, charts written as SVG and PNG, bad input as one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "borderstats", *args, "--db", str(db)],
                          capture_output=True, text=True, timeout=300)


def test_events_json_and_charts(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    svg, png = tmp_path / "e.svg", tmp_path / "e.png"
    result = run("events", "mexico_enforcement_dec_2023", "--json", "--svg", str(svg),
                 "--png", str(png), db=db)
    assert result.returncode == 0, result.stderr
    effect = json.loads(result.stdout)["effects"][0]
    # Border Patrol Southwest encounters, January–March 2024: 124,215 + 140,641 + 137,473.
    assert effect["observed"] == [124_215, 140_641, 137_473]
    assert effect["observed_total"] == 402_329
    assert effect["event"]["id"] == "mexico_enforcement_dec_2023"
    assert len(effect["placebos"]) == 12 and effect["sources"]
    assert svg.read_text().startswith("<svg") and png.read_bytes()[:4] == b"\x89PNG"
    listing = run("events", "--list", db=db)
    assert "title42_end" in listing.stdout and "https://" in listing.stdout


def test_events_human_output(tmp_path: Path) -> None:
    result = run("events", "title42_end", "--placebos", "4", db=tmp_path / "s.duckdb")
    assert result.returncode == 0, result.stderr
    for words in ("counterfactual", "Effect", "Naive", "Placebos", "Sources", "Caveats"):
        assert words in result.stdout


def test_forecast_json_has_the_backtest(tmp_path: Path) -> None:
    result = run("forecast", "swb_encounters", "--horizon", "3", "--json",
                 db=tmp_path / "s.duckdb")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["forecast"]) == 3
    assert {s["horizon"] for s in data["backtest"]} == set(range(1, 7))
    assert set(data["models"]) == {"seasonal_naive", "naive", "ets", "arima", "combination"}


def test_scenario_as_the_issue_writes_it(tmp_path: Path) -> None:
    png = tmp_path / "s.png"
    result = run("scenario", "--stage", "mexico", "--change", "-30%", "--months", "6",
                 "--from", "2024-01", "--png", str(png), db=tmp_path / "s.duckdb")
    assert result.returncode == 0, result.stderr
    assert "Fit on history" in result.stdout and "Assumptions" in result.stdout
    assert png.read_bytes()[:4] == b"\x89PNG"
    data = json.loads(run("scenario", "--change", "+20%", "--months", "3", "--from",
                          "2024-01", "--json", db=tmp_path / "s.duckdb").stdout)
    assert data["change"] == pytest.approx(0.2) and data["effect"] < 0


@pytest.mark.parametrize(("args", "message"), [
    (["events", "no_such_event"], "not in the catalog"),
    (["events", "--date", "2024-13"], "--date"),
    (["events", "title42_end", "--months", "0"], "--months 0"),
    (["events", "title42_end", "--measure", "nope"], "nope"),
    (["forecast", "--horizon", "99"], "--horizon 99"),
    (["scenario", "--change", "lots"], "--change 'lots'"),
    (["scenario", "--stage", "darien"], "--stage 'darien'"),
    (["scenario", "--from", "2019-01"], "needs 12 months"),
])
def test_bad_input_is_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    result = run(*args, db=tmp_path / "s.duckdb")
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_bad_events_file_names_file_and_field(tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text('[[event]]\nid = "x"\ncountry = "MEX"\ntitle = "t"\nreference = "r"\n')
    result = run("events", "x", "--events-file", str(mine), db=tmp_path / "s.duckdb")
    assert result.returncode == 2
    assert "mine.toml, event 1, field 'date': missing" in result.stderr
