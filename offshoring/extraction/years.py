"""The year a figure describes, and where it comes from (stated, context, relative, publication)."""

from __future__ import annotations

import bisect
import re

from .figures import (
    COMPARISON_BEFORE_RE,
    TARGET_YEAR_RE,
    YEAR_IGNORED_BEFORE_RE,
    YEAR_RE,
    ArticleContext,
    Candidate,
    is_conversion,
)
from .gazetteer import fold
from .numbers import NumberMention

# "contre 1.900 un an plus tôt", "up from 16,000 a year earlier": the year before the figure's own.
_YEAR_EARLIER_AFTER_RE = re.compile(
    r"^\W*(?:un an (?:plus tot|auparavant|avant)|l'annee precedente|a year (?:earlier|before)|the (?:previous|prior)"
    r" year|the year before)"
)


_RELATIVE_YEARS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (-1, re.compile(r"l'an (?:dernier|passe)|l'annee (?:derniere|passee)|last year|il y a un an|a year ago")),
    (
        0,
        re.compile(r"cette annee|this year|l'annee en cours|current year|\btoday\b|aujourd'hui|actuellement|currently"),
    ),
    (1, re.compile(r"l'an prochain|l'annee prochaine|next year")),
)


_QUESTION_YEAR_IGNORED_RE = re.compile(r"(?:depuis|since|plan|strategie|vision|horizon)\s*$")


def figure_year(context: ArticleContext, candidate: Candidate) -> tuple[int | None, str]:
    """The year the sentence gives the figure, else the publication year.

    A year belongs to the figure nearest to it ("7 MMDH en 2015 et 10 MMDH en 2018"), a year after a figure
    being nearer than one before it; a year opening the sentence ("En 2019, ...") belongs to every figure, and a
    figure without a year of its own shares the one of the figure before it ("14 billion in 2019, up 8%").
    """
    sentence_start, sentence_end = candidate.sentence
    sentence = context.folded[sentence_start:sentence_end]
    figures = [
        n for n in candidate.figures if not n.looks_like_year and not is_conversion(context, n, candidate.figures)
    ]
    owned: dict[int, list[tuple[float, int]]] = {}
    for match in YEAR_RE.finditer(sentence):
        start, end = sentence_start + match.start(), sentence_start + match.end()
        if (
            not figures
            or any(n.start <= start < n.end for n in figures)
            or YEAR_IGNORED_BEFORE_RE.search(sentence[max(0, match.start() - 60) : match.start()])
        ):
            continue
        earlier = [n for n in figures if n.end <= start]
        if end <= figures[0].start:
            owners = figures
        elif _YEAR_OF_BEFORE_RE.search(
            sentence, max(0, match.start() - 12), match.start()
        ) and not _CLAUSE_GAP_RE.search(context.folded, earlier[-1].end, start):
            owners = [earlier[-1]]  # "passé de 24.000 emplois en 2008 à 70.000 en 2015": "en 2008" dates what precedes
        else:
            owners = [min(figures, key=lambda n: _year_distance(n, start, end))]
        for owner in owners:
            owned.setdefault(id(owner), []).append((_year_distance(owner, start, end), int(match.group())))
    published = context.publication_date
    if published is not None:
        for offset, pattern in _RELATIVE_YEARS:
            owned.setdefault(id(candidate.number), []).extend(
                (abs(sentence_start + m.start() - candidate.number.start), published.year + offset)
                for m in pattern.finditer(sentence)
                if not _figure_between(figures, candidate.number, sentence_start + m.start())
            )
    same_year = _SAME_YEAR_RE.search(sentence)
    index = bisect.bisect_left(context.sentences, candidate.sentence)
    if same_year and index > 0:  # "Ses exportations ont atteint 26,22 MMDH la même année": the previous sentence's
        previous_start, previous_end = context.sentences[index - 1]
        years = list(YEAR_RE.finditer(context.folded, previous_start, previous_end))
        if years:
            owned.setdefault(id(candidate.number), []).append((0, int(years[-1].group())))
    position = next((i for i, n in enumerate(figures) if n is candidate.number), len(figures))
    earlier_year = bool(_YEAR_EARLIER_AFTER_RE.match(candidate.after))
    for figure in [*([] if earlier_year else [candidate.number]), *reversed(figures[:position])]:
        if figure is not candidate.number and COMPARISON_BEFORE_RE.search(
            context.folded, max(sentence_start, figure.start - 40), figure.start
        ):
            continue  # "120,000 people in 2019, up from 40,000 in 2010, and generated USD 1.4 billion": not 2010's
        if owned.get(id(figure)):
            year = min(owned[id(figure)])[1]
            return (year - 1 if earlier_year else year), "stated"
    if position + 1 < len(figures):
        following = figures[position + 1]
        if owned.get(id(following)) and _COORDINATED_RE.fullmatch(
            context.folded, candidate.number.end, following.start
        ):
            years = [y for _, y in owned[id(following)]]  # "90.000 nouveaux emplois et 15 milliards ... en 2020"
            if _is_after(context, following, years[0], sentence_end):
                return min(owned[id(following)])[1], "stated"
    if candidate.number.unit == "percent" and position + 1 < len(figures):
        following = figures[position + 1]
        if owned.get(id(following)) and _TOWARDS_RE.fullmatch(context.folded, candidate.number.end, following.start):
            return min(owned[id(following)])[1], "stated"  # "exports rose 14% to MAD 18.5bn in 2022"
    asked = _question_year(context, sentence_start)
    if asked is not None:  # the interviewer's "Combien d'emplois à fin 2017 ?" dates the answer
        return (asked - 1 if earlier_year else asked), "stated"
    carried = _carried_year(context, index, sentence)
    if carried is not None:  # "En 2019, ... 14,7 MMDH. Les centres d'appels en réalisent 9,1 milliards, soit 62 %"
        return carried, "stated"
    fallback = published.year if published is not None else context.url_year
    if fallback is not None:
        return (fallback - 1 if earlier_year else fallback), "publication"
    return None, "none"


# "Les centres de relation client en réalisent 9,1 milliards, soit 62 % du total": a part of the total the previous
# sentence dated, even across a paragraph break.
_PART_OF_PREVIOUS_RE = re.compile(
    r"\ben (?:realise\w*|represente\w*|concentre\w*|assure\w*|genere\w*|totalise\w*|pese\w*)\b"
    r"|\bsoit (?:pres de |environ |pas moins de )?\d[\d,.]*\s?%|\bdu total\b|\bof (?:this|that|the) total\b"
)


def _carried_year(context: ArticleContext, index: int, sentence: str) -> int | None:
    if index == 0 or not _PART_OF_PREVIOUS_RE.search(sentence):
        return None
    previous_start, previous_end = context.sentences[index - 1]
    years = [
        m
        for m in YEAR_RE.finditer(context.folded, previous_start, previous_end)
        if not YEAR_IGNORED_BEFORE_RE.search(context.folded, max(previous_start, m.start() - 60), m.start())
    ]
    if not years or TARGET_YEAR_RE.search(context.folded, max(previous_start, years[-1].start() - 30), years[-1].end()):
        return None  # "le secteur vise 150.000 emplois à l'horizon 2021. Rabat en concentre 20 %": no year of fact
    return int(years[-1].group())


_COORDINATED_RE = re.compile(r"\s*(?:[a-z'\-]+\s+){0,3}(?:et|and|ainsi que|as well as)\s+(?:de |d')?")


def _is_after(context: ArticleContext, figure: NumberMention, year: int, sentence_end: int) -> bool:
    """Is the year told after the figure (not before the pair)?"""
    return str(year) in context.folded[figure.end : sentence_end]


_TOWARDS_RE = re.compile(
    r"\s*(?:to|a|pour (?:atteindre|s'etablir a|totaliser)|reaching|,? soit)\s+(?:(?:plus de|some|about|around)\s+)?"
)


_QUESTION_WINDOW = 400  # characters before the answer's paragraph where its question may stand


def _question_year(context: ArticleContext, sentence_start: int) -> int | None:
    """The year of the interviewer's question right before the answer's paragraph, if any."""
    text = context.text
    paragraph = text.rfind("\n", 0, sentence_start)
    if paragraph <= 0:
        return None
    between = text[max(0, paragraph - _QUESTION_WINDOW) : paragraph].rstrip()
    if not between.endswith("?"):
        return None
    line_start = between.rfind("\n") + 1
    question = fold(between[line_start:])
    years = [
        int(m.group())
        for m in YEAR_RE.finditer(question)
        if not _QUESTION_YEAR_IGNORED_RE.search(question[max(0, m.start() - 20) : m.start()])
    ]
    return years[-1] if len(years) == 1 else None


def _figure_between(figures: list[NumberMention], number: NumberMention, position: int) -> bool:
    """Does another figure stand between a phrase ("last year") and this one? Then the phrase dates that one."""
    low, high = sorted((position, number.start))
    return any(f is not number and low <= f.start < high for f in figures)


_YEAR_OF_BEFORE_RE = re.compile(r"(?:\ben|\bin|\bfin|\bend of|\bau titre de|\bduring)\s+$")


_CLAUSE_GAP_RE = re.compile(r"[;.]|\bet\b|\band\b|\bwhile\b|\btandis\b")


def _year_distance(figure: NumberMention, start: int, end: int) -> float:
    return start - figure.end if start >= figure.end else 2.0 * (figure.start - end) + 1


_SAME_YEAR_RE = re.compile(r"la meme annee|the same year|cette annee-la|that year|au cours de la meme periode")
