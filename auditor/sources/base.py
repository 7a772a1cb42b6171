"""What a source is: detect an export in the virtual tree, then read it into Items.

A source never decides what is risky (rules do) and never raises for one bad file: it records
the file in `SourceContext.error` and carries on. Every file under an export root is accounted
for in coverage as parsed, recognised-but-skipped, or not understood, so a format change shows
up in the report instead of passing silently.
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from auditor.models import Item, Platform, Points, ScanError
from auditor.tree import Entry, InputTree

MAX_JSON_BYTES = 512 * 1024 * 1024
SUMMARY_MIN = 4  # this many errors of one kind in one export become one line
_VARIABLE = re.compile(r"'[^']*'|\"[^\"]*\"|\S+\.[A-Za-z0-9]{1,5}(?:\.gz)?\b|\d+")


def error_kind(reason: str) -> str:
    """The reason with its variable parts (file names, quoted text, numbers) blanked."""
    return _VARIABLE.sub("_", reason)


@dataclass
class Coverage:
    platform: str
    root: str
    parsed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    not_understood: list[str] = field(default_factory=list)
    items: int = 0
    notes: list[str] = field(default_factory=list)  # e.g. "HTML variant only: best effort"
    skip_reasons: dict[str, int] = field(default_factory=dict)  # why files were skipped, with counts

    def skip(self, relpath: str, reason: str) -> None:
        """Count `relpath` as recognised but deliberately not read, for `reason`."""
        self.skipped.append(relpath)
        self.skip_reasons[reason] = self.skip_reasons.get(reason, 0) + 1

    def to_dict(self) -> dict[str, Any]:
        d = {
            "platform": self.platform,
            "root": self.root,
            "files_parsed": len(self.parsed),
            "files_skipped": len(self.skipped),
            "files_not_understood": len(self.not_understood),
            "items": self.items,
            "not_understood": self.not_understood[:50],
        }
        if self.notes:
            d["notes"] = list(self.notes)
        if self.skip_reasons:
            d["skip_reasons"] = dict(sorted(self.skip_reasons.items()))
        return d


@dataclass
class SourceContext:
    errors: list[ScanError] = field(default_factory=list)
    coverage: list[Coverage] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # user-facing notes, copied to ScanResult.notices
    # files a source recognised as part of its export but not as the user's media (e.g. the X
    # archive viewer's emoji images): the media stage does not read them
    not_media: set[str] = field(default_factory=set)
    # a source may yield `models.Points` batches instead of one Item per bare location record
    # (a location history's millions): only the streaming engine, which takes them, asks
    points: bool = False

    def error(self, entry: Entry | str, reason: str) -> None:
        path = entry.display if isinstance(entry, Entry) else entry
        self.errors.append(ScanError(path, reason))

    def summarise_errors(self, since: int, where: str, at_least: int = SUMMARY_MIN) -> None:
        """Fold errors of one kind (recorded since index `since`, for one export at `where`) into
        one line with a count, so a thousand missing activity files are one line, not a thousand."""
        fresh = self.errors[since:]
        groups: dict[str, list[ScanError]] = {}
        for err in fresh:
            groups.setdefault(error_kind(err.reason), []).append(err)
        out: list[ScanError] = []
        done: set[str] = set()
        for err in fresh:
            kind = error_kind(err.reason)
            same = groups[kind]
            if len(same) < at_least:
                out.append(err)
            elif kind not in done:
                done.add(kind)
                out.append(ScanError(where, f"{len(same)} errors of one kind, e.g. {same[0].path}: {same[0].reason}"))
        self.errors[since:] = out


class Source(Protocol):
    platform: Platform
    name: str

    def detect(self, tree: InputTree) -> list[str]:
        """Virtual roots of every export of this kind found in the tree."""
        ...

    def read(self, tree: InputTree, root: str, ctx: SourceContext, cov: Coverage) -> Iterator[Item | Points]:
        """The export's Items as they are parsed (`Points` batches too, when `ctx.points`)."""
        ...


def under(tree: InputTree, root: str) -> list[Entry]:
    prefix = f"{root}/" if root else ""
    return [e for e in tree.entries if e.vpath.startswith(prefix)]


def rel(entry: Entry, root: str) -> str:
    return entry.vpath[len(root) + 1 :] if root else entry.vpath


def load_json_bytes(raw: bytes) -> Any:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return json.loads(raw.decode("utf-8"))


def read_text(entry: Entry, limit: int = MAX_JSON_BYTES) -> str:
    if entry.size > limit:
        raise ValueError(f"file too large to parse ({entry.size} bytes)")
    raw = entry.read(limit + 1)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8")


# ---- streamed look at a JSON file's top level (detection of large files) ------------------

_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"\s*:?|[{}\[\]]')
SCAN_CHUNK = 4 * 1024 * 1024


def json_top_keys(entry: Entry, limit: int = 64, enough: Callable[[list[str]], bool] | None = None) -> list[str]:
    """The top-level keys of a JSON object file, streamed in chunks.

    A small tokenizer tracks only strings and bracket depth, so the values between the keys
    (a 100 MB advertising section, a long participants list) are skipped without being built, and any nesting depth is
    safe (a recursive parser would overflow on 100,000 open brackets). Stops early once
    `enough(keys)` says so.
    """
    keys: list[str] = []
    depth, carry = 0, b""
    try:
        with entry.open() as fh:
            while True:
                data = fh.read(SCAN_CHUNK)
                buf, final = carry + data, not data
                done, carry = 0, b""
                for m in _TOKEN.finditer(buf):
                    gap = buf[done : m.start()]
                    if b'"' in gap:  # a string that does not close in this chunk: finish it with the next
                        break
                    tok = m.group()
                    if not final and m.end() == len(buf) and tok[:1] == b'"':
                        break  # its ':' may be in the next chunk
                    done = m.end()
                    if tok in (b"{", b"["):
                        depth += 1
                    elif tok in (b"}", b"]"):
                        depth -= 1
                    elif depth == 1 and tok.endswith(b":"):
                        keys.append(str(json.loads(tok[:-1].rstrip())))
                        if len(keys) >= limit or (enough is not None and enough(keys)):
                            return keys
                rest = buf[done:]
                quote = rest.find(b'"')
                carry = rest[quote:] if quote != -1 else b""
                if final or len(carry) > MAX_STRING:
                    return keys
    except (OSError, EOFError, zipfile.BadZipFile, zlib.error, UnicodeDecodeError, ValueError):
        pass  # keys read before the damage still count; the reader reports the file
    return keys


MAX_STRING = 64 * 1024 * 1024  # one JSON string longer than this is not an export file
