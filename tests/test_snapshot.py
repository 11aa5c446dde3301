"""The bundled snapshot is exactly what this package builds from the official files."""

from __future__ import annotations

from pathlib import Path

import duckdb

from borderstats.query import Engine
from borderstats.snapshot import FILES, SNAPSHOT_DIR, build_snapshot
from borderstats.store import open_store


def test_fresh_build_reproduces_bundled_snapshot(raw_dir: Path, tmp_path: Path) -> None:
    build_snapshot(raw_dir, tmp_path)
    con = duckdb.connect()
    for name in FILES:
        bundled, fresh = str(SNAPSHOT_DIR / name), str(tmp_path / name)
        counts = [con.execute("SELECT count(*) FROM read_parquet(?)", [p]).fetchone()[0]
                  for p in (bundled, fresh)]
        assert counts[0] == counts[1] > 0, name
        for a, b in ((bundled, fresh), (fresh, bundled)):
            diff = con.execute("SELECT count(*) FROM (SELECT * FROM read_parquet(?) EXCEPT ALL "
                               "SELECT * FROM read_parquet(?))", [a, b]).fetchone()[0]
            assert diff == 0, f"{name}: {diff} rows differ; run `borderstats snapshot build`"


def test_empty_store_is_filled_from_snapshot(tmp_path: Path) -> None:
    with open_store(tmp_path / "new.duckdb") as store:
        assert store.loaded_snapshot
        releases, rows = store.counts()
        assert releases >= 16 and rows > 300_000
        assert {r["ingested_from"] for r in store.releases()} == {"bundled snapshot"}
    with open_store(tmp_path / "new.duckdb") as store:
        assert not store.loaded_snapshot  # only once


def test_ingesting_a_file_the_snapshot_holds_changes_nothing(raw_dir: Path,
                                                             tmp_path: Path) -> None:
    with open_store(tmp_path / "s.duckdb") as store:
        before = store.counts()
        outcomes = store.ingest([raw_dir / "cbp_swb_encounters" / "sbo-encounters-fy19-fy22.csv"])
        assert [o.status for o in outcomes] == ["unchanged"]
        assert store.counts() == before


def test_a_store_from_an_older_version_is_brought_up_to_date(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with open_store(path) as store:
        full = store.counts()
        # An older package knew fewer sources and dimensions: drop the corridor releases,
        # a dimension column and the record of which snapshot was loaded.
        con = store.con
        gone = [r[0] for r in con.execute(
            "SELECT release_id FROM releases WHERE source IN ('mexico_upm', 'panama_darien')"
        ).fetchall()]
        assert gone
        for table in ("observations", "release_tables", "releases"):
            con.execute(f"DELETE FROM {table} WHERE release_id IN "
                        f"({', '.join(map(str, gone))})")
        con.execute("ALTER TABLE observations DROP COLUMN returned_from")
        con.execute("DELETE FROM meta WHERE key = 'snapshot'")
    with open_store(path) as store:
        assert store.loaded_snapshot and store.counts() == full
        assert Engine(store).query("mx_irregular_migrants", "2023").value == 778_907
    with open_store(path) as store:
        assert not store.loaded_snapshot and store.counts() == full


def test_an_upgrade_replaces_snapshot_releases_but_keeps_the_users_own(
        raw_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        # The user ingests a vintage of their own (here: a copy of a file with one more
        # line end, so a new release).
        source = raw_dir / "cbp_swb_encounters" / "sbo-encounters-fy19-fy22.csv"
        copy = tmp_path / "sbo-encounters-fy19-fy22.csv"
        copy.write_text(source.read_text() + "\n")
        [outcome] = store.ingest([copy])
        # An older version's parse of a snapshot release: different vocabulary.
        store.con.execute("UPDATE observations SET citizenship = 'MEXICO' WHERE "
                          "citizenship = 'MEX'")
        store.con.execute("DELETE FROM meta WHERE key = 'snapshot'")
    with open_store(path) as store:
        assert store.loaded_snapshot
        mine = store.con.execute("SELECT count(*) FROM observations WHERE release_id = ? AND "
                                 "citizenship = 'MEXICO'", [outcome.release_id]).fetchone()[0]
        assert mine > 0  # the user's own release is not re-parsed behind their back
        others = store.con.execute("SELECT count(*) FROM observations WHERE release_id <> ? "
                                   "AND citizenship = 'MEXICO'",
                                   [outcome.release_id]).fetchone()[0]
        assert others == 0


def _bundled_digests() -> dict[str, str]:
    import hashlib

    return {n: hashlib.sha256((SNAPSHOT_DIR / n).read_bytes()).hexdigest() for n in FILES}


def test_a_partial_build_never_replaces_the_bundled_snapshot(raw_dir: Path,
                                                             tmp_path: Path) -> None:
    import subprocess
    import sys

    one_source = raw_dir / "cbp_swb_encounters"
    before = _bundled_digests()
    for extra in ([], ["--replace-bundled"]):
        result = subprocess.run([sys.executable, "-m", "borderstats", "snapshot", "build",
                                 str(one_source), *extra], capture_output=True, text=True,
                                timeout=300)
        assert result.returncode == 2, result.stdout
        message = result.stderr.strip()
        assert len(message.splitlines()) == 1, message
        expected = "partial set" if extra else "only with --replace-bundled"
        assert expected in message, message
        assert _bundled_digests() == before
    # Elsewhere, a partial snapshot is the user's to build.
    result = subprocess.run([sys.executable, "-m", "borderstats", "snapshot", "build",
                             str(one_source), "--target", str(tmp_path / "mine")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert all((tmp_path / "mine" / name).exists() for name in FILES)
    assert not list((tmp_path / "mine").glob(".build-*"))


def test_a_newer_snapshot_without_a_source_keeps_that_sources_releases(
        raw_dir: Path, tmp_path: Path) -> None:
    partial = tmp_path / "partial"
    build_snapshot(raw_dir / "cbp_swb_encounters", partial)
    with open_store(tmp_path / "s.duckdb") as store:
        full = store.counts()
        sources = {r["source"] for r in store.releases()}
        store.load_snapshot(partial)
        assert store.counts() == full
        assert {r["source"] for r in store.releases()} == sources
