"""Where a figure is: a city or region of its sentence or paragraph, the title's place, or the country."""

from __future__ import annotations

import bisect
import re

from .figures import CLAUSE_BREAK_RE, ArticleContext, Candidate
from .numbers import NumberMention
from .places import NATIONAL_REFERENCE_RE, REGIONAL_REFERENCE_RE, PlaceMention

# "qui portera ses effectifs marocains à 3.000 salariés": the country's figure, whatever city the sentence names.
_NATIONAL_MARKER_RE = re.compile(
    r"\b(?:effectifs|salaries|employes|staff|workforce|headcount) marocains\b|\bau maroc\b|\bin morocco\b"
    r"|\bdans le royaume\b|\bin the kingdom\b|\bnationwide\b|\bau niveau national\b|\ba l'echelle nationale\b"
    r"|\bin the country\b|\bdans le pays\b|\bin the (?:north african )?kingdom\b"
)


_NATIONAL = (None, None)


_GROUP_LEVEL_INDICATORS = frozenset({"revenue", "growth_rate", "share"})


# "Réunis jeudi à Rabat, les professionnels ont rappelé que ...": where people met, not where the figure is.
_VENUE_BEFORE_RE = re.compile(
    r"\b(?:reunis|reunies|reuni|tenue?s?|s'est tenue?|organisee?s?|held|hosted|convened|gathered|rassembles"
    r"|conference de presse|press conference|a presente|presented|unveiled|devoile|in an interview|interview in"
    r"|lors d'un entretien|speaking in|s'exprimant)\b[^,.;]{0,22}$"
)


_LIST_JOIN_RE = re.compile(r"\s*(?:,|\bet\b|\band\b|&)\s*")


def figure_place(context: ArticleContext, candidate: Candidate, indicator: str = "") -> tuple[str | None, str | None]:
    """Where the figure is: a place of its sentence, else the region the sentence refers to, else the place of the
    paragraph's previous sentences, else the one place the title is about, else the country."""
    sentence_start, sentence_end = candidate.sentence
    if _national_figure(context, candidate):
        return _NATIONAL
    found = _sentence_place(context, sentence_start, sentence_end, candidate.number, candidate.figures)
    if found is not None:
        return found
    sentence = context.folded[sentence_start:sentence_end]
    if THERE_RE.search(sentence):  # "Seuls deux centres y sont installés": "y" is the place named last
        named = [
            p for p in context.places if sentence_start - _THERE_WINDOW <= p.start < sentence_start and p.place.region
        ]
        if named:
            return named[-1].place.name, named[-1].place.region
    if NATIONAL_REFERENCE_RE.search(sentence):
        return _NATIONAL
    if context.main_region and REGIONAL_REFERENCE_RE.search(sentence):
        return context.main_region, context.main_region
    index = bisect.bisect_left(context.sentences, candidate.sentence)
    start = sentence_start
    in_list = bool(_BULLET_RE.match(context.text, sentence_start))
    while index > 0:  # "A Agadir, ... D'une capacité de 450 positions, ...": the paragraph's place carries over
        previous_start, previous_end = context.sentences[index - 1]
        if "\n" in context.text[previous_end:start]:
            if not in_list:
                break
            # "Casanearshore en bref :" then "• 110 entreprises installées": a list's items carry its header's place,
            # not their siblings'
            if _BULLET_RE.match(context.text, previous_start):
                start, index = previous_start, index - 1
                continue
            if not context.text[previous_start:previous_end].rstrip().endswith(":"):
                break
            in_list = False
        found = _sentence_place(context, previous_start, previous_end, None)
        if found is not None:
            return found
        start, index = previous_start, index - 1
    if indicator in _GROUP_LEVEL_INDICATORS:
        return _NATIONAL  # "Outsourcia double sa capacité à Kénitra ... Le groupe a réalisé 450 MDH": the group's
    return context.focus_place or _NATIONAL


def _ends_a_name(context: ArticleContext, place: PlaceMention) -> bool:
    """'Foundever Maroc ouvre 300 postes', 'Armatis Morocco employs': the country ends a company's name."""
    return any(0 <= place.start - o.end <= 1 and o.ref.kind == "operator" for o in context.organisations)


_BULLET_RE = re.compile(r"[ \t]*[•\-–—*·▪►]\s")


THERE_RE = re.compile(
    r"\by (?:sont|est|a|ont|avait|etai\w*|seront|sera|installe\w*|emploie\w*|compte\w*|travaill\w*|implant\w*"
    r"|install\w*|ouvr\w*|cre\w*|recrut\w*|dispose\w*)\b"
)


_THERE_WINDOW = 600  # characters: how far back "y" may point


def _national_figure(context: ArticleContext, candidate: Candidate) -> bool:
    """'qui portera ses effectifs marocains à 3.000 salariés', 'its headcount in the country had passed the 3,000
    mark': the figure's own clause says it is the country's, unless a place follows it closely."""
    clause_before = CLAUSE_BREAK_RE.split(candidate.before[-60:])[-1]
    clause_after = CLAUSE_BREAK_RE.split(candidate.after[:50], 1)[0]
    if not (_NATIONAL_MARKER_RE.search(clause_before) or _NATIONAL_MARKER_RE.search(clause_after)):
        return False
    end = candidate.number.end + len(clause_after)
    return not any(candidate.number.end <= p.start < end and p.place.kind != "country" for p in context.places)


def _sentence_place(
    context: ArticleContext,
    start: int,
    end: int,
    number: NumberMention | None,
    figures: tuple[NumberMention, ...] = (),
) -> tuple[str | None, str | None] | None:
    """The place a sentence gives a figure (None when it names none). A figure spread over cities of several
    regions ("16.000 personnes réparties entre Casablanca, Rabat, Agadir et Laâyoune") is national, unless the
    city is attached to it ("2,000 new employees in Fez and Agadir")."""
    inside = [
        p
        for p in context.places
        if start <= p.start < end
        and not _VENUE_BEFORE_RE.search(context.folded, max(start, p.start - 40), p.start)
        and not (
            number is not None
            and p.start >= number.end
            and _RANKED_BEHIND_RE.search(context.folded, max(start, p.start - 25), p.start)
        )
        and not _owned_by_other(context, p, number, figures)
        and not (p.place.kind == "country" and _ends_a_name(context, p))
    ]
    if not inside:
        return None
    regions = {p.place.region for p in inside if p.place.kind != "country" and p.place.region}
    has_country = any(p.place.kind == "country" for p in inside)
    if number is None:  # carried over from an earlier sentence
        if len(regions) != 1 or has_country:
            return _NATIONAL
        last = [p for p in inside if p.place.region][-1]
        return last.place.name, last.place.region
    if len(regions) >= 2:
        following = [p for p in inside if p.start >= number.end and p.place.kind != "country"]
        if following and _attached(context, number, following[0], inside):
            return following[0].place.name, following[0].place.region
    nearest = min(inside, key=lambda p: abs(p.start - number.start))
    if nearest.place.kind == "country" or len(regions) >= 2:
        return _NATIONAL
    return nearest.place.name, nearest.place.region


# "La métropole concentre 65 % des emplois, loin devant Rabat (18 %)": the place ranked behind is not the figure's
_RANKED_BEHIND_RE = re.compile(r"\b(?:devant|ahead of|followed by|suivie? (?:de|par)|before|plus que)\s+$")


_PLACE_OF_FIGURE_RE = re.compile(r"\s*(?:a|au|en|in|at|sur)\s+")


def _owned_by_other(
    context: ArticleContext, place: PlaceMention, number: NumberMention | None, figures: tuple[NumberMention, ...]
) -> bool:
    """'150.000 personnes, dont 60 % à Casablanca': Casablanca is the share's place, not the headcount's."""
    if number is None:
        return False
    before = [n for n in figures if n.end <= place.start]
    if not before or before[-1] is number or before[-1].looks_like_year:
        return False
    return bool(_PLACE_OF_FIGURE_RE.fullmatch(context.folded, before[-1].end, place.start))


def _attached(context: ArticleContext, number: NumberMention, place: PlaceMention, inside: list[PlaceMention]) -> bool:
    """'a new 1,200-seat facility at the Technopolis business park': the place follows the figure closely, within its
    clause, and opens no list of places ('13.000 salariés répartis sur ses sites de Rabat, Casablanca, ...')."""
    between = context.folded[number.end : place.start]
    if place.start < number.end or len(between) > 45 or CLAUSE_BREAK_RE.search(between):
        return False
    return not any(
        other.start > place.end and _LIST_JOIN_RE.fullmatch(context.folded, place.end, other.start) for other in inside
    )
