"""Bulk uploads with a manifest (offshoring/services/manifest.py), through `manage.py ingest --manifest`.

The files are parsed by the real extraction engine, in-process, as `make demo` runs them.
"""

import io
import zipfile
from datetime import date

import pytest
from django.core.management import CommandError, call_command

from offshoring.manifest import manifest_parse
from offshoring.models import Article, UploadBatch
from offshoring.services.ingest import UploadItem
from offshoring.services.manifest import UploadedFiles, manifest_ingest, manifest_upload_items
from offshoring.services.parse import article_parse
from offshoring.services.reparse import articles_reparse_matching
from tests.articles import AGADIR, agadir_hiring

pytestmark = pytest.mark.django_db


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    def run_command(*args):
        out = io.StringIO()
        with django_capture_on_commit_callbacks(execute=True):
            call_command("ingest", *args, stdout=out)
        return out.getvalue()

    return run_command


@pytest.fixture
def lot(tmp_path):
    """A folder as an admin prepares it: articles under corpus/, the manifest next to it."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "agadir.txt").write_text(AGADIR)
    (corpus / "one.txt").write_text(agadir_hiring(n=1))
    (corpus / "two.txt").write_text(agadir_hiring(n=2))
    (corpus / "three.txt").write_text(agadir_hiring(n=3))
    (tmp_path / "manifest.csv").write_text(
        "file,url,outlet,publication_date,title,author\n"
        'corpus/agadir.txt,https://www.lematin.ma/2011/agadir.html,,2011-01-20,"Agadir, le pôle du Sud"\n'
        "corpus/one.txt,https://example-news.ma/one,Les ECO,,\n"
        "corpus/two.txt,,,2011-13-01,\n"
        "corpus/missing.txt,,,,\n"
        "corpus/three.txt,,,,\n"
        "corpus/one.txt,,,,\n",
        encoding="utf-8",
    )
    return tmp_path


def test_ingest_manifest_gives_each_file_its_metadata_and_refuses_bad_rows_by_line(run, lot):
    out = run("--manifest", str(lot / "manifest.csv"))

    agadir = Article.objects.get(raw_filename=str(lot / "corpus" / "agadir.txt"))
    assert agadir.status == "parsed"
    assert agadir.url == "https://www.lematin.ma/2011/agadir.html"
    assert agadir.outlet == "Le Matin"  # suggested from the host: the row names no outlet
    assert agadir.publication_date == date(2011, 1, 20) and agadir.publication_date_given  # the text says the 18th
    assert (agadir.title, agadir.title_given) == ("Agadir, le pôle du Sud", True)

    one = Article.objects.get(raw_filename=str(lot / "corpus" / "one.txt"))
    assert (one.outlet, one.url, one.title_given) == ("Les ECO", "https://example-news.ma/one", False)
    assert one.title == "Les centres d'appels d'Agadir recrutent"  # no title given: the extracted one
    three = Article.objects.get(raw_filename=str(lot / "corpus" / "three.txt"))
    assert (three.outlet, three.url, three.publication_date_given) == ("", "", False)

    assert Article.objects.count() == 3
    assert "columns “author” ignored: a manifest has file, url, outlet, publication_date, title" in out
    assert "corpus/two.txt: rejected: line 4: “2011-13-01” is not a date (write YYYY-MM-DD)" in out
    assert "corpus/missing.txt: rejected: line 5: no file corpus/missing.txt next to the manifest" in out
    assert "corpus/one.txt: rejected: line 7: repeats line 3 (the same file)" in out
    assert "3 created, 0 duplicates, 3 rejected" in out
    batch = UploadBatch.objects.get()
    assert batch.label == str(lot / "manifest.csv")
    assert [row["name"] for row in batch.rejected] == ["corpus/two.txt", "corpus/missing.txt", "corpus/one.txt"]


def test_a_given_title_survives_every_reparse(run, lot):
    run("--manifest", str(lot / "manifest.csv"))
    agadir = Article.objects.get(title_given=True)
    articles_reparse_matching(queryset=Article.objects.filter(pk=agadir.pk))
    Article.objects.filter(pk=agadir.pk).update(parser_version="old")
    article_parse(article_id=agadir.pk)
    agadir.refresh_from_db()
    assert agadir.status == "parsed" and agadir.title == "Agadir, le pôle du Sud"
    assert agadir.metrics.count() == 4


def test_ingest_manifest_in_json_lines_and_extra_paths_in_the_same_batch(run, tmp_path):
    (tmp_path / "a.txt").write_text(agadir_hiring(n=4))
    (tmp_path / "extra.txt").write_text(agadir_hiring(n=5))
    (tmp_path / "lot.jsonl").write_text('{"file": "a.txt", "url": "https://medias24.com/a", "title": "Quatre"}\n')
    out = run("--manifest", str(tmp_path / "lot.jsonl"), str(tmp_path / "extra.txt"), "--outlet", "Les ECO")
    assert "2 created" in out
    a, extra = Article.objects.order_by("id")
    assert (a.outlet, a.title) == ("Médias24", "Quatre")
    assert (extra.outlet, extra.title_given) == ("Les ECO", False)
    assert a.batch_id == extra.batch_id


def test_a_manifest_without_a_file_column_ingests_nothing(run, tmp_path):
    (tmp_path / "a.txt").write_text(agadir_hiring(n=4))
    (tmp_path / "m.csv").write_text("url,title\nhttps://lematin.ma/a,A\n")
    out = run("--manifest", str(tmp_path / "m.csv"))
    assert "the manifest has no “file” column" in out and "0 created, 0 duplicates, 1 rejected" in out
    assert not Article.objects.exists() and not UploadBatch.objects.exists()


def test_ingest_needs_paths_or_a_readable_manifest(tmp_path):
    with pytest.raises(CommandError, match="give the files to ingest"):
        call_command("ingest", stdout=io.StringIO())
    with pytest.raises(CommandError, match="--manifest: cannot read"):
        call_command("ingest", "--manifest", str(tmp_path / "nope.csv"), stdout=io.StringIO())


def test_a_row_naming_a_folder_or_a_zip_is_refused(run, tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "lot.zip").write_bytes(_zip({"a.txt": agadir_hiring(n=1)}))
    (tmp_path / "m.csv").write_text("file\nsub\nlot.zip\n")
    out = run("--manifest", str(tmp_path / "m.csv"))
    assert "line 2: sub is a folder, not a file" in out
    assert "line 3: a manifest row names one article (.txt or .html), not a .zip" in out
    assert not Article.objects.exists()


def _zip(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def test_uploaded_files_are_found_by_path_in_a_zip_else_by_name():
    uploaded = UploadedFiles(
        [
            ("lot.zip", _zip({"demo/corpus/a.txt": "A", "demo/other/a.txt": "A2", "demo/README.md": "#"})),
            ("b.txt", b"B"),
            ("c.txt", b"C"),
        ]
    )
    assert uploaded.find("corpus/a.txt").data == b"A"  # the path decides between the two a.txt
    assert uploaded.find("b.txt").data == b"B"
    assert uploaded.find("articles/c.txt").data == b"C"  # browsers send no folders: the name decides
    assert uploaded.find("b.txt") is None  # each file is claimed once
    assert uploaded.find("d.txt") is None
    remaining = {item.name: item.error for item in uploaded.remaining()}
    assert remaining == {
        "lot.zip/demo/other/a.txt": "",
        "lot.zip/demo/README.md": "skipped: only .txt and .html files are read from a .zip",
    }


def test_two_uploaded_files_of_the_same_name_are_ambiguous():
    uploaded = UploadedFiles([("lot.zip", _zip({"x/a.txt": "A1", "y/a.txt": "A2"}))])
    found = uploaded.find("a.txt")
    assert found.error == "2 uploaded files match a.txt: send them in a .zip with their folders"


def test_manifest_items_keep_the_manifest_order_with_refused_rows_in_place():
    manifest = manifest_parse(b"file,publication_date\nb.txt,2011-01-18\na.txt,jamais\nc.txt,\n")
    files = {"b.txt": b"B", "c.txt": b"C"}
    items = manifest_upload_items(manifest, name="m.csv", find=lambda f: _item(f, files))
    assert [(item.name, item.publication_date, item.error) for item in items] == [
        ("b.txt", date(2011, 1, 18), ""),
        ("a.txt", None, "line 3: “jamais” is not a date (write YYYY-MM-DD)"),
        ("c.txt", None, ""),
    ]


def _item(name, files):
    return UploadItem(name, files[name]) if name in files else None


def test_manifest_ingest_uses_the_upload_metadata_where_a_row_is_silent(django_capture_on_commit_callbacks):
    manifest = manifest_parse(b"file,outlet\na.txt,\nb.txt,Le360\n")
    uploaded = UploadedFiles([("a.txt", agadir_hiring(n=6).encode()), ("b.txt", agadir_hiring(n=7).encode())])
    with django_capture_on_commit_callbacks(execute=True):
        report = manifest_ingest(
            manifest=manifest,
            name="m.csv",
            find=uploaded.find,
            extra_files=uploaded.remaining(),
            outlet="Les ECO",
            publication_date=date(2011, 2, 1),
        )
    assert report.created == 2
    assert sorted(Article.objects.values_list("outlet", "publication_date")) == [
        ("Le360", date(2011, 2, 1)),
        ("Les ECO", date(2011, 2, 1)),
    ]
