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
    m = Merger()
    for f in findings:
        m.add(f)
    return m.result()


class _Group:
    """One exposure's members, kept compact: the finding that will lead it in full, and of every
    other member only its reference, time and fingerprint (a finding carries much more)."""

    __slots__ = ("lead", "lead_key", "refs", "fingerprints", "latest", "n", "places", "first")

    def __init__(self, f: Finding, seq: tuple) -> None:
        self.lead = f
        self.lead_key: tuple = (_by_time(f), seq)
        self.refs: list[tuple[str, tuple, dict[str, object]]] = []
        self.fingerprints: set[str] = set()
        self.latest: tuple[tuple, Finding] = ((_by_time(f), seq), f)
        self.n = 0
        self.places: dict[int, dict[str, tuple]] = {}  # severity rank -> place name -> first seen
        self.first = seq


class Merger:
    """`merge`, fed one finding at a time: a streaming scan adds findings as its rules give them,
    and holds one compact group per exposure instead of every finding.

    `seq` is a finding's place in reading order (any comparable value; arrival order when not
    given): ties between members (the same time) and the order of the result go by it, so
    findings may arrive out of order (a stage that held some back) and merge as if in order.
    With `unique`, a finding whose fingerprint was already added is dropped (a scan's findings
    are de-duplicated this way before they merge)."""

    def __init__(self, unique: bool = False) -> None:
        self._out: list[tuple[tuple, Finding | tuple[str, ...]]] = []
        self._groups: dict[tuple[str, ...], _Group] = {}
        self._arrived = 0
        self._fingerprints: set[str] | None = set() if unique else None

    def add(self, f: Finding, seq: tuple | None = None) -> None:
        if self._fingerprints is not None:
            fp = f.fingerprint
            if fp in self._fingerprints:
                return
            self._fingerprints.add(fp)
        self._arrived += 1
        seq = (self._arrived,) if seq is None else seq
        key = _key(f)
        if key is None:
            self._out.append((seq, f))
            return
        g = self._groups.get(key)
        if g is None:
            g = self._groups[key] = _Group(f, seq)
            self._out.append((seq, key))
        elif seq < g.first:
            g.first = seq
        when = _by_time(f)
        if key[0] == "location_history":
            if _worse(f, g.lead) or (not _worse(g.lead, f) and seq < g.lead_key[1]):
                g.lead, g.lead_key = f, (when, seq)
            if f.fingerprint_key:
                names = g.places.setdefault(f.severity.rank, {})
                if f.fingerprint_key not in names or seq < names[f.fingerprint_key]:
                    names[f.fingerprint_key] = seq
        elif (when, seq) < g.lead_key:
            g.lead, g.lead_key = f, (when, seq)  # the earliest item leads (the first read on a tie)
        g.refs.append((when, seq, _ref(f)))
        if key[0] == "location_history" and len(g.refs) > 2 * ITEMS_CAP:
            g.refs = sorted(g.refs, key=_ref_order)[:ITEMS_CAP]  # a whole file lists its first items only
        if (when, seq) >= g.latest[0]:
            g.latest = ((when, seq), f)
        g.fingerprints.add(f.fingerprint)
        g.n += 1

    def result(self) -> list[Finding]:
        merged: list[Finding] = []
        order = sorted(((self._groups[e].first if isinstance(e, tuple) else seq), i) for i, (seq, e) in enumerate(self._out))
        for _, i in order:
            entry = self._out[i][1]
            if isinstance(entry, Finding):
                merged.append(entry)
                continue
            g = self._groups[entry]
            if g.n == 1:
                merged.append(g.lead)
            elif entry[0] == "location_history":
                merged.append(_whole_file(g))
            else:
                merged.append(_repeated(g))
        return merged


def _ref_order(r: tuple) -> tuple:
    return (r[0], r[1])


def _worse(f: Finding, than: Finding) -> bool:
    """`f` leads a location-history file instead of `than` (the first of the worst wins a tie)."""
    rank = lambda m: (m.severity.rank, m.confidence, -len(m.fingerprint_key))  # noqa: E731
    return rank(f) > rank(than)


def _repeated(g: _Group) -> Finding:
    """One rule, one term, one file, many items: the first item leads, every item is listed."""
    lead, n = g.lead, g.n
    refs = sorted(g.refs, key=_ref_order)
    return dataclasses.replace(
        lead,
        message=f"{lead.message} (in {n} items)",
        count=n,
        items=tuple(r[2] for r in refs),
        member_fingerprints=frozenset(g.fingerprints),
        timestamp=g.latest[1].timestamp or lead.timestamp,  # the latest: how recent the exposure is
    )


def _whole_file(g: _Group) -> Finding:
    """A location-history file: one exposure led by its worst finding, naming its places."""
    worst = g.lead
    ranked = [sorted(g.places[rank], key=g.places[rank].__getitem__) for rank in sorted(g.places, reverse=True)]
    names = list(dict.fromkeys(name for names in ranked for name in names))
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    refs = sorted(g.refs, key=_ref_order)[:ITEMS_CAP]
    return dataclasses.replace(
        worst,
        message=f"Location history ({worst.path.rsplit('/', 1)[-1]}) records {g.n} item(s) naming places: {shown}",
        fingerprint_key="location_history",
        count=g.n,
        items=tuple(r[2] for r in refs),
        member_fingerprints=frozenset(g.fingerprints),
        extra={**worst.extra, "places": names},
        timestamp=g.latest[1].timestamp or worst.timestamp,
    )
