"""The finished ScanResult: every finding carries its checklist group, the policy block travels inside."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime

from auditor import synth
from auditor.config import load_profile
from auditor.engine import ScanOptions, finding_group, policy_block, scan
from auditor.models import Category, Item, ItemKind, Platform
from auditor.rules.registry import all_rules


def _rule(group: str):
    return dataclasses.replace(next(r for r in all_rules() if r.category == Category.WORK_EMAIL), group=group)


def test_finding_group_resolves_where_found_from_the_item() -> None:
    rule = _rule("where_found")
    post = Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="tweets.js", text="x")
    field = Item(platform=Platform.LINKEDIN, kind=ItemKind.PROFILE_FIELD, path="Profile.csv", text="x", field="bio")
    record = Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="account.js", text="x", field="email")
    assert finding_group(rule, post) == "posts"
    assert finding_group(rule, field) == "profiles"
    assert finding_group(rule, record) == "profiles"  # an account record names its field
    assert finding_group(_rule("tags"), field) == "tags"  # anything else is the rule's own


def test_policy_block_names_the_profile_and_its_clauses() -> None:
    prof = load_profile("dibp")
    block = policy_block(prof)
    assert block["name"] == prof.policy_name and block["title"] == prof.title
    assert block["clauses"]["geotag"] == prof.policy(Category.GEOTAG)


def test_scan_result_is_finished(tmp_path) -> None:
    (tmp_path / "data").mkdir()
    synth.twitter_archive(
        tmp_path, [synth.tweet("1", "Great day at the Australian Border Force", datetime(2025, 1, 1))], account={"username": "u"}
    )
    result = scan([str(tmp_path)], load_profile("dibp"), ScanOptions(workers=1))
    data = result.to_dict()
    assert data["policy"] == policy_block(load_profile("dibp"))
    assert list(data)[-1] == "policy"  # where the CLI put it before the engine did
    assert data["findings"] and all(f["group"] in {"profiles", "photos", "posts", "tags"} for f in data["findings"])
    json.dumps(data)
