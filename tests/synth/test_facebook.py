"""auditor.synth.facebook: every layout generation writes JSON (or HTML) that parses."""

from __future__ import annotations

import json

import pytest

from auditor.synth.facebook import FB_GENERATIONS, FacebookContent, facebook_export
from auditor.synth.meta import MetaMedia, MetaPlace, MetaPost, MetaThread

CONTENT = FacebookContent(
    emails=["alex@example.com"],
    work=[{"employer": "Example Dept", "title": "Officer", "location": "Canberra"}],
    current_city="Canberra",
    posts=[
        MetaPost(
            "hello", 1_600_000_100, tags=["Sam"], media=[MetaMedia("photos/a.jpg", 1.0, 2.0)], place=MetaPlace("P", 3.0, 4.0)
        )
    ],
    comments=[("nice", 1_600_000_200)],
    location_history=[MetaPlace("Home", 5.0, 6.0)],
    threads=[MetaThread("chat", ["Alex", "Sam"], [("Sam", 1_600_000_000_000, "hi")])],
)


@pytest.mark.parametrize("generation", FB_GENERATIONS)
def test_facebook_export_json_parses(tmp_path, generation):
    files = facebook_export(tmp_path, CONTENT, generation=generation)
    for rel, content in files.items():
        assert (tmp_path / rel).is_file()
        if rel.endswith(".json"):
            json.loads(content)
    assert "photos/a.jpg" in files


def test_facebook_export_html_variant(tmp_path):
    files = facebook_export(tmp_path, CONTENT, html=True)
    assert files and all(rel.endswith(".html") for rel in files)
    assert any("message_1.html" in rel for rel in files)
