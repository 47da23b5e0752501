"""Sector figures: which number is which indicator, with its qualifier, year, period, place and scope.

A number becomes a metric only when the words around it say what it counts: a noun right after it
("45.000 personnes", "20 nouveaux sites", "250 postes"), a currency, or a percent with a growth or share cue.
Everything else (durations, ordinals, "six commissions", "sept villes") is left alone, because a wrong
figure on a chart costs more than a missing one. All patterns run on folded text (lowercase, no accents).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .figure_places import figure_place
from .figures import PLAN_PERIOD_RE, TARGET_YEAR_RE, ArticleContext, Candidate, make_candidate
from .kinds import FORECAST_RE, figure_kind, figure_period, figure_precision
from .numbers import NumberMention
from .result import MetricFound
from .rules import classify
from .scopes import figure_scope
from .years import figure_year

_GENERIC_SUBJECT_RE = re.compile(
    r"\b(?:un|une|a|an)\s+(?:petit|petite|grand|grande|gros|grosse|small|large|big|typical|typique|moyen)s?\b"
)


_GENERIC_VERB_RE = re.compile(
    r"\b(?:peut|peuvent|a besoin|ont besoin|necessite|doit|doivent|can|needs?|requires?|must|typically|generalement"
    r"|en general|en moyenne|on average)\b"
)


def extract_metrics(context: ArticleContext) -> list[MetricFound]:
    metrics: list[MetricFound] = []
    seen: dict[tuple[str, int, str], int] = {}
    numbers = context.numbers
    cursor = 0
    for sentence in context.sentences:
        start, end = sentence
        while cursor < len(numbers) and numbers[cursor].start < start:
            cursor += 1
        inside: list[NumberMention] = []
        while cursor < len(numbers) and numbers[cursor].end <= end:
            inside.append(numbers[cursor])
            cursor += 1
        if not inside or _is_generic_statement(context.folded[start:end]):
            continue
        inside = _with_implied_currency(inside, context.language)
        previous: MetricFound | None = None
        previous_count: MetricFound | None = None  # the last headcount of the sentence, shares aside
        for index in range(len(inside)):
            candidate = make_candidate(context, sentence, inside, index)
            metric = _metric(context, candidate, previous, previous_count)
            if metric is None:
                continue
            previous = metric
            if metric.unit == "persons":
                previous_count = metric
            if metric.unit in ("MAD", "EUR", "USD"):
                context.last_amount = metric.indicator
            key = (metric.indicator, round(metric.value), metric.unit)
            if key not in seen:
                seen[key] = len(metrics)
                metrics.append(metric)
            elif metric.year_source == "stated" and metrics[seen[key]].year_source != "stated":
                metrics[seen[key]] = metric  # the headline rounds it up, the body dates it
    return metrics


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


def _metric(
    context: ArticleContext,
    candidate: Candidate,
    previous: MetricFound | None,
    previous_count: MetricFound | None = None,
) -> MetricFound | None:
    classified = classify(context, candidate, previous, previous_count)
    if classified is None:
        return None
    indicator, unit, value, confidence = classified
    sentence_start, sentence_end = candidate.sentence
    year, year_source = figure_year(context, candidate)
    kind = figure_kind(context, candidate, year, previous)
    if year_source != "stated" and (kind == "target" or (kind == "forecast" and FORECAST_RE.search(candidate.before))):
        horizon = TARGET_YEAR_RE.search(context.folded, sentence_start, sentence_end)
        period = PLAN_PERIOD_RE.search(context.folded, sentence_start, sentence_end)
        if horizon:  # "la création de 60.000 emplois et 18 MMDH à l'horizon 2020": the horizon is both figures'
            year, year_source = int(horizon.group("year")), "stated"
        elif period:  # "Under the PAI 2014-20, ... expected to create 100,000 jobs"
            end = period.group("end")
            year, year_source = int(end) if len(end) == 4 else 2000 + int(end), "stated"
    place, region = figure_place(context, candidate, indicator)
    scope, organisation = figure_scope(context, candidate)
    return MetricFound(
        indicator=indicator,
        value=Decimal(str(value)),
        unit=unit,
        qualifier=figure_precision(candidate),
        kind=kind,
        year=year,
        sentence=context.text[sentence_start:sentence_end],
        start=sentence_start,
        end=sentence_end,
        period=figure_period(candidate),
        place=place,
        region=region,
        scope=scope,
        organisation=organisation,
        year_source=year_source,
        rule=f"legacy.{indicator}",
        confidence=confidence,
    )
