"""Celery tasks: each loads what it needs by id and calls one service."""

from celery import shared_task
from django.db import InterfaceError, OperationalError

from offshoring.services.parse import article_parse


@shared_task(
    bind=True,
    # The database briefly unreachable (restart, failover): try again, further apart each time.
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_backoff_max=60,
    retry_jitter=True,
    max_retries=8,
    # Acknowledged once done, and redelivered if the worker dies mid-parse: the parse is idempotent.
    acks_late=True,
    reject_on_worker_lost=True,
)
def article_parse_task(self, article_id: int) -> str:
    return article_parse(article_id=article_id).result
