"""borderstats: official US–Mexico border migration statistics in one store, one semantic
layer, and a checker for the numbers in a text.

The Python API lives in :mod:`borderstats.api`; its functions are importable from here.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = {"query", "rank", "change", "ingest", "releases", "measures", "engine", "close",
        "check", "corridor"}


def __getattr__(name: str) -> Any:
    # Imported on first use, so `borderstats --help` does not load the database engine.
    if name in _API:
        from borderstats import api

        return getattr(api, name)
    raise AttributeError(name)
