"""FilterSets: one per table. The same filter set feeds the page, its charts and its export."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from offshoring.choices import (
    ArticleStatus,
    EventKind,
    Indicator,
    Kind,
    OrganisationKind,
    Period,
    Qualifier,
    ReviewState,
    Scope,
)
from offshoring.models import Article, City, Event, Metric, Organisation, OrganisationMention, PlaceMention, Region

from .sorting import IndexedOrderingFilter, metric_region_rank

NATIONAL = "national"


def region_choices() -> list[tuple[str, str]]:
    return [(NATIONAL, _("National (no region)")), *Region.objects.order_by("name").values_list("slug", "name")]


def region_only_choices() -> list[tuple[str, str]]:
    return list(Region.objects.order_by("name").values_list("slug", "name"))


def city_choices() -> list[tuple[str, str]]:
    return list(City.objects.order_by("name").values_list("slug", "name"))


def region_ids(slugs: list[str]) -> list[int]:
    return list(Region.objects.filter(slug__in=slugs).values_list("id", flat=True)) if slugs else []


REVIEW_CHOICES = [choice for choice in ReviewState.choices if choice[0] != ReviewState.REJECTED]


# MultipleChoiceFilter defaults to SELECT DISTINCT, which PostgreSQL must sort over every matching
# row; these filters never join a many-valued relation, so rows cannot repeat and it is switched off.


class MetricFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_text", label=_("Search"))
    indicator = django_filters.MultipleChoiceFilter(distinct=False, choices=Indicator.choices, label=_("Indicator"))
    region = django_filters.MultipleChoiceFilter(
        distinct=False, choices=region_choices, method="filter_region", label=_("Region")
    )
    city = django_filters.ChoiceFilter(choices=city_choices, method="filter_city", label=_("City"))
    year_min = django_filters.NumberFilter(field_name="year", lookup_expr="gte", label=_("From year"))
    year_max = django_filters.NumberFilter(field_name="year", lookup_expr="lte", label=_("To year"))
    year_missing = django_filters.BooleanFilter(
        field_name="year",
        lookup_expr="isnull",
        label=_("Without a year"),
        widget=forms.Select(
            choices=[("", "—"), ("true", _("only figures without a year")), ("false", _("only figures with a year"))]
        ),
    )
    # Set by links (organisation page, chart click-through): an exact organisation.
    organisation = django_filters.NumberFilter(field_name="organisation_id", widget=forms.HiddenInput)
    organisation_name = django_filters.CharFilter(method="filter_organisation_name", label=_("Organisation"))
    qualifier = django_filters.MultipleChoiceFilter(
        distinct=False, choices=Qualifier.choices, label=_("Qualifier"), widget=forms.CheckboxSelectMultiple
    )
    kind = django_filters.MultipleChoiceFilter(
        distinct=False, choices=Kind.choices, label=_("Kind"), widget=forms.CheckboxSelectMultiple
    )
    scope = django_filters.MultipleChoiceFilter(
        distinct=False, choices=Scope.choices, label=_("Scope"), widget=forms.CheckboxSelectMultiple
    )
    period = django_filters.MultipleChoiceFilter(distinct=False, choices=Period.choices, label=_("Period"))
    review_state = django_filters.MultipleChoiceFilter(
        distinct=False, choices=REVIEW_CHOICES, label=_("Review"), widget=forms.CheckboxSelectMultiple
    )
    outlet = django_filters.CharFilter(field_name="article__outlet", lookup_expr="icontains", label=_("Outlet"))
    article = django_filters.NumberFilter(field_name="article_id", widget=forms.HiddenInput)
    # Each sort is a complete key an index serves (dashboard/sorting.py). Values compare only within
    # one indicator and unit, so the value sort groups by them first.
    o = IndexedOrderingFilter(
        sorts={
            "year": ("year", "id"),
            "value": ("indicator", "unit", "value", "id"),
            "indicator": ("indicator", "year", "id"),
            "region": (metric_region_rank, "id"),
            "published": ("article__publication_date", "article_id", "id"),
        },
        label=_("Sort"),
    )

    class Meta:
        model = Metric
        fields: list[str] = []

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # The evidence sentence alone: on PostgreSQL a trigram index serves this (migration 0005);
        # an OR with the article's title would force a scan of every metric. Titles: /articles/.
        return queryset.filter(sentence__icontains=value)

    def filter_region(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        if not value:
            return queryset
        # The ids themselves rather than a join on the slug: the planner then knows which rows it
        # selects and reads them from the (region, year, id) index, page 200 included.
        ids = region_ids([slug for slug in value if slug != NATIONAL])
        condition = Q(region_id__in=ids) if ids else Q(pk__in=[])
        if NATIONAL in value:
            condition |= Q(region__isnull=True)
        return queryset.filter(condition)

    def filter_city(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(city_id__in=list(City.objects.filter(slug=value).values_list("id", flat=True)))

    def filter_organisation_name(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Q(organisation__name__icontains=value) | Q(organisation__acronym__iexact=value))


class ArticleFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_text", label=_("Search"))
    outlet = django_filters.CharFilter(lookup_expr="icontains", label=_("Outlet"))
    status = django_filters.MultipleChoiceFilter(
        distinct=False, choices=ArticleStatus.choices, label=_("Status"), widget=forms.CheckboxSelectMultiple
    )
    relevant = django_filters.BooleanFilter(label=_("Relevant"))
    published_from = django_filters.DateFilter(
        field_name="publication_date",
        lookup_expr="gte",
        label=_("Published from"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    published_to = django_filters.DateFilter(
        field_name="publication_date",
        lookup_expr="lte",
        label=_("Published until"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    organisation = django_filters.NumberFilter(method="filter_organisation", widget=forms.HiddenInput)
    region = django_filters.ChoiceFilter(choices=region_only_choices, method="filter_region", label=_("Region"))
    duplicates = django_filters.BooleanFilter(
        field_name="duplicate_of",
        lookup_expr="isnull",
        exclude=True,
        label=_("Near-duplicates"),
        widget=forms.Select(
            choices=[("", "—"), ("true", _("only near-duplicates")), ("false", _("no near-duplicates"))]
        ),
    )
    o = IndexedOrderingFilter(
        sorts={
            "published": ("publication_date", "id"),
            "title": ("title", "id"),
            "outlet": ("outlet", "id"),
            "added": ("created_at", "id"),
        },
        label=_("Sort"),
    )

    class Meta:
        model = Article
        fields: list[str] = []

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Q(title__icontains=value) | Q(text__icontains=value))

    # EXISTS rather than a join and DISTINCT: no article can repeat, so the page's sort stays index-served.
    def filter_region(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        cities = list(City.objects.filter(region__slug=value).values_list("id", flat=True))
        in_region = PlaceMention.objects.filter(article=OuterRef("pk")).filter(
            Q(region_id__in=region_ids([value])) | Q(city_id__in=cities)
        )
        return queryset.filter(Exists(in_region))

    def filter_organisation(self, queryset: QuerySet, name: str, value) -> QuerySet:
        mentions = OrganisationMention.objects.filter(article=OuterRef("pk"), organisation_id=value)
        return queryset.filter(Exists(mentions))


class OrganisationFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_text", label=_("Search"))
    kind = django_filters.MultipleChoiceFilter(
        distinct=False, choices=OrganisationKind.choices, label=_("Kind"), widget=forms.CheckboxSelectMultiple
    )
    is_reference = django_filters.BooleanFilter(label=_("From the reference list"))
    o = IndexedOrderingFilter(
        sorts={
            "name": ("name", "id"),
            "acronym": ("acronym", "id"),
            "kind": ("kind", "name", "id"),
            # Counts every mention (a GROUP BY over a few hundred thousand rows, whatever the page):
            # bounded by the size of the mentions table, not by the depth of the page.
            "articles": (lambda: Count("mentions"), "id"),
        },
        label=_("Sort"),
    )

    class Meta:
        model = Organisation
        fields: list[str] = []

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Q(name__icontains=value) | Q(acronym__icontains=value) | Q(full_name__icontains=value))


class EventFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains", label=_("Search"))
    kind = django_filters.MultipleChoiceFilter(
        distinct=False, choices=EventKind.choices, label=_("Kind"), widget=forms.CheckboxSelectMultiple
    )
    region = django_filters.ChoiceFilter(choices=region_only_choices, method="filter_region", label=_("Region"))
    city = django_filters.ChoiceFilter(choices=city_choices, field_name="city__slug", label=_("City"))
    year_min = django_filters.NumberFilter(field_name="date__year", lookup_expr="gte", label=_("From year"))
    year_max = django_filters.NumberFilter(field_name="date__year", lookup_expr="lte", label=_("To year"))
    organiser = django_filters.NumberFilter(method="filter_organiser", widget=forms.HiddenInput)
    o = IndexedOrderingFilter(
        sorts={
            "date": ("date", "id"),
            "name": ("name", "id"),
            "edition": ("edition", "id"),
            "city": ("city__name", "id"),  # a few thousand events at most: sorted in memory
        },
        label=_("Sort"),
    )

    class Meta:
        model = Event
        fields: list[str] = []

    def filter_region(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Q(region__slug=value) | Q(city__region__slug=value))

    def filter_organiser(self, queryset: QuerySet, name: str, value) -> QuerySet:
        organised = Event.organisers.through.objects.filter(event=OuterRef("pk"), organisation_id=value)
        return queryset.filter(Exists(organised))
