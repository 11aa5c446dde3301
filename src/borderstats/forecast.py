"""Monthly forecasts with prediction intervals, and the rolling-origin backtest that shows
how far to trust them.

Models, all on log(count+1) so that intervals scale with the level and never go negative:

- ``seasonal_naive``: the same month a year before (the benchmark MASE is scaled by);
- ``naive``: the last month, carried forward;
- ``ets``: ETS(A,N,A), exponential smoothing with a level and monthly seasonality
  (statsmodels ``ETSModel``);
- ``arima``: an AR(2) on the twelve-month differences, ARIMA(2,0,0)(0,1,0)₁₂, fitted by
  least squares (statsmodels ``AutoReg``);
- ``combination``: the mean of ``ets`` and ``arima`` (on the log scale).

The forecast shown first is the model with the lowest mean MASE over horizons 1–3 in the
series' own backtest (for Border Patrol encounters, the combination; for the Darién, whose
short history swings by orders of magnitude, the naive); every model's forecast and scores
are in the result.

The backtest forecasts from every month of the history in turn (rolling origin, the model
seeing only the months up to it) for horizons 1–6 and compares with what was published:
MASE (mean absolute error over the in-sample mean absolute error of the seasonal naive
forecast at each origin), its ratio to the seasonal naive's own, and how often the 80% and
95% intervals held the outcome. ETS re-estimates its parameters every twelve origins and
updates its states at every origin, which keeps a full backtest within seconds.
"""

from __future__ import annotations

import datetime as dt
import math
import warnings
from dataclasses import asdict, dataclass, field
from typing import Any

from borderstats.errors import QueryError
from borderstats.monthly import (
    SEASON,
    MonthlySeries,
    counts,
    fit_ets,
    log_counts,
    monthly_series,
    single_threaded,
)
from borderstats.periods import add_months
from borderstats.query import Engine

MODELS = ("seasonal_naive", "naive", "ets", "arima", "combination")
MIN_TRAINING = 3 * SEASON
REFIT_EVERY = 12
Z80, Z95 = 1.2815515655446004, 1.959963984540054
DEFAULT_MEASURE = "usbp_swb_encounters"


@dataclass
class ForecastMonth:
    month: str
    value: float
    low80: float
    high80: float
    low95: float
    high95: float


@dataclass
class HorizonScore:
    model: str
    horizon: int
    origins: int
    mase: float
    relative_to_seasonal_naive: float  # this model's MAE over the seasonal naive's
    mape: float
    coverage80: float
    coverage95: float


@dataclass
class BacktestError:
    origin: str
    month: str
    horizon: int
    model: str
    actual: int
    forecast: float
    percent_error: float


@dataclass
class ForecastResult:
    measure: str
    title: str
    unit: str
    filters: dict[str, list[str]]
    model: str
    horizon: int
    history_months: list[str]
    history: list[int]
    forecast: list[ForecastMonth]
    models: dict[str, list[ForecastMonth]]
    backtest: list[HorizonScore]
    backtest_span: list[str]           # first and last origin
    worst_misses: list[BacktestError]  # the largest one-month-ahead errors: regime changes
    errors: list[BacktestError]        # every one-month-ahead error of the headline model
    sources: list[str]
    method: str
    caveats: list[str] = field(default_factory=list)
    group: str | None = None  # the --by value this forecast is for

    def score(self, model: str, horizon: int) -> HorizonScore:
        return next(s for s in self.backtest if s.model == model and s.horizon == horizon)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_frame(self) -> Any:
        """One row per month: the history, then the forecast with its intervals."""
        import pandas as pd

        rows = [{"month": m, "observed": v} for m, v in zip(self.history_months,
                                                             self.history, strict=True)]
        rows += [{"month": f.month, "forecast": f.value, "low80": f.low80, "high80": f.high80,
                  "low95": f.low95, "high95": f.high95} for f in self.forecast]
        return pd.DataFrame(rows)

    def backtest_frame(self) -> Any:
        import pandas as pd

        return pd.DataFrame([asdict(s) for s in self.backtest])

    def chart(self) -> dict[str, Any]:
        return chart_spec(self)


CAVEATS = [
    "A forecast carries the recent level and the usual seasonal pattern forward; a policy "
    "change or a shock (COVID in April 2020, the end of Title 42 in May 2023, January 2025) "
    "breaks it, and the backtest's worst misses are exactly those months.",
    "Intervals come from each model's own error variance; the backtest's coverage says how "
    "often they held in the past.",
]


# -- models -----------------------------------------------------------------------------


class _EtsState:
    """ETS parameters estimated every :data:`REFIT_EVERY` origins, states updated at each."""

    def __init__(self) -> None:
        self.params: Any = None
        self.fitted_at = -REFIT_EVERY

    def forecast(self, logs: Any, start: dt.date, horizon: int) -> tuple[Any, Any]:
        import numpy as np

        origin = len(logs)
        if self.params is None or origin - self.fitted_at >= REFIT_EVERY:
            fitted = fit_ets(logs, start)
            self.params, self.fitted_at = fitted.params, origin
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                fitted = fit_ets(logs, start, params=self.params)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            prediction = fitted.get_prediction(start=origin, end=origin + horizon - 1)
        mean = np.asarray(prediction.predicted_mean, dtype=float)
        sd = np.sqrt(np.asarray(prediction.forecast_variance, dtype=float))
        return mean, sd


def _arima(logs: Any, horizon: int) -> tuple[Any, Any]:
    """ARIMA(2,0,0)(0,1,0)₁₂: an AR(2) with constant on the twelve-month differences."""
    import numpy as np
    from statsmodels.tsa.ar_model import AutoReg

    diffs = logs[SEASON:] - logs[:-SEASON]
    fitted = AutoReg(diffs, lags=2, trend="c").fit()
    n = len(diffs)
    prediction = fitted.get_prediction(start=n, end=n + horizon - 1)
    mean_diff = np.asarray(prediction.predicted_mean, dtype=float)
    sd = np.sqrt(np.asarray(prediction.var_pred_mean, dtype=float))
    base = np.array([logs[len(logs) - SEASON + h] if h < SEASON else np.nan
                     for h in range(horizon)])
    return base + mean_diff, sd


def _seasonal_naive(logs: Any, horizon: int) -> tuple[Any, Any]:
    import numpy as np

    residual = logs[SEASON:] - logs[:-SEASON]
    sd = float(np.sqrt(np.mean(residual ** 2)))
    mean = np.array([logs[len(logs) - SEASON + h % SEASON] for h in range(horizon)])
    return mean, np.array([sd * math.sqrt(h // SEASON + 1) for h in range(horizon)])


def _naive(logs: Any, horizon: int) -> tuple[Any, Any]:
    import numpy as np

    sd = float(np.sqrt(np.mean(np.diff(logs) ** 2)))
    return np.full(horizon, logs[-1]), np.array([sd * math.sqrt(h + 1)
                                                  for h in range(horizon)])


def _all_models(logs: Any, start: dt.date, horizon: int,
                ets: _EtsState) -> dict[str, tuple[Any, Any]]:
    out = {"seasonal_naive": _seasonal_naive(logs, horizon), "naive": _naive(logs, horizon),
           "ets": ets.forecast(logs, start, horizon), "arima": _arima(logs, horizon)}
    (m1, s1), (m2, s2) = out["ets"], out["arima"]
    out["combination"] = ((m1 + m2) / 2, (s1 + s2) / 2)
    return out


def _months(mean: Any, sd: Any, first: dt.date) -> list[ForecastMonth]:
    return [ForecastMonth(f"{add_months(first, h):%Y-%m}", _r(counts(m)),
                          _r(counts(m - Z80 * s)), _r(counts(m + Z80 * s)),
                          _r(counts(m - Z95 * s)), _r(counts(m + Z95 * s)))
            for h, (m, s) in enumerate(zip(mean, sd, strict=True))]


def _r(value: float) -> float:
    return round(max(float(value), 0.0), 1)


# -- the forecast and its backtest -------------------------------------------------------


@single_threaded
def forecast_series(series: MonthlySeries, horizon: int = 6, *,
                    backtest_from: int = MIN_TRAINING, progress: Any = None) -> ForecastResult:
    """Forecast ``horizon`` months past the end of ``series`` and backtest every model from
    each origin ``backtest_from``.. (months of training) onward. ``progress(done, total)``
    is called as the backtest goes."""
    import numpy as np

    if not 1 <= horizon <= 24:
        raise QueryError(f"--horizon {horizon}: give 1 to 24 months")
    n = len(series.values)
    if n < MIN_TRAINING + 1:
        raise QueryError(f"{series.measure}: {n} consecutive months "
                         f"({series.months[0]:%Y-%m}..{series.months[-1]:%Y-%m}); a forecast "
                         f"needs at least {MIN_TRAINING + 1}")
    logs = log_counts(series.values)
    actual = np.asarray(series.values, dtype=float)
    start = series.months[0]
    backtest_horizon = max(horizon, 6)
    origins = list(range(max(backtest_from, MIN_TRAINING), n))
    ets = _EtsState()
    # errors[model][h] → lists of (abs error, scaled abs error, in80, in95, origin index)
    records: dict[str, dict[int, list[tuple[float, float, bool, bool, float]]]] = {
        m: {h: [] for h in range(1, backtest_horizon + 1)} for m in MODELS}
    one_ahead: list[BacktestError] = []
    for done, origin in enumerate(origins):
        history = logs[:origin]
        scale = float(np.mean(np.abs(actual[SEASON:origin] - actual[:origin - SEASON])))
        steps = min(backtest_horizon, n - origin)
        predictions = _all_models(history, start, backtest_horizon, ets)
        for model, (mean, sd) in predictions.items():
            for h in range(1, steps + 1):
                target = origin + h - 1
                point = float(counts(mean[h - 1]))
                error = abs(actual[target] - point)
                log_error = abs(logs[target] - mean[h - 1])
                records[model][h].append((error, error / scale if scale else math.nan,
                                          log_error <= Z80 * sd[h - 1],
                                          log_error <= Z95 * sd[h - 1],
                                          abs(actual[target] / max(point, 1.0) - 1)))
                if h == 1:
                    one_ahead.append(BacktestError(
                        f"{series.months[origin - 1]:%Y-%m}", f"{series.months[target]:%Y-%m}",
                        1, model, int(actual[target]), round(point, 1),
                        round(100 * float(actual[target] / max(point, 1.0) - 1), 1)))
        if progress is not None:
            progress(done + 1, len(origins))
    scores = []
    for model in MODELS:
        for h in range(1, backtest_horizon + 1):
            rows = records[model][h]
            base = records["seasonal_naive"][h]
            if not rows:
                continue
            mae = float(np.mean([r[0] for r in rows]))
            base_mae = float(np.mean([r[0] for r in base]))
            scores.append(HorizonScore(
                model, h, len(rows), round(float(np.nanmean([r[1] for r in rows])), 3),
                round(mae / base_mae, 3) if base_mae else math.nan,
                round(100 * float(np.mean([r[4] for r in rows])), 1),
                round(float(np.mean([r[2] for r in rows])), 3),
                round(float(np.mean([r[3] for r in rows])), 3)))
    final = _all_models(logs, start, horizon, _EtsState())
    first = add_months(series.months[-1], 1)
    models = {m: _months(mean, sd, first) for m, (mean, sd) in final.items()}
    headline = _best(scores)
    headline_errors = [e for e in one_ahead if e.model == headline]
    worst = sorted(headline_errors, key=lambda e: -abs(e.percent_error))[:6]
    shown = max(0, n - 60)
    return ForecastResult(
        measure=series.measure, title=series.title, unit=series.unit, filters=series.filters,
        model=headline, horizon=horizon,
        history_months=[f"{m:%Y-%m}" for m in series.months[shown:]],
        history=series.values[shown:], forecast=models[headline], models=models,
        backtest=scores,
        backtest_span=[f"{series.months[origins[0] - 1]:%Y-%m}",
                       f"{series.months[origins[-1] - 1]:%Y-%m}"] if origins else [],
        worst_misses=sorted(worst, key=lambda e: e.month), errors=headline_errors,
        sources=series.sources(series.months[0], series.months[-1]),
        method=(f"models on log(count+1) from {series.months[0]:%Y-%m} to "
                f"{series.months[-1]:%Y-%m}; shown: {headline}, the lowest mean MASE over "
                "horizons 1-3 in the backtest (combination: mean of ETS(A,N,A) and "
                "ARIMA(2,0,0)(0,1,0)12); backtest: rolling origin, every month from "
                f"{MIN_TRAINING} months of history on, horizons 1-{backtest_horizon}"),
        caveats=list(CAVEATS))


def _best(scores: list[HorizonScore]) -> str:
    """The model with the lowest mean MASE over horizons 1–3 (ties: the simpler first)."""
    def mean_mase(model: str) -> float:
        values = [s.mase for s in scores if s.model == model and s.horizon <= 3]
        return sum(values) / len(values) if values else math.inf
    return min(MODELS, key=mean_mase)


def forecast(engine: Engine, measure: str | None = None, horizon: int = 6, *,
             where: dict[str, list[str]] | None = None, as_of: dt.date | None = None,
             since: dt.date = dt.date(1999, 10, 1), progress: Any = None) -> ForecastResult:
    """Forecast ``measure`` (default Border Patrol Southwest encounters) by month, from its
    monthly history since ``since`` (FY2000), with the rolling-origin backtest."""
    series = monthly_series(engine, measure or DEFAULT_MEASURE, where=where, as_of=as_of,
                            since=since)
    return forecast_series(series, horizon, progress=progress)


def forecast_by(engine: Engine, measure: str | None, by: str, horizon: int = 6, *,
                top: int = 3, where: dict[str, list[str]] | None = None,
                as_of: dt.date | None = None, progress: Any = None) -> list[ForecastResult]:
    """One forecast, with its backtest, for each of the ``top`` largest values of ``by``
    over the last 12 months of ``measure``; values with too short a history are left out."""
    from borderstats.periods import Period

    measure = measure or DEFAULT_MEASURE
    whole = monthly_series(engine, measure, where=where, as_of=as_of)
    last = whole.months[-1]
    first = add_months(last, -11)
    period = Period.span(first, last)
    rows = engine.query(measure, period, by=[by], where=where, as_of=as_of).rows
    values = [str(r[by]) for r in sorted(rows, key=lambda r: -(r.get("value") or 0))
              if r.get("value") and str(r[by]).upper() != "OTHER"][:top]
    results = []
    for value in values:
        series = monthly_series(engine, measure, where={**(where or {}), by: [value]},
                                as_of=as_of)
        try:
            result = forecast_series(series, horizon, progress=progress)
        except QueryError:
            continue
        result.group = value
        results.append(result)
    if not results:
        raise QueryError(f"--by {by}: no value of {by} has a long enough monthly history "
                         f"of {measure}")
    return results


# -- charts ------------------------------------------------------------------------------


def chart_spec(result: ForecastResult) -> dict[str, Any]:
    """A Vega-Lite chart: the last five years, the forecast fan (80% and 95%), and below it
    the backtest — MASE per horizon for each model, against the seasonal naive's."""
    history = [{"month": f"{m}-01", "value": v, "series": "observed"}
               for m, v in zip(result.history_months, result.history, strict=True)]
    last = {"month": f"{result.history_months[-1]}-01", "value": result.history[-1],
            "low80": result.history[-1], "high80": result.history[-1],
            "low95": result.history[-1], "high95": result.history[-1],
            "series": "forecast"}
    fan = [last] + [{"month": f"{f.month}-01", "value": f.value, "low80": f.low80,
                     "high80": f.high80, "low95": f.low95, "high95": f.high95,
                     "series": "forecast"} for f in result.forecast]
    x = {"field": "month", "type": "temporal", "title": None}
    colors = {"domain": ["observed", "forecast"], "range": ["#1f2937", "#2563eb"]}
    top = {
        "title": {"text": f"{result.title}{f' — {result.group}' if result.group else ''}: "
                          f"{result.horizon}-month forecast",
                  "subtitle": f"{result.model} forecast with 80% and 95% intervals"},
        "width": 640, "height": 240,
        "layer": [
            {"data": {"values": fan}, "mark": {"type": "area", "opacity": 0.12},
             "encoding": {"x": x, "y": {"field": "low95", "type": "quantitative",
                                        "scale": {"type": "log"}},
                          "y2": {"field": "high95"}, "color": {"value": "#2563eb"}}},
            {"data": {"values": fan}, "mark": {"type": "area", "opacity": 0.22},
             "encoding": {"x": x, "y": {"field": "low80", "type": "quantitative",
                                        "scale": {"type": "log"}},
                          "y2": {"field": "high80"}, "color": {"value": "#2563eb"}}},
            {"data": {"values": history + fan}, "mark": {"type": "line", "point": True},
             "encoding": {"x": x, "y": {"field": "value", "type": "quantitative",
                                        "scale": {"type": "log"},
                                        "title": f"{result.unit} (log scale)"},
                          "color": {"field": "series", "type": "nominal", "scale": colors,
                                    "legend": {"title": None, "orient": "top-left"}}}},
        ],
    }
    scores = [{"model": s.model, "horizon": s.horizon, "mase": s.mase,
               "coverage95": s.coverage95} for s in result.backtest]
    bottom = {
        "title": {"text": "Backtest: MASE by horizon (lower is better; 1 = the seasonal "
                          "naive's in-sample error)",
                  "subtitle": f"rolling origin {result.backtest_span[0]}.."
                              f"{result.backtest_span[1]}" if result.backtest_span else ""},
        "width": 640, "height": 180, "data": {"values": scores},
        "mark": {"type": "line", "point": True},
        "encoding": {"x": {"field": "horizon", "type": "ordinal", "title": "months ahead"},
                     "y": {"field": "mase", "type": "quantitative", "title": "MASE"},
                     "color": {"field": "model", "type": "nominal", "title": None},
                     "tooltip": [{"field": "model", "type": "nominal"},
                                 {"field": "horizon", "type": "ordinal"},
                                 {"field": "mase", "type": "quantitative"},
                                 {"field": "coverage95", "type": "quantitative"}]},
    }
    errors = [{"month": f"{e.month}-01", "percent_error": e.percent_error}
              for e in result.errors]
    misses = {
        "title": {"text": "Backtest: one-month-ahead error of the forecast, % of the outcome",
                  "subtitle": "the largest misses are the regime changes"},
        "width": 640, "height": 160, "data": {"values": errors},
        "mark": {"type": "bar", "color": "#64748b"},
        "encoding": {"x": {"field": "month", "type": "temporal", "title": None},
                     "y": {"field": "percent_error", "type": "quantitative",
                           "title": "actual vs forecast, %"}},
    }
    return {"vconcat": [top, bottom, misses],
            "resolve": {"scale": {"color": "independent"}}}
