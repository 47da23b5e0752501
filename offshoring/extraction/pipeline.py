"""The extraction pipeline: decode, clean, then find places, organisations, dates, events and metrics."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from . import cleaning
from .budget import Deadline, TooLong
from .dates import Line, PublicationDate, blocks, find_dates, publication_date
from .decoding import DecodingError, decode
from .events import EventContext, extract_events
from .gazetteer import Token, fold, join_hyphenated_words, tokenize
from .language import detect_language
from .metrics import ArticleContext, extract_metrics
from .numbers import find_numbers
from .organisations import OrganisationMention, discover, find_known, resolve_generic_councils
from .page import page_outlet, page_title
from .places import PlaceMention, find_places, main_city, main_region
from .relevance import is_relevant, relevance_score
from .result import ExtractionResult, MetricFound, OrganisationFound, PlaceFound

# Bump when a rule changes, so articles parsed by older rules can be found and re-parsed.
PARSER_VERSION = "2026.8"


@dataclass(frozen=True, slots=True)
class _Layout:
    body: list[tuple[int, int]]  # title and body lines: where figures are read
    content: list[tuple[int, int]]  # body plus meta lines (byline, date, source): where names are read
    dating: list[tuple[int, int]]  # meta and title lines, and the first paragraph (its dateline)
    title: str | None
    title_end: int
    titles: list[tuple[int, int]]  # the title, kicker and standfirst lines
    lines: list[Line]  # every line with its kind, noise included


def extract(
    data: bytes | str,
    *,
    filename: str | None = None,
    publication_date: dt.date | None = None,
    url: str | None = None,
    time_budget: float | None = None,
) -> ExtractionResult:
    """Everything the article says about the sector. Never raises on bad input: see `error`.

    `publication_date` (given at upload) wins over the text; `url` (the page's address, given at upload) dates the
    article when its text does not. `time_budget` (seconds, None for no limit) bounds the work: past it the result
    holds no figures and its error reads "too long: ..."."""
    deadline = Deadline(time_budget)
    try:
        return _extract(data, filename, publication_date, url, deadline)
    except TooLong as exc:
        return ExtractionResult(text="", error=str(exc), publication_date=publication_date)


def _extract(
    data: bytes | str, filename: str | None, publication_date: dt.date | None, url: str | None, deadline: Deadline
) -> ExtractionResult:
    try:
        decoded = decode(data, filename, url)
    except DecodingError as exc:
        return ExtractionResult(text="", error=str(exc), publication_date=publication_date)
    deadline.check()
    text, words_cut = cleaning.long_words_cut(decoded.text)
    text, lines_broken = cleaning.long_lines_broken(text)
    warnings = [f"{words_cut} words longer than {cleaning.WORD_MAX} characters were cut"] if words_cut else []
    if lines_broken:
        warnings.append(f"{lines_broken} lines longer than {cleaning.LINE_MAX} characters were read as paragraphs")
    folded = join_hyphenated_words(fold(text), text)
    layout = _layout(text)
    deadline.check()
    body_text = "\n".join(text[s:e] for s, e in layout.body)
    language = detect_language(body_text)
    # Dates and figures are only looked for where the article is, never in the page's noise.
    dates = find_dates(text, folded, layout.content)
    tokens = _tokens(folded, blocks(folded, layout.content))
    deadline.check()

    places = find_places(text, tokens)
    region = main_region(places, layout.title_end)
    organisations = _organisations(text, folded, tokens, layout, region)
    deadline.check()
    outlet = page_outlet(text, folded, layout.lines, site_name=decoded.site_name, url=url)
    title = page_title(text, layout.lines, html_title=decoded.title, outlet=outlet, organisations=organisations)
    dated = _publication_date(text, folded, layout, dates, publication_date or decoded.date, url)
    published = dated.date if dated else None
    score = relevance_score("\n".join(folded[s:e] for s, e in layout.body), fold(layout.title or ""))
    # The sector's own associations and operators make an article relevant; a newcomer named by a cue does not.
    relevant = is_relevant(score) or any(m.known and m.ref.kind in ("association", "operator") for m in organisations)
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
            url_year=None,  # a dated address ("site.com/2021/06/slug") is read as the publication date's month
            dates=tuple(dates),
        )
        metrics = _metrics(context, deadline)
    events = extract_events(
        EventContext(
            text, folded, sentences, places, organisations, published, lead_association, tuple(dates), deadline
        )
    )
    return ExtractionResult(
        text=text,
        title=title,
        outlet=outlet,
        language=language,
        relevant=relevant,
        relevance=score,
        publication_date=published,
        publication_precision=dated.precision if dated else None,
        organisations=_organisations_found(organisations, text),
        places=_places_found(places),
        events=events,
        metrics=metrics,
        encoding=decoded.encoding,
        warnings=warnings,
    )


# Some metric rules scan the article's whole lists of places and organisations for every figure: harmless on an
# article, quadratic on a text of megabytes (issue 11). A long text is read in windows of whole paragraphs, each
# with the mentions inside it (and places and organisations shortly before it, which rules look back to); an
# article shorter than a window (any news article, page furniture included) is one window, read exactly as before.
_METRICS_WINDOW = 50_000  # characters
_WINDOW_LOOKBACK = 1_000  # characters
_FIGURE_MAX = 10**15  # no figure of the sector comes near it (Morocco's GDP is about 1.3e12 dirhams)


def _metrics(context: ArticleContext, deadline: Deadline) -> list[MetricFound]:
    # A run of hundreds of digits reads as an infinite float, which no rule expects.
    context = replace(context, numbers=[n for n in context.numbers if abs(n.value) < _FIGURE_MAX])
    windows = _windows(context.text, context.sentences)
    if len(windows) == 1:
        return extract_metrics(context)
    numbers = _Sorted(context.numbers)
    places = _Sorted(context.places)
    organisations = _Sorted(context.organisations)
    kept: dict[tuple[str, int, str], MetricFound] = {}
    for sentences in windows:
        deadline.check()
        start, end = sentences[0][0], sentences[-1][1]
        window = replace(
            context,
            sentences=sentences,
            numbers=numbers.between(start, end),
            places=places.between(start - _WINDOW_LOOKBACK, end),
            organisations=organisations.between(start - _WINDOW_LOOKBACK, end),
        )
        for metric in extract_metrics(window):
            # The same figure in several windows is kept once, dated by the body when a headline rounded it.
            key = (metric.indicator, round(metric.value), metric.unit)
            if key not in kept or (metric.year_source == "stated" and kept[key].year_source != "stated"):
                kept[key] = metric
    return sorted(kept.values(), key=lambda m: m.start)


def _windows(text: str, sentences: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The sentences in runs of about _METRICS_WINDOW characters, cut between paragraphs when one ends in time."""
    windows: list[list[tuple[int, int]]] = [[]]
    for sentence in sentences:
        current = windows[-1]
        if current:
            length = sentence[0] - current[0][0]
            paragraph_ends = "\n" in text[current[-1][1] : sentence[0]]
            if (length >= _METRICS_WINDOW and paragraph_ends) or length >= 2 * _METRICS_WINDOW:
                windows.append(current := [])
        current.append(sentence)
    return windows


class _Sorted:
    """Mentions (or (start, end) spans) sorted by start, sliced by position in logarithmic time."""

    def __init__(self, items: list) -> None:
        self.items = sorted(items, key=_start)
        self.starts = [_start(item) for item in self.items]

    def between(self, start: int, end: int) -> list:
        """The items that start within [start, end)."""
        return self.items[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def covers(self, position: int) -> bool:
        """Does a span (of sorted, disjoint spans) hold the position?"""
        index = bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.items[index][1]


def _start(item) -> int:
    return item[0] if isinstance(item, tuple) else item.start


def _publication_date(
    text: str, folded: str, layout: _Layout, dates: list, given: dt.date | None, url: str | None
) -> PublicationDate | None:
    """The date given at upload (or by the HTML page's metadata) wins over what the text says."""
    if given is not None:
        return PublicationDate(given, "day")
    return publication_date(text, folded, layout.lines, dates, url)


def _layout(text: str) -> _Layout:
    segments = cleaning.segments(text)
    lines = [Line(s.start, s.end, s.kind) for s in segments]
    body = [(s.start, s.end) for s in segments if s.kind in ("body", "title")]
    content = [(s.start, s.end) for s in segments if s.kind != "noise"]
    titles = [s for s in segments if s.kind == "title"]
    first_paragraph = [(s.start, s.end) for s in segments if s.kind == "body"][:1]
    dating = sorted([(s.start, s.end) for s in segments if s.kind in ("meta", "title")] + first_paragraph)
    # The first title line may be the outlet's name ("H24info"): prefer the first one that reads like a headline.
    named = [t for t in titles if len(text[t.start : t.end].split()) >= 4] or titles
    title = text[named[0].start : named[0].end] if named else None
    spans = [(t.start, t.end) for t in titles]
    return _Layout(body, content, dating, title, titles[-1].end if titles else 0, spans, lines)


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
    taken = _Taken(len(text), known)
    content = _Sorted(layout.content)
    councils = [
        m for m in resolve_generic_councils(text, folded, region) if content.covers(m.start) and not taken.overlaps(m)
    ]
    taken.add(councils)
    found = known + councils
    known_names = {fold(m.ref.name) for m in known} | {fold(m.ref.acronym or "") for m in known}
    for mention in discover(text, _first_characters(layout.body, _DISCOVERY_MAX), folded, found):
        if taken.overlaps(mention) or fold(mention.ref.name) in known_names:
            continue
        found.append(mention)
        taken.add([mention])
    return sorted(found, key=lambda m: m.start)


# Newcomers are looked for in the body's first characters: every article, and the start of a document of megabytes
# (the reference list's organisations are found everywhere). Past it, discovery would be a fifth of the work.
_DISCOVERY_MAX = 300_000  # characters


def _first_characters(spans: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """The spans, in order, until their lengths add up to the limit."""
    kept, total = [], 0
    for start, end in spans:
        if total >= limit:
            break
        kept.append((start, min(end, start + limit - total)))
        total += end - start
    return kept


class _Taken:
    """The characters already read as an organisation: an overlap test costs the mention's length only."""

    def __init__(self, length: int, mentions: list[OrganisationMention]) -> None:
        self.marks = bytearray(length)
        self.add(mentions)

    def add(self, mentions: list[OrganisationMention]) -> None:
        for m in mentions:
            self.marks[m.start : m.end] = b"\x01" * (m.end - m.start)

    def overlaps(self, mention: OrganisationMention) -> bool:
        return self.marks.find(1, mention.start, mention.end) >= 0


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
            rule=mention.rule,
        )
    return list(found.values())


def _places_found(mentions: list[PlaceMention]) -> list[PlaceFound]:
    found: dict[str, PlaceFound] = {}
    for mention in mentions:
        place = mention.place
        if place.name not in found:
            found[place.name] = PlaceFound(name=place.name, kind=place.kind, region=place.region, start=mention.start)
    return list(found.values())
