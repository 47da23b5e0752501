import csv
import io
import json

import pytest
from django.db import connection
from django.http import StreamingHttpResponse

from dashboard.exports import CHUNK_ROWS, metric_csv_stream, metric_export_rows
from dashboard.selectors import metric_countable_queryset
from dashboard.tables import METRIC_TABLE
from offshoring.models import Metric
from tests.factories import ArticleFactory, MetricFactory, region

pytestmark = pytest.mark.django_db


def read_csv(response) -> list[dict]:
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for Excel"
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def test_csv_holds_exactly_the_filtered_rows_across_pages(staff_client):
    article = ArticleFactory()
    wanted = {MetricFactory(article=article, region=region("souss-massa"), year=2011).pk for _ in range(60)}
    MetricFactory(article=article, region=region("oriental"), year=2011)
    MetricFactory(article=article, region=region("souss-massa"), year=2012)
    MetricFactory(article=article, region=region("souss-massa"), year=2011, review_state="rejected")

    response = staff_client.get(
        "/metrics/export/",
        {"region": "souss-massa", "year_min": 2011, "year_max": 2011, "columns": ["year", "region", "figure"]},
    )
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"].startswith("text/csv")
    filename = response["Content-Disposition"]
    assert filename.startswith('attachment; filename="metrics-20') and filename.endswith('.csv"')
    rows = read_csv(response)
    assert len(rows) == 60  # more than one page of the table (50), rejected one left out
    assert {row["region"] for row in rows} == {"Souss-Massa"}
    assert {row["year"] for row in rows} == {"2011"}
    assert list(rows[0]) == ["year", "year_source", "value", "unit", "qualifier", "kind", "period", "region"]
    page = staff_client.get("/metrics/", {"region": "souss-massa", "year_min": 2011, "year_max": 2011})
    assert page.context["paginator"].count == len(wanted)


def test_formula_cells_are_neutralised(staff_client):
    article = ArticleFactory(title='=HYPERLINK("http://evil")', outlet="@outlet")
    MetricFactory(article=article, sentence="-2+3 emplois", value=-5, unit="percent", indicator="growth_rate")
    rows = read_csv(staff_client.get("/metrics/export/", {"columns": ["evidence", "article", "figure"]}))
    assert rows[0]["sentence"] == "'-2+3 emplois"
    assert rows[0]["article_title"] == '\'=HYPERLINK("http://evil")'
    assert rows[0]["outlet"] == "'@outlet"
    assert rows[0]["value"] == "-5"  # a number, not a formula: left alone


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "45 000", "", "'quoted"])
def test_every_formula_trigger_is_neutralised(staff_client, value):
    MetricFactory(sentence=value)
    rows = read_csv(staff_client.get("/metrics/export/", {"columns": ["evidence"]}))
    expected = "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
    assert rows[0]["sentence"] == expected


def test_analyst_gets_403_on_every_export(analyst_client):
    for table in ("metrics", "articles", "organisations", "events"):
        assert analyst_client.get(f"/{table}/export/").status_code == 403


def test_json_export(staff_client):
    MetricFactory(value=4500000000, unit="MAD", indicator="revenue")
    response = staff_client.get("/metrics/export/", {"format": "json", "columns": ["indicator", "figure"]})
    assert response["Content-Type"] == "application/json"
    data = json.loads(b"".join(response.streaming_content))
    assert data == [
        {
            "indicator": "revenue",
            "value": 4500000000,
            "unit": "MAD",
            "qualifier": "exact",
            "kind": "actual",
            "period": "year",
        }
    ]


def test_invalid_filter_is_refused_not_widened(staff_client):
    MetricFactory()
    assert staff_client.get("/metrics/export/", {"year_min": "abc"}).status_code == 400


def test_other_tables_export(staff_client, demo):
    for table, expected in (("articles", 5), ("events", 2)):
        response = staff_client.get(f"/{table}/export/")
        assert len(read_csv(response)) == expected
    rows = read_csv(staff_client.get("/organisations/export/", {"q": "AMRC"}))
    assert any(row["name"] == "AMRC" for row in rows)


def test_stream_yields_chunks_of_rows_not_rows(django_assert_max_num_queries):
    article = ArticleFactory()
    Metric.objects.bulk_create(
        [
            Metric(
                article=article,
                indicator="employment",
                value=i,
                unit="persons",
                sentence="s",
                start=0,
                end=1,
                fingerprint=f"bulk{i}",
            )
            for i in range(CHUNK_ROWS * 2 + 10)
        ]
    )
    with django_assert_max_num_queries(4):  # no per-row query
        chunks = list(metric_csv_stream(metric_countable_queryset(), METRIC_TABLE.chosen(["figure"])))
    if connection.vendor == "sqlite":
        assert len(chunks) == 3  # header with the first batch, then one chunk per 2000 rows
    else:
        assert len(chunks) >= 2  # the header, then COPY's blocks gathered in 256 kB chunks
    assert sum(chunk.count(b"\n") for chunk in chunks) == CHUNK_ROWS * 2 + 10 + 1


def test_metric_export_rows_are_tuples():
    MetricFactory(year=2011)
    rows = list(metric_export_rows(metric_countable_queryset(), METRIC_TABLE.chosen(["year", "indicator"])))
    assert rows == [(2011, "stated", "employment")]
