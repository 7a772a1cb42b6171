"""The rule registry: one list of rules for the engine and for the profile check."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from auditor import config
from auditor.cli.app import app
from auditor.config import ProfileError
from auditor.models import GROUPS
from auditor.rules.registry import active_rule_codes, active_rules, all_rules, check_profile, get_rule, load_profile

runner = CliRunner()


def test_registry_codes_are_unique_and_sorted():
    codes = [r.code for r in all_rules()]
    assert codes == sorted(set(codes))
    assert {"POL101", "POL102", "POL103", "POL104"} <= set(codes)  # the inference rules are listed too


def test_registry_get_rule_by_code_or_name():
    assert get_rule("dep101") is get_rule("department-identified") is get_rule("DEP101")
    assert get_rule("NOPE999") is None


def test_registry_active_rules_leave_out_disabled_ones(tmp_path):
    f = tmp_path / "quiet.toml"
    f.write_text('[rules]\ndisable = ["GEO101", "post-geotagged"]\n', encoding="utf-8")
    prof = load_profile(str(f))
    codes = [r.code for r in active_rules(prof)]
    assert "GEO101" not in codes and "GEO102" not in codes and "DEP101" in codes
    assert active_rule_codes(prof) == codes


def test_registry_unknown_rule_code_is_refused(tmp_path):
    f = tmp_path / "bad.toml"
    f.write_text('[rules]\ndisable = ["GEO999"]\n', encoding="utf-8")
    with pytest.raises(ProfileError) as exc:
        load_profile(str(f))
    assert "rules.disable: unknown rule 'GEO999'" in str(exc.value)
    # the shape-only loader of auditor.config does not know the rules
    assert config.load_profile(str(f)).terms("rules", "disable") == ["GEO999"]
    with pytest.raises(ProfileError, match="unknown rule 'GEO999'"):
        check_profile(config.load_profile(str(f)), str(f))


def test_profiles_no_active_rules_is_refused(tmp_path):
    codes = ", ".join(f'"{r.code}"' for r in all_rules())
    f = tmp_path / "off.toml"
    f.write_text(f"[rules]\ndisable = [{codes}]\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="disables every rule"):
        load_profile(str(f))
    res = runner.invoke(app, ["profile", "check", str(f)])
    assert res.exit_code == 2
    assert "disables every rule" in res.output
    res = runner.invoke(app, ["scan", str(tmp_path), "--profile", str(f)])
    assert res.exit_code == 2
    assert "disables every rule" in res.output


def test_registry_every_rule_names_a_known_checklist_group():
    assert {r.code: r.group for r in all_rules() if r.group not in GROUPS} == {}
