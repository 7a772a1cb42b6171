"""Rules over many items run on every core and give the same findings as one process."""

from __future__ import annotations

import json

from auditor import engine
from auditor.config import load_profile
from auditor.models import Audience, Item, ItemKind, Platform
from tests.conftest import REPO


def test_check_items_parallel_equals_serial(monkeypatch):
    rows = [json.loads(line) for line in (REPO / "tests/eval/posts.jsonl").open()]
    items = [
        Item(
            platform=Platform.FACEBOOK,
            kind=ItemKind.POST,
            path=f"p{i}",
            item_id=str(i),
            text=rows[i % len(rows)]["text"],
            audience=Audience.PUBLIC,
        )
        for i in range(1200)
    ]
    prof = load_profile("dibp")
    monkeypatch.setattr(engine, "PARALLEL_RULES_MIN", 100)
    monkeypatch.setattr(engine, "RULE_CHUNK", 150)
    seen: list[int] = []
    errors_a: list = []
    errors_b: list = []
    serial = engine.check_items(items, prof, errors_a, 1, lambda stage, n, total: None)
    parallel = engine.check_items(items, prof, errors_b, 2, lambda stage, n, total: seen.append(n))
    assert sorted(f.fingerprint for f in serial) == sorted(f.fingerprint for f in parallel)
    assert len(serial) > 100
    assert sum(seen) == len(items) and len(seen) > 2  # progress advanced chunk by chunk
    assert errors_a == errors_b == []
