"""The learned word-weight rules (OPS105, OFC104): opt-in per profile, second opinion only."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from auditor.config import load_profile
from auditor.models import Item, ItemKind, Platform
from auditor.rules.learned import RULES, load_model, score, tokens

ROOT = Path(__file__).resolve().parents[2]
OPS105 = next(r for r in RULES if r.code == "OPS105")


def _item(text: str) -> Item:
    return Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="t", text=text)


def test_learned_tokens_are_words_and_pairs():
    assert tokens("We seized 3 bags") == {"we", "seized", "3", "bags", "we_seized", "seized_3", "3_bags"}


def test_learned_model_ships_for_dibp_with_both_categories():
    model = load_model("dibp")
    assert set(model["categories"]) == {"operational_detail", "official_comment"}
    assert 0 < model["threshold"] < 1
    assert load_model("no_such_model") == {} and load_model("../etc") == {}


def test_learned_rule_is_silent_for_profiles_without_a_model():
    text = "flagged a guy on the manifest and sure enough his bag had 3 fake passports"
    assert list(OPS105.check(_item(text), load_profile("dibp")))
    assert not list(OPS105.check(_item(text), load_profile("aps")))


def test_learned_rule_defers_to_word_list_rules():
    # OPS101 reports this one with a readable reason; the learned rule must not repeat it
    text = "Massive day, our team found 30kg of meth hidden in tiles. Can't say more yet!"
    p, _top = score(text, load_model("dibp"), "operational_detail")
    assert p >= 0.5
    assert not list(OPS105.check(_item(text), load_profile("dibp")))


def test_learned_trainer_separates_a_tiny_synthetic_set():
    spec = importlib.util.spec_from_file_location("train", ROOT / "bench" / "train_text_model.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    posts = [
        {"text": "we seized the cargo at the wharf", "labels": ["operational_detail"]},
        {"text": "we seized the boat cargo", "labels": ["operational_detail"]},
        {"text": "cargo seized at the wharf again", "labels": ["operational_detail"]},
        {"text": "lovely walk at the beach", "labels": []},
        {"text": "lovely lunch at the beach cafe", "labels": []},
        {"text": "walk the dog at the beach", "labels": []},
    ]
    model = mod.train(posts, categories=("operational_detail",), rounds=300)
    assert score("seized cargo", model, "operational_detail")[0] > 0.5
    assert score("lovely beach walk", model, "operational_detail")[0] < 0.5
