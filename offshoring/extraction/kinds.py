"""Passes over an already-read amount: its precision (exact, more than, less than, about), its kind (actual,
target, forecast) and its period."""

from __future__ import annotations

import re

from .figures import COMPARISON_BEFORE_RE, ArticleContext, Candidate
from .result import MetricFound

# Horizons and objectives make a target on either side of the figure ("1.000 emplois d'ici 2022")...
_TARGET_RE = re.compile(
    r"d'ici|a l'horizon|\bhorizon\b|objectifs?|a terme|targets?\b|goal|\bby (?:19|20)\d\d|a creer"
    r"|programme de creation|ambition"
)


# After the figure, horizons count up to the next figure, aims only within its clause: in "premier employeur du
# secteur avec 10.000 salariés au Maroc, s'engage à créer 5.000 postes" the 10.000 are no target.
_HORIZON_RE = re.compile(r"d'ici|a l'horizon|\bhorizon\b|a terme|\bby (?:19|20)\d\d")


_CLAUSE_END_RE = re.compile(r"[,;:(]")


# ... verbs of intent only before it: in "D'une capacité de 450 positions, la plateforme doit permettre la création
# de 1.000 emplois", the "doit" governs the jobs, not the seats.
_TARGET_VERB_RE = re.compile(
    r"\bvise\b|viser|visant|visons|visent|visait|visaient|ambitionne|prevoit|prevoient|\bprevue?s?\b|comptent"
    r"|compte creer|plans? to|planning to"
    r"|aims? to|aiming|will create|envisage|projette|promet|\bdoit\b|\bdoivent\b|\bdevons\b|\bmust\b"
    r"|\bneeds? to\b|il faut|wants? to|\bveut\b|souhaite|\btable sur\b|\bdevra\b|\bdevront\b"
    r"|devrai(?:t|ent) (?:en )?(?:atteindre|compter|abriter|employer)|should (?:reach|employ)|plans? to reach"
)


# "un potentiel de création estimé à 3.500 emplois" is a target;
# "un énorme potentiel ... avec 115.000 étudiants" is not.
_POTENTIAL_RE = re.compile(r"(?:potentiel|potential)[\w\s']{0,35}$")


FORECAST_RE = re.compile(
    r"previsions?|devrait|devraient|attendu|expected|forecasts?|projected|projections?|anticip\w+|tendances?"
    r"|should reach|estimations?|table sur|s'attend|pourrai(?:t|ent)\b|\bcould\b"
)


# "800 jobs expected", "2.000 emplois attendus d'ici 2020": jobs still to come.
_TARGET_AFTER_RE = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:attendus|expected|prevus|planned|vises|envisages)\b")


_QUALIFIER_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "more_than",
        re.compile(
            r"(?:plus d[e']|more than|\bover|\babove|in excess of|au-dela d[e']|depassant"
            r"|superieure?s? (?:ou egale?s? )?a"
            r"|pas moins d[e']|no (?:fewer|less) than|au moins|at least|minimum d[e']|upwards of|exceeding|surpassant"
            r"|plus que|depasse\w*(?: desormais| deja| aujourd'hui)?|surpasse\w*|exceeds?|exceeded|topped|tops"
            r"|(?:franchi|passe|depasse|atteint|crossed|passed|topped|broke|surpassed)"
            r" (?:desormais |deja |aujourd'hui )?"
            r"(?:la barre|le cap|le seuil|the)(?: symbolique)? ?(?:des|de|du|d')?)\s*$"
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
            r"|frole\w*(?: deja| desormais)?(?: les| la barre des| le cap des)?|avoisine\w*(?: les)?|close to"
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


_FUTURE_BEFORE_RE = re.compile(
    r"\b(?:formera|formeront|recrutera|recruteront|creera|creeront|emploiera|emploieront|generera|genereront"
    r"|will (?:create|hire|train|employ|recruit|add|generate|open)"
    r"|(?:vont|va) (?:s'|se )?(?:creer|s'installer|installer|ouvrir|generer|recruter|employer|permettre|apporter"
    r"|ajouter|implanter))\b"
)


_COORDINATION_RE = re.compile(r"^\W*(?:et|and|ainsi que|as well as)\b")


def is_target(candidate: Candidate) -> bool:
    if COMPARISON_BEFORE_RE.search(candidate.before):
        return False  # "up from 130,000 today" is where the target starts from
    return bool(
        candidate.sentence_target
        or _TARGET_RE.search(candidate.before)
        or _HORIZON_RE.search(candidate.after)
        or _TARGET_RE.search(_CLAUSE_END_RE.split(candidate.after, 1)[0])
        or _TARGET_VERB_RE.search(candidate.before)
        or _POTENTIAL_RE.search(candidate.before)
        or _TARGET_AFTER_RE.match(candidate.after)
        or _FUTURE_BEFORE_RE.search(candidate.before[-50:])
    )


def figure_kind(context: ArticleContext, candidate: Candidate, year: int | None, previous: MetricFound | None) -> str:
    """Actual, target or forecast."""
    if is_target(candidate):
        return "target"
    if previous is not None and previous.kind == "target" and _COORDINATION_RE.match(candidate.before):
        return "target"  # "porter les exportations à 40 MMDH et les effectifs à 270.000 personnes"
    before = candidate.before.rstrip()
    if any(pattern.search(before) for _qualifier, pattern in _QUALIFIER_RES):
        return "actual"
    if FORECAST_RE.search(candidate.before + " " + candidate.after[:40]):
        return "forecast"
    published = context.publication_date
    if not candidate.number.approximate and published is not None and year is not None and year > published.year:
        return "forecast"
    return "actual"


def figure_precision(candidate: Candidate) -> str:
    """Exact, more than, less than or about: how precise the figure is, whatever its kind."""
    before = candidate.before.rstrip()
    for qualifier, pattern in _QUALIFIER_RES:
        if pattern.search(before):
            return qualifier
    return "about" if candidate.number.approximate else "exact"


_PERIODS = {"week": "per_week", "month": "per_month", "year": "per_year"}


def figure_period(candidate: Candidate) -> str:
    window = candidate.after + " " + candidate.before[-25:]
    for per, pattern in _PER_RES:
        if pattern.search(window):
            return _PERIODS[per]
    return "year"
