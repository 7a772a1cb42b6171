"""X / Twitter archive source: every tweets part, both wrappings, identity files, positions."""

from __future__ import annotations

from datetime import datetime

from auditor import synth
from auditor.models import ItemKind
from auditor.sources import SourceContext
from auditor.sources.base import Coverage
from auditor.sources.twitter import TwitterSource
from auditor.tree import InputTree


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
