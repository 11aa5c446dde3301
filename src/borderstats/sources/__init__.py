"""The registry of official sources: one module each, found by file name."""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

from borderstats.sources.base import FileSpec, ParsedFile, SourceInfo

MODULE_NAMES: tuple[str, ...] = (
    "cbp_swb_encounters",
    "cbp_nationwide_encounters",
    "ohss_khsm_usbp",
    "usbp_historical",
    "ohss_ielp",
    "dhs_yearbook",
    "mexico_upm",
    "panama_darien",
    "guatemala_igm",
)


@cache
def modules() -> tuple[ModuleType, ...]:
    return tuple(importlib.import_module(f"borderstats.sources.{n}") for n in MODULE_NAMES)


def sources() -> dict[str, SourceInfo]:
    return {m.SOURCE.id: m.SOURCE for m in modules()}


@dataclass(frozen=True)
class Recognised:
    path: Path
    source: SourceInfo
    spec: FileSpec
    module: ModuleType

    def parse(self) -> ParsedFile:
        return self.module.parse(self.path, self.spec)


def recognise(path: Path) -> Recognised | None:
    """The source and file spec a file belongs to, judged by its name; None if none."""
    for module in modules():
        for spec in module.FILES:
            if spec.matches(path):
                return Recognised(path, module.SOURCE, spec, module)
    return None


def skip_reason(path: Path) -> str:
    """Why a file that no source reads is left out."""
    if path.suffix.lower() == ".md":
        return "documentation"
    for module in modules():
        for pattern, reason in getattr(module, "SKIPPED", {}).items():
            if re.fullmatch(pattern, path.name, flags=re.IGNORECASE):
                return reason
    return "no source recognises this file name"
