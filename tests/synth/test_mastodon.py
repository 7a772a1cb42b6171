"""auditor.synth.mastodon: an archive whose outbox parses, with the notes' visibility and mentions."""

from __future__ import annotations

import json
from datetime import datetime

from auditor.synth.mastodon import AS_PUBLIC, mastodon_archive, mastodon_note


def test_mastodon_archive_outbox_parses(tmp_path):
    notes = [
        mastodon_note("1", "<p>hi</p>", datetime(2024, 5, 1), alt_texts=["a badge"]),
        mastodon_note("2", "<p>dm</p>", datetime(2024, 5, 2), mentions=["@sam@other.example"], visibility="direct"),
    ]
    mastodon_archive(tmp_path, {"type": "Person", "preferredUsername": "alex"}, notes, media={"media/a.jpg": b"x"})
    outbox = json.loads((tmp_path / "outbox.json").read_text(encoding="utf-8"))
    assert outbox["totalItems"] == 2
    assert outbox["orderedItems"][0]["to"] == [AS_PUBLIC]
    assert outbox["orderedItems"][0]["object"]["attachment"][0]["name"] == "a badge"
    assert outbox["orderedItems"][1]["to"] == ["https://mastodon.example/users/sam"]
    assert (tmp_path / "media" / "a.jpg").read_bytes() == b"x"
    json.loads((tmp_path / "actor.json").read_text(encoding="utf-8"))
