"""Publishable charts: Vega-Lite specifications from plain values, rendered by the one
chart layer to PNG and SVG, and the command line's --png/--svg on each kind of answer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from borderstats.charts import NEWS_WIDTH, breakdown_spec, render, series_spec

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def layers(spec: dict) -> list[dict]:
    return spec["vconcat"][0]["layer"]


def test_series_spec_labels_every_bar_and_names_the_highlight() -> None:
    points = [("FY2022", 2_378_944), ("FY2023", 2_475_669), ("FY2024", 2_135_005)]
    spec = series_spec(points, title="Southwest border encounters", subtitle="FY2022–FY2024",
                       credit="Source: U.S. Customs and Border Protection", unit="encounters",
                       highlight={"FY2023"})
    assert spec["title"]["text"] == "Southwest border encounters"
    assert spec["title"]["subtitle"] == ["FY2022–FY2024"]
    chart, credit = spec["vconcat"]
    assert chart["width"] == NEWS_WIDTH
    assert credit["data"]["values"][0]["credit"] == [
        "Source: U.S. Customs and Border Protection"]
    marks = [layer["mark"]["type"] for layer in layers(spec)]
    assert marks == ["bar", "text"]  # a value label on every bar
    assert [r["highlight"] for r in chart["data"]["values"]] == [False, True, False]
    svg = render(spec, "svg")
    for label in ("2,378,944", "2,475,669", "2,135,005", "FY2023"):
        assert f">{label}</text>" in svg, label


def test_a_long_series_is_a_line_with_the_highlight_on_the_axis() -> None:
    months = [f"{2000 + i // 12}-{i % 12 + 1:02d}" for i in range(300)]
    points = [(m, 1000 + i) for i, m in enumerate(months)]
    spec = series_spec(points, title="By month", highlight={"2023-12"})
    chart = spec["vconcat"][0]
    assert [layer["mark"]["type"] for layer in chart["layer"]] == ["line", "point", "text"]
    ticks = chart["encoding"]["x"]["axis"]["values"]
    assert "2023-12" in ticks and "2000-01" in ticks
    # A regular tick a month away would crowd the highlighted one; a year away does not.
    assert "2024-01" not in ticks and "2023-01" in ticks
    assert len(spec["vconcat"]) == 1  # no credit given, no credit line


def test_breakdown_spec_names_every_category() -> None:
    items = [("Mexico", 549_681), ("Venezuela", 179_900), ("All others (16 named)", 916_649)]
    spec = breakdown_spec(items, title="By citizenship, 2024", credit="Source: CBP",
                          highlight={"Venezuela"})
    y = spec["vconcat"][0]["encoding"]["y"]
    assert y["axis"]["labelOverlap"] is False and y["sort"] is None
    png = render(spec, "png")
    assert png.startswith(PNG_SIGNATURE) and len(png) > 10_000
    with pytest.raises(ValueError, match="at least one"):
        breakdown_spec([], title="nothing")


@pytest.mark.parametrize("args", [
    ("query", "swb_encounters", "--period", "FY2019..FY2024", "--by", "fiscal_year"),
    ("query", "swb_encounters", "--period", "2024", "--by", "citizenship", "--top", "5"),
    ("rank", "usbp_swb_encounters", "--period", "2024-01"),
    ("change", "swb_encounters", "--from", "2023-12", "--to", "2024-01"),
    ("corridor", "--period", "2023-12"),
])
def test_each_answer_makes_a_png_chart(tmp_path: Path, args: tuple[str, ...]) -> None:
    target = tmp_path / "chart.png"
    subprocess.run([sys.executable, "-m", "borderstats", *args, "--png", str(target),
                    "--db", str(tmp_path / "s.duckdb")], capture_output=True, timeout=120,
                   check=True)
    data = target.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    width = int.from_bytes(data[16:20], "big")
    assert 1200 <= width <= 1900  # a news column, at twice the pixels


def test_a_chart_needs_one_breakdown(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "borderstats", "query", "swb_encounters",
                             "--period", "FY2023", "--png", str(tmp_path / "x.png"), "--db",
                             str(tmp_path / "s.duckdb")], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2 and "give one --by" in result.stderr
    assert not (tmp_path / "x.png").exists()
