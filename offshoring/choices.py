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
    EXACT = "exact", _("exactly")
    MORE_THAN = "more_than", _("more than")
    LESS_THAN = "less_than", _("less than")
    ABOUT = "about", _("about")
    TARGET = "target", _("target")
    FORECAST = "forecast", _("forecast")


class Period(models.TextChoices):
    WEEK = "week", _("per week")
    MONTH = "month", _("per month")
    YEAR = "year", _("per year")


class YearSource(models.TextChoices):
    SENTENCE = "sentence", _("stated in the sentence")
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
