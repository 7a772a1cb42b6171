"""The stored regex code: a pattern built from it is the pattern `re.compile` makes, or none is."""

from __future__ import annotations

import pickle
import re
from importlib import resources

import pytest

from auditor.rules import regexcode
from auditor.rules.base import LazyPattern, _needed_and_fold, lazy_pattern, may_match
from auditor.rules.terms import word_pattern

# invented patterns of the shapes the rules compile: a trie with groups, a named group, flags
SAMPLES = (
    (r"(?<!\w)(?:bor(?:der(?:\x20?force)?|ing)|cust(?:oms|ard))(?!\w)", re.IGNORECASE),
    (r"\b(?P<who>sarge|the boss)\b said (?:we|I) (?:had|have) to\b", 0),
    (r"(?i)night shift at (?:the )?(\w+) (?:gate|wharf)", 0),
)


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A store of SAMPLES written and read back as the package's would be."""
    entries = {regexcode.key(s, f): regexcode.entry_for(s, f, _needed_and_fold(LazyPattern(s, f))) for s, f in SAMPLES}
    path = tmp_path / "store.bin"
    regexcode.write(str(path), entries)
    tag, read = pickle.loads(path.read_bytes())  # noqa: S301 - written just above
    assert tag == regexcode.tag()
    monkeypatch.setattr(regexcode, "_ENTRIES", read)
    monkeypatch.setattr(regexcode, "MIN_SOURCE", 0)  # the samples are short
    return read


def test_a_stored_pattern_is_the_one_re_compile_makes(store):
    for source, flags in SAMPLES:
        built = regexcode.stored_pattern(source, flags)
        assert built is not None
        plain = re.compile(source, flags)
        # a Pattern compares its flags, source and code
        assert built == plain
        assert (built.groups, built.groupindex, built.flags) == (plain.groups, plain.groupindex, plain.flags)
        text = "Sarge said we had to cover the night shift at the Botany wharf, Border Force"
        assert [m.span() for m in built.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_pattern_not_stored_is_compiled_as_before(store):
    assert regexcode.stored_pattern(r"pancakes? (?:with|for) the kids", 0) is None
    assert regexcode.compile_pattern(r"pancakes? (?:with|for) the kids").search("pancakes with the kids")
    assert regexcode.stored_needed(r"pancakes? (?:with|for) the kids", 0) is regexcode.NOT_STORED


def test_the_stored_needed_words_are_the_parsed_ones(store):
    for source, flags in SAMPLES:
        assert regexcode.stored_needed(source, flags) == _needed_and_fold(LazyPattern(source, flags))
    assert regexcode.stored_needed(*SAMPLES[0]) == (("bor", "cust"), True)


def test_a_short_pattern_never_reads_the_store(store, monkeypatch):
    """A pattern that compiles in microseconds is compiled: a draft the first stage clears (which
    compiles only such patterns) never loads the store."""
    monkeypatch.setattr(regexcode, "MIN_SOURCE", 200)
    monkeypatch.setattr(regexcode, "_ENTRIES", None)
    source, flags = SAMPLES[0]
    assert regexcode.stored_pattern(source, flags) is None
    assert regexcode.stored_needed(source, flags) is regexcode.NOT_STORED
    assert regexcode._ENTRIES is None


def test_damaged_code_is_never_used(store):
    source, flags = SAMPLES[1]
    entry = list(store[regexcode.key(source, flags)])
    entry[1] = b"\xff\xff\xff\x7f" * 8  # not code the engine accepts
    store[regexcode.key(source, flags)] = tuple(entry)
    assert regexcode.stored_pattern(source, flags) is None
    assert regexcode.compile_pattern(source, flags) == re.compile(source, flags)


def test_another_pythons_store_is_not_read(tmp_path, monkeypatch):
    source, flags = SAMPLES[0]
    data = pickle.dumps((("3.0.0", 0, 0, 0, 0), {regexcode.key(source, flags): regexcode.entry_for(source, flags, None)}))

    class Fake:
        def joinpath(self, name):
            return self

        def read_bytes(self):
            return data

    monkeypatch.setattr(resources, "files", lambda package: Fake())
    monkeypatch.setattr(regexcode, "_ENTRIES", None)
    monkeypatch.setattr(regexcode, "MIN_SOURCE", 0)
    assert regexcode.stored_pattern(source, flags) is None
    regexcode.reset()


def test_the_rules_compile_through_the_store(monkeypatch):
    """A lazy pattern and a term list take their code (and needed words) from the store, not from
    compiling their source: with the compiler broken they still work."""
    from re import _compiler, _parser  # lazy: broken below, for this test only

    terms = word_pattern(["night shift at the quay", "the eastern gate"])
    source = r"\b(?:sarge|the boss) told (?:us|me) to cover (?:the )?(\w+) again\b"
    entries = {
        regexcode.key(s, f): regexcode.entry_for(s, f, _needed_and_fold(LazyPattern(s, f)))
        for s, f in ((source, re.IGNORECASE), (terms.pattern, int(terms._flags)))
    }
    monkeypatch.setattr(regexcode, "_ENTRIES", entries)
    monkeypatch.setattr(regexcode, "MIN_SOURCE", 0)

    def broken(*args, **kwargs):
        raise AssertionError("compiled from source")

    monkeypatch.setattr(_parser, "parse", broken)
    monkeypatch.setattr(_compiler, "_code", broken)
    pat = lazy_pattern(source, re.IGNORECASE)
    assert may_match(pat, "Sarge told us to cover the quay again")
    assert pat.search("Sarge told us to cover the quay again").group(1) == "quay"
    assert terms.search("night shift at the quay, then home") is not None


def test_the_shipped_store_holds_what_re_compile_makes():
    """Every pattern in the package's store (when it is this Python's) equals `re.compile`'s."""
    regexcode.reset()
    entries = regexcode._entries()
    if not entries:
        pytest.skip("no store for this Python: every pattern is compiled as before")
    for k in entries:
        flags, source = k.split("\x00", 1)
        assert regexcode.stored_pattern(source, int(flags)) == re.compile(source, int(flags)), source[:80]
    regexcode.reset()
