"""Operational detail: what the agency is doing, how its systems fail, when its sites are thin.

Three rules over Item text, all driven by the profile's ``[operations]`` lists:

* OPS101 agency activity: seizures, detections, detentions, compliance visits, removals, boat
  interceptions, leaked plans, and matters before courts and tribunals. A term fires only when
  the writer reads as an insider (first person, a work site, a department term, a time such as
  "today", or a secrecy cue); ``weak_terms`` (raid, boat, arrest, cocaine) need a second signal.
  News, documentaries, school detention and "seized up my back" are excluded.
* OPS102 systems and security: a departmental system or security control plus a problem
  ("TRIPS is down", "the CCTV has a blind spot"), or a security clearance level.
* OPS103 rosters and staffing of a site: a roster or staffing pattern ("4 on 4 off", "only two
  of us on nights") at a work site, or a senior's visit to it told ahead ("the Commissioner's
  walk-through tomorrow at 10").

* OPS104 an account of the working day: activity framed as the writer's shift or site, with a detail.

The readings live beside them, by topic: the profile's terms as OPS101 and OPS104 read them in
`auditor.rules.opsterms` (`operation_terms` is re-exported here for the colleague and learned rules),
operations told in plain words (staffing, rosters, volumes, incidents, outages) in `auditor.rules.opsplain`,
an agency's client work (service figures and targets, compliance and fraud, letters in a batch, staff against
clients) in `auditor.rules.opsclients`.
Rules never read files; they see only Item text and the profile.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from auditor.config import Profile
from auditor.models import Category, Item, Severity
from auditor.rules.base import (
    Example,
    Match,
    Rule,
    describe,
    lazy_pattern,
    reach_severity,
    searched,
    sentence_of,
    snippet,
)
from auditor.rules.employers import private_job
from auditor.rules.features import (
    FIRST_PERSON,
    ROSTER_PATTERNS,
    SHIFT_WORDS,
    department_terms,
    elsewhere,
    insider_cue,
    ops,
    roster_pattern,
)
from auditor.rules.opsclients import client_work, first_hand
from auditor.rules.opsplain import (
    SCREENING_RATE,
    excluded,
    other_workplace,
    plain_operations,
)
from auditor.rules.opsrosters import NOBODY_HEEDS
from auditor.rules.opssystems import customer_met, generic_failure, site_security, system_down, work_effect
from auditor.rules.opsterms import activity, farewell, operation_terms, work_account  # noqa: F401 (operation_terms: re-exported)
from auditor.rules.orgwords import CHANGE, plain_detail
from auditor.rules.places import place_mentions
from auditor.rules.tone import patient_side

# ... but a regulator's work at a private business is the organisation's ("a records audit at a cafe in
# Fortitude Valley", "3 fire ant nests on a building site")
_REGULATOR_AT = lazy_pattern(
    r"\b(?:audit\w*|inspect\w*|compliance|seiz\w*|breach\w*|warrants?|raid\w*|infringements?|notices?|sampl\w*|nests?|"
    r"biosecurity|licen[cs]e checks?)\b",
    re.IGNORECASE,
)


def private_work(text: str, profile: Profile) -> bool:
    """The text is about a private job's own work ("Bank call centre roster is cooked", "Nursing at a
    private hospital is brutal this month", `employers.private_job`), no regulator's visit to one, and
    names nothing of the organisation: its rosters, systems and backlogs are no operation of the
    organisation's."""
    return private_job(text) is not None and not searched(_REGULATOR_AT, text) and not department_terms(text, profile)


def outside_work(text: str, profile: Profile) -> bool:
    """No operation of the organisation's is told: a private job's own work (`private_work`) or the
    public's side of the work (`tone.patient_side`: "Ramped in ED with my dad for 5 hours", "Jury duty
    at the County Court"). Every operational rule asks it, the learned one too."""
    return private_work(text, profile) or patient_side(text)


def not_private(check: Callable[[Item, Profile], Iterator[Match]]) -> Callable[[Item, Profile], Iterator[Match]]:
    """An operational detail check silent where no operation of the organisation's is told (`outside_work`)."""

    def checked(item: Item, profile: Profile) -> Iterator[Match]:
        if not outside_work(item.text or "", profile):
            yield from check(item, profile)

    return checked


def _ops101(item: Item, profile: Profile) -> Iterator[Match]:
    hits = activity(item.text, profile)
    if not hits:
        return
    m, why = hits[0]
    terms = sorted({h.group(0).lower() for h, _ in hits})
    yield Match(
        key="activity",
        evidence=snippet(item.text, m.start(), m.end()),
        why=f"operational terms {', '.join(repr(t) for t in terms)} with {why}",
        message=f'{describe(item)} discusses operational activity ("{m.group(0)}")',
        severity=reach_severity(Severity.HIGH, item),
        confidence=0.85 if len(terms) > 1 else 0.75,
    )


def _found(item: Item, key: str, span: tuple[int, int], why: str, message: str, sev: Severity, conf: float) -> Match:
    """One operational finding: the evidence is the text's span, the message follows "<the item> ..."."""
    return Match(key, snippet(item.text or "", *span), why, f"{describe(item)} {message}", conf, reach_severity(sev, item))


def _ops102(item: Item, profile: Profile) -> Iterator[Match]:
    text = item.text
    if not text:
        return
    o = ops(profile)
    if excluded(text, o):
        return
    if elsewhere(text, profile):
        return  # another workplace's till or system
    rate = SCREENING_RATE.search(text)
    if rate is not None and insider_cue(text, profile):
        why = f'inspection rate disclosed ("{rate.group(0)}") by an insider'
        yield _found(item, "screening-rate", rate.span(), why, "discloses how much is inspected or screened", Severity.HIGH, 0.8)
        return
    clearance = o.clearances.search(text)
    if clearance is not None and FIRST_PERSON.search(text):
        why = f'security clearance "{clearance.group(0)}" in the first person'
        said = f"discloses a security clearance ({clearance.group(0)})"
        yield _found(item, "clearance", clearance.span(), why, said, Severity.MEDIUM, 0.8)
        return
    leak = o.secrecy.search(text)
    change = searched(CHANGE, text) if leak is not None else None
    if leak is not None and change is not None and (department_terms(text, profile) or o.sites.search(text)):
        why = f'unannounced change "{change.group(0)}" passed on with "{leak.group(0)}"'
        yield _found(item, "leak", change.span(), why, "passes on something the agency has not announced", Severity.HIGH, 0.75)
        return
    for sysm in o.systems.finditer(text):
        a, b = sentence_of(text, sysm.start(), sysm.end())
        problem = o.problems.search(text, a, b)
        if problem is None or (sysm.group(0).lower() in _GENERIC_SYSTEM and generic_failure(text, problem.group(0))):
            continue  # "the system is broken" of a policy, or a customer's "went to renew my licence, the system was down"
        if customer_met(text):
            continue  # the agency's own system met by its customer: "LevyNet was down again when I went to pay"
        cue = insider_cue(text, profile)
        if cue is None and (effect := work_effect(text[: sysm.start()] + " " + text[sysm.end() :], profile)) is not None:
            cue = f'effect "{effect.group(0)}"'  # "LevyNet was down all day, nobody could finalise an assessment"
        if cue is None:
            continue
        yield _found(
            item,
            "system",
            (sysm.start(), problem.end()),
            f'system "{sysm.group(0)}" with problem "{problem.group(0)}" and {cue}',
            f'discloses a weakness or outage of a work system ("{sysm.group(0)}")',
            Severity.HIGH,
            0.8,
        )
        return
    guard = site_security(text, profile)
    if guard is not None:
        # the control, where it stands and its gap together read as staff talk ("someone propped
        # the fire door on 4 again"), as a system down with its effect on the work does
        why = f'security control "{guard.group(0)}" of a work site, with where it stands and its state or gap'
        yield _found(item, "site-security", guard.span(), why, "discloses a site's security arrangements", Severity.HIGH, 0.7)
        return
    down = system_down(text, profile)
    if down is not None:
        # a work system down in plain words, and what it did to the work ("nobody can open a file"):
        # the effect on the work is the insider's frame, as a first person is
        (m, effect), cue = down, insider_cue(text, profile)
        why = f'work system down "{m.group(0)}" with effect "{effect.group(0)}"' + (f" and {cue}" if cue else "")
        yield _found(item, "system-down", m.span(), why, "discloses an outage of a work system", Severity.HIGH, 0.75)


# What a plain reading of OPS103 tells, by its kind (staffing, workload and the rest: the default).
_SAID = {
    "who is rostered on what": "says who is rostered where or when",
    "on call for the team": "says who is rostered where or when",
    "shift cover": "says who is rostered where or when",
    "incidents or vehicles off the road": "reveals incidents or resources of a workplace",
    "incidents again within a period": "reveals incidents of a workplace",
    "a site locked down": "reveals incidents or security of a workplace",
    "a shift's events counted": "reveals incidents and workload of a shift",
    "a team's volume of work": "reveals the workload of a workplace",
    "service figures or targets": "reveals workload or internal targets of a workplace",
    "compliance or fraud work": "reveals compliance or fraud work of the organisation",
    "letters sent in a batch": "reveals the organisation's planned work with its clients",
    "a child taken into care": "tells a child protection case from the inside",
    "a senior's visit told ahead": "says where and when someone senior will be at a work site",
}
_GENERIC_SYSTEM = ("the system", "system", "our system", "work system", "systems")
_ROSTER_POLICY = lazy_pattern(r"\brostering (?:decisions?|polic(?:y|ies))\b", re.IGNORECASE)
_FIRST_ROTATION = lazy_pattern(r"\b(?:first|new) rotation$", re.IGNORECASE)
_AT_SITE = lazy_pattern(r"\s+(?:again\s+|tonight\s+|today\s+|tomorrow\s+)?(?:at|in|on)\s+(?:the\s+|my\s+|our\s+)?", re.IGNORECASE)


def _client_work(text: str, profile: Profile) -> tuple[re.Match[str], str] | None:
    """The agency's client work in plain words (`opsclients.client_work`), not a customer's side of it
    nor another employer's."""
    hit = client_work(text)
    if hit is None or ops(profile).customer.search(text) or other_workplace(text, profile):
        return None
    return hit


def _ops103(item: Item, profile: Profile) -> Iterator[Match]:
    text = item.text
    if not text:
        return
    pattern = roster_pattern(text, profile)
    while pattern is not None and NOBODY_HEEDS.match(text, pattern.start()):
        pattern = ROSTER_PATTERNS.search(text, pattern.end())  # "nobody at head office listens": who decides, not staffing
    if pattern is not None and _FIRST_ROTATION.search(text, 0, pattern.end()):
        pattern = None  # a new starter's first or next placement ("my first rotation as a grad"), not a roster
    plain = plain_detail(text, profile) or plain_operations(text, profile) or _client_work(text, profile)
    if (
        plain is not None
        and not excluded(text, ops(profile))
        and (plain[1] in ("inspection", "audit") or not elsewhere(text, profile))
    ):
        cue = insider_cue(text, profile)
        if cue is None and first_hand(text, plain[0]):
            cue = "told first hand"
        elif cue is None and plain[1] == "a child taken into care":
            cue = "told first hand"  # "Took a 3 year old into care tonight": the worker who did it
        elif cue is None and plain[1] == "who is rostered on what":
            cue = "a roster said of someone"  # "put you down for the Saturday van": only staff talk so of one another
        elif cue is None and plain[1] == "a senior's visit told ahead":
            cue = "staff told ahead"  # "lanyards visible and the bag hall tidy please": only staff are told the time
        if cue is not None:
            why = f'{plain[1]} "{plain[0].group(0)}" and {cue}'
            said = _SAID.get(plain[1], "reveals staffing or workload of a workplace")
            yield _found(item, "staffing", plain[0].span(), why, said, Severity.HIGH, 0.75)
            return
    # a plain shift ("night shift", "on nights") at one of the profile's sites says where and when
    # the writer works: workplace detail, rated below a roster or a staffing level
    shift = searched(SHIFT_WORDS, text) if pattern is None else None
    if pattern is None and shift is None:
        return
    o = ops(profile)
    if excluded(text, o) or (shift is not None and elsewhere(text, profile)) or o.customer.search(text):
        return
    if other_workplace(text, profile) or _ROSTER_POLICY.search(text):
        # another employer's roster ("the rosters in hospitality were worse"), or rostering as a
        # policy argued about ("shouldn't be making rostering decisions"), not a roster
        return
    if shift is not None:
        # the shift worked at the site ("night shift at the airport"), not a site mentioned elsewhere
        site = o.sites.search(text, shift.end(), shift.end() + 30)
        site = site if site and _AT_SITE.fullmatch(text, shift.end(), site.start()) else None
    else:
        site = o.sites.search(text)
    where = f'work site word "{site.group(0)}"' if site else None
    if where is None:
        sites = [
            p for p in place_mentions(text, profile) if p[1] and (shift is None or _AT_SITE.fullmatch(text, shift.end(), p[2]))
        ]
        where = f'work site "{sites[0][0]}"' if sites else None
    if where is None:
        return
    if pattern is None and shift is not None:
        why = f'shift "{shift.group(0)}" at {where} (the profile\'s site vocabulary)'
        yield _found(item, "shift-at-site", shift.span(), why, "says when you work at a work site", Severity.MEDIUM, 0.7)
        return
    why = f'roster or staffing pattern "{pattern.group(0)}" at {where}'
    yield _found(item, "roster", pattern.span(), why, "reveals rosters or staffing levels of a work site", Severity.HIGH, 0.8)


def _ops104(item: Item, profile: Profile) -> Iterator[Match]:
    if activity(item.text or "", profile):
        return  # OPS101 already reports it
    hit = work_account(item.text or "", profile)
    if hit is None or farewell(item.text):
        return  # no account of work, or a farewell with thanks ("she trained half the inspectors on the weighbridge")
    m, why = hit
    yield Match(
        key="work-account",
        evidence=snippet(item.text, m.start(), m.end()),
        why=why,
        message=f'{describe(item)} gives an account of operational work ("{m.group(0)}")',
        severity=reach_severity(Severity.MEDIUM, item),
        confidence=0.6,
    )


RULES = [
    Rule(
        code="OPS101",
        name="operational-activity",
        category=Category.OPERATIONAL_DETAIL,
        severity=Severity.HIGH,
        confidence=0.8,
        summary="Text from an insider discusses operations: seizures, detections, detentions, compliance activity, interceptions, planned raids, or court and tribunal matters.",
        rationale="Operational detail can compromise current operations, people in detention and matters before the courts, and marks you as someone with access worth targeting.",
        remediation="Delete the post or message; talk about work only through official channels, even after an operation is public.",
        check=not_private(_ops101),
        examples=(
            Example("Massive day, our team found 30kg of meth hidden in tiles. Can't say more yet!", True),
            Example("compliance visit this morning, picked up two overstayers near Mildura", True),
            Example("deck search on the bulk carrier today, found two packages in the void spaces", True),
            Example("our seizure alert dog warned me 20 mins before my last one", False),
            Example("giving evidence at the AAT on one of my visa cancellation cases", True),
            Example("we're doing the raid on the warehouse at 5am Thursday, don't tell anyone", True),
            Example("Police seized 500kg of cocaine off the coast according to the news", False),
            Example("overstayed my welcome at mum's, 3 weeks instead of 3 days", False),
            Example("Won my Centrelink debt appeal at the tribunal after 18 months", False),
            Example("The detention my son got was for talking in class", False),
            Example("Seized up my back lifting the couch", False),
            Example("Court date for my speeding fine is in March", False),
            Example("Customs seized my nonna's salami at the airport", False),
            Example("Ordered bulbs from overseas and my parcel got seized and destroyed, read the import rules", False),
            Example("my son had three seizures this week, neuro appointment is on Monday", False),
            Example("Finally had my hearing at the tribunal for our partner visa refusal", False),
            Example("Got my visa cancellation letter today, devastated", False),
            Example("Spent all day in the AAT on a visa refusal appeal, client lost", True),
            # a state's court by its short name, with the matter worked on; not a witness's own day in court
            Example(
                "Stuck at Ringwood Magistrates all morning waiting on an intervention order for one of my families",
                True,
                profile="vic",
            ),
            Example(
                "Launceston Magistrates tomorrow, my first contested hearing as prosecutor, send coffee", True, profile="tas"
            ),
            Example(
                "Getting my hair done before court tomorrow, I'm only a witness, someone reversed into my car",
                False,
                profile="vic",
            ),
            Example("Court's adjourned, me after telling the twins to stop fighting over the remote", False, profile="qld"),
            Example("we pulled 2kg out of a suitcase off the Bangkok flight this morning", True),
            Example("we found a wallet on the flight home this morning", False),
            Example("we found $20 in the couch this morning, and 2 fake tickets", False),
            Example("the container we pulled apart at the wharf today had more than coffee in it", True),
            Example("Caught a bloke with 20 live lizards taped to his legs at Melbourne Airport", True),
            Example("our lot at the gate had to pull two of their bags for a full search", True),
            Example("We intercepted the ball three times in the last quarter!", False),
            Example("We seized the moment and booked the trip", False),
            Example("We intercepted the grandkids before they got into the chocolate", False),
            Example("The minister should resign over the boat arrivals decision", False),
            Example("We pulled apart the old kitchen today, reno time", False),
            Example("Senior Constable | Family Violence Investigation Unit | Geelong", False, profile="vic"),
            # a term naming a policy argued about is comment on the policy, not an operation
            Example(
                "I am not supposed to say this, but the new pursuit policy is going to get someone killed", False, profile="qld"
            ),
            # a bio or signature block names a role and a unit, no operation
            Example("Emergency Management Victoria | Incident Controller | Bendigo", False, profile="vic"),
            Example("Compliance Officer | Services Australia | Debt Recovery", False, profile="aps"),
            Example("Senior Case Officer, Services Australia — Debt Recovery. Ph (02) 6155 0000", False, profile="aps"),
            # a bare title and where: a bio, no operation told
            Example("Detention Officer at Yongah Hill Immigration Detention Centre", False),
            # a term that names a role or a team, and a medical arrest, tell no operation
            Example("Big thanks to the triage nurse who stitched my thumb at 2am", False, profile="vic"),
            Example("So proud of my grad, calm as anything on that cardiac arrest job today", False, profile="tas"),
            # a viewer of a show about the agency, not an officer
            Example("Rewatching Border Security, my favourite is the bloke with the undeclared mangoes", False),
            # a state's own prison officer is not "another job" excluded by the base profile
            Example("Prison officer here, the whole unit went into lockdown today after a fight", True, profile="qld"),
            # the news named only as what has not told it is the insider's frame; a game's raid is no operation
            Example("Don't believe what you read in the news, we seized 20 kilos at the wharf today", True),
            Example("Raid tonight at 8, bring a healer and pots", False),
            Example("As a Centrelink officer I think the debt recovery targets for this year are cruel", False, profile="aps"),
        ),
    ),
    Rule(
        code="OPS102",
        name="systems-and-security",
        category=Category.OPERATIONAL_DETAIL,
        severity=Severity.HIGH,
        confidence=0.8,
        summary="Text discloses departmental systems and their outages or weaknesses, security controls and their gaps, or a security clearance.",
        rationale="System names, outage windows and security gaps help criminals time and shape attacks; clearance levels mark you as a target.",
        remediation="Delete the post; report system and security problems only through internal channels.",
        check=not_private(_ops102),
        examples=(
            # the agency's system met by a relative's business or a traveller: the customer's side
            Example("Is the portal down again? Can't log in to check my daughter's claim", False, profile="aps"),
            # the traveller's queue, not the staff's outage
            Example("Customs line at Melbourne Airport at 6am was 45 mins, the eGates were all down", False),
            Example("TRIPS has been down since 7, we're processing pax manually", True),
            # a named system down with what it did to the work, no first person needed
            Example("Process Direct was down for two hours, nobody could finalise a single claim", True, profile="aps"),
            Example("Process Direct was down again when I went to update my details, on hold for an hour", False, profile="aps"),
            Example("the CCTV in the processing area has a blind spot by the interview rooms", True),
            Example("Just passed my NV1 clearance", True),
            Example("Our system crashed again at the supermarket, the tills are down", False),
            Example("my wifi password is on the fridge", False),
            Example("we only x-ray about 5% of containers", True),
            Example("Passport renewed, the SmartGate was so quick", False),
            Example("road trips down the coast are the best", False),
            Example("the blokes on our shift reckon the new body scanners miss half of what the old ones caught", True),
            Example("we're only physically inspecting like 1 in 200 containers", True),
            # something not announced yet, passed on by one of the agency's own
            Example("Not public yet but the TMR depot at Yatala is closing on the 30th", True, profile="qld"),
            Example("don't quote me but I reckon the footy is on next week", False),
            Example("Don't repeat this but they're closing the Gympie office in May and nobody's been told", True, profile="qld"),
            # a work system down in plain words, with what it did to the work; not the gym's app
            Example("heads up the case system's been down since 8, nobody can open a file", True, profile="vic"),
            Example("The gym app's been down all week, nobody can book a class", False, profile="vic"),
            Example("the hospital's booking system crashed and we're back on paper", False),
            Example("everyone's getting logged out of the new rostering system, nobody can save a shift", True, profile="qld"),
            # a site's security control, where it stands and its gap, without the agency's terms
            Example("fyi the swipe on the level 3 side door is dead again, anyone can walk in", True, profile="aps"),
            Example("Gym swipe card's dead again, stood outside the door for ten minutes", False, profile="aps"),
            # an outage named as one, an acronym system down; "the system is broken" of a policy, a customer's wait
            Example("Day 2 of the network outage, we're doing every admission on paper", True, profile="vic"),
            Example("CRIMS is down again, write the warrants up by hand", True, profile="vic"),
            Example("Ten years in visas and I can tell you the system is broken from top to bottom", False),
            Example("Went in to renew my passport and the system was down, so back on Friday", False),
        ),
    ),
    Rule(
        code="OPS103",
        name="site-rosters-and-staffing",
        category=Category.OPERATIONAL_DETAIL,
        severity=Severity.HIGH,
        confidence=0.8,
        summary="Text reveals rosters, shift patterns or staffing levels of a work site.",
        rationale="Knowing when a site is thinly staffed tells smugglers when to move goods and people.",
        remediation="Delete the post; never say when or how thinly a site is staffed, nor what work, targets or cases it has in hand.",
        check=not_private(_ops103),
        examples=(
            Example("new roster has the wharf team on 4 on 4 off from Monday", True),
            Example("only 4 of us on the cargo shed this week", True),
            Example("My roster at Woolies is all over the place", False),
            Example("My shift pattern at the hospital is 4 on 4 off", False),
            Example("can u cover my shift sat? im on earlies at the cargo terminal 0500-1330", True),
            Example("Swapped shifts with my sister, night shift at the hospital is brutal", False),
            Example("Night shift at the airport again", True),
            Example("Early shift at the cargo terminal tomorrow", True),
            Example("Night shift at the hospital again", False),
            Example("Picked Mum up at the airport, then home for my night shift at the bakery", False),
            # staffing figures at any site, in plain words
            Example("cells are full tonight and we're three down on the van", True),
            Example("we're 5 down in the kitchen tonight, hospo life", False),
            # caseloads, shortages and inspections of one's own workplace in plain words
            Example("we've got 45 kids allocated per worker in our office now", True, profile="vic"),
            Example("our deputy has begged the region for a relief teacher all term", True, profile="qld"),
            Example("sarge reckons we're short two on the van again tonight", True, profile="tas"),
            Example("the integrity team turned up at our depot today unannounced and pulled all the files", True),
            Example("Cleared the backlog of 2023 tax returns at last, my accountant is a hero", False),
            Example("Only 3 cars for the whole wedding party so we took an Uber", False),
            Example("Seven nurses for 34 patients on our ward tonight and management calls it safe", True, profile="tas"),
            Example(
                "Took a newborn into emergency care at 4am. Sitting in the car park not ready to drive home", True, profile="vic"
            ),
            Example("Hybrid rule says 3 days in, but our floor has 35 desks for 60 people", True, profile="vic"),
            Example("Four officers gone from our unit since March and none replaced", True, profile="qld"),
            Example("the review team was in our school all week, feedback: great work, no more money", True, profile="qld"),
            Example("Two nurses for 30 beds at the private clinic where I work nights", False),
            # staff on duty, staff cut and volumes of work in plain words; not at a shop or a café
            Example("Five of us logged in for the whole state this morning, brace for hold times", True, profile="aps"),
            Example("Two of us on the whole coast patrol tonight and one car's off the road", True, profile="tas"),
            Example("Two of us on the floor at the shop for the stocktake sale, send snacks", False, profile="aps"),
            Example("Intake took 160 notifications overnight, pray for the day team", True, profile="vic"),
            Example("our region is sitting on a 7 month backlog of compensation claims", True, profile="aps"),
            Example("We lost 12 contract roles this month and nobody's picking up the work", True, profile="tas"),
            Example("Day 40 waiting on my passport, still nothing", False),
            Example("Started my first rotation at the cargo terminal today, nervous", False),
            Example("Lanyard photo finally not cursed, new rotation at the Royal Hobart starts Monday", False, profile="tas"),
            # another employer's rosters, and rostering as a policy argued about
            Example("Did 5 years in hospitality and the rosters were worse than at my office job now", False, profile="qld"),
            Example(
                "The new rostering policy will push more nurses interstate, nobody on the ward was asked", False, profile="tas"
            ),
            # "nobody at the top cares": a complaint about who decides, not a post left unstaffed
            Example("I'm a ranger at Parks and nobody at regional office listens to the field staff", False, profile="vic"),
            Example("No one on the front counter at the Ipswich office till 10 tomorrow, brace yourselves", True, profile="qld"),
            # the traveller's side of a roster: an airline crew's roster moved our flight
            Example("Jetstar crew roster moved our flight home again, cheers", False),
            Example("Inspector says no leave approved for us till after the Easter peak, again", True),
            Example("Roster at the bakery is out, my 4th double this month, love that for me", False),
            Example("Three code blacks in the compound this week and still one officer on nights", True),
            Example("6 of our 9 cars are off the road for servicing, so yeah, response times", True, profile="qld"),
            Example("Night shift at the private hospital where I work: 2 code blues and no breaks", False, profile="qld"),
            Example("Registry list tomorrow is 64 family law matters across two courtrooms", True, profile="vic"),
            # an audit of one's own workplace, and a shift covered somewhere named
            Example("Heads up, our file audit starts Monday and the auditors want every case note", True, profile="tas"),
            Example("Building audit found two cracked tiles in the new place", False, profile="tas"),
            # "audit team" is an accounting firm's among the colleagues' exclusions: not for an audit of our files
            Example("Oh look, the audit team is here, three days going through our procurement files", True, profile="tas"),
            Example("can you cover my late on 6C Friday? I'll take your Sunday", True, profile="vic"),
            Example("can you cover my late at Kmart Friday? I'll take your Sunday", False, profile="vic"),
            # who is rostered on what, the team's on-call phone, staff short or in figures, incidents again, codes
            Example("The sergeant's put me on earlies at Moonah from Tuesday, anyone want to swap", True, profile="tas"),
            Example("I'm on the Bass Hwy checkpoint Thurs and Sat, you've got the Midland", True, profile="tas"),
            Example("My manager at the café put me on lates again, third week running", False, profile="tas"),
            # a roster said of someone needs no other cue: only staff talk so of one another
            Example("@gazza_t put you down for the Sunday van, sorry mate", True, profile="vic"),
            Example("put you down for the Saturday sausage sizzle, bring onions", False, profile="vic"),
            Example("Dee's off sick so Raj is acting TL this week, questions to him not me", True, profile="aps"),
            Example("Scrubs on and 3 codes before lunch, ED is wild today", True, profile="tas"),
            Example("I've got the on-call mobile till Friday, 0400 000 000, only for the Kingston kids", True, profile="tas"),
            Example("Ward 3 is four nurses short tonight and there's a MET call already", True, profile="vic"),
            Example("Our section went from 30 staff to 18 since July, same workload", True, profile="aps"),
            Example("My weight went from 90 to 82 this year!", False, profile="aps"),
            Example("Another lighter found in a cell on B wing, second this week", True, profile="vic"),
            Example("Kids got sick again, second time this month", False, profile="vic"),
            Example("Code grey on 2C tonight and security took twenty minutes", True, profile="vic"),
            # a shift's events counted (its own report at the head of a sentence), a site locked down; not the
            # paper's tally, a city's lockdown, nor a paramedic's shift where the profile runs no ambulance
            Example("14 arrests at the river races last night, nothing we hadn't seen before", True, profile="qld"),
            Example("Day done. Three pursuits, one DV breach, one bloke asleep in a wheelie bin", True, profile="tas"),
            Example("Police made 14 arrests at the river races last night, says the paper", False, profile="qld"),
            Example("Ambo shift: 9 jobs, 2 chest pains and a cat up a tree", False),
            Example("The west unit's been locked down since Monday after the fight in the yard", True, profile="vic"),
            Example("Melbourne's been locked down since Tuesday, again", False, profile="vic"),
            Example("code blue on 4A again, third one today", False),
            Example("we've cleared 1,200 claims since Monday and the queue hasn't moved", True, profile="aps"),
            # a team's month or quarter of work in figures
            Example("Our Parramatta mail team cleared 1.4 million postal items in March, record month", True),
            Example("did 20 job applications this week, nothing back yet", False, profile="aps"),
            # court work in plain words; not one's own court date
            Example("Can someone grab tomorrow's court list for me, the sergeant wants it by 8", True, profile="tas"),
            Example("Court date for my speeding fine is in March, wish me luck", False, profile="vic"),
            # an agency's client work in plain words: service figures and targets, compliance and fraud work,
            # letters sent in a batch, staff against clients; not the customer's side of it
            Example("Board says 2,100 callers waiting and we're at 41% grade of service", True, profile="aps"),
            Example("Our TL says handle time targets drop to 6 minutes from Monday", True, profile="aps"),
            Example(
                "Two years on the carer payment ring and the referral went to the prosecutors this morning", True, profile="aps"
            ),
            Example(
                "We've got compliance letters going out to 12,000 landlords next week, brace for the calls", True, profile="aps"
            ),
            Example("I got a debt letter this morning, apparently the debt letters go out every Monday", False, profile="aps"),
            Example("The bank's fraud team flagged my card again, I only bought a coffee in Perth", False, profile="aps"),
            Example("Three caseworkers for 140 families across our whole region this week", True, profile="vic"),
            Example("One coach for 20 kids at soccer today, send help", False, profile="vic"),
            Example("I carry 31 cases now and the cap is meant to be 15", True, profile="qld"),
            # a team in figures, a day's work in figures, a roster's run of days
            Example("Restructure done: my section of 12 is now 7 and the work stayed the same", True, profile="aps"),
            Example("we're doing the spring checks with half the inspectors we had in 2019", True, profile="vic"),
            Example("Me and the new grad got through 14 jobs in a 10 hr shift, feet are gone", True, profile="tas"),
            Example("We made it through the 60-call day, wine time", True, profile="aps"),
            Example("the roster has me on six nights straight again, who signs this off", True, profile="qld"),
            Example("Our book club of 12 is now 7 since the move, sad", False, profile="aps"),
            Example("Our floor has 85 staff and 30 working desks, first in best dressed", True, profile="qld"),
            Example("we were measured on AHT so every call was a sprint", True, profile="aps"),
            Example("Week of auditing 60 employer files and we found 22 underpayments", True, profile="aps"),
            Example("We've got 4 chairs for 6 people at Christmas lunch, bring a stool", False, profile="aps"),
            # the work done in figures, told verb first; a care ratio by its figure; a few doing more's work
            Example("Hi-vis on 🦺 Issued 64 infringement notices on the highway before lunch", True, profile="tas"),
            Example("Processed 2000 holiday photos today, my hard drive is crying", False, profile="tas"),
            Example("Mercy ran out of beds, our unit sat at 1:7 all night", True, profile="vic"),
            Example("our branch is now 2 of us doing the work of five", True, profile="aps"),
            # posts held empty, counted; not a hiring post
            Example("The new org chart looks lovely. Shame about the 11 vacancies we've carried since May", True, profile="aps"),
            Example("Our depot's been 3 FTE short since winter and nobody upstairs blinks", True, profile="tas"),
            Example("We have 2 vacancies for casual baristas, apply within!", False, profile="vic"),
            # a team's volume of work in a stretch of time, with no verb of its own, or inspections over many sites
            Example("Proud of our licensing team: over 14,000 permit transactions in October", True, profile="qld"),
            Example("Our depot completed inspections on all 86 jetties this financial year. Huge effort", True, profile="tas"),
            Example("Ran 100 km this month, new PB", False, profile="vic"),
            # staff cut by their role or level
            Example("Another savings measure: our intake team loses 4 practitioners", True, profile="vic"),
            Example("Our footy team lost 5 players to the Magpies", False, profile="vic"),
            # a backlog or a queue counted, or its growth
            Example("the queue for our visa stream went from 12k to 19k since the new portal", True, profile="aps"),
            Example("my reading backlog went from 5 to 12 books over winter", False, profile="aps"),
        ),
    ),
    Rule(
        code="OPS104",
        name="account-of-operational-work",
        category=Category.OPERATIONAL_DETAIL,
        severity=Severity.MEDIUM,
        confidence=0.6,
        summary="An account of the working day: the agency's activity (screening, processing, finds, removals, warrants, backlogs) framed as the writer's shift or site, with a number, time or goods.",
        rationale="Day-to-day accounts of what was found, how it was found and how thin the shift was add up to operational intelligence, even when no single word is secret.",
        remediation="Delete the post; keep accounts of your working day off social media.",
        check=not_private(_ops104),
        examples=(
            Example("3am and still processing the pax off the evening flight, one had a bag full of dried meat", True),
            Example("Spent my whole shift on the x-ray bench at the mail centre, screened 2000 parcels", True),
            Example("the airport security line at 6am is a nightmare, they pulled my bag for a water bottle", False),
            Example("Processing all the holiday photos, 2000 of them", False),
            # the traveller's family at the airport
            Example("Dad your flight lands 7:15, we'll be at arrivals by the coffee cart", False),
            # a farewell with thanks: pride, no operation told
            Example("Farewell Dot, 30 years on the weighbridge and she trained half the inspectors we have. Enjoy it!", False),
            Example("Parcel has been held by customs for 11 days", False),
            Example("Dad, landing 7.15, come to arrivals this time not departures", False),
        ),
    ),
]
