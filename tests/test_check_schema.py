"""The check report validates against its published JSON Schema, for the example article
and every sample text, and the HTML report is well-formed with one card per claim."""

from __future__ import annotations

import datetime as dt
import json
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from borderstats.claims import check
from borderstats.query import Engine
from borderstats.report_html import render_check_html

TEXTS = Path(__file__).with_name("texts")
SCHEMA = json.loads(resources.files("borderstats").joinpath("schemas/check.schema.json")
                    .read_text(encoding="utf-8"))


def _texts(raw_dir: Path) -> list[tuple[str, str, dt.date | None]]:
    article = raw_dir.parents[1] / "examples" / "articles" / "mexico-key-player.txt"
    out = [(article.name, article.read_text(encoding="utf-8"), None)]
    for path in sorted(TEXTS.glob("*.txt")):
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        out.append((path.name, path.read_text(encoding="utf-8"),
                    dt.date.fromisoformat(expected["date"])))
    return out


class _Balanced(HTMLParser):
    VOID = {"meta", "br", "hr", "img", "input", "link", "col", "area", "base", "wbr"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.cards = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)
        if tag == "article":
            self.cards += 1

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        self.stack.pop()


def test_schema_is_itself_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_reports_validate(raw_dir: Path, engine: Engine) -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for name, text, date in _texts(raw_dir):
        report = json.loads(json.dumps(check(text, date=date, engine=engine), default=str))
        errors = sorted(validator.iter_errors(report), key=lambda e: list(e.path))
        assert not errors, f"{name}: {errors[0].message} at {list(errors[0].path)}"
        for claim in report["claims"]:
            assert 0 <= claim["start"] < claim["end"] <= len(text), name


@pytest.mark.parametrize("with_date", [True, False])
def test_html_report_is_well_formed(raw_dir: Path, engine: Engine, with_date: bool) -> None:
    name, text, _ = _texts(raw_dir)[0]
    report = check(text, date=dt.date(2024, 3, 15) if with_date else None, engine=engine)
    parser = _Balanced()
    parser.feed(render_check_html(report))
    parser.close()
    assert parser.stack in ([], ["html"], ["html", "body"]), parser.stack
    assert parser.cards >= len(report["claims"]) > 0
