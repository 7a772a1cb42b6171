"""Clustering: places over distinct days, jitter absorbed, trails not chained, bursts not counted twice."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from auditor.geo.distance import distance_m
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
