"""The HTTP API of `borderstats serve`: every endpoint, its answers against the engine's, and
bad input as one clear JSON error with the right status code."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderstats.query import Engine
from borderstats.store import open_reader, open_store
from borderstats.web.app import Limits, create_app

ARTICLE = ("In fiscal year 2023, US Customs and Border Protection recorded nearly 2.5 million "
           "encounters at the southwest border.")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "store.duckdb"
    open_store(path).close()  # filled from the bundled snapshot
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    limits = Limits(body_bytes=200_000, text_chars=20_000, rows=500, seconds=20)
    with TestClient(create_app(db, limits=limits, readers=2)) as test_client:
        yield test_client


def error_of(response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and body["error"]["status"] == status
    message = body["error"]["message"]
    assert "\n" not in message and "Traceback" not in message
    return message


# -- catalog and sources -------------------------------------------------------------------


def test_measures_list_the_catalog(client: TestClient) -> None:
    measures = client.get("/api/measures").json()["measures"]
    ids = [m["id"] for m in measures]
    assert ids[:2] == ["swb_encounters", "usbp_swb_encounters"]
    swb = measures[0]
    assert swb["unit"] == "encounters" and "citizenship" in swb["dimensions"]
    assert swb["spans"][0]["source"] == "cbp_swb_encounters"


def test_one_measure_and_an_unknown_one(client: TestClient) -> None:
    assert client.get("/api/measures/darien_transits").json()["unit"] == "transits"
    message = error_of(client.get("/api/measures/swb_encounter"), 404)
    assert "'swb_encounter'" in message and "swb_encounters" in message


def test_sources_hold_their_releases(client: TestClient) -> None:
    sources = {s["id"]: s for s in client.get("/api/sources").json()["sources"]}
    swb = sources["cbp_swb_encounters"]
    assert swb["publisher"] == "U.S. Customs and Border Protection"
    files = {r["file_name"] for r in swb["releases"]}
    assert {"sbo-encounters-fy19-fy22.csv", "sbo-encounters-fy22-fy25-aug.csv"} <= files


def test_a_source_says_what_its_latest_vintage_revised(client: TestClient) -> None:
    swb = client.get("/api/sources/cbp_swb_encounters").json()
    revised = swb["latest_revisions"]
    assert revised["new"]["file_name"] == "sbo-encounters-fy22-fy25-aug.csv"
    assert revised["old"]["file_name"] == "sbo-encounters-fy22-fy25-nov.csv"
    # Only periods whose total changed are listed, each with its own arithmetic.
    for period in revised["periods"]:
        assert period["change"] == period["new"] - period["old"] != 0
    message = error_of(client.get("/api/sources/cbp"), 404)
    assert "'cbp'" in message


def test_a_source_compares_any_two_of_its_releases(client: TestClient) -> None:
    releases = {r["file_name"]: r["release_id"] for r in
                client.get("/api/sources/cbp_swb_encounters").json()["releases"]}
    old, new = releases["sbo-encounters-fy19-fy22.csv"], releases[
        "sbo-encounters-fy22-fy25-aug.csv"]
    revised = client.get(f"/api/sources/cbp_swb_encounters?old={old}&new={new}").json()[
        "latest_revisions"]
    assert (revised["old"]["release_id"], revised["new"]["release_id"]) == (old, new)
    # FY2019–FY2021 (October 2018 – September 2021) are only in the older file; FY2022 is in
    # both, so its months are compared.
    only_old = [p.split()[1] for p in revised["removed"] if p.startswith("swb_monthly ")]
    assert len(only_old) == 36 and (only_old[0], only_old[-1]) == ("2018-10", "2021-09")
    fy2022 = {"2021-10", "2021-11", "2021-12", *(f"2022-{m:02d}" for m in range(1, 10))}
    assert {p["period"] for p in revised["periods"]} <= fy2022
    assert "both releases" in error_of(
        client.get(f"/api/sources/cbp_swb_encounters?old={old}"), 400)
    assert "release 99999: no such release" in error_of(
        client.get(f"/api/sources/cbp_swb_encounters?old=99999&new={new}"), 400)
    darien = min(r["release_id"] for r in client.get("/api/sources/panama_darien").json()[
        "releases"])
    assert "not cbp_swb_encounters" in error_of(
        client.get(f"/api/sources/cbp_swb_encounters?old={darien}&new={new}"), 400)


# -- queries -------------------------------------------------------------------------------


def test_query_answers_as_the_engine_does(client: TestClient, db: Path) -> None:
    body = client.get("/api/query", params={"measure": "swb_encounters",
                                            "period": "FY2023"}).json()
    assert body["value"] == 2_475_669  # CBP's published FY2023 Southwest total
    with Engine(open_reader(db)) as engine:
        expected = engine.query("swb_encounters", "FY2023").to_dict()
    assert body == json.loads(json.dumps(expected, default=str))
    assert body["provenance"][0]["sha256"]


def test_query_breaks_down_and_filters(client: TestClient) -> None:
    body = client.get("/api/query", params=[
        ("measure", "swb_encounters"), ("period", "FY2023"), ("by", "month"),
        ("where", "component=border patrol")]).json()
    assert body["filters"] == {"component": ["border patrol"]}
    assert len(body["rows"]) == 12 and body["rows"][0]["month"] == "2022-10"
    assert sum(r["value"] for r in body["rows"]) == body["value"] == 2_045_838


def test_query_downloads_csv_and_parquet(client: TestClient) -> None:
    params = {"measure": "swb_encounters", "period": "FY2023", "by": "month"}
    csv_response = client.get("/api/query", params={**params, "format": "csv"})
    assert csv_response.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv_response.headers["content-disposition"]
    assert "cbp_nationwide_encounters release" in \
        csv_response.headers["x-borderstats-provenance"]
    lines = csv_response.text.splitlines()
    assert lines[0] == "month,complete,value" and lines[1] == "2022-10,True,231529"
    assert len(lines) == 13
    parquet = client.get("/api/query", params={**params, "format": "parquet"})
    table = pq.read_table(io.BytesIO(parquet.content))
    assert table.num_rows == 12 and sum(table.column("value").to_pylist()) == 2_475_669
    meta = json.loads(table.schema.metadata[b"borderstats.query"])
    assert meta["value"] == 2_475_669 and meta["provenance"]


@pytest.mark.parametrize(("params", "status", "words"), [
    ({"measure": "nope", "period": "FY2023"}, 404, "unknown measure 'nope'"),
    ({"measure": "swb_encounters", "period": "FY20x"}, 400, "period 'FY20x'"),
    ({"measure": "swb_encounters", "period": "2024-13"}, 400, "month 13"),
    ({"measure": "swb_encounters", "period": "FY2023", "by": "shoe_size"}, 400, "shoe_size"),
    ({"measure": "swb_encounters", "period": "FY2023", "where": "citizenship"}, 400,
     "citizenship"),
    ({"measure": "swb_encounters", "period": "FY2023", "as_of": "yesterday"}, 400,
     "yesterday"),
    ({"measure": "swb_encounters", "period": "FY2023", "format": "xlsx"}, 400, "'xlsx'"),
    ({"period": "FY2023"}, 422, "measure"),
    ({"measure": "swb_encounters", "period": "1950"}, 400, "1950"),
])
def test_a_bad_query_is_one_clear_error(client: TestClient, params: dict, status: int,
                                        words: str) -> None:
    assert words in error_of(client.get("/api/query", params=params), status)


def test_sql_in_a_parameter_is_only_a_value(client: TestClient) -> None:
    message = error_of(client.get("/api/query", params={
        "measure": "swb_encounters; DROP TABLE observations", "period": "FY2023"}), 404)
    assert "DROP TABLE" in message
    assert client.get("/api/query", params={"measure": "swb_encounters",
                                            "period": "FY2023"}).status_code == 200


def test_a_result_over_the_row_limit_is_refused(client: TestClient) -> None:
    message = error_of(client.get("/api/query", params=[
        ("measure", "nationwide_encounters"), ("period", "FY2021..FY2024"), ("by", "month"),
        ("by", "citizenship")]), 413)
    assert "over the limit of 500" in message


def test_chart_is_a_vega_lite_spec_or_a_drawing(client: TestClient) -> None:
    params = {"measure": "swb_encounters", "period": "FY2023", "by": "month"}
    spec = client.get("/api/chart", params=params).json()
    detail, overview = spec["vconcat"]
    assert overview["params"][0]["select"] == {"type": "interval", "encodings": ["x"]}
    assert detail["encoding"]["x"]["scale"] == {"domain": {"param": "brush"}}
    assert sum(v["value"] for v in spec["data"]["values"]) == 2_475_669
    svg = client.get("/api/chart", params={**params, "format": "svg"})
    assert svg.headers["content-type"] == "image/svg+xml" and "<svg" in svg.text
    png = client.get("/api/chart", params={**params, "format": "png"})
    assert png.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert "'gif'" in error_of(client.get("/api/chart", params={**params, "format": "gif"}),
                               400)


def test_a_claims_series_is_charted(client: TestClient) -> None:
    series = {"measure": "swb_encounters", "grain": "fiscal_year", "unit": "encounters",
              "points": [{"period": "FY2022", "value": 2378944},
                         {"period": "FY2023", "value": 2475669}],
              "highlight": ["FY2023"], "reference": 2500000.0}
    spec = client.post("/api/chart/series", json=series).json()
    assert [r["highlight"] for r in spec["data"]["values"]] == [False, True]
    assert spec["layer"][-1]["data"]["values"] == [{"claimed": 2500000.0}]
    assert "points" in error_of(client.post("/api/chart/series", json={"grain": "day"}), 422)


# -- the checker ---------------------------------------------------------------------------


def test_check_answers_as_check_json(client: TestClient, db: Path) -> None:
    from borderstats.claims import check

    report = client.post("/api/check", json={"text": ARTICLE, "date": "2024-03-20"}).json()
    schema = json.loads(resources.files("borderstats").joinpath(
        "schemas", "check.schema.json").read_text())
    jsonschema.validate(report, schema)
    assert report["text_date"] == "2024-03-20" and report["date_reason"] == "given"
    (claim,) = report["claims"]
    assert claim["verdict"] == "accurate" and claim["official"][0]["value"] == 2_475_669
    with Engine(open_reader(db)) as engine:
        expected = check(ARTICLE, date="2024-03-20", engine=engine)
    assert report == json.loads(json.dumps(expected, default=str))


def test_check_as_published_by_a_date(client: TestClient) -> None:
    report = client.post("/api/check", json={"text": ARTICLE, "date": "2024-03-20",
                                             "as_of": "2024-03-20"}).json()
    assert report["as_of"] == "2024-03-20"
    for piece in report["claims"][0]["official"][0]["provenance"]:
        assert piece["published"] <= "2024-03-20"


def test_check_in_the_cautious_reading(client: TestClient) -> None:
    # Border Patrol, Southwest: June 2025 6,068 (more than 6,000); May 2025 8,725.
    text = ("In June 2025 Border Patrol apprehended more than 6,000 migrants at the "
            "southwest border, and in May 2025 it apprehended 20,000.")
    plain = client.post("/api/check", json={"text": text, "date": "2025-07-20"}).json()
    by_json = client.post("/api/check", json={"text": text, "date": "2025-07-20",
                                              "cautious": True}).json()
    by_query = client.post("/api/check?cautious=yes&date=2025-07-20", content=text.encode(),
                           headers={"content-type": "text/plain"}).json()
    assert [c["verdict"] for c in plain["claims"]] == ["accurate", "inaccurate"]
    for report in (by_json, by_query):
        assert [c["verdict"] for c in report["claims"]] == ["accurate", "unverifiable"]
    assert "cautious" in error_of(client.post("/api/check", json={
        "text": text, "cautious": "perhaps"}), 400)


def test_check_takes_plain_text_and_an_uploaded_file(client: TestClient) -> None:
    plain = client.post("/api/check?date=2024-03-20&lang=es", content=ARTICLE.encode(),
                        headers={"content-type": "text/plain; charset=utf-8"}).json()
    assert plain["claims"][0]["verdict"] == "accurate"
    assert plain["explanation_language"] == "es"
    upload = client.post("/api/check", data={"date": "2024-03-20"},
                         files={"file": ("draft.txt", ARTICLE.encode(), "text/plain")}).json()
    assert upload["claims"][0]["official"][0]["value"] == 2_475_669


@pytest.mark.parametrize(("kwargs", "status", "words"), [
    ({"json": {"text": ""}}, 400, "text: empty"),
    ({"json": {"text": "   \n"}}, 400, "text: empty"),
    ({"json": {"txt": ARTICLE}}, 400, "text: missing"),
    ({"json": {"text": 42}}, 400, "text: expected a string, got int"),
    ({"json": ["text"]}, 400, "JSON object"),
    ({"json": {"text": ARTICLE, "date": "20 March"}}, 400, "20 March"),
    ({"json": {"text": ARTICLE, "date": "2990-01-01"}}, 400, "future"),
    ({"json": {"text": ARTICLE, "lang": "fr"}}, 400, "lang 'fr'"),
    ({"json": {"text": "x" * 20_001}}, 413, "20,001 characters, over the limit of 20,000"),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400,
     "not valid JSON"),
    ({"content": ARTICLE.encode(), "headers": {"content-type": "application/xml"}}, 415,
     "'application/xml'"),
    ({"content": ARTICLE.encode(), "headers": {}}, 415, "'(none)'"),
    ({"content": b"\xff\xfe caf\xe9", "headers": {"content-type": "text/plain"}}, 400,
     "not UTF-8"),
    ({"files": {"file": ("draft.txt", b"\xe9t\xe9", "text/plain")}}, 400,
     "file 'draft.txt': not UTF-8"),
    ({"content": b"x" * 200_001, "headers": {"content-type": "text/plain"}}, 413,
     "over the limit of 200,000 bytes"),
])
def test_bad_text_to_check_is_one_clear_error(client: TestClient, kwargs: dict, status: int,
                                              words: str) -> None:
    assert words in error_of(client.post("/api/check", **kwargs), status)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
       period=st.text(max_size=20))
def test_any_text_or_period_gets_an_answer_or_a_clear_error(client: TestClient, text: str,
                                                            period: str) -> None:
    checked = client.post("/api/check", json={"text": text, "date": "2024-03-20"})
    if checked.status_code != 200:
        assert error_of(checked, 400)  # an empty text, or one holding NUL bytes
    queried = client.get("/api/query", params={"measure": "swb_encounters", "period": period})
    if queried.status_code != 200:
        assert error_of(queried, queried.status_code)
        assert queried.status_code in (400, 422)


def test_a_body_without_its_length_is_refused(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield ARTICLE.encode()

    message = error_of(client.post("/api/check", content=chunks(),
                                   headers={"content-type": "text/plain"}), 411)
    assert "Content-Length" in message


def test_check_schema_and_examples(client: TestClient) -> None:
    assert client.get("/api/check/schema").json()["title"]
    example = client.get("/api/examples/es").json()
    assert example["language"] == "es" and example["text"]
    assert error_of(client.get("/api/examples/fr"), 400)


def test_a_request_past_the_time_limit_gets_504(db: Path) -> None:
    limits = Limits(seconds=0.05)
    with TestClient(create_app(db, limits=limits, readers=1)) as slow:
        text = ARTICLE + " " + " ".join(
            f"In {m} 2023 there were about {100 + m} thousand encounters." for m in range(1, 13))
        message = error_of(slow.post("/api/check", json={"text": text * 20}), 504)
        assert "longer than the limit of 0.05 s" in message


# -- the service as a whole ----------------------------------------------------------------


def test_openapi_documents_every_api_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    api_routes = {r.path for r in client.app.routes if getattr(r, "path", "").startswith("/api/")}
    assert api_routes == set(paths)
    assert "text/plain" in paths["/api/check"]["post"]["requestBody"]["content"]
    docs = client.get("/docs").text
    assert "/static-offline-docs/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/static-offline-docs/swagger-ui-bundle.js").status_code == 200


def test_unknown_addresses_and_methods(client: TestClient) -> None:
    assert "/api/nowhere" in error_of(client.get("/api/nowhere"), 404)
    assert "method not allowed" in error_of(client.delete("/api/measures"), 405)
    page = client.get("/nowhere")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")


def test_the_server_reads_the_store_read_only(client: TestClient, db: Path) -> None:
    client.get("/api/query", params={"measure": "swb_encounters", "period": "FY2023"})
    pool = client.app.state.pool
    with pool.engine(wait=1) as engine:
        assert engine.store.read_only
        with pytest.raises(Exception, match="read-only"):
            engine.store.con.execute("DELETE FROM observations")
    # Another reader opens the store beside the server (a CLI session, a second server).
    with open_store(db, read_only=True) as other:
        assert other.counts()[0] > 0


@pytest.mark.parametrize("path", ["/", "/measures/swb_encounters", "/check", "/check?lang=es",
                                  "/sources", "/sources/panama_darien"])
def test_pages_render(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "http://" not in page.text.replace('href="http', "")  # no script from elsewhere
    assert '<script type="module" src="/static/vega.js">' in page.text
    if "lang=es" in path:
        assert '<html lang="es">' in page.text and "Verificar un artículo" in page.text


def test_static_files(client: TestClient) -> None:
    vega = client.get("/static/vega.js")
    assert vega.headers["content-type"].startswith("text/javascript")
    assert "window.vegaEmbed" in vega.text
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/static/nothing.js").status_code == 404


def test_every_api_route_and_page_is_documented(client: TestClient) -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "web.md").read_text()
    for route in client.app.routes:
        path = getattr(route, "path", "")
        if path.startswith("/api/"):
            for method in sorted(route.methods - {"HEAD"}):
                assert f"`{method} {path}`" in doc, f"{method} {path} is not in docs/web.md"
    for page in ("`/`", "`/measures/{id}`", "`/check`", "`/sources`, `/sources/{id}`"):
        assert page in doc


def test_a_fault_of_the_server_is_one_line_of_json(db: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Engine, "query", broken)
    with TestClient(create_app(db, readers=1), raise_server_exceptions=False) as faulty:
        message = error_of(faulty.get("/api/query", params={"measure": "swb_encounters",
                                                            "period": "FY2023"}), 500)
    assert message == "internal error (RuntimeError) answering GET /api/query"


def test_a_request_waits_a_bounded_time_for_a_store_reader(db: Path) -> None:
    from borderstats.web.engines import Busy, EnginePool

    pool = EnginePool(db, size=1)
    try:
        busy = pytest.raises(Busy, match="all 1 store readers stayed in use for 0.1 s")
        with pool.engine(wait=1) as held, busy, pool.engine(wait=0.1):
            pass
        with pool.engine(wait=0.1) as again:  # given back: the same reader, still open
            assert again is held and again.query("swb_encounters", "FY2023").value == 2_475_669
    finally:
        pool.close()


# -- where a figure comes from -------------------------------------------------------------


def test_find_says_where_a_figure_comes_from(client: TestClient) -> None:
    # CBP's nationwide file: Indian nationals, FY2024, 90,415 (as `borderstats find`).
    body = client.get("/api/find", params={"figure": "90,415"}).json()
    assert body["figure"] == 90_415 and body["within"] == 0
    assert [(m["measure"], m["where"], m["period"]) for m in body["matches"]] == [
        ("nationwide_encounters", {"citizenship": ["IND"]}, "FY2024")]
    assert body["matches"][0]["command"].startswith("borderstats query nationwide_encounters")
    near = client.get("/api/find", params={"figure": "2100000", "within": 1, "whole": True,
                                           "measure": "swb_encounters", "from": "2022",
                                           "to": "2023"}).json()["matches"]
    assert near and all(abs(m["value"] - 2_100_000) <= 21_000 and not m["where"]
                        for m in near)
    assert "give one positive count" in error_of(
        client.get("/api/find", params={"figure": "many"}), 400)
    assert "unknown measure" in error_of(
        client.get("/api/find", params={"figure": "9465", "measure": "crossings"}), 404)
