"""The web pages in a real browser: Debian's Chromium driven by Playwright, against a real
`borderstats serve` on 127.0.0.1. Every request a page makes must go to that server (the
pages work offline); a pasted `<script>` is shown, never run.

Screenshots of each page go to $BORDERSTATS_SCREENSHOTS when set (docs/screenshots/ is
refreshed that way), else to the test's temporary folder."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderstats.store import open_store

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and os.environ.get("CI", "") != "true",
    reason=f"{CHROMIUM} is missing (scripts/setup.sh installs it)")

INJECTION = ("<script>window.__ran = 1</script><img src=x onerror=\"window.__ran = 2\"> "
             "In fiscal year 2023, CBP recorded nearly 2.5 million encounters at the "
             "southwest border.")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("served") / "store.duckdb"
    open_store(db).close()
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "borderstats", "serve", "--port", str(port), "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base}/api/measures", timeout=2):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(
                    f"the server did not start: {process.stderr.read()}") from None
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=FLAGS,
            viewport={"width": 1280, "height": 900}, accept_downloads=True)
        yield context
        context.close()


@pytest.fixture
def page(browser, server: str) -> Iterator:
    """A page that records every request to another host and every script error."""
    page = browser.new_page()
    page.elsewhere = []
    page.errors = []
    page.on("request", lambda r: None if r.url.startswith((server, "data:", "blob:"))
            else page.elsewhere.append(r.url))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    yield page
    assert page.elsewhere == [], "the page asked another host"
    assert page.errors == []
    page.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = os.environ.get("BORDERSTATS_SCREENSHOTS")
    folder = Path(target) if target else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def fits_a_phone(page) -> None:
    page.set_viewport_size({"width": 375, "height": 800})
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page is {overflow} px wider than a phone's screen"
    page.set_viewport_size({"width": 1280, "height": 900})


def test_overview_shows_each_series_latest_month_with_charts(page, server: str,
                                                             shots: Path) -> None:
    page.goto(server + "/")
    page.wait_for_selector(".card .chart[data-drawn] svg")
    cards = page.locator(".card")
    assert cards.count() >= 10
    swb = page.locator(".card", has=page.locator("#m-swb_encounters"))
    assert swb.locator(".value").inner_text().replace(",", "").isdigit()
    page.wait_for_function("document.querySelectorAll('.card .chart[data-drawn]').length"
                           f" === {cards.count()}")
    page.screenshot(path=str(shots / "overview.png"), full_page=True)
    fits_a_phone(page)
    page.set_viewport_size({"width": 375, "height": 800})
    page.screenshot(path=str(shots / "overview-phone.png"))
    page.set_viewport_size({"width": 1280, "height": 900})


def test_measure_page_changes_period_and_downloads_csv(page, server: str,
                                                       shots: Path) -> None:
    page.goto(server + "/measures/swb_encounters")
    page.wait_for_selector("#chart[data-drawn] svg")
    assert "Definition" in page.inner_text("main")
    page.fill("input[name=from]", "FY2023")
    page.fill("input[name=to]", "FY2023")
    page.press("input[name=to]", "Enter")
    page.wait_for_function("document.getElementById('table-caption').textContent"
                           ".includes('FY2023..FY2023')")
    rows = page.locator("#table tbody tr")
    assert rows.count() == 12
    assert rows.first.inner_text().split("\t")[0] == "2022-10"
    assert "2,475,669" in page.inner_text("#table-caption")
    page.select_option("select[name=time]", "fiscal_year")
    page.wait_for_function("document.querySelectorAll('#table tbody tr').length === 1")
    page.wait_for_selector("#chart[data-drawn] svg")
    # Tooltips and a brush: the chart is Vega's, with an interval selection on time.
    assert page.locator("#chart svg .mark-rect, #chart svg path").count() > 0
    with page.expect_download() as download_info:
        page.click("#dl-csv")
    download = download_info.value
    assert download.suggested_filename == "swb_encounters_FY2023_to_FY2023.csv"
    assert Path(download.path()).read_text().splitlines() == [
        "fiscal_year,complete,value", "FY2023,True,2475669"]
    # A filter: Border Patrol's share of the same fiscal year.
    page.fill("input[name=where]", "component=border patrol")
    page.press("input[name=where]", "Enter")
    page.wait_for_function("document.getElementById('table-caption').textContent"
                           ".includes('2,045,838')")
    assert page.inner_text("#reproduce") == ("borderstats query swb_encounters --period "
                                             "FY2023..FY2023 --by fiscal_year "
                                             "--where 'component=border patrol'")
    page.fill("input[name=where]", "")
    page.locator("input[name=where]").blur()
    page.select_option("select[name=time]", "month")
    page.wait_for_function("document.querySelectorAll('#table tbody tr').length === 12")
    page.wait_for_selector("#chart[data-drawn] svg")
    page.screenshot(path=str(shots / "measure.png"), full_page=True)
    fits_a_phone(page)


def test_the_time_brush_zooms_the_chart(page, server: str) -> None:
    page.goto(server + "/measures/swb_encounters")
    page.wait_for_selector("#chart[data-drawn] svg")
    labels = "g.concat_0_group .role-axis-label text"
    before = page.eval_on_selector_all(labels, "ts => ts.map(t => t.textContent)")
    box = page.locator("#chart svg g.concat_1_group").bounding_box()
    y = box["y"] + box["height"] / 3
    page.mouse.move(box["x"] + box["width"] * 0.55, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=8)
    page.mouse.up()
    page.wait_for_function("([sel, first]) => document.querySelector(sel).textContent !== first",
                           arg=[labels, before[0]])
    after = page.eval_on_selector_all(labels, "ts => ts.map(t => t.textContent)")
    assert after[0] != before[0]  # the line now starts later: zoomed on the brushed months


def test_a_bad_period_is_shown_as_an_error(page, server: str) -> None:
    page.goto(server + "/measures/swb_encounters")
    page.wait_for_selector("#chart[data-drawn] svg")
    page.fill("input[name=from]", "FY20x")
    page.press("input[name=from]", "Enter")
    page.wait_for_selector("#query-error:not([hidden])")
    assert "period 'FY20x' is not understood" in page.inner_text("#query-error")
    page.errors.clear()  # the 400 answer is logged by the browser as a failed fetch


def check_example(page, server: str, lang: str) -> None:
    page.goto(f"{server}/check?lang={lang}")
    page.click("#example-button")
    page.wait_for_function("document.getElementById('text').value.length > 100")
    page.click("#check-button")
    page.wait_for_selector("#marked .claim", timeout=60_000)


def test_checker_marks_claims_and_opens_one(page, server: str, shots: Path) -> None:
    check_example(page, server, "en")
    claims = page.locator("#marked .claim")
    assert claims.count() >= 15
    verdicts = set(page.eval_on_selector_all("#marked .claim",
                                             "marks => marks.map(m => m.dataset.verdict)"))
    assert {"accurate", "inaccurate"} <= verdicts
    assert page.inner_text("#summary").startswith("22 claims")
    # Every claim is listed too, a claim inside another's words included.
    assert page.locator("#claim-list li").count() == 22
    wrong = page.locator("#marked .claim.v-inaccurate", has_text="passed 3 million")
    wrong.click()
    detail = page.locator("#detail")
    detail.locator("text=Reading chosen").wait_for()
    text = detail.inner_text()
    assert "inaccurate" in text and "2,475,669" in text
    assert "borderstats query swb_encounters --period FY2023" in text
    assert "Other readings" in text and "Official figures" in text
    page.wait_for_selector("#claim-chart[data-drawn] svg")
    page.screenshot(path=str(shots / "check.png"), full_page=True)
    fits_a_phone(page)


def test_checker_in_the_cautious_reading(page, server: str) -> None:
    # Border Patrol, Southwest: June 2025 6,068 (more than 6,000); May 2025 8,725.
    page.goto(f"{server}/check?lang=en")
    page.fill("#text", "In June 2025 Border Patrol apprehended more than 6,000 migrants at "
                       "the southwest border, and in May 2025 it apprehended 20,000.")
    page.fill("#date", "2025-07-20")
    page.check("#cautious")
    page.click("#check-button")
    page.wait_for_selector("#claim-list li")
    badges = page.eval_on_selector_all("#claim-list .badge", "b => b.map(x => x.className)")
    assert badges == ["badge v-accurate", "badge v-unverifiable"]


def test_checker_works_by_keyboard(page, server: str) -> None:
    check_example(page, server, "en")
    page.locator("#marked .claim").first.focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.locator("#detail h3").wait_for()
    assert page.evaluate("document.activeElement.id") == "detail"
    assert page.locator("#marked .claim[aria-pressed=true]").count() == 1


def test_checker_in_spanish(page, server: str, shots: Path) -> None:
    check_example(page, server, "es")
    assert page.get_attribute("html", "lang") == "es"
    assert "afirmaciones" in page.inner_text("#summary")
    page.locator("#marked .claim").first.click()
    detail = page.locator("#detail")
    detail.locator("text=Lectura elegida").wait_for()
    assert "Veredicto" in detail.inner_text()
    page.screenshot(path=str(shots / "check-es.png"), full_page=True)


def test_a_pasted_script_is_shown_not_run(page, server: str) -> None:
    page.goto(server + "/check")
    page.fill("#text", INJECTION)
    page.fill("#date", "2024-03-20")
    page.click("#check-button")
    page.wait_for_selector("#marked .claim")
    assert page.evaluate("window.__ran") is None
    shown = page.inner_text("#marked")
    assert shown.startswith("<script>window.__ran = 1</script><img src=x onerror=")
    assert page.locator("#marked script, #marked img").count() == 0
    page.locator("#marked .claim").first.click()
    page.locator("#detail h3").wait_for()
    assert page.evaluate("window.__ran") is None


def test_a_text_file_is_uploaded_and_checked(page, server: str, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("In fiscal year 2023, CBP recorded nearly 2.5 million encounters at the "
                     "southwest border.", encoding="utf-8")
    page.goto(server + "/check")
    page.set_input_files("#file", str(draft))
    page.wait_for_function("document.getElementById('text').value.includes('2.5 million')")
    page.click("#check-button")
    page.wait_for_selector("#marked .claim.v-accurate")


def test_source_pages(page, server: str, shots: Path) -> None:
    page.goto(server + "/sources")
    page.click("text=CBP Southwest Land Border Encounters")
    page.wait_for_url("**/sources/cbp_swb_encounters*")
    text = page.inner_text("main")
    assert "sbo-encounters-fy22-fy25-aug.csv" in text and "What a vintage revised" in text
    # Any two vintages compared: the FY2019–FY2022 file against the latest one.
    for name, file in (("old", "fy19-fy22"), ("new", "fy22-fy25-aug")):
        value = page.locator(f"select[name={name}] option", has_text=file).get_attribute("value")
        page.select_option(f"select[name={name}]", value)
    page.click("text=Compare")
    page.wait_for_url("**old=*")
    assert ("sbo-encounters-fy19-fy22.csv (2022-10-15) → sbo-encounters-fy22-fy25-aug.csv "
            "(2025-09-15)") in page.inner_text("main")
    page.screenshot(path=str(shots / "source.png"), full_page=True)
    fits_a_phone(page)


def test_find_says_where_a_figure_comes_from(page, server: str, shots: Path) -> None:
    # From the menu, a figure typed as a story writes it: CBP's nationwide count of Indian
    # nationals in FY2024 (90,415), with the query that gives it.
    page.goto(server + "/")
    page.click("text=Find a figure")
    page.wait_for_url("**/find*")
    page.fill("#figure", "90,415")
    page.click("#find-button")
    page.wait_for_selector("#find-results")
    row = page.inner_text("#find-results + .table-wrap tbody tr")
    assert "FY2024" in row and "citizenship IND" in row
    assert "borderstats query nationwide_encounters --period FY2024" in row
    page.screenshot(path=str(shots / "find.png"), full_page=True)
    fits_a_phone(page)
    # In Spanish, the series by their Spanish titles; the language links keep the figure.
    page.goto(server + "/find?lang=es&figure=90415")
    assert "Encuentros en todo el país" in page.inner_text("#find-results + .table-wrap")
    page.click("text=English")
    page.wait_for_selector("#find-results")
    assert "Official figures equal to 90,415" in page.inner_text("#find-results")
    # Words that give no count are answered in the page, not with an error page.
    page.goto(server + "/find?lang=es&figure=muchos")
    assert "give one positive count" in page.inner_text("#find-error")


def test_every_page_is_skip_linked_and_fits_a_phone(page, server: str) -> None:
    for path in ("/", "/check", "/sources", "/find", "/check?lang=es"):
        page.goto(server + path)
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip"
        fits_a_phone(page)


def test_api_documentation_works_offline(page, server: str) -> None:
    page.goto(server + "/docs")
    page.get_by_text("/api/query", exact=True).first.wait_for()
