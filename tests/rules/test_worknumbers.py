"""auditor.rules.worknumbers: whether a phone number is a work one, from the words around it."""

from __future__ import annotations

import pytest

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


# ---- an adversarial generator: many number forms in many work and not-work contexts --------------
# Invented numbers (the 0491 570 and 5550 ranges are kept for fiction) and invented sentences. Each
# context is written once with {n}; the generator puts every number form into it, wraps it as a
# reply, after an emoji, after a line break or a dash, and runs it for every profile. A context is
# a KIND of giving a work number (or of giving another's); a failure names the kind and the form.
_MOBILE_FORMS = (
    "0491 570 156",
    "0491570156",
    "0491-570-156",
    "0491.570.156",
    "0491/570/156",
    "+61 491 570 156",
    "+61 (0) 491 570 156",
    "+61491570156",
    "0491 57 01 56",
    "04 9157 0156",
    "0491 – 570 – 156",
    "oh four nine one, five seven oh, one five six",
    "zero four nine one 570 156",
    "0 4 9 1 5 7 0 1 5 6",
    "0491 dash 570 dash 156",
    "0491 📞 570 📞 156",
    "(0491) 570 156",
)
_LANDLINE_FORMS = (
    "(03) 5550 4412",
    "03 5550 4412",
    "+61 3 5550 4412",
    "+613 5550 4412",
    "(+61 3) 5550 4412",
    "+61 (3) 5550 4412",
    "(03) 5550-4412",
    "03.5550.4412",
)
_WRAPS = ("{t}", "@kel_m {t}", "{t} 🙏", "Re: next week\n{t}", "Quick one — {t}")
_WORK_CONTEXTS = {
    "a shift offered, asked for or swapped, the number bare or after a way to reach": (
        "Roster swap anyone? Sat D/N for your Tue early. {n}",
        "Swapping my Sunday earlies for any weekday late, hmu {n}",
        "Need someone to cover Thursday's late, msg me {n}",
        "Can anyone take my Boxing Day shift? Flick me a text on {n}",
        "Anyone want my Friday night shift? Message me on {n}",
        "I'm rostered on tomorrow, call me on {n} if the handover's late",
    ),
    "the phone the work owns, by a word before its noun": (
        "call me on my work one, {n}",
        "use my work one {n} not my own",
        "my work number is still {n}",
        "work num {n}",
        "work no. {n}",
        "workphone {n}",
        "work's number is {n}",
        "the works mobile is {n}",
        "my govt phone {n}",
        "gov phone {n} for anything about the audit",
        "my departmental mobile is {n}",
        "the corporate mobile is {n} while I'm on the road for the review",
        "my work-issued mobile is {n}",
        "my shift phone is {n}",
        "Got the work iPhone today: {n}, use it for roster stuff",
        "Site phone is {n} if the gate's locked when you get here for induction",
        "Our pod's line is {n} if you can't find us on level 3",
        "The pod phone is {n} this week",
        "The floor's number is {n} if my mobile rings out",
        "my direct is {n}",
        "During work hours: {n}",
    ),
    "a label right before or after the number": (
        "Work 📱 {n}",
        "📞 work: {n}",
        "Work - {n}",
        "Work {n} | Home 0491 570 157",
        "wk: {n}",
        "W: {n}",
        "(w) {n}",
        "Direct {n}",
        "BH {n} AH 0491 570 157",
        "💼 {n}",
        "{n} ← work",
        "Work mob\n{n}",
    ),
    "the workplace, its team, desk or role in plain words": (
        "I'm on the front desk at the Parramatta site till 4, {n}",
        "The number at the site office is {n}, ask for me",
        "The team landline is {n} now we've moved floors",
        "I'm on {n} at work until 5",
        "you can get me at work on {n}",
        "I'm on the phones today, my line is {n}",
        "ring my supervisor on {n} if I don't answer",
        "The duty manager can be reached on {n} tonight",
        "For the audit next week I'm at the Geelong site, on {n}",
        "my team's on {n} until six, I pick up most days",
        "press 3 on {n} and you get my team",
        "our team inbox line is {n}, it rings out to whoever's on",
        "Front counter's {n} if you need to swap",
        "can't give you my personal but my desk phone at school is {n}",
        "ring the OIC direct on {n}",
        "Call payroll on {n} about the overtime",
        "Ring HR on {n} before you sign",
        "The records team is on {n}",
        "Payroll's number is {n}",
        "the triage line is {n}",
        "Rostering: {n}",
        "Duty sergeant {n}",
        "Pls ring the ward clerk on {n}",
        "If the dog team's needed, kennels are on {n}",
        "Comms centre: {n}",
        "the secondary area phone is {n}",
        "Ring the Hobart control on {n}",
        "Ask for me at the front counter, {n}",
    ),
    "the phone work gave the writer, or a number said to be not the personal one": (
        "work gave me a new mobile, {n}",
        "the phone I carry for work is {n}",
        "best number to get me at work is {n}",
        "Pls don't ring my personal, use {n}",
        "Call {n}, not my mobile",
        "If you're one of my clients, ring me on {n} not the 1300 number",
        "skip the switchboard and ring {n}",
    ),
    "office hours beside a number the writer is reached on": (
        "Call me on {n}, Mon–Fri 8.30–5",
        "you'll get me on {n} between 9 and 5 weekdays",
    ),
    "a colleague's number, or one given while the writer is away from the work": (
        "Sarge's work mobile is {n}",
        "If I'm not in, try Priya on {n}, she's on my team",
        "Sam's covering for me this week, his number's {n}",
        "Team - Mel's number while I'm on leave: {n}",
        "the new 2IC's mobile is {n}",
        "Call me on my work one, {n}, my personal lives in the locker on shift",
    ),
    "a role introduced to the people served, a job first in a bio": (
        "I'm the new case manager for the family, my number is {n}",
        "this is Dana, your caseworker, ring me on {n}",
        "I'm the OIC at Smithton, {n}",
        "registered nurse | {n}",
        "Youth worker. Ballarat. {n}",
    ),
}
_NOT_WORK_CONTEXTS = (
    "Selling my bike, text {n}",
    "My mate Dave does great tiling, his number is {n}",
    "Tradie quote came in, ring Jono on {n}",
    "The netball club line is {n}",
    "Lost cat! Call {n}",
    "my new number is {n}",
    "I'm a mobile dog groomer, bookings {n}",
    "I'm on night shift at the bakery, text me {n}",
    "The pub's number is {n}",
    "my accountant's office is on {n}",
    "The gym's front desk is {n}",
    "Text me after work on {n}",
    "text me after work - {n}",
    "Call me after my shift, {n}",
    "If you want to carpool to work, text {n}",
    "Selling my old work iPhone, text {n}",
    "Can anyone cover my babysitting gig Saturday night? {n}",
    "While I'm on leave in Bali, text {n} for the house keys",
    "Call our house line on {n}",
    "Our customer service line is {n}, open 9-5",
    "Call our recruitment line on {n}, we're hiring chefs",
    "He's on my team at netball, text him {n}",
    "My team's on a winning streak! Raffle tickets from {n}",
    "I'm your new neighbour, my number is {n}",
    "I'm the new sales coordinator, call me on {n}",
    "Mum of 3. Coffee addict. {n}",
    "Personal trainer | {n}",
    "Anyone want my Taylor Swift tickets? Text {n}",
    "The site number for our campsite is {n}",
    "Dentist reception is {n}, they open at 8",
    "Netball team's on {n} for rego",
    "Don't call me at work, text {n}",
    "Call my husband on {n} not my mobile, it's broken",
    "Text me on {n} not my old number",
    "Club admin: {n}",
    "Open Mon-Fri 9-5, call {n}",
    "Call me Mon-Fri 7-5 for a quote on {n}",
    "text me {n} weekdays after 5",
    "Call me for a quote on {n}, not the 1300 number",
    "Ask for me at the pub, {n}",
    "I'm the new treasurer, {n}",
    "I'm the sup at the cafe, text {n}",
)


# a bio or a signature's line stands at the start of a line: it is not wrapped after other words
_LINE_WRAPS = ("{t}", "{t} 🙏", "Cheers,\n{t}")
_AT_LINE_START = "a role introduced to the people served, a job first in a bio"


def _generated(contexts, wraps=_WRAPS, width=10):
    # each context in `width` forms, the forms rotating from one context to the next so that every
    # form meets every kind (a full product is 2.5 times slower and found nothing more)
    forms = _MOBILE_FORMS + _LANDLINE_FORMS
    for i, tpl in enumerate(contexts):
        for k in range(width):
            j = (i * 7 + k) % len(forms)
            n = forms[j]
            yield tpl, n, wraps[(i + j) % len(wraps)].format(t=tpl.format(n=n))


@pytest.mark.parametrize("profile_name", ["dibp", "aps", "qld", "vic", "tas"])
@pytest.mark.parametrize("kind", sorted(_WORK_CONTEXTS))
def test_work_numbers_adversarial_work_contexts_in_every_form(profile_name, kind):
    profile = load_profile(profile_name)
    wraps = _LINE_WRAPS if kind == _AT_LINE_START else _WRAPS
    missed = [text for _tpl, _n, text in _generated(_WORK_CONTEXTS[kind], wraps) if not list(work_numbers(text, profile))]
    assert missed == []


@pytest.mark.parametrize("profile_name", ["dibp", "aps", "qld", "vic", "tas"])
def test_work_numbers_adversarial_not_work_contexts_in_every_form(profile_name):
    profile = load_profile(profile_name)
    fired = [text for _tpl, _n, text in _generated(_NOT_WORK_CONTEXTS) if list(work_numbers(text, profile))]
    assert fired == []


def test_work_numbers_adversarial_forms_are_each_read_as_one_number():
    # every form the generator writes is one number to phones, whole, so a context decides alone
    from auditor.rules.phones import phone_numbers  # lazy: only this test reads phones directly

    for n in _MOBILE_FORMS + _LANDLINE_FORMS:
        found = list(phone_numbers(f"Work - {n} thanks"))
        assert [f[0] for f in found] == [n], n


def test_work_numbers_a_unit_owns_only_the_number_right_after_it():
    qld = load_profile("qld")
    found = [
        (n, c) for n, c, _a, _b in work_numbers("Reports to Policelink 131 444, and the front counter is (07) 5550 1180", qld)
    ]
    assert found == [("(07) 5550 1180", "counter is")]  # the public 13 line is not the counter's


def test_work_numbers_a_listed_cue_keeps_its_reason_over_a_new_one():
    vic = load_profile("vic")
    # "Ring Kingsford depot" is a listed cue; the nearer "depot on" of the unit form does not replace it
    assert [c for _n, c, _a, _b in work_numbers("Ring Kingsford depot on (03) 5550 6612", vic)] == ["Ring Kingsford depot"]
    # with no listed cue, the unit form decides
    assert [c for _n, c, _a, _b in work_numbers("The records team is on (03) 5550 6612", vic)] == ["team is on"]


@pytest.mark.parametrize("name", ["dibp", "aps", "qld", "vic", "tas"])
def test_work_numbers_read_the_writer_reached_at_work(name):
    profile = load_profile(name)

    def cue(text):
        return [c for _n, c, _a, _b in work_numbers(text, profile)]

    # the writer reached at work, by whatever words come first
    assert cue("Best number for me at work is 02 5550 9913") == ["me at work"]
    assert cue("Quickest way to get me at work: (07) 5550 4407, I'm at my bench til 3") == ["me at work"]
    # ... not the writer at work now, giving a number for later or someone else's
    assert cue("Call me on 0491 570 156 after 6, I'm flat out at work all day") == []
    assert cue("the footy club's new number is 03 5550 2200, I'm at work till 6 though") == []


@pytest.mark.parametrize("name", ["dibp", "aps", "qld", "vic", "tas"])
def test_work_numbers_read_the_job_phone_and_a_dect_handset(name):
    profile = load_profile(name)

    def cue(text):
        return [c for _n, c, _a, _b in work_numbers(text, profile)]

    # the job's own phone by another word; a hospital's cordless internal handset, a short number
    assert cue("Don't ring the depot, call me on the job phone 0491 570 156, I'm out till 11") == ["job phone"]
    assert cue("Jo from the ward here, ring me on the DECT 44217 if the registrar hasn't called back") == ["DECT"]
    # ... not a standard's year
    assert cue("the DECT 2019 standard is fine for home cordless phones") == []
