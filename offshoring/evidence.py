"""Where in its evidence sentence a figure is written, to show the sentence with the figure marked.

A metric keeps its sentence, not the figure's own offsets; the figure is found again by reading the
sentence's numbers with the extractor's number reader and keeping the one whose value is the metric's
(or whose range holds it). When none matches (an edited value), the sentence is shown unmarked.
"""

from __future__ import annotations

from decimal import Decimal

from django.utils.html import format_html
from django.utils.safestring import SafeString

from offshoring.extraction.numbers import find_numbers

VALUE_TOLERANCE = Decimal("0.005")  # the figure as stored may be rounded (4,55 Md → 4550000000.0000)
ELLIPSIS = "…"


def figure_span(sentence: str, value: Decimal | float | None, *, english: bool = False) -> tuple[int, int] | None:
    """(start, end) of the figure of this value in the sentence, or None."""
    if value is None or not sentence:
        return None
    wanted = Decimal(str(value))
    for mention in find_numbers(sentence, english=english):
        candidates = [Decimal(str(c)) for c in (mention.value, mention.low, mention.high) if c is not None]
        if any(abs(c - wanted) <= VALUE_TOLERANCE * max(abs(c), abs(wanted), 1) for c in candidates):
            return mention.start, mention.end
    return None


def evidence_html(sentence: str, value=None, *, english: bool = False, max_chars: int | None = None) -> SafeString:
    """The sentence, escaped, with the figure in <mark>; cut to about max_chars around the figure."""
    sentence = " ".join((sentence or "").split())
    span = figure_span(sentence, value, english=english)
    start, end = span if span else (0, 0)
    left, figure, right = sentence[:start], sentence[start:end], sentence[end:]
    if max_chars and len(sentence) > max_chars:
        room = max(max_chars - len(figure), 20)
        keep_left = min(len(left), room // 2) if right else room
        keep_right = room - keep_left
        left = _cut_left(left, keep_left)
        right = _cut_right(right, keep_right)
    if not span:
        return format_html("{}", left + right)
    return format_html('{}<mark class="figure">{}</mark>{}', left, figure, right)


def _cut_left(text: str, keep: int) -> str:
    if len(text) <= keep:
        return text
    kept = text[len(text) - keep :]
    space = kept.find(" ")
    return ELLIPSIS + (kept[space + 1 :] if 0 <= space < len(kept) // 2 else kept)


def _cut_right(text: str, keep: int) -> str:
    if len(text) <= keep:
        return text
    kept = text[:keep]
    space = kept.rfind(" ")
    return (kept[:space] if space > len(kept) // 2 else kept) + ELLIPSIS
