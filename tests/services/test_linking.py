"""Linking across articles: one row per organisation, event and place, whoever reported it."""

import pytest

from offshoring.models import Article, City, Event, EventMention, Metric, Organisation, PlaceMention, Region
from offshoring.services.ingest import upload_ingest
from offshoring.services.parse import article_parse

pytestmark = pytest.mark.django_db


def parsed(text: str) -> Article:
    outcome = upload_ingest(text=text).outcomes[0]
    article_parse(article_id=outcome.article_id)
    return Article.objects.get(id=outcome.article_id)


def test_web_help_and_webhelp_are_one_organisation(fake_extractor):
    first = parsed("Article un\n@org Web help | operator\n")
    second = parsed("Article deux\n@org Webhelp | operator\n")
    third = parsed("Article trois\n@org WEBHELP Maroc | operator\n")
    organisations = {m.organisation for a in (first, second, third) for m in a.organisation_mentions.all()}
    assert len(organisations) == 1
    assert organisations.pop().name == "Webhelp"


def test_an_unknown_organisation_is_created_once_whatever_its_spelling(fake_extractor):
    parsed("Article un\n@org Atlas Contact Center | operator\n")
    parsed("Article deux\n@org ATLAS contact-center | operator\n")
    rows = Organisation.objects.filter(key="atlascontactcenter")
    assert rows.count() == 1
    assert rows.get().is_reference is False and rows.get().mentions.count() == 2


def test_reference_acronym_and_full_name_resolve_to_the_reference_row(fake_extractor):
    article = parsed(
        "Article\n@org Association marocaine de la relation client | association\n@org ANAPEC | public_agency\n"
    )
    names = set(article.organisation_mentions.values_list("organisation__name", flat=True))
    assert Organisation.objects.get(acronym="AMRC").name in names


def test_siccam_16th_edition_in_oujda_from_two_outlets_is_one_event_with_two_sources(fake_extractor):
    first = parsed(
        "Dépêche MAP\n"
        "@event Salon international des centres de contacts et d'appels au Maroc (SICCAM) | salon | 16 | Oujda | -\n"
    )
    second = parsed("Autre site\n@event SICCAM | salon | 16 | Oujda | 2019-11-15\n")
    event = Event.objects.get()
    assert (event.edition, event.city.name, event.region.name) == (16, "Oujda", "Oriental")
    assert set(event.mentions.values_list("article_id", flat=True)) == {first.id, second.id}
    assert (event.date.isoformat(), event.date_precision) == ("2019-11-15", "day")  # completed by the second


def test_two_stops_of_a_roadshow_are_two_events(fake_extractor):
    parsed(
        "Régionales\n@event Régionales de la relation clients | roadshow | - | Tanger | 2009-01-09\n"
        "@event Régionales de la relation clients | roadshow | - | Marrakech | 2009-01-23\n"
    )
    assert sorted(Event.objects.values_list("city__name", flat=True)) == ["Marrakech", "Tanger"]


def test_reparse_does_not_duplicate_event_mentions(fake_extractor):
    article = parsed("Article\n@event SICCAM | salon | 16 | Oujda | -\n")
    Article.objects.filter(id=article.id).update(status="pending")
    article_parse(article_id=article.id)
    assert EventMention.objects.count() == 1 and Event.objects.count() == 1


def test_places_resolve_to_city_and_region_rows_old_names_included(fake_extractor):
    article = parsed(
        "Article\n@place Agadir | city | Souss-Massa\n@place Souss-Massa-Drâa | region | Souss-Massa\n"
        "@place Maroc | country | -\n@place Grand Casablanca | region | Casablanca-Settat\n"
    )
    mentions = {(m.city and m.city.name, m.region.name) for m in PlaceMention.objects.filter(article=article)}
    assert mentions == {("Agadir", "Souss-Massa"), (None, "Souss-Massa"), (None, "Casablanca-Settat")}


def test_metric_places_and_scope_are_linked(fake_extractor):
    parsed(
        "Article\n@metric students 115000 persons more_than - | Oriental | Oujda | Conseil de la région de l'Oriental\n"
    )
    metric = Metric.objects.get()
    assert metric.region == Region.objects.get(name="Oriental")
    assert metric.city == City.objects.get(name="Oujda")
    assert metric.organisation.kind == "regional_council"
