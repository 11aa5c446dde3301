"""For a text checked against the data as published by a date (``--as-of``): whether a
later release changes a claim's verdict, and from which publication date.

A claim judged against what its author could have seen may read differently once the
publisher revised its figures. Each claim is checked again against the latest releases; for
one whose verdict differs, the earliest publication date after ``as_of`` from which it
reads as it does now is found by bisection over the dates releases were published (a few
checks of the text, not one per release), and the claim gets ``later_vintage``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from borderstats.claims import check as check_text


def _verdicts(text: str, date: dt.date | None, as_of: dt.date | None, engine: Any,
              lang: str) -> dict[tuple, dict[str, Any]]:
    report = check_text(text, date=date, as_of=as_of, engine=engine, lang=lang)
    return {(c["start"], c["end"]): c for c in report["claims"]}


def note_later_vintages(report: dict[str, Any], text: str, *, date: dt.date | None,
                        engine: Any, lang: str = "auto") -> dict[str, Any]:
    """Add ``later_vintage`` ({verdict, from, explanation}) to each claim of ``report``
    (checked as of ``report["as_of"]``) whose verdict the later releases change."""
    if not report.get("as_of") or not report.get("claims"):
        return report
    as_of = dt.date.fromisoformat(str(report["as_of"]))
    date = date or (dt.date.fromisoformat(str(report["text_date"]))
                    if report.get("text_date") else None)
    latest = _verdicts(text, date, None, engine, lang)
    changed = {key: claim for key, claim in latest.items()
               if (old := _claim_at(report, key)) is not None
               and old["verdict"] != claim["verdict"]}
    if not changed:
        return report
    dates = sorted({r["published"] for r in engine.releases.values()
                    if r["published"] > as_of})
    for key, now in changed.items():
        lo, hi = 0, len(dates) - 1  # the first date from which the claim reads as now
        while lo < hi:
            mid = (lo + hi) // 2
            then = _verdicts(text, date, dates[mid], engine, lang).get(key)
            if then is not None and then["verdict"] == now["verdict"]:
                hi = mid
            else:
                lo = mid + 1
        claim = _claim_at(report, key)
        assert claim is not None
        claim["later_vintage"] = {
            "verdict": now["verdict"], "from": dates[lo].isoformat() if dates else None,
            "explanation": now["explanation"]}
    return report


def _claim_at(report: dict[str, Any], key: tuple) -> dict[str, Any] | None:
    return next((c for c in report["claims"] if (c["start"], c["end"]) == key), None)
