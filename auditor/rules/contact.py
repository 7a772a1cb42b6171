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
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.config import Profile
from auditor.models import Category, Item, ItemKind, Severity
from auditor.rules.base import Example, Match, Rule, lazy_pattern, per_profile, reach_severity, word_pattern
from auditor.rules.features import department_terms
from auditor.rules.orgwords import own_exclusions
from auditor.rules.phones import LANDLINE_PREFIX, PHONE_RE, may_hold_number, phone_numbers

__all__ = ["PHONE_RE", "RULES", "normalise_domain", "work_addresses", "work_numbers"]  # PHONE_RE: phones' own, re-exported

_DOT = r"(?:(?<!\s)\s*+\.\s*+|(?<!\s)\s*+[\[\(\{]\s*+dot\s*+[\]\)\}]\s*+|(?<!\s)\s++dot\s++)"
_AT = r"(?:(?<!\s)\s*+@\s*+|(?<!\s)\s*+[\[\(\{]\s*+at\s*+[\]\)\}]\s*+|(?<!\s)\s++at\s++)"
# Possessive runs and lookbehinds that exclude every run character keep these linear: hostile
# text ("-" * 50_000, "x dot " * 10_000) must not make the regex engine backtrack for minutes.
_LOCAL = rf"[A-Za-z0-9_%+\-]++(?:{_DOT}[A-Za-z0-9_%+\-]++)*"
_DOMAIN = rf"[A-Za-z0-9\-]++(?:{_DOT}[A-Za-z0-9\-]++)+"
PLAIN_RE = lazy_pattern(r"(?<![\w.@%+-])([A-Za-z0-9_%+.\-]++)@([A-Za-z0-9\-]++(?:\.[A-Za-z0-9\-]++)+)", re.IGNORECASE)
OBF_RE = lazy_pattern(rf"(?<![\w.@%+\-])({_LOCAL}){_AT}({_DOMAIN})(?![\w])", re.IGNORECASE)
_SPELT_AT = lazy_pattern(r"(?:\s|[\[\(\{])at(?:\s|[\]\)\}])", re.IGNORECASE)
_DOT_NORM = lazy_pattern(_DOT, re.IGNORECASE)

# Words before a bare "at" that are prose, not the local part of an address.
_NOT_LOCAL = frozenset(
    "work works worked working me us him her them it job role based employed here there is am are was be been "
    "intern look looking find online site page apply applied info details visit go".split()
)
EMAIL_FIELDS = {"email", "emails", "previous_email", "email_change", "registration_email", "contact_email"}


def normalise_domain(domain: str) -> str:
    return _DOT_NORM.sub(".", domain).lower().strip(".")


def work_addresses(text: str, profile: Profile) -> Iterator[tuple[str, str, bool]]:
    """Yield (address, domain, obfuscated) for every work address in text."""
    domains = [d.lower() for d in profile.terms("organisation", "domains")]
    text = text or ""
    found: list[tuple[str, str, bool]] = []
    if "@" in text:
        for m in PLAIN_RE.finditer(text):
            found.append((m.group(1).lower().strip("."), m.group(2).lower().strip("."), False))
        rest = PLAIN_RE.sub(" ", text)
    else:
        rest = text
    lowered = rest.lower()
    # an obfuscated work address spells "at" and names a work domain: skip the costly search otherwise
    hints = ["gov"] + [d.split(".")[0] for d in domains]
    # (or an "@" with spaces round it: "kat.obrien @ health . gov . au")
    if not ((_SPELT_AT.search(rest) or " @" in rest or "@ " in rest) and any(h in lowered for h in hints)):
        rest = ""

    def is_work(domain: str) -> bool:
        return any(domain == d or domain.endswith("." + d) for d in domains) or domain.endswith(".gov.au")

    pos = 0
    while (m := OBF_RE.search(rest, pos)) is not None:
        domain = normalise_domain(m.group(2))
        spelled = re.search(r"\bdot\b|[\[\(\{]\s*(?:at|dot)\s*[\]\)\}]", m.group(0), re.I)
        # "meet at the.pub" is prose: an obfuscated address spells out its dots or brackets, or a
        # bare "at" joins a name to a work domain ("jane.lee at abf.gov.au"; not "I work at abf.gov.au")
        bare = not spelled and m.group(1).lower() not in _NOT_LOCAL and "." in m.group(2)
        if (spelled or bare) and is_work(domain):
            found.append((_DOT_NORM.sub(".", m.group(1)).lower(), domain, True))
            pos = m.end()
        else:
            pos = m.start(2)  # "me at jane dot lee at abf dot gov dot au": retry from the domain
    for local, domain, obf in found:
        if is_work(domain):
            yield f"{local}@{domain}", domain, obf


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


def _work_phone(item: Item, profile: Profile) -> Iterator[Match]:
    seen: set[str] = set()
    for number, cue, _start, _end in work_numbers(item.text, profile):
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
        ),
    ),
]
