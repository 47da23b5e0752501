"""Events: editions, roadshow stops, conventions, general assemblies."""

import datetime as dt

from offshoring.extraction import extract


def events(text: str, published: dt.date | None = None) -> list[tuple]:
    return [(e.kind, e.edition, e.city, e.date) for e in extract(text, publication_date=published).events]


def test_salon_with_edition_and_city(seed_text):
    # seed 004: "réunis vendredi à Oujda, dans le cadre de la 16ème édition du Salon international ... (SICCAM)"
    (event,) = extract(seed_text("004")).events
    assert (event.kind, event.edition, event.city, event.region) == ("salon", 16, "Oujda", "Oriental")
    assert event.name.startswith("Salon international des centres de contacts") and "(SICCAM)" in event.name


def test_weekday_resolved_against_publication():
    text = (
        "Les professionnels de l'offshoring se sont réunis vendredi à Oujda, dans le cadre de la 16ème édition "
        "du Salon international des centres de contacts et d'appels au Maroc (SICCAM)."
    )
    assert events(text, dt.date(2019, 6, 22)) == [("salon", 16, "Oujda", "2019-06-21")]


def test_roadshow_edition_held_last_week(seed_text):
    # seed 002: "3e édition des régionales marocaines ... (RMRC), tenue à Agadir en fin de semaine dernière"
    (event,) = extract(seed_text("002")).events
    assert (event.kind, event.edition, event.city, event.date) == ("roadshow", 3, "Agadir", "2011-01")
    assert event.name.startswith("Régionales marocaines des centres d'appels")


def test_roadshow_stops_with_past_and_next_dates(seed_text):
    # seed 003: "Après Agadir, c'est la capitale du Détroit qui a accueilli, vendredi 9 janvier dernier, les
    # Régionales" and "Après Tanger, direction Marrakech, le 23 janvier prochain"
    found = events(seed_text("003"))
    assert found == [("roadshow", None, "Tanger", "2009-01-09"), ("roadshow", None, "Marrakech", "2009-01-23")]


def test_convention_signing_names_its_parties(seed_text):
    # seed 000: "La convention engage l'OFPPT à mettre en place une formation ... exprimés par l'AMRC"
    (event,) = extract(seed_text("000")).events
    assert event.kind == "convention"
    assert event.organisers == ("OFPPT", "AMRC")
    assert event.name == "Signature de la convention OFPPT-AMRC"


def test_general_assembly(seed_text):
    # seed 001: "suite à la tenue d'une assemblée générale qui a été organisée le 19 janvier dernier"
    (event,) = extract(seed_text("001")).events
    assert (event.kind, event.name, event.date) == ("general_assembly", "Assemblée générale de l'AMRC", None)
    text = seed_text("001")
    (event,) = extract(text, publication_date=dt.date(2009, 2, 2)).events
    assert event.date == "2009-01-19"


def test_english_edition():
    text = (
        "The 5th edition of the Morocco Offshoring Forum, held in Casablanca on March 3, 2022, gathered call centers."
    )
    (event,) = extract(text).events
    assert (event.kind, event.edition, event.city, event.date) == ("salon", 5, "Casablanca", "2022-03-03")


def test_administrative_regional_directions_are_not_a_roadshow():
    # seed 000: "23 établissements relevant de 7 directions régionales de l'OFPPT"
    text = "La formation a commencé dans 23 établissements relevant de 7 directions régionales de l'OFPPT."
    assert events(text) == []
