"""The demo data of the dashboard tests: the five seed articles and the figures they hold.

Built with factories on the real seed texts (offsets are those of the sentences in the files), so
the tests do not depend on the extractor's progress. The lead can swap `demo_data_create` for the
ingestion path (`upload_ingest(files=path_files(["seeds"]))` then the eager parse) once it is final.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from offshoring.models import Article, EventMention, Metric, Organisation, OrganisationMention, PlaceMention
from tests.factories import ArticleFactory, EventFactory, MetricFactory, city, region

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@dataclass(frozen=True)
class Figure:
    indicator: str
    value: str
    unit: str
    qualifier: str  # how precise ("exact", "more_than"…), or "target"/"forecast" for those kinds
    sentence_start: str  # the beginning of the evidence sentence, as written in the seed
    year: int | None = None
    region: str | None = None
    city: str | None = None
    period: str = "year"
    organisation: str | None = None


TITLES = {
    "000_d9ce8d2a82a12bbd.txt": "Centres d’appels : une convention OFPPT-AMRC pour la formation",
    "001_553e1adc638bd3dc.txt": "L’Association des centres d’appel se structure",
    "002_a553738590f81b11.txt": "Le Souss fait de l'œil aux acteurs de l'offshoring",
    "003_4573647c71f826c3.txt": "Tanger abrite les Régionales de la relation clients",
    "004_1091733beb8d706b.txt": "Les professionnels de l’offshoring en conclave à Oujda",
}

SEED_FIGURES: dict[str, tuple[str, date | None, tuple[Figure, ...]]] = {
    "000_d9ce8d2a82a12bbd.txt": (
        "MAP",
        None,
        (
            Figure("revenue", "4500000000", "MAD", "exact", "Les centres d’appels génèrent 4,5 milliards"),
            Figure("employment", "45000", "persons", "exact", "Les centres d’appels génèrent 4,5 milliards"),
        ),
    ),
    "001_553e1adc638bd3dc.txt": (
        "La Vie éco",
        None,
        (
            Figure("employment", "25000", "persons", "exact", "Avec un effectif total de 20000"),
            Figure("employment", "20000", "persons", "exact", "Avec un effectif total de 20000", organisation="AMRC"),
        ),
    ),
    "002_a553738590f81b11.txt": (
        "Les ECO",
        date(2011, 1, 18),
        (
            Figure(
                "employment",
                "300",
                "persons",
                "less_than",
                "L'offshoring est appelé à se développer",
                2011,
                "souss-massa",
                "agadir",
            ),
            Figure("positions", "30000", "seats", "more_than", "Jusque-là, plus de 30.000 positions", 2011),
            Figure("growth_rate", "20", "percent", "exact", "Jusque-là, plus de 30.000 positions", 2011),
            Figure("jobs_target", "3500", "persons", "target", "Signalons par ailleurs que parmi", 2011, "souss-massa"),
        ),
    ),
    "003_4573647c71f826c3.txt": (
        "Libération",
        date(2009, 1, 21),
        (
            Figure("sites", "20", "sites", "exact", "Il faut dire que les centres", 2009, period="per_year"),
            Figure(
                "hiring_need", "250", "persons", "exact", "Les besoins en ressources humaines", 2009, period="per_week"
            ),
        ),
    ),
    "004_1091733beb8d706b.txt": (
        "MAP",
        None,
        (
            Figure("students", "115000", "persons", "more_than", "Intervenant à cette occasion", None, "oriental"),
            Figure("investment", "55000000", "MAD", "exact", "Il a dans ce sens fait savoir", None, "oriental"),
        ),
    ),
}


def sentence_at(text: str, beginning: str) -> tuple[str, int, int]:
    start = text.index(beginning)
    end = min(i for i in (text.find(". ", start), text.find(".\n", start), len(text) - 1) if i >= 0) + 1
    return text[start:end], start, end


def demo_data_create() -> dict[str, Article]:
    """Creates the seed articles with their figures, organisations and events; returns articles by file."""
    articles: dict[str, Article] = {}
    for filename, (outlet, published, figures) in SEED_FIGURES.items():
        text = (SEEDS / filename).read_text(encoding="utf-8")
        article = ArticleFactory(
            title=TITLES[filename], text=text, outlet=outlet, publication_date=published, raw_filename=filename
        )
        articles[filename] = article
        for n, figure in enumerate(figures):
            sentence, start, end = sentence_at(text, figure.sentence_start)
            organisation = Organisation.objects.get(name=figure.organisation) if figure.organisation else None
            MetricFactory(
                article=article,
                indicator=figure.indicator,
                value=Decimal(figure.value),
                unit=figure.unit,
                qualifier="exact" if figure.qualifier in ("target", "forecast") else figure.qualifier,
                kind=figure.qualifier if figure.qualifier in ("target", "forecast") else "actual",
                period=figure.period,
                scope="company" if organisation else "sector",
                year=figure.year or (published.year if published else None),
                year_source="stated" if figure.year else ("publication" if published else "none"),
                region=region(figure.region) if figure.region else None,
                city=city(figure.city) if figure.city else None,
                organisation=organisation,
                sentence=sentence,
                start=start,
                end=end,
                fingerprint=f"{filename}-{n}",
            )
        for acronym in ("AMRC", "OFPPT", "ANAPEC", "SICCAM"):
            if acronym in text or acronym.title() in text:
                OrganisationMention.objects.get_or_create(
                    article=article, organisation=Organisation.objects.get(name=acronym)
                )
    PlaceMention.objects.create(
        article=articles["002_a553738590f81b11.txt"], city=city("agadir"), region=region("souss-massa")
    )
    PlaceMention.objects.create(
        article=articles["004_1091733beb8d706b.txt"], city=city("oujda"), region=region("oriental")
    )
    siccam = EventFactory(
        name="SICCAM", kind="salon", edition=16, city=city("oujda"), region=region("oriental"), key="siccam-16-oujda"
    )
    siccam.organisers.add(Organisation.objects.get(name="SICCAM"))
    EventMention.objects.create(
        article=articles["004_1091733beb8d706b.txt"],
        event=siccam,
        sentence="16ème édition du Salon international des centres de contacts",
    )
    regionales = EventFactory(
        name="Régionales des centres d'appels et de la relation client",
        kind="roadshow",
        edition=3,
        city=city("agadir"),
        region=region("souss-massa"),
        date=date(2011, 1, 14),
        date_precision="month",
        key="rmrc-3-agadir",
    )
    EventMention.objects.create(article=articles["002_a553738590f81b11.txt"], event=regionales)
    return articles


def souss_massa_2011() -> list[Metric]:
    return list(Metric.objects.filter(region__slug="souss-massa", year=2011).order_by("id"))
