"""Work wear said indirectly, for the uniform rules (`attire`): the cues that make a garment, a pass
or a kit list a work uniform, and the exclusions that do not apply.

Hours worked in the garment ("14 hrs in the greens"), a shift's length, a pass handed back, what the
work's "we" are made to wear, work wear taken off after work or worn with pride, a work pass in daily
use ("swipe me in"), a uniform's kit laid out as a list ("Blues pressed, boots shined"); and which
``[uniform] exclude`` word says whose uniform it is (`exclusion`): not one in a comparison ("lined up
like a school photo") nor the place one's own work wear was seen ("Ducked into Coles in my greens").
"""

from __future__ import annotations

import re

from auditor.rules.base import lazy_pattern, searched
from auditor.rules.tone import SCARE_QUOTE

# Hours worked in the garment itself: "pov: 14 hrs in the greens", "14 hrs on my feet in the purple
# vest" (right before the term; "3 hours in the car ... new hats" is no shift).
HOURS_IN = lazy_pattern(
    r"\b(?:\d{1,2}|ten|twelve|fourteen)\s?(?:hrs?|hours?)(?=(?: on my feet)? in (?:the|my|our|these|this) (?:[\w-]+ )?$)",
    re.IGNORECASE,
)


# A work pass given back on leaving: "I've handed back my pass", "handing in the lanyard on Friday"
# (a pass on its own is anyone's ticket; given back, it is the job's, and still needs the organisation
# or a work context like any term).
HANDED_BACK = lazy_pattern(
    r"\b(?:hand(?:ed|ing|s)?|gave|give|giving|return(?:ed|ing|s)?|turn(?:ed|ing)?)\s+(?:back\s+|in\s+)?(?:my|the|our|his|her)\s+"
    r"(?:work\s+|staff\s+|security\s+|building\s+)?(?:pass|lanyard|badge|swipe card|access card|ID)\b"
    r"|\b(?:hand(?:ed|ing|s)?|gave|give|giving|turn(?:ed|ing)?) (?:my|the|our) (?:work |staff |security )?(?:pass|lanyard|badge) (?:back|in)\b",
    re.IGNORECASE,
)
# What the work's "we" are made to wear: "we wear the same navy as the blokes", "we're in polyester
# shirts", "they've made us wear ..."; a dress code, so a uniform (with a work context, like any term).
WE_WEAR = lazy_pattern(
    r"\b(?:we|us)\s+(?:all\s+|still\s+|now\s+|have to\s+|must\s+)?wear\b"
    r"|\bwe(?:['’]re| are)\s+(?:all\s+|still\s+)?in\s+(?:our\s+|the\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:shirts|polos|trousers|pants|jackets|vests|boots|navy|blues|greens|khakis|polyester)\b",
    re.IGNORECASE,
)


# A shift's length told anywhere in the text: "11 hours down", "after a 14hr double", "a 12-hour night",
# and one still ahead: "14 hours to go", "12 hrs on 4K ahead".
SHIFT_LENGTH = lazy_pattern(
    r"\b\d{1,2}\s?(?:hrs?|hours?)\s+(?:down|done|straight|to go)\b|\b\d{1,2}\s?-?(?:hrs?|hours?)\s+(?:double|shift|night shift|night|day shift)\b"
    r"|\b\d{1,2}\s?(?:hrs?|hours?)\s+(?:on\s+(?:[\w-]+\s+){1,2})?ahead\b|\bon an? \d{1,2}\s?-?(?:hrs?|hour)\b(?!\s+(?:drive|flight|trip|bus))",
    re.IGNORECASE,
)
# Years of service told by the work wear, and one's own badge number, need no more context: "31 years of
# polishing these boots", "Twenty years in the blue shirt", "six years in the greens", "Badge number 4711
# signing off for 2 weeks", "my badge number retired after 32 years" (not "ten years in the Blue Mountains":
# a place's name after it; the navy is a service, not work wear).
SERVICE_WORN = lazy_pattern(
    r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty)(?:[- ]\w+)?\s+"
    r"(?:years?|yrs)\s+(?:in|of (?:polishing|wearing|ironing|pressing|lacing))\s+(?:the |these |those |this |my |our )?"
    r"(?:[\w-]+\s+)?(?:blues?|greens|khakis|yellows|boots|uniforms?|stripes|badge)\b(?![\w-]|(?-i:\s+[A-Z]))"
    r"|(?:\bmy |(?:^|[.!?]\s*))badge (?:number|no\.?|#)",
    re.IGNORECASE,
)
SERVICE_WORN_KEYS = ("year", "yrs", "badge")


# A scheme's merchandise mocked, not work wear: "Can't wait for the 'transformation' lanyards 🙄", "the
# 'change champion' badges" (the term right after a phrase in scare quotes).
_QUOTE_CLOSE = lazy_pattern(r"['’\"”]\s?$")


def scheme_merch(text: str, m: re.Match[str]) -> bool:
    """The uniform term `m` comes right after a phrase in scare quotes."""
    if not _QUOTE_CLOSE.search(text, max(0, m.start() - 2), m.start()):
        return False
    return any(q.end() >= m.start() - 1 for q in SCARE_QUOTE.finditer(text, max(0, m.start() - 60), m.start()))


# The uniform taken off or washed after work, or swapped for one's own clothes: "Lanyards off, trackies
# on", "Scrubs swapped for trackies", "Greens off, couch on", "scrubs straight in the wash"; the swap says
# it is work wear, so the off-duty clothes ("trackies") exclude nothing. And a service's colour worn with
# pride: "Proud to wear the orange".
OFF_DUTY = lazy_pattern(
    r"\b(?:uniforms?|scrubs|greens|blues|yellows|khakis|lanyards?|hi-?vis|epaulettes|duty belt|work shirt|work boots)\s+"
    r"(?:(?:straight|back|all)\s+)?(?:off\b(?!\s+(?:to|the|on|at)\b)|in the wash|(?:swapped|traded|exchanged) for)"
    r"|\bproud to (?:wear|pull on|put on) (?:the|my|our) (?:blues?|orange|navy|khakis?|yellows)\b",
    re.IGNORECASE,
)
OFF_DUTY_CLOTHES = frozenset({"trackies"})
OFF_DUTY_KEYS = ("off", "wash", "swapped", "traded", "exchanged", "proud")
ANYONES = lazy_pattern(r"(?:lanyards?|hi-?vis|work shirt|work boots)\b", re.IGNORECASE)


# A work pass in daily use, which says whose it is: scanned or swiped at a door, gate or turnstile ("pass
# doesn't open the ward door"),
# dead or expired, signed in "like a visitor" at one's own building, its photo, worn on a lanyard or
# clipped on for the day ("pass won't scan again", "can someone swipe me in?", "New ID card photo is
# tragic", "Pass on, coffee in hand"). Anyone's ticket is not: a bus, boarding, gym or season pass
# (their names go before the word), "pass on our thanks".
_PASS = r"(?<!bus )(?<!boarding )(?<!gym )(?<!season )(?<!travel )(?<!concession )(?<!festival )(?<!ski )(?<!conference )(?<!event )(?:pass|ID card|ID badge|ID|lanyard)"
PASS_IN_USE = lazy_pattern(
    rf"\b{_PASS}\b[^.!?\n]{{0,40}}?\b(?:won['’]?t (?:scan|work|open|let)|wouldn['’]?t (?:scan|work|open|let)|(?:doesn|didn)['’]?t (?:scan|open)|"
    r"(?:is|was) (?:dead|playing up)|died at|expired|beeping)\b"
    r"|\bswipe (?:me|us|her|him) in\b|\bsign(?:ed)? (?:me |us )?in (?:like|as) a visitor\b|\bsigned in like a visitor\b"
    rf"|\b(?:work |security |building |staff |temp |swipe |new )?{_PASS} photo\b"
    rf"|\b{_PASS}(?: still)? (?:clipped|swinging|round (?:my|the) neck|around (?:my|the) neck)\b"
    r"|\b(?:lost|left|forgot) (?:my|the|her|his) (?:work|security|staff|building) pass\b"
    rf"|\bclipping (?:my|the) {_PASS} on\b|(?:^|[.!?,]\s*)(?:ID |visitor |security )?pass on\s*[,.!+&]",
    re.IGNORECASE,
)


# A work pass forgotten, brought, sorted out or checked, at a building's door or floor: "forgot my pass
# AGAIN, security had to sign me in", "bring ur pass tmrw, security at the Civic building is checking
# every card", "pass don't work again, locked out of level 6", "swipe card finally works on level 4".
# The pass alone is anyone's; security, a door, a floor, an escort make it a building's (a gym or bus
# pass has its own name before the word, and is never read).
_PASS_HANDLED = lazy_pattern(
    r"\b(?:forg[eo]t\w*|left|lost|bring|brings|grab|sort (?:her|him|them|me|you) (?:out )?(?:with )?a)\s+"
    r"(?:(?:my|your|ur|her|his|their|the)\s+)?(?:ID |work |security |building |staff |swipe |access )?"
    r"(?:pass|ID card|ID badge|ID pass|swipe card|access card)\b"
    r"|\bcheck(?:ing|s|ed)? (?:every(?:one['’]s)?|each|all|our|the) (?:pass(?:es)?|cards?|IDs?|ID cards?|lanyards?)\b"
    r"|\b(?:pass|ID pass|swipe card|access card|ID card)\s+(?:finally\s+|still\s+)?(?:works?|working|do(?:es)?n['’]?t work|not working)\b"
    r"|\b(?:pass|swipe card|access card)\s+for\s+level\s+\d+",
    re.IGNORECASE,
)
_AT_THE_DOOR = lazy_pattern(
    r"\b(?:security|sign(?:ed)? (?:me|her|him|us|them) in|signed in|let (?:me|her|him|us|you|anyone|them) (?:in|up|through)|"
    r"level \d+|locked out|(?:front|side|back|airside) (?:door|desk|gate|entrance)|turnstiles?|kiosk|foyer|boom gate|"
    r"escort\w*|without (?:it|one))\b",
    re.IGNORECASE,
)


def pass_at_door(text: str) -> re.Match[str] | None:
    """A work pass handled at a building's door or floor (`_PASS_HANDLED` with `_AT_THE_DOOR` outside
    it), or None."""
    m = searched(_PASS_HANDLED, text)
    if m is None:
        return None
    door = (d for d in _AT_THE_DOOR.finditer(text) if d.end() <= m.start() or d.start() >= m.end())
    return m if next(door, None) is not None else None


# Work kit laid out or put on as a list, one piece of it a uniform's own (the blues, a badge, a pass, a
# radio, a stethoscope, medals): "Blues ironed, boots polished, first shift tomorrow", "Pass, keys, radio,
# OC spray.", "Greens on, stethoscope on", "Boots, khakis and my ranger badge". A hi-vis vest, a hard
# hat and steel caps are any site's kit (a mine, a build), so they never make the list a uniform alone.
_KIT = (
    r"(?:blues|greens|khakis?|yellows|boots?|hi-?\s?vis(?: vest)?|high-?\s?vis|(?:the |my |orange |yellow )?vests?|badge|pass|"
    r"lanyard|(?:duty )?belt|radio|keys|body[- ]?cam|body-worn camera|OC spray|cuffs|stethoscope|helmets?|hard hats?|steel caps|"
    r"gloves|cap|hat|shirt|epaulettes|medals|rank|scrubs|torch|baton|name badge|ID|clipboard|ear muffs|PPE|polo)"
)
_KIT_STATE = r"(?:\s+(?:on|ironed|pressed|polished|shined|laced|clipped(?: on)?|tucked(?: in)?|sorted|packed|ready))?"
_KIT_DONE = r"(?:(?:polished|pressed|ironed|muddy|new|shiny) )?"
_KIT_LIST = lazy_pattern(
    rf"(?<![\w-]){_KIT_DONE}{_KIT}{_KIT_STATE}(?:\s*(?:,|\+|&|\band\b)\s*(?:a |an |the |my |and )?{_KIT_DONE}{_KIT}{_KIT_STATE})+\b",
    re.IGNORECASE,
)
_UNIFORM_KIT = lazy_pattern(
    r"\b(?:blues|greens|khakis?|yellows|badge|pass|lanyard|duty belt|radio|body[- ]?cam|body-worn camera|OC spray|cuffs|"
    r"stethoscope|epaulettes|medals|rank|scrubs|baton)\b",
    re.IGNORECASE,
)
_UNIFORM_KIT_KEYS = ("blues", "greens", "khaki", "yellows", "badge", "pass", "lanyard", "belt", "radio", "cam", "spray")
_UNIFORM_KIT_KEYS += ("cuffs", "stethoscope", "epaulette", "medals", "rank", "scrubs", "baton")


def kit_list(text: str, low: str) -> re.Match[str] | None:
    """The first list of work kit with a uniform's own piece in it (`_KIT_LIST`), or None."""
    if not any(k in low for k in _UNIFORM_KIT_KEYS):
        return None  # the uniform's own words, looked up first: most texts hold none
    return next((m for m in _KIT_LIST.finditer(text) if _UNIFORM_KIT.search(m.group(0)) and _not_colours_only(m.group(0))), None)


_COLOURS = frozenset({"blues", "greens", "khaki", "khakis", "yellows"})
_KIT_WORD = lazy_pattern(_KIT, re.IGNORECASE)


def _not_colours_only(listed: str) -> bool:
    """A list with something besides colours in it: "Navy blues and greens" are paint, not kit."""
    return any(k.group(0).casefold() not in _COLOURS for k in _KIT_WORD.finditer(listed))


# A comparison is not the setting: "Inspection in dress uniform, lined up like a school photo",
# "the new badge looks like a footy club raffle ticket" say how the work looked, not that a school's
# or a club's uniform is worn ("I like school", "we'd like a club hat" are no comparison).
_SIMILE_BEFORE = lazy_pattern(
    r"(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bkids )(?<!\bwould )(?<!['’]d )"
    r"\blike\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# One's own work wear worn out among the public, or after work: "Wore the uniform to my niece's
# school assembly", "Ducked into Coles in my greens after shift". The place says where it was seen, so
# the place's exclusion does not apply (a pass, a lanyard or a vest is anyone's: not read here).
_WORN_OUT = lazy_pattern(
    r"\b(?:wore|wearing|wear|in)\s+(?:my|your|our|the|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:uniforms?|polos?|shirts?|blues|greens|scrubs|khakis|yellows|work gear)\s+"
    r"(?:(?:to|into|at|in|across|through|down)\b|after\s+(?:shift|work|a shift))",
    re.IGNORECASE,
)


def _in_simile(text: str, m: re.Match[str]) -> bool:
    return _SIMILE_BEFORE.search(text, max(0, m.start() - 32), m.start()) is not None


# "hi-vis game strong", "lanyard game on point": a boast, not a game; "Gold Coast Uni Hospital",
# "the University Hospital": a hospital, not a campus.
_GAME_IDIOM = lazy_pattern(r"\s+(?:is\s+|was\s+)?(?:strong|on point)\b", re.IGNORECASE)
_HOSPITAL_AFTER = lazy_pattern(r"\s+hospital\b", re.IGNORECASE)


def _idiom(text: str, m: re.Match[str]) -> bool:
    word = m.group(0).casefold()
    if word in ("uni", "university"):
        return _HOSPITAL_AFTER.match(text, m.end()) is not None
    return word == "game" and _GAME_IDIOM.match(text, m.end()) is not None


# The public taking the wearer for staff: "Lanyard still on at Woolies, the checkout lady asked if I
# could help with her visa", "Wore my pass into the café and got asked for legal advice", "don't wear
# your pass to the Woolies across the road, customers WILL follow you to the car". Work wear recognised
# is the organisation's, and the shop, the café or the footy is only where it was seen.
_RECOGNISED = lazy_pattern(
    r"\b(?:asked|asks|asking)\s+(?:me\s+|us\s+)?(?:if\s+(?:I|you|we)\s+(?:could|can)\b|about\b|for\s+(?:help|advice|legal|my)\b)"
    r"|\bfollow(?:ed|s)?\s+(?:you|me)\s+to\b|\bstarted telling me about\b|\b(?:do not|don['’]?t)\s+ask\s+me\s+about\b",
    re.IGNORECASE,
)
_RECOGNISED_KEYS = ("ask", "follow", "telling")
# the work wear the public can read: a pass, a lanyard, a badge, a uniform, a crested polo or shirt
_READ_WEAR = lazy_pattern(r"\b(?:pass|lanyard|badge|ID|uniform|polo|shirt|blues|greens|scrubs|vest)\b", re.IGNORECASE)


_PLACE_WORD = lazy_pattern(r"\b(?:at|to|into|in|through|across|round|around|down)\b", re.IGNORECASE)


def _owned_by(text: str, wear: re.Match[str], word: re.Match[str]) -> bool:
    """The exclusion word is in the worn thing's own words: just before it ("my Maccas uniform") or
    just after with no place between ("lanyard from the festival"; not "lanyard on at Woolies")."""
    if wear.start() - 30 <= word.start() < wear.end():
        return True
    return wear.end() <= word.start() <= wear.end() + 25 and not _PLACE_WORD.search(text, wear.end(), word.start())


def recognised(text: str) -> re.Match[str] | None:
    """The public taking the wearer for staff (`_RECOGNISED`) after work wear they can read is named,
    or None."""
    low = text.casefold()
    if not any(k in low for k in _RECOGNISED_KEYS):
        return None
    cue = searched(_RECOGNISED, text)
    if cue is None:
        return None
    return cue if _READ_WEAR.search(text, max(0, cue.start() - 200), cue.start()) else None


# what says "staff" to the public on its own: a pass, a lanyard, a badge, an ID card, a uniform
_STAFF_WEAR = lazy_pattern(r"\b(?:pass|lanyard|badge|ID card|ID badge|uniform)\b", re.IGNORECASE)


def staff_wear_seen(text: str) -> re.Match[str] | None:
    """The pass, lanyard, badge or uniform the public took the wearer for staff by (the last one named
    before `recognised`'s cue), or None."""
    cue = recognised(text)
    if cue is None:
        return None
    return next(reversed(list(_STAFF_WEAR.finditer(text, max(0, cue.start() - 200), cue.start()))), None)


def exclusion(text: str, exclude: re.Pattern[str] | None) -> re.Match[str] | None:
    """The first ``[uniform] exclude`` word that says whose uniform it is, or None: not one in a
    comparison (`_in_simile`) nor an idiom ("hi-vis game strong", "Uni Hospital"), and, when one's own work wear is worn
    out (`_WORN_OUT`) or the public takes the wearer for staff (`recognised`), only one inside the
    garment's own words ("my old school uniform to the party"): the shop, the footy, the child's school
    is where it was seen."""
    excluded = exclude.search(text) if exclude is not None else None
    if exclude is None or excluded is None:
        return None
    if _in_simile(text, excluded) or _idiom(text, excluded):
        excluded = next((m for m in exclude.finditer(text) if not _in_simile(text, m) and not _idiom(text, m)), None)
    worn_out = searched(_WORN_OUT, text) if excluded is not None else None
    if worn_out is not None:
        excluded = next((m for m in exclude.finditer(text) if worn_out.start() <= m.start() < worn_out.end()), None)
    seen = recognised(text) if excluded is not None and worn_out is None else None
    if seen is not None:
        # only an exclusion in the worn thing's own words still says whose it is ("my Maccas uniform")
        wear = list(_READ_WEAR.finditer(text, 0, seen.start()))
        excluded = next((m for m in exclude.finditer(text) if any(_owned_by(text, w, m) for w in wear)), None)
    return excluded
