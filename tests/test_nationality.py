"""The nationality table: every spelling every raw file uses maps to one ISO-3 code, and
the lookups, names and free-text matching behave."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest
from openpyxl import load_workbook

from borderstats import nationality
from borderstats.errors import SourceFormatError
from borderstats.nationality import from_words, name, require_iso, to_iso
from borderstats.query import Engine

# Where each raw file keeps its nationality: folder, file glob, column.
CSV_COLUMNS = [
    ("mexico_upm_boletin", "iom_gdidata_irreg_mexico_nat.csv", "nat"),
    ("mexico_upm_boletin", "iom_gdidata_irreg_mexico_exp.csv", "nat"),
    ("panama_snm_darien", "iom_gdidata_irreg_darien_nat.csv", "nat"),
    ("cbp_swb_encounters", "iom_gdidata_irreg_usa.csv", "nat"),
    ("cbp_swb_encounters", "sbo-encounters-*.csv", "Citizenship Grouping"),
    ("cbp_nationwide_encounters", "nationwide-encounters-*.csv", "Citizenship"),
    ("cbp_nationwide_encounters", "tidytuesday_*_cbp_resp.csv", "citizenship"),
    ("cbp_nationwide_encounters", "tidytuesday_*_cbp_state.csv", "citizenship"),
    ("guatemala_igm_returns", "iom_gdidata_irreg_guatemala.csv", "origin"),
]
KHSM = ("ohss_cbp_encounters", "khsm_encounters_usbp_*.xlsx")


def _raw_values(raw_dir: Path) -> dict[str, set[str]]:
    """Every distinct non-blank nationality value, with the files it appears in."""
    seen: dict[str, set[str]] = defaultdict(set)
    for folder, pattern, column in CSV_COLUMNS:
        paths = sorted((raw_dir / folder).glob(pattern))
        assert paths, f"{folder}/{pattern}"
        for path in paths:
            with path.open(encoding="utf-8-sig", newline="") as fh:
                for row in csv.DictReader(fh):
                    if row[column].strip():
                        seen[row[column].strip()].add(path.name)
    paths = sorted((raw_dir / KHSM[0]).glob(KHSM[1]))
    assert paths
    for path in paths:
        wb = load_workbook(path, read_only=True)
        for ws in wb.worksheets:
            rows = ws.iter_rows(values_only=True)
            header = [" ".join(str(h).split()) if h else "" for h in next(rows)]
            if "Citizenship" in header:
                i = header.index("Citizenship")
                for row in rows:
                    if row[i] is not None:
                        seen[str(row[i]).strip()].add(f"{path.name}/{ws.title}")
        wb.close()
    return seen


@pytest.fixture(scope="module")
def raw_values(raw_dir: Path) -> dict[str, set[str]]:
    return _raw_values(raw_dir)


def test_every_nationality_in_every_raw_file_maps(raw_values: dict[str, set[str]]) -> None:
    unmapped = {v: sorted(files)[:3] for v, files in raw_values.items() if to_iso(v) is None}
    assert not unmapped, f"add these to nationality.csv: {unmapped}"
    # Every kind of spelling is there: ISO codes, CBP's and OHSS's names, IOM's specials.
    assert len(raw_values) > 300
    for value in ("VEN", "OOO", "STL", "XKX", "TIB", "CHINA, PEOPLES REPUBLIC OF",
                  "MYANMAR (BURMA)", "El Salvador", "Korea, South", "Burma",
                  "China, People's Republic", "Serbia and Montenegro (former)", "Unknown"):
        assert value in raw_values, value


def test_spellings_of_one_country_agree(raw_values: dict[str, set[str]]) -> None:
    assert to_iso("CHINA, PEOPLES REPUBLIC OF") == to_iso("China, People's Republic") == "CHN"
    assert to_iso("MYANMAR (BURMA)") == to_iso("Burma") == to_iso("MMR") == "MMR"
    assert to_iso("Korea, South") == "KOR" and to_iso("Korea, North") == "PRK"
    assert to_iso("EL SALVADOR") == to_iso("El Salvador") == to_iso("SLV") == "SLV"
    assert to_iso("Congo, Democratic Republic") == "COD"
    assert to_iso("Congo, Republic") == "COG"
    assert to_iso("Cote d'Ivoire") == to_iso("Côte d’Ivoire") == "CIV"
    assert to_iso("RUSSIA") == to_iso("Russian Federation") == "RUS"
    assert to_iso("TURKEY") == to_iso("Türkiye") == "TUR"
    # IOM's ISO-3 codes are ISO codes: each maps to itself.
    codes = {v for v in raw_values if len(v) == 3 and v.isupper()}
    assert {c for c in codes if to_iso(c) != c} == {"OOO", "STL"}


def test_special_values() -> None:
    assert to_iso("OOO") == to_iso("Other") == to_iso("OTHER") == nationality.OTHER
    assert to_iso("STL") == to_iso("apátrida") == nationality.STATELESS
    assert to_iso("Unknown") == nationality.UNKNOWN
    assert to_iso("Atlantis") is None and to_iso("") is None and to_iso(None) is None


def test_demonyms_english_and_spanish() -> None:
    for word in ("Venezuelans", "venezolanos", "venezolana", "Venezuelan", "VENEZUELA"):
        assert to_iso(word) == "VEN", word
    assert to_iso("Haitians") == to_iso("haitianas") == "HTI"
    assert to_iso("salvadoreños") == to_iso("Salvadorans") == "SLV"
    assert to_iso("guatemaltecos") == "GTM" and to_iso("hondureñas") == "HND"
    assert to_iso("Chinese") == "CHN" and to_iso("franceses") == "FRA"


def test_names() -> None:
    assert name("VEN") == "Venezuela" and name("VEN", "es") == "Venezuela"
    assert name("USA") == "United States" and name("USA", lang="es") == "Estados Unidos"
    assert name("KOR") == "South Korea" and name("KOR", "es") == "Corea del Sur"
    assert name("OTHER") == "Other nationalities"
    with pytest.raises(KeyError):
        name("XYZ")
    with pytest.raises(ValueError):
        name("VEN", "fr")


def test_require_iso_names_file_field_and_value(tmp_path: Path) -> None:
    assert require_iso(tmp_path / "f.csv", "VEN", "nat", 3) == "VEN"
    with pytest.raises(SourceFormatError) as err:
        require_iso(tmp_path / "f.csv", "QQQ", "nat", 7)
    message = str(err.value)
    assert "f.csv" in message and "line 7" in message and "'nat'" in message
    assert "'QQQ'" in message and "unknown nationality" in message
    with pytest.raises(SourceFormatError, match="empty nationality"):
        require_iso(tmp_path / "f.csv", " ", "nat")


def test_from_words() -> None:
    assert from_words("Venezuelans, Haitians and Ecuadorians crossed") == ["VEN", "HTI", "ECU"]
    assert from_words("Los venezolanos y los hondureños") == ["VEN", "HND"]
    assert from_words("South Sudanese and Sudanese nationals") == ["SSD", "SDN"]
    assert from_words("from the Dominican Republic and Papua New Guinea") == ["DOM", "PNG"]
    # Not countries here: a US state, other Americans, a pronoun.
    assert from_words("New Mexico and Georgia; Central Americans told us") == []
    assert from_words("Mexico City") == ["MEX"]


def test_every_key_names_one_code() -> None:
    index = nationality._index()  # raises if a spelling named two codes
    assert len(index) > 1000
    table = nationality.table()
    assert len(table) >= 250 and all(len(c) == 3 for c in table if c not in
                                      nationality.SPECIAL)


def test_query_filters_accept_any_spelling(engine: Engine) -> None:
    # ISO-3 tables found by a name, name tables found by a code or a demonym.
    darien = engine.query("darien_transits", "2023", where={"citizenship": ["VENEZUELA"]})
    assert darien.value == engine.query("darien_transits", "2023",
                                        where={"citizenship": ["venezolanos"]}).value == 328_650
    cbp = engine.query("swb_encounters", "FY2023", where={"citizenship": ["SLV"]})
    assert cbp.value == engine.query("swb_encounters", "FY2023",
                                     where={"citizenship": ["EL SALVADOR"]}).value
    assert cbp.provenance[0].filters["citizenship"] == ["SLV"]
    assert engine.query("gt_returns", "2022", where={"returned_from": ["Mexico"]}).value \
        == 53_503


def test_regions_are_data_in_the_table() -> None:
    assert nationality.countries_in("northern_triangle") == ("GTM", "HND", "SLV")
    assert nationality.countries_in("caribbean") == ("CUB", "DOM", "HTI", "JAM")
    assert len(nationality.countries_in("south_america")) == 12
    assert set(nationality.countries_in("northern_triangle")) < set(
        nationality.countries_in("central_america"))
    africa = nationality.countries_in("africa")
    assert len(africa) == 54 and {"SEN", "MRT", "EGY", "ZAF"} <= set(africa)
    with pytest.raises(KeyError, match="atlantis"):
        nationality.countries_in("atlantis")
