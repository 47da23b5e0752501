"""Bytes to text: encodings and HTML pages."""

import codecs
import datetime as dt

import pytest

from offshoring.extraction import extract
from offshoring.extraction.decoding import DecodingError, decode, html_date

SENTENCE = "Les centres d’appels génèrent 4,5 milliards de dirhams à l’export et emploient 45.000 personnes."


@pytest.mark.parametrize(
    "data",
    [
        SENTENCE.encode("utf-8"),
        codecs.BOM_UTF8 + SENTENCE.encode("utf-8"),
        codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"),
        SENTENCE.encode("utf-16-le"),  # no BOM: found from its zero bytes
    ],
)
def test_unicode_encodings_decode_to_the_same_text(data):
    assert decode(data).text == SENTENCE


def test_cp1252_from_windows_tools_keeps_accents_and_curly_apostrophes():
    assert decode(SENTENCE.encode("cp1252")).text == SENTENCE


def test_latin1_without_curly_quotes():
    text = "Le Souss fait de l'œil aux acteurs de l'offshoring à Agadir, région Souss-Massa-Drâa."
    assert decode(text.replace("œ", "oe").encode("latin-1")).text == text.replace("œ", "oe")


def test_crlf_line_ends_become_newlines():
    assert decode(b"Titre\r\nCorps\rFin").text == "Titre\nCorps\nFin"


def test_binary_input_is_refused_with_a_message():
    with pytest.raises(DecodingError):
        decode(bytes(range(256)) * 10)


def test_extract_reports_binary_input_instead_of_raising():
    result = extract(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300))
    assert result.error and result.metrics == [] and result.text == ""


HTML = """<!doctype html><html><head><title>Offshoring : 45.000 emplois | Le Site</title>
<meta property="article:published_time" content="2019-06-12T10:00:00+01:00"></head>
<body><nav><a href="/">Accueil</a> | <a href="/eco">Economie</a> | <a href="/sport">Sport</a></nav>
<article><h1>Les centres d'appels emploient 45.000 personnes</h1>
<p>Les centres d'appels génèrent 4,5 milliards de dirhams de revenus annuels à l'export et emploient
actuellement 45.000 personnes au Maroc, selon l'AMRC, qui regroupe les opérateurs du secteur.</p>
<p>Le secteur de l'offshoring continue de recruter dans plusieurs villes du Royaume, notamment à Rabat et à Fès.</p>
</article><footer>Tous droits réservés</footer></body></html>"""


def test_html_page_gives_main_text_title_and_date():
    decoded = decode(HTML.encode("utf-8"), "page.html")
    assert decoded.was_html
    assert "45.000 personnes au Maroc" in decoded.text
    assert "Tous droits réservés" not in decoded.text
    assert decoded.date is not None and decoded.date.isoformat() == "2019-06-12"


def test_html_metrics_index_the_extracted_text():
    result = extract(HTML, filename="page.html")
    assert result.publication_date.isoformat() == "2019-06-12"
    employment = next(m for m in result.metrics if m.indicator == "employment")
    assert employment.value == 45000
    assert result.text[employment.start : employment.end] == employment.sentence


def test_malformed_html_does_not_raise():
    result = extract("<html><body><p>Les centres d'appels <b>emploient <p>45 000 personnes</body", filename="x.html")
    assert result.error is None


def test_html_tables_are_read_with_their_header():
    page = (
        "<html><body><article><h1>Offshoring: la carte régionale de l'emploi au Maroc</h1>"
        "<p>Le secteur de l'offshoring employait 130.000 personnes à fin 2020 selon la FMES, qui publie chaque "
        "année la répartition régionale de ses effectifs.</p><p>La répartition régionale :</p>"
        "<table><thead><tr><th>Région</th><th>Effectifs</th><th>Part</th></tr></thead><tbody>"
        "<tr><td>Casablanca-Settat</td><td>78.000</td><td>60 %</td></tr>"
        "<tr><td>Oriental</td><td>3.900</td><td>3 %</td></tr></tbody></table></article></body></html>"
    )
    text = decode(page.encode()).text
    assert "Casablanca-Settat : 78.000 effectifs, 60 % part" in text
    found = {(m.value, m.region) for m in extract(page.encode()).metrics}
    assert (78000, "Casablanca-Settat") in found and (3900, "Oriental") in found


def test_layout_table_cells_become_plain_lines():
    from offshoring.extraction.decoding import flatten_tables

    assert flatten_tables("| Sitel ne connaît pas la crise. |  |\n| Mise à jour le 16 Octobre 2008 |  |") == (
        "Sitel ne connaît pas la crise.\nMise à jour le 16 Octobre 2008"
    )


UNDATED_HTML = """<!doctype html><html><head><title>Les centres d'appels recrutent</title></head>
<body><article><h1>Les centres d'appels recrutent à Agadir</h1>
<p>Les centres d'appels de la région emploient 2.000 personnes, selon le Centre régional d'investissement, qui
prévoit l'ouverture de deux nouveaux sites dans la ville au cours des prochains mois.</p>
<p>Lire aussi : le salon de l'offshoring se tiendra le 12 mai 2019 à Casablanca.</p>
</article><footer>© 2024 Le Site</footer></body></html>"""


def test_html_date_comes_from_the_page_address_given_at_upload():
    decoded = decode(UNDATED_HTML.encode(), "page.html", url="https://www.site.ma/economie/2011/01/22/agadir")
    assert decoded.date == dt.date(2011, 1, 22)


def test_html_date_is_never_guessed_from_the_page_text():
    # htmldate's extensive search would take the event's date or the copyright year
    assert decode(UNDATED_HTML.encode(), "page.html").date is None
    assert html_date(UNDATED_HTML) is None


def test_html_date_when_no_main_text_is_found():
    assert html_date("<html><body></body></html>", "https://site.ma/2011/01/22/slug") == dt.date(2011, 1, 22)
