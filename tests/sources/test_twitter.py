"""auditor.sources.twitter: the X / Twitter archive source. Every tweets part, both wrappings and
layouts, tweet.js vs tweets.js, the manifest check, identity files, positions, deleted tweets,
screen-name changes, personalization places, DM and tweet media references.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from auditor import synth
from auditor.engine import scan
from auditor.models import Audience, ItemKind, Platform
from auditor.sources import SourceContext
from auditor.sources.base import Coverage
from auditor.sources.twitter import TwitterSource, _created
from auditor.tree import InputTree, close_all


def _read(path):
    tree = InputTree.build([str(path)])
    src = TwitterSource()
    ctx = SourceContext()
    items = []
    for root in src.detect(tree):
        items += list(src.read(tree, root, ctx, Coverage("twitter", root)))
    return items, ctx


def _archive(root, parts=3, wrap=True, legacy=False):
    tweets = [synth.tweet(str(1000 + i), f"tweet {i} & more", datetime(2024, 1, 1 + i), wrap=wrap) for i in range(9)]
    tweets[4] = synth.tweet("1004", "at the park", datetime(2024, 1, 5), geo=(-35.2809, 149.13), wrap=wrap)
    synth.twitter_archive(
        root,
        tweets,
        account={"username": "alex_example", "email": "alex@abf.gov.au"},
        profile={"description": {"bio": "Bio here", "location": "Canberra"}},
        parts=parts,
        legacy_name=legacy,
    )


def test_twitter_reads_every_part(tmp_path):
    _archive(tmp_path)
    items, ctx = _read(tmp_path)
    tweets = [i for i in items if i.kind == ItemKind.POST]
    assert sorted(i.item_id for i in tweets) == [str(1000 + i) for i in range(9)]
    assert not ctx.errors


def test_twitter_unwrapped_and_legacy_tweet_js(tmp_path):
    _archive(tmp_path, parts=1, wrap=False, legacy=True)
    items, _ = _read(tmp_path)
    assert len([i for i in items if i.kind == ItemKind.POST]) == 9


def test_twitter_geo_is_lat_lon_and_text_unescaped(tmp_path):
    _archive(tmp_path)
    items, _ = _read(tmp_path)
    by_id = {i.item_id: i for i in items if i.kind == ItemKind.POST}
    pos = by_id["1004"].position
    assert (pos.lat, pos.lon) == (-35.2809, 149.13)
    assert by_id["1000"].text == "tweet 0 & more"
    assert by_id["1000"].url == "https://x.com/alex_example/status/1000"
    assert by_id["1000"].timestamp.isoformat() == "2024-01-01T00:00:00+00:00"


def test_twitter_identity_fields(tmp_path):
    _archive(tmp_path)
    items, _ = _read(tmp_path)
    fields = {(i.field, i.text) for i in items if i.kind == ItemKind.PROFILE_FIELD}
    assert ("email", "alex@abf.gov.au") in fields
    assert ("bio", "Bio here") in fields and ("location", "Canberra") in fields


def test_twitter_from_zip_with_wrapper_folder(tmp_path):
    _archive(tmp_path / "src")
    synth.zip_folder(tmp_path / "src", tmp_path / "twitter-2026.zip", prefix="twitter-2026/")
    items, _ = _read(tmp_path / "twitter-2026.zip")
    posts = [i for i in items if i.kind == ItemKind.POST]
    assert len(posts) == 9
    assert posts[0].path.startswith("twitter-2026.zip/twitter-2026/data/")
    assert posts[0].export_path.startswith("data/")


def test_twitter_malformed_part_is_an_error_others_still_read(tmp_path):
    _archive(tmp_path)
    (tmp_path / "data" / "tweets-part1.js").write_text("window.YTD.tweets.part1 = [ {broken")
    items, ctx = _read(tmp_path)
    assert any("tweets-part1.js" in e.path and "malformed" in e.reason for e in ctx.errors)
    assert len([i for i in items if i.kind == ItemKind.POST]) == 6


def test_twitter_part_cut_short_keeps_the_tweets_before_the_cut(tmp_path):
    _archive(tmp_path, parts=1)
    part = tmp_path / "data" / "tweets.js"
    text = part.read_text()
    part.write_text(text[: text.index('"1006"')])  # cut inside the seventh tweet
    items, ctx = _read(tmp_path)
    posts = [i.item_id for i in items if i.kind == ItemKind.POST]
    assert posts == [str(1000 + i) for i in range(6)]
    assert [e.reason for e in ctx.errors if "tweets.js" in e.path] == [
        "malformed X archive file (tweets): the file is cut short inside a record at character 2528"
        " (after 6 item(s); the rest of the file was not read)"
    ]


def test_twitter_tweets_are_streamed_not_read_whole(tmp_path, monkeypatch):
    """tweets.js is read in chunks: a part far larger than one chunk is never held whole."""
    from auditor.sources import jsonstream

    _archive(tmp_path, parts=1)
    monkeypatch.setattr(jsonstream, "CHUNK", 64)
    sizes: list[int] = []
    real = jsonstream._records

    def spy(read, prefix_end):
        def counted(n):
            b = read(n)
            sizes.append(len(b))
            return b

        return real(counted, prefix_end)

    monkeypatch.setattr(jsonstream, "_records", spy)
    items, _ = _read(tmp_path)
    assert len([i for i in items if i.kind == ItemKind.POST]) == 9
    assert max(sizes) <= 64 and len(sizes) > 10


T = datetime(2023, 2, 18, 12, 33, 11, tzinfo=UTC)
ACCOUNT = {
    "email": "alex@example.com",
    "username": "alex_example",
    "accountId": "1000000001",
    "createdAt": "2015-01-01T00:00:00.000Z",
}


def _tweets(wrap: bool = True) -> list[dict]:
    out = [synth.tweet(str(1600000000000000000 + i), f"tweet number {i}", T, wrap=wrap) for i in range(1, 7)]
    media_tweet = synth.tweet("1600000000000000099", "At the terminal https://t.co/AbC", T, wrap=wrap, geo=(-33.9399, 151.1753))
    t = media_tweet["tweet"] if wrap else media_tweet
    t["entities"]["urls"] = [{"url": "https://t.co/AbC", "expanded_url": "https://example.com/terminal", "indices": ["16", "31"]}]
    t["extended_entities"] = {
        "media": [{"id_str": "77", "media_url_https": "https://pbs.twimg.com/media/AbCdEf.jpg", "type": "photo"}]
    }
    return [*out, media_tweet]


def _extras(root: Path, data: str = "data/") -> None:
    deleted = synth.tweet("1500000000000000001", "deleted one about Border Force", T)
    deleted["tweet"]["deleted_at"] = "2023-03-01T00:00:00.000Z"
    synth.twitter_files(
        root,
        {
            f"{data}deleted-tweets.js": ("deleted_tweets", [deleted]),
            f"{data}screen-name-change.js": (
                "screen_name_change",
                [
                    {
                        "screenNameChange": {
                            "accountId": "1",
                            "screenNameChange": {
                                "changedAt": "2019-01-01T00:00:00.000Z",
                                "changedFrom": "alex_abf",
                                "changedTo": "alex_example",
                            },
                        }
                    }
                ],
            ),
            f"{data}personalization.js": (
                "personalization",
                [{"p13nData": {"demographics": {}, "locationHistory": ["Canberra, Australia", "Sydney, Australia"]}}],
            ),
            f"{data}direct-messages.js": (
                "direct_messages",
                [
                    {
                        "dmConversation": {
                            "conversationId": "1-2",
                            "messages": [
                                {
                                    "messageCreate": {
                                        "id": "900",
                                        "senderId": "1",
                                        "recipientId": "2",
                                        "createdAt": "2021-01-01T00:00:00.000Z",
                                        "text": "pic from work",
                                        "mediaUrls": ["https://ton.twitter.com/dm/900/1/AbC.jpg"],
                                        "urls": [],
                                    }
                                }
                            ],
                        }
                    }
                ],
            ),
            f"{data}like.js": ("like", [{"like": {"tweetId": "1", "fullText": "x"}}]),
        },
    )
    media = root / f"{data}tweets_media"
    media.mkdir(parents=True, exist_ok=True)
    (media / "1600000000000000099-AbCdEf.jpg").write_bytes(synth.photo())
    dm = root / f"{data}direct_messages_media"
    dm.mkdir(parents=True, exist_ok=True)
    (dm / "900-AbC.jpg").write_bytes(synth.photo())


def _read_with_coverage(path: Path):
    tree = InputTree.build([str(path)])
    src = TwitterSource()
    ctx = SourceContext()
    items, covs = [], []
    try:
        for root in src.detect(tree):
            cov = Coverage(platform="twitter", root=root)
            covs.append(cov)
            items.extend(src.read(tree, root, ctx, cov))
    finally:
        close_all()
    return items, ctx, covs


@pytest.mark.parametrize("as_zip", [False, True])
@pytest.mark.parametrize("legacy_name", [False, True])
def test_twitter_reads_every_part_and_extra_file(tmp_path: Path, as_zip: bool, legacy_name: bool) -> None:
    root = tmp_path / "twitter-2023"
    files = synth.twitter_archive(root, _tweets(), ACCOUNT, parts=3, legacy_name=legacy_name)
    assert sum(1 for f in files if "-part" in f) == 2
    _extras(root)
    path = synth.zip_folder(root, tmp_path / "twitter.zip") if as_zip else root
    items, ctx, covs = _read_with_coverage(path)
    assert ctx.errors == []
    posts = {i.item_id: i for i in items if i.kind == ItemKind.POST}
    assert set(posts) == {str(1600000000000000000 + i) for i in range(1, 7)} | {"1600000000000000099", "1500000000000000001"}
    media_tweet = posts["1600000000000000099"]
    assert media_tweet.text == "At the terminal https://example.com/terminal"
    assert media_tweet.extra["media_ids"] == ["77"]
    assert [f.rsplit("/", 1)[-1] for f in media_tweet.extra["media_files"]] == ["1600000000000000099-AbCdEf.jpg"]
    assert (media_tweet.position.lat, media_tweet.position.lon) == (-33.9399, 151.1753)
    assert media_tweet.url == "https://x.com/alex_example/status/1600000000000000099"
    deleted = posts["1500000000000000001"]
    assert deleted.extra["deleted"] is True and deleted.export_path == "data/deleted-tweets.js"
    fields = {(i.field, i.text) for i in items if i.kind == ItemKind.PROFILE_FIELD}
    assert {("previous_username", "alex_abf"), ("username", "alex_example"), ("email", "alex@example.com")} <= fields
    places = [i for i in items if i.kind == ItemKind.LOCATION_RECORD]
    assert [(p.text, p.audience) for p in places] == [
        ("Canberra, Australia", Audience.PRIVATE),
        ("Sydney, Australia", Audience.PRIVATE),
    ]
    dm = next(i for i in items if i.kind == ItemKind.MESSAGE)
    assert dm.extra["media_urls"] == ["https://ton.twitter.com/dm/900/1/AbC.jpg"]
    assert [f.rsplit("/", 1)[-1] for f in dm.extra["media_files"]] == ["900-AbC.jpg"]
    assert all(i.platform == Platform.TWITTER and i.path.endswith(i.export_path) for i in items)
    cov = covs[0]
    assert "data/manifest.js" in cov.parsed and "data/like.js" in cov.skipped
    assert cov.items == len(items)


def test_twitter_pre_2020_root_layout_with_unwrapped_tweets(tmp_path: Path) -> None:
    synth.twitter_files(
        tmp_path,
        {
            "tweet.js": ("tweet", _tweets(wrap=False)[:3]),
            "account.js": ("account", [{"account": ACCOUNT}]),
        },
    )
    items, ctx, covs = _read_with_coverage(tmp_path)
    assert ctx.errors == [] and [c.root for c in covs] == [""]
    assert sorted(i.item_id for i in items if i.kind == ItemKind.POST) == [str(1600000000000000000 + i) for i in range(1, 4)]
    assert all(i.export_path in ("tweet.js", "account.js") for i in items)


def test_twitter_manifest_reports_missing_part(tmp_path: Path, dibp) -> None:
    synth.twitter_archive(tmp_path, _tweets(), ACCOUNT, parts=3)
    (tmp_path / "data" / "tweets-part2.js").unlink()
    items, ctx, _ = _read_with_coverage(tmp_path)
    assert [(e.path, "data/tweets-part2.js" in e.reason) for e in ctx.errors] == [("data/manifest.js", True)]
    assert len([i for i in items if i.kind == ItemKind.POST]) == 6
    result = scan([str(tmp_path)], dibp)
    assert any("missing" in e.reason for e in result.errors)


def test_twitter_scan_finds_geotag_and_former_handle(tmp_path: Path, dibp) -> None:
    synth.twitter_archive(tmp_path, _tweets(), ACCOUNT)
    _extras(tmp_path)
    result = scan([str(tmp_path)], dibp)
    found = {(f.category, f.item_id) for f in result.findings}
    assert ("geotag", "1600000000000000099") in found
    assert ("department_identifier", "1500000000000000001") in found


def test_twitter_malformed_part_is_an_error_and_scan_continues(tmp_path: Path, dibp) -> None:
    synth.twitter_archive(tmp_path, _tweets(), ACCOUNT, parts=2)
    (tmp_path / "data" / "tweets-part1.js").write_text("window.YTD.tweets.part1 = [ {", encoding="utf-8")
    items, ctx, _ = _read_with_coverage(tmp_path)
    assert [e.path for e in ctx.errors] == ["data/tweets-part1.js"]
    assert len([i for i in items if i.kind == ItemKind.POST]) == 4
    result = scan([str(tmp_path)], dibp)
    assert any(e.path == "data/tweets-part1.js" for e in result.errors)


def test_twitter_grailbird_archive_before_2018(tmp_path: Path) -> None:
    tweets = [
        {
            "id_str": "300000000000000001",
            "created_at": "2013-01-31 22:50:57 +0000",
            "text": "Passing out parade at the ABF College &amp; proud",
            "geo": {"type": "Point", "coordinates": [-35.3, 149.1]},
            "entities": {"user_mentions": [{"screen_name": "sam"}], "urls": [], "media": []},
        },
        {"id_str": "300000000000000002", "created_at": "2013-02-01 08:00:00 +0000", "text": "no geo", "geo": {}, "entities": {}},
    ]
    synth.twitter_grailbird(
        tmp_path / "tweets",
        tweets,
        {"screen_name": "alex_old", "full_name": "Alex", "bio": "Customs Officer", "location": "Canberra"},
    )
    items, ctx, covs = _read_with_coverage(synth.zip_folder(tmp_path / "tweets", tmp_path / "tweets.zip"))
    assert ctx.errors == [] and [c.root for c in covs] == [""]
    posts = [i for i in items if i.kind == ItemKind.POST]
    assert [p.item_id for p in posts] == ["300000000000000001", "300000000000000002"]
    assert posts[0].text == "Passing out parade at the ABF College & proud" and posts[0].people == ("sam",)
    assert (posts[0].position.lat, posts[0].position.lon) == (-35.3, 149.1)
    assert posts[0].timestamp == datetime(2013, 1, 31, 22, 50, 57, tzinfo=UTC)
    assert {(i.field, i.text) for i in items if i.kind == ItemKind.PROFILE_FIELD} == {
        ("username", "alex_old"),
        ("display_name", "Alex"),
        ("bio", "Customs Officer"),
        ("location", "Canberra"),
    }
    cov = covs[0]
    assert sorted(cov.parsed) == ["data/js/tweets/2013_01.js", "data/js/tweets/2013_02.js", "data/js/user_details.js"]
    assert sorted(cov.skipped) == [
        "data/js/payload_details.js",
        "index.html",
        "js/application.js",
        "lib/jquery.min.js",
        "tweets.csv",
    ]
    assert cov.not_understood == []


def test_twitter_viewer_assets_are_skipped_not_misunderstood(tmp_path: Path) -> None:
    synth.twitter_archive(tmp_path, _tweets()[:2], ACCOUNT)
    (tmp_path / "assets" / "js").mkdir(parents=True)
    (tmp_path / "assets" / "js" / "main.abc.js").write_text("!function(){}();", encoding="utf-8")
    (tmp_path / "data" / "mystery.js").write_text("something new", encoding="utf-8")
    _, _, covs = _read_with_coverage(tmp_path)
    assert "assets/js/main.abc.js" in covs[0].skipped and covs[0].not_understood == ["data/mystery.js"]


def _strptime_created(s: str) -> datetime | None:
    """What `_created` returned when it was strptime alone: the reference for the fast path."""
    for fmt in ("%a %b %d %H:%M:%S %z %Y", "%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M:%S %z"):
        try:
            return datetime.strptime(s.replace("Z", "+0000"), fmt)
        except ValueError:
            continue
    return None


def test_x_dates_parsed_by_hand_match_strptime_on_many_dates() -> None:
    rng = random.Random(18)
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    samples = []
    for _ in range(5000):
        off = f"{rng.choice('+-')}{rng.randint(0, 14):02d}{rng.choice((0, 30, 45)):02d}"
        samples.append(
            f"{rng.choice(days)} {rng.choice(months)} {rng.randint(1, 31):02d} {rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} {off} {rng.randint(2006, 2030)}"
        )
    # near misses: each must give what strptime gives (a value or None), never a wrong date
    samples += [
        "Wed Feb 30 10:00:00 +0000 2021",
        "Wed Oct 10 24:19:24 +0000 2018",
        "Wed Oct 10 20:60:24 +0000 2018",
        "Wed Oct 10 20:19:24 +0099 2018",
        "Wed Oct 10 20:19:24 +2400 2018",
        "wed oct 10 20:19:24 +0000 2018",
        "Xyz Oct 10 20:19:24 +0000 2018",
        "Wed Foo 10 20:19:24 +0000 2018",
        "Wed Oct  5 20:19:24 +0000 2018",
        "Wed Oct 10 20:19:24 Z 2018",
        "Wed Oct 1٠ 20:19:24 +0000 2018",
        "Wed Oct 10 20:19:24 +0000 0000",
        "2018-10-10T20:19:24.000Z",
        "2018-10-10 20:19:24 +0000",
        "",
    ]
    for s in samples:
        got, want = _created(s), _strptime_created(s)
        assert got == want and (got is None or got.utcoffset() == want.utcoffset()), s
    assert _created("Wed Oct 10 20:19:24 +0530 2018").isoformat() == "2018-10-10T20:19:24+05:30"
