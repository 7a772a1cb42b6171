"""Generators of LinkedIn export layouts as real exports lay them out, with invented content.

- 2018 "Complete" export: UTF-16 LE, tab-separated, every cell quoted for some files
  (``Shares.csv`` with ``Share Commentary``/``Shared URL`` headers and ``2017/06/08 08:15:44 UTC``
  dates); ``Messages.csv`` with ``From,To,Date,Subject,Content,Direction,Folder``;
  ``Phone Numbers.csv`` with a space; ``Connections.csv`` without the later Notes preamble.
  Layout seen in abhishekwebcode/Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018
  (Shares.csv, Messages.csv, Phone Numbers.csv, Connections.csv).
- 2025 export holding only ``Shares.csv`` and ``Comments.csv``, where comment messages carry
  unescaped quotes (the strict csv reader gives up on the file) and share text carries doubled
  quotes at line ends. Layout seen in sanand0/linkedin (Comments.csv, Shares.csv).

Only structure is reproduced; every name, address and text here is invented.
"""

from __future__ import annotations

from pathlib import Path


def _utf16_tab(rows: list[list[str]]) -> bytes:
    lines = ["\t".join(f'"{c}"' for c in row) for row in rows]
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-16-le")


def export_2018(folder: Path) -> dict[str, int]:
    """Write the 2018 layout; return the number of records each read file holds."""
    folder.mkdir(parents=True, exist_ok=True)
    shares = [
        [
            "Date",
            "Share Title",
            "Share Description",
            "Share Link",
            "Share Commentary",
            "Shared URL",
            "Media URL",
            "Type",
            "Visibility",
        ],
        [
            "2017/06/08 08:15:44 UTC",
            "",
            "",
            "https://www.linkedin.com/updates?topic=1",
            "Started at the depot today",
            "",
            "",
            "",
            "PUBLIC",
        ],
        [
            "2017/05/01 10:00:00 UTC",
            "",
            "",
            "https://www.linkedin.com/updates?topic=2",
            "Team offsite, great views",
            "",
            "",
            "",
            "CONNECTIONS",
        ],
        [
            "2017/04/02 09:00:00 UTC",
            "A link",
            "",
            "https://www.linkedin.com/updates?topic=3",
            "",
            "https://example.org/a",
            "",
            "",
            "PUBLIC",
        ],
    ]
    (folder / "Shares.csv").write_bytes(_utf16_tab(shares))
    (folder / "Messages.csv").write_text(
        "From,To,Date,Subject,Content,Direction,Folder\n"
        'Sam Sample,Alex Example,"10/16/18, 8:36 AM",Rosters,"Hi Alex, the new roster, see you at gate 4",INCOMING,INBOX\n'
        'Alex Example,Sam Sample,"10/16/18, 9:01 AM",,Thanks!,OUTGOING,SENT\n'
        'Recruiter Bot,Alex Example,"10/17/18, 7:00 AM",An offer,"Line one\nline two",INCOMING,INBOX\n',
        encoding="utf-8",
    )
    (folder / "Phone Numbers.csv").write_text(
        "Extension,Number,Type\n,0400 000 001,Mobile\n, +61 2 5550 0000,\n", encoding="utf-8"
    )
    (folder / "Connections.csv").write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        'Kim,Sample,,Example Logistics,Shift Lead,"1/8/18, 6:14 PM"\n'
        'Lee,Example,lee@example.org,Example Port Authority,Officer,"4/4/18, 10:35 AM"\n',
        encoding="utf-8",
    )
    (folder / "Email Addresses.csv").write_text(
        'Email Address,Confirmed,Primary,Updated On\nalex@example.org,Yes,Yes,"6/19/15, 10:16 AM"\n', encoding="utf-8"
    )
    (folder / "Search Queries.csv").write_bytes(_utf16_tab([["Time", "Search Query"], ["2018/10/27 12:31:31 UTC", "ports"]]))
    return {"Shares.csv": 3, "Messages.csv": 3, "Phone Numbers.csv": 2, "Connections.csv": 2, "Email Addresses.csv": 1}


def shares_and_comments(folder: Path) -> dict[str, int]:
    """Write a Shares.csv + Comments.csv export with the quirks of real 2025 files."""
    folder.mkdir(parents=True, exist_ok=True)
    link = "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A70000000000000000{:02d}"
    comments = ["Date,Link,Message"]
    comments.append(f"2025-07-13 08:15:21,{link.format(1)},Pat Example Nice one. Works from the office too")
    comments.append(f'2025-07-13 08:04:08,{link.format(2)},"Quoted" at the start, then more, and a comma')
    comments.append(f'2025-07-12 18:00:00,{link.format(3)},He said "see you at the base" and left')
    comments.append(f'2025-07-12 17:00:00,{link.format(4)},Two lines:\nsecond line with a " stray quote')
    comments.append(f"2025-07-11 09:30:00,{link.format(5)},Plain comment")
    (folder / "Comments.csv").write_text("\n".join(comments) + "\n", encoding="utf-8")
    share = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A70000000000000001{:02d}"
    (folder / "Shares.csv").write_text(
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
        f'2025-07-01 14:33:22,{share.format(1)},"Off for ten days.""\n""""\n""WHAT? A quiet week.""\n",,,MEMBER_NETWORK\n'
        f"2025-06-20 10:00:00,{share.format(2)},Short post,https://example.org/post,,MEMBER_NETWORK\n",
        encoding="utf-8",
    )
    return {"Comments.csv": 5, "Shares.csv": 2}
