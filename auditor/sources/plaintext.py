"""Small readers shared by the plain-UTF-8 export sources (Mastodon, Reddit, Snapchat, Strava,
WhatsApp): bounded JSON and CSV loading, "… UTC" date parsing, HTML-to-text.

Nothing here knows a platform's layout or decides risk; it only turns bytes into Python values
and raises `ValueError` (or `OSError`/`UnicodeDecodeError`) for a file it cannot read, so the
calling source can record the error and carry on. No Meta mojibake repair: these platforms
write real UTF-8.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

from auditor.sources.base import load_json_bytes
from auditor.tree import Entry

JSON_LIMIT = 256 * 1024 * 1024
CSV_LIMIT = 256 * 1024 * 1024

# a CSV cell can hold a whole long post
csv.field_size_limit(64 * 1024 * 1024)


def load_json(entry: Entry, limit: int = JSON_LIMIT) -> Any:
    """Parse a JSON file, refusing one over `limit` bytes with a reason that says so."""
    if entry.size > limit:
        raise ValueError(f"file too large to parse ({entry.size} bytes, limit {limit})")
    raw = entry.read(limit + 1)
    if len(raw) > limit:
        raise ValueError(f"file too large to parse (over {limit} bytes)")
    try:
        return load_json_bytes(raw)
    except ValueError as exc:  # JSONDecodeError is a ValueError; keep its message short
        raise ValueError(f"malformed JSON: {exc}") from None


def read_csv(entry: Entry, limit: int = CSV_LIMIT) -> tuple[list[str], list[dict[str, str]]]:
    """(header, rows) of a CSV file. Handles a BOM, CRLF, quoted newlines and short rows."""
    if entry.size > limit:
        raise ValueError(f"file too large to parse ({entry.size} bytes, limit {limit})")
    raw = entry.read(limit + 1)
    text = raw.decode("utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)  # an unclosed quote is a malformed file
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        return [], []
    except csv.Error as exc:
        raise ValueError(f"malformed CSV: {exc}") from None
    rows: list[dict[str, str]] = []
    try:
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            rows.append({h: (values[i] if i < len(values) else "") for i, h in enumerate(header) if h})
    except csv.Error as exc:
        raise ValueError(f"malformed CSV at line {reader.line_num}: {exc}") from None
    return header, rows


_UTC_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y/%m/%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d",
)


def parse_utc(value: Any) -> datetime | None:
    """A UTC datetime from "2024-01-01 00:00:00 UTC", "2021/06/01 12:00:00 UTC", ISO with Z or
    an offset. Zone-less values are taken as UTC (these platforms write UTC). None if unparsable."""
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    if s.endswith(" UTC"):
        s = s[:-4].strip()
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    try:
        dt = datetime.fromisoformat(s)
    except ValueError:
        dt = None
        for fmt in _UTC_FORMATS:
            try:
                dt = datetime.strptime(s, fmt)
                break
            except ValueError:
                continue
        if dt is None:
            return None
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


_BREAKS = {"br", "p", "li", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}


class _TextOnly(HTMLParser):
    """Collects visible text; block ends and <br> become newlines. Script/style are dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(value: Any) -> str:
    """Visible text of an HTML fragment, paragraphs and <br> as newlines, entities decoded.

    The standard library's tolerant HTML tokenizer is enough for the sanitised fragments
    platforms write (Mastodon allows a handful of tags) and is several times faster than
    building a BeautifulSoup tree per post in outboxes of tens of thousands of posts."""
    if not isinstance(value, str) or not value:
        return ""
    if "<" not in value and "&" not in value:
        text = value
    else:
        parser = _TextOnly()
        parser.feed(value)
        parser.close()
        text = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line).strip()
