"""Bad input: a one-line error naming the file, field or value, a non-zero exit, and a
store left exactly as it was."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from borderstats import store as store_module
from borderstats.errors import SourceFormatError
from borderstats.store import open_store

SWB = "sbo-encounters-fy19-fy22.csv"


def run_cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "borderstats", *args, "--db", str(db)],
                          capture_output=True, text=True, timeout=120)


def fingerprint(db: Path) -> tuple:
    with open_store(db, snapshot=False) as s:
        return (tuple((r["release_id"], r["sha256"]) for r in s.releases()),
                s.con.execute("SELECT count(*), sum(value) FROM observations").fetchone())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.duckdb"
    open_store(path).close()  # filled from the bundled snapshot
    return path


def _swb_text(raw_dir: Path) -> str:
    return (raw_dir / "cbp_swb_encounters" / SWB).read_text()


def _write(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text)
    return folder


CSV_CASES = {
    "truncated": (lambda t: t[: len(t) // 2].rsplit(",", 3)[0], ["line", "truncated"]),
    "renamed column": (lambda t: t.replace("Encounter Count", "Count", 1),
                       ["field 'Encounter Count'", "missing column"]),
    "missing column": (lambda t: "\n".join(",".join(line.split(",")[:-2] + line.split(",")[-1:])
                                           for line in t.splitlines()),
                       ["field 'Encounter Type'"]),
    "non-numeric count": (lambda t: t.replace(",9584.0\n", ",n/a\n", 1),
                          ["field 'Encounter Count'", "value 'n/a'", "not a number"]),
    "unknown component": (lambda t: t.replace("U.S. Border Patrol", "Air and Marine", 1),
                          ["field 'Component'", "value 'Air and Marine'"]),
    "empty": (lambda t: "", ["empty"]),
    "header only": (lambda t: t.splitlines()[0] + "\n", ["no data rows"]),
}


@pytest.mark.parametrize("case", CSV_CASES)
def test_bad_csv_is_rejected_whole(raw_dir: Path, tmp_path: Path, db: Path, case: str) -> None:
    damage, expected = CSV_CASES[case]
    folder = _write(tmp_path, SWB.replace("fy19", "fy18"), damage(_swb_text(raw_dir)))
    # A good file beside the bad one is not ingested either: all or nothing.
    shutil.copy(raw_dir / "cbp_swb_encounters" / "sbo-encounters-fy22-fy25-aug.csv",
                folder / "sbo-encounters-fy22-fy25-aug-copy.csv")
    (folder / "sbo-encounters-fy22-fy25-aug-copy.csv").write_text(
        (folder / "sbo-encounters-fy22-fy25-aug-copy.csv").read_text() + "\n")
    before = fingerprint(db)
    result = run_cli("ingest", str(folder), db=db)
    assert result.returncode == 2
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert message.startswith("error: ") and "sbo-encounters-fy18-fy22.csv" in message
    for fragment in expected:
        assert fragment in message, message
    assert fingerprint(db) == before


def test_workbook_missing_a_sheet(tmp_path: Path, db: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Annual Count"
    book.active.append(["Fiscal\nYear", "Quantity"])
    book.active.append([2024, 100])
    folder = tmp_path / "incoming"
    folder.mkdir()
    book.save(folder / "khsm_encounters_usbp_fy26m01.xlsx")
    before = fingerprint(db)
    result = run_cli("ingest", str(folder), db=db)
    assert result.returncode == 2
    assert "khsm_encounters_usbp_fy26m01.xlsx" in result.stderr
    assert "sheet" in result.stderr
    assert fingerprint(db) == before


def test_truncated_pdf(raw_dir: Path, tmp_path: Path, db: Path) -> None:
    source = raw_dir / "usbp_historical" / "usbp_total_apprehensions_fy1925-fy2020_508.pdf"
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / source.name).write_bytes(source.read_bytes()[:5000])
    before = fingerprint(db)
    result = run_cli("ingest", str(folder), db=db)
    assert result.returncode == 2 and source.name in result.stderr
    assert fingerprint(db) == before


def test_failure_while_writing_rolls_back(raw_dir: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = store_module._publication

    def fail_on_second(rec, parsed):
        calls.append(rec.path.name)
        if len(calls) == 2:
            raise SourceFormatError(rec.path, "simulated failure while writing")
        return real(rec, parsed)

    monkeypatch.setattr(store_module, "_publication", fail_on_second)
    with open_store(tmp_path / "s.duckdb", snapshot=False) as s:
        with pytest.raises(SourceFormatError, match="simulated"):
            s.ingest([raw_dir / "cbp_swb_encounters" / SWB,
                      raw_dir / "cbp_swb_encounters" / "sbo-encounters-fy22-fy25-aug.csv"])
        assert s.counts() == (0, 0)


QUERY_CASES = {
    "unknown measure": (["query", "swb_encounter", "--period", "FY2023"],
                        ["unknown measure 'swb_encounter'"]),
    "unknown period": (["query", "swb_encounters", "--period", "last year"],
                       ["period 'last year' is not understood"]),
    "bad month": (["query", "swb_encounters", "--period", "2024-13"], ["2024-13"]),
    "unknown dimension": (["query", "swb_encounters", "--period", "FY2023", "--by", "planet"],
                          ["unknown dimension 'planet'"]),
    "unknown value": (["query", "swb_encounters", "--period", "FY2023", "--where",
                       "citizenship=Atlantis"], ["Atlantis"]),
    "period before the data": (["query", "swb_encounters", "--period", "FY1990"],
                               ["FY1990", "covers 2017-10"]),
    "bad as-of": (["query", "swb_encounters", "--period", "FY2023", "--as-of", "soon"],
                  ["--as-of: 'soon' is not a date"]),
    "range backwards": (["query", "swb_encounters", "--period", "FY2024..FY2020"],
                        ["ends before it starts"]),
    "rank of a range": (["rank", "swb_encounters", "--period", "FY2020..FY2022"],
                        ["not a range"]),
}


@pytest.mark.parametrize("case", QUERY_CASES)
def test_bad_query(db: Path, case: str) -> None:
    args, expected = QUERY_CASES[case]
    before = fingerprint(db)
    result = run_cli(*args, db=db)
    assert result.returncode == 2, result.stdout
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    for fragment in expected:
        assert fragment in message, message
    assert fingerprint(db) == before
