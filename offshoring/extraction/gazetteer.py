"""Accent- and case-insensitive phrase lookup over a token stream, shared by places and organisations.

Matching works on tokens rather than one huge regex alternation: the text is folded once (lowercase, no
accents, same length so offsets survive), cut into alphanumeric tokens, and every alias is looked up from
its first token. That keeps lookup linear in the text whatever the size of the reference lists.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, NamedTuple, TypeVar

Payload = TypeVar("Payload")

# Function words dropped from both aliases and text, so "CRI de l'Oriental" and "CRI Oriental" agree.
_SKIPPED_TOKENS = frozenset({"de", "du", "des", "d", "la", "le", "l", "of", "the"})
_TOKEN_RE = re.compile(r"[a-z0-9]+")


def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)[:1] or char
    return base.lower() if len(base.lower()) == 1 else char


def _build_fold_table() -> dict[int, str]:
    table = {code: _fold_char(chr(code)) for code in range(0x80, 0x2000) if _fold_char(chr(code)) != chr(code)}
    table.update({ord("œ"): "o", ord("Œ"): "o", ord("æ"): "a", ord("Æ"): "a", ord("ß"): "s"})
    table.update({ord(c): "'" for c in "’‘ʼ`´"})
    table.update({ord(c): "-" for c in "‐‑‒–—"})
    table.update({ord(c): " " for c in "\u00a0\u202f\u2009\u2007"})
    return table


_FOLD_TABLE = {chr(code): folded for code, folded in _build_fold_table().items()}
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def _fold_match(match: re.Match[str]) -> str:
    char = match.group()
    return _FOLD_TABLE.get(char, char)


def fold(text: str) -> str:
    """Lowercase, accents removed, same length as the input (so offsets carry over)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters ("İ") lowercase to two
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # Substituting only the rare non-ASCII characters is several times faster than str.translate.
    return _NON_ASCII_RE.sub(_fold_match, lowered)


_HYPHEN_BREAK_RE = re.compile(r"(?<=[a-z])-[ \t]*\r?\n[ \t]*([a-z]+)")


def join_hyphenated_words(folded: str, text: str) -> str:
    """'l'hori-\nzon 2020' reads 'l'horizon   2020' in the folded text: a word hyphenated at a line break is joined,
    the characters it loses put back as spaces after it, so the text keeps its length and every offset outside the
    word. A capital after the break ('Tanger-\nTétouan') is a compound name, left alone."""
    if "-\n" not in folded and "-\r" not in folded and "- " not in folded:
        return folded

    def joined(match: re.Match[str]) -> str:
        if not text[match.start(1)].islower():
            return match.group()
        return match.group(1) + " " * (len(match.group()) - len(match.group(1)))

    return _HYPHEN_BREAK_RE.sub(joined, folded)


class Token(NamedTuple):
    text: str  # folded
    start: int
    end: int


def tokenize(folded: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Alphanumeric tokens of folded text (or of folded[start:end], offsets kept), function words left out."""
    matches = _TOKEN_RE.finditer(folded, start, len(folded) if end is None else end)
    new, skipped = tuple.__new__, _SKIPPED_TOKENS  # tuple.__new__ spares NamedTuple's Python-level constructor
    return [new(Token, (m.group(), *m.span())) for m in matches if m.group() not in skipped]


@dataclass(frozen=True, slots=True)
class GazetteerMatch(Generic[Payload]):
    start: int
    end: int
    payload: Payload
    alias: str


@dataclass(frozen=True, slots=True)
class _Entry(Generic[Payload]):
    key: tuple[str, ...]
    rules: tuple[str, ...]  # per token: "upper" (exact capitals), "capital" (first letter upper) or ""
    payload: Payload
    alias: str


def _case_rules(alias: str, key_length: int) -> tuple[str, ...]:
    words = [w for w in re.findall(r"[^\W_]+", alias) if fold(w) not in _SKIPPED_TOKENS]
    rules = []
    for word in words[:key_length]:
        if (word.isupper() and len(word) <= 3) or (any(c.isdigit() for c in word) and word.isupper()):
            rules.append("upper")  # short acronyms (MAP, CRI) are ordinary words in lowercase
        elif key_length == 1:
            rules.append("capital")  # single proper nouns: "Salé" the city, not "sale"
        else:
            rules.append("")
    return tuple(rules) + ("",) * (key_length - len(rules))


class _Node(Generic[Payload]):
    __slots__ = ("children", "entries")

    def __init__(self) -> None:
        self.children: dict[str, _Node[Payload]] = {}
        self.entries: list[_Entry[Payload]] = []  # aliases ending here (several when case rules differ)


class Gazetteer(Generic[Payload]):
    """Longest-match lookup of aliases in a token stream, through a trie of tokens."""

    def __init__(self, aliases: Iterable[tuple[str, Payload]]):
        self._root: _Node[Payload] = _Node()
        seen: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
        for alias, payload in aliases:
            key = tuple(t.text for t in tokenize(fold(alias)))
            rules = _case_rules(alias, len(key))
            if not key or (key, rules) in seen:
                continue
            seen.add((key, rules))
            node = self._root
            for part in key:
                node = node.children.setdefault(part, _Node())
            node.entries.append(_Entry(key, rules, payload, alias))

    def find(self, text: str, tokens: list[Token]) -> list[GazetteerMatch[Payload]]:
        matches: list[GazetteerMatch[Payload]] = []
        index, count = 0, len(tokens)
        children = self._root.children
        while index < count:
            if tokens[index].text not in children:
                index += 1
                continue
            entry = self._longest_at(text, tokens, index)
            if entry is None:
                index += 1
                continue
            last = tokens[index + len(entry.key) - 1]
            matches.append(GazetteerMatch(tokens[index].start, last.end, entry.payload, entry.alias))
            index += len(entry.key)
        return matches

    def _longest_at(self, text: str, tokens: list[Token], index: int) -> _Entry[Payload] | None:
        best: _Entry[Payload] | None = None
        node = self._root
        for position in range(index, len(tokens)):
            node = node.children.get(tokens[position].text)  # type: ignore[assignment]
            if node is None:
                break
            window = tokens[index : position + 1]
            for entry in node.entries:
                if _cases_ok(text, window, entry.rules) and _contiguous(text, window, "," in entry.alias):
                    best = entry
                    break
        return best


_BREAK_RE = re.compile(r"[.;:!?\n()\[\]|«»\"]")
_BREAK_OR_COMMA_RE = re.compile(r"[.;:!?\n()\[\]|«»\",]")


def _contiguous(text: str, window: list[Token], commas_allowed: bool) -> bool:
    """A name does not run across a sentence end, a bracket or (unless it has one) a comma: "Fès, Meknès" is
    two cities, not the region Fès-Meknès."""
    breaks = _BREAK_RE if commas_allowed else _BREAK_OR_COMMA_RE
    return not any(breaks.search(text, a.end, b.start) for a, b in itertools.pairwise(window))


def _cases_ok(text: str, window: list[Token], rules: tuple[str, ...]) -> bool:
    for token, rule in zip(window, rules, strict=True):
        written = text[token.start : token.end]
        if rule == "upper" and not written.isupper():
            return False
        if rule == "capital" and not written[:1].isupper():
            return False
    return True
