#!/usr/bin/env python3
"""Benchmark pattern-of-life inference over many generated personas; prints accuracy.

Each persona is a `synth.Routine` with random city, home, workplace (half of them on a
profile site, such as an airport, where a shift worker's positions may spread over the whole
site), shift pattern (office hours, night shifts, a 12-hour D D N N roster, a rotating
7-day roster of days, nights and days off that includes weekends, 12-hour weekend shifts),
recording mode (camera roll or location history), clock style (EXIF offset, naive EXIF,
platform UTC), jitter, outliers, outings, gym routine, house move and holiday. Sparse personas
(a few items, or a few days) measure claims made from too little evidence, which should be
none. Travellers (office workers who fly out and back through their city's airport several
times) measure how often an airport one only passes through is called a workplace.

    python bench/bench_inference.py [--personas 200] [--seed 1]

Nothing is written to disk. A hit is a claim within 250 m of the truth.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor import synth  # noqa: E402
from auditor.config import load_profile  # noqa: E402
from auditor.geo.distance import distance_m  # noqa: E402
from auditor.inference.pipeline import infer  # noqa: E402

HIT_M = 250.0
CITIES = [
    # (name, centre, zone, work sites in the dibp profile nearby; the first is the airport)
    ("Sydney", (-33.87, 151.10), "Australia/Sydney", [(-33.9399, 151.1753), (-33.9700, 151.2120), (-33.8790, 150.9800)]),
    ("Melbourne", (-37.80, 144.95), "Australia/Melbourne", [(-37.6690, 144.8410), (-37.8110, 144.9160)]),
    ("Brisbane", (-27.47, 153.02), "Australia/Brisbane", [(-27.3842, 153.1175)]),
    ("Perth", (-31.95, 115.86), "Australia/Perth", [(-31.9403, 115.9669), (-32.0470, 115.7440)]),
    ("Adelaide", (-34.93, 138.60), "Australia/Adelaide", [(-34.9450, 138.5306)]),
    ("Darwin", (-12.44, 130.85), "Australia/Darwin", [(-12.4147, 130.8767)]),
    ("Canberra", (-35.28, 149.13), "Australia/Sydney", [(-35.3069, 149.1950), (-35.2383, 149.0660)]),
]
PATTERNS = ["office", "office", "night", "roster", "rotating", "weekend"]
SPREAD_M = 1200.0  # a shift worker walking a large site (terminals, car parks, apron)


def persona(rng: random.Random) -> synth.Persona:
    _, centre, zone, sites = rng.choice(CITIES)
    home = synth.displace(centre, rng.uniform(2000, 15000), rng)
    on_site = rng.random() < 0.5
    work = rng.choice(sites) if on_site else synth.displace(home, rng.uniform(3000, 20000), rng)
    weeks = rng.randint(4, 16)
    start = date(2025, 1, 6) + timedelta(days=rng.randint(0, 300))
    r = synth.Routine(
        home=home,
        work=work,
        pattern=rng.choice(PATTERNS),
        start=start,
        weeks=weeks,
        gym=synth.displace(home, rng.uniform(800, 4000), rng) if rng.random() < 0.5 else None,
        outings=rng.uniform(0.1, 0.5),
        jitter_m=rng.uniform(5, 60),
        outliers=rng.uniform(0, 0.05),
        rate=rng.uniform(0.1, 0.4),
        mode="history" if rng.random() < 0.3 else "photos",
        zone=zone,
        time_style=rng.choice(["offset", "naive", "utc"]),
        work_spread_m=SPREAD_M if on_site and work == sites[0] and rng.random() < 0.5 else 0.0,
    )
    if weeks >= 8 and rng.random() < 0.2:
        r.move = (start + timedelta(days=rng.randint(weeks * 2, weeks * 5)), synth.displace(home, rng.uniform(3000, 20000), rng))
    if rng.random() < 0.3:
        a = start + timedelta(days=rng.randint(7, weeks * 7 - 8))
        far = rng.choice([c for c in CITIES if c[1] != centre])[1]
        r.holidays = [(a, a + timedelta(days=rng.randint(5, 12)), synth.displace(far, rng.uniform(0, 5000), rng))]
    return synth.routine_items(r, rng)


def traveller(rng: random.Random) -> tuple[synth.Persona, tuple[float, float]]:
    """An office worker away from any site who flies out and back through the city's airport."""
    _, centre, zone, sites = rng.choice(CITIES)
    airport = sites[0]
    home = synth.displace(centre, rng.uniform(2000, 15000), rng)
    work = synth.displace(centre, rng.uniform(500, 4000), rng)
    weeks = rng.randint(8, 16)
    start = date(2025, 1, 6) + timedelta(days=rng.randint(0, 300))
    trips, day = [], start + timedelta(days=rng.randint(2, 6))
    while day < start + timedelta(weeks=weeks) - timedelta(days=6):
        far = rng.choice([c for c in CITIES if c[1] != centre])[1]
        length = rng.randint(1, 4)
        trips.append((day, day + timedelta(days=length), synth.displace(far, rng.uniform(0, 5000), rng)))
        day += timedelta(days=length + rng.randint(4, 12))
    r = synth.Routine(
        home=home,
        work=work,
        pattern="office",
        start=start,
        weeks=weeks,
        holidays=trips,
        airport=airport,
        outings=rng.uniform(0.1, 0.4),
        jitter_m=rng.uniform(5, 60),
        rate=rng.uniform(0.1, 0.4),
        mode="history" if rng.random() < 0.3 else "photos",
        zone=zone,
        time_style=rng.choice(["offset", "naive", "utc"]),
    )
    return synth.routine_items(r, rng), airport


def sparse(p: synth.Persona, rng: random.Random) -> list:
    items = p.items
    if rng.random() < 0.5:
        return rng.sample(items, min(len(items), rng.randint(2, 4)))
    a = rng.choice(items).timestamp
    return [it for it in items if it.timestamp is not None and abs((it.timestamp - a).total_seconds()) < 1.5 * 86400]


def gym_days(p: synth.Persona) -> int:
    g = p.routine.gym
    return len({it.timestamp.date() for it in p.items if distance_m(it.position.lat, it.position.lon, *g) < 150})


def near(f, point, spread_m: float = 0.0) -> bool:  # type: ignore[no-untyped-def]
    """A claim within `HIT_M` of the truth (or of a site walked over `spread_m`)."""
    return distance_m(f.location.lat, f.location.lon, *point) <= HIT_M + spread_m


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--personas", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    stats = run(args.personas, args.seed)
    report(stats)


def run(personas: int, seed: int) -> dict[str, dict[str, float]]:
    """Score `personas` generated personas; stats by "pattern/mode", "all" and "sparse"."""
    profile = load_profile("dibp")
    rng = random.Random(seed)
    stats: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(int))
    t_total, n_items = 0.0, 0
    for _ in range(personas):
        p = persona(rng)
        key = f"{p.routine.pattern}/{p.routine.mode}"
        t0 = time.perf_counter()
        fs = infer(p.items, profile)
        t_total += time.perf_counter() - t0
        n_items += len(p.items)
        homes = [f for f in fs if f.extra.get("inference") == "home"]
        works = [f for f in fs if f.extra.get("inference") == "workplace"]
        routines = [f for f in fs if f.extra.get("inference") == "routine"]
        for s in (stats[key], stats["all"]):
            s["personas"] += 1
            s["home_hit"] += all(any(near(f, h) for f in homes) for h in p.homes)
            spread = p.routine.work_spread_m
            s["work_hit"] += any(near(f, p.work, spread) for f in works)
            s["false_home"] += sum(1 for f in homes if not any(near(f, h) for h in p.homes))
            s["false_work"] += sum(1 for f in works if not near(f, p.work, spread))
            if p.routine.gym and gym_days(p) >= 4:  # a gym seen on fewer days is not claimable
                s["gym"] += 1
                s["gym_hit"] += any(near(f, p.routine.gym) for f in routines)
            s["false_routine"] += sum(1 for f in routines if not (p.routine.gym and near(f, p.routine.gym)))
        few = sparse(p, rng)
        claims = [f for f in infer(few, profile) if f.extra.get("inference") in ("home", "workplace", "routine")]
        stats["sparse"]["sets"] += 1
        stats["sparse"]["claims"] += len(claims)
    for _ in range(max(1, personas // 4)):
        p, airport = traveller(rng)
        works = [f for f in infer(p.items, profile) if f.extra.get("inference") == "workplace"]
        trav = stats["traveller"]
        trav["personas"] += 1
        trav["flights"] += len(p.routine.holidays)
        trav["work_hit"] += any(near(f, p.work) for f in works)
        trav["false_airport"] += any(
            not near(f, p.work) and distance_m(f.location.lat, f.location.lon, *airport) <= 3000 for f in works
        )
    stats["time"]["seconds"] = t_total
    stats["time"]["items"] = n_items
    return stats


def report(stats: dict[str, dict[str, float]]) -> None:
    print(
        f"{'pattern/mode':18} {'n':>4} {'home':>7} {'work':>7} {'gym*':>7} {'false home':>11} {'false work':>11} {'false routine':>14}"
    )
    for key in sorted(k for k in stats if k not in ("sparse", "time", "traveller")):
        s = stats[key]
        n = s["personas"]
        gym = f"{s['gym_hit'] / s['gym']:.1%}" if s["gym"] else "-"
        print(
            f"{key:18} {n:>4} {s['home_hit'] / n:>7.1%} {s['work_hit'] / n:>7.1%} {gym:>7} "
            f"{s['false_home']:>11} {s['false_work']:>11} {s['false_routine']:>14}"
        )
    tr = stats["traveller"]
    print(
        f"travellers: {int(tr['personas'])} ({int(tr['flights'])} trips through the airport); office found "
        f"{tr['work_hit'] / tr['personas']:.1%}; airport called a workplace for {int(tr['false_airport'])} "
        f"({tr['false_airport'] / tr['personas']:.1%})"
    )
    sp = stats["sparse"]
    print("gym*: routine found, among personas whose gym was recorded on at least 4 days")
    print(f"sparse sets: {sp['sets']}, claims from them: {sp['claims']}")
    t, n = stats["time"]["seconds"], stats["all"]["personas"]
    print(f"inference time: {t:.2f} s for {int(stats['time']['items'])} items ({1000 * t / max(1, n):.1f} ms per persona)")


if __name__ == "__main__":
    main()
