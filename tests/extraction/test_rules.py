"""Every named rule's example sentences, read by the whole pipeline: each gives what its rule says (Duckling's
corpus idea: the examples are the rule's documentation and its test)."""

import datetime as dt
import json
from decimal import Decimal

import pytest

from offshoring.extraction import extract
from offshoring.extraction.confidence import PRECISION_FILE
from offshoring.extraction.rules import RULES

PUBLISHED = dt.date(2020, 3, 10)
CASES = [(rule, example) for rule in RULES for example in rule.examples]


def test_every_rule_has_a_unique_id_and_at_least_one_example():
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert all(rule.examples for rule in RULES), [rule.id for rule in RULES if not rule.examples]


@pytest.mark.parametrize(("rule", "example"), CASES, ids=[f"{r.id}:{e.text[:40]}" for r, e in CASES])
def test_the_rule_reads_its_example(rule, example):
    found = extract(example.text, publication_date=PUBLISHED).metrics
    readings = [(m.rule, m.indicator, m.value) for m in found]
    if example.indicator is None:  # a veto: the figure is no metric
        assert all(m.value != Decimal(str(example.value)) for m in found), readings
    else:
        assert (rule.id, example.indicator, Decimal(str(example.value))) in readings, readings


def test_every_metric_names_its_rule_and_the_rule_s_measured_confidence():
    text = "Le secteur des centres d'appels emploie 45 000 personnes. Il recrute 2 000 agents par an."
    table = json.loads(PRECISION_FILE.read_text(encoding="utf-8"))
    for metric in extract(text, publication_date=PUBLISHED).metrics:
        assert metric.rule in {rule.id for rule in RULES}
        assert metric.confidence == table.get(metric.rule, {"confidence": 0.5})["confidence"]
