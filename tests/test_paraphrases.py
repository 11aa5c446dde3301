"""The readings of phrasing, pinned on the paraphrase sets (bench/paraphrases/): claims
written the ways writers phrase the corridor's figures, each true or false by the store's
own figures. A change that reads them worse fails here."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from borderstats.query import Engine

BENCH = Path(__file__).resolve().parents[1] / "bench" / "paraphrases.py"


def test_paraphrases_keep_their_readings(engine: Engine) -> None:
    spec = importlib.util.spec_from_file_location("paraphrases", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    results = bench.run(engine=engine)
    true = sum(c["holds"] for c, _ in results.values())
    false = sum(c["fails"] for c, _ in results.values())
    wrong = [i for _, ids in results.values() for i in ids]
    assert (true, false) == (806, 159)
    # At the time of writing: 1 true paraphrase called false, 8 false ones called right
    # (with the checker of several rounds before: 95 and 20). Two of the 8 are by design: a
    # wrong figure beside one that matches as stated is left unsettled, and "triple" for
    # 2.43 times (pc097) is within the multiples' roughly-accurate band (docs/claims.md,
    # "Multiples").
    assert sum(c["false alarms"] for c, _ in results.values()) <= 1, wrong
    assert sum(c["misses"] for c, _ in results.values()) <= 8, wrong
