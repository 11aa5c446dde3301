"""`borderstats update` against a local server on 127.0.0.1 that serves the official files
from ../shared/data/raw under the publishers' paths (/<host>/<path>), with faults: time-outs,
a 404, a 500 then success, a body cut short, a changed file, a renamed column, halved
totals, repeated rows, an inflated cell, and no server at all."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from borderstats.store import open_store

PAGE = "/www.cbp.gov/document/stats/southwest-land-border-encounters"
FILES = "/www.cbp.gov/sites/default/files/"
AUG = "sbo-encounters-fy22-fy25-aug.csv"


class Publisher:
    """What the server serves: files by path, and faults to play, in order, per path."""

    def __init__(self, raw_dir: Path) -> None:
        folder = raw_dir / "cbp_swb_encounters"
        self.files = {FILES + p.name: p.read_bytes() for p in sorted(folder.glob("sbo-*.csv"))}
        self.faults: dict[str, list[str]] = {}
        self.requests: list[str] = []

    def page(self) -> bytes:
        links = "".join(f'<li><a href="{path.removeprefix("/www.cbp.gov")}">{path}</a></li>'
                        for path in self.files)
        return f"<html><body><h1>Southwest Land Border Encounters</h1><ul>{links}</ul>" \
               "</body></html>".encode()


def _handler(publisher: Publisher) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - the http.server hook
            publisher.requests.append(self.path)
            fault = (publisher.faults.get(self.path) or [None]).pop(0) \
                if publisher.faults.get(self.path) else None
            if fault == "slow":
                time.sleep(2.5)  # past the client's 1 s read time-out
                self.close_connection = True
            if fault in ("404", "500"):
                self.send_error(int(fault))
                return
            body = publisher.page() if self.path == PAGE else publisher.files.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                if fault == "truncate":
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up on a slow answer

    return Handler


@pytest.fixture
def publisher(raw_dir: Path) -> Iterator[tuple[Publisher, str]]:
    state = Publisher(raw_dir)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.duckdb"
    open_store(path).close()
    return path


ENV = {"BORDERSTATS_HTTP_TIMEOUT": "1", "BORDERSTATS_HTTP_CONNECT_TIMEOUT": "1",
       "BORDERSTATS_HTTP_ATTEMPTS": "4", "BORDERSTATS_HTTP_BACKOFF": "0.05"}


def update(mirror: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "borderstats", "update", "--source", "cbp_swb_encounters",
         "--mirror", mirror, "--json", "--db", str(db)],
        capture_output=True, text=True, timeout=300, env={**os.environ, **ENV})


def fingerprint(db: Path) -> tuple:
    with open_store(db, read_only=True) as s:
        return (tuple(sorted((r["release_id"], r["sha256"]) for r in s.releases())),
                s.con.execute("SELECT count(*), sum(value) FROM observations").fetchone())


def _revised(text: str, by: int = 3) -> str:
    """The file as a later vintage might revise it: one small cell corrected."""
    lines = text.splitlines()
    head, value = lines[5].rsplit(",", 1)
    lines[5] = f"{head},{int(float(value)) + by}"
    return "\n".join(lines) + "\n"


def test_up_to_date_then_a_new_vintage(publisher: tuple[Publisher, str], db: Path) -> None:
    state, mirror = publisher
    before = fingerprint(db)
    first = update(mirror, db)
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert {o["status"] for o in report["outcomes"]} == {"unchanged"}
    assert len(report["downloaded"]) == 3
    assert fingerprint(db) == before
    assert all(r.startswith("/www.cbp.gov/") for r in state.requests)

    # CBP republishes the file under the same name with a revised cell: a new vintage,
    # archived with its URL and retrieval time.
    state.files[FILES + AUG] = _revised(state.files[FILES + AUG].decode()).encode()
    second = update(mirror, db)
    assert second.returncode == 0, second.stderr
    added = [o for o in json.loads(second.stdout)["outcomes"] if o["status"] == "added"]
    assert [Path(o["file"]).name for o in added] == [AUG]
    assert len(fingerprint(db)[0]) == len(before[0]) + 1
    [meta_path] = (db.parent / (db.name + ".files") / "archive").glob("*/meta.json")
    meta = json.loads(meta_path.read_text())
    assert meta["url"] == f"https://www.cbp.gov/sites/default/files/{AUG}"
    assert meta["retrieved_at"] and meta["file"] == AUG
    assert not list(db.parent.glob(".download-*"))


def test_retries_then_success(publisher: tuple[Publisher, str], db: Path) -> None:
    state, mirror = publisher
    state.files[FILES + AUG] = _revised(state.files[FILES + AUG].decode()).encode()
    state.faults = {PAGE: ["500"], FILES + AUG: ["slow", "truncate", "500"]}
    result = update(mirror, db)
    assert result.returncode == 0, result.stderr
    assert state.requests.count(PAGE) == 2 and state.requests.count(FILES + AUG) == 4
    added = [o for o in json.loads(result.stdout)["outcomes"] if o["status"] == "added"]
    assert len(added) == 1


def test_a_page_that_links_nothing_any_more(publisher: tuple[Publisher, str],
                                            db: Path) -> None:
    state, mirror = publisher
    state.files = {}  # the publisher moved its files somewhere this page does not link
    result = update(mirror, db)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "error: cbp_swb_encounters: no file this source reads is linked from "
        "https://www.cbp.gov/document/stats/southwest-land-border-encounters (the page may "
        "have changed)")


FAULTS = {
    "404": ({FILES + AUG: ["404"]}, f"https://www.cbp.gov/sites/default/files/{AUG}: "
                                    "HTTP 404 from www.cbp.gov"),
    "always cut short": ({FILES + AUG: ["truncate"] * 4}, "download cut short"),
    "always too slow": ({FILES + AUG: ["slow"] * 4}, "timed out"),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_a_fault_that_persists_is_a_clear_error(publisher: tuple[Publisher, str], db: Path,
                                                fault: str) -> None:
    state, mirror = publisher
    state.files[FILES + AUG] = _revised(state.files[FILES + AUG].decode()).encode()
    state.faults, expected = FAULTS[fault]
    before = fingerprint(db)
    result = update(mirror, db)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cbp_swb_encounters: ")
    assert expected in lines[0], lines[0]
    assert fingerprint(db) == before
    assert not list(db.parent.glob(".download-*"))


def _renamed(text: str) -> str:
    return text.replace("Encounter Count", "Encounters", 1)


def _halved(text: str) -> str:
    header, *rows = text.splitlines()
    return "\n".join([header] + [f"{r.rsplit(',', 1)[0]},{int(float(r.rsplit(',', 1)[1])) // 2}"
                                 for r in rows]) + "\n"


def _repeated(text: str) -> str:
    return text + "\n".join(text.splitlines()[1:300]) + "\n"


def _inflated(text: str) -> str:
    header, *rows = text.splitlines()
    big = max(range(len(rows)), key=lambda i: float(rows[i].rsplit(",", 1)[1]))
    head, value = rows[big].rsplit(",", 1)
    rows[big] = f"{head},{int(float(value)) * 10}"
    return "\n".join([header, *rows]) + "\n"


DRIFT = {"renamed column": (_renamed, "layout"), "halved totals": (_halved, "totals revised"),
         "repeated rows": (_repeated, "repeated rows"),
         "inflated cell": (_inflated, "cells revised")}


@pytest.mark.parametrize("drift", DRIFT)
def test_a_drifted_download_is_quarantined(publisher: tuple[Publisher, str], db: Path,
                                           drift: str) -> None:
    state, mirror = publisher
    damage, check = DRIFT[drift]
    state.files[FILES + AUG] = damage(state.files[FILES + AUG].decode()).encode()
    before = fingerprint(db)
    result = update(mirror, db)
    assert result.returncode == 1
    outcomes = {Path(o["file"]).name: o for o in json.loads(result.stdout)["outcomes"]}
    assert outcomes[AUG]["status"] == "quarantined"
    assert check in [f["check"] for f in outcomes[AUG]["findings"]]
    assert fingerprint(db) == before
    report = json.loads(subprocess.run(
        [sys.executable, "-m", "borderstats", "quarantine", "--json", "--db", str(db)],
        capture_output=True, text=True, check=True).stdout)["quarantined"]
    assert [r["file"] for r in report] == [AUG]
    assert report[0]["from"] == f"https://www.cbp.gov/sites/default/files/{AUG}"


def test_offline_says_so_and_keeps_working(db: Path) -> None:
    with socket.socket() as sock:  # a port with nobody listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    before = fingerprint(db)
    result = update(f"http://127.0.0.1:{port}", db)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: offline: cannot reach www.cbp.gov")
    assert fingerprint(db) == before
    query = subprocess.run([sys.executable, "-m", "borderstats", "query", "swb_encounters",
                            "--period", "FY2023", "--json", "--db", str(db)],
                           capture_output=True, text=True, timeout=120)
    assert json.loads(query.stdout)["value"] == 2_475_669


def test_every_source_against_the_publisher_mirror(raw_dir: Path, db: Path) -> None:
    # The mirror a user can run (scripts/publisher_mirror.py): every source `update` reads.
    root = Path(__file__).resolve().parents[1]
    mirror = subprocess.Popen(
        [sys.executable, str(root / "scripts" / "publisher_mirror.py"), "--port", "0",
         "--raw", str(raw_dir)], stdout=subprocess.PIPE, text=True)
    try:
        first = mirror.stdout.readline()  # type: ignore[union-attr]
        assert first.startswith("serving on http://127.0.0.1:")
        url = first.split()[-1]
        before = fingerprint(db)
        result = subprocess.run(
            [sys.executable, "-m", "borderstats", "update", "--mirror", url, "--json",
             "--db", str(db)], capture_output=True, text=True, timeout=300,
            env={**os.environ, **ENV})
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        sources = {d["source"] for d in report["downloaded"]}
        assert sources == {"cbp_swb_encounters", "cbp_nationwide_encounters", "ohss_khsm_usbp"}
        assert {o["status"] for o in report["outcomes"]} == {"unchanged"}
        assert len(report["downloaded"]) == 3 + 6 + 1
        assert fingerprint(db) == before
    finally:
        mirror.terminate()
        mirror.wait(timeout=30)
