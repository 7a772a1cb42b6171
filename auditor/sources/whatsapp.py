"""WhatsApp chat exports (``WhatsApp Chat with <name>.txt``, ``_chat.txt``), Android and iOS,
any phone locale.

Detection is by content, not name: a ``.txt`` whose first non-empty lines start with a
WhatsApp date prefix. Each message becomes a private `message` Item; lines without a date
prefix continue the previous message; dated lines without an author are system messages and
are dropped. Day/month order is inferred per file (a chat cannot mix locales). WhatsApp
writes no time zone, so timestamps stay naive and are flagged ``extra["naive_time"]``.
Shared locations (``maps.google.com/?q=LAT,LON``) become the message's position; attachment
lines are recorded in ``extra["attachment"]`` (the media stage reads the files themselves).

This module turns chat lines into Items; it must not guess a time zone or decide what is risky.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from auditor.models import Audience, Item, ItemKind, Platform, Position, valid_position
from auditor.sources.base import Coverage, SourceContext, read_text, rel, under
from auditor.tree import Entry, InputTree

TEXT_LIMIT = 128 * 1024 * 1024
# U+200E/U+200F direction marks lead iOS lines; U+202F/NBSP sit before "PM" in some locales.
_MARKS = "\u200e\u200f\u202a\u202b\u202c\ufeff"
# Date, optional junk word ("klo"), time, optional am/pm, optional ']' and ' -' or ' –'.
_PREFIX = re.compile(
    r"^[\u200e\u200f]*\[?(\d{1,4})[-/.]\s?(\d{1,4})[-/.]\s?(\d{1,4})\.?[,.]?\s\D{0,8}?"
    r"(\d{1,2})[.:](\d{1,2})(?:[.:](\d{1,2}))?(?:\s?([ap])\.?\s?m\.?)?\]?(?:\s[-–]|:)?\s",
    re.IGNORECASE,
)
_AUTHOR = re.compile(r"^(.{1,80}?):\s(.*)$", re.DOTALL)
_ATTACH = re.compile(r"^[\u200e\u200f]*(?:<[^<>:]+:\s*([^<>]+?)\s*>|([\w.-]+\.\w{2,5})\s[(<][^()<>]*attached[)>])", re.IGNORECASE)
_OMITTED = re.compile(r"^[\u200e\u200f]*<?\s*(?:media|image|video|audio|sticker|gif|document)\s+omitted\s*>?\s*$", re.IGNORECASE)
_MAPS = re.compile(r"maps\.google\.[a-z.]+/(?:maps)?\?q=(-?\d{1,3}(?:\.\d+)?),\s?(-?\d{1,3}(?:\.\d+)?)")
_EDITED = re.compile(r"\s*[\u200e\u200f]?<This message was edited>\s*$", re.IGNORECASE)
_DELETED = {"this message was deleted", "this message was deleted.", "you deleted this message", "you deleted this message."}
_NAME = re.compile(r"^WhatsApp Chat (?:with|-)\s*(.+)\.txt$", re.IGNORECASE)
_MEDIA = (
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".webp",
    ".mp4",
    ".3gp",
    ".mov",
    ".opus",
    ".ogg",
    ".m4a",
    ".aac",
    ".pdf",
    ".vcf",
    ".heic",
    ".webm",
)


def _norm(line: str) -> str:
    return line.replace("\u202f", " ").replace("\xa0", " ").rstrip("\r")


def looks_like_whatsapp(head: str) -> bool:
    """True when the first non-empty lines of a text start with a WhatsApp date prefix."""
    lines = [_norm(x).lstrip("\ufeff") for x in head.splitlines() if x.strip()][:2]
    return any(_strict(x) for x in lines)


def _strict(line: str) -> bool:
    """A date prefix in one of WhatsApp's own shapes: iOS brackets or Android's " - " after the
    time. Log files ("2024-01-01 12:00:00 INFO: ...") have neither and are not chats."""
    m = _PREFIX.match(line)
    if not m:
        return False
    prefix = m.group(0).strip()
    return prefix.lstrip(_MARKS).startswith("[") or prefix.endswith(("-", "–"))


@dataclass
class _Raw:
    nums: tuple[int, int, int]
    time: tuple[int, int, int, str | None]
    author: str | None
    lines: list[str] = field(default_factory=list)
    line_no: int = 0


class WhatsAppSource:
    platform = Platform.WHATSAPP
    name = "WhatsApp chat export"
    FORMATS = (
        {
            "files": "WhatsApp Chat with <name>.txt, _chat.txt",
            "generation": "Android and iOS, any locale (detected by content)",
            "reads": "messages with author, continuation lines; system messages dropped; attachments listed",
        },
    )
    SKIPS = (("files beside a chat that are not a chat or an attachment", "not part of the chat"),)
    POSITIONS = "shared locations (maps.google.com/?q=LAT,LON links) in messages; attached photos via the media stage"

    def detect(self, tree: InputTree) -> list[str]:
        roots: set[str] = set()
        for e in tree.entries:
            if e.suffix == ".txt" and e.size > 10 and _is_chat(e):
                roots.add(posixpath.dirname(e.vpath))
        return sorted(roots)

    def read(self, tree: InputTree, root: str, ctx: SourceContext, cov: Coverage) -> Iterator[Item]:
        for e in under(tree, root):
            r = rel(e, root)
            if "/" in r:
                continue  # only this folder: chats are flat (txt plus attachments)
            if e.suffix in _MEDIA:
                continue  # attachments: the media stage reads them
            if e.suffix != ".txt" or not _is_chat(e):
                cov.skip(r, "not a chat text or an attachment")
                continue
            try:
                text = read_text(e, limit=TEXT_LIMIT)
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                ctx.error(e, f"unreadable WhatsApp chat: {exc}")
                continue
            m = _NAME.match(e.name)
            chat = m.group(1).strip() if m else posixpath.splitext(e.name)[0]
            try:
                items = list(parse_chat(text, e, chat))
            except ValueError as exc:
                ctx.error(e, f"WhatsApp chat not understood: {exc}")
                continue
            cov.parsed.append(r)
            for item in items:
                item.export_path = r
                cov.items += 1
                yield item


def _is_chat(e: Entry) -> bool:
    try:
        head = e.read(2048).decode("utf-8-sig", errors="replace")
    except OSError:
        return False
    return looks_like_whatsapp(head)


def _ios_system(body: str) -> bool:
    """iOS writes group system messages with the group as author and a body led by U+200E;
    attachments and "image omitted" lines are led by it too but are real messages."""
    return body.startswith("\u200e") and not (_ATTACH.match(body) or _OMITTED.match(body))


def _split(text: str) -> list[_Raw]:
    msgs: list[_Raw] = []
    for no, raw_line in enumerate(text.splitlines(), 1):
        line = _norm(raw_line).lstrip("\ufeff")
        m = _PREFIX.match(line)
        if m:
            rest = line[m.end() :]
            a = _AUTHOR.match(rest)
            nums = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
            tm = (int(m.group(4)), int(m.group(5)), int(m.group(6) or 0), (m.group(7) or "").lower() or None)
            if a and not _ios_system(a.group(2)):
                msgs.append(_Raw(nums, tm, a.group(1).strip(_MARKS + " "), [a.group(2)], no))
            else:
                msgs.append(_Raw(nums, tm, None, [rest], no))
        elif msgs:
            msgs[-1].lines.append(raw_line.rstrip("\r"))
    return msgs


def infer_order(dates: list[tuple[int, int, int]]) -> str:
    """'ymd', 'dmy' or 'mdy' for a file's dates (all written the same way).

    A 4-digit first part means year first. Otherwise a value above 12 marks the day; if neither
    position ever exceeds 12, the position that changes more often between consecutive
    messages is the day. Ties fall back to day first, the more common order worldwide.
    """
    if not dates:
        return "dmy"
    if any(d[0] > 31 for d in dates):
        return "ymd"
    first_big = any(d[0] > 12 for d in dates)
    second_big = any(d[1] > 12 for d in dates)
    if first_big and not second_big:
        return "dmy"
    if second_big and not first_big:
        return "mdy"
    changes0 = sum(1 for a, b in zip(dates, dates[1:], strict=False) if a[0] != b[0])
    changes1 = sum(1 for a, b in zip(dates, dates[1:], strict=False) if a[1] != b[1])
    return "mdy" if changes1 > changes0 else "dmy"


def _when(nums: tuple[int, int, int], tm: tuple[int, int, int, str | None], order: str) -> datetime | None:
    if order == "ymd":
        y, mo, d = nums
    elif order == "mdy":
        mo, d, y = nums
    else:
        d, mo, y = nums
    if y < 100:
        y += 2000
    h, mi, s, ampm = tm
    if ampm == "p" and h < 12:
        h += 12
    elif ampm == "a" and h == 12:
        h = 0
    try:
        return datetime(y, mo, d, h, mi, s)
    except ValueError:
        return None


def parse_chat(text: str, e: Entry, chat: str) -> Iterator[Item]:
    raws = _split(text)
    if not raws:
        raise ValueError("no line starts with a WhatsApp date prefix")
    order = infer_order([r.nums for r in raws])
    for raw in raws:
        if raw.author is None:
            continue  # system message ("Messages and calls are end-to-end encrypted", joins, ...)
        body = "\n".join(raw.lines).strip()
        if body.strip(_MARKS + " ").lower() in _DELETED:
            continue  # nothing left to expose
        when = _when(raw.nums, raw.time, order)
        extra: dict[str, Any] = {"chat": chat, "author": raw.author, "naive_time": True, "date_order": order, "line": raw.line_no}
        edited = _EDITED.search(body)
        if edited:
            body = body[: edited.start()].rstrip()
            extra["edited"] = True
        first = body.splitlines()[0] if body else ""
        am = _ATTACH.match(first)
        if am:
            extra["attachment"] = (am.group(1) or am.group(2)).strip()
        elif _OMITTED.match(first):
            extra["media_omitted"] = True
        position = None
        mm = _MAPS.search(body)
        if mm and valid_position(mm.group(1), mm.group(2)):
            position = Position(float(mm.group(1)), float(mm.group(2)), source="whatsapp.shared_location")
        digest = hashlib.sha256(f"{chat}\x1f{when}\x1f{raw.author}\x1f{body}".encode()).hexdigest()[:16]
        yield Item(
            platform=Platform.WHATSAPP,
            kind=ItemKind.MESSAGE,
            path=e.display,
            text=body,
            timestamp=when,
            item_id=f"wa-{digest}",
            audience=Audience.PRIVATE,
            position=position,
            extra=extra,
        )
