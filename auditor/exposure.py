"""One finding per exposure, not one per repetition.

A person fixes an exposure, not a line of a file: an archive that names Sydney in 800 tweets
is one thing to decide about (with 800 posts to edit), and a location-history file is one
thing to delete and one setting to turn off, however many places it names. `merge` turns

- findings of the same rule about the same term, place or value in the same file into one,
  with `count` and every item (its id, permalink, time), so each can still be found; and
- every finding about one location-history file into one, led by its worst place, with the
  count of records and the places it names, worst first.

A merged finding's fingerprint comes from the rule, the platform, the file's path inside its
export and the term (see `models.fingerprint`); `member_fingerprints` keeps its members' own,
so a baseline that accepted any of them still accepts it. Works on Findings only: it reads no
file and decides nothing about risk.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from auditor.models import Category, Finding

ITEMS_CAP = 20  # items listed for a whole location-history file (every record is counted)


def _key(f: Finding) -> tuple[str, ...] | None:
    where = f.export_path or f.path
    if f.count > 1 or not where or f.item_kind in ("inference", "photo_file", "account", "profile_field", ""):
        return None  # already merged, no file, or something fixed one by one (a photo, a profile field)
    if f.item_kind == "location_record":
        return ("location_history", str(f.platform), where)
    if not f.item_id and not f.url:
        return None  # items a person cannot tell apart would be merged into nothing they can find
    value = f.fingerprint_key.casefold()
    if f.category == Category.GEOTAG:
        if f.location is None:
            return None
        # a geotag's value is its place: the same spot (to about 100 m), not the same rule
        value = f"{round(f.location.lat, 3)},{round(f.location.lon, 3)}"
    return ("same", f.code, str(f.platform), where, value)


def _ref(f: Finding) -> dict[str, object]:
    return {
        "item_id": f.item_id,
        "url": f.url,
        "timestamp": f.timestamp.isoformat() if f.timestamp else None,
        "path": f.path,
    }


def _by_time(f: Finding) -> str:
    return f.timestamp.isoformat() if f.timestamp else ""


def merge(findings: Iterable[Finding]) -> list[Finding]:
    """The findings with every repeated exposure made one (order: first appearance)."""
    groups: dict[tuple[str, ...], list[Finding]] = {}
    out: list[Finding | tuple[str, ...]] = []
    for f in findings:
        key = _key(f)
        if key is None:
            out.append(f)
            continue
        if key not in groups:
            groups[key] = []
            out.append(key)
        groups[key].append(f)
    merged: list[Finding] = []
    for entry in out:
        if isinstance(entry, Finding):
            merged.append(entry)
            continue
        members = groups[entry]
        if len(members) == 1:
            merged.append(members[0])
        elif entry[0] == "location_history":
            merged.append(_whole_file(members))
        else:
            merged.append(_repeated(members))
    return merged


def _repeated(members: list[Finding]) -> Finding:
    """One rule, one term, one file, many items: the first item leads, every item is listed."""
    members = sorted(members, key=_by_time)
    lead = members[0]
    n = len(members)
    return dataclasses.replace(
        lead,
        message=f"{lead.message} (in {n} items)",
        count=n,
        items=tuple(_ref(m) for m in members),
        member_fingerprints=frozenset(m.fingerprint for m in members),
        timestamp=members[-1].timestamp or lead.timestamp,  # the latest: how recent the exposure is
    )


def _whole_file(members: list[Finding]) -> Finding:
    """A location-history file: one exposure led by its worst finding, naming its places."""
    worst = max(members, key=lambda m: (m.severity.rank, m.confidence, -len(m.fingerprint_key)))
    places: dict[str, int] = {}
    for m in sorted(members, key=lambda m: -m.severity.rank):
        if m.fingerprint_key:
            places.setdefault(m.fingerprint_key, m.severity.rank)
    names = list(places)
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    refs = sorted(members, key=_by_time)
    return dataclasses.replace(
        worst,
        message=f"Location history ({worst.path.rsplit('/', 1)[-1]}) records {len(members)} item(s) naming places: {shown}",
        fingerprint_key="location_history",
        count=len(members),
        items=tuple(_ref(m) for m in refs[:ITEMS_CAP]),
        member_fingerprints=frozenset(m.fingerprint for m in members),
        extra={**worst.extra, "places": names},
        timestamp=refs[-1].timestamp or worst.timestamp,
    )
