"""Table columns, shared by the page and the export so that what is exported is what is seen.

A column names the database paths it reads (one `.values()` query serves the page, one
`.values_list().iterator()` the export; no model instances either way), how a cell renders on the
page (escaped with format_html) and which fields it exports.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Func, QuerySet
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from offshoring.choices import (
    ArticleStatus,
    DatePrecision,
    EventKind,
    Indicator,
    OrganisationKind,
    ReviewState,
    Scope,
)

from .formatting import format_figure

Row = dict[str, Any]


class PlainDecimal(Func):
    """`value` without its trailing zeros (45000, not 45000.0000), computed by the database."""

    function = "TRIM_SCALE"
    arity = 1

    def as_sqlite(self, compiler, connection, **extra_context):
        # SQLite returns the stored number already without padding.
        return compiler.compile(self.source_expressions[0])


@dataclass(frozen=True)
class Column:
    key: str  # the name in ?columns=
    label: Any
    fields: tuple[str, ...]  # the .values() paths the page cell needs
    render: Callable[[Row], Any]
    exports: tuple[tuple[str, str], ...]  # (CSV header, values_list path)
    sort: str | None = None  # the OrderingFilter key
    default: bool = True


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    # Annotations the exports or cells refer to by name.
    annotations: dict[str, Any] = field(default_factory=dict)
    # Cells beginning with = + - @ are formulas to a spreadsheet: the text paths are neutralised.
    text_paths: frozenset[str] = frozenset()

    def column_keys(self) -> list[str]:
        return [column.key for column in self.columns]

    def chosen(self, keys: Sequence[str] | None) -> list[Column]:
        """The columns asked for, in table order; the default ones when none (or none valid) is asked."""
        wanted = [column for column in self.columns if keys and column.key in keys]
        return wanted or [column for column in self.columns if column.default]

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
    text_paths=frozenset(
        {
            "sentence",
            "article__title",
            "article__outlet",
            "article__url",
            "region__name",
            "city__name",
            "organisation__name",
        }
    ),
    columns=(
        Column(
            "year", _("Year"), ("year",), year_cell, (("year", "year"), ("year_source", "year_source")), sort="year"
        ),
        Column(
            "indicator",
            _("Indicator"),
            ("indicator",),
            lambda r: indicator_label(r["indicator"]),
            (("indicator", "indicator"),),
            sort="indicator",
        ),
        Column(
            "figure",
            _("Figure"),
            ("value", "unit", "qualifier", "kind", "period"),
            figure_cell,
            (
                ("value", "value_plain"),
                ("unit", "unit"),
                ("qualifier", "qualifier"),
                ("kind", "kind"),
                ("period", "period"),
            ),
            sort="value",
        ),
        Column(
            "region",
            _("Region"),
            ("region__slug", "region__name"),
            region_cell,
            (("region", "region__name"),),
            sort="region",
        ),
        Column("city", _("City"), ("city__name",), lambda r: r["city__name"] or "", (("city", "city__name"),)),
        Column(
            "organisation",
            _("Scope"),
            ("organisation_id", "organisation__name", "scope"),
            scope_cell,
            (("scope", "scope"), ("organisation", "organisation__name")),
        ),
        Column(
            "evidence",
            _("Evidence"),
            ("article_id", "sentence"),
            evidence_cell,
            (("sentence", "sentence"), ("start", "start"), ("end", "end")),
        ),
        Column(
            "article",
            _("Source"),
            ("article_id", "article__title", "article__outlet", "article__publication_date"),
            article_cell,
            (
                ("article_id", "article_id"),
                ("article_title", "article__title"),
                ("outlet", "article__outlet"),
                ("published", "article__publication_date"),
                ("url", "article__url"),
            ),
            sort="published",
        ),
        Column(
            "review",
            _("Review"),
            ("review_state",),
            lambda r: review_label(r["review_state"]),
            (("review_state", "review_state"), ("confidence", "confidence")),
            default=False,
        ),
    ),
)


def article_title_cell(row: Row) -> str:
    return link(reverse("dashboard:article", args=[row["id"]]), row["title"] or row["raw_filename"] or f"#{row['id']}")


ARTICLE_TABLE = Table(
    name="articles",
    text_paths=frozenset({"title", "outlet", "url", "raw_filename", "error"}),
    columns=(
        Column(
            "title",
            _("Title"),
            ("title", "raw_filename"),
            article_title_cell,
            (("id", "id"), ("title", "title"), ("file", "raw_filename")),
            sort="title",
        ),
        Column("outlet", _("Outlet"), ("outlet",), lambda r: r["outlet"], (("outlet", "outlet"),), sort="outlet"),
        Column(
            "published",
            _("Published"),
            ("publication_date",),
            lambda r: date_cell(r["publication_date"]),
            (("published", "publication_date"),),
            sort="published",
        ),
        Column(
            "status",
            _("Status"),
            ("status",),
            lambda r: status_label(r["status"]),
            (("status", "status"), ("error", "error")),
        ),
        Column(
            "language",
            _("Language"),
            ("language",),
            lambda r: r["language"],
            (("language", "language"),),
            default=False,
        ),
        Column(
            "url",
            _("URL"),
            ("url",),
            lambda r: (
                format_html('<a href="{}" rel="noopener noreferrer">{}</a>', r["url"], r["url"]) if r["url"] else ""
            ),
            (("url", "url"),),
            default=False,
        ),
        Column(
            "added",
            _("Added"),
            ("created_at",),
            lambda r: date_cell(r["created_at"]),
            (("added", "created_at"),),
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
    text_paths=frozenset({"name", "acronym", "full_name"}),
    columns=(
        Column("name", _("Name"), ("name",), organisation_name_cell, (("id", "id"), ("name", "name")), sort="name"),
        Column(
            "acronym", _("Acronym"), ("acronym",), lambda r: r["acronym"], (("acronym", "acronym"),), sort="acronym"
        ),
        Column("full_name", _("Full name"), ("full_name",), lambda r: r["full_name"], (("full_name", "full_name"),)),
        Column(
            "kind", _("Kind"), ("kind",), lambda r: organisation_kind_label(r["kind"]), (("kind", "kind"),), sort="kind"
        ),
        Column(
            "articles",
            _("Articles"),
            ("article_count",),
            lambda r: r["article_count"],
            (("articles", "article_count"),),
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
    text_paths=frozenset({"name", "city__name", "region__name"}),
    columns=(
        Column("name", _("Name"), ("name",), event_name_cell, (("id", "id"), ("name", "name")), sort="name"),
        Column("kind", _("Kind"), ("kind",), lambda r: event_kind_label(r["kind"]), (("kind", "kind"),)),
        Column(
            "edition",
            _("Edition"),
            ("edition",),
            lambda r: r["edition"] or "",
            (("edition", "edition"),),
            sort="edition",
        ),
        Column(
            "city", _("City"), ("city__name",), lambda r: r["city__name"] or "", (("city", "city__name"),), sort="city"
        ),
        Column(
            "region", _("Region"), ("region__name",), lambda r: r["region__name"] or "", (("region", "region__name"),)
        ),
        Column(
            "date",
            _("Date"),
            ("date", "date_precision"),
            event_date_cell,
            (("date", "date"), ("date_precision", "date_precision")),
            sort="date",
        ),
    ),
)
