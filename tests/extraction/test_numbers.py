"""Numbers as written in French and English news."""

from decimal import Decimal

import pytest

from offshoring.extraction.numbers import find_numbers, parse_number


def values(text: str, english: bool = False) -> list[tuple[float, str | None]]:
    return [(m.value, m.unit) for m in find_numbers(text, english=english)]


@pytest.mark.parametrize(
    "text",
    [
        "45.000 personnes",
        "45 000 personnes",
        "45\u00a0000 personnes",
        "45\u202f000 personnes",
        "45000 personnes",
        "45,000 people",
    ],
)
def test_thousands_separators(text):
    # seed 000: "emploient actuellement 45.000 personnes"
    assert values(text) == [(45000, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4,5 milliards de dirhams de revenus annuels", (4.5e9, "MAD")),  # seed 000
        ("55 millions de dirhams", (55e6, "MAD")),  # seed 004
        ("5 MMDH", (5e9, "MAD")),
        ("300 MDH", (300e6, "MAD")),
        ("1,2 Mds de dirhams", (1.2e9, "MAD")),
        ("10 M€", (10e6, "EUR")),
        ("12 millions d'euros", (12e6, "EUR")),
        ("exports reached 14 billion dirhams", (14e9, "MAD")),
        ("$1.2 billion", (1.2e9, "USD")),
        ("MAD 3 billion", (3e9, "MAD")),
        ("45 mille emplois", (45000, None)),
        ("un million de dirhams", (1e6, "MAD")),
    ],
)
def test_money_and_scales(text, expected):
    assert values(text, english="billion" in text)[0] == expected


@pytest.mark.parametrize("text", ["20%", "20 %", "20\u00a0%", "20 pour cent", "20 percent", "20 per cent"])
def test_percentages(text):
    # seed 002: "avec 20% de croissance"
    assert values(text) == [(20, "percent")]


def test_decimals_french_and_english():
    assert parse_number("4,5") == 4.5
    assert parse_number("4.5", english=True) == 4.5
    assert parse_number("1,500", english=True) == 1500


def test_number_words_and_approximations():
    found = find_numbers("une trentaine de participants, quatre opérateurs, deux mille emplois, a dozen sites")
    assert [(m.value, m.approximate) for m in found] == [(30, True), (4, False), (2000, False), (12, True)]


def test_ranges_become_one_approximate_figure():
    (found,) = find_numbers("entre 3 000 et 4 000 emplois")
    assert (found.value, found.low, found.high, found.approximate) == (3500, 3000, 4000, True)
    (found,) = find_numbers("3 000 à 4 000 postes")
    assert found.value == 3500
    (found,) = find_numbers("entre 3 et 4 milliards de dirhams")
    assert (found.low, found.high, found.unit) == (3e9, 4e9, "MAD")


def test_evolution_keeps_both_figures():
    # "passé de X à Y" is no range: both values are figures, each read with its own year by the metric rules
    assert values("le nombre est passé de 3 000 à 4 000") == [(3000, None), (4000, None)]


def test_two_figures_joined_by_and_stay_two():
    assert values("20 000 employés et 300 sites") == [(20000, None), (300, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Appelez le 05 22 33 44 55.",
        "Tél. : +212 5 22 33 44 55",
        "Lu 1085 fois",  # seed 003 page counter
        "1 234 vues",
        "conformément à l'Article 12 de la loi 09-08",
        "le plan 2014-2020",  # seed 000 plan name
        "Publié le 18 - 01 - 2011",  # seed 002 date
        "la 16ème édition, la 3e édition, le 48è Conseil, le 1er salon",  # ordinals
        "Mondial-2030, COVID-19, G20, U17",
        "à 10h30 ou 14:30",
        "https://www.example.ma/2019/01/45000-emplois",
    ],
)
def test_things_that_are_not_figures(text):
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ont atteint 40 MUSD en 2004", (40e6, "USD")),
        ("pour un investissement de 5 €m.", (5e6, "EUR")),
        ("Comdata prévoit d'investir 3 M€ pour agrandir le site", (3e6, "EUR")),
        ("un investissement de 35 M DH", (35e6, "MAD")),
        ("qui ont atteint 18 mds de dirhams en 2023", (18e9, "MAD")),
        ("7,3 Mrds DH", (7.3e9, "MAD")),
    ],
)
def test_compact_money_scales_of_other_outlets(text, expected):
    assert values(text)[0] == expected


def test_an_amount_hard_wrapped_before_its_currency():
    assert values("Le chiffre d'affaires a atteint 8,7 milliards de\ndirhams en 2015") == [(8.7e9, "MAD"), (2015, None)]


def test_a_signed_percentage_is_a_figure_but_a_phone_is_not():
    assert values("• +12 % de croissance annuelle de l'emploi") == [(12, "percent")]
    assert values("Tél : +212 522 45 67 89") == []


# -- number words through text2num, values as Decimal (issue 9) ------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("quarante-cinq mille personnes", 45000),
        ("vingt-cinq sites", 25),
        ("soixante-dix agents", 70),
        ("quatre-vingt-dix postes", 90),
        ("vingt et un centres", 21),
        ("two hundred thousand jobs", 200000),
        ("twenty-five call centres", 25),
    ],
)
def test_number_words_are_read_whole(text, value):
    (found,) = find_numbers(text)
    assert (found.value, found.written_in_words) == (value, True)
    assert text[found.start : found.end].split()[-1] not in ("personnes", "sites", "jobs")


def test_number_words_keep_their_offsets_and_currency():
    text = "Le secteur a réalisé deux milliards de dirhams et emploie quarante-cinq mille personnes."
    money, people = find_numbers(text)
    assert (money.value, money.unit, text[money.start : money.end]) == (2 * 10**9, "MAD", "deux milliards de dirhams")
    assert text[people.start : people.end] == "quarante-cinq mille"


def test_a_percentage_in_words_is_one_figure():
    assert [(m.value, m.unit) for m in find_numbers("cinq pour cent et vingt et un sites")] == [
        (5, "percent"),
        (21, None),
    ]


def test_values_are_exact_decimals():
    (found,) = find_numbers("1,07 milliard de dirhams")
    assert isinstance(found.value, Decimal) and found.value == Decimal("1070000000")
    assert parse_number("14,7") == Decimal("14.7")


def test_a_currency_sign_makes_m_and_b_scales():
    assert values("exports of Dh800m and $2.8B, on 7500 m² of offices", english=True) == [
        (800 * 10**6, "MAD"),
        (Decimal("2.8") * 10**9, "USD"),
        (7500, None),
    ]
