"""Drift guards: checks a parsed file must pass before it becomes a release.

A file can parse cleanly and still be wrong: a file under the official name whose figures
are halved, the same rows twice, one cell with digits added. Such a file is not ingested but
quarantined, with a report of what failed (``borderstats quarantine``); a person who has read
the report may accept it.

The checks compare the file with itself and with the previous vintage of the same file
family (same source and layout), the way data pipelines guard their inputs. The thresholds
are set from the real vintages: between consecutive official files the largest monthly
total revision is 0.04% and the largest cell revision 25 events; no file repeats a key; in
no series is the largest value more than 9 times the next largest.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from borderstats.sources.base import DIMENSIONS, Observation
from borderstats.sources.overlaps import AT_MOST, SAME_DIRECTION, Overlap

# A month's (or fiscal year's) total of one table may move this much between vintages.
TOTAL_REVISION_SHARE = 0.05
TOTAL_REVISION_FLOOR = 100
# One cell may move this much.
CELL_REVISION_SHARE = 0.5
CELL_REVISION_FLOOR = 1000
# A value this many times the next largest of its series (and at least OUTLIER_FLOOR) is
# implausible.
OUTLIER_RATIO = 20
OUTLIER_FLOOR = 5000
# A whole vintage's overlap with the previous one may move this much in total.
OVERLAP_SHARE = 0.02

Key = tuple  # (table, fiscal_year, month, *DIMENSIONS)


@dataclass(frozen=True)
class Finding:
    """One failed check: its name and a one-line account with the figures."""

    check: str
    detail: str

    def to_dict(self) -> dict[str, str]:
        return {"check": self.check, "detail": self.detail}


def key_of(obs: Observation) -> Key:
    return (obs.table, obs.fiscal_year, obs.month, *(getattr(obs, d) for d in DIMENSIONS))


def check(observations: list[Observation], data_start: dt.date, data_end: dt.date,
          previous: dict[Key, int] | None, previous_name: str = "") -> list[Finding]:
    """Every check the file fails; empty when it may be ingested."""
    findings = _repeated_keys(observations) + _outliers(observations)
    if previous:
        findings += _against_previous(observations, data_start, data_end, previous,
                                      previous_name)
    return findings


def _describe(key: Key) -> str:
    table, fiscal_year, month, *dims = key
    when = f"{month:%Y-%m}" if month else f"FY{fiscal_year}"
    parts = [f"{d}={v}" for d, v in zip(DIMENSIONS, dims, strict=True) if v is not None]
    return f"{table} {when}" + (f" ({', '.join(parts)})" if parts else "")


def _repeated_keys(observations: list[Observation]) -> list[Finding]:
    counts = Counter(key_of(o) for o in observations)
    repeated = [(k, n) for k, n in counts.items() if n > 1]
    if not repeated:
        return []
    key, times = repeated[0]
    rows = sum(n - 1 for _, n in repeated)
    return [Finding("repeated rows", f"{len(repeated):,} cells appear more than once "
                    f"({rows:,} extra rows), e.g. {_describe(key)} {times} times")]


def _outliers(observations: list[Observation]) -> list[Finding]:
    series: dict[tuple, list[Observation]] = defaultdict(list)
    for obs in observations:
        series[(obs.table, *(getattr(obs, d) for d in DIMENSIONS))].append(obs)
    found = []
    for members in series.values():
        if len(members) < 4:
            continue
        top, second = sorted(members, key=lambda o: o.value)[-2:][::-1]
        if top.value >= OUTLIER_FLOOR and top.value > OUTLIER_RATIO * max(second.value, 1):
            found.append((top.value / max(second.value, 1), top, second))
    if not found:
        return []
    found.sort(key=lambda f: f[0], reverse=True)
    ratio, top, second = found[0]
    return [Finding("implausible value", f"{len(found)} value(s) over {OUTLIER_RATIO} times "
                    f"the next largest of their series, e.g. {_describe(key_of(top))}: "
                    f"{top.value:,} (next largest {second.value:,}, {ratio:,.0f}×)")]


def _totals(cells: Iterable[tuple[Key, int]]) -> dict[tuple, int]:
    totals: dict[tuple, int] = defaultdict(int)
    for key, value in cells:
        totals[key[:3]] += value
    return totals


def _when(period: tuple) -> str:
    table, fiscal_year, month = period
    return f"{table} {month:%Y-%m}" if month else f"{table} FY{fiscal_year}"


def _against_previous(observations: list[Observation], data_start: dt.date,
                      data_end: dt.date, previous: dict[Key, int],
                      previous_name: str) -> list[Finding]:
    findings = []
    new = {key_of(o): o.value for o in observations}
    new_totals, old_totals = _totals(new.items()), _totals(previous.items())
    tables = {period[0] for period in new_totals}

    def inside(period: tuple) -> bool:
        table, fiscal_year, month = period
        if table not in tables:
            return False
        if month is None:
            return data_start <= dt.date(fiscal_year - 1, 10, 1) <= data_end
        return data_start <= month <= data_end

    gone = sorted((p for p in old_totals if inside(p) and p not in new_totals),
                  key=lambda p: (p[0], p[1], p[2] or dt.date.min))
    if gone:
        findings.append(Finding(
            "months gone", f"{len(gone)} period(s) the previous vintage ({previous_name}) "
            f"holds within this file's span are missing: {', '.join(map(_when, gone[:4]))}"
            + (" …" if len(gone) > 4 else "")))
    common = [p for p in new_totals if p in old_totals]
    revised = _revised(new_totals, old_totals, TOTAL_REVISION_FLOOR, TOTAL_REVISION_SHARE,
                       relative=True)
    if revised:
        period, old, now = revised[0]
        findings.append(Finding(
            "totals revised", f"{len(revised)} of {len(common)} period totals differ from the "
            f"previous vintage ({previous_name}) by more than {TOTAL_REVISION_SHARE:.0%}, "
            f"e.g. {_when(period)}: {old:,} → {now:,} ({(now - old) / max(old, 1):+.0%})"))
    old_sum = sum(old_totals[p] for p in common)
    new_sum = sum(new_totals[p] for p in common)
    if common and abs(new_sum - old_sum) > OVERLAP_SHARE * max(old_sum, 1):
        findings.append(Finding(
            "overlap total changed", f"the {len(common)} periods both vintages hold add up to "
            f"{new_sum:,} here and {old_sum:,} in {previous_name} "
            f"({(new_sum - old_sum) / max(old_sum, 1):+.1%})"))
    cells = _revised(new, previous, CELL_REVISION_FLOOR, CELL_REVISION_SHARE, relative=False)
    if cells:
        key, old, now = cells[0]
        findings.append(Finding(
            "cells revised", f"{len(cells)} cell(s) differ from the previous vintage "
            f"({previous_name}) by more than {CELL_REVISION_SHARE:.0%} and "
            f"{CELL_REVISION_FLOOR:,}, e.g. {_describe(key)}: {old:,} → {now:,}"))
    return findings


def _revised(new: dict, old: dict, floor: int, share: float, *,
             relative: bool) -> list[tuple]:
    """(key, old, new) for each key both hold whose value moved by more than ``floor`` and
    ``share`` of the old one, the largest move first (relative or absolute)."""
    moved = [(key, old[key], now) for key, now in new.items() if key in old
             and abs(now - old[key]) > max(floor, share * old[key])]
    return sorted(moved, key=lambda m: abs(m[2] - m[1]) / (max(m[1], 1) if relative else 1),
                  reverse=True)


# -- overlaps between sources ------------------------------------------------------------

Period = int | dt.date  # a month start, or a fiscal or calendar year


def series(cells: Iterable[tuple[dt.date | None, int, int]], grain: str,
           through: dt.date | None = None) -> dict[Period, int]:
    """One release's figures at ``grain`` from its (month, fiscal year, value) cells: months
    as they are; a year from its own annual cells, else from its months when the release
    holds all twelve (a year it holds only in part is no figure for that year). An annual
    cell for a fiscal year still running at ``through`` (the release's last month) is a
    year to date, not the year."""
    monthly: dict[dt.date, int] = defaultdict(int)
    annual: dict[int, int] = defaultdict(int)
    for month, fiscal_year, value in cells:
        if month is None:
            annual[fiscal_year] += value
        else:
            monthly[month] += value
    if grain == "month":
        return dict(monthly)
    summed: dict[int, int] = defaultdict(int)
    counted: Counter[int] = Counter()
    for month, value in monthly.items():
        year = month.year if grain == "year" else month.year + (month.month >= 10)
        summed[year] += value
        counted[year] += 1
    out = {year: value for year, value in summed.items() if counted[year] == 12}
    if grain == "fiscal_year":
        # A publisher's own fiscal-year figure before a sum of months.
        out.update({year: value for year, value in annual.items()
                    if through is None or dt.date(year, 9, 1) <= through})
    return out


@dataclass(frozen=True)
class Comparison:
    """One period both sides of an overlap hold, and whether it keeps the relation."""

    period: str
    left: int
    right: int
    holds: bool

    @property
    def difference(self) -> int:
        return self.left - self.right

    @property
    def share(self) -> float | None:
        return self.difference / self.right if self.right else None


def _label(period: Period) -> str:
    return f"{period:%Y-%m}" if isinstance(period, dt.date) else str(period)


def compare_overlap(overlap: Overlap, left: dict[Period, int],
                    right: dict[Period, int]) -> list[Comparison]:
    """Every period both sides hold (from ``overlap.first`` on), in order, with whether
    the overlap's relation holds for it (see ``borderstats.sources.overlaps``)."""
    def year_of(period: Period) -> int:
        if isinstance(period, dt.date):
            return period.year + (period.month >= 10 and overlap.grain != "year")
        return period

    common = sorted(p for p in left if p in right
                    and (overlap.first is None or year_of(p) >= overlap.first))
    out = []
    for index, period in enumerate(common):
        mine, theirs = left[period], right[period]
        allowed = max(overlap.floor, overlap.share * abs(theirs))
        if overlap.relation == AT_MOST:
            holds = mine - theirs <= allowed
        elif overlap.relation == SAME_DIRECTION:
            holds = abs(mine - theirs) <= allowed
            before = common[index - 1] if index else None
            if holds and before is not None and year_of(before) == year_of(period) - 1:
                moves = [(now - was) / was if was else 0.0 for was, now in
                         ((left[before], mine), (right[before], theirs))]
                holds = not (min(moves) < -overlap.dead_band
                             and max(moves) > overlap.dead_band)
        else:
            holds = abs(mine - theirs) <= allowed
        out.append(Comparison(_label(period), mine, theirs, holds))
    return out


def against_overlap(overlap: Overlap, comparisons: list[Comparison], here: str,
                    there: str) -> list[Finding]:
    """A finding when the file's figures break an overlap: the periods and both figures."""
    broken = [c for c in comparisons if not c.holds]
    if not broken:
        return []
    worst = sorted(broken, key=lambda c: abs(c.share or c.difference), reverse=True)[:4]
    examples = "; ".join(
        f"{c.period}: {c.left:,} in {overlap.left.describe()}, {c.right:,} in "
        f"{overlap.right.describe()}" + (f" ({c.share:+.1%})" if c.share is not None else "")
        for c in sorted(worst, key=lambda c: c.period))
    return [Finding("other source disagrees",
                    f"{overlap.name}: {len(broken)} of {len(comparisons)} "
                    f"{overlap.grain.replace('_', ' ')}s break the overlap "
                    f"({overlap.tolerance()}) between this file ({here}) and {there}, "
                    f"e.g. {examples}")]
