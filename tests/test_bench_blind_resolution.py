"""bench/blind_resolution.py: the expected number of cells at target for a given true precision and recall."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from tests.support.bench import load_bench


def _set(path: Path, labels: list[list[str]]) -> Path:
    path.write_text("".join(json.dumps({"id": f"x{i}", "text": "t", "labels": ls}) + "\n" for i, ls in enumerate(labels)))
    return path


def test_supports_counts_posts_per_category(tmp_path: Path) -> None:
    br = load_bench("blind_resolution")
    path = _set(tmp_path / "b.jsonl", [["uniform"], ["uniform", "work_email"], []])
    cells = {c: n for _s, c, n in br.supports([path])}
    assert cells["uniform"] == 2 and cells["work_email"] == 1 and cells["operational_detail"] == 0
    assert len(cells) == 8


def test_a_perfect_system_brings_every_cell_to_target_and_a_weak_one_none() -> None:
    br = load_bench("blind_resolution")
    rng = np.random.default_rng(0)
    assert br.at_target(1.0, 1.0, 14, 0.85, rng, 1000) == 1.0
    assert br.at_target(0.5, 0.5, 14, 0.85, rng, 1000) < 0.01
    # at a true recall equal to the target, a small cell passes about half the time or less
    assert 0.2 < br.at_target(1.0, 0.85, 14, 0.85, rng, 4000) < 0.8
    assert br.at_target(1.0, 1.0, 0, 0.85, rng, 10) == 1.0  # no positives: nothing to miss


def test_reader_pr_against_the_writer(tmp_path: Path) -> None:
    br = load_bench("blind_resolution")
    writer = _set(tmp_path / "w.jsonl", [["uniform"], ["uniform"], []])
    reader = tmp_path / "r.jsonl"
    reader.write_text(
        "".join(json.dumps({"id": f"x{i}", "labels": ls}) + "\n" for i, ls in enumerate([["uniform"], [], ["uniform"]]))
    )
    pr = br.reader_pr([writer], [reader])
    assert pr["uniform"] == (0.5, 0.5) and pr["work_email"] == (1.0, 1.0)
