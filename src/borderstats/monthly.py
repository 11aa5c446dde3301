"""Monthly series for the analyses (event effects, forecasts): one measure, month by month,
with the provenance of every month, and the seasonal model they share.

A series is the longest run of consecutive complete months that ends at the newest month
the store holds: a gap (months no source covers) ends the history an analysis may use,
because the models below assume one observation per month.

The model is exponential smoothing on the logarithm of the counts (ETS with additive
error, a level, optionally an additive trend, and additive monthly seasonality —
statsmodels' ``ETSModel``): on the log scale a seasonal pattern that scales with the level
is additive, and a forecast can never be negative. (A damped trend fits ten times slower
for no gain in the backtests.)
"""

from __future__ import annotations

import datetime as dt
import functools
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from borderstats.errors import QueryError
from borderstats.periods import Period, add_months, parse_period
from borderstats.query import Engine, SourcePiece

SEASON = 12
MIN_MONTHS = 3 * SEASON  # an ETS with monthly seasonality needs some years to learn them


@dataclass
class MonthlySeries:
    measure: str
    title: str
    unit: str
    filters: dict[str, list[str]]
    months: list[dt.date]   # first day of each month, consecutive
    values: list[int]
    provenance: list[SourcePiece]

    def index(self, month: dt.date) -> int:
        """The position of ``month`` in the series (an error naming it if outside)."""
        position = months_between(self.months[0], month)
        if not 0 <= position < len(self.months):
            raise QueryError(f"{self.measure}: {month:%Y-%m} is outside the series "
                             f"({self.months[0]:%Y-%m}..{self.months[-1]:%Y-%m})")
        return position

    def sources(self, first: dt.date, last: dt.date) -> list[str]:
        """Which releases and tables the months ``first``..``last`` come from."""
        lo, hi = f"{first:%Y-%m}", f"{last:%Y-%m}"
        return [p.describe() for p in self.provenance if p.first <= hi and p.last >= lo]


def months_between(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def month_of(text: str, name: str) -> dt.date:
    """'2024-01' (or a date) → the first day of its month; an error naming ``name``."""
    try:
        period = parse_period(text[:7])
    except QueryError as exc:
        raise QueryError(f"{name}: {text!r} is not a month (YYYY-MM)") from exc
    if period.kind != "month":
        raise QueryError(f"{name}: {text!r} is not a month (YYYY-MM)")
    return period.start


def monthly_series(engine: Engine, measure: str, *, where: dict[str, list[str]] | None = None,
                   as_of: dt.date | None = None, since: dt.date = dt.date(1999, 10, 1),
                   until: dt.date | None = None) -> MonthlySeries:
    """``measure`` by month from ``since`` (default October 1999, the start of FY2000) to
    ``until`` (default the newest month held): the trailing run of consecutive complete
    months."""
    last = until or add_months(dt.date.today().replace(day=1), 1)
    period = Period.span(since, last)
    result = engine.query(measure, period, by=["month"], where=where, as_of=as_of)
    held = {r["month"]: r["value"] for r in result.rows
            if r.get("complete", True) and r["value"] is not None}
    if not held:
        raise QueryError(f"{measure}: no complete month in {period.label}")
    newest = max(held)
    months: list[dt.date] = []
    cursor = month_of(newest, "month")
    while f"{cursor:%Y-%m}" in held and cursor >= since:
        months.append(cursor)
        cursor = add_months(cursor, -1)
    months.reverse()
    return MonthlySeries(measure=measure, title=result.title, unit=result.unit,
                         filters=result.filters, months=months,
                         values=[int(held[f"{m:%Y-%m}"]) for m in months],
                         provenance=result.provenance)


# -- the seasonal model ----------------------------------------------------------------

Fn = TypeVar("Fn", bound=Callable[..., Any])


def single_threaded(fn: Fn) -> Fn:
    """Run ``fn`` with one BLAS thread: the models' matrices are tiny, and threads only
    contend — on a busy 2-core machine a fit took ten times longer with them."""
    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        from threadpoolctl import threadpool_limits

        with threadpool_limits(1):
            return fn(*args, **kwargs)
    return run  # type: ignore[return-value]



def log_counts(values: Any) -> Any:
    """Counts on the log scale; +1 so that a month with none is still a number."""
    import numpy as np

    return np.log(np.asarray(values, dtype=float) + 1.0)


def counts(logs: Any) -> Any:
    import numpy as np

    return np.exp(logs) - 1.0


def fit_ets(logs: Any, start: dt.date, *, trend: bool = False, params: Any = None) -> Any:
    """ETS(A, N, A) — or ETS(A, A, A) with ``trend`` — fitted on a log series whose first
    month is ``start``; with ``params`` (of an earlier fit), only its states are updated."""
    import pandas as pd
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel

    index = pd.date_range(start, periods=len(logs), freq="MS")
    model = ETSModel(pd.Series(logs, index=index), error="add",
                     trend="add" if trend else None, seasonal="add", seasonal_periods=SEASON)
    with warnings.catch_warnings():  # convergence chatter; the backtest judges the fits
        warnings.simplefilter("ignore")
        if params is not None:
            return model.smooth(params)
        return model.fit(disp=False, maxiter=200)


def simulate_paths(fitted: Any, horizon: int, repetitions: int, seed: int) -> Any:
    """``repetitions`` future paths of ``horizon`` months (log scale), shape
    (horizon, repetitions): the model's own noise carried forward."""
    import numpy as np

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        paths = fitted.simulate(horizon, repetitions=repetitions, anchor="end",
                                rng=np.random.default_rng(seed))
    return np.asarray(paths, dtype=float).reshape(horizon, repetitions)
