"""A titled person ("Sgt Dawes", "Constable Amy Ferris", "Commander Sharon Petrov"), for the colleague
family: `titles`, the profile's ``[colleagues] titles``; `titled_at_work`, whether the title alone reads
as staff (greeted or sent a message, giving the writer work, placed, named in full); `SERVED_ME`, a
titled person (or any staff) who served the writer, thanked or praised, who is no colleague;
`served_customer`, a named one who sorted the writer's own payment, licence or claim ("ask for Marnie
at the Nundah Centrelink, she sorted my payment").
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.config import Profile
from auditor.geo.gazetteer import lookup
from auditor.rules.base import given_names, lazy_pattern, searched
from auditor.rules.orgvoice import OWN_WORK
from auditor.rules.tone import INSIDER


def titles(profile: Profile) -> frozenset[str]:
    """The profile's ranks and titles that start a person reference (``[colleagues] titles``)."""
    return frozenset(profile.terms("colleagues", "titles"))


# A titled person the way staff are named, not characters: greeted or sent a message ("Welcome to
# Commander Sharon Petrov", "Tell Sgt Dawes ...", "ask for Sgt Ellis"), placed ("Sgt Kowalski at
# Caboolture") or named in full ("Constable Amy Ferris"). A rank's leading words stand before the
# title the reference starts at ("congrats Leading Senior Constable Mel Tran").
_RANK_LEAD = r"(?:(?:Leading|Senior|Snr|First|Probationary|Acting|Station|Chief|Deputy|Assistant|Regional|District)\s+)*"
_TO_TITLED = lazy_pattern(
    r"\b(?i:tell|ask for|say (?:hi|hello|g['’]?day|gday|thanks) to|welcome|welcoming|welcome to|congrats|congrats to|"
    r"congratulations|congratulations to|thanks to|thank you to|shout ?out to|farewell to|farewell)\s+" + _RANK_LEAD + "$"
)
_SURNAME_AFTER = lazy_pattern(
    r"\s+(?:[A-Z]\.\s?)?[A-Z](?:['’][A-Z])?[a-z]+(?:-[A-Z][a-z]+)?\b(?!\s+(?:Street|St|Rd|Road|Hwy|Highway)\b)"
)
_ASKS_AFTER = lazy_pattern(r"\s+(?:wants|needs|asked for|is asking for|is after)\s+(?:it|them|the|a|an|all|you|us|me)\b")
_AT_PLACE_AFTER = lazy_pattern(
    r"(?:['’]s)?\s+((?:at|from)\s+(the\s+)?([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?)(?!['’]s\b)"
    r"(\s+(?i:station|office|airport|hospital|prison|court|courthouse|depot|branch|centre|watch ?house|ward|unit)\b)?"
)


# ... but not one who served the writer: "Officer Ng at Perth airport was so kind to my grandma",
# "Constable Ferris pulled my son out of the river", "thanks to Sergeant Liu for running the kids program".
SERVED_ME = lazy_pattern(
    r"\b(?:so (?:kind|patient|helpful|lovely|nice|good)|(?:amazing|great|wonderful|brilliant|kind|patient|lovely) (?:with|to) (?:me|my|us|our)|(?:made|make) my|(?:helped|helping|pulled|found|finding|returned|saved|"
    r"sorted|rescued|looked after|looking after) (?:me|my|us|our)|for (?:running|helping|finding|organising)|thank you(?! to)|thanks heaps)\b",
    re.IGNORECASE,
)


def titled_at_work(text: str, start: int, end: int) -> str | None:
    """Why a titled person reference (text[start:end], "Sgt Dawes") reads as staff on its own, or None."""
    if text.startswith("Dr", start) or searched(SERVED_ME, text):
        return None  # a patient's doctor is thanked, named in full and placed as often as a colleague
    if _TO_TITLED.search(text, max(0, start - 40), start):
        return "the rank of someone greeted or sent a message"
    if _ASKS_AFTER.match(text, end):
        return "the rank of someone giving the writer work"
    place = _AT_PLACE_AFTER.match(text, end)
    if place is not None and (
        place.group(2) or place.group(4) or lookup(place.group(1).split(None, 1)[1]) or lookup(place.group(3))
    ):
        # a place, a work site or a part of the organisation ("Sgt Kowalski at Caboolture", "at Mango
        # Hill station", "from the Dog Squad"),
        # not a show ("Constable Barnaby from Midsomer", "Sergeant Schultz from Hogan's Heroes")
        return f'a rank and a place ("{place.group(1)}")'
    if _SURNAME_AFTER.match(text, end) and text[start:end].split(" ")[-1].casefold() in given_names():
        return "a rank before a full name"
    return None


# A customer's thanks to the staff member who served them ("ask for Marnie at the Nundah Centrelink,
# she sorted my payment", "Shoutout to Dimitri at the VicRoads office who fixed my licence mess"): the
# person served the writer, no workmate of theirs. (Staff served by a colleague say so: "12 years
# here", "in the staff car park".)
_SERVED_CUSTOMER = lazy_pattern(
    r"\b(?:sorted|fixed|helped|processed|approved|renewed|found|got)\s+(?:out\s+)?(?:me\s+|my\s+|(?:mum|dad|nan|pop|son|daughter)['’]s\s+)"
    r"(?:[\w-]+\s+){0,3}?(?:payments?|licen[cs]e|rego|claim|card|visa|allowance|pension|plates|paperwork|forms?|application|refund|"
    r"passport|mess|statement|debt)\b"
    # the writer as the doctor's patient: "I was their patient last week", "got the all clear from Dr Mendes"
    r"|\bI was (?:their|her|his|a) patient\b|\b(?:all clear|clearance|referral|script|med(?:ical)? cert(?:ificate)?|sick note) "
    r"from (?:Dr|Doctor)\b",
    re.IGNORECASE,
)
# the writer's own doctor at a GP's practice, "our" or not: "Dr Kelly at our GP is the best doctor I've ever had"
_OWN_DOCTOR = lazy_pattern(
    r"\b(?:Dr|Doctor)\.? [A-Z][a-z]+ (?:at|from) (?:our|my|the) (?:local )?(?:GP|clinic|medical centre|surgery|practice)\b"
)


@lru_cache(maxsize=512)  # the colleague rules and the learned rule ask it of the same text
def served_customer(text: str) -> bool:
    """The writer thanks or names the staff member who served them as a customer, or their own doctor."""
    if searched(_OWN_DOCTOR, text) is not None and searched(OWN_WORK, text) is None:
        return True
    return (
        searched(_SERVED_CUSTOMER, text) is not None
        and searched(INSIDER, text) is None
        and searched(OWN_WORK, text) is None
        and searched(_WORKPLACE_CUE, text) is None
    )


# the server's own milestone or the office's kitchen: "Bernie from the Adelaide visa office just hit 30
# years, cake in the kitchenette at 3 (she processed my own visa back in 1996)"
_WORKPLACE_CUE = lazy_pattern(
    r"\b(?:just hit|hits|hit|celebrating|marks?)\s+\d+\s+(?:years|yrs)\b|\bkitchenette\b|\bstaff\s*(?:room|car\s*park|kitchen)\b",
    re.IGNORECASE,
)
