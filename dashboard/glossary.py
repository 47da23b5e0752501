"""The words of the dataset in plain language, for the "About this data" page.

Each vocabulary of offshoring/choices.py (SPEC §3) gets one sentence per value, as data: the page lists
them in the vocabulary's order, with the label the tables use, so a new value without its sentence is
caught by the tests rather than shown unexplained.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from offshoring.choices import Indicator, Kind, Period, Qualifier, ReviewState, Scope, Unit, YearSource

INDICATORS = {
    Indicator.EMPLOYMENT: _(
        "People who work in the sector, or in the part of it the figure covers: jobs that exist at that date "
        "(“the sector employs 70,000 people”)."
    ),
    Indicator.REVENUE: _(
        "Money earned over a year: turnover, or export revenue (what foreign clients pay), in dirhams, euros "
        "or dollars."
    ),
    Indicator.POSITIONS: _(
        "Seats, or workstations, installed in centres: a capacity, not a number of people (one seat can serve "
        "two or three shifts)."
    ),
    Indicator.SITES: _("Centres or sites in operation (call centres, delivery centres, offshoring parks' buildings)."),
    Indicator.COMPANIES: _("Operators or companies active in the sector."),
    Indicator.GROWTH_RATE: _("A growth rate, in %: of revenue, jobs or the market, as the sentence says."),
    Indicator.HIRING_NEED: _("People a company or the sector says it needs, or plans, to recruit."),
    Indicator.JOBS_TARGET: _(
        "Jobs announced for the future: planned, promised, targeted or estimated as a potential. Not jobs "
        "that exist: compare with Employment."
    ),
    Indicator.INVESTMENT: _("Money invested, or to be invested, in sites, parks or companies."),
    Indicator.STUDENTS: _("A pool of students or graduates the sector can recruit from."),
    Indicator.TRAINEES: _("People trained, or to be trained, for the sector's jobs."),
    Indicator.SHARE: _("A share, in %: of a market, of the sector's activity, of exports."),
    Indicator.OTHER: _("A figure about the sector that fits none of the indicators above."),
}

UNITS = {
    Unit.PERSONS: _("people (jobs, employees, recruits, students)."),
    Unit.SEATS: _("seats or workstations."),
    Unit.SITES: _("centres or sites."),
    Unit.COMPANIES: _("companies."),
    Unit.PERCENT: _("a percentage."),
    Unit.MAD: _(
        "Moroccan dirhams, stored in units: “4,5 milliards de dirhams” is 4 500 000 000 MAD, shown “4,5 Md MAD”."
    ),
    Unit.EUR: _("euros, stored in units like dirhams; never converted."),
    Unit.USD: _("US dollars, stored in units like dirhams; never converted."),
    Unit.OTHER: _("another unit, given in the sentence."),
}

QUALIFIERS = {
    Qualifier.EXACT: _("the figure as written, with no “more than” or “about”."),
    Qualifier.MORE_THAN: _("a floor: “more than 30,000” means at least that many."),
    Qualifier.LESS_THAN: _("a ceiling: “fewer than 300”."),
    Qualifier.ABOUT: _("a rounded or estimated figure: “about”, “nearly”, “some”."),
}

KINDS = {
    Kind.ACTUAL: _("what was, at the date the figure describes: a fact the article reports."),
    Kind.TARGET: _("a goal someone set: a plan's objective, a strategy's horizon (“40,000 jobs by 2030”)."),
    Kind.FORECAST: _("somebody's expectation or estimate of the future, without a commitment."),
}

SCOPES = {
    Scope.SECTOR: _("the whole sector of the place (the country, or a region): only these enter the charts."),
    Scope.SEGMENT: _("a part of the sector, e.g. call centres only, or IT outsourcing only."),
    Scope.COMPANY: _("one company or organisation: shown on its page and in the tables."),
    Scope.PARK: _("one zone or park (a Technopolis, a Casanearshore)."),
    Scope.WORLDWIDE: _("a group's figure for the whole world, not for Morocco."),
    Scope.FOREIGN: _("another country's figure, quoted for comparison."),
}

PERIODS = {
    Period.YEAR: _("a whole year, or a count at a date (“at the end of 2019”)."),
    Period.HALF: _("half a year (“in the first half”): not comparable with a year."),
    Period.QUARTER: _("a quarter."),
    Period.MONTH: _("one month."),
    Period.PER_WEEK: _("a flow: so many each week (“200 recruits a week”)."),
    Period.PER_MONTH: _("a flow: so many each month."),
    Period.PER_YEAR: _("a flow: so many each year (“3,000 jobs a year”)."),
}

YEAR_SOURCES = {
    YearSource.STATED: _("the sentence gives it (“in 2010”, “by 2020”)."),
    YearSource.CONTEXT: _("the paragraph, the sentences before or the headline give it."),
    YearSource.RELATIVE: _("worked out from words such as “two years ago” and the article's date."),
    YearSource.PUBLICATION: _("none is given: the article's publication year is used."),
    YearSource.NONE: _("no year at all: the figure stays out of charts, but is in the tables."),
}

REVIEW_STATES = {
    ReviewState.AUTO: _("as the extractor read it."),
    ReviewState.CONFIRMED: _("a reviewer checked it against its sentence."),
    ReviewState.EDITED: _("a reviewer corrected it; a re-parse keeps the correction."),
    ReviewState.REJECTED: _("a reviewer found it wrong: it is counted nowhere."),
}


@dataclass(frozen=True)
class Term:
    code: str
    label: Any
    meaning: Any


@dataclass(frozen=True)
class Vocabulary:
    key: str  # the anchor on the page
    title: Any
    intro: Any
    terms: list[Term]


def terms(choices: type[models.TextChoices], meanings: dict) -> list[Term]:
    return [Term(value, label, meanings[value]) for value, label in choices.choices]


def glossary() -> list[Vocabulary]:
    return [
        Vocabulary("indicators", _("Indicators"), _("What a figure counts."), terms(Indicator, INDICATORS)),
        Vocabulary("units", _("Units"), _("What the number is in."), terms(Unit, UNITS)),
        Vocabulary("qualifiers", _("Qualifiers"), _("How precise the figure is."), terms(Qualifier, QUALIFIERS)),
        Vocabulary("kinds", _("Kinds"), _("Whether it happened, is aimed at, or is expected."), terms(Kind, KINDS)),
        Vocabulary("scopes", _("Scopes"), _("What the figure covers."), terms(Scope, SCOPES)),
        Vocabulary("periods", _("Periods"), _("The span the figure covers, or its rate."), terms(Period, PERIODS)),
        Vocabulary(
            "year-sources",
            _("Where the year comes from"),
            _("The year a figure describes."),
            terms(YearSource, YEAR_SOURCES),
        ),
        Vocabulary("review", _("Review"), _("What a person has checked."), terms(ReviewState, REVIEW_STATES)),
    ]
