"""Instagram: a single DM thread without participants/title, secret conversations and the Threads
profile (layouts and where they were seen: instagram_layouts.py). Invented content."""

from __future__ import annotations

from auditor.models import ItemKind, Platform
from auditor.sources import Coverage, SourceContext
from auditor.sources.instagram import InstagramSource
from auditor.tree import InputTree, close_all
from tests.sources.realformats.instagram_layouts import secret_and_threads, single_thread


def _read(path):
    tree = InputTree.build([str(path)])
    src, ctx, items, covs = InstagramSource(), SourceContext(), [], []
    try:
        for r in src.detect(tree):
            cov = Coverage("instagram", r)
            items.extend(src.read(tree, r, ctx, cov))
            covs.append(cov)
    finally:
        close_all()
    return covs, items, ctx.errors


def test_instagram_single_thread_without_participants_is_read(tmp_path):
    expected = single_thread(tmp_path / "dm")
    covs, items, errors = _read(tmp_path)
    assert errors == [] and len(covs) == 1
    msgs = [i for i in items if i.kind == ItemKind.MESSAGE]
    assert len(msgs) == expected["messages"]
    assert all(m.platform == Platform.INSTAGRAM for m in msgs)


def test_instagram_secret_conversations_and_threads_profile_read(tmp_path):
    expected = secret_and_threads(tmp_path / "instagram-mo")
    (cov,), items, errors = _read(tmp_path)
    assert errors == []
    devices = [i for i in items if i.field == "device"]
    assert len(devices) == expected["devices"] and devices[0].extra["ip"] == "192.0.2.7"
    threads = {(i.field, i.text) for i in items if i.extra.get("threads")}
    assert ("bio", "ferry crew at the example port") in threads and ("username", "mo.example") in threads
    assert len(threads) == expected["threads_fields"]
    assert cov.not_understood == []


def test_instagram_message_requests_are_not_a_second_messenger_export(tmp_path):
    """Layout seen in yummyhopper/personal_instagram_analysis (``data/messages/message_requests/
    <name>_<id>/message_1.json`` beside ``data/content/posts_1.json``): threads under
    message_requests belong to the Instagram export; they must not also be read as a
    Messenger download (every message counted twice). Invented content."""
    import json

    from auditor.sources.facebook import FacebookSource

    root = tmp_path / "data"
    thread = root / "messages" / "message_requests" / "sam_123"
    thread.mkdir(parents=True)
    msgs = {
        "participants": [{"name": "sam"}, {"name": "mo"}],
        "messages": [{"sender_name": "sam", "timestamp_ms": 1, "content": "hi"}],
    }
    (thread / "message_1.json").write_text(json.dumps(msgs), encoding="utf-8")
    (root / "content").mkdir()
    posts = [{"media": [{"uri": "media/posts/1.jpg", "creation_timestamp": 1, "title": "hello"}]}]
    (root / "content" / "posts_1.json").write_text(json.dumps(posts), encoding="utf-8")
    tree = InputTree.build([str(tmp_path)])
    try:
        assert FacebookSource().detect(tree) == []
        assert len(InstagramSource().detect(tree)) == 1
    finally:
        close_all()
