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


def test_staff_counted_against_the_work_and_then_judged(dibp):
    from auditor.config import load_profile

    tas, aps = load_profile("tas"), load_profile("aps")
    [m] = _harsh("Our licensing desk has 3 assessors and 900 applications this month. Turnaround targets are a fantasy.", aps)
    assert m.why == (
        'counts the staff against the work ("3 assessors", "900 applications") and judges it ("Turnaround targets are a fantasy")'
    )
    [m] = _harsh("Two rangers for eleven parks at work this summer. The new strategy says... more signage.", tas)
    assert m.why.endswith('judges it ("The new strategy says... more signage")')
    assert _harsh("We've got 4 nurses for 30 beds on nights. Yeah nah.", dibp)
    # the figures alone are an operational report; a verdict before them judges something else
    assert _harsh("Our intake team had 4 staff and 300 notifications last month.", tas) == []
    assert _harsh("Madness at work today. Our team had 4 staff and 300 notifications.", tas) == []
    # no one inside: a parent counting a school's staff, a café's roster
    assert _harsh("My son's school has 3 teachers for 90 students. Madness.", aps) == []
    assert _harsh("The cafe had 2 staff and 300 orders on Sunday. Yeah nah.", dibp) == []


def test_an_ironic_verdict_on_the_works_priorities_or_plans():
    from auditor.config import load_profile

    qld, vic, aps = load_profile("qld"), load_profile("vic"), load_profile("aps")
    # the one-word punchline aimed at the work's "we"; a plan praised "truly"; a hope that they "actually" do it
    [m] = _harsh("The new carpark opened on time and we've waited two years for a second fridge. Priorities.", qld)
    assert m.why == 'sarcasm ("Priorities") about their own work ("we\'ve")'
    [m] = _harsh("Closed two regional offices so we can 'meet demand'. Brilliant planning, truly.", aps)
    assert "Brilliant planning, truly" in m.why
    [m] = _harsh("New regional director starts Monday. Fingers crossed he actually answers an email.", vic)
    assert m.why == 'sarcasm ("Fingers crossed he actually") about "director"'
    # private life, everyday praise, a hope about a team: no work target
    assert _harsh("Spent the grocery money on concert tickets. Priorities.", vic) == []
    assert _harsh("Great work, team! Proud of you all", vic) == []
    assert _harsh("Fingers crossed the new coach actually fixes the backline this year", vic) == []


def test_the_organisation_labelled_by_its_habit():
    from auditor.config import load_profile

    vic, tas, aps = load_profile("vic"), load_profile("tas"), load_profile("aps")
    [m] = _harsh("Reviewer in for three days, feedback was 'great work, no extra funding'. Classic DET.", vic)
    assert m.why == 'sarcasm ("Classic DET") about "DET"'
    # a portfolio or those in charge, from a writer inside
    [m] = _harsh("New leave system went live and half of us lost our accruals. Classic Health 🙄", tas)
    assert m.why == 'sarcasm ("Classic Health") about "Health"'
    assert _harsh("Three forms to order one stapler and we're told it's 'streamlined'. Peak public service.", aps)
    # a patient, a town, a person, a season, a screen: no organisation labelled
    assert _harsh("Waited 9 hours in ED with my dad. Classic Health.", tas) == []
    assert _harsh("Cold, wet and windy again. Classic Melbourne 🌧️", vic) == []
    assert _harsh("Boss rolled his eyes when I asked for Friday off. Classic Gary.", vic) == []
    assert _harsh("On nights for the whole of December at the warehouse. Peak season life", aps) == []
    assert _harsh("Got my licence renewed in ten minutes, classic Service Tasmania efficiency!", tas) == []


def test_a_scheme_of_those_in_charge_in_scare_quotes_with_no_said():
    from auditor.config import load_profile

    vic, tas, qld = load_profile("vic"), load_profile("tas"), load_profile("qld")
    # the scheme's own name, or the phrase set against what the work is
    [m] = _harsh("Another 'resilience toolkit' from head office. Our team is still four short on the night roster.", vic)
    assert m.why == '"\'resilience toolkit\'" in scare quotes, aimed at "head office"'
    [m] = _harsh("The Premier's 'record staffing' line meanwhile our depot runs two trucks short every weekend", qld)
    assert "in scare quotes" in m.why
    # a one-word jab, a quote with no one in charge, a private employer, a club: no comment
    assert _harsh("Ticked 'no' on the survey from management, still counted as engaged", vic) == []
    assert _harsh("Our 'quick' walk took four hours but the view was worth it", tas) == []
    assert _harsh("The store manager rolled out another 'customer delight' program. Still no extra staff.", tas) == []
    assert _harsh("My nan calls her bridge club's rules 'the scheme', still winning though", tas) == []


def test_money_or_a_show_for_those_in_charge_set_against_the_work():
    from auditor.config import load_profile

    qld, tas = load_profile("qld"), load_profile("tas")
    [m] = _harsh(
        "Our leave cancelled for the third month. Meanwhile the executive floor got a fit-out with a new coffee machine.", qld
    )
    assert m.why == 'sets "executive" and its "fit-out" against their own work ("Our")'
    assert _harsh("If the Director put half the consultant money into our team we wouldn't be 3 short", tas)
    # a boat's refit, a mayor's photo at the footy, a consultant on the ward, a press conference merely watched
    assert _harsh("Our boat is finally back in the water after the refit, no more leaks", tas) == []
    assert _harsh("The Mayor dropped by our footy club for a photo op after we won, no complaints", tas) == []
    assert _harsh("Watched the Premier's press conference, not sure what it means for the trains", qld) == []


def test_a_writer_who_says_they_are_not_inside_gives_a_citizens_view():
    from auditor.config import load_profile
    from auditor.rules.comment import public_contact

    tas = load_profile("tas")
    assert _harsh("Glad I don't work in govt, the new health plan is a mess for them", tas) == []
    assert public_contact("I'm a member of the public with a calculator and the Department's figures are wrong")
    # the work's "we" still reads as inside
    assert _harsh(
        "Glad I don't work in the call centre any more, but our new health plan is a mess and the government knows it", tas
    )
