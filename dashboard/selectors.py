"""Reads for the dashboard: filtered querysets for tables and exports, aggregates for charts.

Aggregates are computed by the database (GROUP BY indicator, region, year): no metric is ever
loaded into Python to draw a chart.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from django.core.cache import cache
from django.db.models import Count, Max, Min, Q, QuerySet

from offshoring.choices import ArticleStatus, Kind, Scope
from offshoring.models import Article, Event, Metric, Organisation, OrganisationMention, PlaceMention, Region

# What charts and tables may count (not rejected, not from a near-duplicate): ingestion's rule, one definition.
from offshoring.selectors import metric_countable_queryset

T = TypeVar("T")

# Aggregates are cached for a short while: the overview's GROUP BY reads every matching metric
# (over 100 ms on a million rows), and analysts reload the same few views. The key holds the exact
# SQL and the newest metric id, so a new ingestion shows at once; a review or a duplicate mark shows
# within CHART_CACHE_SECONDS.
CHART_CACHE_SECONDS = 120

# Columns of Article that can weigh megabytes; never loaded by list pages.
HEAVY_ARTICLE_FIELDS = ("raw", "text")


def article_queryset() -> QuerySet[Article]:
    return Article.objects.defer(*HEAVY_ARTICLE_FIELDS)


def organisation_queryset() -> QuerySet[Organisation]:
    return Organisation.objects.all()


def event_queryset() -> QuerySet[Event]:
    return Event.objects.select_related("city", "region")


# --- Charts -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SeriesPoint:
    """The figures of one indicator for one place and year, as the database aggregated them."""

    indicator: str
    unit: str
    year: int
    region_slug: str | None  # None: national
    region_name: str | None
    value: float  # the highest figure reported for that year (articles repeat the same figure)
    figures: int  # how many metrics are behind the point
    qualifier: str = "exact"  # "" when the figures behind the point disagree ("more than" and "about")
    period: str = ""
    kind: str = "actual"  # "" when the figures behind the point are of several kinds


@dataclass
class IndicatorSeries:
    """Everything the charts of one indicator need, in the indicator's dominant unit."""

    indicator: str
    unit: str | None = None
    points: list[SeriesPoint] = field(default_factory=list)
    other_unit_figures: int = 0  # figures in another unit: not charted, counted on the page
    other_units: list[str] = field(default_factory=list)

    def national(self) -> list[SeriesPoint]:
        return [p for p in self.points if p.region_slug is None]

    def by_region(self) -> dict[str, list[SeriesPoint]]:
        regions: dict[str, list[SeriesPoint]] = {}
        for point in self.points:
            if point.region_slug:
                regions.setdefault(point.region_slug, []).append(point)
        return regions

    def latest_by_region(self) -> dict[str, SeriesPoint]:
        """The most recent year's point of each region (points are ordered by year)."""
        return {slug: points[-1] for slug, points in self.by_region().items()}


def cached_aggregate(queryset: QuerySet, label: str, compute: Callable[[], T]) -> T:
    """compute(), memoised under the SQL of `queryset` and the newest metric id."""
    newest = Metric.objects.aggregate(newest=Max("id"))["newest"]
    sql, params = queryset.query.sql_with_params()
    digest = hashlib.sha256(repr((label, sql, params, newest)).encode()).hexdigest()
    return cache.get_or_set(f"dashboard:{digest}", compute, CHART_CACHE_SECONDS)


def metric_year_series(queryset: QuerySet[Metric], indicators: list[str]) -> dict[str, IndicatorSeries]:
    """One GROUP BY (indicator, unit, region, year) for the given indicators, cached briefly."""
    rows = (
        queryset.filter(indicator__in=indicators, year__isnull=False)
        .values("indicator", "unit", "period", "region__slug", "region__name", "year")
        .annotate(
            top=Max("value"),
            figures=Count("id"),
            qualifier_min=Min("qualifier"),
            qualifier_max=Max("qualifier"),
            kind_min=Min("kind"),
            kind_max=Max("kind"),
        )
        .order_by()
    )
    return cached_aggregate(rows, "series", lambda: _series_from_rows(rows, indicators))


def _series_from_rows(rows, indicators: list[str]) -> dict[str, IndicatorSeries]:
    points_by_indicator: dict[str, list[SeriesPoint]] = {indicator: [] for indicator in indicators}
    for row in rows:
        points_by_indicator[row["indicator"]].append(
            SeriesPoint(
                indicator=row["indicator"],
                unit=row["unit"],
                year=row["year"],
                region_slug=row["region__slug"],
                region_name=row["region__name"],
                value=float(row["top"]),
                figures=row["figures"],
                qualifier=row["qualifier_min"] if row["qualifier_min"] == row["qualifier_max"] else "",
                period=row["period"],
                kind=row["kind_min"] if row["kind_min"] == row["kind_max"] else "",
            )
        )
    return {indicator: _in_dominant_unit(indicator, points) for indicator, points in points_by_indicator.items()}


def _in_dominant_unit(indicator: str, points: list[SeriesPoint]) -> IndicatorSeries:
    """Keep the unit (and period) most figures use: MAD and EUR, or "per week" and totals, on one axis
    would mislead. Ties go to the unit first in alphabetical order, so the choice is stable."""
    if not points:
        return IndicatorSeries(indicator=indicator)
    figures_per_unit: Counter[tuple[str, str]] = Counter()
    for point in points:
        figures_per_unit[(point.unit, point.period)] += point.figures
    unit, period = min(figures_per_unit, key=lambda key: (-figures_per_unit[key], key))
    kept = sorted(
        (p for p in points if (p.unit, p.period) == (unit, period)), key=lambda p: (p.year, p.region_slug or "")
    )
    others = {key: n for key, n in figures_per_unit.items() if key != (unit, period)}
    return IndicatorSeries(
        indicator=indicator,
        unit=unit,
        points=kept,
        other_unit_figures=sum(others.values()),
        other_units=sorted({f"{u} {p}" if p != "year" else u for u, p in others}),
    )


def latest_national_metric(queryset: QuerySet[Metric], indicator: str) -> Metric | None:
    """The most recent national figure of an indicator, with its article for the source link.

    Figures with a year come first (two indexed LIMIT 1 queries rather than one NULLS LAST sort);
    a figure without a year is shown only when no dated one exists, and the page says so.
    """
    national = (
        queryset.filter(indicator=indicator, region__isnull=True)
        .select_related("article")
        .only(
            "id",
            "indicator",
            "value",
            "unit",
            "qualifier",
            "period",
            "year",
            "sentence",
            "article__id",
            "article__title",
            "article__outlet",
            "article__publication_date",
            "article__url",
        )
    )
    dated = national.filter(year__isnull=False).order_by("-year", "-value", "-id").first()
    return dated or national.filter(year__isnull=True).order_by("-article__publication_date", "-value", "-id").first()


def metrics_without_year_count(queryset: QuerySet[Metric], cap: int) -> int:
    """How many of the filtered figures have no year (they cannot sit on a year axis), capped."""
    capped = queryset.filter(year__isnull=True).order_by()[: cap + 1]
    return cached_aggregate(capped, "without-year", capped.count)


def regions_with_coordinates() -> list[Region]:
    return list(Region.objects.order_by("name"))


def region_indicator_series(region: Region) -> dict[str, IndicatorSeries]:
    """Every indicator of one region across years."""
    queryset = metric_countable_queryset().filter(region=region)
    indicators = list(queryset.order_by().values_list("indicator", flat=True).distinct())
    return metric_year_series(queryset, indicators) if indicators else {}


def region_organisations(region: Region, limit: int = 50) -> list[Organisation]:
    """Organisations with figures in the region or mentioned by its articles, the most cited there first.

    `articles` counts the region's articles (those naming the region or one of its cities) that
    mention the organisation. Three small indexed reads rather than one join of organisations,
    metrics, mentions and places with DISTINCT: with a few hundred thousand mentions that join took
    12 s (bench dataset), these take tens of milliseconds.
    """
    region_articles = PlaceMention.objects.filter(Q(region=region) | Q(city__region=region)).values("article_id")
    counts = dict(
        OrganisationMention.objects.filter(article_id__in=region_articles)
        .values_list("organisation_id")
        .annotate(n=Count("article_id", distinct=True))
        .order_by()
    )
    with_figures = set(
        Metric.objects.filter(region=region, organisation__isnull=False)
        .order_by()
        .values_list("organisation_id", flat=True)
        .distinct()
    )
    organisations = list(Organisation.objects.filter(pk__in=set(counts) | with_figures))
    for organisation in organisations:
        organisation.articles = counts.get(organisation.pk, 0)
    organisations.sort(key=lambda o: (-o.articles, o.name))
    return organisations[:limit]


def region_events(region: Region) -> QuerySet[Event]:
    return event_queryset().filter(Q(region=region) | Q(city__region=region)).order_by("-date", "name")


def region_latest_actuals(indicators: list[str], region: Region | None = None) -> dict[str, dict[str, SeriesPoint]]:
    """For each indicator, the most recent actual figure of the whole sector of each region (slug → point),
    in the indicator's dominant unit: what a region's population puts in proportion."""
    queryset = metric_countable_queryset().filter(kind=Kind.ACTUAL, scope=Scope.SECTOR, region__isnull=False)
    if region is not None:
        queryset = queryset.filter(region=region)
    series = metric_year_series(queryset, indicators)
    return {indicator: series[indicator].latest_by_region() for indicator in indicators}


def region_metric_counts() -> dict[int, int]:
    return dict(
        metric_countable_queryset()
        .filter(region__isnull=False)
        .values_list("region")
        .annotate(n=Count("id"))
        .order_by()
    )


# --- About this data ----------------------------------------------------------------------------

# The coverage counts read every figure (a few hundred ms on a million): kept this long, and recomputed
# at once after a new parse since the newest parse time is part of the key.
COVERAGE_CACHE_SECONDS = 600


def data_last_updated() -> datetime | None:
    """When an article was last parsed: the freshness of everything the dashboard shows (one index read)."""
    return Article.objects.filter(status=ArticleStatus.PARSED).aggregate(newest=Max("parsed_at"))["newest"]


@dataclass(frozen=True)
class Coverage:
    """How much the dataset holds, for the "About this data" page."""

    articles: int  # parsed articles, near-duplicates included (they are kept, not counted twice)
    relevant_articles: int
    figures: int  # figures charts and tables may count (not rejected, not from a near-duplicate)
    first_year: int | None
    last_year: int | None
    outlets: list[tuple[str, int]]  # (outlet, parsed articles), most articles first
    last_updated: datetime | None

    @property
    def outlet_count(self) -> int:
        return len(self.outlets)


def data_coverage() -> Coverage:
    last_updated = data_last_updated()
    key = f"dashboard:coverage:{last_updated.isoformat() if last_updated else 'none'}"
    return cache.get_or_set(key, lambda: _coverage(last_updated), COVERAGE_CACHE_SECONDS)


def _coverage(last_updated) -> Coverage:
    parsed = Article.objects.filter(status=ArticleStatus.PARSED).order_by()
    countable = metric_countable_queryset().order_by()
    years = countable.aggregate(first=Min("year"), last=Max("year"))
    outlets = parsed.exclude(outlet="").values_list("outlet").annotate(n=Count("id")).order_by("-n", "outlet")
    return Coverage(
        articles=parsed.count(),
        relevant_articles=parsed.filter(relevant=True).count(),
        figures=countable.count(),
        first_year=years["first"],
        last_year=years["last"],
        outlets=list(outlets),
        last_updated=last_updated,
    )
