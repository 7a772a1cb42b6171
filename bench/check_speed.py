"""How fast `auditor check` answers: wall time of the whole command, and of the check itself.

Usage:  python bench/check_speed.py [--runs 5]

Prints the median wall time of `python -m auditor check TEXT` in a fresh process (what a user
waits for, including Python start-up and imports), the start-up time of a bare `python -c pass`
on the same machine for comparison, and the in-process time of the first and a later check.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFT = "Massive day at Port Botany, we seized 30kg of ice. Thanks @jono.k! Ring my desk on 02 6264 1111"


def wall(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    bare = wall([sys.executable, "-c", "pass"], args.runs)
    full = wall([sys.executable, "-m", "auditor", "check", DRAFT], args.runs)
    sys.path.insert(0, str(ROOT))
    t0 = time.perf_counter()
    from auditor.cli.commands.check import check_draft

    t1 = time.perf_counter()
    check_draft(DRAFT)
    t2 = time.perf_counter()
    check_draft(DRAFT + " again")
    t3 = time.perf_counter()
    print(f"python start-up (bare):        {bare * 1000:7.0f} ms (median of {args.runs})")
    print(f"auditor check (whole command): {full * 1000:7.0f} ms (median of {args.runs})")
    print(f"  import check module:         {(t1 - t0) * 1000:7.0f} ms")
    print(f"  first check (loads profile, compiles patterns): {(t2 - t1) * 1000:.0f} ms")
    print(f"  later check:                 {(t3 - t2) * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
