"""manage.py ingest and manage.py reparse, with the real extraction engine parsing what they queue."""

import io
import zipfile
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone, translation

from offshoring.extraction import PARSER_VERSION
from offshoring.models import Article, Metric, UploadBatch
from offshoring.services.reparse import articles_for_reparse
from tests.articles import agadir_hiring
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """call_command with the queued parse tasks run in-process (no broker: the embedded default)."""

    def run_command(*args, **kwargs):
        out = io.StringIO()
        with django_capture_on_commit_callbacks(execute=True):
            call_command(*args, stdout=out, **kwargs)
        return out.getvalue()

    return run_command


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_ingest_files_folders_and_zips(tmp_path):
    """As `make demo` runs it: real commits, each parse run in-process as its article commits."""
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text(agadir_hiring(n=1))
    (folder / "sub" / "two.html").write_text(f"<p>{agadir_hiring(n=2)}</p>")
    (folder / "ignored.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "empty.txt").write_text("")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("three.txt", agadir_hiring(n=3))
    (tmp_path / "lot.zip").write_bytes(buffer.getvalue())
    single = tmp_path / "four.txt"
    single.write_text(agadir_hiring(n=4))

    out = io.StringIO()
    call_command(
        "ingest",
        str(folder),
        str(tmp_path / "lot.zip"),
        str(single),
        str(tmp_path / "missing.txt"),
        "--outlet",
        "MAP",
        "--wait",
        "--timeout",
        "20",
        stdout=out,
    )
    lines = out.getvalue().splitlines()
    assert f"{folder}/empty.txt: rejected: the file is empty" in lines
    assert f"{tmp_path}/missing.txt: rejected: no such file or directory" in lines
    assert sum(": created #" in line for line in lines) == 4
    assert "4 created, 0 duplicates, 2 rejected" in lines
    assert any(
        line.startswith("batch #") and line.endswith("done: pending 0, processing 0, parsed 4, failed 0")
        for line in lines
    )
    assert set(Article.objects.values_list("outlet", "status")) == {("MAP", "parsed")}
    # Each article's figure, the HTML one's included: employment n*100 in the Souss-Massa.
    employment = Metric.objects.filter(indicator="employment", region__name="Souss-Massa")
    assert sorted(int(value) for value in employment.values_list("value", flat=True)) == [100, 200, 300, 400]


def test_ingest_twice_reports_duplicates(tmp_path, run):
    path = tmp_path / "a.txt"
    path.write_text(agadir_hiring(n=1))
    run("ingest", str(path))
    out = run("ingest", str(path))
    article = Article.objects.get()
    assert f"{path}: duplicate of #{article.id}" in out
    assert UploadBatch.objects.count() == 1


def test_ingest_with_date_and_url(tmp_path, run):
    path = tmp_path / "a.txt"
    path.write_text(agadir_hiring(n=1))
    run("ingest", str(path), "--date", "2011-01-18", "--url", "https://www.leseco.ma/a")
    article = Article.objects.get()
    assert str(article.publication_date) == "2011-01-18" and article.url == "https://www.leseco.ma/a"


@pytest.mark.parametrize(("option", "value"), [("--date", "18/01/2011"), ("--url", "not a url")])
def test_ingest_refuses_bad_options(tmp_path, run, option, value):
    with pytest.raises(CommandError):
        run("ingest", str(tmp_path), option, value)
    assert not Article.objects.exists()


def make_articles():
    return {
        "parsed": ArticleFactory(status="parsed", parser_version=PARSER_VERSION, raw=agadir_hiring(n=1).encode()),
        "outdated": ArticleFactory(status="parsed", parser_version="2020.0", raw=agadir_hiring(n=2).encode()),
        "failed": ArticleFactory(
            status="failed", parser_version=PARSER_VERSION, error="x", raw=agadir_hiring(n=3).encode()
        ),
        "stuck": ArticleFactory(status="pending", raw=agadir_hiring(n=4).encode()),
        "processing": ArticleFactory(status="processing", raw=agadir_hiring(n=5).encode()),
    }


def test_reparse_modes_select_the_right_articles():
    articles = make_articles()
    old = timezone.now() - timedelta(hours=2)
    Article.objects.filter(id=articles["stuck"].id).update(queued_at=old)
    Article.objects.filter(id=articles["processing"].id).update(parse_started_at=old)

    def selected(mode):
        ids = set(articles_for_reparse(mode=mode).values_list("id", flat=True))
        return {name for name, article in articles.items() if article.id in ids}

    assert selected("all") == set(articles)
    assert selected("failed") == {"failed"}
    assert selected("outdated") == {"outdated"}
    assert selected("stuck") == {"stuck", "processing"}
    Article.objects.filter(id=articles["stuck"].id).update(queued_at=timezone.now())
    assert selected("stuck") == {"processing"}


def test_reparse_command_in_small_batches(run):
    make_articles()
    out = run("reparse", "--all", "--batch-size", "2", verbosity=2)
    assert "queued 2\nqueued 4\nqueued 5\n" in out
    assert "5 articles queued for parsing (all)" in out
    assert set(Article.objects.values_list("status", "parser_version")) == {("parsed", PARSER_VERSION)}


def test_reparse_failed_only(run):
    articles = make_articles()
    out = run("reparse", "--failed")
    assert "1 articles queued for parsing (failed)" in out
    assert Article.objects.get(id=articles["failed"].id).status == "parsed"
    assert Article.objects.get(id=articles["outdated"].id).parser_version == "2020.0"


def test_reparse_needs_a_mode():
    with pytest.raises(CommandError):
        call_command("reparse")
