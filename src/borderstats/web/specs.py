"""Vega-Lite specifications of the pages' charts, built from query results.

The same dictionary is drawn interactively in a page (by the Vega scripts of
:func:`borderstats.charts.javascript_bundle`) and as SVG or PNG by
:func:`borderstats.charts.render`, so a chart on screen and in print are one chart."""

from __future__ import annotations

from typing import Any

from borderstats.query import QueryResult

TIME_FIELDS = ("month", "fiscal_year", "year")
# Past this many categories a breakdown shows the largest and sums the rest as "other".
MAX_CATEGORIES = 12


def _time_field(result: QueryResult) -> str | None:
    return next((d for d in result.by if d in TIME_FIELDS), None)


def _category_field(result: QueryResult) -> str | None:
    return next((d for d in result.by if d not in TIME_FIELDS), None)


def _category(row: dict[str, Any], dim: str) -> str:
    return str(row.get(f"{dim}_name") or row.get(dim) or "unknown")


def chart_rows(result: QueryResult) -> list[dict[str, Any]]:
    """The result's rows as the chart draws them: ``period``, ``value``, ``series``,
    ``complete``; a breakdown with many categories keeps the largest few."""
    time, category = _time_field(result), _category_field(result)
    keep: set[str] | None = None
    if category is not None:
        totals: dict[str, int] = {}
        for row in result.rows:
            totals[_category(row, category)] = totals.get(_category(row, category), 0) + \
                row["value"]
        if len(totals) > MAX_CATEGORIES:
            keep = set(sorted(totals, key=lambda k: -totals[k])[:MAX_CATEGORIES - 1])
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for row in result.rows:
        series = _category(row, category) if category else result.measure
        if keep is not None and series not in keep:
            series = "other"
        period = str(row[time]) if time else result.period
        if time == "fiscal_year" and not period.startswith("FY"):
            period = f"FY{period}"
        entry = merged.setdefault((period, series), {"period": period, "series": series,
                                                     "value": 0, "complete": True})
        entry["value"] += row["value"]
        entry["complete"] = entry["complete"] and row.get("complete", True)
    return list(merged.values())


def _tooltip(unit: str, with_series: bool) -> list[dict[str, Any]]:
    tips: list[dict[str, Any]] = [{"field": "period", "title": "period"}]
    if with_series:
        tips.append({"field": "series", "title": "series"})
    tips += [{"field": "value", "title": unit, "format": ","},
             {"field": "complete", "title": "complete"}]
    return tips


def query_spec(result: QueryResult, *, width: int = 640, height: int = 260,
               highlight: list[str] | None = None) -> dict[str, Any]:
    """A chart of a query result: over time a line with a brush on a small overview below
    (drag across it to zoom the line); a breakdown without time a bar per category."""
    rows = chart_rows(result)
    time, category = _time_field(result), _category_field(result)
    title = {"text": result.title, "subtitle": f"{result.period} · {result.unit}"}
    if highlight:
        marked = set(highlight)
        for row in rows:
            row["highlight"] = row["period"] in marked
    if time is None:
        return {
            "title": title, "width": width, "height": max(80, 22 * len(rows)),
            "data": {"values": rows},
            "mark": {"type": "bar", "tooltip": True},
            "encoding": {
                "y": {"field": "series", "type": "nominal", "sort": "-x", "title": None},
                "x": {"field": "value", "type": "quantitative", "title": result.unit},
                "tooltip": _tooltip(result.unit, True),
            },
        }
    temporal = time == "month"
    x_base = ({"field": "period", "type": "temporal", "timeUnit": "yearmonth", "title": None}
              if temporal else {"field": "period", "type": "ordinal", "title": None})
    color = ({"field": "series", "type": "nominal", "title": category}
             if category else {"value": "#1d4ed8"})
    detail_x = dict(x_base)
    detail_x["scale"] = {"domain": {"param": "brush"}}
    points: dict[str, Any] = {"type": "point", "filled": True, "size": 30, "tooltip": True}
    layers: list[dict[str, Any]] = [
        {"mark": {"type": "line", "strokeWidth": 2}},
        {"mark": points, "encoding": {"tooltip": _tooltip(result.unit, bool(category))}},
    ]
    if highlight:
        layers.append({
            "transform": [{"filter": "datum.highlight"}],
            "mark": {"type": "point", "filled": True, "size": 140, "color": "#dc2626"},
            "encoding": {"tooltip": _tooltip(result.unit, bool(category))}})
    detail = {
        "width": width, "height": height,
        "encoding": {"x": detail_x,
                     "y": {"field": "value", "type": "quantitative", "title": result.unit},
                     "color": color},
        "layer": layers,
    }
    overview = {
        "width": width, "height": 50,
        "mark": {"type": "area", "opacity": 0.5} if not category else "line",
        "params": [{"name": "brush",
                    "select": {"type": "interval", "encodings": ["x"]}}],
        "encoding": {"x": x_base,
                     "y": {"field": "value", "type": "quantitative", "title": None,
                           "axis": {"tickCount": 2}},
                     **({"color": color} if category else {})},
    }
    return {"title": title, "data": {"values": rows}, "vconcat": [detail, overview]}


def sparkline_spec(result: QueryResult, *, width: int = 220, height: int = 48) -> dict:
    """A small line of a series over time, for the overview page (tooltips, no axes)."""
    rows = chart_rows(result)
    x = ({"field": "period", "type": "temporal", "timeUnit": "yearmonth", "axis": None}
         if _time_field(result) == "month" else
         {"field": "period", "type": "ordinal", "axis": None})
    return {
        "width": width, "height": height, "data": {"values": rows},
        "mark": {"type": "line", "point": {"size": 12}, "tooltip": True},
        "encoding": {
            "x": x,
            "y": {"field": "value", "type": "quantitative", "axis": None,
                  "scale": {"zero": False}},
            "tooltip": _tooltip(result.unit, False),
        },
    }


def series_spec(series: dict[str, Any], *, width: int = 330, height: int = 180) -> dict:
    """The chart of a checked claim: the official series the checker read (``series`` of a
    claim in ``check --json``), its claim's periods marked, the claimed figure as a rule."""
    grain, unit = series.get("grain", "month"), series.get("unit") or ""
    marked = set(series.get("highlight") or [])
    rows = [{"period": str(p["period"]), "value": p["value"],
             "highlight": str(p["period"]) in marked} for p in series.get("points", [])]
    x = ({"field": "period", "type": "temporal", "timeUnit": "yearmonth", "title": None}
         if grain == "month" else {"field": "period", "type": "ordinal", "title": None})
    tooltip = [{"field": "period"}, {"field": "value", "title": unit, "format": ","}]
    layers: list[dict[str, Any]] = [
        {"mark": {"type": "line", "point": True, "tooltip": True},
         "encoding": {"x": x, "y": {"field": "value", "type": "quantitative", "title": unit},
                      "tooltip": tooltip}},
        {"transform": [{"filter": "datum.highlight"}],
         "mark": {"type": "point", "filled": True, "size": 140, "color": "#dc2626",
                  "tooltip": True},
         "encoding": {"x": x, "y": {"field": "value", "type": "quantitative"},
                      "tooltip": tooltip}},
    ]
    if series.get("reference") is not None:
        layers.append({"data": {"values": [{"claimed": series["reference"]}]},
                       "mark": {"type": "rule", "strokeDash": [4, 3], "color": "#6b7280"},
                       "encoding": {"y": {"field": "claimed", "type": "quantitative"},
                                    "tooltip": [{"field": "claimed", "format": ","}]}})
    return {"title": {"text": series.get("measure", ""), "subtitle": unit}, "width": width,
            "height": height, "data": {"values": rows}, "layer": layers}
