"""Benchmark of the claim checker on real published claims, measured against the targets.

    python bench/real_claims.py                       # dev and added sets, each and together
    python bench/real_claims.py --set dev --lang es --show wrong
    python bench/real_claims.py --json out.json       # also write every figure as JSON
    python bench/real_claims.py --md                  # a markdown block for docs/benchmarks.md

Two sets of records, one JSON object a line: `dev`, every *.jsonl in <repo>/../shared/claims-dev
(the development set), and `added`, every *.jsonl in bench/claims/ (real claims this project
adds, in the same format). Each record is checked with `borderstats.check(text, date=...)` on
the store at --db (default: the default store, $BORDERSTATS_DB) and scored by the rule of
../shared/claims-dev/score.py, reimplemented here (`date_of`, `text_and_offset`, `verdict_of`).
A missed target is reported, not an error: the exit status is 0 whenever the records can be
read. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

# The speed bench (bench/run.py) describes the machine; this bench uses the same description.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import machine_info  # noqa: E402

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
DEV_DIR = REPO.parent / "shared" / "claims-dev"
ADDED_DIR = BENCH / "claims"
SETS = {"dev": DEV_DIR, "added": ADDED_DIR}

# The project's targets.
TARGET_BALANCED_ACCURACY = 0.85  # at least
TARGET_FALSE_ALARMS = 0.05  # at most: share of true claims called false
TARGET_FOUND = 0.90  # at least: share of the records in which the checker finds a claim

CLASS = {"accurate": "holds", "roughly_accurate": "holds", "inaccurate": "fails",
         "misleading": "fails", "unverifiable": "unverifiable"}
CLASSES = ("holds", "fails", "unverifiable")
GOT_CLASSES = (*CLASSES, "none", "error")
SEVERITY = ("inaccurate", "misleading", "roughly_accurate", "accurate")  # most severe first

Check = Callable[[str, "dt.date | None"], Any]

console = Console(highlight=False, width=None if sys.stdout.isatty() else 150)


# -- the scoring rule (as in ../shared/claims-dev/score.py) ----------------------------------


def as_dict(report: Any) -> dict[str, Any]:
    return report.to_dict() if hasattr(report, "to_dict") else report


def date_of(published: Any) -> dt.date | None:
    """The record's publication date: YYYY-MM-DD as is, YYYY-MM as the 15th, YYYY as 1 July."""
    p = str(published or "").strip()
    if len(p) == 7:
        p += "-15"
    elif len(p) == 4:
        p += "-07-01"
    elif len(p) != 10:
        p = ""
    return dt.date.fromisoformat(p) if p else None


def text_and_offset(record: dict[str, Any]) -> tuple[str, int]:
    """The text checked (the context, when given, then a space, then the claim) and the offset
    where the record's own text starts."""
    context = (record.get("context") or "").strip()
    if context:
        return f"{context} {record['text']}", len(context) + 1
    return record["text"], 0


def verdict_of(report: Any, offset: int = 0) -> str:
    """The text's verdict, following score.py: among the claims that reach into the record's own
    text (``end`` past ``offset``, or no integer ``end``), the most severe verdict (inaccurate >
    misleading > roughly_accurate > accurate); else ``unverifiable`` if one of them was found
    but not judged; else ``none``."""
    claims = as_dict(report).get("claims", [])
    verdicts = [c.get("verdict") for c in claims if reaches(c, offset)]
    judged = [v for v in verdicts if v in SEVERITY]
    if judged:
        return min(judged, key=SEVERITY.index)
    return "unverifiable" if "unverifiable" in verdicts else "none"


def reaches(claim: dict[str, Any], offset: int) -> bool:
    """Whether a found claim reaches into the record's own text (not wholly in the context)."""
    end = claim.get("end")
    return not isinstance(end, int) or end > offset


# -- records and results ----------------------------------------------------------------------


@dataclass
class Result:
    record: dict[str, Any]
    set: str
    got: str  # a verdict, "unverifiable", "none", or "error"
    seconds: float
    claims: list[dict[str, Any]] = field(default_factory=list)  # those reaching into the text
    error: str | None = None

    @property
    def id(self) -> str:
        return str(self.record["id"])

    @property
    def want(self) -> str:
        return self.record["verdict"]

    @property
    def want_class(self) -> str:
        return CLASS[self.want]

    @property
    def got_class(self) -> str:
        return "error" if self.error is not None else CLASS.get(self.got, "none")

    @property
    def ok(self) -> bool:
        return self.got_class == self.want_class

    @property
    def false_alarm(self) -> bool:
        return self.want_class == "holds" and self.got_class == "fails"


def load(directory: Path, set_name: str) -> list[tuple[str, dict[str, Any]]]:
    """Every record of every *.jsonl in ``directory`` (none if it is absent), with its set."""
    rows = []
    for path in sorted(directory.glob("*.jsonl")) if directory.is_dir() else []:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{where}: not JSON ({exc})") from exc
            missing = [k for k in ("id", "text", "verdict") if not record.get(k)]
            if missing:
                raise SystemExit(f"{where}: missing {', '.join(missing)}")
            if record["verdict"] not in CLASS:
                raise SystemExit(f"{where}: unknown verdict {record['verdict']!r} "
                                 f"(one of {', '.join(CLASS)})")
            rows.append((set_name, record))
    return rows


def check_record(record: dict[str, Any], set_name: str, check: Check) -> Result:
    """Check one record and score it; a crash is a miss, kept with its message."""
    text, offset = text_and_offset(record)
    t0 = time.perf_counter()
    try:
        report = check(text, date_of(record.get("published")))
        got = verdict_of(report, offset)
        claims = [c for c in as_dict(report).get("claims", []) if reaches(c, offset)]
        error = None
    except Exception as exc:  # noqa: BLE001 - a crash counts as a miss, and is listed
        got, claims, error = "error", [], f"{type(exc).__name__}: {exc}"
    return Result(record, set_name, got, time.perf_counter() - t0, claims, error)


def score(rows: Sequence[tuple[str, dict[str, Any]]], check: Check,
          progress: Callable[[], None] | None = None) -> list[Result]:
    results = []
    for set_name, record in rows:
        results.append(check_record(record, set_name, check))
        if progress:
            progress()
    return results


# -- figures ----------------------------------------------------------------------------------


def _share(k: int, n: int) -> float | None:
    return k / n if n else None


def group(results: Iterable[Result]) -> dict[str, Any]:
    """n, 3-class agreement and false alarms of a group of results."""
    results = list(results)
    agree = sum(r.ok for r in results)
    true_n = sum(r.want_class == "holds" for r in results)
    alarms = sum(r.false_alarm for r in results)
    return {"n": len(results), "agree": agree, "agreement": _share(agree, len(results)),
            "true_claims": true_n, "false_alarms": alarms,
            "false_alarm_share": _share(alarms, true_n)}


def summarize(results: Sequence[Result]) -> dict[str, Any]:
    """Every figure of the benchmark for one set of results."""
    n = len(results)
    recall = {}
    for cls in CLASSES:
        mine = [r for r in results if r.want_class == cls]
        if mine:
            hit = sum(r.ok for r in mine)
            recall[cls] = {"hit": hit, "n": len(mine), "recall": hit / len(mine)}
    # The mean of the recalls of the classes that have records, as score.py computes it.
    balanced = (sum(v["recall"] for v in recall.values()) / len(recall)) if recall else None
    overall = group(results)
    exact = sum(r.got == r.want for r in results)
    confusion = {w: {g: 0 for g in GOT_CLASSES} for w in CLASSES}
    for r in results:
        confusion[r.want_class][r.got_class] += 1
    by: dict[str, dict[str, list[Result]]] = {"claim_type": defaultdict(list),
                                               "language": defaultdict(list)}
    for r in results:
        for key in by:
            by[key][str(r.record.get(key) or "?")].append(r)
    seconds = sum(r.seconds for r in results)
    alarm_share = overall["false_alarm_share"]
    # A record's claim is found when the checker reports any claim in it, judged or not.
    found = sum(r.got_class in CLASSES for r in results)
    found_share = _share(found, n)
    return {
        "n": n,
        "recall": recall,
        "balanced_accuracy": balanced,
        "true_claims_called_false": {"k": overall["false_alarms"], "n": overall["true_claims"],
                                     "share": alarm_share},
        "claims_found": {"k": found, "n": n, "share": found_share},
        "agreement_3class": {"k": overall["agree"], "share": overall["agreement"]},
        "exact_5class": {"k": exact, "share": _share(exact, n)},
        "confusion": confusion,
        "by_claim_type": {k: group(v) for k, v in
                          sorted(by["claim_type"].items(), key=lambda kv: (-len(kv[1]), kv[0]))},
        "by_language": {k: group(v) for k, v in
                        sorted(by["language"].items(), key=lambda kv: (-len(kv[1]), kv[0]))},
        "crashes": [{"id": r.id, "error": r.error} for r in results if r.error is not None],
        "seconds": seconds,
        "claims_per_s": n / seconds if seconds else None,
        "targets": {
            "balanced_accuracy": {
                "target": TARGET_BALANCED_ACCURACY, "value": balanced,
                "pass": balanced is not None and balanced >= TARGET_BALANCED_ACCURACY},
            "true_claims_called_false": {
                "target": TARGET_FALSE_ALARMS, "value": alarm_share,
                "pass": alarm_share is not None and alarm_share <= TARGET_FALSE_ALARMS},
            "claims_found": {
                "target": TARGET_FOUND, "value": found_share,
                "pass": found_share is not None and found_share >= TARGET_FOUND},
        },
    }


def reported_sets(results: Sequence[Result], chosen: str) -> dict[str, list[Result]]:
    """The sets to report: the one chosen, or (for "all") each set and both together."""
    if chosen != "all":
        return {chosen: [r for r in results if r.set == chosen]}
    out = {name: [r for r in results if r.set == name] for name in SETS}
    out["all"] = list(results)
    return out


def detailed(sets: dict[str, list[Result]]) -> list[str]:
    """The sets worth a detailed report: every non-empty one, but not "all" when it is the
    same records as one set."""
    nonempty = [name for name, rs in sets.items() if rs and name != "all"]
    if "all" in sets and len(nonempty) > 1:
        nonempty.append("all")
    return nonempty


# -- machine ----------------------------------------------------------------------------------


# -- output -----------------------------------------------------------------------------------


def f2(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


def pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.0%}"


def status(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def alarms_text(g: dict[str, Any]) -> str:
    return f"{pct(g['false_alarm_share'])} ({g['false_alarms']}/{g['true_claims']})"


def show(results: Sequence[Result], which: str) -> None:
    """Each record (or each wrong one) with what the checker said, as score.py --show does."""
    for r in results:
        if which == "wrong" and r.ok:
            continue
        rec = r.record
        mark = "[green]ok[/green]" if r.ok else "[red]wrong[/red]"
        console.print(f"--- {escape(r.id)} {mark}  want={r.want} got={r.got}  "
                      f"({escape(str(rec.get('claim_type')))}, "
                      f"{escape(str(rec.get('published')))}, {escape(str(rec.get('language')))})")
        if rec.get("context"):
            console.print("    context:", escape(str(rec["context"])[:300]), style="dim")
        console.print("   ", escape(rec["text"][:300]))
        console.print("    expected:", escape(str(rec.get("verdict_basis") or "")[:300]))
        if r.error:
            console.print(f"    [red]crash: {escape(r.error[:300])}[/red]")
        for c in r.claims:
            console.print(f"    \\[{escape(str(c.get('verdict')))}] "
                          f"{escape(str(c.get('explanation'))[:240])}")


def print_report(sets: dict[str, list[Result]], summaries: dict[str, dict[str, Any]],
                 sources: dict[str, str], checked: int, open_s: float, wall_s: float) -> None:
    if len(sets) > 1:
        table = Table(title="Claim checker on real published claims, by set")
        for col in ("set", "n", "recall holds", "recall fails", "recall unverifiable"):
            table.add_column(col, justify="left" if col == "set" else "right")
        table.add_column(f"balanced accuracy (≥ {TARGET_BALANCED_ACCURACY:.2f})", justify="right")
        table.add_column(f"true claims called false (≤ {TARGET_FALSE_ALARMS:.0%})",
                         justify="right")
        table.add_column(f"claims found (≥ {TARGET_FOUND:.0%})", justify="right")
        for col in ("3-class", "exact 5-class", "claims/s"):
            table.add_column(col, justify="right")
        for name, s in summaries.items():
            if not s["n"]:
                table.add_row(name, "0", *["—"] * 9)
                continue
            t = s["targets"]
            fa = s["true_claims_called_false"]
            table.add_row(
                name, str(s["n"]),
                *[f"{s['recall'][c]['hit']}/{s['recall'][c]['n']}" if c in s["recall"] else "—"
                  for c in CLASSES],
                f"{f2(s['balanced_accuracy'])} {status(t['balanced_accuracy']['pass'])}",
                f"{pct(fa['share'])} ({fa['k']}/{fa['n']}) "
                f"{status(t['true_claims_called_false']['pass'])}",
                f"{pct(s['claims_found']['share'])} {status(t['claims_found']['pass'])}",
                f2(s["agreement_3class"]["share"]), f2(s["exact_5class"]["share"]),
                f"{s['claims_per_s']:.1f}" if s["claims_per_s"] else "—")
        console.print(table)

    for name, rs in sets.items():
        if not rs:
            console.print(f"{name}: no records ({sources[name]})")
    for name in detailed(sets):
        s = summaries[name]
        console.rule(f"{name}: {s['n']} claims ({sources[name]})")
        metrics = Table(show_header=True)
        metrics.add_column("metric")
        metrics.add_column("value", justify="right")
        metrics.add_column("target", justify="right")
        metrics.add_column("status")
        metrics.add_row("n", str(s["n"]), "", "")
        for cls in CLASSES:
            if cls in s["recall"]:
                v = s["recall"][cls]
                metrics.add_row(f"recall {cls}", f"{f2(v['recall'])} ({v['hit']}/{v['n']})",
                                "", "")
        t = s["targets"]
        metrics.add_row("balanced accuracy", f2(s["balanced_accuracy"]),
                        f"≥ {TARGET_BALANCED_ACCURACY:.2f}",
                        colored(t["balanced_accuracy"]["pass"]))
        fa = s["true_claims_called_false"]
        metrics.add_row("true claims called false", f"{pct(fa['share'])} ({fa['k']}/{fa['n']})",
                        f"≤ {TARGET_FALSE_ALARMS:.0%}",
                        colored(t["true_claims_called_false"]["pass"]))
        cf = s["claims_found"]
        metrics.add_row("claims found", f"{pct(cf['share'])} ({cf['k']}/{cf['n']})",
                        f"≥ {TARGET_FOUND:.0%}", colored(t["claims_found"]["pass"]))
        metrics.add_row("3-class agreement",
                        f"{f2(s['agreement_3class']['share'])} ({s['agreement_3class']['k']}/"
                        f"{s['n']})", "", "")
        metrics.add_row("exact 5-class agreement",
                        f"{f2(s['exact_5class']['share'])} ({s['exact_5class']['k']}/{s['n']})",
                        "", "")
        metrics.add_row("crashes", str(len(s["crashes"])), "", "")
        speed = f"{s['claims_per_s']:.1f} claims/s" if s["claims_per_s"] else "—"
        metrics.add_row("speed", f"{speed}, {s['seconds']:.2f} s checking", "", "")
        console.print(metrics)

        confusion = Table(title=f"{name}: confusion (rows: label, columns: checker)")
        confusion.add_column("label \\ checker")
        for g in (*GOT_CLASSES, "total"):
            confusion.add_column(g, justify="right")
        for w in CLASSES:
            row = s["confusion"][w]
            if sum(row.values()):
                confusion.add_row(w, *[str(row[g]) if row[g] else "·" for g in GOT_CLASSES],
                                  str(sum(row.values())))
        console.print(confusion)

        for key, title in (("by_claim_type", "claim type"), ("by_language", "language")):
            breakdown = Table(title=f"{name}: by {title}")
            breakdown.add_column(title)
            for col in ("n", "3-class agreement", "true claims called false"):
                breakdown.add_column(col, justify="right")
            for k, g in s[key].items():
                breakdown.add_row(k, str(g["n"]), f"{f2(g['agreement'])} ({g['agree']}/{g['n']})",
                                  alarms_text(g))
            console.print(breakdown)

        if s["crashes"]:
            console.print(f"[red]{name}: {len(s['crashes'])} crash(es):[/red]")
            for c in s["crashes"]:
                console.print(f"  {escape(c['id'])}: {escape(str(c['error'])[:300])}")
        else:
            console.print(f"{name}: no crashes")

    console.print(f"checked {checked} claims in {wall_s:.2f} s in all (opening the store "
                  f"{open_s:.2f} s); the exit status is 0 whatever the figures.")


def colored(ok: bool) -> str:
    return "[green]PASS[/green]" if ok else "[red]FAIL[/red]"


def markdown(sets: dict[str, list[Result]], summaries: dict[str, dict[str, Any]],
             machine: dict[str, Any], args: str) -> str:
    """The figures as plain markdown, for docs/benchmarks.md."""
    commit = machine["git_commit"] + (" (with uncommitted changes)" if machine["git_dirty"]
                                      else "")
    lines = [
        f"Measured {machine['date']} on "
        f"{machine['cpu_model']} (`/proc/cpuinfo`), {machine['cores_usable']} cores (`nproc`); "
        f"Python {machine['python']}; commit `{commit}`; "
        f"`python bench/real_claims.py{args}`.",
        "",
        f"| set | n | balanced accuracy (target ≥ {TARGET_BALANCED_ACCURACY:.2f}) | "
        f"true claims called false (target ≤ {TARGET_FALSE_ALARMS:.0%}) | "
        f"claims found (target ≥ {TARGET_FOUND:.0%}) | 3-class agreement | "
        "exact 5-class agreement | crashes | claims/s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s in summaries.items():
        if not s["n"]:
            lines.append(f"| {name} | 0 | — | — | — | — | — | — | — |")
            continue
        t = s["targets"]
        fa = s["true_claims_called_false"]
        speed = f"{s['claims_per_s']:.0f}" if s["claims_per_s"] else "—"
        lines.append(
            f"| {name} | {s['n']} | {f2(s['balanced_accuracy'])} "
            f"{status(t['balanced_accuracy']['pass'])} | {pct(fa['share'])} ({fa['k']}/"
            f"{fa['n']}) {status(t['true_claims_called_false']['pass'])} | "
            f"{pct(s['claims_found']['share'])} ({s['claims_found']['k']}/{s['n']}) "
            f"{status(t['claims_found']['pass'])} | "
            f"{f2(s['agreement_3class']['share'])} | {f2(s['exact_5class']['share'])} | "
            f"{len(s['crashes'])} | {speed} |")
    for name in detailed(sets):
        s = summaries[name]
        recalls = "; ".join(f"{c} {f2(v['recall'])} ({v['hit']}/{v['n']})"
                            for c, v in s["recall"].items())
        lines += ["", f"**{name}** — recall per class: {recalls}. "
                      f"Checking took {s['seconds']:.2f} s.", "",
                  "| label \\ checker | " + " | ".join(GOT_CLASSES) + " | total |",
                  "|---|" + "---:|" * (len(GOT_CLASSES) + 1)]
        for w in CLASSES:
            row = s["confusion"][w]
            if sum(row.values()):
                lines.append(f"| {w} | " + " | ".join(str(row[g]) for g in GOT_CLASSES)
                             + f" | {sum(row.values())} |")
        for key, title in (("by_claim_type", "claim type"), ("by_language", "language")):
            lines += ["", f"| {title} | n | 3-class agreement | true claims called false |",
                      "|---|---:|---:|---:|"]
            lines += [f"| {k} | {g['n']} | {f2(g['agreement'])} | {alarms_text(g)} |"
                      for k, g in s[key].items()]
        crashes = ", ".join(f"`{c['id']}` ({c['error'][:80]})" for c in s["crashes"])
        lines += ["", f"Crashes: {crashes or 'none'}."]
    return "\n".join(lines)


# -- main -------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=["dev", "added", "all"], default="all",
                        help="which records (default all: each set, and both together)")
    parser.add_argument("--lang", help="only records in this language (en, es)")
    parser.add_argument("--show", choices=["wrong", "all"],
                        help="print each wrong (or every) record with the checker's verdicts")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the figures to OUT")
    parser.add_argument("--md", action="store_true",
                        help="print a markdown block (for docs/benchmarks.md) instead of tables")
    parser.add_argument("--db", type=Path, help="the store (default: the default store)")
    parser.add_argument("--cautious", action="store_true",
                        help="check in the cautious reading (borderstats.check(cautious=True))")
    args = parser.parse_args(argv)

    names = list(SETS) if args.set == "all" else [args.set]
    rows = [row for name in names for row in load(SETS[name], name)]
    if args.lang:
        rows = [(s, r) for s, r in rows if r.get("language") == args.lang]
    counts = Counter(r["id"] for _, r in rows)
    for dup in sorted(k for k, v in counts.items() if v > 1):
        console.print(f"[yellow]warning: id {escape(str(dup))} appears {counts[dup]} times"
                      "[/yellow]")
    sources = {name: f"{os.path.relpath(SETS[name], REPO)}/*.jsonl" for name in SETS}
    sources["all"] = " + ".join(sources[n] for n in SETS)

    import borderstats

    t_start = time.perf_counter()
    borderstats.engine(args.db)  # open the store once, timed apart from the checking
    open_s = time.perf_counter() - t_start

    def check(text: str, date: dt.date | None) -> Any:
        return borderstats.check(text, date=date, db=args.db, cautious=args.cautious)

    progress = Progress(TextColumn("checking real claims"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=Console(stderr=True), transient=True)
    with progress:
        task = progress.add_task("check", total=len(rows))
        results = score(rows, check, lambda: progress.advance(task))
    wall_s = time.perf_counter() - t_start

    sets = reported_sets(results, args.set)
    summaries = {name: summarize(rs) for name, rs in sets.items()}
    machine = machine_info()
    if args.show:
        show(results, args.show)
    if args.md:
        flags = (f" --set {args.set}" if args.set != "all" else "") + (
            f" --lang {args.lang}" if args.lang else "") + (
            " --cautious" if args.cautious else "")
        print(markdown(sets, summaries, machine, flags))
    else:
        print_report(sets, summaries, sources, len(results), open_s, wall_s)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "machine": machine, "set": args.set, "lang": args.lang,
            "sources": {name: sources[name] for name in sets},
            "open_store_s": open_s, "wall_s": wall_s, "sets": summaries,
            "records": [{"id": r.id, "set": r.set, "language": r.record.get("language"),
                         "claim_type": r.record.get("claim_type"), "want": r.want,
                         "got": r.got, "want_class": r.want_class, "got_class": r.got_class,
                         "error": r.error, "seconds": r.seconds} for r in results],
        }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        if not args.md:
            console.print(f"figures written to {escape(str(args.json))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
