"""Celery tasks: each loads what it needs by id and calls one service."""

from celery import current_app, shared_task
from django.db import InterfaceError, OperationalError

from offshoring.services.parse import article_parse
from offshoring.services.reparse import articles_requeue_stuck


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


def parse_queue_backlog() -> int:
    """Messages waiting in the parse queue of the broker."""
    queue = current_app.conf.task_default_queue
    with current_app.connection_for_write() as connection:
        try:
            return connection.default_channel.queue_declare(queue=queue, passive=True).message_count
        except connection.channel_errors:  # no such queue yet: nothing waits
            return 0


@shared_task(ignore_result=True)
def articles_requeue_stuck_task() -> int:
    # While messages wait, a pending article may just be behind a long backlog (a re-parse of
    # everything): only once the queue has drained is a still-pending article's task truly lost.
    if parse_queue_backlog():
        return 0
    return articles_requeue_stuck()
