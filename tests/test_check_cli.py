"""`borderstats check` as a user runs it: files, stdin, JSON, HTML, batch, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, db: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "borderstats", *args, "--db", str(db)],
                          input=stdin, capture_output=True, timeout=300)


@pytest.fixture
def article(raw_dir: Path) -> Path:
    return raw_dir.parents[1] / "examples" / "articles" / "mexico-key-player.txt"


def test_human_output_lists_claims_in_order(article: Path, tmp_path: Path) -> None:
    result = run("check", str(article), "--date", "2024-03-15", db=tmp_path / "s.duckdb")
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "text date 2024-03-15" in out
    first = out.index("record numbers")
    assert first < out.index("plummeted") < out.index("ticked up")
    assert "ACCURATE" in out and "UNVERIFIABLE" in out
    assert "$ borderstats " in out  # every checked claim shows its query


def test_json_output_is_one_object_with_claims(article: Path, tmp_path: Path) -> None:
    result = run("check", str(article), "--json", db=tmp_path / "s.duckdb")
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    assert report["date_assumed"] is True and report["text_date"].startswith("2024-03")
    text = article.read_text(encoding="utf-8-sig")
    assert report["text"] == text
    for claim in report["claims"]:
        assert {"text", "start", "end", "kind", "measure", "periods", "claimed", "official",
                "verdict", "explanation", "caveats", "query"} <= set(claim)
        assert claim["text"] in text[claim["start"]:claim["end"] + 1]
    assert [c["start"] for c in report["claims"]] == sorted(c["start"]
                                                           for c in report["claims"])


def test_stdin_and_html(tmp_path: Path) -> None:
    text = (b"There were more than 2 million illegal border crossings in each of the past two "
            b"fiscal years. Apprehensions fell in January.")
    result = run("check", "-", "--date", "2024-03-15", "--html", str(tmp_path / "r.html"),
                 db=tmp_path / "s.duckdb", stdin=text)
    assert result.returncode == 0, result.stderr.decode()
    page = (tmp_path / "r.html").read_text()
    assert page.startswith("<!DOCTYPE html") and "2,206,436" in page and "<svg" in page


def test_batch_jsonl(tmp_path: Path) -> None:
    lines = [{"id": "a", "text": "Border Patrol apprehensions were more than 2 million in "
                                 "fiscal year 2022.", "date": "2023-01-10"},
             {"id": "b", "text": "No numbers here."},
             {"nope": 1}]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n")
    result = run("check", "--jsonl", str(path), db=tmp_path / "s.duckdb")
    assert result.returncode == 0, result.stderr.decode()
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r.get("id") for r in rows] == ["a", "b", 3, 4]
    assert rows[0]["claims"][0]["verdict"] == "accurate"
    assert rows[1]["claims"] == []
    assert "line 3" in rows[2]["error"] and "line 4" in rows[3]["error"]


def test_batch_jsonl_in_several_processes_keeps_order_and_results(tmp_path: Path) -> None:
    # Processes of their own, each with a read-only connection: the same lines as one.
    texts = ["Border Patrol apprehensions were more than 2 million in fiscal year 2022.",
             "Apprehensions fell in January.", "No numbers here.",
             "Mexico detained nearly 500,000 migrants in 2023.",
             "Some 500,000 people crossed the Darién in 2023."]
    lines = [json.dumps({"id": i, "text": t, "date": "2024-03-15"})
             for i, t in enumerate(texts * 4)]
    lines.insert(7, "not json")
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    db = tmp_path / "s.duckdb"
    one = run("check", "--jsonl", str(path), db=db)
    three = run("check", "--jsonl", "--jobs", "3", str(path), db=db)
    assert one.returncode == 0 and three.returncode == 0, three.stderr.decode()
    assert three.stdout == one.stdout
    rows = [json.loads(line) for line in three.stdout.decode().splitlines()]
    assert len(rows) == 21 and "line 8" in rows[7]["error"]
    assert rows[0]["claims"][0]["verdict"] == "accurate"
    bad = run("check", "--jsonl", "--jobs", "-1", str(path), db=db)
    assert bad.returncode != 0 and "--jobs -1" in bad.stderr.decode()


def test_how_many_processes_check_a_batch() -> None:
    import os

    from borderstats.cli import MAX_JOBS, PARALLEL_LINES, batch_processes

    cores = min(len(os.sched_getaffinity(0)), MAX_JOBS)
    assert batch_processes(PARALLEL_LINES - 1) == 1  # short: starting processes costs more
    assert batch_processes(PARALLEL_LINES) == cores
    assert batch_processes(10, 0) == cores and batch_processes(10_000, 1) == 1
    assert batch_processes(10, 3) == 3


def test_a_long_batch_is_checked_in_processes_by_default(tmp_path: Path) -> None:
    # 500 lines or more: one process per core unless told otherwise; the same lines.
    from borderstats.cli import PARALLEL_LINES

    texts = ["Apprehensions fell in January.", "No numbers here.",
             "Border Patrol apprehensions were more than 2 million in fiscal year 2022."]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": texts[i % 3], "date": "2024-03-15"})
                              for i in range(PARALLEL_LINES)) + "\n")
    db = tmp_path / "s.duckdb"
    default = run("check", "--jsonl", str(path), db=db)
    one = run("check", "--jsonl", "-j", "1", str(path), db=db)
    assert default.returncode == 0 and one.returncode == 0, default.stderr.decode()
    assert default.stdout == one.stdout
    assert len(default.stdout.decode().splitlines()) == PARALLEL_LINES


@pytest.mark.parametrize("content,expected", [
    (b"\x00\x01\x02binary", "binary"),
    (b"\xff\xfe\xfa not utf8", "not UTF-8"),
])
def test_bad_files_give_one_line_errors(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("check", str(path), db=tmp_path / "s.duckdb")
    assert result.returncode == 2
    message = result.stderr.decode().strip()
    assert len(message.splitlines()) == 1 and expected in message and "bad.txt" in message


def test_missing_file_and_future_date(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "nope.txt"), db=tmp_path / "s.duckdb")
    assert result.returncode == 2 and "nope.txt" in result.stderr.decode()
    path = tmp_path / "t.txt"
    path.write_text("Encounters rose in January.")
    result = run("check", str(path), "--date", "2999-01-01", db=tmp_path / "s.duckdb")
    assert result.returncode == 2 and "future" in result.stderr.decode()
    result = run("check", str(path), "--date", "yesterday", db=tmp_path / "s.duckdb")
    assert result.returncode == 2 and "yesterday" in result.stderr.decode()


def test_empty_text_has_no_claims(tmp_path: Path) -> None:
    result = run("check", "-", "--json", "--date", "2024-03-15", db=tmp_path / "s.duckdb",
                 stdin=b"")
    assert result.returncode == 0
    assert json.loads(result.stdout)["claims"] == []


def test_spanish_text_and_language_option(tmp_path: Path) -> None:
    text = ("México detuvo a casi 780.000 migrantes en 2023, una cifra récord. En enero de "
            "2024, los cruces en la frontera con México se desplomaron.").encode()
    db = tmp_path / "s.duckdb"
    spanish = run("check", "-", "--date", "2024-03-15", "--json", db=db, stdin=text)
    assert spanish.returncode == 0, spanish.stderr.decode()
    report = json.loads(spanish.stdout)
    assert report["language"] == "es"
    assert report["claims"][0]["measure"] == "mx_irregular_migrants"
    assert report["claims"][0]["verdict"] == "accurate"
    human = run("check", "-", "--date", "2024-03-15", db=db, stdin=text).stdout.decode()
    assert "CORRECTA" in human
    english = run("check", "-", "--date", "2024-03-15", "--lang", "en", db=db, stdin=text)
    assert "ACCURATE" in english.stdout.decode() and "CORRECTA" not in english.stdout.decode()
    bad = run("check", "-", "--lang", "fr", db=db, stdin=text)
    assert bad.returncode == 2 and "--lang 'fr'" in bad.stderr.decode()


def test_cautious_check_from_the_command_line(tmp_path: Path) -> None:
    # Border Patrol, Southwest: June 2025 6,068 (more than 6,000); May 2025 8,725.
    line = {"id": "c", "text": "In June 2025 Border Patrol apprehended more than 6,000 "
                               "migrants at the southwest border, and in May 2025 it "
                               "apprehended 20,000.",
            "date": "2025-07-20"}
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(line) + "\n")
    db = tmp_path / "s.duckdb"
    plain = run("check", "--jsonl", str(path), db=db)
    cautious = run("check", "--jsonl", "--cautious", str(path), db=db)
    assert plain.returncode == 0 and cautious.returncode == 0, cautious.stderr.decode()
    verdicts = [[c["verdict"] for c in json.loads(r.stdout)["claims"]] for r in (plain, cautious)]
    assert verdicts == [["accurate", "inaccurate"], ["accurate", "unverifiable"]]
