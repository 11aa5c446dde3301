"""The bundled snapshot: every release built from the official files by this package's own
sources, shipped as parquet so the package works offline and without the raw files."""

from __future__ import annotations

from pathlib import Path

SNAPSHOT_DIR = Path(__file__).parent / "snapshot"
FILES = ("releases.parquet", "release_tables.parquet", "observations.parquet")


def snapshot_available() -> bool:
    return all((SNAPSHOT_DIR / name).exists() for name in FILES)


def build_snapshot(raw_dir: Path, target: Path = SNAPSHOT_DIR) -> tuple[int, int]:
    """Ingest ``raw_dir`` into a fresh in-memory store and export it to ``target``."""
    from borderstats.store import ingest_dir, open_store

    with open_store(None, snapshot=False) as store:
        ingest_dir(store, raw_dir)
        store.export_snapshot(target)
        return store.counts()
