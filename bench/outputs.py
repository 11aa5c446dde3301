"""What making a publishable output costs: the SQL views a store writer makes, a sum over
them from a plain SQL client, and exports, DataFrames and charts of real answers.

    python bench/outputs.py            # 5 runs of each, about a minute
    python bench/outputs.py --runs 10

Each case runs against one store in a temporary directory, filled from the bundled snapshot
first. Results are printed as a Markdown table (median and slowest run) with the machine;
see docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from run import machine_info, stats  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs

    import duckdb

    import borderstats
    from borderstats.charts import render, series_spec
    from borderstats.frames import write_table
    from borderstats.sqlviews import create_views
    from borderstats.store import open_reader, write_store

    work = Path(tempfile.mkdtemp())
    store_path = work / "store.duckdb"
    open_reader(store_path).close()

    def make_views() -> None:
        with write_store(store_path) as store:
            create_views(store.con)
            store.changed = True

    def sql_sum() -> None:
        borderstats.close()  # a client of its own: no borderstats connection open
        con = duckdb.connect(str(store_path), read_only=True)
        value = con.execute("SELECT sum(value) FROM measure_monthly_totals WHERE measure = "
                            "'swb_encounters' AND fiscal_year = 2023").fetchone()[0]
        con.close()
        assert value == 2_475_669, value

    def xlsx() -> None:
        result = borderstats.engine(store_path).query("swb_encounters", "FY2019..FY2025",
                                                      by=["month"])
        write_table(result.figure_table(), work / "swb.xlsx", "xlsx")

    def series() -> None:
        frame = borderstats.series("usbp_swb_encounters", "FY2000", db=store_path)
        assert len(frame) > 300

    def png() -> None:
        rank = borderstats.engine(store_path).rank("usbp_swb_encounters", "2023-12", among="all")
        spec = series_spec([(e["period"], e["value"]) for e in rank.series],
                           title="Border Patrol encounters", highlight={"2023-12"})
        assert render(spec, "png").startswith(b"\x89PNG")

    cases: list[tuple[str, Callable[[], None]]] = [
        ("make the SQL views (a store writer, copy and rename included)", make_views),
        ("SQL client: open the file, sum FY2023 from measure_monthly_totals", sql_sum),
        ("query FY2019..FY2025 by month → Excel with its provenance sheet", xlsx),
        ("borderstats.series: Border Patrol monthly since FY2000 → DataFrame", series),
        ("rank among all months → PNG chart (311 months)", png),
    ]
    info = machine_info()
    print(f"{info['date']} · {info['cpu_model']} · {info['cores_usable']} cores · "
          f"Python {info.get('python', sys.version.split()[0])}\n")
    print("| case | n | median | slowest |\n|---|---:|---:|---:|")
    for label, case in cases:
        case()  # warm: imports, the engine's caches, the renderer
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            case()
            times.append(time.perf_counter() - t0)
        s = stats(times)
        print(f"| {label} | {s['n']} | {s['median'] * 1000:.0f} ms | {s['max'] * 1000:.0f} ms |")
    borderstats.close()


if __name__ == "__main__":
    main()
