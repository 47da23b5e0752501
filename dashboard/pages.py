"""The list pages: each is a queryset, a filter set and a table (NetBox's shape).

The page, its export and the export jobs read their rows from here, so they share one filter, one
order and one set of columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy

from . import filters, selectors, sorting
from .sorting import OrderKey
from .tables import ARTICLE_TABLE, EVENT_TABLE, METRIC_TABLE, ORGANISATION_TABLE, Column, Table


@dataclass(frozen=True)
class ListPage:
    """A list page is a queryset, a filter set and a table (NetBox's shape)."""

    name: str
    title: Any
    table: Table
    filterset_class: type
    queryset: Any  # a callable returning the base queryset
    # The order when the user picked none: a complete key an index serves (dashboard/sorting.py),
    # so the first page of a million rows is read from the index rather than sorted.
    default_order: tuple[OrderKey, ...] = ("id",)
    default_descending: bool = False

    def filterset(self, params: QueryDict):
        return self.filterset_class(params, queryset=self.queryset())

    def rows(self, filterset) -> QuerySet:
        """The filtered rows in the page's order: the `o=` sort, else the default. The export reads the same."""
        if not filterset.is_valid():
            return self.queryset().none()
        if filterset.form.cleaned_data.get("o"):
            return filterset.qs
        return sorting.ordered(filterset.qs, self.default_order, self.default_descending)


METRICS = ListPage(
    "metrics",
    gettext_lazy("Metrics"),
    METRIC_TABLE,
    filters.MetricFilterSet,
    selectors.metric_countable_queryset,
    default_order=("id",),  # the latest extracted first
    default_descending=True,
)
ARTICLES = ListPage(
    "articles",
    gettext_lazy("Articles"),
    ARTICLE_TABLE,
    filters.ArticleFilterSet,
    selectors.article_queryset,
    default_order=("publication_date", "id"),  # the latest published first
    default_descending=True,
)
ORGANISATIONS = ListPage(
    "organisations",
    gettext_lazy("Organisations"),
    ORGANISATION_TABLE,
    filters.OrganisationFilterSet,
    selectors.organisation_queryset,
    default_order=("name", "id"),
)
EVENTS = ListPage(
    "events",
    gettext_lazy("Events"),
    EVENT_TABLE,
    filters.EventFilterSet,
    selectors.event_queryset,
    default_order=("date", "id"),  # the latest first
    default_descending=True,
)
LIST_PAGES = {page.name: page for page in (METRICS, ARTICLES, ORGANISATIONS, EVENTS)}


def chosen_columns(table: Table, params: QueryDict) -> list[Column]:
    return table.chosen(params.getlist("columns"))
