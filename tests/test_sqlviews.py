"""The documented SQL views: a SQL client summing them gets the figures `borderstats
query` gives, not the sum of every stacked vintage; the catalog tables match the catalog."""

from __future__ import annotations

from pathlib import Path

import duckdb

from borderstats.metrics import catalog
from borderstats.query import Engine
from borderstats.sources.base import DIMENSIONS
from borderstats.sqlviews import VIEW_NAMES
from borderstats.store import open_reader


def test_fy2023_sums_to_the_published_total_in_a_plain_sql_client(tmp_path: Path) -> None:
    path = tmp_path / "store.duckdb"
    open_reader(path).close()  # a new store, filled from the bundled snapshot
    con = duckdb.connect(str(path), read_only=True)  # any client: no borderstats code
    stacked = con.execute(
        "SELECT sum(value) FROM observations o JOIN releases r USING (release_id) WHERE "
        "r.source = 'cbp_nationwide_encounters' AND o.region = 'Southwest Land Border' "
        "AND o.fiscal_year = 2023").fetchone()[0]
    assert stacked > 4 * 2_475_669  # every vintage of every table, stacked
    assert con.execute("SELECT sum(value) FROM measure_monthly_totals WHERE measure = "
                       "'swb_encounters' AND fiscal_year = 2023").fetchone()[0] == 2_475_669
    assert con.execute("SELECT value, months, complete FROM measure_fiscal_year_totals "
                       "WHERE measure = 'swb_encounters' AND fiscal_year = 2023"
                       ).fetchone() == (2_475_669, 12, True)
    assert con.execute("SELECT sum(value) FROM measure_figures WHERE measure = "
                       "'swb_encounters' AND fiscal_year = 2023").fetchone()[0] == 2_475_669
    usbp = con.execute("SELECT sum(value) FROM measure_figures WHERE measure = "
                       "'usbp_swb_encounters' AND fiscal_year = 2023").fetchone()[0]
    assert usbp == 2_045_838
    january = con.execute("SELECT value, file_name FROM measure_monthly_totals WHERE "
                          "measure = 'usbp_swb_encounters' AND month = '2024-01-01'"
                          ).fetchone()
    assert january[0] == 124_215 and january[1].endswith(".csv")
    names = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT "
                                       "internal").fetchall()}
    assert set(VIEW_NAMES) <= names
    con.close()


def test_every_complete_fiscal_year_of_every_measure_matches_the_query_engine(
        engine: Engine) -> None:
    # The store was written before this test: its views are there like any store's.
    rows = engine.store.con.execute(
        "SELECT measure, fiscal_year, value FROM measure_fiscal_year_totals WHERE complete "
        "ORDER BY 1, 2").fetchall()
    assert {m for m, _, _ in rows} >= {"swb_encounters", "usbp_swb_encounters",
                                       "nationwide_encounters", "mx_irregular_migrants"}
    for measure, year, value in rows:
        assert engine.query(measure, f"FY{year}").value == value, (measure, year)


def test_current_observations_hold_one_vintage(engine: Engine) -> None:
    con = engine.store.con
    twice = con.execute(
        "SELECT count(*) FROM (SELECT source, table_id, month FROM current_observations "
        "WHERE month IS NOT NULL GROUP BY ALL HAVING count(DISTINCT release_id) > 1)"
    ).fetchone()[0]
    assert twice == 0
    # October 2023 of CBP's nationwide state table: the newest of the files holding it.
    newest = con.execute(
        "SELECT DISTINCT file_name FROM current_observations WHERE table_id = "
        "'state_monthly' AND month = '2023-10-01'").fetchall()
    assert newest == [("nationwide-encounters-fy23-fy26-nov-state.csv",)]


def test_the_catalog_tables_are_the_catalog(engine: Engine) -> None:
    con = engine.store.con
    spans = con.execute("SELECT * FROM measure_spans ORDER BY measure, span_order").fetchall()
    expected = []
    for m in catalog().values():
        for order, s in enumerate(m.spans):
            expected.append((m.id, order, s.source, s.table, s.grain, s.fy_from, s.fy_to,
                             *(s.filters.get(d) for d in DIMENSIONS)))
    assert sorted((r[0], r[1], *r[3:]) for r in spans) == sorted(expected)
    titles = dict(con.execute("SELECT measure, title FROM measures").fetchall())
    assert titles == {m.id: m.title for m in catalog().values()}


def test_every_view_and_catalog_table_is_documented() -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "sql.md").read_text()
    for name in (*VIEW_NAMES, "measures", "measure_spans", "releases", "observations"):
        assert f"`{name}`" in page, name
