"""bench/labelled_sums.py: which profile each labelled set is scored under, and no sealed set among them."""

from __future__ import annotations

from pathlib import Path

from bench.labelled_sums import labelled_sets, profile_of, sums


def test_each_set_is_scored_under_the_profile_its_name_gives():
    assert profile_of(Path("train21_aps_c.jsonl")) == "aps"
    assert profile_of(Path("train_vic_1.jsonl")) == "vic"
    assert profile_of(Path("tas.jsonl")) == "tas"
    assert profile_of(Path("dev7.jsonl")) == "dibp"
    assert profile_of(Path("train33_qld_j.jsonl")) == "qld"


def test_no_blind_or_ato_set_is_ever_scored():
    names = [p.name for p in labelled_sets()]
    assert names and not [n for n in names if n.startswith(("blind", "ato"))]


def test_sums_count_each_category_of_each_post(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "a", "text": "x", "labels": ["uniform"]}\n{"id": "b", "text": "y", "labels": []}\n', encoding="utf-8")
    table = sums([path], {str(path): {"a": [], "b": ["uniform", "work_email"]}})
    assert table["uniform"] == [0, 1, 1]
    assert table["work_email"] == [0, 1, 0]
    assert table["department_identifier"] == [0, 0, 0]
