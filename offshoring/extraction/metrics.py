"""Sector figures: which number is which indicator, with its qualifier, year, period, place and scope.

A number becomes a metric only when a named rule of `rules.py` reads it (a noun right after it, "45.000
personnes"; a currency; a percent with a growth or share cue; the figure before it ...). Everything else
(durations, ordinals, "six commissions", "sept villes") is left alone, because a wrong figure on a chart costs
more than a missing one. Then passes over the read amount, in order: where it is abroad or worldwide (then it is
left out), its year, kind, precision and period, place, scope and organisation. What the article tells once (the
years it states, the operator it is about, other countries) is found first; what earlier sentences tell a figure
(the last amount's indicator, the paragraph's owner) is passed from sentence to sentence as a value. All patterns
run on folded text (lowercase, no accents).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace

from .confidence import rule_confidence
from .figure_places import figure_place
from .figures import TARGET_YEAR_RE, ArticleContext, make_candidate
from .gazetteer import fold
from .kinds import figure_kind, figure_period, figure_precision
from .numbers import NumberMention
from .result import MetricFound
from .rules import Figure, read_figure
from .scopes import (
    PARK_NAME_RE,
    figure_scope,
    foreign_focus,
    foreign_scope,
    foreign_spans,
    group_abroad,
    groups_abroad,
    previous_sentence_owner,
)
from .years import article_years, figure_year, target_year

_GENERIC_SUBJECT_RE = re.compile(
    r"\b(?:un|une|a|an)\s+(?:petit|petite|grand|grande|gros|grosse|small|large|big|typical|typique|moyen)s?\b"
)


_GENERIC_VERB_RE = re.compile(
    r"\b(?:peut|peuvent|a besoin|ont besoin|necessite|doit|doivent|can|needs?|requires?|must|typically|generalement"
    r"|en general|en moyenne|on average)\b"
)


@dataclass(frozen=True, slots=True)
class Discourse:
    """What earlier sentences tell a figure, passed from sentence to sentence as a value (never mutated)."""

    last_amount: str | None = None  # the indicator of the last amount read: "elles ont atteint 6,9 MMDH"
    last_count: tuple[str, str] | None = None  # (indicator, unit) of the last count read: "devrait en compter 1 100"
    owner: tuple[str, str | None] | None = None  # the paragraph's last segment, company or park: "Ses recettes"
    owner_end: int = 0  # where the sentence that named it ends


def extract_metrics(context: ArticleContext) -> list[MetricFound]:
    # what the whole article tells, found once: where other countries are named, the years it states
    context = replace(context, foreign=foreign_spans(context.folded, _telling_sentences(context)))
    context = replace(
        context,
        years=article_years(context),
        foreign_focus=foreign_focus(context),
        main_operator=_most_named(m.ref.name for m in context.organisations if m.ref.kind == "operator"),
        main_park=_most_named(p.written for p in context.places if PARK_NAME_RE.search(fold(p.written))),
    )
    context = replace(context, groups_abroad=groups_abroad(context, _telling_sentences(context)))
    metrics: list[MetricFound] = []
    seen: dict[tuple[str, int, str], int] = {}
    discourse = Discourse()
    for sentence, inside in _sentences_with_figures(context):
        between = context.text[discourse.owner_end : sentence[0]]
        # the same paragraph, or the very next sentence ("L'investissement est estimé à 60 MDH" on its own line)
        carried = discourse.owner if "\n" not in between or not _SENTENCE_END_RE.search(between) else None
        carried = carried or previous_sentence_owner(context, sentence)
        discourse = replace(discourse, owner=None)
        previous: MetricFound | None = None
        previous_count: MetricFound | None = None  # the last headcount of the sentence, shares aside
        for index in range(len(inside)):
            candidate = make_candidate(context, sentence, inside, index)
            figure = Figure(
                context, candidate, previous, previous_count, discourse.last_amount, last_count=discourse.last_count
            )
            metric = _metric(figure, carried)
            if metric is None:
                continue
            if metric.scope in _OTHER_COUNTRIES:
                previous = metric  # not Morocco's, but "30.000 dans 16 pays, dont 16.500 au Maroc" counts on it
                continue
            if metric.scope in ("segment", "company", "park"):
                discourse = replace(discourse, owner=(metric.scope, metric.organisation), owner_end=sentence[1])
            previous = metric
            if metric.unit == "persons":
                previous_count = metric
            if metric.unit in ("MAD", "EUR", "USD"):
                discourse = replace(discourse, last_amount=metric.indicator)
            elif metric.unit != "percent":
                discourse = replace(discourse, last_count=(metric.indicator, metric.unit))
            key = (metric.indicator, round(metric.value), metric.unit)
            if key not in seen:
                seen[key] = len(metrics)
                metrics.append(metric)
            elif _YEAR_SOURCE_RANK[metric.year_source] > _YEAR_SOURCE_RANK[metrics[seen[key]].year_source]:
                metrics[seen[key]] = metric  # the headline rounds it up, the body dates it
    return metrics


# Figures of other countries and groups' world figures are left out (SPEC allows either way, never as Moroccan).
_OTHER_COUNTRIES = ("foreign", "worldwide")
_SENTENCE_END_RE = re.compile(r"[.!?]\s")
_YEAR_SOURCE_RANK = {"stated": 3, "relative": 2, "context": 1, "publication": 0, "none": 0}


_DURATION_AFTER_RE = re.compile(
    r"\s+(?:(?:premiers?|premieres?|derniers?|dernieres?|first|last|past|next|prochains?|prochaines?)\s+)?"
    r"(?:mois|months?|ans|annees|years?|semaines?|weeks?|jours|days|heures|hours|trimestres|quarters)\b"
)


def _sentences_with_figures(context: ArticleContext):
    """Each sentence that holds figures, with them (a bare "milliards" taking the sentence's currency)."""
    numbers = context.numbers
    cursor = 0
    for sentence in context.sentences:
        start, end = sentence
        while cursor < len(numbers) and numbers[cursor].start < start:
            cursor += 1
        inside: list[NumberMention] = []
        while cursor < len(numbers) and numbers[cursor].end <= end:
            number = numbers[cursor]
            if number.unit is not None or not _DURATION_AFTER_RE.match(context.folded, number.end):
                inside.append(number)  # "au cours des cinq dernières années" is a span of time, no figure
            cursor += 1
        if inside and not _is_generic_statement(context.folded[start:end]):
            yield sentence, _with_implied_currency(inside, context.language)


def _with_implied_currency(numbers: list[NumberMention], language: str) -> list[NumberMention]:
    """'7 milliards de dirhams en 2015 à 10 milliards en 2018': the second amount is in dirhams too.

    A bare 'milliards' in a French article about Morocco is dirhams as well.
    """
    currency = next((n.unit for n in numbers if n.unit in ("MAD", "EUR", "USD")), "MAD" if language == "fr" else None)
    if currency is None:
        return numbers
    return [replace(n, unit=currency) if n.unit is None and n.scale >= 1e6 else n for n in numbers]


def _is_generic_statement(sentence: str) -> bool:
    """'Un petit centre peut s'installer en 2 à 3 mois ... dépassant 300 postes' describes no real centre."""
    return bool(_GENERIC_SUBJECT_RE.search(sentence) and _GENERIC_VERB_RE.search(sentence))


def _growth_of_abroad(figure: Figure, reading) -> str | None:
    """'revenue of 5.73 billion euros, up 7.7%', '10 implantations en France et 2 500 emplois': the growth of a
    figure abroad, or a figure joined to it, is abroad too."""
    previous = figure.previous
    if previous is None or previous.scope not in _OTHER_COUNTRIES:
        return None
    joined = reading.unit == "percent" or _JOINED_RE.fullmatch(figure.before)
    close = len(figure.before) <= _GROWTH_GAP and not _CLAUSE_BREAK_RE.search(figure.before)
    return previous.scope if joined and close and not _MOROCCO_WORD_RE.search(figure.before) else None


_GROWTH_GAP = 60
# "10 implantations en France et 2 500 emplois", "revenue of 3 billion euros in 2021 and currently employs 46,000"
_JOINED_RE = re.compile(
    r"[^,;.\d]{0,30}?(?:\s(?:in|en)\s+(?:19|20)\d\d)?\s(?:et|and)\s+(?:de\s+|d')?(?:(?:currently|now|also|actuellement"
    r"|aussi|emploie|employs|compte|counts|has|a)\s+){0,2}"
)
_MOROCCO_WORD_RE = re.compile(r"\b(?:maroc|morocco|royaume|kingdom)\b")
_CLAUSE_BREAK_RE = re.compile(r"[;.]|\bwhile\b|\btandis\b|\balors que\b")


_LEAD_SENTENCES = 4


def _telling_sentences(context: ArticleContext) -> list[tuple[int, int]]:
    """The sentences that can tell where figures are: the title and lead, and every sentence holding a figure (the
    others are not searched for other countries, which keeps the scan short)."""
    starts = [n.start for n in context.numbers]
    return [
        (start, end)
        for index, (start, end) in enumerate(context.sentences)
        if index < _LEAD_SENTENCES or bisect.bisect_left(starts, start) < bisect.bisect_left(starts, end)
    ]


def _most_named(names) -> str | None:
    counts = Counter(names)
    return counts.most_common(1)[0][0] if counts else None


def _horizon(candidate) -> bool:
    return bool(TARGET_YEAR_RE.search(candidate.before) or TARGET_YEAR_RE.search(candidate.after))


def _metric(figure: Figure, carried: tuple[str, str | None] | None = None) -> MetricFound | None:
    reading = read_figure(figure)
    if reading is None:
        return None
    context, candidate, previous = figure.context, figure.candidate, figure.previous
    sentence_start, sentence_end = candidate.sentence
    year, year_source = figure_year(context, candidate)
    kind = figure_kind(context, candidate, year, previous)
    if reading.rule == "count.evolution_from":
        kind = "actual"  # "porter les effectifs de 13.000 à 30.000": where the aim starts from
    period = figure_period(context, candidate)
    indicator = reading.indicator
    if indicator == "employment" and kind == "target":
        indicator = "jobs_target"  # "the sector can reach 70,000 jobs by 2015": jobs still to come
    if indicator == "hiring_need" and kind == "target" and period.startswith("per_") and not _horizon(candidate):
        kind = "actual"  # "le pays doit recruter chaque année 5 000 personnes": a need that recurs, not a plan
    year, year_source = target_year(context, candidate, kind, period, year, year_source)
    place, region = figure_place(context, candidate, indicator)
    abroad = foreign_scope(context, candidate, reading.unit) or _growth_of_abroad(figure, reading)
    scope, organisation = (abroad, None) if abroad else figure_scope(context, candidate, carried)
    if scope == "company" and group_abroad(context, candidate, organisation):
        scope = "worldwide"  # "Outsourcia, qui emploie 1 500 personnes" in an article saying it works in France too
    return MetricFound(
        indicator=indicator,
        value=reading.value,
        unit=reading.unit,
        qualifier=figure_precision(candidate),
        kind=kind,
        year=year,
        sentence=context.text[sentence_start:sentence_end],
        start=sentence_start,
        end=sentence_end,
        period=period,
        place=place,
        region=region,
        scope=scope,
        organisation=organisation,
        year_source=year_source,
        rule=reading.rule,
        confidence=rule_confidence(reading.rule),
    )
