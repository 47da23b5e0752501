"""A figure and the words around it: the article context the figure passes read, the candidate window, and
the patterns several passes share. All patterns run on folded text (lowercase, no accents)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import lexicon
from .dates import DateMention
from .numbers import NumberMention
from .organisations import OrganisationMention
from .places import PlaceMention

if TYPE_CHECKING:
    from .years import ArticleYears


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What the metric rules need to know about the whole article."""

    text: str
    folded: str
    sentences: list[tuple[int, int]]
    numbers: list[NumberMention]
    places: list[PlaceMention]
    organisations: list[OrganisationMention]
    main_region: str | None = None
    main_city: str | None = None
    publication_date: dt.date | None = None
    language: str = "fr"
    lead_association: str | None = None  # "l'association" refers to it
    focus_place: tuple[str, str] | None = None  # (place, region) the title is about, when it names one region
    url_year: int | None = None  # the year of a dated address ("site.com/2021/06/slug") when no date is given
    foreign: list[tuple[int, int]] | None = None  # where other countries are named, found once per article
    years: ArticleYears | None = None  # the years the article tells, found once per article
    dates: tuple[DateMention, ...] = ()  # the dates written in the article's lines (bylines included)
    main_operator: str | None = None  # the operator the article names most: "le groupe", "l'opérateur" refer to it
    main_park: str | None = None  # the park the article names most: "le parc", "la zone" refer to it
    foreign_focus: bool = False  # the article is about another country
    groups_abroad: frozenset[str] = frozenset()  # operators the article says work in other countries too


# "D'ici 2030, l'Etat ambitionne de porter les exportations à 40 MMDH et les effectifs à 270.000 personnes".
_SENTENCE_TARGET_RE = re.compile(
    r"\W*(?:(?:d'ici|a l'horizon|by|horizon)\s+(?:(?:la |the )?(?:fin|end)(?: of)?\s+)?(?:19|20)\d\d"
    r"|(?:a terme|a moyen terme|a long terme|in the long run|in the long term|eventually)\b)"
)


# "les plateaux doivent atteindre 100 000 m² et générer 2 000 emplois": the verb that governs the first figure governs
# the second, joined to it by an infinitive
_INFINITIVE_JOIN_RE = re.compile(r"^\W*(?:[^\W\d]+\s+){0,2}?(?:et|and)\s+(?:de |d'|to )?[a-z]+(?:er|ir|re)\s")


PLAN_PERIOD_RE = re.compile(r"\b(?:19|20)\d\d\s?[-–/]\s?(?P<end>(?:19|20)\d\d|\d\d)\b")


TARGET_YEAR_RE = re.compile(
    r"(?:d'ici(?: a)?|a l'horizon|horizon|\bby|\bpour|\bavant|\bbefore|\buntil|jusqu'en)\s+(?:(?:la |the )?(?:fin|end)"
    r"(?: of| de)?\s+)?(?P<year>(?:19|20)\d\d)\b"
)


# "de 13.000 à 30.000 personnes", "from 70,000 in 2015 to 120,000": the first value of an evolution, its noun told
# with the second.
EVOLUTION_FROM_RE = re.compile(r"\b(?:de|from)\s+$")


EVOLUTION_TO_RE = re.compile(
    r"^\s*(?:(?:en|in|fin|end of|a fin)\s+(?:19|20)\d\d\s*,?\s*)?(?:a|to)\s+(?:(?:plus de|pres de|environ|quelque"
    r"|more than|over|about|around|some|nearly|the|les)\s+)?$"
)


# "up from around 130,000 today", "contre 1.000 en 2008": the same indicator as the figure before, an earlier value.
COMPARISON_BEFORE_RE = re.compile(
    r"(?:\bcontre|\bup from|\bdown from|compared (?:with|to)|\bversus|\bvs\.?|\bagainst|au lieu d[e'])\s+"
    r"(?:(?:plus de|pres de|environ|quelque|seulement|a peine|tout juste|more than|over|about|around|some|nearly"
    r"|only|just|barely)\s+)?$"
)


YEAR_RE = re.compile(r"(?<![\d\-–/.,])(?:19|20)\d{2}(?![\d\-–/]|,\d)")


# "depuis 2004", "créée en 2003", "le plan 2020" (lexicon year.ignored_before)
YEAR_IGNORED_BEFORE_RE = re.compile(
    lexicon.words("year.ignored_before") + r"\s*(?:en|in|le|l'annee|the year|l'exercice)?\s*"
    # "lancé en septembre 2005", "chargée depuis avril 2011"
    r"(?:(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february"
    r"|march|april|may|june|july|august|september|october|november|december)\s+)?$"
    # "Le site de Rabat, ouvert en 2008, accueille 600 ...", "which set up in Casablanca in 2002, employs ...":
    # when a site opened, not when its figure holds. "la crise de 2009" names an event.
    r"|(?:ouverte?s?|inaugure\w*|implantee?s?|installee?s?|arrivee?s?|opened|set up|inaugurated|established"
    r"|arrived)\b[^,.;:\d]{0,45}\s(?:en|in)\s*$"
    r"|\b(?:crise|crisis|krach|pandemie) (?:de|of)\s*$"
)


_BEFORE_WINDOW = 100


_AFTER_WINDOW = 100


@dataclass(frozen=True, slots=True)
class Candidate:
    number: NumberMention
    sentence: tuple[int, int]
    before: str  # folded text since the previous figure of the sentence, at most _BEFORE_WINDOW characters
    after: str  # folded text until the next figure, at most _AFTER_WINDOW characters
    head: str  # the words right after the figure
    figures: tuple[NumberMention, ...] = ()  # every figure of the sentence, this one included
    sentence_target: bool = False  # the sentence opens on a horizon: "D'ici 2030, ..."
    preceding: str = ""  # folded text of the sentence before the figure, at most 80 characters


def make_candidate(
    context: ArticleContext, sentence: tuple[int, int], inside: list[NumberMention], index: int
) -> Candidate:
    """The figure with the words that belong to it: a window bounded by its neighbour figures (years aside)."""
    number = inside[index]
    previous = [m.end for m in inside[:index] if not m.looks_like_year]
    following = [m.start for m in inside[index + 1 :] if not m.looks_like_year]
    before_start = max(sentence[0], number.start - _BEFORE_WINDOW, previous[-1] if previous else 0)
    if previous and (
        EVOLUTION_TO_RE.match(context.folded[previous[-1] : number.start])
        or _INFINITIVE_JOIN_RE.match(context.folded, previous[-1], number.start)
    ):
        # "l'objectif est de porter les effectifs de 13.000 à 30.000 personnes": the aim governs both values
        before_start = max(sentence[0], number.start - _BEFORE_WINDOW)
    after_end = min(sentence[1], number.end + _AFTER_WINDOW, following[0] if following else sentence[1])
    folded = context.folded
    return Candidate(
        number,
        sentence,
        folded[before_start : number.start],
        folded[number.end : after_end],
        folded[number.end : min(sentence[1], number.end + 60)],
        tuple(inside),
        bool(_SENTENCE_TARGET_RE.match(folded, sentence[0], sentence[1])),
        folded[max(sentence[0], number.start - 80) : number.start],
    )


def near(candidate: Candidate) -> str:
    return candidate.before[-60:] + " " + candidate.after[:40]


def is_conversion(context: ArticleContext, number: NumberMention, figures: tuple[NumberMention, ...]) -> bool:
    if number.unit not in ("MAD", "EUR", "USD"):
        return False
    earlier = [n for n in figures if n.end <= number.start and n.unit in ("MAD", "EUR", "USD")]
    return bool(earlier) and bool(_CONVERSION_GAP_RE.fullmatch(context.folded, earlier[-1].end, number.start))


_CONVERSION_GAP_RE = re.compile(
    r"\s*[(\[]\s*(?:soit|environ|about|around|approx\.?|approximately|roughly|some|pres de|~|ou|or|equivalent to)?\s*"
)


CLAUSE_BREAK_RE = re.compile(r"[;:(]|,(?!\d)")
