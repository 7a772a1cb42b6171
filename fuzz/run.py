"""Run one fuzz target: `python fuzz/run.py TARGET [--seconds N]`.

With atheris installed (`pip install atheris`) this is coverage-guided libFuzzer over the seed
corpus in fuzz/corpus/TARGET; without it, a deterministic mutation loop over the same seeds
(flips, truncations, repeats) that still catches crashes and hangs. A crash prints the input's
path; each one found becomes a regression test. CI runs a few seconds per target
(`tests/test_fuzz_smoke.py`); the long run is `nice -n 15 python fuzz/run.py TARGET --seconds 600`.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def _targets() -> dict:
    from fuzz.targets import TARGETS  # lazy: under atheris, imported inside instrument_imports

    return TARGETS


def mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data or b"\0")
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(4)
        i = rng.randrange(len(b))
        if op == 0:
            b[i] = rng.randrange(256)
        elif op == 1:
            del b[i : i + rng.randint(1, 64)]
        elif op == 2:
            b[i:i] = b[i : i + rng.randint(1, 64)] * rng.randint(1, 50)
        else:
            b = b[: rng.randrange(len(b) + 1)]
        if not b:
            b = bytearray(b"\0")
    return bytes(b)


def loop(target: str, seconds: float, seed: int = 0) -> int:
    fn = _targets()[target]
    corpus = [p.read_bytes() for p in sorted((HERE / "corpus" / target).glob("*"))]
    rng = random.Random(seed)
    end, n = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        data = mutate(rng, rng.choice(corpus))
        t0 = time.monotonic()
        try:
            fn(data)
        except Exception:
            crash = HERE / f"crash-{target}-{n}.bin"
            crash.write_bytes(data)
            print(f"crash in {target}: input saved to {crash}", file=sys.stderr)
            raise
        if time.monotonic() - t0 > 10:
            raise RuntimeError(f"{target}: one input took over 10 s")
        n += 1
    print(f"{target}: {n} executions in {seconds:.0f} s ({n / seconds:.0f}/s), mutation loop")
    return n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("target")
    ap.add_argument("--seconds", type=float, default=5)
    ap.add_argument("--no-atheris", action="store_true")
    args = ap.parse_args()
    try:
        if args.no_atheris:
            raise ImportError
        import atheris  # lazy: optional, coverage-guided when present
    except ImportError:
        loop(args.target, args.seconds)
        return
    # only auditor's own code is instrumented (instrument_all took minutes over every module)
    with atheris.instrument_imports(include=["auditor", "fuzz"]):
        fn = _targets()[args.target]
    work = HERE / "work" / args.target  # libFuzzer adds new inputs to the first folder: not the seeds
    work.mkdir(parents=True, exist_ok=True)
    atheris.Setup(
        [
            sys.argv[0],
            f"-max_total_time={int(args.seconds)}",
            "-timeout=10",
            "-rss_limit_mb=1024",
            f"-artifact_prefix={work}/",  # crash files beside the findings, never in the checkout's root
            str(work),  # the first folder: where libFuzzer writes what it finds
            str(HERE / "corpus" / args.target),
        ],
        fn,
    )
    atheris.Fuzz()


if __name__ == "__main__":
    main()
