"""Benchmark: a text-heavy scan (an X archive of N tweets), with and without the learned rules.

Generates, into a temporary folder (never committed), an X archive whose tweets cycle through
the texts of the labelled training sets (tests/eval/train*.jsonl; never the blind sets), each
made unique by a counter, then times `python -m auditor scan DIR --format json -q` twice: with
the default `dibp` profile, and with a profile that extends it and disables OPS105, OFC104,
COL102 and UNI102 (the learned rules). Prints the wall time, tweets per second, findings, and
the share of the time the learned rules take.

Usage: python bench/bench_text.py [--tweets 20000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.synth import tweet, twitter_archive  # noqa: E402

NO_LEARNED = """[profile]
name = "dibp-no-learned"
extends = "dibp"

[rules]
disable = ["OPS105", "OFC104", "COL102", "UNI102"]
"""


def texts() -> list[str]:
    out = []
    for path in sorted((ROOT / "tests" / "eval").glob("train*.jsonl")):
        out += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def build(root: Path, n: int) -> None:
    pool = texts()
    start = datetime(2024, 1, 1, 8, 0)
    tweets = [tweet(str(10_000 + i), f"{pool[i % len(pool)]} #{i}", start + timedelta(minutes=37 * i)) for i in range(n)]
    twitter_archive(root, tweets, {"username": "bench_user", "email": "bench@example.com"}, parts=max(1, n // 5000))


def run(export: Path, profile: Path | None) -> tuple[float, int]:
    cmd = [sys.executable, "-m", "auditor", "scan", str(export), "--format", "json", "-q"]
    if profile:
        cmd += ["--profile", str(profile)]
    t = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - t
    if proc.returncode not in (0, 1):
        raise SystemExit(f"scan failed ({proc.returncode}): {proc.stderr.strip()[:300]}")
    return elapsed, len(json.loads(proc.stdout)["findings"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tweets", type=int, default=20000)
    ap.add_argument("--keep", type=Path, help="build the archive here and keep it")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        export = base / "x-archive"
        build(export, args.tweets)
        profile = base / "no_learned.toml"
        profile.write_text(NO_LEARNED, encoding="utf-8")
        with_t, with_n = run(export, None)
        without_t, without_n = run(export, profile)
    print(f"{args.tweets} tweets")
    print(f"  scan, dibp (learned rules on):  {with_t:6.2f} s  {args.tweets / with_t:8.0f} tweets/s  {with_n} findings")
    print(f"  scan, learned rules disabled:   {without_t:6.2f} s  {args.tweets / without_t:8.0f} tweets/s  {without_n} findings")
    print(f"  learned rules' share of the scan: {max(0.0, with_t - without_t) / with_t:.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
