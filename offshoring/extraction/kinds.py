"""Passes over an already-read amount: its precision (exact, more than, less than, about), its kind (actual,
target, forecast) and its period."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .figures import COMPARISON_BEFORE_RE, ArticleContext, Candidate
from .result import MetricFound

# Horizons and objectives make a target on either side of the figure ("1.000 emplois d'ici 2022")...
_TARGET_RE = lexicon.pattern("kind.horizon", "kind.target_noun", "kind.target_in_clause")


# After the figure, horizons count up to the next figure, aims only within its clause: in "premier employeur du
# secteur avec 10.000 salariés au Maroc, s'engage à créer 5.000 postes" the 10.000 are no target.
_HORIZON_RE = lexicon.pattern("kind.horizon")


_CLAUSE_END_RE = re.compile(r"[,;:(]")


# ... verbs of intent only before it: in "D'une capacité de 450 positions, la plateforme doit permettre la création
# de 1.000 emplois", the "doit" governs the jobs, not the seats.
_TARGET_VERB_RE = lexicon.pattern("kind.intent_verb")


# "un potentiel de création estimé à 3.500 emplois" is a target;
# "un énorme potentiel ... avec 115.000 étudiants" is not.
_POTENTIAL_RE = re.compile(r"(?:potentiel|potential)[\w\s']{0,35}$")


FORECAST_RE = lexicon.pattern("kind.forecast")


# "800 jobs expected", "2.000 emplois attendus d'ici 2020": jobs still to come.
_TARGET_AFTER_RE = lexicon.pattern("kind.target_after", before=r"^\W*(?:\w+\s+){0,4}?", after=r"\b")
# "Une première tranche de 150 postes ... sera opérationnelle dès mai 2004": capacity still to come
_FUTURE_AFTER_RE = lexicon.pattern("kind.future_after", before=r"\b")

# How precise: the approximators of the lexicon, right before the figure
_QUALIFIER_RES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (qualifier, lexicon.pattern(f"approx.{qualifier}", after=r"\s*$"))
    for qualifier in ("more_than", "less_than", "about")
)
_PER_RES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (period, lexicon.pattern(f"period.{period}")) for period in ("per_week", "per_month", "per_year")
)
# a part of the year: "au premier semestre", "S1", "first half", "au troisième trimestre", "en mars" alone
_PART_RES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (period, lexicon.pattern(f"period.{period}", before=r"\b")) for period in ("half", "quarter", "month")
)


_FUTURE_BEFORE_RE = lexicon.pattern("kind.future_verb", before=r"\b", after=r"\b")


# "porter les exportations à 40 MMDH et les effectifs à 270.000", "targets 270,000 jobs and MAD 40 billion"
_COORDINATION_RE = re.compile(r"^[^.;:\d]{0,30}?\b(?:et|and|ainsi que|as well as)\b[^.;:\d]{0,30}$")


@lru_cache(maxsize=64)  # asked by several rules and passes about the same figure
def is_target(candidate: Candidate) -> bool:
    if COMPARISON_BEFORE_RE.search(candidate.before):
        return False  # "up from 130,000 today" is where the target starts from
    if _AT_RISK_RE.search(candidate.before[-30:] + " " + candidate.after[:40]):
        return False  # "5000 emplois en danger", "jobs at risk": jobs there today
    if _HEADCOUNT_EXPECTED_RE.search(candidate.before):
        return False  # "cet effectif devrait atteindre 33 000", "leur nombre devrait atteindre 8 000": a forecast
    counted = candidate.number.unit not in _RATES_AND_AMOUNTS
    after = _horizon_clause(candidate)
    return bool(
        candidate.sentence_target
        or (counted and _EXPECTATION_RE.search(candidate.before))
        or (counted and _ANNOUNCE_RE.search(candidate.before[-40:]))
        or _TARGET_RE.search(candidate.before)
        or _HORIZON_RE.search(after)
        or _TARGET_RE.search(_CLAUSE_END_RE.split(after, 1)[0])
        or _SPAN_TO_COME_RE.search(_CLAUSE_END_RE.split(after, 1)[0])
        or _TARGET_VERB_RE.search(candidate.before)
        or _POTENTIAL_RE.search(candidate.before)
        or _TARGET_AFTER_RE.match(candidate.after)
        or _FUTURE_BEFORE_RE.search(candidate.before[-50:])
        or _FUTURE_AFTER_RE.search(_CLAUSE_END_RE.split(candidate.after, 1)[0])
    )


def figure_kind(context: ArticleContext, candidate: Candidate, year: int | None, previous: MetricFound | None) -> str:
    """Actual, target or forecast."""
    if is_target(candidate):
        return "target"
    if previous is not None and previous.kind == "target" and _COORDINATION_RE.match(candidate.before):
        return "target"  # "porter les exportations à 40 MMDH et les effectifs à 270.000 personnes"
    if previous is not None and previous.kind == "target" and _FUNDING_BEFORE_RE.search(candidate.before):
        return "target"  # "devraient créer 600 emplois, pour un investissement estimé à 45 MDH"
    if previous is not None and previous.kind == "target" and _PART_BEFORE_RE.match(candidate.before):
        return "target"  # "vise la création de 150 000 emplois en 2023, dont 50 000 emplois d'insertion"
    if _ALREADY_BEFORE_RE.search(candidate.before[-40:]) or _DONE_BEFORE_RE.search(candidate.before[-40:]):
        return "actual"  # "Il emploie déjà 350 téléconseillers et devrait en compter 800": the 350 are there
    if _EXPECTATION_RE.search(candidate.before):
        return "forecast"  # "les professionnels tablent sur une croissance de 21 %"
    clause_after = _CLAUSE_END_RE.split(candidate.after, 1)[0]
    if FORECAST_RE.search(candidate.before + " " + clause_after[:40]):
        if FORECAST_RE.search(candidate.before) and _later_horizon(context, candidate):
            return "target"  # "Elle devrait générer 15.000 emplois ... à l'horizon 2017": a goal with its horizon
        return "forecast"
    published = context.publication_date
    if not candidate.number.approximate and published is not None and year is not None and year > published.year:
        return "forecast"
    return "actual"


def _later_horizon(context: ArticleContext, candidate: Candidate) -> bool:
    """A horizon later in the figure's clause, past other figures ("15.000 emplois et 4 MMDH à l'horizon 2017")."""
    rest = context.folded[candidate.number.end : candidate.sentence[1]]
    return bool(_HORIZON_RE.search(_CLAUSE_STOP_RE.split(rest, 1)[0]))


_CLAUSE_STOP_RE = re.compile(r"[;:]|\bcontre\b|\bup from\b|\bcompared\b|\balors que\b|\btandis\b|\bwhile\b|\bdont\b")
# a quotation ends a clause too: '"Nous allons ouvrir un site au premier semestre", confie-t-il, qui vise 4.000'
_PERIOD_CLAUSE_RE = re.compile(r"[;:\"«»“”]|\bcontre\b|\bup from\b|\bcompared\b|\balors que\b|\btandis\b|\bwhile\b")
_ALREADY_BEFORE_RE = re.compile(
    r"\b(?:deja|already|dans un premier temps|initially|at first|pour l'instant|so far)\b[^.;,]{0,25}$"
)
_RATES_AND_AMOUNTS = ("percent", "MAD", "EUR", "USD")
_ANNOUNCE_RE = lexicon.pattern("kind.announce")
_AT_RISK_RE = re.compile(r"\b(?:en danger|en jeu|menace\w*|en peril|at risk|at stake|threatened|under threat)\b")
_HEADCOUNT_EXPECTED_RE = re.compile(
    r"\b(?:cet effectif|ces effectifs|leur nombre|son effectif|leurs effectifs|their number|its headcount"
    r"|this workforce)\b[^.;]{0,20}\b(?:devrai\w*|should|is expected to|are expected to)\b[^.;]{0,20}$"
)
# after the figure, a horizon counts within its clause: not past a new subject ("Alors que le Maroc plafonne autour de
# 65.000 emplois, la Grande Île pourrait ... atteindre à terme 70.000") nor when the figure is told as of today
_NEW_CLAUSE_RE = re.compile(
    r"[;:]|,\s+(?:la|le|les|l'|il|elle|ils|elles|alors|tandis|mais|while|whereas|but|the|it|they)\b"
    r"|\bet (?:en |y )?(?:prevoi\w*|compte\w*|vise\w*|veut|espere\w*)\b"
)
_NEXT_FIGURE_HORIZON_RE = lexicon.pattern("kind.horizon", after=r"\s*$")
_NOW_RE = re.compile(r"\b(?:aujourd'hui|actuellement|a ce jour|desormais|today|currently|now|so far|deja|already)\b")


def _horizon_clause(candidate: Candidate) -> str:
    """The words after the figure where a horizon still dates it (not one that opens the next figure: in "un site de
    500 positions qui accueillera à terme 1.000 collaborateurs", "à terme" is the 1.000's)."""
    if (
        _NOW_RE.search(candidate.before[-25:])
        or _NOW_RE.search(candidate.after[:30])
        or _NOW_RE.search(_NEW_CLAUSE_RE.split(candidate.after[:40], 1)[0])
    ):
        return ""
    after = _NEW_CLAUSE_RE.split(candidate.after, 1)[0]
    end = candidate.number.end + len(candidate.after)
    if any(n.start == end and not n.looks_like_year for n in candidate.figures):
        after = _NEXT_FIGURE_HORIZON_RE.sub("", after)
    return after


_SPAN_TO_COME_RE = lexicon.pattern("kind.horizon_after")
_EXPECTATION_RE = lexicon.pattern("kind.expectation")
# "ont créé plus de 10 000 emplois", "avait réalisé 13 milliards": done, whatever is expected elsewhere
_DONE_BEFORE_RE = re.compile(
    r"\b(?:a|ont|avait|avaient|have|has|had) (?:deja |already |encore |ainsi )?(?:cree|genere|recrute|forme|realise"
    r"|embauche|created|generated|hired|trained|recruited|achieved)\s+(?:(?:plus de|pres de|environ|quelque|more than"
    r"|over|about|around|some|nearly)\s+)?$"
)
# "dont 50 000 emplois d'insertion": a part of the figure before
_PART_BEFORE_RE = re.compile(
    r"^[^.;:]{0,40}?\b(?:dont|of which|including)\s+(?:(?:plus de|pres de|environ|quelque|more than|over|about"
    r"|around)\s+)?$"
)
_FUNDING_BEFORE_RE = re.compile(
    r"\b(?:pour|moyennant|avec|for|with) (?:un|une|an?) (?:investissement|enveloppe|budget|investment)\b[^.;]{0,20}$"
)


def figure_precision(candidate: Candidate) -> str:
    """Exact, more than, less than or about: how precise the figure is, whatever its kind."""
    before = candidate.before.rstrip()
    for qualifier, pattern in _QUALIFIER_RES:
        if pattern.search(before):
            return qualifier
    return "about" if candidate.number.approximate else "exact"


def figure_period(context: ArticleContext, candidate: Candidate) -> str:
    """A flow (per week, month, year), else the part of the year the figure covers, else the year."""
    # the flow words of the figure's own clause: in "qui fait travailler 130.000 personnes, génère chaque année
    # 10.000 emplois", the year's flow is the second figure's
    window = _CLAUSE_END_RE.split(candidate.after, 1)[0] + " " + candidate.before[-25:]
    for period, pattern in _PER_RES:
        if pattern.search(window):
            return period
    before = _PERIOD_CLAUSE_RE.split(context.folded[candidate.sentence[0] : candidate.number.start])[-1]
    clause = before + " " + _PERIOD_CLAUSE_RE.split(candidate.after[:50], 1)[0]
    for period, pattern in _PART_RES:
        if pattern.search(clause) and (period != "month" or candidate.number.unit in _RATES_AND_AMOUNTS):
            return period  # a month names a flow's span ("-20 % en mars"), a count's date only ("en mars dernier")
    return "year"
