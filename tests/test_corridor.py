"""The corridor view: Darién → Mexico → US Southwest border for one period."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from borderstats.corridor import corridor
from borderstats.errors import QueryError
from borderstats.query import Engine


def test_december_2023_by_nationality(engine: Engine) -> None:
    result = corridor(engine, "2023-12", by_nationality=True)
    assert [s.key for s in result.stages] == ["darien", "mexico", "us_swb", "us_swb_usbp"]
    # Each stage's total is exactly its measure's own answer.
    for stage in result.stages:
        own = engine.query(stage.measure, "2023-12")
        assert stage.value == own.value and stage.complete
        assert [p.release_id for p in stage.provenance] == [p.release_id
                                                            for p in own.provenance]
    assert [s.value for s in result.stages] == [24_626, 94_816, 301_981, 249_740]
    ven = next(r for r in result.nationalities if r["citizenship"] == "VEN")
    assert ven["name"] == "Venezuela"
    assert (ven["darien"], ven["mexico"], ven["us_swb"]) == (11_505, 28_132, 57_847)
    # The Border Patrol's Southwest file names only four countries, but the nationwide
    # area-of-responsibility table names Venezuela: the finer table answers the breakdown
    # (the sum of its Border Patrol, Southwest, VENEZUELA rows for December 2023).
    assert ven["us_swb_usbp"] == 46_917
    usbp = result.stage("us_swb_usbp")
    assert "aor_monthly" in usbp.nationality_source
    assert sum(v or 0 for v in usbp.nationalities.values()) == usbp.value
    assert ven["mexico_per_darien"] == pytest.approx(28_132 / 11_505)
    assert ven["us_swb_per_mexico"] == pytest.approx(57_847 / 28_132)
    # Largest first, by the Darién; the breakdowns add up to the stage totals.
    assert result.nationalities[0]["citizenship"] == "VEN"
    for stage in result.stages[:3]:
        assert sum(v or 0 for v in stage.nationalities.values()) == stage.value
    us = result.stage("us_swb")
    assert "state_monthly" in us.nationality_source  # CBP's official nationwide state file
    darien = result.stage("darien")
    assert "compiled by IOM" in darien.nationality_source


def test_ratios_and_their_caveats(engine: Engine) -> None:
    result = corridor(engine, "2023-12", by_nationality=True)
    assert [(r.numerator, r.denominator) for r in result.ratios] == [
        ("mexico", "darien"), ("us_swb", "mexico")]
    first = result.ratios[0]
    assert first.value == pytest.approx(94_816 / 24_626)
    assert "MEX" not in first.by_nationality and "GTM" not in first.by_nationality
    text = " ".join(result.caveats)
    for words in ("transits", "events", "encounters", "weeks", "never cross the Darién",
                  "fly", "repeat", "third-party"):
        assert words in text, words


def test_a_year_and_missing_stages(engine: Engine) -> None:
    year = corridor(engine, "2023")
    assert [s.value for s in year.stages[:3]] == [
        520_085, 778_907, engine.query("swb_encounters", "2023").value]
    assert year.nationalities == [] and year.stages[0].nationalities is None
    # March 2018: no monthly Darién figure (annual only before 2020); the others answer.
    early = corridor(engine, "2018-03", by_nationality=True)
    assert early.stage("darien").value is None and early.stage("darien").error
    assert early.ratios[0].value is None
    us = early.stage("us_swb")
    assert us.value == engine.query("swb_encounters", "2018-03").value
    assert us.nationalities is None and "no nationality detail" in us.nationality_source
    with pytest.raises(QueryError):
        corridor(engine, "1990")


def test_as_of_and_to_dict(engine: Engine) -> None:
    old = corridor(engine, "2023-10", as_of=dt.date(2023, 12, 31))
    assert old.stage("us_swb").value == 240_986  # the Dec-2023 state file, later revised
    assert old.stage("darien").value is None  # IOM's compilation was not out yet
    data = json.loads(json.dumps(corridor(engine, "2023-12", by_nationality=True).to_dict(),
                                 default=str))
    assert data["period"] == "2023-12" and data["stages"][0]["provenance"][0]["release_id"]
