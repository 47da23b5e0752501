"""Ingestion: every bad input of SPEC §8 gets a clear message and changes nothing else."""

import io
import zipfile
from datetime import date

import pytest
from django.urls import reverse

from offshoring.models import Article, ArticleShingle, Metric, UploadBatch
from offshoring.services.ingest import CREATED, DUPLICATE, REJECTED, article_ingest, content_hash, upload_ingest

pytestmark = pytest.mark.django_db

TEXT = (
    "Centres d'appels : le secteur recrute à Fès\n"
    "Le secteur de l’offshoring emploie 45 000 personnes au Maroc, selon l’AMRC.\n"
    "À Fès, deux nouveaux centres ouvriront leurs portes cette année avec 600 positions.\n"
)


def snapshot():
    return (
        Article.objects.count(),
        UploadBatch.objects.count(),
        ArticleShingle.objects.count(),
        Metric.objects.count(),
        sorted(Article.objects.values_list("id", "status")),
    )


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def ingest_one(name: str, data: bytes):
    report = upload_ingest(files=[(name, data)])
    assert len(report.outcomes) >= 1
    return report


def assert_refused(name: str, data: bytes, message: str):
    """The upload of this file is refused with `message` and the database is as before."""
    existing_article()
    before = snapshot()
    report = ingest_one(name, data)
    assert [o.result for o in report.outcomes] == [REJECTED]
    assert message in report.outcomes[0].message
    assert report.batch is None
    assert snapshot() == before
    return report.outcomes[0]


def existing_article():
    """An article already there, so 'nothing changed' is checked against a non-empty database."""
    if not Article.objects.exists():
        upload_ingest(files=[("existing.txt", "Un article déjà là, sur les centres d'appels à Rabat.".encode())])


# -- refused -------------------------------------------------------------------------------------------


def test_empty_file_is_refused():
    outcome = assert_refused("empty.txt", b"", "the file is empty")
    assert outcome.line() == "empty.txt: rejected: the file is empty"


def test_whitespace_only_file_is_refused():
    assert_refused("blank.txt", b" \n\t\r\n ", "the file is empty")


def test_png_is_refused_as_binary():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + bytes(range(256))
    assert_refused("photo.txt", png, "not a text file (it looks like a PNG image)")


def test_nul_bytes_are_refused_as_binary():
    assert_refused("data.bin", b"abc\x00\x01\x02\x00\xff\xfe\x00\x10" * 40, "not a text file")


def test_oversized_file_is_refused(settings):
    settings.ARTICLE_MAX_BYTES = 1000
    outcome = assert_refused("big.txt", TEXT.encode() * 20, "the file is too large")
    assert "limit" in outcome.message


def test_undecodable_control_characters_are_refused():
    assert_refused("weird.txt", bytes(range(1, 32)) * 50, "not a text file (the input looks binary, not text)")


def test_html_without_text_is_refused():
    assert_refused("empty.html", b"<html><head><script>var a = 1;</script></head><body> </body></html>", "no text")


def test_zip_with_traversal_path_is_refused_whole():
    data = zip_bytes({"ok.txt": TEXT.encode(), "../../etc/evil.txt": b"pwned article text here"})
    outcome = assert_refused("upload.zip", data, "unsafe path")
    assert "../../etc/evil.txt" in outcome.message


def test_zip_with_absolute_path_is_refused_whole():
    assert_refused("upload.zip", zip_bytes({"/etc/passwd.txt": TEXT.encode()}), "unsafe path")


def test_zip_with_too_many_files_is_refused(settings):
    settings.ZIP_MAX_FILES = 3
    data = zip_bytes({f"a{i}.txt": f"{TEXT} numéro {i}".encode() for i in range(4)})
    outcome = assert_refused("many.zip", data, "the archive holds 4 files; the limit is 3")
    assert outcome.name == "many.zip"


def test_zip_bomb_is_refused_before_expanding(settings):
    settings.ZIP_MAX_TOTAL_BYTES = 10_000
    data = zip_bytes({"bomb.txt": b"a" * 200_000})
    assert len(data) < 2_000
    assert_refused("bomb.zip", data, "the archive expands to")


def test_not_a_zip_is_refused():
    assert_refused("fake.zip", b"this is not a zip file at all", "not a valid .zip archive")


def test_duplicate_is_refused_with_a_link_to_the_existing_article():
    first = upload_ingest(files=[("a.txt", TEXT.encode())]).outcomes[0]
    before = snapshot()
    # Another editor, another encoding, other line breaks and case: the same article.
    again = TEXT.upper().replace("\n", "\r\n\r\n").replace("’", "'").encode("cp1252")
    report = upload_ingest(files=[("b.txt", again)])
    outcome = report.outcomes[0]
    assert outcome.result == DUPLICATE
    assert outcome.message == f"already uploaded: duplicate of article #{first.article_id}"
    assert outcome.article_id == first.article_id
    assert outcome.article_url == reverse("admin:offshoring_article_change", args=[first.article_id])
    assert report.batch is None
    assert snapshot() == before


def test_duplicate_uploaded_concurrently_is_caught_by_the_unique_hash(monkeypatch):
    """The other upload commits between our check and our insert: the constraint decides."""
    from offshoring.services import ingest

    original = ingest.near_duplicate_find

    def racing_upload(signature, **kwargs):
        Article.objects.create(raw=b"x", text=TEXT, content_hash=content_hash(TEXT), raw_filename="other.txt")
        return original(signature, **kwargs)

    monkeypatch.setattr(ingest, "near_duplicate_find", racing_upload)
    outcome = article_ingest(data=TEXT.encode(), filename="mine.txt")
    winner = Article.objects.get(raw_filename="other.txt")
    assert outcome.result == DUPLICATE
    assert outcome.article_id == winner.id
    assert Article.objects.count() == 1


# -- accepted ------------------------------------------------------------------------------------------


def test_cp1252_is_accepted_and_decoded():
    report = ingest_one("windows.txt", TEXT.encode("cp1252"))
    article = Article.objects.get(id=report.outcomes[0].article_id)
    assert report.outcomes[0].result == CREATED
    assert "à Fès" in article.text and "l’offshoring" in article.text
    assert bytes(article.raw) == TEXT.encode("cp1252")  # the upload is kept as it came


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_are_accepted_and_decoded(encoding):
    report = ingest_one(f"{encoding}.txt", TEXT.encode(encoding))
    assert report.outcomes[0].result == CREATED, report.outcomes[0].message
    article = Article.objects.get(id=report.outcomes[0].article_id)
    assert article.text.strip() == TEXT.strip()
    assert article.content_hash == content_hash(TEXT)


def test_malformed_html_is_accepted_and_its_text_extracted():
    html = (
        b"<html><head><title>Offshoring</title><style>p{color:red}</style><body>"
        b"<div><p>Le secteur <b>emploie 45 000 <i>personnes</b> au Maroc.<p>Nouveaux centres \xc3\xa0 F\xc3\xa8s"
        b"</span></div></td><script>alert('x')</script>"
    )
    report = ingest_one("page.html", html)
    assert report.outcomes[0].result == CREATED
    article = Article.objects.get(id=report.outcomes[0].article_id)
    assert "Le secteur emploie 45 000 personnes au Maroc." in article.text
    assert "Nouveaux centres à Fès" in article.text
    assert "<" not in article.text and "alert" not in article.text and "color" not in article.text


def test_bad_files_do_not_stop_the_good_ones():
    report = upload_ingest(files=[("empty.txt", b""), ("good.txt", TEXT.encode()), ("img.png", b"\x89PNG\r\n\x1a\nxx")])
    assert [o.result for o in report.outcomes] == [REJECTED, CREATED, REJECTED]
    assert Article.objects.count() == 1
    assert report.batch.articles.count() == 1
    assert [item["name"] for item in report.batch.rejected] == ["empty.txt", "img.png"]
    assert report.summary() == "1 created, 0 duplicates, 2 rejected"


def test_zip_members_are_ingested_and_junk_skipped():
    data = zip_bytes(
        {
            "articles/one.txt": TEXT.encode(),
            "articles/two.html": f"<p>{TEXT} Deuxième article sur Tanger.</p>".encode(),
            "articles/photo.png": b"\x89PNG\r\n\x1a\n",
            "__MACOSX/articles/._one.txt": b"\x00\x05\x16\x07",
            ".DS_Store": b"\x00\x00\x00\x01Bud1",
            "articles/": b"",
        }
    )
    report = upload_ingest(files=[("upload.zip", data)])
    results = {o.name: (o.result, o.message) for o in report.outcomes}
    assert results["upload.zip/articles/one.txt"][0] == CREATED
    assert results["upload.zip/articles/two.html"][0] == CREATED
    assert results["upload.zip/articles/photo.png"] == (
        REJECTED,
        "skipped: only .txt and .html files are read from a .zip",
    )
    assert len(results) == 3
    assert Article.objects.count() == 2


def test_pasted_text_with_outlet_url_and_date():
    report = upload_ingest(
        text=TEXT, outlet="Les ECO", url="https://www.leseco.ma/article", publication_date=date(2011, 1, 18)
    )
    article = Article.objects.get(id=report.outcomes[0].article_id)
    assert (article.outlet, article.url, article.publication_date) == (
        "Les ECO",
        "https://www.leseco.ma/article",
        date(2011, 1, 18),
    )
    assert article.publication_date_given is True
    assert article.raw_filename == "pasted-text.txt"
    assert article.status == "pending" and article.queued_at is not None
    assert article.batch == report.batch


def test_parse_is_queued_only_once_the_article_is_committed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        report = upload_ingest(files=[("a.txt", TEXT.encode()), ("b.txt", b""), ("c.txt", (TEXT + " Rabat.").encode())])
    assert report.created == 2
    assert len(callbacks) == 2


def test_content_hash_ignores_case_spacing_and_quote_style():
    assert content_hash("L’AMRC  compte\n45 000 emplois") == content_hash("l'amrc compte 45 000 EMPLOIS ")
    assert content_hash("45 000 emplois") != content_hash("46 000 emplois")
