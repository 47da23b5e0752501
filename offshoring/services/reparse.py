"""Queues articles for parsing again: after a parser upgrade, after failures, or when a task was lost.

Works through ids in chunks (`.iterator()` over ids only), so re-parsing 100 000 articles never holds
them in memory; each chunk is marked pending and queued in its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import timedelta
from itertools import islice

from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from offshoring.choices import ArticleStatus
from offshoring.models import Article
from offshoring.services.ingest import article_parse_enqueue

ALL, FAILED, OUTDATED, STUCK = "all", "failed", "outdated", "stuck"
MODES = (ALL, FAILED, OUTDATED, STUCK)


def articles_for_reparse(*, mode: str, stuck_after: timedelta | None = None, version: str | None = None) -> QuerySet:
    """The articles a `reparse --<mode>` run queues.

    - all: every article;
    - failed: those whose last parse failed;
    - outdated: parsed or failed by another parser version than the running one;
    - stuck: pending or processing for longer than `stuck_after` since they were last queued or
      claimed, i.e. whose task was lost (broker restarted without persistence, worker gone for good).
    """
    articles = Article.objects.all()
    if mode == ALL:
        return articles
    if mode == FAILED:
        return articles.filter(status=ArticleStatus.FAILED)
    if mode == OUTDATED:
        if version is None:
            from offshoring.services.parse import parser_version

            version = parser_version()
        return articles.filter(status__in=[ArticleStatus.PARSED, ArticleStatus.FAILED]).exclude(parser_version=version)
    if mode == STUCK:
        if stuck_after is None:
            stuck_after = timedelta(minutes=settings.PARSE_STUCK_MINUTES)
        cutoff = timezone.now() - stuck_after
        return articles.filter(
            Q(status=ArticleStatus.PENDING, queued_at__lt=cutoff)
            | Q(status=ArticleStatus.PENDING, queued_at__isnull=True, created_at__lt=cutoff)
            | Q(status=ArticleStatus.PROCESSING, parse_started_at__lt=cutoff)
        )
    raise ValueError(f"unknown re-parse mode {mode!r}; expected one of {', '.join(MODES)}")


def _batched(iterable: Iterable[int], size: int):
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


def articles_reparse(
    *, article_ids: Iterable[int], chunk_size: int = 1000, on_chunk: Callable[[int], None] | None = None
) -> int:
    """Mark these articles pending and queue their parse; returns how many were queued."""
    queued = 0
    for chunk in _batched(article_ids, chunk_size):
        with transaction.atomic():
            Article.objects.filter(id__in=chunk).update(status=ArticleStatus.PENDING, queued_at=timezone.now())
            article_parse_enqueue(article_ids=chunk)
        queued += len(chunk)
        if on_chunk:
            on_chunk(queued)
    return queued


def articles_reparse_matching(*, queryset: QuerySet, chunk_size: int = 1000, on_chunk=None) -> int:
    """Re-parse every article of a queryset, reading only ids, a chunk at a time."""
    ids = queryset.order_by("id").values_list("id", flat=True).iterator(chunk_size=chunk_size)
    return articles_reparse(article_ids=ids, chunk_size=chunk_size, on_chunk=on_chunk)


def articles_requeue_stuck() -> int:
    """Queue again the articles whose parse task was lost (see `articles_for_reparse(mode=STUCK)`)."""
    return articles_reparse_matching(queryset=articles_for_reparse(mode=STUCK))
