"""The one loop that runs the rules: windows, hidden text, the first stage, silencing, errors."""

from __future__ import annotations

import dataclasses

from auditor.config import load_profile
from auditor.models import Category, Item, ItemKind, Platform, Severity
from auditor.rules.base import Match, Rule
from auditor.rules.runner import LONG_TEXT, READS_EVERY_WORD, finding_group, run_rules, why_failed, windows


def _item(text: str, kind: ItemKind = ItemKind.POST) -> Item:
    return Item(platform=Platform.TWITTER, kind=kind, path="t", text=text)


def _rule(code: str, check, silenced_by: tuple[str, ...] = ()) -> Rule:
    return Rule(
        code=code, name=code.lower(), category=Category.OPERATIONAL_DETAIL, severity=Severity.LOW, confidence=0.5,
        summary="s", rationale="r", remediation="m", check=check, silenced_by=silenced_by,
    )  # fmt: skip


def test_long_text_is_windowed_and_short_text_is_not():
    assert windows(_item("short")) == [_item("short")]
    parts = windows(_item("x " * LONG_TEXT))
    assert len(parts) > 1 and all(len(p.text) <= 6000 for p in parts)


def test_a_failing_rule_becomes_an_error_and_silencing_holds():
    def boom(item, profile):
        raise ValueError("bad\nsecond line")

    def fires(item, profile):
        yield Match(key="k", evidence=item.text, why="because")

    rules = [_rule("AAA101", boom), _rule("AAA102", fires), _rule("AAA103", fires, silenced_by=("AAA102",))]
    errors = []
    found = list(run_rules([_item("Ten years with Border Force")], rules, load_profile("dibp"), errors))
    assert [f.code for f in found] == ["AAA102"]
    assert errors and "AAA101" in errors[0].reason and "second line" not in errors[0].reason
    assert why_failed(ValueError("x")) == "ValueError: x"


def test_first_stage_clears_everyday_posts_but_not_profile_fields():
    calls = []

    def spy(item, profile):
        calls.append(item.kind)
        return []

    rules = [_rule("AAA101", spy)]
    dibp = load_profile("dibp")
    list(run_rules([_item("Made pancakes with the kids this morning")], rules, dibp))
    assert calls == []
    list(run_rules([_item("Made pancakes with the kids this morning", ItemKind.PROFILE_FIELD)], rules, dibp))
    assert calls == [ItemKind.PROFILE_FIELD]


def test_finding_group_resolves_where_found():
    rule = _rule("AAA101", lambda i, p: [])
    assert finding_group(rule, _item("x")) == rule.group


def test_rules_read_at_most_max_rule_text_and_say_the_cut():
    import time  # lazy: only this hostile-input test times itself

    from auditor.rules import runner
    from auditor.rules.registry import active_rules, load_profile

    profile = load_profile(None)
    rules = active_rules(profile)
    text = "I work at the Department of Home Affairs. " + "lorem ipsum dolor " * 2_800_000  # ~50 MB
    item = Item(kind=ItemKind.POST, platform=Platform.LINKEDIN, path="linkedin/Shares.csv", text=text)
    t0 = time.perf_counter()
    found = list(runner.run_rules([item], rules, profile))
    assert time.perf_counter() - t0 < 60
    assert found and all(f"only the first {runner.MAX_RULE_TEXT:,}" in f.why for f in found)


def test_an_item_without_text_or_people_runs_only_the_rules_that_need_none():
    asked: list[str] = []

    class Probe(Rule):
        def applies(self, item: Item) -> bool:
            asked.append(self.code)
            return True

    def fires(item, profile):
        yield Match(key="k", evidence="e", why="w")

    text_rule = Probe(
        code="AAA201", name="t", category=Category.OPERATIONAL_DETAIL, severity=Severity.LOW, confidence=0.5,
        summary="s", rationale="r", remediation="m", check=fires,
    )  # fmt: skip
    geo_rule = dataclasses.replace(text_rule, code="AAA202", needs_text=False)
    point = Item(platform=Platform.GOOGLE, kind=ItemKind.LOCATION_RECORD, path="r.json")
    bio = Item(platform=Platform.TWITTER, kind=ItemKind.PROFILE_FIELD, path="p", text="hello there", field="bio")
    errors: list = []
    found = list(run_rules([point, bio], [text_rule, geo_rule], load_profile("dibp"), errors))
    assert errors == []
    assert asked == ["AAA202", "AAA201", "AAA202"]  # the text rule is not even asked about the point
    assert [f.code for f in found] == ["AAA202", "AAA201", "AAA202"]


def test_people_on_an_everyday_message_do_not_stop_the_first_stage():
    """A chat's participants are people on every message: "haha yes" is still cleared, but a
    work-relationship word lets the colleague rule read them."""
    calls = []

    def spy(item, profile):
        calls.append(item.text)
        return []

    rules = [_rule("AAA101", spy)]
    dibp = load_profile("dibp")
    texts = ("haha yes", "lovely send off tonight, going to miss you heaps")  # the second: no first-stage word
    chat = [dataclasses.replace(_item(t, ItemKind.MESSAGE), people=("Sam Example",)) for t in texts]
    list(run_rules(chat, rules, dibp))
    assert calls == ["lovely send off tonight, going to miss you heaps"]


def test_colleague_rule_still_reads_the_participants_of_a_work_message():
    from auditor.engine import active_rules

    dibp = load_profile("dibp")
    text = "lovely send off tonight, going to miss you heaps"  # a relation cue, no first-stage word
    item = dataclasses.replace(_item(text, ItemKind.MESSAGE), people=("Sam Example",))
    assert "COL101" in {f.code for f in run_rules([item], active_rules(dibp), dibp)}
    alone = dataclasses.replace(item, people=())
    assert "COL101" not in {f.code for f in run_rules([alone], active_rules(dibp), dibp)}


def test_rules_for_bare_are_those_a_text_less_item_runs():
    from auditor.models import Audience, Position
    from auditor.rules.registry import active_rules
    from auditor.rules.runner import rules_for_bare

    rules = active_rules(load_profile("dibp"))
    record = Item(Platform.GOOGLE, ItemKind.LOCATION_RECORD, "R.json", position=Position(-33.9, 151.1), audience=Audience.PRIVATE)
    photo = dataclasses.replace(record, kind=ItemKind.PHOTO)
    assert rules_for_bare(record, rules) == []  # a location history skips the rules
    assert {r.code for r in rules_for_bare(photo, rules)} == {"GEO101", "MET101"}
    mine = dataclasses.replace(
        _rule("LOC1", lambda it, p: [Match("here", "here", "a record")]),
        needs_text=False,
        kinds=frozenset({ItemKind.LOCATION_RECORD}),
    )
    assert rules_for_bare(record, [*rules, mine]) == [mine]
    assert rules_for_bare(dataclasses.replace(record, text="at home"), rules) == rules  # text: every rule may run


def test_the_learned_rules_are_what_a_text_with_only_weak_keys_runs():
    from auditor.rules.learned import RULES  # lazy: the learned rules load the model's code

    assert {r.code for r in RULES} == READS_EVERY_WORD


def test_a_text_with_only_weak_keys_runs_the_learned_rules_alone():
    def fires(item, profile):
        yield Match(key="k", evidence=item.text, why="because")

    rules = [_rule("AAA101", fires), _rule("OPS105", fires)]
    dibp = load_profile("dibp")
    weak = "Got through the whole shopping list without a single fight"  # only weak keys
    assert [f.code for f in run_rules([_item(weak)], rules, dibp)] == ["OPS105"]
    assert [f.code for f in run_rules([_item(weak + " before work")], rules, dibp)] == ["AAA101", "OPS105"]
    assert [f.code for f in run_rules([_item("Made pancakes with the kids")], rules, dibp)] == []


def test_a_finding_on_a_chat_message_says_its_time_is_naive():
    # WhatsApp writes no time zone: the finding's timestamp is naive, and the finding says so (tests/test_contract.py)
    from datetime import datetime

    profile = load_profile("dibp")
    rule = _rule("OPS999", lambda item, _profile: [Match(key="k", evidence=item.text, why="because")])
    chat = Item(
        platform=Platform.WHATSAPP, kind=ItemKind.MESSAGE, path="c.txt", text="Ten years with Border Force, at gate 81",
        timestamp=datetime(2025, 5, 13, 5, 3), extra={"naive_time": True},
    )  # fmt: skip
    (found,) = run_rules([chat], [rule], profile)
    assert found.to_dict()["naive_time"] is True
    (post,) = run_rules([_item("Ten years with Border Force, at gate 81")], [rule], profile)
    assert "naive_time" not in post.to_dict()
