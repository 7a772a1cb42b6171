"""TikTok source: user_data JSON in each section-name generation, as folders and zips, and the
findings a scan derives from it. All data is synthetic (auditor.synth)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from auditor import synth
from auditor.engine import scan
from auditor.models import Audience, Category, ItemKind, Platform
from auditor.sources import Coverage, SourceContext
from auditor.sources.tiktok import TikTokSource, parse_date
from auditor.tree import InputTree, close_all

T0 = datetime(2025, 4, 23, 10, 26, 35, tzinfo=UTC)
GENERATIONS = {"2022": "user_data.json", "2024": "user_data.json", "2026": "user_data_tiktok.json"}
PROFILE = {
    "userName": "jordan.example",
    "displayName": "Jordan",
    "emailAddress": "j.example@abf.gov.au",
    "telephoneNumber": "+61 400 000 000",
    "bioDescription": "Australian Border Force | dogs | beach",
    "birthDate": "01-Jan-1990",
    "accountRegion": "AU",
    "likesReceived": "None",
    "followerCount": 12,
}
PROFILE_FIELDS = {
    ("username", "jordan.example"),
    ("display_name", "Jordan"),
    ("email", "j.example@abf.gov.au"),
    ("phone", "+61 400 000 000"),
    ("bio", "Australian Border Force | dogs | beach"),
    ("birth_date", "01-Jan-1990"),
    ("region", "AU"),
}
VID1, VID3 = "7300000000000000001", "7300000000000000003"


def plant(gen: str):
    utc = gen == "2026"

    def d(k: int) -> str:
        return synth.tiktok_date(T0 + timedelta(hours=k), utc)

    posts = [
        {"Date": d(0), "Link": f"https://www.tiktokv.com/share/video/{VID1}/", "Likes": "5"},
        {"Date": d(1), "Link": "https://p16.example.com/img1.jpeg\nhttps://p16.example.com/img2.jpeg", "Likes": "0"},
    ]
    if gen != "2022":
        posts[0].update({"WhoCanView": "Everyone", "AllowComments": "On"})
        posts[1].update({"WhoCanView": "Friends"})
    deleted = [
        {
            "Date": d(2),
            "DateDeleted": d(5),
            "Link": f"https://www.tiktokv.com/share/video/{VID3}/",
            "Title": "first shift, big day",
            "Location": "Sydney Airport",
            "Sound": "original sound",
        }
    ]
    comments = [{"date": d(3), "comment": "see you at work tomorrow", "photo": "N/A", "url": ""}]
    chats = {
        "Chat History with sam.sample:": [
            {"Date": d(4), "From": "sam.sample", "Content": "roster out?"},
            {"Date": d(4), "From": "jordan.example", "Content": "yes, sent it"},
        ]
    }
    watched = [{"Date": d(6), "Link": "https://www.tiktokv.com/share/video/7399999999999999999/"}]
    data = synth.tiktok_user_data(gen, PROFILE, posts, deleted, comments, chats, watched)
    expected = {(ItemKind.PROFILE_FIELD, f, v, None, None, None) for f, v in PROFILE_FIELDS}
    h = [T0 + timedelta(hours=k) for k in range(6)]
    expected |= {
        (ItemKind.POST, None, "", h[0], VID1, f"https://www.tiktokv.com/share/video/{VID1}/"),
        (ItemKind.POST, None, "", h[1], None, "https://p16.example.com/img1.jpeg"),
        (ItemKind.COMMENT, None, "see you at work tomorrow", h[3], None, None),
        (ItemKind.MESSAGE, None, "roster out?", h[4], None, None),
        (ItemKind.MESSAGE, None, "yes, sent it", h[4], None, None),
    }
    if gen != "2022":
        expected.add(
            (
                ItemKind.POST,
                None,
                "first shift, big day\nLocation: Sydney Airport",
                h[2],
                VID3,
                f"https://www.tiktokv.com/share/video/{VID3}/",
            )
        )
    return {GENERATIONS[gen]: data}, expected


def read(paths: list[Path]):
    tree = InputTree.build([str(p) for p in paths])
    ctx = SourceContext()
    items, covs = [], []
    src = TikTokSource()
    try:
        for root in src.detect(tree):
            cov = Coverage("tiktok", root)
            items.extend(src.read(tree, root, ctx, cov))
            covs.append(cov)
    finally:
        close_all()
    return items, covs, ctx.errors


def build(tmp_path: Path, files: dict, form: str) -> Path:
    if form == "zip":
        return synth.zip_files(files, tmp_path / "TikTok_Data_1745400000.zip")
    return synth.write_files(tmp_path / "tiktok", files)


@pytest.mark.parametrize("form", ["folder", "zip"])
@pytest.mark.parametrize("gen", sorted(GENERATIONS))
def test_tiktok_yields_exactly_the_planted_items(tmp_path, gen, form):
    files, expected = plant(gen)
    items, covs, errors = read([build(tmp_path, files, form)])
    assert errors == []
    got = {(i.kind, i.field, i.text, i.timestamp, i.item_id, i.url) for i in items}
    assert got == expected
    assert len(items) == len(expected)
    assert all(i.platform == Platform.TIKTOK and i.export_path == GENERATIONS[gen] for i in items)
    (cov,) = covs
    assert cov.parsed == [GENERATIONS[gen]] and cov.items == len(expected)


def test_tiktok_audiences_and_extras(tmp_path):
    files, _ = plant("2026")
    items, _, _ = read([build(tmp_path, files, "zip")])
    posts = {i.url: i for i in items if i.kind == ItemKind.POST}
    assert posts[f"https://www.tiktokv.com/share/video/{VID1}/"].audience == Audience.PUBLIC
    slideshow = posts["https://p16.example.com/img1.jpeg"]
    assert slideshow.audience == Audience.LIMITED and len(slideshow.extra["links"]) == 2
    gone = posts[f"https://www.tiktokv.com/share/video/{VID3}/"]
    assert gone.audience == Audience.PRIVATE and gone.extra["place_name"] == "Sydney Airport" and gone.extra["deleted"]
    msgs = [i for i in items if i.kind == ItemKind.MESSAGE]
    assert all(m.audience == Audience.PRIVATE and "sam.sample" in m.people for m in msgs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-04-23 10:26:35", T0),
        ("2025-04-23 10:26:35 UTC", T0),
        ("N/A", None),
        (None, None),
    ],
)
def test_tiktok_parse_date_with_and_without_utc(text, expected):
    assert parse_date(text) == expected


def test_tiktok_other_json_named_user_data_is_not_detected(tmp_path):
    root = synth.write_files(tmp_path / "x", {"user_data.json": {"users": [1, 2]}, "user_data.txt": "hello"})
    assert read([root])[1] == []


def test_tiktok_txt_variant_is_reported_not_understood(tmp_path):
    root = synth.write_files(tmp_path / "x", {"user_data_tiktok.txt": "Profile:\nUsername: jordan.example\n"})
    items, (cov,), errors = read([root])
    assert items == [] and errors == [] and cov.not_understood == ["user_data_tiktok.txt"]


def test_tiktok_scan_finds_work_email_and_bio(tmp_path, dibp):
    files, _ = plant("2024")
    result = scan([str(build(tmp_path, files, "folder"))], dibp)
    tt = [f for f in result.findings if f.platform == Platform.TIKTOK]
    assert any(f.category == Category.ACCOUNT_REGISTRATION and f.evidence == "j.example@abf.gov.au" for f in tt)
    assert any(f.category == Category.DEPARTMENT_IDENTIFIER and "Australian Border Force" in f.evidence for f in tt)
    assert any(f.category == Category.LOCATION_MENTION and "Sydney Airport" in f.evidence for f in tt)


def test_tiktok_malformed_file_ends_in_error_and_scan_continues(tmp_path, dibp):
    files, _ = plant("2026")
    good = synth.write_files(tmp_path / "good", files)
    bad = synth.write_files(
        tmp_path / "bad", {"user_data_tiktok.json": b'{"Profile And Settings": {"Profile Info": {"ProfileMap": {'}
    )
    items, covs, errors = read([bad, good])
    assert [e.path for e in errors] == ["bad/user_data_tiktok.json"]
    assert any(i.field == "email" for i in items)
    result = scan([str(bad), str(good)], dibp)
    assert [e.path for e in result.errors] == ["bad/user_data_tiktok.json"]
    assert any(f.category == Category.ACCOUNT_REGISTRATION for f in result.findings)


def test_tiktok_deeply_nested_and_corrupt_zip_member_end_in_errors(tmp_path):
    files, _ = plant("2024")
    deep = b'{"Profile": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    synth.write_files(tmp_path / "deep", {"user_data.json": deep})
    z = synth.zip_files(files, tmp_path / "z" / "TikTok_Data.zip")
    raw = bytearray(z.read_bytes())
    i = raw.index(b"user_data.json") + len(b"user_data.json") + 40  # inside the compressed data
    raw[i : i + 8] = b"\x00" * 8
    z.write_bytes(bytes(raw))
    items, _, errors = read([tmp_path / "deep", tmp_path / "z"])
    assert sorted(e.path for e in errors) == ["deep/user_data.json", "z/TikTok_Data.zip/user_data.json"]


def test_is_user_data_finds_sections_after_a_long_first_one(tmp_path):
    import json as _json

    from auditor.sources import tiktok

    doc = {"Ads and data": {"x": [{"k": "v" * 50} for _ in range(20000)]}, "App Settings": {}, "Profile And Settings": {}}
    (tmp_path / "user_data_tiktok.json").write_text(_json.dumps(doc), encoding="utf-8")
    (entry,) = InputTree.build([str(tmp_path)]).entries
    assert entry.size > 1_000_000 and tiktok.is_user_data(entry)
