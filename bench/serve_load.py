"""Load on `borderstats serve`: requests per second and p50/p99 latency for the query and
the check endpoints at 1, 8 and 32 concurrent clients, with `wrk` against 127.0.0.1 only,
each run bounded in time; the server's memory before and after each run; and each page's
first render in Debian's Chromium.

    python bench/serve_load.py [--seconds 10] [--db PATH]

Writes bench/results/serve_load.json and prints the Markdown table of docs/benchmarks.md.
Needs `wrk` (apt-get install wrk) and /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from borderstats.store import open_store

ROOT = Path(__file__).resolve().parent
CLIENTS = (1, 8, 32)
CHECK_TEXT = (
    "In fiscal year 2023, which ended in September, US Customs and Border Protection "
    "recorded nearly 2.5 million encounters at the southwest border, roughly two and a half "
    "times the fiscal 2019 total. December was the busiest month on record, with more than "
    "300,000 encounters at the southwest border. The Border Patrol's January total, about "
    "124,000, was the lowest since June 2023.")
QUERY = "/api/query?measure=swb_encounters&period=FY2019..FY2024&by=fiscal_year"
PAGES = ("/", "/measures/swb_encounters", "/check", "/check?lang=es", "/sources",
         "/sources/cbp_swb_encounters")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    """Resident memory of the server and its worker processes."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    tree, grew = {pid}, True
    while grew:
        grown = tree | {p for p, parent in parents.items() if parent in tree}
        grew, tree = grown != tree, grown
    total = 0
    for member in tree:
        try:
            text = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        if found := re.search(r"VmRSS:\s+(\d+) kB", text):
            total += int(found.group(1))
    return total / 1024


def seconds_of(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]


def wrk(url: str, clients: int, seconds: int, script: Path | None) -> dict:
    command = ["wrk", f"-t{min(clients, 4)}", f"-c{clients}", f"-d{seconds}s", "--latency",
               "--timeout", "10s", *(["-s", str(script)] if script else []), url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    latency = dict(re.findall(r"^\s*(50|99)%\s+(\S+)\s*$", out, re.M))
    if set(latency) != {"50", "99"}:
        raise SystemExit(f"wrk printed no latency distribution:\n{out}")
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    failed = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"clients": clients, "requests": requests,
            "per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "p50_ms": seconds_of(latency["50"]) * 1000, "p99_ms": seconds_of(latency["99"]) * 1000,
            "errors": failed + (int(non_2xx.group(1)) if non_2xx else 0)}


def first_renders(base: str) -> dict[str, dict[str, float]]:
    """Each page in a fresh tab: its first contentful paint, and when its charts are drawn
    (ms from navigation start)."""
    from playwright.sync_api import sync_playwright

    flags = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    result = {}
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path="/usr/bin/chromium", headless=True, args=flags)
        for path in PAGES:
            page = context.new_page()
            page.goto(base + path, wait_until="load")
            paint = page.wait_for_function(
                "performance.getEntriesByName('first-contentful-paint')[0]?.startTime",
                timeout=10_000).json_value()
            drawn = page.wait_for_function(
                "[...document.querySelectorAll('.chart')].every(c => c.dataset.drawn)"
                " && performance.now()", timeout=10_000).json_value()
            result[path] = {"first_paint_ms": paint, "charts_drawn_ms": drawn}
            page.close()
        context.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="Length of each run.")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="Server processes (default: one per CPU).")
    parser.add_argument("--db", type=Path, help="Store (default: a new one from the snapshot).")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("bench/serve_load.py needs wrk: apt-get install wrk")
    temp = tempfile.TemporaryDirectory()
    db = args.db or Path(temp.name) / "store.duckdb"
    if not db.exists():
        open_store(db).close()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "borderstats", "serve", "--port",
                               str(port), "--db", str(db), "--workers", str(args.workers)],
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/api/measures", timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    sys.exit("the server did not start")
                time.sleep(0.2)
        check_script = Path(temp.name) / "check.lua"
        check_script.write_text(
            'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
            f"wrk.body = [==[{json.dumps({'text': CHECK_TEXT, 'date': '2024-03-20'})}]==]\n")
        # Warm: every engine's caches fill on its first answers, as on a server in use.
        for url, script in ((base + QUERY, None), (base + "/api/check", check_script)):
            wrk(url, 32, 3, script)
        time.sleep(3)  # requests still queued when wrk stops are answered before the runs
        runs = []
        plan = [(name, url, script, clients)
                for name, url, script in (("query", base + QUERY, None),
                                          ("check", base + "/api/check", check_script))
                for clients in CLIENTS]
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.fields[run]}")) as progress:
            task = progress.add_task("load", total=len(plan), run="")
            for name, url, script, clients in plan:
                progress.update(task, run=f"{name} × {clients} clients")
                before = rss_mb(server.pid)
                run = wrk(url, clients, args.seconds, script)
                runs.append({"endpoint": name, **run, "rss_before_mb": round(before, 1),
                             "rss_after_mb": round(rss_mb(server.pid), 1)})
                progress.advance(task)
        renders = first_renders(base)
    finally:
        server.terminate()
        server.wait(timeout=30)
        temp.cleanup()
    report = {"date": dt.date.today().isoformat(), "machine": machine(),
              "load_average": [round(x, 1) for x in os.getloadavg()],
              "workers": args.workers,
              "seconds_per_run": args.seconds, "runs": runs, "first_render_ms": renders}
    (ROOT / "results").mkdir(exist_ok=True)
    (ROOT / "results" / "serve_load.json").write_text(json.dumps(report, indent=2))
    print(markdown(report))


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def markdown(report: dict) -> str:
    lines = [f"Measured {report['date']} on {report['machine']}; `wrk`, "
             f"{report['seconds_per_run']} s per run after a warm-up, against 127.0.0.1; "
             f"`borderstats serve --workers {report['workers']}`; load average "
             f"{' / '.join(map(str, report['load_average']))} at the end (1 / 5 / 15 min).",
             "",
             "| endpoint | clients | requests/s | p50 ms | p99 ms | errors | server RSS MB "
             "(before → after) |", "|---|---:|---:|---:|---:|---:|---|"]
    for r in report["runs"]:
        lines.append(f"| {r['endpoint']} | {r['clients']} | {r['per_second']:,.0f} | "
                     f"{r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['errors']} | "
                     f"{r['rss_before_mb']:.0f} → {r['rss_after_mb']:.0f} |")
    lines += ["", "| page | first contentful paint, ms | charts drawn, ms |", "|---|---:|---:|"]
    lines += [f"| `{page}` | {t['first_paint_ms']:.0f} | {t['charts_drawn_ms']:.0f} |"
              for page, t in report["first_render_ms"].items()]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
