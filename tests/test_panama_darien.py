"""Panama SNM Darién transits (IOM compilation): check figures, annual vs monthly tables,
demography, and damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest
from corridor_helpers import assert_rejected, replace_first, table_total, truncate

from borderstats.errors import QueryError
from borderstats.query import Engine

FOLDER = "panama_snm_darien"
NAT, DMG = "iom_gdidata_irreg_darien_nat.csv", "iom_gdidata_irreg_darien_dmg.csv"


def test_calendar_years_match_index(engine: Engine) -> None:
    expected = {2021: 133_726, 2022: 248_284, 2023: 520_085, 2024: 302_203}
    for year, value in expected.items():
        result = engine.query("darien_transits", str(year))
        assert result.value == value and result.complete
        assert result.provenance[0].table == "darien_monthly"
    assert engine.query("darien_transits", "2025-01..2025-04").value == 2_904
    top = engine.query("darien_transits", "2023", by=["citizenship"]).rows[:5]
    assert [(r["citizenship"], r["value"]) for r in top] == [
        ("VEN", 328_650), ("ECU", 57_250), ("HTI", 46_422), ("CHN", 25_565),
        ("COL", 18_841)]


def test_2010_to_2019_are_calendar_year_totals_only(engine: Engine) -> None:
    result = engine.query("darien_transits", "2019")
    assert result.value == 22_102
    assert [(p.table, p.grain) for p in result.provenance] == [("darien_annual", "year")]
    assert engine.query("darien_transits", "2015", by=["citizenship"]).value == 29_289
    by_year = engine.query("darien_transits", "2010..2019", by=["year"]).rows
    assert len(by_year) == 10 and all(r["complete"] for r in by_year)
    with pytest.raises(QueryError):
        engine.query("darien_transits", "2019-06")  # no monthly figure before 2020
    # Annual rows are stamped at January 1 and kept out of the monthly table.
    assert table_total(engine, NAT, "darien_monthly", "AND month < '2020-01-01'") == 0


def test_covid_months_are_missing_not_zero(engine: Engine, raw_dir: Path) -> None:
    # The file has no rows for April, May and July 2020; the nine months it has add up to
    # 1,538 + 1,825 + 1,099 + 182 + 6 + 108 + 371 + 365 + 971 = 6,465.
    rows = (raw_dir / FOLDER / NAT).read_text().splitlines()
    assert not [r for r in rows if r.startswith(("2020-04", "2020-05", "2020-07"))]
    result = engine.query("darien_transits", "2020")
    assert result.value == 6_465
    assert not result.complete and result.missing == ["2020-04", "2020-05", "2020-07"]
    by_month = engine.query("darien_transits", "2020", by=["month"])
    assert len(by_month.rows) == 9 and "2020-04" not in {r["month"] for r in by_month.rows}
    assert by_month.uncovered_periods() == ["2020-04", "2020-05", "2020-07"]
    # A year that does not touch them is complete.
    assert engine.query("darien_transits", "2020-08..2020-12").complete
    # The table for a user says the same: the total is incomplete, the months have no value.
    frame = engine.query("darien_transits", "2020").to_pandas()
    assert list(frame["complete"]) == [False]
    assert frame.attrs["missing"] == ["2020-04", "2020-05", "2020-07"]
    months = engine.query("darien_transits", "2020", by=["month"]).to_pandas()
    missing = months[months["value"].isna()]
    assert list(missing["month"]) == ["2020-04", "2020-05", "2020-07"]


def test_a_known_gap_is_left_out_and_any_other_missing_month_is_an_error(
        raw_dir: Path, tmp_path: Path) -> None:
    def drop_june_2020(text: str) -> str:
        return "".join(r for r in text.splitlines(keepends=True)
                       if not r.startswith("2020-06"))

    assert_rejected(raw_dir / FOLDER / NAT, tmp_path, drop_june_2020,
                    ["month 2020-06 is missing"])


def test_demography_adds_up_to_the_nationality_table(engine: Engine) -> None:
    con = engine.store.con
    monthly = ("SELECT o.month, sum(o.value) FROM observations o JOIN releases r USING "
               "(release_id) WHERE r.file_name = ? AND o.table_id IN ({}) AND o.month >= "
               "'2021-01-01' GROUP BY 1 ORDER BY 1")
    nat = con.execute(monthly.format("'darien_monthly'"), [NAT]).fetchall()
    dmg = con.execute(monthly.format("'darien_sex_monthly', 'darien_sex_age_monthly'"),
                      [DMG]).fetchall()
    assert len(nat) == 52 and nat == dmg  # every month, January 2021 – April 2025
    by_sex = engine.query("darien_transits", "2022", by=["sex"])
    assert by_sex.provenance[0].table == "darien_sex_monthly"
    assert {r["sex"]: r["value"] for r in by_sex.rows} == {"Male": 179_170,
                                                          "Female": 69_114}
    ages = engine.query("darien_transits", "2023", by=["age_group"])
    assert {r["age_group"]: r["value"] for r in ages.rows} == {"Adults": 406_905,
                                                             "Minors": 113_180}
    assert sum(r["value"] for r in ages.rows) == 520_085
    # Age groups start in 2023: 2022 cannot be cut by age.
    partial = engine.query("darien_transits", "2022..2023", by=["age_group"])
    assert not partial.complete and partial.missing[0] == "2022-01"


BAD = {
    "unknown nationality": (NAT, replace_first(",CUB,", ",CUBA LIBRE,"),
                            ["field 'nat'", "'CUBA LIBRE'", "unknown nationality"]),
    "annual row not in January": (NAT, replace_first("2012-01-01,2012-01-01",
                                                     "2012-03-01,2012-01-01"),
                                  ["field 't'", "January 1"]),
    "quarter does not match": (NAT, replace_first("2021-02-01,2021-01-01",
                                                  "2021-02-01,2021-04-01"), ["field 'q'"]),
    "renamed column": (DMG, replace_first("t,q,demog,n", "t,q,group,n"),
                       ["missing column", "field 'demog'"]),
    "unknown demography": (DMG, replace_first(",men,", ",adults,"),
                           ["field 'demog'", "'adults'"]),
    "non-numeric count": (NAT, replace_first(",CUB,79", ",CUB,7x9"),
                          ["field 'n'", "'7x9'"]),
    "truncated": (NAT, truncate, ["truncated"]),
}


@pytest.mark.parametrize("case", BAD)
def test_bad_input_is_an_error_naming_file_and_value(raw_dir: Path, tmp_path: Path,
                                                     case: str) -> None:
    name, damage, fragments = BAD[case]
    assert_rejected(raw_dir / FOLDER / name, tmp_path, damage, fragments)


def test_a_chart_names_the_missing_months(engine: Engine) -> None:
    from borderstats.cli import _query_chart

    spec = _query_chart(engine.query("darien_transits", "2020", by=["month"]))
    assert "Incomplete: no data for 2020-04..2020-05, 2020-07" in spec["title"]["subtitle"]
