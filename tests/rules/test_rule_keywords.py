"""A rule's documented keywords must appear in each of its positive examples.

Term lists live in the profiles; rules that list keywords promise a cheap word check would not
hide their own examples (gitleaks once shipped a rule whose keyword prefilter hid real hits).
"""

from __future__ import annotations

import pytest

from auditor.rules.registry import all_rules

CASES = [(r, ex) for r in all_rules() if r.keywords for ex in r.examples if ex.match and ex.text]


@pytest.mark.parametrize("rule,example", CASES, ids=[f"{r.code}-{i}" for i, (r, _e) in enumerate(CASES)])
def test_rule_keywords_cover_positive_examples(rule, example):
    text = example.text.lower()
    assert any(k.lower() in text for k in rule.keywords), f"{rule.code}: no keyword in {example.text!r}"
