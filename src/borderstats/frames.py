"""Answers as tables: the figures of one answer as tidy rows, with the provenance and
caveats that go with them, as a pandas DataFrame or a CSV, Excel or Parquet file.

Plain data in (rows of dicts, provenance as dicts), so every answer type — a total, a rank,
a change, the corridor — becomes a table the same way. pandas is imported only when a
DataFrame is asked for; the files are written with the standard library (CSV), openpyxl
(Excel) and pyarrow (Parquet).
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from borderstats.errors import BorderstatsError
from borderstats.periods import parse_period
from borderstats.version import __version__

FORMATS = ("csv", "xlsx", "parquet")


@dataclass
class FigureTable:
    """One answer's figures: ``rows`` (dicts keyed by ``columns``), what was asked
    (``about``: measure, period, filters, unit, the command that reproduces it...), each
    source piece that produced them, and the caveats."""

    title: str
    columns: list[str]
    rows: list[dict[str, Any]]
    about: dict[str, Any]
    provenance: list[dict[str, Any]]
    caveats: list[str] = field(default_factory=list)


def sources_of(period_label: str | None, provenance: list[dict[str, Any]]) -> str:
    """The source pieces that hold figures for ``period_label`` (all of them for a row
    with no period of its own), as one line: which release, file, table and filter."""
    pieces = provenance
    if period_label:
        try:
            wanted = parse_period(period_label)
        except BorderstatsError:
            wanted = None
        if wanted is not None:
            pieces = [p for p in provenance
                      if parse_period(p["first"]).start <= wanted.end
                      and wanted.start <= parse_period(p["last"]).end] or provenance
    return "; ".join(p["description"] for p in pieces)


def to_dataframe(table: FigureTable) -> Any:
    """A pandas DataFrame of the figures; ``.attrs`` holds the title, what was asked, the
    provenance (one dict per source piece) and the caveats."""
    import pandas as pd

    frame = pd.DataFrame([[row.get(c) for c in table.columns] for row in table.rows],
                         columns=table.columns)
    for column in table.columns:
        values = [row.get(column) for row in table.rows if row.get(column) is not None]
        # Counts stay whole numbers where a period has no figure (pandas' nullable Int64,
        # not floats with NaN).
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            frame[column] = frame[column].astype("Int64")
    frame.attrs.update({"title": table.title, **table.about,
                        "provenance": table.provenance, "caveats": list(table.caveats)})
    return frame


def write_table(table: FigureTable, target: str | Path, fmt: str) -> str:
    """Write the table as ``fmt`` (csv, xlsx, parquet) to ``target``, a file written whole
    or not at all, or ``-`` for standard output. Returns where it went, for the user."""
    if fmt not in FORMATS:
        raise BorderstatsError(f"export format {fmt!r}: expected one of {', '.join(FORMATS)}")
    data = {"csv": _csv_bytes, "xlsx": _xlsx_bytes, "parquet": _parquet_bytes}[fmt](table)
    if str(target) == "-":
        if fmt != "csv" and sys.stdout.isatty():
            raise BorderstatsError(f"--{fmt} -: a binary {fmt} file cannot go to a terminal; "
                                   "give a file name or pipe it")
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return "standard output"
    write_whole(Path(target), data, f"--{fmt}")
    return str(target)


def write_whole(target: Path, data: bytes | Iterable[bytes], option: str) -> None:
    """Write ``data`` (bytes, or pieces of it as they are made) to ``target`` whole or not
    at all: a temporary file renamed into place, so a reader never sees half a file and a
    failed write leaves the old one; a folder, a missing folder or a full disk is a
    one-line error naming the file and ``option``."""
    if target.is_dir():
        raise BorderstatsError(f"{option} {target}: is a folder; give a file name")
    if not target.parent.is_dir():
        raise BorderstatsError(f"{option} {target}: the folder {target.parent} does not exist")
    import tempfile  # here, not at the top: a question that writes no file needs none

    try:
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
        try:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
            with os.fdopen(fd, "wb") as fh:
                for piece in [data] if isinstance(data, bytes) else data:
                    fh.write(piece)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise BorderstatsError(f"{option} {target}: cannot write ({exc.strerror})") from None


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "|".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def _csv_bytes(table: FigureTable) -> bytes:
    import csv  # here: a question printed, not written as CSV, needs none

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow(["" if row.get(c) is None else _cell(row.get(c)) for c in table.columns])
    return buffer.getvalue().encode("utf-8")


def about_lines(table: FigureTable) -> list[tuple[str, Any]]:
    """What the figures are, as label/value pairs (the Excel file's provenance sheet)."""
    lines: list[tuple[str, Any]] = [("title", table.title)]
    lines += [(key, _cell(value)) for key, value in table.about.items() if value not in
              (None, "", [], {})]
    lines.append(("written by", f"borderstats {__version__}"))
    return lines


PROVENANCE_COLUMNS = ("source", "publisher", "compiler", "release_id", "file_name",
                      "release_title", "published", "official_url", "sha256", "table",
                      "filters", "first", "last", "grain", "rounding")


def _xlsx_bytes(table: FigureTable) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "figures"
    sheet.append(table.columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in table.rows:
        sheet.append([_cell(row.get(c)) for c in table.columns])
    for index, column in enumerate(table.columns, start=1):
        values = [row.get(column) for row in table.rows]
        numeric = values and all(isinstance(v, int | float) or v is None for v in values)
        if numeric:
            fmt = "0.0" if any(isinstance(v, float) for v in values) else "#,##0"
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = fmt
        width = max([len(str(column))] + [len(str(_cell(v))) for v in values if v is not None])
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "A2"

    about = book.create_sheet("provenance")
    for label, value in about_lines(table):
        about.append([label, value])
        about.cell(about.max_row, 1).font = Font(bold=True)
    about.append([])
    about.append(["Sources"])
    about.cell(about.max_row, 1).font = Font(bold=True)
    about.append(list(PROVENANCE_COLUMNS))
    for cell in about[about.max_row]:
        cell.font = Font(bold=True)
    for piece in table.provenance:
        about.append([_cell(piece.get(c)) for c in PROVENANCE_COLUMNS])
    about.append([])
    about.append(["Caveats"])
    about.cell(about.max_row, 1).font = Font(bold=True)
    for caveat in table.caveats:
        about.append([caveat])
    about.column_dimensions["A"].width = 22
    about.column_dimensions["B"].width = 60
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _parquet_bytes(table: FigureTable) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {c: [_cell(row.get(c)) for row in table.rows] for c in table.columns}
    arrow = pa.table(columns)
    # The provenance travels inside the file, as JSON in the schema's metadata.
    meta = {"title": table.title, **table.about, "provenance": table.provenance,
            "caveats": table.caveats, "written_by": f"borderstats {__version__}"}
    arrow = arrow.replace_schema_metadata({
        b"borderstats": json.dumps(meta, ensure_ascii=False, default=str).encode("utf-8")})
    buffer = io.BytesIO()
    pq.write_table(arrow, buffer)
    return buffer.getvalue()


def parquet_provenance(path: str | Path) -> dict[str, Any]:
    """The title, query, provenance and caveats a Parquet export carries."""
    import pyarrow.parquet as pq

    meta = pq.read_schema(path).metadata or {}
    if b"borderstats" not in meta:
        raise BorderstatsError(f"{path}: not a borderstats export (no provenance metadata)")
    return json.loads(meta[b"borderstats"])
