"""borderstats: official US–Mexico border migration statistics in one store, one semantic
layer, and a checker for the numbers in a text.

The Python API lives in :mod:`borderstats.api`; its functions are importable from here.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from borderstats.version import __version__

__all__ = ["__version__"]

_API = {"query", "rank", "change", "ingest", "releases", "measures", "engine", "close",
        "check", "corridor", "series", "revisions", "cite", "events", "forecast", "scenario"}
_API |= {"crosscheck", "find_figure"}


class _Package(types.ModuleType):
    """The package, whose API names always mean the API's functions.

    Two of them share their names with submodules (``borderstats.query``,
    ``borderstats.corridor``); importing a submodule sets the package's attribute to the
    module, so ``borderstats.query(...)`` would find a module. The functions are imported on
    first use, so ``borderstats --help`` does not load the database engine."""

    def __getattribute__(self, name: str) -> Any:
        if name in _API:
            from borderstats import api

            return getattr(api, name)
        return super().__getattribute__(name)


sys.modules[__name__].__class__ = _Package
