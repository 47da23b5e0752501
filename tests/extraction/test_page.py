"""What a page says about itself: its outlet and the article's title, never menus, bylines or the outlet's name."""

import pytest

from offshoring.extraction import extract
from offshoring.extraction.page import outlet_of_address

BODY = (
    "Le groupe Intelcia a inauguré un nouveau site à Agadir, d'une capacité de 400 positions, qui emploiera "
    "600 personnes d'ici la fin de l'année selon un communiqué publié par le groupe lundi dernier."
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # the outlet's name, a menu of sections and the date come before the headline
        (
            "Finances News Hebdo\nECONOMIE  BOURSE  ENTREPRISES  INTERNATIONAL\nJeudi 06 Août 2020\n\n",
            "Intelcia ouvre un site à Agadir",
        ),
        ("le360\nPolitique  Economie  Société  Monde  Sport\nACCUEIL > ECONOMIE\n", "Intelcia ouvre un site à Agadir"),
        (
            "Morocco World News\nHome | Morocco | Economy | Politics\n"
            "Get the latest news delivered to your inbox.\nEconomy\n",
            "Intelcia ouvre un site à Agadir",
        ),
        ("-\nManagem cède sa filiale minière\n-\n", None),  # a list of other headlines, then the body
        (
            "COMMUNIQUÉ DE PRESSE\nAgence marocaine de développement des investissements et des exportations (AMDIE)\n",
            "Intelcia ouvre un site à Agadir",
        ),
        (
            "Nous utilisons des cookies pour vous garantir la meilleure expérience.\nOK\n",
            "Intelcia ouvre un site à Agadir",
        ),
    ],
)
def test_the_title_is_the_headline_not_the_page_furniture(head, title):
    headline = "Intelcia ouvre un site à Agadir\n" if title else ""
    assert extract(head + headline + BODY).title == title


def test_a_headline_wrapped_with_its_byline_keeps_its_own_line():
    text = "Hespress FR\nIntelcia ouvre un site à Agadir\nil y a 3 jours | 2 min de lecture | 1.245 vues\n" + BODY
    assert extract(text).title == "Intelcia ouvre un site à Agadir"


def test_a_page_that_opens_on_its_first_paragraph_has_no_title():
    text = "CASABLANCA, May 4, 2021 (Reuters) - Teleperformance said on Tuesday it would hire 3,000 people in Morocco."
    assert extract(text).title is None


def test_an_html_title_loses_the_site_name_after_it():
    page = (
        "<html><head><title>Intelcia ouvre un site à Agadir | Le360</title></head><body><article>"
        f"<h1>Intelcia ouvre un site à Agadir</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )
    result = extract(page, filename="page.html")
    assert (result.title, result.outlet) == ("Intelcia ouvre un site à Agadir", "Le360")


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("Médias24\nÉCONOMIE   ENTREPRISES   FINANCE\n", "Médias24"),
        ("هسبريس - Hespress FR\n", "Hespress"),
        ("Le Journal de Tanger\nEntretien | 03/03/2018\n", "Le Journal de Tanger"),  # a masthead no list knows
        ("https://www.le360.ma/economie/2018/03/26/intelcia-agadir\n", "Le360"),
        ("COMMUNIQUÉ DE PRESSE\n", None),
    ],
)
def test_the_outlet_from_the_masthead(head, outlet):
    assert extract(head + "Intelcia ouvre un site à Agadir\n" + BODY).outlet == outlet


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        ("Intelcia ouvre un site à Agadir\nPublié dans Les ECO le 18 - 01 - 2011\n" + BODY, "Les ECO"),
        ("Intelcia ouvre un site à Agadir\nAgadir, 12 avril 2019 (MAP) - " + BODY, "MAP"),
        ("Intelcia ouvre un site à Agadir\n" + BODY + "\nSource : MAP", "MAP"),
        ("Intelcia ouvre un site à Agadir\n" + BODY + "\n© 2024 Le360. Tous droits réservés.", "Le360"),
    ],
)
def test_the_outlet_from_the_lines_that_name_a_source(lines, outlet):
    assert extract(lines).outlet == outlet


def test_an_outlet_named_only_in_a_related_headline_is_not_the_page_outlet():
    text = "Intelcia ouvre un site à Agadir\n" + BODY + "\nLire aussi\nSelon Le360, le secteur recrute"
    assert extract(text).outlet is None


def test_the_address_given_at_upload_names_the_outlet():
    assert extract(BODY, url="https://www.moroccoworldnews.com/2021/06/slug").outlet == "Morocco World News"
    assert extract(BODY, url="https://unknown.example/slug").outlet is None


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://fr.hespress.com/12345-slug.html", "Hespress"),
        ("https://en.hespress.com/12345-slug.html", "Hespress English"),
        ("https://maghress.com/fr/lesechos/235", "Les ECO"),
        ("www.leseco.ma/business/slug", "Les ECO"),
        ("leconomiste.com", "L'Economiste"),
        ("https://example.com/le360.ma", None),
        (None, None),
    ],
)
def test_outlets_of_addresses(url, outlet):
    assert outlet_of_address(url) == outlet


def test_the_contract_prints_title_and_outlet():
    contract = extract("Le360\nIntelcia ouvre un site à Agadir\n" + BODY).as_contract("x.txt")
    assert (contract["title"], contract["outlet"]) == ("Intelcia ouvre un site à Agadir", "Le360")
