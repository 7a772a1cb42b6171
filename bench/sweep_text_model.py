"""Sweep the learned model's settings on out-of-fold scores and on held-out sets, without rerunning
the trainer per variant.

Usage:  python bench/sweep_text_model.py [--variants base l2=0.5 ...] [--heldout FILE ...]
            [--cache /tmp/sweep_text_model.pkl] [--folds 5] [--out table.json] [--write PATH.json]

Reads the trainer's default sets (``bench/train_text_model.py``'s DEFAULT_SETS; the blind sets are
refused, as the trainer refuses them) and computes once what every variant shares: each post's word,
stem, pair, negation and meta features, its character n-gram counts, its static embedding, what the
profile's word-list rules find in it and the learned rules' gates (``elsewhere``, the colleague rule's
work frame). A variant is a set of ``key=value`` settings over the trainer's defaults:

- ``l2``, ``balance``, ``char_scale``, ``emb_scale``, ``min_df``: the logistic regression's settings;
- ``floor`` (the precision a threshold must keep, 0.8) and ``pick`` (the trainer's
  ``pick_threshold``: ``1se``, its default, the balanced threshold among those within one standard
  error of the best F1; ``f1``; or ``minpr``, the largest smaller-of-precision-and-recall);
- ``weigh`` (``none``, or ``profile``/``set``: every profile's or every set's posts weigh the same in the
  fit, however many there are);
- ``model=mlp`` (with ``hidden`` and ``alpha``): one network with one hidden layer over the same
  matrix, out of fold only (the package has no inference for it).

Per fold (whole writers per fold, dealt as the trainer deals them) the feature vocabulary, the character
idf and the matrices are built from the training posts only, then each variant is refitted; a post's
out-of-fold score is its fold model's, and the thresholds are chosen as the trainer's ``calibrate``
chooses them ("word lists or learned", best F1 with precision >= floor). With ``--heldout`` the model
fitted on every training post, with those thresholds, is put in place of the shipped one in this
process only, and ``bench/eval_rules.py``'s own ``predict`` scores each file through the profile its
name says (``train33_qld_x`` is qld; others dibp). Prints one row per variant: out-of-fold F1 and
tp/fp/fn per category, then the held-out tp/fp/fn summed over the files. Writes a model only where
``--write PATH.json`` asks (the first variant's full fit, as the trainer writes it); deterministic (scikit-learn's lbfgs, the network with a fixed seed). Each variant's
out-of-fold scores and full fit are kept beside the cache (``<cache>.d``), so a rerun only scores.
"""

from __future__ import annotations

import argparse
import glob as globmod
import hashlib
import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import eval_rules  # noqa: E402
import train_text_model as trainer  # noqa: E402

from auditor.config import load_profile  # noqa: E402
from auditor.engine import active_rules, run_rules  # noqa: E402
from auditor.rules import learned  # noqa: E402
from auditor.rules.base import per_profile, searched, word_pattern  # noqa: E402
from auditor.rules.embedding import embed  # noqa: E402
from auditor.rules.features import WORK_FRAME, elsewhere  # noqa: E402
from auditor.rules.linear import attach_arrays, char_grams, features  # noqa: E402
from auditor.rules.meta import meta_features  # noqa: E402

CATS = trainer.CATEGORIES
FAMILIES = {
    "operational_detail": "operations",
    "official_comment": "comment",
    "colleague_exposure": "colleagues",
    "uniform": "attire",
}
DEFAULTS = {
    "l2": 1.0,
    "balance": 0.25,
    "char_scale": 3.0,
    "emb_scale": 2.0,
    "min_df": 2,
    "floor": 0.8,
    "pick": "1se",
    "weigh": "none",
    "model": "linear",
    "hidden": 16,
    "alpha": 0.001,
}


def parse_variant(spec: str) -> dict:
    """``base`` or ``key=value,key=value`` over DEFAULTS."""
    out = dict(DEFAULTS)
    if spec == "base":
        return out
    for part in spec.split(","):
        key, _, value = part.partition("=")
        if key not in DEFAULTS:
            raise SystemExit(f"unknown setting {key!r} in {spec!r}")
        out[key] = type(DEFAULTS[key])(value) if not isinstance(DEFAULTS[key], str) else value
    return out


def shared(sets: list[str], cache: Path) -> dict:
    """What every variant reads, computed once (and kept in ``cache``, keyed by the sets' bytes)."""
    key = hashlib.sha256()
    for name in sets:
        key.update((ROOT / "tests" / "eval" / f"{name}.jsonl").read_bytes())
    for mod in ("linear", "meta", "features", "embedding"):
        key.update((ROOT / "auditor" / "rules" / f"{mod}.py").read_bytes())
    digest = key.hexdigest()
    if cache.is_file():
        data = pickle.loads(cache.read_bytes())
        if data.get("digest") == digest:
            return data
    start = time.time()
    data = {name: trainer._read(name) for name in sets}
    posts = [p for name in sets for p in data[name]]
    set_of = [name for name in sets for _p in data[name]]
    profiles = {name: load_profile(name) for name in {p["_profile"] for p in posts}}
    rules = {n: [r for r in active_rules(pr) if r.code not in trainer.LEARNED_CODES.values()] for n, pr in profiles.items()}
    feats, grams, word, gate, frame = [], [], [], {c: [] for c in CATS}, []
    for p in posts:
        prof = profiles[p["_profile"]]
        text = p["text"]
        feats.append(features(text) | meta_features(text, prof))
        grams.append(dict(char_grams(text)))
        word.append({str(f.category) for f in run_rules([eval_rules.to_item(p)], rules[prof.name], prof)})
        for cat in CATS:
            gate[cat].append(len(text) >= 12 and not elsewhere(text, prof, FAMILIES[cat]))
        cues = per_profile(
            prof, "learned-work-frame", lambda q: word_pattern(q.terms("colleagues", "cues") + q.terms("uniform", "context"))
        )
        frame.append(bool(searched(WORK_FRAME, text)) or (cues is not None and cues.search(text) is not None))
    out = {
        "digest": digest,
        "sets": sets,
        "set_of": set_of,
        "profile_of": [p["_profile"] for p in posts],
        "labels": {c: np.array([int(c in p["labels"]) for p in posts]) for c in CATS},
        "feats": feats,
        "grams": grams,
        "emb": np.array([embed(p["text"]) for p in posts], dtype=np.float64),
        "word": {c: np.array([c in w for w in word]) for c in CATS},
        "gate": {c: np.array(g) for c, g in gate.items()},
        "frame": np.array(frame),
    }
    cache.write_bytes(pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL))
    print(f"  shared features of {len(posts)} posts in {time.time() - start:.0f} s", flush=True)
    return out


def folds_of(data: dict, folds: int) -> np.ndarray:
    """Each post's fold: whole sets, each writer's files together (the trainer's ``deal_folds``)."""
    sizes_by_set: dict[str, int] = {name: 0 for name in data["sets"]}
    for name in data["set_of"]:
        sizes_by_set[name] += 1
    fold_of_set = trainer.deal_folds(sizes_by_set, folds)
    return np.array([fold_of_set[n] for n in data["set_of"]])


class Global:
    """Every feature and n-gram of every post with a global column, so a fold's vocabulary is a column mask."""

    def __init__(self, data: dict) -> None:
        n = len(data["feats"])
        self.words = sorted({t for f in data["feats"] for t in f})
        wi = {t: i for i, t in enumerate(self.words)}
        rows = [r for r, f in enumerate(data["feats"]) for _t in f]
        cols = [wi[t] for f in data["feats"] for t in f]
        self.W = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(self.words)))
        self.chars = sorted({g for c in data["grams"] for g in c})
        ci = {g: i for i, g in enumerate(self.chars)}
        rows = [r for r, c in enumerate(data["grams"]) for _g in c]
        cols = [ci[g] for c in data["grams"] for g in c]
        vals = [v for c in data["grams"] for v in c.values()]
        self.C = csr_matrix((np.array(vals, dtype=np.float64), (rows, cols)), shape=(n, len(self.chars)))
        self.E = data["emb"]

    def blocks(self, train: np.ndarray, min_df: int) -> tuple:
        """(words, chars tf-idf with unit rows, embedding, word columns, char columns, idf) for every post,
        with the vocabulary and idf of the ``train`` rows."""
        wdf = np.asarray((self.W[train] > 0).sum(axis=0)).ravel()
        wcols = np.flatnonzero(wdf >= min_df)
        cdf = np.asarray((self.C[train] > 0).sum(axis=0)).ravel()
        ccols = np.flatnonzero(cdf >= min_df)
        n = int(train.sum())
        idf = np.log((1 + n) / (1 + cdf[ccols])) + 1.0
        idf = idf.astype(np.float32).astype(np.float64)  # the trainer keeps idf as float32
        chars = self.C[:, ccols].tocsr(copy=True)
        chars.data = (1.0 + np.log(chars.data)) * idf[chars.indices]
        norms = np.sqrt(np.asarray(chars.multiply(chars).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        chars = csr_matrix(chars.multiply(1.0 / norms[:, None]))
        return self.W[:, wcols].tocsr(), chars, self.E, wcols, ccols, idf


def weights_for(data: dict, rows: np.ndarray, y: np.ndarray, v: dict) -> np.ndarray:
    """Each training post's weight: positives by (negatives / positives) ** balance, and with
    ``weigh`` every profile's or set's posts together weighing as much as any other's."""
    pos = max(1, int(y.sum()))
    n = len(y)
    w = np.where(y == 1, ((n - pos) / pos) ** v["balance"], 1.0)
    if v["weigh"] != "none":
        key = np.array(data["profile_of"] if v["weigh"] == "profile" else data["set_of"])[rows]
        groups, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
        w = w * (n / len(groups)) / counts[inverse]
    return w


def fit_all(X, data: dict, rows: np.ndarray, v: dict) -> list:
    """One logistic regression per category, or with ``model=mlp`` one network with one hidden layer
    of ``hidden`` ReLU units and the four categories as outputs (L2 ``alpha``; positives of any
    category weighted by the mean balance weight)."""
    if v["model"] == "mlp":
        from sklearn.neural_network import MLPClassifier  # lazy: only the network variant needs it

        Y = np.stack([data["labels"][c][rows] for c in CATS], axis=1)
        w = np.mean([weights_for(data, rows, Y[:, k], v) for k in range(len(CATS))], axis=0)
        net = MLPClassifier(
            hidden_layer_sizes=(v["hidden"],), alpha=v["alpha"], max_iter=30, random_state=0, early_stopping=False
        )
        net.fit(X, Y, sample_weight=w)
        return [net]
    out = []
    for cat in CATS:
        y = data["labels"][cat][rows]
        clf = LogisticRegression(C=1.0 / v["l2"], max_iter=5000, tol=1e-6)
        clf.fit(X, y, sample_weight=weights_for(data, rows, y, v))
        out.append((float(clf.intercept_[0]), clf.coef_[0].copy()))
    return out


def design(blocks: tuple, v: dict):
    words, chars, emb = blocks[:3]
    return hstack([words, chars * v["char_scale"], csr_matrix(emb * v["emb_scale"])]).tocsr()


def choose(y: np.ndarray, wd: np.ndarray, prob: np.ndarray, floor: float, pick: str) -> dict:
    """The trainer's threshold choice (``train_text_model.pick_threshold``: ``1se``, its default,
    ``f1`` or ``minpr``) on "word lists or learned score", thresholds 0.15 to 0.95."""
    curve = []
    for step in range(15, 96):
        t = step / 100
        fired = wd | (prob >= t)
        tp = int((fired & (y == 1)).sum())
        fp = int((fired & (y == 0)).sum())
        fn = int((~fired & (y == 1)).sum())
        curve.append((t, tp, fp, fn))
    return trainer.pick_threshold(curve, floor, pick)


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))


def out_of_fold(data: dict, glob: Global, fold: np.ndarray, v: dict, folds: int, store: Path) -> dict:
    """The variant's out-of-fold probabilities per category (kept in ``store`` under the variant's fit settings)."""
    path = store / f"oof-{fit_key(data, v)}.npz"
    if path.is_file():
        with np.load(path) as saved:
            return {c: saved[c] for c in CATS}
    n = len(fold)
    probs = {c: np.zeros(n) for c in CATS}
    for k in range(folds):
        train, test = fold != k, fold == k
        rows = np.flatnonzero(train)
        X = design(glob.blocks(train, v["min_df"]), v)
        start = time.time()
        fits = fit_all(X[rows], data, rows, v)
        Xt = X[test]
        if v["model"] == "mlp":
            out = fits[0].predict_proba(Xt)
            raw = {cat: out[:, i] for i, cat in enumerate(CATS)}
        else:
            raw = {cat: sigmoid(Xt @ coef + b) for cat, (b, coef) in zip(CATS, fits, strict=True)}
        ops = raw["operational_detail"]
        for cat in CATS:
            p = raw[cat] * data["gate"][cat][test]
            if cat == "colleague_exposure":  # the fold model has no thresholds: work_frame's limit is 0.5
                p = p * (data["frame"][test] | (ops >= 0.5))
            probs[cat][test] = p
        print(f"  fold {k} fitted in {time.time() - start:.0f} s", flush=True)
    np.savez(path, **probs)
    return probs


FIT_KEYS = ("l2", "balance", "char_scale", "emb_scale", "min_df", "weigh", "model", "hidden", "alpha")


def fit_key(data: dict, v: dict) -> str:
    """A name for a variant's fit (its settings but the threshold choice, and the data)."""
    text = json.dumps([data["digest"], [v[k] for k in FIT_KEYS]])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def full_model(data: dict, glob: Global, v: dict, thresholds: dict, store: Path) -> tuple[dict, dict]:
    """The model fitted on every training post, in the trainer's format (``train_v3``); the fit is
    kept in ``store``, so variants that differ only in their thresholds share it."""
    n = len(data["set_of"])
    everything = np.ones(n, dtype=bool)
    blocks = glob.blocks(everything, v["min_df"])
    path = store / f"full-{fit_key(data, v)}.npz"
    if path.is_file():
        with np.load(path) as saved:
            fits = [(float(b), c) for b, c in zip(saved["bias"], saved["coef"], strict=True)]
    else:
        fits = fit_all(design(blocks, v), data, np.arange(n), v)
        np.savez(path, bias=np.array([b for b, _c in fits]), coef=np.array([c for _b, c in fits]))
    wcols, ccols, idf = blocks[3:]
    nw, nc = len(wcols), len(ccols)
    coef = np.array([c for _b, c in fits]).T.astype(np.float32)
    word_w, char_w, emb_w = coef[:nw], coef[nw : nw + nc], coef[nw + nc :]
    keep = np.abs(word_w).max(axis=1) >= 0.005
    model = {
        "features": "v3",
        "meta": True,
        "profile": "own",
        "threshold": 0.5,
        "trained_on": n,
        "order": list(CATS),
        "char_scale": v["char_scale"],
        "emb_scale": v["emb_scale"],
        "embedding": "minilm_static",
        "categories": {c: {"bias": round(b, 4)} for c, (b, _w) in zip(CATS, fits, strict=True)},
        "thresholds": thresholds,
    }
    arrays = {
        "word_vocab": np.array([glob.words[i] for i, k in zip(wcols, keep, strict=True) if k]),
        "word_w": word_w[keep],
        "char_vocab": np.array([glob.chars[i] for i in ccols]),
        "char_idf": idf.astype(np.float32),
        "char_w": char_w,
        "emb_w": emb_w,
    }
    return model, arrays


def held_out(model: dict, arrays: dict, files: list[Path], tag: str) -> dict:
    """tp/fp/fn per category summed over ``files``, scored by eval_rules with ``model`` as the
    profiles' linear model (in this process only)."""
    attach_arrays(model, arrays, tag)
    original = learned.load_linear
    learned.load_linear = lambda name: model  # every profile's text_models names the one shared model
    try:
        sums = {c: [0, 0, 0] for c in CATS}
        for path in files:
            posts = eval_rules.load_set(path)
            prof = load_profile(trainer.profile_of_set(path.stem))
            table = eval_rules.score(posts, eval_rules.predict(posts, prof))
            for c in CATS:
                for i, key in enumerate(("tp", "fp", "fn")):
                    sums[c][i] += table[c][key]
    finally:
        learned.load_linear = original
    return sums


def write_model(data: dict, glob: Global, v: dict, report: dict, args: argparse.Namespace, path: Path, store: Path) -> None:
    """The variant's full model in the trainer's files (`train_text_model.main`'s JSON and npz)."""
    model, arrays = full_model(data, glob, v, {c: r["threshold"] for c, r in report.items()}, store)
    model["sets"] = list(args.sets)
    model["calibrated_on"] = f"out-of-fold scores, {args.folds} folds of whole writers (every set of one writer in one fold)"
    trainer._write_npz(path.with_suffix(".npz"), arrays)
    path.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"  wrote {path} and its .npz", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variants", nargs="+", default=["base"])
    ap.add_argument("--sets", nargs="+", default=list(trainer.DEFAULT_SETS))
    ap.add_argument(
        "--heldout",
        nargs="*",
        default=[],
        help="labelled files (glob patterns, read when a variant is done) scored by the full model, never trained on",
    )
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cache", default="/tmp/sweep_text_model.pkl")
    ap.add_argument("--out", default="", help="append each variant's row (JSON lines) here")
    ap.add_argument(
        "--write",
        default="",
        help="write the first variant's full model here (a .json path; its .npz beside it), as the trainer writes it",
    )
    args = ap.parse_args(argv)
    if any(Path(n).name.startswith("blind") for n in [*args.sets, *args.heldout]):
        raise SystemExit("refusing to use a blind set (blind*.jsonl): they are the untouched measures")
    variants = [parse_variant(s) for s in args.variants]
    data = shared(args.sets, Path(args.cache))
    store = Path(args.cache).with_suffix(".d")
    store.mkdir(exist_ok=True)
    glob = Global(data)
    fold = folds_of(data, args.folds)
    for spec, v in zip(args.variants, variants, strict=True):
        print(f"{spec}:", flush=True)
        probs = out_of_fold(data, glob, fold, v, args.folds, store)
        report = {c: choose(data["labels"][c], data["word"][c], probs[c], v["floor"], v["pick"]) for c in CATS}
        row = {"variant": spec, "oof": report}
        files = sorted({Path(f) for pattern in args.heldout for f in globmod.glob(pattern)})
        if files and v["model"] == "linear":  # the network has no inference in the package
            model, arrays = full_model(data, glob, v, {c: r["threshold"] for c, r in report.items()}, store)
            row["heldout"] = held_out(model, arrays, files, f"__sweep_{fit_key(data, v)}__")
            row["heldout_files"] = [f.name for f in files]
        cells = "  ".join(f"{c[:4]} {r['f1']:.3f} {r['tp']}/{r['fp']}/{r['fn']} t{r['threshold']:.2f}" for c, r in report.items())
        line = f"{spec:40} {cells}"
        if "heldout" in row:
            line += f"  | held ({len(files)} files) " + "  ".join(
                f"{c[:4]} {'/'.join(map(str, s))}" for c, s in row["heldout"].items()
            )
        print(line, flush=True)
        if args.write and spec == args.variants[0]:
            write_model(data, glob, v, report, args, Path(args.write), store)
        if args.out:
            with open(args.out, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
