"""Linear-time location of XMP properties in packet bytes (attribute, empty and element forms).

XMP arrives from other people's files, so it is attacker-sized input (up to the 4 MB block cap).
The earlier patterns (`<p ...>.*?</p>`, `p="[^"]*"`) backtracked: every unclosed tag or quote
rescanned the rest of the packet, quadratic in the packet. This scanner walks the bytes once:
close tags are indexed in one pass, then each candidate name is resolved with `find` and a
bisect, and a failed search for a quote or `>` is remembered so it is never repeated. It reads
only the bytes it is given and decides nothing; `xmp.py` (reading) and `fixers/exif.py`
(blanking) share it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

# a name token after whitespace or "<": the match is bounded by the token, so finditer is linear
_TOKEN = re.compile(rb"[\s<]([A-Za-z_][\w:.\-]*)")
_CLOSE = re.compile(rb"</([A-Za-z_][\w:.\-]*)")
_WS = b" \t\r\n"


@dataclass(frozen=True)
class Prop:
    """One property occurrence: `kind` is "attr", "empty" or "element"; value is buf[vstart:vend]."""

    name: bytes
    kind: str
    start: int
    end: int
    vstart: int
    vend: int


class _Finder:
    """`find` that remembers a failure: once `needle` is absent after p, it is absent after any q >= p."""

    def __init__(self, buf: bytes) -> None:
        self.buf = buf
        self.failed: dict[bytes, int] = {}

    def find(self, needle: bytes, pos: int) -> int:
        fail = self.failed.get(needle)
        if fail is not None and pos >= fail:
            return -1
        i = self.buf.find(needle, pos)
        if i < 0:
            self.failed[needle] = pos if fail is None else min(fail, pos)
        return i


def _skip_ws(buf: bytes, i: int) -> int:
    n = len(buf)
    while i < n and buf[i] in _WS:
        i += 1
    return i


def _closes(buf: bytes, want: Callable[[bytes], bool]) -> dict[bytes, list[tuple[int, int]]]:
    """Every well-formed close tag `</name\\s*>` of a wanted name: name -> [(start, end)] in order."""
    out: dict[bytes, list[tuple[int, int]]] = {}
    for m in _CLOSE.finditer(buf):
        name = m.group(1)
        if not want(name):
            continue
        j = _skip_ws(buf, m.end())
        if j < len(buf) and buf[j] == ord(">"):
            out.setdefault(name, []).append((m.start(), j + 1))
    return out


def scan_props(buf: bytes, want: Callable[[bytes], bool]) -> list[Prop]:
    """Every attribute / empty-element / element occurrence of a wanted name, in order of start.

    An element's content runs to the first matching close tag after its open tag (the non-greedy
    reading); an open tag without a close, or a quote without its pair, yields nothing.
    """
    closes = _closes(buf, want)
    starts = {name: [s for s, _ in spans] for name, spans in closes.items()}
    finder = _Finder(buf)
    n = len(buf)
    out: list[Prop] = []
    for m in _TOKEN.finditer(buf):
        name = m.group(1)
        if not want(name):
            continue
        after = m.end()
        j = _skip_ws(buf, after)
        if j < n and buf[j] == ord("="):
            k = _skip_ws(buf, j + 1)
            if k < n and buf[k] in b"\"'":
                q = bytes([buf[k]])
                c = finder.find(q, k + 1)
                if c >= 0:
                    out.append(Prop(name, "attr", m.start(1), c + 1, k + 1, c))
            continue
        if buf[m.start()] != ord("<") or after >= n:
            continue
        ch = buf[after]
        if ch == ord(">"):
            gt = after
        elif ch == ord("/") or ch in _WS:
            gt = finder.find(b">", after)
            if gt < 0:
                continue
        else:
            continue
        if buf[gt - 1] == ord("/"):
            out.append(Prop(name, "empty", m.start(), gt + 1, gt + 1, gt + 1))
            continue
        idx = starts.get(name)
        if not idx:
            continue
        i = bisect.bisect_left(idx, gt + 1)
        if i < len(idx):
            cs, ce = closes[name][i]
            out.append(Prop(name, "element", m.start(), ce, gt + 1, cs))
    return out


def first_li(buf: bytes) -> bytes | None:
    """The content of the first `<rdf:li ...>...</rdf:li>` in `buf`, found with `find` only."""
    pos = 0
    while True:
        i = buf.find(b"<rdf:li", pos)
        if i < 0:
            return None
        j = i + len(b"<rdf:li")
        if j < len(buf) and (buf[j] == ord(">") or buf[j] in _WS):
            gt = buf.find(b">", j)
            close = -1 if gt < 0 else buf.find(b"</rdf:li>", gt + 1)
            # no close after this open means none after any later open either
            return None if close < 0 else buf[gt + 1 : close]
        pos = j
