"""Copy-ready sentences (--cite), in English and Spanish, each with its source."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import borderstats
from borderstats.cite import period_words
from borderstats.errors import QueryError

JANUARY_EN = ("Border Patrol recorded 124,215 encounters at the Southwest border in January "
              "2024 (U.S. Customs and Border Protection, Southwest Land Border Encounters, "
              "published September 2025).")
JANUARY_ES = ("La Patrulla Fronteriza registró 124,215 encuentros en la frontera suroeste de "
              "Estados Unidos en enero de 2024 (U.S. Customs and Border Protection, Southwest "
              "Land Border Encounters, publicado en septiembre de 2025).")


def test_one_figure_in_english_and_spanish() -> None:
    result = borderstats.query("usbp_swb_encounters", "2024-01")
    assert borderstats.cite(result) == [JANUARY_EN]
    assert borderstats.cite(result, "es") == [JANUARY_ES]
    with pytest.raises(QueryError, match="--cite 'fr'"):
        borderstats.cite(result, "fr")


def test_a_breakdown_gives_a_sentence_per_figure_with_its_filter() -> None:
    top = borderstats.query("swb_encounters", "2024", by="citizenship", top=2)
    sentences = borderstats.cite(top)
    assert len(sentences) == 2  # "all others" is no figure to quote
    assert sentences[1].startswith("U.S. Customs and Border Protection recorded 179,900 "
                                   "encounters of nationals of Venezuela at the Southwest "
                                   "border in 2024 (")
    spanish = borderstats.cite(top, "es")[0]
    assert "549,681 encuentros de personas de México" in spanish
    families = borderstats.query("usbp_swb_encounters", "FY2019",
                                 where={"demographic": "families"})
    assert "encounters of people in family units at the Southwest border in fiscal year " \
           "2019 (October 2018 to September 2019)" in borderstats.cite(families)[0]


def test_rank_and_change_sentences() -> None:
    rank = borderstats.rank("usbp_swb_encounters", "2024-01")
    assert borderstats.cite(rank)[0] == JANUARY_EN.replace(
        " (U.S.", ", the 5th highest of 26 Januaries from 2000 to 2025 (U.S.")
    assert ", la 5.ª más alta de 26 meses de enero de 2000 a 2025 (" in borderstats.cite(
        rank, "es")[0]
    change = borderstats.change("swb_encounters", "2023-12", "2024-01")
    # 176,195 against 301,981: 125,786 fewer, 41.65% down.
    assert borderstats.cite(change)[0].startswith(
        "U.S. Customs and Border Protection recorded 176,195 encounters at the Southwest "
        "border in January 2024, down 41.7% from 301,981 in December 2023 (")
    assert "un 41.7% menos que los 301,981 de diciembre de 2023" in borderstats.cite(
        change, "es")[0]


def test_an_incomplete_period_says_how_far_the_data_go() -> None:
    partial = borderstats.query("swb_encounters", "FY2025..FY2026")
    sentence = borderstats.cite(partial)[0]
    assert "in fiscal years 2025 to 2026 (October 2024 to September 2026)" in sentence
    assert sentence.endswith(f"; data through {period_words(partial.provenance[-1].last, 'en')}).")


def test_cite_on_the_command_line(tmp_path: Path) -> None:
    def run(*args: str) -> str:
        return subprocess.run([sys.executable, "-m", "borderstats", *args, "--db",
                               str(tmp_path / "s.duckdb")], capture_output=True, text=True,
                              timeout=120, check=True).stdout

    assert run("query", "usbp_swb_encounters", "--period", "2024-01", "--cite") == \
        JANUARY_EN + "\n"
    assert run("query", "usbp_swb_encounters", "--period", "2024-01", "--cite", "es") == \
        JANUARY_ES + "\n"
