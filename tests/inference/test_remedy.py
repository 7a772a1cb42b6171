"""Remediation lists the fewest items whose removal breaks each inference; fingerprints are stable."""

from __future__ import annotations

import random

import pytest

from auditor.geo.distance import distance_m
from auditor.inference.pipeline import infer

from .routines import GYM, kinds, persona


def _without(items, refs):  # type: ignore[no-untyped-def]
    drop = {(r["path"], r["item_id"], r.get("local_time")) for r in refs}
    from auditor.inference.timezones import local_time

    return [it for it in items if (it.path, it.item_id, local_time(it).isoformat()) not in drop]


@pytest.mark.parametrize("kind,mode", [("home", "photos"), ("workplace", "photos"), ("routine", "history")])
def test_remove_first_items_break_the_inference(dibp, kind, mode):
    p = persona(weeks=5, gym=GYM, rate=0.2, seed=3, mode=mode, every_min=60)
    fs = infer(p.items, dibp)
    (target,) = [f for f in kinds(fs, kind)][:1]
    refs = target.extra["remove_first"]
    assert 0 < target.extra["remove_first_count"] == len(refs) < target.extra["supporting_count"]  # under the list cap
    assert str(len(refs)) in target.remediation and (refs[0]["item_id"] or refs[0]["path"]) in target.remediation
    after = infer(_without(p.items, refs), dibp)
    loc = target.location
    assert not any(distance_m(f.location.lat, f.location.lon, loc.lat, loc.lon) < 250 for f in kinds(after, kind))


def test_remove_first_is_smaller_than_removing_everything(dibp):
    p = persona(weeks=8, rate=0.3, seed=8)
    (home,) = kinds(infer(p.items, dibp), "home")
    assert home.extra["remove_first_count"] < home.extra["supporting_count"]
    # removing one item fewer than listed keeps the home detectable
    refs = home.extra["remove_first"]
    after = infer(_without(p.items, refs[1:]), dibp)
    assert kinds(after, "home")


def test_fingerprints_stable_across_rescans_and_item_order(dibp):
    p = persona(weeks=6, gym=GYM, seed=6)
    first = sorted(f.fingerprint for f in infer(p.items, dibp))
    shuffled = list(p.items)
    random.Random(1).shuffle(shuffled)
    assert sorted(f.fingerprint for f in infer(shuffled, dibp)) == first
    assert len(set(first)) == len(first)
