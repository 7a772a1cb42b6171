"""Relatives and friends said to work at the organisation, for the colleague family.

`relative_at_work`: a relative, friend or housemate said to hold one of the organisation's roles at
a named place ("my cousin's a detective at Fortitude Valley"), to work at one of its sites ("My
housemate works at Ashley"), or named with the organisation and a stretch of service ("Our
daughter just started at Ambulance Tasmania"); not a part played ("my son is playing a police
officer in the Christmas play"), a patient's visit ("Mum's been at the Alfred since Tuesday") nor a
job with no where ("my cousin's a cop and he reckons ..."). `kin_named`: the relative named right
after the word for them ("my cousin Aaron"); the colleague rules take a relative at work for a
colleague only named or tagged. The patterns the learned rule's
someone-named gate shares (`rules.colleagues.names_someone`): `RELATIVE` (the writer's relative or
friend), `parent_opens` ("Dad's retiring ..."), `WORKS` (said to work somewhere) and `TITLED` (a
superior by title, the way staff refer to one without a name).
"""

from __future__ import annotations

import re

from auditor.config import Profile
from auditor.geo.gazetteer import lookup
from auditor.rules.base import given_names, lazy_pattern, per_profile, searched, word_pattern
from auditor.rules.features import department_terms, work_site
from auditor.rules.people import FRIEND_WORDS, RELATIVE_WORDS, place_not_person, role_is_ours, site_short_name
from auditor.rules.places import place_mentions

# A relative or friend said to hold one of the organisation's roles at a named place: "my cousin's a
# Senior Constable in Mount Isa", "my brother-in-law ... he's a Superintendent at Tullamarine".
RELATIVE = lazy_pattern(
    rf"\b(?:my|our) (?:(?:mate|friend|partner|neighbour|bestie)['’]s )?(?:little |big |baby |older |younger |twin )?"
    rf"(?:{RELATIVE_WORDS}|{FRIEND_WORDS})\b",
    re.IGNORECASE,
)
_HOLDS = lazy_pattern(
    r"(?:\b(?:is|was|works|worked|working|started|starts|joined|promoted|retired|graduated|does|did|finished|got|as an?|"
    r"sworn|posted|first posting|\d+ years)|['’]s)\b",
    re.IGNORECASE,
)


def _roles(profile: Profile) -> re.Pattern[str] | None:
    t = profile.terms
    return word_pattern(t("organisation", "roles") + t("organisation", "weak_roles") + t("colleagues", "titles"))


_AT_NAME = lazy_pattern(r"\b(?:at|in)\s+(?:the\s+)?([A-Z][a-z]+)")


def relative_at_work(text: str, profile: Profile) -> str | None:
    """Why a relative or friend reads as one of the organisation's staff at a named place, or None:
    a role of the organisation, a rank or the organisation's name said of them with a place or a
    work site ("my cousin's a detective at Fortitude Valley", "My housemate works at Ashley"), or
    the organisation named with a stretch of service ("Our daughter just started at Ambulance
    Tasmania", "Dad's retiring from Customs after 35 years")."""
    rel = searched(RELATIVE, text) or parent_opens(text)
    if rel is None:
        return None
    a, b = rel.start(), min(len(text), rel.end() + 120)
    if not _HOLDS.search(text, rel.end(), b) or _PLAYS.search(text, rel.end(), b):
        return None  # "my son is playing a police officer in the Christmas play": a part, not a job
    roles = per_profile(profile, "colleagues-roles", _roles)
    role = roles.search(text, a, b) if roles is not None else None  # type: ignore[union-attr]
    role = role or TITLED.search(text, rel.end(), b)
    # ... not the writer's own job told to them: "Dad you'd have been chuffed — I got the job in the Department"
    terms = [(t, s, e) for t, _k, s, e in department_terms(text, profile) if a <= s < b and not _I_SAY.search(text, rel.end(), s)]
    dept = [term for term, _s, _e in terms]
    # the relative is one of its staff by name: "My son's a PSO at Flinders St"
    # ... or the organisation said of them with where: "my brother's Border Force at Mascot"
    is_one = any(
        _IS_A_BEFORE.search(text, max(0, s - 12), s) or (_IS_BEFORE.search(text, max(0, s - 4), s) and _AT_PLACE.match(text, e))
        for _t, s, e in terms
    )
    # ... or a job held at the organisation itself, the organisation the where: "My partner is a CSO at the
    # Child Safety Service", "my sister's a case manager with Child Protection"
    job_at = any(_JOB_AT_BEFORE.search(text, max(0, s - 40), s) and not _I_SAY.search(text, rel.end(), s) for _t, s, _e in terms)
    mentions = [(name, site) for name, site, s, _e in place_mentions(text, profile) if a <= s < b]
    # a work site alone, or a job in plain words, needs the relative said to work there: "My
    # housemate works at Ashley", not "Mum's been at the Alfred since Tuesday" (a patient) nor
    # "Visited my uncle at Villawood"; and a plain job needs the organisation or one of its sites
    works = WORKS.search(text, rel.end(), b)
    # a site's first word after "in" must be no town ("works at the Woolies in Cairns": the town, where
    # Cairns is also a hospital's first word); after "at" it is the site ("works at Ashley")
    site = any(site for _n, site in mentions) or any(
        site_short_name(m.group(1), profile) and (m.group(0)[:2].casefold() == "at" or lookup(m.group(1)) is None)
        for m in _AT_NAME.finditer(text, a, b)
    )
    if role is None and (dept or site) and works:
        role = _WORKS_AS.search(text, rel.end(), b)
    if role is None and not (works or is_one or job_at or _SERVICE.search(text, rel.end(), b)):
        return None  # "Mum's been at the Alfred since Tuesday": a patient, not staff
    if role is None and not dept and not site:
        return _job_in_a_town(text, rel, b, profile)
    place = [name for name, _site in mentions]
    # or a site's short name: "a youth worker at Ashley", "at Cleveland Youth Detention"
    spans = [(s, e) for _t, _k, s, e in department_terms(text, profile)]
    place += [
        m.group(1)
        for m in _AT_NAME.finditer(text, a, b)
        if m.group(1).casefold() not in _FEASTS
        and not any(s <= m.start(1) < e for s, e in spans)
        and place_not_person(text, m.start(1), m.end(1), profile)
    ]
    who = _who(rel)
    what = _LEAD.sub("", role.group(0).strip()) if role else dept[0] if dept else ""  # "'s a CO" -> "CO"
    if place:
        if role is None and dept and dept[0].casefold().removeprefix("the ") != place[0].casefold().removeprefix("the "):
            return f'relative "{who}" working for "{dept[0]}" at "{place[0]}"'  # the organisation, not a role
        return f'relative "{who}" as "{what}" at "{place[0]}"' if what else f'relative "{who}" working at "{place[0]}"'
    if dept and (_SERVICE.search(text, rel.end(), b) or _WORKS_AT.match(text, rel.end()) or job_at):
        return f'relative "{who}" working at "{dept[0]}"'
    if is_one and not place:
        # the organisation's own role or name said of them, no place needed: "my hubby's a BFO", "my dad's
        # been a CSIRO scientist", "my uncle's a Fire and Rescue guy" (not a role any employer has: "a cop")
        weak = per_profile(
            profile, "relatives-weak", lambda p: frozenset(t.casefold() for t in p.terms("organisation", "weak_roles"))
        )
        own = [t for t, s, _e in terms if t.casefold() not in weak and _IS_A_BEFORE.search(text, max(0, s - 12), s)]  # type: ignore[operator]
        if own:
            return f'relative "{who}" as "{own[0]}"'
    return None  # "my cousin's a cop and he reckons ...": no where, too general to expose anyone


# "my housemate works at Medicare": the organisation itself said as the relative's workplace
_WORKS_AT = lazy_pattern(r"(?:['’]s)?\s+(?:still\s+|now\s+|also\s+)?works?\s+(?:at|for|in)\b", re.IGNORECASE)
_LEAD = lazy_pattern(r"^(?:['’]s|is|was|been|as)\s+(?:an?|the)\s+", re.IGNORECASE)
_IS_A_BEFORE = lazy_pattern(r"(?:['’]s|\b(?:is|was|as))\s+(?:been\s+)?(?:a|an|the)\s+$", re.IGNORECASE)
# a job said of the relative, then the organisation as where they hold it: "is a CSO at the ", "'s a case manager with "
# (not a patient, a client or a visitor there)
_JOB_AT_BEFORE = lazy_pattern(
    r"(?:['’]s|\b(?:is|was))\s+(?:a|an)\s+(?!(?:[\w-]+\s+){0,2}?(?:patient|client|customer|visitor|guest|regular|resident|inmate|"
    r"prisoner|detainee|volunteer)s?\b)(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:at|with|for|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_I_SAY = lazy_pattern(r"\bI(?:['’](?:ve|m|d|ll))?\s")
_IS_BEFORE = lazy_pattern(r"(?:['’]s|\bis)\s+$")
_AT_PLACE = lazy_pattern(r"\s+(?:at|in|out of)\s+(?=[A-Z])")
# a part played, not a job held; feast days are no places ("in the Christmas play")
_PLAYS = lazy_pattern(r"\b(?:playing|plays|played|dressed (?:up )?as|dress up as|costume|pretend)\b", re.IGNORECASE)
_FEASTS = frozenset("christmas xmas easter anzac".split())
# a job said of a relative in plain words: "Mum's a clerk at the court", "he's the OIC at Smithton"
_WORKS_AS = lazy_pattern(
    r"(?:['’]s|\b(?:is|was|been|as)) (?:a|an|the) (?:[\w-]+ ){0,2}(?:officer|constable|detective|sergeant|nurse|paramedic|"
    r"ambo|teacher|ranger|guard|magistrate|judge|clerk|inspector|agent|analyst|caseworker|screw|cop|copper|firie|(?-i:CO))s?\b",
    re.IGNORECASE,
)
# a stretch of service with the organisation: "started at", "35 years", "retiring from", "first shift",
# or its start: "sworn in", "First posting Mildura", "got the cadet job at ..."
_SERVICE = lazy_pattern(
    r"\b(?:\d+ years|\d+[- ]year (?:certificate|pin|medal|badge|award|anniversary)|started|starts|joined|graduated|retir(?:ed|es|ing)|"
    r"first (?:shift|day|week|year|posting)|sworn in|got (?:the|a|her|his|their) (?:[\w-]+ )?(?:job|cadetship|traineeship))\b",
    re.IGNORECASE,
)


# a parent named as the writer names their own, opening a sentence: "Dad's retiring after 35 years"
# ... or greeted on their own day: "Happy retirement Dad!!! 42 years with Customs"
_PARENT_OPENS = lazy_pattern(
    r"(?:^|[.!?]\s+)(?:(?i:happy \w+|congrats|congratulations|well done|proud of you|love you)[,!]?\s+)?(?P<kin>Mum|Dad|Mom)\b"
)
# ... or a housemate or a partner the same way, with no "my": "housemate's a prison officer at Barwon"
_KIN_OPENS = lazy_pattern(
    r"(?:^|[.!?]\s+)(?i:housemate|flatmate|hubby|husband|wife|partner|bestie|sister|brother|sis|bro|cousin)"
    r"(?=['’]s\b|\s+(?:is|was|works)\b)"
)


# a given name just after the relative: "my cousin Aaron works ...", "My aunty Jan was ...", "my Dad, Peter,"
_NAME_AFTER = lazy_pattern(r"\s*,?\s+\(?([A-Z][a-z]+)\b")


def kin_named(text: str, profile: Profile) -> bool:
    """Whether a relative or friend of the writer's is named right after the word for them ("my
    cousin Aaron", "my Dad, Peter,", "My cousin Jarrah just started"), as the colleague rule needs of
    a relative at work: a given name, or a capitalised word that is no place and no name of the
    organisation ("my cousin's Border Force", "my sister Mackay-bound" are not)."""
    names = given_names()
    spans = None
    for m in RELATIVE.finditer(text) if searched(RELATIVE, text) else ():
        after = _NAME_AFTER.match(text, m.end())
        if after is None:
            continue
        word = after.group(1)
        if word.casefold() in names:
            return True
        if spans is None:
            spans = [(s, e) for _t, _k, s, e in department_terms(text, profile)]
        if lookup(word) is None and not any(s <= after.start(1) < e for s, e in spans) and word.casefold() not in _NOT_A_NAME:
            return True
    return False


# capitalised words after a relative that are no name
_NOT_A_NAME = frozenset("the a an is was and in at on for with from who works worked just".split())


def _who(rel: re.Match[str]) -> str:
    """The relative's words as the text says them ("my brother", "Dad" greeted on their day)."""
    kin = rel.group("kin") if "kin" in rel.re.groupindex else None
    return kin or rel.group(0).strip(" .!?")


def parent_opens(text: str) -> re.Match[str] | None:
    """A parent, a housemate or a partner opening a sentence, as the writer names their own."""
    if "Mum" in text or "Dad" in text or "Mom" in text:
        m = searched(_PARENT_OPENS, text)
        if m is not None:
            return m
    return searched(_KIN_OPENS, text)


WORKS = lazy_pattern(
    r"\b(?:works?|worked|working|did \d+ years|spent \d+ years|\d+ years (?:at|with|in|as)|retir(?:ed|es|ing)|joined|"
    r"started (?:at|with|as))\b|(?:['’]s|\s+(?:is|was)) (?:a|an|the) (?:[\w-]+ ){0,3}(?:officer|constable|detective|sergeant|"
    r"nurse|paramedic|ambo|teacher|ranger|guard|magistrate|judge|clerk|inspector|agent|analyst|worker|manager|screw|cop|copper|firie|"
    r"(?-i:CO))s?\b",
    re.IGNORECASE,
)
# a superior by title, the way staff refer to one without a name (the writer's own level is no
# one else: "APS4 at DSS" is not here)
TITLED = lazy_pattern(
    r"\b(?:EL ?[12]|SES ?[1-3]?|OIC|NUM|DON|TL|DS|CEO|DDG|HOD|2IC|Super|Member (?=[A-Z]))\b|\b(?i:(?:deputy |assistant |chief |regional )?"
    r"(?:director|commissioner|superintendent|supt|inspector|sergeant|sgt|sarge|principal|boss|secretary|statistician|"
    r"magistrate|judge|chief exec(?:utive)?)|team leader|(?:my|our) (?:\w+ )?(?:manager|supervisor|coordinator))\b"
)


# A job said of a relative in plain words, then a town or suburb: "my cousin's a detective at
# Fortitude Valley", "Dad was a copper in Queenstown for 30 years" (`_job_in_a_town`). Plain words
# for a job that only some organisations have, each read as the work it needs (`people.role_is_ours`);
# a job every employer has (an officer, a guard, a clerk) says too little with a town alone.
_PLAIN_JOBS = {
    "copper": "cop",
    "cop": "cop",
    "detective": "detective",
    "constable": "constable",
    "sergeant": "sergeant",
    "nurse": "nurse",
    "paramedic": "paramedic",
    "ambo": "ambo",
    "teacher": "teacher",
    "screw": "screw",
    "firie": "firie",
    "ranger": "ranger",
    "co": "corrections",
}
_TOWN_AFTER = lazy_pattern(r"\s+(?:at|in)\s+(?:the\s+)?(?=[A-Z])")


def _job_is_ours(job: str, profile: Profile) -> bool:
    words = job.casefold().split()
    word = words[-1].removesuffix("s")
    if word == "guard" and any(w in ("prison", "corrections", "correctional") for w in words):
        word = "co"  # "a prison guard"
    needs = _PLAIN_JOBS.get(word)
    return needs is not None and role_is_ours(needs, profile)


def _job_in_a_town(text: str, rel: re.Match[str], end: int, profile: Profile) -> str | None:
    """A job in plain words said of the relative, then an Australian town or suburb ("my cousin's a
    detective at Fortitude Valley", "My dad was a copper in Queenstown for 30 years"), where the
    organisation has that job; not a job with no where ("my brother's a cop and he reckons"), nor one
    abroad ("a prison guard in Texas"), nor a job the organisation lacks (a nurse, under dibp)."""
    job = _WORKS_AS.search(text, rel.end(), end)
    named = _NAME_AFTER.match(text, rel.end())  # "My aunty Jan was a copper in Wangaratta"
    start = named.end() if named is not None and named.group(1).casefold() in given_names() else rel.end()
    if job is None or job.start() - start > 4 or not _job_is_ours(job.group(0), profile):
        return None
    town = _TOWN_AFTER.match(text, job.end())
    if town is None:
        return None
    place = next((name for name, _site, s, _e in place_mentions(text, profile) if s == town.end()), None)
    if place is None:
        return None
    return f'relative "{_who(rel)}" as "{job.group(0).split()[-1]}" in "{place}"'


# A name right after the relative or friend it is: "my neighbour Gary", "my husband, Dave", "my bestie Tash".
_KIN_BEFORE = lazy_pattern(
    rf"\b(?:my|our) (?:(?:little |big |older |younger |twin |best |old |new )?(?:{RELATIVE_WORDS}|{FRIEND_WORDS}|mate|friend|partner))"
    r",?\s+$",
    re.IGNORECASE,
)


# a public service grade said of them: "my cousin Lena is an APS4 in visa processing"
# ... or a career in years: "Dad's retiring after 35 years as a ranger"
_WORKS_WHERE = lazy_pattern(r"\bwork(?:s|ed|ing)?\s+(?:in|at|for)\b", re.IGNORECASE)
_YEARS = lazy_pattern(r"\b\d+\s+years\b", re.IGNORECASE)
_GRADE = lazy_pattern(r"\b(?:APS|VPS|AO|EL|SES|PO|CSO|HP|SO)\s?[1-9]\b")


def kin_only(text: str, people: list[tuple[str, int, int]], profile: Profile) -> bool:
    """The writer's own people and nothing of the organisation: a relative or friend in the text,
    every person named there named as one ("my neighbour Gary is a retired copper", "Farewell lunch
    for my bestie Tash"), none said to work at the organisation (`relative_at_work`), and no
    department term, work site nor superior by title (the caller adds the organisation's work in
    plain words: `colleagues`). Writers label a relative's job with no where as no colleague ("My
    cousin's a cop and he reckons ...")."""
    rel = searched(RELATIVE, text) or parent_opens(text)
    if rel is None:
        return False
    if any(b <= a or not _KIN_BEFORE.search(text, max(0, a - 40), a) for _r, a, b in people):
        return False
    if (
        department_terms(text, profile)
        or work_site(text, profile)
        or searched(TITLED, text)
        or _GRADE.search(text)
        or _YEARS.search(text)
    ):
        return False  # ... not "Asked my team leader for a Saturday off for my brother's wedding"
    if _WORKS_WHERE.search(text):
        return False  # "My housemate works in the visa section": somewhere, for the model to read
    return relative_at_work(text, profile) is None
