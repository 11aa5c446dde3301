"""Checking a candidate claim against the store: which measures the words can mean, the
official figures for each reading, a verdict by the written rules, and the caveats."""

from __future__ import annotations

import datetime as dt
import math
import re
import shlex
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from borderstats.claims import rules
from borderstats.claims.extract import Claim
from borderstats.claims.timex import last_complete_fiscal_year, last_complete_month
from borderstats.errors import QueryError
from borderstats.metrics import get_measure
from borderstats.periods import Period, add_months, fiscal_year_of, parse_period
from borderstats.query import Engine, QueryResult


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
    framing: bool = False  # a reading the words do not support, kept to detect misframing
    notes: list[str] = field(default_factory=list)  # caveats this reading adds


# Title 42 expulsions (March 2020 – May 2023): people expelled often tried again, so
# encounters in those months overstate the people who came far more than before or after.
TITLE42 = Period(dt.date(2020, 3, 1), dt.date(2023, 5, 1), "range", "2020-03..2023-05")


MEXICO_SOUTH = ("Mexico's Unidad de Política Migratoria series of foreigners presented to "
                "the migration authority, by state (mx_irregular_migrants), or Guatemala's "
                "IGM returns")


def in_title42(p: Period) -> bool:
    """Whether most of the period's months fall in the Title 42 era."""
    inside = sum(1 for m in p.month_starts() if TITLE42.contains(m))
    return inside * 2 > p.months


class Checker:
    """Evaluates claims with one engine, caching every query (texts repeat themselves)."""

    def __init__(self, engine: Engine, as_of: dt.date | None = None) -> None:
        self.engine = engine
        self.as_of = as_of
        self._cache: dict[tuple, QueryResult | QueryError] = {}

    def q(self, measure: str, period: Period, where: dict[str, list[str]] | None = None,
          by: list[str] | None = None) -> QueryResult:
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

    # -- readings ---------------------------------------------------------------------

    def readings(self, claim: Claim) -> list[Reading]:
        topic = claim.topic
        assert topic is not None and topic.measures
        where: dict[str, list[str]] = {k: list(v) for k, v in claim.filters.items()}
        measures: list[tuple[str, str]] = []
        if claim.place == "nationwide":
            if claim.actor == "USBP" or topic.id == "apprehensions":
                measures.append(("usbp_nationwide_encounters", "Border Patrol, nationwide"))
            measures.append(("nationwide_encounters", "all CBP encounters, nationwide"))
        elif claim.place == "northern":
            where["region"] = ["Northern Land Border"]
            measures.append(("nationwide_encounters", "all CBP encounters, northern border"))
        elif claim.actor == "USBP" and topic.id not in ("ports", "title8"):
            measures.append(("usbp_swb_encounters", "Border Patrol, Southwest border"))
        elif claim.actor == "CBP" and topic.id not in ("ports", "title8"):
            # "CBP recorded ...": the agency's own total, ports of entry included.
            measures.append(("swb_encounters",
                             "all CBP encounters, Southwest border (incl. ports)"))
        else:
            labels = {"usbp_swb_encounters": "Border Patrol, Southwest border (between ports)",
                      "swb_encounters": "all CBP encounters, Southwest border (incl. ports)",
                      "ofo_swb_encounters": "ports of entry, Southwest border"}
            labels["usbp_swb_apprehensions"] = "Border Patrol Title 8 apprehensions"
            measures += [(m, labels[m]) for m in topic.measures]
        title42_months = any(TITLE42.contains(m) for p in claim.periods
                             for m in p.month_starts())
        if claim.place in (None, "southwest") and "authority" not in where and (
                topic.id == "apprehensions" or claim.actor == "USBP") and title42_months \
                and topic.id not in ("ports", "title8", "expulsions"):
            # Under Title 42, "apprehensions" may also mean Title 8 apprehensions alone.
            measures.append(("usbp_swb_apprehensions",
                             "Border Patrol Title 8 apprehensions only (without Title 42 "
                             "expulsions)"))
        if topic.id == "expulsions":
            where["authority"] = ["Title 42"]
        if "sector" in where and topic.id not in ("ports",):
            # "The Tucson sector" is a Border Patrol sector (ports belong to field offices).
            measures = [(m, label) for m, label in measures if m.startswith("usbp_")] or [
                ("usbp_swb_encounters", "Border Patrol, Southwest border")]
        if "state" in where:  # only the all-CBP state table is cut by state
            measures = [(m, label) for m, label in measures if m == "swb_encounters"] or [
                ("swb_encounters", "all CBP encounters")]
        period_sets = [claim.periods] + claim.alternatives[:1]
        out = []
        for i, (measure, label) in enumerate(measures):
            for j, periods in enumerate(period_sets):
                if not periods:
                    continue
                text = label
                if j:
                    text += f"; {'fiscal' if periods[0].kind == 'fiscal_year' else 'calendar'}"\
                            " years"
                out.append(Reading(measure, where, list(periods), text))
                if i == 0 and j == 0:
                    continue
        return out

    def framing_readings(self, claim: Claim, base: list[Reading]) -> list[Reading]:
        """Readings the words do not support but a wrong figure often comes from: the
        nationwide total shown as the border's, the all-CBP total shown as Border Patrol's,
        a fiscal year shown as a calendar year."""
        if not base:
            return []
        first = base[0]
        out = []
        if claim.place in (None, "southwest") and claim.topic and claim.topic.measures:
            out.append(Reading("nationwide_encounters", first.where, first.periods,
                               "the nationwide total (all borders and airports)", framing=True))
        if claim.actor == "USBP":
            out.append(Reading("swb_encounters", first.where, first.periods,
                               "all CBP encounters (Border Patrol and ports of entry)",
                               framing=True))
        if claim.calendar_explicit and first.periods and all(
                p.kind == "year" for p in first.periods):
            fys = [Period.fiscal_year(p.start.year) for p in first.periods]
            out.append(Reading(first.measure, first.where, fys,
                               "the fiscal year of the same number (October–September)",
                               framing=True))
        return out


def evaluate(claim: Claim, checker: Checker, ref: dt.date) -> dict[str, Any]:
    """The JSON-ready result for one claim."""
    claim.ref = ref
    base = {
        "text": claim.text, "start": claim.start, "end": claim.end, "kind": claim.kind,
        "sentence": claim.sentence.text, "measure": None, "periods": [],
        "claimed": _claimed(claim), "official": [], "verdict": rules.UNVERIFIABLE,
        "explanation": "", "caveats": [], "query": None, "readings": [], "robustness": [],
        "series": None, "assumptions": list(claim.inherited),
    }
    topic = claim.topic
    if topic is None:
        base["explanation"] = "The text does not say what is counted."
        return base
    if not topic.measures:
        missing = [topic.missing] + [t.missing for t in claim.other_topics
                                     if not t.measures and t.missing != topic.missing]
        base["explanation"] = ("No official series in the store measures this. What would "
                               "answer it: " + "; ".join(missing) + ".")
        base["missing_series"] = missing
        return base
    if claim.place == "mexico_south":
        base["explanation"] = ("This is about Mexico's southern border (with Guatemala and "
                               "Belize), which the US series do not measure. What would answer "
                               "it: " + MEXICO_SOUTH + ".")
        base["missing_series"] = [MEXICO_SOUTH]
        return base
    _default_periods(claim, ref)
    readings = checker.readings(claim)
    if not readings:
        base["explanation"] = ("The text gives no period for this figure, so it cannot be "
                               "checked against a series.")
        return base
    judge = {"total": _total, "comparison": _comparison, "change": _change,
             "rank_record": _rank, "trend": _trend, "share": _share}[claim.kind]
    for reading in readings:
        _run(judge, claim, checker, reading)
    primary = readings[0]
    if primary.verdict == rules.UNVERIFIABLE:
        primary = next((r for r in readings if r.verdict != rules.UNVERIFIABLE), primary)
    verdict = primary.verdict
    explanation = primary.explanation
    caveats = list(get_measure(primary.measure).caveats[:3]) + primary.notes

    # Misleading: the number holds, the framing does not.
    people = claim.distinct_people or (claim.people_noun and not claim.enforcement_verb)
    holding = [r for r in readings if r.verdict in (rules.ACCURATE, rules.ROUGHLY)]
    if people and claim.kind == "total" and holding:
        if verdict not in (rules.ACCURATE, rules.ROUGHLY):
            explanation += (f" The figure matches {holding[0].label} instead: "
                            f"{holding[0].explanation}")
        verdict = rules.MISLEADING
        explanation += (" But the figure counts encounters — events, not people: someone "
                        "caught several times is counted each time, so it does not show how "
                        "many different people came.")
    elif people and claim.kind in ("rank_record", "comparison") and verdict in (
            rules.ACCURATE, rules.ROUGHLY) and (note := _title42_distortion(claim, primary)):
        verdict = rules.MISLEADING
        explanation += " " + note
    elif verdict in (rules.INACCURATE, rules.ROUGHLY) and _framable(claim):
        for framing in checker.framing_readings(claim, readings):
            _run(judge, claim, checker, framing)
            if framing.verdict == rules.ACCURATE:
                verdict = rules.MISLEADING
                what = "change" if claim.kind == "change" else "figure"
                explanation += (f" The stated {what} matches {framing.label} instead: "
                                f"{framing.explanation}")
                readings.append(framing)
                break

    alternatives = [r for r in readings if r is not primary and not r.framing]
    distinct = {r.verdict for r in [primary, *alternatives] if r.verdict != rules.UNVERIFIABLE}
    checked = [r for r in alternatives if r.verdict != rules.UNVERIFIABLE]
    if checked and verdict != rules.MISLEADING:
        if len(distinct) > 1:
            explanation += (" The verdict depends on the reading: "
                            + "; ".join(f"as {r.label}, {r.verdict.replace('_', ' ')}"
                                        for r in checked) + ".")
        else:
            explanation += (" Read as " + "; or as ".join(r.label for r in checked)
                            + f", the result is the same ({verdict.replace('_', ' ')}).")
    if checker.as_of is not None:
        for r in readings:
            if r.query:
                r.query += f" --as-of {checker.as_of.isoformat()}"
    base.update({
        "measure": primary.measure,
        "periods": [p.label for p in primary.periods],
        "official": primary.figures,
        "verdict": verdict,
        "explanation": explanation.strip(),
        "caveats": caveats,
        "query": primary.query,
        "readings": [{"measure": r.measure, "reading": r.label,
                      "periods": [p.label for p in r.periods], "verdict": r.verdict,
                      "note": r.explanation, "query": r.query, "framing": r.framing}
                     for r in readings if r is not primary],
        "robustness": primary.robustness,
        "series": primary.series,
        "assumptions": list(claim.inherited),
    })
    return base


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


def _title42_distortion(claim: Claim, r: Reading) -> str:
    """Why a record or a multiple of encounters, said of people, misleads when the Title 42
    era is on one side of it: expelled people often crossed again, so encounters then
    overstate people far more than before or after."""
    if claim.kind == "rank_record":
        target = r.periods[0] if r.periods else None
        if target is None or not in_title42(target) or not r.figures:
            return ""
        return ("But the record is in encounters — events, not people: under Title 42 "
                f"({TITLE42.label}) many expelled people crossed again and were counted each "
                "time, so the count does not show a record number of different people.")
    if claim.kind == "comparison" and claim.compare_to and r.periods:
        sides = {in_title42(claim.compare_to[0])} | {in_title42(p) for p in r.periods}
        if len(sides) == 2:
            return ("But the multiple compares encounters — events, not people — across the "
                    f"Title 42 era ({TITLE42.label}), when expelled people often crossed again "
                    "and were counted each time; the ratio of different people was smaller.")
    return ""


def _last_month(checker: Checker, claim: Claim, measure: str) -> dt.date:
    """The last month a record or level may be judged against: the newest in the store, but
    not after the text's date (a record is a record when it is claimed)."""
    _, hi = checker.engine.coverage(get_measure(measure), checker.as_of)
    if claim.ref is not None:
        hi = min(hi, last_complete_month(claim.ref))
    return hi


def _run(judge, claim: Claim, checker: Checker, reading: Reading) -> None:
    try:
        judge(claim, checker, reading)
    except QueryError as exc:
        reading.verdict = rules.UNVERIFIABLE
        lo, hi = checker.engine.coverage(get_measure(reading.measure), checker.as_of)
        periods = reading.periods or []
        if periods and all(p.end < lo for p in periods):
            reading.explanation = (f"No official figure for this reading: the store's "
                                   f"{_title(reading.measure)} series begins in {lo:%B %Y}, "
                                   f"after {', '.join(p.label for p in periods)}.")
        elif periods and all(p.start > hi for p in periods):
            reading.explanation = (f"No official figure for this reading: the store's "
                                   f"{_title(reading.measure)} series ends in {hi:%B %Y}, "
                                   f"before {', '.join(p.label for p in periods)}.")
        else:
            reading.explanation = f"No official figure for this reading: {exc}"


def _claimed(claim: Claim) -> dict[str, Any]:
    q = claim.quantity
    return {"value": q.value if q else None,
            "hedge": (q.hedge if q else None) or (claim.change_words or claim.rank_words or None),
            "words": q.words if q else (claim.change_words or claim.rank_words or ""),
            "unit": q.kind if q else None}


def _default_periods(claim: Claim, ref: dt.date) -> None:
    """Periods for claims that name none, by documented rules."""
    if claim.periods:
        return
    last = last_complete_month(ref)
    if claim.kind == "rank_record":
        # "in record numbers": a month of the last six set the record.
        claim.periods = [Period(add_months(last, -5), last, "range",
                                f"{add_months(last, -5):%Y-%m}..{last:%Y-%m}")]
        claim.inherited.append("no period named: the six months before the text's date")
    elif claim.kind == "trend":
        claim.periods = [Period(add_months(last, -2), last, "range",
                                f"{add_months(last, -2):%Y-%m}..{last:%Y-%m}")]
        claim.inherited.append("no period named: the three months before the text's date")
    elif claim.kind == "change":
        fy = last_complete_fiscal_year(ref)
        claim.periods = [Period.fiscal_year(fy)]
        claim.compare_to = [Period.fiscal_year(fy - 5)]
        claim.inherited.append(f"no period named: FY{fy}, the last complete fiscal year, "
                               f"against FY{fy - 5}, five years earlier")


def _fmt_period(p: Period) -> str:
    if p.kind == "month":
        return f"{p.start:%B %Y}"
    return p.label


def _figure(result: QueryResult, label: str | None = None) -> dict[str, Any]:
    return {"label": label or result.period, "measure": result.measure,
            "period": result.period, "value": result.value, "complete": result.complete,
            "provenance": [vars(p) | {} for p in result.provenance]}


def _query_text(measure: str, periods: list[Period], where: dict[str, list[str]],
                verb: str = "query") -> str:
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
    """--where options, quoted for a shell ("authority=Title 42")."""
    return "".join(f" --where {shlex.quote(k + '=' + ','.join(v))}" for k, v in where.items())


def _title(measure: str) -> str:
    return get_measure(measure).title


# -- the judges, one per claim kind -----------------------------------------------------

def _total(claim: Claim, checker: Checker, r: Reading) -> None:
    q = claim.quantity
    assert q is not None
    if q.kind in ("percent", "fraction", "multiplier"):
        raise QueryError("a share or multiple with nothing to compare it to")
    periods = r.periods if claim.each or len(r.periods) == 1 else [
        Period.between(r.periods[0], r.periods[-1])]
    verdicts, reasons = [], []
    for p in periods:
        result = checker.q(r.measure, p, r.where)
        if not result.complete and len(result.missing) > p.months // 4:
            raise QueryError(f"{p.label} is only partly covered (missing "
                             f"{', '.join(result.missing[:3])})")
        r.figures.append(_figure(result))
        verdict, reason = rules.judge_total(q.value, result.value, q.hedge, q.words,
                                            q.low, q.high)
        verdicts.append(verdict)
        reasons.append(f"{_fmt_period(p)}: {result.value:,} ({reason})")
    r.verdict = rules.worst(verdicts)
    scope = _scope(r)
    r.explanation = (f"{_title(r.measure)}{scope}: " + "; ".join(reasons) + ". "
                     f"Claimed: {q.words}{' in each' if claim.each and len(periods) > 1 else ''}.")
    r.query = _query_text(r.measure, periods, r.where)
    r.series = _series_around(checker, r, periods, reference=q.value)


def _complete(result: QueryResult, p: Period) -> QueryResult:
    if not result.complete:
        missing = ", ".join(result.missing[:3])
        raise QueryError(f"{p.label} is only partly covered (missing {missing})")
    return result


def _comparison(claim: Claim, checker: Checker, r: Reading) -> None:
    q = claim.quantity
    if q is None or not claim.compare_to:
        raise QueryError("the comparison does not name what it compares with")
    base_sets = [claim.compare_to] + claim.compare_alternatives[:1]
    # Compare like with like: the base is read the way the compared periods are.
    kind = r.periods[0].kind
    base = next((b for b in base_sets if b and b[0].kind == kind), base_sets[0])
    base_result = _complete(checker.q(r.measure, base[0], r.where), base[0])
    r.figures.append(_figure(base_result))
    verdicts, parts = [], []
    for p in r.periods:
        result = _complete(checker.q(r.measure, p, r.where), p)
        r.figures.append(_figure(result))
        ratio = result.value / base_result.value if base_result.value else math.inf
        if q.kind == "percent":
            down = claim.change is not None and claim.change.direction == "down"
            verdict, reason = rules.judge_percent(ratio - 1, -q.value / 100 if down
                                                  else q.value / 100, q.hedge)
        else:
            verdict, reason = rules.judge_ratio(q.value, ratio, q.hedge)
        verdicts.append(verdict)
        parts.append(f"{_fmt_period(p)} {result.value:,} is {reason}")
    r.verdict = rules.worst(verdicts)
    r.explanation = (f"{_title(r.measure)}{_scope(r)}: {_fmt_period(base[0])} had "
                     f"{base_result.value:,}; " + "; ".join(parts) + ".")
    r.query = _query_text(r.measure, [base[0], *r.periods], r.where)
    r.series = _series_around(checker, r, [base[0], *r.periods], reference=None)


def _previous(p: Period) -> Period:
    if p.kind == "month":
        prev = add_months(p.start, -1)
        return Period.month(prev.year, prev.month)
    if p.kind == "fiscal_year":
        return Period.fiscal_year(fiscal_year_of(p.end) - 1)
    if p.kind == "year":
        return Period.year(p.start.year - 1)
    return Period(add_months(p.start, -p.months), add_months(p.start, -1), "range",
                  f"{add_months(p.start, -p.months):%Y-%m}..{add_months(p.start, -1):%Y-%m}")


def _change_periods(claim: Claim, r: Reading) -> tuple[Period, Period]:
    after_p = r.periods[-1]
    if claim.since is not None and after_p.kind == "range":
        # "since 2019": the last twelve months against the year named.
        last = after_p.end
        after_p = Period(add_months(last, -11), last, "range",
                         f"{add_months(last, -11):%Y-%m}..{last:%Y-%m}")
        before_p = Period.year(claim.since.extra.get("year", after_p.start.year))
        return before_p, after_p
    return (claim.compare_to[0] if claim.compare_to else _previous(after_p)), after_p


def _change(claim: Claim, checker: Checker, r: Reading) -> None:
    word = claim.change
    assert word is not None
    before_p, after_p = _change_periods(claim, r)
    before = _complete(checker.q(r.measure, before_p, r.where), before_p)
    after = _complete(checker.q(r.measure, after_p, r.where), after_p)
    r.figures += [_figure(before), _figure(after)]
    pct = (after.value - before.value) / before.value if before.value else math.inf
    q = claim.quantity
    if q is not None and q.kind == "percent":
        claimed = -q.value / 100 if word.direction == "down" else q.value / 100
        r.verdict, reason = rules.judge_percent(pct, claimed, q.hedge)
    elif q is not None and q.kind == "multiplier":
        ratio = after.value / before.value if before.value else math.inf
        r.verdict, reason = rules.judge_ratio(q.value, ratio, q.hedge)
    elif q is not None and q.kind == "fraction" and word.exact is None:
        claimed = -q.value if word.direction == "down" else q.value
        r.verdict, reason = rules.judge_change(pct, word.direction, 0, None, claimed,
                                               claim.change_words)
    else:
        r.verdict, reason = rules.judge_change(pct, word.direction, word.minimum,
                                               word.maximum, word.exact, claim.change_words)
    r.explanation = (f"{_title(r.measure)}{_scope(r)} went from {before.value:,} in "
                     f"{_fmt_period(before_p)} to {after.value:,} in {_fmt_period(after_p)}: "
                     f"{reason}.")
    r.query = _query_text(r.measure, [before_p, after_p], r.where, verb="change")
    r.series = _series_around(checker, r, [before_p, after_p], reference=None)


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
        if claim.since is not None and "year" in claim.since.extra:
            # "the lowest since 1971": 1971 is when it was last lower, so the window of
            # comparison starts after it.
            start, end = dt.date(claim.since.extra["year"] + 1, 1, 1), until
        start = max(lo, start)
        return Period(start, end, "range", f"{start:%Y-%m}..{end:%Y-%m}")
    years = claim.rank_years or (20 if claim.rank_window == "recent" else None)
    if years:
        start = max(lo, add_months(until, -12 * years + 1))
        return Period(start, until, "range", f"{start:%Y-%m}..{until:%Y-%m}")
    return Period(lo, hi, "range", f"{lo:%Y-%m}..{hi:%Y-%m}")


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
        for fy in range(fiscal_year_of(window.start), fiscal_year_of(window.end) + 1):
            p = Period.fiscal_year(fy)
            inside = sum(1 for m in p.month_starts() if window.contains(m))
            if inside >= 6:
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
    plural = name[:-1] + "ies" if name.endswith("y") else name + "s"
    text = claim.text.lower()
    pattern = (rf"\b(?:highest|lowest|busiest|record|biggest|largest|most|fewest|for an?|of any|"
               rf"any other|strongest|weakest)\s+{name}\b|\b{name}\s+(?:months?|totals?|"
               rf"figures?|on record)\b|\b{plural}\b|\bfor (?:that|the) month\b|\bsame month\b")
    return target.start.month if re.search(pattern, text) else None


def _rank(claim: Claim, checker: Checker, r: Reading) -> None:
    target = r.periods[0]
    high = claim.rank_direction == "high"
    window = _window(claim, checker, r)
    provenance: list[dict] = []
    if target.kind == "range" and target.months > 1:
        # "Record numbers" with no period: did one of these months set the record?
        entries = _comparable(checker, r, window, "month", None, provenance)
        inside = [e for e in entries if target.contains(_start(e["period"]))]
        if not inside:
            raise QueryError(f"no month of {target.label} is covered")
        best = max(inside, key=lambda e: e["value"] if high else -e["value"])
        target_label = best["period"]
        grain, same = "month", None
    else:
        grain = {"month": "month", "fiscal_year": "fiscal_year", "year": "year"}.get(
            target.kind, "fiscal_year")
        same = _same_month(claim, target) if grain == "month" else None
        entries = _comparable(checker, r, window, grain, same, provenance)
        target_label = target.label
    me = next((e for e in entries if e["period"] == target_label), None)
    if me is None:
        raise QueryError(f"{target_label} is not within the comparison window {window.label} "
                         "(or the store does not cover it with this breakdown)")
    ordered = sorted(entries, key=lambda e: -e["value"] if high else e["value"])
    rank = 1 + sum(1 for e in entries if (e["value"] > me["value"] if high
                                          else e["value"] < me["value"]))
    top = ordered[0]
    gap = abs(top["value"] - me["value"]) / top["value"] if top["value"] else 0
    r.verdict, reason = rules.judge_rank(rank, len(entries), claim.rank_top_k, gap)
    like = {"month": _plural_month(target.start) if same else "months",
            "fiscal_year": "fiscal years", "year": "calendar years"}[grain]
    r.figures.append({"label": target_label, "measure": r.measure, "period": target_label,
                      "value": me["value"], "rank": rank, "of": len(entries),
                      "record": top, "complete": True, "provenance": provenance})
    span = f"{entries[0]['period']}–{entries[-1]['period']}"
    r.explanation = (f"{_title(r.measure)}{_scope(r)}: {target_label} had {me['value']:,}, "
                     f"{'rank' if high else 'rank from the bottom'} {rank} of {len(entries)} "
                     f"{like} {span} ({reason}); the {'highest' if high else 'lowest'} was "
                     f"{top['period']} with {top['value']:,}.")
    lo, _ = checker.engine.coverage(get_measure(r.measure), checker.as_of)
    hi = _last_month(checker, claim, r.measure)
    first = _start(entries[0]["period"])
    if claim.rank_window == "all" and not claim.rank_years and (
            hi.year - first.year < 20):
        r.notes.append(f"The store's series with this breakdown begins in "
                       f"{entries[0]['period']}, so '{claim.rank_words}' is checked only "
                       "from then.")
    # How the verdict moves with the window.
    windowed = claim.rank_window != "all" or bool(claim.rank_years)
    for label, years in (("all years covered", None), ("last 20 years", 20),
                         ("last 10 years", 10), ("last 5 years", 5)):
        subset = entries if years is None else [
            e for e in entries if _start(e["period"]) > add_months(
                _start(target_label), -12 * years)]
        if not windowed and years is not None and len(subset) == len(entries):
            continue
        if not subset or (windowed and years is not None):
            continue
        sub_rank = 1 + sum(1 for e in subset if (e["value"] > me["value"] if high
                                                 else e["value"] < me["value"]))
        sub_top = max(subset, key=lambda e: e["value"] if high else -e["value"])
        sub_gap = abs(sub_top["value"] - me["value"]) / sub_top["value"] if sub_top[
            "value"] else 0
        verdict, _ = rules.judge_rank(sub_rank, len(subset), claim.rank_top_k, sub_gap)
        r.robustness.append({"window": label if not windowed
                             else f"{window.label} (as claimed)",
                             "first": subset[0]["period"], "last": subset[-1]["period"],
                             "rank": sub_rank, "of": len(subset), "verdict": verdict})
    if windowed:
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
    else:
        # Exactly the periods compared: every month (or year) of the window.
        r.query = (f"borderstats query {r.measure} --period {entries[0]['period']}.."
                   f"{entries[-1]['period']} --by {grain}" + _where_args(r.where))
    r.series = {"measure": r.measure, "grain": grain, "unit": get_measure(r.measure).unit,
                "points": entries[-40:], "highlight": [target_label], "reference": None}


def _plural_month(day: dt.date) -> str:
    name = f"{day:%B}"
    return name[:-1] + "ies" if name.endswith("y") else name + (
        "es" if name.endswith("ch") else "s")


@lru_cache(maxsize=4096)
def _start(label: str) -> dt.date:
    return parse_period(label).start


def _trend(claim: Claim, checker: Checker, r: Reading) -> None:
    recent = r.periods[0]
    if claim.trend in ("up", "down"):
        # "continued to rise": the period against the one before it, of the same length.
        before_p = _previous(recent)
        before = _complete(checker.q(r.measure, before_p, r.where), before_p)
        after = _complete(checker.q(r.measure, recent, r.where), recent)
        r.figures += [_figure(before), _figure(after)]
        pct = (after.value - before.value) / before.value if before.value else math.inf
        r.verdict, reason = rules.judge_change(pct, claim.trend, 0.02, None, None,
                                               claim.change_words)
        r.explanation = (f"{_title(r.measure)}{_scope(r)} went from {before.value:,} in "
                         f"{_fmt_period(before_p)} to {after.value:,} in "
                         f"{_fmt_period(recent)}: {reason}.")
        r.query = _query_text(r.measure, [before_p, recent], r.where, verb="change")
        r.series = _series_around(checker, r, [before_p, recent], reference=None)
        return
    result = _complete(checker.q(r.measure, recent, r.where), recent)
    level = result.value / recent.months
    lo, _ = checker.engine.coverage(get_measure(r.measure), checker.as_of)
    hi = _last_month(checker, claim, r.measure)
    history = checker.q(r.measure, Period(lo, hi, "range", f"{lo:%Y-%m}..{hi:%Y-%m}"),
                        r.where, by=["month"])
    rows = [row for row in history.rows if row["complete"]]
    if not rows:
        raise QueryError("no monthly history to judge the level against")
    values = [row["value"] for row in rows]
    percentile = sum(1 for v in values if v < level) / len(values)
    r.verdict, reason = rules.judge_level(percentile, claim.rank_direction)
    r.figures.append(_figure(result))
    r.explanation = (f"{_title(r.measure)}{_scope(r)} averaged {level:,.0f} a month in "
                     f"{_fmt_period(recent)}; {reason} ({rows[0]['month']}–"
                     f"{rows[-1]['month']}).")
    r.query = (f"borderstats query {r.measure} --period {rows[0]['month']}..{rows[-1]['month']}"
               " --by month" + _where_args(r.where))
    r.series = {"measure": r.measure, "grain": "month", "unit": get_measure(r.measure).unit,
                "points": [{"period": row["month"], "value": row["value"]}
                           for row in rows[-36:]],
                "highlight": [f"{m:%Y-%m}" for m in recent.month_starts()], "reference": None}


def _share(claim: Claim, checker: Checker, r: Reading) -> None:
    q = claim.quantity
    assert q is not None
    if not r.where:
        raise QueryError("the share names no group the store breaks the figures down by "
                         "(nationality, family status, sector, state, Title 42)")
    p = r.periods[0]
    part = checker.q(r.measure, p, r.where)
    whole = checker.q(r.measure, p, {k: v for k, v in r.where.items()
                                     if k in ("region",)})
    share = part.value / whole.value if whole.value else 0.0
    claimed = q.value / 100 if q.kind == "percent" else q.value
    r.verdict, reason = rules.judge_share(claimed, share, q.hedge)
    r.figures += [_figure(part, "part"), _figure(whole, "whole")]
    r.explanation = (f"{_title(r.measure)}, {_fmt_period(p)}: {part.value:,} of "
                     f"{whole.value:,} ({reason}).")
    parts = [k for k in r.where if k != "region"]
    r.query = (f"borderstats query {r.measure} --period {p.label}"
               + "".join(f" --by {k}" for k in parts)
               + _where_args({k: v for k, v in r.where.items() if k == "region"}))


def _scope(r: Reading) -> str:
    if not r.where:
        return ""
    return " (" + ", ".join(f"{k} {'/'.join(v)}" for k, v in r.where.items()) + ")"


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
            window = Period(start, end, "range", f"{start:%Y-%m}..{end:%Y-%m}")
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
