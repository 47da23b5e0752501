"""Vocabularies of the domain (SPEC §3), shared by models, filters and forms."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Indicator(models.TextChoices):
    EMPLOYMENT = "employment", _("Employment")
    REVENUE = "revenue", _("Revenue")
    POSITIONS = "positions", _("Seats")
    SITES = "sites", _("Sites")
    COMPANIES = "companies", _("Companies")
    GROWTH_RATE = "growth_rate", _("Growth rate")
    HIRING_NEED = "hiring_need", _("Hiring need")
    JOBS_TARGET = "jobs_target", _("Jobs planned")
    INVESTMENT = "investment", _("Investment")
    STUDENTS = "students", _("Students")
    TRAINEES = "trainees", _("Trainees")
    SHARE = "share", _("Share")
    OTHER = "other", _("Other")


class Unit(models.TextChoices):
    PERSONS = "persons", _("persons")
    SEATS = "seats", _("seats")
    SITES = "sites", _("sites")
    COMPANIES = "companies", _("companies")
    PERCENT = "percent", _("%")
    MAD = "MAD", "MAD"
    EUR = "EUR", "EUR"
    USD = "USD", "USD"
    OTHER = "other", _("other")


class Qualifier(models.TextChoices):
    """How precise the figure is. A target can be approximate too ("au moins 40 000 emplois d'ici 2030")."""

    EXACT = "exact", _("exactly")
    MORE_THAN = "more_than", _("more than")
    LESS_THAN = "less_than", _("less than")
    ABOUT = "about", _("about")


class Kind(models.TextChoices):
    """What the figure is: a fact, a goal someone set, or somebody's expectation."""

    ACTUAL = "actual", _("actual")
    TARGET = "target", _("target")
    FORECAST = "forecast", _("forecast")


class Scope(models.TextChoices):
    """What the figure covers. Only the whole sector of a place enters the sector series."""

    SECTOR = "sector", _("whole sector")
    SEGMENT = "segment", _("part of the sector")
    COMPANY = "company", _("one organisation")
    PARK = "park", _("one zone or park")
    WORLDWIDE = "worldwide", _("a group worldwide")
    FOREIGN = "foreign", _("another country")


class Period(models.TextChoices):
    """The span a figure covers (a year, part of one), or the rate of a flow."""

    YEAR = "year", _("year")
    HALF = "half", _("half-year")
    QUARTER = "quarter", _("quarter")
    MONTH = "month", _("month")
    PER_WEEK = "per_week", _("per week")
    PER_MONTH = "per_month", _("per month")
    PER_YEAR = "per_year", _("per year")


class YearSource(models.TextChoices):
    STATED = "stated", _("stated in the sentence")
    CONTEXT = "context", _("from the context")
    RELATIVE = "relative", _("relative to the reference year")
    PUBLICATION = "publication", _("publication year")
    NONE = "none", _("unknown")


class ReviewState(models.TextChoices):
    AUTO = "auto", _("Not reviewed")
    CONFIRMED = "confirmed", _("Confirmed")
    EDITED = "edited", _("Edited")
    REJECTED = "rejected", _("Rejected")


class ArticleStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    PROCESSING = "processing", _("Processing")
    PARSED = "parsed", _("Parsed")
    FAILED = "failed", _("Failed")


class OrganisationKind(models.TextChoices):
    ASSOCIATION = "association", _("Association")
    PUBLIC_AGENCY = "public_agency", _("Public agency")
    MINISTRY = "ministry", _("Ministry")
    OPERATOR = "operator", _("Operator")
    EVENT = "event", _("Event organiser")
    TRAINING = "training", _("Training")
    INVESTMENT_CENTRE = "investment_centre", _("Regional investment centre")
    ZONE_DEVELOPER = "zone_developer", _("Zone developer")
    REGIONAL_COUNCIL = "regional_council", _("Regional council")
    MEDIA = "media", _("Media")
    OTHER = "other", _("Other")


class EventKind(models.TextChoices):
    SALON = "salon", _("Trade fair")
    ROADSHOW = "roadshow", _("Roadshow stop")
    CONVENTION = "convention", _("Convention signing")
    GENERAL_ASSEMBLY = "general_assembly", _("General assembly")
    CONFERENCE = "conference", _("Conference")
    OTHER = "other", _("Other")


class DatePrecision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")
