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

import codecs
import hashlib
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from auditor.models import Audience, Item, ItemKind, Platform, Position, valid_position
from auditor.sources.base import Coverage, SourceContext, rel, under
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
            m = _NAME.match(e.name)
            chat = m.group(1).strip() if m else posixpath.splitext(e.name)[0]
            read = 0
            try:
                for item in parse_chat_lines(lambda e=e: _lines(e), e, chat):
                    if not read:
                        cov.parsed.append(r)
                    read += 1
                    item.export_path = r
                    cov.items += 1
                    yield item
            except (OSError, UnicodeDecodeError) as exc:
                after = f" (after {read} message(s); the rest was not read)" if read else ""
                ctx.error(e, f"unreadable WhatsApp chat: {exc}{after}")
                continue
            except ValueError as exc:
                ctx.error(e, f"WhatsApp chat not understood: {exc}")
                continue
            if not read:
                cov.parsed.append(r)  # a chat of system messages only: read, nothing to check


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


CHUNK = 1024 * 1024  # bytes of a chat read at a time
_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines splits on


def _lines(e: Entry) -> Iterator[str]:
    """The chat's lines as `str.splitlines` gives them, read in chunks: memory is bounded by the
    longest line (at most TEXT_LIMIT characters), never the file. Strict UTF-8, BOM dropped."""
    dec = codecs.getincrementaldecoder("utf-8-sig")()
    carry = ""
    with e.open() as fh:
        while True:
            data = fh.read(CHUNK)
            final = not data
            parts = (carry + dec.decode(data, final=final)).splitlines(keepends=True)
            carry = ""
            # the last piece may be cut by the chunk (or be a "\r" a "\n" follows): read on first
            if not final and parts and (parts[-1][-1] not in _LINE_ENDS or parts[-1][-1] == "\r"):
                carry = parts.pop()
                if len(carry) > TEXT_LIMIT:
                    raise ValueError(f"a line over {TEXT_LIMIT:,} characters")
            for p in parts:
                yield p.rstrip(_LINE_ENDS) if not p.endswith("\r\n") else p[:-2]
            if final:
                return


def _split(lines: Iterable[str]) -> Iterator[_Raw]:
    """The messages of a chat, one at a time (a message runs on over the lines without a prefix)."""
    msg: _Raw | None = None
    size = 0
    for no, raw_line in enumerate(lines, 1):
        line = _norm(raw_line).lstrip("\ufeff")
        m = _PREFIX.match(line)
        if m:
            if msg is not None:
                yield msg
            rest = line[m.end() :]
            a = _AUTHOR.match(rest)
            nums = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
            tm = (int(m.group(4)), int(m.group(5)), int(m.group(6) or 0), (m.group(7) or "").lower() or None)
            if a and not _ios_system(a.group(2)):
                msg = _Raw(nums, tm, a.group(1).strip(_MARKS + " "), [a.group(2)], no)
            else:
                msg = _Raw(nums, tm, None, [rest], no)
            size = len(rest)
        elif msg is not None:
            size += len(raw_line)
            if size > TEXT_LIMIT:
                raise ValueError(f"a message over {TEXT_LIMIT:,} characters")
            msg.lines.append(raw_line.rstrip("\r"))
    if msg is not None:
        yield msg


class DateOrder:
    """Which order a chat writes its dates in, worked out one date at a time (see infer_order)."""

    def __init__(self) -> None:
        self.n = 0
        self.year_first = self.first_big = self.second_big = False
        self.changes0 = self.changes1 = 0
        self._prev: tuple[int, int, int] | None = None

    def add(self, d: tuple[int, int, int]) -> None:
        self.n += 1
        self.year_first |= d[0] > 31
        self.first_big |= d[0] > 12
        self.second_big |= d[1] > 12
        if self._prev is not None:
            self.changes0 += self._prev[0] != d[0]
            self.changes1 += self._prev[1] != d[1]
        self._prev = d

    def order(self) -> str:
        if not self.n:
            return "dmy"
        if self.year_first:
            return "ymd"
        if self.first_big and not self.second_big:
            return "dmy"
        if self.second_big and not self.first_big:
            return "mdy"
        return "mdy" if self.changes1 > self.changes0 else "dmy"


def infer_order(dates: list[tuple[int, int, int]]) -> str:
    """'ymd', 'dmy' or 'mdy' for a file's dates (all written the same way).

    A 4-digit first part means year first. Otherwise a value above 12 marks the day; if neither
    position ever exceeds 12, the position that changes more often between consecutive
    messages is the day. Ties fall back to day first, the more common order worldwide.
    """
    tally = DateOrder()
    for d in dates:
        tally.add(d)
    return tally.order()


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
    """The messages of a chat held in memory (tests, small texts)."""
    return parse_chat_lines(text.splitlines, e, chat)


def parse_chat_lines(lines: Callable[[], Iterable[str]], e: Entry, chat: str) -> Iterator[Item]:
    """The messages of a chat whose lines `lines()` gives, in two passes over them: the first
    works out the date order (it needs every date), the second yields the messages. Nothing but
    the current message is held."""
    tally = DateOrder()
    for raw in _split(lines()):
        tally.add(raw.nums)
    if not tally.n:
        raise ValueError("no line starts with a WhatsApp date prefix")
    order = tally.order()
    for raw in _split(lines()):
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
