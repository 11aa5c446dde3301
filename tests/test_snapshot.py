"""The bundled snapshot is exactly what this package builds from the official files."""

from __future__ import annotations

from pathlib import Path

import duckdb

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
