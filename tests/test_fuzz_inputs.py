"""Fuzzing with a fixed budget (a longer run: `python bench/fuzz.py`): every text file
parser with mutated real files, and the Python API's arguments. No crash, no partial write,
every error a one-line BorderstatsError.

The budget is small on purpose (the suite must stay quick); bench/fuzz.py runs the same
properties for minutes and docs/reliability.md records what it found."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderstats import api
from borderstats.errors import BorderstatsError
from borderstats.store import Store, open_store

EXAMPLES = int(os.environ.get("BORDERSTATS_FUZZ_EXAMPLES") or 25)

# Small official files of every text layout (the large ones take a second each to parse).
FILES = [
    "cbp_swb_encounters/sbo-encounters-fy19-fy22.csv",
    "mexico_upm_boletin/iom_gdidata_irreg_mexico_dmg.csv",
    "panama_snm_darien/iom_gdidata_irreg_darien_dmg.csv",
    "guatemala_igm_returns/iom_gdidata_irreg_guatemala.csv",
    "ohss_ielp_monthly/ielp-table-202408_flattened.csv",
    "dhs_ohss_yearbook/transcription_yearbook2019_table33_aliens_apprehended_fy1925-2019.csv",
]


def mutations() -> st.SearchStrategy:
    cell = st.one_of(st.sampled_from(["", "nan", "inf", "-1", "1e30", "0x10", "１２", "12.5",
                                      "NULL", '"', "2024-13", "\x00", "\ud7ff", "-0"]),
                     st.text(max_size=12))
    return st.one_of(
        st.tuples(st.just("truncate"), st.floats(0.0, 1.0)),
        st.tuples(st.just("flip"), st.floats(0.0, 1.0), st.integers(0, 255)),
        st.tuples(st.just("cell"), st.floats(0.0, 1.0), cell),
        st.tuples(st.just("repeat"), st.floats(0.0, 1.0), st.integers(1, 50)),
        st.tuples(st.just("drop"), st.floats(0.0, 1.0), st.integers(1, 50)),
        st.tuples(st.just("header"), cell),
    )


def mutate(data: bytes, steps: list[tuple]) -> bytes:
    for step in steps:
        kind, *args = step
        lines = data.split(b"\n")
        if kind == "truncate":
            data = data[: int(len(data) * args[0])]
        elif kind == "flip" and data:
            at = min(int(len(data) * args[0]), len(data) - 1)
            data = data[:at] + bytes([args[1]]) + data[at + 1:]
        elif kind == "cell" and len(lines) > 1:
            at = 1 + int((len(lines) - 2) * args[0])
            cells = lines[at].split(b",")
            cells[-1] = args[1].encode("utf-8", "surrogatepass")
            lines[at] = b",".join(cells)
            data = b"\n".join(lines)
        elif kind == "repeat" and len(lines) > 1:
            at = 1 + int((len(lines) - 2) * args[0])
            data = b"\n".join(lines[:at] + lines[at:at + args[1]] * 2 + lines[at + args[1]:])
        elif kind == "drop" and len(lines) > 1:
            at = 1 + int((len(lines) - 2) * args[0])
            data = b"\n".join(lines[:at] + lines[at + args[1]:])
        elif kind == "header":
            cells = lines[0].split(b",")
            cells[0] = args[0].encode("utf-8", "surrogatepass")
            data = b"\n".join([b",".join(cells), *lines[1:]])
    return data


@pytest.fixture(scope="module")
def empty_store() -> Store:
    store = open_store(None, snapshot=False)
    yield store
    store.close()


@pytest.mark.parametrize("name", FILES)
def test_mutated_files_parse_or_fail_clearly(raw_dir: Path, tmp_path_factory, empty_store,
                                             name: str) -> None:
    original = (raw_dir / name).read_bytes()
    folder = tmp_path_factory.mktemp("fuzz")

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.lists(mutations(), min_size=1, max_size=3))
    def run(steps: list[tuple]) -> None:
        path = folder / Path(name).name
        path.write_bytes(mutate(original, steps))
        before = empty_store.counts()
        try:
            outcomes = empty_store.ingest([path])
        except BorderstatsError as exc:
            message = str(exc)
            assert "\n" not in message and Path(name).name in message
            assert empty_store.counts() == before  # nothing written
            return
        for outcome in outcomes:
            assert outcome.status in ("added", "unchanged", "quarantined")
        empty_store.con.execute("DELETE FROM observations")
        empty_store.con.execute("DELETE FROM release_tables")
        empty_store.con.execute("DELETE FROM releases")

    run()


ANY = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30),
                st.lists(st.text(max_size=8), max_size=3),
                st.dictionaries(st.text(max_size=8), st.text(max_size=8), max_size=2),
                st.binary(max_size=8))


@settings(max_examples=EXAMPLES * 4, deadline=None, derandomize=True, database=None)
@given(measure=st.one_of(st.sampled_from(["swb_encounters", "usbp_swb_encounters"]), ANY),
       period=st.one_of(st.sampled_from(["FY2023", "2024-01", "2023", "FY2019..FY2024"]), ANY),
       by=st.one_of(st.none(), st.lists(st.sampled_from(["fiscal_year", "sector", "month"]),
                                        max_size=2), ANY),
       where=st.one_of(st.none(), st.just({"citizenship": ["VEN"]}), ANY),
       as_of=st.one_of(st.none(), st.just("2024-03-01"), ANY))
def test_api_arguments_of_any_type(measure, period, by, where, as_of) -> None:
    try:
        api.query(measure, period, by=by, where=where, as_of=as_of)
    except BorderstatsError as exc:
        assert "\n" not in str(exc)


label_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)
chart_points = st.lists(st.tuples(label_text, st.one_of(
    st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True))),
    max_size=60)


@settings(max_examples=EXAMPLES * 4, deadline=None, derandomize=True, database=None)
@given(points=chart_points, title=st.one_of(st.none(), label_text), unit=label_text,
       line=st.booleans(), reference=st.one_of(st.none(), st.floats()))
def test_charts_are_well_formed_and_escaped(points, title, unit, line, reference) -> None:
    import xml.etree.ElementTree as ET

    from borderstats.charts import bar_chart, line_chart

    draw = line_chart if line else bar_chart
    try:
        svg = draw(points, highlight={p[0] for p in points[:2]}, title=title, unit=unit,
                   reference=reference, reference_label=title)
    except BorderstatsError as exc:
        assert "\n" not in str(exc)
        return
    root = ET.fromstring(svg)  # well-formed XML
    assert root.tag.endswith("svg")
    assert not any(el.tag.endswith("script") for el in root.iter())


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(injected=label_text)
def test_the_html_report_escapes_what_it_shows(injected: str) -> None:
    from borderstats.report_html import render_check_html

    text = "In FY2023 there were 2.5 million encounters at the southwest border."
    report = api.check(text, date="2024-03-15")
    marker = f"<b data-x='{injected}'>"
    report["source_file"] = marker
    for claim in report["claims"]:
        claim["explanation"] = marker + claim["explanation"]
    html = render_check_html(report)
    assert marker not in html
    assert html.count("<html") == 1 and html.rstrip().endswith("</html>")
