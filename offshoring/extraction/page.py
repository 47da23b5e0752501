"""What a page says about itself: the outlet that publishes it and the article's title.

Both are read from the head of the page (its first lines, before the first paragraph) and from the lines that name
a source ("Publié dans X", "Source : MAP", "© 2024 X"), never from menus, section names, bylines, captions or the
related headlines of other articles.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .dates import Line, is_date_line
from .gazetteer import fold
from .organisations import OrganisationMention
from .reference import AGGREGATED_OUTLETS, MASTHEAD_WORDS, ORGANISATIONS, OUTLET_DOMAINS

# Folded alias -> canonical name of every media outlet the reference list knows, longest aliases first.
_MEDIA_ALIASES: tuple[tuple[str, str], ...] = tuple(
    sorted(
        {
            (fold(alias), ref.name)
            for ref in ORGANISATIONS
            if ref.kind == "media"
            for alias in (ref.name, *ref.aliases)
            if len(alias) >= 3
        },
        key=lambda pair: -len(pair[0]),
    )
)
_DOMAINS = dict(OUTLET_DOMAINS)
_AGGREGATED = dict(AGGREGATED_OUTLETS)
_HEAD_LINES = 8  # the first lines of the page, where its masthead stands
_MASTHEAD_MAX_WORDS = 6

# Lines that name the page's source: "Publié dans Les ECO le 18 - 01 - 2011", "Source : MAP", "© 2024 Le360"; each
# pattern with the words (folded) its line must hold, which spare it every other line.
_SOURCE_CUES: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    (
        "copyright",
        ("©", "copyright"),
        re.compile(r"(?:©|\bcopyright\b)\s*(?:\(c\)\s*)?(?:(?:19|20)\d\d\s*[-–]?\s*)*(?P<name>[^\n|,.]{2,40})"),
    ),
    (
        "published_in",
        ("publi", "paru"),
        re.compile(
            r"\b(?:publie|paru|published)\s+(?:dans|in|par|by)\s+(?P<name>[^\n|,]{2,40}?)(?:\s+le\b|\s+on\b|$|\s*[|,-])"
        ),
    ),
    ("source", ("source",), re.compile(r"\bsources?\s*:\s*(?P<name>[^\n|,.]{2,40})")),
    (
        "posted_by",
        ("posted",),
        re.compile(r"\bposted by\s*:?\s*(?P<name>[^\n|,.]{2,30}?)(?:\s+(?:on|le)\b|\s+[a-z]+\s+\d|$)"),
    ),
    (
        "dateline",
        ("(map)", "(afp)", "(reuters)", "(efe)", "(ap)", "(xinhua)", "(mapexpress)"),
        re.compile(r"\((?P<name>map|afp|reuters|efe|ap|xinhua|mapexpress)\)"),
    ),
)


def page_outlet(
    text: str, folded: str, lines: list[Line], *, site_name: str | None = None, url: str | None = None
) -> str | None:
    """The outlet: the HTML page's site name, the address given at upload, the page's masthead, then the lines that
    name a source (copyright, "Publié dans", "Source :", an agency's dateline)."""
    if site_name and site_name.strip():
        return _canonical(site_name.strip()) or site_name.strip()
    from_address = outlet_of_address(url)
    if from_address:
        return from_address
    head = lines[:_HEAD_LINES]
    for index, line in enumerate(head):
        if line.kind == "body":
            break  # the article has begun: the masthead stands before it
        written = text[line.start : line.end].strip()
        address = re.search(r"(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+/\S*", written)
        if address and len(written) - len(address.group()) < 20:
            found = outlet_of_address(address.group())
            if found:
                return found
        if line.kind == "noise":
            continue  # a menu, or a related headline that names another outlet
        found = _masthead(written, first=index == 0)
        if found:
            return found
    for cue, words, pattern in _SOURCE_CUES:
        for line in lines:
            if line.kind == "noise" and cue != "copyright":
                continue  # a source named in a menu or a related headline is another article's
            if not any(word in folded[line.start : line.end] for word in words):
                continue
            match = pattern.search(folded, line.start, line.end)
            if match:
                name = text[match.start("name") : match.end("name")].strip(" -–—:|")
                found = _canonical(name) or (_plausible_outlet(name) and name)
                if found:
                    return found
    return None


def outlet_of_address(url: str | None) -> str | None:
    """The outlet an address belongs to, when the reference data knows its domain ("le360.ma" is Le360's)."""
    if not url:
        return None
    parts = urlsplit(url if "//" in url else f"//{url}")
    host = (parts.hostname or "").lower().removeprefix("www.")
    if host == "maghress.com":  # an aggregator: the outlet is named in the path, "/fr/lesechos/235"
        for segment in parts.path.split("/"):
            if segment in _AGGREGATED:
                return _AGGREGATED[segment]
        return None
    while host:
        if host in _DOMAINS:
            return _DOMAINS[host]
        host = host.partition(".")[2] if host.count(".") > 1 else ""
    return None


_MEDIA_BY_ALIAS = dict(reversed(_MEDIA_ALIASES))  # the longest alias of a name wins
_MEDIA_RE = re.compile(
    r"(?<![a-z0-9])(?:" + "|".join(re.escape(alias) for alias, _ in _MEDIA_ALIASES) + r")(?![a-z0-9])"
)


def _canonical(name: str) -> str | None:
    """The reference list's name of an outlet written in a line ("هسبريس - Hespress FR" is Hespress)."""
    match = _MEDIA_RE.search(fold(name))
    return _MEDIA_BY_ALIAS[match.group()] if match else None


def _masthead(line: str, *, first: bool) -> str | None:
    words = line.split()
    if not words or len(words) > _MASTHEAD_MAX_WORDS or line.endswith((".", "?", "!", ":")):
        return None
    known = _canonical(line)
    if known:
        return known
    return line if first and _plausible_outlet(line) else None  # "Le Journal de Tanger"


def _plausible_outlet(name: str) -> bool:
    """An outlet's name, by the words mastheads are made of ("Journal", "Hebdo", "24", "News"); not a press
    release's letterhead ("COMMUNIQUÉ DE PRESSE")."""
    words = re.findall(r"[^\W_]+", fold(name))
    if not 0 < len(words) <= 5 or "communique" in words:
        return False
    return any(word in MASTHEAD_WORDS or word.endswith("24") for word in words)


# ---------------------------------------------------------------------------------------------------------------
# The title

_MENU_RE = re.compile(r"\S(?: {2,}|\t|\u00a0{2,}|\s[|>»•·/]\s)\S")
_CAPITALS_RE = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_LOWER_RE = re.compile(r"[a-zß-öø-ÿ]")
_TITLE_MIN_WORDS = 3
_TITLE_MAX_CHARS = 250
_BYLINE_RE = re.compile(r"^(?:par|by|de|posted|publié|published|mis à jour|updated|propos recueillis)\b", re.IGNORECASE)
_SITE_SUFFIX_RE = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")


def page_title(
    text: str,
    lines: list[Line],
    *,
    html_title: str | None = None,
    outlet: str | None = None,
    organisations: list[OrganisationMention] = (),
) -> str | None:
    """The article's headline: the HTML page's title without the site's name after it, else the first line of the
    page's head that reads as one, neither the outlet, a menu, a section name, a byline, a date nor an
    organisation's letterhead ("Centre Régional d'Investissement Fès-Meknès" over a press release)."""
    if html_title and html_title.strip():
        return _without_site_name(_spaced(html_title), outlet)
    for line in lines:
        raw = text[line.start : line.end].split("\n", 1)[0]  # a segment may join lines a PDF wrapped
        written = _spaced(raw)
        if line.kind == "body" and (len(written) > _TITLE_MAX_CHARS or _is_sentence(written)):
            return None  # the first paragraph came before any headline
        if line.kind in ("noise", "meta") or _MENU_RE.search(raw) or not _reads_as_headline(written, outlet):
            continue
        if _is_letterhead(line, written, organisations):
            continue
        return written
    return None


def _is_sentence(line: str) -> bool:
    """A paragraph's sentence rather than a headline: long and closed by a full stop."""
    return line.endswith(".") and len(line.split()) > _HEADLINE_MAX_WORDS


_HEADLINE_MAX_WORDS = 14


def _spaced(line: str) -> str:
    return " ".join(line.split())


def _reads_as_headline(line: str, outlet: str | None) -> bool:
    words = line.split()
    if len(words) < _TITLE_MIN_WORDS or len(line) > _TITLE_MAX_CHARS:
        return False  # a section name ("Économie", "Carrière") or a paragraph
    if _MENU_RE.search(line) or _BYLINE_RE.match(line) or is_date_line(line):
        return False
    if not _LOWER_RE.search(line) and len(words) <= 4:
        return False  # "COMMUNIQUÉ DE PRESSE", "ROYAUME DU MAROC": a letterhead in capitals
    if (outlet and fold(line) == fold(outlet)) or (_canonical(line) and len(words) <= _MASTHEAD_MAX_WORDS):
        return False  # the outlet's own name
    return not (_plausible_outlet(line) and len(words) <= 4 and not re.search(r"[:«\"?!]", line))


def _is_letterhead(line: Line, written: str, organisations: list[OrganisationMention]) -> bool:
    """A line that is an organisation's name and nothing else: the issuer of a press release."""
    covered = sum(
        min(m.end, line.end) - max(m.start, line.start)
        for m in organisations
        if m.start < line.end and line.start < m.end
    )
    return covered >= 0.8 * len(written)


def _without_site_name(title: str, outlet: str | None) -> str:
    """ "Offshoring : 45.000 emplois | Le Site" is "Offshoring : 45.000 emplois"."""
    suffix = _SITE_SUFFIX_RE.search(title)
    if suffix and ((outlet and fold(outlet) in fold(suffix.group())) or _canonical(suffix.group())):
        return title[: suffix.start()]
    return title
