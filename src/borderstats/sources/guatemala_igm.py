"""Guatemala, Instituto Guatemalteco de Migración (IGM): Guatemalans returned to
Guatemala, by month, sex, age group and the country that returned them (Mexico by land,
the United States by air), as compiled by IOM.

Everyone counted is Guatemalan, so the table has no citizenship. From January 2024 IOM's
compilation leaves the returning country blank for one of its two series; by elimination
it is presumably the United States (the Mexico series keeps its code), but the file does
not say so, and it is stored as returned_from = UNKNOWN rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from borderstats.errors import SourceFormatError
from borderstats.nationality import UNKNOWN, require_iso
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
from borderstats.sources.iom_common import category, compiler, month_value, rda_skipped

SOURCE = SourceInfo(
    id="guatemala_igm",
    title="Guatemala IGM returns of Guatemalans",
    publisher="Instituto Guatemalteco de Migración (IGM), Guatemala",
    page_url="https://igm.gob.gt/informes-estadisticos",
)

TABLE = "returns_monthly"
DESCRIPTION = ("Guatemalans returned to Guatemala by month, sex, age group and returning "
               "country (ISO-3; UNKNOWN where the compilation leaves it blank, from 2024)")

SEXES = {"male": ("Male",), "female": ("Female",)}
AGE_GROUPS = {
    "adult": ("Adults",),
    "accompanied child": ("Accompanied minors",),
    "unaccompanied child": ("Unaccompanied minors",),
}
# The returning countries the IGM series covers; a blank origin is stored as UNKNOWN.
RETURNING_COUNTRIES = {"MEX", "USA"}

_RELEASE = "https://igm.gob.gt/informes-estadisticos"

FILES = (
    FileSpec(
        pattern=r"iom_gdidata_irreg_guatemala\.csv",
        layout="iom-guatemala-v1",
        title="IGM returns of Guatemalans by sex, age and returning country "
              "(IOM compilation)",
        columns=("t", "sex", "age", "origin", "n"),
        releases={"iom_gdidata_irreg_guatemala.csv": ("2025-06", _RELEASE)},
        compiler=compiler("irreg_guatemala", "reshaped to long form with ISO-3 codes of the "
                          "returning country (blank from 2024 for one series)"),
        note="A blank origin (2024 on) is stored as returned_from = UNKNOWN: presumably the "
             "United States by elimination, but not stated in the file.",
    ),
)

SKIPPED = rda_skipped(r"iom_gdidata_irreg_guatemala")


def parse(path: Path, spec: FileSpec) -> ParsedFile:
    cells: dict[tuple, int] = {}
    for line, row in read_csv_rows(path, spec, final_newline=True):
        month = month_value(path, row["t"], "t", line)
        sex = category(path, row["sex"], SEXES, "sex", line)[0]
        age = category(path, row["age"], AGE_GROUPS, "age", line)[0]
        origin = UNKNOWN
        if row["origin"].strip():
            origin = require_iso(path, row["origin"], "origin", line)
            if origin not in RETURNING_COUNTRIES:
                raise SourceFormatError(path, "unexpected returning country (expected "
                                        f"{' or '.join(sorted(RETURNING_COUNTRIES))})",
                                        field="origin", value=row["origin"], line=line)
        key = (month, sex, age, origin)
        if key in cells:
            raise SourceFormatError(path, f"repeated row for {month:%Y-%m} {sex}, {age}, "
                                    f"{origin}", line=line)
        cells[key] = parse_count(path, row["n"], field_name="n", line=line)
    months: set[dt.date] = {key[0] for key in cells}
    first, last = check_months_complete(path, months)
    observations = [
        Observation(table=TABLE, fiscal_year=fiscal_year_of(month), month=month, value=value,
                    sex=sex, age_group=age, returned_from=origin)
        for (month, sex, age, origin), value in cells.items()]
    return ParsedFile(observations, first, last, {TABLE: DESCRIPTION})
