"""CBP Southwest Land Border Encounters: monthly, by component, demographic, citizenship
group, title of authority and encounter type (FY2019 onward)."""

from __future__ import annotations

from pathlib import Path

from borderstats.sources.base import (
    FileSpec,
    Observation,
    ParsedFile,
    SourceInfo,
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

SOURCE = SourceInfo(
    id="cbp_swb_encounters",
    title="CBP Southwest Land Border Encounters",
    publisher="U.S. Customs and Border Protection",
    page_url="https://www.cbp.gov/newsroom/stats/southwest-land-border-encounters",
)

TABLE = "swb_monthly"

# Citizenship in these files is grouped into four countries and 'Other'.
CITIZENSHIP_GROUPS = {"El Salvador": "EL SALVADOR", "Guatemala": "GUATEMALA",
                      "Honduras": "HONDURAS", "Mexico": "MEXICO", "Other": "OTHER"}

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
)

# Files in this folder that no source reads, and why.
SKIPPED = {
    r"iom_gdidata_irreg_usa\.(csv|rda)":
        "a third-party (IOM) compilation of the CBP Southwest files, which are ingested "
        "themselves",
}


def parse(path: Path, spec: FileSpec) -> ParsedFile:
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
