"""Event analysis and forecast benchmarks: speed against the targets, and the measured
accuracy of the intervals.

    python bench/analysis.py           # about 3-4 minutes on 2 cores
    python bench/analysis.py --quick   # fewer repetitions and synthetic series (~1 min)

Targets: an event analysis (with its 12 placebos) under 1 s warm — the store open, the
libraries loaded; a forecast with its full rolling-origin backtest over FY2000 onward under
30 s. The store is a new one in a temporary directory, filled from the bundled snapshot.
Also measured: how often the event analysis's 95% interval holds a known injected effect
on synthetic series, and how often it finds an effect where none was injected. Results are
printed and written to bench/results/analysis.json (gitignored). See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent / "tests"))

EVENTS = ("mexico_enforcement_dec_2023", "title42_end", "asylum_proclamation_june_2024")
SERIES = ("usbp_swb_encounters", "swb_encounters", "mx_irregular_migrants", "darien_transits")


def _cpu_busy() -> float:
    """Cores busy over the last minute (load average), to judge whether figures are
    inflated by other processes."""
    return os.getloadavg()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    repeats = 3 if args.quick else 10
    synthetic_runs = 60 if args.quick else 300

    from test_events import EFFECT, FIRST, synthetic

    import borderstats
    from borderstats.events import analyse, event_effects
    from borderstats.forecast import forecast
    from borderstats.query import Engine
    from borderstats.store import open_reader

    results: dict = {"date": dt.datetime.now(dt.UTC).isoformat(timespec="minutes"),
                     "machine": f"{platform.processor() or platform.machine()}, "
                                f"{os.cpu_count()} cores", "python": platform.python_version(),
                     "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"],
                                              capture_output=True, text=True,
                                              cwd=BENCH).stdout.strip(),
                     "load_before": _cpu_busy(), "events": {}, "forecasts": {}}
    with tempfile.TemporaryDirectory() as tmp:
        # The API's engine closes after 30 s idle; the bench holds its own open.
        borderstats.engine(Path(tmp) / "bench.duckdb")  # fills the store from the snapshot
        borderstats.close()
        engine = Engine(open_reader(Path(tmp) / "bench.duckdb"))
        event_effects(engine, EVENTS[0])  # warm: libraries loaded, series read once
        for name in EVENTS:
            times = []
            for _ in range(repeats):
                start = time.perf_counter()
                effect = event_effects(engine, name).effects[0]
                times.append(time.perf_counter() - start)
            results["events"][name] = {
                "median_s": round(statistics.median(times), 3), "max_s": round(max(times), 3),
                "effect_percent": effect.effect_percent,
                "interval": [effect.effect_percent_low, effect.effect_percent_high],
                "naive_percent": effect.naive_percent, "placebo_p": effect.placebo_p}
            print(f"event {name}: median {statistics.median(times):.3f} s (target < 1 s)")
        for measure in SERIES:
            runs = 3 if measure == SERIES[0] and not args.quick else 1
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                result = forecast(engine, measure, 6)
                times.append(time.perf_counter() - start)
            results["forecasts"][measure] = {
                "median_s": round(statistics.median(times), 2), "runs": runs,
                "model": result.model, "span": result.backtest_span,
                "scores": [vars(s) for s in result.backtest]}
            print(f"forecast {measure}: {statistics.median(times):.1f} s (target < 30 s), "
                  f"backtest {result.backtest_span[0]}..{result.backtest_span[1]}")
        engine.close()

    covered = found = false_alarms = 0
    for seed in range(synthetic_runs):
        series, truth = synthetic(10_000 + seed, EFFECT)
        effect = analyse(series, FIRST, placebos=0)
        covered += effect.effect_low <= truth <= effect.effect_high
        found += effect.effect_high < 0
        series, _ = synthetic(20_000 + seed, 1.0)
        effect = analyse(series, FIRST, placebos=0)
        false_alarms += effect.effect_high < 0 or effect.effect_low > 0
    results["synthetic"] = {"series": synthetic_runs, "coverage95": covered / synthetic_runs,
                            "power": found / synthetic_runs,
                            "false_alarm_rate": false_alarms / synthetic_runs}
    results["load_after"] = _cpu_busy()
    print(f"synthetic ({synthetic_runs} series each): 95% interval coverage "
          f"{covered / synthetic_runs:.1%}, injected -40% found {found / synthetic_runs:.1%}, "
          f"false alarms with no effect {false_alarms / synthetic_runs:.1%}")
    print(f"load average before/after: {results['load_before']:.2f} / "
          f"{results['load_after']:.2f} (2 cores: above 0.5 inflates the figures)")
    out = BENCH / "results" / "analysis.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
