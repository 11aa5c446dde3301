"""One long text through the command line: the English example repeated to about 1 MB,
checked with ``--json`` and with ``--html``, each in its own process; wall time and peak
memory of each (docs/reliability.md, "Slow paths").

    python bench/big_check.py [--copies 470] [--db STORE] [--profile]

With ``--profile`` the check runs once more in this process under cProfile and the
functions taking the most time are printed (the claim checker's own, in
``claims/evaluate.py`` and ``claims/extract.py``, apart from the report's).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _run(args: list[str], env: dict[str, str]) -> dict:
    """Run one command in a fresh process: its wall time and peak resident memory."""
    began = time.monotonic()
    script = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
              "stdout=subprocess.DEVNULL); print(resource.getrusage("
              "resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", script, *args], env=env, check=True,
                         capture_output=True, text=True).stdout
    return {"seconds": round(time.monotonic() - began, 1),
            "peak_mb": round(int(out.strip().splitlines()[-1]) / 1024)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=470)
    parser.add_argument("--db", default=None)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    from borderstats.examples import example

    chosen = example("en")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        text = work / "long.txt"
        text.write_text("\n\n".join([chosen.text] * args.copies), encoding="utf-8")
        env = {**os.environ, "BORDERSTATS_DB": args.db or str(work / "store.duckdb")}
        command = [sys.executable, "-m", "borderstats", "check", str(text), "--date",
                   chosen.date.isoformat()]
        subprocess.run([*command, "--json"], env=env, check=True,
                       stdout=subprocess.DEVNULL)  # the store filled, the facts kept
        summary = {
            "machine": f"{os.cpu_count()} cores, {platform.system()}, Python "
                       f"{platform.python_version()}",
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "characters": len(text.read_text(encoding="utf-8")),
            "check_json": _run([*command, "--json"], env),
            "check_html": _run([*command, "--html", str(work / "page.html")], env),
            "page_mb": round((work / "page.html").stat().st_size / 1e6)}
        print(json.dumps(summary, indent=2))
        if args.profile:
            os.environ["BORDERSTATS_DB"] = env["BORDERSTATS_DB"]
            from borderstats import api
            from borderstats.report_html import render_check_html

            profile = cProfile.Profile()
            profile.enable()
            report = api.check(text.read_text(encoding="utf-8"), date=chosen.date)
            render_check_html(report)
            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
            print(f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
