"""Mexico UPM Boletín tables 3.1.1, 3.1.3 and 3.2.4 (IOM compilation): the store
reproduces INDEX.md's check figures, and damaged files fail whole."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from corridor_helpers import assert_rejected, release, replace_first, truncate

from borderstats.query import Engine
from borderstats.store import open_store

FOLDER = "mexico_upm_boletin"
NAT, DMG, EXP = (f"iom_gdidata_irreg_mexico_{k}.csv" for k in ("nat", "dmg", "exp"))


def test_presented_calendar_years_match_index(engine: Engine) -> None:
    for year, expected in ((2022, 441_409), (2023, 778_907), (2024, 1_231_320)):
        result = engine.query("mx_irregular_migrants", str(year))
        assert result.value == expected and result.complete
        assert result.provenance[0].table == "presented_nationality_monthly"
        assert result.provenance[0].compiler.startswith("IOM")
    assert engine.query("mx_irregular_migrants", "2025-01..2025-04").value == 108_489
    top = engine.query("mx_irregular_migrants", "2023", by=["citizenship"]).rows[:5]
    assert [(r["citizenship"], r["value"]) for r in top] == [
        ("VEN", 222_143), ("HND", 118_984), ("GTM", 81_295), ("ECU", 70_453),
        ("HTI", 44_801)]


def test_tables_311_and_313_differ_only_in_2024(engine: Engine) -> None:
    by_sex = {y: engine.query("mx_irregular_migrants", str(y), by=["sex"]).value
              for y in range(2018, 2025)}
    by_nat = {y: engine.query("mx_irregular_migrants", str(y)).value for y in range(2018, 2025)}
    assert {y: by_nat[y] - by_sex[y] for y in by_nat if by_nat[y] != by_sex[y]} == {2024: 1_194}
    assert by_sex[2024] == 1_230_126
    ages = engine.query("mx_irregular_migrants", "2023", by=["age_group"])
    assert {r["age_group"] for r in ages.rows} == {"18+", "12-17", "0-11 accompanied",
                                                   "0-11 unaccompanied"}


def test_returns_match_index(engine: Engine) -> None:
    for year, expected in ((2022, 121_963), (2023, 54_728), (2024, 20_834)):
        assert engine.query("mx_returns", str(year)).value == expected
    by = engine.query("mx_returns", "2022", by=["outcome"])
    assert {r["outcome"]: r["value"] for r in by.rows} == {
        "Assisted return": 104_897, "Assisted return of minors": 12_923, "Deportation": 4_143}
    assert engine.coverage(engine_measure("mx_returns"))[0].isoformat() == "2015-01-01"


def engine_measure(measure_id: str):
    from borderstats.metrics import get_measure
    return get_measure(measure_id)


def test_repeated_codes_are_summed_not_lost(engine: Engine, raw_dir: Path) -> None:
    # IOM codes two Boletín countries alike in some months (FRA, GIN): summed, so every
    # month's total equals the file's.
    path = raw_dir / FOLDER / NAT
    with path.open() as fh:
        rows = list(csv.DictReader(fh))
    file_totals = Counter()
    for r in rows:
        file_totals[r["t"][:7]] += int(r["n"])
    result = engine.query("mx_irregular_migrants", "2018-01..2025-04", by=["month"])
    assert {r["month"]: r["value"] for r in result.rows} == dict(file_totals)
    rel = release(engine, NAT)
    assert rel["row_count"] == len(rows) - 51  # 51 repeated (month, code) rows merged
    gin = engine.query("mx_irregular_migrants", "2023-03", where={"citizenship": ["GIN"]})
    assert gin.value == 4 + 253 + 9


BAD = {
    "unknown nationality": (NAT, replace_first(",VEN,", ",QQQ,"), ["field 'nat'", "'QQQ'",
                                                                   "unknown nationality"]),
    "renamed column": (NAT, replace_first("t,nat,n", "t,nationality,n"),
                       ["missing column", "field 'nat'"]),
    "non-numeric count": (EXP, replace_first(",deportation,2\n", ",deportation,dos\n"),
                          ["field 'n'", "'dos'", "not a number"]),
    "unknown sex": (DMG, replace_first(",male,", ",hombre,"), ["field 'sex'", "'hombre'"]),
    "unknown return type": (EXP, replace_first("assisted return,", "voluntary,"),
                            ["field 'type'", "'voluntary'"]),
    "bad month": (NAT, replace_first("2018-01-01,AGO", "2018-13-01,AGO"), ["field 't'"]),
    "truncated": (EXP, truncate, ["truncated"]),
    "missing month": (DMG, lambda t: "\n".join(x for x in t.splitlines()
                                                if not x.startswith("2019-06")) + "\n",
                      ["2019-06 is missing"]),
}


@pytest.mark.parametrize("case", BAD)
def test_bad_input_is_an_error_naming_file_and_value(raw_dir: Path, tmp_path: Path,
                                                     case: str) -> None:
    name, damage, fragments = BAD[case]
    assert_rejected(raw_dir / FOLDER / name, tmp_path, damage, fragments)


def test_a_bad_file_leaves_the_store_as_it_was(raw_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / NAT
    bad.write_text((raw_dir / FOLDER / NAT).read_text().replace(",VEN,", ",QQQ,", 1))
    with open_store(tmp_path / "s.duckdb", snapshot=False) as store:
        with pytest.raises(Exception, match="QQQ"):
            store.ingest([raw_dir / FOLDER / DMG, bad])
        assert store.counts() == (0, 0)
