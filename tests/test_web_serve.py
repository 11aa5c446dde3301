"""`borderstats serve` as a user runs it: a real server process (here with two workers) on
127.0.0.1, beside CLI sessions and a writer on the same store."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderstats.store import open_store

SWB_AUG = "sbo-encounters-fy22-fy25-aug.csv"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "borderstats", *args], capture_output=True,
                          text=True, timeout=300)


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.duckdb"
    open_store(path).close()
    return path


@pytest.fixture
def served(db: Path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "borderstats", "serve", "--port",
                                str(port), "--db", str(db), "--workers", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            get_json(base + "/api/measures")
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(process.stderr.read()) from None
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=30)


def test_a_cli_session_and_a_writer_use_the_store_beside_the_server(
        served: str, db: Path, raw_dir: Path, tmp_path: Path) -> None:
    query = f"{served}/api/query?measure=swb_encounters&period=FY2023"
    assert get_json(query)["value"] == 2_475_669
    beside = cli("query", "swb_encounters", "--period", "FY2023", "--json", "--db", str(db))
    assert beside.returncode == 0, beside.stderr
    assert json.loads(beside.stdout)["value"] == 2_475_669
    releases = len(get_json(f"{served}/api/sources/cbp_swb_encounters")["releases"])
    # A new vintage (the same figures, one more line end) written while the server runs.
    incoming = tmp_path / "in"
    incoming.mkdir()
    text = (raw_dir / "cbp_swb_encounters" / SWB_AUG).read_text()
    (incoming / SWB_AUG).write_text(text + "\n")
    writer = cli("ingest", str(incoming), "--db", str(db))
    assert writer.returncode == 0, writer.stderr
    # Each worker's readers reopen the replaced store on their next answer.
    for _ in range(6):
        source = get_json(f"{served}/api/sources/cbp_swb_encounters")
        assert len(source["releases"]) == releases + 1
        assert get_json(query)["value"] == 2_475_669


def test_a_bad_request_to_a_running_server_is_json(served: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(f"{served}/api/query?measure=swb_encounters&period=FY20x")
    assert caught.value.code == 400
    assert "period 'FY20x'" in json.load(caught.value)["error"]["message"]


@pytest.mark.parametrize(("args", "words"), [
    (["--port", "70000"], "--port 70000: use a port from 1 to 65535"),
    (["--workers", "0"], "--workers 0: use at least 1"),
])
def test_serve_names_a_bad_option(args: list[str], words: str, db: Path) -> None:
    result = cli("serve", "--db", str(db), *args)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("error: ") and words in line


def test_serve_names_a_port_in_use(db: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = cli("serve", "--db", str(db), "--port", str(port), "--workers", "2")
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"error: --host 127.0.0.1 --port {port}: cannot listen there")
