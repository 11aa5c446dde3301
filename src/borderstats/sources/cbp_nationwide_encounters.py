"""CBP Nationwide Encounters: monthly, all land-border regions plus air and sea ports
('Other'), by state or by area of responsibility (FY2020 onward)."""

from __future__ import annotations

from pathlib import Path

from borderstats.errors import SourceFormatError
from borderstats.nationality import require_iso
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
    REGIONS,
    check_month_grouping,
    check_months_complete,
    fiscal_year_value,
    month_value,
)

SOURCE = SourceInfo(
    id="cbp_nationwide_encounters",
    title="CBP Nationwide Encounters",
    publisher="U.S. Customs and Border Protection",
    page_url="https://www.cbp.gov/newsroom/stats/nationwide-encounters",
)

STATE_TABLE = "state_monthly"
AOR_TABLE = "aor_monthly"

_CBP_DOCS = "https://www.cbp.gov/sites/default/files"
_PAGE = "https://www.cbp.gov/document/stats/nationwide-encounters"

_STATE_COLUMNS = ("Fiscal Year", "Month Grouping", "Month (abbv)", "Land Border Region",
                  "State", "Demographic", "Citizenship", "Title of Authority",
                  "Encounter Count")
_AOR_COLUMNS = ("Fiscal Year", "Month Grouping", "Month (abbv)", "Component",
                "Land Border Region", "Area of Responsibility", "AOR (Abbv)", "Demographic",
                "Citizenship", "Title of Authority", "Encounter Type", "Encounter Count")
# TidyTuesday's packaging snake-cases the official headers; values are unchanged.
_SNAKE = {c.lower().replace(" (abbv)", "_abbv").replace(" ", "_"): c for c in _AOR_COLUMNS}

FILES = (
    FileSpec(
        pattern=r"nationwide-encounters-fy\d\d-fy\d\d(-[a-z]{3})?-state\.csv",
        layout="nationwide-state-v1",
        title="Nationwide Encounters by state (CSV)",
        columns=_STATE_COLUMNS,
        releases={
            "nationwide-encounters-fy20-fy23-state.csv": (
                "2023-11",
                f"{_CBP_DOCS}/assets/documents/2023-Nov/nationwide-encounters-fy20-fy23-state.csv"),
            "nationwide-encounters-fy21-fy24-oct-state.csv": ("2023-11", _PAGE),
            "nationwide-encounters-fy21-fy24-nov-state.csv": ("2023-12", _PAGE),
            "nationwide-encounters-fy21-fy24-state.csv": (
                "2024-10", f"{_CBP_DOCS}/2024-10/nationwide-encounters-fy21-fy24-state.csv"),
            "nationwide-encounters-fy22-fy25-state.csv": (
                "2025-11", f"{_CBP_DOCS}/2025-11/nationwide-encounters-fy22-fy25-state.csv"),
            "nationwide-encounters-fy23-fy26-nov-state.csv": ("2025-12", _PAGE),
        },
    ),
    FileSpec(
        pattern=r"nationwide-encounters-fy\d\d-fy\d\d(-[a-z]{3})?-aor\.csv",
        layout="nationwide-aor-v1",
        title="Nationwide Encounters by area of responsibility (CSV)",
        columns=_AOR_COLUMNS,
    ),
    FileSpec(
        pattern=r"tidytuesday_2024-11-26_cbp_resp\.csv",
        layout="nationwide-aor-v1",
        title="Nationwide Encounters by area of responsibility, FY2020–FY2024 "
              "(TidyTuesday compilation of the official AOR files)",
        columns=_AOR_COLUMNS,
        aliases=_SNAKE,
        releases={"tidytuesday_2024-11-26_cbp_resp.csv": ("2024-11", _PAGE)},
        compiler="TidyTuesday (rfordatascience/tidytuesday, 2024-11-26): the official "
                 "fy20-fy23 and fy21-fy24 AOR files joined and de-duplicated; read from a "
                 "CSV conversion of its .rda",
    ),
)

# The publisher's pages that link the current files (`borderstats update` reads them and
# downloads every linked file this source recognises).
# Its Southwest rows are the events of CBP's Southwest file (see cbp_swb_encounters).
DOWNLOAD_PAGES = (
    "https://www.cbp.gov/document/stats/nationwide-encounters",
)

# Files in this folder that no source reads, and why.
SKIPPED = {
    r"tidytuesday_2024-11-26_cbp_state\.(csv|rda)":
        "a third-party union of the official state files, which are ingested themselves",
    r"tidytuesday_2024-11-26_cbp_resp\.rda": "the .csv conversion beside it is ingested",
}


def _sector(path: Path, raw: str, component: str, line: int) -> str:
    """USBP sectors by short name ('Tucson'), OFO field offices by full name."""
    name = raw.strip()
    if component == "USBP" and name.endswith(" Sector"):
        return name.removesuffix(" Sector")
    if component == "OFO" and name.endswith(" Field Office"):
        return name
    raise SourceFormatError(path, f"not a {component} area of responsibility",
                            field="Area of Responsibility", value=raw, line=line)


def parse(path: Path, spec: FileSpec) -> ParsedFile:
    is_aor = spec.layout == "nationwide-aor-v1"
    table = AOR_TABLE if is_aor else STATE_TABLE
    observations = []
    months = set()
    for line, row in read_csv_rows(path, spec, final_newline=True):
        fy = fiscal_year_value(path, row["Fiscal Year"], line)
        check_month_grouping(path, row["Month Grouping"], "Month Grouping", line)
        month = month_value(path, fy, row["Month (abbv)"], "Month (abbv)", line)
        months.add(month)
        citizenship = require_iso(path, row["Citizenship"], "Citizenship", line)
        common = dict(
            table=table, fiscal_year=fy, month=month,
            value=parse_count(path, row["Encounter Count"], field_name="Encounter Count",
                              line=line),
            region=require_value(path, row["Land Border Region"], REGIONS,
                                 field_name="Land Border Region", line=line),
            demographic=require_value(path, row["Demographic"], DEMOGRAPHICS,
                                      field_name="Demographic", line=line),
            citizenship=citizenship,
            authority=require_value(path, row["Title of Authority"], AUTHORITIES,
                                    field_name="Title of Authority", line=line),
        )
        if is_aor:
            component = require_value(path, row["Component"], COMPONENTS,
                                      field_name="Component", line=line)
            observations.append(Observation(
                **common, component=component,
                sector=_sector(path, row["Area of Responsibility"], component, line),
                encounter_type=require_value(path, row["Encounter Type"], ENCOUNTER_TYPES,
                                             field_name="Encounter Type", line=line)))
        else:
            state = row["State"].strip().upper()
            if len(state) != 2 or not state.isalpha():
                raise SourceFormatError(path, "not a two-letter state code", field="State",
                                        value=row["State"], line=line)
            observations.append(Observation(**common, state=state))
    first, last = check_months_complete(path, months)
    description = ("Nationwide encounters by month, component, land-border region, area of "
                   "responsibility, demographic, citizenship, authority and encounter type"
                   if is_aor else
                   "Nationwide encounters by month, land-border region, state, demographic, "
                   "citizenship and title of authority (no component)")
    return ParsedFile(observations, first, last, {table: description})
