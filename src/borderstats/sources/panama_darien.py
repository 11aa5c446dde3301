"""Panama, Servicio Nacional de Migración (SNM): irregular transits through the Darién,
as compiled by IOM from SNM's monthly PDFs ('Tránsito irregular por Darién').

- by nationality: 2010–2019 as annual totals (IOM stamps them at January 1; stored as a
  calendar-year table), January 2020 on by month;
- by demography, January 2021 on: men and women until December 2022 (children counted
  within them), then men, women, boys and girls (men and women are then adults).

SNM counts people registered on entering Panama through the Darién: transits, not
unique people, and not the nationality mix of those who reach Mexico or the US.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from borderstats.errors import SourceFormatError
from borderstats.nationality import require_iso
from borderstats.sources.base import (
    FileSpec,
    Observation,
    ParsedFile,
    SourceInfo,
    fiscal_year_of,
    parse_count,
    read_csv_rows,
)
from borderstats.sources.cbp_common import check_months_complete
from borderstats.sources.iom_common import (
    category,
    check_quarter,
    compiler,
    month_value,
    rda_skipped,
)

SOURCE = SourceInfo(
    id="panama_darien",
    title="Panama SNM irregular transits through the Darién",
    publisher="Servicio Nacional de Migración (SNM), República de Panamá",
    page_url="https://www.migracion.gob.pa/estadisticas",
)

ANNUAL = "darien_annual"
MONTHLY = "darien_monthly"
SEX = "darien_sex_monthly"
SEX_AGE = "darien_sex_age_monthly"

TABLES = {
    ANNUAL: "Irregular transits through the Darién by calendar year and nationality (ISO-3), "
            "2010–2019 (annual totals; rows stamped at January 1)",
    MONTHLY: "Irregular transits through the Darién by month and nationality (ISO-3)",
    SEX: "Irregular transits through the Darién by month and sex (men, women: all ages), "
         "months before SNM split out children",
    SEX_AGE: "Irregular transits through the Darién by month, sex and age group (adults, "
             "minors)",
}

# Years the compilation gives only as annual totals (each stamped at January 1).
ANNUAL_THROUGH = 2019

# Months with no row while Panama's borders were closed in the COVID-19 pandemic. The
# compilation does not say whether SNM counted none or published nothing, so they are left
# missing (a query over them is incomplete and names them), not stored as zeros; any other
# missing month is an error.
NO_ROWS = frozenset({dt.date(2020, 4, 1), dt.date(2020, 5, 1), dt.date(2020, 7, 1)})

# demog → (sex, age group). 'men'/'women' are adults only in months that also list boys
# and girls; before that they include children and the month goes to the sex-only table.
DEMOGRAPHY = {
    "men": ("Male", "Adults"),
    "women": ("Female", "Adults"),
    "boys": ("Male", "Minors"),
    "girls": ("Female", "Minors"),
}
_CHILDREN = {"boys", "girls"}

_RELEASE = "https://www.migracion.gob.pa/estadisticas"

FILES = (
    FileSpec(
        pattern=r"iom_gdidata_irreg_darien_nat\.csv",
        layout="iom-darien-nat-v1",
        title="Darién irregular transits by nationality (IOM compilation of SNM tables)",
        columns=("t", "q", "nat", "n"),
        releases={"iom_gdidata_irreg_darien_nat.csv": ("2025-05", _RELEASE)},
        compiler=compiler("irreg_darien_nat", "parsed from SNM's PDFs with ISO-3 "
                          "nationality codes ('OOO' = other or unspecified)"),
        note=f"Rows through {ANNUAL_THROUGH} are annual totals stamped at January 1.",
    ),
    FileSpec(
        pattern=r"iom_gdidata_irreg_darien_dmg\.csv",
        layout="iom-darien-dmg-v1",
        title="Darién irregular transits by sex and age (IOM compilation of SNM tables)",
        columns=("t", "q", "demog", "n"),
        releases={"iom_gdidata_irreg_darien_dmg.csv": ("2025-05", _RELEASE)},
        compiler=compiler("irreg_darien_dmg", "parsed from SNM's PDFs"),
    ),
)

SKIPPED = rda_skipped(r"iom_gdidata_irreg_darien_(nat|dmg)")


def _add(cells: dict[tuple, int], key: tuple, value: int, path: Path,
         line: int | None) -> None:
    if key in cells:
        raise SourceFormatError(path, "repeated row for " + ", ".join(
            f"{k:%Y-%m}" if isinstance(k, dt.date) else str(k) for k in key if k), line=line)
    cells[key] = value


def _parse_nationality(path: Path, spec: FileSpec) -> ParsedFile:
    cells: dict[tuple, int] = {}
    for line, row in read_csv_rows(path, spec, final_newline=True):
        month = month_value(path, row["t"], "t", line)
        check_quarter(path, month, row["q"], "q", line)
        if month.year <= ANNUAL_THROUGH and month.month != 1:
            raise SourceFormatError(path, f"rows through {ANNUAL_THROUGH} must be annual "
                                    "totals stamped at January 1", field="t", value=row["t"],
                                    line=line)
        iso = require_iso(path, row["nat"], "nat", line)
        _add(cells, (month, iso), parse_count(path, row["n"], field_name="n", line=line),
             path, line)
    years = {m.year for m, _ in cells if m.year <= ANNUAL_THROUGH}
    months = {m for m, _ in cells if m.year > ANNUAL_THROUGH}
    if not months:
        raise SourceFormatError(path, "no monthly rows (after "
                                f"{ANNUAL_THROUGH}) in the file")
    first, last = check_months_complete(path, months, NO_ROWS)
    if years and sorted(years) != list(range(min(years), ANNUAL_THROUGH + 1)):
        raise SourceFormatError(path, f"annual rows must run without a gap to "
                                f"{ANNUAL_THROUGH} (found {sorted(years)})")
    observations = [
        Observation(table=ANNUAL if month.year <= ANNUAL_THROUGH else MONTHLY,
                    fiscal_year=fiscal_year_of(month), month=month, value=value,
                    citizenship=iso)
        for (month, iso), value in cells.items()]
    tables = {MONTHLY: TABLES[MONTHLY]}
    if years:
        tables = {ANNUAL: TABLES[ANNUAL], **tables}
        first = dt.date(min(years), 1, 1)
    return ParsedFile(observations, first, last, tables)


def _parse_demography(path: Path, spec: FileSpec) -> ParsedFile:
    by_month: dict[dt.date, dict[str, int]] = defaultdict(dict)
    for line, row in read_csv_rows(path, spec, final_newline=True):
        month = month_value(path, row["t"], "t", line)
        check_quarter(path, month, row["q"], "q", line)
        demog = row["demog"].strip()
        category(path, demog, DEMOGRAPHY, "demog", line)
        if demog in by_month[month]:
            raise SourceFormatError(path, f"repeated row for {month:%Y-%m} {demog}",
                                    line=line)
        by_month[month][demog] = parse_count(path, row["n"], field_name="n", line=line)
    first, last = check_months_complete(path, set(by_month))
    observations = []
    for month, values in by_month.items():
        split = bool(_CHILDREN & values.keys())
        expected = set(DEMOGRAPHY) if split else {"men", "women"}
        if set(values) != expected:
            raise SourceFormatError(path, f"{month:%Y-%m} has demography rows "
                                    f"{sorted(values)}, expected {sorted(expected)}",
                                    field="demog")
        for demog, value in values.items():
            sex, age = DEMOGRAPHY[demog]
            observations.append(Observation(
                table=SEX_AGE if split else SEX, fiscal_year=fiscal_year_of(month),
                month=month, value=value, sex=sex, age_group=age if split else None))
    tables = {t: TABLES[t] for t in (SEX, SEX_AGE) if any(o.table == t for o in observations)}
    return ParsedFile(observations, first, last, tables)


def parse(path: Path, spec: FileSpec) -> ParsedFile:
    if spec.layout == "iom-darien-nat-v1":
        return _parse_nationality(path, spec)
    return _parse_demography(path, spec)
