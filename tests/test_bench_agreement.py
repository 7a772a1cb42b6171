"""bench/agreement.py: readers' labels against the writer's, and its refusal of the blind sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.bench import load_bench


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_compare_counts_against_the_first_as_right() -> None:
    ag = load_bench("agreement")
    truth = {"a": {"operational_detail"}, "b": set(), "c": {"operational_detail"}}
    other = {"a": {"operational_detail"}, "b": {"operational_detail"}, "c": set()}
    assert ag.compare(truth, other, "operational_detail") == (1, 1, 1)
    assert ag.cell((1, 1, 1)) == "0.50/0.50 F0.50"


def test_agreement_table_of_two_readers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ag = load_bench("agreement")
    posts = [
        {
            "id": "x1",
            "text": "Night shift at the cargo shed again",
            "platform": "facebook",
            "kind": "post",
            "labels": ["operational_detail"],
        },
        {"id": "x2", "text": "lovely walk at the beach", "platform": "facebook", "kind": "post", "labels": []},
    ]
    writer = _write(tmp_path / "train99_vic_z.jsonl", posts)
    a = _write(tmp_path / "relabel_a.jsonl", [{"id": "x1", "labels": ["operational_detail"]}, {"id": "x2", "labels": []}])
    b = _write(tmp_path / "relabel_b.jsonl", [{"id": "x1", "labels": []}, {"id": "x2", "labels": []}])
    assert ag.main([str(writer), "--readers", str(a), str(b), "--no-rules"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("operational_detail"))
    assert row.split()[1:] == ["1.00/1.00", "F1.00", "1.00/0.00", "F0.00", "1.00/0.00", "F0.00"]


def test_agreement_refuses_blind_sets_and_short_readers(tmp_path: Path) -> None:
    ag = load_bench("agreement")
    with pytest.raises(SystemExit, match="blind"):
        ag.main(["tests/eval/blind13_dibp.jsonl", "--readers", "x.jsonl"])
    writer = _write(
        tmp_path / "train99_vic_z.jsonl", [{"id": "x1", "text": "hi", "platform": "facebook", "kind": "post", "labels": []}]
    )
    short = _write(tmp_path / "relabel_a.jsonl", [])
    with pytest.raises(SystemExit, match="miss posts"):
        ag.main([str(writer), "--readers", str(short), "--no-rules"])
