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
