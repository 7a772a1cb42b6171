"""auditor.rules.critique: OFC102's checks (harsh words aimed at those in charge), the shared lexicon and `near`."""

from __future__ import annotations

import re

from auditor.models import Audience, Item, ItemKind, Platform
from auditor.rules.critique import harsh_criticism, lexicon, near


def _harsh(text: str, profile) -> list:
    item = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text=text, audience=Audience.PUBLIC)
    return list(harsh_criticism(item, profile))


def test_critique_harsh_word_needs_a_target_nearby(dibp):
    [m] = _harsh("The Minister is a disgrace and the whole portfolio knows it", dibp)
    assert 'harsh word "disgrace"' in m.why
    assert _harsh("The umpire tonight was a disgrace", dibp) == []


def test_critique_negative_sentence_sarcasm_and_out_of_touch(dibp):
    assert "negative judgement" in _harsh("Management treats us like dirt", dibp)[0].why
    assert _harsh("the UK govt is an absolute circus", dibp) == []  # another country's government
    assert "does not know the work" in _harsh("The Minister should do one night shift on the floor", dibp)[0].why


def test_critique_lexicon_is_per_profile_and_near_measures_both_ends(dibp):
    assert lexicon(dibp) is lexicon(dibp)
    assert lexicon(dibp).targets.search("the Department") is not None
    m = re.search("bad", "xx bad yy")
    assert near(m, [(10, 14, "far")], 5) is None
    assert near(m, [(5, 8, "close")], 5) == (5, 8, "close")
