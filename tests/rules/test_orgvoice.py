"""auditor.rules.orgvoice: the writer's own work, a show or a game, people who are no colleagues."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.rules import orgwords
from auditor.rules.orgvoice import OWN_WORK, fiction, not_colleagues, own_contact_only
from auditor.rules.orgwords import CUSTOMER_VOICE


def test_orgwords_re_exports_the_moved_names_unchanged():
    assert orgwords.OWN_WORK is OWN_WORK and orgwords.fiction is fiction
    assert orgwords.not_colleagues is not_colleagues and orgwords.own_contact_only is own_contact_only


def test_not_colleagues_reads_fiction_and_the_customer_side():
    qld = load_profile("qld")
    assert not_colleagues("whoever gets Inspector Plum in Cluedo does the dishes", qld).startswith("fiction")
    assert not_colleagues("Rewatching Blue Heelers, best sergeant on TV", qld).startswith("fiction")
    assert not_colleagues("thanks to Sgt Lewis and the team for finding my stolen bike", qld) == "the writer is a customer"
    # thanks from one of their own, and a customer cue with the writer's own work, stay colleagues
    assert not_colleagues("shoutout to the duty manager who let us finish early", qld) is None
    assert not_colleagues("on my shift today Sgt Lewis found my missing radio", qld) is None


def test_own_contact_only_the_writer_and_nobody_else():
    assert own_contact_only("Send the revised roster to me at kel.brodie@health.qld.gov.au and I'll sign it off")
    assert own_contact_only("It's Ahmed, OIC at the booth tomorrow. Work mob 0402 118 693 if anyone can't find it")
    assert own_contact_only("email me at r.tamihana@des.qld.gov.au before the team meeting on Monday")
    # someone else named or meant, or no contact of the writer's at all
    assert not own_contact_only("email me at r.t@des.qld.gov.au, or ask Priya at the front desk")
    assert not own_contact_only("my mobile is 0491 570 118 and my boss is on leave")
    assert not own_contact_only("Priyanka's on call this weekend, work mobile is 0491 570 318")
    assert not own_contact_only("Great shift with Jules at the terminal today")


def test_not_colleagues_a_childs_day():
    qld = load_profile("qld")
    assert not_colleagues("Mum can you grab Charlie from daycare at 5, stuck at work", qld).startswith("a child's day")
    assert not_colleagues("Isla's first day of kinder!! big hat and everything", qld).startswith("a child's day")
    assert not_colleagues("Charlie from the day shift covered for me", qld) is None


def test_fiction_a_show_a_game_or_a_character():
    assert fiction("Rewatching Blue Heelers from the start")
    assert fiction("Wentworth season 4 is unhinged")
    assert fiction("game night: Cluedo and pizza")
    assert not fiction("night shift at Wentworth again")


def test_own_work_reads_the_writers_opening_and_their_own_work():
    from auditor.rules.orgvoice import OWN_WORK

    for text in (
        "Hi it's Jo from Service Tasmania, call me about the rego transfer",
        "Working at Service Tas, the new system crashed 4 times",
        "As someone who actually processes these claims, the reforms are a mess",
    ):
        assert OWN_WORK.search(text), text
    assert not OWN_WORK.search("Queue at Service Tas was out the door, working from home tomorrow")


def test_own_work_reads_a_former_insider_and_customer_voice_a_request_for_papers():
    from auditor.rules.orgvoice import OWN_WORK

    assert OWN_WORK.search("Ex-TMR here. The rego system chokes every Tuesday")
    assert OWN_WORK.search("Former Centrelink here, the queue is not the staff's fault")
    assert not OWN_WORK.search("Nobody here. The rego system chokes every Tuesday")
    assert CUSTOMER_VOICE.search("Centrelink wants 3 months of payslips but the upload fails")
    assert CUSTOMER_VOICE.search("they asked me for certified copies again")
    assert not CUSTOMER_VOICE.search("Centrelink wants more staff on the phones")


def test_own_work_reads_the_writers_own_team_office_roster_and_secondment():
    for text in (
        "Our survey team at the Bureau pulled an all-nighter",
        "Whoever in my Centrelink office keeps pinching the milk, stop",
        "I'm rostered in resus all weekend",
        "Eighteen months on secondment and I'm heading back",
        "Hey Sam, Jo here from the licensing unit",
    ):
        assert OWN_WORK.search(text), text
    for text in (
        "Our local Centrelink office closed for the day",
        "Our footy team won the grand final",
        "My kids' school office rang again",
        "Jo here from next door, your dog is out",
    ):
        assert not OWN_WORK.search(text), text


def test_an_insiders_thanks_is_no_customers():
    from auditor.rules.orgwords import CUSTOMER_VOICE

    assert not CUSTOMER_VOICE.search("Thank you for the lovely send-off, 30 years of it")
    assert not CUSTOMER_VOICE.search("Grateful to the Secretary for the opportunity")
    assert not CUSTOMER_VOICE.search("Thanks to Andrew for the mentoring these two years")
    assert CUSTOMER_VOICE.search("Thanks to the officer for the quick refund")
