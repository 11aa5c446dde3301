"""The HTML claim-check page: self-contained, escaped, well-formed, with the right highlights."""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import Any

import pytest

from borderstats.charts import HIGHLIGHT_COLOR
from borderstats.report_html import render_check_html, verdict_backgrounds, verdict_colors

CBP_URL = "https://www.cbp.gov/document/stats/southwest-land-border-encounters"

# The object printed by `borderstats check --json` (docs example), with offsets that match
# the text: text[start:end] == claim["text"].
EXAMPLE: dict[str, Any] = {'text_date': '2024-03-15',
 'date_assumed': True,
 'date_reason': "The text gives no date; it speaks of February as past and of 'the past two "
                "fiscal years'; 2024-03-15 is assumed.",
 'as_of': None,
 'language': 'en',
 'summary': {'claims': 3,
             'by_verdict': {'accurate': 1, 'roughly_accurate': 1, 'unverifiable': 1}},
 'text': 'Intro line.\n'
         '\n'
         'There were more than 2 million illegal border crossings in each of the past two '
         'fiscal years, twice as many as in 2019. Apprehensions ticked up again in February. '
         'Mexico has added hundreds of checkpoints.',
 'claims': [{'id': 1,
             'text': 'There were more than 2 million illegal border crossings in each of the '
                     'past two fiscal years',
             'start': 13,
             'end': 105,
             'kind': 'total',
             'measure': 'usbp_swb_encounters',
             'periods': ['FY2022', 'FY2023'],
             'claimed': {'value': 2000000,
                         'hedge': 'more_than',
                         'words': 'more than 2 million',
                         'unit': 'crossings'},
             'official': [{'label': 'FY2022',
                           'measure': 'usbp_swb_encounters',
                           'period': 'FY2022',
                           'value': 2206436,
                           'provenance': [{'source': 'cbp_swb_encounters',
                                           'release_id': 2,
                                           'file_name': 'sbo-encounters-fy22-fy25-aug.csv',
                                           'published': '2025-09-15',
                                           'table': 'swb_monthly',
                                           'filters': {'component': ['USBP']},
                                           'first': '2021-10',
                                           'last': '2022-09',
                                           'rounding': 1,
                                           'official_url': CBP_URL,
                                           'compiler': None}]},
                          {'label': 'FY2023',
                           'measure': 'usbp_swb_encounters',
                           'period': 'FY2023',
                           'value': 2045838,
                           'provenance': []}],
             'verdict': 'accurate',
             'explanation': 'Border Patrol recorded 2,206,436 encounters at the Southwest '
                            'border in FY2022 and 2,045,838 in FY2023: both more than 2 '
                            'million.',
             'caveats': ['Encounters count events, not people.',
                         'Encounters are not crossings.'],
             'query': 'borderstats query usbp_swb_encounters --period FY2022..FY2023 --by '
                      'fiscal_year',
             'readings': [{'measure': 'swb_encounters',
                           'periods': ['FY2022', 'FY2023'],
                           'verdict': 'accurate',
                           'note': 'All CBP encounters: 2,378,944 and 2,475,669.'}],
             'robustness': [],
             'series': {'measure': 'usbp_swb_encounters',
                        'grain': 'fiscal_year',
                        'unit': 'encounters',
                        'points': [{'period': 'FY2017', 'value': 303916},
                                   {'period': 'FY2018', 'value': 396579},
                                   {'period': 'FY2019', 'value': 851508},
                                   {'period': 'FY2020', 'value': 400651},
                                   {'period': 'FY2021', 'value': 1659206},
                                   {'period': 'FY2022', 'value': 2206436},
                                   {'period': 'FY2023', 'value': 2045838},
                                   {'period': 'FY2024', 'value': 1530523}],
                        'highlight': ['FY2022', 'FY2023'],
                        'reference': 2000000}},
            {'id': 2,
             'text': 'Apprehensions ticked up again in February.',
             'start': 133,
             'end': 175,
             'kind': 'change',
             'measure': 'usbp_swb_encounters',
             'periods': ['2024-01', '2024-02'],
             'claimed': {'value': None,
                         'hedge': 'ticked_up',
                         'words': 'ticked up',
                         'unit': None},
             'official': [{'label': '2024-01',
                           'measure': 'usbp_swb_encounters',
                           'period': '2024-01',
                           'value': 124215,
                           'provenance': []},
                          {'label': '2024-02',
                           'measure': 'usbp_swb_encounters',
                           'period': '2024-02',
                           'value': 140638,
                           'provenance': []}],
             'verdict': 'roughly_accurate',
             'explanation': 'Border Patrol encounters rose from 124,215 in January 2024 to '
                            '140,638 in February (+13.2%): a rise, larger than a tick.',
             'caveats': ['Encounters count events, not people.'],
             'query': 'borderstats change usbp_swb_encounters --from 2024-01 --to 2024-02',
             'readings': [],
             'robustness': [],
             'series': {'measure': 'usbp_swb_encounters',
                        'grain': 'month',
                        'unit': 'encounters',
                        'points': [{'period': '2023-09', 'value': 218763},
                                   {'period': '2023-10', 'value': 188778},
                                   {'period': '2023-11', 'value': 191113},
                                   {'period': '2023-12', 'value': 249785},
                                   {'period': '2024-01', 'value': 124215},
                                   {'period': '2024-02', 'value': 140638},
                                   {'period': '2024-03', 'value': 137480}],
                        'highlight': ['2024-01', '2024-02'],
                        'reference': None}},
            {'id': 3,
             'text': 'Mexico has added hundreds of checkpoints.',
             'start': 176,
             'end': 217,
             'kind': 'total',
             'measure': None,
             'periods': [],
             'claimed': {'value': None,
                         'hedge': 'hundreds',
                         'words': 'hundreds',
                         'unit': 'checkpoints'},
             'official': [],
             'verdict': 'unverifiable',
             'explanation': "No official series in the store counts Mexico's immigration "
                            'checkpoints.',
             'caveats': [],
             'query': None,
             'readings': [],
             'robustness': [],
             'series': None}]}

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
# SVG elements that may be written self-closing (<line/>) inside HTML
SELF_CLOSING_OK = {"line", "rect", "circle", "path", "polyline", "polygon"}


class Page(HTMLParser):
    """Checks tag balance and collects what the tests look at."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.marks: list[dict[str, Any]] = []  # {"claim", "id", "text"}
        self.paragraphs: list[str] = []  # text of each <p> in the checked text
        self.sup_links: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.cards: dict[str, dict[str, Any]] = {}  # id -> {"svg": n, "text": str}
        self._card: str | None = None
        self._in_text = 0
        self._in_sup = False
        self.text_parts: list[str] = []
        self.feed(html)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {self.stack}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"] or "")
            if self._in_sup:
                self.sup_links.append(a["href"] or "")
        if tag == "div" and "checked-text" in (a.get("class") or ""):
            self._in_text = len(self.stack) + 1
        if tag == "p" and self._in_text:
            self.paragraphs.append("")
        if tag == "mark":
            self.marks.append({"claim": a.get("data-claim"), "id": a.get("id"), "text": ""})
        if tag == "sup":
            self._in_sup = True
        if tag == "article":
            self._card = a.get("id")
            self.cards[self._card or ""] = {"svg": 0, "text": "", "classes": a.get("class")}
        if tag == "svg" and self._card:
            self.cards[self._card]["svg"] += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID and tag not in SELF_CLOSING_OK:
            self.errors.append(f"self-closing <{tag}/>")
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            self.errors.append(f"end tag for void <{tag}>")
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if tag == "div" and self._in_text == len(self.stack) + 1:
            self._in_text = 0
        if tag == "sup":
            self._in_sup = False
        if tag == "article":
            self._card = None

    def handle_data(self, data: str) -> None:
        self.text_parts.append(data)
        if "mark" in self.stack:
            self.marks[-1]["text"] += data
        if self._in_text and "p" in self.stack and not self._in_sup:
            self.paragraphs[-1] += data  # the text itself, without reference numbers
        if self._card:
            self.cards[self._card]["text"] += data

    @property
    def text(self) -> str:
        return "".join(self.text_parts)


def render(report: dict[str, Any]) -> tuple[str, Page]:
    html = render_check_html(report)
    page = Page(html)
    assert not page.errors, page.errors
    return html, page


def marks_by_claim(page: Page) -> dict[str, str]:
    joined: dict[str, str] = {}
    for mark in page.marks:
        joined[mark["claim"]] = joined.get(mark["claim"], "") + mark["text"]
    return joined


# --------------------------------------------------------------------------- the example


def test_page_is_well_formed_and_self_contained() -> None:
    html, page = render(EXAMPLE)
    assert html.startswith("<!DOCTYPE html>")
    assert "<script" not in html.lower()
    assert '<meta charset="utf-8">' in html and 'name="viewport"' in html
    assert "<style>" in html and "@media print" in html and "max-width" in html
    for tag, attrs in page.tags:  # nothing loaded from elsewhere
        assert tag not in {"script", "link", "img", "iframe"}
        assert "src" not in attrs
    assert not re.search(r"url\(|@import", html)
    assert all(h.startswith("#") or h == CBP_URL for h in page.hrefs)
    assert len(page.ids) == len(set(page.ids))  # ids unique
    for svg in re.findall(r"<svg.*?</svg>", html, flags=re.S):
        ET.fromstring(svg)  # every chart is well-formed XML


def test_header_date_and_summary() -> None:
    html, page = render(EXAMPLE)
    assert "borderstats — claim check" in page.text
    assert "2024-03-15" in page.text and "(assumed)" in page.text
    assert "The text gives no date" in page.text
    summary = re.search(r'<ul class="summary">(.*?)</ul>', html, flags=re.S)
    assert summary
    assert re.findall(r'badge v-(\w+)">[^<]+</span> <span class="count">(\d+)', summary[1]) == [
        ("accurate", "1"), ("roughly_accurate", "1"), ("unverifiable", "1")]
    assert "3 claims checked" in page.text


def test_claim_spans_highlight_exactly_the_claims() -> None:
    _, page = render(EXAMPLE)
    text = EXAMPLE["text"]
    assert marks_by_claim(page) == {
        str(c["id"]): text[c["start"]:c["end"]] for c in EXAMPLE["claims"]}
    assert [m["claim"] for m in page.marks] == ["1", "2", "3"]
    # the whole text is there, in paragraphs, and nothing else inside them
    assert page.paragraphs == ["Intro line.", text.split("\n\n")[1]]


def test_highlights_link_to_cards_and_back() -> None:
    html, page = render(EXAMPLE)
    for claim in EXAMPLE["claims"]:
        n = claim["id"]
        assert f"#claim-{n}" in page.sup_links
        assert f"claim-{n}" in page.ids and f"ref-{n}" in page.ids
        assert f'href="#ref-{n}"' in html
        verdict = claim["verdict"]
        assert re.search(rf'<mark class="claim v-{verdict}" id="ref-{n}"', html)
        assert f"v-{verdict}" in page.cards[f"claim-{n}"]["classes"]


def test_cards_show_verdict_figures_caveats_query_and_chart() -> None:
    html, page = render(EXAMPLE)
    assert set(page.cards) == {"claim-1", "claim-2", "claim-3"}
    one, two, three = (page.cards[f"claim-{n}"] for n in (1, 2, 3))
    for card, claim in zip((one, two, three), EXAMPLE["claims"], strict=True):
        assert claim["text"] in card["text"]
        assert claim["explanation"] in card["text"]
        for caveat in claim["caveats"]:
            assert caveat in card["text"]
        if claim["query"]:
            assert claim["query"] in card["text"]
        assert card["svg"] == (1 if claim["series"] else 0)
    assert "Accurate" in one["text"] and "Roughly accurate" in two["text"]
    assert "Unverifiable" in three["text"]
    # figures with thousands separators, provenance, official link
    assert "2,206,436" in one["text"] and "2,045,838" in one["text"]
    assert "124,215" in two["text"] and "140,638" in two["text"]
    assert "2206436" not in re.sub(r"<svg.*?</svg>", "", html, flags=re.S)
    for bit in ("cbp_swb_encounters", "sbo-encounters-fy22-fy25-aug.csv", "2025-09-15",
                "swb_monthly", "component = USBP", "exact counts"):
        assert bit in one["text"], bit
    assert f'<a href="{CBP_URL}"' in html
    # readings
    assert "All CBP encounters: 2,378,944 and 2,475,669." in one["text"]
    assert "swb_encounters" in one["text"]
    # queries in code blocks
    assert "<code>borderstats query usbp_swb_encounters --period FY2022..FY2023" in html
    assert "<code>borderstats change usbp_swb_encounters" in html


def test_charts_follow_the_series() -> None:
    html, _ = render(EXAMPLE)
    svgs = [ET.fromstring(s) for s in re.findall(r"<svg.*?</svg>", html, flags=re.S)]
    assert len(svgs) == 2
    ns = "{http://www.w3.org/2000/svg}"
    bar, line = svgs
    assert "bs-bar" in bar.get("class") and "bs-line" in line.get("class")
    highlighted = [r.get("data-label") for r in bar.iter(f"{ns}rect")
                   if "highlight" in (r.get("class") or "")]
    assert highlighted == ["FY2022", "FY2023"]
    assert all(r.get("fill") == HIGHLIGHT_COLOR for r in bar.iter(f"{ns}rect")
               if "highlight" in (r.get("class") or ""))
    refs = [el for el in bar.iter(f"{ns}line") if el.get("class") == "reference"]
    assert len(refs) == 1 and refs[0].get("data-value") == "2000000"
    labels = ["".join(t.itertext()) for t in bar.iter(f"{ns}text")
              if t.get("class") == "reference-label"]
    assert labels == ["claimed: more than 2 million"]
    dots = [c.get("data-label") for c in line.iter(f"{ns}circle")
            if "highlight" in (c.get("class") or "")]
    assert dots == ["2024-01", "2024-02"]
    assert not [el for el in line.iter(f"{ns}line") if el.get("class") == "reference"]


def test_deterministic() -> None:
    assert render_check_html(EXAMPLE) == render_check_html(copy.deepcopy(EXAMPLE))


# --------------------------------------------------------------------------- hostile input


def test_user_text_is_escaped_everywhere() -> None:
    evil = "<script>alert('x')</script>"
    report = copy.deepcopy(EXAMPLE)
    prefix = f"{evil} & <b>bold</b>\n\n"
    report["text"] = prefix + report["text"]
    for claim in report["claims"]:
        claim["start"] += len(prefix)
        claim["end"] += len(prefix)
    first = report["claims"][0]
    first["explanation"] += evil
    first["caveats"].append(evil)
    first["query"] += f" {evil}"
    first["kind"] = evil
    first["claimed"]["words"] = evil
    first["official"][0]["label"] = evil
    first["official"][0]["provenance"][0]["file_name"] = evil
    first["official"][0]["provenance"][0]["official_url"] = "javascript:alert(1)"
    first["readings"][0]["note"] = evil
    first["robustness"] = [evil, {"note": evil, "verdict": evil, "extra": evil}]
    first["series"]["points"][0]["period"] = evil
    first["series"]["measure"] = evil
    report["date_reason"] = evil
    report["text_date"] = evil
    report["claims"][2]["id"] = evil
    report["language"] = '"><script>'
    html, page = render(report)
    assert "<script" not in html.lower() and "<b>bold" not in html
    assert "javascript:" not in html
    assert "&lt;script&gt;" in html
    assert page.text.count(evil) >= 12
    assert page.paragraphs[0] == f"{evil} & <b>bold</b>"
    assert marks_by_claim(page)["1"] == first["text"]


def test_wrong_offsets_are_repaired_from_the_claim_text() -> None:
    # the offsets as first published in the docs example were off by a few characters
    report = copy.deepcopy(EXAMPLE)
    for claim, (start, end) in zip(report["claims"], [(13, 103), (138, 180), (181, 222)],
                                   strict=True):
        claim["start"], claim["end"] = start, end
    _, page = render(report)
    assert marks_by_claim(page) == {str(c["id"]): c["text"] for c in report["claims"]}


def test_offsets_trusted_when_claim_text_is_a_paraphrase() -> None:
    report = {"text": "Crossings hit 2 million last year.", "claims": [
        {"id": 1, "text": "2,000,000 crossings", "start": 14, "end": 23, "verdict": "accurate"}]}
    _, page = render(report)
    assert marks_by_claim(page) == {"1": "2 million"}


def test_overlapping_and_nested_spans() -> None:
    text = "Alpha beta gamma delta epsilon."
    claims = [
        {"id": 1, "text": text[0:16], "start": 0, "end": 16, "verdict": "accurate"},
        {"id": 2, "text": text[6:10], "start": 6, "end": 10, "verdict": "inaccurate"},  # nested
        {"id": 3, "text": text[11:22], "start": 11, "end": 22, "verdict": "misleading"},  # overlap
        {"id": 4, "text": text[23:30], "start": 23, "end": 30, "verdict": "not_a_claim"},
        {"id": 5, "text": "nowhere", "start": None, "end": None, "verdict": "unverifiable"},
        {"id": 6, "text": "", "start": 500, "end": 10, "verdict": "unverifiable"},
    ]
    html, page = render({"text": text, "claims": claims})
    assert marks_by_claim(page) == {"1": text[0:16], "4": text[23:30]}
    # the claims that could not be highlighted are reachable from the one they overlap
    sup = re.search(r'</mark><sup class="ref">(.*?)</sup>', html)
    assert sup and re.findall(r'href="#(claim-\d)"', sup[1]) == ["claim-1", "claim-2", "claim-3"]
    assert page.paragraphs == [text]
    assert set(page.cards) == {f"claim-{n}" for n in range(1, 7)}
    assert 'href="#ref-5"' not in html  # no "back to text" link for an unplaced claim
    assert 'class="badge v-not_a_claim"' in html


def test_span_across_paragraphs_and_line_breaks() -> None:
    text = "First para ends here.\n\nSecond one\nhas a line break. Tail."
    start, end = text.index("ends"), text.index(" Tail")
    claim = {"id": 7, "text": text[start:end], "start": start, "end": end, "verdict": "accurate"}
    html, page = render({"text": text, "claims": [claim]})
    pieces = [m for m in page.marks if m["claim"] == "7"]
    assert len(pieces) == 2 and [m["id"] for m in pieces] == ["ref-7", None]
    assert pieces[0]["text"] + "\n\n" + pieces[1]["text"] == text[start:end]
    assert html.count('<sup class="ref">') == 1  # one reference, after the last piece
    assert len(page.paragraphs) == 2 and "<br>" in html
    assert page.paragraphs[1] == "Second one\nhas a line break. Tail."


def test_minimal_and_malformed_reports() -> None:
    _, page = render({})
    assert "No claims found." in page.text and "No text." in page.text
    _, page = render({"text": "Just text.\n\n\n\nMore.", "claims": None, "summary": None})
    assert page.paragraphs == ["Just text.", "More."]
    report = {"text": "x", "claims": [{"id": 1, "series": {"grain": "month", "points": []},
                                       "official": [{"value": 1234.5}], "claimed": None}]}
    html, page = render(report)
    assert "no data" in page.text and "1,234.5" in page.text
    assert "1 claim checked" in page.text


def test_grain_picks_the_chart() -> None:
    report = copy.deepcopy(EXAMPLE)
    report["claims"][0]["series"]["grain"] = "year"
    report["claims"][1]["series"]["grain"] = "month"
    html, _ = render(report)
    assert re.findall(r'class="bs-chart bs-(\w+)"', html) == ["bar", "line"]


def test_verdict_colors() -> None:
    verdicts = {"accurate", "roughly_accurate", "inaccurate", "misleading", "unverifiable",
                "not_a_claim"}
    assert set(verdict_colors) == verdicts and set(verdict_backgrounds) == verdicts
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in verdict_colors.values())
    assert verdict_backgrounds["not_a_claim"] == "transparent"
    html = render_check_html(EXAMPLE)
    for verdict in verdicts:
        assert verdict_backgrounds[verdict] in html and verdict_colors[verdict] in html


@pytest.mark.parametrize("verdict", ["accurate", "made_up_verdict", None])
def test_any_verdict_renders(verdict: str | None) -> None:
    _, page = render({"text": "Claim.", "claims": [
        {"id": 1, "text": "Claim.", "start": 0, "end": 6, "verdict": verdict}]})
    assert marks_by_claim(page) == {"1": "Claim."}


# --------------------------------------------------------------------------- the page's language

ENGLISH_WORDS = ("The text", "Claims", "Official figures", "Caveats", "Other readings",
                 "Re-run", "claims checked", "Text dated", "(assumed)", "Accurate",
                 "Roughly accurate", "Unverifiable", "in the text", "Figures as of",
                 "Generated by")


def spanish(report: dict[str, Any]) -> dict[str, Any]:
    report = copy.deepcopy(report)
    report["language"] = report["explanation_language"] = "es"
    return report


def chrome(page: Page) -> str:
    """The page's own words: its text without the checked text and the report's own words."""
    words = page.text.replace(EXAMPLE["date_reason"], "")
    for claim in EXAMPLE["claims"]:
        for value in (claim["text"], claim["explanation"], *claim["caveats"],
                      *(r["note"] for r in claim["readings"])):
            words = words.replace(value, "")
    return words.replace(EXAMPLE["text"].split("\n\n")[1], "").replace("Intro line.", "")


def test_spanish_report_has_spanish_headings_and_badges() -> None:
    html, page = render(spanish(EXAMPLE))
    assert '<html lang="es">' in html
    headings = re.findall(r"<h[123][^>]*>([^<]+)</h[123]>", html)
    assert headings[:3] == ["borderstats — verificación de afirmaciones", "El texto",
                            "Afirmaciones"]
    assert {"Cifras oficiales", "Advertencias", "Otras lecturas", "Volver a consultar"} <= set(
        headings)
    badges = re.findall(r'<span class="badge v-(\w+)">([^<]+)</span>', html)
    assert ("accurate", "Correcta") in badges
    assert ("roughly_accurate", "Aproximadamente correcta") in badges
    assert ("unverifiable", "No verificable") in badges
    assert "3 afirmaciones verificadas" in page.text
    assert 'title="Afirmación 1: Correcta"' in html
    words = chrome(page)
    for english in ENGLISH_WORDS:
        assert english not in words, english


def test_page_follows_the_language_of_the_explanations() -> None:
    # a Spanish text explained in English: English page, the text marked as Spanish
    report = copy.deepcopy(EXAMPLE)
    report["language"], report["explanation_language"] = "es", "en"
    html, page = render(report)
    assert '<html lang="en">' in html and '<div class="checked-text" lang="es">' in html
    assert ">The text</h2>" in html and ">Accurate</span>" in html
    # a language without a message file: English words
    report["language"] = report["explanation_language"] = "de"
    html, _ = render(report)
    assert '<html lang="en">' in html and ">Claims</h2>" in html


def test_single_claim_in_spanish() -> None:
    _, page = render({"language": "es", "text": "x", "claims": [{"id": 1, "verdict": None}]})
    assert "1 afirmación verificada" in page.text and "Sin veredicto" in page.text
    _, page = render({"language": "es"})
    assert "Sin texto." in page.text and "No se encontraron afirmaciones." in page.text


def test_claim_text_with_a_script_is_escaped() -> None:
    text = "Officials said <script>alert(1)</script> 2 million crossed."
    claim = {"id": 1, "text": "<script>alert(1)</script> 2 million", "start": 15,
             "end": 50, "verdict": "inaccurate", "kind": "total",
             "explanation": "Not <script>alert(2)</script>.",
             "claimed": {"words": "<script>", "value": 2e6, "unit": "<b>", "hedge": None}}
    assert text[15:50] == claim["text"]
    html, page = render({"language": "es", "text": text, "claims": [claim]})
    assert "<script" not in html.lower() and "<b>" not in html
    assert html.count("&lt;script&gt;") >= 4
    assert marks_by_claim(page) == {"1": claim["text"]}
    assert page.paragraphs == [text]


def test_spanish_text_checked_for_real(engine: Any) -> None:
    import datetime as dt
    import json
    from pathlib import Path

    from borderstats.claims import check

    texts = Path(__file__).parent / "texts"
    date = json.loads((texts / "es-mexico-2024.expected.json").read_text("utf-8"))["date"]
    report = check((texts / "es-mexico-2024.txt").read_text(encoding="utf-8"),
                   date=dt.date.fromisoformat(date), engine=engine)
    assert report["language"] == "es" and report["claims"]
    html, page = render(report)
    assert '<html lang="es">' in html and ">El texto</h2>" in html
    assert ">Afirmaciones</h2>" in html and ">The text<" not in html
    labels = {"accurate": "Correcta", "roughly_accurate": "Aproximadamente correcta",
              "inaccurate": "Incorrecta", "misleading": "Engañosa",
              "unverifiable": "No verificable"}
    for claim in report["claims"]:
        assert f'<span class="badge v-{claim["verdict"]}">{labels[claim["verdict"]]}</span>' \
            in html
    for english in ("Official figures", "Caveats", "Re-run", "claims checked", "Claimed:"):
        assert english not in page.text, english
