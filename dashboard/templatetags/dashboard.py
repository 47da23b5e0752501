from django import template

from dashboard.chips import active_filter_chips, clear_filters_url
from dashboard.formatting import format_figure, format_number

register = template.Library()


@register.simple_tag
def figure(metric) -> str:
    """A metric as read aloud: "plus de 30 000 positions" (escaped by the template engine)."""
    return format_figure(metric.value, metric.unit, metric.qualifier, metric.period, kind=metric.kind)


@register.filter
def number(value) -> str:
    return format_number(value)


@register.filter
def at(sequence, index: int):
    """sequence[index] in a template, or None past its end (e.g. the header of a row's n-th cell)."""
    try:
        return sequence[index]
    except (IndexError, KeyError, TypeError):
        return None


@register.inclusion_tag("dashboard/includes/active_filters.html", takes_context=True)
def active_filters(context) -> dict:
    """The chips of the page's filter set (the view's `filterset`), with "clear all"."""
    request, filterset = context["request"], context.get("filterset")
    if filterset is None:
        return {"chips": []}
    chips = active_filter_chips(filterset, request.GET, request.path, skip=context.get("skip_fields") or ())
    return {"chips": chips, "clear_url": clear_filters_url(request.GET, request.path)}
