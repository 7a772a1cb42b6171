"""`auditor report`, `baseline`, `diff` and the scan options that go with them, through the CLI."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import synth
from auditor.cli.app import app
from tests.support.sample_result import sample_result

runner = CliRunner()


def _photos(root: Path, n: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"IMG_{i:04d}.jpg").write_bytes(synth.photo(-33.95 - i * 0.01, 151.13 + i * 0.01, datetime(2025, 4, 1 + i, 9)))
    return root


def _run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture()
def saved(tmp_path: Path) -> Path:
    p = tmp_path / "result.json"
    p.write_text(json.dumps(sample_result()), encoding="utf-8")
    return p


@pytest.mark.parametrize("fmt", ["html", "markdown", "csv", "terminal", "json"])
def test_report_rerenders_a_saved_result(saved: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    r = _run("report", str(saved), "--format", fmt, "-o", str(out))
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    assert "jo.citizen@dept.example.gov.au" in text  # the owner's view by default
    assert "ACC101" in text
    assert f"Wrote {out}" in " ".join(r.output.split())  # says what it wrote, at the end
    shared = tmp_path / f"shared.{fmt}"
    assert _run("report", str(saved), "--format", fmt, "--redact", "-o", str(shared)).exit_code == 0
    assert "jo.citizen@dept.example.gov.au" not in shared.read_text(encoding="utf-8")


def test_report_show_evidence_and_coarse(saved: Path) -> None:
    # --show-evidence is kept for old scripts: the owner's view already shows it
    r = _run("report", str(saved), "-f", "markdown", "--show-evidence", "--coarse")
    assert r.exit_code == 0
    assert "jo.citizen@dept.example.gov.au" in r.output
    assert "-33.95, 151.14" in r.output and "-33.952389" not in r.output


def test_report_rejects_a_file_that_is_not_a_result(tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text("{}")
    r = _run("report", str(bad))
    assert r.exit_code == 2 and "not an auditor result" in r.output
    r = _run("report", str(tmp_path / "missing.json"))
    assert r.exit_code == 2 and "no such file" in r.output


def test_baseline_then_scan_hides_accepted_findings(tmp_path: Path) -> None:
    photos = _photos(tmp_path / "camera", 2)
    result = tmp_path / "r.json"
    assert _run("scan", str(photos), "-f", "json", "-o", str(result), "-q").exit_code == 0
    n = len(json.loads(result.read_text())["findings"])
    assert n >= 2
    base = tmp_path / "base.json"
    assert _run("baseline", str(result), "-o", str(base)).exit_code == 0
    text = base.read_text()
    assert "IMG_" not in text and "2025" not in text and "-33.9" not in text  # fingerprints only
    again = tmp_path / "r2.json"
    assert _run("scan", str(photos), "-f", "json", "-o", str(again), "-q", "--baseline", str(base)).exit_code == 0
    data = json.loads(again.read_text())
    assert data["findings"] == []
    assert any("accepted in the baseline" in n for n in data["notices"])
    # a new photo is still reported
    _photos(tmp_path / "camera", 3)
    md = _run("scan", str(photos), "-f", "markdown", "-q", "--baseline", str(base))
    assert "IMG_0002.jpg" in md.output and "IMG_0000.jpg" not in md.output


def test_diff_shows_fixed_and_new(tmp_path: Path) -> None:
    photos = _photos(tmp_path / "camera", 2)
    old = tmp_path / "old.json"
    _run("scan", str(photos), "-f", "json", "-o", str(old), "-q")
    (photos / "IMG_0000.jpg").unlink()
    (photos / "IMG_0005.jpg").write_bytes(synth.photo(-34.0, 151.0, datetime(2025, 5, 1, 9)))
    new = tmp_path / "new.json"
    _run("scan", str(photos), "-f", "json", "-o", str(new), "-q")
    r = _run("diff", str(old), str(new), "-f", "json")
    d = json.loads(r.output)
    assert {f["path"].rsplit("/", 1)[-1] for f in d["fixed"]} == {"IMG_0000.jpg"}
    assert {f["path"].rsplit("/", 1)[-1] for f in d["new"]} == {"IMG_0005.jpg"}
    assert d["unchanged"] >= 1
    assert _run("diff", str(old), str(new), "--fail-on-new").exit_code == 1
    assert _run("diff", str(new), str(new), "--fail-on-new").exit_code == 0
    md = _run("diff", str(old), str(new), "-f", "markdown").output
    assert "1 fixed, 1 new" in md


def test_diff_accepts_a_baseline_as_the_old_side(saved: Path, tmp_path: Path) -> None:
    base = tmp_path / "b.json"
    _run("baseline", str(saved), "-o", str(base))
    r = _run("diff", str(base), str(saved), "-f", "json")
    d = json.loads(r.output)
    assert d["fixed"] == [] and d["new"] == [] and d["unchanged"] == len(sample_result()["findings"])


def test_scan_writes_html_and_csv(tmp_path: Path) -> None:
    photos = _photos(tmp_path / "camera", 1)
    html = tmp_path / "r.html"
    assert _run("scan", str(photos), "-f", "html", "-o", str(html), "-q", "--coarse").exit_code == 0
    page = html.read_text()
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
    assert "Positions are rounded to suburb level" in page
    csv_out = _run("scan", str(photos), "-f", "csv", "-q").output
    assert csv_out.startswith("done,group,severity") and "GEO101" in csv_out


def test_scan_json_carries_the_profile_policy(tmp_path: Path) -> None:
    photos = _photos(tmp_path / "camera", 1)
    out = _run("scan", str(photos), "-f", "json", "-q").output
    data = json.loads(out)
    assert data["policy"]["clauses"]["geotag"] == data["findings"][0]["policy"]
    assert data["schema_version"] == 1


def test_report_says_when_evidence_was_not_saved(saved: Path, tmp_path: Path) -> None:
    redacted = tmp_path / "redacted.json"
    assert _run("report", str(saved), "-f", "json", "--redact", "-o", str(redacted)).exit_code == 0
    r = runner.invoke(app, ["report", str(redacted), "-f", "markdown"])
    assert r.exit_code == 0 and "this result was saved redacted" in r.output
    r = runner.invoke(app, ["report", str(saved), "-f", "markdown"])
    assert "saved redacted" not in r.output


def test_report_unknown_output_extension_is_one_line_exit_2_unless_a_format_is_given(saved: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xyz"
    r = runner.invoke(app, ["report", str(saved), "-o", str(out)])
    assert r.exit_code == 2 and not out.exists()
    assert len(r.output.strip().splitlines()) == 1 and "-f" in r.output
    assert _run("report", str(saved), "-f", "markdown", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Social")


def test_report_checklist_renders_the_whole_checklist_in_the_terminal(saved: Path) -> None:
    short = _run("report", str(saved)).output
    full = _run("report", str(saved), "--checklist").output
    assert "Start here" in short and "Devices and settings" not in short
    assert "Devices and settings" in full and "- [ ]" not in full and "\\" not in full


def test_report_format_follows_the_output_name_by_default(saved: Path, tmp_path: Path) -> None:
    for name, start in (("r.html", "<!DOCTYPE html>"), ("r.csv", "done,group"), ("r.md", "# Social"), ("r.json", "{")):
        out = tmp_path / name
        assert _run("report", str(saved), "-o", str(out)).exit_code == 0
        assert out.read_text(encoding="utf-8").startswith(start), name
    out = tmp_path / "forced.html"
    assert _run("report", str(saved), "-f", "markdown", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Social")
