"""Checking a candidate claim against the store: which measures the words can mean, the
official figures for each reading, a verdict by the written rules, and the caveats."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from borderstats.claims import rules
from borderstats.claims.extract import Claim
from borderstats.claims.timex import last_complete_fiscal_year, last_complete_month
from borderstats.errors import QueryError
from borderstats.metrics import get_measure
from borderstats.periods import Period, add_months, fiscal_year_of
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
        elif claim.actor == "USBP":
            measures.append(("usbp_swb_encounters", "Border Patrol, Southwest border"))
        else:
            labels = {"usbp_swb_encounters": "Border Patrol, Southwest border (between ports)",
                      "swb_encounters": "all CBP encounters, Southwest border (incl. ports)",
                      "ofo_swb_encounters": "ports of entry, Southwest border"}
            measures += [(m, labels[m]) for m in topic.measures]
        if topic.id == "expulsions":
            where["authority"] = ["Title 42"]
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
        if claim.calendar_explicit and all(p.kind == "year" for p in first.periods):
            fys = [Period.fiscal_year(p.start.year) for p in first.periods]
            out.append(Reading(first.measure, first.where, fys, "the fiscal year",
                               framing=True))
        return out


def evaluate(claim: Claim, checker: Checker, ref: dt.date) -> dict[str, Any]:
    """The JSON-ready result for one claim."""
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
    caveats = list(get_measure(primary.measure).caveats[:3])

    # Misleading: the number holds, the framing does not.
    if verdict in (rules.ACCURATE, rules.ROUGHLY) and claim.kind == "total" and (
            claim.distinct_people or (claim.people_noun and not claim.enforcement_verb)):
        verdict = rules.MISLEADING
        explanation += (" But the figure counts encounters — events, not people: someone "
                        "caught several times is counted each time, so it does not show how "
                        "many different people came.")
    if verdict == rules.INACCURATE and claim.kind in ("total", "comparison"):
        for framing in checker.framing_readings(claim, readings):
            _run(judge, claim, checker, framing)
            if framing.verdict == rules.ACCURATE:
                verdict = rules.MISLEADING
                explanation += (f" The stated figure matches {framing.label} instead: "
                                f"{framing.explanation}")
                readings.append(framing)
                break

    alternatives = [r for r in readings if r is not primary and not r.framing]
    distinct = {r.verdict for r in [primary, *alternatives] if r.verdict != rules.UNVERIFIABLE}
    if alternatives:
        if len(distinct) > 1:
            explanation += (" The verdict depends on the reading: "
                            + "; ".join(f"as {r.label}, {r.verdict.replace('_', ' ')}"
                                        for r in alternatives) + ".")
        else:
            explanation += " Other readings of the words give the same verdict."
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
    })
    return base


def _run(judge, claim: Claim, checker: Checker, reading: Reading) -> None:
    try:
        judge(claim, checker, reading)
    except QueryError as exc:
        reading.verdict = rules.UNVERIFIABLE
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
    wh = "".join(f" --where {k}={','.join(v)}" for k, v in where.items())
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


def _comparison(claim: Claim, checker: Checker, r: Reading) -> None:
    q = claim.quantity
    if q is None or not claim.compare_to:
        raise QueryError("the comparison does not name what it compares with")
    base_sets = [claim.compare_to] + claim.compare_alternatives[:1]
    # Compare like with like: the base is read the way the compared periods are.
    kind = r.periods[0].kind
    base = next((b for b in base_sets if b and b[0].kind == kind), base_sets[0])
    base_result = checker.q(r.measure, base[0], r.where)
    r.figures.append(_figure(base_result))
    verdicts, parts = [], []
    for p in r.periods:
        result = checker.q(r.measure, p, r.where)
        r.figures.append(_figure(result))
        ratio = result.value / base_result.value if base_result.value else math.inf
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


def _change(claim: Claim, checker: Checker, r: Reading) -> None:
    word = claim.change
    assert word is not None
    after_p = r.periods[-1]
    if after_p.kind == "range" and claim.time_kind == "since":
        # "since 2022": the last twelve months against the twelve before the start.
        last = after_p.end
        after_p = Period(add_months(last, -11), last, "range",
                         f"{add_months(last, -11):%Y-%m}..{last:%Y-%m}")
        start = r.periods[-1].start
        before_p = Period(add_months(start, -12), add_months(start, -1), "range",
                          f"{add_months(start, -12):%Y-%m}..{add_months(start, -1):%Y-%m}")
    else:
        before_p = claim.compare_to[0] if claim.compare_to else _previous(after_p)
    before = checker.q(r.measure, before_p, r.where)
    after = checker.q(r.measure, after_p, r.where)
    for res in (before, after):
        if not res.complete:
            raise QueryError(f"{res.period} is only partly covered")
    r.figures += [_figure(before), _figure(after)]
    pct = (after.value - before.value) / before.value if before.value else math.inf
    q = claim.quantity
    if q is not None and q.kind == "percent":
        claimed = -q.value / 100 if word.direction == "down" else q.value / 100
        diff = abs(pct - claimed)
        r.verdict, reason = (rules.ACCURATE, "within 3 points") if diff <= 0.03 else (
            (rules.ROUGHLY, "within 6 points") if diff <= 0.06 else (
                rules.INACCURATE, f"{diff:.0%} points off"))
        reason = f"{pct:+.1%} against {claimed:+.0%} claimed, {reason}"
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
    lo, hi = checker.engine.coverage(get_measure(r.measure), checker.as_of)
    if claim.rank_window == "period" and claim.compare_to:
        w = claim.compare_to[0]
        return Period(max(lo, w.start), min(hi, w.end), "range", w.label)
    if claim.rank_window == "recent":
        start = max(lo, add_months(hi, -12 * 20 + 1))
        return Period(start, hi, "range", f"{start:%Y-%m}..{hi:%Y-%m}")
    return Period(lo, hi, "range", f"{lo:%Y-%m}..{hi:%Y-%m}")


def _comparable(checker: Checker, r: Reading, window: Period, grain: str,
                same_month: int | None) -> list[dict]:
    result = checker.q(r.measure, window, r.where, by=[grain])
    rows = [row for row in result.rows if row["complete"]]
    if grain == "fiscal_year" and window.start.month != 10:
        # Fiscal years that fall mostly inside the window (a presidency).
        rows = []
        for fy in range(fiscal_year_of(window.start), fiscal_year_of(window.end) + 1):
            p = Period.fiscal_year(fy)
            inside = sum(1 for m in p.month_starts() if window.contains(m))
            if inside >= 6:
                res = checker.q(r.measure, p, r.where)
                if res.complete:
                    rows.append({"fiscal_year": p.label, "value": res.value})
    if same_month is not None:
        rows = [row for row in rows if row["month"].endswith(f"-{same_month:02d}")]
    return [{"period": row[grain], "value": row["value"]} for row in rows]


def _rank(claim: Claim, checker: Checker, r: Reading) -> None:
    target = r.periods[0]
    high = claim.rank_direction == "high"
    window = _window(claim, checker, r)
    if target.kind == "range" and target.months > 1:
        # "Record numbers" with no period: did one of these months set the record?
        entries = _comparable(checker, r, window, "month", None)
        inside = [e for e in entries if target.contains(Period.month(
            int(e["period"][:4]), int(e["period"][5:])).start)]
        if not inside:
            raise QueryError(f"no month of {target.label} is covered")
        best = max(inside, key=lambda e: e["value"] if high else -e["value"])
        target_label = best["period"]
        grain, same = "month", None
    else:
        grain = {"month": "month", "fiscal_year": "fiscal_year", "year": "year"}.get(
            target.kind, "fiscal_year")
        month_words = claim.text.lower()
        same = (target.start.month if grain == "month" and any(
            w in month_words for w in (f"{target.start:%B}".lower(), "januar", "months of",
                                       "for a ")) else None)
        entries = _comparable(checker, r, window, grain, same)
        target_label = target.label
    ordered = sorted(entries, key=lambda e: -e["value"] if high else e["value"])
    me = next((e for e in entries if e["period"] == target_label), None)
    if me is None:
        res = checker.q(r.measure, Period.month(int(target_label[:4]), int(target_label[5:]))
                        if grain == "month" else target, r.where)
        raise QueryError(f"{target_label} is not within the comparison window "
                         f"{window.label} ({res.value:,})")
    rank = 1 + sum(1 for e in entries if (e["value"] > me["value"] if high
                                          else e["value"] < me["value"]))
    top = ordered[0]
    gap = abs(top["value"] - me["value"]) / top["value"] if top["value"] else 0
    r.verdict, reason = rules.judge_rank(rank, len(entries), claim.rank_top_k, gap)
    like = {"month": f"{target.start:%B}s" if same else "months",
            "fiscal_year": "fiscal years", "year": "calendar years"}[grain]
    like = like.replace("ys", "ies") if like.endswith("arys") else like
    r.figures.append({"label": target_label, "measure": r.measure, "period": target_label,
                      "value": me["value"], "rank": rank, "of": len(entries),
                      "record": top, "provenance": []})
    span = f"{entries[0]['period']}–{entries[-1]['period']}"
    r.explanation = (f"{_title(r.measure)}{_scope(r)}: {target_label} had {me['value']:,}, "
                     f"{'rank' if high else 'rank from the bottom'} {rank} of {len(entries)} "
                     f"{like} {span} ({reason}); the {'highest' if high else 'lowest'} was "
                     f"{top['period']} with {top['value']:,}.")
    # How the verdict moves with the window.
    lo, hi = checker.engine.coverage(get_measure(r.measure), checker.as_of)
    for label, years in (("all years covered", None), ("last 20 years", 20),
                         ("last 10 years", 10), ("last 5 years", 5)):
        subset = entries if years is None else [
            e for e in entries if _start(e["period"]) > add_months(
                _start(target_label), -12 * years)]
        if claim.rank_window != "period" and years is not None and len(subset) == len(entries):
            continue
        if not subset or (claim.rank_window == "period" and years is not None):
            continue
        sub_rank = 1 + sum(1 for e in subset if (e["value"] > me["value"] if high
                                                 else e["value"] < me["value"]))
        verdict, _ = rules.judge_rank(sub_rank, len(subset), claim.rank_top_k, gap)
        r.robustness.append({"window": label if claim.rank_window != "period" or years
                             else f"{window.label} (as claimed)",
                             "first": subset[0]["period"], "last": subset[-1]["period"],
                             "rank": sub_rank, "of": len(subset), "verdict": verdict})
    if claim.rank_window == "period":
        full = _comparable(checker, r, Period(lo, hi, "range", "all"), grain, same)
        if full:
            full_rank = 1 + sum(1 for e in full if (e["value"] > me["value"] if high
                                                    else e["value"] < me["value"]))
            r.robustness.append({"window": "all years covered", "first": full[0]["period"],
                                 "last": full[-1]["period"], "rank": full_rank,
                                 "of": len(full), "verdict": rules.judge_rank(
                                     full_rank, len(full), claim.rank_top_k, gap)[0]})
    r.query = (_query_text(r.measure, [Period.month(int(target_label[:4]),
                                                    int(target_label[5:]))
                                       if grain == "month" else target], r.where, verb="rank")
               if same or grain != "month" else
               f"borderstats query {r.measure} --period {window.label} --by month")
    r.series = {"measure": r.measure, "grain": grain, "unit": get_measure(r.measure).unit,
                "points": entries[-40:], "highlight": [target_label], "reference": None}


def _start(label: str) -> dt.date:
    from borderstats.periods import parse_period

    return parse_period(label).start


def _trend(claim: Claim, checker: Checker, r: Reading) -> None:
    recent = r.periods[0]
    result = checker.q(r.measure, recent, r.where)
    level = result.value / recent.months
    lo, hi = checker.engine.coverage(get_measure(r.measure), checker.as_of)
    history = checker.q(r.measure, Period(lo, hi, "range", "all"), r.where, by=["month"])
    values = [row["value"] for row in history.rows if row["complete"]]
    percentile = sum(1 for v in values if v < level) / len(values)
    r.verdict, reason = rules.judge_level(percentile, claim.rank_direction)
    r.figures.append(_figure(result))
    r.explanation = (f"{_title(r.measure)}{_scope(r)} averaged {level:,.0f} a month in "
                     f"{recent.label}; {reason} ({history.rows[0]['month']}–"
                     f"{history.rows[-1]['month']}).")
    r.query = f"borderstats query {r.measure} --period {lo:%Y-%m}..{hi:%Y-%m} --by month"
    r.series = {"measure": r.measure, "grain": "month", "unit": get_measure(r.measure).unit,
                "points": [{"period": row["month"], "value": row["value"]}
                           for row in history.rows[-36:]],
                "highlight": [f"{m:%Y-%m}" for m in recent.month_starts()], "reference": None}


def _share(claim: Claim, checker: Checker, r: Reading) -> None:
    q = claim.quantity
    assert q is not None
    if not r.where:
        raise QueryError("the share does not say of which group")
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
    r.query = _query_text(r.measure, [p], r.where)


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
