"""auditor.synth.instagram: every layout generation and language writes JSON (or HTML) that parses."""

from __future__ import annotations

import json

import pytest

from auditor.synth.instagram import IG_GENERATIONS, InstagramContent, instagram_export
from auditor.synth.meta import MetaMedia, MetaPost

CONTENT = InstagramContent(
    email="alex@example.com",
    inferred_city="Canberra",
    posts=[MetaPost("caption", 1_600_000_100, media=[MetaMedia("media/posts/a.jpg", 1.0, 2.0)])],
    comments=[("nice", 1_600_000_200, "sam")],
)


@pytest.mark.parametrize("generation", IG_GENERATIONS)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_instagram_export_json_parses(tmp_path, generation, language):
    files = instagram_export(tmp_path, CONTENT, generation=generation, language=language)
    for rel, content in files.items():
        assert (tmp_path / rel).is_file()
        if rel.endswith(".json"):
            json.loads(content)
    posts = next(json.loads(c) for r, c in files.items() if r.endswith("posts_1.json"))
    assert posts[0]["media"][0]["title"] == "caption"


def test_instagram_export_html_variant(tmp_path):
    files = instagram_export(tmp_path, CONTENT, html=True)
    assert files and all(rel.endswith(".html") for rel in files)
