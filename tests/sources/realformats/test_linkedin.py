"""LinkedIn exports as real ones are laid out (see linkedin_layouts.py for where each layout was
seen): the 2018 export (abhishekwebcode/Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018:
UTF-16 tab-separated Shares.csv, From/To/Content Messages.csv, ``Phone Numbers.csv``) and a
Shares.csv + Comments.csv only export with unescaped quotes (sanand0/linkedin). Invented content."""

from __future__ import annotations

from collections import Counter

from auditor.models import ItemKind
from auditor.sources import Coverage, SourceContext
from auditor.sources.linkedin import LinkedInSource
from auditor.tree import InputTree, close_all
from tests.sources.realformats.linkedin_layouts import export_2018, shares_and_comments


def _read(path):
    tree = InputTree.build([str(path)])
    src, ctx = LinkedInSource(), SourceContext()
    covs, items = [], []
    try:
        for r in src.detect(tree):
            cov = Coverage("linkedin", r)
            items.extend(src.read(tree, r, ctx, cov))
            covs.append(cov)
    finally:
        close_all()
    return covs, items, ctx.errors


def test_linkedin_2018_utf16_shares_messages_and_phone_numbers(tmp_path):
    expected = export_2018(tmp_path / "Complete_LinkedInDataExport_11-04-2018")
    (cov,), items, errors = _read(tmp_path)
    assert errors == []
    by_file = Counter(i.export_path for i in items)
    posts = [i for i in items if i.export_path == "Shares.csv"]
    assert by_file["Shares.csv"] == expected["Shares.csv"]
    assert {p.text for p in posts} >= {"Started at the depot today", "Team offsite, great views"}
    assert all(p.timestamp is not None for p in posts)
    msgs = [i for i in items if i.kind == ItemKind.MESSAGE]
    assert len(msgs) == expected["Messages.csv"]
    assert any("gate 4" in m.text and m.timestamp is not None and "Sam Sample" in m.people for m in msgs)
    phones = sorted(i.text for i in items if i.field == "phone")
    assert phones == ["+61 2 5550 0000", "0400 000 001"]
    assert by_file["Connections.csv"] == 2
    assert "Search Queries.csv" in cov.skipped


def test_linkedin_shares_and_comments_only_export_is_recognised_and_read(tmp_path):
    expected = shares_and_comments(tmp_path / "linkedin")
    (cov,), items, errors = _read(tmp_path)
    assert errors == []
    comments = [i for i in items if i.kind == ItemKind.COMMENT]
    assert len(comments) == expected["Comments.csv"]
    texts = {c.text for c in comments}
    assert 'He said "see you at the base" and left' in texts
    assert any(t.startswith("Two lines:\nsecond line") for t in texts)
    assert len([i for i in items if i.kind == ItemKind.POST]) == expected["Shares.csv"]
    assert sorted(cov.parsed) == ["Comments.csv", "Shares.csv"]
    assert any("unescaped quotes" in n for n in cov.notes)


def test_linkedin_half_readable_file_keeps_rows_and_says_what_it_lost(tmp_path):
    folder = tmp_path / "li"
    folder.mkdir()
    (folder / "Comments.csv").write_text(
        'Date,Link,Message\n2025-07-13 08:15:21,https://x.example/1,fine\nnot a record "at all\n'
        "2025-07-12 08:15:21,https://x.example/2,also fine\n",
        encoding="utf-8",
    )
    # a stray line before the first record cannot be placed: it is reported, the rows are kept
    (folder / "Invitations.csv").write_text(
        'From,To,Sent At,Message,Direction\n"broken\nAlex,Sam,"9/5/26, 1:12 AM",Hello there,OUTGOING\n', encoding="utf-8"
    )
    (_cov,), items, errors = _read(tmp_path)
    assert len([i for i in items if i.kind == ItemKind.COMMENT]) == 2
    assert any(i.text == "Hello there" for i in items)
    assert len(errors) == 1 and "lost" in errors[0].reason and errors[0].path.endswith("Invitations.csv")
