"""LinkedIn source: every layout quirk of the CSV export, as folders and zips, and the findings
a scan derives from it. All data is synthetic (auditor.synth)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from auditor import synth
from auditor.engine import scan
from auditor.models import Audience, Category, ItemKind, Platform
from auditor.sources import Coverage, SourceContext
from auditor.sources.linkedin import LinkedInSource, parse_date
from auditor.tree import InputTree, close_all

SHARE_URN = "7100000000000000001"
SUMMARY = 'Ten years "on the water",\nnow with a great crew.'
DESCRIPTION = "Boarding and search,\nsecond line, with a comma"


def tables() -> dict[str, list[dict[str, str]]]:
    return {
        "Profile": [
            {
                "First Name": "Jordan",
                "Last Name": "Example",
                "Headline": "Officer | Marine Unit",
                "Summary": SUMMARY,
                "Geo Location": "Coblenz, Germany",
                "Twitter Handles": "[jordan_example]",
                "Websites": "[PORTFOLIO:https://example.com/jordan]",
            }
        ],
        "Positions": [
            {
                "Company Name": "Australian Border Force",
                "Title": "Senior Officer",
                "Description": DESCRIPTION,
                "Location": "Sydney Airport",
                "Started On": "Jan 2020",
                "Finished On": "",
            },
            {"Company Name": "Example Pty Ltd", "Title": "Analyst", "Started On": "2017", "Finished On": "Dec 2019"},
        ],
        "Email Addresses": [
            {"Email Address": "j.example@abf.gov.au", "Confirmed": "Yes", "Primary": "No", "Updated On": "1/1/24"},
            {"Email Address": "jordan@example.com", "Confirmed": "Yes", "Primary": "Yes", "Updated On": "3/15/24"},
            {"Email Address": "old.name@homeaffairs.gov.au", "Confirmed": "No", "Primary": "No", "Updated On": ""},
        ],
        "PhoneNumbers": [{"Extension": "", "Number": "+61 2 5550 1234", "Type": "Work"}],
        "Shares": [
            {
                "Date": "2026-07-20 10:25:25",
                "ShareLink": f"https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{SHARE_URN}",
                "ShareCommentary": 'Graduation day, "finally"\nwith the whole crew',
                "Visibility": "MEMBER_NETWORK",
            }
        ],
        "Comments": [
            {
                "Date": "2026-07-21 08:00:00",
                "Link": "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7100000000000000002",
                "Message": "Congrats, see you on shift",
            }
        ],
        "Connections": [
            {
                "First Name": "Sam",
                "Last Name": "Sample",
                "URL": "https://www.linkedin.com/in/sam-sample",
                "Company": "Australian Border Force",
                "Position": "Inspector",
                "Connected On": "01 Sep 2026",
            }
        ],
        "Reactions": [{"Date": "2026-07-20 10:25:25", "Type": "LIKE", "Link": "https://www.linkedin.com/feed/update/x"}],
    }


def t(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# (kind, field, text, timestamp) for every planted item
EXPECTED = {
    (ItemKind.PROFILE_FIELD, "display_name", "Jordan Example", None),
    (ItemKind.PROFILE_FIELD, "headline", "Officer | Marine Unit", None),
    (ItemKind.PROFILE_FIELD, "bio", SUMMARY, None),
    (ItemKind.PROFILE_FIELD, "location", "Coblenz, Germany", None),
    (ItemKind.PROFILE_FIELD, "twitter_handle", "jordan_example", None),
    (ItemKind.PROFILE_FIELD, "website", "https://example.com/jordan", None),
    (ItemKind.PROFILE_FIELD, "employer", "Australian Border Force", t(2020, 1, 1)),
    (ItemKind.PROFILE_FIELD, "title", "Senior Officer", t(2020, 1, 1)),
    (ItemKind.PROFILE_FIELD, "position_description", DESCRIPTION, t(2020, 1, 1)),
    (ItemKind.PROFILE_FIELD, "work_location", "Sydney Airport", t(2020, 1, 1)),
    (ItemKind.PROFILE_FIELD, "employer", "Example Pty Ltd", t(2017, 1, 1)),
    (ItemKind.PROFILE_FIELD, "title", "Analyst", t(2017, 1, 1)),
    (ItemKind.PROFILE_FIELD, "email", "j.example@abf.gov.au", t(2024, 1, 1)),
    (ItemKind.PROFILE_FIELD, "email", "jordan@example.com", t(2024, 3, 15)),
    (ItemKind.PROFILE_FIELD, "previous_email", "old.name@homeaffairs.gov.au", None),
    (ItemKind.PROFILE_FIELD, "phone", "+61 2 5550 1234", None),
    (ItemKind.POST, None, 'Graduation day, "finally"\nwith the whole crew', t(2026, 7, 20, 10, 25, 25)),
    (ItemKind.COMMENT, None, "Congrats, see you on shift", t(2026, 7, 21, 8, 0, 0)),
    (ItemKind.PROFILE_FIELD, "connection", "Inspector at Australian Border Force", t(2026, 9, 1)),
}

GENERATIONS = {
    "basic": {"member_id": None, "wrapper": "", "bom": False, "crlf": False},
    "complete": {"member_id": "123456789", "wrapper": "Basic_LinkedInDataExport", "bom": True, "crlf": True},
}


def build(tmp_path: Path, generation: str, form: str, files: dict | None = None) -> Path:
    files = files if files is not None else synth.linkedin_export(tables(), **GENERATIONS[generation])
    if form == "zip":
        return synth.zip_files(files, tmp_path / "Complete_LinkedInDataExport_09-01-2026.zip")
    return synth.write_files(tmp_path / "linkedin", files)


def read(path: Path):
    tree = InputTree.build([str(path)])
    ctx = SourceContext()
    items, covs = [], []
    src = LinkedInSource()
    try:
        for root in src.detect(tree):
            cov = Coverage("linkedin", root)
            items.extend(src.read(tree, root, ctx, cov))
            covs.append(cov)
    finally:
        close_all()
    return items, covs, ctx.errors


@pytest.mark.parametrize("form", ["folder", "zip"])
@pytest.mark.parametrize("generation", sorted(GENERATIONS))
def test_linkedin_yields_exactly_the_planted_items(tmp_path, generation, form):
    items, covs, errors = read(build(tmp_path, generation, form))
    assert errors == []
    got = {(i.kind, i.field, i.text, i.timestamp) for i in items}
    assert got == EXPECTED
    assert len(items) == len(EXPECTED)
    assert all(i.platform == Platform.LINKEDIN and i.export_path and i.path for i in items)
    assert all(i.timestamp is None or i.timestamp.tzinfo is not None for i in items)
    (cov,) = covs
    assert cov.root.endswith(GENERATIONS[generation]["wrapper"])
    reactions = f"Reactions_{GENERATIONS[generation]['member_id']}.csv" if generation == "complete" else "Reactions.csv"
    assert sorted(cov.skipped) == ["LearningCoachMessages.csv", reactions]
    assert cov.not_understood == []
    assert len(cov.parsed) == 7
    assert cov.items == len(EXPECTED)


def test_linkedin_share_and_connection_details(tmp_path):
    items, _, _ = read(build(tmp_path, "complete", "zip"))
    share = next(i for i in items if i.kind == ItemKind.POST)
    assert share.item_id == SHARE_URN
    assert share.url.endswith(SHARE_URN)
    assert share.audience == Audience.LIMITED
    conn = next(i for i in items if i.field == "connection")
    assert conn.people == ("Sam Sample",)
    assert conn.extra["company"] == "Australian Border Force"
    current = next(i for i in items if i.field == "employer" and i.text == "Australian Border Force")
    assert current.extra["current"] is True and current.extra["finished"] is None
    past = next(i for i in items if i.field == "employer" and i.text == "Example Pty Ltd")
    assert past.extra["current"] is False and past.extra["finished"].startswith("2019-12-01")
    assert share.path.startswith("Complete_LinkedInDataExport_09-01-2026.zip/Basic_LinkedInDataExport/Shares_123456789.csv")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan 2020", t(2020, 1, 1)),
        ("2022", t(2022, 1, 1)),
        ("2026-07-20 10:25:25", t(2026, 7, 20, 10, 25, 25)),
        ("01 Sep 2026", t(2026, 9, 1)),
        ("1/1/24", t(2024, 1, 1)),
        ("9/5/26, 1:12 AM", t(2026, 9, 5, 1, 12)),
        ("Sat Sep 05 08:12:14 UTC 2026", t(2026, 9, 5, 8, 12, 14)),
        ("2026-07-20 10:25:25 UTC", t(2026, 7, 20, 10, 25, 25)),
        ("", None),
        ("sometime", None),
    ],
)
def test_linkedin_parse_date_every_format(text, expected):
    assert parse_date(text) == expected


def test_linkedin_not_detected_without_its_headers(tmp_path):
    synth.write_files(tmp_path / "x", {"Positions.csv": "a,b,c\n1,2,3\n", "Profile.csv": ""})
    items, covs, _ = read(tmp_path / "x")
    assert covs == [] and items == []


def test_linkedin_scan_finds_employer_and_work_email(tmp_path, dibp):
    root = build(tmp_path, "complete", "folder")
    result = scan([str(root)], dibp)
    li = [f for f in result.findings if f.platform == Platform.LINKEDIN]
    dep = [f for f in li if f.category == Category.DEPARTMENT_IDENTIFIER and f.path.endswith("Positions.csv")]
    assert any("Australian Border Force" in f.evidence for f in dep)
    acc = {f.evidence: f for f in li if f.category == Category.ACCOUNT_REGISTRATION}
    assert set(acc) == {"j.example@abf.gov.au", "old.name@homeaffairs.gov.au"}
    assert acc["j.example@abf.gov.au"].severity.rank > acc["old.name@homeaffairs.gov.au"].severity.rank
    cov = next(c for c in result.coverage if c["platform"] == "linkedin")
    assert cov["files_parsed"] == 7 and cov["items"] == len(EXPECTED)


def test_linkedin_malformed_files_end_in_errors_and_scan_continues(tmp_path, dibp):
    files = synth.linkedin_export({k: v for k, v in tables().items() if k in ("Profile", "Positions")})
    files["Shares.csv"] = b"this is not, the shares header\n1,2\n"
    files["Email Addresses.csv"] = b"Email Address,Confirmed,Primary,Updated On\n\xff\xfe broken utf-8\n"
    files["Comments.csv"] = b'Date,Link,Message\n2026-07-21 08:00:00,x,"never closed ' + b"x" * 200_000
    root = build(tmp_path, "basic", "folder", files)
    items, (cov,), errors = read(root)
    assert {e.path.rsplit("/", 1)[-1] for e in errors} == {"Shares.csv", "Email Addresses.csv"}
    assert any(i.field == "employer" for i in items)
    # the unclosed quote is read as part of the message (real Comments.csv files carry stray quotes), and said so
    (comment,) = [i for i in items if i.kind == ItemKind.COMMENT]
    assert comment.text.startswith('"never closed x')
    assert any("Comments.csv" in n and "unescaped quotes" in n for n in cov.notes)
    result = scan([str(root)], dibp)
    assert {e.path.rsplit("/", 1)[-1] for e in result.errors} >= {"Shares.csv", "Email Addresses.csv"}
    assert any(f.category == Category.DEPARTMENT_IDENTIFIER for f in result.findings)


def test_linkedin_one_line_no_conversations_file_is_parsed_empty(tmp_path):
    files = synth.linkedin_export({"Positions": tables()["Positions"]}, crlf=True)
    files["messages.csv"] = b"No conversations found\r\n"
    files["notes.txt"] = b"hello"
    items, (cov,), errors = read(build(tmp_path, "basic", "folder", files))
    assert errors == []
    assert "messages.csv" in cov.parsed and cov.not_understood == ["notes.txt"]
    assert not any(i.kind == ItemKind.MESSAGE for i in items)


def test_linkedin_messages_are_private(tmp_path):
    files = synth.linkedin_export({"Positions": tables()["Positions"]})
    header = '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER"'
    files["messages.csv"] = (
        header
        + '\n"c1","","Sam Sample","u","Jordan Example","u2","2026-07-20 10:25:25 UTC","","roster is out,\nsee you Monday","INBOX"\n'
    ).encode()
    items, _, errors = read(build(tmp_path, "basic", "zip", files))
    (msg,) = [i for i in items if i.kind == ItemKind.MESSAGE]
    assert msg.text == "roster is out,\nsee you Monday" and msg.audience == Audience.PRIVATE
    assert msg.people == ("Sam Sample", "Jordan Example") and msg.timestamp == t(2026, 7, 20, 10, 25, 25)


def test_linkedin_positions_row_with_invalid_utf8_is_read_replaced_and_said(tmp_path):
    # issue 15: one row of invalid UTF-8 lost the file (and the employer line naming the agency)
    files = synth.linkedin_export({k: v for k, v in tables().items() if k in ("Profile", "Positions")})
    files["Positions.csv"] = (
        b"Company Name,Title,Description,Location,Started On,Finished On\n"
        b"Example Pty Ltd,Analyst,,Sydney,2017,Dec 2019\n"
        b"Australian Border Force,Senior Officer \xff\xfe\xc3,,Sydney Airport,Jan 2020,\n"
    )
    items, _covs, errors = read(build(tmp_path, "basic", "folder", files))
    employers = [i.text for i in items if i.field == "employer"]
    assert any("Australian Border Force" in t for t in employers), employers
    [err] = [e for e in errors if e.path.endswith("Positions.csv")]
    assert "replaced" in err.reason and "every row kept" in err.reason
