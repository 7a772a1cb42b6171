"""Per-category tp/fp/fn sums over every non-blind labelled set, for two or more checkouts side by side.

Usage:  python bench/labelled_sums.py [--code DIR ...] [--extra GLOB ...] [--only-extra] [--jobs 2]

Each set in tests/eval (``*.jsonl`` less the blind sets and the unseen organisation's ``ato``) is
scored under the profile its file name names (``train21_aps_c`` -> aps, ``vic.jsonl`` -> vic; the
unnamed dev, posts, holdout and train sets -> dibp), as `eval_rules.py` scores one set, and the
counts are summed per category. ``--extra`` adds held-out files (``/work/newdata/train33_*.jsonl``),
summed apart. Each ``--code`` checkout runs in its own process with that checkout first on the
path (default: this checkout), so a branch and main compare in one table. Only counts are printed,
never a post's text, so a held-out set can be scored before anyone reads it. The lost column is
the true positives the first checkout has and the last one does not (a post's category).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROFILES = ("dibp", "aps", "qld", "vic", "tas")
SEALED = ("blind", "ato")  # never scored here


def profile_of(path: Path) -> str:
    """The profile a labelled set is written for, from its file name; dibp when none is named."""
    for part in path.stem.split("_"):
        if part in PROFILES:
            return part
    return "dibp"


def labelled_sets() -> list[Path]:
    return sorted(p for p in (ROOT / "tests" / "eval").glob("*.jsonl") if not p.name.startswith(SEALED))


def _predict_file(path: str) -> dict[str, list[str]]:
    from auditor.config import load_profile  # lazy: the checkout on PYTHONPATH, in its own worker process
    from bench.eval_rules import load_set, predict  # lazy: as above

    posts = load_set(Path(path))
    got = predict(posts, load_profile(profile_of(Path(path))))
    return {pid: sorted(cats) for pid, cats in got.items()}


def emit(paths: list[str], jobs: int) -> None:
    """Print {file: {post id: [categories predicted]}} as JSON (run inside one checkout)."""
    with ProcessPoolExecutor(jobs) as pool:
        out = dict(zip(paths, pool.map(_predict_file, paths), strict=True))
    json.dump(out, sys.stdout)


def predictions(code: Path, paths: list[Path], jobs: int) -> dict[str, dict[str, list[str]]]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    cmd = [sys.executable, str(Path(__file__).resolve()), "--emit", "--jobs", str(jobs), *map(str, paths)]
    proc = subprocess.run(cmd, cwd=code, env=env, capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def sums(paths: list[Path], pred: dict[str, dict[str, list[str]]]) -> dict[str, list[int]]:
    from bench.eval_rules import TEXT_CATEGORIES, load_set  # lazy: after the path is set

    table = {c: [0, 0, 0] for c in TEXT_CATEGORIES}
    for path in paths:
        got = pred[str(path)]
        for post in load_set(path):
            truth, said = set(post["labels"]), set(got[post["id"]])
            for cat, row in table.items():
                row[0] += cat in truth and cat in said
                row[1] += cat in said and cat not in truth
                row[2] += cat in truth and cat not in said
    return table


def lost(paths: list[Path], first: dict, last: dict) -> dict[str, int]:
    from bench.eval_rules import load_set  # lazy: after the path is set

    out: dict[str, int] = {}
    for path in paths:
        for post in load_set(path):
            gone = set(post["labels"]) & set(first[str(path)][post["id"]]) - set(last[str(path)][post["id"]])
            for cat in gone:
                out[cat] = out.get(cat, 0) + 1
    return out


def show(title: str, paths: list[Path], names: list[str], preds: list[dict]) -> None:
    tables = [sums(paths, p) for p in preds]
    gone = lost(paths, preds[0], preds[-1]) if len(preds) > 1 else {}
    print(f"{title}: {len(paths)} files")
    head = "".join(f" | {n[-22:]:>22}" for n in names)
    print(f"{'category':24}{head} | lost tp (% of positives)")
    print(f"{'':24}" + " | {:>22}".format("tp/fp/fn") * len(names))
    for cat in tables[0]:
        cells = "".join(" | {:>22}".format("/".join(map(str, t[cat]))) for t in tables)
        positives = tables[0][cat][0] + tables[0][cat][2]
        n = gone.get(cat, 0)
        share = f"{100 * n / positives:.2f} %" if positives else "-"
        print(f"{cat:24}{cells} | {n} ({share})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", action="append", default=[], help="a checkout to score (repeat; default this one)")
    ap.add_argument("--extra", action="append", default=[], help="a glob of held-out files, summed apart")
    ap.add_argument("--only-extra", action="store_true", help="score only the --extra files")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--emit", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--save", help="also write the first checkout's per-post categories as JSON (no text)")
    ap.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.emit:
        emit(args.paths, args.jobs)
        return 0
    sys.path.insert(0, str(ROOT))
    extra = sorted(Path(p) for g in args.extra for p in Path("/").glob(g.lstrip("/")))
    if any(p.name.startswith(SEALED) for p in extra):
        print("error: a blind or ato set is never scored here", file=sys.stderr)
        return 2
    # a held-out file also copied into tests/eval is summed with the held-out files only
    own = [] if args.only_extra else [p for p in labelled_sets() if p.name not in {e.name for e in extra}]
    codes = [Path(c).resolve() for c in args.code] or [ROOT]
    preds = [predictions(c, own + extra, args.jobs) for c in codes]
    names = [str(c) for c in codes]
    if args.save:
        Path(args.save).write_text(json.dumps(preds[0]), encoding="utf-8")
    if own:
        show("labelled sets (tests/eval, no blind or ato)", own, names, preds)
    if extra:
        show("held out (--extra)", extra, names, preds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
