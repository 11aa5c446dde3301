"""A text checked against the data as published by a date says when a later release
changes a claim's verdict."""

from __future__ import annotations

import json
import subprocess
import sys
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
