"""The labelled evaluation set: its shape, and the precision/recall floor every category must keep."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from auditor.config import load_profile
from auditor.models import ItemKind, Platform

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "tests" / "eval" / "posts.jsonl"
FLOOR = 0.9


def _bench():
    spec = importlib.util.spec_from_file_location("eval_rules", ROOT / "bench" / "eval_rules.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def bench():
    return _bench()


@pytest.fixture(scope="module")
def posts(bench):
    return bench.load_set(EVAL)


@pytest.fixture(scope="module")
def table(bench, posts):
    return bench.score(posts, bench.predict(posts, load_profile("dibp")))


def test_eval_set_is_large_varied_and_half_hard_negatives(posts, bench):
    assert len(posts) >= 300
    ids = [p["id"] for p in posts]
    assert len(ids) == len(set(ids))
    negatives = sum(1 for p in posts if not p["labels"])
    assert 0.4 <= negatives / len(posts) <= 0.6
    platforms = Counter(p["platform"] for p in posts)
    kinds = Counter(p["kind"] for p in posts)
    assert len(platforms) >= 6 and len(kinds) >= 4
    for p in posts:
        Platform(p["platform"])
        ItemKind(p["kind"])
        assert p["text"].strip() and p["note"].strip()
        assert set(p["labels"]) <= set(bench.TEXT_CATEGORIES), p["id"]
    support = Counter(label for p in posts for label in p["labels"])
    for cat in bench.TEXT_CATEGORIES:
        assert support[cat] >= 20, f"{cat} has only {support[cat]} positive posts"


@pytest.mark.parametrize(
    "category",
    [
        "department_identifier",
        "work_email",
        "work_contact",
        "uniform",
        "location_mention",
        "operational_detail",
        "colleague_exposure",
        "official_comment",
    ],
)
def test_eval_category_meets_floor(table, category):
    s = table[category]
    assert s["precision"] >= FLOOR, f"{category} precision {s['precision']:.3f} (fp {s['fp']})"
    assert s["recall"] >= FLOOR, f"{category} recall {s['recall']:.3f} (fn {s['fn']})"


def test_eval_holdout_set_is_well_formed_and_not_worse_than_a_lower_floor(bench):
    holdout = bench.load_set(ROOT / "tests" / "eval" / "holdout.jsonl")
    assert len(holdout) >= 200
    assert not {p["id"] for p in holdout} & {p["id"] for p in bench.load_set(EVAL)}
    assert all(isinstance(json.dumps(p), str) for p in holdout)
    table = bench.score(holdout, bench.predict(holdout, load_profile("dibp")))
    for cat, s in table.items():
        assert s["precision"] >= 0.85 and s["recall"] >= 0.85, f"holdout {cat}: {s}"


def test_eval_aps_sanity_set_is_precise_under_its_profile(bench):
    posts = bench.load_set(ROOT / "tests" / "eval" / "aps.jsonl")
    table = bench.score(posts, bench.predict(posts, load_profile("aps")))
    for cat, s in table.items():
        assert s["precision"] >= 0.85, f"aps {cat}: {s}"
    assert table["department_identifier"]["recall"] >= 0.85
