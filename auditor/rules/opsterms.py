"""Operations read from the profile's own terms: what OPS101 and OPS104 report, and other families reuse.

* `activity`: the profile's operational terms (``[operations] terms``, ``weak_terms``, ``court``) that
  hold up in a text written by an insider, each with why, or the signals of an operation told without
  a listed term (`opsplain.signal_hits`); not the news, a traveller's own search, a medical seizure, a
  party to a hearing, a policy argued about, a hobby, a quoted name or a unit's name. `operation_terms`
  gives the matches alone (work context for the colleague and learned rules).
* `view_from_post`: an opinion lent weight by the writer's post, with no detail of the work (the
  learned OPS105 stays silent on it), and `contact_line`: a number or an address to be reached on, with
  nothing of the work it is about (OPS105 silent too); `farewell`: a last day or a farewell with thanks
  (OPS104 and OPS105 silent).
* `work_account`: an account of the working day, the profile's activity words framed as the writer's
  shift or site, with a detail (a number, a time, goods, concealment).

Split out of `auditor.rules.operations` (the rules themselves) by topic; reads only text and the profile.
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.config import Profile
from auditor.rules.base import lazy_pattern, may_match, per_text, searched
from auditor.rules.features import FIRST_PERSON, SHIFT_WORDS, TIME_CUE, Ops, department_terms, elsewhere, insider_cue, ops
from auditor.rules.opsplain import (
    CONCEALMENT,
    CONTRABAND,
    CONTRABAND_WE,
    PLANNED,
    QUANTITY,
    WE_ACTION,
    excluded,
    signal_hits,
)
from auditor.rules.orgwords import fiction

# The writer on the receiving end ("Customs seized my salami", "my order got seized and destroyed"): a
# traveller or an importer, not an officer.
VICTIM = lazy_pattern(
    r"\b(?:seized|confiscated|detained|searched|stopped|questioned|interviewed|arrested|took|binned)\s+(?:my|our|me|us)\b"
    r"|\b(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?(?:got|was|were|has been|have been|had been|get|gets|getting)\s+(?:seized|"
    r"confiscated|detained|searched|stopped|held|destroyed|pulled aside|opened|x-rayed|inspected|binned)\b",
    re.IGNORECASE,
)
# Seizures in the medical sense: "my son had three seizures", "epilepsy", "the neuro appointment".
MEDICAL = lazy_pattern(
    r"\b(?:had|has|have|having|get|gets|got|getting)\s+(?:a\s+|another\s+|more\s+|\d+\s+|(?:two|three|four|five|several|"
    r"multiple)\s+)?(?:\w+\s+)?seizures?\b|\b(?:epilep\w*|neurolog\w*|neuro|febrile|anti-?convulsants?|EEG|seizure meds?)\b",
    re.IGNORECASE,
)

# A bio or a signature block ("Senior Constable | ... Investigation Unit", "Court Services Victoria |
# Client Services Officer"): its words name a role and a unit, no operation.
_SIGNATURE = " | "
# ... or a role line without the bars, opening on the writer's title and saying nothing in the first person
# nor of a day ("Compliance officer with 8 years in visa cancellations and removals, previously with the
# department. Based in Brisbane."; "Case Manager, Debt Recovery. Phone (02) ..."): the terms name a field
# of work, as a CV does, not an operation told.
_ROLES = (
    r"(?:officer|specialist|manager|nurse|constable|sergeant|analyst|advis[eo]r|lawyer|solicitor|caseworker|worker|"
    r"coordinator|co-ordinator|director|inspector|investigator|consultant|clerk|leader|paramedic|ranger|teacher|planner|"
    r"assessor|auditor|registrar|counsel|practitioner|detective|delegate)s?"
)
_ROLE_LINE = lazy_pattern(
    r"^(?:(?:senior|principal|chief|lead|acting|assistant|deputy|clinical|regional|former|ex-)[ -])?(?:[a-z]+ ){0,3}?"
    + _ROLES
    + r"(?:,| with | at | in | for | [—–-] |\. )",
    re.IGNORECASE,
)


# what makes the rest of a role line a CV or a signature, not an account of work ("Border Force officer, found 2kg ...")
_BIO_MARK = lazy_pattern(
    r"\b(?:\d+\+? (?:years|yrs)|previously|formerly|based in|experience|specialising|phone|ph|mob|mobile|tel|email|"
    r"desk|ext|direct line)\b|@",
    re.IGNORECASE,
)


# ... or any line signed off with a bio's disclaimer ("Former DIBP, now Home Affairs. Visa integrity and fraud
# referrals. Views my own."): with no first person nor time besides it, the writer's field, not an operation told
_DISCLAIMER = lazy_pattern(
    r"\b(?:views|opinions|tweets|thoughts|posts)(?: are| expressed)? (?:my own|mine|personal)\b", re.IGNORECASE
)


# ... or a bare title line: the role, then where, every word after it a name ("Detention Officer at Northgate
# Immigration Centre", "Senior Ranger, Parks Service - Cradle Valley"): one short clause, no sentence after it and
# no word of its own said ("Border Force officer at Mascot found 2kg in a suitcase" is no title line)
_TITLE_GLUE = frozenset({"at", "of", "the", "and", "for", "in", "on", "a", "an", "ex", "de", "la"})
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’&.]*")
_CLAUSE_END = re.compile(r"[.!?;:]\s|\n")


def _bare_title(text: str, role: re.Match[str]) -> bool:
    if len(text) > 100 or _SIGNATURE in text or _CLAUSE_END.search(text) is not None:
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_GLUE for w in _TITLE_WORD.findall(text, role.end()))


@lru_cache(maxsize=256)  # OPS101, OPS104 and the learned OPS105 each ask of the same text
def role_line(text: str) -> bool:
    """The text is the writer's title and field of work (a bio, a signature, a bare title and where), with no
    first person nor time."""
    if searched(TIME_CUE, text) is not None:
        return False
    role = _ROLE_LINE.match(text)
    if role is not None and (searched(_BIO_MARK, text) is not None or _bare_title(text, role)):
        return searched(FIRST_PERSON, text) is None
    disclaimer = searched(_DISCLAIMER, text)
    return disclaimer is not None and FIRST_PERSON.search(text[: disclaimer.start()] + text[disclaimer.end() :]) is None


# A view given from one's post ("Speaking as a case officer, the new cap won't cut overstays", "As a
# ranger I can tell you the new permit rules are a mess"): the writer's position lends weight to an
# opinion, which is official comment, not an operation told, unless a concrete detail of the work comes
# with it (`_VIEW_DETAIL`).
_VIEW_FROM_POST = lazy_pattern(
    r"\b(?:speaking as|as (?:a|an|someone)\b[^.!?\n]{0,50}?\bI (?:can tell you|think|reckon|know|believe)|I can tell you|"
    r"take it from (?:me|someone))\b",
    re.IGNORECASE,
)
# a figure (not a level such as APS6 nor years of service), staffing, a caseload, files, shifts, one's own
# backlog ("will triple our backlog"), an order received
_VIEW_DETAIL = lazy_pattern(
    r"(?<![A-Za-z])(?!(?:APS|EL|SES) ?\d)[A-Za-z]{0,3}\d(?![\d,.]* ?(?:years?|yrs?)\b)|\bhalf of us\b|"
    r"\b(?:staff(?:ed|ing)?|bodies|beds|caseloads?|files|shifts?|rosters?|overtime|our (?:backlog|queue|workload|wait)s?)\b|\b(?:we['’]re|we are|we get|we['’]ve been) told to\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)  # asked by the learned OPS105 once its score passes
def view_from_post(text: str) -> bool:
    """An opinion given from the writer's post with no concrete detail of the work: no figure, staffing,
    caseload, shift or order received ("As a case officer I can tell you this won't reduce overstays")."""
    return searched(_VIEW_FROM_POST, text) is not None and searched(_VIEW_DETAIL, text) is None


# A contact line: the writer gives a number or an address to be reached on ("Hi it's Mel from the
# Ipswich office, can you ring me back on 07 3000 0000? that's my desk", "Out of office until 3 Feb, for
# urgent matters call the duty officer on ...", "I'm on the enquiries line 1800 ... if anyone needs help", "use the
# on-call phone 04..., not my personal", "Switchboard (03) 5555 0100 then ask for the licensing team, I'm on till 5"),
# with nothing of the work it is about (`_CONTACT_SUBJECT`): work contact, not an operation told.
_REACH_ME = lazy_pattern(
    r"\b(?:(?:call|ring|reach|contact|text|phone|email) (?:me|us)\b|call me back|(?:get|catch|grab) me (?:at [\w-]+ )?on\b|that['’]s (?:us|my desk|the office|my job|"
    r"my line)|out of office|(?:call|ring|try) the (?:[\w-]+ ){0,3}?(?:line|desk|inbox|reception|switchboard|officer|worker|"
    r"phone|counter)|use the (?:[\w-]+ ){0,2}?(?:phone|mobile)|on the [\w ]{0,30}?line\b|reply to me|"
    # the work number given instead of one's own: "..., not my mobile", "my work mobile is 04..."
    r"not (?:my|the) (?:personal|private|own|mobile|gmail|home|house)|my (?:work|desk|direct) (?:mobile|phone|line|number) is|"
    # a switchboard to go through and whom to ask for: "Reception's 5555 0100 if you need the Geelong office, ask for
    # the licensing team", "switch on ... then ask for ext 4417"
    r"(?:then |and |, )?ask (?:for|them for) (?:me\b|the\b|ext|extension|whoever|whoever['’]s|(?-i:[A-Z]))|"
    r"(?:reception|switchboard|switch|front desk)(?:['’]s| is| on|:)? ?\(?\d)",
    re.IGNORECASE,
)
# a phone number, its digits spaced out, around a dash ("6 4 2 1 - 7 3 0 0") or some said as words ("1800
# nine 0 0 two four six", "five five five zero, six one two four"), an address or an extension
_DIGIT_TOKEN = r"(?:\d|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b)"
_CONTACT_FORM = lazy_pattern(
    rf"{_DIGIT_TOKEN}(?:(?:[\s-]{{0,3}}|,\s{{1,2}}){_DIGIT_TOKEN}){{5,}}|\b\S+@\S+\.\w+|\bx\d{{3,}}|\bext\.? ?\d+", re.IGNORECASE
)
# what the call is about: "re the discharge meds", a roster or a swap, a case, an incident, a visit, a
# list, cover for leave, someone or something released ("they'll tell you if he's been released"), a figure of
# the work ("the audit of 212 permits")
_CONTACT_SUBJECT = lazy_pattern(
    r"\b(?:re|about|regarding|quoting)\b|rost\w*|rotas?\b|divert|outcomes?|action\b|(?:are|is|['’]s|been) down\b|(?:I['’]?m|I am) on the (?:[\w-]+ )?(?:phone|pager)|shifts?|swap|incidents?|notifications?|referrals?|visits?|transfers?|"
    r"cases?|files?|(?<!urgent )matters? (?!call)|books|outage|escalat\w*|patients?|behind|pax|passports?|meds|inspections?|audit\w*|schedule|"
    r"leave|cover\w*|earlies|lates|on call|tonight|finds|short|extra|list|ward|pick up|released|custody|bail|(?-i:\b\d{2,} [a-z]{4,})|"
    r"(?-i:\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen) [a-z]{3,}s\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)  # asked by the learned OPS105 once its score passes
def contact_line(text: str) -> bool:
    """The writer gives a number or an address to be reached on, with nothing of the work it is about."""
    if searched(_REACH_ME, text) is None or searched(_CONTACT_FORM, text) is None:
        return False
    # what the call is about is read outside the number itself ("1800 nine ..." is no figure of the work)
    return _CONTACT_SUBJECT.search(_CONTACT_FORM.sub(" ", text)) is None


# A farewell or a last day with thanks ("After 14 years I'm signing off from the registry at Bendigo. Thanks to
# the whole counter team!", "Farewell to Dot after 30 years with the department, she trained half the inspectors
# who ever worked the weighbridge. Enjoy the caravan!"): pride and thanks, no operation told, unless it names
# the systems the person kept going ("he built half the systems we still swear at").
_FAREWELL = lazy_pattern(
    r"\b(?:last day|farewell|signing off|retir(?:e|es|ed|ing|ement)|final shift|last shift|moving on|hanging up)\b", re.IGNORECASE
)
_THANKS = lazy_pattern(
    r"\b(?:thank|thanks|thx|grateful|miss (?:you|them|it|her|him)|legend|enjoy|congrat\w*|cheers)\b", re.IGNORECASE
)
_FAREWELL_DETAIL = lazy_pattern(r"\bsystems?\b|(?-i:\bIT\b)", re.IGNORECASE)


@lru_cache(maxsize=256)  # asked by OPS104 and the learned OPS105
def farewell(text: str) -> bool:
    """A farewell or a last day with thanks, naming no system: pride and thanks, no operation told."""
    return (
        searched(_FAREWELL, text) is not None and searched(_THANKS, text) is not None and searched(_FAREWELL_DETAIL, text) is None
    )


_POLICY_AFTER = lazy_pattern(r"\s+(?:[a-z]+\s+)?(?:polic(?:y|ies)|rules|reforms?|laws?|legislation|targets)\b", re.IGNORECASE)
# A term that names a role, a team or a line rather than an operation told: "the triage nurse who didn't
# judge me", "ask for the Townsville processing team", "the debt recovery line", "Big Tony (debt recovery)".
_NAMES_A_ROLE = lazy_pattern(
    r"(?:s|es)?\s+(?:nurses?|officers?|teams?|units?|sections?|branch|programs?|programmes?|enquiries|inquiries|lines?|inbox|"
    r"hotline|desk|coordinators?|managers?|workers?|staff|specialists?|clerks?|portfolio|policy area|"
    # ... or a thing of another kind that shares the word: "Search and Rescue training", "search engine",
    # or the place named after the work: "the arrivals hall at 3am", "the cargo exam facility"
    r"and rescue|engines?|bars?|history|results|halls?|lounges?|terminals?|facility|facilities|carparks?)\b",
    re.IGNORECASE,
)
_IN_BRACKETS_AFTER_A_NAME = lazy_pattern(r"[A-Z][a-z]+ \($")
_MEMBER_OF = lazy_pattern(r"\b(?:in|on|joined|joining|left|leaving|from) (?:the|my|our) (?:[\w-]+ )?$", re.IGNORECASE)
# "arrest" in the medical sense: a paramedic's "cardiac arrest" or "arrest job", no arrest by police.
_MEDICAL_ARREST = lazy_pattern(r"\b(?:cardiac|respiratory|cardio-?respiratory|heart)\s+$", re.IGNORECASE)


def names_a_role(text: str, m: re.Match[str]) -> bool:
    """The term names a role, a team or a line (a staff word follows it, or it is someone's unit in brackets),
    or is a medical arrest."""
    if m.group(0).lower().startswith("arrest") and (
        _MEDICAL_ARREST.search(text, max(0, m.start() - 25), m.start()) or re.match(r"\s+(?:job|call)s?\b", text[m.end() :])
    ):
        return True
    if _NAMES_A_ROLE.match(text, m.end()) is not None:
        # ... but one's own team by its work is an operational post ("my last shift in the visa cancellation team")
        return _MEMBER_OF.search(text, max(0, m.start() - 30), m.start()) is None
    return m.end() < len(text) and text[m.end()] == ")" and _IN_BRACKETS_AFTER_A_NAME.search(text, 0, m.start()) is not None


# A party to a hearing, not someone who works on it: "my hearing", "our appeal", "my partner visa".
COURT_PARTY = lazy_pattern(
    r"\b(?:my|our)\s+(?:own\s+)?(?:[\w'’]+\s+){0,2}(?:hearing|appeal|review|tribunal|matter|partner visa|visa|application|"
    r"refusal)\b(?!\s+(?:\w+\s+)?(?:cases?|files?|team|decisions?|work|officers?|processing|numbers|stats|rates?|caseload)\b)",
    re.IGNORECASE,
)
# "picked up my ID", "picked up the kids": collecting, not arresting.
_COLLECTING = lazy_pattern(r"\s+(?:my|our|your|his|her|their|the kids|a|an|some)\b", re.IGNORECASE)
_QUOTES = "'\"‘’“”"


def operation_terms(text: str, profile: Profile) -> list[re.Match[str]]:
    """Operational-activity terms in text that fire OPS101 (used by other rules as work context)."""
    return [m for m, _why in activity(text, profile)]


def activity(text: str, profile: Profile) -> list[tuple[re.Match[str], str]]:
    # OPS101, OPS104, COL101 and the learned rules all ask; work it out once per text
    return per_text(profile, "ops-activity", text, lambda: _activity_of(text, profile))  # type: ignore[return-value]


def _activity_of(text: str, profile: Profile) -> list[tuple[re.Match[str], str]]:
    o = ops(profile)
    if not text or excluded(text, o) or searched(VICTIM, text) or fiction(text) or _SIGNATURE in text or role_line(text):
        # the news, fishing, a toddler; the writer on the receiving end ("seized my salami"); a
        # viewer of a show ("Border Security on telly, that bloke with the undeclared mangoes")
        return []
    strong = o.terms.finditer(text) + (list(CONTRABAND_WE.finditer(text)) if may_match(CONTRABAND_WE, text) else [])
    weak = o.weak.finditer(text)
    # a court or tribunal counts only with casework in the text ("visa", "cancellation", "client")
    # (its own words: "giving evidence" is a court term and not, alone, the casework beside it)
    court = o.court.finditer(text)
    work = [(w.start(), w.end()) for w in o.court_work.finditer(text)] if court else []
    court = [m for m in court if any(b <= m.start() or a >= m.end() for a, b in work)]
    if (court or strong) and COURT_PARTY.search(text) and not o.court_insider.search(text):
        court, strong = [], []  # the writer's own hearing, appeal or visa: a party, not an officer
    if strong and MEDICAL.search(text):
        # "my son had three seizures": a medical seizure, while other terms in the text still count
        strong = [m for m in strong if not m.group(0).lower().startswith("seizure")]
    # a term in quotes names a thing ("the 'Seized' mug"), in a unit's name the unit ("... Investigation Unit")
    units = [(a, b) for _t, k, a, b in department_terms(text, profile) if k == "units"] if strong or weak else []
    strong = [
        m for m in strong if not _quoted(text, m) and not any(a <= m.start() < b for a, b in units) and not names_a_role(text, m)
    ]
    # a term that names a policy argued about ("the new pursuit policy", "the bag search rules",
    # "the debt recovery targets") is comment on the policy, not an operation told
    strong = [m for m in strong if not _POLICY_AFTER.match(text, m.end())]
    weak = [
        m
        for m in weak
        if not _quoted(text, m)
        and not any(a <= m.start() < b for a, b in units)
        and not names_a_role(text, m)
        and not (m.group(0).lower() == "picked up" and _COLLECTING.match(text, m.end()))
        and not _self_description(text, m)
        and not _POLICY_AFTER.match(text, m.end())
    ]
    hits = _term_hits(text, profile, o, strong, weak, court) if (strong or weak or court) else []
    # no listed term held up: an operation told in plain words may still add up from weaker signals
    return hits or signal_hits(text, o)


# a hobby the writer calls themselves by ("Runner, coffee snob", "keen trail runner"): not a drug runner
_HOBBY_BEFORE = lazy_pattern(
    r"(?:^|[|,.;:!•·/]\s*|\b(?:i'm|i am|im) an?\s+|\b(?:keen|avid|casual|slow|trail|marathon|ultra|distance|weekend|social|parkrun)\s+)$",
    re.IGNORECASE,
)
_HOBBY_AFTER = lazy_pattern(r"\s*(?:[|,.;:!&•·/]|$|\band\b|\bmum\b|\bdad\b|\bclub\b)", re.IGNORECASE)


def _self_description(text: str, m: re.Match[str]) -> bool:
    """`runner` as what the writer is in their spare time: a list item of a bio, or a kind of runner."""
    if m.group(0).lower() != "runner":
        return False
    return bool(_HOBBY_BEFORE.search(text[max(0, m.start() - 20) : m.start()]) and _HOBBY_AFTER.match(text, m.end()))


def _quoted(text: str, m: re.Match[str]) -> bool:
    return m.start() > 0 and m.end() < len(text) and text[m.start() - 1] in _QUOTES and text[m.end()] in _QUOTES


def _term_hits(
    text: str,
    profile: Profile,
    o: Ops,
    strong: list[re.Match[str]],
    weak: list[re.Match[str]],
    court: list[re.Match[str]],
) -> list[tuple[re.Match[str], str]]:
    cue = insider_cue(text, profile)
    court_cue = o.court_insider.search(text)
    if cue is None and not (court and court_cue):
        # the terms alone may be news or hearsay: the writer must read as an insider, or as
        # someone working a matter before a court ("one of my clients", "giving evidence")
        return []
    cue = cue or f'court work "{court_cue.group(0)}"'
    out: list[tuple[re.Match[str], str]] = [(m, cue) for m in strong]
    out += [(m, f"{cue} and court work context") for m in court]
    if weak:
        second = None
        weak_spans = [(m.start(), m.end()) for m in weak]

        def apart(m: re.Match[str] | None) -> bool:
            # a second signal must be its own words, not part of a compound with the weak term
            # ("boat arrivals" is one political phrase, not a boat and a work site)
            return m is not None and not any(a - 1 <= m.end() and m.start() <= b + 1 for a, b in weak_spans)

        # a weak term (raid, boat, arrest) is everyday language: it needs a second signal
        if strong or court:
            second = "another operational term"
        elif len({m.group(0).lower() for m in weak}) > 1:  # two different weak terms back each other up
            second = f'operational terms "{weak[0].group(0)}" and "{weak[1].group(0)}"'
        else:
            for pat, label in (
                (o.secrecy, "secrecy"),
                (o.sites, "work site"),
                (o.places, "work site"),
                (PLANNED, "planned operation"),
                (QUANTITY, "quantity"),
            ):
                s = pat.search(text)
                # a planned operation starts with the weak term itself ("raid starts at 5"): it need not stand apart
                if s is not None and (pat is PLANNED or apart(s)):
                    second = f'{label} "{s.group(0)}"'
                    break
            if second is None:  # last resort: the department named anywhere in the text
                dept = department_terms(text, profile)
                second = f'department term "{dept[0][0]}"' if dept else None
        if second:  # without a second signal the weak terms are dropped, the strong ones stay
            out += [(m, f"{cue} and {second}") for m in weak]
    return sorted(out, key=lambda x: x[0].start())


DETAIL = lazy_pattern(r"(?<![A-Za-z])\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|half|twice)\b", re.IGNORECASE)


def work_account(text: str, profile: Profile) -> tuple[re.Match[str], str] | None:
    """An account of the working day: agency activity, framed as the writer's work, with a detail."""
    return per_text(profile, "ops-work-account", text, lambda: _work_account(text, profile))  # type: ignore[return-value]


def _work_account(text: str, profile: Profile) -> tuple[re.Match[str], str] | None:
    o = ops(profile)
    if not text or excluded(text, o) or searched(VICTIM, text) or o.customer.search(text) or role_line(text):
        # excluded topics, the writer as the one searched, or a traveller's or customer's side
        # of screening ("pulled my bag", "held by customs"): not the officer's account; a bio
        return None
    if elsewhere(text, profile):
        return None  # another workplace, a club or a volunteer shift
    activities = [m for m in o.activity.finditer(text) if not names_a_role(text, m)] + list(CONTRABAND.finditer(text))
    action = searched(WE_ACTION, text)  # a first-person enforcement verb is activity and frame at once
    if not activities and action is None:
        return None  # no agency activity at all
    frames = o.frames.finditer(text) + o.sites.finditer(text) + o.places.finditer(text) + list(SHIFT_WORDS.finditer(text))
    for act in activities or [action]:
        # the frame must be other words than the activity ("finds" does not frame itself in "our finds")
        frame = next((f for f in frames if f.end() <= act.start() or f.start() >= act.end()), None)
        if frame is None and action is not None and (action.end() <= act.start() or action.start() >= act.end()):
            frame = action  # "we pulled ..." puts the writer at work as much as "my shift" does
        if frame is None:
            continue  # activity without a work frame: anyone can be "processing" holiday photos
        # a detail: a number or time, goods, how they were hidden, or a second activity word
        detail = (
            searched(DETAIL, text)
            or searched(TIME_CUE, text)
            or searched(CONCEALMENT, text)
            or next((x for x in activities if x.group(0).lower() != act.group(0).lower()), None)
        )
        if detail is None:
            continue  # a framed activity with no detail ("my shift was all processing") discloses little
        return act, f'activity "{act.group(0)}" with work frame "{frame.group(0)}" and detail "{detail.group(0)}"'
    return None
