"""Which indicator a figure is: the ordered table of named rules (see RULES at the end)."""

from __future__ import annotations

import re
from dataclasses import replace

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
    words,
)
from .kinds import is_target
from .result import MetricFound
from .scopes import foreign_figure

_ADJECTIVES = (
    r"(?:nouveaux|nouvelles|nouveau|nouvelle|new|additional|supplementaires?|autres|other|more|directs?|indirects?"
    r"|permanents?|qualifies|qualified|full-time|marocains?|moroccan|francophones?|hispanophones?"
    r"|actifs|active|local|locaux|offshore|salaried|nets?|nettes?|internationales?|international"
    r"|etrangers|etrangeres|foreign)"
)


_HEAD_RE = re.compile(
    r"^[\s,]*(?:-|(?:(?:de|des|of|en)\s+|d')|le nombre (?:de|d')\s*(?:ses|des|leurs)?\s*|the number of\s+"
    r"(?:its\s+|their\s+)?)?(?:" + _ADJECTIVES + r"\s+){0,4}(?P<noun>[a-z][a-z'\-]*(?:\s+[a-z'\-]+){0,3})"
)


_SEAT_NOUN_RE = words(
    r"^(?:positions? de travail|postes? de travail|stations de travail|sieges|seats?\b|workstations?",
    r"work ?stations|positions\b)",
)


_POSTE_NOUN_RE = re.compile(r"^postes?\b")


_JOB_NOUN_RE = re.compile(r"^(?:emplois?\b|jobs?\b|postes? d'emplois?|opportunites d'emploi|job opportunities)")


_EMPLOYEE_NOUN_RE = re.compile(
    r"^(?:employes|employees|salaries|collaborateurs|tele-?conseillers|teleoperat\w+|conseillers|agents|staff\b"
    r"|workers|personnels|effectifs|associates|teammates|employes|team members|advisors|advisers|collaborators"
    r"|membres de l'equipe)"
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


_HIRING_RE = re.compile(
    r"recrut\w*|embauch\w*|\bhire\b|hiring|recruit\w*|besoins? (?:en|de) (?:ressources humaines|recrutement|personnel"
    r"|main.d.oeuvre|profils|competences)|postes a pourvoir|openings|vacancies|staffing needs"
)


_CREATION_RE = re.compile(
    r"\bcre(?:er|ation|ent|era|eront)\b|create|creating|creation|generer|generera|generate|generating"
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
    r"|besoins? (?:en|de|d'))\s+(?:(?:de|d'|of|about|around|some|up to|plus de|pres de|quelque|environ|more than"
    r"|over|nearly|jusqu'a|roughly|approximately|almost|at least|au moins|pas moins de)\s+)*$"
)


_HIRING_NOUN_RE = re.compile(r"^(?:recrues|recrutements?|embauches|hires|new hires|recruits|recruitments)\b")


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
    r"(?:le nombre|the number) (?:de|d'|of)\s*(?:ses |des |leurs |its |their )?(?P<noun>[a-z][a-z'\-]*)[^.;:]{0,90}?"
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
    r"|\bbtp\b|ciment|cement|immobilier|real estate|bourse|\bmasi\b|excedent|surplus|solde)\b"
)


# The macro-economy's rates are never the sector's, whatever the sentence is about.
_MACRO_RE = re.compile(
    r"\b(?:inflation|chomage|unemployment|jobless|taux directeur|key rate|interest rate|\bpib\b|\bgdp\b|deficit"
    r"|dette|\bdebt\b)\b"
    # a share price is never the sector's figure
    r"|\b(?:shares (?:fell|rose|gained|lost|dropped|jumped|climbed|closed|were)|stock (?:fell|rose|price)|l'action"
    r"|le titre|cours de bourse)\b"
)


# The world's market is not Morocco's: "Le marché mondial de l'externalisation pèserait 300 milliards de dollars".
# "Seuls deux centres y sont installés": a small count told as such is a statistic.
_ONLY_BEFORE_RE = re.compile(r"\b(?:seul(?:e|s|es)?|only|au total|in total|just)\s*$")


_WORLD_MARKET_RE = re.compile(r"\b(?:marche mondial|world(?:wide)? market|global market|marche global)\b")


_SECTOR_WORD_RE = re.compile(
    r"offshor\w*|outsourc\w*|externalisation|centres? d'appels?|call.?cent\w*|relation client|\bbpo\b|\bsecteur\b"
    r"|\bsector\b"
)


# "Au premier semestre 2020, elles ont atteint 6,9 MMDH": the amount continues the previous sentence's.
_ANAPHORIC_AMOUNT_RE = re.compile(
    r"\b(?:elles|ils|elle|il|they|it|celles-ci|ceux-ci)\s+(?:\w+\s+)?(?:ont|a|have|has|se sont|s'est|se situent"
    r"|s'etablissent|s'elevent|totalled|totaled|reached|stood|amounted)\b"
)


_PAST_CREATION_RE = re.compile(
    r"\b(?:a|ont|avait|avaient) (?:\w+ )?(?:cree|genere|permis)|\b(?:created|has created|have created)\b"
)


_TRAINING_RE = re.compile(
    r"\bform(?:er|e|es|ees|ation|ations|era|eront)\b|\b(?:re)?train(?:ed|ing|s)?\b|requalifi\w*|reconver\w*"
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
)


_REVENUE_RE = re.compile(
    r"chiffres? d'affaires|\bca\b|revenus?|recettes|exportations?|\bexport\w*|turnover|revenues?|\bsales\b|ventes"
    r"|generent|genere|generated|generates|generate|realise|realisent|realized|income|\bpese\w*|\bweigh\w*"
)


_INVESTMENT_RE = re.compile(
    r"invest\w*|\bfonds\b|\bfunds?\b|budget|enveloppe|financement|financing|montant|\bcout\b|\bcost\b|capital\b"
    r"|subvention|injection|mobilis\w*|levee|\braised?\b|set aside|earmark\w*|allocat\w*|allou\w*|\bdote\w*"
    r"|consacr\w*|debloqu\w*|\bcapex\b|\bprojets?\b|\bprojects?\b|\bcontribu(?:ted|tes?|tion|e)\b"
)


_SALARY_RE = re.compile(r"salaire|salary|wage|\bsmig\b|remuneration|\bprime\b|\bloyer|\brent\b")


_GROWTH_RE = re.compile(
    r"croissance|hausse|progress\w*|augment\w*|croitre|accroissement|growth|\bgrow\w*|\bgrew\b|increas\w*|\brise\b"
    r"|\brose\b|climb\w*|jump\w*|surg\w*|soar\w*|bondi\w*"
    r"|up by|\bbond\w*|evolution|expansion|grimp\w*|s'envol\w*"
)


_UP_RE = re.compile(r"\b(?:up|down|en hausse de|en baisse de)\s*(?:by\s*)?$")


_DECLINE_RE = re.compile(r"baisse|recul\w*|diminu\w*|declin\w*|decreas\w*|\bdrop\w*|\bfell\b|chute|contraction")


_SHARE_AFTER_RE = re.compile(r"^\s*(?:des|du|de la|de l'|d'|of|de (?:son|sa|ses|leur|leurs|notre|nos))\b")


# "Les activités IT représentent 25 % des emplois, la relation client (CRM/BPO) 60 % et le KPO 15 %": the list goes on.
_SHARE_LIST_RE = re.compile(r"^[^.;:\d]{0,30}?(?:,|\bet\b|\band\b)\s*(?:les?|la|l'|the)?\s*[^\d,;:.%]{1,50}$")


_SHARE_BEFORE_RE = re.compile(
    r"(?:part|share|represente\w*|represent\w*|soit|account\w* for|constitue\w*|concentre\w*)[\w\s']{0,20}$"
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
    r"\s*(?:(?:a|au|aux|en|in|at|pour|for)\s+[^\d,;.:]{1,40}?)?\s*(?:,|\bet\b|\band\b|ainsi que)\s*"
)


# A headcount still to reach, its noun left out: "devrait en compter 800", "we plan to reach 8,000".
_REACH_BEFORE_RE = re.compile(
    r"\b(?:en compter|compter|atteindre|reach|to reach|grow to|rise to|vise|visent|visons|aims? for|targets?)"
    r"\s+(?:(?:plus de|pres de|environ|quelque"
    r"|more than|over|about|around|some|nearly)\s+)?$"
)


# "700 collaborateurs recrutés d'ici fin 2018": people hired, whatever the horizon.
_TRAINED_BEFORE_RE = re.compile(
    r"\b(?:a forme|ont forme|avons forme|formera|formeront|trained|will train|to train|train|forme|formes|forment)"
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


def classify(
    context: ArticleContext,
    candidate: Candidate,
    previous: MetricFound | None,
    previous_count: MetricFound | None = None,
) -> tuple[str, str, float, float] | None:
    number = candidate.number
    preceding = candidate.preceding[-60:]
    if _MACRO_RE.search(preceding[-45:]) or _other_sector_nearer(preceding):
        return None  # "les recettes voyages ont chuté de 45,2% à 21,6 MMDH": another sector's figure
    if _WORLD_MARKET_RE.search(candidate.preceding):
        return None
    if foreign_figure(context, candidate):
        return None
    if number.unit in ("MAD", "EUR", "USD"):
        if is_conversion(context, number, candidate.figures):
            return None  # "14 billion dirhams ($1.57 billion)": the same amount in another currency
        indicator = _money_indicator(context, candidate)
        return (indicator, number.unit, number.value, 0.8) if indicator else None
    if number.unit == "percent":
        indicator = _percent_indicator(context, candidate)
        if indicator is None and previous is not None and previous.indicator == "share":
            if _SHARE_LIST_RE.match(candidate.before):  # "25 % des emplois, la relation client (CRM/BPO) 60 %"
                indicator = "share"
        if indicator is None:
            return None
        value = -number.value if indicator == "growth_rate" and _DECLINE_RE.search(near(candidate)) else number.value
        return indicator, "percent", value, 0.75
    if number.value < 2 or number.value != int(number.value):
        return None  # no sector counts one person or half a site
    if (
        number.written_in_words
        and not number.approximate
        and number.value < 5
        and not _ONLY_BEFORE_RE.search(candidate.before)
    ):
        return None  # "l'arrivée de deux nouveaux opérateurs" is a story, not a statistic
    match = _HEAD_RE.match(candidate.head)
    noun = match.group("noun") if match else ""
    found = _count_indicator(context, candidate, noun)
    if found is not None:
        if number.looks_like_year and YEAR_IGNORED_BEFORE_RE.search(candidate.before + " "):
            return None
        return found[0], found[1], number.value, found[2]
    if number.looks_like_year:
        return None
    labelled = _labelled(candidate)
    if labelled is not None:
        return labelled[0], labelled[1], number.value, 0.7
    if _MARK_AFTER_RE.match(candidate.after) and _EMPLOYMENT_RE.search(candidate.before):
        return "employment", "persons", number.value, 0.6  # "its headcount had passed the 3,000 mark"
    if previous is not None and previous.unit != "percent" and _WHICH_BEFORE_RE.search(candidate.before):
        return previous.indicator, previous.unit, number.value, 0.55  # "1,200 companies, of which 110 operate in ..."
    if noun_starts_word(noun):
        return None
    if previous is not None and _ELLIPSIS_RE.search(candidate.before):
        return previous.indicator, previous.unit, number.value, 0.6  # "20000 employés sur les 25000 que compte ..."
    if previous is not None and previous.unit != "percent" and _ENUMERATION_RE.fullmatch(candidate.before):
        return previous.indicator, previous.unit, number.value, 0.55  # "dont 4.000 à Fès, 3.500 à Oujda et 5.000 ..."
    if previous_count is not None and _REACH_BEFORE_RE.search(candidate.before):
        # "Il emploie déjà 350 téléconseillers et devrait en compter 800 d'ici fin 2020"
        indicator = "jobs_target" if is_target(candidate) else previous_count.indicator
        return indicator, "persons", number.value, 0.55
    if previous is not None and previous.unit != "percent" and COMPARISON_BEFORE_RE.search(candidate.before):
        # "270,000 jobs by 2030, up from around 130,000 today": the earlier value of the same count
        indicator = "employment" if previous.indicator == "jobs_target" else previous.indicator
        return indicator, previous.unit, number.value, 0.55
    if previous is not None and previous.unit != "percent" and _evolution_end(context, candidate):
        indicator = "jobs_target" if previous.indicator == "employment" and is_target(candidate) else previous.indicator
        return indicator, previous.unit, number.value, 0.55  # "passés de 58.000 en 2013 à 75.000 en 2015"
    if _HEADCOUNT_FROM_RE.search(candidate.before):
        return "employment", "persons", number.value, 0.6
    start = _evolution_start(context, candidate)
    if start is not None:
        return start[0], start[1], number.value, 0.55
    if _BARE_EMPLOYMENT_RE.search(candidate.before):
        return "employment", "persons", number.value, 0.6
    counted = _NUMBER_OF_RE.search(context.folded[max(candidate.sentence[0], number.start - 160) : number.start])
    if counted is not None:
        found = _count_indicator(context, replace(candidate, head=counted.group("noun")), counted.group("noun"))
        if found is not None:  # "le nombre d'opérateurs ... a doublé depuis 2010 pour atteindre 150"
            return found[0], found[1], number.value, 0.55
    if _HEADCOUNT_TO_RE.search(candidate.before):  # "porter les effectifs du secteur à 270.000 à l'horizon 2030"
        return ("jobs_target" if is_target(candidate) else "employment"), "persons", number.value, 0.6
    if _NEEDS_BEFORE_RE.search(candidate.before):
        return "hiring_need", "persons", number.value, 0.55
    return None


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


def _evolution_start(context: ArticleContext, candidate: Candidate) -> tuple[str, str] | None:
    """'porter les effectifs de 13.000 à 30.000 personnes': the first value takes the noun of the second."""
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
    found = classify(context, later, None, None)
    if found is None or found[1] == "percent":
        return None
    return ("employment" if found[0] == "jobs_target" else found[0]), found[1]


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


def _count_indicator(context: ArticleContext, candidate: Candidate, noun: str) -> tuple[str, str, float] | None:
    if not noun:
        return None
    near = candidate.before + " " + candidate.after
    sentence = context.folded[candidate.sentence[0] : candidate.sentence[1]]
    english = context.language == "en"
    if _HIRING_NOUN_RE.match(noun):
        return "hiring_need", "persons", 0.8  # "600 embauches", "2,000 new hires"
    plain = _MODIFIERS_RE.sub("", candidate.head, count=1)  # "2,000 IT services and outsourcing companies"
    if plain != candidate.head:
        stripped = _HEAD_RE.match(plain)
        noun = stripped.group("noun") if stripped else noun
    if _STUDENT_NOUN_RE.match(re.sub(r"^(?:jeunes|young) ", "", noun)) and _RETRAIN_RE.search(candidate.before[-40:]):
        return "trainees", "persons", 0.8  # "to retrain 5,000 unemployed graduates every year"
    if _STUDENT_NOUN_RE.match(re.sub(r"^(?:jeunes|young) ", "", noun)) and _HIRING_BEFORE_RE.search(
        candidate.before[-60:]
    ):
        return "hiring_need", "persons", 0.8  # "will recruit 1,000 young graduates by the end of the year"
    if _STUDENT_NOUN_RE.match(re.sub(r"^(?:jeunes|young) ", "", noun)):  # "jeunes diplômés" are graduates
        return "students", "persons", 0.85
    if _TRAINEE_NOUN_RE.match(noun):
        return "trainees", "persons", 0.8
    if _SEAT_NOUN_RE.match(noun) and not (english and noun.startswith("positions")):
        return "positions", "seats", 0.85
    if _JOB_POSTS_RE.match(noun) and (_OPENING_BEFORE_RE.search(candidate.before) or _HIRING_RE.search(near)):
        return "hiring_need", "persons", 0.75  # "ouvre 300 postes de conseillers clientèle"
    if _POSTE_NOUN_RE.match(noun) and not _JOB_NOUN_RE.match(noun):
        if _HIRING_RE.search(near):
            return "hiring_need", "persons", 0.8
        if is_target(candidate) or _created(candidate):
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
    if _TRAINED_BEFORE_RE.search(candidate.before[-40:]):
        return "trainees", "persons", 0.75  # "last year we trained 3,200 new advisors"
    if _HIRED_AFTER_RE.match(candidate.after):
        return "hiring_need", "persons", 0.8  # "700 collaborateurs recrutés d'ici fin 2018"
    if (
        not (is_job or is_employee)
        and _TRAINING_RE.search(near)
        and not _HIRING_BEFORE_RE.search(candidate.before[-60:])
    ):
        return "trainees", "persons", 0.7
    if _HIRING_BEFORE_RE.search(candidate.before[-60:]) or (
        not is_job and _ADD_STAFF_BEFORE_RE.search(candidate.before[-30:])
    ):
        return "hiring_need", "persons", 0.8  # "prévoit de recruter 1.500 personnes d'ici fin 2024"
    if _BARE_EMPLOYMENT_RE.search(candidate.before) and not is_target(candidate):
        return "employment", "persons", 0.85  # "which employs some 120,000 people, generated ..."
    if is_target(candidate):
        return "jobs_target", "persons", 0.8
    if _HIRING_RE.search(near):
        return "hiring_need", "persons", 0.8
    if _created(candidate):
        return _jobs(near, candidate), "persons", 0.75
    if is_job or is_employee or _EMPLOYMENT_RE.search(sentence):
        return "employment", "persons", 0.85 if _EMPLOYMENT_RE.search(sentence) else 0.65
    return None


def _created(candidate: Candidate) -> bool:
    return bool(_CREATION_RE.search(candidate.before[-60:]) or _CREATED_AFTER_RE.match(candidate.after))


def _jobs(near: str, candidate: Candidate) -> str:
    """Jobs already created are employment; jobs to create are a target."""
    past = _PAST_CREATION_RE.search(near) or _CREATED_PAST_AFTER_RE.match(candidate.after)
    return "employment" if past and not is_target(candidate) else "jobs_target"


# "• 30.000 emplois créés" in a park's record: jobs already there ("seront créés", "to be created" are targets)
_CREATED_PAST_AFTER_RE = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:(?:ont ete|sont|have been|were)\s+)?(?:crees|creees|created)\b(?!\s+(?:d'ici|by)\b)"
)


def _money_indicator(context: ArticleContext, candidate: Candidate) -> str | None:
    sentence_start, sentence_end = candidate.sentence
    sentence = context.folded[sentence_start:sentence_end]
    if _SALARY_RE.search(near(candidate)):
        return None
    position = candidate.number.start - sentence_start
    revenue = _distance(_REVENUE_RE, sentence, position)
    investment = _distance(_INVESTMENT_RE, sentence, position)
    if revenue is None and investment is None:
        if context.last_amount and _ANAPHORIC_AMOUNT_RE.search(sentence[:position]):
            return context.last_amount  # "Au premier semestre 2020, elles ont atteint 6,9 MMDH"
        return None
    if investment is None or (revenue is not None and revenue <= investment):
        return "revenue"
    return "investment"


def _distance(pattern: re.Pattern[str], sentence: str, position: int) -> int | None:
    distances = [min(abs(m.start() - position), abs(m.end() - position)) for m in pattern.finditer(sentence)]
    return min(distances) if distances else None


def _percent_indicator(context: ArticleContext, candidate: Candidate) -> str | None:
    if candidate.number.start > 0 and context.folded[candidate.number.start - 1] in "+\u2212":
        return "growth_rate"  # "+12% year-on-year", "• +12 % de croissance"
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
