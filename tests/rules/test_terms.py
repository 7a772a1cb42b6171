"""Term lists as gated, lazily built patterns (`auditor.rules.terms`): never a match dropped."""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path

import pytest

from auditor.config import load_profile
from auditor.config.profile import builtin_names
from auditor.rules import terms as terms_module
from auditor.rules.terms import (
    GATED_CALLS,
    GateIndex,
    KeyGate,
    TermPattern,
    TermSet,
    WordGate,
    lowered,
    text_grams,
    trie_regex,
    word_pattern,
)

EVAL = Path(__file__).resolve().parent.parent / "eval"


def _eval_texts() -> list[str]:
    """Every text of the labelled sets anyone may read (never the blind sets)."""
    texts = []
    for path in sorted(EVAL.glob("*.jsonl")):
        if path.name.startswith("blind") or path.name == "ato.jsonl":
            continue
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def _term_lists(profile) -> list[list[str]]:
    """Every list of strings anywhere in a profile (its term lists)."""
    out = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            strings = [v for v in node if isinstance(v, str)]
            if strings:
                out.append(strings)
            for value in node:
                if isinstance(value, dict):
                    walk(value)

    walk(profile.data)
    return out


def _variants(term: str) -> list[str]:
    """A term as people write it: any case, spacing run together or with "_" and "-", in a sentence."""
    joined = re.sub(r"[\s_\-]+", "", term)
    return [term, term.upper(), term.lower(), term.title(), joined, re.sub(r"\s+", "_", term), f"at the {term} today"]


def _plain(terms: list[str], case_sensitive: bool) -> re.Pattern[str]:
    """The same pattern compiled outright, with no gate: what the gate must never contradict."""
    pat = word_pattern(terms, case_sensitive)
    assert isinstance(pat, TermPattern)
    return re.compile(pat.pattern, 0 if case_sensitive else re.IGNORECASE)


def _spans(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", builtin_names())
def test_the_gate_never_drops_a_match_over_the_profiles_own_terms_and_the_eval_texts(name):
    profile = load_profile(name)
    lists = _term_lists(profile)
    assert len(lists) > 20  # the profile's term lists were found
    everything = sorted({t for terms in lists for t in terms if t.strip()})
    upper = [t for t in everything if t.isupper() and len(t) <= 6]
    texts = _eval_texts() + [v for t in everything for v in _variants(t)]
    assert len(texts) > 2000
    closed = 0
    for terms, cs in ((everything, False), (upper, True)):
        gate, plain = word_pattern(terms, cs).gate, _plain(terms, cs)
        for text in texts:
            opened = gate.open(text)
            assert opened or plain.search(text) is None, (name, text)  # closed only where nothing matches
            closed += not opened
    assert closed > 1000  # and it does close, on most of these texts
    for terms in lists:  # each list on its own terms, as the rules build them
        if any(t.strip() for t in terms):
            gate, plain = word_pattern(terms).gate, _plain(terms, False)
            for text in (v for t in terms for v in _variants(t)):
                assert gate.open(text) or plain.search(text) is None, (name, text)


@pytest.fixture
def no_automaton(monkeypatch):
    """The gates as they answer without pyahocorasick (a fresh, empty index)."""
    index = GateIndex()
    index._module = False
    monkeypatch.setattr(terms_module, "INDEX", index)
    return index


@pytest.fixture
def automaton(monkeypatch):
    """A fresh shared gate index, in use from the fourth text on (skipped without pyahocorasick)."""
    pytest.importorskip("ahocorasick")
    index = GateIndex()
    index.WARM_TEXTS = 4
    index.rebuild_at = 4
    monkeypatch.setattr(terms_module, "INDEX", index)
    return index


def test_a_term_pattern_asked_many_times_is_compiled_and_answers_as_the_plain_pattern(no_automaton):
    terms = ["Integrated Cargo System", "a joke", "ABF officer"]
    pat, plain = TermPattern(tuple(t.replace(" ", "\x00") for t in terms), False), _plain(terms, False)
    texts = _eval_texts()[:300]
    for i, text in enumerate(texts):
        assert _spans(pat, text) == _spans(plain, text)
        if i < GATED_CALLS - 1:
            assert pat._compiled is None or any(pat.gate.open(t) for t in texts[: i + 1])  # compiled only once a key was seen
    assert pat._compiled is not None and pat.finditer == pat.compiled.finditer  # a scan: no gate any more


def test_a_term_pattern_is_built_and_compiled_only_for_a_text_holding_a_key(no_automaton):
    pat = word_pattern(["Integrated Cargo System", "seized goods", "x-ray"])
    assert pat.search("made pancakes with the kids") is None
    assert pat._pattern is None and pat._compiled is None  # nothing built for a text it cannot match
    assert pat.search("the INTEGRATED cargo-system is down").group(0) == "INTEGRATED cargo-system"
    assert pat._compiled is not None
    # once compiled, the pattern's own methods answer (no gate, no Python call in between)
    assert pat.search == pat.compiled.search and pat.finditer == pat.compiled.finditer
    assert pat.search("made pancakes") is None and pat.search("an X-RAY").group(0) == "X-RAY"


def test_a_term_pattern_answers_every_method_as_the_compiled_pattern():
    terms = ["Border Force", "ABF officer", "x-ray"]
    pat, plain = word_pattern(terms), _plain(terms, False)
    for text in ["the Border Force and an xray", "nothing here", "", "Border  force at the X-RAY"]:
        assert pat.findall(text) == plain.findall(text)
        assert pat.sub("#", text) == plain.sub("#", text) and pat.subn("#", text, 1) == plain.subn("#", text, 1)
        assert pat.split(text) == plain.split(text)
        for method in ("search", "match", "fullmatch"):
            a, b = getattr(pat, method)(text), getattr(plain, method)(text)
            assert (a and a.span()) == (b and b.span())
        assert _spans(pat, text) == _spans(plain, text)
        assert [m.span() for m in pat.finditer(text, 4, 20)] == [m.span() for m in plain.finditer(text, 4, 20)]
    assert pat.flags == plain.flags and pat.groups == plain.groups == 0


def test_a_term_pattern_pickles_as_its_terms():
    pat = word_pattern(["night shift", "ABF"])
    twin = pickle.loads(pickle.dumps(pat))
    assert isinstance(twin, TermPattern) and twin.terms == pat.terms
    assert _spans(twin, "a NIGHT-SHIFT at the abf") == _spans(pat, "a NIGHT-SHIFT at the abf") == [(2, 13), (21, 24)]


def test_key_gate_opens_exactly_when_one_of_its_literals_is_in_the_text():
    literals = ["x", "ice", "Sniffer", "joke", "jokers", "department"]
    gate = KeyGate(literals, fold=True)
    assert [(n, sorted(keys)) for n, keys, _words in gate.by_size] == [(4, ["depa", "joke", "snif"]), (3, ["ice"])]
    assert gate.short == ("x",)  # one or two letters: looked for in the text itself
    assert gate.by_size[0][2]["joke"] == ("joke", "jokers")  # a key found in the text: its literals are looked for
    for text in ["an x-ray", "XRAY", "price", "sniffing", "SNIFFER", "the depot", "nothing here", "", "JOKES", "ICE"]:
        assert gate.open(text) == any(w.lower() in text.lower() for w in literals), text
    assert KeyGate(["ABF"], fold=False).open("abf") is False  # case-sensitive literals as written
    assert KeyGate(["\u00e9t\u00e9", "ice"], fold=True).open("nothing") is True  # no usable literal: always open
    assert KeyGate(["caf\u00e9"], fold=True).open("a CAFE") is True  # cut at the first non-ASCII letter
    assert KeyGate(["seized"], fold=True).open("we \u017feized it") is True  # long s: IGNORECASE reads it as "s"


def test_a_term_is_gated_by_its_longest_word():
    pat = word_pattern(["a joke", "night shift"])
    assert sorted(w for _n, _k, words in pat.gate.by_size for ws in words.values() for w in ws) == ["joke", "night"]
    assert pat.gate.open("a nightly walk")  # "night" is in "nightly": open, though no match
    assert pat.search("a nightly walk") is None and not pat.gate.open("a walk")


def test_text_grams_are_computed_once_per_text_and_shared():
    first = text_grams("Night Shift", 4, True)
    assert first == {"nigh", "ight", "ght ", "ht s", "t sh", " shi", "shif", "hift"}
    assert text_grams("Night Shift", 4, True) is first  # the same text: the same set
    assert text_grams("Night Shift", 4, False) == {"Nigh", "ight", "ght ", "ht S", "t Sh", " Shi", "Shif", "hift"}
    assert text_grams("ab", 4, True) == set()
    assert lowered("Night Shift") == "night shift"


def test_termset_and_trie_regex_are_the_ones_base_re_exports():
    from auditor.rules import base

    assert base.TermSet is TermSet and base.word_pattern is word_pattern and base.trie_regex is trie_regex


def test_the_shared_automaton_opens_each_gate_exactly_as_its_key_gate(automaton):
    # every list of every built-in profile, each as its own gate; before the automaton is in use
    # (and without it) a gate answers from the text's n-grams, after it from the automaton
    gates = [
        KeyGate([t for t in terms if t.strip()], fold)
        for name in builtin_names()
        for terms in _term_lists(load_profile(name))
        for fold in (True, False)
    ]
    twins = [KeyGate(g.short + tuple(w for _n, _k, d in g.by_size or () for v in d.values() for w in v), g.fold) for g in gates]
    for twin in twins:
        twin.index = GateIndex()
        twin.index._module = False  # the same literals answered the old way
    texts = _eval_texts()[:400] + ["\u0130ntegrated cargo", "SEIZED", "", "x"]
    used = 0
    for text in texts:
        assert [g.open(text) for g in gates] == [t.open(text) for t in twins], text
        used += automaton.automata is not None and bool(automaton.opened(text))
    assert used > 300 and automaton.built == automaton.count == sum(g.by_size is not None for g in gates + twins)


def test_a_gate_made_after_the_automaton_answers_the_old_way_until_it_is_rebuilt(automaton):
    first = KeyGate(["seized"], True)
    for text in ["a", "b", "c", "d", "we seized it"]:
        first.open(text)
    assert automaton.built == 1 and automaton.opened("we seized it")[1] == {first.gid}
    late = KeyGate(["Sniffer"], False)  # a list first reached mid-scan
    assert automaton.count == 2 and late.open("the Sniffer dog") and not late.open("the sniffer dog")
    assert automaton.built == 1  # not rebuilt for one text
    for i in range(automaton.rebuild_at):
        late.open(f"text {i}")
    assert automaton.built == 2 and late.open("a Sniffer again") and not late.open("a sniffer again")


def test_with_the_automaton_a_list_no_text_holds_a_key_of_is_never_compiled(automaton):
    pat = TermPattern(("integrated\x00cargo\x00system", "x\x00ray"), False)
    rare = TermPattern(("narcotics\x00detector",), False)
    plain = _plain(["integrated cargo system", "x ray"], False)
    texts = [f"{t} {i}" for i, t in enumerate(["made pancakes", "the Integrated Cargo-System is down", "an X-RAY"] * 40)]
    for text in texts:
        assert _spans(pat, text) == _spans(plain, text) and rare.search(text) is None
    assert rare._compiled is None and rare._pattern is None  # asked 120 times, never built
    assert pat.finditer == pat.compiled.finditer  # the list that matched runs as the plain pattern
    gate = WordGate(("seized", "i work "), True)
    assert [gate.open(t) for t in texts[:8]] == [False] * 8 and gate.search is None  # no trie compiled


def test_past_its_gate_limit_the_index_leaves_a_gate_out_and_it_answers_as_before(automaton):
    automaton.MAX_GATES = 1
    kept, left = KeyGate(["seized"], True), KeyGate(["sniffer"], True)
    assert kept.gid == 0 and left.gid == terms_module.NOT_INDEXED
    for text in ["a", "b", "c", "d", "the sniffer seized it", "nothing"]:
        assert (kept.open(text), left.open(text)) == ("seized" in text, "sniffer" in text)
    assert automaton.built == 1


def test_a_gate_pickles_into_the_shared_index():
    gate = KeyGate(["seized"], True)
    assert pickle.loads(pickle.dumps(gate.index)) is terms_module.INDEX
