"""Text normalised once before any rule, with a map back to the original characters.

Hidden text defeats word lists: the agency's name with a zero-width space inside ("Bor\u200bder
Force"), Cyrillic or Greek look-alike letters ("АВF" in Cyrillic), fullwidth letters ("ＡＢＦ"),
or a right-to-left override that shows reversed characters the right way round. `normalise`
undoes all four before the rules read the text:

* Unicode NFKC (fullwidth letters, ligatures, compatibility forms), one character cluster (a
  base character and its combining marks) at a time so every output character knows its source;
* zero-width characters, the soft hyphen and every bidi control removed;
* a run after a right-to-left override (U+202E) up to its pop (U+202C), an isolate end or the
  line end is put back in reading order (reversed);
* confusable letters folded to Latin with a small table of this module's own: only inside a word
  that also holds a Latin letter, or whose letters are all look-alikes in a text with no other
  Cyrillic or Greek letter, so Greek or Russian prose stays as written.

`Normalised.span` maps a span of the normalised text to the original one and `original` gives
that original text, so evidence still quotes what the person actually posted. Plain ASCII text
(nearly every post) is returned at once, untouched.

This module imports nothing of auditor: the engine calls it once per item, before the rules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from auditor.rules.base import lazy_pattern

# Invisible characters: zero-width space / non-joiner / joiner, word joiner, BOM, soft hyphen,
# Mongolian vowel separator, invisible operators; then every bidi embedding, override and isolate.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064\u034f")
_BIDI = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_RLO, _PDF, _PDI = "\u202e", "\u202c", "\u2069"

# Cyrillic and Greek letters that look like Latin ones (lower and upper case).
_CONFUSABLE = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l",
    "ԛ": "q", "ԝ": "w", "ɡ": "g",
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ї": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D", "Һ": "H", "Ӏ": "I",
    "Ԛ": "Q", "Ԝ": "W",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "ο": "o", "ν": "v", "ι": "i", "κ": "k", "ρ": "p", "α": "a", "ε": "e", "υ": "u", "τ": "t",
}  # fmt: skip


_SPECIAL = lazy_pattern("[" + re.escape("".join(sorted(_INVISIBLE | _BIDI | set(_CONFUSABLE)))) + "]")


@dataclass(frozen=True, slots=True)
class Normalised:
    """The normalised text, the original, and for each normalised character its original index."""

    text: str
    original: str
    source: tuple[int, ...] | None = None  # None: the text is unchanged

    @property
    def changed(self) -> bool:
        return self.source is not None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering normalised characters [start, end)."""
        if self.source is None or start >= end:
            return start, end
        idx = self.source[max(0, start) : min(len(self.source), end)]
        if not idx:
            return len(self.original), len(self.original)
        a, b = min(idx), max(idx) + 1
        # a removed invisible character inside the span belongs to it; extend over combining marks
        while b < len(self.original) and unicodedata.combining(self.original[b]):
            b += 1
        return a, b

    def to_original(self, fragment: str) -> str:
        """`fragment` (a piece of the normalised text) as the original characters, if found."""
        if self.source is None or not fragment:
            return fragment
        i = self.text.find(fragment)
        if i < 0:
            return fragment
        a, b = self.span(i, i + len(fragment))
        return self.original[a:b]


def normalise(text: str) -> Normalised:
    """Fold hidden and look-alike text to plain text once; ASCII text comes back untouched."""
    if not text or text.isascii():
        return Normalised(text, text)
    if unicodedata.is_normalized("NFKC", text) and _SPECIAL.search(text) is None:
        return Normalised(text, text)  # emoji, accents, curly quotes: nothing to fold
    chars, source = _strip_and_reorder(text)
    out: list[str] = []
    out_src: list[int] = []
    i = 0
    while i < len(chars):
        j = i + 1
        while j < len(chars) and unicodedata.combining(chars[j]):
            j += 1
        cluster = "".join(chars[i:j])
        folded = cluster if cluster.isascii() else unicodedata.normalize("NFKC", cluster)
        out.extend(folded)
        out_src.extend([source[i]] * len(folded))
        i = j
    _fold_confusables(out)
    result = "".join(out)
    if result == text:
        return Normalised(text, text)
    return Normalised(result, text, tuple(out_src))


def _strip_and_reorder(text: str) -> tuple[list[str], list[int]]:
    """Drop invisible and bidi characters; reverse each right-to-left override run."""
    chars: list[str] = []
    source: list[int] = []
    run_start: int | None = None  # index in chars where an override run began
    for i, ch in enumerate(text):
        if ch == _RLO:
            _close(chars, source, run_start)
            run_start = len(chars)
            continue
        if run_start is not None and ch in (_PDF, _PDI, "\n"):
            _close(chars, source, run_start)
            run_start = None
        if ch in _INVISIBLE or ch in _BIDI:
            continue
        chars.append(ch)
        source.append(i)
    _close(chars, source, run_start)
    return chars, source


def _close(chars: list[str], source: list[int], start: int | None) -> None:
    if start is not None and len(chars) - start > 1:
        chars[start:] = chars[start:][::-1]
        source[start:] = source[start:][::-1]


def _fold_confusables(chars: list[str]) -> None:
    """Fold look-alike letters in place, word by word (see the module docstring)."""
    n = len(chars)
    # a word made only of look-alikes ("ВОРДЕР" is not one; "АВС" is) is folded only when no
    # other Cyrillic or Greek letter appears: in Russian or Greek prose "всё" stays "всё"
    foreign = any(c.isalpha() and not c.isascii() and c not in _CONFUSABLE and _lookalike_script(c) for c in chars)
    i = 0
    while i < n:
        if not chars[i].isalpha():
            i += 1
            continue
        j = i
        while j < n and (chars[j].isalpha() or unicodedata.combining(chars[j])):
            j += 1
        word = chars[i:j]
        if any(c in _CONFUSABLE for c in word):
            latin = any(c.isascii() for c in word)
            if latin or (not foreign and all(c in _CONFUSABLE or unicodedata.combining(c) for c in word)):
                for k in range(i, j):
                    chars[k] = _CONFUSABLE.get(chars[k], chars[k])
        i = j


def _lookalike_script(ch: str) -> bool:
    """Cyrillic or Greek (the scripts the look-alike table folds)."""
    return "\u0370" <= ch <= "\u052f" or "\u1f00" <= ch <= "\u1fff"
