"""Work email addresses, work phone numbers and work-registered accounts.

`work_email` fires on any address in the profile's domains or under ``.gov.au``, written
plainly or obfuscated ("name dot surname at abf dot gov dot au", "name[at]abf[dot]gov[dot]au").
`work_contact` fires on an Australian phone number (landline, mobile, 13/1300/1800, extension)
only when the words around it make it a work number ("my desk", "work mobile", "ext", "direct
line", a department name, "it's the school phone", a workplace's line "they'll pass it on to
me", a landline to ring the writer about patients or clients, the workplace's phone in plain
words: "the staffroom phone", "ring me on the ward", "call her direct", "the work phone's on
divert to my mobile", an opening "Hi it's Tom from the court registry", a fax or pager, "Wk mob",
"Mob (work)", "the unit's number", "ring the duty sergeant on"), a job title then a labelled number
in a signature, an extension the writer is on ("call me on x4412"), or a local number beside the
organisation's name that the writer is reached on; a business's, a helpline's or a personal
number does not fire (a helpline in a signature with the writer's work address is the writer's).
`account_registration` fires when an account's own email (now or before) is a work address.
A profile's phone whose own type says work (LinkedIn's "Type: Work", Facebook's `phone_type`) is a
work number whatever its text. This module holds the rules, their checks and their examples; the addresses are read by `emails`,
the numbers found by `phones` and judged work or not by `worknumbers`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.config import Profile
from auditor.models import Category, Item, ItemKind, Severity
from auditor.rules.base import Example, Match, Rule, reach_severity
from auditor.rules.emails import EMAIL_FIELDS, normalise_domain, work_addresses
from auditor.rules.phones import PHONE_RE, phone_numbers
from auditor.rules.worknumbers import work_numbers

# re-exported: the address and number readers live in `emails`, `phones` and `worknumbers`
__all__ = ["EMAIL_FIELDS", "PHONE_RE", "RULES", "normalise_domain", "work_addresses", "work_numbers"]


def _work_email(item: Item, profile: Profile) -> Iterator[Match]:
    if item.kind == ItemKind.PROFILE_FIELD and (item.field or "") in EMAIL_FIELDS:
        return  # the account's own address: account_registration covers it
    for addr, domain, obf in work_addresses(item.text, profile):
        yield Match(
            key=addr,
            evidence=addr,
            why=f"{'an obfuscated address' if obf else 'an address'} under the work domain {domain}",
            message=f"Work email address posted{' (obfuscated)' if obf else ''}: {addr}",
            severity=reach_severity(Severity.HIGH, item),
        )


def _registration(item: Item, profile: Profile) -> Iterator[Match]:
    if item.kind != ItemKind.PROFILE_FIELD or (item.field or "") not in EMAIL_FIELDS:
        return
    for addr, domain, _obf in work_addresses(item.text, profile):
        when = "is" if item.field in ("email", "emails", "registration_email") else "was"
        yield Match(
            key=addr,
            evidence=addr,
            why=f"account email field '{item.field}' uses work domain {domain}",
            message=f"This {item.platform.display} account {when} registered with work email {addr}",
            severity=Severity.HIGH if when == "is" else Severity.MEDIUM,
        )


# a profile's phone whose own type says work (LinkedIn's "Type: Work", Facebook's phone_type): the
# field itself is the context, whatever the number's text
_WORK_PHONE_TYPES = frozenset({"work", "office", "business", "work phone", "work mobile", "pager"})


def _typed_work_numbers(item: Item) -> list[tuple[str, str, int, int]]:
    if item.kind != ItemKind.PROFILE_FIELD or (item.field or "") != "phone":
        return []
    kind = str(item.extra.get("phone_type") or "").strip()
    if kind.casefold() not in _WORK_PHONE_TYPES:
        return []
    cue = "the profile's phone type " + f'"{kind}"'
    found = [(n, cue, s, e) for n, _d, s, e in phone_numbers(item.text)]
    text = (item.text or "").strip()
    if not found and len(re.sub(r"\D", "", text)) >= 6:
        found = [(text, cue, 0, len(text))]
    return found


def _work_phone(item: Item, profile: Profile) -> Iterator[Match]:
    seen: set[str] = set()
    for number, cue, _start, _end in _typed_work_numbers(item) + list(work_numbers(item.text, profile)):
        key = re.sub(r"\D", "", number) or number
        if key in seen:
            continue
        seen.add(key)
        yield Match(
            key=key,
            evidence=number,
            # a cue that quotes its own words reads as it is ('... with work context: job title "Case Manager"')
            why=f"phone number {number} with work context: {cue}"
            if '"' in cue
            else f'phone number {number} with work context "{cue}"',
            message=f"Work phone number posted: {number}",
            severity=reach_severity(Severity.HIGH, item),
            confidence=0.9 if "department" not in cue else 0.75,
        )


RULES = [
    Rule(
        code="CON101",
        name="work-email-posted",
        category=Category.WORK_EMAIL,
        severity=Severity.HIGH,
        confidence=0.95,
        summary="An official email address (profile domains or any .gov.au) appears in a post, bio or message, plainly or obfuscated.",
        rationale="An official address identifies you as a departmental employee and gives criminals a direct line to you.",
        remediation="Edit or delete the post or bio so it no longer shows the address; use a personal address for personal contact.",
        check=_work_email,
        examples=(
            Example("Contact me at jane.citizen@abf.gov.au for the roster", True),
            Example("email: sam dot lee at abf dot gov dot au", True),
            Example("email me jane.lee at abf.gov.au about the roster", True),
            Example("I work at abf.gov.au these days", False),
            Example("reach me on jlee[at]homeaffairs[dot]gov[dot]au", True),
            Example("ping me on my work address, sam.lee @ abf . gov . au", True),
            Example("Any issues ping alex.smith@servicesaustralia.gov.au", True),
            Example("send it to r.lee@justice.vic.gov.au", True, profile="vic"),
            Example("write to jane@gmail.com", False),
            Example("meet at the pub dot com later", False),
            Example("see www.abf.gov.au for travel rules", False),
            # an "@" or a dot in brackets or between dashes, an address cut by a line break or a space
            Example("roster queries to mei.tan (@) health.tas.gov.au", True, profile="tas"),
            Example("mei.tan -at- education.vic.gov.au for the camp forms", True, profile="vic"),
            Example("Email: mei.tan@transport.qld.\ngov.au", True, profile="qld"),
            Example("mei.tan (@) gmail.com for the cot", False),
        ),
    ),
    Rule(
        code="ACC101",
        name="account-registered-with-work-email",
        category=Category.ACCOUNT_REGISTRATION,
        severity=Severity.HIGH,
        confidence=1.0,
        summary="A personal social media account is (or was) registered with an official email address.",
        rationale="Registering personal accounts with work email ties the account to the Department and exposes the address in breaches.",
        remediation="Change the account's email to a personal address in the platform's account settings, and remove the work address from its previous/secondary emails.",
        check=_registration,
        kinds=frozenset({ItemKind.PROFILE_FIELD}),
        examples=(
            Example("j.citizen@abf.gov.au", True, kind=ItemKind.PROFILE_FIELD, field="email"),
            Example("jcitizen@example.com", False, kind=ItemKind.PROFILE_FIELD, field="email"),
        ),
    ),
    Rule(
        code="CON201",
        name="work-phone-posted",
        category=Category.WORK_CONTACT,
        severity=Severity.HIGH,
        confidence=0.85,
        summary="A work phone number (desk, direct line, work mobile, extension, team line) appears in a post, bio or message.",
        rationale="A work number confirms where you work and gives anyone a direct line to you at work; the policy forbids posting official contact details.",
        remediation="Edit or delete the post or bio so it no longer shows the number; give work numbers only through official channels.",
        check=_work_phone,
        examples=(
            Example("ring the desk on (02) 6264 1111 ext 4432", True),
            Example("my work mobile is 0428 113 907", True),
            Example("work mob 0428 113 907 if you need me on shift", True),
            Example("Office phone: +61 2 6225 6400", True, kind=ItemKind.PROFILE_FIELD, field="bio"),
            Example("Our team line is 1300 363 263", True),
            Example("ext 5512 gets me directly", True),
            Example("Media enquiries go to 02 5550 1923, not to me.", True),
            Example("Best pizza in town, order on 02 9550 1234", False),
            Example("please call Lifeline on 13 11 14", False),
            Example("My mobile is 0412 345 678 if anyone wants a lift", False),
            Example("my work finishes at 5, call my mobile 0408 555 210 after that", False),
            Example("the plumber's number is 0433 221 908", False),
            Example("after hours ring the duty line on 02 5550 7781, not my mobile", True),
            Example("on tonight, ring the ward on (03) 6000 4412 and ask for me", True),
            Example("my line at school is (07) 3000 5521 if the office is busy", True),
            Example("Selling my old office chair, $40, text 0423 000 118", False),
            Example("grab me on the station phone, (08) 5550 3317, until the shift ends", True),
            # a number spaced digit by digit: a local one, an extension
            Example("call the depot line 6 2 4 0 - 5 5 1 8 and ask for me", True, profile="tas"),
            Example("Ring Bec on extension 4 4 0 7, she does the relief rosters", True, profile="vic"),
            Example("the bakery's line during the market is 0455 210 874", False),
            Example("selling a kayak, text 0455 210 874 but not during work hours", False),
            # the personal phone out of action: the number given is the workplace's
            Example("on the unit phone if you need me, (08) 5550 2264, my mobile's dead", True),
            # a phone said to be a work one outweighs a nearer "my mobile"
            Example("Parents, call my mobile 0455 310 922 during the sports carnival, it's the classroom phone", True),
            # the writer's workplace line, given to reach the writer
            Example("Call the school office on (02) 5550 4417 to get a message to me during camp", True),
            Example("The after hours team's number this month is (03) 5550 7710", True),
            # a landline to ring the writer about the work itself
            Example("Don't put client names in the group chat. Call me on (02) 5550 3391 if you're unsure", True),
            Example("Lost a blue umbrella at the park, call me on (02) 5550 3391", False),
            Example("Call the school office on (02) 5550 4417 to book the class photos", False),
            # the school office where schools are the state's, a dead personal phone, a team's own line
            Example("On yard duty all arvo, if it's urgent ring the school office on (03) 6200 1144", True, profile="tas"),
            Example("If it's urgent ring the school office on (02) 9000 1144 and they'll get a message to Mia", False),
            Example("I'm on the unit phone all night 07 4700 2211, my mobile's flat", True, profile="qld"),
            Example(
                "The after-hours team for Child Safety in the west is (07) 3200 8811 from tonight, save it", True, profile="qld"
            ),
            # a work number in plain words: the line diverted, the workplace's phone or line, a direct
            # line, the duty line of a body whose name holds a not-work word, an opening from a workplace
            Example("Desk phone's on divert to my mobile 0455 201 387 while I'm at the training day", True),
            Example("Best to get me on the staffroom phone (08) 5550 2210 before 8:30", True),
            Example("Ring Kingsford depot on (03) 5550 6612 and ask for the leading hand", True, profile="vic"),
            Example("ring him direct on (02) 5550 7781 about the overtime", True),
            Example("The Logan after hours Child Safety line is now (07) 5550 6630", True, profile="qld"),
            Example("Emergency Management Victoria | Regional Coordinator. (03) 5550 4410", True, profile="vic"),
            Example("Hi it's Dana from the Ipswich court registry, any questions call (07) 5550 1180", True, profile="qld"),
            Example("The after hours vet line is (03) 5550 8820 if the dog gets worse", False),
            Example("Hi it's Dana from the pizza place, call 0455 201 387 for your order", False),
            # the phone the team passes round, a work line on divert, a role's number after hours, our line
            Example("I've got the after-hours phone till Sunday: 0455 610 224, critical stuff only", True),
            Example("Desk line's on divert to me all arvo. If the wharf calls, give them 0455 610 224", True),
            # a workplace's team or counter by its line, and a number said to be the work one
            Example("Call the Visa Processing team on 9342 7710 before 4, they'll sort it", True),
            Example("If the shift needs me, the terminal number is (08) 9478 3321", True),
            Example("Text 0455 902 118 about the roster, that's the work one", True),
            Example("Call the footy club canteen on 9342 7710 to order", False),
            Example("Text 0455 902 118 about the couch, that's my personal one", False),
            Example("the duty officer's number for the wharf after hours is (08) 5550 7712", True),
            Example("Please stop calling the Hobart lab on (03) 5550 6610, that's our bench line", True),
            Example("Vet clinic after hours number is 02 5550 1188, save it", False),
            # a signature: a job title, then the number behind a label; a private firm's title is no cue
            Example("Priya Nair, Senior Case Coordinator\nPh: (03) 5550 7318", True, profile="vic"),
            Example("Leasing Manager | Harbourside Realty | Ph 0455 318 220", False),
            # an extension the writer is on, a local number with the organisation and the writer on it
            Example("Printer on level 2 is jammed again, call me on x5512 if it eats your forms", True),
            Example("Ring me at Child Safety on 5550 4412 about the placement", True, profile="tas"),
            Example("My Medicare reference is 5550 4412, still waiting on the refund", False, profile="aps"),
            # any grouping of a full number, labels that say work, a fax or pager, the line of a unit
            Example("Work mobile 0455 31 82 20 if the trailer won't start", True),
            Example("Wk mob 0455 318 220, don't use my personal", True),
            Example("Mob (work): 0455-318-220", True, kind=ItemKind.PROFILE_FIELD, field="contact"),
            Example("Fax the referral to (07) 5550 9913 and I'll chase it", True, profile="qld"),
            Example("The reception number for the unit moved to (03) 5550 4000", True),
            Example("Ring the duty sergeant on (07) 5550 3021 if the van's late", True, profile="qld"),
            # a numbered unit's phone, a team's named line, a caller told to call back about a case
            # (`workreach`); a firm's own "business line" and a shop's line are not the work's
            Example("Pod 2 phone is 5550 7731 if you need me before lunch", True, profile="vic"),
            Example("reach me on the team inbox line 5 5 5 0 - 7 7 3 1 this week", True, profile="tas"),
            Example(
                "This is Kim, Compliance Officer. Please call me back on 1300 555 771 quoting ref CX-3308.", True, profile="aps"
            ),
            Example("Our business line is 1300 555 771, free measure and quote", False),
            Example("Manager at the hardware store | call the store on (03) 5550 7731 and ask for me", False),
            # a phone emoji as the signature's label; a firm's own number is no work line
            Example("Registry Officer @ Launceston Magistrates 📞 (03) 5550 7450", True, profile="tas"),
            Example("Our business is now on 1300 555 112 for all tiling enquiries", False, profile="dibp"),
            # a 13 or 1800 line given as the team's own, not a business's
            Example("Our intake line is 1800 555 012 now, pass it on to the GPs", True, profile="vic"),
            Example("Call our sales team on 1300 555 012 for a free quote", False),
            # a duty role called, a fax sent to a workplace, a signature with the writer's work address
            Example("Ring the duty inspector on 0455 610 903, not the front counter", True, profile="tas"),
            Example("fax the warrant to the Burnie watchhouse on (03) 5550 2210, the email's down", True, profile="tas"),
            Example(
                "Kind regards,\nSam Ito – Intake Officer\nFamily Support Helpline 1800 555 273\ns.ito@justice.vic.gov.au",
                True,
                profile="vic",
            ),
            Example("Registered Nurse, Royal Melbourne Hospital. Clinic line (03) 5550 8165", True, profile="vic"),
            Example("The vet clinic line is (03) 5550 8165 if Rex gets worse", False, profile="vic"),
            # the workplace after the number, the writer's number there, a direct-dial label
            Example("I'm on 5550 8811 at the depot all day if the grader breaks", True, profile="qld"),
            Example("DDI (02) 5550 8811 | Records Officer", True),
            Example("text me 0455 610 903 when you're at the station, I'll grab you", False),
            # a line the team staffs, a role's own phone
            Example("Rostered on the after hours line tonight: 0455 610 903", True),
            Example("Site supervisor mobile 0455 610 903", True),
            Example("If the dog needs a walk while I'm away, text 0455 610 903", False),
            # a number spelt out or split by an emoji, an internal number, a colleague's number at a
            # workplace just named, a number given for a shift swap or a callout with no "work" said
            Example("On call till Sunday, ring oh four five five, six one oh, nine oh three if the unit needs me", True),
            Example("Selling the pram, text oh four five five, six one oh, nine oh three", False),
            Example("Work mob 0455 📞 610 📞 903 for the audit week", True),
            Example("New starters: the helpdesk is internal 4471, dial it from any desk phone", True),
            Example(
                "Ask Deb on the front counter at the Launceston office, her number there is (03) 5550 2216", True, profile="tas"
            ),
            Example("Anyone keen to swap my Sunday early for a Tuesday late? Text me 0455 610 903", True),
            Example("Callout tonight, ring me on 0455 610 903 when you're at the depot gate", True, profile="qld"),
            Example("Anyone want to swap my Saturday shift at the café? Text me 0455 610 903", False),
            # a line the writer's team staffs, a spelt area code, a short number called "on", "not the office one"
            Example("The hotline we staff is 1300 555 950, I'm on it Tues and Thurs", True),
            Example("Reception's on oh-two 5550 3318, tell them you're here to see me", True),
            Example("ring the nurses station on 4-4-7-1 and ask for me", True, profile="qld"),
            Example("call my personal mobile not the office one, 0409 555 843, I'm on leave", False),
            # the phone the work owns by a word before its noun, a label right before or after the number
            Example("call me on my work one, 0491 570 156, the other's flat", True),
            Example("Got the govt phone back from IT: 0491 570 156", True),
            Example("Our pod's line is (03) 5550 4412 if you can't find us", True),
            Example("Work 📱 0491 570 156 | Home 0491 570 157", True),
            Example("💼 (02) 5550 4412", True, kind=ItemKind.PROFILE_FIELD, field="bio"),
            Example("Selling my old work iPhone, text 0491 570 156", False),
            Example("text me after work - 0491 570 156", False),
            # a shift offered or asked for, the number bare; a colleague covering the writer's leave
            Example("Anyone want my Friday night shift? 0491 570 156", True),
            Example("Can anyone cover my babysitting gig Saturday night? 0491 570 156", False),
            Example("Sam's covering for me next week, his number's 0491 570 156", True),
            Example("While I'm on leave in Bali, text 0491 570 156 for the house keys", False),
            # a unit or a duty role owning the number right after it, the team's line in so many words
            Example("The records team is on (03) 5550 4412 till 4", True),
            Example("press 2 on 1800 160 401 and you get my team", True),
            Example("Dentist reception is (03) 5550 4412, they open at 8", False),
            Example("Netball team's on 0491 570 156 for rego", False),
            # a role introduced to the people served, a job first in a bio, office hours
            Example("I'm the new case manager for your family, my number is 0491 570 156", True),
            Example("youth worker. Ballarat. 0491 570 156", True, kind=ItemKind.PROFILE_FIELD, field="bio"),
            Example("Personal trainer | 0491 570 156", False, kind=ItemKind.PROFILE_FIELD, field="bio"),
            Example("Call me on 5550 4412, Mon–Fri 8.30–5", True),
            Example("Call me Mon-Fri 7-5 for a quote on 0491 570 156", False),
            # not the personal phone; a firm's own line; a number spaced or in letters
            Example("Pls don't ring my personal, use 0491 570 156", True),
            Example("Call my husband on 0491 570 156 not my mobile, it's broken", False),
            Example("Our customer service line is 1300 975 707. — Harbourside Removals", False),
            Example("work mob 0 4 9 1 5 7 0 1 5 6", True),
            Example("our team line is 1800 ABF 123", True),
            # a swap asked for however it is put, shifts moved, a client told to call, a job title after
            # the number, an out-of-office reply, the labels "Off:" and "Bus. ph"
            Example("Swap? My Sat early for your Sun late, text 0491 570 156", True, profile="qld"),
            Example("Kids clothes swap this Saturday at the hall, text me 0491 570 156", False),
            Example("Shift's been moved to nights, reach me on 0491 570 156", True, profile="tas"),
            Example("Tell the client to call back on (03) 5550 4412 after 2", True, profile="vic"),
            Example("Tell the plumber to ring me on 0491 570 156", False),
            Example("T (03) 5550 4412 | Senior Investigator", True, kind=ItemKind.PROFILE_FIELD, field="bio", profile="aps"),
            Example("0491 570 156 | Personal Trainer", False, kind=ItemKind.PROFILE_FIELD, field="bio"),
            Example("OOO till Tuesday. Anything urgent, 0491 570 156", True),
            Example("Off: (02) 5550 4412", True, kind=ItemKind.PROFILE_FIELD, field="bio"),
            # a line the team staffs asked to be covered, "from the ... team here", a number beside a work
            # address, a unit's line moved; a tradie's number, a recruiter for a private firm's role
            Example("can u cover the 1300 line from 2-4? it's 1300 555 117", True, profile="aps"),
            Example("Mel from the records team here, mob is 0491 570 156 if you need me today", True),
            Example("Inquiries: court media officer, ph 5550 7321, media at courts dot tas dot gov dot au", True, profile="tas"),
            Example("We've moved! The front counter is now (07) 5550 4412", True, profile="qld"),
            Example("Need a good sparky? Call Dean on 0491 570 156, rewired our switchboard", False),
            Example("my direct line at the agency is 0491 570 156, happy to chat about the sales role", False),
            # the writer reached at work, however it is put; not the writer at work now, asking for a call later
            Example("Best number for me at work is (02) 5550 9913, I'm in till 4", True),
            Example("Call me on 0491 570 156 after 6, I'm flat out at work all day", False),
            # the writer on a line the team staffs; not a caller waiting on it
            Example("I'm on the permits line 1300 555 117 all week if anyone needs help, that's my job", True),
            Example("I'm on the permits line again, 1300 555 117, 40 minutes in", False),
            # the job's own phone by another word; a hospital's cordless internal handset
            Example("call me on the job phone 0491 570 156, I'm out on the van till 11", True),
            Example("Jo from the ward here, ring me on the DECT 44217 if the registrar hasn't called back", True),
        ),
    ),
]
