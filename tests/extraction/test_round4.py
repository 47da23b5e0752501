"""Rules of the third hardening pass, each with the sentence of the blind 4NN set that motivated it."""

import datetime as dt

from offshoring.extraction import extract
from offshoring.extraction.gazetteer import fold, join_hyphenated_words

PUBLISHED = dt.date(2015, 10, 28)


def found(text: str, published: dt.date | None = PUBLISHED) -> list[tuple]:
    result = extract(text, publication_date=published)
    return [(m.indicator, m.value, m.year) for m in result.metrics]


def test_a_word_hyphenated_at_a_line_break_is_read_whole_and_offsets_hold():
    text = (
        "Le plan prévoit la création de 91.000 emplois et 15 milliards de dirhams de chiffre d'affaires à l'hori-\n"
        "zon 2015 dans l'offshoring."
    )
    folded = join_hyphenated_words(fold(text), text)
    assert len(folded) == len(text) and "l'horizon" in folded
    assert join_hyphenated_words(fold("Tanger-\nTétouan"), "Tanger-\nTétouan") == "tanger-\ntetouan"
    result = extract(text, publication_date=dt.date(2006, 3, 17))
    assert [(m.indicator, m.value, m.year) for m in result.metrics] == [
        ("jobs_target", 91000, 2015),
        ("revenue", 15e9, 2015),
    ]
    assert all(text[m.start : m.end] == m.sentence for m in result.metrics)


def test_an_evolution_gives_both_values_each_with_its_year():
    text = "Les effectifs de l'offshoring sont passés de 58.000 en 2013 à 75.000 en 2015, selon le ministère."
    assert found(text) == [("employment", 58000, 2013), ("employment", 75000, 2015)]


def test_an_aim_from_one_headcount_to_another():
    text = "Pour l'ITO, l'objectif est de porter les effectifs de 13.000 à 30.000 personnes dans l'offshoring."
    assert [(i, v) for i, v, _ in found(text)] == [("employment", 13000), ("jobs_target", 30000)]


def test_a_rate_then_an_amount_are_two_figures_sharing_the_year():
    text = "The kingdom's offshoring exports rose 14% to MAD 18.5bn in 2022, according to the Office des Changes."
    assert found(text, dt.date(2023, 6, 7)) == [("growth_rate", 14, 2022), ("revenue", 18.5e9, 2022)]


def test_a_threshold_crossed_and_un_millier():
    assert found("Les centres d'appels d'Oujda emploient désormais plus d'un millier de personnes.") == [
        ("employment", 1000, 2015)
    ]
    text = "Webhelp said its headcount in the country had passed the 3,000 mark, outsourcing officials said."
    assert found(text, dt.date(2009, 3, 3)) == [("employment", 3000, 2009)]


def test_a_year_earlier_and_the_year_a_site_opened():
    text = "The call centre sector employed about 25,000 people at the end of 2008, up from 16,000 a year earlier."
    assert found(text, dt.date(2009, 3, 3)) == [("employment", 25000, 2008), ("employment", 16000, 2007)]
    text = "Le centre d'appels de Rabat, ouvert en 2008, accueille 600 téléconseillers."
    assert found(text, dt.date(2011, 4, 12)) == [("employment", 600, 2011)]
    text = "Sitel, which set up in Casablanca in 2002, employs some 2,800 people in Morocco's call centre sector."
    assert found(text, dt.date(2012, 7, 11)) == [("employment", 2800, 2012)]


def test_the_interviewers_question_dates_the_answer():
    text = (
        "Le Journal : Combien d'emplois le parc offshoring comptait-il à fin 2017 ?\n"
        "S. A. : Nous avons atteint 3.200 emplois, contre 1.900 un an plus tôt.\n"
    )
    assert found(text, dt.date(2018, 3, 3)) == [("employment", 3200, 2017), ("employment", 1900, 2016)]


def test_coordinated_targets_share_the_year_told_after_them():
    text = (
        "Le ministre a rappelé que le plan offshoring table sur 90.000 nouveaux emplois et 15 milliards de "
        "dirhams de chiffre d'affaires à l'export en 2020."
    )
    assert [(i, v, y) for i, v, y in found(text, dt.date(2016, 5, 1))] == [
        ("jobs_target", 90000, 2020),
        ("revenue", 15e9, 2020),
    ]


def test_fact_box_lines_and_labels():
    text = (
        "Intelcia grows its offshoring business\n\n"
        "The outsourcing company opened a new call centre this year in Morocco, its chief executive said on Monday "
        "in a statement sent to the press.\n\n"
        "Company profile: Intelcia\nHeadquarters: Casablanca\nFounded: 2000\nSites in Morocco: 9\n"
        "Employees: 3,500\nRevenue: USD 150 million (2023)\n"
    )
    assert sorted(found(text, dt.date(2024, 9, 26))) == [
        ("employment", 3500, 2024),
        ("revenue", 150e6, 2023),
        ("sites", 9, 2024),
    ]


def test_posts_of_advisers_on_offer_are_a_hiring_need():
    text = "Foundever Maroc ouvre 300 postes de conseillers clientèle sur notre site de Fès."
    (metric,) = extract(text, publication_date=PUBLISHED).metrics
    assert (metric.indicator, metric.value, metric.place) == ("hiring_need", 300, "Fès")


def test_a_national_marker_beats_the_city_of_another_clause():
    text = (
        "Teleperformance a annoncé l'ouverture d'un troisième centre d'appels à Casablanca, qui portera ses "
        "effectifs marocains à 3.000 salariés d'ici fin 2006."
    )
    (metric,) = extract(text, publication_date=dt.date(2005, 11, 15)).metrics
    assert (metric.indicator, metric.value, metric.year, metric.region) == ("jobs_target", 3000, 2006, None)


def test_y_points_to_the_place_named_last():
    text = "Le pôle offshoring d'Agadir peine à attirer les opérateurs.\n\nSeuls deux centres y sont installés."
    (metric,) = extract(text, publication_date=PUBLISHED).metrics
    assert (metric.indicator, metric.value, metric.place) == ("sites", 2, "Agadir")


def test_lists_of_shares_and_unusual_verbs():
    text = (
        "Dans l'offshoring, les activités IT (ITO) représentent 25 % des emplois, la relation client (CRM/BPO) 60 % "
        "et les services à forte valeur ajoutée (KPO) 15 %."
    )
    assert [(i, v) for i, v, _ in found(text)] == [("share", 25), ("share", 60), ("share", 15)]
    text = "Les centres d'appels pèsent à eux seuls 8,4 MMDH, soit 61 % du total de l'offshoring."
    assert [(i, v) for i, v, _ in found(text)] == [("revenue", 8.4e9), ("share", 61)]
    text = "En janvier 2019, les recettes de l'offshoring ont grimpé de 6 % sur un an."
    assert found(text) == [("growth_rate", 6, 2019)]
    text = "Le groupe d'offshoring réalise 85 % de son activité avec des clients français."
    assert found(text) == [("share", 85, 2015)]
    text = "Le nombre d'opérateurs installés dans les parcs offshoring a doublé depuis 2010 pour atteindre 150."
    assert found(text) == [("companies", 150, 2015)]


def test_world_market_share_prices_and_another_sector_stay_out():
    assert found("Le marché mondial de l'externalisation informatique pèserait 300 milliards de dollars.") == []
    assert found("Teleperformance shares fell 2.3% to €245.60 in Paris trading, outsourcing analysts said.") == []
    text = (
        "Le Conseil régional du tourisme annonce 5,2 millions de nuitées, en hausse de 6 %. Les hôtels emploient "
        "30.000 personnes. Un centre d'appels multilingue renseigne les touristes sur les arrivées."
    )
    assert extract(text, publication_date=PUBLISHED).relevant is False


def test_wire_dateline_gives_the_publication_date():
    text = (
        "Morocco call centres ride out crisis\n\nRABAT, March 3, 2009 (Reuters) - Morocco's call centre industry is "
        "still hiring despite the global downturn, industry officials said on Tuesday."
    )
    assert extract(text).publication_date == dt.date(2009, 3, 3)


def test_companies_named_by_a_group_cue_but_never_people():
    text = (
        "Cinq opérateurs de centres d'appels y sont implantés, dont le groupe espagnol Konecta et la filiale "
        "marocaine de Phone Group, a déclaré M. Driss Benali."
    )
    names = {o.name for o in extract(text, publication_date=PUBLISHED).organisations}
    assert {"Konecta", "Phone Group"} <= names and not any("Benali" in n for n in names)
    text = "The French group Armatis opened a call centre in Tetouan, said CEO Ali Seddiki."
    names = {o.name for o in extract(text, publication_date=PUBLISHED).organisations}
    assert "Armatis" in names and not any("Seddiki" in n for n in names)
