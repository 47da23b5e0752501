"""Sector events: salons with editions (SICCAM), roadshow stops ("les Régionales"), convention signings and
general assemblies, each with its city, edition and date resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from .budget import Deadline
from .dates import DateMention, find_dates, resolve
from .gazetteer import fold
from .organisations import OrganisationMention
from .places import PlaceMention
from .result import EventFound

_ORDINAL_WORDS = {
    "premiere": 1,
    "premier": 1,
    "first": 1,
    "deuxieme": 2,
    "seconde": 2,
    "second": 2,
    "troisieme": 3,
    "third": 3,
    "quatrieme": 4,
    "fourth": 4,
    "cinquieme": 5,
    "fifth": 5,
    "sixieme": 6,
    "sixth": 6,
    "septieme": 7,
    "seventh": 7,
    "huitieme": 8,
    "eighth": 8,
    "neuvieme": 9,
    "ninth": 9,
    "dixieme": 10,
    "tenth": 10,
}
_ORDINAL = r"(?:(?P<digits>\d{1,3})\s*(?:e|eme|er|ere|re|th|st|nd|rd)|(?P<word>" + "|".join(_ORDINAL_WORDS) + r"))"
# Folded text: "16ème" is "16eme", "3e" stays.
_EDITION_RE = re.compile(
    r"\b" + _ORDINAL + r"\s+(?:edition|session)\s+(?:(?:du|des|de la|de l'|de|d')\s*|of (?:the )?)(?P<rest>.{3,200})"
)
_ORDINAL_NAME_RE = re.compile(r"\b" + _ORDINAL + r"\s+(?P<name>siccam)\b")
_NAME_END_RE = re.compile(r"[,.;:]|\s(?:tenue?s?|organisee?s?|qui|a|au|sous|le|les|en|held|in|on|which|ayant)\s")
# "les Régionales de la relation clients", "des régionales des centres d'appels", not "directions régionales de".
_ROADSHOW_RE = re.compile(
    r"\b(?:(?:les|des|aux|the)\s+)(?:regionales|roadshow|road-show)\s+(?:marocaines\s+)?(?:de la|des|du|de)\s+"
    r"[^,.;()\n]{3,70}"
)
_ROADSHOW_NEXT_RE = re.compile(r"\b(?:direction|prochaine etape|cap sur|next stop|puis)\b")
_PREVIOUS_STOP_RE = re.compile(r"(?:apres|after)\s*$")
_CONVENTION_RE = re.compile(
    r"signature (?:de la|d'une|de cette|d'un) (?:convention|accord|partenariat)|convention (?:de partenariat )?"
    r"(?:a ete )?signee|ceremonie de signature|\bsign(?:ent|e|ed|ing)\b (?:une|a|an|the|un) (?:convention|agreement"
    r"|memorandum|accord|partnership|mou)|protocole d'accord|la convention engage"
)
_ASSEMBLY_RE = re.compile(
    r"assemblee generale(?: ordinaire| extraordinaire| elective)?|general assembly"
    r"|annual general meeting"
)
# Every rule below needs one of these words in its sentence.
_EVENT_CUE_RE = re.compile(
    r"edition|session|siccam|regionales|road.?show|convention|accord|agreement|memorandum|\bmou\b|partnership"
    r"|signature|protocole|assemblee|general assembly|general meeting"
)
_ORGANISER_KINDS = frozenset(
    {
        "association",
        "public_agency",
        "operator",
        "training",
        "investment_centre",
        "zone_developer",
        "regional_council",
        "event",
        "other",
    }
)
_KIND_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("roadshow", re.compile(r"regionales|road.?show|caravane|tournee")),
    ("salon", re.compile(r"salon|forum|expo|exhibition|fair|siccam")),
    ("conference", re.compile(r"conference|colloque|seminaire|rencontres?|assises|summit|sommet|congres|journee")),
)


@dataclass(frozen=True, slots=True)
class EventContext:
    text: str
    folded: str
    sentences: list[tuple[int, int]]
    places: list[PlaceMention]
    organisations: list[OrganisationMention]
    publication_date: dt.date | None
    lead_association: str | None = None
    dates: tuple[DateMention, ...] | None = None  # the text's dates when already found, else found per sentence
    deadline: Deadline | None = None  # asked before each sentence


@dataclass(frozen=True, slots=True)
class _Sentence:
    """One sentence and what was found inside it: every rule reads these, never the article's whole lists, so the
    work per sentence does not grow with the article."""

    start: int
    end: int
    folded: str
    places: tuple[PlaceMention, ...]
    organisations: tuple[OrganisationMention, ...]
    dates: tuple[DateMention, ...] | None  # None: not found yet, looked for in the sentence itself
    # the next and the previous sentence of its paragraph, with their dates (None: not found yet)
    neighbours: tuple[tuple[int, int, tuple[DateMention, ...] | None], ...] = ()


def extract_events(context: EventContext) -> list[EventFound]:
    events: list[EventFound] = []
    roadshow: EventFound | None = None  # the first roadshow named: later sentences announce its next stops
    mentions = _Mentions(context)
    for index, (start, end) in enumerate(context.sentences):
        if context.deadline is not None:
            context.deadline.check()
        folded = context.folded[start:end]
        if not _EVENT_CUE_RE.search(folded) and not (roadshow and _ROADSHOW_NEXT_RE.search(folded)):
            continue  # one cheap search spares the rules most sentences
        line_rest = context.folded[end : end + _CAPTION_TAIL].split("\n", 1)[0]
        if _CAPTION_RE.match(folded) or _CAPTION_END_RE.search(folded + line_rest):
            continue  # a photo caption never names an event: its article does
        sentence = mentions.sentence(start, end, folded, _neighbours(context, index))
        editions = _editions(context, sentence)
        stops = _roadshow_mentions(context, sentence, roadshow)
        roadshow = roadshow or next((e for e in editions + stops if e.kind == "roadshow"), None)
        events += editions + stops + _conventions(context, sentence) + _assemblies(context, sentence)
    return _merge(events)


class _Mentions:
    """The article's places, organisations and dates, sorted, to hand each sentence its own in logarithmic time."""

    def __init__(self, context: EventContext) -> None:
        self.places = sorted(context.places, key=lambda m: m.start)
        self.organisations = sorted(context.organisations, key=lambda m: m.start)
        self.dates = sorted(context.dates, key=lambda m: m.start) if context.dates is not None else None
        self.place_starts = [m.start for m in self.places]
        self.organisation_starts = [m.start for m in self.organisations]
        self.date_starts = [m.start for m in self.dates] if self.dates is not None else []

    def dates_in(self, start: int, end: int) -> tuple[DateMention, ...] | None:
        if self.dates is None:
            return None
        inside = self.dates[bisect_left(self.date_starts, start) : bisect_left(self.date_starts, end)]
        return tuple(m for m in inside if m.end <= end)

    def sentence(self, start: int, end: int, folded: str, neighbours: tuple[tuple[int, int], ...] = ()) -> _Sentence:
        dates = self.dates_in(start, end)
        return _Sentence(
            start,
            end,
            folded,
            tuple(self.places[bisect_left(self.place_starts, start) : bisect_left(self.place_starts, end)]),
            tuple(
                self.organisations[
                    bisect_left(self.organisation_starts, start) : bisect_left(self.organisation_starts, end)
                ]
            ),
            dates,
            tuple((s, e, self.dates_in(s, e)) for s, e in neighbours),
        )


def _neighbours(context: EventContext, index: int) -> tuple[tuple[int, int], ...]:
    """The next and the previous sentence, when they belong to the same paragraph: where an event's date often is
    ("La 5e édition du forum ouvre ses portes. Elle se tiendra du 12 au 14 mai à Tanger.")."""
    sentences, text = context.sentences, context.text
    found = []
    if index + 1 < len(sentences) and "\n" not in text[sentences[index][1] : sentences[index + 1][0]]:
        found.append(sentences[index + 1])
    if index > 0 and "\n" not in text[sentences[index - 1][1] : sentences[index][0]]:
        found.append(sentences[index - 1])
    return tuple(found)


def _edition_number(match: re.Match[str]) -> int:
    return int(match.group("digits")) if match.group("digits") else _ORDINAL_WORDS[match.group("word")]


def _editions(context: EventContext, sentence: _Sentence) -> list[EventFound]:
    folded = sentence.folded
    if "edition" not in folded and "session" not in folded and "siccam" not in folded:
        return []  # the substring tests spare both regexes on most sentences
    found = []
    for match in _EDITION_RE.finditer(folded):
        start = sentence.start + match.start("rest")
        name = _event_name(context.text, start, folded[match.start("rest") :])
        if name:
            found.append(_event(context, sentence, name, _edition_number(match), match.start()))
    for match in _ORDINAL_NAME_RE.finditer(folded):
        name = context.text[sentence.start + match.start("name") : sentence.start + match.end("name")]
        found.append(_event(context, sentence, name, _edition_number(match), match.start()))
    return found


def _event_name(text: str, start: int, folded_rest: str) -> str | None:
    """The words after 'édition du', up to the acronym in brackets or the end of the noun phrase."""
    bracket = re.match(r"[^()]{3,160}?\([^()]{2,15}\)", folded_rest)
    if bracket:
        end = bracket.end()
    else:
        stop = _NAME_END_RE.search(folded_rest)
        end = stop.start() if stop else min(len(folded_rest), 120)
    name = text[start : start + end].strip(" ,'’")
    return name[:1].upper() + name[1:] if len(name) >= 3 else None


def _event(context: EventContext, sentence: _Sentence, name: str, edition: int | None, at: int) -> EventFound:
    kind = next((kind for kind, pattern in _KIND_WORDS if pattern.search(fold(name))), "other")
    city, region = _city(context, sentence, at)
    return EventFound(
        name=name,
        kind=kind,
        edition=edition,
        city=city,
        region=region,
        date=_date(context, sentence, at, name),
        sentence=context.text[sentence.start : sentence.end],
        start=sentence.start,
        end=sentence.end,
    )


def _roadshow_mentions(context: EventContext, sentence: _Sentence, roadshow: EventFound | None) -> list[EventFound]:
    folded = sentence.folded
    if _EDITION_RE.search(folded):
        return []  # already read as an edition
    match = _ROADSHOW_RE.search(folded)
    if match:
        name = context.text[sentence.start + match.start() : sentence.start + match.end()].strip()
        name = re.sub(r"^(?i:les)\s+", "", name)
        return [_event(context, sentence, name[:1].upper() + name[1:], None, match.start())]
    next_stop = _ROADSHOW_NEXT_RE.search(folded) if roadshow else None
    if roadshow and next_stop:
        event = _event(context, sentence, roadshow.name, None, next_stop.end())
        return [event] if event.city else []
    return []


def _conventions(context: EventContext, sentence: _Sentence) -> list[EventFound]:
    match = _CONVENTION_RE.search(sentence.folded)
    if not match:
        return []
    parties = _organisations_in(sentence)
    name = "Signature de la convention" + (" " + "-".join(parties) if parties else "")
    event = _event(context, sentence, name, None, match.start())
    return [replace(event, kind="convention", organisers=tuple(parties))]


def _assemblies(context: EventContext, sentence: _Sentence) -> list[EventFound]:
    match = _ASSEMBLY_RE.search(sentence.folded)
    if not match:
        return []
    associations = [m.ref.name for m in sentence.organisations if m.ref.kind == "association"]
    holder = associations[0] if associations else context.lead_association
    name = "Assemblée générale" + (
        f" de l'{holder}" if holder and holder[:1] in "AEIOUY" else f" de {holder}" if holder else ""
    )
    event = _event(context, sentence, name, None, match.start())
    return [replace(event, kind="general_assembly", organisers=(holder,) if holder else ())]


def _organisations_in(sentence: _Sentence) -> list[str]:
    names: list[str] = []
    for mention in sentence.organisations:
        if mention.ref.kind in _ORGANISER_KINDS:
            label = mention.ref.acronym or mention.ref.name
            if label not in names:
                names.append(label)
    return names


def _city(context: EventContext, sentence: _Sentence, at: int) -> tuple[str | None, str | None]:
    folded = context.folded
    cities = [
        p
        for p in sentence.places
        if p.place.kind == "city" and not _PREVIOUS_STOP_RE.search(folded[max(sentence.start, p.start - 8) : p.start])
    ]
    if not cities:
        return None, None
    nearest = min(cities, key=lambda p: abs(p.start - (sentence.start + at)))
    return nearest.place.name, nearest.place.region


def _date(context: EventContext, sentence: _Sentence, at: int, name: str = "") -> str | None:
    """The event's date: a date of its sentence (the nearest), else a year in its name ("GITEX Africa 2024") or its
    sentence ("en 2019"), else a relative word anchored on the publication ("ce week-end": its month), else a date
    of the next or previous sentence of the paragraph."""
    published = context.publication_date
    resolved = _resolved(context, sentence.start, sentence.end, sentence.folded, sentence.dates, at)
    if resolved:
        return resolved
    year = _YEAR_RE.search(fold(name))
    if year:
        return year.group("year")
    if published is not None:
        for pattern, days_before in _RELATIVE_WORDS:
            if pattern.search(sentence.folded):
                return _formatted(published - dt.timedelta(days=days_before), "month")
    year = _IN_YEAR_RE.search(sentence.folded)
    if year and not _FOUNDED_BEFORE_RE.search(sentence.folded, max(0, year.start() - 12), year.start() + 3):
        return year.group("year")
    for start, end, dates in sentence.neighbours:
        resolved = _resolved(context, start, end, context.folded[start:end], dates, 0)
        if resolved:
            return resolved
    return None


def _resolved(
    context: EventContext, start: int, end: int, folded: str, dates: tuple[DateMention, ...] | None, at: int
) -> str | None:
    if dates is None:
        mentions = find_dates(context.text[start:end], folded)
    else:
        mentions = [replace(m, start=m.start - start, end=m.end - start) for m in dates]
    if not mentions:
        return None
    nearest = min(mentions, key=lambda m: abs(m.start - at))
    day, precision = resolve(nearest, context.publication_date)
    if day is None:
        return None
    first_day = _RANGE_START_RE.search(folded, 0, nearest.start)  # "du 14 au 16 mai 2019" starts on the 14th
    if first_day and precision == "day" and int(first_day.group("day")) < day.day:
        day = day.replace(day=int(first_day.group("day")))
    return _formatted(day, precision)


_RANGE_START_RE = re.compile(r"\b(?:du|from)\s+(?P<day>[0-3]?\d)(?:er)?\s+(?:au|to|-)\s*$")
_YEAR_RE = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")
_FOUNDED_BEFORE_RE = re.compile(r"(?:cree|creee|fonde|fondee|founded|depuis|since|lance|lancee)\s+(?:en|in)?\s*$")
_IN_YEAR_RE = re.compile(
    r"\b(?:en|in|de|du|of|edition|l'edition)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*(?:[-/]|personnes|emplois))"
)
# Words that date an event by the publication ("ce week-end": its month), with how many days before it they point.
_RELATIVE_WORDS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"(?:fin de )?semaine (?:derniere|passee)|last week|le week-end dernier|last weekend"), 7),
    (re.compile(r"\b(?:hier|yesterday)\b"), 1),
    (
        re.compile(
            r"ce (?:week-end|weekend)|cette semaine|ce mois(?:-ci)?|aujourd'hui|ce jour|this (?:week|weekend|month)"
            r"|\btoday\b|\bdemain\b|\btomorrow\b|en cours|se tient|se deroule|is being held|opens? (?:on|today)"
        ),
        0,
    ),
)
# A photo caption: "Photo : ...", "Ph. MAP", "(Crédit photo ...)", "© D.R." (read on folded text).
_CAPTION_TAIL = 40  # characters after a sentence where its line's photo credit may stand
_CAPTION_END_RE = re.compile(r"(?:[(\[]\s*(?:ph\.|photo|credit)[^)\]]*[)\]]|©\s*[\w.]+(?:\s[\w.]+)?)\s*$")
_CAPTION_RE = re.compile(
    r"\s*[(\[]?\s*(?:photo|ph\.|ph\s*:|credit photo|credits? photo|legende|image|©|pic(?:ture)?\s*:)"
)


def _formatted(day: dt.date, precision: str) -> str:
    if precision == "day":
        return day.isoformat()
    if precision == "month":
        return day.strftime("%Y-%m")
    return str(day.year)


def _merge(events: list[EventFound]) -> list[EventFound]:
    """One event per happening: mentions of the same kind and city (or with no city) fill each other in."""
    merged: list[EventFound] = []
    for event in events:
        for index, known in enumerate(merged):
            if _same_happening(known, event):
                merged[index] = _combined(known, event)
                break
        else:
            merged.append(event)
    return merged


def _same_happening(a: EventFound, b: EventFound) -> bool:
    if a.edition is not None and a.edition == b.edition and _similar_names(a.name, b.name):
        return True  # one edition, however the article places or calls it again
    if a.kind != b.kind:
        return False
    if a.edition is not None and b.edition is not None and a.edition != b.edition:
        return False
    if a.kind in ("convention", "general_assembly"):
        return True
    return a.city is None or b.city is None or a.city == b.city


_NAME_WORD_RE = re.compile(r"[a-z0-9]{4,}")
_NAME_STOPWORDS = frozenset(
    "salon forum edition international internationale session rencontres the and des pour".split()
)


def _similar_names(a: str, b: str) -> bool:
    """Two names of one event share a significant word: "SICCAM", "offshoring", "relation"."""
    words = {w for w in _NAME_WORD_RE.findall(fold(a)) if w not in _NAME_STOPWORDS}
    return bool(words & {w for w in _NAME_WORD_RE.findall(fold(b)) if w not in _NAME_STOPWORDS})


def _combined(a: EventFound, b: EventFound) -> EventFound:
    name = a.name if a.edition is not None or b.edition is None else b.name
    if a.kind == "convention" and len(b.organisers) > len(a.organisers):
        name = b.name
    return replace(
        a,
        name=name,
        edition=a.edition if a.edition is not None else b.edition,
        city=a.city or b.city,
        region=a.region or b.region,
        date=_more_precise(a.date, b.date),
        organisers=a.organisers if len(a.organisers) >= len(b.organisers) else b.organisers,
    )


def _more_precise(a: str | None, b: str | None) -> str | None:
    if a is None or (b is not None and len(b) > len(a)):
        return b
    return a
