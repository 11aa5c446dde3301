"""The Python API: the CLI's verbs as functions returning dataclasses. Dates (``date=``,
``as_of=``) are ``datetime.date`` objects or "YYYY-MM-DD" strings.

    >>> import borderstats
    >>> borderstats.query("swb_encounters", "FY2023").value
    2475669
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from borderstats.dates import as_date
from borderstats.errors import BorderstatsError
from borderstats.metrics import Measure, catalog
from borderstats.periods import Period
from borderstats.query import ChangeResult, Engine, QueryResult, RankResult
from borderstats.store import (
    IngestOutcome,
    Store,
    data_files,
    default_path,
    file_identity,
    open_reader,
)

# An engine the API opened closes itself after this many seconds without a call, so a
# long-lived Python session holds no store open while it does other things.
IDLE_SECONDS = float(os.environ.get("BORDERSTATS_IDLE_SECONDS") or 30)

_engines: dict[Path, _Held] = {}
_guard = threading.RLock()


class _Held:
    """An engine the API keeps open between calls: read-only, reopened when a writer has
    replaced the store file since, closed after :data:`IDLE_SECONDS` without a call."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = Engine(open_reader(path))
        self.identity = file_identity(path)
        self.timer: threading.Timer | None = None
        self.busy = 0  # the API's calls running on it now
        self.last = time.monotonic()  # when a call last began or ended

    def touch(self) -> None:
        self.last = time.monotonic()
        self.arm(IDLE_SECONDS)

    def arm(self, seconds: float) -> None:
        if self.timer is not None:
            self.timer.cancel()
        self.timer = threading.Timer(seconds, _close_idle, [self.path, self])
        self.timer.daemon = True
        self.timer.start()

    def close(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        self.engine.store.close()


def _close_idle(path: Path, held: _Held) -> None:
    with _guard:
        if _engines.get(path) is not held:
            return
        idle = time.monotonic() - held.last
        if held.busy or idle < IDLE_SECONDS:
            # A call is still running on it (a check that runs an event analysis can take
            # longer than the idle time), or one began as the timer fired: not idle yet.
            held.arm(IDLE_SECONDS if held.busy else IDLE_SECONDS - idle)
            return
        del _engines[path]
        held.close()


def engine(db: Path | str | None = None) -> Engine:
    """A read-only query engine on the store at ``db`` (default store if None), kept open
    for reuse: reopened when another process has written the store since, closed after
    :data:`IDLE_SECONDS` idle, by :func:`close`, or at the end of a ``with`` block."""
    return _hold(db).engine


@contextmanager
def _using(db: Path | str | None) -> Iterator[Engine]:
    """The engine for one API call, never closed as idle while the call runs."""
    with _guard:
        held = _hold(db)
        held.busy += 1
    try:
        yield held.engine
    finally:
        with _guard:
            held.busy -= 1
            held.last = time.monotonic()


def _hold(db: Path | str | None) -> _Held:
    path = _path(db)
    with _guard:
        held = _engines.get(path)
        if held is not None and (held.identity != file_identity(path)
                                 or held.engine.store.closed):
            del _engines[path]
            held.close()
            held = None
        if held is None:
            held = _engines[path] = _Held(path)
        held.touch()
        held.engine.on_close = lambda: _forget(path, held)
        return held


def _forget(path: Path, held: _Held) -> None:
    with _guard:
        if _engines.get(path) is held:
            del _engines[path]
        if held.timer is not None:
            held.timer.cancel()


def _path(db: Path | str | None) -> Path:
    if db is None:
        return default_path()
    if not isinstance(db, str | os.PathLike):
        raise BorderstatsError(f"db: {db!r} is not a path")
    return Path(db)


def close() -> None:
    """Close every store the API opened."""
    with _guard:
        for held in _engines.values():
            held.close()
        _engines.clear()


# A DuckDB connection still open when the interpreter shuts down can abort the process
# (duckdb/duckdb#13904): the API's engines are closed before that, from the main thread.
atexit.register(close)


def _text(value: object, name: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise BorderstatsError(f"{name}: expected a string, got {type(value).__name__}")
    return value


def _period(value: object, name: str, *, optional: bool = False) -> Period | str | None:
    if value is None and optional:
        return None
    if not isinstance(value, Period | str):
        raise BorderstatsError(f"{name}: expected a period such as 'FY2023', '2024-01' or "
                               f"'2023', got {type(value).__name__}")
    return value


def _by(value: object) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise BorderstatsError(f"by: expected a list of dimension names, got "
                               f"{type(value).__name__}")
    return list(value)


def _where(value: object) -> dict[str, list[str]] | None:
    """``{"citizenship": ["VEN"]}``; a single value may be given as a string."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise BorderstatsError(f"where: expected a dict of dimension → values, got "
                               f"{type(value).__name__}")
    result = {}
    for dim, values in value.items():
        if isinstance(values, str):
            values = [values]
        if not isinstance(dim, str) or not isinstance(values, list | tuple) or not all(
                isinstance(v, str) for v in values):
            raise BorderstatsError(f"where: {dim!r}: expected a dimension name and a list "
                                   "of values (strings)")
        result[dim] = list(values)
    return result


def query(measure: str, period: Period | str, *, by: list[str] | None = None,
          where: dict[str, list[str]] | None = None, as_of: dt.date | str | None = None,
          source: str | None = None, share: bool = False, sort: str | None = None,
          top: int | None = None, db: Path | str | None = None) -> QueryResult:
    """The total of a measure over a period, broken down ``by`` dimensions; ``share`` adds
    each row's percent of the total (and of its parent, nested), ``sort`` is "value",
    "-value" or "name", ``top`` keeps the N largest categories and sums the rest as "all
    others"."""
    measure, period = _text(measure, "measure"), _period(period, "period")
    by, where, as_of = _by(by), _where(where), as_date(as_of, "as_of")
    source = _text(source, "source", optional=True)
    sort = _text(sort, "sort", optional=True)
    if top is not None and (not isinstance(top, int) or isinstance(top, bool)):
        raise BorderstatsError(f"top: expected a whole number, got {type(top).__name__}")
    with _using(db) as eng:
        result = eng.query(measure, period, by=by, where=where, as_of=as_of, source=source)
        return result.shaped(share=bool(share), sort=sort, top=top)


def rank(measure: str, period: Period | str, *, where: dict[str, list[str]] | None = None,
         as_of: dt.date | str | None = None, since: Period | str | None = None,
         among: str = "same", order: str = "highest",
         db: Path | str | None = None) -> RankResult:
    """Where a period stands among its like: a month among the ``"same"`` month of every
    year or among ``"all"`` months; rank 1 the ``"highest"`` or the ``"lowest"``; with
    ``result.since("highest")``: "the highest since 2022-12"."""
    measure, period = _text(measure, "measure"), _period(period, "period")
    where, as_of = _where(where), as_date(as_of, "as_of")
    since = _period(since, "since", optional=True)
    among, order = _text(among, "among"), _text(order, "order")
    with _using(db) as eng:
        return eng.rank(measure, period, where=where, as_of=as_of, since=since,
                        among=among, order=order)


def change(measure: str, before: Period | str, after: Period | str, *,
           where: dict[str, list[str]] | None = None, as_of: dt.date | str | None = None,
           db: Path | str | None = None) -> ChangeResult:
    measure = _text(measure, "measure")
    before, after = _period(before, "before"), _period(after, "after")
    where, as_of = _where(where), as_date(as_of, "as_of")
    with _using(db) as eng:
        return eng.change(measure, before, after, where=where, as_of=as_of)


def revisions(measure: str, period: Period | str, *,
              where: dict[str, list[str]] | None = None, db: Path | str | None = None):
    """Every published vintage of one figure (a ``RevisionsResult``): for each date a
    release changed the answer, the value as published by then and the change."""
    measure, period = _text(measure, "measure"), _period(period, "period")
    with _using(db) as eng:
        return eng.revisions(measure, period, where=_where(where))


def find_figure(value: float, *, within: float = 0.0, measures: list[str] | None = None,
                start: Period | str | None = None, end: Period | str | None = None,
                groups: bool = True, db: Path | str | None = None) -> list:
    """Where a figure comes from: the official figures within ``within`` (a fraction) of
    ``value``, each a ``FigureMatch`` with its measure, group, period and query result;
    periods ending from ``start`` to ``end`` (each a period or its text)."""
    from borderstats.figure_search import find_figure as search
    from borderstats.periods import parse_period

    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BorderstatsError(f"value {value!r}: give a number, such as 90415")
    first, last = (_period(p, name, optional=True) for p, name in ((start, "start"),
                                                                   (end, "end")))
    first = parse_period(first) if isinstance(first, str) else first
    last = parse_period(last) if isinstance(last, str) else last
    with _using(db) as eng:
        return search(eng, float(value), within=within, measures=measures,
                      start=first.start if first else None, end=last.end if last else None,
                      groups=groups)


def cite(result: QueryResult | RankResult | ChangeResult, lang: str = "en") -> list[str]:
    """Each figure of a query, rank or change answer as a copy-ready sentence with its
    source, in English ("en") or Spanish ("es")."""
    from borderstats.cite import cite as cite_result

    return cite_result(result, _text(lang, "lang"))


def check(text: str, *, date: dt.date | str | None = None,
          as_of: dt.date | str | None = None, lang: str = "auto",
          db: Path | str | None = None, cautious: bool = False) -> dict:
    """Check the quantitative claims in ``text``; the same structure as ``check --json``.
    ``date`` and ``as_of`` are dates or "YYYY-MM-DD"; ``lang``: explanations in the text's
    language ("auto"), English or Spanish. With ``as_of``, a claim whose verdict a later
    release changes carries ``later_vintage`` (the verdict now, and from which publication
    date). ``cautious``: a figure judged inaccurate beside one in its sentence that holds
    is reported unverifiable."""
    from borderstats.claims import check as check_text
    from borderstats.vintages import note_later_vintages

    date, as_of = as_date(date, "date"), as_date(as_of, "as_of")
    with _using(db) as eng:
        report = check_text(text, date=date, as_of=as_of, engine=eng, lang=lang,
                            cautious=cautious)
        if as_of is not None:
            note_later_vintages(report, text, date=date, engine=eng, lang=lang)
        return report


def corridor(period: Period | str, *, by_nationality: bool = False,
             as_of: dt.date | str | None = None, db: Path | str | None = None):
    """Darién → Mexico → US Southwest border for one period (a ``CorridorResult``)."""
    from borderstats.corridor import corridor as corridor_view

    period, as_of = _period(period, "period"), as_date(as_of, "as_of")
    with _using(db) as eng:
        return corridor_view(eng, period, by_nationality=by_nationality, as_of=as_of)


def series(measure: str, start: Period | str, end: Period | str | None = None, *,
           by: list[str] | str | None = None, where: dict[str, list[str]] | None = None,
           grain: str = "month", as_of: dt.date | str | None = None,
           source: str | None = None, db: Path | str | None = None):
    """A measure over time as a tidy pandas DataFrame: one row per ``grain`` period
    (month, fiscal_year or year) from ``start`` to ``end`` (default: the newest period the
    store holds) and per category of ``by``; columns ``measure``, the period's label,
    ``start`` (its first day, a timestamp), the ``by`` dimensions, ``value``, ``unit``,
    ``complete`` and ``source``. ``.attrs`` holds the provenance and caveats.

        >>> borderstats.series("usbp_swb_encounters", "FY2000", by="sector")
    """
    import pandas as pd

    from borderstats.metrics import TIME_DIMENSIONS, get_measure
    from borderstats.periods import parse_period

    measure = _text(measure, "measure")
    start, end = _period(start, "start"), _period(end, "end", optional=True)
    by, where, as_of = _by(by) or [], _where(where), as_date(as_of, "as_of")
    if grain not in TIME_DIMENSIONS:
        raise BorderstatsError(f"grain: {grain!r}; expected one of {', '.join(TIME_DIMENSIONS)}")
    if any(d in TIME_DIMENSIONS for d in by):
        raise BorderstatsError("by: the time dimension is given by grain=, not by=")
    with _using(db) as eng:
        first = parse_period(start) if isinstance(start, str) else start
        if end is None:
            last_month = eng.coverage(get_measure(measure), as_of)[1]
        else:
            last_month = (parse_period(end) if isinstance(end, str) else end).end
        span = Period(first.start, last_month, "range", f"{first.label}..{last_month:%Y-%m}")
        result = eng.query(measure, span, by=[grain, *by], where=where, as_of=as_of,
                           source=source)
        frame = result.to_pandas()
        frame.insert(2, "start", pd.to_datetime(
            [parse_period(key).start for key in frame[grain]]))
        return frame


def ingest(*paths: Path | str, db: Path | str | None = None) -> list[IngestOutcome]:
    """Ingest official files (or folders of them) into the store at ``db`` as one
    transaction, waiting a bounded time for another writer. As with ``borderstats
    ingest``, each new release's file is archived beside the store and a file that fails a
    drift guard is quarantined (its outcome's status says so) instead of ingested."""
    from borderstats.archive import ingest_and_keep
    from borderstats.store import write_store

    files = [f for p in paths for f in data_files(Path(p))]
    path = _path(db)
    with write_store(path) as store:
        return ingest_and_keep(path, store, files)


def releases(db: Path | str | None = None) -> list[dict]:
    with _using(db) as eng:
        return eng.store.releases()


def measures() -> dict[str, Measure]:
    return dict(catalog())


__all__ = ["ChangeResult", "Engine", "IngestOutcome", "Measure", "Period", "QueryResult",
           "RankResult", "Store", "change", "check", "close", "corridor", "engine", "ingest",
           "measures", "query", "rank", "releases", "revisions", "series", "cite"]


def events(event: str | None = None, *, date: dt.date | str | None = None,
           measure: str | None = None, by: str | None = None,
           where: dict[str, list[str]] | None = None, months: int = 3, window: int = 96,
           level: float = 0.95, placebos: int = 12, top: int = 6,
           events_file: Path | str | None = None, as_of: dt.date | str | None = None,
           db: Path | str | None = None):
    """What a catalogued event (or a ``date``) did to a measure, net of its seasonal
    counterfactual, with placebo checks (an ``EventsResult``; ``chart()`` gives its
    Vega-Lite chart, :func:`borderstats.charts.render` draws it)."""
    from borderstats.events import event_effects

    event = _text(event, "event", optional=True)
    measure, by = _text(measure, "measure", optional=True), _text(by, "by", optional=True)
    date_value = as_date(date, "date") if isinstance(date, str) and len(date) > 7 else date
    with _using(db) as eng:
        return event_effects(eng, event, date=date_value, measure=measure, by=by,
                             where=_where(where), months=months, window=window, level=level,
                             placebos=placebos, top=top, events_file=events_file,
                             as_of=as_date(as_of, "as_of"))


__all__ += ["events"]


def forecast(measure: str | None = None, horizon: int = 6, *, by: str | None = None,
             top: int = 3, where: dict[str, list[str]] | None = None,
             as_of: dt.date | str | None = None, db: Path | str | None = None):
    """Monthly forecasts of ``measure`` (default Border Patrol Southwest encounters) with
    80%/95% intervals and the rolling-origin backtest of every model (a
    ``ForecastResult``: ``to_dict()``, ``to_frame()``, ``backtest_frame()``, ``chart()``);
    with ``by``, a list of them, one per each of the ``top`` largest values."""
    from borderstats.forecast import forecast as forecast_measure
    from borderstats.forecast import forecast_by

    measure = _text(measure, "measure", optional=True)
    if not isinstance(horizon, int) or isinstance(horizon, bool):
        raise BorderstatsError(f"horizon: expected a whole number of months, got {horizon!r}")
    with _using(db) as eng:
        if by is not None:
            return forecast_by(eng, measure, _text(by, "by"), horizon, top=top,
                               where=_where(where), as_of=as_date(as_of, "as_of"))
        return forecast_measure(eng, measure, horizon, where=_where(where),
                                as_of=as_date(as_of, "as_of"))


__all__ += ["forecast"]


def scenario(*, stage: str = "mexico", change: float = -0.3, months: int = 6,
             start: str | None = None, fit_months: int = 24,
             as_of: dt.date | str | None = None, db: Path | str | None = None):
    """US Southwest encounters if Mexico's enforcement changes by ``change`` (−0.3 = 30%
    less) for ``months`` months from ``start`` ("2024-01"): a ``ScenarioResult`` with the
    model's fit on history (``to_dict()``, ``to_frame()``, ``fit_frame()``, ``chart()``)."""
    from borderstats.scenario import scenario as corridor_scenario

    if not isinstance(change, int | float) or isinstance(change, bool):
        raise BorderstatsError(f"change: expected a fraction such as -0.3, got {change!r}")
    start = _text(start, "start", optional=True)
    with _using(db) as eng:
        return corridor_scenario(eng, stage=stage, change=float(change), months=months,
                                 start=start, fit_months=fit_months, as_of=as_date(as_of, "as_of"))


__all__ += ["scenario"]


def crosscheck(db: Path | str | None = None) -> list[dict]:
    """How the sources that count the same thing agree now (``borderstats crosscheck``):
    for each overlap its sides, tolerance and reason, every period both hold and the
    periods that break it."""
    with _using(db) as eng:
        return eng.store.overlaps()
