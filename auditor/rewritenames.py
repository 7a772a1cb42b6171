"""The colleagues a safer wording takes out: who the findings name, and what each name leaves.

`colleague_names` reads the people a colleague finding names from its ``why`` (every person
reference it lists, or the capitalised words a learned score quotes); `stand_in` says what a
removed name leaves ("a colleague", "colleague" or nothing); `joined_names` merges the names of
one list ("Tash Brennick and Omar Velloza") into one removal. Used by `auditor.rewrite` only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.models import Category, Finding
from auditor.rules.base import lazy_pattern

# the people a colleague finding's why lists: "person reference 'Tash Brennick', 'Omar Velloza' with ..."
PERSON_REF = lazy_pattern(r"person reference ('[^']+'(?:,\s*'[^']+')*)")
QUOTED_NAME = lazy_pattern(r"'([^']+)'")
QUOTED = lazy_pattern(r'"([^"]+)"')
_PREP = lazy_pattern(r"\b(?:to|for|with|from|by|and|tell|ask)\s+$", re.IGNORECASE)
_POSSESSIVE = lazy_pattern(r"\b(?:my|our|your|his|her|their)\s+$", re.IGNORECASE)
# a person reference that is a title alone (`rules.superiors.own_superior`): "our AP", "the DG", "Sarge"
TITLE_ONLY = lazy_pattern(r"(?i:our|my|the)\s|Sarge$")


def colleague_names(findings: Iterable[Finding]) -> set[str]:
    """The people a colleague finding names: its "person reference", or the capitalised words a
    learned score quotes."""
    names: set[str] = set()
    for f in findings:
        if f.category != Category.COLLEAGUE_EXPOSURE:
            continue
        for listed in PERSON_REF.findall(f.why or ""):
            names.update(QUOTED_NAME.findall(listed))
        if "learned score" in (f.why or ""):
            names.update(w for w in QUOTED.findall(f.why) if w[:1].isupper())
    return {n for n in names if n.strip()}


def stand_in(text: str, start: int, default: str, end: int = -1) -> str:
    """What a removed colleague's name leaves: "colleague" after "our", "a colleague" after a
    preposition or "tell"/"ask" ("thanks to a colleague and the crew") or before a possessive
    ("Gibbo's roster" -> "A colleague's roster", not "'s roster"), else ``default``."""
    head = text[max(0, start - 12) : start]
    if _POSSESSIVE.search(head):
        return "colleague"
    if _PREP.search(head):
        return "a colleague"
    if end >= 0 and text.startswith(("'s", "’s"), end):
        return "A colleague" if not text[:start].strip() or text[:start].rstrip()[-1] in ".!?\n" else "a colleague"
    return default


# what joins two names of one list: "Tash Brennick and Omar Velloza", "Bec, Jono & Priya"
_NAME_JOINT = lazy_pattern(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")


def joined_names(text: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names removed from one list ("thanks Tash Brennick and Omar Velloza") go as one span with the
    first one's stand-in, so the list's "and" does not stay behind ("thanks and a colleague")."""
    out: list[tuple[int, int, str]] = []
    for start, end, repl in sorted(edits):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]), out[-1][2])  # "Omar" inside "Omar Velloza"
        elif out and (joint := _NAME_JOINT.fullmatch(text, out[-1][1], start)) is not None and joint.group(0).strip():
            out[-1] = (out[-1][0], end, out[-1][2])
        else:
            out.append((start, end, repl))
    return out
