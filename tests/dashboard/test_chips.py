"""Active filters as chips: built from what the filter set accepted, each removable, labelled in the page's language."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.http import QueryDict

from dashboard.chips import active_filter_chips, clear_filters_url
from dashboard.filters import ArticleFilterSet, MetricFilterSet
from offshoring.models import Organisation

pytestmark = pytest.mark.django_db


def chips_of(filterset_class, query: str, path: str = "/metrics/"):
    params = QueryDict(query)
    return active_filter_chips(filterset_class(params), params, path)


def query_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_each_accepted_value_is_a_chip_with_its_label_in_french():
    amrc = Organisation.objects.get(key="amrc")  # from the reference data
    chips = chips_of(
        MetricFilterSet,
        f"q=emplois&region=souss-massa&region=national&year_min=2011&qualifier=about&kind=target"
        f"&organisation={amrc.pk}&year_missing=false&o=-value&columns=year&page=3",
    )
    assert [(chip.label, chip.value) for chip in chips] == [
        ("Recherche", "« emplois »"),
        ("Région", "Souss-Massa"),
        ("Région", "National (sans région)"),
        ("De l'année", "2011"),
        ("Sans année", "seulement les chiffres avec année"),
        ("Organisation", "AMRC"),
        ("Qualificatif", "environ"),
        ("Type", "objectif"),
    ]


def test_a_chip_links_to_the_page_without_that_value_only():
    chips = chips_of(MetricFilterSet, "region=souss-massa&region=national&year_min=2011&o=-value&page=3")
    souss, national, year = chips
    assert query_of(souss.remove_url) == {"region": ["national"], "year_min": ["2011"], "o": ["-value"]}
    assert query_of(national.remove_url) == {"region": ["souss-massa"], "year_min": ["2011"], "o": ["-value"]}
    assert query_of(year.remove_url) == {"region": ["souss-massa", "national"], "o": ["-value"]}
    assert all(chip.remove_url.startswith("/metrics/?") for chip in chips)  # and back to the first page


def test_the_last_chip_removed_leaves_the_bare_page():
    (chip,) = chips_of(MetricFilterSet, "region=souss-massa")
    assert chip.remove_url == "/metrics/"


def test_clear_all_keeps_how_the_page_is_shown():
    params = QueryDict("region=souss-massa&year_min=2011&o=-value&columns=year&columns=figure&per_page=25&page=2")
    assert query_of(clear_filters_url(params, "/metrics/")) == {
        "o": ["-value"],
        "columns": ["year", "figure"],
        "per_page": ["25"],
    }
    assert clear_filters_url(QueryDict("region=souss-massa"), "/metrics/") == "/metrics/"


def test_a_refused_value_has_no_chip():
    # The form reports "not a year" next to its field; the valid filters keep their chips.
    chips = chips_of(MetricFilterSet, "year_min=not-a-year&region=atlantis&kind=target")
    assert [(chip.label, chip.value) for chip in chips] == [("Type", "objectif")]


def test_no_filter_no_chip():
    assert chips_of(MetricFilterSet, "o=-value&columns=year&per_page=25&show=revenue") == []


def test_dates_and_yes_no_values_are_written_out():
    chips = chips_of(ArticleFilterSet, "published_from=2011-01-18&relevant=true&duplicates=true", "/articles/")
    assert [(chip.label, chip.value) for chip in chips] == [
        ("Pertinent", "Oui"),
        ("Publié depuis", "18 janvier 2011"),
        ("Quasi-doublons", "seulement les quasi-doublons"),
    ]


def test_pages_show_the_chips_in_the_readers_language(demo, analyst_client):
    html = analyst_client.get("/metrics/", {"region": "souss-massa", "kind": "target"}).content.decode()
    assert 'data-testid="active-filters"' in html
    assert "Région\u00a0: Souss-Massa" in html and "Type\u00a0: objectif" in html and "Tout effacer" in html
    analyst_client.cookies["django_language"] = "en"
    html = analyst_client.get("/metrics/", {"region": "souss-massa", "kind": "target"}).content.decode()
    assert "Region: Souss-Massa" in html and "Kind: target" in html and "Clear all" in html


def test_the_overview_shows_its_chips_but_not_the_indicator_switch(demo, analyst_client):
    html = analyst_client.get("/", {"region": "souss-massa", "show": "jobs_target"}).content.decode()
    assert "Région\u00a0: Souss-Massa" in html
    assert 'href="/?show=jobs_target"' in html  # removing the region keeps the indicator shown
    assert "Indicateur\u00a0:" not in html


def test_pages_without_filters_show_no_chips(demo, analyst_client):
    assert 'data-testid="active-filters"' not in analyst_client.get("/metrics/").content.decode()
