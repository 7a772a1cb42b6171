"""auditor.inference.pipeline: `infer(items, profile)` is the finding builder run with the POL
rules, over any iterable of items, and says nothing about no items."""

from __future__ import annotations

from auditor.inference.findings import build
from auditor.inference.pipeline import infer
from auditor.inference.rules import BY_CODE
from tests.inference.routines import AIRPORT, HOME, kinds, persona


def test_inference_infer_is_the_builder_with_the_pol_rules(dibp):
    items = persona(weeks=4).items
    assert [f.fingerprint for f in infer(items, dibp)] == [f.fingerprint for f in build(list(items), dibp, BY_CODE)]


def test_inference_infer_takes_any_iterable(dibp):
    items = persona(weeks=4).items
    assert [f.fingerprint for f in infer(iter(items), dibp)] == [f.fingerprint for f in infer(items, dibp)]


def test_inference_infer_finds_home_and_only_pattern_of_life(dibp):
    found = infer(persona(weeks=4, home=HOME, work=AIRPORT).items, dibp)
    assert kinds(found, "home")
    assert {str(f.category) for f in found} == {"pattern_of_life"}
    assert {f.code for f in found} <= set(BY_CODE)


def test_inference_infer_of_nothing_is_nothing(dibp):
    assert infer([], dibp) == []


def test_collector_keeps_no_item_only_compact_records(dibp):
    import sys

    from auditor.inference.pipeline import Collector

    items = persona(weeks=4, home=HOME, work=AIRPORT).items
    c = Collector(dibp)
    before = [sys.getrefcount(it) for it in items]
    list(map(c.add, items))  # (no loop variable left pointing at the last item)
    assert [sys.getrefcount(it) for it in items] == before  # nothing of the collector points at an item
    assert len(c) == sum(1 for it in items if it.position is not None)
    assert [f.fingerprint for f in c.findings()] == [f.fingerprint for f in infer(items, dibp)]
