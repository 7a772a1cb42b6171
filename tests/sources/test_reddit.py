"""Reddit CSV source: posts, both comment header generations, messages, phone, placeholders."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from auditor import synth
from auditor.engine import scan
from auditor.models import Audience, ItemKind, Platform
from auditor.sources import SourceContext
from auditor.sources.base import Coverage
from auditor.sources.owner import own_identity
from auditor.sources.reddit import RedditSource
from auditor.tree import InputTree, close_all

POSTS = [
    {
        "id": "p1",
        "permalink": "/r/canberra/comments/p1/new_job/",
        "date": "2024-02-03 04:05:06 UTC",
        "ip": "0.0.0.0",
        "subreddit": "canberra",
        "title": "Started at Home Affairs",
        "body": "Any tips for\nthe first week?",
    },
    {
        "id": "p2",
        "permalink": "/r/pics/comments/p2/x/",
        "date": "2024-02-04 00:00:00 UTC",
        "subreddit": "pics",
        "title": "Sunset",
        "url": "https://i.example/x.jpg",
        "body": "[deleted]",
    },
]
COMMENTS = [
    {
        "id": "c1",
        "permalink": "https://www.reddit.com/r/aus/comments/p9/x/c1/",
        "date": "2024-03-01 10:00:00 UTC",
        "subreddit": "aus",
        "link": "https://www.reddit.com/r/aus/comments/p9/",
        "body": 'Email me, "quoted", at j.doe@abf.gov.au',
    },
    {
        "id": "c2",
        "permalink": "/r/aus/comments/p9/x/c2/",
        "date": "2024-03-01 11:00:00 UTC",
        "subreddit": "aus",
        "body": "[removed]",
    },
]
MESSAGES = [
    {
        "id": "m1",
        "permalink": "/message/messages/m1",
        "date": "2024-04-01 00:00:00 UTC",
        "from": "alex",
        "to": "sam",
        "subject": "roster",
        "body": "I'm on the early shift",
    }
]


def _read(path: Path):
    tree = InputTree.build([str(path)])
    src = RedditSource()
    ctx = SourceContext()
    items, covs = [], []
    try:
        for root in src.detect(tree):
            cov = Coverage(platform="reddit", root=root)
            covs.append(cov)
            items.extend(src.read(tree, root, ctx, cov))
    finally:
        close_all()
    return items, ctx, covs


@pytest.mark.parametrize("old_gildings", [False, True])
@pytest.mark.parametrize("as_zip", [False, True])
def test_reddit_reads_planted_items(tmp_path: Path, as_zip: bool, old_gildings: bool) -> None:
    root = tmp_path / "reddit"
    synth.reddit_export(root, POSTS, COMMENTS, MESSAGES, phone="+61 400 000 000", old_gildings=old_gildings)
    path = synth.zip_folder(root, tmp_path / "export_alex.zip") if as_zip else root
    items, ctx, covs = _read(path)
    assert ctx.errors == []
    by_id = {i.item_id: i for i in items if i.item_id}
    assert set(by_id) == {"p1", "p2", "c1", "m1"}
    assert by_id["p1"].text == "Started at Home Affairs\nAny tips for\nthe first week?"
    assert by_id["p1"].url == "https://www.reddit.com/r/canberra/comments/p1/new_job/"
    assert by_id["p1"].timestamp == datetime(2024, 2, 3, 4, 5, 6, tzinfo=UTC)
    assert by_id["p2"].text == "Sunset" and by_id["p2"].extra["link"] == "https://i.example/x.jpg"
    assert by_id["c1"].kind == ItemKind.COMMENT and by_id["c1"].text.endswith("j.doe@abf.gov.au")
    assert by_id["c1"].url == "https://www.reddit.com/r/aus/comments/p9/x/c1/"
    assert by_id["m1"].audience == Audience.PRIVATE and by_id["m1"].people == ("alex", "sam")
    phone = [i for i in items if i.kind == ItemKind.PROFILE_FIELD]
    assert [(p.field, p.text) for p in phone] == [("phone", "+61 400 000 000")]
    assert all(i.platform == Platform.REDDIT and i.export_path and i.path.endswith(i.export_path) for i in items)
    cov = covs[0]
    assert sorted(cov.parsed) == ["comments.csv", "linked_phone_number.csv", "messages.csv", "posts.csv"]
    assert sorted(cov.skipped) == ["checkfile.csv", "ip_logs.csv", "subscribed_subreddits.csv"]
    assert cov.not_understood == [] and cov.items == 5


def test_reddit_scan_finds_work_email_and_department(tmp_path: Path, dibp) -> None:
    synth.reddit_export(tmp_path, POSTS, COMMENTS)
    result = scan([str(tmp_path)], dibp)
    found = {(f.category, f.item_id) for f in result.findings}
    assert ("work_email", "c1") in found
    assert ("department_identifier", "p1") in found


def test_reddit_malformed_csv_is_an_error_and_scan_continues(tmp_path: Path, dibp) -> None:
    synth.reddit_export(tmp_path, POSTS, COMMENTS)
    (tmp_path / "comments.csv").write_bytes(b"id,permalink,date,ip,subreddit,body\nc9,/r/x,2024,,x,\xff\xfe broken\n")
    items, ctx, _ = _read(tmp_path)
    assert [e.path for e in ctx.errors] == ["comments.csv"]
    assert {i.item_id for i in items} == {"p1", "p2"}
    result = scan([str(tmp_path)], dibp)
    assert any(e.path == "comments.csv" for e in result.errors)
    assert any(f.item_id == "p1" for f in result.findings)


def test_reddit_unrelated_csv_not_detected(tmp_path: Path) -> None:
    (tmp_path / "posts.csv").write_text("id,title\n1,hello\n")
    assert RedditSource().detect(InputTree.build([str(tmp_path)])) == []


def test_reddit_chat_history_rows_are_private_messages(tmp_path: Path) -> None:
    synth.reddit_export(tmp_path, POSTS, COMMENTS)
    header = [
        "message_id",
        "created_at",
        "updated_at",
        "username",
        "message",
        "thread_parent_message_id",
        "channel_url",
        "subreddit",
        "channel_name",
        "conversation_type",
    ]
    row = [
        "ch1",
        "2024-05-01 09:00:00 UTC",
        "",
        "sam",
        "roster is\non the wiki",
        "",
        "https://chat.reddit.com/x",
        "",
        "",
        "direct",
    ]
    (tmp_path / "chat_history.csv").write_text(synth.csv_text(header, [row]), encoding="utf-8")
    items, ctx, _ = _read(tmp_path)
    chat = next(i for i in items if i.item_id == "ch1")
    assert (chat.kind, chat.text, chat.people, chat.audience) == (
        ItemKind.MESSAGE,
        "roster is\non the wiki",
        ("sam",),
        Audience.PRIVATE,
    )
    assert chat.timestamp == datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def test_reddit_linked_twitter_username_is_the_owners_handle(tmp_path: Path) -> None:
    root = tmp_path / "reddit"
    synth.reddit_export(root, POSTS, COMMENTS, MESSAGES)
    (root / "twitter.csv").write_text("username\nalex_example\n", encoding="utf-8")
    items, ctx, covs = _read(root)
    assert ctx.errors == [] and "twitter.csv" in covs[0].parsed
    assert [(i.field, i.text) for i in items if i.kind == ItemKind.PROFILE_FIELD] == [("twitter_handle", "alex_example")]
    assert own_identity(items)["handles"] == ["alex_example"]
