"""Term lists matched as one pattern each, built and compiled only when a text may need it.

`word_pattern` turns a profile's term list into a `TermPattern`: one regex, a character trie of
every term (`trie_regex`) that tolerates any case and spacing and prefers the longest term, used
exactly as a compiled pattern. It is built and compiled on first need, and run only on a text
that holds one of its terms' keys (`KeyGate`: a literal run of each term, its longest word, as
gitleaks' keywords): the keys are looked up in the text's n-grams, computed once per text and
shared by every list the rules ask about it (`text_grams`), so no regex is compiled or run for a
list the text cannot match. A one-line draft compiles the few lists it can match instead of
every list of the profile, and a scan skips most lists on most texts. In a scan (after its first
texts) every gate's literals are looked for at once, by one Aho-Corasick automaton run once per
text (`GateIndex`, the optional C library pyahocorasick): a gate is then one set look-up, and a
list no text holds a key of is never compiled. `TermSet` adds
case-sensitive acronyms. ``tests/rules/test_terms.py`` holds the gate to never dropping a match,
over every built-in profile's own term lists and the evaluation texts.

This module imports nothing of auditor (and pyahocorasick only when a scan first asks a gate);
`auditor.rules.base` re-exports its names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from auditor.rules.regexcode import compile_pattern

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


NOT_INDEXED = 1 << 62  # the id of a gate the automaton never holds


class GateIndex:
    """Every gate's literals in one Aho-Corasick automaton (pyahocorasick, a C library), run once
    per text a scan asks about: `opened` gives the ids of the gates whose literals the text holds,
    and each gate's question is then one set look-up, whatever the number of lists. A gate asks it
    only once the rules have asked about `WARM_TEXTS` texts (a draft check never builds it), and
    only about gates the automaton already holds: one registered later (a list first reached
    mid-scan) answers as before until the automaton is rebuilt, after at least as many new texts
    as it had seen at its last build. Without the library, every gate answers as before.

    Exact: a gate is open when one of its usable literals (`usable`) is a substring of the text,
    lower-cased for a case-insensitive gate, which is what a `KeyGate` computes from n-grams."""

    WARM_TEXTS = 256  # distinct texts, sentences and slices included: a draft check asks about ~70
    MAX_GATES = 20_000

    def __init__(self) -> None:
        self.literals: dict[bool, dict[str, list[int]]] = {False: {}, True: {}}  # fold -> literal -> gate ids
        self.count = 0  # gates registered
        self.built = 0  # gates the automaton holds: ids below it
        self.automata: tuple[object, object, int] | None = None  # (case-insensitive, case-sensitive, gates held)
        self.texts = 0  # texts asked about
        self.rebuild_at = self.WARM_TEXTS
        self._module: object = None  # ahocorasick, False without it, None before the first look

    def register(self, literals: Iterable[str], fold: bool) -> int:
        """A new gate's id, its literals added to the next automaton; past `MAX_GATES` (a long-lived
        process making lists again and again) a gate is left out and answers as without it."""
        if self.count >= self.MAX_GATES:
            return NOT_INDEXED
        gid = self.count
        self.count += 1
        table = self.literals[fold]
        for literal in set(literals):
            table.setdefault(literal, []).append(gid)
        return gid

    def available(self) -> bool:
        module = self._module
        if module is None:
            try:
                import ahocorasick  # lazy: an optional C library; only a scan's gates use it
            except ImportError:
                ahocorasick = False
            module = self._module = ahocorasick
        return module is not False

    def opened(self, text: str) -> tuple[int, set[int], bool] | None:
        """(the gates the automaton holds, those of them the text opens, whether it holds a letter of
        `IGNORECASE_ODD`, which opens every case-insensitive gate), or None before a scan."""
        memo = _memo(text)
        found = memo.get(self)
        if found is None:
            self.texts += 1
            found = memo[self] = self._look(text)
        return found or None  # type: ignore[return-value]

    def _look(self, text: str) -> tuple[int, set[int], bool] | bool:
        if self.texts < self.WARM_TEXTS or not self.available():
            return False
        if self.built < self.count and self.texts >= self.rebuild_at:
            self._build()
        automata = self.automata
        if automata is None:
            return False
        fold_auto, case_auto, built = automata
        out: set[int] = set()
        for automaton, s in ((fold_auto, lowered(text)), (case_auto, text)):
            if automaton is not None:
                for _end, gids in automaton.iter(s):  # type: ignore[attr-defined]
                    out.update(gids)
        odd = not text.isascii() and any(c in text for c in IGNORECASE_ODD)  # opens every case-insensitive gate
        return (built, out, odd)  # type: ignore[return-value]

    def _build(self) -> None:
        made: list[object] = []
        built = self.count
        for fold in (True, False):
            table = self.literals[fold]
            if not table:
                made.append(None)
                continue
            automaton = self._module.Automaton()  # type: ignore[attr-defined]
            for literal, gids in table.items():
                automaton.add_word(literal, tuple(g for g in gids if g < built))
            automaton.make_automaton()
            made.append(automaton)
        self.automata = (made[0], made[1], built)  # one tuple: a reader sees the automata with their count
        self.built = built
        self.rebuild_at = 2 * self.texts  # a list first reached later waits a while: rebuilds stay few

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (_shared_index, ())  # a gate sent to another process joins that process's index


def _shared_index() -> GateIndex:
    return INDEX


INDEX = GateIndex()


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

    __slots__ = ("by_size", "fold", "gid", "index", "short")

    def __init__(self, literals: Iterable[str], fold: bool, size: int = 4) -> None:
        self.fold = fold
        self.index = INDEX  # the shared automaton it is looked for in, once a scan asks
        self.gid = NOT_INDEXED  # not in the automaton (an open gate has nothing to look for)
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
        # every usable literal, in the one automaton a scan runs once per text (`GateIndex`)
        self.gid = self.index.register((*short, *(w for t in tables.values() for v in t.values() for w in v)), fold)

    def open(self, text: str) -> bool:
        # asked for every list on every text a rule reads: the common case (the text's n-grams
        # already computed, no key among them) is one dict look-up and one set test per key size
        by_size = self.by_size
        if by_size is None:
            return True
        fold = self.fold
        # a scan: every gate's literals looked for at once, once per text (`GateIndex.opened`)
        index = self.index
        memo = _MEMO.get(text)
        found = memo.get(index) if memo is not None else None
        if found is None:
            found = index.opened(text)
        if found and self.gid < found[0]:
            return (fold and found[2]) or self.gid in found[1]
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
        if self.keys.index.available():
            return self.keys.open(text)  # the shared automaton answers a scan: nothing to compile
        if self.search is None:
            self.asked += 1
            if self.asked <= GATED_CALLS:
                return self.keys.open(text)
            self.search = compile_pattern(trie_regex(self.words)).search
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
        index = self.gate.index
        if index.available():
            # the shared automaton answers the gate for a scan too: a list no text holds a key of
            # is never compiled, and one that is compiled then runs as the plain pattern
            if self._compiled is not None and index.texts >= index.WARM_TEXTS:
                self._ungated()
            return self.gate.open(text)
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
            self._compiled = compile_pattern(self.pattern, self._flags)
            index = self.gate.index
            if not index.available() or self.gate.by_size is None or index.texts >= index.WARM_TEXTS:
                self._ungated()  # a scan (or a gate that is always open)
        return self._compiled

    def _ungated(self) -> None:
        """The compiled pattern's own methods on the instance: later calls cost a plain pattern's."""
        for name in self._METHODS:
            setattr(self, name, getattr(self._compiled, name))

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
