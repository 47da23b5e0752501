"""Numbers as French and English news write them, with their scale, currency or percent sign.

"45.000", "45 000" (normal, no-break or narrow no-break spaces), "45,000", "4,5 milliards de dirhams",
"5 MMDH", "$1.2 billion", "20 %", "une trentaine", "entre 3 000 et 4 000". Phone numbers, dates, times,
page-view counters, article numbers, ordinals and year ranges are never numbers here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from text_to_num import text2num

from .dates import DateMention, blocks, find_dates
from .gazetteer import fold

_SPACES = " \u00a0\u202f\u2009"
_NUMBER_RE = re.compile(
    rf"""(?<![\w.,/\-–])(?<![\w.,/\-–]\+)(?P<pcur>(?:US\$|\$|€|USD|EUR|MAD|DH|Dhs?)\s?)?
    (?P<num>\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?:,\d+)?(?![\d])
      | \d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?(?![\d.])
      | \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,])
      | \d+(?:[.,]\d+)?)
    (?=[^\w]|$|(?:MMDH|MDH|Mds?|Mrds?|DH|Dhs?|MAD|MUSD|MEUR|M€|M\$|K|M|k|m|B|bn|mn)\b)""",
    re.VERBOSE,
)
_SCALE_RE = re.compile(
    r"""[ \u00a0\u202f]?(?:
        (?P<bigmoney>(?i:mmdhs?|mmdh|mds\s?(?:de\s)?(?:dh|dirhams))\b)
      | (?P<musd>(?i:musd|m\s?usd|mio\s?usd)\b|\$\s?m\b|\$\s?mn\b)
      | (?P<meur>(?i:meur|m\s?eur)\b|€\s?m\b|€\s?mn\b|M€)
      | (?P<busd>(?i:mdsusd|mrdusd|bnusd)\b|\$\s?bn\b)
      | (?P<beur>€\s?bn\b|€\s?mds?\b)
      | (?P<mmoney>(?i:mdhs?|mdh)\b)
      | (?P<kmoney>(?i:kdhs?)\b)
      | (?P<billion>(?i:milliards?|billions?|mds|mrds?|md|bn|bln)\b)
      | (?P<million>(?i:millions?|mio|mn)\b|M(?=€|\$|\s?(?:de|d'|d’|of)?\s?(?:dirhams|dollars|euros|DH|MAD))|M\b)
      | (?P<thousand>(?i:mille|thousand)\b|[kK]\b)
    )""",
    re.VERBOSE,
)
# after a currency sign only: "Dh800m", "$780m", "$2.8B" (alone, "m" is metres and "B" a letter)
_PREFIXED_SCALE_RE = re.compile(r"(?P<million>m)(?![\w²])|(?P<billion>B)(?![\w])")
_CURRENCY_RE = re.compile(
    r"""\s?(?:(?:de|d'|d’|of)\s?)?(?:
        (?P<mad>(?i:dirhams?|dhs?|mad)\b)
      | (?P<eur>(?i:euros?|eur)\b|€)
      | (?P<usd>(?i:dollars?(?:\s+(?:am[ée]ricains|us))?|usd)\b|\$)
    )""",
    re.VERBOSE,
)
_PERCENT_RE = re.compile(r"[ \u00a0\u202f]?(?:%|(?i:pour[ -]?cent|pourcent|per[ -]?cent|percent)\b)")

# Number words, read whole by text2num ("quarante-cinq mille" is 45 000, "soixante-dix" 70): the run of words is
# found here, so its offsets are known, and text2num gives its value.
_FRENCH_NUMBER_WORDS = (
    "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt vingts trente"
    " quarante cinquante soixante cent cents mille million millions milliard milliards"
).split()
_ENGLISH_NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
    " eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million millions"
    " billion billions"
).split()
_ONE_WORDS = ("un", "une", "one", "a")  # a number only before a scale: "un million", "a billion"
_SCALE_WORDS = {
    "mille": 1000,
    "thousand": 1000,
    "million": 10**6,
    "millions": 10**6,
    "milliard": 10**9,
    "milliards": 10**9,
    "billion": 10**9,
    "billions": 10**9,
}
_APPROX_VALUES: dict[str, int] = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1000,
    "dozen": 12,
}
_FIRST_LETTERS = "".join(
    sorted({word[0] for word in (*_FRENCH_NUMBER_WORDS, *_ENGLISH_NUMBER_WORDS, *_APPROX_VALUES, *_ONE_WORDS)})
)
_NUMBER_WORD = "(?:" + "|".join(sorted({*_FRENCH_NUMBER_WORDS, *_ENGLISH_NUMBER_WORDS}, key=len, reverse=True)) + ")"
_RUN_JOIN = r"(?:[ -]|\s(?:et|and)\s)"
_WORD_RE = re.compile(
    # at a word's start, and only where a number word may begin: the engine skips the other positions fast
    r"(?<![a-z])(?=[" + _FIRST_LETTERS + r"])(?:(?P<approx>(?:une|un|a)\s+(?:" + "|".join(_APPROX_VALUES) + r"))"
    # at most 12 words: a run is bounded, so the scan stays linear
    r"|(?P<run>(?:(?:"
    + "|".join(_ONE_WORDS)
    + r")\s+(?=(?:mille|thousand|millions?|milliards?|billions?)\b))?"
    + _NUMBER_WORD
    + r"(?:"
    + _RUN_JOIN
    + r"(?:"
    + _NUMBER_WORD
    + r"|un|une|one))"
    + r"{0,11})"
    r")\b",
)
_ENGLISH_ONLY = frozenset(_ENGLISH_NUMBER_WORDS) - frozenset(_FRENCH_NUMBER_WORDS)
_MAX_WORDS_VALUE = 10**13
_RUN_WORDS = frozenset(_FRENCH_NUMBER_WORDS) | frozenset(_ENGLISH_NUMBER_WORDS) | {"un", "une", "one", "a"}


# Spans that hold digits but no figure. They run on folded text (lowercase, no accents, same offsets).
_NOT_FIGURE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?=[+0])(?:\+|\b00)\d{1,3}[\s.\-]?(?:\(0\))?\d{1,2}(?:[\s.\-]?\d{2,3}){3,4}\b"),  # +212 5 22 33 44 55
    re.compile(r"(?=0)\b0[5-8](?:[\s.\-]?\d{2}){4}\b"),  # 05 22 33 44 55
    re.compile(r"(?=\d)\b\d{1,2}\s?[h:]\s?\d{2}\b"),  # 10h30, 14:30
    re.compile(r"(?=[lrv])\b(?:lu|vu|read|viewed)\s+\d[\d\s.,]*\s+(?:fois|times)\b"),
    re.compile(
        r"(?=\d)(?<!\d)\d[\d\s.,]*\s(?:vues|views|lectures|commentaires|comments|partages|shares|likes"
        r"|reactions)\b"
    ),
    re.compile(
        r"(?=[abcdlnps])\b(?:articles?|art\.|loi|law|decret|decree|dahir|n°|no\.|numero|number|page|p\.|chapitre"
        r"|chapter|section|alinea|circulaire|bulletin officiel|bo)\s*(?:n°|no\.?)?\s*\d[\d\-./]*"
    ),
    re.compile(r"(?=\d)\b(?:19|20)\d{2}\s?[-–/]\s?(?:19|20)?\d{2}\b"),  # 2014-2020, 2024-2025
    re.compile(r"(?=[hw])\b(?:https?://|www\.)\S+"),
)
# One scan instead of one per pattern: the regex engine's cost is mostly in visiting the positions.
_NOT_FIGURE_RE = re.compile("|".join(f"(?:{p.pattern})" for p in _NOT_FIGURE_RES))
_RANGE_JOIN_RE = re.compile(r"^[ \u00a0\u202f]*(?:à|a|et|and|to|-|–|ou|or)[ \u00a0\u202f]*$")
_RANGE_OPEN_RE = re.compile(r"(?i)(?:entre|between|de|from)[ \u00a0\u202f]+$")
_EVOLUTION_RE = re.compile(
    r"(?i)(?:pass\w*|évolu\w*|grimp\w*|augment\w*|progress\w*|hauss\w*|increas\w*|rose|rise\w*"
    r"|grew|grow\w*|jump\w*|went|chut\w*|baiss\w*|recul\w*|declin\w*|fell|port\w*|faire passer|amener|raise|bring)"
    r"[\w\s']{0,25}$"
)


@dataclass(frozen=True, slots=True)
class NumberMention:
    start: int  # whole expression, currency and scale included
    end: int
    value: Decimal  # exact: "1,07 milliard" is 1070000000, never 1070000000.0000001
    unit: str | None = None  # "MAD", "EUR", "USD", "percent" or None for a count
    approximate: bool = False  # "une trentaine"
    low: Decimal | None = None  # bounds of a range "entre 3 000 et 4 000"
    high: Decimal | None = None
    written_in_words: bool = False
    number_text: str = ""  # the digits as written, to tell a year from a figure
    scale: int = 1  # 10**6 for "millions", 10**9 for "milliards" ...

    @property
    def looks_like_year(self) -> bool:
        return (
            self.unit is None
            and not self.written_in_words
            and len(self.number_text) == 4
            and self.number_text.isdigit()
            and 1900 <= self.value <= 2100
        )


def parse_number(raw: str, *, english: bool = False, scaled: bool = False) -> Decimal | None:
    """The value of digits as written: "45.000", "45 000", "45,000", "4,5", "4.5"."""
    compact = re.sub(f"[{_SPACES}]", "", raw)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", compact) and not (english and scaled and compact.count(".") == 1):
        compact = compact.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", compact) and (english or not scaled or compact.count(",") > 1):
        compact = compact.replace(",", "")
    else:
        compact = compact.replace(",", ".")
    try:
        return Decimal(compact)
    except InvalidOperation:
        return None


def excluded_spans(
    text: str,
    folded: str | None = None,
    dates: list[DateMention] | None = None,
    within: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """Spans that contain digits but are not figures: dates, phones, times, counters, references (looked for
    within the sorted spans, when given)."""
    folded = fold(text) if folded is None else folded
    dates = find_dates(text, folded, within) if dates is None else dates
    spans = [(m.start, m.end) for m in dates if m.year is not None or m.day is not None]
    for start, end in blocks(folded, within, digits=True):
        spans.extend(m.span() for m in _NOT_FIGURE_RE.finditer(folded, start, end))
    return spans


def find_numbers(
    text: str,
    *,
    english: bool = False,
    folded: str | None = None,
    dates: list[DateMention] | None = None,
    spans: list[tuple[int, int]] | None = None,
) -> list[NumberMention]:
    """Every figure in the text (or in the given spans of it), in order; ranges merged into one mention."""
    blocked = bytearray(len(text))  # 1 where a digit cannot start a figure
    for start, end in excluded_spans(text, folded, dates, spans):
        blocked[start:end] = b"\x01" * (end - start)
    mentions = [
        m
        for m in _digit_mentions(text, english, blocks(text, spans, digits=True))
        if blocked.find(1, m.start, m.end) < 0
    ]
    for mention in mentions:  # "20 pour cent" holds no second figure "cent"
        blocked[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    folded = fold(text) if folded is None else folded
    mentions += [m for m in _word_mentions(text, folded, blocks(folded, spans)) if blocked.find(1, m.start, m.end) < 0]
    if spans is not None:
        mentions = [m for m in mentions if _inside(m, spans)]
    mentions.sort(key=lambda m: m.start)
    return _merge_ranges(text, mentions)


def _inside(mention: NumberMention, spans: list[tuple[int, int]]) -> bool:
    """Is the mention within one of the sorted spans?"""
    index = bisect.bisect_right(spans, (mention.start, float("inf"))) - 1
    return index >= 0 and mention.end <= spans[index][1]


def _digit_mentions(text: str, english: bool, within: list[tuple[int, int]]) -> list[NumberMention]:
    found = []
    for match in (m for start, end in within for m in _NUMBER_RE.finditer(text, start, end)):
        end = match.end()
        scale, unit = 1, _prefix_unit(match.group("pcur"))
        scale_match = _SCALE_RE.match(text, end) or (
            _PREFIXED_SCALE_RE.match(text, end) if match.group("pcur") else None
        )
        if scale_match:
            scale, money_unit = _scale_of(scale_match)
            unit = money_unit or unit
            end = scale_match.end()
        currency = _CURRENCY_RE.match(text, end)
        if currency and unit is None:
            unit = "MAD" if currency.group("mad") else "EUR" if currency.group("eur") else "USD"
            end = currency.end()
        percent = _PERCENT_RE.match(text, end) if unit is None and scale == 1 else None
        if percent:
            unit, end = "percent", percent.end()
        value = parse_number(match.group("num"), english=english, scaled=scale != 1)
        if value is None:
            continue
        start = match.start() if match.group("pcur") else match.start("num")
        found.append(NumberMention(start, end, value * scale, unit, number_text=match.group("num"), scale=scale))
    return found


def _prefix_unit(prefix: str | None) -> str | None:
    if not prefix:
        return None
    prefix = prefix.strip()
    return "EUR" if prefix in ("€", "EUR") else "USD" if "$" in prefix or prefix == "USD" else "MAD"


def _scale_of(match: re.Match[str]) -> tuple[int, str | None]:
    groups = {name for name, value in match.groupdict().items() if value}
    for name, scale, unit in _SCALES:
        if name in groups:
            return scale, unit
    return 10**3, None


_SCALES = (
    ("bigmoney", 10**9, "MAD"),
    ("mmoney", 10**6, "MAD"),
    ("kmoney", 10**3, "MAD"),
    ("musd", 10**6, "USD"),  # "40 MUSD", "$5m"
    ("meur", 10**6, "EUR"),  # "5 €m", "3 MEUR"
    ("busd", 10**9, "USD"),
    ("beur", 10**9, "EUR"),
    ("billion", 10**9, None),
    ("million", 10**6, None),
)


def _word_mentions(text: str, folded: str, within: list[tuple[int, int]]) -> list[NumberMention]:
    found: list[NumberMention] = []
    for match in (m for start, end in within for m in _WORD_RE.finditer(folded, start, end)):
        start = max(match.start(), found[-1].end if found else 0)  # "cinq pour cent" is 5 %, not 5 and 100
        if start >= match.end():
            continue
        if match.group("approx"):
            value, scale = Decimal(_APPROX_VALUES[match.group("approx").split()[-1]]), 1
            found.append(_word_mention(text, match.start(), match.end(), value, scale, approximate=True))
            continue
        found += _run_mentions(text, folded, start, match.end())
    return found


def _run_mentions(text: str, folded: str, start: int, end: int) -> list[NumberMention]:
    """The numbers of a run of number words: the longest prefix text2num reads, then the rest ("deux trois" is
    two numbers; "quarante-cinq mille" one)."""
    words = [m for m in re.finditer(r"[a-z]+", folded[start:end])]
    mentions = []
    first = 0
    while first < len(words):
        if words[first].group() not in _RUN_WORDS:
            first += 1  # "et", or the tail of a word the previous number took
            continue
        for last in range(len(words) - 1, first - 1, -1):
            if words[last].group() in ("et", "and"):
                continue
            phrase = folded[start + words[first].start() : start + words[last].end()]
            value = _words_value(phrase)
            if value is not None:
                scale = max((_SCALE_WORDS.get(w.group(), 1) for w in words[first : last + 1]), default=1)
                begin, finish = start + words[first].start(), start + words[last].end()
                if value >= 1:
                    mentions.append(_word_mention(text, begin, finish, Decimal(value), scale))
                first = last + 1
                break
        else:
            first += 1
    return mentions


def _words_value(phrase: str) -> int | None:
    language = "en" if any(word in _ENGLISH_ONLY for word in re.findall(r"[a-z]+", phrase)) else "fr"
    if phrase.startswith("a "):
        phrase = "one " + phrase[2:]  # "a billion"
    try:
        value = text2num(phrase, language)
    except ValueError:
        return None
    return value if 0 < value < _MAX_WORDS_VALUE else None


def _word_mention(
    text: str, start: int, end: int, value: Decimal, scale: int, approximate: bool = False
) -> NumberMention:
    unit = None
    percent = _PERCENT_RE.match(text, end)
    currency = None if percent else _CURRENCY_RE.match(text, end)
    if percent:  # "cinq pour cent"
        unit, end = "percent", percent.end()
    elif currency:
        unit = "MAD" if currency.group("mad") else "EUR" if currency.group("eur") else "USD"
        end = currency.end()
    return NumberMention(start, end, value, unit, approximate, written_in_words=True, scale=scale)


def _merge_ranges(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """ "entre 3 000 et 4 000" is one figure; "passé de 3 000 à 4 000" two, the earlier and the later value."""
    merged: list[NumberMention] = []
    index = 0
    while index < len(mentions):
        current = mentions[index]
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if following and _RANGE_JOIN_RE.match(text[current.end : following.start]):
            joined = _join(text, current, following)
            if joined is not None:
                merged.append(joined)
                index += 2
                continue
        merged.append(current)
        index += 1
    return merged


def _join(text: str, low: NumberMention, high: NumberMention) -> NumberMention | None:
    before = text[max(0, low.start - 40) : low.start]
    joiner = text[low.end : high.start].strip().lower()
    if joiner in ("et", "and") and not _RANGE_OPEN_RE.search(before):
        return None  # "20 000 employés et 300 sites" are two figures
    if joiner in ("ou", "or") or low.looks_like_year or high.looks_like_year:
        return None
    if (low.unit == "percent") != (high.unit == "percent"):
        return None  # "exports rose 14% to MAD 18.5bn": a rate, then an amount
    low_value = low.value
    if (low.unit is None and high.unit is not None) or low.value * 50 < high.value:
        low_value = low.value * _implied_scale(low.value, high.value)  # "entre 3 et 4 milliards"
    if _EVOLUTION_RE.search(re.sub(r"(?i)\s*(?:de|from)\s*$", "", before)):
        return None  # "porter les effectifs de 13.000 à 30.000": both values, read one by one
    if not low_value < high.value:
        return None
    middle = (low_value + high.value) / 2
    return NumberMention(
        low.start,
        high.end,
        middle,
        high.unit,
        True,
        low_value,
        high.value,
        low.written_in_words and high.written_in_words,
        high.number_text,
        high.scale,
    )


def _implied_scale(low: Decimal, high: Decimal) -> int:
    scale = 1
    while low * scale * 10 <= high:
        scale *= 10
    return scale if scale in (10**3, 10**6, 10**9) else 1
