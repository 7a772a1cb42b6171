"""auditor.rules.worknumbers: whether a phone number is a work one, from the words around it."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.rules.worknumbers import work_numbers


def test_work_numbers_need_a_work_cue_or_the_department(dibp):
    assert list(work_numbers("ring the desk on (02) 6264 1111 ext 4432", dibp)) == [
        ("(02) 6264 1111", "the desk", 17, 31),
        ("ext 4432", "ext", 32, 40),
    ]
    assert list(work_numbers("Best pizza in town, order on 02 9550 1234", dibp)) == []
    # the emergency number is skipped; the department name makes the full number a work number
    assert list(work_numbers("call 000 now or the ABF on 02 6264 1111", dibp)) == [
        ("02 6264 1111", 'department term "ABF"', 27, 39)
    ]
    assert list(work_numbers("no digits here", dibp)) == []


def test_work_numbers_read_the_workplace_line_in_plain_words(dibp):
    qld, vic = load_profile("qld"), load_profile("vic")

    def cue(text, profile):
        return [c for _n, c, _a, _b in work_numbers(text, profile)]

    # the workplace's own phone or line, and a call to it or to someone there direct
    assert cue("Best to get me on the staffroom phone (08) 5550 2210 before 8:30", dibp) == ["staffroom phone"]
    assert cue("My mobile is 0412 345 678, the landline at work is (02) 5550 3110", dibp) == ["landline at work"]
    assert cue("Ring Kingsford depot on (03) 5550 6612 and ask for the leading hand", vic) == ["Ring Kingsford depot"]
    assert cue("ring him direct on (02) 5550 7781 about the overtime", dibp) == ["ring him direct"]
    assert cue("ring the kingsford depot with the old shed on (03) 5550 6612", vic) == []  # words, no name
    # a work phone diverted to a personal one: the personal phone named is no not-work cue
    assert cue("Desk phone's diverted to my mobile 0455 201 387 while I'm out", dibp) == ["Desk phone"]
    assert cue("Desk phone's dead, ring my mobile 0455 201 387 while I'm out", dibp) == []
    # "after hours" before a line is a duty line; before a business it stays a not-work cue
    assert cue("The Logan after hours Child Safety line is now (07) 5550 6630", qld) == ['department term "Child Safety"']
    assert cue("The after hours vet line is (03) 5550 8820 if the dog gets worse", dibp) == []
    # a not-work word inside the organisation's own name ("Emergency ...") is part of the name
    assert cue("Emergency Management Victoria | Regional Coordinator. (03) 5550 4410", vic) == [
        'department term "Emergency Management Victoria"'
    ]
    # an opening from a workplace makes a full number that follows the workplace's
    assert cue("Hi it's Dana from the Ipswich court registry, any questions call (07) 5550 1180", qld) == [
        '"Hi it\'s Dana from the Ipswich court"'
    ]
    assert cue("Hi it's Dana from the pizza place, call 0455 201 387 for your order", dibp) == []


def test_work_numbers_read_a_duty_phone_a_divert_and_after_hours_with_a_work_cue(dibp):
    def cue(text):
        return [c for _n, c, _a, _b in work_numbers(text, dibp)]

    assert cue("I've got the after-hours phone till Sunday: 0455 610 224") == ["after-hours phone"]
    assert cue("Use the duty mobile 0455 610 224 till the phones are back") == ["duty mobile"]
    # the work line on divert to the writer reaches a number a sentence later
    assert cue("Desk line's on divert to me all arvo. If the wharf calls, give them 0455 610 224") == ["line's on divert to me"]
    assert cue("Out at the dentist all arvo. If the wharf calls, give them 0455 610 224") == []
    # "after hours" loses to a work cue; alone, or with a business, it stays someone else's
    assert cue("the duty officer's number for the port after hours is (08) 5550 7712") == ["duty officer"]
    assert cue("Vet clinic after hours number is 02 5550 1188, save it") == []
    assert cue("Please stop calling the Hobart lab on (03) 5550 6610, that's our bench line") == ["calling the Hobart lab"]


def test_work_numbers_of_a_named_team_or_terminal_or_said_to_be_the_work_one(dibp):
    for text in (
        "Call the Visa Processing team on 9342 7710 before 4, they'll sort it",
        "If the shift needs me, the terminal number is (08) 9478 3321",
        "Text 0455 902 118 about the roster, that's the work one",
    ):
        assert [n for n, *_ in work_numbers(text, dibp)], text
    for text in (
        "Call the sales team on 9342 7710 for a quote",  # a business's team: its modifier is no unit's name
        "Text 0455 902 118 about the couch, that's my personal one",
    ):
        assert not list(work_numbers(text, dibp)), text


def test_work_numbers_read_a_signature_an_extension_and_a_local_number_with_the_organisation(dibp):
    tas, vic = load_profile("tas"), load_profile("vic")

    def cue(text, profile=dibp):
        return [c for _n, c, _a, _b in work_numbers(text, profile)]

    # a job title, then the number behind a label or on the next line
    assert cue("Priya Nair, Senior Case Coordinator\nPh: (03) 5550 7318", vic) == ['job title "Senior Case Coordinator"']
    assert cue("Ranger in Charge, Freycinet\n(03) 5550 7000", tas) == ['job title "Ranger"']
    assert cue("Leasing Manager | Harbourside Realty | Ph 0455 318 220") == []  # a private firm's title
    assert cue("Priya Nair, Senior Case Coordinator, said to ring 0455 318 220") == []  # no label before it
    # an extension the writer is reached on; a model number is none
    assert cue("call me on x5512 if it eats your forms") == ["extension"]
    assert cue("Model x5512 for sale") == []
    # a local number with the organisation's name, when the writer is reached on it
    assert cue("Ring me at Child Safety on 5550 4412 about the placement", tas) == ['department term "Child Safety"']
    assert cue("Child Safety reference 5550 4412 on the letter", tas) == []


def test_work_numbers_read_labels_faxes_and_a_units_or_teams_own_line(dibp):
    qld, vic = load_profile("qld"), load_profile("vic")

    def cue(text, profile=dibp):
        return [c for _n, c, _a, _b in work_numbers(text, profile)]

    assert cue("Wk mob 0455 318 220") == ["Wk mob"]
    assert cue("Mob (work): 0455-318-220") == ["(work)"]
    assert cue("Fax the referral to (07) 5550 9913 and I'll chase it", qld) == ["Fax"]
    assert cue("Pager 0455 318 220 for the registrar overnight") == ["Pager"]
    assert cue("The reception number for the unit moved to (03) 5550 4000") == ["reception number"]
    assert cue("The unit's after-hours number is (03) 5550 4000") == ["unit's after-hours number"]
    assert cue("Ring the duty sergeant on (07) 5550 3021 if the van's late", qld) == ["Ring the duty sergeant"]
    assert cue("Stay home until ops calls you from (08) 5550 6611") == ["ops calls you from"]
    # a 13 or 1800 line said to be the team's own; a business's sales line is someone else's
    assert cue("Our intake line is 1800 555 012 now, pass it on to the GPs", vic) == ["Our intake line"]
    assert cue("Anyone needing the team, our number is 1300 555 012") == ['"our number"']
    assert cue("Call our sales team on 1300 555 012 for a free quote") == []
    assert cue("Call the police station on (03) 5550 2111 to report it") == []


def test_work_numbers_read_a_duty_role_a_fax_and_a_signature_with_a_work_address():
    tas, vic = load_profile("tas"), load_profile("vic")

    def cue(text, profile):
        return [c for _n, c, _a, _b in work_numbers(text, profile)]

    assert cue("Ring the duty inspector on 0455 610 903, not the front counter", tas) == ["Ring the duty inspector"]
    assert cue("fax the warrant to the Burnie watchhouse on (03) 5550 2210", tas) == ["fax"]
    # a helpline in a signature with the writer's work address is the writer's work line
    sig = "Kind regards,\nSam Ito – Intake Officer\nFamily Support Helpline 1800 555 273\ns.ito@justice.vic.gov.au"
    assert [n for n, *_ in work_numbers(sig, vic)] == ["1800 555 273"]
    assert cue("Family Support Helpline 1800 555 273, open 24 hours", vic) == []
    # a clinic's line where the organisation is named; a vet clinic's is a business's
    assert [n for n, *_ in work_numbers("Registered Nurse, Royal Melbourne Hospital. Clinic line (03) 5550 8165", vic)]
    assert cue("The vet clinic line is (03) 5550 8165 if Rex gets worse", vic) == []


def test_work_numbers_read_a_workplace_after_the_number_and_a_direct_dial(dibp):
    def cue(text):
        return [c for _n, c, _a, _b in work_numbers(text, dibp)]

    assert cue("I'm on 5550 8811 at the depot all day") == ["at the depot"]
    assert cue("my number at the registry is (02) 5550 8811") == ["number at the registry"]
    assert cue("DDI (02) 5550 8811") == ["DDI"]
    assert cue("Jo Bloggs | Records Officer\nReception (02) 5550 8811") == ['job title "Records Officer"']
    assert cue("text me 0455 610 903 when you're at the station") == []
    assert cue("Meet me at the ward, text 0455 610 903") == []


def test_work_numbers_read_a_staffed_line_and_a_roles_phone(dibp):
    def cue(text, profile=dibp):
        return [c for _n, c, _a, _b in work_numbers(text, profile)]

    assert cue("Rostered on the after hours line tonight: 0455 610 903") == ["Rostered on the after hours line"]
    assert cue("Site supervisor mobile 0455 610 903") == ["supervisor mobile"]
    assert cue("If the dog needs a walk while I'm away, text 0455 610 903") == []


def test_work_numbers_spelt_split_or_internal(dibp):
    tas = load_profile("tas")
    [(number, cue, _s, _e)] = work_numbers("On call till Sunday, ring oh four five five, six one oh, nine oh three", dibp)
    assert number == "oh four five five, six one oh, nine oh three" and cue == "On call"
    assert list(work_numbers("Selling the pram, text oh four five five, six one oh, nine oh three", dibp)) == []
    assert [n for n, *_ in work_numbers("Work mob 0455 📞 610 📞 903 for the audit week", dibp)] == ["0455 📞 610 📞 903"]
    assert [c for _n, c, *_ in work_numbers("the helpdesk is internal 4471", dibp)] == ["internal"]
    # a colleague's number at the workplace just named
    text = "Ask Deb on the front counter at the Launceston office, her number there is (03) 5550 2216"
    assert [c for _n, c, *_ in work_numbers(text, tas)] == ["her number there"]
    assert list(work_numbers("Ask Deb at the bakery about the cake, her number is (03) 5550 2216", tas)) == []


def test_work_numbers_given_for_the_work_itself(dibp):
    qld = load_profile("qld")
    swap = "Anyone keen to swap my Sunday early for a Tuesday late? Text me 0455 610 903"
    assert [c for _n, c, *_ in work_numbers(swap, dibp)] == ['"swap my Sunday early"']
    assert [c for _n, c, *_ in work_numbers("Callout tonight, ring me on 0455 610 903", qld)] == ['"Callout"']
    # a private job's shift, a number with no reach to the writer, a personal sale
    for text in (
        "Anyone want to swap my Saturday shift at the café? Text me 0455 610 903",
        "Swap my Sunday early? The pool's number is 0455 610 903",
        "Selling my bike, call me 0455 610 903",
    ):
        assert list(work_numbers(text, dibp)) == [], text


def test_work_numbers_a_line_the_team_staffs_and_a_negated_work_cue(dibp):
    aps = load_profile("aps")
    # a line the writer's team staffs outweighs "hotline" and "after hours"
    [(_n, cue, *_)] = work_numbers("The hotline we staff is 1300 555 950 if anyone needs help — I'm on Tues", aps)
    assert cue == "hotline we staff"
    [(_n, cue, *_)] = work_numbers("FYI after hours it's 1800 555 623 option 2 — that's our team this week", dibp)
    assert cue == "that's our team"
    assert list(work_numbers("The Lifeline hotline is 13 11 14, any time", aps)) == []
    # "not the office one": the office named only to say the number is not it
    assert list(work_numbers("call my personal mobile not the office one, 0409 555 843", aps)) == []
    # the front desk said to be on a number; a short number the writer is rung on
    assert [c for _n, c, *_ in work_numbers("Reception's on oh-two 5550 3318, ask for me", aps)] == ["Reception's on"]
    assert [n for n, *_ in work_numbers("ring the nurses station on 4-4-7-1 and ask for me", aps)] == ["4-4-7-1"]
