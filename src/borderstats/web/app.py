"""The HTTP API and the web pages of ``borderstats serve``.

Every answer comes from the same engine as the command line (``query`` answers as
``borderstats query --json``, ``check`` as ``borderstats check --json``). The service only
reads: the store is opened read-only, no request carries SQL, and every request is bounded
(body size, text length, rows returned, seconds spent). Errors are JSON objects
``{"error": {"status", "message"}}`` whose one-line message names the field and value.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import json
import logging
import tomllib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from borderstats.charts import javascript_bundle, render
from borderstats.dates import as_date
from borderstats.errors import BorderstatsError, QueryError
from borderstats.metrics import Measure, catalog
from borderstats.periods import Period, add_months, fiscal_year_of
from borderstats.query import Engine, QueryResult, parse_where
from borderstats.version import __version__
from borderstats.web.engines import Busy, EnginePool
from borderstats.web.specs import query_spec, series_spec, sparkline_spec

T = TypeVar("T")


@dataclass(frozen=True)
class Limits:
    """What one request may ask of the server."""

    body_bytes: int = 1_000_000       # a request body (an article upload)
    text_chars: int = 100_000         # a text to check: about 2 s of checking
    rows: int = 10_000                # rows of one query result
    seconds: float = 20.0             # the time one request may take


class SeriesPoint(BaseModel):
    period: str
    value: float | None


class ClaimSeries(BaseModel):
    """The ``series`` of a claim in a check's JSON."""

    measure: str = ""
    grain: Literal["month", "fiscal_year", "year"] = "month"
    unit: str | None = None
    points: list[SeriesPoint]
    highlight: list[str] = []
    reference: float | None = None


class ApiError(BorderstatsError):
    """An error with its HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)


def _status_of(exc: BorderstatsError) -> int:
    if isinstance(exc, ApiError):
        return exc.status
    if isinstance(exc, Busy):
        return 503
    if isinstance(exc, QueryError) and str(exc).startswith("unknown measure"):
        return 404
    return 400


@cache
def _ui_words() -> dict[str, dict[str, str]]:
    text = resources.files("borderstats.web").joinpath("ui.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _language(value: str | None) -> str:
    return value if value in ("en", "es") else "en"


def _static(name: str) -> str:
    return resources.files("borderstats.web").joinpath("static", name).read_text(
        encoding="utf-8")


def _measure_dict(m: Measure) -> dict[str, Any]:
    # The shape of `borderstats measures --json`.
    return {"id": m.id, "title": m.title, "unit": m.unit, "definition": m.definition,
            "caveats": list(m.caveats), "dimensions": list(m.dimensions),
            "spans": [vars(s) for s in m.spans]}


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


def create_app(db: Path, *, limits: Limits | None = None, readers: int = 4) -> FastAPI:
    """The application serving the store at ``db`` (opened read-only)."""
    limits = limits or Limits()
    pool = EnginePool(db, size=readers)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # The chart scripts are built once (about 2 s) before the first page asks for them,
        # and a reader learns the overview's series, so the first visitor waits for neither.
        await run_in_threadpool(javascript_bundle)

        def learn_overview() -> None:
            try:
                with pool.engine(wait=limits.seconds) as engine:
                    _overview(engine)
            except Exception as exc:  # only a head start: the page says what is wrong
                logging.getLogger("uvicorn.error").warning(
                    "borderstats: the overview could not be prepared: %s", exc)
        await run_in_threadpool(learn_overview)
        yield
        pool.close()

    # Swagger UI and ReDoc from the files fastapi-offline ships: /docs works offline.
    app = FastAPIOffline(
        lifespan=lifespan, title="borderstats", version=__version__,
        description="Official US–Mexico migration-corridor statistics: measures, sources "
                    "and releases, queries with provenance, and a checker for the figures "
                    "in a text. Read-only; no request carries SQL.")
    app.state.pool = pool
    app.state.limits = limits
    templates = _templates()

    async def run(work: Callable[[Engine], T]) -> T:
        """``work`` on a borrowed engine in a worker thread, within the time limit. A
        request past it gets 504 at once; its thread finishes and returns the engine."""
        def call() -> T:
            with pool.engine(wait=limits.seconds) as engine:
                return work(engine)
        try:
            return await asyncio.wait_for(run_in_threadpool(call), limits.seconds)
        except TimeoutError:
            raise ApiError(504, f"the request took longer than the limit of "
                                f"{limits.seconds:g} s") from None

    # -- errors --------------------------------------------------------------------------

    @app.exception_handler(BorderstatsError)
    async def _on_error(request: Request, exc: BorderstatsError) -> Response:
        return _error(_status_of(exc), str(exc))

    @app.exception_handler(Exception)
    async def _on_unexpected(request: Request, exc: Exception) -> Response:
        # A fault of the server, not of the request: said in one line, never as a traceback
        # (the server's log has it).
        return _error(500, f"internal error ({type(exc).__name__}) answering "
                           f"{request.method} {request.url.path}")

    @app.exception_handler(RequestValidationError)
    async def _on_invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for item in exc.errors():
            where = ".".join(str(p) for p in item.get("loc", ()) if p != "body")
            problems.append(f"{where}: {item.get('msg', 'invalid')}")
        return _error(422, "; ".join(problems) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def _on_http(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404 and not request.url.path.startswith("/api/"):
            return HTMLResponse(templates.get_template("missing.html.j2").render(
                words=_ui_words()["en"], lang="en", version=__version__,
                path=request.url.path), status_code=404)
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404:
            message = f"{request.url.path}: no such address (see /docs)"
        elif exc.status_code == 405:
            message = f"{request.method} {request.url.path}: method not allowed"
        return _error(exc.status_code, message)

    @app.middleware("http")
    async def _bounded_body(request: Request, call_next: Callable) -> Response:
        # Bodies are counted before they are read: a declared length over the limit is
        # refused, and a body without a declared length is not accepted at all.
        if request.method in ("POST", "PUT", "PATCH"):
            length = request.headers.get("content-length")
            if length is None:
                return _error(411, "give the body's Content-Length (chunked bodies are not "
                                   "accepted)")
            if not length.isdigit() or int(length) > limits.body_bytes:
                return _error(413, f"request body of {length} bytes: over the limit of "
                                   f"{limits.body_bytes:,} bytes")
        response = await call_next(request)
        if request.url.path.startswith("/api/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    # -- catalog and sources -------------------------------------------------------------

    @app.get("/api/measures", tags=["catalog"], summary="The measures of the catalog")
    def measures() -> dict:
        return {"measures": [_measure_dict(m) for m in catalog().values()]}

    @app.get("/api/measures/{measure_id}", tags=["catalog"], summary="One measure")
    def measure(measure_id: str) -> dict:
        return _measure_dict(_get_measure(measure_id))

    @app.get("/api/sources", tags=["sources"],
             summary="Every source and the releases the store holds")
    async def sources() -> dict:
        return {"sources": await run(_sources)}

    @app.get("/api/sources/{source_id}", tags=["sources"],
             summary="One source, its releases and what its latest vintage revised")
    async def source(
        source_id: str,
        old: Annotated[int | None, Query(description="Release to compare from.")] = None,
        new: Annotated[int | None, Query(description="Release to compare with.")] = None,
    ) -> dict:
        return await run(lambda engine: _source(engine, source_id, old, new))

    # -- queries -------------------------------------------------------------------------

    @app.get("/api/query", tags=["query"],
             summary="A measure's total over a period, optionally broken down",
             description="The same semantics and JSON as `borderstats query --json`. "
                         "`format` csv or parquet downloads the rows.")
    async def query(
        measure: Annotated[str, Query(description="Measure id (see /api/measures).")],
        period: Annotated[str, Query(description="FY2023, 2023, 2024-01, or A..B.")],
        by: Annotated[list[str] | None, Query(description="Dimension; repeatable.")] = None,
        where: Annotated[list[str] | None, Query(
            description="DIM=VALUE[,VALUE]; repeatable.")] = None,
        as_of: Annotated[str | None, Query(description="YYYY-MM-DD.")] = None,
        source: Annotated[str | None, Query(description="Answer from this source.")] = None,
        format: Annotated[str, Query(description="json, csv or parquet.")] = "json",
    ) -> Response:
        if format not in ("json", "csv", "parquet"):
            raise ApiError(400, f"format {format!r}: use json, csv or parquet")
        filters = parse_where(where or [])
        as_of_day = as_date(as_of, "as_of")
        result = await run(lambda engine: engine.query(
            measure, period, by=by or [], where=filters, as_of=as_of_day, source=source))
        _check_rows(result, limits)
        return _download(result, format)

    @app.get("/api/chart", tags=["query"],
             summary="A query result as a Vega-Lite chart (or drawn as SVG or PNG)",
             description="The specification the pages draw; `format` svg or png draws it "
                         "with the same renderer as the command line's charts.")
    async def chart(
        measure: str, period: str,
        by: Annotated[list[str] | None, Query()] = None,
        where: Annotated[list[str] | None, Query()] = None,
        as_of: str | None = None,
        highlight: Annotated[list[str] | None, Query(
            description="Periods to mark (e.g. a claim's).")] = None,
        format: str = "vega-lite",
    ) -> Response:
        if format not in ("vega-lite", "svg", "png"):
            raise ApiError(400, f"format {format!r}: use vega-lite, svg or png")
        filters = parse_where(where or [])
        as_of_day = as_date(as_of, "as_of")
        result = await run(lambda engine: engine.query(
            measure, period, by=by or [], where=filters, as_of=as_of_day))
        _check_rows(result, limits)
        spec = query_spec(result, highlight=highlight)
        if format == "vega-lite":
            return JSONResponse(_jsonable(spec))
        drawn = await run_in_threadpool(render, spec, format)
        return Response(drawn, media_type="image/svg+xml" if format == "svg" else "image/png")

    @app.get("/api/find", tags=["query"],
             summary="Where a figure comes from: the official figures equal to a number",
             description="The same semantics and JSON as `borderstats find --json`: every "
                         "measure's months, fiscal and calendar years and years to date, "
                         "whole and by one breakdown, each match with its query.")
    async def find(
        figure: Annotated[str, Query(description="The count: 90415, 90,415, '51 mil 72'.")],
        within: Annotated[float, Query(
            description="How close, in percent (default 0: exactly).", ge=0, lt=100)] = 0.0,
        measure: Annotated[list[str] | None, Query(
            description="Search only these measures; repeatable.")] = None,
        start: Annotated[str | None, Query(
            alias="from", description="Periods ending in or after: 2023, 2023-10.")] = None,
        end: Annotated[str | None, Query(
            alias="to", description="Periods ending in or before: 2024, 2024-09.")] = None,
        whole: Annotated[bool, Query(description="Whole series only.")] = False,
    ) -> dict:
        from borderstats.claims.text import one_count
        from borderstats.figure_search import find_figure
        from borderstats.periods import parse_period

        value = one_count(figure)
        first = parse_period(start).start if start else None
        last = parse_period(end).end if end else None
        matches = await run(lambda engine: find_figure(
            engine, value, within=within / 100, measures=measure, start=first, end=last,
            groups=not whole))
        return _jsonable({"figure": value, "within": within / 100,
                          "matches": [m.to_dict() for m in matches]})

    @app.post("/api/chart/series", tags=["check"],
              summary="A checked claim's series (its `series` object) as a Vega-Lite chart")
    def chart_series(series: ClaimSeries) -> dict:
        if len(series.points) > limits.rows:
            raise ApiError(413, f"points: {len(series.points):,}, over the limit of "
                                f"{limits.rows:,}")
        return _jsonable(series_spec(series.model_dump()))

    # -- the claim checker ---------------------------------------------------------------

    @app.post("/api/check", tags=["check"],
              summary="Check the figures in a text",
              description="The same JSON as `borderstats check --json` (its JSON Schema: "
                          "/api/check/schema). The body is JSON `{text, date, as_of, "
                          "lang}`, plain text (date, as_of, lang as query parameters), or a "
                          "form with a `file` or `text` field.",
              openapi_extra={"requestBody": {"content": {
                  "application/json": {"schema": {"type": "object", "required": ["text"],
                                                  "properties": {
                                                      "text": {"type": "string"},
                                                      "date": {"type": "string"},
                                                      "as_of": {"type": "string"},
                                                      "lang": {"type": "string"},
                                                      "cautious": {"type": "boolean"}}}},
                  "text/plain": {"schema": {"type": "string"}},
                  "multipart/form-data": {"schema": {"type": "object", "properties": {
                      "file": {"type": "string", "format": "binary"},
                      "text": {"type": "string"}, "date": {"type": "string"},
                      "lang": {"type": "string"}}}}}, "required": True}})
    async def check(request: Request) -> dict:
        fields = await _check_fields(request, limits)
        text = fields["text"]
        if not text.strip():
            raise ApiError(400, "text: empty; give the text to check")
        if len(text) > limits.text_chars:
            raise ApiError(413, f"text: {len(text):,} characters, over the limit of "
                                f"{limits.text_chars:,}")
        lang = fields.get("lang") or "auto"
        from borderstats.claims.i18n import LANGUAGES, WORDS

        if lang != "auto" and lang not in LANGUAGES:
            raise ApiError(400, f"lang {lang!r}: use {WORDS.choices()}")
        day = as_date(fields.get("date") or None, "date")
        as_of_day = as_date(fields.get("as_of") or None, "as_of")
        cautious = _flag(fields.get("cautious"), "cautious")
        return await run(lambda engine: _check(engine, text, day, as_of_day, lang, cautious))

    @app.get("/api/check/schema", tags=["check"], summary="The JSON Schema of a check")
    def check_schema() -> dict:
        text = resources.files("borderstats").joinpath(
            "schemas", "check.schema.json").read_text(encoding="utf-8")
        return json.loads(text)

    @app.get("/api/examples/{lang}", tags=["check"], summary="The example article")
    def example(lang: str) -> dict:
        from borderstats.examples import example as load_example

        chosen = load_example(lang)
        return {"language": chosen.language, "date": chosen.date.isoformat(),
                "text": chosen.text}

    # -- scripts -------------------------------------------------------------------------

    @app.get("/static/vega.js", include_in_schema=False)
    def vega_bundle() -> Response:
        return Response(javascript_bundle(), media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        types = {"app.js": "text/javascript", "style.css": "text/css"}
        if name not in types:
            raise StarletteHTTPException(404)
        return Response(_static(name), media_type=types[name],
                        headers={"Cache-Control": "public, max-age=3600"})

    # -- pages ---------------------------------------------------------------------------

    def page(name: str, lang: str, **context: Any) -> HTMLResponse:
        words = _ui_words()[lang]
        return HTMLResponse(templates.get_template(name).render(
            words=words, lang=lang, version=__version__, **context))

    @app.get("/", include_in_schema=False)
    async def overview(lang: str | None = None) -> HTMLResponse:
        lang = _language(lang)
        cards = await run(_overview)
        return page("overview.html.j2", lang, cards=cards)

    @app.get("/measures/{measure_id}", include_in_schema=False)
    async def measure_page(measure_id: str, lang: str | None = None) -> HTMLResponse:
        lang = _language(lang)
        m = _get_measure(measure_id, status=404)
        first, last = await run(lambda engine: engine.coverage(m))
        start = max(first, add_months(last, -59))
        return page("measure.html.j2", lang, measure=m,
                    default_from=f"{start:%Y-%m}", default_to=f"{last:%Y-%m}",
                    covered=f"{first:%Y-%m} – {last:%Y-%m}")

    @app.get("/check", include_in_schema=False)
    def check_page(lang: str | None = None) -> HTMLResponse:
        lang = _language(lang)
        return page("check.html.j2", lang, limits=limits)

    @app.get("/find", include_in_schema=False)
    async def find_page(lang: str | None = None, figure: str | None = None,
                        within: float = 0.0) -> HTMLResponse:
        from urllib.parse import urlencode

        from borderstats.claims.i18n import title
        from borderstats.claims.text import one_count
        from borderstats.figure_search import find_figure

        lang = _language(lang)
        matches, error, shown = None, None, figure
        if figure and figure.strip():
            try:
                value = one_count(figure)
                shown = f"{value:,.0f}"
                found = await run(lambda engine: find_figure(
                    engine, value, within=min(max(within, 0.0), 10.0) / 100))
                # (Each series' title in the page's language, where the catalog has one.)
                matches = [m.to_dict() | {"title": title(m.measure, lang) or m.result.title}
                           for m in found]
            except QueryError as exc:
                error = str(exc)
        # The language links keep the figure asked about.
        keep = "&" + urlencode({"figure": figure, "within": f"{within:g}"}) if figure else ""
        return page("find.html.j2", lang, figure=figure, within=within, matches=matches,
                    error=error, shown=shown, keep=keep)

    @app.get("/sources", include_in_schema=False)
    async def sources_page(lang: str | None = None) -> HTMLResponse:
        lang = _language(lang)
        return page("sources.html.j2", lang, sources=await run(_sources))

    @app.get("/sources/{source_id}", include_in_schema=False)
    async def source_page(source_id: str, lang: str | None = None, old: int | None = None,
                          new: int | None = None) -> HTMLResponse:
        lang = _language(lang)
        note = None
        try:
            info = await run(lambda engine: _source(engine, source_id, old, new))
        except ApiError as exc:
            raise StarletteHTTPException(404) from exc
        except QueryError as exc:  # two releases that cannot be compared: say why
            note = str(exc)
            info = await run(lambda engine: _source(engine, source_id))
        return page("source.html.j2", lang, source=info, note=note)

    return app


def app_from_environment() -> FastAPI:
    """The application for each worker process of ``borderstats serve --workers N``
    (uvicorn starts workers from an import path; the store and readers come in the
    environment variables the command sets)."""
    import os

    return create_app(Path(os.environ["BORDERSTATS_SERVE_DB"]),
                      readers=int(os.environ.get("BORDERSTATS_SERVE_READERS") or 4))


# -- what the routes do ----------------------------------------------------------------


def _get_measure(measure_id: str, status: int = 404) -> Measure:
    items = catalog()
    if measure_id not in items:
        raise ApiError(status, f"unknown measure {measure_id!r}; known: "
                               f"{', '.join(items)}")
    return items[measure_id]


def _check_rows(result: QueryResult, limits: Limits) -> None:
    if len(result.rows) > limits.rows:
        raise ApiError(413, f"the result has {len(result.rows):,} rows, over the limit of "
                            f"{limits.rows:,}: narrow the period, the breakdown or the filters")


def _download(result: QueryResult, format: str) -> Response:
    name = f"{result.measure}_{result.period.replace('..', '_to_')}"
    if format == "json":
        return JSONResponse(_jsonable(result.to_dict()))
    columns = list(dict.fromkeys(c for row in result.rows for c in row)) or ["value"]
    rows = result.rows or [{"value": result.value}]
    # Where each figure comes from travels with the file: the release ids and files.
    provenance = "; ".join(f"{p.source} release {p.release_id} ({p.file_name}, table "
                           f"{p.table}, {p.first}..{p.last})" for p in result.provenance)
    headers = {"Content-Disposition": f'attachment; filename="{name}.{format}"',
               "X-Borderstats-Provenance": provenance.encode("ascii", "replace").decode()}
    if format == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore",
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8",
                        headers=headers)
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows])
    table = table.replace_schema_metadata({
        "borderstats.query": json.dumps({k: v for k, v in _jsonable(result.to_dict()).items()
                                         if k != "rows"})})
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return Response(sink.getvalue(), media_type="application/vnd.apache.parquet",
                    headers=headers)


def _sources(engine: Engine) -> list[dict]:
    from borderstats.sources import sources as all_sources

    releases = engine.store.releases()
    return _jsonable([{**vars(info), "releases": [r for r in releases
                                                  if r["source"] == sid]}
                      for sid, info in all_sources().items()])


def _source(engine: Engine, source_id: str, old: int | None = None,
            new: int | None = None) -> dict:
    """A source, its releases, and what a vintage revised: two releases given (``old``,
    ``new``), or its latest against the vintage of the same file before it."""
    from borderstats.diff import diff_releases

    found = [s for s in _sources(engine) if s["id"] == source_id]
    if not found:
        raise ApiError(404, f"unknown source {source_id!r} (see /api/sources)")
    info = found[0]
    try:
        revised = diff_releases(engine.store, source_id, old, new).to_dict()
    except QueryError as exc:
        if old is not None or new is not None:
            raise
        info["latest_revisions"] = None  # one vintage only: nothing to compare
        info["latest_revisions_note"] = str(exc)
        return info
    revised["periods"] = [p for p in revised["periods"] if p["change"]]
    info["latest_revisions"] = revised
    return info


def _flag(value: str | None, name: str) -> bool:
    """A yes/no setting given as text ("true", "1", "yes"; "false", "0", "no")."""
    if value is None or value == "":
        return False
    word = value.strip().lower()
    if word in ("true", "1", "yes", "on"):
        return True
    if word in ("false", "0", "no", "off"):
        return False
    raise ApiError(400, f"{name}: {value!r} is not true or false")


def _check(engine: Engine, text: str, day: dt.date | None, as_of: dt.date | None,
           lang: str, cautious: bool = False) -> dict:
    from borderstats.claims import check as check_text
    from borderstats.vintages import note_later_vintages

    report = check_text(text, date=day, as_of=as_of, engine=engine, lang=lang,
                        cautious=cautious)
    if as_of is not None:
        note_later_vintages(report, text, date=day, engine=engine, lang=lang)
    return _jsonable(report)


async def _check_fields(request: Request, limits: Limits) -> dict[str, str]:
    """The text and its settings from a JSON, plain-text or form body."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    params = {k: v for k, v in request.query_params.items()
              if k in ("date", "as_of", "lang", "cautious")}
    if kind == "application/json":
        try:
            body = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
            raise ApiError(400, "body: not valid JSON") from None
        if not isinstance(body, dict):
            raise ApiError(400, "body: expected a JSON object with a string 'text'")
        fields = {**params}
        if isinstance(body.get("cautious"), bool):
            body["cautious"] = "true" if body["cautious"] else "false"
        for key in ("text", "date", "as_of", "lang", "cautious"):
            value = body.get(key)
            if value is not None and not isinstance(value, str):
                raise ApiError(400, f"{key}: expected a string, got "
                                    f"{type(value).__name__}")
            if value is not None:
                fields[key] = value
        if "text" not in fields:
            raise ApiError(400, "text: missing; give the text to check")
        return fields
    if kind == "text/plain":
        return {**params, "text": _decode(await request.body(), "body")}
    if kind == "multipart/form-data":
        form = await request.form(max_files=1, max_fields=8, max_part_size=limits.body_bytes)
        fields = {**params}
        for key in ("date", "as_of", "lang", "text", "cautious"):
            value = form.get(key)
            if isinstance(value, str) and value:
                fields[key] = value
        upload = form.get("file")
        if upload is not None and not isinstance(upload, str):
            fields["text"] = _decode(await upload.read(), f"file {upload.filename!r}")
        if "text" not in fields:
            raise ApiError(400, "text: missing; give a 'file' or a 'text' field")
        return fields
    raise ApiError(415, f"content type {kind or '(none)'!r}: send application/json, "
                        "text/plain or multipart/form-data")


def _decode(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"{what}: not UTF-8 text (byte {exc.start})") from None


def _overview(engine: Engine) -> list[dict]:
    """Each measure's latest month (or fiscal year, for a measure published only by year):
    its value, the one before, the same month a year before, and the recent past as a small
    chart."""
    cards = []
    for m in catalog().values():
        _, last = engine.coverage(m)
        start = add_months(last, -24)
        months = Period.between(Period.month(start.year, start.month),
                                Period.month(last.year, last.month))
        try:
            series = engine.query(m.id, months, by=["month"])
            labels = [f"{last:%Y-%m}", f"{add_months(last, -1):%Y-%m}",
                      f"{add_months(last, -12):%Y-%m}"]
            grain = "month"
        except QueryError:  # published by fiscal year only
            year = fiscal_year_of(last)
            series = engine.query(m.id, Period.between(
                Period.fiscal_year(year - 14), Period.fiscal_year(year)), by=["fiscal_year"])
            labels = [f"FY{year}", f"FY{year - 1}", ""]
            grain = "fiscal_year"
        values = {str(row[grain]): row for row in series.rows}
        latest, before, year_before = labels
        cards.append({
            "measure": m, "period": latest, "value": values.get(latest, {}).get("value"),
            "complete": values.get(latest, {}).get("complete", True),
            "previous": values.get(before, {}).get("value"), "previous_period": before,
            "year_before": values.get(year_before, {}).get("value"),
            "year_before_period": year_before,
            "sources": sorted({p.source for p in series.provenance}),
            "spec": _jsonable(sparkline_spec(series)),
            "query": f"borderstats query {m.id} --period {latest}",
        })
    return cards


def _templates() -> Any:
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("borderstats.web", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["number"] = lambda v: "—" if v is None else f"{v:,.0f}"
    env.filters["percent"] = _percent
    return env


def _percent(value: float | None, base: float | None) -> str:
    if value is None or not base:
        return "—"
    return f"{(value - base) / base * 100:+.1f}%"
