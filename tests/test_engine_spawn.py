"""A whole scan with worker processes started by `spawn` (Windows has no fork; macOS should not
fork a process with threads) gives the same result as with `fork`.

The thresholds that keep small scans in one process are lowered, so both the media readers and
the rules really run in pools of two workers here.
"""

from __future__ import annotations

import json

import pytest

from auditor import streaming
from auditor.engine import ScanOptions, scan
from auditor.media import batch
from auditor.rules.registry import load_profile
from tests.conftest import SAMPLE


def _scan(method: str, used: list[str]) -> dict:
    result = scan([str(SAMPLE)], load_profile("dibp"), ScanOptions(workers=2, start_method=method))
    assert used and set(used) == {method}, used
    used.clear()
    return result.to_dict(show_evidence=True)


def test_engine_spawn_scan_equals_fork_scan(monkeypatch) -> None:
    used: list[str] = []
    for module in (streaming, batch):
        real = module.mp_context
        monkeypatch.setattr(module, "mp_context", lambda m=None, real=real: (used.append(m), real(m))[1])
    monkeypatch.setattr(streaming, "PARALLEL_RULES_MIN", 1)
    monkeypatch.setattr(streaming, "RULE_CHUNK", 50)
    monkeypatch.setattr(batch, "PARALLEL_MIN", 4)
    monkeypatch.setattr(batch, "POOL_WORTH_S", 0.0)
    spawned = _scan("spawn", used)
    forked = _scan("fork", used)
    assert spawned["findings"], "the sample must have findings to compare"
    assert json.dumps(spawned, sort_keys=True) == json.dumps(forked, sort_keys=True)


def test_engine_spawn_unknown_start_method_is_refused(monkeypatch) -> None:
    monkeypatch.setattr(batch, "PARALLEL_MIN", 1)
    monkeypatch.setattr(batch, "POOL_WORTH_S", 0.0)
    with pytest.raises(ValueError, match="unknown process start method"):
        scan([str(SAMPLE / "camera_roll")], load_profile("dibp"), ScanOptions(workers=2, start_method="thread"))
