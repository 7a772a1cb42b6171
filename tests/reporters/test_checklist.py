"""The checklist content: groups, where/why/how on each line, device and account settings."""

from __future__ import annotations

from auditor.reporters.checklist import (
    DEVICES,
    GROUP_ORDER,
    PHOTOS,
    POSTS,
    PROFILES,
    TAGS,
    build,
    finding_line,
    group_of,
)
from tests.support.sample_result import sample_result


def _lines(data: dict) -> dict[str, object]:
    return {ln.id: ln for s in build(data) for ln in s.lines}


def test_checklist_groups_come_in_fixing_order() -> None:
    titles = [s.title for s in build(sample_result())]
    assert titles == [g for g in GROUP_ORDER if g in titles]
    assert titles[-1] == DEVICES


def test_checklist_group_of_each_finding() -> None:
    got = {f["code"]: group_of(f) for f in sample_result()["findings"]}
    assert got["ACC101"] == PROFILES
    assert got["DEP101"] == PROFILES  # a profile field
    assert got["GEO101"] == PHOTOS and got["POL201"] == PHOTOS
    assert got["OPS101"] == POSTS
    assert got["COL101"] == TAGS
    post = {"category": "department_identifier", "message": "Post names the Department", "path": "tweets.js"}
    assert group_of(post) == POSTS


def test_checklist_group_comes_from_the_finding_not_its_wording() -> None:
    # the engine's "group" decides; the words of the message or path never do
    worded = {"category": "work_email", "message": "Your profile bio shows a work email", "path": "profile/account.js"}
    assert group_of(worded) == POSTS  # a saved result without "group": the category's default
    assert group_of(dict(worded, group="profiles")) == PROFILES
    assert group_of(dict(worded, group="where_found")) == POSTS  # unresolved: the default
    assert group_of({"category": "uniform"}) == TAGS and group_of({}) == POSTS


def test_checklist_batches_auto_fixable_file_findings_by_their_fields() -> None:
    data = sample_result()
    photo = next(f for f in data["findings"] if f["code"] == "GEO101")
    data["findings"] = [dict(photo, fingerprint=f"fp{i}", path=f"Camera/IMG_{i}.jpg") for i in range(3)]
    data["findings"].append(dict(photo, fingerprint="manual", path="Camera/IMG_9.jpg", fix="manual"))
    lines = [ln for s in build(data) for ln in s.lines if ln.code]
    batched = [ln for ln in lines if ln.members]
    assert len(batched) == 1 and len(batched[0].members) == 3
    assert batched[0].title.startswith("3 photo(s) and video(s) in Camera/")
    assert [ln.id for ln in lines if not ln.members] == ["manual"]  # not auto-fixable: its own line


def test_checklist_line_has_where_why_how() -> None:
    lines = _lines(sample_result())
    geo = lines["fp00000000000000000000000000geo3"]
    assert geo.platform == "instagram" and geo.date == "2024-12-24" and geo.url.startswith("https://")
    assert geo.why.startswith("Policy s3")
    assert any("Remove location" in step for step in geo.how)
    acc = lines["fp00000000000000000000000000acc1"]
    assert any("Account information → Email" in step for step in acc.how)


def test_checklist_auto_fixable_points_to_strip_with_a_quoted_path() -> None:
    lines = _lines(sample_result())
    assert lines["fp00000000000000000000000000geo1"].auto == "auditor strip camera_roll/IMG_0001.jpg --out CLEAN_DIR"
    assert lines["fp00000000000000000000000000geo2"].auto == "auditor strip 'camera_roll/IMG 0002 (copy).jpg' --out CLEAN_DIR"
    assert lines["fp00000000000000000000000000ops1"].auto == ""


def test_checklist_device_settings_follow_the_platforms_present() -> None:
    data = sample_result()
    ids = {ln.id for s in build(data) if s.title == DEVICES for ln in s.lines}
    assert {"settings:ios-camera-location", "settings:android-camera-location", "settings:location-history"} <= ids
    assert {"settings:facebook", "settings:instagram", "settings:twitter", "settings:linkedin"} <= ids
    assert "settings:strava" not in ids
    data["findings"].append(dict(data["findings"][0], platform="strava", fingerprint="s1"))
    assert "settings:strava" in {ln.id for s in build(data) for ln in s.lines}


def test_checklist_settings_cite_the_profile_policy() -> None:
    data = sample_result()
    data["findings"] = []
    dev = {ln.id: ln for s in build(data) for ln in s.lines}
    assert dev["settings:ios-camera-location"].why == data["policy"]["clauses"]["geotag"]
    del data["policy"]
    assert _lines(data)["settings:ios-camera-location"].why  # a generic reason, never blank


def _geo(path: str, fp: str, day: int, platform: str = "photos", fix: str = "auto") -> dict:
    return {
        "code": "GEO101",
        "name": "media-has-gps",
        "category": "geotag",
        "severity": "high",
        "platform": platform,
        "path": path,
        "fingerprint": fp,
        "fix": fix,
        "message": "Photo carries GPS",
        "remediation": "Strip it.",
        "timestamp": f"2025-05-{day:02d}T08:00:00+10:00",
        "location": {"lat": -27.39, "lon": 153.06},
        "why": "exif GPS",
    }


def test_checklist_groups_auto_fixable_photos_by_folder() -> None:
    from auditor.reporters.checklist import PHOTOS, build
    from auditor.reporters.csv import render as render_csv

    findings = [_geo(f"DCIM/IMG_{i}.jpg", f"fp{i}", 1 + i) for i in range(4)]
    findings += [_geo("Other/one.jpg", "fpx", 9), _geo("DCIM/fb.jpg", "fpm", 9, platform="facebook", fix="manual")]
    data = {"findings": findings}
    (photos,) = [s for s in build(data) if s.title == PHOTOS]
    grouped = [ln for ln in photos.lines if ln.members]
    assert len(grouped) == 1 and len(grouped[0].members) == 4
    g = grouped[0]
    assert g.title.startswith("4 photo(s)") and "DCIM/" in g.title
    assert g.auto == "auditor strip DCIM --out CLEAN_DIR" and g.date == "2025-05-01 to 2025-05-04"
    assert {ln.id for ln in photos.lines if not ln.members} == {"fpx", "fpm"}  # too few, or not auto-fixable
    # CSV stays one row per finding
    assert render_csv(data).count("GEO101") == 6


def test_checklist_strip_commands_use_the_paths_as_scanned() -> None:
    from auditor.reporters.checklist import strip_target

    one_dir = {"inputs": ["exports"], "input_paths": ["~/Downloads/exports"]}
    assert strip_target("camera/IMG_1.jpg", one_dir) == "~/Downloads/exports/camera/IMG_1.jpg"
    assert strip_target("takeout-1.zip/Takeout/Google Photos/a.jpg", one_dir) == "~/Downloads/exports/takeout-1.zip"
    one_zip = {"inputs": ["x.zip"], "input_paths": ["../x.zip"]}
    assert strip_target("x.zip/DCIM/a.jpg", one_zip) == "../x.zip"
    two = {"inputs": ["a", "b"], "input_paths": ["/data/a", "/media/b"]}
    assert strip_target("b/DCIM/p.jpg", two) == "/media/b/DCIM/p.jpg"
    assert strip_target("DCIM/p.jpg", {}) == "DCIM/p.jpg"  # a result saved without input paths


def test_checklist_repeated_exposure_names_a_few_items_and_how_many_more():
    from auditor.reporters.checklist import finding_line

    items = [
        {"item_id": str(i), "url": f"https://x.com/i/web/status/{i}", "timestamp": f"2025-01-0{i}T09:00:00+10:00"}
        for i in range(1, 9)
    ]
    f = {"code": "LOC101", "category": "location_mention", "platform": "twitter", "item_kind": "post", "count": 8, "items": items}
    line = finding_line(f, {})
    assert line.how[0].startswith("It is in 8 items") and "status/1 (2025-01-01)" in line.how[0]
    assert "and 5 more" in line.how[0] and "status/4" not in line.how[0]
    history = {**f, "item_kind": "location_record", "platform": "google", "category": "geotag"}
    assert "remove them all at once" in finding_line(history, {}).how[0]
    assert not finding_line({**f, "count": 1}, {}).how or not finding_line({**f, "count": 1}, {}).how[0].startswith("It is in")


def test_checklist_offers_a_posts_safer_wording_as_an_edit_step():
    f = {"code": "DEP101", "category": "department_identifier", "group": "posts", "platform": "twitter",
         "item_kind": "post", "remediation": "Remove the employer.", "rewrite": "Two years with the APS"}  # fmt: skip
    line = finding_line(f, {})
    assert "Or edit it to: “Two years with the APS”" in line.how
    assert line.how.index("Or edit it to: “Two years with the APS”") == 1  # after the rule's own fix
    assert not any("Or edit" in h for h in finding_line({**f, "rewrite": "[redacted]"}, {}).how)
    assert not any("Or edit" in h for h in finding_line({**f, "rewrite": ""}, {}).how)
