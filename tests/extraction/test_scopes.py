"""Kind, scope and period of each figure (issue 9, item 5): passes over an already-read amount."""

import datetime as dt
from decimal import Decimal

import pytest

from offshoring.extraction import extract

PUBLISHED = dt.date(2021, 6, 1)


def read(text: str, published: dt.date | None = PUBLISHED) -> list[tuple]:
    return [
        (m.indicator, m.value, m.kind, m.qualifier, m.scope, m.organisation, m.period)
        for m in extract(text, publication_date=published).metrics
    ]


# -- kind: actual, target, forecast; apart from the precision --------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le plan vise à porter les exportations de l'offshoring à 30 milliards de dirhams.", "target"),
        ("L'offshoring ambitionne de créer 50 000 emplois d'ici 2025.", "target"),
        ("Le secteur de l'offshoring table sur 200 000 emplois à l'horizon 2030.", "target"),
        ("Les exportations de l'offshoring devraient atteindre 20 milliards de dirhams.", "target"),
        ("Selon McKinsey, l'offshoring pourrait générer 100.000 emplois au Maroc.", "forecast"),
        ("Atento to create 1,000 jobs in its new call centre in Tetouan.", "target"),
        ("Les exportations de l'offshoring ont atteint 18 milliards de dirhams en 2020.", "actual"),
        # counting on a rate or an amount is an expectation; on jobs, a goal
        ("Les professionnels des centres d'appels tablent sur une croissance de 12 % cette année.", "forecast"),
        ("L'association de l'offshoring tablait sur un chiffre d'affaires de 9 milliards de dirhams.", "forecast"),
        ("L'opérateur de centres d'appels s'engage fermement à recruter 2 000 personnes.", "target"),
        ("La ville espère atteindre 3 000 positions dans les centres d'appels.", "target"),
        ("L'assureur a l'intention de délocaliser 900 emplois vers des centres d'appels.", "target"),
        ("La nouvelle zone offshoring demandera 500 millions de dirhams d'investissement.", "target"),
        ("Le nouveau centre d'appels fera travailler 900 jeunes.", "target"),
        ("L'opérateur investira 80 millions de dirhams dans ses centres d'appels sur les années à venir.", "target"),
        ("La seconde entreprise de l'offshoring commencera avec 80 salariés.", "forecast"),
        ("Le centre d'appels compte dépasser 300 salariés à la fin de l'année.", "forecast"),
        # done is done, whatever else the sentence expects
        ("Les centres de relation client, premiers bénéficiaires attendus, ont créé plus de 8 000 emplois.", "actual"),
    ],
)
def test_the_kind_of_a_figure(text, kind):
    assert [k for _, _, k, *_ in read(text)] == [kind]


def test_a_verb_of_aim_governs_a_figure_joined_to_the_one_it_governs():
    found = read("À terme, les plateaux de l'offshoring doivent atteindre 50 000 m² et générer 1 500 emplois.")
    assert [(i, v, k) for i, v, k, *_ in found] == [("jobs_target", 1500, "target")]


def test_a_part_of_a_target_is_a_target():
    found = read("Le programme de l'offshoring vise la création de 20 000 emplois, dont 5 000 emplois d'insertion.")
    assert [(i, v, k) for i, v, k, *_ in found] == [("jobs_target", 20000, "target"), ("jobs_target", 5000, "target")]


def test_a_target_keeps_its_own_precision():
    assert read("L'offshoring vise au moins 5 000 emplois supplémentaires d'ici 2025.")[0][:4] == (
        "jobs_target",
        5000,
        "target",
        "more_than",
    )


def test_what_a_figure_starts_from_is_an_actual():
    found = read("Pour l'ITO, l'objectif est de porter les effectifs de 13.000 à 30.000 personnes dans l'offshoring.")
    assert [(i, v, k) for i, v, k, *_ in found] == [("employment", 13000, "actual"), ("jobs_target", 30000, "target")]


# -- scope: sector, segment, company, park; worldwide and foreign figures are left out ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Les centres d'appels pèsent à eux seuls 8,4 milliards de dirhams des exportations de l'offshoring.",
        "Dans l'offshoring, l'activité CRM emploie 60 000 personnes.",
        "The IT outsourcing segment now employs about 25,000 engineers in Morocco.",
        # a segment named by its acronym as the subject, or a part of the total told before
        "Côté emploi dans l'offshoring, le CRM a créé 3 000 postes en 2015.",
        "Dans l'offshoring, l'ITO a progressé de 14,7 % à 1,08 milliard de dirhams.",
        "Les exportations de l'offshoring atteignent 500 millions d'euros. Les centres d'appels en ont réalisé "
        "400 millions.",
        # a relative clause between the segment and its figure
        "Le segment des centres d'appels, qui pèse lourd dans l'offshoring, a réalisé 2,3 milliards de dirhams.",
    ],
)
def test_a_part_of_the_sector_is_a_segment(text):
    assert [scope for *_, scope, _, _ in read(text)][-1:] == ["segment"]


def test_a_place_s_share_or_the_whole_sector_named_as_a_filiere_is_no_segment():
    text = "Le secteur de l'offshoring vise 150.000 emplois. Rabat en concentre 20 %, Fès à peine 5 %."
    assert {scope for *_, scope, _, _ in read(text)} == {"sector"}
    text = "Née au Maroc en 2000, la filière des centres d'appels fait travailler plus de 20.000 personnes."
    assert [scope for *_, scope, _, _ in read(text)] == ["sector"]


@pytest.mark.parametrize(
    "text",
    [
        "Intelcia s'agrandit à Agadir. Le groupe réalise un chiffre d'affaires de 2,3 milliards de dirhams.",
        "Intelcia s'agrandit à Agadir. L'opérateur emploie déjà plus de 8.000 personnes dans ses centres d'appels.",
        "Intelcia opens a call centre in Agadir. The company employs about 9,500 people in Morocco.",
    ],
)
def test_a_company_told_without_its_name_is_the_operator_named_before(text):
    assert [(scope, organisation) for *_, scope, organisation, _ in read(text)] == [("company", "Intelcia")]


@pytest.mark.parametrize(
    ("text", "park"),
    [
        ("Casanearshore accueille 110 entreprises de l'offshoring.", "Casanearshore"),
        ("Technopolis employs more than 5,000 people in outsourcing.", "Technopolis"),
        ("Oujda Shore : plus d'un millier d'emplois créés dans les centres d'appels.", "Oujda Shore"),
    ],
)
def test_a_park_s_figure_is_the_park_s(text, park):
    assert [(scope, organisation) for *_, scope, organisation, _ in read(text)] == [("park", park)]


def test_sources_and_lists_of_operators_own_no_figure():
    text = "Selon l'AMRC, le secteur des centres d'appels compte 200 centres et emploie 25.000 personnes."
    assert {scope for *_, scope, _, _ in read(text)} == {"sector"}
    text = "Les conventions signées avec Webhelp, Teleperformance et Sitel prévoient 12.500 emplois dans l'offshoring."
    assert {scope for *_, scope, _, _ in read(text)} == {"sector"}


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe de centres d'appels emploie 30 000 personnes au niveau mondial.",
        "The call centre group employs more than 380,000 people worldwide.",
        "Sitel, l'outsourceur américain, exploite 88 sites à travers le monde.",
        "La Tunisie compte environ 25.000 téléconseillers dans l'offshoring.",
        "En France, quelque 200.000 personnes travaillent dans les centres d'appels.",
        "Teleperformance SE reported 2020 revenue of 5.73 billion euros, up 7.7% in the outsourcing market.",
        # the country as the subject that holds the figure
        "Par comparaison, l'Espagne compte près de 90 000 postes dans les centres d'appels.",
        "In the outsourcing sector, India employs about 4 million people.",
        # "les salariés du groupe en Tunisie": a country a few words after the figure
        "Les 3 000 salariés du groupe en Tunisie restent en place, assure l'opérateur de centres d'appels.",
        # a world cue opening the sentence governs every figure of it
        "Dans le monde, le groupe de centres d'appels réalise 2 milliards d'euros et emploie 40 000 personnes.",
        # countries counted in words, a figure over Morocco and another country, several destinations together
        "Le groupe de centres d'appels emploie 2 000 salariés dans trois pays.",
        "Ils rejoignent les 900 collaborateurs des centres d'appels du groupe, à Rabat et en Espagne.",
        "Quelque 50 000 emplois ont été créés dans les destinations offshore francophones.",
    ],
)
def test_world_and_foreign_figures_are_never_moroccan(text):
    assert read(text) == []


def test_a_group_said_to_work_abroad_gives_its_own_figures_as_world_figures():
    text = (
        "Présent au Sénégal et en France, le groupe Outsourcia vise de nouveaux marchés. "
        "Outsourcia, qui emploie 2 000 personnes, a réalisé 300 millions de dirhams de chiffre d'affaires."
    )
    assert read(text) == []
    text = (
        "Présent au Sénégal et en France, le groupe Outsourcia vise de nouveaux marchés. "
        "Au Maroc, Outsourcia emploie 1 500 personnes dans ses centres d'appels."
    )
    assert [(i, v, scope) for i, v, _, _, scope, *_ in read(text)] == [("employment", 1500, "company")]


def test_pronouns_and_clauses_point_at_the_right_owner():
    text = "Majorel et Webhelp ont signé avec l'État. Ils prévoient la création de 3 000 emplois dans l'offshoring."
    assert [scope for *_, scope, _, _ in read(text)] == ["company"]
    text = (
        "Le premier centre d'appels de la ville a démarré avec 100 positions ; à terme, la ville espère "
        "atteindre 5 000 positions dans l'offshoring."
    )
    assert [scope for *_, scope, _, _ in read(text)] == ["company", "sector"]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # the sentence before names the park or the operator; a demonstrative or a pronoun continues it
        (
            "Le roi a inauguré la première tranche d'Oujda Shore. Cette phase a mobilisé 120 millions de dirhams "
            "d'investissement dans l'offshoring.",
            "park",
        ),
        ("Webhelp ouvre un centre d'appels à Rabat. L'investissement atteint 20 millions de dirhams.", "company"),
        # "y" points at the park named before
        ("Casanearshore accueille l'offshoring. Quelque 70 entreprises y sont implantées.", "park"),
        # a park opening its sentence owns the figures of its clauses
        ("Casanearshore a livré 164 000 m2 de bureaux, dont 78% sont loués à 70 entreprises de l'offshoring.", "park"),
        # a study or a source does not own the figures it counts
        ("Une étude de l'ANRT dénombre 137 centres d'appels au Maroc.", "sector"),
        # "à elle seule" with a company as subject is the company's, not a segment's
        (
            "La filiale marocaine de Webhelp fait travailler à elle seule 6 500 personnes dans ses centres d'appels.",
            "company",
        ),
        # an example that a relative clause makes the owner
        ("Les centres d'appels servent des groupes tels que Dell, qui emploie plus de 2 000 salariés.", "company"),
    ],
)
def test_owners_told_around_the_figure(text, scope):
    assert [found_scope for *_, found_scope, _, _ in read(text)][-1:] == [scope]


@pytest.mark.parametrize(
    "text",
    [
        "Arnaud Montebourg voudrait créer 15 000 emplois de plus dans les centres d'appels français.",
        "La filiale marocaine de Webhelp emploie 6 500 personnes, sur les 11 000 que compte le groupe de centres "
        "d'appels.",
        "Majorel compte plus de 15 mille collaborateurs de centres d'appels dans la région Afrique francophone.",
    ],
)
def test_figures_of_a_whole_group_or_another_country_stay_out(text):
    assert all(v != 15000 and v != 11000 for _, v, *_ in read(text))


def test_a_figure_with_its_own_moroccan_place_is_not_spread_abroad():
    found = read("Les centres d'appels emploient 40 000 personnes au Maroc et 15 000 en Tunisie.")
    assert [(i, v) for i, v, *_ in found] == [("employment", 40000)]


def test_morocco_s_part_of_a_world_figure_is_kept():
    text = "Le centre d'appels Intelcia emploie 30.000 collaborateurs dans 16 pays, dont 16.500 au Maroc."
    assert [(i, v) for i, v, *_ in read(text)] == [("employment", 16500)]


def test_an_article_about_another_country_gives_no_moroccan_figure():
    text = (
        "Tunisie : les centres d'appels se multiplient\n\n"
        "La Tunisie attire les centres d'appels européens. Le pays compte 130 centres d'appels, selon l'agence "
        "tunisienne de promotion. Les centres d'appels tunisiens emploient 8.000 personnes. À Tunis, le secteur "
        "de l'offshoring recrute."
    )
    assert read(text) == []


# -- period: year, half, quarter, month ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Au premier semestre 2020, les exportations de l'offshoring ont atteint 6,9 milliards de dirhams.", "half"),
        ("In the first half of 2025, offshoring exports climbed to 13.4 billion dirhams.", "half"),
        ("Au troisième trimestre, les exportations de l'offshoring ont atteint 4 milliards de dirhams.", "quarter"),
        ("L'activité des centres d'appels de l'offshoring a reculé de 20 % en mars.", "month"),
        ("Les exportations de l'offshoring ont atteint 14 milliards de dirhams en 2019.", "year"),
        ("Les centres d'appels recrutent 250 personnes par semaine dans l'offshoring.", "per_week"),
    ],
)
def test_the_period_a_figure_covers(text, period):
    assert [p for *_, p in read(text)] == [period]


def test_phrasings_of_real_pages():
    # the structures journalists use, in the project's own words
    text = (
        "Les exportations de l'offshoring ont atteint 6 milliards de dirhams, dont 4 milliards pour les seuls "
        "centres d'appels."
    )
    assert [scope for *_, scope, _, _ in read(text)] == ["sector", "segment"]
    text = "Avec 4.500 salariés, Intelcia est le premier employeur privé de l'offshoring à Casablanca."
    assert [(scope, organisation) for *_, scope, organisation, _ in read(text)] == [("company", "Intelcia")]
    text = "Le Maroc emploie quelque 30.000 personnes dans l'offshoring, loin devant l'Égypte (15.000 salariés)."
    assert [(i, v) for i, v, *_ in read(text)] == [("employment", 30000)]
    text = "L'offshoring marocain a généré 7 milliards de dirhams l'an dernier."
    assert [period for *_, period in read(text)] == ["year"]  # "l'an dernier" is no flow per year


def test_a_figure_joined_to_a_figure_abroad_is_abroad_too():
    text = "Le groupe de centres d'appels compte 10 implantations en France et 2 500 emplois directs."
    assert read(text) == []


def test_made_up_is_a_share_and_growth_that_fell_to_a_level_stays_positive():
    text = "In the outsourcing sector, IT services made up 40.3% of exports."
    assert [(i, v) for i, v, *_ in read(text)] == [("share", Decimal("40.3"))]
    text = "In Morocco's outsourcing sector, annual growth fell to about 5 per cent last year."
    assert [(i, v) for i, v, *_ in read(text)] == [("growth_rate", 5)]


def test_a_headcount_joined_to_a_group_s_world_turnover_is_the_group_s():
    text = (
        "The ALTEN outsourcing group posted a turnover of about 3 billion euros in 2021 and currently employs "
        "46,000 people."
    )
    assert read(text) == []


def test_a_figure_told_as_of_today_is_no_target_whatever_follows():
    text = (
        "Le magazine, qui compte 8.000 emplois aujourd'hui dans les centres d'appels au Maroc et en prévoit des "
        "dizaines de milliers d'ici quelques années, voit dans le royaume une nouvelle frontière."
    )
    assert [(i, v, k) for i, v, k, *_ in read(text)] == [("employment", 8000, "actual")]
