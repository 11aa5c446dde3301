"""Pure-Python SVG charts: the one chart layer of borderstats.

Every function returns a standalone SVG document as a string (``xmlns``, ``viewBox``,
``role="img"``, a ``<title>`` and a ``<desc>`` for screen readers), which can be written to a
``.svg`` file or inlined into HTML as is. Output is deterministic: the same input always gives
the same bytes. No external fonts, scripts or resources are referenced; all text is
XML-escaped; colors are chosen to read on a white background.

Values that are ``None``, NaN or infinite are treated as missing: the label is kept, the bar
or line point is not drawn.

Elements carry classes so that callers (and tests) can find and restyle them:

* ``bar`` / ``bar highlight`` on ``<rect>`` bars, with ``data-label`` and ``data-value``;
* ``point highlight`` on highlighted ``<circle>`` dots of a line chart, ``line`` on its path;
* ``reference`` on the dashed reference ``<line>`` (``data-value`` holds the value) and
  ``reference-label`` on its text;
* ``tick`` on y-axis tick labels (``data-value``), ``grid`` on grid lines, ``x-label`` on
  x-axis labels, ``value-label`` on the value printed above highlighted bars/points;
* ``no-data`` on the text of an empty chart.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from html import escape

__all__ = [
    "AXIS_COLOR",
    "GRID_COLOR",
    "HIGHLIGHT_COLOR",
    "LINE_COLOR",
    "MUTED_COLOR",
    "REFERENCE_COLOR",
    "TEXT_COLOR",
    "bar_chart",
    "compact_number",
    "line_chart",
    "nice_ticks",
    "sparkline",
    "VEGA_LITE_SCHEMA",
    "vega_config",
    "render",
    "javascript_bundle",
]

HIGHLIGHT_COLOR = "#1d4ed8"
"""Strong blue: highlighted bars, highlighted points and their value labels."""
MUTED_COLOR = "#b8c1cc"
"""Muted grey-blue: bars that are not highlighted."""
LINE_COLOR = "#64748b"
"""Slate: the line of a line chart and of a sparkline."""
REFERENCE_COLOR = "#b45309"
"""Dark amber: the dashed reference line (e.g. a claimed value) and its label."""
AXIS_COLOR = "#6b7280"
"""Axis line and tick labels."""
GRID_COLOR = "#e5e7eb"
"""Horizontal grid lines."""
TEXT_COLOR = "#1f2937"
"""Titles and other text."""

FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
_FONT_SIZE = 11
_CHAR_WIDTH = 6.2  # estimated average glyph width at _FONT_SIZE, in px
_NICE_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)

Point = tuple[str, float | None]


# --------------------------------------------------------------------------- numbers


def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """Round tick values covering ``[lo, hi]``: at most ``n`` of them, as many as possible.

    The step is 1, 2, 2.5 or 5 times a power of ten; the first tick is at or below ``lo``
    and the last at or above ``hi``. With ``n=5`` this gives 3 to 5 ticks for any non-empty
    range. A degenerate range is widened first: ``(0, 0)`` becomes ``(0, 1)``, and
    ``(v, v)`` is widened to include zero. Ticks are returned as floats, rounded so that
    they print cleanly (``0.3``, not ``0.30000000000000004``).

    >>> nice_ticks(0, 2_206_436)
    [0.0, 1000000.0, 2000000.0, 3000000.0]
    >>> nice_ticks(0, 100)
    [0.0, 25.0, 50.0, 75.0, 100.0]
    """
    if n < 2:
        raise ValueError("nice_ticks needs n >= 2")
    if not (math.isfinite(lo) and math.isfinite(hi)):
        raise ValueError(f"nice_ticks needs finite bounds, got {lo!r}, {hi!r}")
    lo, hi = float(min(lo, hi)), float(max(lo, hi))
    if lo == hi:
        if lo == 0:
            hi = 1.0
        elif lo > 0:
            lo = 0.0
        else:
            hi = 0.0
    span = hi - lo
    exponent = math.floor(math.log10(span / (n - 1)))
    while True:
        for mantissa in _NICE_STEPS:
            step = mantissa * 10.0**exponent
            first = math.floor(lo / step + 1e-9)
            last = math.ceil(hi / step - 1e-9)
            if last - first + 1 <= n:
                digits = max(0, 1 - exponent)  # 2.5 x 10^e needs one more decimal
                return [_clean(round(k * step, digits)) for k in range(first, last + 1)]
        exponent += 1


def _clean(x: float) -> float:
    return 0.0 if x == 0 else float(x)


_UNITS = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k"))


def compact_number(x: float | None, precision: int = 3) -> str:
    """A short human form of a number: ``2.4M``, ``125k``, ``980``, ``1.25B``, ``-3.5k``.

    ``precision`` is the number of significant digits kept (trailing zeros are dropped), so
    ``compact_number(2_206_436)`` is ``2.21M`` and ``compact_number(2_206_436, 2)`` is
    ``2.2M``. Values of a quadrillion or more are written in scientific notation. ``None``,
    NaN and infinities give ``"–"``, ``"NaN"``, ``"∞"``/``"-∞"``.
    """
    if x is None:
        return "–"
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if x == 0:
        return "0"
    precision = max(1, precision)
    sign = "-" if x < 0 else ""
    a = abs(x)
    # round to significant digits first, so that 999_950 becomes 1M, not 1000k
    magnitude = math.floor(math.log10(a))
    a = round(a, precision - 1 - magnitude)
    if a >= 1e15:
        return sign + f"{a:.{precision}g}"
    for size, suffix in _UNITS:
        if a >= size:
            return sign + _strip(a / size, precision) + suffix
    return sign + _strip(a, precision)


def _strip(v: float, precision: int) -> str:
    """``v`` with ``precision`` significant digits, no trailing zeros, no exponent."""
    if v == 0:
        return "0"
    decimals = max(0, precision - 1 - math.floor(math.log10(abs(v))))
    text = f"{v:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _full_number(x: float) -> str:
    """Thousands separators; integers without decimals."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _num(v: float) -> str:
    """An SVG coordinate: at most 2 decimals, no trailing zeros, never ``-0``."""
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _esc(s: object) -> str:
    """XML-escaped text, with characters XML 1.0 forbids replaced by U+FFFD."""
    return escape(_XML_INVALID.sub("\ufffd", str(s)), quote=True)


def _finite(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def _text_width(s: str, size: float = _FONT_SIZE) -> float:
    return len(s) * _CHAR_WIDTH * size / _FONT_SIZE


# --------------------------------------------------------------------------- SVG pieces


def _open_svg(width: int, height: int, label: str, desc: str, kind: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="bs-chart bs-{kind}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{_esc(label)}" font-family="{_esc(FONT_FAMILY)}" '
        f'font-size="{_FONT_SIZE}">',
        f"<title>{_esc(label)}</title>",
        f"<desc>{_esc(desc)}</desc>",
    ]


def _no_data(width: int, height: int, title: str | None, kind: str) -> str:
    label = f"{title}: no data" if title else "No data"
    parts = _open_svg(width, height, label, "The chart has no data to show.", kind)
    parts.append(
        f'<rect x="0.5" y="0.5" width="{_num(max(width - 1, 0))}" '
        f'height="{_num(max(height - 1, 0))}" fill="#ffffff" stroke="{GRID_COLOR}"/>'
    )
    size = min(_FONT_SIZE + 1, max(height * 0.5, 6))
    parts.append(
        f'<text class="no-data" x="{_num(width / 2)}" y="{_num(height / 2)}" '
        f'text-anchor="middle" dominant-baseline="middle" font-size="{_num(size)}" '
        f'fill="{AXIS_COLOR}">no data</text>'
    )
    parts.append("</svg>")
    return "\n".join(parts)


def _describe(points: Sequence[Point], unit: str, highlight: Iterable[str],
              reference: float | None, reference_label: str | None) -> str:
    unit_suffix = f" {unit}" if unit else ""
    values = "; ".join(
        f"{label}: {_full_number(v) + unit_suffix if _finite(v) else 'no value'}"
        for label, v in points
    )
    marked = set(highlight)
    highlighted = [label for label, _ in points if label in marked]
    extra = ""
    if highlighted:
        extra += f" Highlighted: {', '.join(highlighted)}."
    if reference is not None and _finite(reference):
        ref = reference_label or _full_number(reference) + unit_suffix
        extra += f" Reference line at {_full_number(reference)}{unit_suffix} ({ref})."
    return f"{values}.{extra}"


def _label(title: str | None, kind: str, n: int, unit: str) -> str:
    if title:
        return title
    what = f" of {unit}" if unit else ""
    return f"{kind}{what}, {n} value{'s' if n != 1 else ''}"


class _Frame:
    """The plot area of a categorical chart and its y scale."""

    def __init__(self, points: Sequence[Point], width: int, height: int, title: str | None,
                 reference: float | None, unit: str) -> None:
        values = [float(v) for _, v in points if _finite(v)]
        if reference is not None and _finite(reference):
            values.append(float(reference))
        lo = min([0.0, *values])
        hi = max([0.0, *values])
        self.top = 16 + (18 if title else 0) + (12 if unit else 0)
        self.bottom = height - 20
        if self.bottom - self.top < 24:  # tiny charts: give the plot what there is
            self.top = min(self.top, max(2, height // 5))
            self.bottom = max(self.top + 4, height - 14)
        # about one tick per 16px of plot height, 2 to 5 of them
        self.ticks = nice_ticks(lo, hi, max(2, min(5, (self.bottom - self.top) // 16 + 1)))
        self.tick_labels = [compact_number(t, 4) for t in self.ticks]
        self.lo, self.hi = self.ticks[0], self.ticks[-1]
        label_w = max(_text_width(t) for t in self.tick_labels)
        self.left = math.ceil(label_w + 10)
        self.right = width - 8
        self.width = width
        self.n = len(points)
        self.slot = (self.right - self.left) / max(self.n, 1)

    def y(self, v: float) -> float:
        if self.hi == self.lo:
            return float(self.bottom)
        return self.bottom - (v - self.lo) / (self.hi - self.lo) * (self.bottom - self.top)

    def x(self, i: int) -> float:
        return self.left + (i + 0.5) * self.slot

    def label_x(self, i: int, text: str) -> float:
        """Where to center a label for point ``i`` so that it stays inside the canvas."""
        half = _text_width(text) / 2
        return max(half + 2, min(self.x(i), self.width - half - 2))


def _axes(frame: _Frame, width: int, title: str | None, unit: str) -> list[str]:
    parts: list[str] = []
    if title:
        parts.append(
            f'<text class="chart-title" x="{_num(frame.left)}" y="14" font-size="13" '
            f'font-weight="600" fill="{TEXT_COLOR}">{_esc(title)}</text>'
        )
    if unit:
        parts.append(
            f'<text class="unit" x="{_num(frame.left)}" y="{_num(frame.top - 6)}" '
            f'fill="{AXIS_COLOR}">{_esc(unit)}</text>'
        )
    for t, text in zip(frame.ticks, frame.tick_labels, strict=True):
        y = _num(frame.y(t))
        parts.append(
            f'<line class="grid" x1="{_num(frame.left)}" x2="{_num(frame.right)}" '
            f'y1="{y}" y2="{y}" stroke="{GRID_COLOR}" stroke-width="1"/>'
        )
        parts.append(
            f'<text class="tick" data-value="{_num(t)}" x="{_num(frame.left - 6)}" y="{y}" '
            f'text-anchor="end" dominant-baseline="middle" fill="{AXIS_COLOR}">{text}</text>'
        )
    zero = frame.y(0.0)
    parts.append(
        f'<line class="axis" x1="{_num(frame.left)}" x2="{_num(frame.right)}" '
        f'y1="{_num(zero)}" y2="{_num(zero)}" stroke="{AXIS_COLOR}" stroke-width="1"/>'
    )
    return parts


def _place_labels(frame: _Frame, labels: Sequence[str], priority: Sequence[int],
                  gap: float = 6.0) -> list[int]:
    """Indexes of x labels to draw so that none overlap, most important first."""
    taken: list[tuple[float, float]] = []
    chosen: list[int] = []
    for i in priority:
        w = _text_width(labels[i])
        center = frame.label_x(i, labels[i])
        a, b = center - w / 2 - gap / 2, center + w / 2 + gap / 2
        if any(a < d and c < b for c, d in taken):
            continue
        taken.append((a, b))
        chosen.append(i)
    return sorted(chosen)


def _x_label_priority(labels: Sequence[str], highlight: set[str], frame: _Frame) -> list[int]:
    n = len(labels)
    widest = max(_text_width(label) for label in labels) + 6
    every = max(1, math.ceil(widest / frame.slot)) if frame.slot > 0 else n
    order = [i for i in range(n) if labels[i] in highlight]
    order += [n - 1]  # the most recent period is always worth a label
    order += [i for i in range(n - 1, -1, -1) if (n - 1 - i) % every == 0]
    order += list(range(n - 1, -1, -1))
    return list(dict.fromkeys(order))


def _x_labels(frame: _Frame, labels: Sequence[str], highlight: set[str]) -> list[str]:
    parts = []
    y = _num(frame.bottom + 14)
    for i in _place_labels(frame, labels, _x_label_priority(labels, highlight, frame)):
        weight = ' font-weight="600"' if labels[i] in highlight else ""
        color = TEXT_COLOR if labels[i] in highlight else AXIS_COLOR
        parts.append(
            f'<text class="x-label" x="{_num(frame.label_x(i, labels[i]))}" y="{y}" '
            f'text-anchor="middle" '
            f'fill="{color}"{weight}>{_esc(labels[i])}</text>'
        )
    return parts


def _reference(frame: _Frame, reference: float | None, reference_label: str | None,
               unit: str) -> list[str]:
    if reference is None or not _finite(reference):
        return []
    y = frame.y(float(reference))
    text = reference_label if reference_label is not None else compact_number(reference)
    return [
        f'<line class="reference" data-value="{_num(float(reference))}" '
        f'x1="{_num(frame.left)}" x2="{_num(frame.right)}" y1="{_num(y)}" y2="{_num(y)}" '
        f'stroke="{REFERENCE_COLOR}" stroke-width="1.5" stroke-dasharray="5 3"/>',
        f'<text class="reference-label" x="{_num(frame.left + 4)}" y="{_num(y - 4)}" '
        f'fill="{REFERENCE_COLOR}" font-weight="600" stroke="#ffffff" stroke-width="3" '
        f'paint-order="stroke" stroke-linejoin="round">{_esc(text)}</text>',
    ]


def _value_labels(frame: _Frame, items: Sequence[tuple[int, float]], y_of: dict[int, float],
                  ) -> list[str]:
    """Compact value labels above highlighted bars/points, dropped when they would collide."""
    texts = {i: compact_number(v) for i, v in items}
    chosen = _place_labels(frame, [texts.get(i, "") for i in range(frame.n)],
                           [i for i, _ in items], gap=4)
    return [
        f'<text class="value-label" x="{_num(frame.label_x(i, texts[i]))}" '
        f'y="{_num(max(y_of[i] - 5, frame.top - 2))}" text-anchor="middle" '
        f'fill="{HIGHLIGHT_COLOR}" font-weight="600" stroke="#ffffff" stroke-width="3" '
        f'paint-order="stroke" stroke-linejoin="round">{texts[i]}</text>'
        for i in chosen
    ]


# Beyond this no figure is a count or a share: such a value is not drawn (it is shown as
# missing), and a magnitude below TINY is drawn as zero; the axis arithmetic stays finite.
DRAWABLE = 1e15
TINY = 1e-9


def _drawable(value: object) -> float | None:
    number = float(value) if _finite(value) else None  # type: ignore[arg-type]
    if number is not None and abs(number) > DRAWABLE:
        return None
    if number is not None and abs(number) < TINY:
        return 0.0
    return number


def _normalize(points: Iterable[tuple[str, float | None]]) -> list[Point]:
    return [(str(label), _drawable(value)) for label, value in points]


# --------------------------------------------------------------------------- charts


def bar_chart(points: list[tuple[str, float]], *, highlight: AbstractSet[str] = frozenset(),
              reference: float | None = None, reference_label: str | None = None,
              title: str | None = None, unit: str = "", width: int = 480,
              height: int = 200) -> str:
    """Vertical bars, one per ``(label, value)`` point, in the order given.

    Bars whose label is in ``highlight`` are drawn in :data:`HIGHLIGHT_COLOR` with their
    value printed above them; the others in :data:`MUTED_COLOR`. ``reference`` draws a
    horizontal dashed line at that value (e.g. a claimed "2 million"), labelled with
    ``reference_label`` or the compact value. The y axis always includes zero and has 3–5
    round ticks (``nice_ticks``) labelled compactly (``compact_number``); x labels are
    thinned when crowded, keeping highlighted labels and the last one. ``unit`` is written
    above the y axis and in the accessible description. Returns a standalone SVG string.
    """
    pts = _normalize(points)
    reference = _drawable(reference)
    if not pts:
        return _no_data(width, height, title, "bar")
    hl = set(highlight)
    frame = _Frame(pts, width, height, title, reference, unit)
    label = _label(title, "Bar chart", len(pts), unit)
    parts = _open_svg(width, height, label,
                      _describe(pts, unit, hl, reference, reference_label), "bar")
    parts += _axes(frame, width, title, unit)
    bar_w = max(1.0, min(frame.slot * 0.72, 64.0))
    zero = frame.y(0.0)
    tops: dict[int, float] = {}
    values: list[tuple[int, float]] = []
    for i, (name, v) in enumerate(pts):
        if v is None:
            continue
        y = frame.y(v)
        top, h = min(y, zero), abs(zero - y)
        tops[i] = top
        is_hl = name in hl
        if is_hl:
            values.append((i, v))
        parts.append(
            f'<rect class="bar{" highlight" if is_hl else ""}" data-label="{_esc(name)}" '
            f'data-value="{_num(v)}" x="{_num(frame.x(i) - bar_w / 2)}" y="{_num(top)}" '
            f'width="{_num(bar_w)}" height="{_num(h)}" '
            f'fill="{HIGHLIGHT_COLOR if is_hl else MUTED_COLOR}">'
            f"<title>{_esc(name)}: {_esc(_full_number(v))}{_esc(' ' + unit if unit else '')}"
            f"</title></rect>"
        )
    parts += _x_labels(frame, [name for name, _ in pts], hl)
    parts += _reference(frame, reference, reference_label, unit)
    parts += _value_labels(frame, values, tops)
    parts.append("</svg>")
    return "\n".join(parts)


def line_chart(points: list[tuple[str, float]], *, highlight: AbstractSet[str] = frozenset(),
               reference: float | None = None, reference_label: str | None = None,
               title: str | None = None, unit: str = "", width: int = 480,
               height: int = 200) -> str:
    """A line through ``(label, value)`` points in the order given (e.g. a monthly series).

    Points whose label is in ``highlight`` are marked with dots in :data:`HIGHLIGHT_COLOR`
    and labelled with their compact value; missing values break the line. Axes, reference
    line, x-label thinning and ``unit`` work as in :func:`bar_chart`. A single point is
    drawn as a dot. Returns a standalone SVG string.
    """
    pts = _normalize(points)
    reference = _drawable(reference)
    if not pts:
        return _no_data(width, height, title, "line")
    hl = set(highlight)
    frame = _Frame(pts, width, height, title, reference, unit)
    label = _label(title, "Line chart", len(pts), unit)
    parts = _open_svg(width, height, label,
                      _describe(pts, unit, hl, reference, reference_label), "line")
    parts += _axes(frame, width, title, unit)
    path: list[str] = []
    pen_down = False
    ys: dict[int, float] = {}
    for i, (_, v) in enumerate(pts):
        if v is None:
            pen_down = False
            continue
        ys[i] = frame.y(v)
        path.append(f"{'L' if pen_down else 'M'}{_num(frame.x(i))} {_num(ys[i])}")
        pen_down = True
    if path:
        parts.append(
            f'<path class="line" d="{" ".join(path)}" fill="none" stroke="{LINE_COLOR}" '
            f'stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>'
        )
    values: list[tuple[int, float]] = []
    for i, (name, v) in enumerate(pts):
        if v is None:
            continue
        is_hl = name in hl
        isolated = (i - 1 not in ys) and (i + 1 not in ys)
        if not (is_hl or isolated):
            continue
        if is_hl:
            values.append((i, v))
        parts.append(
            f'<circle class="point{" highlight" if is_hl else ""}" data-label="{_esc(name)}" '
            f'data-value="{_num(v)}" cx="{_num(frame.x(i))}" cy="{_num(ys[i])}" '
            f'r="{"4" if is_hl else "2.5"}" fill="{HIGHLIGHT_COLOR if is_hl else LINE_COLOR}" '
            f'stroke="#ffffff" stroke-width="1.5">'
            f"<title>{_esc(name)}: {_esc(_full_number(v))}{_esc(' ' + unit if unit else '')}"
            f"</title></circle>"
        )
    parts += _x_labels(frame, [name for name, _ in pts], hl)
    parts += _reference(frame, reference, reference_label, unit)
    parts += _value_labels(frame, values, {i: y - 3 for i, y in ys.items()})
    parts.append("</svg>")
    return "\n".join(parts)


def sparkline(values: list[float], width: int = 120, height: int = 24, *,
              title: str | None = None) -> str:
    """A tiny line without axes, scaled to its own min and max; the last value is a dot.

    All-equal values draw a flat line in the middle; missing values break the line.
    Returns a standalone SVG string (``"no data"`` when there are no finite values).
    """
    vals = [float(v) if _finite(v) else None for v in values]
    finite = [v for v in vals if v is not None]
    if not finite:
        return _no_data(width, height, title, "sparkline")
    label = title or f"Sparkline of {len(vals)} value{'s' if len(vals) != 1 else ''}"
    desc = ", ".join(_full_number(v) if v is not None else "no value" for v in vals)
    parts = _open_svg(width, height, label, desc, "sparkline")
    pad = 2.5
    lo, hi = min(finite), max(finite)
    n = len(vals)

    def x(i: int) -> float:
        return width / 2 if n == 1 else pad + i * (width - 2 * pad) / (n - 1)

    def y(v: float) -> float:
        if hi == lo:
            return height / 2
        return height - pad - (v - lo) / (hi - lo) * (height - 2 * pad)

    path: list[str] = []
    pen_down = False
    for i, v in enumerate(vals):
        if v is None:
            pen_down = False
            continue
        path.append(f"{'L' if pen_down else 'M'}{_num(x(i))} {_num(y(v))}")
        pen_down = True
    parts.append(
        f'<path class="line" d="{" ".join(path)}" fill="none" stroke="{LINE_COLOR}" '
        f'stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>'
    )
    last = max(i for i, v in enumerate(vals) if v is not None)
    last_v = vals[last]
    assert last_v is not None
    parts.append(
        f'<circle class="point highlight" cx="{_num(x(last))}" cy="{_num(y(last_v))}" r="2" '
        f'fill="{HIGHLIGHT_COLOR}"/>'
    )
    parts.append("</svg>")
    return "\n".join(parts)


# --------------------------------------------------------------------------- Vega-Lite
#
# Charts that a page makes interactive (tooltips, a time-axis brush) and that a story prints
# (PNG, SVG) are one Vega-Lite specification: a plain dict built here or beside the analysis
# that draws it, rendered to SVG/PNG by vl-convert-python and drawn in a page by the Vega
# scripts that the same package bundles (`javascript_bundle`), so nothing is fetched online.

VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"


def vega_config() -> dict:
    """The house style of every Vega-Lite chart: the colors and font of the SVG charts."""
    return {
        "font": FONT_FAMILY,
        "background": "white",
        "view": {"stroke": None},
        "title": {"color": TEXT_COLOR, "anchor": "start", "fontSize": 15,
                  "subtitleColor": AXIS_COLOR, "subtitleFontSize": 12},
        "axis": {"labelColor": AXIS_COLOR, "titleColor": AXIS_COLOR, "gridColor": GRID_COLOR,
                 "domainColor": AXIS_COLOR, "tickColor": AXIS_COLOR, "labelFontSize": 11},
        "range": {"category": [HIGHLIGHT_COLOR, REFERENCE_COLOR, LINE_COLOR, "#059669",
                               "#7c3aed", "#db2777", "#0891b2", "#65a30d"]},
        "mark": {"color": HIGHLIGHT_COLOR},
    }


def _with_defaults(spec: dict) -> dict:
    out = {"$schema": VEGA_LITE_SCHEMA, **spec}
    config = vega_config()
    config.update(out.get("config") or {})
    out["config"] = config
    return out


def render(spec: dict, fmt: str = "svg", *, scale: float = 2.0) -> str | bytes:
    """A Vega-Lite specification drawn as an SVG document (str) or a PNG image (bytes).

    ``scale`` multiplies the PNG's pixel size (2 gives a sharp image on a news page)."""
    import vl_convert as vlc  # imported here: loading the renderer costs time every CLI run

    full = _with_defaults(spec)
    if fmt == "svg":
        return vlc.vegalite_to_svg(full)
    if fmt == "png":
        return vlc.vegalite_to_png(full, scale=scale)
    raise ValueError(f"chart format must be 'svg' or 'png', not {fmt!r}")


_BUNDLE: str | None = None


def javascript_bundle() -> str:
    """The Vega, Vega-Lite and vega-embed scripts as one offline JavaScript module.

    Built once per process (about a second); a page serves it from its own address."""
    global _BUNDLE
    if _BUNDLE is None:
        import vl_convert as vlc

        _BUNDLE = vlc.javascript_bundle()
    return _BUNDLE


# ------------------------------------------------------------- publishable charts
#
# Charts fit to print in a story: a plain-words title and subtitle, a source credit under
# the chart, a width for a news page's column, a label on every bar, and the period the
# story is about highlighted and always named on the axis. Builders take plain values, so
# the CLI, the web pages and the reports make the same chart from any answer.

NEWS_WIDTH = 640  # pixels: a news page's text column (PNGs render at twice that)


def _news_spec(chart: dict, *, title: str, subtitle: str | Sequence[str] | None,
               credit: str | None, width: int) -> dict:
    """The chart with its title and subtitle above and the credit line below."""
    subtitle_lines = [subtitle] if isinstance(subtitle, str) else list(subtitle or [])
    parts = [chart]
    if credit:
        # Wrapped by hand: a text mark cuts a long line short; ~6 px a character at 10 px.
        lines = textwrap.wrap(credit, width=max(40, width // 6))
        parts.append({
            "width": width, "height": 13 * len(lines),
            "data": {"values": [{"credit": lines}]},
            "mark": {"type": "text", "align": "left", "baseline": "top", "fontSize": 10,
                     "color": AXIS_COLOR, "lineHeight": 13},
            "encoding": {"text": {"field": "credit"}, "x": {"value": 0},
                         "y": {"value": 0}}})
    return {"title": {"text": title, "subtitle": subtitle_lines, "subtitlePadding": 6,
                      "offset": 14},
            "vconcat": parts, "spacing": 10, "padding": 12}


# Axis labels in short form (2.5M, 250k), and 0 as "0", not "0k".
SHORT_LABEL = "datum.value == 0 ? '0' : format(datum.value, '~s')"


def _number_format(values: Sequence[float]) -> str:
    # Whole counts get thousands separators; shares and ratios one decimal.
    return ",.0f" if all(float(v).is_integer() for v in values) else ",.1f"


def series_spec(points: Sequence[tuple[str, float]], *, title: str,
                subtitle: str | Sequence[str] | None = None, credit: str | None = None,
                unit: str = "", highlight: Iterable[str] = (), width: int = NEWS_WIDTH,
                height: int = 300, kind: str = "auto") -> dict:
    """Figures over time: bars with a value on each (up to 40 periods, or ``kind="bar"``),
    else a line. Periods are labels such as "FY2023", "2024" or "2024-01"; each highlighted
    one is coloured and named on the axis whatever else the axis leaves out."""
    rows = [{"period": p, "value": v, "highlight": p in set(highlight)} for p, v in points]
    if not rows:
        raise ValueError("a chart needs at least one figure")
    marked = [r["period"] for r in rows if r["highlight"]]
    value_format = _number_format([r["value"] for r in rows])
    y = {"field": "value", "type": "quantitative", "title": unit or None,
         "axis": {"labelExpr": SHORT_LABEL, "tickCount": 5, "grid": True}}
    bar = kind == "bar" or (kind == "auto" and len(rows) <= 40)
    color = {"condition": {"test": "datum.highlight", "value": HIGHLIGHT_COLOR},
             "value": MUTED_COLOR if marked else HIGHLIGHT_COLOR}
    if bar:
        x = {"field": "period", "type": "ordinal", "sort": None, "title": None,
             "axis": {"labelAngle": 0 if len(rows) <= 12 else -90, "labelOverlap": False}}
        layers = [
            {"mark": {"type": "bar"}, "encoding": {"color": color}},
            # Every bar carries its value: no reader has to guess it from the grid.
            {"mark": {"type": "text", "baseline": "bottom", "dy": -3,
                      "fontSize": 10 if len(rows) <= 16 else 8, "color": TEXT_COLOR,
                      **({"angle": 270, "align": "left", "dx": 3, "dy": 0, "baseline":
                          "middle"} if len(rows) > 16 else {})},
             "encoding": {"text": {"field": "value", "format": value_format}}},
        ]
    else:
        # Many periods: a line, with ticks every year and each highlighted period named.
        step = 12 if len(rows) > 24 and all(len(r["period"]) == 7 for r in rows) else max(
            1, len(rows) // 12)
        order = [r["period"] for r in rows]
        near = {order[j] for m in marked for j in range(
            max(0, order.index(m) - step // 3), min(len(order), order.index(m) + step // 3 + 1))}
        # The regular ticks, less those that would crowd a highlighted period's label.
        ticks = sorted({p for i, p in enumerate(order) if i % step == 0} - near | set(marked),
                       key=order.index)
        x = {"field": "period", "type": "ordinal", "sort": None, "title": None,
             "scale": {"padding": 0.2},
             "axis": {"values": ticks, "labelAngle": -90, "labelOverlap": False}}
        layers = [
            {"mark": {"type": "line", "color": LINE_COLOR, "strokeWidth": 1.5}},
            {"transform": [{"filter": "datum.highlight"}],
             "mark": {"type": "point", "filled": True, "size": 60,
                      "color": HIGHLIGHT_COLOR}},
            {"transform": [{"filter": "datum.highlight"}],
             "mark": {"type": "text", "dy": -10, "fontSize": 11, "fontWeight": "bold",
                      "color": HIGHLIGHT_COLOR},
             "encoding": {"text": {"field": "value", "format": value_format}}},
        ]
    chart = {"width": width, "height": height, "data": {"values": rows},
             "encoding": {"x": x, "y": y,
                          "tooltip": [{"field": "period", "title": "period"},
                                      {"field": "value", "format": value_format,
                                       "title": unit or "value"}]},
             "layer": layers}
    return _news_spec(chart, title=title, subtitle=subtitle, credit=credit, width=width)


def breakdown_spec(items: Sequence[tuple[str, float]], *, title: str,
                   subtitle: str | Sequence[str] | None = None, credit: str | None = None,
                   unit: str = "", highlight: Iterable[str] = (), width: int = NEWS_WIDTH,
                   value_format: str | None = None) -> dict:
    """Categories side by side: horizontal bars in the order given (largest first is
    the caller's choice), every category named and every bar labelled with its value."""
    rows = [{"category": c, "value": v, "highlight": c in set(highlight)} for c, v in items]
    if not rows:
        raise ValueError("a chart needs at least one figure")
    fmt = value_format or _number_format([r["value"] for r in rows])
    marked = any(r["highlight"] for r in rows)
    chart = {
        "width": width, "height": {"step": 24}, "data": {"values": rows},
        "encoding": {
            "y": {"field": "category", "type": "nominal", "sort": None, "title": None,
                  "axis": {"labelOverlap": False, "labelLimit": 220, "labelFontSize": 12,
                           "ticks": False, "domain": False}},
            "x": {"field": "value", "type": "quantitative", "title": unit or None,
                  "axis": {"labelExpr": SHORT_LABEL, "tickCount": 5, "grid": True},
                  # Room past the longest bar for its label.
                  "scale": {"domain": [0, 1.15 * max(r["value"] for r in rows) or 1],
                            "nice": False}},
            "tooltip": [{"field": "category", "title": "category"},
                        {"field": "value", "format": fmt, "title": unit or "value"}]},
        "layer": [
            {"mark": {"type": "bar", "height": {"band": 0.75}},
             "encoding": {"color": {
                 "condition": {"test": "datum.highlight", "value": HIGHLIGHT_COLOR},
                 "value": MUTED_COLOR if marked else HIGHLIGHT_COLOR}}},
            {"mark": {"type": "text", "align": "left", "dx": 4, "fontSize": 11,
                      "color": TEXT_COLOR},
             "encoding": {"text": {"field": "value", "format": fmt}}},
        ]}
    return _news_spec(chart, title=title, subtitle=subtitle, credit=credit, width=width)
