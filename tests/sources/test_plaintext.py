"""Readers shared by the plain-UTF-8 sources: dates written in UTC, CSV and JSON, HTML fragments."""

from __future__ import annotations

from datetime import UTC, datetime

from auditor.sources.plaintext import html_to_text, load_json, parse_utc, read_csv
from auditor.tree import InputTree


def test_plaintext_parse_utc_reads_every_written_form():
    want = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert parse_utc("2024-01-02 03:04:05 UTC") == want
    assert parse_utc("2024-01-02T03:04:05Z") == want
    assert parse_utc("2024-01-02T13:04:05+10:00") == want
    assert parse_utc("not a date") is None and parse_utc(None) is None


def test_plaintext_html_to_text_keeps_visible_text_only():
    text = html_to_text("<p>Shift at <b>Gate 3</b> &amp; done</p><p>next<br>line</p>")
    assert "Shift at Gate 3 & done" in text
    assert "<" not in text and "next\nline" in text


def test_plaintext_reads_csv_rows_and_json(tmp_path):
    (tmp_path / "p.csv").write_text('\ufeffid,body\r\n1,"two\nlines"\r\n', encoding="utf-8")
    (tmp_path / "a.json").write_text('{"k": [1]}', encoding="utf-8")
    entries = {e.name: e for e in InputTree.build([str(tmp_path)]).entries}
    header, rows = read_csv(entries["p.csv"])
    assert header == ["id", "body"] and rows == [{"id": "1", "body": "two\nlines"}]
    assert load_json(entries["a.json"]) == {"k": [1]}
