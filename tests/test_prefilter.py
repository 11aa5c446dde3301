"""The quick test before a pattern (borderstats.claims.prefilter): the strings it asks for,
and that a pattern behind it finds exactly what the pattern alone finds."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from borderstats.claims import extract, lexicon, timex
from borderstats.claims.prefilter import Gated, factors, gated, matches_remembered
from borderstats.claims.text import sentences

SHARED = Path(__file__).resolve().parents[2] / "shared"
REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    # The alternation every match runs through.
    (r"\b(?:fiscal years?|fy|años fiscales)\s*'?(?P<a>\d{4})", 0,
     {"fiscal year", "fy", "años fiscales"}),
    # The longest run of literal characters, past an optional part.
    (r"(?:x|y)?zz\d+", 0, {"zz"}),
    # An alternative that may be empty says nothing; the run after it does.
    (r"a(?:b|)cd", 0, {"cd"}),
    # A lookbehind is not part of the match: its words are not asked for.
    (r"(?<=record )june", 0, {"june"}),
    # A required repeat keeps its factors; an optional one has none.
    (r"(?:ab)+", 0, {"ab"}),
    (r"(?:ab)*\d", 0, None),
    # Classes and categories alone: nothing to ask for.
    (r"\d+|[a-z]{3}", 0, None),
    # Ignoring case, the strings are lower-cased (the text will be too).
    (r"\b(?:UACs?|Family units)\b", re.IGNORECASE, {"uac", "family units"}),
    # ... and so in a pattern that ignores case in part.
    (r"ABC(?i:de)", 0, {"abc"}),
])
def test_factors(pattern: str, flags: int, expected: set[str] | None) -> None:
    found = factors(pattern, flags)
    assert (None if found is None else set(found)) == expected


@pytest.mark.parametrize("text", [
    "FİSCAL 2024",  # a capital dotted I: str.lower gives two characters
    "fiſcal 2024",  # a long s, which the pattern engine folds to "s"
    "ÆON FISCAL",
    "el año fiscal de 2024",
])
def test_folding_the_pattern_engine_does_not_share_still_runs_the_pattern(text: str) -> None:
    pattern = r"\bfiscal\b"
    assert bool(gated(pattern, re.IGNORECASE).search(text)) == bool(
        re.compile(pattern, re.IGNORECASE).search(text))


@pytest.mark.parametrize("text", ["xxABCDE", "xxABCde", "xxabcDE", "ABC"])
def test_a_pattern_ignoring_case_in_part(text: str) -> None:
    assert bool(gated(r"ABC(?i:de)").search(text)) == bool(re.search(r"ABC(?i:de)", text))


def test_it_stands_for_the_compiled_pattern() -> None:
    g = gated(r"(?P<n>\d+) (?:apprehensions|arrests)", re.IGNORECASE)
    assert g.pattern.startswith("(?P<n>")
    assert g.sub("N", "7 Arrests") == "N"
    assert g.match("12 apprehensions").group("n") == "12"
    assert [m.group("n") for m in g.finditer("3 arrests, 4 apprehensions")] == ["3", "4"]
    assert g.search("no figures here") is None
    assert copy.deepcopy(g) is g


def _real_sentences() -> list[str]:
    texts = []
    for path in [*sorted((SHARED / "claims-dev").glob("*.jsonl")),
                 *sorted((REPO / "bench" / "claims").glob("*.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts.append(f"{record.get('context') or ''} {record['text']}")
    texts += [p.read_text(encoding="utf-8")
              for p in sorted((SHARED / "examples" / "articles").glob("*.txt"))]
    return [s.text for t in texts for s in sentences(t)]


def _gated_patterns() -> list[Gated]:
    found = [v for module in (lexicon, extract) for v in vars(module).values()
             if isinstance(v, Gated)]
    for value in vars(lexicon).values():
        if isinstance(value, tuple):
            for item in value:
                if isinstance(item, Gated):
                    found.append(item)
                elif isinstance(item, tuple) and item and isinstance(item[0], Gated):
                    found.append(item[0])
                elif isinstance(getattr(item, "pattern", None), Gated):
                    found.append(item.pattern)
    return found


def test_the_quick_test_never_skips_a_match_on_real_text() -> None:
    """Every gated pattern of the lexicon and the extractor finds, on every sentence of the
    real claims and articles, what the pattern alone finds."""
    patterns = _gated_patterns()
    assert len(patterns) > 60
    lines = _real_sentences()
    assert len(lines) > 3000
    for g in patterns:
        for line in lines:
            for text in (line, line.lower()):
                assert [m.span() for m in g.finditer(text)] == [
                    m.span() for m in g.compiled.finditer(text)], (g.pattern[:80], text)


def test_time_expressions_are_the_same_with_and_without_the_quick_test(
        monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _real_sentences()
    ref = dt.date(2024, 5, 20)

    def read() -> list[list[tuple]]:
        return [[(r.start, r.end, r.kind, r.periods) for r in timex.time_refs(
            s, ref, fiscal_context=True, president="biden")] for s in lines]

    with_test = read()
    monkeypatch.setattr(timex, "_COMPILED", {})
    monkeypatch.setattr(timex, "gated", lambda pattern: Gated(pattern))
    monkeypatch.setattr(Gated, "possible", lambda self, text: True)
    assert read() == with_test


def test_remembered_matches_are_the_matches() -> None:
    """Within ``matches_remembered``, a pattern run again on a text gives what it gave
    the first time, which is what it finds without the memory; outside, nothing is kept."""
    g = gated(r"(?P<n>\d[\d,]*) (?:apprehensions|arrests)", re.IGNORECASE)
    text = "12 apprehensions in May, 3,400 arrests in June; none in July."
    plain = ([m.span() for m in g.finditer(text)], g.search(text).span(), g.findall(text),
             g.search(text, 5).span())
    with matches_remembered():
        for _ in range(2):
            found = g.findall(text)
            assert ([m.span() for m in g.finditer(text)], g.search(text).span(), found,
                    g.search(text, 5).span()) == plain
            found.append("changed by the caller")  # a caller's list is its own
        assert g.search("no figures") is None
    assert g.findall(text) == plain[2]


def test_a_text_without_a_date_reads_the_same_with_its_matches_remembered(
        engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A text without a date is read under each candidate date; remembering its pattern
    matches between the readings changes nothing of the report."""
    import borderstats.claims as checker

    text = (SHARED / "examples" / "articles" / "mexico-key-player.txt").read_text(
        encoding="utf-8")
    remembered = checker.check(text, engine=engine, today="2026-11-29")
    assert remembered["date_assumed"]
    monkeypatch.setattr(checker, "REMEMBER_MATCHES_CHARS", 0)
    assert checker.check(text, engine=engine, today="2026-11-29") == remembered
