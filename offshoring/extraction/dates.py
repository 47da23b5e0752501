"""Dates in French and English news: the publication date and the dates of events.

A mention keeps whatever the text gives (day, month, year, "dernier"/"prochain") and is resolved against
the publication date only when it lacks a year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Literal

from .gazetteer import fold

Direction = Literal["past", "future"] | None

MONTHS: dict[str, int] = {
    "janvier": 1,
    "janv": 1,
    "fevrier": 2,
    "fevr": 2,
    "fev": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "decembre": 12,
    "dec": 12,
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
WEEKDAYS: dict[str, int] = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_DIRECTION = r"(?:\s+(?P<direction>dernier|derniere|passe|prochain|prochaine|last|next))?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

# All patterns run on folded text (lowercase, no accents), which has the same offsets as the original.
# Each starts with a lookahead on its first letter: it lets the regex engine skip most positions quickly.
_MONTH_FIRST = "(?=[adfjmnos])"
_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "2019-03-12", "2019-03-12T10:05:00+01:00", "2011/05/04"
    re.compile(r"(?=\d)\b(?P<iy>(?:19|20)\d{2})(?P<isep>[-/])(?P<im>\d{2})(?P=isep)(?P<id>\d{2})(?![\d/])(?=t|\b)"),
    re.compile(
        r"(?=\d)(?<![\d.,])(?P<nd>\d{1,2})\s*(?P<sep>[-/.])\s*(?P<nm>\d{1,2})\s*(?P=sep)\s*(?P<ny>(?:19|20)?\d{2})(?!\d)"
    ),
    re.compile(
        r"(?=[0-9p])\b(?P<day>[0-3]?\d|1er|premier)(?:st|nd|rd|th)?\s+(?:of\s+)?"
        + _MONTH
        + r"(?:,?\s+"
        + _YEAR
        + r")?"
        + _DIRECTION
        + r"\b"
    ),
    re.compile(_MONTH_FIRST + r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+" + _YEAR + r")?"),
    re.compile(r"(?=[dfjlmnstvw])\b(?:(?P<last>last|next)\s+)?" + _WEEKDAY + _DIRECTION + r"\b"),
    re.compile(_MONTH_FIRST + r"\b" + _MONTH + r"\s+" + _YEAR + r"\b"),
)
# "Mercredi 21 janvier 2009", "Wednesday, January 21": the weekday before a day-month date.
_WEEKDAY_BEFORE_RE = re.compile(_WEEKDAY + r",?\s+(?:le\s+)?$")


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None = None
    direction: Direction = None

    @property
    def is_complete(self) -> bool:
        return self.year is not None and self.month is not None and self.day is not None


_DIGIT_RE = re.compile(r"\d")
_BLOCK_GAP = 4  # characters: spans this close are scanned as one block


def blocks(text: str, spans: list[tuple[int, int]] | None, *, digits: bool = False) -> list[tuple[int, int]]:
    """The sorted spans (only those holding a digit, when asked) joined into blocks where they nearly touch: the
    regex engine pays for every position it visits, so it visits only the article's lines, in few calls."""
    if spans is None:
        return [(0, len(text))]
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if digits and _DIGIT_RE.search(text, start, end) is None:
            continue
        if out and start - out[-1][1] <= _BLOCK_GAP:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


# Every pattern but the weekday one needs a digit.
_NEEDS_DIGIT = tuple(index != 4 for index in range(6))


def find_dates(text: str, folded: str | None = None, spans: list[tuple[int, int]] | None = None) -> list[DateMention]:
    """Every date-like expression (within the sorted spans, when given), longest first when two overlap, in text
    order."""
    folded = fold(text) if folded is None else folded
    found: list[DateMention] = []
    taken = bytearray(len(folded))  # 1 where a date was read: checking an overlap costs the match's length only
    every, with_digits = blocks(folded, spans), blocks(folded, spans, digits=True)
    for pattern, needs_digit in zip(_PATTERNS, _NEEDS_DIGIT, strict=True):
        for match in (m for s, e in (with_digits if needs_digit else every) for m in pattern.finditer(folded, s, e)):
            if taken.find(1, match.start(), match.end()) >= 0:
                continue
            mention = _with_weekday(folded, _mention(match))
            if mention is not None:
                found.append(mention)
                taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    return sorted(found, key=lambda m: m.start)


def _with_weekday(folded: str, mention: DateMention | None) -> DateMention | None:
    if mention is None or mention.day is None or mention.weekday is not None:
        return mention
    before = _WEEKDAY_BEFORE_RE.search(folded, max(0, mention.start - 16), mention.start)
    if before is None or before.end() != mention.start:
        return mention
    return replace(mention, start=before.start(), weekday=WEEKDAYS[before.group("weekday")])


def _mention(match: re.Match[str]) -> DateMention | None:
    groups = match.groupdict()
    if groups.get("iy"):
        return _checked(match, int(groups["iy"]), int(groups["im"]), int(groups["id"]))
    if groups.get("nd"):
        year = int(groups["ny"])
        year = year + 2000 if year < 50 else year + 1900 if year < 100 else year
        return _checked(match, year, int(groups["nm"]), int(groups["nd"]))
    weekday = WEEKDAYS.get(groups.get("weekday") or "")
    direction = _direction(groups.get("direction") or groups.get("last"))
    month = MONTHS.get(groups.get("month") or "")
    year = int(groups["year"]) if groups.get("year") else None
    day_text = groups.get("day")
    if day_text:
        day = 1 if day_text in ("1er", "premier") else int(day_text)
        if not 1 <= day <= 31:
            return None
        return DateMention(match.start(), match.end(), year, month, day, weekday, direction)
    if month is not None:
        return DateMention(match.start(), match.end(), year, month, None)
    return DateMention(match.start(), match.end(), None, None, None, weekday, direction)


def _checked(match: re.Match[str], year: int, month: int, day: int) -> DateMention | None:
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return DateMention(match.start(), match.end(), year, month, day)


def _direction(word: str | None) -> Direction:
    if word in ("dernier", "derniere", "passe", "last"):
        return "past"
    if word in ("prochain", "prochaine", "next"):
        return "future"
    return None


def resolve(mention: DateMention, reference: dt.date | None) -> tuple[dt.date | None, str]:
    """The calendar date of a mention and its precision ("day", "month", "year" or "none")."""
    if mention.is_complete:
        return dt.date(mention.year, mention.month, mention.day), "day"  # type: ignore[arg-type]
    if mention.month is not None and mention.day is None:
        if mention.year is not None:
            return dt.date(mention.year, mention.month, 1), "month"
        return None, "none"
    if reference is None:
        return None, "none"
    if mention.month is not None and mention.day is not None:
        return _day_month_near(mention, reference), "day"
    if mention.weekday is not None:
        return _weekday_near(mention.weekday, mention.direction, reference), "day"
    return None, "none"


def _day_month_near(mention: DateMention, reference: dt.date) -> dt.date | None:
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(dt.date(year, mention.month, mention.day))  # type: ignore[arg-type]
        except ValueError:
            continue
    if mention.direction == "past":
        candidates = [c for c in candidates if c <= reference]
    elif mention.direction == "future":
        candidates = [c for c in candidates if c >= reference]
    return min(candidates, key=lambda c: abs((c - reference).days), default=None)


def _weekday_near(weekday: int, direction: Direction, reference: dt.date) -> dt.date:
    if direction == "future":
        return reference + dt.timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1)
    # News reports what already happened: a bare weekday is the last one before publication.
    return reference - dt.timedelta(days=(reference.weekday() - weekday - 1) % 7 + 1)


_MONTH_WORD = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_FULL_DATE_RE = re.compile(
    r"\b\d{1,2}(?:er)?\s+" + _MONTH_WORD + r",?\s+(?:19|20)\d{2}\b"
    r"|\b" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b"
    r"|\b\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)?\d{2}\b|\b(?:19|20)\d{2}([-/])\d{2}\1\d{2}"
)
_CLOCK_RE = re.compile(r"(?i)\b\d{1,2}\s?[h:.]\s?\d{2}(?:\s?[ap]\.?m\.?)?\b|\b(?:gmt|utc)\s?[+-]?\d*")
_DATE_LINE_WORDS = frozenset(
    "le la les l à a at on par by de du d publié publie posted published updated modifié modifie mis jour en ligne "
    "the il y ago hours heures min minutes years ans year an dernière derniere mise update edition édition no n° "
    "et and".split()
    + list(WEEKDAYS)
)


def is_date_line(line: str) -> bool:
    """A byline or dateline: a full date with little else than times, names and words such as "Publié le", "By",
    "Updated": "Le 28 janvier 2025 à 10h15 - Par H24info", "June 8, 2021 4:12 PM GMT+1 Updated 3 years ago".
    A headline holding a date ("Le temps qu'il fera ce mercredi 12 février 2025") has too many words of its own."""
    line = line.strip()
    if not line or len(line) > 100 or line.endswith((".", "!", "?")):
        return False
    folded = fold(line)
    match = _FULL_DATE_RE.search(folded)
    if match is None:
        return False
    rest = _CLOCK_RE.sub(" ", line[: match.start()] + " " + line[match.end() :])
    words = re.findall(r"[^\W\d_][^\s|,;:()\[\]]*", rest)
    own = [w for w in words if w[:1].islower() and fold(w).strip("'’.-") not in _DATE_LINE_WORDS]
    return len(own) <= 2 and len(words) <= 10


Precision = Literal["day", "month"]


@dataclass(frozen=True, slots=True)
class PublicationDate:
    date: dt.date  # the first of its month when only the month is known
    precision: Precision


@dataclass(frozen=True, slots=True)
class Line:
    """A line of the page as the cleaning classified it."""

    start: int
    end: int
    kind: str  # "title", "meta", "body" or "noise"


# Words that say the date after them is the publication's ("Publié le", "Posted on", "Par X sur") or its last
# update's ("Mis à jour le", "Updated"); read on folded text.
_PUBLISHED_RE = re.compile(
    r"\b(?:publie|posted|published|mis en ligne|date de publication|parution|le\s*:|date\s*:|redige|ecrit|written)"
)
_UPDATED_RE = re.compile(r"\b(?:mis a jour|mise a jour|updated|modifie|last modified|actualise)")
_BYLINE_RE = re.compile(r"^\W*(?:par|by)\s")
_MAX_DATE_LINE_WORDS = 8
_PARAGRAPH = 200  # characters: a line this long is a paragraph of the article
# "date 2019-04-12 Le groupe...", " date 2019-04 ...", "2019-04-12T10:00 ...": a page's own date pasted before its text
_DATE_PREFIX_RE = re.compile(
    r"\s*(?:date\s*:?\s*)?(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>[0-3]\d)(?:t[\d:.+\-z]*)?)?(?![\d-])"
)
_DATE_WORD_PREFIX_RE = re.compile(r"\s*date\s")
# "/2011/01/22/", "/2019/04/", "-2019-04-12-", "-2019-04-", "_20190412": an address dated by its path
_URL_DATE_RE = re.compile(
    r"[/_\-](?P<y>(?:19|20)\d\d)(?P<sep>[/\-_])(?P<m>0?[1-9]|1[0-2])(?:(?P=sep)(?P<d>[0-3]?\d))?(?=[/\-_.]|$)"
)
# A line that is an address, perhaps labelled: "https://www.x.ma/eco/2011/01/22/slug", "Source : x.com/2021/06/slug"
_URL_LINE_RE = re.compile(
    r"\W*(?:(?:source|lien|link|url)\s*:?\s*)?(?P<url>(?:https?://|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)+/\S*)\s*$"
)
_HEAD_URL_LINES = 6  # the first lines of the page, where its own address may be pasted


def publication_date(
    text: str, folded: str, lines: list[Line], mentions: list[DateMention], url: str | None = None
) -> PublicationDate | None:
    """The date the page says it was published: labelled ("Publié le", "Published on", a byline "Par X sur ..."),
    else a date line at its head (or signing its end), else its last update, else the date of its address (the
    page's or the one given), else a month pasted before the text ("date 2019-04"). Never a date of the body, of a
    related headline or a comment (noise lines), nor a guess from a relative stamp ("il y a 3 jours")."""
    prefix = _prefixed_date(folded, lines)
    if prefix is not None and prefix.precision == "day":
        return prefix
    found = _date_of_lines(text, folded, lines, [m for m in mentions if m.is_complete])
    if found is not None and (prefix is None or found.date.replace(day=1) == prefix.date):
        return found  # a month pasted before the text vouches for the date the text gives
    return prefix or url_date(url) or _head_url_date(folded, lines)


def _prefixed_date(folded: str, lines: list[Line]) -> PublicationDate | None:
    start = lines[0].start if lines else 0
    match = _DATE_PREFIX_RE.match(folded, start)
    if match is None or (match.group("d") is None and not _DATE_WORD_PREFIX_RE.match(folded, start)):
        return None  # a bare "2019-04" at the head could be anything; "date 2019-04" is the page's
    return _date_of(match)


def _date_of(match: re.Match[str]) -> PublicationDate | None:
    day = match.group("d")
    try:
        date = dt.date(int(match.group("y")), int(match.group("m")), int(day or 1))
    except ValueError:
        return None
    return PublicationDate(date, "day" if day else "month")


def url_date(url: str | None) -> PublicationDate | None:
    """The date in a page's address: "/2011/01/22/" is a day, "/2019/04/" or "-2019-04-" a month."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("//", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    match = _URL_DATE_RE.search(path)
    return _date_of(match) if match else None


def _head_url_date(folded: str, lines: list[Line]) -> PublicationDate | None:
    """The date of the page's own address when it is pasted among its first lines."""
    for line in lines[:_HEAD_URL_LINES]:
        address = _URL_LINE_RE.match(folded, line.start, line.end)
        if address:
            return url_date(address.group("url"))
    return None


def _date_of_lines(text: str, folded: str, lines: list[Line], complete: list[DateMention]) -> PublicationDate | None:
    """Labelled dates first; then unlabelled date lines of the head, or signing the end after the author's name;
    then an update's date."""
    first_body_end = next((line.end for line in lines if line.kind == "body"), 0)  # where a dateline may stand
    # The head ends with the first real paragraph: a short standfirst and the author's name may come before the date.
    head_end = next((line.end for line in lines if line.kind == "body" and line.end - line.start >= _PARAGRAPH), 0)
    unlabelled: dt.date | None = None
    updated: dt.date | None = None
    previous: Line | None = None
    cursor = 0
    for line in lines:
        while cursor < len(complete) and complete[cursor].start < line.start:
            cursor += 1
        in_line = []
        index = cursor
        while index < len(complete) and complete[index].end <= line.end:
            in_line.append(complete[index])
            index += 1
        usable = line.kind in ("title", "meta") or (line.kind == "body" and line.end == first_body_end)
        if in_line and usable:
            folded_line = folded[line.start : line.end]
            label = _label_before(folded_line, line.start, in_line)
            if label is not None:
                mention, is_update = label
                if not is_update:
                    return PublicationDate(_day(mention), "day")
                updated = updated or _day(mention)
            elif unlabelled is None and _is_unlabelled_date_line(
                text, folded_line, line, in_line[0], head_end, previous
            ):
                unlabelled = _day(in_line[0])
        if line.kind != "noise":
            previous = line
    found = unlabelled or updated
    return PublicationDate(found, "day") if found else None


def _label_before(folded_line: str, offset: int, mentions: list[DateMention]) -> tuple[DateMention, bool] | None:
    """The first date of the line that a label announces, and whether that label is an update's: in "Mis à jour le
    27/03/2018 Publié le 26/03/2018" the publication is the second date. None when the line's first date stands
    before any label ("Le 25 septembre 2024 | Mis à jour le 26 septembre 2024")."""
    labels = [(m.end(), False) for m in _PUBLISHED_RE.finditer(folded_line)]
    labels += [(m.end(), True) for m in _UPDATED_RE.finditer(folded_line)]
    if _BYLINE_RE.match(folded_line):
        labels.append((0, False))  # "Par Karim X sur 12 avril 2016": a byline dates its article
    kinds = [_nearest_label(labels, m.start - offset) for m in mentions]
    if False in kinds:
        return mentions[kinds.index(False)], False
    if kinds and kinds[0] is True:
        return mentions[0], True
    return None


def _nearest_label(labels: list[tuple[int, bool]], position: int) -> bool | None:
    """Whether the label nearest before the position is an update's (None: no label before it)."""
    before = [label for label in labels if label[0] <= position]
    return max(before)[1] if before else None


def _is_unlabelled_date_line(
    text: str, folded_line: str, line: Line, first: DateMention, head_end: int, previous: Line | None
) -> bool:
    """A line that is only a date (with times, a place, an author), at the head of the page, or right under the
    author's name at its end ("Amel NEJJARI" / "Mercredi 21 Janvier 2009"): not the date of a related headline."""
    relative = replace(first, start=first.start - line.start, end=first.end - line.start)
    if not (
        len(folded_line.split()) <= _MAX_DATE_LINE_WORDS
        or _is_dateline(folded_line, relative)
        or is_date_line(text[line.start : line.end])
    ):
        return False
    if line.start < head_end or head_end == 0:
        return True
    return previous is not None and previous.kind == "meta" and previous.end <= line.start


def _day(mention: DateMention) -> dt.date:
    return dt.date(mention.year, mention.month, mention.day)  # type: ignore[arg-type]


def _is_dateline(line: str, mention: DateMention) -> bool:
    """'Casablanca, 21 janvier 2009 (MAP) -' at the head of a dispatch."""
    return mention.start <= 40 and bool(re.match(r"\s*(?:\(\w+\)|-|–|:)", line[mention.end : mention.end + 24]))
