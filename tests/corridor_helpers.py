"""Helpers for the corridor sources' tests: damaged copies of real files must fail whole,
with an error naming the file, field and value."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from borderstats.errors import SourceFormatError
from borderstats.query import Engine
from borderstats.sources import recognise

Damage = Callable[[str], str]


def replace_first(old: str, new: str) -> Damage:
    def damage(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)
    return damage


def truncate(text: str) -> str:
    """Cut mid-file, mid-row (as a broken download leaves it)."""
    cut = text[: len(text) // 2]
    return cut.rsplit(",", 1)[0] + ","


def assert_rejected(raw: Path, tmp_path: Path, damage: Damage, fragments: list[str]) -> None:
    target = tmp_path / raw.name
    target.write_text(damage(raw.read_text(encoding="utf-8")), encoding="utf-8")
    recognised = recognise(target)
    assert recognised is not None, target.name
    with pytest.raises(SourceFormatError) as err:
        recognised.parse()
    message = str(err.value)
    assert raw.name in message, message
    for fragment in fragments:
        assert fragment in message, (fragment, message)
    assert "\n" not in message


def release(engine: Engine, file_name: str) -> dict:
    return next(r for r in engine.releases.values() if r["file_name"] == file_name)


def table_total(engine: Engine, file_name: str, table: str, where: str = "",
                params: list | None = None) -> int:
    rid = release(engine, file_name)["release_id"]
    return engine.store.con.execute(
        f"SELECT coalesce(sum(value), 0) FROM observations WHERE release_id = ? AND "
        f"table_id = ? {where}", [rid, table, *(params or [])]).fetchone()[0]
