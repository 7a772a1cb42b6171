"""The regex engine's code for the rules' patterns, kept from a build, so a fresh process skips
compiling them.

A fresh process (`auditor check` on one draft, each worker of a scan) used to spend a large share
of its time turning the rules' long patterns (term lists as character tries, the language
patterns of operations, people and places) into the regex engine's code: parsing and code
generation are pure Python (`re._parser`, `re._compiler`), about 0.1 s of a one-draft check and
0.3 s of a scan's first thousands of posts. ``bench/build_regex_code.py`` runs every profile
over invented and labelled texts, records each pattern of `MIN_SOURCE` characters or more that
the rules compile (its source and flags) and stores, per pattern, what compiling it produced: the
code, its groups and final flags, and the literal words every match needs
(`rules.base.needed_words`). `stored_pattern` builds the pattern from that code with the engine's
own constructor (`_sre.compile`, as `re.compile` ends), so it is equal to `re.compile(source,
flags)` (a Pattern compares its flags, source and code; the tests check every stored pattern so).
Example: the 250 patterns stored by the build take about 0.4 s of CPU to compile from their
source, and a few milliseconds to read from the store.

Exact or nothing: the store is used only by the Python that built it (version, the engine's
magic number and code size); a pattern not in it (a custom profile's list, a pattern changed
since the build) is compiled as before, and a missing or unreadable store means every pattern
is. Rebuild it after changing patterns (``python bench/build_regex_code.py``); a stale store only
costs speed. This module imports nothing of auditor, so `rules.terms` and `rules.base` use it.
"""

from __future__ import annotations

import pickle
import re
import sys
from importlib import resources

STORE = "regex_code.bin"  # in auditor/data
# a shorter pattern compiles in well under a millisecond: it is not stored, and a draft that
# compiles only such patterns (the first stage's) never reads the store
MIN_SOURCE = 200
_ENTRIES: dict[str, tuple] | None = None
# (source, flags) pairs asked for while a build records them (`bench/build_regex_code.py`)
RECORDED: set[tuple[str, int]] | None = None


def tag() -> tuple:
    """What must match for stored code to be used: the Python and its regex engine."""
    import _sre  # lazy: the regex engine's own module, only when a store is read or built

    return (sys.version, sys.hexversion, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode)


def key(source: str, flags: int) -> str:
    return f"{int(flags)}\x00{source}"


def _entries() -> dict[str, tuple]:
    global _ENTRIES
    if _ENTRIES is None:
        try:
            raw = resources.files("auditor.data").joinpath(STORE).read_bytes()
            stored_tag, entries = pickle.loads(raw)  # noqa: S301 - our own package data
            _ENTRIES = entries if stored_tag == tag() and isinstance(entries, dict) else {}
        except Exception:  # noqa: BLE001 - no store, or another Python's: compile as before
            _ENTRIES = {}
    return _ENTRIES


def _record(source: str, flags: int) -> None:
    if RECORDED is not None:
        RECORDED.add((source, int(flags)))


def stored_pattern(source: str, flags: int) -> re.Pattern[str] | None:
    """`re.compile(source, flags)` from the stored code, or None when it is not stored."""
    if len(source) < MIN_SOURCE:
        return None
    _record(source, flags)
    entry = _entries().get(key(source, flags))
    if entry is None:
        return None
    try:
        import _sre  # lazy: as `re._compiler.compile` ends
        from array import array  # lazy: the stored code's form

        final_flags, code_bytes, groups, groupindex, indexgroup = entry[:5]
        code = array("I" if _sre.CODESIZE == 4 else "L")
        code.frombytes(code_bytes)
        return _sre.compile(source, final_flags, code.tolist(), groups - 1, dict(groupindex), tuple(indexgroup))
    except Exception:  # noqa: BLE001 - any doubt: the caller compiles the source
        return None


def compile_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from the store when it holds the pattern."""
    return stored_pattern(source, flags) or re.compile(source, flags)


NOT_STORED = object()  # `needed` for a pattern the store lacks


def stored_needed(source: str, flags: int) -> object:
    """The stored `rules.base._needed_and_fold` answer for a pattern (a tuple or None), or
    `NOT_STORED` when the store does not hold it."""
    if len(source) < MIN_SOURCE:
        return NOT_STORED
    _record(source, flags)
    entry = _entries().get(key(source, flags))
    if entry is None or len(entry) < 6:
        return NOT_STORED
    return entry[5]


def entry_for(source: str, flags: int, needed_answer: object) -> tuple:
    """What the store keeps for one pattern: compiled here, the same steps as ``re.compile``."""
    import _sre  # lazy: as above
    from array import array  # lazy: used by the build only
    from re import _compiler, _parser  # lazy: the build compiles as `re.compile` does

    flags = int(flags)
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    state = parsed.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, i in state.groupdict.items():
        indexgroup[i] = name
    packed = array("I" if _sre.CODESIZE == 4 else "L", code).tobytes()
    return (flags | state.flags, packed, state.groups, tuple(state.groupdict.items()), tuple(indexgroup), needed_answer)


def write(path: str, entries: dict[str, tuple]) -> int:
    """Write a store of `entries` (key -> `entry_for`) to path; its size in bytes."""
    data = pickle.dumps((tag(), entries), protocol=4)  # not compressed: read in about 3 ms
    with open(path, "wb") as fh:
        fh.write(data)
    return len(data)


def reset() -> None:
    """Forget the loaded store (tests, the build)."""
    global _ENTRIES
    _ENTRIES = None
