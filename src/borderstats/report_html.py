"""The claim-check report as one self-contained HTML page.

:func:`render_check_html` takes the JSON object printed by ``borderstats check --json`` and
returns a complete HTML5 document: inline CSS, inline SVG charts (from
:mod:`borderstats.charts`), no scripts, no external resources. The page shows the checked
text with every claim highlighted in its verdict's color and linked to a card that holds the
verdict, the explanation, the official figures with their provenance, caveats, alternative
readings, robustness notes, the query to re-run and a chart of the series.

The page layout is the Jinja template ``templates/report.html.j2``, rendered with
autoescaping: everything taken from the report is escaped (the text is user input); only the
charts, drawn by our own chart layer, go in as markup. This module turns the report into
what the template shows. The page's words — headings, verdict badges, labels — come from the
message files (``claims/messages/<lang>.toml``) in the language of the explanations.

Claim spans are character offsets (Python ``str`` indexes) ``start``/``end`` into
``report["text"]``. When ``text[start:end]`` differs from the claim's own ``text`` and that
text occurs in the report text (verbatim, or up to whitespace), the occurrence nearest to
``start`` is highlighted instead. Overlapping or nested spans are not highlighted twice: the
earliest (and, at equal starts, the longest) wins and the others get their reference number
next to it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from borderstats.charts import bar_chart, compact_number, line_chart
from borderstats.claims import i18n

__all__ = [
    "VERDICT_LABELS",
    "VERDICT_ORDER",
    "format_value",
    "check_html_pieces",
    "render_check_html",
    "verdict_backgrounds",
    "verdict_colors",
]

VERDICT_ORDER = ("accurate", "roughly_accurate", "misleading", "inaccurate", "unverifiable",
                 "not_a_claim")
"""Verdicts in the order the summary lists them."""

verdict_colors: dict[str, str] = {
    "accurate": "#15803d",
    "roughly_accurate": "#4d7c0f",
    "inaccurate": "#b91c1c",
    "misleading": "#c2410c",
    "unverifiable": "#6b7280",
    "not_a_claim": "#57606a",
}
"""Strong color per verdict (badges, card borders); white text on it has contrast >= 4.5."""

verdict_backgrounds: dict[str, str] = {
    "accurate": "#bbf7d0",
    "roughly_accurate": "#e2f5b0",
    "inaccurate": "#fecaca",
    "misleading": "#fed7aa",
    "unverifiable": "#e5e7eb",
    "not_a_claim": "transparent",
}
"""Light background per verdict, for highlighting claims in the text."""

LISTS = ("caveats", "readings", "robustness")
"""The lists a card shows, in order; each is headed by the report word of the same key."""

_BAR_GRAINS = {"fiscal_year", "year", "calendar_year"}
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")


# --------------------------------------------------------------------------- small helpers


def _clean(value: object) -> str:
    """The value as text, control characters replaced by U+FFFD."""
    return _CONTROL.sub("\ufffd", str(value))


def _finalize(value: object) -> object:
    """What the template prints: plain strings cleaned of control characters (and then
    escaped by the template); markup as it is."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return _clean(value)
    return value


def _line_breaks(value: object) -> Markup:
    """Escaped running text with line breaks kept (``<br>`` before each newline)."""
    return escape(_clean(value)).replace("\n", Markup("<br>\n"))


@cache
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("borderstats", "templates"), autoescape=True,
                      undefined=StrictUndefined, finalize=_finalize, trim_blocks=True,
                      lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["br"] = _line_breaks
    return env


def _slug(value: object) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", str(value)).strip("-") or "x"


def _verdict_class(verdict: object) -> str:
    return f"v-{_slug(verdict)}" if verdict else "v-none"


def _capitalized(words: str) -> str:
    return words[:1].upper() + words[1:]


def _verdict_label(verdict: object, lang: str) -> str:
    """The verdict's name on a badge, in ``lang``: 'Roughly accurate', 'Correcta'."""
    if not verdict:
        return i18n.report_word(lang, "no_verdict")
    names = i18n.WORDS.words(lang, "verdicts")
    if str(verdict) in names:
        return _capitalized(names[str(verdict)])
    return str(verdict).replace("_", " ").capitalize()


VERDICT_LABELS: dict[str, str] = {v: _verdict_label(v, i18n.BASE) for v in VERDICT_ORDER}
"""Names of the verdicts on the page's badges, in English (each language's come from its
message file)."""


def _verdict(verdict: object, lang: str) -> dict[str, str]:
    return {"cls": _verdict_class(verdict), "label": _verdict_label(verdict, lang)}


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def format_value(value: object) -> str:
    """A figure for people: thousands separators, no spurious decimals, ``—`` for none."""
    if value is None:
        return "—"
    if _is_number(value):
        number = float(value)  # type: ignore[arg-type]  # checked by _is_number
        if number != number or number in (float("inf"), float("-inf")):
            return str(value)
        if number.is_integer():
            return f"{int(number):,}"
        return f"{number:,.2f}".rstrip("0").rstrip(".")
    return str(value)


def _safe_url(url: object) -> str | None:
    """The URL if it is a plain http(s) link, else ``None`` (never a ``javascript:`` link)."""
    if isinstance(url, str) and re.match(r"https?://[^\s<>\"']+$", url.strip(), re.I):
        return url.strip()
    return None


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return list(value)
    return [value]


def _humanize(key: object) -> str:
    return str(key).replace("_", " ")


def _named(lang: str, table: str, key: object) -> str:
    """A kind, grain or field named in ``lang`` (the key humanized where it has no name)."""
    return i18n.WORDS.words(lang, "report").get(table, {}).get(str(key)) or _humanize(key)


# --------------------------------------------------------------------------- claim spans


def _find_quote(text: str, quote: str, near: int) -> tuple[int, int] | None:
    """The occurrence of ``quote`` in ``text`` nearest to ``near`` (exact, then by words).

    Searched first within a window around ``near``, then in the whole text: a long text
    with many claims would otherwise be searched whole once per claim."""
    window = 4 * len(quote) + 2000
    lo = max(0, near - window)
    return (_nearest(text, quote, near, lo, min(len(text), near + window + len(quote)))
            or _nearest(text, quote, near, 0, len(text)))


def _nearest(text: str, quote: str, near: int, lo: int, hi: int) -> tuple[int, int] | None:
    exact = re.compile(re.escape(quote))
    hits = [(m.start(), m.end()) for m in exact.finditer(text, lo, hi)]
    if not hits and quote.split():
        loose = re.compile(r"\s+".join(re.escape(word) for word in quote.split()))
        hits = [(m.start(), m.end()) for m in loose.finditer(text, lo, hi)]
    if not hits:
        return None
    return min(hits, key=lambda hit: (abs(hit[0] - near), hit[0]))


def _resolve_span(text: str, claim: Mapping[str, Any]) -> tuple[int, int] | None:
    """Where the claim is in the text, or ``None`` when it cannot be placed."""
    raw_start, raw_end = claim.get("start"), claim.get("end")
    quote = claim.get("text") if isinstance(claim.get("text"), str) else ""
    offsets: tuple[int, int] | None = None
    if all(isinstance(v, int) and not isinstance(v, bool) for v in (raw_start, raw_end)):
        offsets = (int(raw_start), int(raw_end))  # type: ignore[arg-type]
    valid = offsets is not None and 0 <= offsets[0] < offsets[1] <= len(text)
    if offsets is not None and valid and (
            not quote.strip() or text[offsets[0]:offsets[1]] == quote):
        return offsets
    if quote.strip():
        found = _find_quote(text, quote, offsets[0] if offsets else 0)
        if found:
            return found
    if offsets is not None:  # trust the offsets (clipped to the text)
        lo, hi = max(0, offsets[0]), min(len(text), offsets[1])
        if lo < hi:
            return lo, hi
    return None


def _layout_spans(text: str, claims: list[Mapping[str, Any]]
                  ) -> tuple[list[tuple[int, int, int]], dict[int, list[int]]]:
    """Non-overlapping spans ``(start, end, claim index)`` in text order, and for each
    highlighted claim index the indexes of the claims that overlap it (not highlighted)."""
    placed = []
    for i, claim in enumerate(claims):
        span = _resolve_span(text, claim)
        if span is not None:
            placed.append((span[0], span[1], i))
    placed.sort(key=lambda s: (s[0], -(s[1] - s[0]), s[2]))
    kept: list[tuple[int, int, int]] = []
    riders: dict[int, list[int]] = {}
    for start, end, i in placed:
        if kept and start < kept[-1][1]:
            riders.setdefault(kept[-1][2], []).append(i)
            continue
        kept.append((start, end, i))
        riders.setdefault(i, [])
    return kept, riders


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: runs of text between blank lines."""
    bounds: list[tuple[int, int]] = []
    pos = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((pos, brk.start()))
        pos = brk.end()
    bounds.append((pos, len(text)))
    return [(a, b) for a, b in bounds if text[a:b].strip()]


def _text_view(text: str, claims: list[Mapping[str, Any]], anchors: list[str],
               lang: str) -> list[list[dict[str, Any]]]:
    """The paragraphs of the text, each a list of pieces: plain text (``claim`` None) or a
    highlighted piece of a claim, with the claims it carries references to after its last
    piece."""
    spans, riders = _layout_spans(text, claims)
    paragraphs = _paragraphs(text)
    ends = [pe for _, pe in paragraphs]
    # the pieces of each span, clipped to paragraphs, by paragraph: (start, end, claim,
    # first, last). Paragraphs are in text order, so a span's are found by bisection (a long
    # text has tens of thousands of paragraphs and claims).
    pieces: dict[int, list[tuple[int, int, int, bool, bool]]] = {}
    for start, end, i in spans:
        parts = []
        for k in range(bisect.bisect_right(ends, start), len(paragraphs)):
            ps, pe = paragraphs[k]
            if ps >= end:
                break
            if max(start, ps) < min(end, pe):
                parts.append((k, max(start, ps), min(end, pe)))
        for n, (k, a, b) in enumerate(parts):
            pieces.setdefault(k, []).append((a, b, i, n == 0, n == len(parts) - 1))
    out = []
    for k, (p_start, p_end) in enumerate(paragraphs):
        paragraph: list[dict[str, Any]] = []
        pos = p_start
        for a, b, i, first, last in pieces.get(k, ()):
            if a > pos:
                paragraph.append({"text": text[pos:a], "claim": None})
            claim = claims[i]
            verdict = claim.get("verdict")
            tip = i18n.report_word(lang, "claim_tip", id=claim.get("id", i + 1),
                                   verdict=_verdict_label(verdict, lang))
            refs = [{"anchor": anchors[j], "number": claims[j].get("id", j + 1)}
                    for j in [i, *riders.get(i, [])]] if last else []
            paragraph.append({"text": text[a:b], "first": first, "refs": refs, "claim": {
                "anchor": anchors[i], "verdict": _verdict(verdict, lang), "tip": tip}})
            pos = b
        if pos < p_end:
            paragraph.append({"text": text[pos:p_end], "claim": None})
        out.append(paragraph)
    return out


# --------------------------------------------------------------------------- cards


def _provenance(items: list[Any], lang: str) -> list[dict[str, Any]]:
    """Each provenance piece as the bits the card shows, in order."""
    rows = []
    for prov in items:
        if not isinstance(prov, Mapping):
            rows.append({"bits": None, "text": prov})
            continue
        bits: list[dict[str, Any]] = []
        url = _safe_url(prov.get("official_url"))
        source = prov.get("source")
        if source:
            bits.append({"kind": "source", "source": source, "url": url})
        elif url:
            bits.append({"kind": "official_link", "url": url})
        release = []
        if prov.get("release_id") is not None:
            release.append({"kind": "release_id", "value": prov["release_id"]})
        if prov.get("file_name"):
            release.append({"kind": "file", "value": prov["file_name"]})
        if prov.get("published"):
            release.append({"kind": "published", "value": prov["published"]})
        if release:
            bits.append({"kind": "release", "parts": release})
        if prov.get("table"):
            bits.append({"kind": "table", "value": prov["table"]})
        filters = prov.get("filters")
        if isinstance(filters, Mapping) and filters:
            bits.append({"kind": "filters", "pairs": [
                (key, ", ".join(str(v) for v in _as_list(values)))
                for key, values in filters.items()]})
        if prov.get("first") or prov.get("last"):
            bits.append({"kind": "span", "first": prov.get("first") or "…",
                         "last": prov.get("last") or "…"})
        rounding = prov.get("rounding")
        if rounding == 1:
            bits.append({"kind": "exact"})
        elif _is_number(rounding):
            bits.append({"kind": "rounded", "value": format_value(rounding)})
        if prov.get("compiler"):
            bits.append({"kind": "compiler", "value": prov["compiler"]})
        if source and url:
            bits.append({"kind": "url", "url": url})
        known = {"source", "release_id", "file_name", "published", "table", "filters",
                 "first", "last", "rounding", "compiler", "official_url"}
        for key, value in prov.items():
            if key not in known and value not in (None, "", [], {}):
                bits.append({"kind": "other", "key": _named(lang, "fields", key),
                             "value": value})
        rows.append({"bits": bits, "text": None})
    return rows


def _official_rows(official: list[Any], lang: str) -> list[dict[str, Any]]:
    rows = []
    for fig in official:
        if not isinstance(fig, Mapping):
            rows.append({"label": None, "text": fig})
            continue
        label = fig.get("label") or fig.get("period") or ""
        detail = [str(x) for x in (fig.get("measure"), fig.get("period"))
                  if x and str(x) != str(label)]
        rows.append({"label": label, "detail": " · ".join(detail),
                     "value": format_value(fig.get("value")),
                     "provenance": _provenance(_as_list(fig.get("provenance")), lang)})
    return rows


def _claimed(claimed: object, lang: str) -> dict[str, Any] | None:
    if not isinstance(claimed, Mapping):
        return None
    words, value, unit, hedge = (claimed.get(k) for k in ("words", "value", "unit", "hedge"))
    if not (words or value is not None):
        return None
    detail = []
    if value is not None:
        detail.append(format_value(value) + (f" {unit}" if unit else ""))
    elif unit:
        detail.append(str(unit))
    if hedge and _humanize(hedge).casefold() != str(words or "").casefold():
        detail.append(i18n.report_word(lang, "hedge", hedge=_humanize(hedge)))
    return {"words": words, "detail": detail}


def _item(item: object, lang: str) -> dict[str, Any]:
    """One reading or robustness entry, whatever its shape, as the bits the card shows."""
    if not isinstance(item, Mapping):
        return {"bits": None, "text": item}
    bits: list[dict[str, Any]] = []
    if item.get("verdict"):
        bits.append({"kind": "verdict", "verdict": _verdict(item["verdict"], lang)})
    if item.get("measure"):
        bits.append({"kind": "measure", "value": item["measure"]})
    periods = _as_list(item.get("periods"))
    if periods:
        bits.append({"kind": "periods", "value": ", ".join(str(p) for p in periods)})
    text_keys = ("note", "explanation", "text", "description")
    for key in text_keys:
        if item.get(key):
            bits.append({"kind": "text", "value": item[key]})
    shown = {"verdict", "measure", "periods", *text_keys}
    for key, value in item.items():
        if key not in shown and value not in (None, "", [], {}):
            bits.append({"kind": "other", "key": _named(lang, "fields", key),
                         "value": format_value(value) if _is_number(value) else value})
    return {"bits": bits, "text": None}


def _chart(series: object, claimed: object, lang: str) -> dict[str, Any] | None:
    if not isinstance(series, Mapping):
        return None
    points = []
    for point in _as_list(series.get("points")):
        if isinstance(point, Mapping):
            value = point.get("value")
            points.append((str(point.get("period", "")), value if _is_number(value) else None))
    highlight = {str(h) for h in _as_list(series.get("highlight"))}
    reference = series.get("reference")
    reference = float(reference) if _is_number(reference) else None
    reference_label = None
    if reference is not None:
        words = claimed.get("words") if isinstance(claimed, Mapping) else None
        value = claimed.get("value") if isinstance(claimed, Mapping) else None
        shown = words if words and _is_number(value) and float(value) == reference else (
            compact_number(reference))
        reference_label = i18n.report_word(lang, "chart_claimed", claimed=shown)
    grain = str(series.get("grain") or "")
    unit = str(series.get("unit") or "")
    measure = str(series.get("measure") or "")
    title = i18n.report_word(lang, "chart_title", measure=measure, grain=_named(
        lang, "grains", grain)) if measure and grain else measure or None
    use_bars = grain in _BAR_GRAINS or (grain != "month" and len(points) <= 24)
    draw = bar_chart if use_bars else line_chart
    # The chart layer escapes every text it draws: its SVG goes into the page as markup.
    svg = Markup(draw(points, highlight=highlight, reference=reference,
                      reference_label=reference_label, title=title, unit=unit))
    caption = []
    if highlight:
        caption.append(i18n.report_word(lang, "highlighted", periods=", ".join(sorted(highlight))))
    if reference is not None:
        caption.append(i18n.report_word(lang, "reference_line", value=format_value(reference)))
    return {"svg": svg, "caption": "; ".join(caption)}


def _card(claim: Mapping[str, Any], index: int, anchor: str, placed: bool,
          lang: str) -> dict[str, Any]:
    lists = []
    for key in LISTS:
        items = _as_list(claim.get(key))
        if items:
            lists.append({"key": key, "items": [_item(item, lang) for item in items]})
    return {
        "anchor": anchor,
        "number": claim.get("id", index + 1),
        "verdict": _verdict(claim.get("verdict"), lang),
        "kind": _named(lang, "kinds", claim["kind"]) if claim.get("kind") else None,
        "placed": placed,
        "text": str(claim["text"]) if claim.get("text") else None,
        "claimed": _claimed(claim.get("claimed"), lang),
        "explanation": str(claim["explanation"]) if claim.get("explanation") else None,
        "chart": _chart(claim.get("series"), claim.get("claimed"), lang),
        "official": _official_rows(_as_list(claim.get("official")), lang),
        "lists": lists,
        "query": claim.get("query") or None,
        "later": _later(claim.get("later_vintage"), lang),
    }


def _later(later: object, lang: str) -> dict[str, Any] | None:
    """A claim checked as of an older vintage whose verdict a later release changes: the
    new verdict, from which publication date, and why (``vintages.note_later_vintages``)."""
    if not isinstance(later, Mapping) or not later.get("verdict"):
        return None
    heading = (i18n.report_word(lang, "later_release", date=later["from"]) if later.get("from")
               else i18n.report_word(lang, "later_release_undated"))
    explanation = later.get("explanation")
    return {"heading": heading, "verdict": _verdict(later["verdict"], lang),
            "explanation": str(explanation) if explanation else None}


# --------------------------------------------------------------------------- page


def _summary(report: Mapping[str, Any], claims: list[Mapping[str, Any]],
             lang: str) -> dict[str, Any]:
    summary = report.get("summary")
    counts: dict[str, int] = {}
    if isinstance(summary, Mapping) and isinstance(summary.get("by_verdict"), Mapping):
        counts = {str(k): v for k, v in summary["by_verdict"].items() if _is_number(v)}
    else:
        for claim in claims:
            key = str(claim.get("verdict") or "")
            counts[key] = counts.get(key, 0) + 1
    total = summary.get("claims") if isinstance(summary, Mapping) else None
    if not _is_number(total):
        total = len(claims)
    order = [v for v in VERDICT_ORDER if v in counts] + sorted(
        v for v in counts if v not in VERDICT_ORDER)
    return {"total": total, "total_text": format_value(total),
            "counts": [(_verdict(v, lang), format_value(counts[v])) for v in order if counts[v]]}


def _meta(report: Mapping[str, Any]) -> dict[str, Any]:
    return {"date": report.get("text_date") or None,
            "assumed": bool(report.get("date_assumed")),
            "date_unknown": report.get("date_assumed") is not None,
            "reason": report.get("date_reason") or None,
            "as_of": report.get("as_of") or None}


def _anchors(claims: list[Mapping[str, Any]]) -> list[str]:
    anchors: list[str] = []
    seen: set[str] = set()
    for i, claim in enumerate(claims):
        base = _slug(claim.get("id", i + 1))
        anchor, n = base, 2
        while anchor in seen:
            anchor, n = f"{base}-{n}", n + 1
        seen.add(anchor)
        anchors.append(anchor)
    return anchors


def _language_tag(value: object) -> str | None:
    return value if isinstance(value, str) and _LANGUAGE_TAG.fullmatch(value) else None


def _page_language(report: Mapping[str, Any]) -> str:
    """The language the page is written in: that of the explanations (or else of the text)
    when the message files have it, else English."""
    for key in ("explanation_language", "language"):
        tag = _language_tag(report.get(key))
        if tag and tag.lower() in i18n.LANGUAGES:
            return tag.lower()
    return i18n.BASE


def render_check_html(report: dict[str, Any]) -> str:
    """The claim-check report as one self-contained HTML5 page (a string); see
    :func:`check_html_pieces`."""
    return "".join(check_html_pieces(report))


def check_html_pieces(report: dict[str, Any]) -> Iterator[str]:
    """The claim-check report as one self-contained HTML5 page, piece by piece: each
    claim's card (and its chart) is built when the page reaches it, so writing the page of
    a long text never holds the whole page, nor every card, at once.

    ``report`` is the object printed by ``borderstats check --json``. Missing or malformed
    fields are tolerated: a claim without a placeable span still gets its card, a claim
    without a ``series`` gets no chart, a report without ``summary`` is summarised from its
    claims. The page is written in the language of the explanations
    (``report["explanation_language"]``, else ``report["language"]``; English when the
    message files lack it). The output is deterministic and contains no scripts.
    """
    text = report.get("text")
    text = text if isinstance(text, str) else ""
    claims = [c for c in _as_list(report.get("claims")) if isinstance(c, Mapping)]
    anchors = _anchors(claims)
    spans, _ = _layout_spans(text, claims)
    placed = {i for _, _, i in spans}
    lang = _page_language(report)
    text_lang = _language_tag(report.get("language"))

    def words(key: str, *, n: object = None, **kw: object) -> str:
        return i18n.report_word(lang, key, n=n, **kw)

    return _environment().get_template("report.html.j2").generate(
        lang=lang,
        text_lang=text_lang if text_lang and text_lang.lower() != lang else None,
        t=words,
        verdict_styles=[{"cls": _verdict_class(v), "strong": verdict_colors[v],
                         "light": verdict_backgrounds[v]} for v in VERDICT_ORDER],
        meta=_meta(report),
        summary=_summary(report, claims, lang),
        paragraphs=_text_view(text, claims, anchors, lang) if text.strip() else [],
        cards=(_card(c, i, anchors[i], i in placed, lang) for i, c in enumerate(claims)),
    )
