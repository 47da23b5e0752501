"""Sector figures: which number is which indicator, with its qualifier, year, period, place and scope.

A number becomes a metric only when the words around it say what it counts: a noun right after it
("45.000 personnes", "20 nouveaux sites", "250 postes"), a currency, or a percent with a growth or share cue.
Everything else (durations, ordinals, "six commissions", "sept villes") is left alone, because a wrong
figure on a chart costs more than a missing one. All patterns run on folded text (lowercase, no accents).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from .gazetteer import fold
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
    focus_place: tuple[str, str] | None = None  # (place, region) the title is about, when it names one region
    last_amount: str | None = None  # indicator of the last amount read, for "elles ont atteint 6,9 MMDH"
    url_year: int | None = None  # the year of a dated address ("site.com/2021/06/slug") when no date is given
    foreign: list[tuple[int, int]] | None = None  # where other countries are named, found once per article


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(patterns))


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

_SEAT_NOUN_RE = _words(
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
_FORECAST_RE = re.compile(
    r"previsions?|devrait|devraient|attendu|expected|forecasts?|projected|projections?|anticip\w+|tendances?"
    r"|should reach|estimations?|table sur|s'attend|pourrai(?:t|ent)\b|\bcould\b"
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
# "800 jobs expected", "2.000 emplois attendus d'ici 2020": jobs still to come.
_TARGET_AFTER_RE = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:attendus|expected|prevus|planned|vises|envisages)\b")
# "D'ici 2030, l'Etat ambitionne de porter les exportations à 40 MMDH et les effectifs à 270.000 personnes".
_SENTENCE_TARGET_RE = re.compile(
    r"\W*(?:d'ici|a l'horizon|by|horizon)\s+(?:(?:la |the )?(?:fin|end)(?: of)?\s+)?(?:19|20)\d\d"
)
_PLAN_PERIOD_RE = re.compile(r"\b(?:19|20)\d\d\s?[-–/]\s?(?P<end>(?:19|20)\d\d|\d\d)\b")
_TARGET_YEAR_RE = re.compile(
    r"(?:d'ici|a l'horizon|horizon|\bby|\bpour|\bavant|\bbefore|\buntil|jusqu'en)\s+(?:(?:la |the )?(?:fin|end)"
    r"(?: of| de)?\s+)?(?P<year>(?:19|20)\d\d)\b"
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
# "de 13.000 à 30.000 personnes", "from 70,000 in 2015 to 120,000": the first value of an evolution, its noun told
# with the second.
_EVOLUTION_FROM_RE = re.compile(r"\b(?:de|from)\s+$")
_EVOLUTION_TO_RE = re.compile(
    r"^\s*(?:(?:en|in|fin|end of|a fin)\s+(?:19|20)\d\d\s*,?\s*)?(?:a|to)\s+(?:(?:plus de|pres de|environ|quelque"
    r"|more than|over|about|around|some|nearly|the|les)\s+)?$"
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
# "up from around 130,000 today", "contre 1.000 en 2008": the same indicator as the figure before, an earlier value.
_COMPARISON_BEFORE_RE = re.compile(
    r"(?:\bcontre|\bup from|\bdown from|compared (?:with|to)|\bversus|\bvs\.?|\bagainst|au lieu d[e'])\s+"
    r"(?:(?:plus de|pres de|environ|quelque|seulement|a peine|tout juste|more than|over|about|around|some|nearly"
    r"|only|just|barely)\s+)?$"
)
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
_SECTOR_SCOPE_AFTER_RE = re.compile(
    r"^\s*(?:\S+\s+){0,2}?(?:que compte|du secteur|of the sector|in the sector|dans le secteur|au niveau national)"
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
_YEAR_RE = re.compile(r"(?<![\d\-–/.,])(?:19|20)\d{2}(?![\d\-–/]|,\d)")
_YEAR_IGNORED_BEFORE_RE = re.compile(
    r"(?:depuis|since|cree\w*|fonde\w*|founded|created|established|lance\w*|launched|nee?|born|from|des|dès|plan"
    r"|strategie|vision|programme|mondial|coupe|par rapport a|compared (?:with|to)|relative to|versus|vs\.?)\s*"
    r"(?:en|in|le|l'annee|the year|l'exercice)?\s*$"
    # "Le site de Rabat, ouvert en 2008, accueille 600 ...", "which set up in Casablanca in 2002, employs ...":
    # when a site opened, not when its figure holds. "la crise de 2009" names an event.
    r"|(?:ouverte?s?|inaugure\w*|implantee?s?|installee?s?|arrivee?s?|opened|set up|inaugurated|established"
    r"|arrived)\b[^,.;:\d]{0,45}\s(?:en|in)\s*$"
    r"|\b(?:crise|crisis|krach|pandemie) (?:de|of)\s*$"
)
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

_MODIFIERS_RE = re.compile(
    r"^\W*(?:(?:it|ict|tech|digital|bpo|ites|outsourcing|offshoring|services?|customer|experience|software|and|&"
    r"|international|foreign|unemployed|chomeurs)\s+){1,5}"
)
_FUTURE_BEFORE_RE = re.compile(
    r"\b(?:formera|formeront|recrutera|recruteront|creera|creeront|emploiera|emploieront|generera|genereront"
    r"|will (?:create|hire|train|employ|recruit|add|generate|open)"
    r"|(?:vont|va) (?:s'|se )?(?:creer|s'installer|installer|ouvrir|generer|recruter|employer|permettre|apporter"
    r"|ajouter|implanter))\b"
)
_COORDINATION_RE = re.compile(r"^\W*(?:et|and|ainsi que|as well as)\b")
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
# "qui portera ses effectifs marocains à 3.000 salariés": the country's figure, whatever city the sentence names.
_NATIONAL_MARKER_RE = re.compile(
    r"\b(?:effectifs|salaries|employes|staff|workforce|headcount) marocains\b|\bau maroc\b|\bin morocco\b"
    r"|\bdans le royaume\b|\bin the kingdom\b|\bnationwide\b|\bau niveau national\b|\ba l'echelle nationale\b"
    r"|\bin the country\b|\bdans le pays\b|\bin the (?:north african )?kingdom\b"
)
_QUESTION_YEAR_IGNORED_RE = re.compile(r"(?:depuis|since|plan|strategie|vision|horizon)\s*$")
_HIRED_AFTER_RE = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:recrutes|recrutees|embauches|embauchees|hired|recruited)\b")

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
    sentence_target: bool = False  # the sentence opens on a horizon: "D'ici 2030, ..."
    preceding: str = ""  # folded text of the sentence before the figure, at most 80 characters


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
            candidate = _candidate(context, sentence, inside, index)
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


# Other countries Morocco is compared with: "La Tunisie compte environ 25.000 téléconseillers, le Sénégal 6.000",
# "Romania employs some 120,000", "It added about 40,000 staff in the Philippines and India".
_FOREIGN_RE = re.compile(
    r"\b(?:(?:la )?tunisie|tunisia|tunis|(?:le )?senegal|dakar|madagascar|antananarivo|(?:l')?egypte|egypt"
    r"|(?:le )?caire|cairo|pologne|poland|roumanie|romania|philippines|manille|manila|(?:l')?inde|india"
    r"|(?:l')?ile maurice"
    r"|mauritius|cote d'ivoire|ivory coast|abidjan|bulgarie|bulgaria|hongrie|hungary|ukraine|south africa"
    r"|afrique du sud|kenya|nigeria|algerie|algeria|tunisien\w*|tunisian|senegalais\w*|senegalese|egyptien\w*"
    r"|egyptian|malgache\w*|malagasy|filipino|philippin\w*)\b"
)
_MOROCCO_RE = re.compile(r"\b(?:maroc|morocco|royaume|kingdom|marocain\w*|moroccan|pays|country)\b")
# "employs more than 380,000 people in 83 countries": the group's worldwide headcount
_COUNTRIES_AFTER_RE = re.compile(r"[^.;]{0,40}?\b(?:in|across|dans|en|sur)\s+(?:\w+\s+)?\d+\s+(?:countries|pays)\b")
_MOROCCO_PART_RE = re.compile(
    r"(?:[^.;]|\.\d){0,60}?\b(?:dont|of which|including)\b(?:[^.;]|[.,]\d){0,30}?\b(?:maroc|morocco)\b"
)
_FOREIGN_AFTER_RE = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:in|en|au|a) (?:the )?$")


def _foreign_figure(context: ArticleContext, candidate: _Candidate) -> bool:
    """A figure of another country, or of a group worldwide: the nearest country named before it, within its
    clause, is foreign, or one follows it as its place ("40,000 staff in the Philippines"), with no Morocco after."""
    number = candidate.number
    sentence_start, sentence_end = candidate.sentence
    if _COUNTRIES_AFTER_RE.match(context.folded, number.end, sentence_end) and not _MOROCCO_PART_RE.match(
        context.folded, number.end, sentence_end
    ):
        return True  # unless its Moroccan part follows: "30.000 collaborateurs dans 16 pays, dont 16.500 au Maroc"
    if context.foreign is None:  # found once per article
        context.foreign = [m.span() for m in _FOREIGN_RE.finditer(context.folded)]
    named = [span for span in context.foreign if sentence_start <= span[0] < sentence_end]
    if not named:
        return False
    after = candidate.after[:60]
    if _MOROCCO_RE.search(after):
        return False
    following = [begin for begin, _ in named if number.end <= begin < number.end + len(after)]
    if following and _FOREIGN_AFTER_RE.match(context.folded[number.end : following[0]]):
        return True
    last_foreign = [end for _, end in named if end <= number.start]
    if not last_foreign:
        return False
    last_morocco = [m.end() for m in _MOROCCO_RE.finditer(context.folded, sentence_start, number.start)]
    return not last_morocco or last_foreign[-1] > last_morocco[-1]


def _other_sector_nearer(preceding: str) -> bool:
    """Another sector named nearer the figure than ours: in "Côté offshoring, en revanche, les recettes voyages ont
    chuté de 45,2%" the rate is tourism's."""
    other = [m.end() for m in _OTHER_SECTOR_RE.finditer(preceding)]
    if not other:
        return False
    ours = [m.end() for m in _SECTOR_WORD_RE.finditer(preceding)]
    return not ours or other[-1] > ours[-1]


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
    if previous and _EVOLUTION_TO_RE.match(context.folded[previous[-1] : number.start]):
        # "l'objectif est de porter les effectifs de 13.000 à 30.000 personnes": the aim governs both values
        before_start = max(sentence[0], number.start - _BEFORE_WINDOW)
    after_end = min(sentence[1], number.end + _AFTER_WINDOW, following[0] if following else sentence[1])
    folded = context.folded
    return _Candidate(
        number,
        sentence,
        folded[before_start : number.start],
        folded[number.end : after_end],
        folded[number.end : min(sentence[1], number.end + 60)],
        tuple(inside),
        bool(_SENTENCE_TARGET_RE.match(folded, sentence[0], sentence[1])),
        folded[max(sentence[0], number.start - 80) : number.start],
    )


def _metric(
    context: ArticleContext,
    candidate: _Candidate,
    previous: MetricFound | None,
    previous_count: MetricFound | None = None,
) -> MetricFound | None:
    classified = _classify(context, candidate, previous, previous_count)
    if classified is None:
        return None
    indicator, unit, value, confidence = classified
    sentence_start, sentence_end = candidate.sentence
    year, year_source = _year(context, candidate)
    kind = _kind(context, candidate, year, previous)
    if year_source != "stated" and (kind == "target" or (kind == "forecast" and _FORECAST_RE.search(candidate.before))):
        horizon = _TARGET_YEAR_RE.search(context.folded, sentence_start, sentence_end)
        period = _PLAN_PERIOD_RE.search(context.folded, sentence_start, sentence_end)
        if horizon:  # "la création de 60.000 emplois et 18 MMDH à l'horizon 2020": the horizon is both figures'
            year, year_source = int(horizon.group("year")), "stated"
        elif period:  # "Under the PAI 2014-20, ... expected to create 100,000 jobs"
            end = period.group("end")
            year, year_source = int(end) if len(end) == 4 else 2000 + int(end), "stated"
    place, region = _place(context, candidate, indicator)
    scope, organisation = _scope(context, candidate)
    return MetricFound(
        indicator=indicator,
        value=Decimal(str(value)),
        unit=unit,
        qualifier=_precision(candidate),
        kind=kind,
        year=year,
        sentence=context.text[sentence_start:sentence_end],
        start=sentence_start,
        end=sentence_end,
        period=_period(candidate),
        place=place,
        region=region,
        scope=scope,
        organisation=organisation,
        year_source=year_source,
        rule=f"legacy.{indicator}",
        confidence=confidence,
    )


def _classify(
    context: ArticleContext,
    candidate: _Candidate,
    previous: MetricFound | None,
    previous_count: MetricFound | None = None,
) -> tuple[str, str, float, float] | None:
    number = candidate.number
    preceding = candidate.preceding[-60:]
    if _MACRO_RE.search(preceding[-45:]) or _other_sector_nearer(preceding):
        return None  # "les recettes voyages ont chuté de 45,2% à 21,6 MMDH": another sector's figure
    if _WORLD_MARKET_RE.search(candidate.preceding):
        return None
    if _foreign_figure(context, candidate):
        return None
    if number.unit in ("MAD", "EUR", "USD"):
        if _is_conversion(context, number, candidate.figures):
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
        value = -number.value if indicator == "growth_rate" and _DECLINE_RE.search(_near(candidate)) else number.value
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
        if number.looks_like_year and _YEAR_IGNORED_BEFORE_RE.search(candidate.before + " "):
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
        indicator = "jobs_target" if _is_target(candidate) else previous_count.indicator
        return indicator, "persons", number.value, 0.55
    if previous is not None and previous.unit != "percent" and _COMPARISON_BEFORE_RE.search(candidate.before):
        # "270,000 jobs by 2030, up from around 130,000 today": the earlier value of the same count
        indicator = "employment" if previous.indicator == "jobs_target" else previous.indicator
        return indicator, previous.unit, number.value, 0.55
    if previous is not None and previous.unit != "percent" and _evolution_end(context, candidate):
        indicator = (
            "jobs_target" if previous.indicator == "employment" and _is_target(candidate) else previous.indicator
        )
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
        return ("jobs_target" if _is_target(candidate) else "employment"), "persons", number.value, 0.6
    if _NEEDS_BEFORE_RE.search(candidate.before):
        return "hiring_need", "persons", number.value, 0.55
    return None


_LABEL_INDICATORS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"^(?:positions|seats|postes de travail|workstations)"), "positions", "seats"),
    (re.compile(r"^(?:sites?|implantations|centres|centers)"), "sites", "sites"),
    (re.compile(r"^(?:entreprises|companies|operateurs|operators)"), "companies", "companies"),
    (re.compile(r""), "employment", "persons"),
)


def _labelled(candidate: _Candidate) -> tuple[str, str] | None:
    """A fact box's figure: 'Effectifs : 1.200', 'Employees: 3,500', 'Sites in Morocco: 9'."""
    match = _LABEL_RE.search(candidate.preceding)
    if match is None:
        return None
    label = match.group("label")
    return next((indicator, unit) for pattern, indicator, unit in _LABEL_INDICATORS if pattern.match(label))


def _evolution_end(context: ArticleContext, candidate: _Candidate) -> bool:
    """'passés de 58.000 en 2013 à 75.000': the figure ends an evolution opened by the figure before it."""
    earlier = [n for n in candidate.figures if n.end <= candidate.number.start and not n.looks_like_year]
    if not earlier or not _EVOLUTION_TO_RE.match(context.folded[earlier[-1].end : candidate.number.start]):
        return False
    return bool(
        _EVOLUTION_FROM_RE.search(context.folded, max(candidate.sentence[0], earlier[-1].start - 8), earlier[-1].start)
    )


def _evolution_start(context: ArticleContext, candidate: _Candidate) -> tuple[str, str] | None:
    """'porter les effectifs de 13.000 à 30.000 personnes': the first value takes the noun of the second."""
    if not _EVOLUTION_FROM_RE.search(candidate.before[-8:]):
        return None
    figures = list(candidate.figures)
    index = figures.index(candidate.number)
    following = [i for i in range(index + 1, len(figures)) if not figures[i].looks_like_year]
    if not following or figures[following[0]].unit != candidate.number.unit:
        return None
    if not _EVOLUTION_TO_RE.match(context.folded[candidate.number.end : figures[following[0]].start]):
        return None
    later = _candidate(context, candidate.sentence, figures, following[0])
    found = _classify(context, later, None, None)
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


def _near(candidate: _Candidate) -> str:
    return candidate.before[-60:] + " " + candidate.after[:40]


def _count_indicator(context: ArticleContext, candidate: _Candidate, noun: str) -> tuple[str, str, float] | None:
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
        if _is_target(candidate) or _created(candidate):
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
    if _BARE_EMPLOYMENT_RE.search(candidate.before) and not _is_target(candidate):
        return "employment", "persons", 0.85  # "which employs some 120,000 people, generated ..."
    if _is_target(candidate):
        return "jobs_target", "persons", 0.8
    if _HIRING_RE.search(near):
        return "hiring_need", "persons", 0.8
    if _created(candidate):
        return _jobs(near, candidate), "persons", 0.75
    if is_job or is_employee or _EMPLOYMENT_RE.search(sentence):
        return "employment", "persons", 0.85 if _EMPLOYMENT_RE.search(sentence) else 0.65
    return None


def _is_target(candidate: _Candidate) -> bool:
    if _COMPARISON_BEFORE_RE.search(candidate.before):
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


def _created(candidate: _Candidate) -> bool:
    return bool(_CREATION_RE.search(candidate.before[-60:]) or _CREATED_AFTER_RE.match(candidate.after))


def _jobs(near: str, candidate: _Candidate) -> str:
    """Jobs already created are employment; jobs to create are a target."""
    past = _PAST_CREATION_RE.search(near) or _CREATED_PAST_AFTER_RE.match(candidate.after)
    return "employment" if past and not _is_target(candidate) else "jobs_target"


# "• 30.000 emplois créés" in a park's record: jobs already there ("seront créés", "to be created" are targets)
_CREATED_PAST_AFTER_RE = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:(?:ont ete|sont|have been|were)\s+)?(?:crees|creees|created)\b(?!\s+(?:d'ici|by)\b)"
)


def _money_indicator(context: ArticleContext, candidate: _Candidate) -> str | None:
    sentence_start, sentence_end = candidate.sentence
    sentence = context.folded[sentence_start:sentence_end]
    if _SALARY_RE.search(_near(candidate)):
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


def _percent_indicator(context: ArticleContext, candidate: _Candidate) -> str | None:
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


def _kind(context: ArticleContext, candidate: _Candidate, year: int | None, previous: MetricFound | None) -> str:
    """Actual, target or forecast."""
    if _is_target(candidate):
        return "target"
    if previous is not None and previous.kind == "target" and _COORDINATION_RE.match(candidate.before):
        return "target"  # "porter les exportations à 40 MMDH et les effectifs à 270.000 personnes"
    before = candidate.before.rstrip()
    if any(pattern.search(before) for _qualifier, pattern in _QUALIFIER_RES):
        return "actual"
    if _FORECAST_RE.search(candidate.before + " " + candidate.after[:40]):
        return "forecast"
    published = context.publication_date
    if not candidate.number.approximate and published is not None and year is not None and year > published.year:
        return "forecast"
    return "actual"


def _precision(candidate: _Candidate) -> str:
    """Exact, more than, less than or about: how precise the figure is, whatever its kind."""
    before = candidate.before.rstrip()
    for qualifier, pattern in _QUALIFIER_RES:
        if pattern.search(before):
            return qualifier
    return "about" if candidate.number.approximate else "exact"


_PERIODS = {"week": "per_week", "month": "per_month", "year": "per_year"}


def _period(candidate: _Candidate) -> str:
    window = candidate.after + " " + candidate.before[-25:]
    for per, pattern in _PER_RES:
        if pattern.search(window):
            return _PERIODS[per]
    return "year"


def _year(context: ArticleContext, candidate: _Candidate) -> tuple[int | None, str]:
    """The year the sentence gives the figure, else the publication year.

    A year belongs to the figure nearest to it ("7 MMDH en 2015 et 10 MMDH en 2018"), a year after a figure
    being nearer than one before it; a year opening the sentence ("En 2019, ...") belongs to every figure, and a
    figure without a year of its own shares the one of the figure before it ("14 billion in 2019, up 8%").
    """
    sentence_start, sentence_end = candidate.sentence
    sentence = context.folded[sentence_start:sentence_end]
    figures = [
        n for n in candidate.figures if not n.looks_like_year and not _is_conversion(context, n, candidate.figures)
    ]
    owned: dict[int, list[tuple[float, int]]] = {}
    for match in _YEAR_RE.finditer(sentence):
        start, end = sentence_start + match.start(), sentence_start + match.end()
        if (
            not figures
            or any(n.start <= start < n.end for n in figures)
            or _YEAR_IGNORED_BEFORE_RE.search(sentence[max(0, match.start() - 60) : match.start()])
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
        years = list(_YEAR_RE.finditer(context.folded, previous_start, previous_end))
        if years:
            owned.setdefault(id(candidate.number), []).append((0, int(years[-1].group())))
    position = next((i for i, n in enumerate(figures) if n is candidate.number), len(figures))
    earlier_year = bool(_YEAR_EARLIER_AFTER_RE.match(candidate.after))
    for figure in [*([] if earlier_year else [candidate.number]), *reversed(figures[:position])]:
        if figure is not candidate.number and _COMPARISON_BEFORE_RE.search(
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
        for m in _YEAR_RE.finditer(context.folded, previous_start, previous_end)
        if not _YEAR_IGNORED_BEFORE_RE.search(context.folded, max(previous_start, m.start() - 60), m.start())
    ]
    if not years or _TARGET_YEAR_RE.search(
        context.folded, max(previous_start, years[-1].start() - 30), years[-1].end()
    ):
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
        for m in _YEAR_RE.finditer(question)
        if not _QUESTION_YEAR_IGNORED_RE.search(question[max(0, m.start() - 20) : m.start()])
    ]
    return years[-1] if len(years) == 1 else None


def _figure_between(figures: list[NumberMention], number: NumberMention, position: int) -> bool:
    """Does another figure stand between a phrase ("last year") and this one? Then the phrase dates that one."""
    low, high = sorted((position, number.start))
    return any(f is not number and low <= f.start < high for f in figures)


def _is_conversion(context: ArticleContext, number: NumberMention, figures: tuple[NumberMention, ...]) -> bool:
    if number.unit not in ("MAD", "EUR", "USD"):
        return False
    earlier = [n for n in figures if n.end <= number.start and n.unit in ("MAD", "EUR", "USD")]
    return bool(earlier) and bool(_CONVERSION_GAP_RE.fullmatch(context.folded, earlier[-1].end, number.start))


_YEAR_OF_BEFORE_RE = re.compile(r"(?:\ben|\bin|\bfin|\bend of|\bau titre de|\bduring)\s+$")
_CLAUSE_GAP_RE = re.compile(r"[;.]|\bet\b|\band\b|\bwhile\b|\btandis\b")


def _year_distance(figure: NumberMention, start: int, end: int) -> float:
    return start - figure.end if start >= figure.end else 2.0 * (figure.start - end) + 1


_CONVERSION_GAP_RE = re.compile(
    r"\s*[(\[]\s*(?:soit|environ|about|around|approx\.?|approximately|roughly|some|pres de|~|ou|or|equivalent to)?\s*"
)
_SAME_YEAR_RE = re.compile(r"la meme annee|the same year|cette annee-la|that year|au cours de la meme periode")
_NATIONAL = (None, None)
_GROUP_LEVEL_INDICATORS = frozenset({"revenue", "growth_rate", "share"})
# "Réunis jeudi à Rabat, les professionnels ont rappelé que ...": where people met, not where the figure is.
_VENUE_BEFORE_RE = re.compile(
    r"\b(?:reunis|reunies|reuni|tenue?s?|s'est tenue?|organisee?s?|held|hosted|convened|gathered|rassembles"
    r"|conference de presse|press conference|a presente|presented|unveiled|devoile|in an interview|interview in"
    r"|lors d'un entretien|speaking in|s'exprimant)\b[^,.;]{0,22}$"
)
_CLAUSE_BREAK_RE = re.compile(r"[;:(]|,(?!\d)")
_LIST_JOIN_RE = re.compile(r"\s*(?:,|\bet\b|\band\b|&)\s*")


def _place(context: ArticleContext, candidate: _Candidate, indicator: str = "") -> tuple[str | None, str | None]:
    """Where the figure is: a place of its sentence, else the region the sentence refers to, else the place of the
    paragraph's previous sentences, else the one place the title is about, else the country."""
    sentence_start, sentence_end = candidate.sentence
    if _national_figure(context, candidate):
        return _NATIONAL
    found = _sentence_place(context, sentence_start, sentence_end, candidate.number, candidate.figures)
    if found is not None:
        return found
    sentence = context.folded[sentence_start:sentence_end]
    if _THERE_RE.search(sentence):  # "Seuls deux centres y sont installés": "y" is the place named last
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
_THERE_RE = re.compile(
    r"\by (?:sont|est|a|ont|avait|installe\w*|emploie\w*|compte\w*|travaill\w*|implant\w*|install\w*|ouvr\w*"
    r"|cre\w*|recrut\w*|dispose\w*)\b"
)
_THERE_WINDOW = 600  # characters: how far back "y" may point


def _national_figure(context: ArticleContext, candidate: _Candidate) -> bool:
    """'qui portera ses effectifs marocains à 3.000 salariés', 'its headcount in the country had passed the 3,000
    mark': the figure's own clause says it is the country's, unless a place follows it closely."""
    clause_before = _CLAUSE_BREAK_RE.split(candidate.before[-60:])[-1]
    clause_after = _CLAUSE_BREAK_RE.split(candidate.after[:50], 1)[0]
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
    if place.start < number.end or len(between) > 45 or _CLAUSE_BREAK_RE.search(between):
        return False
    return not any(
        other.start > place.end and _LIST_JOIN_RE.fullmatch(context.folded, place.end, other.start) for other in inside
    )


def _scope(context: ArticleContext, candidate: _Candidate) -> tuple[str, str | None]:
    """(scope, organisation): the whole sector, or the organisation or park the figure is about."""
    if candidate.number.unit != "percent" and _SECTOR_SCOPE_AFTER_RE.match(candidate.head):
        return "sector", None
    sentence_start, sentence_end = candidate.sentence
    folded = context.folded
    position = candidate.number.start
    best: tuple[int, str, str] | None = None
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
            best = (distance, mention.ref.name, "park" if mention.ref.kind == "zone_developer" else "company")
    if best is not None:
        return best[2], best[1]
    if context.lead_association and _ASSOCIATION_REF_RE.search(folded[sentence_start:position]):
        return "company", context.lead_association
    return "sector", None
