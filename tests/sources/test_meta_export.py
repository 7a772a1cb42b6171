"""Finding Meta exports: each root is Facebook or Instagram by its files and folders."""

from __future__ import annotations

from auditor.sources.meta_export import classify_roots
from auditor.tree import InputTree


def test_meta_export_classifies_roots_by_platform_folders(tmp_path):
    fb = tmp_path / "fb" / "your_facebook_activity" / "posts"
    ig = tmp_path / "ig" / "your_instagram_activity" / "content"
    fb.mkdir(parents=True)
    ig.mkdir(parents=True)
    (fb / "your_posts_1.json").write_text("[]")
    (ig / "posts_1.json").write_text("[]")
    (tmp_path / "notes.json").write_text("{}")
    roots = classify_roots(InputTree.build([str(tmp_path)]))
    assert roots == {"fb": "facebook", "ig": "instagram"}


def test_meta_export_a_messenger_only_download_is_facebook(tmp_path):
    thread = tmp_path / "dl" / "messages" / "inbox" / "pat_123"
    thread.mkdir(parents=True)
    (thread / "message_1.json").write_text('{"participants": [{"name": "Pat"}], "messages": []}')
    assert classify_roots(InputTree.build([str(tmp_path)])) == {"dl": "facebook"}


def test_deeply_nested_record_sections_are_read_in_linear_time():
    import time  # lazy: only this hostile-input test times itself

    from auditor.sources.meta_export import html_records

    n = 600
    sec = '<section class="_a6-g"><h2>t</h2><div class="_2pin">post</div>'
    markup = "<html><body>" + sec * n + "</section>" * n + "</body></html>"
    t0 = time.perf_counter()
    recs = html_records(markup)
    assert time.perf_counter() - t0 < 10.0
    assert len(recs) == n and all(r["text"] == "post" and r["title"] == "t" for r in recs)
