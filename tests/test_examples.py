"""The example articles the package ships, checked against the official figures.

Every expected verdict below was worked out from the figures (`borderstats query …`, latest
releases), never from the checker's output; the figures are in each line's reason. Where the
checker is known to read a claim otherwise, the line says so and is an expected failure
(not strict: it passes once the checker reads it right).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

import borderstats
from borderstats.examples import LANGUAGES, example


class Expected(NamedTuple):
    phrase: str  # words of the claim, as the checker quotes it
    kind: str
    verdict: str
    why: str
    checker_misreads: str = ""  # set when the checker is known to get it wrong


EN = [
    Expected("After a record December", "rank_record", "accurate",
             "December 2023 is the highest month of both Southwest series"),
    Expected("dropped sharply at the start of the year", "change", "accurate",
             "Southwest border encounters 301,981 (Dec 2023) → 176,195 (Jan 2024): −41.7%"),
    Expected("nearly 2.5 million encounters", "total", "accurate",
             "FY2023 Southwest border encounters: 2,475,669"),
    Expected("two and a half times the fiscal 2019 total", "comparison", "accurate",
             "2,475,669 / 977,509 (FY2019) = 2.53"),
    Expected("the total for 2023 passed 3 million", "total", "inaccurate",
             "calendar 2023 Southwest border encounters: 2,541,959"),
    Expected("December was the busiest month on record", "rank_record", "accurate",
             "301,981 (CBP, all components) is the highest month since the series begins in "
             "FY2018; 249,740 (Border Patrol) the highest since FY2000"),
    Expected("more than 300,000 encounters", "total", "accurate", "December 2023: 301,981"),
    Expected("topped 200,000 for the fifth straight month", "streak", "accurate",
             "Aug–Dec 2023: 232,963, 269,735, 240,927, 242,399, 301,981; July 183,479"),
    Expected("Then the numbers fell", "change", "accurate",
             "December 2023 → January 2024: −41.7%",
             "compares FY2023 with FY2018 instead of the months the paragraph is about"),
    Expected("fell by about 40 percent in January", "change", "accurate",
             "301,981 → 176,195: −41.7%, within 3 points of 'about 40 percent'"),
    Expected("about 124,000", "total", "accurate", "Border Patrol, January 2024: 124,215"),
    Expected("was the lowest since June 2023", "rank_record", "accurate",
             "124,215 is the lowest Border Patrol month from July 2023 on; June 2023: 99,538"),
    Expected("one of the five highest January totals on record", "rank_record", "accurate",
             "Border Patrol Januaries 2000–2024: 124,215 ranks 5th"),
    Expected("about 40 percent of Border Patrol encounters", "share", "inaccurate",
             "Mexico, FY2023: 579,146 / 2,045,838 = 28.3%"),
    Expected("most of the rest came from Central and South America", "share", "unverifiable",
             "the Southwest file names four countries and 'other': no series splits the rest "
             "by region", "judges it as a share of all encounters"),
    Expected("a record 780,000 foreigners in 2023", "rank_record", "accurate",
             "Mexico 2023: 778,907, the highest of 2018–2023 (2024 was higher, later)"),
    Expected("three times as many as in 2022", "comparison", "inaccurate",
             "778,907 / 441,409 = 1.76"),
    Expected("more than half a million people crossed the Darién", "total", "accurate",
             "Darién 2023: 520,085"),
    Expected("to more than 50,000", "change", "inaccurate",
             "Darién January 2024: 36,001 (up from 24,626, but not above 50,000)"),
    Expected("evaded capture", "total", "unverifiable", "no series of got-aways in the store"),
]

ES = [
    Expected("bajaron con fuerza en la segunda mitad del año", "change", "accurate",
             "Darién 2024: 201,063 in January–June, 101,140 in July–December; Southwest "
             "border 1,036,335 → 609,895", "reads it as Mexico's detentions, which rose"),
    Expected("más de 1,2 millones de extranjeros en 2024", "total", "accurate",
             "Mexico 2024: 1,231,320"),
    Expected("un récord", "rank_record", "accurate", "2024 is the highest year of 2018–2024"),
    Expected("casi un 60% más que en 2023", "comparison", "accurate",
             "1,231,320 / 778,907 = +58.1%"),
    Expected("cayeron 42% en 2024", "change", "accurate", "Darién 520,085 → 302,203: −41.9%"),
    Expected("cerca del 70%", "share", "accurate",
             "Venezuelans in the Darién 2024: 209,897 / 302,203 = 69.5%"),
    Expected("por tercer mes consecutivo en diciembre", "streak", "accurate",
             "Darién Sep–Dec 2024: 25,111 → 22,914 → 11,144 → 4,849 (three falls); "
             "December under 5,000"),
    Expected("unos 2,1 millones de encuentros", "total", "accurate",
             "FY2024 Southwest border encounters: 2,135,005"),
    Expected("la cifra fue de 2,5 millones", "total", "inaccurate",
             "calendar 2024 Southwest border encounters: 1,646,230"),
    Expected("unos 47.000 migrantes", "total", "accurate",
             "Border Patrol, December 2024: 47,324"),
    Expected("más del 80% frente a diciembre de 2023", "change", "accurate",
             "249,740 → 47,324: −81.1%"),
    Expected("unos 46.600 encuentros", "total", "accurate", "Border Patrol, November 2024: 46,612"),
    Expected("la cifra más baja desde julio de 2020", "rank_record", "accurate",
             "46,612 is the lowest Border Patrol month from August 2020 on; July 2020: 38,536"),
    Expected("por cuarto mes consecutivo en noviembre", "streak", "inaccurate",
             "Southwest border Sep 101,790 → Oct 106,316 rose: November was the first fall"),
    Expected("casi 77.000 guatemaltecos", "total", "accurate", "Guatemala's returns 2024: 76,768"),
    Expected("más de 100.000 personas", "total", "inaccurate",
             "Mexico's deportations and assisted returns 2024: 20,834"),
    Expected("murieron", "total", "unverifiable", "no series of deaths on the route"),
    Expected("solicitudes de asilo", "total", "unverifiable", "no series of Mexico's asylum "
             "applications in the store"),
]


@pytest.fixture(scope="module")
def reports() -> dict[str, dict]:
    out = {}
    for language in LANGUAGES:
        ex = example(language)
        out[language] = borderstats.check(ex.text, date=ex.date)
    borderstats.close()
    return out


def _cases() -> list:
    cases = []
    for language, table in (("en", EN), ("es", ES)):
        for item in table:
            marks = [pytest.mark.xfail(reason=f"the checker {item.checker_misreads}",
                                       strict=False)] if item.checker_misreads else []
            cases.append(pytest.param(language, item, marks=marks,
                                      id=f"{language}: {item.phrase}"))
    return cases


@pytest.mark.parametrize("language,item", _cases())
def test_verdicts_worked_out_from_the_figures(reports: dict[str, dict], language: str,
                                              item: Expected) -> None:
    # A level stated beside a relation is one of its parts ("nearly 2.5 million ...,
    # two and a half times the fiscal 2019 total").
    claims = [x for c in reports[language]["claims"] for x in [c, *c.get("parts", [])]]
    found = [c for c in claims if item.phrase in c["text"] and c["kind"] == item.kind]
    assert found, f"no {item.kind} claim quoting {item.phrase!r}"
    assert {c["verdict"] for c in found} == {item.verdict}, item.why


def test_a_rise_is_read_on_figures_that_moved(reports: dict[str, dict]) -> None:
    # "Crossings in the Darién rose again in January": the transits went 24,626 → 36,001.
    # Mexicans' transits (none in either month, a group named earlier in the text) do not
    # "rise" from none to none.
    claim = next(c for c in reports["en"]["claims"]
                 if "Darién rose again" in c["text"] and c["kind"] == "change")
    assert [o["value"] for o in claim["official"]] == [24_626, 36_001]
    assert "inf" not in claim["explanation"]


def test_each_example_is_dated_and_has_a_dozen_claims_of_every_verdict(
        reports: dict[str, dict]) -> None:
    for language in LANGUAGES:
        report = reports[language]
        assert report["text_date"] == example(language).date.isoformat()
        assert report["language"] == language
        assert len(report["claims"]) >= 12
        assert {"accurate", "inaccurate", "unverifiable"} <= {
            c["verdict"] for c in report["claims"]}


def test_check_example_from_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    english = subprocess.run([sys.executable, "-m", "borderstats", "check", "--example",
                              "--db", db], capture_output=True, text=True)
    assert english.returncode == 0, english.stderr
    assert english.stdout.startswith("example (en) — text date 2024-03-20")
    assert "ACCURATE" in english.stdout and "INACCURATE" in english.stdout
    spanish = subprocess.run([sys.executable, "-m", "borderstats", "check", "--example", "es",
                              "--json", "--db", db], capture_output=True, text=True)
    assert spanish.returncode == 0, spanish.stderr
    report = json.loads(spanish.stdout)
    assert report["language"] == "es" and report["text_date"] == "2025-01-25"
    assert len(report["claims"]) >= 12
    wrong = subprocess.run([sys.executable, "-m", "borderstats", "check", "--example", "fr",
                            "--db", db], capture_output=True, text=True)
    assert wrong.returncode == 2 and "en, es" in wrong.stderr
