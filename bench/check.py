"""Benchmarks of the claim checker and the corridor view, on a store built by bench/run.py
(or any store): the example article warm through the Python API and cold through the CLI,
batch throughput in sentences per second on a generated corpus, and corridor queries.

    python bench/check.py --db STORE [--article FILE] [--sentences N] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT.parent / "shared" / "examples" / "articles" / "mexico-key-player.txt"

TARGET_ARTICLE_WARM_S = 0.300
TARGET_ARTICLE_CLI_S = 2.0
TARGET_SENTENCES_PER_DAY = 300_000
TARGET_DAY_S = 300.0
TARGET_CORRIDOR_WARM_S = 0.020

# A newsroom's daily flow is mostly sentences without statistics; about one in ten makes
# a claim. The generator mixes both, with varied numbers, periods and places.
_CLAIMS = [
    "There were more than {n} million illegal border crossings in fiscal year {fy}.",
    "Border Patrol apprehensions {verb} in {month} {year}.",
    "Encounters at the southern border were {k} times higher in {fy} than in {fy0}.",
    "{month} {year} was one of the highest {month} months on record for crossings.",
    "Mexico detained nearly {m} migrants in {year}.",
    "Some {d} people crossed the Darién in {year}.",
    "Nationwide encounters reached {n} million in fiscal {fy}.",
    "The numbers arriving at the southern border have remained stubbornly high.",
]
_FILLER = [
    "The governor spoke to reporters outside the statehouse on Tuesday.",
    "Officials said the two countries would meet again next month.",
    "Advocates criticised the policy, calling it cruel and ineffective.",
    "The bill faces a difficult path in the Senate.",
    "Residents of the border town described long lines at the bridge.",
    "The president is expected to travel to the region later this year.",
    "Analysts disagreed about what drives the changes in migration.",
    "Shelters in the city said they were running out of beds.",
    "A spokesperson for the agency declined to comment.",
]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def corpus(sentences: int, seed: int = 7) -> list[str]:
    """Texts of about 20 sentences each, one claim in ten."""
    rng = random.Random(seed)
    out, text = [], []
    for i in range(sentences):
        if rng.random() < 0.1:
            fy = rng.randint(2019, 2024)
            sentence = rng.choice(_CLAIMS).format(
                n=rng.choice(["1", "1.5", "2", "2.4", "3"]), fy=fy, fy0=fy - rng.randint(2, 4),
                verb=rng.choice(["plummeted", "rose", "ticked up", "fell"]),
                month=rng.choice(_MONTHS), year=rng.randint(2019, 2024),
                k=rng.choice(["two", "three", "1.5"]),
                m=rng.choice(["500,000", "800,000", "1.2 million"]),
                d=rng.choice(["250,000", "500,000", "300,000"]))
        else:
            sentence = rng.choice(_FILLER)
        text.append(sentence)
        if len(text) == 20 or i == sentences - 1:
            out.append(" ".join(text))
            text = []
    return out


def _stats(values: list[float]) -> dict[str, float | int]:
    ordered = sorted(values)
    return {"n": len(values), "median": statistics.median(values),
            "p95": ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))],
            "min": ordered[0]}


def bench(db: Path, article: Path, sentences: int) -> dict[str, Any]:
    from borderstats.claims import check
    from borderstats.cli import batch_processes
    from borderstats.corridor import corridor
    from borderstats.query import Engine
    from borderstats.store import open_store

    text = article.read_text(encoding="utf-8")
    results: dict[str, Any] = {"article": str(article)}
    store = open_store(db)
    try:
        engine = Engine(store)
        t0 = time.perf_counter()
        report = check(text, engine=engine)
        results["article_first_call_s"] = time.perf_counter() - t0
        results["article_claims"] = len(report["claims"])
        warm, warm_dated = [], []
        for _ in range(20):
            t0 = time.perf_counter()
            check(text, engine=engine)
            warm.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            check(text, date=dt.date(2024, 3, 15), engine=engine)
            warm_dated.append(time.perf_counter() - t0)
        results["article_warm"] = _stats(warm)
        results["article_warm_dated"] = _stats(warm_dated)

        texts = corpus(sentences)
        t0 = time.perf_counter()
        claims = sum(len(check(t, date=dt.date(2025, 1, 15), engine=engine)["claims"])
                     for t in texts)
        elapsed = time.perf_counter() - t0
        results["batch_api"] = {"texts": len(texts), "sentences": sentences, "claims": claims,
                                "seconds": elapsed, "sentences_per_s": sentences / elapsed,
                                "day_s": TARGET_SENTENCES_PER_DAY * elapsed / sentences}

        times = []
        for period in ("2023-12", "2024-01", "2023", "2022-06"):
            engine._answers.clear()  # a new question each time
            t0 = time.perf_counter()
            corridor(engine, period, by_nationality=True)
            times.append(time.perf_counter() - t0)
        results["corridor_warm_by_nationality"] = _stats(times)
    finally:
        store.close()

    # The CLI as a user runs it: a fresh process, the example article, human output.
    cli = [sys.executable, "-m", "borderstats", "check", str(article), "--db", str(db)]
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run(cli, check=True, capture_output=True, timeout=120)
        runs.append(time.perf_counter() - t0)
    results["article_cli_cold"] = _stats(runs)

    # Batch through the CLI, JSONL in and out, on a part of the corpus.
    part = corpus(min(sentences, 20_000), seed=11)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "texts.jsonl"
        path.write_text("\n".join(json.dumps({"id": i, "text": t, "date": "2025-01-15"})
                                  for i, t in enumerate(part)) + "\n")
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "borderstats", "check", "--jsonl", str(path),
                        "--jobs", "1", "--db", str(db)], check=True, capture_output=True,
                       timeout=1200)
        elapsed = time.perf_counter() - t0
        # The same as a user runs it: a batch this long goes to one process per core (the
        # target is one process's).
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "borderstats", "check", "--jsonl", str(path),
                        "--db", str(db)], check=True, capture_output=True, timeout=1200)
        parallel = time.perf_counter() - t0
    n = min(sentences, 20_000)
    results["batch_cli"] = {"sentences": n, "seconds": elapsed, "sentences_per_s": n / elapsed,
                            "day_s": TARGET_SENTENCES_PER_DAY * elapsed / n}
    results["batch_cli_per_core"] = {"sentences": n,
                                     "processes": batch_processes(len(part)),
                                     "seconds": parallel, "sentences_per_s": n / parallel}
    return results



def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--article", type=Path, default=ARTICLE)
    parser.add_argument("--sentences", type=int, default=60_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = bench(args.db, args.article, args.sentences)
    if args.json:
        print(json.dumps(results, default=str))
    else:
        print(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
