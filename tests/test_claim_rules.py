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
    (1_900_000, ROUGHLY),       # -5.0%: just short, as close as a plain figure's "roughly"
    (1_899_999, INACCURATE),    # below -5%
])
def test_more_than(official: int, expected: str) -> None:
    assert verdict(judge_total(2_000_000, official, "more_than", "2 million")) == expected


def test_at_least_includes_the_number() -> None:
    assert verdict(judge_total(2_000_000, 2_000_000, "at_least", "2 million")) == ACCURATE
    assert verdict(judge_total(2_000_000, 1_900_000, "at_least", "2 million")) == ROUGHLY
    assert verdict(judge_total(2_000_000, 1_890_000, "at_least", "2 million")) == INACCURATE


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
    (255_000, ROUGHLY),         # over it, by as much as "more than" may fall short (5%)
    (262_500, ROUGHLY),
    (262_501, INACCURATE),
])
def test_nearly(official: int, expected: str) -> None:
    assert verdict(judge_total(250_000, official, "nearly", "250,000")) == expected


@pytest.mark.parametrize("hedge,official,expected", [
    ("less_than", 99_999, ACCURATE),
    ("less_than", 100_000, ROUGHLY),
    ("less_than", 105_000, ROUGHLY),   # +5%
    ("less_than", 105_001, INACCURATE),
    ("at_most", 100_000, ACCURATE),
    ("at_most", 105_000, ROUGHLY),
    ("at_most", 105_001, INACCURATE),
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
    ("2 million", 2_000_000, 2_100_000, ACCURATE),        # one digit: capped at ±5%
    ("2 million", 2_000_000, 2_100_001, ROUGHLY),
    ("2 million", 2_000_000, 2_200_000, ROUGHLY),         # ±10%, twice the cap
    ("2 million", 2_000_000, 2_200_001, INACCURATE),
    ("176,195", 176_195, 177_075, ACCURATE),             # exact figures: ±0.5% floor
    ("176,195", 176_195, 177_077, ROUGHLY),
])
def test_plain(words: str, claimed: float, official: int, expected: str) -> None:
    assert verdict(judge_total(claimed, official, None, words)) == expected


@pytest.mark.parametrize("official,expected", [
    (2_100_000, ACCURATE),      # "about 2 million": ±5% (one digit, capped at 5%)
    (1_900_000, ACCURATE),
    (1_899_999, ROUGHLY),
    (1_800_000, ROUGHLY),       # 10%, twice the tolerance
    (1_799_999, INACCURATE),
])
def test_about_a_round_number(official: int, expected: str) -> None:
    assert verdict(judge_total(2_000_000, official, "about", "about 2 million")) == expected


@pytest.mark.parametrize("official,expected", [
    (2_048_000, ACCURATE),      # "about 2.05 million": ±2% (the floor for "about")
    (2_091_000, ACCURATE),
    (2_091_001, ROUGHLY),
    (2_152_500, ROUGHLY),       # 5%: a stated figure more than 5% off is not roughly right
    (2_152_501, INACCURATE),
])
def test_about_a_precise_number(official: int, expected: str) -> None:
    assert verdict(judge_total(2_050_000, official, "about", "about 2.05 million")) == expected


@pytest.mark.parametrize("official,expected", [
    (200_000, ACCURATE), (999_999, ACCURATE), (199_999, INACCURATE),
    # Above the range, an amount in words understates: roughly right, not wrong.
    (1_000_000, ROUGHLY), (3_400_000, ROUGHLY),
])
def test_vague_amounts(official: int, expected: str) -> None:
    low, high = 200_000, 999_999  # "hundreds of thousands"
    assert verdict(judge_total(low, official, "vague", "hundreds of thousands", low,
                               high)) == expected


def test_a_range_exceeded_is_wrong() -> None:
    assert verdict(judge_total(750, 1_200, "vague", "entre 750 y 1,000", 750,
                               1_000)) == INACCURATE


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
    (0.15, ACCURATE), (4.0, ACCURATE),                 # "soared": 15% or more, no maximum
    (0.1499, ROUGHLY), (0.09, ROUGHLY),                # 60% of the minimum
    (0.0899, INACCURATE), (0.0, INACCURATE), (-0.3, INACCURATE),
])
def test_change_big_words(pct: float, expected: str) -> None:
    soared = next(w for p, w in lx.CHANGE_WORDS if p.search("soared"))
    assert (soared.direction, soared.minimum, soared.maximum) == ("up", 0.15, None)
    assert verdict(judge_change(pct, "up", soared.minimum, soared.maximum, None,
                                "soared")) == expected


@pytest.mark.parametrize("pct,expected", [
    (0.02, ACCURATE), (0.10, ACCURATE),               # "ticked up": up to 10%
    (0.1001, ROUGHLY), (0.20, ROUGHLY),               # up to twice the maximum
    (0.2001, INACCURATE),
    (0.0101, ACCURATE), (0.005, ACCURATE),            # any rise: the word says it is small
    (0.0, INACCURATE), (-0.05, INACCURATE),           # flat or down
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


@pytest.mark.parametrize("pct,expected", [
    (-0.006, ACCURATE), (-0.0001, ACCURATE), (0.0, INACCURATE), (0.006, INACCURATE),
])
def test_change_direction_only_between_stated_levels(pct: float, expected: str) -> None:
    # "Dropped to 26,000 from 26,191": the word claims the direction alone.
    fell = next(w for p, w in lx.CHANGE_WORDS if p.search("fell"))
    assert verdict(judge_change(pct, "down", fell.minimum, fell.maximum, None, "dropped",
                                direction_only=True)) == expected


def test_change_word_table() -> None:
    table = {w: (c.direction, c.minimum, c.maximum, c.exact) for w in (
        "plummeted", "dipped", "edged up", "surged", "rose", "doubled", "halved")
        for p, c in lx.CHANGE_WORDS if p.search(w)}
    assert table == {
        # (A bare "dipped" is any fall; "dipped slightly" a small one.)
        "plummeted": ("down", 0.15, None, None), "dipped": ("down", 0.02, None, None),
        "edged up": ("up", 0.0, 0.10, None), "surged": ("up", 0.15, None, None),
        "rose": ("up", 0.02, None, None), "doubled": ("up", 0.8, 1.2, 1.0),
        "halved": ("down", 0.4, 0.6, -0.5)}


@pytest.mark.parametrize("actual,claimed,hedge,expected", [
    (-0.40, -0.40, None, ACCURATE), (-0.41, -0.40, None, ACCURATE),   # ±1 point
    (-0.4101, -0.40, None, ROUGHLY), (-0.45, -0.40, None, ROUGHLY),   # ±5 points
    (-0.4501, -0.40, None, INACCURATE), (0.40, -0.40, None, INACCURATE),
    (4.08, 4.0, None, ACCURATE), (4.4, 4.0, None, ROUGHLY),    # "a 400% increase": ±2%, ±10%
    (4.41, 4.0, None, INACCURATE),
    (0.157, 0.16, None, ACCURATE),
    (-0.55, -0.40, "more_than", ACCURATE),   # "fell more than 40%"
    (-0.39, -0.40, "more_than", ACCURATE),   # within a point all the same
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
    (1, 0.0, ACCURATE), (2, 0.0, ROUGHLY), (2, 0.01, ROUGHLY), (2, 0.0101, INACCURATE),
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
    # "… or more", "… or higher", "o más" after the number: a lower bound.
    ("2 million or more", "at_least"), ("2 millones o más", "at_least"),
    # A plus after the figure or before its scale: "2+ million", "2 million+".
    ("2+ million", "more_than"), ("2 million+", "more_than"),
])
def test_hedge_words(words: str, hedge: str | None) -> None:
    from borderstats.claims.text import quantities

    (quantity,) = quantities(words)
    assert (quantity.value, quantity.hedge) == (2_000_000, hedge)


def test_a_rate_or_higher_is_a_lower_bound() -> None:
    from borderstats.claims.text import quantities

    (quantity,) = quantities("expelled at rates 40 percent or higher every month")
    assert (quantity.value, quantity.kind, quantity.hedge) == (40, "percent", "at_least")


@pytest.mark.parametrize("words,value,hedge", [
    ("more than half", 0.5, "more_than"), ("most of", 0.5, "more_than"),
    ("a majority of", 0.5, "more_than"), ("about a third", 1 / 3, "about"),
    ("a quarter", 0.25, None),
])
def test_fraction_words(words: str, value: float, hedge: str | None) -> None:
    from borderstats.claims.text import quantities

    (quantity,) = [q for q in quantities(words) if q.kind == "fraction"]
    assert quantity.value == pytest.approx(value) and quantity.hedge == hedge


# -- one country's series against another's ----------------------------------------------------


@pytest.mark.parametrize("ratio,direction,expected", [
    (1.17, "up", ACCURATE), (1.0001, "up", ACCURATE),     # more: any ratio above 1
    (1.0, "up", ROUGHLY), (0.95, "up", ROUGHLY),          # within 5% on the wrong side
    (0.9499, "up", INACCURATE), (0.67, "up", INACCURATE),
    (0.85, "down", ACCURATE), (1.0, "down", ROUGHLY),     # fewer: the mirror image
    (1 / 0.95, "down", ROUGHLY), (1.06, "down", INACCURATE),
])
def test_more_than_the_other_series(ratio: float, direction: str, expected: str) -> None:
    assert verdict(rules.judge_more(ratio, direction)) == expected


# -- the reasons in Spanish --------------------------------------------------------------------


def test_reasons_in_spanish() -> None:
    assert judge_total(2_000_000, 2_100_000, "more_than", "2 millones", lang="es")[1] == \
        "por encima de 2,000,000"
    assert "respecto a" in judge_total(2_000_000, 2_300_000, None, "2 millones", lang="es")[1]
    assert "casi 2×" in judge_ratio(2, 1.9, "nearly", lang="es")[1]
    assert "corresponde a 'se desplomaron'" in judge_change(
        -0.5, "down", 0.25, None, None, "se desplomaron", lang="es")[1]
    assert "puntos" in judge_percent(-0.4, -0.3, lang="es")[1]
    assert judge_rank(1, 10, False, 0, lang="es")[1] == "el récord entre 10"
    assert "meses registrados" in judge_level(0.9, "high", lang="es")[1]
    assert "no más de 50%" in judge_share(0.5, 0.33, "more_than", lang="es")[1]
    # The verdicts do not depend on the language.
    for lang in ("en", "es"):
        assert verdict(judge_total(250_000, 224_999, "nearly", "250.000", lang=lang)) == ROUGHLY


def test_every_reason_has_the_same_placeholders_in_both_languages() -> None:
    import string

    from borderstats.claims.i18n import WORDS

    english, spanish = WORDS.words("en", "reasons"), WORDS.words("es", "reasons")
    assert english.keys() == spanish.keys() and english
    for key, en in english.items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(t) if f}
                  for t in (en, spanish[key])]
        assert fields[0] == fields[1], key


# -- Spanish numbers, hedges and words ----------------------------------------------------------


@pytest.mark.parametrize("words,value,kind,hedge", [
    ("más de 2 millones", 2_000_000, "count", "more_than"),
    ("1,2 millones", 1_200_000, "count", None),          # decimal comma
    ("1.2 millones", 1_200_000, "count", None),          # decimal point (Mexico)
    ("2.475 millones", 2_475_000, "count", None),        # a decimal before a scale word
    ("250.000", 250_000, "count", None),                 # thousands point
    ("1.231.320", 1_231_320, "count", None),
    ("casi 250.000", 250_000, "count", "nearly"),
    ("unos 124.000", 124_000, "count", "about"),
    ("poco más de 20.000", 20_000, "count", "just_over"),
    ("alrededor de un millón", 1_000_000, "count", "about"),
    ("medio millón", 500_000, "count", None),
    ("superaron los 50.000", 50_000, "count", "more_than"),
    ("menos de 600", 600, "count", "less_than"),
    ("casi el 30%", 30, "percent", "nearly"),
    ("más del 50%", 50, "percent", "more_than"),
    ("el 29,3%", 29.3, "percent", None),
    ("el doble", 2, "multiplier", None),
    ("casi el doble", 2, "multiplier", "nearly"),
    ("más del doble", 2, "multiplier", "more_than"),
    ("diez veces", 10, "multiplier", None),
    ("2,5 veces", 2.5, "multiplier", None),
    ("se multiplicaron por cinco", 5, "multiplier", None),
    ("la mitad que en 2023", 0.5, "multiplier", None),   # a fraction used as a multiple
    ("la mitad", 0.5, "fraction", None),
    ("un tercio", 1 / 3, "fraction", None),
    ("dos tercios", 2 / 3, "fraction", None),
    ("más de la mitad", 0.5, "fraction", "more_than"),
    ("la mayoría", 0.5, "fraction", "more_than"),
    ("cientos de miles", 200_000, "vague", "vague"),
])
def test_spanish_quantities(words: str, value: float, kind: str, hedge: str | None) -> None:
    from borderstats.claims.text import quantities

    (quantity,) = [q for q in quantities(words) if q.kind not in ("count",) or kind == "count"]
    assert (quantity.value, quantity.kind, quantity.hedge) == (pytest.approx(value), kind,
                                                              hedge)


@pytest.mark.parametrize("text", [
    "el 5 de junio", "20 años", "12 horas", "en 2024",
    # A share of the border's length, and money: no people counted.
    "el sector Tucson, que abarca el 90 por ciento de la frontera de Arizona",
    "The Tucson sector covers about 90 percent of the Arizona border",
    "millions of dollars in new agents", "miles de dólares",
    # What agents seize is no count of people, nor a share of it.
    "making over 17,150 seizures of drugs", "and drug seizures (28 percent)",
])
def test_spanish_non_quantities(text: str) -> None:
    from borderstats.claims.text import quantities

    assert quantities(text) == []


@pytest.mark.parametrize("words,value", [
    ("250.000", 0.02), ("1,2 millones", 0.05 / 1.2), ("2.475 millones", 0.0005 / 2.475),
])
def test_precision_of_spanish_notation(words: str, value: float) -> None:
    from borderstats.claims.text import quantities

    (quantity,) = quantities(words)
    assert precision(quantity.words, quantity.value) == pytest.approx(value)


def test_spanish_change_words() -> None:
    table = {w: (c.direction, c.minimum, c.maximum, c.exact) for w in (
        "se desplomaron", "cayeron", "aumentaron", "repuntaron", "repuntaron ligeramente",
        "se dispararon", "cayeron a la mitad", "se duplicaron", "bajaron ligeramente")
        for p, c in [next((p, c) for p, c in lx.CHANGE_WORDS if p.search(w))]}
    assert table == {
        "se desplomaron": ("down", 0.15, None, None), "cayeron": ("down", 0.02, None, None),
        "aumentaron": ("up", 0.02, None, None), "repuntaron": ("up", 0.02, None, None),
        "repuntaron ligeramente": ("up", 0.0, 0.10, None),
        "se dispararon": ("up", 0.15, None, None),
        "cayeron a la mitad": ("down", 0.4, 0.6, -0.5),
        "se duplicaron": ("up", 0.8, 1.2, 1.0), "bajaron ligeramente": ("down", 0.0, 0.10, None)}
    # "bajo" is a preposition ("bajo el Título 42"), not "bajó".
    assert not any(p.search("expulsiones bajo el Título 42") for p, _ in lx.CHANGE_WORDS)


@pytest.mark.parametrize("text,found", [
    ("la cifra más alta desde 2019", True), ("un máximo histórico", True),
    ("una cifra récord", True), ("las más bajas desde 1971", True),
    ("uno de los meses con más detenciones", True),
    ("un 9% más altas que en febrero", False),  # a comparative, not a record
])
def test_spanish_record_words(text: str, found: bool) -> None:
    assert bool(lx.TOP_K.search(text) or lx.RANK_LOW.search(text)
                or lx.RANK_HIGH.search(text)) is found


@pytest.mark.parametrize("text", ["las casi récord 221,000 detenciones de diciembre",
                                  "a near-record 221,000 in December"])
def test_near_a_record_is_among_the_highest_not_the_record(text: str) -> None:
    assert lx.TOP_K.search(text) and not lx.RANK_HIGH.search(text)


def test_jumping_the_border_is_no_change() -> None:
    assert not any(p.search("68,925 jumped the border between ports of entry")
                   for p, _ in lx.CHANGE_WORDS)
    assert any(p.search("apprehensions jumped 20 percent") for p, _ in lx.CHANGE_WORDS)


def test_spanish_windows_and_trends() -> None:
    assert lx.window_years("la más alta en dos décadas") == 20
    assert lx.window_years("la más baja en 15 años") == 15
    # Any number in words: "in forty five years", "en veinticinco años", "in twenty years".
    assert lx.window_years("the lowest illegal immigration in forty five years") == 45
    assert lx.window_years("la cifra más baja en veinticinco años") == 25
    assert lx.window_years("the highest in twenty-one years") == 21
    assert lx.TREND_HIGH.search("se mantuvieron altas") and lx.TREND_LOW.search(
        "se mantuvieron bajas")
    assert lx.TREND_RISE.search("siguieron aumentando") and lx.TREND_FALL.search(
        "siguieron cayendo")


# -- language detection ------------------------------------------------------------------------


@pytest.mark.parametrize("text,lang", [
    ("México detuvo a 1,2 millones de migrantes en 2024, según la UPM.", "es"),
    ("Mexico detained 1.2 million migrants in 2024, according to officials.", "en"),
    ("La Patrulla Fronteriza registró más encuentros en la frontera.", "es"),
    ("", "en"), ("12345 % $", "en"),
])
def test_language_detection(text: str, lang: str) -> None:
    from borderstats.claims.i18n import detect_language

    assert detect_language(text) == lang


# -- what the words count ------------------------------------------------------------------------


@pytest.mark.parametrize("text,topic", [
    ("México detuvo a 1,2 millones de migrantes", "mx_detentions"),
    ("presentados ante el INM", "mx_detentions"),
    ("canalizados al DIF", "mx_detentions"),
    ("Mexico is also detaining more migrants", "mx_detentions"),
    ("las detenciones en México", "mx_detentions"),
    ("México deportó a 20.000 extranjeros", "mx_returns"),
    ("las devoluciones de extranjeros desde México", "mx_returns"),
    ("Guatemala recibió a 24.395 connacionales", "gt_returns"),
    ("guatemaltecos retornados desde México", "gt_returns"),
    ("cruzaron la selva del Darién", "darien"),
    ("Estados Unidos deportó a 170.000 personas", "removals"),
    ("la Patrulla Fronteriza detuvo a 2 millones", "apprehensions"),
    ("en la frontera con México, la Patrulla Fronteriza detuvo", "apprehensions"),
    ("at the U.S.-Mexico border, agents detained", "apprehensions"),
    ("los encuentros en la frontera sur", "encounters"),
    ("los cruces irregulares", "crossings"),
    ("el Instituto Nacional de Migración presentó a 300.000 extranjeros", "mx_detentions"),
])
def test_topics(text: str, topic: str) -> None:
    from borderstats.claims.extract import _nearest_topic

    found, _ = _nearest_topic(text, None)
    assert found is not None and found.id == topic


@pytest.mark.parametrize("sentence,context,place", [
    # (the sentence, the rest of the text, where "la frontera sur/norte" is)
    ("La Patrulla Fronteriza detuvo a 2 millones en la frontera sur.", "", "southwest"),
    ("El INM detuvo a 300.000 en la frontera sur.", "", "mexico_south"),
    ("En la frontera sur, en Chiapas, hubo 300.000 detenciones.", "", "mexico_south"),
    ("Las detenciones en la frontera sur crecieron.", "Según EE.UU. y la CBP.", "southwest"),
    ("Las detenciones en la frontera sur crecieron.", "En Tapachula y Suchiate.",
     "mexico_south"),
    ("Las detenciones en la frontera sur crecieron.", "", "southwest"),  # no cue: the US's
    ("Los cruces en la frontera norte cayeron.", "", "southwest"),  # Mexico's north
    ("Los cruces en la frontera norte cayeron.", "Y en Canadá también.", "northern"),
    ("La frontera sur de Estados Unidos registró 2 millones de cruces.", "", "southwest"),
    ("La frontera sur de México registró 2 millones de cruces.", "", "mexico_south"),
])
def test_whose_border(sentence: str, context: str, place: str) -> None:
    import datetime as dt

    from borderstats.claims.extract import extract

    claims = extract(context + "\n\n" + sentence, dt.date(2024, 6, 20))
    claim = next(c for c in claims if c.sentence.text == sentence)
    assert claim.place == place


# -- Spanish time words ------------------------------------------------------------------------


@pytest.mark.parametrize("text,kind,labels", [
    ("en el año fiscal 2023", "fiscal_year", ["FY2023"]),
    ("en enero de 2024", "month", ["2024-01"]),
    ("en diciembre", "month", ["2023-12"]),
    ("el pasado diciembre", "month", ["2023-12"]),
    ("en el año calendario 2023", "year", ["2023"]),
    ("desde 2019", "since", ["2019-01..2024-05"]),
    ("entre 2019 y 2021", "range", ["2019..2021"]),
    ("el año pasado", "relative", ["2023"]),
    # The fiscal year under way, named whole: the checker reads it to date (evaluate._to_date)
    ("en lo que va del año fiscal", "relative", ["FY2024"]),
    ("en los dos últimos años fiscales", "relative", ["FY2022", "FY2023"]),
    ("bajo el gobierno de Biden", "presidency", ["2021-01..2024-05"]),
    ("durante el sexenio de López Obrador", "presidency", ["2018-12..2024-05"]),
])
def test_spanish_time(text: str, kind: str, labels: list[str]) -> None:
    import datetime as dt

    from borderstats.claims.timex import time_refs

    (ref,) = [r for r in time_refs(text, dt.date(2024, 6, 20)) if r.kind != "anaphor"]
    assert (ref.kind, [p.label for p in ref.periods]) == (kind, labels)


# -- the Spanish texts of the checker -----------------------------------------------------------


def test_every_measure_has_a_spanish_title_and_caveats() -> None:
    from borderstats.claims.i18n import CAVEATS_ES, TITLES_ES
    from borderstats.metrics import catalog

    for measure in catalog():
        assert measure in TITLES_ES and len(CAVEATS_ES[measure]) >= 3, measure


def test_every_message_has_both_languages_with_the_same_placeholders() -> None:
    import string

    from borderstats.claims.i18n import LABELS, MESSAGES, NOTES

    # "Januaries" is one word in English and "meses de enero" in Spanish.
    different = {"like_same_month"}
    for table in (MESSAGES, NOTES, LABELS):
        for key, (en, es) in table.items():
            assert en and es, key
            if key in different:
                continue
            # A message with a singular and a plural form has the same forms in both.
            forms = [t if isinstance(t, dict) else {"": t} for t in (en, es)]
            assert forms[0].keys() == forms[1].keys(), key
            for form in forms[0]:
                fields = [{f for _, f, _, _ in string.Formatter().parse(t[form]) if f}
                          for t in forms]
                assert fields[0] == fields[1], (key, form)


def test_a_record_low_missed_says_how_far_above_the_low() -> None:
    # 181,774 against a record low of 11,127: (181,774 - 11,127) / 11,127 = 15.34 above it,
    # 16.3 times the low; 12,000 is 7.8% above it.
    far = judge_rank(264, 279, False, (181_774 - 11_127) / 11_127, high=False)
    assert far == (INACCURATE, "rank 264 of 279 from the bottom, 16.3 times the record low")
    near = judge_rank(2, 279, False, (12_000 - 11_127) / 11_127, high=False)
    assert near == (INACCURATE, "rank 2 of 279 from the bottom, 7.8% above the record low")
    assert judge_rank(2, 60, False, 0.3)[1] == "rank 2 of 60, 30.0% below the record"


@pytest.mark.parametrize("words,value,role", [
    # Events come whole: a fraction with no scale is a figure with its scale left out ...
    ("the record 1.7 migrant arrivals", 1.7, "unscaled"),
    # ... while a scaled one is a count, to the unit (2.05 million is 2,050,000).
    ("2.05 million arrests", 2_050_000, "count"),
    ("40,000+ people", 40_000, "count"),
])
def test_count_roles(words: str, value: float, role: str) -> None:
    from borderstats.claims.text import quantities

    (quantity,) = quantities(words)
    assert (quantity.value, quantity.role) == (value, role)
