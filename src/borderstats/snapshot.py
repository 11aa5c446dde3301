"""Building the bundled snapshot: every release built from the official files by this
package's own sources, shipped as parquet so the package works offline and without the raw
files. The store owns the snapshot's format and loads it (:func:`borderstats.store.open_store`);
this module, a layer above the store, only builds it."""

from __future__ import annotations

from pathlib import Path

from borderstats.store import (
    SNAPSHOT_DIR,
    SNAPSHOT_FILES,
    ingest_dir,
    open_store,
    snapshot_available,
)

FILES = SNAPSHOT_FILES

__all__ = ["FILES", "SNAPSHOT_DIR", "build_snapshot", "snapshot_available"]


def build_snapshot(raw_dir: Path, target: Path = SNAPSHOT_DIR) -> tuple[int, int]:
    """Ingest ``raw_dir`` into a fresh in-memory store and export it to ``target``."""
    with open_store(None, snapshot=False) as store:
        ingest_dir(store, raw_dir)
        store.export_snapshot(target)
        return store.counts()
