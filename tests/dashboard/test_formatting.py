from decimal import Decimal

import pytest

from dashboard.formatting import NNBSP, format_figure, format_money, format_number, format_quantity


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        (45000, "fr", f"45{NNBSP}000"),
        (Decimal("45000.0000"), "fr", f"45{NNBSP}000"),
        (45000, "en", "45,000"),
        (Decimal("4.5"), "fr", "4,5"),
        (Decimal("4.5"), "en", "4.5"),
        (1234567.891, "fr", f"1{NNBSP}234{NNBSP}567,89"),
        (0, "fr", "0"),
        (-1500, "fr", f"-1{NNBSP}500"),
        (None, "fr", "–"),
    ],
)
def test_format_number(value, language, expected):
    assert format_number(value, language) == expected


def test_money_in_billions_and_millions():
    assert format_money(Decimal("4500000000"), "MAD", "fr") == "4,5\u00a0Md\u00a0MAD"
    assert format_money(Decimal("4500000000"), "MAD", "en") == "4.5\u00a0bn\u00a0MAD"
    assert format_money(55_000_000, "MAD", "fr") == "55\u00a0M\u00a0MAD"
    assert format_money(250_000, "EUR", "fr") == f"250{NNBSP}000\u00a0EUR"


def test_percent_uses_a_narrow_space_in_french():
    assert format_quantity(20, "percent", "fr") == f"20{NNBSP}%"
    assert format_quantity(20, "percent", "en") == "20%"


@pytest.mark.parametrize(
    ("qualifier", "french", "english"),
    [
        ("exact", "30\u202f000\u00a0positions", "30,000\u00a0seats"),
        ("more_than", "plus de 30\u202f000\u00a0positions", "more than 30,000\u00a0seats"),
        ("less_than", "moins de 30\u202f000\u00a0positions", "less than 30,000\u00a0seats"),
        ("about", "environ 30\u202f000\u00a0positions", "about 30,000\u00a0seats"),
    ],
)
def test_figure_reads_with_its_qualifier(qualifier, french, english):
    assert format_figure(30000, "seats", qualifier, language="fr") == french
    assert format_figure(30000, "seats", qualifier, language="en") == english


@pytest.mark.parametrize(
    ("kind", "qualifier", "french", "english"),
    [
        ("target", "exact", "objectif : 30\u202f000\u00a0positions", "target: 30,000\u00a0seats"),
        ("forecast", "exact", "prévision : 30\u202f000\u00a0positions", "forecast: 30,000\u00a0seats"),
        ("target", "more_than", "objectif : plus de 30\u202f000\u00a0positions", "target: more than 30,000\u00a0seats"),
    ],
)
def test_targets_and_forecasts_are_announced_before_their_figure(kind, qualifier, french, english):
    assert format_figure(30000, "seats", qualifier, language="fr", kind=kind) == french
    assert format_figure(30000, "seats", qualifier, language="en", kind=kind) == english


def test_figure_with_period():
    assert format_figure(250, "persons", "exact", "per_week", "fr") == "250\u00a0personnes par semaine"
    assert format_figure(250, "persons", "exact", "per_week", "en") == "250\u00a0people per week"
    assert format_figure(250, "persons", "exact", "year", "fr") == "250\u00a0personnes"  # a full year says nothing more
    assert format_figure(6.9e9, "MAD", "exact", "half", "fr") == "6,9\u00a0Md\u00a0MAD sur un semestre"


def test_active_language_is_the_default(settings):
    from django.utils import translation

    with translation.override("fr"):
        assert format_figure(45000, "persons") == "45\u202f000\u00a0personnes"
    with translation.override("en"):
        assert format_figure(45000, "persons") == "45,000\u00a0people"
