"""The parsed catalog kept in the user's cache folder: read instead of catalog.toml when it
was parsed from the same file by the same Python, never otherwise."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from borderstats.metrics import CATALOG_PATH

READ = """
import json, sys
from borderstats import metrics
data = metrics._read()
print(json.dumps({"tomllib": "tomllib" in sys.modules, "measures": sorted(data["measures"]),
                  "same": data == __import__("tomllib").loads(
                      metrics.CATALOG_PATH.read_text(encoding="utf-8"))}))
"""


def _read(cache: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", READ], capture_output=True, text=True,
                          env={**os.environ, "XDG_CACHE_HOME": str(cache)}, check=True,
                          timeout=120)
    return json.loads(done.stdout)


def _cached(cache: Path) -> list[Path]:
    return sorted((cache / "borderstats").glob("catalog-*.marshal"))


def test_the_second_read_skips_the_toml_parser(tmp_path: Path) -> None:
    measures = sorted(tomllib.loads(CATALOG_PATH.read_text(encoding="utf-8"))["measures"])
    first = _read(tmp_path)
    assert first == {"tomllib": True, "measures": measures, "same": True}
    assert len(_cached(tmp_path)) == 1
    second = _read(tmp_path)
    # The check itself imports tomllib after the read; during the read it was absent.
    assert second == {"tomllib": False, "measures": measures, "same": True}


def test_a_damaged_or_foreign_cache_is_parsed_afresh(tmp_path: Path) -> None:
    _read(tmp_path)
    (cached,) = _cached(tmp_path)
    for content in (b"", b"not marshal at all", cached.read_bytes()[:100],
                    # A cache that another file (or another Python) wrote, under this name.
                    __import__("marshal").dumps(("elsewhere|1|2|3.0", {"measures": {}}))):
        cached.write_bytes(content)
        result = _read(tmp_path)
        assert result["tomllib"] and result["same"] and "swb_encounters" in result["measures"]
        assert cached.read_bytes() != content  # written again, whole


def test_a_cache_folder_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("a file where the cache folder would be")
    result = _read(blocked)
    assert result["tomllib"] and result["same"]
