"""Whether a phone number in a text is a work one: the words around it, for CON201.

`work_numbers` reads every number `phones.phone_numbers` finds and decides from its context: the
nearest cue decides, a work cue ("desk", "work mobile", "ext", "direct line", the profile's
`[contact] work_cues`, a workplace's line in plain words) against a not-work cue (a business, a
helpline, "my mobile", the profile's `not_work_cues` less its own sites); a phone said to be a work
one, a workplace's line that reaches the writer, a diverted desk line; and, with no cue either way,
weaker signs: the organisation named, an extension the writer is on, a 13 or 1800 line said to be
the team's own, a job title in a signature, an opening from a workplace, a number given for a shift
swap or a callout, a landline to ring the writer about the work. Never finds the numbers itself
(`phones`) and never builds a finding (`contact`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.config import Profile
from auditor.rules.base import lazy_pattern, per_profile, word_pattern
from auditor.rules.emails import work_addresses
from auditor.rules.features import department_terms
from auditor.rules.orgwords import own_exclusions
from auditor.rules.phones import LANDLINE_PREFIX, may_hold_number, phone_numbers

__all__ = ["work_numbers"]

_EMERGENCY = {"000", "112"}
_NEGATED = lazy_pattern(r"\b(?:not|never)\s+$", re.IGNORECASE)
_NOT_THE = lazy_pattern(r"\b(?:not|never)\s+(?:the|my|a|an)\s+$", re.IGNORECASE)
# "my mobile's dead": the personal phone is out of action, so the number given is not it
_OUT_OF_ACTION = lazy_pattern(
    r"(?:['’]s|\s+(?:is|was|has))?\s+(?:dead|flat|died|broken|cracked|cooked|off|gone|playing up|not working|out of charge)\b",
    re.IGNORECASE,
)
# The phone named as a work one in so many words: "it's the school phone", "that's the ward mobile"
_DESIGNATED = lazy_pattern(
    r"\b(?:it['’]?s|it is|that['’]?s|this is)\s+(?:the|a|my|our)\s+(?:work|school|office|ward|station|team|unit|duty|"
    r"on[\s-]?call|classroom|depot|centre|clinic)\s+(?:phone|mobile|mob|number|line)\b"
    # "1800 ... option 2 — that's our team this week": the line said to be the writer's team's own;
    # a line the writer staffs: "The hotline we staff is 1300 ...", "the helpline I answer"
    r"|\b(?:it['’]?s|that['’]?s|this is|goes (?:straight )?(?:to|through to))\s+our\s+(?:team|unit|section|branch|desk|ward|office)\b"
    r"|\b(?:hotline|helpline|line|number|phones?|queue)\s+(?:that\s+)?(?:we|i)\s+(?:staff|answer|run|cover|man|work)\b",
    re.IGNORECASE,
)
# The writer's workplace's shared line, given to reach the writer ("ring the school office on ...,
# they'll pass it on to me"): a not-work cue of a place (a parent's "school office") then loses.
_VIA_WORKPLACE = lazy_pattern(
    r"\b(?:pass(?:es)? (?:it|that|them|the message|a message) on to me|put (?:you|them) through to me|"
    r"get (?:hold of|a message to) me|(?:needs?|want) me urgently|"
    r"i['’]?m on (?:yard|playground|bus|gate|lunch|duty)(?: duty)?)\b",
    re.IGNORECASE,
)
_PLACE_CUES = frozenset({"school office", "school"})
# A work number in plain words, where no listed cue stands: the writer's workplace or its line
# ("the staffroom phone", "my school number", "the landline at work", "ring me on the ward",
# "call the registry on", "ring Broadmeadows station on", "call her direct on").
_WORKPLACE_CUE = lazy_pattern(
    r"\b(?:staff ?room|school|ward|station|registry|unit|depot|centre|branch|hub|desk|team|terminal|counter|section|shed|"
    r"wharf|(?:ops|control) room|reception|switch|intake|referrals?|roster(?:ed|ing)?|watch ?house|lab|fax|"
    r"site office|nurses['’]? station)\s+(?:phone|line|landline|number|mobile|no\.?)\b"
    # the number said to be the work one after it: "ring 0437 ... — that's the work one"
    r"|\b(?:it['’]?s|that['’]?s|this is)\s+(?:the|my)\s+work\s+(?:one|phone|mobile|mob|number|line)\b"
    r"|\b(?:phone|line|landline|number|extension|fax|mobile)\s+(?:at|for)\s+(?:work|the office)\b"
    # a workplace after the number or the writer's number there: "I'm on 5550 8811 at the depot all day",
    # "my number at the registry is ..."; a direct-dial label: "DDI (03) ...", "Direct dial ..."
    r"|\b(?:number|line|phone)\s+at\s+(?:the|my|our)\s+(?:depot|ward|registry|branch|lab|watch ?house|station|school)\b"
    r"|\bat\s+(?:the|my|our)\s+(?:depot|registry|branch|lab|watch ?house)\b|\bddi\b|\bdirect dial\b"
    # the writer on a line the team staffs, a role's own phone: "rostered on the after hours line
    # tonight", "Site supervisor mobile" (a personal phone given to work, "if the wharf calls, give
    # them 0455 ...", stays personal)
    r"|\b(?:rostered\s+on|i['’]?m\s+on|on)\s+the\s+(?:after[\s-]?hours|duty|intake|on[\s-]?call|referral|triage|enquir(?:y|ies))\s+"
    r"(?:line|phones?|desk)\b"
    r"|\b(?:supervisor|manager|coordinator|co-ordinator|sergeant|inspector|ranger|team leader)['’]?s?\s+(?:mobile|mob|phone|number|line)\b"
    # a duty phone passed round the team: "the after-hours phone", "the duty mobile", "our bench line"
    r"|\bafter[\s-]?hours\s+(?:phone|mobile|mob)\b|\bduty\s+(?:mobile|mob|number)\b|\bour\s+(?:\w+\s+)?line\b"
    # a workplace's own number, by its possessive or "for": "the unit's number", "the number for the ward"
    r"|\b(?:ward|unit|team|branch|section|office|desk|station|depot|registry|counter|lab)['’]s\s+(?:[\w-]+\s+)?"
    r"(?:phone|line|landline|number|mobile|extension)\b"
    r"|\b(?:phone|line|number|extension)\s+(?:for|at|of)\s+(?:the|our)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:ward|unit|team|branch|section|station|depot|registry|counter|lab|watch ?house|office)\b"
    # a label that says the number is a work one: "Wk mob", "w/mob", "Mob (work)", "fax", "pager"
    r"|\bwk\.?\s*(?:ph|phone|mob|mobile|no|number|line|cell)\b|\bw/\s?(?:mob|ph|phone)\b|\((?:work|wk|w|office|desk)\)"
    r"|\bfax(?:e[sd]|ing)?\b|\bpager\b"
    # a number dialled inside the workplace: "internal 4412", "on 4412 internally"; a colleague's
    # number at the workplace just named: "ask Marcus on the front desk ... his number there is"
    r"|\binternal(?:ly|\s+(?:number|no|line|ext(?:ension)?|phone)\b|(?=\s*:?\s*\d))|(?<=\d\s)internal\b|\bextn\b"
    # the front desk said to be on a number: "Reception's on oh-two 6274 3318", "switch is 6264 1111"
    r"|\b(?:reception|switch(?:board)?)(?:['’]s|\s+is)\s+on\b"
    r"|\b(?:his|her|their|my|the)\s+(?:direct\s+)?(?:number|line|extension|mobile)\s+there\b"
    r"|\b(?:ring|call|phone|contact|try)(?:ing)?\s+(?:(?:me|her|him|them|us)\s+(?:back\s+)?(?:at|on|in)\s+)?"
    r"(?:the\s+|our\s+(?:[a-z]+\s+)?)?(?:duty\s+[a-z]+(?=\s+on\b)|(?:(?:(?-i:[A-Z])[\w'’-]*|nurses['’]?|front|site|duty)\s+){0,3}(?:ward|station|registry|staff ?room|"
    r"(?:ops|operations|control|comms) (?:centre|room)|centre|depot|unit|branch|watch ?house|lab|shed|team|terminal|counter|"
    r"section|sergeant|officer|manager|supervisor|desk|office|reception|switch(?:board)?))\b"
    r"(?:\s+at\s+(?-i:[A-Z])\w+)?(?=\s*(?:directly|direct|on|,|:|\(|\d|it['’]?s))"
    r"|\b(?:ring|call|phone|text)\s+(?:me|her|him|them)\s+direct(?:ly)?\b"
    # the workplace calls from the number: "ops will call you from (08) ...", "the ward rings you on"
    r"|\b(?:ops|work|rostering|the (?:office|station|ward|unit|depot|desk|team|registry))\s+(?:will\s+)?"
    r"(?:calls?|rings?|texts?)\s+(?:you|u|me)\s+(?:from|on)\b",
    re.IGNORECASE,
)
# The writer opening as someone from a workplace ("Hi it's Tom from the Rockhampton court registry,
# ... call (07) ..."): a full number that follows is that workplace's, as a department's name makes it
_OPENING_FROM = lazy_pattern(
    r"^\W*(?:(?:hi|hey|hello|g'?day|morning)\b[^,.!\n]{0,12}[,!]?\s+)?(?:it['’]?s|this is)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}"
    r"(?:from|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:registry|station|school|ward|office|unit|centre|court|hospital|depot|"
    r"branch|team)\b",
    re.IGNORECASE,
)
_ON_DIVERT = lazy_pattern(r"\b(?:phone|line|number)(?:['’]s|\s+is)?\s+on\s+divert\s+to\s+(?:me|my)\b", re.IGNORECASE)
# "work phone's on divert to my mobile ...": the personal phone named takes the work line's calls
_DIVERTED_TO = lazy_pattern(r"\b(?:on divert|divert(?:ed|s|ing)?|forward(?:ed|s|ing)?|redirect(?:ed|s)?)\s+to\s+$", re.IGNORECASE)
# "the after-hours Child Safety line": a duty line of the workplace, not an after-hours business
_DUTY_LINE_AFTER = lazy_pattern(r"\s*(?:[\w-]+\s+){0,3}?(?:line|number|phone|team|mobile)\b", re.IGNORECASE)
_PLACE_LINE = frozenset({"clinic", "school"})
_LINE_AFTER = lazy_pattern(r"\s+(?:line|phone|number|landline)\b", re.IGNORECASE)
_PERSONAL = lazy_pattern(r"\b(?:my|personal|new number)\b", re.IGNORECASE)
_CALL_TO = lazy_pattern(r"(?:ring|call|phone|contact|try)", re.IGNORECASE)
_LANDLINE = lazy_pattern(LANDLINE_PREFIX)
_CALL_ME = lazy_pattern(r"\b(?:call|ring|phone|reach)\s+me\b", re.IGNORECASE)
# what the writer does at work, in plain words: the people served, their files, the roster
_WORK_TALK = lazy_pattern(
    r"\b(?:patients?|patient lists?|clients?|caseloads?|case files?|referrals?|participants?|rosters?|"
    r"secure drive|shared drive|the ward)\b",
    re.IGNORECASE,
)


def _contact_patterns(profile: Profile) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    # (a not-work cue that names one of the profile's own sites, "the school office" where schools
    # are the state's, is the writer's workplace)
    return word_pattern(profile.terms("contact", "work_cues")), word_pattern(own_exclusions(profile, "contact", "not_work_cues"))


def _closest(text: str, pat: re.Pattern[str] | None, a: int, b: int, start: int, end: int) -> list[tuple[float, re.Match[str]]]:
    out: list[tuple[float, re.Match[str]]] = []
    if pat is None:
        return out
    for c in pat.finditer(text, a, b):
        # words before a number introduce it ("my desk: ..."); words after count for less
        dist = start - c.end() if c.end() <= start else (2 * (c.start() - end) + 5 if c.start() >= end else 0)
        out.append((float(dist), c))
    return out


def work_numbers(text: str, profile: Profile) -> Iterator[tuple[str, str, int, int]]:
    """Yield (number, cue, start, end) for each phone number the context makes a work number.

    The nearest cue decides: a work cue ("desk", "work mobile", "ext") makes it a work number,
    a not-work cue ("pizza", "Lifeline", "my mobile", "school office") makes it someone else's
    or personal. A department name in the text counts as a weak work cue for full numbers.
    """
    if not text or not may_hold_number(text):
        return  # no digit and no number spelt out: skip the phone patterns on most posts
    work, not_work = per_profile(profile, "contact", _contact_patterns)  # type: ignore[misc]
    dept = None
    for number, digits, start, end in phone_numbers(text):
        if digits in _EMERGENCY:
            continue  # "call 000": an emergency number is nobody's line
        # cues are looked for 80 characters before and 40 after: a cue usually introduces its number
        a, b = max(0, start - 80), min(len(text), end + 40)
        # "not my mobile" says the number is not personal: a negated not-work cue is no cue
        bad = [
            n
            for n in _closest(text, not_work, a, b, start, end)
            if not _NEGATED.search(text, 0, n[1].start())
            and not _OUT_OF_ACTION.match(text, n[1].end())
            and not _DIVERTED_TO.search(text, max(0, n[1].start() - 20), n[1].start())
            and not (n[1].group(0).casefold().replace("-", " ") == "after hours" and _DUTY_LINE_AFTER.match(text, n[1].end()))
        ]
        good = _closest(text, work, a, b, start, end) + _closest(text, _WORKPLACE_CUE, a, b, start, end)
        # "call my personal mobile not the office one": a negated work cue is no cue
        good = [g for g in good if not _NOT_THE.search(text, max(0, g[1].start() - 12), g[1].start())]
        good += _closest(text, _ON_DIVERT, max(0, start - 160), start, start, end)
        if good:
            # "after hours" is someone else's business only when nothing says the line is work
            bad = [n for n in bad if n[1].group(0).casefold().replace("-", " ") != "after hours"]
        if bad:
            # a not-work cue inside the organisation's own name ("Emergency Management Victoria")
            if dept is None:
                dept = department_terms(text, profile)
            bad = [n for n in bad if not any(s <= n[1].start() and n[1].end() <= e for _t, _k, s, e in dept)]
            if dept:
                # a place's own line where the organisation is named is the writer's workplace's
                # ("Registered Nurse, Royal Melbourne Hospital. Clinic line (03) ...")
                bad = [n for n in bad if not (n[1].group(0).casefold() in _PLACE_LINE and _LINE_AFTER.match(text, n[1].end()))]
        if bad and "@" in text and any(True for _ in work_addresses(text, profile)):
            # a signature with the writer's work address: the helpline or enquiry line in it is the
            # writer's work line ("Intake Officer / Victims of Crime Helpline 1800 ... / ...@justice.vic.gov.au")
            bad = [n for n in bad if _PERSONAL.search(n[1].group(0))]
        # said to be a work phone ("it's the school phone"), or a workplace's line that reaches the
        # writer ("... they'll pass it on to me"): a designation outweighs every not-work cue, a
        # reach through the workplace the not-work cue of a place ("school office")
        if bad:
            far = min(len(text), end + 80)  # such a sentence often comes after the number
            designated = _DESIGNATED.search(text, a, far)
            said = designated or _VIA_WORKPLACE.search(text, a, far)
            if said is not None:
                bad = [] if designated else [n for n in bad if n[1].group(0).casefold() not in _PLACE_CUES]
                if not bad:
                    yield number, said.group(0), start, end
                    continue
        # a work cue inside a not-work cue ("office" in "school office") belongs to that cue, and a
        # call to a place that a not-work cue names is a call to someone else's ("call our sales team")
        good = [
            g
            for g in good
            if not any(
                n.start() <= g[1].start()
                and g[1].end() <= n.end()
                or (g[1].start() <= n.start() and n.end() <= g[1].end() and _CALL_TO.match(g[1].group(0)))
                for _, n in bad
            )
        ]
        best_good = min(good, key=lambda g: g[0]) if good else None
        best_bad = min(bad, key=lambda g: g[0]) if bad else None
        # the nearer cue decides; at equal distance the work cue wins
        if best_good is not None and (best_bad is None or best_good[0] <= best_bad[0]):
            yield number, best_good[1].group(0), start, end
            continue
        # no work cue won: with no not-work cue in reach either, weaker signs may make it a work number
        if best_bad is None:
            if dept is None:  # asked once per text, and only when a number gets this far
                dept = department_terms(text, profile)
            if (cue := _weak_cue(text, number, digits, start, end, dept)) is not None:
                yield number, cue, start, end


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
_LABEL_BEFORE = lazy_pattern(
    r"(?:\b(?:ph|p|t|tel|phone|m|mob|mobile|w|d|direct|office|contact|reception|switch|switchboard|enquiries|main|admin)\b\.?\s*:?"
    r"|[|•·,–—\n])\s*$",
    re.IGNORECASE,
)
# an extension or a short number the writer is reached on: "call me on x4412", "I'm on x4412"
_REACH_BEFORE = lazy_pattern(r"\b(?:on|call|ring|dial|me|is|at)\s*:?\s*$", re.IGNORECASE)
_REACH_ME = lazy_pattern(
    r"\b(?:(?:call|ring|phone|reach|contact|grab|get|text)\s+(?:me|us)|i['’]?m on|ask for|if you need me|me on|"
    r"my (?:desk|line|number|extension|office|direct))\b",
    re.IGNORECASE,
)
# a 13, 1300 or 1800 line given as the writer's team's or organisation's own: "our intake line is 1800 ..."
_OUR_LINE = lazy_pattern(
    r"\bour\s+(?:[\w-]+\s+){0,2}?(?:number|line|hotline|team|unit|branch|section)\b|"
    r"\b(?:team|unit|branch|section)['’]s\s+(?:[\w-]+\s+)?(?:number|line)\b",
    re.IGNORECASE,
)

# what a number is given for when it is given for the work: a shift swapped or covered, the roster,
# a callout, overtime ("swap my Sat early? text me 0412 ...", "callout tonight, ring me on 0412 ...");
# a private job's roster (a café, a club's canteen) is not the work
_WORK_PURPOSE = lazy_pattern(
    r"\b(?:(?:shift|roster)\s+swaps?|swap\s+(?:my|your|a|the|shifts?)\b[^.!?\n]{0,30}?\b(?:shift|early|earlies|late|lates|night|"
    r"nights|dn|d/n|day|days|\d{4})|cover\s+(?:my|your|a)\s+(?:[\w/]+\s+){0,2}?(?:shift|early|late|night|nightshift|\d{4})|"
    r"pick\s+up\s+(?:my|your|a|the|an\s+extra)\s+(?:[\w/]+\s+){0,2}?shifts?|call[\s-]?outs?|recall(?:ed)?\s+to\s+duty|"
    r"overtime\s+shifts?|on\s+shift)\b",
    re.IGNORECASE,
)
_PRIVATE_WORK = lazy_pattern(
    r"\b(?:caf[eé]|canteen|bar|pub|restaurant|kitchen|retail|store|shop|club|footy|netball|cricket|soccer|Coles|Woolies|"
    r"Woolworths|Aldi|Kmart|Bunnings|Maccas|McDonald['’]?s|KFC|Uber|sales|customers?)\b",
    re.IGNORECASE,
)


def _weak_cue(text: str, number: str, digits: str, start: int, end: int, dept: list) -> str | None:
    """A reason a number with no cue either way is a work one, or None: the organisation named
    (a full number; a local one the writer is reached on), an extension the writer is on, a 13 or
    1800 line said to be the team's own, a job title in a signature, an opening from a workplace."""
    a, b = max(0, start - 80), min(len(text), end + 40)
    extension = number.lower().startswith(("ext", "x"))
    if extension:
        # an extension is a switchboard's: the writer on it is at work ("call me on x4412")
        return "extension" if _REACH_BEFORE.search(text, max(0, start - 20), start) else None
    if digits.startswith(("13", "18")) and (our := _OUR_LINE.search(text, a, b)):
        return f'"{our.group(0)}"'
    if digits.startswith("13"):
        return None  # a 13 number with the organisation's name is most often its public line
    local = re.fullmatch(r"\d{4}[\s\-]+\d{4}", number) is not None
    if dept and (not local or _REACH_ME.search(text, a, b)):
        # a bare 8-digit number with the organisation's name is too often a reference or a
        # helpline, unless the writer is reached on it ("Ring me at Child Safety on 6165 4412")
        return f'department term "{dept[0][0]}"'
    if _LABEL_BEFORE.search(text, max(0, start - 16), start):
        for title in _JOB_TITLE.finditer(text, max(0, start - 100), start):
            if not _PRIVATE_TITLE.search(title.group(0)):
                return f'job title "{title.group(0)}"'
    if local:
        return None
    if (purpose := _WORK_PURPOSE.search(text, a, b)) and _REACH_ME.search(text, a, b) and not _PRIVATE_WORK.search(text):
        # the writer reached on it about the work itself, no "work" said: a shift swap, a callout
        return f'"{purpose.group(0)}"'
    if opening := _OPENING_FROM.match(text):
        return f'"{opening.group(0).strip()}"'
    if _LANDLINE.match(number) and _CALL_ME.search(text, a, b) and (work_talk := _WORK_TALK.search(text)):
        # a landline to ring the writer on, in a post about the work ("don't send patient
        # lists home ... call me on (07) ..."): a desk phone, since few homes have one now
        return f'"{work_talk.group(0)}"'
    return None
