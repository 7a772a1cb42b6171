#!/usr/bin/env python3
"""Benchmark: `auditor scan` against ExifTool on the same folder of phone-sized photos.

Generates N phone-sized JPEGs (4032x3024, textured so they are a realistic 2-4 MB each; one
encode, then a different EXIF GPS block spliced into each copy) into a temporary folder, then
times, best of R runs each:

    auditor scan DIR --format json -q           (reads metadata bytes only, all cores)
    exiftool -n -json -r -GPSLatitude -GPSLongitude DIR

and prints files/second for both, plus the bytes auditor actually read from disk (from
/proc/self/io of the child), which shows that only metadata is read.

Usage: python bench/bench_scan.py [--files 300] [--runs 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta

import numpy as np
import piexif
from PIL import Image

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from auditor import synth  # noqa: E402


def make_folder(root: str, n: int) -> int:
    rng = np.random.default_rng(7)
    h, w = 3024, 4032
    yy, xx = np.mgrid[0:h, 0:w]
    base = np.stack([(xx * 255 // w), (yy * 255 // h), ((xx + yy) * 255 // (w + h))], axis=-1).astype(np.int16)
    noise = rng.integers(-24, 24, size=(h, w, 3), dtype=np.int16)
    img = Image.fromarray(np.clip(base + noise, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=88)
    plain = buf.getvalue()
    total = 0
    t0 = datetime(2025, 6, 1, 8, 0)
    for i in range(n):
        ex = synth.exif_bytes(-33.8 - (i % 97) * 0.001, 151.2 + (i % 89) * 0.001, t0 + timedelta(hours=i), offset="+10:00")
        out = io.BytesIO()
        piexif.insert(ex, plain, out)
        data = out.getvalue()
        sub = os.path.join(root, f"DCIM/{100 + i // 100}APPLE")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"IMG_{i:05d}.JPG"), "wb") as fh:
            fh.write(data)
        total += len(data)
    return total


def drop_caches() -> bool:
    """Write out and drop the page cache (root only): whether it was dropped. Without it both
    tools read from the page cache equally."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as fh:
            fh.write("3\n")
    except OSError:
        return False
    return True


def timed(cmd: list[str], runs: int) -> tuple[float, str]:
    best = float("inf")
    out = ""
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True)
        best = min(best, time.perf_counter() - t)
        if p.returncode not in (0, 1):
            raise SystemExit(f"{cmd[0]} failed: {p.stderr[:500]}")
        out = p.stdout
    return best, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", help="generate into this folder and keep it")
    args = ap.parse_args()
    root = args.keep or tempfile.mkdtemp(prefix="auditor-bench-")
    try:
        t = time.perf_counter()
        size = make_folder(root, args.files)
        print(
            f"generated {args.files} photos, {size / 1e6:.0f} MB ({size / args.files / 1e6:.1f} MB each) in {time.perf_counter() - t:.1f}s"
        )
        auditor_cmd = [sys.executable, "-m", "auditor", "scan", root, "--format", "json", "-q"]
        t_aud, out = timed(auditor_cmd, args.runs)
        n_aud = sum(1 for f in json.loads(out)["findings"] if f["code"] == "GEO101")
        # bytes read by one auditor run, as the kernel counts them
        p = subprocess.Popen(
            [
                "python3",
                "-c",
                "import subprocess,sys; subprocess.run(sys.argv[1:], capture_output=True); print(open('/proc/self/io').read())",
                *auditor_cmd,
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        io_stats = dict(line.split(": ") for line in p.communicate()[0].split("\n") if ": " in line)
        print(f"auditor : {t_aud:6.2f}s  {args.files / t_aud:8.1f} files/s  ({n_aud} GPS positions)")
        if shutil.which("exiftool"):
            t_ex, out = timed(["exiftool", "-n", "-json", "-r", "-GPSLatitude", "-GPSLongitude", root], args.runs)
            n_ex = sum(1 for r in json.loads(out) if "GPSLatitude" in r)
            print(f"exiftool: {t_ex:6.2f}s  {args.files / t_ex:8.1f} files/s  ({n_ex} GPS positions)")
            print(f"auditor / exiftool throughput: {t_ex / t_aud:.2f}x")
        else:
            print("exiftool not installed: apt-get install libimage-exiftool-perl")
        rchar = int(io_stats.get("rchar", "0"))
        print(
            f"auditor read {rchar / 1e6:.1f} MB through read() syscalls for {size / 1e6:.0f} MB of photos (includes Python's own files)"
        )
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
