"""auditor.rules.meta: the word-list view of a text that the learned model reads."""

from __future__ import annotations

from auditor.rules.meta import meta_features


def test_meta_features_of_a_colleague_at_a_work_site(dibp):
    feats = meta_features("Thanks to my supervisor Raj at Sydney Airport", dibp)
    assert {"#person", "#place", "#site", "#workctx", "#workframe", "#person_work"} <= feats
    assert "#elsewhere" not in feats and "#person_elsewhere" not in feats


def test_meta_features_of_a_person_and_a_department_term(dibp):
    feats = meta_features("Farewell Tevita, 20 years with the ABF", dibp)
    assert {"#person", "#dept", "#person_work"} <= feats


def test_meta_features_of_friends_have_no_work_markers(dibp):
    feats = meta_features("Dinner with Sarah and Tom, best night in ages", dibp)
    assert feats == frozenset({"#person"})


def test_meta_features_of_a_person_at_another_workplace(dibp):
    feats = meta_features("Gav from the cricket team rolled his ankle", dibp)
    assert {"#person", "#elsewhere", "#person_elsewhere"} <= feats


def test_meta_features_of_operational_work(dibp):
    feats = meta_features("we seized 30kg of ice at the wharf today", dibp)
    assert {"#opsterm", "#workacct", "#insider"} <= feats
    assert "#person" not in feats


def test_meta_features_are_a_frozenset_memoised_per_text(dibp):
    text = "Slow cooker lamb shanks tonight"
    first = meta_features(text, dibp)
    assert isinstance(first, frozenset)
    assert meta_features(text, dibp) is first
    assert "#person" not in first and "#dept" not in first


def test_meta_stages_add_up_to_the_features(dibp):
    from auditor.rules.meta import NAMES, STAGES, meta_stage

    text = "Thanks to my supervisor Raj at Sydney Airport, we seized 30kg of ice today"
    seen = frozenset()
    for n, stage in enumerate(STAGES):
        now = meta_stage(text, dibp, n)
        assert seen <= now and now - seen <= set(stage)  # each stage adds only its own features
        seen = now
    assert seen == meta_features(text, dibp) and seen <= NAMES
