"""What a new vintage revised: two releases of one source compared cell by cell
(``borderstats diff SOURCE [OLD NEW]``).

Cells are matched on table, fiscal year, month and every dimension. The answer gives each
period's total in both releases (periods both hold), the periods only one holds, and the
cells revised most, with their breakdown.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from borderstats.errors import QueryError
from borderstats.sources.base import DIMENSIONS
from borderstats.store import Store

TOP_CELLS = 20


@dataclass
class ReleaseDiff:
    source: str
    old: dict[str, Any]
    new: dict[str, Any]
    periods: list[dict[str, Any]] = field(default_factory=list)   # both hold; every one
    added: list[str] = field(default_factory=list)                # only the new one holds
    removed: list[str] = field(default_factory=list)              # only the old one holds
    cells: list[dict[str, Any]] = field(default_factory=list)     # revised most, first
    cells_compared: int = 0
    cells_revised: int = 0

    @property
    def revised_periods(self) -> list[dict[str, Any]]:
        return [p for p in self.periods if p["change"]]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["revised_periods"] = len(self.revised_periods)
        return data


def _release(store: Store, release_id: int) -> dict[str, Any]:
    rows = [r for r in store.releases() if r["release_id"] == release_id]
    if not rows:
        raise QueryError(f"release {release_id}: no such release (see `borderstats sources`)")
    return rows[0]


def _info(release: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in release.items()
            if k in ("release_id", "file_name", "layout", "published", "published_estimated",
                     "sha256", "data_start", "data_end", "row_count")}


def pick(store: Store, source: str, old: int | None = None,
         new: int | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The two releases to compare: as given, or the source's latest and the vintage of
    the same file family before it."""
    if (old is None) != (new is None):
        raise QueryError("give both releases to compare (OLD NEW), or neither")
    releases = [r for r in store.releases() if r["source"] == source]
    if not releases:
        known = sorted({r["source"] for r in store.releases()})
        raise QueryError(f"source {source!r}: no release in the store (sources: "
                         f"{', '.join(known)})")
    if old is not None and new is not None:
        pair = _release(store, old), _release(store, new)
        for release in pair:
            if release["source"] != source:
                raise QueryError(f"release {release['release_id']} is of "
                                 f"{release['source']}, not {source}")
        return pair
    order = sorted(releases, key=lambda r: (r["data_end"], r["published"], r["release_id"]))
    latest = order[-1]
    family = [r for r in order if r["layout"] == latest["layout"] and r is not latest]
    if not family:
        raise QueryError(f"{source}: one release of {latest['file_name']}'s family only "
                         f"(release {latest['release_id']}); nothing to compare it with")
    return family[-1], latest


def diff_releases(store: Store, source: str, old: int | None = None,
                  new: int | None = None) -> ReleaseDiff:
    before, after = pick(store, source, old, new)
    dims = ", ".join(DIMENSIONS)
    cells: dict[tuple, list[int | None]] = defaultdict(lambda: [None, None])
    for side, release in enumerate((before, after)):
        for *key, value in store.con.execute(
                f"SELECT table_id, fiscal_year, month, {dims}, value FROM observations "
                "WHERE release_id = ?", [release["release_id"]]).fetchall():
            cells[tuple(key)][side] = value
    result = ReleaseDiff(source, _info(before), _info(after))
    totals: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    held: dict[tuple, list[bool]] = defaultdict(lambda: [False, False])
    for key, values in cells.items():
        period = key[:3]
        for side in (0, 1):
            if values[side] is not None:
                totals[period][side] += values[side]
                held[period][side] = True
    revised = []
    for key, (was, now) in cells.items():
        if not all(held[key[:3]]):
            continue
        result.cells_compared += 1
        if (was or 0) != (now or 0):
            revised.append((key, was or 0, now or 0))
    result.cells_revised = len(revised)
    revised.sort(key=lambda r: abs(r[2] - r[1]), reverse=True)
    for key, was, now in revised[:TOP_CELLS]:
        result.cells.append({
            "table": key[0], "period": _label(key[:3]),
            "breakdown": {d: v for d, v in zip(DIMENSIONS, key[3:], strict=True)
                          if v is not None},
            "old": was, "new": now, "change": now - was})
    for period in sorted(held, key=_order):
        has_old, has_new = held[period]
        if has_old and has_new:
            was, now = totals[period]
            result.periods.append({
                "table": period[0], "period": _label(period), "old": was, "new": now,
                "change": now - was,
                "percent": round(100 * (now - was) / was, 3) if was else None})
        elif has_new:
            result.added.append(f"{period[0]} {_label(period)}")
        else:
            result.removed.append(f"{period[0]} {_label(period)}")
    return result


def _label(period: tuple) -> str:
    _, fiscal_year, month = period
    return f"{month:%Y-%m}" if month else f"FY{fiscal_year}"


def _order(period: tuple) -> tuple:
    table, fiscal_year, month = period
    return table, fiscal_year, month or dt.date.min
