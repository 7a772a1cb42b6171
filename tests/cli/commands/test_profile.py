"""`auditor profile check` and `auditor profile show`: errors and warnings a user can act on, copyable TOML."""

from __future__ import annotations

from typer.testing import CliRunner

from auditor.cli.app import app
from auditor.config import load_profile

runner = CliRunner()


def test_profile_check_command_ok_and_error(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text('[places]\nwork_sites = ["Pinkenba depot"]\n', encoding="utf-8")
    res = runner.invoke(app, ["profile", "check", str(good)])
    assert res.exit_code == 0, res.output
    assert "active rules (" in res.output and res.output.strip().endswith("OK")
    bad = tmp_path / "bad.toml"
    bad.write_text('[uniform]\nterm = ["x"]\n', encoding="utf-8")
    res = runner.invoke(app, ["profile", "check", str(bad)])
    assert res.exit_code == 2
    assert "uniform.term" in res.output and "did you mean 'terms'" in res.output


def test_profile_check_warns_when_a_rule_goes_blind(tmp_path):
    f = tmp_path / "blind.toml"
    f.write_text('[profile]\nextends = "_base"\nname = "blind"\n', encoding="utf-8")
    res = runner.invoke(app, ["profile", "check", str(f)])
    assert res.exit_code == 0
    assert "warning: organisation.names is empty" in res.output


def test_profile_show_prints_copyable_toml(tmp_path):
    res = runner.invoke(app, ["profile", "show", "aps"])
    assert res.exit_code == 0
    copy = tmp_path / "copy.toml"
    copy.write_text(res.output, encoding="utf-8")
    assert load_profile(str(copy)).name == "aps"
    assert runner.invoke(app, ["profile", "show", "nope"]).exit_code == 2
