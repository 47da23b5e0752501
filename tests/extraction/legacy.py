"""The pre-2026.6 view of a metric that older tests were written in: a target/forecast qualifier, the owner's name
as its scope, and "week"/"month"/"year" flows. New tests assert kind, scope, organisation and period directly."""

FLOWS = {"per_week": "week", "per_month": "month", "per_year": "year"}


def owner(metric) -> str:
    """The organisation's name, or the scope ("sector", "foreign"…) when the figure has none."""
    return metric.organisation or metric.scope


def kind_or_precision(metric) -> str:
    """ "target"/"forecast" for those kinds, else how precise the figure is."""
    return metric.kind if metric.kind != "actual" else metric.qualifier


def flow(metric) -> str | None:
    return FLOWS.get(metric.period)
