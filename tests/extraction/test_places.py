"""Places: gazetteer lookup, accents and case, old region names."""

import pytest

from offshoring.extraction.gazetteer import fold, tokenize
from offshoring.extraction.places import find_places, main_region
from offshoring.extraction.reference import CITIES, REGIONS


def places(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.place.name, m.place.kind, m.place.region) for m in find_places(text, tokenize(fold(text)))]


def test_reference_has_the_twelve_regions_and_every_region_has_cities():
    assert len(REGIONS) == 12
    assert {c.region for c in CITIES} == {r.slug for r in REGIONS}
    assert len(CITIES) >= 40


@pytest.mark.parametrize(
    ("written", "region"),
    [
        ("Souss-Massa-Draâ", "Souss-Massa"),  # seed 002
        ("SOUSS MASSA DRAA", "Souss-Massa"),
        ("Tanger-Tétouan", "Tanger-Tétouan-Al Hoceïma"),  # seed 003
        ("Grand Casablanca", "Casablanca-Settat"),
        ("la région de l'Oriental", "Oriental"),  # seed 004
        ("Chaouia-Ouardigha", "Casablanca-Settat"),
        ("Rabat-Salé-Zemmour-Zaër", "Rabat-Salé-Kénitra"),
        ("Marrakech-Tensift-Al Haouz", "Marrakech-Safi"),
        ("Laâyoune-Boujdour-Sakia El Hamra", "Laâyoune-Sakia El Hamra"),
    ],
)
def test_old_region_names_map_to_today(written, region):
    assert places(written)[0][1:] == ("region", region)


@pytest.mark.parametrize(
    ("written", "city", "region"),
    [
        ("à Tangier", "Tanger", "Tanger-Tétouan-Al Hoceïma"),
        ("in Fez", "Fès", "Fès-Meknès"),
        ("à FES", "Fès", "Fès-Meknès"),
        ("in Marrakesh", "Marrakech", "Marrakech-Safi"),
        ("à Laayoune", "Laâyoune", "Laâyoune-Sakia El Hamra"),
        ("à Dakhla", "Dakhla", "Dakhla-Oued Ed-Dahab"),
        ("la pépinière de Drarga", "Drarga", "Souss-Massa"),  # seed 002
        ("au Parc Oujda Shore", "Oujda", "Oriental"),  # seed 004
        ("à Casanearshore", "Casablanca", "Casablanca-Settat"),
        ("la capitale du Détroit", "Tanger", "Tanger-Tétouan-Al Hoceïma"),  # seed 003
    ],
)
def test_cities_and_sector_parks(written, city, region):
    assert places(written) == [(city, "city", region)]


def test_common_words_are_not_places():
    # "sale" (dirty) is not Salé; a list "Fès, Meknès" is two cities, not the region Fès-Meknès.
    assert places("une affaire sale") == []
    assert [p[0] for p in places("Marrakech, Tanger, Fès, Meknès, Oujda et Casablanca")] == [
        "Marrakech",
        "Tanger",
        "Fès",
        "Meknès",
        "Oujda",
        "Casablanca",
    ]


def test_country_mentions_are_national():
    assert places("au Maroc") == [("Maroc", "country", None)]
    assert places("Morocco's offshoring sector") == [("Maroc", "country", None)]


def test_main_region_is_the_most_mentioned(seed_text):
    text = seed_text("002")
    mentions = find_places(text, tokenize(fold(text)))
    assert main_region(mentions) == "Souss-Massa"


@pytest.mark.parametrize(
    ("written", "place", "kind", "region"),
    [
        ("un centre à Bouskoura", "Bouskoura", "city", "Casablanca-Settat"),
        ("le site de Fnideq", "Fnideq", "city", "Tanger-Tétouan-Al Hoceïma"),
        ("à Sefrou", "Sefrou", "city", "Fès-Meknès"),  # the town, not its province of the same name
        ("à Ksar El Kebir", "Ksar El Kebir", "city", "Tanger-Tétouan-Al Hoceïma"),
        ("dans la province d'Al Haouz", "Al Haouz", "province", "Marrakech-Safi"),
        ("la province de Sidi Kacem", "Sidi Kacem", "province", "Rabat-Salé-Kénitra"),
        ("la préfecture de Skhirate-Témara", "Skhirate-Témara", "province", "Rabat-Salé-Kénitra"),
    ],
)
def test_provinces_and_larger_towns_of_the_census(written, place, kind, region):
    assert places(written) == [(place, kind, region)]


@pytest.mark.parametrize(
    "text",
    [
        "le port de Jorf Lasfar",  # Jorf, a small commune of Drâa-Tafilalet, is left out
        "le prince Moulay Rachid",  # a Casablanca district and a person
        "M. Ben Ahmed, directeur général",  # a town and a surname
        "selon Ameur, le responsable",  # a commune and a first name
        "les pays du Sahel",
    ],
)
def test_census_names_that_are_people_words_or_places_abroad_are_not_places(text):
    assert places(text) == []


def test_localities_are_new_names_each_in_one_region():
    from offshoring.extraction.localities import LOCALITIES

    known = {fold(name) for r in REGIONS for name in (r.name, *r.aliases)}
    known |= {fold(name) for c in CITIES for name in (c.name, *c.aliases)}
    names = [fold(locality.name) for locality in LOCALITIES]
    assert len(names) == len(set(names)) and not known & set(names)
    assert {locality.region for locality in LOCALITIES} <= {r.slug for r in REGIONS}
    assert {locality.kind for locality in LOCALITIES} == {"town", "province"}
