"""The semantic layer's catalog: named measures, their definitions, caveats, units,
dimensions, and which source answers which span of time (read from ``catalog.toml``)."""

from __future__ import annotations

import contextlib
import datetime as dt
import marshal
import os
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from borderstats.dimensions import DIMENSIONS
from borderstats.errors import QueryError

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
class Unlabelled:
    """Values of a dimension a compilation stops naming from ``start``: its rows are still
    there but under ``stored_as``, so a filter on ``values`` finds nothing from then on.
    Those months are missing for such a filter, not zero, and the answer says why."""

    dimension: str
    values: tuple[str, ...]
    stored_as: str
    start: dt.date
    note: str


@dataclass(frozen=True)
class Measure:
    id: str
    title: str
    unit: str
    definition: str
    caveats: tuple[str, ...]
    spans: tuple[Span, ...]
    aliases: tuple[str, ...] = ()
    # What the claim checker reads of the measure (see catalog.toml's header).
    country: str = "USA"
    counts_by: str = "fiscal_year"  # or calendar_year: how its publisher counts years
    title42: bool = False  # inflated by Title 42 expulsions (March 2020 – May 2023)
    part_of: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    unlabelled: tuple[Unlabelled, ...] = ()
    # What a population the claim checker names ("Children") is in this measure's own
    # dimensions, where they differ: the Darién's minors are an age group.
    populations: tuple[tuple[str, str, tuple[str, ...]], ...] = ()  # (name, dimension, values)

    def population(self, name: str) -> dict[str, list[str]] | None:
        """The filter that means the population ``name`` in this measure, if its own."""
        cut = {d: list(v) for n, d, v in self.populations if n == name}
        return cut or None

    @property
    def dimensions(self) -> tuple[str, ...]:
        seen = [d for s in self.spans for d in s.dimensions]
        return tuple(d for d in DIMENSIONS if d in seen)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.source for s in self.spans))


@cache
def catalog() -> dict[str, Measure]:
    data = _read()
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
            aliases=tuple(spec.get("aliases", [])), country=spec.get("country", "USA"),
            counts_by=spec.get("counts_by", "fiscal_year"),
            title42=bool(spec.get("title42", False)),
            part_of=tuple(spec.get("part_of", [])), cues=tuple(spec.get("cues", [])),
            unlabelled=tuple(_unlabelled(mid, u) for u in spec.get("unlabelled", [])),
            populations=tuple((name, d, tuple(v)) for name, cut in spec.get(
                "populations", {}).items() for d, v in cut.items()))
    cues = _read().get("cues", {})
    for m in measures.values():
        unknown = (set(m.cues) - set(cues)) | (set(m.part_of) - set(measures))
        if unknown:
            raise ValueError(f"catalog.toml: measure {m.id}: unknown cue or measure {unknown}")
    return measures


def _unlabelled(measure_id: str, spec: dict) -> Unlabelled:
    if spec["dimension"] not in DIMENSIONS:
        raise ValueError(f"catalog.toml: measure {measure_id}: unknown dimension "
                         f"{spec['dimension']!r} in unlabelled")
    return Unlabelled(dimension=spec["dimension"], values=tuple(spec["values"]),
                      stored_as=spec["stored_as"],
                      start=dt.date.fromisoformat(spec["start"] + "-01"),
                      note=" ".join(spec["note"].split()))


@cache
def _read() -> dict:
    """catalog.toml, parsed. Parsing it (and importing tomllib) takes some 4 ms of a
    question's start-up, so the parsed catalog is kept in the user's cache folder in
    marshal's format (read in a tenth of a millisecond), beside the identity of the file
    it was parsed from (path, size, modification time) and the Python that wrote it: an
    edited catalog is parsed afresh, and a cache written by another Python is never read."""
    stat = CATALOG_PATH.stat()
    identity = f"{CATALOG_PATH}|{stat.st_size}|{stat.st_mtime_ns}|{sys.version}"
    try:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except (KeyError, RuntimeError):  # no home folder to be found: parse every time
        base = Path(os.devnull)
    cached = base / "borderstats" / f"catalog-{stat.st_size}-{stat.st_mtime_ns}.marshal"
    try:
        held = marshal.loads(cached.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        held = None
    if isinstance(held, tuple) and len(held) == 2 and held[0] == identity \
            and isinstance(held[1], dict):
        return held[1]
    import tomllib

    data = tomllib.loads(CATALOG_PATH.read_text(encoding="utf-8"))
    _write_whole(cached, (identity, data))
    return data


def _write_whole(target: Path, data: tuple) -> None:
    """Write the parsed catalog whole (a temporary file renamed), or not at all: the cache
    is only a shortcut, so a read-only home or a full disk is no error."""
    try:
        payload = marshal.dumps(data)
    except ValueError:  # a value marshal cannot write (a TOML date): parse every time
        return
    temp = target.with_name(f"{target.name}.{os.getpid()}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp.write_bytes(payload)
        os.replace(temp, target)
    except OSError:
        with contextlib.suppress(OSError):  # never written, or its folder is not one
            temp.unlink()


@cache
def cue_table() -> dict[str, tuple[str, float]]:
    """The phrases that name measures: name → (regular expression, weight)."""
    return {name: (spec["pattern"], float(spec["weight"]))
            for name, spec in _read().get("cues", {}).items()}


def get_measure(measure_id: str) -> Measure:
    """A measure by its id, or by one of its aliases in the catalog ("mx_detentions",
    "Mexico detentions", "darien gap"), whatever the case, spaces or underscores."""
    measures = catalog()
    found = measures.get(measure_id) or _by_alias().get(_alias_key(measure_id))
    if found is None:
        raise QueryError(f"unknown measure {measure_id!r}; known measures: "
                         f"{', '.join(measures)}")
    return found


def _alias_key(name: str) -> str:
    return " ".join(re.sub(r"[_\-]+", " ", name).lower().split())


@cache
def _by_alias() -> dict[str, Measure]:
    return {_alias_key(name): m for m in catalog().values() for name in (m.id, *m.aliases)}


def catalog_markdown() -> str:
    """The catalog as a reference page (docs/measures.md is this, generated)."""
    lines = ["# Measures", "",
             "Generated by `borderstats measures --markdown` from `src/borderstats/catalog.toml`;"
             " a test keeps the two identical.", "",
             "For each month of a query the sources below are tried in order; spans marked "
             "with the same group are revisions of one data system, and among them the newest "
             "official release holding the month answers it (a third-party compilation only "
             "where no official release does).", ""]
    for m in catalog().values():
        lines += [f"## `{m.id}` — {m.title}", "", m.definition, "",
                  f"- **Unit:** {m.unit}",
                  f"- **Dimensions:** {', '.join(f'`{d}`' for d in m.dimensions) or 'none'}",
                  "", "**Caveats**", ""]
        lines += [f"- {c}" for c in m.caveats]
        lines += ["", "**Answered by, in order**", "",
                  "| source | table | grain | filters | dimensions | years | group |",
                  "|---|---|---|---|---|---|---|"]
        for s in m.spans:
            filters = ", ".join(f"{k}={v}" for k, v in s.filters.items()) or "—"
            years = "—"
            if s.fy_from or s.fy_to:
                years = f"FY{s.fy_from or ''}..FY{s.fy_to or ''}"
            lines.append(f"| `{s.source}` | `{s.table}` | {s.grain} | {filters} | "
                         f"{', '.join(s.dimensions) or '—'} | {years} | {s.group or '—'} |")
        lines.append("")
    return "\n".join(lines)
