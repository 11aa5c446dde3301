"""U.S. Border Patrol legacy statistics PDFs: nationwide apprehensions FY1925 onward,
Southwest border apprehensions by sector FY1960 onward, monthly apprehensions by sector
FY2000 onward, and monthly apprehensions of unaccompanied children (FY2010 onward) and of
people in family units (FY2013 onward) by sector.

The PDFs are text PDFs: ``page.extract_text()`` gives one table row per line, which is
parsed with strict patterns. Every published total is checked against its parts, so a
misread cell fails the parse instead of entering the store.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from pathlib import Path

import pdfplumber

from borderstats.errors import SourceFormatError
from borderstats.sources.base import (
    FileSpec,
    Observation,
    ParsedFile,
    SourceInfo,
    fiscal_month_start,
)

_STATS_PAGE = "https://www.cbp.gov/newsroom/media-resources/stats"

SOURCE = SourceInfo(
    id="usbp_historical",
    title="U.S. Border Patrol historical apprehension statistics",
    publisher="U.S. Customs and Border Protection, U.S. Border Patrol",
    page_url=_STATS_PAGE,
)

NATIONWIDE = "nationwide_annual"
SWB_SECTOR = "swb_sector_annual"
SWB_TOTAL = "swb_annual"
MONTHLY_SECTOR = "monthly_sector"
MONTHLY_REGION = "monthly_region"
MONTHLY_TOTAL = "monthly_total"
# The family-unit and unaccompanied-children tables: one table each, as one release each.
MONTHLY_SECTOR_FMUA = "monthly_sector_family_units"
MONTHLY_SECTOR_UAC = "monthly_sector_uac"

SOUTHWEST = "Southwest Land Border"
NORTHERN = "Northern Land Border"
COASTAL = "Coastal Border"

# Region of every sector in the monthly tables. Livermore is N/A from FY2006 (its footnote
# says it closed after FY2004, yet FY2005 has counts).
SECTOR_REGIONS = {
    "Livermore": COASTAL,
    "Miami": COASTAL,
    "New Orleans": COASTAL,
    "Ramey": COASTAL,
    "Blaine": NORTHERN,
    "Buffalo": NORTHERN,
    "Detroit": NORTHERN,
    "Grand Forks": NORTHERN,
    "Havre": NORTHERN,
    "Houlton": NORTHERN,
    "Spokane": NORTHERN,
    "Swanton": NORTHERN,
    "Big Bend": SOUTHWEST,
    "Del Rio": SOUTHWEST,
    "El Centro": SOUTHWEST,
    "El Paso": SOUTHWEST,
    "Laredo": SOUTHWEST,
    "Rio Grande Valley": SOUTHWEST,
    "San Diego": SOUTHWEST,
    "Tucson": SOUTHWEST,
    "Yuma": SOUTHWEST,
}
# Region total rows of the monthly tables, as printed.
REGION_ROWS = {
    "Coastal Border": COASTAL,
    "Northern Border": NORTHERN,
    "Southwest Border": SOUTHWEST,
}
TOTAL_ROW = "Monthly Total"

_MONTHS = (
    "October",
    "November",
    "December",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
)
_MONTH_NUMBERS = (10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9)
_SWB_SECTORS = (
    "Big Bend",
    "Del Rio",
    "El Centro",
    "El Paso",
    "Laredo",
    "Rio Grande Valley",
    "San Diego",
    "Tucson",
    "Yuma",
)
_SWB_TOTAL_COLUMN = "Southwest Border Total"

# A published count: '1,234' or '1234' (a few cells in the FY2019 pages lack the comma).
_COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
# A cell for a sector that did not exist that year.
_MISSING = {"N/A", "-"}
_CELL = rf"(?:{_COUNT}|N/A|-)"

FILES = (
    FileSpec(
        pattern=r"(?:u\.s\._border_patrol|usbp)_total_apprehensions_fy_?1925[_-]fy_?\d{4}"
        r"(?:_508|_)?\.pdf",
        layout="nationwide-annual-pdf",
        title="U.S. Border Patrol Total Apprehensions (Nationwide), FY1925 onward (PDF)",
        columns=("Fiscal Year", "Apprehensions"),
        releases={
            # Published early in FY2020; the month is approximate.
            "u.s._border_patrol_total_apprehensions_fy_1925_fy_2019_.pdf": ("2020-01", _STATS_PAGE),
            "usbp_total_apprehensions_fy1925-fy2020_508.pdf": ("2021-01", _STATS_PAGE),
        },
        note="The FY2020 figure includes Title 42 expulsions from March 2020, as published.",
    ),
    FileSpec(
        pattern=r"u\.s\._border_patrol_fiscal_year_southwest_border_sector_apprehensions"
        r"_fy_1960_fy_\d{4}(?:_\d)?\.pdf",
        layout="swb-sector-annual-pdf",
        title="U.S. Border Patrol Southwest Border Sectors Total Illegal Alien Apprehensions "
        "by Fiscal Year (PDF)",
        columns=("Fiscal Year", *_SWB_SECTORS, _SWB_TOTAL_COLUMN),
        releases={
            # Published early in FY2020; the month is approximate.
            "u.s._border_patrol_fiscal_year_southwest_border_sector_apprehensions_fy_1960_fy_"
            "2019_0.pdf": ("2020-01", _STATS_PAGE),
        },
    ),
    FileSpec(
        pattern=r"(?:u\.s\._border_patrol_monthly_apprehensions_fy_2000_fy_\d{4}(?:_\d)?"
        r"|us_border_patrol_monthly_encounters_fy2000-fy\d{4}(?:-508)?)\.pdf",
        layout="monthly-sector-pdf",
        title="U.S. Border Patrol Total Illegal Alien Apprehensions / Encounters by Month "
        "and Sector (PDF)",
        columns=("SECTOR", *_MONTHS, "Yearly Total"),
        releases={
            # Published early in FY2020; the month is approximate.
            "u.s._border_patrol_monthly_apprehensions_fy_2000_fy_2019_1.pdf": (
                "2020-01",
                _STATS_PAGE,
            ),
            "us_border_patrol_monthly_encounters_fy2000-fy2020-508.pdf": (
                "2021-01",
                "https://www.cbp.gov/document/stats/us-border-patrol-monthly-encounters-fy-"
                "2000-fy-2020",
            ),
        },
        note="From March 2020 (FY2020) the monthly figures include Title 42 expulsions.",
    ),
    FileSpec(
        pattern=r"u\.s\._border_patrol_total_monthly_family_unit_apprehensions_by_sector"
        r"_fy_2013_fy_\d{4}(?:_\d)?\.pdf",
        layout="monthly-sector-family-unit-pdf",
        title="U.S. Border Patrol Total Family Unit Apprehensions by Month and Sector (PDF)",
        columns=("SECTOR", *_MONTHS, "Yearly Total"),
        releases={
            # Published early in FY2020; the month is approximate.
            "u.s._border_patrol_total_monthly_family_unit_apprehensions_by_sector_fy_2013_fy_"
            "2019_1.pdf": ("2020-01", _STATS_PAGE),
        },
        note="Individuals apprehended with a family member (a child under 18, parent or "
        "legal guardian).",
    ),
    FileSpec(
        pattern=r"u\.s\._border_patrol_total_monthly_uac_apprehensions_by_sector"
        r"_fy_2010_fy_\d{4}(?:_\d)?\.pdf",
        layout="monthly-sector-uac-pdf",
        title="U.S. Border Patrol Total Unaccompanied Alien Children (0-17) Apprehensions "
        "by Month and Sector (PDF)",
        columns=("SECTOR", *_MONTHS, "Yearly Total"),
        releases={
            # Published early in FY2020; the month is approximate.
            "u.s._border_patrol_total_monthly_uac_apprehensions_by_sector_fy_2010_fy_2019_0"
            ".pdf": ("2020-01", _STATS_PAGE),
        },
    ),
)


# Files beside these PDFs that are deliberately not ingested (pattern -> reason).
SKIPPED = {
    r"transcription_(jacobkap|uwchr)_.*\.csv(\.gz)?": "a third-party transcription of the "
    "official PDFs; used only in tests to cross-check the PDF parse",
    r"swb_sector_total_illegal_alien_apprehensions_fy1960-fy2017\.xlsx": "a copy of "
    "unverified provenance of the official FY1960-FY2019 sector PDF (identical FY1960-FY2017)",
    r"u\.s\._border_patrol_(fiscal_year_southwest_border_sector_deaths|fiscal_year_staffing"
    r"_statistics|nationwide_apprehensions_by_citizenship_and_sector"
    r"|fiscal_year_2019_sector_profile)_.*\.pdf": (
        "an official Border Patrol PDF table that borderstats does not read yet"
    ),
}


def parse(path: Path, spec: FileSpec) -> ParsedFile:
    pages = _page_texts(path)
    if spec.layout == "nationwide-annual-pdf":
        return _parse_nationwide(path, pages)
    if spec.layout == "swb-sector-annual-pdf":
        return _parse_swb_sectors(path, spec, pages)
    if spec.layout == "monthly-sector-pdf":
        return _parse_monthly(path, spec, pages)
    if spec.layout == "monthly-sector-family-unit-pdf":
        return _parse_monthly(path, spec, pages, demographic="FMUA")
    if spec.layout == "monthly-sector-uac-pdf":
        return _parse_monthly(path, spec, pages, demographic="UAC")
    raise SourceFormatError(path, f"unknown layout {spec.layout!r} for source usbp_historical")


def _page_texts(path: Path) -> list[str]:
    """The text of every page; any failure to read the PDF is a format error."""
    # pdfminer logs a warning for each damaged stream it skips; printed, they would bury the
    # one-line error naming the file (or follow a file that parses) on the user's terminal.
    pdfminer_log = logging.getLogger("pdfminer")
    level = pdfminer_log.level
    pdfminer_log.setLevel(logging.CRITICAL)
    try:
        with pdfplumber.open(path) as pdf:
            texts = [page.extract_text() or "" for page in pdf.pages]
    except Exception as exc:  # pdfminer raises many types for damaged files
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SourceFormatError(
            path, f"cannot read the PDF (not a PDF, empty or truncated file): {reason}"
        ) from None
    finally:
        pdfminer_log.setLevel(level)
    if not texts:
        raise SourceFormatError(path, "the PDF has no pages")
    return texts


def _fail(path: Path, where: str, problem: str, text: str | None = None) -> SourceFormatError:
    message = f"{where}: {problem}"
    if text is not None:
        message += f": {text.strip()!r}"
    return SourceFormatError(path, message)


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _count(raw: str) -> int | None:
    return None if raw in _MISSING else int(raw.replace(",", ""))


def _check_years(path: Path, found: Iterable[int], where: str) -> tuple[int, int]:
    """Fiscal years must each appear once, without a gap (a gap means a lost row)."""
    years = sorted(found)
    if not years:
        raise _fail(path, where, "no data rows found")
    duplicates = sorted({y for y in years if years.count(y) > 1})
    if duplicates:
        raise _fail(path, where, f"fiscal year {duplicates[0]} appears more than once")
    missing = sorted(set(range(years[0], years[-1] + 1)) - set(years))
    if missing:
        raise _fail(
            path, where, f"fiscal year {missing[0]} is missing between {years[0]} and {years[-1]}"
        )
    return years[0], years[-1]


def _annual_span(first: int, last: int) -> tuple[dt.date, dt.date]:
    return fiscal_month_start(first, 10), fiscal_month_start(last, 9)


# --- nationwide annual -----------------------------------------------------------------

_NATIONWIDE_TITLE = re.compile(
    r"Nationwide (?:Illegal Alien Apprehensions|Encounters) Fiscal Years (\d{4}) - (\d{4})"
)
_NATIONWIDE_HEADER = "Fiscal Year Apprehensions Fiscal Year Apprehensions"
_YEAR_VALUE = re.compile(rf"(\d{{4}}) ({_COUNT})")


def _parse_nationwide(path: Path, pages: list[str]) -> ParsedFile:
    # The table is two column pairs (Fiscal Year, Apprehensions) side by side on one page.
    lines = _lines(pages[0])
    where = "page 1"
    title = next((m for m in map(_NATIONWIDE_TITLE.search, lines) if m), None)
    if title is None:
        raise _fail(path, where, "title 'Nationwide ... Fiscal Years YYYY - YYYY' not found")
    if _NATIONWIDE_HEADER not in lines:
        raise _fail(path, where, f"header {_NATIONWIDE_HEADER!r} not found")
    values: dict[int, int] = {}
    for line in lines[lines.index(_NATIONWIDE_HEADER) + 1 :]:
        pairs = line.split(" ")
        if len(pairs) not in (2, 4) or not all(
            _YEAR_VALUE.fullmatch(f"{y} {v}") for y, v in zip(pairs[::2], pairs[1::2], strict=True)
        ):
            raise _fail(path, where, "row is not 'year count [year count]'", line)
        for year, value in zip(pairs[::2], pairs[1::2], strict=True):
            if int(year) in values:
                raise _fail(path, where, f"fiscal year {year} appears more than once", line)
            values[int(year)] = int(value.replace(",", ""))
    first, last = _check_years(path, values, where)
    if (first, last) != (int(title[1]), int(title[2])):
        raise _fail(
            path, where, f"rows cover FY{first}-FY{last}, the title says FY{title[1]}-FY{title[2]}"
        )
    observations = [
        Observation(table=NATIONWIDE, fiscal_year=fy, month=None, value=v, component="USBP")
        for fy, v in sorted(values.items())
    ]
    return ParsedFile(
        observations,
        *_annual_span(first, last),
        {
            NATIONWIDE: "U.S. Border Patrol apprehensions nationwide by fiscal year (FY2020 "
            "includes Title 42 expulsions from March 2020)"
        },
    )


# --- Southwest border sectors, annual --------------------------------------------------

# First header line as printed; the sector names wrap onto the next lines.
_SWB_HEADER = (
    "Fiscal Big Bend Del Rio El Centro El Paso Laredo Rio Grande San Diego Tucson "
    "Yuma Southwest Border"
)
_SWB_HEADER_CONTINUED = {"Year (formerly Marfa) Valley Total", "(formerly McAllen)"}
_SWB_TITLE = "Total Illegal Alien Apprehensions By Fiscal Year"


def _parse_swb_sectors(path: Path, spec: FileSpec, pages: list[str]) -> ParsedFile:
    columns = spec.columns[1:]  # after 'Fiscal Year': the sectors, then the total
    row_pattern = re.compile(rf"(\d{{4}})((?: {_CELL}){{{len(columns)}}})")
    observations: list[Observation] = []
    years: list[int] = []
    for number, text in enumerate(pages, start=1):
        where = f"page {number}"
        lines = _lines(text)
        if not lines:
            continue  # a blank trailing page
        if not any(line.startswith(_SWB_TITLE) for line in lines):
            raise _fail(path, where, f"title {_SWB_TITLE!r} not found")
        if _SWB_HEADER not in lines:
            raise _fail(path, where, f"header {_SWB_HEADER!r} not found")
        for line in lines[lines.index(_SWB_HEADER) + 1 :]:
            if line in _SWB_HEADER_CONTINUED:
                continue
            match = row_pattern.fullmatch(line)
            if match is None:
                raise _fail(
                    path, where, f"row is not a fiscal year and {len(columns)} counts", line
                )
            fy = int(match[1])
            cells = dict(zip(columns, map(_count, match[2].split()), strict=True))
            total = cells.pop(_SWB_TOTAL_COLUMN)
            if total is None:
                raise _fail(path, where, f"FY{fy}: the Southwest Border total is blank", line)
            parts = sum(v for v in cells.values() if v is not None)
            if parts != total:
                raise _fail(
                    path,
                    where,
                    f"FY{fy}: sectors sum to {parts:,}, the Southwest Border total is {total:,}",
                    line,
                )
            years.append(fy)
            observations.extend(
                Observation(
                    table=SWB_SECTOR,
                    fiscal_year=fy,
                    month=None,
                    value=value,
                    region=SOUTHWEST,
                    component="USBP",
                    sector=sector,
                )
                for sector, value in cells.items()
                if value is not None
            )
            observations.append(
                Observation(
                    table=SWB_TOTAL,
                    fiscal_year=fy,
                    month=None,
                    value=total,
                    region=SOUTHWEST,
                    component="USBP",
                )
            )
    first, last = _check_years(path, years, "all pages")
    observations.sort(key=lambda o: (o.fiscal_year, o.table, o.sector or ""))
    return ParsedFile(
        observations,
        *_annual_span(first, last),
        {
            SWB_SECTOR: "U.S. Border Patrol apprehensions by Southwest border sector and fiscal "
            "year",
            SWB_TOTAL: "U.S. Border Patrol apprehensions at the Southwest border by fiscal year",
        },
    )


# --- monthly by sector -----------------------------------------------------------------

_MONTHLY_TITLE = re.compile(
    r"Total (?:Illegal Alien Apprehensions|Encounters|Family Unit\*? Apprehensions|"
    r"Unaccompanied Alien Children \(0-17 Years Old\) Apprehensions) [Bb]y Month - FY ?(\d{4})"
)
# Sector names as printed (a few wrap around their numbers, with a former name below).
_SECTOR_NAMES = {name: name for name in SECTOR_REGIONS} | {
    "Livermore*": "Livermore",  # starred (the closure footnote) in its N/A years
    "Big Bend (formerly Marfa)": "Big Bend",
    "Rio Grande Valley (formerly McAllen)": "Rio Grande Valley",
}
_FORMER_NAME = re.compile(r"\(formerly [A-Za-z ]+\)")
# A sector's row of zeros one cell short.
_ZEROS_ONE_BLANK = re.compile(rf"([A-Za-z][A-Za-z ]*[a-z]) (?:0 ){{{len(_MONTHS) - 1}}}0")
# The start of a sector name wrapped over more than one line ('Rio Grande', 'Rio Grande
# Valley (formerly').
_LABEL_GOES_ON = re.compile(r"^(?:Rio Grande|Rio Grande Valley|Rio Grande Valley \(formerly|"
                            r"Big Bend|Big Bend \(formerly)$")


def _monthly_rows(
    path: Path,
    where: str,
    lines: list[str],
) -> list[tuple[str, list[int | None], str]]:
    """(row label, 13 cells, source line) for the lines after the header."""
    width = len(_MONTHS) + 1
    row = re.compile(rf"(?:(.*?) )?((?:{_CELL} ){{{width - 1}}}{_CELL})")
    rows: list[tuple[str, list[int | None], str]] = []
    pending: str | None = None  # a label printed on the line above its numbers
    wrapped = False  # the last row's label was printed above its numbers
    for line in lines:
        if line.startswith("*"):
            continue  # footnote
        if zeros := _ZEROS_ONE_BLANK.fullmatch(line):
            # 'Buffalo 0 0 … 0' with a cell left blank (the children's table, FY2016): a
            # yearly total of 0 makes every month 0.
            line = f"{zeros[1]} {' '.join(['0'] * width)}"
        match = row.fullmatch(line)
        if match is None:
            if wrapped and _FORMER_NAME.fullmatch(line):
                # '(formerly Marfa)' below the numbers completes the wrapped label.
                label, cells, source = rows[-1]
                rows[-1] = (f"{label} {line}", cells, f"{source} / {line}")
                wrapped = False
                continue
            if re.search(r"\d", line) or (pending is not None and not _LABEL_GOES_ON.search(
                    f"{pending} {line}")):
                raise _fail(
                    path,
                    where,
                    "row is not a sector and 13 counts",
                    line if pending is None else f"{pending} / {line}",
                )
            # A label may wrap over lines above its numbers: 'Rio Grande' / 'Valley
            # (formerly' / 'McAllen) 2,306 2,309 …'.
            pending = line if pending is None else f"{pending} {line}"
            continue
        label, cells = match[1], [_count(c) for c in match[2].split()]
        if label is not None and pending is not None:
            if f"{pending} {label}" not in _SECTOR_NAMES:
                raise _fail(path, where, "a line has no counts", pending)
            label, pending = f"{pending} {label}", None
        if label is None and pending is None:
            raise _fail(path, where, "a row of counts has no sector name", line)
        wrapped = label is None
        if wrapped:
            rows.append((pending, cells, f"{pending} / {line}"))
        else:
            rows.append((label, cells, line))
        pending = None
    if pending is not None:
        raise _fail(path, where, "a line has no counts", pending)
    return rows


def _check_sum(path: Path, where: str, what: str, parts: list[list[int]], total: list[int]) -> None:
    """Each of the 13 columns of ``total`` equals the sum of that column of ``parts``."""
    for i, expected in enumerate(total):
        got = sum(p[i] for p in parts)
        if got != expected:
            column = _MONTHS[i] if i < len(_MONTHS) else "Yearly Total"
            raise _fail(
                path,
                where,
                f"{what}: the parts sum to {got:,} in {column}, "
                f"the published total is {expected:,}",
            )


def _squashed(line: str) -> str:
    return line.replace(" ", "")


# Region rows the official PDFs print that their own sector rows do not add up to (the
# sectors are stored as printed, and the table's total checked against their sum; region
# rows are not stored).
_PRINTED_SUMS_OFF = {
    # Family units, FY2018: the Northern Border sectors sum to 13 in October (Blaine 5,
    # Havre 3, Houlton 2, Swanton 3), the row says 8.
    ("FMUA", 2018, NORTHERN),
}


def _parse_monthly(path: Path, spec: FileSpec, pages: list[str],
                   demographic: str | None = None) -> ParsedFile:
    """The monthly tables by sector: of all apprehensions, or (``demographic``) of one
    family status, whose file keeps only its sectors' rows (its region and total rows are
    checked against them, not stored)."""
    # The header as printed; 'Yearly Total' is on the same line or wraps around it.
    header_text = " ".join(spec.columns[:-1])
    header_full = f"{header_text} {spec.columns[-1]}"
    observations: list[Observation] = []
    years: list[int] = []
    for number, text in enumerate(pages, start=1):
        where = f"page {number}"
        lines = _lines(text)
        if not lines:
            continue  # a blank trailing page
        title = next((m for m in map(_MONTHLY_TITLE.search, lines) if m), None)
        if title is None:
            raise _fail(path, where, "title 'Total ... By Month - FY YYYY' not found")
        fy = int(title[1])
        where = f"page {number} (FY{fy})"
        # (The FY2011 page of the children's table prints 'NovemberDecember' as one word.)
        header = next(
            (i for i, line in enumerate(lines) if _squashed(line) in (
                _squashed(header_text), _squashed(header_full))), None
        )
        if header is None:
            raise _fail(path, where, f"header {header_text!r} not found")
        body = lines[header + 1 :]
        if _squashed(lines[header]) == _squashed(header_text):
            if header == 0 or lines[header - 1] != "Yearly" or body[:1] != ["Total"]:
                raise _fail(path, where, "column 'Yearly Total' not found", lines[header])
            body = body[1:]

        sectors: dict[str, list[int]] = {}
        regions: dict[str, list[int]] = {}
        total: list[int] | None = None
        for label, cells, source in _monthly_rows(path, where, body):
            if all(c is None for c in cells):
                continue  # a sector that did not exist that year (N/A throughout)
            if any(c is None for c in cells):
                raise _fail(path, where, "row has blank and non-blank cells", source)
            counts = [c for c in cells if c is not None]
            if sum(counts[:-1]) != counts[-1]:
                raise _fail(
                    path,
                    where,
                    f"{label}: the months sum to {sum(counts[:-1]):,}, "
                    f"the Yearly Total is {counts[-1]:,}",
                    source,
                )
            if label == TOTAL_ROW:
                if total is not None:
                    raise _fail(path, where, "the monthly total row appears twice", source)
                total = counts
                continue
            if label in _SECTOR_NAMES:
                name, bucket = _SECTOR_NAMES[label], sectors
            elif label in REGION_ROWS:
                name, bucket = REGION_ROWS[label], regions
            else:
                raise _fail(path, where, "unknown sector", label)
            if name in bucket:
                raise _fail(path, where, f"{name} appears twice", source)
            bucket[name] = counts

        missing = [r for r in REGION_ROWS.values() if r not in regions]
        if missing or total is None:
            raise _fail(path, where, f"total row missing: {(missing or [TOTAL_ROW])[0]}")
        for region, region_counts in list(regions.items()):
            parts = [c for s, c in sectors.items() if SECTOR_REGIONS[s] == region]
            if (demographic, fy, region) in _PRINTED_SUMS_OFF:
                # The total below is checked against what the sectors add up to.
                regions[region] = [sum(column) for column in zip(*parts, strict=True)]
                continue
            _check_sum(path, where, f"{region} sectors", parts, region_counts)
        _check_sum(path, where, "regions", list(regions.values()), total)

        years.append(fy)
        if demographic is not None:
            table = MONTHLY_SECTOR_FMUA if demographic == "FMUA" else MONTHLY_SECTOR_UAC
            observations.extend(
                Observation(
                    table=table,
                    fiscal_year=fy,
                    month=fiscal_month_start(fy, month),
                    value=counts[i],
                    region=SECTOR_REGIONS[sector],
                    component="USBP",
                    sector=sector,
                    demographic=demographic,
                )
                for i, month in enumerate(_MONTH_NUMBERS)
                for sector, counts in sectors.items()
            )
            continue
        for i, month in enumerate(_MONTH_NUMBERS):
            start = fiscal_month_start(fy, month)
            observations.extend(
                Observation(
                    table=MONTHLY_SECTOR,
                    fiscal_year=fy,
                    month=start,
                    value=counts[i],
                    region=SECTOR_REGIONS[sector],
                    component="USBP",
                    sector=sector,
                )
                for sector, counts in sectors.items()
            )
            observations.extend(
                Observation(
                    table=MONTHLY_REGION,
                    fiscal_year=fy,
                    month=start,
                    value=counts[i],
                    region=region,
                    component="USBP",
                )
                for region, counts in regions.items()
            )
            observations.append(
                Observation(
                    table=MONTHLY_TOTAL,
                    fiscal_year=fy,
                    month=start,
                    value=total[i],
                    component="USBP",
                )
            )
    first, last = _check_years(path, years, "all pages")
    if demographic is not None:
        what = ("people apprehended in family units" if demographic == "FMUA"
                else "unaccompanied children (0-17) apprehended")
        return ParsedFile(
            observations,
            fiscal_month_start(first, 10),
            fiscal_month_start(last, 9),
            {MONTHLY_SECTOR_FMUA if demographic == "FMUA" else MONTHLY_SECTOR_UAC:
             f"U.S. Border Patrol: {what}, by sector and month"},
        )
    return ParsedFile(
        observations,
        fiscal_month_start(first, 10),
        fiscal_month_start(last, 9),
        {
            MONTHLY_SECTOR: "U.S. Border Patrol apprehensions by sector and month (FY2020 "
            "includes Title 42 expulsions from March 2020)",
            MONTHLY_REGION: "U.S. Border Patrol apprehensions by border region (Coastal, Northern, "
            "Southwest) and month",
            MONTHLY_TOTAL: "U.S. Border Patrol apprehensions nationwide by month",
        },
    )
