"""Plausible but wrong files: parsed cleanly, held back by the drift guards, shown in the
quarantine, ingested only when accepted. The store stays as it was until then."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from borderstats import guards
from borderstats.sources import recognise
from borderstats.store import open_store

SWB = "sbo-encounters-fy22-fy25-aug.csv"  # the latest official file: in the snapshot


def cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "borderstats", *args, "--db", str(db)],
                          capture_output=True, text=True, timeout=300)


def fingerprint(db: Path) -> tuple:
    with open_store(db, read_only=True) as s:
        return (tuple((r["release_id"], r["sha256"]) for r in s.releases()),
                s.con.execute("SELECT count(*), sum(value) FROM observations").fetchone())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.duckdb"
    open_store(path).close()
    return path


def _rows(text: str) -> tuple[str, list[list[str]]]:
    header, *rows = text.splitlines()
    return header, [row.split(",") for row in rows]


def _join(header: str, rows: list[list[str]]) -> str:
    return "\n".join([header, *(",".join(r) for r in rows)]) + "\n"


def halved(text: str) -> str:
    header, rows = _rows(text)
    return _join(header, [[*r[:-1], str(int(float(r[-1])) // 2)] for r in rows])


def repeated(text: str) -> str:
    header, rows = _rows(text)
    return _join(header, rows + rows[:200])


def inflated(text: str) -> str:
    header, rows = _rows(text)
    big = max(range(len(rows)), key=lambda i: float(rows[i][-1]))
    rows[big][-1] = str(int(float(rows[big][-1])) * 10)
    return _join(header, rows)


def component_gone(text: str) -> str:
    # One month's Border Patrol rows lost: the month is still there, its total is not.
    header, rows = _rows(text)
    return _join(header, [r for r in rows if not (r[0] == "2024" and r[2] == "MAR"
                                                  and r[3] == "U.S. Border Patrol")])


CASES: dict[str, tuple[Callable[[str], str], str]] = {
    "totals halved": (halved, "totals revised"),
    "rows repeated": (repeated, "repeated rows"),
    "one cell inflated": (inflated, "cells revised"),
    "a month's Border Patrol rows gone": (component_gone, "totals revised"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_wrong_file_is_quarantined_not_ingested(raw_dir: Path, tmp_path: Path, db: Path,
                                                  case: str) -> None:
    damage, check = CASES[case]
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / SWB).write_text(damage((raw_dir / "cbp_swb_encounters" / SWB).read_text()))
    before = fingerprint(db)
    result = cli("ingest", str(folder), "--json", db=db)
    assert result.returncode == 1, result.stderr
    [outcome] = json.loads(result.stdout)["outcomes"]
    assert outcome["status"] == "quarantined"
    assert check in [f["check"] for f in outcome["findings"]]
    assert result.stderr.startswith(f"quarantined: {SWB} (cbp_swb_encounters): ")
    assert fingerprint(db) == before

    report = json.loads(cli("quarantine", "--json", db=db).stdout)["quarantined"]
    assert [r["file"] for r in report] == [SWB]
    assert check in [f["check"] for f in report[0]["findings"]]
    assert SWB in report[0]["compared_with"]
    shown = cli("quarantine", db=db).stdout
    assert f"✗ {check}: " in shown and report[0]["sha256"][:12] in shown


def test_accepting_and_dropping(raw_dir: Path, tmp_path: Path, db: Path) -> None:
    text = (raw_dir / "cbp_swb_encounters" / SWB).read_text()
    for i, damage in enumerate((halved, repeated)):
        folder = tmp_path / f"in{i}"
        folder.mkdir()
        (folder / SWB).write_text(damage(text))
        assert cli("ingest", str(folder), db=db).returncode == 1
    report = json.loads(cli("quarantine", "--json", db=db).stdout)["quarantined"]
    assert len(report) == 2
    halved_sha = next(r["sha256"] for r in report if r["findings"][0]["check"] !=
                      "repeated rows")
    before = fingerprint(db)
    unknown = cli("quarantine", "--accept", "abcdef", db=db)
    assert unknown.returncode == 2 and "matches no quarantined file" in unknown.stderr
    accepted = cli("quarantine", "--accept", halved_sha[:10], db=db)
    assert accepted.returncode == 0, accepted.stderr
    assert "accepted" in accepted.stderr and "1 release(s) added" in accepted.stdout
    after = fingerprint(db)
    assert len(after[0]) == len(before[0]) + 1 and max(after[0])[1] == halved_sha
    left = json.loads(cli("quarantine", "--json", db=db).stdout)["quarantined"]
    assert len(left) == 1 and left[0]["findings"][0]["check"] == "repeated rows"
    assert cli("quarantine", "--drop", left[0]["sha256"][:8], db=db).returncode == 0
    assert json.loads(cli("quarantine", "--json", db=db).stdout)["quarantined"] == []
    assert fingerprint(db) == after
    # The accepted file is archived with the release made from it.
    archived = list((db.parent / (db.name + ".files") / "archive").glob(f"{halved_sha}/*"))
    assert {p.name for p in archived} == {SWB, "meta.json"}


def test_an_implausible_cell_in_a_file_of_its_own(raw_dir: Path, tmp_path: Path) -> None:
    # No previous vintage to compare with: the series itself shows the cell is wrong.
    path = tmp_path / SWB
    header, rows = _rows((raw_dir / "cbp_swb_encounters" / SWB).read_text())
    big = max(range(len(rows)), key=lambda i: float(rows[i][-1]))
    rows[big][-1] = str(int(float(rows[big][-1])) * 100)
    path.write_text(_join(header, rows))
    parsed = recognise(path).parse()
    findings = guards.check(parsed.observations, parsed.data_start, parsed.data_end, None)
    assert [f.check for f in findings] == ["implausible value"]
    assert "times the next largest" in findings[0].detail
    original = recognise(raw_dir / "cbp_swb_encounters" / SWB).parse()
    assert guards.check(original.observations, original.data_start, original.data_end,
                        None) == []


def test_a_download_cut_in_the_last_number(raw_dir: Path, tmp_path: Path, db: Path) -> None:
    source = raw_dir / "cbp_nationwide_encounters" / "nationwide-encounters-fy21-fy24-state.csv"
    text = source.read_text().rstrip("\n")
    assert text.endswith(",116")
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / source.name).write_text(text[:-2])  # a count of 116 would read as 1
    before = fingerprint(db)
    result = cli("ingest", str(folder), db=db)
    assert result.returncode == 2
    assert "truncated" in result.stderr and source.name in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert fingerprint(db) == before


def test_a_first_vintage_is_checked_against_another_source(raw_dir: Path,
                                                           tmp_path: Path) -> None:
    # No earlier vintage of CBP's Southwest file: its months are compared with the
    # Southwest rows of the nationwide file, which counts the same events.
    halved_file = tmp_path / "halved" / SWB
    halved_file.parent.mkdir()
    halved_file.write_text(halved((raw_dir / "cbp_swb_encounters" / SWB).read_text()))
    with open_store(None, snapshot=False) as store:
        store.ingest([raw_dir / "cbp_nationwide_encounters" /
                      "nationwide-encounters-fy22-fy25-state.csv"])
        [held] = store.ingest([halved_file])
        assert held.status == "quarantined"
        assert [f.check for f in held.findings] == ["other source disagrees"]
        detail = held.findings[0].detail
        assert "47 of 47 months break" in detail
        assert "(nationwide-encounters-fy22-fy25-state.csv)" in detail
        [real] = store.ingest([raw_dir / "cbp_swb_encounters" / SWB])
        assert real.status == "added"


def test_the_python_api_archives_and_quarantines_too(raw_dir: Path, tmp_path: Path,
                                                     db: Path) -> None:
    from borderstats import api
    from borderstats.archive import archived, quarantined

    text = (raw_dir / "cbp_swb_encounters" / SWB).read_text()
    bad, good = tmp_path / "bad", tmp_path / "good"
    bad.mkdir()
    good.mkdir()
    (bad / SWB).write_text(repeated(text))
    (good / SWB).write_text(text + "\n")
    [held] = api.ingest(bad, db=db)
    assert held.status == "quarantined"
    assert [q["sha256"] for q in quarantined(db)] == [held.sha256]
    [added] = api.ingest(good, db=db)
    assert added.status == "added"
    assert [a["sha256"] for a in archived(db)] == [added.sha256]
