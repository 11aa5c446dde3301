"""bench/real_claims.py: the scoring rule, pinned on stub reports, and the script on the dev set.

The figures themselves are not tested: the benchmark measures the checker, it does not gate it.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "bench" / "real_claims.py"
DEV = REPO.parent / "shared" / "claims-dev"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_real_claims", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


rc = _load()

CONTEXT = "In March there were 12,195 apprehensions."
OFFSET = len(CONTEXT) + 1


def _record(id_: str, verdict: str, text: str, context: str | None = None,
            **extra: Any) -> dict[str, Any]:
    return {"id": id_, "text": text, "context": context, "published": "2024-03",
            "verdict": verdict, "language": "en", "claim_type": "total", **extra}


# Stub reports, keyed by the text the checker is given.
REPORTS: dict[str, dict[str, Any]] = {
    # Severity: inaccurate > misleading > roughly_accurate > accurate, whatever the order.
    "Two million crossed.": {"claims": [
        {"verdict": "accurate", "end": 5}, {"verdict": "misleading", "end": 10},
        {"verdict": "roughly_accurate", "end": 12}, {"verdict": "unverifiable", "end": 15}]},
    # A claim wholly inside the context is not scored; one reaching past it is.
    f"{CONTEXT} That was the lowest in 17 years.": {"claims": [
        {"verdict": "inaccurate", "start": 0, "end": len(CONTEXT)},
        {"verdict": "roughly_accurate", "start": 5, "end": OFFSET + 3},
        {"verdict": "accurate", "start": OFFSET, "end": OFFSET + 20}]},
    # Found but not judged: unverifiable; a claim without an integer end counts.
    "Nobody knows how many got away.": {"claims": [{"verdict": "unverifiable", "end": None}]},
    # Nothing found.
    "Numbers rose sharply.": {"claims": []},
    # Only a claim inside the context: as if nothing were found.
    f"{CONTEXT} Officials declined to comment.": {"claims": [
        {"verdict": "inaccurate", "start": 0, "end": OFFSET - 1}]},
}

RECORDS = [
    _record("t1", "inaccurate", "Two million crossed."),  # got misleading: same class
    _record("t2", "accurate", "That was the lowest in 17 years.", CONTEXT),  # roughly: holds
    _record("t3", "unverifiable", "Nobody knows how many got away."),  # got unverifiable
    _record("t4", "accurate", "Numbers rose sharply.", language="es", claim_type="change"),
    _record("t5", "roughly_accurate", "Officials declined to comment.", CONTEXT),  # none
    _record("t6", "accurate", "It crashes.", claim_type="change"),  # error
    _record("t7", "accurate", "Two million crossed."),  # a true claim called false
]


def _stub(seen: list[tuple[str, dt.date | None]]):
    def check(text: str, date: dt.date | None) -> dict[str, Any]:
        seen.append((text, date))
        if text == "It crashes.":
            raise ValueError("boom")
        return REPORTS[text]
    return check


def test_verdict_of_severity_context_and_none() -> None:
    assert rc.verdict_of(REPORTS["Two million crossed."]) == "misleading"
    with_context = REPORTS[f"{CONTEXT} That was the lowest in 17 years."]
    assert rc.verdict_of(with_context, OFFSET) == "roughly_accurate"
    assert rc.verdict_of(with_context, 0) == "inaccurate"  # the context claim counts without it
    assert rc.verdict_of(REPORTS["Nobody knows how many got away."]) == "unverifiable"
    assert rc.verdict_of(REPORTS["Numbers rose sharply."]) == "none"
    assert rc.verdict_of(REPORTS[f"{CONTEXT} Officials declined to comment."], OFFSET) == "none"
    assert rc.date_of("2024-03") == dt.date(2024, 3, 15)
    assert rc.date_of("2024") == dt.date(2024, 7, 1)
    assert rc.date_of("2024-03-02") == dt.date(2024, 3, 2)
    assert rc.date_of(None) is None


def test_score_and_figures_on_stub_reports() -> None:
    seen: list[tuple[str, dt.date | None]] = []
    results = rc.score([("dev", r) for r in RECORDS], _stub(seen))
    # The context goes before the text, with a space; the date is the publication date.
    assert seen[1] == (f"{CONTEXT} That was the lowest in 17 years.", dt.date(2024, 3, 15))
    assert [r.got for r in results] == ["misleading", "roughly_accurate", "unverifiable", "none",
                                        "none", "error", "misleading"]
    assert [r.got_class for r in results] == ["fails", "holds", "unverifiable", "none", "none",
                                              "error", "fails"]
    assert [c["verdict"] for c in results[1].claims] == ["roughly_accurate", "accurate"]
    assert results[5].error == "ValueError: boom"

    s = rc.summarize(results)
    assert s["n"] == 7
    assert s["recall"] == {"holds": {"hit": 1, "n": 5, "recall": 0.2},
                           "fails": {"hit": 1, "n": 1, "recall": 1.0},
                           "unverifiable": {"hit": 1, "n": 1, "recall": 1.0}}
    assert s["balanced_accuracy"] == pytest.approx((0.2 + 1.0 + 1.0) / 3)
    assert s["true_claims_called_false"] == {"k": 1, "n": 5, "share": 0.2}
    assert s["agreement_3class"] == {"k": 3, "share": 3 / 7}
    assert s["exact_5class"] == {"k": 1, "share": 1 / 7}  # only t3
    assert s["confusion"]["holds"] == {"holds": 1, "fails": 1, "unverifiable": 0, "none": 2,
                                       "error": 1}
    assert s["confusion"]["fails"]["fails"] == 1
    assert s["by_claim_type"]["change"] == {"n": 2, "agree": 0, "agreement": 0.0,
                                            "true_claims": 2, "false_alarms": 0,
                                            "false_alarm_share": 0.0}
    assert s["by_language"]["es"]["n"] == 1
    assert s["crashes"] == [{"id": "t6", "error": "ValueError: boom"}]
    assert s["targets"]["balanced_accuracy"]["pass"] is False
    assert s["targets"]["true_claims_called_false"]["pass"] is False

    sets = rc.reported_sets(results, "all")
    assert [len(v) for v in sets.values()] == [7, 0, 7]
    assert rc.detailed(sets) == ["dev"]  # "all" is the same records: not repeated
    md = rc.markdown(sets, {k: rc.summarize(v) for k, v in sets.items()},
                     {"date": "2026-01-02T03:04:05+00:00", "cpu_model": "CPU", "cores_usable": 2,
                      "python": "3.11", "git_commit": "abc1234", "git_dirty": False}, "")
    assert s["claims_found"] == {"k": 4, "n": 7, "share": 4 / 7}  # not the two none, the crash
    assert s["targets"]["claims_found"]["pass"] is False
    assert "| dev | 7 | 0.73 FAIL | 20% (1/5) FAIL | 57% (4/7) FAIL | 0.43 | 0.14 | 1 |" in md
    assert "| holds | 1 | 1 | 0 | 2 | 1 | 5 |" in md
    assert "| added | 0 |" in md


def test_script_on_the_dev_set(tmp_path: Path) -> None:
    if not DEV.is_dir():
        pytest.skip(f"the claims-dev set is not at {DEV}")
    n = sum(1 for f in DEV.glob("*.jsonl") for line in f.open(encoding="utf-8") if line.strip())
    out = tmp_path / "figures.json"
    proc = subprocess.run([sys.executable, str(SCRIPT), "--set", "dev", "--json", str(out)],
                          cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    text = proc.stdout
    for line in ("recall holds", "recall fails", "recall unverifiable", "balanced accuracy",
                 "true claims called false", "3-class agreement", "exact 5-class agreement",
                 "claims/s", "confusion", "by claim type", "by language", "≥ 0.85", "≤ 5%"):
        assert line in text, line
    assert "PASS" in text or "FAIL" in text
    figures = json.loads(out.read_text(encoding="utf-8"))
    dev = figures["sets"]["dev"]
    assert dev["n"] == n == len(figures["records"])
    assert sum(sum(row.values()) for row in dev["confusion"].values()) == n
    assert 0 <= dev["balanced_accuracy"] <= 1
