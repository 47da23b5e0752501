"""The per-article time budget: checked between stages and sentences, ending in a clear error."""

import itertools

import pytest

from offshoring.extraction import extract
from offshoring.extraction.budget import Deadline, TooLong
from offshoring.extraction.cleaning import sentences
from offshoring.extraction.events import EventContext, extract_events
from offshoring.extraction.gazetteer import fold


def ticking_clock(step: float = 1.0):
    """A clock that advances by `step` seconds each time it is read: the budget is then a number of checks."""
    ticks = itertools.count()
    return lambda: next(ticks) * step


def test_no_budget_never_expires():
    deadline = Deadline(None, clock=ticking_clock(1e9))
    for _ in range(1000):
        deadline.check()
    assert deadline.checks == 1000


def test_the_budget_expires_after_its_seconds():
    deadline = Deadline(3, clock=ticking_clock())  # made at t=0, ends at t=3
    deadline.check()  # t=1
    deadline.check()  # t=2
    with pytest.raises(TooLong, match=r"^too long: the article took more than 3 s to parse$"):
        deadline.check()  # t=3


def test_an_article_over_its_budget_fails_with_no_partial_result(seed_text):
    result = extract(seed_text("004"), time_budget=0)
    assert result.error == "too long: the article took more than 0 s to parse"
    assert result.metrics == [] and result.organisations == [] and result.events == []
    assert result.as_contract("x.txt")["error"] == result.error


def test_an_article_within_its_budget_is_read_in_full(seed_text):
    assert extract(seed_text("004"), time_budget=3600) == extract(seed_text("004"))


def test_the_events_stage_asks_before_each_sentence():
    text = "La 3e édition du salon se tient à Agadir. " * 50
    spans = sentences(text, [(0, len(text))])
    assert len(spans) == 50

    def context(budget: float) -> EventContext:
        return EventContext(text, fold(text), spans, [], [], None, deadline=Deadline(budget, clock=ticking_clock()))

    with pytest.raises(TooLong):
        extract_events(context(40))  # 40 checks allowed, 50 sentences
    assert extract_events(context(60))
