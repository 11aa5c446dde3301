"""The semantic layer: totals, breakdowns, filters, ranks, changes and provenance."""

from __future__ import annotations

import datetime as dt

import pytest

from borderstats.errors import QueryError
from borderstats.metrics import catalog
from borderstats.query import Engine, parse_where

REQUIRED = {"swb_encounters", "usbp_swb_encounters", "ofo_swb_encounters",
            "nationwide_encounters", "usbp_nationwide_encounters"}


def test_catalog_has_the_required_measures_with_definitions() -> None:
    measures = catalog()
    assert set(measures) >= REQUIRED
    for m in measures.values():
        assert m.definition and m.caveats and m.unit and m.spans


def test_every_catalog_span_is_answerable(engine: Engine) -> None:
    tables = set(engine.store.con.execute(
        "SELECT DISTINCT r.source, o.table_id FROM observations o JOIN releases r "
        "USING (release_id)").fetchall())
    for m in catalog().values():
        for span in m.spans:
            assert (span.source, span.table) in tables, (m.id, span)


def test_components_add_up(engine: Engine) -> None:
    for fy in ("FY2021", "FY2023"):
        total = engine.query("swb_encounters", fy).value
        usbp = engine.query("usbp_swb_encounters", fy).value
        ofo = engine.query("ofo_swb_encounters", fy).value
        assert usbp + ofo == total


def test_a_kept_answer_is_not_changed_by_changing_a_copy(engine: Engine) -> None:
    # The engine keeps its answers and hands out copies: a caller that edits one must not
    # change what the next caller is told.
    first = engine.query("swb_encounters", "FY2024", by=["month"])
    want = (first.value, [dict(r) for r in first.rows], dict(first.filters))
    first.rows[0]["value"] = -1
    first.rows.append({"month": "x", "value": 1})
    first.caveats.append("edited")
    first.provenance.clear()
    again = engine.query("swb_encounters", "FY2024", by=["month"])
    assert (again.value, again.rows, again.filters) == want
    assert "edited" not in again.caveats and again.provenance


def test_breakdown_and_filters(engine: Engine) -> None:
    grouped = engine.query("swb_encounters", "FY2019", by=["citizenship"])
    assert {r["citizenship"] for r in grouped.rows} == {
        "MEX", "GTM", "HND", "SLV", "OTHER"}
    # FY2022 is answered by the newer nationwide release, which names ~20 countries.
    by = engine.query("swb_encounters", "FY2022", by=["citizenship"])
    assert {"VEN", "CUB", "OTHER"} <= {r["citizenship"] for r in by.rows}
    assert next(r for r in by.rows if r["citizenship"] == "VEN")["citizenship_name"] == "Venezuela"
    mixed = engine.query("swb_encounters", "FY2019..FY2022", by=["citizenship"])
    assert "different category lists" in mixed.caveats[0]
    assert "different category" not in by.caveats[0]
    assert sum(r["value"] for r in by.rows) == by.value
    assert by.rows == sorted(by.rows, key=lambda r: -r["value"])
    mexico = engine.query("swb_encounters", "FY2022", where={"citizenship": ["mexico"]})
    assert mexico.value == next(r["value"] for r in by.rows if r["citizenship"] == "MEX")
    # A country the Southwest file groups under 'Other' is answered by a finer table.
    venezuela = engine.query("swb_encounters", "FY2023", where={"citizenship": ["VENEZUELA"]})
    assert venezuela.value > 100_000
    assert {p.table for p in venezuela.provenance} <= {"state_monthly", "aor_monthly"}
    families = engine.query("usbp_swb_encounters", "FY2019", where={"demographic": ["families"]})
    assert families.provenance[0].filters["demographic"] == ["FMUA"]


def test_aliases_and_prefixes(engine: Engine) -> None:
    usbp = engine.query("swb_encounters", "2024-01", where={"component": ["Border Patrol"]})
    assert usbp.value == 124_215
    sw = engine.query("nationwide_encounters", "FY2023", where={"region": ["southwest"]})
    assert sw.value == engine.query("swb_encounters", "FY2023").value
    # Border Patrol's sector codes, as its releases write them (Del Rio, December 2023).
    assert engine.query("usbp_swb_encounters", "2023-12", where={"sector": ["DRT"]}).value \
        == engine.query("usbp_swb_encounters", "2023-12", where={"sector": ["Del Rio"]}).value \
        == 71_048
    # A state by its name as well as its postal code, which CBP's state tables use.
    assert engine.query("swb_encounters", "FY2024", where={"state": ["Texas"]}).value \
        == engine.query("swb_encounters", "FY2024", where={"state": ["TX"]}).value
    assert parse_where(["citizenship=MEXICO,GUATEMALA", "component=USBP"]) == {
        "citizenship": ["MEXICO", "GUATEMALA"], "component": ["USBP"]}
    with pytest.raises(QueryError, match="not DIM=VALUE"):
        parse_where(["citizenship"])
    # Leaving a value out is refused, not read as the value itself once normalised.
    for item in ("citizenship!=MEX", "citizenship=!MEX", "citizenship=GTM,!MEX"):
        with pytest.raises(QueryError, match=r"leaving a value out .*citizenship=MEX\)"):
            parse_where([item])


def test_time_breakdown_marks_partial_periods(engine: Engine) -> None:
    result = engine.query("swb_encounters", "FY2025..FY2026", by=["fiscal_year"])
    assert [(r["fiscal_year"], r["complete"]) for r in result.rows] == [
        ("FY2025", True), ("FY2026", False)]
    assert not result.complete and result.missing[0] == "2025-12"
    months = engine.query("swb_encounters", "2023-10..2024-03", by=["month"])
    assert [r["month"] for r in months.rows] == [
        "2023-10", "2023-11", "2023-12", "2024-01", "2024-02", "2024-03"]
    assert sum(r["value"] for r in months.rows) == months.value


def test_calendar_year_mixes_fiscal_years(engine: Engine) -> None:
    cy = engine.query("swb_encounters", "2023").value
    months = engine.query("swb_encounters", "2023-01..2023-12").value
    assert cy == months
    assert cy != engine.query("swb_encounters", "FY2023").value


def test_history_back_to_1925(engine: Engine) -> None:
    result = engine.query("usbp_nationwide_encounters", "FY1925..FY1927", by=["fiscal_year"])
    assert [r["value"] for r in result.rows] == [22_199, 12_735, 16_393]
    assert result.provenance[0].table == "nationwide_annual"
    # Monthly questions cannot be answered from annual tables.
    with pytest.raises(QueryError, match="fiscal-year figures cannot be cut by month"):
        engine.query("usbp_nationwide_encounters", "FY1950", by=["month"])


def test_provenance_names_release_table_filters_and_rounding(engine: Engine) -> None:
    result = engine.query("usbp_swb_encounters", "FY2010", by=["citizenship"])
    piece = result.provenance[0]
    assert piece.source == "ohss_khsm_usbp" and piece.rounding == 10 and result.rounded
    assert piece.filters == {"region": ["Southwest Land Border"]}
    assert len(piece.sha256) == 64 and piece.file_name.endswith(".xlsx")
    plain = engine.query("swb_encounters", "FY2019")
    assert not plain.rounded and plain.provenance[0].file_name == "sbo-encounters-fy19-fy22.csv"


def test_rank_of_january_2024(engine: Engine) -> None:
    result = engine.rank("usbp_swb_encounters", "2024-01")
    januaries = [e for e in result.series]
    assert all(e["period"].endswith("-01") for e in januaries)
    assert result.of == len(januaries) and result.value == 124_215
    assert result.rank == 1 + sum(e["value"] > result.value for e in januaries)
    assert result.record_high == max(januaries, key=lambda e: e["value"])
    assert januaries[0]["period"] == "2000-01"
    recent = engine.rank("usbp_swb_encounters", "2024-01", since="FY2019")
    assert recent.of < result.of and recent.series[0]["period"] == "2019-01"
    assert [w["window"] for w in result.windows][0] == "all years covered"


def test_rank_of_a_fiscal_year_uses_the_long_history(engine: Engine) -> None:
    result = engine.rank("usbp_swb_encounters", "FY2022")
    assert result.rank == 1 and result.series[0]["period"] == "FY1960"
    assert result.record_high["period"] == "FY2022"


def test_change_between_months(engine: Engine) -> None:
    result = engine.change("swb_encounters", "2023-12", "2024-01")
    assert result.before.value == 301_981 and result.after.value == 176_195
    assert result.difference == 176_195 - 301_981
    assert result.percent_change == pytest.approx(-41.65, abs=0.01)
    assert result.ratio == pytest.approx(176_195 / 301_981)
    longer = engine.change("swb_encounters", "FY2019", "2023-01..2023-06")
    assert "differ in length" in longer.caveats[0]


def test_as_of_before_a_release_falls_back_to_what_was_published(engine: Engine) -> None:
    old = engine.query("swb_encounters", "FY2022", as_of=dt.date(2022, 12, 1))
    assert {p.file_name for p in old.provenance} == {"sbo-encounters-fy19-fy22.csv"}
    with pytest.raises(QueryError, match="no release"):
        engine.query("swb_encounters", "FY2019", as_of=dt.date(2019, 1, 1))


def test_query_result_json_shape(engine: Engine) -> None:
    data = engine.query("swb_encounters", "FY2023", by=["component"]).to_dict()
    assert {"measure", "period", "value", "rows", "provenance", "filters", "caveats",
            "rounded", "complete"} <= set(data)
    assert data["provenance"][0]["release_id"] >= 1


def test_an_empty_filter_value_is_an_error(engine: Engine) -> None:
    for items in (["citizenship=,"], ["citizenship=MEXICO,"], ["citizenship= "]):
        with pytest.raises(QueryError, match="empty value for citizenship"):
            parse_where(items)
    with pytest.raises(QueryError, match="empty value"):
        engine.query("swb_encounters", "FY2023", where={"citizenship": [""]})
    with pytest.raises(QueryError, match="empty value"):
        engine.query("swb_encounters", "FY2023", where={"citizenship": []})


def test_a_value_the_tables_lack_is_named_alone(engine: Engine) -> None:
    # Mexico is in every table; "XYZ" in none: the error names XYZ, not the pair.
    with pytest.raises(QueryError) as err:
        engine.query("swb_encounters", "2023", where={"citizenship": ["MEX", "XYZ"]})
    assert "no citizenship value 'XYZ'" in str(err.value)
    assert "'MEX, XYZ'" not in str(err.value)


def test_two_filters_in_one_option_are_two_filters(engine: Engine) -> None:
    where = parse_where(["citizenship=TUR,GTM,sector=El Paso"])
    assert where == {"citizenship": ["TUR", "GTM"], "sector": ["El Paso"]}
    with pytest.raises(QueryError, match="no DIM before"):
        parse_where(["citizenship=TUR,=El Paso"])
    both = engine.query("usbp_swb_encounters", "FY2024", where=where)
    alone = [engine.query("usbp_swb_encounters", "FY2024",
                          where={"citizenship": [c], "sector": ["El Paso"]}).value
             for c in ("TUR", "GTM")]
    assert both.value == sum(alone) > 0


def test_a_cut_that_runs_out_says_where_it_ends(engine: Engine) -> None:
    # Border Patrol's sector figures end in May 2025 (the IOM compilation of CBP's files);
    # the measure itself runs on to August 2025 without a sector split.
    with pytest.raises(QueryError, match=r"covers 1959-10\.\.2025-08, and by sector "
                                         r"1959-10\.\.2025-05"):
        engine.query("usbp_swb_encounters", "2025-06", by=["sector"])


def test_a_sector_filter_says_only_border_patrol_was_summed(engine: Engine) -> None:
    tucson = engine.query("swb_encounters", "FY2019..FY2021", where={"sector": ["Tucson"]},
                          by=["fiscal_year"])
    assert tucson.title == "Southwest Land Border encounters (CBP, Border Patrol only)"
    # FY2019 has no sector figures for all CBP: the total is marked incomplete, the year
    # has no row, and the total is the two years that have data.
    assert not tucson.complete and tucson.missing[0] == "2018-10" and len(tucson.missing) == 12
    assert [r["fiscal_year"] for r in tucson.rows] == ["FY2020", "FY2021"]
    assert tucson.value == sum(r["value"] for r in tucson.rows)
    # A field office is the Office of Field Operations; no filter keeps the title whole.
    office = engine.query("swb_encounters", "FY2023", where={"sector": ["Tucson Field Office"]})
    assert office.title == "Southwest Land Border encounters (CBP, Office of Field Operations only)"
    assert engine.query("swb_encounters", "FY2023").title == \
        "Southwest Land Border encounters (CBP, all components)"


def test_rank_windows_end_at_the_ranked_month(engine: Engine) -> None:
    june = engine.query("usbp_swb_encounters", "2002-06..2021-06", by=["month"])
    junes = sorted(r["value"] for r in june.rows if r["month"].endswith("-06"))
    assert len(junes) == 20
    result = engine.rank("usbp_swb_encounters", "2021-06")
    windows = {w["window"]: w for w in result.windows}
    last20 = windows["last 20 years"]
    assert (last20["first"], last20["last"], last20["of"]) == ("2002-06", "2021-06", 20)
    # June 2021 (178,649) was the highest June of 2002–2021; June 2022 came after it.
    assert last20["rank"] == 1 + sum(1 for v in junes if v > result.value) == 1
    assert windows["last 5 years"]["first"] == "2017-06"
    assert windows["last 5 years"]["last"] == "2021-06"
    assert result.rank == 2  # among all Junes held, June 2022 is higher


def test_a_month_before_the_monthly_tables_says_where_they_begin(engine: Engine) -> None:
    # Border Patrol's Southwest series runs from FY1960 by year, but month by month only
    # from October 1999: a month of 1986 is refused with both spans named.
    with pytest.raises(QueryError) as refused:
        engine.query("usbp_swb_encounters", "1986-03")
    assert "the measure covers 1959-10.." in str(refused.value)
    assert "month by month 1999-10.." in str(refused.value)
    # A fiscal year of the annual span is answered.
    assert engine.query("usbp_swb_encounters", "FY1986").value > 1_000_000


def test_a_rank_says_which_periods_it_left_out(engine: Engine) -> None:
    # The Darién compilation misses April, May and July 2020: 2020 cannot be ranked, and
    # the rank says so rather than counting 14 years between 2010 and 2024 in silence.
    result = engine.rank("darien_transits", "2023")
    assert result.left_out == ["2020"]
    assert result.of == 14 and "2020" not in [e["period"] for e in result.series]
    assert engine.rank("usbp_swb_encounters", "FY2019").left_out == []


def test_rank_windows_the_series_does_not_reach_back_through_are_left_out(
        engine: Engine) -> None:
    # Mexico's monthly series begins in January 2018: December 2018 is the first December
    # held, so no "last 5 years" of it can be ranked, and it is the highest of nothing.
    result = engine.rank("mx_irregular_migrants", "2018-12")
    assert [w["window"] for w in result.windows] == ["all years covered"]
    assert result.since("highest") == result.since("lowest") == \
        "the first of the Decembers held: no earlier one to compare"
    # December 2024, with the series reaching back five years: that window stands.
    later = engine.rank("mx_irregular_migrants", "2024-12")
    assert [w["window"] for w in later.windows] == ["all years covered", "last 5 years"]
    assert later.windows[1]["first"] == "2020-12"


def test_a_nationality_breakdown_comes_from_the_table_naming_every_country(
        engine: Engine) -> None:
    by = engine.query("usbp_swb_encounters", "FY2023", by=["citizenship"])
    codes = {r["citizenship"] for r in by.rows}
    assert {"VEN", "CUB", "COL", "MEX", "OTHER"} <= codes and len(codes) > 5
    assert by.value == engine.query("usbp_swb_encounters", "FY2023").value == 2_045_838
    venezuela = next(r["value"] for r in by.rows if r["citizenship"] == "VEN")
    assert venezuela == engine.query("usbp_swb_encounters", "FY2023",
                                     where={"citizenship": ["VEN"]}).value
    assert {p.table for p in by.provenance} == {"aor_monthly"}


def test_a_measure_by_its_alias(engine) -> None:
    # "mx_detentions" (the design's name), "Mexico detentions", "Darien Gap": the catalog's
    # aliases, whatever the case, spaces or underscores.
    from borderstats.metrics import get_measure
    assert get_measure("mx_detentions").id == "mx_irregular_migrants"
    assert get_measure("Darien Gap").id == "darien_transits"
    assert engine.query("mx_detentions", "2024-01").value == engine.query(
        "mx_irregular_migrants", "2024-01").value


def test_a_table_of_one_family_status_answers_only_for_that_status(engine: Engine) -> None:
    # Border Patrol's own family-unit table by sector (FY2013-FY2019): Yuma, October
    # 2017-August 2018, 12,367.
    family = engine.query("usbp_swb_encounters", "2017-10..2018-08",
                          where={"sector": ["Yuma"], "demographic": ["FMUA"]})
    assert family.value == 12_367 and family.complete
    assert {(p.source, p.table) for p in family.provenance} == {
        ("usbp_historical", "monthly_sector_family_units")}
    children = engine.query("usbp_swb_encounters", "FY2014",
                            where={"sector": ["Rio Grande Valley"], "demographic": ["UAC"]})
    assert children.value == 49_959
    # The sector's whole count still comes from the table of every apprehension ...
    whole = engine.query("usbp_swb_encounters", "FY2018", where={"sector": ["Tucson"]})
    assert whole.value == 52_172
    assert {p.table for p in whole.provenance} == {"monthly_sector"}
    # ... a status the tables do not hold by sector is not answered from them ...
    with pytest.raises(QueryError):
        engine.query("usbp_swb_encounters", "FY2018",
                     where={"sector": ["Tucson"], "demographic": ["Single Adults"]})
    # ... and the Southwest border's family units are CBP's figure, as before.
    border = engine.query("usbp_swb_encounters", "FY2019", where={"demographic": ["FMUA"]})
    assert border.value == 473_682
