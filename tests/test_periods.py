from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderstats.errors import QueryError
from borderstats.periods import Period, grain_key, parse_period


def test_fiscal_year_runs_october_to_september() -> None:
    fy = parse_period("FY2024")
    assert (fy.start, fy.end, fy.months, fy.kind) == (
        dt.date(2023, 10, 1), dt.date(2024, 9, 1), 12, "fiscal_year")
    assert parse_period("fy24") == fy
    assert fy.is_fiscal_years and list(fy.fiscal_years()) == [2024]


def test_a_month_of_a_year() -> None:
    # October–December of fiscal 2019 fall in 2018, the rest in 2019; a calendar year's
    # months are all its own.
    assert Period.fiscal_year(2019).month_in(10).label == "2018-10"
    assert Period.fiscal_year(2019).month_in(3).label == "2019-03"
    assert Period.year(2018).month_in(1).label == "2018-01"
    assert Period.year(2018).month_in(12).label == "2018-12"


def test_calendar_year_month_and_ranges() -> None:
    assert parse_period("2023") == Period.year(2023)
    assert parse_period("2024-01").label == "2024-01"
    span = parse_period("FY2019..FY2024")
    assert (span.start, span.end, span.months) == (dt.date(2018, 10, 1), dt.date(2024, 9, 1), 72)
    assert list(span.fiscal_years()) == list(range(2019, 2025))
    assert not parse_period("2023").is_fiscal_years


@pytest.mark.parametrize("text", ["", "FY", "last year", "2024-13", "24", "2024/01",
                                  "FY2024..", "2024-02..2024-01", "0000", "FY0000", "9999-01"])
def test_bad_periods_are_named(text: str) -> None:
    with pytest.raises(QueryError):
        parse_period(text)


@given(st.integers(1990, 2100), st.integers(1, 12))
def test_every_month_belongs_to_one_fiscal_year(year: int, month: int) -> None:
    day = dt.date(year, month, 1)
    fy = int(grain_key(day, "fiscal_year")[2:])
    assert Period.fiscal_year(fy).contains(day)
    assert parse_period(grain_key(day, "month")).start == day


@given(st.text(max_size=20) | st.from_regex(r"(FY)?\d{1,4}(-\d{1,2})?(\.\.\d{4})?"))
def test_parse_period_never_crashes(text: str) -> None:
    with contextlib.suppress(QueryError):
        parse_period(text)


def test_a_span_of_months_is_labelled_as_the_query_reads_it_back() -> None:
    span = Period.span(dt.date(2023, 10, 1), dt.date(2024, 3, 1))
    assert (span.kind, span.label, span.months) == ("range", "2023-10..2024-03", 6)
    assert parse_period(span.label) == span
