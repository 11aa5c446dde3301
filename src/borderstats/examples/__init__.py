"""The example articles the package ships: `borderstats check --example [en|es]`.

Written for the project, not copied from any publication: a news-style article in English
and one in Spanish, each dated, with claims of the kinds real coverage makes — totals, fiscal
and calendar years, changes, records, "since", streaks, shares, Mexico and the Darién — some
right, some wrong on purpose, some that no official series can settle. ``index.toml`` gives
each one's file, publication date and title.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path

from borderstats.errors import QueryError

HERE = Path(__file__).parent
LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class Example:
    language: str
    path: Path
    date: dt.date  # its publication date: relative periods resolve against it
    title: str

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def example(language: str = "en") -> Example:
    """The example article in ``language`` (en or es)."""
    index = tomllib.loads((HERE / "index.toml").read_text(encoding="utf-8"))
    if language not in index:
        raise QueryError(f"--example {language!r}: the examples are {', '.join(index)}")
    entry = index[language]
    return Example(language, HERE / entry["file"], dt.date.fromisoformat(entry["date"]),
                   entry["title"])
