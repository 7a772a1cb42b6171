"""LinkedIn data exports: the CSV files (quoted, BOM and line endings the way LinkedIn writes them),
the Connections notes preamble and the member-id suffixes of Complete exports.

Returns {relative path: bytes}; the caller writes or zips it (`auditor.synth.files`). Knows
LinkedIn's layout only. Deterministic; invented content only.
"""

from __future__ import annotations

import csv
import io

LINKEDIN_HEADERS = {
    "Profile": [
        "First Name",
        "Last Name",
        "Maiden Name",
        "Address",
        "Birth Date",
        "Headline",
        "Summary",
        "Industry",
        "Zip Code",
        "Geo Location",
        "Twitter Handles",
        "Websites",
        "Instant Messengers",
    ],
    "Positions": ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
    "Email Addresses": ["Email Address", "Confirmed", "Primary", "Updated On"],
    "PhoneNumbers": ["Extension", "Number", "Type"],
    "Shares": ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"],
    "Comments": ["Date", "Link", "Message"],
    "Connections": ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
    "Reactions": ["Date", "Type", "Link"],
}


LINKEDIN_NOTES = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. '
    "You will only see email addresses for connections who have allowed their connections to see or download "
    'their email address."\n\n'
)


def linkedin_csv(
    header: list[str], rows: list[dict[str, str]], preamble: str = "", bom: bool = False, crlf: bool = False
) -> bytes:
    """One LinkedIn CSV, quoted the way LinkedIn quotes (only where needed)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    w.writerow(header)
    for row in rows:
        w.writerow([row.get(h, "") for h in header])
    text = (preamble.replace("\n", "\r\n") if crlf else preamble) + buf.getvalue()
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


def linkedin_export(
    tables: dict[str, list[dict[str, str]]],
    member_id: str | None = None,
    wrapper: str = "",
    bom: bool = False,
    crlf: bool = False,
) -> dict[str, bytes]:
    """{relative path: bytes} of a LinkedIn export. `tables` maps a file stem (keys of
    LINKEDIN_HEADERS) to rows; Shares/Comments/Reactions take the member-id suffix when
    given (Complete exports); Connections gets its Notes preamble; a one-line
    LearningCoachMessages.csv is always included."""
    files: dict[str, bytes] = {}
    prefix = f"{wrapper}/" if wrapper else ""
    for stem, rows in tables.items():
        name = f"{stem}_{member_id}.csv" if member_id and stem in ("Shares", "Comments", "Reactions") else f"{stem}.csv"
        pre = LINKEDIN_NOTES if stem == "Connections" else ""
        files[prefix + name] = linkedin_csv(LINKEDIN_HEADERS[stem], rows, preamble=pre, bom=bom, crlf=crlf)
    files[prefix + "LearningCoachMessages.csv"] = b"No conversations found\n"
    return files
