"""events(), forecast() and scenario() from Python: dataclasses with to_dict() and a
DataFrame view, Vega-Lite charts through the one chart layer, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import borderstats
from borderstats.charts import render
from borderstats.errors import BorderstatsError


@pytest.fixture
def db(tmp_path: Path):
    yield tmp_path / "api.duckdb"
    borderstats.close()


def test_events_from_python(db: Path) -> None:
    result = borderstats.events("asylum_proclamation_june_2024", placebos=3, db=db)
    effect = result.effects[0]
    assert effect.months == ["2024-06", "2024-07", "2024-08"]
    json.dumps(result.to_dict())  # plain data
    frame = result.to_frame()
    assert list(frame["month"][-3:]) == effect.months
    assert render(result.chart(), "svg").startswith("<svg")
    by_date = borderstats.events(date="2024-06-05", placebos=0, db=db).effects[0]
    assert by_date.observed_total == effect.observed_total and by_date.event is None


def test_scenario_from_python(db: Path) -> None:
    result = borderstats.scenario(change=-0.3, months=3, start="2024-01", db=db)
    assert [m.month for m in result.path][:3] == ["2024-01", "2024-02", "2024-03"]
    assert len(result.to_frame()) == 6 and len(result.fit_frame()) == 24
    assert render(result.chart(), "png")[:4] == b"\x89PNG"


@pytest.mark.parametrize(("call", "message"), [
    (lambda db: borderstats.events(42, db=db), "event: expected a string"),
    (lambda db: borderstats.forecast(horizon="6", db=db), "horizon"),
    (lambda db: borderstats.scenario(change="-30%", db=db), "change"),
])
def test_wrong_types_are_clear_errors(db: Path, call, message: str) -> None:
    with pytest.raises(BorderstatsError, match=message):
        call(db)
