"""Every rule's own examples: positives fire, negatives do not (one parametrised test)."""

from __future__ import annotations

import pytest

from auditor.config import load_profile
from auditor.rules.registry import all_rules

CASES = [(r, i, ex) for r in all_rules() for i, ex in enumerate(r.examples)]


def test_every_rule_has_examples_both_ways():
    for r in all_rules():
        assert any(e.match for e in r.examples), f"{r.code} has no positive example"
        assert any(not e.match for e in r.examples), f"{r.code} has no negative example"


@pytest.mark.parametrize("rule,idx,example", CASES, ids=[f"{r.code}-{i}" for r, i, _ in CASES])
def test_rule_example(rule, idx, example):
    profile = load_profile(example.profile)
    item = example.item()
    hits = list(rule.check(item, profile)) if rule.applies(item) else []
    if example.match:
        assert hits, f"{rule.code} should fire on {example.text!r}"
    else:
        assert not hits, f"{rule.code} should not fire on {example.text!r}: {hits}"
