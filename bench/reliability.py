"""Longer reliability runs than the test suite affords; docs/reliability.md records them.

    python bench/reliability.py --rounds 10 --kills 30 --fuzz-examples 400

1. Readers and a writer at once: each round starts 8 reader processes, each running
   ``--queries`` API queries in a loop, and one writer ingesting two new vintages; every
   reader answer must be the official figure, the writer must finish, and the store must
   end with exactly the releases written.
2. Killed writers: ``--kills`` ingests of six large files killed with SIGKILL at random
   moments; after each the store must be exactly as before, or (killed after the rename that
   ends a write) exactly as a whole write leaves it — never anything between.
3. Fuzzing: the test suite's fuzz properties (every text parser with mutated real files,
   the API's arguments) with ``--fuzz-examples`` examples each.
4. Fuzzing the workbook and PDF parsers (tests/test_fuzz_binary.py) on every workbook and
   PDF a source reads, ``--fuzz-binary-examples`` examples per workbook (four times as
   many per PDF). ``--only fuzz-binary`` runs this part alone.

Prints one JSON summary.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = Path(os.environ.get("BORDERSTATS_RAW") or ROOT.parent / "shared" / "data" / "raw")
sys.path.insert(0, str(ROOT / "src"))

from borderstats.store import open_store  # noqa: E402

READER = textwrap.dedent("""
    import sys, borderstats
    db, rounds = sys.argv[1], int(sys.argv[2])
    bad = 0
    for _ in range(rounds):
        bad += borderstats.query("swb_encounters", "FY2023", db=db).value != 2475669
        bad += borderstats.rank("usbp_swb_encounters", "2024-01", db=db).value != 124215
    print(bad)
""")


def fingerprint(db: Path) -> tuple:
    with open_store(db, read_only=True) as s:
        return (tuple(sorted((r["release_id"], r["sha256"]) for r in s.releases())),
                s.con.execute("SELECT count(*), sum(value) FROM observations").fetchone())


def cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "borderstats", *args, "--db", str(db)],
                          capture_output=True, text=True, timeout=600)


def readers_and_writer(work: Path, rounds: int, queries: int) -> dict:
    db = work / "rw.duckdb"
    open_store(db).close()
    text = (RAW / "cbp_swb_encounters" / "sbo-encounters-fy22-fy25-aug.csv").read_text()
    start = len(fingerprint(db)[0])
    failures = wrong = answered = 0
    waits = []
    for round_ in range(rounds):
        incoming = work / f"in{round_}"
        for i in range(2):
            (incoming / str(i)).mkdir(parents=True)
            (incoming / str(i) / "sbo-encounters-fy22-fy25-aug.csv").write_text(
                text + "\n" * (2 * round_ + i + 1))
        readers = [subprocess.Popen([sys.executable, "-c", READER, str(db), str(queries)],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True) for _ in range(8)]
        began = time.monotonic()
        writer = cli("ingest", str(incoming), db=db)
        waits.append(time.monotonic() - began)
        for reader in readers:
            out, _ = reader.communicate(timeout=600)
            if reader.returncode:
                failures += 1
            else:
                wrong += int(out.strip())
                answered += 2 * queries
        failures += writer.returncode != 0
    end = len(fingerprint(db)[0])
    return {"rounds": rounds, "reader_processes": 8 * rounds, "writer_processes": rounds,
            "reader_answers": answered, "reader_failures": failures, "wrong_answers": wrong,
            "releases_written": end - start, "releases_expected": 2 * rounds,
            "writer_seconds_max": round(max(waits), 2)}


def kills(work: Path, count: int) -> dict:
    db = work / "kill.duckdb"
    open_store(db).close()
    pristine = work / "pristine.duckdb"
    shutil.copyfile(db, pristine)
    incoming = work / "kill-in"
    incoming.mkdir()
    for source in sorted((RAW / "cbp_nationwide_encounters").glob("nationwide-*.csv")):
        (incoming / source.name).write_text(source.read_text() + "\n")
    before = fingerprint(db)
    began = time.monotonic()
    if cli("ingest", str(incoming), db=db).returncode:
        raise SystemExit("the reference ingest failed")
    duration = time.monotonic() - began
    written = fingerprint(db)
    outcomes = {"as_before": 0, "as_written": 0, "partial": 0}
    killed = 0
    rng = random.Random(9)
    for _ in range(count):
        shutil.copyfile(pristine, db)
        process = subprocess.Popen(
            [sys.executable, "-m", "borderstats", "ingest", str(incoming), "--db", str(db)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, duration * 1.1))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait()
        if process.returncode != -signal.SIGKILL:
            continue  # it finished first
        killed += 1
        state = fingerprint(db)
        outcomes["as_before" if state == before else "as_written" if state == written
                 else "partial"] += 1
    return {"kills": killed, "ingest_seconds": round(duration, 1), **outcomes}


def fuzz(examples: int) -> dict:
    began = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         str(ROOT / "tests" / "test_fuzz_inputs.py")], capture_output=True, text=True,
        env={**os.environ, "BORDERSTATS_FUZZ_EXAMPLES": str(examples)}, cwd=ROOT)
    return {"examples_per_property": examples, "api_examples": examples * 4,
            "seconds": round(time.monotonic() - began, 1),
            "result": result.stdout.strip().splitlines()[-1] if result.stdout else
            result.stderr[-300:]}


def fuzz_binary(examples: int) -> dict:
    began = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--durations=0",
         str(ROOT / "tests" / "test_fuzz_binary.py")], capture_output=True, text=True,
        env={**os.environ, "BORDERSTATS_FUZZ_BINARY_EXAMPLES": str(examples),
             "BORDERSTATS_FUZZ_BINARY_ALL": "1"}, cwd=ROOT)
    lines = result.stdout.strip().splitlines()
    return {"examples_per_workbook": examples, "examples_per_pdf": examples * 4,
            "seconds": round(time.monotonic() - began, 1),
            "per_file": [line for line in lines if " call " in line],
            "failures": [line for line in lines if line.startswith(("E ", "Falsifying"))
                         or "steps=" in line][:40],
            "result": lines[-1] if lines else result.stderr[-300:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--queries", type=int, default=10)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--fuzz-examples", type=int, default=200)
    parser.add_argument("--fuzz-binary-examples", type=int, default=50)
    parser.add_argument("--only", choices=["fuzz-binary"])
    args = parser.parse_args()
    if args.only == "fuzz-binary":
        print(json.dumps({"fuzz_binary": fuzz_binary(args.fuzz_binary_examples)}, indent=2))
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        summary = {"readers_and_writer": readers_and_writer(work, args.rounds, args.queries),
                   "killed_writers": kills(work, args.kills),
                   "fuzz": fuzz(args.fuzz_examples),
                   "fuzz_binary": fuzz_binary(args.fuzz_binary_examples)}
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
