"""The extraction pipeline: decode, clean, then find places, organisations, dates, events and metrics."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from . import cleaning
from .dates import blocks, find_dates, publication_date_from_lines
from .decoding import DecodingError, decode
from .events import EventContext, extract_events
from .gazetteer import Token, fold, join_hyphenated_words, tokenize
from .language import detect_language
from .metrics import ArticleContext, extract_metrics
from .numbers import find_numbers
from .organisations import OrganisationMention, discover, find_known, resolve_generic_councils
from .places import PlaceMention, find_places, main_city, main_region
from .relevance import is_relevant, relevance_score
from .result import ExtractionResult, OrganisationFound, PlaceFound

# Bump when a rule changes, so articles parsed by older rules can be found and re-parsed.
PARSER_VERSION = "2026.7"


@dataclass(frozen=True, slots=True)
class _Layout:
    body: list[tuple[int, int]]  # title and body lines: where figures are read
    content: list[tuple[int, int]]  # body plus meta lines (byline, date, source): where names are read
    dating: list[tuple[int, int]]  # meta and title lines, and the first paragraph (its dateline)
    title: str | None
    title_end: int
    titles: list[tuple[int, int]]  # the title, kicker and standfirst lines


def extract(
    data: bytes | str, *, filename: str | None = None, publication_date: dt.date | None = None
) -> ExtractionResult:
    """Everything the article says about the sector. Never raises on bad input: see `error`."""
    try:
        decoded = decode(data, filename)
    except DecodingError as exc:
        return ExtractionResult(text="", error=str(exc), publication_date=publication_date)
    text = decoded.text
    folded = join_hyphenated_words(fold(text), text)
    layout = _layout(text)
    body_text = "\n".join(text[s:e] for s, e in layout.body)
    language = detect_language(body_text)
    # Dates and figures are only looked for where the article is, never in the page's noise.
    dates = find_dates(text, folded, layout.content)
    tokens = _tokens(folded, blocks(folded, layout.content))

    places = find_places(text, tokens)
    region = main_region(places, layout.title_end)
    organisations = _organisations(text, folded, tokens, layout, region)
    published = publication_date or decoded.date or publication_date_from_lines(text, folded, layout.dating, dates)
    score = relevance_score("\n".join(folded[s:e] for s, e in layout.body), fold(layout.title or ""))
    relevant = is_relevant(score) or any(m.ref.kind in ("association", "operator") for m in organisations)
    sentences = cleaning.sentences(text, layout.body)
    lead_association = _most_mentioned(organisations, "association")

    metrics = []
    if relevant:
        context = ArticleContext(
            text=text,
            folded=folded,
            sentences=sentences,
            numbers=find_numbers(text, english=language == "en", folded=folded, dates=dates, spans=layout.body),
            places=places,
            organisations=organisations,
            main_region=region,
            main_city=main_city(places, region),
            publication_date=published,
            language=language,
            lead_association=lead_association,
            focus_place=_focus_place(places, layout.titles),
            url_year=None if published else _url_year(text),
            dates=tuple(dates),
        )
        metrics = extract_metrics(context)
    events = extract_events(
        EventContext(text, folded, sentences, places, organisations, published, lead_association, tuple(dates))
    )
    return ExtractionResult(
        text=text,
        title=decoded.title or layout.title,
        language=language,
        relevant=relevant,
        relevance=score,
        publication_date=published,
        organisations=_organisations_found(organisations, text),
        places=_places_found(places),
        events=events,
        metrics=metrics,
        encoding=decoded.encoding,
    )


# "moroccoworldnews.com/2021/06/teleperformance-agadir-new-site": a page dated only by its address
_URL_YEAR_RE = re.compile(
    r"(?:https?://|www\.|\b[a-z0-9-]+\.(?:com|ma|fr|net|org|info|co\.uk)\b)\S*?/((?:19|20)\d\d)/(?:0?[1-9]|1[0-2])/"
)


def _url_year(text: str) -> int | None:
    """The year of the article's own address, in its first lines."""
    match = _URL_YEAR_RE.search(text[:_URL_WINDOW])
    return int(match.group(1)) if match else None


_URL_WINDOW = 600


def _layout(text: str) -> _Layout:
    segments = cleaning.segments(text)
    body = [(s.start, s.end) for s in segments if s.kind in ("body", "title")]
    content = [(s.start, s.end) for s in segments if s.kind != "noise"]
    titles = [s for s in segments if s.kind == "title"]
    first_paragraph = [(s.start, s.end) for s in segments if s.kind == "body"][:1]
    dating = sorted([(s.start, s.end) for s in segments if s.kind in ("meta", "title")] + first_paragraph)
    # The first title line may be the outlet's name ("H24info"): prefer the first one that reads like a headline.
    named = [t for t in titles if len(text[t.start : t.end].split()) >= 4] or titles
    title = text[named[0].start : named[0].end] if named else None
    spans = [(t.start, t.end) for t in titles]
    return _Layout(body, content, dating, title, titles[-1].end if titles else 0, spans)


def _focus_place(places: list[PlaceMention], titles: list[tuple[int, int]]) -> tuple[str, str] | None:
    """The place a title is about ("Majorel ouvre un troisième site à Agadir"), when its places share one region."""
    named = [p for p in places if p.place.region and any(s <= p.start < e for s, e in titles)]
    if not named or len({p.place.region for p in named}) != 1:
        return None
    city = next((p for p in named if p.place.kind == "city"), named[0])
    return city.place.name, city.place.region  # type: ignore[return-value]


def _tokens(folded: str, spans: list[tuple[int, int]]) -> list[Token]:
    tokens: list[Token] = []
    for start, end in spans:
        tokens += tokenize(folded, start, end)
    return tokens


def _organisations(
    text: str, folded: str, tokens: list[Token], layout: _Layout, region: str | None
) -> list[OrganisationMention]:
    known = find_known(text, tokens)
    councils = [
        m
        for m in resolve_generic_councils(text, folded, region)
        if any(start <= m.start < end for start, end in layout.content) and not _overlaps_any(m, known)
    ]
    found = known + councils
    known_names = {fold(m.ref.name) for m in known} | {fold(m.ref.acronym or "") for m in known}
    for mention in discover(text, layout.body, folded):
        if _overlaps_any(mention, found) or fold(mention.ref.name) in known_names:
            continue
        found.append(mention)
    return sorted(found, key=lambda m: m.start)


def _overlaps_any(mention: OrganisationMention, others: list[OrganisationMention]) -> bool:
    return any(mention.start < o.end and o.start < mention.end for o in others)


def _most_mentioned(mentions: list[OrganisationMention], kind: str) -> str | None:
    counts = Counter(m.ref.name for m in mentions if m.ref.kind == kind)
    return counts.most_common(1)[0][0] if counts else None


def _organisations_found(mentions: list[OrganisationMention], text: str = "") -> list[OrganisationFound]:
    regional_cri = any(m.ref.kind == "investment_centre" and m.ref.name != "CRI" for m in mentions)
    found: dict[str, OrganisationFound] = {}
    for mention in mentions:
        ref = mention.ref
        if ref.name in found or (regional_cri and ref.name == "CRI"):
            continue  # the generic "CRI" is the regional one the article names elsewhere
        full_name = ref.full_name
        if full_name is None and ref.kind == "ministry":
            # "Ministère de l'Industrie et du Commerce": a ministry's name changes with governments, keep what's written
            written = " ".join(text[mention.start : mention.end].split())
            full_name = written if fold(written) != fold(ref.name) and len(written) > 12 else None
        found[ref.name] = OrganisationFound(
            name=ref.name,
            full_name=full_name,
            acronym=ref.acronym,
            kind=ref.kind,
            known=mention.known,
            start=mention.start,
        )
    return list(found.values())


def _places_found(mentions: list[PlaceMention]) -> list[PlaceFound]:
    found: dict[str, PlaceFound] = {}
    for mention in mentions:
        place = mention.place
        if place.name not in found:
            found[place.name] = PlaceFound(name=place.name, kind=place.kind, region=place.region, start=mention.start)
    return list(found.values())
