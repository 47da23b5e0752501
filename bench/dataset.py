"""Fills the benchmark database with 100k articles and 1M metrics through COPY (minutes, not hours).

Around them, the other tables at the scale such a corpus gives them: 3 000 organisations found in
articles (besides the reference list) with about 250 000 mentions, 150 000 place mentions, and
4 000 events with their mentions, so that every table of the dashboard is measured at depth.

Rows are built from the models' own field list, so a field added later gets its default instead of
breaking the benchmark. The data is kept between runs: a second `make bench` reuses it.
"""

import hashlib
import random
from datetime import UTC, date, datetime

from django.db import connection

from offshoring.choices import EventKind, Indicator, OrganisationKind, Qualifier
from offshoring.models import (
    Article,
    City,
    Event,
    EventMention,
    Metric,
    Organisation,
    OrganisationMention,
    PlaceMention,
    Region,
)

ARTICLES = 100_000
METRICS_PER_ARTICLE = 10
DISCOVERED_ORGANISATIONS = 3_000
EVENTS = 4_000

UNIT_OF = {
    "employment": "persons",
    "positions": "seats",
    "sites": "sites",
    "companies": "companies",
    "growth_rate": "percent",
    "share": "percent",
    "revenue": "MAD",
    "investment": "MAD",
    "hiring_need": "persons",
    "jobs_target": "persons",
    "students": "persons",
    "trainees": "persons",
    "other": "other",
}
SENTENCE = "Le secteur de l'offshoring emploie {value} personnes dans la région, selon l'association."
# Evidence sentences as varied as real ones, so a free-text search selects a realistic share of rows.
SENTENCES = (
    SENTENCE,
    "Webhelp emploie désormais {value} collaborateurs à Fès et Rabat.",
    "Intelcia prévoit de recruter {value} téléconseillers d'ici la fin de l'année.",
    "Morocco's offshoring sector employs more than {value} people, the ministry said.",
    "Les centres d'appels génèrent {value} dirhams de revenus annuels à l'export.",
    "Majorel a ouvert un site de {value} positions à Casanearshore.",
    "The Oujda Shore park hosts {value} seats across five operators.",
    "L'OFPPT a formé {value} stagiaires aux métiers de la relation client.",
    "Teleperformance plans to hire {value} agents in Agadir by 2025.",
    "La région compte plus de {value} étudiants dans les filières de l'offshoring.",
    "Le fonds d'aide à l'investissement est doté de {value} dirhams.",
    "Concentrix to create {value} jobs in its new Rabat Technopolis centre.",
    "Sitel compte {value} salariés répartis sur trois sites à Casablanca.",
    "Les opérateurs ont déclaré {value} positions au titre de l'exercice.",
    "Le taux de croissance du secteur atteint {value} % selon l'AMRC.",
    "Un nouveau centre d'appels de {value} postes ouvre à Dakhla.",
)
DATASET_TAG = "bench-v3"  # change when the generated rows change, so a later run rebuilds them


def copy_rows(model, rows: list[dict]) -> None:
    """COPY dictionaries into the model's table; missing fields take the field default."""
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    columns = [connection.ops.quote_name(f.column) for f in fields]  # "end" is a reserved word
    defaults = {f.attname: (None if f.null and not f.has_default() else f.get_default()) for f in fields}
    with connection.cursor() as cursor:
        sql = f"COPY {model._meta.db_table} ({', '.join(columns)}) FROM STDIN"
        with cursor.cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row([row.get(f.attname, defaults[f.attname]) for f in fields])


def dataset_ensure() -> dict:
    """Create the 100k articles / 1M metrics once; return what the database holds."""
    current = Article.objects.filter(raw_filename__startswith=DATASET_TAG).exists()
    if current and Metric.objects.count() >= ARTICLES * METRICS_PER_ARTICLE:
        return {"articles": Article.objects.count(), "metrics": Metric.objects.count(), "created": False}
    with connection.cursor() as cursor:  # TRUNCATE: deleting a million rows through the ORM takes minutes
        cursor.execute(f"TRUNCATE {Metric._meta.db_table}, {Article._meta.db_table} CASCADE")
        cursor.execute(f"TRUNCATE {Event._meta.db_table} CASCADE")
    Organisation.objects.filter(is_reference=False).delete()
    rng = random.Random(2011)
    regions = list(Region.objects.values_list("id", flat=True))
    cities = list(City.objects.values_list("id", "region_id"))
    organisations = discovered_organisations_create(rng)
    outlets = ["Les ECO", "Le Matin", "L'Economiste", "Médias24", "MAP", "Libération", "TelQuel", "Morocco World News"]
    indicators = [c for c in Indicator.values]
    now = datetime.now(UTC)
    chunk = 10_000
    for first in range(0, ARTICLES, chunk):
        articles = []
        for n in range(first, min(first + chunk, ARTICLES)):
            text = f"Article de référence {n}. " + SENTENCE.format(value=1000 + n)
            articles.append(
                {
                    "title": f"Offshoring : article {n}",
                    "raw": text.encode(),
                    "raw_filename": f"{DATASET_TAG}-{n}.txt",
                    "text": text,
                    "content_hash": hashlib.sha256(text.encode()).hexdigest(),
                    "outlet": outlets[n % len(outlets)],
                    "url": "",
                    "publication_date": date(2005 + n % 20, 1 + n % 12, 1 + n % 28),
                    "language": "fr",
                    "relevant": True,
                    "status": "parsed",
                    "parser_version": "bench",
                    "created_at": now,
                }
            )
        copy_rows(Article, articles)
    article_ids = list(Article.objects.order_by("id").values_list("id", flat=True))
    for first in range(0, len(article_ids), chunk // METRICS_PER_ARTICLE):
        metrics = []
        for article_id in article_ids[first : first + chunk // METRICS_PER_ARTICLE]:
            for k in range(METRICS_PER_ARTICLE):
                indicator = indicators[rng.randrange(len(indicators))]
                region_id = None if rng.random() < 0.3 else regions[rng.randrange(len(regions))]
                city_id = None
                if region_id and rng.random() < 0.5:
                    city_id, region_id = cities[rng.randrange(len(cities))]
                value = rng.randrange(10, 100_000) * (1_000_000 if UNIT_OF[indicator] == "MAD" else 1)
                sentence = SENTENCES[rng.randrange(len(SENTENCES))].format(value=value)
                metrics.append(
                    {
                        "article_id": article_id,
                        "indicator": indicator,
                        "value": value,
                        "unit": UNIT_OF[indicator],
                        "qualifier": rng.choice(Qualifier.values),
                        "kind": "actual" if rng.random() < 0.85 else rng.choice(("target", "forecast")),
                        "year": 2005 + rng.randrange(20) if rng.random() > 0.05 else None,
                        "year_source": "stated",
                        "period": "year",
                        "scope": "sector" if rng.random() < 0.7 else rng.choice(("company", "segment", "park")),
                        "rule": "bench",
                        "region_id": region_id,
                        "city_id": city_id,
                        "organisation_id": organisations[rng.randrange(len(organisations))]
                        if rng.random() < 0.2
                        else None,
                        "sentence": sentence,
                        "start": 30,
                        "end": 30 + len(sentence),
                        "confidence": round(rng.random(), 2),
                        "review_state": "rejected" if rng.random() < 0.02 else "auto",
                        "fingerprint": f"{k}",
                        "created_at": now,
                    }
                )
        copy_rows(Metric, metrics)
    mentions_create(rng, article_ids, organisations, regions, cities)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {"articles": Article.objects.count(), "metrics": Metric.objects.count(), "created": True}


ORGANISATION_WORDS = (
    "Atlas",
    "Sahara",
    "Nearshore",
    "Contact",
    "Digital",
    "Services",
    "Call",
    "Relation",
    "Data",
    "Shore",
)


def discovered_organisations_create(rng: random.Random) -> list[int]:
    """Organisations found in articles rather than in the reference list; the ids of all, most cited first."""
    kinds = OrganisationKind.values
    now = datetime.now(UTC)
    rows = []
    for n in range(DISCOVERED_ORGANISATIONS):
        name = f"{rng.choice(ORGANISATION_WORDS)} {rng.choice(ORGANISATION_WORDS)} {n}"
        rows.append(
            {
                "name": name,
                "key": f"{DATASET_TAG}org{n}",
                "acronym": "".join(word[0] for word in name.split()[:2]).upper() if n % 3 == 0 else "",
                "kind": kinds[n % len(kinds)],
                "is_reference": False,
                "created_at": now,
            }
        )
    copy_rows(Organisation, rows)
    return list(Organisation.objects.order_by("-is_reference", "id").values_list("id", flat=True))


def _skewed(rng: random.Random, items: list, skew: float = 3.0):
    """An item of the list, the first ones far more often (a few operators are in most articles)."""
    return items[min(int(len(items) * rng.random() ** skew), len(items) - 1)]


def mentions_create(rng: random.Random, article_ids: list[int], organisations, regions, cities) -> None:
    """Organisation and place mentions of every article, and events mentioned by some."""
    events = []
    for n in range(EVENTS):
        city_id, region_id = cities[rng.randrange(len(cities))] if rng.random() < 0.8 else (None, None)
        events.append(
            {
                "kind": EventKind.values[n % len(EventKind.values)],
                "name": f"{rng.choice(('Salon', 'Forum', 'Rencontres', 'Assises'))} de l'offshoring {n}",
                "key": f"{DATASET_TAG}event{n}",
                "edition": 1 + n % 15 if rng.random() < 0.6 else None,
                "city_id": city_id,
                "region_id": region_id,
                "date": date(2005 + rng.randrange(20), 1 + rng.randrange(12), 1 + rng.randrange(28))
                if rng.random() < 0.95
                else None,
                "date_precision": rng.choice(("day", "month", "year")),
            }
        )
    copy_rows(Event, events)
    event_ids = list(Event.objects.values_list("id", flat=True))
    chunk = 20_000
    for first in range(0, len(article_ids), chunk):
        org_rows, place_rows, event_rows = [], [], []
        for article_id in article_ids[first : first + chunk]:
            for organisation_id in {_skewed(rng, organisations) for _ in range(rng.randrange(5))}:
                org_rows.append({"article_id": article_id, "organisation_id": organisation_id, "name_as_written": ""})
            places = set()
            for _ in range(1 + rng.randrange(2)):
                if rng.random() < 0.5:
                    city_id, _region = cities[rng.randrange(len(cities))]
                    places.add((city_id, None))
                else:
                    places.add((None, regions[rng.randrange(len(regions))]))
            for city_id, region_id in places:
                place_rows.append({"article_id": article_id, "city_id": city_id, "region_id": region_id})
            if rng.random() < 0.1:
                event_rows.append({"article_id": article_id, "event_id": _skewed(rng, event_ids, 1.5)})
        copy_rows(OrganisationMention, org_rows)
        copy_rows(PlaceMention, place_rows)
        copy_rows(EventMention, event_rows)
