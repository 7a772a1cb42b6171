"""Compare the text designs on held-out labelled sets: word lists + linear model vs transformer.

Usage:  python bench/compare_text_models.py --linear /tmp/lr/text_model_cmp.json --textnet auditor/data/textnet
            [--sets train17 train18 train19 train20 train_tas_1 aps dev9 dev10] [--json OUT]

Scores, per set group and category (precision / recall / F1, tp/fp/fn):

* W   word lists only (the four learned rules OPS105, OFC104, COL102, UNI102 off);
* (a) the current design: word lists + the linear "learned second opinion" as shipped, i.e.
      only for profiles that list a model (dibp); ``a*`` runs the linear model for every profile;
* (b) the transformer alone: a category fires when its score passes its threshold (after the
      first stage), no word-list rule at all;
* (d) word lists + the mean of the two models' scores (the four learned categories, same
      exclusions, thresholds chosen on dev9+dev10 at precision >= 0.85), an ensemble;
* (c) word lists + the transformer in the learned rules' place (the same four codes, the same
      exclusions and work-frame check), i.e. what a profile with ``text_models = ["textnet"]``
      runs; ``c+`` also lets the transformer add the other four categories.

Both models must have been trained without the scored sets (train_text_model.py and
train_transformer.py take ``--sets``); dev9 and dev10 chose both models' thresholds, so their
rows are tuned figures. The blind sets are refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_rules import TEXT_CATEGORIES, to_item  # noqa: E402
from train_transformer import profile_of, refuse_blind  # noqa: E402

from auditor.config import load_profile  # noqa: E402
from auditor.engine import active_rules, run_rules  # noqa: E402
from auditor.rules import learned, transformer  # noqa: E402
from auditor.rules.colleagues import names_someone  # noqa: E402

LEARNED = ("OPS105", "OFC104", "COL102", "UNI102")
GROUPS = {
    "dibp held out (train17-20)": ("train17", "train18", "train19", "train20"),
    "tas, an organisation neither model saw (train_tas_1)": ("train_tas_1",),
    "aps sanity set (aps)": ("aps",),
    "aps, qld, vic, tas second batches (train_*_2, written after the models)": (
        "train_aps_2",
        "train_qld_2",
        "train_vic_2",
        "train_tas_2",
    ),
    "dev9+dev10 (thresholds chosen here: tuned)": ("dev9", "dev10"),
}


def read(name: str) -> list[dict]:
    refuse_blind([name])
    path = ROOT / "tests" / "eval" / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def linear_model(path: Path) -> dict:
    import numpy as np

    model = json.loads(path.read_text(encoding="utf-8"))
    with np.load(path.with_suffix(".npz"), allow_pickle=False) as data:
        learned.attach_arrays(model, {k: data[k] for k in data.files}, "__compare__")
    return model


def fired(posts: list[dict], profile, rules, models: list[dict] | None) -> dict[str, set[str]]:
    """post id -> categories that fire, with the learned rules reading ``models``."""
    original = learned._models
    if models is not None:
        learned._models = lambda _profile: models
    try:
        return {p["id"]: {str(f.category) for f in run_rules([to_item(p)], rules, profile)} for p in posts}
    finally:
        learned._models = original


FAMILIES = {
    "operational_detail": "operations",
    "official_comment": "comment",
    "colleague_exposure": "colleagues",
    "uniform": "attire",
}


def mean_scores(post: dict, profile, linear: dict, net: dict) -> dict[str, float]:
    """The mean of the linear and transformer scores per learned category (0 where the learned
    rule would not look: short texts, other workplaces, no one named for colleagues)."""
    from auditor.rules.features import elsewhere

    text = post["text"]
    out = {}
    for cat, family in FAMILIES.items():
        if len(text) < 12 or elsewhere(text, profile, family):
            out[cat] = 0.0
            continue
        if cat == "colleague_exposure" and not (names_someone(text, profile) and not learned.not_a_colleague(text, profile)):
            out[cat] = 0.0  # as COL102 asks in the ensemble (`learned._ensemble_match`)
            continue
        out[cat] = (learned.probability(text, linear, cat, profile) + learned.probability(text, net, cat, profile)) / 2
    return out


def mean_thresholds(linear: dict, net: dict, sets: tuple[str, ...] = ("dev9", "dev10")) -> dict[str, float]:
    """Per learned category, the best-F1 threshold of the mean score on ``sets`` (dev9+dev10 unless
    --calibrate names others) at precision >= 0.85 (the model alone, as
    train_transformer.choose_thresholds does)."""
    from train_transformer import choose_thresholds

    by_set = {name: read(name) for name in sets}
    posts = [p for batch in by_set.values() for p in batch]
    profiles = {name: load_profile(profile_of(name)) for name in sets}
    rows = [mean_scores(p, profiles[name], linear, net) for name, batch in by_set.items() for p in batch]
    cats = list(FAMILIES)
    probs = [[r[c] for c in cats] for r in rows]
    import train_transformer

    saved = train_transformer.CATEGORIES
    train_transformer.CATEGORIES = tuple(cats)
    try:
        return choose_thresholds(posts, probs, 0.85)
    finally:
        train_transformer.CATEGORIES = saved


# a calibration post: its labels, the categories the word lists found, the mean score per learned category
Row = tuple[set[str], set[str], dict[str, float]]


def shipped_thresholds(
    linear: dict,
    net: dict,
    groups: list[tuple[str, ...]],
    tolerance: float = 0.0,
    prefer: dict[str, float] | None = None,
) -> dict[str, float]:
    """Per learned category, the threshold of the mean score that gives the best F1 of what ships:
    the word lists' findings with the learned rule's added (a post counts when either fires), not
    the model alone. With several ``groups`` of sets (writers briefed differently, say), the best
    mean of the groups' F1s, so that no group outweighs another by its size. Of the thresholds
    within ``tolerance`` of the best, the one nearest ``prefer``'s (the thresholds in use: a move
    that gains less than the tolerance is noise), else the lowest (it keeps the most recall)."""
    rows: list[list[Row]] = []
    for sets in groups:
        rows.append([])
        for name in sets:
            profile = load_profile(profile_of(name))
            batch = read(name)
            words = fired(batch, profile, [r for r in active_rules(profile) if r.code not in LEARNED], None)
            rows[-1] += [(set(p["labels"]), words[p["id"]], mean_scores(p, profile, linear, net)) for p in batch]
    return {cat: pick_threshold(rows, cat, tolerance, (prefer or {}).get(cat)) for cat in FAMILIES}


def pick_threshold(groups: list[list[Row]], cat: str, tolerance: float = 0.0, prefer: float | None = None) -> float:
    """The threshold (0.05 to 0.95) of ``shipped_thresholds``: each row is a post's labels, the
    categories the word lists found and the mean scores; a post is found when the word lists found
    it or its mean score reaches the threshold."""
    curve = []
    for step in range(5, 96):
        t = step / 100
        f1s = []
        for group in groups:
            tp = fp = fn = 0
            for labels, words, mean in group:
                hit = cat in words or mean.get(cat, 0.0) >= t
                tp += hit and cat in labels
                fp += hit and cat not in labels
                fn += not hit and cat in labels
            f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
        curve.append((sum(f1s) / len(f1s), t))
    best = max(f for f, _t in curve)
    near = [t for f, t in curve if f >= best - tolerance]
    return min(near, key=lambda t: (abs(t - prefer), t)) if prefer is not None else min(near)


def predict(
    posts: list[dict], profile_name: str, linear: dict, net: dict, mean_t: dict[str, float]
) -> dict[str, dict[str, set[str]]]:
    profile = load_profile(profile_name)
    rules = active_rules(profile)
    words = [r for r in rules if r.code not in LEARNED]
    learned_rules = [r for r in rules if r.code in LEARNED]
    w = fired(posts, profile, words, None)
    lin = fired(posts, profile, learned_rules, [linear])
    neural = fired(posts, profile, learned_rules, [net])
    alone = {}
    for p in posts:
        probs = transformer.scores(p["text"], profile, net["name"])
        alone[p["id"]] = {c for c, v in probs.items() if v >= transformer.threshold(net, c)}
    shipped = bool(profile.terms("rules", "text_models"))
    out: dict[str, dict[str, set[str]]] = {k: {} for k in ("W", "a", "a*", "b", "c", "c+", "d")}
    for p in posts:
        i = p["id"]
        out["W"][i] = w[i]
        out["a*"][i] = w[i] | lin[i]
        out["a"][i] = out["a*"][i] if shipped else w[i]
        out["b"][i] = alone[i]
        out["c"][i] = w[i] | neural[i]
        out["c+"][i] = w[i] | neural[i] | alone[i]
        out["d"][i] = w[i] | {c for c, v in mean_scores(p, profile, linear, net).items() if v >= mean_t[c]}
    return out


def _set_names(names: list[str]) -> str:
    """The calibration sets as a person reads them: "train35_* (6 sets)+train36_* (6 sets)" where a
    round's sets are named by their round ("train35-40_* (36 sets)" for rounds in a row), else each
    by its name."""
    rounds: dict[str, list[str]] = {}
    for name in names:
        rounds.setdefault(name.split("_")[0] if "_" in name else name, []).append(name)
    runs: list[list] = []  # [first round, last round, sets] of rounds in a row, or [name, None, 1]
    for r, sets in rounds.items():
        number = int(r[5:]) if len(sets) > 1 and r.startswith("train") and r[5:].isdigit() else None
        if number is not None and runs and runs[-1][1] == number - 1:
            runs[-1][1] = number
            runs[-1][2] += len(sets)
        elif number is not None:
            runs.append([number, number, len(sets)])
        else:
            runs += [[name, None, 1] for name in sets]
    return "+".join(
        run[0] if run[1] is None else f"train{run[0]}{'' if run[0] == run[1] else f'-{run[1]}'}_* ({run[2]} sets)" for run in runs
    )


def write_ensemble(
    folder: Path,
    linear_path: Path,
    mean_t: dict[str, float],
    calibrate: list[str],
    floor: dict[str, float],
    twin_path: Path | None = None,
    bars: dict[str, dict[str, float]] | None = None,
) -> None:
    """Record the ensemble (``auditor.rules.learned``: the mean of the linear and transformer scores)
    in the model folder's textnet.json: its thresholds, the sets that chose them, the linear model
    they were chosen with and the floor under which the transformer is not run. ``twin_path``: the
    linear model that scored the calibration sets, when it is not the shipped one (a twin trained
    on the same sets less the calibration sets)."""
    meta_path = folder / "textnet.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["ensemble"] = {
        "linear": linear_path.stem.removeprefix("text_model_"),
        "linear_trained_on": json.loads(linear_path.read_text(encoding="utf-8")).get("trained_on"),
        "thresholds": mean_t,
        "floor": {cat: float(floor.get(cat, 0.0)) for cat in mean_t},
        "calibrated_on": _set_names(calibrate),
    }
    for name, bar in (bars or {}).items():
        if bar:
            # a higher bar (`learned._ensemble_match`): "unnamed", a colleague titled but not named;
            # "sure", a text the word lists read as another workplace's; "alone", the linear score
            # at which the word model decides without the transformer
            meta["ensemble"][name] = {cat: float(v) for cat, v in bar.items()}
    if twin_path is not None and twin_path.resolve() != linear_path.resolve():
        meta["ensemble"]["calibrated_with_linear_trained_on"] = json.loads(twin_path.read_text(encoding="utf-8")).get(
            "trained_on"
        )
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote the ensemble's thresholds into {meta_path}")


def table(posts: list[dict], pred: dict[str, set[str]]) -> dict[str, tuple[int, int, int]]:
    out = {}
    for cat in TEXT_CATEGORIES:
        tp = sum(1 for p in posts if cat in p["labels"] and cat in pred[p["id"]])
        fp = sum(1 for p in posts if cat not in p["labels"] and cat in pred[p["id"]])
        fn = sum(1 for p in posts if cat in p["labels"] and cat not in pred[p["id"]])
        out[cat] = (tp, fp, fn)
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * tp / (2 * tp + fp + fn) if tp else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--linear", required=True, help="linear model JSON (with its .npz) trained without the scored sets")
    ap.add_argument("--textnet", required=True, help="transformer model folder trained without the scored sets")
    ap.add_argument("--json", help="write every count here")
    ap.add_argument("--score", nargs="+", help="score these sets, as one group, instead of the groups above")
    ap.add_argument(
        "--calibrate",
        nargs="+",
        action="append",
        help="sets that choose the mean score's thresholds (default dev9 dev10); given more than once, each is a group "
        "that --objective shipped weighs equally",
    )
    ap.add_argument(
        "--objective",
        choices=("model", "shipped"),
        default="model",
        help="how --calibrate chooses the thresholds: 'model', the best F1 of the mean score alone at precision >= 0.85; "
        "'shipped', the best F1 of the word lists with the learned rule added, the mean over the --calibrate groups "
        "(of the thresholds within --tolerance of it, the one nearest the threshold in use)",
    )
    ap.add_argument(
        "--tolerance",
        type=float,
        default=0.0,
        help="with --objective shipped: thresholds whose F1 is within this of the best are as good; of them, the one "
        "nearest the --textnet folder's ensemble threshold in use (the lowest where it has none)",
    )
    ap.add_argument(
        "--write-ensemble",
        action="store_true",
        help="write the mean score's thresholds into the --textnet folder's textnet.json (what the shipped ensemble reads)",
    )
    ap.add_argument(
        "--shipped-linear",
        help="with --write-ensemble: the linear model that ships, recorded as the ensemble's (default --linear). "
        "--linear is then its twin, trained on the same sets less the calibration sets, so that the thresholds are "
        "chosen on scores of posts neither model saw",
    )
    ap.add_argument(
        "--unnamed-json",
        default="{}",
        help="with --write-ensemble: per category, the mean a text with no one named must reach (JSON, e.g. "
        "'{\"colleague_exposure\": 0.7}'; without it COL102 needs someone named)",
    )
    ap.add_argument(
        "--sure-json",
        default="{}",
        help="with --write-ensemble: per category, the mean that reads past a text the word lists take as another "
        "workplace's, a club's or volunteering (JSON, e.g. '{\"uniform\": 0.8}'; a category not named never does)",
    )
    ap.add_argument(
        "--alone-json",
        default="{}",
        help="with --write-ensemble: per category, the linear score at which the word model decides without the "
        "transformer (JSON, e.g. '{\"uniform\": 0.9}'; a category not named waits for twice its threshold)",
    )
    ap.add_argument(
        "--floor-json",
        default="{}",
        help="with --write-ensemble: per category, the linear score under which the transformer is not run (JSON, e.g. '{\"uniform\": 0.15}'; a category not named has none)",
    )
    args = ap.parse_args(argv)
    groups = [tuple(g) for g in args.calibrate or [["dev9", "dev10"]]]
    args.calibrate = [name for g in groups for name in g]
    refuse_blind([args.linear, args.textnet, *(args.score or []), *args.calibrate])
    linear = linear_model(Path(args.linear))
    net = transformer.register("__compare_textnet__", Path(args.textnet))
    if args.objective == "shipped":
        in_use = net["meta"].get("ensemble", {}).get("thresholds")
        mean_t = shipped_thresholds(linear, net, groups, args.tolerance, in_use)
    else:
        mean_t = mean_thresholds(linear, net, tuple(args.calibrate))
    print(f"thresholds of the mean score ({'+'.join(args.calibrate)}): {mean_t}")
    if args.write_ensemble:
        shipped = Path(args.shipped_linear or args.linear)
        write_ensemble(
            Path(args.textnet),
            shipped,
            mean_t,
            args.calibrate,
            json.loads(args.floor_json),
            Path(args.linear),
            {
                "unnamed": json.loads(args.unnamed_json),
                "sure": json.loads(args.sure_json),
                "alone": json.loads(args.alone_json),
            },
        )
        return 0
    results: dict = {}
    groups = {f"held out ({', '.join(args.score)})": tuple(args.score)} if args.score else GROUPS
    for group, sets in groups.items():
        configs: dict[str, dict[str, set[str]]] = {}
        posts: list[dict] = []
        for name in sets:
            batch = read(name)
            posts += batch
            for key, pred in predict(batch, profile_of(name), linear, net, mean_t).items():
                configs.setdefault(key, {}).update(pred)
        print(f"\n## {group}: {len(posts)} posts ({sum(1 for p in posts if not p['labels'])} with no label)\n")
        print("| category | " + " | ".join(configs) + " |")
        print("|---|" + "---|" * len(configs))
        results[group] = {}
        f1s: dict[str, list[float]] = {k: [] for k in configs}
        for cat in TEXT_CATEGORIES:
            cells = []
            for key, pred in configs.items():
                tp, fp, fn = table(posts, pred)[cat]
                p, r, f1 = prf(tp, fp, fn)
                if tp + fn:
                    f1s[key].append(f1)
                cells.append(f"{p:.2f} / {r:.2f} / {f1:.2f} ({tp}/{fp}/{fn})")
                results[group].setdefault(cat, {})[key] = [tp, fp, fn]
            print(f"| {cat} | " + " | ".join(cells) + " |")
        print("| mean F1 (categories with positives) | " + " | ".join(f"{sum(v) / len(v):.3f}" for v in f1s.values()) + " |")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
