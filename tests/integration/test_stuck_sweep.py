"""The beat task that re-queues articles whose parse message was lost, against a real Redis queue."""

from datetime import timedelta

import pytest
from django.utils import timezone

from offshoring.models import Article
from offshoring.tasks import articles_requeue_stuck_task, parse_queue_backlog
from tests.articles import agadir_hiring
from tests.factories import ArticleFactory

pytestmark = [pytest.mark.redis, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def lost_article(**fields) -> Article:
    """An article whose task never reached a worker: pending, queued an hour ago."""
    return ArticleFactory(
        text=agadir_hiring(7), status="pending", queued_at=timezone.now() - timedelta(hours=1), **fields
    )


def test_a_lost_task_is_queued_again_once_the_queue_has_drained(celery_broker):
    article = lost_article()
    assert parse_queue_backlog() == 0

    assert articles_requeue_stuck_task() == 1

    assert parse_queue_backlog() == 1  # one parse message for it, on the real broker
    article.refresh_from_db()
    assert article.status == "pending"
    assert article.queued_at > timezone.now() - timedelta(minutes=1)


def test_nothing_is_queued_while_a_backlog_waits(celery_broker):
    lost_article()
    waiting = ArticleFactory(text=agadir_hiring(8), status="parsed")
    from offshoring.services.ingest import article_parse_enqueue

    article_parse_enqueue(article_ids=[waiting.id])  # the test is not in a transaction: sent at once
    assert parse_queue_backlog() == 1

    # The pending article may only be behind the backlog: the sweep waits for the queue to drain.
    assert articles_requeue_stuck_task() == 0
    assert parse_queue_backlog() == 1


def test_recent_and_finished_articles_are_left_alone(celery_broker):
    ArticleFactory(text=agadir_hiring(9), status="pending", queued_at=timezone.now())
    ArticleFactory(text=agadir_hiring(10), status="parsed", queued_at=timezone.now() - timedelta(hours=1))
    assert articles_requeue_stuck_task() == 0
    assert parse_queue_backlog() == 0
