"""What a source is: detect an export in the virtual tree, then read it into Items.

A source never decides what is risky (rules do) and never raises for one bad file: it records
the file in `SourceContext.error` and carries on. Every file under an export root is accounted
for in coverage as parsed, recognised-but-skipped, or not understood, so a format change shows
up in the report instead of passing silently.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from auditor.models import Item, Platform, ScanError
from auditor.tree import Entry, InputTree

MAX_JSON_BYTES = 512 * 1024 * 1024


@dataclass
class Coverage:
    platform: str
    root: str
    parsed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    not_understood: list[str] = field(default_factory=list)
    items: int = 0
    notes: list[str] = field(default_factory=list)  # e.g. "HTML variant only: best effort"

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
        return d


@dataclass
class SourceContext:
    errors: list[ScanError] = field(default_factory=list)
    coverage: list[Coverage] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # user-facing notes, copied to ScanResult.notices

    def error(self, entry: Entry | str, reason: str) -> None:
        path = entry.display if isinstance(entry, Entry) else entry
        self.errors.append(ScanError(path, reason))


class Source(Protocol):
    platform: Platform
    name: str

    def detect(self, tree: InputTree) -> list[str]:
        """Virtual roots of every export of this kind found in the tree."""
        ...

    def read(self, tree: InputTree, root: str, ctx: SourceContext, cov: Coverage) -> Iterator[Item]: ...


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
