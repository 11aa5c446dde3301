"""Plain language: every abbreviation an answer shows is spelled out at its end, and
`measures` shows the caveats and what a sector is."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from borderstats.glossary import GLOSSARY, terms_in
from borderstats.nationality import to_iso

# Capitals that are words or formats, not abbreviations a reader must look up.
NOT_ABBREVIATIONS = {"US", "USA", "CSV", "PDF", "HTML", "COVID", "OTHER", "UNKNOWN", "II"}


def run(*args: str, db: Path | None = None) -> str:
    store = ["--db", str(db)] if db else []
    return subprocess.run([sys.executable, "-m", "borderstats", *args, *store],
                          capture_output=True, text=True, timeout=120, check=True).stdout


def abbreviations(text: str) -> set[str]:
    words = set(re.findall(r"(?<![\w-])[A-Z][A-Z0-9]{1,7}(?![\w-])", text))
    return {w for w in words if w not in NOT_ABBREVIATIONS and not re.fullmatch(r"FY\d{4}", w)
            and to_iso(w) is None}


def test_every_abbreviation_in_measures_is_spelled_out() -> None:
    text = run("measures")
    body, _, terms = text.partition("\nTerms\n")
    assert terms, "the output ends with the terms it used"
    unexplained = abbreviations(body) - set(GLOSSARY)
    assert not unexplained, unexplained
    for term in abbreviations(body):
        assert f"  {term}: {GLOSSARY[term]}" in terms, term
    # The caveats the command's help promises, and what a sector is.
    assert "Encounters count events, not people" in body
    assert "field office (e.g. Tucson Field Office)" in body


def test_a_breakdown_spells_out_family_units_and_children(tmp_path: Path) -> None:
    text = run("query", "usbp_swb_encounters", "--period", "FY2019", "--by", "demographic",
               db=tmp_path / "s.duckdb")
    terms = text.partition("\nTerms\n")[2]
    assert "FMUA: individuals in a family unit" in terms
    assert "UAC: unaccompanied (alien) children" in terms
    assert "USBP: U.S. Border Patrol" in terms
    assert "SNM" not in terms  # only what the output used


def test_the_corridor_spells_out_the_agencies(tmp_path: Path) -> None:
    text = run("corridor", "--period", "2023-12", db=tmp_path / "s.duckdb")
    terms = dict(terms_in(text))
    assert {"SNM", "INM", "DIF", "CBP", "IOM"} <= set(terms)


def test_terms_match_whole_words_only() -> None:
    assert terms_in("FY2024 encounters") == [("FY", GLOSSARY["FY"])]
    assert terms_in("UCLA and OFOX and FYI") == []
