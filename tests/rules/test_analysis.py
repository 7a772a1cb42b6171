"""Typed entities in one pass, the entity-marked text a model reads, and the first stage."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from auditor.config import load_profile
from auditor.rules.analysis import (
    ALL_RULES,
    CLEARED,
    LEARNED_ONLY,
    Entity,
    entities,
    entity_marked,
    first_stage,
    stage_level,
)
from tests.support.bench import load_bench

ROOT = Path(__file__).resolve().parents[2]


def test_entities_are_typed_from_the_profile_vocabulary():
    qld = load_profile("qld")
    text = "Night shift at Brisbane Correctional Centre for Queensland Corrective Services, QPRIME down again"
    found = entities(text, qld)
    assert [(e.type, e.text) for e in found] == [
        ("SITE", "Brisbane Correctional Centre"),
        ("ORG", "Queensland Corrective Services"),
        ("SYSTEM", "QPRIME"),
    ]
    assert all(isinstance(e, Entity) and text[e.start : e.end] == e.text for e in found)


def test_acronyms_are_case_sensitive_and_longest_term_wins():
    dibp = load_profile("dibp")
    assert not [e for e in entities("fab abf day", dibp) if e.type == "ORG"]
    found = entities("Ten years in the Australian Border Force", dibp)
    assert [e.text for e in found] == ["Australian Border Force"]


def test_domain_inside_an_address_and_hashtags():
    dibp = load_profile("dibp")
    types = {e.type for e in entities("mail j.lee@abf.gov.au #ABF", dibp)}
    assert {"DOMAIN", "ORG"} <= types


def test_entity_marked_text_transfers_between_profiles():
    qld = entity_marked("a shift at Arthur Gorrie Correctional Centre for Queensland Corrective Services", load_profile("qld"))
    vic = entity_marked("a shift at Port Phillip Prison for Corrections Victoria", load_profile("vic"))
    assert qld == vic == "a shift at [SITE] for [ORG]"
    plain = "Made pancakes with the kids"
    assert entity_marked(plain, load_profile("qld")) == plain


@pytest.mark.parametrize(
    "text",
    [
        "Made pancakes with the kids this morning, so good",
        "Rain rain go away, the washing will never dry",
        "Sourdough attempt number four. Getting there!",
    ],
)
def test_first_stage_lets_everyday_posts_through(text):
    assert first_stage(text, load_profile("dibp")) is False


@pytest.mark.parametrize(
    "text",
    [
        "Ten years with Border Force today",
        "call me on 0412 345 678",
        "thanks @jo_k for the coffee",
        "Coffee in Parramatta before work",
        "Management are clueless and the EBA offer is an insult",
        "HomeAffairs lanyard on",
        "Bolte Bridge at 5pm is a special kind of hell",  # a landmark by its form, no gazetteer name
        "Sunrise over Kooroona Neck, not a soul about",
        # staffing said plainly, with no other work word (OPS103 reads it)
        "The intake was 14 and we're staffed for 7",
        # a number split by an emoji, a slash or a word, beside a label no lexicon holds
        "W: 0491 📞 570 📞 156",
        "wk: 0491/570/156",
        "💼 0491 dash 570 dash 156",
    ],
)
def test_first_stage_sends_possible_findings_to_the_rules(text):
    assert first_stage(text, load_profile("dibp")) is True


@pytest.mark.parametrize(
    ("text", "passes"),
    [
        # "dog" (of "drug dog", "dog hit") and the topic "decision" count only beside a word of the work
        ("The dog stole a whole sausage off the bench again", False),
        ("The dog and I went to the beach this morning, best decision", False),
        ("Yard dog alerted on a car from the ship, panels stuffed with pills.", True),
        ("my handler buddy just got told his dog is failing the narcotics refresher", True),
        ("A guy tried to walk past the dog with a bag of mushrooms in his sock", True),
        ("Whoever made that decision has never worked a day on the floor", True),
        ("They reversed the decision again and we wear it", True),
    ],
)
def test_first_stage_needs_a_second_word_beside_an_everyday_key(text, passes):
    assert first_stage(text, load_profile("dibp")) is passes


@pytest.mark.parametrize("name", ["qld", "vic", "tas"])
def test_number_counts_only_as_the_dress_uniform(name):
    profile = load_profile(name)
    assert first_stage("Sourdough attempt number four. Getting there!", profile) is False
    assert first_stage("Number ones pressed for the parade tomorrow", profile) is True


def test_an_everyday_key_a_profile_names_whole_still_counts_alone():
    # the pairing is for keys only a loose list makes: an organisation's own name "Dog" counts alone
    import dataclasses

    dibp = load_profile("dibp")
    org = {**dibp.data["organisation"], "names": [*dibp.terms("organisation", "names"), "Dog"]}
    named = dataclasses.replace(dibp, data={**dibp.data, "organisation": org})
    assert first_stage("The dog stole a whole sausage off the bench again", dibp) is False
    assert first_stage("The dog stole a whole sausage off the bench again", named) is True


def test_first_stage_keeps_a_patrol_for_every_profile():
    # "patrol" is a term of dibp's lists; a state's patrol said plainly is staffing all the same
    assert first_stage("Two of us on patrol tonight and one car is in the workshop", load_profile("tas")) is True


def test_first_stage_is_microseconds():
    dibp = load_profile("dibp")
    first_stage("warm up", dibp)
    t = time.perf_counter()
    for _ in range(2000):
        first_stage("Made pancakes with the kids this morning, so good", dibp)
    assert (time.perf_counter() - t) / 2000 < 200e-6


@pytest.fixture(scope="module")
def bench():
    return load_bench("eval_rules")


def test_first_stage_keeps_what_the_rules_find_on_the_dev_sets(bench):
    """The stage may clear a post only if the rules would have found nothing in it: on the dev sets
    (never the blind ones) at most two labelled posts may be lost in all."""
    from auditor.engine import active_rules
    from auditor.rules import analysis

    posts = [p for f in sorted((ROOT / "tests" / "eval").glob("dev*.jsonl")) for p in bench.load_set(f)]
    dibp = load_profile("dibp")
    cleared = [p for p in posts if p["labels"] and not first_stage(p["text"], dibp)]
    assert active_rules(dibp) and analysis.first_stage is first_stage
    assert len(cleared) <= 4, [p["id"] for p in cleared]
    lost = []
    for p in cleared:
        item = bench.to_item(p)
        found = {str(r.category) for r in active_rules(dibp) if r.applies(item) and r.needs_text and list(r.check(item, dibp))}
        lost += [(p["id"], c) for c in found & set(p["labels"])]
    assert len(lost) <= 2, lost


def test_dev_set_texts_are_json():
    for f in (ROOT / "tests" / "eval").glob("dev*.jsonl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            assert not line.strip() or "text" in json.loads(line)


def test_a_plain_word_key_is_what_the_general_path_gives_it():
    from importlib import resources

    from auditor.geo.gazetteer import load_places
    from auditor.rules.analysis import _Keys

    minor = resources.files("auditor.data").joinpath("places_minor_au.csv").read_text(encoding="utf-8")
    names = [p.name for p in load_places()] + [line.split(",", 1)[0] for line in minor.splitlines()[1:]]
    names += ["Straße", "São", "x2", "Ōtautahi", "the", "St", "Mt", "½"]
    plain = [n for n in names if n.isalnum()]
    assert len(plain) > 1000
    for title in (False, True):
        for loose in (False, True):
            fast, general = _Keys(), _Keys()
            for name in plain:
                fast.add(name, title=title, loose=loose)
                general.add_words(name, title=title, loose=loose)
            assert (fast.single, fast.title, fast.multi, fast.title_multi) == (
                general.single,
                general.title,
                general.multi,
                general.title_multi,
            )


def test_the_first_stage_passes_management_and_rank_insignia_said_plainly():
    from auditor.config import load_profile
    from auditor.rules.analysis import first_stage

    vic = load_profile("vic")
    assert first_stage("Another efficiency memo from management. Love that for us.", vic)
    assert first_stage("the same execs who cut the positions. Cool cool cool.", vic)
    assert first_stage("New stripes sewn on tonight", vic)
    assert not first_stage("Made banana bread with the kids this morning", vic)


def test_first_stage_passes_a_short_internal_number():
    # no digit run long enough for a phone and no profile term: the word "internal" or "dial" lets it through
    for text in ("New starters: the helpdesk is internal 4471", "dial 4412 from any of the phones"):
        assert first_stage(text, load_profile("aps")), text


def test_a_work_site_by_its_first_word_passes_the_first_stage(tmp_path):
    """The place and department rules read a work site by the first word of its name ("years at
    Quarrenbrook"): that word is a first-stage key, as written, for a profile never seen before."""
    f = tmp_path / "tidewater.toml"
    f.write_text(
        '[profile]\nextends = "_base"\nname = "tidewater"\n'
        '[organisation]\nnames = ["Tidewater Regional Water Authority"]\n'
        '[places]\nwork_sites = ["Quarrenbrook Treatment Plant", "North Harbour Depot"]\n',
        encoding="utf-8",
    )
    prof = load_profile(str(f))
    assert first_stage("Did eleven years at Quarrenbrook", prof)
    assert not first_stage("quarrenbrook, what a word", prof)  # as written: Title Case
    assert not first_stage("Heading North for the holidays", prof)  # a word that starts many names


@pytest.mark.parametrize(
    ("text", "level", "name"),
    [
        # only words a loose list makes keys as one of a longer term's words: the learned rules alone
        ("Got through the whole shopping list without a single fight", LEARNED_ONLY, "dibp"),
        ("We cannot keep the puppy off the couch", LEARNED_ONLY, "dibp"),
        # a loose word that is a whole term by itself, or any strong key, sends it to every rule
        ("New drone laws from today, read them before you fly", ALL_RULES, "dibp"),
        ("Got through the whole shopping list before work", ALL_RULES, "dibp"),
        ("Got through the whole list at Parramatta", ALL_RULES, "dibp"),
        ("Made pancakes with the kids this morning, so good", CLEARED, "dibp"),
        # a loose list's whole term of several words is strong where its words alone are weak
        ("Picked up my navy cargos and the body armour from the store today", ALL_RULES, "dibp"),
        # the organisation by its bare portfolio, as its staff name it (`orgstaff`), as written
        ("In Health we've been told to say nothing about the rollout", ALL_RULES, "vic"),
        ("Nine years in Education and the laptops still don't boot", ALL_RULES, "tas"),
        ("Nine years in education and the laptops still don't boot", LEARNED_ONLY, "tas"),
    ],
)
def test_stage_level_sends_a_text_with_only_weak_keys_to_the_learned_rules(text, level, name):
    assert stage_level(text, load_profile(name)) == level
    assert first_stage(text, load_profile(name)) is (level != CLEARED)
