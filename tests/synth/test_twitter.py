"""auditor.synth.twitter: X archives (current and Grailbird) whose files parse as X writes them."""

from __future__ import annotations

import json
from datetime import datetime

from auditor.synth import twitter


def _ytd(text: str) -> object:
    return json.loads(text.split("=", 1)[1])


def test_twitter_archive_writes_parts_account_and_manifest(tmp_path):
    tweets = [twitter.tweet(str(i), f"t{i} & <b>", datetime(2025, 1, i + 1), geo=(1.0, 2.0)) for i in range(3)]
    files = twitter.twitter_archive(tmp_path, tweets, {"username": "u"}, profile={"description": {"bio": "b"}}, parts=2)
    assert sorted(files) == ["data/account.js", "data/manifest.js", "data/profile.js", "data/tweets-part1.js", "data/tweets.js"]
    first = _ytd((tmp_path / "data" / "tweets.js").read_text(encoding="utf-8"))
    assert [t["tweet"]["id_str"] for t in first] == ["0", "1"]
    assert first[0]["tweet"]["full_text"] == "t0 &amp; &lt;b&gt;"
    assert first[0]["tweet"]["coordinates"]["coordinates"] == ["2.0", "1.0"]
    manifest = json.loads((tmp_path / "data" / "manifest.js").read_text().split("=", 1)[1])
    assert manifest["userInfo"]["userName"] == "u"
    assert len(manifest["dataTypes"]["tweets"]["files"]) == 2


def test_twitter_files_and_grailbird(tmp_path):
    twitter.twitter_files(tmp_path / "a", {"data/like.js": ("like", [{"like": {}}])})
    assert _ytd((tmp_path / "a" / "data" / "like.js").read_text()) == [{"like": {}}]
    tweets = [{"id_str": "1", "created_at": "2014-05-01 10:00:00 +0000", "text": "x"}]
    twitter.twitter_grailbird(tmp_path / "g", tweets, {"screen_name": "u"})
    text = (tmp_path / "g" / "data" / "js" / "tweets" / "2014_05.js").read_text()
    assert json.loads(text.split("=", 1)[1]) == tweets
    assert (tmp_path / "g" / "tweets.csv").read_text().startswith("tweet_id,timestamp,text")
