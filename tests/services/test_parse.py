"""The parse service: idempotent, all-or-nothing, and respectful of the analysts' review.

Every test runs the real extraction engine on a short news item (tests/articles.py).
"""

from datetime import date
from decimal import Decimal

import pytest
from django.db import OperationalError

from offshoring.extraction import PARSER_VERSION
from offshoring.models import Article, EventMention, Metric, OrganisationMention, PlaceMention
from offshoring.services.ingest import upload_ingest
from offshoring.services.parse import FAILED, PARSED, SKIPPED, article_parse
from offshoring.services.review import metric_edit, metrics_review
from tests.articles import AGADIR, BINARY, BINARY_ERROR
from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db


def ingest(text: str = AGADIR, **kwargs) -> Article:
    outcome = upload_ingest(text=text, **kwargs).outcomes[0]
    assert outcome.result == "created", outcome.message
    return Article.objects.get(id=outcome.article_id)


def parsed(text: str = AGADIR, **kwargs) -> Article:
    article = ingest(text, **kwargs)
    assert article_parse(article_id=article.id).result == PARSED
    article.refresh_from_db()
    return article


def rows(article: Article):
    """Everything a parse writes for an article, in a comparable form (ids of shared rows included; None sorts too)."""
    return (
        sorted(
            Metric.objects.filter(article=article).values_list(
                "indicator",
                "value",
                "unit",
                "qualifier",
                "year",
                "region__slug",
                "city__slug",
                "organisation__key",
                "start",
                "end",
                "confidence",
                "review_state",
                "fingerprint",
            ),
            key=repr,
        ),
        sorted(
            OrganisationMention.objects.filter(article=article).values_list("organisation_id", "name_as_written"),
            key=repr,
        ),
        sorted(PlaceMention.objects.filter(article=article).values_list("city_id", "region_id"), key=repr),
        sorted(EventMention.objects.filter(article=article).values_list("event_id", "sentence"), key=repr),
    )


def national_employment(article: Article) -> Metric:
    return Metric.objects.get(article=article, indicator="employment", value=Decimal("45000"))


def reparse(article: Article):
    Article.objects.filter(id=article.id).update(status="pending")
    return article_parse(article_id=article.id)


def test_parse_writes_the_result():
    article = ingest(publication_date=date(2012, 3, 4))
    outcome = article_parse(article_id=article.id)
    article.refresh_from_db()
    assert outcome.result == PARSED and outcome.metrics == 4
    assert article.status == "parsed" and article.error == ""
    assert article.parser_version == PARSER_VERSION
    assert article.attempts == 1 and article.parsed_at and article.parse_duration_ms is not None
    assert article.title == "Les centres d'appels recrutent à Agadir"
    assert (article.language, article.relevant) == ("fr", True)
    assert article.publication_date == date(2012, 3, 4)  # the date given at upload wins over the text's

    employment = national_employment(article)
    assert (employment.unit, employment.qualifier, employment.year) == ("persons", "exact", 2011)
    assert employment.region is None and employment.city is None and employment.organisation is None
    assert 0 < employment.confidence <= 1
    assert employment.sentence == article.text[employment.start : employment.end]
    assert "45.000 personnes" in employment.sentence
    revenue = Metric.objects.get(article=article, indicator="revenue")
    assert (revenue.value, revenue.unit) == (Decimal("4500000000"), "MAD")
    agadir = Metric.objects.get(article=article, indicator="employment", value=Decimal("300"))
    assert (agadir.region.name, agadir.city.name, agadir.qualifier) == ("Souss-Massa", "Agadir", "less_than")
    positions = Metric.objects.get(article=article, indicator="positions")
    assert (positions.value, positions.qualifier, positions.organisation.name) == (
        Decimal("1200"),
        "more_than",
        "Webhelp",
    )

    organisations = set(article.organisation_mentions.values_list("organisation__name", flat=True))
    assert {"Webhelp", "AMRC"} <= organisations  # the AMRC is named in full in the text
    places = set(PlaceMention.objects.filter(article=article).values_list("city__name", "region__name"))
    assert places == {("Agadir", "Souss-Massa"), (None, "Souss-Massa")}  # the country is not a place row


def test_publication_date_from_the_text_when_none_given():
    article = parsed()
    assert article.publication_date == date(2011, 1, 18) and not article.publication_date_given


UNDATED = """Les centres d'appels recrutent à Agadir
Le secteur emploie 45.000 personnes au Maroc, selon l'Association marocaine de la relation client (AMRC).
"""


def test_the_address_given_at_upload_dates_an_undated_article():
    article = parsed(UNDATED, url="https://www.example.ma/economie/2011/01/22/centres-appels-agadir")
    assert article.publication_date == date(2011, 1, 22) and not article.publication_date_given


def test_an_address_giving_only_the_month_stores_no_date_but_dates_the_figures():
    article = parsed(UNDATED, url="https://www.example.ma/2011/01/centres-appels-agadir")
    assert article.publication_date is None
    assert set(Metric.objects.filter(article=article).values_list("year", flat=True)) == {2011}


def test_the_outlet_the_page_names_fills_an_empty_outlet():
    article = parsed("Le360\n" + AGADIR)
    assert article.outlet == "Le360"
    article = parsed("Le360\n" + AGADIR.replace("Agadir", "Tiznit"), outlet="Médias24")
    assert article.outlet == "Médias24"  # the outlet given at upload wins


def test_parsing_twice_leaves_the_same_rows():
    article = parsed()
    first = rows(article)
    assert len(first[0]) == 4 and first[1] and first[2]
    assert reparse(article).result == PARSED
    assert rows(article) == first
    assert Metric.objects.count() == 4 and OrganisationMention.objects.count() == len(first[1])


def test_redelivered_task_of_a_parsed_article_does_nothing():
    article = parsed()
    assert article_parse(article_id=article.id).result == SKIPPED
    parsed_at = article.parsed_at
    article.refresh_from_db()
    assert article.attempts == 1 and article.parsed_at == parsed_at


def test_an_article_parsed_by_another_version_is_parsed_again():
    article = parsed()
    Article.objects.filter(id=article.id).update(parser_version="2020.0")
    assert article_parse(article_id=article.id).result == PARSED
    article.refresh_from_db()
    assert article.parser_version == PARSER_VERSION and article.attempts == 2


def test_missing_article_is_ignored():
    assert article_parse(article_id=987654).result == "missing"


def test_unreadable_input_marks_failed_with_the_error_and_writes_nothing():
    article = ArticleFactory(status="pending", raw=BINARY, raw_filename="scan.txt", parser_version="")
    outcome = article_parse(article_id=article.id)
    article.refresh_from_db()
    assert (outcome.result, outcome.error) == (FAILED, BINARY_ERROR)
    assert article.status == "failed" and article.error == BINARY_ERROR
    assert article.parser_version == PARSER_VERSION and article.attempts == 1
    assert rows(article) == ([], [], [], [])


def test_failure_while_writing_rolls_back_every_row(monkeypatch):
    article = ingest()

    def broken_bulk_create(*args, **kwargs):
        raise ValueError("metric row refused")

    monkeypatch.setattr(Metric.objects, "bulk_create", broken_bulk_create)
    assert article_parse(article_id=article.id).result == FAILED
    article.refresh_from_db()
    assert article.status == "failed"
    # The exception and where it was raised, for the admin.
    assert article.error.startswith("ValueError: metric row refused (at test_parse.py:")
    # Organisations, places and events were written before the metrics: rolled back with them.
    assert rows(article) == ([], [], [], [])


def test_a_failed_reparse_drops_the_stale_rows_but_keeps_the_reviewed():
    article = parsed()
    assert rows(article)[1] and rows(article)[2]
    metrics_review(metrics=Metric.objects.filter(indicator="revenue"), user=UserFactory(), state="confirmed")
    Article.objects.filter(id=article.id).update(raw=BINARY, status="pending")
    assert article_parse(article_id=article.id).result == FAILED
    assert list(Metric.objects.filter(article=article).values_list("indicator", flat=True)) == ["revenue"]
    assert rows(article)[1:] == ([], [], [])


def test_database_unreachable_propagates_for_the_task_to_retry(monkeypatch):
    from offshoring.services import parse

    def unreachable(*args, **kwargs):
        raise OperationalError("connection refused")

    article = ingest()
    monkeypatch.setattr(parse, "_results_write", unreachable)
    with pytest.raises(OperationalError):
        article_parse(article_id=article.id)
    article.refresh_from_db()
    assert article.status == "processing" and article.error == ""


def test_review_survives_a_reparse():
    article = parsed()
    user = UserFactory(username="reviewer")
    confirmed = Metric.objects.get(indicator="revenue")
    edited = national_employment(article)
    rejected = Metric.objects.get(indicator="positions")
    metrics_review(metrics=[confirmed], user=user, state="confirmed")
    metric_edit(metric=edited, user=user, changes={"value": Decimal("46000"), "year": 2010})
    metrics_review(metrics=[rejected], user=user, state="rejected")

    assert reparse(article).result == PARSED
    metrics = Metric.objects.filter(article=article)
    assert metrics.count() == 4  # nothing doubled, the rejected one not brought back as new
    assert Metric.objects.get(id=confirmed.id).review_state == "confirmed"
    kept = Metric.objects.get(id=edited.id)
    assert (kept.review_state, kept.value, kept.year, kept.reviewed_by) == ("edited", Decimal("46000"), 2010, user)
    assert not metrics.filter(indicator="employment", value=Decimal("45000")).exists()  # not re-extracted
    assert Metric.objects.get(id=rejected.id).review_state == "rejected"
    assert not metrics.filter(indicator="positions", review_state="auto").exists()
    assert metrics.filter(review_state="auto").count() == 1  # the unreviewed Agadir figure, regenerated


def test_review_history_records_who_changed_what():
    parsed()
    user = UserFactory(username="analyst-x")
    metric = Metric.objects.get(indicator="revenue")
    metric_edit(metric=metric, user=user, changes={"value": Decimal("4600000000")})
    metrics_review(metrics=[metric], user=user, state="confirmed")
    history = list(metric.history.order_by("history_date", "history_id"))
    # The figure as the parser wrote it comes first, so the history can say what the review changed.
    assert [(h.history_type, h.review_state, h.history_user) for h in history] == [
        ("+", "auto", None),
        ("~", "edited", user),
        ("~", "confirmed", user),
    ]
    assert [h.value for h in history[:2]] == [Decimal("4500000000"), Decimal("4600000000")]
    assert [h.history_change_reason for h in history] == ["extracted", "review: edited value", "review: confirmed"]


def test_edit_refuses_fields_that_are_not_the_figure():
    parsed()
    with pytest.raises(ValueError, match="not editable: sentence"):
        metric_edit(metric=Metric.objects.first(), user=None, changes={"sentence": "x"})


def test_eager_task_parses_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = ingest()
    article.refresh_from_db()
    assert article.status == "parsed" and Metric.objects.filter(article=article).count() == 4
