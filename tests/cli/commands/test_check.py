"""`auditor check`: a draft in, findings and a plain verdict out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from auditor.cli.app import app
from auditor.cli.commands.check import check_draft, fast_main, verdict
from tests.support.cli import run_cli

runner = CliRunner()


def test_check_clean_draft_says_ok_to_post():
    res = runner.invoke(app, ["check", "Beach day with the kids, best weekend"])
    assert res.exit_code == 0
    assert res.output.strip().endswith("OK to post")


def test_check_risky_draft_says_reconsider_with_reasons():
    res = runner.invoke(app, ["check", "First day in my ABF uniform at Sydney Airport!"])
    assert res.exit_code == 1
    last = res.output.strip().splitlines()[-1]
    assert last.startswith("Reconsider:")
    assert "identifies your employer" in last and "work site" in last and "uniform" in last
    assert "why:" in res.output and "policy: DIBP" in res.output


def test_check_reads_stdin_when_no_text():
    res = runner.invoke(app, ["check"], input="ring my desk on 02 6264 1111 ext 4432\n")
    assert res.exit_code == 1
    assert "CON201" in res.output


def test_check_reads_stdin_for_a_dash():
    res = runner.invoke(app, ["check", "-"], input="ring my desk on 02 6264 1111 ext 4432\n")
    assert res.exit_code == 1
    assert "CON201" in res.output


def test_check_json_format_has_verdict_and_findings():
    res = runner.invoke(app, ["check", "--format", "json", "email me at j.lee@abf.gov.au"])
    assert res.exit_code == 1
    doc = json.loads(res.output)
    assert doc["verdict"] == "reconsider" and doc["schema_version"] == 1
    codes = {f["code"] for f in doc["findings"]}
    assert {"CON101", "DEP101"} <= codes
    assert all(f["why"] for f in doc["findings"])


def test_check_profile_changes_what_fires():
    assert check_draft("Ten years at Centrelink this week", "aps")
    assert not [f for f in check_draft("Ten years at Centrelink this week", "dibp") if f.category == "department_identifier"]


def test_check_unknown_profile_exits_2():
    res = runner.invoke(app, ["check", "--profile", "nope", "hello"])
    assert res.exit_code == 2


def test_check_private_message_lowers_severity():
    public = check_draft("my work mobile is 0428 113 907")
    private = check_draft("my work mobile is 0428 113 907", private=True)
    assert public[0].severity.rank > private[0].severity.rank


def test_check_verdict_plain_wording():
    assert verdict([]) == "OK to post"
    assert verdict(check_draft("Detained a bloke with 3 fake passports today")).startswith("Reconsider: it discusses operational")


def test_check_fast_path_falls_back_on_help_and_unknown_options(capsys):
    assert fast_main(["--help"]) is None
    assert fast_main(["--bogus", "x"]) is None
    assert fast_main(["Lovely sunset"]) == 0
    assert capsys.readouterr().out.strip() == "OK to post"


def test_check_command_line_fast_path_in_subprocess():
    proc = subprocess.run(
        [sys.executable, "-m", "auditor", "check", "--format", "json", "Another early start at Sydney Airport"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["findings"][0]["code"] == "LOC102"


def test_check_empty_draft_is_a_usage_error():
    p = run_cli("check", input="  \n")
    assert p.returncode == 2 and "empty" in p.stderr and len(p.stderr.strip().splitlines()) == 1


def test_check_json_shows_the_draft_the_same_way_in_every_field():
    # the owner's view: a phone number is never masked in `evidence` and printed in `message`
    res = runner.invoke(app, ["check", "--format", "json", "Call my work mobile on 0412 345 678 about the roster"])
    doc = json.loads(res.output)
    phone = [f for f in doc["findings"] if f["category"] == "work_contact"]
    assert phone, doc
    for f in phone:
        assert f["evidence"] == "0412 345 678" and "0412 345 678" in f["message"]
        assert "*" not in f["evidence"] + f["message"] + f["why"]


def test_check_whole_command_on_an_everyday_draft_loads_no_rules_and_no_numpy():
    """The command as a person runs it (verdict, rewrite step included), not only `check_draft`."""
    code = (
        "import sys; from auditor.cli import main; "
        "code = main(['check', 'Made pancakes with the kids this morning, so good']); "
        "print(code, sorted(m for m in ('auditor.rules.registry', 'auditor.rewrite', 'numpy', 'typer', 'rich') if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert proc.stdout.splitlines()[-1] == "0 []", proc.stdout


def test_check_everyday_draft_is_cleared_without_loading_the_rules():
    """The first stage answers an everyday draft on a built-in profile: no rule family, no numpy."""
    code = (
        "import sys; from auditor.cli.commands.check import check_draft; "
        "print(check_draft('Made pancakes with the kids this morning, so good')); "
        "print(sorted(m for m in ('auditor.rules.registry', 'auditor.rules.learned', 'numpy', 'auditor.engine') if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert proc.stdout.splitlines() == ["[]", "[]"]
    # a draft the stage cannot clear still goes to the rules, and a profile file always does
    assert check_draft("Ten years with Border Force today")
    ato = Path(__file__).resolve().parents[2] / "eval" / "profiles" / "ato.toml"
    assert check_draft("Made pancakes with the kids", str(ato)) == []


def test_check_low_findings_are_notes_and_ok_to_post():
    res = runner.invoke(app, ["check", "Great run along the river in Brisbane"])
    assert res.exit_code == 0, res.output
    last = res.output.strip().splitlines()[-1]
    assert last.startswith("OK to post") and "LOC101" in last and "note" in last
    assert "policy:" not in res.output  # a note cites no clause (issue 16: it cited the work-location one)
    res = runner.invoke(app, ["check", "--format", "json", "Great run along the river in Brisbane"])
    doc = json.loads(res.output)
    assert res.exit_code == 0 and doc["verdict"] == "ok" and [f["code"] for f in doc["findings"]] == ["LOC101"]


def test_check_medium_finding_still_reconsider():
    res = runner.invoke(app, ["check", "Night shift at the airport again"])
    assert res.exit_code == 1, res.output
    assert res.output.strip().splitlines()[-1].startswith("Reconsider:")


def test_check_proposes_a_safer_wording_before_the_verdict():
    res = runner.invoke(app, ["check", "Congrats Superintendent Hollis!! Best boss I had at Melbourne Airport"])
    lines = res.output.strip().splitlines()
    assert res.exit_code == 1 and lines[-1].startswith("Reconsider:")
    assert lines[-2] == "Safer wording: Congrats!! Best boss I had at Melbourne"


def test_check_json_has_a_rewrite_that_passes_or_null():
    res = runner.invoke(app, ["check", "-f", "json", "-p", "qld", "Proud to be a Queensland Police Service officer"])
    doc = json.loads(res.output)
    assert doc["rewrite"]["passes"] is True and "public service" in doc["rewrite"]["text"]
    assert "Queensland Police" not in doc["rewrite"]["text"]
    clean = json.loads(runner.invoke(app, ["check", "-f", "json", "Beach day with the kids"]).output)
    assert clean["rewrite"] is None


def test_check_runs_numpys_blas_on_one_thread_unless_the_user_chose(monkeypatch, capsys):
    from auditor.cli.commands.check import run_check

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    assert run_check("Made pancakes with the kids this morning, so good") == 0
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"  # set before numpy is first imported
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    assert run_check("Made pancakes with the kids this morning, so good") == 0
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"  # the user's own setting wins
    capsys.readouterr()
