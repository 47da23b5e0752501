"""Figures per 10 000 inhabitants on the region list and region pages (?per=10000), HCP's 2024 population credited."""

from decimal import Decimal
from html import unescape

import pytest
from django.http import QueryDict

from dashboard.per_capita import per_inhabitants, per_toggle
from offshoring.models import Region
from tests.factories import ArticleFactory, MetricFactory, region

pytestmark = pytest.mark.django_db


def test_per_inhabitants_divides_counts_and_amounts_only():
    assert per_inhabitants(78000, "persons", 7_688_967) == Decimal("101")
    assert per_inhabitants(3900, "persons", 2_294_665) == Decimal("17.0")
    assert per_inhabitants(300, "persons", 3_020_431) == Decimal("0.99")
    assert per_inhabitants(1_000_000_000, "MAD", 7_688_967) == Decimal("1300565")
    for unit in ("percent", "other"):
        assert per_inhabitants(20, unit, 3_020_431) is None
    assert per_inhabitants(300, "persons", None) is None


def test_the_toggle_is_in_the_url():
    assert per_toggle(QueryDict("per=10000")) == (True, None)
    assert per_toggle(QueryDict("")) == (False, None)
    shown, message = per_toggle(QueryDict("per=abc"))
    assert not shown and "« per=abc » n'est pas proposé (seulement per=10000)" in message


@pytest.fixture
def regional_figures():
    """Employment in two regions, at the orders of magnitude issue 10 quotes (test data, not sector data)."""
    article = ArticleFactory(text="Casablanca-Settat compte 78 000 emplois ; l'Oriental en compte 3 900.")
    MetricFactory(article=article, region=region("casablanca-settat"), value=Decimal(78000), year=2022)
    MetricFactory(article=article, region=region("oriental"), value=Decimal(3900), year=2022, qualifier="about")
    # An older figure, a company's figure and a target do not make the latest actual figure of the sector.
    MetricFactory(article=article, region=region("oriental"), value=Decimal(2000), year=2015)
    MetricFactory(article=article, region=region("oriental"), value=Decimal(900000), year=2023, scope="company")
    MetricFactory(article=article, region=region("oriental"), value=Decimal(15000), year=2030, kind="target")


def test_region_list_shows_totals_then_figures_per_10000_inhabitants(regional_figures, analyst_client):
    html = unescape(analyst_client.get("/regions/").content.decode())
    assert "78\u202f000\u00a0personnes" in html and "environ 3\u202f900\u00a0personnes" in html
    assert "Pour 10\u202f000 habitants</th>" not in html
    assert '<td data-label="Population (2024)" class="number">7\u202f688\u202f967</td>' in html

    response = analyst_client.get("/regions/", {"per": "10000"})
    rows = {region.slug: latest for region, _count, latest in response.context["regions"]}
    assert rows["casablanca-settat"].per_inhabitants == "101\u00a0personnes"
    assert rows["oriental"].per_inhabitants == "environ 17\u00a0personnes"  # the qualifier carries over
    assert rows["souss-massa"] is None
    html = unescape(response.content.decode())
    assert "Pour 10\u202f000 habitants</th>" in html
    assert "© Haut-Commissariat au Plan (RGPH 2024)" in html
    assert 'href="/regions/oriental/?per=10000"' in html  # the region pages open in the same mode


def test_region_page_shows_its_latest_figures_per_10000_inhabitants(regional_figures, analyst_client):
    response = analyst_client.get("/regions/oriental/", {"per": "10000"})
    (employment,) = response.context["latest_figures"]
    assert (employment.text, employment.year, employment.per_inhabitants) == (
        "environ 3\u202f900\u00a0personnes",
        2022,
        "environ 17\u00a0personnes",
    )
    html = unescape(response.content.decode())
    assert "2\u202f294\u202f665 habitants au recensement de 2024." in html
    assert "© Haut-Commissariat au Plan (RGPH 2024)" in html
    without = unescape(analyst_client.get("/regions/oriental/").content.decode())
    assert 'data-testid="per-inhabitants"' not in without


def test_a_bad_toggle_value_is_reported_not_a_crash(regional_figures, analyst_client):
    for url in ("/regions/", "/regions/oriental/"):
        response = analyst_client.get(url, {"per": "1e9"})
        assert response.status_code == 200
        assert "« per=1e9 » n'est pas proposé" in unescape(response.content.decode())


def test_english_figures_per_10000_inhabitants(regional_figures, analyst_client):
    analyst_client.cookies["django_language"] = "en"
    html = unescape(analyst_client.get("/regions/", {"per": "10000"}).content.decode())
    assert "Per 10,000 inhabitants</th>" in html and "about 17\u00a0people" in html


def test_every_region_has_its_2024_population():
    assert Region.objects.filter(population_2024__isnull=True).count() == 0
