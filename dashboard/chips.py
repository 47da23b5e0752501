"""Active filters as removable chips: what the filter set accepted, each with a link to the page without it.

Chips are built from the filter set's cleaned data, never by re-reading the URL: a value the form refused
has no chip (its error shows in the form), and each chip's label is the field's, in the page's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from offshoring.models import Article, Organisation

# Parameters that say how the page is shown, not what is selected: no chip, and "clear all" keeps them.
DISPLAY_PARAMS = ("o", "columns", "per_page", "show", "on", "per")
# Set by links (an organisation's page, an article's figures): a hidden id, named for people here.
HIDDEN_FILTERS: dict[str, tuple[Any, Callable[[int], str | None]]] = {
    "organisation": (
        gettext_lazy("Organisation"),
        lambda pk: Organisation.objects.filter(pk=pk).values_list("name", flat=True).first(),
    ),
    "organiser": (
        gettext_lazy("Organiser"),
        lambda pk: Organisation.objects.filter(pk=pk).values_list("name", flat=True).first(),
    ),
    "article": (
        gettext_lazy("Article"),
        lambda pk: Article.objects.filter(pk=pk).values_list("title", flat=True).first(),
    ),
}


@dataclass(frozen=True)
class Chip:
    label: str
    value: str
    remove_url: str


def active_filter_chips(filterset, params: QueryDict, path: str, skip: Iterable[str] = ()) -> list[Chip]:
    """One chip per accepted filter value, in the form's order; a multiple choice gives one chip per value."""
    filterset.is_valid()  # runs the form's validation once; cleaned_data then holds only the valid fields
    cleaned = getattr(filterset.form, "cleaned_data", {})
    chips = []
    for name, field in filterset.form.fields.items():
        value = cleaned.get(name)
        if name in skip or name in DISPLAY_PARAMS or value in (None, "", [], ()):
            continue
        label = field_label(name, field)
        if isinstance(value, list | tuple):
            for item in value:
                chips.append(Chip(label, value_label(name, field, item), url_without(path, params, name, str(item))))
        else:
            chips.append(Chip(label, value_label(name, field, value), url_without(path, params, name)))
    return chips


def clear_filters_url(params: QueryDict, path: str) -> str:
    """The page with no filter, shown the same way (sort, columns, page size, indicator kept)."""
    kept = QueryDict(mutable=True)
    for key in DISPLAY_PARAMS:
        if key in params:
            kept.setlist(key, params.getlist(key))
    return f"{path}?{kept.urlencode()}" if kept else path


def url_without(path: str, params: QueryDict, name: str, value: str | None = None) -> str:
    """The page without one filter value (or the whole parameter), back on its first page."""
    query = params.copy()
    query.pop("page", None)
    kept = [] if value is None else [raw for raw in query.getlist(name) if raw != value]
    if kept:
        query.setlist(name, kept)
    else:
        query.pop(name, None)
    return f"{path}?{query.urlencode()}" if query else path


def field_label(name: str, field: forms.Field) -> str:
    if name in HIDDEN_FILTERS:
        return str(HIDDEN_FILTERS[name][0])
    return str(field.label or name)


def value_label(name: str, field: forms.Field, value: Any) -> str:
    """The value as the form shows it: a choice's label, a date or number written out, a name for an id."""
    if name in HIDDEN_FILTERS:
        return HIDDEN_FILTERS[name][1](int(value)) or f"#{value}"
    # A field's choices may be computed (the regions, read from the database): iterated, never sized.
    choices = getattr(field, "choices", None)
    if choices is None:
        choices = getattr(field.widget, "choices", None)
    if choices is not None:
        key = ("true" if value else "false") if isinstance(value, bool) else str(value)
        labels = {str(code): text for code, text in choices}
        if key in labels:
            return str(labels[key])
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, date):
        return date_format(value, "DATE_FORMAT")
    if isinstance(value, Decimal | float | int):
        number = Decimal(value)
        return str(int(number)) if number == number.to_integral_value() else str(number)
    return _("“%(text)s”") % {"text": value} if name == "q" else str(value)
