"""CLI start-up: how long a command takes from being typed to its first output, and to exit.

    python bench/startup.py                 # 20 runs per command, about half a minute
    python bench/startup.py --runs 5        # quicker
    python bench/startup.py --src DIR       # another checkout's src/ (a before/after pair)

Each command runs on a pseudo-terminal, as a user sees it, against one store in a temporary
directory (created, filled from the bundled snapshot and asked every question once before
timing: a warm machine, where the store exists and the files are in the page cache). The
first output is the first byte the command writes; every run's output is checked, so an
error is never timed. Targets: first output under 100 ms for `query`, `rank` and `change`,
under 60 ms for `--help`. Results are printed as a Markdown table and written to
bench/results/startup.json (gitignored). See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from run import cli_path, cpu_seconds, machine_info, run_on_tty, stats  # noqa: E402

RESULTS = BENCH / "results" / "startup.json"

# (label, arguments, text the output must hold, target for the first output in seconds)
COMMANDS: tuple[tuple[str, tuple[str, ...], str, float | None], ...] = (
    ("borderstats --help", ("--help",), "query", 0.060),
    ("borderstats --version", ("--version",), "borderstats", None),
    ("borderstats query swb_encounters --period FY2023",
     ("query", "swb_encounters", "--period", "FY2023"), "2,475,669", 0.100),
    ("borderstats query swb_encounters --period FY2019..FY2024 --by fiscal_year",
     ("query", "swb_encounters", "--period", "FY2019..FY2024", "--by", "fiscal_year"),
     "10,159,901", 0.100),
    ("borderstats rank usbp_swb_encounters --period 2024-01",
     ("rank", "usbp_swb_encounters", "--period", "2024-01"), "among Januaries", 0.100),
    ("borderstats change swb_encounters --from 2023-12 --to 2024-01",
     ("change", "swb_encounters", "--from", "2023-12", "--to", "2024-01"), "-125,786", 0.100),
    ("borderstats query swb_encounters --period FY2023 --json",
     ("query", "swb_encounters", "--period", "FY2023", "--json"), "2475669", 0.100),
)


def measure(exe: list[str], env: dict[str, str], runs: int) -> list[dict]:
    rows = []
    for label, args, expect, target in COMMANDS:
        firsts, exits = [], []
        for _ in range(runs):
            result = run_on_tty([*exe, *args], env, timeout=60)
            if result.returncode != 0 or expect not in result.output:
                # Reported, not timed (an older checkout may lack the command).
                rows.append({"command": label, "target_s": target, "failed":
                             f"exit {result.returncode}: {result.output.strip()[-300:]}"})
                break
            firsts.append(result.first_output_s)
            exits.append(result.exit_s)
        else:
            rows.append({"command": label, "target_s": target, "first_output": stats(firsts),
                         "exit": stats(exits)})
    return rows


def floor(env: dict[str, str], runs: int) -> dict:
    """The interpreter alone: `python -c pass`."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
        times.append(time.perf_counter() - t0)
    return stats(times)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def markdown(rows: list[dict], python_floor: dict) -> str:
    # The best of n: the run least disturbed by other processes on a shared machine.
    lines = ["| command | n | first output, median | p95 | best | to exit, median | target "
             "| status |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    for row in rows:
        if "failed" in row:
            lines.append(f"| `{row['command']}` | — | fails | — | — | — | — | — |")
            continue
        first, target = row["first_output"], row["target_s"]
        status = "—" if target is None else ("PASS" if first["median"] < target else "MISS")
        lines.append(f"| `{row['command']}` | {first['n']} | {ms(first['median'])} | "
                     f"{ms(first['p95'])} | {ms(first['min'])} | {ms(row['exit']['median'])} | "
                     f"{'< ' + ms(target) if target else '—'} | {status} |")
    lines.append(f"| (floor) `python -c pass` | {python_floor['n']} | — | — | "
                 f"{ms(python_floor['min'])} | {ms(python_floor['median'])} | — | — |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="runs per command (default 20)")
    parser.add_argument("--src", type=Path, help="run the package from this src/ folder")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="borderstats-startup-") as tmp:
        env = {**os.environ, "BORDERSTATS_DB": str(Path(tmp) / "store.duckdb"),
               "XDG_DATA_HOME": tmp, "XDG_CACHE_HOME": str(Path(tmp) / "cache"),
               "COLUMNS": "120", "LINES": "40"}
        if args.src:
            env["PYTHONPATH"] = str(args.src.resolve())
        exe = [cli_path()]
        # Warm up: create the store from the snapshot, ask every question once.
        for _label, cmd, _expect, _target in COMMANDS:
            subprocess.run([*exe, *cmd], env=env, capture_output=True, text=True)
        machine_before, ours_before = cpu_seconds()
        t0 = time.perf_counter()
        rows = measure(exe, env, args.runs)
        python_floor = floor(env, args.runs)
        machine_after, ours_after = cpu_seconds()
        others = ((machine_after - machine_before) - (ours_after - ours_before)) / (
            time.perf_counter() - t0)

    info = machine_info()
    info["other_processes_cores"] = round(others, 3)
    print(f"{info['date']} · {info['cpu_model']} · {info['cores_usable']} cores · "
          f"Python {info['python']} · DuckDB {info['duckdb']} · commit {info['git_commit']}"
          f"{' (dirty)' if info['git_dirty'] else ''}"
          f"{' · src ' + str(args.src) if args.src else ''} · other processes used "
          f"{others:.2f} cores{' (busy: figures inflated)' if others > 0.2 else ''}")
    print()
    print(markdown(rows, python_floor))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps({"machine": info, "src": str(args.src or ""),
                                       "floor": python_floor, "commands": rows}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
