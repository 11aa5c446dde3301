"""Building the bundled snapshot: every release built from the official files by this
package's own sources, shipped as parquet so the package works offline and without the raw
files. The store owns the snapshot's format and loads it (:func:`borderstats.store.open_store`);
this module, a layer above the store, only builds it.

Every store made by the package is filled from the bundled snapshot, and a store's copy is
replaced when the snapshot changes: a snapshot built from part of the official files would
take releases away from every store on its next open. So the bundled snapshot is replaced
only when asked to explicitly, and only by a build that holds at least every release of
every source the bundled one holds.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from borderstats.errors import BorderstatsError
from borderstats.store import (
    SNAPSHOT_DIR,
    SNAPSHOT_FILES,
    ingest_dir,
    open_store,
    snapshot_available,
)

FILES = SNAPSHOT_FILES

__all__ = ["FILES", "SNAPSHOT_DIR", "build_snapshot", "snapshot_available"]


def build_snapshot(raw_dir: Path, target: Path = SNAPSHOT_DIR, *,
                   replace_bundled: bool = False) -> tuple[int, int]:
    """Ingest ``raw_dir`` into a fresh in-memory store and export it to ``target``, whole
    (the files are written beside it and renamed into place). Returns (releases, rows).

    ``target`` may be the bundled snapshot's folder only with ``replace_bundled``, and only
    when the build holds as many releases of every source as the bundled snapshot does."""
    bundled = target.resolve() == SNAPSHOT_DIR.resolve()
    if bundled and not replace_bundled:
        raise BorderstatsError(
            f"{target}: this is the bundled snapshot, which every store is filled from; "
            "replace it only with --replace-bundled (or build elsewhere with --target DIR)")
    with open_store(None, snapshot=False) as store:
        held = [o for o in ingest_dir(store, raw_dir) if o.status == "quarantined"]
        if held:
            raise BorderstatsError(f"{held[0].path}: fails a drift guard ({held[0].detail}); "
                                   "a snapshot is built from files that pass them all")
        built = Counter(r["source"] for r in store.releases())
        if bundled and snapshot_available():
            _require_complete(raw_dir, built, store.con)
        target.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(dir=target, prefix=".build-"))
        try:
            store.export_snapshot(work)
            for name in SNAPSHOT_FILES:
                os.replace(work / name, target / name)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return store.counts()


def _require_complete(raw_dir: Path, built: Counter, con: object) -> None:
    """Refuse a build that holds fewer releases of any source than the bundled snapshot."""
    rows = con.execute(  # type: ignore[attr-defined]
        "SELECT source, count(*) FROM read_parquet(?) GROUP BY source ORDER BY source",
        [str(SNAPSHOT_DIR / "releases.parquet")]).fetchall()
    short = [f"{source} ({built.get(source, 0)} of {count})" for source, count in rows
             if built.get(source, 0) < count]
    if short:
        raise BorderstatsError(
            f"{raw_dir}: a partial set of the official files; the build holds fewer releases "
            f"than the bundled snapshot of {', '.join(short)}; the bundled snapshot is left "
            "as it is")
