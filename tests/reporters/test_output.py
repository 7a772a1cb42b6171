"""Every format renders whatever a saved result holds, even one edited by hand."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from auditor.reporters.output import FORMATS, RenderOptions, infer_format, render, show
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
    text = render(_odd(), fmt, RenderOptions())
    assert "odd2" in text or fmt == "markdown"


def test_output_terminal_survives_odd_findings() -> None:
    buf = io.StringIO()
    show(_odd(), Console(file=buf, width=100), RenderOptions())
    assert "Top findings" in buf.getvalue()


def test_output_unknown_format_is_an_error() -> None:
    with pytest.raises(ValueError):
        render(sample_result(), "pdf", RenderOptions())


def test_output_terminal_as_text_is_the_markdown_checklist() -> None:
    assert render(sample_result(), "terminal") == render(sample_result(), "markdown")
    assert set(FORMATS) == {"terminal", "json", "markdown", "html", "csv"}


def test_output_every_format_is_prepared() -> None:
    # no format shows evidence unless asked: the JSON too goes through prepare()
    data = sample_result()
    data["findings"][0]["evidence"] = "Australian Border Force"
    for fmt in FORMATS:
        assert "Australian Border Force" not in render(data, fmt), fmt
    assert "Australian Border Force" in render(data, "json", RenderOptions(show_evidence=True))


@pytest.mark.parametrize(
    "fmt,output,want",
    [
        ("terminal", "r.html", "html"),
        ("terminal", "r.CSV", "csv"),
        ("terminal", "r.md", "markdown"),
        ("terminal", "r.txt", "terminal"),
        ("terminal", "-", "terminal"),
        ("terminal", None, "terminal"),
        ("json", "r.html", "json"),
    ],
)
def test_output_format_follows_the_file_name_only_by_default(fmt, output, want) -> None:
    assert infer_format(fmt, output) == want
