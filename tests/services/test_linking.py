"""Linking across articles: one row per organisation, event and place, whoever reported it.

Every test runs the real extraction engine on short news items (tests/articles.py).
"""

import pytest

from offshoring.models import Article, City, Event, EventMention, Metric, Organisation, PlaceMention, Region
from offshoring.services.ingest import upload_ingest
from offshoring.services.parse import PARSED, article_parse
from tests.articles import (
    AMRC_ANAPEC,
    ATLAS_MEKNES,
    ATLAS_OUJDA,
    OLD_REGIONS,
    ORIENTAL_COUNCIL,
    REGIONALES,
    SICCAM_MAP,
    SICCAM_OTHER_OUTLET,
    WEB_HELP_RABAT,
    WEBHELP_FES,
    WEBHELP_MAROC_KENITRA,
)

pytestmark = pytest.mark.django_db


def parsed(text: str) -> Article:
    outcome = upload_ingest(text=text).outcomes[0]
    assert outcome.result == "created", outcome.message
    assert article_parse(article_id=outcome.article_id).result == PARSED
    return Article.objects.get(id=outcome.article_id)


def test_web_help_and_webhelp_are_one_organisation():
    articles = [parsed(WEB_HELP_RABAT), parsed(WEBHELP_FES), parsed(WEBHELP_MAROC_KENITRA)]
    organisations = {m.organisation for a in articles for m in a.organisation_mentions.all()}
    assert len(organisations) == 1
    webhelp = organisations.pop()
    assert (webhelp.name, webhelp.is_reference) == ("Webhelp", True)
    assert webhelp.mentions.count() == 3


def test_an_unknown_organisation_is_created_once_whatever_its_spelling():
    parsed(ATLAS_OUJDA)  # "Atlas Contact Center"
    parsed(ATLAS_MEKNES)  # "ATLAS Contact-Center"
    rows = Organisation.objects.filter(key="atlascontactcenter")
    assert rows.count() == 1
    atlas = rows.get()
    assert (atlas.name, atlas.kind, atlas.is_reference) == ("Atlas Contact Center", "operator", False)
    assert atlas.mentions.count() == 2
    assert set(atlas.mentions.values_list("name_as_written", flat=True)) == {
        "Atlas Contact Center",
        "ATLAS Contact-Center",
    }


def test_reference_acronym_and_full_name_resolve_to_the_reference_row():
    article = parsed(AMRC_ANAPEC)  # the AMRC by its full name, the ANAPEC by its acronym
    mentioned = {m.organisation for m in article.organisation_mentions.all()}
    assert Organisation.objects.get(acronym="AMRC") in mentioned
    assert Organisation.objects.get(acronym="ANAPEC") in mentioned
    assert all(organisation.is_reference for organisation in mentioned)


def test_siccam_16th_edition_in_oujda_from_two_outlets_is_one_event_with_two_sources():
    first = parsed(SICCAM_MAP)
    event = Event.objects.get()
    assert (event.kind, event.edition, event.city.name, event.region.name) == ("salon", 16, "Oujda", "Oriental")
    assert event.date is None  # "mercredi", in an article without a date
    second = parsed(SICCAM_OTHER_OUTLET)
    event = Event.objects.get()
    assert set(event.mentions.values_list("article_id", flat=True)) == {first.id, second.id}
    assert (event.date.isoformat(), event.date_precision) == ("2019-11-15", "day")  # completed by the second


def test_two_stops_of_a_roadshow_are_two_events():
    parsed(REGIONALES)
    stops = Event.objects.order_by("date").values_list("kind", "city__name", "date")
    assert [(kind, city, day.isoformat()) for kind, city, day in stops] == [
        ("roadshow", "Tanger", "2009-01-09"),
        ("roadshow", "Marrakech", "2009-01-23"),
    ]


def test_reparse_does_not_duplicate_event_mentions():
    article = parsed(SICCAM_MAP)
    Article.objects.filter(id=article.id).update(status="pending")
    assert article_parse(article_id=article.id).result == PARSED
    assert EventMention.objects.count() == 1 and Event.objects.count() == 1


def test_places_resolve_to_city_and_region_rows_old_names_included():
    article = parsed(OLD_REGIONS)  # Agadir, "Souss-Massa-Drâa", "Grand Casablanca" and the country
    mentions = {(m.city and m.city.name, m.region.name) for m in PlaceMention.objects.filter(article=article)}
    assert mentions == {("Agadir", "Souss-Massa"), (None, "Souss-Massa"), (None, "Casablanca-Settat")}


def test_metric_places_and_scope_are_linked():
    parsed(ORIENTAL_COUNCIL)
    metric = Metric.objects.get(indicator="investment")
    assert (metric.value, metric.unit) == (55000000, "MAD")
    assert metric.region == Region.objects.get(name="Oriental")
    assert metric.city == City.objects.get(name="Oujda")
    assert metric.organisation.kind == "regional_council"
    assert metric.organisation.name == "Conseil de la région de l'Oriental"
