"""Every dashboard page in a real browser at 1400 and 390 px, in French and English: no sideways scroll,
no serious or critical axe-core violation, error pages in the reader's language, and the small-screen
controls (filters, menu, chips, saved filters) working without JavaScript.

Screenshots of every page at both widths in both languages land in test-artifacts/layout/ for a person
to look at; the assertions below are what a screenshot cannot be trusted to show.
"""

from __future__ import annotations

import re

import pytest
from django.urls import NoReverseMatch, reverse

from dashboard.models import SavedFilter
from offshoring.models import Article, Event, Organisation
from tests.dashboard import test_browser
from tests.dashboard.test_browser import ARTIFACTS, PASSWORD
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
# The seeds parsed by the real extractor behind a live server, with their users: the other browser tests' site.
site = test_browser.site

WIDTHS = (1400, 390)
ANALYST = "analyst-b"
# (URL, status) of every page an analyst opens; {placeholders} are filled with objects of the seeds.
PAGES = [
    ("/", 200),
    ("/metrics/", 200),
    ("/metrics/?region=souss-massa&kind=target&year_min=2005", 200),
    ("/regions/?per=10000", 200),  # the widest form of the region pages: one more column
    ("/regions/souss-massa/?per=10000", 200),
    ("/articles/", 200),
    ("/organisations/", 200),
    ("/events/", 200),
    ("/articles/{article}/", 200),
    ("/organisations/{organisation}/", 200),
    ("/events/{event}/", 200),
    ("/saved/", 200),
    ("/saved/{saved}/delete/", 200),
    ("/about/", 200),
    ("/metrics/export/?format=csv", 403),
    ("/no-such-page/", 404),
]
# Said by the error pages, in each language.
ERROR_TEXTS = {
    ("fr", 403): ("Accès refusé", "Les exports sont réservés"),
    ("fr", 404): ("Page introuvable",),
    ("en", 403): ("Access refused", "Exports are for staff."),
    ("en", 404): ("Page not found",),
}
SERIOUS = ("serious", "critical")


def page_urls() -> list[tuple[str, str, int]]:
    """(name, URL, status) of each page: the name is the URL before its ids are filled in."""
    saved = SavedFilter.objects.create(
        user=UserFactory(username=ANALYST), name="Souss-Massa", path="/metrics/", query="region=souss-massa"
    )
    objects = {
        "article": Article.objects.filter(metrics__isnull=False).order_by("pk").first().pk,
        "organisation": Organisation.objects.filter(mentions__isnull=False).order_by("pk").first().pk,
        "event": Event.objects.order_by("pk").first().pk,
        "saved": saved.pk,
    }
    pages = [(url, url.format(**objects), status) for url, status in PAGES]
    try:  # the series table, where the consolidated values are
        pages.append(("/series/", reverse("dashboard:series"), 200))
    except NoReverseMatch:
        pass
    return pages


def new_page(browser, site, width: int, language: str, username: str | None = ANALYST, javascript: bool = True):
    context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=javascript)
    context.add_cookies([{"name": "django_language", "value": language, "url": site}])
    page = context.new_page()
    if username:
        page.goto(f"{site}/accounts/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.locator("section.login button[type=submit]").click()
        page.wait_for_load_state()
    return page


def settle(page) -> None:
    """Wait until Plotly has drawn every chart of the page, so its width is measured as a reader sees it."""
    page.wait_for_function("document.querySelectorAll('[data-chart]:not([data-rendered])').length === 0")


def overflow(page) -> int:
    """How many pixels the page scrolls sideways (0: none)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def serious_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)  # axe-core, bundled by the package: injected into the page, run there
    return [
        f"{violation['id']} ({violation['impact']}): {[node['target'] for node in violation['nodes']][:3]}"
        for violation in results.response["violations"]
        if violation["impact"] in SERIOUS
    ]


def screenshot(page, language: str, width: int, url: str) -> None:
    name = re.sub(r"[^a-z0-9]+", "-", url.lower()).strip("-") or "overview"  # "/articles/{article}/": articles-article
    folder = ARTIFACTS / "layout"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{language}-{width}-{name}.png"), full_page=True)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_page_fits_both_widths_and_passes_axe(browser, site, language):
    """French pages are also checked by axe-core (a few seconds a page): the markup is the same in English."""
    audit = serious_violations if language == "fr" else lambda page: []
    pages = page_urls()
    problems = []
    for width in WIDTHS:
        page = new_page(browser, site, width, language, username=None)
        page.goto(f"{site}/accounts/login/")
        login = [("/accounts/login/", overflow(page), audit(page))]
        screenshot(page, language, width, "/accounts/login/")
        page.context.close()

        page = new_page(browser, site, width, language)
        seen = []
        for name, url, status in pages:
            response = page.goto(f"{site}{url}")
            assert response.status == status, url
            assert page.locator("html").get_attribute("lang") == language, url
            for text in ERROR_TEXTS.get((language, status), ()):
                assert text in page.locator("main").inner_text(), (url, text)
            settle(page)
            seen.append((url, overflow(page), audit(page)))
            screenshot(page, language, width, name)
        page.context.close()
        for url, wider, violations in login + seen:
            if wider > 0:
                problems.append(f"{width}px {url}: scrolls {wider}px sideways")
            problems.extend(f"{width}px {url}: {violation}" for violation in violations)
    assert problems == []


def test_small_screens_fold_filters_and_menu_without_javascript(browser, site):
    page = new_page(browser, site, 390, "fr", javascript=False)
    page.goto(f"{site}/metrics/")
    region = page.locator("#id_region")
    assert not region.is_visible() and not page.locator(".mainnav").is_visible()
    page.get_by_text("Menu", exact=True).click()
    assert page.locator(".mainnav").get_by_role("link", name="À propos des données").is_visible()

    # Filter, from the folded panel: the chips above the table say what is applied, each removable.
    page.locator(".filter-panel > summary").click()
    region.select_option("souss-massa")
    page.locator("#id_year_min").fill("2011")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"region=souss-massa"))
    chips = page.locator("[data-testid=chip]")
    assert [chip.inner_text().split("×")[0].strip() for chip in chips.all()] == [
        "Région\u00a0: Souss-Massa",
        "De l'année\u00a0: 2011",
    ]
    assert overflow(page) <= 0
    chips.filter(has_text="De l'année").click()
    page.wait_for_load_state()
    assert "year_min" not in page.url and "region=souss-massa" in page.url

    # Save the view under a name, rename it, and delete it after confirming: all plain forms.
    page.locator("#id_save_name").fill("Souss")
    page.locator("form.save-filter button").click()
    page.wait_for_url(re.compile(r"/saved/$"))
    assert "Filtre « Souss » enregistré : il ouvre Chiffres." in page.locator(".messages").inner_text()
    page.get_by_role("link", name=re.compile("^Renommer")).click()
    page.locator("#id_name").fill("Souss-Massa, toutes années")
    page.get_by_role("button", name="Renommer").click()
    assert "renommé « Souss-Massa, toutes années »" in page.locator(".messages").inner_text()
    page.get_by_role("link", name=re.compile("^Supprimer")).click()
    assert SavedFilter.objects.filter(name="Souss-Massa, toutes années").exists()  # asking deletes nothing
    page.locator("[data-testid=confirm-delete]").click()
    assert "supprimé" in page.locator(".messages").inner_text()
    assert not SavedFilter.objects.exists()


def test_wide_screens_show_filters_and_menu_at_once(browser, site):
    page = new_page(browser, site, 1400, "fr")
    page.goto(f"{site}/metrics/")
    assert page.locator("#id_region").is_visible() and page.locator(".mainnav").is_visible()
    assert not page.locator(".filter-panel > summary").is_visible()
    assert not page.locator(".nav-menu > summary").is_visible()


def test_charts_show_a_loading_state_then_the_chart(browser, site):
    page = new_page(browser, site, 1400, "fr")
    page.goto(f"{site}/")
    settle(page)
    assert page.locator(".chart-loading").count() >= 3
    assert page.locator(".chart-loading:visible").count() == 0
    # Without JavaScript no chart will come: the loading text is hidden and the note says why.
    page = new_page(browser, site, 1400, "fr", javascript=False)
    page.goto(f"{site}/")
    assert page.locator(".chart-loading:visible").count() == 0
    assert "Les graphiques nécessitent JavaScript" in page.locator(".chart").first.inner_text()
