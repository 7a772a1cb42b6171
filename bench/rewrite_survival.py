"""How much of a blocked draft the safer wording keeps, on the labelled training and dev sets.

Usage:  python bench/rewrite_survival.py [--sets train21_qld_a dev2 ...] [--model DIR] [-j 2] [--worst N]

Every labelled post (a human marked it risky) of the sets that `check` blocks (a finding at medium
or above) is a draft: `auditor.rewrite.safer_wording` rewords it under the profile its set was
written for, and the script prints the number of drafts, the mean word survival
(`rewrite.word_survival`: the share of the words outside the exposing spans that the rewrite kept;
an empty rewrite keeps none), the share whose rewrite passes `check` and the share left empty,
then the same split by what blocked the draft: only a learned rule (OPS105, COL102, OFC104,
UNI102), only word-list rules, or both, and by each blocking code. `--model DIR` reads the linear
model from DIR (``text_model_dibp.json`` and ``.npz``) instead of the package's, to see the effect
of a retrained model without touching ``auditor/data``. It never reads a blind set: the slow test
of ``tests/test_rewrite.py`` measures those.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.models import blocking  # noqa: E402
from auditor.rewrite import check_text, safer_wording, word_survival  # noqa: E402
from auditor.rules.registry import load_profile  # noqa: E402

EVAL = ROOT / "tests" / "eval"
LEARNED = frozenset({"OPS105", "COL102", "OFC104", "UNI102"})
_PROFILE = re.compile(r"^train(?:\d+)?_(aps|qld|vic|tas|dibp)(?:_|$)")


def default_sets() -> list[str]:
    """train21_* .. train30_*, the state training sets and the dibp dev sets (never a blind set)."""
    names = sorted(p.stem for p in EVAL.glob("train*_*.jsonl") if re.match(r"train(?:2\d|30)_|train_", p.stem))
    names += [f"dev{i}" for i in range(2, 11)] + ["posts", "holdout"]
    return [n for n in names if not n.startswith("blind") and (EVAL / f"{n}.jsonl").is_file()]


def profile_of(name: str) -> str:
    m = _PROFILE.match(name)
    return m.group(1) if m else "dibp"


def use_model(folder: str | None) -> None:
    """Read the linear model from folder instead of the package data (before its first use)."""
    if not folder:
        return
    from auditor.rules import linear  # lazy: only when another model is asked for

    real = linear.resources.files

    class _Resources:
        @staticmethod
        def files(package: str):
            return Path(folder) if package == "auditor.data" else real(package)

    linear.resources = _Resources  # type: ignore[assignment]


def _one(job: tuple[str, str, str | None]) -> tuple[list[str], float, bool, bool, str, str] | None:
    spec, text, model = job
    use_model(model)
    profile = load_profile(spec)
    found = blocking(check_text(text, profile))
    if not found:
        return None
    rw = safer_wording(text, profile, lambda t: check_text(t, profile))
    passes = rw.passes and not blocking(check_text(rw.text, profile))
    return sorted({f.code for f in found}), word_survival(text, rw.spans, rw.text), passes, not rw.text, text, rw.text


def _line(label: str, rows: list[tuple]) -> str:
    if not rows:
        return f"{label:<22} {0:>5}"
    n = len(rows)
    mean = sum(r[1] for r in rows) / n
    passing = sum(r[2] for r in rows) / n
    empty = sum(r[3] for r in rows)
    return f"{label:<22} {n:>5}  survival {mean:.3f}  passing {passing:.1%}  empty {empty}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--sets",
        nargs="+",
        default=None,
        help="set names under tests/eval or .jsonl files (default: train21-30, train_*, dev sets)",
    )
    ap.add_argument("--model", default=None, help="a folder holding text_model_dibp.json and .npz to use instead")
    ap.add_argument("-j", "--jobs", type=int, default=1)
    ap.add_argument("--worst", type=int, default=0, help="also print the N drafts (training sets only) that kept least")
    args = ap.parse_args()
    names = args.sets or default_sets()
    if any(Path(n).name.startswith(("blind", "ato")) or "blind" in n for n in names):
        print("blind sets are not read here", file=sys.stderr)
        return 2
    jobs = []
    for name in names:
        path = Path(name) if name.endswith(".jsonl") else EVAL / f"{name}.jsonl"  # a set's name, or a file
        for line in path.read_text(encoding="utf-8").splitlines():
            post = json.loads(line)
            if post.get("labels"):
                jobs.append((profile_of(path.stem), post["text"], args.model))
    use_model(args.model)
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(_one, jobs, chunksize=8))
    else:
        results = [_one(j) for j in jobs]
    rows = [r for r in results if r is not None]
    print(_line("all", rows))
    print(_line("learned only", [r for r in rows if set(r[0]) <= LEARNED]))
    print(_line("word-list only", [r for r in rows if not set(r[0]) & LEARNED]))
    print(_line("both", [r for r in rows if set(r[0]) & LEARNED and not set(r[0]) <= LEARNED]))
    by_code: dict[str, list] = defaultdict(list)
    for r in rows:
        for code in r[0]:
            by_code[code].append(r)
    for code in sorted(by_code, key=lambda c: -len(by_code[c])):
        print(_line(f"  {code}", by_code[code]))
    for r in sorted(rows, key=lambda r: r[1])[: args.worst]:
        print(f"\n{r[1]:.2f} {','.join(r[0])}\n  draft:   {r[4]}\n  rewrite: {r[5]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
