"""auditor.config.profile: the five built-ins, merging a custom file into one, precise validation errors.

The `auditor profile` commands are tested in tests/cli/commands/test_profile.py.
"""

from __future__ import annotations

import pytest

from auditor.config import ProfileError, builtin_names, load_profile
from auditor.models import Category
from auditor.rules.base import Example
from auditor.rules.registry import get_rule

TEXT_CATEGORIES = [
    Category.DEPARTMENT_IDENTIFIER,
    Category.WORK_EMAIL,
    Category.WORK_CONTACT,
    Category.UNIFORM,
    Category.LOCATION_MENTION,
    Category.OPERATIONAL_DETAIL,
    Category.COLLEAGUE_EXPOSURE,
    Category.OFFICIAL_COMMENT,
    Category.ACCOUNT_REGISTRATION,
]
# each profile's own name for itself, and the document its clauses must cite
OWN = {
    "dibp": ("Australian Border Force", "DIBP I&G"),
    "aps": ("Services Australia", "DHS Social Media Policy"),
    "qld": ("Queensland Corrective Services", "CCC"),
    "vic": ("Corrections Victoria", "VPSC"),
    "tas": ("Tasmania Prison Service", "Integrity Commission"),
}


def test_profiles_five_builtins_listed():
    assert builtin_names() == sorted(OWN)


@pytest.mark.parametrize("name", sorted(OWN))
def test_profiles_cite_their_own_policy_for_every_category(name):
    prof = load_profile(name)
    for cat in TEXT_CATEGORIES:
        assert OWN[name][1] in prof.policy(cat), f"{name}: {cat} cites {prof.policy(cat)!r}"


@pytest.mark.parametrize("name", sorted(OWN))
def test_profiles_recognise_their_own_organisation_only(name):
    prof = load_profile(name)
    rule = get_rule("DEP101")
    assert list(rule.check(Example(f"Proud to work at {OWN[name][0]}", True).item(), prof))
    # the two Commonwealth profiles are APS agencies both: each names the other's agency too
    others = [OWN[o][0] for o in OWN if o != name and {name, o} != {"dibp", "aps"}]
    for other in others:
        hits = list(rule.check(Example(f"Proud to work at {other}", True).item(), prof))
        assert not hits, f"{name} fires on {other}: {hits}"


def test_profiles_custom_file_extends_dibp_and_merges_lists(tmp_path):
    f = tmp_path / "team.toml"
    f.write_text('[profile]\nname = "team"\n[places]\nwork_sites = ["Pinkenba depot"]\n', encoding="utf-8")
    prof = load_profile(str(f))
    assert prof.name == "team"
    assert "Pinkenba depot" in prof.terms("places", "work_sites")
    assert "Sydney Airport" in prof.terms("places", "work_sites")  # inherited from dibp
    assert "Australian Border Force" in prof.terms("organisation", "names")


def test_profiles_replace_key_replaces_inherited_list(tmp_path):
    f = tmp_path / "team.toml"
    f.write_text('[places]\nreplace_work_sites = ["Only Here"]\n', encoding="utf-8")
    assert load_profile(str(f)).terms("places", "work_sites") == ["Only Here"]


def test_profiles_onboarding_checks_merge_and_replace(tmp_path):
    assert load_profile("qld").terms("onboarding", "checks") == ["work-email-accounts", "public-geotags", "unfixed-high"]
    assert "unfixed-critical" in load_profile("dibp").terms("onboarding", "checks")
    f = tmp_path / "team.toml"
    f.write_text('[onboarding]\nreplace_checks = ["unfixed-critical"]\n', encoding="utf-8")
    assert load_profile(str(f)).terms("onboarding", "checks") == ["unfixed-critical"]
    f.write_text('[onboarding]\nchecks = "unfixed-high"\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="onboarding.checks must be a list of strings"):
        load_profile(str(f))


@pytest.mark.parametrize(
    "body,message",
    [
        ('[organisaton]\nnames = ["X"]\n', "unknown section [organisaton] (did you mean 'organisation'?)"),
        ('[organisation]\nnmes = ["X"]\n', "unknown key organisation.nmes (did you mean 'names'?)"),
        ('[organisation]\nnames = "X"\n', "organisation.names must be a list of strings"),
        ('[organisation]\nnames = [""]\n', "organisation.names[0] is empty"),
        ('[[sites]]\nname = "HQ"\nlat = "x"\nlon = 1\n', "sites[0] (HQ) lat and lon must be numbers"),
        ('[policy]\ngeotags = "x"\n', "policy.geotags is not a finding category (did you mean 'geotag'?)"),
        ("[profile\n", "invalid TOML"),
    ],
)
def test_profiles_validation_errors_are_precise(tmp_path, body, message):
    f = tmp_path / "bad.toml"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(ProfileError) as exc:
        load_profile(str(f))
    assert message in str(exc.value)
