"""Every format renders whatever a saved result holds, even one edited by hand."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from auditor.reporters.checklist import identifies_you
from auditor.reporters.output import FORMATS, RenderOptions, UnknownSuffixError, infer_format, render, show
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
    assert "Start here" in buf.getvalue()


def test_output_unknown_format_is_an_error() -> None:
    with pytest.raises(ValueError):
        render(sample_result(), "pdf", RenderOptions())


def test_output_terminal_as_text_is_the_markdown_checklist() -> None:
    assert render(sample_result(), "terminal") == render(sample_result(), "markdown")
    assert set(FORMATS) == {"terminal", "json", "markdown", "html", "csv"}


def test_output_every_format_is_prepared() -> None:
    # the owner's view shows evidence; --redact masks it in every format, the JSON too
    data = sample_result()
    data["findings"][0]["evidence"] = "Australian Border Force"
    for fmt in FORMATS:
        assert "Australian Border Force" not in render(data, fmt, RenderOptions(redact=True)), fmt
    assert "Australian Border Force" in render(data, "json")


@pytest.mark.parametrize(
    "fmt,output,want",
    [
        ("terminal", "r.html", "html"),
        ("terminal", "r.CSV", "csv"),
        ("terminal", "r.md", "markdown"),
        ("terminal", "-", "terminal"),
        ("terminal", None, "terminal"),
        ("json", "r.html", "json"),
    ],
)
def test_output_format_follows_the_file_name_only_by_default(fmt, output, want) -> None:
    assert infer_format(fmt, output) == want


@pytest.mark.parametrize("output", ["r.txt", "r.xyz", "report"])
def test_output_unknown_file_extension_is_an_error_unless_the_format_is_given(output) -> None:
    with pytest.raises(UnknownSuffixError, match="-f"):
        infer_format("terminal", output)
    assert infer_format("terminal", output, explicit=True) == "terminal"
    assert infer_format("markdown", output) == "markdown"


def test_output_show_names_the_written_report_last_and_the_full_checklist_on_request() -> None:
    buf = io.StringIO()
    show(sample_result(), Console(file=buf, width=100), written="out/report.html (HTML report)")
    text = buf.getvalue()
    assert text.rstrip().splitlines()[-1] == "Wrote out/report.html (HTML report)"
    assert "Devices and settings" not in text  # the checklist only on request
    buf = io.StringIO()
    show(sample_result(), Console(file=buf, width=100), full=True)
    full = buf.getvalue()
    assert "Devices and settings" in full and "\\*" not in full and "- [ ]" not in full  # rendered, not Markdown


def test_what_identifies_you_is_listed_once_at_the_top_of_each_report():
    ident = {"names": ["Sam Example"], "handles": ["sam_ex"], "emails": ["sam@example.com"]}
    finding = {"code": "LOC101", "name": "place-mentioned", "category": "location_mention", "severity": "low"}
    finding |= {"platform": "twitter", "path": "data/tweets.js", "message": "Post names a place: Brisbane", "fingerprint": "f1"}
    data = {"profile": "dibp", "findings": [finding], "identity": ident}
    line = identifies_you(data)
    assert line == "What identifies you: names Sam Example; handles @sam_ex; emails sam@example.com."
    assert identifies_you({"findings": []}) == "" and identifies_you({"identity": {"names": []}}) == ""
    md = render(data, "markdown")
    assert md.count("What identifies you") == 1 and md.index("What identifies you") < md.index("Brisbane")
    html = render(data, "html")
    assert html.count("What identifies you") == 1 and html.index("What identifies you") < html.index("Brisbane")
    console = Console(record=True, width=200)
    show(data, console)
    term = console.export_text()
    assert term.count("What identifies you") == 1 and "Sam Example" in term


@pytest.mark.parametrize("fmt", ["json", "markdown", "html", "csv", "terminal"])
@pytest.mark.parametrize("redact", [False, True])
def test_render_never_changes_the_result_it_is_given(fmt: str, redact: bool) -> None:
    """prepare() copies only what it changes (no deep copy of a large result): every format and
    view must leave the caller's dict exactly as it was."""
    import copy

    data = sample_result()
    before = copy.deepcopy(data)
    render(data, fmt, RenderOptions(redact=redact, coarse=redact))
    assert data == before
