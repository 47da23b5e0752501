"""The dashboard in a real browser: Playwright driving Debian's chromium on the demo data."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from offshoring.services.ingest import path_files, upload_ingest
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
ARTIFACTS = ROOT / "test-artifacts"
PASSWORD = "pass-for-tests"


@pytest.fixture
def site(live_server):
    # The demo data, made as `make demo` makes it: the seed files through the ingestion service and
    # the real extractor (tasks run in-process in the test settings).
    report = upload_ingest(files=path_files([SEEDS]), label="seeds")
    assert report.created == 5, report.summary()
    UserFactory(username="analyst-b", group="analysts")
    UserFactory(username="staff-b", group="staff")
    return live_server.url


def logged_in_page(browser, site, username):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True, locale="fr-FR")
    page = context.new_page()
    # Offline by construction: any request leaving the site fails the test.
    outside = []
    page.on("request", lambda request: outside.append(request.url) if not request.url.startswith(site) else None)
    page.goto(f"{site}/")
    assert "/accounts/login/" in page.url
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("section.login button[type=submit]").click()
    page.wait_for_load_state()
    return page, outside


def test_anonymous_is_sent_to_login(browser, site):
    page = browser.new_page()
    page.goto(f"{site}/metrics/?region=souss-massa")
    assert re.search(r"/accounts/login/\?next=/metrics/", page.url)
    assert page.locator("#id_username").is_visible()


def test_analyst_reads_charts_table_and_evidence(browser, site):
    page, outside = logged_in_page(browser, site, "analyst-b")

    # Overview: the seed figures, French style, and the charts drawn by the locally served plotly.js.
    headlines = page.locator("[data-testid=headline]")
    assert "45\u202f000" in headlines.nth(0).inner_text()
    assert "4,5\u00a0Md\u00a0MAD" in headlines.nth(1).inner_text()
    page.wait_for_selector("[data-chart=years-employment][data-rendered=true]")
    page.wait_for_selector("[data-chart=map][data-rendered=true]")
    assert page.locator("[data-chart=map] .scatterlayer .trace").count() >= 13  # 12 outlines + bubbles
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=True)

    # A click on a chart point opens the table filtered to the rows behind it.
    # Plotly's drag layer sits above the points: click where the point is, as a user does.
    box = page.locator("[data-chart=years-employment] .scatterlayer .point").first.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(r"/metrics/\?.*region=souss-massa"))
    assert "moins de 300" in page.locator("table.data").inner_text()

    # The table filtered to Souss-Massa through the form shows the 2011 figures.
    page.goto(f"{site}/metrics/")
    page.select_option("#id_region", "souss-massa")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"region=souss-massa"))
    table = page.locator("table.data").inner_text()
    assert "2011" in table and "moins de 300" in table and "objectif : environ 3\u202f500" in table
    assert page.locator("table.data tbody tr").count() == 2

    # The evidence link opens the article with the sentence highlighted.
    page.locator("table.data tbody tr", has_text="moins de 300").locator("a.evidence").click()
    evidence = page.locator("mark#evidence")
    evidence.wait_for()
    assert "emploie moins de 300 personnes" in evidence.inner_text()

    # Analysts may not export.
    assert page.request.get(f"{site}/metrics/export/?region=souss-massa").status == 403
    assert outside == []


def test_staff_downloads_exactly_the_filtered_rows(browser, site):
    """The export button gives the page's rows, in the page's order, under the page's column labels,
    worded as the page words them; the French page offers the semicolon a French Excel expects."""
    page, outside = logged_in_page(browser, site, "staff-b")
    page.goto(f"{site}/metrics/?region=souss-massa&year_min=2011&year_max=2011&o=-value")
    labels = [th.inner_text().strip(" ▲▼") for th in page.locator("table.data thead th").all()]
    shown = [[td.inner_text() for td in tr.locator("td").all()] for tr in page.locator("table.data tbody tr").all()]
    assert page.locator("[data-testid=export-sep]").input_value() == "semicolon"
    with page.expect_download() as download_info:
        page.locator("[data-testid=export-csv]").click()
    download = download_info.value
    assert re.fullmatch(r"metrics-\d{4}-\d{2}-\d{2}\.csv", download.suggested_filename)
    body = Path(download.path()).read_bytes()
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    header = list(rows[0])
    assert header[0] == "ID"
    assert [name for name in header if name in labels] == labels  # every column of the page, in its order
    assert [(row["Année"], row["Indicateur"]) for row in rows] == [(cells[0], cells[1]) for cells in shown]
    assert [(row["Chiffre"], row["Précision"], row["Nature"]) for row in rows] == [
        ("3500", "environ", "objectif"),  # "un potentiel de création estimé à 3.500 emplois", sorted by value
        ("300", "moins de", "réel"),
    ]
    assert outside == []
