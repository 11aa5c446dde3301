"""Shared fixtures: the real official files, and a store built from all of them.

The official files live outside the repository, in ``../shared/data/raw`` (or
``$BORDERSTATS_RAW``). Without them the tests that read them are skipped, and the run ends
with one line saying how many and where the files go; under CI (``CI=true``) their absence
is an error instead, so a CI run never passes by skipping them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderstats.query import Engine
from borderstats.store import Store, ingest_dir, open_store

RAW = Path(os.environ.get("BORDERSTATS_RAW")
           or Path(__file__).resolve().parents[2] / "shared" / "data" / "raw")

# The reason every test that needs the official files gives when it skips.
NO_RAW = f"the official raw files are absent (looked in {RAW})"


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def pytest_sessionstart(session: pytest.Session) -> None:
    if _in_ci() and not RAW.is_dir():
        raise pytest.UsageError(
            f"CI=true but {NO_RAW}: CI runs with ../shared beside the clone (or "
            "BORDERSTATS_RAW set); a CI run does not pass by skipping the tests that read "
            "the official files")


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    if not RAW.is_dir():
        pytest.skip(NO_RAW)
    return RAW


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    skipped = [r for r in terminalreporter.stats.get("skipped", [])
               if NO_RAW in str(getattr(r, "longrepr", ""))]
    if skipped:
        tests = "1 test" if len(skipped) == 1 else f"{len(skipped)} tests"
        terminalreporter.write_line(
            f"{tests} skipped because {NO_RAW}; the rest ran on the bundled snapshot."
            f" To run them, put the official files in {RAW} (the layout of "
            "../shared/data/raw: one folder per source) or point BORDERSTATS_RAW at them.",
            yellow=True, bold=True)


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
    # No test may touch the user's own store, nor the facts kept about it.
    monkeypatch.setenv("BORDERSTATS_DB", str(tmp_path / "default.duckdb"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
