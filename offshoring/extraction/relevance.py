"""Is an article about the offshoring sector (call centres, customer relations, BPO, IT outsourcing)?"""

from __future__ import annotations

import re

# Folded text: lowercase, no accents. The lookahead on first letters spares most positions; "X shore" is found
# from "shore".
_STRONG_RE = re.compile(
    r"(?=[abceiknorst])(?:centres? d.appels?|call.?cent(?:er|re)s?|centres? de contacts?|contact.?cent(?:er|re)s?"
    r"|offshor\w*"
    r"|nearshor\w*|relation.? clients?|customer (?:relations?|experience|service)|\bbpo\b|\bito\b|\bkpo\b"
    r"|outsourc\w*|externalisation|teleconseill\w*|tele-?operat\w*|\bamrc\b|\bsiccam\b|casanearshore|technopolis"
    r"|(?<=\w )shore\b|business process)"
)
# Another sector's words: one passing "centre d'appels" in a piece on hotels and arrivals does not make it ours.
_OTHER_SECTOR_RE = re.compile(
    r"(?=[acfhnpstv])(?:touris\w*|hotel\w*|nuitees|arrivees|phosphat\w*|automobile\w*|vehicules|agrumes|textile"
    r"|fintech|startup|start-up|stade|football|immobilier|real estate|fertili\w*)"
)
_OTHER_SECTOR_HITS = 3
_RELEVANT_HITS = 2
_CHARACTERS_PER_HIT = 1500  # a short dispatch naming the sector once is about it; a long article is not


def relevance_score(folded_body: str, title: str = "") -> float:
    """Sector terms per 1 500 characters of body (at least the count itself), a title mention counting triple."""
    hits = len(_STRONG_RE.findall(folded_body)) + 3 * len(_STRONG_RE.findall(title))
    if hits <= 1 and len(_OTHER_SECTOR_RE.findall(folded_body)) >= _OTHER_SECTOR_HITS:
        return float(hits)
    return float(max(hits, hits * _CHARACTERS_PER_HIT / max(len(folded_body), 1)))


def is_relevant(score: float) -> bool:
    return score >= _RELEVANT_HITS
