"""What a new vintage revised (`borderstats diff`), and a store rebuilt from its archive
(`borderstats rebuild`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from borderstats.store import open_store

AUG = "sbo-encounters-fy22-fy25-aug.csv"


def cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "borderstats", *args, "--db", str(db)],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.duckdb"
    open_store(path).close()
    return path


def test_the_latest_vintage_against_the_one_before(db: Path, tmp_path: Path) -> None:
    result = cli("diff", "cbp_swb_encounters", "--json", "--svg", str(tmp_path / "d.svg"),
                 db=db)
    assert result.returncode == 0, result.stderr
    diff = json.loads(result.stdout)
    assert diff["old"]["file_name"] == "sbo-encounters-fy22-fy25-nov.csv"
    assert diff["new"]["file_name"] == AUG
    revised = {p["period"]: (p["old"], p["new"]) for p in diff["periods"] if p["change"]}
    # CBP's August 2025 file revised October and November 2024.
    assert revised == {"2024-10": (106_335, 106_321), "2024-11": (94_190, 94_186)}
    assert diff["cells_revised"] == 22 and diff["cells_compared"] == 1_665
    assert diff["cells"][0]["breakdown"]["component"] == "OFO"
    assert diff["cells"][0]["old"] - diff["cells"][0]["new"] == 5
    assert diff["added"][0] == "swb_monthly 2024-12" and len(diff["added"]) == 9
    assert diff["removed"] == []
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "d.svg").stat().st_mode & 0o777 == 0o666 & ~umask  # an ordinary file
    svg = ET.parse(tmp_path / "d.svg").getroot()
    assert svg.tag.endswith("svg")
    human = cli("diff", "cbp_swb_encounters", db=db).stdout
    assert "2 of 38 period totals both hold are revised" in human and "-14" in human


def test_diff_mistakes(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        ids = {r["source"]: r["release_id"] for r in store.releases()}
    cases = {
        ("diff", "guatemala_igm"): "nothing to compare it with",
        ("diff", "atlantis"): "source 'atlantis': no release in the store",
        ("diff", "cbp_swb_encounters", str(ids["cbp_swb_encounters"])): "two release ids",
        ("diff", "cbp_swb_encounters", str(ids["cbp_swb_encounters"]),
         str(ids["mexico_upm"])): "is of mexico_upm, not cbp_swb_encounters",
    }
    for args, expected in cases.items():
        result = cli(*args, db=db)
        assert result.returncode == 2, args
        assert len(result.stderr.strip().splitlines()) == 1 and expected in result.stderr


def test_rebuild_from_the_archive(raw_dir: Path, db: Path, tmp_path: Path) -> None:
    lines = (raw_dir / "cbp_swb_encounters" / AUG).read_text().splitlines()
    head, value = lines[5].rsplit(",", 1)
    lines[5] = f"{head},{int(float(value)) + 3}"
    incoming = tmp_path / "in"
    incoming.mkdir()
    (incoming / AUG).write_text("\n".join(lines) + "\n")
    assert cli("ingest", str(incoming), db=db).returncode == 0
    revised = json.loads(cli("query", "swb_encounters", "--period", "2021-10", "--json",
                             db=db).stdout)["value"]

    same = cli("rebuild", "--json", db=db)
    assert same.returncode == 0, same.stderr
    report = json.loads(same.stdout)
    assert report["identical"] is True and report["archived_files"] == 1

    db.write_bytes(b"\x00" * 10_000)  # the store is lost
    broken = cli("query", "swb_encounters", "--period", "2021-10", db=db)
    assert broken.returncode == 2 and "cannot open the store" in broken.stderr
    rebuilt = json.loads(cli("rebuild", "--json", db=db).stdout)
    assert rebuilt["previous_content"] is None
    assert rebuilt["content"] == report["content"]
    again = json.loads(cli("query", "swb_encounters", "--period", "2021-10", "--json",
                           db=db).stdout)
    assert again["value"] == revised
    assert not list(db.parent.glob("*.tmp-*"))


def test_export_and_import(raw_dir: Path, db: Path, tmp_path: Path) -> None:
    lines = (raw_dir / "cbp_swb_encounters" / AUG).read_text().splitlines()
    head, value = lines[5].rsplit(",", 1)
    lines[5] = f"{head},{int(float(value)) + 7}"
    incoming = tmp_path / "in"
    incoming.mkdir()
    (incoming / AUG).write_text("\n".join(lines) + "\n")
    assert cli("ingest", str(incoming), db=db).returncode == 0
    shared = tmp_path / "shared"
    assert cli("export", str(shared), db=db).returncode == 0

    other = tmp_path / "other.duckdb"
    first = cli("import", str(shared), db=other)
    assert first.returncode == 0 and "1 release(s) imported" in first.stdout
    assert "0 release(s) imported" in cli("import", str(shared), db=other).stdout
    answers = [json.loads(cli("query", "swb_encounters", "--period", "2021-10", "--json",
                              db=path).stdout)["value"] for path in (db, other)]
    assert answers[0] == answers[1] == 164_837 + 7

    broken = tmp_path / "broken"
    broken.mkdir()
    for name in ("releases.parquet", "release_tables.parquet"):
        (broken / name).write_bytes((shared / name).read_bytes())
    (broken / "observations.parquet").write_bytes(b"PAR1 not really")
    third = tmp_path / "third.duckdb"
    open_store(third).close()
    with open_store(third, read_only=True) as s:
        before = s.counts()
    result = cli("import", str(broken), db=third)
    assert result.returncode == 2 and "not a borderstats export" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    with open_store(third, read_only=True) as s:
        assert s.counts() == before
