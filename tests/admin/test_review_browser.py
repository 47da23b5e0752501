"""A reviewer in a real browser (Playwright, Debian's chromium): review figures from the list, see the history.

Screenshots of the pages a reviewer and an admin meet first are left in test-artifacts/.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.urls import reverse

from offshoring.models import Metric
from offshoring.services.ingest import path_files, upload_ingest
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
PASSWORD = "pass-for-tests"
# The columns a reviewer needs, visible without scrolling sideways at 1400 px.
REVIEW_COLUMNS = ("figure_display", "evidence_excerpt", "rule_display", "confidence_display", "review_display")


@pytest.fixture
def site(live_server):
    report = upload_ingest(files=path_files([ROOT / "seeds"]), label="seeds")
    assert report.created == 5, report.summary()
    UserFactory(username="reviewer-b", group="admins", is_staff=True)
    return live_server.url


def reviewer_page(browser, site):
    page = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="fr-FR").new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{site}{reverse('admin:login')}")
    page.fill("#id_username", "reviewer-b")
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_load_state()
    return page, errors


def test_a_reviewer_confirms_and_rejects_from_the_list_and_sees_the_history(browser, site):
    page, errors = reviewer_page(browser, site)
    ARTIFACTS.mkdir(exist_ok=True)

    # The index says what waits, and leads there.
    to_review = Metric.objects.filter(review_state="auto").count()
    page.get_by_role("link", name=re.compile(rf"{to_review} chiffres à relire")).click()
    page.wait_for_url(re.compile(r"/admin/offshoring/metric/\?queue=todo"))

    # Every column a reviewer needs is on screen at 1400 px, the figure marked in its sentence.
    results = page.locator("#changelist-form .results")
    assert results.evaluate("el => el.scrollWidth <= el.clientWidth")
    for column in (*REVIEW_COLUMNS, "article_link"):
        box = page.locator(f"#result_list th.column-{column}").bounding_box()
        assert box and box["x"] + box["width"] <= 1400, column
    rows = page.locator("#result_list tbody tr")
    assert rows.count() >= 2
    assert rows.nth(0).locator("mark.figure").count() == 1
    page.screenshot(path=str(ARTIFACTS / "admin-metric-list.png"))

    # One click confirms the first figure, one click rejects the second: rows stay in place.
    first, second = rows.nth(0), rows.nth(1)
    first_id, second_id = (int(row.locator("[data-review]").get_attribute("data-review")) for row in (first, second))
    first.get_by_role("button", name=re.compile("^Confirmer")).click()
    first.locator("[data-review-label]").filter(has_text="Confirmé").wait_for()  # the answer of the POST
    second.get_by_role("button", name=re.compile("^Rejeter")).click()
    second.locator("[data-review-label]").filter(has_text="Rejeté").wait_for()
    assert first.locator("[data-review]").get_attribute("data-review") == str(first_id)  # still the same row
    assert first.get_by_role("button", name=re.compile("^Confirmer")).get_attribute("aria-pressed") == "true"
    assert page.url.endswith("?queue=todo")  # no reload
    assert dict(Metric.objects.filter(pk__in=[first_id, second_id]).values_list("pk", "review_state")) == {
        first_id: "confirmed",
        second_id: "rejected",
    }

    # From the keyboard as well: Tab reaches the buttons, Enter presses them.
    third = rows.nth(2)
    third.get_by_role("button", name=re.compile("^Confirmer")).focus()
    page.keyboard.press("Enter")
    third.locator("[data-review-label]").filter(has_text="Confirmé").wait_for()
    page.screenshot(path=str(ARTIFACTS / "admin-metric-list-reviewed.png"))

    # The history says what changed, from what to what, in words.
    first.get_by_role("link", name="Voir l'historique").click()
    page.wait_for_url(re.compile(rf"/admin/offshoring/metric/{first_id}/history/"))
    history = page.locator("#change-history").inner_text()
    assert "Relecture : Non relu → Confirmé" in history
    assert "Confirmé" in history and "reviewer-b" in history and "Extrait de l'article" in history
    page.screenshot(path=str(ARTIFACTS / "admin-metric-history.png"), full_page=True)

    # The metric's own page: the sentence, the review buttons, no widget that edits or deletes a region.
    page.goto(f"{site}{reverse('admin:offshoring_metric_change', args=[second_id])}")
    assert page.locator("#metric-review mark.figure").count() == 1
    assert page.locator("#metric-review button[data-review-button=rejected]").get_attribute("aria-pressed") == "true"
    assert page.locator(".related-widget-wrapper-link").count() == 0
    page.screenshot(path=str(ARTIFACTS / "admin-metric-change.png"), full_page=True)
    assert errors == []


def test_an_admin_uploads_with_a_manifest_and_sees_the_figures_found(browser, site, tmp_path):
    page, errors = reviewer_page(browser, site)
    ARTIFACTS.mkdir(exist_ok=True)
    demo = ROOT / "demo"
    manifest = tmp_path / "manifest.csv"
    lines = (demo / "manifest.csv").read_text(encoding="utf-8").splitlines()
    manifest.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")  # the header and three dispatches
    files = [str(demo / line.split(",", 1)[0]) for line in lines[1:4]]

    page.get_by_role("link", name="Déposer des articles").first.click()
    page.set_input_files("#id_files", files)
    page.set_input_files("#id_manifest", str(manifest))
    page.get_by_role("button", name="Déposer").click()
    page.wait_for_load_state()
    table = page.locator("#upload-results").inner_text()
    assert "3 créés" in page.locator("h2").first.inner_text()
    assert "chiffres trouvés" in table or "chiffre trouvé" in table
    assert page.locator("#upload-results .upload-figures a").count() >= 3
    page.screenshot(path=str(ARTIFACTS / "admin-upload-result.png"), full_page=True)
    assert errors == []
