"""Facebook source: every layout generation, folder and zip, shapes, HTML, errors, findings.

Exports are built in code by `auditor.synth.facebook_export` from planted content; the expected
Items are derived from that same planted content, never hard-coded.
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
PL = synth.MetaPlace


def planted() -> synth.FacebookContent:
    return synth.FacebookContent(
        name="Alex Example",
        emails=["alex@example.com"],
        previous_emails=["alex.example@abf.gov.au"],
        work=[{"employer": "Australian Border Force", "title": "Compliance Officer", "location": "Mascot"}],
        current_city="København",
        hometown="Wagga Wagga",
        phones=["+61400000001"],
        websites=["https://example.com/alex"],
        family=["Sam Sample"],
        posts=[
            synth.MetaPost(
                "Hi 👏 lovely café",
                1_600_000_000,
                tags=["Sam Sample", "Jo Bloggs"],
                media=[
                    M("posts/media/Album_1/100000000000001_n_100000000000001.jpg", -33.8688, 151.2093, timestamp=1_600_000_000)
                ],
            ),
            synth.MetaPost("Coffee before the shift", 1_600_100_000, place=PL("Example Cafe", -33.9399, 151.1753)),
            synth.MetaPost(
                "",
                1_600_200_000,
                title="Alex Example added a new video.",
                media=[
                    M("posts/media/Videos_2/100000000000002.mp4", -35.2809, 149.13, timestamp=1_600_200_000),
                    M("posts/media/Videos_2/100000000000003_n.jpg"),
                ],
            ),
        ],
        comments=[("Wait… what time?", 1_600_300_000)],
        group_comments=[("See you at the meetup", 1_600_400_000, "Example Runners")],
        events=[("Harbour run", 1_600_500_000, PL("Example Park", -33.86, 151.21))],
        places_created=[PL("Alex's Place", -33.87, 151.22, 1_500_000_000)],
        location_history=[PL("Home", -33.91, 151.23, 1_600_600_000), PL("No fix", 0.0, 0.0, 1_600_600_100)],
        last_location=PL("", -33.92, 151.24, 1_600_700_000),
        threads=[
            synth.MetaThread(
                "Sam Sample",
                ["Sam Sample", "Alex Example"],
                [("Alex Example", 1_620_000_000_000, "See you at the café"), ("Sam Sample", 1_619_990_000_000, "ok 👍")],
                folder="samsample_ab12cd34ef",
            )
        ],
    )


def _pos(lat, lon):
    if lat is None or (lat == 0 and lon == 0):
        return None
    return (round(lat, 5), round(lon, 5))


def expected(c: synth.FacebookContent, generation: str) -> Counter:
    """The Items the planted content must come back as: (kind, field, text, position, people)."""
    out: list[tuple] = [("profile_field", "name", c.name, None, ())]
    out += [("profile_field", "email", e, None, ()) for e in c.emails]
    out += [("profile_field", "previous_email", e, None, ()) for e in c.previous_emails]
    for key, fld in (("current_city", "location"), ("hometown", "hometown")):
        if getattr(c, key):
            out.append(("profile_field", fld, getattr(c, key), None, ()))
    out += [("profile_field", "phone", p, None, ()) for p in c.phones]
    out += [("profile_field", "website", w, None, ()) for w in c.websites]
    for w in c.work:
        out += [("profile_field", k, w[k], None, ()) for k in ("employer", "title", "location") if w.get(k)]
    if c.family:
        out.append(("profile_field", "family_members", ", ".join(c.family), None, tuple(c.family)))
    for p in c.posts:
        kind = "check_in" if p.place else "post"
        pos = _pos(p.place.lat, p.place.lon) if p.place else None
        out.append((kind, None, p.text or p.title, pos, tuple(p.tags)))
        for m in p.media:
            if _pos(m.lat, m.lon):
                out.append(("video" if m.uri.endswith(".mp4") else "photo", None, "", _pos(m.lat, m.lon), ()))
    out += [("comment", None, t, None, ()) for t, _ts in c.comments]
    out += [("comment", None, t, None, ()) for t, _ts, _g in c.group_comments]
    out += [("check_in" if _pos(pl.lat, pl.lon) else "post", None, n, _pos(pl.lat, pl.lon), ()) for n, _ts, pl in c.events]
    out += [("location_record", None, p.name, _pos(p.lat, p.lon), ()) for p in c.places_created + c.location_history]
    if c.last_location and generation not in ("2018", "classic"):
        out.append(("location_record", None, c.last_location.name, _pos(c.last_location.lat, c.last_location.lon), ()))
    for t in c.threads:
        out += [("message", None, text, None, tuple(t.participants)) for _s, _ts, text in t.messages]
    return Counter(out)


def got(items: list[Item]) -> Counter:
    return Counter(
        (str(i.kind), i.field, i.text, _pos(i.position.lat, i.position.lon) if i.position else None, i.people) for i in items
    )


def read(path: Path, source=None) -> tuple[list[Item], SourceContext, list[Coverage]]:
    source = source or FacebookSource()
    tree = InputTree.build([str(path)])
    ctx = SourceContext()
    items: list[Item] = []
    covs = []
    for root in source.detect(tree):
        cov = Coverage(str(source.platform), root)
        items.extend(source.read(tree, root, ctx, cov))
        covs.append(cov)
    return items, ctx, covs


@pytest.mark.parametrize("generation", synth.FB_GENERATIONS)
@pytest.mark.parametrize("packaging", ["folder", "zip"])
def test_facebook_reads_exactly_planted_items(tmp_path, generation, packaging):
    c = planted()
    folder = tmp_path / "fb"
    files = synth.facebook_export(folder, c, generation=generation)
    target = folder if packaging == "folder" else synth.zip_folder(folder, tmp_path / "facebook-alex.zip")
    items, ctx, covs = read(target)
    assert ctx.errors == []
    assert got(items) == expected(c, generation)
    assert len(covs) == 1
    cov = covs[0]
    assert len(cov.parsed) + len(cov.skipped) + len(cov.not_understood) == len(files)
    assert cov.not_understood == []
    assert cov.items == len(items)
    for it in items:
        assert it.platform == Platform.FACEBOOK
        assert it.export_path in files
        assert it.path.endswith(it.export_path)
        assert it.timestamp is None or it.timestamp.tzinfo == UTC


def test_facebook_wrapper_folder_inside_zip_is_detected(tmp_path):
    c = planted()
    synth.facebook_export(tmp_path / "fb", c, generation="2024")
    z = synth.zip_folder(tmp_path / "fb", tmp_path / "export.zip", prefix="facebook-alex-2024/")
    tree = InputTree.build([str(z)])
    assert FacebookSource().detect(tree) == ["facebook-alex-2024"]
    items, ctx, _ = read(z)
    assert got(items) == expected(c, "2024")


def test_facebook_mojibake_is_repaired_in_keys_and_values(tmp_path):
    c = planted()
    files = synth.facebook_export(tmp_path, c, generation="classic")
    raw = files["profile_information/profile_information.json"]
    assert "\\u00c3\\u00b8" in raw  # København written the way Meta writes it
    items, _, _ = read(tmp_path)
    texts = {i.text for i in items}
    assert "København" in texts
    assert "Hi 👏 lovely café" in texts
    assert "Wait… what time?" in texts
    fam = next(i for i in items if i.field == "family_members")
    assert fam.extra["relations"] == ["Fætter"]


def test_facebook_fix_text_leaves_genuine_text_alone():
    from auditor.sources.meta_common import fix_mojibake

    assert fix_mojibake({"K\u00c3\u00b8": ["Caf\u00c3\u00a9", "café", "é", "日本"]}) == {"Kø": ["Café", "café", "é", "日本"]}


@pytest.mark.parametrize("tags_shape", ["objects", "strings"])
def test_facebook_tags_in_both_shapes_become_people(tmp_path, tags_shape):
    c = planted()
    synth.facebook_export(tmp_path, c, generation="classic", tags_shape=tags_shape)
    raw = json.loads((tmp_path / "posts/your_posts_1.json").read_text())
    assert isinstance(raw[0]["tags"][0], dict if tags_shape == "objects" else str)
    items, _, _ = read(tmp_path)
    post = next(i for i in items if i.text == "Hi 👏 lovely café")
    assert post.people == tuple(c.posts[0].tags)


@pytest.mark.parametrize("exif_shape", ["flat", "list"])
def test_facebook_media_metadata_position_in_flat_and_exif_data_shapes(tmp_path, exif_shape):
    c = planted()
    synth.facebook_export(tmp_path, c, generation="2024", exif_shape=exif_shape)
    items, _, _ = read(tmp_path)
    media = [i for i in items if i.kind in (ItemKind.PHOTO, ItemKind.VIDEO)]
    planted_media = [m for p in c.posts for m in p.media if m.lat is not None]
    assert sorted((i.position.lat, i.position.lon) for i in media) == sorted((m.lat, m.lon) for m in planted_media)
    photo = next(i for i in media if i.kind == ItemKind.PHOTO)
    assert photo.extra["media_uri"] == c.posts[0].media[0].uri
    assert photo.item_id == "100000000000001"
    assert photo.url == "https://www.facebook.com/100000000000001"
    assert photo.position.source == "meta.exif_data"
    assert photo.extra["upload_ip"] == "192.0.2.10"


def test_facebook_check_in_carries_place_and_position(tmp_path):
    c = planted()
    synth.facebook_export(tmp_path, c, generation="2022")
    items, _, _ = read(tmp_path)
    ci = next(i for i in items if i.kind == ItemKind.CHECK_IN and i.text == c.posts[1].text)
    assert ci.extra["place_name"] == "Example Cafe"
    assert (ci.position.lat, ci.position.lon) == (c.posts[1].place.lat, c.posts[1].place.lon)


@pytest.mark.parametrize("n_posts", [1, 2])
def test_facebook_label_values_as_bare_object_or_list(tmp_path, n_posts):
    c = planted()
    c.posts = c.posts[:n_posts]
    files = synth.facebook_export(tmp_path, c, generation="2025")
    raw = json.loads(files["your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"])
    assert isinstance(raw, dict if n_posts == 1 else list)
    items, ctx, _ = read(tmp_path)
    assert ctx.errors == []
    assert got(items) == expected(c, "2025")
    post = next(i for i in items if i.text == c.posts[0].text)
    assert post.item_id == "100000000000000"
    assert post.url == "https://www.facebook.com/100000000000000"


def test_facebook_private_items_are_private(tmp_path):
    synth.facebook_export(tmp_path, planted(), generation="2024")
    items, _, _ = read(tmp_path)
    for it in items:
        if it.kind == ItemKind.MESSAGE or (it.kind == ItemKind.LOCATION_RECORD and it.extra.get("place_name") != "Alex's Place"):
            assert it.audience == Audience.PRIVATE
    msg = next(i for i in items if i.kind == ItemKind.MESSAGE)
    assert msg.timestamp.year == 2021 and msg.timestamp.tzinfo == UTC


def test_facebook_coverage_counts_unknown_and_irrelevant_files(tmp_path):
    files = synth.facebook_export(tmp_path, planted(), generation="2024")
    (tmp_path / "your_facebook_activity/odd").mkdir(parents=True)
    (tmp_path / "your_facebook_activity/odd/mystery.json").write_text("[1, 2, 3]")
    (tmp_path / "your_facebook_activity/odd/notes.txt").write_text("hello")
    _, _, covs = read(tmp_path)
    cov = covs[0]
    assert sorted(cov.not_understood) == ["your_facebook_activity/odd/mystery.json", "your_facebook_activity/odd/notes.txt"]
    assert "connections/friends/your_friends.json" in cov.skipped
    assert len(cov.parsed) + len(cov.skipped) + len(cov.not_understood) == len(files) + 2


def test_facebook_html_variant_best_effort_with_notice(tmp_path):
    c = planted()
    synth.facebook_export(tmp_path, c, generation="2024", html=True)
    items, ctx, covs = read(tmp_path)
    texts = Counter((str(i.kind), i.field, i.text) for i in items)
    want = Counter(
        [("profile_field", "name", c.name)]
        + [("profile_field", "email", e) for e in c.emails]
        + [("profile_field", "phone", p) for p in c.phones]
        + [("profile_field", "employer", w["employer"]) for w in c.work]
        + [("profile_field", "location", c.current_city)]
        + [("post", None, p.text) for p in c.posts if p.text]
        + [("comment", None, t) for t, _ in c.comments]
        + [("message", None, m[2]) for t in c.threads for m in t.messages]
    )
    assert texts == want
    post = next(i for i in items if i.text == c.posts[0].text)
    assert post.timestamp.timestamp() == c.posts[0].timestamp
    assert ctx.notices and "HTML" in ctx.notices[0]
    assert covs[0].notes == ctx.notices


def test_facebook_messenger_only_download_is_facebook(tmp_path):
    c = synth.FacebookContent(threads=planted().threads)
    folder = tmp_path / "messenger"
    thread = c.threads[0]
    p = folder / "messages/inbox" / thread.folder / "message_1.json"
    p.parent.mkdir(parents=True)
    p.write_text(synth.meta_dumps(synth.thread_json(thread)))
    tree = InputTree.build([str(folder)])
    assert FacebookSource().detect(tree) == [""]
    assert InstagramSource().detect(tree) == []


def test_facebook_and_instagram_side_by_side_get_their_own_roots(tmp_path):
    synth.facebook_export(tmp_path / "facebook-alex", planted(), generation="2024")
    synth.instagram_export(tmp_path / "instagram-alex", synth.InstagramContent(email="a@example.com"), generation="2024")
    tree = InputTree.build([str(tmp_path)])
    assert FacebookSource().detect(tree) == ["facebook-alex"]
    assert InstagramSource().detect(tree) == ["instagram-alex"]


# ---- malformed files ----------------------------------------------------------------------------

BAD = {
    "truncated": b'[{"timestamp": 1600000000, "data": [{"post": "cut off',
    "wrong_type_top": b'"just a string"',
    "wrong_type_record": b'[{"timestamp": 1, "data": [{"post": "fine"}]}, "not a post"]',
    "latin1_bytes": '[{"timestamp": 1, "data": [{"post": "café"}]}]'.encode("latin-1"),
    "utf16": '[{"timestamp": 1, "data": [{"post": "hi"}]}]'.encode("utf-16"),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_facebook_malformed_posts_file_is_an_error_not_a_crash(tmp_path, kind):
    c = planted()
    synth.facebook_export(tmp_path, c, generation="2024")
    posts = tmp_path / "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
    posts.write_bytes(BAD[kind])
    items, ctx, covs = read(tmp_path)
    assert [e.path for e in ctx.errors] == ["your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"]
    assert ctx.errors[0].reason
    # everything else is still read
    assert any(i.field == "employer" for i in items)
    assert any(i.kind == ItemKind.MESSAGE for i in items)


@pytest.mark.parametrize(
    "rel, body",
    [
        ("personal_information/profile_information/profile_information.json", b'{"profile_v2": ["not", "an", "object"]}'),
        ("your_facebook_activity/comments_and_reactions/comments.json", b'{"comments_v2": ["not a comment"]}'),
        ("your_facebook_activity/messages/inbox/samsample_ab12cd34ef/message_1.json", b'{"participants": [], "messages": [1]}'),
        ("logged_information/location/last_location.json", b'{"last_location_v2": [1, 2]}'),
        ("logged_information/location/location_history.json", b'{"location_history_v2": ["x"]}'),
        ("your_facebook_activity/events/your_events.json", b'{"your_events_v2": [null]}'),
        ("your_facebook_activity/comments_and_reactions/comments.json", b'{"comments_v2": [{"data": [{"comment": {"comm'),
    ],
)
def test_facebook_malformed_file_of_each_kind_is_an_error(tmp_path, rel, body):
    synth.facebook_export(tmp_path, planted(), generation="2024")
    (tmp_path / rel).write_bytes(body)
    items, ctx, _ = read(tmp_path)
    assert [e.path for e in ctx.errors] == [rel]
    assert items


# ---- findings through the engine ----------------------------------------------------------------


def test_facebook_scan_finds_geotags_registration_and_employer(tmp_path, dibp):
    c = planted()
    synth.facebook_export(tmp_path / "fb", c, generation="2022")
    res = scan([str(tmp_path / "fb")], dibp)
    assert res.errors == []
    by = Counter(f.code for f in res.findings)
    geo101 = [f for f in res.findings if f.code == "GEO101" and f.platform == Platform.FACEBOOK]
    assert sorted((f.location.lat, f.location.lon) for f in geo101) == sorted(
        (m.lat, m.lon) for p in c.posts for m in p.media if m.lat is not None
    )
    assert any(f.code == "GEO102" and "Example Cafe" in f.evidence for f in res.findings)
    acc = [f for f in res.findings if f.code == "ACC101"]
    assert [f.evidence for f in acc] == c.previous_emails
    dep = [f for f in res.findings if f.code == "DEP101"]
    assert any("Australian Border Force" in f.evidence and f.path.endswith("profile_information.json") for f in dep)
    assert by["GEO102"] >= 2  # the check-in and the event
    assert res.coverage and res.coverage[0]["platform"] == "facebook"


def test_facebook_profile_history_videos_and_albums(tmp_path):
    synth.facebook_export(tmp_path, planted(), generation="classic")
    extra = {
        "profile_information/profile_update_history.json": {
            "profile_updates": [
                {
                    "timestamp": 1_500_000_000,
                    "title": "Alex Example updated his work.",
                    "data": [{"profile_update": {"work": "Australian Border Force"}}],
                }
            ]
        },
        "posts/your_videos.json": {
            "videos_v2": [
                {
                    "uri": "posts/media/Videos_1/200000000000001.mp4",
                    "creation_timestamp": 1_500_000_100,
                    "description": "Day at the dock",
                    "media_metadata": {"video_metadata": {"latitude": -27.47, "longitude": 153.02}},
                }
            ]
        },
        "posts/album/0.json": {
            "name": "Mobile Uploads",
            "photos": [
                {
                    "uri": "posts/media/MobileUploads_1/300000000000001_n.jpg",
                    "creation_timestamp": 1_500_000_200,
                    "title": "Mobile Uploads",
                    "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": -31.95, "longitude": 115.86}]}},
                }
            ],
        },
    }
    for rel, obj in extra.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(synth.meta_dumps(obj))
    items, ctx, _ = read(tmp_path)
    assert ctx.errors == []
    upd = next(i for i in items if i.field == "profile_update")
    assert "Australian Border Force" in upd.text and upd.timestamp.timestamp() == 1_500_000_000
    video = next(i for i in items if i.item_id == "200000000000001")
    assert (video.kind, video.text, video.position.lat) == (ItemKind.VIDEO, "Day at the dock", -27.47)
    album = next(i for i in items if i.item_id == "300000000000001")
    assert (album.kind, album.text, album.position.lon) == (ItemKind.PHOTO, "", 115.86)


def test_facebook_multi_part_zips_are_one_export(tmp_path):
    import zipfile

    c = planted()
    files = synth.facebook_export(tmp_path / "fb", c, generation="2024")
    names = sorted(files)
    for part, chunk in enumerate((names[::2], names[1::2]), start=1):
        with zipfile.ZipFile(tmp_path / f"facebook-alex-2024-part{part}.zip", "w") as zf:
            for n in chunk:
                zf.write(tmp_path / "fb" / n, n)
    import shutil

    shutil.rmtree(tmp_path / "fb")
    items, ctx, covs = read(tmp_path)
    assert len(covs) == 1
    assert ctx.errors == []
    assert got(items) == expected(c, "2024")


def test_facebook_other_platforms_location_history_is_not_claimed(tmp_path):
    # Snapchat also ships a location_history.json, without Meta's _v2 keys
    p = tmp_path / "snap/json/location_history.json"
    p.parent.mkdir(parents=True)
    p.write_text(json.dumps({"Frequent Locations": [{"City": "Sydney"}]}))
    tree = InputTree.build([str(tmp_path)])
    assert FacebookSource().detect(tree) == []
    assert InstagramSource().detect(tree) == []


def test_facebook_deeply_nested_json_is_an_error(tmp_path):
    synth.facebook_export(tmp_path, planted(), generation="2024")
    rel = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
    (tmp_path / rel).write_text("[" * 100_000 + "]" * 100_000)
    items, ctx, _ = read(tmp_path)
    assert [e.path for e in ctx.errors] == [rel]
    assert items


def test_facebook_html_times_use_the_account_time_zone(tmp_path):
    c = planted()
    synth.facebook_export(tmp_path, c, generation="2024", html=True)
    tz = tmp_path / "logged_information/location/timezone.json"
    tz.parent.mkdir(parents=True, exist_ok=True)
    tz.write_text(synth.meta_dumps({"timestamp": 1, "label_values": [{"label": "Time zone", "value": "Australia/Sydney"}]}))
    items, _, _ = read(tmp_path)
    post = next(i for i in items if i.text == c.posts[0].text)
    # the page prints UTC wall time; read as Sydney time it lands 10 hours earlier (AEST, September)
    assert c.posts[0].timestamp - post.timestamp.timestamp() == 10 * 3600


def test_facebook_title_sentence_with_a_place_reaches_the_rules(tmp_path, dibp):
    c = synth.FacebookContent(
        posts=[synth.MetaPost("Busy day", 1_600_000_000, title="Alex Example was at Border Operations Centre.")]
    )
    synth.facebook_export(tmp_path, c, generation="2024")
    items, _, _ = read(tmp_path)
    post = next(i for i in items if i.kind == ItemKind.POST)
    assert "Busy day" in post.text and "Border Operations Centre" in post.text
    assert post.extra["title_place"] == "Border Operations Centre"
    res = scan([str(tmp_path)], dibp)
    assert any(f.code == "DEP101" and "Border Operations Centre" in f.evidence for f in res.findings)


def test_facebook_2025_profile_as_label_values_with_localised_labels(tmp_path):
    rel = "personal_information/profile_information/profile_information.json"
    rec = {
        "timestamp": 1_700_000_000,
        "label_values": [
            {"label": "E-Mail-Adresse", "value": "alex.example@abf.gov.au"},
            {"label": "Arbeitgeber", "value": "Australian Border Force"},
            {"label": "Wohnort", "value": "København"},
        ],
    }
    (tmp_path / rel).parent.mkdir(parents=True)
    (tmp_path / rel).write_text(synth.meta_dumps(rec))
    items, ctx, _ = read(tmp_path)
    assert ctx.errors == []
    assert sorted((i.field, i.text) for i in items) == [
        ("email", "alex.example@abf.gov.au"),
        ("employer", "Australian Border Force"),
        ("location", "København"),
    ]
