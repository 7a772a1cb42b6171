"""Group positions into places: density clusters over distinct days, written by hand.

Input is every positioned Item of a scan (photo GPS, post geotags, check-ins, location
history, fitness tracks) as `Obs` with a local time (see `timezones`). Output is `Cluster`s:
a centre, a radius and the observations that support it, with the day/night/week facts the
classifier in `patterns` needs.

Why not DBSCAN: location history draws continuous trails between places, and DBSCAN chains
home, street and workplace into one cluster along them. Instead this is a greedy "densest place
first" search on a 50 m grid: the cell whose 150 m neighbourhood was visited on the most
distinct days seeds a cluster, the centre moves to the median of the positions within 150 m,
those positions are taken out, and the search repeats (lazy greedy: scores only fall as
positions are removed, so a stale score is an upper bound). Evidence is counted in distinct
days, so a hundred photos of one party weigh as one day. This module decides nothing about
what a place is; it never reads files.
"""

from __future__ import annotations

import heapq
import math
import statistics
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from operator import attrgetter

from auditor.geo.distance import EARTH_M, distance_m
from auditor.models import Item, Platform, Points

M_PER_DEG = 111_320.0
CELL_M = 50.0
RADIUS_M = 150.0
NIGHT_FROM, NIGHT_TO = 20, 6  # local hours counted as night (20:00-05:59)
MAX_CLUSTERS = 60


_DATES: dict[date, date] = {}  # the shared date objects of `Obs.day` (a few thousand at most)


class _Day:
    """What every observation on one calendar day shares: the date object itself, the day
    before (the evening a small-hours observation belongs to), whether it is a weekend, and
    its first second as a count of seconds (for the sort key)."""

    __slots__ = ("day", "previous", "weekend", "base_s")

    def __init__(self, day: date) -> None:
        self.day = _DATES.setdefault(day, day)
        before = day - timedelta(days=1) if day > date.min else day
        self.previous = _DATES.setdefault(before, before)
        self.weekend = day.weekday() >= 5
        self.base_s = day.toordinal() * 86_400


_DAYS: dict[date, _Day] = {}  # one per calendar day seen


def _day(d: date) -> _Day:
    got = _DAYS.get(d)
    if got is None:
        got = _DAYS[d] = _Day(d)
    return got


_RANK: dict[timedelta, int] = {}
_RANKS = 2 * 86_400 + 1  # offset ranks: 0..86,399 for +00:00..+23:59:59, then the negative ones
_IDX_BITS = 32


def _offset_rank(off: timedelta) -> int:
    """The place of a UTC offset in the text order of ISO offsets ("+00:00" < "+10:00" <
    "-03:00" < "-05:00"): local times sort as their ISO strings did, ties on the wall clock
    included."""
    got = _RANK.get(off)
    if got is None:
        s = int(off.total_seconds())
        got = _RANK[off] = s if s >= 0 else 86_400 + min(-s, 86_400)
    return got


class Ref:
    """What a finding says about the item behind an observation (never its text): where it is,
    its id and platform, and whether its time carried its own UTC offset. One Ref is shared by
    every observation of the same file and id (a location history shares one)."""

    __slots__ = ("path", "item_id", "platform", "offset_known")

    def __init__(self, path: str, item_id: str | None, platform: Platform, offset_known: bool) -> None:
        self.path, self.item_id, self.platform, self.offset_known = path, item_id, platform, offset_known


class Obs:
    """One positioned item, kept compactly: where, when in local time (if known), and a shared
    `Ref` naming the item. The day, night and rest facts are worked out once, when the Obs is
    made (the clustering reads them millions of times over a long location history), and so is
    `key`, the order of observations: untimed ones first, then by local time as its ISO text
    sorts (wall clock, then offset), then by `idx` (the order the items came in)."""

    __slots__ = ("lat", "lon", "local", "day", "night", "rest", "key", "ref")

    def __init__(self, idx: int, lat: float, lon: float, local: datetime | None, ref: Ref | None = None) -> None:
        self.lat, self.lon, self.local, self.ref = lat, lon, local, ref
        if local is None:
            self.day = self.night = None
            self.rest = False
            self.key = idx
            return
        d = local.date()
        facts = _DAYS.get(d) or _day(d)
        self.day = d = facts.day  # one date object per calendar day, shared
        h = local.hour
        # the evening a night-time observation belongs to (01:00 Tuesday is Monday night)
        self.night = d if h >= NIGHT_FROM else facts.previous if h < NIGHT_TO else None
        self.rest = self.night is not None or facts.weekend  # night or weekend: when most people are at home
        wall_us = (facts.base_s + h * 3600 + local.minute * 60 + local.second) * 1_000_000 + local.microsecond
        off = local.utcoffset()
        rank = _RANK.get(off)  # type: ignore[arg-type]
        if rank is None:
            rank = _offset_rank(off)  # type: ignore[arg-type]
        self.key = ((wall_us * _RANKS + rank) << _IDX_BITS) | idx

    @property
    def idx(self) -> int:
        """The item's place in the order the items came in."""
        return self.key & ((1 << _IDX_BITS) - 1)

    @property
    def hour(self) -> float | None:
        return self.local.hour + self.local.minute / 60 if self.local else None

    def __repr__(self) -> str:
        return f"Obs({self.idx}, {self.lat}, {self.lon}, {self.local!r})"


MAX_ACCURACY_M = 500.0  # coarser fixes (cell towers, IP lookups) cannot place anyone at an address


class Refs:
    """One shared `Ref` per (path, item id, platform, offset known): a location history's
    millions of records share one, and the last one is tried first."""

    __slots__ = ("_by", "_last")

    def __init__(self) -> None:
        self._by: dict[tuple[str, str | None, Platform, bool], Ref] = {}
        self._last: Ref | None = None

    def get(self, path: str, item_id: str | None, platform: Platform, offset_known: bool) -> Ref:
        k = (path, item_id, platform, offset_known)
        ref = self._by.get(k)
        if ref is None:
            ref = self._by[k] = Ref(*k)
        return ref

    def of(self, item: Item) -> Ref:
        known = bool(item.extra.get("offset_known")) if item.extra else False
        last = self._last
        if (
            last is not None
            and last.path is item.path
            and last.item_id == item.item_id
            and last.platform is item.platform
            and last.offset_known is known
        ):
            return last
        k = (item.path, item.item_id, item.platform, known)
        ref = self._by.get(k)
        if ref is None:
            ref = self._by[k] = Ref(*k)
        self._last = ref
        return ref


def observe(item: Item, idx: int, local_time, refs: Refs) -> Obs | None:  # type: ignore[no-untyped-def]
    """The Obs of one item (local_time: Item -> aware datetime | None), or None when it has no
    usable position."""
    p = item.position
    if p is None or (p.accuracy_m is not None and p.accuracy_m > MAX_ACCURACY_M):
        return None
    return Obs(idx, p.lat, p.lon, local_time(item), refs.of(item))


_DAY_US, _HOUR_US = 86_400_000_000, 3_600_000_000
_UNIX_DAY = date(1970, 1, 1).toordinal()  # the proleptic ordinal of the first day of 1970
_UNIX_DAYS: dict[int, _Day] = {}  # `_Day` by days since 1970
_OFFSETS: dict[timedelta, tuple[int, int]] = {}  # UTC offset -> (microseconds, `_offset_rank`)


def observe_points(points: Points, first: int, local: list[datetime | None], refs: Refs) -> list[Obs]:
    """`observe` of every point of a batch (`first`: the first one's idx; `local`: their local
    times, `timezones.local_times`): the same Obs, to the last field, as of its Items, with one
    shared Ref. The day, hour and sort key come from the UTC microseconds and the offset, in
    integers, instead of from the local datetime's fields."""
    ref = refs.get(points.path, None, points.platform, False)
    out: list[Obs] = []
    append, most, new = out.append, MAX_ACCURACY_M, object.__new__
    days, offsets = _UNIX_DAYS, _OFFSETS
    rows = zip(points.lat, points.lon, points.accuracy, points.time_us, local, strict=True)
    for idx, (lat, lon, accuracy, us, when) in enumerate(rows, first):
        if accuracy is not None and accuracy > most:
            continue
        if when is None:
            out.append(Obs(idx, lat, lon, None, ref))
            continue
        off = when.utcoffset()
        got = offsets.get(off)  # type: ignore[arg-type]
        if got is None:
            got = offsets[off] = (off // timedelta(microseconds=1), _offset_rank(off))  # type: ignore[arg-type,operator]
        wall = us + got[0]  # the wall clock, in microseconds since 1970
        day_n = wall // _DAY_US
        facts = days.get(day_n)
        if facts is None:
            facts = days[day_n] = _day(date.fromordinal(day_n + _UNIX_DAY))
        d = facts.day
        h = wall // _HOUR_US % 24
        o = new(Obs)
        o.lat, o.lon, o.local, o.ref, o.day = lat, lon, when, ref, d
        o.night = night = d if h >= NIGHT_FROM else facts.previous if h < NIGHT_TO else None
        o.rest = night is not None or facts.weekend
        o.key = (((wall + _UNIX_DAY * _DAY_US) * _RANKS + got[1]) << _IDX_BITS) | idx
        append(o)
    return out


def observations(items: list[Item], local_time) -> list[Obs]:  # type: ignore[no-untyped-def]
    """Every item with a usable position, as an Obs (`idx`: the item's index in `items`)."""
    refs = Refs()
    out = []
    for i, it in enumerate(items):
        o = observe(it, i, local_time, refs)
        if o is not None:
            out.append(o)
    return out


@dataclass(slots=True)
class Cluster:
    lat: float
    lon: float
    radius_m: float
    members: list[Obs]
    days: dict[date, list[Obs]] = field(default_factory=dict)
    nights: set[date] = field(default_factory=set)
    rest_days: set[date] = field(default_factory=set)
    weeks: set[tuple[int, int]] = field(default_factory=set)
    sleep_days: set[date] = field(default_factory=set)  # days this place bracketed a sleep gap

    def __post_init__(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.days, self.nights, self.rest_days, self.weeks = {}, set(), set(), set()
        for o in self.members:
            d = o.day
            if d is None:
                continue
            self.days.setdefault(d, []).append(o)
            if o.night is not None:
                self.nights.add(o.night)
            if o.rest:
                self.rest_days.add(d)
        self.weeks = {(iso[0], iso[1]) for iso in (d.isocalendar() for d in self.days)}

    @property
    def timed(self) -> list[Obs]:
        return [o for o in self.members if o.local is not None]

    @property
    def first(self) -> date | None:
        return min(self.days) if self.days else None

    @property
    def last(self) -> date | None:
        return max(self.days) if self.days else None

    @property
    def weekend_days(self) -> int:
        return sum(1 for d in self.days if d.weekday() >= 5)

    def dwell_hours(self, d: date) -> float:
        """Hours between the first and last observation here on one day (0 for a single one)."""
        hs = [o.local for o in self.days.get(d, []) if o.local]
        return (max(hs) - min(hs)).total_seconds() / 3600 if len(hs) > 1 else 0.0

    def cell_key(self, size_deg: float = 0.005) -> str:
        """A coarse, stable label for fingerprints: the centre rounded to about 500 m."""
        return f"{round(self.lat / size_deg) * size_deg:.3f},{round(self.lon / size_deg) * size_deg:.3f}"


Groups = list[tuple[tuple[int, int], list["Obs"]]]  # positions by the grid cell they are stored in


def _reach_deg(lat: float, radius: float) -> tuple[float, float]:
    """Degrees of latitude and longitude beyond which no position is within `radius` metres of
    a point at `lat` (with a margin): the haversine distance is at least R * |dlat|, and at
    least 2R asin(sqrt(cos lat1 cos lat2) |sin(dlon / 2)|)."""
    half = radius / (2 * EARTH_M)
    dlat = math.degrees(2 * half) * (1 + 1e-6) + 1e-9
    c = math.cos(math.radians(lat)) * math.cos(math.radians(min(90.0, abs(lat) + dlat)))
    if c <= 0 or math.sin(half) >= math.sqrt(c):
        return dlat, 360.0
    return dlat, math.degrees(2 * math.asin(math.sin(half) / math.sqrt(c))) * (1 + 1e-6) + 1e-9


def _farthest_m(lat: float, lon: float, box: tuple[float, float, float, float]) -> float:
    """At least the distance from a point to any position in a box (lat_lo, lat_hi, lon_lo,
    lon_hi): along the meridian, then along the parallel (no longer than at the box's latitude
    nearest the equator); a great circle is never longer than such a path."""
    dphi = math.radians(max(abs(box[0] - lat), abs(box[1] - lat)))
    dlam = math.radians(max(abs(box[2] - lon), abs(box[3] - lon)))
    widest = 1.0 if box[0] <= 0 <= box[1] else math.cos(math.radians(min(abs(box[0]), abs(box[1]))))
    return EARTH_M * (dphi + widest * dlam) * (1 + 1e-9)


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return (
        math.floor(lat * M_PER_DEG / CELL_M),
        math.floor(lon * M_PER_DEG * math.cos(math.radians(lat)) / CELL_M),
    )


class _Grid:
    """Timed positions by 50 m cell, with every cell's neighbourhood score kept up to date.

    A cell's score is (distinct days seen within its `ring` of cells, positions there). Each
    neighbourhood keeps a count, per day, of the cells in it that saw that day, so removing a
    cluster's positions updates the scores of the cells around them and reading a score costs
    nothing, however many positions and days the history holds.
    """

    def __init__(self, obs: list[Obs]) -> None:
        self.cells: dict[tuple[int, int], list[Obs]] = defaultdict(list)
        self.days: dict[tuple[int, int], Counter[date]] = defaultdict(Counter)
        scale, floor, cos, radians = M_PER_DEG / CELL_M, math.floor, math.cos, math.radians
        cells = self.cells
        for o in obs:
            lat = o.lat
            cells[(floor(lat * scale), floor(o.lon * scale * cos(radians(lat))))].append(o)  # `_cell`, inlined
        for k, members in cells.items():
            self.days[k] = Counter([d for o in members if (d := o.day) is not None])
        self.boxes: dict[tuple[int, int], tuple[float, float, float, float]] = {}  # see `_box`
        self.ring = r = math.ceil(RADIUS_M / CELL_M)
        # per cell: days seen in its neighbourhood -> how many neighbour cells saw them; positions there
        self.hood_days: dict[tuple[int, int], Counter[date]] = {k: Counter() for k in cells}
        self.hood_n: dict[tuple[int, int], int] = dict.fromkeys(cells, 0)
        hood_days, hood_n = self.hood_days, self.hood_n
        steps = [(dy, dx) for dy in range(-r, r + 1) for dx in range(-r, r + 1)]  # `neighbours`' order
        for (a, b), members in cells.items():
            seen = [d for d, c in self.days[(a, b)].items() if c > 0]
            size = len(members)
            for dy, dx in steps:
                n = (a + dy, b + dx)
                if n in hood_n:
                    hood_n[n] += size
                    hood_days[n].update(seen)

    def neighbours(self, key: tuple[int, int], ring: int | None = None):  # type: ignore[no-untyped-def]
        r = self.ring if ring is None else ring
        for dy in range(-r, r + 1):
            for dx in range(-r, r + 1):
                k = (key[0] + dy, key[1] + dx)
                if k in self.cells:
                    yield k

    def score(self, key: tuple[int, int]) -> tuple[int, int]:
        return len(self.hood_days[key]), self.hood_n[key]

    def within(self, lat: float, lon: float, radius: float, groups: Groups | None = None) -> list[Obs]:
        """The positions within `radius` of a point, in cell order; `groups` gets them by cell
        (for `remove`). A cell whose positions all lie inside (or all outside) is taken (or
        left) whole: only cells across the circle's edge are measured position by position."""
        key = _cell(lat, lon)
        ring = math.ceil(radius / CELL_M) + 1
        dlat, dlon = _reach_deg(lat, radius)
        # `distance_from(lat, lon)`, written out in the loop: the same arithmetic in the same order
        radians, sin, cos, asin, sqrt = math.radians, math.sin, math.cos, math.asin, math.sqrt
        p1 = radians(lat)
        c1 = cos(p1)
        out: list[Obs] = []
        for k in self.neighbours(key, ring):
            cell = self.cells[k]
            if not cell:
                continue
            box = self.boxes.get(k) or self._box(k)
            if box[0] > lat + dlat or box[1] < lat - dlat or box[2] > lon + dlon or box[3] < lon - dlon:
                continue  # the whole cell is beyond the circle
            if _farthest_m(lat, lon, box) <= radius - 0.001:
                got = list(cell)  # the whole cell is inside
            else:
                got = []
                for o in cell:
                    # a box that holds the whole circle first: the exact distance decides inside it
                    la, lo = o.lat, o.lon
                    if abs(la - lat) <= dlat and abs(lo - lon) <= dlon:
                        p2 = radians(la)
                        dp, dl = p2 - p1, radians(lo - lon)
                        a = sin(dp / 2) ** 2 + c1 * cos(p2) * sin(dl / 2) ** 2
                        if 2 * EARTH_M * asin(sq if (sq := sqrt(a)) < 1.0 else 1.0) <= radius:  # min(1.0, sqrt(a))
                            got.append(o)
            if got:
                out.extend(got)
                if groups is not None:
                    groups.append((k, got))
        return out

    def _box(self, k: tuple[int, int]) -> tuple[float, float, float, float]:
        """The bounds (lat_lo, lat_hi, lon_lo, lon_hi) of a cell's positions, kept: removing
        positions leaves them bounds still."""
        cell = self.cells[k]
        lats, lons = [o.lat for o in cell], [o.lon for o in cell]
        box = self.boxes[k] = (min(lats), max(lats), min(lons), max(lons))
        return box

    def remove(self, groups: Groups) -> None:
        """Take positions out: `groups` lists, per cell, positions stored in that cell."""
        for k, members in groups:
            counts = self.days[k]
            before = len(self.cells[k])
            if len(members) == before:  # the whole cell: every day it saw goes
                dropped = [d for d, c in counts.items() if c > 0]
                counts.clear()
                self.cells[k] = []
            else:
                gone = {id(o) for o in members}
                dropped = []  # days the cell no longer sees
                for o in members:
                    if o.day is not None:
                        counts[o.day] -= 1
                        if counts[o.day] == 0:
                            dropped.append(o.day)
                self.cells[k] = [o for o in self.cells[k] if id(o) not in gone]
            lost = before - len(self.cells[k])
            for n in self.neighbours(k):
                self.hood_n[n] -= lost
                if dropped:
                    hood = self.hood_days[n]
                    hood.subtract(dropped)
                    for d in dropped:
                        if hood[d] <= 0:
                            del hood[d]


def _centre(members: list[Obs]) -> tuple[float, float]:
    # median per axis: robust to the odd GPS outlier that still fell inside the radius
    return median([o.lat for o in members]), median([o.lon for o in members])


SELECT_FROM = 20_000  # longer lists: the middle values are selected (numpy), not found by sorting


def median(values: list[float]) -> float:
    """`statistics.median`, exactly: the middle value, or the mean of the two middle values
    (a + b) / 2. From `SELECT_FROM` values up the middle ones are picked by a linear-time
    selection instead of a sort (a long history's centre is taken several times)."""
    n = len(values)
    if n < SELECT_FROM:
        return statistics.median(values)
    return _select(values, [n // 2] if n % 2 else [n // 2 - 1, n // 2])


def _select(values: list[float], ranks: list[int]) -> float:
    """The value at `ranks[0]` of the sorted values, or the mean of the two at `ranks`."""
    import numpy as np  # lazy: numpy only for long location histories; `auditor check` never loads it

    arr = np.array(values, dtype=np.float64)
    arr.partition(ranks)
    if len(ranks) == 1:
        return float(arr[ranks[0]])
    return (float(arr[ranks[0]]) + float(arr[ranks[1]])) / 2


def find_clusters(obs: list[Obs], min_days: int = 2, radius_m: float = RADIUS_M) -> list[Cluster]:
    """Places visited on at least `min_days` distinct days, densest first."""
    timed = [o for o in obs if o.local is not None]
    grid = _Grid(timed)
    heap = []
    for k in grid.cells:
        s = grid.score(k)
        heapq.heappush(heap, (-s[0], -s[1], k))
    clusters: list[Cluster] = []
    while heap and len(clusters) < MAX_CLUSTERS:
        neg_days, neg_n, key = heapq.heappop(heap)
        if -neg_days < min_days:
            break
        fresh = grid.score(key)
        if fresh != (-neg_days, -neg_n):
            if fresh[0] >= min_days:
                heapq.heappush(heap, (-fresh[0], -fresh[1], key))
            continue
        seed = grid.cells[key] or [o for k in grid.neighbours(key) for o in grid.cells[k]]
        lat, lon = _centre(seed)
        members: list[Obs] = []
        groups: Groups = []
        for _ in range(4):
            groups = []
            members = grid.within(lat, lon, radius_m, groups)
            if not members:
                break
            new = _centre(members)
            if distance_m(lat, lon, *new) < 1.0:
                break
            lat, lon = new
        if len({o.day for o in members}) < min_days:
            # the neighbourhood's days sit on both sides of the centre; drop this seed cell
            grid.remove([(key, grid.cells[key])])
            continue
        grid.remove(groups)
        clusters.append(Cluster(lat, lon, _radius(lat, lon, members), members))
    del grid, timed, heap  # the positions now live in the clusters: free the index before sorting them
    _attach_untimed([o for o in obs if o.local is None], clusters, radius_m)
    mark_sleep(clusters)
    return clusters


SLEEP_GAP_H = (5.0, 16.0)  # a quiet stretch this long, between two observations, is most likely sleep


def mark_sleep(clusters: list[Cluster]) -> None:
    """Credit the places just before and after each long quiet stretch: where people sleep.

    Photos stop while a person sleeps, and the place seen last before the gap and first after it
    is home far more often than work, whatever the shift (a night-shift worker's gap runs from
    the end of the shift to the afternoon at home). Continuous location history has no such
    gaps, and there the count of days carries the decision instead.
    """
    # The gaps are those between neighbours in the time order of every timed position of every
    # place (equal times: the earlier place first). Found without building that order: a gap
    # that long also follows its first position within its own place, so only the places' own
    # long gaps (and last positions) are candidates, and each finds its successor by bisection.
    lists = [sorted((o for o in c.members if o.local is not None), key=_LOCAL) for c in clusters]
    shortest = timedelta(hours=SLEEP_GAP_H[0])
    spans = [(seq[0].local, seq[-1].local) if seq else (None, None) for seq in lists]
    for i, seq in enumerate(lists):
        times = [o.local for o in seq]
        starts = [j for j, (a, b) in enumerate(zip(times, times[1:], strict=False)) if b - a >= shortest]  # type: ignore[operator]
        if times:
            starts.append(len(times) - 1)
        for j in starts:
            t1 = times[j]
            # only places seen both before (or at) t1 and after it can hold a position at t1 or
            # the next one after it (the others are wholly before t1, or after it: their first)
            if any(_holds(lists[m], t1) for m in range(i + 1, len(lists)) if lists[m] and spans[m][0] <= t1 <= spans[m][1]):  # type: ignore[operator]
                continue  # a later place has a position at the same time: that one is followed by the gap
            succ: Obs | None = None
            at = i
            for m, other in enumerate(lists):
                if not other or spans[m][1] <= t1:  # type: ignore[operator]
                    continue  # nothing after t1 there
                k = 0 if spans[m][0] > t1 else bisect_right(other, t1, key=_LOCAL)  # type: ignore[arg-type,operator]
                if k < len(other) and (succ is None or other[k].local < succ.local):  # type: ignore[operator]
                    succ, at = other[k], m
            if succ is None:
                continue
            gap = (succ.local - t1).total_seconds() / 3600  # type: ignore[operator]
            if SLEEP_GAP_H[0] <= gap <= SLEEP_GAP_H[1]:
                clusters[i].sleep_days.add(t1.date())  # type: ignore[union-attr]
                clusters[at].sleep_days.add(t1.date())  # type: ignore[union-attr]


_LOCAL = attrgetter("local")


def _holds(seq: list[Obs], t: datetime | None) -> bool:
    """Whether a list sorted by local time has a position at time t."""
    k = bisect_left(seq, t, key=_LOCAL)  # type: ignore[arg-type]
    return k < len(seq) and seq[k].local == t


def _radius(lat: float, lon: float, members: list[Obs]) -> float:
    """The 90th percentile of the members' distances from the centre."""
    # `distance_from(lat, lon)` of every member, written out: the same arithmetic in the same order
    radians, sin, cos, asin, sqrt = math.radians, math.sin, math.cos, math.asin, math.sqrt
    p1 = radians(lat)
    c1, far = cos(p1), 2 * EARTH_M
    ds = []
    for o in members:
        p2 = radians(o.lat)
        a = sin((p2 - p1) / 2) ** 2 + c1 * cos(p2) * sin(radians(o.lon - lon) / 2) ** 2
        ds.append(far * asin(sq if (sq := sqrt(a)) < 1.0 else 1.0))
    rank = min(len(ds) - 1, int(0.9 * len(ds)))
    if len(ds) >= SELECT_FROM:
        p90 = _select(ds, [rank])
    else:
        p90 = sorted(ds)[rank] if ds else 0.0
    return max(25.0, round(p90))


def _attach_untimed(untimed: list[Obs], clusters: list[Cluster], radius_m: float) -> None:
    """Positions without a time cannot make a place, but they do support one (and expose it)."""
    for o in untimed:
        best = min(clusters, key=lambda c: distance_m(c.lat, c.lon, o.lat, o.lon), default=None)
        if best is not None and distance_m(best.lat, best.lon, o.lat, o.lon) <= radius_m:
            best.members.append(o)
