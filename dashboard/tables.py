"""Table columns, shared by the page and the export so that what is exported is what is seen.

A column names the database paths it reads (one `.values()` query serves the page; no model
instances), how a cell renders on the page (escaped with format_html) and the fields it exports:
the cell's value under the column's own label, then the parts a spreadsheet needs apart (a figure's
unit, precision and kind). Each export field says what machines get (codes: `?headers=codes`) and,
where a code is not what the page shows, the words the page shows, as a database expression: both
CSV paths (PostgreSQL's COPY and Python's csv) and JSON then read the same SELECT.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Case, CharField, Count, F, Func, QuerySet, Value, When
from django.db.models.functions import Coalesce, TruncDate
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from offshoring.choices import (
    ArticleStatus,
    DatePrecision,
    EventKind,
    Indicator,
    Kind,
    OrganisationKind,
    Period,
    Qualifier,
    ReviewState,
    Scope,
    Unit,
)

from .filters import NATIONAL  # the region code of a national figure
from .formatting import format_figure, unit_word

Row = dict[str, Any]
Expression = Any  # a Django expression, built at export time (its words follow the active language)


class PlainDecimal(Func):
    """`value` without its trailing zeros (45000, not 45000.0000), computed by the database."""

    function = "TRIM_SCALE"
    arity = 1

    def as_sqlite(self, compiler, connection, **extra_context):
        # SQLite returns the stored number already without padding.
        return compiler.compile(self.source_expressions[0])


@dataclass(frozen=True)
class ExportField:
    code: str  # the header with ?headers=codes, and the key in JSON
    label: Any  # the header in the page's language
    value: str | Callable[[], Expression]  # what machines get: a .values() path or an expression
    words: Callable[[], Expression] | None = None  # what the page shows instead of a code, where it differs
    text: bool = False  # free text: a leading = + - @ is neutralised in CSV (formula injection)
    decimal: bool = False  # a decimal number: written 4,5 with the semicolon separator (French Excel)

    def expression(self, labelled: bool) -> Expression:
        if labelled and self.words is not None:
            return self.words()
        return self.value() if callable(self.value) else F(self.value)


@dataclass(frozen=True)
class Column:
    key: str  # the name in ?columns=
    label: Any
    fields: tuple[str, ...]  # the .values() paths the page cell needs
    render: Callable[[Row], Any]
    exports: tuple[ExportField, ...]  # the cell's value first, under the column's label
    sort: str | None = None  # the o= key (the filter set's IndexedOrderingFilter)
    default: bool = True


ID_FIELD = ExportField("id", _("ID"), "id")


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    # Annotations the exports or cells refer to by name.
    annotations: dict[str, Any] = field(default_factory=dict)

    def column_keys(self) -> list[str]:
        return [column.key for column in self.columns]

    def chosen(self, keys: Sequence[str] | None) -> list[Column]:
        """The columns asked for, in table order; the default ones when none (or none valid) is asked."""
        wanted = [column for column in self.columns if keys and column.key in keys]
        return wanted or [column for column in self.columns if column.default]

    def export_fields(self, columns: Sequence[Column]) -> list[ExportField]:
        """The row's id, then each chosen column's fields, in the page's column order."""
        return [ID_FIELD, *(export for column in columns for export in column.exports)]

    def page_rows(self, page: QuerySet, columns: Sequence[Column]) -> list[Row]:
        """The cells' values of one page (a sliced queryset), in its order.

        Two queries (a "deferred join"): the page's ids first, which the sort's index and the
        filters alone decide, then the 50 rows with their joins and annotations. In one query,
        PostgreSQL would join and annotate every row an OFFSET skips: 10 000 on page 200.
        """
        ids = list(page.values_list("pk", flat=True))
        paths = {"id"} | {path for column in columns for path in column.fields}
        found = self.annotate(page.model._default_manager.filter(pk__in=ids)).values(*sorted(paths))
        by_id = {row["id"]: row for row in found}
        return [by_id[pk] for pk in ids if pk in by_id]

    def annotate(self, queryset: QuerySet) -> QuerySet:
        return queryset.annotate(**self.annotations) if self.annotations else queryset


def choice_label(choices: Any) -> Callable[[Any], str]:
    labels = dict(choices.choices)
    return lambda code: labels.get(code, code or "")


def choice_words(path: str, choices: Any) -> Callable[[], Expression]:
    """A CASE turning the stored code into its label in the active language (an unknown code stays)."""

    def words() -> Case:
        whens = [When(**{path: code}, then=Value(str(label))) for code, label in choices.choices]
        return Case(*whens, default=F(path), output_field=CharField())

    return words


def unit_words() -> Case:
    """The unit as the page's figures say it: "personnes", "positions", "%", "MAD"."""
    whens = [When(unit=code, then=Value(unit_word(code))) for code in Unit.values]
    return Case(*whens, default=F("unit"), output_field=CharField())


def text_field(code: str, label: Any, path: str) -> ExportField:
    return ExportField(code, label, path, text=True)


def choice_field(code: str, label: Any, path: str, choices: Any) -> ExportField:
    return ExportField(code, label, path, words=choice_words(path, choices))


def place_field(code: str, label: Any, relation: str, national: Any = None) -> ExportField:
    """A region or city: its slug for machines, its name on the page; `national` when there is none."""
    if national is None:
        return ExportField(code, label, f"{relation}__slug", words=lambda: F(f"{relation}__name"), text=True)
    return ExportField(
        code,
        label,
        lambda: Coalesce(F(f"{relation}__slug"), Value(NATIONAL), output_field=CharField()),
        words=lambda: Coalesce(F(f"{relation}__name"), Value(str(national)), output_field=CharField()),
        text=True,
    )


def link(url: str, text: Any) -> str:
    return format_html('<a href="{}">{}</a>', url, text)


def date_cell(value) -> str:
    return date_format(value, "SHORT_DATE_FORMAT") if value else ""


indicator_label = choice_label(Indicator)
review_label = choice_label(ReviewState)
status_label = choice_label(ArticleStatus)
organisation_kind_label = choice_label(OrganisationKind)
scope_label = choice_label(Scope)
event_kind_label = choice_label(EventKind)
precision_label = choice_label(DatePrecision)


def metric_url(row: Row) -> str:
    """The article with this metric's evidence sentence highlighted."""
    return reverse("dashboard:article", args=[row["article_id"]]) + f"?metric={row['id']}#evidence"


def article_cell(row: Row) -> str:
    title = row["article__title"] or _("Article #%(id)s") % {"id": row["article_id"]}
    meta = ", ".join(
        str(part) for part in (row["article__outlet"], date_cell(row["article__publication_date"])) if part
    )
    return format_html(
        '<a href="{}">{}</a><span class="meta">{}</span>',
        reverse("dashboard:article", args=[row["article_id"]]),
        title,
        meta,
    )


def evidence_cell(row: Row) -> str:
    return format_html('<a class="evidence" href="{}">{}</a>', metric_url(row), row["sentence"])


def figure_cell(row: Row) -> str:
    return format_html(
        '<span class="figure" data-value="{}">{}</span>',
        row["value"],
        format_figure(row["value"], row["unit"], row["qualifier"], row["period"], kind=row["kind"]),
    )


def region_cell(row: Row) -> str:
    if not row["region__slug"]:
        return format_html('<span class="muted">{}</span>', _("National"))
    return link(reverse("dashboard:region", args=[row["region__slug"]]), row["region__name"])


def scope_cell(row: Row) -> str:
    """The organisation the figure is about, else what part of the world or the sector it covers."""
    if row["organisation_id"]:
        return link(reverse("dashboard:organisation", args=[row["organisation_id"]]), row["organisation__name"])
    return format_html('<span class="muted">{}</span>', scope_label(row["scope"]))


def year_cell(row: Row) -> str:
    if row["year"] is None:
        return format_html(
            '<span class="muted" title="{}">{}</span>', _("No year in the sentence, no publication date"), "?"
        )
    return str(row["year"])


METRIC_TABLE = Table(
    name="metrics",
    annotations={"value_plain": PlainDecimal("value")},
    columns=(
        Column("year", _("Year"), ("year",), year_cell, (ExportField("year", _("Year"), "year"),), sort="year"),
        Column(
            "indicator",
            _("Indicator"),
            ("indicator",),
            lambda r: indicator_label(r["indicator"]),
            (choice_field("indicator", _("Indicator"), "indicator", Indicator),),
            sort="indicator",
        ),
        Column(
            "figure",
            _("Figure"),
            ("value", "unit", "qualifier", "kind", "period"),
            figure_cell,
            (
                ExportField("value", _("Figure"), "value_plain", decimal=True),
                ExportField("unit", _("Unit"), "unit", words=unit_words),
                choice_field("qualifier", _("Precision"), "qualifier", Qualifier),
                choice_field("kind", _("Figure kind"), "kind", Kind),
                choice_field("period", _("Period"), "period", Period),
            ),
            sort="value",
        ),
        Column(
            "region",
            _("Region"),
            ("region__slug", "region__name"),
            region_cell,
            (place_field("region", _("Region"), "region", national=_("National")),),
            sort="region",
        ),
        Column(
            "city",
            _("City"),
            ("city__name",),
            lambda r: r["city__name"] or "",
            (place_field("city", _("City"), "city"),),
        ),
        Column(
            "organisation",
            _("Scope"),
            ("organisation_id", "organisation__name", "scope"),
            scope_cell,
            (
                choice_field("scope", _("Scope"), "scope", Scope),
                text_field("organisation", _("Organisation"), "organisation__name"),
            ),
        ),
        Column(
            "evidence",
            _("Evidence"),
            ("article_id", "sentence"),
            evidence_cell,
            (text_field("sentence", _("Evidence"), "sentence"),),
        ),
        Column(
            "article",
            _("Source"),
            ("article_id", "article__title", "article__outlet", "article__publication_date"),
            article_cell,
            (
                text_field("article_title", _("Source"), "article__title"),
                text_field("outlet", _("Outlet"), "article__outlet"),
                ExportField("published", _("Published"), "article__publication_date"),
                ExportField("article_id", _("Article ID"), "article_id"),
                text_field("url", _("URL"), "article__url"),
            ),
            sort="published",
        ),
        Column(
            "review",
            _("Review"),
            ("review_state",),
            lambda r: review_label(r["review_state"]),
            (
                choice_field("review_state", _("Review"), "review_state", ReviewState),
                ExportField("confidence", _("Confidence"), "confidence", decimal=True),
            ),
            default=False,
        ),
    ),
)


def article_title_cell(row: Row) -> str:
    return link(reverse("dashboard:article", args=[row["id"]]), row["title"] or row["raw_filename"] or f"#{row['id']}")


ARTICLE_TABLE = Table(
    name="articles",
    columns=(
        Column(
            "title",
            _("Title"),
            ("title", "raw_filename"),
            article_title_cell,
            (text_field("title", _("Title"), "title"), text_field("file", _("File name"), "raw_filename")),
            sort="title",
        ),
        Column(
            "outlet",
            _("Outlet"),
            ("outlet",),
            lambda r: r["outlet"],
            (text_field("outlet", _("Outlet"), "outlet"),),
            sort="outlet",
        ),
        Column(
            "published",
            _("Published"),
            ("publication_date",),
            lambda r: date_cell(r["publication_date"]),
            (ExportField("published", _("Published"), "publication_date"),),
            sort="published",
        ),
        Column(
            "status",
            _("Status"),
            ("status",),
            lambda r: status_label(r["status"]),
            (choice_field("status", _("Status"), "status", ArticleStatus), text_field("error", _("Error"), "error")),
        ),
        Column(
            "language",
            _("Language"),
            ("language",),
            lambda r: r["language"],
            (ExportField("language", _("Language"), "language"),),
            default=False,
        ),
        Column(
            "url",
            _("URL"),
            ("url",),
            lambda r: (
                format_html('<a href="{}" rel="noopener noreferrer">{}</a>', r["url"], r["url"]) if r["url"] else ""
            ),
            (text_field("url", _("URL"), "url"),),
            default=False,
        ),
        Column(
            "added",
            _("Added"),
            ("created_at",),
            lambda r: date_cell(r["created_at"]),
            # The day in the site's time zone, as the page shows it.
            (ExportField("added", _("Added"), lambda: TruncDate("created_at")),),
            sort="added",
            default=False,
        ),
    ),
)


def organisation_name_cell(row: Row) -> str:
    return link(reverse("dashboard:organisation", args=[row["id"]]), row["name"])


ORGANISATION_TABLE = Table(
    name="organisations",
    # Counted for the rows shown or exported only; the sort by this count groups every mention.
    annotations={"article_count": Count("mentions")},
    columns=(
        Column(
            "name", _("Name"), ("name",), organisation_name_cell, (text_field("name", _("Name"), "name"),), sort="name"
        ),
        Column(
            "acronym",
            _("Acronym"),
            ("acronym",),
            lambda r: r["acronym"],
            (text_field("acronym", _("Acronym"), "acronym"),),
            sort="acronym",
        ),
        Column(
            "full_name",
            _("Full name"),
            ("full_name",),
            lambda r: r["full_name"],
            (text_field("full_name", _("Full name"), "full_name"),),
        ),
        Column(
            "kind",
            _("Kind"),
            ("kind",),
            lambda r: organisation_kind_label(r["kind"]),
            (choice_field("kind", _("Kind"), "kind", OrganisationKind),),
            sort="kind",
        ),
        Column(
            "articles",
            _("Articles"),
            ("article_count",),
            lambda r: r["article_count"],
            (ExportField("articles", _("Articles"), "article_count"),),
            sort="articles",
        ),
    ),
)


def event_name_cell(row: Row) -> str:
    return link(reverse("dashboard:event", args=[row["id"]]), row["name"])


def event_date_cell(row: Row) -> str:
    value, precision = row["date"], row["date_precision"]
    if not value:
        return ""
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return date_format(value, "YEAR_MONTH_FORMAT")
    return date_cell(value)


EVENT_TABLE = Table(
    name="events",
    columns=(
        Column("name", _("Name"), ("name",), event_name_cell, (text_field("name", _("Name"), "name"),), sort="name"),
        Column(
            "kind",
            _("Kind"),
            ("kind",),
            lambda r: event_kind_label(r["kind"]),
            (choice_field("kind", _("Kind"), "kind", EventKind),),
        ),
        Column(
            "edition",
            _("Edition"),
            ("edition",),
            lambda r: r["edition"] or "",
            (ExportField("edition", _("Edition"), "edition"),),
            sort="edition",
        ),
        Column(
            "city",
            _("City"),
            ("city__name",),
            lambda r: r["city__name"] or "",
            (place_field("city", _("City"), "city"),),
            sort="city",
        ),
        Column(
            "region",
            _("Region"),
            ("region__name",),
            lambda r: r["region__name"] or "",
            (place_field("region", _("Region"), "region"),),
        ),
        Column(
            "date",
            _("Date"),
            ("date", "date_precision"),
            event_date_cell,
            (
                ExportField("date", _("Date"), "date"),
                choice_field("date_precision", _("Date precision"), "date_precision", DatePrecision),
            ),
            sort="date",
        ),
    ),
)
