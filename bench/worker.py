"""Benchmark worker: each sub-command runs in a fresh process started by ``bench/run.py``.

It prints one JSON object as the last line of stdout. Nothing here writes outside the
paths it is given (temporary stores made by run.py); raw files are only read.

    python bench/worker.py ingest DB RAW       # cold full ingest (snapshot=False) + per file
    python bench/worker.py reingest DB RAW     # re-ingest into an existing store (no-op)
    python bench/worker.py warm DB N BUDGET_S  # typical queries on one Engine, repeated
    python bench/worker.py cold DB INDEX       # one typical query, first in this process
    python bench/worker.py profile DB RAW      # cProfile of a full ingest, by package
    python bench/worker.py experiments RAW     # measure-only ideas for a faster ingest
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# In-process times start here, after the interpreter and these few stdlib modules; the
# parent measures the whole process (interpreter start-up included) from outside.
T_START = time.perf_counter()


@dataclass(frozen=True)
class QuerySpec:
    """One typical query, run through the Python API (``borderstats.api``)."""

    name: str
    kind: str  # query | rank | change
    measure: str
    args: tuple[str, ...]
    kwargs: dict[str, Any] = field(default_factory=dict)
    expect: int | None = None  # the value the answer must have (guards against timing errors)


QUERIES: tuple[QuerySpec, ...] = (
    QuerySpec("swb_encounters FY2023 total", "query", "swb_encounters", ("FY2023",),
              expect=2475669),
    QuerySpec("swb_encounters FY2019..FY2024 by fiscal_year", "query", "swb_encounters",
              ("FY2019..FY2024",), {"by": ["fiscal_year"]}),
    QuerySpec("rank usbp_swb_encounters 2024-01 among Januaries", "rank",
              "usbp_swb_encounters", ("2024-01",)),
    QuerySpec("change swb_encounters 2023-12 -> 2024-01", "change", "swb_encounters",
              ("2023-12", "2024-01")),
    QuerySpec("swb_encounters FY2023 by citizenship", "query", "swb_encounters", ("FY2023",),
              {"by": ["citizenship"]}, expect=2475669),
)


def run_query(spec: QuerySpec, db: Path) -> Any:
    from borderstats import api

    fn: Callable[..., Any] = getattr(api, spec.kind)
    result = fn(spec.measure, *spec.args, db=db, **spec.kwargs)
    if spec.expect is not None and result.value != spec.expect:
        raise SystemExit(f"{spec.name}: got {result.value}, expected {spec.expect}")
    return result


def emit(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, default=str) + "\n")


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, -(-len(ordered) * pct // 100) - 1))
    return ordered[int(index)]


# -- ingest ---------------------------------------------------------------------------------


def cmd_ingest(db: Path, raw: Path) -> None:
    """Cold ingest into an empty store, timing each file through the progress callback.

    The time between two callbacks is what ``Store.ingest`` spends on that file (name
    recognition, sha256, parse); what follows the last callback is the one-transaction
    write of every release.
    """
    from borderstats.sources import modules, recognise
    from borderstats.store import data_files, ingest_dir, open_store

    t_imported = time.perf_counter()
    store = open_store(db, snapshot=False)
    t_opened = time.perf_counter()
    # Store.ingest imports the source modules (pdfplumber, openpyxl, ...) on its first
    # file; do it here so that cost is not booked to whichever file comes first.
    modules()
    t_open = time.perf_counter()
    marks: list[tuple[Path, float]] = []
    outcomes = ingest_dir(store, raw, progress=lambda p: marks.append((p, time.perf_counter())))
    t_done = time.perf_counter()
    releases, rows = store.counts()
    store.close()
    t_closed = time.perf_counter()

    by_path = {o.path: o for o in outcomes}
    files = []
    previous = t_open
    for path, mark in marks:
        outcome = by_path.get(path)
        rec = recognise(path)
        files.append({
            "file": str(path.relative_to(raw)), "suffix": "".join(path.suffixes[-2:]).lower()
            if path.name.endswith(".gz") else path.suffix.lower(),
            "source": rec.source.id if rec else None,
            "status": outcome.status if outcome else "?",
            "rows": outcome.rows if outcome else 0,
            "seconds": mark - previous, "bytes": path.stat().st_size})
        previous = mark
    last_mark = marks[-1][1] if marks else t_open
    assert len(marks) == len(data_files(raw))

    emit({
        "import_s": t_imported - T_START, "open_s": t_opened - t_imported,
        "source_modules_import_s": t_open - t_opened, "ingest_s": t_done - t_open,
        "parse_phase_s": last_mark - t_open,
        "write_s": t_done - last_mark, "close_s": t_closed - t_done,
        "in_process_s": t_closed - T_START, "releases": releases, "observations": rows,
        "added": sum(1 for o in outcomes if o.status == "added"),
        "files": files, "bookkeeping_s": time.perf_counter() - t_closed,
    })


def cmd_reingest(db: Path, raw: Path, again: int) -> None:
    """Re-ingest a folder already in the store: first call in this fresh process, then
    ``again`` more calls on the same open store."""
    from borderstats.store import ingest_dir, open_store

    t_imported = time.perf_counter()
    with open_store(db, snapshot=False) as store:
        t_open = time.perf_counter()
        outcomes = ingest_dir(store, raw)
        t_done = time.perf_counter()
        repeats = []
        for _ in range(again):
            t0 = time.perf_counter()
            outcomes += ingest_dir(store, raw)
            repeats.append(time.perf_counter() - t0)
    statuses: dict[str, int] = defaultdict(int)
    for o in outcomes:
        statuses[o.status] += 1
    if statuses.get("added"):
        raise SystemExit("re-ingest added releases: the ingest is not idempotent")
    emit({"import_s": t_imported - T_START, "open_s": t_open - t_imported,
          "ingest_s": t_done - t_open, "same_process_s": repeats,
          "in_process_s": time.perf_counter() - T_START, "statuses": dict(statuses)})


# -- queries --------------------------------------------------------------------------------


class _TimedCursor:
    def __init__(self, cur: Any, entry: dict[str, Any]) -> None:
        self._cur, self._entry = cur, entry

    @property
    def description(self) -> Any:
        return self._cur.description

    def _timed(self, fetch: Callable[[], Any]) -> Any:
        t0 = time.perf_counter()
        try:
            return fetch()
        finally:
            self._entry["ms"] += (time.perf_counter() - t0) * 1000

    def fetchall(self) -> Any:
        rows = self._timed(self._cur.fetchall)
        self._entry["rows"] = len(rows)
        return rows

    def fetchone(self) -> Any:
        return self._timed(self._cur.fetchone)


class _TimedConnection:
    """Wraps the store's DuckDB connection: each statement, its time in DuckDB (execute and
    fetch) and its rows."""

    def __init__(self, con: Any) -> None:
        self._con = con
        self.statements: list[dict[str, Any]] = []

    def execute(self, sql: str, params: Any = None) -> _TimedCursor:
        t0 = time.perf_counter()
        cur = self._con.execute(sql, params) if params is not None else self._con.execute(sql)
        entry = {"sql": " ".join(sql.split())[:120], "params": len(params or ()),
                 "ms": (time.perf_counter() - t0) * 1000, "rows": None}
        self.statements.append(entry)
        return _TimedCursor(cur, entry)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


class _Rows:
    def __init__(self, rows: list[Any]) -> None:
        self._rows = rows

    def fetchall(self) -> list[Any]:
        return self._rows

    def fetchone(self) -> Any:
        return self._rows[0] if self._rows else None


# The engine's metadata statements: a span's coverage (min/max unit) and which release
# holds which unit. They depend only on the store, which does not change under an Engine.
METADATA_SQL = ("SELECT min(", "SELECT DISTINCT o.release_id")


class _MetadataCache:
    """Answers the engine's metadata statements from memory after their first run: the
    steady state of an Engine that loaded a (source, table, release, unit) index once."""

    def __init__(self, con: Any) -> None:
        self._con = con
        self._memo: dict[tuple[str, tuple[Any, ...]], list[Any]] = {}

    def execute(self, sql: str, params: Any = None) -> Any:
        if not sql.startswith(METADATA_SQL):
            return self._con.execute(sql, params) if params is not None \
                else self._con.execute(sql)
        key = (sql, tuple(params or ()))
        if key not in self._memo:
            self._memo[key] = self._con.execute(sql, params).fetchall()
        return _Rows(self._memo[key])

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


def _forget_answers(engine: Any) -> None:
    """Drop the Engine's per-question answer cache (if this version has one), keeping what
    it knows about the store (releases, coverage, category values): the state of an open
    Engine asked a question it has not seen yet."""
    answers = getattr(engine, "_answers", None)
    if isinstance(answers, dict):
        answers.clear()


def _repeat(spec: QuerySpec, db: Path, repeat: int, budget_s: float,
            engine: Any = None) -> list[float]:
    """Up to ``repeat`` timed calls within ``budget_s``; with ``engine``, each call is a
    new question to it (its answer cache is emptied first, outside the timing)."""
    times: list[float] = []
    deadline = time.perf_counter() + budget_s
    while len(times) < repeat and time.perf_counter() < deadline:
        if engine is not None:
            _forget_answers(engine)
        t0 = time.perf_counter()
        run_query(spec, db)
        times.append(time.perf_counter() - t0)
    return times


def _summary(times: list[float]) -> dict[str, Any]:
    return {"n": len(times), "median_s": statistics.median(times),
            "p95_s": percentile(times, 95), "min_s": min(times), "max_s": max(times)}


def cmd_warm(db: Path, repeat: int, budget_s: float) -> None:
    """Every typical query on one open Engine: the first call; then timed calls as new
    questions (answer cache emptied before each) and as repeats (answer cache hit); then
    one new-question call with every SQL statement timed."""
    from borderstats import api

    t_imported = time.perf_counter()
    engine = api.engine(db)
    t_open = time.perf_counter()
    results = []
    for spec in QUERIES:
        t0 = time.perf_counter()
        run_query(spec, db)
        first = time.perf_counter() - t0
        uncached = _repeat(spec, db, repeat, budget_s, engine)
        run_query(spec, db)
        cached = _repeat(spec, db, repeat, budget_s / 4)
        real = engine.store.con
        timed = _TimedConnection(real)
        _forget_answers(engine)
        engine.store.con = timed  # type: ignore[assignment]
        try:
            t0 = time.perf_counter()
            run_query(spec, db)
            wrapped = (time.perf_counter() - t0) * 1000
        finally:
            engine.store.con = real
        sql_ms = sum(st["ms"] for st in timed.statements)
        results.append({
            "name": spec.name, "first_s": first, **_summary(uncached),
            "cached": _summary(cached), "sql_statements": len(timed.statements),
            "sql_share": sql_ms / wrapped, "statements": timed.statements})

    # Experiment (this process only): every metadata statement answered from a per-Engine
    # cache (see _MetadataCache); each call is still a new question.
    experiments: dict[str, dict[str, Any]] = {}
    real = engine.store.con
    engine.store.con = _MetadataCache(real)  # type: ignore[assignment]
    try:
        for spec in QUERIES:
            _forget_answers(engine)
            run_query(spec, db)
            experiments[f"{spec.name}, metadata SQL cached"] = _summary(
                _repeat(spec, db, repeat, budget_s, engine))
    finally:
        engine.store.con = real
    api.close()
    emit({"import_s": t_imported - T_START, "open_s": t_open - t_imported,
          "answer_cache": hasattr(engine, "_answers"), "queries": results,
          "experiments": experiments})


def cmd_cold(db: Path, index: int) -> None:
    """One query as the first thing a fresh process does (import, open store, query)."""
    spec = QUERIES[index]
    from borderstats import api

    t_imported = time.perf_counter()
    api.engine(db)
    t_open = time.perf_counter()
    run_query(spec, db)
    t_done = time.perf_counter()
    api.close()
    emit({"name": spec.name, "import_s": t_imported - T_START, "open_s": t_open - t_imported,
          "query_s": t_done - t_open, "open_query_s": t_done - t_imported,
          "in_process_s": t_done - T_START})


# -- where the ingest time goes -------------------------------------------------------------


def _package_of(filename: str, funcname: str) -> str:
    if "site-packages/" in filename:
        top = filename.split("site-packages/", 1)[1].split("/", 1)[0]
        return top.removesuffix(".py")
    if "/borderstats/" in filename:
        return "borderstats." + filename.rsplit("/borderstats/", 1)[1].removesuffix(".py") \
            .replace("/", ".")
    if filename.startswith("~") or filename.startswith("<"):
        if "duckdb" in funcname:
            return "duckdb"
        return "builtins (C functions called from Python)"
    return "stdlib"


def cmd_profile(db: Path, raw: Path) -> None:
    """Self time per package during a full ingest, under cProfile (which inflates pure
    Python code relative to C, so read the shares, not the seconds)."""
    import cProfile
    import pstats

    from borderstats.store import ingest_dir, open_store

    store = open_store(db, snapshot=False)
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    ingest_dir(store, raw)
    profiler.disable()
    wall = time.perf_counter() - t0
    store.close()
    stats = pstats.Stats(profiler)
    by_package: dict[str, float] = defaultdict(float)
    functions = []
    entries: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    for (filename, line, funcname), (_cc, _nc, tottime, cumtime, _callers) in entries.items():
        by_package[_package_of(filename, funcname)] += tottime
        functions.append({"function": f"{Path(filename).name}:{line}({funcname})",
                          "self_s": tottime, "cumulative_s": cumtime})
    total = sum(by_package.values()) or 1.0
    packages = sorted(by_package.items(), key=lambda kv: -kv[1])
    functions.sort(key=lambda f: -f["cumulative_s"])
    emit({"profiled_wall_s": wall,
          "packages": [{"package": k, "self_s": v, "share": v / total} for k, v in packages],
          "top_cumulative": functions[:25]})


def _month_value_fast() -> Callable[..., Any]:
    """``cbp_common.month_value`` with its month table built once, not per call."""
    from borderstats.sources import cbp_common
    from borderstats.sources.base import MONTH_ABBR, fiscal_month_start, require_value

    table = {k: str(v) for k, v in MONTH_ABBR.items()}

    def month_value(path: Path, fiscal_year: int, raw: str, field_name: str, line: int) -> Any:
        month = require_value(path, raw.upper(), table, field_name=field_name, line=line)
        return fiscal_month_start(fiscal_year, int(month))

    assert cbp_common.month_value.__code__.co_argcount == 5
    return month_value


def _parse_file(path: Path) -> tuple[str, float, Any]:
    from borderstats.sources import recognise

    rec = recognise(path)
    assert rec is not None
    t0 = time.perf_counter()
    parsed = rec.parse()
    return path.name, time.perf_counter() - t0, parsed


def _parse_file_columnar(path: Path) -> tuple[str, float, Any]:
    """Parse, then turn the observations into an Arrow table as Store._write does: what a
    parallel ingest would hand back to the writing process (cheap to pickle)."""
    import pyarrow as pa

    from borderstats.sources.base import DIMENSIONS

    t0 = time.perf_counter()
    name, _seconds, parsed = _parse_file(path)
    obs = parsed.observations
    table = pa.table({
        "table_id": pa.array([o.table for o in obs], pa.string()),
        "fiscal_year": pa.array([o.fiscal_year for o in obs], pa.int16()),
        "month": pa.array([o.month for o in obs], pa.date32()),
        **{d: pa.array([getattr(o, d) for o in obs], pa.string()) for d in DIMENSIONS},
        "value": pa.array([o.value for o in obs], pa.int64()),
    })
    return name, time.perf_counter() - t0, table


def cmd_experiments(raw: Path) -> None:
    """Measure cheap speed-ups without changing the package (patched in this process)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    from borderstats.sources import cbp_nationwide_encounters, cbp_swb_encounters, recognise
    from borderstats.sources import usbp_historical as uh
    from borderstats.store import data_files

    files = [p for p in data_files(raw) if recognise(p) is not None]
    out: dict[str, Any] = {}

    # 1. Sequential parse of every recognised file (the baseline for 2 and 3).
    sequential: dict[str, tuple[float, Any]] = {}
    t0 = time.perf_counter()
    for path in files:
        name, seconds, parsed = _parse_file(path)
        sequential[name] = (seconds, parsed)
    out["sequential_parse_s"] = time.perf_counter() - t0

    # 2. Parse in 2 worker processes (largest files first), results pickled back.
    order = sorted(files, key=lambda p: -sequential[p.name][0])
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2, mp_context=mp.get_context("fork")) as pool:
        parallel = {name: parsed for name, _s, parsed in pool.map(_parse_file, order)}
    out["parallel_parse_2proc_s"] = time.perf_counter() - t0
    out["parallel_parse_identical"] = all(
        parallel[n].observations == sequential[n][1].observations for n in parallel)

    # 2b. The same, but each file is turned into an Arrow table where it is parsed.
    t0 = time.perf_counter()
    columnar = {name: table for name, _s, table in map(_parse_file_columnar, order)}
    out["sequential_parse_to_arrow_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2, mp_context=mp.get_context("fork")) as pool:
        parallel_arrow = {name: table for name, _s, table in
                          pool.map(_parse_file_columnar, order)}
    out["parallel_parse_to_arrow_2proc_s"] = time.perf_counter() - t0
    out["parallel_parse_to_arrow_identical"] = all(
        parallel_arrow[n].equals(columnar[n]) for n in columnar)
    del columnar, parallel_arrow

    # 3. cbp_common.month_value without the per-call dict: CBP CSV parse time before/after,
    # alternating, best of 2 each (the first "before" is the sequential pass above).
    cbp = [p for p in files if recognise(p).source.id.startswith("cbp_")]  # type: ignore[union-attr]
    fast = _month_value_fast()
    saved = (cbp_nationwide_encounters.month_value, cbp_swb_encounters.month_value)
    before = [sum(sequential[p.name][0] for p in cbp)]
    after: list[float] = []
    identical = True
    for patched in (True, False, True):
        if patched:
            cbp_nationwide_encounters.month_value = fast
            cbp_swb_encounters.month_value = fast
        try:
            total = 0.0
            for path in cbp:
                name, seconds, parsed = _parse_file(path)
                total += seconds
                identical &= parsed.observations == sequential[name][1].observations
        finally:
            cbp_nationwide_encounters.month_value, cbp_swb_encounters.month_value = saved
        (after if patched else before).append(total)
    out["cbp_csv_parse_s"] = min(before)
    out["cbp_csv_parse_month_table_once_s"] = min(after)
    out["cbp_csv_month_table_once_identical"] = identical

    # 4. PDF text: pdfplumber (used) vs pypdfium2 (already installed with pdfplumber).
    pdfs = []
    for path in (p for p in files if p.suffix.lower() == ".pdf"):
        t0 = time.perf_counter()
        texts = uh._page_texts(path)
        plumber = time.perf_counter() - t0
        entry: dict[str, Any] = {"file": path.name, "pages": len(texts),
                                 "pdfplumber_text_s": plumber,
                                 "parse_total_s": sequential[path.name][0]}
        try:
            import pypdfium2 as pdfium

            t0 = time.perf_counter()
            doc = pdfium.PdfDocument(str(path))
            alt = [page.get_textpage().get_text_range() for page in doc]
            doc.close()
            entry["pypdfium2_text_s"] = time.perf_counter() - t0
            original = uh._page_texts
            uh._page_texts = lambda _path, _alt=alt: _alt  # type: ignore[assignment]
            try:
                same = recognise(path).parse().observations == \
                    sequential[path.name][1].observations  # type: ignore[union-attr]
                entry["pypdfium2_drop_in"] = "identical" if same else "different rows"
            except Exception as exc:  # the parser rejects the other text layout
                entry["pypdfium2_drop_in"] = f"parser fails: {type(exc).__name__}"
            finally:
                uh._page_texts = original  # type: ignore[assignment]
        except ImportError:
            entry["pypdfium2_text_s"] = None
        pdfs.append(entry)
    out["pdfs"] = pdfs
    out["per_file_parse_s"] = {name: s for name, (s, _p) in sequential.items()}
    emit(out)


def main(argv: list[str]) -> None:
    command, *args = argv
    if command == "ingest":
        cmd_ingest(Path(args[0]), Path(args[1]))
    elif command == "reingest":
        cmd_reingest(Path(args[0]), Path(args[1]), int(args[2]) if len(args) > 2 else 0)
    elif command == "warm":
        cmd_warm(Path(args[0]), int(args[1]), float(args[2]))
    elif command == "cold":
        cmd_cold(Path(args[0]), int(args[1]))
    elif command == "profile":
        cmd_profile(Path(args[0]), Path(args[1]))
    elif command == "experiments":
        cmd_experiments(Path(args[0]))
    else:
        raise SystemExit(f"unknown command {command!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
