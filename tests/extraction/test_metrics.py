"""Metric rules, each with the sentence that motivated it, plus sentences in other outlets' styles."""

import datetime as dt
from decimal import Decimal

import pytest

from offshoring.extraction import extract

PUBLISHED = dt.date(2020, 3, 10)


def metrics(text: str, published: dt.date | None = PUBLISHED) -> list[tuple]:
    return [
        (m.indicator, m.value, m.unit, m.kind, m.qualifier) for m in extract(text, publication_date=published).metrics
    ]


def only(text: str, published: dt.date | None = PUBLISHED):
    (metric,) = extract(text, publication_date=published).metrics
    return metric


# -- indicators, from the seeds -------------------------------------------------------------------


def test_revenue_and_employment_in_one_sentence():
    text = (
        "Les centres d’appels génèrent 4,5 milliards de dirhams de revenus annuels à l’export et emploient "
        "actuellement 45.000 personnes, selon l’AMRC."
    )
    found = extract(text).metrics
    assert [(m.indicator, m.value, m.unit, m.period, m.scope, m.organisation) for m in found] == [
        ("revenue", 4.5e9, "MAD", "per_year", "sector", None),
        ("employment", 45000, "persons", "year", "sector", None),  # "selon l'AMRC" is a source, not the scope
    ]


def test_organisation_and_sector_scopes():
    text = (
        "Avec un effectif total de 20000 employés sur les 25000 que compte le secteur dans son ensemble, l’AMRC "
        "rassemble les acteurs des centres d'appels."
    )
    found = extract(text).metrics
    assert [(m.indicator, m.value, m.scope, m.organisation) for m in found] == [
        ("employment", 20000, "company", "AMRC"),
        ("employment", 25000, "sector", None),
    ]


def test_less_than_and_regional_reference():
    text = (
        "Agadir accueille les centres d'appels du Souss-Massa-Draâ.\nL'offshoring est appelé à se développer, "
        "du fait, qu'il emploie moins de 300 personnes à l'échelon régional."
    )
    metric = only(text, dt.date(2011, 1, 18))
    assert (metric.indicator, metric.value, metric.kind, metric.qualifier, metric.region, metric.year) == (
        "employment",
        300,
        "actual",
        "less_than",
        "Souss-Massa",
        2011,
    )


def test_seats_growth_forecast_and_national_place():
    text = (
        "Jusque-là, plus de 30.000 positions ont été déclarées par les grands centres d'appels au Maroc et les "
        "tendances affichées pour 2011 sont en continuité, avec 20% de croissance."
    )
    assert metrics(text, dt.date(2011, 1, 18)) == [
        ("positions", 30000, "seats", "actual", "more_than"),
        ("growth_rate", 20, "percent", "forecast", "exact"),
    ]
    assert all(
        m.region is None and m.year == 2011 for m in extract(text, publication_date=dt.date(2011, 1, 18)).metrics
    )


def test_jobs_potential_is_a_target():
    text = "La zone offshoring de l'académie de langues a un potentiel de création estimé à 3.500 emplois."
    assert metrics(text) == [("jobs_target", 3500, "persons", "target", "about")]  # "estimé à"


def test_sites_per_year_and_hiring_needs_per_week():
    text = (
        "Les centres d’appels se sont largement développés au Maroc depuis plus de cinq ans puisque 20 nouveaux "
        "sites sont implantés annuellement. Les besoins en ressources humaines sont, quant à eux, de l’ordre de "
        "250 postes par semaine."
    )
    found = extract(text, publication_date=dt.date(2009, 1, 21)).metrics
    assert [(m.indicator, m.value, m.kind, m.qualifier, m.period, m.year) for m in found] == [
        ("sites", 20, "actual", "exact", "per_year", 2009),
        ("hiring_need", 250, "actual", "about", "per_week", 2009),
    ]


def test_students_and_council_investment():
    text = (
        "Dans la région de l’Oriental, l'offshoring compte sur un énorme potentiel en termes de ressources "
        "humaines qualifiées avec plus de 115.000 étudiants. Le Conseil de la région de l'Oriental a créé un fonds "
        "d’aide à l’investissement doté d’un montant de 55 millions de dirhams pour les centres d'appels."
    )
    found = extract(text).metrics
    assert [(m.indicator, m.value, m.kind, m.qualifier, m.region, m.scope, m.organisation) for m in found] == [
        ("students", 115000, "actual", "more_than", "Oriental", "sector", None),
        ("investment", 55e6, "actual", "exact", "Oriental", "company", "Conseil de la région de l'Oriental"),
    ]


# -- other outlets, English ------------------------------------------------------------------------


def test_english_employment_with_more_than():
    metric = only("Morocco's offshoring sector employs more than 120,000 people, according to the ministry.")
    assert (metric.indicator, metric.value, metric.kind, metric.qualifier, metric.region) == (
        "employment",
        120000,
        "actual",
        "more_than",
        None,
    )


def test_english_exports_with_year_and_growth():
    text = "Offshoring exports reached 14 billion dirhams in 2019, up 8% from the previous year."
    found = extract(text, publication_date=PUBLISHED).metrics
    assert [(m.indicator, m.value, m.unit, m.year) for m in found] == [
        ("revenue", 14e9, "MAD", 2019),
        ("growth_rate", 8, "percent", 2019),
    ]


def test_english_hiring_plan_is_a_target_with_city_and_scope():
    # A plan to hire is a recruitment need (SPEC: hiring_need), with a target qualifier; it used to be jobs_target.
    metric = only("Webhelp plans to hire 1,500 people in Fez by 2025 to serve its offshoring clients.")
    assert (
        metric.indicator,
        metric.value,
        metric.kind,
        metric.qualifier,
        metric.year,
        metric.place,
        metric.region,
        metric.scope,
        metric.organisation,
    ) == ("hiring_need", 1500, "target", "exact", 2025, "Fès", "Fès-Meknès", "company", "Webhelp")


def test_english_companies_and_seats():
    text = (
        "The sector counts around 600 companies, including Teleperformance, Majorel and Intelcia, and more than "
        "30,000 seats in Rabat."
    )
    found = extract(text, publication_date=PUBLISHED).metrics
    assert [(m.indicator, m.value, m.kind, m.qualifier, m.scope, m.organisation) for m in found] == [
        ("companies", 600, "actual", "about", "sector", None),
        ("positions", 30000, "actual", "more_than", "sector", None),
    ]


# -- other outlets, French --------------------------------------------------------------------------


def test_target_by_horizon_year():
    text = "L'objectif est de créer 40.000 emplois supplémentaires d'ici 2020 dans l'offshoring, selon le ministère."
    metric = only(text, dt.date(2015, 5, 1))
    assert (metric.indicator, metric.kind, metric.qualifier, metric.year) == ("jobs_target", "target", "exact", 2020)


def test_year_belongs_to_the_nearest_figure():
    text = (
        "Le chiffre d'affaires du secteur de l'offshoring est passé de 7 milliards de dirhams en 2015 à "
        "10 milliards en 2018."
    )
    found = extract(text, publication_date=PUBLISHED).metrics
    assert [(m.value, m.unit, m.year) for m in found] == [(7e9, "MAD", 2015), (10e9, "MAD", 2018)]


def test_fronted_year_applies_to_every_figure():
    text = "À fin 2019, l'offshoring employait 120 000 personnes et réalisait 14 MMDH de chiffre d'affaires."
    assert [m.year for m in extract(text, publication_date=PUBLISHED).metrics] == [2019, 2019]


def test_figure_without_stated_year_takes_the_publication_year_or_none():
    text = "Le secteur de l'offshoring compte aujourd'hui 110.000 emplois."
    assert only(text).year == 2020
    assert only(text, None).year is None


def test_recruitment_with_operator_scope_and_city():
    metric = only("Intelcia compte recruter 2 000 téléconseillers à Casablanca cette année.")
    assert (metric.indicator, metric.value, metric.scope, metric.organisation, metric.place, metric.year) == (
        "hiring_need",
        2000,
        "company",
        "Intelcia",
        "Casablanca",
        2020,
    )


def test_trainees():
    metric = only("L'OFPPT a formé 5 000 jeunes aux métiers des centres d'appels en 2018.")
    assert (metric.indicator, metric.value, metric.year, metric.scope, metric.organisation) == (
        "trainees",
        5000,
        2018,
        "company",
        "OFPPT",
    )


def test_investment_and_seats_of_an_operator():
    text = "L'opérateur Sitel a investi 50 millions de dirhams dans un centre d'appels de 800 positions à Fès Shore."
    assert metrics(text) == [
        ("investment", 50e6, "MAD", "actual", "exact"),
        ("positions", 800, "seats", "actual", "exact"),
    ]


def test_range_is_reported_as_its_middle():
    metric = only("Le secteur de l'offshoring emploie entre 60 000 et 70 000 personnes au Maroc.")
    assert (metric.indicator, metric.value, metric.kind, metric.qualifier) == ("employment", 65000, "actual", "about")


def test_share_of_the_sector():
    metric = only("Les membres de l’association emploient 80% des salariés du secteur des centres d'appels.")
    assert (metric.indicator, metric.value, metric.unit) == ("share", 80, "percent")


def test_every_metric_points_at_its_sentence():
    text = "Titre\n\nLe secteur des centres d'appels emploie 45 000 personnes. Il recrute 2 000 agents par an."
    result = extract(text)
    for metric in result.metrics:
        assert result.text[metric.start : metric.end] == metric.sentence


# -- traps ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pour joindre le centre d'appels : 05 22 33 44 55 ou +212 5 22 98 76 54.",
        "Centres d'appels : Lu 1085 fois, 1 234 vues.",
        "Créée en 2003, l'AMRC regroupe les centres d'appels. Depuis 2004, l'OFPPT forme aux métiers de l'offshoring.",
        "Le plan 2014-2020 érige l'offshoring parmi ses mesures phares.",
        "L'AMRC s'est dotée de six commissions ; la caravane des centres d'appels fera étape dans sept villes.",
        "Les centres d'appels se sont développés au Maroc depuis plus de cinq ans.",
        "Un petit centre d'appel peut s'installer en 2 à 3 mois, tandis qu'un grand a besoin d'un an, vu le nombre "
        "de positions, dépassant 300 postes.",
        "Le Maroc participe au 48è Conseil des gouverneurs ; la 16ème édition du salon de l'offshoring.",
        "Publié dans Les ECO le 18 - 01 - 2011 : l'offshoring au Maroc.",
        "L'Article 12 de la convention des centres d'appels prévoit un comité.",
        "Le taux de chômage des jeunes atteint 20% selon les centres d'appels.",
        "Le Maroc figure parmi les 30 meilleures destinations pour l'offshoring dans le monde.",
    ],
)
def test_traps_give_no_metric(text):
    assert metrics(text) == []


def test_figure_in_an_unrelated_headline_is_not_a_metric():
    text = (
        "-\nPosition extérieure globale : Une situation nette débitrice de 785 MMDH à fin septembre 2024\n"
        "-\nMarsa Maroc réalise un CA consolidé record de plus de 5 MMDH en 2024\n"
        "Les centres d'appels génèrent 4,5 milliards de dirhams de revenus annuels à l'export."
    )
    assert [m.value for m in extract(text).metrics] == [4.5e9]


def test_irrelevant_article_gives_no_metric():
    text = "La Bourse de Casablanca a réalisé un chiffre d'affaires de 5 milliards de dirhams, porté par Maroc Telecom."
    result = extract(text)
    assert not result.relevant and result.metrics == []


# -- rules from the development corpus (tests/extraction/corpus) -----------------------------------


def table(text: str, published: dt.date | None = PUBLISHED) -> list[tuple]:
    return [(m.indicator, m.value, m.kind, m.year, m.region) for m in extract(text, publication_date=published).metrics]


def test_entreprises_is_not_en_plus_treprises():
    text = "Plus de 1.200 entreprises internationales sont aujourd'hui installées au Maroc dans l'offshoring."
    assert metrics(text) == [("companies", 1200, "companies", "actual", "more_than")]


def test_a_plan_to_recruit_is_a_hiring_need_with_its_horizon():
    text = "L'opérateur de centres d'appels prévoit de recruter 1.500 personnes à Fès d'ici fin 2024."
    assert table(text, dt.date(2023, 9, 7)) == [("hiring_need", 1500, "target", 2024, "Fès-Meknès")]


def test_adding_staff_is_hiring():
    text = "Outsourcing group Teleperformance to add 3,000 Moroccan staff as French firms nearshore."
    assert [m[0] for m in table(text)] == ["hiring_need"]


def test_dont_shares_the_indicator_of_the_figure_before():
    text = "Le secteur des centres d'appels emploie 25.000 personnes, dont 18.000 dans l'offshore."
    assert [m[:2] for m in table(text)] == [("employment", 25000), ("employment", 18000)]


def test_headcount_raised_to_a_figure_without_noun():
    text = "L'objectif de l'offshoring est de porter les effectifs du secteur à 270.000 à l'horizon 2030."
    assert table(text) == [("jobs_target", 270000, "target", 2030, None)]


def test_up_from_is_the_current_value_of_a_target():
    text = "The offshoring strategy aims to create 270,000 jobs in the sector by 2030, up from around 130,000 today."
    assert table(text, dt.date(2024, 9, 24)) == [
        ("jobs_target", 270000, "target", 2030, None),
        ("employment", 130000, "actual", 2024, None),
    ]


def test_a_sentence_opening_on_a_horizon_makes_every_figure_a_target():
    text = (
        "D'ici 2030, l'Etat ambitionne de porter les exportations de l'offshoring à 40 milliards de dirhams et les "
        "effectifs à 270.000 personnes."
    )
    assert table(text) == [("revenue", 40e9, "target", 2030, None), ("jobs_target", 270000, "target", 2030, None)]


def test_the_horizon_of_a_plan_is_the_year_of_all_its_targets():
    text = (
        "Le plan prévoit pour l'offshoring la création de 60.000 emplois directs et un chiffre d'affaires additionnel "
        "à l'export de 18 milliards de dirhams à l'horizon 2020."
    )
    assert table(text, dt.date(2019, 6, 14)) == [
        ("jobs_target", 60000, "target", 2020, None),
        ("revenue", 18e9, "target", 2020, None),
    ]


def test_jobs_expected_and_jobs_created_by_a_coming_opening_are_targets():
    assert [m[:3] for m in table("Majorel opens customer experience hub in Laayoune, 800 jobs expected")] == [
        ("jobs_target", 800, "target")
    ]
    text = "Three new call centres will open at the Oujda Shore park this year, creating some 500 jobs."
    assert [m[:2] for m in table(text)] == [("jobs_target", 500)]


def test_employs_before_wins_over_generated_after_and_conversions_are_dropped():
    text = (
        "Morocco's offshoring industry, which employs some 120,000 people, generated 14 billion dirhams "
        "($1.57 billion) in export revenue in 2020, according to official data."
    )
    assert table(text, dt.date(2021, 6, 8)) == [
        ("employment", 120000, "actual", 2021, None),
        ("revenue", 14e9, "actual", 2020, None),
    ]


def test_hyphenated_seats_and_the_place_attached_to_the_figure():
    text = (
        "Concentrix, which already employs around 4,500 people in Morocco across sites in Casablanca and Rabat, "
        "will invest $20 million in a new 1,200-seat facility at the Technopolis business park."
    )
    found = {(m.indicator, m.value, m.unit, m.region) for m in extract(text, publication_date=PUBLISHED).metrics}
    assert found == {
        ("employment", 4500, "persons", None),
        ("investment", 20e6, "USD", "Rabat-Salé-Kénitra"),
        ("positions", 1200, "seats", "Rabat-Salé-Kénitra"),
    }


def test_money_set_aside_is_an_investment():
    text = "The Regional Council of the Oriental has set aside MAD 50 million to support new offshoring projects."
    assert [m[:2] for m in table(text)] == [("investment", 50e6)]


def test_grew_is_growth():
    text = "Morocco's IT services and outsourcing exports grew by 12% in 2020 to reach 3.5 bln dirhams."
    assert [m[:4] for m in table(text)] == [("growth_rate", 12, "actual", 2020), ("revenue", 3.5e9, "actual", 2020)]


def test_figures_of_other_sectors_and_of_the_macro_economy_are_not_metrics():
    assert table("Côté offshoring, en revanche, les recettes voyages ont chuté de 45,2% à 21,6 MMDH.") == []
    assert table("Outsourcing aside, Morocco's unemployment rate rose to 11.8% in 2022.") == []


def test_an_amount_told_by_a_pronoun_continues_the_previous_one():
    text = (
        "Les exportations des services d'offshoring se sont établies à 14,1 MMDH en 2019. "
        "Au premier semestre 2020, elles ont atteint 6,9 MMDH, en baisse de 2,3% seulement."
    )
    assert table(text, dt.date(2020, 8, 6)) == [
        ("revenue", 14.1e9, "actual", 2019, None),
        ("revenue", 6.9e9, "actual", 2020, None),
        ("growth_rate", Decimal("-2.3"), "actual", 2020, None),
    ]


def test_the_year_compared_with_is_not_the_figure_s_year():
    text = (
        "Le chiffre d'affaires des centres d'appels a atteint 3,2 milliards de dirhams en 2008, en hausse de 25% par "
        "rapport à 2007."
    )
    assert [m[3] for m in table(text)] == [2008, 2008]


def test_the_same_year_is_the_previous_sentence_s_year():
    text = (
        "A fin 2024, le secteur de l'offshoring comptait 148.500 emplois. "
        "Ses exportations de services ont atteint 26,22 milliards de dirhams la même année."
    )
    assert [m[3] for m in table(text, dt.date(2025, 1, 28))] == [2024, 2024]


def test_needs_retraining_and_graduates():
    text = (
        "Moroccan universities produce 8,000 IT graduates a year, far below the needs of the outsourcing sector, "
        "estimated at 15,000 a year. APEBI calls for a Digital Academy to retrain 5,000 unemployed graduates every "
        "year."
    )
    assert [m[:2] for m in table(text)] == [("students", 8000), ("hiring_need", 15000), ("trainees", 5000)]


def test_net_jobs_created_a_year_and_counts_of_its_centres():
    assert [m[:2] for m in table("The offshoring sector has created an average of 5,000 net jobs a year.")] == [
        ("employment", 5000)
    ]
    text = "Avec ce site, Teleperformance porte à 7 le nombre de ses centres d'appels au Maroc."
    assert [m[:2] for m in table(text)] == [("sites", 7)]


def test_small_numbers_in_words_are_no_statistic():
    assert table("La zone offshoring attend l'arrivée de deux nouveaux opérateurs.") == []


def test_the_body_dates_a_figure_the_headline_rounds():
    text = (
        "Offshoring : le cap des 10 milliards de DH à l'export est franchi\n"
        "Les professionnels ont rappelé que le chiffre d'affaires à l'export du secteur a atteint 10 milliards de DH "
        "en 2018, contre 7,3 milliards en 2013, ce qui confirme la bonne santé des centres d'appels marocains."
    )
    assert [(m.value, m.year) for m in extract(text, publication_date=dt.date(2019, 6, 14)).metrics] == [
        (10e9, 2018),
        (7.3e9, 2013),
    ]


# -- places of figures ----------------------------------------------------------------------------


def test_a_figure_spread_over_several_regions_is_national():
    text = (
        "Présent au Maroc depuis 2007, le centre d'appels Majorel y emploie plus de 16.000 personnes réparties "
        "entre Casablanca, Rabat, Agadir et Laâyoune."
    )
    assert [m[4] for m in table(text)] == [None]
    text = (
        "Les centres d'appels devraient créer 8 000 nouveaux postes en 2017, principalement à Casablanca, Rabat et Fès."
    )
    assert [m[4] for m in table(text)] == [None]


def test_where_people_met_is_not_where_the_figure_is():
    text = (
        "Réunis jeudi à Rabat, les professionnels ont rappelé que le chiffre d'affaires à l'export de l'offshoring "
        "a atteint 10 milliards de DH en 2018."
    )
    assert [m[4] for m in table(text)] == [None]


def test_the_place_of_the_title_and_of_the_paragraph_carry_over():
    text = (
        "Majorel ouvre un troisième site à Agadir\n\n"
        "Le groupe de relation client Majorel a inauguré mercredi son nouveau site, le troisième dans la capitale "
        "du Souss. D'une capacité de 450 positions, la plateforme doit permettre la création de 1.000 emplois.\n"
        "L'investissement est estimé à 60 millions de dirhams.\n"
        "Le groupe a réalisé un chiffre d'affaires de 2 milliards de dirhams l'an dernier.\n"
    )
    found = {m.value: m.region for m in extract(text, publication_date=PUBLISHED).metrics}
    assert found == {450: "Souss-Massa", 1000: "Souss-Massa", 60e6: "Souss-Massa", 2e9: None}


# -- rules from the blind set (tests/extraction/corpus/3NN_*) --------------------------------------


def test_a_year_after_en_dates_the_figure_before_it():
    text = "Le nombre d'emplois dans l'offshoring est passé de 24.000 emplois en 2008 à 70.000 en 2015."
    assert [(m.value, m.year) for m in extract(text, publication_date=PUBLISHED).metrics] == [
        (24000, 2008),
        (70000, 2015),
    ]


def test_a_list_split_by_place_keeps_the_indicator():
    text = (
        "Les conventions de l'offshoring prévoient la création de 12.500 emplois d'ici 2020, dont 4.000 à Fès, "
        "3.500 à Oujda et 5.000 à Casablanca."
    )
    found = [(m.indicator, m.value, m.place) for m in extract(text, publication_date=PUBLISHED).metrics]
    assert found == [
        ("jobs_target", 12500, None),
        ("jobs_target", 4000, "Fès"),
        ("jobs_target", 3500, "Oujda"),
        ("jobs_target", 5000, "Casablanca"),
    ]


def test_an_aim_after_the_figure_in_another_clause_is_not_its_target():
    text = (
        "Teleperformance, premier employeur du secteur offshoring avec 10.000 salariés au Maroc, s'engage à créer "
        "5.000 postes."
    )
    assert metrics(text) == [
        ("employment", 10000, "persons", "actual", "exact"),
        ("jobs_target", 5000, "persons", "target", "exact"),
    ]


def test_a_share_introduced_by_dont_owns_its_place():
    text = (
        "Le secteur de l'offshoring, qui emploie aujourd'hui 150.000 personnes, dont 60 % à Casablanca, devra en "
        "compter 270.000 à l'horizon 2030."
    )
    found = [(m.indicator, m.value, m.region, m.year) for m in extract(text, publication_date=PUBLISHED).metrics]
    assert found == [
        ("employment", 150000, None, 2020),
        ("share", 60, "Casablanca-Settat", 2020),
        ("jobs_target", 270000, None, 2030),
    ]


def test_a_headcount_to_reach_without_its_noun():
    text = "Le centre d'appels emploie déjà 350 téléconseillers et devrait en compter 800 d'ici fin 2020."
    found = [(m.indicator, m.value, m.year) for m in extract(text, publication_date=dt.date(2019, 3, 12)).metrics]
    assert found == [("employment", 350, 2019), ("jobs_target", 800, 2020)]


def test_people_recruited_by_a_date_are_a_hiring_need():
    assert metrics("Offshoring :\n- 700 collaborateurs recrutés d'ici fin 2018") == [
        ("hiring_need", 700, "persons", "target", "exact")
    ]


def test_interview_answers_hiring_and_training():
    text = (
        "A: We hire roughly 150 people every month in our call centres and invest heavily in training: last year "
        "we trained 3,200 new advisors."
    )
    assert [(i, v) for i, v, *_ in metrics(text)] == [("hiring_need", 150), ("trainees", 3200)]


def test_team_members_are_employees():
    assert metrics("A: Concentrix now has about 5,000 team members in its Moroccan call centres.")[0][:2] == (
        "employment",
        5000,
    )


def test_of_which_continues_the_count_before_it():
    text = "Key figures of the offshoring sector: 1,200 companies, of which 110 operate in the Casanearshore park."
    assert [(i, v) for i, v, *_ in metrics(text)] == [("companies", 1200), ("companies", 110)]


def test_a_signed_percentage_is_growth():
    assert metrics("Offshoring: MAD 18bn in export revenue, +12% year-on-year.")[1][:2] == ("growth_rate", 12)


def test_an_amount_qualifying_a_project_is_an_investment():
    text = "The Dh 200 million project will host a new contact centre in Tetouan Shore."
    assert metrics(text)[0][:3] == ("investment", 200e6, "MAD")


def test_a_comparison_year_does_not_date_the_next_figure():
    text = (
        "The offshoring sector employed about 120,000 people in 2019, up from 40,000 in 2010, and generated export "
        "revenues of USD 1.4 billion."
    )
    years = {m.value: m.year for m in extract(text, publication_date=None).metrics}
    assert years == {120000: 2019, 40000: 2010, 1.4e9: 2019}


def test_a_forecast_takes_the_horizon_of_its_sentence():
    text = (
        "Selon McKinsey, l'offshoring pourrait générer 100.000 emplois et un chiffre d'affaires de 2 milliards "
        "d'euros à l'horizon 2015."
    )
    assert {m.value: m.year for m in extract(text, publication_date=dt.date(2005, 3, 18)).metrics} == {
        100000: 2015,
        2e9: 2015,
    }


# -- fourth hardening pass: the blind 5NN set ------------------------------------------------------


def test_figures_of_the_countries_morocco_is_compared_with_are_left_out():
    # 510: Jeune Afrique compares the francophone destinations
    text = (
        "Avec 90.000 emplois dans l'offshoring en 2016, le Maroc reste loin devant. La Tunisie compte environ "
        "25.000 téléconseillers, le Sénégal 6.000, tandis que Madagascar revendique 15.000 emplois dans "
        "l'externalisation. À Dakar, le groupe sénégalais PCCI emploie 2.000 personnes."
    )
    assert [(m.indicator, m.value) for m in extract(text, publication_date=PUBLISHED).metrics] == [
        ("employment", 90000)
    ]
    # 508 and 509: the FT and Bloomberg name Morocco among others
    text = (
        "Romania employs some 120,000 in business services. Morocco's offshoring sector employs about 110,000 "
        "people. Teleperformance added about 40,000 staff in the Philippines and India last year."
    )
    assert [(m.indicator, m.value) for m in extract(text, publication_date=PUBLISHED).metrics] == [
        ("employment", 110000)
    ]


def test_a_groups_worldwide_headcount_is_left_out_unless_its_moroccan_part_follows():
    text = (
        "The Paris-based call centre company now employs more than 380,000 people in 83 countries. In Morocco, "
        "one of its main French-language hubs, headcount rose to about 11,000 from 9,500 a year earlier."
    )
    found = [(m.indicator, m.value) for m in extract(text, publication_date=PUBLISHED).metrics]
    assert ("employment", 11000) in found and all(value != 380000 for _, value in found)
    text = "Le centre d'appels Intelcia emploie 30.000 collaborateurs dans 16 pays, dont 16.500 au Maroc."
    assert ("employment", 16500) in [(m.indicator, m.value) for m in extract(text, publication_date=PUBLISHED).metrics]


def test_a_part_of_the_previous_paragraphs_total_takes_its_year():
    # 503 (and the round-3 gap of 414): the year is set in the paragraph before
    text = (
        "En 2019, les exportations de services offshoring ont atteint 14,7 milliards de dirhams.\n\n"
        "Les centres de relation client en réalisent 9,1 milliards, soit 62 % du total."
    )
    found = [(m.indicator, m.value, m.year) for m in extract(text, publication_date=PUBLISHED).metrics]
    assert found == [("revenue", 14.7e9, 2019), ("revenue", 9.1e9, 2019), ("share", 62, 2019)]
    # a horizon is no year of fact: "vise 150.000 emplois à l'horizon 2021. Rabat en concentre 20 %"
    text = "Le secteur de l'offshoring vise 150.000 emplois à l'horizon 2021. Rabat en concentre 20 %."
    assert [(m.value, m.year) for m in extract(text, publication_date=PUBLISHED).metrics][1] == (20, 2020)


def test_jobs_created_in_a_parks_record_are_employment_and_a_list_takes_its_headers_place():
    # 505: MedZ's press release
    text = (
        "MEDZ annonce l'achèvement du parc offshoring.\n\nCasanearshore en bref :\n"
        "• 300.000 m² de superficie de bureaux\n• 30.000 emplois créés\n• 110 entreprises installées\n"
        "• Un investissement global de 2,5 milliards de dirhams"
    )
    found = [(m.indicator, m.value, m.region) for m in extract(text, publication_date=PUBLISHED).metrics]
    assert found == [
        ("employment", 30000, "Casablanca-Settat"),
        ("companies", 110, "Casablanca-Settat"),
        ("investment", 2.5e9, "Casablanca-Settat"),
    ]
    assert metrics("Le plan offshoring prévoit 30.000 emplois créés d'ici 2025.")[0][0] == "jobs_target"


def test_the_place_ranked_behind_is_not_the_figures():
    # 503: "loin devant Rabat (18 %)"
    text = (
        "Le poids de Casablanca dans l'offshoring reste écrasant. La métropole concentre 65 % des emplois, "
        "loin devant Rabat (18 %)."
    )
    found = [(m.value, m.region) for m in extract(text, publication_date=PUBLISHED).metrics]
    assert found == [(65, "Casablanca-Settat"), (18, "Rabat-Salé-Kénitra")]


def test_recruiting_graduates_is_a_hiring_need_and_a_contribution_an_investment():
    # 512: Morocco World News
    text = (
        "The new call centre site has a capacity of 700 workstations and will recruit 1,000 young graduates by the "
        "end of the year. Souss-Massa's regional council contributed MAD 20 million to the training programme."
    )
    assert [m[:2] for m in metrics(text)] == [("positions", 700), ("hiring_need", 1000), ("investment", 20e6)]


def test_a_page_dated_only_by_its_address_gives_its_figures_the_year():
    # 512: the address holds year and month, no day: a publication month, and the figures' year
    text = (
        "moroccoworldnews.com/2021/06/teleperformance-agadir-new-site\nTeleperformance opens second site in Agadir\n"
        "\nAgadir - Teleperformance has opened a second customer experience centre in Agadir, bringing its "
        "workforce in the city to 2,500 employees."
    )
    result = extract(text)
    assert result.as_contract("512.txt")["publication_date"] == "2021-06"
    assert [(m.value, m.year) for m in result.metrics] == [(2500, 2021)]


def test_a_span_of_time_is_no_figure_and_splits_nothing():
    text = (
        "The momentum of offshoring held in the first half of 2025, when exports climbed to 13.4 billion dirhams, "
        "3.5% more than the 12.9 billion dirhams recorded in the first six months of 2024."
    )
    found = [(m.indicator, m.value, m.year) for m in extract(text, publication_date=dt.date(2025, 10, 24)).metrics]
    assert found == [("revenue", 13.4e9, 2025), ("growth_rate", Decimal("3.5"), 2025), ("revenue", 12.9e9, 2024)]
    text = "Les exportations de l'offshoring ont progressé de 2,4 % par an au cours des cinq dernières années."
    assert [(m.indicator, m.value) for m in extract(text, publication_date=PUBLISHED).metrics] == [
        ("growth_rate", Decimal("2.4"))
    ]
