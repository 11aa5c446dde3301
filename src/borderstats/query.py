"""Answering questions through the catalog: totals and breakdowns, ranks and records,
changes and ratios — each with the provenance of every figure.

For each month (or fiscal year) a query needs, the catalog's spans are tried in order; the
first that covers it, can be cut by the requested dimensions and holds the requested values
answers it, from the latest release published by the as-of date.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import os
import pickle
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from borderstats.dimensions import DIMENSIONS, SECTOR_CODES, STATE_CODES
from borderstats.errors import QueryError
from borderstats.frames import FigureTable, sources_of, to_dataframe
from borderstats.metrics import TIME_DIMENSIONS, Measure, Span, get_measure
from borderstats.periods import Period, add_months, fiscal_year_of, grain_key, parse_period
from borderstats.store import Store

# Dimensions whose values are nationalities (names or ISO-3 codes).
NATIONALITY_DIMENSIONS = ("citizenship", "returned_from")

# Words people use for dimension values, mapped to the store's vocabulary.
VALUE_ALIASES: dict[str, dict[str, str]] = {
    "component": {"border patrol": "USBP", "u.s. border patrol": "USBP", "bp": "USBP",
                  "office of field operations": "OFO", "ports of entry": "OFO"},
    "demographic": {"family": "FMUA", "families": "FMUA", "family units": "FMUA",
                    "family unit": "FMUA", "unaccompanied children": "UAC",
                    "unaccompanied minors": "UAC", "uc / single minors": "UAC",
                    "single adults": "Single Adults", "adults": "Single Adults"},
    "region": {"southwest": "Southwest Land Border", "southern": "Southwest Land Border",
               "sw": "Southwest Land Border", "northern": "Northern Land Border",
               "north": "Northern Land Border", "coastal": "Coastal Border"},
    "authority": {"t8": "Title 8", "t42": "Title 42", "8": "Title 8", "42": "Title 42"},
    "sector": {code.lower(): name for code, name in SECTOR_CODES.items()},
    "state": {name.lower(): code for name, code in STATE_CODES.items()},
}


@dataclass(frozen=True)
class SourcePiece:
    """Which release, table and filter produced part of an answer."""

    source: str
    publisher: str
    compiler: str | None
    release_id: int
    file_name: str
    release_title: str
    published: str
    published_estimated: bool
    official_url: str
    sha256: str
    table: str
    filters: dict[str, list[str]]
    first: str
    last: str
    periods: int
    grain: str
    rounding: int

    def describe(self) -> str:
        rounding = f"; rounded to the nearest {self.rounding}" if self.rounding > 1 else ""
        compiler = f"; compiled by {self.compiler.split(':')[0]}" if self.compiler else ""
        filters = ", ".join(f"{k}={'|'.join(v)}" for k, v in self.filters.items()) or "none"
        span = self.first if self.first == self.last else f"{self.first}..{self.last}"
        return (f"{self.source} release {self.release_id} ({self.file_name}, published "
                f"{'~' if self.published_estimated else ''}{self.published[:7]}), table "
                f"{self.table}, filters {filters}, {span}{rounding}{compiler}")


@dataclass
class QueryResult:
    measure: str
    title: str
    unit: str
    period: str
    start: str
    end: str
    value: int
    by: list[str]
    rows: list[dict[str, Any]]
    filters: dict[str, list[str]]
    as_of: str | None
    complete: bool
    missing: list[str]
    provenance: list[SourcePiece]
    definition: str
    caveats: list[str]

    @property
    def rounded(self) -> bool:
        return any(p.rounding > 1 for p in self.provenance)

    def fresh_copy(self) -> QueryResult:
        """A copy a caller may change freely: its lists and rows are new (row values are
        scalars, provenance pieces are frozen); far cheaper than ``copy.deepcopy``."""
        return replace(self, by=list(self.by), rows=[dict(r) for r in self.rows],
                       filters={k: list(v) for k, v in self.filters.items()},
                       missing=list(self.missing), provenance=list(self.provenance),
                       caveats=list(self.caveats))

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["rounded"] = self.rounded
        return out

    @property
    def grain(self) -> str | None:
        """The time dimension the answer is broken down by, if any."""
        return next((d for d in self.by if d in TIME_DIMENSIONS), None)

    def uncovered_periods(self) -> list[str]:
        """The periods of a breakdown by time alone that have no data at all: they have no
        row, and a reader of the total must see they are not in it."""
        grain = self.grain
        if grain is None or self.complete or len(self.by) != 1:
            return []
        present = {r[grain] for r in self.rows}
        keys = dict.fromkeys(grain_key(m, grain) for m in
                             parse_period(f"{self.start}..{self.end}").month_starts())
        return [k for k in keys if k not in present]

    def command(self) -> str:
        """The command line that gives this answer."""
        return _command("query", self.measure, [("--period", self.period)]
                        + [("--by", d) for d in self.by]
                        + [("--where", f"{k}={','.join(v)}") for k, v in self.filters.items()]
                        + [("--as-of", self.as_of)])

    def figure_table(self) -> FigureTable:
        """The figures as tidy rows — one per period and category of the breakdown (one
        row without a breakdown) — each with the sources that produced it."""
        grain = self.grain
        provenance = _pieces(self.provenance)
        time_column = grain or "period"
        rows = [dict(r) for r in self.rows] if self.by else [
            {"period": self.period, "value": self.value, "complete": self.complete}]
        rows += [{grain: key, "value": None, "complete": False}
                 for key in self.uncovered_periods()]
        if grain:
            rows.sort(key=lambda r: r[grain])
        for row in rows:
            row["measure"] = self.measure
            row["unit"] = self.unit
            row.setdefault(time_column, self.period)
            row.setdefault("complete", self.complete)
            row["source"] = sources_of(row[time_column], provenance) \
                if row["value"] is not None else ""
        shares = [c for c in ("share", "share_of_parent") if rows and c in rows[0]]
        dims = [c for c in (rows[0] if rows else {}) if c not in (
            "measure", time_column, "value", "unit", "complete", "source", *shares)]
        columns = ["measure", time_column, *dims, "value", *shares, "unit", "complete",
                   "source"]
        return FigureTable(
            title=self.title, columns=columns, rows=rows,
            about={"measure": self.measure, "period": self.period, "by": self.by,
                   "filters": self.filters, "as_of": self.as_of, "unit": self.unit,
                   "total": self.value, "complete": self.complete,
                   "missing": self.missing, "rounded": self.rounded,
                   "definition": self.definition, "query": self.command()},
            provenance=provenance, caveats=list(self.caveats))

    def to_pandas(self) -> Any:
        """The figures as a pandas DataFrame (see :meth:`figure_table`); ``.attrs`` holds
        what was asked, the provenance of every part and the caveats."""
        return to_dataframe(self.figure_table())

    def shaped(self, *, share: bool = False, sort: str | None = None,
               top: int | None = None) -> QueryResult:
        """The breakdown with each row's share, sorted, or cut to the ``top`` largest
        categories and "all others" (see :func:`shape_rows`); the total is unchanged."""
        if not (share or sort or top is not None):
            return self
        dims = [d for d in self.by if d not in TIME_DIMENSIONS]
        if not self.by or (top is not None and not dims):
            raise QueryError("--share, --sort and --top shape a breakdown: add a --by "
                             "dimension" + (" other than time (to rank months or years, "
                                            "use `borderstats rank`; --sort alone orders "
                                            "them)" if self.by else ""))
        out = copy.deepcopy(self)
        out.rows = shape_rows(self.rows, self.by, share=share, sort=sort, top=top)
        return out


@dataclass
class RankResult:
    measure: str
    title: str
    period: str
    value: int
    rank: int
    of: int
    among: str
    higher: list[dict[str, Any]]
    record_high: dict[str, Any]
    record_low: dict[str, Any]
    windows: list[dict[str, Any]]
    series: list[dict[str, Any]]
    as_of: str | None
    filters: dict[str, list[str]]
    provenance: list[SourcePiece]
    caveats: list[str]
    order: str = "highest"  # rank 1 is the highest, or the lowest
    compared_with: str = ""  # "Januaries", "months", "fiscal years", "calendar years"
    ahead: list[dict[str, Any]] = field(default_factory=list)  # ranked above, in order
    # The last earlier period that was higher (lower): the period is "the highest (lowest)
    # since" it; None when no earlier period held was: the highest (lowest) on record.
    last_higher: dict[str, Any] | None = None
    last_lower: dict[str, Any] | None = None
    first_compared: str = ""
    # Periods inside the series' span left out of the ranking because the files hold only
    # part of them (the Darién's 2020, with April, May and July missing).
    left_out: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["highest_since"] = self.since("highest")
        out["lowest_since"] = self.since("lowest")
        return out

    def since(self, order: str) -> str:
        """"the highest since 2022-12" / "the lowest on record (since 2000-01)": how the
        period stands against every earlier one compared."""
        last = self.last_higher if order == "highest" else self.last_lower
        if last is None and self.first_compared == self.period:
            return f"the first of the {self.compared_with} held: no earlier one to compare"
        if last is None:
            return (f"the {order} of all {self.compared_with} from {self.first_compared} "
                    f"to {self.period}")
        periods = [e["period"] for e in self.series]
        index = periods.index(self.period) if self.period in periods else 0
        if index and periods[index - 1] == last["period"]:
            # "the highest since last month" says nothing: say it was not.
            return (f"{'lower' if order == 'highest' else 'higher'} than the one before, "
                    f"{last['period']} ({last['value']:,})")
        return f"the {order} since {last['period']} ({last['value']:,})"

    def command(self) -> str:
        """The command line that gives this answer."""
        among = [("--among", "all")] if self.compared_with == "months" else []
        return _command("rank", self.measure, [("--period", self.period), *among]
                        + ([("--lowest", None)] if self.order == "lowest" else [])
                        + [("--where", f"{k}={','.join(v)}") for k, v in self.filters.items()]
                        + [("--as-of", self.as_of)])

    def figure_table(self) -> FigureTable:
        """Every period ranked against, in time order, with its rank (1 = highest) and
        whether it is the period asked about."""
        provenance = _pieces(self.provenance)
        values = sorted((e["value"] for e in self.series), reverse=self.order == "highest")
        rows = [{"measure": self.measure, "period": e["period"], "value": e["value"],
                 "rank": 1 + values.index(e["value"]), "of": len(values),
                 "ranked_period": e["period"] == self.period,
                 "source": sources_of(e["period"], provenance)} for e in self.series]
        return FigureTable(
            title=self.title,
            columns=["measure", "period", "value", "rank", "of", "ranked_period", "source"],
            rows=rows,
            about={"measure": self.measure, "period": self.period, "value": self.value,
                   "rank": self.rank, "of": self.of, "among": self.among,
                   "rank_1_is": f"the {self.order}", "highest_since": self.since("highest"),
                   "lowest_since": self.since("lowest"),
                   "filters": self.filters, "as_of": self.as_of, "query": self.command()},
            provenance=provenance, caveats=list(self.caveats))

    def to_pandas(self) -> Any:
        """The periods ranked, as a pandas DataFrame; provenance in ``.attrs``."""
        return to_dataframe(self.figure_table())


@dataclass
class ChangeResult:
    measure: str
    title: str
    before: QueryResult
    after: QueryResult
    difference: int
    percent_change: float | None
    ratio: float | None
    caveats: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["before"] = self.before.to_dict()
        out["after"] = self.after.to_dict()
        return out

    def command(self) -> str:
        """The command line that gives this answer."""
        return _command("change", self.measure, [("--from", self.before.period),
                                                 ("--to", self.after.period)]
                        + [("--where", f"{k}={','.join(v)}")
                           for k, v in self.before.filters.items()]
                        + [("--as-of", self.before.as_of)])

    def figure_table(self) -> FigureTable:
        """Two rows, the earlier period and the later; the later carries the change."""
        rows = []
        for role, result in (("before", self.before), ("after", self.after)):
            provenance = _pieces(result.provenance)
            rows.append({"measure": self.measure, "role": role, "period": result.period,
                         "value": result.value, "complete": result.complete,
                         "source": sources_of(None, provenance)})
        rows[1].update(difference=self.difference, percent_change=self.percent_change,
                       ratio=self.ratio)
        pieces = {p["description"]: p for p in _pieces(self.before.provenance)
                  + _pieces(self.after.provenance)}
        return FigureTable(
            title=self.title,
            columns=["measure", "role", "period", "value", "complete", "difference",
                     "percent_change", "ratio", "source"],
            rows=rows,
            about={"measure": self.measure, "before": self.before.period,
                   "after": self.after.period, "difference": self.difference,
                   "percent_change": self.percent_change, "ratio": self.ratio,
                   "filters": self.before.filters, "as_of": self.before.as_of,
                   "unit": self.before.unit, "query": self.command()},
            provenance=list(pieces.values()), caveats=list(self.caveats))

    def to_pandas(self) -> Any:
        """The two periods and the change, as a pandas DataFrame; provenance in
        ``.attrs``."""
        return to_dataframe(self.figure_table())


@dataclass
class RevisionsResult:
    """Every vintage of one figure: what each set of releases published by a date said."""

    measure: str
    title: str
    period: str
    filters: dict[str, list[str]]
    unit: str
    vintages: list[dict[str, Any]]
    caveats: list[str]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def command(self) -> str:
        """The command line that gives this answer."""
        return _command("revisions", self.measure, [("--period", self.period)]
                        + [("--where", f"{k}={','.join(v)}") for k, v in self.filters.items()])

    def figure_table(self) -> FigureTable:
        """One row per vintage: the date it was published (usable as ``--as-of``), the
        figure, and its change from the vintage before."""
        columns = ["measure", "period", "published", "value", "complete", "difference",
                   "percent_change", "source"]
        rows = [{"measure": self.measure, "period": self.period, **{
            k: v for k, v in vintage.items() if k in columns}} for vintage in self.vintages]
        pieces = {p["description"]: p for v in self.vintages for p in v["provenance"]}
        return FigureTable(
            title=f"{self.title}, {self.period}: every published vintage", columns=columns,
            rows=rows, about={"measure": self.measure, "period": self.period,
                              "filters": self.filters, "unit": self.unit,
                              "query": self.command()},
            provenance=list(pieces.values()), caveats=list(self.caveats))

    def to_pandas(self) -> Any:
        """The vintages as a pandas DataFrame; provenance in ``.attrs``."""
        return to_dataframe(self.figure_table())


class Engine:
    """Runs queries against one open store; caches what never changes while it is open."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._releases: dict[int, dict] | None = None
        self._values: dict[tuple[str, str, str], list[str]] = {}
        self._answers: dict[tuple, QueryResult] = {}
        self._series: dict[tuple, dict[Any, list[tuple]]] = {}  # a release's table, summed (_rows)
        self._coverage: dict[tuple, tuple[dt.date, dt.date]] = {}
        # Each tuple of spans asked about, by identity, with its text (the coverage key).
        self._spans_text: dict[int, tuple[tuple, str]] = {}
        self._held: dict[tuple, dict[Any, list[tuple]]] = {}
        self._derived: dict[tuple, Any] = {}  # results computed from the figures (remembered)
        self._facts_file: Path | None = None  # where what it learns is kept between runs
        self._facts_key = ""
        self._learned = False  # whether it has learned facts the file does not hold
        self.on_close: Any = None  # called by close(), for whoever keeps the engine

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the store this engine reads."""
        self.store.close()
        if self.on_close is not None:
            self.on_close()

    # -- store facts ------------------------------------------------------------------

    @property
    def releases(self) -> dict[int, dict]:
        if self._releases is None:
            self._releases = {r["release_id"]: r for r in self.store.releases()}
            self._load_facts()
        return self._releases

    # What an engine learns of a store (each table's values, which release holds which
    # month, each measure's coverage) costs a query or two per table to learn, more than the
    # answer itself. A command line runs one question per process, so an engine on a
    # read-only store file keeps these facts in the user's cache folder. The key is the
    # store's releases (id, sha256, rows): releases are never changed once written and every
    # observation belongs to one, so the same releases mean the same facts, whatever happened
    # to the file; the package's version and this module's file are part of the key too.

    def _load_facts(self) -> None:
        path = self.store.path
        if path is None or not getattr(self.store, "read_only", False):
            return
        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        self._facts_file = cache / "borderstats" / (
            "facts-" + hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:20] + ".pickle")
        from borderstats.version import __version__

        ids = sorted((r["release_id"], r["sha256"], r["row_count"])
                     for r in self._releases.values())
        self._facts_key = hashlib.sha256(repr(
            (ids, __version__, Path(__file__).stat().st_mtime_ns)).encode()).hexdigest()
        try:
            with self._facts_file.open("rb") as fh:
                facts = _FactsUnpickler(fh).load()
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
            return
        if isinstance(facts, dict) and facts.get("key") == self._facts_key:
            self._values.update(facts["values"])
            self._held.update(facts["held"])
            self._coverage.update(facts["coverage"])
            self._derived.update(facts.get("derived", {}))

    def _save_facts(self) -> None:
        self._learned = False
        if self._facts_file is None:
            return
        facts = {"key": self._facts_key, "values": self._values, "held": self._held,
                 "coverage": self._coverage, "derived": self._derived}
        import threading  # here: only a process that learned something writes

        temp = self._facts_file.with_name(
            f"{self._facts_file.name}.{os.getpid()}.{threading.get_ident()}")
        try:
            self._facts_file.parent.mkdir(parents=True, exist_ok=True)
            temp.write_bytes(pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(temp, self._facts_file)  # readers see the old file or the new one
        except OSError:  # a read-only home or a full disk: the facts are only a shortcut
            temp.unlink(missing_ok=True)

    def remembered(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """A result computed from the store's figures (an event analysis, say), kept with
        the store's facts: the same releases give the same result, so a later process on
        the same store reads it instead of computing it again. ``key`` must name the code
        that computes it (a file's modification time, say) as well as its arguments."""
        if self._releases is None:
            self.releases  # noqa: B018 - loads the facts kept from earlier runs
        if key not in self._derived:
            self._derived[key] = compute()
            self._save_facts()
        return self._derived[key]

    def table_values(self, span: Span, dim: str) -> list[str]:
        key = (span.source, span.table, dim)
        if self._releases is None:
            self.releases  # noqa: B018 - loads the facts kept from earlier runs
        if key not in self._values:
            rows = self.store.con.execute(
                f"SELECT DISTINCT o.{dim} FROM observations o JOIN releases r USING "
                f"(release_id) WHERE r.source = ? AND o.table_id = ? AND o.{dim} IS NOT NULL "
                f"ORDER BY 1", [span.source, span.table]).fetchall()
            self._values[key] = [r[0] for r in rows]
            self._learned = True
        return self._values[key]

    def _match(self, span: Span, dim: str, wanted: list[str]) -> list[str] | None:
        """The table's values for what the user asked; None if any is absent."""
        from borderstats.nationality import to_iso  # here: a question with no filter needs none

        available = ([span.filters[dim]] if dim in span.filters
                     else self.table_values(span, dim))
        by_lower = {v.lower(): v for v in available}
        # Nationalities: CBP and OHSS tables hold names ('VENEZUELA'), the corridor tables
        # ISO-3 codes ('VEN'); any spelling the nationality table knows finds either.
        by_iso = ({iso: v for v in available if (iso := to_iso(v)) is not None}
                  if dim in NATIONALITY_DIMENSIONS else {})
        matched = []
        for raw in wanted:
            text = raw.strip().lower()
            text = VALUE_ALIASES.get(dim, {}).get(text, text).lower()
            if text in by_lower:
                matched.append(by_lower[text])
                continue
            if (iso := to_iso(raw)) in by_iso:
                matched.append(by_iso[iso])
                continue
            prefixed = [v for v in available if v.lower().startswith(text)]
            if len(prefixed) != 1:
                return None
            matched.append(prefixed[0])
        return matched

    def coverage(self, measure: Measure, as_of: dt.date | None = None) -> tuple[dt.date, dt.date]:
        """First and last month the measure's spans cover (annual spans count whole FYs)."""
        # (The spans' text, written once per tuple: checking a text asks this often.)
        known = self._spans_text.get(id(measure.spans))
        if known is None or known[0] is not measure.spans:
            if len(self._spans_text) > 1_000:  # tuples made for one question (a cut's)
                self._spans_text.clear()
            known = self._spans_text[id(measure.spans)] = (measure.spans, repr(measure.spans))
        key = (measure.id, known[1], as_of)
        if self._releases is None:
            self.releases  # noqa: B018 - loads the facts kept from earlier runs
        if key not in self._coverage:
            self._coverage[key] = self._coverage_of(measure, as_of)
            self._learned = True
        return self._coverage[key]

    def _monthly_coverage(self, measure: Measure, period: Period,
                          as_of: dt.date | None) -> str:
        """", month by month 1999-10..2025-08": what the monthly tables cover, for a period
        no annual table can answer (a month of 1986, where the annual series runs from
        FY1960). Empty when the monthly tables cover as much as the measure, or the period."""
        if period.kind in ("fiscal_year", "year"):
            return ""
        monthly = tuple(s for s in measure.spans if s.grain == "month")
        if not monthly or len(monthly) == len(measure.spans):
            return ""
        try:
            lo, hi = self.coverage(replace(measure, spans=monthly), as_of)
        except QueryError:
            return ""
        if lo <= period.start and period.end <= hi:
            return ""  # the months are there; something else refused them
        return f", month by month {lo:%Y-%m}..{hi:%Y-%m}"

    def _cut_coverage(self, measure: Measure, dims: list[str], where: dict[str, list[str]],
                      as_of: dt.date | None) -> str:
        """", and by sector 1999-10..2025-05": the months the tables that can make the cut
        asked for cover, which is what a user needs when the cut runs out before the
        measure does ("by sector" in June 2025). Empty when no cut was asked for."""
        cut = [d for d in dims if d not in TIME_DIMENSIONS] + list(where)
        able = tuple(s for s in measure.spans
                     if all(d in s.dimensions or d in s.filters for d in cut))
        if not cut or not able or len(able) == len(measure.spans):
            return ""
        try:
            lo, hi = self.coverage(replace(measure, spans=able), as_of)
        except QueryError:
            return ""
        return f", and by {', '.join(cut)} {lo:%Y-%m}..{hi:%Y-%m}"

    def _coverage_of(self, measure: Measure, as_of: dt.date | None) -> tuple[dt.date, dt.date]:
        firsts, lasts = [], []
        for span in measure.spans:
            month_expr, last_expr = {
                "month": ("o.month", "o.month"),
                "fiscal_year": ("make_date(o.fiscal_year - 1, 10, 1)",
                                "make_date(o.fiscal_year, 9, 1)"),
                "year": ("make_date(year(o.month), 1, 1)", "make_date(year(o.month), 12, 1)"),
            }[span.grain]
            lo, hi = self.store.con.execute(
                f"SELECT min({month_expr}), max({last_expr}) FROM observations o JOIN releases "
                "r USING (release_id) WHERE r.source = ? AND o.table_id = ? "
                "AND r.published <= CAST(? AS DATE)" + _fy_limits(span),
                [span.source, span.table, (as_of or dt.date.max).isoformat()]).fetchone()
            if lo is not None:
                firsts.append(lo)
                lasts.append(hi)
        if not firsts:
            raise QueryError(f"no release in the store covers {measure.id}"
                             + (f" as of {as_of}" if as_of else ""))
        return min(firsts), max(lasts)

    # -- the core ---------------------------------------------------------------------

    def other_official_figures(self, result: QueryResult) -> list[QueryResult]:
        """The same total as ``result`` from each other official source of its measure that
        covers the whole period, where it differs by more than publishers' rounding and
        revisions (0.5% or 50): two agencies' counts of one thing that disagree ("CBP's own
        table counts 14,855 family units in FY2013; OHSS, 12,930"), which a reader of
        either figure should know of."""
        if not result.complete:
            return []  # a total with months missing is no total to set beside another
        used = {p.source for p in result.provenance}
        period = parse_period(result.period)
        as_of = dt.date.fromisoformat(result.as_of) if result.as_of else None
        out = []
        for source in get_measure(result.measure).sources:
            if source in used:
                continue
            try:
                other = self.query(result.measure, period, where=result.filters, as_of=as_of,
                                   source=source)
            except QueryError:
                continue
            if other.complete and not any(p.compiler for p in other.provenance) and abs(
                    other.value - result.value) > max(50, 0.005 * result.value):
                out.append(other)
        return out

    def query(self, measure_id: str, period: Period | str, *, by: list[str] | None = None,
              where: dict[str, list[str]] | None = None, as_of: dt.date | None = None,
              source: str | None = None) -> QueryResult:
        """The total of a measure over a period, broken down ``by`` dimensions."""
        # Answers never change while the store is open, and texts ask the same
        # questions again and again: keep them.
        key = (measure_id, str(period) if isinstance(period, str) else
               (period.start, period.end, period.kind, period.label), tuple(by or ()),
               tuple(sorted((k, tuple(v)) for k, v in (where or {}).items())), as_of, source)
        cached = self._answers.get(key)
        if cached is None:
            cached = self._query(measure_id, period, by=by, where=where, as_of=as_of,
                                 source=source)
            if len(self._answers) > 20_000:
                self._answers.clear()
            self._answers[key] = cached
            if self._learned:
                self._save_facts()
        return cached.fresh_copy()

    def _query(self, measure_id: str, period: Period | str, *, by: list[str] | None,
               where: dict[str, list[str]] | None, as_of: dt.date | None,
               source: str | None) -> QueryResult:
        measure = get_measure(measure_id)
        period = parse_period(period) if isinstance(period, str) else period
        by = list(by or [])
        where = {k: list(v) for k, v in (where or {}).items()}
        time_dims = [d for d in by if d in TIME_DIMENSIONS]
        dims = [d for d in by if d not in TIME_DIMENSIONS]
        for d in [*by, *where]:
            if d not in TIME_DIMENSIONS and d not in DIMENSIONS:
                raise QueryError(f"unknown dimension {d!r}; known: "
                                 f"{', '.join((*TIME_DIMENSIONS, *DIMENSIONS))}")
            if d not in TIME_DIMENSIONS and d not in measure.dimensions:
                raise QueryError(f"measure {measure.id} cannot be cut by {d!r}; it can be cut "
                                 f"by: {', '.join((*TIME_DIMENSIONS, *measure.dimensions))}")
        if len(time_dims) > 1:
            raise QueryError(f"choose one time dimension, not {', '.join(time_dims)}")
        for d, values in where.items():
            # An empty filter would match nothing and print a total of 0 as if it were one.
            if not values or not all(v.strip() for v in values):
                raise QueryError(f"filter {d}={','.join(values)!r}: an empty value "
                                 "(give DIM=VALUE[,VALUE])")
        if source and source not in measure.sources:
            raise QueryError(f"measure {measure.id} is not answered by source {source!r}; its "
                             f"sources: {', '.join(measure.sources)}")
        grain = time_dims[0] if time_dims else None

        needed = set(period.month_starts())
        totals: dict[tuple, int] = defaultdict(int)
        months_in_key: dict[str, set[dt.date]] = defaultdict(set)
        pieces: list[SourcePiece] = []
        components: set[str] = set()
        skipped: list[str] = []
        cuts = set(measure.dimensions)
        for group in _groups(measure.spans):
            if not needed:
                break
            offers: list[_Offer] = []
            for span in group:
                if source and span.source != source:
                    continue
                offer = self._offer(span, period, needed, dims, grain, where, as_of, cuts)
                if isinstance(offer, str):
                    skipped.append(f"{span.source}/{span.table}: {offer}")
                else:
                    offers.append(offer)
            self._answer(offers, needed, dims, grain, totals, months_in_key, pieces,
                         components)

        caveats = self._unlabelled(measure, where, dims, period, needed, months_in_key)
        covered = set(period.month_starts()) - needed
        if not covered:
            lo, hi = self.coverage(measure, as_of)
            detail = f" ({'; '.join(skipped)})" if skipped else ""
            if caveats:
                detail += f". {' '.join(caveats)}"
            raise QueryError(
                f"no release in the store answers {measure.id} for {period.label}"
                f"{' with ' + _describe_filters(where) if where else ''}"
                f"{' by ' + ', '.join(dims) if dims else ''}"
                f"{f' as of {as_of}' if as_of else ''}; the measure covers "
                f"{lo:%Y-%m}..{hi:%Y-%m}{self._monthly_coverage(measure, period, as_of)}"
                f"{self._cut_coverage(measure, dims, where, as_of)}{detail}")
        rows = _rows(totals, grain, dims, months_in_key)
        caveats += self._mixed_categories(dims, pieces) + list(measure.caveats)
        return QueryResult(
            measure=measure.id, title=_title(measure, where, by, components),
            unit=measure.unit, period=period.label,
            start=f"{period.start:%Y-%m}", end=f"{period.end:%Y-%m}",
            value=sum(totals.values()), by=by, rows=rows if by else [],
            filters=where, as_of=as_of.isoformat() if as_of else None,
            complete=not needed, missing=[f"{m:%Y-%m}" for m in sorted(needed)],
            provenance=pieces, definition=measure.definition, caveats=caveats)

    def _unlabelled(self, measure: Measure, where: dict[str, list[str]], dims: list[str],
                    period: Period, needed: set[dt.date],
                    months_in_key: dict[str, set[dt.date]]) -> list[str]:
        """Notes for values the compilation stopped naming (see ``Unlabelled``). A filter
        on such a value has nothing to find from then on: those months go back to missing
        (the answer is incomplete and names them) instead of counting as zero."""
        notes = []
        for gap in measure.unlabelled:
            months = {m for m in period.month_starts() if m >= gap.start and m not in needed}
            if not months:
                continue
            spans = [s for s in measure.spans if gap.dimension in s.dimensions]
            asked = {v for span in spans
                     for v in (self._match(span, gap.dimension, where.get(gap.dimension, []))
                               or [])}
            if gap.stored_as in asked:
                continue  # the rows without the value are asked for: nothing is missing
            if not asked & set(gap.values):
                if gap.dimension in dims:
                    notes.append(gap.note)
                continue
            notes.append(gap.note)
            needed.update(months)
            for key in list(months_in_key):
                months_in_key[key] -= months
                if not months_in_key[key]:
                    del months_in_key[key]
        return notes

    def _mixed_categories(self, dims: list[str], pieces: list[SourcePiece]) -> list[str]:
        """Say so when a breakdown joins tables whose category lists differ."""
        notes = []
        spans = {(p.source, p.table): p for p in pieces}
        for dim in dims:
            sizes = {f"{s}/{t}": len(self.table_values(Span(s, t), dim)) for s, t in spans}
            if len(set(sizes.values())) > 1:
                listed = "; ".join(f"{k}: {v} values" for k, v in sizes.items())
                notes.append(f"The breakdown by {dim} joins tables with different category "
                             f"lists ({listed}), so a catch-all such as OTHER does not cover "
                             "the same categories in each period.")
        return notes

    def _offer(self, span: Span, period: Period, needed: set[dt.date], dims: list[str],
               grain: str | None, where: dict[str, list[str]],
               as_of: dt.date | None, cuts: set[str]) -> _Offer | str:
        """What this span can answer of ``needed``, release by release; or why it cannot.
        ``cuts`` are the dimensions the measure can be cut by: a span fixed to one value of
        such a dimension (a table of family units alone) answers only a question asking for
        that value, never one about the whole."""
        unit_kind = _UNITS[span.grain]
        part = sorted(d for d in span.filters if d in cuts and d not in where)
        if part:
            return f"holds only {part[0]} {span.filters[part[0]]}"
        if grain and grain not in unit_kind.grains:
            return f"{unit_kind.name} figures cannot be cut by {grain}"
        if not span.supports(set(dims)):
            return f"cannot be cut by {', '.join(sorted(set(dims) - set(span.dimensions)))}"
        filters: dict[str, list[str]] = {k: [v] for k, v in span.filters.items()}
        for dim, wanted in where.items():
            if dim not in span.filters and dim not in span.dimensions:
                return f"cannot be filtered by {dim}"
            matched = self._match(span, dim, wanted)
            if matched is None:
                if dim in span.filters:
                    return f"{dim} is fixed to {span.filters[dim]}"
                values = self.table_values(span, dim)
                # (Name only the values absent: "MEX,XYZ" lacks XYZ, not Mexico.)
                absent = [w for w in wanted if self._match(span, dim, [w]) is None] or wanted
                return (f"no {dim} value {', '.join(absent)!r} (values: "
                        f"{', '.join(values[:30])}{' …' if len(values) > 30 else ''})")
            filters[dim] = matched

        # A month is a unit of its own: those still needed are the candidates (a rank's
        # series needs some 300 of them, and each unit's months are checked below).
        pool = needed if unit_kind.name == "monthly" else unit_kind.units(period)
        units = {u for u in pool if _within(span, u)
                 and all(m in needed for m in unit_kind.months(u))}
        if not units:
            return "does not cover the period"
        # The newest release (published by the as-of date) holding each unit.
        limit = as_of or dt.date.max
        candidates: dict[Any, list[tuple]] = {}
        for unit, held in self._holdings(span).items():
            if unit in units:
                usable = [h for h in held if h[1] <= limit]
                if usable:
                    candidates[unit] = usable
        if not candidates:
            return ("no release published by then covers the period" if as_of
                    else "no release covers the period")
        return _Offer(span, filters, {u: max(c) for u, c in candidates.items()})

    def _holdings(self, span: Span) -> dict[Any, list[tuple[bool, dt.date, dt.date, int]]]:
        """Which releases hold each unit (month, fiscal or calendar year) of a span's table:
        unit -> [(official, published, data_end, release id)]. Read once per table."""
        key = (span.source, span.table, span.grain)
        if key not in self._held:
            unit_kind = _UNITS[span.grain]
            present = "o.month IS NULL" if span.grain == "fiscal_year" else "o.month IS NOT NULL"
            ids = [rid for rid, r in self.releases.items() if r["source"] == span.source]
            held: dict[Any, list] = defaultdict(list)
            if ids:
                rows = self.store.con.execute(
                    f"SELECT DISTINCT o.release_id, {unit_kind.expr} FROM observations o "
                    f"WHERE o.table_id = ? AND {present} AND o.release_id IN "
                    f"({', '.join('?' * len(ids))})", [span.table, *ids]).fetchall()
                for rid, unit in rows:
                    rel = self.releases[rid]
                    held[unit].append((rel["compiler"] is None, rel["published"],
                                       rel["data_end"], rid))
            self._held[key] = dict(held)
            self._learned = True
        return self._held[key]

    def _answer(self, offers: list[_Offer], needed: set[dt.date], dims: list[str],
                grain: str | None, totals: dict[tuple, int],
                months_in_key: dict[str, set[dt.date]], pieces: list[SourcePiece],
                components: set[str]) -> None:
        """Give each unit to the offer with the newest official release (a third-party
        compilation only where no official one holds the unit; earlier spans win ties),
        add up its rows, and record where they came from."""
        best: dict[Any, tuple] = {}
        for index, offer in enumerate(offers):
            # A breakdown by nationality comes from the table that names the most of them
            # (CBP's Southwest file has five groups; its nationwide tables name every
            # country), even a compilation of the official files; otherwise newest wins.
            finer = sum(len(self.table_values(offer.span, d)) for d in dims
                        if d in NATIONALITY_DIMENSIONS and d not in offer.span.filters)
            for unit, (official, published, data_end, rid) in offer.units.items():
                rank = (finer, official, published, data_end, -index)
                if unit not in best or rank > best[unit][0]:
                    best[unit] = (rank, index, rid)
        chosen: dict[tuple[int, int], list] = defaultdict(list)  # (offer, release) -> units
        for unit, (_, index, rid) in best.items():
            chosen[(index, rid)].append(unit)
        for (index, rid), units in sorted(chosen.items()):
            offer = offers[index]
            span = offer.span
            unit_kind = _UNITS[span.grain]
            rows = self._rows(rid, span, offer.filters, dims)
            for unit in units:
                key_time = unit_kind.key(unit, grain) if grain else None
                for *dim_values, component, value in rows.get(unit, ()):
                    totals[(key_time, *dim_values)] += int(value)
                    if component is not None and value:
                        components.add(component)
            for unit in units:
                months = unit_kind.months(unit)
                needed.difference_update(months)
                if grain:
                    months_in_key[unit_kind.key(unit, grain)].update(months)
            rel = self.releases[rid]
            first, last = min(units), max(units)
            fmt = unit_kind.label
            pieces.append(SourcePiece(
                source=span.source, publisher=rel["publisher"], compiler=rel["compiler"],
                release_id=rid, file_name=rel["file_name"], release_title=rel["title"],
                published=rel["published"].isoformat(),
                published_estimated=rel["published_estimated"],
                official_url=rel["official_url"], sha256=rel["sha256"], table=span.table,
                filters=offer.filters, first=fmt(first), last=fmt(last),
                periods=len(units), grain=span.grain, rounding=rel["rounding"]))

    def _rows(self, rid: int, span: Span, filters: dict[str, list[str]],
              dims: list[str]) -> dict[Any, list[tuple]]:
        """One release's rows of a span's table under these filters, summed by unit,
        ``dims`` and component, every unit of it, by unit. A text asks for many periods of a few
        series: one statement per series, kept while the store is open, rather than one
        per question (some 2 ms each, most of a first check's time)."""
        key = (rid, span.table, span.grain, tuple(dims),
               tuple(sorted((d, tuple(v)) for d, v in filters.items())))
        rows = self._series.get(key)
        if rows is None:
            unit_kind = _UNITS[span.grain]
            conditions = ["o.release_id = ?", "o.table_id = ?",
                          "o.month IS NOT NULL" if span.grain == "month"
                          else unit_kind.filter]
            params: list[Any] = [rid, span.table]
            for dim, values in filters.items():
                conditions.append(f"o.{dim} IN ({', '.join('?' * len(values))})")
                params += values
            # The component of each row summed too: a filter such as sector=Tucson keeps
            # only Border Patrol rows, and the answer's title must say so.
            sql = (f"SELECT {unit_kind.expr}{''.join(f', o.{d}' for d in dims)}, "
                   f"o.component, sum(o.value) FROM observations o WHERE "
                   f"{' AND '.join(conditions)} GROUP BY ALL")
            by_unit: dict[Any, list[tuple]] = defaultdict(list)
            for unit, *rest in self.store.con.execute(sql, params).fetchall():
                by_unit[unit].append(tuple(rest))
            rows = dict(by_unit)
            if len(self._series) > 5_000:
                self._series.clear()
            self._series[key] = rows
        return rows

    # -- built on query ---------------------------------------------------------------

    def rank(self, measure_id: str, period: Period | str, *,
             where: dict[str, list[str]] | None = None, as_of: dt.date | None = None,
             since: Period | str | None = None, among: str = "same",
             order: str = "highest") -> RankResult:
        """Where a month, fiscal year or calendar year stands among its like: a month
        among the same month of every year (``among="same"``) or among all months
        (``among="all"``), ranked from the highest (``order="highest"``) or the lowest;
        with the last earlier period that was higher and lower ("the highest since")."""
        if among not in RANK_AMONG:
            raise QueryError(f"--among {among!r}: expected one of {', '.join(RANK_AMONG)}")
        if order not in RANK_ORDERS:
            raise QueryError(f"rank order {order!r}: expected one of {', '.join(RANK_ORDERS)}")
        measure = get_measure(measure_id)
        period = parse_period(period) if isinstance(period, str) else period
        if period.kind == "range":
            raise QueryError("rank takes one month, fiscal year or calendar year, not a range")
        lo, hi = self.coverage(measure, as_of)
        if since is not None:
            since = parse_period(since) if isinstance(since, str) else since
            lo = max(lo, since.start)
        if not lo <= period.start <= hi:
            raise QueryError(f"{period.label} is outside what {measure.id} covers "
                             f"({lo:%Y-%m}..{hi:%Y-%m})")
        grain = period.kind
        # Widen the window to whole years of the grain, so every entry is comparable.
        window = Period.span(lo, hi)
        series_result = self.query(measure.id, window, by=[grain], where=where, as_of=as_of)
        entries = [r for r in series_result.rows if r["complete"]]
        same_month = grain == "month" and among == "same"
        if same_month:
            entries = [r for r in entries if r[grain][5:] == f"{period.start.month:02d}"]
        held = [r[grain] for r in entries]
        left_out = sorted(r[grain] for r in series_result.rows if not r["complete"] and (
            not same_month or r[grain][5:] == f"{period.start.month:02d}") and held and
            held[0] < r[grain] < held[-1])
        target = next((r for r in series_result.rows if r[grain] == period.label), None)
        if target is None or not target["complete"]:
            raise QueryError(f"{period.label} is not fully covered by {measure.id}"
                             + (f" as of {as_of}" if as_of else ""))
        entries.sort(key=lambda r: r[grain])
        high = order == "highest"

        def ahead(subset: list[dict[str, Any]]) -> int:
            """How many entries rank above the target (ties share a rank)."""
            return sum(1 for r in subset if (r["value"] > target["value"] if high
                                             else r["value"] < target["value"]))

        ordered = sorted(entries, key=lambda r: -r["value"] if high else r["value"])
        rank = 1 + ahead(entries)
        like = {"month": _plural_month(period.start) if same_month else "months",
                "fiscal_year": "fiscal years", "year": "calendar years"}[grain]
        windows = [{"window": label, "first": subset[0][grain], "last": subset[-1][grain],
                    "rank": 1 + ahead(subset), "of": len(subset)}
                   for label, subset in rank_windows(entries, lambda r: r[grain],
                                                     period.start, through_target=True)]
        by_value = sorted(entries, key=lambda r: -r["value"])
        earlier = [r for r in entries if r[grain] < period.label]
        return RankResult(
            measure=measure.id, title=measure.title, period=period.label,
            value=target["value"], rank=rank, of=len(entries),
            among=f"{like} {entries[0][grain]}–{entries[-1][grain]}",
            higher=[_entry(r, grain) for r in by_value if r["value"] > target["value"]],
            record_high=_entry(by_value[0], grain), record_low=_entry(by_value[-1], grain),
            windows=windows, series=[_entry(r, grain) for r in entries],
            as_of=as_of.isoformat() if as_of else None, filters=series_result.filters,
            provenance=series_result.provenance, caveats=list(measure.caveats),
            order=order, compared_with=like,
            ahead=[_entry(r, grain) for r in ordered[:rank - 1]],
            last_higher=next((_entry(r, grain) for r in reversed(earlier)
                              if r["value"] > target["value"]), None),
            last_lower=next((_entry(r, grain) for r in reversed(earlier)
                             if r["value"] < target["value"]), None),
            first_compared=entries[0][grain], left_out=left_out)

    def revisions(self, measure_id: str, period: Period | str, *,
                  where: dict[str, list[str]] | None = None) -> RevisionsResult:
        """The figure for ``period`` as published at each date a release of the measure's
        sources came out — the figure anyone asking ``--as-of`` that date got — keeping
        the dates where the releases answering it changed."""
        measure = get_measure(measure_id)
        period = parse_period(period) if isinstance(period, str) else period
        dates = sorted({r["published"] for r in self.releases.values()
                        if r["source"] in measure.sources})
        vintages: list[dict[str, Any]] = []
        answered_by: tuple[int, ...] | None = None
        for published in dates:
            try:
                answer = self.query(measure.id, period, where=where, as_of=published)
            except QueryError:  # nothing published yet covers the period
                continue
            releases = tuple(sorted(p.release_id for p in answer.provenance))
            if releases == answered_by:
                continue
            answered_by = releases
            before = vintages[-1]["value"] if vintages else None
            vintages.append({
                "published": published.isoformat(), "value": answer.value,
                "complete": answer.complete, "missing": answer.missing,
                "difference": None if before is None else answer.value - before,
                "percent_change": (round((answer.value - before) / before * 100, 3)
                                   if before else None),
                "source": "; ".join(p.describe() for p in answer.provenance),
                "provenance": _pieces(answer.provenance)})
        if not vintages:
            raise QueryError(f"no release in the store answers {measure.id} for {period.label}")
        return RevisionsResult(
            measure=measure.id, title=measure.title, period=period.label,
            filters=dict(where or {}), unit=measure.unit, vintages=vintages,
            caveats=[REVISION_NOTE, *measure.caveats])

    def change(self, measure_id: str, before: Period | str, after: Period | str, *,
               where: dict[str, list[str]] | None = None, as_of: dt.date | None = None,
               source: str | None = None) -> ChangeResult:
        """The difference, percentage change and ratio between two periods."""
        measure = get_measure(measure_id)
        first = self.query(measure_id, before, where=where, as_of=as_of, source=source)
        second = self.query(measure_id, after, where=where, as_of=as_of, source=source)
        caveats = list(measure.caveats)
        for r in (first, second):
            if not r.complete:
                caveats.insert(0, f"{r.period} is only partly covered (missing "
                                  f"{', '.join(r.missing[:3])}{'…' if len(r.missing) > 3 else ''})")
        before_p, after_p = parse_period(first.period), parse_period(second.period)
        if before_p.months != after_p.months:
            caveats.insert(0, f"the periods differ in length ({before_p.months} vs "
                              f"{after_p.months} months)")
        pct = (second.value - first.value) / first.value * 100 if first.value else None
        ratio = second.value / first.value if first.value else None
        return ChangeResult(measure=measure.id, title=measure.title, before=first,
                            after=second, difference=second.value - first.value,
                            percent_change=pct, ratio=ratio, caveats=caveats)


class _FactsUnpickler(pickle.Unpickler):
    """Facts hold only builtins and dates: nothing else is loaded from the cache file."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("datetime", "date"):
            return dt.date
        raise pickle.UnpicklingError(f"{module}.{name} is not a fact")


@dataclass(frozen=True)
class _UnitKind:
    """How a span's grain maps to units of data: months, fiscal years or calendar years.
    Annual tables hold only annual rows: fiscal-year rows have no month; calendar-year
    rows are stamped with January of their year."""

    name: str
    expr: str
    filter: str
    grains: tuple[str, ...]  # the time breakdowns its units can feed

    def units(self, period: Period) -> set:
        if self.name == "monthly":
            return set(period.month_starts())
        if self.name == "fiscal-year":
            return set(period.fiscal_years())
        return set(range(period.start.year, period.end.year + 1))

    def months(self, unit: Any) -> list[dt.date]:
        if self.name == "monthly":
            return [unit]
        if self.name == "fiscal-year":
            return list(Period.fiscal_year(unit).month_starts())
        return list(Period.year(unit).month_starts())

    def key(self, unit: Any, grain: str) -> str:
        if self.name == "monthly":
            return grain_key(unit, grain)
        return f"FY{unit}" if self.name == "fiscal-year" else str(unit)

    def label(self, unit: Any) -> str:
        if self.name == "monthly":
            return f"{unit:%Y-%m}"
        return f"FY{unit}" if self.name == "fiscal-year" else str(unit)


_UNITS = {
    "month": _UnitKind("monthly", "o.month", "o.month BETWEEN ? AND ?",
                       ("month", "year", "fiscal_year")),
    "fiscal_year": _UnitKind("fiscal-year", "o.fiscal_year", "o.month IS NULL",
                             ("fiscal_year",)),
    "year": _UnitKind("calendar-year", "year(o.month)", "o.month IS NOT NULL", ("year",)),
}


@dataclass(frozen=True)
class _Offer:
    """A span's answer for a query: the newest release holding each unit it can answer."""

    span: Span
    filters: dict[str, list[str]]
    # unit -> (official, published, data_end, release id) of the newest release holding it
    units: dict[Any, tuple[bool, dt.date, dt.date, int]]


def _groups(spans: tuple[Span, ...]) -> list[list[Span]]:
    """Spans in catalog order, those sharing a revision group together."""
    groups: dict[str, list[Span]] = {}
    for index, span in enumerate(spans):
        groups.setdefault(span.group or f"#{index}", []).append(span)
    return list(groups.values())


def _within(span: Span, unit: dt.date | int) -> bool:
    # Fiscal-year limits; a calendar-year unit counts as the fiscal year it ends in.
    fy = unit if isinstance(unit, int) else fiscal_year_of(unit)
    return (span.fy_from is None or fy >= span.fy_from) and (span.fy_to is None
                                                             or fy <= span.fy_to)


def _fy_limits(span: Span) -> str:
    sql = ""
    if span.fy_from is not None:
        sql += f" AND o.fiscal_year >= {int(span.fy_from)}"
    if span.fy_to is not None:
        sql += f" AND o.fiscal_year <= {int(span.fy_to)}"
    return sql


def _rows(totals: dict[tuple, int], grain: str | None, dims: list[str],
          months_in_key: dict[str, set[dt.date]]) -> list[dict[str, Any]]:
    rows = []
    for key, value in totals.items():
        time_key, *dim_values = key
        row: dict[str, Any] = {}
        if grain:
            row[grain] = time_key
            row["complete"] = len(months_in_key[time_key]) == _key_period(time_key).months
        row.update(zip(dims, dim_values, strict=True))
        for dim in ("citizenship", "returned_from"):
            if dim in dims:
                row[f"{dim}_name"] = _country_name(row[dim])
        row["value"] = value
        rows.append(row)
    present = {r[grain] for r in rows} if grain else set()
    for time_key in months_in_key:  # periods covered but with no matching rows are zeros
        if grain and time_key not in present and not dims:
            rows.append({grain: time_key, "complete": len(months_in_key[time_key])
                         == _key_period(time_key).months, "value": 0})
    # Equal values are ordered by their labels, so a breakdown prints the same every time.
    if grain:
        rows.sort(key=lambda r: (_key_start(r[grain]), -r["value"], _labels(r, dims)))
    else:
        rows.sort(key=lambda r: (-r["value"], _labels(r, dims)))
    return rows


def _labels(row: dict[str, Any], dims: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(str(row.get(d, "")) for d in dims)


# The label of the row that gathers the categories below the top N.
ALL_OTHERS = "all others"
SORTS = ("value", "-value", "name")


def shape_rows(rows: list[dict[str, Any]], by: list[str], *, share: bool = False,
               sort: str | None = None, top: int | None = None) -> list[dict[str, Any]]:
    """A breakdown's rows with ``share`` (percent of the total) and, when nested,
    ``share_of_parent`` (percent of the first ``by`` dimension's row: of the period, for
    ``--by fiscal_year --by citizenship``); sorted by ``value`` (ascending), ``-value``
    (largest first) or ``name`` within each parent; cut to the ``top`` largest categories
    of each parent, the rest summed as "all others". A file's catch-all (OTHER) is not a
    category to rank: it goes into "all others"."""
    if sort is not None and sort not in SORTS:
        raise QueryError(f"--sort {sort!r}: expected one of {', '.join(SORTS)}")
    if top is not None and top < 1:
        raise QueryError(f"--top {top}: expected a number of categories, 1 or more")
    leaf = by[-1]
    parent = by[0] if len(by) > 1 else None
    groups: dict[Any, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row[parent] if parent else None, []).append(dict(row))
    total = sum(r["value"] for r in rows)
    out: list[dict[str, Any]] = []
    for members in groups.values():
        if top is not None:
            ranked = sorted((r for r in members if r[leaf] != "OTHER"),
                            key=lambda r: -r["value"])
            rest = ranked[top:] + [r for r in members if r[leaf] == "OTHER"]
            members = ranked[:top]
            if rest:
                others: dict[str, Any] = {parent: rest[0][parent]} if parent else {}
                others.update({d: ALL_OTHERS for d in by[1:] if d != parent})
                others[leaf] = ALL_OTHERS
                if f"{leaf}_name" in rest[0]:
                    named = sum(1 for r in rest if r[leaf] != "OTHER")
                    catch_all = " and Other" if named < len(rest) else ""
                    others[f"{leaf}_name"] = f"All others ({named} named{catch_all})"
                if "complete" in rest[0]:
                    others["complete"] = all(r.get("complete", True) for r in rest)
                others["value"] = sum(r["value"] for r in rest)
                members.append(others)
        parent_total = sum(r["value"] for r in members)
        if share:
            for row in members:
                row["share"] = round(100 * row["value"] / total, 2) if total else None
                if parent:
                    row["share_of_parent"] = (round(100 * row["value"] / parent_total, 2)
                                              if parent_total else None)
        if sort == "name":
            members.sort(key=lambda r: (r[leaf] == ALL_OTHERS,
                                        str(r.get(f"{leaf}_name") or r[leaf]).lower()))
        elif sort is not None:
            sign = -1 if sort == "-value" else 1
            members.sort(key=lambda r: (r[leaf] == ALL_OTHERS, sign * r["value"]))
        out += members
    return out


REVISION_NOTE = ("Each vintage is what the releases published by that date answer, as "
                 "'--as-of DATE' gives it; publication dates marked '~' in the sources are "
                 "estimated from the file (its last month plus the usual lag).")

RANK_AMONG = ("same", "all")  # a month among the same month of each year, or all months
RANK_ORDERS = ("highest", "lowest")

RANK_WINDOWS: tuple[tuple[str, int | None], ...] = (
    ("all years covered", None), ("last 20 years", 20), ("last 10 years", 10),
    ("last 5 years", 5))


def rank_windows(entries: list[dict[str, Any]], period_of: Any, target: dt.date, *,
                 through_target: bool = False) -> list[tuple[str, list[dict[str, Any]]]]:
    """The comparable entries in each standard window (all years covered, the last 20, 10
    and 5 years); a window holding everything is left out. With ``through_target`` the
    last-N-years windows end at ``target``, so "the last 20 years" of June 2021 is
    2002–2021, not 2002 to the newest June held."""
    out = []
    first = min((_key_start(period_of(e)) for e in entries), default=target)
    for label, years in RANK_WINDOWS:
        bound = add_months(target, -12 * years) if years is not None else first
        subset = entries if years is None else [
            e for e in entries if bound
            < _key_start(period_of(e)) <= (target if through_target else dt.date.max)]
        # (A window the series does not reach back through is no "last N years": for
        # December 2018, first of a series from 2018, it would hold that month alone.)
        if subset and (years is None or len(subset) < len(entries) and first <= bound):
            out.append((label, subset))
    return out


# What each component is called where a title says which were summed.
COMPONENT_NAMES = {"USBP": "Border Patrol", "OFO": "Office of Field Operations"}


def _title(measure: Measure, where: dict[str, list[str]], by: list[str],
           components: set[str]) -> str:
    """The measure's title, narrowed when the rows summed hold fewer components than the
    measure spans: a sector filter on all CBP encounters sums Border Patrol rows only."""
    if ("component" not in measure.dimensions or "component" in where or "component" in by
            or len(components) != 1
            or all("component" in s.filters for s in measure.spans)):
        return measure.title
    only = f"{COMPONENT_NAMES.get(next(iter(components)), next(iter(components)))} only"
    if "all components" in measure.title:
        return measure.title.replace("all components", only)
    return f"{measure.title} ({only})"


def _pieces(provenance: list[SourcePiece]) -> list[dict[str, Any]]:
    """Source pieces as plain dicts, each with its one-line description."""
    return [{**asdict(p), "description": p.describe()} for p in provenance]


def _command(verb: str, measure: str, options: list[tuple[str, str | None]]) -> str:
    import shlex

    words = ["borderstats", verb, measure]
    for option, value in options:
        if value is not None:
            words += [option, value]
        elif option == "--lowest":  # a flag
            words.append(option)
    return shlex.join(words)


def _plural_month(day: dt.date) -> str:
    """"Januaries", "Marches", "Mays": the rank command's English."""
    name = f"{day:%B}"
    return name[:-1] + "ies" if name.endswith("ary") else name + (
        "es" if name.endswith("ch") else "s")


def _country_name(code: str | None) -> str | None:
    from borderstats.nationality import name

    try:
        return name(code) if code else None
    except KeyError:
        return code


def _key_start(key: str) -> dt.date:
    return _key_period(key).start


@cache
def _key_period(key: str) -> Period:
    """The period a row's time key names; a rank's series asks for each of some 300 months
    several times, and a Period never changes."""
    return parse_period(key)


def _entry(row: dict[str, Any], grain: str) -> dict[str, Any]:
    return {"period": row[grain], "value": row["value"]}


def _describe_filters(where: dict[str, list[str]]) -> str:
    return ", ".join(f"{k}={'|'.join(v)}" for k, v in where.items())


def parse_where(items: list[str]) -> dict[str, list[str]]:
    """['citizenship=MEXICO,GUATEMALA', 'component=USBP'] → a filter mapping. A piece with
    its own "=" after a comma starts another filter ('citizenship=TUR,sector=El Paso'), as a
    user who lists two filters in one option means; no value holds an "="."""
    where: dict[str, list[str]] = {}
    for item in items:
        if "=" not in item or not item.partition("=")[0].strip():
            raise QueryError(f"filter {item!r} is not DIM=VALUE")
        dim = ""
        for piece in item.split(","):
            name, sep, value = piece.partition("=")
            if sep:
                dim = name.strip()
                if not dim:
                    raise QueryError(f"filter {item!r}: {piece.strip()!r} has no DIM before "
                                     "its '=' (give DIM=VALUE[,VALUE])")
            else:
                value = name
            if not value.strip():
                raise QueryError(f"filter {item!r}: an empty value for {dim} "
                                 "(give DIM=VALUE[,VALUE])")
            if dim.endswith("!") or value.strip().startswith("!"):
                # "citizenship!=MEX" would otherwise read as Mexicans once the value is
                # normalised: say so rather than answer another question.
                base = dim.rstrip("!").strip()
                raise QueryError(f"filter {item!r}: leaving a value out is not supported; "
                                 f"query the whole and the value ({base}="
                                 f"{value.strip().lstrip('!')}) and subtract")
            where.setdefault(dim, []).append(value.strip())
    return where
