"""The written tolerance rules (borderstats.claims.rules), at and around every threshold.

docs/claims.md states these thresholds in words; a change to one must change both.
"""

from __future__ import annotations

import pytest

from borderstats.claims import lexicon as lx
from borderstats.claims import rules
from borderstats.claims.rules import (
    ACCURATE,
    INACCURATE,
    MISLEADING,
    ROUGHLY,
    UNVERIFIABLE,
    judge_change,
    judge_level,
    judge_percent,
    judge_rank,
    judge_ratio,
    judge_share,
    judge_total,
    precision,
)


def verdict(result: tuple[str, str]) -> str:
    return result[0]


# -- how precisely a number was written ---------------------------------------------------


@pytest.mark.parametrize("words,value,expected", [
    ("2 million", 2_000_000, 0.25),
    ("2.4 million", 2_400_000, 0.05 / 2.4 / 2 * 2),
    ("2.48 million", 2_480_000, 0.005 / 2.48),
    ("250,000", 250_000, 0.02),
    ("176,195", 176_195, 0.5 / 176_195),
    ("1,000", 1_000, 0.5),
    ("two million", 2_000_000, 0.25),  # a number in words is as coarse as one digit
])
def test_precision(words: str, value: float, expected: float) -> None:
    assert precision(words, value) == pytest.approx(expected)


def test_precision_of_nothing_is_zero() -> None:
    assert precision("0", 0) == 0.0


# -- totals ---------------------------------------------------------------------------------


@pytest.mark.parametrize("official,expected", [
    (2_000_001, ACCURATE),      # above
    (6_000_000, ACCURATE),      # far above: true, though it understates
    (2_000_000, ROUGHLY),       # "more than" the exact number is not more than it
    (1_960_000, ROUGHLY),       # -2.0%: just short
    (1_959_999, INACCURATE),    # below -2%
])
def test_more_than(official: int, expected: str) -> None:
    assert verdict(judge_total(2_000_000, official, "more_than", "2 million")) == expected


def test_at_least_includes_the_number() -> None:
    assert verdict(judge_total(2_000_000, 2_000_000, "at_least", "2 million")) == ACCURATE
    assert verdict(judge_total(2_000_000, 1_960_000, "at_least", "2 million")) == ROUGHLY
    assert verdict(judge_total(2_000_000, 1_950_000, "at_least", "2 million")) == INACCURATE


def test_well_above_says_the_claim_understates() -> None:
    assert "understates" in judge_total(1_000_000, 1_600_000, "more_than", "1 million")[1]


@pytest.mark.parametrize("official,expected", [
    (1_000_001, ACCURATE),      # just over
    (1_100_000, ACCURATE),      # +10%
    (1_100_001, ROUGHLY),       # over 10%
    (1_250_000, ROUGHLY),       # +25%
    (1_250_001, INACCURATE),
    (1_000_000, ROUGHLY),       # not over at all, but within -2%
    (980_000, ROUGHLY),
    (979_999, INACCURATE),
])
def test_just_over(official: int, expected: str) -> None:
    assert verdict(judge_total(1_000_000, official, "just_over", "1 million")) == expected


@pytest.mark.parametrize("official,expected", [
    (250_000, ACCURATE),        # "nearly 250,000" and exactly 250,000
    (225_000, ACCURATE),        # -10%
    (224_999, ROUGHLY),
    (212_500, ROUGHLY),         # -15%
    (212_499, INACCURATE),
    (255_000, ROUGHLY),         # over it, by up to 2%
    (255_001, INACCURATE),
])
def test_nearly(official: int, expected: str) -> None:
    assert verdict(judge_total(250_000, official, "nearly", "250,000")) == expected


@pytest.mark.parametrize("hedge,official,expected", [
    ("less_than", 99_999, ACCURATE),
    ("less_than", 100_000, ROUGHLY),
    ("less_than", 102_000, ROUGHLY),   # +2%
    ("less_than", 102_001, INACCURATE),
    ("at_most", 100_000, ACCURATE),
    ("at_most", 102_000, ROUGHLY),
    ("at_most", 102_001, INACCURATE),
])
def test_less_than_and_at_most(hedge: str, official: int, expected: str) -> None:
    assert verdict(judge_total(100_000, official, hedge, "100,000")) == expected


@pytest.mark.parametrize("words,claimed,official,expected", [
    # A plain figure: the tolerance is the precision it was written with, at least 0.5%.
    ("2.48 million", 2_480_000, 2_492_400, ACCURATE),     # +0.5%
    ("2.48 million", 2_480_000, 2_492_401, ROUGHLY),
    ("2.48 million", 2_480_000, 2_604_000, ROUGHLY),      # +5%: roughly at most 5% off
    ("2.48 million", 2_480_000, 2_604_001, INACCURATE),
    ("2.4 million", 2_400_000, 2_450_000, ACCURATE),      # ±2.08%
    ("2.4 million", 2_400_000, 2_500_000, ROUGHLY),       # ±4.2% (twice the tolerance)
    ("2.4 million", 2_400_000, 2_530_000, INACCURATE),
    ("2 million", 2_000_000, 2_200_000, ACCURATE),        # one digit: capped at ±10%
    ("2 million", 2_000_000, 2_200_001, ROUGHLY),
    ("2 million", 2_000_000, 2_400_000, ROUGHLY),         # ±20%
    ("2 million", 2_000_000, 2_400_001, INACCURATE),
    ("176,195", 176_195, 177_075, ACCURATE),             # exact figures: ±0.5% floor
    ("176,195", 176_195, 177_077, ROUGHLY),
])
def test_plain(words: str, claimed: float, official: int, expected: str) -> None:
    assert verdict(judge_total(claimed, official, None, words)) == expected


@pytest.mark.parametrize("official,expected", [
    (2_100_000, ACCURATE),      # "about 2 million": ±10% (the precision of one digit)
    (1_800_000, ACCURATE),
    (1_799_999, ROUGHLY),
    (1_600_000, ROUGHLY),
    (1_599_999, INACCURATE),
])
def test_about_a_round_number(official: int, expected: str) -> None:
    assert verdict(judge_total(2_000_000, official, "about", "about 2 million")) == expected


@pytest.mark.parametrize("official,expected", [
    (2_048_000, ACCURATE),      # "about 2.05 million": ±5% (the floor for "about")
    (2_152_500, ACCURATE),
    (2_152_501, ROUGHLY),
    (2_255_000, ROUGHLY),       # 10%, twice the tolerance
    (2_255_001, INACCURATE),
])
def test_about_a_precise_number(official: int, expected: str) -> None:
    assert verdict(judge_total(2_050_000, official, "about", "about 2.05 million")) == expected


@pytest.mark.parametrize("official,expected", [
    (200_000, ACCURATE), (999_999, ACCURATE), (199_999, INACCURATE), (1_000_000, INACCURATE),
])
def test_vague_amounts(official: int, expected: str) -> None:
    low, high = 200_000, 999_999  # "hundreds of thousands"
    assert verdict(judge_total(low, official, "vague", "hundreds of thousands", low,
                               high)) == expected


def test_vague_ranges_in_the_lexicon() -> None:
    from borderstats.claims.text import VAGUE

    assert VAGUE["hundreds of thousands"] == (200_000, 999_999)
    assert VAGUE["millions"] == (2_000_000, 999_999_999)
    assert VAGUE["thousands"] == (2_000, 99_999)


# -- multiples --------------------------------------------------------------------------------


@pytest.mark.parametrize("actual,expected", [
    (2.0, ACCURATE), (2.2, ACCURATE), (1.8, ACCURATE),          # ±10%
    (2.21, ROUGHLY), (1.79, ROUGHLY), (2.6, ROUGHLY), (1.4, ROUGHLY),  # ±30%
    (2.61, INACCURATE), (1.39, INACCURATE),
])
def test_ratio(actual: float, expected: str) -> None:
    assert verdict(judge_ratio(2, actual, None)) == expected


@pytest.mark.parametrize("actual,expected", [
    (5.01, ACCURATE), (50.0, ACCURATE), (5.0, ROUGHLY), (4.75, ROUGHLY), (4.74, INACCURATE),
])
def test_ratio_more_than(actual: float, expected: str) -> None:
    assert verdict(judge_ratio(5, actual, "more_than")) == expected


@pytest.mark.parametrize("actual,expected", [
    (2.0, ACCURATE), (1.8, ACCURATE), (2.04, ACCURATE),         # -10% .. +2%
    (1.79, ROUGHLY), (1.6, ROUGHLY), (2.05, ROUGHLY), (2.2, ROUGHLY),  # -20% .. +10%
    (1.59, INACCURATE), (2.21, INACCURATE),
])
def test_ratio_nearly(actual: float, expected: str) -> None:
    assert verdict(judge_ratio(2, actual, "nearly")) == expected


# -- changes ----------------------------------------------------------------------------------


@pytest.mark.parametrize("pct,expected", [
    (-0.50, ACCURATE), (-0.40, ACCURATE), (-0.60, ACCURATE),     # "fell by half": ±10 points
    (-0.39, ROUGHLY), (-0.30, ROUGHLY), (-0.70, ROUGHLY),        # ±20 points
    (-0.29, INACCURATE), (-0.71, INACCURATE), (0.10, INACCURATE),
])
def test_change_exact(pct: float, expected: str) -> None:
    half = next(w for p, w in lx.CHANGE_WORDS if p.search("fell by half"))
    assert (half.direction, half.minimum, half.maximum, half.exact) == ("down", 0.4, 0.6, -0.5)
    assert verdict(judge_change(pct, "down", half.minimum, half.maximum, half.exact,
                                "fell by half")) == expected


@pytest.mark.parametrize("pct,expected", [
    (0.25, ACCURATE), (4.0, ACCURATE),                 # "soared": 25% or more, no maximum
    (0.2499, ROUGHLY), (0.15, ROUGHLY),                # 60% of the minimum
    (0.1499, INACCURATE), (0.0, INACCURATE), (-0.3, INACCURATE),
])
def test_change_big_words(pct: float, expected: str) -> None:
    soared = next(w for p, w in lx.CHANGE_WORDS if p.search("soared"))
    assert (soared.direction, soared.minimum, soared.maximum) == ("up", 0.25, None)
    assert verdict(judge_change(pct, "up", soared.minimum, soared.maximum, None,
                                "soared")) == expected


@pytest.mark.parametrize("pct,expected", [
    (0.02, ACCURATE), (0.10, ACCURATE),               # "ticked up": up to 10%
    (0.1001, ROUGHLY), (0.20, ROUGHLY),               # up to twice the maximum
    (0.2001, INACCURATE),
    (0.0101, ACCURATE),                               # any real rise (over 1%)
    (0.01, INACCURATE), (-0.05, INACCURATE),          # flat or down
])
def test_change_small_words(pct: float, expected: str) -> None:
    ticked = next(w for p, w in lx.CHANGE_WORDS if p.search("ticked up"))
    assert (ticked.direction, ticked.minimum, ticked.maximum) == ("up", 0.0, 0.10)
    assert verdict(judge_change(pct, "up", ticked.minimum, ticked.maximum, None,
                                "ticked up")) == expected


@pytest.mark.parametrize("pct,expected", [
    (-0.02, ACCURATE), (-0.9, ACCURATE), (-0.015, ROUGHLY), (-0.012, ROUGHLY),
    (-0.0101, INACCURATE), (-0.01, INACCURATE), (0.05, INACCURATE),
])
def test_change_plain_direction(pct: float, expected: str) -> None:
    fell = next(w for p, w in lx.CHANGE_WORDS if p.search("fell"))
    assert (fell.direction, fell.minimum, fell.maximum) == ("down", 0.02, None)
    assert verdict(judge_change(pct, "down", fell.minimum, fell.maximum, None,
                                "fell")) == expected


def test_change_word_table() -> None:
    table = {w: (c.direction, c.minimum, c.maximum, c.exact) for w in (
        "plummeted", "dipped", "edged up", "surged", "rose", "doubled", "halved")
        for p, c in lx.CHANGE_WORDS if p.search(w)}
    assert table == {
        "plummeted": ("down", 0.25, None, None), "dipped": ("down", 0.0, 0.10, None),
        "edged up": ("up", 0.0, 0.10, None), "surged": ("up", 0.25, None, None),
        "rose": ("up", 0.02, None, None), "doubled": ("up", 0.8, 1.2, 1.0),
        "halved": ("down", 0.4, 0.6, -0.5)}


@pytest.mark.parametrize("actual,claimed,hedge,expected", [
    (-0.40, -0.40, None, ACCURATE), (-0.43, -0.40, None, ACCURATE),   # ±3 points
    (-0.4301, -0.40, None, ROUGHLY), (-0.46, -0.40, None, ROUGHLY),   # ±6 points
    (-0.4601, -0.40, None, INACCURATE), (0.40, -0.40, None, INACCURATE),
    (0.157, 0.16, None, ACCURATE),
    (-0.55, -0.40, "more_than", ACCURATE),   # "fell more than 40%"
    (-0.39, -0.40, "more_than", ACCURATE),   # within 3 points all the same
    (-0.30, -0.40, "more_than", INACCURATE),
    (0.05, 0.10, "less_than", ACCURATE),
])
def test_percent(actual: float, claimed: float, hedge: str | None, expected: str) -> None:
    assert verdict(judge_percent(actual, claimed, hedge)) == expected


# -- ranks and records ------------------------------------------------------------------------


@pytest.mark.parametrize("rank,of,expected", [
    (1, 10, ACCURATE), (3, 10, ACCURATE), (4, 10, ROUGHLY), (5, 10, INACCURATE),  # top 3; third
    (5, 25, ACCURATE), (6, 25, ROUGHLY), (9, 25, ROUGHLY), (10, 25, INACCURATE),  # top 20%
    (13, 65, ACCURATE), (14, 65, ROUGHLY), (22, 65, ROUGHLY), (23, 65, INACCURATE),
])
def test_rank_top_k(rank: int, of: int, expected: str) -> None:
    assert verdict(judge_rank(rank, of, True, 0.5)) == expected


@pytest.mark.parametrize("rank,gap,expected", [
    (1, 0.0, ACCURATE), (2, 0.0, ROUGHLY), (2, 0.02, ROUGHLY), (2, 0.0201, INACCURATE),
    (5, 0.01, ROUGHLY), (2, 0.3, INACCURATE),
])
def test_record(rank: int, gap: float, expected: str) -> None:
    assert verdict(judge_rank(rank, 60, False, gap)) == expected


@pytest.mark.parametrize("percentile,direction,expected", [
    (0.75, "high", ACCURATE), (0.99, "high", ACCURATE), (0.7499, "high", ROUGHLY),
    (0.60, "high", ROUGHLY), (0.5999, "high", INACCURATE),
    (0.25, "low", ACCURATE), (0.2501, "low", ROUGHLY), (0.40, "low", ROUGHLY),
    (0.4001, "low", INACCURATE), (0.9, "low", INACCURATE),
])
def test_level(percentile: float, direction: str, expected: str) -> None:
    assert verdict(judge_level(percentile, direction)) == expected


# -- shares -----------------------------------------------------------------------------------


@pytest.mark.parametrize("claimed,actual,hedge,expected", [
    (0.29, 0.29, None, ACCURATE), (0.29, 0.31, None, ACCURATE), (0.29, 0.27, None, ACCURATE),
    (0.29, 0.3101, None, ROUGHLY), (0.29, 0.34, None, ROUGHLY), (0.29, 0.24, None, ROUGHLY),
    (0.29, 0.3401, None, INACCURATE), (0.25, 0.328, None, INACCURATE),
    (0.5, 0.51, "more_than", ACCURATE), (0.5, 0.49, "more_than", ROUGHLY),
    (0.5, 0.48, "more_than", ROUGHLY), (0.5, 0.4799, "more_than", INACCURATE),
    (0.3, 0.29, "less_than", ACCURATE), (0.3, 0.31, "less_than", ROUGHLY),
    (0.3, 0.33, "less_than", INACCURATE),
])
def test_share(claimed: float, actual: float, hedge: str | None, expected: str) -> None:
    assert verdict(judge_share(claimed, actual, hedge)) == expected


# -- combining ---------------------------------------------------------------------------------


def test_worst_of_several_periods() -> None:
    assert rules.worst([ACCURATE, ROUGHLY]) == ROUGHLY
    assert rules.worst([ACCURATE, INACCURATE, MISLEADING]) == INACCURATE
    assert rules.worst([ACCURATE, UNVERIFIABLE]) == UNVERIFIABLE
    assert rules.worst([]) == UNVERIFIABLE


# -- which words give which hedge ---------------------------------------------------------------


@pytest.mark.parametrize("words,hedge", [
    ("more than 2 million", "more_than"), ("over 2 million", "more_than"),
    ("topped 2 million", "more_than"), ("exceeded 2 million", "more_than"),
    ("at least 2 million", "at_least"), ("just over 2 million", "just_over"),
    ("nearly 2 million", "nearly"), ("almost 2 million", "nearly"),
    ("close to 2 million", "nearly"), ("about 2 million", "about"),
    ("roughly 2 million", "about"), ("some 2 million", "about"),
    ("fewer than 2 million", "less_than"), ("under 2 million", "less_than"),
    ("up to 2 million", "at_most"), ("2 million", None),
])
def test_hedge_words(words: str, hedge: str | None) -> None:
    from borderstats.claims.text import quantities

    (quantity,) = quantities(words)
    assert (quantity.value, quantity.hedge) == (2_000_000, hedge)


@pytest.mark.parametrize("words,value,hedge", [
    ("more than half", 0.5, "more_than"), ("most of", 0.5, "more_than"),
    ("a majority of", 0.5, "more_than"), ("about a third", 1 / 3, "about"),
    ("a quarter", 0.25, None),
])
def test_fraction_words(words: str, value: float, hedge: str | None) -> None:
    from borderstats.claims.text import quantities

    (quantity,) = [q for q in quantities(words) if q.kind == "fraction"]
    assert quantity.value == pytest.approx(value) and quantity.hedge == hedge
