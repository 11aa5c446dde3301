"""Corridor scenarios: a small stock-and-flow model of people moving north through Mexico,
fitted to the corridor series, that answers "if Mexico's enforcement rises or falls by X%
for N months, what happens to US Southwest border encounters?".

The model, by month t:

    inflow      A[t] = a · Darién[t] + b       (the Darién and every other route into Mexico)
    detained    D[t] = e · S[t-1]              (Mexico's detentions, mx_irregular_migrants)
    at the US   U[t] = c · S[t-1]              (US Southwest encounters, swb_encounters)
    stock       S[t] = S[t-1] + A[t] − D[t] − U[t]

``S`` is the number of people in Mexico on their way north; ``e`` is Mexico's enforcement
rate (the share of them stopped each month), ``c`` the share who reach the US border and
are encountered. The five parameters (a, b, e, c and the first month's stock) are fitted by
least squares to log D and log U over the fitting window (default: the 24 months before the
scenario starts); the fit is shown month by month with its error. A scenario multiplies
``e`` by (1 + change) for its months and runs the model forward beside an unchanged run;
the difference in U is the answer. Its interval comes from drawing the parameters from
their estimated covariance (1,000 draws), so it carries the uncertainty of the fit, not of
the assumptions — which are strong, and listed in :data:`ASSUMPTIONS`.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass, field
from typing import Any

from borderstats.errors import QueryError
from borderstats.monthly import (
    MonthlySeries,
    month_of,
    monthly_series,
    months_between,
    single_threaded,
)
from borderstats.periods import add_months
from borderstats.query import Engine

STAGE_MEASURES = {"darien": "darien_transits", "mexico": "mx_irregular_migrants",
                  "us": "swb_encounters"}
DRAWS = 1000
SEED = 7

ASSUMPTIONS = [
    "The interval carries the uncertainty of the fitted parameters only; the model's "
    "error on history and on the months after the fit is shown beside it.",
    "Rates are constant over the fitting window: the share of people in Mexico whom Mexico "
    "detains each month (e) and the share who reach the US border (c).",
    "Everyone counted enters the stock once: repeat detentions and repeat US encounters "
    "(common under Title 42) are counted as separate people, and people Mexico returns "
    "home leave the corridor.",
    "Inflow is a multiple of the Darién count plus a constant for every other route "
    "(Mexicans, Central Americans, flights), with no seasonality of its own.",
    "After the scenario's months the Darién inflow is as observed; beyond the data it is "
    "held at its mean of the last 3 published months.",
    "Nothing else reacts: routes, smugglers and US policy stay as they were.",
]


@dataclass
class ScenarioMonth:
    month: str
    baseline: float
    scenario: float
    low: float          # 95% interval of the scenario minus baseline
    high: float
    observed: int | None  # US encounters published for this month, if any


@dataclass
class FitMonth:
    month: str
    darien: int
    mexico: int
    us: int
    mexico_fitted: float
    us_fitted: float


@dataclass
class ScenarioResult:
    stage: str
    change: float
    months: int
    start: str
    fit_window: list[str]
    parameters: dict[str, float]
    fit: list[FitMonth]
    fit_error_us_percent: float       # mean absolute % error of the US backcast
    fit_error_mexico_percent: float
    path: list[ScenarioMonth]
    baseline_error_percent: float | None  # baseline vs published US figures after the start
    effect: float                     # US encounters, scenario minus baseline, over the path
    effect_low: float
    effect_high: float
    effect_percent: float
    baseline_total: float
    sources: list[str]
    assumptions: list[str] = field(default_factory=lambda: list(ASSUMPTIONS))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_frame(self) -> Any:
        import pandas as pd

        return pd.DataFrame([asdict(m) for m in self.path])

    def fit_frame(self) -> Any:
        import pandas as pd

        return pd.DataFrame([asdict(m) for m in self.fit])

    def chart(self) -> dict[str, Any]:
        return chart_spec(self)


# -- the model ---------------------------------------------------------------------------


def _run(params: Any, inflow_darien: Any, enforcement: Any) -> tuple[Any, Any]:
    """D and U over the months of ``inflow_darien``; ``enforcement`` multiplies e per
    month. ``params`` = log of (a, b, e, c, S0)."""
    import numpy as np

    a, b, e, c, stock = np.exp(params)
    detained = np.empty(len(inflow_darien))
    at_us = np.empty(len(inflow_darien))
    for t, darien in enumerate(inflow_darien):
        detained[t] = e * enforcement[t] * stock
        at_us[t] = c * stock
        stock = max(stock + a * darien + b - detained[t] - at_us[t], 1.0)
    return detained, at_us


def _fit(darien: Any, mexico: Any, us: Any) -> tuple[Any, Any, Any]:
    import numpy as np
    from scipy.optimize import least_squares

    ones = np.ones(len(darien))

    def residuals(params: Any) -> Any:
        detained, at_us = _run(params, darien, ones)
        return np.concatenate([np.log(detained + 1) - np.log(mexico + 1),
                               np.log(at_us + 1) - np.log(us + 1)])

    flow = float(np.mean(mexico + us))
    start = np.log([0.5, flow / 4, 0.3, 0.3, flow / 0.6])
    # Rates between 0.01% and 45% a month each, so that the stock never empties in a month.
    lower = np.log([1e-4, 1e-3, 1e-4, 1e-4, 1.0])
    upper = np.log([1e3, 1e8, 0.45, 0.45, 1e9])
    fitted = least_squares(residuals, start, method="trf", bounds=(lower, upper))
    jac = fitted.jac
    dof = max(len(fitted.fun) - len(start), 1)
    sigma2 = float(fitted.fun @ fitted.fun) / dof
    try:
        cov = np.linalg.pinv(jac.T @ jac) * sigma2
    except np.linalg.LinAlgError:
        cov = np.zeros((len(start), len(start)))
    return fitted.x, cov, fitted.fun


def _check(stage: str, change: float, months: int, fit_months: int) -> None:
    if stage != "mexico":
        raise QueryError(f"--stage {stage!r}: the model has one lever, Mexico's enforcement "
                         "(--stage mexico)")
    if not -0.95 <= change <= 3:
        raise QueryError(f"--change {change:+.0%}: give a change between -95% and +300%")
    if not 1 <= months <= 24:
        raise QueryError(f"--months {months}: give 1 to 24 months")
    if not 12 <= fit_months <= 60:
        raise QueryError(f"--fit-months {fit_months}: give 12 to 60 months")


@single_threaded
def scenario(engine: Engine, *, stage: str = "mexico", change: float = -0.3, months: int = 6,
             start: str | None = None, fit_months: int = 24,
             as_of: dt.date | None = None) -> ScenarioResult:
    """US Southwest encounters if Mexico's enforcement changes by ``change`` (−0.3 = 30%
    less) for ``months`` months from ``start`` (default: the month after the corridor's
    newest complete month)."""
    _check(stage, change, months, fit_months)
    series = {k: monthly_series(engine, m, as_of=as_of, since=dt.date(2017, 10, 1))
              for k, m in STAGE_MEASURES.items()}
    return scenario_from_series(series, change=change, months=months, start=start,
                                fit_months=fit_months, stage=stage)


@single_threaded
def scenario_from_series(series: dict[str, MonthlySeries], *, change: float, months: int,
                         start: str | None, fit_months: int,
                         stage: str = "mexico") -> ScenarioResult:
    """The scenario on the corridor's three monthly series (keys ``darien``, ``mexico``,
    ``us``)."""
    import numpy as np

    _check(stage, change, months, fit_months)
    first = max(s.months[0] for s in series.values())
    last = min(s.months[-1] for s in series.values())
    begin = month_of(start, "--from") if start else add_months(last, 1)
    fit_end = min(add_months(begin, -1), last)
    fit_start = max(first, add_months(fit_end, -(fit_months - 1)))
    if months_between(fit_start, fit_end) + 1 < 12:
        raise QueryError(f"--from {begin:%Y-%m}: the corridor's three series overlap "
                         f"{first:%Y-%m}..{last:%Y-%m}; the model needs 12 months of them "
                         "before the scenario starts")

    def values(key: str, a: dt.date, b: dt.date) -> Any:
        s = series[key]
        return np.asarray(s.values[s.index(a):s.index(b) + 1], dtype=float)

    darien, mexico, us = (values(k, fit_start, fit_end) for k in ("darien", "mexico", "us"))
    params, cov, _ = _fit(darien, mexico, us)
    fitted_d, fitted_u = _run(params, darien, np.ones(len(darien)))
    fit_months_list = [add_months(fit_start, i) for i in range(len(darien))]
    fit = [FitMonth(f"{m:%Y-%m}", int(d), int(x), int(u), round(float(fd), 1),
                    round(float(fu), 1))
           for m, d, x, u, fd, fu in zip(fit_months_list, darien, mexico, us, fitted_d,
                                         fitted_u, strict=True)]
    error_us = float(np.mean(np.abs(fitted_u / us - 1))) * 100
    error_mx = float(np.mean(np.abs(fitted_d / mexico - 1))) * 100

    # The path: the scenario's months and as many again after them (the stock refills).
    horizon = 2 * months
    path_months = [add_months(begin, i) for i in range(horizon)]
    darien_all = series["darien"]
    recent = float(np.mean(darien_all.values[-3:]))
    future_darien = np.array([darien_all.values[darien_all.index(m)]
                              if darien_all.months[0] <= m <= darien_all.months[-1]
                              else recent for m in path_months], dtype=float)
    # The stock at the scenario's start: the fitted model run through the months between.
    bridge = [add_months(fit_start, i)
              for i in range(months_between(fit_start, begin))]
    bridge_darien = np.array([darien_all.values[darien_all.index(m)]
                              if m <= darien_all.months[-1] else recent for m in bridge])
    inflow = np.concatenate([bridge_darien, future_darien])
    lever = np.ones(len(inflow))
    lever[len(bridge):len(bridge) + months] = 1 + change

    def difference(p: Any) -> tuple[Any, Any]:
        _, base = _run(p, inflow, np.ones(len(inflow)))
        _, changed = _run(p, inflow, lever)
        return base[len(bridge):], changed[len(bridge):]

    base, changed = difference(params)
    rng = np.random.default_rng(SEED)
    draws = rng.multivariate_normal(params, cov, size=DRAWS, check_valid="ignore")
    # Draws whose rates would take more people out of the stock than it holds are
    # impossible, not uncertain: left out.
    strongest = max(1.0, 1 + change)
    draws = draws[np.exp(draws[:, 2]) * strongest + np.exp(draws[:, 3]) < 0.95]
    if len(draws) < DRAWS // 2:
        raise QueryError(f"the corridor model fitted on {fit_start:%Y-%m}..{fit_end:%Y-%m} "
                         "is too uncertain to run this scenario (most parameter draws "
                         "empty the stock); try another --from or --fit-months")
    diffs = np.array([np.subtract(*reversed(difference(d))) for d in draws])
    diffs = diffs[np.all(np.isfinite(diffs), axis=1)]
    low, high = np.quantile(diffs, [0.025, 0.975], axis=0)
    totals = diffs.sum(axis=1)
    us_series = series["us"]
    path = [ScenarioMonth(f"{m:%Y-%m}", round(float(b), 1), round(float(c), 1),
                          round(float(lo), 1), round(float(hi), 1),
                          us_series.values[us_series.index(m)]
                          if us_series.months[0] <= m <= us_series.months[-1] else None)
            for m, b, c, lo, hi in zip(path_months, base, changed, low, high, strict=True)]
    effect = float(changed.sum() - base.sum())
    published = [(m.baseline, m.observed) for m in path if m.observed]
    baseline_error = (round(100 * float(np.mean([abs(b / o - 1) for b, o in published])), 1)
                      if published else None)
    names = ("inflow_per_darien_transit", "inflow_other_routes", "mexico_enforcement_rate",
             "us_arrival_rate", "initial_stock")
    sources = [src for s in series.values() for src in s.sources(fit_start, fit_end)]
    return ScenarioResult(
        stage=stage, change=change, months=months, start=f"{begin:%Y-%m}",
        fit_window=[f"{fit_start:%Y-%m}", f"{fit_end:%Y-%m}"],
        parameters={n: round(float(v), 4) for n, v in zip(names, np.exp(params),
                                                          strict=True)},
        fit=fit, fit_error_us_percent=round(error_us, 1),
        fit_error_mexico_percent=round(error_mx, 1), path=path,
        baseline_error_percent=baseline_error, effect=round(effect, 1),
        effect_low=round(float(np.quantile(totals, 0.025)), 1),
        effect_high=round(float(np.quantile(totals, 0.975)), 1),
        effect_percent=round(100 * effect / float(base.sum()), 2) if base.sum() else math.nan,
        baseline_total=round(float(base.sum()), 1), sources=sources)


# -- the chart ---------------------------------------------------------------------------


def chart_spec(result: ScenarioResult) -> dict[str, Any]:
    """Two panels: the fit on history (observed and fitted US encounters and Mexico's
    detentions), then the scenario against the baseline with the interval of the change."""
    fit_rows = []
    for m in result.fit:
        for stage, observed, fitted in (("US encounters", m.us, m.us_fitted),
                                        ("Mexico detentions", m.mexico, m.mexico_fitted)):
            fit_rows += [{"month": f"{m.month}-01", "value": observed, "stage": stage,
                          "kind": "observed"},
                         {"month": f"{m.month}-01", "value": fitted, "stage": stage,
                          "kind": "fitted by the model"}]
    x = {"field": "month", "type": "temporal", "title": None}
    fit_panel = {
        "title": {"text": "Corridor model: fit on history",
                  "subtitle": f"{result.fit_window[0]}..{result.fit_window[1]}; mean "
                              f"absolute error US {result.fit_error_us_percent:.0f}%, Mexico "
                              f"{result.fit_error_mexico_percent:.0f}%"},
        "width": 640, "height": 200, "data": {"values": fit_rows},
        "mark": {"type": "line", "point": True},
        "encoding": {"x": x, "y": {"field": "value", "type": "quantitative",
                                   "title": "per month"},
                     "color": {"field": "stage", "type": "nominal", "title": None,
                               "scale": {"range": ["#1f2937", "#d97706"]}},
                     "strokeDash": {"field": "kind", "type": "nominal", "title": None,
                                    "scale": {"domain": ["observed", "fitted by the model"],
                                              "range": [[1, 0], [5, 3]]}},
                     "detail": {"field": "kind"}},
    }
    rows = []
    for m in result.path:
        rows += [{"month": f"{m.month}-01", "value": m.baseline, "series": "baseline"},
                 {"month": f"{m.month}-01", "value": m.scenario, "series": "scenario"}]
        if m.observed is not None:
            rows.append({"month": f"{m.month}-01", "value": m.observed, "series": "observed"})
    band = [{"month": f"{m.month}-01", "low": m.baseline + m.low,
             "high": m.baseline + m.high} for m in result.path]
    scenario_panel = {
        "title": {"text": f"US Southwest encounters if Mexico's enforcement changes "
                          f"{result.change:+.0%} for {result.months} months from "
                          f"{result.start}",
                  "subtitle": f"change {result.effect:+,.0f} ({result.effect_percent:+.1f}%);"
                              f" 95% interval {result.effect_low:+,.0f} to "
                              f"{result.effect_high:+,.0f}"},
        "width": 640, "height": 220,
        "layer": [
            {"data": {"values": band}, "mark": {"type": "area", "opacity": 0.2,
                                                "color": "#2563eb"},
             "encoding": {"x": x, "y": {"field": "low", "type": "quantitative"},
                          "y2": {"field": "high"}}},
            {"data": {"values": rows}, "mark": {"type": "line", "point": True},
             "encoding": {"x": x, "y": {"field": "value", "type": "quantitative",
                                        "title": "encounters"},
                          "color": {"field": "series", "type": "nominal", "title": None,
                                    "scale": {"domain": ["observed", "baseline", "scenario"],
                                              "range": ["#1f2937", "#64748b", "#2563eb"]}}}},
        ],
    }
    return {"vconcat": [fit_panel, scenario_panel],
            "resolve": {"scale": {"color": "independent"}}}
