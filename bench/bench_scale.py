#!/usr/bin/env python3
"""Benchmark: speed and peak memory at real scale, one table for every kind of input (issue 18).

Every input is generated at run time into a temporary folder (never into the repository) by
the project's own synth generators, then `python -m auditor scan DIR --format json -q` runs on
it in a child process whose wall time, CPU time (user + system, forked workers included) and
peak RSS (`ru_maxrss` from wait4) are read. Rows, with their anchor where there is one:

    photos-N      N phone-sized JPEGs (bench_scan's), against `exiftool -n -r -j` (skipped
                  when exiftool is not installed); the page cache is dropped before each
                  tool's run where the bench may (root; not with --quick), so both read from
                  disk, as a first scan of a phone's photos does (the row's note says whether
                  it could)
    tweets-N      an X archive of N realistic tweets (mostly everyday posts, about one in eight
                  naming a place, a few geotagged), against the bare `json.loads` floor: a child
                  that reads tweets.js whole and parses it
    messenger-N   a Facebook export with N Messenger messages in threads of 10,000
    whatsapp-N    one WhatsApp chat export of N lines
    locations-N   Google Takeout Records.json with N location points (a commuter's history)
    help, empty-scan, check
                  `auditor --help`, a scan of an empty folder and `auditor check TEXT`: the
                  median wall time of 7 whole-command runs

Usage:
    python bench/bench_scale.py [--quick] [--only NAME]... [--code DIR] [--runs 7]

--quick runs small sizes (a smoke test); --only runs the rows whose name is NAME or starts
with NAME- (``--only tweets`` for all tweet sizes; repeat it for several); --code runs the `auditor` of another
checkout, generating with this one; given twice (``--code OLD --code .``) each input is
generated once and scanned by both, one row each, labelled with the folder's name.
Peak RSS is the largest single process (the scan or one of its forked workers).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor import synth  # noqa: E402

FULL = {
    "photos": [1500, 10000],
    "tweets": [20_000, 200_000, 1_000_000],
    "messenger": [300_000],
    "whatsapp": [500_000],
    "locations": [2_000_000],
}
QUICK = {"photos": [20], "tweets": [2000], "messenger": [3000], "whatsapp": [5000], "locations": [20_000]}
DRAFT = "Massive day at Port Botany, we seized 30kg of ice. Thanks @jono.k! Ring my desk on 02 6264 1111"

# invented everyday posts; "{n}" keeps every text unique, as real posts are
EVERYDAY = [
    "Coffee first, then the inbox {n}",
    "Anyone else watching the cricket tonight? {n}",
    "New running shoes feel great, 5k done {n}",
    "Finally finished that book, what a twist {n}",
    "Sourdough attempt number {n}, getting there",
    "The dog has opinions about the vacuum cleaner {n}",
    "Rainy Sunday, soup and a film {n}",
    "Happy birthday to my sister! {n}",
    "Traffic was brutal this morning {n}",
    "Trying a new pasta recipe tonight {n}",
    "Why does the printer only jam when I'm late {n}",
    "Great podcast episode on gardening {n}",
]
PLACES = ["Bondi Beach", "Parramatta", "Manly", "Fremantle", "St Kilda", "Glenelg", "Surfers Paradise", "Newtown"]
PLACE_POSTS = [
    "Sunset walk at {place} {n}",
    "Brunch in {place} with the crew {n}",
    "Back at {place} for the markets {n}",
    "Swim at {place} before work {n}",
]
CHAT = [
    "running 10 min late sorry {n}",
    "can you grab milk on the way home {n}",
    "haha yes {n}",
    "did you see the game last night {n}",
    "call you after dinner {n}",
    "photos from the weekend are up {n}",
]


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float
    rc: int


@dataclass
class Row:
    name: str
    size: str
    run: Run | None
    rate: str = "-"
    anchor: str = "-"
    anchor_run: Run | None = None
    ratio: str = "-"
    note: str = ""


# Peak RSS is read by a small wrapper from its own children: a child forked straight from this
# process would report this process's size (Linux carries the pre-exec high-water mark over).
WRAP = """import json, os, resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=open(sys.argv[1], "wb")).returncode
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps([time.perf_counter() - t, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, rc]))
"""


def measure(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, ok: tuple[int, ...] = (0, 1)) -> Run:
    """Run cmd in a child; its wall time, CPU time and peak RSS (its forked workers included)."""
    with tempfile.NamedTemporaryFile(suffix=".err") as err:
        out = subprocess.run([sys.executable, "-c", WRAP, err.name, *cmd], cwd=cwd, env=env, capture_output=True, text=True)
        if out.returncode != 0:
            raise SystemExit(f"wrapper failed: {out.stderr[-500:]}")
        wall, cpu, rss, rc = json.loads(out.stdout)
        if rc not in ok:
            raise SystemExit(f"{' '.join(cmd[:4])} failed ({rc}): {Path(err.name).read_text(errors='replace')[-500:]}")
    return Run(wall, cpu, rss, rc)


class Auditor:
    """`python -m auditor` of one checkout (its code first on PYTHONPATH)."""

    def __init__(self, code: Path, label: str = "") -> None:
        self.code, self.label = code, label
        self.env = dict(os.environ, PYTHONPATH=str(code))

    def named(self, row: str) -> str:
        return f"{row} [{self.label}]" if self.label else row

    def run(self, *args: str, ok: tuple[int, ...] = (0, 1)) -> Run:
        return measure([sys.executable, "-m", "auditor", *args], self.code, self.env, ok)

    def scan(self, folder: Path) -> Run:
        return self.run("scan", str(folder), "--format", "json", "-q")


# ---- inputs -------------------------------------------------------------------------------


@cache
def _bench_scan():  # type: ignore[no-untyped-def]
    """bench_scan.py (the phone-photo generator and the page-cache drop), loaded once."""
    spec = importlib.util.spec_from_file_location("bench_scan", ROOT / "bench" / "bench_scan.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def make_photos(root: Path, n: int) -> None:
    _bench_scan().make_folder(str(root), n)


def drop_caches() -> bool:
    return _bench_scan().drop_caches()


def tweet_text(i: int, rng: random.Random) -> str:
    if i % 8 == 3:  # about one in eight names a place
        return rng.choice(PLACE_POSTS).format(place=rng.choice(PLACES), n=i)
    return rng.choice(EVERYDAY).format(n=i)


def make_tweets(root: Path, n: int) -> None:
    """An X archive: data/tweets.js (compact JSON, written in chunks), account.js, manifest.js."""
    rng = random.Random(n)
    data = root / "data"
    data.mkdir(parents=True)
    start = datetime(2012, 1, 1, 7, 0, tzinfo=UTC)
    step = timedelta(minutes=max(1, 12 * 365 * 24 * 60 // max(1, n)))  # spread over twelve years
    with open(data / "tweets.js", "w", encoding="utf-8") as fh:
        fh.write("window.YTD.tweets.part0 = [")
        for a in range(0, n, 10_000):
            recs = []
            for i in range(a, min(n, a + 10_000)):
                geo = (-33.87 + rng.uniform(-0.2, 0.2), 151.1 + rng.uniform(-0.2, 0.2)) if i % 50 == 7 else None
                t = synth.tweet(str(10**17 + i), tweet_text(i, rng), start + i * step, geo=geo)
                recs.append(json.dumps(t, ensure_ascii=False, separators=(",", ":")))
            fh.write(("," if a else "") + ",".join(recs))
        fh.write("]")
    (data / "account.js").write_text(synth.ytd("account", [{"account": {"username": "bench_user"}}]), encoding="utf-8")


def make_messenger(root: Path, n: int) -> None:
    rng = random.Random(n)
    start_ms = int(datetime(2016, 1, 1, tzinfo=UTC).timestamp() * 1000)
    threads, per = [], 10_000
    for k, a in enumerate(range(0, n, per)):
        msgs = []
        for i in range(a, min(n, a + per)):
            text = tweet_text(i, rng) if i % 8 == 3 else rng.choice(CHAT).format(n=i)
            msgs.append(("Alex Example" if i % 2 else f"Friend {k}", start_ms + i * 600_000, text))
        msgs.reverse()  # newest first, as Meta writes them
        threads.append(synth.MetaThread(f"Friend {k}", ["Alex Example", f"Friend {k}"], msgs, folder=f"friend{k}_{1000 + k}"))
    synth.facebook_export(root, synth.FacebookContent(threads=threads))


def make_whatsapp(root: Path, n: int) -> None:
    rng = random.Random(n)
    t0 = datetime(2019, 3, 1, 8, 0)
    msgs = []
    for i in range(n - 1):  # the encryption notice is the first line
        text = tweet_text(i, rng) if i % 8 == 3 else rng.choice(CHAT).format(n=i)
        msgs.append((t0 + timedelta(minutes=3 * i), "Sam Example" if i % 3 else "Alex", text))
    root.mkdir(parents=True)
    (root / "WhatsApp Chat with Sam Example.txt").write_text(synth.whatsapp_chat(msgs), encoding="utf-8")


def location_points(n: int) -> list[tuple[float, float, datetime]]:
    """n fixes of a commuter's history (synth.Routine, one fix a minute), four weeks at a time."""
    rng = random.Random(n)
    out: list[tuple[float, float, datetime]] = []
    start = date(2020, 1, 6)
    while len(out) < n:
        r = synth.Routine(
            home=(-33.87, 151.10),
            work=(-33.9399, 151.1753),
            pattern="roster",
            start=start,
            weeks=4,
            gym=(-33.86, 151.12),
            outings=0.3,
            outliers=0.02,
            mode="history",
            every_min=1,
            time_style="utc",
        )
        for it in synth.routine_items(r, rng).items:
            assert it.position is not None and it.timestamp is not None
            out.append((it.position.lat, it.position.lon, it.timestamp))
        start += timedelta(weeks=4)
    return out[:n]


def make_locations(root: Path, n: int) -> None:
    folder = root / "Takeout" / "Location History"
    folder.mkdir(parents=True)
    pts = location_points(n)
    with open(folder / "Records.json", "w", encoding="utf-8") as fh:
        fh.write('{"locations": [')
        for a in range(0, len(pts), 50_000):
            recs = synth.records_json(pts[a : a + 50_000])["locations"]
            fh.write(("," if a else "") + ",".join(json.dumps(r, separators=(",", ":")) for r in recs))
        fh.write("]}")


MAKERS: dict[str, Callable[[Path, int], None]] = {
    "photos": make_photos,
    "tweets": make_tweets,
    "messenger": make_messenger,
    "whatsapp": make_whatsapp,
    "locations": make_locations,
}
UNITS = {"photos": "files", "tweets": "tweets", "messenger": "messages", "whatsapp": "lines", "locations": "points"}

FLOOR = """import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
json.loads(text[text.index("["):])
"""


def bench_input(auds: list[Auditor], family: str, n: int, tmp: Path, cold: bool = False) -> list[Row]:
    """One generated input, scanned by each checkout in turn (the anchor measured once)."""
    folder = tmp / f"{family}-{n}"
    t = time.perf_counter()
    MAKERS[family](folder, n)
    made = time.perf_counter() - t
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    anchor, anchor_run = "-", None
    cold = cold and family == "photos" and drop_caches()
    if family == "photos" and shutil.which("exiftool"):
        anchor, anchor_run = "exiftool -n -r -j", measure(["exiftool", "-n", "-r", "-j", str(folder)], tmp)
    elif family == "tweets":
        anchor = "json.loads floor"
        anchor_run = measure([sys.executable, "-c", FLOOR, str(folder / "data" / "tweets.js")], tmp)
    rows = []
    for aud in auds:
        if cold:
            drop_caches()
        run = aud.scan(folder)
        row = Row(aud.named(f"{family}-{n}"), f"{n:,} {UNITS[family]}, {size / 1e6:,.0f} MB", run, rate=f"{n / run.wall:,.0f}/s")
        row.note, row.anchor, row.anchor_run = f"generated in {made:.0f} s", anchor, anchor_run
        if family == "photos":
            row.note += ", cold page cache" if cold else ", page cache not dropped (needs root)"
        # wall time is what a user waits for; CPU time is steadier on a shared machine
        if anchor_run and family == "photos":
            row.ratio = f"{anchor_run.wall / run.wall:.1f}x faster (CPU {anchor_run.cpu / run.cpu:.1f}x)"
        elif anchor_run:
            row.ratio = f"{run.wall / anchor_run.wall:.1f}x the floor (CPU {run.cpu / anchor_run.cpu:.1f}x)"
        rows.append(row)
    shutil.rmtree(folder, ignore_errors=True)
    return rows


def bench_latency(aud: Auditor, name: str, runs: int, tmp: Path) -> Row:
    empty = tmp / "empty"
    empty.mkdir(exist_ok=True)
    args = {"help": ["--help"], "empty-scan": ["scan", str(empty), "--format", "json", "-q"], "check": ["check", DRAFT]}[name]
    # an empty folder is "nothing to audit": exit 2 by design, after the same start-up
    got = [aud.run(*args, ok=(0, 1, 2)) for _ in range(runs)]
    mid = statistics.median(r.wall for r in got)
    run = Run(mid, statistics.median(r.cpu for r in got), max(r.rss_mb for r in got), 0)
    return Row(aud.named(name), f"median of {runs}", run, rate=f"{mid * 1000:.0f} ms")


def row_names(quick: bool) -> list[str]:
    sizes = QUICK if quick else FULL
    return [f"{fam}-{n}" for fam, ns in sizes.items() for n in ns] + ["help", "empty-scan", "check"]


def render(rows: list[Row]) -> str:
    head = ["row", "input", "wall s", "CPU s", "rate", "peak RSS MB", "anchor", "anchor s", "anchor MB", "auditor vs anchor"]
    cells = [head]
    for r in rows:
        a = r.anchor_run
        cells.append(
            [
                r.name,
                r.size,
                f"{r.run.wall:.2f}" if r.run else "-",
                f"{r.run.cpu:.2f}" if r.run else "-",
                r.rate,
                f"{r.run.rss_mb:.0f}" if r.run else "-",
                r.anchor,
                f"{a.wall:.2f}" if a else "-",
                f"{a.rss_mb:.0f}" if a else "-",
                r.ratio,
            ]
        )
    widths = [max(len(c[i]) for c in cells) for i in range(len(head))]
    lines = ["  ".join(c[i].ljust(widths[i]) for i in range(len(head))).rstrip() for c in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes: a smoke test")
    ap.add_argument(
        "--only", action="append", help="rows named NAME or NAME-<size> (photos, tweets-200000, help, ...); may be repeated"
    )
    ap.add_argument(
        "--code",
        type=Path,
        action="append",
        help="checkout whose auditor is measured (default: this one); give it twice for before/after on the same inputs",
    )
    ap.add_argument("--runs", type=int, default=7, help="runs of each latency row (the median is shown)")
    args = ap.parse_args(argv)
    names = row_names(args.quick)
    if args.only:
        unknown = [o for o in args.only if not any(n == o or n.startswith(o + "-") for n in names)]
        if unknown:
            print(f"no row named {unknown[0]!r}; rows: {', '.join(row_names(args.quick))}", file=sys.stderr)
            return 2
        names = [n for n in names if any(n == o or n.startswith(o + "-") for o in args.only)]
    codes = [c.resolve() for c in args.code or [ROOT]]
    for c in codes:
        if not (c / "auditor").is_dir():
            print(f"--code {c}: no auditor package there", file=sys.stderr)
            return 2
    auds = [Auditor(c, c.name if len(codes) > 1 else "") for c in codes]
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="auditor-scale-") as tmp:
        for name in names:
            fam, _, n = name.rpartition("-")
            if fam in MAKERS:
                if fam == "photos" and not shutil.which("exiftool"):
                    print("exiftool not installed: the photo rows have no anchor", file=sys.stderr)
                rows += bench_input(auds, fam, int(n), Path(tmp), cold=not args.quick)
            else:
                rows += [bench_latency(aud, name, args.runs, Path(tmp)) for aud in auds]
            print(f"  done {name} ({rows[-1].note or 'latency'})", file=sys.stderr, flush=True)
    print(
        f"auditor from {', '.join(f'{a.label or a.code.name}={a.code}' for a in auds)}; {os.cpu_count()} CPUs; python {sys.version.split()[0]}"
    )
    print(render(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
