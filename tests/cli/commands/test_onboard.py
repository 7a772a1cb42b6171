"""`auditor onboard`: printable Markdown, the not-a-terminal fallback, the interactive walk-through
with a summary and exit 1 while items are open, and the gate (the clean persona passes, the
sample fails with reasons, an empty scan fails, the record and its self-attested answers)."""

from __future__ import annotations

import hashlib
import re

from typer.testing import CliRunner

from auditor import __version__
from auditor.cli import main
from auditor.cli.app import app
from auditor.demo.clean import build_clean_persona
from auditor.teams import gate
from auditor.teams.onboard import CHECKLIST
from tests.conftest import SAMPLE


def test_onboard_print_lists_every_item_with_a_box_and_the_gate():
    res = CliRunner().invoke(app, ["onboard", "--print"])
    assert res.exit_code == 0
    for c in CHECKLIST:
        assert f"- [ ] **{c.title}** (`{c.id}`)" in res.output
    assert "auditor onboard EXPORTS" in res.output
    assert "DIBP I&G s2" in res.output  # policy clauses from the profile


def test_onboard_not_a_terminal_prints_instead_of_asking():
    res = CliRunner().invoke(app, ["onboard"], input="")
    assert res.exit_code == 0
    assert res.output.startswith("# Security onboarding")
    assert "Done?" not in res.output


def test_onboard_interactive_all_yes_exits_0(tmp_path):
    out = tmp_path / "done.md"
    res = CliRunner().invoke(app, ["onboard", "--interactive", "-o", str(out)], input="y\n" * len(CHECKLIST))
    assert res.exit_code == 0, res.output
    assert f"{len(CHECKLIST)} of {len(CHECKLIST)} done" in res.output
    assert "- [ ]" not in out.read_text()


def test_onboard_interactive_lists_open_items_and_exits_1(tmp_path):
    answers = ["y"] * len(CHECKLIST)
    answers[0] = "n"  # camera still geotags
    out = tmp_path / "checklist.md"
    res = CliRunner().invoke(app, ["onboard", "--interactive", "-o", str(out)], input="\n".join(answers) + "\n")
    assert res.exit_code == 1
    assert f"{len(CHECKLIST) - 1} of {len(CHECKLIST)} done" in res.output
    assert CHECKLIST[0].id in res.output.split("done.")[-1]
    md = out.read_text()
    assert f"- [ ] **{CHECKLIST[0].title}**" in md
    assert f"- [x] **{CHECKLIST[1].title}**" in md


# ---- the gate: a scan report checked against the profile's onboarding rules -------------------


def test_onboard_gate_passes_the_clean_persona_and_writes_the_record(tmp_path):
    persona = tmp_path / "persona"
    build_clean_persona(persona)
    record = tmp_path / "onboard.md"
    res = CliRunner().invoke(app, ["onboard", str(persona), "--name", "Riley Fernsby", "-p", "qld", "-o", str(record)])
    assert res.exit_code == 0, res.output
    assert "Onboarding gate: PASS (qld)" in res.output
    text = record.read_text()
    assert "Name (as given): Riley Fernsby" in text and f"auditor {__version__}" in text
    assert re.search(r"Date: \d{4}-\d{2}-\d{2}", text) and "Profile: qld" in text
    assert re.search(r"SHA-256 [0-9a-f]{64}", text) and "Result: PASS" in text
    assert "not asked" in text  # the device questions were not answered, and the record says so


def test_onboard_gate_fails_the_sample_with_reasons(tmp_path):
    scan = tmp_path / "scan.json"
    assert main(["scan", str(SAMPLE), "--format", "json", "-o", str(scan)]) in (0, 1)
    record = tmp_path / "onboard.md"
    res = CliRunner().invoke(app, ["onboard", "--report", str(scan), "--name", "Morgan Q", "-o", str(record)])
    assert res.exit_code == 1
    out = res.output
    assert "FAIL  No account is registered with a work email address" in out
    assert "FAIL  No geotag on public posts" in out and "FAIL  No critical or high finding" in out
    assert "ACC101" in out and "Why: DIBP I&G s2" in out
    assert "Onboarding gate: FAIL (dibp)" in out
    text = record.read_text()
    assert hashlib.sha256(scan.read_bytes()).hexdigest() in text and "Result: FAIL" in text
    # every finding accepted in a baseline: nothing left to fail
    res = CliRunner().invoke(app, ["onboard", "-r", str(scan), "--name", "Morgan Q", "-b", str(scan), "-o", str(record)])
    assert res.exit_code == 0, res.output


def test_onboard_gate_fails_a_scan_that_recognised_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("nothing here")
    res = CliRunner().invoke(app, ["onboard", str(tmp_path / "empty"), "--name", "A", "-o", str(tmp_path / "r.md")])
    assert res.exit_code == 1
    assert "recognised no export" in res.output


def test_onboard_gate_self_attested_answers_are_recorded_as_such(tmp_path):
    persona = tmp_path / "persona"
    build_clean_persona(persona)
    record = tmp_path / "onboard.md"
    n = len(gate.self_attested())
    args = ["onboard", str(persona), "--name", "Riley", "--interactive", "-o", str(record)]
    res = CliRunner().invoke(app, args, input="y\n" * n)
    assert res.exit_code == 0, res.output
    assert record.read_text().count("): self-attested") == n
    res = CliRunner().invoke(app, args, input="y\n" * (n - 1) + "n\n")
    assert res.exit_code == 1 and "(self-attested)" in res.output


def test_onboard_gate_usage_errors_exit_2(tmp_path):
    assert CliRunner().invoke(app, ["onboard", "--report", str(tmp_path / "none.json"), "--name", "A"]).exit_code == 2
    res = CliRunner().invoke(app, ["onboard", "--report", str(tmp_path / "none.json")])
    assert res.exit_code == 2 and "--name" in res.output
