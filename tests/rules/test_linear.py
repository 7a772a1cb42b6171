"""The linear text model (auditor.rules.linear): its features and its probability."""

from __future__ import annotations

from auditor.rules.learned import load_model
from auditor.rules.linear import features, linear_probability, score, tokens


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
