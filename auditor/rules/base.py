"""What a rule is, and the shared machinery for text rules.

A `Rule` holds everything about one check in one place: stable code, readable name,
category, base severity and confidence, what it finds, why it matters, how to fix it, and
match / no-match `Example`s that one parametrised test runs. Its `check` turns an `Item` into
`Match`es; the engine turns Matches into Findings. Rules never read files and never know how an
export is laid out; they see only Items and the organisation profile.

`word_pattern` and `TermSet` (from `auditor.rules.terms`, re-exported here) turn a profile's
term list into one pattern, built and compiled only when a text holds one of its terms' keys.
`searched` and `may_match` skip a long language pattern on a text that holds none of the literal
words every match needs, without compiling it. `lazy_pattern` is `re.compile` deferred to the first use: the families' fixed
patterns cost nothing at import, so a scan that never reaches a rule (`--help`, an empty folder,
an everyday draft) never compiles them. This module imports no rule family and nothing above `auditor.config`,
`auditor.models` and `auditor.rules.terms`: every rule module builds on it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import lru_cache
from importlib import resources

from auditor.config import Profile
from auditor.models import GROUP_BY_CATEGORY, Audience, Category, Item, ItemKind, Platform, Position, Severity
from auditor.rules.regexcode import NOT_STORED, stored_needed, stored_pattern
from auditor.rules.terms import GATED_CALLS as GATED_CALLS
from auditor.rules.terms import IGNORECASE_ODD as IGNORECASE_ODD
from auditor.rules.terms import KeyGate as KeyGate
from auditor.rules.terms import TermPattern as TermPattern
from auditor.rules.terms import TermSet as TermSet
from auditor.rules.terms import WordGate as WordGate
from auditor.rules.terms import trie_regex as trie_regex
from auditor.rules.terms import word_pattern as word_pattern


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
    fix: str = "manual"
    retired: bool = False
    message: str = ""  # default message template; `{evidence}` is filled in
    kinds: frozenset[ItemKind] | None = dc_field(default=None)  # item kinds it applies to
    needs_text: bool = True  # False for rules about positions and metadata, which run on text-less items
    # Where a person fixes it: the checklist section ("profiles", "photos", "posts", "tags"), or
    # "where_found" for things that are fixed where they were found (a profile field or a post).
    # Empty means the default for the rule's category (`GROUP_BY_CATEGORY`).
    group: str = ""
    # Codes of rules whose match on the same item silences this one: the engine checks them first
    # (`auditor.engine`), so a second opinion (the learned rules) stays quiet when a word rule
    # already reported the item with a more readable reason. Each code must sort before this one.
    silenced_by: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.group:
            object.__setattr__(self, "group", GROUP_BY_CATEGORY.get(self.category, "posts"))

    def applies(self, item: Item) -> bool:
        return self.kinds is None or item.kind in self.kinds


def reach_severity(base: Severity, item: Item) -> Severity:
    """Lower severity one step for private items (a DM reaches fewer people than a post)."""
    if item.audience == Audience.PRIVATE and base in (Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM):
        return {Severity.CRITICAL: Severity.HIGH, Severity.HIGH: Severity.MEDIUM, Severity.MEDIUM: Severity.LOW}[base]
    return base


# ---- patterns compiled on first use ----------------------------------------------------------

# what a compiled pattern offers; the first use of any of them compiles the pattern once and
# puts the compiled pattern's own attributes on the instance, so later calls cost what a plain
# compiled pattern's do (no __getattr__ on the way)
_PATTERN_ATTRS = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """A regular expression compiled on first use, then used exactly as the compiled pattern.

    `pattern` is there from the start (patterns are built from each other's text); every other
    attribute of `re.Pattern` compiles it. Pickles and copies as its source, like a pattern.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> object:
        # only reached for attributes the instance lacks: the first use, or a name it never has
        if name.startswith("__") or name in ("pattern", "_flags"):
            raise AttributeError(name)
        parsed = self.__dict__.pop("_parsed", None)  # `_needed_and_fold` parsed it already
        compiled = self.compiled = _compile_parsed(self.pattern, self._flags, parsed)
        for attr in _PATTERN_ATTRS:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __reduce__(self) -> tuple[type, tuple[str, int]]:
        return (LazyPattern, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"lazy_pattern({self.pattern!r}, {self._flags})"


def _compile_parsed(source: str, flags: int, parsed: object) -> re.Pattern[str]:
    """`re.compile(source, flags)`: from the code kept from a build (`rules.regexcode`) when it
    holds the pattern, else from the parse of it that `needed_words` made, when there is one: the
    parse is over half of compiling a long pattern, and a scan compiles most of the patterns it
    gates. The same steps as ``re._compiler.compile`` (the same pattern, equal to ``re.compile``'s:
    tests/rules/test_base.py checks every lazy pattern of the rules); any doubt (another Python's
    internals) compiles the source again."""
    stored = stored_pattern(source, flags)  # the code kept from a build, when it holds this pattern
    if stored is not None:
        return stored
    if parsed is not None:
        try:
            import _sre  # lazy: the regex engine's own constructor, as re._compiler calls it
            from re import _compiler  # lazy: only for the speed-up

            flags = int(flags)  # a RegexFlag, as re.compile takes it
            state = parsed.state  # type: ignore[attr-defined]
            code = _compiler._code(parsed, flags)
            indexgroup: list[str | None] = [None] * state.groups
            for name, i in state.groupdict.items():
                indexgroup[i] = name
            return _sre.compile(source, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(indexgroup))
        except Exception:  # noqa: BLE001, S110 - compile it the ordinary way
            pass
    return re.compile(source, flags)


def lazy_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, deferred until the pattern is first used (see `LazyPattern`)."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]


def snippet(text: str, start: int, end: int, width: int = 40) -> str:
    a = max(0, start - width)
    b = min(len(text), end + width)
    out = text[a:b].replace("\n", " ").strip()
    return ("…" if a > 0 else "") + out + ("…" if b < len(text) else "")


# ---- shared helpers for context-aware text rules ---------------------------------------------

_PROFILE_CACHE: dict[tuple[int, str], tuple[Profile, object]] = {}
_BY_CONTENT: dict[tuple[str, str], object] = {}
_CONTENT_KEY: dict[int, tuple[Profile, str]] = {}


def per_profile(profile: Profile, key: str, build: Callable[[Profile], object]) -> object:
    """Build something once per profile (compiled patterns, term sets) and reuse it.

    Profiles hold dicts and so are not hashable; the cache is keyed by identity and keeps a
    reference to the profile, so an id is never reused for a different profile while cached.
    Behind it, a cache by content: an equal copy of a profile (the one a worker process
    unpickles with every chunk of items) reuses what was built for the first, instead of
    compiling every pattern again.
    """
    slot = (id(profile), key)
    hit = _PROFILE_CACHE.get(slot)
    if hit is not None and hit[0] is profile:
        return hit[1]
    if len(_PROFILE_CACHE) > 512:
        _PROFILE_CACHE.clear()
    content = (_content_key(profile), key)
    if content in _BY_CONTENT:
        value = _BY_CONTENT[content]
    else:
        if len(_BY_CONTENT) > 512:
            _BY_CONTENT.clear()
        value = _BY_CONTENT[content] = build(profile)
    _PROFILE_CACHE[slot] = (profile, value)
    return value


def _content_key(profile: Profile) -> str:
    """A digest of everything a profile holds, computed once per profile object."""
    hit = _CONTENT_KEY.get(id(profile))
    if hit is not None and hit[0] is profile:
        return hit[1]
    if len(_CONTENT_KEY) > 64:
        _CONTENT_KEY.clear()
    digest = hashlib.sha256(
        repr((profile.name, profile.title, profile.policy_name, profile.source, profile.data)).encode()
    ).hexdigest()
    _CONTENT_KEY[id(profile)] = (profile, digest)
    return digest


_SENTENCE_END = lazy_pattern(r"(?<=[.!?…])\s+|\n+|(?<=[.!?])(?=[A-Z])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence-like chunk: split on . ! ? and line breaks."""
    spans = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans or [(0, len(text))]


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    for a, b in sentence_spans(text):
        if a <= start < b or a < end <= b:
            return a, b
    return 0, len(text)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names (package data ``given_names.txt``), case-folded."""
    text = resources.files("auditor.data").joinpath("given_names.txt").read_text(encoding="utf-8")
    words = [w for line in text.splitlines() if not line.lstrip().startswith("#") for w in line.split()]
    return frozenset(w.casefold() for w in words)


_SEARCHED: dict[re.Pattern[str], tuple[str, re.Match[str] | None]] = {}


def searched(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, remembering the last text per pattern: the long language patterns
    (work words, enforcement verbs, contraband, times) are asked about the same text by several
    rules in a row. One tuple per pattern, replaced whole, so threads never see a torn pair.
    A text that holds none of the literal words a match needs (`needed_words`) is answered
    without running the pattern: the regex engine tries every alternative at every position,
    a substring test does not."""
    last = _SEARCHED.get(pattern)
    if last is not None and last[0] == text:
        return last[1]
    m = pattern.search(text) if may_match(pattern, text) else None
    _SEARCHED[pattern] = (text, m)
    return m


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when `pattern` cannot match anywhere in text: none of its needed words is in it
    (a `word_pattern` asks its own keyword gate). Never compiles the pattern."""
    gate = pattern.gate if isinstance(pattern, TermPattern) else _word_gate(pattern)
    return gate is None or gate.open(text)


@lru_cache(maxsize=256)
def _word_gate(pattern: re.Pattern[str]) -> WordGate | None:
    found = _needed_and_fold(pattern)
    return WordGate(*found) if found else None


def needed_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literal words one of which every match of `pattern` contains (lower case for a
    case-insensitive pattern), or None when the pattern has no such set (then it always runs).

    Read from the parsed pattern: a run of literal characters at the top level of a sequence is
    in every match of it; a group or an alternation needs what each of its branches needs.
    """
    found = _needed_and_fold(pattern)
    return found[0] if found else None


@lru_cache(maxsize=256)
def _needed_and_fold(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], bool] | None:
    """`needed_words`, and whether the pattern ignores case (its flags, or a global ``(?i)``),
    read from the pattern's source: a pattern compiled on first use stays uncompiled."""
    try:
        from re import _parser  # lazy: only for the speed-up; a Python without it runs every pattern
    except ImportError:  # pragma: no cover - Python 3.10 names it sre_parse
        return None
    # an int, as re.compile makes it: the parser reads a RegexFlag through enum's Python operators
    flags = int(pattern._flags if isinstance(pattern, (LazyPattern, TermPattern)) else pattern.flags)
    stored = stored_needed(pattern.pattern, flags)  # kept from a build, without parsing
    if stored is not NOT_STORED:
        return stored  # type: ignore[return-value]
    try:
        parsed = _parser.parse(pattern.pattern, flags)
        fold = bool(parsed.state.flags & re.IGNORECASE)
        found = _needed(list(parsed), fold, _parser)
    except Exception:  # noqa: BLE001 - any doubt (another Python's parse tree): no shortcut
        return None
    if isinstance(pattern, LazyPattern) and "compiled" not in pattern.__dict__:
        pattern.__dict__["_parsed"] = parsed  # its compile reuses this parse (`_compile_parsed`)
    return (tuple(sorted(found)), fold) if found else None


def _needed(seq: list, fold: bool, sre) -> frozenset[str] | None:
    """The best set of needed words of one sequence of parsed ops (see `needed_words`)."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            options.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in seq:
        if op is sre.LITERAL:
            ch = chr(av)
            if fold:
                if not ch.isascii():
                    close()  # a non-ASCII letter under IGNORECASE: no claim about it
                    continue
                ch = ch.lower()
            run.append(ch)
            continue
        close()
        if op is sre.SUBPATTERN:
            _group, add, remove, sub = av
            if not add and not remove:  # a group with its own flags: no claim
                got = _needed(list(sub), fold, sre)
                if got:
                    options.append(got)
        elif op is sre.BRANCH:
            branches = [_needed(list(b), fold, sre) for b in av[1]]
            if all(branches):
                options.append(frozenset().union(*branches))  # type: ignore[arg-type]
    close()
    # the most selective: the set whose shortest word is longest
    return max(options, key=lambda o: min(len(w) for w in o), default=None)


_TEXT_MEMO: dict[tuple, object] = {}


def per_text(profile: Profile, key: str, text: str, compute: Callable[[], object]) -> object:
    """Memoise a per-text analysis that several rules share (department terms, place names).

    Keyed by profile identity, analysis name and the text itself; small and cleared when full,
    because rules see one Item at a time.
    """
    slot = (id(profile), profile.source, key, text)
    if slot in _TEXT_MEMO:
        return _TEXT_MEMO[slot]
    if len(_TEXT_MEMO) > 4096:
        _TEXT_MEMO.clear()
    value = compute()
    _TEXT_MEMO[slot] = value
    return value


_KIND_LABEL = {
    ItemKind.POST: "Post",
    ItemKind.COMMENT: "Comment",
    ItemKind.MESSAGE: "Message",
    ItemKind.CAPTION: "Caption",
    ItemKind.PROFILE_FIELD: "Profile field",
    ItemKind.CHECK_IN: "Check-in",
    ItemKind.PHOTO: "Photo text",
    ItemKind.VIDEO: "Video text",
    ItemKind.LOCATION_RECORD: "Location record",
    ItemKind.TRACK: "Track",
}


def describe(item: Item) -> str:
    """A readable name for the item a finding is about: "Post", "Profile field (bio)"."""
    label = _KIND_LABEL.get(item.kind, str(item.kind).replace("_", " ").capitalize())
    return f"{label} ({item.field})" if item.kind == ItemKind.PROFILE_FIELD and item.field else label
