from django import template

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
