"""Organisations: the reference list (names, aliases, acronyms) and newcomers the article introduces as one.

Newcomers are found by named rules, each reading a body line (never the page's noise) for the way the press
introduces a company or an institution:

- `acronym.defined`   "l'Agence marocaine de développement des investissements (AMDI)", "Transcom World Wide (TWW)",
                      "l'assureur français (AXA)";
- `cue.noun`          "la société X", "le groupe espagnol X", "l'opérateur X", "le centre d'appels X",
                      "l'institut de conseil américain X", "U.S. customer experience company X";
- `cue.list`          "des centres d'appels, en l'occurrence X, Y et Z", "companies such as X, Y and Z";
- `apposition`        "X, filiale de Y", "X, spécialisé dans ...", "X, leader de ...", "X, a French company";
- `country_suffix`    "X Maroc", "X Morocco";
- `institution`       "le ministère de la Solidarité", "la Confédération générale des entreprises du Maroc",
                      "the Ministry of Economy and Finance", "the European Outsourcing Association";
- `acronym.standalone` an acronym of the body that is no word of the trade ("UMT", "CNDP");
- `coordination`      the other names of a list holding an organisation: "Dell, Logica, Deloitte et HP".

Every candidate then passes the same filters: no person ("M. X", "X, président de", a first name), no place
(Moroccan or foreign), no common word, no acronym of the trade; a media outlet keeps the kind "media".
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .gazetteer import Gazetteer, Token, fold, tokenize
from .names import (
    COMMON_CAPITALISED,
    FIRST_NAMES,
    FOREIGN_PLACES,
    GENERIC_ACRONYMS,
    GENERIC_WORDS,
    PERSON_ROLES,
    PERSON_TITLES,
)
from .places import PLACES
from .reference import MEDIA_NAMES, ORGANISATIONS, REGIONS, OrganisationRef


@dataclass(frozen=True, slots=True)
class OrganisationMention:
    start: int
    end: int
    ref: OrganisationRef
    known: bool = True
    rule: str = "reference"  # the discovery rule that named it, for newcomers


def _aliases() -> list[tuple[str, OrganisationRef]]:
    pairs: list[tuple[str, OrganisationRef]] = []
    for ref in ORGANISATIONS:
        if not ref.aliases:
            continue  # listed for the database only: its name is too common a word to look for
        names = [ref.name, *ref.aliases] + ([ref.acronym] if ref.acronym else [])
        pairs += [(name, ref) for name in names]
    return pairs


KNOWN: Gazetteer[OrganisationRef] = Gazetteer(_aliases())
_MEDIA = frozenset(fold(name) for name in MEDIA_NAMES) | frozenset(
    fold(ref.name) for ref in ORGANISATIONS if ref.kind == "media"
)
_COUNCIL_BY_REGION = {
    region.name: ref
    for region in REGIONS
    for ref in ORGANISATIONS
    if ref.kind == "regional_council" and ref.aliases and ref.aliases[0].endswith(region.name)
}

# "Conseil de la région" / "Conseil régional" without a region: the council of the article's region.
_GENERIC_COUNCIL_RE = re.compile(r"\bconseil (?:de la region|regional|de region)\b")


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


# ---------------------------------------------------------------------------------------------------------------
# Names as written: capitalised words ("Call Center Alliance", "NTT DATA", "L'Oréal"), or a quoted name ("«Webhelp»")

_CAPITALISED = r"[A-ZÀ-ÖØ-Þ](?:[\w&’'.\-]*[\w&])?"
_NAME_JOIN = r"(?:\s+(?:&|of|for|al|el|ben)\s+|\s+|\s*-\s*)"
_NAME = rf"{_CAPITALISED}(?:{_NAME_JOIN}{_CAPITALISED}){{0,5}}"
_QUOTED = r"«\s*(?P<q1>[^«»\n]{2,60}?)\s*»|“(?P<q2>[^“”\n]{2,60}?)”|\"(?P<q3>[^\"\n]{2,60}?)\""
_ANY_QUOTED = re.sub(r"\?P<q\d>", "", _QUOTED)
_NAME_OR_QUOTED_RE = re.compile(rf"(?P<name>{_NAME})|{_QUOTED}")
_LIST_JOIN = r"(?:\s*,\s*|\s*;\s*|\s+(?:et|and|&|ou|or)\s+|\s*,\s*(?:et|and|ou|or)\s+)"
_NAMES_RE = re.compile(rf"(?:{_NAME}|{_ANY_QUOTED})(?:{_LIST_JOIN}(?:{_NAME}|{_ANY_QUOTED})){{0,12}}")


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    name: str
    kind: str
    rule: str
    full_name: str | None = None
    acronym: str | None = None


@dataclass(frozen=True, slots=True)
class _Line:
    text: str  # the whole article, as written
    folded: str  # the whole article, folded
    start: int
    end: int
    keys: frozenset[str] = frozenset()  # the lookup keys of the line's words (see _key)


_FOLDED_WORD_RE = re.compile(r"[a-z0-9][a-z0-9\-]*")
_PREFIX = 5  # letters: a trigger word this long or longer stands for every word that starts like it


def _key(word: str) -> str:
    return word[:_PREFIX] if len(word) >= _PREFIX else f"={word}"


def _triggers(words: str) -> frozenset[str]:
    """The lookup keys of trigger words ("filiale" stands for "filiales" too)."""
    return frozenset(_key(word) for word in words.split())


def _positions(line: _Line, key: str) -> Iterator[int]:
    """Where the words of a lookup key start in the line (a plain substring search: C speed)."""
    exact = key.startswith("=")
    word = key[1:] if exact else key
    folded, end = line.folded, line.end
    position = folded.find(word, line.start, end)
    while position >= 0:
        after = position + len(word)
        if (position == line.start or not _word_character(folded[position - 1])) and (
            not exact or after >= end or not _word_character(folded[after])
        ):
            yield position
        position = folded.find(word, position + 1, end)


def _word_character(character: str) -> bool:
    return character.isalnum() or character == "-"


def _matches_at(line: _Line, pattern: re.Pattern[str], triggers: frozenset[str], source: str | None = None):
    """The pattern's matches that start at a trigger word of the line: one anchored attempt per trigger, instead of
    a scan of every position of the line."""
    source = line.folded if source is None else source
    after = line.start
    for position in sorted(p for key in triggers & line.keys for p in _positions(line, key)):
        if position >= after:
            match = pattern.match(source, position, line.end)
            if match is not None:
                after = match.end()
                yield match


def _names_at(line: _Line, position: int) -> list[tuple[int, int, str]]:
    """The names (a list of them, "X, Y et Z") starting at a position of the line: (start, end, name)."""
    match = _NAMES_RE.match(line.text, position, min(line.end, position + _NAMES_WINDOW))
    if match is None:
        return []
    found = []
    for name in _NAME_OR_QUOTED_RE.finditer(line.text, match.start(), match.end()):
        group = next(g for g in ("name", "q1", "q2", "q3") if name.group(g))
        found.append((name.start(group), name.end(group), name.group(group)))
    return found


def _first_name_at(line: _Line, position: int) -> list[tuple[int, int, str]]:
    return _names_at(line, position)[:1]


# Characters: how far a list of names may run after its cue, and how far around a name a person's title may stand.
_NAMES_WINDOW = 300
_TITLE_WINDOW = 40

# ---------------------------------------------------------------------------------------------------------------
# Rule acronym.defined

_HEADS_FR = (
    "association|agence|federation|confederation|groupement|office|societe|conseil|institut|ministere|chambre|union"
    "|cluster|organisation|syndicat|reseau|fondation|autorite|centre|collectif|observatoire|ecole|universite|club"
    "|banque|caisse|haut-commissariat|haute autorite|commission|direction generale|salon|agency|council|institute"
    "|ministry|chamber|authority|federation|network|foundation|university|bank|fund|commission|organization"
    "|association|union|confederation|center|centre|board"
)
_PAREN_ACRONYM_RE = re.compile(r"\(\s*(?P<acronym>[A-Z][A-Z0-9&]{1,9})\s*\)")
_ACRONYM_FIRST_RE = re.compile(r"\b(?P<acronym>[A-Z][A-Z0-9&]{1,9})\s*\(\s*(?P<expansion>[^()\n]{5,140}?)\s*\)")
_EXPANSION_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")
_EXPANSION_WORDS = 14  # words before the bracket where the expansion may start
_EVENT_WORDS_RE = re.compile(r"\b(?:salon|forum|regionales|rencontres|assises|edition|expo|summit|sommet|congres)\b")


def _acronyms_defined(line: _Line) -> Iterator[_Candidate]:
    chunk = line.text[line.start : line.end]
    if "(" not in chunk:
        return
    for match in _PAREN_ACRONYM_RE.finditer(line.text, line.start, line.end):
        acronym = match.group("acronym")
        window_start = max(line.start, match.start() - 200)
        before = line.text[window_start : match.start()].rstrip(' «»"“”')
        expansion = _expansion_before(before, acronym)
        if expansion:
            at = window_start + before.rfind(expansion)
            yield _Candidate(at, match.end(), acronym, _kind_of(expansion), "acronym.defined", expansion, acronym)
        elif not _generic_acronym(acronym):  # "l'assureur français (AXA)"
            yield _Candidate(match.start("acronym"), match.end("acronym"), acronym, "other", "acronym.defined")
    for match in _ACRONYM_FIRST_RE.finditer(line.text, line.start, line.end):
        acronym, expansion = match.group("acronym"), match.group("expansion").strip()
        if _initials_fit(acronym, expansion) and _CAPITAL_RE.search(
            expansion
        ):  # "la DI (direction des Investissements)"
            yield _Candidate(
                match.start(), match.end(), acronym, _kind_of(expansion), "acronym.defined", expansion, acronym
            )


def _expansion_before(before: str, acronym: str) -> str | None:
    """The shortest run of words right before the bracket whose initials spell the acronym and that starts with a
    capital: "Maghreb centre de contact (MCC)", "Confédération Générale des Entreprises du Maroc (CGEM)"."""
    clause = re.split(r"[,;:.!?()«»\"“”]", before)[-1]
    words = list(_EXPANSION_WORD_RE.finditer(clause))[-_EXPANSION_WORDS:]
    for index in range(len(words) - 1, -1, -1):
        first = words[index].group()
        if not first[:1].isupper() or fold(first) in ("le", "la", "les", "l", "the", "un", "une"):
            continue
        expansion = clause[words[index].start() :].strip()
        if len(expansion.split()) >= 2 and _initials_fit(acronym, expansion):
            return expansion
    return None


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


_KIND_OF_HEAD: tuple[tuple[str, str], ...] = (
    ("association", r"association|federation|groupement|union|confederation|cluster|syndicat|club"),
    ("public_agency", r"agence|agency|office|autorite|authority|observatoire|haut-commissariat|commission"),
    ("ministry", r"ministere|ministry"),
    ("training", r"ecole|institut|institute|universite|university"),
)


def _kind_of(expansion: str) -> str:
    """The kind an institution's head word gives it: the first head of its name ("Union marocaine du travail" is an
    association, "National Federation of ..." too)."""
    folded = fold(expansion)
    if _EVENT_WORDS_RE.search(folded):
        return "event"
    found = [
        (match.start(), kind)
        for kind, heads in _KIND_OF_HEAD
        for match in [re.search(rf"\b(?:{heads})\b", folded)]
        if match
    ]
    return min(found)[1] if found else "other"


# ---------------------------------------------------------------------------------------------------------------
# Rule cue.noun: a common noun that says what the name after it is

_MODIFIERS = (
    r"suedoise?s?|neerlandaise?s?|irlandaise?s?|luxembourgeoise?s?|qataris?|coreenne?s?|coreens?|israelienne?s?"
    r"|marocaine?s?|francaise?s?|espagnole?s?|americaine?s?|allemande?s?|canadienne?s?|canadiens?|italienne?s?"
    r"|italiens?|belges?|britanniques?|suisses?|portugaise?s?|japonaise?s?|chinoise?s?|indienne?s?|indiens?|turque?s?"
    r"|emiratie?s?|saoudienne?s?|saoudiens?|tunisienne?s?|tunisiens?|egyptienne?s?|egyptiens?|senegalaise?s?"
    r"|ivoirienne?s?|ivoiriens?|europeenne?s?|europeens?|africaine?s?|franco-marocaine?s?|internationale?s?"
    r"|internationaux|mondiale?s?|mondiaux|leader|numero un|specialisee?s?|specialiste|geant|offshore|informatiques?"
    r"|telecoms?|de telecommunications?|de conseil|de services?|d'externalisation|de la relation clients?"
    r"|de relation clients?|de centres? d'appels?|de l'outsourcing|d'outsourcing|d'assurances?|bancaires?"
    r"|industrielle?s?|automobiles?|aeronautiques?|pharmaceutiques?|numeriques?|digitale?s?|publique?s?|public"
    r"|privee?s?|nouvelle?s?|nouvel|nouveau|jeunes?|grande?s?|petite?s?|high-tech|technologiques?"
    r"|d'audit|d'etudes|de recrutement|de formation|d'ingenierie|de logiciels?|de paiement|immobiliere?s?"
)
# Consultancies and research firms quoted for a study ("le cabinet McKinsey estime") are sources, not organisations
# of the sector: no cue names them.
_COMPANY_NOUNS = (
    r"societe|entreprise|groupe|filiale|firme|compagnie|assureur|banque|constructeur|equipementier"
    r"|editeur|start-?up|holding|multinationale|geant|specialiste|leader|operateur telecoms?|fonds|investisseur"
    r"|distributeur|enseigne|marque|fabricant|laboratoire|agence de notation|conglomerat|operateur historique"
)
_OPERATOR_NOUNS = (
    r"operateur|outsourceur|outsourcer|offshoreur|prestataire|centre d'appels?|centre de contacts?"
    r"|centre de relation clients?|call-? ?cent(?:er|re)|plateau|plateforme"
)
_DETERMINER = r"(?:\b(?:le|la|les|l'|du|des|au|aux|un|une|sa|son|ses|ce|cet|cette|leur|de la|de l')\s*)"
# Matched at its noun, and its determiner checked just before it.
_CUE_FR_RE = re.compile(
    rf"(?:(?P<operator>{_OPERATOR_NOUNS})|(?P<company>{_COMPANY_NOUNS}))s?"
    rf"(?:\s+(?:{_MODIFIERS})){{0,4}}(?(operator)(?:\s+(?:de|d'|du))?)\s*(?<=[\s'])(?=[«“\"a-z0-9])"
)
_DETERMINER_BEFORE_RE = re.compile(rf"{_DETERMINER}$")
# English puts what the company is before its name: "U.S. customer experience company Concentrix".
_COMPANY_NOUNS_EN = (
    r"operator|outsourcer|provider|company|firm|group|subsidiary|unit|insurer|bank|carrier|consultancy|startup|giant"
    r"|maker|specialist|player|conglomerate|lender|investor"
)
_CUE_EN_RE = re.compile(
    r"(?:(?P<operator>operator|outsourcer|bpo provider|call cent(?:er|re) operator|outsourcing (?:company|firm|group"
    r"|provider|specialist|giant)|customer (?:experience|service|relations?) (?:company|firm|group|provider|specialist"
    r"|giant))|(?P<company>company|firm|group|subsidiary|unit|provider|insurer|bank|carrier|consultancy|startup"
    r"|giant|maker|specialist|player|conglomerate|lender|investor))\s+(?=[«“\"a-z0-9])"
)
# Cues run on folded text, where capitals are gone: the name after the cue must be capitalised in the original.


_CUE_FR_TRIGGERS = _triggers(
    "operateur outsourceur outsourcer offshoreur prestataire centre call plateau plateforme societe entreprise groupe"
    " filiale firme compagnie assureur banque constructeur equipementier editeur start startup holding multinationale"
    " geant specialiste leader operateur fonds investisseur distributeur enseigne marque fabricant laboratoire agence"
    " conglomerat"
)
_CUE_EN_TRIGGERS = _triggers(
    "operator outsourcer bpo call outsourcing customer company firm group subsidiary unit provider insurer bank carrier"
    " consultancy startup giant maker specialist player conglomerate lender investor"
)


def _cue_nouns(line: _Line) -> Iterator[_Candidate]:
    for pattern, triggers in ((_CUE_FR_RE, _CUE_FR_TRIGGERS), (_CUE_EN_RE, _CUE_EN_TRIGGERS)):
        for cue in _matches_at(line, pattern, triggers):
            if pattern is _CUE_FR_RE and not _DETERMINER_BEFORE_RE.search(
                line.folded, max(line.start, cue.start() - 8), cue.start()
            ):
                continue  # "la société X", "du groupe X": a French cue noun comes with its determiner
            kind = "operator" if cue.group("operator") else "other"
            for start, end, name in _first_name_at(line, cue.end()):
                yield _Candidate(start, end, name, kind, "cue.noun")


# ---------------------------------------------------------------------------------------------------------------
# Rule cue.nationality: the press names a company by its nationality ("l'américain Sitel", "le marocain Saham")

_NATIONALITY_CUE_RE = re.compile(
    r"(?:marocain|francais|americain|espagnol|allemand|canadien|italien|belge"
    r"|britannique|suisse|portugais|japonais|chinois|indien|turc|emirati|saoudien|suedois|neerlandais|irlandais"
    r"|luxembourgeois|sud-africain|egyptien|tunisien|senegalais|ivoirien|qatari|koweitien|coreen|israelien"
    r"|franco-marocain|americano-marocain)\s+(?=[«“\"a-z0-9])"
)


_NATIONALITIES = (
    "marocain francais americain espagnol allemand canadien italien belge britannique suisse portugais japonais chinois"
    " indien turc emirati saoudien suedois neerlandais irlandais luxembourgeois sud-africain egyptien tunisien"
    " senegalais ivoirien qatari koweitien coreen israelien"
)
_NATIONALITY_TRIGGERS = _triggers(_NATIONALITIES)
_NATIONALITY_DETERMINER_RE = re.compile(r"\b(?:le|l'|du|au|par le|chez le)\s*$")


def _nationality_cues(line: _Line) -> Iterator[_Candidate]:
    for cue in _matches_at(line, _NATIONALITY_CUE_RE, _NATIONALITY_TRIGGERS):
        if not _NATIONALITY_DETERMINER_RE.search(line.folded, max(line.start, cue.start() - 10), cue.start()):
            continue
        for start, end, name in _first_name_at(line, cue.end()):
            yield _Candidate(start, end, name, "other", "cue.nationality")


# ---------------------------------------------------------------------------------------------------------------
# Rule corporate_suffix: a name that says it is a company ("Saham Group", "Groupe PSA", "Outremer Télécom")

_CORPORATE_SUFFIXES = (
    r"groupe?|holding|sa|s\.a\.|sarl|sas|inc\.?|ltd|corp|corporation|telecoms?|bank|banque|consulting|technologies"
    r"|solutions|systems|software|capital|partners|assurances?|insurance|finance|industries|logistics|airlines|motors"
    r"|energy|services|outsourcing|interactive|communications|digital|academy|call|contact|center|centre"
)
_GROUP_FIRST_RE = re.compile(rf"\b(?:Groupe|Group)\s+{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}}")
_CORPORATE_TRIGGERS = _triggers(
    "group groupe holding sa sarl sas inc ltd corp corporation telecom telecoms bank banque consulting technologies"
    " solutions systems software capital partners assurance assurances insurance finance industries logistics"
    " airlines motors energy services outsourcing interactive communications digital academy call contact center"
    " centre"
)
_CORPORATE_SUFFIX_RE = re.compile(
    r"(?<=\s)(?:Group|Groupe|Holding|SA|S\.A\.|SARL|SAS|Inc\.?|Ltd|Corp|Corporation|Telecom|Télécom|Telecoms|Bank"
    r"|Banque|Consulting|Technologies|Solutions|Systems|Software|Capital|Partners|Assurances?|Insurance|Finance"
    r"|Industries|Logistics|Airlines|Motors|Energy|Services|Outsourcing|Interactive|Communications|Digital|Academy"
    r"|Call|Contact|Center|Centre)\b"
)


def _corporate_suffixes(line: _Line) -> Iterator[_Candidate]:
    for match in _GROUP_FIRST_RE.finditer(line.text, line.start, line.end):
        yield _Candidate(match.start(), match.end(), match.group(), "other", "corporate_suffix")
    for match in _matches_at(line, _CORPORATE_SUFFIX_RE, _CORPORATE_TRIGGERS, line.text):
        first = _capitalised_run_before(line.text, match.start(), line.start)
        if first < match.start():  # "Saham Group", "Outremer Télécom"
            yield _Candidate(first, match.end(), line.text[first : match.end()], "other", "corporate_suffix")


# ---------------------------------------------------------------------------------------------------------------
# Rule subject_verb: a name whose verb only a company does ("Webcad recrute 400 personnes", "X employs 2,000")

_COMPANY_VERB_RE = re.compile(
    r"\s+(?:(?:a|va|vient de|compte|prevoit de|entend)\s+)?(?:recrute|recrutera|recruter|emploie|employait|emploiera"
    r"|embauche|embauchera|embaucher|delocalise|relocalise|is hiring|hires|will hire|employs|employed|recruits"
    r"|will recruit|relocates|outsources)\b"
)


def _subject_verbs(line: _Line) -> Iterator[_Candidate]:
    for verb in _COMPANY_VERB_RE.finditer(line.folded, line.start, line.end):
        name = _name_before(line, verb.start())
        if name is not None:
            yield _Candidate(*name, "other", "subject_verb")


# ---------------------------------------------------------------------------------------------------------------
# Rule cue.context: what is said of the name after it ("filiale de X", "racheté par X", "un rapport de X")
_CONTEXT_WORDS = (
    r"filiale|succursale|subsidiar|\bunit\b|branch|division|achete|acquis|absorbe|detenu|controle|acquired|bought"
    r"|owned|taken over|backed|rachat|acquisition|prise de controle|partenariat|convention|accord|contrat|protocole"
    r"|partnership|agreement|contract|memorandum|pour le compte|on behalf|\bchez\b"
)
_CONTEXT_CUE_RE = re.compile(
    r"(?:(?:filiale|succursale|subsidiary|unit|branch|division)(?:\s+(?:marocaine|locale|moroccan|local))?\s+"
    r"(?:de la societe|du groupe|de l'|de|du|d'|of the|of)|(?:rachetee?|acquise?|absorbee?|detenue?|controlee?"
    r"|acquired|bought|owned|taken over|backed)\s+(?:par|by)(?:\s+(?:le groupe|la societe|l'|le|la|the))?"
    r"|(?:rachat|acquisition|prise de controle)\s+(?:de|d'|du|of)(?:\s+(?:la societe|l'|le|la|the))?"
    r"|(?:partenariat|convention|accord|contrat|protocole d'accord|partnership|agreement|contract"
    r"|memorandum of understanding)\s+(?:avec|with)(?:\s+(?:le groupe|la societe|l'|le|la|the))?"
    r"|(?<=pour le )compte (?:de|du|d')(?:\s+(?:l'|la|le))?|behalf of|chez)\s*(?=[«“\"a-z0-9])"
)


_CONTEXT_TRIGGERS = _triggers(
    "filiale succursale subsidiary unit branch division rachete rachetee acquis acquise absorbe absorbee detenu detenue"
    " controle controlee acquired bought owned taken backed rachat acquisition prise partenariat convention accord"
    " contrat protocole partnership agreement contract memorandum compte behalf chez"
)


def _context_cues(line: _Line) -> Iterator[_Candidate]:
    for cue in _matches_at(line, _CONTEXT_CUE_RE, _CONTEXT_TRIGGERS):
        for start, end, name in _first_name_at(line, cue.end()):
            yield _Candidate(start, end, name, "other", "cue.context")


# ---------------------------------------------------------------------------------------------------------------
# Rule cue.list: the names a plural cue lists

_LIST_WORDS = (
    r"en l.occurrence|notamment|tels? que|telles? que|telles|tels|comme|such as|including|like|dont|among them"
    r"|parmi lesquel"
)
_LIST_CUE_RE = re.compile(
    r"(?:centres? d.appels?|call.?cent(?:er|re)s?|operateurs|operators|entreprises|societes|companies|firms|groupes"
    r"|groups|outsourcers|outsourceurs|prestataires|acteurs|players|multinationales|clients|partenaires|partners"
    r"|banques|banks|investisseurs|investors|donneurs d'ordres)"
    r"[^.\n]{0,40}?(?:en l.occurrence|notamment|tels? que|telles? que|telles|tels|comme|such as|including|like"
    r"|dont|among them|parmi lesquel(?:le)?s)\s*:?\s*,?\s*"
)


_LIST_TRIGGERS = _triggers(
    "centre centres call operateurs operators entreprises societes companies firms groupes groups outsourcers"
    " outsourceurs prestataires acteurs players multinationales clients partenaires partners banques banks"
    " investisseurs investors donneurs"
)


def _cue_lists(line: _Line) -> Iterator[_Candidate]:
    for cue in _matches_at(line, _LIST_CUE_RE, _LIST_TRIGGERS):
        for start, end, name in _names_at(line, cue.end()):
            yield _Candidate(start, end, name, "operator" if "appel" in cue.group() else "other", "cue.list")


# ---------------------------------------------------------------------------------------------------------------
# Rule apposition: what follows a name says it is a company ("X, filiale de Y", "X, a French company")

_APPOSITION_RE = re.compile(
    r"(?:\s*[,:(]|\s+[–-])\s*"  # a dash in "Nashville-based" separates nothing
    r"(?:(?P<subsidiary>(?:une |la |sa |l'|a |the )?(?:filiale|succursale|subsidiary|unit|branch)\b"
    r"(?:\s+(?:marocaine|locale|moroccan|local))?\s+(?:de la societe |du groupe |de l'|de |du |d'|des |of the |of ))"
    r"|(?:un |une |le |la |l'|l'un des |l'une des |a |an |the |one of the )?(?:[\w\-.]+\s+){0,4}?"
    r"(?:specialiste|leader|acteur|geant|pionnier|champion|operateur|prestataire|groupe|societe|entreprise|cabinet"
    r"|editeur|fournisseur|outsourceur|assureur|banque|company|firm|group|provider|operator|outsourcer|specialist"
    r"|player|giant|bank|insurer|maker|startup|consultancy|carrier)\b"
    r"|specialisee? (?:dans|en)|specializ(?:ing|ed) in|specialis(?:ing|ed) in|cree en|creee en|founded in"
    r"|(?:qui|which|that) (?:emploie|employait|employs|employed|compte|recrute|hires|exploite|operates|dispose de"
    r"|realise|genere|generates|generated)\b"
    r"|(?:present|installe|implante)e? (?:au maroc|a casablanca|a rabat|depuis))"
)
_QUOTED_BEFORE_RE = re.compile(r"[«“\"]\s*(?P<name>[^«»“”\"\n]{2,60}?)\s*[»”\"]\s*$")


def _name_before(line: _Line, position: int) -> tuple[int, int, str] | None:
    """The name (capitalised words, or quoted) that ends right before the position: (start, end, name)."""
    quoted = _QUOTED_BEFORE_RE.search(line.text, max(line.start, position - 70), position)
    if quoted:
        return quoted.start("name"), quoted.end("name"), quoted.group("name")
    end = position
    while end > line.start and line.text[end - 1] in " \u00a0":
        end -= 1
    run = _CAPITALISED_RUN_END_RE.search(line.text, max(line.start, end - _RUN_WINDOW), end)
    return (run.start(), end, run.group()) if run else None


def _appositions(line: _Line) -> Iterator[_Candidate]:
    for apposition in _APPOSITION_RE.finditer(line.folded, line.start, line.end):
        name = _name_before(line, apposition.start())
        if name is None:
            continue
        yield _Candidate(*name, "other", "apposition")
        if apposition.group("subsidiary"):
            for start, end, parent in _first_name_at(line, apposition.end()):
                yield _Candidate(start, end, parent, "other", "apposition")


# ---------------------------------------------------------------------------------------------------------------
# Rule country_suffix: "Atento Maroc", "Orange Morocco", "NTT DATA MOROCCO"

_COUNTRY_SUFFIX_RE = re.compile(
    rf"(?P<name>{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}?)\s+(?:Maroc|Morocco|MAROC|MOROCCO)\b(?!\s*(?:de|du|d'))"
)


_COUNTRY_WORD_RE = re.compile(r"\b(?:maroc|morocco)\b")
_PLAN_AFTER_RE = re.compile(r"\s*(?:19|20)\d\d\b")


def _country_suffixes(line: _Line) -> Iterator[_Candidate]:
    if not _COUNTRY_WORD_RE.search(line.folded, line.start, line.end):
        return
    for match in _COUNTRY_SUFFIX_RE.finditer(line.text, line.start, line.end):
        before = line.text[max(line.start, match.start() - 4) : match.start()]
        if re.search(r"\b(?:du|de|au|le|la|en)\s*$", fold(before)) or _PLAN_AFTER_RE.match(line.text, match.end()):
            continue  # "le Royaume du Maroc", "Investir au Maroc"; "Digital Morocco 2030" is a plan
        yield _Candidate(match.start(), match.end(), match.group(), "other", "country_suffix")


# ---------------------------------------------------------------------------------------------------------------
# Rule institution: a head noun and its complement ("ministère de la Solidarité", "the World Bank")

_INSTITUTION_HEADS_FR = (
    r"ministere|agence|association|federation|confederation|office|chambre|union|institut|fondation|universite|ecole"
    r"|banque|caisse|haut-commissariat|haute autorite|autorite|observatoire|syndicat|commission|organisation"
    r"|direction generale|conseil national|conseil economique|conseil superieur|groupement|cluster"
)
_INSTITUTION_FR_RE = re.compile(rf"(?P<head>{_INSTITUTION_HEADS_FR})\b")
_INSTITUTION_FR_TRIGGERS = _triggers(
    "ministere agence association federation confederation office chambre union institut fondation universite ecole"
    " banque caisse haut-commissariat haute autorite observatoire syndicat commission organisation direction conseil"
    " groupement cluster"
)
_INSTITUTION_EN_TRIGGERS = _triggers(
    "ministry agency association federation confederation union bank council office authority institute foundation"
    " university chamber commission fund organisation organization board"
)
_COMPLEMENT_WORD_RE = re.compile(r"\s*(?P<word>[^\W\d_][\w\-]*'?|&)")
# Connectors a name's complement goes on with ("de la", "pour", "et des") and words that end it (a verb, a pronoun).
_CONNECTORS = frozenset("de la l' des du d' pour et au aux à a en sur".split()) - {"a", "en", "sur"}
_ARTICLES = frozenset("la l' le les".split())
_COMPLEMENT_STOPS = frozenset(
    """qui que dont a ont est sont sera seront va vont vient avait avaient ete etait dans sur avec lors selon afin
    ainsi en par chez entre apres avant depuis vers sans sous contre mais ou car donc puis aussi egalement notamment
    deja encore plus moins tres un une ce cette ses son sa leur leurs se s' n' ne y il elle ils elles on""".split()
)
_COMPLEMENT_WORDS = 12
_ADJECTIVE_RE = re.compile(
    r"(?:iques?|ales?|al|aux|iennes?|iens?|aises?|ais|ieres?|iers?|elles?|els?|ives?|ifs?|aines?|ains?|eures?|ees?)$"
)
_CAPITAL_RE = re.compile(r"(?:^|[\s'’])[A-ZÀ-ÖØ-Þ]")
_CAPITALISED_AFTER_HEAD_RE = re.compile(rf"\s+{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}")
# A French institution's name goes on with "de", "pour", "au" or an adjective: "Union marocaine du travail".
_FRENCH_COMPLEMENT_RE = re.compile(
    r"\s+(?:de|du|des|d'|pour|au|aux|nationale?|marocaine?|generale?|regionale?|europeen(?:ne)?|internationale?"
    r"|mondiale?|africaine?|arabe|royale?|superieure?|francaise?|cherifien(?:ne)?|islamique|professionnelle?"
    r"|democratique|publique?|centrale?|speciale?|numerique|digitale?)\b"
)


def _complement_end(line: _Line, position: int) -> int:
    """Where an institution's name ends: its complement runs over adjectives, capitalised words and connectors
    ("de la", "pour", "et des") and stops at a verb, a pronoun or punctuation."""
    end = position
    pending = position  # the end before trailing connectors
    previous = ""
    for _ in range(_COMPLEMENT_WORDS):
        match = _COMPLEMENT_WORD_RE.match(line.folded, end, line.end)
        if match is None:
            break
        word = match.group("word")
        if word in _ARTICLES and (previous not in _CONNECTORS or previous == "et"):
            break  # "ministère de l'Emploi et les professionnels": the name ended with "Emploi"
        capitalised = line.text[match.start("word")].isupper()
        if previous and previous not in _CONNECTORS and word not in _CONNECTORS and not capitalised:
            if not _ADJECTIVE_RE.search(word):
                break  # "le ministère de l'Industrie signe": after a noun, only an adjective goes on with the name
        if word in _COMPLEMENT_STOPS and word not in _CONNECTORS:
            break
        end = match.end()
        if word not in _CONNECTORS and word not in _ARTICLES:
            pending = end
        previous = word
    return pending


_INSTITUTION_HEADS_EN = (
    r"Ministry|Agency|Association|Federation|Confederation|Union|Bank|Council|Office|Authority|Institute|Foundation"
    r"|University|Chamber|Commission|Fund|Organi[sz]ation|Board|Group|Corporation"
).lower()
# The head is searched first; the capitalised words before it are then taken back (at most five).
_INSTITUTION_EN_RE = re.compile(
    r"(?:Ministry|Agency|Association|Federation|Confederation|Union|Bank|Council|Office|Authority|Institute"
    r"|Foundation|University|Chamber|Commission|Fund|Organi[sz]ation|Board)\b"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAPITALISED}(?:\s+(?:{_CAPITALISED}|of|and|&|for|the)){{0,6}})?"
)
_CAPITALISED_BEFORE_RE = re.compile(rf"(?:{_CAPITALISED}\s+){{1,5}}$")


def _capitalised_run_before(text: str, position: int, floor: int) -> int:
    """Where the run of capitalised words ending right before the position starts (the position if there is none)."""
    run = _CAPITALISED_BEFORE_RE.search(text, max(floor, position - _RUN_WINDOW), position)
    return run.start() if run else position


_RUN_WINDOW = 120  # characters
_CAPITALISED_RUN_END_RE = re.compile(rf"(?<![\w'’&.\-]){_CAPITALISED}(?:\s+{_CAPITALISED}){{0,4}}$")


def _institutions(line: _Line) -> Iterator[_Candidate]:
    for match in _matches_at(line, _INSTITUTION_EN_RE, _INSTITUTION_EN_TRIGGERS, line.text):
        first = _capitalised_run_before(line.text, match.start(), line.start)
        whole = line.text[first : match.end()].rstrip()
        written = re.sub(r"^(?:(?:The|A|An)\s+|\S+['’]s\s+)", "", whole)  # "France's General Confederation"
        if len(written.split()) < 2:
            continue  # "Bank" alone, or "The Group said"
        start = first + whole.find(written)
        yield _Candidate(start, start + len(written), written, _kind_of(written), "institution")
    for match in _matches_at(line, _INSTITUTION_FR_RE, _INSTITUTION_FR_TRIGGERS):
        if _FRENCH_COMPLEMENT_RE.match(line.folded, match.end()):
            end = _complement_end(line, match.end())
        elif line.text[match.start()].isupper() and _CAPITALISED_AFTER_HEAD_RE.match(line.text, match.end()):
            end = _CAPITALISED_AFTER_HEAD_RE.match(line.text, match.end()).end()  # "l'Association Maroc Citrus"
        else:
            continue  # "the union publicly criticized": no French institution's name goes on so
        written = line.text[match.start() : end]
        if len(written.split()) < 2 or not _CAPITAL_RE.search(written):
            continue  # "une agence de voyages" is none; "ministère de l'Emploi" is one
        name = written[:1].upper() + written[1:]
        yield _Candidate(match.start(), end, name, _kind_of(written), "institution", name)


# ---------------------------------------------------------------------------------------------------------------
# Rule acronym.standalone: an acronym of the body ("UMT", "CNDP") that is no word of the trade

_ACRONYM_RE = re.compile(r"\b[A-Z][A-Z0-9&]{2,5}\b")
_UPPER_RE = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_CAPITALISED_END_RE = re.compile(rf"{_CAPITALISED}\s*$")
_LETTER_RE = re.compile(r"[^\W\d_]")


def _standalone_acronyms(line: _Line) -> Iterator[_Candidate]:
    if not _ACRONYM_RE.search(line.text, line.start, line.end):
        return
    for match in _ACRONYM_RE.finditer(line.text, line.start, line.end):
        if _CAPITALISED_END_RE.search(line.text, max(line.start, match.start() - 30), match.start()):
            continue  # "Amel NEJJARI": a surname in capitals after a first name
        if _generic_acronym(match.group()):
            continue
        if not line.text[line.start : match.start()].strip(" -–—•*") and _LABEL_AFTER_RE.match(line.text, match.end()):
            continue  # "NYON, Switzerland —", "UPDATE:": a dateline's place or a label opens the line
        yield _Candidate(match.start(), match.end(), match.group(), "other", "acronym.standalone")


_LABEL_AFTER_RE = re.compile(r"\s*[,:(—–-]")


@functools.lru_cache(maxsize=4096)
def _generic_acronym(acronym: str) -> bool:
    """A word of the trade ("BPO"), a roman numeral ("XXI", not "CCV") or an amount ("MAD13")."""
    return (
        fold(acronym) in GENERIC_ACRONYMS
        or bool(re.fullmatch(r"[IVX]{1,4}", acronym))
        or bool(re.match(r"(?:MAD|USD|EUR|DH|MDH|MMDH)\d", acronym))
    )


# ---------------------------------------------------------------------------------------------------------------
# The rules, in order: a name found by an earlier rule is not found again by a later one.

# Each rule with what its line must hold: words (folded; a trigger of five letters or more stands for every word
# that starts like it, a shorter one for itself) or characters. Most lines hold none of them, and one pass over the
# line's words decides which rules run: far less than running every rule's patterns over every line.
_Rule = tuple[str, Callable[[_Line], Iterator[_Candidate]], tuple[str, ...], tuple[str, ...]]
_RULES: tuple[_Rule, ...] = (
    ("acronym.defined", _acronyms_defined, (), ("(",)),
    (
        "institution",
        _institutions,
        tuple(
            "ministere ministry agence agency association associations federation confederation office chambre chamber"
            " union institut institute fondation foundation universite university ecole banque bank caisse"
            " haut-commissariat autorite authority observatoire syndicat commission organisation organization direction"
            " conseil council groupement cluster board group corporation fund".split()
        ),
        (),
    ),
    (
        "cue.noun",
        _cue_nouns,
        tuple(
            "operateur operator outsourceur outsourcer offshoreur prestataire centre call plateau plateforme societe"
            " entreprise groupe group filiale firme compagnie assureur banque constructeur equipementier editeur start"
            " startup holding multinationale geant specialiste specialist leader fonds investisseur distributeur"
            " enseigne marque fabricant laboratoire agence conglomerat provider company firm subsidiary unit insurer"
            " bank carrier consultancy giant maker player lender investor conglomerate bpo customer outsourcing".split()
        ),
        (),
    ),
    ("cue.nationality", _nationality_cues, tuple(_NATIONALITIES.split()), ()),
    (
        "cue.context",
        _context_cues,
        tuple(
            "filiale succursale subsidiary unit branch division rachete rachetee acquis acquise absorbe absorbee detenu"
            " detenue controle controlee acquired bought owned taken backed rachat acquisition prise partenariat"
            " convention accord contrat protocole partnership agreement contract memorandum compte behalf chez".split()
        ),
        (),
    ),
    (
        "cue.list",
        _cue_lists,
        tuple("occurrence notamment tel tels telle telles comme such including like dont among parmi".split()),
        (),
    ),
    (
        "apposition",
        _appositions,
        tuple(
            "filiale succursale subsidiary unit branch specialiste specialisee specialise leader acteur geant pionnier"
            " champion operateur prestataire groupe societe entreprise cabinet editeur fournisseur outsourceur assureur"
            " banque company firm group provider operator outsourcer specialist player giant bank insurer maker"
            " startup consultancy carrier specializing specialized specialising specialised cree creee founded"
            " emploie employait employs employed compte recrute hires exploite operates dispose realise genere"
            " generates generated present presente installe installee implante implantee".split()
        ),
        (),
    ),
    ("country_suffix", _country_suffixes, ("maroc", "morocco"), ()),
    (
        "corporate_suffix",
        _corporate_suffixes,
        tuple(
            "group groupe holding sa sarl sas inc ltd corp corporation telecom telecoms bank banque consulting"
            " technologies solutions systems software capital partners assurance assurances insurance finance"
            " industries logistics airlines motors energy services outsourcing interactive communications digital"
            " academy call contact center centre".split()
        ),
        (),
    ),
    (
        "subject_verb",
        _subject_verbs,
        tuple(
            "recrute recrutera recruter emploie employait emploiera embauche embauchera embaucher delocalise relocalise"
            " hiring hires hire employs employed recruits recruit relocates outsources".split()
        ),
        (),
    ),
    ("acronym.standalone", _standalone_acronyms, (), ("",)),
)


def _trigger_table() -> dict[str, frozenset[int]]:
    table: dict[str, set[int]] = {}
    for index, (_, _, words, _) in enumerate(_RULES):
        for word in words:
            table.setdefault(_key(word), set()).add(index)
    return {key: frozenset(indexes) for key, indexes in table.items()}


_TRIGGERS = _trigger_table()


def _rules_for(line: _Line) -> list[_Rule]:
    """The rules whose trigger words or characters the line holds, in their order."""
    wanted: set[int] = set()
    for key in line.keys & _TRIGGERS.keys():
        wanted |= _TRIGGERS[key]
    line_folded = line.folded[line.start : line.end]
    return [
        rule
        for index, rule in enumerate(_RULES)
        if index in wanted or any(character in line_folded for character in rule[3])
    ]


# Rules that a cue word triggers: the only ones trusted on a line where every word is capitalised.
_CUED_RULES = frozenset({"acronym.defined", "institution", "cue.noun", "cue.nationality", "cue.context", "cue.list"})
_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")
_SMALL_WORDS = frozenset(
    "de du des d d' d’ la le les l l' l’ et a à au aux en the of and in on at for to by with from as is".split()
)


def _headline_case(line: str) -> str | None:
    """ "title" for "Offshoring Now Brings Morocco 65,000 Jobs", "capitals" for "OUVRE SON HUITIÈME SITE": lines
    whose capitals say nothing about names (regex counts: this runs on every line)."""
    if len(line) > _HEADLINE_MAX or line.count(" ") < 3 or len(_UPPER_RE.findall(line)) < 0.4 * (line.count(" ") + 1):
        return None  # a paragraph, or a sentence with few capitals for its words
    words = len(_WORD_RE.findall(line)) - len(_SMALL_WORD_RE.findall(line))
    if words < 4:
        return None
    if len(_CAPITALS_WORD_RE.findall(line)) >= 0.7 * words:
        return "capitals"
    if len(_CAPITALISED_WORD_RE.findall(line)) >= 0.85 * words:
        return "title"
    return None


_HEADLINE_MAX = 250  # characters: longer lines are paragraphs
_SMALL_WORD_RE = re.compile(
    r"(?<![\w'’])(?:de|du|des|d['’]\w*|la|le|les|l['’]\w*|et|a|à|au|aux|en|the|of|and|in|on|at|for|to|by|with|from"
    r"|as|is)(?![\w'’])"
)
_CAPITALS_WORD_RE = re.compile(r"(?<![\w'’])[A-ZÀ-ÖØ-Þ]{2,}(?![\w'’])")
_CAPITALISED_WORD_RE = re.compile(r"(?<![\w'’])[A-ZÀ-ÖØ-Þ][\w'’\-]*")


def discover(
    text: str, spans: list[tuple[int, int]], folded: str | None = None, known: list[OrganisationMention] = ()
) -> list[OrganisationMention]:
    """Organisations outside the reference list, each named by a rule (see the module's doc), in text order.
    `known` (the reference list's mentions) lets a list of names holding one of them name the others."""
    folded = fold(text) if folded is None else folded
    found: list[OrganisationMention] = []
    taken = bytearray(len(text))
    for mention in known:
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    for start, end in spans:
        keys = frozenset(
            word[:_PREFIX] if len(word) >= _PREFIX else f"={word}"
            for word in _FOLDED_WORD_RE.findall(folded, start, end)
        )
        line = _Line(text, folded, start, end, keys)
        rules = _rules_for(line)
        case = _headline_case(text[start:end])
        if case == "capitals":  # "OUVRE SON HUITIÈME SITE": only an acronym in brackets stands out
            rules = [r for r in rules if r[0] == "acronym.defined"]
        elif case == "title":
            rules = [r for r in rules if r[0] in _CUED_RULES]  # every word of a headline is capitalised
        for _, rule, _, _ in rules:
            for candidate in rule(line):
                if taken.find(1, candidate.start, candidate.end) >= 0:
                    continue  # named already (by the reference list or an earlier rule): no need to judge it
                mention = _accepted(candidate, line)
                if mention is not None and taken.find(1, mention.start, mention.end) < 0:
                    found.append(mention)
                    taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    found += _coordinated(text, folded, spans, [*known, *found], taken)
    return sorted(found, key=lambda m: m.start)


# ---------------------------------------------------------------------------------------------------------------
# Rule coordination: a list holding an organisation lists organisations

_LIST_RE = re.compile(
    rf"(?:{_NAME}|{_ANY_QUOTED})(?:(?:\s*,\s*|\s*;\s*)(?:{_NAME}|{_ANY_QUOTED})){{0,12}}"
    rf"(?:\s*,?\s*(?:et|and|&|ou|or)\s+(?:{_NAME}|{_ANY_QUOTED}))?"
)


_CONJUNCTION_RE = re.compile(r"\s(?:et|and|&|ou|or)\s")
# What joins a name to the next or the previous one of a list: "Dell, Logica", "HP et Attento".
_LISTED_RE = re.compile(r"[»”\"]?\s*(?:[,;]|\s(?:et|and|&|ou|or)\s)")
_LISTED_BEFORE_RE = re.compile(r"(?:[,;]|\s(?:et|and|&|ou|or))\s*[«“\"]?$")


def _coordinated(
    text: str,
    folded: str,
    spans: list[tuple[int, int]],
    mentions: list[OrganisationMention],
    taken: bytearray,
) -> list[OrganisationMention]:
    found: list[OrganisationMention] = []
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    for start, end in spans:
        in_line = by_start[bisect_left(starts, start) : bisect_left(starts, end)]
        if not any(
            _LISTED_RE.match(text, m.end) or _LISTED_BEFORE_RE.search(text, max(start, m.start - 6), m.start)
            for m in in_line
        ):
            continue  # a list needs an organisation that a comma or a conjunction joins to another name
        if _headline_case(text[start:end]):
            continue
        line = _Line(text, folded, start, end)
        for match in _LIST_RE.finditer(text, start, end):
            members = list(_NAME_OR_QUOTED_RE.finditer(text, match.start(), match.end()))
            if len(members) < 3 and not _CONJUNCTION_RE.search(match.group()):
                continue  # "le président du groupe ALTEN, Simon Azoulay" is an apposition, not a list
            anchored = [m for m in members if taken.find(1, m.start(), m.end()) >= 0]
            if not anchored:
                continue
            for member in members:
                if taken.find(1, member.start(), member.end()) >= 0:
                    continue
                group = next(g for g in ("name", "q1", "q2", "q3") if member.group(g))
                candidate = _Candidate(
                    member.start(group), member.end(group), member.group(group), "other", "coordination"
                )
                mention = _accepted(candidate, line)
                if mention is not None:
                    found.append(mention)
                    taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    return found


# ---------------------------------------------------------------------------------------------------------------
# Filters: people, places, common words, words of the trade

_LEADING_ARTICLE_RE = re.compile(
    r"^(?:(?:Le|La|Les|The|À|A|Au|Aux|En|Dans|Selon|Pour|Chez|Par|In|At|For|By|From|With|On)\s+|L['’](?=[A-ZÀ-Ö]))"
)
_PERSON_BEFORE_RE = re.compile(
    r"(?:\b(?:" + "|".join(sorted((re.escape(t) for t in PERSON_TITLES), key=len, reverse=True)) + r")\.?)\s*$"
)
_PERSON_AFTER_RE = re.compile(
    r"^\s*(?:,\s*(?:le |la |l'|son |sa |notre |the |its |a |an )?|\()(?:"
    + "|".join(sorted((re.escape(t) for t in PERSON_ROLES), key=len, reverse=True))
    + r")\b"
)
_MAX_NAME_WORDS = 10


def _accepted(candidate: _Candidate, line: _Line) -> OrganisationMention | None:
    name = _LEADING_ARTICLE_RE.sub("", candidate.name.strip(" .,;:'’\"«»“”-"))
    if (not name[:1].isupper() and not name[:1].isdigit()) or re.match(r"[LD]['’][a-zà-ÿ]", name):
        return None  # «une chance à saisir» is a quotation and "L'entreprise" a common noun, not names
    start = candidate.start + candidate.name.find(name) if name in candidate.name else candidate.start
    end = start + len(name)
    if not _is_organisation_name(name, line, start, end, candidate.rule):
        return None
    folded_name = fold(name)
    kind = "media" if folded_name in _MEDIA else candidate.kind
    ref = OrganisationRef(name, candidate.acronym, candidate.full_name, kind)
    if candidate.acronym and candidate.full_name:  # an acronym's mention covers its expansion
        start, end = min(start, candidate.start), max(end, candidate.end)
    return OrganisationMention(start, end, ref, known=False, rule=candidate.rule)


def _is_organisation_name(name: str, line: _Line, start: int, end: int, rule: str) -> bool:
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or len(name) < 2 or len(name) > 120:
        return False
    folded_words = [fold(w).strip("'’.-") for w in words]
    if all(w in COMMON_CAPITALISED or w in GENERIC_WORDS or w in FOREIGN_PLACES or not w for w in folded_words):
        return False  # "Global Services", "Maroc Digital", "Luxembourg SA": no word of a name
    if len(words) == 1 and (len(name) < 3 and not name.isupper()):
        return False
    if _generic_acronym(name):
        return False
    if _is_place(name):
        return False
    if _is_person(name, folded_words, line, start, end, by_first_name=rule not in _NAMING_CUES):
        return False
    return True


# Rules whose cue says what the name is ("les centres d'appels, en l'occurrence Crown, Imane Id"): a first name
# there starts a company's name.
_NAMING_CUES = frozenset({"cue.noun", "cue.list"})


@functools.lru_cache(maxsize=4096)
def _is_place(name: str) -> bool:
    folded = fold(name)
    if folded in FOREIGN_PLACES or folded.replace(" ", "-") in FOREIGN_PLACES:
        return True
    tokens = tokenize(folded)
    matches = PLACES.find(name, tokens)
    return bool(matches) and matches[0].start == 0 and matches[-1].end >= len(name.rstrip())


def _is_person(
    name: str, folded_words: list[str], line: _Line, start: int, end: int, *, by_first_name: bool = True
) -> bool:
    if by_first_name and len(folded_words) >= 2 and folded_words[0] in FIRST_NAMES and name.split()[1][:1].isupper():
        return True  # "Karim Bernoussi", "Mohamed El Ouahdoudi"
    before = line.folded[max(line.start, start - _TITLE_WINDOW) : start]
    if _PERSON_BEFORE_RE.search(before):
        return True  # "M. El Ouahdoudi", "le président Karim X"
    after = line.folded[end : min(line.end, end + _TITLE_WINDOW)]
    return len(folded_words) >= 2 and bool(_PERSON_AFTER_RE.match(after))  # "Karim X, président de ..."
