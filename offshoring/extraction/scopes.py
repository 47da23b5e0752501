"""Whom a figure is about: the sector, a segment, a company, a park; and figures of other countries."""

from __future__ import annotations

import re

from .figures import ArticleContext, Candidate

_SECTOR_SCOPE_AFTER_RE = re.compile(
    r"^\s*(?:\S+\s+){0,2}?(?:que compte|du secteur|of the sector|in the sector|dans le secteur|au niveau national)"
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


def foreign_figure(context: ArticleContext, candidate: Candidate) -> bool:
    """A figure of another country, or of a group worldwide: the nearest country named before it, within its
    clause, is foreign, or one follows it as its place ("40,000 staff in the Philippines"), with no Morocco after."""
    number = candidate.number
    sentence_start, sentence_end = candidate.sentence
    if _COUNTRIES_AFTER_RE.match(context.folded, number.end, sentence_end) and not _MOROCCO_PART_RE.match(
        context.folded, number.end, sentence_end
    ):
        return True  # unless its Moroccan part follows: "30.000 collaborateurs dans 16 pays, dont 16.500 au Maroc"
    named = [span for span in context.foreign or () if sentence_start <= span[0] < sentence_end]
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


def figure_scope(context: ArticleContext, candidate: Candidate) -> tuple[str, str | None]:
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


def foreign_spans(folded: str) -> list[tuple[int, int]]:
    """Where the article names other countries."""
    return [m.span() for m in _FOREIGN_RE.finditer(folded)]
