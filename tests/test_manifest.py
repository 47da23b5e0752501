"""Upload manifests (offshoring/manifest.py): every row becomes an entry or a problem that names its line."""

import codecs
from datetime import date, timedelta

import pytest
from django.utils import timezone, translation

from offshoring.manifest import ManifestEntry, manifest_parse

HEADER = "file,url,outlet,publication_date,title\n"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def problems(manifest):
    return [problem.text() for problem in manifest.problems]


def test_a_csv_manifest_gives_one_entry_per_row_with_empty_fields_as_none():
    manifest = manifest_parse(
        (
            HEADER + "corpus/a.txt,https://lematin.ma/a.html,Le Matin,2009-04-09,"
            '"Dix ans de centres d\'appels, déjà"\n'
            "b.html,,,,\n"
        ).encode()
    )
    assert manifest.entries == [
        ManifestEntry(
            line=2,
            file="corpus/a.txt",
            url="https://lematin.ma/a.html",
            outlet="Le Matin",
            publication_date=date(2009, 4, 9),
            title="Dix ans de centres d'appels, déjà",
        ),
        ManifestEntry(line=3, file="b.html"),
    ]
    assert manifest.problems == [] and manifest.notes == []


def test_a_json_lines_manifest_reads_like_the_csv():
    manifest = manifest_parse(
        b'{"file": "corpus/a.txt", "url": "https://lematin.ma/a.html", "publication_date": "2009-04-09"}\n'
        b"\n"
        b'{"file": "b.txt", "title": "  Deux   espaces  ", "outlet": null}\n',
        name="lot.jsonl",
    )
    assert manifest.entries == [
        ManifestEntry(line=1, file="corpus/a.txt", url="https://lematin.ma/a.html", publication_date=date(2009, 4, 9)),
        ManifestEntry(line=3, file="b.txt", title="Deux espaces"),
    ]


def test_spreadsheet_habits_bom_semicolons_headers_in_words_and_day_first_dates():
    data = (
        codecs.BOM_UTF8
        + (
            "File;URL;Outlet;Publication date;Title\r\n"
            'corpus/a.txt;https://leconomiste.com/a;;18/01/2011;"Titre ; à part"\r\n'
        ).encode()
    )
    manifest = manifest_parse(data)
    assert manifest.entries == [
        ManifestEntry(
            line=2,
            file="corpus/a.txt",
            url="https://leconomiste.com/a",
            publication_date=date(2011, 1, 18),
            title="Titre ; à part",
        )
    ]
    assert manifest.notes == ["columns separated by “;”"]


def test_an_unquoted_separator_in_a_title_refuses_that_row_only():
    manifest = manifest_parse(
        b"file;title\na.txt;Titre ; en deux\nb.txt;Bon titre\n",
    )
    assert [entry.file for entry in manifest.entries] == ["b.txt"]
    assert problems(manifest) == ["line 2: 3 cells where the header has 2 columns (a title with a “;” needs quotes)"]
    assert manifest.problems[0].file == "a.txt"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-16-le", codecs.BOM_UTF16_LE), ("cp1252", b"")],
)
def test_other_encodings_of_spreadsheets(encoding, bom):
    data = bom + (HEADER.replace(",", "\t") + "a.txt\t\tL'Économiste\t2011-01-18\tÉté\n").encode(encoding)
    manifest = manifest_parse(data)
    assert manifest.entries == [
        ManifestEntry(line=2, file="a.txt", outlet="L'Économiste", publication_date=date(2011, 1, 18), title="Été")
    ]
    assert manifest.notes == ["columns separated by “tab”"]


def test_unknown_columns_are_ignored_with_a_note():
    manifest = manifest_parse(b"file,author,Date,Notes\na.txt,K. B.,2011-01-18,x\n")
    assert manifest.entries == [ManifestEntry(line=2, file="a.txt", publication_date=date(2011, 1, 18))]
    assert manifest.notes == [
        "columns “author”, “Notes” ignored: a manifest has file, url, outlet, publication_date, title"
    ]


def test_unknown_json_keys_are_noted_once():
    manifest = manifest_parse(b'{"file": "a.txt", "lang": "fr"}\n{"file": "b.txt", "lang": "en"}\n', name="m.jsonl")
    assert [entry.file for entry in manifest.entries] == ["a.txt", "b.txt"]
    assert manifest.notes == ["keys “lang” ignored: a manifest has file, url, outlet, publication_date, title"]


def test_without_a_file_column_nothing_is_read():
    manifest = manifest_parse(b"url,outlet\nhttps://lematin.ma/a,Le Matin\n")
    assert manifest.entries == []
    assert problems(manifest) == [
        "the manifest has no “file” column: its first line must name the columns "
        "(file, url, outlet, publication_date, title)"
    ]
    assert manifest.problems[0].line is None


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2011-01-18", date(2011, 1, 18)),
        ("2011/01/18", date(2011, 1, 18)),
        ("18/01/2011", date(2011, 1, 18)),
        ("18-01-2011", date(2011, 1, 18)),
        ("18.1.2011", date(2011, 1, 18)),
        ("2011-01-18 00:00:00", date(2011, 1, 18)),  # what a spreadsheet adds to a date
        ("2011-01-18T08:30:00+01:00", date(2011, 1, 18)),
    ],
)
def test_dates_as_people_write_them(cell, expected):
    manifest = manifest_parse(f"file,publication_date\na.txt,{cell}\n".encode())
    assert manifest.entries[0].publication_date == expected


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("2011-13-01", "line 2: “2011-13-01” is not a date (write YYYY-MM-DD)"),
        ("31/02/2011", "line 2: “31/02/2011” is not a date (write YYYY-MM-DD)"),
        ("janvier 2011", "line 2: “janvier 2011” is not a date (write YYYY-MM-DD)"),
        ("2011-01-18 du soir", "line 2: “2011-01-18 du soir” is not a date (write YYYY-MM-DD)"),
    ],
)
def test_a_bad_date_refuses_its_row_and_keeps_the_others(cell, message):
    manifest = manifest_parse(f"file,publication_date\na.txt,{cell}\nb.txt,2011-01-18\n".encode())
    assert problems(manifest) == [message]
    assert manifest.problems[0].file == "a.txt"
    assert [entry.file for entry in manifest.entries] == ["b.txt"]


def test_a_date_in_the_future_is_a_mistake():
    tomorrow = timezone.localdate() + timedelta(days=1)
    manifest = manifest_parse(f"file,publication_date\na.txt,{tomorrow.isoformat()}\n".encode())
    assert problems(manifest) == [f"line 2: the publication date {tomorrow.isoformat()} is in the future"]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("lematin.ma/a", "line 2: “lematin.ma/a” is not a web address (http:// or https://)"),
        ("ftp://lematin.ma/a", "line 2: “ftp://lematin.ma/a” is not a web address (http:// or https://)"),
        ("javascript:alert(1)", "line 2: “javascript:alert(1)” is not a web address (http:// or https://)"),
    ],
)
def test_a_bad_url_refuses_its_row(url, message):
    manifest = manifest_parse(f"file,url\na.txt,{url}\n".encode())
    assert problems(manifest) == [message] and manifest.entries == []


@pytest.mark.parametrize("path", ["/etc/passwd", "../secret.txt", "corpus/../../x.txt", "C:\\articles\\a.txt"])
def test_a_path_outside_the_manifest_folder_is_refused(path):
    manifest = manifest_parse(f'file\n"{path}"\n'.encode())
    assert problems(manifest) == ["line 2: the file must be named relative to the manifest, inside its folder"]


def test_paths_are_normalised_and_a_repeated_file_is_refused():
    manifest = manifest_parse(b"file,title\ncorpus\\a.txt,One\n./corpus/a.txt,Two\ncorpus/b.txt,Three\n")
    files = [(entry.file, entry.title) for entry in manifest.entries]
    assert files == [("corpus/a.txt", "One"), ("corpus/b.txt", "Three")]
    assert problems(manifest) == ["line 3: repeats line 2 (the same file)"]


def test_a_row_without_a_file_is_refused_and_blank_rows_are_skipped():
    manifest = manifest_parse(b"file,title\n,A title without its file\n,,\n\nb.txt,\n")
    assert problems(manifest) == ["line 2: no file named"]
    assert manifest.entries == [ManifestEntry(line=5, file="b.txt")]


def test_a_title_over_several_lines_reports_the_line_its_row_starts_on():
    manifest = manifest_parse(b'file,title\na.txt,"Un titre\nsur deux lignes"\nb.txt,2011\nc.txt,x\n')
    assert [(entry.line, entry.file, entry.title) for entry in manifest.entries] == [
        (2, "a.txt", "Un titre sur deux lignes"),
        (4, "b.txt", "2011"),
        (5, "c.txt", "x"),
    ]


def test_bad_json_lines_are_refused_one_by_one():
    manifest = manifest_parse(
        b'{"file": "a.txt"}\n{"file": "b.txt",\n["c.txt"]\n'
        b'{"file": "d.txt", "title": ["x"]}\n{"file": "e.txt", "publication_date": 2011}\n',
        name="m.jsonl",
    )
    assert [entry.file for entry in manifest.entries] == ["a.txt"]
    assert problems(manifest) == [
        "line 2: not valid JSON (Expecting property name enclosed in double quotes)",
        "line 3: not a JSON object ({…})",
        "line 4: “title” must be a text, not a list or an object",
        "line 5: “2011” is not a date (write YYYY-MM-DD)",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the manifest is empty"),
        (b" \n\n", "the manifest is empty"),
        (b"file,url\n", "the manifest lists no file"),
        (b"\x00\x01\x02\x03binary" * 10, "the manifest is not a text file (the input looks binary, not text)"),
    ],
)
def test_a_manifest_with_nothing_to_read_says_so(data, message):
    manifest = manifest_parse(data)
    assert manifest.entries == [] and problems(manifest) == [message]
