"""auditor.synth.linkedin: LinkedIn CSVs that parse back, with the BOM, CRLF and member-id suffixes asked for."""

from __future__ import annotations

import csv
import io

from auditor.synth.linkedin import LINKEDIN_HEADERS, linkedin_csv, linkedin_export


def test_linkedin_export_files_parse():
    files = linkedin_export(
        {"Profile": [{"First Name": "Alex", "Headline": "Officer, Example"}], "Shares": [], "Connections": []},
        member_id="123",
        wrapper="Basic_LinkedInDataExport",
    )
    assert sorted(files) == [
        "Basic_LinkedInDataExport/Connections.csv",
        "Basic_LinkedInDataExport/LearningCoachMessages.csv",
        "Basic_LinkedInDataExport/Profile.csv",
        "Basic_LinkedInDataExport/Shares_123.csv",
    ]
    rows = list(csv.DictReader(io.StringIO(files["Basic_LinkedInDataExport/Profile.csv"].decode())))
    assert rows[0]["Headline"] == "Officer, Example"
    assert files["Basic_LinkedInDataExport/Connections.csv"].startswith(b"Notes:")


def test_linkedin_csv_bom_and_crlf():
    data = linkedin_csv(LINKEDIN_HEADERS["Reactions"], [{"Type": "LIKE"}], bom=True, crlf=True)
    assert data.startswith(b"\xef\xbb\xbfDate,Type,Link\r\n")
