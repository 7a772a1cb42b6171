"""Reddit's CSV data export (posts, comments, messages, IP log, linked phone number), including the
older gildings columns.

Writes only under the folder it is given, through `auditor.synth.files`. Deterministic;
invented content only.
"""

from __future__ import annotations

from pathlib import Path

from auditor.synth.files import csv_text, write_files


def reddit_export(
    root: Path,
    posts: list[dict[str, str]],
    comments: list[dict[str, str]],
    messages: list[dict[str, str]] | None = None,
    phone: str | None = None,
    old_gildings: bool = False,
) -> None:
    """Reddit's CSV export. Row dicts use the column names; missing columns are blank."""
    post_cols = ["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"]
    com_cols = ["id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body", "media"]
    if old_gildings:
        com_cols = [
            "id",
            "permalink",
            "date",
            "ip",
            "subreddit",
            "gildings_silver",
            "gildings_supergold",
            "link",
            "parent",
            "body",
            "media",
        ]
    msg_cols = ["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"]
    files: dict[str, str | bytes] = {
        "posts.csv": csv_text(post_cols, [[r.get(c, "") for c in post_cols] for r in posts]),
        "comments.csv": csv_text(com_cols, [[r.get(c, "") for c in com_cols] for r in comments]),
        "ip_logs.csv": csv_text(["date", "ip"], [["2024-01-01 00:00:00 UTC", "192.0.2.1"]]),
        "checkfile.csv": csv_text(["filename", "sha256"], [["posts.csv", "0" * 64]]),
        "subscribed_subreddits.csv": csv_text(["subreddit"], [["example"]]),
    }
    if messages is not None:
        files["messages.csv"] = csv_text(msg_cols, [[r.get(c, "") for c in msg_cols] for r in messages])
    if phone is not None:
        files["linked_phone_number.csv"] = csv_text(["phone_number"], [[phone]])
    write_files(root, files)
