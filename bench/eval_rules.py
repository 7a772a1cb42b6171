"""Precision and recall of the text rules on the project's labelled evaluation set.

Usage:  python bench/eval_rules.py [--profile dibp] [--errors] [--baseline] [--set tests/eval/posts.jsonl]

Reads tests/eval/posts.jsonl (one post per line: id, text, platform, kind, labels, note and
optionally field), runs every active rule over each post as an Item, and counts a category as
predicted for a post when any finding of that category fires. Prints per-category precision,
recall, F1 and counts; --errors lists every false positive and false negative with its `why`;
--baseline also scores a plain word-list matcher (what a user would do without us).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.config import Profile, load_profile  # noqa: E402
from auditor.engine import active_rules, run_rules  # noqa: E402
from auditor.models import Audience, Item, ItemKind, Platform  # noqa: E402

TEXT_CATEGORIES = (
    "department_identifier",
    "work_email",
    "work_contact",
    "uniform",
    "location_mention",
    "operational_detail",
    "colleague_exposure",
    "official_comment",
)
DEFAULT_SET = ROOT / "tests" / "eval" / "posts.jsonl"


def load_set(path: Path = DEFAULT_SET) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def to_item(post: dict) -> Item:
    kind = ItemKind(post["kind"])
    return Item(
        platform=Platform(post["platform"]),
        kind=kind,
        path=f"eval/{post['id']}",
        item_id=post["id"],
        text=post["text"],
        field=post.get("field"),
        audience=Audience.PRIVATE if kind == ItemKind.MESSAGE else Audience.PUBLIC,
    )


def predict(posts: Iterable[dict], profile: Profile) -> dict[str, dict[str, list[str]]]:
    """post id -> category -> list of `why` strings of the findings that fired."""
    rules = active_rules(profile)
    out: dict[str, dict[str, list[str]]] = {}
    for post in posts:
        cats: dict[str, list[str]] = {}
        for f in run_rules([to_item(post)], rules, profile):
            cats.setdefault(str(f.category), []).append(f"{f.code}: {f.why}")
        out[post["id"]] = cats
    return out


def score(posts: list[dict], predicted: dict[str, set[str]] | dict[str, dict]) -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    for cat in TEXT_CATEGORIES:
        tp = fp = fn = 0
        for post in posts:
            truth = cat in post["labels"]
            pred = cat in predicted[post["id"]]
            tp += truth and pred
            fp += pred and not truth
            fn += truth and not pred
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        table[cat] = {"precision": p, "recall": r, "f1": f1, "tp": tp, "fp": fp, "fn": fn, "support": tp + fn}
    return table


def baseline(posts: list[dict], profile: Profile) -> dict[str, set[str]]:
    """A plain case-insensitive word list per category: no context, no exclusions."""
    import re

    from auditor.geo.gazetteer import load_places

    t = profile.terms
    words = {
        "department_identifier": [
            *t("organisation", "names"),
            *t("organisation", "acronyms"),
            "customs",
            "immigration",
            "border force",
        ],
        "work_email": [".gov.au", "gov dot au"],
        "work_contact": ["work number", "desk", "office", "ext", "work mobile", "1300", "1800"],
        "uniform": [*t("uniform", "terms"), *t("uniform", "strong_terms")],
        "location_mention": [p.name for p in load_places()],
        "operational_detail": [*t("operations", "terms"), *t("operations", "weak_terms"), "roster", "shift", "court", "system"],
        "colleague_exposure": ["colleague", "workmate", "team", "@", "supervisor", "manager", "shift"],
        "official_comment": ["government", "minister", "policy", "department", "job", "boss", "disgrace", "corrupt"],
    }
    pats = {c: re.compile("|".join(re.escape(w.lower()) for w in ws)) for c, ws in words.items()}
    return {p["id"]: {c for c, pat in pats.items() if pat.search(p["text"].lower())} for p in posts}


def print_table(title: str, table: dict[str, dict[str, float]]) -> None:
    print(title)
    print(f"  {'category':24} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn  support")
    for cat, s in table.items():
        print(
            f"  {cat:24} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
            f"{s['tp']:4d}{s['fp']:4d}{s['fn']:4d}  {s['support']:5d}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profile", default="dibp")
    ap.add_argument("--set", default=str(DEFAULT_SET))
    ap.add_argument("--errors", action="store_true", help="list false positives and false negatives")
    ap.add_argument("--baseline", action="store_true", help="also score a plain word-list matcher")
    args = ap.parse_args(argv)
    posts = load_set(Path(args.set))
    profile = load_profile(args.profile)
    t0 = time.perf_counter()
    pred = predict(posts, profile)
    elapsed = time.perf_counter() - t0
    negatives = sum(1 for p in posts if not p["labels"])
    print(f"{len(posts)} posts ({negatives} with no label), profile {profile.name}, rules ran in {elapsed * 1000:.0f} ms")
    print_table("auditor rules:", score(posts, pred))
    if args.baseline:
        print_table("word-list baseline:", score(posts, baseline(posts, profile)))
    if args.errors:
        for post in posts:
            got = set(pred[post["id"]])
            want = set(post["labels"])
            for cat in sorted((got ^ want) & set(TEXT_CATEGORIES)):
                kind = "FP" if cat in got else "FN"
                why = "; ".join(pred[post["id"]].get(cat, []))
                print(f"{kind} {cat:22} {post['id']} {post['text'][:90]!r} {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
