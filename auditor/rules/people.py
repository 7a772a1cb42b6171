"""People in plain words: who is a person whatever their name, what makes a reference no colleague,
and work that is not the organisation's (a private job is `rules.employers`').

Language-level knowledge the colleague, uniform and comment families share (no profile lists
but the work sites, no rules):

* `place_not_person`: a given name that is a place or a thing here ("the Bruce", "night shift at
  Ashley" where the profile's Ashley Youth Detention Centre is meant, "our unit at Thomas
  Embling", "Code Grey", "Uncle Bill");
* `client_named`: a student or client named by their paperwork ("about Ella's assessment"); the
  writer's own name, title and sign-off block are `rules.writer`'s;
* `OFFICIAL_HANDLE`: the organisation's own account ("@FRV_official") (an animal's name, a pet given a
  rank too, is `rules.animals`'s);
* `HONORIFIC_RE`, `NAME_FROM_UNIT_RE`, `MATE_NAME_RE`, `SARGE_RE`, `ROLE_INITIALS_RE`: people whatever
  their name ("Mrs Okoro", "Leanne from the Geelong office", "Gazza", "Sarge wants ...", "Director
  K.T."), and `role_is_ours`: one's own principal or NUM is a colleague only where the organisation
  runs schools or hospitals;
* `served_family`: the organisation's staff thanked for looking after the writer's family ("for
  looking after Dad", "for helping my nephew"): the writer is the customer;
* `on_screen`: a screen, a game or a show by its title ("Finished Line of Duty again");
* `RELATIVE_WORDS` (`KIN_WORDS`, `PARENT_WORDS`), `FRIEND_WORDS`, `ROLE_NOUNS`: the one list of the
  writer's relatives and friends, and of the work roles a colleague's name follows, that identity,
  places and the colleague family build on; `site_short_name`: a work site by its first word.
"""

from __future__ import annotations

import re

from auditor.config import Profile
from auditor.geo.gazetteer import lookup
from auditor.rules.base import given_names, lazy_pattern, per_profile, searched
from auditor.rules.embedding import whole_word
from auditor.rules.orgwords import work_site_names
from auditor.rules.writer import SELF_HERE_AFTER, self_intro

# The writer's relatives, written once for every family that reads them (identity, colleagues,
# places and this module): kin by any name, then the parents apart (after "drove Mum to" a place
# is no person's name, so `placewords` reads kin only), the in-laws last. Friends and housemates:
# `FRIEND_WORDS`. Regex alternatives, to be placed inside a group.
_KIN = (
    r"husband|wife|partner|hubby|fianc[ée]e?|sister|brother|bro|sis|son|daughter|cousin|uncle|aunt|auntie|aunty|nephew|"
    r"niece|nan|nanna|nana|gran|granny|grandma|grandad|grandpa|pop|poppy|grandson|granddaughter"
)
_IN_LAW = r"(?:brother|sister|father|mother|son|daughter)-in-law"
PARENT_WORDS = r"mum|mom|mother|dad|father"
KIN_WORDS = rf"{_KIN}|{_IN_LAW}"
RELATIVE_WORDS = rf"{_KIN}|{PARENT_WORDS}|{_IN_LAW}"
FRIEND_WORDS = r"bestie|best mate|best friend|neighbour|flatmate|housemate"

# Work roles a colleague's name follows ("supervisor Raj", "my 2IC, Marnie", "preceptor Aroha"):
# the one list `personrefs.APPOSITION_RE` (with work groups: "team", "shift") and the learned
# rule's someone-named gate (`colleagues.names_someone`, with more roles) build on.
ROLE_NOUNS = (
    r"partner|supervisor|boss|manager|offsider|team leader|sergeant|trainer|mentor|director|principal|preceptor|colleague|"
    r"new starter|starter|new recruit|recruit|grad"
)

# A given name that is a road, a building or a place here: a place word after it ("Bruce Highway",
# "George St", "Logan Hospital") or a place preposition before a gazetteer name ("at Ashley").
_PLACE_WORD_AFTER = lazy_pattern(
    r"\s+(?:Highway|Hwy|St|Street|Rd|Road|Hospital|Park|Bridge|Station|Island|Creek|Beach|Bay|River|Range|Mountains?|"
    r"Lookout|Gorge|Motorway|Mall|Square|Tunnel|Lane|Ave|Avenue|Drive|Parade|Terrace|Tce|Place|Plaza|Oval|Reserve|Town)\b"
)
PLACE_PREP_BEFORE = lazy_pattern(
    r"\b(?:at|on|in|near|to|from|past|around|via|across)\s+(?:the\s+)?(?:(?:regional|rural|country|outback|central|north(?:ern)?|"
    r"south(?:ern)?|east(?:ern)?|west(?:ern)?)\s+)?$",
    re.IGNORECASE,
)


# A student or client the writer serves, by their paperwork: "about Ella's assessment", "Liam's
# excursion form", "regarding Noah's enrolment".
_CLIENT_PAPER_AFTER = lazy_pattern(
    r"['’]s\s+(?:\w+\s+)?(?:assessment|excursion|report|form|homework|behaviour|enrolment|application|claim|file|case|"
    r"appointment|progress|results?|reading|attendance|assignment|absence|medication|referral|plan)\b",
    re.IGNORECASE,
)
_ABOUT_BEFORE = lazy_pattern(r"\b(?:about|regarding|re|for|with)\s+$", re.IGNORECASE)


# A child fetched or dropped off: "Thanks for picking Maddie up from training", "can you grab Oliver
# from daycare", "dropping Noah off at footy".
_FERRY_BEFORE = lazy_pattern(
    r"\b(?:pick|picking|picked|grab|grabbing|collect|collecting|drop|dropping|dropped)\s+$", re.IGNORECASE
)
_FERRY_AFTER = lazy_pattern(
    r"\s+(?:(?:up|off)\s+(?:from|at)\b|from\s+(?:school|daycare|childcare|kindy|creche|training|practice|swimming|footy|netball|"
    r"soccer|dance|scouts|a party))",
    re.IGNORECASE,
)


def ferried(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is a child fetched or dropped off ("picking Maddie up from training")."""
    return bool(_FERRY_BEFORE.search(text, max(0, start - 12), start) and _FERRY_AFTER.match(text, end))


def client_named(text: str, start: int, end: int) -> bool:
    return bool(_ABOUT_BEFORE.search(text, max(0, start - 12), start) and _CLIENT_PAPER_AFTER.match(text, end))


# The organisation's own account: an official, government or state tail ("@FRV_official", "@DECYPtas").
OFFICIAL_HANDLE = lazy_pattern(r"(?i:official|gov|govt|_au|hq|media|news)$|[A-Z]_?(?:tas|vic|qld|Tas|Vic|Qld|TAS|VIC|QLD)$")


STATE_NOUN_AFTER = lazy_pattern(
    r"\s+(?:government|govt|gov|public|state|police|pol|health|schools?|prisons?|corrections|hospitals?|ambos?|nurses?|"
    r"teachers?|paramedics?|cops?|coppers?|courts?|roads|rail|uni)\b",
    re.IGNORECASE,
)


# Prepositions that only ever lead to a place, so no gazetteer entry is needed: "near Yulara".
_ONLY_PLACE_BEFORE = lazy_pattern(r"\b(?:near|via|(?:north|south|east|west) of)\s+$", re.IGNORECASE)
_NUMBERED_SITE_BEFORE = lazy_pattern(r"\b(?:station|depot|branch|post|unit|district)\s+\d{1,3},?\s+$", re.IGNORECASE)


# A word before a capitalised word that makes it no person: a thing's name ("the Bruce", "the
# Alfred", "Code Grey", "Cyclone Alfred", "Mount Isa", "St Vincent's") or a relative ("Uncle Bill").
THING_BEFORE = lazy_pattern(
    r"(?:\b[Tt]he|\b(?i:code|operation|cyclone|mount|mt|lake|port|cape|fort|st|saint|uncle|aunty|auntie|aunt|nan|nanna|pop|"
    r"grandma|grandpa|grandad|cousin))\s+$"
)
# Prepositions after which a listed place is the place: "across Logan", "outside Ipswich".
_WIDE_PREP_BEFORE = lazy_pattern(r"\b(?:across|outside|inside|throughout|all over|out of|into)\s+$", re.IGNORECASE)
# "at" or "in" before a name and a second capitalised word that is no given name is a site's
# name: "our unit at Thomas Embling", "a shift in Mary Hutchinson".
_AT_BEFORE = lazy_pattern(r"\b(?:at|in)\s+$", re.IGNORECASE)
_SECOND_WORD = lazy_pattern(r"\s+([A-Z][a-z]+)\b(?!['’]s)")


def _site_first_words(profile: Profile) -> frozenset[str]:
    """The first words of the profile's work sites named in two words or more ("Ashley Youth
    Detention Centre" -> "ashley"): after a place preposition such a word is the site."""
    sites = profile.terms("places", "work_sites")
    return frozenset(s.split()[0].casefold() for s in sites if len(s.split()) > 1)


def site_short_name(word: str, profile: Profile) -> bool:
    """Whether a word is the first word of one of the profile's work sites named in two words or
    more: after "at" it names the site ("works at Ashley": the Ashley Youth Detention Centre)."""
    return word.casefold() in per_profile(profile, "colleagues-site-words", _site_first_words)


# What is done to a site, not a person: "privatising Arthur Gorrie", "five years to fix Ashley",
# "closing Ashley without somewhere to send the kids", "the staff at Risdon".
_SITE_VERB_BEFORE = lazy_pattern(
    r"\b(?:fix|fixing|fixed|close|closing|closed|closure of|shut|shutting|shut down|reopen|reopening|privatis\w+|"
    r"privatiz\w+|rebuild|rebuilding|replace|replacing|fund|funding|defund|inside|outside|staff at|staffing at|riot at|"
    r"lockdown at|lockdowns at)\s+$",
    re.IGNORECASE,
)
_NEXT_WORD = lazy_pattern(r"\s+[A-Z][\w'’]*")


def _site_names(profile: Profile) -> frozenset[str]:
    return frozenset(s.casefold() for s in work_site_names(profile) if len(s.split()) >= 2)


def site_named(text: str, start: int, end: int, profile: Profile) -> bool:
    """Whether the capitalised word at text[start:end] starts one of the profile's work sites named
    in two words or more ("Arthur Gorrie" for the Arthur Gorrie Correctional Centre, "Mary
    Hutchinson"), or is a site's first word after what is done to a site ("to fix Ashley",
    "privatising Arthur Gorrie"): the site, not a person."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is not None and text[start : nxt.end()].casefold() in per_profile(profile, "people-site-names", _site_names):
        return True
    return bool(_SITE_VERB_BEFORE.search(text, max(0, start - 24), start)) and site_short_name(text[start:end], profile)


def place_not_person(text: str, start: int, end: int, profile: Profile | None = None) -> bool:
    if _PLACE_WORD_AFTER.match(text, end) or _ONLY_PLACE_BEFORE.search(text, max(0, start - 16), start):
        return True
    if profile is not None and site_named(text, start, end, profile):
        return True
    if THING_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _WIDE_PREP_BEFORE.search(text, max(0, start - 12), start) and lookup(text[start:end]) is not None:
        return True
    if _NUMBERED_SITE_BEFORE.search(text, max(0, start - 16), start):
        return True  # "Station 35 Brooklyn", "Depot 4 Heidelberg": the suburb a numbered site stands in
    if PLACE_PREP_BEFORE.search(text, max(0, start - 12), start):
        if lookup(text[start:end]) is not None:
            return True
        if profile is not None and text[start:end].casefold() in per_profile(profile, "colleagues-site-words", _site_first_words):
            return True  # "night shift at Ashley": the Ashley Youth Detention Centre
        second = _SECOND_WORD.match(text, end) if _AT_BEFORE.search(text, max(0, start - 5), start) else None
        if second is not None and second.group(1).casefold() not in given_names():
            return True
    return False


# Staff thanked for what they did for the writer's family or friends: "for looking after Dad", "who
# helped my nephew get back to school", "for caring for our boy", "who helped my elderly neighbour".
SERVED_FAMILY = lazy_pattern(
    r"\b(?:for|who|that) (?:looking after|looked after|look after|caring for|cared for|care of|helping|helped|"
    r"treating|treated|delivering|delivered|saving|saved|supporting|supported) (?:(?:my|our) (?:\w+ )?)?"
    rf"(?:{RELATIVE_WORDS}|kids?|boy|girl|baby|bub|family|me|us|neighbou?rs?|friends?|mates?|flatmates?|housemates?)\b",
    re.IGNORECASE,
)


# The staff on a patient's ward: "My dad's in hospital and the nurse on his ward, Kylie, has been wonderful".
PATIENT_FAMILY = lazy_pattern(
    r"\b(?:nurses?|doctors?|staff|midwi(?:fe|ves)|team)? ?(?:on|in) (?:his|her|their) (?:ward|room)\b", re.IGNORECASE
)


def served_family(text: str) -> str | None:
    """Thanks for the care of the writer's family, or the staff on a patient's ward (the writer is
    the customer), or None. No key list in front: `searched` skips a text without one of the
    pattern's own needed words."""
    m = searched(SERVED_FAMILY, text) or searched(PATIENT_FAMILY, text)
    return m.group(0) if m else None


# A screen or a game: "Rookie Blue reruns", "watch Blue Heelers for the nostalgia", "Call of Duty
# squad night 🎮": the ranks and names in it are characters.
SCREEN = lazy_pattern(
    r"(?i:\b(?:reruns?|repeats of|for the nostalgia|on netflix|on stan|on iview|call of duty|xbox|playstation|ps5|"
    r"squad night|gaming night|finale|(?:reboot|remake|spin-?off)\s+(?:is|was|of))\b)|\U0001F3AE|\U0001F4FA"
)
# A child named as the writer's: "Hi, it's Mia's dad", "Noah's mum here".
PARENT_OF_AFTER = lazy_pattern(
    r"['’]s (?:mum|mom|dad|mother|father|parents?|nan|grandma|grandad|carer|guardian)\b", re.IGNORECASE
)
# A month beside a day's number is a date: "until 14 Jan", "Jan 14".
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec april june august".split())
_DAY_BEFORE = lazy_pattern(r"\d(?:st|nd|rd|th)?\s+$")
_DAY_AFTER = lazy_pattern(r"\s+\d")


def date_not_person(text: str, start: int, end: int) -> bool:
    """A month's name or abbreviation beside a day's number ("on leave until 14 Jan")."""
    if text[start:end].casefold() not in _MONTHS:
        return False
    return bool(_DAY_BEFORE.search(text, max(0, start - 6), start) or _DAY_AFTER.match(text, end))


# An account replied to as a member of the public: "@travelmumoz if your bag's been held, email
# the team at ...", "@tassiecoaster our inspections team can help".
PUBLIC_REPLY = lazy_pattern(
    r"^\W*@\w+[\s,]+(?:if (?:you|your)\b|our (?:\w+ ){0,2}team (?:can|will|is)\b|(?:please |pls )?(?:email|ring|call|contact|dm|message)\b"
    r"|sorry to hear\b)"
    # a reply video's opening, to a commenter: "replying to @kaz.99 no I cannot look up your ex's address"
    r"|^\W*replying to @[\w.]+",
    re.IGNORECASE,
)


# People whatever their name: an honorific before a surname or an initial ("Mrs Okoro", "Mr Lai",
# "Mrs D", "Cr Mendes", "Sister Novak"), a name before the part of the organisation it works in
# ("Leanne from the Geelong office", "Marcus in legal", "Kylie from payroll"), the mates' forms of
# a name ("Gazza", "Shazza") and the sergeant called by rank ("Sarge wants the stats by 3").
HONORIFIC_RE = lazy_pattern(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Cr|Sister)\.?\s+([A-Z](?:[a-z]+(?:[-'’][A-Z][a-z]+)?|\b\.?))")
ADDRESSED_BEFORE = lazy_pattern(r"^\W*(?:hi|hello|hey|dear|morning|good morning|g'day)?\s*$", re.IGNORECASE)
NAME_FROM_UNIT_RE = lazy_pattern(
    # (a two-letter name too, "Fi from payroll", "Jo in HR"; not a two-letter word: "Hi from the team")
    r"\b([A-Z][a-z]{2,}|(?!(?:Hi|Oh|So|Me|Us|We|He|It|My|No|Ok|Go|Up|On|In|At|To|Be|Do|Is|As|By|If|Or|An|Am|Of|Ta)\b)[A-Z][a-z])"
    r"\s+(?:from|in|on|at)\s+(?:the\s+)?(?:[A-Z][\w/&-]*\s+){0,3}?(?:(?i:office|team|branch|unit|section|"
    r"crew|desk|counter|registry|legal|payroll|rostering|finance|comms|records|admin|intake|front desk|helpdesk|compliance|intel|"
    r"processing|payments|triage|integrity|nights|night shift|lates|earlies)|HR|IT|QA|"
    # a unit by its Title Case name: "Morgs from Visa Integrity", "Deb from Character Assessment"
    r"Integrity|Assessment|Compliance|Operations|Intelligence|Investigations|Enforcement|Assurance|Recovery|Processing|"
    r"Payments|Governance|Triage)\b"
)
NOT_A_NAME_WORD = frozenset(
    """someone everyone anyone nobody somebody everybody anybody staff people folks those these some most half all both
    whoever calls emails visitors customers clients officers nurses teachers workers contractors temps grads managers
    one two three four five six seven eight nine ten another others many few new more less reminder message update
    email note news letter call greetings love hello thanks security bloke guy lady woman man someone's everyone's
    work job life""".split()
)
# Roles of one kind of workplace: one's own "principal" or "NUM" is a colleague only where the
# organisation runs schools or hospitals ("our principal Mrs Tan" is a parent's under dibp).
_ROLE_NEEDS = {
    "principal": ("school",),
    "num": ("nurse", "hospital"),
    "don": ("nurse", "hospital"),
    "preceptor": ("nurse", "hospital"),
    "ap": ("school",),
    "dp": ("school",),
    "sergeant": ("police", "correction", "prison"),
    "sarge": ("police", "correction", "prison"),
    "sgt": ("police", "correction", "prison"),
    # work roles in a handle ("@lucy.rn", "@jaz_ambo"): staff only where the organisation has them
    "nurse": ("nurse", "hospital"),
    "rn": ("nurse", "hospital"),
    "ambo": ("ambulance", "paramedic"),
    "paramedic": ("ambulance", "paramedic"),
    "medic": ("ambulance", "paramedic"),
    "cop": ("police",),
    "police": ("police",),
    "senconst": ("police",),
    "sc": ("police",),
    "constable": ("police",),
    "detective": ("police",),
    "teacher": ("school", "teacher"),
    "corrections": ("correction", "prison"),
    "screw": ("correction", "prison"),
    "firie": ("fire",),
    "firey": ("fire",),
    "ranger": ("ranger", "park", "wildlife"),
}


def _own_words(profile: Profile) -> str:
    t = profile.terms
    keys = (("organisation", "roles"), ("organisation", "weak_roles"), ("organisation", "site_classes"), ("places", "work_sites"))
    return " ".join(w for sec, k in keys for w in t(sec, k)).casefold()


def role_is_ours(role: str, profile: Profile) -> bool:
    needs = _ROLE_NEEDS.get(role.split()[-1].casefold())
    if needs is None:
        return True
    words = per_profile(profile, "colleagues-own-words", _own_words)
    return any(n in words for n in needs)  # type: ignore[operator]


MATE_NAME_RE = lazy_pattern(r"\b[A-Z][a-z]{1,3}(?:zza|zzie|zzy|zzo)\b")
SARGE_RE = lazy_pattern(
    r"\bSarge(?=\s+(?:says|said|wants|wanted|reckons|told|asked|made|sent|rang|called|needs|is asking|was asking|is after)\b)|\b(?:[Mm]e and|[Ww]ith|[Aa]nd) Sarge\b"
)
# A single capital letter standing alone, bar "I": what every `ROLE_INITIALS_RE` match holds.
INITIAL = lazy_pattern(r"(?<![\w'’])[A-HJ-Z]\.?(?![\w'’])")
# A role or rank before initials, or before a name and an initial: "Director K.T.", "Insp D. Kerr",
# "EL2 Marko B.", "my NUM Bernadette K.", "Senior BFO Tamsin L" (the name need not be listed).
ROLE_INITIALS_RE = lazy_pattern(
    r"(?:\b(?i:director|supervisor|manager|inspector|insp|sergeant|sgt|commander|superintendent|supt|constable|"
    r"principal|preceptor|colleague|boss|officer|dr)|\b(?:TL|EL1|EL2|NUM|DON|OIC|BFO|APS\d|DP|AP))\.?\s+"
    r"((?:[A-Z]\.\s?){1,3}(?:[A-Z][a-z]+)?|[A-Z][a-z]{2,}\s+[A-Z]\.?(?![\w'’]))"
)
# A name given with a number to ring: "Ring Darren on 0428 550 973 (his work mobile)".
# A name the writer's superior or workmate is said to be: "Give the file to Pravin, he's the TL for the
# disaster team", "Marta's our new supervisor" (the role said of them, with "the", "our" or "my": not
# "Jess is a manager at Coles", any employer's).
NAME_IS_ROLE_RE = lazy_pattern(
    r"\b([A-Z][a-z]{2,})(?:,?\s+(?:he|she|they))?(?:['’]s|\s+is|\s+was|['’]re|\s+are)\s+(?:the|our|my)\s+(?:new\s+|acting\s+|old\s+)?"
    r"(?:TL|EL ?[12]|OIC|2IC|NUM|(?i:team leader|supervisor|manager|boss|trainer|mentor|preceptor|coordinator|director|colleague|"
    r"workmate|offsider))\b"
)
NAME_CONTACT_RE = lazy_pattern(r"\b(?i:ring|call|text|phone|ask for)\s+([A-Z][a-z]{2,})\s+(?:on|at)\s+[(+\d]")
# Shifts given and taken: "thanks for covering my late on 5B", "taking my Sunday late", "swap with Tran",
# "swapped my Thurs with Kez", "jase is on my crew tmrw".
COVER_SHIFT = lazy_pattern(
    r"\b(?:covering|covered|taking|took)\s+my\s+(?:\w+\s+)?(?:late|lates|early|earlies|night|nights|"
    r"shift|shifts|patients|roster|weekend|double|caseload|cases|clients|files|calls|desk)\b|\bswap with [A-Z][a-z]+\b"
    r"|\b(?:swapped|swapping|swap|traded) my (?:mon|tue|wed|thu|fri|sat|sun|weekend|late|early|night|shift|rdo|day)\w* "
    r"(?:\w+ )?with [A-Z][a-z]+\b|\b(?:is|was) on my (?:crew|shift|watch|car|truck|van) (?:tmrw|tomorrow|tonight|today|this)\b"
    r"|\byou['’]?re on with me\b",
    re.IGNORECASE,
)
# An offer to a member of the public: "Hi Tom, happy to chat about the grad program, I'm at ...".
PUBLIC_OFFER = lazy_pattern(
    r"\b(?:drop me a line|happy to chat|reach me|contact me|i'?m at\s+\S+@|if your (?:community|group|school|club|business|family)|"
    r"quote your (?:\w+ )?(?:TRN|reference|ref|file number|application|claim|case number))\b",
    re.IGNORECASE,
)
# A full name after a work role, or after the do held for them: "ranger Tamsin Blyth", "our clerk
# Bev Anstie", "Nurse Unit Manager Tess O'Rourke", "morning tea for Bronwyn Teale", "lunch for Gaz".
_SURNAME = r"[A-Z](?:['’][A-Z])?[a-z]+(?:-[A-Z][a-z]+)?"
_FULL_NAME = lazy_pattern(r"(?<![\w'’])([A-Z][a-z]{2,}\s+" + _SURNAME + r")\b")
_WORD_BEFORE = lazy_pattern(r"([\w-]+)\s+$")
_ROLE_WORDS = frozenset(
    """ranger clerk instructor manager nursing officer director coordinator supervisor educator registrar consultant
    teacher paramedic constable sergeant inspector commander superintendent detective adviser advisor analyst caseworker
    planner associate mentor preceptor trainer""".split()
)
_DO_WORDS = frozenset("tea lunch drinks cake send-off sendoff dinner party".split())
# a do held for someone named by a first name only: "Farewell lunch for Gaz"
_DO_FOR = lazy_pattern(r"\b(?:[Tt]ea|[Ll]unch|[Dd]rinks|[Cc]ake|[Ss]end-?off|[Dd]inner|[Pp]arty) for ([A-Z][a-z]{2,})\b")


def role_full_names(text: str) -> list[re.Match[str]]:
    """Full names after a work role or a do held for them ("ranger Tamsin Blyth", "morning tea for
    Bronwyn Teale"), and a first name after a do ("lunch for Gaz"): the name is group 1."""
    out = []
    for m in _FULL_NAME.finditer(text):
        w = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if w is None:
            continue
        word = w.group(1).casefold()
        if word in _ROLE_WORDS:
            out.append(m)
        elif word == "for":
            d = _WORD_BEFORE.search(text, max(0, w.start() - 12), w.start())
            if d is not None and d.group(1).casefold() in _DO_WORDS:
                out.append(m)
    return out + [m for m in _DO_FOR.finditer(text) if not any(x.start() <= m.start(1) < x.end() for x in out)]


_NOT_ROLE_HOLDERS = frozenset(
    "she he they it this that who what which mine yours there here mum mom dad nan nana pop grandad grandma hubby wifey".split()
)
_CAPITAL_BEFORE = lazy_pattern(r"[A-Z][\w'’]*\s+$")
_HONORIFIC_BEFORE = lazy_pattern(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Cr|Sister|Dr)\.?\s+$")
# a name the writer sings or listens to: "a prisoner who won't stop singing Neil Diamond"
_MUSIC_BEFORE = lazy_pattern(r"\b(?:singing|sings|sang|humming|listening to|blasting|cover of|playlist)\s+$", re.IGNORECASE)


def not_addressed_colleague(text: str, start: int) -> bool:
    """The name at ``start`` is someone the writer opens a note to by honorific ("Hi Mrs Lee, it's
    Ms Tran from Year 4": a parent or client), or an artist sung or played ("singing Neil Diamond")."""
    hon = _HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
    if hon is not None and ADDRESSED_BEFORE.match(text[: hon.start()]):
        return True
    return _MUSIC_BEFORE.search(text, max(0, start - 20), start) is not None


# A name before the organisation or one of its units it comes from: "Ruth from Child Safety".
NAME_FROM_RE = lazy_pattern(r"\b([A-Z][a-z]{2,})\s+from\s+(?:the\s+)?")


# "from the office": a place any sentence can come from, unlike "from payroll" (a unit only people are in)
_FROM_THE = lazy_pattern(r"\s+from\s+the\b")


def everyday_from_the(text: str, word: str, end: int) -> bool:
    """An everyday word (not a given name) before "from the" at text[end:]: "View from the office
    today", "Greetings from the team". (The caller checks it opens a sentence.)"""
    return _FROM_THE.match(text, end) is not None and common_word(word)


def common_word(word: str) -> bool:
    """An everyday word, not a given name: one whole word of the MiniLM vocabulary, or its plural
    ("View", "Greetings"), that the given-names list lacks ("Kylie" is in both: a name)."""
    low = word.casefold()
    return low not in given_names() and (whole_word(low) or whole_word(low.removesuffix("s")))


def _sentence_first(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?\n:;—–-"


def people_by_form(
    text: str, profile: Profile, dept_spans: list[tuple[int, int]], taken: list[tuple[str, int, int]], skip: frozenset[str]
) -> list[tuple[str, int, int]]:
    """(reference, start, end) of the people found by the form of the words around them whatever
    their name: an honorific, a name before its unit or the organisation, a mate's name, "Sarge",
    a name with a number to ring, a full name after a role or a farewell do. `taken` holds the
    references found already, `skip` the words that are no names (crowds, relatives, weekdays)."""
    out = list(taken)
    # (plain substring tests first: most texts hold no honorific, no mate's name, no "Sarge")
    pats = [NAME_FROM_UNIT_RE]
    pats += (
        [HONORIFIC_RE]
        if "Mr" in text or "Ms" in text or "Miss" in text or "Mx" in text or "Cr " in text or "Sister" in text
        else []
    )
    pats += [MATE_NAME_RE] if "zz" in text else []
    pats += [SARGE_RE] if "Sarge" in text else []
    pats += [NAME_CONTACT_RE] if " on 0" in text or " on (" in text or " on +" in text else []
    pats += [NAME_IS_ROLE_RE] if " the " in text or " our " in text or " my " in text else []
    for pat in [*pats, _FULL_NAME]:
        for m in pat.finditer(text) if pat is not _FULL_NAME else role_full_names(text):
            g = m.lastindex or 0
            a, b = m.span(g)
            word = m.group(g)
            if any(x <= a < y for _r, x, y in out) or any(x <= a < y for x, y in dept_spans):
                continue
            low = word.casefold()
            if pat is NAME_FROM_UNIT_RE and (
                low in NOT_A_NAME_WORD or low in skip or low.endswith(("ing", "ed")) or lookup(word)
            ):
                continue  # "Everyone from the office", "Working in intake", "Geelong in the office": no one
            wide = pat in (NAME_FROM_UNIT_RE, NAME_IS_ROLE_RE)
            cap = _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()) if wide else None
            place = cap is not None and (lookup(cap.group(0).strip()) or lookup(f"{cap.group(0)}{word}"))
            if cap is not None and (pat is NAME_IS_ROLE_RE or not _sentence_first(text, cap.start()) or place):
                continue  # "Bass Strait from the Cowes branch", "Ballarat Base on night shift", "Captain Holt is ...": a longer name
            if (
                pat is NAME_FROM_UNIT_RE
                and m.group(0).split()[1] != "from"
                and _sentence_first(text, m.start())
                and not m.group(0).endswith((" HR", " IT", " QA"))
            ):
                continue  # "Casual in the office": a first word before "in"/"at" is any word; "Leanne from ..." is a name
            if pat is NAME_FROM_UNIT_RE and _sentence_first(text, m.start()) and everyday_from_the(text, word, b):
                continue  # "View from the office today", "Greetings from the team": an everyday word, no name
            if pat is NAME_IS_ROLE_RE and (low in NOT_A_NAME_WORD or low in skip or low in _NOT_ROLE_HOLDERS or lookup(word)):
                continue  # "She's the boss", "Mum's the manager", "Darwin's the ...": no one named
            if pat in (NAME_CONTACT_RE, _FULL_NAME) and (low in NOT_A_NAME_WORD or low in skip or lookup(word)):
                continue  # "ring Broadmeadows on ...": a place
            if pat is HONORIFIC_RE and SELF_HERE_AFTER.match(text, b):
                continue  # "Ms Carter from Rosetta Primary here": the writer
            if pat is HONORIFIC_RE and ADDRESSED_BEFORE.match(text[: m.start()]):
                continue  # "Hi Mrs Lee, ..." opening a note to a parent or client
            if self_intro(text, m.start(), b) or place_not_person(text, a, b, profile):
                continue
            out.append((text[m.start() : b].strip() if pat is HONORIFIC_RE else word, a if pat is _FULL_NAME else m.start(), b))
    starts = {a for a, _b in dept_spans}
    for m in NAME_FROM_RE.finditer(text) if starts and " from " in text else ():
        # "Ruth from Child Safety", "Hendo from the Orange Door": a name from the organisation
        low = m.group(1).casefold()
        if (
            _sentence_first(text, m.start())
            or low.endswith(("ed", "ing"))
            or _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ):
            continue  # "Graduated from the Academy", "Moreton Bay from the QPWS boat": no name
        if m.end() in starts and low not in NOT_A_NAME_WORD and low not in skip and not lookup(m.group(1)):
            if any(x <= m.start(1) < y for _r, x, y in out) or self_intro(text, m.start(1), m.end(1)):
                continue
            if not SELF_HERE_AFTER.match(text, m.end(1)) and not _HONORIFIC_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                out.append((m.group(1), m.start(1), m.end(1)))
    return out[len(taken) :]


_SCREEN_KEYS = (
    "rerun",
    "repeats of",
    "nostalgia",
    "netflix",
    "on stan",
    "iview",
    "call of duty",
    "xbox",
    "playstation",
    "ps5",
    "squad night",
    "gaming night",
    "finale",
    "reboot",
    "remake",
    "spin",
    "\U0001f3ae",
    "\U0001f4fa",
)


# A show by its title, finished or binged: "Finished Line of Duty again", "Finally finished Brooklyn
# Nine-Nine", "binged Wentworth" (a title in Title Case after the verb; "finished the report" is work).
_SHOW_WATCHED = lazy_pattern(
    r"\b(?i:finished|binged|bingeing|binge-watched|binge-watching|rewatched|rewatching|watching)\s+(?:(?:[A-Z][\w'’-]*|of|the|and|in)\s+){0,3}"
    r"[A-Z][\w'’-]*(?:\s+(?i:again|season \d+|s\d+))?\s*[.!,]"
)


_BOOK = lazy_pattern(
    r"\b(?:kids['’]? book|children['’]s book|picture book|fave book|favourite book|storybook|audiobook)\b", re.IGNORECASE
)
# A film, a cartoon or a game show by its kind: "Officer Judy Hopps is the best Disney cop",
# "Sergeant Bash from Robot Wars" (a title in Title Case ending in Wars, Show, Squad ...).
_FILM = lazy_pattern(
    r"(?i:\b(?:disney|pixar|dreamworks|cartoon|cartoons|animated|anime|sitcom)\b)"
    r"|\bfrom (?:[A-Z][a-z]+ ){1,2}(?:Wars|Show|Squad|Patrol|Files|Island|Rescue)\b"
    # a title in Title Case then its kind: "Sergeant Cabbage from the Paw Patrol movie", "the Bluey episode"
    r"|\b(?:from|in) the (?:[A-Z][a-z]+ ){1,3}(?:movie|film|cartoon|episode|series|show|game)\b"
)
_FILM_KEYS = (
    "disney",
    "pixar",
    "dreamworks",
    "cartoon",
    "animated",
    "anime",
    "sitcom",
    "wars",
    "show",
    "squad",
    "patrol",
    "files",
    "island",
    "rescue",
    "movie",
    "film",
    "episode",
    "series",
    "game",
)


def on_screen(text: str) -> bool:
    """The text is about a screen, a game or a book (`SCREEN`, a show by its title finished or
    binged, a kids' book), after a substring test."""
    low = text.casefold()
    if any(k in low for k in _SCREEN_KEYS) and searched(SCREEN, text) is not None:
        return True
    if "book" in low and searched(_BOOK, text) is not None:
        return True  # "Officer Buckle and Gloria is still my fave kids book"
    if any(k in low for k in _FILM_KEYS) and searched(_FILM, text) is not None:
        return True  # "Officer Judy Hopps is the best Disney cop": a character
    return (
        any(k in low for k in ("finished", "binge", "binged", "watching", "rewatch"))
        and searched(_SHOW_WATCHED, text) is not None
    )
