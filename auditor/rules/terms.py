"""Term lists matched as one pattern each, built and compiled only when a text may need it.

`word_pattern` turns a profile's term list into a `TermPattern`: one regex, a character trie of
every term (`trie_regex`) that tolerates any case and spacing and prefers the longest term, used
exactly as a compiled pattern. It is built and compiled on first need, and run only on a text
that holds one of its terms' keys (`KeyGate`: a literal run of each term, its longest word, as
gitleaks' keywords): the keys are looked up in the text's n-grams, computed once per text and
shared by every list the rules ask about it (`text_grams`), so no regex is compiled or run for a
list the text cannot match. A one-line draft compiles the few lists it can match instead of
every list of the profile, and a scan skips most lists on most texts. `TermSet` adds
case-sensitive acronyms. ``tests/rules/test_terms.py`` holds the gate to never dropping a match,
over every built-in profile's own term lists and the evaluation texts.

This module imports nothing of auditor; `auditor.rules.base` re-exports its names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

# Characters that re.IGNORECASE matches to an ASCII letter although str.lower() does not give
# that letter (dotted capital I, dotless i, long s); tests/rules/test_base.py checks the list
# against every code point.
IGNORECASE_ODD = "\u0130\u0131\u017f"


# ---- keyword gates ---------------------------------------------------------------------------

GATED_CALLS = 64  # a gate asked more often than this is in a scan: compile what it guards

_MEMO: dict[str, dict[object, object]] = {}  # text -> its lower-cased form and n-gram sets


def text_grams(text: str, size: int, fold: bool) -> set[str]:
    """Every run of `size` characters in text (of ``text.lower()`` with `fold`), computed once per
    text and shared by every gate that asks about it: the rules ask many patterns about one text
    and its sentences in turn. The last few texts only."""
    memo = _memo(text)
    grams = memo.get((size, fold))
    if grams is None:
        s = lowered(text) if fold else text
        grams = memo[(size, fold)] = {s[i : i + size] for i in range(len(s) - size + 1)}
    return grams  # type: ignore[return-value]


def lowered(text: str) -> str:
    """``text.lower()``, computed once per text (as `text_grams`)."""
    memo = _memo(text)
    low = memo.get("lower")
    if low is None:
        low = memo["lower"] = text.lower()
    return low  # type: ignore[return-value]


def _memo(text: str) -> dict[object, object]:
    memo = _MEMO.get(text)
    if memo is None:
        if len(_MEMO) >= 32:
            _MEMO.clear()  # a text and its sentences are asked about together, then never again
        memo = _MEMO[text] = {}
    return memo


class KeyGate:
    """Closed on a text that holds none of `literals`: for each term of a list (or each branch of
    a pattern), one literal run every match of it contains, such as a term's longest word (only
    the spacing between a term's words varies). A key, the literal's first four characters, is
    looked up in the text's n-grams (`text_grams`, shared by every gate that asks about the same
    text), and only a key found there has its literals looked for in the text (a literal of one
    or two characters is looked for directly): no regex to compile, none to run. With `fold` (a case-insensitive pattern) the literals are lower-cased
    and cut at their first non-ASCII character, and a text with a character that re.IGNORECASE
    reads as an ASCII letter although ``str.lower`` does not (`IGNORECASE_ODD`) opens the gate;
    an empty literal keeps it open."""

    __slots__ = ("by_size", "fold", "short")

    def __init__(self, literals: Iterable[str], fold: bool, size: int = 4) -> None:
        self.fold = fold
        self.short: tuple[str, ...] = ()
        self.by_size: tuple[tuple[int, frozenset[str], dict[str, tuple[str, ...]]], ...] | None = None
        tables: dict[int, dict[str, set[str]]] = {}
        short: set[str] = set()
        for literal in literals:
            word = usable(literal, fold)
            if not word:
                return  # a term with no usable literal: the gate stays open
            if len(word) < 3:
                short.add(word)  # looked for in the text itself: no 1- and 2-grams to compute
            else:
                tables.setdefault(min(size, len(word)), {}).setdefault(word[:size], set()).add(word)
        self.short = tuple(sorted(short))
        self.by_size = tuple(
            (n, frozenset(table), {k: tuple(sorted(v)) for k, v in table.items()})
            for n, table in sorted(tables.items(), reverse=True)
        )

    def open(self, text: str) -> bool:
        # asked for every list on every text a rule reads: the common case (the text's n-grams
        # already computed, no key among them) is one dict look-up and one set test per key size
        by_size = self.by_size
        if by_size is None:
            return True
        fold = self.fold
        if fold and not text.isascii() and any(c in text for c in IGNORECASE_ODD):
            return True
        if self.short and any(w in (lowered(text) if fold else text) for w in self.short):
            return True
        memo = _memo(text)
        for n, keys, words in by_size:
            grams = memo.get((n, fold))
            if grams is None:
                grams = text_grams(text, n, fold)
            if not keys.isdisjoint(grams):  # type: ignore[arg-type]
                s = lowered(text) if fold else text
                if any(w in s for k in keys & grams for w in words[k]):  # type: ignore[operator]
                    return True
        return False


class WordGate:
    """Closed on a text that holds none of `words`: for its first `GATED_CALLS` texts a `KeyGate`
    (nothing to compile: a draft check asks a gate a few times), then one compiled search for any
    of the words (a character trie), which a scan runs on every text. The needed-word gate of a
    long pattern (`rules.base.may_match`) and the keyword prefilter of a `TermSet`."""

    __slots__ = ("asked", "fold", "keys", "search", "words")

    def __init__(self, words: tuple[str, ...], fold: bool) -> None:
        self.words, self.fold, self.asked = words, fold, 0
        self.keys = KeyGate(words, fold)
        self.search: Callable[[str], re.Match[str] | None] | None = None

    def open(self, text: str) -> bool:
        if self.search is None:
            self.asked += 1
            if self.asked <= GATED_CALLS:
                return self.keys.open(text)
            self.search = re.compile(trie_regex(self.words)).search
        if self.fold:
            if not text.isascii() and any(c in text for c in IGNORECASE_ODD):
                return True  # a character the lower-cased text would not show as the letter it matches
            text = text.lower()
        return self.search(text) is not None


def usable(literal: str, fold: bool) -> str:
    """The part of a literal a gate can look for: all of it, or with `fold` its lower-cased ASCII
    start (re.IGNORECASE matches a non-ASCII letter to forms ``str.lower`` does not give)."""
    if not fold:
        return literal
    if not literal.isascii():
        literal = literal[: next(i for i, c in enumerate(literal) if not c.isascii())]
    return literal.lower()


class TermPattern:
    """A term list's pattern (`word_pattern`): built and compiled on first need. Until then a text
    that holds none of its terms' keys (`KeyGate`) is answered (no match) without building it, so
    a one-line draft compiles the few lists it can match, not all of them. Once compiled (a text
    held a key, or it was asked more than `GATED_CALLS` times: a scan), its methods are the
    compiled pattern's own, exactly as before the gate: the trie already walks a text once, and
    a scan pays for no n-grams."""

    # the compiled pattern's methods, put on the instance once it is compiled
    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, terms: tuple[str, ...], case_sensitive: bool) -> None:
        self.terms = terms  # each term's words joined by `_SEP`
        self.case_sensitive = case_sensitive
        self._flags = 0 if case_sensitive else re.IGNORECASE
        fold = not case_sensitive
        # a term's most telling word: the longest part of any of its words a gate can look for
        self.gate = KeyGate((max((usable(w, fold) for w in t.split(_SEP)), key=len) for t in terms), fold)
        self._pattern: str | None = None
        self._compiled: re.Pattern[str] | None = None
        self._asked = 0

    def _open(self, text: str) -> bool:
        self._asked += 1
        return self._asked > GATED_CALLS or self.gate.open(text)

    @property
    def pattern(self) -> str:
        if self._pattern is None:
            # one character trie of every term, longest continuation tried first, so "Australian
            # Border Force" wins over "Border Force" and the regex engine walks the text once
            # instead of trying every alternative at every position; one pair of boundary
            # assertions around it all
            edge = "[A-Za-z0-9]" if self.case_sensitive else r"\w"
            body = trie_regex(self.terms, fold=not self.case_sensitive)
            self._pattern = rf"(?<!{edge})(?:{body})(?!{edge})"
        return self._pattern

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
            for name in self._METHODS:
                setattr(self, name, getattr(compiled, name))
        return self._compiled

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        return self.compiled.search(string, *args) if self._open(string) else None

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        return self.compiled.match(string, *args) if self._open(string) else None

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, *args) if self._open(string) else None

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, *args) if self._open(string) else iter(())

    def findall(self, string: str, *args: int) -> list:
        return self.compiled.findall(string, *args) if self._open(string) else []

    def sub(self, repl: object, string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count) if self._open(string) else string  # type: ignore[arg-type]

    def subn(self, repl: object, string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled.subn(repl, string, count) if self._open(string) else (string, 0)  # type: ignore[arg-type]

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(string, maxsplit) if self._open(string) else [string]

    def __getattr__(self, name: str) -> object:
        # flags, groups, groupindex, scanner: the compiled pattern's own
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __reduce__(self) -> tuple[type, tuple[tuple[str, ...], bool]]:
        return (TermPattern, (self.terms, self.case_sensitive))

    def __repr__(self) -> str:
        return f"TermPattern({len(self.terms)} terms, case_sensitive={self.case_sensitive})"


# ---- term matching --------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _compile(terms: tuple[str, ...], case_sensitive: bool) -> TermPattern | None:
    terms = tuple(t for t in terms if t and t.strip())
    if not terms:
        return None
    # one character trie of every term, longest continuation tried first, so "Australian Border
    # Force" wins over "Border Force" and the regex engine walks the text once instead of trying
    # every alternative at every position; one pair of boundary assertions around it all
    words = [[w for w in re.split(r"[\s_\-]+", t.strip()) if w] for t in terms]
    return TermPattern(tuple(_SEP.join(w) for w in words), case_sensitive)


_SEP = "\x00"  # between the words of a term: any spaces, "_" or "-" in the text, or none


def trie_regex(terms: Iterable[str], fold: bool = False) -> str:
    """A regex (no boundaries) matching any of `terms`, built as a character trie; words inside a
    term are joined by `_SEP`, which matches any run of spaces, "_" or "-" (or none). With
    ``fold`` the terms are lower-cased (compile the result with ``re.IGNORECASE``)."""
    trie: dict = {}
    for t in terms:
        node = trie
        for ch in t.lower() if fold else t:
            node = node.setdefault(ch, {})
        node[""] = True
    return _emit(trie)


def _emit(node: dict) -> str:
    alts = [(r"[\s_\-]*" if ch == _SEP else re.escape(ch)) + _emit(node[ch]) for ch in sorted(k for k in node if k)]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    # a term may end here or go on to a longer one: the longer is tried first (greedy)
    return f"(?:{body})?" if "" in node else body


def word_pattern(terms: Iterable[str], case_sensitive: bool = False) -> re.Pattern[str] | None:
    """One compiled pattern for a list of words or phrases (any spacing), cached by content."""
    return _compile(tuple(t for t in terms if t and t.strip()), case_sensitive)


class TermSet:
    """A term list where UPPER-CASE entries (acronyms, system names) match case-sensitively, with
    a keyword prefilter (a `WordGate` on each term's first letters) in front of both halves. Each
    half is a `word_pattern`: compiled only when a text holds one of its keys."""

    __slots__ = ("ci", "cs", "keys", "last")

    def __init__(self, terms: Iterable[str]):
        terms = [t for t in terms if t and t.strip()]
        upper = [t for t in terms if t.isupper() and len(t) <= 6]
        self.cs = word_pattern(upper, case_sensitive=True)
        self.ci = word_pattern([t for t in terms if t not in upper])
        # keyword prefilter: the first few letters of every term must occur somewhere (in any case)
        keys = tuple(sorted({re.split(r"[\s_\-]+", t.strip().lower())[0][:4] for t in terms}))
        self.keys = WordGate(keys, fold=True) if keys else None
        # the last question and its answer: several rules ask the same list about the same text
        # (one tuple, replaced whole, so a reader in another thread sees a matching pair)
        self.last: tuple[tuple[str, int, int], tuple[re.Match[str], ...]] | None = None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
        end = len(text) if end is None else end
        last = self.last
        if last is not None and last[0][1] == start and last[0][2] == end and last[0][0] == text:
            return list(last[1])
        if self.keys is None or not self.keys.open(text):
            hits: tuple[re.Match[str], ...] = ()
        else:
            out = [m for p in (self.ci, self.cs) if p is not None for m in p.finditer(text, start, end)]
            hits = tuple(sorted(out, key=lambda m: m.start()))
        self.last = ((text, start, end), hits)
        return list(hits)

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        hits = self.finditer(text, start, end)
        return hits[0] if hits else None
