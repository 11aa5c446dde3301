"""The claim-check report as one self-contained HTML page.

:func:`render_check_html` takes the JSON object printed by ``borderstats check --json`` and
returns a complete HTML5 document: inline CSS, inline SVG charts (from
:mod:`borderstats.charts`), no scripts, no external resources. The page shows the checked
text with every claim highlighted in its verdict's color and linked to a card that holds the
verdict, the explanation, the official figures with their provenance, caveats, alternative
readings, robustness notes, the query to re-run and a chart of the series.

Everything taken from the report is HTML-escaped: the text is user input.

Claim spans are character offsets (Python ``str`` indexes) ``start``/``end`` into
``report["text"]``. When ``text[start:end]`` differs from the claim's own ``text`` and that
text occurs in the report text (verbatim, or up to whitespace), the occurrence nearest to
``start`` is highlighted instead. Overlapping or nested spans are not highlighted twice: the
earliest (and, at equal starts, the longest) wins and the others get their reference number
next to it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape
from typing import Any

from borderstats.charts import bar_chart, compact_number, line_chart

__all__ = [
    "VERDICT_LABELS",
    "VERDICT_ORDER",
    "format_value",
    "render_check_html",
    "verdict_backgrounds",
    "verdict_colors",
]

VERDICT_ORDER = ("accurate", "roughly_accurate", "misleading", "inaccurate", "unverifiable",
                 "not_a_claim")
"""Verdicts in the order the summary lists them."""

VERDICT_LABELS: dict[str, str] = {
    "accurate": "Accurate",
    "roughly_accurate": "Roughly accurate",
    "inaccurate": "Inaccurate",
    "misleading": "Misleading",
    "unverifiable": "Unverifiable",
    "not_a_claim": "Not a claim",
}
"""Human names of the verdicts."""

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

_BAR_GRAINS = {"fiscal_year", "year", "calendar_year"}
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


# --------------------------------------------------------------------------- small helpers


def _esc(value: object) -> str:
    """HTML-escaped text; control characters become U+FFFD."""
    return escape(_CONTROL.sub("\ufffd", str(value)), quote=True)


def _esc_text(value: str) -> str:
    """Escaped running text with line breaks kept (``<br>`` before each newline)."""
    return _esc(value).replace("\n", "<br>\n")


def _slug(value: object) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", str(value)).strip("-") or "x"


def _verdict_class(verdict: object) -> str:
    return f"v-{_slug(verdict)}" if verdict else "v-none"


def _verdict_label(verdict: object) -> str:
    if not verdict:
        return "No verdict"
    return VERDICT_LABELS.get(str(verdict), str(verdict).replace("_", " ").capitalize())


def _badge(verdict: object) -> str:
    return f'<span class="badge {_verdict_class(verdict)}">{_esc(_verdict_label(verdict))}</span>'


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


def _link(url: object, text: object | None = None) -> str:
    safe = _safe_url(url)
    label = _esc(text if text is not None else url)
    if safe is None:
        return label
    return f'<a href="{_esc(safe)}" rel="noopener noreferrer">{label}</a>'


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return list(value)
    return [value]


def _humanize(key: object) -> str:
    return str(key).replace("_", " ")


# --------------------------------------------------------------------------- claim spans


def _find_quote(text: str, quote: str, near: int) -> tuple[int, int] | None:
    """The occurrence of ``quote`` in ``text`` nearest to ``near`` (exact, then by words)."""
    hits = [(m.start(), m.end()) for m in re.finditer(re.escape(quote), text)]
    if not hits and quote.split():
        loose = r"\s+".join(re.escape(word) for word in quote.split())
        hits = [(m.start(), m.end()) for m in re.finditer(loose, text)]
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


def _render_text(text: str, claims: list[Mapping[str, Any]], anchors: list[str]) -> str:
    spans, riders = _layout_spans(text, claims)
    paragraphs = _paragraphs(text)
    # the pieces of each span, clipped to paragraphs: (paragraph, start, end, claim, first, last)
    pieces: list[tuple[int, int, int, int, bool, bool]] = []
    for start, end, i in spans:
        parts = [(k, max(start, ps), min(end, pe)) for k, (ps, pe) in enumerate(paragraphs)
                 if max(start, ps) < min(end, pe)]
        for n, (k, a, b) in enumerate(parts):
            pieces.append((k, a, b, i, n == 0, n == len(parts) - 1))
    out: list[str] = []
    for k, (p_start, p_end) in enumerate(paragraphs):
        html: list[str] = []
        pos = p_start
        for _, a, b, i, first, last in (piece for piece in pieces if piece[0] == k):
            if a > pos:
                html.append(_esc_text(text[pos:a]))
            claim = claims[i]
            verdict = claim.get("verdict")
            ident = f' id="ref-{_esc(anchors[i])}"' if first else ""
            tip = f"Claim {claim.get('id', i + 1)}: {_verdict_label(verdict)}"
            html.append(
                f'<mark class="claim {_verdict_class(verdict)}"{ident} '
                f'data-claim="{_esc(anchors[i])}" title="{_esc(tip)}">'
                f"{_esc_text(text[a:b])}</mark>"
            )
            if last:
                links = ",".join(
                    f'<a href="#claim-{_esc(anchors[j])}">{_esc(claims[j].get("id", j + 1))}</a>'
                    for j in [i, *riders.get(i, [])]
                )
                html.append(f'<sup class="ref">{links}</sup>')
            pos = b
        if pos < p_end:
            html.append(_esc_text(text[pos:p_end]))
        out.append(f"<p>{''.join(html)}</p>")
    return "\n".join(out)


# --------------------------------------------------------------------------- cards


def _provenance(items: list[Any]) -> str:
    if not items:
        return "—"
    rows = []
    for prov in items:
        if not isinstance(prov, Mapping):
            rows.append(f"<li>{_esc(prov)}</li>")
            continue
        bits: list[str] = []
        source = prov.get("source")
        if source:
            bits.append(f"<strong>{_link(prov.get('official_url'), source)}</strong>")
        elif _safe_url(prov.get("official_url")):
            bits.append(_link(prov.get("official_url"), "official source"))
        release = []
        if prov.get("release_id") is not None:
            release.append(f"release {_esc(prov['release_id'])}")
        if prov.get("file_name"):
            release.append(f"<span class=\"file\">{_esc(prov['file_name'])}</span>")
        if prov.get("published"):
            release.append(f"published {_esc(prov['published'])}")
        if release:
            bits.append(", ".join(release))
        if prov.get("table"):
            bits.append(f"table <code>{_esc(prov['table'])}</code>")
        filters = prov.get("filters")
        if isinstance(filters, Mapping) and filters:
            bits.append("; ".join(
                f"{_esc(key)} = {_esc(', '.join(str(v) for v in _as_list(values)))}"
                for key, values in filters.items()))
        if prov.get("first") or prov.get("last"):
            bits.append(f"{_esc(prov.get('first') or '…')} to {_esc(prov.get('last') or '…')}")
        rounding = prov.get("rounding")
        if rounding == 1:
            bits.append("exact counts")
        elif _is_number(rounding):
            bits.append(f"rounded to the nearest {_esc(format_value(rounding))}")
        if prov.get("compiler"):
            bits.append(f"compiled by {_esc(prov['compiler'])}")
        if source and _safe_url(prov.get("official_url")):
            bits.append(f'<span class="url">{_link(prov["official_url"])}</span>')
        known = {"source", "release_id", "file_name", "published", "table", "filters",
                 "first", "last", "rounding", "compiler", "official_url"}
        for key, value in prov.items():
            if key not in known and value not in (None, "", [], {}):
                bits.append(f"{_esc(_humanize(key))}: {_esc(value)}")
        rows.append(f"<li>{' · '.join(bits) or '—'}</li>")
    return f'<ul class="prov">{"".join(rows)}</ul>'


def _official_table(official: list[Any]) -> str:
    if not official:
        return ""
    rows = []
    for fig in official:
        if not isinstance(fig, Mapping):
            rows.append(f'<tr><td colspan="3">{_esc(fig)}</td></tr>')
            continue
        label = fig.get("label") or fig.get("period") or ""
        detail = [str(x) for x in (fig.get("measure"), fig.get("period"))
                  if x and str(x) != str(label)]
        sub = f'<br><span class="muted">{_esc(" · ".join(detail))}</span>' if detail else ""
        rows.append(
            f"<tr><th scope=\"row\">{_esc(label)}{sub}</th>"
            f'<td class="num">{_esc(format_value(fig.get("value")))}</td>'
            f"<td>{_provenance(_as_list(fig.get('provenance')))}</td></tr>"
        )
    return (
        '<h3>Official figures</h3><div class="table-wrap"><table class="figures">'
        '<thead><tr><th scope="col">Figure</th><th scope="col">Value</th>'
        '<th scope="col">Source</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _claimed(claimed: object) -> str:
    if not isinstance(claimed, Mapping):
        return ""
    words, value, unit, hedge = (claimed.get(k) for k in ("words", "value", "unit", "hedge"))
    if not (words or value is not None):
        return ""
    bits = []
    if words:
        bits.append(f"<q>{_esc(words)}</q>")
    detail = []
    if value is not None:
        detail.append(_esc(format_value(value) + (f" {unit}" if unit else "")))
    elif unit:
        detail.append(_esc(unit))
    if hedge and _humanize(hedge).casefold() != str(words or "").casefold():
        detail.append(f"hedge: {_esc(_humanize(hedge))}")
    if detail:
        bits.append(f'<span class="muted">({"; ".join(detail)})</span>')
    return f'<p class="claimed"><span class="label">Claimed:</span> {" ".join(bits)}</p>'


def _generic_item(item: object) -> str:
    """One reading or robustness entry, whatever its shape."""
    if not isinstance(item, Mapping):
        return f"<li>{_esc(item)}</li>"
    bits = []
    if item.get("verdict"):
        bits.append(_badge(item["verdict"]))
    if item.get("measure"):
        bits.append(f"<code>{_esc(item['measure'])}</code>")
    periods = _as_list(item.get("periods"))
    if periods:
        bits.append(_esc(", ".join(str(p) for p in periods)))
    text_keys = ("note", "explanation", "text", "description")
    for key in text_keys:
        if item.get(key):
            bits.append(f"<span>{_esc(item[key])}</span>")
    shown = {"verdict", "measure", "periods", *text_keys}
    for key, value in item.items():
        if key not in shown and value not in (None, "", [], {}):
            shown_value = format_value(value) if _is_number(value) else value
            bits.append(f'<span class="muted">{_esc(_humanize(key))}: {_esc(shown_value)}</span>')
    return f"<li>{' '.join(bits) or '—'}</li>"


def _chart(series: object, claimed: object) -> str:
    if not isinstance(series, Mapping):
        return ""
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
        if words and _is_number(value) and float(value) == reference:
            reference_label = f"claimed: {words}"
        else:
            reference_label = f"claimed: {compact_number(reference)}"
    grain = str(series.get("grain") or "")
    unit = str(series.get("unit") or "")
    measure = str(series.get("measure") or "")
    title = f"{measure} by {_humanize(grain)}" if measure and grain else measure or None
    use_bars = grain in _BAR_GRAINS or (grain != "month" and len(points) <= 24)
    draw = bar_chart if use_bars else line_chart
    svg = draw(points, highlight=highlight, reference=reference, reference_label=reference_label,
               title=title, unit=unit)
    caption = []
    if highlight:
        caption.append("highlighted: " + ", ".join(sorted(highlight)))
    if reference is not None:
        caption.append(f"dashed line: the claimed value, {format_value(reference)}")
    figcaption = f"<figcaption>{_esc('; '.join(caption))}</figcaption>" if caption else ""
    return f'<figure class="chart">{svg}{figcaption}</figure>'


def _card(claim: Mapping[str, Any], index: int, anchor: str, placed: bool) -> str:
    verdict = claim.get("verdict")
    number = claim.get("id", index + 1)
    parts = [f'<article class="card {_verdict_class(verdict)}" id="claim-{_esc(anchor)}">']
    head = [f'<span class="num">{_esc(number)}</span>', _badge(verdict)]
    if claim.get("kind"):
        head.append(f'<span class="kind">{_esc(_humanize(claim["kind"]))}</span>')
    if placed:
        head.append(f'<a class="back" href="#ref-{_esc(anchor)}">↑ in the text</a>')
    parts.append(f'<header class="card-head">{" ".join(head)}</header>')
    if claim.get("text"):
        parts.append(f'<blockquote class="claim-text">{_esc_text(str(claim["text"]))}'
                     "</blockquote>")
    parts.append(_claimed(claim.get("claimed")))
    if claim.get("explanation"):
        parts.append(f'<p class="explanation">{_esc_text(str(claim["explanation"]))}</p>')
    parts.append(_chart(claim.get("series"), claim.get("claimed")))
    parts.append(_official_table(_as_list(claim.get("official"))))
    for key, heading in (("caveats", "Caveats"), ("readings", "Other readings"),
                         ("robustness", "Robustness")):
        items = _as_list(claim.get(key))
        if items:
            lis = "".join(_generic_item(item) for item in items)
            parts.append(f'<h3>{heading}</h3><ul class="{key}">{lis}</ul>')
    if claim.get("query"):
        parts.append(f'<h3>Re-run</h3><pre class="query"><code>{_esc(claim["query"])}'
                     "</code></pre>")
    parts.append("</article>")
    return "\n".join(p for p in parts if p)


# --------------------------------------------------------------------------- page


def _summary(report: Mapping[str, Any], claims: list[Mapping[str, Any]]) -> str:
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
    items = "".join(
        f"<li>{_badge(v)} <span class=\"count\">{_esc(format_value(counts[v]))}</span></li>"
        for v in order if counts[v])
    noun = "claim" if total == 1 else "claims"
    return (f'<p class="total">{_esc(format_value(total))} {noun} checked</p>'
            f'<ul class="summary">{items}</ul>')


def _meta(report: Mapping[str, Any]) -> str:
    rows = []
    date = report.get("text_date")
    if date:
        line = f"<strong>Text dated</strong> <time>{_esc(date)}</time>"
        if report.get("date_assumed"):
            line += " <span class=\"assumed\">(assumed)</span>"
        rows.append(f"<li>{line}</li>")
    elif report.get("date_assumed") is not None:
        rows.append("<li><strong>Text date</strong> unknown</li>")
    if report.get("date_reason"):
        rows.append(f'<li class="reason">{_esc(report["date_reason"])}</li>')
    as_of = report.get("as_of")
    if as_of:
        rows.append(f"<li><strong>Figures as published by</strong> <time>{_esc(as_of)}</time>"
                    "</li>")
    else:
        rows.append("<li><strong>Figures as of</strong> the latest releases in the store</li>")
    return f'<ul class="meta">{"".join(rows)}</ul>'


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


def _css() -> str:
    colors = []
    for verdict in VERDICT_ORDER:
        cls = _verdict_class(verdict)
        strong, light = verdict_colors[verdict], verdict_backgrounds[verdict]
        colors.append(f".badge.{cls}{{background:{strong};border-color:{strong}}}")
        colors.append(f"mark.{cls}{{background:{light};border-bottom-color:{strong}}}")
        colors.append(f".card.{cls}{{border-left-color:{strong}}}")
    return _BASE_CSS + "\n".join(colors) + "\n" + _LATE_CSS


_BASE_CSS = """\
*{box-sizing:border-box}
html{scroll-behavior:smooth;-webkit-text-size-adjust:100%}
body{margin:0;background:#f6f7f9;color:#111827;line-height:1.55;
font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
.container{max-width:48rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
h3{font-size:.95rem;margin:1rem 0 .35rem;color:#374151}
a{color:#1d4ed8}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
pre{background:#f3f4f6;border-radius:6px;padding:.6rem .75rem;white-space:pre-wrap;
overflow-wrap:anywhere;margin:.25rem 0}
.meta,.summary{list-style:none;padding:0;margin:.25rem 0}
.meta li{margin:.1rem 0}
.meta .reason{color:#4b5563;font-size:.9rem}
.assumed{color:#b45309;font-weight:600}
.summary{display:flex;flex-wrap:wrap;gap:.5rem 1rem}
.summary li{display:flex;align-items:center;gap:.35rem}
.total{margin:.75rem 0 .25rem;font-weight:600}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:999px;color:#fff;
font-size:.8rem;font-weight:600;border:1px solid #374151;background:#374151;
white-space:nowrap}
.checked-text{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:.25rem 1rem;
overflow-wrap:anywhere}
mark{color:inherit;padding:.05em .1em;border-radius:3px;border-bottom:2px solid #374151;
background:#f3f4f6;-webkit-box-decoration-break:clone;box-decoration-break:clone}
mark:target{outline:2px solid #1d4ed8}
sup.ref{font-size:.7em;font-weight:600;margin-left:.1em}
sup.ref a{text-decoration:none}
.card{background:#fff;border:1px solid #e5e7eb;border-left:6px solid #374151;
border-radius:8px;padding:.75rem 1rem;margin:1rem 0;overflow-wrap:anywhere}
.card:target{box-shadow:0 0 0 3px #93c5fd}
.card-head{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem}
.card-head .num{font-weight:700}
.kind{font-size:.8rem;color:#4b5563;border:1px solid #d1d5db;border-radius:4px;
padding:0 .35rem}
.back{margin-left:auto;font-size:.85rem}
.claim-text{margin:.6rem 0;padding:.1rem .75rem;border-left:3px solid #d1d5db;
font-style:italic}
.claimed .label{font-weight:600}
.muted{color:#4b5563;font-size:.9em}
.chart{margin:.75rem 0}
.chart svg{max-width:100%;height:auto;display:block}
figcaption{font-size:.8rem;color:#4b5563}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #e5e7eb}
thead th{border-bottom:2px solid #d1d5db}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
ul.prov{margin:0;padding-left:1rem}
ul.prov .file{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
ul.readings li,ul.robustness li{margin:.2rem 0}
footer{color:#6b7280;font-size:.8rem;margin:2rem 0 1rem}
"""

_LATE_CSS = """\
.badge.v-not_a_claim{background:#fff;color:#57606a}
mark.v-not_a_claim{border-bottom-style:dotted}
@media (max-width:30rem){body{font-size:15px}.container{padding:.6rem}.card{padding:.6rem}}
@media print{
body{background:#fff;font-size:11pt}
.container{max-width:none;padding:0}
.card,.checked-text{border-color:#9ca3af;break-inside:avoid}
.card{page-break-inside:avoid}
.back{display:none}
a{color:inherit}
ul.prov a[href^="http"]::after{content:" <" attr(href) ">";font-size:.8em;
overflow-wrap:anywhere}
.url{display:none}
mark,.badge,.card{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""


def render_check_html(report: dict[str, Any]) -> str:
    """The claim-check report as one self-contained HTML5 page (a string).

    ``report`` is the object printed by ``borderstats check --json``. Missing or malformed
    fields are tolerated: a claim without a placeable span still gets its card, a claim
    without a ``series`` gets no chart, a report without ``summary`` is summarised from its
    claims. The output is deterministic and contains no scripts.
    """
    text = report.get("text")
    text = text if isinstance(text, str) else ""
    claims = [c for c in _as_list(report.get("claims")) if isinstance(c, Mapping)]
    anchors = _anchors(claims)
    spans, _ = _layout_spans(text, claims)
    placed = {i for _, _, i in spans}
    language = report.get("language")
    lang = language if isinstance(language, str) and re.fullmatch(
        r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", language) else "en"
    title = "borderstats — claim check"
    cards = "\n".join(_card(c, i, anchors[i], i in placed) for i, c in enumerate(claims))
    body_text = _render_text(text, claims, anchors) if text.strip() else (
        '<p class="muted">No text.</p>')
    return f"""<!DOCTYPE html>
<html lang="{_esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="borderstats">
<title>{_esc(title)}</title>
<style>
{_css()}</style>
</head>
<body>
<main class="container">
<header class="page-head">
<h1>{_esc(title)}</h1>
{_meta(report)}
{_summary(report, claims)}
</header>
<section class="text" aria-labelledby="h-text">
<h2 id="h-text">The text</h2>
<div class="checked-text">
{body_text}
</div>
</section>
<section class="claims" aria-labelledby="h-claims">
<h2 id="h-claims">Claims</h2>
{cards if cards else '<p class="muted">No claims found.</p>'}
</section>
<footer>Generated by borderstats. Each figure names its official release; run the query
under a claim to check it again.</footer>
</main>
</body>
</html>
"""
