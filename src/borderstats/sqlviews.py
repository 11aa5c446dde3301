"""Documented views in the store file, for anyone who opens it in a SQL client.

The ``observations`` table holds every vintage of every file side by side, and several
tables of several sources cover the same months, so summing it counts the same encounters
many times over (FY2023 Southwest encounters: 48 million instead of 2.48 million). These
views give the current figures instead, chosen the way ``borderstats query`` chooses them:

- ``current_observations``: the rows of each table from its newest release holding the
  month (an official release before a third-party compilation), one vintage only.
- ``measure_figures``: one row per measure, month and breakdown category: for each month,
  the rows of the table that answers the measure (the catalog's spans in order; within a
  revision group the newest official release), with the span's filters applied.
- ``measure_monthly_totals`` and ``measure_fiscal_year_totals``: their sums.
- ``measures`` and ``measure_spans``: the catalog itself — titles, units, definitions, and
  which source table answers each measure, in order.

The catalog is read from ``catalog.toml`` as data (the store sits below the semantic layer);
a test keeps ``measure_spans`` equal to :func:`borderstats.metrics.catalog`. Only monthly
spans feed the views; years that only an annual table covers are left out (``borderstats
query`` answers those). docs/sql.md documents every column.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

from borderstats.dimensions import DIMENSIONS

CATALOG_PATH = Path(__file__).with_name("catalog.toml")


def catalog_rows() -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The catalog as rows: measures (id, title, unit, definition) and their spans (measure,
    order, group order, source, table, grain, FY limits, one filter column per dimension)."""
    import tomllib  # here: only a writer makes the views, and a reader's start-up counts

    data = tomllib.loads(CATALOG_PATH.read_text(encoding="utf-8"))
    measures, spans = [], []
    for measure_id, spec in data["measures"].items():
        measures.append((measure_id, spec["title"], spec["unit"],
                         " ".join(spec["definition"].split())))
        groups: dict[str, int] = {}
        for order, span in enumerate(spec["spans"]):
            # Spans of one revision group compete month by month; each other span is a
            # group of its own, tried in catalog order (as the query engine does).
            group = span.get("group") or f"#{order}"
            group_order = groups.setdefault(group, len(groups))
            filters = span.get("filters", {})
            spans.append((measure_id, order, group_order, span["source"], span["table"],
                          span.get("grain", "month"), span.get("fy_from"), span.get("fy_to"),
                          *(filters.get(d) for d in DIMENSIONS)))
    return measures, spans


_FILTER_COLUMNS = ", ".join(f"filter_{d} VARCHAR" for d in DIMENSIONS)
_DIMENSION_COLUMNS = ", ".join(f"o.{d}" for d in DIMENSIONS)
_FILTERS_MATCH = " AND ".join(f"(s.filter_{d} IS NULL OR o.{d} = s.filter_{d})"
                              for d in DIMENSIONS)

VIEWS_SQL = f"""
CREATE OR REPLACE TABLE measures (
    measure VARCHAR PRIMARY KEY, title VARCHAR NOT NULL, unit VARCHAR NOT NULL,
    definition VARCHAR NOT NULL);
CREATE OR REPLACE TABLE measure_spans (
    measure VARCHAR NOT NULL, span_order INTEGER NOT NULL, group_order INTEGER NOT NULL,
    source VARCHAR NOT NULL, table_id VARCHAR NOT NULL, grain VARCHAR NOT NULL,
    fy_from INTEGER, fy_to INTEGER, {_FILTER_COLUMNS});

CREATE OR REPLACE VIEW current_units AS
SELECT u.release_id, r.source, u.table_id, u.fiscal_year, u.month,
       r.compiler IS NULL AS official, r.published, r.data_end
FROM (SELECT DISTINCT release_id, table_id, fiscal_year, month FROM observations) u
JOIN releases r USING (release_id)
QUALIFY row_number() OVER (
    PARTITION BY r.source, u.table_id, u.fiscal_year, u.month
    ORDER BY r.compiler IS NULL DESC, r.published DESC, r.data_end DESC,
             u.release_id DESC) = 1;

CREATE OR REPLACE VIEW current_observations AS
SELECT c.source, o.release_id, r.file_name, r.published, o.table_id, o.fiscal_year,
       o.month, {_DIMENSION_COLUMNS}, o.value
FROM observations o
JOIN current_units c ON c.release_id = o.release_id AND c.table_id = o.table_id
     AND c.fiscal_year = o.fiscal_year AND c.month IS NOT DISTINCT FROM o.month
JOIN releases r ON r.release_id = o.release_id;

CREATE OR REPLACE VIEW measure_months AS
SELECT s.measure, s.span_order, s.group_order, c.source, c.table_id, c.release_id,
       c.fiscal_year, c.month
FROM measure_spans s
JOIN current_units c ON c.source = s.source AND c.table_id = s.table_id
WHERE s.grain = 'month' AND c.month IS NOT NULL
  AND (s.fy_from IS NULL OR c.fiscal_year >= s.fy_from)
  AND (s.fy_to IS NULL OR c.fiscal_year <= s.fy_to)
QUALIFY row_number() OVER (
    PARTITION BY s.measure, c.month
    ORDER BY s.group_order, c.official DESC, c.published DESC, c.data_end DESC,
             s.span_order) = 1;

CREATE OR REPLACE VIEW measure_figures AS
SELECT m.measure, m.fiscal_year, year(m.month) AS calendar_year, m.month,
       {_DIMENSION_COLUMNS}, o.value, m.source, m.table_id, m.release_id, r.file_name,
       r.published
FROM measure_months m
JOIN measure_spans s ON s.measure = m.measure AND s.span_order = m.span_order
JOIN observations o ON o.release_id = m.release_id AND o.table_id = m.table_id
     AND o.month = m.month AND {_FILTERS_MATCH}
JOIN releases r ON r.release_id = m.release_id;

CREATE OR REPLACE VIEW measure_monthly_totals AS
SELECT m.measure, m.fiscal_year, year(m.month) AS calendar_year, m.month,
       coalesce(sum(f.value), 0)::BIGINT AS value, m.source, m.table_id, m.release_id,
       r.file_name, r.published
FROM measure_months m
LEFT JOIN measure_figures f ON f.measure = m.measure AND f.month = m.month
JOIN releases r ON r.release_id = m.release_id
GROUP BY ALL;

CREATE OR REPLACE VIEW measure_fiscal_year_rows AS
SELECT s.measure, s.group_order, s.span_order, c.source, c.table_id, c.release_id,
       c.fiscal_year, c.official, c.published, c.data_end
FROM measure_spans s
JOIN current_units c ON c.source = s.source AND c.table_id = s.table_id
WHERE s.grain = 'fiscal_year' AND c.month IS NULL
  AND (s.fy_from IS NULL OR c.fiscal_year >= s.fy_from)
  AND (s.fy_to IS NULL OR c.fiscal_year <= s.fy_to)
QUALIFY row_number() OVER (
    PARTITION BY s.measure, c.fiscal_year
    ORDER BY s.group_order, c.official DESC, c.published DESC, c.data_end DESC,
             s.span_order) = 1;

CREATE OR REPLACE VIEW measure_fiscal_year_totals AS
WITH monthly AS (
    SELECT t.measure, t.fiscal_year, sum(t.value)::BIGINT AS value, count(*) AS months,
           min(m.group_order) AS first_group,
           string_agg(DISTINCT t.file_name, '; ' ORDER BY t.file_name) AS file_name
    FROM measure_monthly_totals t
    JOIN measure_months m ON m.measure = t.measure AND m.month = t.month
    GROUP BY ALL),
annual AS (
    SELECT a.measure, a.fiscal_year, a.group_order, sum(o.value)::BIGINT AS value,
           any_value(r.file_name) AS file_name
    FROM measure_fiscal_year_rows a
    JOIN measure_spans s ON s.measure = a.measure AND s.span_order = a.span_order
    JOIN observations o ON o.release_id = a.release_id AND o.table_id = a.table_id
         AND o.fiscal_year = a.fiscal_year AND o.month IS NULL AND {_FILTERS_MATCH}
    JOIN releases r ON r.release_id = a.release_id
    GROUP BY ALL)
-- A fiscal-year table the catalog lists before every monthly one answering the year gives
-- the year's total (a publisher's own total row); otherwise the months add up.
SELECT coalesce(a.measure, m.measure) AS measure,
       coalesce(a.fiscal_year, m.fiscal_year) AS fiscal_year,
       CASE WHEN a.value IS NOT NULL AND (m.first_group IS NULL
                                          OR a.group_order < m.first_group)
            THEN a.value ELSE m.value END AS value,
       CASE WHEN a.value IS NOT NULL AND (m.first_group IS NULL
                                          OR a.group_order < m.first_group)
            THEN 12 ELSE m.months END AS months,
       coalesce(a.value IS NOT NULL AND (m.first_group IS NULL
                                         OR a.group_order < m.first_group), false)
           OR m.months = 12 AS complete,
       CASE WHEN a.value IS NOT NULL AND (m.first_group IS NULL
                                          OR a.group_order < m.first_group)
            THEN 'fiscal-year table' ELSE 'sum of months' END AS answered_by,
       CASE WHEN a.value IS NOT NULL AND (m.first_group IS NULL
                                          OR a.group_order < m.first_group)
            THEN a.file_name ELSE m.file_name END AS file_name
FROM annual a FULL JOIN monthly m ON a.measure = m.measure AND a.fiscal_year = m.fiscal_year;
"""

VIEW_NAMES = ("current_units", "current_observations", "measure_months", "measure_figures",
              "measure_monthly_totals", "measure_fiscal_year_rows",
              "measure_fiscal_year_totals")


@cache
def views_digest() -> str:
    """Changes whenever the catalog or the views' definitions do: a store holding another
    digest gets its views made again."""
    return hashlib.sha256(CATALOG_PATH.read_bytes() + VIEWS_SQL.encode()).hexdigest()[:20]


def create_views(con: Any) -> None:
    """(Re)create the catalog tables and the views on an open, writable connection."""
    measures, spans = catalog_rows()
    con.execute(VIEWS_SQL)
    con.executemany("INSERT INTO measures VALUES (?, ?, ?, ?)", measures)
    con.executemany(f"INSERT INTO measure_spans VALUES ({', '.join('?' * len(spans[0]))})",
                    spans)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('views', ?)", [views_digest()])
