"""Paraphrases of one known fact (issue 9): rules read the meaning (people + a verb of work, a threshold crossed,
number words), not one article's sentence."""

import datetime as dt
from decimal import Decimal

import pytest

from offshoring.extraction import extract

PUBLISHED = dt.date(2012, 5, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Quelque 45 000 Marocains travaillent dans les centres d'appels.",
        "Les centres d'appels font vivre près de 45 000 familles.",
        "Les effectifs des centres d'appels ont franchi la barre des 45.000.",
        "Les centres d'appels emploient quarante-cinq mille personnes.",
        "Quarante-cinq mille personnes travaillent aujourd'hui dans l'offshoring.",
        "Les centres d'appels emploient désormais plus de 45 000 salariés.",
        "Some 45,000 Moroccans work in the country's call centres.",
        "Call centres now employ forty-five thousand people in Morocco.",
        "Offshoring employment has crossed the 45,000 mark.",
    ],
)
def test_the_same_headcount_told_many_ways(text):
    found = [(m.indicator, m.value, m.year) for m in extract(text, publication_date=PUBLISHED).metrics]
    assert found == [("employment", 45000, 2012)]


def test_a_threshold_crossed_is_more_than_the_figure():
    (metric,) = extract(
        "Les effectifs des centres d'appels ont franchi la barre des 45.000.", publication_date=PUBLISHED
    ).metrics
    assert metric.qualifier == "more_than"


def test_number_words_are_never_split_into_their_parts():
    found = extract("L'offshoring emploie soixante-dix mille personnes et compte vingt-cinq sites.").metrics
    assert [(m.indicator, m.value) for m in found] == [("employment", 70000), ("sites", 25)]


# Phrasings of real pages, in the project's own words: what each reads, as (indicator, value, kind, scope).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Today the offshoring sector gives jobs to 60,000 people in Morocco.",
            [("employment", 60000, "actual", "sector")],
        ),
        (
            "Officials believe the outsourcing sector can create 80,000 jobs and earn more than Dh25bn by 2020.",
            [("jobs_target", 80000, "target", "sector"), ("revenue", 25e9, "target", "sector")],
        ),
        (
            "En 2010, l'offshoring a généré 5 milliards de dirhams, dont 4 milliards issus des centres d'appels.",
            [("revenue", 5e9, "actual", "sector"), ("revenue", 4e9, "actual", "segment")],
        ),
        (
            "Majorel a inauguré à Laâyoune un site de 500 positions qui accueillera à terme 1.000 collaborateurs.",
            [("positions", 500, "actual", "company"), ("jobs_target", 1000, "target", "company")],
        ),
        (
            "Le nombre de salariés du secteur offshoring est passé de 20.000 en 2006 à près de 50.000 en 2011.",
            [("employment", 20000, "actual", "sector"), ("employment", 50000, "actual", "sector")],
        ),
        (
            "L'offshoring apporte une contribution à la balance commerciale de plus de 9 milliards de dirhams.",
            [("revenue", 9e9, "actual", "sector")],
        ),
    ],
)
def test_phrasings_of_real_pages(text, expected):
    found = [(m.indicator, m.value, m.kind, m.scope) for m in extract(text, publication_date=PUBLISHED).metrics]
    assert found == [(i, Decimal(str(v)) if isinstance(v, float) else v, k, s) for i, v, k, s in expected]


def test_an_amount_earned_per_month_is_a_wage():
    found = extract("She earns about $600 a month in a Moroccan call centre.", publication_date=PUBLISHED).metrics
    assert found == []
