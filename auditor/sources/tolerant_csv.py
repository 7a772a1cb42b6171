"""CSV as real exports write it: any encoding generation, either delimiter, any header
spelling, and rows with quotes nobody escaped.

LinkedIn alone has shipped UTF-8 comma files, UTF-16 tab-separated files with every cell
quoted (2018), headers in three spellings (``ShareCommentary``, ``Share Commentary``,
``CONTENT``), preambles before the header, and ``Comments.csv`` files whose messages hold
unescaped ``"``. The strict csv module rejects the last kind whole. This module:

- decodes by byte-order mark (UTF-8, UTF-16 LE/BE) or by the NUL pattern of BOM-less UTF-16;
- picks tab or comma from the header line;
- finds the header row after any preamble by the columns the caller needs, compared
  normalised (case, spaces and underscores ignored), and returns rows as `Row`s that answer
  to any spelling of a column name;
- parses strictly first; when that fails, splits records where a line starts with the first
  column's date, takes the fixed columns from both ends and leaves the free-text column (the
  one that holds the stray quotes) in the middle. Lines it still cannot place are counted as
  lost, so a caller can say what a half-read file lost instead of dropping it.

It only reads text into rows; it never decides what a row means.
"""

from __future__ import annotations

import codecs
import csv
import re
from dataclasses import dataclass, field

HEADER_SEARCH = 13  # a header row is within the first lines (LinkedIn's Notes preamble is 3)
FREE_TEXT = ("message", "sharecommentary", "content", "comment", "description", "summary", "notes", "body")
_RECORD_START = re.compile(r'^"?(\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]{2} \d{1,2},? \d{4})')
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def norm(name: str) -> str:
    """A column name with case, spaces, underscores and a BOM ignored: ``Share Commentary`` ->
    ``sharecommentary``."""
    return _NON_ALNUM.sub("", name.lstrip("\ufeff").lower())


class Row(dict[str, str]):
    """One CSV row keyed by normalised column name; `get` takes any spelling of a name."""

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return super().get(norm(key), default)

    def __getitem__(self, key: str) -> str:
        return super().__getitem__(norm(key))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and super().__contains__(norm(key))


@dataclass
class Table:
    header: list[str]
    rows: list[Row] = field(default_factory=list)
    tolerant: bool = False  # rows were recovered past unescaped quotes
    lost_lines: int = 0  # lines that could not be placed in any row
    replaced: int = 0  # invalid byte sequences read as U+FFFD (a row kept, not lost)


def decode(raw: bytes) -> str:
    """Text of a CSV file in UTF-8 or UTF-16 (with or without a byte-order mark); invalid bytes
    are read as U+FFFD (`decode_counted` says how many), so one bad row never loses the file."""
    return decode_counted(raw)[0]


def decode_counted(raw: bytes) -> tuple[str, int]:
    """`decode`, and how many invalid byte sequences it replaced with U+FFFD."""
    try:
        return _decode(raw, "strict"), 0
    except UnicodeDecodeError:
        text = _decode(raw, "replace")
        return text, max(text.count("\ufffd") - _decode(raw, "ignore").count("\ufffd"), 1)


def _decode(raw: bytes, errors: str) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors=errors)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors=errors)
    head = raw[:64]
    if len(head) >= 4 and head[1::2].count(0) > len(head) // 4:
        return raw.decode("utf-16-le", errors="replace")
    if len(head) >= 4 and head[0::2].count(0) > len(head) // 4:
        return raw.decode("utf-16-be", errors="replace")
    return raw.decode("utf-8", errors=errors)


def delimiter(text: str) -> str:
    first = next((ln for ln in text.splitlines()[:HEADER_SEARCH] if ln.strip()), "")
    return "\t" if first.count("\t") > first.count(",") else ","


def has_header(text: str, required: set[str]) -> bool:
    """True when one of the first lines of `text` is a header row with the `required` columns."""
    want = {norm(c) for c in required}
    delim = delimiter(text)
    for line in text.splitlines()[:HEADER_SEARCH]:
        cells = {norm(c.strip().strip('"')) for c in line.split(delim)}
        if want <= cells:
            return True
    return False


def read_table(text: str, required: set[str]) -> Table:
    """The header and rows of a CSV text; ValueError when no header has the `required` columns."""
    want = {norm(c) for c in required}
    delim = delimiter(text)
    lines = text.splitlines(keepends=True)
    consumed = 0

    def feed():
        nonlocal consumed
        for ln in lines:
            consumed += 1
            yield ln

    header: list[str] | None = None
    try:
        for i, row in enumerate(csv.reader(feed(), delimiter=delim)):
            cells = [norm(c.strip()) for c in row]
            if want <= set(cells):
                header = cells
                break
            if i >= HEADER_SEARCH:
                break
    except csv.Error:
        header = None
    if header is None:
        raise ValueError(f"no header row with columns {', '.join(sorted(required))}")
    body = lines[consumed:]
    table = Table(header)
    try:
        records = list(csv.reader(body, delimiter=delim, strict=True))
    except csv.Error:
        records = None
    if records is not None and all(_fits(r, header) for r in records if any(c.strip() for c in r)):
        table.rows = [_row(header, r) for r in records if any(c.strip() for c in r)]
        return table
    table.tolerant = True
    _tolerant(body, header, delim, table)
    return table


def _fits(cells: list[str], header: list[str]) -> bool:
    # a trailing delimiter (LinkedIn's Learning.csv) adds one empty cell
    return len(cells) == len(header) or (len(cells) == len(header) + 1 and not cells[-1].strip())


def _row(header: list[str], cells: list[str]) -> Row:
    return Row({h: (cells[j] if j < len(cells) else "") for j, h in enumerate(header) if h})


def _tolerant(body: list[str], header: list[str], delim: str, table: Table) -> None:
    """Rows past unescaped quotes: records start where a line starts with a date; the fixed
    columns come off both ends and the free-text column keeps whatever is left between."""
    free = next((header.index(h) for h in FREE_TEXT if h in header), len(header) - 1)
    dated = [ln for ln in body if ln.strip()]
    if dated and _RECORD_START.match(dated[0]):
        groups: list[list[str]] = []
        for ln in body:
            if _RECORD_START.match(ln) or not groups:
                groups.append([ln])
            else:
                groups[-1].append(ln)
    else:
        groups = [[ln] for ln in body]
    for group in groups:
        record = "".join(group).rstrip("\r\n")
        if not record.strip():
            continue
        cells = split_record(record, delim, len(header), free)
        if cells is None:
            table.lost_lines += len(group)
        else:
            table.rows.append(_row(header, cells))


def split_record(record: str, delim: str, n: int, free: int) -> list[str] | None:
    """The `n` cells of one record whose column `free` may hold unescaped quotes, or None."""
    pos, left = 0, []
    for _ in range(free):
        got = _take_left(record, pos, delim)
        if got is None:
            return None
        value, pos = got
        left.append(value)
    end, right = len(record), []
    for _ in range(n - free - 1):
        got = _take_right(record, pos, end, delim)
        if got is None:
            return None
        value, end = got
        right.append(value)
    middle = record[pos:end]
    if len(middle) >= 2 and middle[0] == '"' and middle[-1] == '"':
        middle = middle[1:-1]
    return [*left, middle.replace('""', '"'), *reversed(right)]


def _take_left(s: str, pos: int, delim: str) -> tuple[str, int] | None:
    if s.startswith('"', pos):
        close = s.find('"' + delim, pos + 1)
        while close != -1 and s[pos + 1 : close].count('"') % 2:  # skip doubled quotes
            close = s.find('"' + delim, close + 1)
        if close == -1:
            return None
        return s[pos + 1 : close].replace('""', '"'), close + 2
    cut = s.find(delim, pos)
    return (s[pos:cut], cut + 1) if cut != -1 else None


def _take_right(s: str, start: int, end: int, delim: str) -> tuple[str, int] | None:
    if end > start and s[end - 1] == '"':
        opening = s.rfind(delim + '"', start, end - 1)
        if opening == -1:
            return None
        return s[opening + 2 : end - 1].replace('""', '"'), opening
    cut = s.rfind(delim, start, end)
    return (s[cut + 1 : end], cut) if cut != -1 else None


def rows_of(raw: bytes, required: set[str]) -> Table:
    """`read_table` of raw file bytes (`Table.replaced` counts invalid bytes read as U+FFFD)."""
    text, replaced = decode_counted(raw)
    table = read_table(text, required)
    table.replaced = replaced
    return table


def sniff(raw_head: bytes, required: set[str]) -> bool:
    """`has_header` on the first bytes of a file (a UTF-16 head may end mid-character)."""
    if raw_head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or raw_head[1:64:2].count(0) > 8:
        raw_head = raw_head[: len(raw_head) // 2 * 2]
    try:
        text = decode(raw_head)
    except UnicodeDecodeError:
        text = raw_head.decode("utf-8", errors="replace")
    return has_header(text, required)


__all__ = [
    "Row",
    "Table",
    "decode",
    "decode_counted",
    "delimiter",
    "has_header",
    "norm",
    "read_table",
    "rows_of",
    "sniff",
    "split_record",
]
