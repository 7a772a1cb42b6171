"""auditor.models: the one severity order, checklist groups, summaries, fingerprints, redaction and
the dict form of a finding and a result (the JSON contract's shape starts here)."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta, timezone

import pytest

from auditor.models import (
    ACTION_KINDS,
    GROUP_BY_CATEGORY,
    GROUPS,
    SCHEMA_VERSION,
    SEVERITY_ORDER,
    Category,
    Finding,
    Item,
    ItemKind,
    Platform,
    Position,
    ScanError,
    ScanResult,
    Severity,
    action_kind,
    blocking,
    default_group,
    fingerprint,
    redact,
    sort_key,
    summarise,
    valid_position,
    visible,
    visible_tree,
)


def finding(**kw) -> Finding:
    base = dict(
        code="GEO101",
        name="media-has-gps",
        category=Category.GEOTAG,
        severity=Severity.HIGH,
        confidence=1.0,
        platform=Platform.PHOTOS,
        path="camera_roll/IMG_1.jpg",
        message="Photo carries its GPS position",
        remediation="strip it",
        evidence="-27.39421, 153.06112",
    )
    base.update(kw)
    return Finding(**base)


def test_models_severity_order_is_most_severe_first():
    assert SEVERITY_ORDER == ("critical", "high", "medium", "low", "info")


def test_models_severity_rank_agrees_with_the_order():
    ranks = [Severity(s).rank for s in SEVERITY_ORDER]
    assert ranks == sorted(ranks, reverse=True) == [4, 3, 2, 1, 0]


@pytest.mark.parametrize("a", list(Severity))
@pytest.mark.parametrize("b", list(Severity))
def test_models_severity_at_least_agrees_with_the_order(a, b):
    assert a.at_least(b) == (SEVERITY_ORDER.index(a.value) <= SEVERITY_ORDER.index(b.value))


def test_models_group_by_category_uses_known_groups_and_categories():
    assert set(GROUP_BY_CATEGORY.values()) <= set(GROUPS)
    assert set(GROUP_BY_CATEGORY) <= set(Category)


@pytest.mark.parametrize("cat", list(Category))
def test_models_default_group_is_a_checklist_section_never_where_found(cat):
    group = default_group(cat)
    assert group in GROUPS and group != "where_found"
    expected = GROUP_BY_CATEGORY.get(cat, "posts")
    assert group == ("posts" if expected == "where_found" else expected)


def test_models_default_group_of_an_unknown_category_is_posts():
    assert default_group("no_such_category") == "posts"
    assert default_group("geotag") == "photos"
    assert default_group("work_email") == "posts"


def test_models_summarise_counts_every_severity_in_order():
    s = summarise(
        [
            {"severity": "high", "category": "geotag", "platform": "photos"},
            {"severity": "high", "category": "uniform", "platform": "twitter"},
            {"severity": "low", "category": "geotag", "platform": "photos"},
        ]
    )
    assert s["total"] == 3
    assert s["by_severity"] == {"critical": 0, "high": 2, "medium": 0, "low": 1, "info": 0}
    assert list(s["by_severity"]) == list(SEVERITY_ORDER)
    assert s["by_category"] == {"geotag": 2, "uniform": 1}
    assert s["by_platform"] == {"photos": 2, "twitter": 1}


def test_models_summarise_sorts_categories_and_platforms_and_keeps_unknown_severities_last():
    s = summarise(
        [
            {"severity": "weird", "category": "z", "platform": "b"},
            {"severity": "info", "category": "a", "platform": "a"},
        ]
    )
    assert list(s["by_severity"]) == [*SEVERITY_ORDER, "weird"]
    assert s["by_severity"]["weird"] == 1
    assert list(s["by_category"]) == ["a", "z"] and list(s["by_platform"]) == ["a", "b"]


def test_models_summarise_of_nothing_has_zero_for_every_severity():
    assert summarise([]) == {"total": 0, "by_severity": dict.fromkeys(SEVERITY_ORDER, 0), "by_category": {}, "by_platform": {}}


def test_models_fingerprint_ignores_message_time_evidence_location_and_unpack_path():
    a = finding(item_id="123", path="/tmp/a/export/tweets.js", fingerprint_key="Border Force")
    b = finding(
        item_id="123",
        path="/home/b/elsewhere/tweets.js",
        fingerprint_key="border force",  # the key is compared case-insensitively
        message="another message",
        evidence="other evidence",
        timestamp=datetime(2025, 5, 1, 9, tzinfo=timezone(timedelta(hours=10))),
        location=Position(-35.0, 149.0),
        severity=Severity.LOW,
        confidence=0.5,
    )
    assert a.fingerprint == b.fingerprint == fingerprint(a)
    assert len(a.fingerprint) == 32 and int(a.fingerprint, 16) >= 0


def test_models_fingerprint_changes_with_rule_platform_item_and_key():
    a = finding(item_id="123", fingerprint_key="x")
    others = [
        finding(item_id="123", fingerprint_key="x", code="GEO102"),
        finding(item_id="123", fingerprint_key="x", platform=Platform.TWITTER),
        finding(item_id="124", fingerprint_key="x"),
        finding(item_id="123", fingerprint_key="y"),
    ]
    assert len({a.fingerprint, *(o.fingerprint for o in others)}) == 5


def test_models_fingerprint_prefers_item_id_then_export_path_then_path():
    assert finding(export_path="data/a.js", path="/x/data/a.js").fingerprint == finding(export_path="data/a.js").fingerprint
    assert finding(path="/x/a.js").fingerprint != finding(path="/y/a.js").fingerprint
    assert finding(item_id="1", export_path="a").fingerprint == finding(item_id="1", export_path="b").fingerprint


def test_models_media_fingerprint_follows_content_not_the_folder_level_scanned():
    a = finding(export_path="camera_roll/a.jpg", content_id="c1")
    b = finding(export_path="a.jpg", content_id="c1")
    assert a.fingerprint == b.fingerprint
    assert a.legacy_fingerprint != b.legacy_fingerprint  # version 1 depended on the level
    assert finding(export_path="a.jpg", content_id="c2").fingerprint != b.fingerprint
    assert a.to_dict()["fingerprint_v1"] == a.legacy_fingerprint


def test_models_inference_fingerprint_ignores_which_platform_held_most_evidence():
    kw = {"category": Category.PATTERN_OF_LIFE, "export_path": "pattern_of_life", "fingerprint_key": "home:-27.395,153.060"}
    a = finding(platform=Platform.PHOTOS, **kw)
    b = finding(platform=Platform.GOOGLE, **kw)
    assert a.fingerprint == b.fingerprint and a.legacy_fingerprint != b.legacy_fingerprint


def test_models_text_fingerprint_is_unchanged_from_version_one():
    f = finding(item_id="123", fingerprint_key="x")
    assert f.fingerprint == f.legacy_fingerprint and "fingerprint_v1" not in f.to_dict()


def _item(kind, platform=Platform.FACEBOOK, **kw):
    return Item(platform=platform, kind=kind, path=kw.pop("path", "x/posts.json"), **kw)


@pytest.mark.parametrize(
    "item,category,expected",
    [
        (_item(ItemKind.MESSAGE), Category.OPERATIONAL_DETAIL, "message"),
        (_item(ItemKind.MESSAGE, Platform.WHATSAPP), Category.GEOTAG, "message"),
        (_item(ItemKind.COMMENT, Platform.TIKTOK), Category.DEPARTMENT_IDENTIFIER, "comment"),
        (_item(ItemKind.PROFILE_FIELD, Platform.LINKEDIN, field="connection"), Category.COLLEAGUE_EXPOSURE, "connection"),
        (_item(ItemKind.PROFILE_FIELD, Platform.LINKEDIN, field="headline"), Category.DEPARTMENT_IDENTIFIER, "profile_field"),
        (_item(ItemKind.POST, people=("Sam Lee",)), Category.COLLEAGUE_EXPOSURE, "tag_own_post"),
        (_item(ItemKind.POST, people=("Sam Lee",), extra={"tagged_by": "Sam"}), Category.COLLEAGUE_EXPOSURE, "tag_others_post"),
        (_item(ItemKind.POST, people=("Sam Lee",)), Category.UNIFORM, "post"),
        (_item(ItemKind.POST, Platform.SNAPCHAT, path="json/memories_history.json"), Category.GEOTAG, "memory"),
        (_item(ItemKind.POST, Platform.INSTAGRAM, path="content/stories.json"), Category.UNIFORM, "story"),
        (_item(ItemKind.CHECK_IN), Category.GEOTAG, "check_in"),
        (_item(ItemKind.LOCATION_RECORD, Platform.GOOGLE), Category.GEOTAG, "location_record"),
        (_item(ItemKind.PHOTO, Platform.PHOTOS), Category.GEOTAG, "photo_file"),
        (_item(ItemKind.PHOTO, Platform.FACEBOOK), Category.GEOTAG, "post"),
        (_item(ItemKind.TRACK, Platform.STRAVA), Category.GEOTAG, "activity"),
        (_item(ItemKind.PROFILE_FIELD, field="email"), Category.ACCOUNT_REGISTRATION, "account"),
    ],
)
def test_models_action_kind_follows_the_item_not_the_category(item, category, expected):
    assert action_kind(item, category) == expected
    assert expected in ACTION_KINDS


@pytest.mark.parametrize(
    "text,expected",
    [
        ("", ""),
        ("ab", "**"),
        ("abc", "a*c"),
        ("jane.doe@abf.gov.au", "j*****************u"),
        ("at ABF HQ", "** A*F **"),
    ],
)
def test_models_redact_keeps_shape_not_content(text, expected):
    assert redact(text) == expected
    assert len(redact(text)) == len(text)


def test_models_finding_to_dict_redacts_evidence_unless_asked():
    f = finding(evidence="Australian Border Force")
    assert f.to_dict()["evidence"] == redact("Australian Border Force")
    assert f.to_dict(show_evidence=True)["evidence"] == "Australian Border Force"


def test_models_finding_to_dict_key_order_and_extras_never_overwrite():
    f = finding(
        timestamp=datetime(2025, 5, 1, 9, 0, tzinfo=UTC),
        location=Position(-27.394210049, 153.061120049),
        confidence=0.12345,
        extra={"naive_time": True, "code": "NOPE"},
    )
    d = f.to_dict()
    assert list(d) == [
        "code",
        "name",
        "category",
        "severity",
        "confidence",
        "platform",
        "path",
        "item_id",
        "timestamp",
        "url",
        "location",
        "evidence",
        "message",
        "remediation",
        "why",
        "policy",
        "fix",
        "group",
        "fingerprint",
        "item_kind",
        "naive_time",
    ]
    assert d["code"] == "GEO101" and d["naive_time"] is True
    assert d["confidence"] == 0.123
    assert d["timestamp"] == "2025-05-01T09:00:00+00:00"
    assert d["location"] == {"lat": -27.39421, "lon": 153.06112}
    assert d["group"] == "photos" and d["fix"] == "manual"


def test_models_finding_to_dict_uses_its_resolved_group():
    assert finding(category=Category.WORK_EMAIL).to_dict()["group"] == "posts"
    assert finding(category=Category.WORK_EMAIL, group="profiles").to_dict()["group"] == "profiles"


def test_models_scan_result_to_dict_key_order_and_schema_version():
    r = ScanResult(tool_version="9.9", profile="dibp", findings=[finding()], errors=[ScanError("a.js", "bad JSON")])
    d = r.to_dict()
    assert list(d) == [
        "schema_version",
        "tool_version",
        "profile",
        "inputs",
        "input_paths",
        "summary",
        "findings",
        "errors",
        "stats",
        "coverage",
        "notices",
    ]
    assert d["schema_version"] == SCHEMA_VERSION == 1
    assert d["errors"] == [{"path": "a.js", "reason": "bad JSON"}]
    assert d["summary"] == summarise(d["findings"])
    assert d["findings"][0]["evidence"] == redact(finding().evidence)


def test_models_scan_result_to_dict_adds_policy_last_when_set():
    policy = {"name": "dibp", "title": "t", "clauses": {}}
    d = ScanResult(tool_version="9.9", profile="dibp", policy=policy).to_dict(show_evidence=True)
    assert list(d)[-1] == "policy" and d["policy"] == policy


@pytest.mark.parametrize(
    "lat,lon,ok",
    [
        (-27.4, 153.0, True),
        ("-27.4", "153.0", True),
        (90, 180, True),
        (0.0, 0.0, False),  # the "no fix" placeholder
        (0.0, 10.0, True),
        (91, 0, False),
        (0, -181, False),
        (math.nan, 1.0, False),
        (None, 1.0, False),
        ("x", 1.0, False),
    ],
)
def test_models_valid_position(lat, lon, ok):
    assert valid_position(lat, lon) is ok


def test_models_position_to_dict_rounds_to_seven_places():
    assert Position(1.123456789, 2.987654321, "exif", 5.0).to_dict() == {"lat": 1.1234568, "lon": 2.9876543}


def test_models_sort_key_puts_the_most_severe_first():
    low, crit = finding(severity=Severity.LOW), finding(severity=Severity.CRITICAL, path="z")
    assert sorted([low, crit], key=sort_key) == [crit, low]


def test_visible_escapes_control_and_bidi_characters() -> None:
    assert visible("a\x1b]0;t\x07b") == "a\\x1b]0;t\\x07b"
    assert visible("x\u202ey\u2066z\r\x9b") == "x<U+202E>y<U+2066>z\\x0d\\x9b"
    assert visible("line\nnext\ttab é") == "line\nnext\ttab é"  # newline, tab and letters kept
    assert visible(None) == ""
    assert visible_tree({"a": ["\x1b", 3], "b": {"c": "\u202e"}}) == {"a": ["\\x1b", 3], "b": {"c": "<U+202E>"}}


def test_models_blocking_is_medium_and_above():
    fs = [finding(severity=s) for s in (Severity.CRITICAL, Severity.MEDIUM, Severity.LOW, Severity.INFO)]
    assert [f.severity for f in blocking(fs)] == [Severity.CRITICAL, Severity.MEDIUM]
