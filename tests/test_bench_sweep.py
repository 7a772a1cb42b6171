"""bench/sweep_text_model.py: its matrices are the trainer's and the scan's, its threshold choice is the
trainer's, its weights and its refusal of the blind sets."""

from __future__ import annotations

import numpy as np
import pytest

from tests.support.bench import load_bench

pytest.importorskip("sklearn")


def _sweep():  # type: ignore[no-untyped-def]
    return load_bench("sweep_text_model")


def _data(texts: list[str], profiles: list[str]) -> dict:
    from auditor.rules.linear import char_grams, features

    return {
        "feats": [features(t) for t in texts],
        "grams": [dict(char_grams(t)) for t in texts],
        "emb": np.zeros((len(texts), 2)),
        "profile_of": profiles,
        "set_of": [f"set_{p}" for p in profiles],
    }


def test_sweep_character_rows_are_the_scans_char_vector() -> None:
    from auditor.rules.linear import char_vector

    sweep = _sweep()
    texts = ["Night shift at the cargo shed again", "cargo shed inspection, night two", "lovely walk at the beach"]
    glob = sweep.Global(_data(texts, ["dibp"] * 3))
    train = np.array([True, True, False])
    words, chars, _emb, wcols, ccols, idf = glob.blocks(train, 2)
    index = {glob.chars[c]: i for i, c in enumerate(ccols)}
    for row, text in enumerate(texts):
        ids, vals = char_vector(text, index, idf)
        got = chars[row].toarray().ravel()
        want = np.zeros(len(ccols))
        want[ids] = vals
        assert np.allclose(got, want)
    # the vocabulary comes from the training rows only: "beach" is in no training post
    assert not any("beach" in glob.words[c] for c in wcols)
    assert {glob.words[c] for c in wcols} >= {"cargo", "shed", "night"}
    assert words.shape == (3, len(wcols))


def test_sweep_threshold_choice_keeps_the_precision_floor_and_takes_the_plateaus_middle() -> None:
    sweep = _sweep()
    y = np.array([1, 1, 1, 1, 0, 0, 0, 0])
    prob = np.array([0.9, 0.8, 0.5, 0.3, 0.6, 0.2, 0.1, 0.1])
    none = np.zeros(8, dtype=bool)
    loose = sweep.choose(y, none, prob, 0.0, "f1")
    # best F1 (0.857): fire at 0.3 and above (tp 4, fp 1); the ten thresholds 0.21 to 0.30 tie, the middle one (index 5) is 0.26
    assert (loose["tp"], loose["fp"], loose["fn"]) == (4, 1, 0)
    assert loose["threshold"] == 0.26
    strict = sweep.choose(y, none, prob, 0.9, "f1")
    # precision >= 0.9 rules the post at 0.6 out: fire above 0.6 only
    assert (strict["tp"], strict["fp"]) == (2, 0)
    assert 0.6 < strict["threshold"] <= 0.8
    # a word-list hit fires whatever the score
    words = np.array([False, False, False, True, False, False, False, False])
    assert sweep.choose(y, words, prob, 0.9, "f1")["tp"] == 3


def test_sweep_weighs_every_profile_alike_when_asked() -> None:
    sweep = _sweep()
    data = _data(["a b c"] * 4, ["dibp", "dibp", "dibp", "qld"])
    rows = np.arange(4)
    y = np.array([0, 1, 0, 0])
    plain = sweep.weights_for(data, rows, y, sweep.parse_variant("balance=0"))
    assert plain.tolist() == [1.0, 1.0, 1.0, 1.0]
    even = sweep.weights_for(data, rows, y, sweep.parse_variant("balance=0,weigh=profile"))
    assert even[:3].sum() == pytest.approx(even[3])
    assert even.sum() == pytest.approx(4.0)


def test_sweep_variants_and_the_blind_sets() -> None:
    sweep = _sweep()
    v = sweep.parse_variant("l2=3,floor=0.85,pick=minpr")
    assert (v["l2"], v["floor"], v["pick"], v["balance"]) == (3.0, 0.85, "minpr", 0.25)
    with pytest.raises(SystemExit, match="unknown setting"):
        sweep.parse_variant("depth=3")
    for argv in (["--sets", "posts", "blind2"], ["--sets", "posts", "--heldout", "tests/eval/blind13_dibp.jsonl"]):
        with pytest.raises(SystemExit, match="blind"):
            sweep.main(argv)


def test_sweep_fits_a_linear_model_per_category_or_one_network() -> None:
    from scipy.sparse import csr_matrix

    sweep = _sweep()
    rng = np.random.default_rng(0)
    x = rng.random((40, 6))
    cats = sweep.CATS
    # each category's label is one column over 0.5, so every category can be learned
    data = {
        "labels": {c: (x[:, k] > 0.5).astype(int) for k, c in enumerate(cats)},
        "profile_of": ["dibp"] * 40,
        "set_of": ["s"] * 40,
    }
    rows = np.arange(40)
    linear = sweep.fit_all(csr_matrix(x), data, rows, sweep.parse_variant("l2=0.01"))
    assert len(linear) == len(cats)
    for k, (_bias, coef) in enumerate(linear):
        assert int(np.argmax(coef)) == k
    net = sweep.fit_all(csr_matrix(x), data, rows, sweep.parse_variant("model=mlp,hidden=4"))
    assert net[0].predict_proba(csr_matrix(x)).shape == (40, len(cats))
