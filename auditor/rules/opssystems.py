"""Work systems and site security told in plain words, for OPS102 (`auditor.rules.operations`).

* `system_down`: a work system down with its effect on the work ("the booking system fell over
  ... couldn't issue a single licence", "Day 3 of the EMR outage ... paper charts", "CRIMS is down
  again, write the warrants up by hand"), not a gym's app, the NBN or a customer's wait at the counter;
* `generic_failure`: "the system" said broken of a policy, or met by a customer;
* `customer_met`: a system met by its customer (OPS102 is silent on any system so met);
* `work_effect`: what an outage did to the work, the frame of a profile's system named down with no first person;
* `site_security`: a site's security control, where it stands and its gap ("the cameras in the
  visits centre are down", "someone propped the back fire door again").

Split out of `auditor.rules.opsplain` by topic (staffing, rosters, volumes and incidents stay there);
reads only text and the profile's compiled lists, and imports no rule family.
"""

from __future__ import annotations

import re

from auditor.config import Profile
from auditor.rules.base import lazy_pattern, searched
from auditor.rules.features import ops
from auditor.rules.opsplain import other_workplace

# A work system down, in plain words: "the booking system fell over", "the network's been down since
# 7", "the swipe readers are down", "Gate 3 scanner's been dead a week", "the radar down again".
OUTAGE = lazy_pattern(
    r"\b(?:system|systems|server|network|portal|database|EMR|scanners?|cameras|CCTV|swipe(?: readers?| system)?|pass readers?|"
    r"radar|comms(?: system)?|boom gate|IVR|gates|app|radios?|phones)(?:'s| has| have| is| are| was| were| had)?"
    r"(?: been| just| already| gone| still)? (?:(?!this |that |so |too |very )\w+ )?(?:down|crashed|crashing|crawling|fell over|"
    r"falling over|offline|dead|dropped out|went down|failed|froze|locking|locked|not working|carked it|won[’']t let (?:me|us|anyone))\b"
    r"|\b(?:logged|logging|locked|locking) (?:\w+ )?out of the (?:new |whole )?(?:\w+ )?(?:system|portal|network|app)\b"
    # an outage named as one, and a system that has fallen over: "Day 3 of the EMR outage", "it has fallen over"
    r"|\b(?:system|systems|server|network|EMR|IT|comms|phone|portal|database|CAD|radio)s? outages?\b"
    r"|\b(?:\d+|two|three|four|five) crashes\b|\bcrashed (?:\d+|two|three|four|five) times\b"
    r"|\b(?:printer|card reader|eftpos|scanner|email|fax)(?:'s| has| is)? (?:died|down|dead|gone down)\b"
    r"|(?-i:\b(?!EFTPOS|NBN|ATM)[A-Z][A-Z0-9]{2,5}) (?:is|was|has been|went|'s been) (?:down|offline)\b"
    r"|\b(?:system|systems|server|network|portal|database|EMR|it)(?:'s| has| have)? (?:\w+ )?fallen over\b"
    # a device is broken, a system is "broken" in every complaint about policy
    r"|\b(?:scanners?|cameras|CCTV|(?:swipe|pass) readers?|boom gate|gates)(?:'s| has| have| is| are| was| were)?(?: been| still)? broken\b",
    re.IGNORECASE,
)
# What the outage did to the work: records nobody can open, work done by hand, customers turned
# away; without it a system down is anyone's ("the gym app's down").
_WORK_EFFECT = lazy_pattern(
    r"\b(?:on paper|paper (?:charts|cards|notes|forms)|by hand|manual(?:ly)?|nobody|no one|no-one|every(?:one| single)? (?:call|customer|"
    r"visitor|pax|ward)|can[’']?t|couldn[’']?t|cannot|customers?|clients?|pax|files?|records?|cases?|queue|visits?|visitors|"
    r"licences?|rego|handover|ward|the (?:whole )?floor|heads up|staff|shopfronts|forecasts|finalise|process|renewals?|"
    r"(?:duty|work|team|after-hours) (?:mobile|phone)|checks through|on radio|bail list)\b",
    re.IGNORECASE,
)
# A site's security arrangement and its gap, in plain words: a control (a swipe, a pass, CCTV, an
# escort, a fire door), where it stands (a level, the visits room, the compound, the staff entry) and
# its state ("dead", "propped open", "blind spots", "escorted up"): "the cameras in the visits centre
# are down till Mon", "someone propped the back fire door again", "passes not working at the front
# door so security's escorting everyone up". A gym's swipe card or a stadium's bag check is not one.
_CONTROL = lazy_pattern(
    r"\b(?:swipes?(?: cards?| readers?| system| log)?|pass(?:es)?|pass readers?|CCTV|cameras?|camera footage|boom gate|fire door|"
    r"side door|back door|front door|staff (?:entry|entrance)|gatehouse|escorts?|escorting|escorted|bag checks?|pat-search\w*|scanner)\b",
    re.IGNORECASE,
)
_CONTROL_WHERE = lazy_pattern(
    r"\b(?:level \d+|on \d\b|floor|office|the building|building access|unit|compound|visits?(?: room| centre)?|block|cells?|"
    r"watch ?house|foyer|loading dock|entrance|entry|ED|the centre|front desk|staff|search area|bay \d+|crib room)\b",
    re.IGNORECASE,
)
_CONTROL_STATE = lazy_pattern(
    r"\b(?:down|dead|broken|out|don[’']t work|doesn[’']t latch|not working|blind spots?|propp\w*|locked|open all|stopped working|"
    r"escort\w*|checking|bag checks?|pat-search\w*|went black|footage|review)\b",
    re.IGNORECASE,
)
_CONTROL_ELSEWHERE = lazy_pattern(
    r"\b(?:gym|apartment|stadium|footy|concert|store|wedding|oversize load|coming back from|got pulled aside)\b", re.IGNORECASE
)


def site_security(text: str, profile: Profile) -> re.Match[str] | None:
    """A security control of a work site, where it stands and its state or gap, or None."""
    m = searched(_CONTROL, text)
    if m is None or searched(_CONTROL_WHERE, text) is None or searched(_CONTROL_STATE, text) is None:
        return None
    if searched(_CONTROL_ELSEWHERE, text) is not None or other_workplace(text, profile):
        return None
    return m


# Things everyone uses that go down too: the gym's app, the bank's, the library's.
_CONSUMER = lazy_pattern(
    r"\b(?:gym|bank(?:'s)?|banking|library|club|pool|netflix|eftpos|nbn|telstra|optus|warehouse|supermarket|the tills?|spin|uber|my (?:phone|laptop|wifi|internet|"
    r"modem|router|licence|rego|claim|payment|appointment|booking|order|card)|renew my|went to|i went in|on hold"
    # a relative's business with the agency, a traveller's arrival: "can't log in to see my son's plan", "the
    # gates were down when we landed"
    r"|my (?:son|daughter|kids?|mum|mom|dad|partner|husband|wife)'s (?:plan|claim|payment|appointment|application|visa|"
    r"passport|account|rego|licence|details|booking)|when we (?:landed|arrived|flew in|got off the plane))\b",
    re.IGNORECASE,
)


def customer_met(text: str) -> bool:
    """A system met from the customer's side, or one everyone uses: "when I went to pay", "on hold", "my claim"."""
    return searched(_CONSUMER, text) is not None


def generic_failure(text: str, problem: str) -> bool:
    """A system named only as "the system" that reads as no work system: said "broken" or "failed" (of a
    policy: "honestly the system is broken"), or met by a customer ("went to renew my licence and the system
    was down")."""
    return problem.lower() in ("broken", "broke", "fail", "fails", "failed", "mistakes", "errors") or bool(
        searched(_CONSUMER, text)
    )


def work_effect(text: str, profile: Profile) -> re.Match[str] | None:
    """What an outage did to the work ("nobody could finalise a single assessment"), said by no customer of
    the system nor of another workplace; the insider's frame of a named system down ("LevyNet was down")."""
    if searched(_CONSUMER, text) is not None or ops(profile).customer.search(text) or other_workplace(text, profile):
        return None
    return searched(_WORK_EFFECT, text)


def system_down(text: str, profile: Profile) -> tuple[re.Match[str], re.Match[str]] | None:
    """A work system down in plain words and what it did to the work ("nobody can open a file");
    not a system everyone uses (a gym's app, a bank's), nor one a customer met at the counter."""
    m = searched(OUTAGE, text)
    if m is None or searched(_CONSUMER, text) is not None or ops(profile).customer.search(text):
        return None
    if other_workplace(text, profile):
        return None
    effect = searched(_WORK_EFFECT, text)
    return (m, effect) if effect is not None else None
