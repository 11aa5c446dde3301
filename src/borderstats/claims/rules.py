"""The written tolerance rules: when a stated number, multiple, change or rank agrees with
the official figure. docs/claims.md sets them out; tests/test_claim_rules.py pins them.

Every judge returns (verdict, reason); the reason is written in English or, with
``lang="es"``, in Spanish (the thresholds do not depend on the language)."""

from __future__ import annotations

import math
import re

from borderstats.claims.i18n import WORDS
from borderstats.claims.text import VAGUE, normalise_digits

ACCURATE, ROUGHLY, INACCURATE = "accurate", "roughly_accurate", "inaccurate"
MISLEADING, UNVERIFIABLE = "misleading", "unverifiable"
ORDER = {ACCURATE: 0, ROUGHLY: 1, MISLEADING: 2, INACCURATE: 3, UNVERIFIABLE: 4}
# However roundly a figure is written ("2 million", "3,000"), more than 5% off is not
# accurate: within twice that it is roughly right.
ROUNDING_CAP = 0.05
# "About 57,000": within 2% (or the precision the figure is written to, if coarser) is
# accurate; a stated figure more than 5% off is inaccurate, however it is hedged.
ABOUT = 0.02
# A stated percentage change, in points: accurate within 1, roughly within 5.
PCT_ACCURATE, PCT_ROUGHLY = 0.01, 0.05
PCT_ABOUT = 0.03  # "about 70 percent": within 3 points
# A period within 1% of the record is "roughly" the record: figures are revised by about
# that much after first release, which can swap two months that close.
NEAR_RECORD = 0.01
# Thresholds are inclusive; differences are rounded so that 2.2 / 2 - 1 counts as 10%.
EPS = 1e-9

def _r(lang: str, key: str, **kw: object) -> str:
    """Why a figure got its verdict, in ``lang`` (the [reasons] of the message files)."""
    return WORDS.words(lang, "reasons")[key].format(**kw)


def _n(x: float) -> str:
    return f"{x:,.0f}"


def worst(verdicts: list[str]) -> str:
    return max(verdicts, key=lambda v: ORDER[v]) if verdicts else UNVERIFIABLE


def precision(words: str, value: float) -> float:
    """Half a unit of the last significant digit stated, relative to the value:
    '2 million' → 0.25, '2.4 million' → 0.021, '250,000' → 0.02, '176,195' → 0.000003.
    Spanish notation is read the same way ('250.000', '1,2 millones')."""
    if value <= 0:
        return 0.0
    if re.search(r"\bmil\s+\d", words, re.IGNORECASE):
        return 0.5 / value  # "50 mil 975", "mil 211": written to the unit
    match = re.search(r"\d[\d,.\u00a0]*", normalise_digits(words))
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


# "More than 2 million" for 1.93 million: short of the bound by no more than a plain figure
# may be off and still be roughly right.
SHORT = 0.05


def judge_total(claimed: float, official: float, hedge: str | None, words: str,
                low: float | None = None, high: float | None = None,
                lang: str = "en") -> tuple[str, str]:
    """A stated count against the official one. Returns (verdict, reason)."""
    if hedge == "vague" and low is not None and high is not None:
        if low <= official <= high:
            return ACCURATE, _r(lang, "vague_in", words=words)
        if official > high and words.lower() in VAGUE:
            # "Thousands of migrants" said of 520,085: an amount in words is a floor said
            # loosely (there were thousands, and more), not a wrong figure; a range ("between
            # 750 and 1,000") is not.
            return ROUGHLY, _r(lang, "vague_above", words=words, low=_n(low), high=_n(high))
        return INACCURATE, _r(lang, "vague_out", words=words, low=_n(low), high=_n(high))
    rel = (official - claimed) / claimed if claimed else math.inf
    c, shown = _n(claimed), f"{rel:+.1%}"
    if hedge in ("more_than", "at_least"):
        if official > claimed or (hedge == "at_least" and official == claimed):
            note = _r(lang, "understates") if rel > 0.5 else ""
            return ACCURATE, _r(lang, "above", claimed=c, note=note)
        if rel >= -SHORT - EPS:
            return ROUGHLY, _r(lang, "just_short", claimed=c, rel=shown)
        return INACCURATE, _r(lang, "below_claimed", claimed=c, rel=shown)
    if hedge == "just_over":
        if 0 < rel <= 0.10 + EPS:
            return ACCURATE, _r(lang, "just_above", claimed=c, rel=shown)
        if -0.02 - EPS <= rel <= 0.25 + EPS:
            return ROUGHLY, _r(lang, "off_from", claimed=c, rel=shown)
        return INACCURATE, _r(lang, "off_from", claimed=c, rel=shown)
    if hedge == "nearly":
        if -0.10 - EPS <= rel <= 0:
            return ACCURATE, _r(lang, "just_under", claimed=c, rel=shown)
        # (Past the figure by as much as "more than" may fall short of it: roughly.)
        if -0.15 - EPS <= rel <= SHORT + EPS:
            return ROUGHLY, _r(lang, "off_from", claimed=c, rel=shown)
        return INACCURATE, _r(lang, "off_from", claimed=c, rel=shown)
    if hedge in ("less_than", "at_most"):
        if official < claimed or (hedge == "at_most" and official == claimed):
            return ACCURATE, _r(lang, "below", claimed=c)
        if rel <= SHORT + EPS:
            return ROUGHLY, _r(lang, "just_over", claimed=c, rel=shown)
        return INACCURATE, _r(lang, "above_rel", claimed=c, rel=shown)
    # "about X" or a plain X: the tolerance follows how precisely X was written.
    floor = ABOUT if hedge == "about" else 0.005
    tolerance = min(max(precision(words, claimed), floor), ROUNDING_CAP)
    if abs(rel) <= tolerance + EPS:
        return ACCURATE, _r(lang, "within", claimed=c, rel=shown, tol=f"{tolerance:.1%}")
    if abs(rel) <= 2 * tolerance + EPS or abs(rel) <= 0.05 + EPS:
        return ROUGHLY, _r(lang, "off_from", claimed=c, rel=shown)
    return INACCURATE, _r(lang, "off_from", claimed=c, rel=shown)


def judge_ratio(claimed: float, actual: float, hedge: str | None,
                lang: str = "en") -> tuple[str, str]:
    """A stated multiple ("twice as many", "tenfold") against the official ratio."""
    a, c = f"{actual:.2f}", f"{claimed:g}"
    if hedge == "more_than":
        if actual > claimed:
            return ACCURATE, _r(lang, "ratio_more", actual=a, claimed=c)
        return (ROUGHLY, _r(lang, "ratio_plain", actual=a)) if actual >= 0.95 * claimed else (
            INACCURATE, _r(lang, "ratio_not_more", actual=a, claimed=c))
    off = actual / claimed - 1
    side = _r(lang, "more" if off > 0 else "less")
    if hedge == "nearly":
        # "nearly doubled": just under the multiple; over it, the words understate.
        if -0.10 - EPS <= off <= 0.02 + EPS:
            return ACCURATE, _r(lang, "ratio_nearly", actual=a, claimed=c)
        if -0.20 - EPS <= off <= 0.10 + EPS:
            return ROUGHLY, _r(lang, "ratio_nearly_off", actual=a, claimed=c, side=side)
        return INACCURATE, _r(lang, "ratio_not_nearly", actual=a, claimed=c)
    if abs(off) <= 0.10 + EPS:
        return ACCURATE, _r(lang, "ratio_within", actual=a, claimed=c)
    if abs(off) <= 0.30 + EPS:
        return ROUGHLY, _r(lang, "ratio_off", actual=a, claimed=c, side=side)
    return INACCURATE, _r(lang, "ratio_not", actual=a, claimed=c)


def judge_more(ratio: float, direction: str, lang: str = "en") -> tuple[str, str]:
    """One series said to be larger ("Mexico detained more migrants than the US") or smaller
    than another over the same months; ``ratio`` is the first over the second. Accurate on
    the stated side of 1; roughly accurate when no more than 5% on the wrong side (a
    difference smaller than the two series' differences of definition)."""
    shown = f"{ratio:.2f}"
    if direction == "up":
        if ratio > 1:
            return ACCURATE, _r(lang, "more_than_other", ratio=shown)
        if ratio >= 0.95 - EPS:
            return ROUGHLY, _r(lang, "near_other", ratio=shown)
        return INACCURATE, _r(lang, "not_more_than_other", ratio=shown)
    if ratio < 1:
        return ACCURATE, _r(lang, "fewer_than_other", ratio=shown)
    if ratio <= 1 / 0.95 + EPS:
        return ROUGHLY, _r(lang, "near_other", ratio=shown)
    return INACCURATE, _r(lang, "not_fewer_than_other", ratio=shown)


def judge_change(pct: float, direction: str, minimum: float, maximum: float | None,
                 exact: float | None, words: str, lang: str = "en",
                 direction_only: bool = False) -> tuple[str, str]:
    """A change word ("plummeted", "ticked up", "fell by half") against the change. With
    ``direction_only`` (a plain word between two stated levels: "dropped to 26,000 from
    26,191"), the word claims the direction alone, however small the move."""
    shown = f"{pct:+.1%}"
    if direction_only and (pct > 0 if direction == "up" else pct < 0):
        return ACCURATE, _r(lang, "fits", shown=shown, words=words)
    if exact is not None:
        off = abs(pct - exact)
        e = f"{exact:+.0%}"
        if off <= 0.10 + EPS:
            return ACCURATE, _r(lang, "close_to", shown=shown, exact=e)
        if off <= 0.20 + EPS:
            return ROUGHLY, _r(lang, "exact_claimed", shown=shown, exact=e)
        return INACCURATE, _r(lang, "not_exact", shown=shown, exact=e)
    # Under 1% is flat, except for a word that says the change was slight ("a slight
    # decrease"): any move its way fits it.
    still = 0.0 if maximum is not None and maximum <= 0.10 else 0.01
    moved = pct > still if direction == "up" else pct < -still
    if not moved:
        went = _r(lang, "rose" if pct > 0.01 else "fell" if pct < -0.01 else "flat")
        return INACCURATE, _r(lang, "went", shown=shown, went=went)
    size = abs(pct)
    if size >= minimum - EPS and (maximum is None or size <= maximum + EPS):
        return ACCURATE, _r(lang, "fits", shown=shown, words=words)
    if size >= 0.6 * minimum - EPS and (maximum is None or size <= 2 * maximum + EPS):
        big = maximum is not None and size > maximum
        return ROUGHLY, _r(lang, "more_less_suggests", shown=shown, words=words,
                           side=_r(lang, "side_more" if big else "side_less"))
    return INACCURATE, _r(lang, "no_fit", shown=shown, words=words)


def judge_percent(actual: float, claimed: float, hedge: str | None = None,
                  lang: str = "en", span: tuple[float, float] | None = None) -> tuple[str, str]:
    """A stated percentage change ("fell 40%", "46 percent more") against the actual one,
    both as fractions (-0.40); the tolerance is in percentage points. A range ("decreases
    ranging from 41 to 60%") gives ``span``, its bounds as sizes: a change inside it fits,
    one outside is judged against the nearer bound."""
    if span is not None:
        low, high = span
        side = -1 if claimed < 0 else 1
        if (actual > 0) == (claimed > 0) and low - PCT_ACCURATE - EPS <= abs(actual) <= \
                high + PCT_ACCURATE + EPS:
            shown = _r(lang, "pct_shown", actual=f"{actual:+.1%}",
                       claimed=f"{side * low:+.0%}…{side * high:+.0%}")
            return ACCURATE, _r(lang, "pct_3", shown=shown)
        claimed = side * (low if abs(actual) < low else high)
    # (The claimed change as stated: "81.5 percent" keeps its decimal, "95 percent" none.)
    said = f"{claimed:+.0%}" if round(claimed, 2) == round(claimed, 4) else f"{claimed:+.1%}"
    shown = _r(lang, "pct_shown", actual=f"{actual:+.1%}", claimed=said)
    same_side = (actual > 0) == (claimed > 0)
    if hedge in ("more_than", "at_least", "just_over") and same_side and abs(actual) > abs(
            claimed):
        return ACCURATE, _r(lang, "pct_more", shown=shown)
    if hedge in ("less_than", "at_most") and same_side and abs(actual) < abs(claimed):
        return ACCURATE, _r(lang, "pct_less", shown=shown)
    if hedge == "nearly" and same_side and abs(claimed) - PCT_ABOUT - EPS <= abs(
            actual) <= abs(claimed) + PCT_ACCURATE + EPS:
        # "Casi un 60% más": a little under the figure (58.1%) is what the words say.
        return ACCURATE, _r(lang, "pct_3" if abs(actual - claimed) <= PCT_ACCURATE + EPS
                            else "pct_about", shown=shown)
    diff = abs(actual - claimed)
    # A stated percentage is rounded to a point: within a point it is right; up to five
    # points (or a tenth of a large change, "a 400% increase") it is roughly right.
    if diff <= max(PCT_ABOUT if hedge == "about" else PCT_ACCURATE,
                   0.02 * abs(claimed)) + EPS:
        # (An approximate figure, or a large one, may be a few points off.)
        return ACCURATE, _r(lang, "pct_3" if diff <= PCT_ACCURATE + EPS else "pct_about",
                            shown=shown)
    # (A tenth only of a change of 100% or more: "a 75% drop" that was 69% is 6 points off.)
    if diff <= max(PCT_ROUGHLY, 0.10 * abs(claimed) if abs(claimed) >= 1 else 0) + EPS:
        return ROUGHLY, _r(lang, "pct_6", shown=shown)
    return INACCURATE, _r(lang, "pct_off", shown=shown, points=f"{diff * 100:.0f}")


def judge_rank(rank: int, of: int, top_k: bool, gap_to_top: float,
               lang: str = "en", high: bool = True) -> tuple[str, str]:
    """A record or 'one of the highest' (``high``; else 'the lowest') against the rank
    among like periods; ``gap_to_top`` is the distance to the record, a share of it."""
    if top_k:
        k = max(3, math.ceil(0.2 * of))
        if rank <= k:
            return ACCURATE, _r(lang, "rank_top", rank=rank, of=of, k=k)
        if rank <= math.ceil(of / 3):
            return ROUGHLY, _r(lang, "rank_third", rank=rank, of=of)
        return INACCURATE, _r(lang, "rank_plain", rank=rank, of=of)
    if rank == 1:
        return ACCURATE, _r(lang, "record", of=of)
    if gap_to_top <= NEAR_RECORD + EPS:
        return ROUGHLY, _r(lang, "rank_near", rank=rank, of=of)
    if high:
        return INACCURATE, _r(lang, "rank_below", rank=rank, of=of, gap=f"{gap_to_top:.1%}")
    if gap_to_top < 1:
        return INACCURATE, _r(lang, "rank_above_low", rank=rank, of=of,
                              gap=f"{gap_to_top:.1%}")
    return INACCURATE, _r(lang, "rank_times_low", rank=rank, of=of,
                          times=f"{1 + gap_to_top:.1f}")


def judge_ordinal(rank: int, claimed: int, of: int, lang: str = "en") -> tuple[str, str]:
    """"The sixth highest": accurate at that rank, roughly accurate one place off (a
    revision of a neighbouring period can swap two ranks), otherwise inaccurate."""
    if rank == claimed:
        return ACCURATE, _r(lang, "rank_ordinal", rank=rank, of=of)
    if abs(rank - claimed) == 1:
        return ROUGHLY, _r(lang, "rank_ordinal_near", rank=rank, of=of, claimed=claimed)
    return INACCURATE, _r(lang, "rank_ordinal_off", rank=rank, of=of, claimed=claimed)


def judge_group_ordinal(rank: int, claimed: int, of: int, gap: float,
                        lang: str = "en") -> tuple[str, str]:
    """"The second-largest nationality" among the groups of one period: one place off is
    roughly accurate only when the group holding the place said is within NEAR_RECORD of
    it (a revision could swap them); groups further apart are simply ranked otherwise."""
    verdict, reason = judge_ordinal(rank, claimed, of, lang=lang)
    if verdict == ROUGHLY and gap > NEAR_RECORD + EPS:
        return INACCURATE, _r(lang, "rank_ordinal_off", rank=rank, of=of, claimed=claimed)
    return verdict, reason


def judge_level(percentile: float, direction: str, lang: str = "en") -> tuple[str, str]:
    """'Remained high' (or low): where the recent level stands in the series' history."""
    p = percentile if direction == "high" else 1 - percentile
    shown = _r(lang, "level", pct=f"{percentile:.0%}")
    if p >= 0.75 - EPS:
        return ACCURATE, shown
    if p >= 0.60 - EPS:
        return ROUGHLY, shown
    return INACCURATE, shown


def judge_share(claimed: float, actual: float, hedge: str | None,
                lang: str = "en") -> tuple[str, str]:
    """A stated share (0–1) against the official share; tolerance in percentage points."""
    diff = actual - claimed
    # The claimed share as stated: "29.3%" keeps its decimal, "30%" has none.
    a, c = f"{actual:.1%}", f"{claimed:.0%}" if round(claimed, 2) == round(claimed, 4) \
        else f"{claimed:.1%}"
    if hedge in ("more_than", "at_least") and diff > 0 or hedge in (
            "less_than", "at_most") and diff < 0:
        return ACCURATE, _r(lang, "share_side", actual=a, claimed=c,
                            side=_r(lang, "side_more" if diff > 0 else "side_less"))
    if hedge in ("more_than", "at_least", "less_than", "at_most"):
        # "More than half" when it was 49%: the wrong side of the line.
        if abs(diff) <= 0.02 + EPS:
            return ROUGHLY, _r(lang, "share_wrong_side", actual=a, claimed=c)
        side = "side_more" if hedge in ("more_than", "at_least") else "side_less"
        return INACCURATE, _r(lang, "share_not_side", actual=a, claimed=c,
                              side=_r(lang, side))
    if abs(diff) <= 0.02 + EPS:
        return ACCURATE, _r(lang, "share_2", actual=a, claimed=c)
    if abs(diff) <= 0.05 + EPS:
        return ROUGHLY, _r(lang, "share_5", actual=a, claimed=c)
    return INACCURATE, _r(lang, "share_not", actual=a, claimed=c)
