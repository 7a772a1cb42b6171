"""The organisation named by its staff in forms the term lists do not read, for DEP101.

`features.department_terms` reads a bare portfolio ("Health", "Treasury", "Education") only after a
stretch of work ("nine years at Health") and a Title Case name of the profile ("Corrections",
"Defence") never at a sentence's start, where every word is capitalised. Staff name their employer
so in other ways too, and this module reads them, for any profile, from the profile's own names:

* the writer placed there in the first person or on a day of it: "I'm at Health and ...", "first
  week at Attorney-General's", "working on the vaping reforms at Health";
* a change inside it that staff live through: "Another restructure at Health", "Middle management
  at Health has grown 40%", "From inside Education: ...";
* the writer's job there: "As a Health policy officer I'll say it";
* the portfolio as the staff's own body, at any place in the sentence: "Defence civvy life",
  "Finance wants us to 'find efficiencies'" (it asks something of "us");
* one of the profile's work sites by the first word of its name (`placeforms.site_stems`: "Ashley"
  of "Ashley Youth Detention Centre") after a stretch of work, the writer placed there or a shift of
  the writer's at it ("Did 6 years at Ashley", "Work at Ashley.", "Former Ashley worker"; not a
  relative's work there, "my housemate worked at Ashley").

* a court of the organisation's own beside a court role ("Magistrates Court clerk here", "Clerk of
  the Court, Magistrates Court Beenleigh"; `court_staff`, read in a profile field too).
* the bare "the Department" after the writer's stretch or work in it ("Eight years in the
  Department", "I work in the Department", "a big project for the department"), where the
  organisation's own names make it a department.

Each hit is a term like `department_terms`' and `identity` reads it the same way (the public's side,
a relative, a relative's role). It reads text and the profile only.
"""

from __future__ import annotations

import re

from auditor.config import Profile
from auditor.rules.base import given_names, lazy_pattern, per_profile, searched, sentence_of, word_pattern
from auditor.rules.orgwords import EMPLOYER_BEFORE, SHIFT_WORD, STRETCH_WORD, portfolio_names, shift_at, stateless_names
from auditor.rules.people import FRIEND_WORDS, RELATIVE_WORDS
from auditor.rules.placeforms import site_stems

__all__ = ["court_staff", "staff_named"]

ORG = "organisation"
# before the name: the writer there, a day of it, a change inside it, the inside view
_STAFF_BEFORE = lazy_pattern(
    # (only a word of where or how long between: "I'm still at Health", not "I'm on hold with Health")
    r"(?:\b(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+(?:(?:still|now|back|currently|working|based|posted|seconded|over)\s+){0,2}"
    r"(?:at|in|with)"
    r"|\b(?:first|second|third|last|\d+(?:st|nd|rd|th)?)\s+(?:day|week|month|year|shift|fortnight)\s+(?:back\s+)?(?:at|in|with)"
    r"|\bday\s+\d+\s+(?:at|in|with)"
    r"|\bworking\s+on\s+(?:\w+\s+){1,4}?(?:at|in|for)"
    r"|\b(?:restructure|restructuring|reshuffle|re-?org|(?:middle\s+|upper\s+|senior\s+)?management|head\s+office|secondment|"
    r"grad(?:uate)?\s+program|hiring\s+freeze|new\s+starters?)\s+(?:at|in|with|to)"
    r"|\bfrom\s+inside|\bas\s+an?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# after the name: its staff by their own words ("Defence civvy", "Health policy officer" after "as
# a"), or the body asking something of "us" ("Finance wants us to ...")
_STAFF_AFTER = lazy_pattern(
    r"\s+(?:civv(?:y|ie|ies)\b|(?:wants|told|asked|has|have|had|expects|makes|made|needs)\s+us\b)", re.IGNORECASE
)
_AS_A_AFTER = lazy_pattern(
    r"\s+(?:policy|program|project|graduate|grad|data|finance|legal|comms|senior)?\s*"
    r"(?:officer|analyst|adviser|advisor|staffer|employee|public\s+servant|grad|graduate|manager|lawyer)\b",
    re.IGNORECASE,
)
# the words `_STAFF_BEFORE` needs, to skip the site scan on texts with none
_STAFF_BEFORE_WORD = lazy_pattern(
    r"\b(?:i['’]?m|i am|we['’]?re|we are|day|week|month|year|shift|working|from inside)\b", re.IGNORECASE
)
_LONGER_NAME = lazy_pattern(r"\s+[A-Z][a-z]")
_AS_A = lazy_pattern(r"\bas\s+an?\s+$", re.IGNORECASE)
# a department by its head's possessive: "Attorney-General's Department" -> "Attorney-General's"
# a visitor's, a patient's or a customer's words anywhere in the text: no hit ("I'm at Risdon
# visiting my brother", "Day 3 at Health waiting on my claim")
_VISITOR = lazy_pattern(
    r"\b(?:visit(?:s|ing|ed)?|visitors?|waiting\s+room|appointment|patients?\s+at|inmate|my\s+(?:visa|claim|case|payment|licence|refund|"
    r"brother|sister|son|daughter|mum|dad|partner))\b",
    re.IGNORECASE,
)
_POSSESSIVE_DEPT = lazy_pattern(r"^(?:the\s+)?([A-Z][\w-]*['’]s)\s+Department$")


def _build(profile: Profile) -> re.Pattern[str] | None:
    names = profile.terms(ORG, "names") + profile.terms(ORG, "former_names")
    heads = [m.group(1) for n in names if (m := _POSSESSIVE_DEPT.match(n))]
    terms = (
        profile.terms(ORG, "employer_names")
        + portfolio_names(names)
        + stateless_names(names)
        + profile.terms(ORG, "capitalised")
        + heads
    )
    return word_pattern(list(dict.fromkeys(terms)), case_sensitive=True)


def staff_named(text: str, profile: Profile) -> list[tuple[str, str, int, int]]:
    """(term, "employer_names", start, end) for each of the profile's portfolios or Title Case names
    that the words around it say is the writer's employer (see the module docstring)."""
    pat = per_profile(profile, "orgstaff", _build)
    if _VISITOR.search(text):
        return []
    out: list[tuple[str, str, int, int]] = []
    for m in pat.finditer(text) if pat is not None else ():  # type: ignore[attr-defined]
        if _LONGER_NAME.match(text, m.end()):
            continue  # a longer name the term starts: "the Treasury Place office", "Health Hub"
        before = text[max(0, m.start() - 45) : m.start()]
        cue = _STAFF_BEFORE.search(before)
        if cue and _AS_A.search(before) and not _AS_A_AFTER.match(text, m.end()):
            cue = None  # "as a Health policy officer", not "as a Treasury fan"
        if cue or _STAFF_AFTER.match(text, m.end()):
            out.append((m.group(0), "employer_names", m.start(), m.end()))
    return out + _site_named(text, profile) + court_staff(text, profile) + _the_department(text, profile)


# "Former Ashley worker", "ex-Ashley": a site's first word after "former" or "ex-", no preposition
_FORMER = lazy_pattern(r"\b(?:former|ex-)\s*(?=[A-Z])", re.IGNORECASE)
# a relative's or a friend's work there, not the writer's ("my housemate worked at Ashley for years")
# ... or a relative there as a patient ("Mum's been at the Alfred since Tuesday")
_SOMEONE_ELSES = lazy_pattern(
    rf"\b(?:my|our|his|her)\s+(?:{RELATIVE_WORDS}|{FRIEND_WORDS})(?:['’]s)?\b|\b(?:{RELATIVE_WORDS})['’]s\b", re.IGNORECASE
)


def _site_named(text: str, profile: Profile) -> list[tuple[str, str, int, int]]:
    """A work site by the first word of its name, where the words before it make it the writer's
    workplace: a stretch of work there, the writer placed there, a shift of theirs at it."""
    if searched(STRETCH_WORD, text) is None and searched(SHIFT_WORD, text) is None and searched(_STAFF_BEFORE_WORD, text) is None:
        return []
    spans = [(a, b) for _full, a, b in site_stems(text, profile)]
    for m in _FORMER.finditer(text):
        # the same stems, read as if a preposition stood where "former" or "ex-" is
        got = site_stems("at " + text[m.end() : m.end() + 40], profile)
        if got and got[0][1] == 3:
            spans.append((m.end(), m.end() + got[0][2] - 3))
    out: list[tuple[str, str, int, int]] = []
    for a, b in spans:
        before = text[max(0, a - 45) : a]
        if not (EMPLOYER_BEFORE.search(before) or _STAFF_BEFORE.search(before) or shift_at(text, a, b)):
            continue
        if _SOMEONE_ELSES.search(text, max(0, a - 60), a):
            continue
        out.append((text[a:b], "employer_names", a, b))
    return out


# A court's staff by their role beside it: "Magistrates Court clerk here", "Clerk of the Court,
# Magistrates Court Beenleigh", "Court Support Officer @ Magistrates Court Hobart", "Day 3 at the
# Supreme Court as an associate", "it's Tom from the Rockhampton court registry". Which courts are the
# organisation's comes from the profile's own names ("Magistrates Court of Tasmania" -> "Magistrates
# Court"), so a profile with no court reads none. Not a relative's or a friend's job there, a party's
# or a witness's day in court.
_COURT_ROLE = (
    r"(?:clerk(?:\s+of\s+(?:the\s+)?courts?)?|(?:deputy\s+)?registrar|registry\s+(?:officer|clerk|staff|team)|"
    r"(?:judge['’]?s\s+|magistrate['’]?s\s+)?associate|tipstaff|bailiff|"
    r"court\s+(?:officer|clerk|support\s+officer|security(?:\s+officer)?|services\s+officer))"
)
_COURT_HEAD = lazy_pattern(r"\b((?:[A-Z][\w'’]*\s+){1,3}?Courts?|Courthouse)\b")
_COURT_NOT_HEAD = frozenset({"the", "of", "and", "for", "federal", "high", "family"})
_PARTY = lazy_pattern(
    r"\b(?:my|our)\s+(?:matter|hearing|case|trial|mention|lawyer|solicitor|barrister|jury\s+duty|client['’]?s?)\b|\bjury\s+duty\b|"
    # a witness, the informant or the prosecutor, and the other side: "waiting to give evidence", "a matter I was
    # informant on", "Prosecuting three FVIO matters", "#prosecutorlife", "so the defence could ask for an adjournment"
    r"\b(?:give|giving|gave|given)\s+evidence\b|\bwitness\b|\binformant\b|\bprosecut(?:e|es|ed|ing|ion|or|ors)\b|"
    r"#prosecutorlife\b|\bthe\s+defence\b|\bin\s+the\s+dock\b|\btake\s+the\s+stand\b",
    re.IGNORECASE,
)
_COURT_WORD = lazy_pattern(r"\b(?:court|courts|courthouse|magistrates['’]?)\b", re.IGNORECASE)


def court_party(text: str, term: str) -> bool:
    """``term`` names a court and the writer is there as a party, a witness, the prosecutor or a
    lawyer, not its staff ("Prosecuting three FVIO matters at Sunshine Magistrates' Court today",
    "waiting to give evidence at Beenleigh Magistrates Court"): the court is not their employer."""
    return _COURT_WORD.search(term) is not None and _PARTY.search(text) is not None


def _court_heads(profile: Profile) -> re.Pattern[str] | None:
    heads: set[str] = set()
    for n in profile.terms(ORG, "names") + profile.terms(ORG, "units") + profile.terms(ORG, "site_classes"):
        for m in _COURT_HEAD.finditer(n):
            words = [w for w in m.group(1).split() if w.casefold() not in _COURT_NOT_HEAD]
            if words and words[-1].startswith("Court"):
                heads.add(" ".join(words[-2:]) if len(words) > 1 else "")
    heads.discard("")
    if not heads:
        return None
    # longest first, then by name: the same pattern in every process, so the regex store holds it
    alts = "|".join(sorted((re.escape(h).replace("['’]", "").replace("'", "['’]?") for h in heads), key=lambda h: (-len(h), h)))
    court = rf"(?:\b(?:{alts})\b(?:\s+(?:of\s+)?[A-Z][a-z]+)?|\b(?:[A-Z][a-z]+\s+)?(?:court|courthouse)\s+registry\b)"
    return lazy_pattern(  # from the regex store when it holds it
        rf"\b(?P<r1>{_COURT_ROLE})\s*(?:,|@|\bat|\bwith|\bin|\bof)\s+(?:the\s+)?(?P<c1>{court})"
        rf"|(?P<c2>{court})\s+(?P<r2>{_COURT_ROLE})\b(?=\s*(?:here|life|[|•·,.:;\n]|$))"
        rf"|\bat\s+the\s+(?P<c3>{court})\s+as\s+(?:an?\s+|the\s+)?(?P<r3>{_COURT_ROLE})\b"
        rf"|\b(?:it['’]?s|this\s+is)\s+(?:[A-Z][\w'’-]+\s+){{1,2}}from\s+the\s+(?P<c4>(?:[A-Z][a-z]+\s+)?(?:court|courthouse)\s+registry)\b",
        re.IGNORECASE,
    )


def court_staff(text: str, profile: Profile) -> list[tuple[str, str, int, int]]:
    """A court of the organisation's own with a court role beside it, held by the writer (in a post
    or a profile field: "Clerk of the Court, Magistrates Court Beenleigh")."""
    if "ourt" not in text and "egistry" not in text:
        return []
    pat = per_profile(profile, "orgstaff-courts", _court_heads)
    if pat is None or _PARTY.search(text):
        return []
    out: list[tuple[str, str, int, int]] = []
    for m in pat.finditer(text):  # type: ignore[attr-defined]
        if _SOMEONE_ELSES.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Mum's a clerk at the Devonport court"
        g = next(k for k in ("c1", "c2", "c3", "c4") if m.group(k))
        out.append((m.group(g), "employer_names", m.start(g), m.end(g)))
    return out


# The bare "the Department" after a stretch of work in it or the writer's work for it: "Eight years in
# the Department and four restructures", "I work in the Department", "Working for the Department is
# ...", "resigned from the department", "another restructure of the department", "a huge project for
# the department". Only where the organisation is a department by its own names ("Department of ..."),
# and not a longer name ("the Department of Health", "the department store") nor a relative's stretch.
_DEPT = lazy_pattern(r"\bthe\s+(?P<d>[Dd]epartment)\b(?!['’]s\s+store|\s+(?:of|for|store|stores)\b)")
_DEPT_BEFORE = lazy_pattern(
    r"(?:\b(?:i|we)\s+(?:work|worked|started|start)\s+(?:in|for|at|with)"
    r"|\bresign(?:ed|ation)\s+from|\b(?:restructure|restructuring|reshuffle|re-?org)\s+(?:of|at|in)"
    r"|\b(?:project|inspection|audit|works?|job|contract|survey|review)\s+(?:\w+\s+){0,3}?for)\s+$",
    re.IGNORECASE,
)
_DEPT_NAME = lazy_pattern(r"^Department\b")
_THIRD_PERSON = lazy_pattern(rf"\b(?:he|she|his|her|they|their|him|{RELATIVE_WORDS})\b", re.IGNORECASE)
_WORD = lazy_pattern(r"\b[A-Z][a-z]+\b")


def _is_department(profile: Profile) -> bool:
    """Whether the organisation is a department by its own names ("Department of ...")."""
    return any(_DEPT_NAME.match(n) for n in profile.terms(ORG, "names"))


def _the_department(text: str, profile: Profile) -> list[tuple[str, str, int, int]]:
    """ "the Department" made the writer's employer by the words before it (see above)."""
    if "epartment" not in text or not per_profile(profile, "orgstaff-is-department", _is_department):
        return []
    out: list[tuple[str, str, int, int]] = []
    for m in _DEPT.finditer(text):
        before = text[max(0, m.start() - 45) : m.start()]
        if not (EMPLOYER_BEFORE.search(before + "the ") or _DEPT_BEFORE.search(before)):
            continue
        if _SOMEONE_ELSES.search(text, max(0, m.start() - 60), m.start()) or _VISITOR.search(text):
            continue  # "Mum's 25 years with the department"
        a = sentence_of(text, m.start(), m.end())[0]
        if _THIRD_PERSON.search(text, a, m.start()) or any(
            w.casefold() in given_names() for w in _WORD.findall(text, a, m.start())
        ):
            continue  # someone else's stretch: "Happy retirement to Denise, 30 years with the department"
        out.append((m.group(0), "employer_names", m.start(), m.end()))
    return out
