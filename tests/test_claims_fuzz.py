"""The claim checker on text nobody would write: it must never crash, and every claim's
offsets must point into the text. Plus the bad inputs a user can give it."""

from __future__ import annotations

import datetime as dt
import string
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderstats.claims import MAX_CHARS, check
from borderstats.claims.extract import extract
from borderstats.claims.text import quantities, sentences
from borderstats.claims.timex import time_refs
from borderstats.errors import BorderstatsError
from borderstats.query import Engine

DAY = dt.date(2024, 3, 20)
FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Pieces of border reporting, to make text that reaches deep into the checker.
FRAGMENTS = [
    "Border Patrol", "CBP", "apprehensions", "encounters", "crossings", "migrants",
    "families", "unaccompanied children", "Venezuelans", "Mexicans", "Title 42", "Title 8",
    "Tucson sector", "Texas", "the southwest border", "nationwide", "ports of entry",
    "got-aways", "deaths", "asylum", "Mexico detained", "more than", "nearly", "about",
    "fewer than", "twice as many as", "three times the", "tenfold", "fell by half", "rose",
    "plummeted", "ticked up", "a record", "the highest since 2000", "one of the lowest",
    "remained high", "continued to rise", "percent of", "a quarter of", "most", "in",
    "fiscal 2023", "FY2019", "2019", "calendar year 2022", "December 2023", "in January",
    "last month", "this fiscal year", "since 2019", "under Biden", "under Trump",
    "the past two fiscal years", "from 2009 to 2012", "2 million", "2.48 million",
    "250,000", "1,954-mile", "12-hour", "40%", "9 percent", "two million", "hundreds of",
    "millions", "0", "-5", "1e9", "99999999999999999999999", ".", ",", ";", " — ", ":", "!",
    "?", "\n", "\n\n", "“", "”", "(", ")", "'", "$", "%",
]
# The same in Spanish, with the corridor: Mexico, the Darién, Guatemala, deportations.
FRAGMENTS_ES = [
    "La Patrulla Fronteriza", "la CBP", "el INM", "México detuvo", "detenciones",
    "aprehensiones", "encuentros", "cruces", "cruzaron", "presentados ante el INM",
    "canalizados al DIF", "devueltos", "deportados", "México deportó", "el Darién",
    "la selva del Darién", "Guatemala recibió", "guatemaltecos retornados", "EE.UU.",
    "Estados Unidos", "la frontera sur", "la frontera norte", "la frontera sur de México",
    "Chiapas", "Tapachula", "Suchiate", "venezolanos", "familias", "más de", "casi",
    "alrededor de", "unos", "menos de", "poco más de", "el doble", "la mitad", "un tercio",
    "diez veces", "más del doble", "se desplomaron", "cayeron", "aumentaron", "repuntaron",
    "se dispararon", "cifra récord", "máximo histórico", "la más alta desde 2000",
    "se mantuvieron altas", "siguieron cayendo", "el 40% de", "más que", "menos que",
    "año fiscal 2023", "en diciembre", "enero de 2024", "el año pasado", "ese año",
    "desde 2019", "bajo el gobierno de Biden", "bajo López Obrador", "1,2 millones",
    "250.000", "1.231.320", "2,5", "medio millón", "cientos de miles", "¿", "¡", "«", "»",
    "ñ", "á", "é", "í", "ó", "ú", "ü",
]
border_text = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join)
spanish_text = st.lists(st.sampled_from(FRAGMENTS_ES + FRAGMENTS[-20:]),
                        max_size=60).map(" ".join)
# NUL is left out: a text holding it is binary, which the checker rejects by design
# (test_nul_anywhere_is_a_clear_error).
unicode_text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=400)
digit_soup = st.text(alphabet="0123456789,.% -$/:+e\n", max_size=300)
punctuation = st.text(alphabet="()[]{}“”‘’«»\"'.,;:!?—–-…¿¡ \n", max_size=300)
huge_numbers = st.lists(st.integers(min_value=0, max_value=10 ** 60).map(str), min_size=1,
                        max_size=8).map(lambda xs: "There were " + " and ".join(xs)
                                        + " border encounters in fiscal 2023.")
any_text = st.one_of(border_text, spanish_text, unicode_text, digit_soup, punctuation,
                     huge_numbers)


def assert_well_formed(text: str, report: dict) -> None:
    strip = string.punctuation + string.whitespace + "“”‘’—–«»…¿¡"
    assert report["summary"]["claims"] == len(report["claims"])
    for claim in report["claims"]:
        assert 0 <= claim["start"] <= claim["end"] <= len(text)
        assert text[claim["start"]:claim["end"]].strip(strip) == claim["text"].strip(strip)
        assert claim["verdict"] in ("accurate", "roughly_accurate", "inaccurate",
                                    "misleading", "unverifiable")


@FAST
@given(text=any_text)
def test_reading_never_crashes(text: str) -> None:
    for sentence in sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text
        quantities(sentence.text)
        time_refs(sentence.text, DAY)
    for claim in extract(text, DAY):
        assert 0 <= claim.start <= claim.end <= len(text)


@FAST
@given(text=any_text)
def test_check_never_crashes(text: str, engine: Engine) -> None:
    assert_well_formed(text, check(text, date=DAY, engine=engine))


@FAST
@given(text=any_text, data=st.data())
def test_nul_anywhere_is_a_clear_error(text: str, data: st.DataObject,
                                       engine: Engine) -> None:
    at = data.draw(st.integers(min_value=0, max_value=len(text)), label="at")
    with pytest.raises(BorderstatsError, match="binary") as info:
        check(text[:at] + "\x00" + text[at:], date=DAY, engine=engine)
    assert len(str(info.value).splitlines()) == 1


@FAST
@given(text=st.one_of(spanish_text, unicode_text), lang=st.sampled_from(["auto", "en", "es"]))
def test_check_in_either_language_never_crashes(text: str, lang: str, engine: Engine) -> None:
    from borderstats.claims.i18n import VERDICT_LABELS, detect_language

    report = check(text, date=DAY, engine=engine, lang=lang)
    assert_well_formed(text, report)
    assert report["language"] == detect_language(text) in ("en", "es")
    shown = report["language"] if lang == "auto" else lang
    assert report["explanation_language"] == shown
    for claim in report["claims"]:
        assert claim["verdict_label"] == VERDICT_LABELS[shown][claim["verdict"]]
        assert claim["explanation"]


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(border_text, spanish_text))
def test_check_without_a_date_never_crashes(text: str, engine: Engine) -> None:
    report = check(text, engine=engine, today=DAY)
    assert report["date_assumed"] and report["date_reason"]
    assert dt.date.fromisoformat(report["text_date"]) <= DAY
    assert_well_formed(text, report)


@FAST
@given(text=st.one_of(border_text, spanish_text),
       year=st.integers(min_value=1900, max_value=2024),
       month=st.integers(min_value=1, max_value=12))
def test_any_text_date_in_the_past_works(text: str, year: int, month: int,
                                         engine: Engine) -> None:
    assert_well_formed(text, check(text, date=dt.date(year, month, 1), engine=engine,
                                   today=dt.date(2025, 1, 1)))


def test_very_long_sentence(engine: Engine) -> None:
    text = ("Border Patrol apprehensions of migrants at the southwest border, " * 400
            + "rose 10 percent in fiscal 2023.")
    assert_well_formed(text, check(text, date=DAY, engine=engine))


# -- bad input ------------------------------------------------------------------------------


def test_empty_text_has_no_claims(engine: Engine) -> None:
    for text in ("", " ", "\n\n\n", "\ufeff"):
        report = check(text, date=DAY, engine=engine)
        assert report["claims"] == [] and report["summary"]["claims"] == 0


def test_datelines_that_are_not_dates(engine: Engine) -> None:
    for text in ("February 31, 2024. Encounters rose.", "2024-13-45: Encounters rose.",
                 "31 de febrero de 2024. Los encuentros aumentaron."):
        report = check(text, engine=engine, today=DAY)
        assert report["date_assumed"] and "dateline" not in report["date_reason"]
    spanish = check("15 de marzo de 2024. Los encuentros aumentaron.", engine=engine,
                    today=DAY)
    assert spanish["text_date"] == "2024-03-15" and "dateline" in spanish["date_reason"]


def test_binary_input_is_a_clear_error(engine: Engine) -> None:
    with pytest.raises(BorderstatsError, match="binary"):
        check("Encounters rose\x00\x01\x02", date=DAY, engine=engine)
    with pytest.raises(BorderstatsError, match="string"):
        check(b"Encounters rose", date=DAY, engine=engine)  # type: ignore[arg-type]


def test_text_at_the_size_limit(engine: Engine) -> None:
    assert MAX_CHARS == 5_000_000
    # Exactly at the limit: processed (a cheap text: one long run with nothing to check).
    started = time.monotonic()
    report = check("a" * MAX_CHARS, date=DAY, engine=engine)
    assert report["claims"] == [] and len(report["text"]) == MAX_CHARS
    assert time.monotonic() - started < 60
    # One character over: a clear error that says the limit.
    with pytest.raises(BorderstatsError, match="5,000,000"):
        check("a" * (MAX_CHARS + 1), date=DAY, engine=engine)


def test_a_large_ordinary_text_is_processed(engine: Engine) -> None:
    paragraph = ("Border Patrol apprehensions at the southwest border fell 7 percent in "
                 "fiscal 2023. The two governments met again.\n\n")
    text = paragraph * 200
    report = check(text, date=DAY, engine=engine)
    assert len(report["claims"]) == 200
    assert {c["verdict"] for c in report["claims"]} == {"accurate"}


def test_a_date_in_the_future_is_an_error(engine: Engine) -> None:
    with pytest.raises(BorderstatsError, match="future"):
        check("Encounters rose in January.", date=dt.date(2999, 1, 1), engine=engine)
    with pytest.raises(BorderstatsError, match="future"):
        check("Encounters rose.", date=dt.date(2024, 3, 21), engine=engine, today=DAY)


def test_a_date_before_the_data(engine: Engine) -> None:
    text = ("Border Patrol apprehensions at the southwest border rose 10 percent last "
            "year. Apprehensions hit a record this year. Apprehensions remained high. There were "
            "about 100,000 apprehensions in fiscal 1949.")
    report = check(text, date=dt.date(1950, 6, 1), engine=engine)
    assert len(report["claims"]) == 4
    assert {c["verdict"] for c in report["claims"]} == {"unverifiable"}
    for claim in report["claims"]:
        assert claim["explanation"]
    # Checked against history when the history is there: fiscal 1960 is in the store.
    old = check("Border Patrol made about 21,000 apprehensions at the southwest border in "
                "fiscal 1960.", date=dt.date(1961, 1, 1), engine=engine)
    assert old["claims"][0]["verdict"] == "accurate"
