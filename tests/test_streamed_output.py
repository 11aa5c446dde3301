"""Long outputs are written as they are made, and still whole or not at all: the JSON of a
check, and the HTML report (a 1 MB text's page is some 80 MB)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderstats import cli
from borderstats.errors import BorderstatsError
from borderstats.frames import write_whole
from borderstats.report_html import check_html_pieces, render_check_html


def test_a_write_that_fails_half_way_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_bytes(b"the old page")

    def pieces() -> Iterator[bytes]:
        yield b"<!doctype html>" * 1000
        raise BorderstatsError("the report could not be built")

    with pytest.raises(BorderstatsError):
        write_whole(target, pieces(), "--html")
    assert target.read_bytes() == b"the old page"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary left
    write_whole(target, iter([b"a", b"b", b"c"]), "--html")
    assert target.read_bytes() == b"abc"


def test_json_written_in_batches_is_what_json_dumps_gives(capsys) -> None:
    data = {"claims": [{"id": i, "text": "«año» ✓", "when": dt.date(2024, 1, i % 28 + 1),
                        "values": list(range(i % 7)), "none": None} for i in range(3000)]}
    cli._print_json(data)
    printed = capsys.readouterr().out
    assert printed == json.dumps(data, indent=2, default=str, ensure_ascii=False) + "\n"


def test_the_page_in_pieces_is_the_page() -> None:
    report = {"text": "In FY2023 there were 2.5 million encounters.", "claims": [
        {"id": 1, "start": 3, "end": 9, "text": "FY2023", "verdict": "accurate",
         "kind": "total", "explanation": "Right.", "later_vintage": {
             "verdict": "inaccurate", "from": "2024-10-15", "explanation": "Revised."}}]}
    pieces = list(check_html_pieces(report))
    assert len(pieces) > 1 and "".join(pieces) == render_check_html(report)
    assert "A later release changes this: from the releases published 2024-10-15 on," \
        in "".join(pieces)
