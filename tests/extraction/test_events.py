"""Events: editions, roadshow stops, conventions, general assemblies."""

import datetime as dt

import pytest

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


PUBLISHED = dt.date(2019, 4, 12)


def test_a_photo_caption_never_names_an_event():
    text = (
        "Photo : les participants à la 5e édition des Rencontres de l'externalisation, jeudi à Tanger.\n"
        "La 5e édition du Forum international de l'offshoring s'est tenue jeudi à Tanger, avec 40 exposants."
    )
    (event,) = extract(text, publication_date=PUBLISHED).events
    assert event.name.startswith("Forum international de l'offshoring") and event.edition == 5
    caption_last = "La 5e édition du Forum de l'offshoring, jeudi à Tanger. (Ph. MAP)"
    assert extract(caption_last, publication_date=PUBLISHED).events == []


def test_one_event_per_edition_however_the_article_places_it_again():
    text = (
        "La 16e édition du SICCAM s'est ouverte vendredi à Oujda.\n"
        "Les organisateurs de la 16e édition du Salon international des centres de contacts (SICCAM), "
        "habitués de Casablanca, attendent 2.000 visiteurs."
    )
    events = extract(text, publication_date=PUBLISHED).events
    assert [(e.edition, e.city) for e in events] == [(16, "Oujda")]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("La 3e édition du Forum de l'offshoring se tient ce week-end à Agadir.", "2019-04"),
        ("La 3e édition du Forum de l'offshoring s'est tenue la semaine dernière à Agadir.", "2019-04"),
        ("La 3e édition du Forum de l'offshoring, créé en 2012, se tient à Agadir.", "2019-04"),  # not 2012
        ("The 2nd edition of GITEX Africa 2024 gathered 1,500 exhibitors in Marrakech.", "2024"),
        ("La 3e édition du Forum de l'offshoring a réuni 300 participants en 2017 à Agadir.", "2017"),
    ],
)
def test_an_event_is_dated_by_its_text_or_the_publication(sentence, date):
    (event,) = extract(sentence, publication_date=PUBLISHED).events
    assert event.date == date


def test_an_event_takes_its_date_from_the_next_sentence_of_its_paragraph():
    text = (
        "La 4e édition du Forum de l'offshoring ouvre ses portes à Fès. "
        "Elle se tiendra du 14 au 16 mai 2019 au Palais des congrès."
    )
    (event,) = extract(text).events
    assert event.date == "2019-05-14"


def test_an_undated_event_stays_undated_without_a_publication_date():
    (event,) = extract("La 3e édition du Forum de l'offshoring se tient ce week-end à Agadir.").events
    assert event.date is None
