"""The borderstats command line."""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from borderstats import terminal
from borderstats.cmdline import App, Argument, Option
from borderstats.dates import as_date
from borderstats.errors import BorderstatsError, QueryError
from borderstats.version import __version__

app = App(help="Official US–Mexico border migration statistics: ingest, query, and check "
                 "claims.", version=__version__)


def Table(*columns: Any, **options: Any) -> Any:  # noqa: N802 - rich's Table, made on use
    from rich.table import Table as RichTable

    return RichTable(*columns, **options)


# rich's Console(highlight=False, soft_wrap=True), which imports rich only when a command
# prints what it cannot print itself (terminal.py).
out = terminal.Console()
err = terminal.Console(stderr=True)

DbOption = Annotated[Path | None, Option(
    "--db", help="Store file (default: $BORDERSTATS_DB or the user data directory).")]
JsonOption = Annotated[bool, Option("--json", help="Print one JSON object.")]
AsOfOption = Annotated[str | None, Option(
    "--as-of", help="Use only releases published by this date (YYYY-MM-DD).")]
SvgOption = Annotated[Path | None, Option(
    "--svg", help="Also write the figures as an SVG chart to this file.")]
WhereOption = Annotated[list[str] | None, Option(
    "--where", help="Filter DIM=VALUE[,VALUE]; repeatable.")]
CiteOption = Annotated[str | None, Option(
    "--cite", bare="en", help="Print each figure as a copy-ready sentence with its source, "
                              "instead of the usual output: en (default) or es.")]
PngOption = Annotated[Path | None, Option(
    "--png", help="Also write the figures as a PNG chart (for a news page) to this file.")]
CsvOption = Annotated[str | None, Option(
    "--csv", help="Also write the figures, each with its source, as CSV to this file "
                  "('-': standard output, instead of the usual output).")]
XlsxOption = Annotated[str | None, Option(
    "--xlsx", help="Also write the figures as an Excel file, with a second sheet holding "
                   "the provenance and caveats.")]
ParquetOption = Annotated[str | None, Option(
    "--parquet", help="Also write the figures as Parquet (provenance in the file's "
                      "metadata).")]


def _open(db: Path | None):
    """The store, read-only: any number of commands may read it at once."""
    from borderstats.store import default_path, open_reader

    return open_reader(db or default_path())


def _open_writer(db: Path | None):
    """The store for writing: waits (a bounded time, saying so) for another writer."""
    from borderstats.store import default_path, write_store

    return write_store(db or default_path(), on_wait=lambda m: err.print(m + " …"))


def _as_of(text: str | None) -> dt.date | None:
    return as_date(text, "--as-of")


def _print_json(data: Any) -> None:
    # Written in batches as it is encoded: json.dumps would hold the whole text and, before
    # it, the list of its millions of pieces (a 1 MB article's report: some 300 MB more).
    encoder = json.JSONEncoder(indent=2, default=str, ensure_ascii=False)
    batch: list[str] = []
    for piece in encoder.iterencode(data):
        batch.append(piece)
        if len(batch) >= 8192:
            sys.stdout.write("".join(batch))
            batch.clear()
    sys.stdout.write("".join(batch) + "\n")


def _fmt(value: int | float | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, int) or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.1f}"


def _write_chart(target: Path, points: list[tuple[str, float]], highlight: set[str],
                 title: str, unit: str, line: bool = False) -> None:
    from borderstats.charts import bar_chart, line_chart

    draw = line_chart if line or len(points) > 40 else bar_chart
    _write_file(target, draw(points, highlight=highlight, title=title, unit=unit, width=720,
                             height=280), "--svg")


def _write_file(target: Path, data: str | bytes | Iterator[bytes], option: str) -> None:
    """Write an output file whole or not at all (frames.write_whole), and say so."""
    from borderstats.frames import write_whole

    write_whole(target, data.encode("utf-8") if isinstance(data, str) else data, option)
    err.print(f"wrote {target}")


def _utf8_batches(pieces: Iterable[str], size: int = 8192) -> Iterator[bytes]:
    """Text made piece by piece (a template's output) as UTF-8, a few thousand pieces at a
    time: one write per piece would be slow, the whole text at once large."""
    batch: list[str] = []
    for piece in pieces:
        batch.append(piece)
        if len(batch) >= size:
            yield "".join(batch).encode("utf-8")
            batch.clear()
    yield "".join(batch).encode("utf-8")


def _export(result: Any, csv: str | None, xlsx: str | None, parquet: str | None,
            json_out: bool = False) -> bool:
    """Write the answer's figures to the files asked for; True when one of them went to
    standard output, which then holds nothing else."""
    targets = [(fmt, target) for fmt, target in (("csv", csv), ("xlsx", xlsx),
                                                 ("parquet", parquet)) if target]
    to_stdout = [fmt for fmt, target in targets if target == "-"]
    if len(to_stdout) + bool(json_out and to_stdout) > 1:
        raise BorderstatsError("only one output can go to standard output ('-'): "
                               + ", ".join([f"--{f} -" for f in to_stdout]
                                           + (["--json"] if json_out else [])))
    if not targets:
        return False
    from borderstats.frames import write_table

    table = result.figure_table()
    for fmt, target in targets:
        where = write_table(table, target, fmt)
        if target != "-":
            err.print(f"wrote {where}")
    return bool(to_stdout)


def _credit(pieces: list) -> str:
    """"Source: U.S. Customs and Border Protection, Southwest Land Border Encounters
    (sbo-encounters-fy22-fy25-aug.csv, published September 2025)": each file once."""
    # publisher → title → files: a publisher named once, however many of its files.
    grouped: dict[str, dict[str, dict[str, None]]] = {}
    for p in pieces:
        published = dt.date.fromisoformat(p.published)
        compiled = f", compiled by {p.compiler.split(' (')[0].split(':')[0]}" \
            if p.compiler else ""
        title = p.release_title.removesuffix(" (CSV)").removesuffix(" (PDF)")
        grouped.setdefault(p.publisher, {}).setdefault(title, {})[
            f"{p.file_name}, published {'about ' if p.published_estimated else ''}"
            f"{published:%B %Y}{compiled}"] = None
    return "Source: " + "; ".join(
        f"{publisher}: " + "; ".join(f"{title} ({'; '.join(files)})"
                                     for title, files in titles.items())
        for publisher, titles in grouped.items())


def _period_words(label: str) -> str:
    """'FY2019..FY2024' → 'FY2019–FY2024'; '2024-01' → 'January 2024'."""
    def one(part: str) -> str:
        if len(part) == 7 and part[4] == "-":
            return f"{dt.date(int(part[:4]), int(part[5:]), 1):%B %Y}"
        return part
    first, _, last = label.partition("..")
    return f"{one(first)}–{one(last)}" if last else one(first)


def _filters_words(filters: dict[str, list[str]]) -> str:
    return "; ".join(f"{dim} {' or '.join(values)}" for dim, values in filters.items())


def _query_chart(result: Any) -> dict:
    from borderstats.charts import breakdown_spec, series_spec

    if len(result.by) != 1:
        raise QueryError("--svg/--png draw a breakdown by one dimension: give one --by")
    dim = result.by[0]
    words = {"fiscal_year": "fiscal year", "year": "calendar year"}.get(dim, dim)
    subtitle = [", ".join(filter(None, [_period_words(result.period),
                                        _filters_words(result.filters)]))]
    if not result.complete:
        # Named, not counted: the bars of the months with data stand side by side.
        subtitle.append(f"Incomplete: no data for {_month_runs(result.missing)}")
    if dim == "fiscal_year":
        subtitle.append("Fiscal years run October–September")
    common = {"title": f"{result.title}, by {words}", "subtitle": subtitle,
              "credit": _credit(result.provenance), "unit": result.unit}
    if dim in ("fiscal_year", "year", "month"):
        points = [(r[dim], r["value"]) for r in result.rows]
        partial = {r[dim] for r in result.rows if not r.get("complete", True)}
        if partial:
            subtitle.append(f"Partly covered: {', '.join(sorted(partial))}")
        return series_spec(points, **common)
    items = [(str(r.get(f"{dim}_name") or r[dim]), r["value"]) for r in result.rows]
    named = sum(1 for r in result.rows if r[dim] != "all others")
    if named < len(result.rows):
        subtitle.append(f"The {named} largest; the rest summed as “all others”")
    return breakdown_spec(items, **common)


def _print_cite(result: Any, lang: str) -> None:
    from borderstats.cite import cite

    for sentence in cite(result, lang):
        out.print(sentence, markup=False)


def _record() -> None:
    """Keep what is printed from here on, for :func:`_print_terms`."""
    out.record()


def _print_terms() -> None:
    """End the output with every abbreviation it used, spelled out (glossary.py)."""
    from borderstats.glossary import terms_in

    terms = terms_in(out.recorded())
    if terms:
        out.print("[bold]Terms[/bold]")
        for term, meaning in terms:
            out.print(f"  {term}: {meaning}", markup=False)


def _print_provenance(pieces: list, caveats: list[str] | None = None) -> None:
    out.print("[bold]Source[/bold]")
    for piece in pieces:
        out.print(f"  • {piece.describe()}")
    if any(p.rounding > 1 for p in pieces):
        out.print("  [yellow]Figures from DHS OHSS are rounded to the nearest 10 by the "
                  "publisher.[/yellow]")
    if caveats:
        out.print("[bold]Caveats[/bold]")
        for caveat in caveats:
            out.print(f"  • {caveat}")


@app.command()
def ingest(
    paths: Annotated[list[Path], Argument(help="Files or folders of official files.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Ingest official data files (every recognised file under each folder) as releases.

    One transaction: every new release is added, or — on any error — none is. A file that
    fails a drift guard is quarantined instead (see `borderstats quarantine`).
    """
    from borderstats.store import data_files

    files = [f for p in paths for f in data_files(p)]
    _ingest_files(db, files, json_out)


def _ingest_files(db: Path | None, files: list[Path], json_out: bool, *, guard: bool = True,
                  urls: dict[Path, tuple[str, str]] | None = None,
                  extra: dict | None = None) -> list:
    """Ingest ``files`` with a progress bar; keep each new release's file in the archive
    and each file a guard held back in the quarantine; print the outcome. ``urls`` gives
    the URL and retrieval time of downloaded files. Exit status 1 if any was quarantined."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from borderstats import archive
    from borderstats.store import default_path

    store_path = db or default_path()
    urls = urls or {}
    with _open_writer(db) as store, Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[name]}"), console=err.console, transient=True,
            disable=json_out or not err.is_terminal) as progress:
        task = progress.add_task("Ingesting", total=len(files), name="")
        outcomes = archive.ingest_and_keep(
            store_path, store, files, guard=guard, urls=urls,
            progress=lambda p: progress.update(task, advance=1, name=p.name))
        releases, rows = store.counts()
    held = [o for o in outcomes if o.status == "quarantined"]
    if json_out:
        _print_json({"outcomes": [
            {"file": str(o.path), "status": o.status, "source": o.source,
             "release_id": o.release_id, "rows": o.rows, "detail": o.detail,
             **({"findings": [f.to_dict() for f in o.findings]} if o.findings else {})}
            for o in outcomes], "store": {"releases": releases, "observations": rows},
            **(extra or {})})
    else:
        table = Table("status", "file", "source", "release", "rows", "detail", box=None)
        for o in outcomes:
            style = {"added": "green", "unchanged": "dim", "skipped": "dim yellow",
                     "quarantined": "bold red"}[o.status]
            detail = ("failed: " + ", ".join(f.check for f in o.findings)) if o.findings \
                else o.detail
            table.add_row(f"[{style}]{o.status}[/{style}]", o.path.name, o.source or "",
                          str(o.release_id or ""), _fmt(o.rows) if o.rows else "", detail)
        out.print(table)
        added = sum(1 for o in outcomes if o.status == "added")
        out.print(f"{added} release(s) added; the store holds {releases} releases, "
                  f"{rows:,} observations.")
    for o in held:
        err.print(f"quarantined: {o.path.name} ({o.source}): {o.findings[0].check}: "
                  f"{o.detail} — `borderstats quarantine` shows the report", markup=False)
    if held:
        raise SystemExit(1)
    return outcomes


@app.command()
def update(
    source: Annotated[list[str] | None, Option(
        "--source", help="Update only this source; repeatable (default: every source whose "
                         "publisher links its files).")] = None,
    mirror: Annotated[str | None, Option(
        "--mirror", help="Fetch from a mirror serving /<host>/<official path> (default: "
                         "$BORDERSTATS_MIRROR, else the publishers).")] = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Download the publishers' current files and ingest the new vintages.

    Files already in the store change nothing; a file that fails a drift guard or no longer
    parses is quarantined. Offline, says so and leaves the store as it is.
    """
    import shutil
    import tempfile

    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TransferSpeedColumn,
    )

    from borderstats import update as updating
    from borderstats.store import default_path

    pages = updating.updatable()
    chosen = source or list(pages)
    unknown = [s for s in chosen if s not in pages]
    if unknown:
        raise QueryError(f"--source {unknown[0]!r}: not a source that can be updated "
                         f"(these can: {', '.join(pages)})")
    store_path = db or default_path()
    client = updating.Client(mirror)
    fetched, problems = [], []
    store_path.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".download-", dir=store_path.parent))
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                      TransferSpeedColumn(), console=err.console, transient=True,
                      disable=json_out or not err.is_terminal) as progress:
            for sid in chosen:
                tasks: dict[str, Any] = {}

                def show(url: str, done: int, total: int | None,
                         tasks: dict[str, Any] = tasks) -> None:
                    if url not in tasks:
                        tasks[url] = progress.add_task(Path(url).name, total=total)
                    progress.update(tasks[url], completed=done, total=total)

                try:
                    fetched += updating.fetch(client, sid, pages[sid], work, show)
                except updating.Unreachable as exc:
                    problems.append(f"offline: {exc}; the store is unchanged and answers "
                                    "from what it holds")
                    break
                except updating.UpdateError as exc:
                    problems.append(f"{sid}: {exc}")
        for problem in problems:
            err.print(f"error: {problem}", markup=False)
        outcomes = []
        if fetched:
            urls = {f.path: (f.url, f.retrieved_at) for f in fetched}
            summary = {"downloaded": [
                {"source": f.source, "url": f.url, "sha256": f.sha256, "size_bytes": f.size,
                 "retrieved_at": f.retrieved_at} for f in fetched], "problems": problems}
            try:
                outcomes = _ingest_files(db, [f.path for f in fetched], json_out, urls=urls,
                                         extra=summary)
            except SystemExit:
                raise SystemExit(1) from None
        elif json_out:
            _print_json({"downloaded": [], "outcomes": [], "problems": problems})
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if problems:
        raise SystemExit(1)
    if not json_out and outcomes and not any(o.status == "added" for o in outcomes):
        out.print("Up to date: every current file is already in the store.")


@app.command()
def diff(
    source: Annotated[str, Argument(help="Source id (see `borderstats sources`).")],
    releases: Annotated[list[int] | None, Argument(
        help="OLD NEW release ids (default: the latest release and the vintage before "
             "it).")] = None,
    svg: SvgOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """What a new vintage revised: which periods, by how much, in which breakdowns."""
    from borderstats.diff import diff_releases

    if releases and len(releases) != 2:
        raise QueryError("give two release ids (OLD NEW), or none")
    old, new = releases if releases else (None, None)
    with _open(db) as store:
        result = diff_releases(store, source, old, new)
    if svg:
        points = [(f"{p['period']}", p["change"]) for p in result.periods]
        _write_chart(svg, points, {p["period"] for p in result.revised_periods},
                     f"{source}: release {result.new['release_id']} minus release "
                     f"{result.old['release_id']}", "", line=len(points) > 40)
    if json_out:
        _print_json(result.to_dict())
        return
    o, n = result.old, result.new
    out.print(f"[bold]{source}[/bold]: release {o['release_id']} ({o['file_name']}, published "
              f"{o['published']}) → release {n['release_id']} ({n['file_name']}, published "
              f"{n['published']})")
    revised = result.revised_periods
    out.print(f"{len(revised)} of {len(result.periods)} period totals both hold are revised; "
              f"{result.cells_revised:,} of {result.cells_compared:,} cells.")
    if revised:
        table = Table("table", "period", "old", "new", "change", "%", box=None, padding=(0, 2))
        for col in table.columns[2:]:
            col.justify = "right"
        for p in revised:
            pct = f"{p['percent']:+.2f}%" if p["percent"] is not None else "—"
            table.add_row(p["table"], p["period"], _fmt(p["old"]), _fmt(p["new"]),
                          f"{p['change']:+,}", pct)
        out.print(table)
    if result.cells:
        out.print("[bold]Cells revised most[/bold]")
        for c in result.cells[:10]:
            parts = ", ".join(f"{k}={v}" for k, v in c["breakdown"].items())
            out.print(f"  {c['table']} {c['period']} ({parts}): {_fmt(c['old'])} → "
                      f"{_fmt(c['new'])} ({c['change']:+,})", markup=False)
    if result.added:
        out.print(f"New periods: {', '.join(result.added[:12])}"
                  f"{' …' if len(result.added) > 12 else ''}", markup=False)
    if result.removed:
        out.print(f"[yellow]Periods no longer held: {', '.join(result.removed[:12])}"
                  f"{' …' if len(result.removed) > 12 else ''}[/yellow]")


@app.command()
def rebuild(db: DbOption = None, json_out: JsonOption = False) -> None:
    """Recreate the store from the bundled snapshot and its archive of ingested files."""
    from borderstats.archive import rebuild as rebuild_store
    from borderstats.store import default_path

    result = rebuild_store(db or default_path(), on_wait=lambda m: err.print(m + " …"))
    if json_out:
        _print_json(result)
        return
    content = result["content"]
    out.print(f"rebuilt from the snapshot and {result['archived_files']} archived file(s): "
              f"{content['releases']} releases, {content['observations']:,} observations.")
    if result["identical"] is True:
        out.print("The content is identical to the store it replaces.")
    elif result["identical"] is False:
        out.print("[yellow]The content differs from the store it replaces "
                  f"(it held {result['previous_content']['releases']} releases, "
                  f"{result['previous_content']['observations']:,} observations).[/yellow]")
    else:
        out.print("The store it replaces could not be read.")


@app.command()
def export(
    folder: Annotated[Path, Argument(help="Folder to write the parquet files to.")],
    db: DbOption = None,
) -> None:
    """Write every release and observation of the store as Parquet, for sharing."""
    with _open(db) as store:
        try:
            store.export_snapshot(folder)
        except OSError as exc:
            raise BorderstatsError(f"{folder}: cannot write ({exc.strerror})") from None
        releases, rows = store.counts()
    out.print(f"exported {releases} releases, {rows:,} observations → {folder}")


@app.command("import")
def import_(
    folder: Annotated[Path, Argument(help="A folder written by `borderstats export`.")],
    db: DbOption = None,
) -> None:
    """Add the releases of a Parquet export that the store does not hold."""
    with _open_writer(db) as store:
        added = store.import_parquet(folder)
        releases, rows = store.counts()
    out.print(f"{added} release(s) imported; the store holds {releases} releases, "
              f"{rows:,} observations.")


@app.command()
def quarantine(
    accept: Annotated[str | None, Option(
        "--accept", help="Ingest this quarantined file (sha256 prefix or file name) after "
                         "reading its report.")] = None,
    drop: Annotated[str | None, Option(
        "--drop", help="Remove this file from the quarantine without ingesting it.")] = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """The files the drift guards held back, and what each failed."""
    from borderstats import archive
    from borderstats.store import default_path

    store_path = db or default_path()
    if accept or drop:
        item = archive.find_quarantined(store_path, accept or drop or "")
        if accept:
            _ingest_files(db, [Path(item["path"])], json_out, guard=False)
            err.print(f"accepted {item['file']} ({item['sha256'][:12]}) after "
                      f"{len(item['findings'])} failed check(s)")
        archive.release_quarantined(item)
        if drop:
            err.print(f"dropped {item['file']} ({item['sha256'][:12]}) from the quarantine")
        return
    items = archive.quarantined(store_path)
    if json_out:
        _print_json({"quarantined": items})
        return
    if not items:
        out.print("The quarantine is empty.")
        return
    for item in items:
        out.print(f"[bold]{item['sha256'][:12]}[/bold] {item['file']} ({item['source']}), "
                  f"held {item['quarantined_at']}", markup=True)
        out.print(f"  from {item['from']}", markup=False)
        if item.get("compared_with"):
            out.print(f"  compared with {item['compared_with']}", markup=False)
        for finding in item["findings"]:
            out.print(f"  ✗ {finding['check']}: {finding['detail']}", markup=False)
    out.print("Accept one with `borderstats quarantine --accept SHA` after reading its "
              "report, or drop it with --drop SHA.")


@app.command()
def sources(db: DbOption = None, json_out: JsonOption = False) -> None:
    """List the sources and every release in the store."""
    from borderstats.sources import sources as all_sources

    with _open(db) as store:
        releases = store.releases()
    infos = all_sources()
    if json_out:
        _print_json({"sources": [
            {**vars(info), "releases": [r for r in releases if r["source"] == sid]}
            for sid, info in infos.items()]})
        return
    for sid, info in infos.items():
        rounding = f", rounded to {info.rounding}" if info.rounding > 1 else ""
        out.print(f"[bold]{sid}[/bold] — {info.title} ({info.publisher}{rounding})")
        out.print(f"  {info.page_url}")
        table = Table("release", "file", "published", "data", "rows", "sha256", box=None,
                      padding=(0, 1))
        for r in (r for r in releases if r["source"] == sid):
            published = f"{'~' if r['published_estimated'] else ''}{r['published']:%Y-%m}"
            third = " (third-party compilation)" if r["compiler"] else ""
            table.add_row(str(r["release_id"]), r["file_name"] + third, published,
                          f"{r['data_start']:%Y-%m}..{r['data_end']:%Y-%m}",
                          f"{r['row_count']:,}", r["sha256"][:12])
        if table.row_count:
            out.print(table)
        else:
            out.print("  (no release in the store)")


@app.command()
def measures(
    json_out: JsonOption = False,
    markdown: Annotated[bool, Option(
        "--markdown", help="Print the catalog as Markdown (docs/measures.md).")] = False,
) -> None:
    """List the measures of the catalog, with definitions and caveats."""
    from borderstats.metrics import catalog, catalog_markdown

    items = catalog()
    if markdown:
        sys.stdout.write(catalog_markdown())
        return
    if json_out:
        _print_json({"measures": [
            {"id": m.id, "title": m.title, "unit": m.unit, "definition": m.definition,
             "caveats": list(m.caveats), "dimensions": list(m.dimensions),
             "spans": [vars(s) for s in m.spans]} for m in items.values()]})
        return
    _record()
    for m in items.values():
        out.print(f"[bold]{m.id}[/bold] — {m.title} ({m.unit})")
        out.print(f"  {m.definition}")
        out.print("  caveats:")
        for caveat in m.caveats:
            out.print(f"    • {caveat}", markup=False)
        out.print(f"  dimensions: {', '.join(m.dimensions)}")
        if "sector" in m.dimensions:
            out.print(f"    {SECTOR_NOTE}", markup=False)
        out.print(f"  sources, in order: {', '.join(f'{s.source}/{s.table}' for s in m.spans)}")
    _print_terms()


@app.command()
def query(
    measure: Annotated[str, Argument(help="Measure id (see `borderstats measures`).")],
    period: Annotated[str, Option(
        "--period", "-p", help="FY2022, 2023, 2024-01, or a range such as FY2019..FY2024.")],
    by: Annotated[list[str] | None, Option(
        "--by", help="Break down by a dimension (fiscal_year, year, month, region, sector, "
                     "citizenship, ...); repeatable.")] = None,
    where: WhereOption = None,
    as_of: AsOfOption = None,
    source: Annotated[str | None, Option(
        "--source", help="Answer only from this source.")] = None,
    share: Annotated[bool, Option(
        "--share", help="Each row's percent of the total (and of its parent, for a nested "
                        "--by).")] = False,
    sort: Annotated[str | None, Option(
        "--sort", help="Order a breakdown by value, -value (largest first) or name.")] = None,
    top: Annotated[int | None, Option(
        "--top", help="Keep the N largest categories; the rest are summed as 'all "
                      "others'.")] = None,
    svg: SvgOption = None,
    png: PngOption = None,
    cite: CiteOption = None,
    csv: CsvOption = None,
    xlsx: XlsxOption = None,
    parquet: ParquetOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """The total of a measure over a period, optionally broken down, with provenance."""
    from borderstats.query import Engine, parse_where

    with _open(db) as store:
        engine = Engine(store)
        result = engine.query(measure, period, by=by or [], where=parse_where(where or []),
                              as_of=_as_of(as_of), source=source)
        human = not (json_out or cite or csv or xlsx or parquet)
        others = engine.other_official_figures(result) if human and not source else []
    result = result.shaped(share=share, sort=sort, top=top)
    if svg or png:
        _write_vega(_query_chart(result), svg, png)
    if _export(result, csv, xlsx, parquet, json_out):
        return
    if json_out:
        _print_json(result.to_dict())
        return
    if cite:
        _print_cite(result, cite)
        return
    _record()
    out.print(f"[bold]{result.title}[/bold]{_scope(result.filters)}, {result.period}"
              f"{f', as published by {result.as_of}' if result.as_of else ''}")
    if result.rows:
        shares = [c for c in ("share", "share_of_parent") if c in result.rows[0]]
        columns = [c for c in result.rows[0] if c not in ("value", "complete", *shares)]
        parent = result.by[0] if len(result.by) > 1 else "parent"
        table = terminal.Table(*columns, result.unit,
                               *({"share": "% of total",
                                  "share_of_parent": f"% of {parent}"}[c] for c in shares),
                               padding=(0, 2))
        for column in table.columns[len(columns):]:
            column.justify = "right"
        lines = [(str(row[columns[0]]), [str(row[c]) for c in columns],
                  [_fmt(row["value"]) + ("" if row.get("complete", True) else " (partial)")]
                  + [f"{row[c]:.1f}%" if row[c] is not None else "—" for c in shares])
                 for row in result.rows]
        # A period of a time breakdown with no data at all has no row: show it as such.
        lines += [(key, [key] + [""] * (len(columns) - 1), ["no data"] + [""] * len(shares))
                  for key in result.uncovered_periods()]
        if result.uncovered_periods():
            lines.sort(key=lambda line: line[0])
        for _, cells, values in lines:
            table.add_row(*cells, *values)
        out.print(table)
    if result.complete:
        out.print(f"Total: [bold]{_fmt(result.value)}[/bold] {result.unit}")
    else:
        # A total over a range with holes is not the range's total: say so on its line.
        out.print(f"Total of the months with data: [bold]{_fmt(result.value)}[/bold] "
                  f"{result.unit} [yellow](incomplete: no data for "
                  f"{_month_runs(result.missing)})[/yellow]")
    if "sector" in result.by or "sector" in result.filters:
        out.print(f"[dim]{SECTOR_NOTE}[/dim]")
    if "region" in result.by and any(row.get("region") == "Other" for row in result.rows):
        out.print(f"[dim]{REGION_NOTE}[/dim]")
    _print_provenance(result.provenance, result.caveats[:2])
    if others:
        out.print("[bold]Other official figures[/bold] (the same total from another "
                  "official source; `--source NAME` answers from it)")
        for other in others:
            change = (other.value - result.value) / result.value if result.value else 0.0
            out.print(f"  • {other.provenance[0].source}: {_fmt(other.value)} ({change:+.1%}) "
                      f"— {other.provenance[0].file_name}, table {other.provenance[0].table}")
    _print_terms()


SECTOR_NOTE = ("sector: a Border Patrol sector (e.g. Tucson) or, for the Office of Field "
               "Operations at ports of entry, a field office (e.g. Tucson Field Office).")
# ("Other" is read as people who got in; it is CBP's areas away from the two land borders.)
REGION_NOTE = ("region: CBP's Southwest and Northern land borders; Other is everywhere else "
               "CBP counts (airports, seaports and Border Patrol's coastal sectors) — "
               "encounters there too, not people who got in.")


def _scope(filters: dict[str, list[str]]) -> str:
    """' (sector Tucson; citizenship MEX or GTM)': the filters in words, not a dict."""
    if not filters:
        return ""
    return " (" + "; ".join(f"{dim} {' or '.join(values)}"
                            for dim, values in filters.items()) + ")"


def _month_runs(months: list[str]) -> str:
    """['2018-10', '2018-11', '2019-01'] → '2018-10..2018-11, 2019-01'."""
    from borderstats.periods import add_months, parse_period

    runs: list[list[str]] = []
    for month in months:
        if runs and f"{add_months(parse_period(runs[-1][-1]).start, 1):%Y-%m}" == month:
            runs[-1].append(month)
        else:
            runs.append([month])
    return ", ".join(r[0] if len(r) == 1 else f"{r[0]}..{r[-1]}" for r in runs)


@app.command()
def rank(
    measure: Annotated[str, Argument(help="Measure id.")],
    period: Annotated[str, Option(
        "--period", "-p", help="A month (ranked among the same month of every year), a "
                               "fiscal year or a calendar year.")],
    where: WhereOption = None,
    since: Annotated[str | None, Option(
        "--since", help="Rank only from this period on (e.g. FY2000).")] = None,
    among: Annotated[str, Option(
        "--among", help="A month among the 'same' month of every year, or among 'all' "
                        "months.")] = "same",
    lowest: Annotated[bool, Option(
        "--lowest", help="Rank from the lowest (1 = lowest) instead of the highest.")] = False,
    as_of: AsOfOption = None,
    svg: SvgOption = None,
    png: PngOption = None,
    cite: CiteOption = None,
    csv: CsvOption = None,
    xlsx: XlsxOption = None,
    parquet: ParquetOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Where a period stands among its like, and the records (highest, lowest)."""
    from borderstats.query import Engine, parse_where

    with _open(db) as store:
        result = Engine(store).rank(measure, period, where=parse_where(where or []),
                                    as_of=_as_of(as_of), since=since, among=among,
                                    order="lowest" if lowest else "highest")
    if svg or png:
        from borderstats.charts import series_spec
        from borderstats.metrics import get_measure

        scope = _filters_words(result.filters)
        # Among the same month of each year, the year alone names each bar.
        same_month = result.compared_with not in ("months", "fiscal years", "calendar years")
        name = (lambda period: period[:4]) if same_month else (lambda period: period)
        spec = series_spec(
            [(name(e["period"]), e["value"]) for e in result.series],
            highlight={name(result.period)},
            title=f"{result.title}{f' ({scope})' if scope else ''}: "
                  f"{_period_words(result.period)} among {result.compared_with}",
            subtitle=[f"{_period_words(result.period)}: {_fmt(result.value)}, rank "
                      f"{result.rank} of {result.of} (1 = the {result.order}); "
                      f"{result.since(result.order)}",
                      f"Compared: {result.among}"],
            credit=_credit(result.provenance), unit=get_measure(result.measure).unit)
        _write_vega(spec, svg, png)
    if _export(result, csv, xlsx, parquet, json_out):
        return
    if json_out:
        _print_json(result.to_dict())
        return
    if cite:
        _print_cite(result, cite)
        return
    _record()
    # (The filters in the heading: a Tucson or a family-unit rank is no rank of the whole.)
    out.print(f"[bold]{result.title}[/bold]{_scope(result.filters)}, {result.period}: "
              f"{_fmt(result.value)}")
    out.print(f"Rank [bold]{result.rank}[/bold] of {result.of} among {result.among} "
              f"(1 = {result.order}).")
    out.print(f"Record high: {result.record_high['period']} ({_fmt(result.record_high['value'])});"
              f" record low: {result.record_low['period']} ({_fmt(result.record_low['value'])}).")
    highest, lowest = result.since("highest"), result.since("lowest")
    out.print(f"It is {highest}." if highest == lowest else f"It is {highest}, and {lowest}.")
    if result.ahead:
        out.print(f"{'Higher' if result.order == 'highest' else 'Lower'}: " + ", ".join(
            f"{e['period']} ({_fmt(e['value'])})" for e in result.ahead[:10]))
    if result.left_out:
        out.print("Left out, the files holding only part of them: "
                  + ", ".join(result.left_out) + ".")
    if len(result.windows) > 1:
        out.print("Rank by window: " + "; ".join(
            f"{w['window']} ({w['first']}–{w['last']}): {w['rank']} of {w['of']}"
            for w in result.windows))
    _print_provenance(result.provenance)
    _print_terms()


@app.command()
def change(
    measure: Annotated[str, Argument(help="Measure id.")],
    from_period: Annotated[str, Option("--from", help="The earlier period.")],
    to_period: Annotated[str, Option("--to", help="The later period.")],
    where: WhereOption = None,
    as_of: AsOfOption = None,
    svg: SvgOption = None,
    png: PngOption = None,
    cite: CiteOption = None,
    csv: CsvOption = None,
    xlsx: XlsxOption = None,
    parquet: ParquetOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """The change between two periods: difference, percentage and ratio."""
    from borderstats.query import Engine, parse_where

    with _open(db) as store:
        result = Engine(store).change(measure, from_period, to_period,
                                      where=parse_where(where or []), as_of=_as_of(as_of))
    if svg or png:
        from borderstats.charts import series_spec

        b, a = result.before, result.after
        pct = f" ({result.percent_change:+.1f}%)" if result.percent_change is not None else ""
        scope = _filters_words(b.filters)
        spec = series_spec(
            [(_period_words(b.period), b.value), (_period_words(a.period), a.value)],
            highlight={_period_words(a.period)},
            title=f"{result.title}{f' ({scope})' if scope else ''}",
            subtitle=f"{_period_words(b.period)} to {_period_words(a.period)}: "
                     f"{result.difference:+,}{pct}",
            credit=_credit(list({p.describe(): p for p in b.provenance + a.provenance}
                                .values())), unit=b.unit)
        _write_vega(spec, svg, png)
    if _export(result, csv, xlsx, parquet, json_out):
        return
    if json_out:
        _print_json(result.to_dict())
        return
    if cite:
        _print_cite(result, cite)
        return
    b, a = result.before, result.after
    _record()
    out.print(f"[bold]{result.title}[/bold]")
    out.print(f"  {b.period}: {_fmt(b.value)}")
    out.print(f"  {a.period}: {_fmt(a.value)}")
    pct = f"{result.percent_change:+.1f}%" if result.percent_change is not None else "—"
    ratio = f"{result.ratio:.2f}×" if result.ratio is not None else "—"
    out.print(f"  change: {result.difference:+,} ({pct}); ratio {ratio}")
    for caveat in result.caveats[:3]:
        out.print(f"  [dim]• {caveat}[/dim]")
    pieces = {p.describe(): p for p in b.provenance + a.provenance}
    _print_provenance(list(pieces.values()))
    _print_terms()


VERDICT_STYLE = {"accurate": "bold green", "roughly_accurate": "green",
                 "inaccurate": "bold red", "misleading": "bold dark_orange",
                 "unverifiable": "dim", "not_a_claim": "dim"}


def _print_check(name: str, report: dict) -> None:
    assumed = f" (assumed: {report['date_reason']})" if report["date_assumed"] else ""
    as_of = f"; data as published by {report['as_of']}" if report["as_of"] else ""
    out.print(f"[bold]{name}[/bold] — text date {report['text_date']}{assumed}{as_of}")
    counts = ", ".join(f"{n} {v.replace('_', ' ')}"
                       for v, n in report["summary"]["by_verdict"].items())
    out.print(f"{report['summary']['claims']} claim(s){': ' + counts if counts else ''}")
    for claim in report["claims"]:
        style = VERDICT_STYLE[claim["verdict"]]
        out.print()
        label = claim.get("verdict_label") or claim["verdict"].replace("_", " ")
        out.print(f"[{claim['id']}] [{style}]{label.upper()}"
                  f"[/{style}] · {claim['kind'].replace('_', '/')}"
                  + (f" · {claim['measure']}" if claim["measure"] else ""))
        out.print(f"  “{claim['text']}”", markup=False)
        for fig in claim["official"]:
            extra = f", rank {fig['rank']} of {fig['of']}" if "rank" in fig else ""
            out.print(f"  official {fig['label']}: {fig['value']:,}{extra}", markup=False)
        out.print(f"  {claim['explanation']}", markup=False)
        if later := claim.get("later_vintage"):
            out.print(f"  [yellow]A later release changes this: from the releases published "
                      f"{later['from']} on, {later['verdict'].replace('_', ' ')} — "
                      f"{later['explanation']}[/yellow]", markup=True)
        for caveat in claim["caveats"][:2]:
            out.print(f"  [dim]• {caveat}[/dim]")
        if claim["query"]:
            out.print(f"  [dim]$ {claim['query']}[/dim]")


@app.command()
def check(
    files: Annotated[list[str] | None, Argument(
        help="Text files to check, or - for standard input.")] = None,
    example: Annotated[str | None, Option(
        "--example", bare="en", help="Check the example article the package ships: en "
                                     "(the default) or es.")] = None,
    date: Annotated[str | None, Option(
        "--date", help="The text's publication date (YYYY-MM-DD); relative periods resolve "
                       "against it. Inferred when not given.")] = None,
    as_of: AsOfOption = None,
    json_out: JsonOption = False,
    html: Annotated[Path | None, Option(
        "--html", help="Write a self-contained HTML report here (one file: one page; "
                       "several: one page each, named after the inputs, in this folder).")
    ] = None,
    lang: Annotated[str, Option(
        "--lang", help="Language of the explanations: auto (the text's) or a code (en, es).")
    ] = "auto",
    jsonl: Annotated[bool, Option(
        "--jsonl", help="Batch mode: each input line is a JSON object with 'text' (and "
                        "optionally 'id', 'date'); one JSON result per line is printed.")
    ] = False,
    cautious: Annotated[bool, Option(
        "--cautious", help="Report as unverifiable a figure judged inaccurate beside one in "
                           "its sentence that holds even as a bound or a record (fewer "
                           "false alarms, more misses).")
    ] = False,
    jobs: Annotated[int | None, Option(
        "--jobs", "-j", help="Batch mode: processes checking lines at once (0: one per "
                             "core, at most 8); results keep the input's order. By default "
                             "one, or one per core for 500 lines or more.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Check the quantitative claims in texts against the official data."""
    from borderstats.claims import check as check_text
    from borderstats.query import Engine

    text_date = as_date(date, "--date")
    from borderstats.claims.i18n import LANGUAGES, WORDS

    if lang != "auto" and lang not in LANGUAGES:
        raise QueryError(f"--lang {lang!r}: use {WORDS.choices()}")
    given: dict[str, tuple[str, dt.date]] = {}  # texts that are not files: the examples
    if example:
        from borderstats.examples import example as load_example

        chosen = load_example(example)
        given[f"example ({chosen.language})"] = (chosen.text, chosen.date)
    files = [*(files or []), *given]
    if not files:
        raise QueryError("give a text file to check, - for standard input, or --example")
    if jobs is not None and jobs < 0:
        raise QueryError(f"--jobs {jobs}: give a number of processes, or 0 for one per core")
    with _open(db) as store:
        engine = Engine(store)
        if jsonl:
            settings = _BatchSettings(text_date, _as_of(as_of), lang, cautious)
            _check_jsonl(files, engine, settings, jobs)
            return
        for name in files:
            text, day = given.get(name) or (_read_text(name), None)
            report = check_text(text, date=text_date or day, as_of=_as_of(as_of),
                                engine=engine, lang=lang, cautious=cautious)
            if as_of:
                from borderstats.vintages import note_later_vintages

                note_later_vintages(report, text, date=text_date or day, engine=engine,
                                    lang=lang)
            report["source_file"] = name
            if html:
                from borderstats.report_html import check_html_pieces

                target = html if len(files) == 1 else html / (Path(name).stem + ".html")
                if len(files) > 1 and not html.is_dir():
                    raise BorderstatsError(f"--html {html}: with several inputs, give an "
                                           "existing folder (one page per input)")
                _write_file(target, _utf8_batches(check_html_pieces(report)), "--html")
            if json_out:
                _print_json(report)
            elif not html:
                _print_check(name, report)


def _read_text(name: str) -> str:
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise BorderstatsError(f"{name}: cannot read ({exc.strerror})") from None
    if b"\x00" in data[:65536]:
        raise BorderstatsError(f"{name}: binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BorderstatsError(f"{name}: not UTF-8 text (byte {exc.start})") from None


@dataclass(frozen=True)
class _BatchSettings:
    """What every line of a batch is checked with (a worker process gets a copy)."""

    text_date: dt.date | None
    as_of: dt.date | None
    lang: str
    cautious: bool


# Processes a batch uses at most when asked for one per core (each holds the checker and a
# connection to the store: some 100 MB).
MAX_JOBS = 8
# A batch this long is checked in one process per core unless told otherwise: below it,
# starting the processes (about a second each) costs more than they save.
PARALLEL_LINES = 500


def batch_processes(lines: int, asked: int | None = None) -> int:
    """How many processes check a batch of ``lines``: ``asked`` (0: one per core); by
    default one per core for a long batch, one for a short one (at most MAX_JOBS)."""
    if asked:
        return asked
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return min(cores, MAX_JOBS) if asked == 0 or lines >= PARALLEL_LINES else 1


def _check_jsonl(files: list[str], engine: Any, settings: _BatchSettings,
                 jobs: int | None = 1) -> None:
    """One result per input line, in the input's order; a line that cannot be checked gives
    an error record naming the file and line, and the batch goes on. With more than one
    process (``batch_processes``), each has its own read-only connection to the store."""
    for name in files:
        # Split on line feeds only: a JSON string may hold U+2028 and other line breaks.
        lines = [(name, number, line)
                 for number, line in enumerate(_read_text(name).split("\n"), 1)
                 if line.strip()]
        wanted = batch_processes(len(lines), jobs)
        if wanted == 1 or len(lines) < 2:
            results: Iterable[str] = (_batch_result(item, engine, settings) for item in lines)
            _write_lines(results)
            continue
        import concurrent.futures
        import multiprocessing

        # Fresh processes ("spawn"): a forked copy of a process running DuckDB's threads
        # may hang.
        pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=min(wanted, len(lines)),
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_batch_worker_start, initargs=(engine.store.path, settings))
        try:
            _write_lines(pool.map(_batch_worker_line, lines, chunksize=8))
        except concurrent.futures.process.BrokenProcessPool as exc:
            raise BorderstatsError(f"{name}: a batch process stopped ({exc}); the lines "
                                   "before it were checked") from None
        finally:
            # A reader that stops early (`| head`), an interrupt: the lines not yet
            # checked are dropped, not checked first.
            pool.shutdown(wait=False, cancel_futures=True)


def _write_lines(results: Iterable[str]) -> None:
    for out_line in results:
        sys.stdout.write(out_line + "\n")
        sys.stdout.flush()


def _batch_result(item: tuple[str, int, str], engine: Any, settings: _BatchSettings) -> str:
    """The JSON line of one input line: its result, or an error record."""
    name, number, line = item
    try:
        result = _check_jsonl_line(line, number, engine, settings.text_date, settings.as_of,
                                   settings.lang, settings.cautious)
    except Exception as exc:  # noqa: BLE001 - one bad line must not end the batch
        problem = str(exc) if isinstance(exc, BorderstatsError | KeyError) else \
            f"{type(exc).__name__}: {exc}"
        problem = " ".join(problem.split())
        if len(problem) > 300:
            problem = problem[:297] + "..."
        result = {"id": number, "error": f"{name}, line {number}: {problem}"}
    try:
        out_line = json.dumps(result, ensure_ascii=False, default=str)
        out_line.encode("utf-8")
    except UnicodeEncodeError:  # an id or echoed text with an unpaired surrogate
        out_line = json.dumps(result, ensure_ascii=True, default=str)
    return out_line


# A batch worker process's own connection to the store, and what it checks lines with.
_worker: tuple[Any, _BatchSettings] | None = None


def _batch_worker_start(path: Path, settings: _BatchSettings) -> None:
    global _worker
    from borderstats.query import Engine
    from borderstats.store import open_reader

    _worker = (Engine(open_reader(path)), settings)  # closed when the process ends


def _batch_worker_line(item: tuple[str, int, str]) -> str:
    assert _worker is not None, "a batch worker process that was not started"
    return _batch_result(item, *_worker)


def _check_jsonl_line(line: str, number: int, engine: Any, text_date: dt.date | None,
                      as_of: dt.date | None, lang: str, cautious: bool = False) -> dict:
    import re

    from borderstats.claims import check as check_text

    try:
        item = json.loads(line)
    except RecursionError:
        raise BorderstatsError("the JSON value is nested too deeply") from None
    except ValueError as exc:
        raise BorderstatsError(f"not a JSON object ({exc})") from None
    if not isinstance(item, dict):
        raise BorderstatsError(f"not a JSON object but {type(item).__name__}")
    text = item.get("text")
    if not isinstance(text, str):
        raise BorderstatsError("'text' is missing or not a string")
    if surrogate := re.search(r"[\ud800-\udfff]", text):
        raise BorderstatsError(f"'text' holds an unpaired surrogate "
                               f"({surrogate.group()!a}), not valid Unicode")
    ident = item.get("id", number)
    if not isinstance(ident, str | int) or isinstance(ident, bool) or len(str(ident)) > 200:
        raise BorderstatsError("'id' must be a string or an integer of at most 200 "
                               "characters")
    date = item.get("date")
    if date is not None and not isinstance(date, str):
        raise BorderstatsError(f"'date' must be a string YYYY-MM-DD, not "
                               f"{type(date).__name__}")
    day = as_date(date or None, "date") or text_date
    report = check_text(text, date=day, as_of=as_of, engine=engine, lang=lang,
                        cautious=cautious)
    return {"id": ident, "text_date": report["text_date"], "language": report["language"],
            "claims": [{k: c[k] for k in ("text", "start", "end", "kind", "measure",
                                          "periods", "verdict", "explanation", "query")}
                       for c in report["claims"]]}


@app.command()
def corridor(
    period: Annotated[str, Option(
        "--period", "-p", help="A month (2023-12), a year (2023) or any period.")],
    by: Annotated[str | None, Option(
        "--by", help="'nationality' for each stage by nationality.")] = None,
    top: Annotated[int, Option(help="Nationalities to show (human output).")] = 15,
    as_of: AsOfOption = None,
    svg: SvgOption = None,
    png: PngOption = None,
    csv: CsvOption = None,
    xlsx: XlsxOption = None,
    parquet: ParquetOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """The same period along the corridor: Darién → Mexico → US Southwest border."""
    from borderstats.corridor import corridor as corridor_view
    from borderstats.query import Engine

    if by not in (None, "nationality", "citizenship"):
        raise QueryError(f"--by {by!r}: the corridor can be cut by nationality only")
    with _open(db) as store:
        result = corridor_view(Engine(store), period, by_nationality=by is not None,
                               as_of=_as_of(as_of))
    if svg or png:
        from borderstats.charts import breakdown_spec

        stages = [s for s in result.stages if s.value is not None]
        short = {"darien": "Darién (Panama): transits",
                 "mexico": "Mexico: presented to the INM or DIF",
                 "us_swb": "US Southwest border: CBP encounters",
                 "us_swb_usbp": "of which Border Patrol"}
        spec = breakdown_spec(
            [(short.get(s.key, s.title), s.value) for s in stages],
            title=f"Along the route north, {_period_words(result.period)}",
            subtitle=["From the Darién through Mexico to the US Southwest border",
                      "The stages count different things (transits, detentions, "
                      "encounters): not the same people"],
            credit=_credit([p for s in stages for p in s.provenance]))
        _write_vega(spec, svg, png)
    if _export(result, csv, xlsx, parquet, json_out):
        return
    if json_out:
        _print_json(result.to_dict())
        return
    _record()
    out.print(f"[bold]The corridor, {result.period}[/bold]"
              f"{f' (as published by {result.as_of})' if result.as_of else ''}")
    table = Table("stage", "value", "vs the stage before", box=None, padding=(0, 2))
    table.columns[1].justify = "right"
    ratios = {r.numerator: r for r in result.ratios}
    for stage in result.stages:
        ratio = ratios.get(stage.key)
        value = "no data" if stage.value is None else _fmt(stage.value) + (
            "" if stage.complete else " (partial)")
        table.add_row(("  " if stage.part_of else "") + stage.title, value,
                      f"{ratio.value:.2f}×" if ratio and ratio.value is not None else "")
    out.print(table)
    if result.nationalities:
        chain = [s for s in result.stages if s.part_of is None]
        short = {"darien": "Darién", "mexico": "Mexico", "us_swb": "US"}
        nat = Table("nationality", *(short.get(s.key, s.key) for s in chain),
                    *(f"{short.get(r.numerator)}/{short.get(r.denominator)}"
                      for r in result.ratios), box=None, padding=(0, 2))
        nat.columns[0].no_wrap = True
        for col in nat.columns[1:]:
            col.justify = "right"
        for row in result.nationalities[:top]:
            cells = [_fmt(row[s.key]) if row[s.key] is not None else "—" for s in chain]
            cells += [f"{row[f'{r.numerator}_per_{r.denominator}']:.2f}×"
                      if row.get(f"{r.numerator}_per_{r.denominator}") is not None else ""
                      for r in result.ratios]
            nat.add_row(f"{row['name']} ({row['citizenship']})", *cells)
        out.print(nat)
        out.print("[dim]— : the stage's files do not name this nationality separately in "
                  "this period (it is inside OTHER).[/dim]")
    out.print("[bold]Sources[/bold]")
    for stage in result.stages:
        for piece in stage.provenance:
            out.print(f"  • {stage.key}: {piece.describe()}")
        if stage.error:
            out.print(f"  • {stage.key}: {stage.error}", markup=False)
    out.print("[bold]Caveats[/bold]")
    for caveat in result.caveats:
        out.print(f"  • {caveat}", markup=False)
    _print_terms()


@app.command()
def revisions(
    measure: Annotated[str, Argument(help="Measure id (see `borderstats measures`).")],
    period: Annotated[str, Option(
        "--period", "-p", help="The period whose figure to follow: 2023-10, FY2023, ...")],
    where: WhereOption = None,
    csv: CsvOption = None,
    xlsx: XlsxOption = None,
    parquet: ParquetOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Every published vintage of one figure: when it came out, the value, the change."""
    from borderstats.query import Engine, parse_where

    with _open(db) as store:
        result = Engine(store).revisions(measure, period, where=parse_where(where or []))
    if _export(result, csv, xlsx, parquet, json_out):
        return
    if json_out:
        _print_json(result.to_dict())
        return
    _record()
    out.print(f"[bold]{result.title}[/bold]{_scope(result.filters)}, {result.period}: "
              "every vintage")
    # Plain lines, not a table: the file names would wrap in a narrow terminal.
    out.print(f"  {'published (--as-of)':<20}{result.unit:>14}{'change':>22}  answered by")
    for vintage in result.vintages:
        change = "" if vintage["difference"] is None else (
            f"{vintage['difference']:+,}" + (f" ({vintage['percent_change']:+.2f}%)"
                                             if vintage["percent_change"] is not None else ""))
        files = ", ".join(dict.fromkeys(
            f"{p['file_name']} (release {p['release_id']}, {p['table']})"
            for p in vintage["provenance"]))
        value = _fmt(vintage["value"]) + ("" if vintage["complete"] else " (partial)")
        out.print(f"  {vintage['published']:<20}{value:>14}{change:>22}  {files}",
                  markup=False)
    first, last = result.vintages[0], result.vintages[-1]
    out.print(f"First published {first['published']}: {_fmt(first['value'])}; now "
              f"{_fmt(last['value'])} ({last['value'] - first['value']:+,} in all).")
    out.print(f"[dim]{result.caveats[0]}[/dim]")
    _print_terms()


@app.command()
def find(
    figure: Annotated[str, Argument(help="The count to look for: 90,415, '51 mil 72', ...")],
    within: Annotated[str, Option(
        "--within", help="How close a figure must be, in percent (default: exactly).")] = "0",
    measure: Annotated[list[str] | None, Option(
        "--measure", "-m", help="Search only this measure; repeatable.")] = None,
    start: Annotated[str | None, Option(
        "--from", help="Only periods ending in or after this month (2023, 2023-10).")] = None,
    end: Annotated[str | None, Option(
        "--to", help="Only periods ending in or before this month (2024, 2024-09).")] = None,
    whole_only: Annotated[bool, Option(
        "--whole", help="Whole series only, not cut by a nationality, sector, ...")] = False,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Where a figure comes from: the official figures equal to it (series, group, period).

    Searches every measure's months, fiscal years (and years to date) and calendar years
    (and years to date), whole and cut by one breakdown."""
    from borderstats.claims.text import one_count
    from borderstats.figure_search import find_figure
    from borderstats.periods import parse_period
    from borderstats.query import Engine

    value = one_count(figure)
    tolerance = abs(_percent_option(within.rstrip("%") + "%", "--within"))
    first = parse_period(start).start if start else None
    last = parse_period(end).end if end else None
    with _open(db) as store:
        matches = find_figure(Engine(store), value, within=tolerance, measures=measure,
                              start=first, end=last, groups=not whole_only)
    if json_out:
        _print_json({"figure": value, "within": tolerance,
                     "matches": [m.to_dict() for m in matches]})
        return
    _record()
    near = "exactly" if not tolerance else f"within ±{tolerance:.2%}"
    if not matches:
        out.print(f"No official figure the store holds is {near} {_fmt(value)}.")
        out.print("[dim]Searched: each measure's months, fiscal and calendar years and years "
                  "to date, whole and by one breakdown (years only an annual table covers "
                  "are not searched).[/dim]")
        return
    out.print(f"[bold]{len(matches)} official figure{'s' if len(matches) > 1 else ''} "
              f"{near} {_fmt(value)}[/bold]")
    for m in matches:
        group = _scope(m.where)
        rounded = " (rounded to tens)" if m.result.rounded else ""
        out.print(f"  {_fmt(m.value):>12}  {m.result.title}{group}, "
                  f"{_period_words(m.period.label)}{rounded}", markup=False)
        out.print(f"  {'':>12}  [dim]{m.result.command()}[/dim]")
    _print_terms()


snapshot_app = App(help="The bundled snapshot of the official figures.")
app.add_group(snapshot_app, name="snapshot")


@snapshot_app.command("build")
def snapshot_build(
    raw: Annotated[Path, Argument(help="Folder of official files (../shared/data/raw).")],
    target: Annotated[Path | None, Option(help="Output folder.")] = None,
    replace_bundled: Annotated[bool, Option(
        "--replace-bundled", help="Replace the package's bundled snapshot (refused unless "
                                  "the files hold every release it holds).")] = False,
) -> None:
    """Build a snapshot from the official files (the bundled one only with
    --replace-bundled)."""
    from borderstats.snapshot import SNAPSHOT_DIR, build_snapshot

    destination = target or SNAPSHOT_DIR
    releases, rows = build_snapshot(raw, destination, replace_bundled=replace_bundled)
    out.print(f"snapshot: {releases} releases, {rows:,} observations → {destination}")


# -- what policies did and what comes next: events, forecasts ----------------------------

ChartPngOption = Annotated[Path | None, Option(
    "--png", help="Also write the chart as a PNG image to this file.")]
VegaSvgOption = Annotated[Path | None, Option(
    "--svg", help="Also write the chart as an SVG image to this file.")]


def _write_vega(spec: dict, svg: Path | None, png: Path | None) -> None:
    """Draw a Vega-Lite chart through the chart layer to the files asked for."""
    if not svg and not png:
        return
    from borderstats.charts import render

    if svg:
        _write_file(svg, str(render(spec, "svg")), "--svg")
    if png:
        _write_file(png, bytes(render(spec, "png")), "--png")


def _signed(value: float) -> str:
    return f"{value:+,.0f}"


@app.command()
def events(
    event: Annotated[list[str] | None, Argument(
        help="An event of the catalog (borderstats events --list).")] = None,
    date: Annotated[str | None, Option(
        "--date", help="Analyse a date instead of a catalogued event (2023-12-21 or 2024-01).")
    ] = None,
    measure: Annotated[str | None, Option(
        "--measure", "-m", help="The measure (default: the event's, usbp_swb_encounters).")
    ] = None,
    by: Annotated[str | None, Option(
        "--by", help="One effect per value of this dimension (sector, citizenship, ...).")
    ] = None,
    months: Annotated[int, Option(help="Months after the event to measure.")] = 3,
    window: Annotated[int, Option(help="Months before the event the model learns from.")
                      ] = 96,
    level: Annotated[float, Option(help="Interval level.")] = 0.95,
    placebos: Annotated[int, Option(help="Placebo dates to analyse the same way.")] = 12,
    top: Annotated[int, Option(help="With --by: the largest values to analyse.")] = 6,
    events_file: Annotated[Path | None, Option(
        "--events-file", help="A TOML file of your own events (the catalog's form).")] = None,
    list_events: Annotated[bool, Option("--list", help="List the catalog of events.")] = False,
    where: WhereOption = None,
    as_of: AsOfOption = None,
    svg: VegaSvgOption = None,
    png: ChartPngOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """What an event did to a measure: observed minus a seasonal counterfactual, with its
    interval, the naive before/after change beside it and placebo checks."""
    from borderstats.events import chart_spec, event_effects, load_events
    from borderstats.query import Engine, parse_where

    if list_events or (not event and date is None):
        catalog = load_events(events_file)
        if json_out:
            _print_json({k: vars(v) for k, v in catalog.items()})
            return
        for e in sorted(catalog.values(), key=lambda e: e.date):
            out.print(f"[bold]{e.id}[/bold]  {e.date}  {e.country}  {e.title}", soft_wrap=True)
            out.print(f"    first measured {e.first_month:%Y-%m}; {e.reference}", markup=False)
        return
    if event and len(event) > 1:
        raise QueryError(f"events: one event at a time, not {' '.join(event)}")
    with _open(db) as store:
        result = event_effects(Engine(store), event[0] if event else None, date=date,
                               measure=measure, by=by, where=parse_where(where or []),
                               months=months, window=window, level=level, placebos=placebos,
                               top=top, events_file=events_file, as_of=_as_of(as_of))
    _write_vega(chart_spec(result), svg, png)
    if json_out:
        _print_json(result.to_dict())
        return
    for e in result.effects:
        head = e.event["title"] if e.event else f"an event on {e.event_date}"
        out.print(f"[bold]{e.title}[/bold]{f' — {e.group}' if e.group else ''}", markup=True)
        out.print(f"after {head} ({e.event_date})", markup=False)
        table = Table("month", "observed", "counterfactual", f"{e.level:.0%} interval",
                      box=None, padding=(0, 2))
        for col in table.columns[1:]:
            col.justify = "right"
        for m, v, c, lo, hi in zip(e.months, e.observed, e.counterfactual,
                                   e.counterfactual_low, e.counterfactual_high, strict=True):
            table.add_row(m, _fmt(v), _fmt(round(c)), f"{_fmt(round(lo))}–{_fmt(round(hi))}")
        table.add_row("total", _fmt(e.observed_total), _fmt(round(e.counterfactual_total)),
                      f"{_fmt(round(e.counterfactual_total_low))}–"
                      f"{_fmt(round(e.counterfactual_total_high))}")
        out.print(table)
        out.print(f"[bold]Effect[/bold] {_signed(e.effect)} ({e.effect_percent:+.1f}%); "
                  f"{e.level:.0%} interval {_signed(e.effect_low)} to {_signed(e.effect_high)}"
                  f" ({e.effect_percent_low:+.1f}% to {e.effect_percent_high:+.1f}%)")
        out.print(f"[bold]Naive[/bold] {e.first_month}..{e.last_month} vs "
                  f"{e.before_months[0]}..{e.before_months[-1]}: {_signed(e.naive_change)} "
                  f"({e.naive_percent:+.1f}%); the season and trend alone expected "
                  f"{_signed(e.expected_change)}")
        if e.placebos:
            out.print(f"[bold]Placebos[/bold] {len(e.placebos)} dates with no event "
                      f"({e.placebos[0].first_month}..{e.placebos[-1].first_month}): effects "
                      f"{min(p.effect_percent for p in e.placebos):+.0f}% to "
                      f"{max(p.effect_percent for p in e.placebos):+.0f}%; "
                      f"{e.placebo_false_positive_rate:.0%} of their intervals exclude zero; "
                      f"as large as this one: p = {e.placebo_p:.2f}")
        verdict = ("distinguishable from the placebos" if e.distinguishable else
                   "not distinguishable from what this series does with no event")
        out.print(f"[bold]Reading[/bold] {verdict}")
        out.print(f"[dim]model fitted on {e.fit_window[0]}..{e.fit_window[1]}; {e.method}[/dim]")
    first = result.effects[0]
    out.print("[bold]Sources[/bold]")
    for source in first.sources:
        out.print(f"  • {source}", markup=False)
    out.print("[bold]Caveats[/bold]")
    for caveat in first.caveats:
        out.print(f"  • {caveat}", markup=False)


@app.command()
def forecast(
    measure: Annotated[list[str] | None, Argument(
        help="The measure (default: usbp_swb_encounters).")] = None,
    horizon: Annotated[int, Option("--horizon", help="Months ahead.")] = 6,
    by: Annotated[str | None, Option(
        "--by", help="One forecast per value of this dimension (sector, citizenship, ...).")
    ] = None,
    top: Annotated[int, Option(help="With --by: the largest values to forecast.")] = 3,
    where: WhereOption = None,
    as_of: AsOfOption = None,
    svg: VegaSvgOption = None,
    png: ChartPngOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Monthly forecasts with 80 and 95 percent intervals, and the rolling-origin backtest
    of every model (MASE against the seasonal naive, interval coverage) per horizon."""
    from borderstats.forecast import forecast as forecast_measure
    from borderstats.forecast import forecast_by
    from borderstats.query import Engine, parse_where

    if measure and len(measure) > 1:
        raise QueryError(f"forecast: one measure at a time, not {' '.join(measure)}")
    name = measure[0] if measure else None
    filters = parse_where(where or [])

    def run(engine: Any, progress: Any) -> list:
        if by is None:
            return [forecast_measure(engine, name, horizon, where=filters,
                                     as_of=_as_of(as_of), progress=progress)]
        return forecast_by(engine, name, by, horizon, top=top, where=filters,
                           as_of=_as_of(as_of), progress=progress)

    with _open(db) as store:
        if json_out:
            results = run(Engine(store), None)
        else:
            from rich.progress import Progress

            with Progress(console=err.console, transient=True) as bar:
                task = bar.add_task("backtest (rolling origin)", total=None)
                results = run(Engine(store), lambda done, total: bar.update(
                    task, completed=done, total=total))
    if svg or png:
        from borderstats.forecast import chart_spec

        specs = [chart_spec(r) for r in results]
        _write_vega(specs[0] if len(specs) == 1 else
                    {"vconcat": specs, "resolve": {"scale": {"color": "independent"}}},
                    svg, png)
    if json_out:
        _print_json(results[0].to_dict() if by is None else
                    {"by": by, "forecasts": [r.to_dict() for r in results]})
        return
    for result in results:
        _print_forecast(result)
    out.print("[bold]Caveats[/bold]")
    for caveat in results[0].caveats:
        out.print(f"  • {caveat}", markup=False)


def _print_forecast(result: Any) -> None:
    group = f" — {result.group}" if result.group else ""
    out.print(f"[bold]{result.title}{group}[/bold]: forecast by {result.model}, "
              f"from {result.history_months[-1]}")
    table = Table("month", "forecast", "80% interval", "95% interval", box=None,
                  padding=(0, 2))
    for col in table.columns[1:]:
        col.justify = "right"
    for f in result.forecast:
        table.add_row(f.month, _fmt(round(f.value)), f"{_fmt(round(f.low80))}–"
                      f"{_fmt(round(f.high80))}", f"{_fmt(round(f.low95))}–"
                      f"{_fmt(round(f.high95))}")
    out.print(table)
    span = "..".join(result.backtest_span)
    out.print(f"[bold]Backtest[/bold] rolling origin {span}, by months ahead: MASE (in "
              "brackets: its error over the seasonal naive's), then how often the 80% / 95% "
              "intervals held")
    horizons = sorted({s.horizon for s in result.backtest})
    models = list(dict.fromkeys(s.model for s in result.backtest))
    for kind in ("mase", "coverage"):
        scores = Table("model", *(str(h) for h in horizons), box=None, padding=(0, 1))
        for col in scores.columns[1:]:
            col.justify = "right"
        for model in models:
            row = [result.score(model, h) for h in horizons]
            cells = ([f"{s.mase:.2f} ({s.relative_to_seasonal_naive:.2f})" for s in row]
                     if kind == "mase" else
                     [f"{s.coverage80:.0%} / {s.coverage95:.0%}" for s in row])
            scores.add_row(model + (" ◀" if model == result.model else ""), *cells)
        out.print(scores)
    beaten = [h for h in horizons if result.score(result.model, h).relative_to_seasonal_naive
              >= 1]
    if beaten:
        out.print(f"[bold]{result.model} does not beat the seasonal naive[/bold] at "
                  f"{', '.join(map(str, beaten))} months ahead")
    out.print("[bold]Worst one-month-ahead misses[/bold] "
              + ", ".join(f"{e.month} {e.percent_error:+.0f}%" for e in result.worst_misses))
    out.print(f"[dim]{result.method}[/dim]")
    out.print("[bold]Sources[/bold]")
    for source in result.sources:
        out.print(f"  • {source}", markup=False)


def _percent_option(text: str, option: str) -> float:
    """'-30%', '-30' or '-0.3' → -0.3."""
    value = text.strip()
    try:
        number = float(value.rstrip("%"))
    except ValueError:
        raise QueryError(f"{option} {text!r}: give a percentage such as -30%") from None
    return number / 100 if value.endswith("%") or abs(number) > 3 else number


@app.command()
def scenario(
    stage: Annotated[str, Option("--stage", help="The lever: mexico (its enforcement).")
                     ] = "mexico",
    change: Annotated[str, Option(
        "--change", help="Change in enforcement, in percent: -30%% or +20%%.")] = "-30",
    months: Annotated[int, Option("--months", help="For how many months.")] = 6,
    start: Annotated[str | None, Option(
        "--from", help="First month of the change (default: after the newest data).")] = None,
    fit_months: Annotated[int, Option(
        "--fit-months", help="Months before --from the model is fitted on.")] = 24,
    as_of: AsOfOption = None,
    svg: VegaSvgOption = None,
    png: ChartPngOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """What US Southwest border encounters do if Mexico's enforcement changes for some
    months: a small stock-and-flow model of the corridor, with its fit on history."""
    from borderstats.query import Engine
    from borderstats.scenario import scenario as corridor_scenario

    with _open(db) as store:
        result = corridor_scenario(Engine(store), stage=stage,
                                   change=_percent_option(change, "--change"), months=months,
                                   start=start, fit_months=fit_months, as_of=_as_of(as_of))
    _write_vega(result.chart(), svg, png)
    if json_out:
        _print_json(result.to_dict())
        return
    out.print(f"[bold]US Southwest border encounters if Mexico's enforcement changes "
              f"{result.change:+.0%} for {result.months} months from {result.start}[/bold]")
    table = Table("month", "baseline", "scenario", "change (95%)", "published",
                  box=None, padding=(0, 2))
    for col in table.columns[1:]:
        col.justify = "right"
    for m in result.path:
        table.add_row(m.month, _fmt(round(m.baseline)), _fmt(round(m.scenario)),
                      f"{_signed(m.scenario - m.baseline)} ({_signed(m.low)} to "
                      f"{_signed(m.high)})", _fmt(m.observed))
    out.print(table)
    out.print(f"[bold]Change[/bold] {_signed(result.effect)} encounters over "
              f"{len(result.path)} months ({result.effect_percent:+.1f}% of the baseline); "
              f"95% interval {_signed(result.effect_low)} to {_signed(result.effect_high)}")
    out.print(f"[bold]Fit on history[/bold] {result.fit_window[0]}..{result.fit_window[1]}: "
              f"mean absolute error {result.fit_error_us_percent:.0f}% for US encounters, "
              f"{result.fit_error_mexico_percent:.0f}% for Mexico's detentions"
              + (f"; the baseline misses the published US figures after "
                 f"{result.fit_window[1]} by {result.baseline_error_percent:.0f}% on average"
                 if result.baseline_error_percent is not None else ""))
    out.print("[bold]Parameters[/bold] " + ", ".join(
        f"{k} {v:,.3g}" for k, v in result.parameters.items()))
    out.print("[bold]Sources[/bold]")
    for source in result.sources:
        out.print(f"  • {source}", markup=False)
    out.print("[bold]Assumptions[/bold]")
    for assumption in result.assumptions:
        out.print(f"  • {assumption}", markup=False)


def _attach_signed_values(args: list[str]) -> list[str]:
    """``--change -30%`` → ``--change=-30%``, ``--sort -value`` → ``--sort=-value``:
    argparse takes '-30%' and '-value' for options."""
    out_args: list[str] = []
    for arg in args:
        if out_args and out_args[-1] in ("--change", "--sort") and arg.startswith("-") and \
                not arg.startswith("--"):
            out_args[-1] = f"{out_args[-1]}={arg}"
        else:
            out_args.append(arg)
    return out_args


@app.command()
def serve(
    host: Annotated[str, Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, Option("--port", help="Port to listen on.")] = 8000,
    db: DbOption = None,
    workers: Annotated[int, Option(
        "--workers", help="Server processes (each answers with its own store readers).")] = 1,
    readers: Annotated[int, Option(
        "--readers", help="Store readers per process answering side by side.")] = 4,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the web pages from a read-only store."""
    import os

    import uvicorn

    from borderstats.store import default_path
    from borderstats.web.app import create_app

    if not 1 <= port <= 65535:
        raise QueryError(f"--port {port}: use a port from 1 to 65535")
    if readers < 1 or workers < 1:
        raise QueryError(f"--readers {readers}, --workers {workers}: use at least 1 of each")
    path = db or default_path()
    # Built here once, even with several workers: it fills a missing store from the bundled
    # snapshot and fails now, in one line, if the store cannot be read.
    application = create_app(path, readers=readers)
    listener = _listen(host, port)
    err.print(f"borderstats serving {path} (read-only) on http://{host}:{port}/ — API "
              "documentation at /docs; Ctrl-C stops it")
    if workers == 1:
        uvicorn.run(application, fd=listener.fileno(), log_level="warning")
        return
    application.state.pool.close()  # each worker opens its own readers
    os.environ["BORDERSTATS_SERVE_DB"] = str(path)
    os.environ["BORDERSTATS_SERVE_READERS"] = str(readers)
    uvicorn.run("borderstats.web.app:app_from_environment", factory=True, workers=workers,
                fd=listener.fileno(), log_level="warning")


def _listen(host: str, port: int) -> Any:
    """The server's listening socket. It is made here, not by uvicorn, for two reasons: a
    port in use is a one-line error before anything starts, and TCP_NODELAY set on it is
    inherited by every connection it accepts (without it a kept-alive connection can wait
    some 40 ms for an answer sent in two writes: Nagle's algorithm against delayed ACKs)."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        listener.bind((host, port))
    except OSError as exc:
        listener.close()
        raise BorderstatsError(f"--host {host} --port {port}: cannot listen there "
                               f"({exc.strerror})") from None
    listener.set_inheritable(True)
    return listener


@app.command()
def crosscheck(
    name: Annotated[str | None, Option(
        "--overlap", help="Show every period of the overlaps whose name contains this "
                          "text.")] = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """How the sources that count the same thing agree now: each overlap, its tolerance,
    the periods compared and the largest difference (the drift guards hold back a file
    that breaks one)."""
    with _open(db) as store:
        overlaps = store.overlaps()
    if name:
        names = "; ".join(o["name"] for o in overlaps)
        overlaps = [o for o in overlaps if name.lower() in o["name"].lower()]
        if not overlaps:
            raise QueryError(f"--overlap {name!r}: no overlap's name contains it; names: "
                             f"{names}")
    if json_out:
        _print_json({"overlaps": overlaps})
        return
    for o in overlaps:
        grain = o["grain"].replace("_", " ") + "s"
        worst = o["largest_difference"]
        mark = "[red]✗[/red]" if o["broken"] else "[green]✓[/green]"
        out.print(f"{mark} [bold]{o['name']}[/bold]", markup=True)
        if not o["compared"]:
            out.print(f"    no {grain} held by both in the store", markup=False)
            continue
        agree = o["compared"] - len(o["broken"])
        line = (f"    {agree} of {o['compared']} {grain} agree ({o['first']}..{o['last']}); "
                f"tolerance {o['tolerance']}")
        if worst is not None:
            share = f", {worst['share']:+.2%}" if worst["share"] is not None else ""
            line += (f"; closest to the limit {worst['period']}: {_fmt(worst['left'])} vs "
                     f"{_fmt(worst['right'])} ({worst['difference']:+,}{share})")
        out.print(line, markup=False)
        if o["broken"]:
            out.print(f"    breaks in {', '.join(o['broken'][:6])}"
                      + (" …" if len(o["broken"]) > 6 else ""), markup=False)
        if name:
            out.print(f"    left: {o['left']} ({', '.join(o['left_files'][-2:])})\n"
                      f"    right: {o['right']} ({', '.join(o['right_files'][-2:])})\n"
                      f"    why: {o['why']}", markup=False)
            rows = Table("period", "left", "right", "difference", "", box=None,
                         padding=(0, 2))
            for p in o["periods"]:
                rows.add_row(p["period"], _fmt(p["left"]), _fmt(p["right"]),
                             f"{p['difference']:+,}", "" if p["holds"] else "breaks")
            out.print(rows)
    if not name:
        out.print("Sides, files and every period: `borderstats crosscheck --overlap NAME` "
                  "(or --json).")


# The questions: one answer, then the process ends.
QUESTIONS = ("query", "rank", "change")


def main() -> None:
    sys.argv[1:] = _attach_signed_values(sys.argv[1:])
    # A question allocates some 25,000 objects as it imports and connects, and frees few:
    # the cycle collector's passes over them cost ~3 ms of its start-up and find nothing to
    # free. Other commands may run long (serve, ingest, check) and keep it.
    question = bool(sys.argv[1:2]) and sys.argv[1] in QUESTIONS and gc.isenabled()
    if question:
        gc.disable()
    try:
        app()
    except BorderstatsError as exc:
        err.print(f"error: {exc}", markup=False)
        raise SystemExit(2) from None
    except OSError as exc:  # a file that cannot be read or written, a full disk
        where = f"{exc.filename}: " if exc.filename else ""
        err.print(f"error: {where}{exc.strerror or exc}", markup=False)
        raise SystemExit(2) from None
    finally:
        if question:
            gc.enable()


if __name__ == "__main__":
    main()
