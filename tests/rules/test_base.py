"""auditor.rules.base: the Rule record, term matching, sentences, snippets and per-profile caches."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import re
import string

import pytest

from auditor.config import load_profile
from auditor.models import Audience, Category, Item, ItemKind, Platform, Position, Severity
from auditor.rules.base import (
    GROUP_BY_CATEGORY,
    IGNORECASE_ODD,
    Example,
    LazyPattern,
    Match,
    Rule,
    TermSet,
    describe,
    given_names,
    lazy_pattern,
    may_match,
    needed_words,
    per_profile,
    per_text,
    reach_severity,
    searched,
    sentence_of,
    sentence_spans,
    snippet,
    word_pattern,
)


def _item(kind: ItemKind = ItemKind.POST, audience: Audience = Audience.PUBLIC, field: str | None = None) -> Item:
    return Item(platform=Platform.FACEBOOK, kind=kind, path="t", text="x", audience=audience, field=field)


def test_word_pattern_tolerates_case_and_spacing_and_prefers_the_longest_term():
    pat = word_pattern(["Border Force", "Australian Border Force", "Home Affairs"])
    assert pat is not None
    assert pat.search("with the australian  border-force").group(0) == "australian  border-force"
    assert pat.search("HomeAffairs").group(0) == "HomeAffairs"
    assert pat.search("home_affairs").group(0) == "home_affairs"
    assert pat.search("borderforces") is None  # whole words only


def test_word_pattern_of_no_terms_is_none_and_patterns_are_cached_by_content():
    assert word_pattern([]) is None
    assert word_pattern(["", "  "]) is None
    assert word_pattern(["night shift"]) is word_pattern(["night shift"])


def test_word_pattern_case_sensitive_matches_only_as_written():
    pat = word_pattern(["ABF"], case_sensitive=True)
    assert pat.search("the ABF today") is not None
    assert pat.search("the abf today") is None


def test_termset_matches_acronyms_case_sensitively_and_other_terms_in_any_case():
    ts = TermSet(["ABF", "seized", "Integrated Cargo System"])
    hits = [m.group(0) for m in ts.finditer("abf seized ABF, integrated cargo system")]
    assert hits == ["seized", "ABF", "integrated cargo system"]  # in text order; lower-case "abf" is not the acronym
    assert ts.search("nothing to see") is None
    assert [sorted(keys) for _n, keys, _w in ts.ci.gate.by_size] == [["inte", "seiz"]]  # the keyword gates
    assert [sorted(keys) for _n, keys, _w in ts.cs.gate.by_size] == [["ABF"]]  # as written: the acronym's case counts
    assert ts.keys.words == ("abf", "inte", "seiz")  # the set's prefilter: each term's first letters, any case
    assert ts.search("INTEGRATED CARGO SYSTEM") is not None  # the case-insensitive gate reads the lower-cased text
    assert TermSet([]).search("anything") is None


def test_sentence_spans_split_on_stops_and_line_breaks():
    text = "One. Two! Three\nFour"
    assert sentence_spans(text) == [(0, 4), (5, 9), (10, 15), (16, 20)]
    assert sentence_of(text, 6, 8) == (5, 9)
    assert sentence_spans("") == [(0, 0)]


def test_snippet_marks_cut_text_with_ellipses():
    assert snippet("x" * 100, 50, 52, width=10) == "…" + "x" * 22 + "…"
    assert snippet("short", 0, 5) == "short"
    assert snippet("a\nb", 0, 3) == "a b"


def test_reach_severity_lowers_private_items_one_step():
    private = _item(ItemKind.MESSAGE, Audience.PRIVATE)
    assert reach_severity(Severity.CRITICAL, private) == Severity.HIGH
    assert reach_severity(Severity.HIGH, private) == Severity.MEDIUM
    assert reach_severity(Severity.MEDIUM, private) == Severity.LOW
    assert reach_severity(Severity.LOW, private) == Severity.LOW
    assert reach_severity(Severity.HIGH, _item()) == Severity.HIGH


def test_describe_names_the_item_kind_and_profile_field():
    assert describe(_item()) == "Post"
    assert describe(_item(ItemKind.PROFILE_FIELD, field="bio")) == "Profile field (bio)"
    assert describe(_item(ItemKind.CHECK_IN)) == "Check-in"


def test_rule_group_defaults_from_category_and_kinds_limit_where_it_applies():
    def check(item, profile):
        return iter(())

    rule = Rule(
        code="TST101",
        name="t",
        category=Category.UNIFORM,
        severity=Severity.LOW,
        confidence=0.5,
        summary="s",
        rationale="r",
        remediation="f",
        check=check,
        kinds=frozenset({ItemKind.CAPTION}),
    )
    assert rule.group == GROUP_BY_CATEGORY[Category.UNIFORM] == "tags"
    assert rule.applies(_item(ItemKind.CAPTION)) and not rule.applies(_item(ItemKind.POST))
    plain = Rule("TST102", "t", Category.OFFICIAL_COMMENT, Severity.LOW, 0.5, "s", "r", "f", check)
    assert plain.group == "posts" and plain.applies(_item(ItemKind.MESSAGE))


def test_example_item_carries_kind_position_and_extra():
    item = Example("hi", True, kind=ItemKind.PHOTO, position=(-35.3, 149.1), extra=(("identity", {"a": 1}),)).item()
    assert item.kind == ItemKind.PHOTO and item.text == "hi"
    assert item.position == Position(-35.3, 149.1, source="example")
    assert item.extra == {"identity": {"a": 1}}
    assert Match(key="k", evidence="e", why="w").severity is None


def test_per_profile_builds_once_per_profile_object():
    calls = []
    prof = load_profile("dibp")

    def build(p):
        calls.append(p)
        return object()

    first = per_profile(prof, "test-base-build-once", build)
    assert per_profile(prof, "test-base-build-once", build) is first
    assert calls == [prof]


def test_per_profile_reuses_what_an_equal_copy_built_but_not_for_another_profile():
    # a worker process unpickles the profile with every chunk of items: an equal copy must not
    # compile every pattern again
    calls = []
    prof = load_profile("dibp")

    def build(p):
        calls.append(p)
        return object()

    first = per_profile(prof, "test-base-build-copy", build)
    assert per_profile(pickle.loads(pickle.dumps(prof)), "test-base-build-copy", build) is first
    other = dataclasses.replace(prof, data={**prof.data, "owner": {"names": ["Sam Citizen"]}})
    assert per_profile(other, "test-base-build-copy", build) is not first
    assert calls == [prof, other]


def test_per_text_memoises_per_text():
    calls = []
    prof = load_profile("dibp")

    def compute():
        calls.append(1)
        return ["value"]

    assert per_text(prof, "test-base-text", "some text", compute) == ["value"]
    assert per_text(prof, "test-base-text", "some text", compute) == ["value"]
    per_text(prof, "test-base-text", "other text", compute)
    assert len(calls) == 2


def test_given_names_are_case_folded():
    names = given_names()
    assert "sarah" in names and "james" in names
    assert all(n == n.casefold() for n in names)


def test_trie_regex_prefers_the_longest_term_and_any_spacing():
    import re

    from auditor.rules.base import trie_regex, word_pattern

    pat = word_pattern(["Border Force", "Australian Border Force", "ABF officer", "x-ray"])
    assert [m.group(0) for m in pat.finditer("the Australian Border Force and BorderForce, border_force")] == [
        "Australian Border Force",
        "BorderForce",
        "border_force",
    ]
    assert [m.group(0) for m in pat.finditer("an X ray and an xray")] == ["X ray", "xray"]
    assert pat.search("borderforces") is None  # whole words only
    body = trie_regex(["ab", "abc"], fold=True)
    assert re.fullmatch(body, "abc", re.IGNORECASE) and re.fullmatch(body, "AB", re.IGNORECASE)
    assert word_pattern(["ABF"], case_sensitive=True).search("abf") is None


def test_lazy_pattern_compiles_on_first_use_and_then_behaves_as_the_compiled_pattern():
    pat = lazy_pattern(r"\b(border) force\b", re.IGNORECASE)
    assert isinstance(pat, LazyPattern)
    assert "compiled" not in vars(pat)  # nothing compiled at definition
    assert pat.pattern == r"\b(border) force\b"
    m = pat.search("the Border Force said")
    assert m is not None and m.group(1) == "Border"
    compiled = vars(pat)["compiled"]
    assert compiled is re.compile(r"\b(border) force\b", re.IGNORECASE)
    assert vars(pat)["search"] == compiled.search  # later calls go straight to the compiled pattern
    assert pat.sub("X", "border force and Border Force") == "X and X"
    assert [x.span() for x in pat.finditer("border force, border force")] == [(0, 12), (14, 26)]
    assert pat.flags == compiled.flags and pat.groups == 1


def test_lazy_pattern_every_use_compiles_it_first_whatever_the_method():
    for use in (lambda p: p.match("ab"), lambda p: p.fullmatch("ab"), lambda p: p.findall("ab"), lambda p: p.split("ab")):
        pat = lazy_pattern("a")
        use(pat)
        assert "compiled" in vars(pat)


def test_lazy_pattern_pickles_and_copies_as_its_source_compiled_or_not():
    for used in (False, True):
        pat = lazy_pattern(r"a+b", re.I)
        if used:
            pat.search("AAB")
        for twin in (pickle.loads(pickle.dumps(pat)), copy.deepcopy(pat), copy.copy(pat)):
            assert isinstance(twin, LazyPattern) and twin.pattern == "a+b"
            assert twin.search("xAaB").group() == "AaB"


def test_lazy_pattern_an_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError):
        lazy_pattern("a").no_such_thing  # noqa: B018


def test_searched_answers_as_search_and_remembers_only_the_last_text():
    pat = re.compile(r"\bshift\b", re.IGNORECASE)
    first = searched(pat, "night Shift again")
    assert first is not None and first.group(0) == "Shift"
    assert searched(pat, "night Shift again") is first  # the same text: the remembered match
    assert searched(pat, "a day off") is None
    assert searched(pat, "night Shift again") is not first  # asked again after another text
    assert searched(pat, "night Shift again").span() == first.span()


def test_termset_remembers_its_last_answer_per_text_and_span():
    ts = TermSet(["night shift"])
    text = "night shift, then another night shift"
    assert [m.start() for m in ts.finditer(text)] == [0, 26]
    assert [m.start() for m in ts.finditer(text, 5)] == [26]  # another span: asked afresh
    hits = ts.finditer(text)
    hits.clear()  # a caller changing its list does not change the next answer
    assert [m.start() for m in ts.finditer(text)] == [0, 26]


def test_ignorecase_odd_lists_every_character_that_ignorecase_matches_to_an_ascii_letter_but_lower_does_not():
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
    odd = {t for c in string.ascii_lowercase for t in re.findall("(?i)" + c, every) if t.lower() != c}
    assert odd == set(IGNORECASE_ODD)


def test_needed_words_reads_literal_runs_groups_and_alternations():
    assert needed_words(re.compile(r"\b(?:night|day) shifts?\b", re.I)) == (" shift",)
    assert needed_words(re.compile(r"\bseized\b|\bfound (?:\d+|some)")) == ("found ", "seized")
    assert needed_words(re.compile(r"(?:^|x)\d+")) is None  # a branch that needs nothing: no shortcut
    assert needed_words(re.compile(r"\bCUSTOMS\b", re.I)) == ("customs",)  # lower case for IGNORECASE
    assert needed_words(re.compile(r"(?i:abc)|def")) is None  # a group with its own flags: no claim


def test_may_match_never_rules_out_a_text_the_pattern_matches():
    pat = re.compile(r"\bi work (?:for|at)\b|\bseized\b", re.IGNORECASE)
    for text, matches in [
        ("I WORK FOR them", True),
        ("we Seized it", True),
        ("\u0130 work at the port", True),  # dotted capital I: IGNORECASE reads it as "i"
        ("we \u017feized it", True),  # long s
        ("made pancakes", False),
    ]:
        assert (pat.search(text) is not None) == matches
        assert may_match(pat, text) or not matches
    assert not may_match(pat, "made pancakes")
    assert searched(pat, "made pancakes") is None


def test_may_match_reads_a_lazy_patterns_source_without_compiling_it():
    pat = lazy_pattern(r"(?i)\bseized\b|\bi work (?:for|at)\b")  # a global inline flag, not an argument
    assert not may_match(pat, "made pancakes")
    assert may_match(pat, "we SEIZED it")  # the inline (?i) counts: the text is read lower-cased
    assert "compiled" not in vars(pat)  # asked twice, compiled never
    assert searched(pat, "I Work At the port").group(0) == "I Work At"


def test_the_needed_word_gate_turns_into_one_compiled_search_for_a_scan_and_answers_the_same(monkeypatch):
    from auditor.rules import terms
    from auditor.rules.base import GATED_CALLS, _word_gate

    index = terms.GateIndex()
    index._module = False  # as without pyahocorasick (with it, the shared automaton answers: test_terms.py)
    monkeypatch.setattr(terms, "INDEX", index)

    pat = lazy_pattern(r"\bseized\b|\bi work (?:for|at)\b", re.IGNORECASE)
    texts = ["we Seized it", "made pancakes", "I WORK FOR them", "\u0130 work at the port", "a walk"] * 30
    answers = [may_match(pat, t) for t in texts]
    gate = _word_gate(pat)
    assert gate.search is not None and len(texts) > GATED_CALLS  # a scan: the compiled search
    assert answers == [may_match(pat, t) for t in texts] == [t != "made pancakes" and t != "a walk" for t in texts]


def test_a_gated_lazy_pattern_is_compiled_from_its_parse_into_the_same_pattern(monkeypatch):
    import importlib
    import pkgutil

    import auditor.rules
    from auditor.rules import regexcode
    from auditor.rules.base import LazyPattern, _compile_parsed

    # without the stored code (`rules.regexcode`, tested on its own): parsed and compiled here
    monkeypatch.setattr(regexcode, "_ENTRIES", {})

    seen = 0
    for info in pkgutil.iter_modules(auditor.rules.__path__):
        for value in vars(importlib.import_module(f"auditor.rules.{info.name}")).values():
            if isinstance(value, LazyPattern):
                fresh = LazyPattern(value.pattern, value._flags)
                may_match(fresh, "made pancakes")  # reads its needed words: parses it, keeps the parse
                assert "_parsed" in vars(fresh)  # read once, kept for its compile
                plain = re.compile(value.pattern, value._flags)
                fresh.search("")  # its first use compiles it
                compiled = vars(fresh)["compiled"]
                assert compiled == plain and compiled.pattern == plain.pattern  # the same code, flags and source
                assert (fresh.groups, fresh.groupindex, fresh.flags) == (plain.groups, plain.groupindex, plain.flags)
                assert "_parsed" not in vars(fresh)
                seen += 1
    assert seen > 300
    assert _compile_parsed("a(?P<x>b)", re.IGNORECASE, None) == re.compile("a(?P<x>b)", re.IGNORECASE)
