"""Reddit data request (CSV files): posts, comments, private messages, chat, linked phone.

Detection: a folder with ``posts.csv`` or ``comments.csv`` whose header has Reddit's
``permalink`` and ``subreddit`` columns. Both comment header generations (``gildings`` and the
older ``gildings_silver,gildings_supergold``) are read by column name. ``[deleted]`` and
``[removed]`` bodies are placeholders, not text. IP columns and ``ip_logs.csv`` are left alone
(an IP is not a position this tool resolves offline). Reddit has no geolocation.

This module turns rows into Items; it must not decide what is risky.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from typing import Any

from auditor.models import Audience, Item, ItemKind, Platform
from auditor.sources.base import Coverage, SourceContext, rel, under
from auditor.sources.plaintext import parse_utc, read_csv
from auditor.tree import Entry, InputTree

PLACEHOLDERS = {"[deleted]", "[removed]", "[ Removed by Reddit ]", "[removed by reddit]"}
_CSV_ID = re.compile(r"^(?P<base>[a-z_]+?)(?:_\d+)?\.csv$")


def _clean(value: str | None) -> str:
    v = (value or "").strip()
    return "" if v in PLACEHOLDERS else v


def _url(permalink: str | None) -> str | None:
    p = (permalink or "").strip()
    if not p:
        return None
    if p.startswith("/"):
        return "https://www.reddit.com" + p
    return p if p.startswith("http") else None


class RedditSource:
    platform = Platform.REDDIT
    name = "Reddit data request"
    FORMATS = (
        {"files": "posts.csv", "generation": "all", "reads": "title, body, subreddit, link; url from permalink"},
        {
            "files": "comments.csv",
            "generation": "gildings and gildings_silver/gildings_supergold headers",
            "reads": "body, subreddit, parent link",
        },
        {
            "files": "messages.csv, messages_archive.csv, chat_history.csv",
            "generation": "all",
            "reads": "private messages and chat (private audience)",
        },
        {"files": "linked_phone_number.csv", "generation": "all", "reads": "linked phone number"},
        {"files": "twitter.csv", "generation": "all", "reads": "linked X (Twitter) username"},
        {"files": "ip_logs.csv and the other CSVs", "generation": "all", "reads": "recognised, not read"},
    )
    SKIPS = (("votes, saved and hidden items, subscriptions, payments, ip_logs and other CSVs", "nothing the rules use"),)
    POSITIONS = "none: Reddit stores no location (IP addresses are not resolved)"

    def detect(self, tree: InputTree) -> list[str]:
        roots: set[str] = set()
        for e in tree.entries:
            if e.name in ("posts.csv", "comments.csv"):
                try:
                    head = e.read(512).decode("utf-8-sig", errors="replace").splitlines()[0].lower()
                except (OSError, IndexError):
                    continue
                if "permalink" in head and "subreddit" in head:
                    roots.add(posixpath.dirname(e.vpath))
        return sorted(roots)

    def read(self, tree: InputTree, root: str, ctx: SourceContext, cov: Coverage) -> Iterator[Item]:
        for e in under(tree, root):
            r = rel(e, root)
            if "/" in r:
                continue  # Reddit's export is flat; subfolders belong to something else
            m = _CSV_ID.match(e.name)
            if e.suffix != ".csv" or not m:
                cov.not_understood.append(r)
                continue
            reader = _READERS.get(m.group("base"))
            if reader is None:
                cov.skip(r, "a Reddit CSV with nothing the rules use")
                continue
            try:
                _header, rows = read_csv(e)
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                ctx.error(e, f"unreadable Reddit {e.name}: {exc}")
                continue
            cov.parsed.append(r)
            for item in reader(rows, e):
                item.export_path = r
                cov.items += 1
                yield item


def _item(e: Entry, kind: ItemKind, text: str, row: dict[str, str], **kw: Any) -> Item:
    return Item(
        platform=Platform.REDDIT,
        kind=kind,
        path=e.display,
        text=text,
        timestamp=parse_utc(row.get("date") or row.get("created_at")),
        item_id=(row.get("id") or row.get("message_id") or "").strip() or None,
        url=_url(row.get("permalink")),
        **kw,
    )


def _posts(rows: list[dict[str, str]], e: Entry) -> Iterator[Item]:
    for row in rows:
        title = _clean(row.get("title"))
        body = _clean(row.get("body"))
        text = "\n".join(t for t in (title, body) if t)
        if not text:
            continue
        extra = {"subreddit": row.get("subreddit", "")}
        if row.get("url"):
            extra["link"] = row["url"]
        yield _item(e, ItemKind.POST, text, row, extra=extra)


def _comments(rows: list[dict[str, str]], e: Entry) -> Iterator[Item]:
    for row in rows:
        body = _clean(row.get("body"))
        if not body:
            continue
        extra = {"subreddit": row.get("subreddit", "")}
        if row.get("link"):
            extra["link"] = row["link"]
        if row.get("media"):
            extra["media"] = row["media"]
        yield _item(e, ItemKind.COMMENT, body, row, extra=extra)


def _messages(rows: list[dict[str, str]], e: Entry) -> Iterator[Item]:
    for row in rows:
        subject = _clean(row.get("subject"))
        body = _clean(row.get("body") or row.get("message"))
        text = "\n".join(t for t in (subject, body) if t)
        if not text:
            continue
        people = tuple(
            p for p in ((row.get("from") or "").strip(), (row.get("to") or "").strip(), (row.get("username") or "").strip()) if p
        )
        yield _item(e, ItemKind.MESSAGE, text, row, audience=Audience.PRIVATE, people=people)


def _phone(rows: list[dict[str, str]], e: Entry) -> Iterator[Item]:
    for row in rows:
        number = (row.get("phone_number") or row.get("phone") or "").strip()
        if number:
            yield Item(platform=Platform.REDDIT, kind=ItemKind.PROFILE_FIELD, path=e.display, text=number, field="phone")


def _twitter(rows: list[dict[str, str]], e: Entry) -> Iterator[Item]:
    """The linked X (Twitter) account: the owner's own handle (`sources.owner`)."""
    for row in rows:
        handle = (row.get("username") or "").strip()
        if handle:
            yield Item(platform=Platform.REDDIT, kind=ItemKind.PROFILE_FIELD, path=e.display, text=handle, field="twitter_handle")


_READERS = {
    "posts": _posts,
    "comments": _comments,
    "messages": _messages,
    "messages_archive": _messages,
    "chat_history": _messages,
    "linked_phone_number": _phone,
    "twitter": _twitter,
}
