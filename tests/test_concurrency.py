"""Many processes on one store: readers side by side, a writer beside them, a writer
waiting for another, a writer killed half-way, read-only stores, the API letting go."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from borderstats import api
from borderstats.store import WriteLock, open_store

SWB_AUG = "sbo-encounters-fy22-fy25-aug.csv"

READER = textwrap.dedent("""
    import sys, borderstats
    db, rounds = sys.argv[1], int(sys.argv[2])
    values = set()
    for _ in range(rounds):
        values.add(borderstats.query("swb_encounters", "FY2023", db=db).value)
        values.add(borderstats.rank("usbp_swb_encounters", "2024-01", db=db).value)
    print(sorted(values))
""")


def cli(*args: str, db: Path, env: dict[str, str] | None = None,
        **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "borderstats", *args, "--db", str(db)],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})}, **kwargs)


def fingerprint(db: Path) -> tuple:
    with open_store(db, read_only=True) as s:
        return (tuple((r["release_id"], r["sha256"]) for r in s.releases()),
                s.con.execute("SELECT count(*), sum(value) FROM observations").fetchone())


def new_vintages(raw_dir: Path, folder: Path, count: int, first: int = 0) -> Path:
    """Copies of an official file that differ by trailing line ends: new releases with the
    same figures."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (raw_dir / "cbp_swb_encounters" / SWB_AUG).read_text()
    for i in range(count):
        (folder / str(i)).mkdir()
        (folder / str(i) / SWB_AUG).write_text(text + "\n" * (first + i + 1))
    return folder


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.duckdb"
    open_store(path).close()
    return path


def test_eight_readers_and_a_writer_at_once(raw_dir: Path, tmp_path: Path, db: Path) -> None:
    releases_before = len(fingerprint(db)[0])
    for round_ in range(2):
        incoming = new_vintages(raw_dir, tmp_path / f"in{round_}", 2, first=2 * round_)
        readers = [subprocess.Popen([sys.executable, "-c", READER, str(db), "6"],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                   for _ in range(8)]
        writer = cli("ingest", str(incoming), "--json", db=db)
        results = [r.communicate(timeout=300) for r in readers]
        for reader, (stdout, stderr) in zip(readers, results, strict=True):
            assert reader.returncode == 0, stderr
            assert json.loads(stdout) == [124_215, 2_475_669]
        assert writer.returncode == 0, writer.stderr
        added = [o for o in json.loads(writer.stdout)["outcomes"] if o["status"] == "added"]
        assert len(added) == 2
    assert len(fingerprint(db)[0]) == releases_before + 4
    assert not list(db.parent.glob("*.tmp-*"))


def test_a_writer_waits_for_another_and_names_it(raw_dir: Path, tmp_path: Path,
                                                 db: Path) -> None:
    incoming = new_vintages(raw_dir, tmp_path / "in", 1)
    before = fingerprint(db)
    lock = WriteLock(db)
    lock.acquire()
    try:
        gave_up = cli("ingest", str(incoming), db=db, env={"BORDERSTATS_LOCK_TIMEOUT": "0.5"})
        assert gave_up.returncode == 2
        message = gave_up.stderr.strip().splitlines()[-1]
        assert message.startswith("error: ") and f"process {os.getpid()}" in message
        assert "gave up after 0.5 s" in message
        assert fingerprint(db) == before
        # Readers do not wait for a writer.
        query = cli("query", "swb_encounters", "--period", "FY2023", "--json", db=db)
        assert query.returncode == 0 and json.loads(query.stdout)["value"] == 2_475_669
        waiting = subprocess.Popen(
            [sys.executable, "-m", "borderstats", "ingest", str(incoming), "--db", str(db)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        told = waiting.stderr.readline()  # type: ignore[union-attr]
    finally:
        lock.release()
    stdout, stderr = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, stderr
    assert told.startswith(f"waiting for process {os.getpid()} (")
    assert "1 release(s) added" in stdout
    assert len(fingerprint(db)[0]) == len(before[0]) + 1


def test_a_killed_writer_leaves_the_store_as_it_was(raw_dir: Path, tmp_path: Path,
                                                    db: Path) -> None:
    incoming = tmp_path / "in"
    incoming.mkdir()
    for source in sorted((raw_dir / "cbp_nationwide_encounters").glob("nationwide-*.csv"))[:2]:
        (incoming / source.name).write_text(
            source.read_text() + "\n")
    pristine = tmp_path / "pristine.duckdb"
    shutil.copyfile(db, pristine)
    before = fingerprint(db)
    # The store as a writer that is not killed leaves it.
    result = cli("ingest", str(incoming), "--json", db=db)
    assert result.returncode == 0, result.stderr
    written = fingerprint(db)
    assert len(written[0]) == len(before[0]) + 2
    killed = 0
    for delay in (0.5, 1.0, 1.6):
        shutil.copyfile(pristine, db)
        process = subprocess.Popen(
            [sys.executable, "-m", "borderstats", "ingest", str(incoming), "--db", str(db)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait(timeout=60)
        # As it was, or (killed after the rename that ends a write) as written: never between.
        assert fingerprint(db) in (before, written)
    assert killed >= 1
    # The next writer clears what the killed ones left and works.
    shutil.copyfile(pristine, db)
    result = cli("ingest", str(incoming), "--json", db=db)
    assert result.returncode == 0, result.stderr
    assert not list(db.parent.glob("*.tmp-*"))
    assert fingerprint(db) == written


def test_a_read_only_store_file_and_folder_are_read(raw_dir: Path, tmp_path: Path,
                                                   db: Path) -> None:
    incoming = new_vintages(raw_dir, tmp_path / "in", 1)
    before = fingerprint(db)
    db.chmod(0o444)
    try:
        query = cli("query", "swb_encounters", "--period", "FY2023", "--json", db=db)
        assert query.returncode == 0, query.stderr
        assert json.loads(query.stdout)["value"] == 2_475_669
        ingest = cli("ingest", str(incoming), db=db)
        assert ingest.returncode == 2
        assert ingest.stderr.strip() == f"error: {db}: the store file or its folder is " \
                                        "read-only; reading works, writing does not"
    finally:
        db.chmod(0o644)
    assert fingerprint(db) == before
    db.parent.chmod(0o555)
    try:
        query = cli("rank", "usbp_swb_encounters", "--period", "2024-01", "--json", db=db)
        assert query.returncode == 0, query.stderr
        assert json.loads(query.stdout)["value"] == 124_215
    finally:
        db.parent.chmod(0o755)


def test_the_api_lets_go_of_the_store(raw_dir: Path, tmp_path: Path, db: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert api.query("swb_encounters", "FY2023", db=db).value == 2_475_669
    releases = len(api.releases(db=db))
    # Another process writes while this one holds the store: the API then reads the store
    # as written.
    incoming = new_vintages(raw_dir, tmp_path / "in", 1)
    assert cli("ingest", str(incoming), db=db).returncode == 0
    assert len(api.releases(db=db)) == releases + 1
    api.close()
    assert not api._engines
    with api.engine(db) as engine:
        assert engine.query("swb_encounters", "FY2022").value == 2_378_944
    assert not api._engines and engine.store.closed
    monkeypatch.setattr(api, "IDLE_SECONDS", 0.05)
    api.query("swb_encounters", "FY2023", db=db)
    held = api._engines[db]
    deadline = time.monotonic() + 30
    while not held.engine.store.closed and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not api._engines and held.engine.store.closed


def test_the_api_does_not_close_a_store_under_a_running_call(
        db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A call longer than the idle time (an event analysis inside a check can be) keeps its
    # store open to the end; the store closes once the call is over and the time has run.
    monkeypatch.setattr(api, "IDLE_SECONDS", 0.05)
    api.close()
    with api._using(db) as engine:
        time.sleep(0.4)
        assert not engine.store.closed
        assert engine.query("swb_encounters", "FY2023").value == 2_475_669
    assert api.check("Border Patrol agents apprehended 2,045,838 migrants at the southwest "
                     "border in fiscal 2023.", date="2023-11-01", db=db)["claims"]
    held = api._engines[db]
    deadline = time.monotonic() + 30
    while not held.engine.store.closed and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not api._engines and held.engine.store.closed


def test_a_reader_does_not_wait_for_a_writer_to_bring_the_store_up_to_date(
        db: Path) -> None:
    # A store filled from an older bundled snapshot is brought up to date by the first
    # reader — unless a writer is at work: then it is read as it is.
    with open_store(db) as store:
        store.con.execute("DELETE FROM meta WHERE key = 'snapshot'")
    lock = WriteLock(db)
    lock.acquire()
    try:
        query = subprocess.run(
            [sys.executable, "-m", "borderstats", "query", "swb_encounters", "--period",
             "FY2023", "--json", "--db", str(db)], capture_output=True, text=True,
            timeout=60, env={**os.environ, "BORDERSTATS_LOCK_TIMEOUT": "600"})
    finally:
        lock.release()
    assert query.returncode == 0, query.stderr
    assert json.loads(query.stdout)["value"] == 2_475_669
    with open_store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM meta WHERE key = 'snapshot'"
                                 ).fetchone()[0] == 0
    # With the writer gone, the next reader brings it up to date.
    assert cli("query", "swb_encounters", "--period", "FY2023", db=db).returncode == 0
    with open_store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM meta WHERE key = 'snapshot'"
                                 ).fetchone()[0] == 1
