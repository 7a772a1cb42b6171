"""The organisation as a service the public meets, for DEP101: more of its public's side.

`orgreaders.public_side` reads the customer's call, question, wait and letter. This module reads
the other ways a person outside names an agency the public meets as a service (payments, hospitals,
licences, police, weather, schools), each from the words next to the name, for any profile:

* a service the writer or their family receives, the name before it: "Mum's Centrelink review",
  "Medicare gap on my knee surgery", "bulk billing near us is gone", "VicRoads customer service was
  great", "the Medicare office near us shut down";
* the agency as the actor on the writer or their family: "DVA sent Pop a letter", "Centrelink cut
  my payment", "NDIA rejected my son's plan"; or on the public at large, a warning or an alert:
  "The Bureau issued a severe storm warning";
* the agency in the news, or its minister: "The AFP were on the news raiding a house", "the Home
  Affairs minister on Q&A";
* someone applying to it, or who would like to when grown up: "Second year applying for the ABF
  graduate program", "tips for the Home Affairs recruitment round?", "wants to be a Centrelink lady
  when she grows up";
* its ads seen anywhere: "Ambulance Victoria's ad campaign is everywhere";
* a question put to its staff from outside: "Can someone from DECYP explain why my son ...";
* a patient's family at one of its hospitals: "Spent 4 hours in ED at the LGH with Dad", "Mum home
  after her hip op".

Every reading is cancelled by a staff cue anywhere in the text (`orgvoice.OWN_WORK`, or the
writer's own office, floor or minister: `_STAFF_CUE`). It reads text only; it never reads files and
imports no rule family.
"""

from __future__ import annotations

import re

from auditor.rules.base import lazy_pattern, searched, sentence_of
from auditor.rules.people import RELATIVE_WORDS

# The writer or their family as the one served: "my", "our", "Mum's", "Pop's"
_FAMILY = rf"(?:my|our|(?:{RELATIVE_WORDS}|kid|kids|son|daughter)['’]?s?)"
# the service received, the name before it: "Centrelink review", "Medicare gap", "DVA pension",
# "NDIS plan", "VicRoads customer service", "Medicare bulk billing"
_SERVICE_NOUN = (
    r"gap|rebate|bulk[- ]?bill(?:ed|ing)?|customer service|review|debt|payments?|pension|card|claim|refund|plan|"
    r"funding|appointment|waiting list|wait ?list|(?:wait|hold|waiting) times?|assessment|allowance|benefits?|letter|statement|renewal|concession"
)
_SERVICE_AFTER = lazy_pattern(rf"(?:['’]s)?\s+(?:{_SERVICE_NOUN})\b", re.IGNORECASE)
_FAMILY_BEFORE = lazy_pattern(
    rf"\b(?:my|(?:{RELATIVE_WORDS}|kid|kids|son|daughter)['’]?s)\s+(?:new\s+|latest\s+|old\s+)?$", re.IGNORECASE
)
# ... its service to the writer's own case, or near their home, or judged by its customer
_SERVED_HOW = lazy_pattern(
    rf"\b(?:on|for|to|with)\s+{_FAMILY}\b|\bnear\s+(?:us|me|home|here)\b"
    r"|\b(?:was|is|were)\s+(?:actually\s+|so\s+|really\s+)?(?:great|good|fine|quick|fast|easy|terrible|awful|hopeless|slow)\b"
    r"|\bon\s+the\s+phone\b|\bwent\s+(?:fine|well|ok|okay|smoothly|badly)\b|\bin and out\b|\bis gone\b|\bshut\s+down\b|\bclosed\b|\$\d",
    re.IGNORECASE,
)
# its office or service near the writer's home: "the Medicare office near us shut down", "our local Centrelink"
_NEAR_AFTER = lazy_pattern(r"(?:\s+[\w-]+){0,3}?\s+(?:near|closest to|nearest to)\s+(?:us|me|home|here)\b", re.IGNORECASE)
_LOCAL_BEFORE = lazy_pattern(r"\b(?:my|the)\s+(?:local|nearest|closest)\s+$", re.IGNORECASE)
# the agency acting on the writer or their family: "DVA sent Pop a lovely letter", "Centrelink cut my
# payment", "NDIA knocked back my son's plan", "Fines Victoria sent me a bill"
_ACTS_ON_AFTER = lazy_pattern(
    r"\s+(?:(?:finally|just|already|only|then|have|has|had)\s+)?"
    r"(?:sent|send|sends|rejected|denied|approved|cancell?ed|cut|stopped|suspended|reduced|fined|knocked\s+back|cut\s+off|"
    r"wrote\s+to|mailed|posted|gave|owes?|paid|reviewed|audited|sorted|processed|granted|refused|declined)\s+"
    rf"(?:me\b|my\s|(?:{RELATIVE_WORDS})(?:['’]s)?\b)",
    re.IGNORECASE,
)
# ... or on the public at large: "The Bureau issued a severe storm warning", "put out a flood alert"
_ALERT_AFTER = lazy_pattern(
    r"\s+(?:has\s+|have\s+|just\s+)?(?:issued|issues|put\s+out|puts\s+out|released|declared|upgraded)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:warnings?|alerts?|watch|advice|emergency|recall)\b",
    re.IGNORECASE,
)
# in the news: "The AFP were on the news raiding some house", "Home Affairs is in the papers again"
_NEWS_AFTER = lazy_pattern(
    r"\s+(?:(?:is|are|was|were|been|got|made|again)\s+){1,2}(?:on|in)\s+the\s+(?:news|papers?|headlines)\b", re.IGNORECASE
)
_GROWN_UP = lazy_pattern(r"\bwhen\s+(?:i|s?he|they|we)\s+grows?\s+up\b", re.IGNORECASE)
# a question put to its staff from outside: "Can someone from DECYP explain why my son ..."
_ASKED_BEFORE = lazy_pattern(
    r"\b(?:can|could|will|would|does|do)\s+(?:someone|anyone|somebody|any\s*one)\s+(?:from|at|in)\s+(?:the\s+)?$", re.IGNORECASE
)
# a patient's family: "Spent 4 hours in ED at the LGH with Dad", "Mum home after her hip op"
_WITH_FAMILY = lazy_pattern(rf"\bwith\s+(?:my\s+|our\s+)?(?:{RELATIVE_WORDS}|kids?|bub|baby)\b", re.IGNORECASE)
_PATIENT = lazy_pattern(
    r"\b(?:after|before|for)\s+(?:my|his|her|their|our)\s+(?:[\w-]+\s+){0,2}?(?:op|operation|surgery|procedure|scan|chemo|treatment)\b"
    r"|\b(?:spent|waited|sat)\s+(?:\w+\s+){0,3}?hours?\s+(?:in|at)\b|\bwaiting\s+room\b",
    re.IGNORECASE,
)
# ... or a relative's own operation: "Mum home after her hip op"
_FAMILY_PATIENT = lazy_pattern(
    rf"\b(?:{RELATIVE_WORDS})\b[^.!?\n]{{0,30}}?\b(?:after|before|for)\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:op|operation|surgery|procedure|scan|chemo|treatment|fall|accident|stroke|heart attack|injury|injuries)\b",
    re.IGNORECASE,
)
# a customer's wait at its office: "Waited 40 min at the Centrelink office", "queued an hour outside"
_WAITED_AT_BEFORE = lazy_pattern(
    r"\b(?:waited|waiting|queued|queuing|queueing|sat)\s+(?:for\s+)?(?:(?:an?|\d+|one|two|three|four|five)\s+[\w-]+\s+)?"
    r"(?:at|outside|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a letter or a call from it about the family's own case: "the letter from the Education Department
# about my daughter's enrolment" (not the writer's own job: "about my contract")
_LETTER_FROM_BEFORE = lazy_pattern(
    r"\b(?:letter|email|e-mail|text|sms|call|bill|fine|notice|reminder|invoice)\s+from\s+(?:the\s+)?$", re.IGNORECASE
)
_ABOUT_FAMILY_CASE = lazy_pattern(
    rf"\b(?:about|for|re|regarding)\s+{_FAMILY}\s+(?!(?:\w+\s+)?(?:contract|position|role|job|pay|leave|redundancy|"
    r"secondment|transfer|promotion|roster|shifts?|team|section|branch)\b)",
    re.IGNORECASE,
)
# one of its staff thanked by the writer as a customer: "thank you Josh from Ambulance Victoria", "a
# massive thank you to Mel at the Youth Justice office for helping my nephew"
_THANKED_FROM_BEFORE = lazy_pattern(
    r"\bthank(?:s|\s+you)\s+(?:(?:so\s+much\s+)?to\s+)?(?-i:[A-Z][\w'’-]+)\s+(?:at|from)\s+(?:the\s+)?$", re.IGNORECASE
)
_THANKED_ANY = lazy_pattern(r"\bthank(?:s|\s+you)\b|\bshout\s?out\b|\blegends?\b|\bgrateful\b|\bkudos\b", re.IGNORECASE)
_HELPED_FAMILY = lazy_pattern(
    rf"\b(?:help(?:ed|ing|s)?|found|finding|sat\s+with|sit\s+with|stay(?:ed|ing)?\s+with|look(?:ed|ing)\s+after)\s+"
    rf"(?:{_FAMILY}\s+)?(?:{RELATIVE_WORDS})\b",
    re.IGNORECASE,
)
# its vehicle, band or stall seen by a passer-by: "Saw a Border Force boat heading out", "the CFA truck
# is parked outside the bakery", "Got pulled up by the Border Force boat"
_THING_AFTER = lazy_pattern(
    r"(?:['’]s)?\s+(?:boats?|trucks?|cars?|vans?|choppers?|helicopters?|planes?|vessels?|cutters?|utes?|band|stall|float|display)\b",
    re.IGNORECASE,
)
_PASSER_BY = lazy_pattern(
    r"\b(?:saw|seen|seeing|spotted|watched|pulled\s+(?:me\s+|us\s+)?(?:up|over)|parked|going\s+past|drove\s+past|"
    r"went\s+past|flew\s+over|wonder)\b",
    re.IGNORECASE,
)
# its account addressed by someone asking: "Dear @TasPolice I lost my wallet ...?", "Hey @AusBorderForce any update?"
_ACCOUNT_ADDRESSED = lazy_pattern(r"(?:^|[.!?\n]\s*)(?:dear|hey|hi|hello|oi)\s+$", re.IGNORECASE)
_ASKING = lazy_pattern(r"\?|\bplease\b|\bpls\b|🙏", re.IGNORECASE)
# staff cues beyond `OWN_WORK`: the writer's own office, floor, minister or agency
_STAFF_CUE = lazy_pattern(
    r"\b(?:our|my)\s+(?:office|branch|section|floor|site|centre|center|station|ward|minister|agency|department|dept|"
    r"workplace|org|organisation|organization|frontline|clients|customers|caseload)\b"
    r"|\bour\s+(?:staff|officers|people|members)\b|\bi(?:['’]ve|\s+have)\s+been\s+here\b|\bask\s+for\s+me\b"
    r"|\bwe\s+(?:were|are|have\s+been|got)\s+(?:told|briefed|asked|instructed|directed)\b",
    re.IGNORECASE,
)


def public_service(text: str, start: int, end: int) -> bool:
    """The organisation's name at text[start:end] names a service the public meets, from its
    public's side (see the module docstring). The caller has checked that the writer names no work
    of their own there (`OWN_WORK`)."""
    if searched(_STAFF_CUE, text) is not None:
        return False
    a, b = sentence_of(text, start, end)
    before = text[max(a, start - 40) : start]
    if _SERVICE_AFTER.match(text, end) and (_FAMILY_BEFORE.search(before) or _SERVED_HOW.search(text, end, b)):
        return True
    if _NEAR_AFTER.match(text, end) or _LOCAL_BEFORE.search(before):
        return True
    if _ACTS_ON_AFTER.match(text, end) or _ALERT_AFTER.match(text, end):
        return True
    if _NEWS_AFTER.match(text, end) or _GROWN_UP.search(text, a, b) or _ASKED_BEFORE.search(before):
        return True
    if _WAITED_AT_BEFORE.search(before) or (_LETTER_FROM_BEFORE.search(before) and _ABOUT_FAMILY_CASE.search(text, a, b)):
        return True
    if (_THANKED_FROM_BEFORE.search(before) or searched(_THANKED_ANY, text)) and _HELPED_FAMILY.search(text):
        return True
    if _THING_AFTER.match(text, end) and _PASSER_BY.search(text, a, b):
        return True
    return bool((_WITH_FAMILY.search(text, a, b) and _PATIENT.search(text)) or searched(_FAMILY_PATIENT, text))


def account_addressed(text: str, start: int) -> bool:
    """The organisation's account at text[start:] addressed by someone asking it ("Dear @TasPolice
    I lost my wallet near the bus mall, any chance someone handed it in? 🙏")."""
    return bool(
        _ACCOUNT_ADDRESSED.search(text[max(0, start - 12) : start])
        and searched(_ASKING, text)
        and searched(_STAFF_CUE, text) is None
    )
