"""The linear text model (auditor.rules.linear): its features and its probability."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.rules.learned import load_model
from auditor.rules.linear import _base_logits, _dense_part, _row_sum, features, linear_probability, score, surely_below, tokens
from auditor.rules.meta import NAMES


def test_learned_tokens_are_words_and_pairs():
    assert tokens("We seized 3 bags") == {"we", "seized", "3", "bags", "we_seized", "seized_3", "3_bags"}


def test_learned_features_add_stems_and_negation_marks():
    feats = features("They never restructured anything. Restructure again")
    assert {"never", "restructured", "never_restructured"} <= feats
    assert "~restr" in feats  # both inflections share a stem
    assert "!restructured" in feats and "!anything" in feats
    assert "!again" not in feats  # the sentence end closes the negation


def test_linear_probability_is_scores_probability_to_the_last_bit(dibp):
    model = load_model("dibp")
    texts = [
        "flagged a guy on the manifest and sure enough his bag had 3 fake passports",
        "The dog and I went to the beach today, so good",
        "Our watch commander Lou just did his last shift after 34 years",
        "",
    ]
    for text in texts:
        for cat in model["order"]:
            # the same profile's cached word sums, and without a profile (the dibp built-in)
            assert linear_probability(text, model, cat, dibp) == score(text, model, cat, dibp)[0]
            assert linear_probability(text, model, cat) == score(text, model, cat)[0]
    assert linear_probability("anything at all", model, "no_such_category", dibp) == 0.0


_TEXTS = [
    "The dog and I made pancakes after lunch, best decision",
    "flagged a guy on the manifest and sure enough his bag had 3 fake passports",
    "Our watch commander Lou just did his last shift after 34 years",
    "Management says morale is a priority. So is the printer, apparently",
    "Took the badge off the jacket before heading to the pub. House rules.",
    "Grandpa and I planted tomatoes on Sunday arvo, bliss",
]


def test_surely_below_never_contradicts_the_score(dibp):
    qld = load_profile("qld")
    model = load_model("dibp")
    settled = 0
    for profile in (dibp, qld):
        for text in _TEXTS:
            for cat in model["order"]:
                p = linear_probability(text, model, cat, profile)
                for limit in (0.01, 0.2, 0.37, 0.41, 0.46, 0.48, 0.7, 0.99, p, min(p * 1.001, 0.999)):
                    if surely_below(text, model, cat, profile, limit):
                        settled += 1
                        assert p < limit, (text, cat, limit)
    assert settled > 50  # it settles most everyday questions, not none
    # nothing to settle without a profile, a category or a limit inside (0, 1)
    assert not surely_below(_TEXTS[0], model, "operational_detail", None, 0.46)
    assert not surely_below(_TEXTS[0], model, "no_such_category", dibp, 0.46)
    assert not surely_below(_TEXTS[0], model, "operational_detail", dibp, 1.0)


def test_surely_below_settles_an_everyday_post_without_its_people(dibp, monkeypatch):
    from auditor.rules import meta

    # "dog" is a first-stage key (a detector dog), so this post reaches the model; its people and
    # their work context (the dearest meta features) cannot lift it to the operational threshold
    asked = []
    monkeypatch.setattr(meta, "people_in", lambda *a: asked.append("people") or [])
    monkeypatch.setattr(meta, "work_context", lambda *a: asked.append("work") or False)
    model = load_model("dibp")
    text = "The dog and I made pancakes after lunch, best decision today"
    for cat in ("operational_detail", "official_comment", "uniform"):
        assert surely_below(text, model, cat, dibp, model["thresholds"][cat])
    assert asked == []


def test_row_sum_is_numpys_sum_along_the_first_axis_to_the_last_bit():
    # `_base_logits` adds the word rows in Python because numpy sums along axis 0 row by row;
    # weights over 30 binary orders of magnitude make a different order show in the last bits
    import numpy as np  # lazy: numpy only in the tests that need it

    rng = np.random.default_rng(13)
    for _ in range(300):
        n = int(rng.integers(1, 120))
        rows = (rng.standard_normal((n, 4)) * np.exp(rng.uniform(-20, 2, (n, 4)))).astype(np.float32)
        ids = [int(i) for i in rng.permutation(n)]
        expected = rows[ids].astype(np.float64).sum(axis=0).tolist()
        assert _row_sum({"word_w": rows}, ids) == expected


def test_base_logits_are_the_scores_parts(dibp):
    import numpy as np  # lazy: as above

    model = load_model("dibp")
    arrays = model["_arrays"]
    for text in ("Our netball girls won their grand final at the oval", "seized 3kg of ice at the airport today", "ok"):
        ids = [i for f in features(text) if f not in NAMES and (i := arrays["word_index"].get(f)) is not None]
        words = arrays["word_w"][ids].astype(np.float64).sum(axis=0) if ids else np.zeros(len(model["order"]))
        dense = _dense_part(text, model["_name"])
        expected = [model["categories"][c]["bias"] + float(words[k]) + dense[k] for k, c in enumerate(model["order"])]
        assert _base_logits(text, model) == expected
