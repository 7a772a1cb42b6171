"""Decide what each place is: likely home, likely workplace, or a routine, or nothing.

Works on `clusters.Cluster`s and the profile's sites; returns `Inference`s with a confidence
and the thresholds that made them (so remediation can compute what breaks them). The rules of
thumb, all in distinct days so bursts of photos do not count twice:

- home: the place seen on the most days and around the most sleep gaps (not weighted towards
  nights: night-shift and roster workers spend nights at work but are still at home on more
  days). A home on a profile site's circle is discounted, not ruled out (site circles take in
  houses at their edges). A succession of homes (a house move) wins when their periods are
  mostly disjoint and each lasts a few weeks, so a holiday hotel is never a home.
- workplace: the most-visited other place, not mainly on weekends (unless it is a profile site
  or the stays are shift-long: weekend rosters), sharing days with home (a trip does not);
  long stays and being on a profile site count for it; night shifts and rosters are normal. A
  profile site is also a candidate as one place, all its positions pooled, since shift workers
  walk large sites (an airport's terminals, car parks, apron). A place seen mostly around trips
  away, for short stays, is one the person passes through (the airport a traveller flies
  from), never a workplace. A job change gives a succession, as for homes.
- routine: another place, away from home and work, visited over several weeks at a regular
  time of day (the gym at 06:10 on Mon, Wed, Fri), on days the person is also seen at home.

Below the thresholds nothing is claimed: a handful of positions is a slip, not a pattern.
This module never reads files and never formats report text.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations
from operator import attrgetter

from auditor.geo.distance import distance_m
from auditor.inference.clusters import Cluster, Obs, median
from auditor.inference.sites import FINE_DEG, GRID_DEG, MIXED, Site, SiteHit, SiteIndex, cell_box, site_at

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True, slots=True)
class Thresholds:
    home_days: int = 5  # distinct days seen there
    home_rest_days: int = 3  # of which at night or at a weekend
    work_days: int = 5
    routine_days: int = 4
    min_weeks: int = 2  # a pattern spans at least two calendar weeks
    routine_share: float = 0.6  # share of visits within the routine's time window
    routine_window_h: float = 1.0  # +/- hours around the usual time
    work_weekend_share: float = 0.6  # a place seen mostly on weekends is not a workplace
    other_period_overlap: float = 0.2  # a second home/workplace must be mostly outside the first's period
    other_period_days: int = 15  # ... and last this long (a trip is not a move)
    routine_apart_m: float = 300.0  # a routine place lies this far from home and work at least
    home_within: float = 0.3  # share of days within a workplace's or routine's period with home seen (not a trip)


DEFAULT = Thresholds()


@dataclass(slots=True)
class Inference:
    kind: str  # home | workplace | routine
    cluster: Cluster
    confidence: float
    site: SiteHit | None = None
    current: bool = True  # False for a former home/workplace (a later one exists)
    details: dict[str, object] = field(default_factory=dict)


def _evidence_conf(days: int, half: float) -> float:
    """Confidence that grows with distinct days: `half` days give 0.5, capped at 0.95."""
    return min(0.95, 1 - 0.5 ** (days / half))


def _overlap(c: Cluster, others: list[Cluster]) -> float:
    """Share of c's days that fall inside any other cluster's first..last period."""
    if not c.days:
        return 1.0
    spans = [(o.first, o.last) for o in others]  # each a min and max over its days: taken once
    spans = [(a, b) for a, b in spans if a is not None and b is not None]
    inside = 0
    for d in c.days:
        if any(a <= d <= b for a, b in spans):
            inside += 1
    return inside / len(c.days)


def home_ok(c: Cluster, t: Thresholds = DEFAULT) -> bool:
    return len(c.days) >= t.home_days and len(c.rest_days) >= t.home_rest_days and len(c.weeks) >= t.min_weeks


def work_ok(c: Cluster, t: Thresholds = DEFAULT, on_site: bool = False) -> bool:
    """Enough days over enough weeks, and not mainly weekends, unless it is a profile site or the
    stays are shift-long: weekend rosters are normal at airports, ports, prisons and hospitals."""
    if len(c.days) < t.work_days or len(c.weeks) < t.min_weeks:
        return False
    if c.weekend_days <= t.work_weekend_share * len(c.days):
        return True
    return on_site or _shift_long(c)


def _shift_long(c: Cluster) -> bool:
    """Most days with more than one observation there span much of a shift (5 hours or more: a
    few photos during a 12-hour shift span about half of it)."""
    stays = [c.dwell_hours(d) for d in c.days if len(c.days[d]) > 1]
    return len(stays) >= 3 and sum(1 for h in stays if h >= 5) >= 0.5 * len(stays)


def routine_slot(c: Cluster, t: Thresholds = DEFAULT) -> tuple[float, int] | None:
    """(usual hour, days within the window) when c's visits keep a regular time, else None."""
    # each day's first visit: the earliest wall clock (`Obs.key` orders by it first; every
    # observation of a day has a local time), whose hour is the smallest of the day's hours
    firsts = [min(obs, key=_KEY).hour for obs in c.days.values()]
    if not firsts:
        return None
    # times repeat (hours and minutes: at most 1,440 of them), so count each distinct time once;
    # the first visit at each time, in day order, is tried as before: the same window wins
    seen = Counter(firsts)
    best = _best_window(list(seen), list(seen.values()), t.routine_window_h)
    centre = _circular_mean([x for x in firsts if hour_gap(x, best[0]) <= t.routine_window_h])
    return centre, best[1]


_KEY = attrgetter("key")
_BLOCK = 128  # window centres measured at once


def _best_window(times: list[float], counts: list[int], window_h: float) -> tuple[float, int]:
    """The time, among `times`, whose window (`hour_gap` at most `window_h`) holds the most
    visits (`counts` of each time), the first one on a tie; numpy does `hour_gap`'s arithmetic
    (subtraction, abs, modulo, min: exact in both) for a block of centres at a time."""
    if len(times) <= _BLOCK:
        best: tuple[float, int] | None = None
        for h in times:
            n = sum(c for x, c in zip(times, counts, strict=True) if hour_gap(x, h) <= window_h)
            if best is None or n > best[1]:
                best = (h, n)
        assert best is not None
        return best
    import numpy as np  # lazy: numpy only for a place seen at many distinct times

    xs, weights = np.array(times, dtype=np.float64), np.array(counts, dtype=np.int64)
    best_n, best_at = -1, 0
    for lo in range(0, len(times), _BLOCK):
        d = np.abs(xs[None, :] - xs[lo : lo + _BLOCK, None]) % 24
        n = ((np.minimum(d, 24 - d) <= window_h) * weights).sum(axis=1)
        j = int(np.argmax(n))  # the first of the block's best
        if int(n[j]) > best_n:
            best_n, best_at = int(n[j]), lo + j
    return times[best_at], best_n


def routine_ok(c: Cluster, t: Thresholds = DEFAULT) -> bool:
    if len(c.days) < t.routine_days or len(c.weeks) < t.min_weeks:
        return False
    slot = routine_slot(c, t)
    return slot is not None and slot[1] >= t.routine_days and slot[1] >= t.routine_share * len(c.days)


def hour_gap(a: float, b: float) -> float:
    d = abs(a - b) % 24
    return min(d, 24 - d)


def _circular_mean(hours: list[float]) -> float:
    s = sum(math.sin(h / 24 * 2 * math.pi) for h in hours)
    co = sum(math.cos(h / 24 * 2 * math.pi) for h in hours)
    return (math.atan2(s, co) / (2 * math.pi) * 24) % 24


def hhmm(h: float) -> str:
    m = int(round(h * 60)) % (24 * 60)
    return f"{m // 60:02d}:{m % 60:02d}"


def weekday_evenness(c: Cluster) -> float:
    """How evenly c's days spread over the weekdays: 1 for every weekday alike, 0 when one is never seen.

    Home is there on every day of the week; a workplace on a weekly pattern (office hours,
    Mon-Fri nights) has a weekday it never sees.
    """
    counts = [0] * 7
    for d in c.days:
        counts[d.weekday()] += 1
    return min(counts) / max(counts) if max(counts) else 0.0


def _home_score(c: Cluster, site: SiteHit | None) -> float:
    # not night-weighted: night-shift workers spend their nights at work. A site circle can
    # take in houses at its edge, so being on one counts against a home without ruling it out.
    score = len(c.days) + len(c.sleep_days) + 0.1 * len(c.rest_days)
    return score * (0.5 + 0.5 * weekday_evenness(c)) * (0.8 if site else 1.0)


def _work_score(c: Cluster, site: SiteHit | None) -> float:
    stay = sum(min(1.0, c.dwell_hours(d) / 6) for d in c.days)
    weekday = len(c.days) - c.weekend_days
    return len(c.days) + 0.5 * weekday / 7 + 0.5 * stay + (0.5 * len(c.days) if site else 0)


def _span_days(c: Cluster) -> int:
    return (c.last - c.first).days + 1 if c.first and c.last else 0


def _pair_ok(a: Cluster, b: Cluster, t: Thresholds) -> bool:
    """Two places that can follow one another: mostly disjoint periods, each long enough to be
    a place one lived or worked at, not a trip."""
    return (
        _span_days(a) >= t.other_period_days
        and _span_days(b) >= t.other_period_days
        and _overlap(a, [b]) <= t.other_period_overlap
        and _overlap(b, [a]) <= t.other_period_overlap
    )


MAX_SUCCESSION = 4  # homes (or workplaces) in one scan's history
TOP_CANDIDATES = 10


def _pick(cands: list[Cluster], score, t: Thresholds) -> list[Cluster]:  # type: ignore[no-untyped-def]
    """The best set of places, one after another in time: one, or a succession (moves).

    Chosen as the highest total score among the best few candidates taken up to
    `MAX_SUCCESSION` at a time with mostly disjoint periods, so two homes of half a year each
    beat a workplace seen all year, and a short trip is never one of them.
    """
    top = sorted(cands, key=lambda c: (-score(c), c.lat, c.lon))[:TOP_CANDIDATES]
    scores = [score(c) for c in top]
    ok = {(i, j): _pair_ok(top[i], top[j], t) for i in range(len(top)) for j in range(i + 1, len(top))}
    best: tuple[float, tuple[int, ...]] = (0.0, ())
    for r in range(1, MAX_SUCCESSION + 1):
        for group in combinations(range(len(top)), r):
            if all(ok[(i, j)] for k, i in enumerate(group) for j in group[k + 1 :]):
                total = sum(scores[i] for i in group)
                if total > best[0] + 1e-9:
                    best = (total, group)
    return sorted((top[i] for i in best[1]), key=lambda c: c.first or date.min)


def _home_within(c: Cluster, homes: list[Cluster]) -> float:
    """Share of the days inside c's period (its first and last day left out) on which a home was seen.

    A workplace or a routine interleaves with home life; a trip is a block of days away from it.
    """
    if not homes or c.first is None or c.last is None:
        return 0.0
    inner = _span_days(c) - 2
    if inner <= 0:
        return 0.0
    home_days = set().union(*(h.days for h in homes))
    first, last = c.first, c.last  # each a min (max) over the days: once, not per home day
    return sum(1 for d in home_days if first < d < last) / inner


TRAVEL_KM = 50.0  # seen this far from every home on a day: that day belongs to a trip
TRAVEL_SHARE = 0.5  # a place seen mostly on (or next to) trip days is a way out of town, not a workplace
SHORT_STAY_H = 2.5  # a site where the typical stay is shorter than this, on trip days, is passed through


def site_pools(obs: list[Obs], sites: list[Site], exclude: set[int]) -> list[tuple[Cluster, SiteHit]]:
    """One place per profile site made of every timed position inside it (but `exclude`'s).

    People on shift move about a large site (terminals, car parks, the apron, cargo sheds, a
    prison's units): their positions rarely gather within one cluster's 150 m on enough days,
    though an observer sees them at the airport on dozens of days. The site is the place.
    """
    index = SiteIndex(sites, reach_m=0.0)
    pools: dict[int, list[Obs]] = {}  # by the site's place in `sites`; members keep obs order
    boxes = []
    for site in sites:
        dlat = site.radius_m / 111_000
        boxes.append((dlat, dlat / max(0.05, math.cos(math.radians(site.lat)))))
    decided: dict[tuple[int, int], object] = {}  # fine cell -> the sites all its positions are in, or MIXED

    def decide(key: tuple[int, int]) -> object:
        box, inside = cell_box(key), []
        for i in index.around(box):  # the others are out of reach of the whole cell
            site = sites[i]
            d = distance_m(box.lat, box.lon, site.lat, site.lon)
            dlat, dlon = boxes[i]
            if d - box.bound_m > site.radius_m or box.lat_beyond(site.lat, dlat) or box.lon_beyond(site.lon, dlon):
                continue  # no position of the cell is in this site
            if d + box.bound_m <= site.radius_m and box.lat_within(site.lat, dlat) and box.lon_within(site.lon, dlon):
                inside.append(i)  # every position of the cell is
                continue
            return MIXED
        return tuple(inside)

    floor, last, got = math.floor, None, MIXED
    for o in obs:
        if o.local is None or id(o) in exclude:
            continue
        key = (floor(o.lat / FINE_DEG), floor(o.lon / FINE_DEG))  # `fine_cell`
        if key != last:
            last, got = key, decided.get(key)
            if got is None:
                got = decided[key] = decide(key)
        if got is not MIXED:
            for i in got:  # type: ignore[attr-defined]
                pools.setdefault(i, []).append(o)
            continue
        for i in index.candidates(o.lat, o.lon):
            site, (dlat, dlon) = sites[i], boxes[i]
            if (
                abs(o.lat - site.lat) <= dlat
                and abs(o.lon - site.lon) <= dlon
                and distance_m(o.lat, o.lon, site.lat, site.lon) <= site.radius_m
            ):
                pools.setdefault(i, []).append(o)
    out = []
    for i, members in sorted(pools.items()):
        site = sites[i]
        lat, lon = median([o.lat for o in members]), median([o.lon for o in members])
        out.append((Cluster(lat, lon, site.radius_m, members), SiteHit(site, distance_m(lat, lon, site.lat, site.lon))))
    return out


def travel_days(obs: list[Obs], homes: list[Cluster]) -> set[date]:
    """Days on which the person was seen far (`TRAVEL_KM`) from every home: away on a trip."""
    if not homes:
        return set()
    far: set[date] = set()
    deg = TRAVEL_KM / 111.0  # a cheap box first: within it, the distance decides
    # a smaller box that is surely within TRAVEL_KM of a home (0.3 of the distance each way,
    # a degree of longitude never longer than one of latitude): most positions stop here
    inner = 0.3 * deg
    close = [(h.lat, h.lon) for h in homes]
    decided: dict[tuple[int, int], str] = {}  # fine cell -> "near" (some home), "far" (from all), or "mixed"

    def decide(key: tuple[int, int]) -> str:
        box = cell_box(key)
        if any(box.lat_within(la, inner) and box.lon_within(lo, inner) for la, lo in close):
            return "near"
        if all(
            box.lat_beyond(h.lat, deg)
            or box.lon_beyond(h.lon, deg / max(0.05, math.cos(math.radians(h.lat))))
            or distance_m(box.lat, box.lon, h.lat, h.lon) - box.bound_m > TRAVEL_KM * 1000
            for h in homes
        ):
            return "far"
        return "mixed"

    floor = math.floor
    for o in obs:
        d = o.day
        if d is None or d in far:
            continue
        key = (floor(o.lat / FINE_DEG), floor(o.lon / FINE_DEG))  # `fine_cell`
        got = decided.get(key) or decided.setdefault(key, decide(key))
        if got != "mixed":
            if got == "far":
                far.add(d)
            continue
        if any(abs(o.lat - la) <= inner and abs(o.lon - lo) <= inner for la, lo in close):
            continue
        if all(
            abs(o.lat - h.lat) > deg
            or abs(o.lon - h.lon) > deg / max(0.05, math.cos(math.radians(h.lat)))
            or distance_m(o.lat, o.lon, h.lat, h.lon) > TRAVEL_KM * 1000
            for h in homes
        ):
            far.add(d)
    return far


def passed_through(c: Cluster, trips: set[date]) -> bool:
    """A place seen mostly on the day before, of or after a trip, for short stays: an airport one
    flies from, not one works at. Travellers must not be told the airport is their workplace."""
    if not c.days or not trips:
        return False
    one = timedelta(days=1)
    near_trip = [d for d in c.days if d in trips or d - one in trips or d + one in trips]
    if len(near_trip) < TRAVEL_SHARE * len(c.days):
        return False
    stays = sorted(c.dwell_hours(d) for d in c.days if len(c.days[d]) > 1)
    return not stays or stays[len(stays) // 2] < SHORT_STAY_H


def classify(
    clusters: list[Cluster], sites: list[Site], t: Thresholds = DEFAULT, obs: list[Obs] | None = None
) -> list[Inference]:
    """Homes, workplaces and routines among `clusters`; with `obs` (every observation), a
    profile site is also a workplace candidate as one place, and trips are recognised."""
    # a cluster on a profile site is more likely a workplace than a home (the scores read it)
    hits = {id(c): site_at(c.lat, c.lon, sites, near_m=0) for c in clusters}
    out: list[Inference] = []

    homes = _pick([c for c in clusters if home_ok(c, t)], lambda c: _home_score(c, hits[id(c)]), t)
    # after a move there are two homes; only the one seen last is the current one
    latest_home = max((h.last for h in homes if h.last), default=None)
    for h in homes:
        rest_share = len(h.rest_days) / max(1, len(h.days))
        # nights alone fit a night-shift workplace too; rest days there make a home more certain
        conf = _evidence_conf(len(h.days), 4) * (0.7 + 0.3 * min(1.0, rest_share * 1.5))
        out.append(
            Inference(
                "home",
                h,
                round(conf, 3),
                site=hits[id(h)],
                current=h.last == latest_home,
                details=_period(h) | {"night_days": len(h.nights)},
            )
        )

    taken = {id(h) for h in homes}
    cands = [c for c in clusters if id(c) not in taken]
    if obs is not None:
        # home positions that may lie in a site (the index's cells are a superset): all that
        # the pools must leave out, without a set of every home position
        inside = SiteIndex(sites, reach_m=0.0)
        cells, floor = inside.cells, math.floor  # `candidates` is not empty: the grid cell is listed
        at_home = {id(o) for h in homes for o in h.members if (floor(o.lat / GRID_DEG), floor(o.lon / GRID_DEG)) in cells}
        for pooled, hit in site_pools(obs, sites, at_home):
            hits[id(pooled)] = hit
            cands.append(pooled)
    cands = [c for c in cands if work_ok(c, t, on_site=hits.get(id(c)) is not None)]
    if homes:
        # a workplace is visited while living at a known home; days away are travel, not work
        cands = [c for c in cands if _home_within(c, homes) >= t.home_within]
        trips = travel_days(obs or [o for c in clusters for o in c.members], homes)
        cands = [c for c in cands if not passed_through(c, trips)]
    works = _pick(cands, lambda c: _work_score(c, hits[id(c)]), t)
    latest_work = max((w.last for w in works if w.last), default=None)
    for w in works:
        site = hits[id(w)]
        # a workplace on a profile site is confirmed by the profile; elsewhere it is inferred only
        conf = _evidence_conf(len(w.days), 4) * (1.0 if site else 0.85)
        out.append(
            Inference("workplace", w, round(conf, 3), site=site, current=w.last == latest_work, details=_period(w) | _hours(w))
        )
    taken |= {id(w) for w in works}

    anchors = homes + works
    work_sites = {hits[id(w)].site.name for w in works if hits.get(id(w)) is not None}
    for c in clusters:
        if id(c) in taken or not routine_ok(c, t):
            continue  # already a home or workplace, or too few regular visits for a routine
        if any(distance_m(c.lat, c.lon, a.lat, a.lon) <= t.routine_apart_m for a in anchors):
            continue  # GPS scatter around home or work, not a place of its own
        if hits[id(c)] is not None and hits[id(c)].site.name in work_sites:
            continue  # a corner of the site the person works on (a terminal, the car park), not a habit
        if (_home_within(c, homes) < t.home_within) if homes else (_span_days(c) < t.other_period_days):
            continue  # a trip: daily visits while away from home are not a routine
        slot = routine_slot(c, t)
        assert slot is not None
        wd = sorted({d.weekday() for d in c.days})
        counts = {i: sum(1 for d in c.days if d.weekday() == i) for i in wd}
        regular_days = [WEEKDAYS[i] for i in wd if counts[i] >= 2]  # one visit on a weekday is not a habit
        conf = _evidence_conf(slot[1], 4) * (slot[1] / len(c.days))
        out.append(
            Inference(
                "routine",
                c,
                round(conf, 3),
                site=hits[id(c)],
                details=_period(c) | {"usual_time": hhmm(slot[0]), "weekdays": regular_days, "regular_visits": slot[1]},
            )
        )
    return out


def _period(c: Cluster) -> dict[str, object]:
    first, last = c.first, c.last
    return {
        "days": len(c.days),
        "weeks": len(c.weeks),
        "first_seen": first.isoformat() if isinstance(first, date) else None,
        "last_seen": last.isoformat() if isinstance(last, date) else None,
    }


def usual_hours(hours: list[float], share: float = 0.8) -> tuple[float, float] | None:
    """The shortest stretch of the 24-hour clock holding `share` of the hours (it may wrap midnight)."""
    if len(hours) < 3:
        return None
    hs = sorted(h % 24 for h in hours)
    n = len(hs)
    k = max(1, math.ceil(share * n))
    best: tuple[float, float, float] | None = None
    for i in range(n):
        j = i + k - 1
        end = hs[j % n] + (24 if j >= n else 0)
        width = end - hs[i]
        if best is None or width < best[0]:
            best = (width, hs[i], end % 24)
    assert best is not None
    return best[1], best[2]


def _hours(c: Cluster) -> dict[str, object]:
    hs = [(t := o.local).hour + t.minute / 60 for o in c.members if o.local is not None]  # each timed `Obs.hour`
    if not hs:
        return {}
    night = sum(1 for h in hs if h >= 20 or h < 6) / len(hs)
    pattern = "night shifts" if night >= 0.6 else "day hours" if night <= 0.15 else "mixed day and night (shifts)"
    out: dict[str, object] = {"hours_pattern": pattern}
    span = usual_hours(hs)
    if span is not None:
        # photos at work cluster at a break; a stretch under half an hour is a time, not hours
        narrow = hour_gap(span[0], span[1]) < 0.5
        out["usual_hours"] = f"around {hhmm(span[0])}" if narrow else f"{hhmm(span[0])}-{hhmm(span[1])}"
    return out
