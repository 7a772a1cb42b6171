"""auditor.reporters.remediation: fix steps as data, per platform and kind of item (issue 16)."""

from __future__ import annotations

import json
import re

import pytest

from auditor.models import ACTION_KINDS, Platform
from auditor.reporters.checklist import PROFILES, finding_line, platform_steps
from auditor.reporters.remediation import kind_of, steps_for, table
from tests.conftest import REPO

PLATFORMS = {str(p) for p in Platform} | {"any"}


def test_remediation_every_table_is_complete_and_dated():
    assert table(), "the data file holds no steps"
    for key, entry in table().items():
        platform = key.split(".", 1)[0]
        assert platform in PLATFORMS, key
        assert entry.kind in ACTION_KINDS, key
        assert entry.steps and all(s.strip() for s in entry.steps), key
        assert entry.help, key
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", entry.reviewed), key


def test_remediation_every_kind_has_steps_on_every_platform_through_any():
    for kind in ACTION_KINDS:
        found = steps_for("facebook", kind)
        assert found is not None and found.kind == kind, kind


def test_remediation_every_sample_finding_gets_steps_of_its_own_kind():
    data = json.loads((REPO / "tests" / "golden" / "sample_scan.json").read_text())
    kinds = set()
    for f in data["findings"]:
        assert f["item_kind"] in ACTION_KINDS, f["code"]
        kinds.add(f["item_kind"])
        found = steps_for(f["platform"], kind_of(f, f["group"] == "profiles"), f["category"])
        assert found is not None and found.kind == f["item_kind"], (f["code"], f["platform"], f["item_kind"])
        line = finding_line(f, {}, data)
        assert line.how[-len(found.steps) :] == list(found.steps), f["code"]
    # the sample covers many kinds, so this is not a test of one path
    assert {"post", "message", "profile_field", "location_record", "inference", "account", "photo_file"} <= kinds


@pytest.mark.parametrize(
    "platform,kind,category,forbidden",
    [
        ("facebook", "message", "operational_detail", ("Edit audience", "Remove tag")),  # Messenger
        ("tiktok", "comment", "department_identifier", ("Delete, or Privacy settings",)),  # not the video's steps
        ("linkedin", "connection", "colleague_exposure", ("Remove mention",)),
        ("instagram", "tag_own_post", "colleague_exposure", ("Remove me from post",)),
        ("facebook", "tag_own_post", "colleague_exposure", ("Remove tag, so it no longer appears",)),
        ("whatsapp", "message", "geotag", ("Edit the post", "Edit post")),
        ("snapchat", "memory", "geotag", ("Ghost Mode",)),
    ],
)
def test_remediation_steps_do_not_give_another_kinds_advice(platform, kind, category, forbidden):
    found = steps_for(platform, kind, category)
    assert found is not None and found.kind == kind
    text = " ".join(found.steps)
    for phrase in forbidden:
        assert phrase not in text, (platform, kind, phrase)


def test_remediation_location_steps_switch_location_off_never_on():
    """issue 16: home/workplace steps said "Turn on the camera and location-history settings"."""
    bad = re.compile(r"turn on (the )?(camera|location)|location[- ]history[^.;]*\bon\b(?! your)|timeline[^.;]*: on", re.I)
    for key, entry in table().items():
        for step in entry.steps:
            assert not bad.search(step), (key, step)
    inference = " ".join(steps_for("photos", "inference").steps)
    assert "Turn off location" in inference


def test_remediation_old_results_without_item_kind_fall_back_by_category():
    assert kind_of({"category": "pattern_of_life"}, False) == "inference"
    assert kind_of({"category": "account_registration"}, False) == "account"
    assert kind_of({"category": "department_identifier"}, True) == "profile_field"
    assert kind_of({"category": "geotag", "platform": "photos"}, False) == "photo_file"
    assert kind_of({"category": "uniform", "platform": "facebook"}, False) == "post"
    assert kind_of({"category": "uniform", "item_kind": "comment"}, False) == "comment"


def test_remediation_checklist_uses_the_findings_own_kind():
    f = {"platform": "facebook", "category": "operational_detail", "item_kind": "message", "group": "posts"}
    assert platform_steps(f, "posts") == list(steps_for("facebook", "message").steps)
    g = {"platform": "linkedin", "category": "department_identifier", "item_kind": "profile_field"}
    assert platform_steps(g, PROFILES) == list(steps_for("linkedin", "profile_field").steps)


@pytest.mark.parametrize("name", ["dibp", "aps", "qld", "vic", "tas"])
def test_no_fix_text_suggests_the_profiles_own_organisation(name):
    """A fix that says "generalise the employer, e.g. 'Australian Public Service'" is wrong advice
    under `aps`, whose own organisation is the APS: no step, rule remediation or onboarding hint
    may name an organisation of the profile it is shown under."""
    from auditor.config import load_profile
    from auditor.rules.analysis import entities
    from auditor.rules.registry import active_rules
    from auditor.teams.onboard import CHECKLIST

    profile = load_profile(name)
    texts = [s for st in table().values() for s in st.steps]
    texts += [r.remediation for r in active_rules(profile)]
    texts += [h for c in CHECKLIST for h in c.how]
    named = [(e.text, t) for t in texts for e in entities(t, profile) if e.type == "ORG"]
    assert named == []
    # the check itself sees the old advice
    assert [e.text for e in entities("e.g. 'Australian Public Service'", load_profile("aps")) if e.type == "ORG"]
