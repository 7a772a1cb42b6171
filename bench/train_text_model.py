"""Train the learned model used by OPS105, OFC104, COL102 and UNI102 (auditor/rules/learned.py).

Usage:  pip install -e ".[train]"
        python bench/train_text_model.py [--out auditor/data/text_model_dibp.json]
            [--sets posts holdout ... train20 dev8 dev9 dev10] [--calibrate cv | SET ...]
            [--folds 5] [--features v3|v2] [--min-precision 0.8]

Reads the labelled sets in tests/eval: by default every dibp training and development set
(about 8,000 posts); the blind sets (blind*.jsonl) are refused, since they measure the model.
Write a new blind set before trusting a retrained model.

Features v3 (the default): the word, word-pair, stem and negation features of
``auditor.rules.learned.features`` and what the profile's word-list machinery sees
(``meta_features``: a person, a department term, a work site, another workplace ...; binary;
seen in at least two posts), character n-grams of
3 to 5 letters (sub-linear tf-idf, unit length), and the 128-number static MiniLM embedding of
``auditor.rules.embedding``, in one L2-regularised logistic regression per category, positives
weighted by (negatives / positives) ** balance, fitted by scikit-learn (deterministic). The JSON
holds the biases, thresholds and provenance; the word, character and embedding weights go to
``text_model_<name>.npz`` beside it. ``--features v2`` is the older
word-only model, fitted in plain Python.

Thresholds: by default (``--calibrate cv``) every training set is dealt, whole and with the
same writer's other file, into one of ``--folds`` folds and each post is scored by a model trained
without its fold, as if its writer were new; or, with ``--calibrate SET ...``, the named sets (kept out of training) are scored by
the final model. On those scores it runs the word-list rules of the profile and picks for each
category a threshold of "word lists or learned score" among those that keep precision >= 0.8
there: by default (``--pick 1se``) of the thresholds whose F1 is within one standard error of the
best, the one that keeps the smaller of precision and recall highest (``pick_threshold``). Never
reads anything outside tests/eval and never uses the network.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.rules.learned import features  # noqa: E402

CATEGORIES = ("operational_detail", "official_comment", "colleague_exposure", "uniform")
DEFAULT_SETS = (
    "posts",
    "holdout",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "train2",
    "train3",
    "train4",
    "train5",
    "train6",
    "train7",
    "train8",
    "train9",
    "train10",
    "train11",
    "train12",
    "train13",
    "train14",
    "train15",
    "train16",
    "train17",
    "train18",
    "train19",
    "train20",
    "dev8",
    "dev9",
    "dev10",
    # the other built-in organisations (aps, qld, vic, tas), so the model is not Home Affairs' only
    "train_aps_1",
    "train_aps_2",
    "train_qld_1",
    "train_qld_2",
    "train_vic_1",
    "train_vic_2",
    "train_tas_1",
    "train_tas_2",
    "train21_qld_a",
    "train21_vic_a",
    "train21_tas_b",
    "train21_qld_b",
    "train21_aps_c",
    "train21_vic_c",
    # a fourth round of independent writers (three, briefed with the guide and the policies only),
    # weighted towards operational detail, colleagues and official comment
    "train22_dibp_p",
    "train22_tas_p",
    "train22_aps_q",
    "train22_qld_q",
    "train22_vic_r",
    "train22_dibp_r",
    # a fifth round of nine independent writers (guide and policies only), December 2026
    "train23_vic_s",
    "train23_aps_s",
    "train23_qld_t",
    "train23_tas_t",
    "train23_vic_u",
    "train23_qld_u",
    "train24_dibp_v",
    "train24_tas_v",
    "train24_aps_w",
    "train24_qld_w",
    "train24_vic_x",
    "train24_dibp_x",
    "train25_qld_y",
    "train25_vic_y",
    "train25_aps_z",
    "train25_tas_z",
    "train25_vic_k",
    "train25_tas_k",
    "train26_dibp_d",
    "train26_aps_d",
    "train26_qld_e",
    "train26_vic_e",
    "train26_tas_f",
    "train26_dibp_f",
    "train27_dibp_g",
    "train27_tas_g",
    "train27_qld_h",
    "train27_aps_h",
    "train27_vic_j",
    "train27_tas_j",
    "train28_dibp_l",
    "train28_vic_l",
    "train28_aps_m",
    "train28_tas_m",
    "train28_qld_n",
    "train28_aps_n",
    "train29_dibp_o",
    "train29_tas_o",
    "train29_aps_i",
    "train29_vic_i",
    "train29_qld_b",
    "train29_aps_b",
    "train30_dibp_p",
    "train30_vic_p",
    "train30_aps_q",
    "train30_tas_q",
    "train30_qld_r",
    "train30_aps_r",
    "train31_dibp_a",
    "train31_qld_a",
    "train31_tas_c",
    "train31_aps_c",
    "train31_vic_s",
    "train31_dibp_s",
    "train32_tas_e",
    "train32_vic_e",
    "train32_qld_g",
    "train32_aps_g",
    "train32_dibp_h",
    "train32_tas_h",
    "train33_dibp_j",
    "train33_qld_j",
    "train33_aps_k",
    "train33_vic_k",
    "train33_tas_m",
    "train33_dibp_m",
    "train34_vic_n",
    "train34_aps_n",
    "train34_tas_p",
    "train34_dibp_p",
    "train34_qld_r",
    "train34_vic_r",
)
DEFAULT_CALIBRATION = ("cv",)
# the learned rule of each category, disabled when the word lists alone are measured
LEARNED_CODES = {
    "operational_detail": "OPS105",
    "official_comment": "OFC104",
    "colleague_exposure": "COL102",
    "uniform": "UNI102",
}


_SET_PROFILE = re.compile(r"^train(?:\d+)?_(aps|qld|vic|tas)(?:_|$)")


# The sixth organisation (the ATO, tests/eval/profiles/ato.toml) must stay one the model never saw:
# a training post that names it (staff or customer) is left out.
HELD_OUT_ORG = re.compile(r"\bATO\b|\btax(?:ation)? office\b|\bato\.gov\b|\bTaxation\b", re.IGNORECASE)


_SET_WRITER = re.compile(r"^train(\d+)_(?:aps|qld|vic|tas|dibp)_([a-z])$")


def writer_of_set(name: str) -> str:
    """Who wrote a labelled set: from the twenty-first round on each writer wrote two files,
    ``train34_vic_n`` and ``train34_aps_n`` (one round, one letter); every other set is its own
    writer's."""
    m = _SET_WRITER.match(name)
    return f"train{m.group(1)}_{m.group(2)}" if m else name


def deal_folds(sizes: dict[str, int], folds: int) -> dict[str, int]:
    """Each set's fold: every set of one writer in one fold (so a post is scored as if its writer
    were new, not by a model that read the same writer's other file), the writers dealt largest
    first to the fold with the fewest posts."""
    by_writer: dict[str, int] = {}
    for name, size in sizes.items():
        by_writer[writer_of_set(name)] = by_writer.get(writer_of_set(name), 0) + size
    totals = [0] * folds
    fold_of_writer = {}
    for writer in sorted(by_writer, key=lambda w: (-by_writer[w], w)):
        k = totals.index(min(totals))
        fold_of_writer[writer] = k
        totals[k] += by_writer[writer]
    return {name: fold_of_writer[writer_of_set(name)] for name in sizes}


def profile_of_set(name: str) -> str:
    """The profile a labelled set was written for: ``train_qld_1`` and ``train22_vic_r`` are
    Queensland's and Victoria's posts; every other set is about Home Affairs (``dibp``)."""
    m = _SET_PROFILE.match(name)
    return m.group(1) if m else "dibp"


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


def train_v3(
    posts: list[dict],
    categories: tuple[str, ...] = CATEGORIES,
    min_df: int = 2,
    balance: float = 0.25,
    l2: float = 1.0,
    char_scale: float = 3.0,
    emb_scale: float = 2.0,
    profile_name: str = "dibp",
) -> tuple[dict, dict]:
    """Model v3: the v2 word features, plus character n-grams (tf-idf) and the static MiniLM
    embedding (auditor/rules/embedding.py), in one L2-regularised logistic regression per
    category (scikit-learn's lbfgs, deterministic). Returns (JSON part, arrays for the .npz)."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    from auditor.config import load_profile
    from auditor.rules.embedding import embed
    from auditor.rules.learned import char_grams, char_vector
    from auditor.rules.meta import meta_features

    # each post is seen through the word lists of the profile it was written for (a Queensland
    # post's "QPS" is a department term only under qld), as the scan will see it
    profiles = {name: load_profile(name) for name in {p.get("_profile", profile_name) for p in posts}}
    feats = [features(p["text"]) | meta_features(p["text"], profiles[p.get("_profile", profile_name)]) for p in posts]
    df = Counter(t for f in feats for t in f)
    vocab = sorted(t for t, c in df.items() if c >= min_df)
    index = {t: i for i, t in enumerate(vocab)}
    rows, cols = [], []
    for r, f in enumerate(feats):
        for t in f:
            if t in index:
                rows.append(r)
                cols.append(index[t])
    words = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(posts), len(vocab)))

    grams = [char_grams(p["text"]) for p in posts]
    gdf = Counter(g for c in grams for g in c)
    char_vocab = sorted(g for g, c in gdf.items() if c >= min_df)
    cindex = {g: i for i, g in enumerate(char_vocab)}
    n = len(posts)
    idf = np.array([math.log((1 + n) / (1 + gdf[g])) + 1.0 for g in char_vocab], dtype=np.float32)
    rows, cols, vals = [], [], []
    for r, p in enumerate(posts):
        idx, v = char_vector(p["text"], cindex, idf)
        rows += [r] * len(idx)
        cols += idx.tolist()
        vals += v.tolist()
    chars = csr_matrix((np.array(vals) * char_scale, (rows, cols)), shape=(n, len(char_vocab)))
    emb = np.array([embed(p["text"]) for p in posts]) * emb_scale
    X = hstack([words, chars, csr_matrix(emb)]).tocsr()

    out: dict = {
        "features": "v3",
        "meta": True,
        "profile": "own" if len(profiles) > 1 else profile_name,
        "threshold": 0.5,
        "trained_on": len(posts),
        "order": list(categories),
        "char_scale": char_scale,
        "emb_scale": emb_scale,
        "embedding": "minilm_static",
        "categories": {},
    }
    char_w = np.zeros((len(char_vocab), len(categories)), dtype=np.float32)
    emb_w = np.zeros((emb.shape[1], len(categories)), dtype=np.float32)
    nw, nc = len(vocab), len(char_vocab)
    word_w = np.zeros((nw, len(categories)), dtype=np.float32)
    for k, cat in enumerate(categories):
        y = np.array([int(cat in p["labels"]) for p in posts])
        pos = max(1, int(y.sum()))
        weight = ((n - pos) / pos) ** balance
        clf = LogisticRegression(C=1.0 / l2, max_iter=5000, tol=1e-6)
        clf.fit(X, y, sample_weight=np.where(y == 1, weight, 1.0))
        coef = clf.coef_[0]
        out["categories"][cat] = {"bias": round(float(clf.intercept_[0]), 4)}
        word_w[:, k] = coef[:nw]
        char_w[:, k] = coef[nw : nw + nc]
        emb_w[:, k] = coef[nw + nc :]
    keep = np.abs(word_w).max(axis=1) >= 0.005  # words that matter to some category
    arrays = {
        "word_vocab": np.array([w for w, k in zip(vocab, keep, strict=True) if k]),
        "word_w": word_w[keep],
        "char_vocab": np.array(char_vocab),
        "char_idf": idf,
        "char_w": char_w,
        "emb_w": emb_w,
    }
    return out, arrays


PICKS = ("1se", "f1", "minpr")


def pick_threshold(curve: list[tuple[float, int, int, int]], min_precision: float, pick: str = "1se") -> dict:
    """The threshold, from ``curve`` (threshold, tp, fp, fn of "word lists or learned score", in
    rising order), among the thresholds whose precision is at least ``min_precision`` (all of them
    when none is):

    - ``1se`` (the default): of the thresholds whose F1 is within one standard error of the best
      (sqrt(F1 (1 - F1) / positives)), the one with the largest smaller-of-precision-and-recall. The
      F1 curve is flat near its top (out of fold, F1 0.805-0.812 for operational detail from 0.36 to
      0.60), so the best F1's threshold is chance; among thresholds no sample can tell apart, the one
      that keeps both precision and recall highest is the one the targets (both at least 0.85 or
      0.90) ask for;
    - ``f1``: the best F1;
    - ``minpr``: the largest smaller-of-precision-and-recall.

    Ties go to the middle of the run, not its edge."""
    if pick not in PICKS:
        raise ValueError(f"unknown threshold pick {pick!r}")
    rows = []
    for t, tp, fp, fn in curve:
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        rows.append((round(f1, 12), round(min(prec, rec), 12), t, tp, fp, fn, prec))
    precise = [r for r in rows if r[6] >= min_precision] or rows
    if pick == "f1":
        goal = [r[0] for r in precise]
    elif pick == "minpr":
        goal = [r[1] for r in precise]
    else:
        top = max(r[0] for r in precise)
        positives = precise[0][3] + precise[0][5]
        near = top - math.sqrt(top * (1 - top) / max(1, positives))
        goal = [r[1] if r[0] >= near else -1.0 for r in precise]
    best_goal = max(goal)
    plateau = [r for r, g in zip(precise, goal, strict=True) if g == best_goal]
    best = plateau[len(plateau) // 2]  # the middle of the best run, not its edge
    return {"threshold": best[2], "f1": round(best[0], 4), "tp": best[3], "fp": best[4], "fn": best[5]}


def calibrate(
    model: dict,
    posts: list[dict],
    profile_name: str = "dibp",
    min_precision: float = 0.85,
    model_for=None,
    pick: str = "1se",
) -> dict[str, dict]:
    """Per category: the threshold of word lists OR learned score on ``posts`` that ``pick_threshold``
    picks. ``model_for(post)`` gives the model that scores a post (out-of-fold models in
    cross-validation); by default ``model`` scores every post."""
    from eval_rules import to_item  # type: ignore[import-not-found]

    from auditor.config import load_profile
    from auditor.engine import active_rules, run_rules
    from auditor.rules.features import elsewhere
    from auditor.rules.learned import score, work_frame

    profiles = {name: load_profile(name) for name in {p.get("_profile", profile_name) for p in posts}}
    rules = {name: [r for r in active_rules(prof) if r.code not in LEARNED_CODES.values()] for name, prof in profiles.items()}

    def own(p: dict):
        return profiles[p.get("_profile", profile_name)]

    word = {p["id"]: {str(f.category) for f in run_rules([to_item(p)], rules[own(p).name], own(p))} for p in posts}
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
            scorer = model_for(p) if model_for else model
            profile = own(p)
            if len(text) >= 12 and not elsewhere(text, profile, families[cat]):
                if cat != "colleague_exposure" or work_frame(text, profile, scorer):
                    prob = score(text, scorer, cat, profile)[0]
            rows.append((cat in p["labels"], cat in word[p["id"]], prob))
        curve = []
        for step in range(15, 96):
            t = step / 100
            tp = sum(1 for y, wd, pr in rows if y and (wd or pr >= t))
            fp = sum(1 for y, wd, pr in rows if not y and (wd or pr >= t))
            fn = sum(1 for y, wd, pr in rows if y and not (wd or pr >= t))
            curve.append((t, tp, fp, fn))
        report[cat] = pick_threshold(curve, min_precision, pick)
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "auditor" / "data" / "text_model_dibp.json"))
    ap.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS))
    # blind*.jsonl are the honest measures (tests/eval/README.md): training on it would void it
    ap.add_argument(
        "--calibrate",
        nargs="*",
        default=list(DEFAULT_CALIBRATION),
        help="sets used to choose thresholds (never trained on), or 'cv' (default): out-of-fold scores of the training sets; none for 0.5",
    )
    ap.add_argument("--folds", type=int, default=5, help="folds for --calibrate cv (whole writers per fold)")
    ap.add_argument("--balance", type=float, default=0.25)
    ap.add_argument("--features", choices=("v2", "v3"), default="v3", help="v3 (default) needs numpy and scikit-learn")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--char-scale", type=float, default=3.0, help="weight of the character n-gram block")
    ap.add_argument("--emb-scale", type=float, default=2.0, help="weight of the static embedding block")
    ap.add_argument("--min-df", type=int, default=2, help="posts a word or n-gram must be seen in to be kept")
    ap.add_argument(
        "--meta-profile",
        choices=("own", "dibp"),
        default="own",
        help="whose word lists a post's meta features come from: the profile its set was written for (default), or dibp for all",
    )
    ap.add_argument("--min-precision", type=float, default=0.8, help="precision a threshold must keep on the calibration set")
    ap.add_argument("--pick", choices=PICKS, default="1se", help="how a threshold is picked (pick_threshold)")
    args = ap.parse_args(argv)
    if any(name.startswith("blind") for name in [*args.sets, *args.calibrate]):
        raise SystemExit("refusing to use a blind set (blind*.jsonl): they are the untouched measures")
    if set(args.calibrate) & set(args.sets):
        raise SystemExit("the calibration set must not be a training set")
    posts = []
    own = args.meta_profile == "own"
    for name in args.sets:
        posts += _read(name, own)
    arrays = None
    if args.features == "v3":
        model, arrays = train_v3(posts, **_settings(args))
        _write_npz(Path(args.out).with_suffix(".npz"), arrays)
        from auditor.rules.learned import attach_arrays

        attach_arrays(model, arrays, "__training__")
    else:
        model = train(posts, balance=args.balance, l2=args.l2)
    model["sets"] = list(args.sets)
    if args.calibrate == ["cv"]:
        if args.features != "v3":
            raise SystemExit("--calibrate cv needs --features v3")
        sys.path.insert(0, str(ROOT / "bench"))
        by_id = _out_of_fold_models(args.sets, args.folds, own, **_settings(args))
        report = calibrate(model, posts, min_precision=args.min_precision, model_for=lambda p: by_id[p["id"]], pick=args.pick)
        model["thresholds"] = {c: r["threshold"] for c, r in report.items()}
        model["threshold_pick"] = args.pick
        model["calibrated_on"] = f"out-of-fold scores, {args.folds} folds of whole writers (every set of one writer in one fold)"
        for cat, r in report.items():
            print(
                f"  {cat:22} threshold {r['threshold']:.2f}  F1 {r['f1']:.3f}  tp/fp/fn {r['tp']}/{r['fp']}/{r['fn']} out of fold"
            )
    elif args.calibrate:
        sys.path.insert(0, str(ROOT / "bench"))
        report = calibrate(
            model, [p for name in args.calibrate for p in _read(name, own)], min_precision=args.min_precision, pick=args.pick
        )
        model["thresholds"] = {c: r["threshold"] for c, r in report.items()}
        model["threshold_pick"] = args.pick
        model["calibrated_on"] = "+".join(args.calibrate)
        for cat, r in report.items():
            print(
                f"  {cat:22} threshold {r['threshold']:.2f}  F1 {r['f1']:.3f}  tp/fp/fn {r['tp']}/{r['fp']}/{r['fn']} on {model['calibrated_on']}"
            )
    model.pop("_name", None)
    model.pop("_arrays", None)
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    if arrays is not None:
        sizes = {
            "words": len(arrays["word_vocab"]),
            "character n-grams": len(arrays["char_vocab"]),
            "embedding": arrays["emb_w"].shape[0],
        }
    else:
        sizes = {c: len(m["weights"]) for c, m in model["categories"].items()}
    print(f"trained on {len(posts)} posts from {', '.join(args.sets)}; weights kept: {sizes}; wrote {args.out}")
    return 0


def _settings(args: argparse.Namespace) -> dict:
    """The fit's settings from the command line, as `train_v3` takes them."""
    return {
        "balance": args.balance,
        "l2": args.l2,
        "char_scale": args.char_scale,
        "emb_scale": args.emb_scale,
        "min_df": args.min_df,
    }


def _out_of_fold_models(sets: list[str], folds: int, own: bool = True, **settings: float) -> dict[str, dict]:
    """{post id: a model trained without that post's fold}: the sets dealt by ``deal_folds``,
    every file of one writer in one fold, so each post is scored as if its writer were new;
    ``settings`` are `train_v3`'s."""
    from auditor.rules.learned import attach_arrays

    data = {name: _read(name, own) for name in sets}
    groups: list[list[str]] = [[] for _ in range(folds)]
    sizes = [0] * folds
    for name, k in deal_folds({n: len(data[n]) for n in sets}, folds).items():
        groups[k].append(name)
        sizes[k] += len(data[name])
    by_id: dict[str, dict] = {}
    for k, held in enumerate(groups):
        train_posts = [p for n in sets if n not in held for p in data[n]]
        model, arrays = train_v3(train_posts, **settings)
        attach_arrays(model, arrays, f"__fold{k}__")
        print(f"  fold {k}: held {', '.join(held)} ({sizes[k]} posts)")
        for n in held:
            for p in data[n]:
                by_id[p["id"]] = model
    return by_id


def _write_npz(path: Path, arrays: dict) -> None:
    """Compressed arrays, written so that the same model gives the same bytes (fixed zip dates)."""
    import io
    import zipfile

    import numpy as np

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for key in sorted(arrays):
            buf = io.BytesIO()
            np.save(buf, arrays[key], allow_pickle=False)
            info = zipfile.ZipInfo(f"{key}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue())


def _read(name: str, own_profile: bool = True) -> list[dict]:
    """A labelled set's posts, less those naming the held-out sixth organisation, each tagged
    with the profile it is seen through (``_profile``): the one it was written for, or ``dibp``
    for every set with ``own_profile=False``."""
    path = ROOT / "tests" / "eval" / f"{name}.jsonl"
    posts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    posts = [p for p in posts if not HELD_OUT_ORG.search(p["text"])]
    for p in posts:
        p["_profile"] = profile_of_set(name) if own_profile else "dibp"
    return posts


if __name__ == "__main__":
    raise SystemExit(main())
