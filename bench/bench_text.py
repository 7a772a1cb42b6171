"""Benchmark: how many texts per second the text rules check, with the learned stage on.

Four figures, each with the `dibp` profile and every active rule (the learned ones included):

* realistic archive, one core: a personal archive is mostly everyday posts (recipes, pets, sport,
  family, weekends); 92% everyday posts made from this file's templates, 8% work posts;
* a second everyday archive, one core, in a fresh process: the same mix with everyday posts of
  another vocabulary (sport, cooking, gardening, pets, travel, parenting, shopping;
  `everyday_second`), so a speed-up that only fits the first archive's words shows;
* work-heavy archive, one core: every post is a text of the labelled training sets
  (tests/eval/train*.jsonl; never the blind sets), made unique by a counter;
* a WhatsApp chat of 28,000 messages (the same mix as the realistic archive) scanned with
  `python -m auditor scan DIR --format json -q --workers 2`: the whole command, on 2 cores.

The one-core figures run `engine.run_rules` in this process (after one warm-up item, so the
profile and the model are loaded once, as in a scan) and divide by the CPU time it used, so a
busy machine does not halve them. Everything is invented; the archive is
written into a temporary folder and removed.

Usage: python bench/bench_text.py [--items 6000] [--chat 28000] [--no-chat] [--archive both|realistic|second]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.config import load_profile  # noqa: E402
from auditor.engine import active_rules, run_rules  # noqa: E402
from auditor.models import Item, ItemKind, Platform  # noqa: E402
from auditor.synth.whatsapp import whatsapp_chat  # noqa: E402

WORK_SHARE = 0.08  # of a realistic archive
_WHO = ["the kids", "my sister", "Mum", "the dog", "my partner", "our neighbour", "the twins", "Grandpa", "the cat", "my mate"]
_DID = [
    "made banana bread",
    "went for a long walk",
    "finally cleaned the garage",
    "watched the footy",
    "baked scones",
    "planted tomatoes",
    "tried a new pasta recipe",
    "fixed the fence",
    "finished a jigsaw",
    "went to the beach",
    "had a picnic",
    "painted the spare room",
    "binge-watched a cooking show",
    "made pancakes",
    "went op shopping",
]
_WHEN = ["this morning", "on Saturday", "last night", "after lunch", "yesterday", "all weekend", "today", "on Sunday arvo"]
_FEEL = ["so good", "what a day", "loved it", "absolute chaos", "bliss", "never again", "ten out of ten", "best decision"]
_EMOJI = ["", " 😂", " ❤️", " 🙌", " ☀️", " 🍰", " 🐶", " 😴"]
_MORE = [
    "Anyone got a good lasagne recipe?",
    "Happy birthday to the best little brother, love you heaps",
    "Rain rain go away, the washing will never dry",
    "Coffee first, questions later",
    "Can't believe how fast this year is going",
    "New shoes, who dis",
    "The dog stole a whole sausage off the bench again",
    "Who's watching the cricket tonight?",
    "Sourdough attempt number four. Getting there!",
    "Thanks everyone for the birthday wishes, feeling very loved",
]


def everyday(rng: random.Random) -> str:
    """One invented everyday post."""
    if rng.random() < 0.3:
        return rng.choice(_MORE) + rng.choice(_EMOJI)
    who, did, when, feel = rng.choice(_WHO), rng.choice(_DID), rng.choice(_WHEN), rng.choice(_FEEL)
    return f"{who.capitalize() if who[0].islower() else who} and I {did} {when}, {feel}{rng.choice(_EMOJI)}"


_SUBJECT = [
    "The under-9s",
    "Our netball girls",
    "The chooks",
    "Little Ava",
    "The puppy",
    "My husband",
    "Nanna",
    "The boys",
    "Our Jack Russell",
    "The toddler",
    "My best friend",
    "The in-laws",
]
_ACTION = [
    "won their grand final",
    "laid six eggs",
    "learned to ride a bike without training wheels",
    "ate an entire bowl of strawberries",
    "chewed through the garden hose",
    "beat me at tennis",
    "tried snorkelling for the first time",
    "harvested the first zucchini of summer",
    "made a lemon tart from scratch",
    "found the best gelato in Hobart",
    "got lost at the supermarket",
    "slept through the whole night",
    "scored two goals",
    "pruned the roses",
    "picked out a new couch",
]
_PLACE = [
    "at the park",
    "in the backyard",
    "at the markets",
    "down at the river",
    "on the camping trip",
    "at the oval",
    "in the veggie patch",
    "at the shops",
    "on holiday",
    "at swimming lessons",
]
_TAIL = [
    "proud mum moment",
    "send help",
    "who knew",
    "cannot stop laughing",
    "highlight of the week",
    "worth every cent",
    "my heart",
    "so much mud",
    "still recovering",
    "bucket list ticked",
]
_ONE_OFF = [
    "Two-for-one on avocados this week, stocking up",
    "Slow cooked beef ragu on a rainy Sunday, nothing better",
    "Does anyone know a good vet on the northside? Asking for a limping cat",
    "Kids' birthday party for twelve five-year-olds. Never again. Loved it.",
    "Tomatoes finally ripening, the possums better keep away",
    "Flight delayed three hours but the airport chips were great",
    "Black Friday haul: socks, a kettle and regret",
    "First parkrun in a year, legs like jelly",
    "Homemade dumplings with the whole family, flour everywhere",
    "School holidays day four: we have built a fort out of every cushion in the house",
    "Repotted all the succulents and now the kitchen is a jungle",
    "Road trip playlist suggestions please, eight hours in the car with teenagers",
]


def everyday_second(rng: random.Random) -> str:
    """One invented everyday post in another vocabulary: sport, cooking, gardening, pets, travel,
    parenting and shopping (none of `everyday`'s words or templates)."""
    if rng.random() < 0.35:
        return rng.choice(_ONE_OFF) + rng.choice(_EMOJI)
    return f"{rng.choice(_SUBJECT)} {rng.choice(_ACTION)} {rng.choice(_PLACE)}, {rng.choice(_TAIL)}{rng.choice(_EMOJI)}"


def work_texts() -> list[str]:
    out = []
    for path in sorted((ROOT / "tests" / "eval").glob("train*.jsonl")):
        out += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def realistic(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    work = work_texts()
    return [
        f"{rng.choice(work)} {i}" if rng.random() < WORK_SHARE else f"{everyday(rng)} {i}" if i % 5 == 0 else everyday(rng)
        for i in range(n)
    ]


def realistic_second(n: int, seed: int = 8) -> list[str]:
    """A second realistic archive: the same share of work posts, everyday posts of `everyday_second`."""
    rng = random.Random(seed)
    work = work_texts()
    return [
        f"{rng.choice(work)} {i}"
        if rng.random() < WORK_SHARE
        else f"{everyday_second(rng)} {i}"
        if i % 5 == 0
        else everyday_second(rng)
        for i in range(n)
    ]


def work_heavy(n: int) -> list[str]:
    work = work_texts()
    return [f"{work[i % len(work)]} #{i}" for i in range(n)]


def per_second(texts: list[str], profile_name: str = "dibp") -> tuple[float, int]:
    """Texts per second through every active rule on one core, and the findings."""
    profile = load_profile(profile_name)
    rules = active_rules(profile)
    items = [Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="bench", text=t) for t in texts]
    list(run_rules([Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="w", text="warm up at work")], rules, profile))
    t = time.process_time()  # CPU time of this process: fair on a machine other jobs share
    found = sum(1 for _ in run_rules(items, rules, profile))
    return len(items) / (time.process_time() - t), found


def chat_scan(n: int) -> tuple[float, float, int]:
    """Wall time and CPU time (all its processes) of `auditor scan` (2 workers) over a WhatsApp
    chat of n messages, and its findings. CPU / 2 is the wall time two idle cores would take."""
    texts = realistic(n, seed=11)
    start = datetime(2023, 1, 1, 7, 0)
    people = ["Alex", "Sam"]
    msgs = [(start + timedelta(minutes=13 * i), people[i % 2], t.replace("\n", " ")) for i, t in enumerate(texts)]
    with tempfile.TemporaryDirectory() as tmp:
        chat = Path(tmp) / "WhatsApp Chat with Sam"
        chat.mkdir()
        (chat / "_chat.txt").write_text(whatsapp_chat(msgs), encoding="utf-8")
        cmd = [sys.executable, "-m", "auditor", "scan", str(chat), "--format", "json", "-q", "--workers", "2"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if proc.returncode not in (0, 1):
        raise SystemExit(f"scan failed ({proc.returncode}): {proc.stderr.strip()[:300]}")
    return elapsed, cpu, len(json.loads(proc.stdout)["findings"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=6000, help="posts in each one-core archive")
    ap.add_argument("--chat", type=int, default=28000, help="messages in the WhatsApp chat")
    ap.add_argument("--no-chat", action="store_true", help="skip the WhatsApp scan")
    ap.add_argument(
        "--archive",
        choices=("both", "realistic", "second"),
        default="both",
        help="the realistic archives to time (each cold: the second runs in a fresh process)",
    )
    args = ap.parse_args(argv)
    if args.archive == "second":
        rate, found = per_second(realistic_second(args.items))
        print(
            f"second everyday archive, one core: {rate:8.0f} items/s  ({args.items} posts, {WORK_SHARE:.0%} work, {found} findings)"
        )
        return 0
    rate, found = per_second(realistic(args.items))
    print(f"realistic archive, one core:  {rate:8.0f} items/s  ({args.items} posts, {WORK_SHARE:.0%} work, {found} findings)")
    if args.archive == "both":  # a fresh process, so it pays its own first-use costs as the first did
        cmd = [sys.executable, __file__, "--archive", "second", "--items", str(args.items)]
        print(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip())
    heavy = max(1000, args.items // 4)
    rate, found = per_second(work_heavy(heavy))
    print(f"work-heavy archive, one core: {rate:8.0f} items/s  ({heavy} posts, {found} findings)")
    if not args.no_chat:
        secs, cpu, found = chat_scan(args.chat)
        print(
            f"WhatsApp chat, 2 cores:       {secs:8.2f} s wall, {cpu:.2f} s CPU in all processes, "
            f"for {args.chat} messages (whole command, {found} findings)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
