"""Paraphrases of one known fact (issue 9): rules read the meaning (people + a verb of work, a threshold crossed,
number words), not one article's sentence."""

import datetime as dt

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
