"""Every finding of the text rules, written out, to prove a speed change alters none.

Usage:  python bench/dump_findings.py OUT_DIR [--jobs 2] [--profiles dibp,aps,qld,vic,tas]

Runs every active rule over each labelled set in tests/eval (one post per line) under each of
the five built-in profiles, over the realistic, second everyday and work-heavy archives of `bench_text.py`, and
scans `sample_data` under each profile; writes one line per finding (code, item, path, evidence,
confidence, severity, why, message, category, group, fingerprint key, item kind) to one file per
set and profile in OUT_DIR. The blind sets (``blind*``) and the unseen organisation's set
(``ato``) are never printed: for those only the number of findings and a digest of them are
written, so a change to them shows without anyone reading their text. Compare two runs with
``diff -r`` (or ``md5sum OUT_DIR/*``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROFILES = ("dibp", "aps", "qld", "vic", "tas")
SEALED = ("blind", "ato")  # sets nobody reads: counted and digested only


def _line(f) -> str:  # noqa: ANN001 - a Finding
    return json.dumps(
        [
            f.code,
            f.item_id,
            f.path,
            f.evidence,
            f.confidence,
            str(f.severity),
            f.why,
            f.message,
            str(f.category),
            f.group,
            f.fingerprint_key,
            str(f.item_kind),
        ],
        ensure_ascii=False,
    )


def _texts(name: str) -> list:
    from auditor.models import Item, ItemKind, Platform  # lazy: a worker process imports on demand
    from bench.bench_text import realistic, realistic_second, work_heavy  # lazy: as above
    from bench.eval_rules import load_set, to_item  # lazy: as above

    if name == "bench-realistic":
        return [Item(platform=Platform.TWITTER, kind=ItemKind.POST, path=f"b/{i}", text=t) for i, t in enumerate(realistic(6000))]
    if name == "bench-second":
        return [
            Item(platform=Platform.TWITTER, kind=ItemKind.POST, path=f"s/{i}", text=t)
            for i, t in enumerate(realistic_second(6000))
        ]
    if name == "bench-heavy":
        return [
            Item(platform=Platform.TWITTER, kind=ItemKind.POST, path=f"h/{i}", text=t) for i, t in enumerate(work_heavy(1500))
        ]
    return [to_item(p) for p in load_set(ROOT / "tests" / "eval" / name)]


def _job(args: tuple[str, str, str]) -> str:
    name, profile_name, out = args
    from auditor.config import load_profile  # lazy: a worker process imports on demand
    from auditor.engine import active_rules, run_rules  # lazy: as above

    profile = load_profile(profile_name)
    rules = active_rules(profile)
    lines = [_line(f) for f in run_rules(_texts(name), rules, profile)]
    body = "\n".join(lines) + "\n"
    if name.startswith(SEALED):
        body = f"{len(lines)} findings, sha256 {hashlib.sha256(body.encode()).hexdigest()}\n"
    Path(out, f"{name}.{profile_name}.txt").write_text(body, encoding="utf-8")
    return f"{name} {profile_name} {len(lines)}"


def _sample(profile_name: str, out: str) -> str:
    cmd = [sys.executable, "-m", "auditor", "scan", "sample_data", "--format", "json", "-q", "--profile", profile_name]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    data = json.loads(proc.stdout)
    for f in data["findings"]:
        f.pop("timestamp_scanned", None)
    body = json.dumps({"findings": data["findings"], "errors": data.get("errors")}, ensure_ascii=False, indent=0, sort_keys=True)
    Path(out, f"sample.{profile_name}.txt").write_text(body, encoding="utf-8")
    return f"sample {profile_name} {len(data['findings'])}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--profiles", default=",".join(PROFILES))
    ap.add_argument("--no-sample", action="store_true")
    args = ap.parse_args(argv)
    Path(args.out).mkdir(parents=True, exist_ok=True)
    profiles = args.profiles.split(",")
    sets = sorted(p.name for p in (ROOT / "tests" / "eval").glob("*.jsonl"))
    jobs = [(s, p, args.out) for p in profiles for s in [*sets, "bench-realistic", "bench-second", "bench-heavy"]]
    jobs.sort(key=lambda j: -(ROOT / "tests" / "eval" / j[0]).stat().st_size if j[0].endswith(".jsonl") else -(10**9))
    with ProcessPoolExecutor(args.jobs) as pool:
        for line in pool.map(_job, jobs):
            print(line, flush=True)
        if not args.no_sample:
            for line in pool.map(_sample, profiles, [args.out] * len(profiles)):
                print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
