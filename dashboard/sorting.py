"""Table sorts that an index serves at any depth, and that the export repeats row for row.

Every sort of every table orders by a complete key: the column's own value(s), then the row id,
all in one direction. Two things follow:

- ties never reshuffle between two queries, so page 2 continues page 1 and the export holds the
  page's rows in the page's order;
- one B-tree index, read forwards or backwards, yields the rows already in that order (the
  migration `0011_table_sort_indexes` creates them), so the 200th page reads 10 000 index entries
  instead of sorting a million rows.

Where a column's own order cannot be indexed it is restricted instead: figures sort by value only
within one indicator and unit (the page says so), since 40 000 people and 40 000 dirhams don't
compare. The metrics' region column sorts by the region's name through a CASE over the 12 region
ids, which the migration indexes as an expression.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import django_filters
from django.db.models import Aggregate, Case, F, IntegerField, OrderBy, Value, When
from django.db.models.expressions import BaseExpression
from django_filters.constants import EMPTY_VALUES

# An order key: a field path, or a callable building an expression at query time.
OrderKey = str | Callable[[], BaseExpression]


def region_rank_pairs(regions: Iterable[tuple[int, str]]) -> list[tuple[int, int]]:
    """(region id, rank) with ranks following the names' alphabetical order, from 1 (0 is national)."""
    return [(pk, rank) for rank, (pk, _name) in enumerate(sorted(regions, key=lambda r: (r[1], r[0])), start=1)]


def region_rank_expression(pairs: Sequence[tuple[int, int]], column: str = "region_id") -> Case:
    """CASE region_id WHEN … THEN rank …: national figures (no region) first, then the regions by name.

    Written with literal integers so that PostgreSQL recognises the expression index built from the
    same pairs (see the migration); should the regions ever change, the sort stays right and only
    loses its index.
    """
    return Case(
        *[When(**{column: pk}, then=Value(rank)) for pk, rank in pairs],
        default=Value(0),
        output_field=IntegerField(),
    )


def metric_region_rank() -> Case:
    from offshoring.models import Region

    return region_rank_expression(region_rank_pairs(Region.objects.values_list("id", "name")))


def order_expressions(keys: Sequence[OrderKey], descending: bool) -> list[OrderBy]:
    """The keys as ORDER BY terms, all in one direction (so one index read backwards serves DESC)."""
    terms = []
    for key in keys:
        expression = key() if callable(key) else F(key)
        terms.append(expression.desc() if descending else expression.asc())
    return terms


class IndexedOrderingFilter(django_filters.OrderingFilter):
    """django-filter's OrderingFilter (same `o=` values, same validation), ordering by complete keys.

    `sorts` maps each `o=` value to its keys, ascending; `-value` reverses them all.
    """

    def __init__(self, *args, sorts: dict[str, tuple[OrderKey, ...]], **kwargs):
        self.sorts = sorts
        kwargs.setdefault("fields", [(name, name) for name in sorts])
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value in EMPTY_VALUES:
            return qs
        terms: list[OrderBy] = []
        for param in value:
            qs, keys = _aggregates_annotated(qs, self.sorts[param.lstrip("-")], param.lstrip("-"))
            terms += order_expressions(keys, param.startswith("-"))
        return qs.order_by(*terms)


def _aggregates_annotated(qs, keys: Sequence[OrderKey], name: str):
    """An aggregate (a count of related rows) must be annotated before Django orders by it."""
    plain: list[OrderKey] = []
    for index, key in enumerate(keys):
        expression = key() if callable(key) else None
        if isinstance(expression, Aggregate):
            alias = f"sort_{name}_{index}"
            qs = qs.annotate(**{alias: expression})
            plain.append(alias)
        else:
            plain.append(key)
    return qs, plain


def ordered(queryset, keys: Sequence[OrderKey], descending: bool = False):
    return queryset.order_by(*order_expressions(keys, descending))
