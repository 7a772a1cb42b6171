"""`auditor strip`: refuses an output folder inside the input (exit 2), `--dry-run --json` writes
nothing, and one line per file with exit 1 when a file needs manual attention. The copies themselves
are tested in tests/fixers/test_strip.py."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from auditor import synth
from auditor.cli.app import app


def test_strip_refuses_output_inside_input(tmp_path):
    (tmp_path / "p.jpg").write_bytes(synth.photo(-35.2, 149.1))
    result = CliRunner().invoke(app, ["strip", str(tmp_path), "--out", str(tmp_path / "clean")])
    assert result.exit_code == 2
    assert not (tmp_path / "clean").exists()


def test_strip_dry_run_writes_nothing(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "p.jpg").write_bytes(synth.photo(-35.2, 149.1))
    (tmp_path / "in" / "clean.jpg").write_bytes(synth.photo())
    result = CliRunner().invoke(app, ["strip", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--dry-run", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["counts"] == {"clean": 1, "stripped": 1}
    assert not (tmp_path / "out").exists()


def test_strip_cli_lines_and_exit_code_for_manual(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "p.jpg").write_bytes(synth.photo(-35.2, 149.1))
    (tmp_path / "in" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00MM\x00*\x00\x00\x00\x08")
    result = CliRunner().invoke(app, ["strip", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "stripped  p.jpg" in result.output and "broken.jpg" in result.output
    assert (tmp_path / "out" / "p.jpg").exists() and not (tmp_path / "out" / "broken.jpg").exists()


def test_strip_cli_refuses_a_non_empty_output_without_force(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "p.jpg").write_bytes(synth.photo(-35.2, 149.1))
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("mine")
    args = ["strip", str(tmp_path / "in"), "--out", str(tmp_path / "out")]
    refused = CliRunner().invoke(app, args)
    assert refused.exit_code == 2 and "--force" in refused.output
    assert not (tmp_path / "out" / "p.jpg").exists()
    assert CliRunner().invoke(app, [*args, "--force"]).exit_code == 0
    assert (tmp_path / "out" / "p.jpg").exists() and (tmp_path / "out" / "keep.txt").read_text() == "mine"
