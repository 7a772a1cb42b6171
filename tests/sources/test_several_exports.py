"""Several exports of different platforms handed over together, each zipped, in one folder:
every source finds its own root and only its own files."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from auditor import synth
from auditor.engine import scan


def test_several_zipped_exports_in_one_folder(tmp_path: Path, dibp) -> None:
    work = tmp_path / "build"
    t = datetime(2024, 3, 4, 5, 6, 7, tzinfo=UTC)
    synth.mastodon_archive(
        work / "m",
        {"type": "Person", "preferredUsername": "a", "summary": "<p>ABF officer</p>"},
        [synth.mastodon_note("1", "<p>hi</p>", t)],
    )
    synth.reddit_export(
        work / "r",
        [{"id": "p1", "permalink": "/r/x/p1/", "date": "2024-01-01 00:00:00 UTC", "subreddit": "x", "title": "hello"}],
        [],
    )
    (work / "w").mkdir(parents=True)
    (work / "w" / "WhatsApp Chat with Sam.txt").write_text(
        synth.whatsapp_chat([(datetime(2024, 3, 14, 9, 0), "Alex", "hi")]), encoding="utf-8"
    )
    synth.snapchat_export(work / "s", [synth.snapchat_memory(t, -35.3, 149.1)])
    synth.strava_export(
        work / "v",
        [{"id": "1", "name": "Run", "date": t, "fmt": "gpx", "points": synth.track_line((-35.25, 149.1), (-35.26, 149.1), t)}],
    )
    synth.twitter_archive(work / "x", [synth.tweet("1", "hello", t)], {"username": "a"})
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("m", "r", "w", "s", "v", "x"):
        synth.zip_folder(work / name, inbox / f"{name}.zip")
    result = scan([str(inbox)], dibp)
    assert result.errors == []
    roots = sorted((c["platform"], c["root"]) for c in result.coverage)
    assert roots == [
        ("mastodon", "m.zip"),
        ("reddit", "r.zip"),
        ("snapchat", "s.zip"),
        ("strava", "v.zip"),
        ("twitter", "x.zip"),
        ("whatsapp", "w.zip"),
    ]
    assert all(c["files_not_understood"] == 0 and c["items"] > 0 for c in result.coverage)
    assert {p for p in result.stats if p != "total"} == {"mastodon", "reddit", "snapchat", "strava", "twitter", "whatsapp"}
