"""The organisation as a service the public meets, for DEP101: more of its public's side.

`orgreaders.public_side` reads the customer's call, question, wait and letter. This module reads
the other ways a person outside names an agency the public meets as a service (payments, hospitals,
licences, police, weather, schools), each from the words next to the name, for any profile:

* a service the writer or their family receives, the name before it: "Nan's DVA pension review went
  smoothly", "Dad's Medicare rebate on the scan", "Service Tas customer service was quick today",
  "the Centrelink office near me is closing"; the office closing and its public sent elsewhere, "our"
  office or not ("Our Medicare office in Morwell is closing and now we have to drive to Traralgon": `service_lost`);
* the agency as the actor on the writer or their family (not on "us": staff receive things too):
  "Centrelink cut my payment", "DVA sent Grandma a card", "NDIA rejected my son's plan"; or on the
  public at large, a warning or an alert: "The Bureau has issued a flood watch";
* the agency itself in the news ("Victoria Police were on the news again"), a child's wish ("wants to
  join the ABF when he grows up"), a question put to its staff from outside ("Could someone from DECYP
  tell me why ...");
* a patient's family at one of its hospitals: "Waited three hours in ED at the LGH with Pop", "Pop's
  home from the Alfred after his knee op", "Took my daughter to the Austin ED, 7 hours wait", "the
  nurse told me Mum's doing better", "the team who saved my mate's life"; and a writer who says they
  came as the public ("as a patient", "as a taxpayer"; not one signing in as a visitor at work);
* a customer's wait at its office, a letter about the family's own case, its staff thanked for helping
  the family or by name from it ("Thank you Leanne from Service Tasmania"), its vehicle or band seen
  by a passer-by, its account addressed by someone asking.

An applicant, the portfolio's minister and the agency's ads are not read here: the training sets'
writers label them both ways. Every reading is cancelled by a staff cue anywhere in the text
(`orgvoice.OWN_WORK`, or the writer's own office, section or staff: `_STAFF_CUE`). It reads text
only; it never reads files and imports no rule family.
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
# its office or service near the writer's home: "the Centrelink office near me is closing", "the local Service Tas"
_NEAR_AFTER = lazy_pattern(r"(?:\s+[\w-]+){0,3}?\s+(?:near|closest to|nearest to)\s+(?:us|me|home|here)\b", re.IGNORECASE)
_LOCAL_BEFORE = lazy_pattern(r"\b(?:my|the)\s+(?:local|nearest|closest)\s+$", re.IGNORECASE)
# the office lost to the town, the public sent elsewhere: "Our Medicare office in Morwell is closing and now we
# have to drive to Traralgon", "they shut the Service Tas shopfront, locals need to go to Burnie"
_SERVICE_LOST = lazy_pattern(
    r"\b(?:closing|closed|shutting|shut|gone)\b[^.!?\n]{0,60}?\b(?:we|i|locals|people|everyone|pensioners|the elderly|oldies)"
    r"(?:['’]ll|\s+will|\s+now)?\s+(?:have|has|need|needs|got)\s+to\s+(?:drive|go|travel|get|catch|head|trek)\b",
    re.IGNORECASE,
)
# the agency acting on the writer or their family: "DVA sent Grandma a card", "Centrelink cut my
# payment", "NDIA knocked back my son's plan", "Fines Victoria sent me a bill", "Home Affairs approved
# our partner visa"
_ACTS_ON_AFTER = lazy_pattern(
    # (its officer, where it happened between: "ABF at Brisbane Airport binned my nan's jam", "An Australian Border
    # Force officer at Melbourne Airport just confiscated my grandma's mangoes")
    r"(?:\s+(?:officer|officers|guy|lady|bloke|dog))?"
    r"(?:\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?"
    # (an adverb or two between: "has once again cancelled my elective surgery")
    r"\s+(?:(?:finally|just|already|only|then|have|has|had|once|again|yet|now|also)\s+){0,3}"
    r"(?:(?:sent|send|sends|rejected|denied|approved|cancell?ed|cut|stopped|suspended|reduced|fined|knocked\s+back|cut\s+off|"
    r"wrote\s+to|mailed|posted|gave|owes?|paid|reviewed|audited|sorted|processed|granted|refused|declined|took)\s+"
    rf"(?:me\b|my\s|(?:{RELATIVE_WORDS})(?:['’]s)?\b)"
    # the applicant's or the traveller's things, the writer's household's too: "Home Affairs approved our partner
    # visa", "Border Force confiscated my chilli jam", "searched our bags" (not "cut our", "gave us": staff say so)
    r"|(?:approved|granted|binned|confiscated|seized|searched|sniffed|x-?rayed|quarantined|pulled\s+aside)\s+"
    rf"(?:me\b|us\b|my\s|our\s|(?:{RELATIVE_WORDS})(?:['’]s)?\b))",
    re.IGNORECASE,
)
# ... or on the public at large: "The Bureau has issued a flood watch", "put out a fire alert"
_ALERT_AFTER = lazy_pattern(
    r"\s+(?:has\s+|have\s+|just\s+)?(?:issued|issues|put\s+out|puts\s+out|released|declared|upgraded)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:warnings?|alerts?|watch|advice|emergency|recall)\b",
    re.IGNORECASE,
)
# in the news: "Victoria Police were on the news again", "Home Affairs is in the papers again"
_NEWS_AFTER = lazy_pattern(
    r"\s+(?:(?:is|are|was|were|been|got|made|again)\s+){1,2}(?:on|in)\s+the\s+(?:news|papers?|headlines)\b", re.IGNORECASE
)
_GROWN_UP = lazy_pattern(r"\bwhen\s+(?:i|s?he|they|we)\s+grows?\s+up\b", re.IGNORECASE)
# a question put to its staff from outside: "Could someone from DECYP tell me why the bus list changed?"
_ASKED_BEFORE = lazy_pattern(
    r"\b(?:can|could|will|would|does|do)\s+(?:someone|anyone|somebody|any\s*one)\s+(?:from|at|in)\s+(?:the\s+)?$", re.IGNORECASE
)
# a patient's family: "Waited three hours in ED at the LGH with Pop", "sat in the waiting room"
# ("Took my daughter to the Austin ED", "rushed Pop in to the LGH")
_WITH_FAMILY = lazy_pattern(
    rf"\b(?:with|took|taking|take|rushed|brought|bringing|drove|driving)\s+(?:my\s+|our\s+)?(?:{RELATIVE_WORDS}|kids?|bub|baby|little\s+one|toddler)\b",
    re.IGNORECASE,
)
_PATIENT = lazy_pattern(
    r"\b(?:after|before|for)\s+(?:my|his|her|their|our)\s+(?:[\w-]+\s+){0,2}?(?:op|operation|surgery|procedure|scan|chemo|treatment|check-?up|appointment)\b"
    # the care praised by the family: "doctor was amazing", "the nurses are angels"
    r"|\b(?:doctors?|nurses|staff)\s+(?:was|were|are)\s+(?:so\s+|absolutely\s+)?(?:amazing|incredible|angels|wonderful|brilliant|lovely|fantastic|so\s+kind)\b"
    r"|\b(?:spent|waited|sat)\s+(?:\w+\s+){0,3}?hours?\s+(?:in|at)\b|\bwaiting\s+room\b"
    # the hours waited: "in the Alfred ED for 7 hours", "7 hours wait"
    r"|\bfor\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+hours\b|\b\d+\s*(?:hours?|hrs?)\s+(?:wait|waiting)\b",
    re.IGNORECASE,
)
# ... or a relative's own operation: "Pop's home from the Alfred after his knee op", "sit with my nan after her fall"
_FAMILY_PATIENT = lazy_pattern(
    rf"\b(?:{RELATIVE_WORDS})\b[^.!?\n]{{0,30}}?\b(?:after|before|for)\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:op|operation|surgery|procedure|scan|chemo|treatment|fall|accident|stroke|heart attack|injury|injuries)\b"
    # ... a relative on the mend, told by staff: "the nurse told me Mum's doing better"; a life saved
    # there: "the emergency team who saved my mate's life"
    rf"|\b(?:{RELATIVE_WORDS})['’]s\s+(?:(?:doing|going)\s+(?:so\s+)?(?:better|well|great|ok|okay|fine)|recovering|stable|improving|"
    r"home\s+from)\b|\bsaved\s+(?:my|our)\s+(?:[\w-]+['’]s\s+)?li(?:fe|ves)\b(?!\s+(?:today|this\s+week))"
    # a relative in there, their illness, a child's treatment, the writer's own scan: "Mum's been in the RHH three
    # weeks", "when Dad had his stroke", "during Ollie's treatment", "Off to the Alfred for my MRI"
    rf"|\b(?:{RELATIVE_WORDS})['’]s\s+(?:been|is|was)\s+in\b|\bwhen\s+(?:my\s+)?(?:{RELATIVE_WORDS})\s+(?:had|was)\b"
    r"|\bduring\s+(?:[A-Z][a-z]+['’]s|my|his|her|our)\s+(?:treatment|stay|surgery|chemo|recovery)\b"
    r"|\bfor\s+my\s+(?:[\w-]+\s+)?(?:mri|x-?ray|scan|bloods|biopsy|colonoscopy|ultrasound|infusion|chemo)\b"
    # the care praised, with the family: "The staff at the Queensland Children's Hospital were incredible with our boy"
    r"|\b(?:were|was|are)\s+(?:so\s+|absolutely\s+)?(?:amazing|incredible|wonderful|brilliant|so\s+kind|so\s+good|lovely)\s+with\s+"
    r"(?:our|my)\s+(?:boy|girl|son|daughter|baby|bub|little\s+one|kids?|mum|dad|nan|pop|grandma|grandpa)\b"
    # the family kept waiting for a call back: "Child Safety took weeks to even call her back"
    r"|\btook\s+(?:\w+\s+){0,3}?(?:weeks?|months?|days)\s+(?:for\s+[^.!?\n]{1,30}?\s+)?to\s+(?:even\s+)?(?:call|ring)\s+"
    r"(?:(?:me|her|him|us|them)\s+)?back\b",
    re.IGNORECASE,
)
# the writer says they came as the public: "as a patient", "as a taxpayer", "as a visitor" (not one
# signing in as a visitor at their own building)
_AS_PUBLIC = lazy_pattern(
    r"\b(sign(?:ed|ing|s)?\s+in\s+)?as\s+an?\s+(?:patient|customer|client|taxpayer|ratepayer|member\s+of\s+the\s+public|visitor|"
    r"foster\s+carer|kinship\s+carer|juror)\b|\bjury\s+duty\b",
    re.IGNORECASE,
)
# a customer's wait at its office: "Waited 50 minutes at the Medicare office", "queued an hour outside"
_WAITED_AT_BEFORE = lazy_pattern(
    r"\b(?:waited|waiting|queued|queuing|queueing|sat)\s+(?:for\s+)?(?:(?:an?|\d+|one|two|three|four|five)\s+[\w-]+\s+)?"
    r"(?:at|outside|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a letter or a call from it about the family's own case: "a reminder from the Education Department
# about my son's forms" (not the writer's own job: "about my contract")
_LETTER_FROM_BEFORE = lazy_pattern(
    r"\b(?:letter|email|e-mail|text|sms|call|bill|fine|notice|reminder|invoice)\s+from\s+(?:the\s+)?$", re.IGNORECASE
)
_ABOUT_FAMILY_CASE = lazy_pattern(
    rf"\b(?:about|for|re|regarding)\s+{_FAMILY}\s+(?!(?:\w+\s+)?(?:contract|position|role|job|pay|leave|redundancy|"
    r"secondment|transfer|promotion|roster|shifts?|team|section|branch)\b)",
    re.IGNORECASE,
)
# one of its staff thanked by the writer as a customer: "Thanks Dave from Tasmania Police for finding
# my brother's dog", "shout out to the constable who sat with my nan"
_THANKED_FROM_BEFORE = lazy_pattern(
    r"\bthank(?:s|\s+you)\s+(?:(?:so\s+much\s+)?to\s+)?(?-i:[A-Z][\w'’-]+)\s+(?:at|from)\s+(?:the\s+)?$", re.IGNORECASE
)
_THANKED_ANY = lazy_pattern(r"\bthank(?:s|\s+you)\b|\bshout\s?out\b|\blegends?\b|\bgrateful\b|\bkudos\b", re.IGNORECASE)
_HELPED_FAMILY = lazy_pattern(
    rf"\b(?:help(?:ed|ing|s)?|found|finding|sat\s+with|sit\s+with|stay(?:ed|ing)?\s+with|look(?:ed|ing)\s+after)\s+"
    rf"(?:{_FAMILY}\s+)?(?:{RELATIVE_WORDS})\b",
    re.IGNORECASE,
)
# its vehicle, band or stall seen by a passer-by: "Spotted a Border Force cutter off the point", "the SES
# truck went past", "got pulled over by a Highway Patrol car"
_THING_AFTER = lazy_pattern(
    r"(?:['’]s)?\s+(?:boats?|trucks?|cars?|vans?|choppers?|helicopters?|planes?|vessels?|cutters?|utes?|band|stall|float|display)\b",
    re.IGNORECASE,
)
_PASSER_BY = lazy_pattern(
    r"\b(?:saw|seen|seeing|spotted|watched|pulled\s+(?:me\s+|us\s+)?(?:up|over)|parked|going\s+past|drove\s+past|"
    r"went\s+past|flew\s+over|wonder)\b",
    re.IGNORECASE,
)
# its account addressed by someone asking: "Hey @AusBorderForce any word on my parcel? 🙏"
_ACCOUNT_ADDRESSED = lazy_pattern(r"(?:^|[.!?\n]\s*)(?:dear|hey|hi|hello|oi)\s+$", re.IGNORECASE)
_ASKING = lazy_pattern(r"\?|\bplease\b|\bpls\b|🙏", re.IGNORECASE)
# the writer's own matter put to the account: a report not followed up, its line on hold
_OWN_MATTER = lazy_pattern(
    r"\b(?:reported|lodged|submitted)\s+(?:my|our|the)\b|\bany\s+(?:update|news|word)\s+on\s+(?:my|our|the)\b"
    r"|\b(?:haven['’]?t|have\s+not|still\s+not|never)\s+(?:heard|had)\s+(?:a\s+thing|back|anything)\b|\bno\s+call\s+back\b"
    r"|\byour\s+(?:[\w-]+\s+){0,2}?(?:number|line|website|site|app|portal)\b[^.!?\n]{0,40}?\b(?:hold|down|crashed|broken|wait)",
    re.IGNORECASE,
)
# staff cues beyond `OWN_WORK`: the writer's own office, section, floor or staff, a briefing
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
    if _THANKED_FROM_BEFORE.search(before) or (searched(_THANKED_ANY, text) and _HELPED_FAMILY.search(text)):
        return True
    if _THING_AFTER.match(text, end) and _PASSER_BY.search(text, a, b):
        return True
    as_public = searched(_AS_PUBLIC, text)
    if as_public is not None and not as_public.group(1):
        return True
    return bool((_WITH_FAMILY.search(text, a, b) and _PATIENT.search(text)) or searched(_FAMILY_PATIENT, text))


def service_lost(text: str) -> bool:
    """The office is closing and the public must go elsewhere (`_SERVICE_LOST`): the town's loss, told by
    its public even where they call it "our Medicare office"."""
    return searched(_SERVICE_LOST, text) is not None


def account_addressed(text: str, start: int, greeted: bool = True) -> bool:
    """The organisation's account at text[start:] addressed by someone asking it ("Hey
    @AusBorderForce any word on my brother's parcel? 🙏"), or opening the text with the writer's own
    matter ("@TasPolice any update on the break-in at my shop? Reported 3 weeks ago", "@QldHealth your
    1300 number has been hold music for 50 minutes")."""
    if searched(_STAFF_CUE, text) is not None:
        return False
    if greeted and _ACCOUNT_ADDRESSED.search(text[max(0, start - 12) : start]) and searched(_ASKING, text):
        return True
    return not text[:start].strip() and searched(_OWN_MATTER, text) is not None
