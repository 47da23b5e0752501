"""The admin an admin works in: upload, status counts, failures, re-parse, batch progress, review.

Uploaded articles are parsed by the real extraction engine (the texts are in tests/articles.py).
"""

import io
import re
import zipfile
from decimal import Decimal

import pytest
from django.urls import reverse

from offshoring.extraction import PARSER_VERSION
from offshoring.models import Article, Metric, UploadBatch
from offshoring.services.ingest import upload_ingest
from offshoring.services.parse import article_parse
from tests.articles import BINARY, BINARY_ERROR, SECTOR_FIGURES, agadir_hiring
from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db

UPLOAD_URL = reverse("admin:offshoring_article_upload")
CHANGELIST_URL = reverse("admin:offshoring_article_changelist")


@pytest.fixture
def admin_client(client):
    user = UserFactory(username="admin-user", group="admins")
    user.is_staff = True
    user.save()
    client.force_login(user)
    client.user = user
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def eager(django_capture_on_commit_callbacks):
    """post(client, url, data): a request whose queued parse tasks run in-process once it is done (as in the demo)."""

    def post(client, url, data=None, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {}, **kwargs)

    return post


def change_form_data(client, url) -> dict:
    """The POST data of an admin change page as it stands: the form's values and its inlines' management forms."""
    context = client.get(url).context
    form = context["adminform"].form
    data = {name: form.initial.get(name) for name in form.fields}
    data = {name: ("" if value is None else value) for name, value in data.items() if value is not False}
    for inline in context["inline_admin_formsets"]:
        management = inline.formset.management_form
        data.update({management.add_prefix(name): value for name, value in management.initial.items()})
    return data


def upload(client, eager=None, **data):
    response = eager(client, UPLOAD_URL, data) if eager else client.post(UPLOAD_URL, data)
    assert response.status_code == 200, response.content[:500]
    return response


def text_file(name: str, text: str):
    handle = io.BytesIO(text.encode())
    handle.name = name
    return handle


def test_upload_page_needs_the_add_article_permission(client):
    analyst = UserFactory(username="analyst-user", group="analysts")
    analyst.is_staff = True
    analyst.save()
    client.force_login(analyst)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    assert client.get(UPLOAD_URL).status_code == 403
    assert client.post(UPLOAD_URL, {"text": "x"}).status_code == 403
    assert not Article.objects.exists()


def test_upload_page_renders(admin_client):
    response = admin_client.get(UPLOAD_URL)
    assert response.status_code == 200
    assert b'enctype="multipart/form-data"' in response.content and b"csrfmiddlewaretoken" in response.content


def test_upload_one_file(admin_client, eager):
    response = upload(admin_client, eager, files=[text_file("one.txt", agadir_hiring(n=1))], outlet="Les ECO")
    article = Article.objects.get()
    assert article.outlet == "Les ECO" and article.uploaded_by == admin_client.user
    assert article.status == "parsed"
    assert list(article.metrics.values_list("indicator", "value")) == [("employment", Decimal("100"))]
    assert reverse("admin:offshoring_article_change", args=[article.id]).encode() in response.content
    assert reverse("admin:offshoring_uploadbatch_progress", args=[article.batch_id]).encode() in response.content


def test_upload_several_files_reports_each(admin_client, eager):
    response = upload(
        admin_client,
        eager,
        files=[text_file("a.txt", agadir_hiring(n=1)), text_file("b.txt", ""), text_file("c.txt", agadir_hiring(n=1))],
    )
    content = response.content.decode()
    assert Article.objects.count() == 1
    assert "1 created, 1 duplicates, 1 rejected" in content
    assert "the file is empty" in content
    assert f"already uploaded: duplicate of article #{Article.objects.get().id}" in content


def test_upload_a_zip(admin_client, eager):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for n in (1, 2, 3):
            archive.writestr(f"lot/{n}.txt", agadir_hiring(n=n))
        archive.writestr("lot/notes.docx", b"PK\x03\x04")
    buffer.seek(0)
    buffer.name = "lot.zip"
    response = upload(admin_client, eager, files=[buffer])
    assert Article.objects.filter(status="parsed").count() == 3
    assert "only .txt and .html files are read from a .zip" in response.content.decode()
    assert UploadBatch.objects.get().articles.count() == 3


def test_upload_a_traversal_zip_is_refused_and_changes_nothing(admin_client, eager):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../evil.txt", agadir_hiring(n=1))
    buffer.seek(0)
    buffer.name = "evil.zip"
    response = upload(admin_client, eager, files=[buffer])
    assert "unsafe path (../evil.txt)" in response.content.decode()
    assert not Article.objects.exists() and not UploadBatch.objects.exists()


def test_upload_pasted_text_with_url_and_date(admin_client, eager):
    upload(admin_client, eager, text=agadir_hiring(n=7), url="https://example.ma/a", publication_date="2011-01-18")
    article = Article.objects.get()
    assert article.url == "https://example.ma/a"
    assert str(article.publication_date) == "2011-01-18" and article.publication_date_given


def test_upload_without_anything_shows_the_form_error(admin_client):
    response = upload(admin_client, outlet="x")
    assert "Choose at least one file, or paste a text." in response.content.decode()


def test_upload_text_is_escaped(admin_client, eager):
    response = upload(admin_client, eager, files=[text_file("<img src=x onerror=alert(1)>.txt", "")])
    assert b"<img src=x" not in response.content
    assert b"&lt;img src=x onerror=alert(1)&gt;.txt" in response.content


def test_changelist_shows_counts_per_status_and_filters_failed(admin_client):
    ArticleFactory.create_batch(3, status="parsed")
    failed = ArticleFactory(status="failed", error="RuntimeError: the engine tripped")
    ArticleFactory(status="pending")
    response = admin_client.get(CHANGELIST_URL)
    content = response.content.decode()
    counts = dict(re.findall(r'data-status="(\w+)">[^<]*: <strong>(\d+)</strong>', content))
    assert counts == {"pending": "1", "processing": "0", "parsed": "3", "failed": "1"}
    assert "Re-parse the failed article" in content

    response = admin_client.get(CHANGELIST_URL, {"status__exact": "failed"})
    assert list(response.context["cl"].result_list) == [failed]
    assert "RuntimeError: the engine tripped" in response.content.decode()


def test_change_page_shows_the_error_and_the_metrics(admin_client, eager):
    failed = ArticleFactory(status="pending", raw=BINARY, raw_filename="scan.txt")  # bytes the engine cannot read
    article_parse(article_id=failed.id)
    response = admin_client.get(reverse("admin:offshoring_article_change", args=[failed.id]))
    assert BINARY_ERROR in response.content.decode()

    upload(admin_client, eager, text=agadir_hiring(n=2))
    parsed = Article.objects.get(status="parsed")
    response = admin_client.get(reverse("admin:offshoring_article_change", args=[parsed.id]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Agadir" in content
    assert "Les centres d&#x27;appels de la ville emploient 200 téléconseillers" in content  # the metric's sentence


def test_reparse_action_requeues_the_selected(admin_client, eager):
    upload(admin_client, eager, text=agadir_hiring(n=1))
    article = Article.objects.get()
    Article.objects.filter(id=article.id).update(parser_version="old")
    response = eager(admin_client, CHANGELIST_URL, {"action": "reparse_selected", "_selected_action": [article.id]})
    assert response.status_code == 302
    assert "1 article queued for parsing." in admin_client.get(CHANGELIST_URL).content.decode()
    article.refresh_from_db()
    assert article.status == "parsed" and article.parser_version == PARSER_VERSION and article.attempts == 2


def test_reparse_failed_button_reruns_only_the_failed(admin_client, eager):
    upload(admin_client, eager, text=agadir_hiring(n=1))
    ok = Article.objects.get()
    failed = ArticleFactory(status="failed", error=BINARY_ERROR, raw=agadir_hiring(n=9).encode())
    response = eager(admin_client, reverse("admin:offshoring_article_reparse_failed"))
    assert response.status_code == 302
    assert "1 failed article queued for parsing." in admin_client.get(CHANGELIST_URL).content.decode()
    failed.refresh_from_db()
    ok.refresh_from_db()
    assert failed.status == "parsed" and failed.error == ""
    assert list(failed.metrics.values_list("indicator", "value")) == [("employment", Decimal("900"))]
    assert ok.attempts == 1
    assert admin_client.get(reverse("admin:offshoring_article_reparse_failed")).status_code == 405


def test_batch_progress_page_refreshes_itself_until_done(admin_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):  # no worker yet: the articles stay pending
        report = upload_ingest(files=[("a.txt", agadir_hiring(n=1).encode()), ("b.txt", b"")], user=admin_client.user)
    url = reverse("admin:offshoring_uploadbatch_progress", args=[report.batch.pk])
    content = admin_client.get(url).content.decode()
    assert '<meta http-equiv="refresh" content="3">' in content
    assert "0% of 1 articles done (1 to go)" in content
    assert "b.txt" in content and "the file is empty" in content

    article_parse(article_id=report.outcomes[0].article_id)
    content = admin_client.get(url).content.decode()
    assert 'http-equiv="refresh"' not in content
    assert "100% of 1 articles done" in content and "Finished." in content


def test_every_admin_list_renders_with_search(admin_client, eager):
    upload(admin_client, eager, text=agadir_hiring(n=1))
    for name in ("article", "metric", "event", "uploadbatch", "organisation", "region", "city"):
        url = reverse(f"admin:offshoring_{name}_changelist")
        assert admin_client.get(url).status_code == 200, name
        assert admin_client.get(url, {"q": "Agadir"}).status_code == 200, name


def test_metric_review_actions_and_edit(admin_client, eager):
    upload(admin_client, eager, text=SECTOR_FIGURES)  # employment 45000 persons and revenue 4.5 billion MAD
    low, high = sorted(Metric.objects.all(), key=lambda metric: metric.confidence)
    assert low.confidence < high.confidence
    metrics_url = reverse("admin:offshoring_metric_changelist")
    response = admin_client.get(metrics_url, {"queue": "todo"})
    assert list(response.context["cl"].result_list) == [low, high]  # the least confident first

    admin_client.post(metrics_url, {"action": "confirm", "_selected_action": [high.id]})
    admin_client.post(metrics_url, {"action": "reject", "_selected_action": [low.id]})
    high.refresh_from_db()
    low.refresh_from_db()
    assert (high.review_state, high.reviewed_by) == ("confirmed", admin_client.user)
    assert low.review_state == "rejected"

    change_url = reverse("admin:offshoring_metric_change", args=[high.id])
    form = admin_client.get(change_url).context["adminform"].form
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data.update(value="46000", region="", city="", organisation="")
    response = admin_client.post(change_url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    high.refresh_from_db()
    assert high.value == Decimal("46000") and high.review_state == "edited"
    history = admin_client.get(reverse("admin:offshoring_metric_history", args=[high.id]))
    assert history.status_code == 200 and "admin-user" in history.content.decode()


def test_upload_with_a_manifest_gives_each_file_of_a_zip_its_metadata(admin_client, eager):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("lot/corpus/a.txt", agadir_hiring(n=1))
        archive.writestr("lot/corpus/b.txt", agadir_hiring(n=2))
    buffer.seek(0)
    buffer.name = "lot.zip"
    manifest = text_file(
        "manifest.csv",
        "file;url;publication_date;title;notes\n"
        "corpus/a.txt;https://medias24.com/a;18/01/2011;Cent téléconseillers;x\n"
        "corpus/b.txt;;2011-02-30;;\n",
    )
    response = upload(
        admin_client, eager, files=[buffer, text_file("c.txt", agadir_hiring(n=3))], manifest=manifest, outlet="Les ECO"
    )
    content = response.content.decode()
    a = Article.objects.get(url="https://medias24.com/a")
    assert (a.outlet, a.title, a.title_given, str(a.publication_date)) == (
        "Médias24",
        "Cent téléconseillers",
        True,
        "2011-01-18",
    )
    c = Article.objects.get(raw_filename="c.txt")  # sent with the manifest, not named in it: the upload's outlet
    assert c.outlet == "Les ECO" and c.batch_id == a.batch_id
    assert Article.objects.count() == 2
    assert "line 3: “2011-02-30” is not a date (write YYYY-MM-DD)" in content
    assert "Manifest manifest.csv: columns “notes” ignored" in content
    assert "columns separated by “;”" in content


def test_a_manifest_needs_its_files(admin_client):
    response = upload(admin_client, manifest=text_file("manifest.csv", "file\na.txt\n"))
    assert "Send the files the manifest names with it (one by one or in a .zip)." in response.content.decode()
    assert not Article.objects.exists()


def test_a_title_or_date_corrected_in_the_admin_is_kept_by_the_next_parse(admin_client, eager):
    upload(admin_client, eager, text=agadir_hiring(n=1))
    article = Article.objects.get()
    change_url = reverse("admin:offshoring_article_change", args=[article.id])
    data = change_form_data(admin_client, change_url)
    data.update(title="Agadir recrute cent téléconseillers", publication_date="2011-01-18")
    response = admin_client.post(change_url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    Article.objects.filter(pk=article.pk).update(parser_version="old")
    article_parse(article_id=article.id)
    article.refresh_from_db()
    assert (article.title, article.title_given) == ("Agadir recrute cent téléconseillers", True)
    assert (str(article.publication_date), article.publication_date_given) == ("2011-01-18", True)


def test_the_index_says_how_many_figures_wait_and_where_to_upload(admin_client, eager):
    upload(admin_client, eager, text=SECTOR_FIGURES)
    content = admin_client.get(reverse("admin:index")).content.decode()
    review = reverse("admin:offshoring_metric_changelist") + "?queue=todo"
    assert re.search(rf'<a href="{re.escape(review)}"><strong>2</strong> figures to review</a>', content)
    assert f'href="{UPLOAD_URL}">Upload articles</a>' in content
    Metric.objects.update(review_state="confirmed")
    assert "<strong>0</strong> figures to review" in admin_client.get(reverse("admin:index")).content.decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_upload_result_lists_the_figures_found_per_article(admin_client):
    # In-process (the embedded default), each article is parsed as soon as its transaction commits.
    response = admin_client.post(
        UPLOAD_URL, {"files": [text_file("a.txt", SECTOR_FIGURES), text_file("b.txt", agadir_hiring(n=4))]}
    )
    content = response.content.decode()
    a, b = Article.objects.order_by("id")
    assert a.status == b.status == "parsed"
    assert "2 figures found" in content and "1 figure found" in content
    for metric in Metric.objects.all():
        assert reverse("admin:offshoring_metric_change", args=[metric.pk]) in content
    assert "Employment : 45,000\u00a0people (2011)" in content
    assert f"?article__id__exact={a.pk}" in content
    figures = admin_client.get(reverse("admin:offshoring_metric_changelist"), {"article__id__exact": a.pk})
    assert figures.status_code == 200 and len(figures.context["cl"].result_list) == 2


def test_with_a_worker_the_upload_result_points_to_the_batch_page(admin_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):  # queued for a worker that has not run yet
        response = admin_client.post(UPLOAD_URL, {"text": SECTOR_FIGURES})
    content = response.content.decode()
    assert "Parsing: the batch page shows its figures as they arrive." in content
    batch = UploadBatch.objects.get()
    assert reverse("admin:offshoring_uploadbatch_progress", args=[batch.pk]) in content


def test_the_batch_page_shows_its_own_counts_and_figures(admin_client, eager):
    ArticleFactory.create_batch(3, status="failed", error="x")  # another upload's articles
    upload(admin_client, eager, text=SECTOR_FIGURES)
    batch = UploadBatch.objects.get()
    url = reverse("admin:offshoring_uploadbatch_progress", args=[batch.pk])
    content = admin_client.get(url).content.decode()
    assert "2 figures found so far" in content
    assert re.search(r"<td><a[^>]*>Failed</a></td><td>0</td>", content)
    for metric in Metric.objects.all():
        assert reverse("admin:offshoring_metric_change", args=[metric.pk]) in content

    # The batch's article list counts the batch's articles, whatever status is chosen.
    for query in ({"batch__id__exact": batch.pk}, {"batch__id__exact": batch.pk, "status__exact": "failed"}):
        content = admin_client.get(CHANGELIST_URL, query).content.decode()
        counts = dict(re.findall(r'data-status="(\w+)">[^<]*: <strong>(\d+)</strong>', content))
        assert counts == {"pending": "0", "processing": "0", "parsed": "1", "failed": "0"}, query
    assert "Re-parse the 3 failed articles" in content  # the button still re-parses every failed article
    assert f"?batch__id__exact={batch.pk}&amp;status__exact=parsed" in content
