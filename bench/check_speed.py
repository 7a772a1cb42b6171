"""How fast `auditor check` answers: wall time of the whole command, and of the check itself.

Usage:  python bench/check_speed.py [--runs 5]

Prints the median wall time of `python -m auditor check TEXT` in a fresh process (what a user
waits for, including Python start-up and imports), for a work draft the rules and the linear model
must read, for one the transformer reads too (onnxruntime loaded, its session opened, the model's
checksum checked) and for an everyday draft the first stage clears, the start-up time of a bare `python -c pass`
on the same machine for comparison (each also as CPU time, user plus system: on a busy machine
the wall time waits for other jobs), and the in-process time of the first and a later check.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFT = "Massive day at Port Botany, we seized 30kg of ice. Thanks @jono.k! Ring my desk on 02 6264 1111"
# no word rule of its category fires, so the ensemble reads it: the transformer runs
NEURAL = "we're down 9 staff on the floor and the backlog of claims is at 11 weeks, nobody upstairs cares"
EVERYDAY = "Made pancakes with the kids this morning, so good"  # the first stage clears it


CPU: list[float] = []  # CPU seconds (user + system) of the last command measured, per run


def wall(cmd: list[str], runs: int) -> float:
    """Median wall time of cmd; its median CPU time goes to CPU[-1] (fair when the machine is busy)."""
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False)
        times.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    CPU.append(statistics.median(cpu))
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    bare = wall([sys.executable, "-c", "pass"], args.runs)
    full = wall([sys.executable, "-m", "auditor", "check", DRAFT], args.runs)
    cleared = wall([sys.executable, "-m", "auditor", "check", EVERYDAY], args.runs)
    neural = wall([sys.executable, "-m", "auditor", "check", NEURAL], args.runs)
    sys.path.insert(0, str(ROOT))
    t0 = time.perf_counter()
    from auditor.cli.commands.check import check_draft

    t1 = time.perf_counter()
    check_draft(DRAFT)
    t2 = time.perf_counter()
    check_draft(DRAFT + " again")
    t3 = time.perf_counter()
    print(f"python start-up (bare):        {bare * 1000:7.0f} ms wall, {CPU[0] * 1000:5.0f} ms CPU (median of {args.runs})")
    print(f"auditor check, the rules and the model read the draft: {full * 1000:7.0f} ms wall, {CPU[1] * 1000:5.0f} ms CPU")
    print(f"auditor check, the first stage clears the draft:       {cleared * 1000:7.0f} ms wall, {CPU[2] * 1000:5.0f} ms CPU")
    print(f"auditor check, the transformer reads the draft too:    {neural * 1000:7.0f} ms wall, {CPU[3] * 1000:5.0f} ms CPU")
    print(f"  import check module:         {(t1 - t0) * 1000:7.0f} ms")
    print(f"  first check (loads profile, compiles patterns): {(t2 - t1) * 1000:.0f} ms")
    print(f"  later check:                 {(t3 - t2) * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
