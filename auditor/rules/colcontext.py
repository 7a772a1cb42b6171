"""The work context of the colleague family: whether a text is about work with other people.

`work_context` says why a text is about work with other people, or None: a ``[colleagues] cues``
word ("my supervisor", "from work", "night shift"), a team, crew or shift of someone's ("Kel's
crew", "from the compliance team"), a shift covered, the reader given a post with the writer or
for a day ("you're with Jono on the car tomorrow"), a department identifier, a handle with a work
role, a team at a work site, one's own senior by title, operational activity, or a shift worked at
a work site ("nightie at Tullamarine"). `not_ours` says the people in a text are not the
organisation's staff at work with the writer: a club, a quiz or a volunteer team (``[colleagues]
exclude``, less hospital roles where the organisation runs hospitals), a show, the agency's
customer thanking its staff, staff who cared for the writer's family, a private job. Read by COL101
(`rules.colleagues`), the learned colleague rule (`rules.learned`) and the model's meta features
(`rules.meta`).
"""

from __future__ import annotations

import re

from auditor.config import Profile
from auditor.rules.base import lazy_pattern, searched
from auditor.rules.employers import private_job
from auditor.rules.features import department_terms, elsewhere, shift_at_site, work_site
from auditor.rules.operations import operation_terms
from auditor.rules.orgwords import OWN_WORK, not_colleagues
from auditor.rules.people import COVER_SHIFT, RELATIVE_WORDS, on_screen, role_is_ours, served_family
from auditor.rules.personrefs import colleague_terms, role_handle

_POSSESSIVE_TEAM = lazy_pattern(
    r"\b[A-Z][a-z]+['’]s (?:team|crew|section|unit|shift)\b"
    r"|\bfrom (?:the|my|our) [\w-]+ (?:team|crew|section|unit|branch|division|office|taskforce|squad|directorate)\b",
    re.IGNORECASE,
)


_OUR_OFFICE = lazy_pattern(r"\b(?:our|my) (?:office|section|branch|division|agency|department)\b", re.IGNORECASE)
_TEAM_AT_SITE = lazy_pattern(r"\b(?:team|crew|shift|squad)\b", re.IGNORECASE)


# The reader given a post or a shift with the writer or for a day: "you're with Jono on the Mt Gravatt
# car tomorrow", "You're on 3 with me on Tuesday", "you're on the stand-up board for Thursday nights";
# not a condition ("if you're on the Perth roster") nor one's time off ("while you're on leave").
_ROSTERED = lazy_pattern(
    r"(?<!\bif )(?<!\bwhen )\b(?i:you['’]?re)\s+(?:on|with)\s+(?!leave\b|holidays?\b|the phone\b)[^.!?\n]{0,60}?"
    r"\b(?i:with me|with us|tomorrow|tmrw|tonight|(?:mon|tues?|wed|thur?s?|fri|sat|sun)(?:day)?s?|nights|earlies|lates|"
    r"this week|next week)\b"
)


# Hospital staff the base profile excludes as another employer's ("charge nurse", "Director of
# Emergency Medicine"): the organisation's own where it runs hospitals (`role_is_ours`).
_HOSPITAL_STAFF = frozenset({"charge nurse", "emergency medicine"})


def _own_staff_only(text: str, profile: Profile) -> bool:
    """Every ``[colleagues] exclude`` word in the text is a hospital role of an organisation that runs hospitals."""
    col = colleague_terms(profile)
    if col.exclude is None or not role_is_ours("NUM", profile):
        return False
    return all(m.group(0).casefold() in _HOSPITAL_STAFF for m in col.exclude.finditer(text))


# Staff praised for what they did for the writer's family: the writer is the customer ("Gav from the
# Burnie CIB found my brother's stolen ute", "Constable Ng stayed past knock-off to sit with my nan",
# "tell Bec at the front desk she rebooked Mum's scan").
_SERVED_KIN = lazy_pattern(
    r"\b(?:saved|found|returned|rebooked|sat with|sit with|sitting with|stayed with|rescued|treated|calmed|comforted|"
    rf"took care of|looked after|got back|brought back)\s+(?:my|our)\s+(?:{RELATIVE_WORDS})\b"
    r"|\b(?:saved|found|returned|rebooked)\s+(?:Mum|Dad|Nan|Mom)['’]s\b",
    re.IGNORECASE,
)


def not_ours(text: str, profile: Profile) -> bool:
    """The people in the text are not the organisation's staff at work with the writer."""
    if elsewhere(text, profile) and not _own_staff_only(text, profile):  # ``[colleagues] exclude``, once per text
        return True  # a club, a quiz team, a volunteer shift: not the agency
    if not_colleagues(text, profile):
        return True  # a TV show or a game, or the agency's customer thanking its staff
    if (served_family(text) or on_screen(text) or searched(_SERVED_KIN, text)) and not OWN_WORK.search(text):
        return True  # "thanks to Dr Mehta and the 2B team for looking after Dad": the patient's family; a rerun
    # "shoutout to my manager Raj" at a café, a store or an insurance company
    # ... but "our office Christmas party at the brewery" is the writer's office at a venue
    return bool(private_job(text) and not department_terms(text, profile) and not _OUR_OFFICE.search(text))


def work_context(text: str, profile: Profile) -> str | None:
    """Why the text is about work with other people, or None."""
    col = colleague_terms(profile)
    if not_ours(text, profile):
        return None
    m = col.cues.search(text) if col.cues is not None else None
    if m:
        return f'work-relationship word "{m.group(0)}"'
    m = searched(_POSSESSIVE_TEAM, text) or searched(COVER_SHIFT, text) or (searched(_ROSTERED, text) if "re " in text else None)
    if m:
        return f'"{m.group(0)}"'
    dept = department_terms(text, profile)
    if dept:
        return f'department term "{dept[0][0]}"'
    handle = role_handle(text, profile) if "@" in text else None
    if handle:
        return f'a handle with a work role ("{handle}")'
    m = _TEAM_AT_SITE.search(text)
    if m and work_site(text, profile):
        return f'"{m.group(0)}" at work site "{work_site(text, profile)}"'
    if col.senior is not None:
        for m in col.senior.finditer(text):
            if re.search(r"\b(?:our|my|the new)\s+$", text[max(0, m.start() - 10) : m.start()], re.IGNORECASE):
                return f'"{text[max(0, m.start() - 4) : m.end()].strip()}"'
    ops = operation_terms(text, profile)
    if ops:
        return f'operational activity "{ops[0].group(0)}"'
    shift = shift_at_site(text, profile)
    return f'shift "{shift}"' if shift else None
