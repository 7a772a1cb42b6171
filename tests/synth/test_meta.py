"""auditor.synth.meta: Meta's mojibake JSON, media and thread records, and the HTML page."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup

from auditor.synth import meta


def test_meta_dumps_writes_mojibake_that_decodes_back():
    text = meta.meta_dumps({"name": "Zoë"})
    assert "\\u00c3\\u00ab" in text
    assert json.loads(text)["name"].encode("latin-1").decode("utf-8") == "Zoë"


def test_media_json_shapes_and_media_files():
    m = meta.MetaMedia("photos/a.jpg", 1.0, 2.0, "desc")
    assert meta.media_json(m, "list")["media_metadata"]["photo_metadata"]["exif_data"][0]["latitude"] == 1.0
    assert meta.media_json(m, "flat")["media_metadata"]["photo_metadata"]["longitude"] == 2.0
    files: dict[str, str | bytes] = {}
    meta.media_files(files, [m, meta.MetaMedia("v/b.mp4")])
    assert list(files) == ["photos/a.jpg"]


def test_thread_json_and_html_page():
    t = meta.MetaThread("chat", ["a", "b"], [("a", 1_600_000_000_000, "hi")])
    assert meta.thread_json(t)["messages"][0]["content"] == "hi"
    page = BeautifulSoup(meta.html_page("T", [("H", "body <b>", [("k", "v")], meta.html_when(0))]), "html.parser")
    assert page.find("h2").get_text() == "H"
    assert "body <b>" in page.get_text()
    assert meta.html_when(0) == "Jan 01, 1970 12:00:00 am"
