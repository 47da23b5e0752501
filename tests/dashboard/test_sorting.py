"""Every table sorts by every sortable column, both ways, on SQLite and PostgreSQL, and pages follow.

The expected order is computed here in Python from the rows themselves (the order the page
promises: the column's value, then the id), and compared with the ids of every page of the table
in turn. Data with ties and empty values on purpose: an unstable order would show as rows moving
between pages.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.db import connection

from dashboard.pages import LIST_PAGES
from offshoring.models import Article, Event, Metric, Organisation, OrganisationMention
from tests.factories import ArticleFactory, EventFactory, MetricFactory, OrganisationFactory, city, region

pytestmark = pytest.mark.django_db

PER_PAGE = 25


def nullable(value, descending=False):
    """How the database places an empty value: PostgreSQL after every value (ascending), SQLite before."""
    nulls_high = connection.vendor == "postgresql"
    return (value is None) == nulls_high, value if value is not None else 0


def region_name(metric: Metric) -> str:
    return metric.region.name if metric.region_id else ""  # national first, then by name


# For every table and `o=` value: the row key the page promises, ascending.
EXPECTED = {
    "metrics": {
        "year": lambda m: (nullable(m.year), m.id),
        "value": lambda m: (m.indicator, m.unit, m.value, m.id),
        "indicator": lambda m: (m.indicator, nullable(m.year), m.id),
        "region": lambda m: (region_name(m), m.id),
        "published": lambda m: (nullable(m.article.publication_date), m.article_id, m.id),
    },
    "articles": {
        "published": lambda a: (nullable(a.publication_date), a.id),
        "title": lambda a: (a.title, a.id),
        "outlet": lambda a: (a.outlet, a.id),
        "added": lambda a: (a.created_at, a.id),
    },
    "organisations": {
        "name": lambda o: (o.name, o.id),
        "acronym": lambda o: (o.acronym, o.id),
        "kind": lambda o: (o.kind, o.name, o.id),
        "articles": lambda o: (o.mentions.count(), o.id),
    },
    "events": {
        "date": lambda e: (nullable(e.date), e.id),
        "name": lambda e: (e.name, e.id),
        "edition": lambda e: (nullable(e.edition), e.id),
        "city": lambda e: (nullable(e.city.name if e.city_id else None), e.id),
    },
}
MODELS = {"metrics": Metric, "articles": Article, "organisations": Organisation, "events": Event}


@pytest.fixture
def tables_with_ties():
    """Enough rows for three pages of each table, with equal and empty sort values."""
    day = datetime.date(2011, 1, 18)
    articles = [
        ArticleFactory(
            title=["Offshoring", "Centres d'appels", "offshoring"][n % 3],
            text=f"Texte {n}",
            outlet=["MAP", "Le Matin", ""][n % 3],
            publication_date=None if n % 5 == 0 else day + datetime.timedelta(days=n % 4),
        )
        for n in range(60)
    ]
    regions = [None, region("souss-massa"), region("oriental"), region("casablanca-settat")]
    units = {"employment": "persons", "revenue": "MAD", "positions": "seats"}
    for n in range(70):
        indicator = list(units)[n % 3]
        MetricFactory(
            article=articles[n % 7],
            indicator=indicator,
            unit="EUR" if indicator == "revenue" and n % 2 else units[indicator],
            value=Decimal(100 * (n % 6)),
            year=None if n % 9 == 0 else 2010 + n % 3,
            region=regions[n % 4],
        )
    organisations = [
        OrganisationFactory(name=["Webhelp", "Intelcia", "Atlas"][n % 3] + f" {n % 20}", acronym=["", "AB"][n % 2])
        for n in range(60)
    ]
    for n, organisation in enumerate(organisations):
        for article in articles[: n % 4]:
            OrganisationMention.objects.create(article=article, organisation=organisation)
    for n in range(60):
        EventFactory(
            name=["SICCAM", "Forum"][n % 2],
            key=f"event-{n}",
            edition=None if n % 3 == 0 else n % 4,
            date=None if n % 7 == 0 else day + datetime.timedelta(days=n % 5),
            city=None if n % 4 == 0 else city(["agadir", "oujda"][n % 2]),
        )


def page_ids(client, table: str, params: dict) -> list[int]:
    """The ids of every page of the table, in page order."""
    ids: list[int] = []
    number = 1
    while True:
        response = client.get(f"/{table}/", {**params, "per_page": PER_PAGE, "page": number})
        assert response.status_code == 200, (table, params, number)
        ids += list(response.context["page_obj"].object_list.values_list("id", flat=True))
        if not response.context["page_obj"].has_next():
            return ids
        number += 1


def test_every_sortable_column_is_tested():
    for table, page in LIST_PAGES.items():
        sortable = {column.sort for column in page.table.columns if column.sort}
        assert sortable == set(EXPECTED[table]) == set(page.filterset_class.base_filters["o"].sorts), table


@pytest.mark.parametrize("table", EXPECTED)
def test_every_table_sorts_by_every_column_both_ways(tables_with_ties, staff_client, table):
    rows = list(MODELS[table].objects.all())
    assert len(rows) > 2 * PER_PAGE
    for key, row_key in EXPECTED[table].items():
        for descending in (False, True):
            expected = [row.id for row in sorted(rows, key=row_key, reverse=descending)]
            sort = f"-{key}" if descending else key
            assert page_ids(staff_client, table, {"o": sort}) == expected, sort


def test_unknown_sort_is_a_form_error_not_a_500(analyst_client):
    response = analyst_client.get("/organisations/", {"o": "article_count"})
    assert response.status_code == 200
    assert "o" in response.context["filterset"].form.errors


def test_value_sort_says_it_sorts_within_indicator_and_unit(analyst_client):
    MetricFactory()
    html = analyst_client.get("/metrics/", {"o": "-value"}).content.decode()
    assert "par indicateur et par unité" in html
    assert "par indicateur et par unité" not in analyst_client.get("/metrics/", {"o": "year"}).content.decode()


# Sorts that no index serves, on purpose: the events' city joins a table of a few dozen cities over a
# few thousand events, and the organisations' article count groups every mention (see filters.py).
SORTED_IN_MEMORY = {("events", "city"), ("organisations", "articles")}


@pytest.mark.postgres
@pytest.mark.parametrize(("table", "key"), [(t, k) for t, keys in EXPECTED.items() for k in keys])
def test_every_other_sort_is_served_by_an_index(postgres, table, key):
    """With sorting made prohibitively expensive, PostgreSQL still finds a plan without a Sort node:
    an index delivers the rows in the page's order (both ways: a B-tree reads backwards)."""
    from django.http import QueryDict

    page = LIST_PAGES[table]
    for sort in (key, f"-{key}"):
        ids = page.rows(page.filterset(QueryDict(f"o={sort}"))).values_list("pk", flat=True)[:50]
        sql, params = ids.query.sql_with_params()
        with postgres.cursor() as cursor:
            cursor.execute("SET LOCAL enable_sort = off")
            cursor.execute(f"EXPLAIN {sql}", params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
        full_sorts = [line for line in plan.splitlines() if "Sort" in line and "Incremental Sort" not in line]
        if (table, key) in SORTED_IN_MEMORY:
            continue
        assert not [line for line in full_sorts if "->  Sort" in line or line.startswith("Sort")], plan
