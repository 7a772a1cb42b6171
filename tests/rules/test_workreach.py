"""auditor.rules.workreach: a numbered unit's phone, a team's named line, a caller told to call back.

A second adversarial generator (invented numbers in the 0491 570 and 5550 ranges, invented
sentences): number forms no earlier generator wrote (a slash after the area code, a 1300/1800 line
in mixed groups, a number read out digit by digit with a word among the digits, a dotted +61, a
number split by a line break) put into the work contexts this module reads and into a firm's, a
shop's and a family's lines, for every profile.
"""

from __future__ import annotations

import pytest

from auditor.config import load_profile
from auditor.rules.phones import phone_numbers
from auditor.rules.worknumbers import work_numbers
from auditor.rules.workreach import UNIT_PHONE, call_back

_FORMS = (
    "0491 570 156",
    "+61.491.570.156",
    "0491\n570 156",
    "(03) 5550 4412",
    "03/5550 4412",
    "+61-3-5550-4412",
    "0 3 5 5 5 0 4 4 1 2",
    "1800 5 5 5 0 14",
    "1300 55 5 014",
    "6 1 6 5 four 0 9 0",
    "zero four nine one 5 7 0 1 5 6",
)
_WORK = (
    "Pod 3 phone is {n} if you need me today",
    "Ward 4B line: {n}",
    "reach me on the team inbox line {n} or just ping me on Teams",
    "the unit triage phone is {n} this week",
    "Please call me back on {n} quoting your reference",
    "Hi, this is Rhys, Compliance Officer. Please call me back on {n} quoting ref INV-22817.",
    "If a client calls, tell them to ring me back on {n}",
    "Tell the family to call me back on {n} about the meeting",
    "w: {n}",
)
_NOT_WORK = (
    "Our business line is {n} — call us for a free quote on solar",
    "Our business line is now {n}, same great service",
    "Store Manager at a hardware chain | call the store on {n} and ask for me",
    "Our family line is {n}",
    "Please call me back on {n} about the couch",
    "Room 3 phone at the motel is {n}",
    "The netball team group chat line is {n}",
    "Call me back on {n}, quoting for the bathroom reno tomorrow at the salon",
)


def test_every_generated_form_is_read_as_one_number():
    for n in _FORMS:
        found = [f[0] for f in phone_numbers(f"Work - {n} thanks")]
        assert found == [n], n


def test_a_unit_phone_by_its_number_or_a_word_of_its_team():
    assert UNIT_PHONE.search("Pod 3 phone is").group(0) == "Pod 3 phone"
    assert UNIT_PHONE.search("the team inbox line").group(0) == "team inbox line"
    assert UNIT_PHONE.search("Room 3 phone") is None
    assert UNIT_PHONE.search("the team group line") is None


def test_a_call_back_names_its_reason_without_the_number():
    text = "Please call me back on 1300 555 771 quoting ref CX-3308."
    assert call_back(text, 23, 35) == "call me back ... quoting"
    assert call_back("Clients can ring me back on 0491 570 156", 28, 40) == "Clients ... ring me back"
    assert call_back("call me back on 0491 570 156 about the couch", 16, 28) is None


def test_a_call_back_and_a_unit_phone_give_a_plain_why():
    aps = load_profile("aps")
    [(_n, cue, _s, _e)] = list(work_numbers("Please call me back on 1300 555 771 quoting your case number", aps))
    assert cue == '"call me back ... quoting"'
    [(_n, cue, _s, _e)] = list(work_numbers("Pod 3 phone is 5550 7731", aps))
    assert cue == "Pod 3 phone"


def test_a_phone_emoji_labels_a_signatures_number_and_a_firms_own_number_stays_its_own():
    tas = load_profile("tas")
    [(_n, cue, _s, _e)] = list(work_numbers("Court Officer @ Hobart registry 📞 (03) 5550 7450", tas))
    assert cue == 'job title "Court Officer"'
    assert not list(work_numbers("Our business is now on 1300 555 112 for all tiling enquiries", load_profile("dibp")))
    assert not list(work_numbers("Mum of 2 📞 0491 570 156", tas))


# A third generator: the forms people write a number in (read out with "oh", words and digits
# mixed, split over two lines, after an emoji, international) put into work contexts none of the
# earlier generators wrote: a shift swap however it is put, shifts moved, a client told to call, a
# job title after the number in a signature or a forwarded message, an out-of-office reply, the
# labels "Off:", "Bus. ph" and "Switchboard"; and private ones written the same way.
_FORMS_3 = (
    "0491 570 156",
    "oh four nine one, five seven oh, one five six",
    "04 nine one 570 one 5 6",
    "0491 570\n156",
    "+61 491 570 156",
    "+61 3 5550 4412",
    "📞 (03) 5550 4412",
)
_WORK_3 = (
    "Swap? My Sat early for your Sun late, text {n}",
    "Swapping earlies for lates this fortnight, text {n}",
    "Can someone swap my Thursday? I'm on {n}",
    "Shift's been moved to nights, reach me on {n}",
    "Tell the client to call back on {n} after 2",
    "Pls get the family to ring me on {n} tomorrow",
    "T {n} | Case Manager",
    "---------- Forwarded message ----------\nFrom: Jo Ng\nPh: {n}\nSenior Investigator",
    "OOO till Tuesday. Anything urgent, {n}",
    "Off: {n}",
    "Bus. ph {n}",
    "Switchboard {n}",
    # a line the team staffs asked to be covered, an opening "from the ... team here", a number beside a
    # work address, a unit's line that has moved
    "can u cover the 1300 line from 2-4? it's {n}",
    "Mel from the records team here, mob is {n} if you need me today",
    "Inquiries to the court media officer, ph {n}, media at courts dot example dot gov dot au",
    "We've moved! The front counter is now {n}",
)
_NOT_WORK_3 = (
    "Kids clothes swap this Saturday at the hall, text me {n} to book a table",
    "Swap? My Sat early at the pub for your Sun late, text {n}",
    "Moved to nights at the bakery, text {n}",
    "Tell the plumber to ring me on {n}",
    "Get the parents to ring me on {n} about the party pies",
    "Ask the landlord to call me on {n}",
    "Selling: {n} | Sales Manager",
    "{n} | Personal Trainer | Mum of 2",
    "Off to Bali! Text {n} for the house keys",
    "Reception at the golf club after, ring {n} for directions",
    "Need a good sparky? Call Dean on {n}, rewired our switchboard in an hour",
    "Hi Sam, my direct line at the agency is {n}, happy to chat about the sales role",
    "Can you cover the phones at the salon Saturday? {n}",
    "Dana from the pizza place here, call {n}",
    "email jo.ng@gmail.com or ring {n}",
    "We've moved! The cafe counter is now {n} for orders",
)


def test_the_new_weak_signs_give_a_plain_why():
    tas = load_profile("tas")

    def cue(text):
        return [c for _n, c, _a, _b in work_numbers(text, tas)]

    assert cue("Tell the client to call back on 0491 570 156") == ['"Tell the client to call back"']
    assert cue("T 0491 570 156 | Case Manager") == ['job title "Case Manager"']
    assert cue("OOO till Tuesday. Anything urgent, 0491 570 156") == ['"OOO"']
    assert cue("Swapping earlies for lates this fortnight, text 0491 570 156") == ['"Swapping earlies"']
    assert cue("Off: 0491 570 156") == ["Off:"]
    assert cue("ph 5550 7321, media at courts dot example dot gov dot au") == [
        'the work address "media@courts.example.gov.au" beside it'
    ]
    assert cue("can u cover the 1300 line from 2-4? it's 1300 555 117") == ['"cover the 1300 line"']
    # a cue that introduces one number is not the next one's
    assert cue("The front counter is now (03) 5550 4412. After hours, ring the hotline on 1800 555 117") == ["counter is now"]


@pytest.mark.parametrize("name", ["dibp", "aps", "qld", "vic", "tas"])
def test_the_writer_on_a_line_the_team_staffs(name):
    profile = load_profile(name)

    def cue(text):
        return [c for _n, c, _a, _b in work_numbers(text, profile)]

    # the writer on the line, a 13 or 1300 one too: the line is the work's
    assert cue("I'm on the permits line 1300 555 117 this week if anyone here needs help, that's my job") == [
        '"I\'m on the permits line"'
    ]
    assert cue("I'll be on the permits line tomorrow, 1800 555 310") == ['"I\'ll be on the permits line"']
    # ... not a caller on the line to someone, nor one waiting on it
    assert cue("I'm on the line to the bank again, their number 13 55 51 is useless") == []
    assert cue("I'm on the permits line again, 1300 555 117, 40 minutes in") == []


# each generator: its work contexts, its not-work contexts and the number forms they are written in
_GENERATORS = {"first": (_WORK, _NOT_WORK, _FORMS), "third": (_WORK_3, _NOT_WORK_3, _FORMS_3)}


@pytest.mark.parametrize("generator", sorted(_GENERATORS))
@pytest.mark.parametrize("profile_name", ["dibp", "aps", "qld", "vic", "tas"])
def test_generated_work_contexts_in_every_form(profile_name, generator):
    profile = load_profile(profile_name)
    work, _not_work, forms = _GENERATORS[generator]
    missed = [t.format(n=n) for t in work for n in forms if not list(work_numbers(t.format(n=n), profile))]
    assert missed == []


@pytest.mark.parametrize("generator", sorted(_GENERATORS))
@pytest.mark.parametrize("profile_name", ["dibp", "aps", "qld", "vic", "tas"])
def test_generated_not_work_contexts_in_every_form(profile_name, generator):
    profile = load_profile(profile_name)
    _work, not_work, forms = _GENERATORS[generator]
    fired = [t.format(n=n) for t in not_work for n in forms if list(work_numbers(t.format(n=n), profile))]
    assert fired == []
