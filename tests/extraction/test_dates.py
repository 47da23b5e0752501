"""Publication dates and relative dates."""

import datetime as dt

import pytest

from offshoring.extraction import extract
from offshoring.extraction.dates import find_dates, is_date_line, resolve

D = dt.date


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Publié dans Les ECO le 18 - 01 - 2011", D(2011, 1, 18)),
        ("Mercredi 21 Janvier 2009", D(2009, 1, 21)),
        ("21/01/2009", D(2009, 1, 21)),
        ("January 21, 2009", D(2009, 1, 21)),
        ("21 January 2009", D(2009, 1, 21)),
        ("2009-01-21", D(2009, 1, 21)),
        ("le 1er février 2020", D(2020, 2, 1)),
    ],
)
def test_complete_dates(written, expected):
    mention = find_dates(written)[0]
    assert resolve(mention, None) == (expected, "day")


def test_relative_dates_resolve_against_publication():
    published = D(2009, 1, 21)  # a Wednesday
    cases = {
        "vendredi 9 janvier dernier": D(2009, 1, 9),
        "le 23 janvier prochain": D(2009, 1, 23),
        "vendredi": D(2009, 1, 16),
        "last Friday": D(2009, 1, 16),
        "le 19 décembre dernier": D(2008, 12, 19),
    }
    for written, expected in cases.items():
        assert resolve(find_dates(written)[0], published)[0] == expected, written


def test_relative_date_without_publication_date_is_unknown():
    assert resolve(find_dates("le 19 janvier dernier")[0], None) == (None, "none")


ARTICLE = (
    "Le temps qu'il fera ce mercredi 12 février 2025    Marsa Maroc : CA record    RAM annule ses vols\n"
    "Le Souss fait de l'œil aux acteurs de l'offshoring\n"
    "Publié dans Les ECO le 18 - 01 - 2011\n"
    "Les centres d'appels de la région emploient moins de 300 personnes, selon les participants réunis le "
    "14 janvier 2011 à Agadir.\n"
)


def test_publication_date_comes_from_the_byline_not_from_a_headline_or_the_body():
    assert extract(ARTICLE).publication_date == D(2011, 1, 18)


def test_a_date_passed_in_wins():
    assert extract(ARTICLE, publication_date=D(2011, 1, 20)).publication_date == D(2011, 1, 20)


def test_date_line_at_the_end_of_the_article(seed_text):
    assert extract(seed_text("003")).publication_date == D(2009, 1, 21)


def test_no_date_line_means_no_publication_date(seed_text):
    assert extract(seed_text("001")).publication_date is None


def test_english_byline():
    text = (
        "Morocco's call centers keep hiring\nPublished on March 3, 2021\nThe offshoring sector employs 120,000 people."
    )
    assert extract(text).publication_date == D(2021, 3, 3)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Le 28 janvier 2025 à 10h15 - Par H24info", dt.date(2025, 1, 28)),
        ("Hespress English - Tuesday 24 September 2024 - 11:05", dt.date(2024, 9, 24)),
        ("June 8, 2021 4:12 PM GMT+1 Updated 3 years ago", dt.date(2021, 6, 8)),
        ("Edition N° 2960 du 12/02/2009", dt.date(2009, 2, 12)),
        ("2023-11-02T08:00:00+00:00", dt.date(2023, 11, 2)),  # an ISO timestamp pasted from the page's metadata
        ("L’Economiste - Edition N° 3521 du 2011/05/04", dt.date(2011, 5, 4)),  # year first, with slashes
        ("Posted on 2022-06-15 09:12", dt.date(2022, 6, 15)),
    ],
)
def test_bylines_of_other_outlets(line, expected):
    text = (
        f"Offshoring : le secteur recrute\n{line}\n\nLes centres d'appels du Maroc emploient 120.000 personnes, "
        "selon les derniers chiffres publiés par le ministère de la Transition numérique et l'AMRC lundi."
    )
    assert is_date_line(line)
    assert extract(text).publication_date == expected


def test_a_headline_holding_a_date_is_no_byline():
    assert not is_date_line("Le temps qu'il fera ce mercredi 12 février 2025")
    assert not is_date_line("Inflation : 3,1% en janvier")
