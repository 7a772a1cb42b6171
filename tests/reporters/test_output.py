"""Every format renders whatever a saved result holds, even one edited by hand."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from auditor.reporters import terminal
from auditor.reporters.output import render_text
from auditor.reporters.prepare import prepare
from tests.support.sample_result import sample_result


def _odd() -> dict:
    data = sample_result()
    data["findings"] += [
        {"fingerprint": "odd1"},
        {"fingerprint": "odd2", "severity": "catastrophic", "category": "geotag", "location": {"lat": "x", "lon": 1}},
        {"fingerprint": "odd3", "location": {"lat": 95.0, "lon": 10.0}, "timestamp": 12, "url": 5, "evidence": None},
        {"fingerprint": "odd4", "location": [1, 2], "message": None, "path": None, "platform": None},
    ]
    data["errors"].append({})
    return data


@pytest.mark.parametrize("fmt", ["html", "markdown", "csv", "json"])
def test_output_survives_odd_findings(fmt: str) -> None:
    text = render_text(fmt, prepare(_odd()))
    assert "odd2" in text or fmt == "markdown"


def test_output_terminal_survives_odd_findings() -> None:
    buf = io.StringIO()
    terminal.render(prepare(_odd()), Console(file=buf, width=100))
    assert "Top findings" in buf.getvalue()


def test_output_unknown_format_is_an_error() -> None:
    with pytest.raises(ValueError):
        render_text("pdf", prepare(sample_result()))
