"""Build auditor/data/regex_code.bin: the regex engine's code for every pattern the rules compile.

Usage:  python bench/build_regex_code.py [--check]

Runs every active rule under each built-in profile over the benchmark's invented archives
(realistic and work-heavy, `bench_text.py`), every rule's own examples and the drafts of
`check_speed.py`, records each pattern the rules compile or ask the needed words of
(`auditor.rules.regexcode`), and stores their compiled code for this Python
(`regexcode.entry_for`). A fresh process then builds those patterns from the store instead of
compiling them; a pattern not stored is compiled as before. ``--check`` writes nothing: it says
how many of the patterns recorded now the shipped store holds (a stale store costs speed only).
Rebuild after changing the rules' patterns; the store is for the Python that built it only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.rules import regexcode  # noqa: E402

PROFILES = ("dibp", "aps", "qld", "vic", "tas")


def record() -> set[tuple[str, int]]:
    """Every (source, flags) the rules ask the store for while checking the build's texts."""
    from auditor.cli.commands.check import check_draft  # lazy: after the store is switched off
    from auditor.config import load_profile  # lazy: as above
    from auditor.engine import active_rules, run_rules  # lazy: as above
    from auditor.models import Item, ItemKind, Platform  # lazy: as above
    from bench.bench_text import realistic, work_heavy  # lazy: as above
    from bench.check_speed import DRAFT, EVERYDAY  # lazy: as above

    regexcode.RECORDED = set()
    check_draft(DRAFT)
    check_draft(EVERYDAY)
    texts = realistic(6000) + work_heavy(1500)
    for name in PROFILES:
        profile = load_profile(name)
        rules = active_rules(profile)
        items = [Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="b", text=t) for t in texts]
        items += [Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="e", text=ex.text) for r in rules for ex in r.examples]
        for _ in run_rules(items, rules, profile):
            pass
        print(f"{name}: {len(regexcode.RECORDED)} patterns so far", flush=True)
    return regexcode.RECORDED


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="say how many recorded patterns the shipped store holds")
    args = ap.parse_args(argv)
    shipped = dict(regexcode._entries())
    regexcode._ENTRIES = {}  # record what the rules compile, with nothing read from a store
    asked = record()
    if args.check:
        held = sum(1 for s, f in asked if regexcode.key(s, f) in shipped)
        print(f"the shipped store holds {held} of the {len(asked)} patterns recorded now ({len(shipped)} stored)")
        return 0 if held == len(asked) else 1
    from auditor.rules.base import LazyPattern, _needed_and_fold  # lazy: the needed words as the rules read them

    entries = {}
    for source, flags in sorted(asked):
        entries[regexcode.key(source, flags)] = regexcode.entry_for(source, flags, _needed_and_fold(LazyPattern(source, flags)))
    out = ROOT / "auditor" / "data" / regexcode.STORE
    size = regexcode.write(str(out), entries)
    print(f"wrote {out.relative_to(ROOT)}: {len(entries)} patterns, {size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
