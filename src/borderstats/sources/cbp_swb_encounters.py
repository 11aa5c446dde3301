"""CBP Southwest Land Border Encounters: monthly, by component, demographic, citizenship
group, title of authority and encounter type (FY2019 onward); and IOM's compilation of
the same CBP files (October 2017 onward, with area of responsibility and nationality from
October 2019)."""

from __future__ import annotations

import datetime as dt
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
    require_value,
)
from borderstats.sources.cbp_common import (
    AUTHORITIES,
    COMPONENTS,
    DEMOGRAPHICS,
    ENCOUNTER_TYPES,
    check_month_grouping,
    check_months_complete,
    fiscal_year_value,
    month_value,
)
from borderstats.sources.iom_common import compiler
from borderstats.sources.iom_common import month_value as iom_month

SOURCE = SourceInfo(
    id="cbp_swb_encounters",
    title="CBP Southwest Land Border Encounters",
    publisher="U.S. Customs and Border Protection",
    page_url="https://www.cbp.gov/newsroom/stats/southwest-land-border-encounters",
)

TABLE = "swb_monthly"
IOM_TABLE = "swb_iom_monthly"

# Citizenship in these files is grouped into four countries and 'Other'.
CITIZENSHIP_GROUPS = {"El Salvador": "SLV", "Guatemala": "GTM", "Honduras": "HND",
                      "Mexico": "MEX", "Other": "OTHER"}

_COLUMNS = ("Fiscal Year", "Month Grouping", "Month (abbv)", "Component", "Demographic",
            "Citizenship Grouping", "Title of Authority", "Encounter Type", "Encounter Count")
_CBP_DOCS = "https://www.cbp.gov/sites/default/files"
# Where the exact file address is not known, the release points at the download page.
_PAGE = "https://www.cbp.gov/document/stats/southwest-land-border-encounters"

FILES = (
    FileSpec(
        pattern=r"sbo-encounters-fy\d\d-fy\d\d(-[a-z]{3})?\.csv",
        layout="sbo-encounters-v1",
        title="Southwest Land Border Encounters (CSV)",
        columns=_COLUMNS,
        releases={
            "sbo-encounters-fy19-fy22.csv": (
                "2022-10", f"{_CBP_DOCS}/assets/documents/2022-Oct/sbo-encounters-fy19-fy22.csv"),
            "sbo-encounters-fy22-fy25-nov.csv": (
                "2024-12", _PAGE),
            "sbo-encounters-fy22-fy25-aug.csv": (
                "2025-09", _PAGE),
        },
    ),
    FileSpec(
        pattern=r"iom_gdidata_irreg_usa\.csv",
        layout="iom-usa-v1",
        title="Southwest Land Border encounters with area and nationality (IOM compilation "
              "of CBP's files)",
        columns=("t", "t_fy", "component", "area", "authority", "type", "demog", "nat", "n"),
        releases={"iom_gdidata_irreg_usa.csv": ("2025-06", _PAGE)},
        compiler=compiler("irreg_usa", "(CBP's Southwest Land Border encounter files) "
                          "joined, with areas of responsibility and ISO-3 nationality codes "
                          "from October 2019 ('OOO' = CBP's 'Other')"),
        note="Area and nationality are blank before October 2019 (stored as NULL).",
    ),
)

# The publisher's pages that link the current files (`borderstats update` reads them and
# downloads every linked file this source recognises).
# The Southwest rows of CBP's nationwide file are the same events: monthly totals agree
# within 0.1% across every pair of official vintages.
DOWNLOAD_PAGES = (
    "https://www.cbp.gov/document/stats/southwest-land-border-encounters",
)

# Files in this folder that no source reads, and why.
SKIPPED = {
    r"iom_gdidata_irreg_usa\.rda":
        "IOM's R object as published; its CSV conversion beside it (the same values) is "
        "ingested instead",
}

# IOM's compilation: from this month every row names an area and a nationality; before it
# none does (the CBP files of FY2018–FY2019 had neither).
IOM_DETAIL_FROM = dt.date(2019, 10, 1)


def _iom_sector(path: Path, raw: str, component: str, line: int) -> str:
    """As the nationwide files: USBP sectors by short name ('Tucson'), OFO field offices by
    full name ('San Diego Field Office')."""
    name = raw.strip()
    if component == "USBP" and name.endswith(" Sector"):
        return name.removesuffix(" Sector")
    if component == "OFO" and name.endswith(" Field Office"):
        return name
    raise SourceFormatError(path, f"not a {component} area of responsibility", field="area",
                            value=raw, line=line)


def _parse_iom(path: Path, spec: FileSpec) -> ParsedFile:
    observations = []
    seen: set[tuple] = set()
    for line, row in read_csv_rows(path, spec, final_newline=True):
        month = iom_month(path, row["t"], "t", line)
        # IOM's t_fy is the month with the fiscal year as its year (Oct 2017 → 2018-10-01).
        shifted = month.replace(year=fiscal_year_of(month))
        if iom_month(path, row["t_fy"], "t_fy", line) != shifted:
            raise SourceFormatError(path, f"does not match t ({month:%Y-%m}); expected "
                                    f"{shifted:%Y-%m-%d}", field="t_fy", value=row["t_fy"],
                                    line=line)
        component = require_value(path, row["component"], COMPONENTS, field_name="component",
                                  line=line)
        detailed = month >= IOM_DETAIL_FROM
        for column in ("area", "nat"):
            if bool(row[column].strip()) != detailed:
                raise SourceFormatError(
                    path, f"{column} must be {'given' if detailed else 'blank'} "
                    f"{'from' if detailed else 'before'} {IOM_DETAIL_FROM:%B %Y}",
                    field=column, value=row[column], line=line)
        obs = Observation(
            table=IOM_TABLE,
            fiscal_year=fiscal_year_of(month),
            month=month,
            value=parse_count(path, row["n"], field_name="n", line=line),
            region="Southwest Land Border",
            component=component,
            sector=_iom_sector(path, row["area"], component, line) if detailed else None,
            demographic=require_value(path, row["demog"], DEMOGRAPHICS, field_name="demog",
                                      line=line),
            citizenship=require_iso(path, row["nat"], "nat", line) if detailed else None,
            authority=require_value(path, row["authority"], AUTHORITIES,
                                    field_name="authority", line=line),
            encounter_type=require_value(path, row["type"], ENCOUNTER_TYPES,
                                         field_name="type", line=line),
        )
        key = (obs.month, obs.component, obs.sector, obs.demographic, obs.citizenship,
               obs.authority, obs.encounter_type)
        if key in seen:
            raise SourceFormatError(path, "repeated row", line=line)
        seen.add(key)
        observations.append(obs)
    first, last = check_months_complete(path, {o.month for o in observations})
    return ParsedFile(observations, first, last, {
        IOM_TABLE: "Southwest Land Border encounters by month, component, area of "
                   "responsibility, demographic, nationality (ISO-3), title of authority "
                   "and encounter type (IOM compilation; area and nationality from "
                   "October 2019)"})


def parse(path: Path, spec: FileSpec) -> ParsedFile:
    if spec.layout == "iom-usa-v1":
        return _parse_iom(path, spec)
    observations = []
    months = set()
    for line, row in read_csv_rows(path, spec):
        fy = fiscal_year_value(path, row["Fiscal Year"], line)
        check_month_grouping(path, row["Month Grouping"], "Month Grouping", line)
        month = month_value(path, fy, row["Month (abbv)"], "Month (abbv)", line)
        months.add(month)
        observations.append(Observation(
            table=TABLE,
            fiscal_year=fy,
            month=month,
            value=parse_count(path, row["Encounter Count"], field_name="Encounter Count",
                              line=line),
            region="Southwest Land Border",
            component=require_value(path, row["Component"], COMPONENTS,
                                    field_name="Component", line=line),
            demographic=require_value(path, row["Demographic"], DEMOGRAPHICS,
                                      field_name="Demographic", line=line),
            citizenship=require_value(path, row["Citizenship Grouping"], CITIZENSHIP_GROUPS,
                                      field_name="Citizenship Grouping", line=line),
            authority=require_value(path, row["Title of Authority"], AUTHORITIES,
                                    field_name="Title of Authority", line=line),
            encounter_type=require_value(path, row["Encounter Type"], ENCOUNTER_TYPES,
                                         field_name="Encounter Type", line=line),
        ))
    first, last = check_months_complete(path, months)
    return ParsedFile(observations, first, last, {
        TABLE: "Southwest Land Border encounters by month, component, demographic, "
               "citizenship group, title of authority and encounter type"})
