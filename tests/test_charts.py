"""SVG charts: valid standalone SVG, right geometry, nice ticks, robust to odd input."""

from __future__ import annotations

import math
import random
import re
import xml.etree.ElementTree as ET

import pytest

from borderstats.charts import (
    HIGHLIGHT_COLOR,
    MUTED_COLOR,
    REFERENCE_COLOR,
    bar_chart,
    compact_number,
    line_chart,
    nice_ticks,
    sparkline,
)

SVG = "{http://www.w3.org/2000/svg}"
FISCAL = [("FY2017", 303916), ("FY2018", 396579), ("FY2019", 851508), ("FY2020", 400651),
          ("FY2021", 1659206), ("FY2022", 2206436), ("FY2023", 2045838), ("FY2024", 1530523)]
MONTHS = [("2023-09", 218763), ("2023-10", 188778), ("2023-11", 191113), ("2023-12", 249785),
          ("2024-01", 124215), ("2024-02", 140638), ("2024-03", 137480)]


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert re.fullmatch(r"0 0 \d+ \d+", root.get("viewBox", ""))
    title = root.find(f"{SVG}title")
    assert title is not None and (title.text or "").strip()
    assert root[0].tag == f"{SVG}title"  # first child: the accessible name
    assert root.get("aria-label") == title.text
    # standalone: no external resources, no scripts, no non-finite coordinates
    assert "href" not in svg and "url(" not in svg and "@import" not in svg
    assert "<script" not in svg.lower()
    for el in root.iter():
        for attr, value in el.attrib.items():
            if attr in {"x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height"}:
                assert math.isfinite(float(value)), (attr, value)
    return root


def by_class(root: ET.Element, tag: str, cls: str) -> list[ET.Element]:
    return [el for el in root.iter(f"{SVG}{tag}") if cls in (el.get("class") or "").split()]


def y_scale(root: ET.Element) -> tuple[float, float]:
    """(pixels per unit, y of zero), from the tick labels."""
    ticks = [(float(t.get("data-value")), float(t.get("y")))
             for t in by_class(root, "text", "tick")]
    (v0, y0), (v1, y1) = ticks[0], ticks[-1]
    per_unit = (y1 - y0) / (v1 - v0)
    return per_unit, y0 - v0 * per_unit


def texts(root: ET.Element, cls: str) -> list[str]:
    return ["".join(t.itertext()) for t in by_class(root, "text", cls)]


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(("lo", "hi", "expected"), [
    (0, 2_206_436, [0, 1_000_000, 2_000_000, 3_000_000]),
    (0, 100, [0, 25, 50, 75, 100]),
    (0, 249_785, [0, 100_000, 200_000, 300_000]),
    (0, 0, [0, 0.25, 0.5, 0.75, 1]),
    (-50, 200, [-100, 0, 100, 200]),
    (0, 0.3, [0, 0.1, 0.2, 0.3]),
    (5, 5, [0, 2, 4, 6]),
])
def test_nice_ticks_examples(lo: float, hi: float, expected: list[float]) -> None:
    assert nice_ticks(lo, hi, 5) == expected


def test_nice_ticks_are_nice_for_any_range() -> None:
    rng = random.Random(20240315)
    for _ in range(2000):
        scale = 10 ** rng.uniform(-3, 13)
        a, b = rng.uniform(-1, 1) * scale, rng.uniform(-1, 1) * scale
        if rng.random() < 0.3:
            a = 0.0
        lo, hi = min(a, b), max(a, b)
        ticks = nice_ticks(lo, hi, 5)
        assert 3 <= len(ticks) <= 5, (lo, hi, ticks)
        assert ticks[0] <= lo and ticks[-1] >= hi
        step = ticks[1] - ticks[0]
        for a_tick, b_tick in zip(ticks, ticks[1:], strict=False):
            assert math.isclose(b_tick - a_tick, step, rel_tol=1e-9)
        mantissa = step / 10 ** math.floor(math.log10(step))
        assert any(math.isclose(mantissa, m, rel_tol=1e-9) for m in (1, 2, 2.5, 5, 10)), step
        # the range is not needlessly wide: one step less would not cover it
        assert ticks[-1] - ticks[0] < (hi - lo) + 2 * step


def test_nice_ticks_bad_input() -> None:
    with pytest.raises(ValueError):
        nice_ticks(0, 1, 1)
    with pytest.raises(ValueError):
        nice_ticks(0, math.inf, 5)
    assert nice_ticks(10, 0, 5) == nice_ticks(0, 10, 5)


@pytest.mark.parametrize(("value", "text"), [
    (2_400_000, "2.4M"), (125_000, "125k"), (980, "980"), (0, "0"), (2_206_436, "2.21M"),
    (999_950, "1M"), (1_250_000_000, "1.25B"), (-3_500, "-3.5k"), (1e12, "1T"),
    (0.25, "0.25"), (12_345, "12.3k"), (250_000, "250k"), (1e15, "1e+15"), (None, "–"),
])
def test_compact_number(value: float | None, text: str) -> None:
    assert compact_number(value) == text


def test_compact_number_precision() -> None:
    assert compact_number(2_206_436, 2) == "2.2M"
    assert compact_number(1_250_000, 4) == "1.25M"


# --------------------------------------------------------------------------- bar chart


def test_bar_chart_highlight_reference_and_ticks() -> None:
    svg = bar_chart(FISCAL, highlight={"FY2022", "FY2023"}, reference=2_000_000,
                    reference_label="claimed: more than 2 million", title="USBP encounters",
                    unit="encounters")
    root = parse(svg)
    bars = by_class(root, "rect", "bar")
    assert [b.get("data-label") for b in bars] == [label for label, _ in FISCAL]
    for bar in bars:
        highlighted = bar.get("data-label") in {"FY2022", "FY2023"}
        assert bar.get("fill") == (HIGHLIGHT_COLOR if highlighted else MUTED_COLOR)
        assert ("highlight" in bar.get("class").split()) == highlighted
    assert texts(root, "tick") == ["0", "1M", "2M", "3M"]

    per_unit, zero = y_scale(root)
    for bar, (_, value) in zip(bars, FISCAL, strict=True):
        top, height = float(bar.get("y")), float(bar.get("height"))
        assert top + height == pytest.approx(zero, abs=0.02)
        assert top == pytest.approx(zero + value * per_unit, abs=0.02)

    (ref,) = by_class(root, "line", "reference")
    assert ref.get("stroke") == REFERENCE_COLOR and ref.get("stroke-dasharray")
    assert float(ref.get("y1")) == float(ref.get("y2"))
    assert float(ref.get("y1")) == pytest.approx(zero + 2_000_000 * per_unit, abs=0.02)
    two_million = [t for t in by_class(root, "text", "tick") if t.get("data-value") == "2000000"]
    assert float(ref.get("y1")) == float(two_million[0].get("y"))
    assert texts(root, "reference-label") == ["claimed: more than 2 million"]
    assert texts(root, "value-label") == ["2.21M", "2.05M"]
    assert "USBP encounters" in texts(root, "chart-title")
    assert "FY2022: 2,206,436 encounters" in "".join(root.find(f"{SVG}desc").itertext())
    # the highlighted bars reach above the reference, the others below
    for bar in bars:
        above = float(bar.get("y")) < float(ref.get("y1"))
        assert above == (bar.get("data-label") in {"FY2022", "FY2023"})


def test_reference_between_ticks_and_above_data() -> None:
    root = parse(bar_chart([("a", 10), ("b", 20)], reference=37))
    per_unit, zero = y_scale(root)
    (ref,) = by_class(root, "line", "reference")
    assert float(ref.get("y1")) == pytest.approx(zero + 37 * per_unit, abs=0.02)
    assert max(float(t.get("data-value")) for t in by_class(root, "text", "tick")) >= 37
    assert texts(root, "reference-label") == ["37"]


def test_empty_single_zero_huge_negative() -> None:
    for chart in (bar_chart, line_chart):
        empty = parse(chart([], title="Nothing"))
        assert texts(empty, "no-data") == ["no data"]
        assert "no data" in empty.find(f"{SVG}title").text

        single = parse(chart([("FY2024", 1_530_523)], highlight={"FY2024"}))
        assert texts(single, "x-label") == ["FY2024"]
        assert texts(single, "value-label") == ["1.53M"]

        zeros = parse(chart([("a", 0), ("b", 0), ("c", 0)], highlight={"b"}))
        assert texts(zeros, "tick")[0] == "0" and len(texts(zeros, "tick")) >= 2

        huge = parse(chart([("a", 1e15), ("b", 3e300)], reference=1e299))
        assert texts(huge, "tick")[-1] != "0"

        negative = parse(chart([("a", -50), ("b", 200)]))
        assert texts(negative, "tick") == ["-100", "0", "100", "200"]

        missing = parse(chart([("a", 1), ("b", None), ("c", math.nan), ("d", math.inf), ("e", 2)]))
        assert texts(missing, "x-label")  # labels still drawn

    zeros = parse(bar_chart([("a", 0), ("b", 0)], highlight={"b"}))
    assert all(float(b.get("height")) == 0 for b in by_class(zeros, "rect", "bar"))
    missing = parse(bar_chart([("a", 1), ("b", None), ("c", 2)]))
    assert [b.get("data-label") for b in by_class(missing, "rect", "bar")] == ["a", "c"]


def test_text_is_escaped() -> None:
    nasty = '<script>alert("x")</script> & co'
    svg = bar_chart([(nasty, 5)], highlight={nasty}, title=nasty, unit="<b>",
                    reference=3, reference_label=nasty)
    root = parse(svg)
    assert "<script>" not in svg
    assert texts(root, "x-label") == [nasty]
    assert texts(root, "reference-label") == [nasty]
    assert root.find(f"{SVG}title").text == nasty
    assert by_class(root, "rect", "bar")[0].get("data-label") == nasty
    # characters XML forbids do not break the document
    parse(line_chart([("a\x00b\x1f", 1)], title="\ud800"))


def test_crowded_labels_are_thinned_without_overlap() -> None:
    points = [(f"{2000 + i // 12}-{i % 12 + 1:02d}", float(i)) for i in range(120)]
    root = parse(bar_chart(points, highlight={"2005-06"}))
    labels = by_class(root, "text", "x-label")
    assert 3 <= len(labels) < 20
    assert "2005-06" in texts(root, "x-label")
    xs = sorted(float(label.get("x")) for label in labels)
    width = 7 * 6.2  # 7 characters at the estimated glyph width
    assert all(b - a >= width for a, b in zip(xs, xs[1:], strict=False))
    assert all(width / 2 <= x <= 480 - width / 2 for x in xs)  # inside the canvas
    # few points: every label shown
    assert len(texts(parse(bar_chart(FISCAL)), "x-label")) == len(FISCAL)


def test_deterministic() -> None:
    a = bar_chart(FISCAL, highlight={"FY2022"}, reference=2e6)
    b = bar_chart(list(FISCAL), highlight={"FY2022"}, reference=2e6)
    assert a == b
    assert line_chart(MONTHS) == line_chart(MONTHS)


# --------------------------------------------------------------------------- line chart


def test_line_chart_highlights_points() -> None:
    root = parse(line_chart(MONTHS, highlight={"2024-01", "2024-02"}, unit="encounters"))
    (path,) = by_class(root, "path", "line")
    assert path.get("d").count("M") == 1 and path.get("d").count("L") == len(MONTHS) - 1
    dots = by_class(root, "circle", "highlight")
    assert [d.get("data-label") for d in dots] == ["2024-01", "2024-02"]
    assert all(d.get("fill") == HIGHLIGHT_COLOR for d in dots)
    per_unit, zero = y_scale(root)
    assert float(dots[0].get("cy")) == pytest.approx(zero + 124215 * per_unit, abs=0.02)
    assert texts(root, "value-label") == ["124k", "141k"]
    assert texts(root, "tick") == ["0", "100k", "200k", "300k"]


def test_line_chart_gaps_and_reference() -> None:
    root = parse(line_chart([("a", 1), ("b", 2), ("c", None), ("d", 3), ("e", 4)],
                            reference=2.5, reference_label="claimed"))
    (path,) = by_class(root, "path", "line")
    assert path.get("d").count("M") == 2
    per_unit, zero = y_scale(root)
    (ref,) = by_class(root, "line", "reference")
    assert float(ref.get("y1")) == pytest.approx(zero + 2.5 * per_unit, abs=0.02)
    # a lone point between gaps is still visible
    lone = parse(line_chart([("a", 1), ("b", None), ("c", 3), ("d", None)]))
    assert any(c.get("data-label") == "c" for c in by_class(lone, "circle", "point"))


# --------------------------------------------------------------------------- sparkline


def test_sparkline() -> None:
    root = parse(sparkline([1, 3, 2, 5, 4]))
    assert root.get("width") == "120" and root.get("height") == "24"
    (path,) = by_class(root, "path", "line")
    ys = [float(y) for y in re.findall(r"[ML][-\d.]+ ([-\d.]+)", path.get("d"))]
    assert len(ys) == 5 and min(ys) >= 0 and max(ys) <= 24
    assert ys.index(min(ys)) == 3  # the largest value is highest
    assert texts(parse(sparkline([])), "no-data") == ["no data"]
    flat = parse(sparkline([7, 7, 7], width=60, height=10))
    assert set(re.findall(r"[ML][-\d.]+ ([-\d.]+)", by_class(flat, "path", "line")[0]
                          .get("d"))) == {"5"}
    parse(sparkline([5]))
    parse(sparkline([1, None, math.nan, 2]))  # type: ignore[list-item]


def test_vega_lite_chart_renders_to_svg_and_png_offline():
    from borderstats.charts import render

    values = [{"month": "2024-01", "n": 124215}, {"month": "2024-02", "n": 140644}]
    spec = {"data": {"values": values},
            "mark": "bar", "title": {"text": "Encounters", "subtitle": "Source: CBP"},
            "encoding": {"x": {"field": "month", "type": "ordinal"},
                         "y": {"field": "n", "type": "quantitative"}}}
    svg = render(spec, "svg")
    assert svg.startswith("<svg") and "Encounters" in svg and "2024-02" in svg
    png = render(spec, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    import pytest

    with pytest.raises(ValueError, match="'gif'"):
        render(spec, "gif")
