"""borderstats benchmarks: ingest, queries and CLI start-up, measured against the targets.

    python bench/run.py            # everything, about 1.5-2 minutes on 2 cores
    python bench/run.py --quick    # fewer repetitions, no profile/experiments (~30 s)

Raw files are read from $BORDERSTATS_RAW (default <repo>/../shared/data/raw) and never
copied; every store lives in a temporary directory (BORDERSTATS_DB and XDG_DATA_HOME are
pointed there too, so the user's default store is never touched). Results are printed as
tables and written to bench/results/latest.json (gitignored). See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata as md
import json
import os
import platform
import pty
import resource
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
WORKER = BENCH / "worker.py"
RESULTS = BENCH / "results" / "latest.json"
sys.path.insert(0, str(BENCH))  # bench/check.py holds the claim-checker targets

# The project's targets, in seconds.
TARGET_INGEST_S = 30.0
TARGET_QUERY_WARM_S = 0.020
TARGET_CLI_S = 1.0

# Must match bench/worker.py QUERIES (kept here so this process never imports borderstats).
QUERY_NAMES = (
    "swb_encounters FY2023 total",
    "swb_encounters FY2019..FY2024 by fiscal_year",
    "rank usbp_swb_encounters 2024-01 among Januaries",
    "change swb_encounters 2023-12 -> 2024-01",
    "swb_encounters FY2023 by citizenship",
)
CLI_QUERY = ("query", "swb_encounters", "--period", "FY2023")
CLI_QUERY_EXPECT = "2,475,669"

console = Console(highlight=False, width=None if sys.stdout.isatty() else 150)


@dataclass(frozen=True)
class Config:
    raw: Path
    ingest_reps: int
    reingest_reps: int
    warm_reps: int
    warm_budget_s: float
    cold_reps: int
    cli_reps: int
    first_run_reps: int
    profile: bool
    experiments: bool
    timeout_s: float = 120.0


# -- helpers ----------------------------------------------------------------------------------


def stats(values: Sequence[float]) -> dict[str, float | int]:
    ordered = sorted(values)
    n = len(ordered)
    p95 = ordered[max(0, -(-n * 95 // 100) - 1)]  # nearest rank
    return {"n": n, "median": statistics.median(ordered), "p95": p95, "min": ordered[0],
            "max": ordered[-1]}


def run_worker(env: dict[str, str], *args: str, timeout: float) -> tuple[float, dict[str, Any]]:
    """Run a worker sub-command in a fresh interpreter: (wall seconds, its JSON result)."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, str(WORKER), *args], env=env, capture_output=True,
                          text=True, timeout=timeout, check=False)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"worker {' '.join(args)} failed ({proc.returncode}):\n"
                           f"{proc.stderr[-3000:]}{proc.stdout[-1000:]}")
    return wall, json.loads(proc.stdout.strip().splitlines()[-1])


@dataclass(frozen=True)
class Timed:
    first_output_s: float | None  # first byte written to the terminal
    exit_s: float
    returncode: int
    output: str


def run_on_tty(cmd: Sequence[str], env: dict[str, str], timeout: float) -> Timed:
    """Run ``cmd`` with stdout/stderr on a pseudo-terminal, as a user would see it, timing
    the first byte of output and the exit."""
    master, slave = pty.openpty()
    t0 = time.perf_counter()
    proc = subprocess.Popen(list(cmd), stdin=subprocess.DEVNULL, stdout=slave, stderr=slave,
                            env=env, close_fds=True)
    os.close(slave)
    first: float | None = None
    chunks: list[bytes] = []
    try:
        while True:
            remaining = timeout - (time.perf_counter() - t0)
            if remaining <= 0:
                proc.kill()
                raise TimeoutError(f"{' '.join(cmd)} took more than {timeout} s")
            ready, _, _ = select.select([master], [], [], remaining)
            if not ready:
                continue
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            if first is None:
                first = time.perf_counter() - t0
            chunks.append(data)
        returncode = proc.wait(timeout=max(1.0, timeout - (time.perf_counter() - t0)))
        exit_s = time.perf_counter() - t0
    finally:
        os.close(master)
    return Timed(first, exit_s, returncode, b"".join(chunks).decode("utf-8", "replace"))


def timed_runs(cmd: Sequence[str], env: dict[str, str], reps: int, timeout: float,
               expect: str | None = None, fresh_db: Path | None = None) -> dict[str, Any]:
    """Repeat a command; if ``fresh_db`` is given, each run gets a new, absent store file."""
    first, exits = [], []
    for i in range(reps):
        args = list(cmd)
        if fresh_db is not None:
            args += ["--db", str(fresh_db.with_name(f"{fresh_db.stem}-{i}.duckdb"))]
        result = run_on_tty(args, env, timeout)
        if result.returncode != 0 or (expect and expect not in result.output):
            raise RuntimeError(f"{' '.join(args)} failed ({result.returncode}):\n"
                               f"{result.output[-2000:]}")
        exits.append(result.exit_s)
        if result.first_output_s is not None:
            first.append(result.first_output_s)
    return {"first_output": stats(first) if first else None, "exit": stats(exits)}


def cli_path() -> str:
    beside = Path(sys.executable).with_name("borderstats")
    found = str(beside) if beside.exists() else shutil.which("borderstats")
    if not found:
        raise SystemExit("the borderstats command is not installed in this environment "
                         "(pip install -e .)")
    return found


# -- machine --------------------------------------------------------------------------------


def cpu_seconds() -> tuple[float, float]:
    """(CPU seconds every process on the machine has used, per /proc/stat; CPU seconds this
    bench and its finished subprocesses have used). Their difference over a run is what
    other processes took: the measure of a busy machine."""
    machine = 0.0
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
        user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
        machine = (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):
        pass
    ours = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        ours += usage.ru_utime + usage.ru_stime
    return machine, ours



def machine_info() -> dict[str, Any]:
    cpu = "unknown"
    mem_kib = 0
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kib = int(line.split()[1])
    except OSError:
        pass

    def version(dist: str) -> str | None:
        try:
            return md.version(dist)
        except md.PackageNotFoundError:
            return None

    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True,
                                  timeout=10, check=False).stdout.strip()
        except OSError:
            return ""

    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu_model": cpu, "cores_usable": len(os.sched_getaffinity(0)),
        "cores_total": os.cpu_count(), "ram_gib": round(mem_kib / 1024 ** 2, 1),
        "loadavg_start": os.getloadavg(), "platform": platform.platform(),
        "python": platform.python_version(), "duckdb": version("duckdb"),
        "pdfplumber": version("pdfplumber"), "pdfminer.six": version("pdfminer.six"),
        "openpyxl": version("openpyxl"), "pyarrow": version("pyarrow"),
        "borderstats": version("borderstats"),
        "PYTHONDONTWRITEBYTECODE": os.environ.get("PYTHONDONTWRITEBYTECODE"),
        "git_commit": git("rev-parse", "--short", "HEAD"),
        "git_dirty": bool(git("status", "--porcelain")),
    }


# -- the benchmarks ---------------------------------------------------------------------------


def bench_ingest(cfg: Config, env: dict[str, str], tmp: Path) -> tuple[dict[str, Any], Path]:
    """Cold full ingest (fresh process, fresh DB, snapshot=False), then no-op re-ingests."""
    runs, walls = [], []
    store = tmp / "ingest-0.duckdb"
    for i in range(cfg.ingest_reps):
        db = tmp / f"ingest-{i}.duckdb"
        console.print(f"  cold ingest {i + 1}/{cfg.ingest_reps} …")
        wall, result = run_worker(env, "ingest", str(db), str(cfg.raw), timeout=cfg.timeout_s)
        walls.append(wall)
        runs.append(result)
        if i:
            db.unlink()  # keep only the first store, for the query benchmarks
    reingest_walls, reingest_in = [], []
    for _ in range(cfg.reingest_reps):
        wall, result = run_worker(env, "reingest", str(store), str(cfg.raw), "0",
                                  timeout=cfg.timeout_s)
        reingest_walls.append(wall)
        reingest_in.append(result["ingest_s"])
    _, same = run_worker(env, "reingest", str(store), str(cfg.raw), str(cfg.reingest_reps),
                         timeout=cfg.timeout_s)
    cli_reingest = timed_runs([cli_path(), "ingest", str(cfg.raw), "--db", str(store)], env,
                              cfg.reingest_reps, cfg.timeout_s, expect="0 release(s) added")

    # Per file: median over the runs of the seconds between progress callbacks.
    per_file: dict[str, list[float]] = defaultdict(list)
    meta: dict[str, dict[str, Any]] = {}
    for run in runs:
        for f in run["files"]:
            per_file[f["file"]].append(f["seconds"])
            meta[f["file"]] = f
    files = [{**{k: v for k, v in meta[name].items() if k != "seconds"},
              "seconds": statistics.median(secs)} for name, secs in per_file.items()]
    files.sort(key=lambda f: -f["seconds"])
    by_source: dict[str, dict[str, float]] = defaultdict(lambda: {"files": 0, "seconds": 0.0,
                                                                    "rows": 0})
    for f in files:
        key = f"{f['source'] or '(skipped)'} [{f['suffix']}]"
        by_source[key]["files"] += 1
        by_source[key]["seconds"] += f["seconds"]
        by_source[key]["rows"] += f["rows"]

    def med(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    return {
        "cold_wall": stats(walls),
        "phases_median_s": {
            "interpreter_start_and_exit": statistics.median(
                w - r["in_process_s"] - r["bookkeeping_s"]
                for w, r in zip(walls, runs, strict=True)),
            "import_borderstats_store": med("import_s"), "open_empty_store": med("open_s"),
            "import_source_modules": med("source_modules_import_s"),
            "read_hash_parse_files": med("parse_phase_s"), "write_transaction": med("write_s"),
            "close": med("close_s")},
        "releases": runs[0]["releases"], "observations": runs[0]["observations"],
        "added": runs[0]["added"],
        "reingest_fresh_process_wall": stats(reingest_walls),
        "reingest_fresh_process_ingest_call": stats(reingest_in),
        "reingest_same_process": stats(same["same_process_s"]),
        "reingest_cli": cli_reingest,
        "per_file": files,
        "by_source": [{"source": k, **v} for k, v in
                      sorted(by_source.items(), key=lambda kv: -kv[1]["seconds"])],
    }, store


def bench_queries(cfg: Config, env: dict[str, str], store: Path) -> dict[str, Any]:
    console.print("  warm queries …")
    _, warm = run_worker(env, "warm", str(store), str(cfg.warm_reps), str(cfg.warm_budget_s),
                         timeout=cfg.timeout_s)
    cold: dict[str, dict[str, Any]] = {}
    console.print("  cold queries …")
    for index, name in enumerate(QUERY_NAMES):
        walls, in_process, open_query = [], [], []
        for _ in range(cfg.cold_reps):
            wall, result = run_worker(env, "cold", str(store), str(index),
                                      timeout=cfg.timeout_s)
            if result["name"] != name:
                raise RuntimeError(f"bench/run.py QUERY_NAMES is out of step with worker.py: "
                                   f"{result['name']!r} != {name!r}")
            walls.append(wall)
            in_process.append(result["in_process_s"])
            open_query.append(result["open_query_s"])
        cold[name] = {"wall": stats(walls), "in_process": stats(in_process),
                      "open_and_query": stats(open_query)}
    return {"warm": warm, "cold": cold}


def bench_cli(cfg: Config, env: dict[str, str], store: Path, tmp: Path) -> dict[str, Any]:
    """Each measurement on its own: one that fails is recorded under "errors"."""
    exe = cli_path()
    out: dict[str, Any] = {}

    def measure(name: str, cmd: Sequence[str], run_env: dict[str, str], reps: int,
                expect: str | None = None, fresh_db: Path | None = None) -> None:
        try:
            out[name] = timed_runs(cmd, run_env, reps, cfg.timeout_s, expect, fresh_db)
        except (RuntimeError, TimeoutError) as exc:
            out.setdefault("errors", {})[name] = str(exc)[-3000:]
            console.print(f"[red]CLI {name} failed:[/red] {str(exc)[-800:]}")

    console.print("  CLI start-up …")
    measure("python_print", [sys.executable, "-c", "print(1)"], env, cfg.cli_reps)
    measure("python_import_borderstats_cli",
            [sys.executable, "-c", "import borderstats.cli; print(1)"], env, cfg.cli_reps)
    measure("help", [exe, "--help"], env, cfg.cli_reps, expect="query")
    measure("query", [exe, *CLI_QUERY, "--db", str(store)], env, cfg.cli_reps,
            expect=CLI_QUERY_EXPECT)
    measure("query_json", [exe, *CLI_QUERY, "--json", "--db", str(store)], env, cfg.cli_reps,
            expect="2475669")
    # The same query with Python's bytecode cache on (written to a temporary prefix, not
    # into the repository), in case this shell sets PYTHONDONTWRITEBYTECODE.
    cached = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cached["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    measure("bytecode_cache_warmup", [exe, *CLI_QUERY, "--db", str(store)], cached, 1)
    measure("query_bytecode_cached", [exe, *CLI_QUERY, "--db", str(store)], cached,
            cfg.cli_reps, expect=CLI_QUERY_EXPECT)
    console.print("  CLI first-ever run (empty store, bundled snapshot) …")
    measure("first_run_empty_store", [exe, *CLI_QUERY], env, cfg.first_run_reps,
            expect=CLI_QUERY_EXPECT, fresh_db=tmp / "first" / "store.duckdb")
    return out


def bench_claims(cfg: Config, env: dict[str, str], store: Path) -> dict[str, Any]:
    """The claim checker and the corridor view (bench/check.py) on the ingested store."""
    console.print("[bold]Claim checker and corridor[/bold]")
    sentences = "6000" if cfg.warm_reps < 100 else "60000"
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("check.py")),
                           "--db", str(store), "--sentences", sentences, "--json"],
                          env=env, capture_output=True, text=True, timeout=cfg.timeout_s * 10)
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    return json.loads(done.stdout)


def bench_profile(cfg: Config, env: dict[str, str], tmp: Path) -> dict[str, Any]:
    console.print("  profiling one ingest under cProfile …")
    _, result = run_worker(env, "profile", str(tmp / "profile.duckdb"), str(cfg.raw),
                           timeout=cfg.timeout_s * 2)
    return result


def bench_experiments(cfg: Config, env: dict[str, str]) -> dict[str, Any]:
    console.print("  speed-up experiments (measure only) …")
    _, result = run_worker(env, "experiments", str(cfg.raw), timeout=cfg.timeout_s * 2)
    return result


# -- report ---------------------------------------------------------------------------------


def ms(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1000:,.1f} ms" if seconds < 1 else f"{seconds:,.2f} s"


def verdict(value: float, target: float | None) -> str:
    if target is None:
        return "[dim]info[/dim]"
    return "[green]PASS[/green]" if value < target else "[red]FAIL[/red]"


def summary_rows(results: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per measured figure: name, n, median, p95, target (s or None), status."""
    rows: list[dict[str, Any]] = []

    def add(name: str, st: dict[str, Any] | None, target: float | None) -> None:
        if not st:
            return
        rows.append({"benchmark": name, "n": st["n"], "median_s": st["median"],
                     "p95_s": st["p95"], "target_s": target,
                     "pass": None if target is None else st["median"] < target})

    ing = results.get("ingest")
    if ing:
        add("Ingest all raw files, cold (fresh process + empty store, snapshot=False)",
            ing["cold_wall"], TARGET_INGEST_S)
        add("Re-ingest same dir, no-op: fresh process (API), wall",
            ing["reingest_fresh_process_wall"], None)
        add("Re-ingest same dir, no-op: `borderstats ingest` CLI, wall",
            ing["reingest_cli"]["exit"], None)
        add("Re-ingest same dir, no-op: same process, ingest_dir() call",
            ing["reingest_same_process"], None)
    q = results.get("queries")
    if q:
        for item in q["warm"]["queries"]:
            add(f"Query warm, new question to an open Engine: {item['name']}",
                {"n": item["n"], "median": item["median_s"], "p95": item["p95_s"]},
                TARGET_QUERY_WARM_S)
        if q["warm"].get("answer_cache"):
            for item in q["warm"]["queries"]:
                c = item["cached"]
                add(f"Query warm, same question again (answer cache hit): {item['name']}",
                    {"n": c["n"], "median": c["median_s"], "p95": c["p95_s"]},
                    TARGET_QUERY_WARM_S)
        for name, item in q["warm"].get("experiments", {}).items():
            add(f"(experiment) Query warm: {name}",
                {"n": item["n"], "median": item["median_s"], "p95": item["p95_s"]},
                TARGET_QUERY_WARM_S)
        for name, cold in q["cold"].items():
            add(f"Query cold, fresh process wall (import+open+query): {name}", cold["wall"], None)
    cli = results.get("cli") or {}

    def cli_row(name: str, key: str, when: str, target: float | None) -> None:
        if key in cli:
            add(name, cli[key][when], target)

    cli_row("CLI `borderstats --help`, to first output", "help", "first_output", TARGET_CLI_S)
    cli_row("CLI `borderstats query swb_encounters --period FY2023`, to first output", "query",
            "first_output", TARGET_CLI_S)
    cli_row("CLI same query, to exit", "query", "exit", TARGET_CLI_S)
    cli_row("CLI same query --json, to exit", "query_json", "exit", TARGET_CLI_S)
    cli_row("CLI same query, bytecode cache on (PYTHONPYCACHEPREFIX), to exit",
            "query_bytecode_cached", "exit", TARGET_CLI_S)
    cli_row("CLI first-ever run, empty store (loads bundled snapshot), to exit",
            "first_run_empty_store", "exit", TARGET_CLI_S)
    claims = results.get("claims")
    if claims:
        from check import (  # noqa: I001 - bench/check.py, beside this file
            TARGET_ARTICLE_CLI_S, TARGET_ARTICLE_WARM_S, TARGET_CORRIDOR_WARM_S, TARGET_DAY_S)

        add("Check the example article, warm, Python API (date inferred)",
            claims["article_warm"], TARGET_ARTICLE_WARM_S)
        add("Check the example article, warm, Python API (--date given)",
            claims["article_warm_dated"], TARGET_ARTICLE_WARM_S)
        add("Check the example article, cold CLI run (`borderstats check FILE`)",
            claims["article_cli_cold"], TARGET_ARTICLE_CLI_S)
        for key, label in (("batch_api", "Python API"),
                           ("batch_cli", "`check --jsonl -j 1`")):
            b = claims[key]
            add(f"Batch ({label}): 300,000 sentences/day at {b['sentences_per_s']:,.0f} "
                "sentences/s (time for a day's volume)",
                {"n": b["sentences"], "median": b["day_s"], "p95": b["day_s"]}, TARGET_DAY_S)
        if b := claims.get("batch_cli_per_core"):  # the targets are one process's
            day = 300_000 / b["sentences_per_s"]
            add(f"Batch (`check --jsonl`, default: {b['processes']} processes): "
                f"{b['sentences_per_s']:,.0f} sentences/s (time for a day's volume)",
                {"n": b["sentences"], "median": day, "p95": day}, None)
        add("Corridor by nationality, warm, new question",
            claims["corridor_warm_by_nationality"], TARGET_CORRIDOR_WARM_S * 10)
    cli_row("(floor) `python -c print(1)`, to exit", "python_print", "exit", None)
    cli_row("(floor) `python -c 'import borderstats.cli'`, to exit",
            "python_import_borderstats_cli", "exit", None)
    return rows


def print_report(results: dict[str, Any]) -> None:
    m = results["machine"]
    console.print(f"\n[bold]borderstats benchmarks[/bold] — {m['date']} — {m['cpu_model']}, "
                  f"{m['cores_usable']} cores, {m['ram_gib']} GiB RAM, Python {m['python']}, "
                  f"DuckDB {m['duckdb']}, commit {m['git_commit']}"
                  f"{' (dirty)' if m['git_dirty'] else ''}")
    table = Table("benchmark", "n", "median", "p95", "target", "status", title="Targets")
    for row in results["summary"]:
        target = f"< {ms(row['target_s'])}" if row["target_s"] else "—"
        table.add_row(row["benchmark"], str(row["n"]), ms(row["median_s"]), ms(row["p95_s"]),
                      target, verdict(row["median_s"], row["target_s"]))
    console.print(table)

    ing = results.get("ingest")
    if ing:
        phases = Table("phase of a cold ingest (median)", "time", title="Ingest phases")
        for name, seconds in ing["phases_median_s"].items():
            phases.add_row(name.replace("_", " "), ms(seconds))
        console.print(phases)
        src = Table("source [file type]", "files", "rows", "time (median run)",
                    title="Ingest read+hash+parse time by source")
        for s in ing["by_source"]:
            src.add_row(s["source"], str(s["files"]), f"{s['rows']:,}", ms(s["seconds"]))
        console.print(src)
        top = Table("file", "rows", "size", "time", title="Slowest files (read+hash+parse)")
        for f in ing["per_file"][:10]:
            top.add_row(f["file"], f"{f['rows']:,}", f"{f['bytes'] / 1e6:.2f} MB",
                        ms(f["seconds"]))
        console.print(top)
    q = results.get("queries")
    if q:
        warm = Table("query", "first call", "new question median", "p95", "SQL statements",
                     "in DuckDB", "repeat (cached) median", title="Warm queries (one Engine)")
        for item in q["warm"]["queries"]:
            warm.add_row(item["name"], ms(item["first_s"]), ms(item["median_s"]),
                         ms(item["p95_s"]), str(item["sql_statements"]),
                         f"{item['sql_share']:.0%}", ms(item["cached"]["median_s"]))
        console.print(warm)
        cold = Table("query", "process wall", "in process", "open store + query",
                     title="Cold queries (fresh process, median)")
        for name, c in q["cold"].items():
            cold.add_row(name, ms(c["wall"]["median"]), ms(c["in_process"]["median"]),
                         ms(c["open_and_query"]["median"]))
        console.print(cold)
        slow = max(q["warm"]["queries"], key=lambda item: item["median_s"])
        st = Table("ms", "rows", "params", "SQL", title=f"SQL statements of one new-question "
                   f"call on a warm Engine: {slow['name']}")
        for s in slow["statements"]:
            st.add_row(f"{s['ms']:.2f}", str(s["rows"]), str(s["params"]), s["sql"][:90])
        console.print(st)
    prof = results.get("profile")
    if prof:
        pt = Table("package", "self time share", title="Ingest under cProfile, self time by "
                   f"package (profiled wall {prof['profiled_wall_s']:.1f} s)")
        for p in prof["packages"][:10]:
            pt.add_row(p["package"], f"{p['share']:.0%}")
        console.print(pt)
    exp = results.get("experiments")
    if exp:
        et = Table("experiment", "before", "after", "same rows", title="Speed-up experiments "
                   "(measured in a worker process; the package is not changed)")
        et.add_row("parse all recognised files in 2 processes", ms(exp["sequential_parse_s"]),
                   ms(exp["parallel_parse_2proc_s"]), str(exp["parallel_parse_identical"]))
        et.add_row("parse + to Arrow in 2 processes, Arrow tables returned",
                   ms(exp["sequential_parse_to_arrow_s"]),
                   ms(exp["parallel_parse_to_arrow_2proc_s"]),
                   str(exp["parallel_parse_to_arrow_identical"]))
        et.add_row("cbp_common.month_value: month table built once",
                   ms(exp["cbp_csv_parse_s"]), ms(exp["cbp_csv_parse_month_table_once_s"]),
                   str(exp["cbp_csv_month_table_once_identical"]))
        for pdf in exp["pdfs"]:
            et.add_row(f"PDF text via pypdfium2: {pdf['file'][:48]} ({pdf['pages']} p.)",
                       ms(pdf["pdfplumber_text_s"]), ms(pdf.get("pypdfium2_text_s")),
                       str(pdf.get("pypdfium2_drop_in")))
        console.print(et)
    other = m.get("other_processes_cpu_cores")
    if other is not None and other > 0.2:
        console.print(f"[yellow]Other processes used {other:.2f} of {m['cores_usable']} cores "
                      "on average during the bench: timings are pessimistic; re-run when "
                      "the machine is idle.[/yellow]")
        parts = results.get("other_processes_cpu_cores_by_part") or {}
        console.print("[yellow]  by part: " + ", ".join(f"{k} {v:.2f}" for k, v in
                                                       parts.items()) + "[/yellow]")
    console.print(f"Total bench time {results['bench_seconds']:.0f} s; results in "
                  f"{results['output']}")


def markdown_report(results: dict[str, Any]) -> str:
    """The main tables as Markdown, for pasting into docs/benchmarks.md."""
    m = results["machine"]
    lines = [
        f"Run {m['date']} on {m['cpu_model']}, {m['cores_usable']} cores, {m['ram_gib']} GiB "
        f"RAM; Python {m['python']}, DuckDB {m['duckdb']}, pdfplumber {m['pdfplumber']}; "
        f"commit {m['git_commit']}{' + uncommitted changes' if m['git_dirty'] else ''}; "
        f"other processes used {m.get('other_processes_cpu_cores', '?')} cores on average.",
        "", "| benchmark | n | median | p95 | target | status |", "|---|---:|---:|---:|---:|---|"]
    for row in results["summary"]:
        target = f"< {ms(row['target_s'])}" if row["target_s"] else "—"
        status = {True: "PASS", False: "**FAIL**", None: "info"}[row["pass"]]
        lines.append(f"| {row['benchmark']} | {row['n']} | {ms(row['median_s'])} | "
                     f"{ms(row['p95_s'])} | {target} | {status} |")
    ing = results.get("ingest")
    if ing:
        lines += ["", "| phase of a cold ingest (median) | time |", "|---|---:|"]
        lines += [f"| {k.replace('_', ' ')} | {ms(v)} |"
                  for k, v in ing["phases_median_s"].items()]
        lines += ["", "| source [file type] | files | rows | read+hash+parse |",
                  "|---|---:|---:|---:|"]
        lines += [f"| {s['source']} | {s['files']} | {s['rows']:,} | {ms(s['seconds'])} |"
                  for s in ing["by_source"] if s["rows"]]
        lines += ["", "| slowest files | rows | size | read+hash+parse |",
                  "|---|---:|---:|---:|"]
        lines += [f"| {f['file']} | {f['rows']:,} | {f['bytes'] / 1e6:.2f} MB | "
                  f"{ms(f['seconds'])} |" for f in ing["per_file"][:8]]
    return "\n".join(lines) + "\n"


# -- main -----------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> tuple[Config, Path]:
    default_raw = Path(os.environ.get("BORDERSTATS_RAW") or REPO.parent / "shared" / "data"
                       / "raw")
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw", type=Path, default=default_raw,
                        help="folder of official files (default: $BORDERSTATS_RAW or "
                             "<repo>/../shared/data/raw)")
    parser.add_argument("--quick", action="store_true",
                        help="fewer repetitions; skip the profile and the experiments")
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile run")
    parser.add_argument("--no-experiments", action="store_true",
                        help="skip the speed-up experiments")
    parser.add_argument("--output", type=Path, default=RESULTS, help="JSON results file")
    args = parser.parse_args(argv)
    raw = args.raw.expanduser().resolve()
    if not raw.is_dir():
        parser.error(f"raw data folder {raw} does not exist (set BORDERSTATS_RAW or --raw)")
    quick = args.quick
    cfg = Config(
        raw=raw, ingest_reps=1 if quick else 3, reingest_reps=2 if quick else 5,
        warm_reps=20 if quick else 100, warm_budget_s=1.0 if quick else 4.0,
        cold_reps=2 if quick else 5, cli_reps=3 if quick else 10,
        first_run_reps=2 if quick else 5,
        profile=not (quick or args.no_profile),
        experiments=not (quick or args.no_experiments))
    return cfg, args.output


def main(argv: Sequence[str] | None = None) -> int:
    cfg, output = parse_args(argv)
    started = time.perf_counter()
    machine_cpu, our_cpu = cpu_seconds()
    results: dict[str, Any] = {"machine": machine_info(), "raw": str(cfg.raw),
                               "config": {k: str(v) for k, v in vars(cfg).items()},
                               "targets_s": {"ingest_cold": TARGET_INGEST_S,
                                             "query_warm": TARGET_QUERY_WARM_S,
                                             "cli": TARGET_CLI_S}}
    with tempfile.TemporaryDirectory(prefix="borderstats-bench-") as name:
        tmp = Path(name)
        env = {**os.environ, "BORDERSTATS_DB": str(tmp / "default" / "borderstats.duckdb"),
               "XDG_DATA_HOME": str(tmp / "xdg"), "COLUMNS": "120"}
        console.print(f"[bold]Benchmarking[/bold] raw files in {cfg.raw}; stores in {tmp}")
        errors: dict[str, str] = {}
        contention: dict[str, float] = {}
        results["other_processes_cpu_cores_by_part"] = contention

        def section(name: str, fn: Callable[..., Any], *args: Any) -> Any:
            """Run one part; a failure is reported and recorded, and the rest goes on. Also
            records how many cores other processes used meanwhile."""
            t0, (machine0, ours0) = time.perf_counter(), cpu_seconds()
            try:
                return fn(*args)
            except (RuntimeError, TimeoutError, subprocess.TimeoutExpired, OSError,
                    ValueError, KeyError) as exc:
                errors[name] = str(exc)[-4000:]
                console.print(f"[red]{name} failed:[/red] {str(exc)[-1500:]}")
                return None
            finally:
                machine1, ours1 = cpu_seconds()
                if machine0:
                    contention[name] = round(max(0.0, (machine1 - machine0) - (ours1 - ours0))
                                             / max(time.perf_counter() - t0, 1e-9), 3)

        ingested = section("ingest", bench_ingest, cfg, env, tmp)
        if ingested:
            results["ingest"], store = ingested
            results["queries"] = section("queries", bench_queries, cfg, env, store)
            results["cli"] = section("cli", bench_cli, cfg, env, store, tmp)
            results["claims"] = section("claims", bench_claims, cfg, env, store)
        if cfg.profile:
            results["profile"] = section("profile", bench_profile, cfg, env, tmp)
        if cfg.experiments:
            results["experiments"] = section("experiments", bench_experiments, cfg, env)
        for name, message in ((results.get("cli") or {}).get("errors") or {}).items():
            errors[f"cli {name}"] = message
        results["errors"] = errors
        leaked = list((tmp / "default").glob("*")) + list((tmp / "xdg").glob("**/*.duckdb"))
        results["default_store_touched"] = bool(leaked)
    results["summary"] = summary_rows(results)
    results["machine"]["loadavg_end"] = os.getloadavg()
    results["bench_seconds"] = time.perf_counter() - started
    machine_end, ours_end = cpu_seconds()
    if machine_cpu:
        other = (machine_end - machine_cpu) - (ours_end - our_cpu)
        results["machine"]["other_processes_cpu_cores"] = round(
            max(0.0, other) / results["bench_seconds"], 3)
    results["output"] = str(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2, default=str) + "\n")
    output.with_suffix(".md").write_text(markdown_report(results))
    print_report(results)
    failed = [r["benchmark"] for r in results["summary"] if r["pass"] is False]
    if failed:
        console.print(f"[red]{len(failed)} target(s) missed[/red]")
    if results["errors"]:
        console.print(f"[red]Failed parts: {', '.join(results['errors'])}[/red]")
        return 1
    return 0  # a missed target is a finding, not a failure of the bench


if __name__ == "__main__":
    raise SystemExit(main())
