"""Home, workplace and routine found from generated routines; nothing claimed from sparse data."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from auditor.geo.distance import distance_m
from auditor.inference.pipeline import infer

from .routines import AIRPORT, GYM, HIT_M, HOME, HOTEL, NEW_HOME, OFFICE, kinds, persona


def _near(f, point) -> bool:  # type: ignore[no-untyped-def]
    return distance_m(f.location.lat, f.location.lon, *point) <= HIT_M


def _assert_home_and_work(fs, homes, work):  # type: ignore[no-untyped-def]
    hs, ws = kinds(fs, "home"), kinds(fs, "workplace")
    for h in homes:
        assert any(_near(f, h) for f in hs), f"no home within {HIT_M} m of {h}: {[f.message for f in hs]}"
    assert any(_near(f, work) for f in ws), f"no workplace within {HIT_M} m of {work}: {[f.message for f in ws]}"
    assert all(any(_near(f, h) for h in homes) for f in hs), "a home claimed somewhere else"
    assert all(_near(f, work) for f in ws), "a workplace claimed somewhere else"


@pytest.mark.parametrize("pattern", ["office", "night", "roster"])
@pytest.mark.parametrize("mode", ["photos", "history"])
def test_infer_finds_home_and_workplace_for_each_shift_pattern(dibp, pattern, mode):
    p = persona(pattern=pattern, mode=mode, weeks=6, jitter_m=30, outliers=0.03, outings=0.4)
    _assert_home_and_work(infer(p.items, dibp), p.homes, p.work)


@pytest.mark.parametrize("style", ["offset", "naive", "utc"])
def test_infer_handles_each_clock_style(dibp, style):
    p = persona(pattern="night", time_style=style, weeks=6, work=OFFICE, seed=4)
    fs = infer(p.items, dibp)
    _assert_home_and_work(fs, p.homes, p.work)
    assert kinds(fs, "workplace")[0].extra["hours_pattern"] == "night shifts"


def test_infer_names_the_site_a_workplace_is_on(dibp):
    fs = infer(persona(pattern="roster", weeks=6).items, dibp)
    (work,) = kinds(fs, "workplace")
    assert work.extra["site"] == "Sydney Airport" and work.extra["site_kind"] == "airport"
    assert "Sydney Airport" in work.message
    (site,) = [f for f in kinds(fs, "sensitive_site") if f.extra["site"] == "Sydney Airport"]
    assert site.extra["inside_count"] == work.extra["supporting_count"] and site.severity == "high"


def test_infer_follows_a_house_move(dibp):
    start = date(2025, 3, 3)
    p = persona(weeks=10, start=start, move=(start + timedelta(days=35), NEW_HOME), work=OFFICE, seed=2)
    fs = infer(p.items, dibp)
    _assert_home_and_work(fs, p.homes, p.work)
    current = [f for f in kinds(fs, "home") if f.extra["current"]]
    assert len(current) == 1 and _near(current[0], NEW_HOME)


def test_infer_does_not_call_a_holiday_home_or_work(dibp):
    start = date(2025, 3, 3)
    hol = (start + timedelta(days=20), start + timedelta(days=31), HOTEL)
    for mode in ("photos", "history"):
        fs = infer(persona(weeks=8, start=start, holidays=[hol], mode=mode, gym=GYM).items, dibp)
        claimed = [f for f in fs if f.extra["inference"] in ("home", "workplace", "routine")]
        assert claimed and not any(_near(f, HOTEL) for f in claimed), mode


def test_infer_finds_a_gym_routine_with_its_time_and_days(dibp):
    fs = infer(persona(weeks=6, gym=GYM, mode="history").items, dibp)
    (routine,) = kinds(fs, "routine")
    assert _near(routine, GYM)
    assert routine.extra["usual_time"].startswith("06:") and routine.extra["weekdays"] == ["Mon", "Wed", "Fri"]


def test_infer_claims_nothing_from_a_few_items(dibp):
    rng = random.Random(11)
    items = persona(weeks=8, gym=GYM).items
    for n in (1, 3, 4):
        few = rng.sample(items, n)
        assert [f for f in infer(few, dibp) if f.extra["inference"] != "sensitive_site"] == []


def test_infer_claims_nothing_from_a_few_days(dibp):
    items = persona(weeks=1, mode="history", gym=GYM).items
    fs = infer([it for it in items if it.timestamp.date() <= date(2025, 3, 6)], dibp)
    assert [f for f in fs if f.extra["inference"] != "sensitive_site"] == []


def test_infer_claims_nothing_from_one_week_of_photos(dibp):
    fs = infer(persona(weeks=1, rate=0.3).items, dibp)
    assert kinds(fs, "home") == [] and kinds(fs, "workplace") == [] and kinds(fs, "routine") == []


def test_infer_ignores_items_without_position_or_time(dibp):
    p = persona(weeks=6)
    fs = infer(p.items, dibp)
    bare = [type(it)(it.platform, it.kind, it.path) for it in p.items[:50]]
    assert [f.fingerprint for f in infer(p.items + bare, dibp)] == [f.fingerprint for f in fs]
    untimed = [type(it)(it.platform, it.kind, it.path, position=it.position) for it in p.items]
    assert [f for f in infer(untimed, dibp) if f.extra["inference"] != "sensitive_site"] == []


def test_infer_confidence_grows_with_evidence(dibp):
    short = kinds(infer(persona(weeks=2, rate=0.3, seed=5).items, dibp), "home")
    long = kinds(infer(persona(weeks=10, rate=0.3, seed=5).items, dibp), "home")
    assert short and long and long[0].confidence > short[0].confidence
    assert 0 < short[0].confidence < 1 and long[0].confidence <= 0.95


def test_infer_home_and_airport_are_both_reported_for_sydney_airport_worker(dibp):
    fs = infer(persona(weeks=6, work=AIRPORT).items, dibp)
    assert _near(kinds(fs, "home")[0], HOME)
    assert kinds(fs, "home")[0].extra["place"] == "Rockdale NSW"


def test_infer_survives_random_noise_and_heavy_jitter(dibp):
    from datetime import datetime as dt
    from datetime import timezone as tzm

    from auditor.models import Item, ItemKind, Platform, Position

    p = persona(weeks=8, jitter_m=60, outliers=0.05, outings=0.5, work=OFFICE, seed=12)
    rng = random.Random(12)
    aest = tzm(timedelta(hours=10))
    noise = [
        Item(
            Platform.INSTAGRAM,
            ItemKind.POST,
            "posts.json",
            item_id=f"n{i}",
            timestamp=dt(2025, 3, 3, tzinfo=aest) + timedelta(hours=rng.uniform(0, 8 * 7 * 24)),
            position=Position(HOME[0] + rng.uniform(-0.2, 0.2), HOME[1] + rng.uniform(-0.2, 0.2)),
        )
        for i in range(150)
    ]
    fs = infer(p.items + noise, dibp)
    _assert_home_and_work(fs, p.homes, p.work)
    assert kinds(fs, "routine") == []


def test_usual_hours_finds_the_shift_even_across_midnight():
    from auditor.inference.patterns import usual_hours

    assert usual_hours([9, 10, 11, 12, 13, 14, 15, 16, 3, 22]) == (9, 16)
    start, end = usual_hours([21, 22, 23, 0.5, 1, 2, 3, 4, 5, 6.5, 13])
    assert (start, end) == (21, 5)
    assert usual_hours([8, 9]) is None


def test_workplace_reports_usual_hours_of_night_shifts(dibp):
    fs = infer(persona(pattern="night", weeks=6, work=OFFICE, seed=4).items, dibp)
    (work,) = kinds(fs, "workplace")
    start, end = work.extra["usual_hours"].split("-")
    assert start >= "20:00" and end <= "08:00" and "night shifts" in work.message


def test_infer_follows_two_moves(dibp):
    homes = [HOME, NEW_HOME, (-33.88500, 151.09800)]  # Rockdale, Newtown, Burwood
    items = []
    for k, h in enumerate(homes):
        start = date(2025, 3, 3) + timedelta(weeks=6 * k)
        items += persona(home=h, work=OFFICE, weeks=6, start=start, seed=20 + k).items
    fs = infer(items, dibp)
    _assert_home_and_work(fs, homes, OFFICE)
    found = kinds(fs, "home")
    assert len(found) == 3 and [f.extra["current"] for f in sorted(found, key=lambda f: f.extra["first_seen"])] == [
        False,
        False,
        True,
    ]


@pytest.mark.parametrize("pattern", ["rotating", "weekend"])
@pytest.mark.parametrize("mode", ["photos", "history"])
def test_infer_finds_the_workplace_of_rotating_and_weekend_rosters(dibp, pattern, mode):
    """issue 16: shift workers (weekends, 12-hour shifts, rotating rosters) are workers too."""
    p = persona(pattern=pattern, mode=mode, weeks=9, work=OFFICE, seed=3)
    _assert_home_and_work(infer(p.items, dibp), p.homes, p.work)


@pytest.mark.parametrize("mode", ["photos", "history"])
def test_infer_calls_an_airport_a_workplace_when_shifts_spread_over_the_whole_site(dibp, mode):
    """issue 16: an officer walking terminals, car parks and the apron on a rotating roster was
    only 'positions at a sensitive site'; an adversary calls that a workplace, and so do we."""
    p = persona(pattern="rotating", mode=mode, weeks=9, work_spread_m=1500.0, seed=2)
    fs = infer(p.items, dibp)
    works = kinds(fs, "workplace")
    assert works, [f.message for f in fs]
    (work,) = works
    assert work.extra["site"] == "Sydney Airport" and distance_m(work.location.lat, work.location.lon, *AIRPORT) < 2500
    assert work.extra["days"] >= 20
    # the corners of the site visited at regular hours are the workplace, not routines of their own
    assert not [f for f in kinds(fs, "routine") if distance_m(f.location.lat, f.location.lon, *AIRPORT) < 2500]


@pytest.mark.parametrize("mode", ["photos", "history"])
def test_infer_does_not_call_the_airport_a_traveller_flies_from_a_workplace(dibp, mode):
    start = date(2025, 3, 3)
    trips = [(start + timedelta(days=d), start + timedelta(days=d + 2), HOTEL) for d in range(4, 70, 9)]
    p = persona(work=OFFICE, weeks=11, mode=mode, holidays=trips, airport=AIRPORT, seed=6)
    fs = infer(p.items, dibp)
    assert not [f for f in kinds(fs, "workplace") if distance_m(f.location.lat, f.location.lon, *AIRPORT) < 2500]
    assert any(_near(f, OFFICE) for f in kinds(fs, "workplace"))
    assert kinds(fs, "sensitive_site"), "the airport positions themselves are still reported"


def test_site_pools_and_trip_days_decided_by_cell_match_measuring_each_position(dibp):
    import math
    from datetime import datetime, timezone

    from auditor.inference import patterns as pat
    from auditor.inference.clusters import Cluster, Obs
    from auditor.inference.sites import load_sites

    rng = random.Random(3)
    sites = load_sites(dibp)
    t0 = datetime(2025, 4, 1, 12, tzinfo=timezone(timedelta(hours=10)))
    obs = []
    for i in range(5000):
        s = rng.choice(sites)
        r = s.radius_m * rng.choice([0.5, 1.0, 1.5]) / 111_000
        obs.append(Obs(i, s.lat + rng.uniform(-r, r), s.lon + rng.uniform(-r, r) * 1.3, t0 + timedelta(days=i % 40)))
    exclude = {id(o) for o in obs[::7]}
    want: dict[int, list] = {}
    for o in obs:
        for i, s in enumerate(sites):
            dlat = s.radius_m / 111_000
            dlon = dlat / max(0.05, math.cos(math.radians(s.lat)))
            if id(o) not in exclude and abs(o.lat - s.lat) <= dlat and abs(o.lon - s.lon) <= dlon:
                if distance_m(o.lat, o.lon, s.lat, s.lon) <= s.radius_m:
                    want.setdefault(i, []).append(o)
    got = pat.site_pools(obs, sites, exclude)
    assert [(c.members, hit.site) for c, hit in got] == [(want[i], sites[i]) for i in sorted(want)] and len(want) > 3

    homes = [Cluster(*HOME, 50.0, []), Cluster(HOME[0] - 0.4, HOME[1] + 0.3, 50.0, [])]
    around = [
        Obs(i, HOME[0] + rng.uniform(-0.9, 0.9), HOME[1] + rng.uniform(-0.9, 0.9), t0 + timedelta(days=i)) for i in range(6000)
    ]
    far = set()
    for o in around:  # what travel_days decided position by position before cells
        if o.day in far or any(abs(o.lat - h.lat) <= 0.3 * 50 / 111 and abs(o.lon - h.lon) <= 0.3 * 50 / 111 for h in homes):
            continue
        if all(distance_m(o.lat, o.lon, h.lat, h.lon) > 50_000 for h in homes):
            far.add(o.day)
    assert pat.travel_days(around, homes) == far and 10 < len(far) < 6000  # one position a day: each day decided by it


def test_best_window_over_many_times_is_the_one_found_one_time_at_a_time():
    import random

    from auditor.inference import patterns

    rng = random.Random(9)
    for size in (5, 200, 1440):  # one block, several, every minute of the day
        times = rng.sample([m / 60 for m in range(1440)], size) if size < 1440 else [m / 60 for m in range(1440)]
        counts = [rng.choice([1, 1, 2, 5, 40]) for _ in times]
        best = None
        for h in times:  # what routine_slot did, one centre at a time
            n = sum(c for x, c in zip(times, counts, strict=True) if patterns.hour_gap(x, h) <= 1.0)
            if best is None or n > best[1]:
                best = (h, n)
        assert patterns._best_window(times, counts, 1.0) == best
