"""The demo persona's facts and the small writers every export builder shares.

Morgan Quillfeather is invented, as are every name, handle, address and message here;
positions are a suburban street, an airport terminal and a gym (Brisbane, UTC+10). Writers put
bytes under the folder they are given and nowhere else; nothing reads the clock.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

MARKER = "SYNTHETIC_PERSONA.txt"

# The persona. Invented name, handles and addresses; positions are a suburban street, the
# airport's international terminal and a gym nearby (Brisbane, UTC+10, no daylight saving).
NAME = "Morgan Quillfeather"
FIRST, LAST = "Morgan", "Quillfeather"
HANDLE = "morgan_quill_example"
PERSONAL_EMAIL = "morgan.quill.example@example.com"
WORK_EMAIL = "morgan.quillfeather@abf.gov.au"
EMPLOYER = "Australian Border Force"
ROLE = "Border Force Officer"
HOME = (-27.39421, 153.06112)
WORK = (-27.38420, 153.11750)
GYM = (-27.39910, 153.06820)
TZ = timezone(timedelta(hours=10))
COLLEAGUES = ("Tash Brennick", "Omar Velloza", "Jess Tamberlin")
START = datetime(2025, 5, 5)  # a Monday
DAYS = 26


def ts(dt: datetime) -> int:
    """Epoch seconds of a Brisbane local time."""
    return int(dt.replace(tzinfo=TZ).timestamp())


def utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=TZ).astimezone(UTC)


def write(root: Path, rel: str, data: str | bytes) -> None:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        p.write_bytes(data)
    else:
        p.write_bytes(data.encode("utf-8"))


def to_json(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def meta_json(obj: Any) -> str:
    """JSON the way Meta writes it: every UTF-8 byte of non-ASCII text as its own \\u00XX."""

    def mangle(v: Any) -> Any:
        if isinstance(v, str):
            return v.encode("utf-8").decode("latin-1")
        if isinstance(v, list):
            return [mangle(x) for x in v]
        if isinstance(v, dict):
            return {mangle(k): mangle(x) for k, x in v.items()}
        return v

    return json.dumps(mangle(obj), indent=2, ensure_ascii=True) + "\n"


def to_csv(header: list[str], rows: Iterable[Iterable[Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(list(r))
    return buf.getvalue()
