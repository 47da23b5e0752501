"""Confidence of a figure = the measured precision of the rule that read it, on the annotated corpus, smoothed:
(true positives + 1) / (true positives + false positives + 2). Stored as data (data/rule_precision.json) and
recomputed by `manage.py calibrate_rules --write`; a rule never measured gets 0.5, so reviewers see it first."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

PRECISION_FILE = Path(__file__).resolve().parent / "data" / "rule_precision.json"


def smoothed(true_positives: int, false_positives: int) -> float:
    return round((true_positives + 1) / (true_positives + false_positives + 2), 3)


@cache
def _table() -> dict[str, dict]:
    return json.loads(PRECISION_FILE.read_text(encoding="utf-8"))


def rule_confidence(rule: str) -> float:
    entry = _table().get(rule)
    return float(entry["confidence"]) if entry else smoothed(0, 0)
