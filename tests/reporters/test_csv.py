"""The CSV checklist: one row per line, parseable, and no formula can come from an export."""

from __future__ import annotations

import csv
import io

from auditor.reporters.checklist import build
from auditor.reporters.csv import COLUMNS, cell, render
from auditor.reporters.prepare import prepare
from tests.support.sample_result import sample_result


def test_csv_has_a_row_per_checklist_line() -> None:
    data = prepare(sample_result(), show_evidence=True)
    rows = list(csv.DictReader(io.StringIO(render(data))))
    assert len(rows) == sum(len(s.lines) for s in build(data))
    assert list(rows[0]) == COLUMNS
    geo = next(r for r in rows if r["id"] == "fp00000000000000000000000000geo1")
    assert geo["lat"] == "-33.9523889" and geo["platform"] == "Photo folder"


def test_csv_neutralises_formulas() -> None:
    data = prepare(sample_result(), show_evidence=True)
    rows = list(csv.reader(io.StringIO(render(data))))
    for row in rows[1:]:
        for col, value in zip(COLUMNS, row, strict=True):
            if col not in ("lat", "lon"):
                assert not value.startswith(("=", "+", "-", "@")), (col, value)
    assert cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and cell("-1") == "'-1" and cell("ok") == "ok"
