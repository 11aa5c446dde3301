"""Event analysis: the catalog, effects recovered from synthetic series with a known injected
effect and known seasonality (interval coverage measured over many series), placebos that
show nothing where nothing happened, and the real series."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
import pytest

from borderstats.errors import BorderstatsError, QueryError
from borderstats.events import analyse, event_effects, first_affected_month, load_events
from borderstats.monthly import MonthlySeries
from borderstats.periods import add_months
from borderstats.query import Engine

START = dt.date(2010, 1, 1)
LENGTH = 120
EVENT_AT = 100          # the first affected month's position
EFFECT = 0.6            # the event multiplies the counts by 0.6: a 40% drop


def synthetic(seed: int, effect: float = 1.0, months: int = 3) -> tuple[MonthlySeries, float]:
    """A series with a random-walk level, a known seasonal pattern (±30%) and noise, and an
    effect multiplying ``months`` months from EVENT_AT; also the true effect in counts."""
    rng = np.random.default_rng(seed)
    month = np.arange(LENGTH)
    season = 0.3 * np.sin(2 * np.pi * month / 12) + 0.1 * np.cos(4 * np.pi * month / 12)
    level = 9.0 + np.cumsum(rng.normal(0, 0.03, LENGTH))
    clean = np.exp(level + season + rng.normal(0, 0.05, LENGTH))
    hit = clean.copy()
    hit[EVENT_AT:EVENT_AT + months] *= effect
    values = [int(round(v)) for v in hit]
    true_effect = float(sum(values[EVENT_AT:EVENT_AT + months])
                        - sum(round(v) for v in clean[EVENT_AT:EVENT_AT + months]))
    series = MonthlySeries("synthetic", "synthetic", "count", {},
                           [add_months(START, i) for i in range(LENGTH)], values, [])
    return series, true_effect


FIRST = add_months(START, EVENT_AT)


def test_injected_effect_is_inside_its_interval_over_many_series() -> None:
    covered, estimates, significant = 0, [], 0
    runs = 100
    for seed in range(runs):
        series, truth = synthetic(seed, EFFECT)
        result = analyse(series, FIRST, months=3, placebos=0)
        covered += result.effect_low <= truth <= result.effect_high
        significant += result.effect_high < 0
        estimates.append(result.effect_percent)
    # 95% intervals cover about 91% (300 series: docs/analysis.md): they carry the model's
    # noise but not the uncertainty of its fitted parameters.
    assert 0.82 <= covered / runs <= 0.99
    # The 40% drop is recovered on average, and found in nearly every series.
    assert np.mean(estimates) == pytest.approx(-40, abs=4)
    assert significant / runs >= 0.9


def test_no_event_gives_no_effect_most_of_the_time() -> None:
    false_alarms, runs = 0, 100
    for seed in range(1000, 1000 + runs):
        series, truth = synthetic(seed, effect=1.0)
        assert truth == 0
        result = analyse(series, FIRST, months=3, placebos=0)
        false_alarms += result.effect_high < 0 or result.effect_low > 0
    # Nominal 5%; about 11% measured over 500 series (docs/analysis.md).
    assert false_alarms / runs <= 0.2


def test_placebos_show_none_and_the_real_effect_stands_out() -> None:
    series, _ = synthetic(7, EFFECT)
    result = analyse(series, FIRST, months=3, placebos=12)
    assert len(result.placebos) == 12
    # Placebo windows all end before the event, and within the fitting window.
    assert all(p.first_month < "2018-03" for p in result.placebos)
    assert max(abs(p.effect_percent) for p in result.placebos) < 25
    assert result.placebo_p == pytest.approx(1 / 13)
    assert result.placebo_false_positive_rate <= 2 / 12
    assert result.distinguishable


def test_seasonality_explains_a_naive_drop() -> None:
    # Months 102..104 are July–September: the synthetic season falls about 26% from
    # April–June, so the naive before/after change is a drop the counterfactual expects.
    series, _ = synthetic(3, effect=1.0)
    result = analyse(series, add_months(START, 102), months=3, placebos=0)
    before = sum(series.values[99:102])
    after = sum(series.values[102:105])
    assert result.before_total == before and result.observed_total == after
    assert result.naive_change == after - before
    assert result.naive_percent == pytest.approx(100 * (after / before - 1), abs=0.01)
    assert result.naive_percent < -15
    assert result.effect_low <= 0 <= result.effect_high
    assert result.expected_change == pytest.approx(result.counterfactual_total - before)


def test_event_day_decides_the_first_month() -> None:
    assert first_affected_month(dt.date(2023, 5, 12)) == dt.date(2023, 5, 1)
    assert first_affected_month(dt.date(2023, 12, 21)) == dt.date(2024, 1, 1)
    assert first_affected_month(dt.date(2024, 6, 15)) == dt.date(2024, 6, 1)


def test_catalog_events_are_dated_described_and_referenced() -> None:
    events = load_events()
    for name in ("title42_start", "title42_end", "us_mexico_agreement_2019", "mpp_start",
                 "mexico_enforcement_dec_2023", "asylum_proclamation_june_2024",
                 "january_2025"):
        event = events[name]
        assert event.reference.startswith("https://")
        assert len(event.title) > 20 and "\n" not in event.title
        assert event.country in ("USA", "MEX")
    assert events["title42_end"].date == dt.date(2023, 5, 12)


def test_user_events_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('[[event]]\nid = "my_event"\ndate = 2022-03-10\ncountry = "MEX"\n'
                    'title = "Something happened"\nreference = "https://example.org/x"\n')
    events = load_events(path)
    assert events["my_event"].first_month == dt.date(2022, 3, 1)
    assert events["my_event"].origin == str(path) and "title42_end" in events
    path.write_text('[[event]]\nid = "bad"\ndate = "March 2022"\ncountry = "MEX"\n'
                    'title = "x"\nreference = "https://example.org/x"\n')
    with pytest.raises(BorderstatsError, match=r"mine.toml, event 1, field 'date'"):
        load_events(path)


def test_too_short_a_history_is_a_clear_error() -> None:
    series, _ = synthetic(1)
    with pytest.raises(QueryError, match="needs 36"):
        analyse(series, add_months(START, 20))
    with pytest.raises(QueryError, match="not all published"):
        analyse(series, add_months(START, LENGTH - 2), months=3)


# -- the real series --------------------------------------------------------------------


def test_december_2023_surge_on_border_patrol_encounters(engine: Engine) -> None:
    result = event_effects(engine, "mexico_enforcement_dec_2023")
    effect = result.effects[0]
    assert effect.months == ["2024-01", "2024-02", "2024-03"]
    assert effect.before_months == ["2023-10", "2023-11", "2023-12"]
    # The official monthly figures, added by hand: Jan–Mar 2024 and Oct–Dec 2023.
    months = {m: engine.query("usbp_swb_encounters", m).value
              for m in effect.before_months + effect.months}
    assert effect.observed_total == sum(months[m] for m in effect.months)
    assert effect.before_total == sum(months[m] for m in effect.before_months)
    assert effect.naive_change == effect.observed_total - effect.before_total
    # The counterfactual expects no winter drop (spring rises), so the estimated effect is
    # larger than the naive change; its interval is wide and placebos are reported.
    assert effect.effect_percent < effect.naive_percent < 0
    assert effect.effect_low < effect.effect < effect.effect_high
    assert len(effect.placebos) == 12 and 0 < effect.placebo_p <= 1
    assert effect.fit_window[1] == "2023-12"
    assert any("usbp" in s or "cbp" in s for s in effect.sources)
    assert effect.to_frame()["observed"].notna().all()
    assert math.isfinite(effect.to_dict()["effect_percent"])


def test_by_dimension_gives_one_effect_per_value(engine: Engine) -> None:
    result = event_effects(engine, "title42_end", by="sector", top=3, placebos=4)
    assert result.by == "sector" and 1 <= len(result.effects) <= 3
    assert all(e.group for e in result.effects)
    assert len(set(result.to_frame()["group"])) == len(result.effects)


def test_unknown_event_names_the_catalog(engine: Engine) -> None:
    with pytest.raises(QueryError, match="not in the catalog"):
        event_effects(engine, "no_such_event")


# -- evidence for claims that attribute a change to a policy ------------------------------


def test_texts_name_events_by_their_cues() -> None:
    from borderstats.events import events_named_in

    text = ("Illegal border crossings plummeted by January after Mexico stepped up "
            "enforcement following talks with the US.")
    assert [e.id for e in events_named_in(text)] == ["mexico_enforcement_dec_2023"]
    both = events_named_in("The executive order at the border emergency …",
                           near=dt.date(2024, 7, 1))
    assert [e.id for e in both] == ["asylum_proclamation_june_2024", "january_2025"]
    assert events_named_in("Crossings fell in January.") == []


def test_attribution_evidence_splits_the_change(engine: Engine) -> None:
    from borderstats.events import attribution_evidence

    evidence = attribution_evidence(engine, "asylum_proclamation_june_2024")
    effect = event_effects(engine, "asylum_proclamation_june_2024").effects[0]
    assert evidence.naive_change == effect.naive_change < 0
    # The share of the naive change that season and trend alone expected.
    assert evidence.share_explained_by_season == pytest.approx(
        effect.expected_change / effect.naive_change, abs=1e-3)
    assert evidence.distinguishable == effect.distinguishable
    assert evidence.query.startswith("borderstats events asylum_proclamation_june_2024")
    assert "-48%" in evidence.summary and "counterfactual" in evidence.summary


def test_the_checkers_title42_era_runs_between_the_two_events() -> None:
    # The claim checker's Title 42 months are those of the events the analysis measures.
    from borderstats.claims.timex import TITLE42
    catalog = load_events()
    assert TITLE42.start == catalog["title42_start"].date.replace(day=1)
    assert TITLE42.end == catalog["title42_end"].date.replace(day=1)
