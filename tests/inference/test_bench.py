"""A small run of the inference benchmark: accuracy on generated personas stays high."""

from __future__ import annotations

import importlib.util

import pytest

from .routines import REPO


@pytest.mark.slow  # a benchmark at test size: run by the second step of .ci/run
def test_bench_small_run_finds_homes_and_workplaces_and_no_sparse_claims():
    spec = importlib.util.spec_from_file_location("bench_inference", REPO / "bench" / "bench_inference.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    stats = bench.run(personas=30, seed=5)
    every = stats["all"]
    assert every["personas"] == 30
    assert every["home_hit"] >= 27 and every["work_hit"] >= 27
    assert every["false_home"] + every["false_work"] + every["false_routine"] <= 2
    assert stats["sparse"]["sets"] == 30 and stats["sparse"]["claims"] == 0
