"""A clone with nothing beside it: the suite says what it skipped, and CI does not skip."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent

TINY = '''
def test_reads_the_official_files(raw_dir):
    assert raw_dir.is_dir()


def test_needs_nothing():
    assert True
'''


def _pytest(folder: Path, **env: str) -> subprocess.CompletedProcess[str]:
    run_env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS")}
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "."],
                          cwd=folder, env={**run_env, **env}, capture_output=True, text=True,
                          timeout=120)


def _suite(tmp_path: Path) -> Path:
    folder = tmp_path / "tests"
    folder.mkdir()
    shutil.copy(TESTS / "conftest.py", folder / "conftest.py")
    (folder / "test_tiny.py").write_text(TINY)
    return folder


def test_without_the_official_files_the_run_passes_and_says_what_it_skipped(
        tmp_path: Path) -> None:
    absent = tmp_path / "shared" / "data" / "raw"
    result = _pytest(_suite(tmp_path), BORDERSTATS_RAW=str(absent))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    said = [line for line in lines if "skipped because the official raw files are absent" in line]
    assert len(said) == 1, result.stdout
    assert said[0].startswith("1 test skipped") and str(absent) in said[0]
    assert "1 passed, 1 skipped" in lines[-1]


def test_in_ci_their_absence_is_a_failure(tmp_path: Path) -> None:
    absent = tmp_path / "shared" / "data" / "raw"
    result = _pytest(_suite(tmp_path), BORDERSTATS_RAW=str(absent), CI="true")
    assert result.returncode != 0
    assert "CI=true but the official raw files are absent" in result.stdout + result.stderr
