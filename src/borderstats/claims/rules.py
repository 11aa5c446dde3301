"""The written tolerance rules: when a stated number, multiple, change or rank agrees with
the official figure. docs/claims.md sets them out; tests/test_claim_rules.py pins them."""

from __future__ import annotations

import math
import re

ACCURATE, ROUGHLY, INACCURATE = "accurate", "roughly_accurate", "inaccurate"
MISLEADING, UNVERIFIABLE = "misleading", "unverifiable"
ORDER = {ACCURATE: 0, ROUGHLY: 1, MISLEADING: 2, INACCURATE: 3, UNVERIFIABLE: 4}
# Thresholds are inclusive; differences are rounded so that 2.2 / 2 - 1 counts as 10%.
EPS = 1e-9


def worst(verdicts: list[str]) -> str:
    return max(verdicts, key=lambda v: ORDER[v]) if verdicts else UNVERIFIABLE


def precision(words: str, value: float) -> float:
    """Half a unit of the last significant digit stated, relative to the value:
    '2 million' → 0.25, '2.4 million' → 0.021, '250,000' → 0.02, '176,195' → 0.000003."""
    if value <= 0:
        return 0.0
    match = re.search(r"\d[\d,.\u00a0]*", words)
    if not match:
        return 0.25  # a number in words: "two million"
    digits = match.group(0).rstrip(".,")
    scale = value / float(re.sub(r"[,\u00a0]", "", digits) or 1) if digits else 1
    if "." in digits:
        decimals = len(digits.split(".")[1])
        unit = 10 ** -decimals * scale
    else:
        plain = re.sub(r"[,\u00a0]", "", digits)
        zeros = len(plain) - len(plain.rstrip("0")) if plain.strip("0") else 0
        unit = 10 ** zeros * scale
    return (unit / 2) / value


def judge_total(claimed: float, official: float, hedge: str | None, words: str,
                low: float | None = None, high: float | None = None) -> tuple[str, str]:
    """A stated count against the official one. Returns (verdict, reason)."""
    if hedge == "vague" and low is not None and high is not None:
        if low <= official <= high:
            return ACCURATE, f"within the range '{words}' means"
        return INACCURATE, f"outside the range '{words}' means ({low:,.0f}–{high:,.0f})"
    rel = (official - claimed) / claimed if claimed else math.inf
    if hedge in ("more_than", "at_least"):
        if official > claimed or (hedge == "at_least" and official == claimed):
            note = " (well above: the claim understates)" if rel > 0.5 else ""
            return ACCURATE, f"above {claimed:,.0f}{note}"
        if rel >= -0.02 - EPS:
            return ROUGHLY, f"just short of {claimed:,.0f} ({rel:+.1%})"
        return INACCURATE, f"below {claimed:,.0f} ({rel:+.1%})"
    if hedge == "just_over":
        if 0 < rel <= 0.10 + EPS:
            return ACCURATE, f"just above {claimed:,.0f} ({rel:+.1%})"
        if -0.02 - EPS <= rel <= 0.25 + EPS:
            return ROUGHLY, f"{rel:+.1%} from {claimed:,.0f}"
        return INACCURATE, f"{rel:+.1%} from {claimed:,.0f}"
    if hedge == "nearly":
        if -0.10 - EPS <= rel <= 0:
            return ACCURATE, f"just under {claimed:,.0f} ({rel:+.1%})"
        if -0.15 - EPS <= rel <= 0.02 + EPS:
            return ROUGHLY, f"{rel:+.1%} from {claimed:,.0f}"
        return INACCURATE, f"{rel:+.1%} from {claimed:,.0f}"
    if hedge in ("less_than", "at_most"):
        if official < claimed or (hedge == "at_most" and official == claimed):
            return ACCURATE, f"below {claimed:,.0f}"
        if rel <= 0.02 + EPS:
            return ROUGHLY, f"just over {claimed:,.0f} ({rel:+.1%})"
        return INACCURATE, f"above {claimed:,.0f} ({rel:+.1%})"
    # "about X" or a plain X: the tolerance follows how precisely X was written.
    floor = 0.05 if hedge == "about" else 0.005
    tolerance = min(max(precision(words, claimed), floor), 0.10)
    if abs(rel) <= tolerance + EPS:
        return ACCURATE, f"{rel:+.1%} from {claimed:,.0f}, within ±{tolerance:.1%}"
    if abs(rel) <= 2 * tolerance + EPS or abs(rel) <= 0.05 + EPS:
        return ROUGHLY, f"{rel:+.1%} from {claimed:,.0f}"
    return INACCURATE, f"{rel:+.1%} from {claimed:,.0f}"


def judge_ratio(claimed: float, actual: float, hedge: str | None) -> tuple[str, str]:
    """A stated multiple ("twice as many", "tenfold") against the official ratio."""
    if hedge == "more_than":
        if actual > claimed:
            return ACCURATE, f"{actual:.2f}×, more than {claimed:g}×"
        return (ROUGHLY, f"{actual:.2f}×") if actual >= 0.95 * claimed else (
            INACCURATE, f"{actual:.2f}×, not more than {claimed:g}×")
    off = actual / claimed - 1
    if hedge == "nearly":
        # "nearly doubled": just under the multiple; over it, the words understate.
        if -0.10 - EPS <= off <= 0.02 + EPS:
            return ACCURATE, f"{actual:.2f}×, nearly {claimed:g}×"
        if -0.20 - EPS <= off <= 0.10 + EPS:
            more = "more than" if off > 0 else "less than"
            return ROUGHLY, f"{actual:.2f}×: {more} nearly {claimed:g}×"
        return INACCURATE, f"{actual:.2f}×, not nearly {claimed:g}×"
    if abs(off) <= 0.10 + EPS:
        return ACCURATE, f"{actual:.2f}×, within 10% of {claimed:g}×"
    if abs(off) <= 0.30 + EPS:
        more = "more than" if off > 0 else "less than"
        return ROUGHLY, f"{actual:.2f}×: {more} {claimed:g}×"
    return INACCURATE, f"{actual:.2f}×, not {claimed:g}×"


def judge_change(pct: float, direction: str, minimum: float, maximum: float | None,
                 exact: float | None, words: str) -> tuple[str, str]:
    """A change word ("plummeted", "ticked up", "fell by half") against the change."""
    shown = f"{pct:+.1%}"
    if exact is not None:
        off = abs(pct - exact)
        if off <= 0.10 + EPS:
            return ACCURATE, f"{shown}, close to {exact:+.0%}"
        if off <= 0.20 + EPS:
            return ROUGHLY, f"{shown}, {exact:+.0%} claimed"
        return INACCURATE, f"{shown}, not {exact:+.0%}"
    moved = pct > 0.01 if direction == "up" else pct < -0.01
    if not moved:
        went = "rose" if pct > 0.01 else "fell" if pct < -0.01 else "barely changed"
        return INACCURATE, f"{shown}: the series {went}"
    size = abs(pct)
    if size >= minimum - EPS and (maximum is None or size <= maximum + EPS):
        return ACCURATE, f"{shown} fits '{words}'"
    if size >= 0.6 * minimum - EPS and (maximum is None or size <= 2 * maximum + EPS):
        big = maximum is not None and size > maximum
        return ROUGHLY, f"{shown}: {'more' if big else 'less'} than '{words}' suggests"
    return INACCURATE, f"{shown} does not fit '{words}'"


def judge_percent(actual: float, claimed: float, hedge: str | None = None) -> tuple[str, str]:
    """A stated percentage change ("fell 40%", "46 percent more") against the actual one,
    both as fractions (-0.40); the tolerance is in percentage points."""
    shown = f"{actual:+.1%} against {claimed:+.0%} claimed"
    same_side = (actual > 0) == (claimed > 0)
    if hedge in ("more_than", "at_least", "just_over") and same_side and abs(actual) > abs(
            claimed):
        return ACCURATE, f"{shown}, more than claimed"
    if hedge in ("less_than", "at_most") and same_side and abs(actual) < abs(claimed):
        return ACCURATE, f"{shown}, less than claimed"
    diff = abs(actual - claimed)
    if diff <= 0.03 + EPS:
        return ACCURATE, f"{shown}, within 3 points"
    if diff <= 0.06 + EPS:
        return ROUGHLY, f"{shown}, within 6 points"
    return INACCURATE, f"{shown}, {diff * 100:.0f} points off"


def judge_rank(rank: int, of: int, top_k: bool, gap_to_top: float) -> tuple[str, str]:
    """A record or 'one of the highest' against the rank among like periods."""
    if top_k:
        k = max(3, math.ceil(0.2 * of))
        if rank <= k:
            return ACCURATE, f"rank {rank} of {of}, in the top {k}"
        if rank <= math.ceil(of / 3):
            return ROUGHLY, f"rank {rank} of {of}, in the top third"
        return INACCURATE, f"rank {rank} of {of}"
    if rank == 1:
        return ACCURATE, f"the record among {of}"
    if gap_to_top <= 0.02 + EPS:
        return ROUGHLY, f"rank {rank} of {of}, within 2% of the record"
    return INACCURATE, f"rank {rank} of {of}, {gap_to_top:.1%} below the record"


def judge_level(percentile: float, direction: str) -> tuple[str, str]:
    """'Remained high' (or low): where the recent level stands in the series' history."""
    p = percentile if direction == "high" else 1 - percentile
    shown = f"{percentile:.0%} of months in the record were lower"
    if p >= 0.75 - EPS:
        return ACCURATE, shown
    if p >= 0.60 - EPS:
        return ROUGHLY, shown
    return INACCURATE, shown


def judge_share(claimed: float, actual: float, hedge: str | None) -> tuple[str, str]:
    """A stated share (0–1) against the official share; tolerance in percentage points."""
    diff = actual - claimed
    if hedge in ("more_than", "at_least") and diff > 0 or hedge in (
            "less_than", "at_most") and diff < 0:
        return ACCURATE, f"{actual:.1%}, {'more' if diff > 0 else 'less'} than {claimed:.0%}"
    if hedge in ("more_than", "at_least", "less_than", "at_most"):
        # "More than half" when it was 49%: the wrong side of the line.
        if abs(diff) <= 0.02 + EPS:
            return ROUGHLY, f"{actual:.1%}, just the wrong side of {claimed:.0%}"
        side = "more" if hedge in ("more_than", "at_least") else "less"
        return INACCURATE, f"{actual:.1%}, not {side} than {claimed:.0%}"
    if abs(diff) <= 0.02 + EPS:
        return ACCURATE, f"{actual:.1%}, within 2 points of {claimed:.0%}"
    if abs(diff) <= 0.05 + EPS:
        return ROUGHLY, f"{actual:.1%}, within 5 points of {claimed:.0%}"
    return INACCURATE, f"{actual:.1%}, not {claimed:.0%}"
