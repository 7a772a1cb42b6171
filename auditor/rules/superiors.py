"""The writer's own people by title or role alone, and a wish that names a friend, for the colleague family.

`own_superior`: the writer's own superior by title alone, no name ("our AP said", "the DG wants it
tonight", "Asked the NUM why", "Congrats Sarge!!"), not a kind of post ("any Director would say",
`TYPE_BEFORE`) nor a condition ("if the principal needs me"); `new_starter`: one's new starter by role
("our new grad found the error"), not a programme; `personal_wish`: a friend's or relative's own
milestone with nothing of the writer's work around it ("Congrats on the new job Hannah!!"), which
silences the learned COL102. Split by topic out of `rules.personrefs`, which finds the named people.
"""

from __future__ import annotations

import re

from auditor.config import Profile
from auditor.rules.base import lazy_pattern, searched
from auditor.rules.features import WORK_FRAME, department_terms, work_site
from auditor.rules.people import NAME_FROM_UNIT_RE, role_is_ours
from auditor.rules.personrefs import TYPE_BEFORE, colleague_terms

# A wish to a friend or relative on their own milestone ("Congrats on the new job Hannah!! So proud
# of you"): the job is theirs, anywhere. With no other tie to the writer's work (a department term,
# a work site, a ``[colleagues] cue``, a rank or a work-frame word), the person named is no colleague.
_WISH = lazy_pattern(
    r"\b(?:congrats|congratulations|good luck|best of luck|all the best|happy (?:birthday|bday)|proud of (?:you|him|her)|"
    r"so proud|well done|miss (?:you|ya)|love (?:you|ya)|wishing you|farewell drinks)\b",
    re.IGNORECASE,
)
_OWN_JOB = lazy_pattern(
    r"\b(?:(?:the|your|her|his|their|a)\s+)?(?:new|first|dream|next)\s+(?:job|role|gig)\b"
    r"|\b(?:promotion|retirement|farewell drinks)\b",  # an occasion a friend has too, not a tie by itself
    re.IGNORECASE,
)
# a tie to the writer's own work left after the milestone: "our new Deputy Secretary", "the late",
# "our cohort", "in the dress uniform", "the new ambos at the station", "teaching at Ravenswood Heights"
_OWN_TIE = lazy_pattern(
    r"\b(?:our|my)\s+(?:new\s+)?(?:(?-i:[A-Z])|boss|manager|team|colleague|workmate|cohort)|\b(?:the|an?)\s+(?:late|early)\b"
    r"|\b(?:uniform|station|ward|academy|depot|\d+ years)\b|\b(?:teaching|nursing|policing|working|posted)\s+(?:at|in)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)


def personal_wish(text: str, profile: Profile) -> str | None:
    """The wish to a friend or relative on their own milestone, with nothing of the writer's work
    around it, or None. The learned colleague rule stays silent on it (`rules.learned`)."""
    wish = searched(_WISH, text)
    if wish is None or department_terms(text, profile) or work_site(text, profile):
        return None
    rest = _OWN_JOB.sub(" ", text)  # "the new job": theirs, wherever it is
    col = colleague_terms(profile)
    if any(p is not None and p.search(rest) for p in (col.cues, col.titles, col.senior, WORK_FRAME, _OWN_TIE)):
        return None
    if NAME_FROM_UNIT_RE.search(rest):
        return None  # "Dimitri from the Fraud Taskforce"
    return wish.group(0)


# One's own superior by title alone, no name: "our AP said the same", "My EO says", "Our new Deputy
# Secretary announced", "Our Commissioner's plan"; after "the", only saying or wanting something of
# the writer's team ("what the SBFO said on nights", "the new Secretary tells us"); "Congrats Sarge!!". Not a manager, a
# boss or a team leader (a call centre or a shop has them), nor a club's secretary (lower case);
# `people.role_is_ours` keeps a principal, an AP or a NUM to the organisations that run schools or
# hospitals, a sergeant to those with police or prisons.
_SUPERIOR = (
    r"(?:(?i:new|acting|former)\s+)?(?:(?i:deputy|assistant)\s+)?(?:AP|DP|EO|EL ?[12]|DG|DDG|FAS|AS|HOD|2IC|SM|GM|NUM|DON|OIC|LSC|"
    r"SBFO|DS|Sgt|CO|"
    r"Secretary|Commissioner|Chief Commissioner|Regional Commander|Commander|Director-General|(?i:director|principal|"
    r"sergeant|sarge|inspector|superintendent|charge nurse|nurse unit manager|branch head))"
)
# a word of praise between "our" and the title: "our amazing Charge Nurse", "my old Sergeant"
_PRAISED = r"(?:(?i:amazing|wonderful|lovely|awesome|fantastic|incredible|legendary|beloved|fearless|old|former|acting)\s+)?"
OUR_SUPERIOR = lazy_pattern(
    rf"\b(?:[Mm]y|[Oo]ur)\s+{_PRAISED}{_SUPERIOR}(?![\w-])(?!\s+(?:HR\s+)?(?:role|spot|position|job|vacancy|vacancies|band|level)s?\b)|\b[Tt]he\s+{_SUPERIOR}(?=\s+(?:said|says|wants|wanted|tells us|told us|"
    r"told me|asked us|asked me|reckons|made us|made me|won['’]t|wouldn['’]t|needs (?:it|them|us|me|the|all)|rang|called|emailed|"
    r"signed off|knocked|sees|finds out|hears|is (?:happy|ok|okay|fine|good) (?:with|for|to|if)|is back|is in|is on|hands|handed|"
    r"gave|gives|is leaving|left|is doing|are doing|is losing|called|visited|(?:has |['’]s )?put me|"
    r"(?:who|that) (?:told|asked|made|put|gave|rang|called|knocked back) (?:me|us)|"
    # a new one arriving: "the new Secretary starts Monday"
    r"starts|started|is starting|begins|arrives)\b"
    r"|['’]s (?:desk|office|line|direct line|email|inbox|PA|EA)\b)"
    # the superior asked, told, copied in or rung: "Asked the NUM why", "cc the EL on this", "Tell the OIC I'll be late"
    rf"|\b(?i:ask|asked|asking|tell|told|cc|cc'd|email|emailed|ring|rang|call|called|check with|checked with|run it past|"
    rf"ran it past|pass it on to|passed it on to|send it to|sent it to|forward it to|handing over to|handed over to|hand over to|"
    rf"handover to|is)\s+(?P<asked>[Tt]he\s+(?:{_SUPERIOR}|EL))(?![\w-])"
    r"(?!\s+(?:role|spot|position|job|vacancy|office|'s office|of\b))"
    # a title opening a sentence, saying or wanting something: "Principal wants the data by 4"
    rf"|(?:^|(?<=[.!?]\s))(?P<bare>Sarge|OIC|NUM|DG|Inspector|Officer in charge|(?:Deputy |Assistant )?Principal)(?=\s+(?:said|says|"
    r"wants|wanted|told us|told me|asked us|asked me|reckons|made us|made me|needs|called|just told|just said|(?:has |['’]s )?put me)\b)"
    r"|\b(?i:congrats|thanks|cheers|farewell|thank you),?\s+(?P<sarge>Sarge)\b"
    # a new one arriving, opening a sentence: "New Nurse Unit Manager starts Monday", "New DG starts today"
    rf"|(?:^|(?<=[.!?]\s))(?=New\s){_SUPERIOR}(?=\s+(?:starts|started|is starting|begins|arrives)\b)"
)
# One's own new starter by role alone: "our new grad found a $400k error", "my new recruit", "the new
# grad starting Monday"; not a title before a post ("our new grad program").
NEW_STARTER = lazy_pattern(
    r"\b(?:[Mm]y|[Oo]ur|[Tt]he)\s+new\s+(?:grad|graduate|recruit|starter|trainee|cadet)(?:\s+(?:nurse|officer|analyst|constable|"
    r"paramedic|teacher|ranger))?\b(?!\s+(?:program|programme|intake|role|position|job|year|cohort|course|day|pay|rate|list)s?\b)"
)


def new_starter(text: str) -> tuple[str, int, int] | None:
    """One's own new starter named by role alone ("our new grad"), as a person reference, or None."""
    low = text.casefold()
    if "new " not in low or not any(k in low for k in ("grad", "recruit", "starter", "trainee", "cadet")):
        return None
    m = searched(NEW_STARTER, text)
    return (m.group(0), m.start(), m.end()) if m is not None else None


# "who my director is" after a restructure, "when the sarge says 'quiet night'", "my mob if the principal
# needs me": a post, a type or a condition, no one person
_WHO_BEFORE = lazy_pattern(r"\b(?:who(?:['’]s| is| will be)?|when(?:ever)?)\s+$", re.IGNORECASE)
# "my work mob if the principal needs me": a condition on reaching the writer, no act of anyone's
_IF_BEFORE = lazy_pattern(r"\b(?:if|in case)\s+$", re.IGNORECASE)
_NEEDS_ME_AFTER = lazy_pattern(r"\s+needs?\s+(?:me|us|you)\b", re.IGNORECASE)


# What every `OUR_SUPERIOR` match holds: a title as written (acronyms) or in any case (words). A
# substring test each, so a text with none skips the long pattern.
_TITLE_KEYS = (
    "AP",
    "DP",
    "EO",
    "EL",
    "DG",
    "AS",
    "FAS",
    "HOD",
    "2IC",
    "SM",
    "GM",
    "NUM",
    "DON",
    "OIC",
    "LSC",
    "SBFO",
    "DS",
    "Sgt",
    "CO",
)
_TITLE_WORDS = (
    "secretary",
    "commissioner",
    "commander",
    "director",
    "principal",
    "sergeant",
    "sarge",
    "inspector",
    "superintendent",
    "charge nurse",
    "nurse unit manager",
    "branch head",
    "officer in charge",
)


# A superior in a game, a show or a book: "my sergeant in the game", "our Commander on the show".
_IN_FICTION_AFTER = lazy_pattern(
    r"\s+(?:in|on|from)\s+(?:the|this|that)\s+(?:game|show|series|movie|film|book|episode)\b", re.IGNORECASE
)


# The writer's own rank by its insignia: "my sergeant's stripes", "my inspector's pips".
_MY_BEFORE = lazy_pattern(r"\bmy\s+(?:new\s+)?$", re.IGNORECASE)
_OWN_INSIGNIA_AFTER = lazy_pattern(
    r"['’]s\s+(?:new\s+)?(?:stripes|pips|chevrons|epaulettes|crown|crowns|insignia|rank|hat|cap)\b", re.IGNORECASE
)


def own_insignia(text: str, start: int, end: int) -> bool:
    """The title at text[start:end] is the writer's own rank, by its insignia ("my sergeant's stripes"; not
    "the Commissioner's cap")."""
    if _OWN_INSIGNIA_AFTER.match(text, end) is None:
        return False
    return text[start:end].casefold().startswith("my ") or _MY_BEFORE.search(text, max(0, start - 12), start) is not None


def own_superior(text: str, profile: Profile) -> tuple[str, int, int] | None:
    """The writer's own superior named by title alone ("our AP"), as a person reference, or None."""
    if not any(k in text for k in _TITLE_KEYS):
        low = text.casefold()
        if not any(k in low for k in _TITLE_WORDS):
            return None
    m = searched(OUR_SUPERIOR, text)
    if m is None or _WHO_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    if _IF_BEFORE.search(text, max(0, m.start() - 10), m.start()) and _NEEDS_ME_AFTER.match(text, m.end()):
        return None
    if TYPE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return None  # "any Director would say the same": a kind of post
    group = next((g for g in ("sarge", "asked") if m.group(g)), None)
    a, b = m.span(group) if group else m.span()
    if _IN_FICTION_AFTER.match(text, b):
        return None  # "my sergeant in the game keeps running into walls": a character
    if own_insignia(text, a, b):
        return None  # "Mum pinned my sergeant's stripes on today": the writer's own rank

    role = "NUM" if text[a:b].casefold().endswith("nurse unit manager") else text[a:b]
    return (text[a:b], a, b) if role_is_ours(role, profile) else None
