"""How far careful readers agree with a labelled set's writer, and how far the rules agree with each.

Usage:  python bench/agreement.py tests/eval/train34_vic_r.jsonl ... --readers tests/eval/agreement/train34_relabel_a.jsonl ...
            [--profile-of-set]

The writers of the labelled sets know what each post was meant to say; a reader sees only the post and
the labelling guide. ``--readers`` are label files (``{"id", "labels"}`` per line) written by readers
who labelled the same posts blind: the writer's labels removed, briefed with the labelling guide and the
policies only (tests/eval/README.md). For each category it prints precision / recall / F1 of each
reader against the writer and of the readers against each other, then of the text rules (as
``bench/eval_rules.py`` runs them, each set through its own profile) against the writer and against
each reader. Where a careful reader's recall against the writer is 0.84, a rule that reaches 0.85 on
that writer's posts is as good as the reader; the figures bound what a blind set can show.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import eval_rules  # noqa: E402
from train_text_model import profile_of_set  # noqa: E402

from auditor.config import load_profile  # noqa: E402


def read_labels(path: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                out[row["id"]] = set(row["labels"])
    return out


def compare(truth: dict[str, set[str]], other: dict[str, set[str]], category: str) -> tuple[int, int, int]:
    """tp / fp / fn of ``other`` taking ``truth`` as right, over the ids both hold."""
    tp = fp = fn = 0
    for pid, labels in truth.items():
        if pid not in other:
            continue
        t, o = category in labels, category in other[pid]
        tp += t and o
        fp += o and not t
        fn += t and not o
    return tp, fp, fn


def cell(counts: tuple[int, int, int]) -> str:
    tp, fp, fn = counts
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return f"{p:.2f}/{r:.2f} F{f1:.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help="the writers' labelled files")
    ap.add_argument("--readers", nargs="+", required=True, help="readers' label files for the same posts")
    ap.add_argument("--no-rules", action="store_true", help="compare the labels only")
    args = ap.parse_args(argv)
    if any(Path(n).name.startswith("blind") for n in args.sets):
        raise SystemExit("refusing to read a blind set (blind*.jsonl): they are the untouched measures")
    writer: dict[str, set[str]] = {}
    rules: dict[str, set[str]] = {}
    for name in args.sets:
        path = Path(name)
        posts = eval_rules.load_set(path)
        writer.update({p["id"]: set(p["labels"]) for p in posts})
        if not args.no_rules:
            predicted = eval_rules.predict(posts, load_profile(profile_of_set(path.stem)))
            rules.update({pid: set(cats) for pid, cats in predicted.items()})
    readers = {"reader " + Path(r).stem.rsplit("_", 1)[-1]: read_labels(Path(r)) for r in args.readers}
    missing = {name: len(set(writer) - set(labels)) for name, labels in readers.items() if set(writer) - set(labels)}
    if missing:
        raise SystemExit(f"readers' files miss posts of the sets: {missing}")
    columns: list[tuple[str, dict[str, set[str]], dict[str, set[str]]]] = []
    for name, labels in readers.items():
        columns.append((f"{name} vs writer", writer, labels))
    names = list(readers)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            columns.append((f"{b} vs {a}", readers[a], readers[b]))
    if rules:
        columns.append(("rules vs writer", writer, rules))
        columns.extend((f"rules vs {name}", labels, rules) for name, labels in readers.items())
    print(f"{len(writer)} posts; P/R/F1 of the second named, taking the first as right")
    width = max(len(c[0]) for c in columns)
    print(f"{'category':22}  " + "  ".join(f"{c[0]:>{width}}" for c in columns))
    for cat in eval_rules.TEXT_CATEGORIES:
        print(f"{cat:22}  " + "  ".join(f"{cell(compare(t, o, cat)):>{width}}" for _n, t, o in columns))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
