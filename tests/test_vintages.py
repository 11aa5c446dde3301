"""A text checked against the data as published by a date says when a later release
changes a claim's verdict."""

from __future__ import annotations

import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import borderstats

TEXT = "In December 2023 there were 302,034 encounters at the southwest border."


def test_a_later_release_changes_the_verdict(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    then = borderstats.check(TEXT, date="2024-01-20", as_of="2024-01-20", db=db)
    [claim] = [c for c in then["claims"] if c["kind"] == "total"]
    # December 2023 was not in any release the store holds from before 2024-01-20.
    assert claim["verdict"] == "unverifiable"
    later = claim["later_vintage"]
    assert later["verdict"] == "accurate"
    assert later["from"] == "2024-10-15"  # the first release held that has December 2023
    assert "301,981" in later["explanation"]

    now = borderstats.check(TEXT, date="2024-01-20", db=db)
    assert all("later_vintage" not in c for c in now["claims"])
    settled = borderstats.check(TEXT, date="2024-01-20", as_of="2025-12-31", db=db)
    assert all("later_vintage" not in c for c in settled["claims"])

    text = tmp_path / "dec.txt"
    text.write_text(TEXT)
    human = subprocess.run([sys.executable, "-m", "borderstats", "check", str(text), "--date",
                            "2024-01-20", "--as-of", "2024-01-20", "--db", str(db)],
                           capture_output=True, text=True, timeout=120)
    assert "A later release changes this: from the releases published 2024-10-15 on, " \
           "accurate" in human.stdout
    as_json = json.loads(subprocess.run(
        [sys.executable, "-m", "borderstats", "check", str(text), "--date", "2024-01-20",
         "--as-of", "2024-01-20", "--json", "--db", str(db)],
        capture_output=True, text=True, timeout=120).stdout)
    assert as_json["claims"][0]["later_vintage"]["from"] == "2024-10-15"


class _LaterNotes(HTMLParser):
    """The text of each ``<aside class="later-release">`` of a page, and its badge."""

    def __init__(self) -> None:
        super().__init__()
        self.notes: list[dict[str, str]] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "aside" and "later-release" in classes:
            self._depth = 1
            self.notes.append({"text": "", "badge": ""})
        elif self._depth and tag == "span" and "badge" in classes:
            self.notes[-1]["badge"] = next(c for c in classes if c.startswith("v-"))

    def handle_endtag(self, tag: str) -> None:
        if self._depth and tag == "aside":
            self._depth = 0

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.notes[-1]["text"] += data


def test_the_html_report_shows_that_a_later_release_changes_the_verdict(
        tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    texts = {"en": TEXT,
             "es": "En diciembre de 2023 hubo 302.034 encuentros en la frontera suroeste."}
    expected = {
        "en": "A later release changes this: from the releases published 2024-10-15 on,",
        "es": "Una publicación posterior cambia esto: con los datos publicados desde el "
              "2024-10-15,"}
    for lang, text in texts.items():
        source = tmp_path / f"{lang}.txt"
        source.write_text(text)
        page = tmp_path / f"{lang}.html"
        result = subprocess.run(
            [sys.executable, "-m", "borderstats", "check", str(source), "--date",
             "2024-01-20", "--as-of", "2024-01-20", "--html", str(page), "--db", str(db)],
            capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        parser = _LaterNotes()
        parser.feed(page.read_text())
        [note] = parser.notes
        assert note["text"].strip().startswith(expected[lang])
        assert note["badge"] == "v-accurate"  # unverifiable then, accurate from 2024-10-15
        assert "301,981" in note["text"]
        # Checked against the latest releases, nothing changes it: no note.
        now = tmp_path / f"{lang}-now.html"
        subprocess.run([sys.executable, "-m", "borderstats", "check", str(source), "--date",
                        "2024-01-20", "--html", str(now), "--db", str(db)],
                       capture_output=True, text=True, timeout=300, check=True)
        parser = _LaterNotes()
        parser.feed(now.read_text())
        assert parser.notes == []
