"""The year a figure describes, and where it comes from (stated, context, relative, publication)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from . import lexicon
from .figures import (
    COMPARISON_BEFORE_RE,
    PLAN_PERIOD_RE,
    TARGET_YEAR_RE,
    YEAR_IGNORED_BEFORE_RE,
    YEAR_RE,
    ArticleContext,
    Candidate,
    is_conversion,
)
from .gazetteer import fold
from .kinds import FORECAST_RE
from .numbers import NumberMention

# "contre 1.900 un an plus tôt", "up from 16,000 a year earlier": the year before the figure's own.
_YEAR_EARLIER_AFTER_RE = lexicon.pattern("year.earlier_after", before=r"^\W*")
# "against 5500 six years earlier", "contre 1.200 trois ans plus tôt"
_YEARS_EARLIER_AFTER_RE = re.compile(
    r"^\W*(?P<count>\d{1,2}|\w+)\s+(?:years?|ans|annees)\s+(?:earlier|before|plus tot|auparavant|avant)\b"
)
_COUNT_WORDS = {
    "deux": 2,
    "two": 2,
    "trois": 3,
    "three": 3,
    "quatre": 4,
    "four": 4,
    "cinq": 5,
    "five": 5,
    "six": 6,
    "sept": 7,
    "seven": 7,
    "huit": 8,
    "eight": 8,
    "neuf": 9,
    "nine": 9,
    "dix": 10,
    "ten": 10,
}


def _years_earlier(after: str) -> int:
    """How many years before the figure's own year it holds: 1 for "un an plus tôt", 6 for "six years earlier"."""
    if _YEAR_EARLIER_AFTER_RE.match(after):
        return 1
    match = _YEARS_EARLIER_AFTER_RE.match(after)
    if match is None:
        return 0
    count = match.group("count")
    return int(count) if count.isdigit() else _COUNT_WORDS.get(count, 0)


# "l'an dernier", "il y a deux ans", "this year": years counted from the reference year (lexicon year.relative.N)
_RELATIVE_YEARS: tuple[tuple[int, re.Pattern[str]], ...] = tuple(
    (offset, lexicon.pattern(f"year.relative.{offset}")) for offset in (-2, -1, 0, 1)
)
# "en 2019", "à fin 2019", "in March 2019", "au premier semestre 2019": a year told as the date of a fact
_FACT_YEAR_BEFORE_RE = re.compile(
    r"(?:\ben|\bin|\bfin|\bfin de|\bend of|\bau titre de|\bdurant|\bduring|\bpour l'annee|\bfor|\bexercice"
    r"|\bannee|\byear"
    r"|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march"
    r"|april|june|july|august|september|october|november|december|semestre|trimestre|quarter|half)\s*$"
)
_LATEST_PLAUSIBLE_YEAR = 2035
_AIMED_RE = lexicon.pattern("kind.intent_verb", "kind.forecast", "kind.future_verb")


@dataclass(frozen=True, slots=True)
class ArticleYears:
    """The years the article tells, found once: figures without a year of their own take one from here."""

    facts: tuple[tuple[int, int], ...] = ()  # (position, year): years told as the date of a fact, in order
    horizons: tuple[tuple[int, int], ...] = ()  # (position, year): horizons of targets ("d'ici 2030")
    reference: int | None = None  # the year "today", "l'an dernier" count from
    reference_source: str = "none"  # "publication", or "context" when the article's own years give it


def article_years(context: ArticleContext) -> ArticleYears:
    facts, horizons, plain, aimed = [], [], [], []
    told_now = []  # years told as the present ("cette année, en 2019", "au premier semestre 2019")
    folded = context.folded
    for start, end in context.sentences:
        for match in YEAR_RE.finditer(folded, start, end):
            year = int(match.group())
            if TARGET_YEAR_RE.search(folded, max(start, match.start() - 30), match.end()):
                horizons.append((match.start(), year))
            elif YEAR_IGNORED_BEFORE_RE.search(folded, max(start, match.start() - 60), match.start()):
                continue
            elif _NAMED_YEAR_RE.search(context.text, max(0, match.start() - 25), match.start()):
                continue  # "Maroc Digital 2030", "Vision 2020", "Expo 2020": a name, no date
            elif not _MONTH_BEFORE_RE.search(
                folded, max(start, match.start() - 12), match.start()
            ) and _AIMED_RE.search(folded, _clause_start(folded, start, match.start()), match.start()):
                aimed.append(year)  # "le CRI table sur 200 collaborateurs ... puis 800 en 2022": a plan's year
            elif _COMPARED_BEFORE_RE.search(folded, max(start, match.start() - 40), match.start()):
                plain.append(year)  # "contre 5 000 en 2004", "only 5,000 back in 2004": an earlier year compared
            elif _FACT_YEAR_BEFORE_RE.search(folded, max(start, match.start() - 14), match.start()):
                facts.append((match.start(), year))
                if _PRESENT_NEAR_RE.search(folded, max(start, match.start() - 40), min(end, match.end() + 30)):
                    told_now.append(year)
            else:
                plain.append(year)
    if context.publication_date is not None:
        return ArticleYears(tuple(facts), tuple(horizons), context.publication_date.year, "publication")
    if context.url_year is not None:
        return ArticleYears(tuple(facts), tuple(horizons), context.url_year, "publication")
    reference, source = _undated_reference(context, facts, told_now, plain, aimed + [y for _, y in horizons])
    since = [
        d.year
        for d in context.dates
        if d.year
        and d.month
        and d.year <= _LATEST_PLAUSIBLE_YEAR
        and _SINCE_BEFORE_RE.search(context.folded, max(0, d.start - 40), d.start)
    ]
    if since and (reference is None or reference < max(since)):
        reference, source = max(since), "context"  # "depuis janvier 2021": the page is not older than that
    return ArticleYears(tuple(facts), tuple(horizons), reference, source)


def _undated_reference(
    context: ArticleContext, facts: list[tuple[int, int]], told_now: list[int], plain: list[int], ahead: list[int]
) -> tuple[int | None, str]:
    """An undated page's "today": the latest date written in its lines (a byline, a dateline, an event); else the
    year after the latest year it tells as a fact, for news reports last year's results (measured on the annotated
    sets with their dates hidden: the publication year is the latest fact year plus one about three times as often
    as the latest fact year itself), unless that year is told as the present ("cette année", a half-year, a
    month), and never past the nearest year it aims at ("d'ici la fin 2018"); else the latest other year it names;
    else the year before the nearest year it aims at (an interview asking for the ambition "pour 2020", with "d'ici la
    fin 2018" for a site)."""
    dated = [
        d.year
        for d in context.dates
        if d.year
        and d.month
        and d.year <= _LATEST_PLAUSIBLE_YEAR
        and not YEAR_IGNORED_BEFORE_RE.search(context.folded, max(0, d.start - 40), d.start)
    ]  # "Lancé en septembre 2005, le parc ..." is a founding date, not the page's
    if dated:
        return max(dated), "context"
    years = [year for _, year in facts if year <= _LATEST_PLAUSIBLE_YEAR]
    if years:
        latest = max(years)
        reference = latest if latest in told_now else latest + 1
        later = [year for year in ahead if year >= latest]
        return (min(reference, min(later)) if later else reference), "context"
    others = [year for year in plain if year <= _LATEST_PLAUSIBLE_YEAR]
    if others:
        return max(others), "context"
    aims = [year for year in ahead if year <= _LATEST_PLAUSIBLE_YEAR]
    return (min(aims) - 1, "context") if aims else (None, "none")


def _clause_start(folded: str, start: int, position: int) -> int:
    """Where the clause holding the position begins: "le secteur devrait gagner 10 %, après une progression de 17 %
    en 2011" dates a fact, whatever the verb of the clause before."""
    stops = [m.end() for m in _CLAUSE_STOP_RE.finditer(folded, start, position)]
    return stops[-1] if stops else start


_CLAUSE_STOP_RE = re.compile(r"[;:]|,\s|\bapres\b|\bafter\b|\bcontre\b|\balors que\b|\bwhile\b")
_MONTH_BEFORE_RE = re.compile(
    r"\b(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february"
    r"|march|april|may|june|july|august|september|october|november|december)\s+$"
)
_SINCE_BEFORE_RE = re.compile(r"\b(?:depuis|since|des)\s*$")
# a year ending a capitalised name ("Maroc Digital 2030", "Vision 2020"), a month's name aside ("January 2019")
_NAMED_YEAR_RE = re.compile(
    r"(?<![.!?]\s)\b(?!(?:En|In|Fin|End|Since|Depuis|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre"
    r"|Novembre|Décembre|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][\w-]+\s$"
)
# "contre 5 500 en 2004", "against 65,000 back in 2004", "up from 40,000 in 2010": a year compared with
_COMPARED_BEFORE_RE = re.compile(
    r"\b(?:contre|against|compared (?:with|to)|up from|down from|back in|versus|vs)\b[^,;.]{0,30}$"
)
# the year told as the present: "cette année", "actuellement", a part of the year or a month that has passed
_PRESENT_NEAR_RE = re.compile(
    r"\b(?:cette annee|this year|actuellement|currently|aujourd'hui|today|en cours|semestre|trimestre|half|quarter"
    r"|premiers mois|first (?:\w+ )?months|(?:fin |end of )?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout"
    r"|septembre|octobre|novembre|january|february|march|april|june|july|august|september|october|november))\b"
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
    owned: dict[int, list[tuple[float, int, str]]] = {}
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
            owned.setdefault(id(owner), []).append((_year_distance(owner, start, end), int(match.group()), "stated"))
    years = context.years or ArticleYears()
    if years.reference is not None:
        for offset, pattern in _RELATIVE_YEARS:
            owned.setdefault(id(candidate.number), []).extend(
                (abs(sentence_start + m.start() - candidate.number.start), years.reference + offset, "relative")
                for m in pattern.finditer(sentence)
                if not _figure_between(figures, candidate.number, sentence_start + m.start())
            )
    same_year = _SAME_YEAR_RE.search(sentence)
    index = bisect.bisect_left(context.sentences, candidate.sentence)
    if same_year and index > 0:  # "Ses exportations ont atteint 26,22 MMDH la même année": the previous sentence's
        previous_start, previous_end = context.sentences[index - 1]
        told = list(YEAR_RE.finditer(context.folded, previous_start, previous_end))
        if told:
            owned.setdefault(id(candidate.number), []).append((0, int(told[-1].group()), "context"))
    position = next((i for i, n in enumerate(figures) if n is candidate.number), len(figures))
    earlier = _years_earlier(context.folded[candidate.number.end : min(sentence_end, candidate.number.end + 40)])
    earlier_year = earlier > 0
    for figure in [*([] if earlier_year else [candidate.number]), *reversed(figures[:position])]:
        if figure is not candidate.number and COMPARISON_BEFORE_RE.search(
            context.folded, max(sentence_start, figure.start - 40), figure.start
        ):
            continue  # "120,000 people in 2019, up from 40,000 in 2010, and generated USD 1.4 billion": not 2010's
        if owned.get(id(figure)):
            _distance, year, source = min(owned[id(figure)])
            return year - earlier, source
    if position + 1 < len(figures):
        following = figures[position + 1]
        if owned.get(id(following)) and _COORDINATED_RE.fullmatch(
            context.folded, candidate.number.end, following.start
        ):
            told = [y for _, y, _ in owned[id(following)]]  # "90.000 nouveaux emplois et 15 milliards ... en 2020"
            if _is_after(context, following, told[0], sentence_end):
                return min(owned[id(following)])[1:]
    if candidate.number.unit == "percent" and position + 1 < len(figures):
        following = figures[position + 1]
        if owned.get(id(following)) and _TOWARDS_RE.fullmatch(context.folded, candidate.number.end, following.start):
            return min(owned[id(following)])[1:]  # "exports rose 14% to MAD 18.5bn in 2022"
    asked = _question_year(context, sentence_start)
    if asked is not None:  # the interviewer's "Combien d'emplois à fin 2017 ?" dates the answer
        return asked - earlier, "context"
    carried = _carried_year(context, index, sentence)
    if carried is not None:  # "En 2019, ... 14,7 MMDH. Les centres d'appels en réalisent 9,1 milliards, soit 62 %"
        return carried, "context"
    if years.reference_source != "publication":
        paragraph = _paragraph_year(context, years, index)
        if paragraph is not None:  # an undated page: "En 2019, ... \n ... 120.000 personnes" dates the figure
            return paragraph - earlier, "context"
    if years.reference is not None:
        return years.reference - earlier, years.reference_source
    return None, "none"


def _paragraph_year(context: ArticleContext, years: ArticleYears, index: int) -> int | None:
    """The last year of fact told in the sentence before the figure's, within its paragraph."""
    start = context.sentences[index][0]
    paragraph = context.text.rfind("\n", 0, start) + 1
    if index > 0:
        paragraph = max(paragraph, context.sentences[index - 1][0])
    told = [year for position, year in years.facts if paragraph <= position < start]
    return told[-1] if told else None


def target_year(
    context: ArticleContext, candidate: Candidate, kind: str, period: str, year: int | None, source: str
) -> tuple[int | None, str]:
    """A target's year is its horizon: of its sentence ("60.000 emplois et 18 MMDH à l'horizon 2020"), of the plan
    its sentence names ("PAI 2014-20"), else the last horizon the article announced before it ("d'ici 2030" in the
    lead, then "... créera à terme 800 postes")."""
    if source in ("stated", "relative") or not (
        kind == "target" or (kind == "forecast" and FORECAST_RE.search(candidate.before))
    ):
        return year, source
    sentence_start, sentence_end = candidate.sentence
    horizon = TARGET_YEAR_RE.search(context.folded, sentence_start, sentence_end)
    if horizon:
        return int(horizon.group("year")), "stated"
    plan = PLAN_PERIOD_RE.search(context.folded, sentence_start, sentence_end)
    if plan:
        end = plan.group("end")
        return (int(end) if len(end) == 4 else 2000 + int(end)), "stated"
    if kind != "target" or period.startswith("per_"):
        return year, source  # "former 15.000 jeunes par an" recurs every year, whatever the plan's horizon
    announced = [y for position, y in (context.years or ArticleYears()).horizons if position < sentence_start]
    lead_end = _lead_end(context)
    paragraph = context.text.rfind("\n", 0, sentence_start) + 1
    told = [
        y
        for position, y in (context.years or ArticleYears()).horizons
        if position < lead_end or paragraph <= position < sentence_start
    ]
    announced = [y for y in told if y in announced]
    return (announced[-1], "context") if announced else (year, source)


def _lead_end(context: ArticleContext) -> int:
    """Where the lead ends (the title, then the first paragraph after it): a horizon there frames the article."""
    if not context.sentences:
        return 0
    title_end = context.text.find("\n", context.sentences[0][1])
    if title_end < 0:
        return len(context.text)
    following = next((start for start, _ in context.sentences if start > title_end), None)
    if following is None:
        return len(context.text)
    lead_end = context.text.find("\n", following)
    return lead_end if lead_end >= 0 else len(context.text)


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


_COORDINATED_RE = re.compile(
    r"\s*(?:[a-z'\-]+\s+){0,3}(?:et|and|ainsi que|as well as)\s+(?:de |d')?"
    r"(?:(?:close to|nearly|about|around|some|over|more than|pres de|environ|quelque|plus de)\s+)?"
)


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


_CLAUSE_GAP_RE = re.compile(r";|\.(?!\d)|\bet\b|\band\b|\bwhile\b|\btandis\b")  # "(€71.1m) in 2004": no full stop


def _year_distance(figure: NumberMention, start: int, end: int) -> float:
    return start - figure.end if start >= figure.end else 2.0 * (figure.start - end) + 1


_SAME_YEAR_RE = lexicon.pattern("year.same")
