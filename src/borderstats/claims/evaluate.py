"""Checking a candidate claim against the store: which measures the words can mean, the
official figures for each reading, a verdict by the written rules, and the caveats.

Explanations are written in the checker's language (``Checker.lang``: "en" or "es"), from
the templates of ``i18n.py``."""

from __future__ import annotations

import copy
import datetime as dt
import importlib
import itertools
import math
import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from borderstats.claims import i18n, rules
from borderstats.claims import lexicon as lx
from borderstats.claims.extract import EXCLUDED, Claim, MonthAverage, Stat
from borderstats.claims.i18n import fmt_label, fmt_month, label, msg
from borderstats.claims.text import Quantity, Sentence, quantities
from borderstats.claims.timex import (
    COUNTS,
    MONTHS,
    PRESIDENCIES,
    PREVIOUS_MONTH,
    PUBLISHED_BY_DAY,
    TITLE42,
    YEARS_AGO,
    last_ended_fiscal_year,
    last_ended_month,
    month_named,
    months_in_office,
    so_far,
)
from borderstats.errors import BorderstatsError, QueryError
from borderstats.figure_search import FigureMatch, find_figure
from borderstats.metrics import TIME_DIMENSIONS, catalog, cue_table, get_measure
from borderstats.nationality import countries_in
from borderstats.periods import Period, add_months, fiscal_year_of, parse_period
from borderstats.query import Engine, QueryResult, rank_windows


@dataclass
class Reading:
    """One way of reading the claim's words as a query, and what the data say of it."""

    measure: str
    where: dict[str, list[str]]
    periods: list[Period]
    label: str  # what this reading takes the words to mean
    verdict: str = rules.UNVERIFIABLE
    reason: str = ""
    explanation: str = ""
    figures: list[dict[str, Any]] = field(default_factory=list)
    query: str = ""
    series: dict[str, Any] | None = None
    robustness: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # caveats this reading adds
    versus: str | None = None  # the other country's measure, in a cross comparison
    versus_where: dict[str, list[str]] = field(default_factory=dict)
    versus_query: str = ""
    # The evidence for the reading: how strongly the words cue it (``support``, with the
    # ``cues`` that gave it), and, once judged, how closely the claimed figure agrees with
    # it (``exact``: a precise figure matched to within 0.2%).
    support: float = 0.0
    cues: list[str] = field(default_factory=list)
    exact: bool = False
    uncovered: bool = False  # unverifiable because the store does not reach the period
    unpublished: bool = False  # ... because the period comes after the newest release
    gap: bool = False  # ... because months inside the series' span are missing from it
    partial: bool = False  # a record judged over only the part of its window the series has
    ranked_from: dt.date | None = None  # ... and the first period it could rank
    # For a mislabelled figure, reported as the words read: the reading it matches.
    evidence_match: Reading | None = None
    # A reading the words do not support that the figure may still come from: "part" (a
    # part or the whole of what the words name: Border Patrol for all CBP, the nationwide
    # total for the border's), "period" (the fiscal year for the calendar year named),
    # "disjoint" (another component: ports of entry for Border Patrol).
    mislabel: str | None = None

    fit_weight: float = 1.0  # how much the claimed figure can say: a word ("ticked up") little
    # Another period the sentence names, tried for a precise figure: kept only if the figure
    # matches it exactly (a list whose figures were paired with the wrong months).
    rebound: bool = False
    # A reading cut by the group the text named before (``subject_readings``): kept only
    # where none of the sentence's own readings holds, or where it matches exactly.
    from_text: bool = False
    # A reading cut by a group the words do not name, which the figure matches exactly
    # (``unnamed_group_readings``): what the explanation says of it.
    group_found: str = ""
    base: list[Period] | None = None  # a change's base for this reading, if not the claim's
    level_judged: bool = False  # a change that judged the level it states ("down from X")
    # A base the words do not name, tried beside the usual one (a month's change against the
    # same month a year before): said only where it decides.
    unnamed_base: bool = False

    def again(self, **changes: Any) -> Reading:
        """This reading with ``changes``, not yet judged: the lists a judge fills are its
        own, not shared with this one's."""
        return replace(self, verdict=rules.UNVERIFIABLE, explanation="", figures=[],
                       robustness=[], notes=[], **changes)

    @property
    def framing(self) -> bool:
        """A reading the words do not support, kept for what the figure may match."""
        return self.mislabel is not None

    @property
    def score(self) -> float:
        """Support from the words plus agreement with the claimed figure: a precise figure
        that matches one plausible series exactly settles the reading; a bare word ("rose",
        "a record") says little about which series is meant."""
        if self.verdict == rules.UNVERIFIABLE:
            return -math.inf
        return self.support + self.fit_weight * FIT[self.verdict] + (
            EXACT_BONUS if self.exact else 0.0)


class CoverageError(QueryError):
    """The store holds the series but not (all of) the period a claim needs: the claim is
    unverifiable for want of data, not for want of understanding."""


class UnderWayError(CoverageError):
    """The claim counts part of a month still under way when it was written."""


# How much agreement with the claimed figure counts against cue words (see docs/claims.md,
# "The interpretation step"): an explicit cue is worth 3, a topic's default reading 1.
FIT = {rules.ACCURATE: 4.0, rules.ROUGHLY: 2.0, rules.MISLEADING: 2.0, rules.INACCURATE: 0.0}
EXACT_BONUS = 1.0
# Readings whose support from the words is within this of the chosen one's are
# "comparable": when they disagree, the verdict depends on the reading.
COMPARABLE = 1.0
# How far (in characters) from a claim's figure or trigger a cue word counts fully.
CUE_REACH = 60
# A cue that is the subject of the verb that counts ("CBP Laredo OFO officers also
# apprehended the greatest number of illegal border crossers along the southwest border of
# nearly 90,000") names who counted, however far the figure stands.
_DOES_THE_COUNTING = re.compile(
    r"(?:\s+(?:officers|agents|officials|personnel|agentes|oficiales))?\s+(?:also\s+|have\s+|"
    r"had\s+|has\s+|también\s+)?(?:apprehended|encountered|arrested|caught|detained|stopped|"
    r"processed|nabbed|recorded|reported|registered|detuvieron|detuvo|aprehendieron|"
    r"registraron|registró|encontraron|arrestaron)\b", re.IGNORECASE)
# Cue words and the measures they point to, with their weight (catalog.toml, [cues]).
MEASURE_CUES: tuple[tuple[re.Pattern[str], tuple[str, ...], float, str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE),
     tuple(m.id for m in catalog().values() if name in m.cues), weight, name)
    for name, (pattern, weight) in cue_table().items())
# Which US series is a part of which: a figure of one presented as the other is a
# mislabelled component ("part"); Border Patrol and ports of entry are "disjoint".
_WHOLE_OF = {m.id: set(m.part_of) for m in catalog().values() if m.part_of}


# Guatemala's migration institute named as a figure's source.
_IGM_NAMED = re.compile(r"\bIGM\b|instituto guatemalteco de migraci[oó]n|guatemalan "
                        r"(?:migration institute|institute of migration)", re.IGNORECASE)


def _in_own_terms(measure: str, where: dict[str, list[str]]) -> dict[str, list[str]]:
    """A population filter in the measure's own dimensions (the catalog's `populations`):
    "61.154 niños cruzaron la jungla" is the Darién's age group of minors."""
    named = where.get("demographic")
    cut = get_measure(measure).population(named[0]) if named and len(named) == 1 else None
    if cut is None:
        return where
    return {k: v for k, v in where.items() if k != "demographic"} | cut


def _like_for_like(claim: Claim, periods: list[Period]) -> list[Period] | None:
    """A change against "the same period" a year (or years) before, read over other
    periods ("by August 2024": the year so far): against the same months of that year; so
    does a comparison ("year to date … 9.6% below last year's pace", over the fiscal year)."""
    if claim.kind not in ("change", "comparison") or len(claim.compare_to) != 1 or \
            len(claim.periods) != 1:
        return None
    before, after = claim.compare_to[0], claim.periods[0]
    years = before.start.year - after.start.year
    if years >= 0 or after.shifted_years(years).label != before.label:
        return None
    return [p.shifted_years(years) for p in periods]


def _years_so_far(month: Period) -> list[Period]:
    """The calendar and the fiscal year so far at the end of ``month`` (each that holds
    more than the month itself)."""
    starts = (dt.date(month.start.year, 1, 1),
              Period.fiscal_year(fiscal_year_of(month.start)).start)
    return [Period.span(start, month.end)
            for start in starts if start < month.start]


def _recent_readings(claim: Claim, readings: list[Reading]) -> list[Reading]:
    """Each reading of a guessed latest month again over the recent months and years (the
    twelve months before it, the last three fiscal and two calendar years, the fiscal and
    calendar year to date): a precise figure with no period names one it matches exactly."""
    own = claim.periods[0] if len(claim.periods) == 1 else None
    if own is None or own.kind != "month":
        return []
    fy = fiscal_year_of(own.start)
    recent = [Period.month(d.year, d.month) for d in (
        add_months(own.start, -i) for i in range(1, 13))]
    recent += [Period.fiscal_year(y) for y in (fy - 1, fy - 2, fy - 3)]
    recent += [Period.year(y) for y in (own.start.year - 1, own.start.year - 2)]
    if claim.kind == "share":
        recent += _years_so_far(own)
    return [r.again(periods=[p], label=r.label + "; " + p.label, support=r.support - 1.0,
                    rebound=True, cues=r.cues + ["a recent period, told by the figure"])
            for p in recent for r in readings if r.periods == [own] and not r.framing]


def rebound_readings(claim: Claim, readings: list[Reading], lang: str) -> list[Reading]:
    """Each reading again over the other months and years the sentence names, for a figure
    precise enough (four significant digits or more) that an exact match says which period
    it counts: in "octubre, con 59 mil 773, seguido por septiembre, con 48 mil 204" a figure
    paired with the wrong month is judged for the one it matches. Kept only if exact."""
    q = claim.quantity
    if claim.kind == "share" and claim.guessed:
        return _recent_readings(claim, readings)
    if claim.kind != "total" or q is None or q.kind != "count" or \
            rules.precision(q.words, q.value) > 0.001:
        return []
    out = []
    months = [ps[0] for ps in claim.sentence_periods if len(ps) == 1 and ps[0].kind == "month"]
    candidates = list(claim.sentence_periods) + [
        ps for ps in claim.before_periods + claim.relation_periods
        if ps not in claim.sentence_periods]
    for r in readings:
        if months and len(r.periods) == 1 and r.periods[0].kind in ("year", "fiscal_year"):
            # "En febrero de este año se registraron 11,709, frente a los 189,913 reportados
            # en 2024": the month the sentence names, in the year named.
            candidates += [[r.periods[0].month_in(m.start.month)] for m in months]
    own = claim.periods[0] if len(claim.periods) == 1 else None
    if own is not None and own.kind == "month":
        # "Al cierre de septiembre las autoridades contabilizaban 151.582": the year so far
        # at the end of the month named (calendar or fiscal), told by the figure alone.
        candidates += [[p] for p in _years_so_far(own)]
    if own is not None and own.kind == "month" and claim.guessed:
        # "Tucson had 373,625 and Yuma had 174,201 encounters", with no period: a figure
        # this precise tells its own period when it matches one of the recent months or
        # years exactly.
        out += _recent_readings(claim, readings)
    if own is not None and own.kind == "range" and own.months > 1:
        # "Desde el comienzo del año fiscal 23, los encuentros ... son 364 mil 092", written
        # as the next month's figures came out: the months to the one before, which the
        # writer may have had.
        end = add_months(own.end, -1)
        candidates.append([Period.span(own.start, end)])
    for periods in candidates:
        labels = [p.label for p in periods]
        out += [r.again(periods=list(periods), label=r.label + "; " + ", ".join(labels),
                        support=r.support - 1.0, rebound=True,
                        cues=r.cues + ["a period the sentence names"])
                for r in readings if r.periods and labels != [p.label for p in r.periods]]
    if own is not None and own.kind in ("year", "fiscal_year"):
        # A precise figure of the other year of the same number: "2020 - 458,088" is
        # fiscal 2020's, "FY2019" may be the calendar year's. A right figure under a wrong
        # label is roughly right; only an exact match chooses it.
        other = Period.fiscal_year(own.start.year) if own.kind == "year" else \
            Period.year(fiscal_year_of(own.end))
        out += [r.again(periods=[other], label=r.label + "; " + other.label,
                        support=r.support - 1.5, rebound=True, mislabel="period",
                        cues=r.cues + ["the figure, under another label"])
                for r in readings if r.periods == [own] and not r.framing]
    for r in readings:
        # "Mexicans were arrested 39,733 times ..., well behind Venezuelans": of the
        # nationalities the sentence names, the figure may count one.
        nats = r.where.get("citizenship", [])
        if len(nats) > 1 and not r.framing:
            out += [r.again(where=r.where | {"citizenship": [n]}, label=f"{r.label}; {n}",
                            support=r.support - 1.0, rebound=True,
                            cues=r.cues + ["one of the nationalities named"])
                    for n in nats]
    # "The overall number of illegal crossings, and the number of families ..., peaking at
    # 144,278": a group named elsewhere in the sentence may not be this figure's.
    out += [r.again(where={}, label=r.label + "; " + label("all_people", lang),
                    support=r.support - 1.0, rebound=True,
                    cues=r.cues + ["the figure, without the group"])
            for r in readings if r.where and not r.framing]
    return out


# How close a group's figure must come to a precise count for the count to name the group
# by itself: closer than the 0.2% of ``_exact``, since the words do not name the group.
UNNAMED_GROUP_EXACT = 0.0005


def unnamed_group_readings(claim: Claim, readings: list[Reading],
                           checker: Checker) -> list[Reading]:
    """A precise count that no reading of the words matches may be one group's of the
    series the words name: a sector, a nationality or a family status the text named
    before the part at hand ("En el año fiscal 23 se registraron 106 mil 847 encuentros",
    from a report on the El Paso sector). Each reading's breakdowns are searched for the
    one group whose figure the count matches to within 0.05%; that reading, cut by the
    group, is kept only if exact, and says that the words do not name the group."""
    q = claim.quantity
    if claim.kind != "total" or q is None or q.kind != "count" or q.value < 1000 or \
            q.hedge not in (None, "about") or rules.precision(q.words, q.value) > 0.001:
        return []
    out = []
    # (Only in the country of the reading the words support best: a US count that matches
    # one nationality of Mexico's series is a coincidence, not a group the text meant.)
    best = max(readings, key=lambda r: r.support, default=None)
    country = get_measure(best.measure).country if best is not None else None
    for r in readings:
        if r.framing or r.rebound or r.from_text or not r.periods or claim.each and \
                len(r.periods) > 1 or get_measure(r.measure).country != country:
            continue
        # One period, as the total judge reads it ("en enero y febrero": the two months).
        period = r.periods[0] if len(r.periods) == 1 else Period.between(r.periods[0],
                                                                         r.periods[-1])
        dims = [d for d in _GROUP_DIMS if d in get_measure(r.measure).dimensions
                and d not in r.where]
        for dim in dims:
            try:
                rows = checker.q(r.measure, period, r.where, by=[dim]).rows
            except QueryError:
                continue
            hits = [row for row in rows if abs(row["value"] - q.value) <= UNNAMED_GROUP_EXACT
                    * q.value and not _residual(row[dim])]
            if len(hits) != 1:
                continue
            group = str(hits[0][dim])
            name = str(hits[0].get(f"{dim}_name") or i18n.value_name(group, checker.lang))
            dimension = i18n.WORDS.words(checker.lang, "dimension_names").get(dim, dim)
            out.append(r.again(where=r.where | {dim: [group]}, label=f"{r.label}; {name}",
                               support=r.support - 1.5, rebound=True,
                               group_found=msg(checker.lang, "unnamed_group", group=name,
                                               dimension=dimension),
                               cues=r.cues + ["the figure matches one group exactly"]))
    return out


def _another_periods(claim: Claim, checker: Checker, primary: Reading) -> str:
    """A precise count near the official one but not equal to it may be, to the unit,
    another period's of the same series: "the old record, set in FY 2021, when agents nabbed
    1,643,679" is FY2000's figure (FY2021 had 1,659,206). That is no rounding nor revision
    but a figure of another period: the claim is wrong, and the explanation says whose the
    figure is. Only an equal figure of five digits or more counts (a few units apart, or
    a smaller figure, among hundreds of months, could be chance: 7,536 Rio Grande Valley
    apprehensions in July 2020 are also, to the unit, its September 2004)."""
    q = claim.quantity
    if claim.kind != "total" or q is None or q.kind != "count" or primary.exact or \
            q.hedge not in (None, "about") or len(primary.periods) != 1 or q.value < 10_000 or \
            rules.precision(q.words, q.value) > 0.001:
        return ""
    own = primary.periods[0]
    grain = own.kind
    if grain not in TIME_DIMENSIONS:
        return ""
    lo, hi = checker.engine.coverage(get_measure(primary.measure), checker.as_of)
    try:
        rows = checker.q(primary.measure, Period.span(lo, hi),
                         primary.where, by=[grain]).rows
    except QueryError:
        return ""
    equal = [str(row[grain]) for row in rows if row["value"] == q.value]
    if len(equal) != 1 or equal[0] == own.label:
        return ""
    return msg(checker.lang, "another_periods", period=fmt_label(equal[0], checker.lang),
               value=f"{int(q.value):,}")


def subject_readings(claim: Claim, readings: list[Reading], lang: str,
                     settled: list[tuple[str, dict[str, list[str]], tuple[str, ...]]]
                     ) -> list[Reading]:
    """Each reading again cut by the nationality, sector or family status the text named
    before and this sentence does not ("The total for all of FY 2021 was 50,722", after
    sentences on Nicaraguans), or by the field office of the ports a sentence places in its
    city, less supported than the sentence's own: the figure decides (the claim's own, or,
    for a claim with none, one its sentence's figure ``settled``)."""
    if claim.kind == "share" or claim.versus is not None:
        return []
    out = []
    if claim.field_office:
        # "At the Ports of Entry in El Paso": the ports of that field office.
        office = {"sector": [claim.field_office]}
        city = re.escape(claim.field_office.removesuffix(" Field Office"))
        # The city said of the ports themselves ("CBP Laredo OFO officers", "the El Paso
        # ports of entry", "los puertos de entrada de Laredo") names the field office; a
        # city elsewhere in the sentence, a reading the figure may choose.
        own = re.search(rf"\b{city}\s+(?:ofo|field office|ports?)\b|\b(?:ofo|ports? of entry|"
                        rf"puertos? de entrada)\s+(?:in|at|of|de|en)\s+{city}\b",
                        claim.sentence.text, re.IGNORECASE)
        # The words name the ports and the city: no mislabel, whatever the clause's own
        # topic word ("CBP recorded 91,241 encounters … at the Ports of Entry in El Paso").
        out += [r.again(where=r.where | office, label=f"{r.label}; {claim.field_office}",
                        support=r.support + (0.5 if own else -0.5),
                        cues=r.cues + [claim.field_office], mislabel=None)
                for r in readings if not r.rebound and "sector" not in r.where and (
                    r.measure == "ofo_swb_encounters" or r.where.get("component") == ["OFO"])]
    q = claim.quantity
    # A word ("fell by half", "continued to climb") fits many groups: only a stated figure
    # tells which one the text meant ("about 181,000--the lowest since 1973": the group
    # whose figure the 181,000 is).
    by_word = q is None or q.kind not in ("count", "percent")
    for r in readings:
        if r.rebound:
            continue
        dims = set(get_measure(r.measure).dimensions)
        # A group the sentence's other figure settled, though no words named it ("The
        # 193,918 encounters in Fiscal Year 2021 — a daily average of about 530": El Paso's).
        found = [{dim: values} for m, w, _ in settled if m == r.measure and not by_word
                 for dim, values in w.items() if dim in _GROUP_DIMS]
        cuts = claim.text_subject + [c for c in found if c not in claim.text_subject]
        both = {k: v for c in claim.text_subject for k, v in c.items()}
        if len(both) > 1 and len(both) == len(claim.text_subject):
            # "… family apprehensions. But the numbers in Yuma continue to rise. In July,
            # agents apprehended 1,047": the group and the sector the text named, together.
            cuts.append(both)
        for cut in cuts:
            if any(dim in r.where or dim not in dims or by_word and not any(
                    m == r.measure and w.get(dim) == values for m, w, _ in settled)
                    for dim, values in cut.items()):
                continue
            values = [v for vs in cut.values() for v in vs]
            named = label("named_before", lang).format(value=", ".join(values))
            # Settled by the sentence's figure, the figure's evidence is this claim's; else
            # less supported than the sentence's own by COMPARABLE: chosen only where the
            # figure fits it and none of the sentence's own readings does, never by charity,
            # and no reason to say the verdict depends on the reading.
            out.append(r.again(where=r.where | cut, label=f"{r.label}; {named}",
                               support=r.support + (0.5 if by_word else -COMPARABLE),
                               from_text=True, cues=r.cues + [
                                   "the group of the sentence's figure" if by_word
                                   else "the group the text named before"]))
    return out


def _relabelled(readings: list[Reading], named: list[Period], periods: list[Period],
                shown: str | None, drop: Callable[[Reading], float],
                unlabelled_only: bool) -> list[Reading]:
    """The readings of each of ``periods`` for a figure the words label ``named``: for each
    series ``readings`` read over ``named`` (the first of each; with ``unlabelled_only``,
    none already a mislabel), each ``drop`` less supported, a period mislabel that only the
    figure can choose."""
    out: list[Reading] = []
    seen: set[str] = set()
    for r in readings:
        if r.measure in seen or r.periods != named or (
                r.mislabel if unlabelled_only else r.mislabel == "period"):
            continue
        seen.add(r.measure)
        out += [Reading(r.measure, r.where, [period],
                        f"{r.label}; {shown}" if shown else period.label,
                        support=r.support - drop(r), cues=list(r.cues), mislabel="period")
                for period in periods]
    return out


def _whole_year(period: Period) -> bool:
    """Whether a period is one whole fiscal or calendar year, named so or by its months."""
    return period.kind in ("year", "fiscal_year") or period.months == 12 and \
        period.start.month in (1, 10)


def mislabel_kind(said: str, figure: str) -> str:
    """How the series a figure comes from relates to the one the words name."""
    if figure in _WHOLE_OF.get(said, ()) or said in _WHOLE_OF.get(figure, ()):
        return "part"
    return "disjoint"


def measure_support(claim: Claim, measure: str, order: int) -> tuple[float, list[str]]:
    """How strongly the claim's words cue ``measure``: the topic's default order (weak: 1
    for its first reading, 0.5 for its second; -1 for a reading the topic does not list),
    the figure before a "That was ..." sentence, and explicit cue words."""
    support = {0: 1.0, 1: 0.5}.get(order, 0.25) if order >= 0 else 0.0
    cues = []
    if claim.antecedent is not None and claim.antecedent.chosen_measure == measure:
        support += 2.0
        cues.append("the figure before")
    weight, names = cue_weight(claim, measure)
    return support + weight, cues + names


def cue_weight(claim: Claim, measure: str) -> tuple[float, list[str]]:
    """The weight of the explicit cue words for ``measure``, and their names."""
    text = claim.sentence.text
    at = claim.position
    total, names = 0.0, []
    spans = _cue_spans(text)
    for pattern, measures, weight, name in MEASURE_CUES:
        if measure not in measures:
            continue
        # A cue inside a heavier one's words is that one's: "inadmissible" in "illegal and
        # inadmissible immigrants" names all CBP, not the ports of entry.
        hits = [m for m in pattern.finditer(text) if not any(
            w > weight and a <= m.start() and m.end() <= b and (a, b) != m.span()
            for w, a, b in spans)]
        if not hits:
            continue
        # A cue near the claim's figure or trigger counts fully; one far from it, a
        # quarter ("in record numbers, rail bridges were shut and ports of entry closed").
        own = [m for m in hits if claim.own_from is None or m.start() >= claim.own_from]
        near = bool(own) and (min(min(abs(m.start() - at), abs(m.end() - at))
                                  for m in own) <= CUE_REACH or any(
            m.end() <= at and _DOES_THE_COUNTING.match(text, m.end()) and
            not re.search(r"[;:]", text[m.end():at]) for m in own))
        total += weight if near else weight / 4
        names.append(name)
    return total, names


@lru_cache(maxsize=1024)
def _cue_spans(text: str) -> tuple[tuple[float, int, int], ...]:
    """Where each cue stands in a sentence, with its weight (read once per sentence)."""
    return tuple((w, *m.span()) for pattern, _, w, _ in MEASURE_CUES
                 for m in pattern.finditer(text))


# The Southwest border's encounters and the Border Patrol's share of them: words that name
# neither ("crossings", "detenciones en la frontera") may mean either.
_EITHER_COMPONENT = {"swb_encounters", "usbp_swb_encounters"}
# An explicit cue of this weight ("Border Patrol", "ports of entry", "nationwide"; not the
# publisher "CBP") names the component: a figure that fits another is a mislabel.
STRONG_CUE = 3.0


def _names_the_southwest(claim: Claim) -> bool:
    """Whether the claim's own sentence names the US southwest border ("at the southwest
    border", "the U.S.-Mexico border"), not a place carried from the text or assumed."""
    return claim.place == "southwest" and any(
        place == "southwest" and pattern.search(claim.sentence.text)
        for pattern, place, _ in lx.PLACES)


def demote_uncued(claim: Claim, readings: list[Reading]) -> None:
    """Readings of US components the words do not name, beside one they name explicitly,
    become mislabels: "Border Patrol agents apprehended 2.48 million" is a claim about the
    Border Patrol, however well the figure fits all of CBP."""
    if claim.topic is None or claim.topic.country != "USA":
        return
    weights = {r.measure: cue_weight(claim, r.measure)[0] for r in readings}
    named = [r for r in readings if r.mislabel is None and weights[r.measure] >= STRONG_CUE]
    # The agency named beside both of its components, wherever they stand in the sentence,
    # is the agency: "CBP, which incorporates Border Patrol agents ... and Field Operations
    # officers ..., took 61,465 into custody".
    both = {"usbp_swb_encounters", "ofo_swb_encounters", "swb_encounters"} <= {
        r.measure for r in readings if weights[r.measure] > 0}
    if both and any(n == "CBP" for n in cue_weight(claim, "swb_encounters")[1]):
        named = [r for r in readings if r.measure in ("usbp_swb_encounters",
                                                      "ofo_swb_encounters")]
    if not named:
        return
    if {"usbp_swb_encounters", "ofo_swb_encounters"} <= {r.measure for r in named}:
        # "CBP, which incorporates Border Patrol agents ... and Field Operations officers
        # ... took 61,465 into custody": both components named, their whole is meant.
        for r in readings:
            if r.measure == "swb_encounters":
                r.support += STRONG_CUE
                r.cues.append("both components")
                r.mislabel = None
            elif r.measure in ("usbp_swb_encounters", "ofo_swb_encounters"):
                r.mislabel = r.mislabel or "part"
        return
    said = max(named, key=lambda r: r.support).measure
    for r in readings:
        if r.mislabel is None and not r.versus and weights[r.measure] < STRONG_CUE:
            r.mislabel = mislabel_kind(said, r.measure)


# The series Title 42 expulsions inflate (repeat crossings of expelled people).
TITLE42_SERIES = {m.id for m in catalog().values() if m.title42}
# From January 2024 IOM's compilation of Guatemala's returns leaves the returning country
# blank for the series that is, by elimination, the United States'.
GT_BLANK_FROM = dt.date(2024, 1, 1)


def _from_us(claim: Claim) -> list[str]:
    """Guatemala's returns from the US as the compilation stores them for the claim's
    periods: under UNKNOWN too from 2024."""
    return ["USA", "UNKNOWN"] if any(p.end >= GT_BLANK_FROM for p in claim.periods) \
        else ["USA"]
# Series whose publisher counts calendar years: a bare year is read as a calendar year.
CALENDAR_SERIES = {m.id: m.country for m in catalog().values()
                   if m.counts_by == "calendar_year"}
_RETURN_WORDS = re.compile(r"repatriat\w*|\breturns?\b|retorn\w+|devoluci\w+|devuelt\w+",
                           re.IGNORECASE)
_DEPORT_WORDS = re.compile(r"deport\w*", re.IGNORECASE)


# Other stages of the corridor a precise figure with no country named may come from.
CORRIDOR_READINGS = {"darien_transits": "darien", "mx_irregular_migrants": "mx"}


def _same_cut(a: dict[str, list[str]], b: dict[str, list[str]]) -> bool:
    """Whether two filters cut the same part of a series ("from the US" is the same cut
    whether or not the blank country of 2024 is added to it)."""
    return a.keys() == b.keys() and all(set(a[k]) & set(b[k]) for k in a)


def in_title42(p: Period) -> bool:
    """Whether most of the period's months fall in the Title 42 era."""
    inside = sum(1 for m in p.month_starts() if TITLE42.contains(m))
    return inside * 2 > p.months


# Until FY2013 Border Patrol's yearly reports, and the press with them, gave its
# apprehensions nationwide: for a period before then, "Border Patrol apprehensions" with no
# border named is read nationwide too (the figures decide).
NATIONWIDE_UNTIL = dt.date(2013, 10, 1)
# States whose Border Patrol sectors can stand for them (New Mexico is only part of El Paso's).
STATE_SECTORS = ("TX", "AZ", "CA")
STATE_TABLE_FROM = dt.date(2017, 10, 1)  # CBP's encounters by state begin in FY2018
# The US border with no side named: "at the U.S. border", "en la frontera de Estados Unidos".
_US_BORDER = re.compile(r"\b(?:u\.?s\.?|america(?:n|'s|’s)?|united states['’]?)\s+borders?\b"
                        r"(?!\s+(?:with|con)\b)|\bfronteras?\s+de\s+(?:los\s+)?"
                        r"(?:estados unidos|ee\.?\s?uu\.?|eeuu)\b(?!\s+(?:con|y)\s+m[eé]xico)",
                        re.IGNORECASE)
# Ports of entry named ("at ports of entry in Arizona"), not the Border Patrol between them.
_AT_PORTS = re.compile(cue_table()["ports of entry"][0], re.IGNORECASE)
# The ports of entry of a state, as CBP's field offices group them (El Paso's also covers
# New Mexico's ports, so Texas is Laredo's and El Paso's together).
FIELD_OFFICES_OF_STATE = {"AZ": ("Tucson Field Office",), "CA": ("San Diego Field Office",),
                          "TX": ("Laredo Field Office", "El Paso Field Office")}


class Checker:
    """Evaluates claims with one engine, caching every query (texts repeat themselves)."""

    def __init__(self, engine: Engine, as_of: dt.date | None = None, lang: str = "en") -> None:
        self.engine = engine
        self.as_of = as_of
        self.lang = lang
        self._cache: dict[tuple, QueryResult | QueryError] = {}
        # What the figures of each sentence settled: (measure, periods) by sentence start.
        # The other claims of the sentence lean the same way ("a record number ... -- more
        # than 2.3 million": the figure is fiscal 2022's, so is the record).
        self.settled: dict[int, list[tuple[str, dict[str, list[str]], tuple[str, ...]]]] = {}
        # Periods a figure of the sentence showed to be mislabelled: (measure, the periods
        # named, the periods the figure is of).
        self.moved: dict[int, list[tuple[str, tuple[str, ...], list[Period]]]] = {}
        # Groups a precise figure showed where the words do not name them (see
        # ``unnamed_group_readings``): (the claim, the reading's cut) by sentence start.
        self.groups_found: dict[int, list[tuple[Any, dict[str, list[str]]]]] = {}
        # Levels a precise figure of the sentence matched exactly: (measure, cut, periods)
        # by sentence start. A change whose level the sentence states is that series' change.
        self.exact_levels: dict[int, list[tuple[str, dict[str, list[str]], tuple[str, ...],
                                                float]]] = {}
        self._found: dict[tuple, list[FigureMatch]] = {}  # ``find``'s answers
        self._held: dict[str, set[str]] = {}  # the countries each measure breaks out

    def _own_group(self, measure: str,
                   where: dict[str, list[str]] | None) -> dict[str, list[str]] | None:
        """Of a region's countries ("migrantes africanos"), those the measure breaks out
        (the rest are in its "other countries"); all of them if it breaks out none."""
        countries = (where or {}).get("citizenship", [])
        if len(countries) < GROUP_OF_COUNTRIES:
            return where
        if measure not in self._held:
            self._held[measure] = {v for span in get_measure(measure).spans
                                   if "citizenship" in span.dimensions
                                   for v in self.engine.table_values(span, "citizenship")}
        held = self._held[measure]
        return where | {"citizenship": [c for c in countries if c in held] or countries}

    def settled_measures(self, claim: Claim) -> list[str]:
        """The series the figures of the claim's sentence settled so far, in order."""
        return list(dict.fromkeys(m for m, _, _ in self.settled.get(claim.sentence.start, [])))

    def find(self, value: float, measures: list[str], start: dt.date,
             end: dt.date) -> list[FigureMatch]:
        """The official figures exactly equal to ``value`` (``borderstats find``) of
        ``measures``, over periods ending from ``start`` to ``end``: at most
        ``FOUND_ELSEWHERE_MAX`` + 1 (more are chance)."""
        key = (value, tuple(measures), start, end)
        if key not in self._found:
            self._found[key] = find_figure(self.engine, value, measures=measures,
                                           start=start, end=end,
                                           limit=FOUND_ELSEWHERE_MAX + 1)
        return self._found[key]

    def q(self, measure: str, period: Period, where: dict[str, list[str]] | None = None,
          by: list[str] | None = None, stat: Stat | None = None) -> QueryResult:
        if where and any(v.startswith(EXCLUDED) for vs in where.values() for v in vs):
            return self._without(measure, period, where, by, stat)
        where = self._own_group(measure, where)
        if (stat in ("peak", "average") or isinstance(stat, MonthAverage)) and \
                period.months > 1:
            return self._stat(measure, period, where, stat)
        key = (measure, period.start, period.end, period.kind,
               tuple(sorted((k, tuple(v)) for k, v in (where or {}).items())),
               tuple(by or ()))
        if key not in self._cache:
            try:
                self._cache[key] = self.engine.query(measure, period, by=by, where=where,
                                                     as_of=self.as_of)
            except QueryError as exc:
                self._cache[key] = exc
        hit = self._cache[key]
        if isinstance(hit, QueryError):
            raise hit
        return hit

    def _without(self, measure: str, period: Period, where: dict[str, list[str]],
                 by: list[str] | None, stat: Stat | None) -> QueryResult:
        """"Not counting Mexican nationals": the whole less the group, both from the same
        releases (a total only; a breakdown of the rest is not computed)."""
        if by or stat:
            raise QueryError("a figure that leaves a group out is checked as a total only")
        dim, values = next((k, v) for k, v in where.items() if v[0].startswith(EXCLUDED))
        rest = {k: v for k, v in where.items() if k != dim}
        whole = self.q(measure, period, rest)
        part = self.q(measure, period, rest | {dim: [v[len(EXCLUDED):] for v in values]})
        return replace(whole, value=whole.value - part.value,
                       complete=whole.complete and part.complete,
                       missing=sorted(set(whole.missing) | set(part.missing)),
                       provenance=whole.provenance + part.provenance)

    def _stat(self, measure: str, period: Period, where: dict[str, list[str]] | None,
              stat: Stat) -> QueryResult:
        """A period's highest month ("the peak of the Biden administration"), its average
        month ("the monthly average for 2021–24"), or the average of one calendar month in
        it ("the March average … under the Obama and Trump administrations")."""
        monthly = self.q(measure, period, where, by=["month"])
        rows = [row for row in monthly.rows if row.get("complete", True)]
        if isinstance(stat, MonthAverage):
            month = stat.month
            rows = [row for row in rows if int(row["month"][5:7]) == month]
            if not rows:
                raise CoverageError(f"{period.label}: no month {month:02d} in the store")
            return replace(monthly, value=round(sum(r["value"] for r in rows) / len(rows)),
                           period=f"{period.label} (average of {len(rows)})", by=[],
                           rows=[])
        if not rows or (stat == "average" and not monthly.complete):
            raise CoverageError(f"{period.label}: months missing ({', '.join(monthly.missing)})")
        if stat == "peak":
            top = max(rows, key=lambda row: row["value"])
            return replace(monthly, value=top["value"], period=top["month"], by=[], rows=[],
                           start=top["month"], end=top["month"])
        return replace(monthly, value=round(monthly.value / period.months),
                       period=f"{period.label} (monthly average)", by=[], rows=[])

    # -- readings ---------------------------------------------------------------------

    def measures(self, claim: Claim, topic: Any, actor: str | None,
                 where: dict[str, list[str]]) -> list[tuple[str, str, dict[str, list[str]]]]:
        """The measures the words can mean, most likely first, with their labels and
        filters."""
        lang = self.lang
        if topic.id == "mx_detentions":
            return [("mx_irregular_migrants", label("mx", lang), where)]
        if topic.id == "darien":
            return [("darien_transits", label("darien", lang), where)]
        if topic.id == "releases":
            # Border Patrol's releases and the ports' paroles, as the book-outs count them:
            # the component the words name, else Border Patrol's (most of them) and CBP's.
            usbp = ("swb_book_outs", label("usbp_releases", lang),
                    where | {"component": ["USBP"], "outcome": ["USBP releases"]})
            cbp = ("swb_book_outs", label("cbp_releases", lang),
                   where | {"outcome": ["USBP releases", "OFO paroles"]})
            if actor == "OFO":
                return [("swb_book_outs", label("ofo_paroles", lang),
                         where | {"component": ["OFO"], "outcome": ["OFO paroles"]})]
            return [usbp] if actor == "USBP" else [cbp, usbp] if actor == "CBP" else [usbp, cbp]
        if topic.id == "mx_returns":
            outcome = where.get("outcome")
            if outcome == ["Deportation"]:
                return [("mx_returns", label("mx_deport", lang), where)]
            if outcome:
                return [("mx_returns", label("mx_assisted", lang), where)]
            out = [("mx_returns", label("mx_returns", lang), where)]
            if _DEPORT_WORDS.search(claim.text):
                # "deported": in Mexico's statistics a deportation is also a legal category.
                out.append(("mx_returns", label("mx_deport", lang),
                            where | {"outcome": ["Deportation"]}))
            if where.get("citizenship") == ["GTM"]:
                # "Retornados por vía terrestre desde México 24 mil 395 guatemaltecos":
                # Guatemala's count of those it received from Mexico (IGM) is the same
                # people seen from the other side; the figure tells which.
                rest = {k: v for k, v in where.items() if k != "citizenship"}
                out.append(("gt_returns", label("gt_from_mx", lang),
                            rest | {"returned_from": ["MEX"]}))
            return out
        if topic.id == "gt_returns":
            if where.get("returned_from") == ["USA"] and _from_us(claim) != ["USA"]:
                # From 2024 the compilation leaves the US series without a country.
                return [("gt_returns", label("gt_unknown", lang),
                         where | {"returned_from": _from_us(claim)})]
            out = [("gt_returns", label("gt", lang), where)]
            if where.get("returned_from") == ["MEX"] and not _IGM_NAMED.search(
                    claim.sentence.text):
                # "México deportó o retornó a 25 mil 741 guatemaltecos": Mexico's own count
                # of the Guatemalans it returned (UPM) is the same people from the other
                # side; the figure tells which (unless the IGM is named as the source).
                rest = {k: v for k, v in where.items() if k != "returned_from"}
                out.append(("mx_returns", label("mx_returns", lang),
                            rest | {"citizenship": ["GTM"]}))
            if "returned_from" not in where:
                # "61,680 guatemaltecos deportados": often those returned from the United
                # States alone (by air); the figure tells which.
                out += [("gt_returns", label("gt_from_us", lang),
                         where | {"returned_from": _from_us(claim)}),
                        ("gt_returns", label("gt_from_mx", lang),
                         where | {"returned_from": ["MEX"]})]
            return out
        if topic.id == "removals":
            # A breakdown the removal tables do not have ("deportations of Central
            # Americans") is kept: the query then says it cannot be answered, rather than
            # judging the claim on the total.
            pair = [("dhs_removals", label("dhs_removals", lang), where),
                    ("dhs_repatriations", label("dhs_rep", lang), where)]
            pair = pair[::-1] if _RETURN_WORDS.search(claim.text) else pair
            if where.get("citizenship") == ["GTM"]:
                # Guatemalans the US deported are Guatemala's returns from the US (IGM),
                # which the US tables do not break down by nationality.
                rest = {k: v for k, v in where.items() if k != "citizenship"}
                pair = [("gt_returns", label("gt_from_us", lang),
                         rest | {"returned_from": _from_us(claim)})] + pair
            return pair
        measures: list[tuple[str, str]] = []
        northern: tuple[str, str] | None = None
        northern_usbp: tuple[str, str] | None = None
        # A place named only in a sentence before ("CBP expanded enforcement on the northern
        # border. U.S. Border Patrol apprehensions between ports of entry reached their
        # lowest since FY 2020") is one reading; the border's own series are others, and the
        # cue words weigh them.
        inherited = any(key == "place_from_text" for key, _ in claim.inherited)
        if claim.place == "nationwide":
            if actor == "USBP" or topic.id == "apprehensions":
                measures.append(("usbp_nationwide_encounters", label("usbp_nat", lang)))
            measures.append(("nationwide_encounters", label("nat", lang)))
        elif claim.place == "northern":
            if actor == "USBP" or topic.id == "apprehensions":
                # "The Border Patrol apprehended 4,316 people at the northern border": its
                # own series, cut by region, reaches back before CBP's.
                measures.append(("usbp_nationwide_encounters", label("northern", lang)))
                northern_usbp = measures[-1]
            measures.append(("nationwide_encounters", label("northern", lang)))
            northern = measures[-1]
        if claim.place not in ("nationwide", "northern") or inherited:
            # Who counted ("Border Patrol", "CBP") is a cue the interpretation step weighs
            # (``measure_support``), not a filter: writers often call Border Patrol's
            # figure CBP's, and the other way round.
            labels = {"usbp_swb_encounters": label("usbp_swb_between", lang),
                      "swb_encounters": label("swb", lang),
                      "ofo_swb_encounters": label("ofo", lang),
                      "usbp_swb_apprehensions": label("t8", lang)}
            measures += [(m, labels[m]) for m in topic.measures]
            if inherited and claim.place == "southwest" and actor == "CBP" and \
                    topic.id == "encounters" and not where:
                # "In the first six months of FY 2023, CBP has encountered more than 1.5
                # million individuals", after a sentence on the southern border: the agency
                # named alone may be counting everywhere.
                measures.append(("nationwide_encounters", label("nat", lang)))
            if claim.place is None and topic.id in ("encounters", "apprehensions",
                                                    "crossings") and not {
                    "sector", "state", "region"} & set(where) and _US_BORDER.search(
                    claim.sentence.text) and "nationwide_encounters" in get_measure(
                    topic.measures[0]).part_of:
                # "2.666 nicaragüenses fueron detenidos en la frontera de Estados Unidos":
                # the US border, no side named, may be CBP's count everywhere (the
                # nationality tables are nationwide); the figures decide.
                measures.append(("nationwide_encounters", label("nat", lang)))
        if claim.place is None and (actor == "USBP" or topic.id == "apprehensions") and \
                not {"sector", "state", "region"} & set(where) and claim.periods and \
                all(p.end < NATIONWIDE_UNTIL for p in claim.periods) and \
                not any(m == "usbp_nationwide_encounters" for m, _ in measures):
            measures.append(("usbp_nationwide_encounters", label("usbp_nat", lang)))
        title42_months = any(TITLE42.contains(m) for p in claim.periods
                             for m in p.month_starts())
        if claim.place in (None, "southwest") and "authority" not in where and (
                topic.id == "apprehensions" or actor == "USBP") and title42_months \
                and topic.id not in ("ports", "title8", "expulsions"):
            # Under Title 42, "apprehensions" may also mean Title 8 apprehensions alone.
            measures.append(("usbp_swb_apprehensions", label("t8_only", lang)))
        if topic.id == "expulsions":
            where["authority"] = ["Title 42"]
        if _field_offices(where):
            # "La Oficina de Campo de El Paso": the ports' field office, counted by the ports'
            # series and CBP's all-component one.
            measures = [("ofo_swb_encounters", label("ofo", lang)),
                        ("swb_encounters", label("cbp_all", lang))]
        elif "sector" in where and topic.id not in ("ports",) and \
                set(where["sector"]) & set(lx.OTHER_SECTORS):
            # "The Swanton Sector": Border Patrol's, away from the Southwest border (its
            # nationwide series has every sector).
            measures, northern = [("usbp_nationwide_encounters", label("usbp_nat", lang))], None
        elif "sector" in where and topic.id not in ("ports",):
            # "The Tucson sector" is a Border Patrol sector (ports belong to field offices).
            measures = [(m, lab) for m, lab in measures if m.startswith("usbp_")] or [
                ("usbp_swb_encounters", label("usbp_swb", lang))]
        if "sector" in where and "state" in where:
            # "Texas' El Paso Sector": the sector says where; the state only places it.
            del where["state"]
        by_sector: list[tuple[str, str, dict[str, list[str]]]] = []
        if "state" in where:  # only the all-CBP state table is cut by state
            measures = [(m, lab) for m, lab in measures if m == "swb_encounters"] or [
                ("swb_encounters", label("cbp_all", lang))]
            rest = {k: v for k, v in where.items() if k != "state"}
            if topic.id != "ports" and actor != "OFO" and claim.periods and (any(
                    p.start < STATE_TABLE_FROM for p in [*claim.periods, *claim.compare_to]
            ) or topic.id == "apprehensions" or actor == "USBP") and all(
                    st in STATE_SECTORS for st in where["state"]):
                # "Arrests in Arizona" before the state table began (or a change from a
                # year before it), or Border Patrol's apprehensions in a state at any time
                # ("in Texas alone, … 125,861 migrant apprehensions"): Border Patrol's
                # figures for a state are its sectors there (Tucson and Yuma), as its yearly
                # reports gave them (the state table counts ports too); the figures decide.
                sectors = [s for st in where["state"] for s in lx.SECTORS_OF_STATE[st]]
                by_sector.append(("usbp_swb_encounters", label("usbp_state", lang),
                                  rest | {"sector": sectors}))
            if (topic.id == "ports" or _AT_PORTS.search(claim.sentence.text)) and all(
                    st in FIELD_OFFICES_OF_STATE for st in where["state"]):
                # "At ports of entry in Arizona": the state table has no components; the
                # ports there are a field office's (Tucson's); the figures decide.
                offices = [f for st in where["state"] for f in FIELD_OFFICES_OF_STATE[st]]
                by_sector.append(("ofo_swb_encounters", label("ofo_state", lang),
                                  rest | {"sector": offices}))
        return [(m, lab, where | {"region": ["Northern Land Border"]} if (m, lab) in (
                    northern, northern_usbp) else where) for m, lab in measures] + by_sector

    def readings(self, claim: Claim) -> list[Reading]:
        topic = claim.topic
        assert topic is not None and topic.measures
        where: dict[str, list[str]] = {k: list(v) for k, v in claim.filters.items()}
        measures = [(m, text, self._own_group(m, _in_own_terms(m, wh)))
                    for m, text, wh in self.measures(claim, topic, claim.actor, where)]
        if claim.versus is not None:
            return self._cross_readings(claim, measures)
        if claim.kind == "share" and "component" in claim.share_group:
            # "Encounters at ports of entry made up 28 percent of the southwest border
            # total": the share is of a series the component is a part of (its own series,
            # named by "ports of entry", cannot be cut by component).
            whole = [(m, t, wh) for m, t, wh in measures
                     if "component" in get_measure(m).dimensions]
            if not whole:
                whole = [(p, label("swb" if p == "swb_encounters" else "nat", self.lang), w)
                         for m, _, w in measures[:1] for p in get_measure(m).part_of
                         if "component" in get_measure(p).dimensions][:1]
            measures = whole or measures
        period_sets = [claim.periods] + claim.alternatives[:2]
        out = []
        for order, (measure, text, wh) in enumerate(measures):
            support, cues = measure_support(claim, measure, order)
            if claim.time_kind == "recent":
                # "Recent totals": the latest three months this series has.
                _, hi = self.engine.coverage(get_measure(measure), self.as_of)
                end = min(hi, claim.periods[0].end)
                months = [add_months(end, -i) for i in (2, 1, 0)]
                if claim.kind == "rank_record":
                    # "In recent months, monthly apprehensions have hit 60-year lows": the
                    # latest of them set it.
                    months = months[-1:]
                period_sets = [[Period.month(m.year, m.month) for m in months]]
                claim.each = True
            for j, periods in enumerate(period_sets):
                if not periods:
                    continue
                shown = text
                if j and periods[0].kind in ("fiscal_year", "year"):
                    shown += "; " + label("fiscal_years" if periods[0].kind == "fiscal_year"
                                          else "calendar_years", self.lang)
                elif j:
                    shown += "; " + ", ".join(p.label for p in periods)
                # The period the words name first is a little likelier than its other
                # reading (a bare year: calendar or fiscal, by the text); what a figure of
                # the same sentence settled is likelier still.
                labels = tuple(p.label for p in periods)
                settled = self.settled.get(claim.sentence.start, [])
                bonus = (1.0 if any(m == measure and _same_cut(w, wh)
                                    for m, w, _ in settled) else 0.0) + (
                    0.5 if any(lab == labels for _, _, lab in settled) else 0.0) + (
                    # (A period an exact figure of the sentence matched outweighs the
                    # words' first reading of a relation, which has no count of its own to
                    # choose by: "Last year, 212,202 … in the Tucson region …, down from …
                    # 616,346 in 2000" is of fiscal years, as 212,202 is.)
                    0.5 if j and claim.kind not in ("total", "rate") and any(
                        lab == labels for _, _, lab, _ in
                        self.exact_levels.get(claim.sentence.start, [])) else 0.0)
                base = claim.alternative_bases[j - 1] if 0 < j <= len(
                    claim.alternative_bases) else _like_for_like(claim, periods) if j else None
                out.append(Reading(measure, wh, list(periods), shown, base=base,
                                   support=support + (0.0 if j else 0.5) + bonus,
                                   cues=list(cues) + (["the sentence's figure"] if bonus
                                                      else [])))
        for m, named, periods in self.moved.get(claim.sentence.start, []):
            for r in list(out):
                # (A relation with a base of the named months' length keeps them: "enero
                # hasta noviembre …, 53.98% menos que 2019 en el mismo periodo" is not the
                # whole year the first figure comes nearer.)
                if r.measure == m and tuple(p.label for p in r.periods) == named and not (
                        claim.compare_to and sum(p.months for p in periods) != sum(
                            p.months for p in r.periods)):
                    out.append(Reading(m, r.where, list(periods), r.label + "; " + ", ".join(
                        p.label for p in periods), support=r.support + 1.0,
                        cues=r.cues + ["the sentence's figure"]))
        have = {r.measure for r in out}
        for m in self.settled_measures(claim):
            if m in CORRIDOR_READINGS and m not in have and claim.periods:
                # A corridor series an exact figure of the sentence settled, cut as this
                # figure's own words cut it: in "Los venezolanos fueron 328 mil 650 de los
                # 520 mil que cruzaron", the series is settled, the Venezuelans are not.
                have.add(m)
                own = {k: list(v) for k, v in where.items() if k == "citizenship"}
                out.append(Reading(m, own, list(claim.periods),
                                   label(CORRIDOR_READINGS[m], self.lang), support=2.5,
                                   cues=["the sentence's figure"]))
        return out

    def _cross_readings(self, claim: Claim,
                        mine: list[tuple[str, str, dict[str, list[str]]]]) -> list[Reading]:
        """Both series over the same months: this side's measures against the other
        side's, the most likely pair first."""
        side = claim.versus
        assert side is not None
        theirs = self.measures(claim, side.topic, side.actor,
                               {k: v for k, v in claim.filters.items() if k == "citizenship"})
        pairs = [(a, b) for a in mine[:2] for b in theirs[:2]][:3]
        out = []
        for order, ((m_a, l_a, w_a), (m_b, l_b, w_b)) in enumerate(pairs):
            shown = f"{l_a} / {l_b}"
            out.append(Reading(m_a, w_a, list(claim.periods), shown, versus=m_b,
                               versus_where=w_b, support=1.0 - 0.5 * order))
        return out

    def framing_readings(self, claim: Claim, base: list[Reading]) -> list[Reading]:
        """Readings the words do not name but a figure often comes from: the other US
        border series (all CBP for Border Patrol, Border Patrol for CBP, ports of entry, the
        nationwide total for the border's), the fiscal year for a calendar year named (and,
        for series published by calendar year, the calendar year for a fiscal year). One
        with an explicit cue in the words ("CBP" in the sentence) is a reading like any
        other; one without is a mislabel, chosen only when the figure points to it."""
        if not base:
            return []
        first = base[0]
        out = []
        lang = self.lang
        topic = claim.topic
        us = topic is not None and topic.country == "USA" and topic.id not in (
            "removals", "expulsions", "title8", "releases") and claim.versus is None
        if us and claim.place in (None, "southwest") and "authority" not in first.where:
            have = {r.measure for r in base}
            others = [("swb_encounters", label("f_cbp", lang)),
                      ("usbp_swb_encounters", label("usbp_swb", lang)),
                      ("ofo_swb_encounters", label("ofo", lang)),
                      ("nationwide_encounters", label("f_nationwide", lang))]
            if claim.place is None and (claim.actor == "USBP" or topic.id == "apprehensions") \
                    and not _A_BORDER.search(claim.sentence.text):
                # "Border Patrol only recorded 342 encounters with illegal aliens from China",
                # no border named: its nationwide count is a reading too, a weak one that
                # only the figure can choose.
                others.append(("usbp_nationwide_encounters", label("usbp_nat", lang)))
            for measure, shown in others:
                if measure in have or ("sector" in first.where and not measure.startswith(
                        "usbp_")) or ("state" in first.where and measure != "swb_encounters"):
                    continue
                support, cues = measure_support(claim, measure, -1)
                kind = None if support >= 1.5 else mislabel_kind(first.measure, measure)
                if measure == "nationwide_encounters" and _names_the_southwest(claim):
                    # "La CBP registró 2,9 millones de encuentros en la frontera suroeste",
                    # "CBP encounters at the southwest border rose 16%": the publisher's name
                    # cues its nationwide total too, but the border its own sentence names is
                    # not the nation; a figure that fits the nation is a mislabel.
                    kind = mislabel_kind(first.measure, measure) or "part"
                if measure == "nationwide_encounters" and claim.place is None and not \
                        _BORDER_WORD.search(claim.sentence.text):
                    # "FY 2023 encounters will exceed 3 million": with no border named, the
                    # nationwide total is a reading, if a weak one.
                    kind, support = None, support + 0.25
                if measure == "usbp_nationwide_encounters":
                    kind, support = None, first.support - SUPPORT_GAP
                if claim.place is None and measure in self.settled_measures(claim):
                    # "From almost 2.3 million in 2021, to over 3 million in 2022, and 3.3
                    # million in 2023": with no border named, the series the sentence's
                    # other figures settled is a reading of this one too, not a mislabel.
                    kind, support = None, support + 1.0
                    cues = [*cues, "the sentence's figure"]
                where = first.where
                if measure == "nationwide_encounters" and "component" not in where and \
                        measure_support(claim, "ofo_swb_encounters", -1)[0] >= 1.5:
                    # "570,587 encounters from the Office of Field Operations": the ports'
                    # nationwide total, not every component's.
                    where = where | {"component": ["OFO"]}
                out.append(Reading(measure, where, first.periods, shown,
                                   support=support, cues=cues,
                                   mislabel=kind))
        q = claim.quantity
        if us and claim.kind == "total" and claim.place is None and q is not None and \
                q.kind == "count" and rules.precision(q.words, q.value) <= 0.005 and \
                topic is not None and topic.id in ("crossings", "apprehensions") and \
                not lx.names_us(claim.sentence.text):
            # "While 8,594 migrants crossed in 2020, the figure increased to 133,726 in
            # 2021": with no country named, a precise figure may be another stage of the
            # corridor's; only an exact match chooses it.
            where = {k: v for k, v in first.where.items() if k == "citizenship"}
            for measure in CORRIDOR_READINGS:
                out.append(Reading(measure, where, list(first.periods),
                                   label(CORRIDOR_READINGS[measure], lang), support=-1.0))
        if claim.kind == "total" and q is not None and q.kind == "count" and \
                rules.precision(q.words, q.value) <= 0.001 and len(first.periods) == 1 and \
                first.periods[0].kind == "range" and first.periods[0].months < 12 and \
                first.periods[0].start.month in (1, 10):
            # A precise figure of the months that open a year may be another period's,
            # labelled as these months; only a match chooses it.
            part = first.periods[0]
            others: list[tuple[Period, str, float, bool]] = []
            if part.start.month == 1:
                # "En los primeros cinco meses del año se ha detenido a 676 mil 315": the
                # fiscal year so far to the same month (only an exact match chooses it).
                start = Period.fiscal_year(fiscal_year_of(part.end)).start
                others.append((Period.span(start, part.end),
                               label("f_fiscal", lang), 1.0, False))
            # "los 91,049 arrestos registrados en el mismo periodo del año fiscal anterior":
            # the whole year the months are the start of (FY2024's 91,049, not October to
            # June's 82,386), a right figure with the wrong period label.
            whole = Period.fiscal_year(fiscal_year_of(part.start)) if \
                part.start.month == 10 else Period.year(part.start.year)
            others.append((whole, whole.label, 1.5, True))
            # "28,470 crossing in the first three months of this year": the count of one
            # month more (or less) than the months named, a right figure with a period
            # label a month off (January to April's 28,470) — only where it is exact.
            for end in (add_months(part.end, 1), add_months(part.end, -1)):
                if part.start <= end < whole.end:
                    span = Period.span(part.start, end)
                    others.append((span, span.label, 3.0, True))
            for period, shown, drop, named_only in others:
                out += _relabelled([*base, *out], first.periods, [period], shown,
                                   lambda _, d=drop: d, named_only)
        if claim.calendar_explicit and first.periods and all(
                p.kind == "year" for p in first.periods):
            fys = [Period.fiscal_year(p.start.year) for p in first.periods]
            out.append(Reading(first.measure, first.where, fys, label("f_fiscal", lang),
                               support=first.support - 1, mislabel="period"))
        if first.measure in CALENDAR_SERIES and first.periods and all(
                p.kind == "fiscal_year" for p in first.periods):
            years = [Period.year(fiscal_year_of(p.end)) for p in first.periods]
            out.append(Reading(first.measure, first.where, years, label("f_calendar", lang),
                               support=first.support - 1, mislabel="period"))
        q = claim.quantity
        first = max(base, key=lambda r: r.support)
        if claim.kind == "total" and q is not None and q.kind == "count" and len(
                first.periods) == 1 and _whole_year(first.periods[0]) \
                and rules.precision(q.words, q.value) <= 0.01:
            # "61,680 deportados ..., superando la cifra de 55,302 del 2022": a precise
            # figure of the year next to the one named (55,302 was 2023's) is a year
            # mislabel, told by the figure alone; so is one of the twelve months a year
            # later ("Between October 2023 and September 2024, US authorities intercepted
            # 34,146 Indians": FY2025's), of any series the words allow; of another series
            # than the likeliest, two mislabels at once, only where the figure is exact.
            likeliest = first.measure
            out += _relabelled(sorted([*base, *out], key=lambda r: -r.support), first.periods,
                               [first.periods[0].shifted_years(shift) for shift in (-1, 1)],
                               None, lambda r: 1.5 if r.measure == likeliest else 3.0, False)
        if claim.kind == "share" and "component" in claim.share_group:
            # A component's share is of a series that has components (see ``readings``).
            out = [r for r in out if "component" in get_measure(r.measure).dimensions]
        return out


# Hedges that give a figure, not a bound: a bound ("more than 10,000") is met by any sum
# large enough, so it is never read as one.
POINT_HEDGES = (None, "about", "nearly", "just_over")
# Words that make a figure each period's, not theirs together.
_EACH_WORD = re.compile(r"\b(?:each|every|both|respectively|per year|a year|annually|cada|"
                        r"ambos|respectivamente|por año|al año|anuales?)\b", re.IGNORECASE)
# A list of this many countries is a region's ("Africans"), summed over those a series
# breaks out.
GROUP_OF_COUNTRIES = 8

# How far back (in characters) a group a precise figure showed carries to later sentences.
GROUP_CARRIES = 600


def evaluate_all(claims: list[Claim], checker: Checker, ref: dt.date) -> list[dict[str, Any]]:
    """Every claim checked, in order; within a sentence the stated figures go first, so
    that what they settle (which series, which year) informs the sentence's other claims."""
    order = sorted(range(len(claims)), key=lambda i: (
        claims[i].sentence.start, claims[i].kind != "total" or claims[i].quantity is None, i))
    results: dict[int, dict[str, Any]] = {}
    checker.settled = {}
    checker.moved = {}
    checker.groups_found = {}
    checker.exact_levels = {}
    for i in order:
        results[i] = evaluate(claims[i], checker, ref)
    # A precise level beside a relation, wrong at its own period, may be one of the
    # relation's own figures: read again with the periods the relation was judged over.
    judged: dict[int, list[Period]] = {}
    for j, other in enumerate(claims):
        if other.kind in _RELATIONS:
            judged.setdefault(other.sentence.start, []).extend(
                p for f in results[j].get("official") or []
                if (p := _period_of(f.get("period"))) is not None)
    for i, claim in enumerate(claims):
        if results[i]["verdict"] != rules.INACCURATE or claim.kind != "total":
            continue
        new = [[p] for p in dict.fromkeys(judged.get(claim.sentence.start, []))
               if [p] not in claim.sentence_periods and p not in claim.periods]
        if new:
            _read_again(claim, i, results, checker, ref, relation_periods=new)
    # A figure judged before a later one of its sentence settled the series ("3,154
    # encuentros con migrantes nicaragüenses, … 17,713 con salvadoreños, … y 43,357 con
    # hondureños reportados por CBP": the last matches the nationwide total exactly): read
    # again, with that series before it.
    for i, claim in enumerate(claims):
        verdict = results[i]["verdict"]
        if claim.kind == "total" and verdict != rules.ACCURATE and verdict != rules.MISLEADING \
                and set(checker.settled_measures(claim)) - {results[i]["measure"]}:
            # (A figure that held roughly is read again only to hold exactly.)
            _read_again(claim, i, results, checker, ref,
                        keep=_holds if verdict != rules.ROUGHLY else
                        lambda trial: trial["verdict"] == rules.ACCURATE,
                        inherited=list(claim.inherited))
    # A group a precise figure of the sentence showed, though the words do not name it
    # ("los chapines registraron en 2015 el arresto de 56,691 …, fueron 7,601 en 2016": the
    # Guatemalans): the sentence's other figures count that group too.
    # (A change or comparison between the figures takes the group where the group makes it
    # hold: "… se registraron 106 mil 847 encuentros", El Paso's, "un 58 por ciento de
    # reducción".)
    for i, claim in enumerate(claims):
        found = checker.groups_found.get(claim.sentence.start, [])
        cuts = [c for c in found if c[0] is not claim]
        # (A total takes the group unless it holds already; a relation, only if wrong.)
        unjudged = (rules.INACCURATE, rules.MISLEADING, rules.UNVERIFIABLE) \
            if claim.kind == "total" else (rules.INACCURATE,)
        if claim.kind not in ("total", *_RELATIONS) or not cuts or len(cuts) < len(found) or \
                any(c[1] != cuts[0][1] for c in cuts) or results[i]["verdict"] not in unjudged:
            continue
        extra = {k: v for k, v in cuts[0][1].items() if k not in claim.filters}
        if extra:
            _read_again(claim, i, results, checker, ref,
                        keep=_holds if claim.kind != "total" else None,
                        filters=claim.filters | extra,
                        inherited=[*claim.inherited, ("group_of_the_sentence", {})])
    # ... and a figure (or a share) of a later sentence that names no group ("In January
    # 2017, they apprehended 15,579. February saw half of that number … And in March a
    # total of 4,143": the sector the first figure matched), where the group fits it.
    for i, claim in enumerate(claims):
        if claim.kind not in ("total", "share", *_RELATIONS) or claim.filters or \
                claim.share_group or not checker.groups_found or \
                results[i]["verdict"] != rules.INACCURATE:
            continue
        found = [checker.groups_found[s] for s in sorted(checker.groups_found)
                 if claim.sentence.start - GROUP_CARRIES < s < claim.sentence.start]
        if not found or any(c[1] != found[-1][0][1] for c in found[-1]):
            continue
        _read_again(claim, i, results, checker, ref, keep=_holds,
                    filters={k: list(v) for k, v in found[-1][0][1].items()},
                    inherited=[*claim.inherited, ("group_of_the_text", {})])
    # Children counted by a US series, which counts no children but unaccompanied ones and
    # those in family units: "the number of children and teens coming to the border shot up
    # by more than 60 percent" is most often the unaccompanied children's; "family members
    # and children" are the family units'. Kept only if the figure then holds (it is the
    # evidence).
    for i, claim in enumerate(claims):
        kids = claim.filters.get("demographic") or []
        if "Children" not in kids or claim.topic is None or claim.topic.country != "USA" \
                or results[i]["verdict"] != rules.UNVERIFIABLE or not claim.periods:
            continue
        families = "FMUA" in kids
        if not families and kids != ["Children"] or claim.quantity is not None and \
                claim.quantity.kind == "vague":
            continue  # (a vague "thousands of children" fits any series)
        _read_again(claim, i, results, checker, ref, keep=_holds,
                    filters=claim.filters | {"demographic": ["FMUA" if families else "UAC"]},
                    inherited=[*claim.inherited, (
                        "children_of_families" if families else "children_alone", {})])
    _period_of_the_text(claims, results, checker, ref)
    for i, claim in enumerate(claims):
        if results[i]["verdict"] == rules.INACCURATE and claim.kind in ("change",
                                                                         "comparison"):
            results[i] = _over_its_levels(claim, i, claims, results, checker, ref)
        elif claim.kind == "share" and results[i]["verdict"] in (rules.INACCURATE,
                                                                 rules.UNVERIFIABLE):
            results[i] = _share_of_its_levels(claim, i, claims, results, checker.lang)
    return [results[i] for i in range(len(claims))]


def _period_of_the_text(claims: list[Claim], results: dict[int, dict[str, Any]],
                        checker: Checker, ref: dt.date) -> None:
    """A figure with no period whose guess (the latest month, the recent years) failed
    may count the period of the figure the text judged just before it, in the same
    paragraph: "between October 2022 and May 2024, 261,621 meetings with nationals … Of
    those, 248,023 were arrested by Border Patrol"; a first figure that told its own
    period by matching it exactly ("9,146 familias", October to January) tells the next
    one's. Kept only if the figure then holds (it is the evidence)."""
    for i, claim in enumerate(claims):
        if not claim.guessed or results[i]["verdict"] != rules.UNVERIFIABLE or \
                claim.kind not in ("total", "share", "rate"):
            continue
        donors = [j for j, c in enumerate(claims) if c.sentence.start <= claim.sentence.start
                  and c.start < claim.start and c.sentence.paragraph == claim.sentence.paragraph
                  and results[j]["verdict"] in (rules.ACCURATE, rules.ROUGHLY)]
        if not donors:
            continue
        periods = [_period_of(label) for label in results[donors[-1]].get("periods") or []]
        if len(periods) != 1 or periods[0] is None or [periods[0]] == claim.periods:
            continue
        _read_again(claim, i, results, checker, ref, keep=_holds,
                    periods=[periods[0]], alternatives=[], guessed=False,
                    inherited=[(key, kw) for key, kw in claim.inherited
                               if not key.startswith("no_period")] + [
                        ("period_of_the_text", {"period": periods[0].label})])


def _holds(result: dict[str, Any]) -> bool:
    """The claim holds as read."""
    return result["verdict"] in (rules.ACCURATE, rules.ROUGHLY)


def _read_again(claim: Claim, i: int, results: dict[int, dict[str, Any]], checker: Checker,
                ref: dt.date, keep: Callable[[dict[str, Any]], bool] | None = None,
                **reading: Any) -> None:
    """Check a claim again with part of its reading changed (its periods, its group, ...):
    the new result replaces the old where `keep` accepts it (always, without `keep`);
    otherwise the claim's reading is put back as it was."""
    before = {name: getattr(claim, name) for name in reading}
    for name, value in reading.items():
        setattr(claim, name, value)
    trial = evaluate(claim, checker, ref)
    if keep is None or keep(trial):
        results[i] = trial
    else:
        for name, value in before.items():
            setattr(claim, name, value)


def _stated_levels(claim: Claim, i: int, claims: list[Claim],
                   results: dict[int, dict[str, Any]],
                   kinds: tuple[str, ...] = ("total",)) -> list[tuple[Claim, dict[str, Any]]]:
    """The levels a relation's sentence states beside it that held as read (its
    evidence): the other totals (or ``kinds``) of the sentence, with a figure, judged
    right; for a sentence that states none and opens on what was just said ("Eso
    representó un aumento del 98.5 por ciento", "That is a 35 percent increase"), those of
    the sentence before."""
    def levels(sentence: Sentence) -> list[tuple[Claim, dict[str, Any]]]:
        return [(c, results[j]) for j, c in enumerate(claims)
                if j != i and c.sentence is sentence and c.kind in kinds and
                c.quantity is not None and c.quantity.kind == "count" and
                results[j]["verdict"] in (rules.ACCURATE, rules.ROUGHLY)]
    own = levels(claim.sentence)
    if own or not _OPENS_ON_WHAT_WAS_SAID.match(claim.sentence.text):
        return own
    before = [c.sentence for c in claims if c.sentence.start < claim.sentence.start]
    return levels(max(before, key=lambda s: s.start)) if before else []


# A sentence that opens on what the one before said: "Eso representó", "This represents",
# "That's an increase of", "Lo que significa".
_OPENS_ON_WHAT_WAS_SAID = re.compile(
    r"\s*(?:(?:and|but|y|pero)\s+)?(?:that|this|it|eso|esto|ello|lo que|which)(?:'s|’s)?\s+"
    r"(?:(?:is|was|represents|represented|marks|marked|means|meant|amounts to|reflects|"
    r"reflected|representa|representó|significa|significó|supone|supuso|implica|implicó|"
    r"equivale|equivalió|es|fue)\b)", re.IGNORECASE)


def _share_of_its_levels(claim: Claim, i: int, claims: list[Claim],
                         results: dict[int, dict[str, Any]], lang: str) -> dict[str, Any]:
    """"Se detuvo a 309 mil 692 personas y se regresó a 130 mil 275; es decir, el 42 por
    ciento de las personas detenidas fueron enviadas de regreso": a share stated beside its
    part and its whole, each of which the official files hold as stated, is the one's share
    of the other, whatever series each is of (returns of detentions) — where the files
    cannot cut the share by a group, or the reading cut it otherwise. Kept only if that
    ratio fits the share stated (the stated, verified levels are the evidence)."""
    q = claim.quantity
    if q is None or q.kind not in ("percent", "fraction"):
        return results[i]
    levels = [(c, r, figure) for c, r in _stated_levels(claim, i, claims, results)
              if c.quantity.kind == "count" and (figure := (r.get("official") or [None])[0])
              and isinstance(figure.get("value"), int | float) and figure["value"] > 0]
    said = q.value / 100 if q.kind == "percent" else q.value
    for (_, part_r, part), (_, whole_r, whole) in itertools.permutations(levels, 2):
        if part["value"] >= whole["value"]:
            continue
        share = part["value"] / whole["value"]
        verdict, reason = rules.judge_share(said, share, q.hedge, lang=lang)
        if verdict != rules.ACCURATE:
            continue
        new = dict(results[i])
        new.update({
            "verdict": verdict, "measure": part_r["measure"], "filters": part_r["filters"],
            "periods": part_r["periods"], "official": [part | {"label": "part"},
                                                      whole | {"label": "whole"}],
            "query": " ; ".join(x for x in (part_r.get("query"), whole_r.get("query")) if x),
            "uncovered": False, "caveats": part_r.get("caveats") or [],
            "explanation": msg(lang, "share_of_levels", part=f"{part['value']:,}",
                               whole=f"{whole['value']:,}", reason=reason)})
        return new
    return results[i]


def _over_its_levels(claim: Claim, i: int, claims: list[Claim],
                     results: dict[int, dict[str, Any]], checker: Checker,
                     ref: dt.date) -> dict[str, Any]:
    """"Detuvo a 851,508 extranjeros, un aumento del 115 por ciento con respecto a los
    396,579 del anterior periodo": a change whose sentence states both its levels, each
    matching one period of one series exactly (FY2019 and FY2018), relates those two
    periods; one that states only the level it reached, with no base named, runs from the
    period before that level's; and levels that count one group the words do not name make
    the change (or the comparison) that group's. A relation judged false is read again so,
    and the new reading is kept only if it then holds (the stated levels are the
    evidence)."""
    q = claim.quantity
    if q is None or q.kind not in ("percent", "multiplier"):
        return results[i]
    periods: dict[str, Period] = {}
    measures = set()
    cuts: list[dict[str, list[str]]] = []
    stated = _stated_levels(claim, i, claims, results, kinds=("total", "rate"))
    # Two averages of the text's own periods ("an average of 246 … every day" in the
    # twelve months to September, "62 per day" in the four months since, "a reduction of
    # 75%"): the change between them, over spans of any length.
    averages = len(stated) == 2 and all(c.kind == "rate" and not c.guessed and
                                        len(r["periods"]) == 1 for c, r in stated)
    for c, r in stated:
        if c.kind == "rate" and not averages:
            continue
        if rules.precision(c.quantity.words, c.quantity.value) > 0.001 and not averages:
            continue
        # A precise level right for its own period, or for the one it matches exactly under
        # another label ("in FY23 with 308,220": October–April of FY2023).
        # (Not one it only comes nearer: "80 mil 926" from January to November, nearer the
        # whole year's 82,379 than the months' 76,744, is of the months it names.)
        evidence = r.get("evidence") or {}
        labels = evidence.get("matched_periods") if evidence.get("exact") and \
            evidence.get("matched_periods") else r["periods"]
        if len(labels) == 1 and (p := _period_of(labels[0])) is not None:
            periods[labels[0]] = p
            measures.add(r["measure"])
            cuts.append(r.get("filters") or {})
    # The group the levels count, where the words of the change do not name it ("44 mil
    # 512 encuentros", a count of the El Paso sector's, "un 58 por ciento de reducción").
    one_cut = bool(cuts) and all(c == cuts[0] for c in cuts)
    cut = cuts[0] if one_cut and any(claim.filters.get(k) != v for k, v in cuts[0].items()) \
        else {}
    # ... and levels that count no group where the relation took one from the text before
    # ("La cifra mensual de capturas … 272.338 detenciones, 8,2% más que en agosto", after
    # a sentence on Venezuelans): the relation is of everyone, as its levels are.
    dropped = [k for k in ("citizenship", "demographic")
               if one_cut and k in claim.filters and k not in cuts[0]]
    note = "compared_from_levels"
    if len(periods) == 1 and len(measures) == 1 and (not claim.compare_to or (
            list(periods.values()) != claim.periods and claim.kind == "change")):
        # One stated level, the change's own, with no base named ("detuvo a 851,508
        # extranjeros, un aumento del 115 por ciento con respecto al anterior periodo"):
        # the level's period, against the one before it. (So too where the base is named
        # by the level's period, "In all, 56,881 were arrested, an increase of 700% over
        # the same period in 2020", and the level matched another period, fiscal 2021.)
        (after,) = periods.values()
        periods[after.label + "-"] = _unnamed_base(after)
        note = "compared_from_level"
    if len(measures) != 1 or len(periods) > 2 or len(periods) < 2 and not (cut or dropped):
        return results[i]
    trial = copy.copy(claim)
    if cut:
        trial.filters = claim.filters | cut
        trial.inherited = claim.inherited + [("levels_group", {})]
    elif dropped:
        trial.filters = {k: v for k, v in claim.filters.items() if k not in dropped}
    # (Levels of another series than the relation was read on, settled after it: "80 mil
    # 926 casos de extranjeros …, 53.98% menos que 2019 …, cuando se reportaron 175 mil
    # 877", Mexico's, not the US border's.)
    regroup = bool(cut or dropped) or measures != {results[i].get("measure")}
    own = {p.label for p in claim.periods + claim.compare_to}
    # (A base the words name and no level states is kept: "272.338 detenciones, 8,2% más
    # que en agosto" beside May's record 274.992 is September against August.)
    named_base = note == "compared_from_levels" and bool(claim.compare_to) and bool(
        claim.periods) and claim.compare_to[0].end < claim.periods[0].start and not any(
        key.startswith("compared_") for key, _ in claim.inherited) and not {
        p.label for p in claim.compare_to} & set(periods)
    if len(periods) < 2 or named_base or claim.kind == "comparison" and own == {
            p.label for p in periods.values()}:
        # The group only: the periods are those the words named ("31,948 …, more than 2.5
        # times the 11,823 of fiscal year 2023" sets the first against the second).
        again = evaluate(trial, checker, ref) if regroup else results[i]
        return again if again["verdict"] in (rules.ACCURATE, rules.ROUGHLY) else results[i]
    before, after = sorted(periods.values(), key=lambda p: p.start)
    if before.end >= after.start or before.months != after.months and not averages or (
            [after], [before], False) == (claim.periods, claim.compare_to, regroup):
        # (Like for like only: two levels of unequal spans are no change of one series,
        # unless each is an average.)
        return results[i]
    trial.periods, trial.compare_to, trial.alternatives = [after], [before], []
    trial.alternative_bases = []
    trial.compare_stat = "average" if averages and before.months > 1 else None
    trial.stat = "average" if averages and after.months > 1 else None
    trial.guessed = False
    trial.inherited = [(key, kw) for key, kw in trial.inherited if not key.startswith((
        "period_", "compared_", "no_period", "to_date", "first_days"))] + [(note, {})]
    again = evaluate(trial, checker, ref)
    return again if again["verdict"] in (rules.ACCURATE, rules.ROUGHLY) else results[i]


def _period_of(label: str | None) -> Period | None:
    """The period an official figure is for, if its label is a plain period (not "2025-02
    (monthly average)")."""
    try:
        return parse_period(label) if label else None
    except QueryError:
        return None


def _render(note: tuple[str, dict] | str, lang: str) -> str:
    """An assumption (key, params) in the explanation's language; params that are
    themselves (key, params) are rendered first."""
    if isinstance(note, str):
        return note
    key, kw = note
    done = {}
    for k, v in kw.items():
        if isinstance(v, tuple) and v and isinstance(v[0], str) and v[0] in i18n.NOTES:
            done[k] = _render((v[0], v[1] if len(v) > 1 else {}), lang)
        else:
            done[k] = v
    return i18n.note(lang, key, **done)


def _calendar_periods(claim: Claim, measures: set[str], lang: str) -> None:
    """Series published by calendar year (Mexico, Panama, Guatemala): a bare year is a
    calendar year even in a text about US fiscal years; a fiscal year the text names is
    summed from the months, and said so."""
    calendar = sorted(m for m in measures if m in CALENDAR_SERIES)
    if not calendar or not claim.periods:
        return
    who = msg(lang, f"publisher_{CALENDAR_SERIES[calendar[0]].lower()}")
    fiscal = all(p.kind == "fiscal_year" for p in claim.periods)
    if fiscal and not claim.explicit_fiscal:
        years = next((alt for alt in claim.alternatives if alt and all(
            p.kind == "year" for p in alt)), None)
        if years is None:
            years = [Period.year(fiscal_year_of(p.end)) for p in claim.periods]
        claim.periods = list(years)
        claim.alternatives = []
        claim.inherited.append(("calendar_series", {"who": who}))
    elif fiscal:
        claim.inherited.append(("fiscal_of_calendar_series", {"who": who}))
        claim.alternatives = []
    else:
        claim.alternatives = [alt for alt in claim.alternatives
                              if not alt or alt[0].kind != "fiscal_year"]
    if claim.compare_to and all(p.kind == "fiscal_year" for p in claim.compare_to) and \
            not claim.explicit_fiscal:
        claim.compare_to = [Period.year(fiscal_year_of(p.end)) for p in claim.compare_to]
        claim.compare_alternatives = []


def evaluate(claim: Claim, checker: Checker, ref: dt.date) -> dict[str, Any]:
    """The JSON-ready result for one claim."""
    claim.ref = ref
    lang = checker.lang
    base = {
        "text": claim.text, "start": claim.start, "end": claim.end, "kind": claim.kind,
        "sentence": claim.sentence.text, "measure": None, "periods": [],
        "claimed": _claimed(claim), "official": [], "verdict": rules.UNVERIFIABLE,
        "explanation": "", "caveats": [], "query": None, "readings": [], "robustness": [],
        "series": None, "assumptions": [], "sentence_start": claim.sentence.start,
        "projection": claim.projection,
    }
    result = _evaluate(claim, checker, ref, base)
    claim.chosen_measure = result.get("measure")
    if result.pop("group_found", False):
        checker.groups_found.setdefault(claim.sentence.start, []).append(
            (claim, result["filters"]))
    if result.get("evidence", {}).get("exact") or (
            claim.kind == "total" and result["verdict"] == rules.ACCURATE):
        checker.settled.setdefault(claim.sentence.start, []).append(
            (result["measure"], result.get("filters", {}),
             tuple(result["periods"])))
    if claim.kind == "total" and result.get("evidence", {}).get("exact") and \
            result["verdict"] == rules.ACCURATE:
        checker.exact_levels.setdefault(claim.sentence.start, []).append(
            (result["measure"], result.get("filters", {}), tuple(result["periods"]),
             claim.quantity.value if claim.quantity else 0.0))
    # (A claim read again keeps the notes of its first reading: each is said once.)
    result["assumptions"] = list(dict.fromkeys(_render(a, lang) for a in claim.inherited))
    result["verdict_label"] = i18n.VERDICT_LABELS[lang][result["verdict"]]
    return result


# Where a Mexican state is the place counted: "en el estado de Querétaro", "de Chiapas",
# or the state as who counts ("Veracruz registró", "Quintana Roo quintuplicó"); not a
# national count ("en todo el país", "a nivel nacional") that names a state beside it.
_IN_A_STATE = re.compile(r"\b(?:en|de|desde|in|from|at|hacia)\s+(?:el\s+estado\s+de\s+|la\s+"
                         r"ciudad\s+de\s+|the\s+state\s+of\s+|la\s+entidad\s+de\s+)?$",
                         re.IGNORECASE)
_STATE_COUNTS = re.compile(r"\s+(?:registr|report|sum[óa]|contabiliz|quintuplic|duplic|triplic|"
                           r"deport|detuv|asegur|present|recibi)", re.IGNORECASE)
_NATIONAL = re.compile(r"\b(?:todo el país|a nivel nacional|en el país|nationwide|"
                       r"all of mexico|nacional(?:mente)?)\b", re.IGNORECASE)


def _mexican_state(clause: str, before: str) -> re.Match | None:
    """The state a clause's count is of: its own, else one the clauses before it named."""
    for text in (clause, before):
        if _NATIONAL.search(text):
            return None
        found = next((m for m in lx.MX_STATE.finditer(text) if _IN_A_STATE.search(
            text, 0, m.start()) or _STATE_COUNTS.match(text, m.end())), None)
        if found is not None:
            return found
    return None


def _evaluate(claim: Claim, checker: Checker, ref: dt.date,
              base: dict[str, Any]) -> dict[str, Any]:
    lang = checker.lang
    topic = claim.topic
    if topic is None:
        base["explanation"] = msg(lang, claim.unmeasured if claim.unmeasured in (
            "unread", "unread_words") else "no_topic")
        return base
    if not topic.measures:
        series = i18n.WORDS.words(lang, "missing_series")
        missing = [series[t.id] for t in dict.fromkeys([topic, *(
            t for t in claim.other_topics if not t.measures)])]
        base["explanation"] = msg(lang, "no_series", missing="; ".join(missing))
        base["missing_series"] = missing
        return base
    unmeasured = claim.unmeasured or _unmeasured_by_topic(claim, topic)
    if unmeasured:
        base["explanation"] = msg(lang, unmeasured)
        base["missing_series"] = [base["explanation"]]
        return base
    if claim.place == "mexico_south" and topic.country == "USA":
        missing = msg(lang, "mexico_south_missing")
        base["explanation"] = msg(lang, "mexico_south", missing=missing)
        base["missing_series"] = [missing]
        return base
    where = {k: list(v) for k, v in claim.filters.items()}
    measures = {m for m, _, _ in checker.measures(claim, topic, claim.actor, where)}
    if claim.versus is not None:
        measures |= {m for m, _, _ in checker.measures(claim, claim.versus.topic,
                                                          claim.versus.actor, {})}
    _calendar_periods(claim, measures, lang)
    _default_periods(claim, ref, checker, measures)
    _policy_to_a_month(claim)
    if claim.kind == "change" and claim.time_kind == "now" and not claim.compare_to:
        # "As of today, we have cut the flow of immigration by over half": now against no
        # base named; the usual readings of a change said in passing are tried.
        claim.guessed = True
    _now_published(claim, checker, measures)
    _to_date(claim, ref)
    _so_far_to_the_month(claim)
    _projected_year(claim)
    _run_after_the_month_named(claim)
    _same_period_of_a_year(claim)
    readings = checker.readings(claim)
    if not readings:
        base["explanation"] = msg(lang, "no_period")
        return base
    judge = {"total": _total, "rate": _rate, "streak": _streak, "comparison": _comparison,
             "change": _change, "rank_record": _rank, "trend": _trend,
             "share": _share}[claim.kind]
    if claim.versus is not None:
        judge = _cross
    readings += _year_before_readings(claim, readings, lang)
    readings += _point_to_point_readings(claim, readings, lang)
    readings += _other_kind_of_year_readings(claim, readings, lang)
    readings += [r for r in checker.framing_readings(claim, readings)
                 if r.mislabel is None or _framable(claim)]
    readings += subject_readings(claim, readings, lang,
                                 checker.settled.get(claim.sentence.start, []))
    readings += rebound_readings(claim, readings, lang)
    demote_uncued(claim, readings)
    # A bare word ("rose", "a record", "more than") says little about which series is
    # meant; a vague amount ("thousands") a little more; a figure most.
    weight = 0.1 if claim.quantity is None else (0.25 if claim.quantity.kind == "vague"
                                                 else 1.0)
    for reading in readings:
        reading.fit_weight = weight
        _run(judge, claim, checker, reading)
    # (A precise count a few percent from some reading — "193,918" against another year's
    # 203,608 — is no match: it may still be one group's exactly.)
    q = claim.quantity
    precise = q is not None and q.kind == "count" and rules.precision(q.words, q.value) <= 0.001
    if not any(r.verdict == rules.ACCURATE or r.verdict == rules.ROUGHLY and not precise
               for r in readings):
        for reading in (found := unnamed_group_readings(claim, readings, checker)):
            reading.fit_weight = weight
            _run(judge, claim, checker, reading)
            reading.explanation = f"{reading.explanation.rstrip()} {reading.group_found}"
        readings += found
    if not any(r.verdict in (rules.ACCURATE, rules.ROUGHLY) for r in readings
               if not r.framing and (r.exact or not r.rebound)):
        # (Of the readings kept: a rebound one that holds only roughly is dropped below.)
        for reading in (found := found_period_readings(claim, readings, checker)):
            reading.fit_weight = weight
            _run(judge, claim, checker, reading)
        readings += found
    if not any(r.verdict in (rules.ACCURATE, rules.ROUGHLY) for r in readings
               if not r.framing):
        for reading in (found := corridor_figure_readings(claim, readings, checker)):
            reading.fit_weight = weight
            _run(judge, claim, checker, reading)
        readings += [r for r in found if r.verdict == rules.ACCURATE]
    readings = [r for r in readings if not r.rebound or r.exact]
    if any(not r.from_text and r.mislabel is None and r.verdict in (rules.ACCURATE,
                                                                    rules.ROUGHLY)
           for r in readings):
        # A reading of the sentence's own holds: the text's group is not needed, unless a
        # precise figure matches it exactly. (A series the words do not name is no reading
        # of the sentence's own.)
        readings = [r for r in readings if not r.from_text or r.exact]
    primary, said = choose(readings)
    if said is None and (stated := _level_stated(claim, checker, readings, primary)):
        primary = stated
    verdict = primary.verdict
    explanation = primary.explanation
    if verdict == rules.ROUGHLY and (other := _another_periods(claim, checker, primary)):
        verdict = primary.verdict = rules.INACCURATE
        explanation = explanation.rstrip() + " " + other
    if claim.guessed and primary.rebound and primary.exact and primary.periods:
        # The guessed latest month gave way to the period the precise figure matches.
        claim.inherited = [(key, kw) for key, kw in claim.inherited
                           if key != "no_period_latest"] + [
            ("no_period_matched", {"period": ", ".join(p.label for p in primary.periods)})]
    if claim.guessed and claim.kind == "change" and claim.quantity is not None and \
            verdict not in (rules.ACCURATE, rules.ROUGHLY) and primary.periods:
        # "We're down on crossings — more than 40 percent", with no period: the usual
        # readings of a change said in passing are tried too (the latest month against the
        # same month a year before, the fiscal year so far against the same months a year
        # before). One that fits settles it; when none does, the claim fails on every
        # reading a reader could take.
        # Each series the words support about as well as the first is tried the same way.
        tried = [t for r in [primary] + [r for r in readings if r is not primary and
                                         not r.framing and r.periods and
                                         r.support >= primary.support - COMPARABLE and
                                         r.measure != primary.measure][:2]
                 for t in _guessed_changes(claim, checker, r)]
        fits = sorted((t for t in tried if t.verdict in (rules.ACCURATE, rules.ROUGHLY)),
                      key=lambda t: t.verdict != rules.ACCURATE)
        if fits:
            primary = fits[0]
            verdict, explanation = primary.verdict, primary.explanation
            if claim.ref is not None and [p.label for p in primary.periods] == [
                    f"{claim.ref:%Y-%m}"]:
                claim.inherited = [(key, kw) for key, kw in claim.inherited
                                   if key != "no_period_latest"] + [
                    ("no_period_now_whole", {"period": f"{claim.ref:%Y-%m}"})]
        elif tried and all(t.verdict == rules.INACCURATE for t in [primary, *tried]):
            explanation = msg(lang, "no_period_none_fits", expl="; ".join(
                r.explanation.rstrip(". ") for r in [primary, *tried]))
        else:
            verdict = rules.UNVERIFIABLE
            explanation = msg(lang, "no_period") + " " + _say(lang, "guess_failed",
                                                              expl=explanation)
    elif _latest_against_a_year(claim) and verdict not in (rules.ACCURATE, rules.ROUGHLY) \
            and primary.periods:
        # "A 95% decrease from 2024", said in February 2025 with no period of its own: the
        # latest month (or the month under way) against the same month of the year named
        # is a reading too, kept where it fits.
        named = claim.compare_to[0]
        fits = [t for t in _guessed_changes(claim, checker, primary)
                if t.verdict in (rules.ACCURATE, rules.ROUGHLY) and t.periods[-1].kind ==
                "month" and named.start <= t.periods[-1].shifted_years(-1).start <= named.end]
        if fits:
            primary = min(fits, key=lambda t: t.verdict != rules.ACCURATE)
            verdict, explanation = primary.verdict, primary.explanation
            if claim.ref is not None and primary.periods[-1].label == f"{claim.ref:%Y-%m}":
                claim.inherited = claim.inherited + [
                    ("no_period_now_whole", {"period": f"{claim.ref:%Y-%m}"})]
    elif claim.guessed and (verdict not in (rules.ACCURATE, rules.ROUGHLY) or
                            claim.kind == "share" and not primary.exact):
        # The period was a guess the figure does not bear out: nothing can be said. (A
        # share near the guess's, within the usual points, says nothing of which period
        # the writer meant: it has to match one to the decimal.)
        near = verdict in (rules.ACCURATE, rules.ROUGHLY)
        verdict = rules.UNVERIFIABLE
        explanation = msg(lang, "no_period") + " " + _say(
            lang, "guess_near" if near else "guess_failed", expl=explanation)
    caveats = _caveats(primary.measure, lang)
    if primary.versus:
        caveats = [msg(lang, "cross_caveat", a_unit=i18n.unit(primary.measure, lang),
                       b_unit=i18n.unit(primary.versus, lang))] + caveats[:2] + \
            _caveats(primary.versus, lang)[:1]
    caveats += primary.notes
    if primary.mislabel and said is not None and verdict in (rules.ACCURATE, rules.ROUGHLY):
        # The figure is right for a series the words do not name. A right figure given the
        # wrong year label is roughly right; a figure of another series is judged as what
        # the words say it is (Border Patrol's count called all CBP's is 3% short: roughly;
        # the nationwide total called the border's is 16% high: inaccurate), and the
        # explanation says where it comes from. The claim is reported as the words read.
        verdict = rules.ROUGHLY if primary.mislabel == "period" or _words_allow(
            claim, primary, said) else (
            said.verdict if said.verdict != rules.UNVERIFIABLE else rules.ROUGHLY)
        what = msg(lang, "what_change" if claim.kind == "change" else "what_figure")
        explanation = (said.explanation + msg(lang, "framing_matches", what=what,
                                              label=primary.label, expl=primary.explanation))
        matched = primary
        primary = said
        caveats = _caveats(primary.measure, lang) + primary.notes
        primary.evidence_match = matched
        if matched.mislabel == "period" and matched.measure == said.measure:
            # "Last year, 520,000 ..., a record figure": the figure is 2023's, so is the
            # record the sentence goes on to claim.
            checker.moved.setdefault(claim.sentence.start, []).append(
                (said.measure, tuple(p.label for p in said.periods), list(matched.periods)))

    # Encounters are events: a count of them called "migrants" or "people" is right with a
    # caveat; presented as distinct people, or as people who got in, it misleads.
    people = claim.people_noun and not claim.enforcement_verb and topic.events
    unit, what = i18n.event_unit(primary.measure, lang)
    if claim.versus is not None:
        pass
    elif claim.distinct_people and topic.events and claim.kind == "total" and verdict in (
            rules.ACCURATE, rules.ROUGHLY) and not claim.unique_count:
        verdict = rules.MISLEADING
        explanation += msg(lang, "events_not_people", unit=unit, what=what)
    elif claim.distinct_people and topic.events and (
            claim.kind == "total" and (verdict == rules.INACCURATE or claim.unique_count)
            or claim.kind in (
                "change", "comparison", "share", "streak", "rank_record")):
        # "157 thousand unique encounters": a count of distinct people, which the files
        # (events) do not hold; that it differs from the events is expected.
        verdict = rules.UNVERIFIABLE
        explanation = msg(lang, "unique_people", unit=unit) + " " + explanation
        # (Nor do the event counts it relates settle it.)
        base["missing_series"] = [msg(lang, "unique_people", unit=unit)]
    elif people and claim.kind in ("rank_record", "comparison") and verdict in (
            rules.ACCURATE, rules.ROUGHLY) and (
            note := _title42_distortion(claim, primary, lang)):
        verdict = rules.MISLEADING
        explanation += " " + note
    elif people and claim.kind in ("total", "rank_record") and primary.measure in \
            TITLE42_SERIES and lx.GOT_IN.search(claim.sentence.text) and \
            "UAC" not in primary.where.get("demographic", []) and verdict in (
                rules.ACCURATE, rules.ROUGHLY) and any(
                TITLE42.contains(m) for p in primary.periods for m in p.month_starts()):
        # "235,478 illegal immigrants crossed the southern border in April" (2022):
        # under Title 42 encounters were people stopped (many expelled or turned back, some
        # counted twice), not people who got in. Unaccompanied children are the exception:
        # nearly all are taken in. Outside those months the loose word is a caveat.
        verdict = rules.MISLEADING
        explanation += msg(lang, "stopped_not_entered", unit=unit, what=what)
    elif people and verdict in (rules.ACCURATE, rules.ROUGHLY):
        caveats.insert(0, msg(lang, "events_not_people", unit=unit, what=what).strip())

    if "UNKNOWN" in primary.where.get("returned_from", []):
        explanation += " " + msg(lang, "gt_presumed")
        caveats.append(msg(lang, "gt_presumed"))

    # Mexico's tables in the store are national: its southern border, or one state or city
    # of it ("Veracruz registró 2 mil 616 venezolanos asegurados"; also in a later clause:
    # "…, mientras que en 2023 cifra ascendió a 18 mil 646"), cannot be checked.
    south = claim.place == "mexico_south" and topic.id == "mx_detentions"
    state = _mexican_state(claim.text, claim.sentence.text[:claim.start]) if not south and \
        topic.id in ("mx_detentions", "mx_returns") and claim.kind in (
            "total", "share", "change", "comparison", "rate") else None
    if south or state is not None:
        national = " ".join(msg(lang, "national_figure", title=_title(primary.measure, lang),
                                period=fmt_label(f["period"], lang), value=f"{f['value']:,}")
                            for f in primary.figures) or explanation
        # The southern border's figure may still exceed the whole country's.
        # (Not against a month the sentence does not name: "en Tabasco se ha detenido a 236
        # mil 808", after a sentence on November, is a count to date.)
        exceeds = south and claim.kind == "total" and claim.quantity is not None and \
            not claim.guessed and not any(key == "period_from_text"
                                          for key, _ in claim.inherited) and \
            primary.figures and all(
                f["value"] < claim.quantity.value for f in primary.figures) and \
            claim.quantity.hedge not in ("less_than", "at_most") and \
            not lx.GOT_IN.search(claim.sentence.text)  # entries: detentions are no bound
        explanation = msg(lang, "mexico_south_national", national=national) if south else \
            msg(lang, "mexico_state_national", place=state.group(0), national=national)
        if exceeds:
            verdict = rules.INACCURATE
            explanation += msg(lang, "mexico_south_exceeds")
        else:
            verdict = rules.UNVERIFIABLE
        base["missing_series"] = [msg(lang, "mexico_south_missing")]

    labels = i18n.VERDICT_LABELS[lang]
    # Readings the words support about as well as the chosen one; a figure matched exactly
    # settles the reading, whatever the words.
    comparable = [] if primary.exact else [
        r for r in readings if r is not primary and r.mislabel is None
        and r.verdict != rules.UNVERIFIABLE and abs(primary.support - r.support) < COMPARABLE
        and (not r.unnamed_base or primary.unnamed_base)]
    if comparable and primary.verdict != rules.UNVERIFIABLE and not primary.mislabel:
        def shown(r: Reading) -> str:
            # (Beside a base the words do not name, the usual one is said too.)
            if not primary.unnamed_base or r.unnamed_base or r.base is not None:
                return r.label
            return r.label + "; " + (label("b_against", lang).format(period=fmt_label(
                claim.compare_to[0].label, lang)) if claim.compare_to else
                label("b_month_before", lang))
        if {r.verdict for r in comparable} != {primary.verdict}:
            explanation += msg(lang, "depends", parts="; ".join(
                msg(lang, "depends_part", label=shown(r), verdict=labels[r.verdict])
                for r in comparable))
        else:
            explanation += msg(lang, "same", labels=msg(lang, "or_as").join(
                shown(r) for r in comparable), verdict=labels[primary.verdict])
    if checker.as_of is not None:
        for r in readings:
            if r.query:
                r.query += f" --as-of {checker.as_of.isoformat()}"
            if r.versus_query:
                r.versus_query += f" --as-of {checker.as_of.isoformat()}"
    if not primary.level_judged:
        base["claimed"].pop("level", None)  # the level is then judged as a level of its own
    base.update({
        "measure": primary.measure,
        "filters": primary.where,
        "periods": [p.label for p in primary.periods],
        "official": primary.figures,
        "verdict": verdict,
        "explanation": explanation.strip(),
        "caveats": caveats,
        "query": primary.query or None,
        "readings": [{"measure": r.measure, "reading": r.label,
                      "periods": [p.label for p in r.periods], "verdict": r.verdict,
                      "note": r.explanation, "query": r.query, "framing": r.framing,
                      "support": r.support, "cues": r.cues, "mislabel": r.mislabel}
                     | ({"versus_measure": r.versus, "versus_query": r.versus_query}
                        if r.versus else {})
                     for r in readings if r is not primary],
        "robustness": primary.robustness,
        "series": primary.series,
        "uncovered": primary.uncovered and primary.verdict == rules.UNVERIFIABLE,
        "unpublished": primary.unpublished and primary.verdict == rules.UNVERIFIABLE,
        "evidence": {"reading": primary.label, "cues": primary.cues,
                     "support": primary.support, "agreement": primary.verdict,
                     "exact": primary.exact,
                     "figure_matches": (primary.evidence_match.label
                                        if primary.evidence_match else None),
                     "matched_periods": ([p.label for p in primary.evidence_match.periods]
                                         if primary.evidence_match else None)},
    })
    if primary.group_found and verdict in (rules.ACCURATE, rules.ROUGHLY):
        base["group_found"] = True  # (for ``evaluate``, which takes it out)
    if primary.versus:
        base["versus_measure"] = primary.versus
        base["queries"] = [q for q in (primary.query, primary.versus_query) if q]
    attribution = _attribution(claim, checker, primary)
    if attribution is not None:
        # "Crossings plummeted after Mexico stepped up enforcement": how much of the change
        # the season explains, and whether the effect stands out from dates with no event.
        base["attribution"] = attribution
        share = attribution["share_explained_by_season"]
        base["explanation"] += " " + msg(
            lang, "attribution", event_title=attribution["event_title"],
            naive=f"{attribution['naive_percent']:+.0f}%",
            effect=f"{attribution['effect_percent']:+.0f}%",
            low=f"{attribution['effect_percent_low']:+.0f}%",
            high=f"{attribution['effect_percent_high']:+.0f}%",
            season=msg(lang, "attribution_season_none") if share is None or share <= 0
            else msg(lang, "attribution_season", share=f"{min(share, 1.0):.0%}"),
            stands=msg(lang, "attribution_stands" if attribution["distinguishable"]
                       else "attribution_noise"),
            query=attribution["query"])
    if verdict in (rules.INACCURATE, rules.MISLEADING) and not any(r.exact for r in readings) \
            and (found := _found_near(claim, checker, readings)):
        # "9,465 entradas ilícitas de cubanos" in fiscal 2023, which is May 2023's count
        # nationwide: the verdict stands on the words, and the reader learns where the
        # figure comes from (a figure rightly copied under the wrong label, most often).
        base["found_elsewhere"] = [m.to_dict() for m in found]
        base["explanation"] += " " + msg(lang, "found_elsewhere", figure=claim.quantity.words,
                                         matches="; ".join(_match_words(m, lang)
                                                           for m in found))
    return base


# Beyond this many official figures equal to a claimed one, the matches are chance.
FOUND_ELSEWHERE_MAX = 2


def _found_near(claim: Claim, checker: Checker, readings: list[Reading]) -> list[FigureMatch]:
    """The official figures exactly equal to a precise count (``borderstats find``), of the
    series the readings try in the country of the likeliest, over periods ending within a
    year of the claim's, whole or of one group; none where more match than a writer's
    source can explain."""
    q = claim.quantity
    if claim.kind != "total" or q is None or q.kind != "count" or q.value < 1000 or \
            q.hedge not in (None, "about") or rules.precision(q.words, q.value) > 0.001 or \
            not claim.periods or checker.as_of is not None or not readings:
        return []
    country = get_measure(max(readings, key=lambda r: r.support).measure).country
    measures = sorted({r.measure for r in readings
                       if get_measure(r.measure).country == country})
    found = checker.find(q.value, measures,
                         add_months(min(p.start for p in claim.periods), -12),
                         add_months(max(p.end for p in claim.periods), 12))
    return found if len(found) <= FOUND_ELSEWHERE_MAX else []


def corridor_figure_readings(claim: Claim, readings: list[Reading],
                             checker: Checker) -> list[Reading]:
    """A count the words put at a border but name no agency or country for ("Almost 250,000
    people made the crossing in 2022, nearly double the year before"), that every US
    reading misses by a factor of three, may be the Darién's or Mexico's count of its
    calendar period: a reading of each, kept only if the figure holds on it (it is the
    evidence)."""
    q = claim.quantity
    topic = claim.topic
    if claim.kind != "total" or q is None or q.kind != "count" or not q.value or \
            topic is None or topic.country != "USA" or claim.actor is not None or \
            not claim.periods or \
            lx.US_CUES.search(claim.sentence.text) or any(
                p.kind == "fiscal_year" for p in claim.periods) or not readings:
        return []
    judged = [r for r in readings if r.verdict != rules.UNVERIFIABLE and not r.framing]
    if not judged or any(1 / 3 <= f["value"] / q.value <= 3 for r in judged
                         for f in r.figures[:1] if isinstance(f.get("value"), int | float)):
        return []
    own = {k: list(v) for k, v in claim.filters.items() if k == "citizenship"}
    top = max(r.support for r in readings)
    return [Reading(m, own, list(claim.periods), label(CORRIDOR_READINGS[m], checker.lang),
                    support=top - 1.0, cues=["the figure is this series' count; the words "
                                             "name no agency or country"])
            for m in CORRIDOR_READINGS]


def found_period_readings(claim: Claim, readings: list[Reading],
                          checker: Checker) -> list[Reading]:
    """A precise count no reading matches may be the count of another period the sentence
    names, of the same series and cut: in "en abril 178 mil 795, en mayo 180 mil 597", read
    as the year the text is about, each figure is exactly its month's. The figures equal to
    the count are found first (``borderstats find``); a reading is made of each whose
    period the sentence names (its month's name, its year) and whose series and cut a
    reading of the words has. Kept, like the other rebound readings, only if exact."""
    text = claim.sentence.text
    out = []
    for match in _found_near(claim, checker, readings):
        if not _names_period(text, match.period):
            continue
        same = [r for r in readings if r.measure == match.measure and r.where == match.where
                and not r.framing and [p.label for p in r.periods] != [match.period.label]]
        if same:
            r = max(same, key=lambda r: r.support)  # (the others would be this one again)
            out.append(r.again(periods=[match.period], label=f"{r.label}; {match.period.label}",
                               support=r.support - 1.0, rebound=True,
                               cues=r.cues + ["the figure is a period's the sentence names"]))
    return out


# A month's name as a sentence writes it; "May" only capitalised (not "may rise") and never
# "mar" (the sea, in Spanish).
_MONTH_WORD = re.compile(r"\b(?:" + "|".join(sorted(
    (m for m in MONTHS if m not in ("may", "mar")), key=len, reverse=True)) + r")\b",
    re.IGNORECASE)
_MAY = re.compile(r"\bMay\b")
_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b|\b(?:FY|año fiscal|fiscal year)\s*'?(\d\d)\b",
                        re.IGNORECASE)


def _names_period(text: str, period: Period) -> bool:
    """Whether a sentence names ``period``: a month by its name (and its year, where the
    sentence writes years), a year or fiscal year by its number, a span of months by the
    names of its first and last."""
    months = {MONTHS[m.group().lower()] for m in _MONTH_WORD.finditer(text)}
    months |= {5} if _MAY.search(text) else set()
    years = {int(m.group(1)) + 2000 if m.group(1) else int(m.group())
             for m in _YEAR_WORD.finditer(text)}
    if period.kind in ("year", "fiscal_year"):
        return (fiscal_year_of(period.end) if period.kind == "fiscal_year"
                else period.start.year) in years
    ends = {period.start.month, period.end.month}
    in_year = not years or bool(years & {period.start.year, period.end.year,
                                         fiscal_year_of(period.end)})
    return ends <= months and in_year


def _match_words(match: FigureMatch, lang: str) -> str:
    return (f"{_title(match.measure, lang)}{_where_words(match.where, lang)}, "
            f"{_fmt_period(match.period, lang)}: {match.value:,} "
            f"({match.result.command()})")


# A change credited to something: "after", "since", "following", "because of", "tras".
_CAUSAL = re.compile(r"\b(?:after|since|following|because|due to|thanks to|as a result of|"
                     r"caused|led to|tras|después de|desde que|gracias a|debido a|"
                     r"a raíz de|provoc\w+)\b", re.IGNORECASE)


def _attribution(claim: Claim, checker: Checker, r: Reading) -> dict[str, Any] | None:
    """The event analysis of a policy the sentence credits with the change it claims."""
    if claim.kind not in ("change", "trend") or not r.periods or r.versus or \
            not _CAUSAL.search(claim.sentence.text):
        return None
    # By module path: `borderstats.events` as an attribute is the API's function.
    events = importlib.import_module("borderstats.events")
    monthly = importlib.import_module("borderstats.monthly")
    end = r.periods[-1].end
    # Only an event in force by the change's last month, and begun within the year before
    # it, can be what the sentence credits ("my executive orders" in 2017 is not the
    # asylum proclamation of 2024).
    named = [e for e in events.events_named_in(claim.sentence.text, near=end)
             if 0 <= monthly.months_between(e.first_month, end) <= 12]
    if not named:
        return None

    def analyse() -> dict[str, Any] | None:
        try:
            return events.attribution_evidence(
                checker.engine, named[0].id, measure=r.measure, where=r.where or None,
                as_of=checker.as_of).to_dict()
        except BorderstatsError:
            return None  # too little history before the event, or none after it

    # An event analysis takes about a second; the store keeps it for the next run.
    code = tuple(Path(m.__file__).stat().st_mtime_ns for m in (events, monthly))
    key = ("attribution", named[0].id, r.measure,
           tuple(sorted((k, tuple(v)) for k, v in r.where.items())), checker.as_of, code)
    return checker.engine.remembered(key, analyse)


_CLASS = {rules.ACCURATE: "holds", rules.ROUGHLY: "holds", rules.INACCURATE: "fails",
          rules.MISLEADING: "fails", rules.UNVERIFIABLE: "unverifiable"}
# A judged reading is a candidate when its support is within this of the best-supported
# reading's, or when the claimed figure agrees with it: a figure that matches no reading
# the words name cannot be judged against a series they do not name.
SUPPORT_GAP = 2.0


# A count to date with no period: "so far", "to date", "right now".
_SO_FAR_NOW = re.compile(lx.SO_FAR.pattern + r"|\bright now\b|\bahora mismo\b|\ba la fecha\b",
                         re.IGNORECASE)


def _level_stated(claim: Claim, checker: Checker, readings: list[Reading],
                  primary: Reading) -> Reading | None:
    """The reading of a change on the series whose level of one of its periods the sentence
    states exactly ("cayeron un 3 por ciento a 189.372 en marzo": 189,372 is all CBP's March,
    so the 3% is all CBP's, not Border Patrol's -2.3% that fits it better), where the words
    support it about as well as the one chosen."""
    levels = checker.exact_levels.get(claim.sentence.start, [])
    q = claim.quantity
    if claim.kind != "change" or q is None or q.kind not in ("percent", "multiplier") or \
            not levels or any(
            m == primary.measure and w == primary.where for m, w, _, _ in levels):
        return None
    for measure, where, periods, value in levels:
        if any(f.get("period") in periods and abs(f.get("value", 0) - value) <= 0.002 * value
               for f in primary.figures):
            continue  # the chosen series has that level too (before Title 42, one count)
        for r in readings:
            shown = {f.get("period") for f in r.figures}
            if r.measure == measure and r.where == where and r.mislabel is None and \
                    r.verdict != rules.UNVERIFIABLE and set(periods) <= shown and \
                    primary.support - r.support < COMPARABLE:
                return r
    return None


def choose(readings: list[Reading]) -> tuple[Reading, Reading | None]:
    """The interpretation step: the reading best supported by the words and the claimed
    figure together, and (for a mislabel) the best reading the words do name."""
    top = max(r.support for r in readings)
    named = [r for r in readings if r.mislabel is None]
    judged = [r for r in readings if r.verdict != rules.UNVERIFIABLE and (
        r.support >= top - SUPPORT_GAP or r.verdict == rules.ACCURATE)]
    if any((r.unpublished or r.gap) and r.support == top for r in readings):
        # The reading the words name best lacks the months (not yet published, or missing
        # from the compilation: the Darién's April, May and July 2020): another reading
        # may answer only if the figure fits it, not to call the claim wrong.
        judged = [r for r in judged if r.verdict in (rules.ACCURATE, rules.ROUGHLY)]
    if named and all(r.verdict == rules.UNVERIFIABLE for r in named):
        # No reading of the words can be judged ("54 mil 599 deportados … en 2019", before
        # the series begins): one they do not name (the next year's) may answer only if
        # the figure fits it, not to call the claim wrong.
        judged = [r for r in judged if r.verdict in (rules.ACCURATE, rules.ROUGHLY)]
    if any(not r.partial for r in judged):
        # A record judged over its whole window outweighs one judged over part of it.
        judged = [r for r in judged if not r.partial]
    elif len(judged) > 1 and all(r.ranked_from is not None for r in judged):
        # Each over part of its window ("the lowest in forty five years", of calendar
        # 2020): among readings the words support about as well, the one that ranks more of
        # the window (Border Patrol's years from 2000, not all CBP's from 2018) decides.
        top_support = max(r.support for r in judged)
        near = [r for r in judged if top_support - r.support < COMPARABLE]
        earliest = min(r.ranked_from for r in near if r.ranked_from is not None)
        judged = [r for r in judged if r not in near or r.ranked_from == earliest]
    said = max(named, key=lambda r: (r.verdict != rules.UNVERIFIABLE, r.score, r.support)) \
        if named else None
    if not judged:
        best = max(readings, key=lambda r: (r.mislabel is None, r.support))
        return best, said
    best = max(judged, key=lambda r: (r.score, r.mislabel is None, r.support))
    named_hold = [r for r in judged if r.mislabel is None and r.verdict in (
        rules.ACCURATE, rules.ROUGHLY)]
    if best.mislabel and not best.exact and named_hold:
        # A series the words do not name explains a figure (not matched exactly) only
        # where none they name (or the text's subject) holds: "The August 2022
        # apprehensions represent an increase of approximately 63 percent", after a
        # sentence on the Del Rio sector, is Del Rio's +59.5%, not the ports' +63% that
        # fits closer by chance.
        best = max(named_hold, key=lambda r: (r.score, r.support))
    if best.verdict in (rules.INACCURATE, rules.MISLEADING) and not best.mislabel:
        # Charity: where the words do not settle the reading (support within COMPARABLE)
        # and another reading makes the claim hold, the claim is read that way; the
        # explanation says what the other reading gives.
        holds = [r for r in judged if r.mislabel is None and r.verdict in (
            rules.ACCURATE, rules.ROUGHLY) and best.support - r.support < COMPARABLE]
        if holds:
            best = max(holds, key=lambda r: (r.score, r.support))
    return best, said if best.mislabel else None


# The claims that state a relation between figures: the figures they relate, stated in
# the same sentence ("decreased from 590,690 in the first five months of 2024 to 113,612 in
# 2025, an 88% reduction"), are parts of one assertion.
_RELATIONS = ("change", "comparison", "streak", "share")
_LEVELS = ("total", "rate")


# Hedges that make a figure a bound: it holds for any official figure on one side of it.
_BOUNDS = ("more_than", "at_least", "less_than", "at_most", "just_over", "vague")


def _held_as_stated(claim: dict[str, Any]) -> bool:
    """Whether a claim holds as a figure stated, not as a bound ("more than 188,000" holds
    under many readings) nor as a rank, record or streak (which name no figure of their own):
    a match that says the checker read its sentence's period and series as the writer did."""
    return (claim["verdict"] in (rules.ACCURATE, rules.ROUGHLY)
            and claim["kind"] not in ("rank_record", "streak", "trend")
            and (claim.get("claimed") or {}).get("hedge") not in _BOUNDS)


def _figures_of(claim: dict[str, Any]) -> set[tuple[Any, Any]]:
    """The series and periods of the official figures a claim was judged on."""
    return {(claim.get("measure"), o.get("period")) for o in claim.get("official") or []}


def unsettled_beside_a_match(claims: list[dict[str, Any]], lang: str, *,
                             cautious: bool = False) -> list[dict[str, Any]]:
    """A figure judged inaccurate in a sentence where another figure holds as stated is
    reported unverifiable: on real text the checker was not tuned to, such a figure was
    more often read against another period, series or group than its neighbour's than
    wrong (docs/benchmarks.md, "A ninth round"). ``cautious`` widens this to any figure
    of the sentence that holds, a bound or a record included: fewer false alarms still,
    at the cost of more errors missed (docs/claims.md, "The cautious reading")."""
    matched: dict[Any, list[dict[str, Any]]] = {}
    for c in claims:
        if _held_as_stated(c):
            matched.setdefault(c["sentence"], []).append(c)
    holding = {c["sentence"] for c in claims
               if cautious and c["verdict"] in (rules.ACCURATE, rules.ROUGHLY)}
    for c in claims:
        if c["verdict"] != rules.INACCURATE or c.get("projection"):
            # (A forecast that missed is wrong, not misread: "prevén … alcanzar la cifra de
            # 400 mil" beside the year before's 248 mil, which held.)
            continue
        matches = matched.get(c["sentence"], [])
        figures = _figures_of(c)
        # A wrong record, change or group of the very figures that matched is no misreading
        # ("47,324 in December, the lowest since July 2020"; "328 mil venezolanos y 27 mil
        # ecuatorianos"); a second level of the same count is of another statistic ("el INM
        # dio cuenta de 1,393,683 …, la UPM reportó solamente 590,401").
        same_count = c["kind"] == "total" and any(
            _figures_of(m) == figures and m.get("filters") == c.get("filters")
            for m in matches)
        confirmed = not same_count and bool(figures) and figures <= {
            f for m in matches for f in _figures_of(m)}
        if matches and not confirmed or c["sentence"] in holding:
            c["verdict"] = rules.UNVERIFIABLE
            c["verdict_label"] = i18n.VERDICT_LABELS[lang][rules.UNVERIFIABLE]
            c["explanation"] = msg(lang, "beside_a_match" if matches and not confirmed
                                   else "cautious", expl=c["explanation"])
    return claims


def compose(claims: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    """One assertion per relation: the levels a sentence gives beside a change, comparison
    or streak become its ``parts``, and its verdict accounts for them. A wrong part makes it
    wrong; a part the store cannot reach (a month not yet published) leaves it unverifiable,
    since it cannot be called right; otherwise the worst verdict stands."""
    out: list[dict[str, Any]] = []
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    for c in claims:
        by_sentence.setdefault(c["sentence_start"], []).append(c)
    for c in claims:
        group = by_sentence[c["sentence_start"]]
        main = next((g for g in group if g["kind"] in _RELATIONS), None)
        if main is None or c is not main and c["kind"] not in _LEVELS:
            out.append(c)
            continue
        if c is not main:
            continue  # a part, placed in its relation below
        parts = [g for g in group if g["kind"] in _LEVELS and not _judged_by_relation(
            g, group)]
        relations = [g for g in group if g["kind"] in _RELATIONS]
        for part in parts:
            _one_of_its_figures(part, relations, lang)
        if len(relations) > 1:
            # Several relations in a sentence, each with the levels of its own clause
            # ("family unit apprehensions dropped from 84,491 to 57,389, single adult
            # apprehensions declined from 36,900 to 30,130"); the first takes the rest.
            # (Before it is composed, a claim starts where its clause does.)
            for other in relations[1:]:
                own = [g for g in parts if g["start"] == other["start"]]
                if own:
                    _absorb(other, own, lang)
                    _stated_arithmetic(other, own, lang)
                    parts = [g for g in parts if g not in own]
        if parts:
            _absorb(main, parts, lang)
            _stated_arithmetic(main, parts, lang)
        out.append(main)
    return _newest_unpublished(out, lang)


def _newest_unpublished(claims: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    """A sentence whose newest figure comes after the files' last month ("47,165 in Fiscal
    Year 2025, compared to 256,102 in Fiscal Year 2024 and 427,471 in Fiscal Year 2023",
    the files ending in May 2025) asserts that figure; the older ones it sets beside it, which
    hold, are its background: one assertion, unverifiable until the files reach it, with
    the older figures' verdicts as its parts."""
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    for c in claims:
        by_sentence.setdefault(c["sentence_start"], []).append(c)
    drop: set[int] = set()
    for group in by_sentence.values():
        news = [c for c in group if c.get("unpublished") and not c.get("parts")]
        others = [c for c in group if c not in news]
        if len(news) != 1 or not others or any(
                c["verdict"] not in (rules.ACCURATE, rules.ROUGHLY) or c.get("parts")
                for c in others) or not all(
                _reaches_to(news[0]) > _reaches_to(c) for c in others):
            continue
        _absorb(news[0], others, lang)
        drop.update(id(c) for c in others)
    return [c for c in claims if id(c) not in drop]


def _reaches_to(claim: dict[str, Any]) -> dt.date:
    """The last month a checked claim's periods reach."""
    return max((p.end for label in claim.get("periods") or []
                if (p := _period_of(label)) is not None), default=dt.date.min)


def _judged_by_relation(level: dict[str, Any], group: list[dict[str, Any]]) -> bool:
    """A level that is a relation's own figure ("down from 2.2 million"), which the relation
    judged against another period than the level's own words gave it (the base year, not
    the sentence's): the relation's judgement stands for it."""
    said = (level["claimed"]["words"], level["claimed"]["value"])
    for g in group:
        side = g["claimed"].get("level")
        if g["kind"] in _RELATIONS and side and g["official"] and said == (
                g["claimed"]["words"], g["claimed"]["value"]):
            return level["periods"] != [g["official"][0 if side == "before" else -1]["period"]]
    return False


def _one_of_its_figures(level: dict[str, Any], relations: list[dict[str, Any]],
                        lang: str) -> None:
    """A level judged wrong that is, as stated, one of the figures its sentence's relation
    was judged on is that figure, though read alone it was given another period, group or
    series: "se desplomaron un 45% a 29.637 desde 54.833" — September's 54,833, the month
    the fall is from, though the sentence's period is October and it names Mexicans too;
    "2,766,582 migrantes, de los cuales el 85 por ciento … en la frontera sudoeste" — the
    whole of the share, the nationwide count. (``evaluate_all`` reads such a level again
    over the relation's periods; this settles what that cannot: another cut or series.)"""
    stated = level.get("claimed") or {}
    if level["kind"] != "total" or level["verdict"] != rules.INACCURATE or \
            stated.get("unit") != "count" or not stated.get("value"):
        return
    for relation in relations:
        if relation["kind"] != "share" and level.get("measure") != relation.get("measure"):
            # (A change read on the nationwide series its levels were not: "falling from
            # 6,862 … to only 515" at the border is the border's 475, whatever the
            # country's was.)
            continue
        # (As written, not as hedged: "just over 42,000" is not the 45,139 a fall was from;
        # a precise figure within 5% of one, "the 9,457 unaccompanied kids … in
        # February" for the 9,402 of the file, is that one as first published.)
        figure, verdict = None, rules.ACCURATE
        for o in relation.get("official") or []:
            if not isinstance(o.get("value"), int | float) or not o["value"]:
                continue
            if rules.judge_total(stated["value"], o["value"], None,
                                 stated["words"])[0] == rules.ACCURATE:
                figure, verdict = o, rules.ACCURATE
                break
            if rules.precision(stated["words"], stated["value"]) < 0.001 and rules.judge_total(
                    stated["value"], o["value"], None, stated["words"])[0] == rules.ROUGHLY:
                figure, verdict = o, rules.ROUGHLY
        if figure is not None:
            level.update(verdict=verdict, official=[figure], query=relation.get("query"),
                         measure=figure.get("measure") or relation.get("measure"),
                         periods=[figure["period"]],
                         verdict_label=i18n.VERDICT_LABELS[lang][verdict],
                         explanation=msg(lang, "relation_figure", words=stated["words"],
                                         value=f"{figure['value']:,}",
                                         period=_fmt_period(p, lang) if (
                                             p := _period_of(figure["period"])) else
                                         figure["period"]))
            return


def _stated_arithmetic(main: dict[str, Any], parts: list[dict[str, Any]], lang: str) -> None:
    """A change that states both its levels must agree with them: "the 2.3 million for 2022
    is an increase of 33% over the fiscal year of 2021 at 1,659,206" is wrong as written
    (2.3 million is 39% above 1,659,206), whichever series each figure comes from. The
    levels' rounding ("2.3 million": 2.25–2.35 million) widens what they allow."""
    claimed = main.get("claimed") or {}
    official = main.get("official") or []
    if main["kind"] != "change" or claimed.get("unit") != "percent" or len(official) != 2 \
            or claimed.get("hedge") in ("more_than", "at_least", "less_than", "at_most"):
        return
    levels = {}
    # Of two levels of one period, the one of the change's own series ("172,500 were
    # detected at ports of entry, bringing total encounters to 2.4 million, up 37 percent
    # from 1.7 million": the 2.4 million), whichever series a lone level comes from.
    for part in sorted(parts, key=lambda p: p.get("measure") != main.get("measure")):
        stated = part.get("claimed") or {}
        if stated.get("unit") == "count" and part.get("kind") == "total" and \
                len(part.get("periods", [])) == 1 and stated.get("value"):
            levels.setdefault(part["periods"][0], stated)
    before, after = (levels.get(f["period"]) for f in official)
    if before is None or after is None or before is after:
        return
    b_err = rules.precision(before["words"], before["value"])
    a_err = rules.precision(after["words"], after["value"])
    low = after["value"] * (1 - a_err) / (before["value"] * (1 + b_err)) - 1
    high = after["value"] * (1 + a_err) / (before["value"] * (1 - b_err)) - 1
    said = abs(claimed["value"]) / 100
    # "230 por ciento" is written to the ten: anything from 225% to 235% rounds to it.
    slack = max(rules.PCT_ABOUT if claimed.get("hedge") == "about" else rules.PCT_ACCURATE,
                rules.precision(claimed["words"], abs(claimed["value"])) * said)
    if min(abs(low), abs(high)) - slack <= said <= max(abs(low), abs(high)) + slack or (
            low <= 0 <= high):
        return
    implied = after["value"] / before["value"] - 1
    main["verdict"] = rules.INACCURATE
    main["verdict_label"] = i18n.VERDICT_LABELS[lang][rules.INACCURATE]
    main["explanation"] += " " + msg(lang, "stated_arithmetic", after=after["words"],
                                     before=before["words"], implied=f"{implied:+.1%}",
                                     said=claimed["words"])


def _far_off(c: dict[str, Any]) -> bool:
    """A stated level more than three times, or less than a third of, the official figure."""
    claimed = (c.get("claimed") or {}).get("value")
    values = [o["value"] for o in c.get("official") or []
              if isinstance(o.get("value"), int | float)]
    if not claimed or not values or c["kind"] not in ("total", "rate"):
        return False
    return not 1 / 3 <= values[0] / claimed <= 3.0


def _absorb(main: dict[str, Any], parts: list[dict[str, Any]], lang: str) -> None:
    verdicts = [main] + parts
    judged = [c["verdict"] for c in verdicts if c["verdict"] != rules.UNVERIFIABLE]
    # (A percentage between levels that are all of a count the files do not hold — "254
    # apprehensions … on Thursday, compared to 4,229 on the same day last year, a 94%
    # reduction" — is a relation between those counts.)
    unheld_levels = len(parts) > 1 and all(p.get("missing_series") for p in parts)
    uncovered = any(c.get("uncovered") for c in verdicts) or unheld_levels or (
        (main.get("claimed") or {}).get("unit") != "percent" and any(
            p.get("missing_series") for p in parts))
    # (A relation with no size of its own between figures the files cannot hold — "a daily
    # average of more than 2,000 in the three weeks before the inauguration, which fell to
    # 786 after it" — is not settled by the months around them.)
    wrong = [v for v in judged if v in (rules.INACCURATE, rules.MISLEADING)]
    far = [p for p in parts if p["verdict"] == rules.INACCURATE and _far_off(p)]
    if main["verdict"] in (rules.ACCURATE, rules.ROUGHLY) and far:
        # The relation holds; a level it states that is off by a factor of three is more
        # likely a figure read with the wrong period or series than a wrong claim.
        wrong = [c["verdict"] for c in parts if c["verdict"] in (
            rules.INACCURATE, rules.MISLEADING) and c not in far]
        judged = [c["verdict"] for c in verdicts
                  if c["verdict"] != rules.UNVERIFIABLE and c not in far]
    else:
        far = []
    if unheld_levels:
        verdict = rules.UNVERIFIABLE
    elif wrong:
        verdict = rules.worst(wrong)
    elif uncovered or main.get("missing_series"):
        # The relation is the assertion: right levels beside a relation the files cannot
        # settle ("De los 227.547 encuentros, el 19% ya había intentado cruzar") do not make
        # it right.
        verdict = rules.UNVERIFIABLE
    else:
        verdict = rules.worst(judged) if judged else rules.UNVERIFIABLE
    labels = i18n.VERDICT_LABELS[lang]
    summary = "; ".join(f"'{p['claimed']['words'] or p['text']}': {labels[p['verdict']]}"
                        for p in parts)
    if unheld_levels:
        main["explanation"] = _say(lang, "parts_unheld") + " " + main["explanation"]
    main["explanation"] = (main["explanation"] + " " + _say(lang, "parts", parts=summary)
                           ).strip()
    if far:
        main["explanation"] += " " + _say(lang, "parts_far_off", parts=", ".join(
            f"'{p['claimed']['words']}'" for p in far))
    main["parts"] = [{k: p[k] for k in ("text", "start", "end", "kind", "claimed", "verdict",
                                        "explanation", "official", "query", "measure",
                                        "periods")} for p in parts]
    main["start"] = min(c["start"] for c in verdicts)
    main["end"] = max(c["end"] for c in verdicts)
    sentence, offset = main["sentence"], main["sentence_start"]
    main["text"] = sentence[main["start"] - offset:main["end"] - offset].strip(" ,;")
    main["uncovered"] = (uncovered or bool(main.get("missing_series"))) and \
        verdict == rules.UNVERIFIABLE
    main["verdict"] = verdict
    main["verdict_label"] = labels[verdict]


def _words_allow(claim: Claim, matched: Reading, said: Reading) -> bool:
    """Whether the words leave room for the series a precise figure matches exactly, though
    they read first as another: words that name neither CBP's component nor the whole
    ("detenciones en la frontera") may mean either; a place only an earlier sentence named
    ("esta cifra de 11.744 cubanos que ingresaron por frontera", after a sentence on the
    southern border) may not be meant, and the whole country's figure may be; so may it
    where no place is named at all."""
    if not matched.exact:
        return False
    if {matched.measure, said.measure} <= _EITHER_COMPONENT:
        return cue_weight(claim, said.measure)[0] < STRONG_CUE
    # (Where no sentence names a place, "encountered by federal law enforcement officials",
    # the whole country's figure is as much what the words say as the border's.)
    return matched.measure == "nationwide_encounters" and (
        claim.place is None and not _A_BORDER.search(claim.sentence.text) or any(
            key == "place_from_text" for key, _ in claim.inherited))


# The word "border", not where it only qualifies a policy ("failed border policies", "the
# border crisis"), and a border named ("la frontera", "at the border"; not "Customs and
# Border Protection").
_POLICY_NOUNS = r"polic(?:y|ies)|security|crisis|czar|bills?|enforcement|officials|agents|wall"
_BORDER_WORD = re.compile(rf"\b(?:borders?|fronteras?)\b(?!\s+(?:{_POLICY_NOUNS})\b)",
                          re.IGNORECASE)
_A_BORDER = re.compile(rf"\b(?:borders?|fronteras?)\b"
                       rf"(?!\s+(?:protection|patrol|{_POLICY_NOUNS})\b)", re.IGNORECASE)


def _caveats(measure: str, lang: str) -> list[str]:
    return list((i18n.caveats(measure, lang) or get_measure(measure).caveats)[:3])


def _framable(claim: Claim) -> bool:
    """Whether a mislabelled figure can be told from a wrong one: a stated count, multiple or
    percentage (a coincidence is unlikely), not a bare direction ("rose")."""
    q = claim.quantity
    if q is None or q.kind == "vague":
        return False
    if q.kind == "multiplier":
        # "2.5 times" is a figure; "twice", "doubled", "tenfold" are manners of speaking.
        return claim.kind in ("comparison", "change") and any(c.isdigit() for c in q.words)
    if claim.kind in ("total", "comparison"):
        return True
    return claim.kind == "change" and q.kind == "percent"


def _title42_distortion(claim: Claim, r: Reading, lang: str = "en") -> str:
    """Why a record or a multiple of encounters, said of people, misleads when the Title 42
    era is on one side of it: expelled people often crossed again, so encounters then
    overstate people far more than before or after."""
    if r.measure not in TITLE42_SERIES or _field_offices(r.where):
        return ""  # (the ports' field offices expelled few: their counts are not at issue)
    if claim.kind == "rank_record" and not claim.rank_among:
        # (Groups ranked within one period all share its era.)
        target = r.periods[0] if r.periods else None
        if target is None or not in_title42(target) or not r.figures or \
                lx.EVENT_NOUNS.search(claim.sentence.text):
            # (A record its words call one of encounters is said of events, as it holds.)
            return ""
        return msg(lang, "t42_record", era=TITLE42.label)
    if claim.kind == "comparison" and claim.compare_to and r.periods and (
            claim.quantity is not None and claim.quantity.kind == "multiplier"):
        # (A multiple of people; "24.000 más que en febrero de 2019", a difference of the
        # counts, is the counts' own.)
        sides = {in_title42(claim.compare_to[0])} | {in_title42(p) for p in r.periods}
        if len(sides) == 2:
            return msg(lang, "t42_multiple", era=TITLE42.label)
    return ""


def _last_month(checker: Checker, claim: Claim, measure: str) -> dt.date:
    """The last month a record or level may be judged against: the newest in the store, but
    not after the text's date (a record is a record when it is claimed)."""
    _, hi = checker.engine.coverage(get_measure(measure), checker.as_of)
    if claim.ref is not None:
        # The month under way counts when the claim is about it ("the numbers now", late
        # in the month).
        under_way = max((p.end for p in claim.periods), default=None)
        hi = min(hi, max(last_ended_month(claim.ref), under_way or dt.date.min))
    return hi


def _latest_against_a_year(claim: Claim) -> bool:
    """A change with no period of its own, against a calendar year named alone ("a 95%
    decrease from 2024")."""
    return claim.kind == "change" and claim.latest_if_none and claim.quantity is not None \
        and len(claim.compare_to) == 1 and claim.compare_to[0].kind == "year"


def _guessed_changes(claim: Claim, checker: Checker, first: Reading) -> list[Reading]:
    """A change with no period, read as year on year: the latest month against the same
    month a year before, and the fiscal year so far against the same months before; a
    fall, also from the highest month of the two years before ("crossings have been
    reduced by 74.5 percent", from the surge's peak)."""
    month = first.periods[-1]
    fy_start = Period.fiscal_year(fiscal_year_of(month.end)).start
    to_date = Period.span(fy_start, month.end)
    out = []
    tries = [[month], [to_date]]
    if claim.ref is not None and month.kind == "month" and \
            add_months(month.start, 1) == claim.ref.replace(day=1):
        # Said mid-month of how things stand ("within days of taking office, cut border
        # crossings 95 percent", in February): the month under way too, whole, now that the
        # files hold it.
        tries.append([Period.month(claim.ref.year, claim.ref.month)])
    for periods in tries:
        if out and periods[0].label == out[-1].periods[-1].label:
            continue
        reading = first.again(periods=list(periods))
        _run(_change, replace(claim, compare_to=[periods[0].shifted_years(-1)]), checker,
             reading)
        if reading.verdict != rules.UNVERIFIABLE:
            out.append(reading)
    if claim.change is not None and claim.change.direction == "down" and month.months == 1:
        first_month, last_month = add_months(month.start, -24), add_months(month.start, -1)
        before = Period.span(first_month, last_month)
        reading = first.again(periods=[month])
        _run(_change, replace(claim, compare_to=[before], compare_stat="peak"), checker,
             reading)
        if reading.verdict != rules.UNVERIFIABLE:
            out.append(reading)
    return out


def _run(judge, claim: Claim, checker: Checker, reading: Reading) -> None:
    try:
        judge(claim, checker, reading)
        q = claim.quantity
        if reading.verdict == rules.INACCURATE and reading.where and q is not None and \
                q.value > 0 and q.hedge not in ("less_than", "at_most") and any(
                f.get("value") == 0 for f in reading.figures):
            # "Haitians in 2016: 0", "the El Paso ports in June: 0": a cut with no events at
            # all is one the files did not break out then (a nationality folded into
            # "other", an office not yet listed), not a count the writer got wrong.
            reading.verdict = rules.UNVERIFIABLE
            reading.uncovered = True
            reading.explanation = msg(
                checker.lang, "empty_cut", title=_title(reading.measure, checker.lang),
                scope=_scope(reading, checker.lang), periods=", ".join(
                    fmt_label(f["period"], checker.lang) for f in reading.figures
                    if f.get("value") == 0), expl=reading.explanation.rstrip(". "))
        elif judge is _total and _another_order(claim, reading):
            # "Los arrestados en 2012 fueron 1,560", "Some 3,100 people were detained in
            # 2019": a count ten times off the reading's figure either way is one of
            # something the reading does not count (a group, place or source the words leave
            # out, or figures read apart), not a count the writer got wrong by that much.
            reading.verdict = rules.UNVERIFIABLE
            reading.explanation = msg(
                checker.lang, "another_order", value=f"{reading.figures[0]['value']:,}",
                claimed=q.words, expl=reading.explanation.rstrip(". "))
    except QueryError as exc:
        lang = checker.lang
        reading.verdict = rules.UNVERIFIABLE
        lo, hi = checker.engine.coverage(get_measure(reading.measure), checker.as_of)
        periods = reading.periods or []
        reading.uncovered = isinstance(exc, CoverageError) or str(exc).startswith(
            "no release in the store answers") or any(
            p.end > hi or p.start < lo for p in [*periods, *claim.compare_to])
        # Months after the series' newest release, for the whole period or its tail
        # ("fiscal 2025" when the file ends in August 2025): not yet published.
        reading.unpublished = isinstance(exc, UnderWayError) or any(
            p.end > hi for p in periods)
        # The periods the reading needs, a relation's base too (the base may be what
        # the store lacks: a 2022 figure by age group).
        shown = ", ".join(fmt_label(p.label, lang) for p in [*periods, *(
            p for p in claim.compare_to if p not in periods)])
        gap = i18n.coverage_note(reading.measure, lang)
        if periods and all(p.end < lo for p in periods):
            reading.explanation = msg(lang, "begins_after", title=_title(reading.measure, lang),
                                      month=fmt_month(lo, lang), periods=shown)
        elif periods and all(p.start > hi for p in periods):
            reading.explanation = msg(lang, "ends_before", title=_title(reading.measure, lang),
                                      month=fmt_month(hi, lang), periods=shown)
        elif str(exc).startswith("no release in the store answers"):
            # The engine's own message lists every table it tried: say it plainly.
            reading.explanation = msg(
                lang, "not_covered", title=_title(reading.measure, lang), periods=shown,
                detail=msg(lang, "with_breakdown") if reading.where else "",
                coverage=gap or msg(lang, "covers", first=fmt_month(lo, lang),
                                    last=fmt_month(hi, lang)))
            return
        else:
            reading.explanation = msg(lang, "no_figure", error=exc)
        if gap:
            reading.explanation = reading.explanation.rstrip(".") + msg(lang, "gap", gap=gap) \
                + "."


# How many times larger or smaller than a reading's figure a stated count is of another
# thing than that reading counts (see _another_order).
ANOTHER_ORDER = 10.0


def _another_order(claim: Claim, reading: Reading) -> bool:
    """A stated count an order of magnitude or more off the one figure a reading that no cue
    word names, and whose group the words do not name, gives it ("Border Patrol agents made
    12,000 apprehensions at the southwest border in fiscal year 2023" names its series:
    that count is wrong)."""
    q = claim.quantity
    if q is None:
        return False
    # (A floor an order of magnitude under the figure, "more than 200,000" against 17.8
    # million since 2000, is no bound on it either: a figure of something else.)
    floor = reading.verdict == rules.ACCURATE and q.hedge in ("more_than", "at_least")
    if reading.verdict != rules.INACCURATE and not floor or q.kind != "count" or \
            not q.value or claim.projection or len(reading.figures) != 1 or reading.cues or any(
                reading.where.get(dim) == values for dim, values in claim.filters.items()
                if dim in _GROUP_DIMS):
        # (Nor one whose group its own words name: "en 2021, 133.000" Venezuelans through
        # the Darién, when 2,819 were, is a wrong count of them.)
        return False
    value = reading.figures[0].get("value")
    return isinstance(value, int | float) and value > 0 and not (
        1 / ANOTHER_ORDER < value / q.value < ANOTHER_ORDER)


def _claimed(claim: Claim) -> dict[str, Any]:
    q = claim.quantity
    return {"value": q.value if q else None,
            "hedge": (q.hedge if q else None) or (claim.change_words or claim.rank_words or None),
            "words": q.words if q else (claim.change_words or claim.rank_words or ""),
            "unit": q.kind if q else None} | (
                {"level": claim.level_side} if q and claim.level_side else {})



# What has piled up: "se ha detenido a", "have been apprehended", "suman", "in all".
_PILED_UP = re.compile(r"\b(?:se\s+)?(?:ha|han|has|have)\s+(?:sido\s+|been\s+)?[^\W\d_]+(?:ado|ada|"
                       r"ados|adas|ido|ida|idos|idas|ed)\b|\bacumul\w+|\bsuma(?:n|ban)?\b|"
                       r"\bcon esto\b|\bin all\b|\ben total\b", re.IGNORECASE)


def _so_far_to_the_month(claim: Claim) -> None:
    """A count that has piled up, of the month the text named before ("… al cierre del
    mes de noviembre la cifra llegó a 46 mil 804. Con esto, en Tabasco se ha detenido a 236
    mil 808"), may be the year's so far to that month, calendar or fiscal: readings beside
    the month's, the figure deciding."""
    if claim.kind != "total" or len(claim.periods) != 1 or claim.periods[0].kind != "month":
        return
    month = claim.periods[0]
    if any(key == "period_from_text" for key, _ in claim.inherited) and \
            _PILED_UP.search(claim.text):
        claim.alternatives += [[p] for p in _years_so_far(month)]
        return
    q = claim.quantity
    if q is not None and _CROSSED.search(claim.sentence.text, max(0, claim.position - 40),
                                         claim.position + len(q.words)) and any(
            len(ps) == 1 and ps[0].kind in ("fiscal_year", "year") and
            ps[0].start <= month.start <= ps[0].end for ps in claim.sentence_periods):
        # "The number … in fiscal year 2022 surpassed 2 million in August": the year's
        # count to that month crossed the mark.
        claim.alternatives += [[p] for p in _years_so_far(month)]


# A mark crossed: "surpassed 2 million in August", "superó los 2 millones en agosto".
_CROSSED = re.compile(r"\b(?:surpass\w*|topp?\w*|cross\w*|pass(?:ed|es)|exceed\w*|"
                      r"broke|superó|superaron|rebasó|rebasaron|sobrepasó)\b", re.IGNORECASE)


_WHOLE_YEAR = re.compile(r"\b(?:full[- ]year|the full year|the whole year|the entire year|"
                         r"todo el año|el año completo|el año entero|al cierre del año)\b",
                         re.IGNORECASE)


def _to_date(claim: Claim, ref: dt.date) -> None:
    """Periods still under way at the text's date are the year (or presidency) to date,
    unless the claim looks ahead ("on track to exceed 3.2 million this fiscal year"): a
    projection is judged against the whole period, now that the data hold it."""
    if claim.projection and (not lx.SO_FAR.search(claim.text) or _WHOLE_YEAR.search(
            claim.sentence.text, max(0, claim.position - 60), claim.position)) or \
            claim.to_day:
        # ("… so far this year, making it likely the full-year number will top a half
        # million": the projection is of the whole year. A figure said to be so far is not
        # the projection its sentence also makes: "… on pace to break a record, adding, for
        # the fiscal year 2021 we already have 176,000 apprehensions and we still have one
        # month left".)
        return  # a figure "hasta el 19 de mayo" says itself where it stops

    def cut(periods: list[Period]) -> list[Period]:
        return [so_far(p, ref) or p for p in periods]

    first = ref.replace(day=1)
    whole_label = claim.periods[0].label if claim.periods else ""
    if len(claim.periods) == 1 and claim.periods[0].kind != "month" and \
            claim.periods[0].start == first < claim.periods[0].end and \
            lx.SO_FAR.search(claim.sentence.text) and not claim.compare_to:
        # "En lo que va de 2025, Guatemala recibió a 3 mil 297", said on 27 January: the
        # year so far is its first month, to the text's day.
        claim.periods, claim.alternatives = [Period.month(ref.year, ref.month)], []
        claim.to_day = ref.day
        claim.inherited.append(("first_days", {"periods": whole_label, "to": ref.isoformat()}))
        return
    whole = list(claim.periods)
    claim.periods = cut(claim.periods)
    if lx.SO_FAR.search(claim.sentence.text) and any(so_far(p, ref) for p in whole):
        # "So far in 2025", in November 2025: the calendar year under way, not the fiscal
        # year that had ended in September.
        claim.alternatives = [a for a in claim.alternatives
                              if any(so_far(p, ref) for p in a)]
    claim.alternatives = [cut(a) for a in claim.alternatives]
    claim.compare_to = cut(claim.compare_to)
    if [p.label for p in claim.periods] != [p.label for p in whole]:
        # The whole period stays a reading: a figure published on the period's last days
        # ("a record 61,680 in 2024", said on 20 December) can be the whole year's. Not
        # one said "so far", nor one written with more than its last month to run ("more
        # than 1.4 million so far this fiscal year", in February, is not the year's total).
        whole_meant = _whole_may_be_meant(claim, whole, ref)
        if whole_meant:
            claim.alternatives.insert(0, whole)
        if ref.day < PUBLISHED_BY_DAY and claim.kind == "change" and len(claim.periods) == 1 \
                and not claim.compare_to:
            # "A 434 percent increase this fiscal year", said on 11 March: the last month
            # that had ended may not have been published yet; the months to the one before
            # it, which the writer had, against the same months a year before, are a
            # reading too (the figures decide). (A base the words name is left as named.)
            shorter = so_far(claim.periods[0], add_months(ref.replace(day=1), -1))
            if shorter is not None:
                claim.alternatives.insert(1 if whole_meant else 0, [shorter])
        claim.inherited.append(("to_date", {"periods": ", ".join(p.label for p in whole),
                                            "to": claim.periods[0].label}))
    elif ref.day < PUBLISHED_BY_DAY and len(claim.periods) == 1 and claim.kind in (
            "total", "change") and lx.SO_FAR.search(claim.sentence.text):
        # "En lo que va del año fiscal 2019 han aprehendido a 42,783", on 11 October 2019:
        # the year had just ended and its last month may not have been published; the
        # months before it, which the writer had, are a reading (the figures decide).
        shorter = so_far(claim.periods[0], add_months(ref.replace(day=1), -1))
        if shorter is not None:
            claim.alternatives.insert(0, [shorter])


def _run_after_the_month_named(claim: Claim) -> None:
    """"The third consecutive month of increases following a brief decline in January": the
    run is February–April, so it ends the third month after the one named."""
    if not claim.streak_follows or claim.streak_n < 1 or len(claim.periods) != 1 or \
            claim.periods[0].kind != "month":
        return
    last = add_months(claim.periods[0].start, claim.streak_n)
    claim.periods, claim.alternatives = [Period.month(last.year, last.month)], []
    claim.inherited.append(("run_after", {"month": claim.periods[0].label}))


def _projected_year(claim: Claim) -> None:
    """"The government is projecting the highest number of arrests in 20 years", after
    February's figure: a record projected is the year's (the fiscal year for the US
    series, the calendar year for the others), judged on its outcome once the data hold
    it, not the month's the sentence carried."""
    if claim.kind != "rank_record" or not lx.PROJECTION.search(claim.text) or \
            re.search(r"\bmonth|\bmes(?:es)?\b|\bday|\bd[ií]as?\b|\bweek|\bsemana",
                      claim.text, re.IGNORECASE) or not claim.periods or \
            claim.rank_among or any(p.kind in ("year", "fiscal_year") for p in claim.periods):
        return
    end = claim.periods[-1].end
    us = claim.topic is not None and claim.topic.country == "USA"
    year = Period.fiscal_year(fiscal_year_of(end)) if us else Period.year(end.year)
    claim.periods, claim.alternatives = [year], []
    claim.inherited.append(("projected_year", {"period": year.label}))


# "El mismo periodo del año fiscal 2023", "the same months of 2023", "el mismo período del
# año fiscal anterior", "the same period last year": the base is the compared months in the
# year named, not that whole year.
_SAME_PERIOD_OF = re.compile(
    r"\b(?:mism[oa]s?|same)\s+(?:periodo|período|lapso|meses|mes|trimestre|semestre|period|"
    r"months?|time(?:\s+frame)?|timeframe)\s+(?:(?:del?|of|in|en)\s+)?(?:el\s+|la\s+|the\s+)?"
    r"(?:(?:año\s+fiscal\s+|fiscal\s+year\s+|fy\s*|año\s+)?'?(?:19|20)?\d\d\b|"
    r"año\s+(?:fiscal\s+)?(?:anterior|pasado|previo)\b|(?:last|previous|prior)\s+(?:fiscal\s+)?"
    r"year\b)|"
    # ("53.98% menos que 2019 en el mismo periodo", "than 2019 over the same months".)
    r"\b(?:19|20)\d\d,?\s+(?:en|in|during|durante|for|over|por)\s+(?:el|la|los|the)\s+"
    r"(?:mism[oa]s?|same)\s+(?:periodo|período|lapso|meses|period|months|time(?:\s+frame)?)\b",
    re.IGNORECASE)


def _same_period_of_a_year(claim: Claim) -> None:
    """"En lo que va del año fiscal 2024 … 10% menos que en el mismo periodo del año fiscal
    2023": October–May against October–May of FY2023, not the whole of FY2023."""
    if claim.kind not in ("change", "comparison") or len(claim.periods) != 1 or \
            len(claim.compare_to) != 1 or not _SAME_PERIOD_OF.search(claim.text):
        return
    part, year = claim.periods[0], claim.compare_to[0]
    if year.kind not in ("year", "fiscal_year") or part.kind not in ("range", "month") or \
            part.months >= 12:
        return
    if year.kind == "fiscal_year":
        shift = fiscal_year_of(year.end) - fiscal_year_of(part.end)
    else:
        shift = year.start.year - part.end.year
    if shift < 0:
        claim.compare_to = [part.shifted_years(shift)]


# A year said to be the record: "un año récord", "a record year", "un año histórico".
_RECORD_YEAR = re.compile(r"\b(?:años?\s+(?:de\s+)?(?:récord|histórico)|record[- ](?:breaking\s+)?"
                          r"years?)\b", re.IGNORECASE)
# "The lowest fiscal year total in 46 years": a year's total ranked (the year under way, if
# the words look ahead: "on pace for the highest annual total since 2007").
_YEARS_TOTAL = re.compile(r"\b(?:(?:fiscal[- ]year|annual|yearly|full[- ]year)\s+(?:total|tally|"
                          r"figure|count|level)s?|(?:total|cifra|cantidad)\s+anual)\b",
                          re.IGNORECASE)


def _whole_may_be_meant(claim: Claim, whole: list[Period], ref: dt.date) -> bool:
    """Whether a period still under way at ``ref`` may yet be meant whole: not when the
    sentence says the count runs to now; otherwise in its last month, or for a precise
    figure (which matches the whole period only if the text's date is not its own: "In
    FY 2018, the Border Patrol apprehended 396,579", in a text dated only "2018")."""
    if lx.SO_FAR.search(claim.sentence.text):
        return False
    q = claim.quantity
    precise = q is not None and q.kind == "count" and q.hedge is None and \
        rules.precision(q.words, q.value) < 0.001
    return precise or all(ref >= p.end for p in whole)


def _field_offices(where: dict[str, list[str]]) -> bool:
    """Whether a cut is of ports' field offices ("El Paso Field Office"), not sectors."""
    return bool(where.get("sector")) and all(v.endswith("Field Office")
                                             for v in where["sector"])


def _title42_to(month: dt.date) -> Period:
    """The Title 42 era from its first month (March 2020) to ``month``."""
    return Period.span(TITLE42.start, month)


# Expulsions named as such ("to expel migrants more than 2.8 million times").
_EXPELLED = re.compile(r"\b(?:expel\w*|expulsion\w*|expuls\w+)", re.IGNORECASE)
# The end of Title 42 named: "Thursday's expiration of Title 42", "el fin del Título 42".
_TITLE42_ENDED = re.compile(r"\b(?:expir\w*|end(?:ed|s|ing)?|lift(?:ed|ing)?|fin|términ\w*|"
                            r"termin\w*)\b[^.;]{0,30}?\b(?:title|título) 42\b|\b(?:title|"
                            r"título) 42\b[^.;]{0,30}?\b(?:expir\w*|ended|ends|lifted|"
                            r"termin\w*|conclu\w*)", re.IGNORECASE)


def _policy_to_a_month(claim: Claim) -> None:
    """"Through February, 1.7 million expulsions had been carried out under this policy",
    "hasta febrero, 1.7 millones de expulsiones": Title 42 expulsions up to a month may be
    the policy's from March 2020 to it, a reading beside the month's and the year's to it
    (the figure decides)."""
    if claim.kind != "total" or claim.topic is None or claim.topic.id != "expulsions" or \
            len(claim.periods) != 1 or claim.periods[0].kind != "month" or \
            not re.match(r"(?:through|until|up to|by|hasta|al cierre de)\b",
                         claim.time_words or "", re.IGNORECASE):
        return
    month = claim.periods[0]
    if not TITLE42.start < month.start <= TITLE42.end:
        return
    claim.alternatives = [[_title42_to(month.start)]] + claim.alternatives


def _default_periods(claim: Claim, ref: dt.date, checker: Checker,
                     measures: set[str]) -> None:
    """Periods for claims that name none, by documented rules."""
    if claim.periods:
        return
    last = last_ended_month(ref)
    calendar = bool(measures & set(CALENDAR_SERIES))
    # Title 42 expulsions: the policy's so far, from March 2020 (to May 2023 at most).
    policy = _title42_to(min(last, TITLE42.end)) if claim.kind == "total" and \
        claim.topic is not None and claim.topic.id == "expulsions" and \
        last >= TITLE42.start else None
    if claim.versus is not None:
        # "México detiene más migrantes que EE.UU.": the latest twelve months both series
        # cover by the text's date.
        for m in measures:
            _, hi = checker.engine.coverage(get_measure(m), checker.as_of)
            last = min(last, hi)
        first = add_months(last, -11)
        period = Period.span(first, last)
        claim.periods = [period]
        claim.inherited.append(("no_period_twelve", {"period": period.label}))
    elif (claim.kind in ("total", "rate") and claim.latest_if_none) or (
            claim.kind in ("change", "comparison") and claim.compare_to
            and (claim.compare_to[0].kind == "month" or claim.compare_stat)):
        # "99,545 encounters — down 42 percent from May": the level and the change are the
        # latest month's. Against the same month of an earlier year, said before the 20th
        # (when the latest month's figures were not yet out), the month before is the
        # other reading ("increased 80 percent compared to December 2021", said on 8
        # February 2024, is December 2023's).
        claim.periods = [Period.month(last.year, last.month)]
        claim.inherited.append(("no_period_latest", {"period": claim.periods[0].label}))
        base = claim.compare_to[0] if claim.compare_to else None
        if base is not None and base.kind == "month" and base.start == last and \
                claim.compare_stat is None and _names_period(claim.sentence.text, base):
            # "A 60 percent decrease from December", said in late January: the month under
            # way at the text's date, against the latest one that had ended.
            now = add_months(base.start, 1)
            claim.periods = [Period.month(now.year, now.month)]
            claim.inherited[-1] = ("no_period_under_way", {"period": claim.periods[0].label})
            return
        before = add_months(last, -1)
        if ref.day < PUBLISHED_BY_DAY and not claim.alternatives and claim.compare_to and \
                claim.compare_to[0].kind == "month" and \
                claim.compare_to[0].start.month == before.month and \
                claim.compare_to[0].start < before:
            claim.alternatives = [[Period.month(before.year, before.month)]]
    elif policy is not None and claim.quantity is not None and \
            claim.quantity.kind == "count" and (claim.quantity.hedge in POINT_HEDGES or (
                _TITLE42_ENDED.search(claim.sentence.text) and _EXPELLED.search(
                    claim.sentence.text))) \
            and rules.precision(claim.quantity.words, claim.quantity.value) > 0.005:
        # "Estados Unidos suma 2.7 millones de migrantes expulsados mediante el Título 42",
        # "nearly 43,000 expulsions since the CDC order": expulsions with no period are
        # the policy's so far, from March 2020 to the latest month (May 2023 at most); the
        # guess stands only if the figure agrees with it (a bound, "more than 10,000", is
        # no such figure: any cumulative count passes it; a precise one is tried against the
        # latest months, below).
        # (A sentence on the policy's end — "following Thursday's expiration of Title 42,
        # a policy that allowed the U.S. to expel migrants more than 2.8 million times" —
        # speaks of all of it, so a bound is read over it too.)
        claim.periods = [policy]
        claim.guessed = True
        claim.inherited.append(("no_period_title42", {"period": policy.label}))
    elif claim.kind == "total" and claim.quantity is not None and \
            claim.quantity.kind == "count" and claim.quantity.role == "count" and \
            _SO_FAR_NOW.search(claim.sentence.text):
        # "Our apprehensions in Laredo Sector so far: 51,000", "right now": a count to date
        # with no period, most likely the fiscal year's so far (the calendar year's the
        # other reading); the guess stands only if the figure agrees with it.
        # (To the month under way, counted in part where the text's date falls in it.)
        now = claim.ref or last
        month = Period.month(now.year, now.month)
        years = _years_so_far(month) or [month]
        claim.periods = [years[-1]]
        claim.alternatives = [[p] for p in years[:-1]]
        claim.guessed = True
        claim.inherited.append(("no_period_so_far", {"period": years[-1].label}))
    elif claim.quantity is not None and claim.quantity.kind == "count" and (
            claim.kind == "total" and rules.precision(claim.quantity.words,
                                                      claim.quantity.value) <= 0.005
            or claim.kind == "rate" and claim.quantity.per != "year"):
        # "CBP says it made 58,207 arrests": a precise figure with no period is most likely
        # the latest month's; so is an average ("7,400 a day"), not one a year; the guess
        # stands only if the figure agrees with it.
        claim.periods = [Period.month(last.year, last.month)]
        claim.guessed = True
        claim.inherited.append(("no_period_latest", {"period": claim.periods[0].label}))
        if policy is not None:
            # (Expulsions: the policy's so far is a reading too.)
            claim.alternatives = [[policy]]
    elif claim.kind == "share" and claim.quantity is not None and \
            claim.quantity.kind == "percent" and claim.quantity.hedge is None and \
            rules.precision(claim.quantity.words, claim.quantity.value) * \
            claim.quantity.value < 0.5:
        # "Venezuelans led with 29.3% of the total", with no period: the share may be of a
        # recent month or year; it stands only if the figure matches one to the decimal
        # (a whole percentage matches some recent period by chance too often).
        claim.periods = [Period.month(last.year, last.month)]
        claim.guessed = True
        claim.inherited.append(("no_period_latest", {"period": claim.periods[0].label}))
    elif claim.kind == "streak" and claim.projection and claim.ref is not None:
        # "Encounters remain on track to surpass 2 million for the third year in a row", in
        # June 2024; "could represent an increase for the third consecutive month", on 13
        # September: a run foreseen to go on ends in the period under way, judged on its
        # outcome now that the files hold it.
        ref = claim.ref
        claim.periods = [Period.month(ref.year, ref.month) if claim.streak_unit != "year"
                         else Period.year(ref.year) if calendar
                         else Period.fiscal_year(fiscal_year_of(ref))]
        claim.inherited.append(("no_period_foreseen", {"period": claim.periods[0].label}))
    elif claim.kind == "streak" and claim.streak_unit == "year":
        # "Apprehensions went down for the sixth straight year": up to the last year that
        # had ended, as the series counts years (fiscal or calendar).
        year = _last_complete_year(last, calendar)
        claim.periods = [year]
        claim.inherited.append(("no_period_last_year", {"period": year.label}))
    elif claim.kind == "streak":
        # "for the fifth straight month": up to the last month that had ended.
        claim.periods = [Period.month(last.year, last.month)]
        claim.inherited.append(("no_period_latest", {"period": claim.periods[0].label}))
    elif claim.kind == "rank_record":
        # "in record numbers": a month of the last six set the record; "we now have the
        # most secure border" said before the latest months were published: the last six
        # the store has.
        ended = last
        published = _published(checker, measures, last)
        if _LATE_RELEASE_MONTHS >= _months_between(published, last) > 0:
            last = published
            claim.inherited.append(("no_period_published", {"last": f"{last:%Y-%m}"}))
        if _RECORD_YEAR.search(claim.sentence.text) or (
                _YEARS_TOTAL.search(claim.sentence.text) and not claim.projection):
            # "México vivió un año récord de detenciones", "it was a record year": a year
            # set the record, the last complete one (calendar or fiscal, as the series
            # counts), not a month of the last six.
            # (The year that had ended by the text's date, published in full or not yet.)
            year = _last_complete_year(ended, calendar)
            claim.periods = [year]
            claim.inherited.append(("no_period_record_year", {"period": year.label}))
            return
        claim.periods = [Period.span(add_months(last, -5), last)]
        claim.inherited.append(("no_period_six", {}))
    elif claim.kind == "trend":
        claim.periods = [Period.span(add_months(last, -2), last)]
        claim.inherited.append(("no_period_three", {}))
    elif claim.kind == "change" and claim.shift_years:
        # "The latest figures show a 30% year-on-year decrease": the year to date, or the
        # latest month, against the same months a year before.
        start = dt.date(last.year, 1, 1) if calendar else dt.date(
            last.year - (last.month < 10), 10, 1)
        to_date = Period.span(start, last)
        claim.periods = [to_date]
        claim.alternatives = [[Period.month(last.year, last.month)]]
        claim.inherited.append(("no_period_to_date", {"period": to_date.label}))
    elif claim.kind == "change" and claim.compare_to and (claim.compare_to[0].kind in (
            "year", "fiscal_year") or claim.compare_to[0].kind == "range" and
            claim.compare_to[0].months < 12) and claim.compare_to[0].end < last:
        # "Un alza del 28.2% frente a las de 2022": the year after the one it is against
        # (so too the same months: "respecto al mismo periodo del año fiscal 2018").
        base = claim.compare_to[0]
        claim.periods = [base.shifted_years(1)]
        claim.inherited.append(("no_period_next", {"period": claim.periods[0].label}))
        ago = _YEARS_AGO.search(claim.sentence.text)
        word = (ago.group("n") or ago.group("n2")).lower() if ago else "0"
        n = COUNTS.get(word) or int(word)
        if n > 1 and claim.ref is not None and base == (
                Period.year(claim.ref.year - n) if base.kind == "year" else
                Period.fiscal_year(fiscal_year_of(claim.ref) - n)):
            # "Cut by nearly 40 percent from two years ago", said in May 2011: the last
            # complete year against the year as long before it (2010 against 2008), not
            # the year after the one two years back.
            year = _last_complete_year(last, base.kind == "year")
            claim.periods, claim.compare_to = [year], [year.shifted_years(-n)]
            claim.inherited[-1] = ("no_period_since", {"period": year.label})
        elif base.end.year < last.year - 2:
            # "Declined by 70 percent from 2006", written in 2017: a base years back is
            # set against now, the last complete year of its kind.
            claim.periods = [_last_complete_year(last, base.kind == "year")]
            claim.inherited[-1] = ("no_period_since", {"period": claim.periods[0].label})
    elif claim.kind == "change" and claim.quantity is not None and any(
            ch.isdigit() for ch in claim.quantity.words):
        # "El flujo migratorio ha disminuido 30 por ciento": with no period named, the
        # latest month against the one before is tried; the guess stands only if the
        # figure agrees with it.
        claim.periods = [Period.month(last.year, last.month)]
        claim.guessed = True
        claim.inherited.append(("no_period_latest", {"period": claim.periods[0].label}))
    elif claim.kind == "change" and calendar:
        year = _last_complete_year(last, calendar=True).start.year
        claim.periods = [Period.year(year)]
        claim.compare_to = [Period.year(year - 5)]
        claim.guessed = True  # a word with no period: kept only if the figures bear it out
        claim.inherited.append(("no_period_cy", {"year": year, "before": year - 5}))
    elif claim.kind == "change":
        fy = last_ended_fiscal_year(ref)
        claim.periods = [Period.fiscal_year(fy)]
        claim.compare_to = [Period.fiscal_year(fy - 5)]
        claim.guessed = True
        claim.inherited.append(("no_period_fy", {"fy": fy, "before": fy - 5}))


# "Two years ago", "hace tres años" as a change's base.
_YEARS_AGO = re.compile(YEARS_AGO, re.IGNORECASE)


def _last_complete_year(last: dt.date, calendar: bool) -> Period:
    """The last calendar (or fiscal) year complete by the month ``last``."""
    if calendar:
        return Period.year(last.year if last.month == 12 else last.year - 1)
    return Period.fiscal_year(fiscal_year_of(last) - (last.month != 9))


def _now_published(claim: Claim, checker: Checker, measures: set[str]) -> None:
    """"We now have the most secure border", said before the month was published: the
    latest month the store has stands for "now"."""
    if claim.time_kind != "now" or len(claim.periods) != 1 or not measures:
        return
    published = _published(checker, measures, claim.periods[0].start)
    if _LATE_RELEASE_MONTHS >= _months_between(published, claim.periods[0].start) > 0:
        claim.periods = [Period.month(published.year, published.month)]
        if claim.kind == "rank_record":  # as with no period: a month of the last six
            first = add_months(published, -5)
            claim.periods = [Period.span(first, published)]
        claim.inherited.append(("no_period_published", {"last": f"{published:%Y-%m}"}))


def _unmeasured_by_topic(claim: Claim, topic: Any) -> str | None:
    """A count the files hold only mixed with others, by what the claim is about."""
    text = claim.sentence.text
    if topic.id == "removals" and lx.ICE.search(text):
        # "ICE reported that they deported over 270,000": ICE's own count; DHS's removals
        # also hold CBP's, and the files do not split them by agency.
        return "ice_own"
    if topic.id in ("apprehensions", "encounters") and lx.ICE_ARRESTS.search(text):
        # "ICE arrested 74,082 immigrants in fiscal year 2021": arrests in the interior,
        # which no file here holds (CBP's encounters are at the border).
        return "ice_arrests"
    if topic.id in ("mx_detentions", "apprehensions", "encounters", "crossings") and \
            lx.MILITARY_DETAINERS.search(text):
        # "El año pasado, sus soldados detuvieron a 177 mil 166 migrantes": the Guard's own
        # count, which Mexico's tables do not split from the migration authority's.
        return "guard_own"
    if topic.id == "mx_detentions" and lx.INM_OPERATIONAL.search(text):
        # "El INM registró ... el rescate de 746 mil 695 personas", "tuvo contacto con más
        # de 2.1 millones": the institute's operational count, two to three times the
        # events of its statistics unit's tables, which the files hold.
        return "inm_operational"
    if (topic.country != "USA" or topic.id == "removals") and lx.SUBNATIONAL.search(text):
        # "Los departamentos de Huehuetenango, San Marcos y Quiché ... acumularon 31.145
        # deportados": the home country's places, which no file breaks down.
        return "subnational"
    q = claim.quantity
    by_air_here = q is not None and lx.BY_AIR.search(text[q.end:q.end + 30])
    if topic.id == "gt_returns" and lx.BY_AIR.search(text) and (
            claim.filters.get("returned_from") == ["MEX"] or claim.kind == "share" or (
                by_air_here and claim.filters.get("returned_from") != ["USA"])):
        # "retornados ... en vuelos provenientes de México", "66 mil 16 por vía aérea
        # provenientes de Estados Unidos y México": most returns from Mexico come by land
        # and some by air; the files do not split them by how they came. (Returns from
        # the US all come by air: "by air from the US" is the US total.)
        return "gt_by_air"
    return None


# How far the store's newest month may lag a month said to be "now" and still stand for it
# (a month is published some weeks after it ends); a longer gap is the store's coverage
# ending ("we're breaking record numbers … now", in June 2025, with releases to August 2024).
_LATE_RELEASE_MONTHS = 6


def _months_between(a: dt.date, b: dt.date) -> int:
    """Whole months from ``a``'s month to ``b``'s."""
    return (b.year - a.year) * 12 + b.month - a.month


def _published(checker: Checker, measures: set[str], default: dt.date) -> dt.date:
    """The newest month every one of ``measures`` has in the store."""
    return min((checker.engine.coverage(get_measure(m), checker.as_of)[1] for m in measures),
               default=default)


def _fmt_period(p: Period, lang: str = "en") -> str:
    return i18n.fmt_period(p, lang)


def _figure(result: QueryResult, label: str | None = None) -> dict[str, Any]:
    return {"label": label or result.period, "measure": result.measure,
            "period": result.period, "value": result.value, "complete": result.complete,
            "provenance": [vars(p) | {} for p in result.provenance]}


def _query_text(measure: str, periods: list[Period], where: dict[str, list[str]],
                verb: str = "query") -> str:
    left_out = {k: [x[len(EXCLUDED):] for x in v] for k, v in where.items()
                if v[0].startswith(EXCLUDED)}
    if left_out:
        # The whole, then the group to subtract from it.
        rest = {k: v for k, v in where.items() if k not in left_out}
        return (_query_text(measure, periods, rest, verb) + " ; minus: "
                + _query_text(measure, periods, rest | left_out, verb))
    wh = _where_args(where)
    if verb == "change":
        return f"borderstats change {measure} --from {periods[0].label} --to " \
               f"{periods[1].label}{wh}"
    if verb == "rank":
        return f"borderstats rank {measure} --period {periods[0].label}{wh}"
    if len(periods) > 1:
        by = "month" if periods[0].kind == "month" else (
            "fiscal_year" if periods[0].kind == "fiscal_year" else "year")
        return (f"borderstats query {measure} --period {periods[0].label}..{periods[-1].label}"
                f" --by {by}{wh}")
    return f"borderstats query {measure} --period {periods[0].label}{wh}"


def _where_args(where: dict[str, list[str]]) -> str:
    """--where options, quoted for a shell ("authority=Title 42"); a group left out is the
    subject of a second query, to subtract (see ``_query_text``)."""
    return "".join(f" --where {shlex.quote(k + '=' + ','.join(v))}" for k, v in where.items()
                   if not v[0].startswith(EXCLUDED))




def _title(measure: str, lang: str = "en") -> str:
    return i18n.title(measure, lang) or get_measure(measure).title


# -- the judges, one per claim kind -----------------------------------------------------

def _total(claim: Claim, checker: Checker, r: Reading) -> None:
    lang = checker.lang
    q = claim.quantity
    assert q is not None
    if q.kind in ("percent", "fraction", "multiplier"):
        raise QueryError(msg(lang, "err_nothing_to_compare"))
    periods = r.periods if claim.each or len(r.periods) == 1 else [
        Period.between(r.periods[0], r.periods[-1])]
    verdicts, reasons, exact = [], [], []
    for p in periods:
        try:
            result = checker.q(r.measure, p, r.where, stat=claim.stat)
        except QueryError:
            if (years := _term_years(claim, checker, r, p)) is None:
                raise
            p, result = years
            r.periods = [p] if len(periods) == 1 else r.periods
        if not result.complete and (years := _term_years(claim, checker, r, p)) is not None:
            p, result = years
            r.periods = [p] if len(periods) == 1 else r.periods
        lower_bound = False
        if claim.ref is not None and p.kind == "month" and p.start.year == claim.ref.year \
                and p.start.month == claim.ref.month and not claim.projection:
            # A month still under way when the words were written: the count was for part
            # of it. The final figure can refute it (a count to date cannot exceed it), not
            # confirm it.
            days = (add_months(p.start, 1) - p.start).days
            if q.value > result.value and q.hedge not in ("less_than", "at_most"):
                verdict, reason = rules.INACCURATE, msg(lang, "under_way_above",
                                                        value=f"{result.value:,}")
            elif claim.to_day and claim.to_day < days and any(
                    key == "first_days" for key, _ in claim.inherited):
                # ("En lo que va de 2025 …", said on 27 January: to that day, so judged as
                # the month's first days, against the days' share of the month: from half
                # of it to twice it, and no more than the whole month.)
                estimate = round(result.value * claim.to_day / days)
                low, high = round(estimate / 2), min(result.value, 2 * estimate)
                if q.hedge is None and low <= q.value <= high:
                    verdict, reason = rules.ACCURATE, msg(
                        lang, "first_days_between", low=f"{low:,}", high=f"{high:,}",
                        estimate=f"{estimate:,}", day=claim.to_day)
                else:
                    verdict, reason = rules.judge_total(q.value, estimate, q.hedge, q.words,
                                                        q.low, q.high, lang=lang)
                    reason = reason + "; " + msg(lang, "first_days_share",
                                                 estimate=f"{estimate:,}", day=claim.to_day)
            else:
                raise UnderWayError(msg(lang, "under_way", period=p.label,
                                        value=f"{result.value:,}"))
            r.figures.append(_figure(result))
            verdicts.append(verdict)
            reasons.append(reason)
            exact.append(False)
            continue
        pace = _pace(checker, claim, r, p)
        settled = q.hedge in ("more_than", "at_least") and result.value > q.value
        now = _pace(checker, claim, r, p, upto=checker.engine.coverage(
            get_measure(r.measure), checker.as_of)[1]) if not (
            result.complete or settled) else None
        if now is not None:
            # "On track to reach 300,000 this year", the year not yet complete in the
            # store: judged on the pace of the months the store has, an estimate that can
            # make the projection roughly right at best.
            months, so_far_value, last, projected = now
            r.figures.append(_figure(result))
            verdict, reason = rules.judge_total(q.value, projected, q.hedge, q.words,
                                                q.low, q.high, lang=lang)
            verdict = rules.ROUGHLY if verdict == rules.ACCURATE else verdict
            verdicts.append(verdict)
            exact.append(False)
            reasons.append(msg(lang, "projection_on_pace", period=_fmt_period(p, lang),
                               pace=f"{projected:,}", months=months,
                               value=f"{so_far_value:,}", last=last, reason=reason))
            continue
        if not result.complete:
            # A figure with months missing is only a lower bound: it can show "more than"
            # true, nothing else.
            ok = q.hedge in ("more_than", "at_least") and result.value > q.value
            # Months missing inside the period, with months on both sides (the Darién
            # compilation's April, May and July 2020), not at its edges.
            r.gap = bool(result.missing) and all(
                p.start < dt.date(int(m[:4]), int(m[5:7]), 1) < p.end
                for m in result.missing if len(m) == 7)
            # The months held already give more than a figure claimed as the whole ("just
            # under 28,000" in 2025, with 169,806 by November): the missing months can only
            # add to it, so the claim is wrong whatever they hold.
            over = q.kind == "count" and result.value > q.value and rules.judge_total(
                q.value, result.value, q.hedge, q.words, q.low, q.high,
                lang=lang)[0] == rules.INACCURATE
            if not ok and not over:
                raise CoverageError(msg(lang, "partial", period=p.label,
                                     missing=", ".join(result.missing[:3])
                                     + (" …" if len(result.missing) > 3 else "")))
            lower_bound = True
        r.figures.append(_figure(result))
        verdict, reason = rules.judge_total(q.value, result.value, q.hedge, q.words,
                                            q.low, q.high, lang=lang)
        if claim.projection and verdict == rules.INACCURATE and q.value and q.hedge in (
                None, "about", "nearly") and abs(
                result.value - q.value) / q.value <= PROJECTION_ROUGHLY:
            # "Alrededor de 320,000 migrantes podrán cruzar en 2024" (302,203 did): a
            # forecast that came within 10% of the outcome was roughly right (a threshold,
            # "more than one million", was met or not).
            verdict = rules.ROUGHLY
        month = _month_in_part(claim, p)
        if month is not None and (month[1] and p is periods[-1] and not lower_bound or not month[1]
                                  and verdict == rules.INACCURATE and q.value > result.value) \
                and (split := _in_part(checker, r, p, result.value, month)) is not None:
            # "Hasta el 25 de marzo": the last month only in part; "186.969 migrantes en lo
            # que va de este año", said on 20 June, may count June's first days too. The
            # claim holds if it lies between the total without that month and with all of it.
            without, part = split
            days = (add_months(month[0].start, 1) - month[0].start).days
            day = claim.to_day if month[1] else claim.ref.day
            verdict, reason = _partial_month(q, without, round(without + part * min(day, days)
                                                               / days), without + part, lang)
        if claim.from_day and p is periods[0] and not lower_bound and p.months > 1:
            # "From January 21": the first month only in part, the same way.
            first = Period.month(p.start.year, p.start.month)
            part = checker.q(r.measure, first, r.where).value
            days = (add_months(p.start, 1) - p.start).days
            share = (days - min(claim.from_day, days) + 1) / days
            verdict, reason = _partial_month(q, result.value - part,
                                             round(result.value - part + part * share),
                                             result.value, lang)
        if verdict == rules.INACCURATE and not lower_bound and claim.preliminary and abs(
                result.value - q.value) <= PRELIMINARY_GAP * max(
                result.value, q.value):
            # "Según cifras preliminares, 2 mil 50 extranjeros fueron presentados": a figure
            # its text calls preliminary is revised later; a few percent off is roughly right.
            verdict, reason = rules.ROUGHLY, msg(lang, "preliminary", reason=reason)
        if verdict in (rules.INACCURATE, rules.ROUGHLY) and not lower_bound and \
                q.kind == "count" and claim.stat is None and result.complete:
            # Two official counts of one thing that differ ("CBP's own table counts 14,855
            # family units in FY2013; OHSS, 12,930"): a figure that fits the other is right.
            for other in checker.engine.other_official_figures(result):
                better, why = rules.judge_total(q.value, other.value, q.hedge, q.words,
                                                q.low, q.high, lang=lang)
                if better == rules.ACCURATE:
                    r.figures.append(_figure(other))
                    verdict, reason = better, msg(
                        lang, "other_source", reason=why, value=f"{other.value:,}",
                        source=other.provenance[0].source, first=f"{result.value:,}")
                    result = other
                    break
        exact.append(_exact(q, result.value))
        verdicts.append(verdict)
        if lower_bound:
            reasons.append(msg(lang, "lower_bound", period=_fmt_period(p, lang),
                               value=f"{result.value:,}", reason=reason,
                               months=p.months - len(result.missing), of=p.months))
        else:
            # ("300,000 … in one month" under a presidency: the term's highest month.)
            shown = msg(lang, "peak_month", month=fmt_label(result.period, lang),
                        period=_fmt_period(p, lang)) if claim.stat == "peak" and \
                p.months > 1 else _fmt_period(p, lang)
            reasons.append(msg(lang, "total_part", period=shown,
                               value=f"{result.value:,}", reason=reason))
        if pace is not None:
            months, so_far_value, last, projected = pace
            reasons[-1] += "; " + msg(lang, "projection_pace", months=months, last=last,
                                      value=f"{so_far_value:,}", pace=f"{projected:,}")
    r.verdict = rules.worst(verdicts)
    r.exact = all(exact)
    if claim.each and len(periods) > 1 and r.verdict not in (rules.ACCURATE, rules.ROUGHLY) \
            and not _EACH_WORD.search(claim.sentence.text) and len(r.figures) == len(periods) \
            and q.hedge in POINT_HEDGES:
        # "100,000 unaccompanied children … in 2015 and 2016": one figure for the years
        # together, where it fits them and not each ("each", "both", "respectively" say
        # otherwise; a bound, "more than 520,000", is no figure of a sum).
        together = sum(f["value"] for f in r.figures[-len(periods):])
        verdict, reason = rules.judge_total(q.value, together, q.hedge, q.words, q.low,
                                            q.high, lang=lang)
        if verdict in (rules.ACCURATE, rules.ROUGHLY):
            r.verdict, r.exact = verdict, _exact(q, together)
            r.explanation = msg(lang, "total_together", title=_title(r.measure, lang),
                                scope=_scope(r, lang), periods=" + ".join(
                                    _fmt_period(p, lang) for p in periods),
                                value=f"{together:,}", reason=reason, words=q.words)
            r.query = _query_text(r.measure, periods, r.where)
            r.series = _series_around(checker, r, periods, reference=None)
            return
    each = msg(lang, "in_each") if claim.each and len(periods) > 1 else ""
    r.explanation = msg(lang, "total", title=_title(r.measure, lang), scope=_scope(r, lang),
                        reasons="; ".join(reasons), words=q.words, each=each)
    if r.measure == "mx_returns" and "outcome" not in r.where:
        r.explanation += _mx_split(checker, r, periods)
    r.query = _query_text(r.measure, periods, r.where)
    r.series = _series_around(checker, r, periods, reference=q.value)


# How far from the outcome a projected total may be and still be roughly right: fact
# checks call a forecast 11% off the outcome wrong ("approximately 18,000 … in April":
# 16,182) and one 6% off roughly right.
PROJECTION_ROUGHLY = 0.10


# How far later releases may move a figure its text calls preliminary.
PRELIMINARY_GAP = 0.10


def _pace(checker: Checker, claim: Claim, r: Reading, p: Period,
          upto: dt.date | None = None) -> tuple[int, int, str, int] | None:
    """For a projection about a period under way when it was written ("on track to
    apprehend a million this fiscal year"), the pace: the months of ``p`` that had ended by
    the text's date (or that the store has up to ``upto``), their total, the last of them,
    and that total scaled to the whole period. None for a claim that is not such a
    projection, or with no month to go on."""
    ref = claim.ref
    if not claim.projection or ref is None or p.months < 2 or not (p.start <= ref <= p.end):
        return None
    last = min(upto or last_ended_month(ref), add_months(p.end.replace(day=1), -1))
    if last < p.start:
        return None
    elapsed = Period.between(Period.month(p.start.year, p.start.month),
                             Period.month(last.year, last.month))
    try:
        so_far_result = checker.q(r.measure, elapsed, r.where)
    except QueryError:
        return None
    if not so_far_result.complete:
        return None
    return (elapsed.months, so_far_result.value, fmt_month(last, checker.lang),
            round(so_far_result.value * p.months / elapsed.months))


def _fiscal_years_inside(window: Period) -> list[Period]:
    """The fiscal years that fall mostly (six months or more) inside ``window``: a
    presidency's, or those "since 2000", in the yearly tables."""
    years = (Period.fiscal_year(fy) for fy in range(fiscal_year_of(window.start),
                                                    fiscal_year_of(window.end) + 1))
    return [y for y in years if sum(window.contains(m) for m in y.month_starts()) >= 6]


def _term_years(claim: Claim, checker: Checker, r: Reading,
                p: Period) -> tuple[Period, QueryResult] | None:
    """A presidential term a series does not hold month by month ("Obama had around 1.57
    million removals in his first term", when removals before FY2014 are yearly): the fiscal
    years mostly inside it, when the series holds them all."""
    if claim.time_kind != "presidency" or p.kind != "range" or p.months < 12:
        return None
    years = _fiscal_years_inside(p)
    if not years:
        return None
    span = Period.between(years[0], years[-1])
    try:
        result = checker.q(r.measure, span, r.where, stat=claim.stat)
    except QueryError:
        return None
    return (span, result) if result.complete else None


def _partial_month(q: Any, without: float, estimate: float, whole: float,
                   lang: str) -> tuple[str, str]:
    """A total over months one of which counts only in part ("from January 21", "hasta el
    25 de marzo"): the claim holds if it lies between the total without that month and the
    total with all of it (the days' share of it is the best single guess)."""
    if q.hedge is None and without <= q.value <= whole:
        return rules.ACCURATE, msg(lang, "between_partial", low=f"{without:,.0f}",
                                   high=f"{whole:,.0f}")
    # The best of the three, saying which figure it was judged against.
    verdict, reason, key, value = min(
        ((*rules.judge_total(q.value, v, q.hedge, q.words, q.low, q.high, lang=lang), key, v)
         for key, v in (("partial_whole", whole), ("partial_estimate", estimate),
                        ("partial_without", without))),
        key=lambda vr: rules.ORDER[vr[0]])
    return verdict, msg(lang, key, value=f"{value:,.0f}", reason=reason)


def _month_in_part(claim: Claim, p: Period) -> tuple[Period, bool] | None:
    """The month a figure over ``p`` counts only in part, and whether ``p`` holds it:
    "hasta el 19 de mayo" (``p`` ends with May), or the year so far said on 28 September
    (``p`` ends with August, and September's first days may count too)."""
    if claim.to_day:
        month = Period.month(p.end.year, p.end.month)
        # ("As of November 30": all of November.)
        return None if claim.to_day >= (add_months(month.start, 1) - month.start).days \
            else (month, True)
    # (The year to date may be one month: "en lo que va del año", said on 20 February.)
    # (So may a total "since January", said on 26 April: to the text's day; and a change
    # over such a span, "since Oct. 1, …, a 193 percent increase over the same time last
    # year".)
    if claim.ref is not None and claim.ref.day > 1 and p.kind in ("range", "month") and (
            any(key == "to_date" for key, _ in claim.inherited) or
            claim.time_kind == "since" and (claim.kind == "total" or p.kind == "range" and
                                            claim.kind in ("change", "comparison"))) and \
            add_months(p.end, 1) == claim.ref.replace(day=1):
        return Period.month(claim.ref.year, claim.ref.month), False
    return None


def _in_part(checker: Checker, r: Reading, p: Period, value: float,
             month: tuple[Period, bool]) -> tuple[float, float] | None:
    """A total over ``p`` without the month counted in part, and that month's own."""
    try:
        part = checker.q(r.measure, month[0], r.where)
    except QueryError:
        return None
    if not part.complete:
        return None
    return (value - part.value if month[1] else value), part.value


def _best_in_part(judge: Any, claim: Claim, checker: Checker, r: Reading,
                  subject: tuple[Period, float], base: tuple[Period, float],
                  verdict: str, reason: str, lang: str) -> tuple[str, str]:
    """A relation whose subject counts its last month only in part, judged with a share
    of that month (a hundredth at a time, from none of it to all of it) when one fits
    better than whole months: "so far this year, 294,182 …, 50,000 more than in all of
    2022", said in mid-August. A base of the same months a year (or years) before counts
    the same share of its own month."""
    month = _month_in_part(claim, subject[0])
    split = _in_part(checker, r, subject[0], subject[1], month) if month else None
    if month is None or split is None:
        return verdict, reason
    years = base[0].start.year - subject[0].start.year
    like = base[0].kind == subject[0].kind == "range" and years < 0 and \
        subject[0].shifted_years(years).label == base[0].label
    base_split = _in_part(checker, r, base[0], base[1], (month[0].shifted_years(years),
                                                         month[1])) if like else None
    for i in range(101):
        value = split[0] + split[1] * i / 100
        old = base_split[0] + base_split[1] * i / 100 if base_split else base[1]
        v, why = judge(old, value)
        if rules.ORDER[v] < rules.ORDER[verdict]:
            verdict, reason = v, msg(lang, "partial_estimate", value=f"{value:,.0f}",
                                     reason=why)
    return verdict, reason


def _per(p: Period, per: str) -> float:
    """How many days (hours, weeks, months, years) the period spans."""
    days = (add_months(p.end, 1) - p.start).days
    return {"day": days, "hour": days * 24, "week": days / 7, "month": p.months,
            "year": p.months / 12}[per]


def _rate(claim: Claim, checker: Checker, r: Reading) -> None:
    """A rate ("3,000 a day in June", "12,000 a month"): the official total over the
    period divided by its days (hours, weeks, months), against the rate claimed."""
    lang = checker.lang
    q = claim.quantity
    assert q is not None
    per = q.per or "day"
    p = r.periods[0] if len(r.periods) == 1 else Period.between(r.periods[0], r.periods[-1])
    if claim.time_kind == "presidency":
        p = months_in_office(p)
    if per == "year" and p.months < 12:
        # "Up to 1.5 million illegal aliens per year", with no years named: no month is
        # the span a yearly rate is of.
        raise QueryError(msg(lang, "no_period"))
    result = _complete(checker.q(r.measure, p, r.where), p, lang)
    if q.per is None and q.value > 0 and result.value > 0:
        # "In the 5 years of 2011-2015, apprehensions averaged 390,000": an average with no
        # unit is of the span's days, months or years, whichever the figure is nearest (a
        # year only over two or more, a month over two or more).
        units = ["day"] + (["month"] if p.months >= 2 else []) + (
            ["year"] if p.months >= 24 else [])
        per = min(units, key=lambda u: abs(math.log(result.value / _per(p, u) / q.value)))
    rate = result.value / _per(p, per)
    r.verdict, reason = rules.judge_total(q.value, round(rate), q.hedge, q.words, q.low,
                                          q.high, lang=lang)
    r.exact = abs(rate - q.value) <= 0.002 * q.value
    r.figures.append(_figure(result) | {"rate": round(rate, 1), "per": per})
    r.explanation = _say(lang, "rate" if _per(p, per) != 1 else "rate_one",
                         title=_title(r.measure, lang), scope=_scope(r, lang),
                         period=_fmt_period(p, lang), value=f"{result.value:,}",
                         n=f"{_per(p, per):,.0f}", rate=f"{rate:,.0f}", per=per,
                         reason=reason)
    r.query = _query_text(r.measure, [p], r.where)
    r.series = _series_around(checker, r, [p], reference=None)


def _names_month(text: str, month: int) -> bool:
    """Whether ``text`` names the month ``month`` (any of its names, in either language)."""
    return any(MONTHS.get(word) == month for word in re.findall(r"[^\W\d_]+", text.lower()))


def _streak(claim: Claim, checker: Checker, r: Reading) -> None:
    """A streak ("the fifth straight month of decline", "16 consecutive months above
    150,000"): the run of months (or years) in a row, up to the period named, in which the
    series moved the way the words say."""
    lang = checker.lang
    end_p = r.periods[-1]
    if claim.ref is not None and end_p.kind == "month" and not claim.projection and \
            end_p.start == claim.ref.replace(day=1) and not _names_month(
                claim.sentence.text, end_p.start.month):
        # "Encounters have now dropped five months in a row", late in August: a run of
        # whole months, to the last that had ended (the month under way has no count yet).
        end_p = _previous(end_p)
    if claim.streak_before and end_p.kind in ("month", "range"):
        # "rose in November after three consecutive months of decline": the run ended in
        # October (the month before a span's last, for a span: "this year").
        end_p = _previous(Period.month(end_p.end.year, end_p.end.month))
    end = end_p.end
    n = claim.streak_n
    if claim.streak_from is not None and claim.streak_since is None:
        # "every month since" the figure before's month.
        n = (end.year - claim.streak_from.year) * 12 + end.month - claim.streak_from.month
    elif claim.streak_since is not None:
        # "each month since January": every month after January rose (or fell).
        first = dt.date(end.year if claim.streak_since <= end.month else end.year - 1,
                        claim.streak_since, 1)
        n = (end.year - first.year) * 12 + end.month - first.month
    if n < 1:
        raise QueryError(msg(lang, "err_no_history"))
    if claim.trend == "unsaid":
        raise QueryError(msg(lang, "err_streak_unsaid"))
    yearly = claim.streak_unit == "year"
    grain = ("year" if r.measure in CALENDAR_SERIES else "fiscal_year") if yearly else "month"
    if claim.trend == "record":
        # A run of records: each period above every one before it, so the whole history.
        lo, _ = checker.engine.coverage(get_measure(r.measure), checker.as_of)
        window = Period.span(lo, end) if not yearly else Period.between(
            Period.year(lo.year + 1) if grain == "year" else
            Period.fiscal_year(fiscal_year_of(lo) + 1),
            Period.year(end.year) if grain == "year" else
            Period.fiscal_year(fiscal_year_of(end)))
    elif yearly:
        last = Period.year(end.year) if grain == "year" else Period.fiscal_year(
            fiscal_year_of(end))
        first_p = last.shifted_years(-(n + 3))
        window = Period.between(first_p, last)
    else:
        start = add_months(end, -(n + 3))
        window = Period.span(start, end)
    result = checker.q(r.measure, window, r.where, by=[grain])
    rows = [row for row in result.rows if row.get("complete", True)]
    if not rows or rows[-1][grain] != (end_p.label if yearly else f"{end:%Y-%m}"):
        raise CoverageError(msg(lang, "partial", period=end_p.label, missing=end_p.label))
    values = [row["value"] for row in rows]
    threshold = claim.quantity.value if claim.quantity is not None else None
    run = 0
    for i in range(len(values) - 1, -1, -1):
        if claim.trend == "record":
            holds = i > 0 and values[i] > max(values[:i])
        elif claim.trend == "above":
            holds = threshold is not None and values[i] > threshold
        elif claim.trend == "below":
            holds = threshold is not None and values[i] < threshold
        elif i == 0:
            break
        elif claim.trend == "up":
            holds = values[i] > values[i - 1]
        else:
            holds = values[i] < values[i - 1]
        if not holds:
            break
        run += 1
    if run == len(values) - (0 if claim.trend in ("above", "below") else 1):
        # The window did not reach the run's start: the run is at least this long.
        run_words = f"≥{run}"
    else:
        run_words = str(run)
    if run == n or (run > n and not claim.streak_ordinal):
        r.verdict = rules.ACCURATE
    elif run > n:
        r.verdict = rules.ROUGHLY  # "the fifth straight month" when it was the sixth
    else:
        r.verdict = rules.INACCURATE
    shown = rows[-(min(len(rows), max(run, n) + 1)):]
    r.figures.append({"label": end_p.label, "measure": r.measure, "period": end_p.label,
                      "value": values[-1], "run": run, "claimed_run": n, "complete": True,
                      "provenance": [vars(p) | {} for p in result.provenance]})
    r.explanation = _say(
        lang, "streak", title=_title(r.measure, lang), scope=_scope(r, lang),
        run=run_words, n=n, end=_fmt_period(end_p, lang),
        how=msg(lang, f"streak_{claim.trend}",
                threshold=f"{threshold:,.0f}" if threshold is not None else ""),
        values=", ".join(f"{row[grain]}: {row['value']:,}" for row in shown),
        unit=msg(lang, f"streak_unit_{grain}"))
    r.query = (f"borderstats query {r.measure} --period {rows[0][grain]}..{rows[-1][grain]}"
               f" --by {grain}" + _where_args(r.where))
    r.series = {"measure": r.measure, "grain": grain, "unit": get_measure(r.measure).unit,
                "points": [{"period": row[grain], "value": row["value"]} for row in rows],
                "highlight": [row[grain] for row in rows[-max(run, 1):]],
                "reference": threshold}


def _average_of_month_words(stat: MonthAverage, period: str, lang: str) -> str:
    """"The average March of 2009-01..2021-01", in ``lang``."""
    return msg(lang, "average_of_month", month=i18n.month_name(stat.month, lang),
               period=period)


def _say(lang: str, key: str, **kw: Any) -> str:
    """A message whose ``unit`` ("a day") also needs its plural ("days")."""
    if "per" in kw:
        per = kw.pop("per")
        kw["unit"], kw["unit_plural"] = msg(lang, f"per_{per}"), msg(lang, f"per_{per}_plural")
    return msg(lang, key, **kw)


def _exact(q: Any, official: float) -> bool:
    """Whether a precisely written figure ("168,195", "2.47 million" is not) matches the
    official one to within 0.2%: evidence that settles which series the writer meant."""
    if q.hedge not in (None, "about") or q.kind not in ("count", "percent"):
        return False
    return rules.precision(q.words, q.value) <= 0.005 and \
        abs(official - q.value) <= 0.002 * q.value


def _mx_split(checker: Checker, r: Reading, periods: list[Period]) -> str:
    """Mexico's returns by outcome: how many were deportations in the legal sense."""
    try:
        parts: dict[str, int] = {}
        for p in periods:
            for row in checker.q("mx_returns", p, r.where, by=["outcome"]).rows:
                parts[row["outcome"]] = parts.get(row["outcome"], 0) + row["value"]
    except QueryError:
        return ""
    minors = parts.get("Assisted return of minors", 0)
    return msg(checker.lang, "mx_returns_split", deport=f"{parts.get('Deportation', 0):,}",
               assisted=f"{parts.get('Assisted return', 0) + minors:,}",
               minors=f"{minors:,}")


def _complete(result: QueryResult, p: Period, lang: str = "en") -> QueryResult:
    if not result.complete:
        missing = ", ".join(result.missing[:3]) + (" …" if len(result.missing) > 3 else "")
        raise CoverageError(msg(lang, "partial", period=p.label, missing=missing))
    return result


# A base said to be a whole year: "all of last year", "todo el año anterior".
_WHOLE_BASE = re.compile(r"\b(?:all\s+of|(?:the\s+)?(?:whole|entire|full)|tod[oa]s?\s+(?:el|la|"
                         r"los|las)|completo|entero)\b", re.IGNORECASE)


def _comparison(claim: Claim, checker: Checker, r: Reading) -> None:
    lang = checker.lang
    q = claim.quantity
    if not claim.compare_to or (q is None and not claim.change_words):
        raise QueryError(msg(lang, "err_no_base"))
    # A reading over other periods brings its own base (the same months a year before).
    base_sets = ([list(r.base)] if r.base else []) + [claim.compare_to] + \
        claim.compare_alternatives[:1]
    # Compare like with like: the base is read the way the compared periods are (months
    # from October on are a fiscal year so far: "from last October through March — more
    # than double all of 2021" is against fiscal 2021).
    first = r.periods[0]
    kind = "fiscal_year" if first.kind == "range" and first.start.month == 10 and \
        first.months < 12 else first.kind
    base = next((b for b in base_sets if b and b[0].kind == kind), base_sets[0])
    if len(r.periods) == 1 and first.kind == "range" and first.months < 12 and \
            base[0].kind == "year" and re.search(
                rf"\b(?:al|el|la|los|las|del)\s+de(?:l)?\s+{base[0].start.year}\b|"
                rf"\b(?:that|those)\s+of\s+{base[0].start.year}\b", claim.sentence.text,
                re.IGNORECASE):
        # "El dato del primer trimestre de 2022 supera en 158% al de 2020": "the one of
        # 2020" is that year's same months, like for like.
        base = [first.shifted_years(base[0].start.year - first.start.year)]
    elif len(r.periods) == 1 and first.kind == "month" and base[0].kind in (
            "year", "fiscal_year") and claim.compare_stat is None and not claim.stat and \
            re.search(rf"(?:\b|['’]|\b20){base[0].end.year % 100:02d}\s+(?:numbers|figures|ones)\b",
                      claim.sentence.text, re.IGNORECASE):
        # "The FY'22 September border numbers are more than quadruple the FY'19 numbers":
        # a month against a year is against that month of the year, like for like.
        whole = base[0]
        year = whole.start.year if whole.kind == "year" or first.start.month >= 10 else \
            whole.end.year
        base = [Period.month(year, first.start.month)]
    elif len(r.periods) == 1 and q is not None and q.kind == "percent" and \
            (same := _same_months_before(first, base[0])) is not None and not _WHOLE_BASE.search(
                claim.sentence.text):
        # "Enforcement actions fiscal year to date are 33 percent lower than last fiscal
        # year": a percentage is like for like, as for a change; not "62% superior a todo
        # el año anterior".
        base = [same]
    base_result = _complete(checker.q(r.measure, base[0], r.where, stat=claim.compare_stat),
                            base[0], lang)
    r.figures.append(_figure(base_result))

    def judge(ratio: float, gap: float | None = None,
              base_value: float = base_result.value) -> tuple[str, str]:
        """One judge for the claim and its robustness rows: "46% more", "36 percent
        fewer", "twice as many", "600,000-plus greater than", "lower than"."""
        if q is not None and q.role == "difference" and gap is not None:
            # The difference stated, on the side the words say.
            if (gap < 0) != (claim.cross_direction == "down"):
                return rules.judge_more(ratio, claim.cross_direction, lang=lang)
            return _judge_difference(q, base_value, base_value + gap, lang)
        if q is None or q.kind in ("count", "vague"):
            # A level of the sentence is no multiple: "over 2.15 million ..., which is
            # greater than the number at the same point in FY 2021" says which is larger.
            return rules.judge_more(ratio, claim.cross_direction, lang=lang)
        if q.kind == "percent":
            down = claim.change is not None and claim.change.direction == "down"
            return rules.judge_percent(ratio - 1, -q.value / 100 if down else q.value / 100,
                                       q.hedge, lang=lang, span=_pct_span(q))
        return rules.judge_ratio(q.value, ratio, q.hedge, lang=lang)

    if any(p.label == base[0].label for p in r.periods):
        raise QueryError(msg(lang, "err_no_base"))  # a period compared with itself
    verdicts, parts, values = [], [], []
    for p in r.periods:
        result = _complete(checker.q(r.measure, p, r.where, stat=claim.stat), p, lang)
        r.figures.append(_figure(result))
        values.append(result.value)
        # An average month against a longer period ("fiscal year 2022 … five times the
        # pace of the Obama administration"): over as many months as that period.
        scale = p.months if claim.compare_stat == "average" and claim.stat is None else 1
        verdict, reason = judge(result.value / (scale * base_result.value)
                                if base_result.value else math.inf,
                                result.value - scale * base_result.value)
        if verdict == rules.INACCURATE and claim.stat is None and claim.compare_stat is None:
            verdict, reason = _best_in_part(
                lambda old, new: judge(new / old if old else math.inf, new - old, old),
                claim, checker, r, (p, result.value), (base[0], base_result.value),
                verdict, reason, lang)
        verdicts.append(verdict)
        parts.append(msg(lang, "comparison_part", period=_fmt_period(p, lang),
                         value=f"{result.value:,}", reason=reason))
    r.verdict = rules.worst(verdicts)
    # How the verdict moves with the base: the other reading of its year (calendar or
    # fiscal), and the year before and after it.
    others = [b[0] for b in base_sets if b and b[0].label != base[0].label]
    if base[0].kind in ("fiscal_year", "year"):
        others += [base[0].shifted_years(-1), base[0].shifted_years(1)]
    for other in others:
        try:
            alt = _complete(checker.q(r.measure, other, r.where), other, lang)
        except QueryError:
            continue
        alt_verdicts = [judge(value / alt.value if alt.value else math.inf,
                              value - alt.value, alt.value)[0] for value in values]
        r.robustness.append({
            "window": msg(lang, "against", what=other.label),
            "baseline": other.label, "before": alt.value,
            "verdict": rules.worst(alt_verdicts)})
    shown = _fmt_period(base[0], lang)
    if isinstance(claim.compare_stat, MonthAverage):
        shown = _average_of_month_words(claim.compare_stat, shown, lang)
    elif claim.compare_stat == "average" and base[0].months > 1:
        shown = msg(lang, "average_month", period=shown)
    elif claim.compare_stat == "peak" and base[0].months > 1:
        shown = msg(lang, "peak_month", month=fmt_label(base_result.period, lang),
                    period=shown)
    r.explanation = msg(lang, "comparison", title=_title(r.measure, lang),
                        scope=_scope(r, lang), base=shown,
                        value=f"{base_result.value:,}", parts="; ".join(parts))
    r.query = _query_text(r.measure, [base[0], *r.periods], r.where)
    r.series = _series_around(checker, r, [base[0], *r.periods], reference=None)


def _cross(claim: Claim, checker: Checker, r: Reading) -> None:
    """One country's series against another's over the same months ("Mexico detained more
    migrants than the US Border Patrol apprehended in 2024")."""
    lang = checker.lang
    assert r.versus is not None
    q = claim.quantity
    verdicts, parts = [], []
    for p in r.periods:
        a = _complete(checker.q(r.measure, p, r.where), p, lang)
        b = _complete(checker.q(r.versus, p, r.versus_where), p, lang)
        r.figures += [_figure(a), _figure(b)]
        ratio = a.value / b.value if b.value else math.inf
        if q is not None and q.kind == "percent":
            claimed = q.value / 100 * (-1 if claim.cross_direction == "down" else 1)
            verdict, reason = rules.judge_percent(ratio - 1, claimed, q.hedge, lang=lang,
                                                  span=_pct_span(q))
        elif q is not None and q.kind == "multiplier":
            verdict, reason = rules.judge_ratio(q.value, ratio, q.hedge, lang=lang)
        else:
            verdict, reason = rules.judge_more(ratio, claim.cross_direction, lang=lang)
        verdicts.append(verdict)
        both_calendar = r.measure in CALENDAR_SERIES and r.versus in CALENDAR_SERIES
        if both_calendar and p.kind in ("year", "range"):
            alignment = msg(lang, "align_both_calendar", period=p.label)
        elif p.kind == "fiscal_year":
            other = next((m for m in (r.measure, r.versus) if m in CALENDAR_SERIES), None)
            who = msg(lang, f"publisher_{CALENDAR_SERIES[other].lower()}") if other else ""
            alignment = msg(lang, "align_fiscal", period=p.label, other=who) if other else \
                msg(lang, "align_months", period=p.label)
        elif p.kind == "year":
            alignment = msg(lang, "align_calendar", period=p.label)
        else:
            alignment = msg(lang, "align_months", period=p.label)
        parts.append(msg(lang, "cross", a_title=_title(r.measure, lang),
                         period_a=_fmt_period(p, lang), a_value=f"{a.value:,}",
                         b_title=_title(r.versus, lang), period_b=_fmt_period(p, lang),
                         b_value=f"{b.value:,}", a_name=_short(r.measure, lang),
                         b_name=_short(r.versus, lang), reason=reason, alignment=alignment))
    r.verdict = rules.worst(verdicts)
    r.explanation = " ".join(parts)
    r.query = _query_text(r.measure, r.periods, r.where)
    r.versus_query = _query_text(r.versus, r.periods, r.versus_where)
    r.series = _series_around(checker, r, r.periods, reference=None)


def _short(measure: str, lang: str) -> str:
    """A measure's short name in prose ("the US Border Patrol", "el Darién")."""
    return i18n.WORDS.words(lang, "measure_names").get(measure, measure)


def _year_before_readings(claim: Claim, readings: list[Reading],
                          lang: str) -> list[Reading]:
    """A month's change by a percentage with no base named ("a 95 percent drop in illegal
    border encounters, with only 11,000 crossings last month"): against the month before,
    as read first, or against the same month a year before, as often meant — a reading a
    little less likely, which decides only where the figure fits it."""
    q = claim.quantity
    if claim.kind != "change" or claim.compare_to or claim.shift_years or \
            claim.since is not None or q is None or q.kind != "percent" or claim.each or \
            not claim.time_words or claim.guessed or sum(
                x.kind == "count" for x in quantities(claim.sentence.text)) > 1:
        # (A month the words do not name is tried by the usual readings; levels stated on
        # both sides of the change say its base.)
        return []
    return [r.again(base=[r.periods[0].shifted_years(-1)], support=r.support - 0.5,
                    label=r.label + "; " + label("b_year_before", lang), unnamed_base=True)
            for r in readings if r.base is None and r.mislabel is None and
            len(r.periods) == 1 and r.periods[0].kind == "month"]


def _point_to_point_readings(claim: Claim, readings: list[Reading],
                             lang: str) -> list[Reading]:
    """A change by a percentage "over the past eight months": the window's months against
    the months before them (or a year before), as read first, or the latest month's level
    against the level when the window began ("crossings … declined by about 75% over the
    past eight months", from May's peak to January) — a reading a little less likely,
    which decides only where the figure fits it."""
    q = claim.quantity
    if claim.kind != "change" or claim.compare_to or q is None or q.kind != "percent" or \
            not lx.LAST_N_MONTHS.fullmatch(claim.time_words or ""):
        return []
    out = []
    for r in readings:
        if r.base is not None or r.mislabel is not None or len(r.periods) != 1 or \
                r.periods[0].kind != "range" or not 2 <= r.periods[0].months <= 24:
            continue
        window = r.periods[0]
        before = add_months(window.start, -1)
        out.append(r.again(periods=[Period.month(window.end.year, window.end.month)],
                           base=[Period.month(before.year, before.month)],
                           support=r.support - 0.5, unnamed_base=True,
                           label=r.label + "; " + label("b_point_to_point", lang)))
    return out


def _other_kind_of_year_readings(claim: Claim, readings: list[Reading],
                                 lang: str) -> list[Reading]:
    """A base year the words do not say is fiscal or calendar ("296% higher than during
    Trump's last year in office"): read first as the text's kind of year, and as the other
    kind too — a reading a little less likely, which decides only where the figure fits it."""
    if claim.kind not in ("change", "comparison") or len(claim.compare_to) != 1 or \
            claim.compare_to[0].kind not in ("year", "fiscal_year") or \
            lx.FISCAL_WORDS.search(claim.sentence.text) or re.search(
                r"\bcalendar\b|\bcalendario\b", claim.sentence.text, re.IGNORECASE):
        return []
    base = claim.compare_to[0]
    other = Period.year(fiscal_year_of(base.end)) if base.kind == "fiscal_year" else \
        Period.fiscal_year(base.start.year)
    return [r.again(base=[other], support=r.support - 0.5, unnamed_base=True,
                    label=r.label + "; " + label("b_against", lang).format(period=fmt_label(
                        other.label, lang)))
            for r in readings if r.base is None and r.mislabel is None
            and r.measure not in CALENDAR_SERIES]  # (no fiscal year where one is published)


def _unnamed_base(p: Period) -> Period:
    """What a change compares with when the words name no base: the period before, or, for
    the first months of a fiscal or calendar year ("during the first 10 months of Fiscal
    Year 2019 jumped more than 450 percent"), the same months a year before."""
    if p.kind == "range" and p.months < 12 and p.start.month in (1, 10):
        return p.shifted_years(-1)
    return _previous(p)


def _previous(p: Period) -> Period:
    if p.kind == "month":
        prev = add_months(p.start, -1)
        return Period.month(prev.year, prev.month)
    if p.kind == "fiscal_year":
        return Period.fiscal_year(fiscal_year_of(p.end) - 1)
    if p.kind == "year":
        return Period.year(p.start.year - 1)
    return Period.span(add_months(p.start, -p.months), add_months(p.start, -1))


def _joined(periods: list[Period]) -> Period:
    """Months named together ("en febrero y marzo ... sumaron 17 mil 340") as one span."""
    return periods[-1] if len(periods) == 1 else Period.between(periods[0], periods[-1])


def _change_periods(claim: Claim, r: Reading) -> tuple[Period, Period]:
    """A change's base and the period it ended in. A change runs forward in time: named
    the other way round ("more than tripled in April 2018 in comparison to April 2017",
    "de los 118.000 el mes anterior hasta los 83.000"), the earlier period is the base."""
    before_p, after_p = _change_periods_as_named(claim, r)
    if before_p.kind == after_p.kind == "month" and \
            before_p.start == add_months(after_p.start, 1) and \
            any(key == "period_from_text" for key, _ in claim.inherited) and \
            PREVIOUS_MONTH.search(claim.sentence.text):
        # "The number of illegal crossings that month marked an 18% decrease from the
        # previous month", that month November, said in January: the month before
        # November, not the one before the text's date.
        return _previous(after_p), after_p
    if before_p.start > after_p.end:
        # (Named the other way round, the months so far are like for like too: "al comparar
        # el acumulativo año fiscal 2023 con el de 2022".)
        base = after_p if claim.compare_stat else _same_months_before(before_p, after_p)
        return base or after_p, before_p
    if before_p.label == after_p.label and after_p.kind == "month":
        # "Detuvieron en octubre a 23 mil 121 ..., un aumento del 39 por ciento con respecto
        # al mes pasado", written in November: the month before the figure's, not the one
        # before the text's date, which is the figure's own.
        return _previous(after_p), after_p
    if claim.compare_stat == "peak" and before_p.start < after_p.start <= before_p.end:
        # "Down 65 percent from the peak of the Biden administration", said while it lasts:
        # the highest month before the one the change ends in.
        last = add_months(after_p.start, -1)
        return Period.span(before_p.start, last), after_p
    if before_p.start <= after_p.end and after_p.start <= before_p.end:
        # "Up 43 percent for fiscal year 2006 … compared with the same time period a year
        # ago", read to the months of the text's date: a period is no base of its own, nor
        # one that overlaps it; the same months a year before are.
        return after_p.shifted_years(-1), after_p
    if after_p.kind == "month" and before_p.kind == "year" and \
            before_p.start.year == after_p.start.year - 1 and \
            str(before_p.start.year) not in claim.sentence.text:
        # "In February, Laredo Sector agents apprehended 9,498. This was up nearly 12 percent
        # from the year before": a month against the same month a year before, not against
        # a whole year the words do not name.
        return after_p.shifted_years(-1), after_p
    if after_p.kind == "fiscal_year" and before_p.kind == "year" and \
            before_p.start.year == fiscal_year_of(after_p.end) - 1 and \
            str(before_p.start.year) not in claim.sentence.text:
        # "In fiscal year 2018, up 30 percent from last year": the fiscal year before, like
        # for like, not a calendar year the words do not name.
        return Period.fiscal_year(before_p.start.year), after_p
    return before_p, after_p


# What may open a sentence before the window it speaks of: "In just the last decade, …".
_WINDOW_FRONTED = re.compile(r"[\W_]*(?:(?:and|but|yet|so|in|over|during|within|just|only|y|"
                             r"pero|en|durante|solo|sólo|tan)\s+)*", re.IGNORECASE)


def _window_fronted(text: str, words: str, before: int) -> bool:
    at = text.lower().find(words.lower(), 0, before)
    return at >= 0 and bool(_WINDOW_FRONTED.fullmatch(text[:at]))


def _change_periods_as_named(claim: Claim, r: Reading) -> tuple[Period, Period]:
    if r.base:
        return _joined(r.base), _joined(r.periods)
    if not claim.each and len(r.periods) > 1 and all(p.kind == "month" for p in r.periods):
        after_p = _joined(r.periods)
        before = claim.compare_to
        if before and len(before) > 1:
            return _joined(before), after_p
        if not before and claim.shift_years:
            return after_p.shifted_years(claim.shift_years), after_p
        if before:
            return before[0], after_p
        return _unnamed_base(after_p), after_p
    q = claim.quantity
    if not claim.each and not claim.compare_to and claim.time_kind == "relative" and \
            len(r.periods) > 1 and all(p.kind in ("year", "fiscal_year") for p in r.periods) \
            and q is not None and q.kind in ("percent", "multiplier") and claim.time_words and \
            (claim.time_words.lower() in claim.sentence.text[
                claim.start + q.end:claim.start + q.end + 40].lower() or
             _window_fronted(claim.sentence.text, claim.time_words, claim.start + q.start)):
        # "Down 50% in the last four years", "un 43% en los dos últimos años", "In just the
        # last decade, apprehensions … declined by more than 80 percent": the change over
        # the whole window, from the year before it to its last year.
        return r.periods[0].shifted_years(-1), r.periods[-1]
    after_p = r.periods[-1]
    if claim.since is not None and after_p.kind == "range" and "month" in claim.since.extra \
            and not claim.compare_to:
        # "Apprehensions have declined by 76% since November 2016", "since Trump was
        # elected": the latest month against the month named.
        start = claim.since.extra["month"]
        return Period.month(start.year, start.month), Period.month(after_p.end.year,
                                                                   after_p.end.month)
    if claim.since is not None and after_p.kind == "range" and not (
            claim.compare_to and claim.compare_to[0].months == after_p.months and
            claim.compare_to[0].end < after_p.start):
        # "since 2019": the last twelve months against the year named (not "since the
        # beginning of Fiscal Year 2021, …, a 193 percent increase over the same time last
        # year", whose base is the same months before).
        last = after_p.end
        after_p = Period.span(add_months(last, -11), last)
        before_p = Period.fiscal_year(claim.since.extra["fiscal_year"]) if (
            "fiscal_year" in claim.since.extra) else Period.year(
            claim.since.extra.get("year", after_p.start.year))
        return before_p, after_p
    if not claim.compare_to and claim.shift_years:
        return after_p.shifted_years(claim.shift_years), after_p
    before_p = claim.compare_to[0] if claim.compare_to else _unnamed_base(after_p)
    if not claim.compare_stat and not _A_WHOLE_YEAR.search(claim.sentence.text):
        # "Currently in fiscal year 2022, apprehensions are up 67% compared to last year"
        # (not "up almost 25% from last year's total": the whole year).
        before_p = _same_months_before(after_p, before_p) or before_p
    return before_p, after_p


# A year's whole count as a base: "last year's total", "all of last year", "todo el año
# pasado".
_A_WHOLE_YEAR = re.compile(r"\blast year['’]s (?:total|full|entire|whole)\b|\b(?:all|the whole|"
                           r"the entire) of last year\b|\btodo el año (?:pasado|anterior)\b|"
                           r"\bel total del año (?:pasado|anterior)\b|"
                           # "over the total number of migrants who passed … in 2022"
                           r"\b(?:over|than|from|compared (?:to|with)) the total (?:number )?of\b|"
                           r"\b(?:respecto|frente|comparad[oa]) al total\b|\bque el total\b",
                           re.IGNORECASE)


def _same_months_before(p: Period, base: Period) -> Period | None:
    """The months so far against the year before them: the same months a year before,
    like for like (None when ``base`` is not a year around those months)."""
    earlier = p.shifted_years(-1)
    if p.kind == "range" and p.months < 12 and base.kind in ("year", "fiscal_year") and \
            earlier.start <= base.end and base.start <= earlier.end:
        return earlier
    return None


# The days of the month under way: "so far this month", "en lo que va del mes".
_MONTH_SO_FAR = re.compile(r"\bso far this month\b|\bthis month so far\b|\bmonth[- ]to[- ]date\b|"
                           r"\ben lo que va (?:del|de este) mes\b", re.IGNORECASE)


def _change(claim: Claim, checker: Checker, r: Reading) -> None:
    lang = checker.lang
    word = claim.change
    assert word is not None
    before_p, after_p = _change_periods(claim, r)
    if claim.ref is not None and not claim.projection and after_p.months == 1 and \
            after_p.start == claim.ref.replace(day=1) and _MONTH_SO_FAR.search(
                claim.sentence.text):
        # "So far this month, … up more than 2,000% over this time last year": days of a
        # month still under way against the same days a year before, which no monthly
        # file holds.
        raise UnderWayError(msg(lang, "under_way_change", period=after_p.label))
    stat_before, stat_after = claim.compare_stat, claim.stat
    if stat_before is None and stat_after is None and 1 == min(before_p.months,
                                                               after_p.months) < max(
            before_p.months, after_p.months):
        # "A 95% drop from under the Biden administration": a month against a longer
        # period is against its average month, like for like.
        if before_p.months > 1:
            stat_before = "average"
        else:
            stat_after = "average"
    before = _complete(checker.q(r.measure, before_p, r.where, stat=stat_before),
                       before_p, lang)
    after = _complete(checker.q(r.measure, after_p, r.where, stat=stat_after), after_p, lang)
    r.figures += [_figure(before), _figure(after)]
    q = claim.quantity

    def judge(old: float, new: float) -> tuple[str, str]:
        # (From none: any count is a rise without measure; none to none is no change.)
        pct = (new - old) / old if old else (math.inf if new > 0 else 0.0)
        if q is not None and q.kind == "percent":
            claimed = -q.value / 100 if word.direction == "down" else q.value / 100
            return rules.judge_percent(pct, claimed, q.hedge, lang=lang, span=_pct_span(q))
        if q is not None and q.kind == "multiplier":
            return rules.judge_ratio(q.value, new / old if old else math.inf, q.hedge,
                                     lang=lang)
        if q is not None and q.kind == "fraction" and word.exact is None:
            claimed = -q.value if word.direction == "down" else q.value
            return rules.judge_change(pct, word.direction, 0, None, claimed,
                                      claim.change_words, lang=lang)
        if q is not None and q.kind == "count" and q.role == "difference" and \
                (new >= old) == (word.direction == "up"):
            # "An increase of 22,000 from the previous fiscal year": the difference stated,
            # once the direction holds.
            return _judge_difference(q, old, new, lang)
        level_of = _stated_level(claim, old, new)
        other_level = old if claim.level_side == "after" else new
        # "Dropped to 26,000 from 26,191": with both levels stated, a plain word of
        # direction claims the direction, however small the move the figures show.
        both_stated = q is not None and level_of is not None and word.exact is None and \
            word.maximum is None and word.minimum <= 0.02 and abs(pct) <= 0.02 and \
            bool(other_level) and any(
                x.kind == "count" and x.start != q.start and
                abs(x.value - other_level) <= 0.01 * other_level
                for x in quantities(claim.sentence.text))
        verdict, reason = rules.judge_change(pct, word.direction, word.minimum, word.maximum,
                                             word.exact, claim.change_words, lang=lang,
                                             direction_only=both_stated)
        if q is not None and level_of is not None:
            # "Down from 2.2 million": the level is stated too, of the base period.
            level, why = rules.judge_total(q.value, level_of, q.hedge, q.words, q.low,
                                           q.high, lang=lang)
            verdict, reason = rules.worst([verdict, level]), f"{reason}; {why}"
        return verdict, reason

    # "An average of 5,769 a day in December, a slight decrease from November's daily
    # average": months of different lengths compared by the day, not by their totals.
    days = (_per(before_p, "day"), _per(after_p, "day"))
    if claim.per_day and stat_before is None and stat_after is None and \
            before_p.months == after_p.months and days[0] != days[1]:
        daily = (before.value / days[0], after.value / days[1])
        r.verdict, reason = judge(*daily)
        reason = f"{daily[0]:,.0f} → {daily[1]:,.0f} {msg(lang, 'per_day')}: {reason}"
    else:
        r.verdict, reason = judge(before.value, after.value)
    if r.verdict == rules.INACCURATE and stat_before is None and stat_after is None:
        r.verdict, reason = _best_in_part(judge, claim, checker, r, (after_p, after.value),
                                          (before_p, before.value), r.verdict, reason, lang)
    named = claim.compare_to[0] if len(claim.compare_to) == 1 else None
    if r.verdict == rules.INACCURATE and named is not None and named != before_p and \
            named.kind in ("year", "fiscal_year") and before_p.months < named.months and \
            stat_before is None and claim.level_side == "before" and \
            _stated_level(claim, before.value, after.value) is not None:
        # "More than 130,000 Venezuelans [in ten months], up from more than 50,000 …
        # encountered or apprehended in fiscal 2021": a base whose level is stated is the
        # whole year where that level is the whole year's, not the same months of it.
        whole = _complete(checker.q(r.measure, named, r.where), named, lang)
        verdict, why = judge(whole.value, after.value)
        if verdict in (rules.ACCURATE, rules.ROUGHLY):
            r.verdict, reason, before, before_p = verdict, why, whole, named
            r.figures = [_figure(whole), _figure(after)] + r.figures
    if stat_before is None and stat_after is None and r.verdict != rules.ACCURATE:
        # Both levels from another official source that counts the same thing ("family
        # units … increased by 361 percent in Fiscal Year 2014" on CBP's own table, +419% on
        # OHSS's): a change that fits it is right; one whose levels the sentence states as
        # that source gives them ("… 68,445 …, nearly a 400% increase from … 14,855") is
        # judged on it, whatever it gives.
        def states(value: float) -> bool:
            return any(x.kind == "count" and abs(x.value - value) <= 0.002 * value
                       for x in quantities(claim.sentence.text))
        for source, old, new in _other_source_levels(checker, r, before, after):
            verdict, why = judge(old.value, new.value)
            own = (states(old.value) or states(new.value)) and not (
                states(before.value) or states(after.value))
            if own or verdict in (rules.ACCURATE, rules.ROUGHLY) and \
                    r.verdict == rules.INACCURATE:
                r.verdict, before, after = verdict, old, new
                r.figures = [_figure(old), _figure(new)] + r.figures
                reason = msg(lang, "other_source_change", reason=why, source=source)
                break
    r.level_judged = _stated_level(claim, before.value, after.value) is not None
    # How the verdict moves with the comparison period: the same period a year earlier,
    # and, for a month, the average of the three months before.
    baselines: list[tuple[str, Period, int]] = []
    if after_p.kind in ("month", "fiscal_year", "year"):
        baselines.append((msg(lang, "base_year_earlier"), after_p.shifted_years(-1), 1))
    if after_p.kind == "month":
        start = add_months(after_p.start, -3)
        baselines.append((msg(lang, "base_three_months"),
                          Period.span(start, add_months(after_p.start, -1)), 3))
    for against, base_p, months in baselines:
        if base_p.label == before_p.label:
            continue
        try:
            base = _complete(checker.q(r.measure, base_p, r.where), base_p, lang)
        except QueryError:
            continue
        verdict, _ = judge(base.value / months, after.value)
        r.robustness.append({
            "window": msg(lang, "against", what=f"{against} ({base_p.label})"),
            "baseline": base_p.label,
            "before": round(base.value / months), "after": after.value,
            "change": round((after.value - base.value / months) / (base.value / months), 4)
            if base.value else None, "verdict": verdict})

    def when(p: Period, result: QueryResult, stat: Stat | None) -> str:
        if stat == "peak" and p.months > 1:
            # (The month the peak fell in, and the span it is the highest of.)
            return msg(lang, "peak_month", month=_fmt_period(parse_period(result.period), lang),
                       period=_fmt_period(p, lang))
        if stat == "average" and p.months > 1:
            return msg(lang, "average_month", period=_fmt_period(p, lang))
        if isinstance(stat, MonthAverage):
            return _average_of_month_words(stat, _fmt_period(p, lang), lang)
        return _fmt_period(p, lang)

    r.explanation = msg(lang, "change", title=_title(r.measure, lang), scope=_scope(r, lang),
                        before=f"{before.value:,}", p1=when(before_p, before, stat_before),
                        after=f"{after.value:,}", p2=when(after_p, after, stat_after),
                        reason=reason)
    r.query = _query_text(r.measure, [before_p, after_p], r.where, verb="change")
    r.series = _series_around(checker, r, [before_p, after_p], reference=None)


def _other_source_levels(checker: Checker, r: Reading, before: QueryResult,
                         after: QueryResult) -> list[tuple[str, QueryResult, QueryResult]]:
    """The two levels of a change from each other official source of its measure that
    holds both whole and differs from the one read (see ``Engine.other_official_figures``)."""
    found: dict[str, list[QueryResult]] = {}
    for result in (before, after):
        for other in checker.engine.other_official_figures(result):
            found.setdefault(other.provenance[0].source, []).append(other)
    return [(source, pair[0], pair[1]) for source, pair in found.items() if len(pair) == 2
            and pair[0].period == before.period and pair[1].period == after.period]


def _stated_level(claim: Claim, old: float, new: float) -> float | None:
    """The official level a change's own figure states ("down from 2.2 million": the
    base's), or None: no level stated, or one off by more than a factor of three, which is
    of another unit or period ("an average of 4,800 a day ... dropped to less than 300")
    and is left to be judged as a level of its own."""
    q = claim.quantity
    if q is None or claim.level_side is None or not q.value:
        return None
    level = old if claim.level_side == "before" else new
    return level if 1 / 3 <= level / q.value <= 3 else None


def _pct_span(q: Quantity) -> tuple[float, float] | None:
    """A range of percentages ("ranging from 41 to 60%") as sizes of change, or None."""
    if q.low is None or q.high is None:
        return None
    return q.low / 100, q.high / 100

def _judge_difference(q: Any, old: float, new: float, lang: str) -> tuple[str, str]:
    """A difference stated between two levels ("an increase of 22,000", "600,000-plus
    greater than") against the official one. It carries the error of both its levels:
    185,493 for 198,105 between counts of half a million is off by 2.5% of them, roughly
    right."""
    gap = new - old
    verdict, reason = rules.judge_total(q.value, abs(gap), q.hedge, q.words, lang=lang)
    if verdict == rules.INACCURATE and abs(abs(gap) - q.value) <= rules.SHORT * max(old, new):
        verdict = rules.ROUGHLY
    return verdict, msg(lang, "gap_down" if gap < 0 else "gap_up", gap=f"{abs(gap):,.0f}",
                        reason=reason)


def _window_months(claim: Claim) -> int | None:
    """The months a record's window spans: "in four years" 48; "in almost four years" 42
    (an eighth short: the last lower month was more than three and a half years back);
    "recent" with no number, 20 years."""
    years = claim.rank_years or (20 if claim.rank_window == "recent" else None)
    if not years:
        return None
    return round(12 * years * 0.875) if claim.rank_years_short else 12 * years


def _window(claim: Claim, checker: Checker, r: Reading) -> Period:
    """The periods a record is claimed among, up to the text's date."""
    lo, _ = checker.engine.coverage(get_measure(r.measure), checker.as_of)
    hi = _last_month(checker, claim, r.measure)
    target = r.periods[0] if r.periods else None
    # "The highest since 2006", "the most in 13 years" look back from the period claimed:
    # what came after it does not matter.
    until = min(hi, target.end) if target is not None and target.kind != "range" else hi
    if claim.rank_window == "period" and claim.compare_to:
        w = claim.compare_to[0]
        start, end = w.start, min(hi, w.end)
        if target is not None and target.kind == "month" and w.start.month == 1 and any(
                t[0] == w.start for terms in PRESIDENCIES.values() for t in terms):
            # "The lowest month of Biden's presidency": a US term begins on 20 January, so
            # that month was mostly the predecessor's.
            start = add_months(start, 1)
        if claim.since is not None and "year" in claim.since.extra:
            # "the lowest since 1971": 1971 is when it was last lower, so the window of
            # comparison starts after it.
            start, end = dt.date(claim.since.extra["year"] + 1, 1, 1), until
        elif claim.since is not None and "fiscal_year" in claim.since.extra:
            # "more than in any fiscal year since FY 2000": the years after it.
            start = Period.fiscal_year(claim.since.extra["fiscal_year"] + 1).start
            end = until
        elif claim.since is not None and "month" in claim.since.extra:
            # "the smallest since July 2020": below every month after July 2020.
            start, end = add_months(claim.since.extra["month"], 1), until
        start = max(lo, start)
        return Period.span(start, end)
    months = _window_months(claim)
    if months:
        start = max(lo, add_months(until, -months + 1))
        return Period.span(start, until)
    if target is not None and target.kind != "range" and not claim.rank_top_k and \
            not _STILL.search(claim.sentence.text):
        # "Two years ago there was a record number": a record when it was set; "remains
        # the all-time high" is a record still, judged up to the text's date.
        hi = until
    return Period.span(lo, hi)


_STILL = re.compile(r"\b(?:remains?|remained|still|stands?|to date|so far|sigue|siguen|"
                    r"todavía|aún|hasta (?:ahora|hoy|la fecha))\b", re.IGNORECASE)


def _comparable(checker: Checker, r: Reading, window: Period, grain: str,
                same_month: int | None, provenance: list | None = None) -> list[dict]:
    if window.end < window.start:
        return []
    result = checker.q(r.measure, window, r.where, by=[grain])
    if provenance is not None:
        provenance.extend(vars(p) | {} for p in result.provenance)
    rows = [row for row in result.rows if row["complete"]]
    if grain == "fiscal_year" and window.start.month != 10:
        # Fiscal years that fall mostly inside the window (a presidency, "since 2000").
        rows = []
        for p in _fiscal_years_inside(window):
            try:
                res = checker.q(r.measure, p, r.where)
            except QueryError:
                continue
            if res.complete:
                rows.append({"fiscal_year": p.label, "value": res.value})
                if provenance is not None:
                    provenance.extend(vars(piece) | {} for piece in res.provenance
                                      if vars(piece) not in provenance)
    elif grain == "year":
        rows = [row for row in rows if window.contains(_start(row["year"])) and
                window.contains(dt.date(int(row["year"]), 12, 1))]
    if same_month is not None:
        rows = [row for row in rows if row["month"].endswith(f"-{same_month:02d}")]
    return [{"period": row[grain], "value": row["value"]} for row in rows]


def _same_month(claim: Claim, target: Period) -> int | None:
    """'The highest January on record', 'for a January', 'January months': a month compared
    with the same month of other years, not with every month."""
    name = f"{target.start:%B}".lower()
    since = None if claim.since is None else month_named(claim.since.words.replace(",", " ")) or (
        claim.since.extra["month"].month if "month" in claim.since.extra and re.search(
            r"\b(?:early|mid|late|principios|mediados|finales)\b", claim.since.words) else None)
    if since is not None and since != target.start.month and not re.search(
            rf"\b(?:highest|lowest|busiest|biggest|largest|fewest|record|most)\s+{name}\b",
            claim.text, re.IGNORECASE):
        # "The figures for July are the highest since March 2000", "… since early 2000":
        # below every month after another month, so among all months.
        return None
    plural = name[:-1] + "ies" if name.endswith("y") else name + "s"
    mes = i18n.MONTHS_ES[target.start.month - 1]
    text = claim.text.lower()
    # "In any February in 15 years", "the highest total for (the) February", "el febrero más
    # alto", "para un mes de febrero", "cualquier otro febrero", "para el mes de agosto".
    pattern = (rf"\b(?:highest|lowest|busiest|record|biggest|largest|most|fewest|for an?|for|"
               rf"for the|any|any other|strongest|weakest)\s+{name}\b|"
               rf"\b{name}\s+(?:months?|totals?|figures?|on record)\b|\b{plural}\b|"
               rf"\bfor (?:that|the) month\b|\bsame month\b|"
               rf"\b(?:el|un|para un|cualquier|cualquier otro|otro)\s+(?:mes de\s+)?{mes}\s+"
               rf"(?:más|con más|con menos|de (?:la|los) (?:historia|registros?|años))\b|"
               rf"\b(?:cualquier|para un|otros?)\s+(?:mes de\s+)?{mes}\b|\b{mes}s\b|"
               rf"\bmismo mes\b|\bpara (?:el|ese|este) mes(?: de {mes})?\b")
    if re.search(r"\bmonthly\b(?!\s+(?:reporting|reports?|data|statistics|records?\s+"
                 r"(?:began|begin|start))\b)|\bany (?:single )?month\b|\ba single month\b|"
                 r"\bmensual(?!es\s+(?:comenzaron|empezaron))", text):
        # "the highest monthly total": among all months ("the busiest June since public
        # monthly reporting began" is among Junes)
        return None
    return target.start.month if re.search(pattern, text) else None


# The breakdowns a group can be ranked in, in the order a bare "group" looks for them.
_GROUP_DIMS = ("citizenship", "demographic", "sector")


def _residual(group: Any) -> bool:
    """Whether a breakdown's group is the rest ("Other", "All others"), no group of its own."""
    return str(group).upper() in ("OTHER", "ALL OTHERS")


# A state that bounds a rank of sectors ("the highest in Texas"): one with three sectors or
# more, after "in" (not "El Paso, Texas", "el Valle del Río Grande de Texas": where a sector
# lies).
_STATE_RANKED = re.compile(r"\b(?:in|en)\s+(" + "|".join(
    name for name, code in lx.STATES.items() if len(lx.SECTORS_OF_STATE.get(code, ())) >= 3)
    + r")\b", re.IGNORECASE)


def _rank_among_groups(claim: Claim, checker: Checker, r: Reading) -> None:
    """"The Tucson sector ... the most of any sector", "Venezuelans were the second-largest
    nationality": the group's count ranked among the other groups of the same breakdown in
    the same period (everything else the reading names held fixed). Residual categories
    ("Other nationalities") and, for Border Patrol's sectors, ports' field offices are no
    group of their own."""
    lang = checker.lang
    dim = claim.rank_among if claim.rank_among in _GROUP_DIMS else next(
        (d for d in _GROUP_DIMS if d in r.where), None)
    if dim is None or dim not in r.where:
        raise QueryError(msg(lang, "err_no_group"))
    mine = r.where[dim][0]
    target = r.periods[0]
    rest = {k: v for k, v in r.where.items() if k != dim}
    result = _complete(checker.q(r.measure, target, rest, by=[dim]), target, lang)
    entries = [{"period": str(row[dim]), "value": row["value"],
                "name": str(row.get(f"{dim}_name") or row[dim])} for row in result.rows
               if not _residual(row[dim])
               and (str(row[dim]) == mine or "field office" not in str(row[dim]).lower())]
    state = _STATE_RANKED.search(claim.sentence.text) if dim == "sector" else None
    of_state = lx.SECTORS_OF_STATE[lx.STATES[state.group(1).lower()]] if state else ()
    if mine in of_state:
        # "El total más alto ese mes en Texas fue … en el sector de El Paso": among the
        # state's sectors.
        entries = [e for e in entries if e["period"] in of_state]
    me = next((e for e in entries if e["period"] == mine), None)
    residual = max((row["value"] for row in result.rows
                    if _residual(row[dim])), default=0)
    if me is not None and residual > me["value"]:
        # The files name only some nationalities (CBP's from FY2025: four and "Other"):
        # a residual larger than the group may hide one that ranks above it.
        raise CoverageError(msg(lang, "err_residual", group=me["name"],
                                value=f"{me['value']:,}", residual=f"{residual:,}"))
    if me is None or len(entries) < 3:
        raise CoverageError(msg(lang, "err_too_few", n=len(entries),
                                first=fmt_label(target.label, lang)))
    high = claim.rank_direction == "high"
    ordered = sorted(entries, key=lambda e: -e["value"] if high else e["value"])
    rank = 1 + sum(1 for e in entries if (e["value"] > me["value"] if high
                                          else e["value"] < me["value"]))
    top = ordered[0] if ordered[0] is not me or len(ordered) < 2 else ordered[1]
    gap = abs(ordered[0]["value"] - me["value"]) / ordered[0]["value"] if ordered[0][
        "value"] else 0
    ordinal = claim.rank_ordinal
    if ordinal and ordinal > 1 and re.search(
            r"\b(?:after|behind|only to|detrás de|después de|tras)\s+(?:(?:the|el|la)\s+)*"
            + re.escape(me["name"].split(" (")[0]), claim.sentence.text, re.IGNORECASE):
        # "It is the second busiest sector ..., after the Del Rio sector": the group named
        # is the one ranked just above.
        ordinal -= 1
    if ordinal and ordinal > 1 and not claim.rank_top_k:
        said = ordered[min(ordinal, len(ordered)) - 1]["value"]
        r.verdict, reason = rules.judge_group_ordinal(
            rank, ordinal, len(entries),
            abs(said - me["value"]) / max(said, me["value"], 1), lang=lang)
    else:
        r.verdict, reason = rules.judge_rank(rank, len(entries), claim.rank_top_k, gap,
                                             lang=lang, high=high)
    r.figures.append({"label": target.label, "measure": r.measure, "period": target.label,
                      "value": me["value"], "rank": rank, "of": len(entries), "record": top,
                      "complete": True, "provenance": result.provenance})
    r.explanation = msg(lang, "rank_group", title=_title(r.measure, lang),
                        period=_fmt_period(target, lang), group=me["name"],
                        value=f"{me['value']:,}", rank=rank, of=len(entries),
                        dimension=msg(lang, f"group_{dim}"), reason=reason,
                        role=msg(lang, "group_next" if top is not ordered[0] else
                                 "group_first_high" if high else "group_first_low"),
                        other=top["name"], other_value=f"{top['value']:,}")
    r.query = (f"borderstats query {r.measure} --period {target.label} --by {dim} "
               f"--sort -value" + _where_args(rest))


# A part of a year named as such: "the highest first-quarter figure", "el primer trimestre".
_SPAN_NAMED = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b|"
                         r"\b(?:primer|segundo|tercer|cuarto)\s+trimestre\b|\bhalf[- ]year\b|"
                         r"\bsemestre\b", re.IGNORECASE)


def _rank(claim: Claim, checker: Checker, r: Reading) -> None:
    if claim.rank_among:
        _rank_among_groups(claim, checker, r)
        return
    target = r.periods[0]
    high = claim.rank_direction == "high"
    window = _window(claim, checker, r)
    provenance: list[dict] = []
    whole_years = _ANY_YEAR.search(claim.sentence.text)
    if target.kind == "range" and 1 < target.months <= 12 and whole_years:
        # "The nearly 1.5 million apprehended thus far in FY 2021 are more than in any single
        # fiscal year since FY 2000": the months so far against each whole year.
        grain = "fiscal_year" if whole_years.group("fiscal") or target.start.month == 10 \
            else "year"
        same = None
        so_far = checker.q(r.measure, target, r.where)
        years = [e for e in _comparable(checker, r, window, grain, None, provenance)
                 if not target.contains(_start(e["period"]))]
        entries = years + [{"period": target.label, "value": so_far.value}]
        target_label = target.label
    elif target.kind == "range" and 1 < target.months < 12 and (
            claim.time_words and claim.rank_window == "all" or _SPAN_NAMED.search(
                claim.sentence.text) and (claim.rank_window == "all" or claim.since)):
        # "The first quarter of fiscal 2024 is the highest in history", "the highest
        # first-quarter figure since Fiscal Year 2000": the same months of every year on
        # record (or since), like for like.
        months = {e["period"]: e["value"] for e in _comparable(
            checker, r, Period(window.start, max(window.end, target.end), "range", ""),
            "month", None, provenance)}
        entries = []
        for k in range(target.start.year - window.start.year, -1, -1):
            p = target.shifted_years(-k)
            values = [months.get(f"{m:%Y-%m}") for m in p.month_starts()]
            if all(v is not None for v in values):
                entries.append({"period": p.label, "value": sum(values)})
        target_label, grain, same = target.label, "range", None
    elif target.kind == "range" and target.months > 1:
        # "Record numbers" with no period: did one of these months set the record?
        entries = _comparable(checker, r, window, "month", None, provenance)
        inside = [e for e in entries if target.contains(_start(e["period"]))]
        if not inside:
            raise QueryError(msg(checker.lang, "err_no_month", period=target.label))
        best = max(inside, key=lambda e: e["value"] if high else -e["value"])
        target_label = best["period"]
        grain, same = "month", None
    else:
        grain = {"month": "month", "fiscal_year": "fiscal_year", "year": "year"}.get(
            target.kind, "fiscal_year")
        same = _same_month(claim, target) if grain == "month" else None
        entries = _comparable(checker, r, window, grain, same, provenance)
        if same and len(entries) == 1 and claim.since is not None:
            # "The lowest since June 2023", said of a January: a window shorter than a year
            # holds one January; the record is among all its months.
            same = None
            entries = _comparable(checker, r, window, grain, same, provenance)
        target_label = target.label
    wanted = (dt.date(claim.since.extra["year"] + 1, 1, 1) if "year" in claim.since.extra
              else Period.fiscal_year(claim.since.extra["fiscal_year"] + 1).start
              if "fiscal_year" in claim.since.extra
              else add_months(claim.since.extra.get("month", window.start), 1)) \
        if claim.since is not None else window.start
    if claim.since is not None and entries and claim.rank_window == "period" and \
            _start(entries[0]["period"]) > add_months(
                wanted, 1 if grain == "month" and not same else 12):
        # "The highest since 2007" from a series that begins in 2017 cannot be checked.
        raise CoverageError(msg(checker.lang, "err_not_in_window", target=claim.since.words,
                                window=f"{entries[0]['period']}–{entries[-1]['period']}"))
    if len(entries) == 1 and claim.since is not None:
        # "La cantidad más baja en el año fiscal …, y el menor número desde julio del año
        # pasado": a fiscal year ranked among itself alone is no ranking.
        raise CoverageError(msg(checker.lang, "err_alone", target=fmt_label(
            entries[0]["period"], checker.lang), window=window.label))
    if len(entries) < 3 and claim.since is None and claim.rank_window == "all":
        # "Una nueva cifra récord" in a series that begins with the month itself: nothing
        # to rank it against.
        raise CoverageError(msg(checker.lang, "err_too_few", n=len(entries),
                                first=fmt_label(entries[0]["period"], checker.lang)
                                if entries else target_label))
    if claim.rank_change and grain == "month" and not same:
        _rank_of_change(claim, checker, r, entries, target_label, provenance)
        return
    if claim.per_day and grain == "month":
        # "The lowest daily average since July 2020": months compared per day.
        entries = [e | {"value": round(e["value"] / _per(parse_period(e["period"]), "day"), 1)}
                   for e in entries]
    if claim.rank_peaks and grain == "month" and not same:
        # "The sixth highest peak in monthly apprehensions since FY2000": among the months
        # above both neighbours (below both, for a low).
        entries = [e for i, e in enumerate(entries)
                   if e["period"] == target_label or (0 < i < len(entries) - 1 and all(
                       (e["value"] > n["value"]) == high for n in (entries[i - 1],
                                                                   entries[i + 1])))]
    me = next((e for e in entries if e["period"] == target_label), None)
    if me is None:
        raise QueryError(msg(checker.lang, "err_not_in_window", target=target_label,
                             window=window.label))
    ordered = sorted(entries, key=lambda e: -e["value"] if high else e["value"])
    rank = 1 + sum(1 for e in entries if (e["value"] > me["value"] if high
                                          else e["value"] < me["value"]))
    top = ordered[0]
    gap = abs(top["value"] - me["value"]) / top["value"] if top["value"] else 0
    lang = checker.lang
    r.verdict, reason = rules.judge_rank(rank, len(entries), claim.rank_top_k, gap, lang=lang,
                                         high=high)
    if claim.rank_ordinal and claim.rank_ordinal > 1 and not claim.rank_top_k:
        # "The sixth highest": the rank said, not a record.
        r.verdict, reason = rules.judge_ordinal(rank, claim.rank_ordinal, len(entries),
                                                lang=lang)
    elif claim.rank_years and rank > 1 and not claim.rank_top_k and grain == "month" and \
            not same and (since := _last_beyond(entries, me, high)) is not None and \
            Period.span(_start(since["period"]), _start(target_label)).months - 1 >= \
            12 * claim.rank_years - 6:
        # "Hit a four-year low" in July 2024, the lowest since September 2020 (46 months
        # before): the lowest since a month about four years back, as writers round it;
        # the months before that one, inside the window, do not gainsay it.
        r.verdict = rules.ACCURATE
        reason = msg(lang, "rank_years_rounded", since=fmt_label(since["period"], lang),
                     months=Period.span(_start(since["period"]),
                                        _start(target_label)).months - 1,
                     years=claim.rank_years)
    if grain == "month" and same:
        like = msg(lang, "like_same_month", plural=i18n.month_name(target.start.month, lang,
                                                                     plural=True),
                   month=i18n.month_name(target.start.month, lang))
    else:
        like = msg(lang, {"month": "like_months", "fiscal_year": "like_fiscal_year",
                          "year": "like_year", "range": "like_same_months"}[grain])
    r.figures.append({"label": target_label, "measure": r.measure, "period": target_label,
                      "value": me["value"], "rank": rank, "of": len(entries),
                      "record": top, "complete": True, "provenance": provenance})
    beyond = _beyond_the_records(claim, checker, r, grain, me["value"]) if (
        not high and claim.ever and r.verdict in (rules.ACCURATE, rules.ROUGHLY)) else ""
    span = f"{entries[0]['period']}–{entries[-1]['period']}"
    r.explanation = msg(lang, "rank", title=_title(r.measure, lang), scope=_scope(r, lang),
                        target=fmt_label(target_label, lang), value=f"{me['value']:,}",
                        rank_word=msg(lang, "rank_word_high" if high else "rank_word_low"),
                        rank=rank, of=len(entries), like=like, span=span, reason=reason,
                        extreme=msg(lang, "extreme_high" if high else "extreme_low"),
                        top=fmt_label(top["period"], lang), top_value=f"{top['value']:,}")
    if high and not beyond and claim.rank_window == "all" and not claim.rank_years and \
            r.verdict in (rules.ACCURATE, rules.ROUGHLY) and not (
                # ("The peak in May", with no "record" or "ever": the surge's own peak.)
                _A_PEAK.search(claim.rank_words or "") and not claim.ever):
        beyond = _part_beyond_the_whole(claim, checker, r, grain, same, me["value"],
                                        _start(entries[0]["period"]))
    if beyond:
        r.verdict = rules.MISLEADING
        r.explanation += " " + beyond
    lo, _ = checker.engine.coverage(get_measure(r.measure), checker.as_of)
    hi = _last_month(checker, claim, r.measure)
    first = _start(entries[0]["period"])
    years = claim.rank_years or (20 if claim.rank_window == "recent" else None)
    months = _window_months(claim)
    # "The lowest during the Trump era" with a series that begins in October 2017: the
    # record is judged over part of its window only.
    r.partial = claim.rank_window == "period" and bool(claim.compare_to) and \
        claim.compare_to[0].start < lo
    if r.partial or claim.rank_window == "all" and not claim.rank_years and (
            hi.year - first.year < 20):
        begins = msg(lang, "rank_begins", first=fmt_label(entries[0]["period"], lang),
                     words=claim.rank_words)
        r.notes.append(begins)
        r.explanation += " " + begins
    elif years and claim.rank_window != "period":
        until = min(hi, target.end) if target.kind != "range" else hi
        wanted = add_months(until, -(months or 12 * years) + 1)
        while same and grain == "month" and wanted.month != target.start.month:
            wanted = add_months(wanted, 1)  # (the Augusts of five years: from the first)
        if wanted < first and claim.rank_years:
            # ("The lowest in forty five years" judged over three of them.)
            r.partial, r.ranked_from = True, first
        if wanted < first:
            short = msg(lang, "rank_window_short", words=claim.rank_words, years=years,
                        start=fmt_month(wanted, lang), end=fmt_month(until, lang),
                        first=fmt_month(first, lang),
                        more=msg(lang, "mx_earlier") if r.measure.startswith("mx_") else "")
            r.notes.append(short)
            r.explanation += " " + short
    # How the verdict moves with the window.
    windowed = claim.rank_window != "all" or bool(claim.rank_years)
    windows = (rank_windows(entries, lambda e: e["period"], _start(target_label))
               if not windowed else [("as claimed", entries)])
    for window_label, subset in windows:
        sub_rank = 1 + sum(1 for e in subset if (e["value"] > me["value"] if high
                                                 else e["value"] < me["value"]))
        sub_top = max(subset, key=lambda e: e["value"] if high else -e["value"])
        sub_gap = abs(sub_top["value"] - me["value"]) / sub_top["value"] if sub_top[
            "value"] else 0
        verdict, _ = rules.judge_rank(sub_rank, len(subset), claim.rank_top_k, sub_gap,
                                      lang=lang)
        r.robustness.append({"window": window_label if not windowed
                             else f"{window.label} (as claimed)",
                             "first": subset[0]["period"], "last": subset[-1]["period"],
                             "rank": sub_rank, "of": len(subset), "verdict": verdict})
    if windowed and grain != "range":  # (the same months of each year: summed, not a grain)
        full = _comparable(checker, r, Period(lo, hi, "range", "all"), grain, same)
        if full:
            full_rank = 1 + sum(1 for e in full if (e["value"] > me["value"] if high
                                                    else e["value"] < me["value"]))
            full_top = max(full, key=lambda e: e["value"] if high else -e["value"])
            full_gap = abs(full_top["value"] - me["value"]) / full_top["value"] if full_top[
                "value"] else 0
            r.robustness.append({"window": "all years covered", "first": full[0]["period"],
                                 "last": full[-1]["period"], "rank": full_rank,
                                 "of": len(full), "verdict": rules.judge_rank(
                                     full_rank, len(full), claim.rank_top_k, full_gap)[0]})
    if same:
        # The rank command ranks a month among the same month of every year.
        r.query = (_query_text(r.measure, [target], r.where, verb="rank")
                   + (f" --since {entries[0]['period']}" if windowed else ""))
    elif grain == "range":
        # The months summed for each year's same months, from the first to the last.
        first, last = parse_period(entries[0]["period"]), parse_period(entries[-1]["period"])
        r.query = (f"borderstats query {r.measure} --period {first.start:%Y-%m}.."
                   f"{last.end:%Y-%m} --by month" + _where_args(r.where))
    else:
        # Exactly the periods compared: every month (or year) of the window.
        r.query = (f"borderstats query {r.measure} --period {entries[0]['period']}.."
                   f"{entries[-1]['period']} --by {grain}" + _where_args(r.where))
    r.series = {"measure": r.measure, "grain": grain, "unit": get_measure(r.measure).unit,
                "points": entries[-40:], "highlight": [target_label], "reference": None}


# The long annual record a month's "lowest ever" is held against: Border Patrol's
# Southwest border apprehensions, annual from FY1960, monthly only from FY2000.
HISTORY_MEASURE = "usbp_swb_encounters"


def _last_beyond(entries: list[dict[str, Any]], me: dict[str, Any],
                 high: bool) -> dict[str, Any] | None:
    """The last period before ``me`` that beat it (higher, or lower for a low), if no period
    after it did; None otherwise."""
    beats = [e for e in entries if (e["value"] > me["value"] if high
                                    else e["value"] < me["value"])]
    if any(_start(e["period"]) > _start(me["period"]) for e in beats):
        return None
    return max(beats, key=lambda e: _start(e["period"]), default=None)


def _rank_of_change(claim: Claim, checker: Checker, r: Reading, entries: list[dict],
                    target_label: str, provenance: list[dict]) -> None:
    """"The biggest dip since 2000": the month's change from the month before, ranked among
    the changes of every month in the window, as a percentage and in numbers (the rank
    that is the better for the claim is kept, and said)."""
    lang = checker.lang
    down = claim.rank_change == "down"
    changes = [{"period": cur["period"], "before": prev["value"], "value": cur["value"],
                "percent": (cur["value"] - prev["value"]) / prev["value"],
                "number": cur["value"] - prev["value"]}
               for prev, cur in zip(entries, entries[1:], strict=False) if prev["value"]]
    me = next((c for c in changes if c["period"] == target_label), None)
    if me is None:
        raise QueryError(msg(lang, "err_not_in_window", target=target_label,
                             window=f"{entries[0]['period']}–{entries[-1]['period']}"
                             if entries else ""))
    ranked = []
    for key in ("percent", "number"):
        top = min(changes, key=lambda c: c[key]) if down else max(changes, key=lambda c: c[key])
        rank = 1 + sum(1 for c in changes if (c[key] < me[key] if down else c[key] > me[key]))
        ranked.append((rank, key, top))
    rank, key, top = min(ranked, key=lambda x: x[0])
    gap = abs(top[key] - me[key]) / abs(top[key]) if top[key] else 0.0
    r.verdict, reason = rules.judge_rank(rank, len(changes), claim.rank_top_k, gap, lang=lang)

    def shown(c: dict) -> str:
        return f"{c['percent']:+.1%}" if key == "percent" else f"{c['number']:+,}"

    r.figures.append({"label": target_label, "measure": r.measure, "period": target_label,
                      "value": me["value"], "rank": rank, "of": len(changes), "record": top,
                      "complete": True, "provenance": provenance})
    r.explanation = msg(lang, "rank_change", title=_title(r.measure, lang),
                        scope=_scope(r, lang), target=fmt_label(target_label, lang),
                        before=f"{me['before']:,}", value=f"{me['value']:,}", change=shown(me),
                        rank=rank, of=len(changes),
                        span=f"{changes[0]['period']}–{changes[-1]['period']}",
                        how=msg(lang, "rank_change_percent" if key == "percent"
                                else "rank_change_number"),
                        direction=msg(lang, "rank_change_down" if down else "rank_change_up"),
                        reason=reason, top=fmt_label(top["period"], lang), top_change=shown(top))
    r.query = _query_text(r.measure, [Period.between(parse_period(changes[0]["period"]),
                                                     parse_period(target_label))], r.where)


def _beyond_the_records(claim: Claim, checker: Checker, r: Reading, grain: str,
                        value: float) -> str:
    """Why "the lowest in history" (or "ever", "never this low") misleads for a US series
    whose months begin in FY2000 (CBP's in FY2020): the annual totals of earlier years
    imply lower months. Empty when the long record does not contradict the claim."""
    if r.measure not in TITLE42_SERIES or grain not in ("month", "fiscal_year"):
        return ""
    lo, _ = checker.engine.coverage(get_measure(HISTORY_MEASURE), checker.as_of)
    try:
        annual = checker.q(HISTORY_MEASURE, Period.between(
            Period.fiscal_year(fiscal_year_of(lo)), Period.fiscal_year(1999)),
            by=["fiscal_year"])
    except QueryError:
        return ""
    rows = [row for row in annual.rows if row.get("complete", True)]
    if not rows:
        return ""
    low = min(rows, key=lambda row: row["value"])
    # A daily average ranked ("the lowest daily average ever") is a month's total / days.
    per = value * (365 if claim.per_day and grain == "month" else
                   12 if grain == "month" else 1)
    if low["value"] >= per:
        return ""
    return _say(checker.lang, "beyond_records", year=low["fiscal_year"],
                value=f"{low['value']:,}", month=f"{low['value'] / 12:,.0f}",
                words=claim.rank_words)


# "More than in any single fiscal year", "que en cualquier otro año": whole years compared.
_ANY_YEAR = re.compile(r"\b(?:any|every)\s+(?:single\s+|other\s+|previous\s+)?(?P<fiscal>"
                       r"fiscal\s+)?year\b|\bcualquier\s+(?:otro\s+)?año(?P<fiscal2>\s+fiscal)?",
                       re.IGNORECASE)


_A_PEAK = re.compile(r"\b(?:peak|peaks|pico|apogeo)\b", re.IGNORECASE)


def _part_beyond_the_whole(claim: Claim, checker: Checker, r: Reading, grain: str,
                           same: int | None, value: float, first: dt.date) -> str:
    """Why "a new high" for all CBP encounters misleads when CBP's combined series is
    short: Border Patrol alone, a part of the whole, counted more before it began, so the
    whole was higher then too. Empty when the part's longer record does not exceed it."""
    if r.measure not in _WHOLE_OF.get(HISTORY_MEASURE, ()) or r.where or grain != "month":
        return ""
    lo, _ = checker.engine.coverage(get_measure(HISTORY_MEASURE), checker.as_of)
    before = add_months(first, -1)
    if before < lo:
        return ""
    part = replace(r, measure=HISTORY_MEASURE, where={})
    try:
        earlier = _comparable(checker, part, Period.span(lo, before),
                              grain, same)
    except QueryError:
        return ""
    if claim.per_day:
        # "The highest daily average on record": the part's months per day, like the value
        # (Border Patrol's March 2000, 220,063, was 7,099 a day).
        earlier = [e | {"value": round(e["value"] / _per(parse_period(e["period"]), "day"), 1)}
                   for e in earlier]
    over = [e for e in earlier if e["value"] > value]
    if not over:
        return ""
    top = max(over, key=lambda e: e["value"])
    return _say(checker.lang, "part_beyond_whole", part=_short(HISTORY_MEASURE, checker.lang),
                value=f"{top['value']:,}", period=fmt_month(_start(top["period"]), checker.lang),
                first=fmt_month(first, checker.lang), words=claim.rank_words)


@lru_cache(maxsize=4096)
def _start(label: str) -> dt.date:
    return parse_period(label).start


def _seasonal(claim: Claim, checker: Checker, r: Reading) -> None:
    """"Border arrests rose from July to August in eight of the last 10 years": in how many
    of those years the series moved so between the two months (a move into the next year's
    month when the second comes first in the calendar)."""
    lang = checker.lang
    first, then, n = claim.seasonal or (0, 0, 0)
    years = [p.start.year for p in r.periods]
    start = dt.date(years[0], first, 1)
    end = dt.date(years[-1] + (then < first), then, 1)
    result = checker.q(r.measure, Period.span(start, end),
                       r.where, by=["month"])
    value = {row["month"]: row["value"] for row in result.rows if row.get("complete", True)}
    pairs = [(f"{y}-{first:02d}", f"{y + (then < first)}-{then:02d}") for y in years]
    if any(a not in value or b not in value for a, b in pairs):
        raise CoverageError(msg(lang, "partial", period=f"{years[0]}–{years[-1]}",
                                missing=", ".join(m for pair in pairs for m in pair
                                                  if m not in value)))
    moved = [y for y, (a, b) in zip(years, pairs, strict=True) if (value[b] > value[a]) == (
        claim.trend == "up") and value[b] != value[a]]
    count = len(moved)
    r.verdict = rules.ACCURATE if count == n else rules.ROUGHLY if abs(count - n) == 1 \
        else rules.INACCURATE
    last_a, last_b = pairs[-1]
    r.figures.append({"label": f"{last_a}→{last_b}", "measure": r.measure, "period": last_b,
                      "value": value[last_b], "complete": True,
                      "provenance": [vars(p) | {} for p in result.provenance]})
    r.explanation = msg(
        lang, "seasonal", title=_title(r.measure, lang), scope=_scope(r, lang),
        m1=i18n.month_name(first, lang), m2=i18n.month_name(then, lang),
        how=msg(lang, f"seasonal_{claim.trend}"), count=count, years=len(years),
        first=years[0], last=years[-1], n=n,
        values=", ".join(f"{y}: {value[a]:,} → {value[b]:,}" for y, (a, b) in
                         zip(years, pairs, strict=True)))
    r.query = (f"borderstats query {r.measure} --period {start:%Y-%m}..{end:%Y-%m} --by month"
               + _where_args(r.where))
    r.series = {"measure": r.measure, "grain": "month", "unit": get_measure(r.measure).unit,
                "points": [{"period": k, "value": v} for k, v in sorted(value.items())],
                "highlight": [b for y, (a, b) in zip(years, pairs, strict=True) if y in moved],
                "reference": None}


def _trend(claim: Claim, checker: Checker, r: Reading) -> None:
    if claim.seasonal is not None:
        _seasonal(claim, checker, r)
        return
    lang = checker.lang
    recent = r.periods[0]
    if claim.trend in ("up", "down"):
        # "continued to rise": the period against the one before it, of the same length
        # (or against the base of the change it concludes from).
        before_p = claim.compare_to[0] if len(claim.compare_to) == 1 else _previous(recent)
        before = _complete(checker.q(r.measure, before_p, r.where), before_p, lang)
        after = _complete(checker.q(r.measure, recent, r.where), recent, lang)
        r.figures += [_figure(before), _figure(after)]
        pct = (after.value - before.value) / before.value if before.value else (
            math.inf if after.value > 0 else 0.0)
        r.verdict, reason = rules.judge_change(pct, claim.trend, 0.02, None, None,
                                               claim.change_words, lang=lang)
        r.explanation = msg(lang, "trend_direction", title=_title(r.measure, lang),
                            scope=_scope(r, lang), before=f"{before.value:,}",
                            p1=_fmt_period(before_p, lang), after=f"{after.value:,}",
                            p2=_fmt_period(recent, lang), reason=reason)
        r.query = _query_text(r.measure, [before_p, recent], r.where, verb="change")
        r.series = _series_around(checker, r, [before_p, recent], reference=None)
        return
    result = _complete(checker.q(r.measure, recent, r.where), recent, lang)
    level = result.value / recent.months
    lo, _ = checker.engine.coverage(get_measure(r.measure), checker.as_of)
    hi = _last_month(checker, claim, r.measure)
    history = checker.q(r.measure, Period.span(lo, hi),
                        r.where, by=["month"])
    rows = [row for row in history.rows if row["complete"]]
    if not rows:
        raise QueryError(msg(lang, "err_no_history"))
    values = [row["value"] for row in rows]
    percentile = sum(1 for v in values if v < level) / len(values)
    r.verdict, reason = rules.judge_level(percentile, claim.rank_direction, lang=lang)
    r.figures.append(_figure(result))
    r.explanation = msg(lang, "trend_level", title=_title(r.measure, lang),
                        scope=_scope(r, lang), level=f"{level:,.0f}",
                        period=_fmt_period(recent, lang), reason=reason,
                        first=rows[0]["month"], last=rows[-1]["month"])
    r.query = (f"borderstats query {r.measure} --period {rows[0]['month']}..{rows[-1]['month']}"
               " --by month" + _where_args(r.where))
    r.series = {"measure": r.measure, "grain": "month", "unit": get_measure(r.measure).unit,
                "points": [{"period": row["month"], "value": row["value"]}
                           for row in rows[-36:]],
                "highlight": [f"{m:%Y-%m}" for m in recent.month_starts()], "reference": None}


def _share(claim: Claim, checker: Checker, r: Reading) -> None:
    """A part of a whole: of a group ("29 percent were Mexicans"), of another period ("38%
    del total de 2018"), or of a change ("three-quarters of that increase"). Each chooses
    its part and whole; one judge and one explanation follow."""
    lang = checker.lang
    q = claim.quantity
    assert q is not None
    p = r.periods[0]
    part_period = _part_period(claim, p)
    if part_period is not None and not (set(claim.share_group) & set(r.where)):
        # "Esta cifra significa 38% del total de presentados durante todo 2018", "60% of
        # FY2025's apprehensions were in its first three months": one period's count as a
        # share of another's.
        whole_period = p
        if _OF_THAT.match(claim.sentence.text[claim.position + len(q.words):]):
            # "February saw half of that number": the figure pointed back to is the whole,
            # the claim's own period the part.
            part_period, whole_period = p, part_period
            if not whole_period.start <= part_period.start <= part_period.end <= \
                    whole_period.end and not _NAMES_A_YEAR.search(claim.sentence.text):
                # "More than 82 percent of those apprehensions (FY 2021's) occurred between
                # February and September": months named without a year are the whole's.
                part_period = next((s for n in (-1, 1, -2, 2) if whole_period.start <= (
                    s := part_period.shifted_years(n)).start and s.end <= whole_period.end),
                    part_period)
        part = _complete(checker.q(r.measure, part_period, r.where), part_period, lang)
        whole = _complete(checker.q(r.measure, whole_period, r.where), whole_period, lang)
        key = ("share_of_period", {"scope": _scope(r, lang),
                                   "period": _fmt_period(whole_period, lang),
                                   "part_period": _fmt_period(part_period, lang)})
        r.query = _query_text(r.measure, [part_period, whole_period], r.where)
    else:
        # The group is what the share names; the whole is everything else the claim is
        # about (a share of Guatemala's returns from the US is of all returns, not of those
        # from the US).
        if claim.share_keeps_whole and not claim.share_group:
            raise QueryError(msg(lang, "err_no_group"))  # "most of them with CBP One …"
        # (With no group named beside the share, a nationality or population in the cut is
        # the part, its place the whole's: "those four countries accounted for just 20% of
        # the 185,469 apprehensions in the San Diego sector".)
        group = set(claim.share_group) or {k for k in r.where if k not in (
            "region", "sector", "state")} or {k for k in r.where if k != "region"}
        if group and not group & set(r.where):
            # A population in the series' own terms ("menores de edad": the Darién's age
            # group of minors) is the group, under its own dimension.
            group = (set(r.where) - set(claim.filters)) or group
        if not r.where or not group & set(r.where):
            raise QueryError(msg(lang, "err_no_group"))
        rest = {k: v for k, v in r.where.items() if k not in group}
        split = [(k, v) for k, vs in r.where.items() if k in group and len(vs) > 1
                 for v in vs]
        if _EACH_SHARE.search(claim.sentence.text, 0, claim.position) and \
                len({k for k, _ in split}) == 1 and not claim.of_change:
            # "… followed by Colombians and Ecuadorians, each nationality accounting for 6%
            # of the flow": the share of each group, not of the two together.
            whole = _complete(checker.q(r.measure, p, rest), p, lang)
            claimed = q.value / 100 if q.kind == "percent" else q.value
            verdicts, parts = [], []
            for k, v in split:
                one = _complete(checker.q(r.measure, p, rest | {k: [v]}), p, lang)
                share = one.value / whole.value if whole.value else 0.0
                verdict, reason = rules.judge_share(claimed, share, q.hedge, lang=lang)
                verdicts.append(verdict)
                parts.append(f"{v}: {one.value:,} ({reason})")
                r.figures.append(_figure(one, "part"))
            r.figures.append(_figure(whole, "whole"))
            r.verdict = rules.worst(verdicts)
            r.explanation = msg(lang, "share_each", title=_title(r.measure, lang),
                                period=_fmt_period(p, lang), whole=f"{whole.value:,}",
                                scope=_where_words(rest, lang), parts="; ".join(parts))
            r.query = (f"borderstats query {r.measure} --period {p.label} --by {split[0][0]}"
                       + _where_args(rest))
            return
        part = _complete(checker.q(r.measure, p, r.where), p, lang)
        whole = _complete(checker.q(r.measure, p, rest), p, lang)
        # (The whole's cut is said; the part is the group within it.)
        key = ("share", {"period": _fmt_period(p, lang), "scope": _where_words(rest, lang)})
        if claim.of_change and claim.compare_to:
            # The group's share of the change: its rise over the whole's rise.
            b = claim.compare_to[0]
            part = replace(part, value=part.value - _complete(
                checker.q(r.measure, b, r.where), b, lang).value)
            whole = replace(whole, value=whole.value - _complete(
                checker.q(r.measure, b, rest), b, lang).value)
            key = ("share_of_change", {"before": _fmt_period(b, lang),
                                       "after": _fmt_period(p, lang),
                                       "scope": _where_words(rest, lang)})
        r.query = (f"borderstats query {r.measure} --period {p.label}"
                   + "".join(f" --by {k}" for k in r.where if k in group)
                   + _where_args(rest))
    share = part.value / whole.value if whole.value else 0.0
    claimed = q.value / 100 if q.kind == "percent" else q.value
    r.verdict, reason = rules.judge_share(claimed, share, q.hedge, lang=lang)
    # Exact: the official share rounds to the stated one ("29.3%" to the tenth).
    r.exact = q.kind == "percent" and q.hedge is None and \
        abs(share * 100 - q.value) <= rules.precision(q.words, q.value) * q.value + 1e-9
    r.figures += [_figure(part, "part"), _figure(whole, "whole")]
    r.explanation = msg(lang, key[0], title=_title(r.measure, lang), part=f"{part.value:,}",
                        whole=f"{whole.value:,}", reason=reason, **key[1])


# A share said of each group named: "each nationality accounting for 6%", "cada una con".
_EACH_SHARE = re.compile(r"\b(?:each|cada\s+un[oa]|ambos|ambas)\b[^.;\d]{0,40}$",
                         re.IGNORECASE)


def _part_period(claim: Claim, whole: Period) -> Period | None:
    """The period a share with no group is a part of another by: the figure it points back
    to ("Esta cifra ..."), or a period of the sentence inside the whole ("in its first three
    months" of FY2025, October to December 2024, as the time expressions read it)."""
    before = claim.antecedent
    if before is not None and before.periods and len(before.periods) == 1 and \
            before.periods[0].label != whole.label:
        return before.periods[0]
    others = [ps[0] for ps in claim.sentence_periods if len(ps) == 1 and ps[0].label !=
              whole.label]
    inside = [p for p in others if whole.start <= p.start and p.end <= whole.end]
    if inside:
        return inside[0]
    # "Encounters in August 2024 were less than half of May 2019": with no group named, the
    # share is of one period's count in another's, of the same grain.
    if claim.share_group or claim.of_change or claim.filters or claim.quantity is None:
        return None
    after = claim.sentence.text[claim.position + len(claim.quantity.words):]
    like = [p for p in others if p.kind == whole.kind and (
        p.end < whole.start or p.start > whole.end)]
    return like[0] if len(like) == 1 and _OF_A_PERIOD.match(after) else None


# A year written out: "2021", "FY21", "fiscal year 2021".
_NAMES_A_YEAR = re.compile(lx.NAMES_A_YEAR, re.IGNORECASE)
# A share of the figure the sentence points back to: "half of that number", "la mitad de
# esa cifra".
_OF_THAT = re.compile(r"\s*(?:of|de)\s+(?:that|this|those|esa|esta|dicha|aquella)\b",
                      re.IGNORECASE)
# A share whose whole is named as a period right after it: "half of May 2019", "40% of
# 2019's", "la mitad de marzo de 2023".
_OF_A_PERIOD = re.compile(
    r"\s*(?:of|de|del)\s+(?:(?:the|el|la|los)\s+)?(?:(?:fiscal(?:\s+year)?|fy|año fiscal)\s*)?"
    r"(?:(?:19|20)\d\d|" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE)


def _scope(r: Reading, lang: str = "en") -> str:
    return _where_words(r.where, lang)


def _where_words(where: dict[str, list[str]], lang: str) -> str:
    """' (citizenship CUB)', ' (nacionalidad CUB)': a cut in words, in ``lang``."""
    if not where:
        return ""
    names = i18n.WORDS.words(lang, "dimension_names")
    but = label("all_but", lang)
    region = _region_of(where.get("citizenship", []))
    if region is not None:
        # (A region by its name, not its codes.)
        where = where | {"citizenship": [label(region, lang)]}
    return " (" + ", ".join(
        f"{names.get(k, k)} " + (but + " " if v[0].startswith(EXCLUDED) else "")
        + "/".join(i18n.value_name(x.removeprefix(EXCLUDED), lang) for x in v)
        for k, v in where.items()) + ")"


def _region_of(countries: list[str]) -> str | None:
    """The region a cut by citizenship is ("africa" for the African countries a series
    breaks out), if any."""
    if len(countries) >= GROUP_OF_COUNTRIES:
        # (Of a continent, the countries a series breaks out: a subset.)
        for region, members in (("africa", lx.AFRICA), ("asia", lx.ASIA)):
            if set(countries) <= set(members):
                return region
    return next((region for region in ("central_america", "northern_triangle", "caribbean")
                 if set(countries) == set(countries_in(region))), None)


def _series_around(checker: Checker, r: Reading, periods: list[Period],
                   reference: float | None) -> dict[str, Any] | None:
    """The series around the claimed periods, for a chart."""
    kinds = {p.kind for p in periods}
    try:
        lo, hi = checker.engine.coverage(get_measure(r.measure), checker.as_of)
        if kinds <= {"fiscal_year"}:
            first = min(fiscal_year_of(p.end) for p in periods) - 4
            last = min(max(fiscal_year_of(p.end) for p in periods) + 2,
                       fiscal_year_of(hi) - (0 if hi.month == 9 else 1))
            window = Period.between(Period.fiscal_year(max(first, fiscal_year_of(lo))),
                                    Period.fiscal_year(last))
            grain = "fiscal_year"
        elif kinds <= {"year"}:
            first = min(p.start.year for p in periods) - 4
            window = Period.between(Period.year(max(first, lo.year)),
                                    Period.year(min(max(p.start.year for p in periods) + 2,
                                                    hi.year - (0 if hi.month == 12 else 1))))
            grain = "year"
        else:
            start = max(lo, add_months(min(p.start for p in periods), -12))
            end = min(hi, add_months(max(p.end for p in periods), 3))
            window = Period.span(start, end)
            grain = "month"
        result = checker.q(r.measure, window, r.where, by=[grain])
    except QueryError:
        return None
    highlight = [p.label for p in periods] if grain != "month" else [
        f"{m:%Y-%m}" for p in periods for m in p.month_starts()]
    if reference is not None and len(periods) == 1 and periods[0].kind == "range":
        reference = None
    return {"measure": r.measure, "grain": grain, "unit": get_measure(r.measure).unit,
            "points": [{"period": row[grain], "value": row["value"]} for row in result.rows
                       if row.get("complete", True)],
            "highlight": highlight, "reference": reference}
