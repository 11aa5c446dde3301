"""The interpretation step and the steps before it, pinned one by one: number roles, dates
relative to publication, readings chosen by evidence, and the claim types it judges.

Every expectation is worked out by hand from the official figures (quoted in the comments),
not by running the checker.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from borderstats.claims import check
from borderstats.claims import lexicon as lx
from borderstats.claims.text import quantities
from borderstats.claims.timex import last_ended_fiscal_year, last_ended_month, so_far, time_refs
from borderstats.periods import Period
from borderstats.query import Engine


def one(engine: Engine, text: str, day: str, kind: str | None = None) -> dict[str, Any]:
    claims = check(text, date=dt.date.fromisoformat(day), engine=engine)["claims"]
    found = [c for c in claims if kind is None or c["kind"] == kind]
    assert len(found) == 1, [(c["kind"], c["text"]) for c in claims]
    return found[0]


def with_parts(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each claim followed by the levels it relates (its ``parts``)."""
    return [p for c in claims for p in [c, *c.get("parts", [])]]


def refs(text: str, day: str) -> list[tuple[str, list[str]]]:
    return [(r.kind, [p.label for p in r.periods])
            for r in time_refs(text, dt.date.fromisoformat(day))]


# -- number roles ------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    # A difference between two periods is not a level.
    ("surged to 37,554, up 6,241 over July", [("37,554", "count"), ("6,241", "difference")]),
    ("superó en 7 mil 913 a la registrada", [("7 mil 913", "difference")]),
    ("cifra que es menor en 12 mil 179 casos a los 107,865",
     [("12 mil 179", "difference"), ("107,865", "count")]),
    # ... with the verb in the plural too.
    ("las deportaciones, que disminuyeron en más de seis mil", [("más de seis mil",
                                                               "difference")]),
    ("las detenciones aumentaron en 5 mil 200", [("5 mil 200", "difference")]),
    # A rate, with its unit.
    ("took 3,000 people into custody on an average day in June", [("3,000", "rate")]),
    ("an average of 4,800 migrant encounters daily", [("4,800", "rate")]),
    ("12,000 a month", [("12,000", "rate")]),
    # The length of a streak.
    ("16 straight months above 150,000", [("16", "streak"), ("above 150,000", "count")]),
    # "46,612 times" counts occurrences: not a multiple.
    ("apprehended migrants 46,612 times", [("46,612", "count")]),
    # A figure's number in a report is no count.
    ("As Figure 1 shows, CBP recorded 400,651 encounters", [("400,651", "count")]),
    # A count of states is no count of people.
    ("una cifra superior a la población de 36 estados", []),
    # A monthly average is a rate per month.
    ("the monthly average of 155,000 from the previous four years", [("155,000", "rate")]),
    ("el promedio mensual de 155 mil", [("155 mil", "rate")]),
    # A difference written after the figure, or named as one.
    ("which is 600,000-plus greater than the number at the same point in FY 2021",
     [("600,000", "difference")]),
    ("there were 608,712 more encounters than in the same months of FY2021",
     [("608,712", "difference")]),
    ("menores a las 213.888 de 2024, con una diferencia de 192.980 casos",
     [("213.888", "count"), ("192.980", "difference")]),
    # An age is no count; nor is a footnote mark after a parenthesis.
    ("50,036 unaccompanied children (age 17 or under)", [("50,036", "count")]),
    ("more than 2.2 million foreign nationals (aliens)1 crossing", [
        ("more than 2.2 million", "count")]),
    # A figure with its signed percentage, over a base, is a difference.
    ("an increase of 25,723 (+38%) over February and 55,217 (+148%) over March last year",
     [("25,723", "difference"), ("38%", "count"), ("55,217", "difference"),
      ("148%", "count")]),
    # A day of the month written as an ordinal ("1°", "1º", "1ro") is no figure.
    ("cayeron el 85 % en el año fiscal 2025 (del 1° de octubre de 2024 a septiembre de 2025)",
     [("85 %", "count")]),
    ("desde el 1ro de enero se registraron 4,000 casos", [("4,000", "count")]),
    # An average over months is a month's ("two months where agents averaged 129,000").
    ("follows two months where agents averaged just under 129,000 apprehensions",
     [("just under 129,000", "rate")]),
    # A length of time is no count, with a fraction or words between ("2 1/2 years", "the
    # 27 full and partial months", "10 fiscal years").
    ("about 5.5 million in the last 2 1/2 years", [("about 5.5 million", "count")]),
    ("the 12th highest in the 27 full and partial months of the Biden administration", []),
    ("during the past 10 fiscal years, 4.5 million", [("4.5 million", "count")]),
])
def test_number_roles(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.words, q.role) for q in quantities(text)] == expected


@pytest.mark.parametrize("text,value", [
    ("twenty-five thousand migrants", 25_000),        # "five thousand" before text2num
    ("un millón 393 mil 683 migrantes", 1_393_683),
    ("590 mil 401", 590_401),
    ("over half a million people", 500_000),
    ("medio millón", 500_000),
    ("seventy-five percent", 75),
    # Thousands separated by a space, as Spanish and French typography write them.
    ("unos 11 370 migrantes", 11_370),
    ("de 1 234 567 personas", 1_234_567),
    # An apostrophe before the millions, as some Latin American writing marks them.
    ("en este 2023 ya van 1'434.617 colombianos", 1_434_617),
    ("unos 2’500.000 migrantes", 2_500_000),
    # Mixed separators, a slip between conventions: thousands both.
    ("las detenciones fueron 1.418,656 por la frontera sur", 1_418_656),
    ("recorded 2.901,142 apprehensions", 2_901_142),
    ("a total of 1,418.656 encounters", 1_418_656),
    # Spanish multiples.
    ("más del quíntuple que en 2022", 5),
    ("la cifra se quintuplicó", 5),
    # A scale word shared by two numbers: "2 or 3 million" is two million, not two.
    ("probably another 2 or 3 million", 2_000_000),
    ("rose from 5 to 10 million", 5_000_000),
    ("entre 6 y 7 millones de personas", 6_500_000),  # a range: its middle
    # Millions in words, the rest in figures; one thousand as "mil" alone.
    ("se detuvo a dos millones 766 mil 582 migrantes", 2_766_582),
    ("un aumento de mil 211 por ciento", 1_211),
    # ... and so in English translated from Spanish; a decimal before the millions is theirs.
    ("During the same period, 52 thousand 205 people were presented", 52_205),
    ("a total of 2 million 766 thousand 582 encounters", 2_766_582),
    ("2.5 million 300 were", 2_500_000),
    # A percentage hyphenated to its number.
    ("a 42-percent increase", 42),
])
def test_numbers_in_words(text: str, value: float) -> None:
    assert quantities(text)[0].value == value


def test_an_average_over_months_is_a_month_s() -> None:
    # "Two months where agents averaged just under 129,000": per month, not per day; "an
    # average of 4,800 a day" keeps its day.
    (q,) = quantities("follows two months where agents averaged just under 129,000 "
                      "apprehensions")
    assert (q.role, q.per) == ("rate", "month")
    (q,) = quantities("over the past two months agents averaged 4,800 a day")
    assert (q.role, q.per) == ("rate", "day")


def test_an_apostrophe_before_the_millions_keeps_the_figure_precise() -> None:
    from borderstats.claims import rules

    assert rules.precision("1'434.617", 1_434_617) == rules.precision("1,434,617", 1_434_617)
    assert [q.value for q in quantities("el 12'5 no")] == [12, 5]  # no such number
    assert rules.precision("1.418,656", 1_418_656) == rules.precision("1,418,656", 1_418_656)
    assert [q.value for q in quantities("el 2,5% y el 1.5%")] == [2.5, 1.5]


def test_a_digit_typed_once_too_often_is_no_second_number() -> None:
    assert [q.value for q in quantities("a record high of nearly 371,0000 was reported")] == [
        371_000]


def test_a_time_after_another_figure_is_that_figures() -> None:
    """"En 2020, sin embargo, el número cayó … a 21 mil 57, seguido de 17 mil 806 en 2021":
    2021 is the 17,806's; the time that opens the sentence is the first figure's."""
    from borderstats.claims.extract import extract

    text = ("En 2020, sin embargo, el número de guatemaltecos retornados desde Estados Unidos "
            "cayó de manera drástica a 21 mil 57, seguido de 17 mil 806 en 2021, con un "
            "repunte a 40 mil 713 en 2022.")
    periods = {c.quantity.words: [p.label for p in c.periods]
               for c in extract(text, dt.date(2023, 12, 17))
               if c.kind == "total" and c.quantity is not None}
    assert periods == {"21 mil 57": ["2020"], "17 mil 806": ["2021"], "40 mil 713": ["2022"]}


def test_a_time_in_the_clause_of_a_share_of_which_is_not_the_figure_s(engine: Engine) -> None:
    # "212,672 …, 27 percent of which … in the past 12 months": the figure is the latest
    # month's (all CBP, Southwest, July 2021: 213,593), not the twelve months'.
    report = check("In total, there were 212,672 encounters along the Southwest Border, 27 "
                   "percent of which involved individuals who had a prior encounter in the "
                   "past 12 months.", date="2021-08-13", engine=engine)
    parts = [p for c in report["claims"] for p in c.get("parts") or []
             if p["claimed"]["words"] == "212,672"]
    assert [p["verdict"] for p in parts] == ["accurate"], parts
    assert "July 2021" in parts[0]["explanation"]


def test_a_share_up_from_an_earlier_share_is_no_change_of_that_size() -> None:
    """"Accounted for around 43 per cent …, up from just 4 per cent 5 years ago": the 4 per
    cent is the share five years before, not the size of a change."""
    from borderstats.claims.extract import extract

    claims = extract("Migrants from outside Mexico and northern Central America accounted for "
                     "around 43 per cent of encounters at the US-Mexico border during the 2022 "
                     "fiscal year, up from just 4 per cent 5 years ago.", dt.date(2022, 10, 31))
    assert not [c for c in claims if c.kind == "change"], [c.kind for c in claims]


def test_a_rate_with_no_unit_takes_the_one_before_it() -> None:
    from borderstats.claims.extract import extract

    claims = extract("En 2018 México detenía en promedio a unos 10 mil migrantes al mes, y en el "
                     "primer trimestre de 2022 el promedio es de más de 25 mil detenciones.",
                     dt.date(2022, 5, 15))
    rates = [c.quantity for c in claims if c.kind == "rate"]
    assert [(q.value, q.per) for q in rates] == [(10_000, "month"), (25_000, "month")]


# -- dates relative to publication ----------------------------------------------------------


def test_an_abbreviation_that_closes_a_sentence() -> None:
    # "U.S." ends the sentence before "The"; inside a noun phrase it does not.
    from borderstats.claims.text import sentences

    assert [s.text for s in sentences(
        "Families keep trying to cross into the U.S. The apprehension of migrant families "
        "has increased. Llegan a EE.UU. Durante 2023 crecieron. The U.S. Border Patrol "
        "agreed.")] == ["Families keep trying to cross into the U.S.",
                        "The apprehension of migrant families has increased.",
                        "Llegan a EE.UU.", "Durante 2023 crecieron.",
                        "The U.S. Border Patrol agreed."]


def test_a_name_s_initials_end_no_sentence() -> None:
    # "George H. W. Bush", "Rodney S. Scott": initials between names; a section or plan's
    # letter before a new sentence still ends it.
    from borderstats.claims.text import sentences

    assert [s.text for s in sentences(
        "George H. W. Bush gobernó entre 1989 y 1993. Chief Rodney S. Scott said 2,000 "
        "crossed. Encounters rose under Plan B. The next month they fell.")] == [
        "George H. W. Bush gobernó entre 1989 y 1993.", "Chief Rodney S. Scott said 2,000 "
        "crossed.", "Encounters rose under Plan B.", "The next month they fell."]


def test_a_when_clause_stopped_off_as_a_sentence_is_its_sentence_s_last_clause() -> None:
    # Transcribed speech stops "when ..." off its sentence; a "When" sentence with a main
    # clause of its own (after a comma), or after a question, stays a sentence.
    from borderstats.claims.text import sentences

    assert [s.text for s in sentences(
        "Numbers show a 60 percent decrease from December. When over 30,000 migrants were "
        "apprehended in the sector. When agents arrived, they found 30. Will it end? "
        "Cuando llegaron 5 mil. Bajó en marzo. Cuando llegaron 5 mil.")] == [
        "Numbers show a 60 percent decrease from December. When over 30,000 migrants were "
        "apprehended in the sector.", "When agents arrived, they found 30.", "Will it end?",
        "Cuando llegaron 5 mil.", "Bajó en marzo. Cuando llegaron 5 mil."]


def test_the_year_a_sentence_is_set_in_and_the_month_a_text_counted_are_read_by_timex(
        ) -> None:
    # The time expressions themselves settle the month of the year a sentence is set in
    # (the extractor tells them which years are bases) and "last October" after a text has
    # counted October 2024.
    def read(text: str, day: str, **kw: object) -> list[list[str]]:
        return [[p.label for p in r.periods]
                for r in time_refs(text, dt.date.fromisoformat(day), **kw)]

    def never(r: object, refs: object) -> bool:
        return False  # no year is a base here

    assert read("In 2024, Mexico detained 80,000 migrants in March", "2025-12-03",
                is_base=never) == [["2024"], ["2024-03"]]
    assert read("In Fiscal Year 2024, Yuma saw 19,000 from October through December",
                "2025-02-13", is_base=never) == [["FY2024"], ["2023-10..2023-12"]]
    october = Period.month(2024, 10)
    assert read("from 188,749 last October", "2024-11-15", counted=october) == [["2023-10"]]
    assert read("from 188,749 last October", "2024-11-15") == [["2024-10"]]


def test_a_month_counted_from_the_start_of_a_named_year() -> None:
    # "The seventh month of 2021" is July 2021; of fiscal 2022, the third is December 2021.
    assert refs("en el séptimo mes de 2021", "2021-09-10") == [("month", ["2021-07"])]
    assert refs("the third month of fiscal 2022", "2022-05-01") == [("month", ["2021-12"])]
    # A run of months closed by a bracket before its year is still that year's.
    assert refs("(Jan – November) 2022", "2023-01-10") == [("range", ["2022-01..2022-11"])]


def test_the_last_month_that_ended_not_the_last_one_published() -> None:
    # CBP publishes March's figures in mid-April; a text of 5 April saying "in March" still
    # speaks of March.
    assert last_ended_month(dt.date(2025, 4, 5)) == dt.date(2025, 3, 1)
    assert refs("in March", "2025-04-05") == [("month", ["2025-03"])]
    assert refs("last month", "2025-04-05") == [("relative", ["2025-03"])]
    # Late in a month, the month under way ("likely to see 140,000 in the month of March").
    assert refs("in the month of March", "2021-03-25") == [("month", ["2021-03"])]
    assert refs("in March", "2021-03-10") == [("month", ["2020-03"])]
    # "Last fiscal year" on 5 October 2024 is FY2024, just ended.
    assert last_ended_fiscal_year(dt.date(2024, 10, 5)) == 2024
    assert last_ended_fiscal_year(dt.date(2024, 9, 30)) == 2023


def test_a_month_with_year_words_is_that_month_whatever_stands_before_it() -> None:
    assert refs("que octubre del pasado año, se produjo", "2023-01-15") == [
        ("month", ["2022-10"])]
    assert refs("October of last year saw", "2023-01-15") == [("month", ["2022-10"])]
    # "may" before "this year" is the verb.
    assert refs("arrests may this year reach", "2023-01-15") == [("relative", ["2023"])]


def test_a_precise_figure_in_a_list_is_judged_for_the_month_it_matches(
        engine: Engine) -> None:
    # Darién (SNM): August 2022 31,104; July 2022 22,822. The list pairs each month with
    # the figure after it; a reading that pairs "31 mil 104" with July (22,822: -27%) is
    # beaten by the exact match with August, the other month the sentence names.
    text = ("Migración Panamá informó que en el Darién el mes de agosto, con 31 mil 104 y el "
            "mes de julio, con 22 mil 822, fueron los meses de más ingresos.")
    claims = check(text, date=dt.date(2023, 1, 15), engine=engine)["claims"]
    totals = [c for c in claims if c["kind"] == "total"]
    assert [c["verdict"] for c in totals] == ["accurate", "accurate"]
    assert sorted(p for c in totals for p in c["periods"]) == ["2022-07", "2022-08"]
    # A round figure says nothing about which month it counts: no rebinding.
    text = "Por el Darién pasaron 31 mil en agosto de 2022 y 22 mil en julio de 2022."
    claims = check(text, date=dt.date(2023, 1, 15), engine=engine)["claims"]
    assert [c["periods"] for c in claims if c["kind"] == "total"] == [["2022-08"], ["2022-07"]]


def test_the_busiest_month_of_a_year_the_text_names_is_ranked_within_it(
        engine: Engine) -> None:
    # Border Patrol, Southwest border, FY2019 (Oct 2018–Sep 2019): May 2019 132,856 is the
    # highest of the twelve months; among all months since FY2000 it ranks 14th (March
    # 2000: 220,063). February 2019 (66,883) is 6th of the twelve.
    c = one(engine, "In fiscal 2019, May was the busiest month for Border Patrol.",
            "2019-11-04", "rank_record")
    assert (c["periods"], c["verdict"]) == (["2019-05"], "accurate")
    c = one(engine, "In fiscal 2019, February was the busiest month for Border Patrol.",
            "2019-11-04", "rank_record")
    assert (c["periods"], c["verdict"]) == (["2019-02"], "inaccurate")
    # The year may be named in the sentence before.
    c = one(engine, "Border Patrol apprehensions rose in fiscal year 2019. The number of "
            "apprehensions in May, the busiest month, was the key figure.", "2019-11-04",
            "rank_record")
    assert (c["periods"], c["verdict"]) == (["2019-05"], "accurate")
    # "A record month" reaches past the year: ranked among every month on record.
    c = one(engine, "In fiscal 2019, May was a record month for Border Patrol.",
            "2019-11-04", "rank_record")
    assert c["verdict"] == "inaccurate"


def test_a_figure_set_against_a_daily_average_is_a_daily_average_too(engine: Engine) -> None:
    # Border Patrol, Southwest border: April 2025 8,377 (÷ 30 = 279.2 a day); April 2024
    # 128,895 (÷ 30 = 4,296.5 a day). Read as April 2024's total, 4,297 would be 97% short.
    text = ("CBP tuvo un promedio de 279 detenciones por día en la frontera sur en abril, en "
            "comparación con 4,297 detenciones en abril de 2024.")
    claims = check(text, date=dt.date(2025, 5, 12), engine=engine)["claims"]
    assert sorted((c["periods"][0], c["verdict"]) for c in claims) == [
        ("2024-04", "accurate"), ("2025-04", "accurate")]


@pytest.mark.parametrize("text", [
    "Casi 7 millones de migrantes han cruzado la frontera sur durante el gobierno de Biden.",
    "En marzo de 2024, un total de 19.571 cubanos entraron la frontera.",
    "En 2022 ingresaron 2.2 millones de migrantes por la frontera sur de Estados Unidos.",
])
def test_spanish_words_of_crossing_make_a_claim(engine: Engine, text: str) -> None:
    claims = check(text, date=dt.date(2024, 5, 15), engine=engine)["claims"]
    assert [c["kind"] for c in claims] == ["total"]


def test_figures_listed_after_a_daily_average_are_daily_averages(engine: Engine) -> None:
    # All CBP, Southwest border: May 2022 241,136 (÷ 31 = 7,779 a day); May 2021 180,597
    # (÷ 31 = 5,826 a day). Read as May 2021's total, 5,800 would be 97% short.
    text = ("Encounters at the southwest border were lower than the daily averages of 7,800 "
            "during May 2022 and 5,800 during May 2021, according to CBP data.")
    claims = check(text, date=dt.date(2023, 5, 15), engine=engine)["claims"]
    parts = with_parts(claims)
    rates = sorted((p["official"][0]["period"], p["verdict"]) for p in parts
                   if p["kind"] == "rate")
    assert rates == [("2021-05", "accurate"), ("2022-05", "accurate")]


def test_that_fiscal_year_is_the_year_the_sentence_before_named(engine: Engine) -> None:
    # Border Patrol, Southwest border: FY2020 400,651; FY2021 1,659,206.
    text = ("Las detenciones se quintuplicaron desde el año 2020. En aquel año fiscal, la "
            "Patrulla Fronteriza registró 400.000 detenciones, una cifra que se disparó "
            "hasta los 1,6 millones en 2021.")
    claims = check(text, date=dt.date(2023, 3, 15), engine=engine)["claims"]
    parts = with_parts(claims)
    level = next(p for p in parts if p["kind"] == "total" and p["claimed"]["words"] == "400.000")
    assert (level["periods"], level["verdict"]) == (["FY2020"], "accurate")
    assert refs("En aquel año fiscal, la", "2023-03-15") == [("anaphor", [])]


def test_a_monthly_average_over_years_is_their_average_month(engine: Engine) -> None:
    # Border Patrol, Southwest border: 2021–2024 7,383,117 over 48 months = 153,815 a month
    # (FY2021–FY2024: 155,042); March 2025: 7,180.
    text = ("In March, Border Patrol recorded around 7,180 southwest border crossings, a "
            "dramatic drop compared to the monthly average of 155,000 from the previous four "
            "years.")
    claims = check(text, date=dt.date(2025, 4, 3), engine=engine)["claims"]
    parts = with_parts(claims)
    rate = next(p for p in parts if p["kind"] == "rate")
    assert rate["verdict"] in ("accurate", "roughly_accurate")
    assert all(p["verdict"] in ("accurate", "roughly_accurate") for p in parts)


def test_returns_by_air_from_both_countries_are_not_in_the_files(engine: Engine) -> None:
    # IGM 2024: 76,768 returns in all; the files do not split them by means of travel.
    text = ("Durante el 2024 el IGM atendió a 76 mil 768 deportados guatemaltecos, 66 mil 16 "
            "por vía aérea provenientes de Estados Unidos y México.")
    claims = check(text, date=dt.date(2025, 9, 17), engine=engine)["claims"]
    assert sorted(c["verdict"] for c in claims) == ["accurate", "unverifiable"]


def test_two_words_for_the_same_base_are_one_base() -> None:
    # "interanual" and "el mismo trimestre del año pasado" both name January–March 2021.
    assert refs("de enero a marzo de 2022, un aumento interanual del 89,3 % frente al mismo "
                "trimestre del año pasado", "2022-07-01") == [
        ("range", ["2022-01..2022-03"]), ("range", ["2021-01..2021-03"])]


@pytest.mark.parametrize("words", ["lone children", "children traveling alone",
                                   "children who crossed alone", "niños que viajan solos",
                                   "menores de edad que iban solos", "niños que cruzaron solos"])
def test_children_alone_are_unaccompanied_children(engine: Engine, words: str) -> None:
    # Nationwide encounters of unaccompanied children, FY2021: 147,975.
    c = one(engine, f"CBP encountered 147,975 {words} in FY 2021.", "2022-07-15")
    assert c["filters"] == {"demographic": ["UAC"]}


@pytest.mark.parametrize("text", [
    "En el año fiscal 2008, la Patrulla Fronteriza detuvo a 43 mil 658 indocumentados. Sólo 9 "
    "mil no eran mexicanos.",
    "In fiscal 2008, Border Patrol agents apprehended 723,825 people; 51,945 were not Mexican.",
])
def test_those_who_were_not_mexicans_are_all_but_mexicans(engine: Engine, text: str) -> None:
    # Border Patrol, Southwest border, FY2008, all but Mexicans: 51,945.
    claims = check(text, date="2008-11-30", engine=engine)["claims"]
    assert claims[-1]["filters"] == {"citizenship": ["!MEX"]}


def test_a_count_with_got_aways_is_not_in_the_files(engine: Engine) -> None:
    c = one(engine, "Nearly 245,000 foreign nationals were apprehended or reported as "
            "gotaways after illegally entering the southwest border in March.", "2023-04-06")
    assert c["verdict"] == "unverifiable"


def test_a_quarter_is_ranked_among_the_same_quarter_of_each_year(engine: Engine) -> None:
    assert refs("in the first quarter of fiscal 2024", "2024-01-15") == [
        ("range", ["2023-10..2023-12"])]
    # October–December: all CBP, Southwest border, 2023 785,307 against 2022 719,017 (the
    # highest before); Border Patrol alone 2023 629,595 against 2022 634,832 (0.8% short).
    c = one(engine, "CBP encounters at the southwest border in the first quarter of fiscal "
            "2024 were the highest ever.", "2024-01-20", "rank_record")
    assert (c["official"][0]["rank"], c["verdict"]) == (1, "accurate")
    c = one(engine, "Border Patrol apprehensions at the southwest border in the first quarter "
            "of fiscal 2024 were the highest ever.", "2024-01-20", "rank_record")
    assert (c["official"][0]["rank"], c["official"][0]["record"]["period"]) == (
        2, "2022-10..2022-12")


def test_the_influx_is_what_the_sentence_before_counted(engine: Engine) -> None:
    # Mexico (UPM): January 2022 23,273; January 2021 9,552: +143.6%.
    text = ("Mexican immigration officials detained 16,740 undocumented migrants last month, "
            "the National Immigration Institute (INM) said. The influx was 78% more than in "
            "January 2021.")
    claims = check(text, date=dt.date(2022, 2, 15), engine=engine)["claims"]
    change = next(c for c in claims if "influx" in c["text"])
    assert (change["measure"], change["verdict"]) == ("mx_irregular_migrants", "inaccurate")


def test_people_who_entered_america_is_a_claim_of_crossings(engine: Engine) -> None:
    c = one(engine, "51.4 million illegals entered America under Biden and Harris.",
            "2024-08-15")
    assert c["verdict"] == "inaccurate"


def test_a_relation_that_holds_is_not_failed_by_a_level_far_off(engine: Engine) -> None:
    # Border Patrol, Southwest border: FY2020 400,651; FY2021 1,659,206 (+314%). "40,000"
    # is a tenth of FY2020's figure: more likely read with another period or series than
    # meant, so the rise that holds decides, and the explanation says why.
    text = ("Border Patrol apprehensions at the southwest border soared from 40,000 in fiscal "
            "year 2020 to 1.66 million in fiscal year 2021.")
    claims = check(text, date=dt.date(2022, 3, 15), engine=engine)["claims"]
    assert [c["verdict"] for c in claims] == ["accurate"]
    assert "'40,000'" in claims[0]["explanation"].split("three times")[-1]
    # A level within a factor of three of the official one still fails the claim.
    text = text.replace("40,000", "250,000")
    claims = check(text, date=dt.date(2022, 3, 15), engine=engine)["claims"]
    assert [c["verdict"] for c in claims] == ["inaccurate"]


def test_a_change_runs_from_the_start_of_the_span_the_sentence_names(engine: Engine) -> None:
    # Border Patrol, Southwest border: December 2023 249,740; December 2024 47,324 (-81.1%).
    c = one(engine, "De diciembre 2023 (249,740 encuentros) a diciembre 2024, la Patrulla "
            "Fronteriza registró una disminución del 81%.", "2025-03-11", "change")
    assert (c["periods"], c["official"][0]["period"]) == (["2024-12"], "2023-12")


def test_a_change_with_no_period_is_tried_year_on_year(engine: Engine) -> None:
    # Border Patrol, Southwest border: July 2017 18,187; June 2017 16,087 (+13.1%); July
    # 2016 33,723 (-46.1%); October 2016–July 2017 against a year before is smaller.
    c = one(engine, "Border Patrol apprehensions at the southwest border are down 46 percent.",
            "2017-08-15", "change")
    assert c["verdict"] == "accurate"
    # "Down 78 percent" fits no reading: month on month +13%, year on year -46%.
    c = one(engine, "Border Patrol apprehensions at the southwest border are down 78 percent.",
            "2017-08-15", "change")
    assert c["verdict"] == "inaccurate"
    assert "none of the usual readings" in c["explanation"]


def test_a_precise_figure_may_count_everyone_not_the_group_named(engine: Engine) -> None:
    # All CBP, Southwest border, May 2019: 144,116 (families alone: 84,486 for Border
    # Patrol). A precise figure that matches everyone exactly is not the families'.
    text = ("The number of illegal crossings at the southwest border, and the number of "
            "families making the trek, peaked at 144,116 in May 2019.")
    claims = check(text, date=dt.date(2019, 7, 9), engine=engine)["claims"]
    parts = with_parts(claims)
    level = next(p for p in parts if p["kind"] == "total")
    assert level["verdict"] == "accurate"


def test_years_of_a_later_clause_before_the_base_are_not_the_changes(engine: Engine) -> None:
    # Mexico (UPM): 2024 1,231,320; 2023 778,907 (+58.1%, within a point of 58.5%).
    text = ("México detuvo en 2024 a 1.2 millones de personas. Este volumen representa un "
            "incremento del 58.5% respecto a 2023, y es tan elevado que supera el total "
            "acumulado de detenciones entre 2010 y 2019.")
    claims = check(text, date=dt.date(2025, 1, 15), engine=engine)["claims"]
    change = next(c for c in claims if c["kind"] == "change")
    assert (change["periods"], change["verdict"]) == (["2024"], "accurate")


def test_each_figure_of_a_list_takes_its_own_group(engine: Engine) -> None:
    # All CBP, Southwest border, December 2022: 252,315 in all; single adults 162,430,
    # family unit members 77,318, unaccompanied children 12,277.
    text = ("CBP had 251,487 migrant encounters along the Southwest border in December 2022, "
            "which includes 161,808 single adults, 77,088 family unit individuals and 12,298 "
            "unaccompanied children.")
    claims = check(text, date=dt.date(2023, 1, 15), engine=engine)["claims"]
    parts = with_parts(claims)
    assert [(p["filters"].get("demographic"), p["verdict"]) for p in parts] == [
        (None, "accurate"), (["Single Adults"], "accurate"), (["FMUA"], "accurate"),
        (["UAC"], "accurate")]


def test_between_two_months_a_change_may_be_year_on_year(engine: Engine) -> None:
    # Darién: January–August 2022 103,378; January–August 2021 70,361 (+46.9%); January
    # 2022 4,702 to August 2022 31,104 (+561%). The figures decide: year on year.
    c = one(engine, "Entre enero y agosto de 2022 han pasado por el Darién 100 mil personas y "
            "lo que representa el aumento del 47 por ciento.", "2022-09-15", "change")
    assert (c["verdict"], c["official"][0]["period"]) == ("accurate", "2021-01..2021-08")


def test_the_previous_fiscal_year_with_no_year_before_it() -> None:
    assert refs("a 22 percent increase over the previous fiscal year", "2019-10-30") == [
        ("relative", ["FY2018"])]


def test_the_same_period_with_a_comma_before_its_year() -> None:
    assert refs("entre enero y julio de este año, más que en el mismo periodo, de 2023",
                "2024-08-15") == [("range", ["2024-01..2024-07"]), ("range", ["2023-01..2023-07"])]


def test_a_period_under_way_is_read_to_date() -> None:
    ref = dt.date(2021, 4, 9)
    assert so_far(Period.fiscal_year(2021), ref).label == "2020-10..2021-03"
    assert so_far(Period.fiscal_year(2020), ref) is None      # over by then
    assert so_far(Period.month(2021, 4), ref) is None         # a month is never cut


@pytest.mark.parametrize("text,day,expected", [
    ("from January to March 2024", "2024-06-01", [("range", ["2024-01..2024-03"])]),
    ("February 2021 through December 2024", "2025-05-01", [("range", ["2021-02..2024-12"])]),
    ("in March and April 2017", "2018-01-01", [("month", ["2017-03", "2017-04"])]),
    ("in the first six months of FY2023", "2023-05-16", [("range", ["2022-10..2023-03"])]),
    ("los primeros cinco meses de 2024", "2025-06-01", [("range", ["2024-01..2024-05"])]),
    ("el primer trimestre de 2023", "2023-05-01", [("range", ["2023-01..2023-03"])]),
    ("over the past 12 months", "2023-11-09", [("range", ["2022-11..2023-10"])]),
    ("en el último año", "2023-11-09", [("range", ["2022-11..2023-10"])]),
    ("hace dos años", "2023-12-15", [("year", ["2021"])]),
    ("as of March 25, 2024", "2024-04-01", [("range", ["2024-01..2024-03"])]),
    ("two years ago", "2023-12-15", [("year", ["2021"])]),
    ("a year ago", "2025-03-05", [("relative", ["2024-02"])]),
    ("since July 2020", "2024-12-20", [("since", ["2020-07..2024-11"])]),
    # A quarter by its code: a fiscal year's (FY2016's third is April-June 2016) or a
    # calendar year's; "last quarter" is the one before the quarter named.
    ("in FY 2016 Q3 (55,372) compared to last quarter (48,553)", "2017-04-03",
     [("range", ["2016-04..2016-06"]), ("range", ["2016-01..2016-03"])]),
    ("in Q1 of fiscal 2019", "2019-06-01", [("range", ["2018-10..2018-12"])]),
    ("in Q2 2024", "2024-08-01", [("range", ["2024-04..2024-06"])]),
    # A presidency "since President Biden has been in office"; two months listed out of
    # order and far apart are of the one year named, a December and a January a run
    # across the new year; a table's "FY'22 September" (curly apostrophes are straight
    # ones); a run "to the end of April", "from last October through this May".
    ("Since President Biden has been in office, there have been nearly 4.7 million",
     "2023-03-01", [("presidency", ["2021-01..2023-02"])]),
    ("the highest level since December and May 2022", "2023-09-21",
     [("month", ["2022-05", "2022-12"])]),
    ("in December and January 2023", "2023-03-01", [("month", ["2022-12", "2023-01"])]),
    ("The FY’22 September numbers are more than quadruple the FY’19 numbers", "2022-10-22",
     [("month", ["2022-09"]), ("fiscal_year", ["FY2019"])]),
    ("Between Oct. 1 and the end of April", "2022-07-03", [("range", ["2021-10..2022-04"])]),
    ("From last October through this May", "2015-06-11", [("range", ["2014-10..2015-05"])]),
    # "Compared to last August" after August: the August a year before.
    ("In August, encounters rose 14% compared to last August.", "2023-09-22",
     [("month", ["2023-08"]), ("month", ["2022-08"])]),
    # When something was said is no period of what was counted.
    ("CBP revealed earlier this month that apprehensions in April were down 93%.",
     "2025-05-28", [("month", ["2025-04"])]),
    # Shifted periods: the period named before, moved back.
    ("during 2023, compared with the previous year", "2024-01-02",
     [("year", ["2023"]), ("year", ["2022"])]),
    ("in April, down from the same month in 2019", "2020-05-07",
     [("month", ["2020-04"]), ("month", ["2019-04"])]),
    ("in the first five months of 2024 and the same period last year", "2024-07-01",
     [("range", ["2024-01..2024-05"]), ("range", ["2023-01..2023-05"])]),
])
def test_time_expressions(text: str, day: str, expected: list) -> None:
    assert refs(text, day) == expected


def test_last_year_in_a_text_about_fiscal_years_may_be_the_fiscal_year_just_ended() -> None:
    # Said on 31 October 2006: calendar 2005, or FY2006 (October 2005-September 2006); from
    # October to December the fiscal year just ended is a reading even where the text does
    # not speak of fiscal years, and not from January on (said in May 2006: 2005 alone).
    day = dt.date(2006, 10, 31)
    (plain,) = time_refs("fell 35 percent, to 108,026, last year", day)
    (fiscal,) = time_refs("fell 35 percent, to 108,026, last year", day, fiscal_context=True)
    (spring,) = time_refs("fell 35 percent, to 108,026, last year", dt.date(2006, 5, 31))
    assert [p.label for p in plain.periods] == ["2005"]
    assert [[p.label for p in a] for a in plain.alternatives] == [["FY2006"]]
    assert [p.label for p in spring.periods] == ["2005"] and spring.alternatives == ()
    assert [[p.label for p in a] for a in fiscal.alternatives] == [["FY2006"]]
    # "The budget year" is the fiscal year: a text that says it speaks of fiscal years.
    from borderstats.claims.lexicon import FISCAL_WORDS
    assert FISCAL_WORDS.search("in the budget year that ended in September")


def test_a_count_to_a_day_in_a_text_about_fiscal_years_is_the_fiscal_year_so_far() -> None:
    # Said in December 2019: October-November 2019 (FY2020 so far), or January-November.
    (plain,) = time_refs("As of November 30, agents had collared 87,826", dt.date(2019, 12, 10))
    (fiscal,) = time_refs("As of November 30, agents had collared 87,826", dt.date(2019, 12, 10),
                          fiscal_context=True)
    assert [p.label for p in plain.periods] == ["2019-01..2019-11"]
    assert [p.label for p in fiscal.periods] == ["2019-10..2019-11"]
    assert [[p.label for p in a] for a in fiscal.alternatives] == [["2019-01..2019-11"]]


def test_a_number_binds_to_its_nearest_period(engine: Engine) -> None:
    text = ("CBP's year-end numbers show a spike, from 16,182 apprehensions in April to "
            "47,207 in August, and 54,771 in September.")
    claims = check(text, date=dt.date(2020, 10, 16), engine=engine)["claims"]
    assert [(c["claimed"]["value"], c["periods"]) for c in claims] == [
        (16_182, ["2020-04"]), (47_207, ["2020-08"]), (54_771, ["2020-09"])]
    # Border Patrol: April 16,182 and September 54,771 exactly, August 47,283.
    assert {c["measure"] for c in claims} == {"usbp_swb_encounters"}
    assert {c["verdict"] for c in claims} == {"accurate"}


# -- readings by evidence -------------------------------------------------------------------


def test_a_precise_figure_settles_the_reading(engine: Engine) -> None:
    # "Arrests", nothing about who counted: all CBP encounters in April 2020 were 17,106,
    # Border Patrol's 16,182. The figure is Border Patrol's to the unit.
    claim = one(engine, "There were 16,182 arrests at the southwest border in April.",
                "2020-05-20")
    assert claim["measure"] == "usbp_swb_encounters" and claim["verdict"] == "accurate"
    assert claim["evidence"]["exact"] is True
    assert "depends on the reading" not in claim["explanation"]


def test_a_named_component_makes_another_components_figure_a_mislabel(
        engine: Engine) -> None:
    # Border Patrol FY2023: 2,045,838; 2.48 million is all CBP (2,475,669). Judged as what
    # the words say (17.5% short: inaccurate), with the series the figure comes from.
    claim = one(engine, "Border Patrol agents apprehended 2.48 million migrants at the "
                        "southwest border in fiscal 2023.", "2024-01-15")
    assert (claim["measure"], claim["verdict"]) == ("usbp_swb_encounters", "inaccurate")
    assert "2,475,669" in claim["explanation"]
    assert claim["evidence"]["figure_matches"]


def test_a_right_figure_with_the_wrong_year_label_is_roughly_right(engine: Engine) -> None:
    # Calendar 2023: 2,541,959; 2.48 million is fiscal 2023 (2,475,669).
    claim = one(engine, "In calendar year 2023, there were 2.48 million encounters at the "
                        "southwest border.", "2024-03-15")
    assert (claim["periods"], claim["verdict"]) == (["2023"], "roughly_accurate")
    assert "2,475,669" in claim["explanation"]


def test_a_correct_count_called_migrants_is_accurate_with_a_caveat(engine: Engine) -> None:
    # Border Patrol, FY2022: 2,206,436 encounters, events rather than people.
    claim = one(engine, "About 2.2 million migrants were apprehended at the southwest border "
                        "in fiscal 2022, Border Patrol figures show.", "2022-12-15")
    assert claim["verdict"] == "accurate"
    assert any("not people" in c for c in claim["caveats"])


# -- claim types ---------------------------------------------------------------------------


def test_streaks(engine: Engine) -> None:
    # Border Patrol fell every month from June 2019 (94,902) to January 2020 (29,205):
    # eight declines in a row.
    claim = one(engine, "Border apprehensions have dropped for the eighth straight month.",
                "2020-02-04")
    assert (claim["kind"], claim["verdict"]) == ("streak", "accurate")
    assert claim["official"][0]["run"] == 8
    # Rose in November 2021 after three months of decline (August–October).
    claim = one(engine, "Arrests at the border rose 5 percent in November after "
                        "three consecutive months of a downward trend.", "2021-12-18",
                "streak")
    assert claim["verdict"] == "accurate"
    # Above a threshold: all CBP encounters topped 50,000 in March, April and May 2018.
    claim = one(engine, "May was the third month in a row in which more than 50,000 "
                        "encounters were recorded at the southwest border.", "2018-06-08")
    assert (claim["kind"], claim["verdict"]) == ("streak", "accurate")


def test_rates(engine: Engine) -> None:
    # June 2019: 94,902 Border Patrol apprehensions over 30 days = 3,163 a day; 3,000 is
    # 5.2% under: roughly right.
    claim = one(engine, "Border Patrol agents took 3,000 people into custody on an average "
                        "day in June.", "2019-08-01")
    assert (claim["kind"], claim["official"][0]["rate"]) == ("rate", 3163.4)
    assert claim["verdict"] == "roughly_accurate"


def test_lowest_since_a_month(engine: Engine) -> None:
    # November 2024 (46,612) is below every month after July 2020 (August 2020: 47,283);
    # December 2024 (47,324) is not (November is lower by 1.5%).
    nov = one(engine, "Border Patrol apprehended 46,612 migrants in November, the smallest "
                      "monthly number since July 2020.", "2024-12-20", "rank_record")
    assert nov["verdict"] == "accurate"
    dec = one(engine, "Border Patrol apprehended 47,324 migrants in December, the lowest "
                      "monthly number since July 2020.", "2025-01-20", "rank_record")
    assert dec["verdict"] == "inaccurate"


def test_lowest_in_history_reaches_beyond_the_monthly_records(engine: Engine) -> None:
    # June 2025 (6,068) is the lowest month since FY2000, but FY1960's annual total
    # (21,022) is about 1,752 a month: "in history" outruns the records.
    history = one(engine, "Border Patrol apprehensions in June were the lowest in history.",
                  "2025-07-15")
    assert history["verdict"] == "misleading" and "FY1960" in history["explanation"]
    # "Ever reported by the agency" is bounded by the agency's records.
    bounded = one(engine, "Border Patrol apprehensions in June were the lowest monthly tally "
                          "ever reported by the agency.", "2025-07-15")
    assert bounded["verdict"] == "accurate"


def test_peaks_and_averages_of_a_period(engine: Engine) -> None:
    # Nationwide, December 2023 (370,883) is the highest month of the Biden presidency;
    # October 2025 (30,551) is 91.8% below it.
    claim = one(engine, "30,573 total encounters nationwide — 92% below the peak of the Biden "
                        "administration's 370,883.", "2025-11-25")
    assert (claim["kind"], claim["verdict"]) == ("comparison", "accurate")
    assert claim["periods"] == ["2025-10"]


def test_each_percentage_is_a_share_of_its_own_group(engine: Engine) -> None:
    # Darién 2024: 302,203 in all; Venezuelans 210,0xx (69.5%), Colombians 17,529 (5.8%).
    claims = check("De los 302.203 migrantes que cruzaron el Darién en 2024, el 69,5% eran de "
                   "nacionalidad venezolana, seguidos por un 5,8% de colombianos.",
                   date=dt.date(2025, 1, 15), engine=engine)["claims"]
    shares = [c for c in claims if c["kind"] == "share"]
    assert [c["verdict"] for c in shares] == ["accurate", "accurate"]
    assert shares[1]["official"][0]["value"] == 17_529


def test_a_relation_and_its_parts_are_one_assertion(engine: Engine) -> None:
    # Mexico: January–May 2024 = 588,994 (590,690 claimed: accurate); the store ends in
    # April 2025, so January–May 2025 cannot be checked: the assertion is unverifiable.
    claims = check("In Mexico, detentions by migration agents have decreased from 590,690 "
                   "events in the first five months of 2024 to 113,612 cases in the first "
                   "five months of 2025.", date=dt.date(2025, 7, 1), engine=engine)["claims"]
    (claim,) = claims
    assert claim["kind"] == "change" and claim["verdict"] == "unverifiable"
    parts = {p["claimed"]["words"]: p["verdict"] for p in claim["parts"]}
    assert parts == {"590,690": "accurate", "113,612": "unverifiable"}
    # A wrong part makes the assertion wrong: 2022 was 441,409, not 341,409.
    (wrong,) = check("Mexico's detentions rose from 341,409 in 2022 to 778,907 in 2023.",
                     date=dt.date(2024, 6, 1), engine=engine)["claims"]
    assert wrong["verdict"] == "inaccurate"


def test_a_precise_figure_with_no_period_is_tried_against_the_latest_month(
        engine: Engine) -> None:
    # January 2019, all CBP: 58,317 (58,207 claimed, 0.2% off).
    claim = one(engine, "Customs and Border Protection says it made 58,207 arrests or denials "
                        "of entry at the southwest border.", "2019-02-15")
    assert (claim["periods"], claim["verdict"]) == (["2019-01"], "accurate")
    # A figure that does not fit the latest month is not called wrong: no period was named.
    claim = one(engine, "CBP says it made 12,345 arrests at the southwest border.",
                "2019-02-15")
    assert claim["verdict"] == "unverifiable"


# -- number roles, dates and bases as real writers give them -----------------------------


@pytest.mark.parametrize("text,expected", [
    # A stray space after a thousands comma is one number; a list is not joined.
    ("to 2,475, 669 in 2023", [("2,475, 669", 2_475_669)]),
    ("compared to 333, 704 in 2023", [("333, 704", 333_704)]),
    ("figures of 120, 130 and 140", [("120", 120), ("130", 130), ("140", 140)]),
])
def test_a_stray_space_in_a_number(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(q.words, q.value) for q in quantities(text)] == expected


def test_a_count_over_a_few_days_and_a_rate_whose_unit_stands_apart() -> None:
    (day,) = quantities("there were 4,000 apprehensions in one day alone this past week")
    assert day.role == "days"
    (month,) = quantities("averaging 60,000 illegal and inadmissible immigrants a month")
    assert (month.role, month.per) == ("rate", "month")


@pytest.mark.parametrize("text,day,expected", [
    ("the monthly average for the years 2021–24", "2025-07-03", [("range", ["2021..2024"])]),
    ("In the final month of FY2023, CBP recorded", "2023-10-26", [("month", ["2023-09"])]),
    ("an increase over the fiscal year of 2021", "2022-10-23", [("fiscal_year", ["FY2021"])]),
    ("more than in any single fiscal year since FY 2000", "2021-09-28",
     [("since", ["1999-10..2021-08"])]),
    ("in Obama's eight years", "2024-04-15", [("presidency", ["2009-01..2017-01"])]),
    # A US term's average month: the months wholly in it (20 January to 20 January).
    ("the monthly average during President Biden's administration", "2025-11-15",
     [("presidency", ["2021-02..2024-12"])]),
    # "This year" says which year the months are of; a report's date is no period.
    ("detenidos de enero a mayo de este año", "2024-07-15", [("range", ["2024-01..2024-05"])]),
    ("el INM dio cuenta, a mediados de junio, de un millón", "2024-07-15", []),
    ("between January and March, an increase compared to the same months in 2023",
     "2024-04-15", [("range", ["2024-01..2024-03"]), ("range", ["2023-01..2023-03"])]),
    # So many years and a half: the months up to the last that had ended (30 for two and a
    # half, said in September 2023: March 2021 to August 2023).
    # "Now" keeps its clause's time where a dash or "when" sets the other times apart.
    ("65 percent of apprehensions are now single adults — a reversal from earlier this year, "
     "when 65 percent were family units", "2019-11-20",
     [("now", ["2019-11"]), ("relative", ["2019"])]),
    ("para finales de julio de 2023 la cifra podría alcanzar 400 mil", "2023-07-05",
     [("range", ["2023-01..2023-07"])]),
    ("Mexico has apprehended approximately 134,000 people so far this calendar year.",
     "2019-09-10", [("relative", ["2019"])]),
    ("about 5.5 million in the last 2 1/2 years", "2023-09-13",
     [("range", ["2021-03..2023-08"])]),
    ("over the past two and a half years", "2023-09-13", [("range", ["2021-03..2023-08"])]),
    ("en los últimos dos años y medio", "2023-09-13", [("range", ["2021-03..2023-08"])]),
    # A dash before a count is no span of years ("2023 –68 mil" is not 2023 to 2068).
    ("eventos de devolución del 2023 –68 mil 617 menos que en el 2022–", "2024-07-15",
     [("year", ["2023"]), ("year", ["2022"])]),
])
def test_more_time_expressions(text: str, day: str, expected: list) -> None:
    assert refs(text, day) == expected


def test_bases_joined_by_and_share_the_comparison(engine: Engine) -> None:
    # Guatemalans returned from the US (IGM): 2022 40,713; 2021 17,806; 2020 21,057. The
    # doubling compares 2022 with the first base, 2021 (2.29×), not 2021 with 2020.
    claims = check("During 2022, the United States deported 40,713 Guatemalans by air, a "
                   "figure that doubled the 17,806 in 2021 and the 21,057 in 2020.",
                   date=dt.date(2023, 12, 30), engine=engine)["claims"]
    (change,) = [c for c in claims if c["kind"] == "change"]
    assert [f["period"] for f in change["official"]] == ["2021", "2022"]
    assert change["verdict"] in ("accurate", "roughly_accurate")


def test_the_agency_named_with_both_components_is_the_agency(engine: Engine) -> None:
    # January 2025, Southwest border: all CBP 61,445 (Border Patrol 29,107; ports 32,341).
    claim = one(engine, "CBP, which includes Border Patrol agents between ports of entry and "
                        "Field Operations officers at the ports of entry, took 61,465 people "
                        "into custody last month.", "2025-02-21")
    assert (claim["measure"], claim["verdict"]) == ("swb_encounters", "accurate")


def test_a_breakdown_a_series_lacks_is_unanswerable_not_the_total(engine: Engine) -> None:
    # DHS removals have no nationality breakdown: the claim cannot be judged on the total.
    claims = check("Deportations of Central Americans fell 56% in 2023 compared with 2022.",
                   date=dt.date(2024, 3, 1), engine=engine)["claims"]
    assert claims and {c["verdict"] for c in claims} == {"unverifiable"}


def test_a_month_against_a_presidency_is_against_its_average_month(engine: Engine) -> None:
    # Border Patrol, January 2021–January 2025: 7,412,224 over 49 months, 151,270 a month;
    # March 2025: 7,180, 95.3% below.
    claims = check("Border Patrol apprehensions at the southwest border in March 2025 were a "
                   "95% drop from under the Biden administration.",
                   date=dt.date(2025, 4, 15), engine=engine)["claims"]
    (change,) = [c for c in claims if c["kind"] == "change"]
    assert [f["value"] for f in change["official"]] == [151_270, 7_180]
    assert change["verdict"] == "accurate"


def test_a_total_from_a_day_within_a_month_lies_between_bounds(engine: Engine) -> None:
    # All CBP, Southwest border: February–October 2025 97,401; January–October 158,846.
    # 106,134 from 21 January lies between them.
    claim = one(engine, "From January 21 through October 2025, there were 106,134 total "
                        "enforcement encounters along the Southwest Border.", "2025-11-15")
    assert claim["verdict"] == "accurate"
    assert "97,401" in claim["explanation"]


def test_a_count_to_a_month_s_last_day_is_of_the_whole_month(engine: Engine) -> None:
    # Border Patrol, Southwest border, October-November 2019: 68,926. "As of November 30"
    # counts all of November (no month only in part).
    claim = one(engine, "In fiscal year 2020, as of November 30, Border Patrol agents had "
                        "apprehended 68,925 people between ports of entry.", "2019-12-10")
    assert (claim["periods"], claim["verdict"]) == (["2019-10..2019-11"], "accurate")
    assert "in part" not in claim["explanation"]


@pytest.mark.parametrize("text,day", [
    ("There were 4,000 apprehensions at the southern border in one day alone this week.",
     "2019-03-30"),
    ("The Border Patrol's 7-day encounter average has decreased more than 40 percent to under "
     "2,400 encounters per day.", "2024-06-25"),
    ("DHS estimates that there were nearly 4 million unauthorized border crossings in 2000.",
     "2022-10-15"),
])
def test_counts_the_monthly_files_cannot_hold_are_unverifiable(
        engine: Engine, text: str, day: str) -> None:
    claims = check(text, date=dt.date.fromisoformat(day), engine=engine)["claims"]
    assert claims and {c["verdict"] for c in claims} == {"unverifiable"}


def test_a_record_of_all_cbp_that_border_patrol_alone_beat_before(engine: Engine) -> None:
    # All CBP, Southwest border, Februaries from 2018: 2024 is highest (189,913); but Border
    # Patrol alone counted 211,328 in February 2000, so the whole was higher then.
    claim = one(engine, "Migrant encounters at the southern border for February hit a new "
                        "high for the month this year.", "2024-03-22", kind="rank_record")
    assert claim["verdict"] == "misleading"
    assert "211,328" in claim["explanation"]


def test_the_most_secure_border_in_history(engine: Engine) -> None:
    # Border Patrol, Southwest border: July 2025 ("now", in early August), 4,596, the lowest
    # month since FY2000; the annual record goes back to FY1960 (21,022 in the year, about
    # 1,752 a month).
    claim = one(engine, "We now have the most secure border in American history.",
                "2025-08-10")
    assert claim["kind"] == "rank_record" and claim["verdict"] == "misleading"
    assert "21,022" in claim["explanation"]


def test_a_figure_of_the_year_next_to_the_one_named(engine: Engine) -> None:
    # Darién: 2024 302,203; 2023 520,085. "Last year" in January 2025 is 2024, but 520,000
    # is 2023's figure: a right number with the wrong year, and the record is 2023's.
    claims = check("Last year, 520,000 migrants crossed the Darién jungle, a record figure.",
                   date=dt.date(2025, 1, 15), engine=engine)["claims"]
    total, = [c for c in claims if c["kind"] == "total"]
    rank, = [c for c in claims if c["kind"] == "rank_record"]
    assert total["verdict"] == "roughly_accurate" and "520,085" in total["explanation"]
    assert (rank["periods"], rank["verdict"]) == (["2023"], "accurate")


def test_a_change_must_agree_with_the_levels_it_states(engine: Engine) -> None:
    # 2.3 million against 1,659,206 is +38.6% (+35.6% to +41.6% within the rounding of
    # "2.3 million"), not 33%, whichever series each figure comes from.
    claims = check("Border encounters were 2,378,944 in fiscal 2022. The 2.3 million for 2022 "
                   "is an increase of 33% over the fiscal year of 2021 at 1,659,206.",
                   date=dt.date(2022, 10, 23), engine=engine)["claims"]
    (change,) = [c for c in claims if c["kind"] == "change"]
    assert change["verdict"] == "inaccurate" and "+38.6%" in change["explanation"]


def test_a_precise_figure_may_be_another_stage_of_the_corridor(engine: Engine) -> None:
    # Darién: 2021 133,726; 2022 248,284 (248,283 claimed). No country named.
    claims = check("While 8,594 migrants crossed in 2020, the figure increased to 133,726 in "
                   "2021 and to 248,283 in 2022.", date=dt.date(2024, 1, 15),
                   engine=engine)["claims"]
    parts = {p["claimed"]["words"]: p["measure"] for c in claims for p in c.get("parts", [])}
    assert parts["133,726"] == parts["248,283"] == "darien_transits"


def test_guatemalans_deported_may_be_those_from_the_us(engine: Engine) -> None:
    # IGM 2024: 76,768 returned in all; 61,680 from the US (or with no country, as the
    # compilation leaves the US series from 2024).
    claim = one(engine, "El año pasado se registró un récord de 61,680 guatemaltecos "
                        "deportados.", "2025-01-04", kind="total")
    assert claim["verdict"] == "accurate"
    assert claim["filters"]["returned_from"] == ["USA", "UNKNOWN"]


def test_the_total_of_a_share_is_of_everyone(engine: Engine) -> None:
    # Darién 2023: 520,085 in all, 328,650 Venezuelans (63.2%).
    claims = check("Un total de 328.667 venezolanos cruzaron la selva del Darién en 2023. Esta "
                   "cifra representa el 65,6% del total de migrantes que atravesaron la selva "
                   "ese año, que fue de 520.085.", date=dt.date(2024, 1, 2),
                   engine=engine)["claims"]
    # The total is a part of the share it is the whole of.
    whole = [c for c in with_parts(claims) if c["kind"] == "total"
             and c["claimed"]["value"] == 520_085]
    assert whole and whole[0]["verdict"] == "accurate"
    assert whole[0]["official"][0]["value"] == 520_085  # everyone, not the Venezuelans


def test_respectively_pairs_figures_with_months(engine: Engine) -> None:
    # Darién, October–December 2023: 49,256, 37,231, 24,626; down from October to December.
    claims = check("Durante los meses de octubre, noviembre y diciembre de 2023 cruzaron el "
                   "Darién 49,256, 37,231 y 24,626 migrantes respectivamente, una disminución "
                   "considerable.", date=dt.date(2024, 1, 15), engine=engine)["claims"]
    parts = {p["claimed"]["words"]: (p["periods"], p["verdict"])
             for c in claims for p in [c, *c.get("parts", [])] if p["kind"] == "total"}
    assert parts == {"49,256": (["2023-10"], "accurate"), "37,231": (["2023-11"], "accurate"),
                     "24,626": (["2023-12"], "accurate")}


def test_each_figure_of_a_list_takes_its_own_nationality(engine: Engine) -> None:
    # All CBP, Southwest border, FY2022: Guatemalans 231,565; Hondurans 213,023.
    claims = check("En el año fiscal 2022 hubo 231.565 encuentros de guatemaltecos, 213.023 de "
                   "hondureños y 164.600 de nicaragüenses en la frontera suroeste.",
                   date=dt.date(2022, 11, 1), engine=engine)["claims"]
    nats = {c["claimed"]["words"]: c["filters"].get("citizenship")
            for c in claims if c["kind"] == "total"}
    assert nats["231.565"] == ["GTM"] and nats["213.023"] == ["HND"]


def test_a_year_ranked_among_the_last_seven_years(engine: Engine) -> None:
    # Border Patrol, Southwest border, FY2012–FY2018: FY2014 (479,371) is the highest.
    claim = one(engine, "En los últimos siete años, el año fiscal más alto de detenciones de la "
                        "Patrulla Fronteriza fue de 479.371 en 2014.", "2019-08-15",
                kind="rank_record")
    assert (claim["periods"], claim["verdict"]) == (["FY2014"], "accurate")


def test_the_previous_month_is_the_month_before_the_one_named(engine: Engine) -> None:
    # Border Patrol: January 2024 124,215; December 2023 249,740 (−50.3%).
    claims = check("En enero la Patrulla Fronteriza detuvo a migrantes 124 mil 220 veces, una "
                   "disminución del 50% respecto al mes anterior (249 mil 785).",
                   date=dt.date(2024, 2, 15), engine=engine)["claims"]
    (change,) = [c for c in claims if c["kind"] == "change"]
    assert [f["period"] for f in change["official"]] == ["2023-12", "2024-01"]
    assert change["verdict"] == "accurate"


def test_a_count_for_a_month_under_way(engine: Engine) -> None:
    # All CBP, Southwest border, December 2023: 301,981 in the whole month. A count "so far"
    # in mid-December cannot be confirmed by it; one above it is refuted by it.
    under = one(engine, "More than 276,000 migrants have been encountered by CBP at the "
                        "southwest border in December.", "2023-12-15")
    assert under["verdict"] == "unverifiable"
    over = one(engine, "More than 320,000 migrants have been encountered by CBP at the "
                       "southwest border in December.", "2023-12-15")
    assert over["verdict"] == "inaccurate"


def test_what_the_checker_knows_of_a_measure_is_in_the_catalog() -> None:
    # Cue words, parts, Title 42 and calendar counting are catalog data: a measure added to
    # catalog.toml with its cues is read by the checker with no change to its code.
    from borderstats.claims import evaluate
    from borderstats.claims.extract import extract
    from borderstats.metrics import catalog, cue_table

    measures = catalog()
    cues = cue_table()
    assert {cue for m in measures.values() for cue in m.cues} == set(cues)  # none unused
    # A cue the catalog gives a measure moves the checker's support for it, by its weight.
    claim = extract("Border Patrol agents apprehended 100,000 migrants in March 2024.",
                    dt.date(2024, 5, 1))[0]
    assert evaluate.cue_weight(claim, "usbp_swb_encounters") == (
        cues["Border Patrol"][1], ["Border Patrol"])
    assert evaluate.cue_weight(claim, "ofo_swb_encounters") == (0.0, [])
    assert evaluate.CALENDAR_SERIES == {"darien_transits": "PAN", "gt_returns": "GTM",
                                        "mx_irregular_migrants": "MEX", "mx_returns": "MEX"}
    assert "usbp_swb_apprehensions" not in evaluate.TITLE42_SERIES  # Title 8 only
    assert evaluate.mislabel_kind("usbp_swb_encounters", "swb_encounters") == "part"
    assert evaluate.mislabel_kind("usbp_swb_encounters", "ofo_swb_encounters") == "disjoint"


def test_a_count_of_people_stopped_presented_as_people_who_got_in(engine: Engine) -> None:
    # All CBP, Southwest border, April 2022: 235,785 encounters — people stopped (many
    # expelled), not people who crossed into the country.
    crossed = one(engine, "About 235,000 illegal immigrants crossed the southern border in "
                          "April 2022.", "2022-07-01")
    assert crossed["verdict"] == "misleading"
    stopped = one(engine, "CBP encountered about 235,000 migrants at the southern border in "
                          "April 2022.", "2022-07-01")
    assert stopped["verdict"] == "accurate"


def test_a_projection_that_came_close_and_one_that_fell_short(engine: Engine) -> None:
    # Darién 2024: 302,203. "Around 320,000" projected in September came within 6%: roughly
    # right. "More than 350,000" is a threshold the year did not reach.
    close = one(engine, "Las proyecciones apuntan a que alrededor de 320,000 migrantes podrán "
                        "cruzar la selva del Darién en 2024.", "2024-09-15")
    assert close["verdict"] == "roughly_accurate"
    short = one(engine, "Más de 350,000 migrantes podrán cruzar la selva del Darién en 2024, "
                        "según las proyecciones.", "2024-09-15")
    assert short["verdict"] == "inaccurate"


def test_a_groups_share_of_a_change(engine: Engine) -> None:
    # All CBP, Southwest border: June 2023 144,556, July 183,479 (+38,923); family units
    # 55,928 → 86,203 (+30,275), 77.8% of the rise. The families are the aside's, not the
    # July figure's.
    claims = check("Encounters rose from 144,566 in June to 183,503 in July, with migrant "
                   "families accounting for more than three-quarters of that increase.",
                   date=dt.date(2023, 9, 1), engine=engine)["claims"]
    (share,) = [c for c in claims if c["kind"] == "share"]
    assert share["verdict"] == "accurate" and "30,275" in share["explanation"]
    july = [c for c in with_parts(claims) if c["kind"] == "total"
            and c["claimed"]["value"] == 183_503]
    assert july and july[0]["verdict"] == "accurate"
    assert july[0]["official"][0]["value"] == 183_479  # everyone, not the families


def test_the_same_month_against_several_years(engine: Engine) -> None:
    # Border Patrol, March: 2025 7,180; 2024 137,473 (−94.8%); 2023 163,672 (−95.6%).
    claims = check("En marzo, la Patrulla Fronteriza detectó 7,181 migrantes en la frontera "
                   "suroeste. En comparación con el mismo mes, es una disminución del 95% con "
                   "respecto a 2024 (137,473) y del 96% con respecto a 2023 (163,672).",
                   date=dt.date(2025, 4, 2), engine=engine)["claims"]
    changes = [c for c in claims if c["kind"] == "change"]
    assert [[f["period"] for f in c["official"]] for c in changes] == [
        ["2024-03", "2025-03"], ["2023-03", "2025-03"]]
    assert {c["verdict"] for c in changes} == {"accurate"}


def test_a_change_credited_to_a_policy_carries_its_event_analysis(engine: Engine) -> None:
    # Border Patrol, Southwest: December 2023 249,740 → January 2024 124,215 (-50.3%). The
    # event analysis of Mexico's enforcement surge is attached as evidence; the verdict is
    # the change's own.
    text = ("Border Patrol apprehensions at the southwest border plummeted 50 percent in "
            "January 2024 after Mexico stepped up enforcement.")
    c = one(engine, text, "2024-02-20", "change")
    assert c["verdict"] == "accurate"
    assert c["attribution"]["event"] == "mexico_enforcement_dec_2023"
    assert c["attribution"]["months"] == ["2024-01", "2024-02", "2024-03"]
    assert "On the cause" in c["explanation"]
    # No word crediting a cause: no event analysis.
    c = one(engine, "Border Patrol apprehensions at the southwest border plummeted 50 percent "
            "in January 2024.", "2024-02-20", "change")
    assert "attribution" not in c


def test_by_a_month_may_mean_the_year_so_far(engine: Engine) -> None:
    assert refs("925,085 migrant detention events by August 2024", "2024-11-05") == [
        ("month", ["2024-08"])]
    # Mexico (UPM): January–August 2024 922,464; August 2024 96,184; January–August 2023
    # 398,991 (+131.2%). The figure decides that "by August" is the year so far, and "the
    # same period in 2023" then is January–August 2023.
    text = ("Mexican authorities reported 925,085 migrant detention events by August 2024. "
            "This number represents a 132% increase compared to the same period in 2023.")
    claims = check(text, date=dt.date(2024, 11, 5), engine=engine)["claims"]
    assert [(c["kind"], c["verdict"]) for c in claims] == [
        ("total", "accurate"), ("change", "accurate")]
    assert claims[1]["official"][0]["period"] == "2023-01..2023-08"


def test_a_sector_in_a_state_is_the_sectors_count(engine: Engine) -> None:
    # Border Patrol, El Paso sector, FY2019: 182,143 (only Border Patrol counts by sector;
    # the state table would be all CBP's).
    c = one(engine, "Border Patrol agents in Texas' El Paso Sector recorded 182,143 "
            "encounters in fiscal year 2019.", "2020-01-15")
    assert (c["measure"], c["filters"], c["verdict"]) == (
        "usbp_swb_encounters", {"sector": ["El Paso"]}, "accurate")


def test_a_record_to_be_surpassed_is_no_record_claim(engine: Engine) -> None:
    claims = check("The El Paso Sector is on track to surpass the record numbers from FY19.",
                   date=dt.date(2021, 7, 26), engine=engine)["claims"]
    assert all(c["kind"] != "rank_record" for c in claims)


def test_new_mexico_is_no_nationality() -> None:
    from borderstats.claims import lexicon as lx

    # The state beside a bracketed figure is no Mexico: "El Paso, Texas-New Mexico (13,282)".
    assert lx.nationalities("El Paso, Texas-New Mexico (13,282) was in second place") == []
    assert lx.nationalities("Mexico (13,282) was second") == ["MEX"]


def test_an_unprecedented_crisis_is_no_record_claim(engine: Engine) -> None:
    # A plight said to be unprecedented ranks no figure: FY2019's 851,508 is the claim.
    claims = check("During 2019, there was a surge in Southwest Border crossings between ports "
                   "of entry, resulting in 851,508 Border Patrol apprehensions and contributing "
                   "to what senior CBP officials described as an unprecedented border security "
                   "and humanitarian crisis.", date=dt.date(2020, 6, 12), engine=engine)["claims"]
    assert [(c["kind"], c["verdict"]) for c in claims] == [("total", "accurate")]


def test_the_highest_in_years_ranks_the_year_the_text_just_counted(engine: Engine) -> None:
    # Border Patrol, Tucson sector: FY2024 463,567, above every year FY2005–FY2023 (FY2004:
    # 491,771).
    text = ("Border Patrol agents in the Tucson Sector apprehended more than 460,000 people "
            "over the last year. In the Tucson Sector, arrests were the highest in 20 years.")
    claims = check(text, date=dt.date(2024, 10, 15), engine=engine)["claims"]
    rank = next(c for c in claims if c["kind"] == "rank_record")
    assert (rank["periods"], rank["verdict"]) == (["FY2024"], "accurate")


@pytest.mark.parametrize("text,day", [
    ("El DHS destacó que el 28 de junio se contabilizaron únicamente 137 detenciones en la "
     "frontera sur.", "2025-07-10"),
    ("On June 28, Border Patrol agents apprehended 137 migrants at the southwest border.",
     "2025-07-10"),
])
def test_a_count_on_one_day_is_not_in_the_monthly_files(engine: Engine, text: str,
                                                         day: str) -> None:
    assert one(engine, text, day)["verdict"] == "unverifiable"


def test_a_span_or_the_day_a_year_ended_is_no_days_count(engine: Engine) -> None:
    # FY2019 Border Patrol + OFO Southwest: 977,509; Darién 2022: 248,284.
    c = one(engine, "During Fiscal Year 2019, which ended on September 30, CBP apprehended "
            "more than 970,000 migrants at the southwest border.", "2019-11-05")
    assert c["verdict"] == "accurate"
    c = one(engine, "Entre el 1 de enero y el 31 de diciembre de 2022 ingresaron por el Darién "
            "248 mil 284 migrantes.", "2023-01-15")
    assert c["verdict"] == "accurate"


def test_a_level_after_a_change_base_takes_the_period_named(engine: Engine) -> None:
    # All CBP, Southwest border, December 2022: single adults 162,430 (December 2021:
    # 115,323). "The previous year" is the change's base, not the levels' period.
    text = ("CBP had 251,487 migrant encounters along the Southwest border in December "
            "2022—a 40% increase from the previous year—which includes 161,808 single adults.")
    claims = check(text, date=dt.date(2023, 1, 15), engine=engine)["claims"]
    parts = with_parts(claims)
    adults = next(p for p in parts if p["claimed"]["words"] == "161,808")
    assert (adults["periods"], adults["verdict"]) == (["2022-12"], "accurate")


# -- projections -------------------------------------------------------------------------


def test_a_projection_reports_the_pace_when_it_was_made(engine: Engine) -> None:
    # Border Patrol, Southwest, October 2022 to April 2023: 1,242,459 in 7 months, a pace of
    # 1,242,459 * 12 / 7 = 2,129,930 for FY2023; the outcome, 2,045,838, is over 2 million.
    c = one(engine, "Border Patrol is on track to apprehend more than 2 million migrants at "
            "the southwest border this fiscal year.", "2023-05-10")
    assert c["verdict"] == "accurate" and c["periods"] == ["FY2023"]
    assert "2,045,838" in c["explanation"]
    assert "the 7 months to April 2023 (1,242,459)" in c["explanation"]
    assert "2,129,930" in c["explanation"]


@pytest.mark.parametrize("claimed,verdict", [("250,000", "roughly_accurate"),
                                             ("400,000", "inaccurate")])
def test_a_projection_past_the_data_is_judged_on_the_months_published(
        engine: Engine, claimed: str, verdict: str) -> None:
    # FY2025 in the store ends in August 2025: 56,520 + 46,612 + 47,324 + 29,107 + 8,353 +
    # 7,180 + 8,377 + 8,725 + 6,068 + 4,596 + 6,321 = 229,183 in 11 months, a pace of
    # 229,183 * 12 / 11 = 250,018 for the year: an estimate, so roughly right at best.
    c = one(engine, f"Border Patrol is on pace to apprehend about {claimed} migrants at the "
            "southwest border this fiscal year.", "2025-06-10")
    assert c["verdict"] == verdict
    assert "229,183 in the 11 months to August 2025" in c["explanation"]
    assert "250,018" in c["explanation"]


# -- claims with no number -----------------------------------------------------------------


@pytest.mark.parametrize("day,verdict,periods", [
    # Border Patrol, Southwest: "today" on 28 June 2024 is the month under way, June 2024
    # 83,532, against January 2021 (Trump's last month) 75,316: not lower.
    ("2024-06-28", "inaccurate", ["2021-01", "2024-06"]),
    # June 2025 6,068 against January 2025 (Biden's last month) 29,107: lower.
    ("2025-07-15", "accurate", ["2025-01", "2025-06"]),
])
def test_a_comparison_with_no_number_against_when_a_president_left(
        engine: Engine, day: str, verdict: str, periods: list[str]) -> None:
    c = one(engine, "Border crossings are lower today than when the previous administration "
            "left office.", day)
    assert c["kind"] == "comparison" and c["verdict"] == verdict
    assert sorted(o["period"] for o in c["official"]) == periods


def test_a_comparison_with_no_number_and_no_period_is_no_claim(engine: Engine) -> None:
    text = "Two years ago, 2.3 million were apprehended. That's larger than the size of Houston."
    claims = check(text, date=dt.date(2023, 12, 1), engine=engine)["claims"]
    assert not [c for c in claims if "Houston" in c["text"]]


@pytest.mark.parametrize("text,direction", [
    ("Border apprehensions are still at all-time highs.", "high"),
    ("Illegal crossings are at historic lows.", "low")])
def test_all_time_and_historic_highs_and_lows_are_records(engine: Engine, text: str,
                                                          direction: str) -> None:
    c = one(engine, text, "2025-07-15")
    assert c["kind"] == "rank_record"
    # June 2025, 6,068, is the lowest Border Patrol month since FY2000 began.
    assert c["verdict"] == ("accurate" if direction == "low" else "inaccurate")



# -- reading real phrasing: a seventh set ------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    # The month of the election before the text's date: November 2016.
    ("declined by 76% since Pres. Trump was elected", [("since", ["2016-11..2017-04"])]),
    ("up since the election", [("since", ["2016-11..2017-04"])]),
    # A decade reached back to: ranked against the years after it.
    ("the lowest since the 1970s", [("since", ["1979-01..2017-04"])]),
    ("desde los años 70", [("since", ["1979-01..2017-04"])]),
])
def test_since_an_election_or_a_decade(text: str, expected: list) -> None:
    assert refs(text, "2017-05-15") == expected


def test_a_change_since_a_month_runs_from_that_month_to_the_latest(engine: Engine) -> None:
    # Border Patrol, Southwest: November 2016 47,211; April 2017 11,127: -76.4%.
    c = one(engine, "Total border apprehensions have declined by 76% since Pres. Trump was "
            "elected.", "2017-05-15")
    assert c["verdict"] == "accurate"
    assert sorted(o["period"] for o in c["official"]) == ["2016-11", "2017-04"]


def test_the_lowest_since_a_decade(engine: Engine) -> None:
    # Border Patrol, Southwest, FY2017 303,916: below every fiscal year from FY1980 on
    # (FY1971, 263,991, was lower).
    c = one(engine, "FY2017 marked the lowest number of recorded apprehensions at the southwest "
            "border since the 1970s.", "2018-01-15", kind="rank_record")
    assert c["verdict"] == "accurate"


def test_the_previous_month_of_a_month_named_the_sentence_before(engine: Engine) -> None:
    # Border Patrol, Southwest: May 2020 21,593; June 2020 30,836: +42.8%, about 2 points
    # from the 41% said.
    text = ("La Patrulla Fronteriza de Estados Unidos detuvo en junio a por lo menos 30 mil "
            "migrantes. Esto representa un aumento del 41 por ciento respecto al mes anterior.")
    claims = check(text, date=dt.date(2020, 7, 10), engine=engine)["claims"]
    change = next(c for c in claims if c["kind"] == "change")
    assert sorted(o["period"] for o in change["official"]) == ["2020-05", "2020-06"]
    assert change["verdict"] == "roughly_accurate"


def test_respecto_a_marks_the_base_not_the_end_of_a_run() -> None:
    from borderstats.claims.extract import extract

    claims = extract("Los 180.034 arrestos de mayo representan un aumento de cerca del 1 % "
                     "respecto a los 178.622 de abril.", dt.date(2021, 6, 10))
    change = next(c for c in claims if c.kind == "change")
    assert [p.label for p in change.periods] == ["2021-05"]
    assert [p.label for p in change.compare_to] == ["2021-04"]


def test_through_a_month_may_be_the_year_so_far_and_the_caribbean_is_a_group(
        engine: Engine) -> None:
    # Mexico's UPM table, Cuba, Haiti, the Dominican Republic and Jamaica: January–August
    # 2019 9,215 (9,551 is 3.6% above it); January–August 2018 343.
    text = ("Through August, 9,551 migrants from the Caribbean, primarily Cuba and Haiti, were "
            "detained in Mexico, compared to only 343 during the same eight-month period in "
            "2018.")
    claims = check(text, date=dt.date(2019, 10, 25), engine=engine)["claims"]
    by_period = {tuple(c["periods"]): c for c in claims if c["kind"] == "total"}
    assert by_period[("2019-01..2019-08",)]["verdict"] == "roughly_accurate"
    assert by_period[("2018-01..2018-08",)]["verdict"] == "accurate"
    assert by_period[("2018-01..2018-08",)]["filters"]["citizenship"] == [
        "CUB", "DOM", "HTI", "JAM"]
    # (The report names the region, not its codes.)
    assert "Cuba, the Dominican Republic, Haiti and Jamaica" in \
        by_period[("2018-01..2018-08",)]["explanation"]


def test_arriving_in_panama_from_colombia_is_the_darien_not_colombians(
        engine: Engine) -> None:
    # Darién, January–April 2021: 11,487; "unos 11 370" is 1% below it.
    c = one(engine, "Según datos de Panamá, unos 11 370 migrantes llegaron a ese país desde "
            "Colombia entre enero y abril.", "2021-05-15")
    assert c["measure"] == "darien_transits" and "citizenship" not in c["filters"]
    assert c["verdict"] == "accurate"


def test_volver_a_caer_is_a_falling_streak(engine: Engine) -> None:
    # Unaccompanied children, all CBP, Southwest: March 2021 18,870; April 17,067; May
    # 14,052: two falls in a row.
    c = one(engine, "La llegada de menores no acompañados a la frontera en mayo volvió a caer "
            "por segundo mes consecutivo.", "2021-06-10", kind="streak")
    assert c["verdict"] in ("accurate", "roughly_accurate")
    assert "bajó" in c["explanation"]


def test_the_first_months_of_a_year_change_against_the_same_months_before(
        engine: Engine) -> None:
    # Border Patrol, Southwest, family units: October 2017–July 2018 77,820; October
    # 2018–July 2019 432,809: +456.2%, "more than 450 percent".
    c = one(engine, "The apprehension of family units by Border Patrol agents at the southwest "
            "border during the first 10 months of Fiscal Year 2019 jumped more than 450 "
            "percent.", "2019-08-12", kind="change")
    assert c["verdict"] == "accurate"
    assert sorted(o["period"] for o in c["official"]) == ["2017-10..2018-07",
                                                          "2018-10..2019-07"]


def test_a_change_with_no_period_is_tried_on_each_series_the_words_support(
        engine: Engine) -> None:
    # Border Patrol, Southwest, October–July: FY2018 317,569; FY2019 760,317: +139.4%
    # (all CBP: 423,803 to 862,256, +103.5%).
    c = one(engine, "Overall, migrant apprehensions at the southwest border in all categories "
            "combined increased 139.4 percent, officials reported.", "2019-08-12")
    assert c["verdict"] == "accurate" and c["measure"] == "usbp_swb_encounters"
    assert sorted(o["period"] for o in c["official"]) == ["2017-10..2018-07",
                                                          "2018-10..2019-07"]


def test_encounters_including_those_at_ports_are_all_cbp(engine: Engine) -> None:
    # All CBP, Southwest: May 2023 206,690; June 2023 144,556: -30.1%.
    c = one(engine, "Total southwest border encounters in June, including individuals who "
            "presented at ports of entry, were 144,607, a 30% decrease from May 2023.",
            "2023-07-19", kind="change")
    assert c["measure"] == "swb_encounters" and c["verdict"] == "accurate"


def test_a_country_of_origin_is_a_nationality(engine: Engine) -> None:
    # Border Patrol, Southwest, FY2023 (October 2022 to September 2023): Mexicans 579,146
    # of 2,045,838, 28.3%.
    text = ("Between October 1, 2022, and September 30, 2023, Border Patrol apprehended "
            "2,045,838 migrants at the southwest border. Mexico remains the main country of "
            "origin, with 29 percent of the total.")
    claims = check(text, date=dt.date(2023, 10, 20), engine=engine)["claims"]
    share = next(c for c in claims if c["kind"] == "share")
    assert share["filters"] == {"citizenship": ["MEX"]}
    assert share["periods"] in (["FY2023"], ["2022-10..2023-09"])
    assert share["verdict"] == "accurate" and "28.3%" in share["explanation"]


def test_more_than_the_previous_year_compares_the_figure_s_own_year() -> None:
    from borderstats.claims.extract import extract

    claims = extract("Between October 1, 2022, and September 30, 2023, 2,475,669 migrants were "
                     "detained, 4 percent more than the previous fiscal year.",
                     dt.date(2023, 10, 15))
    comparison = next(c for c in claims if c.kind == "comparison")
    # FY2023 against FY2022, whichever way the periods are labelled.
    assert [(p.start, p.end) for p in comparison.periods] == [
        (dt.date(2022, 10, 1), dt.date(2023, 9, 1))]
    assert [(p.start, p.end) for p in comparison.compare_to] == [
        (dt.date(2021, 10, 1), dt.date(2022, 9, 1))]


def test_the_biggest_dip_ranks_the_month_s_change(engine: Engine) -> None:
    # Border Patrol, Southwest: March 2020 30,389; April 2020 16,182: -46.8%, the steepest
    # month-on-month fall since 2000 (as a percentage).
    text = ("In April, U.S. Border Patrol agents apprehended 16,182 migrants at the southwest "
            "border. That represents the biggest dip since 2000.")
    claims = check(text, date=dt.date(2020, 5, 15), engine=engine)["claims"]
    rank = next(c for c in claims if c["kind"] == "rank_record")
    assert rank["verdict"] == "accurate" and rank["periods"] == ["2020-04"]
    assert "-46.8%" in rank["explanation"] and "as a percentage" in rank["explanation"]


def test_migrants_detained_by_agents_are_no_count_of_agents(engine: Engine) -> None:
    claims = check("The number of migrants detained by agents at the border dropped below "
                   "20,000 in April 2020.", date=dt.date(2020, 5, 15), engine=engine)["claims"]
    # Read as the border's series (Border Patrol, April 2020: 16,182), not as staffing.
    assert claims and all(c["measure"] in ("usbp_swb_encounters", "swb_encounters")
                          and not c.get("missing_series") for c in claims)


def test_expulsions_outside_title_42_are_deportations(engine: Engine) -> None:
    # January 2020 is before the Title 42 order: the IGM's count of Guatemalans returned
    # from the US, 4,171, is meant; its series begins that month, so no record can be
    # ranked and the year-on-year change cannot be checked.
    text = ("Estados Unidos deportó en enero de 2020 a 4 mil 171 inmigrantes guatemaltecos, "
            "2,27% más que el mismo mes del año anterior, marcando una nueva cifra récord de "
            "expulsiones, informó una fuente del Instituto Guatemalteco de Migración (IGM).")
    claims = check(text, date=dt.date(2020, 2, 15), engine=engine)["claims"]
    assert {c["measure"] for c in claims} == {"gt_returns"}
    assert all(c["verdict"] == "unverifiable" for c in claims)
    parts = [p for c in claims for p in c.get("parts", [])]
    assert any(p["claimed"]["value"] == 4171 and p["verdict"] == "accurate" for p in parts)


def test_a_relation_the_files_cannot_settle_is_not_made_right_by_its_levels(
        engine: Engine) -> None:
    # All CBP, Southwest, September 2022: 227,547 (right); the share of repeat crossers is
    # in no file.
    text = ("De los 227.547 encuentros del mes pasado, el 19% involucró a personas que ya "
            "habían intentado cruzar al menos una vez en los últimos 12 meses.")
    claims = check(text, date=dt.date(2022, 10, 25), engine=engine)["claims"]
    assert [c["verdict"] for c in claims] == ["unverifiable"]
    assert [p["verdict"] for p in claims[0]["parts"]] == ["accurate"]


def test_a_share_of_another_period_s_total(engine: Engine) -> None:
    # Mexico's UPM table: January–April 2019 53,611; 2018 131,445; 40.8%, within 5 points of
    # the 38% said.
    text = ("En los primeros cuatro meses de 2019 las autoridades mexicanas detuvieron a "
            "52,195 extranjeros. Esta cifra significa 38 % del total de presentados durante "
            "todo 2018.")
    claims = check(text, date=dt.date(2019, 5, 15), engine=engine)["claims"]
    share = next(c for c in claims if c["kind"] == "share")
    assert share["verdict"] == "roughly_accurate"
    assert "53,611" in share["explanation"] and "131,445" in share["explanation"]


def test_a_precise_figure_of_the_fiscal_year_so_far_labelled_as_the_calendar_year_s(
        engine: Engine) -> None:
    # All CBP, Southwest, October 2018–May 2019: 676,168 ("676 mil 315", 0.02% off); January
    # –May 2019 is 492,124: the figure is right, its period label is not.
    c = one(engine, "Según estadísticas de la Oficina de Aduanas y Protección Fronteriza de "
            "los EE. UU. (CBP), en los primeros cinco meses del año se ha detenido a 676 mil "
            "315 personas en la frontera.", "2019-06-15")
    assert c["verdict"] == "roughly_accurate" and "2018-10..2019-05" in c["explanation"]


def test_the_years_a_record_leaves_behind_are_bases(engine: Engine) -> None:
    # Darién: November 2023 37,231 over 30 days, 1,241 a day; 2022 248,284; 2021 133,726.
    text = ("Of the 501,297 migrants who have crossed the Darién Gap so far this year, most "
            "are Venezuelan. With an average of more than a thousand daily arrivals, this "
            "new record number leaves behind the 248,000 in 2022 and the 133,000 in 2021.")
    claims = check(text, date=dt.date(2023, 12, 15), engine=engine)["claims"]
    rate = next(c for p in claims for c in [p, *p.get("parts", [])] if c["kind"] == "rate")
    assert rate["periods"] != ["2022"] and rate["verdict"] == "accurate"


def test_cut_by_half_as_of_today_is_tried_as_a_change_said_in_passing(
        engine: Engine) -> None:
    # All CBP, Southwest: October 2023 240,927; October 2024 106,316: -55.9%, over half.
    c = one(engine, "As of today, we have cut the flow of immigration by over half.",
            "2024-10-24")
    assert c["kind"] == "change" and c["verdict"] in ("accurate", "roughly_accurate")


def test_a_share_at_the_southwest_border_is_of_the_nationwide_count(engine: Engine) -> None:
    # Nationwide, all CBP, January–October 2025: 158,846 of 330,261 at the Southwest land
    # border, 48.1%.
    claims = check("El 49 % de las detenciones reportadas por la CBP este año tuvieron lugar "
                   "en la frontera sur de EU.", date=dt.date(2025, 11, 3),
                   engine=engine)["claims"]
    share = next(c for c in claims if c["kind"] == "share")
    assert share["measure"] == "nationwide_encounters"
    assert share["verdict"] == "accurate" and "48.1%" in share["explanation"]


@pytest.mark.parametrize("text,verdict", [
    # Border Patrol Januaries since 2000: January 2024, 124,215, ranks 5th.
    ("January 2024 was the fifth highest January on record for Border Patrol apprehensions "
     "at the southwest border.", "accurate"),
    ("January 2024 was the fourth highest January on record for Border Patrol apprehensions "
     "at the southwest border.", "roughly_accurate"),
    ("January 2024 was the second highest January on record for Border Patrol apprehensions "
     "at the southwest border.", "inaccurate"),
])
def test_an_ordinal_rank_is_the_rank_said(engine: Engine, text: str, verdict: str) -> None:
    c = one(engine, text, "2024-02-20", kind="rank_record")
    assert c["verdict"] == verdict and "rank 5 of 25" in c["explanation"]


def test_the_nth_highest_peak_ranks_the_series_peaks() -> None:
    from borderstats.claims.extract import extract

    (rank,) = [c for c in extract("In May 2019, CBP apprehended 132,887 individuals, a number "
                                  "that now ranks as the sixth highest peak in monthly "
                                  "apprehensions since FY2000.", dt.date(2019, 6, 15))
               if c.kind == "rank_record"]
    assert rank.rank_ordinal == 6 and rank.rank_peaks


def test_a_precise_figure_of_a_year_may_be_the_month_named_in_that_year(
        engine: Engine) -> None:
    # All CBP, Southwest: February 2025 11,710; February 2024 189,913 (the year 2024: 1.6
    # million).
    text = ("En febrero de este año se registraron 11,709 encuentros en la frontera, frente a "
            "los 189,913 reportados en 2024.")
    claims = check(text, date=dt.date(2025, 3, 20), engine=engine)["claims"]
    base = next(c for c in with_parts(claims) if c["claimed"]["value"] == 189_913)
    assert base["verdict"] == "accurate" and base["periods"] == ["2024-02"]


def test_between_two_figures_is_one_range() -> None:
    (q,) = quantities("processed, on average, between 9,000 and 10,000 migrants each day")
    assert (q.low, q.high, q.role, q.per) == (9_000, 10_000, "rate", "day")


def test_chicos_no_acompanados_are_unaccompanied_children(engine: Engine) -> None:
    # Border Patrol, Southwest, unaccompanied children, March 2021: 18,716.
    c = one(engine, 'La Patrulla Fronteriza "encontró" a 18.663 chicos no acompañados en la '
            "frontera con México el mes pasado.", "2021-04-15")
    assert c["filters"] == {"demographic": ["UAC"]} and c["verdict"] == "accurate"


def test_a_record_set_against_a_month_ranks_the_figure_before(engine: Engine) -> None:
    # Border Patrol, Southwest: January 2025 29,107, the lowest month since May 2020
    # (June 2020 on: 30,836 the lowest before it); December 2024 47,324 is the contrast.
    text = ("La Patrulla Fronteriza reportó 29,000 migrantes detenidos en enero en la frontera "
            "sur. Este número representa el nivel más bajo desde mayo de 2020, marcando un "
            "contraste notable con los 47,000 arrestos registrados en diciembre del año "
            "anterior.")
    claims = check(text, date=dt.date(2025, 2, 18), engine=engine)["claims"]
    rank = next(c for c in claims if c["kind"] == "rank_record")
    assert rank["periods"] == ["2025-01"] and rank["verdict"] == "accurate"


def test_a_group_named_after_of_them_is_the_part_s(engine: Engine) -> None:
    # Darién, January–July 2022: 72,274 in all (71,012 is 1.7% below), 45,661 Venezuelans
    # (63.2%).
    text = ("In the first 7 months of this year, 71,012 migrants crossed the Darién Gap, "
            "63.28% (44,943) of them Venezuelans.")
    claims = check(text, date=dt.date(2022, 8, 20), engine=engine)["claims"]
    whole = next(c for c in with_parts(claims) if c["claimed"]["value"] == 71_012)
    assert whole["official"][0]["value"] == 72_274 and whole["verdict"] == "roughly_accurate"


def test_the_fiscal_year_to_a_month() -> None:
    assert refs("en el año fiscal hasta el mes de noviembre han tenido 44 mil 512 encuentros",
                "2023-12-15") == [("range", ["2023-10..2023-11"])]


def test_a_list_of_sectors_and_the_whole_of_all_sectors(engine: Engine) -> None:
    # Border Patrol, June 2022: El Paso, Big Bend, Del Rio, Laredo and Rio Grande Valley
    # 128,425 (128,040 is 0.3% below); all nine sectors 192,399; 66.7%, more than two thirds.
    text = ("Agents assigned to the El Paso, Big Bend, Del Rio, Laredo, and Rio Grande Valley "
            "Sectors in June apprehended 128,040 migrants. This represents more than "
            "two-thirds of the nearly 192,000 migrants apprehended in all nine Border Patrol "
            "sectors that month.")
    claims = check(text, date=dt.date(2022, 7, 19), engine=engine)["claims"]
    five = next(c for c in with_parts(claims) if c["claimed"]["value"] == 128_040)
    assert five["verdict"] == "accurate" and five["official"][0]["value"] == 128_425
    nine = next(c for c in with_parts(claims) if c["claimed"]["value"] == 192_000)
    assert nine["official"][0]["value"] == 192_399


def test_up_from_a_month_is_the_rise_of_the_figure_before(engine: Engine) -> None:
    # Mexico's UPM table: February 2019 10,107; March 2019 13,335: +31.9%.
    text = ("Mexican authorities apprehended 12,746 migrants during the whole month of March, "
            "Guillén said. That's up from 9,894 apprehensions in February, according to "
            "Guillén, and about 7,500 in January.")
    claims = check(text, date=dt.date(2019, 4, 5), engine=engine)["claims"]
    change = next(c for c in claims if c["kind"] == "change")
    assert sorted(o["period"] for o in change["official"]) == ["2019-02", "2019-03"]
    total = next(c for c in claims if c["kind"] == "total")
    assert total["periods"] == ["2019-03"]


def test_a_state_s_border_sectors(engine: Engine) -> None:
    # Border Patrol, October 2022–January 2023, Big Bend, Del Rio, El Paso, Laredo and Rio
    # Grande Valley: 484,994; all Southwest sectors 764,345 (63.5%).
    text = ("Border Patrol agents assigned to the five Texas-based border sectors apprehended "
            "nearly 485,000 migrants since October 1, 2022. This represents nearly 64 percent "
            "of all migrant crossings along the southwest border with Mexico.")
    claims = check(text, date=dt.date(2023, 2, 14), engine=engine)["claims"]
    texas = next(c for c in with_parts(claims) if c["claimed"]["value"] == 485_000)
    assert texas["official"][0]["value"] == 484_994 and texas["verdict"] == "accurate"
    share = next(c for c in claims if c["kind"] == "share")
    assert share["verdict"] == "accurate" and "63.5%" in share["explanation"]


def test_a_year_with_months_missing_is_not_settled_by_another_year(engine: Engine) -> None:
    # The Darién compilation has no rows for April, May and July 2020: its 2020 sum (6,465)
    # cannot confirm the year, and 2019's 22,102 does not make "6.465 en 2020" wrong.
    text = ("En 2021 atravesaron la selva del Darién 133.726 personas; 6.465 en 2020; 22.102 "
            "en 2019.")
    claims = check(text, date=dt.date(2023, 8, 31), engine=engine)["claims"]
    year_2020 = next(c for c in with_parts(claims) if c["claimed"]["value"] == 6_465)
    assert year_2020["verdict"] == "unverifiable"


def test_two_changes_with_their_own_bases(engine: Engine) -> None:
    # Border Patrol, Southwest: January 2017 31,576; February 2017 18,754 (-40.6%);
    # February 2016 26,072 (-28.1%, within 5 points of the 26% said).
    text = ("En febrero, la Patrulla Fronteriza de Estados Unidos detuvo a 18.762 inmigrantes "
            "indocumentados en la frontera con México. Esto representa un descenso del 40% "
            "con respecto a enero y del 26% comparado con el mismo período del año anterior.")
    claims = check(text, date=dt.date(2017, 3, 15), engine=engine)["claims"]
    changes = [c for c in claims if c["kind"] == "change"]
    assert [sorted(o["period"] for o in c["official"]) for c in changes] == [
        ["2017-01", "2017-02"], ["2016-02", "2017-02"]]
    assert [c["verdict"] for c in changes] == ["accurate", "roughly_accurate"]


def test_percent_over_a_period_and_a_sector_s_possessive(engine: Engine) -> None:
    # Border Patrol, Yuma sector: October 2020 787; October 2021 21,897: +2,682%, within a
    # tenth of the 2,647% said.
    c = one(engine, "The statistics show Yuma’s apprehension increase in October 2021 is 2,647 "
            "percent over October 2020.", "2021-11-16")
    assert c["filters"] == {"sector": ["Yuma"]} and c["verdict"] == "accurate"
    assert sorted(o["period"] for o in c["official"]) == ["2020-10", "2021-10"]


def test_an_estimated_change_is_a_hedged_change_and_the_same_period_of_time(
        engine: Engine) -> None:
    # Border Patrol, Big Bend sector: August 2020 1,120; August 2021 1,680: +50.0%.
    c = one(engine, "El sector de Big Bend experimentó un aumento estimado del 50% en los "
            "encuentros en agosto en comparación con el mismo período de tiempo el año "
            "pasado.", "2021-09-29")
    assert c["verdict"] == "accurate"
    assert sorted(o["period"] for o in c["official"]) == ["2020-08", "2021-08"]


def test_expulso_is_an_expulsion(engine: Engine) -> None:
    # Title 42 expulsions, Southwest, FY2021: all CBP 1,063,526; Border Patrol 1,040,220,
    # the figure exactly, so the expulsions are Border Patrol's.
    claims = check("Bajo el Título 42, Estados Unidos ha expulsado a casi 1.8 millones de "
                   "migrantes. En 2021, expulsó a un millón 40 mil 220 personas que entraron "
                   "por la frontera con México.", date=dt.date(2022, 6, 15),
                   engine=engine)["claims"]
    c = next(c for c in claims if c["claimed"]["value"] == 1_040_220)
    assert (c["filters"], c["measure"], c["periods"], c["verdict"]) == (
        {"authority": ["Title 42"]}, "usbp_swb_encounters", ["FY2021"], "accurate")


def test_mexico_ha_deportado_is_who_sent_them_back(engine: Engine) -> None:
    # Guatemala's IGM: returns from Mexico, January–November 2022: 50,005; 37,579 is the
    # count from US flights (38,282 to November), not Mexico's.
    c = one(engine, "Entre enero y el 20 de noviembre, México ha deportado a 37,579 "
            "guatemaltecos, según datos del IGM.", "2022-11-20")
    assert c["filters"] == {"returned_from": ["MEX"]} and c["verdict"] == "inaccurate"


def test_the_year_so_far_said_mid_month_may_count_the_month_s_first_days(
        engine: Engine) -> None:
    # Darién: January–May 2024 170,014; with June whole 201,063; 186,969 lies between.
    text = ("Esta cifra de 186.969 migrantes en tránsito por Panamá en lo que va de este año "
            "no es muy diferente a la del cierre del mes de junio de 2023, cuando se registró "
            "el movimiento de 196.371 viajantes.")
    claims = check(text, date=dt.date(2024, 6, 20), engine=engine)["claims"]
    so_far = next(c for c in with_parts(claims) if c["claimed"]["value"] == 186_969)
    assert so_far["verdict"] == "accurate" and "201,063" in so_far["explanation"]
    # "Al cierre del mes de junio de 2023": January–June 2023, 196,371.
    june = next(c for c in with_parts(claims) if c["claimed"]["value"] == 196_371)
    assert june["verdict"] == "accurate" and june["periods"] == ["2023-01..2023-06"]


def test_a_decremento_is_a_fall(engine: Engine) -> None:
    # Mexico's returns: 2022 121,963; 2023 54,728: -55.1%.
    c = one(engine, "Durante 2023 las devoluciones desde México a países de Centro y "
            "Sudamérica registraron un decremento del 56% respecto a 2022.", "2024-02-01")
    assert c["kind"] == "change" and c["verdict"] == "accurate"


def test_the_end_of_a_term() -> None:
    # Biden's term ran to January 2025: its last fiscal year is FY2024 (to September 2024),
    # its last calendar year 2024; "the last 3½ months" run from October 2024 to January.
    assert refs("In the last year of the Biden administration, 1.86 million were "
                "apprehended.", "2025-10-07") == [("fiscal_year", ["FY2024"])]
    assert refs("172 mil 026 fueron aprehendidos en los últimos 3 meses y medio de la "
                "presidencia anterior.", "2025-10-07") == [("range", ["2024-10..2025-01"])]
    assert refs("Biden's final full year in office saw 1.5 million encounters.",
                "2026-01-10") == [("fiscal_year", ["FY2024"])]


def test_the_previous_administration_is_the_term_before_the_one_under_way() -> None:
    assert refs("un 87% menos que bajo la administración anterior", "2026-02-04") == [
        ("presidency", ["2021-01..2025-01"])]


def test_the_day_a_named_year_ended_is_not_a_period() -> None:
    assert refs("descendieron a 237.565 durante el año fiscal 2025, que concluyó el pasado "
                "30 de septiembre", "2025-10-10") == [("fiscal_year", ["FY2025"])]


def test_a_period_past_the_newest_release_is_not_judged_on_another_series(
        engine: Engine) -> None:
    # Border Patrol's Southwest series ends in August 2025 (FY2025 to August: 229,183); all
    # CBP's FY2025, 443,671, is another series, so it cannot make the claim wrong.
    c = one(engine, "Border Patrol apprehensions at the southwest border totaled 237,565 in "
            "fiscal 2025.", "2025-10-20")
    assert c["verdict"] == "unverifiable"


def test_months_already_held_can_make_a_whole_year_wrong(engine: Engine) -> None:
    # All CBP, Southwest, January–November 2025: 169,806, with December not yet held: the
    # year cannot have been "just under 28,000".
    claims = check("In 2025, encounters at the southern border plunged to just under "
                   "28,000.", date=dt.date(2026, 1, 20), engine=engine)["claims"]
    part = next(c for c in with_parts(claims) if c["kind"] == "total")
    assert part["verdict"] == "inaccurate" and "169,806" in part["explanation"]


def test_each_figure_of_a_list_keeps_the_country_that_sent_them_back() -> None:
    from borderstats.claims.extract import extract
    claims = extract("Según el IGM, en 2022 fueron deportados 94,216 guatemaltecos, de estos "
                     "53,000 son provenientes de los Estados Unidos y 40,000 regresaron desde "
                     "México.", dt.date(2023, 1, 15))
    assert [c.filters.get("returned_from") for c in claims] == [None, ["USA"], ["MEX"]]


def test_a_figure_named_as_the_monthly_average_is_a_rate(engine: Engine) -> None:
    # Nationwide encounters, February 2021 – December 2024: 10,849,904 over 47 months,
    # 230,849 a month.
    claims = check("Esa cifra representa una caída del 87 % frente al promedio mensual de la "
                   "administración anterior, que fue de 230,849 encuentros en todo el país "
                   "entre febrero de 2021 y diciembre de 2024.", date=dt.date(2026, 2, 4),
                   engine=engine)["claims"]
    part = next(c for c in with_parts(claims) if c["claimed"]["value"] == 230_849)
    assert part["kind"] == "rate" and part["verdict"] == "accurate"


def test_the_start_of_a_term() -> None:
    # A US term begins on 20 January: its first full month is February.
    assert refs("In the first full month of my administration, illegal immigration fell "
                "by 40 percent.", "2017-03-01") == [("range", ["2017-02"])]
    assert refs("during the first year of the Biden administration", "2022-05-01") == [
        ("range", ["2021-02..2022-01"])]
    assert refs("en los primeros seis meses del gobierno de Trump", "2025-08-01") == [
        ("range", ["2025-01..2025-06"])]
    assert ("range", ["2024-02"]) not in refs("in the first month of 2024", "2024-05-01")


def test_a_record_word_on_a_change_s_figure_ranks_the_change(engine: Engine) -> None:
    # Border Patrol, Southwest: January 2017 31,576, February 18,754: -40.6%, the largest
    # month-on-month fall since the series began in FY2000. An event named by its cue
    # ("executive orders") seven years later is not what the sentence credits.
    claims = check("In the first full month of my administration following the issuance of "
                   "my executive orders, illegal immigration on our southern border fell by "
                   "an unprecedented 40 percent.", date=dt.date(2017, 3, 1),
                   engine=engine)["claims"]
    rank = next(c for c in claims if c["kind"] == "rank_record")
    assert rank["verdict"] == "accurate" and "-40.6%" in rank["explanation"]
    change = next(c for c in claims if c["kind"] == "change")
    assert change["verdict"] == "accurate" and "attribution" not in change


def test_a_change_runs_forward_in_time(engine: Engine) -> None:
    # Border Patrol, Southwest: April 2017 11,127, April 2018 38,243: 3.44 times.
    c = one(engine, "Border Patrol apprehensions more than tripled in April 2018 in "
            "comparison to April 2017.", "2018-05-04")
    assert c["verdict"] == "accurate" and "11,127" in c["explanation"]


def test_from_one_level_to_another_and_the_record_it_reached(engine: Engine) -> None:
    # Border Patrol, Southwest: May 2024 117,905, June 2024 83,532 (-29.2%); June 2024 was
    # below every month wholly in Biden's term (February 2021 97,643); January 2021
    # (75,316) was mostly Trump's.
    claims = check("Las detenciones de la Patrulla Fronteriza cayeron un 29% en junio, de "
                   "los 118.000 el mes anterior hasta los 83.000, el número más bajo durante "
                   "la presidencia de Joe Biden.", date=dt.date(2024, 7, 16),
                   engine=engine)["claims"]
    change = next(c for c in claims if c["kind"] == "change")
    assert [p["periods"] for p in change["parts"]] == [["2024-05"], ["2024-06"]]
    assert change["verdict"] in ("accurate", "roughly_accurate")
    rank = next(c for c in claims if c["kind"] == "rank_record")
    assert rank["periods"] == ["2024-06"] and rank["verdict"] == "accurate"


def test_the_previous_may_is_a_year_before() -> None:
    assert refs("44,388 in May, an increase of nearly 60 percent over the previous May",
                "2022-06-16") == [("month", ["2022-05"]), ("month", ["2021-05"])]
    assert refs("un aumento frente al mayo anterior", "2022-06-16") == [("month", ["2021-05"])]


def test_a_fiscal_year_s_digits_are_not_a_count_and_the_same_period_is_a_base(
        engine: Engine) -> None:
    # Del Rio sector, Border Patrol: October–May FY2022 280,965, FY2021 118,355: +137.4%.
    assert [q.words for q in quantities("the Fiscal Year 22 total to 280,622")] == ["280,622"]
    c = one(engine, "Del Rio Sector agents apprehended 44,388 migrants in May. This brought "
            "the Fiscal Year 22 total to 280,622 — an increase of 137 percent over the same "
            "period in FY21.", "2022-06-16", kind="change")
    assert c["verdict"] == "accurate" and "118,355" in c["explanation"]


def test_a_level_in_a_when_clause_is_the_period_just_named(engine: Engine) -> None:
    # All CBP, Southwest, April 2020: 17,106.
    c = one(engine, "Border apprehensions have been slowly rising since April when "
            "apprehensions were only 17,000.", "2020-11-20")
    assert c["periods"] == ["2020-04"] and c["verdict"] in ("accurate", "roughly_accurate")


def test_children_in_the_darien_are_its_age_group_of_minors(engine: Engine) -> None:
    # Darién, minors, January–October 2024: 61,145.
    c = one(engine, "Según el Sistema Nacional de Migración, 61.154 niños cruzaron la selva "
            "del Darién en los primeros diez meses de 2024.", "2024-12-05")
    assert c["verdict"] == "accurate" and "61,145" in c["explanation"]


def test_less_than_half_of_another_month_is_a_share_of_that_month(engine: Engine) -> None:
    # Border Patrol, Southwest: August 2024 58,009, May 2019 132,856: 43.7%.
    c = one(engine, "Border Patrol encounters in August 2024 were less than half of May 2019.",
            "2024-10-03")
    assert c["kind"] == "share" and c["verdict"] == "accurate" and "132,856" in c["explanation"]


def test_un_porcentaje_superior_is_a_comparison_and_the_first_half_is_a_period(
        engine: Engine) -> None:
    # Darién, minors: January–April 2023 25,549, 2024 29,756: +16.5%, not +40%.
    assert [q.kind for q in quantities("in the first half of 2023, more than 40,000")] == [
        "count"]
    claims = check("En los primeros cuatro meses de 2024, más de 30.000 niños cruzaron el "
                   "Darién, un 40% superior comparado con el mismo período del último año.",
                   date=dt.date(2024, 5, 15), engine=engine)["claims"]
    c = next(c for c in claims if c["kind"] == "comparison")
    assert c["verdict"] == "inaccurate" and "25,549" in c["explanation"]


def test_each_item_of_a_list_keeps_the_month_before_it() -> None:
    from borderstats.claims.extract import extract
    claims = extract("The July encounters report of approximately 56,000 and the August "
                     "report of approximately 58,000 reveal the lowest number of "
                     "apprehensions.", dt.date(2024, 9, 16))
    totals = [c for c in claims if c.kind == "total"]
    assert [[p.label for p in c.periods] for c in totals] == [["2024-07"], ["2024-08"]]


def test_a_record_over_a_window_the_series_covers_in_full_wins(engine: Engine) -> None:
    # Trump's first term, Border Patrol, Southwest: April 2017 11,127 is below April 2020
    # 16,182. All CBP (17,106 in April 2020) begins only in October 2017, so it cannot
    # settle a record over the whole term.
    claims = check("The lowest number of migrant encounters during the Trump era came in "
                   "April 2020, when agents apprehended only 16,182 migrants.",
                   date=dt.date(2024, 9, 16), engine=engine)["claims"]
    rank = next(c for c in claims if c["kind"] == "rank_record")
    assert rank["verdict"] == "inaccurate" and "11,127" in rank["explanation"]


def test_a_second_change_after_it_is_is_a_claim_of_its_own(engine: Engine) -> None:
    # Border Patrol, Southwest: March 2018 37,390, April 2018 38,243 (+2.3%); April 2017
    # 11,127 (+243.7%, not +43%).
    claims = check("Border Patrol agents arrested 38,234 in April. While this represents an "
                   "increase of just under three percent from March, it is a 43 percent "
                   "increase over April 2017.", date=dt.date(2018, 5, 3),
                   engine=engine)["claims"]
    changes = [c for c in claims if c["kind"] == "change"]
    assert [[f["period"] for f in c["official"]] for c in changes] == [
        ["2018-03", "2018-04"], ["2017-04", "2018-04"]]
    # Beside the change that matches as stated, the wrong one is shown, not settled.
    assert [c["verdict"] for c in changes] == ["accurate", "unverifiable"]
    assert "+243.7%" in changes[1]["explanation"]


def test_times_after_a_count_is_how_many_events(engine: Engine) -> None:
    # All CBP, Southwest, October 2020: 71,929; Border Patrol 69,032.
    c = one(engine, "U.S. border authorities stopped people entering the country illegally "
            "from Mexico more than 69,000 times in October.", "2020-11-19")
    assert c["periods"] == ["2020-10"] and c["verdict"] == "accurate"


def test_an_agency_s_estimate_of_a_year_ahead_is_a_projection(engine: Engine) -> None:
    # Darién: 2024 closed at 302,203; its minors at 64,760.
    claims = check("La UNICEF estima que 800,000 personas podrían cruzar esta selva del Darién "
                   "en 2024, entre ellas 160,000 personas menores de 18 años.",
                   date=dt.date(2024, 5, 15), engine=engine)["claims"]
    assert [(c["claimed"]["value"], c["verdict"]) for c in claims] == [
        (800_000, "inaccurate"), (160_000, "inaccurate")]
    assert "64,760" in claims[1]["explanation"]


def test_un_porcentaje_inferior_is_a_fall_and_a_share_of_a_period_is_named_so() -> None:
    from borderstats.claims.extract import extract
    c = next(c for c in extract("Los cruces por el Darién en 2024 fueron un 20% inferiores a "
                                "los de 2023.", dt.date(2024, 5, 15)) if c.kind == "comparison")
    assert c.change is not None and c.change.direction == "down"
    # "Un 40% más de los migrantes ... a la frontera" is no comparison of 2024 with a base.
    assert all(c.kind != "comparison" for c in extract(
        "En 2024, el 40% más de los migrantes detenidos llegó a la frontera de Texas.",
        dt.date(2024, 12, 1)))


def test_a_place_named_only_before_is_one_reading_of_several(engine: Engine) -> None:
    # Border Patrol, Southwest: September 2024 53,858, the lowest month since FY2020 began;
    # FY2024 1,530,523 against FY2023 2,045,838 is the decline "from last year".
    claims = check("On other fronts, CBP expanded enforcement on the northern border. U.S. "
                   "Border Patrol apprehensions between ports of entry reached their lowest "
                   "since FY 2020, with a notable decline from last year.",
                   date=dt.date(2024, 10, 15), engine=engine)["claims"]
    rank = next(c for c in claims if c["kind"] == "rank_record")
    assert rank["measure"] == "usbp_swb_encounters" and rank["verdict"] == "accurate"
    change = next(c for c in claims if c["kind"] == "change")
    assert change["verdict"] in ("accurate", "roughly_accurate")


def test_dates_from_a_day_already_past_and_a_month_looked_ahead_to() -> None:
    # "Al 1 de agosto", written on 7 August 2019: this year's August, cut on its first day.
    assert refs("de enero al 1 de agosto fueron detenidos 84.258 adultos", "2019-08-07") == [
        ("range", ["2019-01..2019-08"])]
    # A sentence that looks ahead, or counts the days left, speaks of the month under way.
    assert refs("Se espera que los arrestos en agosto experimenten un leve incremento",
                "2024-08-15") == [("month", ["2024-08"])]
    assert refs("detuvieron a más de 225,000 en diciembre y aún quedan tres días para "
                "terminar el mes", "2023-12-15") == [("month", ["2023-12"])]
    assert ("range", ["2024-01..2024-08"]) in refs(
        "de enero a agosto de 2023 fueron 403 mil, mientras que, en el mismo periodo de tiempo, "
        "pero de 2024, suman 925 mil", "2024-10-15")


def test_the_peak_recorded_during_the_previous_administration() -> None:
    found = time_refs("una disminución del 92% frente al punto máximo registrado durante la "
                      "administración anterior", dt.date(2025, 11, 17))
    assert [(r.kind, r.extra.get("stat")) for r in found] == [("presidency", "peak")]


def test_an_outlet_s_name_is_no_state() -> None:
    from borderstats.claims import lexicon as lx
    assert not lx.STATE_RE.search("according to reports obtained by Breitbart Texas")
    assert not lx.STATE_RE.search("as the Texas Tribune reported")
    assert lx.STATE_RE.search("apprehensions in Texas rose")


def test_a_record_after_two_figures_is_the_latest_s_and_a_month_s_total_of(
        engine: Engine) -> None:
    # All CBP, Southwest, 2019: January 58,317; July 81,777; August 62,707 (the lowest
    # since January); June–August three declines in a row.
    claims = check("After totalling 82,055 apprehensions in July, the agency reported an "
                   "August total of about 64,000 apprehensions — a decrease of 22%. It’s the "
                   "third straight monthly decline and the lowest since January’s total of "
                   "about 58,300.", date=dt.date(2019, 9, 10), engine=engine)["claims"]
    rank = next(c for c in claims if c["kind"] == "rank_record")
    assert rank["periods"] == ["2019-08"] and rank["verdict"] == "accurate"
    january = next(c for c in with_parts(claims) if c["claimed"]["value"] == 58_300)
    assert january["periods"] == ["2019-01"] and january["verdict"] == "accurate"


def test_putting_an_end_to_a_run_means_the_run_ended_before(engine: Engine) -> None:
    # Border Patrol, Southwest, 2024: February–July five falls in a row; August 58,009 rose.
    claims = check("Se espera que los arrestos de la Patrulla Fronteriza en agosto "
                   "experimenten un leve incremento en comparación con julio, lo que podría "
                   "poner fin a una racha de cinco meses consecutivos de disminuciones.",
                   date=dt.date(2024, 8, 29), engine=engine)["claims"]
    streak = next(c for c in claims if c["kind"] == "streak")
    assert streak["verdict"] == "accurate"


def test_a_second_predicate_after_and_is_its_own_clause(engine: Engine) -> None:
    # Border Patrol, Southwest: July 2023 132,642, August 2023 181,054: +36.5%.
    claims = check("Border Patrol agents apprehended just under 180,000 migrants in August. "
                   "This represents an increase of about 35 percent over July and is just "
                   "under the total from August 2022.", date=dt.date(2023, 9, 1),
                   engine=engine)["claims"]
    change = next(c for c in claims if c["kind"] in ("change", "comparison"))
    assert change["verdict"] == "accurate" and "132,642" in change["explanation"]


def test_guatemalans_the_us_deported_are_guatemala_s_returns_from_the_us(
        engine: Engine) -> None:
    # IGM, returns from the US: January–July 2022 27,383, January–August 30,227.
    c = one(engine, "Estados Unidos ha deportado a 28 mil 152 guatemaltecos de enero al 5 de "
            "agosto de 2022.", "2022-08-08")
    assert c["measure"] == "gt_returns" and c["filters"] == {"returned_from": ["USA"]}
    assert c["verdict"] in ("accurate", "roughly_accurate")


def test_a_count_by_the_home_country_s_departments_is_not_held(engine: Engine) -> None:
    c = one(engine, "Los departamentos de Huehuetenango, San Marcos y Quiché acumularon en "
            "2022 un total de 31.145 guatemaltecos deportados, según el IGM.", "2023-01-10")
    assert c["verdict"] == "unverifiable" and "departamento" in c["explanation"]


def test_a_mexican_government_named_by_its_president_and_a_plan_s_name(
        engine: Engine) -> None:
    # Mexico's detentions, January–November 2021: 291,386 (national; no place is named:
    # "the Southern Border Plan" is a programme).
    c = one(engine, "The López Obrador administration detained migrants in record numbers "
            "since the so-called Southern Border Plan was launched: the total for 2021 could "
            "touch 300 thousand.", "2021-12-21", kind="total")
    assert c["measure"] == "mx_irregular_migrants" and c["verdict"] == "accurate"


def test_cbp_named_alone_after_a_sentence_on_the_border_may_count_everywhere(
        engine: Engine) -> None:
    # October 2022 – March 2023: all CBP, Southwest 1,226,254; nationwide 1,547,866.
    claims = check("In fiscal year 2022, CBP encountered almost 2.4 million individuals "
                   "attempting to illegally cross the southern border. In the first six "
                   "months of FY 2023, CBP has encountered more than 1.5 million individuals.",
                   date=dt.date(2023, 5, 12), engine=engine)["claims"]
    c = next(c for c in claims if c["claimed"]["value"] == 1_500_000)
    assert c["measure"] == "nationwide_encounters" and c["verdict"] == "accurate"


def test_a_record_of_a_figure_the_files_do_not_hold_is_not_settled(engine: Engine) -> None:
    claims = check("Including the gotaway number, total illegal border crossers apprehended or "
                   "reported evading capture last month was at least 261,327. This is the "
                   "greatest number reported in August in U.S. history.",
                   date=dt.date(2023, 9, 20), engine=engine)["claims"]
    assert {c["verdict"] for c in claims} == {"unverifiable"}


def test_a_list_of_changes_each_with_its_own_group_levels_and_record(engine: Engine) -> None:
    # Border Patrol, Southwest, May → June 2019: families 84,486 → 57,358 (May the record),
    # single adults 36,895 → 30,172, unaccompanied children 11,475 → 7,372 (May the record).
    claims = check("For instance, family unit apprehensions dropped from a record high of "
                   "84,491 in May to 57,389 in June, single adult apprehensions declined from "
                   "36,900 to 30,130, and unaccompanied children apprehensions decreased from "
                   "a record high of 11,489 to 7,378 in the one month period.",
                   date=dt.date(2019, 7, 10), engine=engine)["claims"]
    changes = [c for c in claims if c["kind"] == "change"]
    assert [c["filters"] for c in changes] == [{"demographic": [d]} for d in (
        "FMUA", "Single Adults", "UAC")]
    assert [[p["periods"] for p in c["parts"]] for c in changes] == [
        [["2019-05"], ["2019-06"]]] * 3
    assert {p["verdict"] for c in changes for p in c["parts"]} == {"accurate"}
    ranks = [c for c in claims if c["kind"] == "rank_record"]
    assert [(r["periods"], r["verdict"]) for r in ranks] == [(["2019-05"], "accurate")] * 2


def test_a_base_far_beyond_and_a_level_where_it_was_recorded(engine: Engine) -> None:
    # Mexico's detentions, 2019: January 8,424, May 22,949.
    claims = check("In May, the Mexican government apprehended a total of 23,679 people, far "
                   "beyond the 8,248 detained in January.", date=dt.date(2019, 6, 15),
                   engine=engine)["claims"]
    assert [(c["claimed"]["value"], c["periods"]) for c in claims] == [
        (23_679, ["2019-05"]), (8_248, ["2019-01"])]
    assert refs("el número más alto desde abril de 2007, donde se registraron 115 mil 683 "
                "casos", "2019-05-10")[0][0] == "since"


def test_a_span_opening_the_sentence_and_a_multiple_written_5x(engine: Engine) -> None:
    # Border Patrol families, Southwest: December 2020 4,248, February 2021 19,289: +354%.
    c = one(engine, "Entre diciembre de 2020 y febrero de 2021, la Patrulla Fronteriza registró "
            "un aumento del 337% en la cantidad de familias halladas en la frontera sur.",
            "2021-04-10")
    assert c["verdict"] == "roughly_accurate" and "4,248" in c["explanation"]
    # "More than 5x the number" is a multiple, not a count of five.
    assert [q.words for q in quantities("212,672 migrants, more than 5x the number")] == [
        "212,672"]


def test_nearly_double_and_a_year_earlier_of_the_figure_before(engine: Engine) -> None:
    # Darién: 2021 133,726, 2022 248,284 (1.86 times). Border Patrol unaccompanied
    # children, 2021: February 9,263, March 18,716; October 2020 4,687 (almost 4 times).
    claims = check("Officials say nearly 250,000 migrants crossed the Darien Gap in 2022. That "
                   "figure is nearly double the number a year earlier.",
                   date=dt.date(2023, 1, 17), engine=engine)["claims"]
    c = next(c for c in claims if c["kind"] == "comparison")
    assert c["verdict"] == "accurate" and "133,726" in c["explanation"]
    claims = check("La Patrulla Fronteriza detuvo en marzo a 18 mil 700 menores no acompañados. "
                   "Esto representa casi el doble de la cifra vista en febrero, de 9 mil 297 "
                   "menores, y es casi cuatro veces más que la del mes de octubre del año "
                   "pasado, en el que se detuvo a 4 mil 690 menores.",
                   date=dt.date(2021, 4, 10), engine=engine)["claims"]
    assert [(c["periods"], c["verdict"]) for c in claims if c["kind"] == "comparison"] == [
        (["2021-03"], "accurate"), (["2021-03"], "accurate")]


def test_a_present_pace_said_mid_month_and_a_range_of_a_rate(engine: Engine) -> None:
    # Border Patrol, Southwest, March 2021: 169,216, 5,459 a day (February: 3,487).
    assert [(q.words, q.low, q.high, q.per) for q in quantities(
        "are apprehending 4,500 to 6,000 illegal aliens per day")] == [
        ("4,500 to 6,000", 4500, 6000, "day")]
    c = one(engine, "Our Border Patrol agents are apprehending 4,500 to 6,000 illegal aliens "
            "per day.", "2021-03-17")
    assert c["periods"] == ["2021-03"] and c["verdict"] == "accurate"


def test_a_base_named_in_a_clause_before(engine: Engine) -> None:
    # Border Patrol, Southwest: February 2017 18,754 (Trump's first full month), February
    # 2018 26,666: +42.2%.
    c = one(engine, "En comparación con ese primer mes entero del mandatario en la Casa Blanca, "
            "las autoridades fronterizas arrestaron en febrero de este año a un 42 % más de "
            "inmigrantes que trataron de cruzar la linde de manera ilegal.", "2018-03-10")
    assert c["verdict"] == "accurate" and "18,754" in c["explanation"]


def test_a_change_may_be_against_the_figure_of_the_sentence_before(engine: Engine) -> None:
    # All CBP, Southwest: February 2020 36,687, February 2021 101,099: +175.6%.
    claims = check("In February 2020, CBP encountered 36,687 migrants at the border. This "
                   "February, it encountered 100,441 – an increase of more than 170 percent.",
                   date=dt.date(2021, 3, 19), engine=engine)["claims"]
    change = next(c for c in claims if c["kind"] == "change")
    assert change["verdict"] in ("accurate", "roughly_accurate")
    assert "36,687" in change["explanation"]


def test_spanish_infinitives_of_change_and_su_mayor_nivel(engine: Engine) -> None:
    # All CBP, Southwest: February 2021 101,099, March 2021 173,277 (+71.4%); Border Patrol
    # March 2021 169,216, the highest month in 20 years.
    claims = check("Las detenciones de inmigrantes indocumentados en la frontera entre Estados "
                   "Unidos y México alcanzaron en marzo su mayor nivel mensual en 20 años, al "
                   "aumentar un 71 por ciento respecto a febrero.", date=dt.date(2021, 4, 15),
                   engine=engine)["claims"]
    assert sorted((c["kind"], c["verdict"]) for c in claims) == [
        ("change", "accurate"), ("rank_record", "accurate")]


def test_the_data_the_border_and_the_first_month_of_the_new_fiscal_year(
        engine: Engine) -> None:
    # All CBP, Southwest: October 2018 60,781, October 2019 45,139 (-25.7%). Border Patrol,
    # Southwest: October 2020 69,032, October 2021 159,113 (+130.5%).
    claims = check("Together, 45,250 people were stopped at border, down from 52,546 in "
                   "September. It's also a 25 percent decrease from October 2018.",
                   date=dt.date(2019, 11, 14), engine=engine)["claims"]
    assert [c["verdict"] for c in claims if c["kind"] == "change"][-1] == "accurate"
    claims = check("Border Patrol documents show that agents apprehended nearly 160,000 "
                   "migrants who illegally crossed the border during the first month of the new "
                   "fiscal year. The information shows an increase of nearly 129 percent over "
                   "October 2020.", date=dt.date(2021, 11, 1), engine=engine)["claims"]
    assert claims[0]["periods"] == ["2021-10"]
    assert [c["verdict"] for c in claims if c["kind"] in ("change", "comparison")] == [
        "accurate"]


def test_a_figure_the_text_calls_preliminary_may_be_a_few_percent_off(engine: Engine) -> None:
    # Mexico's detentions, May 2020: 2,184 now; 2,050 was a preliminary count (-6.1%).
    c = one(engine, "Durante mayo pasado, 2 mil 50 extranjeros fueron presentados ante el "
            "Instituto Nacional de Migración (INM), según cifras preliminares.", "2020-06-21")
    assert c["verdict"] == "roughly_accurate" and "2,184" in c["explanation"]
    c = one(engine, "Durante mayo pasado, 2 mil 50 extranjeros fueron presentados ante el "
            "Instituto Nacional de Migración (INM).", "2020-06-21")
    assert c["verdict"] == "inaccurate"
    assert refs("hacia agosto cayó a 13 mil 601", "2019-12-01") == [("month", ["2019-08"])]


def test_surpasses_all_of_last_year_is_a_comparison_the_files_may_not_settle(
        engine: Engine) -> None:
    # Darién minors: January–June 2023 40,206; the age groups begin in 2023, so 2022's
    # children are not held and the comparison cannot be settled.
    claims = check("More than 40,000 children have crossed the notorious Darién Gap in the "
                   "first half of 2023, a figure that surpasses all of last year.",
                   date=dt.date(2023, 8, 4), engine=engine)["claims"]
    assert [(c["kind"], c["verdict"]) for c in claims] == [("comparison", "unverifiable")]
    assert claims[0]["parts"][0]["verdict"] == "accurate" and "2022" in claims[0]["explanation"]


def test_adults_and_accompanied_minors_in_mexico_s_age_groups(engine: Engine) -> None:
    # Mexico's detentions, January–July 2019: 18+ 86,637 (August counted for one day only);
    # accompanied and unaccompanied minors are not split in its tables.
    claims = check("El INM informó que de enero al 1 de agosto fueron detenidos 84.258 adultos, "
                   "29.873 menores de edad acompañados y 9.550 no acompañados, para un total "
                   "de 123.681.", date=dt.date(2019, 8, 7), engine=engine)["claims"]
    assert [(c["filters"], c["verdict"]) for c in claims][:3] == [
        ({"age_group": ["18+"]}, "roughly_accurate"),
        ({"demographic": ["Accompanied Minors"]}, "unverifiable"),
        ({"demographic": ["UAC"]}, "unverifiable")]


def test_a_share_of_a_population_in_the_series_own_terms(engine: Engine) -> None:
    # Darién, January–August 2023: minors 71,636 of 333,704 (21.5%).
    c = one(engine, "Según los datos oficiales de Panamá, alrededor del 25% del flujo migratorio "
            "por el Darién en 2023 está compuesto por menores de edad.", "2023-09-27")
    assert c["kind"] == "share" and c["verdict"] == "roughly_accurate"
    assert "71,636" in c["explanation"]


def test_this_decline_names_the_change_before_it() -> None:
    from borderstats.claims.extract import extract
    claims = extract("La CBP informó que en agosto de 2024 se detuvieron aproximadamente 58.000 "
                     "migrantes, un 68 % menos que en el mismo mes del año anterior. Este "
                     "descenso representa las cifras más bajas desde el año fiscal 2020.",
                     dt.date(2024, 9, 15))
    assert [c.kind for c in claims if c.sentence.text.startswith("Este")] == ["rank_record"]


def test_n_fewer_compared_to_is_a_difference_not_a_level() -> None:
    assert [(q.words, q.role) for q in quantities(
        "296,411 migrants so far this year, 193,439 fewer compared to the same period in "
        "2023")] == [("296,411", "count"), ("193,439", "difference")]


def test_a_military_force_s_own_count_is_not_held(engine: Engine) -> None:
    c = one(engine, "La Guardia Nacional de México detuvo el año pasado a 177 mil 166 migrantes.",
            "2023-11-18")
    assert c["verdict"] == "unverifiable" and "Guardia Nacional" in c["explanation"]


def test_since_a_day_of_this_month_someone_took_office(engine: Engine) -> None:
    # Darién: June 2024 31,049, July 2024 20,519 (Mulino took office on 1 July).
    assert refs("down since President José Raúl Mulino took office July 1", "2024-07-17") == [
        ("since", ["2024-07"])]
    assert refs("desde el 5 de junio", "2024-07-17") == [("since", ["2024-06"])]
    c = one(engine, "Panama’s border police say migration through the Darien Gap is down since "
            "President José Raúl Mulino took office July 1", "2024-07-17")
    assert c["verdict"] == "accurate" and "20,519" in c["explanation"]


def test_where_a_rise_was_concentrated_is_no_filter(engine: Engine) -> None:
    # Border Patrol, Southwest: January–May 2018 rose four months in a row.
    c = one(engine, "Apprehensions along the southern border rose for the fourth consecutive "
            "month, mostly concentrated in parts of Arizona and Texas.", "2018-06-06")
    assert "state" not in c["filters"] and c["verdict"] == "accurate"


def test_a_president_s_first_year_and_an_administration_s_last() -> None:
    # Obama's term ended in January 2017: its last fiscal year is FY2016; Trump's first
    # year runs from February 2017 (to the last month ended by the text's date).
    assert refs("the Obama Administration oversaw 614,739 border arrests in its last year",
                "2018-01-10") == [("presidency", ["2009-01..2017-01"]),
                                  ("fiscal_year", ["FY2016"])]
    assert refs("in Biden's first year in office", "2022-05-01") == [
        ("range", ["2021-02..2022-01"])]


def test_a_month_counted_in_part_says_which_figure_it_was_judged_against(
        engine: Engine) -> None:
    # Mexico's detentions, 18+: January–July 2019 86,637; August counted for one day.
    c = one(engine, "El INM informó que de enero al 1 de agosto fueron detenidos 84.258 "
            "adultos.", "2019-08-07")
    assert c["verdict"] == "roughly_accurate"
    assert "con el mes contado en parte, unos" in c["explanation"]


def test_a_date_that_says_when_a_fiscal_year_ended_or_began_is_no_period() -> None:
    # FY2019 ran October 2018 – September 2019; FY2023 October 2022 – September 2023.
    assert refs("en el año fiscal que finalizó en septiembre, un aumento de 88%",
                "2019-10-15") == [("relative", ["FY2019"])]
    assert refs("arrests for the government’s budget year ended Sept. 30 topped 2 million",
                "2023-10-21") == [("relative", ["FY2023"])]
    assert refs("During the first 11 months of FY23, which began on October 1, 2022, agents "
                "have apprehended", "2023-09-22") == [("range", ["2022-10..2023-08"])]
    assert refs("during the most recent fiscal year", "2018-11-15") == [
        ("relative", ["FY2018"])]
    # ... and with its year: "el año fiscal concluyendo en septiembre 2017", "the fiscal
    # year ending September 30, 2017", "que terminó el 30 de septiembre de 2023".
    assert refs("de 130 mil 454 en el año fiscal concluyendo en septiembre 2017 a 738 mil 780 "
                "en el año fiscal que concluyó en septiembre de 2022", "2023-03-15") == [
        ("fiscal_year", ["FY2017"]), ("fiscal_year", ["FY2022"])]
    assert refs("in the fiscal year ending September 30, 2017", "2018-03-15") == [
        ("fiscal_year", ["FY2017"])]
    assert refs("el año fiscal que terminó el 30 de septiembre de 2023", "2024-03-01") == [
        ("fiscal_year", ["FY2023"])]
    assert refs("the fiscal year which ended Sept. 30", "2024-03-01") == [
        ("relative", ["FY2023"])]


def test_the_first_months_of_a_fiscal_year_that_began_on_a_day_are_no_day_count(
        engine: Engine) -> None:
    # Border Patrol, Southwest, October 2022 – August 2023: 1,827,075.
    c = one(engine, "During the first 11 months of FY23, which began on October 1, 2022, "
            "agents have apprehended 1,827,133 migrants.", "2023-09-22")
    assert c["verdict"] == "accurate" and "1,827,075" in c["explanation"]


def test_a_change_against_last_month_said_of_last_month_s_figure(engine: Engine) -> None:
    # Border Patrol, Southwest, family units: September 2018 16,660, October 2018 23,116
    # (+38.8%); written on 10 November, "el mes pasado" is the month before October.
    c = one(engine, "La CBP informó que sus agentes detuvieron en octubre a 23 mil 121 unidades "
            "familiares a lo largo de la frontera Sur, dato que representa un aumento del 39 por "
            "ciento con respecto al mes pasado.", "2018-11-10", kind="change")
    assert c["verdict"] == "accurate" and "16,660" in c["explanation"]


def test_a_month_up_from_the_year_before_is_against_the_same_month(engine: Engine) -> None:
    # Laredo sector: February 2021 8,486, February 2022 9,501 (+12.0%); all of 2021 9,138 a
    # month on average would give +4%.
    c = one(engine, "During the month of February, Laredo Sector agents apprehended 9,498 "
            "migrants. This was up nearly 12 percent from the year before.", "2022-04-11",
            kind="change")
    assert c["verdict"] == "accurate" and "8,486" in c["explanation"]


def test_the_highest_in_any_february_ranks_februaries(engine: Engine) -> None:
    # Border Patrol, Southwest: February 2021 97,643, above every February 2007–2020
    # (March 2006 160,696 was higher as a month).
    c = one(engine, "The number of arrests at the border in February reached the highest level "
            "in any February in 15 years.", "2021-03-15")
    assert c["verdict"] == "accurate" and "15 Februaries" in c["explanation"]


def test_between_the_border_s_ports_of_entry_is_the_border_patrol(engine: Engine) -> None:
    # Border Patrol, Southwest: June 2023 99,538, July 2023 132,642 (+33.3%); all CBP
    # 144,556 -> 183,479 (+26.9%).
    c = one(engine, "CBP released data revealing a 33 percent increase in July, compared to "
            "June, in the number of migrants whom U.S. Border Patrol apprehended between the "
            "U.S.-Mexico border’s ports of entry.", "2023-08-25", kind="change")
    assert c["measure"] == "usbp_swb_encounters" and c["verdict"] == "accurate"


def test_people_from_mexico_are_not_mexico_s_count() -> None:
    from borderstats.claims.extract import extract
    claims = extract("De los detenidos en la frontera con Estados Unidos, 127.938 eran "
                     "originarios de México.", dt.date(2017, 12, 5))
    assert claims[0].topic is not None and claims[0].topic.country == "USA"


def test_returns_at_the_national_level_in_a_text_about_mexico(engine: Engine) -> None:
    # Mexico's returns (deportations and assisted returns), January–October 2023: 52,049.
    claims = check("De acuerdo con el Mapa Estadístico de la Unidad de Política Migratoria de "
                   "la Secretaría de Gobernación, este año se realizaron 216 retornos asistidos "
                   "desde Aguascalientes. A nivel nacional, de enero a octubre se han devuelto "
                   "a 51 mil 91 personas a sus países de origen.", engine=engine,
                   date=dt.date(2023, 11, 15))["claims"]
    c = claims[-1]
    assert c["measure"] == "mx_returns" and "52,049" in c["explanation"]


def test_guatemala_s_returned_minors_are_its_age_groups(engine: Engine) -> None:
    # Guatemalans returned from the US in 2020: 1,055 accompanied and 1,762 unaccompanied
    # minors (2,817).
    claims = check("Dentro de los guatemaltecos deportados desde Estados Unidos en 2020 se "
                   "incluyen 2 mil 817 menores de edad, de los cuales 1 mil 762 no iban "
                   "acompañados por un adulto.", engine=engine,
                   date=dt.date(2021, 1, 6))["claims"]
    assert [c["verdict"] for c in claims] == ["accurate", "accurate"]
    assert ["2,817" in claims[0]["explanation"], "1,762" in claims[1]["explanation"]] == [
        True, True]


def test_a_figure_at_the_close_of_a_month_may_be_the_year_so_far(engine: Engine) -> None:
    # Darién: January–September 2022 151,582; September 2022 alone 48,204.
    c = one(engine, "Al cierre de septiembre las autoridades de Panamá contabilizaban 151.582 "
            "migrantes llegados a Darién.", "2022-10-15")
    assert c["verdict"] == "accurate" and "2022-01..2022-09" in c["periods"]


def test_a_precise_year_to_date_figure_may_stop_a_month_short(engine: Engine) -> None:
    # El Paso sector, October 2022 – July 2023: 364,089 (to August: 389,323); written in
    # September, when August's figures were only coming out.
    c = one(engine, "Desde el comienzo del año fiscal 23, los encuentros de migrantes para el "
            "sector de El Paso son 364 mil 092.", "2023-09-15")
    assert c["verdict"] == "accurate" and "364,089" in c["explanation"]


def test_a_day_the_figures_were_published_does_not_make_a_day_count(engine: Engine) -> None:
    # Tucson sector: April 2020 2,615, the lowest month since July 2017 (2,177).
    claims = check("Los agentes del sector Tucsón realizaron 2,611 detenciones en abril, según "
                   "las estadísticas publicadas el 7 de mayo. El total de abril marcó el número "
                   "más bajo de detenciones en el sector de Tucson desde julio de 2017.",
                   engine=engine, date=dt.date(2020, 5, 15))["claims"]
    rank = [c for c in claims if c["kind"] == "rank_record"][0]
    assert rank["verdict"] == "accurate"


def test_the_lowest_in_a_year_ranks_the_last_twelve_months(engine: Engine) -> None:
    # All CBP, Southwest: September 2019 52,546, the lowest of October 2018 – September 2019
    # (September 2018, 50,568, was lower: "in a year", not "in more than a year").
    c = one(engine, "Mark Morgan dijo que el número de migrantes arrestados cayó a poco más de "
            "52 mil en septiembre, la cifra mensual más baja en un año.", "2019-10-08",
            kind="rank_record")
    assert c["verdict"] == "accurate" and "1 de 12 meses 2018-10–2019-09" in c["explanation"]


def test_compared_to_a_month_and_levels_in_brackets(engine: Engine) -> None:
    # Border Patrol, Southwest: June 2023 99,538, July 2023 132,642 (+33.3%).
    assert refs("a 33 percent increase in July, compared to June,", "2023-08-25") == [
        ("month", ["2023-07"]), ("month", ["2023-06"])]
    c = one(engine, "CBP released data revealing a 33 percent increase in July, compared to "
            "June, in the number of migrants whom U.S. Border Patrol apprehended (99,539 to "
            "132,652).", "2023-08-25", kind="change")
    assert c["verdict"] == "accurate"
    assert [p["verdict"] for p in c["parts"]] == ["accurate", "accurate"]
    assert "99,538" in c["parts"][0]["explanation"]


def test_this_is_down_against_the_prior_year_to_date(engine: Engine) -> None:
    # Del Rio sector: October 2023 – June 2024 222,272; October 2022 – June 2023 293,344
    # (-24.2%).
    claims = check("During the first nine months of Fiscal Year 24, which began on October 1, "
                   "2023, Del Rio Sector agents encountered 222,273 migrants. This is down by 24 "
                   "percent over the prior year’s year-to-date total of 293,344.", engine=engine,
                   date=dt.date(2024, 8, 8))["claims"]
    change = [c for c in claims if c["kind"] == "change"][0]
    assert change["verdict"] == "accurate" and "293,344 in 2022-10..2023-06" in \
        change["explanation"]
    assert [p["verdict"] for p in change["parts"]] == ["accurate"]


def test_the_same_period_last_year_is_the_same_cut_and_this_year_s_the_later(
        engine: Engine) -> None:
    # Five Border Patrol sectors: October 2021 – March 2022 626,793; October 2022 – March
    # 2023 649,293 (+3.6%).
    claims = check("During the first six months of Fiscal Year 2023, agents assigned to the El "
                   "Paso, Big Bend, Del Rio, Laredo, and Rio Grande Valley Sectors apprehended "
                   "648,465 migrants. During the same period last year, agents apprehended "
                   "626,793 migrants. This year’s apprehensions represent an increase of nearly "
                   "3.5 percent over last year’s six-month total.", engine=engine,
                   date=dt.date(2023, 4, 19))["claims"]
    assert [c["verdict"] for c in claims] == ["accurate", "accurate", "accurate"]
    assert "626,793 in 2021-10..2022-03 to 649,293" in claims[2]["explanation"]


def test_compatriots_are_the_nationality_the_text_is_about(engine: Engine) -> None:
    # All CBP, Southwest, Colombians: May 2024 10,784, June 2024 8,409 (-22.0%).
    claims = check("The Colombian migration across the southern border experienced a "
                   "significant drop in June, according to CBP. Authorities arrested some 8,400 "
                   "compatriots during the month, compared to 10,800 in May, a drop of "
                   "approximately 20 percent.", engine=engine, date=dt.date(2024, 7, 18))["claims"]
    change = claims[-1]
    assert change["filters"].get("citizenship") == ["COL"]
    assert "10,784" in change["explanation"] and change["verdict"] in (
        "accurate", "roughly_accurate")


def test_a_month_s_official_figures_are_its_own(engine: Engine) -> None:
    # The readings tried for the year so far are judged apart: June 2025's figures are June's.
    c = one(engine, "In June 2025 Border Patrol apprehended 6,068 migrants at the southwest "
            "border.", "2025-07-20")
    assert [f["period"] for f in c["official"]] == ["2025-06"]


def test_a_figure_wrong_beside_one_that_matches_as_stated_is_not_settled(
        engine: Engine) -> None:
    # Border Patrol, Southwest: June 2025 6,068; May 2025 8,725 (20,000 is far off). The
    # June figure matches as stated, so the May one is more likely misread than wrong.
    text = ("In June 2025 Border Patrol apprehended 6,068 migrants at the southwest border, "
            "and in May 2025 it apprehended 20,000.")
    claims = check(text, date="2025-07-20", engine=engine)["claims"]
    assert [c["verdict"] for c in claims] == ["accurate", "unverifiable"]
    assert claims[1]["explanation"].startswith("Not settled: another figure")
    assert "8,725" in claims[1]["explanation"]
    # Alone, a wrong figure is still wrong.
    alone = check("In May 2025 Border Patrol apprehended 20,000 migrants at the southwest "
                  "border.", date="2025-07-20", engine=engine, cautious=True)["claims"]
    assert [c["verdict"] for c in alone] == ["inaccurate"]


def test_the_cautious_reading_also_trusts_a_neighbour_that_holds_as_a_bound(
        engine: Engine) -> None:
    # "more than 6,000" (June 2025: 6,068) holds under many readings, so by default it
    # vouches for nothing and May's 20,000 (8,725) stays wrong; the cautious reading
    # leaves it unsettled.
    text = ("In June 2025 Border Patrol apprehended more than 6,000 migrants at the southwest "
            "border, and in May 2025 it apprehended 20,000.")
    day = dt.date(2025, 7, 20)
    assert [c["verdict"] for c in check(text, date=day, engine=engine)["claims"]] == [
        "accurate", "inaccurate"]
    claims = check(text, date=day, engine=engine, cautious=True)["claims"]
    assert [c["verdict"] for c in claims] == ["accurate", "unverifiable"]
    assert claims[1]["explanation"].startswith("Not settled (cautious reading)")
    assert "8,725" in claims[1]["explanation"]


def test_a_record_or_a_bound_that_holds_vouches_for_no_neighbour(engine: Engine) -> None:
    # Border Patrol, Southwest, FY2022: 2,206,436, the highest fiscal year; 2.76 million
    # is a quarter above it. The record holds under any reading of the count, so it settles
    # nothing.
    claims = check("Border Patrol recorded a record 2.76 million encounters at the southwest "
                   "border in fiscal year 2022.", date="2022-11-01", engine=engine)["claims"]
    verdicts = {c["kind"]: c["verdict"] for c in claims}
    assert verdicts.get("total") == "inaccurate"


def test_a_precise_figure_may_count_one_of_the_nationalities_named(engine: Engine) -> None:
    # Border Patrol, Southwest, September 2023: Mexicans 39,773; with Venezuelans 94,606.
    c = one(engine, "Mexicans were arrested 39,733 times by the Border Patrol in September, "
            "well behind Venezuelans.", "2023-10-25")
    assert c["verdict"] == "accurate" and c["filters"].get("citizenship") == ["MEX"]


def test_captures_and_people_presented_to_the_migration_authorities(engine: Engine) -> None:
    # Mexico's detentions: 2018 131,445; 2019 182,940. Nationwide single adults FY2022
    # 1,993,694 ("capturas de adultos que viajaban solos").
    claims = check("Durante 2018, hubo 131 mil 445 casos de migrantes presentados ante las "
                   "autoridades migratorias en todo el país.", engine=engine,
                   date=dt.date(2020, 2, 15))["claims"]
    assert claims[0]["measure"] == "mx_irregular_migrants"
    assert claims[0]["verdict"] == "accurate"
    from borderstats.claims.extract import extract
    c = extract("Las cifras de 2022 muestran 1.993.694 capturas de adultos que viajaban solos.",
                dt.date(2022, 10, 15))[0]
    assert c.topic is not None and c.topic.id == "apprehensions"
    assert c.filters.get("demographic") == ["Single Adults"]


def test_a_figure_that_leaves_a_nationality_out(engine: Engine) -> None:
    # All CBP, Southwest, January–November 2021: 1,856,332, of them Mexicans 655,169; the
    # rest 1,201,163.
    c = one(engine, "Not counting Mexican nationals, the U.S. has reported about 1.2 million "
            "migrant encounters at the southwest border from January to November 2021.",
            "2021-12-15")
    assert c["filters"]["citizenship"] == ["!MEX"]
    assert c["verdict"] == "accurate" and "1,201,163" in c["explanation"]
    assert "all but MEX" in c["explanation"]
    assert c["query"] == ("borderstats query swb_encounters --period 2021-01..2021-11 ; minus: "
                          "borderstats query swb_encounters --period 2021-01..2021-11 "
                          "--where citizenship=MEX")
    # Only as a total: a record of everyone but one group is not computed.
    r = one(engine, "Encounters of non-Mexican migrants at the southwest border hit a record "
            "in December 2023.", "2024-02-15")
    assert r["verdict"] == "unverifiable"


def test_a_year_through_a_month_and_the_agency_its_clause_names(engine: Engine) -> None:
    # All CBP, Southwest, January–November 2021: 1,856,332 (Mexico's detentions that year
    # were about a quarter of a million).
    assert refs("in calendar year 2021 through November", "2021-12-15") == [
        ("range", ["2021-01..2021-11"])]
    assert refs("in fiscal year 2021 through June", "2021-07-20") == [
        ("range", ["2020-10..2021-06"])]
    assert refs("en el año 2023 hasta octubre", "2023-11-20") == [
        ("range", ["2023-01..2023-10"])]
    # ("Quarter-million" is a count too: Mexico's, 291,386 to November, is checked apart.)
    claims = check("Mexico’s quarter-million migrant detentions pale in comparison to the "
                   "U.S. border detention figures — in calendar year 2021 through November, CBP "
                   "reported more than 1.8 million migrant encounters.", engine=engine,
                   date=dt.date(2021, 12, 15))["claims"]
    assert [c["measure"] for c in claims] == ["mx_irregular_migrants", "swb_encounters"]
    assert claims[1]["verdict"] == "accurate"


def test_a_share_of_repeat_encounters_is_not_held(engine: Engine) -> None:
    # All CBP, Southwest, August 2023: 232,963; the share with a prior encounter is in CBP's
    # releases only.
    claims = check("En agosto, del total de 232.972 encuentros registrados, el 11 % involucró a "
                   "personas que habían tenido al menos un encuentro previo en los 12 meses "
                   "anteriores.", engine=engine, date=dt.date(2023, 9, 29))["claims"]
    assert [c["verdict"] for c in claims] == ["unverifiable"]
    assert "reincidencia" in claims[0]["explanation"]
    assert claims[0]["parts"][0]["verdict"] == "accurate"


def test_millions_with_the_rest_in_figures() -> None:
    # "un millón 997,579" is 1,997,579, as "un millón 997 mil 579" is.
    assert [q.value for q in quantities(
        "la Patrulla Fronteriza detuvo un millón 997,579 personas; en 2024 bajó a un millón "
        "456.014 personas")] == [1_997_579, 1_456_014]
    assert [q.value for q in quantities("un millón de personas")] == [1_000_000]


def test_a_country_named_like_its_demonym_and_a_group_between(engine: Engine) -> None:
    # Darién 2023: 520,085 in all, 25,565 of them Chinese. Border Patrol, Southwest, FY2019:
    # 301,806 single adults, 149,967 of them Mexican.
    c = one(engine, "El año pasado llegaron a Darién 25,565 nacionales de China.", "2024-01-15")
    assert c["filters"].get("citizenship") == ["CHN"] and c["verdict"] == "accurate"
    c = one(engine, "Almost 150,000 Mexican single adults were apprehended at the U.S. border "
            "in fiscal 2019, the data show.", "2019-12-15")
    assert c["filters"].get("citizenship") == ["MEX"]
    assert c["verdict"] in ("accurate", "roughly_accurate")
    # All CBP, Southwest, Venezuelans: September 2022 33,804; October 22,060 (-34.7%). The
    # events counted of a nationality are that nationality's; "crossings from Mexico" are
    # still the border's, not Mexicans'.
    c = one(engine, "There has been a significant drop of 35% from September to October in "
            "Venezuelan encounters.", "2022-11-20")
    assert c["filters"].get("citizenship") == ["VEN"] and c["verdict"] == "accurate"
    c = one(engine, "Arrests for illegal border crossings from Mexico plummeted 39% in January "
            "from a month earlier.", "2025-02-18")
    assert "citizenship" not in c["filters"]


def test_a_monthly_average_over_a_presidency_counts_its_whole_months(engine: Engine) -> None:
    # Border Patrol, Southwest, unaccompanied children: February 2021 – December 2024,
    # 523,206 over 47 months = 11,132 a month; February – March 2025, 1,364 = 682 a month.
    # Each figure takes the presidency nearest it.
    claims = check("The average number of monthly UAC encounters under Biden was 11,132, "
                   "compared to less than 700 under Trump.", date=dt.date(2025, 4, 15),
                   engine=engine)["claims"]
    assert sorted((c["kind"], c["periods"], c["verdict"]) for c in claims) == [
        ("rate", ["2021-01..2025-01"], "accurate"), ("rate", ["2025-01..2025-03"], "accurate")]
    assert {c["official"][0]["value"] for c in claims} == {523_206, 1_364}


def test_the_whole_a_part_is_of(engine: Engine) -> None:
    # Border Patrol, Southwest, July 2020: 38,536 in all, 7,571 in the Rio Grande Valley.
    claims = check("In July, Rio Grande Valley Sector agents apprehended 7,536 of the 38,347 "
                   "migrants arrested after illegally crossing the border.",
                   date=dt.date(2020, 8, 17), engine=engine)["claims"]
    assert [(c["filters"].get("sector"), c["verdict"]) for c in claims] == [
        (["Rio Grande Valley"], "accurate"), (None, "accurate")]


def test_adults_and_minors_each_with_its_figure(engine: Engine) -> None:
    # Darién, March 2023: adults 30,725, minors 7,374.
    claims = check("De los que atravesaron la selva del Darién en marzo, 30.929 eran adultos y "
                   "7.170 menores.", date=dt.date(2023, 4, 1), engine=engine)["claims"]
    assert [(c["filters"], c["verdict"]) for c in claims] == [
        ({"age_group": ["Adults"]}, "roughly_accurate"),
        ({"age_group": ["Minors"]}, "roughly_accurate")]


def test_a_cut_with_no_events_is_not_a_zero(engine: Engine) -> None:
    # Border Patrol's 2016 tables do not list Haitians: the store holds no such events then.
    c = one(engine, "In 2016, more than 25,000 Haitians were apprehended by the Border Patrol "
            "at the southwest border.", "2017-03-01", kind="total")
    assert c["verdict"] == "unverifiable" and "not a count of zero" in c["explanation"]


def test_a_month_ranked_among_the_year_so_far(engine: Engine) -> None:
    # All CBP, Southwest, Colombians, 2024: January 7,398 … June 8,409, July 6,398, the
    # lowest of the seven months.
    claims = check("In July 2024, 6,398 Colombians were encountered at the southwest border. "
                   "This represents a reduction of almost 25 percent compared to June and the "
                   "lowest figure so far in 2024.", date=dt.date(2024, 8, 20),
                   engine=engine)["claims"]
    rank = next(c for c in claims if c["kind"] == "rank_record")
    assert rank["periods"] == ["2024-07"] and rank["verdict"] == "accurate"


def test_a_comparison_by_a_difference_or_by_direction(engine: Engine) -> None:
    # All CBP, Southwest: FY2021 1,734,686; FY2022 2,378,944, 644,258 more.
    c = one(engine, "There were over 2.15 million border encounters in fiscal year 2022, which "
            "is 600,000-plus greater than the number in FY 2021.", "2022-10-25",
            kind="comparison")
    assert c["verdict"] == "accurate" and "644,258 more" in c["explanation"]
    c = one(engine, "There were over 2.15 million border encounters in fiscal year 2022, which "
            "is 800,000 greater than the number in FY 2021.", "2022-10-25",
            kind="comparison")
    assert c["verdict"] == "inaccurate"
    # A level of the sentence is no multiple: only which is larger is claimed.
    c = one(engine, "There were over 2.15 million border encounters in fiscal year 2022, which "
            "is greater than the number in FY 2021.", "2022-10-25", kind="comparison")
    assert c["verdict"] == "accurate" and "×, not" not in c["explanation"]


def test_counts_over_fewer_days_than_a_month(engine: Engine) -> None:
    # The files are monthly: a week, half a month or "since May 12" cannot be checked.
    for text, day in (
            ("Over the past seven days, Border Patrol agents have apprehended an average of 285 "
             "migrants per day along the entire southern border.", "2025-02-10"),
            ("There was an average of 4,400 encounters between ports of entry per day since "
             "May 12.", "2023-05-19"),
            ("Arrests of Venezuelans fell by 74 percent in the second half of October from the "
             "same period of September.", "2023-11-15"),
            ("Durante la última semana se registraron 3.500 ingresos por la selva del Darién.",
             "2022-10-25"),
            ("Apprehensions in the Del Rio sector dropped by nearly 40% in the first full week "
             "of the new presidency.", "2025-02-05"),
            ("Las detenciones en el sector El Paso aumentaron a más de 5 mil en las últimas dos "
             "semanas.", "2023-09-18")):
        assert [c["verdict"] for c in check(text, date=dt.date.fromisoformat(day),
                                            engine=engine)["claims"]] == ["unverifiable"], text
    # "Through the first week of February" ends a count to date, which the months before it
    # can settle: no days window.
    c = one(engine, "Through the first week of February, Border Patrol agents apprehended "
            "99,901 family members at the southwest border this fiscal year.", "2019-02-14")
    assert "a few days" not in c["explanation"]
    # Said when it was reported, not what was counted: Border Patrol, Southwest, unaccompanied
    # children, March 2021: 18,716.
    c = one(engine, "CBP informó la semana pasada que, durante el mes de marzo, detuvo a 18 mil "
            "700 menores migrantes no acompañados.", "2021-04-10")
    assert c["verdict"] == "accurate"


def test_a_guess_beside_a_count_and_a_date_in_figures(engine: Engine) -> None:
    claims = check("We are looking at over a million people apprehended this year, meaning "
                   "probably another 2 or 3 million have come in illegally.",
                   date=dt.date(2021, 11, 15), engine=engine)["claims"]
    assert [c["verdict"] for c in claims][1:] == ["unverifiable", "unverifiable"]
    assert "estimate" in claims[1]["explanation"]
    assert quantities("tras llegar al país este viernes (29.12.2023) los vuelos") == []
    assert [q.value for q in quantities("el 29/12/2023 llegaron 300 personas")] == [300]


def test_crossing_through_panama_is_the_darien(engine: Engine) -> None:
    # Darién 2020 has months missing in the store (April, May, July): not settled.
    c = one(engine, "El pasado año solo cruzaron por Panamá 8,594 migrantes en total, un 61% "
            "menos que en 2019.", "2021-07-15", kind="comparison")
    assert c["measure"] == "darien_transits" and c["verdict"] == "unverifiable"


def test_a_change_stated_as_a_difference(engine: Engine) -> None:
    # Border Patrol, Tucson sector: FY2022 251,984; FY2023 373,625, 121,641 more.
    c = one(engine, "Tucson Sector agents apprehended 373,625 migrants in FY2023. This figure "
            "represents an increase of 22,000 from the previous fiscal year, FY22.",
            "2023-11-25", kind="change")
    assert c["verdict"] == "inaccurate" and "121,641 more" in c["explanation"]
    # Darién, January–November: 2023 495,459; 2024 297,354, 198,105 fewer. 185,493 is 6.8%
    # short of the difference but 2.5% of the levels: roughly right.
    c = one(engine, "Según el SNM, desde enero hasta noviembre, 293,511 personas ingresaron "
            "irregularmente a Panamá por esta ruta, lo que representa una disminución de "
            "185,493 migrantes en comparación con el mismo período de 2023.", "2024-12-15",
            kind="change")
    assert c["verdict"] == "roughly_accurate" and "198,105" in c["explanation"]
    # Percentage points are no count: "decreased by 5 points" claims the direction.
    assert [q.role for q in quantities("its share has decreased by 5 points since 2022")] == [
        "points"]


def test_retained_is_detained(engine: Engine) -> None:
    # CBP, all components, nationwide, Salvadorans: January–April 2025, 2,914; the same months
    # of 2024, 17,129 (14,215 more).
    c = one(engine, "El reporte detalla que 2,915 salvadoreños han sido retenidos en los "
            "primeros cuatro meses de 2025 en todo el país, 14,214 menos que los reportados en "
            "el mismo periodo de 2024.", "2025-05-13")
    assert c["measure"] == "nationwide_encounters" and c["verdict"] == "accurate"


def test_every_month_of_the_past_months(engine: Engine) -> None:
    # Border Patrol, Southwest, April 2022 – January 2023 (the ten months ended by 15
    # February 2023): June 192,399, July 181,834, August 181,774 and January 129,513 are
    # below 200,000.
    assert refs("Every month for the past 10 months", "2023-02-15") == [
        ("month", [f"2022-{m:02d}" for m in range(4, 13)] + ["2023-01"])]
    # Every month of Border Patrol's is below 230,000 (August 2022: 181,774, 21.0% below);
    # so is July 2022 of all CBP's (200,162) on the run ending in December.
    c = one(engine, "Every month for the past 10 months, more than 230,000 illegal immigrants "
            "have been intercepted along the border.", "2023-02-15")
    assert len(c["periods"]) == 10 and c["verdict"] == "inaccurate"
    assert "August 2022: 181,774 (below 230,000 (-21.0%))" in c["explanation"]


def test_a_sector_counts_apprehensions_and_a_group_set_beside_is_not_counted(
        engine: Engine) -> None:
    # Border Patrol, Yuma sector: FY2024 53,877; FY2023 174,201.
    claims = check("There is a wider gap between fiscal year 2024 for the Yuma Sector where "
                   "they saw 53,877 and 174,201 migrants in 2023.", date=dt.date(2024, 11, 19),
                   engine=engine)["claims"]
    assert [(c["filters"].get("sector"), c["verdict"]) for c in claims] == [
        (["Yuma"], "accurate"), (["Yuma"], "accurate")]
    # Border Patrol, Southwest, Nicaraguans: September 2022 18,165; October 20,899 (+15.1%).
    claims = check("Los nicaragüenses son ahora la cuarta mayor nacionalidad, muy cerca de los "
                   "venezolanos, con 20.917 intercepciones en octubre, un 15 % más que en "
                   "septiembre.", date=dt.date(2022, 11, 15), engine=engine)["claims"]
    assert [c["verdict"] for c in with_parts(claims)] == ["accurate", "accurate"]
    assert claims[0]["filters"] == {"citizenship": ["NIC"]} and "20,899" in claims[0][
        "explanation"]


def test_a_precise_figure_with_no_period_tells_its_own(engine: Engine) -> None:
    # All CBP, Southwest: August 2023 232,963; FY2023 2,475,669. Written with no period, each
    # matches one recent period exactly; 228,512 matches none.
    c = one(engine, "CBP reported 232,963 encounters at the southwest border.", "2023-11-20")
    assert (c["periods"], c["verdict"]) == (["2023-08"], "accurate")
    assert any("matches 2023-08 exactly" in a for a in c["assumptions"])
    c = one(engine, "CBP reported 2,475,669 encounters at the southwest border.", "2024-01-20")
    assert (c["periods"], c["verdict"]) == (["FY2023"], "accurate")
    c = one(engine, "CBP reported 228,512 encounters at the southwest border.", "2023-11-20")
    assert c["verdict"] == "unverifiable"


def test_this_time_last_year_this_past_month_and_the_same_month_of_its_own_year(
        engine: Engine) -> None:
    # Border Patrol, Laredo sector: October–February 2019-20 17,854; 2020-21 42,482 (+137.9%).
    c = one(engine, "Border Patrol for the Laredo sector has reported 42,482 apprehensions "
            "between October 2020 and February 2021 -- a 140% increase compared to this time "
            "last year.", "2021-04-05", kind="change")
    assert c["verdict"] == "accurate" and "17,854" in c["explanation"]
    # All CBP, Southwest: April 2022 235,785; April 2023 211,992 (-10.1%).
    assert refs("if we compare this past April to April of 2022", "2023-05-15") == [
        ("month", ["2023-04"]), ("month", ["2022-04"])]
    c = one(engine, "CBP officials noted an 11% decrease in encounters at the southwest border "
            "if we compare this past April to April of 2022.", "2023-05-15")
    assert c["verdict"] == "accurate" and "211,992" in c["explanation"]
    # Border Patrol, Southwest: December 2020 71,141; December 2021 170,602 (+139.8%). "The
    # same month in 2021", said of December 2021, is the year before.
    claims = check("The apprehension of migrants in December along the southwest border "
                   "with Mexico jumped for the second straight month to 170,186. This "
                   "represents an increase of more than 139 percent over the same month in "
                   "2021.", date=dt.date(2022, 1, 24), engine=engine)["claims"]
    change = next(c for c in claims if c["kind"] == "change")
    assert change["verdict"] == "accurate" and "71,141" in change["explanation"]


def test_up_to_the_first_of_a_month_and_ones_own_family(engine: Engine) -> None:
    # Darién, Venezuelans, January–October 2024: 198,004.
    assert refs("hasta 1 de noviembre 2024", "2024-11-15") == [("range", ["2024-01..2024-10"])]
    c = one(engine, "Mientras que, hasta 1 de noviembre 2024, 196,813 venezolanos habían "
            "cruzado el Darién, informó el presidente panameño Raúl José Mulino.",
            "2024-11-15")
    assert c["periods"] == ["2024-01..2024-10"] and c["verdict"] == "roughly_accurate"
    # "Tengo una familia" is the speaker's own family, not a family unit counted.
    c = one(engine, "“Me vine porque tengo una familia”, explicó el migrante, uno de los 6 mil "
            "573 ecuatorianos detenidos por la Patrulla Fronteriza del Sector El Paso en "
            "marzo de 2024.", "2024-04-07")
    assert "demographic" not in c["filters"]


def test_what_is_said_of_the_part_after_its_whole(engine: Engine) -> None:
    # Border Patrol, Southwest, FY2018: 396,579 in all, 107,240 of them in family units.
    claims = check("By comparison, in 2018, approximately 107,000 of the nearly 397,000 "
                   "individuals apprehended throughout the fiscal year were classified as family "
                   "units.", date=dt.date(2019, 10, 7), engine=engine)["claims"]
    assert [c["filters"].get("demographic") for c in claims] == [["FMUA"], None]
    assert claims[0]["verdict"] == "accurate" and "107,240" in claims[0]["explanation"]


def test_a_precise_figure_read_the_way_words_that_name_no_component_allow(
        engine: Engine) -> None:
    # Cubans, August 2024: 11,742 nationwide, 10,423 at the Southwest border. "Por frontera",
    # after a sentence on the southern border, names no place of its own: the precise
    # figure of the whole country is right, not a border figure 13% high.
    claims = check("En agosto entraron de manera irregular 10.423 cubanos por la frontera sur. "
                   "Esta cifra de 11.744 cubanos que ingresaron en agosto por frontera es la "
                   "menor registrada desde julio de 2023.", date=dt.date(2024, 9, 15),
                   engine=engine)["claims"]
    total = next(c for c in claims if c["kind"] == "total" and "11.744" in c["text"])
    assert total["verdict"] == "roughly_accurate" and "11,742" in total["explanation"]


def test_mexicans_sent_back_to_mexico_are_not_held(engine: Engine) -> None:
    # UPM's repatriations of Mexicans from the US are not ingested; Mexico's own returns of
    # foreigners (mx_returns) are another count.
    for text, day in (("Entre enero y diciembre del año pasado, fueron devueltos 160,192 "
                       "paisanos, por 206,233 en el mismo periodo de 2024.", "2026-02-17"),
                      ("Entre enero y noviembre de 2023, un total de 23,022 menores mexicanos "
                       "fueron devueltos a México.", "2023-12-27")):
        claims = check(text, date=dt.date.fromisoformat(day), engine=engine)["claims"]
        assert claims and all(c["verdict"] == "unverifiable" and "repatria" in c["explanation"]
                              for c in claims), text
    # Mexico's own returns of foreigners stay Mexico's count.
    c = one(engine, "México deportó por la frontera terrestre con Guatemala a 90 mil 452 "
            "centroamericanos de enero a julio de 2019.", "2019-08-15")
    assert c["measure"] == "mx_returns"


def test_the_day_a_year_closes_and_attempts_to_cross(engine: Engine) -> None:
    # Border Patrol, Southwest, FY2019: 851,508, second of FY2007–FY2019 to FY2007's 858,638
    # (FY2006: 1,071,972): "the highest in 13 years" is roughly right. "Que cierra el 30 de
    # septiembre" says when the year ends, not a day counted.
    c = one(engine, "Si se mantiene la tendencia, las detenciones para el año fiscal 2019, que "
            "cierra el 30 de septiembre, serán las más altas en 13 años, dijo el jefe de la "
            "Patrulla Fronteriza.", "2019-06-05")
    assert (c["kind"], c["periods"], c["verdict"]) == ("rank_record", ["FY2019"],
                                                       "roughly_accurate")
    assert "858,638" in c["explanation"]
    # CBP, nationwide, Venezuelans: FY2021 50,499; FY2023 334,914. "Have tried to cross" counts
    # the attempts (encounters), not an estimate.
    claims = check("About 800,000 Venezuelans have tried to cross since 2021, with the number "
                   "surging from about 50,500 in fiscal year 2021 to 334,900 in fiscal year "
                   "2023.", date=dt.date(2024, 3, 1), engine=engine)["claims"]
    assert [c["verdict"] for c in claims][1:] == ["accurate", "accurate"]


def test_the_day_something_was_said_is_no_day_counted(engine: Engine) -> None:
    # All CBP, Southwest, April 2022: 235,785, the highest month the all-CBP series holds.
    c = one(engine, "On May 17, my colleague Rob Law reported that CBP encountered 235,785 "
            "migrants at the Southwest border in April.", "2022-06-09", kind="total")
    assert c["verdict"] == "accurate"
    # All CBP, Southwest, FY2024: 2,135,005, above 2 million. "Que el año fiscal 2024 cierre el
    # 30 de septiembre" says when the year ends: the claim is the year's, not a September's.
    c = one(engine, "Si se mantiene el promedio, se espera que el año fiscal 2024 cierre el 30 "
            "de septiembre con más de 2 millones de encuentros en la frontera suroeste.",
            "2024-08-15", kind="total")
    assert c["periods"] == ["FY2024"] and c["verdict"] == "accurate"
    assert "2,135,005" in c["explanation"]


def test_a_change_since_a_month_and_a_difference_before_its_base(engine: Engine) -> None:
    # Border Patrol, Southwest: May 2023 171,382; June 2023 99,538 (-41.9%).
    claims = check("El mes pasado los agentes fronterizos detuvieron a 99.545 migrantes en la "
                   "frontera suroeste, lo que representa una disminución del 42 % desde mayo de "
                   "2023 cuando se detuvieron 169.244 extranjeros.", date=dt.date(2023, 7, 15),
                   engine=engine)["claims"]
    change = next(c for c in claims if c["kind"] == "change")
    assert change["periods"] == ["2023-06"] and "171,382" in change["explanation"]
    assert change["verdict"] in ("accurate", "roughly_accurate")
    # "Alrededor de 100.000 más de los 2.38 millones": a difference, not a level.
    assert [q.role for q in quantities("alrededor de 100.000 más de los 2.38 millones de "
                                       "encuentros")] == ["difference", "count"]


def test_each_figure_of_a_list_takes_its_own_sector_or_border(engine: Engine) -> None:
    # Border Patrol, March 2024: Tucson 41,938; San Diego 33,784; El Paso 30,421.
    claims = check("Tucson Sector agents apprehended nearly 42,000 migrants in March. This was "
                   "followed by the San Diego Sector’s apprehension of nearly 34,000 migrants "
                   "and El Paso’s 30,000 migrants.", date=dt.date(2024, 4, 25),
                   engine=engine)["claims"]
    assert [(c["filters"].get("sector"), c["verdict"]) for c in claims] == [
        (["Tucson"], "accurate"), (["San Diego"], "accurate"), (["El Paso"], "accurate")]
    # CBP, Indians, FY2023: 96,917 in all; 30,010 at the northern border; 41,770 at the
    # Southwest border (41,719 of them Border Patrol's).
    claims = check("Between October 2022 and September 2023, an astonishing 96,917 Indians "
                   "were arrested, with 30,010 caught on the Canadian border and 41,770 at the "
                   "frontier with Mexico.", date=dt.date(2023, 11, 4), engine=engine)["claims"]
    assert [c["verdict"] for c in claims] == ["accurate"] * 3
    assert [c["official"][0]["value"] for c in claims][:2] == [96_917, 30_010]


def test_last_year_beside_a_fiscal_year_and_the_year_so_far(engine: Engine) -> None:
    # Border Patrol, Southwest: FY2017 303,916; FY2018 396,579 (+30.5%).
    c = one(engine, "The federal agency made nearly 400,000 apprehensions along the Southwest "
            "border in fiscal year 2018, up 30 percent from last year.", "2018-10-15",
            kind="change")
    assert c["verdict"] == "accurate" and "303,916" in c["explanation"]
    # Border Patrol, Southwest, FY2020 to August: August 2020 47,283 is the highest of the 11.
    c = one(engine, "Border encounters reached nearly 50,000 in August, the highest since the "
            "fiscal year began last October.", "2020-09-09", kind="rank_record")
    assert c["periods"] == ["2020-08"] and c["verdict"] == "accurate"


def test_the_days_that_describe_a_fiscal_year_and_captured_people(engine: Engine) -> None:
    # Border Patrol, Southwest, October 2019 – August 2020: 345,880. "Que comenzó el 1 de
    # octubre del año pasado y concluye el 30 de septiembre" describes the fiscal year; people
    # "capturados" were stopped, not let in.
    assert refs("En lo que ha transcurrido del período fiscal 2020, que comenzó el 1 de octubre "
                "del año pasado y concluye el 30 de septiembre próximo", "2020-09-04") == [
        ("fiscal_year", ["FY2020"])]
    c = one(engine, "En lo que ha transcurrido del período fiscal 2020, que comenzó el 1 de "
            "octubre del año pasado y concluye el 30 de septiembre próximo, las autoridades "
            "estadounidenses han capturado en esa región a 345.267 extranjeros que cruzaron la "
            "frontera por sitios no autorizados.", "2020-09-04")
    assert c["verdict"] == "accurate" and "345,880" in c["explanation"]


def test_sectors_named_in_spanish(engine: Engine) -> None:
    # Border Patrol, October 2022 – August 2023: Rio Grande Valley 292,573; Del Rio 347,538.
    c = one(engine, "El sector Valle del Río Grande registró 292 mil 573 encuentros entre "
            "octubre de 2022 y agosto de 2023.", "2023-09-15")
    assert c["filters"] == {"sector": ["Rio Grande Valley"]} and c["verdict"] == "accurate"
    c = one(engine, "En el sector de Del Río, la Patrulla Fronteriza detuvo a 347 mil 538 "
            "migrantes entre octubre de 2022 y agosto de 2023.", "2023-09-15")
    assert c["filters"] == {"sector": ["Del Rio"]} and c["verdict"] == "accurate"


def test_the_level_a_change_runs_from_is_of_its_base_period(engine: Engine) -> None:
    # Border Patrol, Southwest: FY2022 2,206,436; FY2023 2,045,838. "Down from 2.2 million"
    # states FY2022's level (+0.3% from 2.2 million), not FY2023's (-7.0%).
    text = ("Border Patrol apprehended 2,045,838 migrants at the southwest border in fiscal "
            "2023, down from {} million.")
    c = one(engine, text.format("2.2"), "2024-01-10", kind="change")
    assert c["claimed"]["level"] == "before" and c["verdict"] == "accurate"
    assert [p["claimed"]["words"] for p in c["parts"]] == ["2,045,838"]
    # 2.5 million is 13% above FY2022's level.
    c = one(engine, text.format("2.5"), "2024-01-10", kind="change")
    assert c["verdict"] == "inaccurate" and "2,206,436" in c["explanation"]
    # All CBP, Southwest: December 2023 301,981; January 2024 176,195. "Fell to" states the
    # level reached, "down from" the one left.
    claims = check("Southwest border encounters fell to 176,000 in January 2024, down from "
                   "302,000.", date=dt.date(2024, 2, 20), engine=engine)["claims"]
    assert [(c["claimed"]["level"], c["verdict"]) for c in claims] == [
        ("after", "accurate"), ("before", "accurate")]
    # Darién, April 2024 29,259 → April 2025 73: "en comparación a los 29.259" is the base.
    c = one(engine, "Un descenso significativo en comparación a los 29.259 que cruzaron el "
            "Darién en abril del año pasado.", "2025-04-25", kind="change")
    assert c["claimed"]["level"] == "before"


def test_a_figure_of_people_with_no_statistic_named_is_found_not_judged(
        engine: Engine) -> None:
    # No agency, series or crossing is named: the figures are claims a reader should see,
    # and none can be checked as read.
    claims = check("The proportion of Haitians rose to 40%, or about 20,000 people, officials "
                   "said.", date=dt.date(2022, 5, 1), engine=engine)["claims"]
    assert claims and {c["verdict"] for c in claims} == {"unverifiable"}
    assert "does not say what is counted" in claims[0]["explanation"]
    # A figure of no people at all is not a claim about the corridor, nor is a story's
    # count under a hundred.
    for text in ("At the highest levels of government, 3 officials resigned in 2022.",
                 "He was born in 1971 and has 3 children."):
        assert check(text, date=dt.date(2022, 5, 1), engine=engine)["claims"] == []
    # A sentence no rule reads as a claim still shows its figure of people, unverifiable
    # ("about 45 percent are Guatemalan nationals" is a share, of no statistic named).
    c = one(engine, "Of those, about 45 percent Guatemalan nationals.", "2023-05-01")
    assert c["verdict"] == "unverifiable" and "could not read" in c["explanation"]
    c = one(engine, "Today, about 45 percent are Guatemalan nationals.", "2023-05-01")
    assert c["kind"] == "share" and "does not say what is counted" in c["explanation"]
    # In a text about the corridor, a figure needs no word for people beside it to be shown;
    # alone, the same sentence says nothing of the corridor.
    text = "Pasaron de 33 mil en 2020 a 90 mil en 2024, en tan sólo cuatro años."
    claims = check("La asociación civil atiende a migrantes en la frontera. " + text,
                   date=dt.date(2025, 1, 10), engine=engine)["claims"]
    assert claims and {c["verdict"] for c in claims} == {"unverifiable"}
    assert check(text, date=dt.date(2025, 1, 10), engine=engine)["claims"] == []


def test_countries_listed_with_their_figures_are_each_figure_s_nationality(
        engine: Engine) -> None:
    # Darién, 2023: Venezuelans 328,650, Ecuadorians 57,250, Haitians 46,422.
    for text in ("Some 520,085 migrants crossed the Darien in 2023. Venezuela accounted for "
                 "328,667, followed by Ecuador with 57,222 and Haiti with 46,558.",
                 "En 2023, 520.085 migrantes cruzaron el Darién. Venezuela registró 328.667, "
                 "seguida por Ecuador con 57.222 y Haití con 46.558."):
        claims = check(text, date=dt.date(2024, 1, 20), engine=engine)["claims"]
        assert [(c["filters"].get("citizenship"), c["verdict"]) for c in claims] == [
            (None, "accurate"), (["VEN"], "accurate"), (["ECU"], "accurate"),
            (["HTI"], "accurate")], text
    # A country that counts people of its own is no nationality: "Guatemala registró" is
    # IGM's count of returns.
    from borderstats.claims.lexicon import nationalities

    assert nationalities("Guatemala registró 60,000 retornos") == []


def test_a_claim_in_words_about_the_corridor_is_found_not_judged(engine: Engine) -> None:
    # A record, trend or change stated without a figure or a statistic the checker can name,
    # in a sentence about the corridor, is reported unverifiable rather than dropped.
    for text in ("Under past administrations, the border didn't go down — it went up.",
                 "This scale of illegal immigrant apprehension at the border in February has "
                 "not been seen since 2006.",
                 "The President spoke about the border on Friday. That was the lowest number "
                 "in history."):
        claims = check(text, date=dt.date(2024, 5, 1), engine=engine)["claims"]
        assert [c["verdict"] for c in claims] == ["unverifiable"], text
        assert "could not tie to a series" in claims[0]["explanation"]
    # Seniority is no record, and a superlative off the corridor is no claim about it.
    for text in ("The White House works at the highest levels with the government of Mexico "
                 "on migration.", "Inflation rose to its highest level in decades."):
        assert check(text, date=dt.date(2024, 5, 1), engine=engine)["claims"] == [], text


def test_a_base_restated_after_a_change_is_that_change_s(engine: Engine) -> None:
    # All CBP, Southwest: December 2022 252,315 (the record then); January 2023 157,358.
    # "Down from … tallied in December" is the base of "fell to … last month", not a change
    # into December.
    claims = check("The number of migrants stopped along the Mexico border last month fell to "
                   "about 150,000, down from the record-high 251,487 tallied in December, "
                   "according to U.S. Customs and Border Protection data.",
                   date=dt.date(2023, 2, 1), engine=engine)["claims"]
    changes = [c for c in claims if c["kind"] == "change"]
    assert [c["periods"] for c in changes] == [["2023-01"], ["2023-01"]]
    assert changes[1]["claimed"]["level"] == "before" and "252,315" in changes[1]["explanation"]
    assert {c["verdict"] for c in changes} <= {"accurate", "roughly_accurate"}


def test_the_corresponding_period_of_a_year_is_a_base(engine: Engine) -> None:
    # Darién: January–September 2023 408,972; January–September 2022 151,582 (+169.8%).
    # "The corresponding period in 2022" is the base of "this surge", the months the
    # sentence before counted, not a subject of its own against the month before it.
    claims = check("Between January and September 2023, nearly 409,000 arrivals have been "
                   "documented in the Darien region, with a notable spike in August, totaling "
                   "81,950 arrivals. This surge represents a 170% increase compared to the "
                   "corresponding period in 2022.", date="2023-11-20", engine=engine)["claims"]
    change = next(c for c in claims if c["kind"] == "change")
    assert [f["period"] for f in change["official"]] == ["2022-01..2022-09", "2023-01..2023-09"]
    assert change["verdict"] == "accurate"


def test_the_same_time_frame_last_fiscal_year(engine: Engine) -> None:
    # All CBP, Southwest: October–December 2021 518,935; October–December 2022 719,017
    # (+38.6%).
    c = one(engine, "During the first three months of FY23, encounters totaled 719,017, an "
            "increase of 39% from the same time frame last fiscal year.", "2023-02-02",
            kind="change")
    assert c["verdict"] == "accurate" and "518,935" in c["explanation"]


def test_the_whole_country_s_figure_where_no_border_is_named(engine: Engine) -> None:
    # Unaccompanied children, nationwide: December 2024 6,858, July 2025 514; Southwest
    # border: 6,823 and 475. No border is named ("Customs and Border Protection" is the
    # agency), so "515" matching the nationwide figure is not judged as the border's.
    text = ("According to U.S. Customs and Border Protection data, the administration has "
            "overseen a sharp decline in unaccompanied children encountered by federal "
            "officers, falling from 6,862 in December to only 515 in July.")
    c = one(engine, text, "2025-08-20", kind="change")
    assert c["verdict"] in ("accurate", "roughly_accurate")
    assert {p["verdict"] for p in c["parts"]} <= {"accurate", "roughly_accurate"}
    # Named at the border, the figure is the border's, 8% above its 475.
    c = one(engine, text.replace("federal officers,", "federal officers at the border,"),
            "2025-08-20", kind="change")
    assert c["verdict"] == "inaccurate"


def test_a_second_relation_compares_the_subject_not_the_first_one_s_base(
        engine: Engine) -> None:
    # Border Patrol, El Paso sector: FY2020 54,396; FY2022 307,844; FY2023 427,471.
    # "More than seven times the number in fiscal 2020" is FY2023's (7.86×), not FY2022's,
    # which the relation before named as its base (5.66×).
    claims = check("Border Patrol agents apprehended 427,490 migrants in the El Paso sector in "
                   "fiscal 2023, an increase of 39 percent over the 307,844 of fiscal 2022 and "
                   "more than seven times the number in fiscal 2020.",
                   date=dt.date(2023, 10, 8), engine=engine)["claims"]
    c = next(c for c in claims if c["kind"] == "comparison")
    assert (c["periods"], c["verdict"]) == (["FY2023"], "accurate")


def test_a_level_after_a_change_is_its_base(engine: Engine) -> None:
    # CBP, Southwest: December 2023 301,981; November 2024 94,183; December 2024 96,033
    # (-68.2% on the year, +2.0% on the month). "Frente a los 302 mil de diciembre de 2023"
    # is the base, not the month before December 2024.
    c = one(engine, "En diciembre de 2024 los encuentros en la frontera sur cayeron a 96 mil, "
            "frente a los 302 mil de diciembre de 2023.", "2025-01-20", kind="change")
    assert c["verdict"] == "accurate" and "301,981" in c["explanation"]
    c = one(engine, "En diciembre de 2024 los encuentros en la frontera sur subieron a 96 mil, "
            "frente a los 302 mil de diciembre de 2023.", "2025-01-20", kind="change")
    assert c["verdict"] == "inaccurate"
    # IGM, all Guatemalans returned: 2023 79,697; 2024 76,768 (-3.7%). "Del año anterior",
    # after a change in 2024, is 2023, not the year before the text's date.
    c = one(engine, "Los retornos de guatemaltecos bajaron a 76 mil 768 en 2024, contra 79 mil "
            "697 del año anterior.", "2025-01-20", kind="change")
    assert c["periods"] == ["2024"] and "79,697" in c["explanation"]
    assert c["verdict"] == "accurate"


def test_a_whole_named_before_or_after_its_part_keeps_only_its_own_group(
        engine: Engine) -> None:
    # UPM, 2024: 1,231,320 events, 361,203 of them Venezuelans'. The whole named first, at
    # the head of the clause, is everyone's; the group named after the part is the part's.
    claims = check("Del total de 1,23 millones de migrantes detenidos en México en 2024, 361 mil "
                   "203 correspondieron a venezolanos.", date=dt.date(2025, 2, 1),
                   engine=engine)["claims"]
    assert [(c["filters"], c["verdict"]) for c in claims] == [
        ({}, "accurate"), ({"citizenship": ["VEN"]}, "accurate")]
    # Darién, 2023: 520,085 transits, 328,650 of them Venezuelans'. The Darién, settled by
    # the exact figure of the sentence, is not cut by that figure's nationality for the
    # whole after "de los".
    claims = check("Los venezolanos fueron 328 mil 650 de los 520 mil que cruzaron en 2023.",
                   date=dt.date(2024, 1, 15), engine=engine)["claims"]
    assert [c["verdict"] for c in claims] == ["accurate", "accurate"]
    assert claims[1]["official"][0]["value"] == 520_085


def test_a_level_before_more_than_the_year_before_is_its_own_year(engine: Engine) -> None:
    # Border Patrol, Southwest: FY2021 1,659,206; FY2022 2,206,436 (+33.0%). "2.2 millones"
    # is FY2022's; "que el año anterior" names only the base.
    c = one(engine, "Durante el año fiscal 2022, la Patrulla Fronteriza realizó 2.2 millones de "
            "detenciones en la frontera con México, 33% más que el año anterior.", "2022-11-01")
    assert c["verdict"] == "accurate"
    assert [(p["periods"], p["verdict"]) for p in c["parts"]] == [(["FY2022"], "accurate")]


def test_each_figure_of_a_short_list_and_of_a_whole_takes_its_own_nationality(
        engine: Engine) -> None:
    # Darién, 2023: 520,085 in all; Venezuela 328,650; Ecuador 57,250.
    claims = check("En 2023 cruzaron el Darién 328 mil venezolanos y 57 mil ecuatorianos.",
                   date=dt.date(2024, 1, 10), engine=engine)["claims"]
    assert [(c["filters"], c["verdict"]) for c in claims] == [
        ({"citizenship": ["VEN"]}, "accurate"), ({"citizenship": ["ECU"]}, "accurate")]
    claims = check("En 2023 cruzaron el Darién 328 mil venezolanos y 27 mil ecuatorianos.",
                   date=dt.date(2024, 1, 10), engine=engine)["claims"]
    assert [c["verdict"] for c in claims] == ["accurate", "inaccurate"]
    # "Entre ellas", "including" before the part's figure: the whole is everyone.
    claims = check("En 2023 cruzaron el Darién 520 mil personas, entre ellas 328 mil "
                   "venezolanos.", date=dt.date(2024, 1, 10), engine=engine)["claims"]
    assert [(c["filters"], c["verdict"]) for c in claims] == [
        ({}, "accurate"), ({"citizenship": ["VEN"]}, "accurate")]


def test_the_lowest_in_recent_history_is_a_window_of_recent_years(engine: Engine) -> None:
    # Border Patrol, Southwest: February 2025 8,353, the lowest month since 2005 of those
    # published by March 15, 2025 (March's 7,180 came out later). "En la historia reciente"
    # bounds the window; it is no claim about all time.
    c = one(engine, "En febrero de 2025 la Patrulla Fronteriza detuvo a 8 mil 353 personas, la "
            "cifra más baja en la historia reciente.", "2025-03-15", kind="rank_record")
    assert c["verdict"] == "accurate"


def test_a_record_year_with_no_year_named_is_the_last_complete_year(engine: Engine) -> None:
    # UPM: 2024 1,231,320, the highest calendar year (2023 778,907). Said on 2025-02-01, "un
    # año récord" is 2024, not a month of the last six (August 2024, 96,184, was no record).
    c = one(engine, "México vivió un año récord de detenciones de migrantes.", "2025-02-01")
    assert c["periods"] == ["2024"] and c["verdict"] == "accurate"
    # CBP, Southwest: FY2023 2,475,669, the highest fiscal year on file (FY2022 2,378,944).
    c = one(engine, "La CBP reportó un año récord de encuentros en la frontera suroeste.",
            "2023-10-25")
    assert c["periods"] == ["FY2023"] and c["verdict"] == "accurate"


def test_halves_and_quarters_of_a_million_in_words() -> None:
    # "Y medio" is half of a million after "millón"/"millones"; "un cuarto de millón" is
    # 250,000, not a fraction.
    assert [(q.value, q.kind) for q in quantities("casi dos millones y medio de encuentros")] \
        == [(2_500_000, "count")]
    assert [(q.value, q.kind) for q in quantities("un millón y medio de personas")] == [
        (1_500_000, "count")]
    assert [(q.value, q.kind) for q in quantities("casi un cuarto de millón de personas")] == [
        (250_000, "count")]
    assert [(q.value, q.kind) for q in quantities("nearly two and a half million")] == [
        (2_500_000, "count")]
    assert [(q.value, q.kind) for q in quantities("un cuarto de los migrantes")] == [
        (0.25, "fraction")]


def test_a_quarter_of_a_million_crossed_the_darien(engine: Engine) -> None:
    # Darién: 2022 248,284 (just under 250,000); 2021 133,726.
    c = one(engine, "Casi un cuarto de millón de personas cruzaron el Darién en 2022.",
            "2023-01-15")
    assert c["verdict"] == "accurate"
    c = one(engine, "Casi un cuarto de millón de personas cruzaron el Darién en 2021.",
            "2022-01-15")
    assert c["verdict"] == "inaccurate"


def test_a_rate_whose_day_is_named_before_the_figure(engine: Engine) -> None:
    # Darién, 2024: 302,203 over 366 days, 826 a day.
    c = one(engine, "Cada día de 2024, en promedio, más de 800 personas cruzaron la selva del "
            "Darién.", "2025-01-20")
    assert c["kind"] == "rate" and c["verdict"] == "accurate"
    c = one(engine, "Cada día de 2024, en promedio, más de 1.500 personas cruzaron la selva del "
            "Darién.", "2025-01-20")
    assert c["kind"] == "rate" and c["verdict"] == "inaccurate"
    # CBP, Southwest, FY2023: 2,475,669 over 365 days, 6,783 a day.
    c = one(engine, "Diariamente, unas 6 mil 800 personas fueron detenidas en la frontera "
            "suroeste durante el año fiscal 2023.", "2023-11-20")
    assert c["kind"] == "rate" and "6,783" in c["explanation"]


def test_a_group_after_of_them_is_not_the_whole_s(engine: Engine) -> None:
    # Darién, 2023: 520,085 in all (113,180 minors; 328,650 Venezuelans).
    for text in ("En 2023 cruzaron el Darién 520 mil personas, muchas de ellas niños y mujeres.",
                 "En 2023, 520 mil personas, incluidos niños y mujeres embarazadas, cruzaron el "
                 "Darién."):
        c = one(engine, text, "2024-02-01")
        assert c["filters"] == {} and c["verdict"] == "accurate"
    c = one(engine, "En 2023 cruzaron el Darién 113 mil 180 niños.", "2024-02-01")
    assert c["official"][0]["value"] == 113_180 and c["verdict"] == "accurate"


def test_the_fiscal_year_just_ended_and_the_year_so_far_named_by_its_number(
        engine: Engine) -> None:
    # Said on 2024-11-05, in FY2025's second month: "el último año fiscal", "el año fiscal que
    # acaba de terminar", "the fiscal year that ended" are FY2024, not the months since
    # November 2023 nor FY2025.
    day = "2024-11-05"
    assert refs("En el último año fiscal, la CBP registró", day) == [
        ("relative", ["FY2024"])]
    assert refs("En el año fiscal que acaba de terminar, la Patrulla", day) == [
        ("relative", ["FY2024"])]
    assert refs("in the fiscal year that ended Sept. 30", day)[0] == ("relative", ["FY2024"])
    # "En lo que va de 2024" is that year, which the checker cuts to the months so far.
    assert refs("En lo que va de 2024, más de 280 mil", day) == [("year", ["2024"])]
    # Border Patrol, Southwest, FY2024: 1,530,523. Darién, January–October 2024: 286,210.
    c = one(engine, "En el año fiscal que acaba de terminar, la Patrulla Fronteriza detuvo a 1,5 "
            "millones de migrantes en la frontera sur.", day)
    assert c["periods"] == ["FY2024"] and c["verdict"] == "accurate"
    c = one(engine, "En lo que va de 2024, más de 280 mil personas han cruzado el Darién.", day)
    assert c["verdict"] == "accurate"


def test_cbp_at_the_southwest_border_is_not_the_nationwide_total(engine: Engine) -> None:
    # FY2024: CBP Southwest 2,135,005; nationwide 2,901,142. The border the sentence names
    # is not the whole country, even when CBP is named as the counter.
    c = one(engine, "In fiscal 2024, CBP recorded 2.9 million encounters at the southwest "
            "border.", "2024-11-05")
    assert c["verdict"] == "inaccurate" and "2,135,005" in c["explanation"]
    c = one(engine, "En el año fiscal 2024, la CBP registró 2,1 millones de encuentros en la "
            "frontera suroeste.", "2024-11-05")
    assert c["verdict"] == "accurate"
    c = one(engine, "In fiscal 2024, CBP recorded 2.9 million encounters nationwide.",
            "2024-11-05")
    assert c["verdict"] == "accurate"


def test_guatemalans_returned_by_mexico_seen_from_either_side(engine: Engine) -> None:
    # 2023: IGM, Guatemalans received from Mexico 24,395; UPM, Guatemalans Mexico deported
    # or returned 25,741. Either side's count is a reading; the figure tells which.
    c = one(engine, "Durante 2023 fueron retornados por vía terrestre desde México 24 mil 395 "
            "guatemaltecos.", "2024-01-10")
    assert c["measure"] == "gt_returns" and c["verdict"] == "accurate"
    c = one(engine, "Durante 2023 México deportó o retornó a 25 mil 741 guatemaltecos.",
            "2024-01-10")
    assert c["measure"] == "mx_returns" and c["verdict"] == "accurate"
    c = one(engine, "Durante 2023 México deportó o retornó a 35 mil guatemaltecos.",
            "2024-01-10")
    assert c["verdict"] == "inaccurate"


def test_a_plural_verb_of_change_before_a_difference(engine: Engine) -> None:
    # UPM: 2022 441,409; 2023 778,907 (337,498 more). "Aumentaron en 337 mil" states the
    # difference, not a level.
    assert [q.role for q in quantities("las detenciones aumentaron en 337 mil")] == [
        "difference"]
    c = one(engine, "En 2023 las detenciones en México aumentaron en 337 mil respecto a 2022.",
            "2024-02-10")
    assert c["verdict"] == "accurate" and "337,498" in c["explanation"]
    c = one(engine, "En 2023 las detenciones en México aumentaron en 437 mil respecto a 2022.",
            "2024-02-10")
    assert c["verdict"] == "inaccurate"


def test_a_change_between_two_years_is_year_against_year(engine: Engine) -> None:
    # UPM: 2022 441,409; 2023 778,907 (+76.5%). "Entre 2022 y 2023" is the two years, not
    # January 2022 (23,273) against December 2023 (94,816).
    c = one(engine, "Entre 2022 y 2023 las detenciones de migrantes en México aumentaron 76%.",
            "2024-02-10")
    assert c["periods"] == ["2023"] and c["verdict"] == "accurate"
    # CBP, Southwest: FY2022 2,378,944; FY2023 2,475,669 (+4.1%).
    c = one(engine, "From fiscal year 2022 to fiscal year 2023, southwest border encounters "
            "rose 4%.", "2024-02-10")
    assert c["periods"] == ["FY2023"] and c["verdict"] == "accurate"


def test_a_month_ranked_within_the_fiscal_year_it_is_of(engine: Engine) -> None:
    # CBP, Southwest, FY2024 to February: October 240,927; November 242,399; December
    # 301,981; January 176,195; February 189,913. "Del año fiscal" bounds the ranking.
    assert refs("el segundo mes más bajo del año fiscal", "2024-03-20") == [
        ("relative", ["FY2024"])]
    c = one(engine, "Febrero fue el segundo mes más bajo del año fiscal en encuentros en la "
            "frontera suroeste.", "2024-03-20", kind="rank_record")
    assert c["verdict"] == "accurate"
    c = one(engine, "Diciembre fue el mes más bajo del año fiscal en encuentros en la frontera "
            "suroeste.", "2024-03-20", kind="rank_record")
    assert c["verdict"] == "inaccurate"


def test_hasta_after_a_change_is_the_level_reached(engine: Engine) -> None:
    # Darién: 2022 248,284; 2023 520,085 (2.09×). "Hasta los 520 mil" after "se duplicó" is
    # the level 2023 reached, not "at most 520,000" (which 520,085 would break).
    c = one(engine, "El paso de migrantes por la peligrosa jungla del Darién se duplicó en 2023 "
            "hasta los 520 mil.", "2024-01-15", kind="change")
    assert c["periods"] == ["2023"] and c["verdict"] == "accurate"
    assert [p["verdict"] for p in c["parts"]] == ["accurate"]


def test_so_far_in_a_fiscal_year_named_by_its_number(engine: Engine) -> None:
    # CBP, Southwest, October 2023 – May 2024: 1,691,227. "En lo que va del año fiscal 2024"
    # is the year so far; its "que" marks no base.
    c = one(engine, "En lo que va del año fiscal 2024, la CBP suma casi 1,7 millones de "
            "encuentros en la frontera suroeste.", "2024-06-20")
    assert c["periods"] == ["2023-10..2024-05"] and c["verdict"] == "accurate"


def test_the_same_period_of_a_year_named_is_those_months_of_it(engine: Engine) -> None:
    # Border Patrol, Southwest: October 2023 – May 2024 1,278,724; October 2022 – May 2023
    # 1,413,841 (-9.6%); all of FY2023 2,045,838 (-37.5%).
    c = one(engine, "En lo que va del año fiscal 2024, la Patrulla Fronteriza ha detenido a 1,28 "
            "millones de migrantes, 10% menos que en el mismo periodo del año fiscal 2023.",
            "2024-06-20", kind="comparison")
    assert c["verdict"] == "accurate" and "1,413,841" in c["explanation"]


def test_the_level_after_to_is_the_one_the_change_reached(engine: Engine) -> None:
    # All CBP, Southwest: February 2021 101,099, March 2021 173,277 (+71.4%). "From February
    # to March" names the span; "to more than 173,000" is March's level, not February's.
    c = one(engine, "Encounters at the southwest border jumped 71% from February to March, to "
            "more than 173,000.", "2021-04-10", kind="change")
    assert c["verdict"] == "accurate"
    assert [(p["periods"], p["verdict"]) for p in c["parts"]] == [(["2021-03"], "accurate")]
    # Border Patrol, Southwest: August 2023 181,054, September 2023 218,763 (+20.8%); the
    # base month is named nearest the level, which is still September's.
    c = one(engine, "Border Patrol apprehensions at the southern border soared 21% in "
            "September from August, to nearly 219,000.", "2023-10-25", kind="change")
    assert c["verdict"] == "accurate"
    assert [(p["periods"], p["verdict"]) for p in c["parts"]] == [(["2023-09"], "accurate")]


def test_months_ending_in_a_month_and_the_last_months_of_a_year() -> None:
    # Twelve months to a September are that fiscal year; "the last three months of 2023"
    # are October–December 2023, not the latest three months.
    assert refs("the 12 months ending in September", "2024-10-25") == [
        ("fiscal_year", ["FY2024"])]
    assert refs("the six months through March 2024", "2024-05-01") == [
        ("range", ["2023-10..2024-03"])]
    assert refs("fell 36 percent from the last three months of 2023", "2024-04-20") == [
        ("range", ["2023-10..2023-12"])]
    assert refs("the final quarter of fiscal 2024", "2025-01-10") == [
        ("range", ["2024-07..2024-09"])]


def test_a_span_since_a_month_named_in_that_month_starts_a_year_before() -> None:
    # Written on 20 December 2024, "since December" is December 2023 to the last month
    # ended (November 2024); "since November" is November 2024.
    assert refs("has dropped by more than 80 percent since December", "2024-12-20") == [
        ("since", ["2023-12..2024-11"])]
    assert refs("has dropped since November", "2024-12-20") == [("since", ["2024-11"])]


def test_changes_over_spans_of_months_years_and_twelve_months(engine: Engine) -> None:
    # All CBP, Southwest: FY2021 1,734,686, FY2023 2,475,669 (+42.7%).
    c = one(engine, "Between fiscal 2021 and fiscal 2023, southwest border encounters rose by "
            "about 43 percent.", "2023-11-10", kind="change")
    assert c["verdict"] == "accurate" and "1,734,686 in FY2021" in c["explanation"]
    # Border Patrol, Southwest: December 2023 249,740, June 2024 83,532 (-66.6%): two-thirds.
    c = one(engine, "Border Patrol apprehensions at the southern border fell by about "
            "two-thirds between December 2023 and June 2024.", "2024-07-20", kind="change")
    assert c["verdict"] == "accurate" and "249,740" in c["explanation"]
    # Border Patrol, Southwest: FY2024 1,530,523, FY2023 2,045,838 (-25.2%).
    c = one(engine, "The Border Patrol made 1.53 million arrests at the southern border in the "
            "12 months ending in September, a 25 percent decline from the year before.",
            "2024-10-25", kind="change")
    assert c["verdict"] == "accurate" and "2,045,838 in FY2023" in c["explanation"]
    # Border Patrol, Southwest: October–December 2023 629,595, January–March 2024 402,329
    # (-36.1%).
    c = one(engine, "Border Patrol apprehensions at the southwest border in the first three "
            "months of 2024 fell 36 percent from the last three months of 2023.", "2024-04-20",
            kind="change")
    assert c["verdict"] == "accurate" and "629,595" in c["explanation"]
    # Border Patrol, Southwest: December 2023 249,740, November 2024 46,612 (-81.3%).
    c = one(engine, "The number of migrants caught crossing illegally has dropped by more "
            "than 80 percent since December, when Border Patrol recorded nearly 250,000 "
            "apprehensions.", "2024-12-20", kind="change")
    assert c["verdict"] == "accurate" and "249,740" in c["explanation"]


def test_the_southwest_border_named_is_not_the_nation(engine: Engine) -> None:
    # All CBP: Southwest FY2022 2,378,944, FY2023 2,475,669 (+4.1%); nationwide FY2022
    # 2,766,582, FY2023 3,201,144 (+15.7%). "CBP" names the publisher of both, but the border
    # is named: a figure that fits only the nation is wrong for the border.
    c = one(engine, "CBP encounters at the southwest border rose 16% in fiscal 2023.",
            "2023-11-10")
    assert c["measure"] == "swb_encounters" and c["verdict"] == "inaccurate"
    c = one(engine, "CBP recorded 2.77 million encounters at the southwest border in fiscal "
            "2022.", "2023-11-10")
    assert c["measure"] == "swb_encounters" and c["verdict"] == "inaccurate"
    # With no border named, the nationwide total is still a reading.
    c = one(engine, "CBP recorded 2.77 million encounters in fiscal 2022.", "2023-11-10")
    assert c["measure"] == "nationwide_encounters" and c["verdict"] == "accurate"


def test_a_difference_with_its_people_and_period_before_than(engine: Engine) -> None:
    # Border Patrol, Southwest: FY2022 2,206,436, FY2023 2,045,838: 160,598 fewer. All CBP,
    # Southwest: FY2021 1,734,686, FY2022 2,378,944: 644,258 more.
    c = one(engine, "There were about 160,000 fewer apprehensions last fiscal year than the "
            "year before.", "2024-01-10")
    assert c["kind"] == "comparison" and c["verdict"] == "accurate"
    c = one(engine, "CBP recorded roughly 640,000 more encounters at the southwest border in "
            "fiscal 2022 than in fiscal 2021.", "2022-11-10")
    assert c["kind"] == "comparison" and c["verdict"] == "accurate"
    # 900,000 is 40% above 644,258; "more" where there were fewer is the wrong direction.
    c = one(engine, "CBP recorded roughly 900,000 more encounters at the southwest border in "
            "fiscal 2022 than in fiscal 2021.", "2022-11-10")
    assert c["verdict"] == "inaccurate"
    c = one(engine, "Border Patrol made about 160,000 more apprehensions at the southwest "
            "border in fiscal 2023 than in fiscal 2022.", "2024-01-10")
    assert c["verdict"] == "inaccurate"
    # Any people counted, in either language ("al menos" is "at least", no difference):
    # Salvadorans, Border Patrol, Southwest: June 2024 3,040, July 2,139, 901 fewer; May
    # 3,899.
    c = one(engine, "Border Patrol apprehended 901 fewer Salvadorans in July than in June.",
            "2024-08-15")
    assert (c["kind"], c["verdict"]) == ("comparison", "accurate"), c["explanation"]
    c = one(engine, "Hubo 901 salvadoreños retenidos menos en julio de 2024 que en junio.",
            "2024-08-15")
    assert (c["kind"], c["verdict"]) == ("comparison", "accurate"), c["explanation"]
    c = one(engine, "Border Patrol apprehended 901 fewer Salvadorans in July than in May.",
            "2024-08-15")
    assert (c["kind"], c["verdict"]) == ("comparison", "inaccurate"), c["explanation"]
    c = one(engine, "La Patrulla Fronteriza detuvo a 2,139 salvadoreños al menos en julio de "
            "2024.", "2024-08-15")
    assert (c["kind"], c["verdict"]) == ("total", "accurate"), c["explanation"]


def test_a_change_after_its_levels_is_against_the_base_they_named(engine: Engine) -> None:
    # All CBP, Southwest: FY2021 1,734,686, FY2023 2,475,669 (+42.7%); FY2022 2,378,944
    # (+4.1% to FY2023) is not the base.
    c = one(engine, "There were 2,475,669 encounters at the southwest border in FY2023, "
            "compared with 1,734,686 in FY2021, an increase of more than 40%.", "2023-11-10",
            kind="change")
    assert c["verdict"] == "accurate" and "1,734,686 in FY2021" in c["explanation"]
    # Border Patrol, Southwest: May 2024 117,905, June 2024 83,532 (-29.2%): not 45%.
    c = one(engine, "Border Patrol apprehended 83,532 migrants in June, compared with 117,905 "
            "in May, a 45% drop.", "2024-07-20", kind="change")
    assert c["verdict"] == "inaccurate" and "117,905 in May 2024" in c["explanation"]


def test_last_year_in_a_text_about_a_fiscal_year(engine: Engine) -> None:
    # All CBP, Southwest: FY2023 2,475,669, FY2024 2,135,005 (-13.8%); the calendar months
    # January–September 2024 against 2023 fell 23.2%, which is not what was said.
    claims = check("CBP counted 2.14 million encounters at the southwest border in fiscal "
                   "2024. Compared with last year, encounters are down about 14%.",
                   date=dt.date(2024, 10, 25), engine=engine)["claims"]
    change = [c for c in claims if c["kind"] == "change"][0]
    assert change["verdict"] == "accurate" and "2,475,669 in FY2023" in change["explanation"]


def test_a_year_later_is_the_period_named_before_a_year_on(engine: Engine) -> None:
    assert refs("about 302,000 in December 2023 to roughly 96,000 a year later",
                "2025-01-20") == [("month", ["2023-12"]), ("month", ["2024-12"])]
    # All CBP, Southwest: December 2023 301,981; December 2024 96,033 (150,000 is 56% high).
    c = one(engine, "Encounters at the southwest border dropped from about 302,000 in "
            "December 2023 to roughly 96,000 a year later.", "2025-01-20", kind="change")
    assert c["verdict"] == "accurate"
    assert [p["periods"] for p in c["parts"]] == [["2023-12"], ["2024-12"]]
    c = one(engine, "Encounters at the southwest border dropped from about 302,000 in "
            "December 2023 to roughly 150,000 a year later.", "2025-01-20", kind="change")
    assert c["verdict"] == "inaccurate"


def test_later_quarters_and_a_quarter_of_the_year_just_named(engine: Engine) -> None:
    # Fiscal 2024's second quarter is January–March 2024; "the first quarter" after it is
    # fiscal 2024's (October–December 2023), but a year named alone (a base) lends nothing.
    assert refs("in the second quarter of fiscal 2024 were down about 29% from the first "
                "quarter", "2024-04-20") == [("range", ["2024-01..2024-03"]),
                                            ("range", ["2023-10..2023-12"])]
    assert refs("the second half of 2023", "2024-04-20") == [("range", ["2023-07..2023-12"])]
    assert refs("Compared with 2023, in the first six months", "2024-07-20") == [
        ("year", ["2023"]), ("range", ["2024-01..2024-06"])]
    # All CBP, Southwest: October–December 2023 785,307, January–March 2024 555,467 (-29.3%).
    c = one(engine, "Encounters at the southwest border in the second quarter of fiscal 2024 "
            "were down about 29% from the first quarter.", "2024-04-20", kind="change")
    assert c["verdict"] == "accurate" and "785,307" in c["explanation"]


def test_more_than_in_all_of_a_year_and_half_as_many_as(engine: Engine) -> None:
    # Border Patrol, Southwest: FY2019 851,508; October 2021 – March 2022 1,014,958 (more);
    # October 2021 – February 2022 803,777 (fewer).
    c = one(engine, "In the first six months of fiscal 2022, Border Patrol agents made more "
            "apprehensions at the southern border than in all of fiscal 2019.", "2022-04-20")
    assert c["kind"] == "comparison" and c["verdict"] == "accurate"
    c = one(engine, "In the first five months of fiscal 2022, Border Patrol agents made more "
            "apprehensions at the southern border than in all of fiscal 2019.", "2022-03-20")
    assert c["kind"] == "comparison" and c["verdict"] == "inaccurate"
    # Border Patrol, Southwest: 2022 2,344,538, 2023 2,040,601, 2024 1,051,384 (0.45× and
    # 0.52×; a third is 0.33×).
    c = one(engine, "Fewer than half as many migrants were apprehended by Border Patrol at the "
            "southwest border in calendar 2024 as in 2022.", "2025-01-25")
    assert c["kind"] == "comparison" and c["verdict"] in ("accurate", "roughly_accurate")
    c = one(engine, "Border Patrol apprehended a third as many migrants at the southwest "
            "border in calendar 2024 as in 2023.", "2025-01-25")
    assert c["kind"] == "comparison" and c["verdict"] == "inaccurate"


def test_the_year_to_date_against_last_year_s_pace(engine: Engine) -> None:
    # Written on 20 June 2024: the year to date is January–May 2024, or the fiscal year to
    # May (October 2023 – May 2024); "last year's pace" is the same months a year before.
    assert refs("Year to date, apprehensions are 9.6% below last year's pace.",
                "2024-06-20") == [("relative", ["2024-01..2024-05"]),
                                  ("range", ["2023-01..2023-05"])]
    assert refs("down this fiscal year through May compared with the same period last year",
                "2024-06-20") == [("range", ["2023-10..2024-05"]),
                                  ("range", ["2022-10..2023-05"])]
    # Border Patrol, Southwest: October 2022 – May 2023 1,413,841, October 2023 – May 2024
    # 1,278,724 (-9.6%); January–May 2023 779,009, 2024 649,129 (-16.7%). 30% fits neither.
    c = one(engine, "Year to date, Border Patrol apprehensions at the southwest border are "
            "9.6% below last year's pace.", "2024-06-20")
    assert c["verdict"] == "accurate" and "1,413,841" in c["explanation"]
    c = one(engine, "Year to date, Border Patrol apprehensions at the southwest border are 30% "
            "below last year's pace.", "2024-06-20")
    assert c["verdict"] == "inaccurate"
    c = one(engine, "Border Patrol apprehensions at the southwest border were down nearly 10 "
            "percent this fiscal year through May compared with the same period last year.",
            "2024-06-20", kind="change")
    assert c["verdict"] == "accurate" and "1,413,841" in c["explanation"]


def test_a_difference_over_a_run_of_months_is_from_the_first_to_the_last(
        engine: Engine) -> None:
    # All CBP, Southwest: July 2024 104,100, August 2024 107,473 (3,373 more), not their sum.
    c = one(engine, "Southwest border encounters rose by about 3,400 from July to August 2024, "
            "to 107,473.", "2024-09-20", kind="change")
    assert c["verdict"] == "accurate" and "104,100 in July 2024" in c["explanation"]
    assert [(p["periods"], p["verdict"]) for p in c["parts"]] == [(["2024-08"], "accurate")]


def test_a_record_named_as_the_base_is_no_record_of_the_period_compared(
        engine: Engine) -> None:
    # Border Patrol, Southwest: FY2022 2,206,436 (the record), FY2023 2,045,838 (-7.3%);
    # FY2023 is no record low (it ranks 63 of 64 from the bottom): the record is the base's,
    # a claim of its own about FY2022.
    claims = check("The number of Border Patrol apprehensions at the southwest border in fiscal "
                   "2023 was 7 percent lower than the record 2.2 million of the year before.",
                   date=dt.date(2023, 11, 10), engine=engine)["claims"]
    assert [(c["kind"], c["verdict"]) for c in claims] == [("comparison", "accurate"),
                                                           ("rank_record", "accurate")]
    assert claims[1]["periods"] == ["FY2022"]
    # A record claimed for the period itself is still a record claim.
    c = one(engine, "Border Patrol apprehensions at the southwest border in fiscal 2022 hit a "
            "record 2.2 million.", "2022-11-10", kind="rank_record")
    assert c["periods"] == ["FY2022"] and c["verdict"] == "accurate"


def test_fiscal_year_fy_in_brackets_and_a_month_that_marked_a_change(engine: Engine) -> None:
    # Government releases write "fiscal year (FY) 2023": the fiscal year, not also the
    # calendar year, so "down 17% from the previous year" cannot pass as January–October
    # 2023 against 2022 (-16.5%). Border Patrol, Southwest: FY2022 2,206,436, FY2023
    # 2,045,838 (-7.3%).
    assert refs("In fiscal year (FY) 2023", "2023-11-20") == [("fiscal_year", ["FY2023"])]
    text = ("In fiscal year (FY) 2023, U.S. Border Patrol apprehended 2,045,838 migrants at the "
            "southwest border. That total is down {}% from the previous year.")
    for pct, verdict in (("17", "inaccurate"), ("7", "accurate")):
        claims = check(text.format(pct), date=dt.date(2023, 11, 20), engine=engine)["claims"]
        assert [c["verdict"] for c in claims if c["kind"] == "change"] == [verdict]
    # All CBP, Southwest: October 2024 106,316, November 2024 94,183 (-11.4%).
    claims = check("Encounters at the southwest border totaled 94,183 in November. November "
                   "marked an 11% decline from October.", date=dt.date(2024, 12, 20),
                   engine=engine)["claims"]
    assert [(c["kind"], c["verdict"]) for c in claims] == [("total", "accurate"),
                                                          ("change", "accurate")]


def test_a_fraction_of_what_they_were(engine: Engine) -> None:
    # Border Patrol, Southwest: October 2023 188,749, October 2024 56,520 (0.30×: less than
    # a third, not a fifth).
    c = one(engine, "Border Patrol apprehensions at the southern border last month were less "
            "than a third of what they were a year earlier.", "2024-11-20")
    assert c["kind"] == "comparison" and c["verdict"] in ("accurate", "roughly_accurate")
    c = one(engine, "Border Patrol apprehensions at the southern border last month were less "
            "than a fifth of what they were a year earlier.", "2024-11-20")
    assert c["kind"] == "comparison" and c["verdict"] == "inaccurate"


# -- dates and figures as news stories write them -----------------------------------------


@pytest.mark.parametrize("text,value", [
    ("nearly a quarter of a million apprehensions", 250_000),
    ("three-quarters of a million migrants", 750_000),
    ("a quarter million migrants", 250_000),
    ("one and a half million encounters", 1_500_000),
    ("two and a half million people", 2_500_000),
    ("un millón y medio de personas", 1_500_000),
    ("un cuarto de millón de migrantes", 250_000),
])
def test_parts_of_a_million_in_words_are_one_count(text: str, value: int) -> None:
    # Not a share ("a quarter") beside a count ("a million"), nor half a million alone.
    found = quantities(text)
    assert [(q.kind, q.value) for q in found] == [("count", value)]


def test_a_part_of_a_million_is_judged_as_a_count(engine: Engine) -> None:
    # Border Patrol, Southwest, December 2023: 249,740, just under a quarter of a million.
    c = one(engine, "Border Patrol made nearly a quarter of a million apprehensions in "
            "December.", "2024-01-27")
    assert c["verdict"] == "accurate" and "249,740" in c["explanation"]


def test_later_months_of_a_named_year() -> None:
    assert refs("In the last three months of 2023, there were", "2025-01-10") == [
        ("range", ["2023-10..2023-12"])]
    assert refs("in the final quarter of fiscal 2024", "2025-01-10") == [
        ("range", ["2024-07..2024-09"])]
    assert refs("the second half of 2022", "2025-01-10") == [("range", ["2022-07..2022-12"])]
    assert refs("el tercer trimestre de 2024", "2025-01-10") == [
        ("range", ["2024-07..2024-09"])]
    # With no year after them, the last three months are those just ended.
    assert refs("in the last three months", "2025-01-10") == [
        ("range", ["2024-10..2024-12"])]


def test_the_last_months_of_a_year_are_counted(engine: Engine) -> None:
    # All CBP, Southwest, October–December 2023: 240,927 + 242,399 + 301,981 = 785,307,
    # nearly 800,000 (the whole of 2023, 2,541,959, is not what was said).
    c = one(engine, "In the last three months of 2023, there were nearly 800,000 encounters "
            "at the southern border.", "2024-01-27")
    assert c["periods"] == ["2023-10..2023-12"] and c["verdict"] == "accurate"


def test_a_base_s_hedged_figure_keeps_its_month_a_base(engine: Engine) -> None:
    # All CBP, Southwest: December 2024 96,033, January 2025 61,445 (-36.0%). "Down from more
    # than 96,000 in December": December is the base, January the month counted.
    c = one(engine, "There were just 61,445 encounters at the southwest border in January, "
            "down from more than 96,000 in December.", "2025-02-12")
    assert c["periods"] == ["2025-01"] and c["verdict"] == "accurate"
    # All CBP, Southwest: December 2023 301,981 (the record), January 2024 176,195 (-41.7%).
    claims = check("Encounters at the southwest border fell to about 176,000, down from a "
                   "record of more than 300,000 in December.", engine=engine,
                   date=dt.date(2024, 2, 15))["claims"]
    changes = [c for c in claims if c["kind"] == "change"]
    assert changes and all(c["periods"] == ["2024-01"] and c["verdict"] == "accurate"
                           for c in changes)


def test_over_the_past_years_is_a_span_not_a_base(engine: Engine) -> None:
    # All CBP, Southwest: calendar 2021–2023 2,035,585 + 2,579,026 + 2,541,959 = 7,156,570
    # (fiscal 2021–2023 6,589,299): more than 6 million either way.
    c = one(engine, "Over the past three years, more than 6 million migrants have been "
            "encountered at the southern border.", "2024-01-10")
    assert c["periods"] == ["2021", "2022", "2023"] and c["verdict"] == "accurate"
    # "Over last year's six-month total" is still a base (see the test of the same cut).


def test_so_far_this_year_is_never_the_whole_year(engine: Engine) -> None:
    # All CBP, Southwest, October 2023 – January 2024: 961,502; the whole of FY2024,
    # 2,135,005, was not known in February 2024 and is not what "so far" counts.
    c = one(engine, "There have been more than 1.4 million encounters at the southwest "
            "border so far this fiscal year.", "2024-02-14")
    assert c["verdict"] == "inaccurate" and "961,502" in c["explanation"]
    c = one(engine, "There have been nearly 1 million encounters at the southwest border so "
            "far this fiscal year.", "2024-02-14")
    assert c["verdict"] == "accurate"
    # October 2023 – April 2024: 1,520,511; "over 2 million" in May is wrong.
    c = one(engine, "So far in fiscal year 2024, the agency has logged over 2 million "
            "southwest border encounters.", "2024-05-16")
    assert c["verdict"] == "inaccurate"


def test_his_presidency_is_the_president_the_text_named(engine: Engine) -> None:
    # Border Patrol, Southwest, September 2024: 53,858, the lowest month from February 2021
    # (Biden's first full month: 97,643) to September 2024 — not of every month since 1999
    # (April 2017: 11,127).
    claims = check("The Border Patrol's numbers have fallen since June, when President Biden "
                   "restricted asylum. Agents made 53,858 apprehensions in September, the "
                   "lowest monthly total of his presidency.", engine=engine,
                   date=dt.date(2024, 10, 22))["claims"]
    rank = [c for c in claims if c["kind"] == "rank_record"]
    assert [c["verdict"] for c in rank] == ["accurate"]
    c = one(engine, "Agents made 53,858 apprehensions in September, the lowest monthly total "
            "of the Biden presidency.", "2024-10-22", kind="rank_record")
    assert c["verdict"] == "accurate"
    # With no name before it, "his presidency" is the one under way (Trump's first term
    # when written in 2017; April 2017, 11,127, was its lowest month to then).
    assert refs("the lowest of his presidency", "2017-06-10") == [
        ("presidency", ["2017-01..2017-05"])]


def test_a_streak_takes_its_direction_and_subject_from_the_sentence(engine: Engine) -> None:
    # All CBP, Southwest, 2024: February 189,913 > March 189,359 > April 179,737 > May
    # 170,716 > June 130,415 > July 104,100: July is the fifth decline in a row.
    claims = check("Encounters at the southwest border declined in July, the fifth month in "
                   "a row.", engine=engine, date=dt.date(2024, 8, 16))["claims"]
    assert [c["verdict"] for c in claims if c["kind"] == "streak"] == ["accurate"]
    claims = check("Southwest border encounters have fallen since the winter. July was the "
                   "fifth month in a row of declines.", engine=engine,
                   date=dt.date(2024, 8, 16))["claims"]
    assert [c["verdict"] for c in claims if c["kind"] == "streak"] == ["accurate"]
    # Border Patrol, Southwest, 2023: June 99,538 < July 132,642 < August 181,054 <
    # September 218,763: the third consecutive monthly increase.
    claims = check("Border Patrol apprehensions rose again in September. It was the third "
                   "consecutive monthly increase.", engine=engine,
                   date=dt.date(2023, 10, 21))["claims"]
    assert [c["verdict"] for c in claims if c["kind"] == "streak"] == ["accurate"]


def test_last_month_s_total_is_the_text_s_figure(engine: Engine) -> None:
    # Border Patrol, Southwest: November 2023 191,106; November 2024 46,612 (-75.6%).
    claims = check("Border Patrol agents apprehended 46,612 migrants at the southern border in "
                   "November. Last month's total was down 76% from November 2023.",
                   engine=engine, date=dt.date(2024, 12, 18))["claims"]
    assert [(c["kind"], c["verdict"]) for c in claims] == [("total", "accurate"),
                                                           ("change", "accurate")]


def test_the_publisher_s_name_does_not_make_the_nationwide_total_the_border_s(
        engine: Engine) -> None:
    # All CBP, Southwest, January–November 2024: 1,550,197; nationwide 2,180,344. "More than
    # 2.2 million at the southwest border" is wrong (and the nationwide total is short too).
    c = one(engine, "So far this year, CBP has logged more than 2.2 million encounters at the "
            "southwest border.", "2024-12-18")
    assert c["measure"] == "swb_encounters" and c["verdict"] == "inaccurate"
    c = one(engine, "So far this year, CBP has logged more than 1.5 million encounters at the "
            "southwest border.", "2024-12-18")
    assert c["verdict"] == "accurate"


def test_almost_n_years_is_a_window_somewhat_short_of_them(engine: Engine) -> None:
    # Border Patrol, Southwest, July 2024: 56,400; the last lower months were September
    # 2020 (54,771) and August 2020 (47,283), 46 and 47 months before: the lowest in almost
    # four years (42 months back to February 2021), and in four as writers round it (46
    # months is within half a year of 48); not in five.
    c = one(engine, "Last month, the Border Patrol made 56,400 apprehensions, the lowest "
            "monthly total in almost four years.", "2024-08-20", kind="rank_record")
    assert c["verdict"] == "accurate"
    c = one(engine, "Last month, the Border Patrol made 56,400 apprehensions, the lowest "
            "monthly total in four years.", "2024-08-20", kind="rank_record")
    assert c["verdict"] == "accurate" and "46 months before" in c["explanation"]
    c = one(engine, "Last month, the Border Patrol made 56,400 apprehensions, the lowest "
            "monthly total in five years.", "2024-08-20", kind="rank_record")
    assert c["verdict"] == "inaccurate"


def test_months_ending_in_a_named_month() -> None:
    # Twelve months to September are the fiscal year; to another month, a span.
    assert refs("In the 12 months ending in September, Border Patrol made", "2021-10-20") == [
        ("fiscal_year", ["FY2021"])]
    assert refs("in the six months that ended in March", "2024-05-02") == [
        ("range", ["2023-10..2024-03"])]
    assert refs("los 12 meses que terminaron en junio", "2021-10-20") == [
        ("range", ["2020-07..2021-06"])]


def test_an_adverb_between_a_change_word_and_its_base(engine: Engine) -> None:
    # Border Patrol, Southwest: September 2022 207,597; October 2022 205,134 (-1.2%): "down
    # slightly from" holds, "up slightly from" does not.
    c = one(engine, "Border Patrol apprehensions in October were 205,134, down slightly from "
            "207,597 in September.", "2022-11-05", kind="change")
    assert c["verdict"] == "accurate"
    c = one(engine, "Border Patrol apprehensions in October reached 205,134, up slightly from "
            "207,597 in September.", "2022-11-05", kind="change")
    assert c["verdict"] == "inaccurate"


def test_since_the_start_of_the_fiscal_year_is_the_year_so_far(engine: Engine) -> None:
    # Border Patrol, Southwest, October 2023 – May 2024: 188,749 + 191,106 + 249,740 +
    # 124,215 + 140,641 + 137,473 + 128,895 + 117,905 = 1,278,724, nearly 1.3 million.
    c = one(engine, "Since the start of the fiscal year in October, Border Patrol has "
            "apprehended nearly 1.3 million migrants at the southwest border.", "2024-06-20")
    assert c["periods"] == ["2023-10..2024-05"] and c["verdict"] == "accurate"
    # A record's window still: May 2024 (117,905) is the lowest month of FY2024 so far.
    c = one(engine, "Border Patrol apprehended 117,905 migrants in May, the lowest since the "
            "fiscal year began.", "2024-06-20", kind="rank_record")
    assert c["periods"] == ["2024-05"] and c["verdict"] == "accurate"


def test_so_far_in_a_year_is_the_one_under_way(engine: Engine) -> None:
    # All CBP, Southwest, January–October 2025: 158,846 (FY2025, ended in September:
    # 443,671, is not "so far" in November 2025).
    c = one(engine, "CBP has encountered more than 250,000 migrants at the southwest border "
            "so far in 2025.", "2025-11-20")
    assert c["periods"] == ["2025-01..2025-10"] and c["verdict"] == "inaccurate"


def test_the_final_full_month_of_a_presidency() -> None:
    # A US term ends on 20 January: its last full month is the December before.
    assert refs("In the final full month of the Trump administration, Border Patrol",
                "2021-01-20") == [("month", ["2020-12"])]
    assert refs("the last month of Biden's presidency", "2025-06-20") == [
        ("month", ["2024-12"])]


def test_a_presidency_after_a_superlative_is_the_record_s_window(engine: Engine) -> None:
    # Border Patrol, Southwest: October 2024 56,520, November 2024 46,612 (-17.5%), the
    # lowest month of February 2021 – November 2024. "Of the Biden administration" bounds
    # the record; it is not a period the fall is measured over.
    claims = check("Border Patrol apprehensions fell to 46,612 in November, the lowest monthly "
                   "total of the Biden administration.", engine=engine,
                   date=dt.date(2024, 12, 20))["claims"]
    assert [(c["kind"], c["periods"], c["verdict"]) for c in claims] == [
        ("change", ["2024-11"], "accurate"), ("rank_record", ["2024-11"], "accurate")]


def test_en_lo_que_va_de_a_year(engine: Engine) -> None:
    # Border Patrol, Southwest, January–August 2025: 29,107 + 8,353 + 7,180 + 8,377 + 8,725 +
    # 6,068 + 4,596 + 6,321 = 78,727, unos 79 mil.
    assert refs("en lo que va del año fiscal 2024", "2024-05-02") == [
        ("fiscal_year", ["FY2024"])]
    c = one(engine, "En lo que va de 2025, la Patrulla Fronteriza ha detenido a unos 79 mil "
            "migrantes en la frontera con México.", "2025-09-20")
    assert c["periods"] == ["2025-01..2025-08"] and c["verdict"] == "accurate"


def test_catching_and_taking_into_custody_are_apprehensions(engine: Engine) -> None:
    # Border Patrol, Southwest, March 2021: 169,216; December 2023: 249,740 in 31 days, 8,056
    # a day.
    c = one(engine, "Border Patrol took more than 169,000 migrants into custody at the "
            "southwest border last month.", "2021-04-09")
    assert c["measure"] == "usbp_swb_encounters" and c["verdict"] == "accurate"
    c = one(engine, "Republicans point to the numbers as proof of a crisis. At the peak in "
            "December, agents were catching some 8,000 migrants a day.", "2024-01-30",
            kind="rate")
    assert c["verdict"] == "accurate"


def test_a_since_after_a_superlative_is_not_the_change_s_base(engine: Engine) -> None:
    # All CBP, Southwest: December 2023 301,981, January 2024 176,195 (-41.7%), the lowest
    # month since June 2023 (144,556; July 183,479).
    claims = check("Encounters along the southwest border dropped in January to about 176,000, "
                   "their lowest level since June.", engine=engine,
                   date=dt.date(2024, 2, 14))["claims"]
    assert sorted((c["kind"], c["periods"][0], c["verdict"]) for c in claims) == [
        ("change", "2024-01", "accurate"), ("rank_record", "2024-01", "accurate")]


def test_near_historic_lows_is_among_the_few_nearest_the_record(engine: Engine) -> None:
    # Border Patrol, Southwest, April 2025: 8,377, third lowest of every month since October
    # 1999 (March 2025: 7,180; February 2025: 8,353).
    c = one(engine, "Apprehensions at the southern border in April rose slightly from March, "
            "to 8,377, but remained near historic lows.", "2025-05-15", kind="rank_record")
    assert c["verdict"] == "accurate"


def test_during_the_year_is_the_year_the_text_named(engine: Engine) -> None:
    # Border Patrol, Southwest, FY2023: 2,045,838 (all CBP's, 2,475,669, the record).
    claims = check("In fiscal 2023, which ended Sept. 30, encounters reached a record. Border "
                   "Patrol made more than 2 million apprehensions during the year.",
                   engine=engine, date=dt.date(2023, 11, 1))["claims"]
    assert [(c["kind"], c["periods"], c["verdict"]) for c in claims] == [
        ("rank_record", ["FY2023"], "accurate"), ("total", ["FY2023"], "accurate")]


def test_the_level_a_change_reached_is_not_its_base_s(engine: Engine) -> None:
    # Border Patrol, Southwest: December 2023 249,740 (the record), January 2024 124,215
    # (-50.3%): "to just over 124,000" is January's level, not December's.
    c = one(engine, "January's figures were released Tuesday. Border Patrol apprehensions were "
            "down by half from December's record, to just over 124,000.", "2024-02-14",
            kind="change")
    assert c["verdict"] == "accurate" and "124,215" in c["explanation"]


def test_a_daily_average_record_against_the_longer_series_per_day(engine: Engine) -> None:
    # All CBP, Southwest, December 2023: 301,981 in 31 days, 9,741 a day, the series' record;
    # Border Patrol alone in March 2000 counted 220,063, 7,099 a day: not more.
    c = one(engine, "Encounters at the southwest border averaged nearly 9,750 a day in December, "
            "the highest daily average on record.", "2024-01-27", kind="rank_record")
    assert c["verdict"] == "accurate"
    # February 2024: 189,913 in 29 days, 6,549 a day; February 2000, Border Patrol alone:
    # 211,328 in 29 days, 7,287 a day, more: misleading.
    c = one(engine, "CBP encounters at the southwest border averaged 6,000 a day in February, "
            "the highest daily average on record for February.", "2024-03-20",
            kind="rank_record")
    assert c["verdict"] == "misleading"


def test_a_rank_among_the_groups_of_one_period(engine: Engine) -> None:
    # Border Patrol, Southwest, FY2024 by sector: Tucson 463,567, San Diego 324,260, El Paso
    # 256,102, Del Rio 244,105, Rio Grande Valley 135,099 (fifth of nine). "The most of any
    # of the nine sectors" ranks Tucson among the sectors, not FY2024 among the years, and
    # "the most" is a superlative, not "most" (more than half).
    c = one(engine, "Agents in the Tucson Sector made more than 460,000 apprehensions in fiscal "
            "2024, the most of any of the nine sectors.", "2024-10-25", kind="rank_record")
    assert c["verdict"] == "accurate" and "rank 1 of 9 sectors" in c["explanation"]
    claims = check("Agents in the Tucson Sector made more than 460,000 apprehensions in fiscal "
                   "2024, the most of any of the nine sectors.", date=dt.date(2024, 10, 25),
                   engine=engine)["claims"]
    assert not [x for x in claims if x["kind"] == "share"]
    c = one(engine, "The Rio Grande Valley was the busiest Border Patrol sector in fiscal 2024.",
            "2024-11-01", kind="rank_record")
    assert c["verdict"] == "inaccurate" and "rank 5 of 9" in c["explanation"]
    # Border Patrol, FY2024 by citizenship: Mexico 502,279, Guatemala 195,294 (second).
    c = one(engine, "Guatemalans were the second-largest nationality apprehended by Border "
            "Patrol at the southwest border in fiscal 2024, with more than 195,000 "
            "apprehensions.", "2024-11-01", kind="rank_record")
    assert c["verdict"] == "accurate" and "rank 2 of" in c["explanation"]
    # All CBP, Southwest, FY2023: Mexico 717,333, Venezuela 266,071, Guatemala 220,085,
    # Honduras 213,686 (fourth): "the second-largest group" is wrong.
    c = one(engine, "Hondurans were the second-largest group encountered at the southwest "
            "border in fiscal 2023.", "2023-11-15", kind="rank_record")
    assert c["verdict"] == "inaccurate" and "rank 4 of" in c["explanation"]


def test_shares_written_as_ratios(engine: Engine) -> None:
    assert [(round(q.value, 3), q.kind, q.hedge) for q in quantities(
        "About 4 in 10 migrants")] == [(0.4, "fraction", "about")]
    assert [(round(q.value, 3), q.kind) for q in quantities(
        "two of every three migrants")] == [(0.667, "fraction")]
    assert [q.kind for q in quantities("rose 4 in 10 days")] == ["count"]
    assert quantities("the most of any sector") == []
    # The first end of an age range is no count ("entre los 0 y 17 años").
    assert [q.words for q in quantities("al menos 161,424 detenciones de menores migrantes que "
                                        "van entre los 0 y 17 años")] == ["al menos 161,424"]
    assert lx.nationalities("Chinese officials said") == []
    assert lx.nationalities("21 mil 763 ciudadanos rusos en los estados fronterizos "
                            "mexicanos") == ["RUS"]
    assert lx.nationalities("encountered 9,711 Chinese at the border") == ["CHN"]
    # A region's people are its countries', not the United States' ("Central American",
    # "South American"); "desde Asia", "América Central", "algún país sudamericano" too.
    south = ["ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PER", "PRY", "SUR", "URY",
             "VEN"]
    assert lx.nationalities("South American migrants") == south
    assert lx.nationalities("provenientes de algún país sudamericano") == south
    assert lx.nationalities("la migración irregular proveniente de Sudamérica") == south
    assert lx.nationalities("apprehensions of Central American families") == [
        "BLZ", "CRI", "GTM", "HND", "NIC", "PAN", "SLV"]
    assert lx.nationalities("la migración desde América Central")[:3] == ["BLZ", "CRI", "GTM"]
    assert "CHN" in lx.nationalities("la migración desde Asia")
    assert lx.nationalities("mostly Central Americans") == []
    # "Most" before an adverb is its degree, not a share ("most shockingly"); a noun in -ly
    # after it is still counted ("most family units").
    assert [q.words for q in quantities("Most shockingly, the agency released more than "
                                        "55,000")] == ["more than 55,000"]
    assert [q.kind for q in quantities("Most family units were released.")] == ["fraction"]
    # Border Patrol, Southwest, December 2023: families 101,707 of 249,740 (40.7%).
    c = one(engine, "About 4 in 10 migrants apprehended by Border Patrol in December were "
            "traveling as families.", "2024-01-26")
    assert c["kind"] == "share" and c["verdict"] == "accurate" and "101,707" in c[
        "explanation"]
    # Border Patrol, FY2021: Rio Grande Valley 549,077 of 1,659,206 (33.1%).
    c = one(engine, "In fiscal year 2021, the Rio Grande Valley sector accounted for about one "
            "in three Border Patrol apprehensions at the southwest border.", "2021-11-15")
    assert c["kind"] == "share" and c["verdict"] == "accurate"


def test_a_sector_named_without_the_word_sector(engine: Engine) -> None:
    # Border Patrol, Southwest, FY2021: Rio Grande Valley 549,077; FY2024: San Diego 324,260.
    c = one(engine, "Border Patrol agents in the Rio Grande Valley apprehended 549,077 "
            "migrants in fiscal 2021.", "2021-11-20")
    assert c["filters"] == {"sector": ["Rio Grande Valley"]} and c["verdict"] == "accurate"
    c = one(engine, "In San Diego, Border Patrol agents apprehended 324,260 migrants in fiscal "
            "year 2024.", "2024-11-01")
    assert c["filters"] == {"sector": ["San Diego"]} and c["verdict"] == "accurate"
    # No agents, no sector: the city names who spoke, not whose count it is.
    c = one(engine, "CBP encountered 2,475,669 migrants at the southwest border in fiscal "
            "2023, the mayor of El Paso said.", "2023-11-15")
    assert "sector" not in c["filters"] and c["verdict"] == "accurate"


def test_the_top_nationality_at_the_border(engine: Engine) -> None:
    # All CBP, Southwest, June 2024: Mexico 42,515, Venezuela 12,558 (Border Patrol: Mexico
    # 31,966 first too). "The most common nationality at the southwest border" names people
    # met at the border (encounters) and ranks nationalities.
    c = one(engine, "Venezuelans were the most common nationality at the southwest border in "
            "June.", "2024-07-20", kind="rank_record")
    assert c["verdict"] == "inaccurate" and "Mexico with 42,515" in c["explanation"]
    # FY2023: Mexico 717,333 first; Guatemala 220,085 third (Border Patrol alone: second).
    c = one(engine, "Mexico was again the top country of origin for migrants encountered at "
            "the southwest border in fiscal 2023.", "2023-11-15", kind="rank_record")
    assert c["verdict"] == "accurate" and c["filters"] == {"citizenship": ["MEX"]}
    # A rank of groups within one period carries no Title 42 caveat about records.
    c = one(engine, "Guatemala was the third-largest source of migrants at the southwest border "
            "in fiscal 2023, with about 220,000 encounters.", "2023-11-15", kind="rank_record")
    assert c["verdict"] == "accurate"
    # One place off is roughly right only between near-equal groups: Honduras 213,686 is
    # fourth, 2.9% below Guatemala's 220,085 (Border Patrol: 180,659, fourth as well).
    c = one(engine, "Hondurans were the third-largest group encountered at the southwest "
            "border in fiscal 2023.", "2023-11-15", kind="rank_record")
    assert c["verdict"] == "inaccurate" and "not 3" in c["explanation"]


def test_a_sentence_that_opens_on_its_whole(engine: Engine) -> None:
    # Border Patrol, Southwest, FY2023: 2,045,838 in all, 579,146 of them Mexican. "Were
    # Mexican" names the part's nationality; the whole keeps none.
    claims = check("Of the 2.05 million migrants Border Patrol apprehended at the southwest "
                   "border in fiscal 2023, about 579,000 were Mexican.",
                   date=dt.date(2023, 11, 15), engine=engine)["claims"]
    assert [(c["filters"], c["verdict"]) for c in claims] == [
        ({}, "accurate"), ({"citizenship": ["MEX"]}, "accurate")]


def test_a_component_share_of_the_border_total(engine: Engine) -> None:
    # All CBP, Southwest, FY2024: 2,135,005, of which ports of entry (OFO) 604,482 (28.3%)
    # and Border Patrol between ports 1,530,523 (71.7%).
    c = one(engine, "Encounters at ports of entry made up roughly 28 percent of the southwest "
            "border total in fiscal 2024.", "2024-11-01")
    assert c["measure"] == "swb_encounters" and c["filters"] == {"component": ["OFO"]}
    assert c["verdict"] == "accurate" and "604,482 of 2,135,005" in c["explanation"]
    c = one(engine, "About half of southwest border encounters in fiscal 2024 took place at "
            "ports of entry.", "2024-11-01")
    assert c["verdict"] == "inaccurate"


def test_a_change_by_a_fraction_between_two_months(engine: Engine) -> None:
    # Border Patrol, Southwest, families: May 2024 41,819, June 2024 27,817 (-33.5%).
    c = one(engine, "Family apprehensions fell by a third from May to June.", "2024-07-20")
    assert c["periods"] == ["2024-06"] and c["verdict"] == "accurate"
    assert "41,819" in c["explanation"]


def test_sectors_ranked_by_name_and_shares_said_after_the_whole(engine: Engine) -> None:
    # Border Patrol, Southwest, April 2024: San Diego 37,371, Tucson 31,218 (second).
    c = one(engine, "Tucson was the busiest sector in April.", "2024-05-20", kind="rank_record")
    assert c["filters"] == {"sector": ["Tucson"]} and c["verdict"] == "inaccurate"
    claims = check("San Diego overtook Tucson as the busiest sector in April, with 37,371 "
                   "apprehensions.", date=dt.date(2024, 5, 20), engine=engine)["claims"]
    assert [(c["kind"], c["filters"], c["verdict"]) for c in claims] == [
        ("rank_record", {"sector": ["San Diego"]}, "accurate"),
        ("total", {"sector": ["San Diego"]}, "accurate")]
    # Border Patrol, January 2024: 124,215, families 39,806 (32.0%): ", with families
    # accounting for about a third" is a share of its own, not the size of the fall.
    claims = check("In January, Border Patrol apprehensions fell to 124,215, with families "
                   "accounting for about a third.", date=dt.date(2024, 2, 16),
                   engine=engine)["claims"]
    (share,) = [c for c in claims if c["kind"] == "share"]
    assert share["verdict"] == "accurate" and "39,806 of 124,215" in share["explanation"]
    # Nationwide, FY2024, Indian nationals: 90,415, of them 43,764 at the northern border
    # (48.4%): the nationality is the whole's, the border the part's.
    c = one(engine, "More than 40 percent of the Indian nationals encountered by CBP in fiscal "
            "2024 were stopped at the northern border.", "2024-11-15")
    assert c["verdict"] == "accurate" and "43,764 of 90,415" in c["explanation"]
    c = one(engine, "Nationwide, Indians were encountered 90,415 times in fiscal 2024, nearly "
            "half of them at the northern border.", "2024-11-15", kind="share")
    assert c["verdict"] == "accurate"
    # Border Patrol, December 2023: Venezuelans 46,917 of 249,740 (18.8%).
    c = one(engine, "Nearly one in five migrants apprehended by Border Patrol in December 2023 "
            "was Venezuelan.", "2024-01-26")
    assert c["kind"] == "share" and c["verdict"] == "accurate"


def test_a_share_of_them_by_a_group_no_file_holds(engine: Engine) -> None:
    # Ports of entry, Southwest, FY2024: Haitians 86,705. "Most of them with CBP One
    # appointments" is a part no file breaks the count down by; it is not Haitians' share
    # of all encounters at the ports (86,705 of 604,482, 14.3%).
    claims = check("Haitians accounted for 86,705 encounters at southwest border ports of entry "
                   "in fiscal 2024, most of them with CBP One appointments.",
                   date=dt.date(2024, 11, 15), engine=engine)["claims"]
    assert all(c["verdict"] not in ("inaccurate", "misleading") for c in claims)
    assert not any("86,705 of 604,482" in c["explanation"] for c in claims)
    # Border Patrol, December 2023: families 101,707 of 249,740 (40.7%): the group named
    # before the share, the whole after "of those".
    c = one(engine, "Families made up about 40 percent of those apprehended by Border Patrol "
            "in December.", "2024-01-26")
    assert c["verdict"] == "accurate" and "101,707 of 249,740" in c["explanation"]


def test_groups_named_as_writers_name_them(engine: Engine) -> None:
    # Border Patrol, FY2023: El Salvador 53,348; FY2024: Ecuador 116,144. A country as the
    # subject of a count is its nationals.
    c = one(engine, "El Salvador accounted for 53,348 Border Patrol apprehensions in fiscal "
            "2023.", "2023-11-15")
    assert c["filters"] == {"citizenship": ["SLV"]} and c["verdict"] == "accurate"
    c = one(engine, "Ecuador was the source of 116,144 Border Patrol apprehensions at the "
            "southern border in fiscal 2024.", "2024-11-15")
    assert c["filters"] == {"citizenship": ["ECU"]} and c["verdict"] == "accurate"
    # All CBP, Southwest, FY2022: unaccompanied children 152,057.
    c = one(engine, "More than 152,000 children traveling without a parent were encountered "
            "at the southwest border in fiscal 2022.", "2022-11-15")
    assert c["filters"] == {"demographic": ["UAC"]} and c["verdict"] == "accurate"
    # All CBP, Southwest, FY2023, Venezuelans: 266,071, of them 200,668 between ports by
    # Border Patrol (75.4%): "three-quarters of" is a share, the crossing place its part.
    c = one(engine, "About three-quarters of Venezuelans encountered at the southwest border in "
            "fiscal 2023 crossed between ports of entry.", "2023-11-15")
    assert c["verdict"] == "accurate" and "200,668 of 266,071" in c["explanation"]


def test_the_whole_after_a_part_named_by_its_component(engine: Engine) -> None:
    # October 2024: ports of entry 49,801; all CBP at the Southwest border 106,316. "Ports
    # of entry" names the part; the whole after "of the" is read by its own words (the
    # figure decides), not as the ports' count.
    claims = check("Ports of entry accounted for 49,801 of the 106,316 encounters at the "
                   "southwest border in October.", date=dt.date(2024, 11, 15),
                   engine=engine)["claims"]
    assert [(c["measure"], c["verdict"]) for c in claims] == [
        ("ofo_swb_encounters", "accurate"), ("swb_encounters", "accurate")]
    # Border Patrol, FY2023: 2,045,838, families 621,311: a part keeps its whole's agency,
    # so 900,000 is wrong for Border Patrol (all CBP's 821,537 is not what the words say).
    claims = check("Of the 2.05 million migrants Border Patrol apprehended at the southwest "
                   "border in fiscal 2023, 900,000 were members of family units.",
                   date=dt.date(2023, 11, 15), engine=engine)["claims"]
    assert claims[1]["verdict"] == "inaccurate"


def test_sectors_that_lead_and_an_aside_about_a_place(engine: Engine) -> None:
    # Border Patrol, May 2022: Rio Grande Valley 46,011, Del Rio 44,735 (second).
    c = one(engine, "The Del Rio sector led all sectors in May 2022.", "2022-06-20",
            kind="rank_record")
    assert c["verdict"] == "inaccurate" and "Rio Grande Valley with 46,011" in c["explanation"]
    # FY2024: Tucson 463,567, first of nine. "Covers most of Arizona" is a place, no share.
    claims = check("Border Patrol's Tucson sector, which covers most of Arizona, was the "
                   "busiest in the nation in fiscal 2024.", date=dt.date(2024, 11, 15),
                   engine=engine)["claims"]
    assert [(c["kind"], c["verdict"]) for c in claims] == [("rank_record", "accurate")]


def test_a_rank_hidden_by_other_nationalities(engine: Engine) -> None:
    # Border Patrol, October 2024: the file names Mexico 25,389, Guatemala 6,625, Honduras
    # 3,801, El Salvador 2,010 and "Other" 18,695: Guatemala's place is not known (another
    # nationality may lie within "Other"); Mexico's first place is.
    c = one(engine, "Guatemalans were the second-largest group apprehended by Border Patrol at "
            "the southwest border in October, with 6,625.", "2024-11-15", kind="rank_record")
    assert c["verdict"] == "unverifiable" and "18,695" in c["explanation"]
    c = one(engine, "Mexicans were the largest group apprehended by Border Patrol at the "
            "southwest border in October.", "2024-11-15", kind="rank_record")
    assert c["verdict"] == "accurate"
    # With no border named, Border Patrol's nationwide table, which names every nationality
    # (Mexico 25,580, Guatemala 6,700, Colombia 3,890), settles the rank.
    c = one(engine, "Guatemalans were the second-largest group apprehended by Border Patrol in "
            "October, with 6,625.", "2024-11-15", kind="rank_record")
    assert c["verdict"] == "accurate" and c["measure"] == "usbp_nationwide_encounters"


def test_expectations_and_the_year_s_end_are_projections() -> None:
    # "Expect to", "de seguir esta tendencia … al final del año", "predictions … for the new
    # fiscal year" look ahead: judged against the whole period, now that the data hold it.
    assert refs("predictions show more than 1.8 million arrests for the new fiscal year",
                "2021-11-10") == [("relative", ["FY2022"])]
    assert refs("al final del año se habrá detenido a un millón de migrantes",
                "2019-06-15") == [("relative", ["2019"])]


def test_an_expected_total_is_judged_on_the_whole_year(engine: Engine) -> None:
    # All CBP, Southwest, calendar 2021: 2,035,585 (January–March alone: 352,790).
    c = one(engine, "Administration officials expect to encounter 2 million migrants at the "
            "southern border in 2021.", "2021-04-15")
    assert c["verdict"] == "accurate" and "2,035,585" in c["explanation"]


def test_a_precise_figure_may_be_a_whole_year_still_under_way_at_a_rough_date(
        engine: Engine) -> None:
    # Border Patrol, Southwest: FY2017 303,916; FY2018 396,579 (+92,663). A text dated only
    # "2018" is read as mid-2018; the exact whole-year figures say the year had ended.
    c = one(engine, "In Fiscal Year (FY) 2018, the Border Patrol apprehended 396,579 illegal "
            "aliens between ports of entry on the Southwest border, an increase of 92,663 over "
            "FY 17.", "2018-07-01", kind="change")
    assert c["verdict"] == "accurate" and "303,916" in c["explanation"]


def test_lower_than_the_same_period_of_the_previous_fiscal_year(engine: Engine) -> None:
    # All CBP, Southwest: October–November 2018 123,250; October–November 2019 87,782
    # (-28.8%). "Más bajas" is lower; the base moves with the months so far.
    c = one(engine, "Las detenciones en la frontera suroeste en este año fiscal, hasta la "
            "fecha, son un 29 por ciento más bajas que en el mismo período del año fiscal "
            "anterior.", "2019-12-10")
    assert c["verdict"] == "accurate" and "123,250" in c["explanation"]


def test_the_a_that_marks_whom_is_not_the_level_a_change_reached(engine: Engine) -> None:
    # Mexico (UPM), January–May 2023: 184,677 events over 151 days, 1,223 a day.
    claims = check("Entre enero y mayo de 2023 se detuvieron en promedio a 1,232 personas en "
                   "situación de movilidad cada día en México.", date=dt.date(2024, 6, 10),
                   engine=engine)["claims"]
    assert claims[0]["periods"] == ["2023-01..2023-05"]
    assert claims[0]["verdict"] in ("accurate", "roughly_accurate")


def test_a_streak_beside_a_record_since_a_month_runs_to_the_text_s_month(
        engine: Engine) -> None:
    # All CBP, Southwest, 2019: May 144,116; June 104,311; July 81,777; August 62,707 (three
    # declines in a row); January 58,317.
    claims = check("After totalling 82,055 apprehensions in July, the agency reported an "
                   "August total of about 64,000 apprehensions. It's the third straight "
                   "monthly decline and the lowest since January's total of about 58,300.",
                   date=dt.date(2019, 9, 10), engine=engine)["claims"]
    streak = next(c for c in claims if c["kind"] == "streak")
    assert streak["verdict"] == "accurate" and "62,707" in streak["explanation"]


def test_a_level_a_change_reached_gives_the_change_its_period(engine: Engine) -> None:
    # All CBP, Southwest, January–October: 2023 1,997,579; 2024 1,456,014; 2025 158,846.
    # "En el mismo periodo de 2024, la cifra bajó … a 1,456,014" is 2024 against 2023, not
    # 2023 against the year before it.
    claims = check("Entre enero y octubre de 2023 hubo un millón 997,579 encuentros en la "
                   "frontera suroeste; en el mismo periodo de 2024, la cifra bajó a un millón "
                   "456,014, pero, en el mismo lapso de 2025, descendió a 158,849.",
                   date=dt.date(2025, 12, 14), engine=engine)["claims"]
    changes = [c for c in claims if c["kind"] == "change"]
    assert changes[0]["periods"] == ["2024-01..2024-10"]
    assert "1,997,579" in changes[0]["explanation"]
    assert {c["verdict"] for c in changes} == {"accurate"}


def test_a_record_named_with_the_base_is_of_the_base_s_period(engine: Engine) -> None:
    # All CBP, Southwest: December 2023 301,981 (the highest month held); December 2024
    # 96,033. "From an all-time high of about 302,000 in December 2023" ranks December 2023.
    claims = check("Encounters at the southwest border dropped from an all-time high of about "
                   "302,000 in December 2023 to roughly 96,000 a year later.",
                   date=dt.date(2025, 2, 1), engine=engine)["claims"]
    rank = next(c for c in claims if c["kind"] == "rank_record")
    assert (rank["periods"], rank["verdict"]) == (["2023-12"], "accurate")


def test_a_sentence_on_the_figures_gives_the_period_of_those_that_follow(
        engine: Engine) -> None:
    # Border Patrol, Southwest: FY2023 2,045,838; FY2024 1,530,523.
    claims = check("The figures released Tuesday cover the 12 months that ended Sept. 30. "
                   "Border Patrol agents made 1.53 million apprehensions at the southern "
                   "border, down from 2.05 million the previous year.",
                   date=dt.date(2024, 10, 22), engine=engine)["claims"]
    change = next(c for c in claims if c["kind"] == "change")
    assert change["periods"] == ["FY2024"] and change["verdict"] == "accurate"


def test_distinct_people_are_the_figure_s_own_words_and_its_relations(
        engine: Engine) -> None:
    # Border Patrol, FY2020: 405,036 encounters nationwide (Southwest 400,651), no border
    # named; no file counts unique individuals.
    claims = check("Border Patrol made 405,036 apprehensions of approximately 324,029 unique "
                   "individuals in the 2020 fiscal year.", date=dt.date(2021, 1, 20),
                   engine=engine)["claims"]
    assert [c["verdict"] for c in claims] == ["accurate", "unverifiable"]
    # A change of unique encounters is of people the files do not count either.
    c = one(engine, "In September, there were 164,939 unique encounters along the southwest "
            "border, a 5% increase from August.", "2023-10-20", kind="change")
    assert c["verdict"] == "unverifiable"


def test_a_record_for_a_single_day_is_not_in_the_monthly_files(engine: Engine) -> None:
    c = one(engine, "Migrant encounters at the southern border hit the highest total for a "
            "single day ever recorded on Tuesday.", "2023-12-20")
    assert c["verdict"] == "unverifiable" and "over a day" in c["explanation"]
    # A day that says when something was released is no count's.
    c = one(engine, "CBP said on Tuesday that agents apprehended 2,045,838 migrants at the "
            "southwest border in fiscal 2023.", "2023-12-20")
    assert c["verdict"] == "accurate"


def test_inadmissibles_are_cbp_s_and_a_change_since_last_month_runs_into_this_one(
        engine: Engine) -> None:
    # All CBP, Southwest, September 2020: 57,674. "Inadmisibles" are refused at CBP's ports.
    c = one(engine, "En septiembre pasado las autoridades fronterizas capturaron o consideraron "
            "inadmisibles a 57 mil 674 personas.", "2020-10-15")
    assert c["measure"] == "swb_encounters" and c["verdict"] == "accurate"
    # Said on 25 January, "since December" runs into January's first days: no monthly file
    # holds that.
    c = one(engine, "Border Patrol apprehensions are down 97% since December.", "2023-01-25")
    assert c["verdict"] == "unverifiable"


def test_a_month_of_a_named_fiscal_year() -> None:
    # October opens the fiscal year: October of FY2018 is October 2017.
    assert refs("in October of fiscal year 2018", "2025-11-06") == [("month", ["2017-10"])]
    assert refs("en marzo del año fiscal 2019", "2025-11-06") == [("month", ["2019-03"])]


def test_a_relation_of_the_year_so_far_said_mid_month_counts_part_of_that_month(
        engine: Engine) -> None:
    # Darién: 2022 248,284; January–July 2023 251,758; August 2023 81,946. Said on 15
    # August, "so far this year" may count some of August: the lead over 2022 lies between
    # 3,474 (none of August) and 85,420 (all of it), so 50,000 fits and 250,000 cannot.
    def comparison(text: str) -> dict:
        claims = check(text, date="2023-08-15", engine=engine)["claims"]
        return next(c for c in claims if c["kind"] == "comparison")

    fits = comparison("So far this year, 294,182 irregular migrants have crossed the Darién "
                      "Gap, 50,000 more than in all of 2022.")
    assert fits["verdict"] == "accurate"
    assert "with the month counted in part" in fits["explanation"]
    wrong = comparison("So far this year, 294,182 irregular migrants have crossed the Darién "
                       "Gap, 250,000 more than in all of 2022.")
    assert wrong["verdict"] == "inaccurate"


def test_the_sector_is_the_one_the_text_named_before(engine: Engine) -> None:
    # Border Patrol, Yuma sector, FY2020: 8,804 (the whole Southwest border: 400,651).
    for text in ("Years ago the Yuma Sector was ranked nearly last in border apprehensions. "
                 "In FY 2020, 8,804 migrants were apprehended throughout the sector.",
                 "El sector de Yuma fue el último. En el año fiscal 2020, el sector registró "
                 "8,804 detenciones."):
        c = one(engine, text, "2021-10-15")
        assert c["filters"] == {"sector": ["Yuma"]} and c["verdict"] == "accurate"
    # Two sectors named before: "the sector" is neither; the figure, Yuma's exactly, then
    # tells which, and the explanation says the words do not.
    c = one(engine, "The Yuma Sector and the Tucson Sector were busy. In FY 2020, 8,804 "
            "migrants were apprehended throughout the sector.", "2021-10-15")
    assert c["filters"] == {"sector": ["Yuma"]}
    assert "do not say which sector" in c["explanation"]


def test_a_rate_in_words_after_a_count_is_the_rate(engine: Engine) -> None:
    # Border Patrol, Big Bend sector, February 2025: 165 over 28 days, 5.9 a day.
    claims = check("In February, the Big Bend Sector reported just 165 apprehensions, or an "
                   "average of six per day.", date="2025-03-23", engine=engine)["claims"]
    assert [(c["kind"], c["claimed"]["value"], c["verdict"]) for c in claims] == [
        ("total", 165.0, "accurate"), ("rate", 6.0, "accurate")]


def test_a_base_named_by_what_it_counts(engine: Engine) -> None:
    # All CBP, Southwest, Hondurans: January–October 2025 8,543; January–October 2024 86,486
    # (-90.1%); the whole of 2024 102,645.
    before = ("Entre enero y octubre de este año se reportaron 8,543 hondureños detenidos por "
              "la CBP en la frontera suroeste. ")
    for base in ("respecto al número de detenciones que se reportaron en el 2024",
                 "frente a las detenciones registradas en 2024"):
        claims = check(before + f"La cifra disminuyó en el 90.1% {base}.", date="2025-12-13",
                       engine=engine)["claims"]
        change = next(c for c in claims if c["kind"] == "change")
        assert [f["period"] for f in change["official"]] == ["2024-01..2024-10",
                                                            "2025-01..2025-10"]
        assert change["verdict"] == "accurate"


def test_a_level_that_is_the_relation_s_own_figure_is_that_figure(engine: Engine) -> None:
    # 86,486 is January–October 2024, the base the change compared, not the whole of 2024
    # (102,645) that "en el 2024" alone would give it.
    claims = check("Entre enero y octubre de este año se reportaron 8,543 hondureños detenidos "
                   "por la CBP en la frontera suroeste. La cifra disminuyó en el 90.1% respecto "
                   "al número de detenciones que se reportaron en el 2024, en ese entonces "
                   "fueron 86,486 hondureños detenidos en la frontera.", date="2025-12-13",
                   engine=engine)["claims"]
    change = next(c for c in claims if c["kind"] == "change")
    assert change["verdict"] == "accurate"
    [part] = change["parts"]
    assert part["verdict"] == "accurate"
    assert part["official"][0]["period"] == "2024-01..2024-10"


def test_returns_from_both_countries_are_guatemala_s_count(engine: Engine) -> None:
    # IGM, Guatemalans returned from the US and Mexico, 2023: 79,697 (from Mexico alone:
    # far fewer).
    c = one(engine, "En 2023 se registraron 79.697 migrantes guatemaltecos que Estados Unidos y "
            "México retornaron.", "2024-02-10")
    assert (c["measure"], c["filters"], c["verdict"]) == ("gt_returns", {}, "accurate")


def test_that_nationality_is_the_one_named_before(engine: Engine) -> None:
    # Darién, Venezuelans, January–October 2024: 198,004 (196,813 is 0.6% under).
    claims = check("Los venezolanos coparon la escena en el uso de esa ruta en 2023: 328,650 "
                   "personas. Hasta el 1 de noviembre de 2024, 196,813 de esa nacionalidad "
                   "habían cruzado el Darién.", date="2024-11-15", engine=engine)["claims"]
    c = next(c for c in claims if c["claimed"]["value"] == 196813)
    assert c["filters"] == {"citizenship": ["VEN"]} and c["verdict"] == "roughly_accurate"


def test_a_streak_runs_to_the_latest_month_not_to_a_peak_fallen_from(engine: Engine) -> None:
    # Border Patrol, Southwest, 2019: May 132,856, then June–October each lower (October
    # 35,402): five months of falls up to October, none up to May.
    claims = check("Border Patrol apprehensions at the southwest border fell again in October. "
                   "This was the fifth consecutive month that apprehensions have fallen, with "
                   "arrests down 68 percent from a peak of 133,000 in May.",
                   date="2019-11-15", engine=engine)["claims"]
    streak = next(c for c in claims if c["kind"] == "streak")
    assert streak["periods"] == ["2019-10"] and streak["verdict"] == "accurate"


def test_an_unspaced_dash_before_down_starts_a_clause(engine: Engine) -> None:
    # "…in October to a total of 45,250—down 14 percent from September": 45,250 is
    # October's (all CBP, Southwest, October 2019: 45,250), September only the base.
    claims = check("Apprehensions and inadmissible cases along the Southwest border fell again "
                   "in October to a total of 45,250—down 14 percent from September.",
                   date="2019-11-15", engine=engine)["claims"]
    total = next(c for c in claims if c["kind"] == "total"
                 or any(p["kind"] == "total" for p in c.get("parts", [])))
    level = total if total["kind"] == "total" else next(
        p for p in total["parts"] if p["kind"] == "total")
    assert level["periods"] == ["2019-10"]


def test_a_rate_s_period_is_the_text_s_for_the_figures_after_it(engine: Engine) -> None:
    # Border Patrol, Southwest, FY2021: 1,659,206 (4,546 a day), 1,040,220 of them under
    # Title 42 (62.7%).
    claims = check("During fiscal year 2021 Border Patrol apprehended an average of 4,500 "
                   "migrants a day at the southwest border. Of the 1.7 million migrants "
                   "detained, 61% were expelled under Title 42.", date="2021-11-15",
                   engine=engine)["claims"]
    share = next(c for c in claims if c["kind"] == "share")
    assert share["periods"] == ["FY2021"] and share["verdict"] == "accurate"


def test_its_first_or_last_months_are_those_of_the_year_named_before() -> None:
    # "Its" points back to the year named in the sentence: FY2025's first three months are
    # October–December 2024; 2023's last four months September–December 2023.
    assert refs("60% of FY2025's apprehensions were in its first three months",
                "2025-10-15") == [("fiscal_year", ["FY2025"]), ("range", ["2024-10..2024-12"])]
    assert refs("In 2023 half of them came in its last four months", "2024-03-01")[-1] == (
        "range", ["2023-09..2023-12"])
    # Without "its", the first months of the year under way, as before.
    assert refs("in the first three months", "2025-05-15") == [("range", ["2025-01..2025-03"])]


def test_a_share_of_a_fiscal_year_in_its_first_months(engine: Engine) -> None:
    # Border Patrol, Southwest: FY2024 1,530,523; October–December 2023 629,595 (41.1%),
    # not January–March 2024.
    for text in ("About 40% of fiscal year 2024 Border Patrol apprehensions at the southwest "
                 "border were in its first three months.",
                 "About 40% of Border Patrol apprehensions at the southwest border in fiscal "
                 "year 2024 were recorded during the final three months of 2023."):
        c = one(engine, text, "2024-10-15")
        assert c["kind"] == "share" and c["verdict"] in ("accurate", "roughly_accurate")
        assert "2023-10..2023-12 had 629,595" in c["explanation"]


def test_the_time_a_sentence_opens_with_is_its_first_figure_s(engine: Engine) -> None:
    # Darién: January–September 2023 408,972; August 2023 81,946.
    claims = check("Between January and September 2023, nearly 409,000 arrivals have been "
                   "documented in the Darien region, with a notable spike in August, totaling "
                   "81,950 arrivals.", date="2023-11-20", engine=engine)["claims"]
    assert [(c["periods"], c["verdict"]) for c in claims] == [
        (["2023-01..2023-09"], "accurate"), (["2023-08"], "accurate")]


def test_a_second_change_after_but_and_last_october_a_year_before(engine: Engine) -> None:
    # Border Patrol, Southwest: September 2024 53,858; October 2024 56,520 (+4.9%);
    # October 2023 188,749 (-70.1%).
    claims = check("U.S. Border Patrol agents encountered 56,530 migrants in October. The "
                   "arrests rose about 5% from the 53,530 in September but fell more than 70% "
                   "from 188,749 last October.", date="2024-11-15", engine=engine)["claims"]
    changes = [c for c in claims if c["kind"] == "change"]
    assert [[f["period"] for f in c["official"]] for c in changes] == [
        ["2024-09", "2024-10"], ["2023-10", "2024-10"]]
    assert [c["verdict"] for c in changes] == ["roughly_accurate", "accurate"]


def test_the_ports_nationwide_total_is_a_reading_of_ports_figure(engine: Engine) -> None:
    # CBP, October 2022–April 2023: Office of Field Operations nationwide 570,003, at the
    # Southwest border's ports 195,787.
    claims = check("According to CBP statistics, Border Patrol has had 1,246,371 encounters in "
                   "FY2023 to date. There's another 570,587 encounters from the Office of Field "
                   "Operations.", date="2023-05-20", engine=engine)["claims"]
    ports = next(c for c in claims if c["claimed"]["value"] == 570587)
    assert ports["verdict"] in ("accurate", "roughly_accurate")
    assert "(component OFO): 2022-10..2023-04: 570,003" in ports["explanation"]


def test_a_month_after_the_year_a_sentence_is_set_in_is_that_year_s(engine: Engine) -> None:
    # Mexico, March 2024: 117,667 (said in December 2025, "in March" alone would be March
    # 2025). IGM, January–November 2024: 71,980. A year after "since" sets no frame.
    c = one(engine, "In 2024, Mexico detained more than 80,000 migrants in March.", "2025-12-03")
    assert c["periods"] == ["2024-03"] and c["verdict"] == "accurate"
    claims = check("Estos datos contrastan con los de 2024, cuando Guatemala cerró el año con "
                   "un total de 76.768 guatemaltecos deportados por las autoridades de Estados "
                   "Unidos y México (71.980 hasta noviembre).", date="2025-12-03",
                   engine=engine)["claims"]
    assert [c["verdict"] for c in claims] == ["accurate", "accurate"]
    # A run of months: Yuma sector, October–December 2023 (fiscal 2024's first months)
    # 19,173; October–December 2024 5,471.
    c = one(engine, "In Fiscal Year 2024, Border Patrol agents in Yuma saw over 19,000 "
            "encounters from October through December.", "2025-02-13")
    assert c["periods"] == ["2023-10..2023-12"] and c["verdict"] == "accurate"
    # A sector's name as the subject of a count is the sector, agents named or not.
    c = one(engine, "In Fiscal Year 2024, Yuma saw over 19,000 encounters from October "
            "through December.", "2025-02-13")
    assert c["filters"] == {"sector": ["Yuma"]} and c["verdict"] == "accurate"
    since = check("Border Patrol encounters in March were 7,181, the lowest since 2000.",
                  date="2025-04-20", engine=engine)["claims"]
    assert all(c["periods"] == ["2025-03"] for c in since)


def test_a_second_level_of_the_same_series_beside_a_match_is_not_settled(
        engine: Engine) -> None:
    # Mexico (UPM), January–May 2024: 588,994. The 1,393,683 beside it cannot be the same
    # series and months too: it is another statistic (INM's own count), not a wrong one.
    claims = check("Mientras el Instituto Nacional de Migración dio cuenta de un millón 393 mil "
                   "683 migrantes detenidos de enero a mayo de este año, la Unidad de Política "
                   "Migratoria reportó solamente 590 mil 401.", date="2024-07-15",
                   engine=engine)["claims"]
    assert [c["verdict"] for c in claims] == ["unverifiable", "accurate"]
    assert claims[0]["explanation"].startswith("Sin resolver")


def test_the_group_the_text_named_before_is_a_reading_the_figure_decides(
        engine: Engine) -> None:
    # CBP nationwide encounters, FY2021: 1,956,519 in all, 50,722 of Nicaraguans.
    text = "Nicaraguans kept coming in 2021. The total for all of FY 2021 was {} nationwide."
    c = one(engine, text.format("50,722 encounters"), "2022-05-01")
    assert c["filters"] == {"citizenship": ["NIC"]} and c["verdict"] == "accurate"
    assert "the group the text named before" in c["evidence"]["cues"]
    # A figure that fits neither is judged as the sentence's own words read.
    c = one(engine, text.format("80,000 encounters"), "2022-05-01")
    assert c["filters"] == {} and c["verdict"] == "inaccurate"
    # Southwest border, FY2021: 1,734,686 encounters in all; the group gives way.
    c = one(engine, "Nicaraguans kept coming in 2021. The total for all of FY 2021 was "
            "1,734,686 encounters at the southwest border.", "2022-05-01")
    assert c["filters"] == {} and c["verdict"] == "accurate"
    # A family status named before: Border Patrol, UAC, FY2018: 50,030 (50,036 first).
    c = one(engine, "Unaccompanied children kept coming. In FY 2018, Border Patrol "
            "apprehended 50,036 at the southwest border.", "2019-05-01")
    assert c["filters"] == {"demographic": ["UAC"]} and c["verdict"] == "accurate"
    # Single adults (Border Patrol, FY2019: 301,806), though "adults" is in their name.
    c = one(engine, "Single adults kept coming. In FY 2019, Border Patrol apprehended "
            "301,806 at the southwest border.", "2020-05-01")
    assert c["filters"] == {"demographic": ["Single Adults"]} and c["verdict"] == "accurate"


def test_a_change_in_a_daily_average_compares_the_months_by_the_day(engine: Engine) -> None:
    # All CBP, Southwest border: November 2021 174,845 (30 days: 5,828 a day), December
    # 2021 179,253 (31 days: 5,782 a day). The totals rose 2.5%; the daily average fell 0.8%,
    # which is a slight decrease (under 1%, but a slight move is what the words say).
    c = one(engine, "CBP encountered an average of 5,769 individuals a day at the Southwest "
            "border in December 2021, a slight decrease from the November 2021 daily "
            "average.", "2022-01-20", kind="change")
    assert c["verdict"] == "accurate" and "5,828 → 5,782 a day" in c["explanation"]
    # Without a daily average, December's total rose: no decrease.
    c = one(engine, "CBP encountered 179,253 individuals at the Southwest border in December "
            "2021, a slight decrease from November 2021.", "2022-01-20", kind="change")
    assert c["verdict"] == "inaccurate"


def test_ports_of_entry_in_a_city_are_its_field_office_s(engine: Engine) -> None:
    # OFO, El Paso Field Office: FY2023 54,617, FY2024 91,241 (+67.05%); all OFO at the
    # Southwest border: 429,831 and 604,482 (+40.6%).
    claims = check("In FY 2024 CBP recorded 91,241 encounters, compared to FY 2023 (54,617) "
                   "that's a 67.06% increase at the Ports of Entry in El Paso.",
                   date="2024-10-23", engine=engine)["claims"]
    assert [c["verdict"] for c in with_parts(claims)] == ["accurate"] * 3
    assert claims[0]["filters"] == {"sector": ["El Paso Field Office"]}
    assert all("El Paso Field Office" in p["explanation"] for p in claims[0]["parts"])
    # The field office is a reading the figure chooses: the whole border's ports stay.
    c = one(engine, "In FY 2024 there were 604,482 encounters at ports of entry, including "
            "those in El Paso.", "2024-10-23")
    assert c["filters"] == {} and c["verdict"] == "accurate"


def test_a_record_projected_is_the_year_s(engine: Engine) -> None:
    # Border Patrol, Southwest border: February 2021 97,643 (rank 24 of the 240 months to
    # then); FY2021 1,659,206, the highest of the 20 fiscal years FY2002–FY2021.
    claims = check("The number of arrests at the border in February reached the highest "
                   "level in any February in 15 years, and the government is projecting the "
                   "highest number of arrests in 20 years.", date="2021-03-15",
                   engine=engine)["claims"]
    assert [(c["verdict"], c["periods"]) for c in claims] == [
        ("accurate", ["2021-02"]), ("accurate", ["FY2021"])]
    # A month projected stays the month.
    c = one(engine, "Border Patrol is on pace for its busiest month in 20 years in February "
            "2021.", "2021-02-20")
    assert c["periods"] == ["2021-02"]


def test_the_past_months_may_end_at_the_last_month_published(engine: Engine) -> None:
    # On 15 February 2023 January had ended but was not yet published. All CBP, Southwest
    # border: every month March–December 2022 was above 200,000 (July: 200,162); January
    # 2023 had 157,358, below.
    found = time_refs("Every month for the past 10 months, more than 200,000 crossed.",
                      dt.date(2023, 2, 15))
    assert [p.label for p in found[0].periods][-1] == "2023-01"
    assert [p.label for p in found[0].alternatives[0]] == [
        f"2022-{m:02d}" for m in range(3, 13)]
    claims = check("Every month for the past 10 months, more than 200,000 illegal immigrants "
                   "have been encountered along the southwest border.", date="2023-02-15",
                   engine=engine)["claims"]
    assert [(c["verdict"], c["periods"][-1]) for c in claims] == [("accurate", "2022-12")]


def test_a_run_following_a_move_in_a_month_starts_after_it(engine: Engine) -> None:
    # Border Patrol, Southwest border: January 2023 129,513 (down from December's 222,018),
    # February 130,521, March 163,672, April 183,921: three rises in a row to April.
    claims = check("Border Patrol agents apprehended more than 181,000 migrants who crossed "
                   "the southwest border from Mexico in April. The apprehensions mark the "
                   "third consecutive month of increased apprehensions following a brief "
                   "decline in January.", date="2023-05-03", engine=engine)["claims"]
    c = next(c for c in claims if c["kind"] == "streak")
    assert (c["verdict"], c["periods"]) == ("accurate", ["2023-04"])
    assert "3 months in a row in which the figure rose" in c["explanation"]


def test_a_clause_that_hangs_on_a_month_is_about_that_month(engine: Engine) -> None:
    # Border Patrol, Southwest border, 2020: July 38,536, August 47,283 (+8,747), September
    # 54,771 (+7,488).
    claims = check("The number of migrant apprehensions in September rose by more than 7,000 "
                   "compared to August, which itself saw an increase of almost 9,100 arrests "
                   "from the previous month.", date="2020-10-15", engine=engine)["claims"]
    assert [(c["verdict"], c["periods"]) for c in claims] == [
        ("accurate", ["2020-09"]), ("accurate", ["2020-08"])]


def test_a_year_after_a_superlative_is_the_record_s_window(engine: Engine) -> None:
    # All CBP, Southwest border, 2023: January 157,358 … August 232,963, the highest of the
    # eight months; March 193,249.
    claims = check("CBP encounters at the southern border reached 232,963 in August, the "
                   "highest monthly total of 2023.", date="2023-09-15", engine=engine)["claims"]
    assert [(c["kind"], c["verdict"], c["periods"]) for c in claims] == [
        ("total", "accurate", ["2023-08"]), ("rank_record", "accurate", ["2023-08"])]
    assert "rank 1 of 8 months 2023-01–2023-08" in claims[1]["explanation"]
    c = one(engine, "CBP encounters at the southern border reached 193,249 in March, the "
            "highest in 2023.", "2023-09-15", kind="rank_record")
    assert c["verdict"] == "inaccurate"
    # With no month named, the level beside the record is the latest month's.
    c = one(engine, "This elevated the total migrant encounters by CBP agents at the southern "
            "border to approximately 230,000, the highest in 2023.", "2023-09-15",
            kind="total")
    assert (c["verdict"], c["periods"]) == ("accurate", ["2023-08"])


def test_the_last_days_of_a_presidency_are_the_month_it_ended() -> None:
    # Biden's term ended on 20 January 2025; his last full month was December 2024.
    for text in ("In the final weeks of the Biden administration, CBP encountered about "
                 "61,000 migrants.",
                 "Durante los últimos días de la presidencia de Joe Biden se reportaron más "
                 "de 64.000 detenciones."):
        found = time_refs(text, dt.date(2025, 6, 1))
        assert [([p.label for p in r.periods], [[p.label for p in a] for a in r.alternatives])
                for r in found] == [(["2025-01"], [["2024-12"]])]
    found = time_refs("The final full month of the Biden administration", dt.date(2025, 6, 1))
    assert [[p.label for p in r.periods] for r in found] == [["2024-12"]]


@pytest.mark.parametrize("text", [
    "Border Patrol apprehended 47,000 in January, but a month later the number fell to 24,000.",
    "En enero hubo 47 mil detenciones y al mes siguiente 24 mil.",
    "Se reportaron 64.000 detenciones en enero, pero apenas un mes después bajaron a 24.000.",
])
def test_a_month_later_is_the_month_after_the_one_named(text: str) -> None:
    assert [(r.words.lower(), [p.label for p in r.periods])
            for r in time_refs(text, dt.date(2025, 6, 1))][-1][1] == ["2025-02"]
    assert time_refs("The next month, 24,000 crossed.", dt.date(2025, 6, 1)) == []


def test_a_part_counts_what_its_predicate_says(engine: Engine) -> None:
    # All CBP, Southwest border, March 2021: 173,277 encounters, 109,249 of them under
    # Title 42 (expulsions).
    c = one(engine, "CBP said nearly 104,000 of the border crossers were expelled, mostly "
            "back into Mexico.", "2021-04-08")
    assert c["filters"] == {"authority": ["Title 42"]} and "109,249" in c["explanation"]


def test_surrendering_at_the_border_is_counted_as_apprehended(engine: Engine) -> None:
    # All CBP, Southwest border, family units, FY2023: 821,537.
    c = one(engine, "In FY2023, family members surrendering at the border numbered 819,000.",
            "2023-11-01")
    assert c["filters"] == {"demographic": ["FMUA"]} and c["verdict"] == "accurate"


def test_over_the_fiscal_year_is_a_span_not_a_base(engine: Engine) -> None:
    # Border Patrol, Southwest border, family units: October 2022 – August 2023 518,284;
    # August 2023 alone 93,111; August 2022 39,305.
    c = one(engine, "The August tally brings the number of family member units surrendering "
            "at the border over the fiscal year to more than half a million people.",
            "2023-09-01")
    assert (c["verdict"], c["periods"]) == ("accurate", ["2022-10..2023-08"])
    c = one(engine, "Family unit apprehensions rose 20% over the year before, to 93,111 in "
            "August 2023.", "2023-09-01", kind="change")
    assert "39,305 in August 2022" in c["explanation"]


def test_a_place_of_what_was_reported_is_not_the_figure_s(engine: Engine) -> None:
    # Border Patrol, Southwest border, family units: August 2023 93,111 (the most of any
    # month); the Arizona gates are neither a count of people nor the families' state.
    claims = check("Record numbers of migrant families crossed the US-Mexico border in August, "
                   "a new report said this week after The Post revealed that officials have "
                   "welded open more than 100 gates along the Arizona border.",
                   date="2023-09-01", engine=engine)["claims"]
    assert [(c["kind"], c["filters"], c["verdict"]) for c in claims] == [
        ("rank_record", {"demographic": ["FMUA"]}, "accurate")]


def test_an_average_with_no_period_is_tried_against_the_latest_month(engine: Engine) -> None:
    # All CBP, Southwest border, September 2022 (the last month ended by 15 October 2022):
    # 227,547 over 30 days, 7,585 a day.
    c = one(engine, "Encounters at the southwest border averaged 7,400 a day.", "2022-10-15")
    assert (c["verdict"], c["periods"]) == ("roughly_accurate", ["2022-09"])
    # A figure the latest month does not bear out stays unsettled.
    c = one(engine, "Encounters at the southwest border averaged 2,000 a day.", "2022-10-15")
    assert c["verdict"] == "unverifiable"


def test_a_family_status_only_the_us_counts_names_the_us_series(engine: Engine) -> None:
    # All CBP, Southwest border, unaccompanied children: June 2021 15,230, July 2021 18,954
    # (+24.5%; 18,962 first published).
    c = one(engine, "Unaccompanied minors grew by 24%, totaling 18,962 in July.", "2021-08-15",
            kind="change")
    assert c["filters"] == {"demographic": ["UAC"]} and c["verdict"] == "accurate"
    assert "15,230 in June 2021 to 18,954 in July 2021" in c["explanation"]


def test_a_count_at_the_us_own_border_is_the_us_s(engine: Engine) -> None:
    # All CBP, Southwest border: May 2019 144,116, June 2019 104,311 (-27.6%); Border Patrol
    # 132,856 -> 94,902 (-28.6%). Mexico only speaks here; "U.S." names the border.
    from borderstats.claims import lexicon as lx
    assert lx.US_CUES.search("apprehensions at the U.S. southern border")
    c = one(engine, "Mexico's foreign ministry said that apprehensions at the U.S. southern "
            "border fell 28% in June from May.", "2019-07-02")
    assert c["measure"] in ("swb_encounters", "usbp_swb_encounters")
    assert c["verdict"] in ("accurate", "roughly_accurate")


def test_a_demonym_after_an_institution_is_who_counts() -> None:
    # (The claim it decides is a row of READINGS.)
    from borderstats.claims import lexicon as lx
    assert lx.nationalities("las autoridades migratorias panameñas hablan de 70 mil "
                            "migrantes haitianos") == ["HTI"]


def test_a_record_for_one_day_cannot_be_checked(engine: Engine) -> None:
    claims = check("Agents apprehended more than 5,000 migrants on Tuesday alone, the highest "
                   "one-day total in years.", date="2019-03-27", engine=engine)["claims"]
    assert claims and {c["verdict"] for c in claims} == {"unverifiable"}


def test_a_relation_of_distinct_people_is_not_settled_by_the_events(engine: Engine) -> None:
    # The files count encounters (April 2022: 235,785 all CBP), not individuals.
    claims = check("In April 2022 CBP encountered 150,000 individual migrants on 235,785 "
                   "occasions, 2 percent fewer individuals than in March.", date="2022-05-20",
                   engine=engine)["claims"]
    assert [c["verdict"] for c in claims if c["kind"] in ("change", "comparison")] == [
        "unverifiable"]


def test_twelve_months_that_ended_in_september_are_a_fiscal_year() -> None:
    from borderstats.claims.text import sentences
    assert refs("en el período de 12 meses que terminó en septiembre", "2021-10-30") == [
        ("fiscal_year", ["FY2021"])]
    # "septiembre. 30," is one date, not the end of a sentence and a figure.
    assert len(sentences("Ingresaron en el período que terminó en septiembre. 30, informó el "
                         "gobierno.")) == 1


def test_a_level_in_brackets_after_a_period_is_that_period_s(engine: Engine) -> None:
    # Border Patrol, Southwest border: June 2024 83,532; January 2021 75,316.
    claims = check("Border Patrol apprehensions fell 29% in June 2024 from May, the lowest "
                   "monthly total since January 2021 (75,316).", date="2024-07-16",
                   engine=engine)["claims"]
    parts = [p for p in with_parts(claims) if (p.get("claimed") or {}).get("value") == 75316]
    assert parts and all(p["periods"] == ["2021-01"] and p["verdict"] == "accurate"
                         for p in parts)


def test_a_record_set_beside_the_base_is_the_base_s(engine: Engine) -> None:
    # Border Patrol, Southwest border: May 2019 132,856 (the highest month since 2006),
    # June 2019 94,902. The rule holds in any sentence of a text, not only the first.
    claims = check("Border Patrol apprehensions fell in June. Agents apprehended 94,902 "
                   "migrants at the southwest border last month, down from 132,856 in May — "
                   "the highest month in more than a decade.",
                   date="2019-07-03", engine=engine)["claims"]
    rank = [c for c in claims if c["kind"] == "rank_record"]
    assert [(c["periods"], c["verdict"]) for c in rank] == [(["2019-05"], "accurate")]


# -- readings pinned as a table ----------------------------------------------------------
# Each row: the text, its date, the kind of claim looked at (and which of them, in order),
# and what the checker must say of it ("says": words its explanation must hold), worked out
# from the official figures in the comment.
READINGS = [
    # "Since then" after an event's year runs from that year (Operation Lone Star, 2021);
    # only after a year whose figure was given does it start when the year ended.
    ("Operation Lone Star was launched in 2021. Since then, Border Patrol agents have "
     "apprehended more than 6 million migrants at the southwest border.", "2024-06-15", "total",
     0, {"verdict": "accurate", "periods": ["2021-01..2024-05"]}),
    # "On pace for the highest annual total since 2007", in June 2019: the year under way.
    ("Border Patrol apprehensions are on pace for the highest annual total since 2007.",
     "2019-06-15", "rank_record", 0, {"verdict": "accurate", "periods": ["FY2019"]}),
    # "In mid-May … more than 10,000 migrants a day": a pace over days, not May's average.
    ("In mid-May, just before Title 42 expired, Border Patrol agents were apprehending more "
     "than 10,000 migrants a day.", "2023-06-15", "rate", 0, {"verdict": "unverifiable"}),
    # The month that held the previous record keeps its own figure (September 2023: 218,763)
    # and stays a comparison's base ("14 percent below February's previous low").
    ("December's 249,740 apprehensions topped September's previous high of 218,000.",
     "2024-01-20", "total", 1, {"verdict": "accurate", "periods": ["2023-09"]}),
    ("Border Patrol apprehensions fell to 7,181 in March, 14 percent below February's previous "
     "low of 8,347.", "2025-04-15", "comparison", 0,
     {"verdict": "accurate", "says": "February 2025 had 8,353"}),
    # "La mitad niñas": a part the files do not split; the whole stays the minors' count.
    ("Más de 50.000 menores de edad cruzaron el Darién en 2023, la mitad niñas, según UNICEF.",
     "2023-10-20", "total", 0, {"verdict": "accurate", "filters": {"age_group": ["Minors"]}}),
    # Let in "at ports of entry … using the CBP One app" is no release from custody.
    ("CBP said it allowed about 1,000 migrants a day into the country at ports of entry in "
     "April using the CBP One app.", "2023-05-10", "rate", 0, {"measure": "ofo_swb_encounters"}),
    # "So far this fiscal year", on 2 October: two days' worth, not most of October.
    ("So far this fiscal year, Border Patrol has apprehended 50,000 migrants at the southwest "
     "border.", "2024-10-02", "total", 0, {"verdict": "inaccurate"}),
    # Across a contrast ("… while single adult apprehensions increased"), the first level's
    # own word says its direction.
    ("In October, family apprehensions dropped to 9,721 while single adult apprehensions "
     "increased to 22,840.", "2019-11-15", "change", 0, {"says": "fits 'dropped'"}),
    # "Esta cifra … respecto al total de 2022": the figure before, against all of 2022.
    ("Más de 400.000 migrantes han cruzado el Darién este año. Esta cifra representa un aumento "
     "del 62 por ciento respecto al total de 2022.", "2023-09-30", "change", 0,
     {"verdict": "accurate", "says": "de 248,284 en 2022"}),
    # A term up to a month that opens the sentence, before a comma, is the figure's period.
    ("Desde la toma de posesión hasta finales de marzo, la Patrulla Fronteriza ha detenido a 44 "
     "mil migrantes en la frontera suroeste.", "2025-04-20", "total", 0,
     {"periods": ["2025-01..2025-03"]}),
    # "… increased 31% monthly but have fallen a massive 58% in a year": the second change,
    # after "but have", is a clause of its own (Yuma, March 2023 against March 2022).
    ("Encounters at the Yuma border also increased 31% monthly but have fallen a massive 58% "
     "in a year.", "2023-04-24", "change", 1, {"verdict": "roughly_accurate"}),
    # A month that held the record a figure beat ("surpassing February's previous low") is
    # no change's base: the 95% is March 2025 against March 2024 (189,359 to 11,011).
    ("The White House reported a 95 percent drop in illegal border encounters, with only 11,000 "
     "crossings last month, surpassing February’s previous low.", "2025-04-15", "change", 0,
     {"verdict": "accurate", "periods": ["2025-03"]}),
    # A part set off with no "de" ("una quinta parte menores de edad") is a share of minors;
    # the whole (cerca de 300.000) counts everyone.
    ("Hasta el 17 de agosto, cerca de 300.000 personas, una quinta parte menores de edad, "
     "habían cruzado el Darién en 2023.", "2023-08-20", "share", 0,
     {"verdict": "accurate", "filters": {"age_group": ["Minors"]}}),
    # The word between two levels says which way they went: "cratered in April at 16,162 …,
    # creeping up again, reaching 38,347 by July" rose.
    ("Border Patrol apprehensions, which had cratered in April at 16,162, are creeping up "
     "again, reaching 38,347 by July.", "2020-08-23", "change", 0, {"verdict": "accurate"}),
    # "The lowest fiscal year total in 46 years" ranks fiscal years: FY2017 (303,916), said in
    # October 2017, the lowest since FY1971.
    ("Border Patrol recorded 303,916 apprehensions at the southwest border, the lowest fiscal "
     "year total in 46 years.", "2017-10-20", "rank_record", 0,
     {"verdict": "accurate", "periods": ["FY2017"]}),
    # "Panama's Department of Migration" is who counts, no department of a home country.
    ("Panama's Department of Migration counted about 800 people a day crossing the Darien Gap "
     "in January and February.", "2023-03-19", "rate", 0, {"verdict": "accurate"}),
    # "During the same two months last year": the months named before, a year earlier
    # (January–February 2022: 8,964 over 59 days, 152 a day).
    ("About 800 people a day crossed the Darien Gap in January and February. During the same "
     "two months last year, only about 150 people were crossing per day.", "2023-03-19", "rate",
     1, {"verdict": "accurate", "periods": ["2022-01..2022-02"]}),
    # "Official crossing points" are the ports of entry, not crossings.
    ("Inadmissibles, those presenting themselves at official crossing points without "
     "documents, were reported at 29,582 in March.", "2023-04-19", "total", 0,
     {"verdict": "accurate", "measure": "ofo_swb_encounters"}),
    # "Traveling from South America through the Darién" is the way they came, not their
    # nationality.
    ("More than 408,000 migrants traveling from South America crossed the Darien Gap between "
     "January and September 2023.", "2023-11-22", "total", 0,
     {"verdict": "accurate", "filters": {}}),
    # "Unaccompanied Indian minors": unaccompanied, and Indian.
    ("Between October 2024 and February 2025, 77 unaccompanied Indian minors were apprehended "
     "at the US borders.", "2025-04-15", "total", 0,
     {"filters": {"demographic": ["UAC"], "citizenship": ["IND"]}}),
    # "Minors travelling with adults" are CBP's accompanied minors, not adults.
    ("In FY25 authorities detained 2,552 family units and 23 minors travelling with adults from "
     "India.", "2025-10-29", "total", 1,
     {"verdict": "accurate", "filters": {"demographic": ["Accompanied Minors"],
                                         "citizenship": ["IND"]}}),
    # Releases said as "liberados" and "allowed … in the country" are book-outs (Border
    # Patrol releases, May 2024: 62,210), not encounters.
    ("La Patrulla Fronteriza reportó cero liberaciones el mes pasado, frente a los 62,000 "
     "liberados en mayo de 2024.", "2025-06-15", "total", 0,
     {"verdict": "accurate", "measure": "swb_book_outs"}),
    ("The Biden administration allowed 64,000 illegal crossers in the country in May 2024.",
     "2025-06-15", "total", 0, {"measure": "swb_book_outs"}),
    # "Desde la toma de posesión hasta finales de marzo": the term up to March, one span.
    ("Desde la toma de posesión hasta finales de marzo se han detenido 40 mil migrantes en la "
     "frontera suroeste.", "2025-04-30", "total", 0, {"periods": ["2025-01..2025-03"]}),
    # "Since then", after a whole fiscal year: the months after it (October–November 2021:
    # 326,128).
    ("Fiscal year 2021 saw almost 1.7 million Border Patrol apprehensions. Since then there "
     "have been about 326,000 more apprehensions.", "2021-12-15", "total", 1,
     {"verdict": "accurate", "periods": ["2021-10..2021-11"]}),
    # "From their peak last year": last year's highest month (May 2019, 144,116) to the
    # latest (January 2020, 36,585) ...
    ("Apprehension numbers have declined 75 percent from their peak last year.", "2020-02-27",
     "change", 0, {"verdict": "accurate", "says": "the highest month of"}),
    # ... but a peak year long past is the year's total (2000: 1,610,243; 2012: 368,718).
    ("Illegal crossings are down by nearly 80 percent from their peak in 2000.", "2013-05-13",
     "change", 0, {"verdict": "accurate", "periods": ["2012"]}),
    # "From that incredible peak in May": May is the base.
    ("Border Patrol apprehensions fell 45 percent from that incredible peak in May.",
     "2019-08-20", "change", 0, {"verdict": "accurate", "periods": ["2019-07"]}),
    # "Over the past eight months": the latest month against the level eight months before
    # (May 2019 144,116 to January 2020 36,585) is a reading too.
    ("Crossings at the border have declined by about 75% over the past eight months.",
     "2020-02-12", "change", 0, {"verdict": "accurate", "says": "from 144,116 in May 2019"}),
    # "En lo que va de 2025", said on 27 January: January to that day, a month in part.
    ("En lo que va de 2025, Guatemala recibió a 3 mil 297 personas retornadas de Estados "
     "Unidos.", "2025-01-27", "total", 0, {"verdict": "accurate", "periods": ["2025-01"]}),
    # After a figure, "en junio" opens a clause of its own; the change after the two levels
    # runs from the first month to the second.
    ("Mientras que en mayo el promedio diario de migrantes detenidos fue de mil 246, en junio "
     "pasó a 629, lo que significó una reducción del 50 por ciento.", "2019-08-02", "change", 0,
     {"periods": ["2019-06"], "says": "de 132,856 en mayo de 2019"}),
    # An aside with no figure between dashes, then the figure's time.
    ("CBP reported 10 million migrant encounters — a staggering number — from February 2021 "
     "through July 2024.", "2024-09-15", "total", 0,
     {"verdict": "accurate", "periods": ["2021-02..2024-07"]}),
    # "Fiscal Year 2023 year-to-date": that fiscal year so far, not the calendar year's.
    ("Fiscal Year 2023 year-to-date apprehensions in the five Texas sectors fell by 11.33 "
     "percent compared to the same period last year.", "2023-07-22", "change", 0,
     {"verdict": "accurate", "periods": ["2022-10..2023-06"]}),
    # "The first two weeks of April" are days of the month, no month's count.
    ("Border Patrol agents encountered 1,700 migrants in the first two weeks of April.",
     "2023-05-20", "total", 0, {"verdict": "unverifiable"}),
    # "At the end of June" is June (May 206,690 to June 144,556, -30.1%) ...
    ("At the end of June, migrant encounters had fallen to 144,566, a 30 percent drop from the "
     "previous month.", "2023-09-15", "change", 0,
     {"verdict": "accurate", "periods": ["2023-06"]}),
    # ... and "said in late May" is when it was said, not counted.
    ("CBP said in late May that Border Patrol apprehensions fell to 144,566 in April.",
     "2023-09-15", "change", 0, {"periods": ["2023-04"]}),
    # "…, reversing course after a plunge … in May": the plunge's month is its own clause's.
    ("Arrests soared 33% from June to July, reversing course after a plunge that followed new "
     "asylum restrictions in May.", "2023-08-19", "change", 0,
     {"verdict": "accurate", "periods": ["2023-07"]}),
    # "The busiest of nine geographic sectors", "the busiest crossing point along the
    # southwest border": ranked among sectors.
    ("The Tucson area registered 39,215 arrests in July to become the busiest of nine "
     "geographic sectors along the border.", "2023-08-19", "rank_record", 0,
     {"verdict": "accurate", "says": "rank 1 of 9 sectors"}),
    ("Agents in the El Paso Sector apprehended more than 41,000 migrants in April, making the "
     "sector the busiest crossing point along the southwest border.", "2023-05-04",
     "rank_record", 0, {"verdict": "accurate", "says": "rank 1 of 9 sectors"}),
    # "The third highest on record after an all-time high of nearly 19,000 in March": March
    # holds the record; May is ranked.
    ("There were more than 14,100 unaccompanied children encountered last month, the third "
     "highest on record after an all-time high of nearly 19,000 in March.", "2021-06-09",
     "rank_record", 0, {"verdict": "accurate", "periods": ["2021-05"]}),
    # "Una disminución del 15 por ciento del récord de marzo": from March's figure, a base.
    ("La Patrulla Fronteriza detuvo a 6.072 inmigrantes en la frontera suroeste en junio, una "
     "disminución del 15 por ciento del récord de marzo de 7.183 detenciones.", "2025-07-15",
     "change", 0, {"verdict": "accurate", "periods": ["2025-06"]}),
    # A change in a "when" clause on a month is that month's own: September 2023 (22,090 to
    # 54,833) soared.
    ("Border Patrol agents apprehended 29,637 migrants from Venezuela last month, a 46% drop "
     "from September, when crossings by Venezuelans soared to 54,833.", "2023-11-14", "change",
     1, {"verdict": "accurate", "periods": ["2023-09"]}),
    # "This amount … over the total number … in 2022": the figure the sentence before gave,
    # against all of 2022.
    ("More than 400,000 migrants have passed through the Darien Gap this year. This amount "
     "represents a 62 percent increase over the total number of migrants who passed through "
     "the Darien Gap in 2022.", "2023-09-30", "change", 0,
     {"verdict": "accurate", "says": "from 248,284 in 2022"}),
    # "More than 2 1/2 million": two and a half million.
    ("More than 2 1/2 million migrants were encountered at the southwest border in fiscal year "
     "2023.", "2023-12-28", "total", 0, {"verdict": "roughly_accurate"}),
    # "Año financiero" (and "financial year") is the fiscal year.
    ("Según CBP, 124.023 ecuatorianos fueron detenidos en el año financiero 2024.", "2024-10-15",
     "total", 0, {"verdict": "accurate", "periods": ["FY2024"]}),
    # "That's …" opening a sentence is the figure the sentence before gave, of its month.
    ("The report on March border crossings was just released. About 7,000 people were "
     "apprehended attempting to cross our borders last month. That’s only about 226 illegal "
     "crossings a day, and down 94% compared to March 2024 under Joe Biden!", "2025-04-02",
     "change", 0, {"periods": ["2025-03"]}),
    # "The peak of President Joe Biden's administration": its highest month (December 2023).
    ("Illegal crossings in September fell to 26,002 nationwide, marking a 93% decrease from the "
     "peak of President Joe Biden’s administration.", "2025-10-15", "change", 0,
     {"verdict": "accurate", "says": "the highest month of"}),
    # "Border Patrol agents and officers": the Border Patrol's (May 2023, 171,382); both
    # components are named only as "agents and CBP officers".
    ("Border Patrol agents and officers apprehended 169,244 migrants at the southwest border "
     "in May.", "2023-06-15", "total", 0, {"measure": "usbp_swb_encounters"}),
    # "From then on … through November" opens a span from the month named (May 2019
    # 132,856 to November 33,524, -74.8%), no base of its own.
    ("Apprehensions peaked in May at 132,856, and from then on they fell 75 percent through "
     "November.", "2019-12-20", "change", 0,
     {"verdict": "accurate", "says": "from 132,856 in May 2019"}),
    # "Every month" in another clause ("…, and CBP publishes these figures every month") makes
    # no rate of the figure.
    ("Border Patrol apprehended 132,856 migrants in May, and CBP publishes these figures "
     "every month.", "2019-06-20", "total", 0, {"verdict": "accurate"}),
    # "The first weeks of the new administration" names no month's days: February 2025 is
    # judged (29,107 to 8,353, -71.3%, against -40%).
    ("Border crossings fell 40 percent in February, during the first weeks of the new "
     "administration.", "2025-03-20", "change", 0, {"verdict": "inaccurate"}),
    # "Single adults and the number of families … rose": one subject of two groups, not two
    # clauses.
    ("Apprehensions of single adults and the number of families caught at the border rose 30 "
     "percent in May 2019.", "2019-06-20", "change", 0,
     {"filters": {"demographic": ["FMUA", "Single Adults"]}}),
    # The migrants' own journey to Texas ("hicieron el viaje a Texas") is where they were
    # counted, not where someone spoke.
    ("Unos 12 mil migrantes que hicieron el viaje a Texas fueron detenidos en mayo de 2019.",
     "2019-06-20", "total", 0, {"filters": {"sector": ["Big Bend", "Del Rio", "El Paso",
                                                       "Laredo", "Rio Grande Valley"]}}),
    # "This past year", said in January 2023: the fiscal year last ended (Yuma sector,
    # FY2022: 310,094), by a sector's city and its state's postal code ("Yuma, AZ").
    ("This past year, Yuma, AZ, had 310,000 people illegally cross the area.", "2023-01-25",
     "total", 0, {"verdict": "accurate", "periods": ["FY2022"],
                  "filters": {"sector": ["Yuma"]}}),
    # "Un repunte … en los primeros días de diciembre": a move over days, which the monthly
    # files do not hold.
    ("La CBP reportó que en noviembre detuvo a 242 mil migrantes en la frontera con México y "
     "detectó un repunte en llegadas de migrantes en los primeros días de diciembre.",
     "2023-12-20", "change", 0, {"verdict": "unverifiable"}),
    # A time past a semicolon and "by contrast" is its own clause's: "That is the highest
    # annual total since fiscal year 2007; by contrast, FY2017 saw …" ranks FY2019 (851,508,
    # the highest from FY2008), the year the sentence before named.
    ("Border Patrol apprehended 851,508 migrants at the southwest border in fiscal 2019. "
     "That is the highest annual total since fiscal year 2007; by contrast, FY2017 saw about "
     "304,000 apprehensions.", "2019-11-07", "rank_record", 0,
     {"verdict": "accurate", "periods": ["FY2019"]}),
    # "Recent data" is the source; "from January to Sept. 25", said in a text dated only to
    # September, is this year's run against the same months a year before (-35.6%).
    ("Recent data indicates that the number of migrants crossing the Darien Gap has "
     "decreased by 35% from January to Sept. 25 in comparison to the same period last "
     "year.", "2024-09-15", "change", 0,
     {"verdict": "accurate", "periods": ["2024-01..2024-09"]}),
    # "… and the number of migrants who … spiked in September": a new subject, a clause of
    # its own; the rise is the fiscal year's (FY2017 303,916 to FY2018 396,579, +30.5%).
    ("Apprehensions of people illegally crossing the U.S.-Mexico border rose 30 percent in "
     "the last fiscal year and the number of migrants who unlawfully entered the U.S. with a "
     "family member spiked in September.", "2018-10-23", "change", 0,
     {"verdict": "accurate", "periods": ["FY2018"]}),
    # "A near 23% decrease from then": from the month named before (July 2021 213,593 to
    # October 164,837, -22.8%).
    ("The single month peak came in July with more than 213,000 encounters — a two-decade "
     "high — and October’s numbers are a near 23% decrease from then.", "2021-11-16",
     "change", 0, {"verdict": "accurate", "says": "to 164,837 in October 2021"}),
    # "At or in between ports of entry": both components, so all CBP (FY2018 521,090 to
    # FY2019 977,509, +87.6%).
    ("In FY2019, which ended on Sept. 30, CBP apprehended a stunning 977,509 illegal aliens "
     "at or in between ports of entry, an 87 percent increase over the 521,090 illegal aliens "
     "caught the year before.", "2019-11-10", "change", 0,
     {"verdict": "accurate", "measure": "swb_encounters"}),
    # "Border Patrol agents and CBP officers": both components (nationwide, FY2020 646,822 to
    # FY2021 1,956,519, +202.5%).
    ("U.S. Customs and Border Protection is set to report just under 2 million migrant "
     "encounters nationwide for the recently ended Fiscal Year 2021. The number of migrants "
     "encountered by Border Patrol agents and CBP officers jumped 202 percent over the "
     "previous year’s roughly 647,000.", "2021-10-14", "change", 0,
     {"verdict": "accurate", "measure": "nationwide_encounters"}),
    # "The just-ended fiscal year", said in October: FY2019 (851,508).
    ("Unofficial numbers show the apprehension of more than 850,000 migrants at the southwest "
     "border during the just-ended fiscal year.", "2019-10-07", "total", 0,
     {"verdict": "accurate", "periods": ["FY2019"]}),
    # "With big spikes in September and October" is said beside the year's total (2022:
    # 248,284), not its period.
    ("For 2022 as a whole, a total of 250,000 migrants made the Darién crossing, with big "
     "spikes in September and October.", "2023-03-22", "total", 0,
     {"verdict": "accurate", "periods": ["2022"]}),
    # "…, who took office in July" dates the president, not the change (2023 520,085 to
    # 2024 302,203, -41.9%).
    ("However, crossings through the Darién began to decline in mid-2024, with a 40% "
     "reduction to 300,000 for the year, following stricter border controls under President "
     "José Raúl Mulino, who took office in July.", "2025-03-28", "change", 0,
     {"verdict": "roughly_accurate", "periods": ["2024"]}),
    # A television station ("told ABC-7") is no count.
    ("Border Patrol told ABC-7 the El Paso Sector saw 23,919 encounters in February.",
     "2024-03-20", "total", 0, {"verdict": "accurate", "filters": {"sector": ["El Paso"]}}),
    # "Las fronteras estadounidenses", plural: every border (Cubans, February 2024: about
    # 20,800), not the Southwest border's.
    ("La CBP registró unos 21 mil encuentros con cubanos en las fronteras estadounidenses en "
     "febrero.", "2024-03-20", "total", 0,
     {"verdict": "accurate", "measure": "nationwide_encounters"}),
    # "The busiest of nine" after a sector: the Southwest border's nine sectors (October
    # 2023: Tucson 55,223, Del Rio 38,206).
    ("Lukeville lies in the Border Patrol’s Tucson sector, which was the busiest of nine "
     "along the U.S.-Mexico border by far in October.", "2023-12-04", "rank_record", 0,
     {"verdict": "accurate", "says": "of 9 sectors"}),
    # "Rose to 80% of those crossing": the share they came to (September 2024, 78.8%), no
    # change by 80%.
    ("Venezuelans rose to 80% of those crossing the Darién in September 2024.", "2024-10-11",
     "share", 0, {"verdict": "accurate"}),
    # "Crossed the forest", said by Panama's minister: the Darién, and "the vast majority of
    # them" its people (January–July 2021, Haitians 27,088 of 45,029).
    ("According to Panama’s Security Minister Jean Pino, 64,000 migrants have crossed the "
     "forest so far in 2021. The vast majority of them are Haitians.", "2021-08-26", "share",
     0, {"verdict": "accurate", "measure": "darien_transits"}),
    # "The lowest level in four years", no period named: the latest month against the
    # months of those years (September 2024, 53,858, the lowest from October 2020).
    ("Yet illegal border crossings have plunged to the lowest level in four years, according "
     "to new data released by U.S. Customs and Border Protection.", "2024-10-20",
     "rank_record", 0, {"verdict": "accurate", "says": "48 months"}),
    # "Along the San Diego border": the San Diego sector (March 2022 16,662 to March 2023
    # 23,286, +39.8%), not the whole border's fall.
    ("Along the San Diego border, Border Patrol apprehensions rose 40 percent in March 2023 "
     "from March 2022.", "2023-04-20", "change", 0,
     {"verdict": "accurate", "filters": {"sector": ["San Diego"]}}),
    # "They" after a sentence on unaccompanied minors: the share is theirs; "until FY2014,
    # when …" is the years before it (FY2013: 9.4%), and FY2014 the "when" clause's.
    ("The increases in apprehensions of unaccompanied minors at the border have been notable. "
     "However, they represented less than 10 percent of all unauthorized alien apprehensions "
     "until FY2014, when they increased to over 15 percent of the total.", "2014-08-01",
     "share", 0, {"verdict": "accurate", "periods": ["FY2013"],
                  "filters": {"demographic": ["UAC"]}}),
    # "Panama's border patrol known as SENAFRONT" is no US agency: the Darién's count (2019
    # 22,102 against 2018 9,222, 2.40 times, not "almost double").
    ("In 2019 alone, Panama’s border patrol known as SENAFRONT counted nearly 20,000 migrants "
     "flowing into Panama, almost double the amount from the previous year.", "2020-06-01",
     "comparison", 0, {"verdict": "inaccurate", "measure": "darien_transits"}),
    # "40% to 60% of Border Patrol's manpower": a share of the agency's staff, no share of
    # the people counted; the count is families and children (FMUA and UAC).
    ("“I have been forced to divert 40% to 60% of Border Patrol’s manpower away from the "
     "border as we process and care for nearly 435,000 families and children that have "
     "flooded across our southern border so far this year,” Provost said.", "2019-06-15",
     "total", 0, {"filters": {"demographic": ["FMUA", "UAC"]}}),
    # A figure the sentence before gave, restated ("the 189,922 figure"), brings its series
    # and month: February 2024 (189,913) against February 2023 (156,630), +21.2%.
    ("U.S. Customs and Border Protection on Friday confirmed that law enforcement had "
     "recorded 189,922 border encounters along the Mexican frontier in February. House "
     "Homeland Security Chairman Mark Green noted that the 189,922 figure was 21% higher "
     "from the February 2023 data and a 7% increase from January 2024.", "2024-03-22",
     "comparison", 0, {"verdict": "accurate", "measure": "swb_encounters"}),
    # "In at least 20+ years": a window of twenty years (from September 2001, so March
    # 2000's Border Patrol count does not make the rank misleading), and no count of 20.
    ("208,887 total encounters along the U.S. southern border in August, a 2% decrease from "
     "July. It’s the 2nd-highest monthly figure seen in at least 20+ years.", "2021-09-16",
     "rank_record", 0, {"verdict": "accurate", "says": "240 months"}),
    # A sector as a list's label ("… son los siguientes: Tucson, Arizona: presentó …") is
    # the figures' sector (April 2024, 31,218 against 33,960, -8.1%).
    ("Respecto a los arrestos en otras regiones, los datos de abril de 2024 son los "
     "siguientes: Tucson, Arizona: presentó 31.129 casos, con una caída de 8,1% respecto al "
     "mismo periodo del año pasado (33.960).", "2024-05-22", "change", 0,
     {"verdict": "accurate", "filters": {"sector": ["Tucson"]}}),
    # "Tucson, Arizona": the sector by its city and state, not the state's whole count.
    ("In Tucson, Arizona, Border Patrol agents apprehended 31,129 migrants in April.",
     "2024-05-22", "total", 0, {"verdict": "accurate", "filters": {"sector": ["Tucson"]}}),
    # "Frente a los aproximadamente 1,7 millones en 2021": the base, hedged (FY2021
    # 1,734,686 to FY2023 2,475,669).
    ("La CBP registró más de 2,4 millones de encuentros con migrantes en la frontera sur "
     "durante el año fiscal 2023, un aumento frente a los aproximadamente 1,7 millones en "
     "2021.", "2024-02-15", "change", 0, {"verdict": "accurate", "periods": ["FY2023"]}),
    # "Al pasar de los 144 mil a los 42 mil … de mayo a noviembre": a change by its two
    # levels, the span's ends its months (May 2019 144,116; November 42,643).
    ("Recordó que al pasar de los 144 mil a los 42 mil migrantes detenidos en la frontera de "
     "mayo a noviembre de este año, la cifra bajó.", "2019-12-30", "change", 0,
     {"periods": ["2019-11"], "says": "144,116"}),
    # "A level not seen since 2000", after a fall: the lowest since (April 2017, 11,127,
    # the lowest month from 2001).
    ("Border Patrol apprehensions fell to 11,127 in April 2017, a level not seen since "
     "2000.", "2017-05-10", "rank_record", 0, {"verdict": "accurate", "says": "from the bottom"}),
    # "Levels last seen in 2006", after a rise: the highest since, and no base of the rise
    # (all CBP, April 109,415 to May 2019 144,116).
    ("Total border crossings rose to 144,116 in May, levels last seen in 2006.", "2019-06-15",
     "change", 0, {"verdict": "accurate", "periods": ["2019-05"]}),
    # "Every single month", far from its figure, says a rate: a month's average (FY2016's
    # Central Americans, 200,820 over 12 months, 16,735 a month).
    ("In other words, some 16,450 Central Americans were apprehended on our southwest "
     "border every single month in fiscal 2016.", "2016-11-01", "rate", 0,
     {"verdict": "accurate", "periods": ["FY2016"]}),
    # A figure written in full with a scale word after it ("1,245,183 million") is the
    # figure (February–August 2021: 1,246,235).
    ("In the time Biden has taken office — between February and August saw a total reaching "
     "1,245,183 million border crossers.", "2021-09-16", "total", 0,
     {"verdict": "accurate"}),
    # Where a figure was said ("during a visit to Texas") is no state of it (July 2021,
    # all CBP at the Southwest border: 213,593).
    ("Mayorkas said 212,672 migrants were detained at the southern border in July, during a "
     "visit to Texas on Thursday.", "2021-08-12", "total", 0,
     {"verdict": "accurate", "filters": {}}),
    # "The figures for July are the highest since March 2000": below every month since
    # March 2000, not only the Julys.
    ("The figures for July are the highest since March 2000, when the Border Patrol "
     "apprehended more than 220,000 immigrants.", "2021-08-12", "rank_record", 0,
     {"verdict": "accurate", "says": "256 months"}),
    # "Through the end of August in Fiscal Year 2021": the year's months to August
    # (960,853 Title 42 expulsions), which is what "the most recent figures" cover.
    ("According to the most recent figures provided by CBP, there have been 958,795 "
     "expulsions under Title 42 through the end of August in Fiscal Year 2021.",
     "2021-09-20", "total", 0, {"verdict": "accurate", "periods": ["2020-10..2021-08"]}),
    # "Its highest monthly total since early 2000": ranked among the months after early 2000
    # (from May 2000, so March 2000's 220,063 is not counted; June 2021, 178,649, is first).
    ("The U.S. Border Patrol reported 178,416 apprehensions in the Southwest in June, its "
     "highest monthly total since early 2000.", "2021-07-22", "rank_record", 0,
     {"verdict": "accurate", "says": "2000-05"}),
    # A range of percentages: both figures are percentages, and a change inside the range
    # fits it (FY2023 2,045,838 to FY2024 1,530,523, -25.2%; the midpoint, 20%, is 5 points
    # off).
    ("Border Patrol apprehensions fell between 10 and 30 percent in fiscal 2024.",
     "2025-02-15", "change", 0, {"verdict": "accurate"}),
    # "Decreases in apprehensions ranging from 41 to 60%": a plural change noun with its
    # sizes after it (three sectors together, 210,318 to 121,251, -42.3%).
    ("During the first four months of this fiscal year, agents in the El Paso, Big Bend, Del "
     "Rio, Laredo, and Rio Grande Valley sectors detained 484,527 migrants who crossed from "
     "Mexico, up 21% from the same period in the previous fiscal year. In contrast, the Rio "
     "Grande Valley, Laredo, and Big Bend sectors all reported decreases in apprehensions "
     "ranging from 41 to 60%.", "2023-02-15", "change", 1, {"verdict": "accurate"}),
    # What a fiscal year is, said in passing, names no months; "ese año fiscal que acaba de
    # cerrar" is the one just ended (FY2025: 443,671).
    ("Estadísticas de la CBP muestran que durante ese año fiscal –que acaba de cerrar, pues "
     "va de octubre del año previo a septiembre del actual– hubo 443 mil 671 encuentros.",
     "2025-10-30", "total", 0, {"verdict": "accurate", "periods": ["FY2025"]}),
    # "Official Panamanian data recorded 520,000 migrants crossing this region": the
    # Darién's count (2023: 520,085), and the fall the next sentence gives is the Darién's
    # (2024: 302,203, -41.9%).
    ("In 2023, official Panamanian data recorded 520,000 migrants crossing this region. The "
     "number fell to 300,549 in 2024, a 41% decrease.", "2025-03-01", "change", 1,
     {"verdict": "accurate", "measure": "darien_transits"}),
    # "Crossed this territory into Panama": the Darién (2022 248,284 to 2023 520,085).
    ("In 2023 more than 520,000 people crossed this territory into Panama, of which 406,905 "
     "were adults. This amounts to an increase of 110% compared with 2022.", "2024-03-08",
     "change", 0, {"verdict": "accurate", "measure": "darien_transits"}),
    # Nationalities between dashes, "among others", are examples of who: the count is
    # everyone's (January–July 2021, 1,067,835), not theirs.
    ("From January through July, well over a million undocumented migrants were intercepted "
     "at the border — Venezuelans, Cubans, Haitians, Romanians, among others — and the pace "
     "is accelerating.", "2021-10-01", "total", 0, {"verdict": "accurate", "filters": {}}),
    # "El primer mes del año": January (2024: 176,195 against December's 301,981, -41.7%).
    ("En el primer mes del año fueron detenidas 176 mil 205 personas irregulares de origen "
     "extranjero, cuando un mes antes, en diciembre del 2023, fueron 301 mil 983, lo que "
     "significa un descenso de 41 por ciento, de acuerdo con la CBP.", "2024-03-14", "change",
     0, {"verdict": "accurate", "periods": ["2024-01"]}),
    # "In the last quarter century", then a term holding some of the places: the 25 years
    # are the window (March 2023, fifth of the Marches since 1999), not Biden's term.
    ("US Customs and Border Protection reported 162,317 apprehensions at the southwest border "
     "for the month of March. March apprehensions were the 5th highest for the month in the "
     "last quarter century, with the Biden administration holding three of the top five "
     "spots.", "2023-04-19", "rank_record", 0, {"verdict": "accurate"}),
    # A year set aside, "(excluding a sudden surge in 2019)", is no period of the record
    # before it (a 21-year high: July 2021, the highest month since 2000).
    ("The sudden wave at the border is a 21-year high — after both the Obama and Trump "
     "administrations had kept the numbers to around a quarter of that rate most years "
     "(excluding a sudden surge in 2019).", "2021-10-01", "rank_record", 0,
     {"verdict": "accurate"}),
    # A span that runs on into the figure's clause past an aside is the figure's: October
    # 2018 – February 2019 (54,933 presented to the INM).
    ("Desde octubre del 2018, cuando se registró la entrada de la primera caravana migrante, "
     "hasta febrero de este año se ha contabilizado la entrada de 57,041 migrantes que han "
     "sido ingresados a las estaciones del Instituto Nacional de Migración.", "2019-05-05",
     "total", 0, {"verdict": "roughly_accurate", "periods": ["2018-10..2019-02"]}),
    # "El total más bajo … en 55 años, comparado con las 201.780 del año fiscal 1970": the
    # base's year with its own figure, after the record words, is not the record's period
    # (which ranks the latest months held, July 2025's 4,596 the lowest).
    ("Los arrestos en la frontera que comparte Estados Unidos con México sumaron 237.565, el "
     "total más bajo en un año fiscal en 55 años, comparado con las 201.780 del año fiscal "
     "1970.", "2025-10-08", "rank_record", 0, {"verdict": "accurate"}),
    # A sentence on the figures to come names their months twice ("the first ten months of
    # fiscal year 2002 (October 2001 through July 2002)"); the change after it "from the
    # previous year" is those months against the same months a year before (1,091,794 to
    # 778,989 nationwide, -28.7%).
    ("Border Patrol officials recently released information on apprehensions of "
     "undocumented immigrants during the first ten months of fiscal year 2002 (October 2001 "
     "through July 2002). Apprehensions were down about 27 percent from the previous year, "
     "reflecting a variety of causes.", "2002-09-15", "change", 0,
     {"verdict": "accurate", "periods": ["2001-10..2002-07"]}),
    # "An estimated 182,000 people were taken into custody": a count said loosely before the
    # tally was final (El Paso sector, FY2019, 182,143), not a model's estimate.
    ("An estimated 182,000 people were taken into custody in the El Paso sector during "
     "fiscal year 2019, which ended Sept. 30, up from 31,000 the previous year.", "2019-10-15",
     "change", 0, {"verdict": "roughly_accurate", "filters": {"sector": ["El Paso"]}}),
    # "Most of the migrants are Central American families": who most are, not the group of
    # the figures that follow (El Paso's family units, October–February, 3,027 to 53,644).
    ("Most of the migrants are Central American families and unaccompanied minors — about "
     "136,150 family units were apprehended on the southwest border between October and "
     "February, compared to 31,100 families during the same period the year before. And here "
     "in El Paso, the local Border Patrol sector saw its family unit apprehension numbers "
     "jump 1,698 percent over that same period.", "2019-04-10", "change", 0,
     {"verdict": "accurate", "filters": {"demographic": ["FMUA"], "sector": ["El Paso"]}}),
    # "…, despite a 94.12% year-over-year drop": a change of its own; the rise before it is
    # against the month before (March 7,180 to April 2025 8,377, +16.7%), not a year before.
    ("Migrant arrests at the southwest border of the United States increased by 16.7% in "
     "April, despite a 94.12% year-over-year drop in the first three full months of Donald "
     "Trump’s presidency.", "2025-05-13", "change", 0, {"verdict": "accurate"}),
    # "The Biden administration-era monthly peak": the term's highest month (December 2023,
    # 370,883 nationwide), not the term's total.
    ("CBP reported 26,197 total encounters nationwide in August, 93% below the Biden "
     "administration-era monthly peak of 370,883 in August, 2023.", "2025-10-07",
     "comparison", 0,
     {"verdict": "accurate"}),
    # "Encountered … were returned to Mexico under Title 42": the expulsions (March 2020 –
    # December 2022), not every encounter.
    ("Some 2.5 million foreigners encountered since March 2020 were returned to Mexico under "
     "Title 42, a public health measure invoked to prevent the spread of covid.", "2023-01-15",
     "total", 0, {"verdict": "accurate"}),
    # A state that brought a suit is no place counted: the whole border (March 222,574 to
    # April 2022 235,785, +5.9%), not Texas's ports and sectors.
    ("La Oficina de Aduanas y Protección Fronteriza realizó 234.088 detenciones en la "
     "frontera con México el mes pasado, un aumento del 5,8% respecto a las 221.303 de marzo, "
     "según un documento presentado en una demanda interpuesta por Texas y Missouri.",
     "2022-05-10", "change", 0, {"filters": {}, "verdict": "roughly_accurate"}),
    # "Originated from Mexico or Northern Central America …, a slight majority … originated
    # from other countries": all but the four (FY2024, 1,082,702 of 2,135,005, 50.7%).
    ("Whereas the vast majority of migrants encountered over the past decade have originated "
     "from Mexico or Northern Central America (El Salvador, Guatemala, and Honduras), a slight "
     "majority of those encountered in FY2024 originated from other countries.", "2024-11-18",
     "share", 1, {"verdict": "accurate",
                  "filters": {"citizenship": ["!MEX", "!SLV", "!GTM", "!HND"]}}),
    # "… with the exception of the Big Bend Sector, which saw an increase of 8.6%": the clause
    # on the sector left out is that sector's (January 2024 324 to January 2025 352).
    ("Out of the nine sectors that divide the border, eight of them saw a significant "
     "decrease in their number of encounters in January with the exception of the Big Bend "
     "Sector, which saw an increase of 8.6%.", "2025-03-01", "change", 1,
     {"verdict": "accurate", "filters": {"sector": ["Big Bend"]}}),
    # "That increase was 273% in the Yuma sector": the size of the change just described,
    # in one sector (FMUA, first half of FY2019 against FY2018's, 6,487 to 24,270), not a
    # share.
    ("The family apprehensions have skyrocketed by 374% in all sectors during the first six "
     "months of the current fiscal year compared to the same time frame for the 2018 fiscal "
     "year. That increase was 273% in the Yuma sector.", "2019-04-10", "change", 1,
     {"verdict": "accurate", "filters": {"sector": ["Yuma"], "demographic": ["FMUA"]}}),
    # "Adults with children" are members of family units (July 7,405 to August 2014 3,296,
    # -55.5%), not adults of every kind.
    ("In August, the Border Patrol apprehended 3,295 adults with children, down 55 percent "
     "from July.", "2014-09-08", "change", 0,
     {"verdict": "accurate", "filters": {"demographic": ["FMUA"]}}),
    # "Last month … over the 6,025 apprehended last October", said in November 2016: the
    # October a year before the one "last month" names (October 2015, 6,030).
    ("According to DHS, 13,124 family units were apprehended attempting to illegally enter "
     "the U.S. last month — a 118 percent increase over the 6,025 family units apprehended "
     "last October.", "2016-11-10", "change", 0, {"verdict": "accurate"}),
    # "From September 30, 2015 to September 30, 2016": fiscal year 2016; and "the most
    # recent numbers" opening the next sentence are those just given, ranked among fiscal
    # years (FY2016, fourth lowest since FY1973), not the latest month.
    ("The Department of Homeland Security’s report, released Friday, showed the agency "
     "apprehended more than 415,000 people from September 30, 2015 to September 30, 2016. "
     "The most recent numbers are Border Patrol's fifth lowest arrest tally since 1972.",
     "2016-12-15", "rank_record", 0, {"periods": ["FY2016"]}),
    # "Thousands" said of more than 100,000: an amount in words is a floor said loosely,
    # not a wrong figure (roughly accurate); "cientos de miles" of 3.4 million detained
    # under Obama.
    ("Pero cientos de miles de migrantes ya estaban siendo detenidos durante la "
     "administración Obama en los años antes de que Trump asumiera.", "2019-05-01", "total", 0,
     {"verdict": "roughly_accurate", "says": "por encima del rango"}),
    # "Migrants from places beyond Mexico, El Salvador, Guatemala and Honduras": everyone
    # but those four (FY2023: 1,263,050 of 2,475,669, 51.0%, more than half).
    ("In fiscal year 2023, for the first time, migrants from places beyond Mexico, El "
     "Salvador, Guatemala and Honduras made up more than half of all those apprehended at the "
     "border.", "2024-01-18", "share", 0,
     {"verdict": "accurate", "filters": {"citizenship": ["!MEX", "!SLV", "!GTM", "!HND"]}}),
    # "Meaning they were not from Mexico or the Northern Triangle": all but those.
    ("In March 2022, 39.5 percent of the migrants Border Patrol apprehended at the southwest "
     "border were long-distance migrants, meaning they were not from Mexico or the Northern "
     "Triangle.", "2022-04-29", "share", 0,
     {"verdict": "accurate", "filters": {"citizenship": ["!MEX", "!GTM", "!HND", "!SLV"]}}),
    # Of two sectors a sentence names clause by clause, each clause's own ("el área de
    # Tucson", "los del Valle del Río Grande": those of the Valley).
    ("Aunque los arrestos en el área de Tucson se han mantenido estables durante los últimos "
     "tres años luego de un fuerte descenso, los del Valle del Río Grande aumentaron 160%.",
     "2014-05-15", "change", 1, {"filters": {"sector": ["Rio Grande Valley"]}}),
    ("Aunque los arrestos en el área de Tucson se han mantenido estables durante los últimos "
     "tres años luego de un fuerte descenso, los del Valle del Río Grande aumentaron 160%.",
     "2014-05-15", "change", 0, {"filters": {"sector": ["Tucson"]}}),
    # People named in what a fall is attributed to are not the fall's: all arrests (May to
    # June 2019, 132,856 to 94,902, -28.6%), not Central Americans'.
    ("Arrests along the Mexico border are projected to fall 25 percent this month, acting "
     "Secretary of Homeland Security Kevin McAleenan said Friday, a drop he attributed to a "
     "crackdown by Mexican authorities on Central American migrants.", "2019-06-28",
     "change", 0, {"verdict": "roughly_accurate", "filters": {}}),
    # "Hasta ayer", said on 24 January 2025: the month under way to the 23rd, which the
    # month's final figure (2,229) cannot confirm, not the whole of 2025 so far.
    ("El Gobierno panameño informó que hasta ayer habían cruzado el Darién 1.710 migrantes.",
     "2025-01-24", "total", 0, {"verdict": "unverifiable", "says": "2025-01"}),
    # "If that pace was to continue, we would see a record": a record foreseen for the year
    # under way (the Darién's 2023, 520,085, the most of any year held), not the month.
    ("The number of people crossing through Darien has been higher this year. If that pace "
     "was to continue, we would see a record number of people crossing.", "2023-05-16",
     "rank_record", 0, {"periods": ["2023"], "verdict": "accurate"}),
    # "Three months later" than June 2014: September 2014 (4,630 unaccompanied children and
    # family unit members, below 5,000), not the month before.
    ("After arrivals of unaccompanied children and family units peaked at 27,000 in June "
     "2014, the numbers dropped below 5,000 just three months later.", "2016-01-15",
     "change", 0, {"periods": ["2014-09"], "verdict": "accurate"}),
    # "En promedio, al mes …": a month's average said first, a few words before the figure
    # (January–November 2023: 60,159 Ecuadorians, 5,469 a month), not the months' total.
    ("En promedio, al mes fueron presentados ante el INM cinco mil 500 migrantes "
     "ecuatorianos entre enero y noviembre de 2023.", "2024-01-15", "rate", 0,
     {"says": "5,469 al mes"}),
    # "A dip" is a fall (June 2019 104,311 to July 81,777 all CBP), not the "increase in
    # agents" the clause goes on to name.
    ("Arrests fell 24% between June and July, a dip that a CBP spokesperson attributed to a "
     "recent increase in agents at the border.", "2019-08-08", "change", 1,
     {"verdict": "accurate"}),
    # A change with no time of its own after a sentence on some months of the year: those
    # months against the same months a year before (Guatemala's IGM, January–May 2020
    # 23,307 to January–May 2021 19,463, -16.5%).
    ("El reporte incluye cifras correspondientes a los meses de enero a mayo de este año, "
     "que evidenciaban que se repatrió a 44 mil 928 personas provenientes de Honduras, "
     "Guatemala y El Salvador. En el caso de Guatemala, el descenso en la cifra de "
     "deportados fue del 16.5%, según datos del Instituto Guatemalteco de Migración.",
     "2021-07-09", "change", 0, {"verdict": "accurate", "measure": "gt_returns"}),
    # "The main nationalities of people who had crossed", after a sentence naming Panama's
    # National Migration Service: the Darién's (January–November 2021: 82,201 Haitians of
    # 129,532, 63.5%), not the US border's.
    ("The research incorporated data from institutions like Panama's National Migration "
     "Service. The IRC identified the main nationalities of people who had crossed between "
     "January and November 2021: 64% were Haitians.", "2021-12-15", "share", 0,
     {"measure": "darien_transits", "verdict": "accurate"}),
    # "300,000 … in one month" under a presidency: the term's highest month (December
    # 2023, 301,981), not the whole term's 8.9 million.
    ("In comparison, under Joe Biden, there were 300,000 Illegals crossing in one month.",
     "2025-03-02", "total", 0, {"verdict": "accurate", "says": "the highest month of"}),
    # A group named past a contrast ("but a decline in the number of teens and children
    # arriving without parents") is the other clause's, not the 178,622 of April 2021.
    ("Immigration arrests and detentions along the U.S.-Mexico border rose slightly in April "
     "to 178,622, the highest one-month total in two decades, but a decline in the number of "
     "teens and children arriving without parents eased pressure on the Biden "
     "administration.", "2021-05-11", "rank_record", 0, {"filters": {}}),
    # "During the 2014 crisis …, reaching a peak of 10,620 in June": June of the year the
    # sentence is set in (June 2014, 10,620 unaccompanied children), not the latest June.
    ("During the 2014 crisis under President Obama, the number of unaccompanied children "
     "crossing the border reached a peak of 10,620 in June.", "2021-03-22", "total", 0,
     {"periods": ["2014-06"], "verdict": "accurate"}),
    # "Besting last year's record by 28%" is a comparison, not a share of 2021's total.
    ("Customs and Border Protection reported 204,273 apprehensions at the US southwest border "
     "for the month of October. This is comfortably the highest on record for the month, "
     "besting last year's record by 28%.", "2022-11-26", "comparison", 0, {}),
    # A clause that names no Mexican count, in a sentence at the US's own border, is the
    # US's ("cuando fueron detenidos siete mil 180 extranjeros": March 2025, 7,180 Border
    # Patrol apprehensions, not Mexico's 14,807).
    ("La cifra de seis mil 70 inmigrantes detenidos en junio en la frontera entre Estados "
     "Unidos y México es 15 por ciento menor al récord de marzo, cuando fueron detenidos "
     "siete mil 180 extranjeros.", "2025-07-03", "comparison", 0, {"verdict": "accurate"}),
    # "That marked a monthly record, though that number fell by half in January": the
    # record is the month named before (December 2023, 249,740), not the one past the
    # contrast.
    ("In December, the U.S. Border Patrol reported almost 250,000 encounters with migrants "
     "crossing into the U.S. from Mexico. That marked a monthly record, though that number "
     "fell by half in January.", "2024-02-15", "rank_record", 0,
     {"periods": ["2023-12"], "verdict": "accurate"}),
    # "On pace for 2 million", no year named: the year under way, its fiscal year or the
    # calendar year, judged as a projection (calendar 2021: 1,946,594; not July's 200,658).
    ("We're on pace for 2 million people to cross illegally into our country.", "2021-08-15",
     "total", 0, {"verdict": "accurate", "says": "a projection"}),
    # "Y más de la mitad eran venezolanos" is said of a part: the record is of everyone
    # (2022: 248,284 transits; Venezuelans alone, 150,327).
    ("La cifra de migrantes irregulares que arribaron a Panamá casi se duplicó en 2022 al "
     "llegar al récord de 248 mil y más de la mitad eran venezolanos, informó el Servicio "
     "Nacional de Migración.", "2023-01-02", "rank_record", 0,
     {"filters": {}, "verdict": "accurate"}),
    # "Mexican and non-Mexican" together are everyone, not the non-Mexicans the sentence
    # before named (the Southwest border, FY2013 414,397 to FY2014 479,371, +15.7%).
    ("About 229,000 Mexicans were apprehended by the Border Patrol in fiscal year 2014 "
     "compared with 257,000 non-Mexicans. Taken together, total apprehensions of Mexican and "
     "non-Mexican unauthorized immigrants were up 16% over the previous year.",
     "2015-01-02", "change", 0, {"filters": {}, "says": "+15.7%"}),
    # "Venezuela (63%), Ecuador (11%), Haiti (9%)": each share the country its brackets
    # follow (2023: Ecuadorians 57,250 of 520,085, 11.0%); "the record of 2022, when
    # 250,000 …" is an aside on the base, not the period the text goes on in.
    ("Official figures show that 520,085 people crossed the Darien jungle on foot in 2023. "
     "This figure surpasses the record of 2022, when 250,000 refugees and migrants made this "
     "journey. They were mainly nationals of Venezuela (63%), Ecuador (11%), Haiti (9%), "
     "China and Colombia.", "2024-04-01", "share", 1,
     {"filters": {"citizenship": ["ECU"]}, "periods": ["2023"], "verdict": "accurate"}),
    # "From last April to this April": the April a year before (April 2020: 16,182; April
    # 2021: 173,699, +973%).
    ("The increase in the number of people coming across the border from last April to this "
     "April is almost 1000%.", "2021-06-30", "change", 0,
     {"verdict": "roughly_accurate", "says": "April 2020"}),
    # "The last June of President Trump's administration": June 2020 (33,049; June 2022:
    # 207,834, +528.9%).
    ("In June, there were 207,416 migrant encounters at our southern border. That is a 527% "
     "increase in apprehension compared to the last June of President Trump's "
     "administration.", "2022-07-15", "change", 0, {"verdict": "accurate", "says": "June 2020"}),
    # "CBP agents" are the publisher's people, not the Border Patrol named (January–May 2024:
    # 905,920 all CBP; the Border Patrol's 649,129).
    ("In the first five months of the year, CBP agents encountered more than nine hundred "
     "thousand migrants at the U.S.-Mexico border.", "2024-07-01", "total", 0,
     {"measure": "swb_encounters", "verdict": "accurate"}),
    # "In March of that year", the year the sentence before named (March 2000: 220,063;
    # March 2018: 37,390, 5.9 times).
    ("Apprehensions remain a mere fraction of the peak in 2000. In March of that year alone, "
     "some 220,000 people were apprehended by border agents — more than four times the "
     "number caught last month.", "2018-04-05", "comparison", 0,
     {"verdict": "accurate", "says": "March 2000"}),
    # "Rebounded by 61% between June and August, to roughly 233,000": a rise, to August's
    # level (June 2023: 144,556; August: 232,963).
    ("Migrant encounters at the US-Mexico border rebounded by 61% between June and August, "
     "to roughly 233,000.", "2023-10-05", "change", 0, {"verdict": "accurate"}),
    # "Apprehended or rejected": those caught between the ports and those refused at them,
    # all CBP (March 2018: 50,347; the Border Patrol's 37,390).
    ("New data shows agents apprehended or rejected over 50,000 people who were attempting "
     "to illegally cross the border in March.", "2018-04-05", "total", 0,
     {"measure": "swb_encounters", "verdict": "accurate"}),
    # A level with its own month right after it is of that month, not the base of the
    # change beside it ("down 6.3% from March and … 250,000 in December": December 2023,
    # 249,740).
    ("Migrants were arrested nearly 128,900 times on the Mexican border in April, down 6.3% "
     "from March and barely half of a record-high 250,000 in December.", "2024-05-15",
     "change", 0, {"verdict": "accurate"}),
    # "Fewer … last month than in the worst month … between May 2006 and May 2019": the
    # span's highest month is the base, named past the "than" (May 2019: 132,856; January
    # 2023: 129,513, -2.5%).
    ("There were only 3.4 percent fewer apprehensions last month than in the worst month for "
     "apprehensions at the Southwest border in the 13-year period between May 2006 and May "
     "2019.", "2023-02-13", "comparison", 0,
     {"periods": ["2023-01"], "verdict": "accurate", "says": "the highest month of"}),
    # "Let us look at the numbers in May" is no "let in": the count is not said of people
    # who got in (May 2022: 241,136, accurate with the caveat).
    ("Let us look at the numbers in May 2022: more than 200,000 people at the southwest "
     "border.", "2022-07-01", "total", 0, {"verdict": "accurate"}),
    # "Nearly half of those 5 million": the figure said before ("more than 5 million"),
    # checked there, not a new exact count beside the share (February 2021–April 2023:
    # 2,484,501 expulsions of 5,333,840, 46.6%).
    ("Since President Biden took office, U.S. Customs and Border Protection has logged more "
     "than 5 million illegal border crossings. In fact, nearly half of those 5 million were "
     "removed under title 42, a total of almost 2.4 million people.", "2023-05-11", "share", 0,
     {"verdict": "roughly_accurate"}),
    # "Removed by the Title 42 public health protection": expelled under Title 42, whatever
    # the verb (July 2021: 96,252).
    ("Of the more than 212,000 migrants, 95,788 were removed by the Title 42 public health "
     "protection in July 2021, Mayorkas said.", "2021-08-12", "total", 1,
     {"filters": {"authority": ["Title 42"]}, "verdict": "accurate"}),
    # "The record … in a single fiscal year at 2.48 million", said in October 2023: the
    # latest fiscal year that had ended (FY2023, 2,475,669).
    ("Biden also set the record for illegal crossings in a single fiscal year at 2.48 "
     "million.", "2023-10-15", "total", 0, {"periods": ["FY2023"], "verdict": "accurate"}),
    # "930% worse than the last May President Trump was in office": May 2020 (23,237), of
    # crossings more (May 2022: 241,136, +937.7%).
    ("May was 240,000 illegal border crossings, which was 930% worse than the last May "
     "President Trump was in office.", "2023-01-19", "comparison", 0,
     {"verdict": "accurate", "says": "May 2020 had 23,237"}),
    # "Illegal crossings from Mexico": the southwest border, not every border (January
    # 2021–December 2024: 8,802,800; nationwide 10,945,180).
    ("U.S. Customs and Border Protection reported more than 10.8 million arrests for illegal "
     "crossings from Mexico from January 2021 through December 2024.", "2025-03-05", "total",
     0, {"measure": "swb_encounters", "verdict": "inaccurate"}),
    # "Solo superado por Haití": the country above, not the one ranked (Darién, January–May
    # 2021: Haiti 8,654, Cuba 3,399, second).
    ("Cuba es el segundo país con mayor número de migrantes que cruzaron la selva del Darién "
     "entre enero y mayo de 2021, solo superado por Haití.", "2021-06-05", "rank_record", 0,
     {"verdict": "accurate", "says": "Cuba tuvo 3,399, puesto 2 de 33"}),
    # A period an exact figure of the sentence matched outweighs the words' first reading:
    # "Last year, 212,202 …" is FY2010's, and so is the change the sentence goes on to.
    ("Last year, 212,202 people were apprehended in the Tucson sector, down from 616,346 in "
     "2000.", "2011-01-05", "change", 0, {"periods": ["FY2010"]}),
    # "Allowing more than seven million people to cross the border illegally": said of
    # people who got in, as "crossed" is (Southwest border, all CBP, February 2021–January
    # 2024: 7,332,765 encounters, many expelled or turned back).
    ("Reynolds blamed the Biden administration for allowing more than seven million people "
     "to cross the border illegally.", "2024-02-05", "total", 0, {"verdict": "misleading"}),
    # "Cuba es el segundo país …", "se ubicaron en el segundo lugar de los migrantes más
    # detenidos": a place among nationalities (April 2022: Cuba 34,817, second to Mexico).
    ("Cuba es el segundo país en el número de inmigrantes irregulares que arribaron el pasado "
     "mes a Estados Unidos, solo por detrás de México.", "2022-05-05", "rank_record", 0,
     {"periods": ["2022-04"], "verdict": "accurate", "says": "puesto 2 de 21 nacionalidades"}),
    ("Los venezolanos se ubicaron en el segundo lugar de los migrantes más detenidos por las "
     "autoridades estadounidenses en septiembre, después de los mexicanos.", "2022-10-05",
     "rank_record", 0, {"verdict": "accurate", "says": "puesto 2 de 21"}),
    # "More border patrol arrests than any other January in over two decades": a record
    # among Januaries (January 2022: 147,877, the highest of 20).
    ("There were more border patrol arrests than any other January in over two decades, "
     "according to government data.", "2022-02-18", "rank_record", 0,
     {"periods": ["2022-01"], "verdict": "accurate"}),
    # "Under the Biden administration — about 8 million through October 2023": the term up
    # to that month, not the year to it (nationwide: 7,960,866).
    ("DeSantis is referring to the number of encounters with migrants at the U.S. borders "
     "under the Biden administration — about 8 million through October 2023.", "2024-01-11",
     "total", 0, {"periods": ["2021-01..2023-10"], "verdict": "accurate"}),
    # Seasons: "in the fall of 2023" is September–November.
    ("Border Patrol apprehended more than 500,000 migrants at the southwest border in the "
     "fall of 2023.", "2024-01-11", "total", 0, {"periods": ["2023-09..2023-11"]}),
    # "Last year" said of agents or a sector, whose year is the fiscal year: FY2018 (Rio
    # Grande Valley, 162,262), not calendar 2018 (188,986).
    ("Agents in RGV made 162,000 apprehensions last year.", "2019-04-15", "total", 0,
     {"periods": ["FY2018"], "verdict": "accurate"}),
    # "The highest number of encounters of all sectors": a rank among sectors (September
    # 2023: Tucson 51,001, first of nine).
    ("In September 2023, the Tucson Sector had the highest number of encounters of all "
     "sectors with 51,001 encounters.", "2023-11-14", "rank_record", 0,
     {"verdict": "accurate", "says": "rank 1 of 9 sectors"}),
    # A change said of a figure of a list ("… and nearly 60,000 were unaccompanied alien
    # minors, which reflects a 49 percent increase") is of that figure's group
    # (unaccompanied children, FY2015 39,980 → FY2016 59,690: +49.3%).
    ("Of those apprehended in FY 2016, more than 77,000 were members of family units, which "
     "represents an increase of 95 percent over FY 2015 figures, and nearly 60,000 were "
     "unaccompanied alien minors, which reflects a 49 percent increase over the previous "
     "fiscal year.", "2016-11-15", "change", 0,
     {"filters": {"demographic": ["UAC"]}, "verdict": "accurate"}),
    # ... and, where the group is named before the figure ("Single adults (164,907
    # encounters) increased by 31.6%"), that one (125,338 → 164,881).
    ("An increase in encounters from November to December was seen in every demographic. "
     "Single adults (164,907 encounters) increased by 31.6%, family unit individuals "
     "(123,512 encounters) increased by 18.5%, unaccompanied minors (13,475 encounters) "
     "increased by 5.2% and accompanied minors (140 encounters) increased by 16.7%.",
     "2024-01-29", "change", 1, {"filters": {"demographic": ["Single Adults"]}}),
    # Panama's migration service names the Darién's count, though its words ("migrantes en
    # condición irregular") are also Mexico's (2022: 150,327 Venezuelans of 248,284).
    ("El Servicio Nacional de Migración (SNM) de Panamá afirmó que al país ingresaron 248.284 "
     "migrantes en condición irregular durante el 2022, de los cuales 150.327 eran "
     "venezolanos, es decir, más de la mitad de la cifra.", "2023-01-01", "share", 0,
     {"measure": "darien_transits", "verdict": "accurate"}),
    # "En relación con las 977,509 … del año anterior": a base (FY2019 977,509 → FY2020
    # 458,088, -53.1%).
    ("En el año fiscal 2020, los agentes de CBP detuvieron 458,088 personas. Esto representa "
     "una disminución de 53% en relación con las 977,509 capturas en el año anterior.",
     "2020-10-15", "change", 0, {"periods": ["FY2020"], "verdict": "roughly_accurate"}),
    # "Since Inauguration Day": the term of the president in office at the text's date.
    ("Since Inauguration Day, Border Patrol has apprehended more than 1.3 million migrants.",
     "2021-11-15", "total", 0, {"periods": ["2021-01..2021-10"], "verdict": "accurate"}),
    # "Shot up 43% and 92%, respectively": each figure its nationality, in order, the first
    # said as an adjective beside the second ("Both Brazilian and Venezuelan encounters").
    ("Both Brazilian and Venezuelan encounters at the U.S.-Mexico border shot up 43% and 92%, "
     "respectively, since June.", "2022-09-15", "change", 0,
     {"filters": {"citizenship": ["BRA"]}}),
    # "In the past few years": three (Mays 2021–2024; May 2024 the lowest, 170,716).
    ("Last month's 170,723 encounters were the lowest number for May in the past few years.",
     "2024-06-21", "rank_record", 0, {"verdict": "accurate"}),
    # "Came across 15,759 undocumented migrants attempting to enter": met them, no claim
    # that they got in (Tucson, December 2021: 15,758).
    ("In the Tucson Sector, Border Patrol agents came across 15,759 undocumented migrants "
     "attempting to enter the country illegally in December.", "2022-02-15", "total", 0,
     {"verdict": "accurate"}),
    # "So far this fiscal year, compared to around 2,500 this time last year": the same
    # months a year back, of CBP's single adults ("adult migrants": Big Bend, October–
    # February 2019–20, 2,410).
    ("More than 10,000 adult migrants were apprehended in the Big Bend sector so far this "
     "fiscal year, compared to around 2,500 this time last year.", "2021-03-24", "total", 1,
     {"periods": ["2019-10..2020-02"], "filters": {"demographic": ["Single Adults"],
                                                   "sector": ["Big Bend"]},
      "verdict": "roughly_accurate"}),
    # "Down from the second-high of 1.67 million in 2000": a base may carry its rank's words
    # (Border Patrol, Southwest border: FY2000 1,643,679 → FY2018 404,142).
    ("Border Patrol took just over 400,000 people into custody in 2018, down from the "
     "second-high of 1.67 million in 2000.", "2019-01-09", "change", 0,
     {"periods": ["2018"], "verdict": "roughly_accurate"}),
    # "Respecto al año anterior" after January–October: the same months a year before
    # (Colombians through the Darién: 4,668 → 15,897, +240.6%, not +214%).
    ("Unos 16.000 colombianos cruzaron el Darién entre enero y octubre de este año, un aumento "
     "del 214 % respecto al año anterior.", "2023-11-15", "change", 0,
     {"periods": ["2023-01..2023-10"], "verdict": "inaccurate",
      "says": "de 4,668 en 2022-01..2022-10"}),
    # A record its words call one of encounters is one of events, as it holds (FY2022,
    # 2,378,944): no misframing of people.
    ("This exodus is historic, leading to a record nearly 2.4 million encounters between "
     "migrants and US personnel at the southern border in fiscal year 2022.", "2023-01-16",
     "rank_record", 0, {"verdict": "accurate"}),
    # "Más de 8000 llegadas desde agosto de 2022" (a mayor's count of arrivals in Chicago):
    # a floor an order of magnitude under the border's 1.6 million is no bound on it, but a
    # figure of something else.
    ("Su oficina contó más de 8000 llegadas desde agosto de 2022.", "2023-05-10", "total", 0,
     {"verdict": "unverifiable", "says": "diez veces o más"}),
    # "Have declined since the summer", said in December: from June (unaccompanied
    # children, Border Patrol: June 2021 15,022 → November 13,745).
    ("Border arrivals of unaccompanied children have declined since the summer, but U.S. "
     "officials recorded processing nearly 14,000 migrant minors traveling without parents "
     "last month, the highest tally for any November in history.", "2021-12-15", "change", 0,
     {"periods": ["2021-06..2021-11"], "verdict": "accurate"}),
    # "No superaba los 5.000": at most 5,000 (Venezuelans, Border Patrol, 2020: 1,015).
    ("En 2020 el cruce de venezolanos en la frontera México-EEUU no superaba los 5.000 "
     "venezolanos.", "2022-01-15", "total", 0, {"verdict": "accurate"}),
    # "More Nicaraguan migrants — about 34,000 — than migrants from the Northern Triangle
    # combined": the base's nationalities are not the figure's (Nicaraguans, November 2022:
    # 34,202).
    ("In fiscal 2020, 2,200 Nicaraguans were stopped at the southern border. In November 2022, "
     "border officials processed more Nicaraguan migrants — about 34,000 — than migrants from "
     "the Northern Triangle combined.", "2022-12-20", "total", 1,
     {"filters": {"citizenship": ["NIC"]}, "verdict": "accurate"}),
    # "Up from more than 50,000 … in fiscal 2021", after ten months of fiscal 2022: a base
    # whose level is stated is the whole year where the level is the whole year's
    # (Venezuelans, FY2021: 50,499).
    ("In the first 10 months of fiscal year 2022, which began last October, CBP encountered or "
     "apprehended more than 130,000 Venezuelans, up from more than 50,000 Venezuelans "
     "encountered or apprehended in fiscal 2021.", "2022-08-20", "change", 0,
     {"verdict": "accurate"}),
    # "Migrants who are not from Mexico or the Northern Triangle … accounted for 41%": all
    # but those four (October 2021 – July 2022: 40.9%).
    ("Migrants who are not from Mexico or the “Northern Triangle” — El Salvador, Honduras "
     "and Guatemala — accounted for 41% of stops on the border from October through July, "
     "according to government data.", "2022-08-20", "share", 0, {"verdict": "accurate"}),
    # "The number of Mexicans … in fiscal year 2020" sets the text's year; "the first year in
    # the last five years" is a window of the "first", not the share's period (FY2020:
    # 63.2%).
    ("In a turnaround, the number of Mexicans outnumbered non-Mexicans among those arrested at "
     "the border in fiscal year 2020. Mexican citizens made up 63% of the total number of "
     "detainees, the first year in the last five years in which the number of citizens of "
     "other countries outnumbered.", "2021-01-26", "share", 0,
     {"periods": ["FY2020"], "verdict": "accurate"}),
    # "Cayó de 211,000 en abril a 204,000": April is the base, the level after it May's.
    ("El número de encuentros fronterizos cayó de 211,000 en abril a 204,000, según las "
     "cifras publicadas por CBP.", "2023-06-20", "change", 0, {"periods": ["2023-05"]}),
    # "Children and families were 68% …": the unaccompanied and the families (April 2019).
    ("Children and families were 68% of all apprehensions between the ports of entry last "
     "month.", "2019-05-10", "share", 0, {"verdict": "accurate"}),
    # "1.4 million acres of virgin jungle": a size, no people (a scaled figure too).
    ("Across 575,000 hectares (1.4 million acres) of virgin jungle, more than 91,000 migrants "
     "have crossed so far in 2021.", "2021-10-11", "total", 0,
     {"periods": ["2021-01..2021-09"], "verdict": "accurate"}),
    # "As of July 2023": the year so far, to that month (the Darién, January–July 2023:
    # 251,758), not July alone.
    ("Federal officials highlighted this week the U.S. government's efforts to combat "
     "migration in the dangerous Darién Gap jungle between Panama and Colombia, where more "
     "than 250,000 people are reported to have illegally crossed as of July 2023.",
     "2023-08-19", "total", 0, {"periods": ["2023-01..2023-07"], "verdict": "accurate"}),
    # "Frente a los 248,000 del año anterior": the whole year before (the Darién, 2022:
    # 248,284), not the year so far.
    ("Según datos oficiales, en lo que va de año, más de 385,000 personas han cruzado el "
     "Darién, frente a los 248,000 del año anterior, marcando un récord.", "2023-09-23",
     "total", 1, {"periods": ["2022"], "verdict": "accurate"}),
    # "In October 2022, with nearly 60,000 people crossing during this month alone": that
    # month (59,773), not the month of the text.
    ("The peak of people passing through the Darien Gap was reached in October 2022, with "
     "nearly 60,000 people crossing during this month alone.", "2023-04-19", "total", 0,
     {"periods": ["2022-10"], "verdict": "accurate"}),
    # "18,000 in July alone" is a part of the year so far; the next sentence goes on in the
    # year so far (Haitians January–July 2021: 27,088), each figure with its own
    # nationality ("… appear as Haitians, …, followed by 8,000 Cubans": 8,523).
    ("So far this year, Panamanian authorities have registered 46,000 people across that "
     "border, 18,000 in July alone. Over 20,000 appear as Haitians, ranked first by a wide "
     "margin, followed by 8,000 Cubans.", "2021-08-09", "total", 2,
     {"periods": ["2021-01..2021-07"], "filters": {"citizenship": ["HTI"]},
      "verdict": "accurate"}),
    ("So far this year, Panamanian authorities have registered 46,000 people across that "
     "border, 18,000 in July alone. Over 20,000 appear as Haitians, ranked first by a wide "
     "margin, followed by 8,000 Cubans.", "2021-08-09", "total", 3,
     {"periods": ["2021-01..2021-07"], "filters": {"citizenship": ["CUB"]}}),
    # "En la ruta de los migrantes desde Sudamérica hacia Estados Unidos": where the way
    # runs from, not whom the figure counts.
    ("Según cifras oficiales de Panamá, 506.000 migrantes llegaron a su lado de la frontera, "
     "en la parte de salida del Darién en la ruta de los migrantes desde Sudamérica hacia "
     "Estados Unidos, indicó el ministro de Seguridad panameño.", "2023-12-05", "total", 0,
     {"filters": {}}),
    # "Increased 753% between FY2020 and 2021": from the first fiscal year to the second
    # (Ukrainians and Russians, all CBP at the Southwest border: 560 → 4,779).
    ("According to a TIME analysis of CBP data, the number of encounters between U.S. border "
     "agents and Ukrainians and Russians at the U.S.-Mexico border increased 753% between "
     "FY2020 and 2021.", "2022-03-01", "change", 0,
     {"periods": ["FY2021"], "verdict": "accurate"}),
    # "Rose slightly in August, after falling every month since February": the run ended in
    # July (Border Patrol, five falls from February to July 2024).
    ("Illegal crossings at the United States-Mexico border rose slightly in August, after "
     "falling every month since February.", "2024-09-17", "streak", 0,
     {"periods": ["2024-07"], "verdict": "accurate"}),
    # "The 209,906 times … was the most … in any month since March 2000": the record's
    # window is no span the figure counts; the figure is the month's (March 2022: 211,181).
    ("On April 18 U.S. Customs and Border Protection (CBP) announced that it encountered "
     "undocumented migrants along the U.S.-Mexico border 221,303 times in March, 33 percent "
     "more than in February. The 209,906 times that Border Patrol encountered migrants "
     "between the official land ports of entry was the most the agency had recorded in any "
     "month since March 2000.", "2022-04-20", "total", 0, {"periods": ["2022-03"]}),
    # ... and "On April 18 … (CBP) announced" is when it was said, not a day counted.
    ("On April 18 U.S. Customs and Border Protection (CBP) announced that it encountered "
     "undocumented migrants along the U.S.-Mexico border 221,303 times in March, 33 percent "
     "more than in February.", "2022-04-20", "comparison", 0, {"periods": ["2022-03"]}),
    # "Up almost 25% from last year's total", with one month of the fiscal year to go: the
    # whole fiscal year before (1,734,686 → 2,151,397, +24.0%).
    ("With one month left to go in the fiscal year, encounters are up almost 25% from last "
     "year’s total.", "2022-09-20", "change", 0, {"verdict": "accurate"}),
    # "Close to 9,500 were unaccompanied minors and the remainder adults": the adults are
    # the rest's (Border Patrol, February 2021: 9,402 unaccompanied).
    ("U.S. border agents encountered 100,441 migrants at the U.S.-Mexico border in "
     "February. Miller said more than 19,000 of those encounters were families, close to "
     "9,500 were unaccompanied minors and the remainder adults.", "2021-03-11", "total", 2,
     {"filters": {"demographic": ["UAC"]}}),
    # "At legal border crossings": the ports of entry (February 2025: 32,341 → 3,361).
    ("Arrests of foreigners seeking entry at legal border crossings dropped by about 90% to "
     "roughly 3,300, according to Customs and Border Protection data.", "2025-03-13",
     "change", 0, {"measure": "ofo_swb_encounters", "verdict": "accurate"}),
    # "The Swanton Sector set a new record in June": its own months (June 2024: 3,310, its
    # highest), not a rank among sectors.
    ("The Swanton Sector set a new record in June, apprehending more than 3,300 migrants.",
     "2024-07-10", "rank_record", 0, {"verdict": "accurate"}),
    # "The most recent data … reveals … dropped 65% … compared to the same time last year":
    # the latest month against that month a year before (January 2025: 61,445 against
    # 176,195).
    ("The most recent data from U.S. Customs and Border Protection (CBP) reveals its "
     "encounters with migrants dropped 65% along the southwest border compared to the same "
     "time last year.", "2025-02-25", "change", 0,
     {"periods": ["2025-01"], "verdict": "accurate"}),
    # "Este paso fronterizo entre Colombia y Panamá" is the Darién; "hasta diciembre", said
    # in December, the year so far; "el 70% son venezolanos", a share (69.6%).
    ("En total, 300.549 personas han transitado por este paso fronterizo entre Colombia y "
     "Panamá hasta diciembre. De los migrantes que han cruzado el Darién este año, el 70% "
     "son venezolanos.", "2024-12-17", "total", 0,
     {"measure": "darien_transits", "periods": ["2024-01..2024-11"]}),
    ("En total, 300.549 personas han transitado por este paso fronterizo entre Colombia y "
     "Panamá hasta diciembre. De los migrantes que han cruzado el Darién este año, el 70% "
     "son venezolanos.", "2024-12-17", "share", 0,
     {"measure": "darien_transits", "verdict": "accurate"}),
    # "Since U.S. president Joe Biden took office": his term so far, the window of the low.
    ("The estimated 144,571 encounters recorded in June marked the lowest total since U.S. "
     "president Joe Biden took office two-and-a-half years ago.", "2023-07-15",
     "rank_record", 0, {"says": "2021-02–2023-06"}),
    # "From fiscal year 2021 through February 2024": October 2020 to February 2024.
    ("The Biden administration carried out 1.1 million deportations from fiscal year 2021 "
     "through February 2024.", "2024-03-20", "total", 0,
     {"periods": ["2020-10..2024-02"]}),
    # "Peaked at the end of 2023, then plummeted over 90%": from the peak month to the
    # latest (Border Patrol, December 2023 249,740 → June 2025 6,068).
    ("Illegal border crossings peaked at the end of 2023, then plummeted over 90%.",
     "2025-07-10", "change", 0, {"periods": ["2025-06"], "verdict": "accurate"}),
    # "Encountered at our borders": every border (FY2023 nationwide: 3,201,144).
    ("In FY23 alone, more than 3.2 million illegal aliens were encountered at our borders.",
     "2024-02-01", "total", 0, {"measure": "nationwide_encounters", "verdict": "accurate"}),
    # "Kids and families": the unaccompanied and the families (April 2019: 68.1%).
    ("Kids and families were 68% of all apprehensions between the ports of entry last month.",
     "2019-05-10", "share", 0, {"verdict": "accurate"}),
    # "For a third-straight month" is an ordinal, no share of a third.
    ("Border Patrol arrests in November jumped 78 percent from a year earlier to the highest "
     "level in Donald Trump’s presidency, with families and children accounting for a "
     "majority for a third-straight month.", "2018-12-10", "share", 0,
     {"verdict": "accurate"}),
    # "One month later", after "In July 2018" in the sentence before: August.
    ("In July 2018, 9,247 aliens traveling in family units were apprehended along that "
     "border. One month later, that number jumped to 12,774, a 38-percent increase in just "
     "31 days.", "2018-09-13", "change", 0, {"periods": ["2018-08"], "verdict": "accurate"}),
    # "Cut by nearly 40 percent from two years ago", said in May 2011: the last complete
    # year against the year as long before it (Border Patrol, 2008 681,320 → 2010 416,991,
    # -38.8%), not 2010 against 2009.
    ("And even as we have stepped up patrols, apprehensions along the border have been cut "
     "by nearly 40 percent from two years ago.", "2011-05-10", "change", 0,
     {"periods": ["2010"], "verdict": "accurate"}),
    # An opening concession says what others count: "Even as recent months' migrant
    # encounters have been declining in the United States, …, Mexico's government released
    # data showing that July 2024 was its 5th busiest month ever: 116,626 encounters" is
    # Mexico's count (115,937, 5th of its months), of July, not the concession's months.
    ("Even as recent months’ migrant encounters have been declining in the United States, "
     "Panama, and Honduras, Mexico’s government released data showing that July 2024 was its "
     "5th busiest month ever: 116,626 encounters with undocumented migrants.", "2024-09-03",
     "rank_record", 0, {"measure": "mx_irregular_migrants", "periods": ["2024-07"],
                        "verdict": "accurate"}),
    ("Even as recent months’ migrant encounters have been declining in the United States, "
     "Panama, and Honduras, Mexico’s government released data showing that July 2024 was its "
     "5th busiest month ever: 116,626 encounters with undocumented migrants.", "2024-09-03",
     "total", 0, {"measure": "mx_irregular_migrants", "periods": ["2024-07"]}),
    # A month named in a sentence with no figure is what "during that month" next points to
    # (Border Patrol, July 2024: 56,400; San Diego alone 15,561).
    ("Unofficial Border Patrol reports reviewed by Breitbart Texas revealed the San Diego "
     "Sector led the nation in migrant apprehensions in July. The report shows more than "
     "15,000 migrant apprehensions during that month.", "2024-08-17", "total", 0,
     {"periods": ["2024-07"]}),
    # "Since the U.S. Immigration and Naturalization Service began a crackdown there in
    # 1994": since 1994 (an agency's name takes a few words), not 1994 against 1993.
    ("Arrests of illegal immigrants at the southwest border have increased by almost 68 "
     "percent since the U.S. Immigration and Naturalization Service began a crackdown there "
     "in 1994, according to a government report.", "2001-08-09", "change", 0,
     {"periods": ["1994-01..2001-07"]}),
    # "Miles y miles", doubled for emphasis: many thousands, up to hundreds of thousands
    # (the Darién, 2023: 520,085), not two counts of a few thousand.
    ("Miles y miles de personas cruzaron la selva del Darién en 2023.", "2024-03-15", "total",
     0, {"verdict": "accurate"}),
    # "Las cifras … proporcionadas este mes … muestran que 2021 fue el año récord": when the
    # figures came out is no period of theirs; the record is 2021's (Border Patrol, January–
    # September 2021 above the same months of every year since 2000).
    ("Las cifras de fin de año proporcionadas este mes por el Departamento de Seguridad "
     "Nacional muestran que 2021 fue el año récord de aprehensiones en la frontera sur.",
     "2021-10-15", "rank_record", 0, {"verdict": "accurate"}),
    # "Since January, when Biden halted …, 900,000 migrants—including thousands of
    # unaccompanied children—have been taken into custody": the figure opens the main clause
    # after the "when" clause closed (January–June 2021), and the children are a part of
    # them, not whom the figure counts.
    ("Since January, when Biden halted construction of the border wall and started repealing "
     "former President Trump's asylum policies, 900,000 migrants—including thousands of "
     "unaccompanied children—have been taken into custody at the border.", "2021-07-09",
     "total", 0, {"periods": ["2021-01..2021-06"], "filters": {}}),
    # "A child under 18" is an age, no figure; "from California through Texas" is the whole
    # border, no state's (family units, Border Patrol: 39,990 → 189,709, +374.4%).
    ("According to U.S. Customs and Border Protection, since October, along the whole "
     "southwest border, from California through Texas, there have been 190,000 apprehensions "
     "of family units (a child under 18 with a parent or legal guardian) who crossed "
     "illegally from Mexico, up from 40,000 a year ago.", "2019-04-26", "change", 0,
     {"filters": {"demographic": ["FMUA"]}, "verdict": "accurate"}),
    # "Men, women and children": everyone (all CBP, FY2022: 2,378,944), no group of them.
    ("This exodus of men, women and children is historic, leading to a record nearly 2.4 "
     "million encounters between migrants and US personnel at the southern border in fiscal "
     "year 2022.", "2023-01-10", "total", 0, {"filters": {}, "verdict": "accurate"}),
    # Three months listed with "respectivamente": each month its own figure (the Darién,
    # October 2023 49,256 → December 24,626).
    ("El informe también revela una disminución considerable en la entrada de migrantes por "
     "la densa selva del Darién durante los meses de octubre, noviembre y diciembre de 2023, "
     "registrando 49,256, 37,231 y 24,626 respectivamente.", "2024-01-20", "change", 0,
     {"periods": ["2023-12"], "verdict": "accurate"}),
    # "El total, que sigue siendo el más alto …": the figure just given, whatever else the
    # sentence speaks of (asylum rules); the highest August in a decade.
    ("Unas 64 mil personas fueron detenidas o rechazadas en la frontera entre México y "
     "Estados Unidos en agosto, 22 por ciento menos que en julio. El total, que sigue siendo "
     "el más alto para el mes de agosto en más de una década, se informó el mismo día en que "
     "un juez falló contra una nueva regla que busca bloquear casi todas las solicitudes de "
     "asilo en la frontera.", "2019-09-10", "rank_record", 0, {"verdict": "accurate"}),
    # "Arribaron a puntos fronterizos": arrivals at the border's crossing points, encounters
    # (Cubans, September 2022: 26,742).
    ("Según el nuevo informe, solo en septiembre 26 mil 742 migrantes cubanos arribaron a "
     "puntos fronterizos de los EE. UU.", "2022-10-20", "total", 0, {"verdict": "accurate"}),
    # "Mexico received some 52,000 immigrants deported from the U.S.": Mexicans repatriated,
    # which the store does not hold (not Mexico's own returns of foreigners).
    ("Mexico received some 52,000 immigrants deported from the U.S. in February, March, and "
     "April last year, according to Mexican data.", "2025-03-15", "total", 0,
     {"verdict": "unverifiable"}),
    # "… 688 mil 375 migrantes para finales de junio. … se han incrementado 103 por ciento
    # respecto al mismo periodo del año fiscal 2018": the fiscal year through June, against
    # the same months of FY2018 (all CBP: 383,654 → 780,479, +103.4%).
    ("Este año ya hemos registrado más detenciones que en cada año fiscal en la última "
     "década, con 688 mil 375 migrantes para finales de junio. El Secretario justificó que las "
     "detenciones en frontera se han incrementado 103 por ciento respecto al mismo periodo del "
     "año fiscal 2018.", "2019-07-18", "change", 0,
     {"periods": ["2018-10..2019-06"], "verdict": "accurate"}),
    # "Apprehended in between the ports of entry and deemed inadmissible at the ports of
    # entry": both components, all CBP (December 2018: 60,794), not the ports alone.
    ("Total Enforcement Actions (individuals apprehended in between the ports of entry and "
     "deemed inadmissible at the ports of entry) for the month of December in Fiscal Year "
     "2019 was 60,782.", "2019-01-10", "total", 0, {"verdict": "accurate"}),
    # "… last month, compared with 180,641 in May and just over 33,000 a year ago": a year
    # before the month compared (June 2020: 33,049), not before the other base; the next
    # sentence's figure is of the month compared, not of a base (unaccompanied children,
    # June 2021: 15,230).
    ("A total of 188,829 people were stopped trying to cross the southern border without "
     "travel documents last month, compared with 180,641 in May and just over 33,000 a year "
     "ago.", "2021-07-15", "total", 2, {"periods": ["2020-06"]}),
    ("Un total de 188.829 personas fueron interceptadas al querer cruzar la frontera sur "
     "estadounidense sin un documento oficial de viaje el mes pasado, frente a las 180.641 de "
     "mayo y los poco más de 33.000 hace un año. Los menores de edad que cruzaron sin sus "
     "padres o tutores sumaron 15.253.", "2021-07-15", "total", 2,
     {"periods": ["2021-06"], "verdict": "accurate"}),
    # One term against another: "Mr. Biden has racked up more than 1 million more … than
    # former President Donald Trump did throughout his entire four-year administration" (a
    # president who "has racked up" counts over his term so far; "racked up" is no rise):
    # Border Patrol, January 2021 – November 2022 4,069,114 against 2,100,666.
    ("In less than two years, Mr. Biden has racked up more than 1 million more illegal "
     "crossings than former President Donald Trump did throughout his entire four-year "
     "administration.", "2022-12-15", "comparison", 0,
     {"periods": ["2021-01..2022-11"], "verdict": "accurate"}),
    ("Under Biden, there have been more than 1 million more encounters than under Trump's "
     "entire term.", "2022-12-15", "comparison", 0,
     {"periods": ["2021-01..2022-11"], "verdict": "accurate"}),
    # "The months of October, November and December 2023": the three in a row, summed (all
    # CBP: 785,307), not the last two.
    ("Policies resulted in a record-high number of migration encounters — more than "
     "three-quarters of a million — in the usually low-immigration months of October, "
     "November and December 2023.", "2024-04-15", "total", 0,
     {"periods": ["2023-10..2023-12"], "verdict": "accurate"}),
    # "… in March. That represents a 25% rise over the previous month", said in May: the
    # month before the change's own (Border Patrol, February 130,521 → March 163,672); "more
    # than three times the March average … under the Obama and Trump administrations": the
    # Marches of both terms, averaged (45,478; 3.60×).
    ("The latest figures available from DHS show that apprehensions numbered more than "
     "162,000 at the southwest border in March. That represents a 25% rise over the previous "
     "month and is more than three times the March average for apprehensions under the Obama "
     "and Trump administrations.", "2023-05-09", "change", 0,
     {"periods": ["2023-03"], "verdict": "accurate"}),
    ("The latest figures available from DHS show that apprehensions numbered more than "
     "162,000 at the southwest border in March. That represents a 25% rise over the previous "
     "month and is more than three times the March average for apprehensions under the Obama "
     "and Trump administrations.", "2023-05-09", "comparison", 0, {"verdict": "accurate"}),
    # "The highest number of overall apprehensions", after a sentence on families: everyone
    # (all CBP, May 2019: 144,116), not the families.
    ("During the 2019 fiscal year, the Border Patrol arrested more than 473,000 migrant "
     "families. May 2019 saw the highest number of overall apprehensions: 144,000.",
     "2021-03-23", "total", 1, {"filters": {}, "verdict": "accurate"}),
    # Each figure of a list its own group: "unaccompanied migrant children" are the
    # unaccompanied (FY2019: 76,020), not children besides.
    ("During the 2019 fiscal year, the Border Patrol arrested more than 473,000 migrant "
     "families and around 76,000 unaccompanied migrant children.", "2021-03-23", "total", 1,
     {"filters": {"demographic": ["UAC"]}, "verdict": "accurate"}),
    # "Arrested or turned away": the ports' inadmissibles too (all CBP, February 2019:
    # 76,545; Border Patrol alone 66,883).
    ("Last month, U.S. border patrol agents arrested or turned away 76,325 immigrants at the "
     "southern border, according to new DHS data.", "2019-03-10", "total", 0,
     {"verdict": "accurate"}),
    # Past who said it (", aseguraron funcionarios …, que mencionaron … medidas … contra
    # migrantes centroamericanos"), a nationality is not whom the figure counts (all CBP,
    # July 2019 81,777 → August 62,707, -23.3%).
    ("Unas 64 mil personas fueron detenidas o rechazadas en la frontera entre México y "
     "Estados Unidos en agosto, 22 por ciento menos que en julio, y 56 por ciento menos que "
     "en mayo, aseguraron funcionarios estadunidenses, que mencionaron una mayor cooperación "
     "de México, que ha tomado medidas más enérgicas contra migrantes centroamericanos.",
     "2019-09-10", "comparison", 0, {"filters": {}, "verdict": "roughly_accurate"}),
    # "Desde más de 30,000 hace un año": the base is the same month a year before (El Paso
    # sector, April 2024 30,397 → April 2025 1,959, -93.6%); ", a menos de 2,000" is the
    # level reached, not a clause of its own.
    ("En el sector de El Paso, donde Herrera patrulla, los encuentros con migrantes "
     "disminuyeron un 93% en abril, a menos de 2,000, desde más de 30,000 hace un año, "
     "afirmó.", "2025-05-15", "change", 0,
     {"periods": ["2025-04"], "verdict": "accurate"}),
    # "Fallen in half in the past month": the latest month against the one before (El Paso
    # sector, May 2019 38,637 → June 18,882, -51.1%).
    ("When a new interim Border Patrol chief arrives in El Paso, he or she will find a "
     "sector in which apprehensions have fallen in half in the past month.", "2019-07-10",
     "change", 0, {"periods": ["2019-06"], "verdict": "accurate"}),
    # "En ese mismo periodo pero del año pasado": the same months a year before; "mil 737
    # menores" are minors, no comparative (Yuma sector's unaccompanied children, October–
    # February: 1,737 and 1,320 the year before).
    ("Este año fiscal, entre octubre de 2016 y febrero de 2017, van mil 737 menores no "
     "acompañados que son detenidos en contraste con los mil 320 documentados en ese mismo "
     "periodo pero del año pasado.", "2017-03-20", "total", 1,
     {"periods": ["2015-10..2016-02"]}),
    # "Between fiscal year to date July 2018 and fiscal year to date July 2019": each fiscal
    # year through July (Tucson's family units: 3,430 → 12,870, +275.2%).
    ("Statistics released recently by the federal agency show a 275 percent increase in "
     "arrests of families in the Tucson sector between fiscal year to date July 2018 and "
     "fiscal year to date July 2019.", "2019-08-20", "change", 0,
     {"periods": ["2018-10..2019-07"], "verdict": "accurate"}),
    # A time that closes the sentence alone (", el año pasado.") is the whole sentence's,
    # however far from the figure.
    ("Más de 24 mil chinos fueron aprehendidos por la Patrulla Fronteriza cruzando hacia "
     "Estados Unidos procedentes de México, el año pasado.", "2023-11-27", "total", 0,
     {"periods": ["FY2023"]}),
    # "Subió en febrero por primera vez desde mayo del año pasado": February against
    # January (29,205 → 30,077), and a run of falls from June 2019 to January 2020 (eight).
    ("El número de migrantes aprehendidos por la Patrulla Fronteriza subió en febrero por "
     "primera vez desde mayo del año pasado.", "2020-03-10", "change", 0,
     {"periods": ["2020-02"], "verdict": "accurate"}),
    ("Apprehensions by the Border Patrol rose in February for the first time since May of "
     "last year.", "2020-03-10", "streak", 0, {"verdict": "accurate"}),
    # "Last year", said from October to December: the fiscal year just ended is a reading
    # (Chinese nationals, Border Patrol, FY2023: 24,048).
    ("A pesar de las distancias y dificultades de la travesía, más de 24 mil chinos fueron "
     "aprehendidos cruzando hacia Estados Unidos procedentes de México, el año pasado.",
     "2023-11-27", "total", 0,
     {"periods": ["FY2023"], "verdict": "accurate"}),
    # A member's state is no place of the figures ("Rep. Will Hurd, R-Texas": all CBP's
    # Southwest encounters in March 2019, 103,731).
    ("Rep. Will Hurd, R-Texas, said federal law enforcement is overwhelmed with the 100,000 "
     "migrants who were apprehended and encountered at the southern border in March.",
     "2019-04-10", "total", 0, {"filters": {}, "verdict": "accurate"}),
    # "Niños sin compañía de adultos" are unaccompanied children, no adults (Border Patrol,
    # October 2013 – June 2014, the month under way in part: 46,870–57,490).
    ("El número de niños sin compañía de adultos que han sido retenidos en este año fiscal "
     "es 57.000, dijo Gil Kerlikowske.", "2014-06-25", "total", 0,
     {"filters": {"demographic": ["UAC"]}}),
    # The Congressional Record's "2\\1/2\\ months" is a duration, not a count (unaccompanied
    # children, October 2013 – June 2014: 57,490, just short of 60,000).
    ("With 2\\1/2\\ months remaining in this fiscal year, more than 60,000 unaccompanied "
     "alien children have been apprehended at the border.", "2014-07-15", "total", 0,
     {"verdict": "roughly_accurate"}),
    # "Nearly two thirds of those crossed through the Rio Grande Valley in Texas": the
    # sector's share of the children named before (33,416 of 46,870, 71.3%); Texas is where
    # the sector lies.
    ("Since October, 52,000 unaccompanied minors have crossed into the United States from "
     "Mexico – nearly two thirds of those crossed through the Rio Grande Valley in Texas.",
     "2014-06-20", "share", 0, {"filters": {"demographic": ["UAC"],
                                           "sector": ["Rio Grande Valley"]},
                               "verdict": "roughly_accurate"}),
    # "Respecto al mismo periodo del año fiscal 2018", with no months named: the fiscal
    # year so far against the same months of FY2018 (all CBP: 383,654 → 780,479, +103.4%).
    ("El Secretario justificó que las detenciones en frontera se han incrementado 103 por "
     "ciento respecto al mismo periodo del año fiscal 2018.", "2019-07-18", "change", 0,
     {"periods": ["2018-10..2019-06"], "verdict": "accurate"}),
    # "A run of months surpassing 60,000": a run above that bound (all CBP: October–December
    # 2018, 60,781, 62,469, 60,794).
    ("December marks the third consecutive month of enforcement actions surpassing 60,000.",
     "2019-01-10", "streak", 0, {"verdict": "accurate"}),
    # "… -- with particularly sharp drops in families and unaccompanied children": the
    # aside's groups are not the run's (all CBP, July–October 2021: three falls).
    ("October marks the third straight month of declining unauthorized migrant encounters "
     "along the Southwest border -- with particularly sharp drops in families and "
     "unaccompanied children", "2021-11-16", "streak", 0,
     {"filters": {}, "verdict": "accurate"}),
    # "A record in the border sector": the sector's own years (Yuma, FY2022: 310,094).
    ("Over 310 thousand apprehensions were made by Yuma Sector agents in the Fiscal Year 2022 "
     "according to Chief Patrol Officer Chris Clem, a record in the border sector.",
     "2022-10-20", "rank_record", 0, {"verdict": "accurate"}),
    # Each figure its own sector, elsewhere too ("30 in Houlton Sector").
    ("In Fiscal Year 2017, U.S. Customs and Border Protection reported 310,531 apprehensions "
     "nationwide, 449 of which were in Swanton Sector and 30 in Houlton Sector.", "2018-02-10",
     "total", 2, {"filters": {"sector": ["Houlton"]}, "verdict": "accurate"}),
    # ", after hitting a record high in December": an aside with its own month (Border
    # Patrol, December 2023: 249,740, the highest month on record).
    ("Illegal crossings on the southern border fell last month, after hitting a record high "
     "in December.", "2024-06-20", "rank_record", 0, {"periods": ["2023-12"]}),
    # "…, and are down a whopping 75 percent since the peak … last May": a change of its
    # own, from the peak's month (USBP May 2019 132,856 → December 32,853, -75.3%); the
    # streak is December's (June–December 2019, seven falls).
    ("Total border apprehensions fell for the seventh straight month in December, and are "
     "down a whopping 75 percent since the peak of the border crisis last May.", "2020-01-10",
     "streak", 0, {"periods": ["2019-12"], "verdict": "accurate"}),
    ("Total border apprehensions fell for the seventh straight month in December, and are "
     "down a whopping 75 percent since the peak of the border crisis last May.", "2020-01-10",
     "change", 0, {"verdict": "accurate"}),
    # "A 100% increase on the … numbers encountered in February": "on" after the change's
    # noun sets the base (unaccompanied children, all CBP: 9,402 → 18,870 in March 2021).
    ("It included 18,890 unaccompanied children. That's a 100% increase on the already high "
     "numbers encountered in February and the highest number recorded ever.", "2021-04-09",
     "change", 0, {"periods": ["2021-03"], "verdict": "accurate"}),
    # "De 2023 a mayo del presente año": from the year's January to this year's May (the
    # Darién, January 2023 – May 2024: 690,099).
    ("El reporte indicó que de 2023 a mayo del presente año, son 690.101 personas que han "
     "cruzado la frontera entre Colombia y Panamá.", "2024-06-19", "total", 0,
     {"periods": ["2023-01..2024-05"], "verdict": "accurate"}),
    # "A 95% decrease from 2024", said on 24 February 2025 with no period of its own: the
    # month under way against that month of 2024 (Border Patrol 140,641 → 8,353, -94.1%).
    ("The illegal crossings…95% decrease from 2024.", "2025-02-24", "change", 0,
     {"periods": ["2025-02"], "verdict": "accurate"}),
    # "Under the Trump administration, … at a 45-year low": the term is when the low came
    # (FY2017, 303,916, the lowest since FY1972), not the window it is ranked in.
    ("Under the Trump administration, apprehensions were at a 45-year low.", "2021-05-02",
     "rank_record", 0, {"periods": ["FY2017"], "verdict": "accurate"}),
    # A record in apposition to a level with no period is of a period the words do not
    # give: a guess, which stands only if it holds.
    ("You said the topline -- 271,484 removals -- the highest level since 2014.", "2024-12-20",
     "rank_record", 0, {"verdict": "unverifiable"}),
    # "Now" in June 2025, for a series whose releases end in August 2024: past the files,
    # not their latest month.
    ("And to go from over 62,000 Border Patrol releases down to zero, we're breaking record "
     "numbers in the right direction now.", "2025-06-15", "total", 0,
     {"verdict": "unverifiable"}),
    # "The first four months of federal fiscal year 2024": October 2023 – January 2024.
    ("The U.S. Border Patrol recorded more than 250,000 illegal alien apprehensions in the "
     "Tucson sector during the first four months of federal fiscal year 2024.", "2025-02-20",
     "total", 0, {"periods": ["2023-10..2024-01"]}),
    # A record set as a relation's base is a claim of its own, of the base's month: "fewer
    # than July's record 212,000" (all-CBP July 2021, 213,593, tops its series only from
    # October 2017; Border Patrol alone counted 220,063 in March 2000).
    ("That's around 3,000 fewer than July's record 212,000 encounters in July but "
     "significantly more than in August 2020, which had 50,014 encounters.", "2021-09-15",
     "rank_record", 0, {"periods": ["2021-07"], "verdict": "misleading"}),
    ("Encounters at the southwest border fell to 176,205 in January, down from a record "
     "302,000 in December.", "2024-02-14", "rank_record", 0,
     {"periods": ["2023-12"], "verdict": "accurate"}),
    # Two official counts of one thing that differ: a figure that fits the other is right
    # (family units, March 2013: CBP's own table 1,310, OHSS 1,120; FY2013 → FY2014: +360.8%
    # on CBP's table, +418.6% on OHSS's).
    ("In March 2013, Border Patrol agents took 1,310 family members into custody.",
     "2019-05-20", "total", 0, {"verdict": "accurate", "says": "usbp_historical"}),
    ("The number of family units apprehended in the Southwest Border areas increased by 361 "
     "percent in Fiscal Year 2014.", "2015-03-20", "change", 0,
     {"verdict": "accurate", "says": "usbp_historical"}),
    # "Were stopped by authorities" is an apprehension (Nicaraguans, November 2022: 34,249;
    # October 20,923).
    ("Nicaraguans come second to Cubans in attempted border crossings in November. Reportedly "
     "34,209 were stopped by authorities in November, a sharp increase from the 20,920 "
     "stoppings back in October.", "2022-12-15", "change", 0, {"verdict": "accurate"}),
    # "In February of the 2022 fiscal year compared to 2021": that month of the fiscal year,
    # against the same month of 2021 (San Diego: 9,725 → 13,517, +39.0%).
    ("The Border Patrol agents in San Diego saw a 38% increase in encounters with immigrants "
     "between checkpoints in February of the 2022 fiscal year compared to 2021, according to "
     "agency data.", "2022-03-20", "change", 0, {"periods": ["2022-02"], "verdict": "accurate"}),
    # "The four Border Patrol sectors entirely in Texas": El Paso's reaches New Mexico (Big
    # Bend, Del Rio, Laredo, Rio Grande Valley: October–April FY2023 → FY2024, -25.8%).
    ("The four Border Patrol sectors entirely in Texas saw encounters decline by 26% in the "
     "first seven months of the fiscal year.", "2024-06-05", "change", 0,
     {"verdict": "accurate", "filters": {"sector": ["Big Bend", "Del Rio", "Laredo",
                                                   "Rio Grande Valley"]}}),
    # "In recent months, monthly apprehensions have hit 60-year lows": the latest of the
    # recent months set it (Border Patrol, Southwest, March 2025: 7,180), not each of them.
    ("In recent months, monthly apprehensions of illegal immigrants have hit 60-year lows, "
     "with fewer than 8,000 people intercepted in March.", "2025-04-20", "rank_record", 0,
     {"periods": ["2025-03"]}),
    # "In April were 3% higher than March's total": the base is the month after "than", though
    # the month's own words open on it (CBP, Southwest, March → April 2021: +3.2%).
    ("Border apprehensions in April were 3% higher than March's total of 173,348 and "
     "significantly higher than the February total of 101,120.", "2021-05-15", "comparison", 0,
     {"periods": ["2021-04"], "verdict": "accurate"}),
    # "… between October 2015 and July of this year, compared to 59,000 in FY 2015": the
    # same months of that fiscal year, like for like (October 2014 – July 2015: 60,250).
    ("Between October 2015 and July of this year, over 107,000 unaccompanied children and "
     "individuals in family units were apprehended, compared to 59,000 in FY 2015.",
     "2016-08-15", "total", 1, {"periods": ["2014-10..2015-07"]}),
    # "… en comparación con mayo de 2019, cuando se detuvo … a la cifra récord de 144.000":
    # a "when" clause on the period right before it is that period's record (May 2019,
    # 144,116, the highest of the series then).
    ("Esta cifra supone una caída del 84 % en comparación con los registrados en mayo de "
     "2019, cuando se detuvo o se consideró inadmisible a la cifra récord de 144.000 "
     "migrantes.", "2020-06-12", "rank_record", 0, {"periods": ["2019-05"]}),
    # A change said mid-month of how things stand, no period named: the month under way,
    # whole, against the same month a year before (Border Patrol, Southwest, February 2024
    # → 2025: -94.1%).
    ("President Trump, within days of taking office, cut border crossings 95 percent, Miller "
     "said.", "2025-02-15", "change", 0, {"verdict": "accurate", "periods": ["2025-02"]}),
    # "The highest for that month since at least 2000": as far back as the records go, 2000
    # included (Border Patrol, Januaries: 2000 185,979 above 2022's 147,877).
    ("Border agents encountered 153,941 migrants in January, the highest number recorded for "
     "that month since at least 2000.", "2022-02-20", "rank_record", 0,
     {"verdict": "inaccurate", "says": "Januaries 2000-01"}),
    # "Set a record for the second straight year": a run of records, each above every year
    # before it, not of rises (FY2018 and FY2019 rose; neither topped FY2000's 1,643,679).
    ("Border Patrol apprehensions in fiscal year 2019 set a record for the second straight "
     "year.", "2020-01-20", "streak", 0, {"verdict": "inaccurate", "says": "set a record"}),
    # "Ticked up and up and up": a rise told over and over, no small one (CBP, Southwest,
    # April → May 2019: +31.7%).
    ("Month after month, the number of people crossing our border has ticked up and up and "
     "up, with 144,000 last month alone.", "2019-06-10", "change", 0,
     {"verdict": "accurate", "periods": ["2019-05"]}),
    # "…, showing that illegal immigration has continued to grow": the conclusion drawn from
    # the change before it, over the same months (Border Patrol, Southwest, July 2017 → July
    # 2018: +72.1%).
    ("U.S. Border Patrol apprehensions at the Southwest border rose more than 70 percent in "
     "July from a year ago, showing that illegal immigration has continued to grow despite "
     "President Donald Trump's efforts.", "2018-08-10", "trend", 0, {"verdict": "accurate"}),
    # "This year we already arrested 400000 people": a count piled up, the fiscal year's so
    # far a reading too (Border Patrol, Southwest, October 2018 – March 2019: 361,308).
    ("If you look at the numbers this year we already arrested 400000 people.", "2019-04-15",
     "total", 0, {"periods": ["2018-10..2019-03"]}),
    # A count "so far" with no period: the fiscal year's to date, the month under way in part
    # (Laredo, October 2021 – March 2022: between 39,655 and 53,455).
    ("Our apprehensions in Laredo Sector so far: 51,000.", "2022-03-31", "total", 0,
     {"verdict": "accurate"}),
    # "A monthly record that placed Venezuela in second place, after Mexico": Venezuelans'
    # record; the country it comes after is set beside it (August 2022: 25,361).
    ("U.S. authorities encountered more than 25,000 Venezuelan citizens at the U.S.-Mexico "
     "border in August, a monthly record that placed Venezuela in second place, after "
     "Mexico, among migrants' countries of origin.", "2022-10-01", "rank_record", 0,
     {"filters": {"citizenship": ["VEN"]}, "verdict": "accurate"}),
    # "In nearly half a century": a window of years, as "in nearly fifty years" (FY2018 the
    # fifth lowest of FY1975–FY2018).
    ("According to U.S. Customs and Border Protection, 2018's apprehensions along the "
     "southwestern border were the fifth lowest in nearly half a century.", "2019-03-15",
     "rank_record", 0, {"verdict": "accurate", "periods": ["FY2018"]}),
    # Crossings at "the U.S. border", no side named, may be CBP's count everywhere
    # (nationwide, January 2021 – September 2024: 10,552,984).
    ("During Biden's administration, immigration officials have encountered immigrants "
     "illegally crossing the U.S. border around 10 million times.", "2024-10-01", "total", 0,
     {"measure": "nationwide_encounters"}),
    # "In October 2018, the start of the fiscal year, …": the year the month opens is no
    # period of the figure (CBP, Southwest, October 2018: 60,781).
    ("In October 2018, the start of the fiscal year, Customs and Border Protection "
     "encountered nearly 61,000 migrants at the border.", "2019-05-15", "total", 0,
     {"periods": ["2018-10"], "verdict": "accurate"}),
    # "We will set a new all-time record this year": a projection, judged on the whole year
    # now that the data hold it.
    ("We are dealing with the highest number of people coming across the border than ever "
     "before and we will set a new all-time record this year.", "2023-05-15", "rank_record", 0,
     {"periods": ["2023"]}),
    # Records said other ways: "the most illegal border crossings in recorded history"
    # (December 2023), "a new monthly record".
    ("Last month alone, we saw the most illegal border crossings in recorded history, Speaker "
     "Johnson said.", "2024-01-04", "rank_record", 0,
     {"periods": ["2023-12"], "verdict": "accurate"}),
    ("In August, CBP set a new monthly record for encounters nationwide.", "2023-09-27",
     "rank_record", 0, {"periods": ["2023-08"]}),
    # "Cut border crossings 95 percent": a verb of cutting with its object before the size
    # (Border Patrol, Southwest, February 2024 → 2025: -94.1%).
    ("President Trump, within days of taking office, cut border crossings 95 percent and "
     "those few who have dared to cross are being prosecuted, Miller said.", "2025-03-20",
     "change", 0, {"verdict": "accurate"}),
    # "Since the recession hit in 2007": from 2007, as "since 2007" (Border Patrol,
    # Southwest: 831,154 in 2007, far fewer since).
    ("Since the recession hit in 2007, apprehensions at the southern border have fallen "
     "dramatically.", "2019-02-15", "change", 0, {"verdict": "accurate", "says": "in 2007"}),
    # "Since the mid-1970s" reaches back to 1975, not to the decade's end.
    ("Apprehensions in fiscal year 2017 were the lowest since the mid-1970s.", "2018-02-15",
     "rank_record", 0, {"says": "FY1976–FY2017"}),
    # "…, reversing a downward trend recorded in the previous two months": an aside; the
    # change is last month's on the month before (CBP, Southwest, July → August 2022:
    # 200,162 → 204,087, +2.0%).
    ("Migrant encounters along the U.S. southern border rose slightly to 203,598 last month, "
     "reversing a downward trend recorded in the previous two months, the Customs and Border "
     "Protection (CBP) data show.", "2022-09-22", "change", 0,
     {"periods": ["2022-08"], "verdict": "accurate"}),
    # "In fiscal year 2022 surpassed 2 million in August": the year's count to that month
    # crossed the mark (CBP, Southwest, October 2021 – August 2022: 2,151,397).
    ("The number of migrant arrivals reported along the U.S.-Mexico border in fiscal year 2022 "
     "surpassed 2 million in August.", "2022-09-22", "total", 0, {"verdict": "accurate"}),
    # A reference mark "[1]" is no figure (Border Patrol, Southwest, January → February 2025:
    # 29,107 → 8,353, -71.3%).
    ("February 2025 saw a 71% decrease in border crossings from January, with only about "
     "8,000 apprehensions logged [1].", "2025-05-15", "change", 0, {"verdict": "accurate"}),
    # "Each nationality accounting for 6%": the share of each group, not of the two together
    # (the Darién, January–July 2024: Colombians 6.3%, Ecuadorians 6.4%).
    ("According to Panama's National Immigration Service, 231,075 migrants have crossed the "
     "Darien so far this year, 66% of them Venezuelans, followed by Colombians and "
     "Ecuadorians, each nationality accounting for 6% of the flow.", "2024-08-26", "share", 1,
     {"verdict": "roughly_accurate", "says": "each group"}),
    # "Rumbo a Estados Unidos" is where migrants head, no projection: the year so far (the
    # Darién, January–September 2023: 408,972).
    ("Casi 400 mil migrantes irregulares han pasado por la Selva del Darién este año, rumbo "
     "a Estados Unidos.", "2023-10-06", "total", 0, {"periods": ["2023-01..2023-09"]}),
    # "As February comes to a close": the month under way, a projection judged on the whole
    # month (Border Patrol, Southwest, February 2025: 8,353).
    ("As February comes to a close, U.S. Border Patrol is expected to have detained "
     "approximately 8,500 migrants at the border.", "2025-02-15", "total", 0,
     {"periods": ["2025-02"], "verdict": "accurate"}),
    # Refused at the ports in Spanish: "no admitidos", "inadmisibles" (OFO, Southwest, April
    # 2020: 924); "detenidos e inadmitidos" are all of CBP's.
    ("Durante el mes pasado, los extranjeros no admitidos para entrar al país sumaron 927. En "
     "total, los detenidos e inadmitidos sumaron 16.789 casos.", "2020-05-15", "total", 0,
     {"measure": "ofo_swb_encounters", "verdict": "accurate"}),
    ("En todo el período fiscal 2019 fueron rechazadas 126.001 personas que se presentaron en "
     "puestos de entrada fronterizos y a quienes las autoridades calificaron como "
     "inadmisibles.", "2020-03-15", "total", 0, {"measure": "ofo_swb_encounters"}),
    ("En abril, 109,144 migrantes fueron detenidos o considerados inadmisibles en el límite "
     "entre los dos países.", "2019-05-20", "total", 0, {"measure": "swb_encounters",
                                                         "verdict": "accurate"}),
    # "Del 21 de marzo de 2020 al cierre de febrero de este año": a run to February's end.
    ("La administración consideró inadmisibles a un total de 15 mil 160 personas, durante el "
     "periodo del 21 de marzo de 2020 al cierre de febrero de este año.", "2021-03-21",
     "total", 0, {"periods": ["2020-03..2021-02"]}),
    # "Averaged around 8,000 apprehensions monthly over a year": a month's average (FY1968:
    # 96,641, 8,053 a month), not a year's.
    ("The last time Border Patrol averaged around 8,000 apprehensions monthly over a year was "
     "in fiscal year 1968, according to historical records.", "2025-04-10", "rate", 0,
     {"verdict": "accurate"}),
    # A dateline ("TEXAS, USA —") is where the text was written, not the figure's state.
    ("TEXAS, USA — Data shows that last month, there were 100,441 enforcement encounters at "
     "the southern border.", "2021-03-22", "total", 0, {"filters": {},
                                                       "measure": "swb_encounters"}),
    # Each figure of a list its own place: "2.4M … at the southern border, and 3.2M
    # nationwide" (FY2023: 2,475,669 and 3,201,144).
    ("There were 2.4M encounters in 2023 at the southern border, and 3.2M nationwide.",
     "2024-01-15", "total", 0, {"measure": "swb_encounters"}),
    # A month that opens its sentence with a verb: "August held near those lows" (Border
    # Patrol, Southwest, August 2025: 6,321).
    ("July apprehensions were 4,601. August held near those lows: 26,197 total encounters "
     "nationwide and 6,319 Border Patrol apprehensions on the southwest border.", "2025-09-15",
     "total", 2, {"periods": ["2025-08"], "verdict": "accurate"}),
    ("December represented the first month in American history that border encounters "
     "totaled more than 300,000.", "2024-01-20", "total", 0, {"periods": ["2023-12"]}),
    # "Average monthly encounters are up to 204,566": a month's average risen to that level
    # (CBP, Southwest, October 2022 – May 2023: 205,617 a month), no "as many as".
    ("Average monthly encounters are up to 204,566 to-date in fiscal year 2023.", "2023-06-20",
     "rate", 0, {"measure": "swb_encounters", "verdict": "roughly_accurate"}),
    # The bound the run's own words give: "the fifth straight month above 180,000", not the
    # month's "more than 192,000" (CBP, Southwest, May–September 2021).
    ("New CBP apprehension numbers for September totaled more than 192,000 and marked the "
     "fifth straight month above 180,000 apprehensions.", "2021-10-22", "streak", 0,
     {"verdict": "accurate"}),
    # "The highest for any month this calendar year": among 2023's months (August 2023 was,
    # below November and December 2022).
    ("There were 232,972 encounters in August. The August numbers are the highest for any "
     "month this calendar year, although not the highest for this fiscal year.", "2023-09-22",
     "rank_record", 0, {"verdict": "accurate", "says": "of 8 months"}),
    # Sectors ranked over the month the text just named; "bordering Mexico" is a place, not
    # Mexico's count (June 2024: San Diego 25,612, Tucson 22,436).
    ("Arrests totaled 83,536 in June, down from 117,901 in May. San Diego was the busiest of "
     "the Border Patrol's nine sectors bordering Mexico by number of arrests, followed by "
     "Tucson, Arizona.", "2024-07-16", "rank_record", 0,
     {"periods": ["2024-06"], "verdict": "accurate"}),
    # "Since President Biden's first full month in office": a since (June 2023, the lowest
    # since February 2021).
    ("June's figures show the lowest number of border encounters since President Biden's "
     "first full month in office.", "2023-07-15", "rank_record", 0, {"verdict": "accurate"}),
    # The span right after a change's figure is the change's, whatever year the sentence
    # named first.
    ("The drop is the second significant contraction in fiscal 2022, after encounters "
     "plummeted nearly 40 percent from December to January.", "2023-07-15", "change", 0,
     {"periods": ["2022-01"]}),
    # "Five times the pace of the Obama administration": its average, over as many months as
    # the fiscal year compared (FY2022 2,206,436, 5.3 times 12 × 34,710).
    ("Indeed, fiscal year 2022 apprehensions ran at five times the pace of the Obama "
     "administration and four times that of the Trump administration.", "2023-02-15",
     "comparison", 0, {"verdict": "accurate"}),
    # When the year named began is no period of the figure: "año fiscal 2021 que comenzó en
    # octubre del año pasado".
    ("En lo que va del año fiscal 2021 que comenzó en octubre del año pasado, CBP ha reportado "
     "la aprehensión de cerca de 28,000 menores de edad no acompañados de El Salvador, "
     "Guatemala, Honduras y México.", "2021-03-15", "total", 0,
     {"periods": ["2020-10..2021-02"]}),
    # ", before skyrocketing to … in FY 2022": a later change, a clause of its own (FY2020
    # 17,567 → FY2021 181,264, 10.3×).
    ("In FY 2020, Border Patrol agents at the Southwest border apprehended just 17,531 "
     "illegal entrants from Venezuela, Cuba, Haiti and Nicaragua. By FY 2021, Border Patrol "
     "apprehensions from those four countries increased more than 10-fold, to 181,000-plus, "
     "before skyrocketing to more than 600,000 in FY 2022.", "2024-04-01", "change", 0,
     {"periods": ["FY2021"], "verdict": "accurate"}),
    # A change on the series whose level the sentence states exactly: 189,372 is all CBP's
    # March 2024 (189,359), so the 3% fall is all CBP's (189,913 → 189,359, -0.3%), not
    # Border Patrol's (-2.3%) that fits the percentage better.
    ("Las detenciones de migrantes en la frontera suroeste de EU cayeron un 3 por ciento a "
     "189.372 en marzo, contra el mes anterior, según datos divulgados el viernes por la "
     "Oficina de Aduanas y Protección Fronteriza (CBP).", "2024-04-15", "change", 0,
     {"measure": "swb_encounters", "verdict": "roughly_accurate"}),
    # "In this nation's history" is in history: a month the monthly series (from FY2000)
    # calls the lowest, while FY1960's annual total implies lower months, is misleading.
    ("March saw the lowest number of encounters in this nation's history at less than "
     "7,200.", "2025-04-15", "rank_record", 0, {"verdict": "misleading"}),
    # "Incluido un número de niños": a part of the figure's people, not their group (CBP,
    # Southwest, March 2021: 173,277).
    ("En marzo, la CBP enfrentó a 171,700 inmigrantes, incluido un número de niños no "
     "registrados.", "2021-04-15", "total", 0, {"filters": {}, "verdict": "roughly_accurate"}),
    # "Have increased almost fivefold in 2 years": the last two years, after a change said
    # done (CBP, Southwest, FY2020 458,088 → FY2022 2,378,944, 5.2×).
    ("CBP reports show that Southwest land border encounters have increased almost fivefold "
     "in 2 years.", "2022-12-07", "change", 0, {"verdict": "roughly_accurate",
                                                "says": "458,088 in FY2020"}),
    # A list's item that names its country alone ("…; Afghanistan, 926; Cameroon, 532") is
    # that country's, though free text is not searched for it (the Darién, January–March
    # 2023: Afghanistan 926).
    ("By nationality, among the migrants who have crossed the Darién this year, those from "
     "Venezuela predominate with a total of 30,250 as of March 31, followed by Haiti with "
     "23,640; Ecuador, with 14,227; China, 3,855; India, 2,543; Chile, 2,499; Colombia, "
     "2,230; Brazil, 2,072; Afghanistan, 926; Cameroon, 532; Somalia, 444; and Peru, 400.",
     "2023-04-02", "total", 8, {"filters": {"citizenship": ["AFG"]}, "verdict": "accurate"}),
    # "A new record in Yuma": the sector's own months, not a rank among sectors.
    ("Apprehensions were up sharply in the Yuma and Tucson sectors in June, including a new "
     "record in Yuma.", "2022-07-18", "rank_record", 0, {"says": "months"}),
    # "A 77 percent uptick": a change, as "a 77 percent increase" is (unaccompanied
    # children, FY2013 38,770 → FY2014 68,560, +76.8%).
    ("There was a 77 percent uptick in apprehensions of unaccompanied children at the "
     "southwest border in fiscal year 2014 compared with fiscal year 2013.", "2015-01-15",
     "change", 0, {"verdict": "accurate"}),
    # "That month … an 18% decrease from the previous month": the month before the one
    # the text named, not before the text's date (Border Patrol, October 2024 56,520 →
    # November 46,612, -17.5%).
    ("Unlawful border crossings have dropped, with 46,610 people stopped between ports of "
     "entry in November. The number of illegal crossings that month marked an 18% decrease "
     "from the previous month.", "2025-01-01", "change", 1,
     {"verdict": "accurate", "says": "October 2024"}),
    # "From nations other than Mexico, Guatemala, Honduras and El Salvador": all but the
    # four, the list run on past its commas, and the change beside the count of them too
    # (CBP, Southwest, January 2021 9,672 → May 2021 40,678, +320.6%).
    ("In May, CBP encountered more than 40,000 people crossing into the U.S. from nations "
     "other than Mexico, Guatemala, Honduras and El Salvador—a 320% increase from January.",
     "2021-06-20", "change", 0,
     {"verdict": "accurate", "says": "all but MEX/GTM/HND/SLV"}),
    # "Northern land border encounters", and the encounters of the next sentence there too
    # (January 2021 997; January 2024 15,916).
    ("Specifically, in January of 2021, there were only 997 northern land border "
     "encounters. Contrast that with January of 2024 when there were 15,800 encounters. That "
     "is a 1,484 percent increase.", "2024-06-26", "change", 0,
     {"measure": "nationwide_encounters", "verdict": "accurate"}),
    # "Higher than the number of apprehensions per month in the first quarter of 2016":
    # that span's average month (83,146 / 3 = 27,715), not its total.
    ("The Border Patrol effected 34,463 apprehensions on the southwest border in June 2016, "
     "a decrease from May and April, but higher than the number of apprehensions per month "
     "in the first quarter of 2016.", "2016-07-15", "comparison", 0,
     {"verdict": "accurate", "says": "27,715"}),
    # "Since last <month>": that month of the calendar year before the text's, a span up to
    # the last month that had ended (Border Patrol, Southwest, October 2018 – June 2019:
    # 688,339, "over 500,000").
    ("Since last October, over 500,000 illegal immigrants have been apprehended at our "
     "southern border.", "2019-07-13", "total", 0,
     {"periods": ["2018-10..2019-06"], "verdict": "accurate"}),
    # What data "indicates that", as what someone "said that": a time opening what it shows
    # opens its clause (Tucson, October 2022 – February 2023: 112,305).
    ("The most recent publicly available data indicates that from October 2022 to the end "
     "of February 2023, the Tucson Sector Border Patrol encountered more than 112,000 "
     "migrants who had illegally entered the United States.", "2023-07-20", "total", 0,
     {"periods": ["2022-10..2023-02"], "verdict": "accurate"}),
    # A sector left out ("in every sector … except San Diego") is not the claim's: the
    # record is the whole border's (Border Patrol, May 2019: 132,856, the most since
    # April 2006 among the months since).
    ("The number of people caught illegally crossing the southwest border rose again in May "
     "to a 13-year high with increased apprehensions in every sector of Border Patrol "
     "except San Diego.", "2019-06-06", "rank_record", 0, {"filters": {}}),
    # A change over a fiscal year so far, with its base the same months a year before, said
    # in mid-January: January may count in part (Del Rio, October–December 2020 26,356
    # against 9,320, +183%; with part of January, up to +206%).
    ("Since the beginning of Fiscal Year 2021, Oct. 1, Del Rio Sector has encountered more "
     "than 31,000 individuals, approximately a 193 percent increase over the same time last "
     "year.", "2021-01-15", "change", 0,
     {"verdict": "roughly_accurate", "says": "9,320 in 2019-10..2019-12"}),
    # "By the same point in fiscal year 2014", after the fiscal year so far: the same months
    # in that year (unaccompanied children, October 2013 – February 2014: 21,410).
    ("So far this fiscal year, 23,593 UACs have been apprehended at the southern border, "
     "according to Border Patrol statistics. That’s compared to 21,431 that were apprehended "
     "by the same point in fiscal year 2014.", "2016-03-10", "total", 1,
     {"periods": ["2013-10..2014-02"], "verdict": "accurate"}),
    # "The lowest since the 101,099 encounters in February of 2021": a since with the
    # month's own figure (CBP, Southwest, September 2024: 101,790, the lowest since).
    ("Overall encounters remained flat at 101,790 in September, the lowest posted number "
     "since the 101,099 encounters in February of 2021, President Biden’s first full month "
     "in office.", "2024-10-15", "rank_record", 0,
     {"periods": ["2024-09"], "verdict": "accurate"}),
    # "Between October, when the fiscal year began, and the end of December": a run, with
    # an aside (Chinese nationals, October–December 2022: 1,861).
    ("According to CBP statistics, there have been 1,862 Border Patrol encounters with "
     "Chinese nationals between October, when the fiscal year began, and the end of "
     "December. That’s compared to 229 in the same period in FY 2022.", "2023-02-15",
     "total", 1, {"periods": ["2021-10..2021-12"], "verdict": "accurate"}),
    # "Through May of this fiscal year", then "in the same period of 2018 … 4,733 …, a more
    # than 2,100 percent rise": the rise from the earlier level to the one before (El Paso
    # family units, 4,733 → 104,089, +2,099%).
    ("More than 104,000 family unit apprehensions have been made in the El Paso Sector "
     "through May of this fiscal year, according to U.S. Customs and Border Protection. In "
     "the same period of 2018, there were 4,733 apprehensions, a more than 2,100 percent "
     "rise.", "2019-06-15", "change", 0,
     {"periods": ["2018-10..2019-05"], "verdict": "accurate"}),
    # "From October of last year through last month": a run (CBP, Southwest, October 2019 –
    # January 2020: 164,932).
    ("From October of 2018 through January of 2019, there were 242,000 encounters between "
     "migrants trying to cross the border and CBP. From October of last year through last "
     "month the number was 165,000.", "2020-02-04", "total", 1,
     {"periods": ["2019-10..2020-01"], "verdict": "accurate"}),
    # "El mes con la mayor cantidad … de los últimos cinco años": the month named is ranked
    # among the months of the span, and the figure beside is that month's (Border Patrol,
    # March 2019: 92,833, the most since 2014).
    ("Marzo fue, además, el mes con la mayor cantidad de arrestos de los últimos cinco años, "
     "con un total de 92.607 casos, agregó la CBP.", "2019-04-09", "rank_record", 0,
     {"periods": ["2019-03"], "verdict": "accurate"}),
    ("Marzo fue, además, el mes con la mayor cantidad de arrestos de los últimos cinco años, "
     "con un total de 92.607 casos, agregó la CBP.", "2019-04-09", "total", 0,
     {"periods": ["2019-03"], "verdict": "accurate"}),
    # "Este dato mensual es el mayor … en los últimos 12 años": the month of the figure just
    # given.
    ("En total, 76 mil 103 migrantes fueron detenidos en el linde sur del país en febrero, "
     "de acuerdo a la CBP. Este dato mensual es el mayor registrado en los últimos 12 años.",
     "2019-03-15", "rank_record", 0, {"periods": ["2019-02"]}),
    # "La cifra representó …" opens on the figure just given: what it counts, whatever the
    # sentence goes on to name (Mexico's effort).
    ("La Oficina de Aduanas y Protección Fronteriza reportó que durante junio se detuvieron "
     "a 100.370 migrantes del lado estadounidense de la frontera. La cifra representó una "
     "disminución de 30 por ciento con respecto a las 144.278 detenciones en mayo, caída que "
     "se acentuó a partir del esfuerzo mexicano para controlar el flujo que atraviesa México "
     "hacia la frontera común.", "2019-07-15", "change", 0, {"measure": "swb_encounters"}),
    # A term a series holds only by fiscal year: the fiscal years mostly inside it (DHS
    # removals, FY2009–FY2012: 1,568,278).
    ("Former President Obama had around 1.57 million removals for his first term.",
     "2024-07-01", "total", 0,
     {"measure": "dhs_removals", "verdict": "accurate", "says": "FY2009..FY2012"}),
    # Two groups' changes in one sentence, each its own ("…, and apprehensions of those in
    # families declined by 65 percent": family units, December 2015 → January 2016, -65.0%).
    ("Also, in January 2016, apprehensions of unaccompanied children declined by 54 percent "
     "compared to the month before, and apprehensions of those in families declined by 65 "
     "percent in the same period.", "2016-02-15", "change", 1,
     {"verdict": "accurate", "says": "(demographic FMUA)"}),
    ("During the first quarter of Fiscal Year 2016, the number of unaccompanied alien minors "
     "illegally entering soared to over 17,000 and family units increased to 21,000.",
     "2016-02-04", "change", 1, {"verdict": "accurate", "says": "(demographic FMUA)"}),
    # A record set beside a base is the base's: "twice as many as in 2019, the busiest year
    # for apprehensions under Trump" ranks fiscal 2019.
    ("There were more than 2 million illegal border crossings in each of the past two "
     "fiscal years, twice as many as in 2019, the busiest year for apprehensions under "
     "Trump.", "2024-03-15", "rank_record", 0, {"periods": ["FY2019"], "verdict": "accurate"}),
    # A base figure's words may run to seven before its period: "a 674% increase from the
    # 23,237 illegal aliens apprehended at the border in May 2020" (CBP, Southwest: May 2020
    # 23,237 → May 2021 180,597, +677%).
    ("The data showed more than 180,000 illegal aliens were apprehended crossing the border "
     "over the course of the month, a 674% increase from the 23,237 illegal aliens "
     "apprehended at the border in May 2020.", "2021-06-10", "change", 0,
     {"periods": ["2021-05"], "verdict": "accurate"}),
    # "As many … as in May 2022" names a base, not the period a later change compares
    # ("… and a 2 percent drop from May 2021": May 2023 against May 2021, 171,382 against
    # 172,654).
    ("In May, Border Patrol agents at the Southwest border apprehended more than 169,000 "
     "illegal migrants, a slightly less than 8 percent decline from April, about 75 percent "
     "as many apprehensions as in May 2022, and a 2 percent drop from May 2021.",
     "2023-06-26", "change", 1, {"periods": ["2023-05"]}),
    # "Currently", with no month of its own: the month under way at the text's date, judged
    # on its figures as published since (Border Patrol, January 2023: 129,513, 4,178 a day;
    # December 2022 7,162 a day, -41.7%).
    ("The Border Patrol is currently averaging about 4,000 migrant apprehensions per day, "
     "down 40% from the daily average in December.", "2023-01-13", "change", 0,
     {"periods": ["2023-01"], "says": "'about 4,000': accurate"}),
    # "The last calendar year": the calendar year before the text's (Border Patrol,
    # Southwest, 2023: 2,040,601).
    ("Border Patrol made 2.04 million apprehensions at the southwest border in the last "
     "calendar year.", "2024-02-10", "total", 0, {"periods": ["2023"], "verdict": "accurate"}),
    # "That's a … 32 percent increase" after two sentences that each stated one level: the
    # change from the first to the second (Border Patrol, FY2017 303,916 → FY2020 400,651,
    # +31.8%).
    ("In FY 2017, when Trump took office, Border Patrol agents at the Southwest border "
     "apprehended fewer than 304,000 illegal migrants. In FY 2020, his last full year in "
     "office, agents there stopped just over 400,000 illicit crossers. That's a not "
     "insignificant 32 percent increase.", "2023-05-10", "change", 0,
     {"periods": ["FY2020"], "verdict": "accurate"}),
    # "Down 94% over the last year", of a month named: the month against the same month a
    # year before (Border Patrol, February 2024 → 2025: 140,641 → 8,353, -94.1%), not the
    # twelve months to it.
    ("In February, illegal border crossings were down 94% over the past year.", "2025-03-10",
     "change", 0, {"periods": ["2025-02"], "verdict": "accurate"}),
    # A sector the subject of a share, with the whole's cut named after the figure ("more
    # than half of all family unit apprehensions"): the sector's part of that whole (July
    # 2018: 5,215 of 9,250 families, 56.4%).
    ("For the month of July, the Rio Grande Valley Sector accounts for more than half of all "
     "family unit apprehensions.", "2018-08-15", "share", 0,
     {"verdict": "accurate", "says": "5,215 of 9,250"}),
    # A nationality the part, the place the whole's ("those four countries accounted for
    # just 20% of the 185,469 apprehensions in the San Diego sector": October 2023 – March
    # 2024, 36,375 of 185,466); "from Mexico, Guatemala, Honduras and El Salvador" lists
    # four origins.
    ("The majority of migrants arriving along the border come from Mexico, Guatemala, "
     "Honduras and El Salvador. Between Oct. 1 and March 31, those four countries accounted "
     "for just 20% of the 185,469 apprehensions in the San Diego sector.", "2024-05-25",
     "share", 1, {"verdict": "accurate", "says": "36,375 of 185,466"}),
    # "Sobre las cifras del período fiscal 2021": a base, its words between the marker and
    # the period ("the figures of"); the change is fiscal 2022's (CBP, Southwest: 1,734,686
    # → 2,378,944, +37.1%).
    ("En la frontera sudoeste las autoridades realizaron 2.378.944 detenciones, una aumento "
     "del 37,1 % sobre las cifras del período fiscal 2021.", "2022-10-24", "change", 0,
     {"periods": ["FY2022"], "verdict": "accurate"}),
    # "Desde Texas a California": the border end to end, no state's series (CBP, Southwest,
    # FY2021 → FY2022: 1,734,686 → 2,378,944, +37.1%).
    ("En la frontera sudoeste, desde Texas a California, las autoridades realizaron "
     "2.378.944 detenciones en el año fiscal 2022, un aumento del 37,1 % respecto al año "
     "fiscal 2021.", "2022-10-24", "change", 0,
     {"filters": {}, "verdict": "accurate"}),
    # "Decreased from its peak in Fiscal Year 2019": the peak is FY2019's (Border Patrol,
    # Southwest, families and unaccompanied children: 549,702, the highest from FY2012).
    ("The numbers of UACs and family units arriving at the southwest border decreased from "
     "its peak in Fiscal Year 2019 through Fiscal Year 2020.", "2021-02-19", "rank_record", 0,
     {"periods": ["FY2019"], "verdict": "accurate"}),
    # "The first eight months of this year", said in July: more months than the calendar
    # year has had, the fiscal year's (October 2014 – May 2015: 213,117).
    ("Border Patrol apprehended 213,117 migrants at the southwest border in the first eight "
     "months of this year.", "2015-07-01", "total", 0,
     {"periods": ["2014-10..2015-05"], "verdict": "accurate"}),
    # A base, then the period compared after it: "compared with 2014, during the first five
    # months of this year" (January–May 2015: 155,090 against 2014's same months 236,329).
    ("Apprehensions at the southwest border fell 34 percent compared with 2014 during the "
     "first five months of this year.", "2015-07-01", "change", 0,
     {"periods": ["2015-01..2015-05"]}),
    # "Un récord en un solo mes": a single month, no low record (Border Patrol, May 2019:
    # 132,856, the highest since 2006).
    ("En mayo, las detenciones en la frontera sur marcaron un récord en un solo mes desde "
     "2006 con 132.887.", "2019-07-10", "rank_record", 0, {"verdict": "accurate"}),
    # A run "in which" something else happened names no rise, fall or bound to check.
    ("The landmark comes after seven consecutive years in which the Border Patrol's Tucson "
     "sector led the nation in apprehensions.", "2005-01-03", "streak", 0,
     {"verdict": "unverifiable"}),
    # People who entered Mexico without papers, as Mexico's authorities recorded them: the
    # UPM's count (2021: 309,692), not the US border's.
    ("El número de registros administrativos de personas extranjeras que ingresaron a México "
     "sin documentación migratoria para buscar avanzar hacia los Estados Unidos fue de "
     "309.692 en 2021.", "2025-09-09", "total", 0,
     {"measure": "mx_irregular_migrants", "verdict": "accurate"}),
    # "Menores que llegaron a la frontera sin acompañante", "unaccompanied minor arrivals":
    # unaccompanied children.
    ("Las aprehensiones de menores que llegaron a la frontera sin acompañante sumaron 38,759 "
     "en el año fiscal 2017.", "2018-01-10", "total", 0,
     {"filters": {"demographic": ["UAC"]}}),
    ("Unaccompanied minor arrivals in the Rio Grande Valley sector reached 23,708 in fiscal "
     "year 2016.", "2017-01-10", "total", 0,
     {"filters": {"demographic": ["UAC"], "sector": ["Rio Grande Valley"]}}),
    # A figure of a list of sectors with no sector beside it is the whole's: "361 percent …,
    # with both the Rio Grande Valley Sector and the Del Rio Sector seeing increases of over
    # 500 percent" (families, Southwest: 14,855 → 68,445 on CBP's own table, which the 361%
    # fits; 12,930 → 67,060 on OHSS's).
    ("The number of family units apprehended in the Southwest Border areas increased by 361 "
     "percent in Fiscal Year 2014, with both the Rio Grande Valley Sector and the Del Rio "
     "Sector seeing increases of over 500 percent.", "2014-12-25", "change", 0,
     {"says": "(demographic FMUA) went from 14,855"}),
    # A base figure's words may run long: "en comparación con los 2,2 millones de detenciones
    # registradas en 2022" (2022: 2,344,538; fiscal 2024: 1,530,523, -34.7%).
    ("La Patrulla Fronteriza reportó 1,53 millones de detenciones entre octubre de 2023 y "
     "septiembre de 2024, una disminución del 35% en comparación con los 2,3 millones de "
     "detenciones registradas en 2022.", "2024-11-10", "change", 0,
     {"periods": ["2023-10..2024-09"], "verdict": "accurate"}),
    # "Desde el pasado mes de octubre", after "Tan sólo": the fiscal year so far (Rio Grande
    # Valley, October 2013 – June 2014: 201,943).
    ("Tan sólo desde el pasado mes de octubre, la Patrulla Fronteriza del sector del Valle "
     "del Río Grande, ha realizado más de 194.000 detenciones.", "2014-07-10", "total", 0,
     {"periods": ["2013-10..2014-06"], "verdict": "accurate"}),
    # "Con respecto al pico que se alcanzó en marzo": the peak is the base; the change is the
    # month the sentence opened with (Border Patrol, March → September 2019: 92,833 →
    # 40,507, -56.4%).
    ("Solo en septiembre, unos 52.000 migrantes fueron detenidos al intentar cruzar la "
     "frontera con México, lo que supone un descenso del 65 % con respecto al pico que se "
     "alcanzó en marzo.", "2019-10-09", "change", 0, {"periods": ["2019-09"]}),
    # "On Biden's watch": the months of his presidency (CBP, Southwest, January 2022:
    # 154,874, the second lowest of February 2021 – January 2022).
    ("While it was the second-lowest monthly number on Biden's watch, the 154,000 migrant "
     "encounters last month was still abnormally high.", "2022-02-15", "rank_record", 0,
     {"verdict": "accurate"}),
    # "End a stretch of five straight months of declines": the run ended the month before
    # (Border Patrol, Southwest: February → July 2024, five falls in a row; August rose).
    ("The figures released Monday end a stretch of five straight months of declines and "
     "signal that flows may be leveling off after sharp drops this year.", "2024-09-16",
     "streak", 0, {"verdict": "accurate"}),
    # "The busiest corridor": a sector among sectors (April 2024: San Diego 37,371, Tucson
    # 31,218).
    ("San Diego became the busiest corridor for illegal crossings in April, according to "
     "U.S. figures.", "2024-05-20", "rank_record", 0, {"verdict": "accurate",
                                                       "says": "rank 1 of 9 sectors"}),
    # A fraction with no scale is no count of events: "the record 1.7 migrant arrivals".
    ("CBP's tally is on track to exceed the record 1.7 migrant arrivals in fiscal year "
     "2021.", "2022-08-20", "total", 0, {"verdict": "unverifiable"}),
    # A demonym right after its figure in a list is that figure's (the Darién, February
    # 2025: 43 Cameroonians).
    ("In February 2025, 408 migrants crossed the Darién Gap: 151 were Venezuelan nationals, "
     "43 Cameroonian, 22 Bangladeshi and 21 Colombians.", "2025-03-11", "total", 2,
     {"filters": {"citizenship": ["CMR"]}, "verdict": "accurate"}),
    # "Primarily from Venezuela, Colombia, and Nepal": who they mostly were, not whom the
    # figure counts (the Darién, March 2025: 194 in all).
    ("In March 2025, only 194 migrants—primarily from Venezuela, Colombia, and Nepal—crossed "
     "from Colombia into Panama through the jungle.", "2025-05-01", "total", 0,
     {"filters": {}, "verdict": "accurate"}),
    # "The highest total for the October": among Octobers (Border Patrol, October 2021:
    # 159,113, the most of any October from 2002).
    ("Border Patrol recorded more than 159,000 apprehensions in October, the highest total "
     "for the October in at least 20 years.", "2021-11-20", "rank_record", 0,
     {"verdict": "accurate"}),
    # "In 12 months," opening the sentence: the last twelve months (CBP, Southwest, October
    # 2021 – September 2022: 2,378,944).
    ("In 12 months, CBP recorded more than two million encounters along the southwest "
     "border.", "2022-10-25", "total", 0,
     {"periods": ["2021-10..2022-09"], "verdict": "accurate"}),
    # The month something happened is no month counted: "before that rule expired in May"
    # (Title 42 expulsions under Biden, January 2021 – July 2023: 2,516,947).
    ("There were about 2.5 million expulsions under Title 42 during the Biden administration "
     "before that rule expired in May.", "2023-08-10", "total", 0, {"verdict": "accurate"}),
    # "Over the same period" after a comparison: the span it compared (families and
    # unaccompanied children, April → September 2017: 2,120 → 7,150).
    ("There were about 22,500 southwest border arrests in September, twice as many as the "
     "11,127 in April. Over the same period, apprehensions of families and unaccompanied "
     "children more than tripled.", "2017-10-15", "change", 0,
     {"periods": ["2017-09"], "verdict": "accurate"}),
    # "From 2020 to 2022": fiscal years too, the figures deciding (Russians, CBP, Southwest:
    # FY2020 467 → FY2022 21,763, +4,560%; calendar years 330 → 33,666).
    ("US Customs and Border Protection data shows a 4,560% increase in the number of Russians "
     "trying to enter the US from 2020 to 2022.", "2023-01-20", "change", 0,
     {"periods": ["FY2022"], "verdict": "accurate"}),
    # A share's whole named with its count, and the border both were counted at: the part
    # is the group within that border's whole (Indians at the northern border, FY2024:
    # 43,764 of 198,929, 22.0%).
    ("Indian nationals were the most commonly encountered nationality at the northern border "
     "last fiscal year, representing roughly 22% of the 198,929 total land border encounters "
     "at the U.S.-Canada border in fiscal 2024.", "2025-01-20", "share", 0,
     {"verdict": "accurate"}),
    # "Lo hicieron a través de la frontera sur": the border's share of the country's (May
    # 2024: 170,716 of 240,924, 70.9%).
    ("Según la CBP, en mayo, el 71% de los migrantes que cruzaron a Estados Unidos lo "
     "hicieron a través de la frontera sur.", "2024-06-20", "share", 0,
     {"measure": "nationwide_encounters", "verdict": "accurate"}),
    # "A four-year low" in words is read (no digit in the sentence), and holds when the
    # month is the lowest since one about four years before (Border Patrol, Southwest, July
    # 2024: 56,400, beaten last by September 2020, 46 months before); "the lowest in three
    # years" of it is a record over its window outright.
    ("In July, the number of border apprehensions hit a four-year low.", "2024-08-20",
     "rank_record", 0, {"verdict": "accurate", "says": "46 months before"}),
    # "Including … encounters between ports of entry": Border Patrol's ground, not the ports
    # added to it (Southwest: May 2024 117,905 → November 2024 46,612, -60.5%; all CBP
    # -44.8%).
    ("There has been a continued, meaningful decrease in unlawful border crossings – "
     "including a more than 60% decrease in encounters between ports of entry along the "
     "southwest border from May to November.", "2024-12-20", "change", 1,
     {"measure": "usbp_swb_encounters", "verdict": "accurate"}),
    # "N percent came from Venezuela", after a sentence on the Darién: a share of those it
    # counted (January–February 2025: 1,265 Venezuelans of 2,637, 48.0%).
    ("Between January and February 2025, only 2,637 people crossed the Darien irregularly, "
     "a drop of nearly 96% compared to the same period the previous year. Ninety five "
     "percent came from Venezuela.", "2025-03-20", "share", 0,
     {"measure": "darien_transits", "verdict": "inaccurate"}),
    # "Los puntos de entrada" are the ports of entry: Border Patrol's FY2018 count (396,579)
    # said of them is a mislabel (the ports' own: 124,511).
    ("La Patrulla Fronteriza recordó que durante todo el año fiscal 2018 (octubre "
     "2017-septiembre 2018) 396.579 personas fueron detenidas en los puntos de entrada en el "
     "linde con México.", "2019-01-10", "total", 0, {"verdict": "inaccurate"}),
    # Both components named ("between the ports of entry or … at the ports"): their sum, all
    # CBP (Southwest, May 2019: 144,116, 4,649 a day; Border Patrol alone 4,286).
    ("In may of 2019, we were averaging 4,651 individuals either crossing illegally between "
     "the ports of entry or showing up at the ports claiming asylum.", "2020-07-01", "rate",
     0, {"measure": "swb_encounters", "verdict": "accurate"}),
    # A sentence may open with a count after a month's stop ("… in June. 2,322 family
    # units …"): no date "June. 2,"; each sentence its own group (Border Patrol, Southwest,
    # family units: May 2017 1,580, June 2,320).
    ("The number of unaccompanied minors apprehended at the border also increased from 1,480 "
     "in May to 1,961 in June. 2,322 family units were caught in June up from 1,580 in May.",
     "2017-07-10", "change", 1, {"filters": {"demographic": ["FMUA"]}, "verdict": "accurate"}),
    # "Ending a streak of four straight monthly increases": the run's own word says its
    # direction, not the clause's "fell" (Border Patrol, Southwest: January–May 2018 rose
    # four months running, 25,975 → 40,339).
    ("A U.S. official says Border Patrol arrests fell sharply in June to the lowest level "
     "since February, ending a streak of four straight monthly increases.", "2018-07-03",
     "streak", 0, {"verdict": "accurate"}),
    # "Desde que Donald Trump llegó al poder": a record within his term (Border Patrol,
    # Southwest, March 2019: 92,833, the most since February 2017), not one against March
    # 2000's 220,063 before all CBP's series began.
    ("La policía de Estados Unidos anunció la detención de 103.492 personas que cruzaron "
     "ilegalmente la frontera desde México en marzo, un número récord desde que Donald Trump "
     "llegó al poder.", "2019-04-10", "rank_record", 0, {"verdict": "accurate"}),
    # "One year earlier" is the month named, a year back (all CBP, Southwest: January 2025
    # 61,445; January 2024 176,195).
    ("CBP recorded just over 61,000 encounters with migrants in January 2025, compared to "
     "over 176,000 one year earlier.", "2025-02-20", "total", 1,
     {"periods": ["2024-01"], "verdict": "accurate"}),
    # A change's levels set off between dashes; its months follow the second dash (San
    # Diego sector: May 2019 5,884 → August 2019 3,326, -43.5%).
    ("The number of people caught trying to cross the U.S.-Mexico border illegally fell 43 "
     "percent — from 5,884 to 3,326 — from May to August in the San Diego area.",
     "2019-09-20", "change", 0, {"periods": ["2019-08"], "verdict": "accurate"}),
    # "Para el mes de agosto": among Augusts (Border Patrol, Southwest, August 2016: 37,048,
    # the highest August of 2012–2016; May 2014's 60,683 is no August).
    ("CBP reporta que más de 37 mil personas fueron detenidas a lo largo de toda la frontera "
     "el mes pasado, por lo que se considera el número más alto reportado para el mes de "
     "agosto en los últimos cinco años.", "2016-09-15", "rank_record", 0,
     {"verdict": "accurate"}),
    # People from "algún país sudamericano" are the twelve South American states' (Mexico,
    # January–October 2022: 116,790 of them).
    ("El INM informó que entre enero y octubre de 2022 se contabilizaron 116 mil 586 "
     "detenciones de personas provenientes de algún país sudamericano.", "2022-11-20",
     "total", 0, {"measure": "mx_irregular_migrants", "verdict": "accurate"}),
    # "…, after having fallen by 1% from April to May": the change before is a clause of its
    # own, with its own months (Border Patrol, Southwest: April 2021 173,699, May 172,654,
    # June 178,649).
    ("Overall border apprehensions rose 3.4% from May to June, after having fallen by 1% "
     "from April to May.", "2021-07-20", "change", 0,
     {"periods": ["2021-06"], "verdict": "accurate"}),
    ("Overall border apprehensions rose 3.4% from May to June, after having fallen by 1% "
     "from April to May.", "2021-07-20", "change", 1,
     {"periods": ["2021-05"], "verdict": "accurate"}),
    # A streak "since 2006" runs from 2006 to the latest year, not over the months since
    # (Border Patrol, Southwest: FY2005 1,171,396 … FY2011 327,577, six falls in a row).
    ("Apprehensions have fallen for the sixth consecutive year since 2006.", "2011-12-01",
     "streak", 0, {"periods": ["FY2011"], "verdict": "accurate"}),
    # A count ten times off the figure of a reading no cue word names is of something that
    # reading does not count (Border Patrol, Southwest: 851,508 in 2019, 368,718 in 2012):
    # no verdict from it. A count whose series the words name stays wrong, ten times off
    # (Rio Grande Valley sector, FY2014: 256,393) or four (the Southwest, FY2023: 2,045,838).
    ("Some 3,100 people were detained in 2019.", "2020-03-01", "total", 0,
     {"verdict": "unverifiable", "says": "ten times or more"}),
    ("Agents arrested 2,300 people in the Rio Grande Valley sector in fiscal 2014.",
     "2015-03-01", "total", 0, {"verdict": "inaccurate"}),
    # So does a count whose group the words name (Venezuelans through the Darién in 2021:
    # 2,819; the 133,000 is everyone's).
    ("En 2021 cruzaron el Darién 133.000 venezolanos.", "2022-03-01", "total", 0,
     {"verdict": "inaccurate"}),
    ("Los arrestados en 2012 fueron 1,560.", "2023-10-01", "total", 0,
     {"verdict": "unverifiable", "says": "diez veces o más"}),
    ("Border Patrol agents apprehended 500,000 people at the southwest border in fiscal "
     "2023.", "2024-01-10", "total", 0, {"verdict": "inaccurate"}),
    # Enrolments in "Remain in Mexico" (MPP): DHS publishes them apart, no file holds them.
    # (Not Mexico's own returns, nor its migration authority's events.)
    ("Under the Migrant Protection Protocols, 57,000 migrants were sent back to Mexico in "
     "2019.", "2020-01-10", "total", 0, {"verdict": "unverifiable"}),
    ("En 2019, 62 mil migrantes fueron enviados a México bajo el programa Quédate en México.",
     "2020-01-10", "total", 0, {"verdict": "unverifiable"}),
    # People with criminal convictions: CBP's own web page counts them, no file does; the
    # apprehensions beside them hold (FY2019: 851,508).
    ("Fact: Last year, 17,000 people with prior criminal convictions were stopped trying to "
     "cross our southern border.", "2019-01-16", "total", 0, {"verdict": "unverifiable"}),
    ("Border Patrol apprehended 851,508 people in fiscal 2019, including 4,269 criminal "
     "aliens.", "2019-12-16", "total", 1, {"verdict": "unverifiable"}),
    # A change "from May to June" in a sentence that names nothing counted counts what the
    # text has been counting, and "last year" sets the months' year (all CBP, Southwest
    # border, May 2018 51,862, June 2018 43,180: -16.7%).
    ("The number of immigrants crossing into the Southwest U.S. typically drops off as "
     "temperatures heat up in the summer. Last year, there was a 17 percent decrease from May "
     "to June.", "2019-06-28", "change", 0, {"periods": ["2018-06"], "verdict": "accurate"}),
    # "El último mes de 2022" is December 2022; "en su gran mayoría procedentes de Ecuador"
    # says who most were, it does not select them (Darién, December 2022: 20,297).
    ("El último mes de 2022, es decir, diciembre, cerró con el ingreso por el Darién de 20 "
     "mil 297 migrantes irregulares, en su gran mayoría procedentes de Ecuador.",
     "2023-01-15", "total", 0,
     {"periods": ["2022-12"], "verdict": "accurate", "says": "diciembre de 2022: 20,297"}),
    ("En diciembre de 2022 ingresaron por el Darién 25 mil migrantes, en su gran mayoría "
     "procedentes de Ecuador.", "2023-01-15", "total", 0,
     {"says": "(SNM de Panamá): diciembre de 2022: 20,297"}),
    # A count "a year", "annually" over years is a yearly average (Border Patrol, Southwest
    # border, FY2009–FY2018: 400,751 a year; FY1995–FY2000: 1,474,079), a range of one
    # ("roughly 1.2 million to 1.6 million") holds when the average lies in it, and with no
    # years named it has no period to be checked against ("a year earlier" is a base).
    ("From 2009 to 2018, Border Patrol apprehended about 400,000 people a year at the "
     "southern border.", "2019-05-08", "rate", 0,
     {"verdict": "accurate", "says": "400,751 a year"}),
    ("Between Fiscal Years 1995 and 2000 roughly 1.2 million to 1.6 million people were "
     "apprehended annually by CBP between ports of entry.", "2019-02-05", "rate", 0,
     {"verdict": "accurate", "says": "1,474,079 a year"}),
    ("The number of migrants trying to cross the Southern border between ports of entry has "
     "remained relatively stable during the past ten years at around 400,000.", "2019-05-08",
     "rate", 0, {"verdict": "accurate", "says": "400,751 a year"}),
    ("You're looking at apprehensions back in those days upwards of 280,000 a year.",
     "2013-09-19", "rate", 0, {"verdict": "unverifiable"}),
    ("In fiscal 2019, Border Patrol apprehended 851,508 people, up from 396,579 a year "
     "earlier.", "2019-12-08", "change", 0, {"verdict": "accurate"}),
    # A change "from 2006", written in 2017, is against now, the last complete year (Yuma
    # sector, 2006 102,643, 2016 16,444: -84%), not against the year after.
    ("Illegal border crossings in the Yuma Sector have declined by 70 percent from 2006.",
     "2017-08-22", "change", 0, {"periods": ["2016"], "verdict": "inaccurate"}),
    # Central Americans "(Guatemala, Honduras y El Salvador)" are the three listed; a later
    # figure the group fits counts them (Mexico, January–July 2023: 95,243), and a figure
    # before "the same months of 2022", which a base after it names, is of the months the
    # text named; "menor en 12 mil 179" is a difference, not a level.
    ("Entre enero y julio pasado han sido detenidas más de 341,100 personas originarias de "
     "Centroamérica (Guatemala, Honduras y El Salvador). En lo que respecta a México, las "
     "detenciones de migrantes sumaron un total de 95,686, cifra que es menor en 12 mil 179 "
     "casos a los 107,865 de los mismos meses de 2022.", "2023-09-15", "total", 1,
     {"filters": {"citizenship": ["GTM", "HND", "SLV"]}, "periods": ["2023-01..2023-07"],
      "verdict": "accurate"}),
    # "Crossings from Central America": its seven countries (May 2020 against May 2019,
    # -97.2%), the period carried from the sentence before.
    ("Illegal immigration is down 84% from this time last year. Illegal crossings from "
     "Central America are down 97%.", "2020-06-24", "change", 1,
     {"filters": {"citizenship": ["BLZ", "CRI", "GTM", "HND", "NIC", "PAN", "SLV"]},
      "verdict": "accurate"}),
    # "In nine months of 2022": January–September; the next sentence speaks of those months,
    # not of the year the first compared with (Darién, January–September 2022: 151,582,
    # Venezuelans 107,692).
    # ("107,723 are from Venezuela and 8,579 from Haiti": each figure the country after it;
    # Haitians 8,613.)
    ("In nine months of 2022, at least 150,000 irregular migrants have crossed the border "
     "through Darién, exceeding the 133,716 travelers in 2021. According to data from the "
     "National Migration System, of the 151,572 irregular migrants, 107,723 are from "
     "Venezuela and 8,579 from Haiti.", "2022-10-02", "total", 4,
     {"filters": {"citizenship": ["HTI"]}, "periods": ["2022-01..2022-09"],
      "verdict": "accurate"}),
    ("En nueve meses de 2022, al menos 150.000 migrantes cruzaron el Darién.", "2023-03-01",
     "total", 0, {"periods": ["2022-01..2022-09"], "verdict": "accurate"}),
    # The International Organization for Migration is who reports, not a count of
    # crossings: the text stays on the Darién; "Cuba (12.8K), Venezuela (1.5K)": each
    # figure is the country before it (January–September 2021: Cuba 12,946, Venezuela
    # 1,586).
    ("More than 56,000 Haitian migrants have trekked through the perilous Darien Gap to "
     "Panama this year. That’s according to reports of the International Organization for "
     "Migration (IOM). Between January and September 2021, migrants also arrived from Cuba "
     "(12.8K) and Venezuela (1.5K).", "2021-10-11", "total", 2,
     {"measure": "darien_transits", "filters": {"citizenship": ["VEN"]}}),
    # A total "since January", said on 26 April, runs into April's first days: Guatemalans
    # returned from Mexico, January–March 2024 6,657, with April 8,012.
    ("And Mexico has deported over 7,500 Guatemalans back to their country since January.",
     "2024-04-26", "total", 0, {"verdict": "accurate", "says": "8,012"}),
    # A month with a count right after it ("en septiembre 25.111 migrantes") is the month,
    # not a day; "más que agosto" is against August (Darién, August 2024 16,603,
    # September 25,111: +51.2%).
    ("En septiembre 25.111 migrantes cruzaron la selva del Darién, un 51% más que agosto.",
     "2024-10-10", "comparison", 0, {"periods": ["2024-09"], "verdict": "accurate"}),
    # A percentage between the fiscal year to date and the last fiscal year is like for
    # like: October–December 2019 101,779 against October–December 2018 153,613 (-33.7%),
    # not the whole of FY2019 (-89.6%) ...
    ("Southwest Border Enforcement Actions fiscal year to date are 33 percent lower than "
     "last fiscal year.", "2020-01-12", "comparison", 0,
     {"periods": ["2019-10..2019-12"], "verdict": "accurate"}),
    # ... unless the words make the base the whole year: 2022, 248,284.
    ("Más de 400 mil migrantes han cruzado en 2023 la selva del Darién. Esta cifra récord es "
     "un 62% superior a todo el año anterior.", "2023-09-28", "comparison", 0,
     {"verdict": "accurate", "says": "2022 tuvo 248,284"}),
    # A change over the last 24 hours: daily figures, which the files do not hold.
    ("Over the last 24 hours we see almost a 50 percent drop in illegal apprehensions at "
     "the border.", "2020-03-22", "change", 0, {"verdict": "unverifiable"}),
    # "The last year-and-a-half", "el último año y medio": 18 months (Darién, March 2023 –
    # August 2024: 708,979).
    ("In the last year-and-a-half, almost 700,000 people crossed the Darién Gap.",
     "2024-09-11", "total", 0,
     {"periods": ["2023-03..2024-08"], "verdict": "roughly_accurate"}),
    ("En el último año y medio, casi 700 mil personas cruzaron la selva del Darién.",
     "2024-09-11", "total", 0, {"periods": ["2023-03..2024-08"]}),
    # A share to the decimal with no period names the recent period it matches (Mexico,
    # 2024: Venezuelans 361,203 of 1,231,320, 29.3%); a whole percentage matches some
    # recent period by chance too often to tell one.
    ("Venezuelans led the list with 29.3% of the migrants Mexico detained.", "2025-03-01",
     "share", 0, {"periods": ["2024"], "verdict": "accurate"}),
    ("Venezuelans were 29% of the migrants Mexico detained.", "2025-03-01", "share", 0,
     {"verdict": "unverifiable"}),
    # "In parts of Texas and Arizona" is where something happened, not the states' series:
    # the border's December 2023 (249,740) against July 2024 (56,400), 4.4 times.
    ("In December, as migration at the U.S.-Mexico border overwhelmed agents in parts of "
     "Texas and Arizona, the Border Patrol recorded 250,000 apprehensions, four times more "
     "than in July.", "2024-08-20", "comparison", 0,
     {"filters": {}, "verdict": "roughly_accurate"}),
    # A change with no size of its own between figures the files cannot hold (daily averages
    # over parts of a month) is not settled by the months around them.
    ("The numbers fell even more after President Donald Trump's inauguration on Jan. 20. In "
     "the three weeks before the inauguration, there was a daily average of more than 2,000 "
     "apprehensions, which fell to a daily average of 786 migrant apprehensions after the "
     "inauguration.", "2025-02-15", "change", 0, {"verdict": "unverifiable"}),
    # A record over a window no series covers whole is decided by the reading that ranks
    # more of it: calendar 2020 among Border Patrol's years from 2000 (tenth lowest; 2017:
    # 250,838), not among all CBP's three years from 2018.
    ("Last year, we had the lowest illegal immigration in forty five years.", "2021-04-08",
     "rank_record", 0, {"verdict": "inaccurate", "says": "the last 45 years"}),
    # "Every single day" is a daily average, not one day's count (July 2022: 5,866 a day);
    # "in a single month" stays a month's count.
    ("In July 2022, more than 5,000 people crossed the border every single day.",
     "2022-08-04", "rate", 0, {"periods": ["2022-07"], "verdict": "accurate"}),
    # "The last time … was in <period>" is a record since that period, of the period the
    # text speaks of: FY2020 (400,651) was not the fewest since 1972 (FY2017: 303,916);
    # June 2024 in the Yuma sector (3,519) the fewest since January 2021; "were higher than
    # that" inside it is no comparison of its own.
    ("In Fiscal Year 2020, Border Patrol agents made more than 400,000 apprehensions. The "
     "last time there were fewer apprehensions than that was in 1972.", "2023-12-19",
     "rank_record", 0, {"periods": ["FY2020"], "verdict": "inaccurate"}),
    ("In June, that number dropped down to 3,519 encounters in the Yuma sector. The last "
     "time numbers were this low was back in January of 2021.", "2024-07-15", "rank_record",
     0, {"periods": ["2024-06"], "filters": {"sector": ["Yuma"]}, "verdict": "accurate"}),
    ("Some 103,492 migrants were apprehended in March 2019. The last time apprehensions on "
     "the southern border were higher than that was in April 2007.", "2019-04-10",
     "rank_record", 0, {"periods": ["2019-03"], "verdict": "accurate"}),
    # A town's size ("a city of 96,000 residents") is no claim; people who "illegally cross"
    # are crossings; months named within the fiscal year named are the period (October
    # 2020 – August 2021); a US count is not matched to one nationality of Mexico's series
    # (Hondurans there in those months: 91,827), whatever the coincidence.
    ("Yuma, a city of 96,000 residents, has seen 91,841 people illegally cross since the "
     "start of the government's fiscal 2021 year in October 2020 through August.",
     "2021-10-01", "total", 0,
     {"periods": ["2020-10..2021-08"], "filters": {}, "verdict": "inaccurate"}),
    # A change "from a record high in December" runs from that December (249,740) to the
    # month the sentence counts (September 2024: 53,858, -78.4%); the high is still
    # December's.
    ("In September, Border Patrol agents recorded nearly 54,000 apprehensions, a 78% drop "
     "from a record high in December 2023.", "2024-10-07", "change", 0,
     {"periods": ["2024-09"], "verdict": "accurate"}),
    ("In September, Border Patrol agents recorded nearly 54,000 apprehensions, a 78% drop "
     "from a record high in December 2023.", "2024-10-07", "rank_record", 0,
     {"periods": ["2023-12"], "verdict": "accurate"}),
    # A sentence pointing back after a change whose only figure was its base's speaks of the
    # period compared (September 2023: 218,763, the highest month of 2023), not the base's.
    ("Las detenciones fronterizas del mes pasado suponen un aumento con respecto a agosto, "
     "cuando la Patrulla Fronteriza detuvo a unos 181.000 migrantes. Es el total más alto "
     "desde diciembre de 2022.", "2023-10-03", "rank_record", 0,
     {"periods": ["2023-09"], "verdict": "accurate"}),
    # "Compared to the prior fiscal year to date", after "as of August 2021": October 2020 –
    # August 2021 against the same months a year before (Border Patrol 345,880 → 1,473,691).
    ("As of August 2021, Border Patrol encounters have increased 326% compared to the prior "
     "fiscal year to date.", "2021-10-25", "change", 0,
     {"periods": ["2020-10..2021-08"], "verdict": "accurate"}),
    # "Since then", "desde entonces": from the time the sentence before named, to now
    # (Title 42 expulsions, March 2020 – November 2022: 2,440,472), also when it opens the
    # sentence before a comma.
    ("Title 42 began in March 2020. Since then, Border Patrol has expelled more than 2.4 "
     "million migrants.", "2022-12-15", "total", 0,
     {"periods": ["2020-03..2022-11"], "verdict": "accurate"}),
    ("El Título 42 entró en vigor en marzo de 2020. Desde entonces, la Patrulla Fronteriza "
     "expulsó a más de 2.4 millones de migrantes.", "2022-12-15", "total", 0,
     {"periods": ["2020-03..2022-11"], "verdict": "accurate"}),
    # Children "who had been previously expelled" are repeat encounters, which no file holds.
    ("Over a 12-month span beginning in October 2020, U.S. Border Patrol agents processed "
     "12,212 unaccompanied migrant minors who had been previously expelled under Title 42.",
     "2022-05-01", "total", 0, {"verdict": "unverifiable", "says": "repeat encounters"}),
    # Border Patrol's apprehensions in a state are its sectors there (December 2023, the
    # five Texas sectors: 125,820); encounters in a state stay the all-CBP state table
    # (149,809, with the ports).
    ("In Texas alone, the data shows there were 125,861 migrant apprehensions in December "
     "2023.", "2024-01-27", "total", 0,
     {"filters": {"sector": ["Big Bend", "Del Rio", "El Paso", "Laredo", "Rio Grande Valley"]},
      "verdict": "accurate"}),
    ("Migrant encounters in Texas totaled about 150,000 in December 2023.", "2024-01-27",
     "total", 0, {"filters": {"state": ["TX"]}, "verdict": "accurate"}),
    # "They" opening a sentence points back to what the text counts, as "it" does; "at the
    # moment" is now (the last month that had ended: December 2024, 96,033).
    ("Border crossings were quite low. They were running about 74,000 a month in December "
     "2020.", "2025-01-02", "rate", 0, {"periods": ["2020-12"], "verdict": "accurate"}),
    ("Border crossings have come back down. They're running at about 100,000 at the moment.",
     "2025-01-02", "total", 0, {"periods": ["2024-12"], "verdict": "accurate"}),
    # A US term begins on 20 January: on 2 January 2025, "when he left office" (Trump) is
    # January 2021 and "under Trump" his first term.
    ("Trump is not wrong when he talks about how border crossings were quite low. They were "
     "running about 74,000 a month when he left office.", "2025-01-02", "rate", 0,
     {"periods": ["2021-01"], "verdict": "accurate"}),
    ("Under Trump, arrests averaged about 40,000 a month.", "2025-01-02", "rate", 0,
     {"periods": ["2017-01..2021-01"]}),
    # "En lo que va de año fiscal" is the fiscal year so far, as "del año fiscal" is; the day
    # it began, said after it, is no period of its own (Cubans, nationwide, October 2022 –
    # February 2023: 128,284).
    ("En lo que va de año fiscal, que inició el 1ro de octubre de 2022, la CBP ha encontrado "
     "a 128.274 cubanos.", "2023-03-20", "total", 0,
     {"periods": ["2022-10..2023-02"], "verdict": "accurate"}),
    ("So far in fiscal 2023, which began on Oct. 1, 2022, CBP encountered 128,274 Cubans.",
     "2023-03-20", "total", 0, {"periods": ["2022-10..2023-02"], "verdict": "accurate"}),
    # A streak's threshold is a figure of its own clause, not one past ", where …": a run of
    # declines (El Paso sector, May–July 2022: 34,643, 26,242, 25,024).
    ("July was the second straight month of decline in the El Paso Sector, where agents "
     "have made more than 179,940 apprehensions in 2022.", "2022-08-17", "streak", 0,
     {"verdict": "accurate", "says": "fell on the one before"}),
    # A sector's superlative with what it counts ranks sectors, as "was the busiest" does
    # (FY2008: Tucson 317,696, San Diego next with 162,390), not the sector's years.
    ("The Tucson sector had the highest number of apprehensions in fiscal 2008.",
     "2009-01-10", "rank_record", 0,
     {"periods": ["FY2008"], "verdict": "accurate", "says": "rank 1 of 9 sectors"}),
    ("En 2015, el sector Valle del Río Grande registró la mayor cantidad de detenciones.",
     "2016-01-10", "rank_record", 0,
     {"filters": {"sector": ["Rio Grande Valley"]}, "verdict": "accurate"}),
    # "Far West Texas and New Mexico" is where the El Paso sector lies, not New Mexico's
    # series: El Paso sector, October–March FY2021 71,810, FY2022 113,284 (+57.8%).
    ("Migrant encounters were up 58 percent during the first six months of fiscal year 2022 "
     "in Far West Texas and New Mexico, the U.S. Border Patrol reported.", "2022-04-15",
     "change", 0, {"filters": {"sector": ["El Paso"]}, "verdict": "accurate"}),
    # A count in Spanish words alone ("cinco mil") is a figure to check; "esta región" after
    # a sector named is that sector (Yuma: October 2024 2,360; October–November 3,960).
    ("El mes pasado, la Patrulla Fronteriza reportó cinco mil detenciones en el sector "
     "Yuma.", "2024-11-15", "total", 0,
     {"filters": {"sector": ["Yuma"]}, "verdict": "inaccurate"}),
    ("El cruce ilegal en el sector de Yuma registró su nivel más bajo desde 1960. Durante los "
     "primeros dos meses del año fiscal 2025, las autoridades reportaron menos de tres mil "
     "detenciones en esta región.", "2025-12-15", "total", 0,
     {"filters": {"sector": ["Yuma"]}, "periods": ["2024-10..2024-11"],
      "verdict": "inaccurate"}),
    # "In 2020, it dropped to 1,653": "it" after the time that opens the sentence is the
    # figure before, of its group (children in the Darién, which the files count only from
    # 2023), not of everyone.
    ("The UN agency said 109 children were recorded crossing the area in 2017, and two years "
     "later, the figure increased to 3,956. In 2020, it dropped to 1,653 due to restrictions "
     "derived from the pandemic, which slowed the migratory flow.", "2021-10-15", "change", 1,
     {"periods": ["2020"], "verdict": "unverifiable"}),
    # Applications for refugee status in Mexico (COMAR's count) are not the migration
    # authority's events the files hold.
    ("De enero a noviembre de 2023, México ha recibido 136,934 peticiones de migrantes que "
     "solicitaron el reconocimiento de la condición de refugiado.", "2023-12-05", "total", 0,
     {"verdict": "unverifiable"}),
    # A count of crossings beside a sentence about got-aways counts them too: no file holds
    # it (Border Patrol, Southwest border, FY2021: 1,659,206 apprehensions).
    ("More than two million migrants illegally crossed the border from Mexico into the "
     "United States during Fiscal Year 2021. The crossings include 1.66 million apprehended "
     "by Border Patrol agents and an estimated 400,000 classified as got-aways.",
     "2021-11-01", "total", 0, {"verdict": "unverifiable"}),
    # The newest figure of a sentence, after the files' last month (sector figures end in
    # May 2025), is what it asserts; the older ones beside it, which hold, are its parts:
    # El Paso sector FY2024 256,102, FY2023 427,471.
    ("Border Patrol El Paso Sector recorded 47,165 migrant encounters in Fiscal Year 2025, "
     "compared to 256,102 in Fiscal Year 2024 and 427,471 in Fiscal Year 2023.",
     "2025-10-15", "total", 0,
     {"periods": ["FY2025"], "verdict": "unverifiable", "says": "'256,102': accurate"}),
    # Mexico's migration institute's operational counts ("rescued", "had contact with") are
    # in no table the files hold; its statistics unit's events (presented or channelled)
    # are: 2023, 778,907.
    ("En 2023, el Instituto Nacional de Migración (INM) tuvo contacto con más de 2.1 "
     "millones de personas en situación irregular.", "2024-02-10", "total", 0,
     {"verdict": "unverifiable"}),
    ("Mexican authorities rescued 746,695 irregular migrants in 2022.", "2023-01-05",
     "total", 0, {"verdict": "unverifiable"}),
    # A change between figures that a group's count matched exactly is that group's: El
    # Paso sector, October-November 2022 106,847, 2023 44,515 (-58.3%).
    ("La Patrulla Fronteriza también informó que en el año fiscal hasta el mes de noviembre "
     "han tenido 44 mil 512 encuentros con migrantes. Esta cantidad representa un 58 por "
     "ciento de reducción en comparación con el mismo período del año pasado, en el año "
     "fiscal 23, donde se registraron 106 mil 847 encuentros.", "2023-12-15", "change", 0,
     {"filters": {"sector": ["El Paso"]}, "periods": ["2023-10..2023-11"],
      "verdict": "accurate"}),
    # An arrest count "estimated" for a year under way is a projection of what the files
    # count, not a model's estimate of what they do not. Border Patrol, Southwest border:
    # FY2009 540,865 (1.7% under).
    ("For the fiscal year, 550,000 people are estimated to be arrested.", "2009-03-10",
     "total", 0, {"periods": ["FY2009"], "verdict": "roughly_accurate"}),
    # The Darién's figures are Panama's government's own count, which it may call an
    # estimate: January-February 2023, 49,291.
    ("Panama's government estimates 50,000 migrants crossed the treacherous Darien Gap "
     "in the first two months of 2023.", "2023-03-22", "total", 0,
     {"measure": "darien_transits", "periods": ["2023-01..2023-02"], "verdict": "accurate"}),
    # … while a US "estimate" of crossings is of what no file counts.
    ("DHS estimates that there were nearly 4 million unauthorized border crossings in "
     "2000.", "2019-05-01", "total", 0, {"verdict": "unverifiable"}),
    # "Year-over-year" said beside when the figures were revealed. Border Patrol, Southwest
    # border: April 2024 128,895, April 2025 8,377 (-93.5%).
    ("The U.S. Customs and Border Protection (CBP) revealed earlier this month that April "
     "year-over-year apprehensions at the border were down 93%.", "2025-05-28", "change", 0,
     {"periods": ["2025-04"], "verdict": "accurate"}),
    # A run said after a change from a base month is of the month the sentence before
    # counted, not of the base. All CBP, Southwest border: May-November 2019 fell six
    # months running (144,116 … 42,643).
    ("U.S. Customs and Border Protection officials announced last month that 42,649 people "
     "were either apprehended or sought asylum along the country’s border with Mexico in "
     "November. That’s a 75 percent drop from May, when the number was more than 144,000, "
     "and the sixth consecutive month of decline.", "2020-01-15", "streak", 0,
     {"periods": ["2019-11"], "verdict": "accurate"}),
    # "The McAllen, Texas, sector" is the Rio Grande Valley's, from October 1 to the end
    # of April: 287,302.
    ("Between Oct. 1 and the end of April, CBP agents in the McAllen, Texas, sector of our "
     "southern border have stopped migrants at our border more than 287,000 times.",
     "2022-07-03", "total", 0,
     {"filters": {"sector": ["Rio Grande Valley"]}, "periods": ["2021-10..2022-04"],
      "verdict": "accurate"}),
    # "Esto representa una disminución …": the change between the two levels the sentence
    # before stated. All CBP, Southwest border, Hondurans: FY2022 213,023; October 2024-
    # June 2025 30,642 (-85.6%).
    ("Las detenciones de hondureños pasaron de 213,023 en el año fiscal 2022 a tan solo "
     "30,645 en lo que va del año fiscal 2025 (con corte hasta junio). Esto representa una "
     "disminución superior al 85 % en apenas tres años.", "2025-07-24", "change", 0,
     {"periods": ["2024-10..2025-06"], "verdict": "accurate"}),
    # A Border Patrol station is below anything the files hold.
    ("Arrests in the Nogales station, the largest in the Tucson Sector, fell by 43% to "
     "18,000.", "2011-11-08", "change", 0, {"verdict": "unverifiable"}),
    # "That's compared with 33,400 during the same time period during the 2014 fiscal
    # year": the same group (the Valley's unaccompanied minors) and the same months a year
    # before: October 2013-May 2014, 33,416.
    ("From last October through this May, 13,250 unaccompanied minors surrendered or were "
     "apprehended by agents in the Rio Grande Valley sector. That’s compared with 33,400 "
     "during the same time period during the 2014 fiscal year.", "2015-06-11", "total", 1,
     {"filters": {"demographic": ["UAC"], "sector": ["Rio Grande Valley"]},
      "periods": ["2013-10..2014-05"], "verdict": "accurate"}),
    # The children of a text about unaccompanied minors are those. Tucson sector, UAC,
    # October 2013-August 2014: 7,869.
    ("The number of unaccompanied minors apprehended in the Tucson sector of the Border "
     "Patrol continues to drop. From Oct. 1 to Aug. 31, Border Patrol has arrested 7,867 "
     "children and teens who were crossing into the U.S. illegally in Southern Arizona.",
     "2014-09-04", "total", 0,
     {"filters": {"demographic": ["UAC"], "sector": ["Tucson"]}, "verdict": "accurate"}),
    # A group a precise figure showed carries to the figures of the sentences after it
    # that name none, where it fits them. Rio Grande Valley: January 2017 15,580, March
    # 4,147.
    ("In January 2017, they apprehended a total of 15,579. And in March a total of 4,143 "
     "were apprehended.", "2017-04-15", "total", 1,
     {"filters": {"sector": ["Rio Grande Valley"]}, "verdict": "accurate"}),
    # "February saw half of that number": February's count is the part, the figure pointed
    # back to the whole; and the group the first figure matched is the share's too. Rio
    # Grande Valley: February 2017 7,855 of January's 15,580 (50.4%).
    ("In January 2017, they apprehended a total of 15,579. February saw half of that number "
     "with 7,854.", "2017-04-15", "share", 0,
     {"filters": {"sector": ["Rio Grande Valley"]}, "verdict": "accurate",
      "says": "February 2017 had 7,855 of January 2017's 15,580"}),
    # "On target to reach beyond 640,000 for the fiscal year": a projection, and a lower
    # bound. Border Patrol, Southwest border, FY2019: 851,508.
    ("So far this fiscal year, Border Patrol has apprehended almost 268,000 people at the "
     "southwest border. The numbers are on target to reach beyond 640,000 for the fiscal "
     "year.", "2019-03-15", "total", 1, {"periods": ["FY2019"], "verdict": "accurate"}),
    # CBP's "unique encounters" are a statistic no file holds.
    ("55,333 unique encounters last month were with Venezuelans, Nicaraguans and Cubans.",
     "2022-09-20", "total", 0, {"verdict": "unverifiable"}),
    # A sentence set in a presidency with one month named as the base: the month after
    # it. All CBP, Southwest border: June 2021 189,034, July 213,593 (+13.0%).
    ("Border encounters continued their climb under the Biden administration, reaching "
     "about 213,000, up 13 percent from June.", "2021-08-15", "change", 0,
     {"periods": ["2021-07"], "verdict": "accurate"}),
    # Those "from countries other than Mexico" are all but Mexicans, and Mexico left out is
    # no sign of Mexico's own figures. Border Patrol, Southwest border, FY2014: 252,581 of
    # 479,371 (52.7%).
    ("In fiscal year 2014, those coming from countries other than Mexico made up about 53 "
     "percent of Border Patrol apprehensions at the southwest border.", "2015-01-15",
     "share", 0, {"measure": "usbp_swb_encounters", "filters": {"citizenship": ["!MEX"]},
                  "verdict": "accurate"}),
    # A Border Patrol sector is the US series' geography, whatever else the sentence names
    # ("Sonora (México)").
    ("En 2009 se registró cerca del 45 por ciento del total de los arrestos de la frontera "
     "en el sector Tucson, que abarca el 90 por ciento de la frontera entre Arizona y Sonora "
     "(México).", "2009-12-15", "share", 0, {"measure": "usbp_swb_encounters"}),
    # "El valle de Río Grande" is the sector. Rio Grande Valley, FY2013: 154,453.
    ("En el sector del valle de Río Grande fueron detenidos 154 mil indocumentados en el año "
     "fiscal 2013.", "2014-06-15", "total", 0,
     {"filters": {"sector": ["Rio Grande Valley"]}, "verdict": "accurate"}),
    # A change from a year before the state table began: the state's Border Patrol sectors.
    # Tucson and Yuma, FY2017 to FY2018: +52.3%.
    ("The number of people apprehended at the Arizona border jumped more than 50 percent in "
     "fiscal 2018 from the year before.", "2018-10-23", "change", 0,
     {"filters": {"sector": ["Tucson", "Yuma"]}, "verdict": "accurate"}),
    # A seasonal pattern: how many of the years before the text's moved so between the two
    # months. Border Patrol, Southwest border, July to August 2009-2018: up in all but 2009
    # (43,843 to 43,522) and 2014 (40,708 to 31,388); May to June: down in all but 2017.
    ("Border arrests rose from July to August in eight of the last 10 years.", "2019-09-04",
     "trend", 0, {"periods": [str(y) for y in range(2009, 2019)], "verdict": "accurate",
                  "says": "in 8 of the 10 years 2009–2018"}),
    ("Border arrests rose from July to August in six of the last 10 years.", "2019-09-04",
     "trend", 0, {"verdict": "inaccurate"}),
    ("Border Patrol arrested roughly 95,000 migrants in June. May-to-June declines occurred "
     "in nine of the last 10 years.", "2019-07-10", "trend", 0,
     {"measure": "usbp_swb_encounters", "verdict": "accurate"}),
    ("Las detenciones de la Patrulla Fronteriza subieron de julio a agosto en ocho de los "
     "últimos diez años.", "2019-09-04", "trend", 0, {"verdict": "accurate"}),
    # A quarter by its code, against "last quarter". Border Patrol, Southwest border,
    # Mexicans: January-March 2016 48,020, April-June 54,810 (+14.1%).
    ("CBP BP apprehensions of Mexicans increased 14 percent in FY 2016 Q3 compared to last "
     "quarter.", "2017-04-03", "change", 0,
     {"periods": ["2016-04..2016-06"], "verdict": "accurate"}),
    # Those who "no eran mexicanos" are all but Mexicans; migrants "entering from Mexico"
    # crossed from there, whoever they are. Border Patrol, Southwest border, October 2012-
    # March 2013 189,064 against 167,474 a year before (+12.9%).
    ("For the first six months of this fiscal year, ending in March, Border Patrol "
     "apprehensions of undocumented migrants entering from Mexico climbed 13 percent "
     "compared with a year earlier.", "2013-06-03", "change", 0,
     {"filters": {}, "periods": ["2012-10..2013-03"], "verdict": "accurate"}),
    # "La migra" is the Border Patrol; with no border named, its nationwide count (Mexicans,
    # FY2014: 229,210; Southwest 226,790).
    ("Entre octubre de 2013 y septiembre de 2014, la migra detuvo a 229 mil 178 mexicanos.",
     "2015-12-22", "total", 0,
     {"measure": "usbp_nationwide_encounters", "filters": {"citizenship": ["MEX"]}}),
    # "Most apprehensions (over 38 percent)": the figure says how many, and "most" is no
    # majority claimed. Border Patrol, Southwest border, FY2011: Tucson 123,285 of 327,577
    # (37.6%, just short of 38%).
    ("In fiscal year 2011, most apprehensions (over 38 percent) occurred in the Tucson "
     "sector of the Border Patrol.", "2013-02-26", "share", 0,
     {"verdict": "roughly_accurate"}),
    # "La frontera de Estados Unidos", no side named, may be CBP's count everywhere (the
    # nationality tables are nationwide): Nicaraguans, August 2024, 2,665 nationwide, the
    # lowest in 40 months ("los últimos 40 meses": its last month ranked among them).
    ("Al menos 2.666 nicaragüenses fueron detenidos en la frontera de Estados Unidos en el "
     "mes de agosto pasado. Es la cifra más baja registrada en los últimos 40 meses.",
     "2024-09-18", "rank_record", 0,
     {"measure": "nationwide_encounters", "periods": ["2024-08"], "verdict": "accurate"}),
    # "The highest first-quarter figure since Fiscal Year 2000": the same months of every
    # year since, like for like (October-December 2020: 209,342, the most since FY2001's).
    ("Border Patrol agents apprehended 209,342 migrants during the first quarter of Fiscal "
     "Year 2021. This is the highest first-quarter figure since Fiscal Year 2000.",
     "2021-01-09", "rank_record", 0,
     {"verdict": "accurate", "says": "the same months of each year"}),
    # "At ports of entry in Arizona": the state table has no components; Arizona's ports are
    # the Tucson field office's (August-September 2021: 1,049 to about 400).
    ("At ports of entry in Arizona, customs officials reported about 400 encounters in "
     "September, which is down from about 1,050 in August.", "2021-10-22", "change", 0,
     {"measure": "ofo_swb_encounters", "filters": {"sector": ["Tucson Field Office"]},
      "verdict": "accurate"}),
    # "Down 9% from March but still far above the previous high in May 2019": the "but"
    # clause is a comparison of its own, and May 2019 its peak, not the change's period
    # (unaccompanied children, all CBP: March 2021 18,870, April 17,171, -9.0%).
    ("Authorities encountered nearly 17,200 children traveling alone, down 9% from March but "
     "still far above the previous high in May 2019.", "2021-05-12", "change", 0,
     {"periods": ["2021-04"], "verdict": "accurate"}),
    # "… desde mayo, cuyas cifras fueron las más altas en más de una década": the record
    # is May's, whose figures the clause speaks of (May 2019, 132,856, the most since 2006).
    ("En julio se realizaron 71.999 arrestos a lo largo de la frontera sur, una caída de "
     "aproximadamente el 45% del número de arrestos desde mayo, cuyas cifras fueron las más "
     "altas en más de una década.", "2019-08-10", "rank_record", 0,
     {"periods": ["2019-05"], "verdict": "accurate"}),
    # Where no reading of the words can be judged (Guatemala's returns begin in 2020), the
    # next year's figure does not make the claim wrong; a time after another figure is that
    # figure's, and one that opens the sentence is the first figure's (2020: 21,057).
    ("Guatemala recibió 54 mil 599 deportados desde Estados Unidos en 2019. En 2020, sin "
     "embargo, el número cayó de manera drástica a 21 mil 57, seguido de 17 mil 806 en 2021, "
     "con un repunte a 40 mil 713 en 2022, de acuerdo con el Instituto Guatemalteco de "
     "Migración (IGM).", "2023-12-17", "total", 0, {"verdict": "unverifiable"}),
    # "… y en el caso de adultos solteros …": another group's clause, not this figure's
    # (unaccompanied children, June-July 2023: 6,732 to 10,035, +49.1%).
    ("En julio de 2023, el número de niños no acompañados creció casi un 50 por ciento "
     "respecto a junio y en el caso de adultos solteros se ha mantenido una cifra parecida.",
     "2023-08-25", "change", 0, {"filters": {"demographic": ["UAC"]}, "verdict": "accurate"}),
    # A base that overlaps the period is none: the same months a year before (Yuma, all
    # CBP, October-December: 19,173 in 2023, 5,469 in 2024, -71.5%).
    ("According to U.S. Customs and Border Protection, in Fiscal Year 2024, Yuma saw over "
     "19,000 encounters from October through December. In fiscal year 2025, there were just "
     "5,000 encounters for those first three months, showing a 71% reduction.", "2025-02-13",
     "change", 0, {"says": "19,173 in 2023-10..2023-12"}),
    # A "when" clause closed by ", and …" does not carry its period to the figure of the
    # clause after it (families, Border Patrol, Southwest: October 2012, 690; October 2017,
    # 4,840: "last October", said in November 2018 after a sentence on October 2018).
    ("Border Patrol agents in October apprehended more than 23,000 family members. For "
     "comparison, fewer than 800 family members were apprehended in October 2012, when the "
     "statistic was first tracked, and just 4,800 were detained last October.", "2018-11-15",
     "total", 2, {"verdict": "accurate", "periods": ["2017-10"]}),
    # A figure beside a short list it is not part of is the whole: "de los 501.297 migrantes
    # …, la nacionalidad venezolana encabeza la lista con 320.465" (the Darién, January-
    # November 2023: 495,459 in all).
    ("De los 501.297 migrantes que han atravesado el Darién este año, la nacionalidad "
     "venezolana encabeza la lista con 320.465 personas, seguida por la ecuatoriana con "
     "54.757 migrantes.", "2023-12-10", "total", 0,
     {"filters": {}, "verdict": "roughly_accurate"}),
    # "El dato de julio" points back to the text's count; "de los últimos 10 meses" is the
    # record's window, the ten months to July (Salvadorans, all CBP, Southwest: July 2022
    # 7,952, third lowest of October 2021-July 2022).
    ("En julio de 2022 fueron detenidos 7,952 salvadoreños en la frontera suroeste de Estados "
     "Unidos. El dato de julio es el tercero más bajo de los últimos 10 meses.", "2022-08-17",
     "rank_record", 0, {"filters": {"citizenship": ["SLV"]}, "verdict": "accurate",
                        "says": "3 de 10 meses"}),
    # "Supera en 158% al de 2020, en 143% al de 2019 y en 151% al de 2018": one comparison
    # per figure, each against the same months of its year (Mexico, first quarter: 78,339
    # in 2022; 31,866 in 2019, +145.8%).
    ("En el primer trimestre de 2022 suman ya un total de 77 mil 626 capturas de migrantes, "
     "según la Unidad de Política Migratoria. El dato del primer trimestre de 2022 supera "
     "también en 158% al de 2020, en 143% al de 2019 y en 151% al de 2018.", "2022-05-20",
     "comparison", 1, {"periods": ["2022-01..2022-03"], "verdict": "accurate",
                       "says": "2019-01..2019-03"}),
    # "De México solamente fueron 390 personas": of those counted, so many were Mexicans
    # (Yuma, August 2023: 6,734 in all, 390 Mexicans).
    ("La Patrulla Fronteriza en el sector Yuma detuvo en agosto de 2023 a 6 mil 734 personas. "
     "Curiosamente, de México solamente fueron 390 personas.", "2023-09-20", "total", 1,
     {"filters": {"citizenship": ["MEX"], "sector": ["Yuma"]}, "verdict": "accurate"}),
    # "From October 2019 through June … dropped by 74% and 94% respectively": a change for
    # each figure, each of its group in the order named, over the months together against
    # the same months a year before (Rio Grande Valley, October-June: UAC -74.2%, families
    # -94.3%).
    ("From October 2019 through June apprehensions of unaccompanied minors and family units "
     "in the Rio Grande Valley have dropped by 74% and 94% respectively.", "2020-07-15",
     "change", 1, {"filters": {"demographic": ["FMUA"], "sector": ["Rio Grande Valley"]},
                   "periods": ["2019-10..2020-06"], "verdict": "accurate"}),
    # (El Centro, families, October-February: 943 in FY2018, 4,705 in FY2019, +399%.)
    ("In the El Centro sector, year-to-date apprehensions of family units increased nearly "
     "400 percent between February 2018 and February 2019, to 4,710.", "2019-03-06",
     "change", 0, {"verdict": "accurate", "says": "943 in 2017-10..2018-02"}),
    # The agency that is the subject of the counting verb names who counted, however far the
    # figure stands; a city said of the ports ("Laredo OFO") names their field office
    # (Laredo Field Office, May 2025: 1,355).
    ("In May 2025, CBP Laredo OFO officers also apprehended the greatest number of illegal "
     "border crossers along the southwest border, 1,355.", "2025-07-01", "total", 0,
     {"measure": "ofo_swb_encounters", "filters": {"sector": ["Laredo Field Office"]},
      "verdict": "accurate"}),
    # A part of a state ("this part of South Texas") is no state's series, and agents who
    # "came across migrants" met them: an encounter, no claim that they got in (Rio Grande
    # Valley, July 2022: 35,189).
    ("In July 2022, Border Patrol agents in this part of South Texas, the Rio Grande Valley "
     "sector, came across migrants 35,189 times.", "2022-08-15", "total", 0,
     {"filters": {"sector": ["Rio Grande Valley"]}, "verdict": "accurate"}),
    # "The 61-page report" counts pages, not people.
    ("According to the 61-page report, the number of illegal migrant encounters at the "
     "U.S.-Mexico border exceeded 2.2 million in the first 11 months of fiscal year 2023.",
     "2023-10-09", "total", 0, {"verdict": "accurate"}),
    # "From about 24,000 people to more than 220,000": two levels, no difference (Tucson,
    # families: 24,303 in 2022, 220,084 in 2023).
    ("In Arizona's Tucson Sector the number of family members increased from about 24,000 "
     "people in 2022 to more than 220,000 in 2023.", "2024-01-29", "change", 0,
     {"verdict": "accurate", "says": "24,303 in 2022"}),
    # Returned "por Estados Unidos y México": from both, no cut (Guatemala, 2024: 76,768).
    ("En total, Guatemala recibió en 2024 a más de 74.600 deportados juntando las "
     "estadísticas de personas retornadas por Estados Unidos y México.", "2025-01-10",
     "total", 0, {"filters": {}, "periods": ["2024"], "verdict": "accurate"}),
    # Countries each with its figure in brackets; "los primeros tres meses del año" after a
    # sentence on the first quarter of 2024 may be those months (Mexico, Honduras, Q1 2024:
    # 36,446).
    ("En el primer trimestre de 2024 fueron interceptados 10,115 migrantes cubanos. Así, "
     "Cuba se sitúa en el noveno puesto en los primeros tres meses del año, después de "
     "Venezuela (86,429), Honduras (36,446) y Ecuador (35,793).", "2025-04-10", "total", 2,
     {"filters": {"citizenship": ["HND"]}, "periods": ["2024-01..2024-03"],
      "verdict": "accurate"}),
    # "El año fiscal, el cual finalizó en septiembre de 2010": when the year ended is no
    # period of its own (FY2010, Southwest, Border Patrol: 447,731).
    ("Durante el último año fiscal, el cual finalizó en septiembre de 2010, se efectuaron "
     "447.731 arrestos en la frontera suroeste.", "2010-10-20", "total", 0,
     {"periods": ["FY2010"], "verdict": "accurate"}),
    # A period is no base of itself: "for fiscal year 2006 … compared with the same time
    # period a year ago", in April, is October-March against the same months a year before
    # (San Diego: 49,766 to 73,886, +48.5%).
    ("Apprehensions in the San Diego sector are up 48 percent for fiscal year 2006, which "
     "began Oct. 1, compared with the same time period a year ago.", "2006-04-15", "change",
     0, {"verdict": "accurate", "says": "49,766 in 2004-10..2005-03"}),
    # "El año pasado durante estas mismas fechas": the months named before, a year back
    # (Tucson, October 2009-July 2010: 194,289).
    ("Entre octubre de 2010 y julio de 2011 se registraron 109.005 detenciones en el sector "
     "Tucson. El año pasado durante estas mismas fechas se habían reportado 194.289 "
     "arrestos.", "2011-08-18", "total", 1,
     {"periods": ["2009-10..2010-07"], "verdict": "accurate"}),
    # "The lowest in the last 17 years": the years are the record's window; ranked is the
    # year named before (FY2011, the lowest of FY1995-FY2011). "Uno de los corredores más
    # importantes" is a quality, no rank.
    ("La Patrulla Fronteriza arrestó a 340.252 indocumentados en el año fiscal 2011. Este es "
     "el nivel más bajo de detenciones en los últimos 17 años, en uno de los corredores más "
     "importantes del cruce.", "2011-12-12", "rank_record", 0,
     {"periods": ["FY2011"], "verdict": "accurate"}),
    # Before the state table began (FY2018), Border Patrol's figures for a state are its
    # sectors there: Arizona's are Tucson and Yuma (FY2010 219,318, FY2011 129,118: -41.1%);
    # from FY2018 the state table is read.
    ("Border Patrol agents in Arizona made 129,118 apprehensions in fiscal year 2011, a 41 "
     "percent drop from the year before.", "2011-12-12", "change", 0,
     {"filters": {"sector": ["Tucson", "Yuma"]}, "verdict": "accurate"}),
    ("Encounters in Arizona fell to 129,118 in fiscal year 2023.", "2023-12-12", "change", 0,
     {"filters": {"state": ["AZ"]}}),
    # A change "in the last four years" runs from the year before the window to its last
    # (Southwest, Border Patrol: FY2008 705,005, FY2012 356,873, -49.4%).
    ("Border Patrol apprehensions have fallen 50 percent in the last four years.",
     "2013-02-02", "change", 0, {"verdict": "accurate", "says": "705,005 in FY2008"}),
    # Each percentage goes with the sector named beside it; "the Rio Grande sector" is the
    # Valley's (UAC, FY2013-FY2014: Tucson 9,070 to 8,262, -8.9%; RGV 21,553 to 49,959,
    # +131.8%).
    ("Apprehensions of unaccompanied children in the Tucson sector were down 9% in FY14, but "
     "this drop was more than outweighed by a surge in the Rio Grande sector where "
     "apprehensions were up 132%.", "2014-11-10", "change", 1,
     {"filters": {"demographic": ["UAC"], "sector": ["Rio Grande Valley"]},
      "verdict": "accurate"}),
    # A record with no figure of its own takes the group its sentence's figure settled (San
    # Diego sector, FY1999 182,267, the lowest since FY1973).
    ("Operation Gatekeeper slashed the number of people arrested in San Diego. Arrests in San "
     "Diego for the fiscal year that ended were about 181,000, the lowest since 1973.",
     "1999-10-01", "rank_record", 0,
     {"filters": {"sector": ["San Diego"]}, "verdict": "accurate"}),
    # "Accounted for nearly half of all arrests" is a part of a whole, not the size of the
    # change beside it; "millions of dollars" counts no people.
    ("Border Patrol apprehensions rose to 1,537,000 in fiscal 1999, in a region that once "
     "accounted for nearly half of all arrests.", "1999-10-15", "change", 0,
     {"verdict": "roughly_accurate", "says": "1,516,680 in FY1998"}),
    ("The program cost millions of dollars, while apprehensions were 1,537,000 in fiscal "
     "1999.", "1999-10-15", "total", 0, {"verdict": "accurate"}),
    # A change "since 2008" beside a year the sentence names is from that year to this one
    # (Border Patrol, nationwide: FY2008 723,825, FY2011 340,252, -53.0%).
    ("Border Patrol made 340,252 apprehensions in fiscal year 2011, down 53 percent since "
     "2008.", "2011-12-15", "change", 0, {"periods": ["FY2011"], "verdict": "accurate",
                                           "says": "723,825 in FY2008"}),
    # Before FY2014, "Border Patrol apprehensions" with no border named may be the
    # nationwide count, as the yearly reports gave it: 463,000 is FY2010's nationwide
    # (463,382; Southwest 447,731), the lowest since FY1972 (the Southwest's FY1973 was lower).
    ("The number of Border Patrol apprehensions declined 61 percent from 1,189,000 in 2005 "
     "to 463,000 in 2010. Border apprehensions in 2010 were at their lowest level since "
     "1972.", "2011-09-29", "rank_record", 0,
     {"measure": "usbp_nationwide_encounters", "verdict": "accurate"}),
    # Border Patrol's "other than Mexicans" (OTMs), a group, not a comparison: its time
    # words are the figure's (Border Patrol, Southwest, all but Mexicans, October 2014-April
    # 2015: 70,451).
    ("The United States apprehended 70,226 other than Mexicans between October 2014 and "
     "April 2015.", "2015-06-15", "total", 0,
     {"filters": {"citizenship": ["!MEX"]}, "periods": ["2014-10..2015-04"],
      "verdict": "accurate"}),
    ("Border Patrol apprehended 70,226 OTMs between October 2014 and April 2015.",
     "2015-06-15", "total", 0, {"filters": {"citizenship": ["!MEX"]}, "verdict": "accurate"}),
    # "Last month", said before that month's figures were out, may be the month before
    # (on 10 July 2022, June was not yet published; 239,416 is May's first release, 241,136
    # now, all CBP, Southwest; June 207,834): the figure decides.
    ("Last month, U.S. Customs and Border Protection reported the highest monthly total of "
     "apprehensions at the southern border in recorded U.S. history of 239,416.",
     "2022-07-10", "rank_record", 0, {"periods": ["2022-05"], "verdict": "accurate"}),
    # Figures said "respectively" go with a list of as many periods, in order: the last
    # such list before the word, not the years after it (Mexico's detentions before 2018
    # are not held).
    ("During the first two full calendar years of the program (2015 and 2016), Mexican "
     "authorities apprehended 198,141 and 186,216 migrants respectively (data for 2017 and "
     "2018 is not yet available).", "2018-04-07", "total", 1,
     {"periods": ["2016"], "verdict": "unverifiable"}),
    # A run of years with no period named ends with the last year that had ended, as the
    # series counts them (Border Patrol, Tucson sector: six falls to FY2010).
    ("Apprehensions went down for the sixth straight year in the Tucson Sector.",
     "2011-02-15", "streak", 0, {"periods": ["FY2010"], "verdict": "accurate"}),
    # "Unaccompanied illegal immigrant children" are unaccompanied children (Border Patrol,
    # Southwest: FY2013 38,770, FY2014 68,560, +76.8%).
    ("U.S. Customs and Border Protection announced that 68,541 unaccompanied illegal "
     "immigrant children were apprehended in fiscal year 2014, a 77 percent increase from the "
     "nearly 39,000 kids taken in the year before.", "2014-10-09", "change", 0,
     {"filters": {"demographic": ["UAC"]}, "verdict": "accurate"}),
    # A month to come, foreseen, is this year's (May 2021: 13,878, not May 2020's 966).
    ("Federal agents expect to see 13,000 unaccompanied migrant children arrive on the "
     "U.S.-Mexico border in May.", "2021-02-26", "total", 0,
     {"periods": ["2021-05"], "verdict": "roughly_accurate"}),
    # A run "desde la cifra récord, registrada en mayo del 2019" begins there; it ends with
    # the month the figures are of (all CBP, Southwest: eight falls from May 2019 to January
    # 2020).
    ("La CBP dio a conocer hoy las cifras de detenciones en frontera correspondientes al mes "
     "de enero, las cuales continúan disminuyendo por octavo mes consecutivo, desde la cifra "
     "récord, registrada en mayo del 2019, cuando se reportaron 144 mil 116 aprehensiones.",
     "2020-02-11", "streak", 0, {"periods": ["2020-01"], "verdict": "accurate"}),
    # "The El Paso border region" is the sector (September 2020 7,900, October 8,777).
    ("The El Paso border region saw a 10 percent increase in apprehensions, from 7,900 in "
     "September to 8,725 in October.", "2020-11-23", "change", 0,
     {"filters": {"sector": ["El Paso"]}, "verdict": "roughly_accurate"}),
    # "This year" in a sentence about fiscal years may be the fiscal year (in October, the
    # one just ended: Border Patrol, Southwest, FY2016 408,870, FY2017 303,916, -25.7%); a
    # percentage before "drop" needs no article to be a change.
    ("Border Patrol apprehensions fell 25 percent this year compared with fiscal year 2016.",
     "2017-10-15", "change", 0, {"periods": ["FY2017"], "verdict": "accurate"}),
    ("Overall, there was 25 percent drop in people crossing illegally from the fiscal year "
     "2016 to this year.", "2017-10-15", "change", 0, {"says": "-25% claimed"}),
    # Where migrants are headed names no series: after a text on the Darién, "the journey to
    # the United States" keeps it there (Darién, August 2023 81,946, September 75,268).
    ("The treacherous journey through the Darien Gap has reached a historic milestone. "
     "Despite attempts to curb the flow of migration, the number of people making the "
     "journey to the United States continues to rise. In September alone, the number of "
     "crossings increased by 20% compared to the previous month.", "2023-11-16", "change", 0,
     {"measure": "darien_transits", "verdict": "inaccurate", "says": "-8.1%"}),
    # ... and Guatemalans "que buscan llegar a los Estados Unidos", deported after being
    # stopped in Mexico, are Mexico's returns. The year to date on 20 February is January
    # (3,471) and February's first days: between 3,471 and 6,753, the figure is coherent.
    ("En lo que va del año, cuatro mil 225 guatemaltecos que buscan llegar a los Estados "
     "Unidos han sido deportados a su país, después de haber sido detenidos por el "
     "Instituto Nacional de Migración (INM).", "2020-02-20", "total", 0,
     {"measure": "mx_returns", "verdict": "accurate", "says": "6,753"}),
    # A group named by examples is not named in full; "mostly from countries such as …" says
    # who most were (Mexico, 2021: 309,692).
    ("Arrests of migrants from countries such as Senegal, Mauritania, China, and India "
     "entering via Mexico ballooned to 214,000 during the 2023 fiscal year.", "2023-12-15",
     "total", 0, {"verdict": "unverifiable", "says": "named only by examples"}),
    ("Mexico detained 300,000 migrants in 2021, mostly from countries such as Honduras and "
     "Guatemala.", "2022-03-15", "total", 0,
     {"measure": "mx_irregular_migrants", "verdict": "accurate"}),
    # "Biden's first nine months in office" from January (1,516,650, all CBP, Southwest) or
    # from February, the first month he held whole (1,603,073): the figure decides.
    ("In President Biden's first nine months in office, CBP caught 1,602,539 people trying "
     "to enter the country illegally on the southwest border.", "2021-11-16", "total", 0,
     {"periods": ["2021-02..2021-10"], "verdict": "accurate"}),
    ("In President Biden's first nine months in office, CBP caught 1,516,650 people on the "
     "southwest border.", "2021-11-16", "total", 0,
     {"periods": ["2021-01..2021-09"], "verdict": "accurate"}),
    # Spanish leaves a verb's subject out: "registraron un incremento" continues the text's
    # (Border Patrol, Southwest: November 2017 29,085, November 2018 51,857, +78.3%).
    ("La Patrulla Fronteriza registró 51 mil arrestos en octubre. Mientras que, durante el "
     "mes de noviembre, registraron un incremento de 84% en comparación al mismo periodo del "
     "año fiscal 2018.", "2018-12-15", "change", 0,
     {"periods": ["2018-11"], "verdict": "inaccurate", "says": "+78.3%"}),
    # Every group together is everyone: Hondurans, all CBP, Southwest, January-April 2022,
    # 58,033; "menores de edad que iban solos" are unaccompanied children.
    ("De enero a abril de 2022 la CBP detuvo en la frontera sur a un total de 57,857 "
     "hondureños, entre niños, adultos y familias completas.", "2022-05-15", "total", 0,
     {"filters": {"citizenship": ["HND"]}, "verdict": "accurate"}),
    # Tabasco is on Mexico's southern border, whose detentions the files do not hold apart
    # from the nation's; a count with no period named is not set against the latest month
    # alone (national, November 2023: 97,204). "Personas únicas" are distinct people,
    # which the files (events) do not count.
    ("Según el INM, en Tabasco se ha detenido a 236 mil 808 extranjeros.", "2023-12-15",
     "total", 0, {"measure": "mx_irregular_migrants", "verdict": "unverifiable",
                  "says": "frontera sur de México"}),
    ("Según el INM, en Chiapas se ha detenido a 236 mil 808 extranjeros.", "2023-12-15",
     "total", 0, {"measure": "mx_irregular_migrants", "verdict": "unverifiable"}),
    ("La cantidad de personas únicas encontradas por la CBP en la frontera suroeste en enero "
     "de 2022 fue de 111 mil 437.", "2022-02-20", "total", 0,
     {"verdict": "unverifiable", "says": "personas distintas"}),
    # "Regresó a sus países de origen" is Mexico's returns (2021: 130,275; detentions
    # 309,692); a share stated beside its part and its whole, each right, is their ratio
    # (130,275 / 309,692 = 42.1%), though the files cut neither by the other.
    ("México regresó a sus países de origen a 130 mil 275 personas en 2021.", "2024-04-15",
     "total", 0, {"measure": "mx_returns", "verdict": "accurate"}),
    ("Según la Segob, en 2021 se detuvo a 309 mil 692 personas y se regresó a sus países de "
     "origen a 130 mil 275; es decir, el 42 por ciento de las personas detenidas fueron "
     "enviadas de regreso.",
     "2024-04-15", "share", 0, {"verdict": "accurate", "says": "130,275 de 309,692"}),
    # "Acciones de orden público": CBP's "enforcement actions", its encounters (all CBP,
    # Southwest, September 2019: 52,546).
    ("Hubo un poco más de 52.000 acciones de orden público en la frontera sur en septiembre.",
     "2019-10-08", "total", 0, {"measure": "swb_encounters", "verdict": "accurate"}),
    # "22 percent fewer people", with no base: a change from the month before (Border
    # Patrol, Southwest: July 2019 71,978, August 50,684, -29.6%); an action "sin
    # precedentes" is no record.
    ("Border Patrol apprehended 22 percent fewer people in August.", "2019-09-09", "change",
     0, {"periods": ["2019-08"], "verdict": "inaccurate", "says": "71,978"}),
    ("Morgan reconoció la actuación 'sin precedentes' del gobierno mexicano: la Patrulla "
     "Fronteriza detuvo en agosto a un 22 por ciento menos de personas.", "2019-09-09",
     "change", 0, {"verdict": "inaccurate", "says": "-29.6%"}),
    # "Agents apprehended" names the Border Patrol, whose people are agents: FY2023, 5,605 a
    # day (all CBP, ports included, 6,783).
    ("During Fiscal Year 23, agents apprehended an average of more than 6,780 migrants per "
     "day.", "2024-06-08", "rate", 0,
     {"measure": "usbp_swb_encounters", "verdict": "inaccurate"}),
    # What a total counts is named after "bringing total …"; the ports before it are the
    # first figure's, and not a level of the change (all CBP, Southwest: FY2021 1,734,686,
    # FY2022 2,378,944, +37.1%).
    ("Another 172,500 were detected at ports of entry, bringing total encounters to 2.4 "
     "million, up 37 percent from 1.7 million encounters in FY21.", "2022-11-22", "change", 0,
     {"measure": "swb_encounters", "verdict": "accurate"}),
    # Mexico's "eventos migratorios irregulares"; "estos" after a time that opens the
    # sentence points back; "pasaron de 183 mil a 925 mil" is a change whose levels are the
    # span's ends (2019: 182,940; 2024: 1,231,320, so 925 mil is wrong).
    ("A pesar de ello, México enfrentó un incremento acumulado en los eventos migratorios "
     "irregulares durante los últimos años. Entre 2019 y 2024, estos pasaron de 183 mil a 925 "
     "mil.", "2025-12-21", "change", 1,
     {"measure": "mx_irregular_migrants", "periods": ["2024"], "verdict": "inaccurate",
      "says": "1,231,320"}),
    # "Hondureños solteros" are single adults; "en lo que va del año fiscal 2019", said on
    # 11 October 2019 before September was out, may be October–August (Border Patrol,
    # Southwest, Honduran single adults: 42,804; the whole year 44,981).
    ("La CBP informó que en lo que va del año fiscal 2019 han aprehendido a 42,783 "
     "hondureños solteros.", "2019-10-11", "total", 0,
     {"filters": {"demographic": ["Single Adults"], "citizenship": ["HND"]},
      "periods": ["2018-10..2019-08"], "verdict": "accurate"}),
    # A demonym for "la nacionalidad …" before each listed figure (Border Patrol, Southwest,
    # Colombians, May 2024: 9,254).
    ("La segunda nacionalidad fue la ecuatoriana, con 10.060 detenciones, seguida por la "
     "colombiana, con 9.259.", "2024-06-10", "total", 1,
     {"filters": {"citizenship": ["COL"]}, "verdict": "accurate"}),
    # A precise level within 1% of the relation's base is that base as first published
    # (unaccompanied children, all CBP, Southwest: February 2021 9,402).
    ("Authorities encountered 18,890 unaccompanied children in March. March's count was "
     "roughly double the 9,457 unaccompanied kids encountered by CBP in February.",
     "2021-04-08", "comparison", 0, {"verdict": "roughly_accurate", "periods": ["2021-03"]}),
    # A change whose one level matched a period exactly is of that period, against the one
    # before (Brazilians, all CBP, Southwest: FY2020 7,161, FY2021 56,881, +694%).
    ("The number of Brazilians crossing the southern border broke a record in fiscal year "
     "2021. In all, 56,881 were arrested, an increase of 700% over the same period in 2020.",
     "2021-10-23", "change", 0,
     {"filters": {"citizenship": ["BRA"]}, "periods": ["FY2021"], "verdict": "accurate"}),
    # The period nearest before the relation is the one compared; levels that count no
    # group make the relation no group's either (nationwide: August 2022 251,521, September
    # 272,338, +8.3%).
    ("Las capturas de migrantes venezolanos sumaron 189.520 en todo el periodo fiscal. La "
     "cifra mensual de capturas alcanzó su nivel más alto en mayo con 274.992, y en "
     "septiembre hubo 272.338 detenciones, 8,2% más que en agosto.", "2022-10-20",
     "comparison", 0, {"filters": {}, "periods": ["2022-09"], "verdict": "accurate"}),
    # A country's name as the subject of a listed figure: "El Salvador was fourth on the
    # list with 89,811" (Border Patrol, Southwest, FY2019: 89,811).
    ("In fiscal 2019 there were more apprehensions of Guatemalans (264,168) and Hondurans "
     "(253,795) than Mexicans (166,458), while El Salvador was fourth on the list with 89,811 "
     "apprehensions.", "2019-12-15", "total", 3,
     {"filters": {"citizenship": ["SLV"]}, "verdict": "accurate"}),
    # Months from October on are a fiscal year so far; a bare year set against them is a
    # fiscal year too (Cubans, all CBP, Southwest: FY2021 38,674; October 2021–March 2022
    # 78,918, 2.04×).
    ("U.S. Customs and Border Protection stopped Cubans more than 79,800 times from last "
     "October through March, more than double all of 2021.", "2022-04-20", "comparison", 0,
     {"verdict": "accurate", "says": "FY2021 had 38,674"}),
    # A span's months and the levels it went between: April 2017 (11,127) to December 2017
    # (28,995), Border Patrol, Southwest.
    ("From April through December 2017 the number of migrants apprehended by Border Patrol "
     "agents rose from a low of 11,127 to 28,995.", "2018-10-23", "change", 0,
     {"periods": ["2017-12"], "verdict": "accurate"}),
    # A record beside the level of a "when" clause on the base is the base's (May 2019).
    ("Las estadísticas de julio revelan una caída considerable respecto a mayo, cuando las "
     "detenciones en la frontera repuntaron hasta 132.870, el mayor número desde marzo de "
     "2006.", "2019-08-08", "rank_record", 0, {"periods": ["2019-05"], "verdict": "accurate"}),
    # A clause set against the sentence's count ("While the number of families … has
    # risen") does not make that count the families'.
    ("While the number of families coming over the border has risen sharply, the number of "
     "border arrests fell to 400,000 in fiscal 2018.", "2019-01-02", "change", 1,
     {"filters": {}}),
    # A percent sign in brackets after "por ciento" is read past (the text quoted keeps
    # it); a fall of more than 100% is wrong. All CBP, Southwest, Guatemalans:
    # October–February 129,540 → 30,808 (-76.2%).
    ("En los primeros cinco meses del actual año fiscal, la CBP registra 30 mil 809 "
     "encuentros con guatemaltecos, un 320 por ciento (%) menos que los 129 mil 540 del mismo "
     "periodo del año fiscal 2024.", "2025-03-15", "comparison", 0,
     {"verdict": "inaccurate", "says": "-76.2%"}),
    # "Menores de edad solos" are unaccompanied children (all CBP, Southwest, March 2021:
    # 18,870).
    ("En marzo llegaron a la frontera 18.890 menores de edad solos, la cifra máxima para un "
     "solo mes.", "2021-04-15", "total", 0,
     {"filters": {"demographic": ["UAC"]}, "verdict": "accurate"}),
    # "Este repunte" points back to the figure before; "cuatro meses de disminuciones
    # consecutivas" is a run, ending before that month (Mexicans, nationwide: March–July
    # 2024 each below the one before).
    ("En agosto, 38,615 migrantes mexicanos fueron interceptados por la CBP. Este repunte se "
     "produce tras cuatro meses de disminuciones consecutivas.", "2024-09-15", "streak", 0,
     {"periods": ["2024-08"], "verdict": "accurate"}),
    # A level that is, as stated, one of the figures its relation was judged on is that
    # figure: the whole of a share of the southwest border in the nationwide count (all
    # CBP, FY2022: 2,378,944 of 2,766,582, 86.0%), said after the share in either language.
    ("CBP said it encountered 2,766,582 migrants in fiscal year 2022, 85 percent of them at "
     "the southwest border.", "2022-11-20", "share", 0,
     {"measure": "nationwide_encounters", "filters": {"region": ["Southwest Land Border"]},
      "verdict": "accurate"}),
    ("La CBP informó que durante el año fiscal 2022 se detuvo a dos millones 766 mil 582 "
     "migrantes indocumentados, de los cuales el 85 por ciento fueron atrapados en la "
     "frontera sudoeste.", "2022-11-20", "share", 0,
     {"measure": "nationwide_encounters", "verdict": "accurate"}),
    # ... of the group the sentence counts (Salvadorans, 2024: 42,050 of 45,350, 92.7%).
    ("En 2024 se detuvo a 45,350 salvadoreños, concentrándose el 93% de estos casos en la "
     "frontera sur de Estados Unidos.", "2025-01-20", "share", 0,
     {"filters": {"citizenship": ["SLV"], "region": ["Southwest Land Border"]}}),
    # "Año fiscal del 2019" is FY2019 (all CBP, Southwest: 521,090 → 977,509, +87.6%).
    ("Los arrestos aumentaron un 88 por ciento durante el año fiscal del 2019.", "2019-10-20",
     "change", 0, {"periods": ["FY2019"], "verdict": "accurate"}),
    # A hyphenated percentage; "adults and children traveling in family units" are family
    # units; a rise "over the old record, set in August" is from August (Border Patrol,
    # family units: 93,111 → 103,027, +10.6%).
    ("In September, Border Patrol apprehended more than 103,000 adults and children "
     "traveling in family units, a 10-percent increase over the old record, set in August.",
     "2023-10-23", "change", 0,
     {"filters": {"demographic": ["FMUA"]}, "periods": ["2023-09"], "verdict": "accurate"}),
    # A change said of the figures of the two sentences before: this year's to date, set
    # against the same months a year before (all CBP, Southwest: 570,826 → 1,062,393).
    ("The U.S. Border Patrol has encountered 1,060,954 migrants since Fiscal Year 2022 "
     "began. Agents had only encountered 570,826 at this point last year. That's an increase "
     "of about 85.8%.", "2022-04-20", "change", 0,
     {"periods": ["2021-10..2022-03"], "verdict": "accurate"}),
    # A span's years restated by its levels are still its ends (Border Patrol Title 8,
    # Southwest: FY2021 618,986, FY2022 1,152,352, 1.86×).
    ("Title 8 apprehensions at the U.S.-Mexico border nearly doubled from fiscal year 2021 to "
     "FY2022, going from about 620,000 apprehensions in FY2021 to a little over 1,150,000 "
     "apprehensions in FY2022.", "2022-11-15", "change", 0,
     {"periods": ["FY2022"], "verdict": "accurate"}),
    # "The 2021 fiscal year"; a multiple's base ("quadruple the number of the prior fiscal
    # year") is not the record's period.
    ("Border Patrol reported more than 1.6 million encounters in the 2021 fiscal year, more "
     "than quadruple the number of the prior fiscal year and the highest annual total on "
     "record.", "2022-01-28", "rank_record", 0,
     {"periods": ["FY2021"], "verdict": "accurate"}),
    # A region no city bears the name of is the sector, agents named or not.
    ("Border crossings peaked in South Texas, with about 5,000 arrests in November in the "
     "Rio Grande Valley.", "2025-01-15", "total", 0,
     {"filters": {"sector": ["Rio Grande Valley"]}, "verdict": "accurate"}),
    # A sentence that opens on something besides what it counts ("In addition to …,") does
    # not count that; "over 2 million times" is more than, not a base.
    ("In addition to the increase of unaccompanied minors, CBP processed migrants along the "
     "U.S.-Mexico border over 2 million times in fiscal year 2022, the highest level "
     "recorded by the agency.", "2022-10-14", "rank_record", 0,
     {"filters": {}, "periods": ["FY2022"], "verdict": "accurate"}),
    # A record set beside the base, after a comma, is the base's; "28% de las 132.887
    # detenciones de mayo": May is the base (Border Patrol: 132,856 → 94,902, -28.6%).
    ("Last month, there were about 95,000 arrests at the border, a reduction of about 28% "
     "from the 132,887 arrests in May, the highest month in more than a decade.",
     "2019-07-03", "rank_record", 0, {"periods": ["2019-05"], "verdict": "accurate"}),
    ("El mes pasado hubo cerca de 95.000 detenciones en la frontera, una reducción de "
     "aproximadamente un 28% de las 132.887 detenciones de mayo.", "2019-07-03", "change", 0,
     {"periods": ["2019-06"], "verdict": "accurate"}),
    # A typographic apostrophe reads as the plain one. Nationwide encounters, April 2024:
    # 247,929; February 2021 to April 2024: 9,538,113.
    ("Approximately a quarter of a million migrants were encountered at the nation\u2019s "
     "borders in April, bringing the total since Feb. 1, 2021, several days after President "
     "Joe Biden took office, to 9.57 million.", "2024-05-15", "total", 1,
     {"measure": "nationwide_encounters", "verdict": "accurate"}),
    # A country by another of its names, after "from the"; "PRC" for China. Border Patrol,
    # Southwest border, Chinese nationals: FY2023 24,048; FY2022 1,970 (+1,120.7%).
    ("Border Patrol agents have apprehended more than 24,000 migrants along the Southwest "
     "border from the People\u2019s Republic of China in fiscal year 2023.", "2023-10-10",
     "total", 0, {"filters": {"citizenship": ["CHN"]}, "verdict": "accurate"}),
    ("During fiscal year 2023 Border Patrol agents apprehended more than 24,000 migrants from "
     "China. A DHS report reveals an increase of more than 1,115 percent in apprehensions of "
     "PRC migrants compared to the last year.", "2023-10-10", "change", 0,
     {"filters": {"citizenship": ["CHN"]}, "verdict": "accurate"}),
    # A figure a rise is said to total is a level; "border" qualifying a policy names no
    # border. Nationwide, January 2021 to April 2024: 9,633,389.
    ("Whereas the Biden administration's failed border policies have resulted in an "
     "exponential rise in illegal alien encounters, totaling more than 9,300,000 in less than "
     "4 years;", "2024-05-15", "total", 0,
     {"measure": "nationwide_encounters", "verdict": "accurate"}),
    # "Since President Biden has taken office": his presidency so far. All CBP, Southwest
    # border, January 2021 to December 2022: 4,614,611.
    ("Since President Biden has taken office, there have been more than 4.5 million migrant "
     "encounters at our southern border", "2023-01-26", "total", 0,
     {"periods": ["2021-01..2022-12"], "verdict": "accurate"}),
    # "In the same month" of a year named: the month the text counted, that year. All CBP,
    # Southwest border, Cubans: February 2022 16,557.
    ("In February, 13,972 Cuban migrants were encountered at the southwest border. The figure "
     "was only exceeded in 2022, when 16,557 were reported in the same month.", "2024-03-15",
     "total", 1, {"periods": ["2022-02"], "verdict": "accurate"}),
    ("Del total de casos que se reportaron en la frontera suroeste en febrero, 13,972 eran "
     "inmigrantes cubanos. La cifra solo fue superada en 2022 cuando en igual mes se "
     "reportaron 16,557 casos.", "2024-03-15", "total", 1,
     {"periods": ["2022-02"], "verdict": "accurate"}),
    # A run's length in a clause of its own, ahead of what ran. All CBP, Southwest border:
    # above 100,000 every month from February 2021 to September 2023 (32).
    ("The report also found that for the 31st month in a row, the number of border "
     "encounters has been above 100,000.", "2023-10-10", "streak", 0,
     {"verdict": "roughly_accurate", "says": "32 months in a row"}),
    ("Por trigésimo primer mes consecutivo, el número de encuentros en la frontera superó "
     "los 100.000.", "2023-10-10", "streak", 0, {"verdict": "roughly_accurate"}),
    # A run said of the month just named ends in it, whatever year a later clause names; a
    # sentence naming the US agency counts its detentions. Border Patrol, Southwest border:
    # rising every month from May 2020 to February 2021 (10).
    ("La Patrulla Fronteriza de Estados Unidos detuvo a casi 100,000 migrantes en la "
     "frontera entre Estados Unidos y México en febrero, el décimo mes consecutivo de aumento "
     "de las detenciones y un regreso a los niveles vistos por última vez a mediados de 2019.",
     "2021-04-07", "streak", 0, {"measure": "usbp_swb_encounters", "periods": ["2021-02"],
                                 "verdict": "accurate"}),
    # A year and then a figure after "and" is no list of years. Border Patrol, Southwest
    # border, October 2021: 164,837.
    ("They made over 114,000 arrests in fiscal year 2021 and 164,837 arrests in the month of "
     "October alone.", "2021-12-11", "total", 1, {"periods": ["2021-10"]}),
    # "De enero a la fecha": from January to the text's day. Mexico, January-May 2021
    # 83,739 against 82,379 in 2020 (+1.7%).
    ("De enero a la fecha, 90,850 migrantes han sido detenidos en México, cifra 4% mayor a "
     "los casos suscitados durante todo el 2020.", "2021-06-08", "comparison", 0,
     {"periods": ["2021-01..2021-05"]}),
    # "During his first 23 months in office": the first months of the term under way,
    # from January or from February, the first month held whole, as the figure fits best.
    # Border Patrol, Southwest border, January 2021-November 2022: 4,069,114; February
    # 2021-December 2022: 4,215,816.
    ("Border Patrol agents apprehended 4.2 million migrants during his first 23 months in "
     "office.", "2023-01-21", "total", 0,
     {"periods": ["2021-02..2022-12"], "verdict": "accurate"}),
    # "Customs and Border Patrol" is CBP. All CBP, Southwest border, February 2021: 101,099.
    ("In February, Customs and Border Patrol reported just over 100,000 encounters at the "
     "border.", "2021-03-15", "total", 0,
     {"measure": "swb_encounters", "verdict": "accurate"}),
    # A series the words do not name explains a figure only where none they name, the
    # text's sector included, holds. Del Rio sector: August 2021 33,062, August 2022 52,735
    # (+59.5%); the ports' +63% fits closer by chance.
    ("In August 2021, Del Rio Sector agents apprehended 32,362 migrants. The August 2022 "
     "apprehensions represent an increase of approximately 63 percent over the same month in "
     "2021.", "2022-09-03", "change", 0,
     {"filters": {"sector": ["Del Rio"]}, "verdict": "roughly_accurate"}),
    # Family units by sector, from Border Patrol's own tables (FY2013-FY2019); "Fiscal Year
    # 2018 as of June 2018" is the year to June. Del Rio, October-June: 1,829 and 22,423
    # (+1,126.0%); Yuma, October-August: 5,429 and 12,367 (+127.8%).
    ("Family unit apprehensions in the Del Rio Sector jumped 1,126 percent from Fiscal Year "
     "2018 as of June 2018 to Fiscal Year 2019 as of June of this year.", "2019-07-16",
     "change", 0, {"periods": ["2018-10..2019-06"], "verdict": "accurate"}),
    ("In fiscal year 2018, Yuma Sector agents apprehended 12,367 people traveling in what the "
     "agency calls \"family units,\" a 128 percent increase over the same period last year.",
     "2018-09-13", "change", 0,
     {"filters": {"demographic": ["FMUA"], "sector": ["Yuma"]}, "verdict": "accurate"}),
    # Those who crossed "without being apprehended" are got-aways, which no file holds.
    ("A recent report indicates that approximately 194,000 migrants have illegally crossed "
     "into the U.S. without being apprehended this fiscal year.", "2024-05-15", "total", 0,
     {"verdict": "unverifiable"}),
    # A figure foreseen for the month under way is that month's, judged on its outcome.
    # Border Patrol, Southwest border, July 2024: 56,400 (6% below about 60,000).
    ("At that pace, there could be about 60,000 crossings in July, similar to numbers seen "
     "at the end of the Trump administration.", "2024-07-15", "total", 0,
     {"periods": ["2024-07"], "verdict": "roughly_accurate"}),
    # ... and one 10% or more off the outcome is wrong. April 2020: 16,182.
    ("Approximately 18,000 aliens will be caught by Border Patrol in April, if trends "
     "hold.", "2020-04-09", "total", 0, {"periods": ["2020-04"], "verdict": "inaccurate"}),
    # A count said to be so far is no projection, whatever else its sentence foresees. El
    # Paso sector, October 2020-August 2021: 176,103.
    ("The El Paso sector is on pace to break a record high for apprehensions, adding, for the "
     "fiscal year 2021 we already have 176,000 apprehensions and we still have one month "
     "left.", "2021-09-15", "total", 0,
     {"periods": ["2020-10..2021-08"], "verdict": "accurate"}),
    # A list of shares, each its own group past "seguidos de". Border Patrol, Southwest
    # border, October 2024: Mexicans 25,389 and Central Americans 12,950 of 56,520 (44.9%,
    # 22.9%).
    ("En octubre pasado, la Patrulla Fronteriza detuvo a 56 mil 530 personas en la frontera "
     "con México. En cuanto a las nacionalidades de los interceptados, 44.93 por ciento "
     "fueron mexicanos, seguidos de centroamericanos, con 21.98 por ciento.", "2024-11-15",
     "share", 1, {"filters": {"citizenship": ["BLZ", "CRI", "GTM", "HND", "NIC", "PAN", "SLV"]}}),
    # "9,400 with unaccompanied children": "with" right after a figure says whom it counts;
    # "increases of 28% and 61%" is a change. All CBP, Southwest border, February 2021:
    # 101,099 (January 78,414: +28.9%), unaccompanied children 9,402.
    ("In February, Customs and Border Patrol reported just over 100,000 encounters at the "
     "border, 9,400 with unaccompanied children.", "2021-03-15", "total", 1,
     {"filters": {"demographic": ["UAC"]}, "verdict": "accurate"}),
    ("In February, Customs and Border Patrol reported just over 100,000 encounters at the "
     "border. These numbers represent increases of 28% from the previous month.",
     "2021-03-15", "change", 0, {"periods": ["2021-02"], "verdict": "accurate"}),
    # A first share whose clause names no group has the one its sentence named before it.
    # Border Patrol, Southwest border, FY2019: family units 473,682 of 851,508 (55.6%).
    ("Las familias de inmigrantes representaron, con 473.682 casos, un 55,6 % de los 851.508 "
     "indocumentados detenidos en la frontera con México en el año fiscal 2019.",
     "2019-10-29", "share", 0,
     {"filters": {"demographic": ["FMUA"]}, "verdict": "accurate"}),
    # A part of the figure before it ("4.476 de los cuales …"), of a group the files do
    # not break down, is unverifiable, not the whole. Darién minors, January-November
    # 2024: 63,647.
    ("Hasta 63.647 menores de edad han atravesado la selva del Darién entre enero y "
     "noviembre de este año, 4.476 de los cuales fueron identificados como separados o no "
     "acompañados.", "2024-12-19", "total", 1, {"verdict": "unverifiable"}),
    # A sector by its code. Border Patrol, San Diego sector: FY2020 53,282; FY2019 58,049.
    ("From October 1, 2019, to September 30, 2020, SDC apprehended 53,282 people who "
     "entered the U.S. illegally.", "2020-10-15", "total", 0,
     {"filters": {"sector": ["San Diego"]}, "verdict": "accurate"}),
    # A run's length in words past twelve, ordinal or cardinal, in either language. All
    # CBP, Southwest border: every month from March 2021 to May 2023 above 150,000 (27);
    # February 2021 101,099.
    ("May marked the twenty-seventh straight month that encounters at the southwest border "
     "topped 150,000.", "2023-06-15", "streak", 0, {"verdict": "accurate",
                                                   "says": "27 months in a row"}),
    ("Encounters at the southwest border have topped 150,000 for twenty-seven consecutive "
     "months.", "2023-06-15", "streak", 0, {"verdict": "accurate"}),
    ("Los encuentros en la frontera suroeste superaron los 150.000 por vigésimo séptimo mes "
     "consecutivo en mayo.", "2023-06-15", "streak", 0, {"verdict": "accurate"}),
    ("Los encuentros superaron los 150.000 en la frontera suroeste por veintisiete meses "
     "seguidos.", "2023-06-15", "streak", 0, {"verdict": "accurate"}),
    # A sentence that ends by saying which year's data it gives: every clause's period,
    # past a contrast. Darién, 2024: Venezuelans 209,897 of 302,203 (69.5%).
    ("More than two thirds of those who crossed the Darien were Venezuelan, while more than "
     "half were men, according to 2024 data.", "2025-05-15", "share", 0,
     {"periods": ["2024"], "filters": {"citizenship": ["VEN"]}, "verdict": "accurate"}),
    ("More than two thirds of those who crossed the Darien were Venezuelan, while more than "
     "half were men, according to 2024 data.", "2025-05-15", "share", 1,
     {"periods": ["2024"], "verdict": "unverifiable"}),
    # A change "this fiscal year" with no base, said before the 20th: the months to the one
    # before the last that had ended are a reading too. Border Patrol, El Paso sector:
    # October-January FY2018 6,456, FY2019 34,788 (+438.8%); October-February 8,193 and
    # 48,959 (+497.6%), the only reading late in the month.
    ("El Paso sector has seen a 434 percent increase in apprehensions this fiscal year.",
     "2019-03-11", "change", 0, {"periods": ["2018-10..2019-01"], "verdict": "accurate"}),
    ("El Paso sector has seen a 434 percent increase in apprehensions this fiscal year.",
     "2019-03-25", "change", 0, {"periods": ["2018-10..2019-02"], "verdict": "inaccurate"}),
    # A run of months "now", late in a month, ends at the last whole month. All CBP,
    # Southwest border: February-July 2024 189,913, 189,359, 179,737, 170,716, 130,415,
    # 104,100 (five declines); August 107,473 (a rise).
    ("Encounters at the southern border have now dropped five months in a row.",
     "2024-08-20", "streak", 0, {"verdict": "accurate", "says": "up to July 2024"}),
    # A sector the text named by its name alone is a subject the figure may choose. Border
    # Patrol, Yuma sector: January 2024 3,733 (all of the Southwest border: 124,215).
    ("Yuma saw more than 19,000 encounters from October through December. In January, "
     "agents made about 3,700 apprehensions.", "2024-03-01", "total", 1,
     {"filters": {"sector": ["Yuma"]}, "periods": ["2024-01"], "verdict": "accurate"}),
    # A change against "the same 10-month period in fiscal 2019": the same months of
    # FY2019. All CBP, Southwest border: October 2018-July 2019 862,256; October 2019-July
    # 2020 350,400 (-59.4%).
    ("CBP encountered about 350,000 people along the Southwest border this fiscal year, down "
     "sharply from the roughly 860,000 apprehended over the same 10-month period in fiscal "
     "2019.", "2020-08-15", "change", 0,
     {"periods": ["2019-10..2020-07"], "verdict": "accurate"}),
    # The year, the words of what it counts, "through April"; then "this same time period
    # last year". Border Patrol, El Paso sector: October 2022-April 2023 308,220; October
    # 2023-April 2024 180,734 (-41.4%).
    ("El Paso Sector fiscal year 2024 migrant encounters through April are 180,723 which "
     "represents a 41% reduction compared to this same time period last year, in FY23 with "
     "308,220.", "2024-05-20", "change", 0,
     {"periods": ["2023-10..2024-04"], "verdict": "accurate",
      "says": "'308,220': accurate"}),
    # A ratio of two counts is of the nationality that counts them, even when it is named in
    # an aside of one of them. All CBP, Southwest border, Brazil: FY2020 7,161; October
    # 2020-August 2021 46,410 (6.48 times).
    ("So far this fiscal year the total (46,410) is more than six times that of fiscal year "
     "2020, when 7,161 Brazilians were encountered at the southwest border.", "2021-09-17",
     "comparison", 0, {"filters": {"citizenship": ["BRA"]}, "verdict": "accurate",
                       "says": "'46,410': accurate"}),
    # A "When ..." clause stopped off its sentence dates the figure it gives. Border Patrol,
    # Yuma sector: December 2022 30,974; January 2023 11,537 (-62.8%).
    ("Agents in the Yuma sector saw a 60 percent decrease from December. When over 30,000 "
     "migrants were apprehended in the sector.", "2023-02-10", "change", 0,
     {"periods": ["2023-01"], "verdict": "roughly_accurate",
      "says": "'over 30,000': accurate"}),
    # A precise count no reading of the words matches may be one group's the text named
    # elsewhere: Border Patrol, Southwest border, Big Bend sector, FY2023: 11,823 (exactly;
    # the border as a whole had 2,045,838).
    ("In fiscal year 2023, Border Patrol agents made 11,823 apprehensions at the southwest "
     "border.", "2023-11-20", "total", 0,
     {"filters": {"sector": ["Big Bend"]}, "verdict": "accurate",
      "says": "do not say which sector; the figure matches the count of Big Bend"}),
    # Over two months named, as the total is judged: all CBP, Southwest border, El
    # Salvador, January-February 2023: 7,853 in all; 1,529 unaccompanied children.
    ("En enero y febrero de 2023 cruzaron la frontera suroeste 1,529 salvadoreños.",
     "2023-03-20", "total", 0,
     {"filters": {"citizenship": ["SLV"], "demographic": ["UAC"]}, "verdict": "accurate",
      "says": "no dicen qué grupo"}),
    # ... and the sentence's other figures count that group too: Big Bend FY2022 31,948,
    # not 25,000 (left unsettled beside the figure that matches, as any such figure is).
    ("In fiscal year 2023, Border Patrol agents made 11,823 apprehensions at the southwest "
     "border, and 25,000 in fiscal year 2022.", "2023-11-20", "total", 1,
     {"filters": {"sector": ["Big Bend"]}, "periods": ["FY2022"],
      "verdict": "unverifiable", "says": "31,948"}),
    # ... and a change whose stated levels count that group is the group's: Big Bend
    # FY2022 31,948 to FY2023 11,823 is -63.0% (the border's, -7.3%).
    ("In fiscal year 2023, Border Patrol agents made 11,823 apprehensions at the southwest "
     "border, a 63 percent drop from the year before.", "2023-11-20", "change", 0,
     {"filters": {"sector": ["Big Bend"]}, "verdict": "accurate",
      "says": "-63.0% against -63% claimed"}),
    # ... and so is a comparison: Big Bend FY2022 31,948 is 2.70 times FY2023's 11,823 (the
    # border's FY2022 is 1.08 times its FY2023).
    ("In fiscal year 2022, Border Patrol agents made 31,948 apprehensions at the southwest "
     "border, more than 2.5 times the 11,823 they made in fiscal year 2023.", "2023-11-20",
     "comparison", 0, {"filters": {"sector": ["Big Bend"]}, "verdict": "accurate",
                       "says": "2.70×"}),
    # A precise figure near the period's, equal to the unit to another period's, is that
    # period's figure, not a revision: Border Patrol, Southwest, FY2021 1,659,206; FY2000
    # 1,643,679 (0.9% lower). One equal to no period stays a near figure.
    ("Border Patrol agents made 1,643,679 apprehensions at the southwest border in fiscal "
     "year 2021.", "2022-08-16", "total", 0,
     {"verdict": "inaccurate", "says": "to the unit, FY2000's"}),
    ("The old record, set in FY 2021, when agents nabbed 1,643,679 illegal entrants, was "
     "beaten.", "2022-08-16", "total", 0,
     {"verdict": "inaccurate", "says": "the result is the same (inaccurate)"}),
    ("Border Patrol agents made 1,652,314 apprehensions at the southwest border in fiscal "
     "year 2021.", "2022-08-16", "total", 0, {"verdict": "accurate"}),
    # A rounded figure is no such evidence: "12,000" stays the border's (2,045,838).
    ("In fiscal year 2023, Border Patrol agents made 12,000 apprehensions at the southwest "
     "border.", "2023-11-20", "total", 0, {"filters": {}, "verdict": "inaccurate"}),
    # "Menores de edad no acompañados" are unaccompanied children. All CBP, Southwest
    # border, UAC from El Salvador, January-February 2023: 1,529.
    ("En enero y febrero de 2023, 1,529 menores de edad no acompañados de El Salvador "
     "cruzaron la frontera suroeste.", "2023-03-20", "total", 0,
     {"filters": {"demographic": ["UAC"], "citizenship": ["SLV"]}, "verdict": "accurate"}),
    # A figure per month is each month's bound in a run: Border Patrol, Southwest border,
    # March-May 2021 169,216, 173,699, 172,654 (February 97,643).
    ("Border Patrol agents have had more than 100,000 encounters with migrants every month "
     "since February.", "2021-06-29", "streak", 0,
     {"verdict": "accurate", "says": "above 100,000"}),
    # A demonym after an institution is who counts. Darién, January-September 2021: 95,866.
    ("Las autoridades panameñas contabilizaron 95.866 migrantes entre enero y septiembre de "
     "2021.", "2021-10-15", "total", 0,
     {"measure": "darien_transits", "filters": {}, "verdict": "accurate"}),
    # Those who evaded agents are got-aways, which no file counts.
    ("In November, at least 70,000 migrants evaded law enforcement at the southwest border.",
     "2022-12-09", "total", 0, {"verdict": "unverifiable", "says": "got-away"}),
    # Mexico, 2019 (national): 182,940 foreigners presented. More detained at its southern
    # border than in the whole country is wrong; more entering there is not bounded by it.
    ("En 2019 han ingresado 600 mil migrantes por la frontera sur de México.", "2020-02-01",
     "total", 0, {"verdict": "unverifiable"}),
    ("En 2019 se detuvo a 600 mil migrantes en la frontera sur de México.", "2020-02-01",
     "total", 0, {"verdict": "inaccurate"}),
    # All CBP, Southwest border: June 2022 207,834, above every earlier June in the file
    # (2018-2021); May 2022 241,136 is higher, so among all months it is not the busiest.
    ("CBP encountered 207,834 migrants at the southwest border in June 2022, the busiest June "
     "since public monthly reporting began.", "2022-07-22", "rank_record", 0,
     {"verdict": "accurate", "says": "Junes"}),
    # The same period of a year is that year's for a figure of its own. Border Patrol,
    # Southwest border: April 2025 8,377; April 2024 128,895.
    ("Border Patrol made 8,377 arrests at the southwest border in April 2025. In the same "
     "period of 2024, agents made 128,895 arrests.", "2025-05-15", "total", 0,
     {"periods": ["2025-04"], "verdict": "accurate"}),
    ("Border Patrol made 8,377 arrests at the southwest border in April 2025. In the same "
     "period of 2024, agents made 128,895 arrests.", "2025-05-15", "total", 1,
     {"periods": ["2024-04"], "verdict": "accurate"}),
    # When a period began is no period of its own. All CBP, Southwest border: October-
    # November 2022 466,702.
    ("Fiscal year 2023, which began in October, has already seen more than 460,000 "
     "encounters at the southwest border.", "2022-12-17", "total", 0,
     {"periods": ["2022-10..2022-11"], "verdict": "accurate"}),
    # Words for the Darién. Darién, 2016: 30,055 transits (the most of 2010-2020).
    ("The most people crossed the border between Panama and Colombia in 2016, with 30,055.",
     "2021-12-18", "total", 0, {"measure": "darien_transits", "verdict": "accurate"}),
    # Border Patrol, Southwest border, Title 42, September 2020: 48,327 (all CBP 50,067).
    ("Border Patrol agents caught 54,771 migrants crossing the U.S. border with Mexico in "
     "September 2020 and immediately expelled 48,327 of them under Title 42.", "2020-10-15",
     "total", 1, {"measure": "usbp_swb_encounters", "periods": ["2020-09"],
                  "verdict": "accurate"}),
    # A government's department counts; it is no place in the home country. Border Patrol,
    # Southwest border, FY2018: 396,579.
    ("Department of Homeland Security agents made 396,579 arrests along the Mexico border "
     "during the 2018 fiscal year.", "2018-10-20", "total", 0,
     {"measure": "usbp_swb_encounters", "periods": ["FY2018"], "verdict": "accurate"}),
    # Border Patrol, Southwest border: FY2017 303,916, the lowest since FY1971 (263,991):
    # a 46-year low (FY1972-FY2017), not a 56-year one (FY1962-FY1971 were all lower).
    ("Border Patrol apprehensions at the southwest border fell to 303,916 in fiscal 2017, "
     "a 46-year low.", "2017-12-01", "rank_record", 0,
     {"periods": ["FY2017"], "verdict": "accurate"}),
    ("Border Patrol apprehensions at the southwest border fell to 303,916 in fiscal 2017, "
     "a 56-year low.", "2017-12-01", "rank_record", 0,
     {"periods": ["FY2017"], "verdict": "inaccurate"}),
    # A record in a "when" clause on the year before is the base year's (FY2017's).
    ("Border Patrol agents made 396,579 arrests at the southwest border in fiscal 2018, up "
     "30% from a year earlier, when illegal migration was at a 46-year low.", "2018-10-20",
     "rank_record", 0, {"periods": ["FY2017"], "verdict": "accurate"}),
    # "Enforcement actions": CBP's older word for encounters. All CBP, FY2019: 977,509.
    ("In fiscal year 2019, almost a million enforcement actions were carried out at the "
     "southern US border.", "2019-10-20", "total", 0,
     {"measure": "swb_encounters", "periods": ["FY2019"], "verdict": "accurate"}),
    # "It … after the X sector": X is the one ranked just above. Border Patrol, FY2021:
    # Rio Grande Valley 549,077, Del Rio 259,294, El Paso 193,918.
    ("It was the second busiest Border Patrol sector on the southwest border in fiscal 2021, "
     "after the Rio Grande Valley sector.", "2021-11-20", "rank_record", 0,
     {"verdict": "accurate"}),
    ("It was the second busiest Border Patrol sector on the southwest border in fiscal 2021, "
     "after the El Paso sector.", "2021-11-20", "rank_record", 0, {"verdict": "inaccurate"}),
    # The future tense of a year not ended is a projection, judged on the outcome; "que"
    # after "indica" is no base. All CBP, Salvadorans, FY2021: 98,690.
    ("Todo indica que en el año fiscal 2021, que finaliza el 30 de septiembre, los "
     "salvadoreños detenidos en la frontera sur superarán los 95.000.", "2021-09-24",
     "total", 0, {"periods": ["FY2021"], "verdict": "accurate"}),
    # A span's first day is no one-day count. All CBP, Salvadorans, October 2020-August
    # 2021: 87,737.
    ("Entre el 1 de octubre de 2020 y el 31 de agosto de 2021 han sido detenidos 87.702 "
     "salvadoreños en la frontera sur de Estados Unidos.", "2021-09-24", "total", 0,
     {"periods": ["2020-10..2021-08"], "verdict": "accurate"}),
    # "Decrecimiento" is a fall. All CBP, Cubans: December 2022 42,654, January 2023 6,462
    # (-84.9%).
    ("En enero de 2023 se contabilizaron 6.462 cubanos en la frontera sur de Estados Unidos. "
     "Esto representa un decrecimiento del 85% respecto al mes de diciembre del año "
     "anterior.", "2023-02-20", "change", 0, {"verdict": "accurate"}),
    # The borders of the United States, plural, are all of them. Nationwide, Colombians,
    # August 2025: 415 (Southwest border 109).
    ("En agosto de 2025 se registraron un total de 415 detenciones de colombianos en las "
     "fronteras de Estados Unidos.", "2025-09-22", "total", 0,
     {"measure": "nationwide_encounters", "verdict": "accurate"}),
    # A sector's chief speaks for the sector. Border Patrol, Yuma: December 2022 30,974,
    # January 2023 11,537 (-62.8%).
    ("Numbers tweeted out by Yuma's Chief Patrol Agent show a 63 percent decrease in migrant "
     "apprehensions in January from December.", "2023-02-24", "change", 0, {"verdict": "accurate"}),
    # "Han ingresado" outside the Title 42 months is a loose word with a caveat, not a
    # misleading framing. All CBP, Cubans, March 2024: 13,409.
    ("Un total de 13.409 cubanos han ingresado a Estados Unidos por la frontera sur en marzo "
     "de 2024.", "2024-04-20", "total", 0, {"periods": ["2024-03"], "verdict": "accurate"}),
    # "Sin compañía de un adulto" are unaccompanied children. All CBP, Southwest, UAC,
    # October 2020-March 2021: 48,458.
    ("48,587 menores de edad sin compañía de un adulto han sido detenidos en la frontera "
     "estadounidense en los últimos seis meses.", "2021-04-11", "total", 0,
     {"filters": {"demographic": ["UAC"]}, "periods": ["2020-10..2021-03"],
      "verdict": "accurate"}),
    # A change whose two stated levels each match a period exactly relates those periods.
    # Border Patrol, Southwest border: FY2018 396,579; FY2019 851,508 (+114.7%).
    ("Allí la Patrulla Fronteriza detuvo a 851,508 extranjeros en la frontera suroeste, un "
     "aumento del 115 por ciento con respecto a los 396,579 del anterior periodo.",
     "2019-12-20", "change", 0, {"periods": ["FY2019"], "verdict": "accurate"}),
    # ... and one that states only the level it reached, with no base, runs from the period
    # before that level's.
    ("Allí la Patrulla Fronteriza detuvo a 851,508 extranjeros en la frontera suroeste, un "
     "aumento del 115 por ciento con respecto al anterior periodo.", "2019-12-20", "change",
     0, {"periods": ["FY2019"], "verdict": "accurate"}),
    # The days of a month under way against the same days a year before: no monthly file
    # holds them.
    ("So far this month, Border Patrol apprehensions are up 20% over the same period last "
     "year.", "2021-09-16", "change", 0, {"verdict": "unverifiable"}),
    ("En lo que va del mes, las detenciones de la Patrulla Fronteriza aumentaron 20% "
     "respecto al mismo periodo del año pasado.", "2021-09-16", "change", 0,
     {"periods": ["2021-09"], "verdict": "unverifiable"}),
    # "Border agents" may be any CBP officer at the border: a figure matching all CBP's
    # Southwest encounters is read as theirs (April 2024 179,737; August 2024 107,473),
    # not called a mislabelled Border Patrol count (128,895).
    ("Encounters between migrants and border agents along the U.S. southern border have "
     "dropped from 180,000 per month in April to around 108,000 in August, according to "
     "data provided by U.S. Customs and Border Protection.", "2024-09-15", "change", 0,
     {"verdict": "accurate", "says": "'180,000': accurate"}),
    ("Los agentes fronterizos detuvieron a 213.593 migrantes en la frontera suroeste en julio "
     "de 2021.", "2021-08-20", "total", 0,
     {"verdict": "accurate", "measure": "swb_encounters"}),
    # With only a base in its own clause, a record is the period named before it (July
    # 2021, the highest month of the window), not the base (January 2021) ...
    ("Border agents encountered 212,672 people attempting to cross the southern border "
     "illegally in July, the most in more than 21 years and three times the amount in "
     "January when President Joe Biden first took office.", "2021-08-12", "rank_record", 0,
     {"periods": ["2021-07"], "verdict": "accurate"}),
    # ... unless the record is itself the base ("desde la cifra récord … en mayo del 2019").
    ("CBP dio a conocer hoy las cifras de detenciones en frontera correspondientes al mes de "
     "enero, las cuales continúan disminuyendo, desde la cifra récord, registrada en mayo del "
     "2019, cuando se reportaron 144 mil 116 aprehensiones.", "2020-02-11", "rank_record", 0,
     {"periods": ["2019-05"]}),
    # A change "in a year" runs from the same month a year before (Chinese nationals,
    # nationwide: December 2022 2,818, December 2023 8,615, +205.7%; not November's 4,798
    # at the Southwest border) ...
    ("In December 2023, encounters with migrants from China were up 205% in a year.",
     "2024-02-06", "change", 0, {"verdict": "accurate", "says": "2,818 in December 2022"}),
    ("En diciembre de 2023 los encuentros con migrantes chinos subieron 205% en un año.",
     "2024-02-06", "change", 0, {"verdict": "accurate", "says": "diciembre de 2022"}),
    # ... not a record "in a year" (September 2019, the lowest of the twelve months to it).
    ("El jefe interino del CBP dijo que el número de migrantes arrestados cayó a poco más de "
     "52 mil en septiembre, la cifra mensual más baja en un año.", "2019-10-08",
     "rank_record", 0, {"periods": ["2019-09"], "verdict": "accurate"}),
    # "That same month" after a sentence that named a month and no figure is that month
    # (Border Patrol, January 2024: 124,215) ...
    ("As the border crisis spiraled out of control in January 2024, then-President Biden said "
     "he had done all he could. That same month, Customs and Border Protection encountered "
     "nearly 125,000 migrants at the southwest border.", "2025-07-15", "total", 0,
     {"periods": ["2024-01"], "verdict": "accurate"}),
    # ... and "ese mes" is no year the sentence before named: with no month named, the
    # latest (November 2016's 7,350 unaccompanied children, not January–November).
    ("Durante 2016 la frontera vivió otra crisis. Durante ese mes, la Patrulla Fronteriza "
     "atrapó a 7,406 niños que cruzaron solos hacia Estados Unidos.", "2016-12-15", "total", 0,
     {"periods": ["2016-11"]}),
    # An aside in brackets between the months of a run (Border Patrol, February–May 2025:
    # 32,635; the same months of 2024: 524,914).
    ("Between February (President Donald Trump's first full month in office) and the end of "
     "May, Border Patrol agents apprehended 32,646 migrants. During the same period last "
     "year, agents encountered 524,914.", "2025-06-18", "total", 0,
     {"periods": ["2025-02..2025-05"], "verdict": "accurate"}),
    # A percentage in brackets is of the group the brackets follow (Border Patrol, October
    # 2024 – June 2025: family units 51,399 of 218,266, 23.5%) ...
    ("So far in Fiscal Year 2025, agents have apprehended 218,263 migrants. The majority of "
     "those apprehended were single adults (65%), followed by family units (24%) and "
     "unaccompanied children (11%).", "2025-07-15", "share", 2,
     {"filters": {"demographic": ["FMUA"]}, "verdict": "accurate"}),
    # ... not one after a figure, whose group follows ("408 mil (64%) eran de nacionalidad
    # mexicana").
    ("En marzo de 2021 la Patrulla Fronteriza detuvo a 169 mil migrantes en la frontera "
     "suroeste, de los cuales 94 mil (55%) eran de nacionalidad mexicana.", "2021-05-03",
     "share", 0, {"filters": {"citizenship": ["MEX"]}}),
    # People "whom agents apprehended" are counted by agents, not agents counted; "the
    # third-best number on record" is the third lowest (Border Patrol, August 2025: 6,321,
    # after July 2025's 4,596 and June 2025's 6,068); a figure the level is "well below",
    # with its month, is a base (August 2024), not the month ranked.
    ("Border Patrol agents nabbed 6,321 people along the U.S.-Mexico boundary last month, up "
     "from 4,596 in July. Even with that increase, it's still the third-best number on "
     "record, and well below the more than 58,000 people whom agents apprehended in August "
     "2024 under Mr. Biden.", "2025-09-19", "rank_record", 0,
     {"periods": ["2025-08"], "verdict": "accurate"}),
    # Border Patrol's people counted are personnel still.
    ("The government hired 500 more agents in 2019.", "2025-09-19", "total", 0,
     {"verdict": "unverifiable", "says": "staffing"}),
    # "La frontera sur o norte" is both borders: the nationwide count (Nicaraguans, October
    # 2024 – May 2025: 2,858).
    ("Desde octubre de 2024 hasta mayo de este año, apenas 2,859 nicaragüenses fueron "
     "interceptados tratando de ingresar por la frontera sur o norte de EE. UU.",
     "2025-07-20", "total", 0,
     {"measure": "nationwide_encounters", "verdict": "accurate"}),
    # People "coming to the border" are crossings counted (Border Patrol, single adults,
    # April 2020: 14,754) ...
    ("Almost immediately after lockdowns lifted across Mexico and Central America, the number "
     "of single adults coming to the border seeking to enter the United States began rising "
     "rapidly, from a low of 14,754 in April 2020 to 62,041 in December 2020.",
     "2021-04-15", "total", 0, {"periods": ["2020-04"], "verdict": "accurate"}),
    # ... "se removieron" are removals (DHS, FY2017–FY2020: 298,882 a year) ...
    ("Durante la primera administración del presidente Trump (2017-2020) se removieron en "
     "promedio a 300,000 migrantes al año.", "2025-01-22", "rate", 0,
     {"measure": "dhs_removals", "verdict": "accurate"}),
    # ... "desde hace 2 años" is the 24 months to the last, and a share of a group that
    # "ended in" another is of the first (Mexicans' Title 42 expulsions among their
    # encounters, May 2020 – April 2022: 1,153,705 of 1,294,511, 89.1%).
    ("Desde hace 2 años 88.2% de las detenciones de migrantes mexicanos concluyen con su "
     "expulsión inmediata por el Título 42.", "2022-05-02", "share", 0,
     {"periods": ["2020-05..2022-04"], "verdict": "accurate"}),
    ("In March 2021, 90% of encounters with Mexican migrants ended in a Title 42 expulsion.",
     "2022-05-02", "share", 0, {"verdict": "accurate", "says": "56,648 of 62,504"}),
    # A precise figure of the whole fiscal year the months named begin (Nicaraguans,
    # nationwide: FY2024 91,049; October 2023 – June 2024 82,386) is a right figure with the
    # wrong period label: roughly accurate, and so is the fall it is the base of (-96.3%).
    ("Desde octubre de 2024 hasta junio de este año, apenas 2,859 nicaragüenses fueron "
     "interceptados tratando de ingresar por la frontera sur o norte de EE. UU. Ello "
     "representa una reducción superior al 96 % en comparación con los 91,049 arrestos "
     "registrados en el mismo periodo del año fiscal anterior.", "2025-07-20", "change", 0,
     {"verdict": "roughly_accurate", "says": "'91,049': aproximadamente correcta"}),
    # A list of countries that is the subject of a share is its group (Mexico's events of
    # 2022: Honduras, Guatemala and El Salvador 167,642 of 441,409, 38.0%).
    ("El año pasado cerró con 444 mil 439 eventos de migrantes irregulares en el INM. De "
     "todas maneras, Honduras, Guatemala y El Salvador constituyeron 38 por ciento del total "
     "de migrantes.", "2023-02-15", "share", 0,
     {"filters": {"citizenship": ["HND", "GTM", "SLV"]}, "verdict": "accurate"}),
    # A sector's place as the subject of a superlative with what it counts ranks sectors,
    # whatever periods the clause names after (May 2025: El Paso 2,014, Tucson 1,588).
    ("El Paso has once again reported the highest number of migrant encounters in the "
     "United States for May, continuing a four-month streak.", "2025-06-20", "rank_record",
     0, {"filters": {"sector": ["El Paso"]}, "verdict": "accurate"}),
    # Migrants heading back south are counted by no file here (not the Border Patrol's
    # months, not the Darién's northbound transits).
    ("Los flujos de migración irregular hacia el sur en Panamá cayeron un 20% entre agosto y "
     "septiembre de 2025, al pasar de 1.850 a 1480 personas.", "2025-10-15", "change", 0,
     {"verdict": "unverifiable", "says": "hacia el sur"}),
    ("The IOM says reverse migration through Panama fell 20% between August and September "
     "2025, from 1,850 to 1,480 people.", "2025-10-15", "change", 0,
     {"verdict": "unverifiable", "says": "southbound"}),
    # "Compared to one year prior" is the same month a year before (Border Patrol, August
    # 2024 58,009 → August 2025 6,321: -89.1%) ...
    ("Last month, U.S. Customs and Border Protection (CBP) reported only 6,321 U.S. Border "
     "Patrol (USBP) apprehensions between ports of entry at the Southwest border-an 89% "
     "decrease compared to one year prior.", "2025-09-25", "change", 0,
     {"verdict": "accurate", "says": "58,009 in August 2024"}),
    # ... and a month's change by a percentage with no base named is read against the
    # month before and against the same month a year before (all CBP, March 2024 189,359 →
    # March 2025 11,011: -94.2%; February 2025 11,710: -6.0%), the one it fits deciding and
    # the other said ...
    ("In March 2025, CBP reported 11,011 encounters at the southwest border, a 94 percent "
     "drop.", "2025-04-20", "change", 0,
     {"verdict": "accurate", "says": "against the month before, inaccurate"}),
    # ... but not where the month before fits (Border Patrol, March 2020 30,389 → April 2020
    # 16,182: -46.8%), nor said then.
    ("Border Patrol apprehensions at the southwest border fell 47 percent in April 2020.",
     "2020-05-20", "change", 0, {"verdict": "accurate", "says": "30,389 in March 2020"}),
    # A change named as the subject ("the fall … was 81.5 percent") is a change, not a share;
    # the claimed change is said as written (nationwide, January–March 2024 745,106 →
    # 2025 139,105: -81.3%).
    ("The fall in the number of encounters in the first quarter of 2025, compared with the "
     "same period last year, was 81.5 percent.", "2025-04-16", "change", 0,
     {"verdict": "accurate", "says": "against -81.5% claimed"}),
    # A record among single days is not one among months' daily averages ...
    ("En la frontera suroeste hubo 4.601 encuentros en julio. En un solo día de julio se "
     "detectaron 116 cubanos, la cifra diaria más baja desde que existen registros.",
     "2025-08-16", "rank_record", 0, {"verdict": "unverifiable"}),
    # ... which "the lowest daily average" is (Border Patrol, July 2025: 148.3 a day).
    ("Border Patrol averaged 148 apprehensions a day in July 2025, the lowest daily average "
     "on record.", "2025-08-16", "rank_record", 0,
     {"verdict": "accurate", "periods": ["2025-07"]}),
    # "The remaining 20,742" after a sentence naming groups is all but those groups (Border
    # Patrol, July 2024: 56,400 less Mexicans and the Northern Triangle, 20,740).
    ("In July, Border Patrol agents at the Southwest border apprehended 56,408 illegal "
     "entrants. Roughly 63 percent of those apprehensions involved nationals of Mexico and "
     "the Northern Triangle countries of El Salvador, Guatemala, and Honduras. The remaining "
     "20,742 aliens apprehended at the Southwest border came from farther afield.",
     "2024-08-19", "total", 1, {"verdict": "accurate", "says": "all but"}),
    # The first so many days of a month or year are days the monthly files do not split.
    ("Hasta la primera quincena de agosto, 5,388 personas han cruzado la selva del Darién, en "
     "comparación con las 11,363 que lo hicieron en los primeros 16 días de julio.",
     "2024-08-20", "total", 1, {"verdict": "unverifiable", "says": "pocos días"}),
    # A base year the words do not call fiscal or calendar is read as both; the figure
    # decides (Border Patrol, December 2022 – November 2023 2,012,879 against calendar 2020's
    # 508,214: +296.1%; against FY2020's 400,651, +402%).
    ("According to our latest update in late January, apprehensions for the 12 months ending "
     "in November were 296% higher than during Trump's last year in office.", "2024-02-10",
     "comparison", 0, {"verdict": "accurate", "says": "2020 had 508,214"}),
    # Got-aways the figure leaves out are no topic of it (all CBP, March 2024: 6,108 a day).
    ("In March, southwestern border authorities stopped an average of more than 6,300 "
     "migrants per day — and that doesn't include so-called “gotaways” who escaped detection "
     "and arrest.", "2024-04-10", "rate", 0, {"verdict": "roughly_accurate"}),
    ("In fiscal 2023 there were 670,000 gotaways at the southwest border.", "2024-04-10",
     "total", 0, {"verdict": "unverifiable", "says": "got-away"}),
    # People who "eluded border authorities" are got-aways too.
    ("Since January 2021 there have been more than 1.7 million migrants who eluded border "
     "authorities.", "2023-10-15", "total", 0, {"verdict": "unverifiable", "says": "got-away"}),
    # "The 5,951 arrests officers made" counts arrests, not officers (CBP nationwide,
    # Colombians, October–July: FY2021 5,951, FY2022 102,460).
    ("Over the past 10 months, officials have detained 102,473 Colombians nationwide, more "
     "than the 5,951 arrests officers made during the same period last fiscal year.",
     "2022-08-20", "comparison", 0, {"verdict": "accurate", "says": "5,951"}),
    # "Personas de origen colombiano" are Colombians (Border Patrol, May 2023: 17,625);
    # "de los que el 28% es de origen mexicano" cuts the share, not the total before it
    # (all CBP, Southwest border, July 2021: 213,593).
    ("En mayo de 2023 fueron detenidas unas 18,000 personas de origen colombiano en Estados "
     "Unidos.", "2023-06-15", "total", 0,
     {"verdict": "accurate", "filters": {"citizenship": ["COL"]}}),
    ("De acuerdo con la CBP, en el séptimo mes de 2021 se detuvo a 212,672 migrantes, de los "
     "que el 28% es de origen mexicano.", "2021-08-13", "total", 0,
     {"verdict": "accurate", "filters": {}}),
    # An average with no unit is of the span's days, months or years, whichever the figure
    # is nearest (Border Patrol, Southwest border, 2011–2015: 388,826 a year; all CBP,
    # FY2023: 206,306 a month).
    ("In the 5 years of 2011-2015, Border Patrol apprehensions at the southwest border "
     "averaged 390,000.", "2017-01-15", "rate", 0,
     {"verdict": "accurate", "says": "388,826 a year"}),
    ("In fiscal 2023, CBP encounters at the southwest border averaged 206,000.", "2024-05-15",
     "rate", 0, {"verdict": "accurate", "says": "206,306 a month"}),
    # "Esa trocha" is the Darién's path (January–August 2022: 103,378).
    ("En lo que va de este año, 102.000 personas han cruzado por esa trocha.", "2022-09-10",
     "total", 0, {"measure": "darien_transits"}),
    # A time that opens what someone said opens its clause (Darién, January–October 2024
    # 286,210; with November, counted in part, 297,354).
    ("El Servicio Nacional de Migración ha reportado que, desde enero de 2024 hasta el "
     "momento, un total de 291 774 personas han ingresado a través de la selva del Darién.",
     "2024-11-15", "total", 0, {"periods": ["2024-01..2024-11"], "verdict": "accurate"}),
    # "In the first six months of FY2016 they stood at 27,754": "they" are what the sentence
    # before counted, with no comma after the time too (Border Patrol, unaccompanied
    # children, October 2015 – March 2016: 27,690).
    ("In FY2015, UAC apprehensions declined 42% to 39,970. In the first six months of FY2016 "
     "they stood at 27,754.", "2016-05-11", "total", 0,
     {"verdict": "accurate", "filters": {"demographic": ["UAC"]}}),
    # "From outside Mexico and northern Central America": all but Mexico and the Northern
    # Triangle, every country of the phrase (all CBP, Southwest border, FY2022: 1,028,987 of
    # 2,378,944, 43.3%).
    ("Migrants from outside Mexico and northern Central America accounted for around 43 per "
     "cent of encounters at the US-Mexico border during the 2022 fiscal year.", "2022-10-31",
     "share", 0, {"verdict": "accurate",
                  "filters": {"citizenship": ["!MEX", "!GTM", "!HND", "!SLV"]}}),
    # People who "entraron de forma irregular a Panamá" crossed the Darién (Cubans, June
    # 2021: 2,770).
    ("El registro más elevado se dio en junio, cuando 2.676 cubanos entraron de forma "
     "irregular a Panamá.", "2021-09-10", "total", 0,
     {"measure": "darien_transits", "filters": {"citizenship": ["CUB"]}}),
    # "2019, un año que registró el mayor número de detenciones desde 2007": the record is
    # of the year the apposition hangs on, with its window (Border Patrol, Southwest border,
    # calendar 2019: 799,674, the highest of 2008–2019).
    ("Las detenciones fueron un 42% más que en 2019, un año que registró el mayor número de "
     "detenciones desde 2007.", "2021-03-28", "rank_record", 0,
     {"periods": ["2019"], "verdict": "accurate"}),
    # "Versus a year ago" names the base as "compared with a year ago" does (all CBP,
    # Southwest border, May 2025 12,450 against May 2024 170,716: -92.7%).
    ("An 88% drop in border encounters versus a year ago has greatly reduced the pipeline.",
     "2025-06-15", "change", 0, {"periods": ["2025-05"], "verdict": "roughly_accurate"}),
    # A precise figure of the months that open a year that is, exactly, one month more's is
    # a right figure with its label a month off (Darién, Haitians: January–March 2023
    # 23,640; January–April 28,470); a figure only near it is not.
    ("In the first three months of 2023, 28,470 Haitians crossed the Darién.", "2023-05-15",
     "total", 0, {"verdict": "roughly_accurate", "says": "2023-01..2023-04 instead"}),
    ("In the first three months of 2023, 28,100 Haitians crossed the Darién.", "2023-05-15",
     "total", 0, {"verdict": "inaccurate"}),
    # "The annual total", "the monthly figure": the text's figure, as "the total" is (all
    # CBP, Southwest border, FY2022: 2,378,944).
    ("CBP encountered 2,378,944 migrants at the southwest border in fiscal 2022. The annual "
     "total was 2.38 million.", "2022-10-22", "total", 1,
     {"verdict": "accurate", "periods": ["FY2022"]}),
    # A list whose countries stand right before their figures ("de Haití 2.195, de Cuba
    # 1.579") gives each figure its own; one with its country after it ("6.951 provenían de
    # Venezuela") keeps that (Darién, January–April 2022: Haitians 2,214, Venezuelans 7,392).
    ("Entre enero y abril de 2022, de 19.000 personas que cruzaron el Darién, 6.951 "
     "provenían de Venezuela; de Haití 2.195, de Cuba 1.579 y de Senegal 1.355.",
     "2022-07-05", "total", 2, {"filters": {"citizenship": ["HTI"]}}),
    ("Entre enero y abril de 2022, de 19.000 personas que cruzaron el Darién, 6.951 "
     "provenían de Venezuela; de Haití 2.195, de Cuba 1.579 y de Senegal 1.355.",
     "2022-07-05", "total", 1, {"filters": {"citizenship": ["VEN"]}}),
    # "Obama's first term", "his first term", "el primer mandato de Trump": the term named
    # (an eight-year presidency split at four years); "averaged out at" is an average
    # (Border Patrol nationwide, February 2009 – January 2013: 420,495 a year).
    ("During Barack Obama's first term yearly apprehensions averaged out at just 431,000.",
     "2024-01-15", "rate", 0, {"verdict": "roughly_accurate", "says": "420,495 a year"}),
    ("Durante el primer mandato de Trump, la Patrulla Fronteriza detuvo a 1.6 millones de "
     "migrantes en la frontera suroeste.", "2024-01-15", "total", 0,
     {"periods": ["2017-01..2021-01"]}),
    ("During Barack Obama's second term apprehensions averaged 400,000 a year.", "2024-01-15",
     "rate", 0, {"periods": ["2013-01..2017-01"], "says": "422,702 a year"}),
    # Children HHS received are the Office of Refugee Resettlement's count, which no file
    # holds (CBP's encounters of unaccompanied children are another count).
    ("In 2022, the U.S. Department of Health and Human Services received a record 128,904 "
     "unaccompanied minors, up from 122,731 in the prior year.", "2023-03-15", "change", 0,
     {"verdict": "unverifiable", "says": "Refugee Resettlement"}),
    # "Infancias" are children (Mexico's UPM, 2023: 113,542 minors' events).
    ("En 2023 se registraron 113 mil 660 eventos de infancias en situación migratoria "
     "irregular en México.", "2024-03-15", "total", 0, {"verdict": "accurate"}),
    # Twelve months named by their months are a whole year: a precise figure of the year
    # after, of a series the words allow, is a right figure with the wrong year (CBP
    # nationwide, Indians: October 2024 – September 2025 34,146; the year before 90,415).
    ("Between October 2023 and September 2024, US authorities intercepted 34,146 Indians.",
     "2025-10-15", "total", 0,
     {"verdict": "roughly_accurate", "says": "matches 2024-10..2025-09 instead"}),
    # A clause at the US's own southern border ("la frontera sur de los Estados Unidos")
    # counts the US's encounters there, though the sentence's topic is the Darién (CBP,
    # Southwest border, January–June 2024: 1,036,335).
    ("Durante lo corrido de 2024 han sido identificados 234.765 migrantes en tránsito por el "
     "Darién, mientras que en la frontera sur de los Estados Unidos han sido detectados en el "
     "presente año 1.036.329 indocumentados.", "2024-08-09", "total", 1,
     {"measure": "swb_encounters", "verdict": "accurate"}),
    # "Down from the peak annual total of 616,346 in 2000": a base, though words stand
    # between "from" and its figure (Tucson sector, FY2010 212,202; FY2000 616,346).
    ("Last year, 212,202 people were apprehended in the Tucson region — the highest of any "
     "southwest sector — but that was still down from the peak annual total of 616,346 in "
     "2000.", "2011-01-05", "change", 0, {"periods": ["FY2010"]}),
    # "Dropped from a record high of 84,491 in May to 57,389 in June": the record is the
    # base's, May's (family units, Southwest border, May 2019 84,486, the highest month).
    ("Family unit apprehensions dropped from a record high of 84,491 in May to 57,389 in "
     "June.", "2019-07-15", "rank_record", 0, {"periods": ["2019-05"], "verdict": "accurate"}),
    # "Dropped to 26,000 from 26,191": with both levels stated and right, a plain word of
    # direction claims the direction, however small the move (nationwide, August 2025
    # 26,162, September 26,002: -0.6%).
    ("Nationwide, encounters were down in September, and dropped to 26,000 from 26,191 in "
     "August.", "2025-10-20", "change", 0, {"verdict": "accurate"}),
    # "Doce meses después", "twelve months later": a year on from the month named before
    # (Cubans, Southwest border, June 2024 11,316, June 2025 65).
    ("En junio de 2024, la CBP reportó 17.563 detenciones de migrantes cubanos en la "
     "frontera. Doce meses después, esa cifra se ha reducido en más de un 99%.", "2025-07-20",
     "change", 0, {"periods": ["2025-06"], "verdict": "accurate"}),
    # "Desde julio del año pasado, cuando lo hicieron 7749": July of the year before the
    # text's (Cubans, nationwide, July 2023: 7,479, digits swapped); the fiscal year said to
    # be the lowest, ranked among itself alone, is no ranking.
    ("En septiembre llegaron a territorio estadounidense 9315 cubanos, según la CBP. Se trata "
     "de la cantidad más baja en el año fiscal iniciado en octubre de 2023 y concluido en "
     "septiembre, y también el menor número desde julio del año pasado, cuando lo hicieron "
     "7749.", "2024-10-20", "total", 1, {"periods": ["2023-07"]}),
    ("En septiembre llegaron a territorio estadounidense 9315 cubanos, según la CBP. Se trata "
     "de la cantidad más baja en el año fiscal iniciado en octubre de 2023 y concluido en "
     "septiembre, y también el menor número desde julio del año pasado, cuando lo hicieron "
     "7749.", "2024-10-20", "rank_record", 0,
     {"verdict": "unverifiable", "says": "no hay con qué clasificarlo"}),
    # "El Sector del Río Grande" is the Valley's, not Del Rio's; "niños" after "menores no
    # acompañados" in the sentence are those (Rio Grande Valley, October–November 2015:
    # unaccompanied children 6,453, family-unit members 8,528).
    ("La gran mayoría de las detenciones de familias y de menores no acompañados se han "
     "registrado en el Sector del Río Grande de la Patrulla Fronteriza, en el valle sur de "
     "Texas, donde en los últimos dos meses fueron aprehendidos seis mil 465 niños y ocho mil "
     "537 “unidades de familia”.", "2015-12-14", "total", 0,
     {"filters": {"demographic": ["UAC"], "sector": ["Rio Grande Valley"]},
      "verdict": "accurate"}),
    # "During the same period the year prior": the months named, a year before (Yuma sector,
    # October 2006 – July 2007 35,802; a year before 112,912: -68.3%).
    ("According to the U.S. Border Patrol Yuma sector, apprehensions fell: a 68 percent "
     "decrease in apprehensions to 35,800 between Oct. 1, 2006, and July 31 from 112,900 "
     "during the same period the year prior.", "2007-08-06", "change", 0,
     {"periods": ["2006-10..2007-07"], "verdict": "accurate"}),
    # A change "since FY 2008" after a level "in FY 2012", with another year after it: from
    # FY2008 to FY2012; "from their peak in FY 2000": a base (nationwide, FY2012 364,768;
    # FY2008 723,825; FY2000 1,676,438).
    ("Border Patrol apprehensions totaled nearly 365,000 nationwide in FY 2012, representing "
     "a nearly 50 percent decrease since FY 2008 and a 78 percent decrease from their peak in "
     "FY 2000.", "2013-05-07", "change", 0, {"periods": ["FY2012"], "verdict": "accurate"}),
    ("Border Patrol apprehensions totaled nearly 365,000 nationwide in FY 2012, representing "
     "a nearly 50 percent decrease since FY 2008 and a 78 percent decrease from their peak in "
     "FY 2000.", "2013-05-07", "change", 1, {"periods": ["FY2012"], "verdict": "accurate"}),
    # "From 2007 to 2008, from 75,169 to 30,126": the levels are the two years' in turn,
    # calendar or fiscal as their figures say (El Paso sector, FY2007 75,464, FY2008 30,312;
    # calendar 2007 68,262).
    ("Working as a Border Patrol agent in El Paso must be getting downright boring. The "
     "sector saw a 60 percent drop in total apprehensions from 2007 to 2008, from 75,169 to "
     "30,126.", "2009-03-04", "change", 0, {"periods": ["FY2008"]}),
    # "Impidieron que 66 mil 337 personas ingresaran", "stopped … from entering": the border
    # authorities' apprehensions (Border Patrol, Southwest, September 2020 54,771, October
    # 69,032, up).
    ("Las autoridades fronterizas en Estados Unidos impidieron que 66 mil 337 personas "
     "ingresaran ilegalmente al país desde México en octubre, el sexto incremento mensual "
     "consecutivo.", "2020-11-15", "change", 0, {"measure": "usbp_swb_encounters"}),
    # The whole after a share ("más del 40% de las 335 mil aprehensiones realizadas en toda la
    # frontera") keeps only the groups its own words name, not the part's sector (Border
    # Patrol, Southwest, FY2015 331,333; Rio Grande Valley 147,257, 44.4%).
    ("El sector de la Patrulla Fronteriza ubicado en el Valle del Río Grande fue el más "
     "activo durante 2015, pues en esta zona fueron detenidos cerca de 150 mil "
     "indocumentados, cifra que representa más del 40% de las 335 mil aprehensiones "
     "realizadas en toda la frontera con México.", "2016-03-01", "share", 0,
     {"verdict": "roughly_accurate"}),
    # A change with no time of its own after a sentence on a year just ended is that year's,
    # against the year before; "people from other countries" after "Mexicans" are all but
    # them (Border Patrol nationwide, FY2012 → FY2013, other than Mexicans: 98,978 →
    # 153,029, +54.6%); "el año fiscal concluido en septiembre" is the last one ended.
    ("Border Patrol made 420,789 apprehensions in fiscal year 2013, up 16% from the year "
     "before. Apprehensions of Mexicans were virtually unchanged, while arrests of people "
     "from other countries rose 55%.", "2014-01-15", "change", 1,
     {"periods": ["FY2013"], "filters": {"citizenship": ["!MEX"]}, "verdict": "accurate"}),
    ("La Patrulla Fronteriza realizó 420.789 aprehensiones en el año fiscal concluido en "
     "septiembre. Mientras que las detenciones de mexicanos en la frontera siguieron "
     "virtualmente sin cambios, los arrestos de inmigrantes de otros países, incluyendo "
     "Guatemala, El Salvador y Honduras subieron 55%.", "2014-01-15", "change", 0,
     {"periods": ["FY2013"], "filters": {"citizenship": ["!MEX"]}, "verdict": "accurate"}),
    # "Fiscal year 2013-2014" is FY2014 (FY2013 414,397, FY2014 479,371: +15.7%, not the
    # 11.5% claimed, though within five points).
    ("Throughout the U.S.-Mexico border, a total of 479,371 undocumented immigrants were "
     "apprehended in fiscal year 2013-2014. It also represents an 11.5 percent increase over "
     "the 414,397 apprehensions in fiscal year 2012-2013.", "2014-12-26", "change", 0,
     {"periods": ["FY2014"]}),
    # "Attempting to come in from Canada": the border, not Canadians (Border Patrol, FY2010:
    # Southwest 447,731 of 463,382 nationwide, 96.6%).
    ("Some 463,000 people were arrested by the Border Patrol during the federal government’s "
     "fiscal year, which ended Sept. 30. The agency said about 97 percent of undocumented "
     "immigrants were arrested along the southern border, with nearly all the rest being "
     "detained attempting to come in from Canada.", "2010-10-19", "share", 0,
     {"verdict": "accurate"}),
    # "The lowest since June 2023", of a January beside "January totals": a window shorter
    # than a year holds one January, so the record is among all its months (Border Patrol,
    # Southwest, July 2023 – January 2024: January's 124,215 the lowest of seven).
    ("The Border Patrol's January total, about 124,000, was the lowest since June 2023. Even "
     "so, it was one of the five highest January totals on record.", "2024-02-20",
     "rank_record", 0, {"verdict": "accurate", "says": "1 of 7 months"}),
    # A base written with its words of thousands and millions ("frente a los 2 millones 135
    # mil 005 del año fiscal 2024"): the change runs from that year to the year named before
    # (Southwest, FY2024 2,135,005, FY2025 443,671: -79.2%).
    ("De acuerdo con la CBP, durante el año fiscal 2025 se registraron 443 mil 671 "
     "“encuentros” en la frontera suroeste, una reducción drástica frente a los 2 millones 135 "
     "mil 005 del año fiscal 2024.", "2025-12-15", "change", 0,
     {"periods": ["FY2025"], "verdict": "accurate"}),
    # A figure of a list read against the year the text is about is exactly the count of
    # the month its own clause names (Southwest, April 2021 178,795; May 180,597).
    ("Después de marzo de 2021 el número de detenidos en la frontera sur de Estados Unidos "
     "no bajó de cien mil. Por ejemplo, en marzo en 2021 se detuvo a 173 mil 277 personas; "
     "en abril 178 mil 795; en mayo 180 mil 597.", "2022-04-07", "total", 2,
     {"periods": ["2021-05"], "verdict": "accurate"}),
    # A record in apposition to a level ranks that level's group: Cubans in the Darién,
    # July 2022 574, second to April's 634 in 2022.
    ("En julio, la cantidad de cruces de cubanos registrados en el Darién ascendió a 574, "
     "el número más alto en lo que va de año.", "2022-08-15", "rank_record", 0,
     {"filters": {"citizenship": ["CUB"]}, "verdict": "inaccurate"}),
    # "Just yesterday alone", "days with more than 10,000": a day's count, not held.
    ("Two million migrants crossed the border each of the last two years. Just yesterday "
     "alone, there were nearly 11,000 migrant encounters.", "2023-09-27", "total", 1,
     {"verdict": "unverifiable"}),
    ("We have now seen days with more than 10,000 migrants encountered.", "2024-02-08",
     "total", 0, {"verdict": "unverifiable"}),
    # A month's fiscal year in brackets is no period of its own, and against the same month
    # of an earlier year, said before the latest month's release, the month before is read
    # (nationwide, December 2021 205,691, December 2023 370,883: +80.3%).
    ("Nationwide encounters increased 80 percent compared to December 2021 (Fiscal Year "
     "2022).", "2024-02-08", "change", 0, {"periods": ["2023-12"], "verdict": "accurate"}),
    # "The same month just one year ago" (unaccompanied children, Southwest, May 2020 1,008,
    # May 2021 14,052: 13.9 times).
    ("CBP encountered more than 14,000 unaccompanied children at the southwest border in "
     "May 2021 alone, approximately 14 times the number encountered in the same month just "
     "one year ago.", "2021-06-10", "comparison", 0, {"verdict": "accurate"}),
    # "At any point during the last decade": a record among ten years' Januaries (Border
    # Patrol, Southwest, January 2021 75,316, the highest January since 2012 in the store).
    ("Nearly 78,000 people were arrested at the U.S.-Mexico border in January 2021. That "
     "was the highest number recorded for the month of January at any point during the last "
     "decade.", "2021-03-01", "rank_record", 0, {"verdict": "accurate"}),
    # "From the fiscal year 2016 to this year": this fiscal year too (Border Patrol,
    # Southwest, FY2016 408,870, FY2017 303,916: -25.7%).
    ("Overall, there was 25 percent drop in people crossing illegally from the fiscal year "
     "2016 to this year.", "2017-10-15", "change", 0,
     {"periods": ["FY2017"], "verdict": "accurate"}),
    # A sector's city with no port, city or people words is the sector ("encounters in
    # Tucson"), and "up over 19 percent" is a change (Tucson, October–March: FY2022 122,625,
    # FY2023 146,199, +19.2%); "Yuma, Arizona" is the sector, not the state (October 2021 –
    # May 2022: 213,551).
    ("Migrant encounters in Tucson have already shot up over 19 percent in the first six "
     "months of fiscal year 2023 compared to the first six months of fiscal year 2022.",
     "2023-05-15", "change", 0, {"filters": {"sector": ["Tucson"]}, "verdict": "accurate"}),
    ("De acuerdo con cifras de la CBP, en este año fiscal (de octubre de 2021 a mayo de "
     "2022), 211 mil 802 personas han sido aseguradas en Yuma, Arizona.", "2022-06-20",
     "total", 0, {"filters": {"sector": ["Yuma"]}, "verdict": "roughly_accurate"}),
    # Days across two months, a holiday weekend, "more on Tuesday": counts of days.
    ("They thanked the agents for their work during the influx between April 16 and May 11, "
     "2023, where approximately 45,000 migrants were encountered.", "2023-09-07", "total", 0,
     {"verdict": "unverifiable"}),
    ("With approximately 4,000 apprehended over the Martin Luther King holiday weekend and "
     "nearly 1,000 more on Tuesday, the Del Rio Sector is leading the Rio Grande Valley "
     "Sector for January apprehensions.", "2022-02-01",
     "total", 1, {"verdict": "unverifiable"}),
    # "Since its inception in March 2020", "desde que comenzó a usarse en marzo de 2020": to
    # the last month ended (Title 42, Southwest, March 2020 – March 2022: 1,820,125).
    ("Since its inception in March 2020, the Title 42 authority has allowed U.S. authorities "
     "along the Mexican border to expel migrants over 1.8 million times.", "2022-04-27",
     "total", 0, {"periods": ["2020-03..2022-03"], "verdict": "accurate"}),
    ("Desde que comenzó a usarse en marzo de 2020, se ha aplicado el Título 42 más de 1.7 "
     "millones de veces para expulsar a los migrantes.", "2022-04-25", "total", 0,
     {"periods": ["2020-03..2022-03"], "verdict": "accurate"}),
    # Arrests "en la frontera entre Estados Unidos y México" are the US's, whatever the
    # sentence says of expulsions (Southwest, October 2022: 231,529).
    ("Solo en octubre hubo 230,000 arrestos en la frontera entre Estados Unidos y México, con "
     "más de 78,400 expulsiones del territorio estadounidense.", "2022-11-15", "total", 0,
     {"measure": "swb_encounters", "verdict": "accurate"}),
    # ICE's own arrests are the interior's, which no file holds.
    ("Según cifras de ICE, en el año fiscal 2021 se arrestaron a 74,082 inmigrantes.",
     "2022-06-15", "total", 0, {"verdict": "unverifiable", "says": "ICE"}),
    # "Since then", after "since its launch in March 2021": from March 2021 (Border Patrol,
    # Southwest, March 2021 – June 2024: 6,891,435). (It guards the interaction with the
    # rule for "since its inception", which first read the sentence before as a span.)
    ("The state has spent roughly $11 billion on the effort since its launch in March 2021. "
     "McCraw said that of about 7 million apprehensions at the southern border since then, "
     "state officers made roughly 520,000 arrests.", "2024-07-25", "total", 0,
     {"periods": ["2021-03..2024-06"], "verdict": "accurate"}),
    # "Since Biden's first full month in office": February 2021 to the last month ended
    # (nationwide, February 2021 – August 2024: 10,313,042).
    ("Since Biden's first full month in office, CBP has recorded more than 10.3 million "
     "encounters nationwide.", "2024-09-18", "total", 0,
     {"periods": ["2021-02..2024-08"], "verdict": "accurate"}),
    # People released into the country are the book-outs' releases, not the encounters:
    # Border Patrol's (August 2023: 101,650, OHSS rounded to 10; March 2023: 25,920), or
    # with the ports' paroles where no component is named (December 2021: 51,780 + 1,310).
    ("In August 2023, Border Patrol released 100,585 aliens under § 1226(a).", "2023-10-11",
     "total", 0, {"measure": "swb_book_outs", "verdict": "roughly_accurate"}),
    ("En marzo de 2023 la Patrulla Fronteriza liberó a 25,920 migrantes dentro de Estados "
     "Unidos.", "2023-05-10", "total", 0,
     {"measure": "swb_book_outs", "filters": {"component": ["USBP"],
                                              "outcome": ["USBP releases"]},
      "verdict": "accurate"}),
    ("About 402,000 migrants were released in the U.S. in 2021 pending asylum hearings.",
     "2022-02-07", "total", 0, {"measure": "swb_book_outs", "verdict": "roughly_accurate"}),
    ("Most shockingly, the agency released more than 55,000 migrants into the United States "
     "in December 2021.", "2022-01-21", "total", 0,
     {"filters": {"outcome": ["USBP releases", "OFO paroles"]},
      "verdict": "roughly_accurate"}),
    # "Los menores que más migraron" are minors, not a comparison ("menores que"); children
    # "que arriban a EU sin compañía" are unaccompanied (Southwest, all CBP, UAC, Mexico,
    # FY2024: 32,843).
    ("Al analizar los casos de niñas, niños y adolescentes que arriban a EU sin compañía por "
     "su lugar de origen, los menores que más migraron durante el año fiscal 2024 son "
     "mexicanos, con 32 mil 843.", "2024-12-01", "total", 0,
     {"filters": {"demographic": ["UAC"], "citizenship": ["MEX"]}, "verdict": "accurate"}),
    # Expulsions under Title 42 with no period are the policy's so far (Southwest, March
    # 2020 – February 2023: 2,700,349); "removed … under Title 42" are expulsions, not DHS
    # removals (March–October 2020: 269,681); a bound is never read so.
    ("Estados Unidos suma 2.7 millones de migrantes expulsados mediante el Título 42.",
     "2023-03-15", "total", 0, {"periods": ["2020-03..2023-02"], "verdict": "accurate"}),
    ("Since March, the Trump administration has removed around 197,000 migrants under Title "
     "42, according to US Customs and Border Protection data.", "2020-11-18", "total", 0,
     {"filters": {"authority": ["Title 42"]}}),
    # ... and those "through February" may be the policy's to that month (Southwest, March
    # 2020 – February 2022: 1,708,044), a reading beside the month's and the year's.
    ("Through February, 1.7 million expulsions had been carried out under this policy.",
     "2022-04-01", "total", 0, {"periods": ["2020-03..2022-02"], "verdict": "accurate"}),
    # A port's field office ("Oficina de Campo de El Paso") is counted by the ports' and
    # CBP's series, not the Border Patrol sector of that name; its multiple across the
    # Title 42 era is no misframing (El Paso Field Office, January–October: 2022 15,071,
    # 2023 54,685, +262.8%).
    ("De enero a octubre de 2023 CBP recibió en su Oficina de Campo de El Paso a 54 mil 690 "
     "personas, 262 por ciento más que las 15 mil 85 procesadas en el mismo período de 2022, "
     "cuando los migrantes eran recibidos a través de una excepción humanitaria a la política "
     "sanitaria del Título 42.", "2023-11-28", "comparison", 0,
     {"filters": {"sector": ["El Paso Field Office"]}, "verdict": "accurate"}),
    # Parole in Spanish words, and lawful arrivals: no file holds them.
    ("Desde el 5 de enero, 109,000 cubanos llegaron legalmente y obtuvieron la libertad "
     "condicional, según CBP.", "2024-08-15", "total", 0, {"verdict": "unverifiable"}),
    # ... and the publisher's "released data" is no release of people.
    ("CBP released data on Friday showing 250,000 encounters in December.", "2023-01-20",
     "total", 0, {"measure": "swb_encounters", "verdict": "accurate"}),
    # Children counted by a US series that counts none but unaccompanied ones and family
    # units: the unaccompanied children where the figure fits them (Southwest, all CBP,
    # January 2021 5,820 to February 9,402: +61.5%) ...
    ("The number of children and teens coming to the United States Southern border shot up "
     "by more than 60 percent in February compared to the previous month.", "2021-03-19",
     "change", 0, {"filters": {"demographic": ["UAC"]}, "verdict": "accurate"}),
    # ... and "adults and children" in a text on families are the family units' members
    # (Border Patrol, May 2019: 84,486).
    ("The Border Patrol says a new record was set in May for the number of migrant families "
     "apprehended at the U.S.-Mexico border. It set a record with 84,542 adults and children "
     "apprehended.", "2019-06-05", "total", 0,
     {"filters": {"demographic": ["FMUA"]}, "verdict": "accurate"}),
    # Unaccompanied children in other words: "who migrate … on their own", "unaccompanied
    # and separated", "sin acompañamiento de un adulto" (Border Patrol, FY2016: 59,690).
    ("The number of children under 18 who migrate to the United States on their own rose to "
     "152,057 apprehensions in Fiscal Year 2022.", "2023-06-07", "change", 0,
     {"filters": {"demographic": ["UAC"]}}),
    ("100,000 unaccompanied and separated children were apprehended at the Mexico-U.S. border "
     "in fiscal year 2016.", "2017-03-01", "total", 0,
     {"filters": {"demographic": ["UAC"]}, "verdict": "inaccurate"}),
    ("En 2016, casi 60 mil niños sin acompañamiento de un adulto fueron aprehendidos en la "
     "frontera de Estados Unidos.", "2017-03-01", "total", 0,
     {"filters": {"demographic": ["UAC"]}, "verdict": "accurate"}),
    # A demonym that is its own plural, with no noun after it, is the people counted
    # (Border Patrol, Southwest, Senegal, July–November 2023: 18,020).
    ("U.S. authorities arrested Senegalese more than 20,000 times for crossing the border "
     "illegally from Mexico from July to November.", "2024-03-01", "total", 0,
     {"filters": {"citizenship": ["SEN"]}, "verdict": "inaccurate"}),
    # Encounters in other Spanish words: "se toparon con", "registrados por las autoridades
    # fronterizas" (Southwest, October–December 2022: Russia 17,295; nationwide, Cuba, July
    # 2023: 7,479).
    ("Entre octubre y diciembre de 2022, por ejemplo, las autoridades se toparon con 1 915 "
     "individuos chinos y 17 298 rusos.", "2024-02-21", "total", 1,
     {"measure": "swb_encounters", "verdict": "accurate"}),
    ("En julio, casi 8,000 cubanos fueron registrados por las autoridades fronterizas de "
     "Estados Unidos.", "2023-08-20", "total", 0, {"verdict": "accurate"}),
    # One figure for two years named together is theirs together where it fits them and
    # not each (Border Patrol, UAC, FY2015 39,970 + FY2016 59,692 = 99,662, OHSS rounded);
    # "each" keeps it each year's.
    ("100,000 unaccompanied children were apprehended at the Mexico-U.S. border in 2015 and "
     "2016.", "2017-03-01", "total", 0,
     {"periods": ["FY2015", "FY2016"], "verdict": "accurate"}),
    ("Border Patrol apprehended about 330,000 migrants in fiscal years 2015 and 2016 each.",
     "2017-03-01", "total", 0, {"verdict": "inaccurate"}),
    # ... and its figure is judged as a count to that day (Ecuadorians through the Darién,
    # 2023: 43,536 to August, 48,280 with September).
    ("Solo entre enero y septiembre, 45.862 ecuatorianos cruzaron el Darién.", "2023-09-15",
     "total", 0, {"periods": ["2023-01..2023-09"], "verdict": "accurate"}),
    # A count "hasta agosto de 2024" is of the year to August; its change "en comparación
    # con el mismo periodo de 2018" is against January–August 2018 (Mexico, minors: 17,647
    # to 108,444, +514.5%).
    ("Según datos de la Unidad de Política Migratoria, hasta agosto de 2024 se registraron "
     "108,444 menores de 18 años, un incremento del 514% en comparación con el mismo periodo "
     "de 2018.", "2025-01-07", "change", 0,
     {"periods": ["2024-01..2024-08"], "verdict": "accurate"}),
    # Two years in a row with a dash, "in 2019-20", are most often the fiscal year ending in
    # the second (India, nationwide, FY2020: 19,883).
    ("In 2019-20, 19,883 Indians were apprehended.", "2023-11-03", "total", 0,
     {"periods": ["FY2020"], "verdict": "accurate"}),
    # A region's people: the countries of it a series breaks out (Mexico, African states,
    # January–October 2023: 43,793).
    ("De enero a octubre del 2023 se registraron en México 43 mil 972 migrantes africanos "
     "detenidos.", "2023-12-10", "total", 0, {"verdict": "accurate"}),
    # A change in a sentence that opens on the one before ("Eso representó") relates that
    # sentence's levels (Russia, Southwest, FY2022 21,763 to FY2023 43,210: +98.5%); the
    # demonym of "los estados fronterizos mexicanos" is a place's, not the people's.
    ("Durante el año fiscal 2022, los agentes de migración detuvieron a 21 mil 763 ciudadanos "
     "rusos en las garitas de los estados fronterizos mexicanos, un número muy alto pero que "
     "palidece frente a lo sucedido en 2023, cuando detuvieron a 43 mil 210 que ahora "
     "intentan obtener asilo. Eso representó un aumento del 98.5 por ciento.", "2024-04-04",
     "change", 0, {"filters": {"citizenship": ["RUS"]}, "periods": ["FY2023"],
                   "verdict": "accurate"}),
    # A change "from December" with no period, said in late January: January against
    # December (Yuma: 30,974 to 11,537, -62.8%), not December against November.
    ("Apprehensions in the Yuma sector show a 60 percent decrease from December.",
     "2023-01-24", "change", 0, {"periods": ["2023-01"], "verdict": "roughly_accurate"}),
    # "Más de 1 millón de veces … en el año fiscal 2022": how many events, and the year
    # after them is theirs, not a multiple's base (Title 42, Southwest, FY2022: 1,079,507).
    ("Los inmigrantes fueron expulsados más de 1 millón de veces bajo el Título 42 en el año "
     "fiscal 2022.", "2022-12-30", "total", 0, {"periods": ["FY2022"], "verdict": "accurate"}),
    # A count whose statistic the words do not name ("el paso de más de 130.000 personas")
    # still sets the period of the figures after it; "80.000 de origen haitiano" are
    # Haitians (Darién, Haitians, January–November 2021: 82,201).
    ("Ortega dijo que este año se registró el paso de más de 130.000 personas con destino a "
     "Norteamérica. \"Son cifras exorbitantes: más de 80.000 de origen haitiano cruzaron la "
     "selva del Darién\", declaró.", "2021-12-15", "total", 1,
     {"filters": {"citizenship": ["HTI"]}, "periods": ["2021-01..2021-11"],
      "verdict": "accurate"}),
    # A precise figure with no period tells its own when it matches the fiscal year so far
    # (Border Patrol, Southwest, Guatemalan family members, October 2018 – January 2019:
    # 50,650) ...
    ("La Patrulla Fronteriza ha capturado a 50,593 familias guatemaltecas.", "2019-02-15",
     "total", 0, {"periods": ["2018-10..2019-01"], "verdict": "accurate"}),
    # ... and a figure after it with none, close but not exact, is of that period (Honduran
    # family members, the same months: 36,025, -0.3%).
    ("Guatemala con 50,593 capturas de familias ocupa el primer lugar en las aprehensiones "
     "de la Patrulla Fronteriza. Honduras sumó 36,150 familias.", "2019-02-15", "total", 1,
     {"periods": ["2018-10..2019-01"], "verdict": "accurate"}),
    # How people were released, which the book-outs do not say, is not held.
    ("Between March 2021 and August 2022, Border Patrol released 95,000 migrants under "
     "prosecutorial discretion.", "2023-09-15", "total", 0, {"verdict": "unverifiable"}),
    # A change stated with both levels "over the past year": that year against the one
    # before, not the base's figure (El Paso sector, December 2010 – November 2011: 10,262;
    # the twelve months before: 11,742; -12.6% against the levels' -16.3%).
    ("Across the El Paso sector, apprehensions declined to about 10,300 from roughly 12,300 "
     "over the past year, according to Border Patrol numbers.", "2011-12-15", "change", 0,
     {"periods": ["2010-12..2011-11"], "verdict": "roughly_accurate",
      "says": "went from 11,742 in 2009-12..2010-11 to 10,262 in 2010-12..2011-11"}),
    # A month's change against a year named alone is against that month of the year, not
    # the year's average month (El Paso sector, family members: January 2018 409, January
    # 2019 6,837: +1,571.6%).
    ("In January, family apprehensions in El Paso rose nearly 1,600% compared with 2018.",
     "2019-03-10", "change", 0, {"verdict": "accurate",
                                 "says": "went from 409 in January 2018 to 6,837 in January"}),
    # People "puestos bajo custodia" were apprehended (Southwest, all CBP, June 2023:
    # 144,556) ...
    ("En total, 144 mil 607 migrantes fueron puestos bajo custodia de las autoridades de "
     "migración en junio en la frontera sur.", "2023-07-19", "total", 0,
     {"measure": "swb_encounters", "periods": ["2023-06"], "verdict": "accurate"}),
    # ... and "la frontera con Estados Unidos" is the US southwest border, whose series
    # count the people there (March 2023: 193,249).
    ("En marzo de 2023, unos 193 mil migrantes fueron sorprendidos en la frontera con "
     "Estados Unidos.", "2023-05-01", "total", 0,
     {"measure": "swb_encounters", "periods": ["2023-03"], "verdict": "accurate"}),
    # A count of "cases" in a text counting encounters is of encounters (Colombians,
    # nationwide, FY2021: 10,495).
    ("Between October 2021 and September 2022, 2,776,582 encounters with migrants were "
     "recorded at the country's borders. Colombia, which had the highest increase, went from "
     "having 10,495 cases in fiscal year 2021 to 130,971 in 2022.", "2022-10-25", "total", 1,
     {"filters": {"citizenship": ["COL"]}, "periods": ["FY2021"], "verdict": "accurate"}),
    # "La entrada de venezolanos a Estados Unidos" counts crossings: the border's
    # encounters (Venezuelans, fiscal 2021: 48,678 at the Southwest border; 50,499 is the
    # nationwide count, which the report says).
    ("En 2021, la entrada de venezolanos a Estados Unidos sumó 50,499 personas.",
     "2022-01-15", "total", 0, {"filters": {"citizenship": ["VEN"]}, "periods": ["FY2021"],
                                "says": "nacional"}),
    # "November's totals", after an average and a total, point back to the total; a figure
    # of its own period ("since June 2014, when 57,862 migrants were apprehended") is no
    # average (Border Patrol, Southwest, June 2014: 57,862).
    ("Last month, Border Patrol apprehended a daily average of nearly 1,574 border crossers "
     "— or a total of 47,214 — attempting to enter the country illegally. November's totals "
     "were the highest seen at the U.S.-Mexico border since June 2014, when 57,862 migrants "
     "were apprehended illegally crossing into the U.S.", "2016-12-15", "total", 1,
     {"periods": ["2014-06"], "verdict": "accurate"}),
    # "Cada día" after a figure is its unit, not the next figure's; "y ya van" opens a
    # count of what has piled up, over "el actual año fiscal" (Cubans, nationwide: August
    # 2022 20,029, 646 a day; October 2021 – August 2022 197,865).
    ("En el mes de agosto llegaron a EEUU 20.031 cubanos, un promedio de 646 cada día, y ya "
     "van 197.870 durante el actual año fiscal estadounidense que comenzó el 1 de octubre de "
     "2021.", "2022-09-15", "total", 1,
     {"periods": ["2021-10..2022-08"], "verdict": "accurate"}),
    # In a list where some names stand before "con" and a figure and others after it, each
    # figure takes the one beside it (Darién, January–May 2024: Venezuelans 109,895,
    # Ecuadorians 12,128).
    ("Como en los últimos años, los migrantes venezolanos encabezaron los cruces por Darién "
     "de enero a mayo de 2024 con 109,895, seguido por los ecuatorianos con 12,128, 10,963 de "
     "Colombia, 10,171 de China, y 9,872 de Haití.", "2024-06-20", "total", 1,
     {"filters": {"citizenship": ["ECU"]}, "verdict": "accurate"}),
    # "La frontera colombo-panameña" is the Darién's (Haitians, August 2021: 17,279).
    ("Solo en agosto los viajeros haitianos que atravesaron la frontera colombo-panameña "
     "ascendieron a 17,279.", "2021-09-26", "total", 0,
     {"measure": "darien_transits", "filters": {"citizenship": ["HTI"]},
      "verdict": "accurate"}),
    # "Mostly Venezuelans, but also Haitians, Cubans, even Asians and Africans" says who
    # the people were, not whom the figure counts (Darién, January–June 2024: 201,063).
    ("L'Osservatore Romano reported that since the beginning of the year, 175,000 "
     "migrants—\"mostly Venezuelans, but also Haitians, Cubans, even Asians and "
     "Africans\"—have crossed the Colombia-Panama border.", "2024-07-09", "total", 0,
     {"measure": "darien_transits", "filters": {}, "verdict": "inaccurate"}),
    # Colombia's own count of those who crossed it towards Panama is not Panama's Darién
    # count, and no file holds it.
    ("Agosto fue el mes en el que más personas llegaron a Colombia por Ecuador y lo "
     "cruzaron hasta Panamá, con 27.899.", "2022-01-15", "total", 0,
     {"verdict": "unverifiable", "says": "Migración Colombia"}),
    # People "apprehended, or deemed inadmissible" are all CBP's, not the ports' alone; and
    # "the peak in May", with no "record" or "ever", is the surge's own peak, not misleading
    # for Border Patrol's older, higher months (Southwest, all CBP: May 2019 144,116, August
    # 2019 62,707, -56.5%).
    ("During the month of August, CBP apprehended, or deemed inadmissible, a total of 64,000 "
     "individuals. The August numbers reflect a 56 percent reduction from the peak in May, "
     "which you recall was over 144,000 individuals.", "2019-09-10", "total", 0,
     {"measure": "swb_encounters", "periods": ["2019-08"], "verdict": "roughly_accurate"}),
    ("During the month of August, CBP apprehended, or deemed inadmissible, a total of 64,000 "
     "individuals. The August numbers reflect a 56 percent reduction from the peak in May, "
     "which you recall was over 144,000 individuals.", "2019-09-10", "rank_record", 0,
     {"measure": "swb_encounters", "periods": ["2019-05"], "verdict": "accurate"}),
    # "In the history of the Department of Homeland Security": since March 2003, a window
    # Border Patrol's longer series covers (Februaries 2004–2022: February 2022 the highest,
    # 159,170), not the all-CBP series begun in 2018 with Border Patrol's older months above.
    ("In February 2022, CBP encountered 166,010 migrants at the southwest border. It is the "
     "highest total for February in the history of the Department of Homeland Security.",
     "2022-03-15", "rank_record", 0, {"verdict": "accurate"}),
    # A forecast that missed is wrong, not misread, though another figure of its sentence
    # held (Darién: 2022 248,284; January–July 2023 251,758, not 400,000) ...
    ("Panamá rebasará la cifra del año 2022, en la que ingresaron un total de 248 mil "
     "migrantes irregulares por la selva de Darién y para finales de julio de 2023, las "
     "autoridades panameñas prevén que la cifra pueda sobrepasar al año anterior logrando "
     "alcanzar la cifra de 400 mil personas.", "2023-07-05", "total", 1,
     {"periods": ["2023-01..2023-07"], "verdict": "inaccurate"}),
    # ... and "the full-year number" beside a count so far is the whole year's (Darién,
    # 2023: 520,085).
    ("Panama estimates that 420,700 migrants have crossed the Darien Gap from Colombia to "
     "Panama so far this year, making it likely the full-year number will top a half "
     "million.", "2023-10-11", "total", 1, {"periods": ["2023"], "verdict": "accurate"}),
    # The flow "por territorio panameño" is the Darién's, whose counts begin in 2010: a
    # change from 2009 is unverifiable.
    ("El flujo irregular de extranjeros por territorio panameño ha aumentado "
     "significativamente, pasando de 10 mil personas en 2009 a 520 mil en 2023.",
     "2024-02-15", "change", 0, {"measure": "darien_transits", "verdict": "unverifiable"}),
    # What has piled up, after a sentence on a month, may be the year so far to it
    # (Mexico, January–November 2023: 684,091; November alone 97,204) ...
    ("En noviembre de 2023 fueron presentados 97,204 extranjeros ante el INM. Con esto, se "
     "ha presentado a más de 680 mil extranjeros.", "2023-12-20", "total", 1,
     {"periods": ["2023-01..2023-11"], "verdict": "accurate"}),
    # ... and a state's count to date is not set against the month's national figure
    # (Mexico, November 2023: 97,204).
    ("Después de que en septiembre de 2023 el número de migrantes asegurados en Tabasco "
     "llegó a 40 mil 376, para octubre fueron asegurados 38 mil 192 migrantes; y al cierre "
     "del mes de noviembre la cifra de extranjeros irregulares que vieron terminado su "
     "trayecto en la entidad llegó a 46 mil 804 personas. Con esto, en Tabasco se ha "
     "detenido a 236 mil 808 extranjeros.", "2023-12-20", "total", 3,
     {"verdict": "unverifiable"}),
    # "Cut by", "reduced by" with a size after them: a change (Border Patrol, Southwest,
    # May 2019 132,856, August 2019 50,684: -61.9%) ...
    ("Border Patrol apprehensions at the southwest border were cut by 62 percent from May "
     "to August 2019.", "2019-10-01", "change", 0,
     {"periods": ["2019-08"], "verdict": "accurate"}),
    # ... and a fall with no period may run from the highest month of the two years before
    # (all CBP, Southwest: May 2019 144,116; January 2020 36,585: -74.6%); "the border with
    # the United States" is the US's own, whoever speaks.
    ("Crossings on the border with the United States have been reduced by 74.5 percent, the "
     "number of detentions by the National Migration Institute has also decreased "
     "substantially.", "2020-02-14", "change", 0,
     {"measure": "swb_encounters", "verdict": "accurate",
      "says": "May 2019 (the highest month of 2018-01..2019-12)"}),
    # "Detentions by the National Migration Institute" are Mexico's (May 2019 22,949,
    # August 2019 15,421: -32.8%).
    ("Detentions by the National Migration Institute fell 33 percent between May and August "
     "2019.", "2019-10-01", "change", 0,
     {"measure": "mx_irregular_migrants", "verdict": "accurate"}),
    # The peak of a presidency still under way, as a base: its highest month before the
    # one the change ends in (all CBP, Southwest: December 2023 301,981; July 2024 104,100:
    # -65.5%).
    ("Border encounters in July were down 65 percent from the peak of the Biden "
     "administration.", "2024-08-14", "change", 0,
     {"periods": ["2024-07"], "verdict": "accurate",
      "says": "December 2023 (the highest month of 2021-01..2024-06)"}),
    # Counts no file holds: a state's own enforcement, arrivals in a city, the Coast
    # Guard's landings, returns as Honduras counts them, releases without a court date.
    ("With the help of Missouri and other states across the country, Operation Lone Star "
     "has apprehended over 513,100 illegal immigrants.", "2024-06-14", "total", 0,
     {"measure": None, "verdict": "unverifiable"}),
    ("Eric Adams, alcalde de la ciudad de Nueva York, declaró el estado de emergencia tras "
     "la llegada de más de 18,500 migrantes que han sido enviados por los gobernadores de "
     "Texas y Arizona en los últimos meses.", "2022-10-10", "total", 0,
     {"measure": None, "verdict": "unverifiable"}),
    ("De acuerdo con la Guardia Costera, entre el 1 de octubre del 2022 y el 16 de enero de "
     "este año, 4,962 cubanos han llegado a Florida.", "2023-01-20", "total", 0,
     {"measure": None, "verdict": "unverifiable"}),
    ("La deportación desde Estados Unidos a Honduras pasó de 23,315 en los primeros seis "
     "meses de 2022 a 16,928 en 2023, con un 27.4% de disminución.", "2023-07-15", "change",
     0, {"measure": None, "verdict": "unverifiable"}),
    ("Federal data shows that more than 270,000 illegal immigrants were released into our "
     "country without a court date in a span of just five months last year.", "2022-03-02",
     "total", 0, {"measure": None, "verdict": "unverifiable"}),
    # "El tránsito migratorio por Panamá" is the Darién's; "entre 2019 y 2022", with the
    # levels restating its ends, runs from 2019 to 2022 (22,102 to 248,284: +1,023.4%).
    ("Según los datos de la Defensoría del Pueblo entre 2019 y 2022 se refleja un aumento "
     "del 1,023% en el tránsito migratorio por Panamá, pasando de 22,102 personas a 248,284 "
     "en 2022.", "2023-03-22", "change", 0,
     {"measure": "darien_transits", "verdict": "accurate"}),
    # A subject no file holds ("arrivals in New York City") is not that of a sentence on
    # the people at the border (Ecuadorians, all CBP, Southwest, September 2023: 15,545 of
    # 269,735, 5.8%).
    ("They are seeing a high number of arrivals in New York City. The governor added that "
     "Ecuadoreans now account for the majority of people at the border.", "2023-10-15",
     "share", 0, {"verdict": "inaccurate"}),
    # The series the sentence's other figures settled is a reading of the last one too
    # (nationwide encounters, calendar 2021 2,275,496; 2022 3,040,535; 2023 3,324,323) ...
    ("The total number of encounters between migrants and U.S. Customs and Border "
     "Protection increased from almost 2.3 million in 2021, to over 3 million in 2022, and "
     "3.3 million in 2023.", "2024-03-01", "change", 0,
     {"verdict": "accurate", "says": "'3.3 million': accurate"}),
    # ... and a figure judged before a later one settled it is read again (nationwide,
    # FY2020: Nicaraguans 3,164; Hondurans 43,357 exactly).
    ("En el año fiscal 2020, en la frontera estadounidense fueron reportados 3,154 "
     "encuentros con migrantes nicaragüenses, muy por debajo de los 17,713 con salvadoreños, "
     "49,436 con guatemaltecos y y 43,357 con hondureños reportados por CBP.", "2022-12-15",
     "total", 0, {"measure": "nationwide_encounters", "verdict": "accurate"}),
    # A run opening the sentence takes the bound of the clause after it (all CBP,
    # Southwest: above 100,000 every month from February 2021, 101,099, to January 2024).
    ("In each month since February 2021, the first full month of the Biden Administration, "
     "U.S. Customs and Border Protection has had more than 100,000 encounters with illegal "
     "immigrants along the southwest border.", "2024-02-20", "streak", 0,
     {"verdict": "accurate"}),
    # "One month after President Biden took office": February 2021 (all CBP, Southwest:
    # January 78,414, February 101,099: +28.9%).
    ("Just one month after President Biden took office, the number of encounters along the "
     "Mexican border jumped nearly 30%.", "2024-04-04", "change", 0,
     {"periods": ["2021-02"], "verdict": "accurate"}),
    # "Thousands of illegal crossings each day": a vague amount a day (Border Patrol,
    # Southwest, February 2021 – April 2023: 5,889 a day).
    ("Human traffickers and drug cartels are profiting on catastrophe the Biden "
     "administration has made worse, with thousands of illegal crossings each day.",
     "2023-05-15", "rate", 0, {"verdict": "accurate"}),
    # Two stated averages of spans of unequal length: the change between them (Border
    # Patrol, Southwest, Salvadorans: FY2019 7,484 a month, October 2019 – January 2020
    # 1,901 a month: -74.6%).
    ("After a tremendous surge in the twelve months from October 2018- September 2019 when "
     "an average of 246 Salvadorans were apprehended every day, in the most recent four "
     "months ending January 31, the average has been 62 per day, a reduction of 75%.",
     "2020-02-15", "change", 0, {"verdict": "accurate", "says": "(its monthly average)"}),
    # "La disminución es del 39 %" is the change just described; the fiscal year so far
    # against the year before is like for like (all CBP, Southwest, Salvadorans: October–
    # April 58,053 then 35,401: -39.0%).
    ("Datos recientes de la Oficina de Aduanas y Protección Fronteriza de EE.UU. (CBP, por "
     "sus siglas en inglés), confirman una drástica reducción de salvadoreños en situación "
     "de migración irregular. La disminución es del 39 %, al comparar el acumulativo año "
     "fiscal 2023 con el de 2022.", "2023-05-20", "change", 1,
     {"verdict": "accurate", "says": "2021-10..2022-04"}),
    # A period after an apposition is the figure's ("…, la frontera natural entre Colombia
    # y Panamá, en lo que va del año": Darién, January–May 2023, 166,649) ...
    ("Cerca de 170.000 migrantes pasaron por la selva del Darién, la frontera natural entre "
     "Colombia y Panamá, en lo que va del año.", "2023-06-15", "total", 0,
     {"periods": ["2023-01..2023-05"], "verdict": "accurate"}),
    # ... and "desde principios de año" is the year so far, not January (Darién, January–
    # November 2022: 227,987; the text's date is late December).
    ("Unos 243.681 inmigrantes ilegales han cruzado la peligrosa selva del Darién desde "
     "principios de año.", "2022-12-25", "total", 0, {"periods": ["2022-01..2022-11"]}),
    # "Fell into the category of Single Adults" is no fall.
    ("More than 71 percent of the 181,000 migrant apprehensions fell into the category of "
     "Single Adults, the report reveals.", "2022-08-04", "share", 0,
     {"verdict": "unverifiable"}),
    # "Of them were from Mexico": Mexicans, not the border's side (Border Patrol,
    # Southwest, January–June 2016: 102,830 of 196,022, 52.5%).
    ("In the first six months of the year, 264,165 people were apprehended somewhere along "
     "the Southwest border, and 49.6 percent of them were from Mexico, according to data "
     "from the U.S. Border Patrol.", "2016-07-19", "share", 0,
     {"filters": {"citizenship": ["MEX"]}, "says": "102,830 of 196,022"}),
    # "El Triángulo Norte de Centroamérica" is the three; "los demás eran mexicanos" are
    # another share's (Border Patrol, Southwest, March 2019: 70,843 of 92,833, 76.3%).
    ("Entre las personas detenidas mientras cruzaban la frontera el mes pasado, el 78% "
     "provenían de los países del Triángulo Norte de Centroamérica y los demás eran "
     "mexicanos.", "2019-04-10", "share", 0,
     {"filters": {"citizenship": ["GTM", "HND", "SLV"]}, "says": "70,843 de 92,833"}),
    # A list of changes, each with its level in brackets: the second is the Southwest's
    # (all CBP: December 2021 179,253, December 2023 301,981: +68.5%).
    ("Nationwide encounters (371,036) increased 80 percent, and Southwest border encounters "
     "(302,034) increased 68 percent, compared to December 2021 (Fiscal Year 2022).",
     "2024-02-08", "change", 1, {"verdict": "accurate", "says": "+68.5%"}),
    # "But still 42 percent below 2008" is a comparison of its own; the rise before it
    # keeps its sign (Border Patrol nationwide: FY2012 364,768, FY2013 420,789: +15.4%).
    ("The Border Patrol made 420,789 apprehensions in the fiscal year that ended in "
     "September. That is a 16 percent increase from the previous year but still 42 percent "
     "below 2008.", "2014-01-15", "change", 0, {"verdict": "accurate", "says": "+15.4%"}),
    # "And almost 40% fewer Venezuelans": a hedge opens the second change of a list as an
    # article does, and a percentage fewer of a nationality is a change (all CBP,
    # Southwest, Venezuelans: May 2023 32,733, June 2023 20,453: -37.5%).
    ("Migrant encounters in June were the lowest in two years. A 74% decline in encounters "
     "with Colombians and almost 40% fewer Venezuelans were encountered.", "2023-07-15",
     "change", 1, {"filters": {"citizenship": ["VEN"]}, "says": "-37.5%"}),
    # "Since the Yuma Sector's high point in 2005": the high point is the base (Border
    # Patrol, Yuma: FY2005 138,438, FY2012 6,500: -95.3%).
    ("Last fiscal year, Yuma Sector agents made 6,500 apprehensions, which is a 95 percent "
     "decrease since the Yuma Sector's high point in 2005 when agents made 138,438 "
     "apprehensions.", "2013-02-12", "change", 0,
     {"verdict": "accurate", "says": "138,438 in FY2005"}),
    # "Over the past 10 months", said on 10 September: the window the writer had may end
    # in July (all CBP nationwide, Colombians: October 2021 – July 2022, 102,460).
    ("Over the past 10 months, officials have detained 102,473 Colombians nationwide.",
     "2022-09-10", "total", 0, {"periods": ["2021-10..2022-07"], "verdict": "accurate"}),
    # Months named without a year, as a share of a fiscal year named before, are that
    # year's (Border Patrol, Southwest: February–September 2021 1,374,548 of FY2021's
    # 1,659,206: 82.8%).
    ("That old record (almost 1.66 million apprehensions) was set in FY 2021. More than 82 "
     "percent of those Southwest border apprehensions occurred between February and "
     "September.", "2023-01-10", "share", 0,
     {"verdict": "accurate", "says": "1,374,548 of FY2021"}),
    # "108,301 encounters with single adults": "with" after the count's noun says whom it
    # counts, and "more than half of them" is of those (Border Patrol, Southwest, single
    # adults, April 2021: Mexicans 58,171 of 108,502, 53.6%).
    ("Border Patrol had 108,301 encounters with single adults in April, an increase of 12% "
     "from March. More than half of them are from Mexico.", "2021-05-15", "share", 0,
     {"verdict": "accurate", "says": "58,171 of 108,502"}),
    # "Pero aún así casi el doble que …" is a comparison of its own, with its own base.
    ("La Oficina de Aduanas y Protección Fronteriza (CBP) efectuó en enero 153.941 capturas "
     "a lo largo de la frontera suroeste, 14 % menos que las realizadas en diciembre pero aún "
     "así casi el doble que las detenciones de enero de 2020.", "2022-02-11", "comparison", 1,
     {"says": "enero de 2020"}),
    # "But down from 4,496 in August 2021" is a change from that base (up in fact: all CBP,
    # Southwest, Cubans: 4,496 then 20,098 in July and 19,060 in August 2022).
    ("Migration from Cuba remained high, according to U.S. Customs and Border Protection "
     "data. Cubans were checked 19,057 times in August, compared to 20,096 times in July but "
     "down from 4,496 in August 2021.", "2022-09-20", "change", 0,
     {"verdict": "inaccurate", "says": "in August 2021"}),
    # "Llegan todos los días" is a daily rate (Darién, January–August 2024: 238,185 over
    # 244 days, 976 a day).
    ("En lo que va de 2024 más de 244.200 han cruzado la selva del Darién. Esto quiere decir "
     "que aproximadamente 1.000 migrantes llegan todos los días.", "2024-09-15", "rate", 0,
     {"verdict": "accurate", "says": "976 al día"}),
    # "Arriving at the Mexico border" is the US's border with Mexico, not Mexico's count.
    ("The number of families arriving at the Mexico border reached 15,955, up from 12,274 "
     "in July, according to Customs and Protection.", "2018-09-12", "change", 0,
     {"filters": {"demographic": ["FMUA"]}, "says": "Southwest border"}),
    # Returns counted where they arrive: Honduras's observatory, carried by "esa cifra" to
    # the returns it names, and returns "desde Estados Unidos, México, …" (not held).
    ("Según el Observatorio Consular y Migratorio de Honduras, en enero pasado fueron "
     "deportados al país 8.193 hondureños que estaban en condición irregular en Estados, "
     "México y países de Centroamérica. Esa cifra superó en 3.482 personas (73,9 %) a los "
     "4.711 hondureños que fueron retornados en enero de 2019.", "2020-02-15", "share", 0,
     {"verdict": "unverifiable"}),
    ("Hasta septiembre, 44,110 fueron retornados desde Estados Unidos, México, Centroamérica "
     "y Europa.", "2023-10-15", "total", 0, {"verdict": "unverifiable"}),
    # A day's counts ("on Thursday", "on the same day last year"), and so the percentage
    # between them, are not in the monthly files.
    ("In total, there were just 254 apprehensions across the southern border on Thursday, "
     "compared to 4,229 on the same day last year, a 94% reduction.", "2025-03-01", "change",
     0, {"verdict": "unverifiable"}),
    # A precise count a few percent from another year's figure may still be one sector's
    # exactly, and the daily average beside it is that sector's too (Border Patrol, El
    # Paso, FY2021: 193,918, 531 a day).
    ("The 193,918 encounters in Fiscal Year 2021 — a daily average of about 530 "
     "encounters — were the most encounters in recent history, Border Patrol officials "
     "said.", "2022-05-15", "rate", 0,
     {"filters": {"sector": ["El Paso"]}, "verdict": "accurate"}),
    # A run foreseen to go on ends in the period under way, judged on its outcome (all CBP,
    # Southwest: FY2022 2,378,944, FY2023 2,475,669, FY2024 2,135,005; Border Patrol, June
    # to September 2023: 99,538, 132,642, 181,054, 218,763).
    ("However, unless the numbers decrease even further, encounters remain on track to "
     "surpass 2 million for the third year in a row.", "2024-06-15", "streak", 0,
     {"periods": ["FY2024"], "verdict": "accurate"}),
    ("With an average of nearly 6,300 migrant apprehensions daily, the September "
     "apprehensions could represent a major increase for the third consecutive month.",
     "2023-09-13", "streak", 0, {"periods": ["2023-09"], "verdict": "accurate"}),
    # The window ending a month earlier is no reading for a bound (Border Patrol, Southwest,
    # February–March 2025: 15,533; January–February: 37,460).
    ("Over the past two months, Border Patrol has apprehended more than 25,000 migrants at "
     "the southern border.", "2025-04-16", "total", 0,
     {"periods": ["2025-02..2025-03"], "verdict": "inaccurate"}),
    # "De este año 2022": the year restates "este año", no period of its own (Darién,
    # January–April 2022: 19,925).
    ("Entre enero y abril de este año 2022, unas 19.000 personas cruzaron la selva del "
     "Darién.", "2022-07-05", "total", 0,
     {"periods": ["2022-01..2022-04"], "verdict": "roughly_accurate"}),
    # "During the past 48 years" is the window a rank is over, not its period (Border
    # Patrol, Southwest: FY2020 400,651, sixth lowest of FY1973–FY2020).
    ("Border Patrol apprehended 400,651 undocumented migrants during fiscal 2020. That may "
     "sound like a lot, but it was actually the 6th smallest annual number of migrant "
     "apprehensions during the past 48 years.", "2020-10-16", "rank_record", 0,
     {"periods": ["FY2020"], "verdict": "accurate"}),
    # "Doubled the prior record …, set during the 'border emergency' in FY 2019": the
    # record is the base (Border Patrol, Southwest, unaccompanied children: FY2019 76,020,
    # FY2021 144,834: 1.91×).
    ("Border Patrol apprehended nearly 145,000 UACs in FY 2021. That nearly doubled the prior "
     "record for UAC apprehensions, set during the “border emergency” in FY 2019, when "
     "Border Patrol caught just over 76,000 UACs.", "2022-01-06", "change", 0,
     {"verdict": "accurate", "says": "76,020 in FY2019"}),
    # Regular entries into Mexico are not held.
    ("El Instituto Nacional de Migración (INM) informó que en el 2023 se registraron 40 "
     "millones 802 mil 601 ingresos de extranjeros al país.", "2024-01-01", "total", 0,
     {"verdict": "unverifiable"}),
    # "Las heladas aguas del Río Bravo" name no Del Rio sector (Border Patrol, Southwest,
    # February 2016: 26,072).
    ("Ni siquiera las heladas aguas del Río Bravo detienen a cientos de migrantes. El número "
     "de migrantes detenidos va en aumento y tan solo en febrero agentes de la Patrulla "
     "Fronteriza detuvieron a 33,838 personas.", "2016-03-15", "change", 0,
     {"says": "de 23,758 en enero de 2016 a 26,072 en febrero de 2016"}),
    # "Cuando Panamá contabilizó 520.085 personas": the Darién's count (2023: 520,085).
    ("Pino espera que el tránsito de migrantes por ese territorio supere la cifra de 2023, "
     "cuando Panamá contabilizó 520.085 personas.", "2024-02-25", "total", 0,
     {"verdict": "accurate"}),
    # A sentence on Title 42's end speaks of all of it: a bound on its expulsions is read
    # over the policy so far (all CBP, Southwest, Title 42: March 2020 – April 2023,
    # 2,879,754).
    ("The United States is bracing for a surge following Thursday’s expiration of Title 42, "
     "a pandemic-related policy that allowed the U.S. to expel migrants more than 2.8 "
     "million times.", "2023-05-12", "total", 0,
     {"periods": ["2020-03..2023-04"], "verdict": "accurate"}),
    # A base figure's own words, up to its period: "from the 144,255 people apprehended or
    # turned back in May" (all CBP, Southwest: May 2019 144,116, September 52,546: -63.5%).
    ("The agency reported intercepting 52,546 people at the southwest border in September. "
     "That constituted a 63% reduction from the 144,255 people apprehended or turned back "
     "in May.", "2019-10-08", "change", 0, {"verdict": "accurate", "says": "-63.5%"}),
    # An item of a list goes on with the list's subject and period (all CBP, Southwest:
    # FY2023 2,475,669, FY2024 2,135,005: -13.8%).
    ("The fiscal year 2024 data of U.S. Customs and Border Protection show shifts at the "
     "U.S.-Mexico border.\n- Total encounters: 2,135,005 people\n- 14% decrease from FY "
     "2023", "2024-12-15", "change", 0, {"verdict": "accurate", "says": "-13.8%"}),
    # "Detalla que 2,915 salvadoreños han sido retenidos en …": a clause, not a base (all
    # CBP nationwide, Salvadorans: January–April 2024 17,129, 2025 2,914).
    ("El reporte detalla que 2,915 salvadoreños han sido retenidos en los primeros cuatro "
     "meses de 2025 en todo el país, 14,214 menos que los reportados en el mismo periodo de "
     "2024.", "2025-05-13", "comparison", 0, {"verdict": "accurate"}),
    # "More than 1.6 million apprehensions at the southwest border in fiscal 2021" is a
    # bound, not a base, however many words stand before its period (Border Patrol,
    # Southwest: FY2021 1,659,206, the highest fiscal year).
    ("Border Patrol agents made more than 1.6 million apprehensions at the southwest border "
     "in fiscal 2021, the most ever recorded.", "2021-10-20", "rank_record", 0,
     {"periods": ["FY2021"], "verdict": "accurate"}),
    # "Adult migrants traveling without families" are single adults, not families (Border
    # Patrol, Southwest, FY2018: 239,340, rounded by OHSS).
    ("The number of migrants apprehended by Border Patrol at the U.S.-Mexico border in "
     "2018—396,579 people—was the fifth lowest total since 1973. The number of adult "
     "migrants traveling without families (239,331) was almost certainly the second-lowest "
     "total since 1970.", "2018-11-09", "total", 0,
     {"filters": {"demographic": ["Single Adults"]}, "verdict": "accurate"}),
    # "Tried to enter the US without valid papers" counts crossings: the border's
    # encounters (all CBP, Southwest, February 2019: 76,545).
    ("The Trump administration reported that 76,103 people tried to enter the US without "
     "valid papers in February. That number combines people who came to official border "
     "crossings and migrants who were caught by Border Patrol after crossing illegally.",
     "2019-03-06", "total", 0, {"measure": "swb_encounters"}),
    # "From the previous month" is the base, not a fiscal year a lead clause named
    # (Border Patrol, Southwest: August 2019 50,684, September 40,507).
    ("Analyzing the latest CBP figures for fiscal year 2019, Kopits argues that although the "
     "Border Patrol apprehended 40,507 persons at the southwest border in September, that "
     "figure represents a decline of 20 percent from the previous month.", "2019-11-01",
     "change", 0, {"verdict": "accurate", "says": "from 50,684 in August 2019"}),
    # "Han muerto o desaparecido": deaths, which no file counts (not the Darién's crossings).
    ("En lo que va de este año, 30 personas han muerto o desaparecido en el Darién.",
     "2022-10-15", "total", 0, {"verdict": "unverifiable"}),
    # A US president's term as a time leaves Mexico the one counting; an average is set
    # against an average (Mexico, January–August 2024: 115,308 a month; 2019: 15,245 a
    # month, 7.56 times).
    ("Since January, Mexico has averaged 115,636 migrants per month, 7.5 times the monthly "
     "average during 2019.", "2024-09-15", "comparison", 0,
     {"measure": "mx_irregular_migrants", "verdict": "accurate"}),
    ("Since January, Mexico has averaged 115,636 blocked or encountered migrants per "
     "month, 11 times the monthly average during Trump’s first administration.",
     "2024-09-15", "comparison", 0, {"measure": "mx_irregular_migrants"}),
    # A window opening the sentence: the change over it, from the year before it to its
    # last (Tucson sector, 2005 429,868, 2015 65,176: -84.8%).
    ("In just the last decade, apprehensions of illegal border-crossers in the Tucson Sector "
     "— the top indicator of illegal entries into the United States — declined by more "
     "than 80 percent.", "2016-06-15", "change", 0, {"verdict": "accurate"}),
    # "We can expect": a projection, judged on the outcome (family units, Southwest, 2019:
    # 476,684).
    ("Unless something is done, we can expect some 500,000 families to be apprehended "
     "this year.", "2019-05-10", "total", 0, {"verdict": "accurate",
                                               "says": "a projection"}),
    # "Del primero al 14 de septiembre": days, which no monthly file holds.
    ("La migración irregular en la frontera de México-Estados Unidos aumentó 13% del primero "
     "al 14 de septiembre, informó el presidente.", "2023-09-20", "change", 0,
     {"verdict": "unverifiable"}),
    # "The last month with information available" glosses April, not the latest month
    # (Salvadorans, Southwest, October–April: 35,401 then 36,927, +4.3%).
    ("In fiscal year 2024, from October 2023 to April 2024, the last month with information "
     "available, there were 36,925 compatriots intercepted at the southern border, a 4.1% "
     "increase compared to the same period the previous year.", "2024-06-07", "change", 0,
     {"periods": ["2023-10..2024-04"]}),
    # "An official familiar with the numbers" names no families (Border Patrol, Southwest,
    # July 2024: 56,400).
    ("Unpublished DHS data shows that border encounters between ports of entry plummeted "
     "again to approximately 57,000 in July, according to an official familiar with the "
     "numbers.", "2024-08-02", "change", 0, {"filters": {}, "verdict": "accurate"}),
    # A second predicate's period ("and have been stable thus far this year") is not the
    # change's (Border Patrol, Southwest: December 2023 249,740, April 2024 128,895).
    ("Since December, illegal crossings at the U.S.-Mexico border are down more than 40 "
     "percent, and have been relatively stable thus far this year.", "2024-05-15", "change",
     0, {"verdict": "accurate", "says": "249,740 in December 2023"}),
    # The period in brackets is the one the words describe (nationwide, FY2023: 3,201,144).
    ("En los 12 meses del año fiscal (entre octubre de 2022 y septiembre de 2023) las "
     "autoridades reportaron cifras récord de detenciones de migrantes en las fronteras del "
     "país.", "2024-01-15", "rank_record", 0, {"periods": ["2022-10..2023-09"]}),
    # "Una racha de cuatro meses en 2019" counts months, and follows "por primera vez
    # desde": the window of a first, not the figure's period (Southwest, February 2021:
    # 101,099).
    ("El mes pasado, los encuentros superaron los 100.000 por primera vez desde una racha "
     "de cuatro meses en 2019.", "2021-03-20", "total", 0, {"periods": ["2021-02"]}),
    # "The year before", opening a sentence: the month the text named, a year back
    # (Southwest, February 2020: 36,687).
    ("In February, there were 101,099 southwest land border encounters. The year before, "
     "there had been 36,697 such encounters.", "2021-09-15", "total", 1,
     {"periods": ["2020-02"], "verdict": "accurate"}),
    # A fraction of another period's figure compares the periods (Colombians, Southwest,
    # January–February 2023 against 2022), it is no share of a group.
    ("Él es uno de los 61.813 colombianos que ha llegado a esa zona limítrofe en lo que va de "
     "2023, un número que equivale casi a la mitad de quienes fueron interceptados en 2022 "
     "(130.971).", "2023-03-15", "comparison", 0, {"periods": ["2023-01..2023-02"]}),
    # "The peak level back in 2000" is the record's own year (Border Patrol, Southwest,
    # FY2000: 1,643,679, the highest).
    ("Last year border patrol apprehended just over 556,000 people, about a third of the "
     "peak level back in 2000.", "2010-06-01", "rank_record", 0, {"periods": ["FY2000"]}),
    # "August apprehensions" is a month; "than July", after "In Fiscal Year 2018", is that
    # year's July (Southwest: July 2018 40,149, August 46,719, +16.4%).
    ("In Fiscal Year 2018, August apprehensions were 16 percent higher than July.",
     "2019-09-10", "comparison", 0, {"periods": ["2018-08"], "verdict": "accurate"}),
    # "Entering from Mexico and northern Central America" lists origins: Mexicans too.
    ("The number of migrants entering from Mexico and northern Central America has decreased "
     "for the third consecutive month, as the Biden-Harris Administration works with our "
     "partners in the region to address the root causes of migration, facilitate "
     "repatriation, and take thousands of smugglers off the streets.", "2022-09-15",
     "streak", 0,
     {"filters": {"citizenship": ["MEX", "GTM", "HND", "SLV"]}}),
    # A month's record with no window, after a sentence counting several months: among
    # those months (Darién, January–April 2024: February's 37,166 the highest).
    ("Desde enero hasta mayo, un total de 153,900 individuos han cruzado el Tapón del Darién. "
     "El mes de febrero destaca como el período con el mayor número de ingresos de migrantes "
     "irregulares, registrando un total de 37,166 personas.", "2024-05-20", "rank_record", 0,
     {"verdict": "accurate"}),
    # "This FY": the fiscal year so far (Southwest, October 2020 – April 2021: 749,621).
    ("This FY, CBP has already had over 749,600 encounters at the southwest border.",
     "2021-05-12", "total", 0, {"periods": ["2020-10..2021-04"], "verdict": "accurate"}),
    # One Mexican state's count: the UPM tables held are national (Venezuelans nationally,
    # 2022: 96,197; 2023: 222,143), and a later clause is of the same state.
    ("De acuerdo con la Unidad de Política Migratoria, en 2022 Veracruz registró 2 mil 616 "
     "venezolanos asegurados, mientras que en 2023 cifra ascendió a 18 mil 646.",
     "2024-03-01", "total", 1, {"verdict": "unverifiable", "says": "Veracruz"}),
    ("Al corte del 25 de julio, según la Unidad de Política Migratoria, las autoridades "
     "mexicanas han deportado a más de 13 mil 847 migrantes de Chiapas.", "2022-08-10",
     "total", 0, {"verdict": "unverifiable"}),
    # ... but a national count beside a state's is the country's (January–July 2023:
    # 316,615 events, so 224,268 is wrong).
    ("Con base en la estadística, en todo el país fueron 224 mil 268 extranjeros que tuvieron "
     "problemas con su documentación para acreditar su legal estancia en México en los "
     "primeros siete meses de 2023, de los cuales 577 fueron detectados en Yucatán.",
     "2023-10-09", "total", 0, {"verdict": "inaccurate"}),
    # The northern border, Border Patrol's: its own series by region (FY2018: 4,316), also
    # when the border is named in Spanish in the sentence before.
    ("The Border Patrol apprehended 4,316 people at the northern border in fiscal 2018.",
     "2019-03-12", "total", 0, {"measure": "usbp_nationwide_encounters",
                                "verdict": "accurate"}),
    ("El número de personas detenidas a lo largo de la frontera estadounidense con Canadá "
     "sigue aumentando. Las estadísticas del año fiscal que terminó el 30 de septiembre "
     "muestran que 4.316 personas fueron detenidas en la frontera en 2018.", "2019-03-12",
     "total", 0, {"filters": {"region": ["Northern Land Border"]}, "verdict": "accurate"}),
    # A sector away from the Southwest border (Swanton, January 2023: 367).
    ("In January 2023, agents in the Swanton Sector recorded 367 apprehensions.",
     "2023-02-15", "total", 0, {"filters": {"sector": ["Swanton"]}, "verdict": "accurate"}),
    # "Encounters from Canada": the border crossed, not Canadians; "more than triple the
    # amount from 2020" compares (northern border, 2022 135,607; 2020 27,781).
    ("Homeland Security reports more than 100,000 migrant encounters from Canada last year. "
     "That's more than triple the amount from 2020.", "2023-02-28", "comparison", 0,
     {"filters": {"region": ["Northern Land Border"]}, "verdict": "accurate"}),
    # "The FY'19 numbers" against a September: that year's September (Southwest, September
    # 2019 52,546; September 2022 227,547).
    ("The FY’22 September border numbers are more than quadruple the FY’19 numbers, which "
     "was the year Trump had his own surge at the border.", "2022-10-22", "comparison", 0,
     {"verdict": "accurate", "says": "September 2019"}),
    # Earlier US terms, counted in the yearly tables' fiscal years (removals: FY1989–FY1992
    # 141,326; FY1993–FY2000 869,646; FY1981–FY1988 168,364); a name's initials end no
    # sentence, and the term's years in brackets are the term's.
    ("George H. W. Bush (padre) gobernó entre 1989 y 1993: durante su mandato se realizaron "
     "141.316 deportaciones.", "2016-06-01", "total", 0,
     {"periods": ["FY1989..FY1992"], "verdict": "accurate"}),
    ("Under Clinton, removals totaled 869,646.", "2016-06-01", "total", 0,
     {"periods": ["FY1993..FY2000"], "verdict": "accurate"}),
    ("Bajo el mandato del presidente Ronald Reagan (1981-1989), las deportaciones fueron "
     "168.364.", "2016-06-01", "total", 0,
     {"periods": ["FY1981..FY1988"], "verdict": "accurate"}),
    # "Provenientes de Asia": the Asian countries Mexico's table breaks out (2018: 7,306).
    ("En 2018, las personas provenientes de Asia presentadas ante el INM sumaron 7 mil 506.",
     "2020-02-04", "total", 0, {"verdict": "roughly_accurate", "says": "países asiáticos"}),
    # A country right before a bracketed figure is that figure's; "los indios" are Indians
    # (Mexico, January–August 2019: India 2,592; Guatemala 37,556).
    ("Los indios son el sexto grupo más importante de inmigrantes indocumentados en México, "
     "con casi 3.000 interceptados entre enero y agosto, y por detrás de Honduras (con "
     "66.000), Guatemala (37.000), El Salvador (15.000), Cuba (6.000) y Haití (3.000).",
     "2019-10-17", "total", 2, {"filters": {"citizenship": ["GTM"]},
                                "verdict": "roughly_accurate"}),
    ("Los indios son el sexto grupo más importante de inmigrantes indocumentados en México, "
     "con casi 3.000 interceptados entre enero y agosto.", "2019-10-17", "total", 0,
     {"filters": {"citizenship": ["IND"]}}),
    # A term named by its years beside the president: the term, in the yearly tables'
    # fiscal years (removals FY2001–FY2008: 2,012,539; FY1993–FY2000: 869,646).
    ("El segundo lugar en cifras de inmigrantes deportados lo ostenta el republicano George "
     "W. Bush (2001-2009), bajo cuyo mandato un total de 2.012.539 extranjeros fueron "
     "expulsados.", "2016-12-01", "total", 0,
     {"periods": ["FY2001..FY2008"], "verdict": "accurate"}),
    ("Bill Clinton (1993–2001): Approximately 870,000 formal removals.", "2024-06-01",
     "total", 0, {"periods": ["FY1993..FY2000"], "verdict": "accurate"}),
    # "Since the start of Fiscal Year (FY) 2021": the fiscal years since (nationwide,
    # FY2021–FY2024: 10,825,387).
    ("Since the start of Fiscal Year (FY) 2021, Customs and Border Protection (CBP) has "
     "recorded more than 10.8 million encounters nationwide.", "2024-10-15", "total", 0,
     {"periods": ["2020-10..2024-09"], "verdict": "accurate"}),
    # "Por debajo de los 1,300 de octubre" is the base's month, not the level's (northern
    # border, Border Patrol, November 2024: 710).
    ("Border Patrol detuvo a unos 47,000 inmigrantes en la frontera entre Estados Unidos y "
     "México en el mes de noviembre. En la frontera con Canadá, unos 700 migrantes fueron "
     "capturados cruzando ilegalmente, por debajo de los 1,300 de octubre.", "2024-12-10",
     "total", 1, {"periods": ["2024-11"], "verdict": "accurate"}),
    # "La migración africana": the African countries.
    ("Según el INM, la migración africana en México también ha experimentado un aumento del "
     "115,58 %, con 22.722 migrantes registrados en el primer trimestre de este año.",
     "2024-05-12", "change", 0, {"verdict": "roughly_accurate"}),
    # A headline's present tense with its size: a change (family units, Southwest, May 2019
    # 84,486, November 9,006: -89.3%).
    ("Migrant Family Apprehensions at Border Fall 90 Percent in Six Months", "2019-12-09",
     "change", 0, {"verdict": "accurate"}),
    # People "at US Border" are counted by its encounters (Chinese, February 2022 55,
    # February 2023 1,368).
    ("Over 900 Percent Spike in Chinese Migrants at US Border", "2023-03-15", "change", 0,
     {"filters": {"citizenship": ["CHN"]}, "verdict": "accurate"}),
    # "Families or minors": family units and the unaccompanied (Southwest, December 2018:
    # 37,001 of 60,794, 60.9%).
    ("Now families or minors are almost 60 percent of apprehensions at the southwest "
     "border.", "2019-01-08", "share", 0, {"filters": {"demographic": ["FMUA", "UAC"]}}),
    # A border named only in the part said after a figure is the part's; the figure is the
    # whole, the country's (Colombians, June 2023: nationwide 5,383, Southwest 4,705).
    ("In June, 5,383 Colombians were detained, most of them at the southern border.",
     "2023-07-19", "share", 0, {"verdict": "accurate"}),
    ("En junio fueron detenidos 5.383 colombianos, el 87% de ellos en la frontera sur.",
     "2023-07-19", "share", 0, {"verdict": "accurate"}),
    # "Que 2019 en el mismo periodo": January–November of 2019, not the year (Mexico,
    # January–November 2019 175,877; 2020 76,744, -56.4%).
    ("Desde enero hasta noviembre el INM registró 80 mil 926 casos de extranjeros, lo que "
     "representa 53.98% menos que 2019 en el mismo periodo.", "2020-12-15", "comparison", 0,
     {"periods": ["2020-01..2020-11"], "verdict": "roughly_accurate"}),
    # Levels of another series than the relation was first read on, settled after it by a
    # figure matching exactly (175,877): the relation is of their series.
    ("México.- La pandemia llevó a que la llegada de migrantes cayera un 54%. Desde enero "
     "hasta noviembre se registraron 80 mil 926 casos de extranjeros que se presentaron ante "
     "alguna autoridad del país, lo que representa 53.98% menos que 2019 en el mismo periodo, "
     "cuando se reportaron 175 mil 877 casos.", "2020-12-15", "comparison", 0,
     {"measure": "mx_irregular_migrants", "verdict": "roughly_accurate"}),
    # People "from those countries", "provenientes de ese país": the countries the sentence
    # before named (Border Patrol, Southwest, El Salvador, Guatemala and Honduras: FY2021
    # 683,894, FY2023 447,273; Mexico, Ecuadorians, January–June 2023: 23,979).
    ("Harris led diplomacy with El Salvador, Guatemala and Honduras. Border arrests from "
     "those countries dropped from 700,000 in fiscal 2021 to fewer than 500,000 in fiscal "
     "2023.", "2024-08-01", "change", 0,
     {"filters": {"citizenship": ["SLV", "GTM", "HND"]}, "verdict": "accurate"}),
    ("Miles de ecuatorianos llegan a México. Entre enero y junio de 2023, el INM detuvo a 23 "
     "mil 979 personas provenientes de ese país.", "2023-08-01", "total", 1,
     {"filters": {"citizenship": ["ECU"]}, "verdict": "accurate"}),
    # Each country of a list after "from" (Southwest, November 2022, Nicaragua, Cuba and
    # Venezuela: 76,972).
    ("In November 2022, CBP encountered 76,972 migrants from Nicaragua, Cuba and Venezuela "
     "at the southwest border.", "2022-12-20", "total", 0,
     {"filters": {"citizenship": ["NIC", "CUB", "VEN"]}, "verdict": "accurate"}),
    # A share whose part is said after a figure set off by dashes, and one of a group that
    # names only the authority: of the group counted (Southwest, June 2022: Title 42 94,680
    # of 207,834; November 2022, Cubans and Nicaraguans: 247 of 68,959).
    ("Fewer than half of those encountered in June 2022 — 94,680 — were expelled under "
     "the Title 42 order.", "2022-07-18", "share", 0,
     {"filters": {"authority": ["Title 42"]}, "verdict": "accurate"}),
    ("CBP took nearly 69,000 migrants from Cuba and Nicaragua into custody along the border "
     "in November, but less than 1 percent were sent away via Title 42.", "2022-12-27",
     "share", 0, {"filters": {"citizenship": ["CUB", "NIC"], "authority": ["Title 42"]},
                  "verdict": "accurate"}),
    # CBP's abbreviation "FMU" is the family units (Southwest, October 2020 4,634, November
    # 4,172); "más bajo que" is lower (family units, May 2018 9,490, May 2014 12,670).
    ("In November 2020, FMU encounters fell to 4,172.", "2020-12-15", "change", 0,
     {"filters": {"demographic": ["FMUA"]}, "verdict": "accurate"}),
    ("En mayo de 2018 los agentes fronterizos detuvieron a 9,485 familiares, aunque aún es "
     "más bajo que en mayo de 2014.", "2018-07-01", "comparison", 0, {"verdict": "accurate"}),
    # "Lower today than when the previous administration left office", late in July 2024:
    # July against January 2021 (Border Patrol, Southwest: 56,400 and 75,316).
    ("Los cruces fronterizos son más bajos hoy que cuando la administración anterior dejó el "
     "cargo.", "2024-07-28", "comparison", 0, {"periods": ["2024-07"], "verdict": "accurate"}),
    # A count at "the crossing" that names no agency or country, which every US reading
    # misses by a factor of three, is the Darién's where it holds there (2022 248,284;
    # 2021 133,726, 1.86 times).
    ("Almost 250,000 people made the crossing in 2022, nearly double the figures from the "
     "year before.", "2023-04-17", "comparison", 0,
     {"measure": "darien_transits", "verdict": "accurate"}),
    # "La primera mitad del año": January–June (Border Patrol, Southwest, 2018: 202,702).
    ("Hubo casi 203,000 aprehensiones en la frontera sur durante la primera mitad del año.",
     "2018-07-15", "total", 0, {"periods": ["2018-01..2018-06"]}),
    # Border Patrol's count with no border named: its nationwide series is a weak reading
    # the exact figure chooses (Chinese, FY2021: nationwide 342, Southwest 323).
    ("In fiscal year 2021, Border Patrol only recorded 342 encounters with illegal aliens "
     "from China.", "2023-06-01", "total", 0,
     {"measure": "usbp_nationwide_encounters", "verdict": "accurate"}),
    # Expulsions named as one of what encounters are count all encounters (unaccompanied
    # children, Border Patrol, Southwest, October 2020–June 2021: 93,481).
    ("The number of encounters (apprehensions or expulsions) of unaccompanied children at "
     "the border in the first nine months of FY2021 was 93,512.", "2021-08-05", "total", 0,
     {"filters": {"demographic": ["UAC"]}, "verdict": "accurate"}),
    # "Unaccompanied minor encounters" (nationwide, October 2022–January 2023: 47,055).
    ("CBP's figures show 47,055 unaccompanied minor encounters from October through "
     "January.", "2023-03-01", "total", 0,
     {"filters": {"demographic": ["UAC"]}, "verdict": "accurate"}),
    # "Three years earlier": the period named, that many years back (unaccompanied children,
    # Southwest, FY2014 68,560, FY2011 15,949: 4.30 times).
    ("In fiscal year 2014, 68,541 unaccompanied children were apprehended, four times as "
     "many as three years earlier.", "2015-12-01", "comparison", 0,
     {"verdict": "accurate", "says": "FY2011"}),
    # "Bajo esta medida", after a sentence on Title 42: the expulsions (Hondurans, FY2022:
    # 134,077).
    ("El título 42 permitía la expulsión inmediata de migrantes. Bajo esta medida, solo en "
     "2022 fueron deportados 134,077 hondureños.", "2023-05-15", "total", 0,
     {"filters": {"citizenship": ["HND"], "authority": ["Title 42"]}, "verdict": "accurate"}),
    # The month a "when" clause hangs on, after a sentence that named another (Colombians,
    # nationwide, April 2024: 11,627).
    ("Last May there were 11,464 Colombians detained at the border. That compares with "
     "April, when arrests totaled 11,629.", "2024-06-20", "total", 1,
     {"periods": ["2024-04"], "verdict": "accurate"}),
    # A bare "dipped" is any fall (Border Patrol, Southwest, December 2023 249,740, July 2024
    # 56,400); "an increase on" names the base (family units, January–June 2017 18,570,
    # 2018 48,590).
    ("The number of migrants encountered by Border Patrol in July 2024 dipped to 56,400, "
     "down from the 250,000 agents encountered in December of last year.", "2024-08-20",
     "change", 0, {"verdict": "accurate"}),
    ("From January to June 2018, 48,590 family members were apprehended, a sharp increase "
     "on the first half of 2017, when 18,569 family members were apprehended.", "2018-07-15",
     "change", 0, {"periods": ["2018-01..2018-06"], "verdict": "accurate"}),
    # "T42" is Title 42, and a source cited with its year in brackets names no period
    # (Southwest, Title 42, March 2020–February 2023: 2,700,349).
    ("De acuerdo con la Secretaría de Gobernación (2023) se registraron 2.7 millones de "
     "eventos de expulsión bajo T42 hasta febrero de este año.", "2023-05-15", "total", 0,
     {"periods": ["2020-03..2023-02"], "verdict": "accurate"}),
    # "Was 74 percent higher", nothing after: a change against the base the text named
    # (unaccompanied children, October–April: 18,900 to 32,850, +73.8%).
    ("The number of families stopped at the border jumped 122 percent between October 2015 "
     "and April 2016 from the same period a year earlier. The number of unaccompanied minors "
     "was 74 percent higher.", "2016-06-10", "change", 1, {"verdict": "accurate"}),
    # Words between commas that describe a month ("President Biden's first full month in
    # office") are no period of their own (Southwest, February 2021–September 2023:
    # 6,292,849).
    ("Since February 2021, President Biden's first full month in office, there have been "
     "more than 6.2 million encounters by CBP at the southwest border.", "2023-10-15",
     "total", 0, {"periods": ["2021-02..2023-09"], "verdict": "accurate"}),
    # "A principios de junio": when the count was told, beside the month it counts
    # (Border Patrol, Southwest, May 2019: 132,856).
    ("A principios de junio, aproximadamente 133 mil fueron detenidos o entregados a agentes "
     "fronterizos a lo largo de la frontera sur tan solo en mayo.", "2019-06-15", "total", 0,
     {"periods": ["2019-05"], "verdict": "accurate"}),
    # The year so far with its first month in brackets, after "in recent months" (Border
    # Patrol, Southwest, October 2021–July 2022: 1,817,065).
    ("En los últimos meses, desde el inicio del año fiscal (octubre de 2021), la Patrulla "
     "Fronteriza hizo casi dos millones de arrestos en la frontera.", "2022-08-22", "total", 0,
     {"periods": ["2021-10..2022-07"], "verdict": "accurate"}),
    # "El ingreso ilegal … por la frontera" is crossings, the clause's own series, not the
    # removals of the clause before (Border Patrol, Southwest, FY2011: 327,577, the lowest
    # since FY1972's 321,326).
    ("Unos 390.000 inmigrantes fueron deportados en el año fiscal 2011, aunque el ingreso "
     "ilegal de inmigrantes por la frontera fue el más bajo desde 1972.", "2012-09-15",
     "rank_record", 0, {"measure": "usbp_swb_encounters", "verdict": "accurate"}),
    # "The highest of any August in the last five years": among the Augusts (Border Patrol,
    # Southwest, August 2019: 50,684, above every August since 2015).
    ("Apprehensions were 50,684 in August, the highest of any August in the last five "
     "years.", "2019-09-10", "rank_record", 0,
     {"periods": ["2019-08"], "verdict": "accurate", "says": "of 5 Augusts"}),
    # A sector's region as the subject of "the largest number … last month" ranks sectors
    # (January 2020: Rio Grande Valley 6,479, then Tucson 5,158).
    ("La región del Valle del Río Grande tuvo el mayor número de detenciones el mes pasado, "
     "con alrededor de 6.479.", "2020-02-10", "rank_record", 0,
     {"periods": ["2020-01"], "verdict": "accurate", "says": "de 9 sectores"}),
    # "The highest in Texas was … in the El Paso sector": among Texas's five sectors (April
    # 2024: El Paso 30,397; Del Rio 10,271; San Diego's 37,371 is California's).
    ("In April, Border Patrol apprehended 128,900 migrants at the southwest border. The "
     "highest total of apprehensions that month in Texas was 30,397 in the El Paso sector.",
     "2024-05-20",
     "rank_record", 0, {"verdict": "accurate", "says": "1 of 5 sectors"}),
    # Counted back from the day the figures were posted (unaccompanied children,
    # nationwide, October 2022–January 2023: 47,055).
    ("Its latest figures, posted Feb. 2, 2023, show 47,092 unaccompanied minor encounters "
     "in the previous four months.", "2023-03-15", "total", 0,
     {"periods": ["2022-10..2023-01"], "verdict": "accurate"}),
    # The first two months of each fiscal year named (unaccompanied children, Border
    # Patrol: October–November 2014 5,130; 2015 10,540).
    ("Apprehensions of unaccompanied children in the first two months of FY2015 and FY2016 "
     "were 5,143 and 10,588, respectively.", "2017-01-18", "total", 1,
     {"periods": ["2015-10..2015-11"], "verdict": "accurate"}),
    # A period of the predicate before the comma is not the change's ("surged 66% between
    # February and March 2021": nationwide, 115,559 to 192,025, +66.2%).
    ("Encounter numbers rebounded over the remainder of 2020, surged 66% between February "
     "and March 2021, and have since remained elevated.", "2021-06-15", "change", 0,
     {"periods": ["2021-03"], "verdict": "accurate"}),
    # The group and the sector the text named before, together (Yuma, family units: June
    # 2018 914, July 1,047).
    ("Other sections of the border have seen large increases in family apprehensions. But "
     "the numbers in Yuma continue to rise. In July, agents apprehended 1,047 migrants, up "
     "from 914 the month before.", "2018-08-09", "change", 0, {"verdict": "accurate"}),
    # A rate "or higher" is a lower bound (Title 42 expulsions, Southwest, FY2022: 45.4% of
    # all encounters).
    ("Under Title 42, migrants were expelled at rates 40 percent or higher in FY22.",
     "2022-12-20", "share", 0, {"periods": ["FY2022"], "verdict": "accurate"}),
    # A record's time is not one past a contrast ("although … the following month"): all
    # CBP, Southwest, December 2023, 301,981, the series' highest month.
    ("Border encounters peaked in December 2023 at over 301,980, the highest number ever "
     "recorded in one month, although the monthly total fell to 176,197 the following "
     "month.", "2024-06-15", "rank_record", 0, {"periods": ["2023-12"], "verdict": "accurate"}),
    # "En comparación con el año fiscal 2013, cuando …, hubo un aumento": the base the
    # sentence names, against the year the text counted (family units, Border Patrol,
    # Southwest: FY2013 12,930, FY2018 107,240, +729%).
    ("Hasta el año fiscal pasado, la Patrulla Fronteriza había detenido a 107,240 familias. "
     "En comparación con el año fiscal 2013, cuando la Patrulla Fronteriza detuvo a 12,930 "
     "familias, hubo un aumento de 729 por ciento.", "2019-06-04", "change", 0,
     {"periods": ["FY2018"], "verdict": "accurate"}),
    # A difference of the counts across the Title 42 era is no multiple of people: the
    # counts' own (all CBP, Southwest: February 2019 76,545, February 2021 101,099, 24,554
    # more, 2.3% from 24,000).
    ("Todo eso podría encaminar a 2021 a superar a 2019 en el número de personas detenidas "
     "en la frontera. El mes pasado se encontraron poco más de 100.000 personas, 24.000 más "
     "que en febrero de 2019.", "2021-03-24", "comparison", 0,
     {"periods": ["2021-02"], "verdict": "roughly_accurate"}),
    # Whom a cause names ("largely driven by increases in apprehensions of Guatemalan and
    # Honduran nationals") is not whom the figure counts (Border Patrol, Southwest: 2017
    # 250,838, 2018 466,624, +86.0%).
    ("Border Patrol made 86 percent more apprehensions in 2018 than in 2017, largely driven "
     "by increases in apprehensions of Guatemalan and Honduran nationals.", "2019-09-15",
     "comparison", 0, {"periods": ["2018"], "filters": {}, "verdict": "accurate"}),
    # A record beside the first level of a "from … to …" is that level's month (all CBP,
    # Southwest, December 2023: 301,981, the highest month in the series).
    ("Border encounters plunged from record highs of more than 300,000 in December to "
     "176,205 in January.", "2024-02-20", "rank_record", 0,
     {"periods": ["2023-12"], "verdict": "accurate"}),
]


@pytest.mark.parametrize("text,day", [
    ("Tan solo en mayo se reportaron 180.597 encuentros en la frontera suroeste con migrantes "
     "de 29 nacionalidades.", "2021-06-20"),
    ("Between October and May, Rio Grande Valley Sector agents logged more than 333,000 "
     "encounters, more than any of the other 20 Border Patrol sectors.", "2022-07-18"),
    # ... nor is a section of a law (Border Patrol, Southwest, August 2023: 181,054).
    ("In August 2023, Border Patrol encountered 181,054 migrants at the southwest border, "
     "processed under § 1225(b).", "2023-10-11"),
])
def test_a_count_of_nationalities_or_sectors_is_no_claim(engine: Engine, text: str,
                                                         day: str) -> None:
    # "Migrantes de 29 nacionalidades", "the other 20 Border Patrol sectors": counts of
    # nationalities and sectors, not of people (a name may stand between), so the sentence
    # makes one claim, on its count of people (Southwest, May 2021 180,597; Rio Grande
    # Valley, October 2021 – May 2022 333,313).
    claims = check(text, date=day, engine=engine)["claims"]
    assert [(c["kind"], c["verdict"]) for c in claims] == [("total", "accurate")], claims


@pytest.mark.parametrize("text", [
    "Los datos oficiales no nos permiten verificar si las detenciones en la frontera son, "
    "como afirmó Trump, “las más bajas alguna vez registradas”.",
    "It is too early to tell whether border apprehensions are the lowest on record.",
])
def test_a_record_asked_about_is_no_claim(engine: Engine, text: str) -> None:
    # "Verificar si son los más bajos", "whether … the lowest": asked, not claimed.
    claims = check(text, date="2025-03-10", engine=engine)["claims"]
    assert not [c for c in claims if c["kind"] == "rank_record"], claims


def test_a_record_the_change_is_measured_from_is_no_record_claim(engine: Engine) -> None:
    # "Una disminución del 41% con respecto al récord histórico alcanzado en 2023": the
    # record is the base's (2023, 520,085); 2024 (302,203) is claimed no record.
    claims = check("Más de 300.000 migrantes atravesaron el Darién en 2024, lo que representó "
                   "una disminución del 41% con respecto al récord histórico alcanzado en 2023.",
                   date="2025-01-06", engine=engine)["claims"]
    assert [(c["kind"], c["verdict"]) for c in claims] == [("change", "accurate")], claims


def test_a_fraction_of_a_population_is_no_share(engine: Engine) -> None:
    # "Almost a quarter of the town's population" is a share of nothing the files count:
    # the level beside it is the claim (Yuma sector, August 2022: 24,226).
    claims = check("The Yuma sector had more than 24,000 migrant encounters in August – "
                   "almost a quarter of the town's population.", date="2022-09-21",
                   engine=engine)["claims"]
    assert [(c["kind"], c["verdict"]) for c in claims] == [("total", "accurate")]


@pytest.mark.parametrize("text,day,kind,index,expected", READINGS)
def test_readings_by_hand(engine: Engine, text: str, day: str, kind: str, index: int,
                          expected: dict[str, Any]) -> None:
    claims = [c for c in check(text, date=day, engine=engine)["claims"] if c["kind"] == kind]
    assert len(claims) > index, [(c["kind"], c["text"]) for c in claims]
    got = claims[index]
    said = expected.get("says")
    fields = {k: v for k, v in expected.items() if k != "says"}
    assert {k: got[k] for k in fields} == fields, got["explanation"]
    assert said is None or said in got["explanation"], got["explanation"]


@pytest.mark.parametrize("text,day,expected", [
    # "June that year": the year the sentence named before.
    ("The numbers were close during the 2014 crisis, when there were 16,330 apprehensions "
     "in June that year.", "2018-10-23",
     [("year", ["2014"]), ("month", ["2014-06"]), ("anaphor", [])]),
    # ... of a fiscal year, its months in their calendar years (December of FY2014 is
    # December 2013) ...
    ("During fiscal year 2014, there were 16,330 family apprehensions in June that year and "
     "9,000 in December that year.", "2018-10-23",
     [("fiscal_year", ["FY2014"]), ("month", ["2014-06"]), ("anaphor", []),
      ("month", ["2013-12"]), ("anaphor", [])]),
    # ... or of the month named before.
    ("Apprehensions peaked in December 2016 at 16,139, and were lower in June that year.",
     "2018-10-23", [("month", ["2016-12"]), ("month", ["2016-06"]), ("anaphor", [])]),
    # A month said to be the busiest: "the busiest month was October" ("was may be" is no
    # month).
    ("El mes con mayor registro fue octubre, con 59.773 personas.", "2023-01-10",
     [("month", ["2022-10"])]),
    ("The quietest month was May; it was may be higher since.", "2023-01-10",
     [("month", ["2022-05"])]),
    # The term under way, unnamed: Mexico's in a sentence on Mexico's figures (López
    # Obrador's, from December 2018), else the US one.
    ("En los últimos cuatro años de la actual administración el INM ha detenido a 926 mil "
     "933 extranjeros.", "2022-12-18", [("presidency", ["2018-12..2022-11"])]),
    ("Under this administration, 5 million people have crossed.", "2023-06-18",
     [("presidency", ["2021-01..2023-05"])]),
    # "Year-to-date … between February 2018 and February 2019": each fiscal year to
    # February (the words "year-to-date" are no period of their own there).
    ("Year-to-date apprehensions of family units increased nearly 400 percent between "
     "February 2018 and February 2019.", "2019-03-06", [("range", ["2018-10..2019-02"])]),
    # "This year's fiscal year", "el año fiscal en curso": the fiscal year under way.
    ("This year's fiscal year, they've had so far 96,000.", "2024-03-19",
     [("relative", ["FY2024"])]),
    # "En un quinquenio", "el último lustro", "the past decade": so many years back.
    ("En un quinquenio han sido detenidos 330,786 salvadoreños.", "2025-01-15",
     [("relative", ["2020", "2021", "2022", "2023", "2024"])]),
    ("In the past decade, 2 million were caught.", "2025-01-15",
     [("relative", [str(y) for y in range(2015, 2025)])]),
    # A headline drops the article of "en el último año": the last twelve months.
    ("Detenidos 213,000 hondureños en frontera con USA en último año", "2023-11-12",
     [("range", ["2022-11..2023-10"])]),
    # "The same N-month period in fiscal YEAR": the months named before, in that fiscal
    # year (the fiscal year to date is cut to its months when the claim is judged).
    ("About 350,000 this fiscal year, down from 860,000 over the same 10-month period in "
     "fiscal 2019.", "2020-08-15", [("relative", ["FY2020"]), ("range", ["FY2019"])]),
    ("Encounters in the first seven months of fiscal 2024 were 1.3 million, up from 1.1 "
     "million in the same seven-month period of fiscal 2023.", "2024-05-20",
     [("range", ["2023-10..2024-04"]), ("range", ["2022-10..2023-04"])]),
    # "This same time period last year": the same months a year before.
    ("In January 2024 arrests fell 41% compared to this same time period last year.",
     "2024-05-20", [("month", ["2024-01"]), ("month", ["2023-01"])]),
    # A year, the few words of what it counts, then "through <month>": the year to that
    # month; a month with a year of its own, or after "and", is not the year's end.
    ("Fiscal year 2024 migrant encounters through April are 180,723.", "2024-05-20",
     [("range", ["2023-10..2024-04"])]),
    # (... and "through May 2024", after "and", is the fiscal year to May 2024.)
    ("In fiscal year 2023 and through May 2024, encounters rose.", "2024-06-20",
     [("fiscal_year", ["FY2023"]), ("range", ["2023-10..2024-05"])]),
    # A fiscal year by both its calendar years, or with its year before the words; "del".
    ("189.520 detenciones registradas en todo el año fiscal 2021-2022.", "2023-04-18",
     [("fiscal_year", ["FY2022"])]),
    ("In FY 2021/22 encounters rose.", "2023-04-18", [("fiscal_year", ["FY2022"])]),
    ("in fiscal years 2021-2022 encounters rose", "2023-04-18", [("range", ["FY2021..FY2022"])]),
    # "Since going into effect in March 2020": a rule's start, as a president's.
    ("it's been used more than 2.5 million times to expel migrants since going into effect "
     "in March 2020", "2022-12-27", [("since", ["2020-03..2022-11"])]),
    ("since President Joe Biden assumed office in January 2021", "2023-11-15",
     [("since", ["2021-01..2023-10"])]),
    # "Since the count began in …": the start of the window, not the figure's period.
    ("the largest monthly total since the agency began reporting data by month in fiscal "
     "year 2000", "2022-06-17", [("since", ["1999-10..2022-05"])]),
    ("the lowest since records were first kept in 1960", "2022-06-17",
     [("since", ["1960-01..2022-05"])]),
    # "Between fiscal years 2021 and 2023" is a span; "fiscal years 2022 and 2023", two years.
    ("a total of 32,203 between fiscal years 2021 and 2023", "2024-02-05",
     [("range", ["FY2021..FY2023"])]),
    ("in fiscal years 2022 and 2023 encounters rose", "2024-02-05",
     [("fiscal_year", ["FY2022", "FY2023"])]),
    ("in the 2021 fiscal year, more than quadruple the number of the prior fiscal year",
     "2023-04-18", [("fiscal_year", ["FY2021"]), ("fiscal_year", ["FY2020"])]),
    ("Los arrestos aumentaron durante el año fiscal del 2019.", "2023-04-18",
     [("fiscal_year", ["FY2019"])]),
    # Words after a year that describe it are no period of their own.
    ("Más de dos tercios eran venezolanas, según los datos de 2024, el último año con "
     "registros completos.", "2025-05-15", [("year", ["2024"])]),
    ("In fiscal 2023, the latest full year, apprehensions rose.", "2025-05-15",
     [("fiscal_year", ["FY2023"])]),
    # "Under Trump's last year in office": the term's last year, not the presidency and a
    # "last year" of the text's date; "the previous year" is the one before it.
    ("Under Trump's last year in office there were 405,000 Border Patrol encounters, a "
     "reduction from 900,000 the previous year.", "2024-07-01",
     [("fiscal_year", ["FY2020"]), ("fiscal_year", ["FY2019"])]),
    # "Hasta agosto de 2024", "through June 2023", with no start named: the year to that
    # month; "de enero hasta agosto" names its start; "in 2019-20" is a fiscal year.
    ("Hasta agosto de 2024 se registraron 108,444 menores.", "2025-01-07",
     [("range", ["2024-01..2024-08"])]),
    ("Through June 2023, agents made 40,000 arrests.", "2023-08-01",
     [("range", ["2023-01..2023-06"])]),
    ("De febrero hasta agosto de 2024 se registraron 90 mil.", "2025-01-07",
     [("range", ["2024-02..2024-08"])]),
    ("In 2019-20, 19,883 Indians were apprehended.", "2023-11-03",
     [("fiscal_year", ["FY2020"])]),
    # A run of months that ends in the month under way at the text's date is this year's,
    # counted to that day ("entre enero y septiembre", written on 15 September); two months
    # listed are last year's until the latest has been published.
    ("Solo entre enero y septiembre, 45.862 ecuatorianos cruzaron el Darién.", "2023-09-15",
     [("range", ["2023-01..2023-09"])]),
    ("En febrero y septiembre cruzaron 9 mil.", "2023-09-15",
     [("month", ["2022-02", "2022-09"])]),
    # "The month of November in 2022": a month and its year with words between.
    ("That compares to the 23,411 migrants who entered during the entire month of November "
     "in 2022.", "2023-12-04", [("month", ["2022-11"])]),
    # "Just last month in March 2021": the month named, which "last month" glosses (of the
    # month written about, not of the text's date).
    ("The highest being just last month in March 2021.", "2021-05-15",
     [("month", ["2021-03"])]),
    # Two years named together are both ("en 2022 y en 2023", each with its figure, are
    # two).
    ("100,000 children were apprehended in 2015 and 2016.", "2017-03-01",
     [("year", ["2015", "2016"])]),
    ("Se reportó 248 mil 284 en 2022 y en 2023 más de 520 mil.", "2024-01-15",
     [("year", ["2022"]), ("year", ["2023"])]),
    # "Desde el comienzo del año fiscal (octubre de 2021)": the year so far, its first month
    # in brackets; "in recent months" beside it is those months.
    ("En los últimos meses, desde el comienzo del año fiscal (octubre de 2021), hubo "
     "arrestos.", "2022-08-22", [("range", ["2021-10..2022-07"])]),
    # A month as the subject of "broke", "set", "topped": the month the text is about.
    ("September broke the record.", "2021-10-15", [("month", ["2021-09"])]),
    ("The highest August in five years.", "2019-09-10", [("month", ["2019-08"])]),
    # "Posted Feb. 2, 2023 … in the previous four months": counted back from the day the
    # figures were posted; "the previous year" is no run of twelve months.
    ("Its figures, posted Feb. 2, 2023, show 47,092 in the previous four months.",
     "2023-03-15", [("range", ["2022-10..2023-01"])]),
    ("Apprehensions fell from the previous year.", "2023-03-15", [("relative", ["2022"])]),
    # "The previous October low of 26,039 in Fiscal Year 2018": October of that year.
    ("A 62% decline from the previous October low of 26,039 in Fiscal Year 2018.",
     "2025-11-06", [("month", ["2017-10"]), ("fiscal_year", ["FY2018"])]),
    # A fiscal year's own dates in brackets are no period of their own.
    ("En comparación con el año fiscal 2013 (1 de octubre del 2012 a 30 de septiembre del "
     "2013), hubo un aumento.", "2019-06-04", [("fiscal_year", ["FY2013"])]),
    # "The first two months of FY2015 and FY2016": those months of each year.
    ("Apprehensions in the first two months of FY2015 and FY2016 were 5,143 and 10,588.",
     "2017-01-18", [("range", ["2014-10..2014-11", "2015-10..2015-11"])]),
])
def test_time_words_by_hand(text: str, day: str, expected: list) -> None:
    assert refs(text, day) == expected


@pytest.mark.parametrize("words,number", [
    ("twenty-seventh", 27), ("twenty seventh", 27), ("thirteenth", 13), ("fortieth", 40),
    ("twenty-seven", 27), ("vigésimo séptimo", 27), ("vigesimo septimo", 27),
    ("vigésima séptima", 27), ("decimoquinto", 15), ("décimo quinto", 15),
    ("undécimo", 11), ("vigésimo primer", 21), ("veintisiete", 27), ("treinta y uno", 31),
    ("fifth", 5), ("quinto", 5),
])
def test_numbers_in_words_past_twelve(words: str, number: int) -> None:
    from borderstats.claims import lexicon as lx

    assert lx.number_word(words) == number
