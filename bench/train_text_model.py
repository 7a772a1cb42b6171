"""Train the learned word-weight model used by OPS105, OFC104, COL102 and UNI102 (auditor/rules/learned.py).

Usage:  python bench/train_text_model.py [--out auditor/data/text_model_dibp.json]
            [--sets posts holdout dev2 dev3 dev4 dev5 dev6 dev7 train2] [--calibrate dev8]

Reads the labelled sets in tests/eval (by default every dibp set except dev8.jsonl, which is
kept out of training to choose the thresholds, and the later dev sets and blind.jsonl, which
measure the model; write a new set before trusting a retrained model), turns each post into
word, word-pair, stem and negation features (`auditor.rules.learned.features`, features seen
in fewer than two posts dropped), and fits one L2-regularised, class-weighted logistic
regression per category by full-batch gradient descent in plain Python (deterministic: same
data, same weights). Then, on the calibration set, it runs the word-list rules of the profile
and picks for each category the threshold at which "word lists or learned score" has the best
F1 among the thresholds that keep precision >= 0.85 there (the middle of a tie). Writes weights rounded to 4 decimals, without near-zero
ones. Never reads anything outside tests/eval and never uses the network.
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

from auditor.rules.learned import features  # noqa: E402

CATEGORIES = ("operational_detail", "official_comment", "colleague_exposure", "uniform")
DEFAULT_SETS = ("posts", "holdout", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "train2", "train3", "train4", "train5")
DEFAULT_CALIBRATION = "dev8"
# the learned rule of each category, disabled when the word lists alone are measured
LEARNED_CODES = {
    "operational_detail": "OPS105",
    "official_comment": "OFC104",
    "colleague_exposure": "COL102",
    "uniform": "UNI102",
}


def fit(
    docs: list[list[int]],
    labels: list[int],
    n_features: int,
    l2: float = 1.0,
    rate: float = 0.5,
    rounds: int = 600,
    pos_weight: float = 1.0,
) -> tuple[float, list[float]]:
    """Logistic regression on binary sparse features (each doc is a list of feature indices);
    a positive post's error counts ``pos_weight`` times."""
    w = [0.0] * n_features
    b = 0.0
    n = len(docs)
    for _ in range(rounds):
        grad = [0.0] * n_features
        gb = 0.0
        for doc, y in zip(docs, labels, strict=True):
            z = b + sum(w[i] for i in doc)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * (pos_weight if y else 1.0)
            gb += g
            for i in doc:
                grad[i] += g
        for i in range(n_features):
            w[i] -= rate * (grad[i] + l2 * w[i]) / n
        b -= rate * gb / n
    return b, w


def train(
    posts: list[dict], categories: tuple[str, ...] = CATEGORIES, min_df: int = 2, balance: float = 0.25, **kw: float
) -> dict:
    """One model per category; positives weighted by (negatives / positives) ** balance."""
    feats = [features(p["text"]) for p in posts]
    df = Counter(t for f in feats for t in f)
    vocab = sorted(t for t, c in df.items() if c >= min_df)
    index = {t: i for i, t in enumerate(vocab)}
    docs = [[index[t] for t in f if t in index] for f in feats]
    out: dict = {"features": "v2", "threshold": 0.5, "trained_on": len(posts), "categories": {}}
    for cat in categories:
        labels = [int(cat in p["labels"]) for p in posts]
        pos = max(1, sum(labels))
        weight = ((len(labels) - pos) / pos) ** balance
        b, w = fit(docs, labels, len(vocab), pos_weight=weight, **kw)
        weights = {vocab[i]: round(x, 4) for i, x in enumerate(w) if abs(x) >= 0.005}
        out["categories"][cat] = {"bias": round(b, 4), "weights": dict(sorted(weights.items()))}
    return out


def calibrate(model: dict, posts: list[dict], profile_name: str = "dibp", min_precision: float = 0.85) -> dict[str, dict]:
    """Per category: the threshold with the best F1 of word lists OR learned score on ``posts``,
    among the thresholds whose precision there is at least ``min_precision`` (all of them when
    none is)."""
    from eval_rules import to_item  # type: ignore[import-not-found]

    from auditor.config import load_profile
    from auditor.engine import active_rules, run_rules
    from auditor.rules.learned import _elsewhere, score

    profile = load_profile(profile_name)
    rules = [r for r in active_rules(profile) if r.code not in LEARNED_CODES.values()]
    word = {p["id"]: {str(f.category) for f in run_rules([to_item(p)], rules, profile)} for p in posts}
    families = {
        "operational_detail": "operations",
        "official_comment": "comment",
        "colleague_exposure": "colleagues",
        "uniform": "attire",
    }
    report: dict[str, dict] = {}
    for cat in model["categories"]:
        rows = []
        for p in posts:
            text = p["text"]
            prob = 0.0
            if len(text) >= 12 and not _elsewhere(text, profile, families[cat]):
                prob = score(text, model, cat)[0]
            rows.append((cat in p["labels"], cat in word[p["id"]], prob))
        curve = []
        for step in range(30, 96):
            t = step / 100
            tp = sum(1 for y, wd, pr in rows if y and (wd or pr >= t))
            fp = sum(1 for y, wd, pr in rows if not y and (wd or pr >= t))
            fn = sum(1 for y, wd, pr in rows if y and not (wd or pr >= t))
            f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            curve.append((f1, t, tp, fp, fn, tp / (tp + fp) if tp + fp else 1.0))
        precise = [c for c in curve if c[5] >= min_precision] or curve
        top = max(c[0] for c in precise)
        plateau = [c for c in precise if c[0] == top]
        best = plateau[len(plateau) // 2]  # the middle of the best run, not its edge
        report[cat] = {"threshold": best[1], "f1": round(best[0], 3), "tp": best[2], "fp": best[3], "fn": best[4]}
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "auditor" / "data" / "text_model_dibp.json"))
    ap.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS))
    # blind*.jsonl are the honest measures (tests/eval/README.md): training on it would void it
    ap.add_argument(
        "--calibrate", default=DEFAULT_CALIBRATION, help="set used to choose thresholds (never trained on); '' for 0.5"
    )
    ap.add_argument("--balance", type=float, default=0.25)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--min-precision", type=float, default=0.85, help="precision a threshold must keep on the calibration set")
    args = ap.parse_args(argv)
    if any(name.startswith("blind") for name in [*args.sets, args.calibrate]):
        raise SystemExit("refusing to use a blind set (blind*.jsonl): they are the untouched measures")
    if args.calibrate and args.calibrate in args.sets:
        raise SystemExit("the calibration set must not be a training set")
    posts = []
    for name in args.sets:
        posts += _read(name)
    model = train(posts, balance=args.balance, l2=args.l2)
    model["sets"] = list(args.sets)
    if args.calibrate:
        sys.path.insert(0, str(ROOT / "bench"))
        report = calibrate(model, _read(args.calibrate), min_precision=args.min_precision)
        model["thresholds"] = {c: r["threshold"] for c, r in report.items()}
        model["calibrated_on"] = args.calibrate
        for cat, r in report.items():
            print(
                f"  {cat:22} threshold {r['threshold']:.2f}  F1 {r['f1']:.3f}  tp/fp/fn {r['tp']}/{r['fp']}/{r['fn']} on {args.calibrate}"
            )
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    sizes = {c: len(m["weights"]) for c, m in model["categories"].items()}
    print(f"trained on {len(posts)} posts from {', '.join(args.sets)}; weights kept: {sizes}; wrote {args.out}")
    return 0


def _read(name: str) -> list[dict]:
    path = ROOT / "tests" / "eval" / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


if __name__ == "__main__":
    raise SystemExit(main())
