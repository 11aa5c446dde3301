"""Changes and comparisons say how their verdict moves with the comparison period."""

from __future__ import annotations

import datetime as dt

from borderstats.claims import check
from borderstats.query import Engine

TEXT = ("Illegal border crossings plummeted in January 2024. Encounters at the southern border "
        "in fiscal year 2023 were twice as many as in fiscal year 2019.")


def test_change_and_comparison_robustness(engine: Engine) -> None:
    report = check(TEXT, date=dt.date(2024, 3, 15), engine=engine)
    change = next(c for c in report["claims"] if c["kind"] == "change")
    assert change["verdict"] == "accurate"  # against December 2023
    windows = {r["baseline"]: r for r in change["robustness"]}
    # Year on year, January 2024 was barely below January 2023: not a plunge.
    assert windows["2023-01"]["verdict"] == "inaccurate"
    jan23 = engine.query(change["measure"], "2023-01").value
    assert windows["2023-01"]["before"] == jan23
    three = windows["2023-10..2023-12"]
    q4 = engine.query(change["measure"], "2023-10..2023-12").value
    assert three["before"] == round(q4 / 3)
    comparison = next(c for c in report["claims"] if c["kind"] == "comparison")
    bases = {r["baseline"] for r in comparison["robustness"]}
    assert {"FY2018", "FY2020"} <= bases
    fy18 = next(r for r in comparison["robustness"] if r["baseline"] == "FY2018")
    assert fy18["before"] == engine.query(comparison["measure"], "FY2018").value
