"""Publication dates and relative dates."""

import datetime as dt

import pytest

from offshoring.extraction import extract
from offshoring.extraction.dates import find_dates, is_date_line, resolve, url_date

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


BODY = (
    "Le groupe Intelcia a inauguré un nouveau site à Agadir, d'une capacité de 400 positions. "
    "L'opérateur prévoit d'y employer 600 personnes d'ici la fin de l'année, selon un communiqué."
)
ENGLISH_BODY = "Intelcia opened a new site in Agadir with 400 positions, the company said on Monday."


def published(text: str, url: str | None = None) -> str | None:
    """The publication date as the contract prints it."""
    return extract(text, url=url).as_contract("x.txt")["publication_date"]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # bylines that put the date after the author's name
        ("Intelcia ouvre un site à Agadir\nPar Karim Alaoui sur 12 avril 2016\n", "2016-04-12"),
        ("Intelcia ouvre un site à Agadir\nRédigé par Salma Idrissi le 03/05/2019 à 10:12\n", "2019-05-03"),
        ("Intelcia ouvre un site à Agadir\nPar Salma Idrissi | 12/03/2019\n", "2019-03-12"),
        ("Call center : le secteur recrute\n2 septembre 2004 - 07h55 - Economie - Ecrit par :\n", "2004-09-02"),
        # labelled: the publication, not the update, whichever comes first
        ("Intelcia ouvre un site à Agadir\nPublié le 12 avril 2019 à 10h05\n", "2019-04-12"),
        (
            "Intelcia ouvre un site\nMise à jour le 27/03/2018 à 15h29 Publié le 26/03/2018 à 15h25 Par Moussa Diop\n",
            "2018-03-26",
        ),
        ("Intelcia ouvre un site\nLe 25 septembre 2024 à 16h40 | Mis à jour le 26 septembre 2024\n", "2024-09-25"),
        # a date pasted before the text: a day, or a month only
        ("date 2019-04-12 ", "2019-04-12"),
        (" date 2019-04 ", "2019-04"),
        ("2019-04-12T10:00 ", "2019-04-12"),
        ("2019-04-12T10:00:00+01:00\nIntelcia ouvre un site à Agadir\n", "2019-04-12"),
        # the page's own address among its first lines
        ("https://www.le360.ma/economie/2018/03/26/20133-intelcia-agadir\n", "2018-03-26"),
        ("Source : https://www.example.com/2019/04/intelcia-agadir\n", "2019-04"),
        ("https://www.example.ma/actualite-2019-04-12-intelcia-agadir.html\n", "2019-04-12"),
        ("Intelcia ouvre un site à Agadir\nMercredi 12 avril 2017\n", "2017-04-12"),
        ("Agadir, 12 avril 2019 (MAP) - ", "2019-04-12"),
    ],
)
def test_publication_date_forms(head, expected):
    assert published(head + BODY) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Intelcia opens a site in Agadir\nPublished on March 4, 2019\n", "2019-03-04"),
        ("Intelcia opens a site in Agadir\nUpdated March 5, 2019 4:12 PM\n", "2019-03-05"),
        ("Intelcia opens a site in Agadir\nMarch 4, 2019\n", "2019-03-04"),
        ("Intelcia opens a site in Agadir\nBy Sara Benjelloun - April 12, 2019\n", "2019-04-12"),
        ("Intelcia opens a site in Agadir\nSara Benjelloun on 12 April 2019\n", "2019-04-12"),
    ],
)
def test_english_publication_date_forms(head, expected):
    assert published(head + ENGLISH_BODY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Intelcia ouvre un site à Agadir\nil y a 3 jours | 2 min de lecture\n" + BODY,  # relative: never a guess
        BODY + "\nLes plus lus\nLe Maroc maltraite-t-il ses migrants ?\n19/1/2023\nLes gardiens de voiture\n31/3/2022",
        BODY + "\n© 2024 Le Site. Tous droits réservés.",
        "Intelcia ouvre un site à Agadir\n" + BODY + " Le site sera inauguré le 12 mai 2019 en présence du ministre.",
        BODY + "\nCommentaires (2)\nAhmed, 14/05/2019 à 12:00\nBravo Intelcia !",
        "2019-04 " + BODY,  # a bare year-month is no date unless the page says it is one ("date 2019-04")
    ],
    ids=["relative stamp", "related headlines", "copyright", "event in the body", "comment", "bare month"],
)
def test_no_publication_date_from_relative_stamps_related_headlines_copyright_events_or_comments(text):
    assert published(text) is None


def test_a_date_in_the_address_given_at_upload_dates_an_undated_text():
    assert published(BODY, url="https://www.example.ma/economie/2011/01/22/intelcia-agadir") == "2011-01-22"
    assert published(BODY, url="https://www.example.ma/2019/04/intelcia-agadir") == "2019-04"
    assert published(BODY, url="https://www.example.ma/economie/intelcia-agadir") is None


def test_the_text_wins_over_the_address_and_a_given_date_over_both():
    text = "Intelcia ouvre un site à Agadir\nPublié le 12 avril 2019\n" + BODY
    assert published(text, url="https://www.example.ma/2011/01/22/slug") == "2019-04-12"
    assert extract(text, publication_date=D(2019, 4, 13)).publication_date == D(2019, 4, 13)


def test_a_month_pasted_before_the_text_vouches_for_the_text_date_or_overrules_it():
    assert published(" date 2019-04 Intelcia ouvre un site\nPublié le 12 avril 2019\n" + BODY) == "2019-04-12"
    # a date of another month is not the page's: the month pasted before the text is
    assert published(" date 2019-04\nIntelcia ouvre un site\nLe 2 mars 2018\n" + BODY) == "2019-04"


def test_a_month_gives_the_figures_their_year():
    result = extract(" date 2019-04 " + BODY)
    assert (result.publication_date, result.publication_precision) == (D(2019, 4, 1), "month")
    assert {m.year for m in result.metrics} == {2019}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.site.ma/eco/2011/01/22/slug", (D(2011, 1, 22), "day")),
        ("https://www.site.ma/2019/04/slug", (D(2019, 4, 1), "month")),
        ("www.site.ma/news-2019-04-12-slug.html", (D(2019, 4, 12), "day")),
        ("https://site.ma/a-2019-04-slug", (D(2019, 4, 1), "month")),
        ("https://site.ma/2019/13/slug", None),
        ("https://site.ma/article/20194/slug?d=2019/04/12", None),  # the query is not the path
        ("https://2019.site.ma/slug", None),
        (None, None),
    ],
)
def test_url_dates(url, expected):
    found = url_date(url)
    assert (found and (found.date, found.precision)) == expected
