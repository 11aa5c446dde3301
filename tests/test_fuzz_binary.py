"""Fuzzing the workbook (xlsx) and PDF parsers with mutated real files: no crash, no partial
write, every error one line naming the file.

A workbook is mutated inside its zip, where its parts are XML: a cell's value replaced, a
sheet renamed, a header (a shared string) changed, a part dropped or its compressed bytes
garbled, the file cut short. A PDF's page streams are inflated, their text changed (a
number replaced, an operator dropped), deflated again, or garbled in place; or the file is
cut short. Parsing a workbook takes seconds, so the suite runs a few examples of each; the
longer run (`python bench/reliability.py --fuzz-binary-examples N`) fuzzes every workbook
and PDF a source reads, and docs/reliability.md records it."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderstats.errors import BorderstatsError
from borderstats.store import Store, open_store

EXAMPLES = int(os.environ.get("BORDERSTATS_FUZZ_BINARY_EXAMPLES") or 4)
# The suite fuzzes the quickest PDFs; the bench every workbook and PDF a source reads.
EVERY_FILE = os.environ.get("BORDERSTATS_FUZZ_BINARY_ALL") == "1"

WORKBOOKS = ["ohss_cbp_encounters/khsm_encounters_usbp_fy25m11.xlsx"]
PDFS = [
    "usbp_historical/usbp_total_apprehensions_fy1925-fy2020_508.pdf",
    "usbp_historical/u.s._border_patrol_fiscal_year_southwest_border_sector_apprehensions"
    "_fy_1960_fy_2019_0.pdf",
]
MORE_PDFS = [
    "usbp_historical/u.s._border_patrol_total_apprehensions_fy_1925_fy_2019_.pdf",
    "usbp_historical/u.s._border_patrol_monthly_apprehensions_fy_2000_fy_2019_1.pdf",
    "usbp_historical/us_border_patrol_monthly_encounters_fy2000-fy2020-508.pdf",
]

VALUES = st.sampled_from(["", "-1", "1e30", "nan", "12.5", "abc", "99999999999", "<", "&amp;",
                          "0", "2024-13-01", "１２", "\u202e"])


def workbook_mutations() -> st.SearchStrategy:
    return st.one_of(
        st.tuples(st.just("cell"), st.floats(0, 1), st.floats(0, 1), VALUES),
        st.tuples(st.just("sheet name"), st.floats(0, 1), VALUES),
        st.tuples(st.just("shared string"), st.floats(0, 1), VALUES),
        st.tuples(st.just("drop part"), st.floats(0, 1)),
        st.tuples(st.just("garble part"), st.floats(0, 1), st.floats(0, 1),
                  st.binary(min_size=1, max_size=8)),
        st.tuples(st.just("truncate"), st.floats(0, 1)),
    )


def _pick(items: list, at: float):
    return items[min(int(at * len(items)), len(items) - 1)]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def mutate_workbook(data: bytes, steps: list[tuple]) -> bytes:
    for kind, *args in steps:
        if kind == "truncate":
            data = data[:int(len(data) * args[0])]
            continue
        try:
            source = zipfile.ZipFile(io.BytesIO(data))
            parts = {info.filename: source.read(info) for info in source.infolist()}
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError):
            continue  # already cut short: later steps have nothing to edit
        names = sorted(parts)
        garbled: tuple[str, float, bytes] | None = None
        if kind == "cell":
            sheets = [n for n in names if n.startswith("xl/worksheets/sheet")]
            if not sheets:
                continue
            name = _pick(sheets, args[0])
            xml = parts[name].decode("utf-8")
            values = list(re.finditer(r"<c r=\"([A-Z]+\d+)\"[^>]*>(?:<f>[^<]*</f>)?"
                                      r"<v>[^<]*</v></c>", xml))
            if values:
                hit = _pick(values, args[1])
                # An inline string: the value the parser meets is exactly the text.
                cell = (f"<c r=\"{hit.group(1)}\" t=\"inlineStr\"><is><t>{_escape(args[2])}"
                        "</t></is></c>")
                parts[name] = (xml[:hit.start()] + cell + xml[hit.end():]).encode("utf-8")
        elif kind == "sheet name" and "xl/workbook.xml" in parts:
            xml = parts["xl/workbook.xml"].decode("utf-8")
            sheets = list(re.finditer(r"<sheet [^>]*name=\"([^\"]*)\"", xml))
            if sheets:
                hit = _pick(sheets, args[0])
                xml = (xml[:hit.start(1)] + _escape(args[1])[:31] + xml[hit.end(1):])
                parts["xl/workbook.xml"] = xml.encode("utf-8")
        elif kind == "shared string" and "xl/sharedStrings.xml" in parts:
            xml = parts["xl/sharedStrings.xml"].decode("utf-8")
            strings = list(re.finditer(r"<t(?: [^>]*)?>([^<]*)</t>", xml))
            if strings:
                hit = _pick(strings[:200], args[0])  # the headers are among the first
                xml = xml[:hit.start(1)] + _escape(args[1]) + xml[hit.end(1):]
                parts["xl/sharedStrings.xml"] = xml.encode("utf-8")
        elif kind == "drop part":
            del parts[_pick(names, args[0])]
        elif kind == "garble part":
            garbled = (_pick(names, args[0]), args[1], args[2])
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for name, body in parts.items():
                target.writestr(name, body)
        data = out.getvalue()
        if garbled:  # bytes replaced inside the part's compressed data, CRC left stale
            name, at, junk = garbled
            info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
            start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
            offset = start + int(at * max(info.compress_size - len(junk), 0))
            data = data[:offset] + junk + data[offset + len(junk):]
    return data


def pdf_mutations() -> st.SearchStrategy:
    return st.one_of(
        st.tuples(st.just("number"), st.floats(0, 1), st.floats(0, 1),
                  st.sampled_from(["", "-5", "1e30", "9" * 12, "x", "(", "1,2,3", "0.5"])),
        st.tuples(st.just("drop operator"), st.floats(0, 1), st.floats(0, 1)),
        st.tuples(st.just("garble stream"), st.floats(0, 1), st.floats(0, 1),
                  st.binary(min_size=1, max_size=16)),
        st.tuples(st.just("truncate"), st.floats(0, 1)),
    )


STREAM = re.compile(rb"/Length (\d+)(?P<rest>[^>]*>>\s*stream\r?\n)", re.S)


def _streams(data: bytes) -> list[tuple[int, int, re.Match]]:
    found = []
    for match in STREAM.finditer(data):
        start = match.end()
        end = start + int(match.group(1))
        if end <= len(data):
            found.append((start, end, match))
    return found


def _inflate(body: bytes) -> bytes | None:
    try:
        return zlib.decompress(body)
    except zlib.error:
        return None


def mutate_pdf(data: bytes, steps: list[tuple]) -> bytes:
    for kind, *args in steps:
        if kind == "truncate":
            data = data[:int(len(data) * args[0])]
            continue
        streams = _streams(data)
        if not streams:
            continue
        if kind == "garble stream":
            start, end, match = _pick(streams, args[0])
            offset = start + int(args[1] * max(end - start - len(args[2]), 0))
            data = data[:offset] + args[2] + data[offset + len(args[2]):]
            continue
        pages = [(start, end, match, text) for start, end, match in streams
                 if (text := _inflate(data[start:end])) is not None and b"BT" in text]
        if not pages:
            continue
        start, end, match, text = _pick(pages, args[0])
        if kind == "number":
            numbers = list(re.finditer(rb"\((\d[\d,]*)\)", text)) or list(
                re.finditer(rb"\d+", text))
            if not numbers:
                continue
            hit = _pick(numbers, args[1])
            group = 1 if hit.groups() else 0
            text = text[:hit.start(group)] + args[2].encode() + text[hit.end(group):]
        else:  # drop operator: a text-showing or positioning operator goes
            operators = list(re.finditer(rb"\s(Tj|TJ|Td|TD|Tm|BT|ET)\b", text))
            if not operators:
                continue
            hit = _pick(operators, args[1])
            text = text[:hit.start(1)] + text[hit.end(1):]
        body = zlib.compress(text)
        data = (data[:match.start()] + b"/Length %d" % len(body) + match.group("rest")
                + body + data[end:])
    return data


@pytest.fixture(scope="module")
def empty_store() -> Store:
    store = open_store(None, snapshot=False)
    yield store
    store.close()


def _ingests_or_fails_clearly(store: Store, path: Path) -> None:
    before = store.counts()
    try:
        outcomes = store.ingest([path])
    except BorderstatsError as exc:
        message = str(exc)
        assert "\n" not in message and path.name in message, message
        assert store.counts() == before  # nothing written
        return
    for outcome in outcomes:
        assert outcome.status in ("added", "unchanged", "quarantined")
    store.con.execute("DELETE FROM observations")
    store.con.execute("DELETE FROM release_tables")
    store.con.execute("DELETE FROM releases")


def _fuzz(raw_dir: Path, folder: Path, store: Store, name: str, strategy: st.SearchStrategy,
          mutate, examples: int) -> None:
    original = (raw_dir / name).read_bytes()

    @settings(max_examples=examples, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.lists(strategy, min_size=1, max_size=3))
    def run(steps: list[tuple]) -> None:
        path = folder / Path(name).name
        path.write_bytes(mutate(original, steps))
        _ingests_or_fails_clearly(store, path)

    run()


def test_a_garbled_strings_part_is_one_error_line(raw_dir: Path, tmp_path: Path,
                                                 empty_store: Store) -> None:
    # Found by the longer run: a cell pointing past the damaged shared strings raised
    # IndexError from openpyxl, a traceback instead of an error naming the file.
    damaged = tmp_path / Path(WORKBOOKS[0]).name
    damaged.write_bytes(mutate_workbook((raw_dir / WORKBOOKS[0]).read_bytes(), [
        ("garble part", 0.9375, 0.9407088836147179, b"\xf2\x13")]))
    with pytest.raises(BorderstatsError, match="not a readable .xlsx workbook"):
        empty_store.ingest([damaged])
    assert empty_store.counts() == (0, 0)


@pytest.mark.parametrize("name", WORKBOOKS)
def test_mutated_workbooks_parse_or_fail_clearly(raw_dir: Path, tmp_path: Path,
                                                 empty_store: Store, name: str) -> None:
    _fuzz(raw_dir, tmp_path, empty_store, name, workbook_mutations(), mutate_workbook,
          EXAMPLES)


@pytest.mark.parametrize("name", PDFS + (MORE_PDFS if EVERY_FILE else []))
def test_mutated_pdfs_parse_or_fail_clearly(raw_dir: Path, tmp_path: Path,
                                            empty_store: Store, name: str) -> None:
    _fuzz(raw_dir, tmp_path, empty_store, name, pdf_mutations(), mutate_pdf, EXAMPLES * 4)


def test_the_mutations_change_what_the_parser_reads(raw_dir: Path) -> None:
    # Fuzzing that never reached the parser would prove nothing: each kind of mutation
    # must give a different file that still opens as a zip or a PDF where it should.
    workbook = (raw_dir / WORKBOOKS[0]).read_bytes()
    for step in [("cell", 0.3, 0.5, "abc"), ("sheet name", 0.1, "x"),
                 ("shared string", 0.0, "Renamed")]:
        changed = mutate_workbook(workbook, [step])
        assert changed != workbook
        zipfile.ZipFile(io.BytesIO(changed)).testzip()
    renamed = zipfile.ZipFile(io.BytesIO(mutate_workbook(workbook, [("sheet name", 0.0,
                                                                     "Zzz")])))
    assert b'name="Zzz"' in renamed.read("xl/workbook.xml")
    pdf = (raw_dir / PDFS[0]).read_bytes()
    assert _streams(pdf), "the PDF's page streams are found"
    for step in [("number", 0.5, 0.5, "-5"), ("drop operator", 0.5, 0.5)]:
        changed = mutate_pdf(pdf, [step])
        assert changed != pdf and changed.startswith(b"%PDF")


def test_a_garbled_pdf_stream_is_one_line_on_the_command_line(raw_dir: Path,
                                                              tmp_path: Path) -> None:
    # Found by this fuzzing: pdfminer's warnings about the damaged stream were printed
    # before the error line.
    damaged = tmp_path / Path(PDFS[1]).name
    damaged.write_bytes(mutate_pdf((raw_dir / PDFS[1]).read_bytes(),
                                   [("garble stream", 0.3, 0.5, b"\x00\xff" * 4)]))
    result = subprocess.run([sys.executable, "-m", "borderstats", "ingest", str(damaged),
                             "--db", str(tmp_path / "s.duckdb")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert damaged.name in result.stderr and "cannot read the PDF" in result.stderr
