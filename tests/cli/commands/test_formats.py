"""`auditor formats`: built from what each source declares, every platform listed."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from auditor.cli.app import app
from auditor.cli.commands.formats import describe, render_text
from auditor.models import Platform
from auditor.sources import all_sources


def test_formats_lists_every_platform_and_every_declared_file() -> None:
    result = CliRunner().invoke(app, ["formats"])
    assert result.exit_code == 0, result.output
    for plat in Platform:
        assert f"\n{plat}:" in "\n" + result.output
    for source in all_sources():
        for f in getattr(source, "FORMATS", ()):
            assert f["files"] in result.output
        assert getattr(source, "POSITIONS", "") in result.output


def test_formats_json_marks_supported_platforms() -> None:
    result = CliRunner().invoke(app, ["formats", "--json"])
    data = {p["platform"]: p for p in json.loads(result.output)}
    registered = {str(s.platform) for s in all_sources()}
    assert {p for p, d in data.items() if d["supported"]} == registered | {"photos"}
    strava = data["strava"]["sources"][0]
    assert any("activities.csv" in f["files"] for f in strava["formats"])
    assert "start" in strava["positions"]


def test_formats_tolerates_a_source_that_declares_nothing(monkeypatch) -> None:
    class Bare:
        platform = Platform.TIKTOK
        name = "TikTok export"

    import auditor.sources as sources

    real = sources.all_sources
    monkeypatch.setattr(sources, "all_sources", lambda: [*real(), Bare()])
    text = render_text(describe())
    assert "tiktok: TikTok export\n  files: not declared by this source\n  positions: not declared by this source" in text


def test_formats_accepts_tuple_and_string_declarations(monkeypatch) -> None:
    class Tupled:
        platform = Platform.LINKEDIN
        name = "LinkedIn export"
        FORMATS = (("Positions.csv", "2020+", "employer, title"), "Profile.csv")
        POSITIONS = "none"

    import auditor.sources as sources

    real = sources.all_sources
    monkeypatch.setattr(sources, "all_sources", lambda: [*real(), Tupled()])
    text = render_text(describe())
    assert "  - Positions.csv\n      generations: 2020+\n      reads: employer, title\n  - Profile.csv\n  positions: none" in text


def test_formats_every_source_declares_its_files_and_positions():
    from auditor.sources import all_sources

    for source in all_sources():
        assert getattr(source, "FORMATS", None), f"{source.name} declares no FORMATS"
        assert getattr(source, "POSITIONS", None), f"{source.name} declares no POSITIONS"


def test_formats_lists_what_every_source_knowingly_skips() -> None:
    """Every source declares what it recognises and does not read, with why (issue 14)."""
    result = CliRunner().invoke(app, ["formats"])
    assert result.exit_code == 0, result.output
    for source in all_sources():
        skips = getattr(source, "SKIPS", ())
        assert skips, f"{source.name} declares no SKIPS"
        for files, why in skips:
            assert f"  - {files}: {why}" in result.output
    data = {p["platform"]: p for p in describe()}
    assert any("assets/" in s["files"] for s in data["twitter"]["sources"][0]["skips"])


def test_formats_linkedin_skips_come_from_the_readers_own_pattern() -> None:
    from auditor.sources.linkedin import LinkedInSource, known_skipped

    (files, _why), *_ = LinkedInSource().SKIPS
    for name in files.split(", "):
        assert known_skipped(name), name
