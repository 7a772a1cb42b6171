"""The records of a large JSON file, one at a time, in bounded memory.

An X archive's `tweets.js` (hundreds of MB for a heavy user) is one JSON array behind a
JavaScript prefix. `json_records` yields its elements one by one: the file is read in chunks,
each element is decoded by the standard library's C scanner (`JSONDecoder.raw_decode`) and the
chunk is dropped once its elements are out. Memory is bounded by the largest single record
(`RECORD_CAP`), never by the file, so no cap on the file's size is needed.

Hostile input stays bounded: a record over `RECORD_CAP` characters, or nested deeper than the
decoder's recursion limit, ends the file with a `JsonStreamError` that says where (the records
before it were already given). ijson's object builder was not used: on 100,000 nested
brackets it grew until the process was killed.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from auditor.tree import Entry

CHUNK = 1024 * 1024  # bytes read at a time
RECORD_CAP = 64 * 1024 * 1024  # characters: one record longer than this is not an export record
_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class JsonStreamError(ValueError):
    """The file is not a JSON array of records (or a record in it is broken); says where."""


def json_records(entry: Entry, prefix_end: Callable[[str], int] | None = None) -> Iterator[Any]:
    """The elements of the JSON array in `entry`, one at a time.

    `prefix_end(head)` gives the index where the JSON starts in the file's first characters
    (after "window.YTD.tweets.part0 = "); a top-level object instead of an array is yielded
    whole, as the only record (pre-2018 `user_details.js`). Trailing `;` and blanks are
    ignored. Raises JsonStreamError (a ValueError) for broken JSON, UnicodeDecodeError for
    bytes that are not UTF-8, OSError when the file cannot be read.
    """
    with entry.open() as fh:
        yield from _records(fh.read, prefix_end)


def _records(read: Callable[[int], bytes], prefix_end: Callable[[str], int] | None) -> Iterator[Any]:
    dec = codecs.getincrementaldecoder("utf-8-sig")()
    buf, pos, base, eof = "", 0, 0, False

    def more() -> None:
        nonlocal buf, pos, base, eof
        data = read(CHUNK)
        eof = not data
        base += pos
        buf = buf[pos:] + dec.decode(data, final=eof)
        pos = 0

    def at_value() -> str:
        """The next non-blank character ("" at the end of the file)."""
        nonlocal pos
        while True:
            pos = _WS.match(buf, pos).end()  # type: ignore[union-attr]
            if pos < len(buf) or eof:
                return buf[pos] if pos < len(buf) else ""
            more()

    while not eof and len(buf) < 4096:
        more()
    if prefix_end is not None:
        pos = prefix_end(buf)
    first = at_value()
    if first == "{":  # one object: read to the end (bounded) and decode it whole
        while not eof:
            if len(buf) - pos > RECORD_CAP:
                raise JsonStreamError("a record over the size cap")
            more()
        try:
            yield json.loads(buf[pos:].rstrip().rstrip(";"))
        except json.JSONDecodeError as exc:
            raise JsonStreamError(f"{exc.msg} at character {base + pos + exc.pos}") from None
        except RecursionError:
            raise JsonStreamError("a record nested too deeply") from None
        return
    if first != "[":
        raise JsonStreamError(f"expected a JSON list at character {base + pos}")
    pos += 1
    expect_value = True
    while True:
        c = at_value()
        if c == "]" or (c == "" and not expect_value):
            if c == "":
                raise JsonStreamError("the list does not close (the file is cut short)")
            return
        if not expect_value:
            if c != ",":
                raise JsonStreamError(f"expected ',' or ']' at character {base + pos}")
            pos += 1
            expect_value = True
            continue
        if c == "":
            raise JsonStreamError("the list does not close (the file is cut short)")
        try:
            value, end = _DECODER.raw_decode(buf, pos)
        except json.JSONDecodeError as exc:
            # an error well before the end of what is read, other than a string the chunk cut,
            # is in the file itself; otherwise the record most likely runs on into the next chunk
            cut = exc.msg.startswith("Unterminated string")
            inside = not cut and exc.pos < (len(buf.rstrip()) if eof else len(buf) - 8)
            if eof or inside or len(buf) - pos > RECORD_CAP:
                why = exc.msg if inside else "the file is cut short inside a record" if eof else "a record over the size cap"
                raise JsonStreamError(f"{why} at character {base + exc.pos}") from None
            more()
            continue
        except RecursionError:
            raise JsonStreamError(f"a record nested too deeply at character {base + pos}") from None
        if end == len(buf) and not eof:
            more()  # a number may go on in the next chunk: decode it again whole
            continue
        pos = end
        expect_value = False
        yield value
