"""Instagram source: every layout generation, folder and zip, localised keys, shapes, HTML,
errors, findings. Exports come from `auditor.synth.instagram_export`; expected Items are derived
from the planted content.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC
from pathlib import Path

import pytest

from auditor import synth
from auditor.engine import scan
from auditor.models import Audience, Item, ItemKind, Platform
from auditor.sources import Coverage, SourceContext
from auditor.sources.facebook import FacebookSource
from auditor.sources.instagram import InstagramSource
from auditor.tree import InputTree

M = synth.MetaMedia


def planted() -> synth.InstagramContent:
    return synth.InstagramContent(
        username="alex_example",
        name="Alex Exämple",
        email="alex@example.com",
        phone="+61400000002",
        bio="Proud Border Force Officer 🛂",
        city="Sydney",
        inferred_city="Canberra",
        business_email="alex.example@abf.gov.au",
        signup_email="alex.example@homeaffairs.gov.au",
        possible_emails=["a.example@abf.gov.au"],
        posts=[
            synth.MetaPost(
                "Spring is here 🙌",
                1_555_000_000,
                media=[M("media/posts/201904/10000000_1000000000000001_n_17800000000000001.jpg", -34, 151)],
            ),
            synth.MetaPost(
                "Weekend carousel",
                1_555_100_000,
                media=[
                    M("media/posts/201904/20000000_1000000000000002_n_17800000000000002.jpg", description="first frame"),
                    M("media/posts/201904/30000000_1000000000000003_n_17800000000000003.mp4", -33.868820123, 151.209295123),
                ],
            ),
            synth.MetaPost(
                "No location here",
                1_555_200_000,
                media=[M("media/posts/201904/40000000_1000000000000004_n_17800000000000004.jpg")],
            ),
        ],
        reels=[
            synth.MetaPost(
                "Harbour reel", 1_555_300_000, media=[M("media/reels/201904/50000000_n_17800000000000005.mp4", -33.85, 151.21)]
            )
        ],
        stories=[
            synth.MetaPost(
                "Story café", 1_555_400_000, media=[M("media/stories/201904/60000000_n_17800000000000006.jpg", -35.3, 149.12)]
            )
        ],
        comments=[("Nice one… 👍", 1_550_000_000, "sam_sample")],
        threads=[
            synth.MetaThread(
                "sam_sample",
                ["sam_sample", "alex_example"],
                [("alex_example", 1_620_000_000_000, "See you at the café"), ("sam_sample", 1_619_000_000_000, "ok")],
                folder="samsample_1234567890",
            )
        ],
    )


def _pos(lat, lon):
    return None if lat is None else (round(lat, 5), round(lon, 5))


def expected(c: synth.InstagramContent) -> Counter:
    out: list[tuple] = []
    for fld in ("email", "phone", "bio", "username", "name"):
        if getattr(c, fld):
            out.append(("profile_field", fld, getattr(c, fld), None))
    if c.city:
        out.append(("profile_field", "location", c.city, None))
    if c.inferred_city:
        out.append(("profile_field", "location", c.inferred_city, None))
    if c.business_email:
        out += [("profile_field", "contact_email", c.business_email, None), ("profile_field", "category", "Public servant", None)]
    if c.signup_email:
        out.append(("profile_field", "registration_email", c.signup_email, None))
    out += [("profile_field", "email", e, None) for e in c.possible_emails]
    for p in c.posts + c.reels + c.stories:
        out.append(("post", None, p.text, None))
        for m in p.media:
            own = m.description if m.description and m.description != p.text and len(p.media) > 1 else ""
            if m.lat is not None:
                out.append(("video" if m.uri.endswith(".mp4") else "photo", None, own, _pos(m.lat, m.lon)))
            elif own:
                out.append(("caption", None, own, None))
    out += [("comment", None, t, None) for t, _ts, _o in c.comments]
    for t in c.threads:
        out += [("message", None, text, None) for _s, _ts, text in t.messages]
    return Counter(out)


def got(items: list[Item]) -> Counter:
    return Counter((str(i.kind), i.field, i.text, _pos(i.position.lat, i.position.lon) if i.position else None) for i in items)


def read(path: Path) -> tuple[list[Item], SourceContext, list[Coverage]]:
    source = InstagramSource()
    tree = InputTree.build([str(path)])
    ctx = SourceContext()
    items: list[Item] = []
    covs = []
    for root in source.detect(tree):
        cov = Coverage("instagram", root)
        items.extend(source.read(tree, root, ctx, cov))
        covs.append(cov)
    return items, ctx, covs


@pytest.mark.parametrize("generation", synth.IG_GENERATIONS)
@pytest.mark.parametrize("packaging", ["folder", "zip"])
def test_instagram_reads_exactly_planted_items(tmp_path, generation, packaging):
    c = planted()
    folder = tmp_path / "ig"
    files = synth.instagram_export(folder, c, generation=generation)
    target = folder if packaging == "folder" else synth.zip_folder(folder, tmp_path / "instagram-alex.zip")
    items, ctx, covs = read(target)
    assert ctx.errors == []
    assert got(items) == expected(c)
    assert len(covs) == 1
    cov = covs[0]
    assert cov.not_understood == []
    assert len(cov.parsed) + len(cov.skipped) == len(files)
    for it in items:
        assert it.platform == Platform.INSTAGRAM
        assert it.export_path in files
        assert it.timestamp is None or it.timestamp.tzinfo == UTC
    tree = InputTree.build([str(target)])
    assert FacebookSource().detect(tree) == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_instagram_localised_string_map_keys(tmp_path, language):
    c = planted()
    files = synth.instagram_export(tmp_path, c, generation="2024", language=language)
    raw = files["personal_information/personal_information/personal_information.json"]
    if language == "fr":
        assert "Num\\u00c3\\u00a9ro de t\\u00c3\\u00a9l\\u00c3\\u00a9phone" in raw  # a mojibake key
    items, ctx, _ = read(tmp_path)
    assert ctx.errors == []
    fields = {
        i.field: i.text for i in items if i.kind == ItemKind.PROFILE_FIELD and i.path.endswith("/personal_information.json")
    }
    assert fields == {
        "email": c.email,
        "phone": c.phone,
        "bio": c.bio,
        "username": c.username,
        "name": c.name,
        "location": c.city,
    }
    assert got(items) == expected(c)


def test_instagram_profile_url_and_mojibake(tmp_path):
    c = planted()
    synth.instagram_export(tmp_path, c, generation="2023")
    items, _, _ = read(tmp_path)
    bio = next(i for i in items if i.field == "bio")
    assert bio.text == "Proud Border Force Officer 🛂"
    assert bio.url == "https://www.instagram.com/alex_example"
    assert next(i for i in items if i.field == "name").text == "Alex Exämple"


def test_instagram_caption_single_media_vs_carousel(tmp_path):
    c = planted()
    files = synth.instagram_export(tmp_path, c, generation="2024")
    raw = json.loads(files["your_instagram_activity/media/posts_1.json"])
    assert "title" not in raw[0] and raw[0]["media"][0]["title"] == synth.meta_mangle(c.posts[0].text)
    assert raw[1]["title"] == c.posts[1].text
    items, _, _ = read(tmp_path)
    single = next(i for i in items if i.text == c.posts[0].text)
    assert single.timestamp.timestamp() == c.posts[0].timestamp
    assert single.item_id == "17800000000000001"
    carousel = next(i for i in items if i.text == c.posts[1].text)
    assert carousel.timestamp.timestamp() == c.posts[1].timestamp


@pytest.mark.parametrize("exif_shape", ["flat", "list"])
def test_instagram_exif_positions_photo_video_and_whole_numbers(tmp_path, exif_shape):
    c = planted()
    synth.instagram_export(tmp_path, c, generation="2021", exif_shape=exif_shape)
    items, _, _ = read(tmp_path)
    media = {i.item_id: i for i in items if i.kind in (ItemKind.PHOTO, ItemKind.VIDEO)}
    assert (media["17800000000000001"].position.lat, media["17800000000000001"].position.lon) == (-34.0, 151.0)
    assert media["17800000000000003"].kind == ItemKind.VIDEO
    assert media["17800000000000003"].position.lat == -33.868820123
    assert media["17800000000000001"].extra["media_uri"] == c.posts[0].media[0].uri


def test_instagram_comments_old_and_new_shapes(tmp_path):
    c = planted()
    old = synth.instagram_export(tmp_path / "old", c, generation="2021")
    new = synth.instagram_export(tmp_path / "new", c, generation="2024")
    assert "comments_media_comments" in old["comments/post_comments.json"]
    assert isinstance(json.loads(new["your_instagram_activity/comments/post_comments_1.json"]), list)
    for folder in ("old", "new"):
        items, _, _ = read(tmp_path / folder)
        com = [i for i in items if i.kind == ItemKind.COMMENT]
        assert [(i.text, i.timestamp.timestamp(), i.extra["media_owner"]) for i in com] == [(t, ts, o) for t, ts, o in c.comments]


def test_instagram_dms_are_private_messages_with_participants(tmp_path):
    c = planted()
    synth.instagram_export(tmp_path, c, generation="2024")
    items, _, _ = read(tmp_path)
    msgs = [i for i in items if i.kind == ItemKind.MESSAGE]
    assert [m.text for m in msgs] == [t for _s, _ts, t in c.threads[0].messages]
    assert all(m.audience == Audience.PRIVATE and m.people == tuple(c.threads[0].participants) for m in msgs)
    inferred = next(i for i in items if i.text == c.inferred_city)
    assert inferred.audience == Audience.PRIVATE


def test_instagram_html_variant_best_effort_with_notice(tmp_path):
    c = planted()
    synth.instagram_export(tmp_path, c, generation="2024", html=True, language="fr")
    items, ctx, covs = read(tmp_path)
    want = Counter(
        [
            ("profile_field", f, getattr(c, a))
            for f, a in (
                ("username", "username"),
                ("name", "name"),
                ("email", "email"),
                ("phone", "phone"),
                ("bio", "bio"),
                ("location", "city"),
            )
        ]
        + [("post", None, p.text) for p in c.posts]
        + [("message", None, m[2]) for t in c.threads for m in t.messages]
    )
    assert Counter((str(i.kind), i.field, i.text) for i in items) == want
    assert ctx.errors == []
    assert covs[0].notes and "HTML" in covs[0].notes[0]


# ---- malformed files ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rel, body",
    [
        ("your_instagram_activity/media/posts_1.json", b'[{"media": [{"uri": "x.jpg", "title": "cut'),
        ("your_instagram_activity/media/posts_1.json", b'{"media": 5}'),
        ("your_instagram_activity/media/posts_1.json", b'[{"media": [{"uri": "a.jpg", "title": "ok"}]}, 7]'),
        ("your_instagram_activity/media/posts_1.json", '[{"media": [{"title": "café"}]}]'.encode("utf-16")),
        ("your_instagram_activity/media/reels.json", b'{"ig_reels_media": ["x"]}'),
        ("your_instagram_activity/media/stories.json", b'{"ig_stories": [1]}'),
        ("personal_information/personal_information/personal_information.json", b'{"profile_user": []}'),
        ("your_instagram_activity/comments/post_comments_1.json", b'["not a comment"]'),
        (
            "your_instagram_activity/messages/inbox/samsample_1234567890/message_1.json",
            b'{"participants": [], "messages": ["x"]}',
        ),
        ("personal_information/personal_information/personal_information.json", '{"profile_user": "é"}'.encode("latin-1")),
    ],
)
def test_instagram_malformed_file_of_each_kind_is_an_error(tmp_path, rel, body):
    synth.instagram_export(tmp_path, planted(), generation="2024")
    (tmp_path / rel).write_bytes(body)
    items, ctx, _ = read(tmp_path)
    assert [e.path for e in ctx.errors] == [rel]
    assert ctx.errors[0].reason
    assert any(i.kind == ItemKind.COMMENT for i in items) or rel.endswith("post_comments_1.json")


# ---- findings through the engine --------------------------------------------------------------------


def test_instagram_scan_finds_geotags_registration_and_department(tmp_path, dibp):
    c = planted()
    synth.instagram_export(tmp_path / "ig", c, generation="2024")
    res = scan([str(tmp_path / "ig")], dibp)
    assert res.errors == []
    ig = [f for f in res.findings if f.platform == Platform.INSTAGRAM]
    geo = sorted((f.location.lat, f.location.lon) for f in ig if f.code == "GEO101" and f.item_id)
    assert geo == sorted((m.lat, m.lon) for p in c.posts + c.reels + c.stories for m in p.media if m.lat is not None)
    acc = sorted(f.evidence for f in ig if f.code == "ACC101")
    assert acc == sorted([c.business_email, c.signup_email] + c.possible_emails)
    assert any(f.code == "DEP101" and "Border Force Officer" in f.evidence for f in ig)


@pytest.mark.parametrize("bare", [True, False])
def test_instagram_2025_posts_label_values(tmp_path, bare):
    rec = {
        "timestamp": 1_750_000_000,
        "fbid": "18000000000000001",
        "label_values": [{"label": "Légende", "value": "Au travail 👮"}],
        "media": [
            {
                "uri": "media/posts/202506/1_n_18000000000000002.jpg",
                "creation_timestamp": 1_750_000_000,
                "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": -33.94, "longitude": 151.17}]}},
            }
        ],
    }
    p = tmp_path / "your_instagram_activity/media/posts.json"
    p.parent.mkdir(parents=True)
    p.write_text(synth.meta_dumps(rec if bare else [rec, rec | {"fbid": "18000000000000003"}]))
    items, ctx, _ = read(tmp_path)
    assert ctx.errors == []
    posts = [i for i in items if i.kind == ItemKind.POST]
    photos = [i for i in items if i.kind == ItemKind.PHOTO]
    assert [i.text for i in posts] == ["Au travail 👮"] * (1 if bare else 2)
    assert posts[0].item_id == "18000000000000001" and posts[0].timestamp.timestamp() == 1_750_000_000
    assert [(i.position.lat, i.position.lon, i.item_id) for i in photos] == [(-33.94, 151.17, "18000000000000002")] * len(posts)


def test_instagram_html_only_classic_layout_is_instagram(tmp_path):
    c = planted()
    synth.instagram_export(tmp_path, c, generation="2021", html=True)
    tree = InputTree.build([str(tmp_path)])
    assert InstagramSource().detect(tree) == [""]
    assert FacebookSource().detect(tree) == []
    items, _, _ = read(tmp_path)
    assert any(i.kind == ItemKind.MESSAGE for i in items) and any(i.field == "email" for i in items)
