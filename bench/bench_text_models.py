"""Speed of the text rules on one core: word lists alone, + the linear model, + the transformer.

Usage:  python bench/bench_text_models.py [--items 3000] [--textnet DIR] [--linear JSON]

Builds two streams of Items from the labelled training sets (never the blind sets), each text
made unique by a counter so no cache helps: *realistic* (nine everyday posts, with no label, to
one labelled post) and *work-heavy* (only posts labelled with operational detail, official
comment, colleagues or uniform). Runs every active text rule of the dibp profile over each
Item in this process (one core; onnxruntime on one thread) and prints Items per CPU second
(process time, so other jobs on a shared machine do not count) for:
word lists only, word lists + the linear model (the current design), word lists + the
transformer behind its first stage (and the share of Items the first stage let through).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_rules import to_item  # noqa: E402

from auditor.config import load_profile  # noqa: E402
from auditor.engine import active_rules, run_rules  # noqa: E402
from auditor.rules import learned, transformer  # noqa: E402
from auditor.rules.markers import mark  # noqa: E402

LEARNED = ("OPS105", "OFC104", "COL102", "UNI102")
WEAK = {"operational_detail", "official_comment", "colleague_exposure", "uniform"}


def pool() -> list[dict]:
    out = []
    for path in sorted((ROOT / "tests" / "eval").glob("train*.jsonl")):
        out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def streams(n: int) -> dict[str, list[dict]]:
    posts = pool()
    everyday = [p for p in posts if not p["labels"]]
    labelled = [p for p in posts if p["labels"]]
    work = [p for p in posts if WEAK & set(p["labels"])]
    realistic = []
    for i in range(n):
        src = labelled[i // 10 % len(labelled)] if i % 10 == 9 else everyday[i % len(everyday)]
        realistic.append({**src, "id": f"r{i}", "text": f"{src['text']} #{i}"})
    heavy = [{**work[i % len(work)], "id": f"w{i}", "text": f"{work[i % len(work)]['text']} #{i}"} for i in range(n)]
    return {"realistic": realistic, "work-heavy": heavy}


def timed(posts: list[dict], rules, profile, models: list[dict] | None) -> float:
    original = learned._models
    if models is not None:
        learned._models = lambda _profile: models
    try:
        items = [to_item(p) for p in posts]
        # CPU time of this process (one thread: onnxruntime runs on one), so other jobs on a
        # shared machine do not count against the figure
        start = time.process_time()
        for item in items:
            list(run_rules([item], rules, profile))
        return len(items) / (time.process_time() - start)
    finally:
        learned._models = original


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=3000)
    ap.add_argument("--textnet", help="transformer model folder (default: the package's)")
    ap.add_argument("--linear", help="linear model JSON (default: the package's dibp model)")
    args = ap.parse_args(argv)
    profile = load_profile("dibp")
    rules = active_rules(profile)
    words = [r for r in rules if r.code not in LEARNED]
    if args.linear:
        sys.path.insert(0, str(ROOT / "bench"))
        from compare_text_models import linear_model  # lazy: a bench helper

        linear = linear_model(Path(args.linear))
    else:
        linear = learned.load_linear("dibp")
    net = transformer.register("__bench__", Path(args.textnet)) if args.textnet else transformer.load()
    # warm up: load the tables, the linear arrays and the ONNX session outside the timings
    timed(streams(20)["work-heavy"], rules, profile, [linear])
    timed(streams(20)["work-heavy"], rules, profile, [net])
    for name, posts in streams(args.items).items():
        through = sum(1 for p in posts if transformer.gate_score(net, mark(p["text"], profile)) >= net["gate"]["threshold"])
        w = timed(posts, words, profile, None)
        a = timed(posts, rules, profile, [linear])
        c = timed(posts, rules, profile, [net])
        print(
            f"{name:10}  {len(posts)} items  word lists {w:7.0f}/s   + linear model {a:7.0f}/s   "
            f"+ transformer {c:7.0f}/s   (first stage let {through / len(posts):.0%} through)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
