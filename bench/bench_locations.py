"""Location history at scale, in process, read the way a streaming scan reads it (issue 18).

Generates a Takeout ``Records.json`` of N points (the commuter of `bench_scale.py`'s locations
row, in a child process so its lists never count towards the peak), then reads it through the
Google reader as the engine does (`sources.google_location.records_points`, `Points` batches,
each `next()` under the per-file budget), gives each batch to `inference.pipeline.Collector`
and runs the profile's active rules on its points only when one applies to them; then
runs the inference. It prints CPU seconds for reading + rules + collecting and for the
inference, the peak RSS of the process, the findings and a digest of every inference finding
(code, message, remediation, extra, ...), so two checkouts can be compared on the same input:

    PYTHONPATH=$PWD python bench/bench_locations.py --points 400000 --data /tmp/locs400k

`--budget within` times each item as `engine._budgeted` did before `budget.each`
(12 microseconds an item); `--no-rules` leaves the rules out; `--items` reads one Item per record
(`records_stream` and `Collector.add`) instead of the engine's `Points` batches. The garbage
collector is set as a scan sets it (`engine.fewer_collections`, where the checkout has it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORDS = Path("Takeout") / "Location History" / "Records.json"


def _make(data: Path, points: int) -> None:
    code = f"import sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); import bench_scale, pathlib; bench_scale.make_locations(pathlib.Path({str(data)!r}), {points})"
    subprocess.run([sys.executable, "-c", code], check=True)


def _budgeted(items, how: str):  # type: ignore[no-untyped-def]
    from auditor import budget

    if how == "each" and hasattr(budget, "each"):
        yield from budget.each(items, budget.FILE_BUDGET_S)
        return
    while True:  # as engine._budgeted: every next() under its own `within`
        if how == "none":
            item = next(items, None)
        else:
            with budget.within(budget.FILE_BUDGET_S):
                item = next(items, None)
        if item is None:
            return
        yield item


def digest(findings) -> str:  # type: ignore[no-untyped-def]
    h = hashlib.sha256()
    for f in findings:
        row = [f.code, f.message, f.remediation, f.extra, str(f.severity), f.confidence, f.path, str(f.platform)]
        row += [f.evidence, f.why, str(f.timestamp), str(f.location), f.fingerprint_key]
        h.update(json.dumps(row, sort_keys=True, default=str).encode())
    return h.hexdigest()[:16]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--points", type=int, default=400_000)
    ap.add_argument("--data", type=Path, help="folder for the generated export (kept; generated when missing)")
    ap.add_argument("--budget", choices=["each", "within", "none"], default="each")
    ap.add_argument("--no-rules", action="store_true")
    ap.add_argument("--items", action="store_true", help="one Item per record (records_stream), not Points batches")
    ap.add_argument("--profile", default="dibp")
    args = ap.parse_args()
    data = args.data or Path(f"/tmp/auditor-locations-{args.points}")
    if not (data / RECORDS).exists():
        _make(data, args.points)

    from auditor.inference.pipeline import Collector
    from auditor.rules.registry import active_rules, load_profile
    from auditor.rules.runner import run_rules
    from auditor.sources import google_location
    from auditor.sources.google_location import records_stream

    profile = load_profile(args.profile)
    rules = [] if args.no_rules else active_rules(profile)
    collector = Collector(profile)
    errors: list = []  # type: ignore[type-arg]
    from contextlib import nullcontext

    from auditor import engine

    # the scan's garbage collector settings (`engine.fewer_collections`), where the checkout has them
    gc_as_scan = getattr(engine, "fewer_collections", nullcontext)()
    gc_as_scan.__enter__()
    t0 = time.process_time()
    points = not args.items and hasattr(google_location, "records_points")
    with open(data / RECORDS, "rb") as fh:

        def fed():  # type: ignore[no-untyped-def]
            if points:  # as the engine reads it: Points batches, Items only for a rule that applies
                from auditor.rules.runner import rules_for_bare

                for batch in _budgeted(google_location.records_points(fh, str(RECORDS)), args.budget):
                    collector.add_points(batch)
                    if rules_for_bare(next(batch.items()), rules):
                        yield from batch.items()
                return
            for item in _budgeted(records_stream(fh, str(RECORDS)), args.budget):
                collector.add(item)
                yield item

        rule_findings = sum(1 for _ in run_rules(fed(), rules, profile, errors))
    t1 = time.process_time()
    found = collector.findings()
    t2 = time.process_time()
    gc_as_scan.__exit__(None, None, None)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{args.points:,} points: read + rules + collect {t1 - t0:.1f} s CPU ({len(rules)} rules, {rule_findings} findings, "
        f"{len(errors)} errors, budget {args.budget}); inference {t2 - t1:.1f} s CPU ({len(collector):,} kept); "
        f"total {t2 - t0:.1f} s CPU; peak {peak_mb:,.0f} MB; {len(found)} inference findings, digest {digest(found)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
