"""Forecasts and their rolling-origin backtest: the scores' arithmetic on series whose errors
are known by hand, interval coverage on synthetic series, and the real series."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from borderstats.errors import QueryError
from borderstats.forecast import forecast, forecast_series
from borderstats.monthly import MonthlySeries
from borderstats.periods import add_months
from borderstats.query import Engine

START = dt.date(2010, 1, 1)


def series_of(values: list[int]) -> MonthlySeries:
    return MonthlySeries("synthetic", "synthetic", "count", {},
                         [add_months(START, i) for i in range(len(values))], values, [])


def test_scores_on_a_straight_line_are_known_by_hand() -> None:
    # y = 1000 + 10·t: the seasonal naive is always 120 short (twelve months of growth),
    # which is also its in-sample error, so its MASE is 1 at every horizon; the naive is
    # 10·h short, a MASE of h/12.
    result = forecast_series(series_of([1000 + 10 * t for t in range(60)]), 6)
    for h in range(1, 7):
        assert result.score("seasonal_naive", h).mase == pytest.approx(1.0, abs=1e-3)
        assert result.score("naive", h).mase == pytest.approx(h / 12, abs=1e-3)
        assert result.score("naive", h).relative_to_seasonal_naive == pytest.approx(
            h / 12, abs=1e-3)
        assert result.score("naive", h).origins == 60 - 36 - h + 1
    assert result.backtest_span == ["2012-12", "2014-11"]
    assert [f.month for f in result.forecast] == ["2015-01", "2015-02", "2015-03",
                                                  "2015-04", "2015-05", "2015-06"]


def test_intervals_hold_about_as_often_as_they_say_on_seasonal_series() -> None:
    covered80, covered95, total = 0.0, 0.0, 0
    for seed in range(8):
        rng = np.random.default_rng(seed)
        t = np.arange(120)
        logs = (9 + np.cumsum(rng.normal(0, 0.04, 120)) + 0.3 * np.sin(2 * np.pi * t / 12)
                + rng.normal(0, 0.05, 120))
        result = forecast_series(series_of([int(v) for v in np.exp(logs)]), 3,
                                 backtest_from=84)
        score = result.score("ets", 1)
        covered80 += score.coverage80 * score.origins
        covered95 += score.coverage95 * score.origins
        total += score.origins
        # On a seasonal series the models beat the seasonal naive one month ahead.
        assert score.relative_to_seasonal_naive < 1
    assert 0.65 <= covered80 / total <= 0.95
    assert 0.85 <= covered95 / total <= 1.0


def test_a_short_series_is_a_clear_error() -> None:
    with pytest.raises(QueryError, match="needs at least 37"):
        forecast_series(series_of(list(range(100, 130))))
    with pytest.raises(QueryError, match="--horizon 0"):
        forecast_series(series_of(list(range(100, 200))), 0)


def test_border_patrol_southwest_backtest_from_fy2000(engine: Engine) -> None:
    result = forecast(engine, "usbp_swb_encounters", 6)
    assert result.backtest_span[0] == "2002-09"  # 36 months of FY2000–FY2002 first
    assert result.model == "combination"
    for h in (1, 2, 3):
        # The goal: under 0.8 of the seasonal naive's error on horizons 1–3.
        assert result.score("combination", h).relative_to_seasonal_naive < 0.8
    assert result.score("combination", 1).mase < 0.8
    # The worst misses are the regime changes: COVID (April 2020), January 2025.
    misses = {e.month for e in result.worst_misses}
    assert {"2020-04", "2025-02"} <= misses
    last = dt.date.fromisoformat(result.history_months[-1] + "-01")
    assert result.forecast[0].month == f"{add_months(last, 1):%Y-%m}"
    assert all(f.low95 <= f.low80 <= f.value <= f.high80 <= f.high95 for f in result.forecast)
    assert len(result.backtest_frame()) == 5 * 6
    assert result.to_frame()["forecast"].notna().sum() == 6


@pytest.mark.parametrize("measure", ["swb_encounters", "mx_irregular_migrants",
                                     "darien_transits"])
def test_the_corridor_series_are_backtested(engine: Engine, measure: str) -> None:
    result = forecast(engine, measure, 6)
    assert {s.model for s in result.backtest} == {"seasonal_naive", "naive", "ets",
                                                 "arima", "combination"}
    assert all(s.origins > 10 for s in result.backtest if s.horizon == 1)
    # The forecast shown is the model with the lowest mean MASE over horizons 1–3.
    def mean_mase(model: str) -> float:
        return sum(result.score(model, h).mase for h in (1, 2, 3)) / 3
    assert mean_mase(result.model) == min(mean_mase(s.model) for s in result.backtest)


def test_one_forecast_per_sector(engine: Engine) -> None:
    from borderstats.forecast import forecast_by

    results = forecast_by(engine, "usbp_swb_encounters", "sector", 3, top=2)
    assert len(results) == 2 and all(r.group for r in results)
    for result in results:
        sector = engine.query("usbp_swb_encounters", result.history_months[-1],
                              where={"sector": [result.group]})
        assert result.history[-1] == sector.value
        assert result.score("combination", 1).origins > 200
