"""Periods: US federal fiscal years (Oct–Sep), calendar years, months, and ranges of them.

Every period is a closed range of calendar months; ``kind`` remembers how it was written,
because "FY2023" and "2023" are different twelve months.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from borderstats.errors import QueryError

Kind = Literal["fiscal_year", "year", "month", "range"]
Grain = Literal["fiscal_year", "year", "month"]

_FY = re.compile(r"FY\s?(\d{4}|\d{2})", re.IGNORECASE)
_YEAR = re.compile(r"(\d{4})")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def add_months(day: dt.date, n: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def fiscal_year_of(day: dt.date) -> int:
    return day.year + 1 if day.month >= 10 else day.year


@dataclass(frozen=True)
class Period:
    start: dt.date  # first day of the first month
    end: dt.date    # first day of the last month
    kind: Kind
    label: str

    @classmethod
    def fiscal_year(cls, year: int) -> Period:
        return cls(dt.date(year - 1, 10, 1), dt.date(year, 9, 1), "fiscal_year", f"FY{year}")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 1), "year", str(year))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        if not 1 <= month <= 12:
            raise QueryError(f"month {month} in {year}-{month:02d} is not a month (1–12)")
        day = dt.date(year, month, 1)
        return cls(day, day, "month", f"{day:%Y-%m}")

    @classmethod
    def span(cls, start: dt.date, end: dt.date) -> Period:
        """The months from ``start``'s to ``end``'s, labelled as `--period` reads them
        back ("2023-10..2024-03")."""
        return cls(start, end, "range", f"{start:%Y-%m}..{end:%Y-%m}")

    @classmethod
    def between(cls, first: Period, last: Period) -> Period:
        if last.end < first.start:
            raise QueryError(f"period range {first.label}..{last.label} ends before it starts")
        return cls(first.start, last.end, "range", f"{first.label}..{last.label}")

    def month_in(self, month: int) -> Period:
        """Month ``month`` (1–12) of this period's year: of a fiscal year, October to
        December fall in its first calendar year ("March of fiscal 2019" is March 2019,
        "October of fiscal 2019" October 2018)."""
        return Period.month(self.start.year if month >= self.start.month else self.end.year,
                            month)

    @property
    def months(self) -> int:
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    def month_starts(self) -> Iterator[dt.date]:
        for i in range(self.months):
            yield add_months(self.start, i)

    @property
    def is_fiscal_years(self) -> bool:
        """Whether the period is made of whole fiscal years (so annual tables can answer)."""
        return self.start.month == 10 and self.end.month == 9

    def fiscal_years(self) -> range:
        return range(fiscal_year_of(self.start), fiscal_year_of(self.end) + 1)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def shifted_years(self, years: int) -> Period:
        """The same months ``years`` earlier or later (used for year-on-year comparisons)."""
        start, end = add_months(self.start, 12 * years), add_months(self.end, 12 * years)
        if self.kind == "fiscal_year":
            label = f"FY{fiscal_year_of(end)}"
        elif self.kind == "year":
            label = str(start.year)
        elif self.kind == "month":
            label = f"{start:%Y-%m}"
        else:
            label = f"{start:%Y-%m}..{end:%Y-%m}"
        return Period(start, end, self.kind, label)

    def __str__(self) -> str:
        return self.label


def parse_period(text: str) -> Period:
    """'FY2022', 'FY22', '2023', '2024-01', and ranges 'A..B' of any of them."""
    raw = text.strip()
    if any(len(y) == 4 and not 1800 <= int(y) <= 2200 for y in re.findall(r"\d+", raw)):
        raise QueryError(f"period {text!r} is outside the years 1800–2200")
    if ".." in raw:
        first, _, last = raw.partition("..")
        return Period.between(parse_period(first), parse_period(last))
    if m := _FY.fullmatch(raw):
        year = int(m.group(1))
        return Period.fiscal_year(year + 2000 if year < 100 else year)
    if m := _MONTH.fullmatch(raw):
        return Period.month(int(m.group(1)), int(m.group(2)))
    if m := _YEAR.fullmatch(raw):
        return Period.year(int(m.group(1)))
    raise QueryError(
        f"period {text!r} is not understood: use FY2022 (fiscal year, Oct–Sep), 2023 "
        "(calendar year), 2024-01 (month), or a range such as FY2019..FY2024")


def grain_key(day: dt.date, grain: Grain) -> str:
    """The label of the fiscal year, calendar year or month a month belongs to."""
    if grain == "fiscal_year":
        return f"FY{fiscal_year_of(day)}"
    if grain == "year":
        return str(day.year)
    return f"{day:%Y-%m}"


def grain_period(key: str) -> Period:
    return parse_period(key)
