"""Clustering: places over distinct days, jitter absorbed, trails not chained, bursts not counted twice."""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime, timedelta, timezone

from auditor.geo.distance import distance_m
from auditor.inference import clusters as cl
from auditor.inference.clusters import Obs, find_clusters

AEST = timezone(timedelta(hours=10))
A = (-33.95231, 151.13702)
B = (-33.93990, 151.17530)


def _obs(points, start=datetime(2025, 4, 1, 21, 0, tzinfo=AEST), step=timedelta(days=1)):  # type: ignore[no-untyped-def]
    return [Obs(i, lat, lon, start + i * step) for i, (lat, lon) in enumerate(points)]


def _jitter(p, rng, m=30.0):  # type: ignore[no-untyped-def]
    return p[0] + rng.gauss(0, m) / 111_320, p[1] + rng.gauss(0, m) / 92_000


def test_find_clusters_separates_two_places_and_absorbs_jitter():
    rng = random.Random(3)
    pts = [_jitter(A, rng) for _ in range(10)] + [_jitter(B, rng) for _ in range(8)]
    clusters = find_clusters(_obs(pts))
    assert len(clusters) == 2
    a, b = sorted(clusters, key=lambda c: -len(c.days))
    assert distance_m(a.lat, a.lon, *A) < 40 and len(a.days) == 10
    assert distance_m(b.lat, b.lon, *B) < 40 and len(b.days) == 8
    assert 25 <= a.radius_m <= 150


def test_find_clusters_counts_a_burst_of_photos_as_one_day():
    start = datetime(2025, 4, 1, 14, 0, tzinfo=AEST)
    burst = _obs([A] * 40, start=start, step=timedelta(minutes=2))
    assert find_clusters(burst) == []  # one afternoon, however many photos
    assert find_clusters(burst, min_days=1)[0].days.keys() == {start.date()}


def test_find_clusters_does_not_chain_along_a_trail():
    # a fix every 50 m from A to B on every day: density-reachability would chain them
    n = int(distance_m(*A, *B) // 50)
    trail = [(A[0] + (B[0] - A[0]) * k / n, A[1] + (B[1] - A[1]) * k / n) for k in range(n + 1)]
    obs = []
    for day in range(6):
        t0 = datetime(2025, 4, 1, 7, 0, tzinfo=AEST) + timedelta(days=day)
        obs += [Obs(len(obs) + i, la, lo, t0 + timedelta(minutes=i)) for i, (la, lo) in enumerate(trail)]
        obs += [Obs(len(obs) + 100 + i, *A, t0 - timedelta(hours=i + 1)) for i in range(5)]
    clusters = find_clusters(obs)
    assert all(c.radius_m <= 150 for c in clusters)
    assert distance_m(clusters[0].lat, clusters[0].lon, *A) < 100


def test_find_clusters_attaches_untimed_positions_as_support_only():
    rng = random.Random(5)
    timed = _obs([_jitter(A, rng) for _ in range(5)])
    untimed = [Obs(100 + i, *A, None) for i in range(3)] + [Obs(200, *B, None)]
    clusters = find_clusters(timed + untimed)
    assert len(clusters) == 1
    assert len(clusters[0].members) == 8 and len(clusters[0].days) == 5


def test_find_clusters_marks_places_around_sleep_gaps():
    rng = random.Random(9)
    obs = []
    for day in range(5):
        d0 = datetime(2025, 4, 1, tzinfo=AEST) + timedelta(days=day)
        for h, p in ((6.5, A), (9, B), (13, B), (17.5, A), (22, A)):  # short gaps by day, a long one at night
            obs.append(Obs(len(obs), *_jitter(p, rng), d0 + timedelta(hours=h)))
    home, work = sorted(find_clusters(obs), key=lambda c: distance_m(c.lat, c.lon, *A))
    assert len(home.sleep_days) >= 4 and len(work.sleep_days) == 0


def test_observations_skip_coarse_fixes():
    from auditor.inference.clusters import observations
    from auditor.models import Item, ItemKind, Platform, Position

    items = [
        Item(Platform.GOOGLE, ItemKind.LOCATION_RECORD, "r.json", position=Position(*A, accuracy_m=20)),
        Item(Platform.GOOGLE, ItemKind.LOCATION_RECORD, "r.json", position=Position(*A, accuracy_m=1500)),
        Item(Platform.GOOGLE, ItemKind.LOCATION_RECORD, "r.json"),
    ]
    assert [o.idx for o in observations(items, lambda it: None)] == [0]


def test_obs_key_orders_as_the_local_iso_text_then_arrival():
    from zoneinfo import ZoneInfo

    rng = random.Random(11)
    zones = [UTC, AEST, timezone(timedelta(hours=-5)), timezone(timedelta(hours=-3, minutes=-30)), ZoneInfo("Australia/Perth")]
    base = datetime(2025, 4, 1, 12, 0)
    obs = []
    for i in range(3000):
        wall = base + timedelta(minutes=rng.randrange(0, 300), microseconds=rng.choice([0, 0, 250_000]))
        local = None if i % 17 == 0 else wall.replace(tzinfo=rng.choice(zones))  # equal wall clocks in other zones too
        obs.append(Obs(i, *A, local))
    rng.shuffle(obs)
    by_text = sorted(obs, key=lambda o: (o.local.isoformat() if o.local else "", o.idx))
    assert [o.idx for o in sorted(obs, key=lambda o: o.key)] == [o.idx for o in by_text]
    assert sorted(o.idx for o in obs) == list(range(3000))


def test_within_finds_what_measuring_every_position_finds():
    from auditor.inference.clusters import _Grid

    rng = random.Random(4)
    t0 = datetime(2025, 4, 1, 21, 0, tzinfo=AEST)
    pts = [_jitter(A, rng, m=rng.choice([5.0, 40.0, 120.0])) for _ in range(4000)]
    obs = [Obs(i, la, lo, t0 + timedelta(days=i % 9)) for i, (la, lo) in enumerate(pts)]
    grid = _Grid(obs)
    for centre in [A] + [_jitter(A, rng, m=rng.choice([10.0, 60.0, 150.0])) for _ in range(30)]:
        for radius in (10.0, 25.0, 60.0, 150.0):
            want = [
                o
                for k in grid.neighbours(
                    cl._cell(*centre), math.ceil(radius / cl.CELL_M) + 1
                )  # as before cells were decided whole
                for o in grid.cells[k]
                if distance_m(centre[0], centre[1], o.lat, o.lon) <= radius
            ]
            groups: list = []
            got = grid.within(centre[0], centre[1], radius, groups)
            assert got == want and [o for _, g in groups for o in g] == want
    groups = []
    members = grid.within(*A, 150.0, groups)
    grid.remove(groups)  # whole cells and parts of cells alike
    assert grid.within(*A, 150.0) == [] and sum(len(c) for c in grid.cells.values()) == len(obs) - len(members)


def test_mark_sleep_marks_what_the_merged_time_order_shows():
    from auditor.inference.clusters import SLEEP_GAP_H, Cluster, mark_sleep

    rng = random.Random(8)
    t0 = datetime(2025, 4, 1, tzinfo=AEST)
    for _ in range(20):
        places = []
        for _p in range(rng.randrange(1, 5)):
            times = [
                t0 + timedelta(hours=rng.choice(range(0, 24 * 12, rng.choice([1, 3, 7])))) for _ in range(rng.randrange(1, 40))
            ]
            places.append(Cluster(0.0, 0.0, 50.0, [Obs(i, *A, t) for i, t in enumerate(times)]))
        want: list[set] = [set() for _ in places]
        seq = sorted(((o.local, i) for i, c in enumerate(places) for o in c.members), key=lambda x: x[0])
        for (t1, c1), (t2, c2) in zip(seq, seq[1:], strict=False):
            if SLEEP_GAP_H[0] <= (t2 - t1).total_seconds() / 3600 <= SLEEP_GAP_H[1]:
                want[c1].add(t1.date())
                want[c2].add(t1.date())
        mark_sleep(places)
        assert [c.sleep_days for c in places] == want


def test_median_by_selection_is_statistics_median():
    import statistics

    rng = random.Random(2)
    for n in (cl.SELECT_FROM, cl.SELECT_FROM + 1, 3, 4):
        values = [rng.choice([rng.gauss(-33.9, 0.001), -33.9]) for _ in range(n)]  # repeats too
        assert cl.median(values) == statistics.median(values)


def test_observations_share_one_ref_per_file_and_id():
    from auditor.inference.clusters import observations
    from auditor.models import Item, ItemKind, Platform, Position

    def item(path, item_id=None):  # type: ignore[no-untyped-def]
        return Item(Platform.GOOGLE, ItemKind.LOCATION_RECORD, path, item_id=item_id, position=Position(*A))

    obs = observations([item("r.json"), item("r.json"), item("x.json"), item("r.json"), item("r.json", "7")], lambda it: None)
    refs = [o.ref for o in obs]
    assert refs[0] is refs[1] is refs[3] and len({id(r) for r in refs}) == 3
    assert (refs[4].path, refs[4].item_id, refs[4].platform, refs[4].offset_known) == ("r.json", "7", Platform.GOOGLE, False)
    assert not hasattr(obs[0], "__dict__") and not hasattr(refs[0], "text")  # compact: slots, never the text


def test_observe_points_gives_the_obs_of_each_item():
    from auditor.inference.timezones import local_time, local_times
    from tests.inference.test_timezones import _points

    p = _points(4000, 8)
    fast = cl.observe_points(p, 5, local_times(p.lat, p.lon, p.time_us), cl.Refs())
    refs = cl.Refs()
    slow = [o for i, it in enumerate(p.items()) if (o := cl.observe(it, 5 + i, local_time, refs)) is not None]

    def facts(o: Obs) -> tuple:
        local = o.local and (o.local.isoformat(), o.local.tzinfo, o.local.fold)
        return (o.lat, o.lon, local, o.day, o.night, o.rest, o.key, o.idx, vars_of(o.ref))

    assert 2000 < len(fast) < 3500  # the coarse fixes (a third) are left out
    assert [facts(o) for o in fast] == [facts(o) for o in slow]


def vars_of(ref: cl.Ref) -> tuple:
    return (ref.path, ref.item_id, ref.platform, ref.offset_known)
