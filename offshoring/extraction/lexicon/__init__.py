"""The lexicon of the figure rules: French and English word lists (fr.py, en.py) compiled in one place.

`words("approx.about")` is the alternation of a category's entries in both languages (an article in one language
quotes the other often enough, and the folded text has no accents to tell them apart); `pattern(...)` compiles
it. Every rule module builds its regular expressions from here, so a new word is one line of data.
"""

from __future__ import annotations

import re
from functools import cache

from . import en, fr

LANGUAGES = {"fr": fr.WORDS, "en": en.WORDS}


def entries(category: str) -> tuple[str, ...]:
    """The category's entries, French first; an unknown category is a programming error."""
    found = [entry for words in LANGUAGES.values() for entry in words.get(category, ())]
    if not found:
        raise KeyError(f"no lexicon category {category!r}")
    return tuple(found)


@cache
def words(*categories: str) -> str:
    """One non-capturing alternation of the categories' entries, longest first (so "centres d'appels" is tried
    before "centres")."""
    alternatives = sorted({entry for category in categories for entry in entries(category)}, key=len, reverse=True)
    return "(?:" + "|".join(alternatives) + ")"


@cache
def pattern(*categories: str, before: str = "", after: str = "") -> re.Pattern[str]:
    """The categories' alternation compiled, between optional pattern text (e.g. "^" and r"\\b")."""
    return re.compile(before + words(*categories) + after)


def categories() -> list[str]:
    return sorted({name for words_ in LANGUAGES.values() for name in words_})
