"""Value vocabularies shared by CBP's encounter files (Southwest and nationwide)."""

from __future__ import annotations

from pathlib import Path

from borderstats.errors import SourceFormatError
from borderstats.sources.base import MONTH_ABBR, fiscal_month_start, require_value

COMPONENTS = {"U.S. Border Patrol": "USBP", "Office of Field Operations": "OFO"}
DEMOGRAPHICS = {
    "Single Adults": "Single Adults",
    "FMUA": "FMUA",
    "Accompanied Minors": "Accompanied Minors",
    # CBP renamed 'UC / Single Minors' to 'UAC' in releases from mid-2025; same population.
    "UC / Single Minors": "UAC",
    "UAC": "UAC",
}
AUTHORITIES = {"Title 8": "Title 8", "Title 42": "Title 42"}
ENCOUNTER_TYPES = {"Apprehensions": "Apprehensions", "Inadmissibles": "Inadmissibles",
                   "Expulsions": "Expulsions"}
REGIONS = {"Southwest Land Border": "Southwest Land Border",
           "Northern Land Border": "Northern Land Border", "Other": "Other"}
MONTH_GROUPINGS = {"FYTD", "Remaining"}


def fiscal_year_value(path: Path, raw: str, line: int) -> int:
    """'2024' or '2025 (FYTD)' → 2024 / 2025."""
    text = raw.strip().removesuffix("(FYTD)").strip()
    if not text.isdigit() or not 1990 <= int(text) <= 2100:
        raise SourceFormatError(path, "not a fiscal year", field="Fiscal Year", value=raw,
                                line=line)
    return int(text)


def month_value(path: Path, fiscal_year: int, raw: str, field_name: str, line: int):
    month = require_value(path, raw.upper(), {k: str(v) for k, v in MONTH_ABBR.items()},
                          field_name=field_name, line=line)
    return fiscal_month_start(fiscal_year, int(month))


def check_month_grouping(path: Path, raw: str, field_name: str, line: int) -> None:
    if raw.strip() not in MONTH_GROUPINGS:
        raise SourceFormatError(path, "unknown month grouping (expected FYTD or Remaining)",
                                field=field_name, value=raw, line=line)


def check_months_complete(path: Path, months: set, known_gaps: frozenset = frozenset()
                          ) -> tuple:
    """Months must run without a gap: a missing month means a damaged or partial file.
    ``known_gaps`` are month starts the publisher itself left out: they stay missing (a
    query over them is incomplete), never an error and never a zero."""
    if not months:
        raise SourceFormatError(path, "the file has a header but no data rows")
    first, last = min(months), max(months)
    expected = set()
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        expected.add((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    gaps = sorted(expected - {(d.year, d.month) for d in months}
                  - {(d.year, d.month) for d in known_gaps})
    if gaps:
        y, m = gaps[0]
        raise SourceFormatError(path, f"month {y}-{m:02d} is missing between {first:%Y-%m} and "
                                f"{last:%Y-%m} (incomplete file)")
    return first, last
