"""The learned rules (OPS105, OFC104, COL102, UNI102, CON202): opt-in per profile, second opinion only."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from auditor.config import load_profile
from auditor.engine import active_rules, run_rules
from auditor.models import Item, ItemKind, Platform
from auditor.rules import attire, colleagues, comment, contact, learned, operations
from auditor.rules.learned import RULES, load_model, score, threshold

ROOT = Path(__file__).resolve().parents[2]
OPS105 = next(r for r in RULES if r.code == "OPS105")
UNI102 = next(r for r in RULES if r.code == "UNI102")


def _item(text: str) -> Item:
    return Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="t", text=text)


def test_learned_model_ships_for_dibp_with_four_calibrated_categories():
    model = load_model("dibp")
    cats = {"operational_detail", "official_comment", "colleague_exposure", "uniform"}
    assert set(model["categories"]) == cats
    assert model["features"] == "v3" and model["order"] == sorted(cats, key=model["order"].index)
    assert model["_arrays"]["emb_w"].shape[1] == 4 and len(model["_arrays"]["char_index"]) > 1000
    assert set(model["thresholds"]) == cats and all(0 < threshold(model, c) < 1 for c in cats)
    assert not any(s.startswith("blind") for s in model["sets"])
    assert model["calibrated_on"].startswith("out-of-fold")
    assert load_model("no_such_model") == {} and load_model("../etc") == {}


def test_learned_rule_is_silent_for_profiles_without_a_model(tmp_path):
    text = "flagged a guy on the manifest and sure enough his bag had 3 fake passports"
    assert list(OPS105.check(_item(text), load_profile("dibp")))
    custom = tmp_path / "quiet.toml"
    custom.write_text('[profile]\nname = "quiet"\nextends = "aps"\n\n[rules]\nreplace_text_models = []\n', encoding="utf-8")
    assert load_profile(str(custom)).terms("rules", "text_models") == []
    assert not list(OPS105.check(_item(text), load_profile(str(custom))))


def test_every_built_in_profile_runs_the_learned_model():
    # _base lists it, so the state and Commonwealth profiles get the second opinion too
    text = "we're down 9 staff on the floor and the backlog of claims is at 11 weeks, nobody upstairs cares"
    for name in ("dibp", "aps", "qld", "vic", "tas"):
        assert load_profile(name).terms("rules", "text_models") == ["dibp", "textnet"]
    assert list(OPS105.check(_item(text), load_profile("qld")))


def test_learned_rule_defers_to_word_list_rules():
    # OPS101 reports this one with a readable reason; the learned rule must not repeat it (the
    # engine leaves out a rule whose `silenced_by` codes matched the item first)
    text = "Massive day, our team found 30kg of meth hidden in tiles. Can't say more yet!"
    model = load_model("dibp")
    p, _top = score(text, model, "operational_detail")
    assert p >= threshold(model, "operational_detail")
    profile = load_profile("dibp")
    codes = {f.code for f in run_rules([_item(text)], active_rules(profile), profile)}
    assert "OPS101" in codes
    assert "OPS105" not in codes
    assert list(OPS105.check(_item(text), profile))  # on its own the model would have fired


def test_learned_rules_are_silenced_by_their_familys_word_rules():
    families = {"OPS105": operations, "OFC104": comment, "COL102": colleagues, "UNI102": attire, "CON202": contact}
    for rule in RULES:
        family = [r for r in families[rule.code].RULES if r.category == rule.category]
        assert rule.silenced_by == tuple(r.code for r in family)
        assert all(code < rule.code for code in rule.silenced_by)  # the engine checks them first


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


def test_learned_threshold_prefers_the_category_threshold():
    assert threshold({"threshold": 0.5, "thresholds": {"uniform": 0.7}}, "uniform") == 0.7
    assert threshold({"threshold": 0.5, "thresholds": {"uniform": 0.7}}, "official_comment") == 0.5


def test_learned_uniform_skips_school_and_sport_text():
    profile = load_profile("dibp")
    text = "Took the badge off the jacket before heading to the pub. House rules."
    assert list(UNI102.check(_item(text), profile))
    assert not list(UNI102.check(_item(text + " Footy training next."), profile))


def test_learned_trainer_refuses_blind_and_a_calibration_set_it_trains_on():
    spec = importlib.util.spec_from_file_location("train", ROOT / "bench" / "train_text_model.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for argv in (
        ["--sets", "posts", "blind"],
        ["--sets", "posts", "blind2"],
        ["--sets", "posts", "--calibrate", "blind2"],
        ["--sets", "posts", "dev8", "--calibrate", "dev8"],
    ):
        try:
            mod.main(argv + ["--out", "/nonexistent/never-written.json"])
        except SystemExit as exc:
            assert "blind" in str(exc) or "calibration" in str(exc)
        else:
            raise AssertionError(f"trainer accepted {argv}")


def test_learned_trainer_reads_each_set_through_its_own_profile_and_never_the_sixth_org():
    """A Queensland post's meta features come from qld's word lists, as a scan under qld sees
    them; no training post names the held-out sixth organisation (the ATO)."""
    spec = importlib.util.spec_from_file_location("train", ROOT / "bench" / "train_text_model.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert [mod.profile_of_set(n) for n in ("train_qld_1", "train22_vic_r", "train21_aps_c", "train9", "dev3")] == [
        "qld",
        "vic",
        "aps",
        "dibp",
        "dibp",
    ]
    posts = mod._read("train21_aps_c")
    assert posts and {p["_profile"] for p in posts} == {"aps"}
    assert not any(mod.HELD_OUT_ORG.search(p["text"]) for name in mod.DEFAULT_SETS for p in mod._read(name))
    raw = (ROOT / "tests" / "eval" / "train21_aps_c.jsonl").read_text(encoding="utf-8")
    assert len(posts) < raw.count("\n")  # the file does name the ATO: the filter removed those posts
    assert {p["_profile"] for p in mod._read("train21_aps_c", own_profile=False)} == {"dibp"}


def test_learned_colleague_needs_a_work_frame():
    col102 = next(r for r in RULES if r.code == "COL102")
    profile = load_profile("dibp")
    assert list(
        col102.check(
            _item("Our watch commander Lou just did his last shift after 34 years. Guard of honour at the gate."), profile
        )
    )
    for text in (
        "Big welcome to our new puppy, Tom, who has already chewed a shoe.",
        "Miss my old housemates, especially Gus who taught me to cook.",
    ):
        assert not list(col102.check(_item(text), profile))


def test_the_ensemble_reads_a_named_colleague_without_a_work_frame_word():
    # the rank and the name are there, the work around them is in plain words: the mean of the two
    # models decides, not the linear model's work frame (which the linear model alone still asks)
    col102 = next(r for r in RULES if r.code == "COL102")
    profile = load_profile("qld")
    linear, _net = learned.ensemble_of(learned._models(profile))
    text = "Sergeant Okafor reckons anyone parking in the back bays without a permit gets written up, fair enough"
    assert not learned.work_frame(text, profile, linear)  # the premise
    assert list(col102.check(_item(text), profile))
    for text in ("Big welcome to our new puppy, Tom, who has already chewed a shoe.", "Miss my old housemates, especially Gus"):
        assert not list(col102.check(_item(text), profile))


def test_the_ensemble_takes_a_colleague_by_title_alone_only_at_its_higher_unnamed_threshold(monkeypatch):
    col102 = next(r for r in RULES if r.code == "COL102")
    profile = load_profile("dibp")
    _linear, net = learned.ensemble_of(learned._models(profile))
    text = "the supervisor on our shift at the mail centre pulled the whole team aside about the new x-ray targets"
    assert not colleagues.names_someone(text, profile)  # the premise: a title, no one named
    [m] = col102.check(_item(text), profile)
    assert "with no one named" in m.why and "0.70" in m.why
    # without an unnamed threshold in the model's ensemble, no one named means no colleague finding
    ens = {k: v for k, v in net["meta"]["ensemble"].items() if k != "unnamed"}
    monkeypatch.setitem(net["meta"], "ensemble", ens)
    assert not list(col102.check(_item(text), profile))


def test_only_a_sure_mean_reads_past_a_text_that_also_reads_as_another_workplace(monkeypatch):
    from auditor.rules.features import elsewhere

    uni102, ops105 = (next(r for r in RULES if r.code == c) for c in ("UNI102", "OPS105"))
    vic, aps = load_profile("vic"), load_profile("aps")
    text = "me and @kez_rn in our scrubs and ward lanyards after five nights straight 🥴"
    assert elsewhere(text, vic, "attire")  # the premise: the word lists read it as someone else's uniform
    [m] = uni102.check(_item(text), vic)
    assert "0.80 for a text that also reads as another workplace's" in m.why
    club = "volunteering at the footy club canteen again, we sold 300 pies before half time"
    assert elsewhere(club, aps) and not list(ops105.check(_item(club), aps))
    # without a sure threshold in the model's ensemble, the word lists' reading stands
    _linear, net = learned.ensemble_of(learned._models(vic))
    ens = {k: v for k, v in net["meta"]["ensemble"].items() if k != "sure"}
    monkeypatch.setitem(net["meta"], "ensemble", ens)
    assert not list(uni102.check(_item(text), vic))


def test_ofc104_is_silent_on_a_private_jobs_complaint():
    ofc104 = next(r for r in RULES if r.code == "OFC104")
    profile = load_profile("qld")
    text = "Our bank's new rostering system ate my leave application again. 4th time resubmitting. Love a digital transformation."
    assert not list(ofc104.check(_item(text), profile))  # (its mean alone passes: 0.77 against 0.48)
    assert list(ofc104.check(_item(text.replace("Our bank's", "Qld Health's")), profile))


def test_learned_colleague_needs_someone_named():
    col102 = next(r for r in RULES if r.code == "COL102")
    profile = load_profile("dibp")
    # a work frame and a high colleague score, but nobody named or tagged: no colleague exposed
    for text in (
        "Our whole section is being absorbed into the new division, nobody told us who reports where",
        "Ask for the duty supervisor at the cargo shed if the roster changes again",
    ):
        assert not list(col102.check(_item(text), profile))


def test_learned_rules_skip_a_text_about_a_show():
    col102 = next(r for r in RULES if r.code == "COL102")
    # the model alone scores it high (a rank, a name, "legend"); the ranks in a show are characters
    assert not list(col102.check(_item("Watching The Bill reruns, Inspector Burnside is a legend"), load_profile("qld")))


def test_learned_rules_read_a_transformer_model_when_a_profile_lists_one(tmp_path, monkeypatch):
    import json

    from auditor.rules import learned, transformer

    meta = {
        "categories": ["operational_detail", "official_comment", "colleague_exposure", "uniform"],
        "thresholds": {"operational_detail": 0.6, "official_comment": 0.6, "colleague_exposure": 0.6, "uniform": 0.6},
        "max_len": 64,
        "sha256": "0" * 64,
        "trained_on": 10,
        "layers": 4,
        "calibrated_on": "dev9+dev10",
    }
    (tmp_path / "textnet.json").write_text(json.dumps(meta), encoding="utf-8")
    (tmp_path / "gate.json").write_text(
        json.dumps({"bias": 0.0, "weights": {"backlog": 1.0}, "threshold": 0.1}), encoding="utf-8"
    )
    transformer.register("t_rules", tmp_path)
    # the model's answer for any text that reaches it: operational detail only
    monkeypatch.setattr(transformer, "_read", lambda name, marked: (0.9, 0.2, 0.1, 0.3))
    monkeypatch.setattr(learned, "_models", lambda _profile: [learned.load_model("t_rules")])
    profile = load_profile("dibp")
    found = list(run_rules([_item("the backlog is a mess again, nobody can keep up with it")], RULES, profile))
    assert [f.code for f in found] == ["OPS105"]
    assert "transformer score 0.90 (threshold 0.60)" in found[0].why and '"backlog"' in found[0].why
    # a text the model scores under every threshold gives nothing
    monkeypatch.setattr(transformer, "_read", lambda name, marked: (0.5, 0.2, 0.1, 0.3))
    assert list(run_rules([_item("the backlog is long but moving along fine")], RULES, profile)) == []


def test_learned_rules_ask_for_the_reasons_only_when_the_score_passes(dibp, monkeypatch):
    from auditor.rules import learned

    asked = []
    real = learned.explain
    monkeypatch.setattr(learned, "explain", lambda *a, **k: asked.append(a[0]) or real(*a, **k))
    quiet = "The dog and I made pancakes after lunch, best decision"
    assert not [m for r in RULES for m in r.check(_item(quiet), dibp)]
    assert asked == []  # the probability alone settled every category
    loud = "flagged a guy on the manifest and sure enough his bag had 3 fake passports"
    assert list(OPS105.check(_item(loud), dibp)) and asked == [loud]


def test_col102_asks_for_a_name_only_when_the_score_could_pass(tmp_path, monkeypatch):
    # the linear model alone settles an everyday post by its bound; the ensemble has no colleague
    # floor (its mean can pass from a linear score near 0), so it is the linear-only profile here
    from auditor.rules import learned

    custom = tmp_path / "linear.toml"
    custom.write_text(
        '[profile]\nname = "linear"\nextends = "dibp"\n\n[rules]\nreplace_text_models = ["dibp"]\n', encoding="utf-8"
    )
    dibp = load_profile(str(custom))

    asked = []
    real = learned.names_someone
    monkeypatch.setattr(learned, "names_someone", lambda text, profile: asked.append(text) or real(text, profile))
    col102 = next(r for r in RULES if r.code == "COL102")
    # an everyday post that no meta feature could lift to the colleague threshold: no name is
    # looked for. Which everyday post the bound settles depends on the shipped weights, so the
    # test picks one the bound settles (there must be one) rather than naming it
    from auditor.rules.linear import surely_below

    model = load_model("dibp")
    limit = threshold(model, "colleague_exposure")
    everyday = [
        "The cat and I went op shopping yesterday, best decision",
        "Made pancakes with blueberries this morning, so good",
        "Rain all weekend so we watched movies and ate too much popcorn",
        "New running shoes arrived, first 5k in them tomorrow",
    ]
    settled = [t for t in everyday if surely_below(t, model, "colleague_exposure", dibp, limit)]
    assert settled, "the bound settles none of the everyday posts: the premise of this test is gone"
    assert not list(col102.check(_item(settled[0]), dibp))
    assert asked == []
    named = "Our watch commander Lou just did his last shift after 34 years. Guard of honour at the gate."
    assert list(col102.check(_item(named), dibp)) and asked == [named]


def test_learned_colleague_is_silent_on_a_friends_own_milestone_or_a_private_job():
    col102 = next(r for r in RULES if r.code == "COL102")
    # the model alone scores each high ("congrats", "proud", a name, "legend"); the job is the friend's own
    for name, text in (
        ("aps", "Huge congrats Brodie on landing the new job, drinks on you"),
        ("vic", "Congrats Amy, so proud of you starting the new job tomorrow"),
        ("qld", "Farewell drinks for Robbo tonight, 28 years at the brewery, absolute legend"),
    ):
        assert not list(col102.check(_item(text), load_profile(name))), text


def test_ops105_is_silent_on_a_view_from_ones_post_and_a_bare_contact_line(monkeypatch):
    """Whatever the model scores, an opinion lent weight by the writer's post with no detail of the
    work is official comment, not an operation; with a figure of the work it still fires."""
    from auditor.rules import learned

    monkeypatch.setattr(learned, "surely_below", lambda *a, **k: False)
    monkeypatch.setattr(learned, "linear_probability", lambda *a, **k: 0.9)
    for name in ("dibp", "vic"):
        p = load_profile(name)
        view = "As a park ranger I can tell you the new camping permit rules will never work"
        told = "As a park ranger I can tell you 3 of our 5 huts have been shut since March"
        assert not list(OPS105.check(_item(view), p))
        assert not list(OPS105.check(_item("Hi it's Sam from the Mackay depot, ring me back on 07 4900 0000, that's my desk"), p))
        assert list(
            OPS105.check(_item("Hi it's Sam from the Mackay depot, ring me back on 07 4900 0000 re the flood closures"), p)
        )
        assert list(OPS105.check(_item(told), p))


def test_the_profiles_run_the_ensemble_of_the_linear_model_and_the_transformer():
    from auditor.rules import learned

    profile = load_profile("vic")
    pair = learned.ensemble_of(learned._models(profile))
    assert pair is not None and pair[0]["name"] == "dibp" and pair[1]["kind"] == "transformer"
    text = "we're down 9 staff on the floor and the backlog of claims is at 11 weeks, nobody upstairs cares"
    rule = next(r for r in RULES if r.code == "OFC104")
    found = list(rule.check(_item(text), profile))
    assert found and "the mean of a word model's" in found[0].why and "transformer" in found[0].why
    # the linear model alone (no transformer listed): no ensemble, the linear model's own reason
    assert learned.ensemble_of([learned.load_model("dibp")]) is None


def test_a_work_number_in_plain_words_is_read_by_the_transformer_and_a_shop_number_is_not():
    profile = load_profile("qld")
    rule = next(r for r in RULES if r.code == "CON202")
    found = list(
        rule.check(_item("Hi all, the ward clerk's number for 4B is 07 5550 6620 if families need to call after hours"), profile)
    )
    assert [m.evidence for m in found] == ["07 5550 6620"]
    assert "transformer" in found[0].why and "no listed work cue" in found[0].why
    assert not list(rule.check(_item("Best pizza in town, order on 02 9550 1234 before 9"), profile))
    assert not list(rule.check(_item("the ward was lovely to mum, thank you all so much"), profile))  # no number


def test_auditor_rule_says_which_model_stands_behind_each_learned_rule(tmp_path):
    from auditor.rules import learned

    col102 = next(r for r in RULES if r.code == "COL102")
    con202 = next(r for r in RULES if r.code == "CON202")
    assert "the mean of a linear model" in learned.model_note(col102, "dibp")
    ens = learned.transformer.load()["meta"]["ensemble"]["thresholds"]
    assert f"fires at a mean of {ens['colleague_exposure']:.2f}" in learned.model_note(col102, "dibp")
    assert "MiniLM transformer" in learned.model_note(con202, "qld") and "fires at a score of" in learned.model_note(
        con202, "qld"
    )
    custom = tmp_path / "quiet.toml"
    custom.write_text('[profile]\nname = "quiet"\nextends = "aps"\n\n[rules]\nreplace_text_models = []\n', encoding="utf-8")
    assert "stays silent" in learned.model_note(con202, str(custom))
    assert learned.model_note(OPS105, str(custom)).startswith("Model: none")
    linear_only = tmp_path / "linear.toml"
    linear_only.write_text(
        '[profile]\nname = "linear"\nextends = "aps"\n\n[rules]\nreplace_text_models = ["dibp"]\n', encoding="utf-8"
    )
    assert f"{load_model('dibp')['trained_on']:,}" in learned.model_note(
        OPS105, str(linear_only)
    ) and "mean" not in learned.model_note(OPS105, str(linear_only))
    assert "stays silent" in learned.model_note(con202, str(linear_only))


def test_a_broken_transformer_leaves_the_linear_model_to_decide_alone(tmp_path, monkeypatch):
    import hashlib
    import json
    import warnings

    from auditor.rules import learned, transformer

    meta = {
        "categories": ["operational_detail"],
        "thresholds": {},
        "max_len": 64,
        "sha256": "0" * 64,  # does not match the file: the model is refused on first use
        "ensemble": {"linear": "dibp", "thresholds": {"operational_detail": 0.56}, "floor": {}},
    }
    (tmp_path / "textnet.json").write_text(json.dumps(meta), encoding="utf-8")
    (tmp_path / "gate.json").write_text(json.dumps({"bias": 5.0, "weights": {}, "threshold": 0.1}), encoding="utf-8")
    (tmp_path / "textnet.int8.onnx").write_bytes(b"junk")
    assert hashlib.sha256(b"junk").hexdigest() != meta["sha256"]
    net = transformer.register("t_broken_ensemble", tmp_path)
    linear = learned.load_model("dibp")
    monkeypatch.setattr(learned, "_models", lambda _profile: [linear, net])
    text = "flagged a guy on the manifest and sure enough his bag had 3 fake passports"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = list(OPS105.check(_item(text), load_profile("dibp")))
    assert any("disabled" in str(w.message) for w in caught)
    assert found and found[0].why.startswith("learned score") and "transformer" not in found[0].why
    assert learned.ensemble_of([linear, net]) is None  # once broken, no ensemble


def test_a_sure_linear_score_fires_without_running_the_transformer(monkeypatch):
    from auditor.rules import learned, transformer

    profile = load_profile("dibp")
    linear, net = learned.ensemble_of(learned._models(profile))
    ens = net["meta"]["ensemble"]
    text = "flagged a guy on the manifest and sure enough his bag had 3 fake passports"
    p_lin = learned.linear_probability(text, linear, "operational_detail", profile)
    assert p_lin >= ens["alone"]["operational_detail"] and p_lin < 2 * ens["thresholds"]["operational_detail"]

    def never(*_a, **_k):
        raise AssertionError("the transformer ran")

    monkeypatch.setattr(transformer, "scores", never)
    found = list(OPS105.check(_item(text), profile))
    assert found and "decides without a transformer" in found[0].why
    # with no ``alone`` bar, a score under twice the threshold waits for the transformer ...
    monkeypatch.setitem(ens, "alone", {})
    with pytest.raises(AssertionError, match="the transformer ran"):
        list(OPS105.check(_item(text), profile))
    # ... and one of twice the threshold or more passes whatever it would read
    monkeypatch.setitem(ens, "thresholds", {**ens["thresholds"], "operational_detail": p_lin / 2})
    found = list(OPS105.check(_item(text), profile))
    assert found and "enough on its own" in found[0].why
