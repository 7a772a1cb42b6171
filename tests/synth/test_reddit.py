"""auditor.synth.reddit: the CSV export parses, with blanks for missing columns."""

from __future__ import annotations

import csv

from auditor.synth.reddit import reddit_export


def test_reddit_export_csvs_parse(tmp_path):
    reddit_export(tmp_path, [{"id": "p1", "title": "Hello"}], [{"id": "c1", "body": "x"}], messages=[], phone="+61400000000")
    with (tmp_path / "posts.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows == [{**dict.fromkeys(rows[0], ""), "id": "p1", "title": "Hello"}]
    assert (tmp_path / "messages.csv").is_file() and (tmp_path / "linked_phone_number.csv").is_file()


def test_reddit_export_old_gildings_columns(tmp_path):
    reddit_export(tmp_path, [], [], old_gildings=True)
    header = (tmp_path / "comments.csv").read_text().splitlines()[0]
    assert "gildings_silver" in header
    assert not (tmp_path / "messages.csv").exists()
