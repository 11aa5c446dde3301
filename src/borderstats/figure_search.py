"""Where a figure comes from: the official figures the store gives that equal a number.

A precise figure in a text ("90,415 Indian nationals", "51 mil 72 salvadoreños") is often
exactly one official figure — of the series, period and group the words name, or of another
one the writer took it from. This searches each measure's monthly figures, whole and cut by
one breakdown (a nationality, a family status, a sector, ...), summed over each month, each
fiscal year to date and each calendar year to date (whole fiscal and calendar years are the
last of these), for the sums equal to the number, within a tolerance. Each candidate is then
asked of the query engine, so every match is a :class:`QueryResult` with its provenance and
the command that gives it; a candidate the engine answers otherwise (a span whose months
another release answers) is dropped.

The search reads the ``measure_figures`` view (docs/sql.md): years that only an annual table
covers (Border Patrol's nationalities before fiscal 2020, say) are not searched.
"""

from __future__ import annotations

import bisect
import datetime as dt
import weakref
from dataclasses import dataclass
from typing import Any

from borderstats.errors import QueryError
from borderstats.metrics import get_measure
from borderstats.periods import Period, add_months, fiscal_year_of
from borderstats.query import Engine, QueryResult

# The breakdowns searched; a figure of two at once (Mexican children at ports of entry) is
# rarely what a text gives, and would multiply the chance matches.
SEARCHED = ("citizenship", "demographic", "sector", "component", "region", "state",
            "authority", "encounter_type", "sex", "age_group", "outcome", "returned_from")

# Catch-all categories a text does not mean by a figure ("other countries", "unknown").
_CATCH_ALL = {"OTHER", "UNKNOWN", "STATELESS", "Other"}


@dataclass(frozen=True)
class FigureMatch:
    """One official figure equal to the number searched: its measure, group and period."""

    measure: str
    where: dict[str, list[str]]
    period: Period
    result: QueryResult

    @property
    def value(self) -> int:
        return self.result.value

    def to_dict(self) -> dict[str, Any]:
        return {"measure": self.measure, "title": self.result.title,
                "where": self.where, "period": self.period.label, "value": self.value,
                "complete": self.result.complete, "rounded": self.result.rounded,
                "command": self.result.command(),
                "provenance": [p.describe() for p in self.result.provenance]}


def find_figure(engine: Engine, value: float, *, within: float = 0.0,
                measures: list[str] | None = None, start: dt.date | None = None,
                end: dt.date | None = None, groups: bool = True,
                limit: int = 50) -> list[FigureMatch]:
    """The official figures within ``within`` (a fraction: 0.005 is ±0.5%) of ``value``:
    of ``measures`` (every measure if None), over months, fiscal years to date and calendar
    years to date ending between ``start`` and ``end``; with ``groups``, cut by one
    breakdown as well as whole. Whole figures come before groups', whole years before
    parts of them, and a group's figure of the same months as a whole one is left out."""
    if value <= 0:
        raise QueryError(f"figure {value:g}: only a positive count can be searched")
    if not 0 <= within < 1:
        raise QueryError(f"within {within:g}: give a fraction between 0 and 1 (0.005 = ±0.5%)")
    lo, hi = value * (1 - within) - 0.5, value * (1 + within) + 0.5
    for m in measures or ():
        get_measure(m)  # an unknown measure is an error that names it
    rows = _candidates(engine, lo, hi, measures, start, end, groups)
    matches: list[FigureMatch] = []
    whole: set[str] = set()  # the periods a whole series' figure matched
    for measure, dim, group, period, _ in sorted(rows, key=_order):
        if len(matches) >= limit:
            break
        where = {dim: [group]} if dim else {}
        if dim and period.label in whole:
            # A whole series' figure of the same months already: a group that is all of
            # another series (the nation's Southwest region) adds nothing.
            continue
        try:
            result = engine.query(measure, period, where=where)
        except QueryError:
            continue
        if not (result.complete and lo <= result.value <= hi):
            continue
        if not dim:
            whole.add(period.label)
        matches.append(FigureMatch(measure, where, period, result))
    return matches


def _order(row: tuple) -> tuple:
    measure, dim, _, period, kind = row
    return (dim is not None, {"year": 0, "month": 1, "part": 2}[kind], period.start,
            measure)


def _candidates(engine: Engine, lo: float, hi: float, measures: list[str] | None,
                start: dt.date | None, end: dt.date | None,
                groups: bool) -> list[tuple[str, str | None, str | None, Period, str]]:
    """(measure, breakdown, group, period, kind) of every sum in [lo, hi] ending from
    ``start`` to ``end``."""
    index = _INDEXES.get(engine)
    if index is None:
        index = _INDEXES[engine] = _Index(engine)
    wanted = set(measures) if measures else None
    first, last = start or dt.date.min, end or dt.date.max
    out = []
    for i in range(bisect.bisect_left(index.values, lo), bisect.bisect_right(index.values, hi)):
        measure, dim, group, begin, month = index.keys[i]
        if wanted is not None and measure not in wanted or not first <= month <= last or \
                dim and not groups:
            continue
        if begin == month:
            out.append((measure, dim, group, Period.month(month.year, month.month), "month"))
        else:
            out.append((measure, dim, group, *_span(begin, month)))
    return out


class _Index:
    """Every sum the search looks at, sorted by value: each measure's months, whole and by
    one breakdown, and their fiscal and calendar years to date. Built with one query the
    first time an engine is searched (a few tenths of a second), then kept with it."""

    def __init__(self, engine: Engine) -> None:
        # One scan: the whole's monthly sums and each breakdown's, as grouping sets.
        sets = ", ".join(["(measure, month, fiscal_year)"]
                         + [f"(measure, month, fiscal_year, {d})" for d in SEARCHED])
        which = "CASE " + " ".join(f"WHEN grouping({d}) = 0 THEN '{d}'"
                                   for d in SEARCHED) + " END"
        sql = f"""
            WITH sums AS (
                SELECT measure, month, fiscal_year, {which} AS dim,
                       coalesce({', '.join(SEARCHED)}) AS grp, sum(value) AS v
                FROM measure_figures WHERE month IS NOT NULL
                GROUP BY GROUPING SETS ({sets}))
            SELECT measure, dim, grp, month, v,
                   sum(v) OVER (PARTITION BY measure, dim, grp, fiscal_year ORDER BY month),
                   sum(v) OVER (PARTITION BY measure, dim, grp, year(month) ORDER BY month)
            FROM sums WHERE dim IS NULL OR grp IS NOT NULL"""
        entries = []
        for measure, dim, group, month, v, fytd, cytd in engine.store.con.execute(
                sql).fetchall():
            if dim and (dim not in get_measure(measure).dimensions or group in _CATCH_ALL):
                continue
            entries.append((v, measure, dim, group, month, month))
            fy_start = dt.date(fiscal_year_of(month) - 1, 10, 1)
            for total, begin in ((fytd, fy_start), (cytd, dt.date(month.year, 1, 1))):
                if begin != month:  # a year to date of one month is the month
                    entries.append((total, measure, dim, group, begin, month))
        entries.sort(key=lambda e: e[0])
        self.values = [e[0] for e in entries]
        self.keys = [e[1:] for e in entries]


# The index of each engine searched, dropped with the engine.
_INDEXES: weakref.WeakKeyDictionary[Engine, _Index] = weakref.WeakKeyDictionary()


def _span(begin: dt.date, month: dt.date) -> tuple[Period, str]:
    """The months from ``begin`` to ``month``: a whole fiscal or calendar year if they are
    one, else a range."""
    if add_months(begin, 11) == month:
        return (Period.fiscal_year(month.year) if begin.month == 10 else
                Period.year(begin.year)), "year"
    return Period.span(begin, month), "part"
