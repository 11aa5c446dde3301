"""Mexico, SEGOB Unidad de Política Migratoria (UPM): Boletín Mensual de Estadísticas
Migratorias, tables 3.1.1, 3.1.3 and 3.2.4, as compiled by IOM.

- 3.1.1 *Eventos de personas extranjeras presentadas ante el INM (PAM iniciado) y
  canalizadas al DIF*, by month and nationality (Jan 2018 on) — Mexico's detention figure:
  events of foreigners presented to the migration authority or channelled to the child
  protection system;
- 3.1.3 the same events by month, sex and age group;
- 3.2.4 *Eventos de personas extranjeras devueltas*: deportations and assisted returns by
  month and nationality (Jan 2015 on).

All three count events, not people. IOM downloaded each year's Boletín table and reshaped
it to long form with ISO-3 nationality codes; every code must be in the nationality table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
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
from borderstats.sources.iom_common import category, compiler, month_value, rda_skipped

SOURCE = SourceInfo(
    id="mexico_upm",
    title="Mexico UPM Boletín Mensual de Estadísticas Migratorias",
    publisher="Secretaría de Gobernación (SEGOB), Unidad de Política Migratoria, Registro e "
              "Identidad de Personas (UPMRIP), Mexico",
    page_url="https://portales.segob.gob.mx/es/PoliticaMigratoria/Boletines_Estadisticos",
)

PRESENTED = "presented_nationality_monthly"
PRESENTED_SEX_AGE = "presented_sex_age_monthly"
RETURNED = "returned_nationality_monthly"

TABLES = {
    PRESENTED: "Table 3.1.1: events of foreigners presented to the INM (PAM started) or "
               "channelled to the DIF, by month and nationality (ISO-3)",
    PRESENTED_SEX_AGE: "Table 3.1.3: events of foreigners presented to the INM or channelled "
                       "to the DIF, by month, sex and age group",
    RETURNED: "Table 3.2.4: events of foreigners returned (deportation, assisted return, "
              "assisted return of minors), by month and nationality (ISO-3)",
}

SEXES = {"male": ("Male",), "female": ("Female",)}
# Table 3.1.3's age bands; children under 12 are split by whether they travelled alone.
AGE_GROUPS = {
    "18+": ("18+",),
    "12-17": ("12-17",),
    "under 12, accompanied": ("0-11 accompanied",),
    "under 12, unaccompanied": ("0-11 unaccompanied",),
}
# Table 3.2.4's types of return ('deportación', 'retorno asistido', 'retorno asistido de
# niñas, niños y adolescentes').
RETURN_TYPES = {
    "deportation": ("Deportation",),
    "assisted return": ("Assisted return",),
    "assisted return of children": ("Assisted return of minors",),
}

# In some months IOM's compilation gives two rows with the same code: two of the Boletín's
# countries were coded alike (the names are not in the compilation). Their counts are
# summed, so totals are kept; any other repeated row is an error.
MERGED_BY_COMPILER = {"FRA", "GIN"}

_RELEASE = "https://portales.segob.gob.mx/es/PoliticaMigratoria/Boletines_Estadisticos"

FILES = (
    FileSpec(
        pattern=r"iom_gdidata_irreg_mexico_nat\.csv",
        layout="iom-mexico-nat-v1",
        title="UPM Boletín table 3.1.1 by nationality (IOM compilation)",
        columns=("t", "nat", "n"),
        releases={"iom_gdidata_irreg_mexico_nat.csv": ("2025-06", _RELEASE)},
        compiler=compiler("irreg_mexico_nat", "(UPM table 3.1.1) reshaped to long form with "
                          "ISO-3 nationality codes"),
        note="Repeated FRA and GIN rows in some months are summed (two Boletín countries "
             "coded alike by the compiler).",
    ),
    FileSpec(
        pattern=r"iom_gdidata_irreg_mexico_dmg\.csv",
        layout="iom-mexico-dmg-v1",
        title="UPM Boletín table 3.1.3 by sex and age (IOM compilation)",
        columns=("t", "sex", "age", "n"),
        releases={"iom_gdidata_irreg_mexico_dmg.csv": ("2025-06", _RELEASE)},
        compiler=compiler("irreg_mexico_dmg", "(UPM table 3.1.3) reshaped to long form"),
    ),
    FileSpec(
        pattern=r"iom_gdidata_irreg_mexico_exp\.csv",
        layout="iom-mexico-exp-v1",
        title="UPM Boletín table 3.2.4, returns by type and nationality (IOM compilation)",
        columns=("t", "nat", "type", "n"),
        releases={"iom_gdidata_irreg_mexico_exp.csv": ("2025-06", _RELEASE)},
        compiler=compiler("irreg_mexico_exp", "(UPM table 3.2.4) reshaped to long form with "
                          "ISO-3 nationality codes"),
    ),
)

SKIPPED = rda_skipped(r"iom_gdidata_irreg_mexico_(nat|dmg|exp)")


def _dimensions(spec: FileSpec) -> Callable[[Path, dict[str, str], int], dict[str, str]]:
    """The layout's columns → Observation fields, per file."""
    def nationality(path: Path, row: dict[str, str], line: int) -> dict[str, str]:
        return {"citizenship": require_iso(path, row["nat"], "nat", line)}

    def sex_age(path: Path, row: dict[str, str], line: int) -> dict[str, str]:
        return {"sex": category(path, row["sex"], SEXES, "sex", line)[0],
                "age_group": category(path, row["age"], AGE_GROUPS, "age", line)[0]}

    def returned(path: Path, row: dict[str, str], line: int) -> dict[str, str]:
        return {"citizenship": require_iso(path, row["nat"], "nat", line),
                "outcome": category(path, row["type"], RETURN_TYPES, "type", line)[0]}

    return {"iom-mexico-nat-v1": nationality, "iom-mexico-dmg-v1": sex_age,
            "iom-mexico-exp-v1": returned}[spec.layout]


def parse(path: Path, spec: FileSpec) -> ParsedFile:
    table = {"iom-mexico-nat-v1": PRESENTED, "iom-mexico-dmg-v1": PRESENTED_SEX_AGE,
             "iom-mexico-exp-v1": RETURNED}[spec.layout]
    dimensions = _dimensions(spec)
    cells: dict[tuple, int] = {}
    for line, row in read_csv_rows(path, spec, final_newline=True):
        month = month_value(path, row["t"], "t", line)
        fields = dimensions(path, row, line)
        value = parse_count(path, row["n"], field_name="n", line=line)
        key = (month, *sorted(fields.items()))
        if key in cells:
            if fields.get("citizenship") not in MERGED_BY_COMPILER or table != PRESENTED:
                raise SourceFormatError(path, f"repeated row for {month:%Y-%m} "
                                        f"{', '.join(fields.values())}", line=line)
            cells[key] += value
        else:
            cells[key] = value
    months: set[dt.date] = {key[0] for key in cells}
    first, last = check_months_complete(path, months)
    observations = [
        Observation(table=table, fiscal_year=fiscal_year_of(month), month=month, value=value,
                    **dict(fields))
        for (month, *fields), value in cells.items()]
    return ParsedFile(observations, first, last, {table: TABLES[table]})
