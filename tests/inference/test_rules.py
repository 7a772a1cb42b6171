"""The pattern-of-life rules (POL101-POL104): metadata for the finding builder, examples run the real inference."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.inference.findings import CODES
from auditor.inference.pipeline import infer
from auditor.inference.rules import BY_CODE, COMPANIONS, RULES, RoutineExample
from auditor.rules.registry import all_rules


def test_pol_rules_cover_every_inference_kind_and_are_registered():
    assert set(BY_CODE) == set(CODES.values()) == {r.code for r in RULES}
    registered = {r.code: r for r in all_rules()}
    assert all(registered[code] is rule for code, rule in BY_CODE.items())
    assert all(not r.needs_text for r in RULES)


def test_pol_rules_are_silent_on_an_ordinary_item():
    item = RoutineExample("x", True).item()
    item.extra = {k: v for k, v in item.extra.items() if k != COMPANIONS}
    assert all(not list(r.check(item, load_profile("dibp"))) for r in RULES)


def test_pol_findings_carry_the_rule_metadata():
    item = RoutineExample("six weeks of office hours", True).item()
    found = infer([item, *item.extra[COMPANIONS]], load_profile("dibp"))
    assert found
    for f in found:
        assert f.name == BY_CODE[f.code].name
        assert f.remediation.startswith(BY_CODE[f.code].remediation)


def test_pol_rules_skip_single_items_at_once():
    from auditor.inference.rules import COMPANIONS, RULES
    from auditor.models import Item, ItemKind, Platform, Position

    point = Item(Platform.GOOGLE, ItemKind.LOCATION_RECORD, "r.json", position=Position(-33.9, 151.1))
    assert not any(r.applies(point) for r in RULES)  # a scan runs them through inference, never per item
    point.extra[COMPANIONS] = []
    assert all(r.applies(point) for r in RULES)
