"""The year of every figure and where it comes from: stated, context, relative, publication (issue 9)."""

import datetime as dt

import pytest

from offshoring.extraction import extract


def years(text: str, published: dt.date | None = None) -> list[tuple]:
    return [(m.value, m.year, m.year_source) for m in extract(text, publication_date=published).metrics]


def test_a_year_in_the_sentence_is_stated():
    assert years("En 2019, l'offshoring employait 120 000 personnes.", dt.date(2020, 5, 1)) == [
        (120000, 2019, "stated")
    ]


@pytest.mark.parametrize(
    ("words", "year"),
    [
        ("il y a deux ans", 2018),
        ("l'an dernier", 2019),
        ("l'année dernière", 2019),
        ("cette année", 2020),
        ("two years ago", 2018),
        ("last year", 2019),
    ],
)
def test_relative_words_count_from_the_publication_year(words, year):
    text = f"Le secteur des centres d'appels employait 45 000 personnes {words}."
    assert years(text, dt.date(2020, 5, 1)) == [(45000, year, "relative")]


def test_without_publication_date_the_latest_date_written_is_the_reference():
    text = (
        "Offshoring : le bilan du secteur\n\nLe secteur des centres d'appels emploie 45 000 personnes. Il recrutait "
        "3 000 personnes il y a deux ans.\n\nCes chiffres ont été présentés le 12 mars 2019 à Casablanca."
    )
    assert years(text) == [(45000, 2019, "context"), (3000, 2017, "relative")]


def test_an_undated_page_takes_its_latest_year_of_fact_and_its_paragraph_s_year():
    text = (
        "Offshoring : les chiffres du secteur\n\n"
        "En 2016, les exportations de l'offshoring ont atteint 8 milliards de dirhams. Le secteur emploie "
        "70 000 personnes.\n\n"
        "Fin 2018, le secteur comptait 120 centres d'appels. Les opérateurs emploient 90 000 personnes."
    )
    assert years(text) == [
        (8e9, 2016, "stated"),
        (70000, 2016, "context"),  # the paragraph's year
        (120, 2018, "stated"),
        (90000, 2018, "context"),
    ]


def test_a_page_with_no_year_at_all_gives_none():
    assert years("Le secteur des centres d'appels emploie 45 000 personnes.") == [(45000, None, "none")]


def test_a_target_inherits_the_horizon_announced_in_the_lead():
    text = (
        "Offshoring : cap sur 2030\n\n"
        "Le Maroc veut doubler son offshoring d'ici 2030, selon la nouvelle stratégie.\n\n"
        "Le ministère a présenté le plan aux opérateurs des centres d'appels.\n\n"
        "Le nouveau parc de Fès créera à terme 800 postes."
    )
    assert years(text, dt.date(2024, 3, 1)) == [(800, 2030, "context")]


def test_a_recurring_target_keeps_its_own_year():
    text = (
        "L'offshoring vise 270 000 emplois d'ici 2030.\n\n"
        "« Nous devons former 15.000 jeunes par an », insiste le président de l'association des centres d'appels."
    )
    assert [(v, y) for v, y, _ in years(text, dt.date(2024, 3, 1))] == [(270000, 2030), (15000, 2024)]


def test_a_question_dates_its_answer():
    text = "Combien d'emplois l'offshoring comptait-il à fin 2017 ?\nLe secteur comptait 110 000 emplois."
    assert years(text, dt.date(2018, 4, 2)) == [(110000, 2017, "context")]


def test_a_figure_some_years_earlier_counts_back_from_the_figure_before():
    text = "Le secteur de l'offshoring compte 45.000 emplois en 2012, contre 30.000 trois ans plus tôt."
    assert years(text, dt.date(2013, 1, 8)) == [(45000, 2012, "stated"), (30000, 2009, "stated")]
    text = "Offshoring now counts 46,000 jobs in 2010 against 5500 six years earlier."
    assert [(v, y) for v, y, _ in years(text, dt.date(2011, 1, 8))] == [(46000, 2010), (5500, 2004)]


def test_a_decimal_point_ends_no_clause():
    text = "Offshoring revenues rose from Dh800m (€71.1m) in 2004 to Dh7bn (€622.3m) in 2011."
    assert [(v, y) for v, y, _ in years(text, dt.date(2012, 1, 8))] == [(800e6, 2004), (7e9, 2011)]


# -- the reference year of an undated page (issue 9, item 3): measured on every annotated set with its dates hidden


def test_an_undated_page_is_dated_the_year_after_the_latest_year_it_tells():
    # news reports last year's results: the latest year of fact plus one is the page's year more often than not
    text = (
        "Offshoring : le bilan du secteur\n\nLes exportations de l'offshoring ont atteint 14 milliards de dirhams "
        "en 2019.\n\nLes centres d'appels emploient 120 000 personnes."
    )
    assert years(text) == [(14e9, 2019, "stated"), (120000, 2020, "context")]


def test_a_year_told_as_the_present_is_the_page_s_year():
    text = (
        "Offshoring : un bon semestre\n\nAu premier semestre 2019, les exportations de l'offshoring ont atteint "
        "7 milliards de dirhams.\n\nLes centres d'appels emploient 120 000 personnes."
    )
    assert years(text)[-1] == (120000, 2019, "context")


def test_the_page_s_year_is_never_past_a_horizon_it_aims_at():
    text = (
        "Le centre d'appels s'agrandit\n\nLe centre d'appels a réalisé 40 millions de dirhams en 2017.\n\n"
        "Il recrutera 300 personnes d'ici la fin 2018. Le site compte 250 positions."
    )
    assert years(text)[-1] == (250, 2018, "context")


def test_names_compared_years_and_foundings_do_not_date_the_page():
    text = (
        "Maroc Digital 2030 : l'offshoring au cœur de la stratégie\n\n"
        "Le secteur de l'offshoring emploie 130 000 personnes en 2023, contre 5 000 en 2004.\n\n"
        "Lancé en septembre 2005, le parc Casanearshore compte 100 entreprises."
    )
    assert years(text)[-1] == (100, 2024, "context")


def test_a_page_that_only_aims_is_dated_the_year_before_its_nearest_aim():
    text = (
        "Outsourcia vise 5.000 collaborateurs en 2020\n\n"
        "Le centre d'appels compte 250 positions et prévoit d'y recruter 300 personnes d'ici la fin 2018."
    )
    assert (250, 2017, "context") in years(text)
