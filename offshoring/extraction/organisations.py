"""Organisations: the reference list (names, aliases, acronyms) and newcomers named near cue words.

Discovery is deliberately narrow: an operator listed after "centres d'appels, en l'occurrence ...",
named by "l'opérateur X" / "the operator X", or an acronym next to its expansion "Association ... (ACASIOM)".
People are never organisations: "Mohamed El Ouahdoudi, Président d'ACASIOM" yields ACASIOM only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Gazetteer, Token, fold, tokenize
from .places import PLACES
from .reference import ORGANISATIONS, REGIONS, OrganisationRef


@dataclass(frozen=True, slots=True)
class OrganisationMention:
    start: int
    end: int
    ref: OrganisationRef
    known: bool = True


def _aliases() -> list[tuple[str, OrganisationRef]]:
    pairs: list[tuple[str, OrganisationRef]] = []
    for ref in ORGANISATIONS:
        if not ref.aliases:
            continue  # listed for the database only: its name is too common a word to look for
        names = [ref.name, *ref.aliases] + ([ref.acronym] if ref.acronym else [])
        pairs += [(name, ref) for name in names]
    return pairs


KNOWN: Gazetteer[OrganisationRef] = Gazetteer(_aliases())
_COUNCIL_BY_REGION = {
    region.name: ref
    for region in REGIONS
    for ref in ORGANISATIONS
    if ref.kind == "regional_council" and ref.aliases and ref.aliases[0].endswith(region.name)
}

# "Conseil de la région" / "Conseil régional" without a region: the council of the article's region.
_GENERIC_COUNCIL_RE = re.compile(r"\bconseil (?:de la region|regional|de region)\b")

_ORG_HEADS = (
    "Association",
    "Agence",
    "Fédération",
    "Federation",
    "Groupement",
    "Office",
    "Société",
    "Conseil",
    "Institut",
    "Ministère",
    "Chambre",
    "Union",
    "Confédération",
    "Cluster",
    "Organisation",
    "Syndicat",
    "Réseau",
    "Fondation",
    "Autorité",
    "Centre",
    "Collectif",
    "Observatoire",
    "Agency",
    "Council",
    "Institute",
    "Ministry",
    "Chamber",
    "Authority",
    "Federation",
    "Network",
    "Foundation",
    "Ecole",
    "École",
    "Université",
    "University",
    "Club",
)
_HEAD = "(?:" + "|".join(_ORG_HEADS) + ")"
_ACRONYM = r"(?P<acronym>[A-Z][A-Z0-9&]{2,9})"
_EXPANSION = r"(?P<expansion>" + _HEAD + r"\b[^()\n]{5,140}?)"
_ACRONYM_AFTER_RE = re.compile(_EXPANSION + r"\s*\(\s*" + _ACRONYM + r"\s*\)")
_ACRONYM_BEFORE_RE = re.compile(r"\b" + _ACRONYM + r"\s*\(\s*" + _EXPANSION + r"\s*\)")

_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|[0-9]+|&))*"
_NAMES_RE = re.compile(_NAME + r"(?:\s*(?:,|\bet\b|\band\b)\s*" + _NAME + r")*")
# Cues run on folded text; the names that follow are then read, with their capitals, from the original.
_OPERATOR_LIST_CUE_RE = re.compile(
    r"(?:centres? d.appels?|call.?cent(?:er|re)s?|operateurs|operators|entreprises|societes|companies|firms"
    r"|outsourcers|prestataires)[^.\n]{0,40}?(?:en l.occurrence|notamment|tels? que|comme|such as|including|like)"
    r"\s*,?\s*"
)
_OPERATOR_CUE_RE = re.compile(
    r"(?:l.operateur|l.outsourceur|le centre d.appels?|le call.?cent(?:er|re)|the operator|the outsourcer"
    r"|outsourcing (?:firm|company|group)|call.?cent(?:er|re) operator|bpo (?:company|firm|group|provider)"
    r"|le prestataire|l.offshoreur)"
    r"(?:\s+(?:marocain|francais|espagnol|americain|international|moroccan|french|spanish|us|global))?\s+"
)
# Companies of any trade, named by a cue: "le groupe espagnol Konecta", "the French group Armatis", "la filiale
# marocaine de Phone Group". Their kind stays "company": naming one does not make an article about the sector.
_COMPANY_CUE_RE = re.compile(
    r"(?:(?:le|du|au) groupe|(?:la|sa) filiale marocaine (?:du groupe|de|d')|moroccan (?:unit|subsidiary|arm) of"
    r"|the (?:[a-z\-]+\s+)?(?:group|firm|company)|(?:la|l') (?:societe|entreprise) (?:francaise|espagnole|americaine"
    r"|marocaine|canadienne))"
    r"(?:\s+(?:marocain|francais|espagnol|americain|allemand|canadien|italien|belge|britannique|franco-marocain"
    r"|international|moroccan|french|spanish|us|american|german|canadian|italian|british|global))?\s+"
)
_NOT_NAMES = frozenset(
    fold(w)
    for w in (
        "Le",
        "La",
        "Les",
        "Il",
        "Elle",
        "Ils",
        "Un",
        "Une",
        "Ce",
        "Cette",
        "De",
        "Du",
        "Des",
        "En",
        "Au",
        "Aux",
        "Et",
        "The",
        "A",
        "An",
        "It",
        "This",
        "That",
        "In",
        "On",
        "Maroc",
        "Morocco",
        "Royaume",
        "Etat",
        "Président",
        "Directeur",
        "Ministre",
        "Mr",
        "M",
        "Mme",
        "Dr",
        "Selon",
        "According",
        "Parmi",
        "Among",
    )
)
_PERSON_TITLE_RE = re.compile(r"(?i)\b(?:m\.|mme|mr|président|directeur|ministre|ceo|pdg|dg|président-directeur)\s*$")


def find_known(text: str, tokens: list[Token]) -> list[OrganisationMention]:
    return [OrganisationMention(m.start, m.end, m.payload) for m in KNOWN.find(text, tokens)]


def resolve_generic_councils(text: str, folded: str, region: str | None) -> list[OrganisationMention]:
    """'la Conseil de la région a créé un fonds' in an article about the Oriental is the Oriental's council."""
    if region is None:
        return []
    ref = _COUNCIL_BY_REGION.get(region)
    if ref is None:
        return []
    return [OrganisationMention(m.start(), m.end(), ref) for m in _GENERIC_COUNCIL_RE.finditer(folded)]


_DISCOVERY_CUES_RE = re.compile(
    r"\(|en l.occurrence|notamment|tels? que|comme|such as|including|like|operat|outsourc|centre d.appel|call.?cent"
    r"|groupe|group|filiale|subsidiary|\bunit\b|\bfirm\b|company|societe|entreprise"
    r"|\bbpo\b|prestataire|offshoreur"
)


def discover(text: str, spans: list[tuple[int, int]], folded: str | None = None) -> list[OrganisationMention]:
    """Organisations outside the reference list, each found by a cue that names it as one."""
    folded = fold(text) if folded is None else folded
    found: list[OrganisationMention] = []
    for start, end in spans:
        if not _DISCOVERY_CUES_RE.search(folded, start, end):
            continue  # most lines hold no cue at all: skip the costlier patterns
        chunk = text[start:end]
        if "(" in chunk:
            found += _acronym_definitions(chunk, start)
        found += _named_operators(chunk, folded[start:end], start)
    return found


def _acronym_definitions(chunk: str, offset: int) -> list[OrganisationMention]:
    found = []
    for pattern in (_ACRONYM_AFTER_RE, _ACRONYM_BEFORE_RE):
        for match in pattern.finditer(chunk):
            expansion = _trim_expansion(match.group("expansion"))
            acronym = match.group("acronym")
            if not _initials_fit(acronym, expansion):
                continue
            ref = OrganisationRef(acronym, acronym, expansion, _kind_of(expansion))
            found.append(OrganisationMention(offset + match.start(), offset + match.end(), ref, known=False))
    return found


def _trim_expansion(expansion: str) -> str:
    # The regex may start at an earlier head word ("Centre ... et l'Association ..."): keep the last one.
    heads = list(re.finditer(r"\b" + _HEAD + r"\b", expansion))
    return expansion[heads[-1].start() :].strip(" ,;:") if heads else expansion.strip()


def _initials_fit(acronym: str, expansion: str) -> bool:
    """ACASIOM ~ Association des Centres d'Appels et des Services Informatiques Offshore du Maroc."""
    words = [w for w in re.findall(r"[^\W\d_]+", expansion) if len(w) > 2 or w.isupper()]
    initials = "".join(fold(w[0]) for w in words)
    letters = fold(acronym)
    position = 0
    for letter in letters:
        position = initials.find(letter, position)
        if position < 0:
            return False
        position += 1
    return initials[:1] == letters[:1]


def _kind_of(expansion: str) -> str:
    head = fold(expansion.split()[0])
    if head in ("association", "federation", "groupement", "union", "confederation", "cluster", "syndicat", "club"):
        return "association"
    if head in ("agence", "agency", "office", "autorite", "authority", "observatoire"):
        return "public_agency"
    if head in ("ministere", "ministry"):
        return "ministry"
    if head in ("ecole", "institut", "institute", "universite", "university"):
        return "training"
    return "other"


def _named_operators(chunk: str, folded_chunk: str, offset: int) -> list[OrganisationMention]:
    found = []
    for pattern, kind in (
        (_OPERATOR_LIST_CUE_RE, "operator"),
        (_OPERATOR_CUE_RE, "operator"),
        (_COMPANY_CUE_RE, "company"),
    ):
        for cue in pattern.finditer(folded_chunk):
            names = _NAMES_RE.match(chunk, cue.end(), cue.end() + _NAMES_WINDOW)
            if names is None:
                continue
            for name_match in re.finditer(_NAME, names.group()):
                name = _operator_name(name_match.group())
                at = names.start() + name_match.start()
                if name is None or _PERSON_TITLE_RE.search(chunk, max(0, at - _TITLE_WINDOW), at):
                    continue
                ref = OrganisationRef(name, None, None, kind)
                start = offset + names.start() + name_match.start()
                found.append(OrganisationMention(start, start + len(name), ref, known=False))
    return found


# Characters: how far a list of names may run after its cue, and how far back a person's title may stand. Bounded
# windows keep the scan linear on a line of any length.
_NAMES_WINDOW = 300
_TITLE_WINDOW = 40


def _operator_name(candidate: str) -> str | None:
    words = candidate.strip(" .,'’").split()
    while words and fold(words[-1]) in _NOT_NAMES:
        words.pop()
    if not words or fold(words[0]) in _NOT_NAMES or len(words) > 4:
        return None
    name = " ".join(words)
    if PLACES.find(name, tokenize(fold(name))):
        return None  # "notamment Casablanca et Rabat" lists cities
    return name
