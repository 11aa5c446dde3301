"""The semantic layer's catalog: named measures, their definitions, caveats, units,
dimensions, and which source answers which span of time (read from ``catalog.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from borderstats.errors import QueryError
from borderstats.sources.base import DIMENSIONS

CATALOG_PATH = Path(__file__).with_name("catalog.toml")
TIME_DIMENSIONS = ("fiscal_year", "year", "month")


@dataclass(frozen=True)
class Span:
    source: str
    table: str
    grain: str = "month"
    filters: dict[str, str] = field(default_factory=dict)
    dimensions: tuple[str, ...] = ()
    fy_from: int | None = None
    fy_to: int | None = None
    note: str = ""
    group: str | None = None  # spans of one group are revisions of the same data

    def supports(self, dims: set[str]) -> bool:
        return dims <= set(self.dimensions)


@dataclass(frozen=True)
class Measure:
    id: str
    title: str
    unit: str
    definition: str
    caveats: tuple[str, ...]
    spans: tuple[Span, ...]
    aliases: tuple[str, ...] = ()

    @property
    def dimensions(self) -> tuple[str, ...]:
        seen = [d for s in self.spans for d in s.dimensions]
        return tuple(d for d in DIMENSIONS if d in seen)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.source for s in self.spans))


@cache
def catalog() -> dict[str, Measure]:
    data = tomllib.loads(CATALOG_PATH.read_text(encoding="utf-8"))
    measures = {}
    for mid, spec in data["measures"].items():
        spans = []
        for s in spec["spans"]:
            unknown = set(s.get("dimensions", [])) - set(DIMENSIONS)
            unknown |= set(s.get("filters", {})) - set(DIMENSIONS)
            if unknown:
                raise ValueError(f"catalog.toml: measure {mid}: unknown dimension {unknown}")
            spans.append(Span(
                source=s["source"], table=s["table"], grain=s.get("grain", "month"),
                filters=dict(s.get("filters", {})),
                dimensions=tuple(s.get("dimensions", [])),
                fy_from=s.get("fy_from"), fy_to=s.get("fy_to"), note=s.get("note", ""),
                group=s.get("group")))
        measures[mid] = Measure(
            id=mid, title=spec["title"], unit=spec["unit"],
            definition=" ".join(spec["definition"].split()),
            caveats=tuple(spec.get("caveats", [])), spans=tuple(spans),
            aliases=tuple(spec.get("aliases", [])))
    return measures


def get_measure(measure_id: str) -> Measure:
    measures = catalog()
    try:
        return measures[measure_id]
    except KeyError:
        raise QueryError(f"unknown measure {measure_id!r}; known measures: "
                         f"{', '.join(measures)}") from None
