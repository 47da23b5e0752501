"""Whom a figure is about: the sector, a segment, a company, a park; and figures of other countries."""

from __future__ import annotations

import bisect
import re

from . import lexicon
from .dates import blocks
from .figure_places import THERE_RE
from .figures import ArticleContext, Candidate
from .gazetteer import fold

_SECTOR_SCOPE_AFTER_RE = re.compile(
    r"^\s*(?:\S+\s+){0,2}?(?:que compte|du secteur|of the sector|in the sector|dans le secteur|au niveau national)"
)


_SOURCE_BEFORE_RE = re.compile(r"(?:selon|d'apres|according to|source|cite par|rapporte par|affirme|indique)\W*\w*\W*$")
# "Selon l'AMRC", "à l'initiative de l'APEBI", "Avec l'OFPPT, nous avons formé", "soutenu par le CRI": an
# association or agency that tells, hosts or helps is not the figure's owner
_NOT_OWNER_BEFORE_RE = re.compile(
    r"(?:\bselon|d'apres|according to|\bsource|cite par|rapporte par|estimations? d[eu]|chiffres d[eu]"
    r"|initiative d[eu]|president d[eu]|presidente d[eu]|directeur d[eu]|directrice d[eu]|head of|chairman of)"
    r"[^,;.]{0,70}$"
    # "Une étude de l'ANRT dénombre", "D'après l'enquête de l'association marocaine des centres de relation (AMRC)"
    r"|(?:\betudes?|\benquetes?|\brapports?|\bbarometres?|\brecensements?|\bsurveys?|\bstud(?:y|ies)|\breports?)"
    r" (?:d[eu]|de la|des|by|of)\b[^;.]{0,100}$"
    r"|(?:\bavec|\bwith|soutenue? par|accompagne\w* par|supported by|backed by|aupres d[eu]|partenariat avec"
    r"|in partnership with|\bpar|\bby|calls for)[^,;.]{0,12}$"
)
# an association, agency or council owns a figure only when it acts: "l'OFPPT a formé", "le Conseil a créé un fonds"
_OWNER_KINDS_ACTING = frozenset({"association", "regional_council", "public_agency", "training", "investment_centre"})


# "600 companies, including Teleperformance, Majorel and Intelcia": examples, not the figure's owner.
_EXAMPLE_BEFORE_RE = re.compile(
    r"(?:including|notamment|dont|tels? que|such as|comme|parmi lesquel\w*|among them|like|of which)\b"
)


# the sector as the subject between an organisation and the figure: "l'AMRC ... le secteur compte 200 centres" (not
# "premier employeur du secteur avec 10.000 salariés")
_SECTOR_BETWEEN_RE = re.compile(
    r"\b(?:le|les|the|ce|cet|this|l')\s?(?:secteur|sector|industry|industrie|centres d'appels|offshoring|operateurs)\b"
)


_ORG_FIGURE_RE = re.compile(r"effectif|membres|members|\bses\b|\bits\b|\bleur\b|\btheir\b")


_ASSOCIATION_REF_RE = re.compile(r"l'association|the association|ses membres|its members|l'amrc")


_SCOPE_KINDS = frozenset(
    {"association", "operator", "regional_council", "zone_developer", "public_agency", "training", "investment_centre"}
)


# Other countries Morocco is compared with: "La Tunisie compte environ 25.000 téléconseillers, le Sénégal 6.000",
# "Romania employs some 120,000", "It added about 40,000 staff in the Philippines and India" (lexicon
# country.foreign).
# (the lookahead lets the regex engine skip every position that starts no word)
_FOREIGN_RE = lexicon.pattern("country.foreign", before=r"\b(?=[a-z])", after=r"\b")
# "au niveau mondial", "à travers le monde", "in 83 countries": a group's world figure (lexicon scope.worldwide)
# "10 implantations en France", "200.000 personnes travaillent dans les centres d'appels en France" (not "pour des
# clients en France": Morocco serves them)
_CLIENT_COUNTRY_AFTER_RE = lexicon.pattern(
    "country.client",
    before=r"\s*(?:(?!(?:clients?|donneurs|marches?|pour|for|serv\w*|export\w*|vers|to)\b)[\w'-]+\s+){0,6}?"
    r"(?:in|en|au|aux)\s+(?:the\s+)?",
    after=r"\b",
)
# the country as the subject that holds the figure: "la France compte 205 000 postes", "India employs 4 million"
_COUNTRY_SUBJECT_RE = re.compile(
    r"(?:^|[,(]\s*|\b(?:la|le|les|l')\s?|\b(?:while|whereas|tandis que|alors que)\s+)"
    + lexicon.words("country.client", "country.foreign")
    + r"\s+(?:[\w'-]+\s+){0,3}?"
    + lexicon.words("verb.holds")
    + r"\s+(?:\w+\s+){0,3}?$"
)
# "sur les 11 000 que compte le groupe": the whole group, of which the Moroccan part was given
_GROUP_WHOLE_AFTER_RE = re.compile(
    r"^\s*(?:que|qu')\s*(?:compte|emploie|totalise|revendique)\w*\s+(?:le groupe|l'ensemble du groupe)"
    r"|^\s*(?:that|which)\s+the group\s+(?:has|employs|counts)"
)
_COUNTRY_ADJECTIVE_AFTER_RE = re.compile(
    r"^[^.;,]{0,40}?\b(?:dans|in)\s+(?:les\s+|the\s+)?(?:[\w']+\s+){0,3}?"
    r"(?:francais|francaises|espagnols|espagnoles|allemands|allemandes|belges|britanniques|americains|americaines"
    r"|tunisiens|tunisiennes|senegalais\w*|french|spanish|german|british|american|tunisian|senegalese)\b"
)
_CLIENT_COUNTRY_FRONT_RE = lexicon.pattern("country.client", before=r"\W*(?:en|in|au|aux)\s+(?:the\s+)?", after=r"\s*,")
# "3.200 collaborateurs au Maroc, en France et à Madagascar": a group's figure over several countries
_COUNTRY_LIST_AFTER_RE = re.compile(
    r"\s*(?:[\w'-]+\s+){0,3}?(?:au|in|en)\s+(?:maroc|morocco),?\s+(?:(?:en|au|a|in|et|and)\s+)+"
    + lexicon.words("country.client", "country.foreign")
)
_WORLDWIDE_RE = lexicon.pattern("scope.worldwide", before=r"\b")
_WORLDWIDE_WINDOW = 70  # characters on either side of the figure, within its sentence


_MOROCCO_RE = re.compile(r"\b(?:maroc|morocco|royaume|kingdom|marocain\w*|moroccan|pays|country)\b")


# "employs more than 380,000 people in 83 countries": the group's worldwide headcount
_COUNTRIES_AFTER_RE = re.compile(
    r"[^.;]{0,40}?\b(?:in|across|dans|en|sur)\s+(?:\w+\s+)?(?:\d+|"
    + lexicon.words("number.small_words")
    + r")\s+(?:countries|pays)\b"
)


_MOROCCO_PART_RE = re.compile(
    r"(?:[^.;]|\.\d){0,60}?\b(?:dont|of which|including)\b(?:[^.;]|[.,]\d){0,30}?\b(?:maroc|morocco)\b"
)


# "40,000 staff in the Philippines", "les 5 200 salariés du groupe en Tunisie"
_FOREIGN_AFTER_RE = re.compile(r"^\s*(?:\w+\s+){0,4}?(?:in|en|au|a) (?:the )?$")


def foreign_scope(context: ArticleContext, candidate: Candidate, unit: str) -> str | None:
    """'worldwide' or 'foreign' when the figure is a group's world figure or another country's, else None."""
    if (
        _worldwide(context, candidate)
        or _GROUP_WHOLE_AFTER_RE.match(candidate.after)
        or _group_revenue_abroad(context, candidate, unit)
        or _COUNTRY_LIST_AFTER_RE.match(context.folded, candidate.number.end, candidate.sentence[1])
    ):
        return "worldwide"
    return "foreign" if foreign_figure(context, candidate) else None


def _group_revenue_abroad(context: ArticleContext, candidate: Candidate, unit: str) -> bool:
    """'Teleperformance SE reported 2020 revenue of 5.73 billion euros', 'le groupe a réalisé un chiffre d'affaires
    de 90 millions d'euros': a group's turnover in euros or dollars, its sentence naming no Moroccan place or unit,
    is the group's, not Morocco's (Moroccan figures are told in dirhams or tied to the country)."""
    if unit not in ("EUR", "USD") or not _REVENUE_WORD_RE.search(candidate.preceding):
        return False
    start, end = candidate.sentence
    if _MOROCCO_NAME_RE.search(context.folded, start, end) or any(
        start <= p.start < end and p.place.kind != "country" for p in context.places
    ):
        return False
    return bool(_GROUP_RE.search(context.folded, start, end)) or any(
        start <= m.start < end and m.ref.kind == "operator" for m in context.organisations
    )


_REVENUE_WORD_RE = re.compile(r"chiffre d'affaires|\brevenues?\b|\bturnover\b|\bsales\b")
_GROUP_RE = re.compile(r"\b(?:le groupe|du groupe|the group|group's|\bse\b|\bsa\b|\bplc\b|\binc\b)")


def foreign_figure(context: ArticleContext, candidate: Candidate) -> bool:
    """A figure of another country, or of a group worldwide: the nearest country named before it, within its
    clause, is foreign, or one follows it as its place ("40,000 staff in the Philippines"), with no Morocco after;
    a world cue stands next to it ("88 sites à travers le monde"); or the whole article is about another country
    and the figure's sentence names no Moroccan place."""
    number = candidate.number
    sentence_start, sentence_end = candidate.sentence
    if _COUNTRIES_AFTER_RE.match(context.folded, number.end, sentence_end) and not _MOROCCO_PART_RE.match(
        context.folded, number.end, sentence_end
    ):
        return True  # unless its Moroccan part follows: "30.000 collaborateurs dans 16 pays, dont 16.500 au Maroc"
    if _foreign_article_figure(context, candidate):
        return True
    named = [span for span in context.foreign or () if sentence_start <= span[0] < sentence_end]
    after = candidate.after[:60]
    if _CLIENT_COUNTRY_AFTER_RE.match(context.folded, number.end, sentence_end):
        return True  # "B2S compte 10 implantations en France"
    if _CLIENT_COUNTRY_FRONT_RE.match(context.folded, sentence_start, number.start) and not _MOROCCO_NAME_RE.search(
        context.folded, sentence_start, sentence_end
    ):
        return True  # "En France, quelque 200.000 personnes travaillent dans les centres d'appels"
    if _COUNTRY_ADJECTIVE_AFTER_RE.match(candidate.after):
        return True  # "créer 15 000 emplois de plus dans les centres d'appels français"
    if _COUNTRY_SUBJECT_RE.search(_CLAUSE_STOP_RE.split(candidate.preceding)[-1]):
        return True  # "À titre de comparaison, la France compte plus de 205 000 postes"
    if not named:
        return False
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


def _worldwide(context: ArticleContext, candidate: Candidate) -> bool:
    """'qui exploite 88 sites à travers le monde', 'quatrième groupe mondial ... (953 millions d'euros)': a world
    cue next to the figure, with no Morocco between them."""
    start, end = candidate.sentence
    folded = context.folded
    number = candidate.number
    opening = _WORLDWIDE_OPENING_RE.match(folded, start, number.start)
    if opening and not _MOROCCO_RE.search(folded, opening.end(), number.start):
        return True  # "À l'échelle mondiale, le groupe réalise 56 milliards de dollars ... et compte 65 000 salariés"
    if _spread_abroad(context, candidate):
        return True
    low, high = max(start, number.start - _WORLDWIDE_WINDOW), min(end, number.end + _WORLDWIDE_WINDOW)
    for cue in _WORLDWIDE_RE.finditer(folded, low, high):
        between = folded[cue.end() : number.start] if cue.end() <= number.start else folded[number.end : cue.start()]
        if not _MOROCCO_RE.search(between) and not _CLAUSE_STOP_RE.search(between):
            return True
    return False


def _spread_abroad(context: ArticleContext, candidate: Candidate) -> bool:
    """'3 300 collaborateurs dans les sept autres sites du groupe, à Casablanca et en France': the figure's places
    are in Morocco and another country together, so it is the group's across countries."""
    number_end = candidate.number.end
    own = candidate.after
    if not _ABROAD_PLACE_RE.search(own) and (
        _MOROCCO_RE.search(own)
        or any(
            number_end <= p.start < number_end + len(own) and p.place.kind != "country" and p.place.region
            for p in context.places
        )
    ):
        return False  # "40 000 personnes au Maroc et 15 000 en Tunisie": its own place is Moroccan, Tunisia the next
    window = context.folded[number_end : min(candidate.sentence[1], number_end + _SPREAD_WINDOW)]
    after = _CLAUSE_STOP_RE.split(window, maxsplit=1)[0]
    abroad = _ABROAD_PLACE_RE.search(after)
    if abroad is None:
        return False
    start, end = candidate.number.end, candidate.number.end + len(after)
    return bool(_MOROCCO_RE.search(after)) or any(
        start <= p.start < end and p.place.kind != "country" and p.place.region for p in context.places
    )


_SPREAD_WINDOW = 100  # characters after the figure, within its clause
_ABROAD_PLACE_RE = lexicon.pattern(
    "country.client", "country.foreign", before=r"\b(?:en|au|aux|in|a) (?:the )?", after=r"\b"
)
_WORLDWIDE_OPENING_RE = lexicon.pattern("scope.worldwide", before=r"\W*", after=r"\s*,")


_CLAUSE_STOP_RE = re.compile(
    r"[;:]|\bdont\b|\bof which\b|\bwhile\b|\bwhereas\b|\btandis\b|\balors que\b|, (?:and|et|mais|but)\b"
)
_MEMBERS_RE = re.compile(r"effectif|membres|members")


def _foreign_article_figure(context: ArticleContext, candidate: Candidate) -> bool:
    if not context.foreign_focus:
        return False
    start, end = candidate.sentence
    if _MOROCCO_NAME_RE.search(context.folded, start, end):
        return False
    return not any(start <= p.start < end and p.place.kind != "country" for p in context.places)


_MOROCCO_NAME_RE = re.compile(r"\b(?:maroc\w*|morocc\w*|royaume|kingdom)\b")


def foreign_focus(context: ArticleContext) -> bool:
    """Is the article about another country? Its lead and figures' sentences (those searched for other countries)
    name other countries at least three times, and more than twice as often as Morocco and its places."""
    foreign = len(context.foreign or ())
    if foreign < 3:
        return False
    moroccan = sum(1 for start, end in context.sentences for _ in _MOROCCO_NAME_RE.finditer(context.folded, start, end))
    moroccan += sum(1 for p in context.places if p.place.kind != "country")
    return foreign > 2 * moroccan


def figure_scope(
    context: ArticleContext, candidate: Candidate, carried: tuple[str, str | None] | None = None
) -> tuple[str, str | None]:
    """(scope, organisation), by passes in order: the sector named right after the figure; a segment cue; the
    organisation the sentence names as owner; a park; a company cue ("le groupe", "l'opérateur", "the company")
    resolved to the operator the article is about; a pronoun continuing the previous sentence's owner
    (`carried`); the association's members; else the whole sector."""
    if candidate.number.unit != "percent" and _SECTOR_SCOPE_AFTER_RE.match(candidate.head):
        return "sector", None
    segment = _segment(context, candidate)
    if segment == "named":
        return "segment", None
    owner = _named_owner(context, candidate)
    if owner is not None:
        return owner
    park = _park(context, candidate)
    if park is not None:
        return "park", park
    if segment == "alone" and not _COMPANY_SUBJECT_RE.search(_CLAUSE_STOP_RE.split(candidate.preceding)[-1]):
        return "segment", None  # "les centres d'appels pèsent à eux seuls", not "la filiale ... à elle seule"
    sentence_start = candidate.sentence[0]
    before = context.folded[sentence_start : candidate.number.start]
    if carried is not None and _CONTINUING_RE.match(before):
        return carried  # "Ses recettes sont passées de ...", "Elle devrait générer": the previous sentence's owner
    clause_start, clause_end = _clause_bounds(context, candidate)
    cue = _COMPANY_CUE_RE.search(context.folded, clause_start, clause_end)
    pronoun = _PRONOUN_SUBJECT_RE.search(before)
    first_person = pronoun and pronoun.group("pronoun") in ("nous", "we")
    if (cue and not _source_cue(context, sentence_start, cue.start())) or (
        (pronoun or first_person)
        and (
            _operator_in_previous(context, sentence_start)
            or carried
            or (first_person and context.main_operator)
            or _company_cue_in_previous(context, sentence_start)
        )
    ):
        return "company", _operator_before(context, candidate.number.start)
    if THERE_RE.search(before) or THERE_RE.search(candidate.after[:30]):
        park = _park_named_before(context, sentence_start)  # "Quelque 70 entreprises y sont implantées"
        if park is not None:
            return "park", park
    association = context.lead_association and _ASSOCIATION_REF_RE.search(before)
    if (
        association
        and not _NOT_OWNER_BEFORE_RE.search(before[: association.start()])
        and not _REPORTING_RE.search(before[association.end() :])
    ):
        return "company", context.lead_association
    return "sector", None


def _source_cue(context: ArticleContext, sentence_start: int, cue_start: int) -> bool:
    """Does the company cue name the source ("Selon l'opérateur", "Selon les chiffres de MEDZ, l'opérateur public
    ...", in apposition to the organisation named), not the figure's owner?"""
    folded = context.folded
    if _SOURCE_BEFORE_RE.search(folded, sentence_start, cue_start):
        return True
    return bool(_SOURCE_PHRASE_RE.search(folded, sentence_start, cue_start)) and any(
        cue_start - 4 <= m.end <= cue_start for m in context.organisations
    )


def _company_cue_in_previous(context: ArticleContext, sentence_start: int) -> bool:
    """'Le centre de Fès rejoint ceux de Rabat. Il compte déjà une centaine de collaborateurs': 'il' is the centre."""
    index = bisect.bisect_left(context.sentences, (sentence_start, 0))
    if index == 0:
        return False
    start, end = context.sentences[index - 1]
    return bool(_COMPANY_CUE_RE.search(context.folded, start, end))


def _clause_bounds(context: ArticleContext, candidate: Candidate) -> tuple[int, int]:
    """The figure's clause within its sentence: from the last ';' or ':' before it to the next one after it (in
    "Le premier centre a démarré avec 100 positions ; la ville espère atteindre 5 000 positions", each its own)."""
    start, end = candidate.sentence
    folded = context.folded
    stops = [m.end() for m in _CLAUSE_MARK_RE.finditer(folded, start, candidate.number.start)]
    following = _CLAUSE_MARK_RE.search(folded, candidate.number.end, end)
    return (stops[-1] if stops else start), (following.start() if following else end)


_CLAUSE_MARK_RE = re.compile(r"[;:]")
_SEGMENT_WINDOW = 150  # characters before the figure where its clause may name the segment


def _segment(context: ArticleContext, candidate: Candidate) -> str | None:
    """'l'activité CRM', 'the IT outsourcing segment' ("named"), 'les centres d'appels pèsent à eux seuls 8,4 MMDH'
    ("alone"): a part of the sector, named in the figure's clause (which may hold a relative clause: "Le segment des
    centres d'appels, qui pèse 61 % du total, a réalisé 2,3 milliards")."""
    start = max(candidate.sentence[0], candidate.number.start - _SEGMENT_WINDOW)
    before = _CLAUSE_STOP_RE.split(context.folded[start : candidate.number.start])[-1]
    after = _CLAUSE_STOP_RE.split(candidate.after[:60], maxsplit=1)[0]
    if _SEGMENT_RE.search(before) or _SEGMENT_RE.search(after) or _SEGMENT_SUBJECT_RE.search(before):
        return "named"
    if _SEGMENT_ALONE_RE.search(before) or _SEGMENT_ALONE_RE.search(after):
        return "alone"
    return None


def _named_owner(context: ArticleContext, candidate: Candidate) -> tuple[str, str] | None:
    """The organisation the sentence names as the figure's owner, nearest first."""
    sentence_start, sentence_end = candidate.sentence
    folded = context.folded
    position = candidate.number.start
    best: tuple[int, str, str] | None = None
    for mention in context.organisations:
        if not sentence_start <= mention.start < sentence_end or mention.ref.kind not in _SCOPE_KINDS:
            continue
        if _SOURCE_BEFORE_RE.search(folded[max(sentence_start, mention.start - 25) : mention.start]):
            continue
        if _EXAMPLE_BEFORE_RE.search(
            folded[max(sentence_start, mention.start - 50) : mention.start]
        ) and not _RELATIVE_OWNER_RE.fullmatch(folded, mention.end, position):
            continue  # "such as Teleperformance and Majorel", but "such as Dell, which has over 2,000 staff"
        if mention.ref.kind in _OWNER_KINDS_ACTING and (
            (mention.start > position and not _MEMBERS_RE.search(candidate.before))
            or (
                mention.start < position
                and not _ORG_FIGURE_RE.search(candidate.before)
                and (
                    _NOT_OWNER_BEFORE_RE.search(folded[max(sentence_start, mention.start - 80) : mention.start])
                    or _REPORTING_RE.search(folded[mention.end : position])
                )
            )
        ):
            continue  # "Selon l'AMRC, ...", "La FMES estime que l'activité a reculé de 20 %"
        if mention.ref.kind == "operator" and _in_a_list(context, mention):
            continue  # "les conventions signées avec Webhelp, Teleperformance et Sitel prévoient 12.500 emplois"
        if mention.end <= position:
            if _SECTOR_BETWEEN_RE.search(folded[mention.end : position]):
                continue
        elif not (_ORG_FIGURE_RE.search(candidate.before) or _fronted(context, candidate, mention.start)):
            continue
        distance = abs(mention.start - position)
        if best is None or distance < best[0]:
            best = (distance, mention.ref.name, "park" if mention.ref.kind == "zone_developer" else "company")
    return (best[2], best[1]) if best is not None else None


def _fronted(context: ArticleContext, candidate: Candidate, owner_start: int) -> bool:
    """'Avec 4.500 salariés, Intelcia est ...': the figure opens the sentence, its owner opens the main clause."""
    folded = context.folded
    return bool(
        _FRONTED_OPENING_RE.match(folded, candidate.sentence[0], candidate.number.start)
        and _FRONTED_FIGURE_RE.fullmatch(folded, candidate.number.end, owner_start)
    )


def _in_a_list(context: ArticleContext, mention) -> bool:
    """Is the operator one of several named together ("Webhelp, Teleperformance et Sitel")?"""
    return any(
        other is not mention
        and other.ref.kind == "operator"
        and other.ref.name != mention.ref.name
        and (
            _LIST_GAP_RE.fullmatch(context.folded, other.end, mention.start)
            or _LIST_GAP_RE.fullmatch(context.folded, mention.end, other.start)
        )
        for other in context.organisations
    )


def _park(context: ArticleContext, candidate: Candidate) -> str | None:
    """'Casanearshore ... 40 entreprises y emploient 7 000 personnes', 'Technopolis employs more than 5,000',
    'un parc de 7500 m² qui doit employer 1000 personnes': a park named (or called 'le parc', 'la zone') before
    the figure in its sentence, or heading its list."""
    sentence_start = candidate.sentence[0]
    clause = _clause_start(context, sentence_start, candidate.number.start)
    topic = _TOPIC_RE.match(context.folded, sentence_start, candidate.number.start)  # "Oujda Shore : 1.000 emplois"
    # the park as the sentence's subject carries over its clauses: "CasanearShore a livré 164 000 m2, dont 78% ..."
    subject = (sentence_start, min(candidate.number.start, sentence_start + _SUBJECT_WIDTH))
    spans = (_list_header(context, sentence_start), (clause, candidate.number.start), subject)
    if topic:
        spans = (*spans, (sentence_start, topic.end()))
    for start, end in spans:
        if start >= end:
            continue
        named = [
            p
            for p in context.places
            if start <= p.start < end
            and PARK_NAME_RE.search(fold(p.written))
            and not _PLACE_OF_BEFORE_RE.search(context.folded, max(0, p.start - 25), p.start)
        ]
        if len({fold(p.written) for p in named}) > 1:
            return None  # "Casanearshore, Technopolis, Fès Shore ... hébergent 200 sociétés": the parks together
        if named:
            return named[-1].written
        if _PARK_CUE_RE.search(context.folded, start, end):
            return context.main_park
    return None


def _park_named_before(context: ArticleContext, position: int) -> str | None:
    """The place named last before the sentence, when it is a park ('y' points at it)."""
    named = [p for p in context.places if position - _THERE_WINDOW <= p.start < position]
    return named[-1].written if named and PARK_NAME_RE.search(fold(named[-1].written)) else None


def _clause_start(context: ArticleContext, start: int, position: int) -> int:
    """Where the figure's clause begins ("Casanearshore affiche 80 entreprises, tandis que le Technopolis ... 30")."""
    stops = list(_CLAUSE_STOP_RE.finditer(context.folded, start, position))
    return stops[-1].end() if stops else start


def _list_header(context: ArticleContext, sentence_start: int) -> tuple[int, int]:
    """The line that opens the list the sentence is an item of ("Casanearshore en bref :"), if it is one."""
    if not _ITEM_RE.match(context.text, sentence_start):
        return 0, 0
    line_end = context.text.rfind("\n", 0, sentence_start)
    for _ in range(_HEADER_LINES):
        if line_end <= 0:
            break
        line_start = context.text.rfind("\n", 0, line_end) + 1
        line = context.text[line_start:line_end].rstrip()
        if line.endswith(":"):
            return line_start, line_end
        if line and not _ITEM_RE.match(line):
            break
        line_end = line_start - 1
    return 0, 0


def _operator_in_previous(context: ArticleContext, sentence_start: int) -> bool:
    """Does the sentence before name an operator ("Sitel s'installe à Fès. Il emploiera 600 personnes")?"""
    index = bisect.bisect_left(context.sentences, (sentence_start, 0))
    if index == 0:
        return False
    start, end = context.sentences[index - 1]
    return any(start <= m.start < end and m.ref.kind == "operator" for m in context.organisations)


def _operator_before(context: ArticleContext, position: int) -> str | None:
    """The operator named last before the position, else the one the article names most."""
    named = [m.ref.name for m in context.organisations if m.start < position and m.ref.kind == "operator"]
    return named[-1] if named else context.main_operator


_RELATIVE_OWNER_RE = re.compile(r"[^.;,]{0,20},\s*(?:which|who|qui|lequel|laquelle)\s+(?:[\w']+\s+){0,3}")
_COMPANY_SUBJECT_RE = re.compile(r"\b(?:filiale|groupe|entreprise|societe|operateur|subsidiary|company|group|firm)\b")
_SOURCE_PHRASE_RE = re.compile(r"(?:selon|d'apres|according to|cite par|rapporte par)[^;.,]{0,60},\s*$")
_LIST_GAP_RE = re.compile(r"\s*(?:,|\bet\b|\band\b|&)\s*")
# "son site de Fès Shore", "at the Oujda Shore park": the park where something stands, not the figure's subject
_PLACE_OF_BEFORE_RE = re.compile(
    r"\b(?:a|au|aux|dans|sur|at|in|into|on|site de|sites de|centre de|plateforme de|site at|site in)\s+(?:the\s+)?$"
)
_REPORTING_RE = re.compile(
    r"\b(?:estime\w*|indique\w*|affirme\w*|rappelle\w*|souligne\w*|precise\w*|annonce\w* que|says?|said|estimates?"
    r"|reports?|reported|notes?|noted|s'attend\w*|expects?|prevoit une|anticipe\w*|denombre\w*|recense\w*"
    r"|tabl\w* sur) (?:que|that|a|une?|sur)?"
)
# "Avec 4.500 salariés, Intelcia est le premier employeur": a fronted figure whose owner opens the main clause
_FRONTED_OPENING_RE = re.compile(r"\W*(?:avec|with|fort d[e']|riche d[e']|apres|after)\s")
_FRONTED_FIGURE_RE = re.compile(r"[^,;.]{0,40},\s*(?:le groupe |l'operateur |the company |the group )?")
_TOPIC_RE = re.compile(r"[^:.;\n]{2,40}:")
_ITEM_RE = re.compile(r"[ \t]*(?:[•\-–—*·▪►]\s|[A-Za-zÀ-ÿ' ]{2,30}\s?:\s)")
_HEADER_LINES = 12
_SEGMENT_RE = lexicon.pattern("scope.segment_cue", before=r"\b")
_SEGMENT_SUBJECT_RE = lexicon.pattern("scope.segment_subject", before=r"\b")
_SEGMENT_ALONE_RE = lexicon.pattern("scope.segment_alone", before=r"\b")
_COMPANY_CUE_RE = lexicon.pattern("scope.company_cue", before=r"\b", after=r"\b")
PARK_NAME_RE = lexicon.pattern("scope.park", before=r"\b")
_PARK_CUE_RE = re.compile(
    r"\b(?:le parc|du parc|un parc|d'un parc|la zone|de la zone|the park|the zone|le technopole|la technopole)\b"
)
_SUBJECT_WIDTH = 30  # characters at the sentence's start where its subject stands
_THERE_WINDOW = 600
# "Il emploie déjà 350 téléconseillers", "Nous comptons 3.200 collaborateurs", "We now have about 5,000 team members"
# "Ils prévoient la création de 3 000 emplois" after a sentence naming two groups; "nous", a company's own voice
_PRONOUN_SUBJECT_RE = re.compile(r"(?:^|[.:;,]\s*|\ba:\s*)(?P<pronoun>il|elle|ils|elles|nous|we|it|they)\s")
_CONTINUING_RE = re.compile(
    r"\W*(?:ses|son|sa|leurs?|its|their|il|elle|ils|elles|it|they|l'investissement|the investment|le projet"
    r"|the project|la seconde|le second|la premiere|le premier|l'autre"
    # "Cette phase a mobilisé 120 millions", "Cette extension doit permettre de créer 1 000 emplois"
    r"|(?:ce|cet|cette|ces|this|these) (?:phase|tranche|projet|parc|zone|plateforme|site|extension|operation"
    r"|investissement|programme|centre|structure|project|park|site|facility|expansion|investment))\b"
)


def foreign_spans(folded: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the article's sentences name other countries."""
    return [m.span() for start, end in blocks(folded, sentences) for m in _FOREIGN_RE.finditer(folded, start, end)]


def groups_abroad(context: ArticleContext, sentences: list[tuple[int, int]]) -> frozenset[str]:
    """The operators the article says work in other countries too ("Présent en Afrique et en France, le groupe",
    "ses sites de Casablanca et de France", "dans quatre pays"): named in that sentence, else the one the article is
    about."""
    found: set[str] = set()
    folded = context.folded
    for start, end in sentences:
        if not _PRESENCE_ABROAD_RE.search(folded, start, end):
            continue
        named = {m.ref.name for m in context.organisations if start <= m.start < end and m.ref.kind == "operator"}
        if named:
            found |= named
        elif context.main_operator and _GROUP_SUBJECT_RE.search(folded, start, end):
            found.add(context.main_operator)
    return frozenset(found)


def group_abroad(context: ArticleContext, candidate: Candidate, organisation: str | None) -> bool:
    """A company figure of a group working abroad, its sentence placing it nowhere in Morocco: the group's total."""
    name = organisation or context.main_operator
    if name is None or name not in context.groups_abroad:
        return False
    start, end = candidate.sentence
    if _MOROCCO_RE.search(context.folded, start, end) or THERE_RE.search(context.folded, start, end):
        return False  # "au Maroc", or "y" pointing at the Moroccan place named before
    return not any(start <= p.start < end and p.place.kind != "country" and p.place.region for p in context.places)


# present, set up or with sites in another country (not its clients there); or working "in four countries: France,
# Morocco, ...": another country named, not a count alone ("dans 16 pays, dont 16.500 au Maroc")
_PRESENCE_ABROAD_RE = re.compile(
    r"\b(?:present\w*|implant\w*|install\w*|sites?|centres?|filiales?|bureaux|operates?|operations|subsidiar\w*"
    r"|offices|(?:dans|in|across)\s+(?:\d+|"
    + lexicon.words("number.small_words")
    + r")\s+(?:pays|countries))\b[^.;]{0,40}?(?:\b(?:en|au|aux|in|a|de)\s+(?:the\s+)?|[:,]\s*(?:la |le |l')?)"
    + lexicon.words("country.client", "country.foreign")
    + r"\b"
)
_GROUP_SUBJECT_RE = re.compile(r"\b(?:le groupe|du groupe|the group|il|elle|it)\b")


def previous_sentence_owner(context: ArticleContext, sentence: tuple[int, int]) -> tuple[str, str | None] | None:
    """The park or the one operator the sentence before names, when no figure of it gave an owner: in "Le Souverain a
    inauguré la première tranche d'Oujda Shore. Cette phase a mobilisé 120 millions", the phase is the park's."""
    index = bisect.bisect_left(context.sentences, sentence)
    if index == 0:
        return None
    start, end = context.sentences[index - 1]
    if "\n\n" in context.text[end : sentence[0]]:
        return None  # another paragraph
    parks = {p.written for p in context.places if start <= p.start < end and PARK_NAME_RE.search(fold(p.written))}
    if len(parks) == 1:
        return "park", parks.pop()
    operators = {m.ref.name for m in context.organisations if start <= m.start < end and m.ref.kind == "operator"}
    return ("company", operators.pop()) if len(operators) == 1 else None
