"""Typed output of the extraction pipeline (SPEC §4). Pure Python: no Django here."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class OrganisationFound:
    name: str  # canonical name when the organisation is in the reference list, else as written
    full_name: str | None = None
    acronym: str | None = None
    kind: str = "other"
    known: bool = False  # True when it comes from the reference list
    start: int | None = None  # first mention in ExtractionResult.text
    rule: str = "reference"  # the discovery rule that named a newcomer (see organisations.py)


@dataclass(frozen=True, slots=True)
class PlaceFound:
    name: str  # canonical city or region name
    kind: str  # "city", "region" or "country"
    region: str | None  # canonical region name (one of the 12), None for the country
    start: int | None = None


@dataclass(frozen=True, slots=True)
class EventFound:
    name: str
    kind: str  # salon, roadshow, convention, general_assembly, conference, other
    edition: int | None = None
    city: str | None = None
    region: str | None = None
    date: str | None = None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY", as precise as the text allows
    organisers: tuple[str, ...] = ()
    sentence: str = ""
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class MetricFound:
    indicator: str
    value: Decimal
    unit: str
    qualifier: str  # how precise: "exact", "more_than", "less_than", "about"
    year: int | None
    sentence: str
    start: int
    end: int
    kind: str = "actual"  # what it is: "actual", "target", "forecast"
    period: str = "year"  # "year", "half", "quarter", "month", or a flow: "per_week", "per_month", "per_year"
    place: str | None = None  # the city or region as canonically named, None when national
    region: str | None = None  # one of the 12 canonical region names, None when national
    scope: str = "sector"  # "sector", "segment", "company", "park", "worldwide", "foreign"
    organisation: str | None = None  # the organisation (or park) the figure is about, as the result names it
    year_source: str = "none"  # "stated", "context", "relative", "publication" or "none"
    rule: str = ""  # the id of the rule that read the figure
    confidence: float = 0.5  # the rule's measured precision; reviewers start with the lowest


@dataclass(slots=True)
class ExtractionResult:
    text: str  # the text that every start/end offset indexes
    title: str | None = None
    outlet: str | None = None  # the media outlet the page says it is from ("Le360", "Reuters")
    language: str = "fr"
    relevant: bool = False
    relevance: float = 0.0
    publication_date: date | None = None
    publication_precision: str | None = None  # "day", or "month" for a page dated "2019-04" (then the 1st above)
    organisations: list[OrganisationFound] = field(default_factory=list)
    places: list[PlaceFound] = field(default_factory=list)
    events: list[EventFound] = field(default_factory=list)
    metrics: list[MetricFound] = field(default_factory=list)
    error: str | None = None  # why the input could not be read (binary, undecodable); then everything is empty
    encoding: str | None = None  # how the bytes were decoded
    warnings: list[str] = field(default_factory=list)  # what was read with a loss (words cut), for the uploader

    def as_contract(self, file: str) -> dict:
        """The JSON object of SPEC §4 for one file."""
        contract = {
            "file": file,
            "title": self.title,
            "outlet": self.outlet,
            "language": self.language,
            "relevant": self.relevant,
            "publication_date": self._publication_date(),
            # Media are listed with their kind, "media": the reference gold of the seeds names them among the
            # organisations an article mentions; counts of the sector's organisations leave them out.
            "organisations": [
                {"name": o.name, "full_name": o.full_name, "acronym": o.acronym, "kind": o.kind}
                for o in self.organisations
            ],
            "places": [{"name": p.name, "kind": p.kind, "region": p.region} for p in self.places],
            "events": [
                {k: v for k, v in asdict(e).items() if k not in ("sentence", "start", "end")}
                | {"organisers": list(e.organisers)}
                for e in self.events
            ],
            "metrics": [
                {
                    "indicator": m.indicator,
                    "value": json_number(m.value),
                    "unit": m.unit,
                    "qualifier": m.qualifier,
                    "kind": m.kind,
                    "year": m.year,
                    "year_source": m.year_source,
                    "period": m.period,
                    "place": m.place,
                    "region": m.region,
                    "scope": m.scope,
                    "organisation": m.organisation,
                    "rule": m.rule,
                    "confidence": m.confidence,
                    "sentence": m.sentence,
                    "start": m.start,
                    "end": m.end,
                }
                for m in self.metrics
            ],
        }
        if self.error:
            contract["error"] = self.error
        if self.warnings:
            contract["warnings"] = list(self.warnings)
        return contract

    def _publication_date(self) -> str | None:
        """ISO 8601 at the precision the page gives: "2019-04-12", or "2019-04" for a month."""
        if self.publication_date is None:
            return None
        if self.publication_precision == "month":
            return self.publication_date.strftime("%Y-%m")
        return self.publication_date.isoformat()


def json_number(value: Decimal | float | int) -> int | float:
    """A value as JSON prints it without noise: 1070000000, not 1070000000.0000001; 4.5 stays 4.5."""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if number == number.to_integral_value():
        return int(number)
    return float(number.normalize())
