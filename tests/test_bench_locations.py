"""bench/bench_locations.py: a small history read, checked and collected in process, with the
same inference findings (and digest) whichever per-item budget it reads under."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _run(*args: str) -> str:
    out = subprocess.run(
        [sys.executable, str(REPO / "bench" / "bench_locations.py"), *args],
        capture_output=True, text=True, check=True, cwd=REPO, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    return out.stdout


def test_bench_locations_reports_cpu_peak_and_the_same_digest_under_either_budget(tmp_path: Path) -> None:
    each = _run("--points", "20000", "--data", str(tmp_path / "d"))
    within = _run("--points", "20000", "--data", str(tmp_path / "d"), "--budget", "within", "--no-rules")
    line = re.compile(
        r"20,000 points: .* inference ([\d.]+) s CPU \(20,000 kept\).* peak ([\d,]+) MB; (\d+) inference findings, digest (\w+)"
    )
    a, b = line.search(each), line.search(within)
    assert a and b, (each, within)
    assert int(a.group(3)) > 0 and a.group(3, 4) == b.group(3, 4)
    assert not re.search(r"\(0 rules", each) and "(0 rules" in within
