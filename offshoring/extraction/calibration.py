"""Measures each rule's precision on annotated sets: the confidence its figures carry (see confidence.py)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from .confidence import smoothed
from .pipeline import extract
from .rules import RULES
from .scoring import Totals, score_article


def score_directories(directories: Iterable[Path]) -> Totals:
    """Every gold file (NAME.json beside its article) of the directories, scored into one total."""
    totals = Totals()
    for directory in directories:
        for gold_path in sorted(directory.glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            article = directory / gold["file"]
            predicted = extract(article.read_bytes(), filename=article.name).as_contract(article.name)
            score_article(gold, predicted, totals)
    return totals


def rule_precision(totals: Totals) -> dict[str, dict]:
    """For every rule of the table (measured or not): its true and false positives and smoothed precision."""
    table = {}
    for rule in RULES:
        if rule.produces == "nothing":
            continue  # a veto reads no figure
        tp, fp = totals.rules.get(rule.id, (0, 0))
        table[rule.id] = {"tp": tp, "fp": fp, "confidence": smoothed(tp, fp)}
    return table
