"""The parse service: idempotent, all-or-nothing, and respectful of the analysts' review."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import OperationalError

from offshoring.models import Article, EventMention, Metric, OrganisationMention, PlaceMention
from offshoring.services.ingest import upload_ingest
from offshoring.services.parse import FAILED, PARSED, SKIPPED, article_parse
from offshoring.services.review import metric_edit, metrics_review
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SCRIPT = """Les centres d'appels à Agadir
@title Les centres d'appels à Agadir
@org Webhelp | operator
@org AMRC | association
@place Agadir | city | Souss-Massa
@event SICCAM | salon | 16 | Oujda | 2019-11
@metric employment 45000 persons exact 2011 | - | - | sector | 0.9
@metric revenue 4500000000 MAD exact 2011 | - | - | sector | 0.8
@metric employment 300 persons less_than 2011 | Souss-Massa | Agadir | sector | 0.4
@metric positions 1200 seats more_than 2011 | Souss-Massa | Agadir | Webhelp | 0.3
"""


def ingest(text: str = SCRIPT, **kwargs) -> Article:
    outcome = upload_ingest(text=text, **kwargs).outcomes[0]
    assert outcome.result == "created", outcome.message
    return Article.objects.get(id=outcome.article_id)


def rows(article: Article):
    """Everything a parse writes for an article, in a comparable form (ids of shared rows included)."""
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
            )
        ),
        sorted(OrganisationMention.objects.filter(article=article).values_list("organisation_id", "name_as_written")),
        sorted(PlaceMention.objects.filter(article=article).values_list("city_id", "region_id")),
        sorted(EventMention.objects.filter(article=article).values_list("event_id", "sentence")),
    )


def reparse(article: Article):
    Article.objects.filter(id=article.id).update(status="pending")
    return article_parse(article_id=article.id)


def test_parse_writes_the_result(fake_extractor):
    article = ingest(publication_date=date(2012, 3, 4))
    outcome = article_parse(article_id=article.id)
    article.refresh_from_db()
    assert outcome.result == PARSED and outcome.metrics == 4
    assert article.status == "parsed" and article.error == ""
    assert article.parser_version == "fake-1"
    assert article.attempts == 1 and article.parsed_at and article.parse_duration_ms is not None
    assert article.title == "Les centres d'appels à Agadir"
    assert (article.language, article.relevant) == ("fr", True)
    assert article.publication_date == date(2012, 3, 4)  # the date given at upload wins over the text's
    employment = Metric.objects.get(article=article, indicator="employment", region__isnull=True)
    assert employment.value == Decimal("45000") and employment.unit == "persons" and employment.confidence == 0.9
    assert employment.sentence == article.text[employment.start : employment.end]
    souss = Metric.objects.get(article=article, indicator="employment", region__isnull=False)
    assert (souss.region.name, souss.city.name, souss.qualifier) == ("Souss-Massa", "Agadir", "less_than")
    assert Metric.objects.get(article=article, indicator="positions").organisation.name == "Webhelp"


def test_publication_date_from_the_text_when_none_given(fake_extractor):
    article = ingest()
    article_parse(article_id=article.id)
    article.refresh_from_db()
    assert article.publication_date == date(2011, 1, 18) and not article.publication_date_given


def test_parsing_twice_leaves_the_same_rows(fake_extractor):
    article = ingest()
    article_parse(article_id=article.id)
    first = rows(article)
    assert reparse(article).result == PARSED
    assert rows(article) == first
    assert Metric.objects.count() == 4 and OrganisationMention.objects.count() == 2


def test_redelivered_task_of_a_parsed_article_does_nothing(fake_extractor):
    article = ingest()
    article_parse(article_id=article.id)
    parsed_at = Article.objects.get(id=article.id).parsed_at
    assert article_parse(article_id=article.id).result == SKIPPED
    article.refresh_from_db()
    assert article.attempts == 1 and article.parsed_at == parsed_at


def test_missing_article_is_ignored(fake_extractor):
    assert article_parse(article_id=987654).result == "missing"


def test_extractor_failure_marks_failed_with_the_error_and_writes_nothing(fake_extractor):
    article = ingest(SCRIPT + "@fail the engine tripped on line 12\n")
    outcome = article_parse(article_id=article.id)
    article.refresh_from_db()
    assert outcome.result == FAILED
    assert article.status == "failed"
    assert article.error.startswith("RuntimeError: the engine tripped on line 12 (at fake_extraction.py:")
    assert rows(article) == ([], [], [], [])


def test_failure_while_writing_rolls_back_every_row(fake_extractor, monkeypatch):
    article = ingest()

    def broken_bulk_create(*args, **kwargs):
        raise ValueError("metric row refused")

    monkeypatch.setattr(Metric.objects, "bulk_create", broken_bulk_create)
    assert article_parse(article_id=article.id).result == FAILED
    article.refresh_from_db()
    assert article.status == "failed" and "ValueError: metric row refused" in article.error
    # Organisations, places and events were written before the metrics: rolled back with them.
    assert rows(article) == ([], [], [], [])


def test_a_failed_reparse_drops_the_stale_rows_but_keeps_the_reviewed(fake_extractor):
    article = ingest()
    article_parse(article_id=article.id)
    user = UserFactory()
    metrics_review(metrics=Metric.objects.filter(indicator="revenue"), user=user, state="confirmed")
    Article.objects.filter(id=article.id).update(raw=(SCRIPT + "@fail later\n").encode(), status="pending")
    article_parse(article_id=article.id)
    assert list(Metric.objects.filter(article=article).values_list("indicator", flat=True)) == ["revenue"]


def test_database_unreachable_propagates_for_the_task_to_retry(fake_extractor, monkeypatch):
    from offshoring.services import parse

    def unreachable(*args, **kwargs):
        raise OperationalError("connection refused")

    article = ingest()
    monkeypatch.setattr(parse, "_results_write", unreachable)
    with pytest.raises(OperationalError):
        article_parse(article_id=article.id)
    article.refresh_from_db()
    assert article.status == "processing" and article.error == ""


def test_review_survives_a_reparse(fake_extractor):
    article = ingest()
    article_parse(article_id=article.id)
    user = UserFactory(username="reviewer")
    confirmed = Metric.objects.get(indicator="revenue")
    edited = Metric.objects.get(indicator="employment", region__isnull=True)
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
    assert Metric.objects.get(id=rejected.id).review_state == "rejected"
    assert not metrics.filter(indicator="positions", review_state="auto").exists()


def test_review_history_records_who_changed_what(fake_extractor):
    article = ingest()
    article_parse(article_id=article.id)
    user = UserFactory(username="analyst-x")
    metric = Metric.objects.get(indicator="revenue")
    metric_edit(metric=metric, user=user, changes={"value": Decimal("4600000000")})
    metrics_review(metrics=[metric], user=user, state="confirmed")
    history = list(metric.history.order_by("history_date"))
    assert [(h.review_state, h.history_user) for h in history] == [("edited", user), ("confirmed", user)]
    assert history[0].value == Decimal("4600000000")
    assert history[0].history_change_reason == "review: edited value"


def test_edit_refuses_fields_that_are_not_the_figure(fake_extractor):
    article = ingest()
    article_parse(article_id=article.id)
    with pytest.raises(ValueError, match="not editable: sentence"):
        metric_edit(metric=Metric.objects.first(), user=None, changes={"sentence": "x"})


def test_eager_task_parses_after_commit(fake_extractor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = ingest()
    article.refresh_from_db()
    assert article.status == "parsed" and Metric.objects.filter(article=article).count() == 4
