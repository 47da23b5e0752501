"""Exports: the page's rows, order and columns, worded as the page words them; complete or visibly failed."""

import csv
import io
import json
from datetime import timedelta

import pytest
from django.db import connection
from django.http import FileResponse
from django.test import Client
from django.utils import timezone

from dashboard.exports import CHUNK_ROWS, ExportOptions, metric_csv_stream, metric_export_rows
from dashboard.models import Export
from dashboard.pages import LIST_PAGES
from dashboard.selectors import metric_countable_queryset
from dashboard.services import export_path, exports_expire
from dashboard.tables import METRIC_TABLE
from offshoring.models import Metric
from tests.dashboard.conftest import client_for
from tests.factories import ArticleFactory, MetricFactory, UserFactory, region

pytestmark = pytest.mark.django_db


def body_of(response) -> bytes:
    """The response's whole body, checked against the length it announced."""
    assert isinstance(response, FileResponse), "an export is a file with a length, never an open-ended stream"
    body = b"".join(response.streaming_content)
    assert int(response["Content-Length"]) == len(body)
    return body


def read_csv(response, delimiter=",") -> list[dict]:
    body = body_of(response)
    assert body.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for Excel"
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig")), delimiter=delimiter))


def read_codes(response) -> list[dict]:
    body = body_of(response)
    assert not body.startswith(b"\xef\xbb\xbf"), "no BOM for programs"
    return list(csv.DictReader(io.StringIO(body.decode("utf-8"))))


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
    assert response["Content-Type"].startswith("text/csv")
    filename = response["Content-Disposition"]
    assert filename.startswith('attachment; filename="metrics-20') and filename.endswith('.csv"')
    rows = read_csv(response)
    assert {int(row["ID"]) for row in rows} == wanted  # more than one page of the table (50), rejected left out
    assert {row["Région"] for row in rows} == {"Souss-Massa"}
    assert {row["Année"] for row in rows} == {"2011"}
    # The row id, then the chosen columns in the page's order, each part of the figure apart.
    assert list(rows[0]) == ["ID", "Année", "Chiffre", "Unité", "Précision", "Nature", "Période", "Région"]


def test_labels_as_the_page_words_them_codes_for_programs(staff_client):
    MetricFactory(value=3500, unit="persons", qualifier="about", kind="target", indicator="jobs_target", region=None)
    params = {"columns": ["indicator", "figure", "region"]}
    labelled = read_csv(staff_client.get("/metrics/export/", params))[0]
    assert {k: v for k, v in labelled.items() if k != "ID"} == {
        "Indicateur": "Emplois prévus",
        "Chiffre": "3500",
        "Unité": "personnes",
        "Précision": "environ",
        "Nature": "objectif",
        "Période": "année",
        "Région": "National",
    }
    codes = read_codes(staff_client.get("/metrics/export/", {**params, "headers": "codes"}))[0]
    assert {k: v for k, v in codes.items() if k != "id"} == {
        "indicator": "jobs_target",
        "value": "3500",
        "unit": "persons",
        "qualifier": "about",
        "kind": "target",
        "period": "year",
        "region": "national",
    }
    staff_client.cookies["django_language"] = "en"
    english = read_csv(staff_client.get("/metrics/export/", params))[0]
    assert english["Indicator"] == "Jobs planned" and english["Unit"] == "people" and english["Figure kind"] == "target"


def test_semicolon_and_decimal_comma_for_french_excel(staff_client):
    MetricFactory(value="4.5", unit="percent", indicator="growth_rate", sentence="Croissance; de 4,5 %")
    response = staff_client.get("/metrics/export/", {"columns": ["figure", "evidence"], "sep": "semicolon"})
    body = body_of(response).decode("utf-8-sig")
    header, line = body.splitlines()
    assert header == "ID;Chiffre;Unité;Précision;Nature;Période;Phrase source"
    assert line.split(";")[1:4] == ["4,5", "%", "exactement"]
    assert line.endswith('"Croissance; de 4,5 %"')  # a cell holding the separator is quoted


@pytest.mark.parametrize("params", [{"format": "xml"}, {"headers": "both"}, {"sep": "tab"}, {"year_min": "abc"}])
def test_unknown_option_or_invalid_filter_is_refused_before_any_row(staff_client, params):
    MetricFactory()
    response = staff_client.get("/metrics/export/", params)
    assert response.status_code == 400
    assert not isinstance(response, FileResponse)


def test_formula_cells_are_neutralised(staff_client):
    article = ArticleFactory(title='=HYPERLINK("http://evil")', outlet="@outlet")
    MetricFactory(article=article, sentence="-2+3 emplois", value=-5, unit="percent", indicator="growth_rate")
    rows = read_codes(
        staff_client.get("/metrics/export/", {"columns": ["evidence", "article", "figure"], "headers": "codes"})
    )
    assert rows[0]["sentence"] == "'-2+3 emplois"
    assert rows[0]["article_title"] == '\'=HYPERLINK("http://evil")'
    assert rows[0]["outlet"] == "'@outlet"
    assert rows[0]["value"] == "-5"  # a number, not a formula: left alone


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "45 000", "", "'quoted"])
def test_every_formula_trigger_is_neutralised(staff_client, value):
    MetricFactory(sentence=value)
    rows = read_csv(staff_client.get("/metrics/export/", {"columns": ["evidence"]}))
    expected = "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
    assert rows[0]["Phrase source"] == expected


def test_analyst_gets_403_on_every_export(analyst_client):
    for table in ("metrics", "articles", "organisations", "events"):
        assert analyst_client.get(f"/{table}/export/").status_code == 403
    assert analyst_client.get("/exports/").status_code == 403


def test_json_export(staff_client):
    metric = MetricFactory(value=4500000000, unit="MAD", indicator="revenue")
    response = staff_client.get("/metrics/export/", {"format": "json", "columns": ["indicator", "figure"]})
    assert response["Content-Type"] == "application/json"
    assert json.loads(body_of(response)) == [
        {
            "id": metric.pk,
            "indicator": "revenue",
            "value": 4500000000,
            "unit": "MAD",
            "qualifier": "exact",
            "kind": "actual",
            "period": "year",
        }
    ]


def test_other_tables_export(staff_client, demo):
    for table, expected in (("articles", 5), ("events", 2)):
        assert len(read_csv(staff_client.get(f"/{table}/export/"))) == expected
    rows = read_csv(staff_client.get("/organisations/export/", {"q": "AMRC"}))
    assert any(row["Nom"] == "AMRC" and int(row["Articles"]) >= 1 for row in rows)


def page_view(client, table: str, params: dict) -> tuple[list[str], list[int]]:
    """The page's column labels and the ids of every one of its rows, page after page."""
    ids, number = [], 1
    while True:
        response = client.get(f"/{table}/", {**params, "per_page": 25, "page": number})
        labels = [str(header["label"]) for header in response.context["headers"]]
        ids += list(response.context["page_obj"].object_list.values_list("id", flat=True))
        if not response.context["page_obj"].has_next():
            return labels, ids
        number += 1


@pytest.mark.parametrize("table", list(LIST_PAGES))
def test_export_matches_the_page_rows_order_and_columns(demo, staff_client, table):
    """For every sort of the table, both ways, and its default order: the export's rows are the page's,
    in the page's order, and its headers are the page's column labels (each followed by its parts)."""
    for sort in ["", *[f"{d}{c.sort}" for c in LIST_PAGES[table].table.columns if c.sort for d in ("", "-")]]:
        params = {"o": sort} if sort else {}
        labels, ids = page_view(staff_client, table, params)
        rows = read_csv(staff_client.get(f"/{table}/export/", params))
        assert [int(row["ID"]) for row in rows] == ids, sort
        assert [header for header in rows[0] if header in labels] == labels if rows else True


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
        assert len(chunks) == 4  # the header, then one chunk per 2000 rows
    else:
        assert len(chunks) >= 2  # the header, then COPY's blocks gathered in 256 kB chunks
    assert sum(chunk.count(b"\n") for chunk in chunks) == CHUNK_ROWS * 2 + 10 + 1


def test_metric_export_rows_are_tuples():
    metric = MetricFactory(year=2011)
    rows = list(metric_export_rows(metric_countable_queryset(), METRIC_TABLE.chosen(["year", "indicator"])))
    assert rows == [(metric.pk, 2011, "employment")]


def test_options_read_from_the_query_string():
    from django.http import QueryDict

    assert ExportOptions.from_params(QueryDict("")) == ExportOptions("csv", True, ",")
    assert ExportOptions.from_params(QueryDict("sep=semicolon&headers=codes")) == ExportOptions("csv", False, ";")
    assert ExportOptions.from_params(QueryDict("format=json&headers=labels&sep=semicolon")).labelled is False


# --- Large exports: a job writes the file, the page offers it --------------------------------------


@pytest.fixture
def small_direct_limit(settings, tmp_path):
    settings.EXPORT_DIRECT_MAX_ROWS = 5  # above it, a job
    settings.EXPORT_ROOT = tmp_path / "exports"
    return settings


@pytest.fixture
def export_job(django_capture_on_commit_callbacks):
    """GET an export URL as a browser does; its job is queued on commit and runs in-process (no broker)."""

    def request(client, params=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.get("/metrics/export/", params or {})

    return request


def test_large_export_is_written_by_a_job_and_offered_to_its_requester(small_direct_limit, export_job, staff_client):
    metrics = [MetricFactory(value=n) for n in range(8)]
    response = export_job(staff_client, {"o": "value", "columns": ["figure"]})
    export = Export.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/exports/{export.pk}/"
    # Tasks run in-process in the tests: the job has run by the time the page is shown.
    page = staff_client.get(response["Location"])
    assert page.context["export"].status == "ready"
    assert 'data-testid="export-download"' in page.content.decode()
    status = staff_client.get(response["Location"], {"format": "json"}).json()
    assert status["status"] == "ready" and status["rows_expected"] == 8
    download = staff_client.get(status["download_url"])
    rows = read_csv(download)
    assert [int(row["ID"]) for row in rows] == [m.pk for m in sorted(metrics, key=lambda m: (m.value, m.pk))]
    assert download["Content-Disposition"].startswith('attachment; filename="metrics-')
    assert list(small_direct_limit.EXPORT_ROOT.glob("*.part")) == []


def test_only_the_requester_or_an_admin_sees_a_large_export(
    small_direct_limit, export_job, staff_client, admin_client_
):
    for n in range(8):
        MetricFactory(value=n)
    url = export_job(staff_client)["Location"]
    colleague = Client()  # another member of the staff group: may export, but not fetch this one
    colleague.force_login(UserFactory(username="colleague", group="staff"))
    assert colleague.get(url).status_code == 404
    assert colleague.get(url + "download/").status_code == 404
    assert admin_client_.get(url + "download/").status_code == 200
    assert client_for("analysts").get(url + "download/").status_code == 403
    assert staff_client.get(url + "download/").status_code == 200


def test_expired_exports_lose_their_file(small_direct_limit, export_job, staff_client):
    for n in range(8):
        MetricFactory(value=n)
    url = export_job(staff_client)["Location"]
    export = Export.objects.get()
    path = export_path(export)
    assert path.exists()
    assert exports_expire(now=timezone.now()) == 0  # not yet
    assert exports_expire(now=export.expires_at + timedelta(seconds=1)) == 1
    assert not path.exists()
    assert Export.objects.get().status == "expired"
    assert staff_client.get(url + "download/").status_code == 404
    assert "expiré" in staff_client.get(url).content.decode()


def test_a_failed_job_offers_no_file(small_direct_limit, staff_client):
    from dashboard.services import export_job_run

    MetricFactory()
    # A job whose query no longer validates when it runs (a city deleted since it was queued, say).
    export = Export.objects.create(
        user=staff_client.get("/exports/").wsgi_request.user,
        table="metrics",
        query="year_min=abc",
        language="fr",
        expires_at=timezone.now() + timedelta(hours=1),
    )
    assert export_job_run(export_id=export.pk) == "failed"
    export.refresh_from_db()
    assert export.status == "failed" and "year_min" in export.error
    assert staff_client.get(f"/exports/{export.pk}/download/").status_code == 404
    assert "a échoué" in staff_client.get(f"/exports/{export.pk}/").content.decode()
    assert list(small_direct_limit.EXPORT_ROOT.iterdir()) == []
