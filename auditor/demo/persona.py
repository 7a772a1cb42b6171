"""The demo persona's facts and the small writers every export builder shares (file writing and
Meta's encoding delegate to auditor.synth, so the demo and the tests write bytes the same way).

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

from auditor.synth.files import write_files
from auditor.synth.meta import meta_dumps

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
    """Write one file under root (text as UTF-8) through synth's one writer."""
    write_files(root, {rel: data})


def to_json(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def meta_json(obj: Any) -> str:
    """JSON the way Meta writes it (every UTF-8 byte of non-ASCII text as its own \\u00XX), newline-ended."""
    return meta_dumps(obj) + "\n"


def to_csv(header: list[str], rows: Iterable[Iterable[Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(list(r))
    return buf.getvalue()
