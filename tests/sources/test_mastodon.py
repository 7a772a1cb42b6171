"""Mastodon archive source: actor fields, outbox posts, boosts skipped, audiences, bad files."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from auditor import synth
from auditor.engine import scan
from auditor.models import Audience, ItemKind, Platform
from auditor.sources import SourceContext
from auditor.sources.base import Coverage
from auditor.sources.mastodon import MastodonSource, media_path
from auditor.tree import InputTree, close_all

ACTOR = {
    "@context": ["https://www.w3.org/ns/activitystreams"],
    "id": "https://mastodon.example/users/alex_example",
    "type": "Person",
    "preferredUsername": "alex_example",
    "name": "Alex Example",
    "summary": "<p>Dog person. Officer with the <a href='#'>Australian Border Force</a>.</p><p>Views my own.</p>",
    "url": "https://mastodon.example/@alex_example",
    "published": "2022-11-01T00:00:00Z",
    "attachment": [
        {
            "type": "PropertyValue",
            "name": "Work",
            "value": '<a href="mailto:alex.example@abf.gov.au">alex.example@abf.gov.au</a>',
        },
        {"type": "PropertyValue", "name": "Web", "value": '<a href="https://example.com">example.com</a>'},
        {"type": "IdentityProof", "name": "ignored"},
    ],
    "icon": {"type": "Image", "url": "avatar.jpg"},
    "outbox": "outbox.json",
}


def _activities() -> list[dict]:
    t = datetime(2023, 3, 4, 5, 6, 7, tzinfo=UTC)
    note1 = synth.mastodon_note(
        "1001",
        "<p>Night shift at the port &amp; all quiet <a href='x'>#<span>nofilter</span></a></p>",
        t,
        mentions=["@sam@other.example"],
        alt_texts=["Crew photo at the wharf"],
    )
    note2 = synth.mastodon_note("1002", "<p>Just for followers</p>", t, visibility="followers")
    note3 = synth.mastodon_note(
        "1003", "<p>@sam see you at 8</p>", t, visibility="direct", mentions=["@sam@other.example"], summary="cw: work"
    )
    boost = {"type": "Announce", "published": "2023-03-05T00:00:00Z", "object": "https://other.example/@x/55"}
    return [note1, boost, note2, note3, "garbage", {"type": "Create", "object": "https://not-an-object"}]


def _read(path: Path) -> tuple[list, SourceContext, list[Coverage]]:
    tree = InputTree.build([str(path)])
    src = MastodonSource()
    ctx = SourceContext()
    items = []
    covs = []
    try:
        for root in src.detect(tree):
            cov = Coverage(platform="mastodon", root=root)
            covs.append(cov)
            items.extend(src.read(tree, root, ctx, cov))
    finally:
        close_all()
    return items, ctx, covs


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "mastodon"
    synth.mastodon_archive(root, ACTOR, _activities(), media={"avatar.jpg": synth.photo()})
    return root


@pytest.mark.parametrize("as_zip", [False, True])
def test_mastodon_reads_planted_items(archive: Path, tmp_path: Path, as_zip: bool) -> None:
    path = synth.zip_folder(archive, tmp_path / "archive.zip", prefix="archive-123/") if as_zip else archive
    items, ctx, covs = _read(path)
    assert ctx.errors == []
    fields = {i.field: i for i in items if i.kind == ItemKind.PROFILE_FIELD}
    assert set(fields) == {"username", "display_name", "bio", "work", "web"}
    assert fields["bio"].text == "Dog person. Officer with the Australian Border Force.\nViews my own."
    assert fields["work"].text == "Work: alex.example@abf.gov.au"
    posts = [i for i in items if i.kind != ItemKind.PROFILE_FIELD]
    assert [p.url for p in posts] == [f"https://mastodon.example/@alex_example/{n}" for n in ("1001", "1002", "1003")]
    first = posts[0]
    assert first.text == "Night shift at the port & all quiet #nofilter\nCrew photo at the wharf"
    assert first.people == ("@sam@other.example",)
    assert first.timestamp == datetime(2023, 3, 4, 5, 6, 7, tzinfo=UTC)
    assert first.extra["media"] == ["media_attachments/files/109/000/000/000/000/000/original/0123456789abcdef.jpeg"]
    assert [p.audience for p in posts] == [Audience.PUBLIC, Audience.LIMITED, Audience.PRIVATE]
    assert posts[2].text.startswith("cw: work\n")
    assert all(i.platform == Platform.MASTODON and i.position is None for i in items)
    assert all(i.path.endswith(("actor.json", "outbox.json")) and i.export_path in ("actor.json", "outbox.json") for i in items)
    assert covs[0].parsed == ["actor.json", "outbox.json"]
    assert sorted(covs[0].skipped) == ["bookmarks.json", "likes.json"]
    assert covs[0].items == len(items) == 8


def test_mastodon_media_path_strips_instance_prefix() -> None:
    assert media_path("/inst/media_attachments/files/1/original/a.jpg") == "media_attachments/files/1/original/a.jpg"


def test_mastodon_scan_finds_department_and_work_email(archive: Path, dibp) -> None:
    result = scan([str(archive)], dibp)
    cats = {(f.category, f.path.rsplit("/", 1)[-1]) for f in result.findings if f.platform == "mastodon"}
    assert ("department_identifier", "actor.json") in cats
    assert ("work_email", "actor.json") in cats


def test_mastodon_malformed_outbox_is_an_error_and_scan_continues(archive: Path, dibp) -> None:
    (archive / "outbox.json").write_text('{"orderedItems": [', encoding="utf-8")
    items, ctx, _ = _read(archive)
    assert [e.path for e in ctx.errors] == ["outbox.json"]
    assert "malformed JSON" in ctx.errors[0].reason
    assert {i.field for i in items} >= {"bio"}  # actor still read
    result = scan([str(archive)], dibp)
    assert any(e.path == "outbox.json" for e in result.errors)
    assert any(f.category == "department_identifier" for f in result.findings)


def test_mastodon_large_outbox_is_streamed_with_the_same_items(archive: Path, monkeypatch) -> None:
    import auditor.sources.mastodon as m

    whole, _, _ = _read(archive)
    monkeypatch.setattr(m, "STREAM_OVER", 100)  # every outbox is "large": the ijson path
    streamed, ctx, _ = _read(archive)
    assert not ctx.errors
    key = lambda items: sorted((i.item_id or "", i.text) for i in items)  # noqa: E731
    assert key(streamed) == key(whole) and len(streamed) > 1


def test_mastodon_truncated_large_outbox_keeps_what_was_read(archive: Path, monkeypatch) -> None:
    import auditor.sources.mastodon as m

    outbox = archive / "outbox.json"
    outbox.write_bytes(outbox.read_bytes()[: outbox.stat().st_size * 2 // 3])
    monkeypatch.setattr(m, "STREAM_OVER", 100)
    items, ctx, _ = _read(archive)
    assert [e.path for e in ctx.errors] == ["outbox.json"] and "malformed JSON" in ctx.errors[0].reason
    assert {i.field for i in items} >= {"bio"}


def test_mastodon_not_detected_without_outbox(tmp_path: Path) -> None:
    (tmp_path / "actor.json").write_text(json.dumps(ACTOR))
    assert MastodonSource().detect(InputTree.build([str(tmp_path)])) == []
