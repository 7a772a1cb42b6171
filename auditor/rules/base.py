"""What a rule is, and the shared machinery for text rules.

A `Rule` holds everything about one check in one place: stable code, readable name,
category, base severity and confidence, what it finds, why it matters, how to fix it, and
match / no-match `Example`s that one parametrised test runs. Its `check` turns an `Item` into
`Match`es; the engine turns Matches into Findings. Rules never read files and never know how an
export is laid out; they see only Items and the organisation profile.

`TermMatcher` compiles a profile's term list once (per profile and list) into one regex that
tolerates any case and spacing; a cheap keyword prefilter runs before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import lru_cache

from auditor.config import Profile
from auditor.models import Audience, Category, Item, ItemKind, Platform, Position, Severity


@dataclass(frozen=True, slots=True)
class Example:
    """A rule example. `text` is the item text; `match` says whether the rule must fire."""

    text: str
    match: bool
    kind: ItemKind = ItemKind.POST
    field: str | None = None
    position: tuple[float, float] | None = None
    profile: str = "dibp"
    extra: tuple[tuple[str, object], ...] = ()  # Item.extra as pairs (hashable), e.g. (("identity", {...}),)

    def item(self) -> Item:
        pos = Position(*self.position, source="example") if self.position else None
        return Item(
            platform=Platform.TWITTER,
            kind=self.kind,
            path="example",
            text=self.text,
            position=pos,
            field=self.field,
            extra=dict(self.extra),
        )


@dataclass(frozen=True, slots=True)
class Match:
    key: str  # what makes this match distinct within its item (fingerprint input)
    evidence: str
    why: str
    message: str = ""
    confidence: float | None = None
    severity: Severity | None = None
    location: Position | None = None
    fix: str | None = None


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: Category
    severity: Severity
    confidence: float
    summary: str  # what it finds
    rationale: str  # why it matters
    remediation: str  # how to fix
    check: Callable[[Item, Profile], Iterable[Match]]
    examples: tuple[Example, ...] = ()
    keywords: tuple[str, ...] = ()  # informational: words a positive example must contain
    fix: str = "manual"
    retired: bool = False
    message: str = ""  # default message template; `{evidence}` is filled in
    kinds: frozenset[ItemKind] | None = dc_field(default=None)  # item kinds it applies to

    def applies(self, item: Item) -> bool:
        return self.kinds is None or item.kind in self.kinds


def reach_severity(base: Severity, item: Item) -> Severity:
    """Lower severity one step for private items (a DM reaches fewer people than a post)."""
    if item.audience == Audience.PRIVATE and base in (Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM):
        return {Severity.CRITICAL: Severity.HIGH, Severity.HIGH: Severity.MEDIUM, Severity.MEDIUM: Severity.LOW}[base]
    return base


# ---- term matching --------------------------------------------------------------------------


def _term_pattern(term: str, case_sensitive: bool) -> str:
    term = term.strip()
    words = re.split(r"[\s_\-]+", term)
    body = r"[\s_\-]*".join(re.escape(w) for w in words if w)
    if case_sensitive:
        return rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])"
    return rf"(?<![\w]){body}(?![\w])"


@lru_cache(maxsize=256)
def _compile(terms: tuple[str, ...], case_sensitive: bool) -> re.Pattern[str] | None:
    terms = tuple(t for t in terms if t and t.strip())
    if not terms:
        return None
    # longest first, so "Australian Border Force" wins over "Border Force"
    alts = sorted(set(terms), key=len, reverse=True)
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile("|".join(f"(?:{_term_pattern(t, case_sensitive)})" for t in alts), flags)


def find_terms(text: str, terms: Iterable[str], case_sensitive: bool = False) -> list[re.Match[str]]:
    """Every non-overlapping occurrence of any term, in any case and spacing."""
    terms = tuple(terms)
    if not text or not terms:
        return []
    lowered = text.lower()
    squashed = re.sub(r"[\s_\-]+", "", lowered)
    # prefilter: some term's first word must appear somewhere (cheap before the regex)
    if not any(
        re.split(r"[\s_\-]+", t.strip().lower())[0] in lowered or t.lower().replace(" ", "") in squashed
        for t in terms
        if t.strip()
    ):
        return []
    pat = _compile(terms, case_sensitive)
    return list(pat.finditer(text)) if pat else []


def snippet(text: str, start: int, end: int, width: int = 40) -> str:
    a = max(0, start - width)
    b = min(len(text), end + width)
    out = text[a:b].replace("\n", " ").strip()
    return ("…" if a > 0 else "") + out + ("…" if b < len(text) else "")
