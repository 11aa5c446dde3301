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

    def fail_on_second(rec, parsed, *rest):
        calls.append(rec.path.name)
        if len(calls) == 2:
            raise SourceFormatError(rec.path, "simulated failure while writing")
        return real(rec, parsed, *rest)

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


@pytest.mark.parametrize("count", ["nan", "inf", "-inf", "1e30", "1e10"])
def test_counts_that_are_no_counts(raw_dir: Path, tmp_path: Path, db: Path, count: str) -> None:
    folder = _write(tmp_path, SWB, _swb_text(raw_dir).replace(",9584.0\n", f",{count}\n", 1))
    before = fingerprint(db)
    result = run_cli("ingest", str(folder), db=db)
    assert result.returncode == 2
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert SWB in message and "field 'Encounter Count'" in message
    assert f"value '{count}'" in message
    assert fingerprint(db) == before


def _text(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text("In fiscal 2023 there were 2.5 million encounters at the southwest border.")
    return path


OUTPUT_CASES = {
    "html into a folder": (["check", "{text}", "--html", "{tmp}"], "--html {tmp}: is a folder"),
    "html into a missing folder": (["check", "{text}", "--html", "{tmp}/no/such/r.html"],
                                   "the folder {tmp}/no/such does not exist"),
    "svg into a folder": (["query", "swb_encounters", "--period", "FY2023", "--by",
                           "component", "--svg", "{tmp}"], "--svg {tmp}: is a folder"),
    "date out of range": (["check", "{text}", "--date", "0001-01-01"],
                          "--date: 0001-01-01 is before 1850"),
    "missing text": (["check", "{tmp}/missing.txt"], "missing.txt: cannot read"),
}


@pytest.mark.parametrize("case", OUTPUT_CASES)
def test_ordinary_mistakes_are_one_line(tmp_path: Path, db: Path, case: str) -> None:
    args, expected = OUTPUT_CASES[case]
    text = _text(tmp_path)
    fill = {"text": str(text), "tmp": str(tmp_path)}
    result = run_cli(*(a.format(**fill) for a in args), db=db)
    assert result.returncode == 2, result.stdout
    message = result.stderr.strip()
    assert message == f"error: {message.removeprefix('error: ')}"
    assert len(message.splitlines()) == 1, message
    assert expected.format(**fill) in message
    assert not list(tmp_path.rglob(".*.html*")) and not list(tmp_path.rglob("*.svg"))


@pytest.mark.parametrize("kind", ["sqlite", "damaged", "folder", "another duckdb"])
def test_a_store_that_is_no_store(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "store.db"
    if kind == "sqlite":
        import sqlite3

        with sqlite3.connect(target) as con:
            con.execute("CREATE TABLE t (x)")
    elif kind == "damaged":
        good = tmp_path / "good.duckdb"
        open_store(good).close()
        data = bytearray(good.read_bytes())
        data[4096:8192] = bytes(4096)  # the database headers, zeroed
        target.write_bytes(bytes(data))
    elif kind == "another duckdb":
        import duckdb

        with duckdb.connect(str(target)) as con:
            con.execute("CREATE TABLE invoices (id INTEGER)")
    else:
        target.mkdir()
    before = target.read_bytes() if target.is_file() else None
    # No network: DuckDB must not try to fetch an extension (it would hang or fail slowly).
    env = {**__import__("os").environ, "http_proxy": "http://127.0.0.1:9",
           "https_proxy": "http://127.0.0.1:9"}
    for args in (["query", "swb_encounters", "--period", "FY2023"], ["sources"]):
        result = subprocess.run([sys.executable, "-m", "borderstats", *args, "--db",
                                 str(target)], capture_output=True, text=True, timeout=120,
                                env=env)
        assert result.returncode == 2, result.stdout
        message = result.stderr.strip()
        assert len(message.splitlines()) == 1 and message.startswith(f"error: {target}: ")
        assert "Traceback" not in result.stderr
    if before is not None:
        assert target.read_bytes() == before
    if kind == "sqlite":
        assert "SQLite database" in message


def test_a_batch_goes_on_after_bad_lines(tmp_path: Path, db: Path) -> None:
    import json

    good = json.dumps({"id": "a", "text": "In FY2023 there were 2.5 million encounters."})
    lines = [good,
             '{"id": "b", "text": "lone \\ud800 surrogate"}',
             "[" * 50_000,
             '{"id": "\\udc00", "text": "x"}',
             json.dumps({"id": "e", "text": "x", "date": "0001-01-01"}),
             '{"id": "f", "text": 1e999999}',
             "not json at all",
             '{"text": "' + "\u2028" + 'a line separator inside a string"}',
             json.dumps({"id": "i", "text": "x", "date": {"nested": [1, 2]}}),
             good.replace('"a"', '"j"')]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    result = run_cli("check", "--jsonl", str(batch), db=db)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(lines)
    errors = {r["id"]: r["error"] for r in records if "error" in r}
    assert set(errors) == {2, 3, 5, 6, 7, 9}
    assert records[3]["id"] == "\udc00"  # echoed, escaped: the output stays valid UTF-8
    assert "unpaired surrogate" in errors[2] and "nested too deeply" in errors[3]
    assert "is before 1850" in errors[5] and "line 7" in errors[7]
    assert all(e.startswith(f"{batch}, line ") for e in errors.values())
    assert records[0]["id"] == "a" and records[0]["claims"]
    assert records[-1]["id"] == "j" and records[-1]["claims"]
    assert "claims" in records[7]


def test_a_store_path_may_be_a_string(db: Path) -> None:
    # An analyst in a notebook types the path as text: every opener takes it as a Path.
    from borderstats.store import open_reader, write_store

    want = fingerprint(db)
    with open_store(str(db), read_only=True) as s:
        assert s.releases()
    with open_reader(str(db)) as s:
        assert s.releases()
    with write_store(str(db)) as s:
        assert s.releases()
    assert fingerprint(db) == want
