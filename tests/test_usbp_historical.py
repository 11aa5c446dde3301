"""usbp_historical against the real official PDFs, cross-checked cell by cell against the
third-party transcriptions that sit beside them (which are never ingested)."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import re
from collections import Counter
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from conftest import NO_RAW, RAW

from borderstats.errors import SourceFormatError
from borderstats.sources import usbp_historical as usbp
from borderstats.sources.base import (
    MONTH_NAMES,
    FileSpec,
    Observation,
    ParsedFile,
    fiscal_month_start,
)

DIR = RAW / "usbp_historical"

NATIONWIDE_2019 = "u.s._border_patrol_total_apprehensions_fy_1925_fy_2019_.pdf"
NATIONWIDE_2020 = "usbp_total_apprehensions_fy1925-fy2020_508.pdf"
SWB_SECTORS = (
    "u.s._border_patrol_fiscal_year_southwest_border_sector_apprehensions_fy_1960_fy_2019_0.pdf"
)
MONTHLY_2019 = "u.s._border_patrol_monthly_apprehensions_fy_2000_fy_2019_1.pdf"
MONTHLY_2020 = "us_border_patrol_monthly_encounters_fy2000-fy2020-508.pdf"
FAMILY_UNITS = (
    "u.s._border_patrol_total_monthly_family_unit_apprehensions_by_sector_fy_2013_fy_2019_1.pdf"
)
UAC = "u.s._border_patrol_total_monthly_uac_apprehensions_by_sector_fy_2010_fy_2019_0.pdf"
OFFICIAL = (NATIONWIDE_2019, NATIONWIDE_2020, SWB_SECTORS, MONTHLY_2019, MONTHLY_2020,
            FAMILY_UNITS, UAC)

SW_SECTORS = {
    "Big Bend",
    "Del Rio",
    "El Centro",
    "El Paso",
    "Laredo",
    "Rio Grande Valley",
    "San Diego",
    "Tucson",
    "Yuma",
}
# Livermore is printed 'N/A' for FY2006 onward (no row at all in FY2019-FY2020).
LIVERMORE_NA = range(2006, 2021)


def _spec(name: str) -> FileSpec:
    specs = [s for s in usbp.FILES if s.matches(Path(name))]
    assert len(specs) == 1, name
    return specs[0]


@pytest.fixture(scope="module")
def raw_dir() -> Path:
    if not DIR.is_dir():
        pytest.skip(NO_RAW)
    return DIR


@pytest.fixture(scope="module")
def parsed(raw_dir: Path) -> dict[str, ParsedFile]:
    # Parse each PDF once for the whole module (the monthly ones take ~1.5 s each).
    return {name: usbp.parse(raw_dir / name, _spec(name)) for name in OFFICIAL}


def _by(observations: list[Observation], table: str) -> dict[tuple, int]:
    """{(fiscal_year, month, region, sector): value} for one table, keys unique."""
    cells = [(o.fiscal_year, o.month, o.region, o.sector) for o in observations if o.table == table]
    assert len(cells) == len(set(cells)), f"duplicate cells in {table}"
    return {
        (o.fiscal_year, o.month, o.region, o.sector): o.value
        for o in observations
        if o.table == table
    }


# --- file recognition --------------------------------------------------------------------


def test_each_official_pdf_has_one_spec_and_transcriptions_none(raw_dir: Path) -> None:
    for name in OFFICIAL:
        spec = _spec(name)
        assert name in spec.releases
    for path in raw_dir.iterdir():
        matched = [s.layout for s in usbp.FILES if s.matches(path)]
        if path.name in OFFICIAL:
            assert len(matched) == 1, path.name
        else:
            # Transcriptions, the xlsx and the other PDF tables are skipped, with a reason.
            assert matched == [], path.name
            if path.suffix != ".md":
                assert any(re.fullmatch(p, path.name) for p in usbp.SKIPPED), path.name


def test_release_metadata() -> None:
    releases = {n: r for s in usbp.FILES for n, r in s.releases.items()}
    assert set(releases) == set(OFFICIAL)
    assert releases[NATIONWIDE_2019][0] == releases[SWB_SECTORS][0] == "2020-01"
    assert releases[MONTHLY_2019][0] == "2020-01"
    assert releases[NATIONWIDE_2020][0] == releases[MONTHLY_2020][0] == "2021-01"
    assert releases[FAMILY_UNITS][0] == releases[UAC][0] == "2020-01"
    assert releases[MONTHLY_2020][1] == (
        "https://www.cbp.gov/document/stats/us-border-patrol-monthly-encounters-fy-2000-fy-2020"
    )
    assert usbp.SOURCE.id == "usbp_historical"


# --- shape of the output -----------------------------------------------------------------


def test_tables_counts_and_spans(parsed: dict[str, ParsedFile]) -> None:
    def counts(name: str) -> dict[str, int]:
        return dict(Counter(o.table for o in parsed[name].observations))

    assert counts(NATIONWIDE_2019) == {"nationwide_annual": 95}
    assert counts(NATIONWIDE_2020) == {"nationwide_annual": 96}
    assert counts(SWB_SECTORS) == {"swb_sector_annual": 60 * 9, "swb_annual": 60}
    # 21 sectors FY2000-FY2005 (Livermore), 20 after; 3 region rows and 1 total per month.
    assert counts(MONTHLY_2019) == {
        "monthly_sector": (6 * 21 + 14 * 20) * 12,
        "monthly_region": 20 * 12 * 3,
        "monthly_total": 20 * 12,
    }
    assert counts(MONTHLY_2020) == {
        "monthly_sector": (6 * 21 + 15 * 20) * 12,
        "monthly_region": 21 * 12 * 3,
        "monthly_total": 21 * 12,
    }

    # One table each, of the 20 sectors (the region and total rows are checked, not kept):
    # family units FY2013-FY2019, unaccompanied children FY2010-FY2019.
    assert counts(FAMILY_UNITS) == {"monthly_sector_family_units": 7 * 20 * 12}
    assert counts(UAC) == {"monthly_sector_uac": 10 * 20 * 12}

    spans = {n: (p.data_start, p.data_end) for n, p in parsed.items()}
    assert spans[FAMILY_UNITS] == (dt.date(2012, 10, 1), dt.date(2019, 9, 1))
    assert spans[UAC] == (dt.date(2009, 10, 1), dt.date(2019, 9, 1))
    assert spans[NATIONWIDE_2019] == (dt.date(1924, 10, 1), dt.date(2019, 9, 1))
    assert spans[NATIONWIDE_2020] == (dt.date(1924, 10, 1), dt.date(2020, 9, 1))
    assert spans[SWB_SECTORS] == (dt.date(1959, 10, 1), dt.date(2019, 9, 1))
    assert spans[MONTHLY_2019] == (dt.date(1999, 10, 1), dt.date(2019, 9, 1))
    assert spans[MONTHLY_2020] == (dt.date(1999, 10, 1), dt.date(2020, 9, 1))
    for p in parsed.values():
        assert set(p.tables) == {o.table for o in p.observations}


def test_dimensions(parsed: dict[str, ParsedFile]) -> None:
    for p in parsed.values():
        for o in p.observations:
            assert o.component == "USBP"
            # (Only the family-unit and children's tables have a family status.)
            assert o.demographic == {"monthly_sector_family_units": "FMUA",
                                     "monthly_sector_uac": "UAC"}.get(o.table)
            assert o.state is o.citizenship is o.authority is None
            assert o.encounter_type is None
            if o.table in ("nationwide_annual", "monthly_total"):
                assert o.region is None and o.sector is None
            if o.table in ("swb_annual", "monthly_region"):
                assert o.sector is None
            if o.month is None:
                assert o.table in ("nationwide_annual", "swb_sector_annual", "swb_annual")
            else:
                assert o.month.day == 1
                assert o.month == fiscal_month_start(o.fiscal_year, o.month.month)
    sw = {o.sector for o in parsed[SWB_SECTORS].observations if o.sector}
    assert sw == SW_SECTORS
    monthly = {(o.sector, o.region) for o in parsed[MONTHLY_2020].observations if o.sector}
    assert {s for s, r in monthly if r == "Southwest Land Border"} == SW_SECTORS
    assert {s for s, r in monthly if r == "Coastal Border"} == {
        "Livermore",
        "Miami",
        "New Orleans",
        "Ramey",
    }
    assert {s for s, r in monthly if r == "Northern Land Border"} == {
        "Blaine",
        "Buffalo",
        "Detroit",
        "Grand Forks",
        "Havre",
        "Houlton",
        "Spokane",
        "Swanton",
    }
    regions = {o.region for o in parsed[MONTHLY_2020].observations if o.table == "monthly_region"}
    assert regions == {"Coastal Border", "Northern Land Border", "Southwest Land Border"}


# --- headline figures read off the PDFs --------------------------------------------------


def test_headline_figures(parsed: dict[str, ParsedFile]) -> None:
    n19 = _by(parsed[NATIONWIDE_2019].observations, "nationwide_annual")
    n20 = _by(parsed[NATIONWIDE_2020].observations, "nationwide_annual")
    assert n19[(1925, None, None, None)] == 22_199
    assert n19[(2000, None, None, None)] == 1_676_438
    assert n19[(2019, None, None, None)] == 859_501
    # FY2020 includes Title 42 expulsions from March 2020, kept as published.
    assert n20[(2020, None, None, None)] == 405_036
    swb = _by(parsed[SWB_SECTORS].observations, "swb_annual")
    assert swb[(2000, None, "Southwest Land Border", None)] == 1_643_679
    assert swb[(2019, None, "Southwest Land Border", None)] == 851_508
    sectors = _by(parsed[SWB_SECTORS].observations, "swb_sector_annual")
    assert sectors[(2019, None, "Southwest Land Border", "Rio Grande Valley")] == 339_135
    assert sectors[(1960, None, "Southwest Land Border", "Big Bend")] == 732
    # Wrapped labels ('Big Bend' / numbers / '(formerly Marfa)') and a comma-less cell.
    m = _by(parsed[MONTHLY_2020].observations, "monthly_sector")
    assert m[(2000, dt.date(1999, 10, 1), "Southwest Land Border", "Big Bend")] == 891
    assert m[(2019, dt.date(2019, 5, 1), "Southwest Land Border", "Big Bend")] == 1_557
    assert m[(2020, dt.date(2020, 9, 1), "Southwest Land Border", "Rio Grande Valley")] == 13_309
    # Livermore has counts in FY2005 although the PDF's footnote says it closed after FY2004.
    assert m[(2005, dt.date(2004, 10, 1), "Coastal Border", "Livermore")] == 51
    assert not any(k[3] == "Livermore" and k[0] >= 2006 for k in m)
    total = _by(parsed[MONTHLY_2020].observations, "monthly_total")
    assert sum(v for k, v in total.items() if k[0] == 2020) == 405_036


# --- cross-checks between the official tables --------------------------------------------


def test_vintages_agree(parsed: dict[str, ParsedFile]) -> None:
    old = _by(parsed[NATIONWIDE_2019].observations, "nationwide_annual")
    new = _by(parsed[NATIONWIDE_2020].observations, "nationwide_annual")
    assert {k: v for k, v in new.items() if k[0] <= 2019} == old  # no revision FY1925-2019
    for table in ("monthly_sector", "monthly_region", "monthly_total"):
        old = _by(parsed[MONTHLY_2019].observations, table)
        new = _by(parsed[MONTHLY_2020].observations, table)
        assert {k: v for k, v in new.items() if k[0] <= 2019} == old, table


def test_monthly_and_annual_tables_agree(parsed: dict[str, ParsedFile]) -> None:
    monthly = parsed[MONTHLY_2020].observations
    sector_years = Counter()
    for o in monthly:
        if o.table == "monthly_sector" and o.region == "Southwest Land Border":
            sector_years[(o.fiscal_year, o.sector)] += o.value
    annual = {
        (k[0], k[3]): v
        for k, v in _by(parsed[SWB_SECTORS].observations, "swb_sector_annual").items()
        if k[0] >= 2000
    }
    assert {k: v for k, v in sector_years.items() if k[0] <= 2019} == annual
    totals = Counter()
    for o in monthly:
        if o.table == "monthly_total":
            totals[o.fiscal_year] += o.value
    nationwide = _by(parsed[NATIONWIDE_2020].observations, "nationwide_annual")
    assert {fy: nationwide[(fy, None, None, None)] for fy in range(2000, 2021)} == totals


# --- cross-checks against the third-party transcriptions ---------------------------------


def test_nationwide_matches_jacobkap(parsed: dict[str, ParsedFile], raw_dir: Path) -> None:
    path = raw_dir / "transcription_jacobkap_nationwide_total_apprehensions_1925_2019.csv"
    with path.open(newline="") as f:
        theirs = {int(r["fiscal_year"]): int(r["total_apprehensions"]) for r in csv.DictReader(f)}
    ours = {
        k[0]: v for k, v in _by(parsed[NATIONWIDE_2019].observations, "nationwide_annual").items()
    }
    assert ours == theirs  # every year FY1925-FY2019, no disagreement


def test_swb_sectors_match_jacobkap(parsed: dict[str, ParsedFile], raw_dir: Path) -> None:
    path = raw_dir / "transcription_jacobkap_southwest_border_apprehensions_1960_2019.csv"
    with path.open(newline="") as f:
        theirs = {
            (r["sector"], int(r["fiscal_year"])): int(r["total_apprehensions"])
            for r in csv.DictReader(f)
        }
    ours = {
        ((o.sector or "Southwest Border").lower(), o.fiscal_year): o.value
        for o in parsed[SWB_SECTORS].observations
    }
    assert len(ours) == 600
    assert ours == theirs  # every sector and year FY1960-FY2019, no disagreement


def test_swb_sectors_match_secondary_xlsx(parsed: dict[str, ParsedFile], raw_dir: Path) -> None:
    # The xlsx of unverified provenance (FY1960-FY2017) is not ingested; it agrees in full.
    path = raw_dir / "swb_sector_total_illegal_alien_apprehensions_fy1960-fy2017.xlsx"
    workbook = openpyxl.load_workbook(path, read_only=True)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    header = rows[0]
    assert header[0] == "Fiscal Year" and header[-1] == "Southwest Border Total"
    theirs = {
        (int(row[0]), column): int(value)
        for row in rows[1:]
        if row[0] is not None
        for column, value in zip(header[1:], row[1:], strict=True)
    }
    ours = {
        (o.fiscal_year, o.sector or "Southwest Border Total"): o.value
        for o in parsed[SWB_SECTORS].observations
        if o.fiscal_year <= 2017
    }
    assert len(ours) == 58 * 10
    assert ours == theirs


def _monthly_key(o: Observation) -> str:
    if o.table == "monthly_sector":
        return o.sector.lower()
    if o.table == "monthly_region":
        return {
            "Coastal Border": "coastal border",
            "Northern Land Border": "northern border",
            "Southwest Land Border": "southwest border",
        }[o.region]
    return "monthly total"


def test_monthly_matches_uwchr(parsed: dict[str, ParsedFile], raw_dir: Path) -> None:
    path = raw_dir / "transcription_uwchr_usbp_monthly_encounters_fy2000-fy2020.csv.gz"
    theirs: dict[tuple[str, dt.date], int] = {}
    with gzip.open(path, "rt", newline="") as f:
        for r in csv.DictReader(f, delimiter="|"):
            month = fiscal_month_start(int(r["fy"]), int(r["month"]))
            assert month.year == int(r["cy"])
            for column, value in r.items():
                if column not in ("month", "fy", "cy"):
                    theirs[(column.replace("_", " "), month)] = int(value)
    ours = {(_monthly_key(o), o.month): o.value for o in parsed[MONTHLY_2020].observations}
    assert len(ours) == 6120
    differ = {k for k in set(ours) | set(theirs) if ours.get(k) != theirs.get(k)}
    # The only difference: UWCHR writes 0 where the PDF prints N/A (Livermore FY2006 on),
    # which we leave out as no observation. Every published count agrees.
    expected = {
        ("livermore", fiscal_month_start(fy, m)) for fy in LIVERMORE_NA for m in range(1, 13)
    }
    assert differ == expected
    assert all(theirs[k] == 0 and k not in ours for k in expected)


def test_monthly_matches_jacobkap(parsed: dict[str, ParsedFile], raw_dir: Path) -> None:
    path = raw_dir / "transcription_jacobkap_family_child_total_monthly_2000_2019.csv"
    month_name = {n: name for name, n in MONTH_NAMES.items()}  # 1 -> 'january'
    theirs: dict[tuple[str, int, str], str] = {}
    with path.open(newline="") as f:
        for r in csv.DictReader(f):
            theirs[(r["sector"], int(r["fiscal_year"]), r["month"])] = r["total_apprehensions"]
    ours: dict[tuple[str, int, str], str] = {}
    yearly: Counter = Counter()
    for o in parsed[MONTHLY_2019].observations:
        key = _monthly_key(o).replace("monthly total", "nationwide total")
        ours[(key, o.fiscal_year, month_name[o.month.month])] = str(o.value)
        yearly[(key, o.fiscal_year, "yearly total")] += o.value
    ours |= {k: str(v) for k, v in yearly.items()}
    differ = {k for k in set(ours) | set(theirs) if ours.get(k) != theirs.get(k)}
    # The only difference: jacobkap has 'NA' rows for Livermore FY2006-FY2018 (PDF: N/A)
    # and no FY2019 rows (the PDF has no Livermore row then). Every count agrees.
    expected = {
        ("livermore", fy, m) for fy in range(2006, 2019) for m in (*MONTH_NAMES, "yearly total")
    }
    assert differ == expected
    assert all(theirs[k] == "NA" and k not in ours for k in expected)


def test_family_units_and_children_by_sector(parsed: dict[str, ParsedFile]) -> None:
    def cells(name: str) -> dict[tuple[str, int, int], int]:
        return {(o.sector, o.fiscal_year, o.month.month): o.value
                for o in parsed[name].observations}

    family, children = cells(FAMILY_UNITS), cells(UAC)
    assert {o.demographic for o in parsed[FAMILY_UNITS].observations} == {"FMUA"}
    assert {o.demographic for o in parsed[UAC].observations} == {"UAC"}
    # Printed yearly totals: Yuma family units FY2019 51,961; the Southwest border's
    # 473,682 (the same as CBP's own Southwest figure); Rio Grande Valley children FY2014
    # 49,959 (its name wrapped over three lines on that page).
    assert sum(v for (s, fy, _), v in family.items() if (s, fy) == ("Yuma", 2019)) == 51_961
    assert sum(v for (s, fy, _), v in family.items()
               if fy == 2019 and s in SW_SECTORS) == 473_682
    assert sum(v for (s, fy, _), v in children.items()
               if (s, fy) == ("Rio Grande Valley", 2014)) == 49_959
    # Buffalo's children, FY2016: every cell 0, one printed blank.
    assert [children[("Buffalo", 2016, m)] for m in range(1, 13)] == [0] * 12


def test_family_units_and_children_match_jacobkap(parsed: dict[str, ParsedFile],
                                                  raw_dir: Path) -> None:
    path = raw_dir / "transcription_jacobkap_family_child_total_monthly_2000_2019.csv"
    month_name = {n: name for name, n in MONTH_NAMES.items()}
    theirs = {}
    with path.open(newline="") as f:
        for r in csv.DictReader(f):
            for name, column in ((FAMILY_UNITS, "family_apprehensions"),
                                 (UAC, "unaccompanied_child_apprehension")):
                if r[column] not in ("", "NA") and r["month"] in MONTH_NAMES:
                    theirs[(name, r["sector"], int(r["fiscal_year"]), r["month"])] = int(
                        float(r[column]))
    ours = {(name, o.sector.lower(), o.fiscal_year, month_name[o.month.month]): o.value
            for name in (FAMILY_UNITS, UAC) for o in parsed[name].observations}
    assert len(ours) == (7 + 10) * 20 * 12
    assert {k: theirs.get(k) for k in ours} == ours  # every cell, both tables


# --- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", [NATIONWIDE_2020, SWB_SECTORS, MONTHLY_2020])
def test_truncated_pdf(raw_dir: Path, tmp_path: Path, name: str) -> None:
    data = (raw_dir / name).read_bytes()
    path = tmp_path / name
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(SourceFormatError, match="cannot read the PDF") as err:
        usbp.parse(path, _spec(name))
    assert name in str(err.value)


def test_text_file_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / NATIONWIDE_2019
    path.write_text("Fiscal Year,Apprehensions\n2019,859501\n")
    with pytest.raises(SourceFormatError, match="cannot read the PDF") as err:
        usbp.parse(path, _spec(NATIONWIDE_2019))
    assert NATIONWIDE_2019 in str(err.value)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / MONTHLY_2020
    path.write_bytes(b"")
    with pytest.raises(SourceFormatError, match="cannot read the PDF") as err:
        usbp.parse(path, _spec(MONTHLY_2020))
    assert MONTHLY_2020 in str(err.value)


# Layout changes: the real page text, altered, fed to the parser in place of the PDF's.


@pytest.fixture(scope="module")
def page_texts(raw_dir: Path) -> dict[str, list[str]]:
    texts = {n: usbp._page_texts(raw_dir / n) for n in (NATIONWIDE_2020, SWB_SECTORS)}
    with pdfplumber.open(raw_dir / MONTHLY_2020) as pdf:  # FY2019 and FY2020 pages suffice
        texts[MONTHLY_2020] = [page.extract_text() for page in pdf.pages[-2:]]
    return texts


def _parse_altered(monkeypatch: pytest.MonkeyPatch, name: str, pages: list[str]) -> None:
    monkeypatch.setattr(usbp, "_page_texts", lambda path: pages)
    usbp.parse(Path(name), _spec(name))


@pytest.mark.parametrize(
    ("name", "page", "old", "new", "message"),
    [
        (
            NATIONWIDE_2020,
            0,
            "Fiscal Year Apprehensions Fiscal",
            "Year Apprehensions Fiscal",
            "page 1: header",
        ),
        (NATIONWIDE_2020, 0, "1972 396,495", "1972 396.495", "page 1: row is not"),
        (NATIONWIDE_2020, 0, "1950 468,339 ", "", "fiscal year 1950 is missing"),
        (NATIONWIDE_2020, 0, "- 2020", "- 2021", "the title says FY1925-FY2021"),
        (SWB_SECTORS, 0, "Fiscal Big Bend", "Fiscal Marfa", "page 1: header"),
        (
            SWB_SECTORS,
            0,
            "63,490 68,269 851,508",
            "63,490 68,269 851,509",
            "FY2019: sectors sum to 851,508, the Southwest Border total is 851,509",
        ),
        (SWB_SECTORS, 0, "1961 954 ", "1961 ", "page 1: row is not a fiscal year and 10"),
        (
            MONTHLY_2020,
            1,
            "Yuma 793 778",
            "Yuma 794 778",
            "page 2 (FY2020): Yuma: the months sum to 8,805, the Yearly Total is 8,804",
        ),
        (
            MONTHLY_2020,
            1,
            "Yuma 793 778 759 696 1,002 576 298 745 948 790 684 735 8,804",
            "Yuma 794 778 759 696 1,002 576 298 745 948 790 684 735 8,805",
            "Southwest Land Border sectors: the parts sum to 35,403 in October",
        ),
        (
            MONTHLY_2020,
            1,
            "Coastal Border 293",
            "Coastal Border 294",
            "page 2 (FY2020): Coastal Border",
        ),
        (MONTHLY_2020, 1, "Havre 3 20", "Havana 3 20", "unknown sector: 'Havana'"),
        (MONTHLY_2020, 0, "\nYearly\n", "\n", "page 1 (FY2019): column 'Yearly Total'"),
        (MONTHLY_2020, 0, "Total Illegal Alien", "Illegal Alien", "page 1: title"),
        (MONTHLY_2020, 1, "Monthly Total", "Total", "unknown sector: 'Total'"),
    ],
)
def test_altered_layout_fails(
    monkeypatch: pytest.MonkeyPatch,
    page_texts: dict[str, list[str]],
    name: str,
    page: int,
    old: str,
    new: str,
    message: str,
) -> None:
    pages = list(page_texts[name])
    assert old in pages[page]
    pages[page] = pages[page].replace(old, new, 1)
    with pytest.raises(SourceFormatError) as err:
        _parse_altered(monkeypatch, name, pages)
    assert message in str(err.value)
    assert name in str(err.value)


def test_wrapped_label_without_numbers_fails(
    monkeypatch: pytest.MonkeyPatch, page_texts: dict[str, list[str]]
) -> None:
    # FY2019 page of the monthly PDF: drop the numbers under a lone sector name.
    pages = list(page_texts[MONTHLY_2020])
    pages[0] = pages[0].replace("Big Bend 555", "Big Bend\nDel Rio\n555", 1)
    with pytest.raises(SourceFormatError, match=r"page 1 \(FY2019\)"):
        _parse_altered(monkeypatch, MONTHLY_2020, pages)


def test_unaltered_pages_parse(
    monkeypatch: pytest.MonkeyPatch, page_texts: dict[str, list[str]]
) -> None:
    # The fixture the failure tests alter parses cleanly as is.
    for name, pages in page_texts.items():
        _parse_altered(monkeypatch, name, list(pages))
