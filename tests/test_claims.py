"""The claim checker on texts written for it (tests/texts/) and on a real article.

Each sample text has an expectation file beside it, written from the official figures and
the rules in docs/claims.md before the checker was run: per claim, a distinctive piece of
its text, its kind, measure, periods and verdict, and why. Every expected claim must be
found as expected, and no other claim may appear.
"""

from __future__ import annotations

import datetime as dt
import json
import shlex
import string
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from borderstats.claims import check
from borderstats.claims.i18n import VERDICT_LABELS
from borderstats.errors import BorderstatsError
from borderstats.query import Engine, parse_where

TEXTS = Path(__file__).parent / "texts"
SAMPLES = sorted(p.stem for p in TEXTS.glob("*.txt"))
SPANISH = [name for name in SAMPLES if name.startswith("es-")]
KINDS = ("total", "comparison", "change", "rank_record", "trend", "share")
VERDICTS = ("accurate", "roughly_accurate", "inaccurate", "misleading", "unverifiable")
# Combinations the checker cannot produce, and why (docs/claims.md, "Kinds and verdicts").
# A change or comparison whose figure belongs to another series is judged as the words say
# (inaccurate when more than 5% off), not called misleading; only a comparison across the
# Title 42 line, said of people, misleads.
IMPOSSIBLE = {("trend", "misleading"), ("share", "misleading"), ("change", "misleading")}
REQUIRED = {"text", "start", "end", "kind", "measure", "periods", "claimed", "official",
            "verdict", "explanation", "caveats", "query", "readings", "robustness", "series"}


def sample(name: str) -> tuple[str, dict[str, Any]]:
    text = (TEXTS / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((TEXTS / f"{name}.expected.json").read_text(encoding="utf-8"))
    return text, expected


@pytest.fixture(scope="module")
def reports(engine: Engine) -> dict[str, dict[str, Any]]:
    """Every sample text, checked once."""
    out = {}
    for name in SAMPLES:
        text, expected = sample(name)
        out[name] = check(text, date=dt.date.fromisoformat(expected["date"]), engine=engine)
    return out


@pytest.fixture(scope="module")
def article_text(raw_dir: Path) -> str:
    path = raw_dir.parents[1] / "examples" / "articles" / "mexico-key-player.txt"
    return path.read_text(encoding="utf-8-sig")


@pytest.fixture(scope="module")
def article(article_text: str, engine: Engine) -> dict[str, Any]:
    return check(article_text, date=dt.date(2024, 3, 15), engine=engine)


def match(claims: list[dict], expected: list[dict], allowed: list[dict]) -> list[str]:
    """Problems: expected claims not found as expected, and claims nobody expected."""
    problems, used = [], set()
    for want in expected:
        found = [i for i, c in enumerate(claims)
                 if i not in used and want["match"] in c["text"] and c["kind"] == want["kind"]]
        if not found:
            found = [i for i, c in enumerate(claims) if i not in used and want["match"]
                     in c["text"]]
        if not found:
            problems.append(f"missing {want['kind']} claim {want['match']!r}")
            continue
        used.add(found[0])
        got = claims[found[0]]
        for key in ("kind", "measure", "periods", "verdict"):
            if got[key] != want[key]:
                problems.append(f"{want['match']!r}: {key} is {got[key]!r}, expected "
                                f"{want[key]!r} ({want.get('why', '')}) — {got['explanation']}")
    for i, claim in enumerate(claims):
        if i not in used and not any(a["match"] in claim["text"] for a in allowed):
            problems.append(f"unexpected {claim['kind']} claim {claim['text']!r}: "
                            f"{claim['verdict']} — {claim['explanation']}")
    return problems


# -- the sample texts -------------------------------------------------------------------


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_text(name: str, reports: dict[str, dict[str, Any]]) -> None:
    _, expected = sample(name)
    problems = match(reports[name]["claims"], expected["claims"],
                     expected.get("allowed_extra", []))
    assert not problems, "\n".join(problems)


def test_samples_cover_every_kind_and_verdict() -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for name in SAMPLES:
        for claim in sample(name)[1]["claims"]:
            counts[claim["kind"], claim["verdict"]] += 1
    assert sum(counts.values()) >= 60
    for kind in KINDS:
        for verdict in VERDICTS:
            if (kind, verdict) in IMPOSSIBLE:
                assert counts[kind, verdict] == 0
            else:
                assert counts[kind, verdict] >= 2, (kind, verdict)


def test_spanish_samples_cover_every_kind_and_verdict() -> None:
    """At least 30 Spanish claims, and every kind × verdict that can happen among them."""
    counts: Counter[tuple[str, str]] = Counter()
    for name in SPANISH:
        for claim in sample(name)[1]["claims"]:
            counts[claim["kind"], claim["verdict"]] += 1
    assert sum(counts.values()) >= 30
    for kind in KINDS:
        for verdict in VERDICTS:
            if (kind, verdict) not in IMPOSSIBLE:
                assert counts[kind, verdict] >= 1, (kind, verdict)


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_language(name: str, reports: dict[str, dict[str, Any]]) -> None:
    expected = sample(name)[1].get("language", "en")
    report = reports[name]
    assert report["language"] == expected
    assert report["explanation_language"] == expected
    labels = VERDICT_LABELS[expected]
    for claim in report["claims"]:
        assert claim["verdict_label"] == labels[claim["verdict"]]


@pytest.mark.parametrize("name", SPANISH)
def test_spanish_explanations_are_in_spanish(name: str,
                                             reports: dict[str, dict[str, Any]]) -> None:
    english = (" went from ", "Claimed:", " had ", "No official", "The verdict depends",
               "the result is the same", " of months in the record", "would answer")
    for claim in reports[name]["claims"]:
        where = f"{name}: {claim['text']!r}: {claim['explanation']}"
        assert not any(word in claim["explanation"] for word in english), where
        for caveat in claim["caveats"]:
            assert not caveat.startswith(("Encounters count", "Events, not", "Third-party")), \
                where
        for note in claim["assumptions"]:
            assert not note.startswith(("no period named", "period from", "topic from")), where


def test_explanation_language_can_be_chosen(engine: Engine, article_text: str) -> None:
    text, expected = sample("es-mexico-2024")
    day = dt.date.fromisoformat(expected["date"])
    auto = check(text, date=day, engine=engine)
    english = check(text, date=day, engine=engine, lang="en")
    assert (auto["language"], auto["explanation_language"]) == ("es", "es")
    assert (english["language"], english["explanation_language"]) == ("es", "en")
    # The same claims and verdicts, whatever the language of the explanations.
    assert [(c["text"], c["verdict"]) for c in auto["claims"]] == [
        (c["text"], c["verdict"]) for c in english["claims"]]
    first = english["claims"][0]
    assert first["verdict_label"] == "accurate" and "Claimed:" in first["explanation"]
    assert "Se afirma:" in auto["claims"][0]["explanation"]
    spanish = check(article_text, date=dt.date(2024, 3, 15), engine=engine, lang="es")
    assert spanish["language"] == "en" and spanish["explanation_language"] == "es"
    assert spanish["claims"][1]["verdict_label"] == "correcta"
    assert "corresponde a 'plummeted'" in spanish["claims"][1]["explanation"]
    with pytest.raises(BorderstatsError, match="auto, en or es"):
        check(text, date=day, engine=engine, lang="fr")


def test_text_without_claims_gives_none(reports: dict[str, dict[str, Any]]) -> None:
    report = reports["not-claims"]
    assert report["claims"] == [] and report["summary"] == {"claims": 0, "by_verdict": {}}


# -- the real article ---------------------------------------------------------------------

ARTICLE = [
    # (a piece of the claim, kind, measure, periods, verdict)
    ("in record numbers", "rank_record", "usbp_swb_encounters", ["2023-09..2024-02"],
     "accurate"),  # December 2023 (249,740) is the highest month since monthly data begin
    ("plummeted by January", "change", "usbp_swb_encounters", ["2024-01"], "accurate"),
    ("millions of migrants", "total", None, [], "unverifiable"),  # smuggling: no series
    ("hundreds of immigration checkpoints", "change", None, [], "unverifiable"),
    # Mexico's presentations to the INM: February 2024 (118,334) is the highest month of
    # the store's series (January 2018 on); "recent history" (20 years) is checked from 2018.
    ("Mexico is also detaining more migrants", "rank_record", "mx_irregular_migrants",
     ["2023-09..2024-02"], "accurate"),
    ("remained stubbornly high", "trend", "usbp_swb_encounters", ["2023-12..2024-02"],
     "accurate"),
    # One assertion: the levels (more than 2 million in each year, accurate) are the parts
    # of the comparison (2.59× and 2.40×: more than twice, roughly accurate).
    ("twice as many as in 2019", "comparison", "usbp_swb_encounters", ["FY2022", "FY2023"],
     "roughly_accurate"),
    ("the busiest year for apprehensions under Trump", "rank_record", "usbp_swb_encounters",
     ["FY2019"], "accurate"),
    ("one of the highest January months on record", "rank_record", "usbp_swb_encounters",
     ["2024-01"], "accurate"),  # 5th of the 25 Januaries 2000–2024
    ("ticked up again in February", "change", "usbp_swb_encounters", ["2024-02"],
     "roughly_accurate"),  # +13.2%: more than a tick
    ("Migration has spiked", "change", "usbp_swb_encounters", ["FY2023"], "accurate"),
]


def test_article_claims(article: dict[str, Any]) -> None:
    expected = [{"match": m, "kind": k, "measure": ms, "periods": p, "verdict": v}
                for m, k, ms, p, v in ARTICLE]
    problems = match(article["claims"], expected, [])
    assert not problems, "\n".join(problems)
    assert [c["id"] for c in article["claims"]] == list(range(1, len(ARTICLE) + 1))


def test_article_details(article: dict[str, Any]) -> None:
    claims = {c["text"]: c for c in article["claims"]}
    text = " ".join(claims)
    assert "2009" not in text and "two countries" not in text and "highest levels" not in text
    mexico = next(c for t, c in claims.items() if "Mexico is also detaining" in t)
    figure = mexico["official"][0]
    assert (figure["period"], figure["value"], figure["rank"]) == ("2024-02", 118_334, 1)
    assert figure["provenance"][0]["source"] == "mexico_upm"
    assert "segob" in figure["provenance"][0]["official_url"]
    # The window: "recent history" is 20 years, but the series starts in January 2018.
    assert "January 2018" in mexico["explanation"] and "20 years" in mexico["explanation"]
    assert any("Events, not people" in c for c in mexico["caveats"])
    assert any("IOM" in c for c in mexico["caveats"])
    assert any("six months" in a for a in mexico["assumptions"])
    checkpoints = next(c for t, c in claims.items() if "checkpoints" in t)
    assert "checkpoints" in checkpoints["explanation"]
    assert "staffing" in checkpoints["explanation"]
    ticked = next(c for t, c in claims.items() if "ticked up" in t)
    assert "+13.2%" in ticked["explanation"]
    # Ambiguity: read as all CBP encounters (+7.8%), a tick up is accurate — and it says so.
    assert "depends on the reading" in ticked["explanation"]
    assert any(r["measure"] == "swb_encounters" and r["verdict"] == "accurate"
               for r in ticked["readings"])
    spiked = next(c for t, c in claims.items() if "spiked" in t)
    assert any("no period named" in a for a in spiked["assumptions"])
    record = next(c for t, c in claims.items() if "record numbers" in t)
    assert record["official"][0]["period"] == "2023-12"
    assert record["official"][0]["value"] == 249_740


def test_article_date_is_inferred(article_text: str, engine: Engine) -> None:
    report = check(article_text, engine=engine, today=dt.date(2025, 12, 31))
    assert report["date_assumed"] is True
    assert report["text_date"].startswith("2024-03")
    assert "February" in report["date_reason"] and "--date" in report["date_reason"]
    given = check(article_text, date=dt.date(2024, 3, 15), engine=engine)
    assert given["date_assumed"] is False and given["date_reason"] == "given"


# -- the JSON a claim comes as ----------------------------------------------------------


def all_claims(reports: dict[str, dict[str, Any]], article: dict[str, Any]):
    for name, report in [*reports.items(), ("article", article)]:
        for claim in report["claims"]:
            yield name, report, claim


def test_every_claim_has_the_required_fields(reports: dict[str, dict[str, Any]],
                                             article: dict[str, Any]) -> None:
    strip = string.punctuation + string.whitespace + "“”‘’—–"
    for name, report, claim in all_claims(reports, article):
        where = f"{name}: {claim['text']!r}"
        assert set(claim) >= REQUIRED, where
        text = report["text"]
        assert 0 <= claim["start"] < claim["end"] <= len(text), where
        assert text[claim["start"]:claim["end"]].strip(strip) == claim["text"].strip(strip), \
            where
        assert claim["kind"] in KINDS and claim["verdict"] in VERDICTS, where
        assert {"value", "hedge"} <= set(claim["claimed"]), where
        assert isinstance(claim["caveats"], list) and claim["explanation"], where
        if claim["measure"] is None:
            assert claim["verdict"] == "unverifiable" and claim["query"] is None, where
            continue
        assert claim["periods"] and all(isinstance(p, str) for p in claim["periods"]), where
        if claim["verdict"] != "unverifiable":
            assert claim["official"], where
            for figure in claim["official"]:
                assert figure["provenance"], where
                for piece in figure["provenance"]:
                    assert piece["file_name"] and piece["official_url"], where
            assert claim["query"].startswith("borderstats "), where


def rerun(query: str, engine: Engine) -> Any:
    """Run a claim's query line through the engine, as the CLI would."""
    words = shlex.split(query)
    assert words[0] == "borderstats"
    command, measure, rest = words[1], words[2], words[3:]
    options: dict[str, list[str]] = {}
    for flag, value in zip(rest[::2], rest[1::2], strict=True):
        options.setdefault(flag, []).append(value)
    where = parse_where(options.get("--where", [])) or None
    as_of = dt.date.fromisoformat(options["--as-of"][0]) if "--as-of" in options else None
    if command == "query":
        return engine.query(measure, options["--period"][0], by=options.get("--by"),
                            where=where, as_of=as_of)
    if command == "change":
        return engine.change(measure, options["--from"][0], options["--to"][0], where=where,
                             as_of=as_of)
    assert command == "rank", query
    return engine.rank(measure, options["--period"][0], where=where, as_of=as_of,
                       since=options.get("--since", [None])[0])


def test_every_query_runs(reports: dict[str, dict[str, Any]], article: dict[str, Any],
                          engine: Engine) -> None:
    ran = 0
    for _, _, claim in all_claims(reports, article):
        queries = [claim["query"]] + [r["query"] for r in claim["readings"]]
        queries += claim.get("queries", []) + [r.get("versus_query") for r in claim["readings"]]
        for query in filter(None, queries):
            if claim["verdict"] == "unverifiable" and query != claim["query"]:
                continue
            rerun(query, engine)
            ran += 1
    assert ran > 100


def test_the_printed_query_runs_in_a_shell(reports: dict[str, dict[str, Any]],
                                           tmp_path: Path) -> None:
    claim = next(c for c in reports["title42-era"]["claims"]
                 if "1.5 million Title 42" in c["text"])
    assert "'authority=Title 42'" in claim["query"]  # quoted: the value has a space
    command = [sys.executable, "-m", "borderstats", *shlex.split(claim["query"])[1:],
               "--json", "--db", str(tmp_path / "s.duckdb")]
    result = subprocess.run(command, capture_output=True, timeout=300, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["value"] == 1_063_526


def test_share_figures_hold_part_and_whole(reports: dict[str, dict[str, Any]]) -> None:
    claim = next(c for c in reports["fy2023-year-end"]["claims"]
                 if "Mexican citizens accounted" in c["text"])
    part, whole = claim["official"]
    assert (part["label"], part["value"]) == ("part", 717_333)
    assert (whole["label"], whole["value"]) == ("whole", 2_475_669)


# -- vintages, ambiguity, robustness ------------------------------------------------------


def test_as_of_checks_against_the_figures_published_then(engine: Engine) -> None:
    # CBP first published 240,988 Southwest border encounters for October 2023 and has since
    # revised the month to 240,927.
    text = "CBP recorded 240,988 encounters at the southwest border in October 2023."
    day = dt.date(2023, 11, 20)
    then = check(text, date=day, as_of=day, engine=engine)
    now = check(text, date=day, engine=engine)
    (a,), (b,) = then["claims"], now["claims"]
    assert then["as_of"] == "2023-11-20" and now["as_of"] is None
    assert a["official"][0]["value"] == 240_988 and b["official"][0]["value"] == 240_927
    assert "+0.0%" in a["explanation"] and "-0.0%" in b["explanation"]
    assert a["official"][0]["provenance"][0]["published"] <= "2023-11-20"
    assert a["query"].endswith("--as-of 2023-11-20")
    assert rerun(a["query"], engine).value == 240_988
    assert rerun(b["query"], engine).value == 240_927


def test_as_of_before_a_month_was_published_leaves_it_unverifiable(engine: Engine) -> None:
    text = "CBP recorded about 189,000 encounters at the southwest border in February 2024."
    early = check(text, date=dt.date(2024, 3, 20), as_of=dt.date(2024, 3, 1), engine=engine)
    late = check(text, date=dt.date(2024, 3, 20), engine=engine)
    assert early["claims"][0]["verdict"] == "unverifiable"
    assert late["claims"][0]["verdict"] == "accurate"


def test_ambiguous_claims_say_the_verdict_depends_on_the_reading(
        reports: dict[str, dict[str, Any]]) -> None:
    ambiguous = [c for report in reports.values() for c in report["claims"]
                 if "depends on the reading" in c["explanation"]]
    assert len(ambiguous) >= 5
    for claim in ambiguous:
        other = {r["verdict"] for r in claim["readings"]
                 if not r["framing"] and r["verdict"] != "unverifiable"}
        assert other - {claim["verdict"]}, claim["text"]
    # Fiscal 2024 encounters fell 13.8% (all CBP) or 25.2% (Border Patrol): "fell 17 percent"
    fell = next(c for c in reports["fiscal-2024"]["claims"] if "fell 17 percent" in c["text"])
    assert fell["verdict"] == "roughly_accurate"
    assert {(r["measure"], r["verdict"]) for r in fell["readings"] if not r["framing"]} == {
        ("usbp_swb_encounters", "inaccurate")}


def test_rank_claims_carry_robustness(reports: dict[str, dict[str, Any]],
                                      article: dict[str, Any]) -> None:
    ranks = [c for _, _, c in all_claims(reports, article)
             if c["kind"] == "rank_record" and c["verdict"] != "unverifiable"]
    assert len(ranks) >= 15
    for claim in ranks:
        assert claim["robustness"], claim["text"]
        for entry in claim["robustness"]:
            assert {"window", "first", "last", "rank", "of", "verdict"} <= set(entry)
            assert 1 <= entry["rank"] <= entry["of"]
    # "the most since 2007" holds from FY2008 on, not over all the years on record.
    since = next(c for c in reports["history-2019"]["claims"]
                 if "the most since 2007" in c["text"])
    windows = {e["window"]: e for e in since["robustness"]}
    assert windows["2008-01..2019-09 (as claimed)"]["verdict"] == "accurate"
    assert windows["all years covered"]["verdict"] == "inaccurate"
    # A record is judged among the periods published by the text's date, not later ones.
    uac = next(c for c in reports["history-2019"]["claims"] if "highest ever" in c["text"])
    assert uac["official"][0]["record"]["period"] == "FY2019"
    assert all(e["last"] <= "FY2019" for e in uac["robustness"])


def test_relabelled_figures_are_judged_as_the_words_say_and_say_what_they_match(
        reports: dict[str, dict[str, Any]]) -> None:
    claims = {c["text"]: c for c in reports["fy2023-year-end"]["claims"]}
    nationwide = next(c for t, c in claims.items() if "3.2 million" in t)
    # At the southwest border FY2023 was 2,475,669 (23% short); 3.2 million is the
    # nationwide total: inaccurate for what the words say, and the explanation says whose.
    assert nationwide["verdict"] == "inaccurate" and nationwide["measure"] == "swb_encounters"
    assert "nationwide" in nationwide["explanation"] and "3,201,144" in nationwide["explanation"]
    assert nationwide["evidence"]["figure_matches"]
    framing = [r for r in nationwide["readings"] if r["framing"]]
    assert any(r["measure"] == "nationwide_encounters" and r["verdict"] == "accurate"
               for r in framing)
    calendar = next(c for c in reports["winter-2024"]["claims"]
                    if "calendar year 2023" in c["text"])
    assert "fiscal year" in calendar["explanation"] and "2,475,669" in calendar["explanation"]
    people = next(c for t, c in claims.items() if "different people" in t)
    assert "not people" in people["explanation"]


def test_unknown_period_claims_follow_the_written_defaults(engine: Engine) -> None:
    day = dt.date(2024, 3, 20)
    report = check("Illegal crossings have soared. Crossings remained high. Border Patrol "
                   "apprehensions hit record levels.", date=day, engine=engine)
    change, trend, rank = report["claims"]
    assert change["periods"] == ["FY2023"] and "FY2018" in change["explanation"]
    assert trend["periods"] == ["2023-12..2024-02"]
    assert rank["periods"] == ["2023-09..2024-02"]
    for claim in report["claims"]:
        assert any("no period named" in a for a in claim["assumptions"])


# -- the corridor: Mexico, the Darién, Guatemala, DHS ----------------------------------------


def claim_in(reports: dict[str, dict[str, Any]], name: str, piece: str,
             kind: str | None = None) -> dict[str, Any]:
    return next(c for c in reports[name]["claims"]
                if piece in c["text"] and (kind is None or c["kind"] == kind))


def test_mexico_against_the_us_compares_the_same_months(
        reports: dict[str, dict[str, Any]], engine: Engine) -> None:
    claim = claim_in(reports, "corridor-2025", "than the US Border Patrol apprehended")
    assert claim["measure"] == "mx_irregular_migrants"
    assert claim["versus_measure"] == "usbp_swb_encounters"
    mexico, us = claim["official"]
    assert (mexico["period"], mexico["value"]) == ("2024", 1_231_320)
    assert (us["period"], us["value"]) == ("2024", 1_051_384)  # calendar 2024, not FY2024
    assert mexico["provenance"][0]["source"] == "mexico_upm"
    assert us["provenance"][0]["source"].startswith("cbp")
    assert "1.17×" in claim["explanation"] and "calendar months" in claim["explanation"]
    # The caveat of comparing two countries' series.
    assert "same person" in claim["caveats"][0] and "encounters" in claim["caveats"][0]
    assert [rerun(q, engine).value for q in claim["queries"]] == [1_231_320, 1_051_384]


def test_mexico_against_the_us_depends_on_which_us_series(
        reports: dict[str, dict[str, Any]]) -> None:
    # "México detiene más migrantes que EE.UU.", present tense: the last twelve months both
    # series cover. As all CBP encounters the US figure is larger; as Border Patrol alone, not.
    # The words leave both readings open, so the claim is read as the one that holds (1.42×)
    # and the explanation says what the other gives (0.84×).
    claim = claim_in(reports, "es-mexico-2024", "México detiene más migrantes que EE.UU")
    assert claim["versus_measure"] == "usbp_swb_encounters" and claim["verdict"] == "accurate"
    assert any("doce meses" in a for a in claim["assumptions"])
    assert "depende de la lectura" in claim["explanation"]
    assert {(r["versus_measure"], r["verdict"]) for r in claim["readings"]} >= {
        ("swb_encounters", "inaccurate")}


def test_whose_southern_border(reports: dict[str, dict[str, Any]]) -> None:
    """'La frontera sur' is the US's or Mexico's by the cues; the claim says which."""
    us = claim_in(reports, "es-eeuu-invierno-2024", "casi 250.000")
    assert any("frontera suroeste de EE.UU." in a and "Patrulla Fronteriza" in a
               for a in us["assumptions"])
    by_text = claim_in(reports, "es-eeuu-invierno-2024", "Más de la mitad")
    assert any("el texto nombra" in a for a in by_text["assumptions"])
    mexican = claim_in(reports, "es-mexico-2024", "1,5 millones")
    assert any("frontera sur de México" in a and "INM" in a for a in mexican["assumptions"])
    assert "mayor que el total nacional" in mexican["explanation"]
    chiapas = claim_in(reports, "es-mexico-2024", "más de 500.000")
    assert chiapas["verdict"] == "unverifiable" and "1,231,320" in chiapas["explanation"]
    assert chiapas["missing_series"]
    north = claim_in(reports, "es-mexico-2024", "más de un millón de migrantes en 2024")
    assert any("frontera norte de México es la frontera suroeste" in a
               for a in north["assumptions"])
    guatemala = claim_in(reports, "es-corredor-2025", "desde Guatemala")
    assert guatemala["measure"] is None and "frontera sur de México" in guatemala["explanation"]


def test_series_published_by_calendar_year(reports: dict[str, dict[str, Any]]) -> None:
    # In a text that speaks of fiscal years, a bare year is still a calendar year for
    # Mexico and Panama; a fiscal year the text names is summed from the months, and a
    # calendar-year figure given as a fiscal year is roughly right (the wrong year label).
    bare = claim_in(reports, "es-corredor-2025", "Más de medio millón")
    assert bare["periods"] == ["2023"]
    assert any("año calendario" in a for a in bare["assumptions"])
    fiscal = claim_in(reports, "es-corredor-2025", "1,23 millones")
    assert fiscal["official"][0]["value"] == 1_286_046
    assert "1,231,320" in fiscal["explanation"] and fiscal["verdict"] == "roughly_accurate"


def test_mexico_returns_say_how_many_were_deportations(
        reports: dict[str, dict[str, Any]]) -> None:
    claim = claim_in(reports, "corridor-2025", "deported more than 20,000")
    assert "516 were formal deportations" in claim["explanation"]
    # Formal deportations alone (516) are forty times fewer: a count of something else,
    # which gives that reading no verdict.
    assert {(r["reading"], r["verdict"]) for r in claim["readings"]} == {
        ("Mexico: formal deportations only", "unverifiable")}


def test_guatemala_returns_from_the_us_after_2023(reports: dict[str, dict[str, Any]]) -> None:
    claim = claim_in(reports, "corridor-2025", "about 60,000 Guatemalans")
    assert claim["official"][0]["value"] == 61_680
    assert "does not say" in claim["explanation"]


def test_removals_outside_the_store_name_the_gap(reports: dict[str, dict[str, Any]]) -> None:
    claim = claim_in(reports, "corridor-2025", "January 2025")
    assert claim["verdict"] == "unverifiable" and claim["measure"] == "dhs_removals"
    assert "August 2024" in claim["explanation"] and "FY2019" in claim["explanation"]
    spanish = claim_in(reports, "es-corredor-2025", "unas 30.000")
    assert "agosto de 2024" in spanish["explanation"]


def test_darien_counts_people(reports: dict[str, dict[str, Any]]) -> None:
    # Panama registers each person entering: "people crossed" is not an events-as-people
    # misframing there, while Mexico's presentations are events.
    darien = claim_in(reports, "corridor-2025", "More than 500,000 people")
    assert darien["verdict"] == "accurate"
    mexico = claim_in(reports, "es-mexico-2024", "personas distintas")
    assert mexico["verdict"] == "misleading" and "no personas" in mexico["explanation"]


@pytest.mark.parametrize("text,day,kind,measure,periods,verdict", [
    ("México detuvo a 1.2 millones de migrantes en 2024.", "2025-04-20", "total",
     "mx_irregular_migrants", ["2024"], "accurate"),  # 1,231,320
    ("El año pasado, unas 500.000 personas cruzaron el Darién.", "2024-03-15", "total",
     "darien_transits", ["2023"], "accurate"),  # 520,085, +4.0% (±10%)
    ("About 500,000 people crossed the Darién last year.", "2024-03-15", "total",
     "darien_transits", ["2023"], "accurate"),
    ("México devolvió a más de 50.000 extranjeros en 2023.", "2025-04-20", "total",
     "mx_returns", ["2023"], "accurate"),  # 54,728
    ("Mexico detained more migrants than the US Border Patrol apprehended in 2024.",
     "2025-04-20", "comparison", "mx_irregular_migrants", ["2024"], "accurate"),
    ("Las deportaciones de Estados Unidos aumentaron en el año fiscal 2023.", "2025-04-20",
     "change", "dhs_removals", ["FY2023"], "accurate"),  # 102,840 -> 177,790
])
def test_examples_of_the_corridor(text: str, day: str, kind: str, measure: str,
                                  periods: list[str], verdict: str, engine: Engine) -> None:
    (claim,) = check(text, date=dt.date.fromisoformat(day), engine=engine)["claims"]
    assert (claim["kind"], claim["measure"], claim["periods"], claim["verdict"]) == (
        kind, measure, periods, verdict), claim["explanation"]
