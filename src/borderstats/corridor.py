"""The corridor view: one period along the route north — Darién transits (Panama) → people
presented to Mexico's migration authority → encounters at the US Southwest border — each
stage with its value and provenance, by nationality on request, and the ratios between
consecutive stages with the caveats that make them rough.

Every figure comes from :meth:`Engine.query` on a catalog measure, so a stage's total is
exactly what ``borderstats query <measure> <period>`` answers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from borderstats.errors import QueryError
from borderstats.frames import FigureTable, to_dataframe
from borderstats.metrics import Span
from borderstats.nationality import OTHER, name
from borderstats.periods import Period, parse_period
from borderstats.query import Engine, SourcePiece


@dataclass(frozen=True)
class StageSpec:
    key: str
    title: str
    country: str          # ISO-3 of the country that counts
    measure: str
    counts: str           # what one unit is
    part_of: str | None = None  # a detail of another stage, outside the chain of ratios


STAGES: tuple[StageSpec, ...] = (
    StageSpec("darien", "Darién irregular transits (Panama SNM)", "PAN", "darien_transits",
              "people registered entering Panama through the Darién (transits)"),
    StageSpec("mexico", "Foreigners presented to Mexico's INM or channelled to the DIF",
              "MEX", "mx_irregular_migrants",
              "events of foreigners presented to the migration authority (detentions)"),
    StageSpec("us_swb", "US Southwest border encounters (CBP: Border Patrol and ports of "
              "entry)", "USA", "swb_encounters",
              "encounters: apprehensions, inadmissibles at ports of entry, expulsions"),
    StageSpec("us_swb_usbp", "of which Border Patrol, between ports of entry", "USA",
              "usbp_swb_encounters", "Border Patrol apprehensions and expulsions",
              part_of="us_swb"),
)

CAVEATS = [
    "The stages count different things: the Darién counts people registered entering "
    "Panama (transits), Mexico counts events of foreigners presented to its migration "
    "authority (detentions), the US counts encounters (Border Patrol apprehensions, "
    "inadmissibles at ports of entry, Title 42 expulsions). A ratio between stages is not "
    "the share of the same people who went on.",
    "Each stage counts events: someone stopped twice counts twice (repeat crossings were "
    "common under Title 42, March 2020 – May 2023), while people who pass undetected "
    "(got-aways in the US, those Mexico never stops) are not counted at all.",
    "The journey takes weeks: people counted in the Darién in one month reach Mexico's "
    "checkpoints and the US border in later months, so the stages of one month are "
    "different people; over a year the lag matters less.",
    "Routes skip stages: Mexicans and most Central Americans never cross the Darién; many "
    "people fly to Mexico or Central America; some enter the US at ports of entry (CBP One "
    "appointments, from 2023) after crossing Mexico unstopped. Mexico's figure can "
    "exceed the Darién's and the US figure can exceed Mexico's.",
    "The Darién and Mexico series are third-party compilations by IOM of the official "
    "tables (Panama SNM, Mexico UPM); check a figure against the publisher before quoting "
    "it.",
]

# Nationalities for which a Darién → Mexico ratio says nothing: they travel north without
# crossing the Darién.
NOT_VIA_DARIEN = ("MEX", "GTM", "HND", "SLV", "NIC", "BLZ", "CRI", "PAN")


@dataclass
class Stage:
    key: str
    title: str
    country: str
    measure: str
    counts: str
    part_of: str | None
    value: int | None
    complete: bool
    missing: list[str]
    provenance: list[SourcePiece]
    caveats: list[str] = field(default_factory=list)
    error: str | None = None
    # by nationality (ISO-3 → value); None = the stage's files do not name it separately
    nationalities: dict[str, int | None] | None = None
    nationality_total: int | None = None
    nationality_source: str | None = None


@dataclass
class Ratio:
    numerator: str    # later stage key
    denominator: str  # earlier stage key
    value: float | None
    caveats: list[str]
    by_nationality: dict[str, float] = field(default_factory=dict)


@dataclass
class CorridorResult:
    period: str
    start: str
    end: str
    as_of: str | None
    stages: list[Stage]
    ratios: list[Ratio]
    nationalities: list[dict[str, Any]]
    caveats: list[str]

    def stage(self, key: str) -> Stage:
        return next(s for s in self.stages if s.key == key)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def figure_table(self) -> FigureTable:
        """One row per stage (its value, and its ratio to the stage before); by
        nationality, one row per nationality with its value at each stage."""
        provenance = [{**asdict(p), "description": f"{s.key}: {p.describe()}"}
                      for s in self.stages for p in s.provenance]
        sources = {s.key: "; ".join(p.describe() for p in s.provenance) for s in self.stages}
        ratios = {r.numerator: r.value for r in self.ratios}
        if self.nationalities:
            columns = list(self.nationalities[0])
            rows = [{"period": self.period, **row} for row in self.nationalities]
            columns = ["period", *columns]
        else:
            columns = ["period", "stage", "title", "measure", "value", "complete",
                       "vs_stage_before", "source"]
            rows = [{"period": self.period, "stage": s.key, "title": s.title,
                     "measure": s.measure, "value": s.value, "complete": s.complete,
                     "vs_stage_before": ratios.get(s.key), "source": sources[s.key]}
                    for s in self.stages]
        command = f"borderstats corridor --period {self.period}" + (
            " --by nationality" if self.nationalities else "") + (
            f" --as-of {self.as_of}" if self.as_of else "")
        return FigureTable(
            title=f"The corridor, {self.period}: Darién → Mexico → US Southwest border",
            columns=columns, rows=rows,
            about={"period": self.period, "as_of": self.as_of,
                   "stages": "; ".join(f"{s.key}: {s.title} ({s.measure})"
                                       for s in self.stages),
                   "query": command},
            provenance=provenance, caveats=list(self.caveats))

    def to_pandas(self) -> Any:
        """The stages (or the nationalities) as a pandas DataFrame; provenance in
        ``.attrs``."""
        return to_dataframe(self.figure_table())


def corridor(engine: Engine, period: Period | str, by_nationality: bool = False,
             as_of: dt.date | None = None) -> CorridorResult:
    """The corridor for a month, year or any other period (see :func:`parse_period`)."""
    period = parse_period(period) if isinstance(period, str) else period
    stages = [_stage(engine, spec, period, by_nationality, as_of) for spec in STAGES]
    if all(s.value is None for s in stages):
        raise QueryError(f"no stage of the corridor has data for {period.label}: "
                         + "; ".join(s.error or "" for s in stages))
    chain = [s for s in stages if s.part_of is None]
    ratios = [_ratio(before, after) for before, after in zip(chain, chain[1:], strict=False)]
    caveats = list(CAVEATS)
    for s in stages:
        if s.value is not None and not s.complete:
            caveats.insert(0, f"{s.title}: only part of {period.label} is covered (missing "
                              f"{', '.join(s.missing[:3])}{'…' if len(s.missing) > 3 else ''})")
    table = _nationality_table(stages, ratios) if by_nationality else []
    return CorridorResult(period=period.label, start=f"{period.start:%Y-%m}",
                          end=f"{period.end:%Y-%m}",
                          as_of=as_of.isoformat() if as_of else None, stages=stages,
                          ratios=ratios, nationalities=table, caveats=caveats)


def _stage(engine: Engine, spec: StageSpec, period: Period, by_nationality: bool,
           as_of: dt.date | None) -> Stage:
    stage = Stage(spec.key, spec.title, spec.country, spec.measure, spec.counts,
                  spec.part_of, None, False, [], [])
    try:
        total = engine.query(spec.measure, period, as_of=as_of)
    except QueryError as exc:
        stage.error = str(exc)
        return stage
    stage.value, stage.complete, stage.missing = total.value, total.complete, total.missing
    stage.provenance = total.provenance
    stage.caveats = list(total.caveats)
    if by_nationality:
        _nationalities(engine, stage, period, as_of)
    return stage


def _nationalities(engine: Engine, stage: Stage, period: Period,
                   as_of: dt.date | None) -> None:
    """The stage by ISO-3 nationality, and which file gave the detail."""
    try:
        by = engine.query(stage.measure, period, by=["citizenship"], as_of=as_of)
    except QueryError as exc:
        stage.nationality_source = f"no nationality detail for {period.label}: {exc}"
        return
    values: dict[str, int] = {}
    for row in by.rows:  # every source stores ISO codes (borderstats.nationality)
        iso = row["citizenship"] or OTHER
        values[iso] = values.get(iso, 0) + row["value"]
    # Which codes each answering table names at all: a code it never names is hidden in
    # its catch-all (CBP's Southwest file names four countries), not zero.
    named_per_piece = [_named(engine, p) for p in by.provenance]
    named_everywhere = set.intersection(*named_per_piece) if named_per_piece else set()
    named_somewhere = set.union(*named_per_piece) if named_per_piece else set()
    out: dict[str, int | None] = {}
    for iso in sorted(named_somewhere | set(values)):
        out[iso] = values.get(iso, 0)
    stage.nationalities = out
    stage.nationality_total = by.value
    partial = sorted(named_somewhere - named_everywhere)
    if partial:
        stage.caveats.insert(0, "Nationality detail is not published for all of the "
                                f"period: {', '.join(partial[:12])}"
                                f"{' …' if len(partial) > 12 else ''} are inside OTHER in part "
                                "of it (" + "; ".join(p.describe() for p in by.provenance)
                                + ").")
    stage.nationality_source = "; ".join(_describe(p) for p in by.provenance)
    if by.value != stage.value:
        stage.caveats.insert(0, f"The nationality breakdown ({by.value:,}) comes from a "
                                f"different table than the total ({stage.value:,}).")


def _describe(piece: SourcePiece) -> str:
    compiled = f", compiled by {piece.compiler.split(':')[0]}" if piece.compiler else ""
    return (f"{piece.source}/{piece.table} ({piece.file_name}{compiled}; "
            f"{piece.first}..{piece.last})")


def _named(engine: Engine, piece: SourcePiece) -> set[str]:
    return set(engine.table_values(Span(piece.source, piece.table), "citizenship"))


def _ratio(before: Stage, after: Stage) -> Ratio:
    caveats = [f"{after.title} per {before.title.split(' (')[0]}: different units "
               f"({after.counts} vs {before.counts})."]
    value = None
    if before.value and after.value is not None:
        value = after.value / before.value
    else:
        caveats.append("Not computed: a stage has no data for the period.")
    by: dict[str, float] = {}
    if before.nationalities is not None and after.nationalities is not None:
        for iso, b in before.nationalities.items():
            a = after.nationalities.get(iso)
            if iso == OTHER or not b or a is None:
                continue
            if before.key == "darien" and iso in NOT_VIA_DARIEN:
                continue  # they do not cross the Darién: the ratio would mean nothing
            by[iso] = a / b
        if before.key == "darien":
            caveats.append("No ratio for nationalities that reach Mexico without crossing "
                           f"the Darién ({', '.join(NOT_VIA_DARIEN)}).")
    return Ratio(after.key, before.key, value, caveats, by)


def _nationality_table(stages: list[Stage], ratios: list[Ratio]) -> list[dict[str, Any]]:
    """One row per nationality: its English name and value at each stage (None where the
    stage does not name it), largest first by the first stage that names it."""
    codes: set[str] = set()
    for s in stages:
        codes |= set(s.nationalities or {})
    rows = []
    for iso in codes:
        row: dict[str, Any] = {"citizenship": iso, "name": name(iso)}
        for s in stages:
            row[s.key] = (s.nationalities or {}).get(iso)
        for r in ratios:
            row[f"{r.numerator}_per_{r.denominator}"] = r.by_nationality.get(iso)
        rows.append(row)

    def order(row: dict[str, Any]) -> tuple:
        return (row["citizenship"] == OTHER,
                *(-(row[s.key] or 0) for s in stages if s.part_of is None))
    rows.sort(key=order)
    return rows
