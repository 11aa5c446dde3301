"""The Python API: the CLI's verbs as functions returning dataclasses. Dates (``date=``,
``as_of=``) are ``datetime.date`` objects or "YYYY-MM-DD" strings.

    >>> import borderstats
    >>> borderstats.query("swb_encounters", "FY2023").value
    2475669
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from borderstats.dates import as_date
from borderstats.metrics import Measure, catalog
from borderstats.periods import Period
from borderstats.query import ChangeResult, Engine, QueryResult, RankResult
from borderstats.store import IngestOutcome, Store, data_files, default_path, open_store

_engines: dict[Path, Engine] = {}


def engine(db: Path | str | None = None) -> Engine:
    """A query engine on the store at ``db`` (default store if None), kept open for reuse."""
    path = Path(db) if db is not None else default_path()
    if path not in _engines:
        _engines[path] = Engine(open_store(path))
    return _engines[path]


def close() -> None:
    """Close every store the API opened."""
    for eng in _engines.values():
        eng.store.close()
    _engines.clear()


def query(measure: str, period: Period | str, *, by: list[str] | None = None,
          where: dict[str, list[str]] | None = None, as_of: dt.date | str | None = None,
          source: str | None = None, db: Path | str | None = None) -> QueryResult:
    as_of = as_date(as_of, "as_of")
    return engine(db).query(measure, period, by=by, where=where, as_of=as_of, source=source)


def rank(measure: str, period: Period | str, *, where: dict[str, list[str]] | None = None,
         as_of: dt.date | str | None = None, since: Period | str | None = None,
         db: Path | str | None = None) -> RankResult:
    as_of = as_date(as_of, "as_of")
    return engine(db).rank(measure, period, where=where, as_of=as_of, since=since)


def change(measure: str, before: Period | str, after: Period | str, *,
           where: dict[str, list[str]] | None = None, as_of: dt.date | str | None = None,
           db: Path | str | None = None) -> ChangeResult:
    as_of = as_date(as_of, "as_of")
    return engine(db).change(measure, before, after, where=where, as_of=as_of)


def check(text: str, *, date: dt.date | str | None = None,
          as_of: dt.date | str | None = None, lang: str = "auto",
          db: Path | str | None = None) -> dict:
    """Check the quantitative claims in ``text``; the same structure as ``check --json``.
    ``date`` and ``as_of`` are dates or "YYYY-MM-DD"; ``lang``: explanations in the text's
    language ("auto"), English or Spanish."""
    from borderstats.claims import check as check_text

    date, as_of = as_date(date, "date"), as_date(as_of, "as_of")
    return check_text(text, date=date, as_of=as_of, engine=engine(db), lang=lang)


def corridor(period: Period | str, *, by_nationality: bool = False,
             as_of: dt.date | str | None = None, db: Path | str | None = None):
    """Darién → Mexico → US Southwest border for one period (a ``CorridorResult``)."""
    from borderstats.corridor import corridor as corridor_view

    as_of = as_date(as_of, "as_of")
    return corridor_view(engine(db), period, by_nationality=by_nationality, as_of=as_of)


def ingest(*paths: Path | str, db: Path | str | None = None) -> list[IngestOutcome]:
    eng = engine(db)
    outcomes = eng.store.ingest([f for p in paths for f in data_files(Path(p))])
    _engines.pop(Path(db) if db is not None else default_path(), None)
    eng.store.close()
    return outcomes


def releases(db: Path | str | None = None) -> list[dict]:
    return engine(db).store.releases()


def measures() -> dict[str, Measure]:
    return dict(catalog())


__all__ = ["ChangeResult", "Engine", "IngestOutcome", "Measure", "Period", "QueryResult",
           "RankResult", "Store", "change", "check", "close", "corridor", "engine", "ingest",
           "measures", "query", "rank", "releases"]
