"""Dates as a user gives them to the Python API and the CLI: a ``datetime.date``, a
``datetime.datetime`` or "YYYY-MM-DD" all mean the same day; anything else is a one-line
error naming the argument, raised before any store is opened."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import borderstats
from borderstats import api
from borderstats.claims import check as check_claims
from borderstats.dates import as_date
from borderstats.errors import BorderstatsError
from borderstats.query import Engine

TEXT = ("Border Patrol apprehensions at the southwest border fell 7 percent in fiscal 2023. "
        "Encounters at the southwest border topped 300,000 last month.")

# The same day, as a user may write it.
MARCH_15 = [dt.date(2024, 3, 15), dt.datetime(2024, 3, 15, 18, 30), "2024-03-15",
            " 2024-03-15\n"]
NOV_20 = [dt.date(2023, 11, 20), dt.datetime(2023, 11, 20), "2023-11-20", "\t2023-11-20 "]

# Not a date, and the one-line message each gets (the argument's name comes first).
BAD = {
    "2024-13-01": "'2024-13-01' is not a date (use YYYY-MM-DD)",
    "2024-02-30": "'2024-02-30' is not a date (use YYYY-MM-DD)",
    "March 2024": "'March 2024' is not a date (use YYYY-MM-DD)",
    "20240315": "'20240315' is not a date (use YYYY-MM-DD)",
    "2024-03-15T10:00": "'2024-03-15T10:00' is not a date (use YYYY-MM-DD)",
    "2024-3-5": "'2024-3-5' is not a date (use YYYY-MM-DD)",
    "": "'' is not a date (use YYYY-MM-DD)",
    "2024-03-15\nand more": "'2024-03-15\\nand more' is not a date (use YYYY-MM-DD)",
    20240315: "20240315 is not a date (use YYYY-MM-DD, or a datetime.date; got int)",
    2024.0: "2024.0 is not a date (use YYYY-MM-DD, or a datetime.date; got float)",
    b"2024-03-15": "b'2024-03-15' is not a date (use YYYY-MM-DD, or a datetime.date; "
                   "got bytes)",
    (2024, 3, 15): "(2024, 3, 15) is not a date (use YYYY-MM-DD, or a datetime.date; "
                   "got tuple)",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A store the API opens itself (filled from the bundled snapshot)."""
    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    yield path
    api.close()


# -- the helper ---------------------------------------------------------------------------


def test_as_date_takes_dates_as_they_come() -> None:
    for value in MARCH_15:
        assert as_date(value, "date") == dt.date(2024, 3, 15)
        assert type(as_date(value, "date")) is dt.date
    assert as_date(None, "date") is None


@pytest.mark.parametrize("value", BAD, ids=repr)
def test_as_date_names_the_argument(value: object) -> None:
    with pytest.raises(BorderstatsError) as info:
        as_date(value, "as_of")
    assert str(info.value) == "as_of: " + BAD[value]


def test_a_long_value_is_cut_short_in_the_message() -> None:
    with pytest.raises(BorderstatsError) as info:
        as_date("x" * 10_000, "date")
    assert str(info.value) == "date: '" + "x" * 56 + "... is not a date (use YYYY-MM-DD)"


# -- borderstats.check --------------------------------------------------------------------


def test_check_takes_the_date_as_a_string(db: Path) -> None:
    reports = [borderstats.check(TEXT, date=day, db=db) for day in MARCH_15]
    first = reports[0]
    assert first["text_date"] == "2024-03-15" and first["date_assumed"] is False
    assert first["as_of"] is None
    assert first["claims"][1]["periods"] == ["2024-02"]  # "last month", from March 15
    for report in reports[1:]:
        assert report == first


def test_check_takes_as_of_as_a_string(db: Path) -> None:
    reports = [borderstats.check(TEXT, date="2024-03-15", as_of=day, db=db) for day in NOV_20]
    assert reports[0]["as_of"] == "2023-11-20"
    for report in reports[1:]:
        assert report == reports[0]


@pytest.mark.parametrize("argument", ["date", "as_of"])
@pytest.mark.parametrize("value", BAD, ids=repr)
def test_check_rejects_what_is_not_a_date(argument: str, value: object,
                                          tmp_path: Path) -> None:
    never = tmp_path / "never.duckdb"
    with pytest.raises(BorderstatsError) as info:
        borderstats.check(TEXT, **{argument: value}, db=never)
    assert str(info.value) == f"{argument}: {BAD[value]}"
    assert len(str(info.value).splitlines()) == 1
    assert not never.exists()  # refused before a store was opened


# -- the claim checker itself ---------------------------------------------------------------


def test_the_checker_takes_dates_as_they_come(engine: Engine) -> None:
    as_dates = check_claims(TEXT, date=dt.date(2024, 3, 15), as_of=dt.date(2023, 11, 20),
                            engine=engine)
    as_strings = check_claims(TEXT, date="2024-03-15", as_of="2023-11-20", engine=engine)
    assert as_strings == as_dates
    assert as_strings["text_date"] == "2024-03-15" and as_strings["as_of"] == "2023-11-20"
    inferred = check_claims("Encounters rose in January.", engine=engine, today="2024-03-20")
    assert inferred["date_assumed"] and inferred["text_date"] <= "2024-03-20"


def test_the_checker_names_a_bad_date(engine: Engine) -> None:
    for argument in ("date", "as_of", "today"):
        with pytest.raises(BorderstatsError) as info:
            check_claims(TEXT, engine=engine, **{argument: "March 2024"})
        assert str(info.value) == f"{argument}: 'March 2024' is not a date (use YYYY-MM-DD)"


def test_the_checker_needs_an_engine() -> None:
    with pytest.raises(TypeError, match="engine"):
        check_claims(TEXT, date="2024-03-15")  # type: ignore[call-arg]
    with pytest.raises(BorderstatsError, match="^engine: None"):
        check_claims(TEXT, date="2024-03-15", engine=None)  # type: ignore[arg-type]


# -- query, rank, change, corridor --------------------------------------------------------


def test_query_takes_as_of_as_a_string(db: Path) -> None:
    # October 2023 as first published (2023-11-20) and as revised since.
    results = [api.query("swb_encounters", "2023-10", as_of=day, db=db) for day in NOV_20]
    for result in results:
        assert result.value == 240988 and result.as_of == "2023-11-20"
        assert result == results[0]
    assert api.query("swb_encounters", "2023-10", as_of="2024-03-15", db=db).value == 240986
    assert api.query("swb_encounters", "2023-10", as_of=None, db=db).as_of is None


def test_rank_change_and_corridor_take_as_of_as_a_string(db: Path) -> None:
    for day in MARCH_15[1:]:
        assert (api.rank("swb_encounters", "2023-10", as_of=day, db=db)
                == api.rank("swb_encounters", "2023-10", as_of=MARCH_15[0], db=db))
        assert (api.change("swb_encounters", "FY2022", "FY2023", as_of=day, db=db)
                == api.change("swb_encounters", "FY2022", "FY2023", as_of=MARCH_15[0], db=db))
        assert (api.corridor("2023-10", as_of=day, db=db)
                == api.corridor("2023-10", as_of=MARCH_15[0], db=db))
    ranked = api.rank("swb_encounters", "2023-10", as_of="2024-03-15", db=db)
    assert (ranked.value, ranked.rank, ranked.as_of) == (240986, 1, "2024-03-15")
    changed = api.change("swb_encounters", "FY2022", "FY2023", as_of="2024-03-15", db=db)
    assert (changed.before.value, changed.after.value) == (2378944, 2475669)
    assert changed.before.as_of == changed.after.as_of == "2024-03-15"
    corridor = api.corridor("2023-10", as_of="2024-03-15", db=db)
    assert corridor.as_of == "2024-03-15" and corridor.stage("us_swb").value == 240986


@pytest.mark.parametrize("call", ["query", "rank", "change", "corridor"])
def test_query_verbs_reject_what_is_not_a_date(call: str, tmp_path: Path) -> None:
    never = tmp_path / "never.duckdb"
    verbs = {
        "query": lambda v: api.query("swb_encounters", "FY2023", as_of=v, db=never),
        "rank": lambda v: api.rank("swb_encounters", "2023-10", as_of=v, db=never),
        "change": lambda v: api.change("swb_encounters", "FY2022", "FY2023", as_of=v,
                                       db=never),
        "corridor": lambda v: api.corridor("2023-10", as_of=v, db=never),
    }
    for value in ("2024-13-01", "March 2024", 20240315):
        with pytest.raises(BorderstatsError) as info:
            verbs[call](value)
        assert str(info.value) == f"as_of: {BAD[value]}"
    assert not never.exists()


# -- the CLI uses the same reading ----------------------------------------------------------


def run(*args: str, db: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "borderstats", *args, "--db", str(db)],
                          input=stdin, capture_output=True, timeout=300)


def test_cli_date_options_read_dates_the_same_way(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    result = run("check", "-", "--json", "--date", " 2024-03-15 ", "--as-of", "2023-11-20",
                 db=db, stdin=TEXT.encode())
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    assert (report["text_date"], report["as_of"]) == ("2024-03-15", "2023-11-20")
    for option, value in (("--date", "2024-13-01"), ("--as-of", "March 2024")):
        result = run("check", "-", option, value, db=db, stdin=TEXT.encode())
        assert result.returncode == 2
        assert result.stderr.decode().strip() == f"error: {option}: {BAD[value]}"
    result = run("query", "swb_encounters", "--period", "FY2023", "--as-of", "2024-02-30",
                 db=db)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == f"error: --as-of: {BAD['2024-02-30']}"


def test_cli_batch_lines_name_a_bad_date(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": TEXT, "date": "2024-03-15"}) + "\n"
                    + json.dumps({"id": "b", "text": TEXT, "date": "March 2024"}) + "\n")
    result = run("check", "--jsonl", str(path), db=tmp_path / "s.duckdb")
    assert result.returncode == 0, result.stderr.decode()
    good, bad = (json.loads(line) for line in result.stdout.decode().splitlines())
    assert good["text_date"] == "2024-03-15"
    assert bad["error"] == f"{path}, line 2: date: {BAD['March 2024']}"
