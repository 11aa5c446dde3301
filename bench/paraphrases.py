"""The claim checker on paraphrases: claims written the ways reporters, officials and
politicians phrase the corridor's figures (changes and comparisons, Spanish-language text,
dates relative to publication and records, who is counted), each true or false by the
store's own figures (`basis` gives them and the query). They are not published claims: they
pin the readings of phrasing, not accuracy on real text (`bench/real_claims.py` measures
that).

    python bench/paraphrases.py [--show] [--db STORE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent / "paraphrases"
HOLDS, FAILS = ("accurate", "roughly_accurate"), ("inaccurate", "misleading")


def verdict_of(claims: list[dict], offset: int) -> str:
    """The text's verdict as the real-claims scorer takes it: the worst judged, else
    unverifiable if a claim was found, else none."""
    order = ("inaccurate", "misleading", "roughly_accurate", "accurate")
    vs = [c["verdict"] for c in claims if c["end"] > offset]
    judged = [v for v in vs if v in order]
    if judged:
        return min(judged, key=order.index)
    return "unverifiable" if vs else "none"


def run(engine: object | None = None,
        db: str | None = None) -> dict[str, tuple[Counter, list[str]]]:
    """Per file: the counts (true, false, false alarms: true called false, misses: false
    called right, unjudged) and the ids of the errors; through ``engine`` (a test's) or the
    API on the store ``db``."""
    import borderstats
    from borderstats.claims import check as check_with

    def check(text: str, day: dt.date) -> dict:
        if engine is not None:
            return check_with(text, date=day, engine=engine)
        return borderstats.check(text, date=day, db=db)

    out: dict[str, tuple[Counter, list[str]]] = {}
    for path in sorted(HERE.glob("*.jsonl")):
        counts: Counter = Counter()
        wrong: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            ctx = (r.get("context") or "").strip()
            text = f"{ctx} {r['text']}" if ctx else r["text"]
            report = check(text, dt.date.fromisoformat(r["date"]))
            got = verdict_of(report["claims"], len(ctx) + 1 if ctx else 0)
            counts[r["truth"]] += 1
            if r["truth"] == "holds" and got in FAILS:
                counts["false alarms"] += 1
                wrong.append(r["id"])
            elif r["truth"] == "fails" and got in HOLDS:
                counts["misses"] += 1
                wrong.append(r["id"])
            elif got in ("unverifiable", "none"):
                counts["unjudged"] += 1
        out[path.stem] = (counts, wrong)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the ids of the errors")
    ap.add_argument("--db", help="the store (default: BORDERSTATS_DB or the bundled one)")
    args = ap.parse_args(argv)
    results = run(db=args.db)
    print("| paraphrases | true | false | true called false | false called right | unjudged |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, (c, wrong) in results.items():
        print(f"| {name} | {c['holds']} | {c['fails']} | {c['false alarms']} | {c['misses']} "
              f"| {c['unjudged']} |")
        if args.show and wrong:
            print(f"|   {', '.join(wrong)} | | | | | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
