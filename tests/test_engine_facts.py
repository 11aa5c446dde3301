"""What the engine learns of a store is kept between runs, and only for the same store."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from borderstats.query import Engine, _FactsUnpickler
from borderstats.store import open_reader, open_store


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "borderstats"


def test_a_second_run_starts_with_what_the_first_learned(tmp_path: Path, cache: Path) -> None:
    db = tmp_path / "store.duckdb"
    with open_reader(db) as store:
        first = Engine(store).rank("usbp_swb_encounters", "2024-01")
    assert len(list(cache.glob("facts-*.pickle"))) == 1
    with open_reader(db) as store:
        engine = Engine(store)
        engine.releases  # noqa: B018
        assert engine._held and engine._coverage  # known before any question
        again = engine.rank("usbp_swb_encounters", "2024-01")
        assert not engine._learned
    assert again.to_dict() == first.to_dict()


def test_another_store_does_not_use_them(tmp_path: Path, cache: Path) -> None:
    db = tmp_path / "store.duckdb"
    with open_reader(db) as store:
        Engine(store).query("swb_encounters", "FY2023")
    # The same file, now holding other releases: the kept facts are not its facts.
    with open_store(db) as store:
        store.con.execute("DELETE FROM observations WHERE release_id = (SELECT max(release_id) "
                          "FROM releases)")
        store.con.execute("DELETE FROM releases WHERE release_id = (SELECT max(release_id) "
                          "FROM releases)")
    with open_reader(db, snapshot=False) as store:
        engine = Engine(store)
        engine.releases  # noqa: B018
        assert not engine._held


def test_the_cache_file_holds_only_facts(tmp_path: Path) -> None:
    path = tmp_path / "evil.pickle"
    path.write_bytes(pickle.dumps({"key": "x", "values": {}, "held": {}, "coverage": {},
                                   "payload": Path("/")}))
    with path.open("rb") as fh, pytest.raises(pickle.UnpicklingError):
        _FactsUnpickler(fh).load()


def test_a_remembered_result_is_computed_once_per_store(tmp_path: Path, cache: Path) -> None:
    db = tmp_path / "store.duckdb"
    calls: list[int] = []

    def compute() -> dict:
        calls.append(1)
        return {"effect_percent": -39.2, "months": ["2024-01"], "distinguishable": False}

    with open_reader(db) as store:
        first = Engine(store).remembered(("attribution", "event", 1), compute)
    with open_reader(db) as store:  # a later process on the same store
        again = Engine(store).remembered(("attribution", "event", 1), compute)
        other = Engine(store).remembered(("attribution", "event", 2), compute)
    assert first == again == other and len(calls) == 2  # key 1 once, key 2 once
