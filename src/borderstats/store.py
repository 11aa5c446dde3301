"""The store: one DuckDB file holding every ingested release and its observations.

Each ingested file is a release (source, vintage, official URL, sha256, size, rows, ingest
time). Observations belong to exactly one release; nothing is ever overwritten, so any
figure can be re-derived from the release that published it. An ingest runs in one
transaction: it completes, or the store is left exactly as it was.

Many processes use one store at once. Readers open it read-only (:func:`open_reader`), so
any number of them run side by side. A writer (:func:`write_store`) takes a lock file beside
the store, waiting a bounded time for another writer, copies the store, writes the copy and
renames it over the store: readers never wait for a writer, and see the store either as it
was or as it is after the write, never between; a writer killed half-way leaves the store as
it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import os
import shutil
import stat
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

try:
    # DuckDB's compiled engine on its own: the duckdb package's Python layer around it
    # (relations, expressions, a version lookup through importlib.metadata) takes some 40 ms
    # to import, a third of a query's start-up, and reading the store uses none of it.
    import _duckdb as duckdb
except ImportError:  # DuckDB before 2.0 has no engine module of its own
    import duckdb

from borderstats.dimensions import DIMENSIONS
from borderstats.errors import BorderstatsError, SourceFormatError, StoreError
from borderstats.periods import add_months
from borderstats.sqlviews import create_views, views_digest

if TYPE_CHECKING:
    # Only ingesting needs the sources and the drift guards (imported where it does): a
    # reader, such as `borderstats query`, starts some 4 ms sooner without them.
    from borderstats.guards import Finding
    from borderstats.sources import Recognised
    from borderstats.sources.base import Observation, ParsedFile
    from borderstats.sources.overlaps import Side

SCHEMA_VERSION = "1"

# The bundled snapshot: every release built from the official files by this package's own
# sources (``borderstats.snapshot`` builds it), shipped as package data in this format.
SNAPSHOT_DIR = Path(__file__).parent / "snapshot"
SNAPSHOT_FILES = ("releases.parquet", "release_tables.parquet", "observations.parquet")


def snapshot_available(directory: Path = SNAPSHOT_DIR) -> bool:
    return all((directory / name).exists() for name in SNAPSHOT_FILES)

RELEASE_COLUMNS = (
    "release_id", "source", "file_name", "title", "layout", "publisher", "compiler",
    "official_url", "published", "published_estimated", "sha256", "size_bytes", "row_count",
    "data_start", "data_end", "rounding",
)

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS releases (
    release_id INTEGER PRIMARY KEY,
    source VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    layout VARCHAR NOT NULL,
    publisher VARCHAR NOT NULL,
    compiler VARCHAR,
    official_url VARCHAR NOT NULL,
    published DATE NOT NULL,
    published_estimated BOOLEAN NOT NULL,
    sha256 VARCHAR NOT NULL UNIQUE,
    size_bytes BIGINT NOT NULL,
    row_count BIGINT NOT NULL,
    data_start DATE NOT NULL,
    data_end DATE NOT NULL,
    rounding INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    ingested_from VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS release_tables (
    release_id INTEGER NOT NULL,
    table_id VARCHAR NOT NULL,
    description VARCHAR NOT NULL,
    PRIMARY KEY (release_id, table_id)
);
CREATE TABLE IF NOT EXISTS observations (
    release_id INTEGER NOT NULL,
    table_id VARCHAR NOT NULL,
    fiscal_year SMALLINT NOT NULL,
    month DATE,
    {", ".join(f"{d} VARCHAR" for d in DIMENSIONS)},
    value BIGINT NOT NULL
);
"""


# DuckDB may install and load extensions on its own (for instance the SQLite reader when
# pointed at a SQLite file, downloaded over the network): never.
DUCKDB_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}

# How long a writer waits for another writer, and a reader for a store being set up.
LOCK_TIMEOUT = float(os.environ.get("BORDERSTATS_LOCK_TIMEOUT") or 120)


def default_path() -> Path:
    """$BORDERSTATS_DB, else the user's data directory."""
    if env := os.environ.get("BORDERSTATS_DB"):
        return Path(env).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "borderstats" / "borderstats.duckdb"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class IngestOutcome:
    path: Path
    status: str  # added | unchanged | skipped | quarantined
    source: str | None = None
    release_id: int | None = None
    rows: int = 0
    detail: str = ""
    findings: tuple[Finding, ...] = ()  # the drift guards a quarantined file failed
    sha256: str = ""
    compared_with: str = ""  # the previous vintage the guards compared it with


@dataclass(frozen=True)
class _Pending:
    recognised: Recognised
    sha256: str
    size: int
    parsed: ParsedFile


class Store:
    """A DuckDB store. Open with :func:`open_reader` (read-only), :func:`write_store`
    (a writer) or :func:`open_store`; use as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path | None, *,
                 read_only: bool = False, lock: WriteLock | None = None) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only
        self.loaded_snapshot = False  # whether opening filled it from the bundled snapshot
        self.changed = False  # whether anything was written through this connection
        self.closed = False
        self._lock = lock

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()
        self.closed = True
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- reading -----------------------------------------------------------------------

    def is_empty(self) -> bool:
        return self.con.execute("SELECT count(*) FROM releases").fetchone()[0] == 0

    def releases(self) -> list[dict]:
        cur = self.con.execute("SELECT * FROM releases")
        names = [d[0] for d in cur.description]
        releases = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
        # Ordered here rather than by ORDER BY: a process's first sort in DuckDB costs some
        # 2.5 ms, and these are a few dozen rows (none of the four columns is ever NULL).
        releases.sort(key=lambda r: (r["source"], r["published"], r["data_end"],
                                     r["release_id"]))
        return releases

    def counts(self) -> tuple[int, int]:
        releases = self.con.execute("SELECT count(*) FROM releases").fetchone()[0]
        rows = self.con.execute("SELECT count(*) FROM observations").fetchone()[0]
        return releases, rows

    # -- writing -----------------------------------------------------------------------

    def ingest(self, paths: Iterable[Path],
               progress: Callable[[Path], None] | None = None, *,
               guard: bool = True, hold_errors: bool = False) -> list[IngestOutcome]:
        """Ingest files as one transaction: every new release is added, or none is.

        Files already in the store (same sha256) are left as they are; files no source
        recognises are reported as skipped. Any parse error aborts the whole ingest before
        anything is written. With ``guard``, a file that fails a drift guard
        (:mod:`borderstats.guards`) is not ingested but reported as quarantined, with the
        findings; the other files are ingested. With ``hold_errors`` (for downloads), a
        file that does not parse is quarantined too, instead of ending the ingest.
        """
        from borderstats.guards import Finding
        from borderstats.sources import recognise, skip_reason

        outcomes: list[IngestOutcome] = []
        pending: list[_Pending] = []
        known = {row[0]: row[1] for row in
                 self.con.execute("SELECT sha256, release_id FROM releases").fetchall()}
        seen: set[str] = set()
        for path in paths:
            recognised = recognise(path)
            if recognised is None:
                outcomes.append(IngestOutcome(path, "skipped", detail=skip_reason(path)))
            else:
                try:
                    digest = sha256_of(path)
                except OSError as exc:
                    raise SourceFormatError(path, f"cannot read the file ({exc.strerror})"
                                            ) from None
                if digest in known or digest in seen:
                    outcomes.append(IngestOutcome(
                        path, "unchanged", recognised.source.id, known.get(digest),
                        detail="this exact file is already in the store"))
                else:
                    seen.add(digest)
                    try:
                        parsed = recognised.parse()
                        if not parsed.observations:
                            raise SourceFormatError(path, "the file holds no observations")
                        _check_values(path, parsed)
                    except SourceFormatError as exc:
                        if not hold_errors:
                            raise
                        outcomes.append(IngestOutcome(
                            path, "quarantined", recognised.source.id, detail=str(exc),
                            findings=(Finding("layout", str(exc)),), sha256=digest))
                        if progress:
                            progress(path)
                        continue
                    findings, compared = (self._guard(recognised, parsed, pending) if guard
                                          else ([], ""))
                    if findings:
                        outcomes.append(IngestOutcome(
                            path, "quarantined", recognised.source.id,
                            detail=findings[0].detail, findings=tuple(findings),
                            sha256=digest, compared_with=compared))
                    else:
                        pending.append(_Pending(recognised, digest, path.stat().st_size,
                                                parsed))
            if progress:
                progress(path)
        if pending:
            outcomes.extend(self._write(pending))
            self.changed = True
        return outcomes

    def _guard(self, recognised: Recognised, parsed: ParsedFile,
               pending: list[_Pending]) -> tuple[list[Finding], str]:
        """The drift guards' findings for a parsed file, compared with the vintage of its
        family (same source and layout) that comes just before it — in the store or earlier
        in this ingest — or, for a file older than all of them, the one just after it."""
        from borderstats import guards

        family = (recognised.source.id, recognised.spec.layout)
        candidates: list[tuple[dt.date, int, object, str]] = [
            (data_end, 0, release_id, f"release {release_id}, {name}")
            for release_id, name, data_end in self.con.execute(
                "SELECT release_id, file_name, data_end FROM releases WHERE source = ? AND "
                "layout = ? ORDER BY data_end, published, release_id", list(family)).fetchall()]
        candidates += [(p.parsed.data_end, 1, p, p.recognised.path.name) for p in pending
                       if (p.recognised.source.id, p.recognised.spec.layout) == family]
        if not candidates:
            return (guards.check(parsed.observations, parsed.data_start, parsed.data_end, None)
                    + self._cross_checks(recognised, parsed, pending)), ""
        before = [c for c in candidates if c[0] <= parsed.data_end]
        _, _, ref, name = (before[-1] if before else min(candidates, key=lambda c: c[0]))
        if isinstance(ref, _Pending):
            previous = {guards.key_of(o): o.value for o in ref.parsed.observations}
        else:
            dims = ", ".join(DIMENSIONS)
            previous = {tuple(row[:-1]): row[-1] for row in self.con.execute(
                f"SELECT table_id, fiscal_year, month, {dims}, value FROM observations "
                "WHERE release_id = ?", [ref]).fetchall()}
        findings = guards.check(parsed.observations, parsed.data_start, parsed.data_end,
                                previous, name)
        return findings + self._cross_checks(recognised, parsed, pending), name

    def _cross_checks(self, recognised: Recognised, parsed: ParsedFile,
                      pending: list[_Pending]) -> list[Finding]:
        """The file's figures against every overlap with another file it takes part in
        (``borderstats.sources.overlaps``): the other side as the store and the files
        earlier in this ingest hold it, each period from the newest release holding it."""
        from borderstats import guards
        from borderstats.sources.overlaps import OVERLAPS

        findings: list[Finding] = []
        source = recognised.source.id
        for overlap in OVERLAPS:
            for mine_is_left in (True, False):
                side, other = ((overlap.left, overlap.right) if mine_is_left
                               else (overlap.right, overlap.left))
                if side.source != source:
                    continue
                mine = guards.series(_cells(parsed.observations, side), overlap.grain,
                                     parsed.data_end)
                if not mine:
                    continue
                theirs = guards.series(_cells(parsed.observations, other), overlap.grain,
                                       parsed.data_end)
                names = [recognised.path.name]
                if not theirs:
                    theirs, names = self._side_series(other, overlap.grain, pending)
                left, right = (mine, theirs) if mine_is_left else (theirs, mine)
                comparisons = guards.compare_overlap(overlap, left, right)
                findings += guards.against_overlap(
                    overlap, comparisons, recognised.path.name,
                    f"{other.describe()} ({', '.join(names[-2:])})")
        return findings

    def _side_series(self, side: Side, grain: str, pending: list[_Pending] = ()
                     ) -> tuple[dict, list[str]]:
        """One side of an overlap at ``grain``: each period from the newest release holding
        it (files pending in this ingest after the store's), and the files it came from."""
        from borderstats import guards

        filters = "".join(f" AND o.{d} = ?" for d in side.where)
        rows = self.con.execute(
            "SELECT r.release_id, r.published, r.file_name, r.data_end, o.month, "
            "o.fiscal_year, sum(o.value) FROM observations o JOIN releases r USING "
            f"(release_id) WHERE r.source = ? AND o.table_id = ?{filters} GROUP BY ALL",
            [side.source, side.table, *side.where.values()]).fetchall()
        cells: dict[tuple, list] = defaultdict(list)
        for release_id, published, name, data_end, month, fiscal_year, value in rows:
            cells[(published, release_id, name, data_end)].append(
                (month, fiscal_year, int(value)))
        ordered = [(name, data_end, found)
                   for (_, _, name, data_end), found in sorted(cells.items())]
        ordered += [(p.recognised.path.name, p.parsed.data_end,
                     _cells(p.parsed.observations, side))
                    for p in pending if p.recognised.source.id == side.source]
        merged: dict = {}
        names: list[str] = []
        for name, data_end, found in ordered:
            figures = guards.series(found, grain, data_end)
            if figures:
                merged.update(figures)
                names.append(name)
        return merged, names

    def overlaps(self) -> list[dict]:
        """How the overlapping sources in the store agree now: for each overlap, every
        period both sides hold (newest release of each), the periods that break it and
        the largest difference."""
        from borderstats import guards
        from borderstats.sources.overlaps import AT_MOST, OVERLAPS

        out = []
        for overlap in OVERLAPS:
            left, left_files = self._side_series(overlap.left, overlap.grain)
            right, right_files = self._side_series(overlap.right, overlap.grain)
            comparisons = guards.compare_overlap(overlap, left, right)
            # The period nearest the limit: the largest share either way, or for a part
            # of a whole the one nearest to exceeding it.
            worst = max(comparisons, default=None, key=(
                (lambda c: c.share or 0.0) if overlap.relation == AT_MOST
                else (lambda c: abs(c.share or 0.0))))
            out.append({
                "name": overlap.name, "relation": overlap.relation, "grain": overlap.grain,
                "tolerance": overlap.tolerance(), "why": overlap.why,
                "left": overlap.left.describe(), "right": overlap.right.describe(),
                "left_files": left_files, "right_files": right_files,
                "compared": len(comparisons),
                "first": comparisons[0].period if comparisons else None,
                "last": comparisons[-1].period if comparisons else None,
                "broken": [c.period for c in comparisons if not c.holds],
                "largest_difference": None if worst is None else {
                    "period": worst.period, "left": worst.left, "right": worst.right,
                    "difference": worst.difference,
                    "share": None if worst.share is None else round(worst.share, 6)},
                "periods": [{"period": c.period, "left": c.left, "right": c.right,
                             "difference": c.difference, "holds": c.holds}
                            for c in comparisons]})
        return out

    def _write(self, pending: list[_Pending]) -> list[IngestOutcome]:
        import duckdb as duckdb_package  # noqa: F401 - sets up the Arrow scan used below
        import pyarrow as pa

        outcomes = []
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            next_id = con.execute(
                "SELECT coalesce(max(release_id), 0) + 1 FROM releases").fetchone()[0]
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
            held_names = {(r[0], r[1]) for r in con.execute(
                "SELECT source, file_name FROM releases").fetchall()}
            for item in pending:
                rec, parsed = item.recognised, item.parsed
                published, estimated, url = _publication(
                    rec, parsed, (rec.source.id, rec.path.name) in held_names)
                held_names.add((rec.source.id, rec.path.name))
                release_id = next_id
                next_id += 1
                con.execute(
                    "INSERT INTO releases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?)",
                    [release_id, rec.source.id, rec.path.name, rec.spec.title, rec.spec.layout,
                     rec.source.publisher, rec.spec.compiler, url, published, estimated,
                     item.sha256, item.size, len(parsed.observations), parsed.data_start,
                     parsed.data_end, rec.source.rounding, now, str(rec.path.resolve())])
                con.executemany("INSERT INTO release_tables VALUES (?, ?, ?)",
                                [[release_id, t, d] for t, d in parsed.tables.items()])
                obs = parsed.observations
                columns = {
                    "release_id": pa.array([release_id] * len(obs), pa.int32()),
                    "table_id": pa.array([o.table for o in obs], pa.string()),
                    "fiscal_year": pa.array([o.fiscal_year for o in obs], pa.int16()),
                    "month": pa.array([o.month for o in obs], pa.date32()),
                    **{d: pa.array([getattr(o, d) for o in obs], pa.string())
                       for d in DIMENSIONS},
                    "value": pa.array([o.value for o in obs], pa.int64()),
                }
                batch = pa.table(columns)  # noqa: F841 - read by DuckDB by name
                con.execute("INSERT INTO observations BY NAME SELECT * FROM batch")
                outcomes.append(IngestOutcome(rec.path, "added", rec.source.id, release_id,
                                              len(obs), detail=rec.spec.title,
                                              sha256=item.sha256))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return outcomes

    def load_snapshot(self, directory: Path) -> int:
        """Bring the store's copy of the bundled snapshot up to date: every snapshot release
        the store does not hold from an ingest of its own is (re)loaded — all of them for an
        empty store; after an upgrade of the package, the releases as the new version parses
        them. Releases the user ingested are never touched; release ids are the store's own.
        Returns the number of releases loaded."""
        con = self.con
        releases = str(directory / "releases.parquet")
        digest = hashlib.sha256((directory / "releases.parquet").read_bytes()).hexdigest()
        known = con.execute("SELECT value FROM meta WHERE key = 'snapshot'").fetchone()
        if known and known[0] == digest:
            return 0
        con.execute("BEGIN TRANSACTION")
        try:
            # Releases loaded from an older snapshot were parsed by an older version of the
            # package (vocabularies, dimensions): they are replaced, not kept beside.
            # A source the new snapshot does not hold keeps the releases it has.
            old = [r[0] for r in con.execute(
                "SELECT release_id FROM releases WHERE ingested_from = 'bundled snapshot' "
                "AND source IN (SELECT DISTINCT source FROM read_parquet(?))", [releases]
            ).fetchall()]
            if old:
                ids = ", ".join(map(str, old))
                for table in ("observations", "release_tables", "releases"):
                    con.execute(f"DELETE FROM {table} WHERE release_id IN ({ids})")
            added = self._insert_parquet(directory, "bundled snapshot")
            con.execute("INSERT OR REPLACE INTO meta VALUES ('snapshot', ?)", [digest])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        self.changed = True
        return added

    def _insert_parquet(self, directory: Path, origin: str) -> int:
        """Add the releases of a parquet export the store does not hold (by sha256), with
        new release ids; inside the caller's transaction. Returns how many."""
        con = self.con
        releases = str(directory / "releases.parquet")
        con.execute(
            "CREATE OR REPLACE TEMP TABLE snapshot_ids AS SELECT s.release_id AS old_id, "
            "(SELECT coalesce(max(release_id), 0) FROM releases) + row_number() OVER "
            "(ORDER BY s.release_id) AS new_id FROM read_parquet(?) s "
            "WHERE s.sha256 NOT IN (SELECT sha256 FROM releases)", [releases])
        added = con.execute("SELECT count(*) FROM snapshot_ids").fetchone()[0]
        if added:
            columns = ", ".join(c for c in RELEASE_COLUMNS if c != "release_id")
            con.execute(
                f"INSERT INTO releases BY NAME SELECT m.new_id AS release_id, {columns}, "
                "current_timestamp::TIMESTAMP AS ingested_at, ? AS "
                "ingested_from FROM read_parquet(?) s JOIN snapshot_ids m "
                "ON s.release_id = m.old_id", [origin, releases])
            con.execute(
                "INSERT INTO release_tables BY NAME SELECT m.new_id AS release_id, "
                "s.* EXCLUDE (release_id) FROM read_parquet(?) s JOIN snapshot_ids m "
                "ON s.release_id = m.old_id", [str(directory / "release_tables.parquet")])
            con.execute(
                "INSERT INTO observations BY NAME SELECT m.new_id AS release_id, "
                "s.* EXCLUDE (release_id) FROM read_parquet(?) s JOIN snapshot_ids m "
                "ON s.release_id = m.old_id", [str(directory / "observations.parquet")])
        return added

    def import_parquet(self, directory: Path) -> int:
        """Add the releases of an export (``borderstats export``) that the store does not
        hold, as one transaction. Returns how many were added."""
        from borderstats.sources.base import MAX_COUNT

        missing = [n for n in SNAPSHOT_FILES if not (directory / n).is_file()]
        if missing:
            raise StoreError(f"{directory}: not a borderstats export (no {missing[0]})")
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            added = self._insert_parquet(directory, f"import {directory.resolve()}")
            bad = con.execute(
                "SELECT count(*) FROM observations WHERE value < 0 OR value > ? OR "
                "release_id NOT IN (SELECT release_id FROM releases)", [MAX_COUNT]).fetchone()[0]
            if bad:
                raise StoreError(f"{directory}: {bad} observation(s) with an implausible "
                                 "count or no release; nothing imported")
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"{directory}: not a borderstats export ({_first_line(exc)})"
                             ) from None
        except BaseException:
            con.execute("ROLLBACK")
            raise
        self.changed = self.changed or added > 0
        return added

    def export_snapshot(self, directory: Path) -> None:
        """Write the store's releases and observations as a deterministic snapshot."""
        directory.mkdir(parents=True, exist_ok=True)
        dims = ", ".join(DIMENSIONS)
        queries = {
            "releases.parquet":
                f"SELECT {', '.join(RELEASE_COLUMNS)} FROM releases ORDER BY release_id",
            "release_tables.parquet":
                "SELECT * FROM release_tables ORDER BY release_id, table_id",
            "observations.parquet":
                f"SELECT release_id, table_id, fiscal_year, month, {dims}, value "
                f"FROM observations ORDER BY release_id, table_id, fiscal_year, "
                f"month NULLS FIRST, {dims}, value",
        }
        for name, sql in queries.items():
            target = directory / name
            self.con.execute(
                f"COPY ({sql}) TO '{target}' (FORMAT parquet, COMPRESSION zstd, "
                "ROW_GROUP_SIZE 1000000)")


def _cells(observations: list[Observation], side: Side) -> list[tuple]:
    """The (month, fiscal year, value) cells of one side of an overlap in a parsed file."""
    return [(o.month, o.fiscal_year, o.value) for o in observations
            if o.table == side.table and all(getattr(o, d) == v for d, v in side.where.items())]


def _check_values(path: Path, parsed: ParsedFile) -> None:
    """Every count whole, non-negative and below :data:`MAX_COUNT`, whatever the parser."""
    from borderstats.sources.base import MAX_COUNT

    for obs in parsed.observations:
        value = obs.value
        if not isinstance(value, int) or isinstance(value, bool) or not \
                0 <= value <= MAX_COUNT:
            month = f" {obs.month:%Y-%m}" if obs.month else f" FY{obs.fiscal_year}"
            raise SourceFormatError(
                path, f"table {obs.table},{month}: not a plausible count (a whole number "
                f"from 0 to {MAX_COUNT:,})", value=value)


def _publication(rec: Recognised, parsed: ParsedFile,
                 name_held: bool = False) -> tuple[dt.date, bool, str]:
    """Publication date (the 15th of the known month, or estimated) and official URL.

    A file republished under a name the store already holds (CBP revises its files in
    place) is a later vintage than the known release of that name: it was published by the
    day it is ingested, which is its estimated date."""
    known = rec.spec.releases.get(rec.path.name)
    if known and name_held:
        return dt.date.today(), True, known[1]
    if known:
        month, url = known
        year, mon = (int(x) for x in month.split("-"))
        return dt.date(year, mon, 15), False, url
    # A new vintage: CBP and OHSS publish about mid-month for the month before.
    return add_months(parsed.data_end, 1).replace(day=15), True, rec.source.page_url


def open_store(path: Path | str | None = None, *, read_only: bool = False,
               snapshot: bool = True) -> Store:
    """Open (creating if needed) the store at ``path``; ``None`` means in memory.

    An empty store is filled from the bundled snapshot, so the package answers queries
    with no network and no raw files; a store filled by an older version gets the releases
    the newer snapshot adds. Opened for writing, the store is written in place and holds
    the write lock until closed; commands use :func:`open_reader` and :func:`write_store`,
    which let readers and a writer work at once.
    """
    if path is None:
        store = Store(_connect(None, read_only=False), None)
        _prepare(store, snapshot)
        return store
    path = Path(path)
    if read_only and path.exists():
        return Store(_connect(path, read_only=True), path, read_only=True)
    _make_parent(path)
    lock = WriteLock(path)
    lock.acquire()
    try:
        store = Store(_connect(path, read_only=False), path, lock=lock)
    except BaseException:
        lock.release()
        raise
    try:
        _prepare(store, snapshot)
    except BaseException:
        store.close()
        raise
    return store


def file_identity(path: Path) -> tuple[int, int, int] | None:
    """The store file as it is now (inode, modification time, size): a writer replaces the
    file whole, so a reader whose file's identity changed is reading an old store."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size


def open_reader(path: Path | str, *, snapshot: bool = True,
                timeout: float | None = None) -> Store:
    """Open the store at ``path`` read-only; any number of readers may do so at once.

    A store that does not exist yet, or was filled from an older bundled snapshot, is first
    brought up to date by a writer (:func:`write_store`); a store that cannot be written (a
    read-only file or folder) is read as it is."""
    path = Path(path)
    readable = False
    if path.exists():
        con = _connect_waiting(path, timeout)
        if _is_current(con, path, snapshot):
            return Store(con, path, read_only=True)  # the usual case: one connection
        readable = _holds_releases(con)
        con.close()
    if _writable(path):
        try:
            # A store that can be read as it is is not worth waiting for a writer: the
            # next reader after that writer brings it up to date.
            with write_store(path, snapshot=snapshot, timeout=0 if readable else timeout):
                pass
        except LockBusy:
            if not readable:
                raise
    elif not path.exists():
        raise StoreError(f"{path}: no store there, and its folder cannot be written to "
                         "create one")
    return Store(_connect_waiting(path, timeout), path, read_only=True)


@contextlib.contextmanager
def write_store(path: Path | str, *, snapshot: bool = True, timeout: float | None = None,
                on_wait: Callable[[str], None] | None = None) -> Iterator[Store]:
    """A writer on the store at ``path``: the write lock (waiting at most ``timeout``
    seconds for another writer, telling ``on_wait`` who holds it), then a copy of the store
    to write; on success the copy replaces the store in one rename, on any error or a kill
    the store is left exactly as it was."""
    path = Path(path)
    if path.exists() and not _writable(path):
        raise StoreError(f"{path}: the store file or its folder is read-only; reading works, "
                         "writing does not")
    _make_parent(path)
    lock = WriteLock(path)
    lock.acquire(timeout, on_wait)
    work = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    try:
        _remove_leftovers(path)
        if path.exists():
            _checkpoint_wal(path, timeout)
            shutil.copyfile(path, work)
        store = Store(_connect(work, read_only=False), work)
        try:
            _prepare(store, snapshot)
            yield store
            if store.changed:
                store.con.execute("CHECKPOINT")
        finally:
            store.con.close()
        if store.changed:
            _fsync(work)
            if path.exists():
                os.chmod(work, stat.S_IMODE(path.stat().st_mode))
            os.replace(work, path)
            _fsync(path.parent)
    finally:
        for leftover in (work, work.with_name(work.name + ".wal")):
            leftover.unlink(missing_ok=True)
        lock.release()


class WriteLock:
    """The writer's lock: an exclusive ``flock`` on ``<store>.lock``, which also names the
    process holding it (for the message a waiting writer prints). The kernel releases it
    when its process ends, however it ends."""

    def __init__(self, store_path: Path) -> None:
        self.path = store_path.with_name(store_path.name + ".lock")
        self._fd: int | None = None

    def holder(self) -> str:
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return "another process"
        pid, _, command = text.partition(" ")
        return f"process {pid} ({command})" if pid.isdigit() else "another process"

    def acquire(self, timeout: float | None = None,
                on_wait: Callable[[str], None] | None = None) -> None:
        timeout = LOCK_TIMEOUT if timeout is None else timeout
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the store's lock file "
                             f"({exc.strerror})") from None
        deadline = time.monotonic() + timeout
        told = False
        delay = 0.02
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise LockBusy(
                        f"{self.path.with_suffix('')}: {self.holder()} is writing the store; "
                        f"gave up after {timeout:g} s (try again when it is done)") from None
                if on_wait and not told:
                    on_wait(f"waiting for {self.holder()} to finish writing the store")
                    told = True
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
        os.ftruncate(fd, 0)
        command = " ".join(os.path.basename(a) if i == 0 else a
                           for i, a in enumerate(sys.argv[:3]))
        os.write(fd, f"{os.getpid()} {command or 'python'}\n".encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None


def _prepare(store: Store, snapshot: bool) -> None:
    con = store.con
    try:
        con.execute(_SCHEMA)
    except duckdb.Error as exc:
        raise StoreError(f"{store.path}: not a borderstats store ({_first_line(exc)})") from None
    con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
    _migrate(con)
    if snapshot and snapshot_available():
        store.loaded_snapshot = store.load_snapshot(SNAPSHOT_DIR) > 0
    held = con.execute("SELECT value FROM meta WHERE key = 'views'").fetchone()
    if held is None or held[0] != views_digest():
        # The documented SQL views (sqlviews.py), made again when the catalog changes.
        create_views(con)
        store.changed = True


def _is_current(con: duckdb.DuckDBPyConnection, path: Path, snapshot: bool) -> bool:
    """Whether the store at ``path`` (open on ``con``) needs nothing before it is read: its
    tables and columns exist and it holds the bundled snapshot's releases as this version
    builds them."""
    # Plain selects, not the information schema: its first use costs a reader ~6 ms. One
    # statement finds every table and the observations' columns (each costs ~0.6 ms).
    try:
        try:
            columns = {d[0] for d in con.execute(
                "SELECT o.* FROM observations o, meta, releases, release_tables LIMIT 0"
            ).description}
        except duckdb.CatalogException:  # a table is missing
            tables = sorted(r[0] for r in con.execute(
                "SELECT table_name FROM duckdb_tables()").fetchall())
            if tables and "releases" not in tables:
                # Another application's database: not ours to add tables to.
                con.close()
                raise StoreError(f"{path}: a DuckDB database but not a borderstats store "
                                 f"(it holds {', '.join(tables[:3])})") from None
            return False
        if not set(DIMENSIONS) <= columns:
            return False
        held = dict(con.execute(
            "SELECT key, value FROM meta WHERE key IN ('snapshot', 'views')").fetchall())
        if held.get("views") != views_digest():
            return False
        if not (snapshot and snapshot_available()):
            return True
        return held.get("snapshot") == snapshot_digest()
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"{path}: not a borderstats store ({_first_line(exc)})") from None


def _holds_releases(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store has the tables and columns a query reads (it may still lack the
    releases of a newer bundled snapshot)."""
    try:
        con.execute("SELECT 1 FROM releases, release_tables LIMIT 0").fetchall()
        columns = {d[0] for d in con.execute(
            "SELECT * FROM observations LIMIT 0").description}
    except duckdb.Error:
        return False
    return set(DIMENSIONS) <= columns


def snapshot_digest(directory: Path = SNAPSHOT_DIR) -> str:
    return hashlib.sha256((directory / "releases.parquet").read_bytes()).hexdigest()


def _connect(path: Path | None, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    if path is None:
        return duckdb.connect(":memory:", config=DUCKDB_CONFIG)
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a store file")
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        head = b""
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the store ({exc.strerror})") from None
    if head.startswith(b"SQLite format 3"):
        raise StoreError(f"{path}: a SQLite database, not a borderstats (DuckDB) store")
    try:
        return duckdb.connect(str(path), read_only=read_only, config=DUCKDB_CONFIG)
    except duckdb.Error as exc:
        message = _first_line(exc)
        if "could not set lock" in message.lower() or "conflicting lock" in message.lower():
            raise _Locked(message) from None
        raise StoreError(f"{path}: cannot open the store ({message})") from None


class LockBusy(StoreError):
    """Another writer held the write lock for longer than the wait allowed."""


class _Locked(StoreError):
    """Another process has the store file open for writing in place."""


def _connect_waiting(path: Path, timeout: float | None) -> duckdb.DuckDBPyConnection:
    """A read-only connection, waiting a bounded time while a process writes in place."""
    deadline = time.monotonic() + (LOCK_TIMEOUT if timeout is None else timeout)
    delay = 0.02
    while True:
        try:
            return _connect(path, read_only=True)
        except _Locked as exc:
            if time.monotonic() >= deadline:
                raise StoreError(f"{path}: {WriteLock(path).holder()} has the store open for "
                                 f"writing ({exc})") from None
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def _checkpoint_wal(path: Path, timeout: float | None) -> None:
    """Fold a write-ahead log left beside the store (a writer in place that died) into the
    store file, so a copy of the file is the whole store."""
    if path.with_name(path.name + ".wal").exists():
        deadline = time.monotonic() + (LOCK_TIMEOUT if timeout is None else timeout)
        while True:
            try:
                _connect(path, read_only=False).close()
                return
            except _Locked:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.1)


def _remove_leftovers(path: Path) -> None:
    """Copies left by writers that were killed (only the lock's holder writes copies)."""
    for leftover in path.parent.glob(f"{path.name}.tmp-*"):
        leftover.unlink(missing_ok=True)


def _writable(path: Path) -> bool:
    """Whether the store may be written: the folder (to rename a new copy into place) and
    the file, judged by their permission bits too, so a store made read-only stays so even
    for root."""
    folder = path.parent
    while not folder.exists():
        folder = folder.parent
    if not os.access(folder, os.W_OK) or not folder.stat().st_mode & 0o222:
        return False
    return not path.exists() or bool(os.access(path, os.W_OK)
                                      and path.stat().st_mode & 0o222)


def _make_parent(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path.parent}: cannot create the store's folder "
                         f"({exc.strerror})") from None


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Bring a store made by an older version up to date: dimensions added since."""
    present = {row[0] for row in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = "
        "'observations'").fetchall()}
    for dim in DIMENSIONS:
        if dim not in present:
            con.execute(f"ALTER TABLE observations ADD COLUMN {dim} VARCHAR")


def ingest_dir(store: Store, directory: Path,
               progress: Callable[[Path], None] | None = None) -> list[IngestOutcome]:
    files = data_files(directory)
    return store.ingest(files, progress)


def data_files(directory: Path) -> list[Path]:
    if not directory.exists():
        raise BorderstatsError(f"{directory}: no such file or directory")
    if directory.is_file():
        return [directory]
    return sorted(p for p in directory.rglob("*") if p.is_file() and not p.name.startswith("."))
