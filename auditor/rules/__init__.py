"""The rule registry: every rule of every family, in code order.

Add a family by writing a module with a `RULES` list and naming it here. Codes are stable and
never reused; a retired rule stays listed with `retired=True`.
"""

from __future__ import annotations

from auditor.rules import (
    attire,
    colleagues,
    comment,
    contact,
    documents,
    geo,
    identity,
    learned,
    metadata,
    operations,
    pattern,
    places,
)
from auditor.rules.base import Example, Match, Rule

FAMILIES = (geo, identity, contact, attire, places, operations, colleagues, comment, metadata, documents, pattern, learned)


def all_rules() -> list[Rule]:
    rules = [r for fam in FAMILIES for r in fam.RULES]
    codes = [r.code for r in rules]
    dupes = {c for c in codes if codes.count(c) > 1}
    if dupes:
        raise RuntimeError(f"duplicate rule codes: {sorted(dupes)}")
    return sorted(rules, key=lambda r: r.code)


def get_rule(code: str) -> Rule | None:
    code = code.upper()
    return next((r for r in all_rules() if r.code == code or r.name == code.lower()), None)


__all__ = ["Example", "Match", "Rule", "all_rules", "get_rule"]
