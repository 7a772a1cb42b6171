"""Department identifiers (DEP101): names, former names, acronyms, units, roles, hashtags, handles, domains.

Which words of a text are department terms is decided by `auditor.rules.features.department_terms`
(shared with the families that use a department term as context; its docstring says how the
ambiguous ones are told apart). This module turns them into findings: one per distinct term, HIGH
in a profile field, and never for an account's own e-mail address or another person's employer.
It only reads Item text and the profile; it never reads files, and imports no other family.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.config import Profile
from auditor.models import Category, Item, ItemKind, Severity
from auditor.rules import transformer
from auditor.rules.base import (
    Example,
    Match,
    Rule,
    describe,
    given_names,
    lazy_pattern,
    per_profile,
    reach_severity,
    searched,
    sentence_of,
    snippet,
)
from auditor.rules.features import department_terms
from auditor.rules.orgreaders import abroad, public_side
from auditor.rules.orgstaff import court_party, court_staff, staff_named
from auditor.rules.orgvoice import OWN_WORK, screen_only
from auditor.rules.people import FRIEND_WORDS, RELATIVE_WORDS
from auditor.rules.tone import INSIDER

# A rank said of someone else names a colleague (COL101), not the writer's employer: the rank then
# a name ("Sgt Dawes at Box Hill") or a possessive ("the new sergeant's name badge").
_RANK = lazy_pattern(
    r"^(?:(?:acting|a/|senior|snr|leading|first class|chief|detective)\s*)*"
    r"(?:sergeant|sgt|sarge|constable|inspector|superintendent|supt|commander|num|nurse unit manager)$",
    re.IGNORECASE,
)
_SOMEONE_AFTER = lazy_pattern(r"(?:\.?[ \t]+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\b|['’]s\b)")
# words after a rank that are no name: "Sergeant Major", "Inspector General", "Constable Care"
_NOT_A_NAME = frozenset("major general of and at in on for with the from to is was as".split())
# A relative or friend who holds the role or works at the site is not the writer ("my cousin's a
# Senior Constable in Mount Isa", "Dad, who retired as a Sergeant"): colleague exposure at most.
_RELATIVE_BEFORE = lazy_pattern(
    r"\b(?:my|our)\s+(?:little\s+|big\s+|older\s+|younger\s+|baby\s+)?"
    rf"(?:{RELATIVE_WORDS}|{FRIEND_WORDS})(?:['’]s)?\b"
    r"|\b(?:dad|mum|mom|father|mother)\s*,?\s+who\b",
    re.IGNORECASE,
)
# An ambulance crew ramped outside a hospital names where it waited, not who employs it (the
# ambulance service, named or not): a hospital's name in such a sentence is no employer.
_RAMPED = lazy_pattern(r"\bramp(?:ed|ing)\b|\boffload(?:ed|ing)?\b|\bambo bay\b", re.IGNORECASE)
_HOSPITAL = lazy_pattern(r"hospital|medical centre|^[A-Z]{1,4}H\b", re.IGNORECASE)
_FIRST_PERSON = lazy_pattern(r"\b(?:i'?m|i am|i work|i've worked|i worked|me and|we)\b", re.IGNORECASE)
# A public-service grade ("EL2", "APS6", "VPS5", "AO6", "Band 5", "SES Band 1") is a rank of the whole
# service: held by someone else it names a colleague, not the writer's employer ("Our EL2 told us ...",
# "my EL1 Fiona", "My APS5 manager", "Bazza got his EL2"). The writer's own grade stays ("I'm an APS6",
# "Got my new EL1 role", "VPS5 here").
_GRADE = lazy_pattern(r"^(?:APS|EL|SES(?:\s*Band)?|VPS\s*G?|AO|PO|Band|Level|Grade)\s*\d$", re.IGNORECASE)
_GRADE_HOLDER_BEFORE = lazy_pattern(
    r"\b(?:my|our|your|his|her|their|the|new)\s+(?:(?:new|acting|current|old|former)\s+)?$", re.IGNORECASE
)
# ... unless the writer holds it: "I'm the new EL2", "promoted to the EL1 job", "my new EL1 role"
_GRADE_OWN_BEFORE = lazy_pattern(
    r"\b(?:i['’]?m|i\s+am|i['’]?ve\s+been|been|as|became|promoted\s+to|made|got|start(?:ing|ed)?\s+(?:as|in))\s+"
    r"(?:(?:an?|the|my)\s+)?(?:(?:new|acting)\s+)?$"
    # the meme's "your", the writer's own: "tfw your APS5 acting gets pulled"
    r"|\b(?:tfw|mfw|pov:?|when)\s+your\s+(?:(?:new|acting)\s+)?$",
    re.IGNORECASE,
)
_GRADE_OWN_AFTER = lazy_pattern(r"\s+(?:role|position|job|offer|promotion|pay|level|classification|gig)\b", re.IGNORECASE)
_NAME_THEN_VERB = lazy_pattern(r"(?:\s+[A-Z]\.)?\s+(?:said|says|told|tells|wants|reckons|asked|thinks)\b")
_GRADE_OTHER_AFTER = lazy_pattern(r"\s+(?:manager|boss|supervisor|team\s+leader)\b", re.IGNORECASE)


def _not_the_writer(text: str, term: str, key: str, start: int, end: int, weak: frozenset[str]) -> bool:
    """A hospital an ambulance was ramped at; a rank or a title other employers use too, held by
    someone else: a colleague or a relative.

    (A name only the organisation uses stays: "my niece is a Child Safety Officer" still names it.)"""
    if end > start and _HOSPITAL.search(text[start : end + 12]) and _RAMPED.search(text, *sentence_of(text, start, end)):
        return True
    if end <= start or key != "roles":
        return False
    after = _SOMEONE_AFTER.match(text, end)
    word = after.group(0).strip(" .\t").casefold() if after else ""
    if _GRADE.match(term):
        return _someone_elses_grade(text, text[sentence_of(text, start, end)[0] : start], end, after, word)
    if not (_RANK.match(term) or term.casefold() in weak):
        return False
    if _RANK.match(term) and after and word not in _NOT_A_NAME:
        return True
    # a title every employer uses, then a given name: "Our team leader Sharon", "our ranger Steve"
    if after and word in given_names():
        return True
    a, _b = sentence_of(text, start, end)
    before = text[a:start]
    last = max((m.end() for m in _RELATIVE_BEFORE.finditer(before)), default=-1)
    return last >= 0 and not _FIRST_PERSON.search(before, last)


def _someone_elses_grade(text: str, before: str, end: int, after: re.Match[str] | None, word: str) -> bool:
    """A public-service grade held by a colleague: after "our"/"my"/"the new", before a given name or
    a title of theirs ("my APS5 manager"); not the writer's own ("I'm the new EL2", "my new EL1 role")."""
    if _GRADE_OWN_AFTER.match(text, end) or _GRADE_OWN_BEFORE.search(before[-40:]):
        return False
    if _GRADE_OTHER_AFTER.match(text, end):
        return True
    if after and word and (word in given_names() or _NAME_THEN_VERB.match(text, after.end())):
        return True  # "my EL1 Fiona", "EL2 Marko B. said ..."
    return bool(_GRADE_HOLDER_BEFORE.search(before[-30:]))


# A council's address under the state's domain ("r.baines@wattlebank.qld.gov.au, I'll sort your bin",
# "works for Brisbane City Council ... sophie.lam@brisbane.qld.gov.au"): councils are no state agency.
_COUNCIL = lazy_pattern(r"\b(?:council|councils|shire|rates|bins?|kerbside|ratepayers?)\b", re.IGNORECASE)


def _council_address(text: str, term: str, key: str, start: int) -> bool:
    """The state's own domain ("qld.gov.au") under a sub-domain that is none of the profile's
    agencies, in a text about a council's work."""
    return key == "domains" and term.count(".") == 2 and text[start - 1 : start] == "." and searched(_COUNCIL, text) is not None


def _screen_only(text: str) -> bool:
    """The text talks of a show, a game or a screen (`orgvoice.screen_only`) and of no work of the
    writer's or a relative's ("my brother's Border Force and he reckons the TV show is nothing like
    it" still names the employer)."""
    return screen_only(text) and not _RELATIVE_BEFORE.search(text)


# a customer's mention of a public brand reads under this transformer score for the organisation named
# as employer (over train35-42, none of the models' training: 16 of 40 such customers' posts were
# under 0.5, and none of 105 staff posts)
_BRAND_STAFF_BAR = 0.5


# the writer serving the brand's customers: "the customers I spoke to today", "people who scream at me at
# the Medicare counter", "my clients"
_SERVES = lazy_pattern(
    r"\b(?:customers?|clients?|callers?|people)\b[^.!?\n]{0,40}?\bI\s+(?:spoke|talked|served|had|dealt|saw|helped|processed)\b"
    r"|\b(?:scream|yell|shout|swear|abuse)(?:s|ed|ing)?\s+at\s+me\b|\bmy\s+(?:customers|clients|callers|caseload)\b",
    re.IGNORECASE,
)


def _customer_of_a_brand(text: str, terms: list[tuple[str, str, int, int]], profile: Profile) -> bool:
    """Only the profile's ``public_brands`` named ("Centrelink", "Medicare"), no word of the writer's
    own work there, and the transformer (where the profile runs it) reading the text as no employer
    named: "Child Support took $400 out of my pay", "ranking every Medicare office I've been dragged
    to"; not "Twelve years at Centrelink this month" (the writer's work) nor "Another morning on the
    phones at Centrelink" (the transformer's reading)."""
    brands = per_profile(
        profile, "identity-brands", lambda p: frozenset(b.casefold() for b in p.terms("organisation", "public_brands"))
    )
    if not terms or not brands or any(" ".join(t.casefold().split()) not in brands for t, _k, _s, _e in terms):  # type: ignore[operator]
        return False
    if "textnet" not in profile.terms("rules", "text_models") or searched(OWN_WORK, text) or searched(INSIDER, text):
        return False
    if searched(_SERVES, text):
        return False  # "Some of the Centrelink customers I spoke to today were in tears": the writer serves them
    scores = transformer.scores(text, profile)
    return transformer.load().get("broken") is None and scores.get("department_identifier", 0.0) < _BRAND_STAFF_BAR


def _department(item: Item, profile: Profile) -> Iterator[Match]:
    if item.kind == ItemKind.PROFILE_FIELD and ((item.field or "").endswith("email") or item.field == "email_change"):
        return  # an account's own address is account_registration's business
    if item.field == "connection":
        return  # another person's employer: colleague exposure (COL101), not your own identifier
    if item.kind != ItemKind.PROFILE_FIELD and _screen_only(item.text):
        return  # "Border Force Ultimate Edition drops on Steam tomorrow": a title, not the writer's employer
    seen: set[str] = set()
    weak = frozenset(t.casefold() for t in profile.terms("organisation", "weak_roles"))
    terms = department_terms(item.text, profile, item.field)
    # a portfolio or a Title Case name that the words around it make the writer's employer (`orgstaff`);
    # in a profile field, only a court beside a court role ("Registry Officer, Magistrates Court Beenleigh")
    extra = staff_named(item.text, profile) if item.kind != ItemKind.PROFILE_FIELD else court_staff(item.text, profile)
    terms = terms + [h for h in extra if not any(s < h[3] and h[2] < e for _t, _k, s, e in terms)]
    if item.kind != ItemKind.PROFILE_FIELD and _customer_of_a_brand(item.text, terms, profile):
        return  # "Child Support took $400 out of my pay without telling me": the brand's customer
    for term, key, start, end in terms:
        norm = " ".join(term.lower().split())
        if item.kind != ItemKind.PROFILE_FIELD and (
            _not_the_writer(item.text, term, key, start, end, weak)
            or public_side(item.text, key, start, end)
            or abroad(item.text, start, end)
            or _council_address(item.text, term, key, start)
            or (key == "units" and court_party(item.text, term))
        ):
            continue
        if norm in seen:
            continue
        seen.add(norm)
        sentence = item.text[slice(*sentence_of(item.text, start, end))] if end > start else item.text
        if item.kind == ItemKind.PROFILE_FIELD:
            sev = Severity.HIGH
            msg = f'Your {item.platform.display} profile ({item.field or "profile"}) names your employer: "{term}"'
        else:
            sev = reach_severity(Severity.MEDIUM, item)
            msg = f'{describe(item)} identifies your employer: "{term}"'
        conf = (
            0.95
            if key in ("names", "former_names", "employer_names", "capitalised", "hashtags", "handles", "domains", "units")
            else 0.85
        )
        yield Match(
            key=norm,
            evidence=snippet(item.text, start, end) if end > start else term,
            why=f'{TERM_KIND.get(key, key.replace("_", " "))} "{term}" in "{sentence.strip()[:80]}"',
            message=msg,
            severity=sev,
            confidence=conf,
        )


# how a `why` names the profile list a term came from, in words a person uses
TERM_KIND = {
    "names": "the organisation's name",
    "former_names": "a former name of the organisation",
    "acronyms": "the organisation's acronym",
    "nicknames": "a nickname for the organisation",
    "ambiguous_names": "the organisation's name",
    # a Title Case name from the profile's lists: the agency, one of its parts or sites ("Customs",
    # "Corrections", "Risdon"), so not said to be a former name
    "capitalised": "a name for the organisation or one of its parts",
    "employer_names": "a name for the organisation or one of its parts",
    "units": "a unit's name",
    "roles": "a role title",
    "weak_roles": "a role title",
    "hashtags": "a hashtag of the organisation",
    "handles": "an account of the organisation",
    "domains": "the organisation's email domain",
}

RULES = [
    Rule(
        code="DEP101",
        name="department-identified",
        category=Category.DEPARTMENT_IDENTIFIER,
        severity=Severity.MEDIUM,
        confidence=0.9,
        summary="Text names your employer (the profile's organisation, for dibp the Department or the ABF): names, former names, acronyms, units, programs, roles, hashtags, handles or official domains.",
        rationale="Naming your employer lets anyone searching for departmental staff find you, your family and your associates.",
        remediation="Remove the employer, unit or role from the post, bio or profile field (on LinkedIn and Facebook, hide it or generalise it to a sector, e.g. 'public sector').",
        check=_department,
        examples=(
            Example("Border Force Officer at Australian Border Force", False, kind=ItemKind.PROFILE_FIELD, field="connection"),
            Example("First week done at the Australian Border Force!", True),
            Example("Proud to serve with ABF at the airport", True),
            Example("Long day #AusBorderForce", True),
            Example("Border Force Officer", True, kind=ItemKind.PROFILE_FIELD, field="headline"),
            Example("ten years with the department of immigration and border protection", True),
            Example("Policy officer, home affairs (visa policy)", True, kind=ItemKind.PROFILE_FIELD, field="bio"),
            Example("I'm a Customs Officer at the port", True),
            Example("haha my old Customs days", True),
            Example("details on www.homeaffairs.gov.au", True),
            Example("Hey @sam_r_abf you left your lanyard in the crib room", True),
            Example("nine years with Immigration before I retired", True),
            Example("Congratulations to our new Assistant Director, Visa Risk", True),
            Example("late nights across the Migration Policy Division", True),
            Example("protip for new Visa Processing Officers: chase the health checks", True),
            Example("Compliance Officer | AML/CTF | Tier 1 Bank", False, kind=ItemKind.PROFILE_FIELD, field="headline"),
            Example("Ex-Customs here, we x-rayed every third pallet from that shipper", True),
            Example("Case officer here. Partner visa queues are months long", True),
            Example("me and @aus.bf.kenji doing the eGate reset again", True),
            Example("graduation day, big congrats to Zeus #abfdetectordogs", True),
            Example("Good luck to everyone still on the line #exBFO", True),
            Example("my job? home affairs. my passion? sourdough", True),
            Example("dressing up as a customs officer for halloween, rate the fit", False),
            Example("Mum's on hold to Home Affairs again about dad's parent visa", False),
            Example("Thinking of applying to the ABF, anyone know the fitness test?", False),
            Example("stuck for two hours with Immigration at LAX", False),
            Example("Please welcome Olu, joining us from the UK Border Force", False),
            Example("Our border collie loves the beach", False),
            Example("my parcel is still held at customs", False),
            Example("Watching Border Security again tonight", False),
            Example("abf is not an acronym here in lower case", False),
            Example("Customs at Denpasar took an hour", False),
            Example("Licensed Customs Broker, freight forwarding", False, kind=ItemKind.PROFILE_FIELD, field="headline"),
            Example("The immigration officer at Heathrow asked about my ticket", False),
            Example("Excited to start as Compliance Officer at a superannuation fund", False),
            Example("home affairs: who left the milk out again", False),
            Example("Christmas customs: pavlova and cricket", False),
            Example("Services Australia is hiring", True, profile="aps"),
            Example("Queensland Health is hiring", False, profile="aps"),
            # an APS agency of the Home Affairs portfolio, as the AFP is: the aps profile's own
            Example("ABF officer at Melbourne Airport, best part of the job is the dogs", True, profile="aps"),
            # a court named by a party to its matters, not its staff
            Example("Prosecuting three FVIO matters at Sunshine Magistrates' Court today", False, profile="vic"),
            Example("Registry officer at Sunshine Magistrates' Court, 14 years in", True, profile="vic"),
            # the applicant's and the traveller's side
            Example("Finally!! Home Affairs approved our partner visa after 19 months", False),
            Example("ABF at Brisbane Airport binned my nan's homemade jam", False),
            Example("@QldPolice reported my car stolen 2 weeks ago, haven't heard a thing", False, profile="qld"),
            Example("Same thing happened to my sister, Child Safety took weeks to even call her back", False, profile="qld"),
            Example("day in the life of a Metro bus driver in Hobart", True, profile="tas"),
            Example("the Metro bus driver was so rude to my son this morning", False, profile="tas"),
            # a shift by its length at one of the profile's sites
            Example("Morning run before a 12hr at Lotus Glen. Legs said no.", True, profile="qld"),
            Example("Eight years with Queensland Corrective Services", True, profile="qld"),
            Example("Proud to join Corrections Victoria", True, profile="vic"),
            Example("New role at the Tasmania Prison Service", True, profile="tas"),
            Example("Proud to join Corrections Victoria", False, profile="tas"),
            # the customer's side in words no list holds: thanks, a transaction, a letter, a scam
            Example("Huge thanks to the Centrelink bloke in Ipswich who fixed my payment", False, profile="aps"),
            Example("The Medicare officer on the phone was so understanding about Dad", False, profile="aps"),
            Example("Got a letter from Transport and Main Roads about a toll, smells like a scam", False, profile="qld"),
            Example("Our budgie is named Centrelink, he never answers", False, profile="aps"),
            # ... unless the writer says they work there
            Example("Queensland Health nurse here, and my rego is still overdue", True, profile="qld"),
            # a state department's name as people write it: the state in brackets, "the" or not
            Example("Three years at the Department of Treasury and Finance (Vic) this week", True, profile="vic"),
            # a named site of one of the state's own kinds; a rank with a surname
            Example("First term teaching at Wattle Creek State School done!", True, profile="qld"),
            Example("the Smithvale police station barbecue raised $900", True, profile="tas"),
            Example("Our daughter's state school fete is on Saturday", False, profile="qld"),
            Example("My nephew's Lego police station is bigger than mine", False, profile="tas"),
            Example("visited my uncle at Lotus Glen Correctional Centre today", False, profile="qld"),
            # a rank with someone's name is a colleague (COL101), not the writer's employer
            Example("Congrats Sgt Okafor on the new stripes", False, profile="vic"),
            Example("Promoted to Sergeant in Mildura, cake on Friday", True, profile="vic"),
            # ... and a relative's rank is the relative's job
            Example("My auntie was promoted to Sergeant in Mildura last week", False, profile="vic"),
            Example("Sergeant Biscuit (the dog) guards the couch", False, profile="vic"),
            # one of the profile's work sites after a stretch of work names the employer
            Example("Handed in my keys after 19 years at Lotus Glen", True, profile="qld"),
            # the APS profile names the Commonwealth's agencies, not one; their customers are not staff
            Example("Seven years at Finance, farewell drinks on Friday", True, profile="aps"),
            Example("Forecaster at the Bureau of Meteorology, views my own", True, profile="aps"),
            Example("Our cat's name is Treasury, she costs a fortune", False, profile="aps"),
            Example("Mum's DVA Gold Card arrived today", False, profile="aps"),
            Example("should I call EPA about the smoke next door?", False, profile="vic"),
            Example("shout out to the boys on C platoon at FRV, big night", True, profile="vic"),
            Example("fitting for the new Corrections uniform on Monday", True, profile="tas"),
            Example("Corrections at the end of the newspaper article were tiny", False, profile="tas"),
            # the state's own hospitals, short names and services as people write them
            Example("Night duty on the renal ward at Frankston Hospital again", True, profile="vic"),
            Example("Rostered on at the Austin all weekend", True, profile="vic"),
            Example("Back on the wards at Robina Hospital tomorrow", True, profile="qld"),
            Example("Case conference at the Logan CSSC all morning", True, profile="qld"),
            Example("Two years with Ambulance Tas this week", True, profile="tas"),
            Example("Ten years as a Child Safety worker in the north west", True, profile="tas"),
            Example("Fourth double this month at Risdon", True, profile="tas"),
            Example("Eleven years with the Dept of Education and counting", True, profile="vic"),
            Example("Twelve years with @EduVic and still love the first day of term", True, profile="vic"),
            Example("Four years in the County Court registry, still love it", True, profile="vic"),
            Example("six years with the education dept and I still can't find the stapler", True, profile="tas"),
            Example("Postdoc at CSIRO, mostly soil carbon", True, profile="aps"),
            Example("email j.tran [at] fairwork [dot] gov [dot] au for the paperwork", True, profile="aps"),
            # ... not a hospital an ambulance waited at, a visitor's, a show, a suburb, a lock
            Example(
                "Ramped at the Royal Melbourne Hospital for three hours with a patient on the stretcher", False, profile="vic"
            ),
            Example("Visiting hours at the Austin are 11 till 8 if you want to see Dad", False, profile="vic"),
            Example("Showbags at the Royal Melbourne Show tomorrow", False, profile="vic"),
            Example("House hunting in Risdon Vale this weekend", False, profile="tas"),
            Example("Child safety locks on every cupboard now", False, profile="tas"),
            Example("Pay your rego at Service Tas, it takes five minutes", False, profile="tas"),
            Example("Asking for my nan: does Centrelink need the original forms?", False, profile="aps"),
            # a title every employer uses (nurse, teacher, paramedic, prison officer) names none
            Example("Corrections officer here, and the new roster is a joke", False, profile="qld"),
            Example("Registered nurse, mum of two, views my own", False, kind=ItemKind.PROFILE_FIELD, field="bio", profile="qld"),
            # state bodies and departments by their short names, and the customer's side of them
            Example("Back on the Service Tas counter Monday after leave", True, profile="tas"),
            Example("Leading Teacher | Dept of Education | maths and science", True, profile="vic"),
            Example("Did my P test at Service Tas today, the examiner was lovely", False, profile="tas"),
            # a title other employers use too names the employer in a profile field or in the first person
            Example("Fair Work Inspector | Perth", True, kind=ItemKind.PROFILE_FIELD, field="headline", profile="aps"),
            # a request to the agency's account, a costume, a song, a job not held yet
            Example("@QldPolice can you do something about the burnouts on our street every Friday", False, profile="qld"),
            Example("Dressed Mia up as a paramedic for Book Week 🚑", False, profile="qld"),
            Example("Sgt Pepper on repeat all afternoon", False, profile="vic"),
            Example("Future paramedic here, uni placement starts next week", False, profile="qld"),
            # one of the organisation's hospitals as where the writer works, by role or back on its wards
            Example("Grad nurse at Bendigo Hospital from Monday ✨", True, profile="vic"),
            Example("Hospo weekend done, back to the ward at Frankston Hospital tomorrow", True, profile="vic"),
            Example("Night shift at Perth Airport again, the Qatar flight was late", False),
            # the agency's app, website, figures or queue seen from outside, and its service to the writer
            Example("The Medicare app logged me out mid-claim again", False, profile="aps"),
            Example("ABS says inflation is 3.2%, my grocery bill says otherwise", False, profile="aps"),
            Example("Queue at Service Tas was out the door this morning", False, profile="tas"),
            Example("ATO owes me $140, treat yourself", False, profile="aps"),
            Example("Ambulance Victoria came out for Nan last night, the crew was so gentle", False, profile="vic"),
            Example("The Service Victoria app crashed at 9 and we fielded calls all morning", True, profile="vic"),
            # a title every employer uses, then someone's given name: that person's job
            Example("Our team leader Priya covered my late shift again, legend", False, profile="aps"),
            # a report or a figure read in the paper, a letter, a bill covered, a report followed up,
            # a patient's family; a private employer after a title; a state-prefixed hashtag
            Example("Reading the ABS report on rents in the paper, grim", False, profile="aps"),
            Example("The Ombudsman's report into Child Safety makes grim reading", False, profile="qld"),
            Example("DVA covered Nan's new glasses, so grateful", False, profile="aps"),
            Example("Child Protection followed up my report within a day, impressed", False, profile="vic"),
            Example("Dad's been at the Alfred all week and the nurses have been amazing", False, profile="vic"),
            Example("Team Leader, Inbound Sales – Telco", False, kind=ItemKind.PROFILE_FIELD, field="headline", profile="aps"),
            Example("Last day of term, 26 tired preps and one tired me #VicDET", True, profile="vic"),
            Example("Field day with the BOM radar techs on the hill, hard hats on", True, profile="aps"),
            # a shift of the writer's at one of the state's own sites names the employer (not under a
            # profile whose sites are anyone's, such as airports)
            Example("Anyone swap my Thurs late at Marngoneet? Will owe you", True, profile="vic"),
            Example("can someone cover my Port Phillip shift Sunday", True, profile="vic"),
            # a portfolio named bare, as its staff say it: a stretch of work in it, someone from it
            Example("Nine years in Education and the laptops still don't boot", True, profile="tas"),
            Example("Someone from Social Services just told estimates the wait is 'acceptable'", True, profile="aps"),
            Example("In Health we've been told to say nothing about the rollout", True, profile="vic"),
            Example("Nine years in Transport logistics, forklift ticket and all", False, profile="qld"),
            Example("Education is the key, read to your kids", False, profile="tas"),
            # the writer's own voice keeps the name past a customer's words; staff who served a customer do not
            Example("Hi it's Priya from Service Tasmania in Burnie, call me about the rego transfer", True, profile="tas"),
            Example(
                "Working at Service Tas, the new booking system crashed 4 times and the queue hit the door", True, profile="tas"
            ),
            Example("Told the Centrelink lady my whole life story, she deserved a medal", False, profile="aps"),
            Example("The bloke at Medicare sorted my daughter's card in 5 minutes", False, profile="aps"),
            Example("Just use myGov, link Medicare and you're done", False, profile="aps"),
            Example("Took the kids to the CSIRO exhibition at the museum", False, profile="aps"),
            # a portfolio before "Dept", a state body without its state after a stretch of work, a
            # portfolio's staff by a staff word, "Ex-X here", a hashtag or handle holding a name or nickname
            Example("The Education Dept line on phones in class is not what we see in our rooms", True, profile="tas"),
            Example("Eleven years at Ambulance Service and the new rosters are the worst yet", True, profile="qld"),
            Example("Health staffers got the memo about the new leave policy at 4:55 on a Friday", True, profile="aps"),
            Example("Ex-DET here. The enrolment system always falls over in the first week of term", True, profile="vic"),
            Example("Big week on the road for the crew #teamservicetasmania", True, profile="tas"),
            Example("Centrelink wants 6 months of bank statements and the upload keeps failing", False, profile="aps"),
            Example("Our kid's first ride in an Ambulance Service chopper was terrifying", False, profile="qld"),
            # a portfolio and a state or a staff word run together in a hashtag, a staff word in brackets
            Example("Site walk with the facilities crew today #justicetas", True, profile="tas"),
            Example("Data Analyst | Defence (civilian) | Adelaide", True, profile="aps"),
            Example("Smashed the morning run #healthylife", False, profile="tas"),
            # the agency seen from its public's side: its website, its figures or forecast quoted, a
            # customer's question or wait, its forms, its customers addressed, care for one's family
            Example("Honestly the Medicare website redesign is fine, people just hate change", False, profile="aps"),
            Example("CSIRO says sea levels rose 4mm again this year, wild", False, profile="aps"),
            Example("Does Medicare cover a second opinion for this? Asking for my mum", False, profile="aps"),
            Example("Week 9 waiting on my partner visa. Home Affairs please, we miss each other", False),
            Example("Centrelink chasing me for more paperwork again", False, profile="aps"),
            Example("Heads up Medicare users: the claim form moved online", False, profile="aps"),
            Example("Huge thanks to the nurses at Launceston General Hospital for looking after Nan", False, profile="tas"),
            Example("Saw the Border Force ads at the footy, might consider applying", False),
            Example("Rang Medicare to change my address, took five minutes", False, profile="aps"),
            Example("Pop's pension finally got sorted, thank you whoever answered at Centrelink", False, profile="aps"),
            Example("Took the kids to the CSIRO open day, the bug room was a hit", False, profile="aps"),
            # the town's office closing on its public, "our" office or not
            Example(
                "Our Centrelink office in Moe is shutting and now the oldies have to travel to Traralgon", False, profile="aps"
            ),
            # ... not the writer's own work: staff speaking of the customers they serve keep the name
            Example("Some of the Centrelink customers I spoke to today were in tears", True, profile="aps"),
            # a news agency's photo; a patient's family at a hospital
            Example("Incredible AFP photo of the eruption on the front page today", False, profile="aps"),
            Example("Dad's been in the RHH a week and the nurses are angels", False, profile="tas"),
            # more Commonwealth bodies by name; a stateless name said as its staff ("... here, ...")
            Example("Back at my desk after a summer down south with the Antarctic Division", True, profile="aps"),
            Example("Corrective Services here: the visit booking line is down until 2pm", True, profile="qld"),
            # the HHSs and agencies by their staff's short names; a team's hashtag
            Example("12 years at Metro South and the staff car park is still a lottery", True, profile="qld"),
            Example("Two weeks on the northern patrol done, proud of this crew #MBC", True),
            # the writer's own grade, the lower ones and the meme's "your" too
            Example("APS2 at a regional processing site, ask me anything about the job", True, profile="aps"),
            Example("tfw your EL1 acting gets pulled the day before it starts", True, profile="aps"),
            # a portfolio or a Title Case name made the employer by the words around it (`orgstaff`), and
            # the sectors' short and former names in the profiles
            Example("Yet another restructure at Health, third branch name this year", True, profile="aps"),
            Example("Finance wants us to find another 2% by June, with two fewer staff", True, profile="aps"),
            Example("I'm at the Treasury Place office all week, ring my desk", False, profile="vic"),
            Example("ex-CYP worker, still can't talk about the caseloads", True, profile="tas"),
            Example("Twelve years with the Metropolitan Fire Brigade, retired last month", True, profile="vic"),
            # the public's side: on the phone queue, a case come through, a question, a show, a relative's worker
            Example("Twenty minutes on hold with Home Affairs and still no answer", False),
            Example("Is it normal for the ABF to keep a parcel for a month?", False),
            Example("My nephew's NDIS planner got his plan sorted in a week", False, profile="aps"),
            # the writer's own team or office past a thanks; an insider's thanks (a send-off); a work site
            # by the first word of its name after a stretch of work; a sector body by its current name
            Example(
                "Our survey team at @ABSStats worked the whole weekend. Shoutout to Priya for the charts", True, profile="aps"
            ),
            Example("Thanks to the whole of Child Safety for the send-off, fourteen years of my life", True, profile="tas"),
            Example("Nine years at Ashley and the roster never changed once", True, profile="tas"),
            Example("My housemate worked at Ashley for years, the stories!", False, profile="tas"),
            Example("Nan's been in the Alfred since Monday and the nurses have been amazing", False, profile="vic"),
            Example("Hi-vis and the DAFF cap on for the container checks", True, profile="aps"),
            # the agency reaching its public ("rang me", "called back about my nephew"); "Tassie" for "Tas"
            Example("Youth Justice finally rang back about my nephew, only took three weeks", False, profile="vic"),
            Example("The Bureau rang me for the rainfall survey again", False, profile="aps"),
            Example("Tassie Parks ranger, best office in the state", True, profile="tas"),
            # a public-service grade held by a colleague names no employer; the writer's own does
            Example("Our EL2 told us the team day is cancelled again", False, profile="aps"),
            Example("I'm the new EL2 in Budget Policy, send cake", True, profile="aps"),
            # a court of the organisation's own beside a court role; not a relative's job there
            Example("Magistrates Court clerk here, 90 matters on today's list", True, profile="tas"),
            Example(
                "Registry Officer, Magistrates Court Beenleigh",
                True,
                kind=ItemKind.PROFILE_FIELD,
                field="headline",
                profile="qld",
            ),
            Example("Mum's a clerk at the Devonport court, she's seen it all", False, profile="tas"),
            # the bare "the Department" after the writer's stretch or work in it; not someone else's stretch
            Example("Nine years in the Department and I've now lived through five restructures", True),
            Example("Happy retirement to Denise, 30 years with the department", False),
            # a service the public meets, named from its public's side (`orgpublic`): the family's own
            # service, the agency acting on them or alerting everyone, in the news, a patient's family,
            # its vehicle seen, its account asked; any staff cue in the text keeps the name
            Example("Nan's DVA pension review went smoothly in the end", False, profile="aps"),
            Example("The Bureau has issued a flood watch for the whole valley", False, profile="aps"),
            Example("Victoria Police were on the news again tonight over the chase", False, profile="vic"),
            Example("Waited three hours in ED at the LGH with Pop last night", False, profile="tas"),
            Example("Spotted a Border Force cutter off the point this morning", False),
            Example("The Bureau issued the warning at 3am and our section was flat out till dawn", True, profile="aps"),
            Example("Centrelink cut our overtime again and the queue keeps growing", True, profile="aps"),
        ),
    ),
]
