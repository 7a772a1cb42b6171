"""How many blind cells a system of a given true precision and recall would be expected to bring to target.

Usage:  python bench/blind_resolution.py [--sets 'tests/eval/blind1[34]_*.jsonl'] [--pr 0.90 0.95 ...]
            [--agreement WRITER_SET ... --readers READER_FILE ...] [--sims 20000]

Issue 13 asks for precision and recall of at least 0.90 (department, work email, uniform, location) or
0.85 (the other four) in every cell: each category on each blind set. A cell holds few posts (a
colleague cell of 14 positives: one post is 0.07 of recall), so a cell's figures scatter around the
system's true ones. For each cell this reads only how many posts carry the category (the labels, never
the texts) and draws, ``--sims`` times, the cell's true positives from a binomial with the true recall
and its precision from a binomial over the posts the system would report; it prints the expected
number of cells at target for each true precision = recall in ``--pr``, and with ``--agreement`` for a
careful reader: the precision and recall, per category, of readers who labelled a set's posts blind
(``tests/eval/agreement``) against its writer. Deterministic (a fixed seed).
"""

from __future__ import annotations

import argparse
import glob as globmod
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from agreement import compare, read_labels  # noqa: E402
from eval_rules import TEXT_CATEGORIES  # noqa: E402

TARGETS = {
    "department_identifier": 0.90,
    "work_email": 0.90,
    "uniform": 0.90,
    "location_mention": 0.90,
    "work_contact": 0.85,
    "operational_detail": 0.85,
    "colleague_exposure": 0.85,
    "official_comment": 0.85,
}


def supports(paths: list[Path]) -> list[tuple[str, str, int]]:
    """(set, category, posts carrying it) per cell; the labels only."""
    out = []
    for path in paths:
        labels = read_labels(path).values()
        out.extend((path.stem, cat, sum(cat in ls for ls in labels)) for cat in TEXT_CATEGORIES)
    return out


def at_target(p: float, r: float, positives: int, target: float, rng: np.random.Generator, sims: int) -> float:
    """The chance that a cell of ``positives`` posts shows precision and recall >= ``target``."""
    if positives == 0:
        return 1.0
    recall = rng.binomial(positives, r, sims) / positives
    reported = max(1, round(positives * r / p))
    precision = rng.binomial(reported, p, sims) / reported
    return float(np.mean((recall >= target - 1e-9) & (precision >= target - 1e-9)))


def expected(cells: list[tuple[str, str, int]], pr: dict[str, tuple[float, float]], sims: int) -> float:
    rng = np.random.default_rng(13)
    return sum(at_target(*pr[cat], n, TARGETS[cat], rng, sims) for _s, cat, n in cells)


def reader_pr(sets: list[Path], readers: list[Path]) -> dict[str, tuple[float, float]]:
    """Pooled precision and recall per category of the readers against the writers (``agreement.compare``)."""
    writer: dict[str, set[str]] = {}
    for path in sets:
        writer.update(read_labels(path))
    counts = {c: [0, 0, 0] for c in TEXT_CATEGORIES}
    for path in readers:
        said = read_labels(path)
        for c in TEXT_CATEGORIES:
            for k, n in enumerate(compare(writer, said, c)):
                counts[c][k] += n
    return {c: (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0) for c, (tp, fp, fn) in counts.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=str(ROOT / "tests" / "eval" / "blind1[34]_*.jsonl"), help="the blind cells (a glob)")
    ap.add_argument("--pr", nargs="*", type=float, default=[0.85, 0.90, 0.95, 0.97, 0.99])
    ap.add_argument("--agreement", nargs="*", default=[], help="writers' sets that readers relabelled")
    ap.add_argument("--readers", nargs="*", default=[], help="the readers' label files")
    ap.add_argument("--sims", type=int, default=20000)
    args = ap.parse_args(argv)
    paths = sorted(Path(p) for p in globmod.glob(args.sets))
    if not paths:
        raise SystemExit(f"no labelled sets match {args.sets}")
    cells = supports(paths)
    small = sorted(n for _s, c, n in cells if n)
    print(f"{len(cells)} cells in {len(paths)} sets; positives per cell: median {small[len(small) // 2]}, fewest {small[0]}")
    for v in args.pr:
        e = expected(cells, dict.fromkeys(TEXT_CATEGORIES, (v, v)), args.sims)
        print(f"  true precision = recall = {v:.2f} in every category: {e:.1f} cells expected at target")
    if args.agreement and args.readers:
        pr = reader_pr([Path(p) for p in args.agreement], [Path(p) for p in args.readers])
        e = expected(cells, pr, args.sims)
        print(f"  a careful reader (the readers' pooled P/R against the writers): {e:.1f} cells expected at target")
        for c, (p, r) in pr.items():
            print(f"    {c:22} P {p:.3f}  R {r:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
