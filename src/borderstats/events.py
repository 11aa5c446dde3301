"""What a policy event did to a monthly series, net of the series' own seasonality and trend.

The effect is the observed total over the months after the event minus a counterfactual: a
seasonal model (:func:`borderstats.monthly.fit_ets`, ETS on log counts) fitted on the months
before the event only and carried forward. Its interval comes from simulating the model's
future paths, so the months' errors are correlated as the model says they are. Beside it:

- the naive before/after change (the same number of months just before the event), so a
  reader sees how much of a drop the usual season and trend already expected;
- placebo checks: the same analysis at earlier months with no catalogued event, which shows
  how large an "effect" this series produces by chance, and how often its intervals
  exclude zero when nothing happened.

The catalog of events is ``events.toml`` beside this module; users add theirs from a file of
the same form.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from borderstats.errors import BorderstatsError, QueryError
from borderstats.monthly import (
    MIN_MONTHS,
    MonthlySeries,
    counts,
    fit_ets,
    log_counts,
    month_of,
    monthly_series,
    months_between,
    simulate_paths,
    single_threaded,
)
from borderstats.periods import add_months
from borderstats.query import Engine

DEFAULT_MEASURE = "usbp_swb_encounters"
REPETITIONS = 2000
PLACEBO_REPETITIONS = 500
SEED = 20231221  # fixed: the same question gives the same interval every time
HISTORY_SHOWN = 36  # months before the event drawn on the chart

FIELDS = {"id": str, "date": dt.date, "country": str, "title": str, "reference": str}


@dataclass(frozen=True)
class Event:
    id: str
    date: dt.date
    country: str
    title: str
    reference: str
    measure: str = DEFAULT_MEASURE
    origin: str = "catalog"  # the file it was read from, for user events
    cues: tuple[str, ...] = ()  # lower-case words by which a text names it

    @property
    def first_month(self) -> dt.date:
        return first_affected_month(self.date)


def first_affected_month(day: dt.date) -> dt.date:
    """An event in the first half of a month is measured from that month; one in its second
    half from the next month (its own month then counts as before it)."""
    month = day.replace(day=1)
    return month if day.day <= 15 else add_months(month, 1)


def load_events(path: Path | str | None = None) -> dict[str, Event]:
    """The bundled catalog, plus the events of the TOML file at ``path`` (same form; an id
    already in the catalog replaces the catalog's)."""
    events = dict(_catalog())
    if path is not None:
        path = Path(path)
        events.update(_parse_events(path.read_text("utf-8"), str(path), origin=str(path)))
    return events


@functools.cache
def _catalog() -> dict[str, Event]:
    """The bundled catalog, read once a process (the claim checker asks for every change a
    text credits to a cause)."""
    text = resources.files("borderstats").joinpath("events.toml").read_text("utf-8")
    return _parse_events(text, "events.toml", origin="catalog")


def _parse_events(text: str, where: str, origin: str) -> dict[str, Event]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BorderstatsError(f"{where}: not valid TOML: {exc}") from None
    entries = data.get("event")
    if not isinstance(entries, list) or not entries:
        raise BorderstatsError(f"{where}: no [[event]] tables")
    events: dict[str, Event] = {}
    for number, entry in enumerate(entries, 1):
        for name, kind in FIELDS.items():
            value = entry.get(name)
            if not isinstance(value, kind) or isinstance(value, dt.datetime):
                shown = "missing" if value is None else f"{value!r} is not a {kind.__name__}"
                raise BorderstatsError(f"{where}, event {number}, field {name!r}: {shown}"
                                       + (" (write it as 2023-12-21)" if kind is dt.date
                                          else ""))
        measure = entry.get("measure", DEFAULT_MEASURE)
        if not isinstance(measure, str):
            raise BorderstatsError(f"{where}, event {number}, field 'measure': {measure!r} "
                                   "is not a measure name")
        cues = entry.get("cues", [])
        if not isinstance(cues, list) or not all(isinstance(c, str) for c in cues):
            raise BorderstatsError(f"{where}, event {number}, field 'cues': {cues!r} is not "
                                   "a list of strings")
        events[entry["id"]] = Event(entry["id"], entry["date"], entry["country"],
                                    entry["title"], entry["reference"], measure, origin,
                                    tuple(c.lower() for c in cues))
    return events


# -- results ---------------------------------------------------------------------------


@dataclass
class Placebo:
    first_month: str
    effect_percent: float
    low_percent: float
    high_percent: float

    @property
    def excludes_zero(self) -> bool:
        return self.high_percent < 0 or self.low_percent > 0


@dataclass
class EventEffect:
    measure: str
    title: str
    unit: str
    filters: dict[str, list[str]]
    group: str | None            # the --by value this effect is for
    event: dict[str, Any] | None  # the catalog entry, or None for a bare date
    event_date: str
    first_month: str
    last_month: str
    level: float
    months: list[str]
    observed: list[int]
    counterfactual: list[float]       # per month, the median simulated path
    counterfactual_low: list[float]
    counterfactual_high: list[float]
    observed_total: int
    counterfactual_total: float
    counterfactual_total_low: float
    counterfactual_total_high: float
    effect: float
    effect_low: float
    effect_high: float
    effect_percent: float
    effect_percent_low: float
    effect_percent_high: float
    before_months: list[str]
    before_total: int
    naive_change: int
    naive_percent: float
    expected_change: float        # counterfactual total − before total: season and trend
    fit_window: list[str]         # first and last month the model was fitted on
    history_months: list[str]
    history: list[int]
    placebos: list[Placebo]
    placebo_p: float | None       # share of placebos at least as large (with the real one)
    placebo_false_positive_rate: float | None
    distinguishable: bool
    sources: list[str]
    method: str
    caveats: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for placebo, p in zip(data["placebos"], self.placebos, strict=True):
            placebo["excludes_zero"] = p.excludes_zero
        return data

    def to_frame(self) -> Any:
        """One row per month: before the event, then observed beside the counterfactual."""
        import pandas as pd

        rows = [{"month": m, "observed": v, "period": "before"}
                for m, v in zip(self.history_months, self.history, strict=True)]
        rows += [{"month": m, "observed": v, "counterfactual": c, "counterfactual_low": lo,
                  "counterfactual_high": hi, "period": "after"}
                 for m, v, c, lo, hi in zip(self.months, self.observed, self.counterfactual,
                                            self.counterfactual_low,
                                            self.counterfactual_high, strict=True)]
        frame = pd.DataFrame(rows)
        if self.group is not None:
            frame.insert(0, "group", self.group)
        return frame


@dataclass
class EventsResult:
    effects: list[EventEffect]
    by: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"by": self.by, "effects": [e.to_dict() for e in self.effects]}

    def chart(self) -> dict[str, Any]:
        """The Vega-Lite chart: ``borderstats.charts.render(result.chart(), "png")``."""
        return chart_spec(self)

    def to_frame(self) -> Any:
        import pandas as pd

        return pd.concat([e.to_frame() for e in self.effects], ignore_index=True)


METHOD = ("counterfactual: ETS(A,N,A) on log(count+1) fitted on the months before the event "
          "only (statsmodels ETSModel), {reps} simulated paths carried over the months "
          "after it; interval: the {level:.0%} range of observed minus simulated totals; "
          "placebos: the same analysis at earlier months whose windows hold no catalogued "
          "event")

CAVEATS = [
    "The counterfactual assumes the pre-event pattern (level, trend, seasonality) would "
    "have continued; other things that changed at the same time (other policies, weather, "
    "events elsewhere on the route) are in the estimated effect too.",
    "The interval carries the model's month-to-month noise, not the uncertainty in its "
    "parameters or in the choice of model: the placebo checks show how large an effect "
    "this series produces when nothing happened.",
]


# -- the analysis ----------------------------------------------------------------------


@single_threaded
def analyse(series: MonthlySeries, first_month: dt.date, *, months: int = 3,
            window: int = 96, level: float = 0.95, placebos: int = 12,
            quiet_months: tuple[dt.date, ...] = (), event: Event | None = None,
            event_date: dt.date | None = None, group: str | None = None) -> EventEffect:
    """The effect on ``series`` of an event first felt in ``first_month``, over ``months``
    months, the model fitted on up to ``window`` months before it. ``quiet_months``: first
    months of other events, which no placebo window may contain."""
    if not 1 <= months <= 24:
        raise QueryError(f"--months {months}: give 1 to 24 months after the event")
    if not 0.5 <= level < 1:
        raise QueryError(f"--level {level}: give a level between 0.5 and 0.99")
    if window < MIN_MONTHS:
        raise QueryError(f"--window {window}: the model needs at least {MIN_MONTHS} months")
    start = series.index(first_month)
    if start + months > len(series.months):
        raise QueryError(f"{series.measure}: the series ends {series.months[-1]:%Y-%m}; "
                         f"{months} months from {first_month:%Y-%m} are not all published "
                         "yet (try fewer --months)")
    if start < MIN_MONTHS:
        raise QueryError(f"{series.measure}: only {start} months before {first_month:%Y-%m} "
                         f"(from {series.months[0]:%Y-%m}); the model needs {MIN_MONTHS}")
    core = _effect(series, start, months, window, level, REPETITIONS)

    # Placebos: earlier first months whose whole window ends before the real one starts.
    eligible = [p for p in range(MIN_MONTHS, start - months + 1)
                if not any(0 <= months_between(series.months[p], q) < months + 1
                           for q in quiet_months)
                and p >= start - window]
    chosen = _spread(eligible, placebos)
    placebo_runs = []
    for p in chosen:
        effect = _effect(series, p, months, window, level, PLACEBO_REPETITIONS)
        placebo_runs.append(Placebo(f"{series.months[p]:%Y-%m}", effect["percent"],
                                    effect["percent_low"], effect["percent_high"]))
    placebo_p = fp_rate = None
    if placebo_runs:
        larger = sum(abs(p.effect_percent) >= abs(core["percent"]) for p in placebo_runs)
        placebo_p = (1 + larger) / (1 + len(placebo_runs))
        fp_rate = sum(p.excludes_zero for p in placebo_runs) / len(placebo_runs)
    excludes_zero = core["high"] < 0 or core["low"] > 0
    distinguishable = excludes_zero and (placebo_p is None or placebo_p <= 0.1)

    before = series.values[max(0, start - months):start]
    after = series.values[start:start + months]
    shown_from = max(0, start - HISTORY_SHOWN)
    fit_from = max(0, start - window)
    month_labels = [f"{m:%Y-%m}" for m in series.months]
    caveats = list(CAVEATS)
    if len(placebo_runs) < 5:
        caveats.append(f"Only {len(placebo_runs)} placebo dates fit before the event with no "
                       "other catalogued event in their window: the placebo check is weak.")
    return EventEffect(
        measure=series.measure, title=series.title, unit=series.unit, filters=series.filters,
        group=group, event=_plain(event) if event else None,
        event_date=(event.date if event else event_date or first_month).isoformat(),
        first_month=month_labels[start], last_month=month_labels[start + months - 1],
        level=level, months=month_labels[start:start + months], observed=list(after),
        counterfactual=core["path"], counterfactual_low=core["path_low"],
        counterfactual_high=core["path_high"], observed_total=int(sum(after)),
        counterfactual_total=core["total"], counterfactual_total_low=core["total_low"],
        counterfactual_total_high=core["total_high"], effect=core["effect"],
        effect_low=core["low"], effect_high=core["high"], effect_percent=core["percent"],
        effect_percent_low=core["percent_low"], effect_percent_high=core["percent_high"],
        before_months=month_labels[max(0, start - months):start],
        before_total=int(sum(before)), naive_change=int(sum(after) - sum(before)),
        naive_percent=_percent(sum(after), sum(before)),
        expected_change=core["total"] - sum(before),
        fit_window=[month_labels[fit_from], month_labels[start - 1]],
        history_months=month_labels[shown_from:start], history=series.values[shown_from:start],
        placebos=placebo_runs, placebo_p=placebo_p, placebo_false_positive_rate=fp_rate,
        distinguishable=distinguishable,
        sources=series.sources(series.months[fit_from], series.months[start + months - 1]),
        method=METHOD.format(reps=REPETITIONS, level=level), caveats=caveats)


def _effect(series: MonthlySeries, start: int, months: int, window: int, level: float,
            repetitions: int) -> dict[str, Any]:
    import numpy as np

    fit_from = max(0, start - window)
    fitted = fit_ets(log_counts(series.values[fit_from:start]), series.months[fit_from])
    paths = counts(simulate_paths(fitted, months, repetitions, SEED + start))
    paths = np.clip(paths, 0, None)
    observed = np.asarray(series.values[start:start + months], dtype=float)
    totals = paths.sum(axis=0)
    effects = observed.sum() - totals
    percents = 100 * (observed.sum() / np.maximum(totals, 1.0) - 1)
    tail = (1 - level) / 2
    qs = [tail, 0.5, 1 - tail]
    path_low, path_mid, path_high = (np.quantile(paths, q, axis=1) for q in qs)
    total_low, total_mid, total_high = np.quantile(totals, qs)
    effect_low, effect_mid, effect_high = np.quantile(effects, qs)
    pct_low, pct_mid, pct_high = np.quantile(percents, qs)
    return {"path": _round(path_mid), "path_low": _round(path_low),
            "path_high": _round(path_high), "total": round(float(total_mid), 1),
            "total_low": round(float(total_low), 1), "total_high": round(float(total_high), 1),
            "effect": round(float(effect_mid), 1), "low": round(float(effect_low), 1),
            "high": round(float(effect_high), 1), "percent": round(float(pct_mid), 2),
            "percent_low": round(float(pct_low), 2), "percent_high": round(float(pct_high), 2)}


def _plain(event: Event) -> dict[str, Any]:
    return {**asdict(event), "date": event.date.isoformat(), "cues": list(event.cues)}


def _round(values: Any) -> list[float]:
    return [round(float(v), 1) for v in values]


def _percent(after: float, before: float) -> float:
    return round(100 * (after / before - 1), 2) if before else float("nan")


def _spread(items: list[int], n: int) -> list[int]:
    """Up to ``n`` items evenly spread over ``items`` (the last one included)."""
    if n <= 0 or not items:
        return []
    if len(items) <= n:
        return list(items)
    step = (len(items) - 1) / (n - 1) if n > 1 else 0
    return sorted({items[round(len(items) - 1 - i * step)] for i in range(n)})


def event_effects(engine: Engine, event: str | None = None, *, date: dt.date | str | None = None,
                  measure: str | None = None, by: str | None = None,
                  where: dict[str, list[str]] | None = None, months: int = 3,
                  window: int = 96, level: float = 0.95, placebos: int = 12, top: int = 6,
                  events_file: Path | str | None = None,
                  as_of: dt.date | None = None) -> EventsResult:
    """The effect of a catalogued ``event`` (or of a bare ``date``) on ``measure``; with
    ``by``, on each of the ``top`` largest values of that dimension after the event."""
    catalog = load_events(events_file)
    chosen: Event | None = None
    if event is not None:
        if event not in catalog:
            raise QueryError(f"event {event!r}: not in the catalog (borderstats events "
                             f"--list); known: {', '.join(sorted(catalog))}")
        chosen = catalog[event]
        day = chosen.date
    elif date is not None:
        day = date if isinstance(date, dt.date) else _day(date)
    else:
        raise QueryError("events: name an event (borderstats events --list) or give --date")
    first = first_affected_month(day)
    measure = measure or (chosen.measure if chosen else DEFAULT_MEASURE)
    quiet = tuple(e.first_month for e in catalog.values()
                  if chosen is None or e.id != chosen.id)
    quiet = tuple(q for q in quiet if q != first)
    options = {"months": months, "window": window, "level": level, "placebos": placebos,
               "quiet_months": quiet, "event": chosen, "event_date": day}
    if by is None:
        series = monthly_series(engine, measure, where=where, as_of=as_of)
        return EventsResult([analyse(series, first, **options)], None)
    groups = _largest_groups(engine, measure, by, first, months, where, as_of, top)
    effects = []
    for value in groups:
        series = monthly_series(engine, measure, where={**(where or {}), by: [value]},
                                as_of=as_of)
        try:
            effects.append(analyse(series, first, group=value, **options))
        except QueryError:  # a group with too short a history: left out, not guessed
            continue
    if not effects:
        raise QueryError(f"--by {by}: no value of {by} has enough months of {measure} "
                         f"before {first:%Y-%m}")
    return EventsResult(effects, by)


def _largest_groups(engine: Engine, measure: str, by: str, first: dt.date, months: int,
                    where: dict[str, list[str]] | None, as_of: dt.date | None,
                    top: int) -> list[str]:
    from borderstats.periods import Period

    last = add_months(first, months - 1)
    period = Period.span(first, last)
    result = engine.query(measure, period, by=[by], where=where, as_of=as_of)
    rows = sorted((r for r in result.rows if r.get("value")), key=lambda r: -r["value"])
    return [str(r[by]) for r in rows if str(r[by]).upper() != "OTHER"][:top]


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text) if len(text) > 7 else month_of(text, "--date")
    except ValueError:
        raise QueryError(f"--date {text!r}: give a day (2023-12-21) or a month (2024-01)") \
            from None


# -- evidence for the claim checker ------------------------------------------------------
#
# A claim that attributes a change to a policy ("crossings plummeted after Mexico stepped up
# enforcement") gets this as part of its evidence: how much of the change the seasonal
# counterfactual explains, and whether the effect stands out from the placebos.


def events_named_in(text: str, *, near: dt.date | None = None,
                    events_file: Path | str | None = None) -> list[Event]:
    """The catalogued events a text names by one of their cues, the one nearest ``near``
    (e.g. the month the claimed change ends) first."""
    lowered = text.lower()
    named = [e for e in load_events(events_file).values()
             if any(cue in lowered for cue in e.cues)]
    if near is not None:
        named.sort(key=lambda e: abs(months_between(e.first_month, near)))
    return named


@dataclass
class AttributionEvidence:
    event: str
    event_title: str
    reference: str
    measure: str
    months: list[str]
    before_months: list[str]
    naive_change: int
    naive_percent: float
    expected_change: float            # what season and trend alone expected
    share_explained_by_season: float | None  # expected / naive change; None if no change
    effect_percent: float
    effect_percent_low: float
    effect_percent_high: float
    placebo_p: float | None
    placebo_false_positive_rate: float | None
    distinguishable: bool
    summary: str
    query: str                        # the command that reproduces it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def attribution_evidence(engine: Engine, event: str, *, measure: str | None = None,
                         where: dict[str, list[str]] | None = None, months: int = 3,
                         as_of: dt.date | None = None,
                         events_file: Path | str | None = None) -> AttributionEvidence:
    """The event analysis of ``event`` on ``measure`` as evidence for a claim that the
    event caused a change: the naive change, the part of it the seasonal counterfactual
    expected, the effect beyond it with its interval, and the placebo check."""
    effect = event_effects(engine, event, measure=measure, where=where, months=months,
                           as_of=as_of, events_file=events_file).effects[0]
    share = (round(effect.expected_change / effect.naive_change, 3)
             if effect.naive_change else None)
    if share is None:
        seasonal = "there was no change before and after"
    elif share <= 0:
        seasonal = ("the usual season and trend expected the opposite direction, so none of "
                    "it is seasonal")
    else:
        seasonal = f"the usual season and trend expected {min(share, 1):.0%} of it"
    stands = ("distinguishable from what the series does at dates with no event"
              if effect.distinguishable else
              "not distinguishable from what the series does at dates with no event")
    summary = (f"{effect.title}, {effect.first_month}..{effect.last_month} against "
               f"{effect.before_months[0]}..{effect.before_months[-1]}: "
               f"{effect.naive_percent:+.0f}%; {seasonal}; against the seasonal "
               f"counterfactual {effect.effect_percent:+.0f}% ({effect.level:.0%} interval "
               f"{effect.effect_percent_low:+.0f}% to {effect.effect_percent_high:+.0f}%), "
               f"{stands}.")
    where_args = "".join(f" --where {k}={','.join(v)}" for k, v in (where or {}).items())
    return AttributionEvidence(
        event=event, event_title=effect.event["title"] if effect.event else event,
        reference=effect.event["reference"] if effect.event else "",
        measure=effect.measure, months=effect.months, before_months=effect.before_months,
        naive_change=effect.naive_change, naive_percent=effect.naive_percent,
        expected_change=effect.expected_change, share_explained_by_season=share,
        effect_percent=effect.effect_percent, effect_percent_low=effect.effect_percent_low,
        effect_percent_high=effect.effect_percent_high, placebo_p=effect.placebo_p,
        placebo_false_positive_rate=effect.placebo_false_positive_rate,
        distinguishable=effect.distinguishable, summary=summary,
        query=f"borderstats events {event} --measure {effect.measure} --months {months}"
              + where_args)


# -- the chart ---------------------------------------------------------------------------


def chart_spec(result: EventsResult) -> dict[str, Any]:
    """A Vega-Lite chart (render with :func:`borderstats.charts.render`): the series before
    the event, what was observed after it, the counterfactual with its interval band and a
    line at the event; one panel per group with ``--by``."""
    panels = [_panel(effect) for effect in result.effects]
    if len(panels) == 1:
        return panels[0]
    return {"vconcat": panels, "title": {"text": f"{result.effects[0].title} by {result.by}"}}


def _panel(effect: EventEffect) -> dict[str, Any]:
    rows: list[dict[str, Any]] = [{"month": f"{m}-01", "value": v, "series": "observed"}
                                  for m, v in zip(effect.history_months, effect.history,
                                                  strict=True)]
    rows += [{"month": f"{m}-01", "value": v, "series": "observed"}
             for m, v in zip(effect.months, effect.observed, strict=True)]
    band = [{"month": f"{m}-01", "value": c, "low": lo, "high": hi,
             "series": "counterfactual (no event)"}
            for m, c, lo, hi in zip(effect.months, effect.counterfactual,
                                    effect.counterfactual_low, effect.counterfactual_high,
                                    strict=True)]
    if effect.history:  # the counterfactual starts from the last month before the event
        last = {"month": f"{effect.history_months[-1]}-01", "value": effect.history[-1],
                "low": effect.history[-1], "high": effect.history[-1],
                "series": "counterfactual (no event)"}
        band = [last, *band]
    name = effect.event["id"] if effect.event else f"event {effect.event_date}"
    x = {"field": "month", "type": "temporal", "title": None}
    y_title = effect.unit + (f" — {effect.group}" if effect.group else "")
    colors = {"domain": ["observed", "counterfactual (no event)"],
              "range": ["#1f2937", "#2563eb"]}
    sign = "+" if effect.effect_percent > 0 else ""
    subtitle = (f"{name}: observed {effect.first_month}..{effect.last_month} vs the "
                f"seasonal counterfactual {sign}{effect.effect_percent:.0f}% "
                f"({effect.level:.0%} interval {effect.effect_percent_low:+.0f}% to "
                f"{effect.effect_percent_high:+.0f}%); naive before/after "
                f"{effect.naive_percent:+.0f}%")
    return {
        "title": {"text": effect.title + (f" — {effect.group}" if effect.group else ""),
                  "subtitle": subtitle},
        "width": 640, "height": 260,
        "layer": [
            {"data": {"values": band}, "mark": {"type": "area", "opacity": 0.18},
             "encoding": {"x": x, "y": {"field": "low", "type": "quantitative"},
                          "y2": {"field": "high"},
                          "color": {"field": "series", "type": "nominal", "scale": colors,
                                    "legend": {"title": None, "orient": "top-left"}}}},
            {"data": {"values": band}, "mark": {"type": "line", "strokeDash": [5, 3]},
             "encoding": {"x": x, "y": {"field": "value", "type": "quantitative"},
                          "color": {"field": "series", "type": "nominal", "scale": colors}}},
            {"data": {"values": rows}, "mark": {"type": "line", "point": True},
             "encoding": {"x": x, "y": {"field": "value", "type": "quantitative",
                                        "title": y_title},
                          "color": {"field": "series", "type": "nominal", "scale": colors},
                          "tooltip": [{"field": "month", "type": "temporal",
                                       "format": "%Y-%m"},
                                      {"field": "value", "type": "quantitative",
                                       "format": ","}]}},
            {"data": {"values": [{"month": effect.event_date, "label": name}]},
             "mark": {"type": "rule", "color": "#dc2626", "strokeWidth": 1.5},
             "encoding": {"x": x}},
            {"data": {"values": [{"month": effect.event_date, "label": name}]},
             "mark": {"type": "text", "align": "right", "dx": -4, "dy": -120,
                      "color": "#dc2626"},
             "encoding": {"x": x, "text": {"field": "label"}}},
        ],
    }
