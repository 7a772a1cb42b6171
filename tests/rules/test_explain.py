"""The words a learned finding's reason names (auditor.rules.explain)."""

from __future__ import annotations

from auditor.rules.explain import _token_grams, explain
from auditor.rules.learned import load_model
from auditor.rules.linear import score


def test_learned_why_names_the_words_whose_removal_lowers_the_score():
    model = load_model("dibp")
    text = "Management says morale is a priority. So is the printer, apparently, and that's been broken since May."
    p, _top = score(text, model, "official_comment")
    words = explain(text, model, "official_comment", None, p)
    assert words and all(w in text for w in words)
    without = text
    for w in words:
        without = without.replace(w, " ")
    assert score(without, model, "official_comment")[0] < p
    # a text with nothing to take out explains nothing
    assert explain("ok", model, "official_comment", None, 0.9) == []


def test_learned_explain_token_grams_keep_the_order_of_the_sum():
    assert _token_grams("dog") == (" do", "dog", "og ", " dog", "dog ", " dog ")
    assert _token_grams("a") == (" a ",)
