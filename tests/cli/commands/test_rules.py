"""`auditor rules` and `auditor rule CODE` keep working as rule families grow."""

from __future__ import annotations

from typer.testing import CliRunner

from auditor.cli.app import app
from auditor.rules.registry import all_rules

runner = CliRunner()


def test_rules_lists_every_rule_code():
    res = runner.invoke(app, ["rules"])
    assert res.exit_code == 0
    for r in all_rules():
        assert r.code in res.output
    assert {"CON201", "LOC102", "OPS101", "OPS102", "OPS103", "COL101", "OFC101", "OFC102", "OFC103"} <= {
        r.code for r in all_rules()
    }


def test_rule_explains_one_rule_with_examples():
    res = runner.invoke(app, ["rule", "ops101"])
    assert res.exit_code == 0
    assert "What:" in res.output and "Why:" in res.output and "Fix:" in res.output
    assert "flags" in res.output and "ok" in res.output


def test_rule_unknown_code_exits_2():
    assert runner.invoke(app, ["rule", "XYZ999"]).exit_code == 2


def test_rule_names_the_model_behind_a_learned_rule_only():
    from auditor.rules.learned import load_model

    res = runner.invoke(app, ["rule", "OFC104"])
    assert res.exit_code == 0
    model, net = load_model("dibp"), load_model("textnet")
    assert f"trained on {model['trained_on']:,}" in res.output and f"trained on {net['meta']['trained_on']:,}" in res.output
    assert f"fires at a mean of {net['meta']['ensemble']['thresholds']['official_comment']:.2f}" in res.output
    assert "Model:" not in runner.invoke(app, ["rule", "OPS101"]).output
