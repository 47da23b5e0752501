"""Pagination that never counts a million rows: the count stops at a cap."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

COUNT_CAP = 10_000


class CappedPaginator(Paginator):
    """Counts at most `cap` + 1 rows (SELECT COUNT(*) FROM (… LIMIT cap + 1)), which an index serves fast.

    Beyond the cap the page says "more than 10 000" and offers the last reachable page; narrowing
    the filter or the export reaches every row.
    """

    def __init__(self, object_list, per_page, cap: int = COUNT_CAP, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.cap = cap

    @cached_property
    def raw_count(self) -> int:
        # Without ORDER BY: a sliced count keeps the ordering, and sorting every row to count is the slow part.
        return self.object_list.order_by()[: self.cap + 1].count()

    @property
    def capped(self) -> bool:
        return self.raw_count > self.cap

    @cached_property
    def count(self) -> int:
        return min(self.raw_count, self.cap)
