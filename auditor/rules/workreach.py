"""How a writer is reached about the work where no listed cue decides, for `worknumbers`.

A workplace's phone by its own number or letter ("Pod 3 phone", "Ward 4B line", "Desk 14 phone") or
by a word of its team's between ("the team inbox line", "the unit intake phone"); a client, a family
or a caller told to call the writer back about a case ("Please call me back on ... quoting your
reference", "tell the family to ring me back on ..."). And the weaker signs `weak_cue` reads for a
number with no cue either way: the organisation named, an extension the writer is on, a 13 or 1800
line said to be the team's own, a job title in a signature or first in a bio, an opening from a
workplace, a shift swapped, offered or covered, leave cover, a role introduced to the people served,
office hours, the writer's line set against the public one, a landline to ring the writer about the
work. A firm's or a shop's own line stays the firm's (`_PRIVATE_WORK`, `_FIRM_LINE`).
"""

from __future__ import annotations

import re

from auditor.config import Profile
from auditor.rules.base import lazy_pattern
from auditor.rules.emails import work_addresses
from auditor.rules.phones import LANDLINE_PREFIX

__all__ = ["UNIT_PHONE", "call_back", "weak_cue"]

# the phone of a numbered unit or a team's named line: "Pod 3 phone is ...", "Ward 4B line",
# "reach me on the team inbox line ...", "the unit intake phone"; not "room 3 phone" (a hotel's),
# not "the team group chat" (no phone), not "the netball team hotline" (a club's cue owns it)
UNIT_PHONE = lazy_pattern(
    r"\b(?:pod|ward|unit|desk|bay|booth|counter|team|section|module|wing|block)\s+(?:\d{1,3}[a-z]?|[a-z]\d{0,2})\s+"
    r"(?:phone|line|landline|mobile|mob|number|extension)\b"
    r"|\b(?:team|unit|ward|desk|pod|section|branch)\s+(?!(?:group|chat|footy|netball|soccer|cricket|sales|party)\b)"
    r"(?:inbox|intake|enquir(?:y|ies)|referrals?|triage|duty|admin|support|direct|shared|general|main)\s+"
    r"(?:line|phone|landline|number|mobile)\b",
    re.IGNORECASE,
)
# a client, a family or a caller told to call the writer back, or a call back quoting a case: the
# writer's work line ("Please call me back on ... quoting ref INV-2281", "If a client calls, tell
# them to ring me back on ...", "Clients can call me back on ..."); not "call me back about the couch"
_CALL_BACK = lazy_pattern(
    r"\b(?P<back>(?:call|ring|phone)\s+me\s+back)\b[^!?]{0,60}?\b(?P<case>quot(?:e|ing)|(?:your|the|my)\s+(?:ref(?:erence)?|case|file|claim)"
    r"(?:\s+(?:number|no\.?))?|ref(?:erence)?\s*(?:no\.?|number|#|:)?\s*[A-Z]{0,4}-?\d)"
    r"|\b(?P<who>clients?|famil(?:y|ies)|participants?|patients?|applicants?|complainants?|caller|carers?|parents)\b"
    r"[^.!?\n]{0,40}?\b(?P<back2>(?:call|ring|phone)\s+me\s+back)\b"
    # one of them told to call, by the writer ("Tell the client to call back on ...", "get the family
    # to ring me on ..."): the writer's work line as much as "call me back"
    r"|\b(?P<tell>tell|ask|get|have)\s+(?:the|a|my|our|any|your|that|this)?\s*(?P<who3>clients?|famil(?:y|ies)|participants?|"
    r"patients?|applicants?|complainants?|caller|carers?)\s+to\s+(?P<back3>(?:call|ring|phone)\s+(?:me\s+)?(?:back|on)|"
    r"(?:call|ring|phone)\s+me)\b",
    re.IGNORECASE,
)


def call_back(text: str, start: int, end: int) -> str | None:
    """The words that tell a client or a caller to call the writer back about a case, in reach of the
    number at text[start:end], shortened for a `why` without the number ("call me back ... quoting"), or None."""
    m = _CALL_BACK.search(text, max(0, start - 80), min(len(text), end + 60))
    if m is None:
        return None
    if m.group("back"):
        return f"{m.group('back')} ... {m.group('case')}"
    if m.group("who"):
        return f"{m.group('who')} ... {m.group('back2')}"
    return m.group(0)


# The writer opening as someone from a workplace ("Hi it's Tom from the Rockhampton court registry,
# ... call (07) ..."): a full number that follows is that workplace's, as a department's name makes it
_OPENING_FROM = lazy_pattern(
    r"^\W*(?:(?:hi|hey|hello|g'?day|morning)\b[^,.!\n]{0,12}[,!]?\s+)?(?:it['’]?s|this is)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}"
    r"(?:from|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:registry|station|school|ward|office|unit|centre|court|hospital|depot|"
    r"branch|team)\b"
    # "Ellie from the visa team here, ...": the name, the workplace, "here"
    r"|^\W*(?:(?:hi|hey|hello|g'?day|morning)\b[^,.!\n]{0,12}[,!]?\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){1,2}from\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:registry|station|ward|office|unit|centre|court|depot|branch|team|section|desk)\s+here\b",
    re.IGNORECASE,
)
_LANDLINE = lazy_pattern(LANDLINE_PREFIX)
_CALL_ME = lazy_pattern(r"\b(?:call|ring|phone|reach)\s+me\b", re.IGNORECASE)
# what the writer does at work, in plain words: the people served, their files, the roster
_WORK_TALK = lazy_pattern(
    r"\b(?:patients?|patient lists?|clients?|caseloads?|case files?|referrals?|participants?|rosters?|"
    r"secure drive|shared drive|the ward)\b",
    re.IGNORECASE,
)

# A signature or profile line: a job title, then the number behind a phone label or a separator
# ("Mia Chen, Case Manager\nPh: (03) 6165 4412", "Senior Ranger | M 0455 ..."). A title any
# organisation uses, read in Title Case; a private firm's (Sales, Store, Leasing ...) is left alone.
_JOB_TITLE = lazy_pattern(
    r"\b(?:[A-Z][a-z]+\s+){0,3}(?:Officer|Manager|Co-?ordinator|Advi[sz]or|Adviser|Analyst|Ranger|Nurse|Midwife|Educator|"
    r"Planner|Engineer|Registrar|Case ?[Ww]orker|Director|Inspector|Specialist|Consultant|Clerk|Teacher|Principal|Librarian|"
    r"Paramedic|Constable|Sergeant|Counsellor|Psychologist|Social Worker|Practitioner|Supervisor|Lead|Leader|Assessor|"
    r"Investigator|Auditor|Scientist|Technician|Administrator|Liaison|Commander|Superintendent|Controller|Meteorologist|"
    r"Forecaster|Therapist|Pharmacist|Dietitian)\b"
)
_PRIVATE_TITLE = lazy_pattern(
    r"\b(?:Sales|Store|Account|Accounts|Marketing|Retail|Leasing|Property|Mortgage|Restaurant|Bar|Venue|Events?|Wedding|Brand|"
    r"Franchise|Shop|Salon|Studio)\b"
)
# the job first in a bio or on a signature's line, any case: "registered nurse | ...", "Child protection worker."
_JOB_FIRST = lazy_pattern(
    r"^\W*(?:[\w'’-]+\s+){0,3}?(?:officer|manager|co-?ordinator|advi[sz]or|analyst|ranger|nurse|midwife|educator|planner|registrar|"
    r"case\s?worker|(?:youth|support|social|disability|protection|community|family|aod|welfare|outreach)\s+worker|director|"
    r"inspector|clerk|teacher|principal|librarian|paramedic|constable|sergeant|counsell?or|psychologist|practitioner|"
    r"investigator|auditor|firefighter|detective|corrections?\s+officer|prison\s+officer|guard)\b"
    r"(?=\s*(?:[|•·,.:;–—\n]|at\b|@|with\b|for\b|in\b))",
    re.IGNORECASE | re.MULTILINE,
)
_LABEL_BEFORE = lazy_pattern(
    r"(?:\b(?:ph|p|t|tel|phone|m|mob|mobile|w|d|direct|office|contact|reception|switch|switchboard|enquiries|main|admin)\b\.?\s*:?"
    r"|[|•·,–—\n📞☎📱]|(?<=\w)\.)\s*\ufe0f?\s*$",
    re.IGNORECASE,
)
# an extension or a short number the writer is reached on: "call me on x4412", "I'm on x4412"
_REACH_BEFORE = lazy_pattern(r"\b(?:on|call|ring|dial|me|is|at)\s*:?\s*$", re.IGNORECASE)
_REACH_ME = lazy_pattern(
    r"\b(?:(?:call|ring|phone|reach|contact|grab|get|text)\s+(?:me|us)|i['’]?m on(?!\s+(?:leave|holidays?|nights|earlies|lates))|"
    r"ask for|if you need me|me on|"
    r"my (?:desk|line|number|extension|office|direct)"
    # "hmu", "msg me", "flick me a text", "give me a bell", "can be reached on"
    r"|(?:msg|message|dm|pm|sms|whatsapp|signal|buzz|bell|flick|drop|hit)\s+(?:me|us)|hmu|"
    r"give\s+(?:me|us)\s+a\s+(?:ring|call|bell|buzz|text)|can\s+be\s+(?:reached|contacted))\b",
    re.IGNORECASE,
)
# a 13, 1300 or 1800 line given as the writer's team's or organisation's own: "our intake line is 1800 ..."
_OUR_LINE = lazy_pattern(
    r"\bour\s+(?!(?:customer\s+service|sales|bookings?|orders?|recruitment|reservations?|business|company|shop|store|family|house|home)\b)(?:[\w-]+\s+){0,2}?"
    r"(?:number|line|hotline|team|unit|branch|section)\b|"
    r"\b(?:team|unit|branch|section)['’]s\s+(?:[\w-]+\s+)?(?:number|line)\b",
    re.IGNORECASE,
)

# a firm's own line: "Our company is hiring! Call our recruitment line", "Our customer service line ..."
_FIRM_LINE = lazy_pattern(
    r"\b(?:company|companies|business|firm|pty|ltd|customer\s+service|sales|bookings?|orders?|shop|store|franchise)\b",
    re.IGNORECASE,
)

# what a number is given for when it is given for the work: a shift swapped or covered, the roster,
# a callout, overtime ("swap my Sat early? text me 0412 ...", "callout tonight, ring me on 0412 ...");
# a private job's roster (a café, a club's canteen) is not the work
_WORK_PURPOSE = lazy_pattern(
    r"\b(?:(?:shift|roster)\s+swaps?|swap\s+(?:my|your|a|the|shifts?)\b[^.!?\n]{0,30}?\b(?:shift|early|earlies|late|lates|night|"
    r"nights|dn|d/n|day|days|\d{4})|cover\s+(?:my|your|a)\s+(?:[\w/]+\s+){0,2}?(?:shift|early|late|night|nightshift|\d{4})|"
    r"pick\s+up\s+(?:my|your|a|the|an\s+extra)\s+(?:[\w/]+\s+){0,2}?shifts?|call[\s-]?outs?|recall(?:ed)?\s+to\s+duty|"
    r"overtime\s+shifts?|on\s+shift|"
    # a shift offered or asked for: "Anyone want my Friday night shift?", "can anyone take my Boxing
    # Day shift", "cover Thursday's late", "swapping my Sunday earlies", the writer rostered on
    r"(?:take|want|have|grab|swap(?:ping)?|cover(?:ing)?|give\s+away)\s+(?:my|your|\w+['’]s)\s+"
    r"(?:(?:(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?s?|tomorrow['’]?s?|tonight['’]?s?|today['’]?s?|weekend|boxing\s+day|"
    r"christmas|xmas|easter|new\s+year['’]?s|public\s+holiday|arvo|morning|afternoon|evening|next|this|\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{4}|night)\s+){0,3}?(?:shift|shifts|early|earlies|late|lates|nights|nightshift|dayshift|double|\d{4})|"
    r"rostered\s+(?:on|with\s+me)|on\s+(?:nights|earlies|lates|night\s+shift|nightshift)|"
    # a swap asked for with the shift or the day after it, however it is put ("Swap? My Sat early for
    # your Sun late", "swapping earlies for lates", "can someone swap my Thursday?"; not "clothes swap
    # this Saturday"), the writer's shifts moved ("Shift's been moved to nights")
    r"swap(?:s|ping)?[?!:,]?\s+(?:(?:my|your|our|shifts?|days?|with\s+(?:me|you|someone))\s+(?:[\w/]+\s+){0,3}?"
    r"(?:(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?s?|shifts?|earl(?:y|ies)|lates?|nights?|am|pm)|earlies|lates|nights)|"
    r"(?:moved|put|switched|changed|bumped)\s+(?:me\s+)?(?:to|onto)\s+(?:nights|earlies|lates|night\s+shift|nightshift|day\s+shift|"
    r"dayshift)|"
    # the writer's work covered while on leave: "Sam's covering for me, his number's ...", "in my absence"
    r"covering\s+(?:for\s+me|my\s+(?:role|desk|job|position|leave|caseload|clients))|while\s+i['’]?m\s+on\s+leave|"
    r"(?:during|for)\s+my\s+leave|in\s+my\s+absence|acting\s+in\s+my\s+(?:role|position))\b",
    re.IGNORECASE,
)
_PRIVATE_WORK = lazy_pattern(
    r"\b(?:caf[eé]|canteen|bar|pub|restaurant|kitchen|retail|store|shop|club|footy|netball|cricket|soccer|Coles|Woolies|"
    r"Woolworths|Aldi|Kmart|Bunnings|Maccas|McDonald['’]?s|KFC|Uber|sales|customers?|bakery|servo|bottle-?o|bottle shop|"
    r"hotel|motel|cinema|gym|salon|warehouse job|farm|factory)\b",
    re.IGNORECASE,
)

# office hours beside a number the writer is reached on: "Mon–Fri 8.30–5", "between 9 and 5 weekdays"
_OFFICE_HOURS = lazy_pattern(
    r"\bmon(?:day)?\s*(?:-|–|to)\s*(?:thu|thur|thurs|fri)(?:sday|day)?\b"
    r"(?:\s*,?\s*\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)?\s*(?:-|–|to)\s*\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)?)?"
    r"|\b(?:between\s+)?(?:8|9|8[.:]30|7[.:]30)\s*(?:am)?\s*(?:-|–|to|and|till|until)\s*(?:4|5|4[.:]30|5[.:]30|6)\s*(?:pm)?\s+weekdays\b"
    r"|\b(?:8|9|8[.:]30|7[.:]30)\s*(?:am)?\s*(?:-|–)\s*(?:4|5|4[.:]30|5[.:]30)\s*(?:pm)?\s*(?:,\s*)?(?:mon|weekdays)",
    re.IGNORECASE,
)
# the writer's own line set against the organisation's public one, with no not-work cue about: "ring
# me on ... not the 1300 number", "instead of the general line", "skip the switchboard and ring ..."
_NOT_PUBLIC_LINE = lazy_pattern(
    r"\b(?:not|instead\s+of|rather\s+than|skip|bypass|don['’]?t\s+bother\s+with)\s+(?:the\s+)?(?:1[38]00|13|general|main|"
    r"public|generic|switch(?:board)?|call\s+centre|contact\s+centre|enquir(?:y|ies))\s*(?:number|line|queue|one)?\b",
    re.IGNORECASE,
)
# a colleague reached on it: "try Priya on ...", "his number's ...", "Mel's mobile:"
_REACH_THEM = lazy_pattern(
    r"\b(?:try|ring|call|text|contact|ask\s+for)\s+(?-i:[A-Z])[\w'’-]+\s+on\b|\b(?:his|her|their)\s+(?:number|mobile|mob|phone|line)\b"
    r"|(?-i:[A-Z])[\w-]+['’]s\s+(?:number|mobile|mob|phone|line)\b",
    re.IGNORECASE,
)
# a number standing alone after the request it answers ("Roster swap anyone? ... Tue early. 0412 ...")
_BARE_BEFORE = lazy_pattern(r"(?:^|[.?!:;\n\-–—|])\s?$")

# a line the team staffs, asked to be covered or answered: "can u cover the 1800 line from 2-4?",
# "who's taking the phones", "I'll man the intake line"
_LINE_STAFFED = lazy_pattern(
    r"\b(?:cover|covering|man|manning|staff|staffing|answer|answering|take|taking)\s+(?:the|our|my)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:line|phones|queue|hotline|helpline)\b"
    # ... or the writer on it: "I'm on the Service Tas line 1300 ... that's literally my job", "I'll be on
    # the duty line tonight"; not a caller on the line to someone ("I'm on the line to the bank")
    r"|(?P<on>\b(?:i['’]?m|i\s+am|i['’]?ll\s+be|we['’]?re)\s+(?:working\s+|back\s+|rostered\s+)?on\s+(?:the|our)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:line|phones|hotline|helpline)\b(?!\s+(?:to|with|for|at)\b))",
    re.IGNORECASE,
)
# a caller waiting on a line, not the writer staffing it: "I'm on the Centrelink line, 40 minutes so far"
_WAITING = lazy_pattern(
    r"\b(?:on\s+hold|hold\s+music|waiting|waited|queue|still|\d+\s*(?:mins?|minutes|hours?|hrs?)\s+(?:in|so\s+far|now|and))\b",
    re.IGNORECASE,
)
_LEAVE_COVER = lazy_pattern(r"leave|absence|covering|acting", re.IGNORECASE)
# a call verb or a bare comma right before the number: "I'm the OIC at Smithton, 0412 ...", "ring 0412 ..."
_CALL_BEFORE = lazy_pattern(r"(?:\b(?:ring|call|text|phone|msg|sms)(?:\s+on)?|,)\s*(?:[^\w\s]{1,2}\s*)?$", re.IGNORECASE)
# the writer introducing their role to the people they serve ("I'm the new case manager for the
# family, my number is ...", "this is Dana, your caseworker"): the number they are reached on is the
# work's; not "I'm a nurse" (a trade told in passing), nor a private firm's role ("the new sales coordinator")
_ROLE_INTRO = lazy_pattern(
    r"\b(?:i['’]?m|i am|this is|it['’]?s)\s+(?:(?-i:[A-Z])[\w'’-]+,?\s+)?(?:the|your|their|his|her)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:officer|case\s?manager|case\s?worker|caseworker|social\s+worker|youth\s+worker|practitioner|co-?ordinator|nurse|"
    r"midwife|teacher|ranger|constable|sergeant|inspector|counsell?or|psychologist|planner|assessor|liaison|advis[oe]r|"
    r"investigator|auditor|contact\s+officer|supervisor|sup|oic|2ic|num|nurse\s+in\s+charge|dss|duty\s+[a-z]+)\b",
    re.IGNORECASE,
)


# a separator after a number, on its line or the next one, before a job title ("0412 ... | Case Manager")
_AFTER_SEP = lazy_pattern(r"[ \t]*(?:[|•·–—,][ \t]*\n?|\n)[ \t]*")
# an out-of-office reply: the number given for urgent matters is a colleague's or the work's
# ("OOO till Tuesday. Anything urgent, 0412 ...", "Auto-reply: away from my desk, urgent: ...")
_OUT_OF_OFFICE = lazy_pattern(
    r"(?-i:\bOOO\b|\bOOTO\b)|\bout\s+of\s+(?:the\s+)?office\b|\bauto(?:matic)?[\s-]?reply\b|\baway\s+from\s+(?:my|the)\s+desk\b",
    re.IGNORECASE,
)
_URGENT = lazy_pattern(r"\b(?:urgent(?:ly)?|asap|emergenc(?:y|ies)|in\s+my\s+absence|until\s+i['’]?m\s+back)\b", re.IGNORECASE)


def weak_cue(text: str, number: str, digits: str, start: int, end: int, dept: list, profile: Profile) -> str | None:
    """A reason a number with no cue either way is a work one, or None: the organisation named
    (a full number; a local one the writer is reached on), an extension the writer is on, a 13 or
    1800 line said to be the team's own, a job title in a signature, an opening from a workplace."""
    a, b = max(0, start - 80), min(len(text), end + 40)
    extension = number.lower().startswith(("ext", "x", "#"))
    if extension:
        # an extension is a switchboard's: the writer on it is at work ("call me on x4412")
        return "extension" if _REACH_BEFORE.search(text, max(0, start - 20), start) else None
    if digits.startswith(("13", "18")) and (our := _OUR_LINE.search(text, a, b)) and not _FIRM_LINE.search(text):
        return f'"{our.group(0)}"'
    if (
        (staffed := _LINE_STAFFED.search(text, a, b))
        and not _PRIVATE_WORK.search(text)
        and not _FIRM_LINE.search(text)
        and not (staffed.group("on") and _WAITING.search(text))
    ):
        # a line the writer's team staffs, asked to be covered or answered ("can u cover the 1800 line from 2-4?")
        return f'"{staffed.group(0)}"'
    if (back := call_back(text, start, end)) and not _PRIVATE_WORK.search(text):
        # a client or a caller told to call the writer back about a case, a 1300 line too (`workreach`)
        return f'"{back}"'
    if digits.startswith("13"):
        return None  # a 13 number with the organisation's name is most often its public line
    local = re.fullmatch(r"\d{4}[\s\-]+\d{4}", number) is not None
    if dept and (not local or _REACH_ME.search(text, a, b)):
        # a bare 8-digit number with the organisation's name is too often a reference or a
        # helpline, unless the writer is reached on it ("Ring me at Child Safety on 6165 4412")
        return f'department term "{dept[0][0]}"'
    if "@" in text or " at " in text:
        for addr, _domain, _obf in work_addresses(text, profile):
            # given beside a work address, as in a signature or a media contact ("media officer, ph
            # 6165 ..., media at justice dot tas dot gov dot au"): the number is the same work contact's
            return f'the work address "{addr}" beside it'
    if _LABEL_BEFORE.search(text, max(0, start - 16), start):
        for title in _JOB_TITLE.finditer(text, max(0, start - 100), start):
            if not _PRIVATE_TITLE.search(title.group(0)):
                return f'job title "{title.group(0)}"'
        # the title on the number's own line after a separator, or on the next line: "T 0412 ... | Case
        # Manager", a forwarded signature's "Ph: 0412 ...\nCase Manager"
        if (sep := _AFTER_SEP.match(text, end)) and (title := _JOB_TITLE.match(text, sep.end())):
            if not _PRIVATE_TITLE.search(title.group(0)) and not _PRIVATE_WORK.search(text):
                return f'job title "{title.group(0)}"'
        # a bio or a signature that opens with the job in lower case ("youth worker. Ballarat. 0412 ...")
        first = _JOB_FIRST.search(text, 0, start)
        if first and not _PRIVATE_TITLE.search(first.group(0).title()) and not _PRIVATE_WORK.search(text):
            return f'job title "{first.group(0).strip(" -|•·,.")}"'
    if public := _NOT_PUBLIC_LINE.search(text, a, b):
        return f'"{public.group(0)}"'
    if (
        (hours := _OFFICE_HOURS.search(text, a, min(len(text), end + 60)))
        and _REACH_ME.search(text, a, b)
        and not _PRIVATE_WORK.search(text)
    ):
        # the writer reached on it in office hours: "Call me on (03) ..., Mon–Fri 8.30–5"
        return f'"{hours.group(0)}"'
    if local:
        return None
    if (
        (purpose := _WORK_PURPOSE.search(text, a, b))
        and (
            _REACH_ME.search(text, a, b)
            or _REACH_THEM.search(text, a, b)
            or _BARE_BEFORE.search(text, max(0, start - 3), start)
            # a call verb right before it for a shift ("Swap? ... text 0412 ..."), not for leave cover ("While
            # I'm on leave, text 0412 ... for the house keys": whose number is it?)
            or (_CALL_BEFORE.search(text, max(0, start - 12), start) and not _LEAVE_COVER.search(purpose.group(0)))
        )
        and not _PRIVATE_WORK.search(text)
    ):
        # the writer reached on it about the work itself, no "work" said: a shift swap, a callout
        return f'"{purpose.group(0)}"'
    if (
        (role := _ROLE_INTRO.search(text, max(0, start - 160), b))
        and (_REACH_ME.search(text, a, b) or _CALL_BEFORE.search(text, max(0, start - 12), start))
        and not _PRIVATE_WORK.search(text)
    ):
        return f'"{role.group(0)}"'
    if (ooo := _OUT_OF_OFFICE.search(text, 0, start)) and _URGENT.search(text, ooo.end(), b):
        # an out-of-office reply pointing urgent matters to a number
        return f'"{ooo.group(0)}"'
    if opening := _OPENING_FROM.match(text):
        return f'"{opening.group(0).strip()}"'
    if _LANDLINE.match(number) and _CALL_ME.search(text, a, b) and (work_talk := _WORK_TALK.search(text)):
        # a landline to ring the writer on, in a post about the work ("don't send patient
        # lists home ... call me on (07) ..."): a desk phone, since few homes have one now
        return f'"{work_talk.group(0)}"'
    return None
