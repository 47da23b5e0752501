"""Which indicator a figure is: the ordered table of named rules (see RULES at the end)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from . import lexicon
from .figures import (
    COMPARISON_BEFORE_RE,
    EVOLUTION_FROM_RE,
    EVOLUTION_TO_RE,
    YEAR_IGNORED_BEFORE_RE,
    ArticleContext,
    Candidate,
    is_conversion,
    make_candidate,
    near,
)
from .kinds import is_target
from .numbers import NumberMention
from .result import MetricFound

_ADJECTIVES = lexicon.words("noun.adjectives")


_HEAD_RE = re.compile(
    r"^[\s,]*(?:-|(?:(?:de|des|of|en)\s+(?:(?:ses|leurs|nos|its|their|our)\s+)?|d')"
    r"|le nombre (?:de|d')\s*(?:ses|des|leurs)?\s*|the number of\s+"
    r"(?:its\s+|their\s+)?)?(?:"
    + _ADJECTIVES
    + r"(?:\s+(?:and|et))?\s+){0,4}(?P<noun>[a-z][a-z'\-]*(?:\s+[a-z'\-]+){0,3})"
)


_SEAT_NOUN_RE = lexicon.pattern("noun.seats", before="^")


_POSTE_NOUN_RE = re.compile(r"^postes?\b")


_JOB_NOUN_RE = lexicon.pattern("noun.jobs", before="^")


_EMPLOYEE_NOUN_RE = lexicon.pattern("noun.employees", before="^")


_PERSON_NOUN_RE = lexicon.pattern("noun.people", before="^", after=r"\b")


_STUDENT_NOUN_RE = lexicon.pattern("noun.students", before="^", after=r"\b")


_TRAINEE_NOUN_RE = lexicon.pattern("noun.trainees", before="^", after=r"\b")


_SITE_NOUN_RE = lexicon.pattern("noun.sites", before="^", after=r"\b")


_COMPANY_NOUN_RE = lexicon.pattern("noun.companies", before="^", after=r"\b")


_HIRING_RE = re.compile(
    r"recrut\w*|embauch\w*|\bhire\b|hiring|recruit\w*|besoins? (?:en|de) (?:ressources humaines|recrutement|personnel"
    r"|main.d.oeuvre|profils|competences)|postes a pourvoir|openings|vacancies|staffing needs"
)


_CREATION_RE = re.compile(
    r"\bcre(?:er|ation|ent|era|eront|e|es|ee|ees)\b|create|creating|creation|generer|generera|generate|generating"
)


# "1.000 emplois seront créés", "jobs created": creation told after the figure. "which employs some 120,000 people,
# generated 14 billion dirhams" is no creation of jobs: after the figure only a participle counts.
_CREATED_AFTER_RE = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:(?:seront|ont ete|sont|will be|have been|were|to be)\s+)?"
    r"(?:crees|creees|created|generes)\b"
)


# "prévoit de recruter 1.500 personnes", "plans to hire 2,000 new employees": a hiring plan, not a jobs target.
_HIRING_BEFORE_RE = re.compile(
    r"(?:recrut\w*|embauch\w*|\bhire\b|\bhiring\b|recruit\w*|onboard\w*|a besoin d[e']|ont besoin d[e']|\bneeds?"
    r"|besoins? (?:en|de|d'))\s+"
    # "doit recruter chaque année, selon ses propres estimations, 5 000 personnes", "recruter à terme 300"
    r"(?:(?:a terme|chaque annee|par an|each year|every year|annually)\s*)?(?:,[^,.;]{0,50},\s*)?"
    r"(?:(?:de|d'|of|about|around|some|up to|plus de|pres de|quelque|environ|more than"
    r"|over|nearly|jusqu'a|roughly|approximately|almost|at least|au moins|pas moins de)\s+)*$"
)


_HIRING_NOUN_RE = lexicon.pattern("noun.hires", before="^", after=r"\b")


# "les effectifs du secteur à 270.000", "the number of jobs in the sector to 270,000": a headcount without its noun.
_HEADCOUNT_TO_RE = re.compile(
    r"(?:effectifs?|emplois|nombre d'emplois|jobs|number of jobs|workforce|headcount|employment)\b[^.;:]{0,40}?"
    r"\b(?:a|to|stood at|stands at|reached|reaches|totalled|totaled|amounted to|atteint|atteignent|atteignaient"
    r"|s'eleve(?:nt)? a|s'etabli(?:ssen)?t a|culmine a|est de|sont de|etait de|etaient de|frole(?:nt)?|depasse(?:nt)?"
    r"|avoisine(?:nt)?)\s+(?:(?:plus de|pres de|environ|quelque|more than|over|about|around|some|nearly|roughly"
    r"|approximately|les|the)\s+)?$"
)


# "Les effectifs du secteur sont passés de 58.000 en 2013 à 75.000": the earlier value, told before the later one.
_HEADCOUNT_FROM_RE = re.compile(
    r"(?:effectifs?|emplois|nombre d'emplois|jobs|number of jobs|workforce|headcount|employment)\b[^.;:]{0,40}?"
    r"\b(?:passes?|passee?s|passait|passaient|evolue|grimpe|rose|grew|increased|climbed|jumped|went up)\s+(?:de|from)"
    r"\s+(?:(?:plus de|pres de|environ|quelque|more than|over|about|around|some|nearly)\s+)?$"
)


# "Le nombre d'opérateurs ... a doublé depuis 2010 pour atteindre 150": a count whose noun is told before it.
_NUMBER_OF_RE = re.compile(
    r"(?:le nombre|the number) (?:de|d'|of)\s*(?:ses |des |leurs |its |their )?(?P<noun>[a-z][a-z'\-]*)"
    r"(?:[^.;:]|[.,]\d){0,90}?"
    r"\b(?:a|to|atteindre|atteint|reach|reached|reaches|stood at|stands at|est de|s'eleve a|s'etablit a)\s+"
    r"(?:(?:plus de|pres de|environ|quelque|more than|over|about|around|some|nearly)\s+)?$"
)


# A fact box: "Effectifs : 1.200", "Employees: 3,500", "Sites in Morocco: 9".
_LABEL_RE = re.compile(
    r"(?:^|[\n.;|•])\s*(?P<label>effectifs?|employes|employees|salaries|collaborateurs|staff|headcount|workforce"
    r"|sites?|implantations|centres|centers|positions|seats|postes de travail|workstations|entreprises|companies"
    r"|operateurs|operators)\b[^:\n\d]{0,25}:\s*(?:(?:plus de|pres de|environ|more than|over|about|around)\s+)?$"
)


# "its headcount had passed the 3,000 mark", "a franchi le cap des 100.000": a threshold crossed.
_MARK_AFTER_RE = re.compile(r"^\s*(?:-|\s)?(?:mark|milestone|threshold|level)\b")


# Figures of other sectors and of the macro-economy, quoted in passing: "les recettes voyages ont chuté de 45,2% à
# 21,6 MMDH", "Morocco's unemployment rate rose to 11.8%".
_OTHER_SECTOR_RE = re.compile(
    r"\b(?:recettes voyages|voyages|touris\w*|transferts des mre|\bmre\b|remittances|phosphates?|\bocp\b"
    r"|automobile|automotive|aeronauti\w*|aerospace|textile|agrumes|citrus|agricult\w*|agricole|peche|fisheries"
    r"|\bbtp\b|ciment|cement|immobilier|real estate|bourse|\bmasi\b|excedent|surplus|solde"
    r"|voitures|vehicules|\bcars\b|banque|bancaire|\bbanks?\b|\bbanking\b|grande distribution|\bretail\b)\b"
)


# The macro-economy's rates are never the sector's, whatever the sentence is about.
_MACRO_RE = re.compile(
    r"\b(?:inflation|chomage|unemployment|jobless|taux directeur|key rate|interest rate|\bpib\b|\bgdp\b|deficit"
    r"|dette|\bdebt\b|croissance (?:economique|de l'economie|du pays|nationale)|economic growth|growth forecast"
    r"|prevoit une croissance|prevision de croissance)\b"
    # a share price is never the sector's figure
    r"|\b(?:shares (?:fell|rose|gained|lost|dropped|jumped|climbed|closed|were)|stock (?:fell|rose|price)|l'action"
    r"|le titre|cours de bourse)\b"
)


# The world's market is not Morocco's: "Le marché mondial de l'externalisation pèserait 300 milliards de dollars".
# "Seuls deux centres y sont installés": a small count told as such is a statistic.
_ONLY_BEFORE_RE = re.compile(r"\b(?:seul(?:e|s|es)?|only|au total|in total|just)\s*$")


_WORLD_MARKET_RE = re.compile(
    r"\b(?:marche|market) (?:mondial|global)\b|\b(?:world(?:wide)?|global|mondial) (?:[a-z-]+ ){0,3}?market\b"
)


_SECTOR_WORD_RE = lexicon.pattern("sector")


# "Au premier semestre 2020, elles ont atteint 6,9 MMDH": the amount continues the previous sentence's.
_ANAPHORIC_AMOUNT_RE = re.compile(
    r"(?:\b(?:elles|ils|elle|il|they|it|celles-ci|ceux-ci)|^\W*(?:ce|cet|cette|ces|this|these) [a-z]+)\s+(?:\w+\s+)?"
    r"(?:ont|a|have|has|se sont|s'est|se situent|s'etablissent|s'elevent|totalled|totaled|reached|stood|amounted)\b"
)


_PAST_CREATION_RE = re.compile(
    r"\b(?:a|ont|avait|avaient) (?:\w+ )?(?:cree|genere|permis)|\b(?:created|has created|have created)\b"
)


_TRAINING_RE = re.compile(
    r"\bform(?:er|e|es|ees|ent|ons|aient|ation|ations|era|eront)\b|\b(?:re)?train(?:ed|ing|s)?\b|requalifi\w*|reconver\w*"
    r"|upskill\w*|reskill\w*"
)


# Graduates retrained are trainees; a region that "forme 30.000 lauréats" has a pool of graduates.
_RETRAIN_RE = re.compile(
    r"\b(?:re)?train\w*|requalifi\w*|reconver\w*|upskill\w*|reskill\w*|\b(?:a|ont|avait|avaient) (?:\w+ )?forme\b"
)


# "Teleperformance to add 3,000 Moroccan staff": adding people is hiring them.
_ADD_STAFF_BEFORE_RE = re.compile(r"\b(?:add|adds|adding|ajouter|ajoute|ajoutera)\s+(?:\w+\s+){0,2}$")


# "far below the needs of the sector, estimated at 15,000 a year": a recruitment need without its noun.
_NEEDS_BEFORE_RE = re.compile(r"(?:\bbesoins?|\bneeds)\b[^.;]{0,45}$")


_EMPLOYMENT_RE = re.compile(
    r"emplo\w*|effectifs?|workforce|headcount|salaries|travaill\w*|fait vivre|main.d.oeuvre|staff|jobs?\b"
    r"|postes d'emploi"
    # "provides work for 120,000 people", "gave work to 68,000 Moroccans"
    r"|\b(?:gave|gives?|giving|provid\w*|offer\w*|donne\w*|fourni\w*) (?:du )?(?:work|jobs|employment|travail)\b"
)


_REVENUE_RE = re.compile(
    r"chiffres? d'affaires|\bca\b|revenus?|recettes|exportations?|\bexport\w*|turnover|revenues?|\bsales\b|ventes"
    r"|generent|genere|generated|generates|generate|realise|realisent|realized|income|\bpese\w*|\bweigh\w*"
    # what the Office des changes counts is exports; a contribution to the trade balance is net exports
    r"|office des changes|exchange office|(?:trade|commercial) balance|balance commerciale|\bearn(?:s|ed|ing)?\b"
)


_INVESTMENT_RE = re.compile(
    r"invest\w*|\bfonds\b|\bfunds?\b|budget|enveloppe|financement|financing|montant|\bcout\b|\bcost\b|capital\b"
    r"|subvention|injection|mobilis\w*|levee|\braised?\b|set aside|earmark\w*|allocat\w*|allou\w*|\bdote\w*"
    r"|consacr\w*|debloqu\w*|\bcapex\b|\bprojets?\b|\bprojects?\b|\bcontribu(?:ted|tes?|tion|e)\b"
    # what a project needs: "exige 1,4 milliard de dirhams d'aménagement", "nécessitera 1,2 milliard"
    r"|amenagement\w*|\bnecessit\w*|\bexige\w*|\brequier\w*|\brequir\w*|\bcoute\w*|\bcost(?:s|ing)?\b"
)


# a wage or a rent, or any amount told per month ("she earns about $600 a month")
_SALARY_RE = re.compile(
    r"salaire|salary|wage|\bsmig\b|remuneration|\bprime\b|\bloyer|\brent\b|\b(?:a|per|par|each) (?:month|mois)\b"
    r"|\bmensuel\w*|\bmonthly\b"
)


_GROWTH_RE = re.compile(
    r"croissance|hausse|progress\w*|augment\w*|croitre|accroissement|growth|\bgrow\w*|\bgrew\b|increas\w*|\brise\b"
    r"|\brose\b|climb\w*|jump\w*|surg\w*|soar\w*|bondi\w*"
    r"|up by|\bbond\w*|evolution|expansion|grimp\w*|s'envol\w*|\bcro(?:it|issent|issait|itra)\b|\bgagn\w*"
)


_UP_RE = re.compile(r"(?<!made )(?<!make )(?<!makes )\b(?:up|down|en hausse de|en baisse de)\s*(?:by\s*)?$")


_DECLINE_RE = re.compile(r"baisse|recul\w*|diminu\w*|declin\w*|decreas\w*|\bdrop\w*|\bfell\b|chute|contraction")


_SHARE_AFTER_RE = re.compile(r"^\s*(?:des|du|de la|de l'|d'|of|de (?:son|sa|ses|leur|leurs|notre|nos))\b")


# "Les activités IT représentent 25 % des emplois, la relation client (CRM/BPO) 60 % et le KPO 15 %": the list goes on.
_SHARE_LIST_RE = re.compile(r"^[^.;:\d]{0,30}?(?:,|\bet\b|\band\b)\s*(?:les?|la|l'|the)?\s*[^\d,;:.%]{1,50}$")


_SHARE_BEFORE_RE = re.compile(
    r"(?:part|share|represente\w*|represent\w*|soit|account\w* for|constitue\w*|concentre\w*|made up|make up"
    r"|makes up|pese\w*)[\w\s']{0,20}$"
    r"|(?:\bdont|\bincluding|\bof which)\s+(?:(?:plus de|pres de|environ|quelque|more than|over|about|around"
    r"|nearly)\s+)?$"
)


_ELLIPSIS_RE = re.compile(
    r"(?:\bsur|\bparmi|\bout of|\bof|\bdont|\bincluding|\bwhereof)\s+(?:les|un total de|the|a total of)?\s*"
    r"(?:(?:plus de|pres de|environ|quelque|more than|over|about|around|some|nearly)\s+)?$"
)


_BARE_EMPLOYMENT_RE = re.compile(
    r"(?:emploie|emploient|employait|employaient|employs|employ|employed|effectifs?(?: total)?(?: de)?|workforce of"
    r"|headcount of)\s*(?:actuellement|aujourd'hui|currently|now|desormais|today)?\s*(?:plus de|pres de|environ"
    r"|quelque|more than|over|about|around|nearly|some|almost)?\s*$"
)


_MODIFIERS_RE = re.compile(
    r"^\W*(?:(?:it|ict|tech|digital|bpo|ites|outsourcing|offshoring|services?|customer|experience|software|and|&"
    r"|international|foreign|unemployed|chomeurs)\s+){1,5}"
)


# The next item of a list of figures split by place: ", " or " et " after "4.000 à Fès".
_WHICH_BEFORE_RE = re.compile(r"(?:\bof which|\bdont|\bparmi (?:eux|elles|lesquel\w*)|\bamong them)\s+$")


_ENUMERATION_RE = re.compile(
    r"\s*(?:[a-z'-]+\s+){0,2}?(?:(?:a|au|aux|en|in|at|pour|for)\s+[^\d,;.:]{1,40}?)?\s*"
    r"(?:,|\bet\b|\band\b|ainsi que)\s*"
)


# A headcount still to reach, its noun left out: "devrait en compter 800", "we plan to reach 8,000".
_REACH_BEFORE_RE = re.compile(
    r"\b(?:en compter|compter|atteindre|reach|to reach|grow to|rise to|vise|visent|visons|aims? for|targets?)"
    r"\s+(?:(?:plus de|pres de|environ|quelque"
    r"|more than|over|about|around|some|nearly)\s+)?$"
)


# "700 collaborateurs recrutés d'ici fin 2018": people hired, whatever the horizon.
# "a fait suivre des modules en ligne ... à plus de 18 000 collaborateurs", "delivered courses to 2,000 staff"
_COURSES_TO_BEFORE_RE = re.compile(
    r"\b(?:fait suivre|dispense\w*|delivered|provided|offered)\b[^.;]{0,20}?\b(?:modules?|formations?|cours"
    r"|sessions?|trainings?|courses)\b[^.;]{0,70}?\b(?:a|to)\s+"
    r"(?:(?:plus de|pres de|environ|more than|over|about)\s+)?$"
)
_TRAINED_BEFORE_RE = re.compile(
    r"\b(?:a forme|ont forme|avons forme|formera|formeront|trained|will train|to train|train|forme|formes|forment"
    r"|formons|formaient)"
    r"\s+(?:(?:plus de|pres de"
    r"|environ|quelque|more than|over|about|around|some|nearly|roughly)\s+)?$"
)


# "Foundever ouvre 300 postes de conseillers clientèle": jobs on offer, not seats.
_JOB_POSTS_RE = re.compile(
    r"^postes? (?:de |d')(?:tele-?)?(?:conseill\w*|agents?|operat\w*|charge\w*|techniciens|developpeurs|ingenieurs"
    r"|commerciaux|superviseurs|chefs?)"
)


_OPENING_BEFORE_RE = re.compile(
    r"\b(?:ouvre|ouvrent|ouvrir|ouvrira|ouvriront|propose|proposent|offre|offrent|lance|lancent|opens?|opening"
    r"|offers?)\b[^.;]{0,30}$"
)


_HIRED_AFTER_RE = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:recrutes|recrutees|embauches|embauchees|hired|recruited)\b")


def _other_sector_nearer(preceding: str) -> bool:
    """Another sector named nearer the figure than ours: in "Côté offshoring, en revanche, les recettes voyages ont
    chuté de 45,2%" the rate is tourism's."""
    other = [m.end() for m in _OTHER_SECTOR_RE.finditer(preceding)]
    if not other:
        return False
    ours = [m.end() for m in _SECTOR_WORD_RE.finditer(preceding)]
    return not ours or other[-1] > ours[-1]


_LABEL_INDICATORS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"^(?:positions|seats|postes de travail|workstations)"), "positions", "seats"),
    (re.compile(r"^(?:sites?|implantations|centres|centers)"), "sites", "sites"),
    (re.compile(r"^(?:entreprises|companies|operateurs|operators)"), "companies", "companies"),
    (re.compile(r""), "employment", "persons"),
)


def _labelled(candidate: Candidate) -> tuple[str, str] | None:
    """A fact box's figure: 'Effectifs : 1.200', 'Employees: 3,500', 'Sites in Morocco: 9'."""
    match = _LABEL_RE.search(candidate.preceding)
    if match is None:
        return None
    label = match.group("label")
    return next((indicator, unit) for pattern, indicator, unit in _LABEL_INDICATORS if pattern.match(label))


def _evolution_end(context: ArticleContext, candidate: Candidate) -> bool:
    """'passés de 58.000 en 2013 à 75.000': the figure ends an evolution opened by the figure before it."""
    earlier = [n for n in candidate.figures if n.end <= candidate.number.start and not n.looks_like_year]
    if not earlier or not EVOLUTION_TO_RE.match(context.folded[earlier[-1].end : candidate.number.start]):
        return False
    return bool(
        EVOLUTION_FROM_RE.search(context.folded, max(candidate.sentence[0], earlier[-1].start - 8), earlier[-1].start)
    )


_TIME_SPAN_RE = re.compile(
    r"(?:\w+\s+)?(?:years?|ans?|annees?|months?|mois|semaines?|weeks?)\s+(?:earlier|before|ago|plus tot|auparavant"
    r"|avant|plus tard|later)\b"
)


def noun_starts_word(noun: str) -> bool:
    """Does a real word (not 'que', 'dont', a preposition, a span of time) follow the figure?"""
    first = noun.split(" ", 1)[0] if noun else ""
    if _TIME_SPAN_RE.match(noun):
        return False  # "against 5500 six years earlier", "contre 1.200 il y a deux ans"
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
        "today",
        "aujourd'hui",
        "actuellement",
        "currently",
        "now",
        "previously",
        "auparavant",
        "earlier",
        "last",
        "un",
        "il",
        "ago",
        "since",
        "depuis",
        "ici",
        "within",
        "over",
        "by",
        "d'ici",
        "fin",
        "end",
        "from",  # "headcount rose to about 11,000 from 9,500 a year earlier"
        "contre",
        "against",
        "versus",
    }


def _created(candidate: Candidate) -> bool:
    return bool(_CREATION_RE.search(candidate.before[-60:]) or _CREATED_AFTER_RE.match(candidate.after))


def _jobs(near: str, candidate: Candidate) -> str:
    """Jobs already created, or created year after year, are employment; jobs to create are a target; jobs created
    week after week ("250 postes créés chaque semaine") are the openings the sector fills, a hiring need."""
    if _WEEKLY_NEAR_RE.search(near) and not is_target(candidate):
        return "hiring_need"
    past = (
        _PAST_CREATION_RE.search(near)
        or _CREATED_PAST_AFTER_RE.match(candidate.after)
        or (_PRESENT_CREATION_RE.search(candidate.before[-40:]) and _FLOW_NEAR_RE.search(near))
    )
    return "employment" if past and not is_target(candidate) else "jobs_target"


# "the sector creates some 10,000 jobs a year", "génère chaque année 10.000 emplois": a yearly flow, not a plan
_WORK_BEFORE_RE = lexicon.pattern("verb.work", before=r"\b", after=r"\s+(?:[\w']+\s+)?$")
# "un centre d'appels de 450 personnes", "une équipe de 50 personnes", "a team of 300 people": a unit's staff
_STAFF_OF_BEFORE_RE = re.compile(
    r"\b(?:centre|site|plateau|plateforme|entreprise|societe|equipe|structure|filiale|team|company|firm|centre"
    r"|center|unit)s?\b(?: d'appels?| de contacts?| [a-z]+){0,2} (?:de|of)\s+(?:(?:plus de|pres de|environ|quelque"
    r"|more than|over|about|around|some|nearly)\s+)?$"
)
_JOBS_AROUND_RE = re.compile(r"\bemplois?\b|\bjobs?\b|\bemploy\w*|\bemploi\b")
_SEAT_WORDS_RE = re.compile(r"\b(?:positions?|plateaux?|plateforme|sieges?|seats?|m2|m²|bureaux|site)\b")
_PRESENT_CREATION_RE = re.compile(
    r"\b(?:cree|creent|creer|genere|generent|creates|create|generates|generate|adds|(?:la )?creation d[e'])\b"
)
_WEEKLY_NEAR_RE = re.compile(r"\b(?:par|chaque|per|each|every|a) (?:semaine|mois|week|month)\b|\bhebdomadaire")
_FLOW_NEAR_RE = re.compile(r"\b(?:chaque annee|par an|tous les ans|each year|every year|a year|per year|annually)\b")
# "• 30.000 emplois créés" in a park's record: jobs already there ("seront créés", "to be created" are targets)
_CREATED_PAST_AFTER_RE = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:(?:ont ete|sont|have been|were)\s+)?(?:crees|creees|created)\b(?!\s+(?:d'ici|by)\b)"
)


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence a rule reads, and what it reads there (indicator None: the rule leaves that figure out)."""

    text: str
    indicator: str | None
    value: float


@dataclass(frozen=True, slots=True)
class Figure:
    """A candidate figure as the rules see it, with the state of its sentence and article passed in explicitly."""

    context: ArticleContext
    candidate: Candidate
    previous: MetricFound | None = None  # the figure read before it in the sentence
    previous_count: MetricFound | None = None  # the last headcount of the sentence, shares aside
    last_amount: str | None = None  # the indicator of the last amount read in the article
    noun: str = ""  # the words after the figure that name what it counts ("nouveaux emplois directs")
    last_count: tuple[str, str] | None = None  # (indicator, unit) of the last count read in the article

    @property
    def number(self) -> NumberMention:
        return self.candidate.number

    @property
    def before(self) -> str:
        return self.candidate.before

    @property
    def after(self) -> str:
        return self.candidate.after

    @property
    def plain_noun(self) -> str:
        return _plain_noun(self.candidate.head, self.noun)

    @property
    def sentence(self) -> str:
        return self.context.folded[self.candidate.sentence[0] : self.candidate.sentence[1]]


Reader = Callable[[Figure], "tuple[str, str] | bool | None"]
_VETO = "nothing"


@dataclass(frozen=True, slots=True)
class Rule:
    """A named rule: on the figures of its `unit` class, `read` gives (indicator, unit), or True for a veto (the
    figure is no metric), or None (the next rule is tried). `produces` documents what it gives."""

    id: str
    unit: str  # "money", "percent", "count" or "any"
    read: Reader
    produces: str
    examples: tuple[Example, ...] = ()


@dataclass(frozen=True, slots=True)
class Reading:
    rule: str
    indicator: str
    unit: str
    value: Decimal


def _unit_class(number: NumberMention) -> str:
    if number.unit in ("MAD", "EUR", "USD"):
        return "money"
    return "percent" if number.unit == "percent" else "count"


def read_figure(figure: Figure, rules: tuple[Rule, ...] | None = None) -> Reading | None:
    """The first rule of the table that reads the figure (first match wins), or None."""
    unit_class = _unit_class(figure.number)
    if unit_class == "count" and not figure.noun:
        match = _HEAD_RE.match(figure.candidate.head)
        figure = replace(figure, noun=match.group("noun") if match else "")
    for rule in RULES if rules is None else rules:
        if rule.unit not in (unit_class, "any"):
            continue
        found = rule.read(figure)
        if found is None or found is False:
            continue
        if found is True:
            return None
        indicator, unit = found  # type: ignore[misc]
        return Reading(rule.id, indicator, unit, _signed(figure, indicator))
    return None


def _signed(figure: Figure, indicator: str) -> Decimal:
    """A pass over the read amount: a growth told as a fall is negative ("en baisse de 2,3 %"), not a growth that
    fell to a level ("annual growth fell to about 5 per cent")."""
    value = figure.number.value
    if indicator == "growth_rate" and _DECLINE_RE.search(near(figure.candidate)):
        return value if _LEVEL_BEFORE_RE.search(figure.before) else -value
    return value


_LEVEL_BEFORE_RE = re.compile(
    r"\b(?:growth|croissance|progression|hausse)\b[^.;]{0,20}\b(?:fell|dropped|slowed|declined|eased|tombee?"
    r"|revenue?|ralenti\w*|limitee?) (?:to|a)\s+(?:\w+\s+)?$"
)


# -- vetoes: figures that are no metric of the sector, whatever their words -------------------------------


def _macro(f: Figure) -> bool:
    """The macro-economy's or another sector's figure: named right before it, nearer than ours in its sentence
    ('Unemployment in Morocco ... a report ... found it fell to 13.1%'), or right after it ('157 000 emplois,
    surtout dans l'agriculture', '1,14 million de personnes en sous-emploi')."""
    preceding = f.candidate.preceding[-60:]
    if _MACRO_RE.search(preceding[-45:]) or _other_sector_nearer(preceding) or _MACRO_AFTER_RE.match(f.after):
        return True
    start = max(f.candidate.sentence[0], f.number.start - _MACRO_WINDOW)
    if not _MACRO_RE.search(f.context.folded, start, f.number.start):
        return False  # the common case, answered by one search
    before = f.context.folded[start : f.number.start]
    last_macro = [m.end() for m in _MACRO_RE.finditer(before)][-1]
    return not any(m.end() > last_macro for m in _SECTOR_WORD_RE.finditer(before))


_MACRO_WINDOW = 160
_MACRO_AFTER_RE = re.compile(
    r"^[^.;]{0,40}?(?:\b(?:surtout |notamment |mainly |mostly )?(?:dans|in) (?:l'|le |la |les |the )?"
    r"(?:agricult\w*|touris\w*|automobile|automotive|textile|btp|construction|industrie|industry|administration"
    r"|fonction publique|public sector)\b|\b(?:en sous-emploi|au chomage|out of work|(?:are|were) (?:unemployed|jobless"
    r"|underemployed))\b)"
)


def _world_market(f: Figure) -> bool:
    return bool(_WORLD_MARKET_RE.search(f.candidate.preceding))


def _conversion(f: Figure) -> bool:
    return is_conversion(f.context, f.number, f.candidate.figures)


def _salary(f: Figure) -> bool:
    return bool(_SALARY_RE.search(near(f.candidate)))


def _range_bound(f: Figure) -> bool:
    """'des chiffres d'affaires en hausse de 10 à 20 %', 'entre 5 et 8 %': the upper bound of a range of rates is
    no rate of its own (an evolution 'de 10 % à 20 %' names its unit on both sides)."""
    return bool(_RANGE_BOUND_BEFORE_RE.search(f.before))


def _share_of_cases(f: Figure) -> bool:
    """'français dans 86 % des cas', 'in 40% of cases': how often something holds, no share of the sector."""
    return bool(_OF_CASES_AFTER_RE.match(f.after))


def _share_of_a_group(f: Figure) -> bool:
    """'70 % d'entre eux ont un bac + 2', '90% of them engineers': a share of a group's members, no sector share."""
    return bool(_OF_THEM_AFTER_RE.match(f.after))


def _valuation(f: Figure) -> bool:
    """'ce qui revient à valoriser autour de 500 millions de dirhams le groupe': what a company is worth."""
    return bool(_VALUATION_RE.search(near(f.candidate)))


def _dated_year(f: Figure) -> bool:
    """'A fin 2019, le nombre d'emplois ...': a year told as a date is no count, whatever noun follows."""
    return f.number.looks_like_year and bool(_DATE_BEFORE_RE.search(f.before))


def _vague_amount(f: Figure) -> bool:
    """'des centaines de millions d'euros', 'hundreds of thousands of jobs': no figure, only an order of size."""
    return bool(_VAGUE_BEFORE_RE.search(f.before))


def _other_company_line(f: Figure) -> bool:
    """'BCP : la Banque centrale populaire emploie quelque 18.000 personnes': a line about a company named before a
    colon, in a sentence that says nothing of the sector, where no organisation or park of ours is named, is that
    company's figure, not the sector's (lists of a country's largest employers, of its banks, of its listed firms)."""
    context, start = f.context, f.candidate.sentence[0]
    topic = _COMPANY_TOPIC_RE.match(context.text, start, f.number.start)
    if topic is None or _LABEL_WORD_RE.match(context.folded, start):
        return False
    end = f.candidate.sentence[1]
    if _SECTOR_WORD_RE.search(context.folded, start, end) or _FIRST_PERSON_RE.search(context.folded, start, end):
        return False  # the sector's, or a speaker's answer in an interview ("Y.C. : Nous visons 5.000 ...")
    return not any(start <= m.start < end for m in context.organisations if m.ref.kind in _SECTOR_KINDS) and not any(
        start <= p.start < topic.end() and p.place.kind != "country" for p in context.places
    )


def _attendance(f: Figure) -> bool:
    """'Le salon a réuni 700 professionnels', 'the forum drew 2,000 visitors': people at an event, not at work."""
    return bool(_ATTENDANCE_BEFORE_RE.search(f.before))


def _not_a_count(f: Figure) -> bool:
    return f.number.value < 2 or f.number.value != int(f.number.value)


def _small_word(f: Figure) -> bool:
    number = f.number
    return (
        number.written_in_words and not number.approximate and number.value < 5 and not _ONLY_BEFORE_RE.search(f.before)
    )


def _founding_year(f: Figure) -> bool:
    return f.number.looks_like_year and bool(YEAR_IGNORED_BEFORE_RE.search(f.before + " "))


def _year_alone(f: Figure) -> bool:
    return f.number.looks_like_year


def _unknown_noun(f: Figure) -> bool:
    return noun_starts_word(f.noun)


# -- amounts of money ------------------------------------------------------------------------------------


def _amount_distances(f: Figure) -> tuple[int | None, int | None]:
    """How far the nearest revenue and investment words stand from the amount ("8 milliards de dirhams de chiffre
    d'affaires": the words after it count from its end)."""
    start = f.number.start - f.candidate.sentence[0]
    return _distances(f.sentence, start, f.number.end - f.candidate.sentence[0])


@lru_cache(maxsize=256)  # asked by the revenue and the investment rules about the same amount
def _distances(sentence: str, start: int, end: int) -> tuple[int | None, int | None]:
    return _edge_distance(_REVENUE_RE, sentence, start, end), _edge_distance(_INVESTMENT_RE, sentence, start, end)


def _edge_distance(pattern: re.Pattern[str], sentence: str, start: int, end: int) -> int | None:
    distances = [start - m.end() if m.end() <= start else max(0, m.start() - end) for m in pattern.finditer(sentence)]
    return min(distances) if distances else None


def _revenue(f: Figure) -> tuple[str, str] | None:
    revenue, investment = _amount_distances(f)
    if revenue is not None and (investment is None or revenue <= investment):
        return "revenue", f.number.unit  # type: ignore[return-value]
    return None


def _investment(f: Figure) -> tuple[str, str] | None:
    _revenue_distance, investment = _amount_distances(f)
    return ("investment", f.number.unit) if investment is not None else None  # type: ignore[return-value]


def _anaphoric_amount(f: Figure) -> tuple[str, str] | None:
    position = f.number.start - f.candidate.sentence[0]
    if f.last_amount and _ANAPHORIC_AMOUNT_RE.search(f.sentence[:position]):
        return f.last_amount, f.number.unit  # type: ignore[return-value]
    return None


def _continued_amount(f: Figure) -> tuple[str, str] | None:
    """'a progressé de 14,7 % à 1,08 milliard de dirhams', 'a reculé de 438 millions à 387 millions', 'puis 1,16
    milliard au deuxième': an amount that continues the article's amounts, where the sentence names none, told as
    the level an evolution reaches or the next step of a series."""
    if not f.last_amount or not _CONTINUED_AMOUNT_BEFORE_RE.search(f.before):
        return None
    return f.last_amount, f.number.unit  # type: ignore[return-value]


_CONTINUED_AMOUNT_BEFORE_RE = re.compile(
    r"(?:\b(?:progress|recul|augment|baiss|pass|grimp|chut|diminu|hauss|rose|fell|grew|increas|decreas|climb|drop"
    r"|jump)\w*\s+(?:de|from|of|by)\s+(?:[\d.,]+\s*%\s*)?(?:(?:a|to)\s+)?|%\s*,?\s*(?:a|to)\s+|^\s*(?:a|to)\s+"
    r"|\b(?:puis|then|et enfin|followed by)\s+)(?:(?:plus de|pres de|environ|more than|over|about|around)\s+)?$"
)


# -- percentages -----------------------------------------------------------------------------------------


def _occupancy(f: Figure) -> tuple[str, str] | None:
    """'son taux d'occupation atteignait 95%', '78% sont loués', 'commercialisée à 96 %': how full a park is, an
    indicator of its own ('other'), never a growth or a share of the sector."""
    before = _CLAUSE_JOIN_RE.split(f.before[-90:])[-1]
    clause = before + " " + _CLAUSE_JOIN_RE.split(f.after[:30].replace(",", ";"), maxsplit=1)[0]
    return ("other", "percent") if _OCCUPANCY_RE.search(clause) else None


def _signed_percent(f: Figure) -> tuple[str, str] | None:
    start = f.number.start
    return ("growth_rate", "percent") if start > 0 and f.context.folded[start - 1] in "+\u2212" else None


def _growth(f: Figure) -> tuple[str, str] | None:
    found = (
        _GROWTH_RE.search(f.before[-60:])
        or _GROWTH_RE.search(f.after[:30])
        or _UP_RE.search(f.before)
        or _MORE_THAN_AFTER_RE.match(f.after)
    )
    return ("growth_rate", "percent") if found else None


def _decline(f: Figure) -> tuple[str, str] | None:
    found = _DECLINE_RE.search(f.before[-40:]) or _DECLINE_RE.search(f.after[:30])
    return ("growth_rate", "percent") if found else None


def _share(f: Figure) -> tuple[str, str] | None:
    found = _SHARE_AFTER_RE.match(f.after) or _SHARE_BEFORE_RE.search(f.before)
    return ("share", "percent") if found else None


def _share_list(f: Figure) -> tuple[str, str] | None:
    if f.previous is not None and f.previous.indicator == "share" and _SHARE_LIST_RE.match(f.before):
        return "share", "percent"
    return None


# -- counts named by their noun ("45.000 personnes") ------------------------------------------------------

_PERSONS = "persons"


def _noun(pattern: re.Pattern[str], indicator: str, unit: str, plain: bool = True) -> Reader:
    def read(f: Figure) -> tuple[str, str] | None:
        return (indicator, unit) if pattern.match(f.plain_noun if plain else f.noun) else None

    return read


def _student_noun(f: Figure) -> bool:
    return bool(_STUDENT_NOUN_RE.match(re.sub(r"^(?:jeunes|young) ", "", f.plain_noun)))


def _students_retrained(f: Figure) -> tuple[str, str] | None:
    return ("trainees", _PERSONS) if _student_noun(f) and _RETRAIN_RE.search(f.before[-40:]) else None


def _students_hired(f: Figure) -> tuple[str, str] | None:
    return ("hiring_need", _PERSONS) if _student_noun(f) and _HIRING_BEFORE_RE.search(f.before[-60:]) else None


def _students(f: Figure) -> tuple[str, str] | None:
    return ("students", _PERSONS) if _student_noun(f) else None


def _seats(f: Figure) -> tuple[str, str] | None:
    noun = f.plain_noun
    english = f.context.language == "en"
    return (
        ("positions", "seats") if _SEAT_NOUN_RE.match(noun) and not (english and noun.startswith("positions")) else None
    )


def _job_posts_opened(f: Figure) -> tuple[str, str] | None:
    if _JOB_POSTS_RE.match(f.plain_noun) and (
        _OPENING_BEFORE_RE.search(f.before) or _HIRING_RE.search(f.before + " " + f.after)
    ):
        return "hiring_need", _PERSONS
    return None


def _postes(f: Figure) -> bool:
    return bool(_POSTE_NOUN_RE.match(f.plain_noun) and not _JOB_NOUN_RE.match(f.plain_noun))


def _postes_hiring(f: Figure) -> tuple[str, str] | None:
    return ("hiring_need", _PERSONS) if _postes(f) and _HIRING_RE.search(f.before + " " + f.after) else None


def _postes_created(f: Figure) -> tuple[str, str] | None:
    if _postes(f) and (is_target(f.candidate) or _created(f.candidate)):
        return _jobs(f.before + " " + f.after, f.candidate), _PERSONS
    return None


def _posts_jobs(f: Figure) -> tuple[str, str] | None:
    """'L'outsourcing compte parmi les plus gros pourvoyeurs d'emplois du pays, avec plus de 120.000 postes': posts
    told among jobs are jobs (seats are 'postes de travail', told among sites and floors)."""
    if _postes(f) and _JOBS_AROUND_RE.search(f.before[-80:]) and not _SEAT_WORDS_RE.search(f.sentence):
        return "employment", _PERSONS
    return None


def _postes_seats(f: Figure) -> tuple[str, str] | None:
    return ("positions", "seats") if _postes(f) else None


def _people(f: Figure) -> bool:
    return _counts_people(f.plain_noun, f.context.language == "en")


def _job_or_employee(f: Figure) -> bool:
    return _counts_jobs(f.plain_noun, f.context.language == "en")


# The rules ask the same questions of one noun many times: answered once.
@lru_cache(maxsize=4096)
def _plain_noun(head: str, noun: str) -> str:
    """The noun without the modifiers English stacks before it ("2,000 IT services and outsourcing companies")."""
    plain = _MODIFIERS_RE.sub("", head, count=1)
    if plain == head:
        return noun
    stripped = _HEAD_RE.match(plain)
    return stripped.group("noun") if stripped else noun


@lru_cache(maxsize=4096)
def _counts_jobs(noun: str, english: bool) -> bool:
    return bool(_JOB_NOUN_RE.match(noun) or (english and noun.startswith("positions")) or _EMPLOYEE_NOUN_RE.match(noun))


@lru_cache(maxsize=4096)
def _counts_people(noun: str, english: bool) -> bool:
    return _counts_jobs(noun, english) or bool(_PERSON_NOUN_RE.match(noun))


def _people_trained(f: Figure) -> tuple[str, str] | None:
    trained = _TRAINED_BEFORE_RE.search(f.before[-40:]) or _COURSES_TO_BEFORE_RE.search(f.before)
    return ("trainees", _PERSONS) if _people(f) and trained else None


def _people_hired_after(f: Figure) -> tuple[str, str] | None:
    return ("hiring_need", _PERSONS) if _people(f) and _HIRED_AFTER_RE.match(f.after) else None


def _people_in_training(f: Figure) -> tuple[str, str] | None:
    if (
        _people(f)
        and not _job_or_employee(f)
        and _TRAINING_RE.search(f.before + " " + f.after)
        and not _HIRING_BEFORE_RE.search(f.before[-60:])
        and not _WORK_BEFORE_RE.search(f.before[-30:])  # "le groupe y fait travailler 1.600 personnes et leur consacre"
    ):
        return "trainees", _PERSONS
    return None


def _people_to_hire(f: Figure) -> tuple[str, str] | None:
    if not _people(f):
        return None
    adding = not _JOB_NOUN_RE.match(f.plain_noun) and _ADD_STAFF_BEFORE_RE.search(f.before[-30:])
    return ("hiring_need", _PERSONS) if _HIRING_BEFORE_RE.search(f.before[-60:]) or adding else None


def _people_employed(f: Figure) -> tuple[str, str] | None:
    if _people(f) and _BARE_EMPLOYMENT_RE.search(f.before) and not is_target(f.candidate):
        return "employment", _PERSONS
    return None


def _people_target(f: Figure) -> tuple[str, str] | None:
    return ("jobs_target", _PERSONS) if _people(f) and is_target(f.candidate) else None


def _people_hiring(f: Figure) -> tuple[str, str] | None:
    return ("hiring_need", _PERSONS) if _people(f) and _HIRING_RE.search(f.before + " " + f.after) else None


def _people_created(f: Figure) -> tuple[str, str] | None:
    if _people(f) and _created(f.candidate):
        return _jobs(f.before + " " + f.after, f.candidate), _PERSONS
    return None


def _people_employment(f: Figure) -> tuple[str, str] | None:
    return ("employment", _PERSONS) if _people(f) and _EMPLOYMENT_RE.search(f.sentence) else None


def _staff_of(f: Figure) -> tuple[str, str] | None:
    return ("employment", _PERSONS) if _people(f) and _STAFF_OF_BEFORE_RE.search(f.before) else None


def _jobs_alone(f: Figure) -> tuple[str, str] | None:
    return ("employment", _PERSONS) if _job_or_employee(f) else None


# -- counts whose noun is elsewhere: a label, a threshold, the figure before --------------------------------


def _label(f: Figure) -> tuple[str, str] | None:
    return _labelled(f.candidate)


def _mark(f: Figure) -> tuple[str, str] | None:
    if _MARK_AFTER_RE.match(f.after) and _EMPLOYMENT_RE.search(f.before):
        return "employment", _PERSONS
    return None


def _threshold(f: Figure) -> tuple[str, str] | None:
    """'les effectifs ont franchi la barre des 45.000': a headcount's threshold, its noun told before."""
    if _THRESHOLD_BEFORE_RE.search(f.before) and _HEADCOUNT_WORD_RE.search(f.before):
        return "employment", _PERSONS
    return None


def _people_working(f: Figure) -> tuple[str, str] | None:
    """'Quelque 45 000 Marocains travaillent dans les centres d'appels': people, then a verb of work."""
    if _PEOPLE_WORK_AFTER_RE.match(f.candidate.head) and not is_target(f.candidate):
        return "employment", _PERSONS
    return None


def _livelihood(f: Figure) -> tuple[str, str] | None:
    """'les centres d'appels font vivre près de 45 000 familles': the households living off the sector."""
    return ("employment", _PERSONS) if _LIVELIHOOD_BEFORE_RE.search(f.before) else None


def _pronoun_en(f: Figure) -> tuple[str, str] | None:
    """'l'entreprise en attend trois cents', 'devrait en compter 1 100', 'doit à lui seul en apporter 15 000': 'en'
    stands for what the last count counted."""
    if f.last_count is None or not _PRONOUN_EN_BEFORE_RE.search(f.before):
        return None
    indicator, unit = (f.previous.indicator, f.previous.unit) if _counted(f.previous) else f.last_count
    return ("employment" if indicator == "jobs_target" else indicator), unit


def _counted(metric: MetricFound | None) -> bool:
    return metric is not None and metric.unit not in ("percent", "MAD", "EUR", "USD")


def _pronoun_subject(f: Figure) -> tuple[str, str] | None:
    """'Elles devraient être 28 000', 'Leur nombre devrait atteindre 8 000 en 2011': the count the last one counted,
    told again for another date."""
    if f.last_count is None or not _PRONOUN_SUBJECT_BEFORE_RE.search(f.before):
        return None
    indicator, unit = f.last_count
    return ("employment" if indicator == "jobs_target" else indicator), unit


def _next_step(f: Figure) -> tuple[str, str] | None:
    """'la région vise 2 000 emplois d'ici 2020 et 4 000 vers 2022': the count at the plan's next date."""
    previous = f.previous
    if not _counted(previous) or not _NEXT_STEP_BEFORE_RE.match(f.before) or not _OWN_DATE_AFTER_RE.match(f.after):
        return None
    return previous.indicator, previous.unit  # type: ignore[union-attr]


def _capacity(f: Figure) -> tuple[str, str] | None:
    people = _people(f) and not _JOB_NOUN_RE.match(f.plain_noun)  # "accueillir 7.000 emplois" are jobs
    return ("positions", "seats") if people and _CAPACITY_BEFORE_RE.search(f.before) else None


def _posts_offered(f: Figure) -> tuple[str, str] | None:
    if (_postes(f) or _JOB_NOUN_RE.match(f.plain_noun)) and _POSTS_OFFERED_AFTER_RE.match(f.after):
        return "hiring_need", _PERSONS
    return None


def _sequence(f: Figure) -> tuple[str, str] | None:
    return _previous_counted(f, _SEQUENCE_RE, full=False) if _SEQUENCE_RE.match(f.before) else None


def _previous_counted(f: Figure, pattern: re.Pattern[str], *, full: bool = False) -> tuple[str, str] | None:
    previous = f.previous
    if previous is None or previous.unit == "percent":
        return None
    found = pattern.fullmatch(f.before) if full else pattern.search(f.before)
    return (previous.indicator, previous.unit) if found else None


def _of_which(f: Figure) -> tuple[str, str] | None:
    return _previous_counted(f, _WHICH_BEFORE_RE)


def _ellipsis(f: Figure) -> tuple[str, str] | None:
    previous = f.previous
    if previous is not None and _ELLIPSIS_RE.search(f.before):
        return previous.indicator, previous.unit
    return None


def _enumeration(f: Figure) -> tuple[str, str] | None:
    return _previous_counted(f, _ENUMERATION_RE, full=True)


def _reach(f: Figure) -> tuple[str, str] | None:
    if f.previous_count is None or not _REACH_BEFORE_RE.search(f.before):
        return None
    return ("jobs_target" if is_target(f.candidate) else f.previous_count.indicator), _PERSONS


def _comparison(f: Figure) -> tuple[str, str] | None:
    found = _previous_counted(f, COMPARISON_BEFORE_RE)
    if found is None:
        return None
    return ("employment" if found[0] == "jobs_target" else found[0]), found[1]


def _evolution_to(f: Figure) -> tuple[str, str] | None:
    previous = f.previous
    if previous is None or previous.unit == "percent" or not _evolution_end(f.context, f.candidate):
        return None
    target = previous.indicator == "employment" and is_target(f.candidate)
    return ("jobs_target" if target else previous.indicator), previous.unit


def _headcount_from(f: Figure) -> tuple[str, str] | None:
    return ("employment", _PERSONS) if _HEADCOUNT_FROM_RE.search(f.before) else None


def _evolution_from(f: Figure) -> tuple[str, str] | None:
    return _evolution_start(f)


def _bare_employment(f: Figure) -> tuple[str, str] | None:
    return ("employment", _PERSONS) if _BARE_EMPLOYMENT_RE.search(f.before) else None


def _number_of(f: Figure) -> tuple[str, str] | None:
    """'le nombre d'opérateurs ... a doublé depuis 2010 pour atteindre 150': the noun told before the figure."""
    start = max(f.candidate.sentence[0], f.number.start - 160)
    counted = _NUMBER_OF_RE.search(f.context.folded[start : f.number.start])
    if counted is None:
        return None
    noun = counted.group("noun")
    found = read_figure(replace(f, candidate=replace(f.candidate, head=noun), noun=noun), NOUN_RULES)
    return (found.indicator, found.unit) if found is not None else None


def _headcount_to(f: Figure) -> tuple[str, str] | None:
    if not _HEADCOUNT_TO_RE.search(f.before):
        return None
    return ("jobs_target" if is_target(f.candidate) else "employment"), _PERSONS


def _needs(f: Figure) -> tuple[str, str] | None:
    return ("hiring_need", _PERSONS) if _NEEDS_BEFORE_RE.search(f.before) else None


def _evolution_start(f: Figure) -> tuple[str, str] | None:
    """'porter les effectifs de 13.000 à 30.000 personnes': the first value takes the noun of the second."""
    context, candidate = f.context, f.candidate
    if not EVOLUTION_FROM_RE.search(candidate.before[-8:]):
        return None
    figures = list(candidate.figures)
    index = figures.index(candidate.number)
    following = [i for i in range(index + 1, len(figures)) if not figures[i].looks_like_year]
    if not following or figures[following[0]].unit != candidate.number.unit:
        return None
    if not EVOLUTION_TO_RE.match(context.folded[candidate.number.end : figures[following[0]].start]):
        return None
    later = make_candidate(context, candidate.sentence, figures, following[0])
    found = read_figure(Figure(context, later))
    if found is None or found.unit == "percent":
        return None
    return ("employment" if found.indicator == "jobs_target" else found.indicator), found.unit


# "BCP :", "Attijariwafa bank :", "Groupe Marjane :": a company's name heading its line (not a speaker's initials)
_COMPANY_TOPIC_RE = re.compile(r"[ \t•\-–]*(?![A-Z]\.\s?[A-Z]?\.?\s?:)[A-Z][\w&'.-]*(?: [\w&'.-]+){0,3} ?: ")
_LABEL_WORD_RE = re.compile(
    r"\W*(?:effectifs?|employes|employees|salaries|staff|sites?|centres|chiffres?|key figures|en chiffres|source"
    r"|objectifs?|bilan|date|lire aussi|a lire|photo)\b"
)
_FIRST_PERSON_RE = re.compile(r"\b(?:nous|notre|nos|je|j'|we|our|i)\b")
_SECTOR_KINDS = frozenset({"operator", "association", "zone_developer", "investment_centre", "public_agency"})
_OF_THEM_AFTER_RE = re.compile(r"^\s*(?:d'entre (?:eux|elles)|of them|of whom)\b")
_VALUATION_RE = re.compile(r"\bvaloris\w*|\bvaluation\b|\bvalued at\b|\bcapitalisation\b|\bmarket (?:value|cap)")
_DATE_BEFORE_RE = re.compile(r"(?:\ben|\bin|\bfin|\bend of|\bdes|\bsince|\bau|\bmi|\bdebut)\s*$")
_VAGUE_BEFORE_RE = re.compile(
    r"\b(?:des|de|plusieurs|quelques) (?:centaines|dizaines|milliers|millions|milliards) (?:de |d')?\s*$"
    r"|\b(?:hundreds|thousands|tens|millions|billions) of\s*$"
)
_CLAUSE_JOIN_RE = re.compile(r"[;:]|\bet\b|\band\b")
_OCCUPANCY_RE = re.compile(
    r"\btaux d'occupation\b|\boccupancy\b|\b(?:sont |est )?(?:loue|louee|loues|louees|occupes|occupees|remplis?|rempli)"
    r"\b|\bcommercialise\w* a\s*$|\b(?:leased|let|occupied|filled)\b"
)
_RANGE_BOUND_BEFORE_RE = re.compile(r"\b(?:de|entre|from|between)\s+\d+(?:[.,]\d+)?\s+(?:a|et|to|and|-)\s*$")
_OF_CASES_AFTER_RE = re.compile(r"^\s*(?:des cas|of (?:the )?cases)\b")
_ATTENDANCE_BEFORE_RE = re.compile(
    r"\b(?:salon|forum|edition|conference|rencontre|evenement|event|fair|show|summit|sommet|congres|congress"
    r"|webinaire|webinar)\b[^.;]{0,40}\b(?:a reuni|reunit|reunira|a rassemble|rassemble\w*|a attire|attire\w*"
    r"|a accueilli|accueill\w*|drew|draws|attracted|attracts|gathered|brought together|welcomed)\s+"
    r"(?:(?:plus de|pres de|environ|quelque|more than|over|about|around|some|nearly)\s+)?$"
)
# "3.5% more than the 12.9 billion recorded a year earlier", "12 % de plus qu'en 2019"
_MORE_THAN_AFTER_RE = re.compile(r"\s*(?:more|higher|less|lower) than\b|\s*(?:de plus|de moins) qu")
# "Il peut accueillir 800 conseillers": a capacity in people is a capacity in seats
_CAPACITY_BEFORE_RE = re.compile(
    r"\b(?:peut|pourra|pourrait|pouvant|capable d'|capacite d'accueil de|d'une capacite de|can|could|will be able to)"
    r"\s*(?:accueillir|abriter|heberger|accommodate|host|house|seat)?\s+(?:(?:a terme|eventually|ultimately)\s+)?"
    r"(?:jusqu'a\s+|up to\s+)?$"
)
# "250 nouveaux postes sont proposés chaque semaine": jobs on offer
_POSTS_OFFERED_AFTER_RE = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:(?:sont|seront|are|were|have been)\s+)?(?:proposes|offerts|ouverts|a pourvoir|on offer"
    r"|advertised|vacant|sur le marche|on the market)\b"
)
# "1.000 emplois à l'horizon 2011, puis 9.800 d'ici 2015 et enfin 15.000 d'ici 2017": the same count, step by step
_SEQUENCE_RE = re.compile(
    r"^[^.;:\d]{0,40}?(?:(?:19|20)\d\d)?[^.;:\d]{0,25}?(?:\bpuis|\bthen|\bet enfin|\benfin|\bfollowed by"
    r"|\bbefore reaching|\bavant d'atteindre)\s+(?:(?:a|to|de|d')\s+)?(?:"
    + lexicon.words("hedge", "approx.about")
    + r"\s+)?$"
)
_THRESHOLD_BEFORE_RE = re.compile(
    r"\b(?:barre|cap|seuil|palier|mark|milestone|threshold)(?: symbolique| symbolic)?\s*(?:des|de|du|d'|of)?\s*$"
)
_HEADCOUNT_WORD_RE = re.compile(
    r"\b(?:effectifs?|emplois|salaries|employes|personnes|collaborateurs|teleconseillers|headcount|workforce"
    r"|employees|staff|jobs)\b"
)
_PEOPLE_WORK_AFTER_RE = re.compile(
    r"^\s*(?:"
    + lexicon.words("noun.people", "noun.employees", "noun.adjectives")
    + r"\s+){1,3}(?:qui\s+|who\s+)?"
    + lexicon.words("verb.work")
    + r"\b"
)
_PRONOUN_EN_BEFORE_RE = re.compile(
    r"\ben\s+(?:a\s+|ont\s+|avait\s+|aura\s+)?(?:compter|compte\w*|attend\w*|apporter|apporte\w*|accueillir|accueill\w*"
    r"|employer|emploi\w*|recruter|recrut\w*|creer|cree\w*|ajouter|ajoute\w*|prevoi\w*|genere\w*|generer|former|forme\w*"
    r"|abrite\w*|abriter|heberge\w*|offrir|offre\w*|proposer|propose\w*|embauche\w*|totalise\w*|denombre\w*|recense\w*)"
    r"\s+(?:" + lexicon.words("hedge", "approx.about") + r"\s+)?$"
)
_PRONOUN_SUBJECT_BEFORE_RE = re.compile(
    r"(?:^|[.;:,]\s*)(?:elles|ils|they)\s+(?:\w+\s+)?(?:etre|seront|sont|etaient|be|are|were)\s+"
    r"(?:(?:plus de|pres de|environ|quelque|more than|over|about|around|some|nearly)\s+)?$"
    r"|\b(?:leur|son|their|its) (?:nombre|effectif|number|headcount)\b[^.;]{0,40}\b(?:atteindre|atteint|passer a"
    r"|s'elever a|reach|reached|rise to|grow to)\s+(?:(?:plus de|pres de|environ|more than|over|about|around)\s+)?$"
)
_NEXT_STEP_BEFORE_RE = re.compile(
    r"[^.;:\d]{0,60}?\b(?:19|20)\d\d\s*,?\s+(?:et|and)\s+(?:" + lexicon.words("hedge") + r"\s+)?$"
)
_OWN_DATE_AFTER_RE = re.compile(
    r"\s*(?:[a-z]+\s+){0,2}?(?:en|in|vers|d'ici|a l'horizon|by|pour|around|towards?)\s+(?:(?:la |the )?(?:fin|end)"
    r"(?: de| of)?\s+)?(?:19|20)\d\d"
)
_LIVELIHOOD_BEFORE_RE = re.compile(
    r"\b(?:font|fait|faisant|feront|fera|faire) vivre\s+(?:" + lexicon.words("hedge", "approx.about") + r"\s*)?$"
    r"|\b(?:support|supports|supporting) (?:the )?(?:livelihoods? of\s+)?(?:" + lexicon.words("hedge") + r"\s+)?$"
)

NOUN_RULES: tuple[Rule, ...] = (
    Rule(
        "count.capacity",
        "count",
        _capacity,
        "positions",
        (
            Example("Le centre d'appels peut accueillir 800 conseillers.", "positions", 800),
            Example("The new call centre can host up to 1,200 agents.", "positions", 1200),
        ),
    ),
    Rule(
        "count.posts_offered",
        "count",
        _posts_offered,
        "hiring_need",
        (
            Example(
                "En moyenne, 250 nouveaux postes sont proposés chaque semaine par les centres d'appels.",
                "hiring_need",
                250,
            ),
        ),
    ),
    Rule(
        "count.hires",
        "count",
        _noun(_HIRING_NOUN_RE, "hiring_need", _PERSONS, plain=False),
        "hiring_need",
        (Example("Le centre d'appels annonce 600 embauches cette année.", "hiring_need", 600),),
    ),
    Rule(
        "count.students_retrained",
        "count",
        _students_retrained,
        "trainees",
        (Example("APEBI wants the outsourcing sector to retrain 5,000 unemployed graduates.", "trainees", 5000),),
    ),
    Rule(
        "count.students_hired",
        "count",
        _students_hired,
        "hiring_need",
        (Example("The call centre will recruit 1,000 young graduates by the end of the year.", "hiring_need", 1000),),
    ),
    Rule(
        "count.students",
        "count",
        _students,
        "students",
        (Example("La région compte 115.000 étudiants pour ses centres d'appels.", "students", 115000),),
    ),
    Rule(
        "count.trainees",
        "count",
        _noun(_TRAINEE_NOUN_RE, "trainees", _PERSONS),
        "trainees",
        (Example("L'OFPPT accueille 3.000 stagiaires dans ses filières offshoring.", "trainees", 3000),),
    ),
    Rule(
        "count.seats",
        "count",
        _seats,
        "positions",
        (Example("Le nouveau centre d'appels compte 800 positions de travail.", "positions", 800),),
    ),
    Rule(
        "count.job_posts_opened",
        "count",
        _job_posts_opened,
        "hiring_need",
        (Example("Le centre d'appels ouvre 300 postes de conseillers clientèle.", "hiring_need", 300),),
    ),
    Rule(
        "count.posts_hiring",
        "count",
        _postes_hiring,
        "hiring_need",
        (Example("Les centres d'appels recrutent 250 postes par semaine.", "hiring_need", 250),),
    ),
    Rule(
        "count.posts_created",
        "count",
        _postes_created,
        "jobs_target or employment",
        (Example("Les centres d'appels devraient créer 8 000 nouveaux postes en 2021.", "jobs_target", 8000),),
    ),
    Rule(
        "count.posts_jobs",
        "count",
        _posts_jobs,
        "employment",
        (
            Example(
                "L'outsourcing compte parmi les gros pourvoyeurs d'emplois du pays, avec plus de 120.000 postes.",
                "employment",
                120000,
            ),
        ),
    ),
    Rule(
        "count.posts_seats",
        "count",
        _postes_seats,
        "positions",
        (Example("Le centre d'appels dispose de 450 postes à Agadir.", "positions", 450),),
    ),
    Rule(
        "count.sites",
        "count",
        _noun(_SITE_NOUN_RE, "sites", "sites"),
        "sites",
        (Example("Le secteur de l'offshoring compte 20 nouveaux sites.", "sites", 20),),
    ),
    Rule(
        "count.companies",
        "count",
        _noun(_COMPANY_NOUN_RE, "companies", "companies"),
        "companies",
        (Example("Plus de 1.200 entreprises sont installées dans l'offshoring au Maroc.", "companies", 1200),),
    ),
    Rule(
        "count.people_trained",
        "count",
        _people_trained,
        "trainees",
        (Example("Last year the call centre trained 3,200 new advisors.", "trainees", 3200),),
    ),
    Rule(
        "count.people_hired",
        "count",
        _people_hired_after,
        "hiring_need",
        (Example("Offshoring : 700 collaborateurs recrutés d'ici fin 2018.", "hiring_need", 700),),
    ),
    Rule(
        "count.people_in_training",
        "count",
        _people_in_training,
        "trainees",
        (
            Example(
                "Le programme de formation aux métiers des centres d'appels concerne 5 000 jeunes.", "trainees", 5000
            ),
        ),
    ),
    Rule(
        "count.people_to_hire",
        "count",
        _people_to_hire,
        "hiring_need",
        (Example("L'opérateur de centres d'appels prévoit de recruter 1.500 personnes.", "hiring_need", 1500),),
    ),
    Rule(
        "count.people_employed",
        "count",
        _people_employed,
        "employment",
        (Example("The outsourcing industry, which employs some 120,000 people, is growing.", "employment", 120000),),
    ),
    Rule(
        "count.people_target",
        "count",
        _people_target,
        "jobs_target",
        (Example("L'objectif est de créer 40.000 emplois d'ici 2020 dans l'offshoring.", "jobs_target", 40000),),
    ),
    Rule(
        "count.people_hiring",
        "count",
        _people_hiring,
        "hiring_need",
        (Example("Le centre d'appels a 150 personnes en cours de recrutement.", "hiring_need", 150),),
    ),
    Rule(
        "count.people_created",
        "count",
        _people_created,
        "employment or jobs_target",
        (Example("The offshoring sector has created 5,000 net jobs a year.", "employment", 5000),),
    ),
    Rule(
        "count.people_employment",
        "count",
        _people_employment,
        "employment",
        (Example("Le secteur des centres d'appels fait travailler 45 000 personnes.", "employment", 45000),),
    ),
    Rule(
        "count.staff_of",
        "count",
        _staff_of,
        "employment",
        (Example("Youssef Chraibi préside Outsourcia, un centre d'appels de 450 personnes.", "employment", 450),),
    ),
    Rule(
        "count.jobs",
        "count",
        _jobs_alone,
        "employment",
        (Example("Le centre d'appels de l'offshoring compte 2.000 agents.", "employment", 2000),),
    ),
)

RULES: tuple[Rule, ...] = (
    Rule(
        "veto.macro_or_other_sector",
        "any",
        _macro,
        _VETO,
        (
            Example("Côté offshoring, en revanche, les recettes voyages ont chuté de 45,2% à 21,6 MMDH.", None, 45.2),
            Example("Outsourcing aside, Morocco's unemployment rate rose to 11.8% in 2022.", None, 11.8),
            Example(
                "Unemployment in Morocco has improved: a report by the planning office on the outsourcing sector "
                "found it fell to 13.1%.",
                None,
                13.1,
            ),
            Example("Hors offshoring, le pays a perdu 157 000 emplois, surtout dans l'agriculture.", None, 157000),
        ),
    ),
    Rule(
        "veto.world_market",
        "any",
        _world_market,
        _VETO,
        (
            Example("Le marché mondial de l'externalisation pèserait 300 milliards de dollars.", None, 300e9),
            Example("The global business services market grew from $624 billion to $681 billion.", None, 624e9),
        ),
    ),
    Rule(
        "veto.currency_conversion",
        "money",
        _conversion,
        _VETO,
        (Example("Offshoring exports reached 14 billion dirhams ($1.57 billion) in 2020.", None, 1.57e9),),
    ),
    Rule(
        "veto.salary",
        "money",
        _salary,
        _VETO,
        (Example("Le salaire d'un téléconseiller de centre d'appels est de 5.000 dirhams.", None, 5000),),
    ),
    Rule(
        "veto.valuation",
        "money",
        _valuation,
        _VETO,
        (Example("L'opération revient à valoriser le groupe d'outsourcing à 500 millions de dirhams.", None, 500e6),),
    ),
    Rule(
        "veto.vague_amount",
        "any",
        _vague_amount,
        _VETO,
        (Example("Les centres d'appels réalisent des centaines de millions d'euros chaque année.", None, 1e6),),
    ),
    Rule(
        "amount.revenue",
        "money",
        _revenue,
        "revenue",
        (Example("Les centres d'appels génèrent 4,5 milliards de dirhams de revenus à l'export.", "revenue", 4.5e9),),
    ),
    Rule(
        "amount.investment",
        "money",
        _investment,
        "investment",
        (
            Example("The Regional Council has set aside MAD 50 million for offshoring projects.", "investment", 50e6),
            Example("L'investissement du centre d'appels est estimé à 60 millions de dirhams.", "investment", 60e6),
        ),
    ),
    Rule(
        "amount.anaphoric",
        "money",
        _anaphoric_amount,
        "the indicator of the last amount",
        (
            Example(
                "Les exportations de l'offshoring ont atteint 14,1 MMDH en 2019. En 2020, elles ont atteint 6,9 MMDH.",
                "revenue",
                6.9e9,
            ),
        ),
    ),
    Rule(
        "amount.continued",
        "money",
        _continued_amount,
        "the indicator of the last amount",
        (
            Example(
                "Les exportations de l'offshoring ont atteint 3,8 milliards de dirhams. L'ITO a progressé de 12 % à "
                "1,1 milliard de dirhams, tandis que le BPO a reculé de 440 millions à 390 millions de dirhams.",
                "revenue",
                1.1e9,
            ),
            Example(
                "The outsourcing sector's exports reached MAD 3.8 billion. The segment logged MAD 1.2 billion in the "
                "first quarter, then MAD 1.3 billion in the second.",
                "revenue",
                1.3e9,
            ),
        ),
    ),
    Rule(
        "veto.range_bound",
        "percent",
        _range_bound,
        _VETO,
        (Example("Les chiffres d'affaires de l'ITO sont en hausse de 10 à 20 % dans l'offshoring.", None, 20),),
    ),
    Rule(
        "veto.share_of_cases",
        "percent",
        _share_of_cases,
        _VETO,
        (Example("Les centres d'appels ont un capital français dans 86 % des cas.", None, 86),),
    ),
    Rule(
        "veto.share_of_a_group",
        "percent",
        _share_of_a_group,
        _VETO,
        (
            Example(
                "Les téléconseillers de l'opérateur de centres d'appels : 70 % d'entre eux ont un bac + 2.", None, 70
            ),
            Example("The outsourcing group employs 4,000 people, 90% of them engineers.", None, 90),
        ),
    ),
    Rule(
        "percent.occupancy",
        "percent",
        _occupancy,
        "other",
        (
            Example("Le taux d'occupation du parc offshoring de Casanearshore atteignait 95% en 2009.", "other", 95),
            Example("Casanearshore a livré 164 000 m2 de bureaux pour l'offshoring, dont 78% sont loués.", "other", 78),
        ),
    ),
    Rule(
        "percent.signed",
        "percent",
        _signed_percent,
        "growth_rate",
        (Example("Offshoring: MAD 18bn in export revenue, +12% year-on-year.", "growth_rate", 12),),
    ),
    Rule(
        "percent.growth",
        "percent",
        _growth,
        "growth_rate",
        (Example("Morocco's IT outsourcing exports grew by 12% in 2020.", "growth_rate", 12),),
    ),
    Rule(
        "percent.decline",
        "percent",
        _decline,
        "growth_rate",
        (Example("Les exportations de l'offshoring ont reculé de 3 % en 2020.", "growth_rate", -3),),
    ),
    Rule(
        "percent.share",
        "percent",
        _share,
        "share",
        (
            Example(
                "Les membres de l'association emploient 80% des salariés du secteur des centres d'appels.", "share", 80
            ),
        ),
    ),
    Rule(
        "percent.share_list",
        "percent",
        _share_list,
        "share",
        (
            Example(
                "Dans l'offshoring, l'IT représente 25 % des emplois, la relation client 60 % et le KPO 15 %.",
                "share",
                60,
            ),
        ),
    ),
    Rule(
        "veto.other_company_line",
        "any",
        _other_company_line,
        _VETO,
        (
            Example(
                "BCP : la Banque centrale populaire emploie quelque 18.000 personnes. Intelcia recrute.", None, 18000
            ),
        ),
    ),
    Rule(
        "veto.attendance",
        "count",
        _attendance,
        _VETO,
        (
            Example("Le salon des centres d'appels a réuni 700 professionnels à Oujda.", None, 700),
            Example("The outsourcing fair drew more than 2,000 visitors to Casablanca.", None, 2000),
        ),
    ),
    Rule(
        "veto.not_a_count",
        "count",
        _not_a_count,
        _VETO,
        (Example("Le centre d'appels a 1 site et 2,5 étages.", None, 2.5),),
    ),
    Rule(
        "veto.small_number_in_words",
        "count",
        _small_word,
        _VETO,
        (Example("La zone offshoring attend l'arrivée de deux nouveaux opérateurs.", None, 2),),
    ),
    Rule(
        "veto.dated_year",
        "count",
        _dated_year,
        _VETO,
        (Example("A fin 2019, le nombre d'emplois créés par l'opérateur de centres d'appels a doublé.", None, 2019),),
    ),
    Rule(
        "veto.founding_year",
        "count",
        _founding_year,
        _VETO,
        (Example("Créée en 2003, l'AMRC regroupe les centres d'appels.", None, 2003),),
    ),
    *NOUN_RULES,
    Rule(
        "veto.year",
        "count",
        _year_alone,
        _VETO,
        (Example("En 2015, les centres d'appels ont recruté massivement.", None, 2015),),
    ),
    Rule(
        "count.label",
        "count",
        _label,
        "the label's indicator",
        (Example("Centre d'appels Intelcia. Effectifs : 1.200", "employment", 1200),),
    ),
    Rule(
        "count.mark",
        "count",
        _mark,
        "employment",
        (Example("The call centre said its headcount had passed the 3,000 mark.", "employment", 3000),),
    ),
    Rule(
        "count.threshold",
        "count",
        _threshold,
        "employment",
        (
            Example("Les effectifs des centres d'appels ont franchi la barre des 45.000.", "employment", 45000),
            Example("Offshoring employment crossed the 100,000 threshold of jobs... at 100,000.", None, 0),
        ),
    ),
    Rule(
        "count.of_which",
        "count",
        _of_which,
        "the indicator of the figure before",
        (
            Example(
                "The offshoring sector has 1,200 companies, of which 110 operate in Casanearshore.", "companies", 110
            ),
        ),
    ),
    Rule(
        "count.people_working",
        "count",
        _people_working,
        "employment",
        (
            Example("Quelque 45 000 Marocains travaillent dans les centres d'appels.", "employment", 45000),
            Example("Some 45,000 Moroccans work in call centres.", "employment", 45000),
        ),
    ),
    Rule(
        "count.livelihood",
        "count",
        _livelihood,
        "employment",
        (Example("Les centres d'appels font vivre près de 45 000 familles.", "employment", 45000),),
    ),
    Rule(
        "count.pronoun_en",
        "count",
        _pronoun_en,
        "the indicator of the last count",
        (
            Example(
                "Le plan de l'offshoring vise 60 000 emplois. La relation client doit à elle seule en apporter 15 000.",
                "jobs_target",
                15000,
            ),
            Example(
                "Le premier centre d'appels a ouvert avec 100 positions, et la zone devrait en compter 1 100.",
                "positions",
                1100,
            ),
        ),
    ),
    Rule(
        "count.pronoun_subject",
        "count",
        _pronoun_subject,
        "the indicator of the last count",
        (
            Example(
                "Les 70 entreprises de l'offshoring emploient 18 000 personnes. Elles devraient être 28 000 à terme.",
                "jobs_target",
                28000,
            ),
            Example(
                "En 2009, 3 000 personnes travaillent dans l'offshoring informatique. Leur nombre devrait atteindre "
                "8 000 en 2011.",
                "employment",
                8000,
            ),
        ),
    ),
    Rule(
        "count.next_step",
        "count",
        _next_step,
        "the indicator of the figure before",
        (
            Example(
                "La région vise 2 000 emplois dans l'offshoring d'ici 2020 et 4 000 vers 2022.", "jobs_target", 4000
            ),
        ),
    ),
    Rule(
        "veto.unknown_noun",
        "count",
        _unknown_noun,
        _VETO,
        (Example("L'AMRC s'est dotée de 6 commissions pour les centres d'appels.", None, 6),),
    ),
    Rule(
        "count.ellipsis",
        "count",
        _ellipsis,
        "the indicator of the figure before",
        (Example("L'AMRC compte 20000 employés sur les 25000 que compte le secteur.", "employment", 25000),),
    ),
    Rule(
        "count.enumeration",
        "count",
        _enumeration,
        "the indicator of the figure before",
        (
            Example(
                "L'offshoring prévoit 12.500 emplois d'ici 2020, dont 4.000 à Fès, 3.500 à Oujda et 5.000 à Rabat.",
                "jobs_target",
                3500,
            ),
        ),
    ),
    Rule(
        "count.sequence",
        "count",
        _sequence,
        "the indicator of the figure before",
        (
            Example(
                "L'offshoring prévoit 1.000 emplois en 2011, puis 9.800 d'ici 2015 et enfin 15.000 d'ici 2017.",
                "jobs_target",
                9800,
            ),
        ),
    ),
    Rule(
        "count.reach",
        "count",
        _reach,
        "jobs_target or the headcount before",
        (
            Example(
                "Le centre d'appels emploie déjà 350 téléconseillers et vise 800 d'ici fin 2020.",
                "jobs_target",
                800,
            ),
        ),
    ),
    Rule(
        "count.comparison",
        "count",
        _comparison,
        "the indicator of the figure before",
        (
            Example(
                "The offshoring plan aims at 270,000 jobs by 2030, up from around 130,000 today.", "employment", 130000
            ),
        ),
    ),
    Rule(
        "count.evolution_to",
        "count",
        _evolution_to,
        "the indicator of the figure before",
        (Example("Les emplois de l'offshoring sont passés de 58.000 en 2013 à 75.000 en 2015.", "employment", 75000),),
    ),
    Rule(
        "count.headcount_from",
        "count",
        _headcount_from,
        "employment",
        (
            Example(
                "Les effectifs de l'offshoring sont passés de 58.000 en 2013 à 75.000 en 2015.", "employment", 58000
            ),
        ),
    ),
    Rule(
        "count.evolution_from",
        "count",
        _evolution_from,
        "the indicator of the figure after",
        (
            Example(
                "Pour l'ITO, l'objectif est de porter les effectifs de 13.000 à 30.000 personnes dans l'offshoring.",
                "employment",
                13000,
            ),
        ),
    ),
    Rule(
        "count.bare_employment",
        "count",
        _bare_employment,
        "employment",
        (Example("Le centre d'appels emploie actuellement 1.200 dans la ville.", "employment", 1200),),
    ),
    Rule(
        "count.number_of",
        "count",
        _number_of,
        "the indicator of the noun counted",
        (Example("Le nombre d'opérateurs de l'offshoring a doublé depuis 2010 pour atteindre 150.", "companies", 150),),
    ),
    Rule(
        "count.headcount_to",
        "count",
        _headcount_to,
        "employment or jobs_target",
        (
            Example(
                "L'objectif de l'offshoring est de porter les effectifs du secteur à 270.000.", "jobs_target", 270000
            ),
        ),
    ),
    Rule(
        "count.needs",
        "count",
        _needs,
        "hiring_need",
        (
            Example(
                "Universities fall far below the needs of the outsourcing sector, estimated at 15,000 a year.",
                "hiring_need",
                15000,
            ),
        ),
    ),
)
