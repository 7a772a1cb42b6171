"""`auditor scan`: `--fail-on` exit codes, usage errors as one line and exit 2, custom profiles,
the Markdown checklist and the terminal summary when piped.

Runs the command line in process through `auditor.cli.main(argv)`; two tests start the real
`python -m auditor` so the module entry point (and its exit code) stays covered. The JSON the
command writes is checked field by field in tests/test_contract.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from datetime import datetime

import pytest
from typer.testing import CliRunner

from auditor import synth
from auditor.cli.app import app
from tests.conftest import SAMPLE
from tests.support.cli import run_cli


def run(*args, input=None):
    return run_cli(*args, input=input)


def run_process(*args, input=None):
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, input=input, timeout=300)


def test_scan_fail_on_exit_codes():
    assert run_process("scan", str(SAMPLE), "--format", "json", "--fail-on", "high").returncode == 1
    assert run("scan", str(SAMPLE), "--format", "json").returncode == 0


def test_scan_fail_on_passes_when_nothing_at_threshold(tmp_path):
    from auditor.synth.media import photo

    (tmp_path / "notes.txt").write_text("nothing here")
    (tmp_path / "plain.jpg").write_bytes(photo())  # a photo without a position: recognised, clean
    assert run("scan", str(tmp_path), "--fail-on", "low", "-q").returncode == 0


@pytest.mark.parametrize("what", ["empty", "pdf", "binary"])
def test_scan_nothing_recognised_says_so_in_one_line_and_exits_2(tmp_path, what):
    """An empty folder, a PDF or random bytes is not an all-clear: one line, exit 2 (issue 14)."""
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    if what == "pdf":
        (folder / "report.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
    elif what == "binary":
        (folder / "blob").write_bytes(os.urandom(4096))
    r = run("scan", str(folder), "-q")
    assert r.returncode == 2
    n = len(list(folder.iterdir()))
    assert r.stderr.strip().splitlines() == [
        f"auditor: error: nothing to audit in {folder}: no export or photo recognised among {n} files"
    ]
    assert "No exposures found" not in r.stdout


def test_scan_summary_counts_files_of_each_kind():
    r = run("scan", str(SAMPLE), "-q")
    line = next(ln for ln in r.stdout.splitlines() if ln.startswith("Files:"))
    assert "read as export data" in line and "photos/videos" in line


def test_scan_bad_profile_file_is_exit_2(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[organisation]\nnames = 'not a list'\n")
    p = run("scan", str(SAMPLE), "--profile", str(bad))
    assert p.returncode == 2 and "organisation.names" in p.stderr and "Traceback" not in p.stderr


def test_scan_custom_profile_extends_builtin(tmp_path):
    prof = tmp_path / "team.toml"
    prof.write_text('[profile]\nname = "team"\nextends = "dibp"\n[organisation]\nunits = ["Biscuit Squad"]\n')
    d = tmp_path / "x"
    d.mkdir()
    (d / "data").mkdir()

    synth.twitter_archive(
        d,
        [synth.tweet("1", "Biscuit Squad reunion at the Australian Border Force club", datetime(2025, 1, 1))],
        account={"username": "u"},
    )
    report = json.loads(run("scan", str(d), "--profile", str(prof), "--format", "json").stdout)
    assert report["profile"] == "team"
    terms = {f["evidence"] for f in report["findings"] if f["category"] == "department_identifier"}
    assert len(terms) == 2  # the team's unit and the built-in name


def test_scan_markdown_checklist(tmp_path):
    p = run("scan", str(SAMPLE), "--format", "markdown")
    assert p.returncode == 0
    assert p.stdout.startswith("# ")
    assert "- [ ]" in p.stdout and "DIBP I&G" in p.stdout


def test_scan_terminal_summary_when_piped():
    p = run_process("scan", str(SAMPLE))
    assert p.returncode == 0
    assert "category" in p.stdout and "Geotag" in p.stdout and "Start here" in p.stdout
    assert "- [ ]" not in p.stdout and "\\*" not in p.stdout  # no raw Markdown; the checklist only on request
    assert len(p.stdout.splitlines()) < 120
    assert "\x1b[" not in p.stdout  # no colour codes when piped


@pytest.mark.parametrize(
    "args,needle",
    [
        (["scan", "/no/such/path"], "no such file"),
        (["scan", ".", "--profile", "nonexistent"], "unknown profile"),
        (["scan", ".", "--profile", "missing.toml"], "not found"),
        (["scan", ".", "--format", "xml"], "Invalid value"),
        (["scan"], "Missing argument"),
    ],
)
def test_scan_bad_input_is_one_line_exit_2(args, needle):
    p = run(*args)
    assert p.returncode == 2
    assert needle in p.stderr
    assert "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1


def test_scan_fail_on_high_is_the_onboarding_gate(tmp_path):
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "holiday.jpg").write_bytes(synth.photo(taken=datetime(2025, 5, 1, 9, 0)))
    leaky = tmp_path / "leaky"
    leaky.mkdir()
    (leaky / "IMG_1.jpg").write_bytes(synth.photo(-27.39421, 153.06112, datetime(2025, 5, 1, 21, 0)))
    runner = CliRunner()
    assert runner.invoke(app, ["scan", str(clean), "--fail-on", "high", "-q", "-f", "json"]).exit_code == 0
    assert runner.invoke(app, ["scan", str(leaky), "--fail-on", "high", "-q", "-f", "json"]).exit_code == 1
    assert runner.invoke(app, ["scan", str(leaky), "-q", "-f", "json"]).exit_code == 0
    assert runner.invoke(app, ["scan", str(tmp_path / "missing"), "--fail-on", "high"]).exit_code == 2


def test_scan_output_says_what_it_wrote_and_refuses_an_unknown_extension(tmp_path):
    photos = SAMPLE / "camera_roll"
    html = tmp_path / "report.html"
    p = run("scan", str(photos), "-o", str(html))
    assert p.returncode == 0 and html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "Start here" in p.stdout and p.stdout.rstrip().splitlines()[-1].startswith(f"Wrote {html} (HTML report")
    odd = tmp_path / "x.xyz"
    p = run("scan", str(photos), "-o", str(odd))
    assert p.returncode == 2 and not odd.exists()
    assert len(p.stderr.strip().splitlines()) == 1 and "-f" in p.stderr
    p = run("scan", str(photos), "-f", "markdown", "-o", str(odd))
    assert p.returncode == 0 and odd.read_text(encoding="utf-8").startswith("# ")


def test_scan_redact_masks_the_colleagues_in_every_written_format(tmp_path):
    for name in ("r.html", "r.md", "r.csv", "r.json"):
        out = tmp_path / name
        assert run("scan", str(SAMPLE), "--redact", "-o", str(out)).returncode == 0
        text = out.read_text(encoding="utf-8")
        assert "Brennick" not in text and "quillfeather@" not in text, name


def test_scan_verbose_lists_every_unreadable_file_and_the_time(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jpg").write_bytes(b"\xff\xd8\xff\xe1garbage")
    (tmp_path / "in" / "b.jpg").write_bytes(synth.photo(-35.0, 149.0, datetime(2025, 5, 1, 9)))
    r = run_cli("-v", "scan", str(tmp_path / "in"), "-q", "-o", str(tmp_path / "r.md"))
    assert "could not read a.jpg" in r.stderr and "scanned in" in r.stderr
    quiet = run_cli("scan", str(tmp_path / "in"), "-q", "-o", str(tmp_path / "r2.md"))
    assert "could not read" not in quiet.stderr


def test_scan_uses_the_default_baseline_in_the_current_folder(tmp_path, monkeypatch):
    """issue 16: `.auditor-baseline.json`, which `baseline` writes by default, was not read by the next scan."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "b.jpg").write_bytes(synth.photo(-35.0, 149.0, datetime(2025, 5, 1, 9)))
    monkeypatch.chdir(tmp_path)
    assert run_cli("scan", "in", "-q", "-f", "json", "-o", "r.json").returncode == 0
    assert run_cli("baseline", "r.json").returncode == 0  # writes .auditor-baseline.json here
    again = run_cli("scan", "in", "-q", "-f", "json", "-o", "r2.json")
    assert "using the baseline .auditor-baseline.json" in again.stderr
    assert json.loads((tmp_path / "r2.json").read_text())["findings"] == []
    everything = run_cli("scan", "in", "-q", "-f", "json", "-o", "r3.json", "--no-baseline")
    assert "using the baseline" not in everything.stderr
    assert json.loads((tmp_path / "r3.json").read_text())["findings"]


def test_scan_output_naming_an_input_is_refused_and_the_input_kept(tmp_path, capsys):
    from auditor.cli import main  # lazy: matches the end-to-end style of this file

    data = tmp_path / "in"
    data.mkdir()
    note = data / "note.txt"
    note.write_text("I work at the Department of Home Affairs")
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("note.txt", "hello")
    before = (note.read_bytes(), archive.read_bytes())
    for inputs, out in (([str(data)], note), ([str(archive)], archive), ([str(data)], data / "report.json")):
        assert main(["scan", *inputs, "-f", "json", "-o", str(out), "-q"]) == 2
        assert "inside the input" in capsys.readouterr().err
    assert (note.read_bytes(), archive.read_bytes()) == before
    assert not (data / "report.json").exists()


# ---- the fast path: the same options as typer's, the same values, typer for everything else ----


def _typer_scan():
    from typer.main import get_command

    from auditor.cli.app import build

    return get_command(build(("scan",))).commands["scan"]


def _plain(value):
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return getattr(value, "value", value)  # an enum member as its string


def test_scan_fast_parser_declares_exactly_the_options_typer_declares():
    from auditor.cli.commands.scan import fast_parser

    typer_opts = {p.name: set(p.opts) | set(p.secondary_opts) for p in _typer_scan().params if p.name != "help"}
    fast_opts: dict[str, set[str]] = {}
    defaults = {}
    for action in fast_parser()._actions:
        fast_opts.setdefault(action.dest, set()).update(action.option_strings or [action.dest])
        defaults.setdefault(action.dest, action.default)
    typer_opts["paths"] = {"paths"}
    assert fast_opts == typer_opts
    for p in _typer_scan().params:
        if p.name != "help" and p.name != "paths":
            assert defaults[p.name] == _plain(p.default), p.name


@pytest.mark.parametrize(
    "argv",
    [
        ["in"],
        ["a", "b.zip", "-q"],
        ["-p", "aps", "in", "-f", "json", "-o", "r.json"],
        ["in", "--fail-on", "high", "--redact", "--coarse"],
        ["in", "--workers", "3", "--no-baseline", "--baseline", "b.json"],
        ["in", "--ocr"],
        ["in", "--ocr", "--no-ocr"],
        ["in", "--full", "--show-evidence"],
        ["in", "--checklist", "-qf", "csv"],
        ["--format=html", "in", "--output=-", "--profile=team.toml"],
    ],
)
def test_scan_fast_parser_reads_a_command_line_as_typer_does(argv):
    from auditor.cli.commands.scan import fast_args

    ctx = _typer_scan().make_context("scan", list(argv))
    assert fast_args(argv) == {k: _plain(v) for k, v in ctx.params.items()}


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--help"],
        ["in", "-h"],
        ["in", "--workers", "0"],
        ["in", "--workers", "two"],
        ["in", "-f", "pdf"],
        ["in", "--fail-on", "severe"],
        ["in", "--no-such-option"],
        ["in", "--prof", "aps"],  # click takes no abbreviations
        ["--", "-odd-name"],
        ["in", "-o"],
    ],
)
def test_scan_fast_parser_leaves_help_and_every_usage_error_to_typer(argv, capsys):
    from auditor.cli.commands.scan import fast_args

    assert fast_args(argv) is None
    assert capsys.readouterr() == ("", "")  # it says nothing: typer will


def test_scan_fast_path_runs_without_typer_and_exits_as_typer_would(tmp_path):
    (tmp_path / "empty").mkdir()
    code = (
        "import sys; from auditor.cli import main; rc = main(['scan', sys.argv[1], '-q']);"
        "print(rc, sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'pydantic', 'rich', 'click')))"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "empty")], capture_output=True, text=True, timeout=120)
    assert proc.stdout.strip() == "2 []"
    assert proc.stderr.startswith("auditor: error: nothing to audit in ")
