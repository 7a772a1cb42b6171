"""Hidden text is folded before the rules read it, and evidence quotes the original characters."""

from __future__ import annotations

import pytest

from auditor.config import load_profile
from auditor.engine import active_rules, run_rules
from auditor.models import Item, ItemKind, Platform
from auditor.rules.normalise import normalise

ZW = "\u200b"
RLO, PDF = "\u202e", "\u202c"


def test_ascii_text_is_untouched():
    n = normalise("Proud to work for Border Force")
    assert not n.changed and n.text == "Proud to work for Border Force"


@pytest.mark.parametrize(
    ("hidden", "plain"),
    [
        (f"Bor{ZW}der Fo\u200drce", "Border Force"),  # zero-width inside the name
        ("Воrdеr Fоrсе", "Border Force"),  # Cyrillic о, е, с
        ("ＡＢＦ", "ABF"),  # fullwidth
        (f"{RLO}ecroF redroB{PDF}", "Border Force"),  # right-to-left override shows it reversed
        ("Ηome Αffairs", "Home Affairs"),  # Greek capitals
    ],
)
def test_hidden_forms_fold_to_plain_text(hidden, plain):
    n = normalise(f"I work for {hidden} now")
    assert n.text == f"I work for {plain} now"
    i = n.text.index(plain)
    a, b = n.span(i, i + len(plain))
    assert n.original[a:b] == hidden.strip(RLO + PDF) or n.original[a:b].strip(RLO + PDF) == hidden.strip(RLO + PDF)


def test_foreign_prose_is_not_folded():
    for text in ("Привет из Москвы, всё хорошо", "Καλημέρα από την Αθήνα"):
        assert normalise(text).text == text


def test_span_maps_back_across_removed_characters():
    text = f"a{ZW}b{ZW}c"
    n = normalise(text)
    assert n.text == "abc"
    assert n.span(0, 3) == (0, 5) and n.to_original("bc") == f"b{ZW}c"


def _findings(text: str, profile: str = "dibp"):
    prof = load_profile(profile)
    item = Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="t", text=text)
    return list(run_rules([item], active_rules(prof), prof))


@pytest.mark.parametrize(
    "text",
    [
        f"Ten years with Bor{ZW}der Fo{ZW}rce this week, proud of the team",
        "Ten years with Воrdеr Fоrсе this week, proud of the team",
        "Ten years with Ｂｏｒｄｅｒ Ｆｏｒｃｅ this week, proud of the team",
        f"Ten years with {RLO}ecroF redroB{PDF} this week, proud of the team",
    ],
)
def test_each_hidden_form_is_found_with_original_evidence(text):
    found = [f for f in _findings(text) if f.code == "DEP101"]
    assert found, "the agency's name in hidden text must be found"
    f = found[0]
    assert f.evidence and f.evidence.strip("…") in text  # quotes what was posted, not the folded text
    assert "Border Force" in f.why and "hidden or look-alike" in f.why


def test_plain_text_findings_do_not_mention_folding():
    found = [f for f in _findings("Ten years with Border Force this week") if f.code == "DEP101"]
    assert found and "hidden" not in found[0].why


def test_obfuscated_email_with_bare_at_and_work_mob():
    codes = {f.code for f in _findings("email me jane.lee at abf.gov.au or ring my work mob 0412 345 678")}
    assert {"CON101", "CON201"} <= codes
    assert "CON101" not in {f.code for f in _findings("I work at abf.gov.au these days")}
