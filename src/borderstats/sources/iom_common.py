"""Shared reading of IOM's gdidata compilations (Mexico, Panama, Guatemala, US).

IOM's R package iom/gdidata reshapes official tables to long form, one R object per table,
with months as dates and nationalities as ISO-3 codes. The raw folders hold each object as
published (.rda) and a local CSV conversion of it (values unchanged); the CSV is read.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from borderstats.errors import SourceFormatError

IOM_REPO = "iom/gdidata"

_MONTH = re.compile(r"(\d{4})-(\d{2})-01")


def compiler(r_object: str, what: str = "reshaped to long form with ISO-3 nationality "
             "codes") -> str:
    """The ``FileSpec.compiler`` text for one gdidata object."""
    return (f"IOM ({IOM_REPO}, object {r_object}): the International Organization for "
            f"Migration's R data package; the official tables {what}; read from a local CSV "
            "conversion of its .rda (format only, values unchanged)")


def rda_skipped(stem: str) -> dict[str, str]:
    """A SKIPPED entry for the .rda originals whose CSV conversions are read."""
    return {rf"{stem}\.rda": "IOM's R object as published; its CSV conversion beside it "
                             "(the same values) is ingested instead"}


def month_value(path: Path, raw: str, field: str, line: int) -> dt.date:
    """'2023-12-01' → 2023-12-01; anything else (another day, a bad date) is an error."""
    m = _MONTH.fullmatch(raw.strip())
    if not m or not 1 <= int(m.group(2)) <= 12 or not 1990 <= int(m.group(1)) <= 2100:
        raise SourceFormatError(path, "not a month (expected YYYY-MM-01)", field=field,
                                value=raw, line=line)
    return dt.date(int(m.group(1)), int(m.group(2)), 1)


def quarter_start(month: dt.date) -> dt.date:
    return dt.date(month.year, (month.month - 1) // 3 * 3 + 1, 1)


def check_quarter(path: Path, month: dt.date, raw: str, field: str, line: int) -> None:
    """IOM's ``q`` column must be the first month of the quarter of ``t``."""
    if month_value(path, raw, field, line) != quarter_start(month):
        raise SourceFormatError(path, f"quarter does not match the month {month:%Y-%m}",
                                field=field, value=raw, line=line)


def category(path: Path, raw: str, allowed: dict[str, tuple], field: str,
             line: int) -> tuple:
    """A categorical value mapped through a layout table, or an error naming it."""
    try:
        return allowed[raw.strip()]
    except KeyError:
        raise SourceFormatError(path, f"unknown value (expected one of: "
                                f"{', '.join(map(repr, allowed))})", field=field,
                                value=raw, line=line) from None
