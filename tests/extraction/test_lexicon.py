"""The lexicon is data the rules compile: every entry matches folded text and compiles on its own."""

import re

import pytest

from offshoring.extraction import lexicon
from offshoring.extraction.gazetteer import fold

CATEGORIES = lexicon.categories()


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_entry_compiles_and_is_written_folded(category):
    for entry in lexicon.entries(category):
        re.compile(entry)
        assert fold(entry) == entry, entry  # patterns run on folded text: lowercase, no accents


def test_both_languages_share_the_categories_the_rules_read():
    for category in ("approx.more_than", "approx.about", "noun.jobs", "kind.intent_verb", "scope.worldwide"):
        assert lexicon.LANGUAGES["fr"][category] and lexicon.LANGUAGES["en"][category]


def test_longer_entries_are_tried_first():
    assert lexicon.pattern("noun.sites", before="^").match("centres d'appels").group() == "centres d'appels"


def test_an_unknown_category_is_an_error():
    with pytest.raises(KeyError, match="no lexicon category"):
        lexicon.entries("no.such.category")
