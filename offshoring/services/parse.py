"""Parses one article: runs the extractor and replaces what the article contributed, in one transaction.

Three steps, so no lock is held while the CPU works:
1. claim (short transaction): status processing, attempts + 1;
2. extract (no transaction): the pure-Python pipeline on the raw bytes;
3. write (one transaction): the article's unreviewed metrics and its mentions are replaced by the
   new ones. A metric an analyst confirmed or edited stays as it is, and a figure they rejected is
   not brought back (both recognised by their fingerprint). Running the parse twice leaves the same
   rows; a worker killed anywhere in between leaves either the old rows or the new ones.

A failure of the extractor or of the data (a bug, a file it cannot read) marks the article failed
with the error and writes no rows. A database that is unreachable is not the article's fault: the
exception propagates and the Celery task retries.
"""

from __future__ import annotations

import hashlib
import logging
import time
import traceback
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.db import InterfaceError, OperationalError, transaction
from django.utils import timezone

from offshoring.choices import ArticleStatus, ReviewState
from offshoring.extraction.result import ExtractionResult, MetricFound
from offshoring.models import Article, EventMention, Metric, OrganisationMention, PlaceMention
from offshoring.services.linking import Linker

logger = logging.getLogger(__name__)

SKIPPED, PARSED, FAILED, MISSING = "skipped", "parsed", "failed", "missing"
ERROR_MAX_CHARS = 2000


def extract(data, *, filename=None, publication_date=None, url=None) -> ExtractionResult:
    """The extraction engine (imported late: a worker that cannot import it fails the article, not the boot)."""
    from offshoring.extraction import extract as engine

    return engine(data, filename=filename, publication_date=publication_date, url=url)


def parser_version() -> str:
    try:
        from offshoring.extraction import PARSER_VERSION
    except ImportError:  # a broken engine: extract() raises below and the article shows the error
        return "unavailable"
    return str(PARSER_VERSION)


@dataclass(frozen=True, slots=True)
class ParseOutcome:
    article_id: int
    result: str  # PARSED, FAILED, SKIPPED or MISSING
    metrics: int = 0
    error: str = ""


def article_parse(*, article_id: int) -> ParseOutcome:
    """Parse the article unless it is already parsed by this parser version (a redelivered task)."""
    version = parser_version()
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(id=article_id).first()
        if article is None:  # deleted since it was queued
            return ParseOutcome(article_id, MISSING)
        if article.status == ArticleStatus.PARSED and article.parser_version == version:
            return ParseOutcome(article_id, SKIPPED)
        article.status = ArticleStatus.PROCESSING
        article.attempts += 1
        article.parse_started_at = timezone.now()
        article.save(update_fields=["status", "attempts", "parse_started_at"])
        raw = bytes(article.raw)
        filename = article.raw_filename
        url = article.url or None
        given_date = article.publication_date if article.publication_date_given else None

    started = time.perf_counter()
    try:
        result = extract(raw, filename=filename or None, publication_date=given_date, url=url)
        duration_ms = int((time.perf_counter() - started) * 1000)
        if getattr(result, "error", None):  # the engine could not read the input (binary, undecodable)
            article_fail(article_id=article_id, error=str(result.error), version=version)
            return ParseOutcome(article_id, FAILED, error=str(result.error))
        with transaction.atomic():
            metrics = _results_write(article_id=article_id, result=result, version=version, duration_ms=duration_ms)
    except (OperationalError, InterfaceError):
        raise  # the database, not the article: the task retries
    except Exception as exc:  # any other failure belongs to this article: shown in the admin
        error = error_message(exc)
        logger.warning("article %s failed to parse: %s", article_id, error)
        article_fail(article_id=article_id, error=error, version=version)
        return ParseOutcome(article_id, FAILED, error=error)
    return ParseOutcome(article_id, PARSED, metrics=metrics)


@transaction.atomic
def article_fail(*, article_id: int, error: str, version: str = "") -> None:
    """Mark the article failed: it then contributes nothing but the metrics an analyst reviewed."""
    _extracted_rows_delete(article_id=article_id)
    Article.objects.filter(id=article_id).update(
        status=ArticleStatus.FAILED, error=error[:ERROR_MAX_CHARS], parser_version=version, parsed_at=timezone.now()
    )


def _extracted_rows_delete(*, article_id: int) -> None:
    # A raw DELETE for metrics: unreviewed figures are regenerated at will, and a metric's history is
    # the analysts' changes to it, not every re-parse (nothing else references a metric row).
    unreviewed = Metric.objects.filter(article_id=article_id, review_state=ReviewState.AUTO)
    unreviewed._raw_delete(unreviewed.db)
    OrganisationMention.objects.filter(article_id=article_id).delete()
    PlaceMention.objects.filter(article_id=article_id).delete()
    EventMention.objects.filter(article_id=article_id).delete()


def error_message(exc: BaseException) -> str:
    """What an admin can act on: the exception and where it was raised (the traceback's last frame)."""
    if type(exc).__name__ == "SoftTimeLimitExceeded":
        return "the parse took longer than the time limit (CELERY_TASK_SOFT_TIME_LIMIT)"
    message = f"{type(exc).__name__}: {exc}".strip()
    frames = traceback.extract_tb(exc.__traceback__)
    if frames:
        last = frames[-1]
        message += f" (at {last.filename.rsplit('/', 2)[-1] if last.filename else '?'}:{last.lineno} in {last.name})"
    return message[:ERROR_MAX_CHARS]


def metric_fingerprint(*, indicator: str, value, start: int, end: int) -> str:
    """Identity of a figure within its article: what it measures, its value and where it is written."""
    return hashlib.sha256(f"{indicator}|{_decimal(value).normalize()}|{start}|{end}".encode()).hexdigest()


def _results_write(*, article_id: int, result: ExtractionResult, version: str, duration_ms: int) -> int:
    article = Article.objects.select_for_update().get(id=article_id)
    linker = Linker()

    _extracted_rows_delete(article_id=article.id)

    owners = [m.organisation for m in result.metrics if m.organisation]
    organisations = linker.organisations(result.organisations, extra_names=owners)
    mentioned: dict[int, OrganisationMention] = {}
    for found in result.organisations:
        organisation = organisations.get(found.name)
        if organisation is not None and organisation.id not in mentioned:
            mentioned[organisation.id] = OrganisationMention(
                article=article, organisation=organisation, name_as_written=found.name[:255], start=found.start
            )
    OrganisationMention.objects.bulk_create(mentioned.values())

    places: dict[tuple, PlaceMention] = {}
    for found in result.places:
        city = linker.city(found.name) if found.kind == "city" else None
        region = city.region if city else linker.region(found.name if found.kind == "region" else found.region)
        if city is None and region is None:
            continue  # the country, or a place the reference data does not know
        places.setdefault(
            (city and city.id, region and region.id),
            PlaceMention(
                article=article, city=city, region=region, name_as_written=found.name[:255], start=found.start
            ),
        )
    PlaceMention.objects.bulk_create(places.values())

    publication_date = article.publication_date if article.publication_date_given else _day_of(result)
    events = linker.events(result.events, publication_date=publication_date)
    event_mentions: dict[int, EventMention] = {}
    for found, event in events.items():
        if event.id not in event_mentions:
            event_mentions[event.id] = EventMention(
                article=article, event=event, sentence=found.sentence, start=found.start, end=found.end
            )
        organisers = [organisations[name] for name in found.organisers if name in organisations]
        if organisers:
            event.organisers.add(*organisers)
    EventMention.objects.bulk_create(event_mentions.values())

    # Reviewed figures stay as the analyst left them; a rejected one is not brought back.
    reviewed = set(Metric.objects.filter(article=article).values_list("fingerprint", flat=True))
    metrics: dict[str, Metric] = {}
    for found in result.metrics:
        metric = _metric_row(article, found, linker, organisations)
        if metric.fingerprint not in reviewed:
            metrics.setdefault(metric.fingerprint, metric)
    Metric.objects.bulk_create(metrics.values())

    article.text = result.text
    if not article.title_given:
        article.title = (result.title or article.title or "")[:500]
    article.outlet = article.outlet or (getattr(result, "outlet", None) or "")[:200]  # the upload's outlet wins
    article.language = (result.language or "")[:8]
    article.relevant = result.relevant
    article.relevance = result.relevance
    article.publication_date = publication_date
    article.status = ArticleStatus.PARSED
    article.error = ""
    article.parser_version = version
    article.parsed_at = timezone.now()
    article.parse_duration_ms = duration_ms
    article.save(
        update_fields=[
            "text",
            "title",
            "outlet",
            "language",
            "relevant",
            "relevance",
            "publication_date",
            "status",
            "error",
            "parser_version",
            "parsed_at",
            "parse_duration_ms",
        ]
    )
    return len(metrics)


def _metric_row(article: Article, found: MetricFound, linker: Linker, organisations) -> Metric:
    value = _decimal(found.value)
    city = linker.city(found.place)
    return Metric(
        article=article,
        indicator=found.indicator,
        value=value,
        unit=found.unit,
        qualifier=found.qualifier,
        kind=found.kind,
        year=found.year,
        year_source=found.year_source or "none",
        period=found.period or "year",
        scope=found.scope or "sector",
        region=linker.region(found.region) or (city.region if city else None),
        city=city,
        organisation=organisations.get(found.organisation) if found.organisation else None,
        sentence=found.sentence,
        start=found.start,
        end=found.end,
        rule=found.rule[:80],
        confidence=found.confidence,
        fingerprint=metric_fingerprint(indicator=found.indicator, value=value, start=found.start, end=found.end),
    )


def _day_of(result: ExtractionResult):
    """The publication date when the article gives its day; a month alone ("2019-04") is not a date to store."""
    return result.publication_date if result.publication_precision in (None, "day") else None


def _decimal(value) -> Decimal:
    try:
        return Decimal(str(value)).quantize(Decimal("0.0001"))
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(f"metric value {value!r} is not a number") from exc
