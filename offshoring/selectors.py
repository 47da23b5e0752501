"""Reads of the ingestion side: what charts may count, and how far parsing has got."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, QuerySet

from offshoring.choices import ArticleStatus, ReviewState
from offshoring.models import Article, Metric, UploadBatch


def metric_countable_queryset() -> QuerySet[Metric]:
    """Metrics that charts and totals may add up.

    Leaves out metrics an analyst rejected and those of near-duplicate articles (the same story
    republished by another outlet: its figures stay in the database, traceable, but are counted once,
    through the original article).
    """
    # NOT EXISTS rather than a join on the article: the planner can then drive the query from an index
    # of the metrics (e.g. the trigram index of a text search) and probe the few near-duplicates.
    near_duplicate = Article.objects.filter(pk=OuterRef("article_id"), duplicate_of__isnull=False)
    return Metric.objects.exclude(review_state=ReviewState.REJECTED).exclude(Exists(near_duplicate))


def article_status_counts(queryset: QuerySet[Article] | None = None) -> dict[str, int]:
    """{status: count} for every status (zero included), in the order of ArticleStatus."""
    queryset = Article.objects.all() if queryset is None else queryset
    counts = {row["status"]: row["n"] for row in queryset.order_by().values("status").annotate(n=Count("id"))}
    return {status: counts.get(status, 0) for status in ArticleStatus.values}


@dataclass(frozen=True)
class BatchProgress:
    total: int
    counts: dict[str, int]
    rejected: list = field(default_factory=list)

    @property
    def remaining(self) -> int:
        return self.counts[ArticleStatus.PENDING] + self.counts[ArticleStatus.PROCESSING]

    @property
    def done(self) -> bool:
        return self.remaining == 0

    @property
    def percent(self) -> int:
        return 100 if not self.total else int(100 * (self.total - self.remaining) / self.total)


def batch_progress(*, batch: UploadBatch) -> BatchProgress:
    counts = article_status_counts(Article.objects.filter(batch=batch))
    return BatchProgress(total=sum(counts.values()), counts=counts, rejected=list(batch.rejected or []))


def metrics_to_review_queryset() -> QuerySet[Metric]:
    """Unreviewed metrics, the least certain first: where a reviewer should start."""
    return Metric.objects.filter(review_state=ReviewState.AUTO).order_by("confidence", "id")


def figures_by_article(*, article_ids: list[int]) -> dict[int, list[Metric]]:
    """The figures each of these articles gave, in reading order (for an upload's result page)."""
    figures: dict[int, list[Metric]] = {article_id: [] for article_id in article_ids}
    metrics = Metric.objects.filter(article_id__in=article_ids).select_related("region").order_by("article_id", "start")
    for metric in metrics:
        figures[metric.article_id].append(metric)
    return figures


def batch_figures_queryset(*, batch: UploadBatch) -> QuerySet[Metric]:
    """The figures of an upload batch's articles, the newest first (they arrive as the parses end)."""
    return (
        Metric.objects.filter(article__batch=batch)
        .select_related("region", "article")
        .defer("article__raw", "article__text")
        .order_by("-article_id", "start")
    )
