"""Shared fixtures: the real official files, and a store built from all of them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderstats.query import Engine
from borderstats.store import Store, ingest_dir, open_store

RAW = Path(os.environ.get("BORDERSTATS_RAW")
           or Path(__file__).resolve().parents[2] / "shared" / "data" / "raw")


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    if not RAW.is_dir():
        pytest.skip(f"official raw files not found at {RAW}")
    return RAW


@pytest.fixture(scope="session")
def full_store(raw_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A store with every official file ingested (no snapshot)."""
    path = tmp_path_factory.mktemp("store") / "full.duckdb"
    store = open_store(path, snapshot=False)
    ingest_dir(store, raw_dir)
    yield store
    store.close()


@pytest.fixture(scope="session")
def engine(full_store: Store) -> Engine:
    return Engine(full_store)


@pytest.fixture(autouse=True)
def _isolated_default_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No test may touch the user's own store.
    monkeypatch.setenv("BORDERSTATS_DB", str(tmp_path / "default.duckdb"))
