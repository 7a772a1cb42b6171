"""Train the learned word-weight model used by OPS105 and OFC104 (auditor/rules/learned.py).

Usage:  python bench/train_text_model.py [--out auditor/data/text_model_dibp.json] [--sets posts holdout dev2 dev3 dev4 dev5 dev6]

Reads the labelled sets in tests/eval (by default every dibp set except dev7.jsonl, which is
kept unseen to measure the model honestly; write a new set before trusting a retrained
model), turns each post into word and word-pair features
(`auditor.rules.learned.tokens`, features seen in fewer than two posts dropped), and fits one
L2-regularised logistic regression per category by full-batch gradient descent in plain
Python (deterministic: same data, same weights). Writes weights rounded to 4 decimals, without
near-zero ones. Never reads anything outside tests/eval and never uses the network.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.rules.learned import tokens  # noqa: E402

CATEGORIES = ("operational_detail", "official_comment")
DEFAULT_SETS = ("posts", "holdout", "dev2", "dev3", "dev4", "dev5", "dev6")


def fit(
    docs: list[list[int]], labels: list[int], n_features: int, l2: float = 1.0, rate: float = 0.5, rounds: int = 600
) -> tuple[float, list[float]]:
    """Logistic regression on binary sparse features (each doc is a list of feature indices)."""
    w = [0.0] * n_features
    b = 0.0
    n = len(docs)
    for _ in range(rounds):
        grad = [0.0] * n_features
        gb = 0.0
        for doc, y in zip(docs, labels, strict=True):
            z = b + sum(w[i] for i in doc)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            gb += g
            for i in doc:
                grad[i] += g
        for i in range(n_features):
            w[i] -= rate * (grad[i] + l2 * w[i]) / n
        b -= rate * gb / n
    return b, w


def train(posts: list[dict], categories: tuple[str, ...] = CATEGORIES, min_df: int = 2, **kw: float) -> dict:
    feats = [tokens(p["text"]) for p in posts]
    df = Counter(t for f in feats for t in f)
    vocab = sorted(t for t, c in df.items() if c >= min_df)
    index = {t: i for i, t in enumerate(vocab)}
    docs = [[index[t] for t in f if t in index] for f in feats]
    out: dict = {"threshold": 0.5, "trained_on": len(posts), "categories": {}}
    for cat in categories:
        labels = [int(cat in p["labels"]) for p in posts]
        b, w = fit(docs, labels, len(vocab), **kw)
        weights = {vocab[i]: round(x, 4) for i, x in enumerate(w) if abs(x) >= 0.005}
        out["categories"][cat] = {"bias": round(b, 4), "weights": dict(sorted(weights.items()))}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "auditor" / "data" / "text_model_dibp.json"))
    ap.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS))
    # blind.jsonl is the honest measure (tests/eval/README.md): training on it would void it
    args = ap.parse_args(argv)
    posts = []
    for name in args.sets:
        if name == "blind":
            raise SystemExit("refusing to train on blind.jsonl: it is the untouched measure")
        path = ROOT / "tests" / "eval" / f"{name}.jsonl"
        posts += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    model = train(posts)
    model["sets"] = list(args.sets)
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    sizes = {c: len(m["weights"]) for c, m in model["categories"].items()}
    print(f"trained on {len(posts)} posts from {', '.join(args.sets)}; weights kept: {sizes}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
