"""Whether a phone number in a text is a work one: the words around it, for CON201.

`work_numbers` reads every number `phones.phone_numbers` finds and decides from its context: the
nearest cue decides, a work cue ("desk", "work mobile", "ext", "direct line", the profile's
`[contact] work_cues`, a workplace's line in plain words) against a not-work cue (a business, a
helpline, "my mobile", the profile's `not_work_cues` less its own sites; one that owns the work
cue: "the gym's front desk"); a phone said to be a work one, a workplace's line that reaches the
writer, a diverted desk line. Where no listed cue wins, the phone the work owns by a word or a
label ("my work one", "govt phone", "Work 📱 ...", "W: ..."), a unit or a duty role owning the number
after it ("The records team is on ..."), a number said to be not the personal one. With no cue
either way, the weaker signs `workreach.weak_cue` reads (the organisation named, an extension, a
job title in a signature, a shift swapped or covered, a role introduced to the people served ...). Never finds the numbers itself (`phones`) and never builds a finding (`contact`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.config import Profile
from auditor.rules.base import lazy_pattern, per_profile, word_pattern
from auditor.rules.emails import work_addresses
from auditor.rules.features import department_terms
from auditor.rules.orgwords import own_exclusions
from auditor.rules.phones import EMERGENCY, may_hold_number, phone_numbers
from auditor.rules.workreach import UNIT_PHONE, weak_cue

__all__ = ["work_numbers"]

_NEGATED = lazy_pattern(r"\b(?:not|never)\s+$", re.IGNORECASE)
_NOT_THE = lazy_pattern(r"\b(?:not|never)\s+(?:the|my|a|an)\s+$", re.IGNORECASE)
_DONT = lazy_pattern(r"\b(?:don['’]?t|do\s+not|never|no\s+need\s+to)\s+$", re.IGNORECASE)
_NOT_MINE = lazy_pattern(r"(?:not|never|instead|rather|don)", re.IGNORECASE)
_OTHERS_PHONE = lazy_pattern(
    r"\bmy\s+(?:husband|wife|partner|hubby|mum|mom|dad|brother|sister|son|daughter|mate|friend|neighbour|flatmate|housemate)\b",
    re.IGNORECASE,
)
# "my mobile's dead": the personal phone is out of action, so the number given is not it
_OUT_OF_ACTION = lazy_pattern(
    r"(?:['’]s|\s+(?:is|was|has))?\s+(?:dead|flat|died|broken|cracked|cooked|off|gone|playing up|not working|out of charge)\b"
    # put away at work: "personal phone lives in the locker on shift"
    r"|(?:['’]s|\s+(?:is|lives|stays|sits|goes|gets\s+locked|is\s+locked))\s+in\s+(?:the|my|a)\s+(?:locker|bag|car|drawer|glovebox)\b",
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
    r"|\b(?:supervisor|manager|coordinator|co-ordinator|sergeant|inspector|ranger|team leader|2ic|oic|num|sarge)['’]?s?\s+"
    r"(?:mobile|mob|phone|number|line)\b"
    # a duty phone passed round the team: "the after-hours phone", "the duty mobile", "our bench line"
    r"|\bafter[\s-]?hours\s+(?:phone|mobile|mob)\b|\bduty\s+(?:mobile|mob|number)\b|\bour\s+(?!(?:customer\s+service|sales|bookings?|orders?|recruitment|reservations?|business|company|shop|store|family|house|home|personal|private|"
    r"new|old)\b)(?:[\w-]+\s+){0,2}?line\b"
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
    r"(?:the\s+|my\s+|our\s+(?:[a-z]+\s+)?)?(?:duty\s+[a-z]+(?=\s+on\b)|(?:(?:(?-i:[A-Z])[\w'’-]*|nurses['’]?|front|site|duty)\s+){0,3}(?:ward|station|registry|staff ?room|"
    r"(?:ops|operations|control|comms) (?:centre|room)|centre|depot|unit|branch|watch ?house|lab|shed|team|terminal|counter|"
    r"section|sergeant|officer|manager|supervisor|desk|office|reception|switch(?:board)?|payroll|rostering|(?-i:IT|HR)))\b"
    r"(?:\s+at\s+(?-i:[A-Z])\w+)?(?=\s*(?:directly|direct|on|,|:|\(|\d|it['’]?s))"
    r"|\b(?:ring|call|phone|text)\s+(?:me|her|him|them|the\s+(?-i:[A-Z]{2,6})|(?:the|my|our)\s+(?:boss|manager|supervisor|"
    r"sergeant|sarge|inspector|coordinator|team\s+leader))\s+direct(?:ly)?\b"
    # the workplace calls from the number: "ops will call you from (08) ...", "the ward rings you on"
    r"|\b(?:ops|work|rostering|the (?:office|station|ward|unit|depot|desk|team|registry))\s+(?:will\s+)?"
    r"(?:calls?|rings?|texts?)\s+(?:you|u|me)\s+(?:from|on)\b",
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

# The phone named the work's by a word before its noun, where no listed cue stands: "my work one",
# "the works mobile", "work's number", "work num", "workphone", "my govt phone", "my departmental
# mobile", "the corporate mobile", "my work-issued mobile", "the shift phone", "the pod's line",
# "the site phone", "the floor's number"; "my direct is ...", "my DD"; a number for work hours
# ("During work hours: ...", "Work hours only"; not "no calls during work hours"), the writer on the phones at work ("I'm on the phones
# today, my line is ..."), "I'm on 0412 ... at work", a duty role reached on it ("The duty manager
# can be reached on ..."), a colleague "on my team". Not "the government phone line" (a public line),
# "after work hours", "on my team at footy".
_WORK_OWNED = lazy_pattern(
    r"\b(?:my|the|his|her|your|their)\s+work\s+one\b"
    r"|\bwork(?:s|['’]s)?[\s-]*(?:phone|mobile|mob|mobe|moby|cell|number|num|nbr|no\.|#|line|landline|ph|iphone|android|"
    r"samsung|handset|sim|blackberry)(?!\w)"
    r"|\b(?:(?:my|our|the|a|his|her|your)\s+)?(?:gov(?:t|vie)?|departmental|dept|corporate|work[\s-]issued|agency[\s-]issued)\s+"
    r"(?:phone|mobile|mob|cell|number|line)\b"
    r"|\b(?:shift|rostered|site|pod|floor|area|hall|shed|gate|kennels?|bay)(?:['’]s)?\s+(?:phone|mobile|mob|line|landline)\b|\b(?:pod|floor|shift)['’]s\s+number\b"
    r"|\bmy\s+(?:direct|dd)(?:['’]s|\s+is|\s*:)"
    r"|\b(?:during|in)\s+(?:work|working|office)\s+hours\s*[:\-–—=]|\bwork(?:ing)?\s+hours\s+only\b"
    r"|\b(?:i['’]?m|i am|we['’]?re|we are)\s+on\s+the\s+phones\b|(?:(?<=\d)|(?<=\boh)|(?<=\bone)|(?<=\btwo)|(?<=\bthree)|(?<=\bfour)|(?<=\bfive)|(?<=\bsix)|(?<=\bseven)|"
    r"(?<=\beight)|(?<=\bnine)|(?<=\bzero))\s*at\s+work\b"
    r"|\b(?:on|in|from)\s+(?:my|our)\s+(?:team|unit|section|branch)\b(?!\s+(?:at|for)\b)"
    # the team's line in so many words: "my team's on 1300 ...", "press 2 and you get my team", a line
    # that "rings out to whoever's on"; the workplace's own number: "Front counter's 4939 ...",
    # "my desk phone at school is ..."
    r"|\b(?:my|our)\s+(?:team|unit|section|branch|desk|office|pod|ward)(?:['’]s|\s+is)\s+on(?=\s+(?:[(+]{0,2}\d|(?:oh|zero)\b))"
    r"|\b(?:you(?:['’]ll)?\s+get|gets\s+you|(?:for|to)\s+reach)\s+(?:my|our)\s+(?:team|unit|section|branch|desk|office|pod|ward)\b"
    r"|\brings?\s+(?:out\s+|through\s+)?to\s+who(?:ever)?['’]?s?\s+(?:is\s+)?(?:on|rostered)\b"
    r"|\b(?:counter|desk|reception|switch|office|ward|station|unit|pod|team|registry)['’]s(?=\s+(?:[(+]{0,2}\d|(?:oh|zero)\b))"
    r"|(?:(?<=phone\s)|(?<=line\s)|(?<=number\s))at\s+(?:school|work|the\s+office)\b"
    # a unit, a desk or a duty role owning the number right after it: "The records team is on ...",
    # "Payroll's number is ...", "the triage line is ...", "Rostering: ...", "Duty sergeant 0412 ..."
    r"|\b(?:team|unit|branch|section|ward|reception|switch(?:board)?|intake|triage|rostering|payroll|registry|depot|records|"
    r"counter|hub|pod|comms(?:\s+cent(?:re|er))?|dispatch|help\s?desk|service\s+desk|front\s+desk|control(?:\s+room)?|ops(?:\s+room|"
    r"\s+cent(?:re|er))?|operations\s+cent(?:re|er)|kennels|cargo\s+hall|nurse\s+in\s+charge|"
    r"(?:ward|unit|team)\s+clerk)(?:['’]s)?(?:\s+(?:phone|line|landline|number|mobile|no\.?))?"
    # (moved: "the front counter is now (07) ...", "Reception has moved to ...")
    r"(?:(?:\s+(?:is|are)(?:\s+now)?(?:\s+on)?|['’]s(?:\s+now)?(?:\s+on)?|\s+on|\s+(?:has|have)\s+(?:moved|changed)\s+to)"
    r"(?=\s+(?:[^\w\s(+]{1,2}\s*)?(?:[(+]{0,2}\d|(?:oh|zero)\b))"
    r"|(?=\s*[:\-–—]\s*(?:[(+]{0,2}\d|(?:oh|zero)\b)))"
    r"|\b(?:duty\s+(?:sergeant|officer|manager|inspector|nurse|supervisor)|(?-i:NUM|OIC))(?=\s*[:\-–—]?\s*(?:[(+]{0,2}\d|(?:oh|zero)\b))"
    # the phone work gave the writer: "work gave me a new mobile", "the phone I carry for work",
    # "best number to get me at work"
    r"|\bwork(?:['’]s|\s+has)?\s+(?:gave|given|issued|handed)\s+me\s+(?:a\s+)?(?:new\s+)?(?:phone|mobile|mob|iphone|number)\b"
    r"|\b(?:phone|mobile|number|line)\s+(?:i|we)\s+(?:carry|use|have|got)\s+(?:for|at)\s+work\b"
    r"|\b(?:call|ring|reach|get|contact|find)\s+me\s+at\s+work\b|\bask\s+for\s+me\b"
    # said to be not the personal phone: "Pls don't ring my personal, use ...", "Call (03) ..., not my mobile"
    r"|\b(?:not|never|instead\s+of|rather\s+than|don['’]?t\s+(?:ring|call|text|use|try))\s+(?:on\s+)?my\s+"
    r"(?:personal|mobile|own\s+(?:phone|mobile|number)|private|home)\b(?:\s+(?:one|number|phone|mobile|mob|line))?"
    r"|\b(?:i['’]?m|i am|based|working)\s+(?:at|from)\s+the\s+(?-i:[A-Z])[\w'’-]+\s+(?:site|campus|hub|centre|depot|branch|office)\b"
    r"|\b(?:duty|on[\s-]?call|shift)\s+[a-z]+\s+(?:can\s+be\s+(?:reached|contacted)|is\s+reachable)\s+on\b",
    re.IGNORECASE,
)
# A label right before the number that names it the work's ("Work 📱 0412 ...", "Work - (03) ...",
# "wk: ...", "W: ...", "Direct 0412 ...", "BH (03) ... AH ...", a briefcase or an office block:
# "💼 0412 ..."), or right after it ("0412 ... ← work"); not the writer's own time ("text me
# after work 0412 ...", "finish work 5pm"), read in the 24 characters before the number.
_LABEL_JUST_BEFORE = lazy_pattern(
    r"(?:\b(?:work|wk|direct|bus(?:iness)?\.?\s*(?:ph|phone|no|mob)|switch(?:board)?)|💼|🏢|(?-i:\b(?:W|BH|B/H|w(?=:)|Off(?=\.?\s*:)))"
    r":?)(?=\.?\s*(?:\((?:ph|mob|m|p|phone|mobile)\)\s*)?"
    r"(?:[:=|>•·\-–—/]+|[^\w\s]{1,3})?\s*$)",
    re.IGNORECASE,
)
_LABEL_JUST_AFTER = lazy_pattern(r"\s*[^\w\s]{1,3}\s*(?=(?:work|wk)\s*(?:[^\w\s]|$))", re.IGNORECASE)
_LABEL_WORD = lazy_pattern(r"work|wk", re.IGNORECASE)
_SOLD = lazy_pattern(
    r"\b(?:selling|sell|sold|for\s+sale|giving\s+away|swapping|upgrading|replacing|lost|stolen)\s+(?:my|our|an?|the|this)\s+"
    r"(?:old\s+|spare\s+|used\s+|broken\s+)?$",
    re.IGNORECASE,
)
# a private firm's role offered or talked over: "happy to chat about the marketing role"
_PRIVATE_ROLE = lazy_pattern(
    r"\b(?:sales|marketing|retail|leasing|real\s+estate|hospitality|recruitment|store|account\s+manager)\s+"
    r"(?:role|position|job|vacancy|opportunity|opening)s?\b",
    re.IGNORECASE,
)
_NUM_AHEAD = lazy_pattern(r"\s*[:\-–—]?\s*(?:[^\w\s(+]{1,2}\s*)?(?:[(+]{0,2}\d|(?:oh|zero)\b)", re.IGNORECASE)
_OWN_TIME = lazy_pattern(
    r"\b(?:after|before|outside|finish(?:ed|ing)?|from|off|leave|leaving|left|till|until|since|skip(?:ping)?|no|to|for)\s+$",
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


def _kept(text: str, cues: list[tuple[float, re.Match[str]]], a: int, b: int) -> list[tuple[float, re.Match[str]]]:
    """Work cues less those that do not say the number is the work's: the phone itself for sale
    ("Selling my old work iPhone"), a negated cue ("not the office one", "don't call me at work"), a
    relative's number set against the personal one ("Call my husband on ... not my mobile")."""
    cues = [
        g
        for g in cues
        if not _SOLD.search(text, max(0, g[1].start() - 30), g[1].start())
        and not _NOT_THE.search(text, max(0, g[1].start() - 12), g[1].start())
        and not _DONT.search(text, max(0, g[1].start() - 14), g[1].start())
    ]
    if cues and _OTHERS_PHONE.search(text, a, b):
        cues = [g for g in cues if not _NOT_MINE.match(g[1].group(0))]
    return cues


def _owned_cues(text: str, a: int, b: int, start: int, end: int) -> list[tuple[float, re.Match[str]]]:
    """The phone the work owns by a word or a label (`_WORK_OWNED`, `_LABEL_JUST_BEFORE`, `_LABEL_JUST_AFTER`);
    a cue after the number that introduces the next number is that one's ("Policelink 131 444, and the
    front counter is (07) ..."), and one before it that introduces an earlier number is that one's
    ("the front counter is now (07) ... After hours, ring Policelink on 131 444")."""
    near = _closest(text, _WORK_OWNED, a, b, start, end) + _closest(text, UNIT_PHONE, a, b, start, end)
    owned = [o for o in near if not (ahead := _NUM_AHEAD.match(text, o[1].end())) or o[1].end() <= start < ahead.end()]
    if (label := _LABEL_JUST_BEFORE.search(text, max(0, start - 24), start)) and not _OWN_TIME.search(
        text, max(0, label.start() - 12), label.start()
    ):
        owned.append((float(start - label.end()), label))
    if (after := _LABEL_JUST_AFTER.match(text, end)) and (word := _LABEL_WORD.match(text, after.end())):
        owned.append((5.0, word))
    return _kept(text, owned, a, b)


def _unowned(text: str, cues: list[tuple[float, re.Match[str]]], bad: list, adjacent: bool) -> list[tuple[float, re.Match[str]]]:
    """Work cues less those a not-work cue holds ("office" in "school office"), owns ("the GP's
    office"; with `adjacent`, "Dentist reception"), or that call a place it names ("call our sales team")."""
    return [
        g
        for g in cues
        if not any(
            n.start() <= g[1].start()
            and g[1].end() <= n.end()
            or (g[1].start() <= n.start() and n.end() <= g[1].end() and _CALL_TO.match(g[1].group(0)))
            or _owned_by(text, g[1], n, adjacent)
            for _, n in bad
        )
    ]


_POSSESSIVE_GAP = lazy_pattern(r"['’]s\s+(?:[\w-]+\s+)?")
_OF_THE_GAP = lazy_pattern(r"\s+(?:of|at|for)\s+(?:the|my|our|a|an|his|her)\s+(?:[\w-]+\s+)?")


def _owned_by(text: str, cue: re.Match[str], owner: re.Match[str], adjacent: bool = False) -> bool:
    """Whether a not-work cue owns a work cue: "my accountant's office", "the office of the gym"; with
    `adjacent`, a not-work word right before the unit it names ("Dentist reception is ...")."""
    if owner.start() < cue.start() < owner.end():
        return True  # the not-work cue holds the work cue's head: "the netball team's on ..."
    if owner.end() <= cue.start():
        gap = _POSSESSIVE_GAP.fullmatch(text, owner.end(), cue.start()) is not None
        return gap or (adjacent and not text[owner.end() : cue.start()].strip())
    return cue.end() <= owner.start() and _OF_THE_GAP.fullmatch(text, cue.end(), owner.start()) is not None


def work_numbers(text: str, profile: Profile) -> Iterator[tuple[str, str, int, int]]:
    """Yield (number, cue, start, end) for each phone number the context makes a work number.

    The nearest cue decides: a work cue ("desk", "work mobile", "ext") makes it a work number,
    a not-work cue ("pizza", "Lifeline", "my mobile", "school office") makes it someone else's
    or personal. A department name in the text counts as a weak work cue for full numbers.
    """
    if not text or not may_hold_number(text):
        return  # no digit and no number spelt out: skip the phone patterns on most posts
    if _PRIVATE_ROLE.search(text):
        return  # a recruiter's pitch for a private firm's role: "my direct line ..., happy to chat about the sales role"
    work, not_work = per_profile(profile, "contact", _contact_patterns)  # type: ignore[misc]
    dept = None
    for number, digits, start, end in phone_numbers(text):
        if digits in EMERGENCY:
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
        good = _kept(text, _closest(text, work, a, b, start, end) + _closest(text, _WORKPLACE_CUE, a, b, start, end), a, b)
        good += _closest(text, _ON_DIVERT, max(0, start - 160), start, start, end)
        # the phone the work owns by a word or a label (`_owned_cues`): they decide only where the cues
        # above do not, so a number those decide keeps their reason; read here only when there are none
        owned = None if good else _owned_cues(text, a, b, start, end)
        if good or owned:
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
        # a work cue inside a not-work cue ("office" in "school office") belongs to that cue, as does
        # one the not-work cue owns ("the GP's office", "the office of the gym"), and a call to a
        # place that a not-work cue names is a call to someone else's ("call our sales team")
        good = _unowned(text, good, bad, False)
        best_bad = min(bad, key=lambda g: g[0]) if bad else None
        # the nearer cue decides; at equal distance the work cue wins (a listed cue first)
        best_good = min(good, key=lambda g: g[0]) if good else None
        if best_good is None or (best_bad is not None and best_good[0] > best_bad[0]):
            if owned is None:
                owned = _owned_cues(text, a, b, start, end)
            owned = _unowned(text, owned, bad, True)
            best_good = min(owned, key=lambda g: g[0]) if owned else None
            if best_good is not None and best_bad is not None and best_good[0] > best_bad[0]:
                best_good = None
        if best_good is not None:
            yield number, best_good[1].group(0), start, end
            continue
        # no work cue won: with no not-work cue in reach either, weaker signs may make it a work number
        if best_bad is None:
            if dept is None:  # asked once per text, and only when a number gets this far
                dept = department_terms(text, profile)
            if (cue := weak_cue(text, number, digits, start, end, dept, profile)) is not None:
                yield number, cue, start, end
