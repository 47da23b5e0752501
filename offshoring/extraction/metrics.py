"""Sector figures: which number is which indicator, with its qualifier, year, period, place and scope.

A number becomes a metric only when the words around it say what it counts: a noun right after it
("45.000 personnes", "20 nouveaux sites", "250 postes"), a currency, or a percent with a growth or share cue.
Everything else (durations, ordinals, "six commissions", "sept villes") is left alone, because a wrong
figure on a chart costs more than a missing one. All patterns run on folded text (lowercase, no accents).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from .numbers import NumberMention
from .organisations import OrganisationMention
from .places import NATIONAL_REFERENCE_RE, REGIONAL_REFERENCE_RE, PlaceMention
from .result import MetricFound


@dataclass(slots=True)
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


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(patterns))


_ADJECTIVES = (
    r"(?:nouveaux|nouvelles|nouveau|nouvelle|new|additional|supplementaires?|autres|other|more|directs?|indirects?"
    r"|permanents?|qualifies|qualified|full-time|marocains?|moroccan|francophones?|hispanophones?"
    r"|actifs|active|local|locaux|offshore|salaried)"
)
_HEAD_RE = re.compile(
    r"^[\s,]*(?:(?:de|d'|des|of|en)\s*)?(?:" + _ADJECTIVES + r"\s+){0,2}(?P<noun>[a-z][a-z'\-]*(?:\s+[a-z'\-]+){0,3})"
)

_SEAT_NOUN_RE = _words(
    r"^(?:positions? de travail|postes? de travail|stations de travail|sieges|seats|workstations",
    r"work ?stations|positions\b)",
)
_POSTE_NOUN_RE = re.compile(r"^postes?\b")
_JOB_NOUN_RE = re.compile(r"^(?:emplois?\b|jobs?\b|postes? d'emplois?|opportunites d'emploi|job opportunities)")
_EMPLOYEE_NOUN_RE = re.compile(
    r"^(?:employes|employees|salaries|collaborateurs|tele-?conseillers|teleoperat\w+|conseillers|agents|staff\b"
    r"|workers|personnels|effectifs|associates|teammates|employes)"
)
_PERSON_NOUN_RE = re.compile(
    r"^(?:personnes|people|persons|individus|jeunes|young people|cadres|ingenieurs|engineers|techniciens|profils"
    r"|professionnels|professionals|femmes|women|candidats|recrues|new hires|hires|developpeurs|developers"
    r"|consultants|talents)\b"
)
_STUDENT_NOUN_RE = re.compile(r"^(?:etudiants|students|laureats|diplomes|graduates|bacheliers|eleves)\b")
_TRAINEE_NOUN_RE = re.compile(r"^(?:stagiaires|trainees|apprentis|apprentices|beneficiaires)\b")
_SITE_NOUN_RE = re.compile(
    r"^(?:sites|centres|centers|centres d'appels?|call.?cent\w+|contact.?cent\w+|plateformes|platforms|plateaux"
    r"|implantations|delivery cent\w+)\b"
)
_COMPANY_NOUN_RE = re.compile(
    r"^(?:operateurs|operators|entreprises|societes|companies|firms|prestataires|providers|outsourcers|groupes"
    r"|start-?ups|acteurs du secteur)\b"
)

_TARGET_RE = re.compile(
    r"d'ici|a l'horizon|\bhorizon\b|objectifs?|\bvise\b|viser|visant|ambitionne|ambition|prevoit|prevoient"
    r"|\bprevue?s?\b|comptent|compte creer|a terme|plans? to|planning to|aims? to|aiming|targets?\b|goal"
    r"|\bby (?:19|20)\d\d"
    r"|will create|envisage|projette|a creer|programme de creation|promet"
)
# "un potentiel de création estimé à 3.500 emplois" is a target;
# "un énorme potentiel ... avec 115.000 étudiants" is not.
_POTENTIAL_RE = re.compile(r"(?:potentiel|potential)[\w\s']{0,35}$")
_FORECAST_RE = re.compile(
    r"previsions?|devrait|devraient|attendu|expected|forecasts?|projected|projections?|anticip\w+|tendances?"
    r"|should reach|estimations?|table sur|s'attend"
)
_HIRING_RE = re.compile(
    r"recrut\w*|embauch\w*|\bhire\b|hiring|recruit\w*|besoins? (?:en|de) (?:ressources humaines|recrutement|personnel"
    r"|main.d.oeuvre|profils|competences)|postes a pourvoir|openings|vacancies|staffing needs"
)
_CREATION_RE = re.compile(r"\bcre(?:er|ation|ent|era|eront)\b|create|creation|generer|generera|generate")
_PAST_CREATION_RE = re.compile(
    r"\b(?:a|ont|avait|avaient) (?:\w+ )?(?:cree|genere|permis)|\b(?:created|has created|have created)\b"
)
_TRAINING_RE = re.compile(r"\bform(?:er|e|es|ees|ation|ations|era|eront)\b|\btrain(?:ed|ing|s)?\b")
_EMPLOYMENT_RE = re.compile(
    r"emplo\w*|effectifs?|workforce|headcount|salaries|travaill\w*|fait vivre|main.d.oeuvre|staff|jobs?\b"
    r"|postes d'emploi"
)
_REVENUE_RE = re.compile(
    r"chiffres? d'affaires|\bca\b|revenus?|recettes|exportations?|\bexport\w*|turnover|revenues?|\bsales\b|ventes"
    r"|generent|genere|generated|generates|generate|realise|realisent|realized|income"
)
_INVESTMENT_RE = re.compile(
    r"invest\w*|\bfonds\b|\bfunds?\b|budget|enveloppe|financement|financing|montant|\bcout\b|\bcost\b|capital\b"
    r"|subvention|injection|mobilis\w*|levee|\braised?\b"
)
_SALARY_RE = re.compile(r"salaire|salary|wage|\bsmig\b|remuneration|\bprime\b|\bloyer|\brent\b")
_GROWTH_RE = re.compile(
    r"croissance|hausse|progress\w*|augment\w*|croitre|accroissement|growth|\bgrow\w*|increas\w*|\brise\b|\brose\b"
    r"|up by|\bbond\w*|evolution|expansion"
)
_UP_RE = re.compile(r"\b(?:up|down|en hausse de|en baisse de)\s*(?:by\s*)?$")
_DECLINE_RE = re.compile(r"baisse|recul\w*|diminu\w*|declin\w*|decreas\w*|\bdrop\w*|\bfell\b|chute|contraction")
_SHARE_AFTER_RE = re.compile(r"^\s*(?:des|du|de la|de l'|d'|of)\b")
_SHARE_BEFORE_RE = re.compile(
    r"(?:part|share|represente\w*|represent\w*|soit|account\w* for|constitue\w*)[\w\s']{0,20}$"
)
_SECTOR_SCOPE_AFTER_RE = re.compile(
    r"^\s*(?:\S+\s+){0,2}?(?:que compte|du secteur|of the sector|in the sector|dans le secteur|au niveau national)"
)
_ELLIPSIS_RE = re.compile(r"(?:\bsur|\bparmi|\bout of|\bof)\s+(?:les|un total de|the|a total of)?\s*$")
_BARE_EMPLOYMENT_RE = re.compile(
    r"(?:emploie|emploient|employait|employaient|employs|employ|employed|effectifs?(?: total)?(?: de)?|workforce of"
    r"|headcount of)\s*(?:actuellement|aujourd'hui|currently|now|desormais|today)?\s*(?:plus de|pres de|environ"
    r"|quelque|more than|over|about|around|nearly|some|almost)?\s*$"
)
_GENERIC_SUBJECT_RE = re.compile(
    r"\b(?:un|une|a|an)\s+(?:petit|petite|grand|grande|gros|grosse|small|large|big|typical|typique|moyen)s?\b"
)
_GENERIC_VERB_RE = re.compile(
    r"\b(?:peut|peuvent|a besoin|ont besoin|necessite|doit|doivent|can|needs?|requires?|must|typically|generalement"
    r"|en general|en moyenne|on average)\b"
)

_QUALIFIER_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "more_than",
        re.compile(
            r"(?:plus d[e']|more than|\bover|\babove|in excess of|au-dela d[e']|depassant"
            r"|superieure?s? (?:ou egale?s? )?a"
            r"|pas moins d[e']|no (?:fewer|less) than|au moins|at least|minimum d[e']|upwards of|exceeding|surpassant"
            r"|plus que)\s*$"
        ),
    ),
    (
        "less_than",
        re.compile(
            r"(?:moins d[e']|less than|fewer than|\bunder|\bbelow|jusqu'a|up to|inferieure?s? a|a peine|barely"
            r"|pas plus d[e']|no more than|maximum d[e']|au maximum|not more than)\s*$"
        ),
    ),
    (
        "about",
        re.compile(
            r"(?:pres d[e']|environ|quelque|de l'ordre d[e']|\baround|\babout|nearly|almost|\bsome|approximately"
            r"|roughly"
            r"|autour d[e']|avoisinant|approximativement|quasiment|presque|a peu pres|estimee?s? a|estimated at"
            r"|an estimated|grosso modo)\s*$"
        ),
    ),
)
_PER_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("week", re.compile(r"par semaine|chaque semaine|hebdomadaire\w*|per week|a week|each week|weekly")),
    ("month", re.compile(r"par mois|chaque mois|mensuel\w*|per month|a month|each month|monthly")),
    (
        "year",
        re.compile(
            r"par an\b|par annee|annuel\w*|chaque annee|per year|a year|annually|annual|yearly|each year|/an\b|l'an\b"
        ),
    ),
)
_YEAR_RE = re.compile(r"(?<![\d\-–/.,])(?:19|20)\d{2}(?![\d\-–/]|,\d)")
_YEAR_IGNORED_BEFORE_RE = re.compile(
    r"(?:depuis|since|cree\w*|fonde\w*|founded|created|established|lance\w*|launched|nee?|born|from|des|dès|plan"
    r"|strategie|vision|programme|mondial|coupe)\s*(?:en|in|le|l'annee|the year)?\s*$"
)
_RELATIVE_YEARS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (-1, re.compile(r"l'an (?:dernier|passe)|l'annee (?:derniere|passee)|last year")),
    (0, re.compile(r"cette annee|this year|l'annee en cours|current year")),
    (1, re.compile(r"l'an prochain|l'annee prochaine|next year")),
)
_SOURCE_BEFORE_RE = re.compile(r"(?:selon|d'apres|according to|source|cite par|rapporte par|affirme|indique)\W*\w*\W*$")
# "600 companies, including Teleperformance, Majorel and Intelcia": examples, not the figure's owner.
_EXAMPLE_BEFORE_RE = re.compile(
    r"(?:including|notamment|dont|tels? que|such as|comme|parmi lesquel\w*|among them|like)\b"
)
_SECTOR_BETWEEN_RE = re.compile(r"secteur|sector|industry|industrie|centres d'appels|offshoring")
_ORG_FIGURE_RE = re.compile(r"effectif|membres|members|\bses\b|\bits\b|\bleur\b|\btheir\b")
_ASSOCIATION_REF_RE = re.compile(r"l'association|the association|ses membres|its members|l'amrc")
_SCOPE_KINDS = frozenset(
    {"association", "operator", "regional_council", "zone_developer", "public_agency", "training", "investment_centre"}
)

_BEFORE_WINDOW = 100
_AFTER_WINDOW = 100


@dataclass(frozen=True, slots=True)
class _Candidate:
    number: NumberMention
    sentence: tuple[int, int]
    before: str  # folded text since the previous figure of the sentence, at most _BEFORE_WINDOW characters
    after: str  # folded text until the next figure, at most _AFTER_WINDOW characters
    head: str  # the words right after the figure
    figures: tuple[NumberMention, ...] = ()  # every figure of the sentence, this one included


def extract_metrics(context: ArticleContext) -> list[MetricFound]:
    metrics: list[MetricFound] = []
    seen: set[tuple[str, int, str]] = set()
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
        for index in range(len(inside)):
            candidate = _candidate(context, sentence, inside, index)
            metric = _metric(context, candidate, previous)
            if metric is None:
                continue
            previous = metric
            key = (metric.indicator, round(metric.value), metric.unit)
            if key not in seen:
                seen.add(key)
                metrics.append(metric)
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


def _candidate(
    context: ArticleContext, sentence: tuple[int, int], inside: list[NumberMention], index: int
) -> _Candidate:
    """The figure with the words that belong to it: a window bounded by its neighbour figures (years aside)."""
    number = inside[index]
    previous = [m.end for m in inside[:index] if not m.looks_like_year]
    following = [m.start for m in inside[index + 1 :] if not m.looks_like_year]
    before_start = max(sentence[0], number.start - _BEFORE_WINDOW, previous[-1] if previous else 0)
    after_end = min(sentence[1], number.end + _AFTER_WINDOW, following[0] if following else sentence[1])
    folded = context.folded
    return _Candidate(
        number,
        sentence,
        folded[before_start : number.start],
        folded[number.end : after_end],
        folded[number.end : min(sentence[1], number.end + 60)],
        tuple(inside),
    )


def _metric(context: ArticleContext, candidate: _Candidate, previous: MetricFound | None) -> MetricFound | None:
    classified = _classify(context, candidate, previous)
    if classified is None:
        return None
    indicator, unit, value, confidence = classified
    sentence_start, sentence_end = candidate.sentence
    year, year_source = _year(context, candidate)
    place, region = _place(context, candidate)
    return MetricFound(
        indicator=indicator,
        value=value,
        unit=unit,
        qualifier=_qualifier(context, candidate, year),
        year=year,
        sentence=context.text[sentence_start:sentence_end],
        start=sentence_start,
        end=sentence_end,
        per=_per(candidate),
        place=place,
        region=region,
        scope=_scope(context, candidate),
        year_source=year_source,
        confidence=confidence,
    )


def _classify(
    context: ArticleContext, candidate: _Candidate, previous: MetricFound | None
) -> tuple[str, str, float, float] | None:
    number = candidate.number
    if number.unit in ("MAD", "EUR", "USD"):
        indicator = _money_indicator(context, candidate)
        return (indicator, number.unit, number.value, 0.8) if indicator else None
    if number.unit == "percent":
        indicator = _percent_indicator(context, candidate)
        if indicator is None:
            return None
        value = -number.value if indicator == "growth_rate" and _DECLINE_RE.search(_near(candidate)) else number.value
        return indicator, "percent", value, 0.75
    if number.value < 2 or number.value != int(number.value):
        return None  # no sector counts one person or half a site
    match = _HEAD_RE.match(candidate.head)
    noun = match.group("noun") if match else ""
    found = _count_indicator(context, candidate, noun)
    if found is not None:
        if number.looks_like_year and _YEAR_IGNORED_BEFORE_RE.search(candidate.before + " "):
            return None
        return found[0], found[1], number.value, found[2]
    if number.looks_like_year:
        return None
    if previous is not None and _ELLIPSIS_RE.search(candidate.before) and not noun_starts_word(noun):
        return previous.indicator, previous.unit, number.value, 0.6  # "20000 employés sur les 25000 que compte ..."
    if _BARE_EMPLOYMENT_RE.search(candidate.before) and not noun_starts_word(noun):
        return "employment", "persons", number.value, 0.6
    return None


def noun_starts_word(noun: str) -> bool:
    """Does a real word (not 'que', 'dont', a preposition) follow the figure?"""
    first = noun.split(" ", 1)[0] if noun else ""
    return bool(first) and first not in {
        "que",
        "qui",
        "dont",
        "en",
        "au",
        "aux",
        "a",
        "dans",
        "sur",
        "pour",
        "et",
        "that",
        "in",
        "of",
        "and",
        "for",
        "at",
        "to",
        "le",
        "la",
        "les",
        "l",
    }


def _near(candidate: _Candidate) -> str:
    return candidate.before[-60:] + " " + candidate.after[:40]


def _count_indicator(context: ArticleContext, candidate: _Candidate, noun: str) -> tuple[str, str, float] | None:
    if not noun:
        return None
    near = candidate.before + " " + candidate.after
    sentence = context.folded[candidate.sentence[0] : candidate.sentence[1]]
    english = context.language == "en"
    if _STUDENT_NOUN_RE.match(re.sub(r"^(?:jeunes|young) ", "", noun)):  # "jeunes diplômés" are graduates
        return "students", "persons", 0.85
    if _TRAINEE_NOUN_RE.match(noun):
        return "trainees", "persons", 0.8
    if _SEAT_NOUN_RE.match(noun) and not (english and noun.startswith("positions")):
        return "positions", "seats", 0.85
    if _POSTE_NOUN_RE.match(noun) and not _JOB_NOUN_RE.match(noun):
        if _HIRING_RE.search(near):
            return "hiring_need", "persons", 0.8
        if _is_target(candidate) or _CREATION_RE.search(near):
            return _jobs(near, candidate), "persons", 0.7
        return "positions", "seats", 0.6
    if _SITE_NOUN_RE.match(noun):
        return "sites", "sites", 0.75
    if _COMPANY_NOUN_RE.match(noun):
        return "companies", "companies", 0.7
    is_job = bool(_JOB_NOUN_RE.match(noun) or (english and noun.startswith("positions")))
    is_employee = bool(_EMPLOYEE_NOUN_RE.match(noun))
    if not (is_job or is_employee or _PERSON_NOUN_RE.match(noun)):
        return None
    if not (is_job or is_employee) and _TRAINING_RE.search(near):
        return "trainees", "persons", 0.7
    if _is_target(candidate):
        return "jobs_target", "persons", 0.8
    if _HIRING_RE.search(near):
        return "hiring_need", "persons", 0.8
    if _CREATION_RE.search(near):
        return _jobs(near, candidate), "persons", 0.75
    if is_job or is_employee or _EMPLOYMENT_RE.search(sentence):
        return "employment", "persons", 0.85 if _EMPLOYMENT_RE.search(sentence) else 0.65
    return None


def _is_target(candidate: _Candidate) -> bool:
    return bool(_TARGET_RE.search(candidate.before + " " + candidate.after) or _POTENTIAL_RE.search(candidate.before))


def _jobs(near: str, candidate: _Candidate) -> str:
    """Jobs already created are employment; jobs to create are a target."""
    return "employment" if _PAST_CREATION_RE.search(near) and not _is_target(candidate) else "jobs_target"


def _money_indicator(context: ArticleContext, candidate: _Candidate) -> str | None:
    sentence_start, sentence_end = candidate.sentence
    sentence = context.folded[sentence_start:sentence_end]
    if _SALARY_RE.search(_near(candidate)):
        return None
    position = candidate.number.start - sentence_start
    revenue = _distance(_REVENUE_RE, sentence, position)
    investment = _distance(_INVESTMENT_RE, sentence, position)
    if revenue is None and investment is None:
        return None
    if investment is None or (revenue is not None and revenue <= investment):
        return "revenue"
    return "investment"


def _distance(pattern: re.Pattern[str], sentence: str, position: int) -> int | None:
    distances = [min(abs(m.start() - position), abs(m.end() - position)) for m in pattern.finditer(sentence)]
    return min(distances) if distances else None


def _percent_indicator(context: ArticleContext, candidate: _Candidate) -> str | None:
    if (
        _GROWTH_RE.search(candidate.before[-60:])
        or _GROWTH_RE.search(candidate.after[:30])
        or _UP_RE.search(candidate.before)
    ):
        return "growth_rate"
    if _DECLINE_RE.search(candidate.before[-40:]) or _DECLINE_RE.search(candidate.after[:30]):
        return "growth_rate"
    if _SHARE_AFTER_RE.match(candidate.after) or _SHARE_BEFORE_RE.search(candidate.before):
        return "share"
    return None


def _qualifier(context: ArticleContext, candidate: _Candidate, year: int | None) -> str:
    if _is_target(candidate):
        return "target"
    before = candidate.before.rstrip()
    for qualifier, pattern in _QUALIFIER_RES:
        if pattern.search(before):
            return qualifier
    if _FORECAST_RE.search(candidate.before + " " + candidate.after[:40]):
        return "forecast"
    if candidate.number.approximate:
        return "about"
    published = context.publication_date
    if published is not None and year is not None and year > published.year:
        return "forecast"
    return "exact"


def _per(candidate: _Candidate) -> str | None:
    window = candidate.after + " " + candidate.before[-25:]
    for per, pattern in _PER_RES:
        if pattern.search(window):
            return per
    return None


def _year(context: ArticleContext, candidate: _Candidate) -> tuple[int | None, str]:
    """The year the sentence gives the figure, else the publication year.

    A year belongs to the figure nearest to it ("7 MMDH en 2015 et 10 MMDH en 2018"), a year after a figure
    being nearer than one before it; a year opening the sentence ("En 2019, ...") belongs to every figure, and a
    figure without a year of its own shares the one of the figure before it ("14 billion in 2019, up 8%").
    """
    sentence_start, sentence_end = candidate.sentence
    sentence = context.folded[sentence_start:sentence_end]
    figures = [n for n in candidate.figures if not n.looks_like_year]
    owned: dict[int, list[tuple[float, int]]] = {}
    for match in _YEAR_RE.finditer(sentence):
        start, end = sentence_start + match.start(), sentence_start + match.end()
        if (
            not figures
            or any(n.start <= start < n.end for n in figures)
            or _YEAR_IGNORED_BEFORE_RE.search(sentence[max(0, match.start() - 30) : match.start()])
        ):
            continue
        owners = figures if end <= figures[0].start else [min(figures, key=lambda n: _year_distance(n, start, end))]
        for owner in owners:
            owned.setdefault(id(owner), []).append((_year_distance(owner, start, end), int(match.group())))
    published = context.publication_date
    if published is not None:
        for offset, pattern in _RELATIVE_YEARS:
            owned.setdefault(id(candidate.number), []).extend(
                (abs(sentence_start + m.start() - candidate.number.start), published.year + offset)
                for m in pattern.finditer(sentence)
            )
    position = next((i for i, n in enumerate(figures) if n is candidate.number), len(figures))
    for figure in [candidate.number, *reversed(figures[:position])]:
        if owned.get(id(figure)):
            return min(owned[id(figure)])[1], "sentence"
    if published is not None:
        return published.year, "publication"
    return None, "none"


def _year_distance(figure: NumberMention, start: int, end: int) -> float:
    return start - figure.end if start >= figure.end else 2.0 * (figure.start - end) + 1


def _place(context: ArticleContext, candidate: _Candidate) -> tuple[str | None, str | None]:
    sentence_start, sentence_end = candidate.sentence
    position = candidate.number.start
    inside = [p for p in context.places if sentence_start <= p.start < sentence_end]
    if inside:
        nearest = min(inside, key=lambda p: abs(p.start - position))
        if nearest.place.kind == "country":
            return None, None
        return nearest.place.name, nearest.place.region
    sentence = context.folded[sentence_start:sentence_end]
    if context.main_region and REGIONAL_REFERENCE_RE.search(sentence) and not NATIONAL_REFERENCE_RE.search(sentence):
        return context.main_region, context.main_region
    return None, None


def _scope(context: ArticleContext, candidate: _Candidate) -> str:
    if candidate.number.unit != "percent" and _SECTOR_SCOPE_AFTER_RE.match(candidate.head):
        return "sector"
    sentence_start, sentence_end = candidate.sentence
    folded = context.folded
    position = candidate.number.start
    best: tuple[int, str] | None = None
    for mention in context.organisations:
        if not sentence_start <= mention.start < sentence_end or mention.ref.kind not in _SCOPE_KINDS:
            continue
        if _SOURCE_BEFORE_RE.search(folded[max(sentence_start, mention.start - 25) : mention.start]):
            continue
        if _EXAMPLE_BEFORE_RE.search(folded[max(sentence_start, mention.start - 50) : mention.start]):
            continue
        if mention.end <= position:
            if _SECTOR_BETWEEN_RE.search(folded[mention.end : position]):
                continue
        elif not _ORG_FIGURE_RE.search(candidate.before):
            continue
        distance = abs(mention.start - position)
        if best is None or distance < best[0]:
            best = (distance, mention.ref.name)
    if best is not None:
        return best[1]
    if context.lead_association and _ASSOCIATION_REF_RE.search(folded[sentence_start:position]):
        return context.lead_association
    return "sector"
