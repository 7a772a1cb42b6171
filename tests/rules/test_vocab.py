"""`VocabIndex` answers exactly as the dict of its vocabulary, whichever way it looks a word up."""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest

from auditor.rules.vocab import VocabIndex


def _shipped() -> dict[str, np.ndarray]:
    with resources.files("auditor.data").joinpath("text_model_dibp.npz").open("rb") as fh:
        data = np.load(fh, allow_pickle=False)
        return {k: data[k] for k in ("char_vocab", "word_vocab")}


def _questions(vocab: np.ndarray) -> list[str]:
    """Every word of the vocabulary, and near misses of each sort: longer, shorter, another
    letter, a trailing NUL (numpy strips those), the empty word, emoji."""
    words = vocab.tolist()
    near = [w + "x" for w in words[::7]] + [w[:-1] for w in words[::11]] + [w + "\x00" for w in words[::13]]
    near += [w.upper() for w in words[::17]] + ["", "\x00", "\U0001f600", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", " "]
    return words + near


@pytest.mark.parametrize("key", ["char_vocab", "word_vocab"])
def test_the_shipped_vocabularies_are_sorted_and_answer_as_their_dict(key):
    vocab = _shipped()[key]
    index = VocabIndex(vocab, build_after=10**9)  # every question by binary search
    assert index.index is None  # sorted: no dict built up front
    expected = {w: i for i, w in enumerate(vocab.tolist())}
    for word in _questions(vocab)[:20000]:
        assert index.get(word) == expected.get(word), repr(word)
        assert index.get(word, -1) == expected.get(word, -1)
        assert (word in index) == (word in expected)
    assert index.index is None and len(index) == len(expected)


def test_after_many_questions_the_dict_is_built_once_and_answers_the_same():
    vocab = np.array(sorted(["ab", "abc", "b", "shift", "zz\U0001f600"]))
    index = VocabIndex(vocab, build_after=3)
    answers = [index.get(w) for w in ["ab", "abcd", "b", "shift", "zz\U0001f600", "nope"]]
    assert answers == [0, None, 2, 3, 4, None]
    assert index.index == {"ab": 0, "abc": 1, "b": 2, "shift": 3, "zz\U0001f600": 4}


@pytest.mark.parametrize("vocab", [np.array(["b", "a"]), np.array(["a", "a"]), ["a", "b"], np.array(["a", "c", "b"])])
def test_a_vocabulary_that_is_not_a_strictly_sorted_string_array_gets_its_dict_at_once(vocab):
    index = VocabIndex(vocab)
    assert index.index is not None
    words = [str(w) for w in vocab]
    assert all(index.get(w) == max(i for i, x in enumerate(words) if x == w) for w in words)


def test_as_mapping_gives_the_built_dict_and_otherwise_the_index_itself():
    from auditor.rules.vocab import as_mapping

    index = VocabIndex(np.array(["a", "b"]), build_after=1)
    assert as_mapping(index) is index  # still searching the array
    index.get("a"), index.get("b")
    assert as_mapping(index) == {"a": 0, "b": 1} and as_mapping(index) is index.index
    plain = {"x": 0}
    assert as_mapping(plain) is plain
