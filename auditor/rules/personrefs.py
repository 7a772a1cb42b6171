"""Person references in a text, for the colleague family: who a text names, tags or titles.

`people_in` gives each reference with its span: an @handle that is not the organisation's, a rank
or title before a capitalised word ("Officer Walsh"), a senior office-holder even unnamed ("the
Deputy Secretary"), a listed given name, a capitalised word in apposition to a work role ("on the
boarding team Jacko") or before its team ("Tamsin on our shift"), a greeted or thanked name
("welcome to the team, Siosaia"), and the people `rules.people` finds by form (honorifics, names
from a unit, initials); a name the list lacks in a slot only a person fills ("Kel's roster", "ask
for Col", "tell Naz", "Manager (Kel)", "you're the problem, Rebecca."); a colleague's work address
said of them ("to sarah.pike@..., she'll sign off"); plus the people tagged on the Item. It leaves
out pets and working dogs, places, dates, the writer's own name, title and sign-off block, clients,
the public a reply is written to, the reader of a note that greets them and then introduces the
writer ("Hi Tash, it's Mel from the intake team, call me back"; "Shaz it's me, ring the ward"), the
organisation's own account (by its name, or made of its acronyms and account words: "@TasPoliceMedia"), brands (``[colleagues]
not_people``) and the export's owner. One's superior or new starter by title alone and a friend's own
milestone are `rules.superiors`'. Whether the people are at work with the writer is
`rules.colleagues`' question, not this module's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from auditor.config import Profile
from auditor.geo.gazetteer import lookup
from auditor.models import Item
from auditor.rules.animals import PET_SIGN, animal_named
from auditor.rules.base import given_names, lazy_pattern, may_match, per_profile, per_text, searched, word_pattern
from auditor.rules.features import department_terms
from auditor.rules.orgwords import own_exclusions
from auditor.rules.people import (
    ADDRESSED_BEFORE,
    INITIAL,
    OFFICIAL_HANDLE,
    PARENT_OF_AFTER,
    PLACE_PREP_BEFORE,
    PUBLIC_OFFER,
    PUBLIC_REPLY,
    ROLE_INITIALS_RE,
    ROLE_NOUNS,
    STATE_NOUN_AFTER,
    THING_BEFORE,
    client_named,
    date_not_person,
    everyday_from_the,
    ferried,
    not_addressed_colleague,
    people_by_form,
    place_not_person,
    role_is_ours,
)
from auditor.rules.writer import OWN_TITLE_BEFORE, says_own_name, self_intro, signature_start, signs_off, titled_self

# "every new EL1", "any Director", "no principal", "the third new Deputy Secretary in two years": a kind
# of post or a count of its holders, no one person
TYPE_BEFORE = lazy_pattern(
    r"\b(?:every|each|any|no|all|other|another|whichever|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+"
    r"(?:(?:new|good|decent|single)\s+)?$",
    re.IGNORECASE,
)
HANDLE_RE = lazy_pattern(r"(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)")
_DOMAIN_END = lazy_pattern(r"\.(?:gov|com|org|net|edu|asn|id)(?:\.[a-z]{2})?$")
# A capitalised word right after a greeting or thanks is a name even when it is not in the list
# ("welcome to the team, Siosaia"); places, department terms and all-caps words are skipped.
GREETED_RE = lazy_pattern(
    r"(?i:\b(?:welcome|welcoming|congrats|congratulations|thanks|thank you|farewell|shout ?out|cheers|well done|hi|hey|hiya|"
    r"happy birthday|happy retirement)(?:\s+(?:to|back|aboard))?(?:\s+(?:the team|our|my|new|newest|recruit|colleague))*"
    r"(?:\s+the (?:legend|one and only|amazing|great|mighty)(?: that is)?)?),?\s+['‘\"“]?"  # "farewell to 'Spud'"
    r"([A-Z][a-z]{2,})(?:\s+([A-Z][a-z]+))?(?:\s+(?i:and|&)\s+([A-Z][a-z]{2,}))?",
)
NAME_RE = lazy_pattern(r"(?<![\w@.#'’])([A-Z][a-z]+)(?:[ \t]+([A-Z][a-z]+|[A-Z]\b\.?))?")
# A capitalised word right after a work-role noun is a name in apposition: "on the boarding team
# Jacko", "my 2IC, Marnie", "shift partner Tevita" (weekdays, places and other non-names skipped).
APPOSITION_RE = lazy_pattern(
    r"(?i:\b(?:team|crew|unit|shift|partner in crime|shift partner|2IC|work wife|work husband|work bestie|"
    rf"{ROLE_NOUNS})|"
    r"\b(?:TL|EL1|EL2|NUM|DON|OIC|2IC))(?i:\s+(?:nurse|officer|analyst|paramedic|teacher|constable|ranger))?\s*,?\s+"
    r"([A-Z][a-z]{2,})\b(?!\s+[A-Z])"
)
# A name before a work group it belongs to: "Tamsin on our shift", "Kofi from the cargo team".
_NAME_ON_TEAM = lazy_pattern(
    r"\b([A-Z][a-z]{2,})\s+(?:on|from|in)\s+(?:our|my|the)\s+(?:[\w-]+\s+)?(?i:shift|team|crew|unit|section)\b"
)
_MEME_BEFORE = lazy_pattern(r"\b(?:full|such a|a total|a proper|an absolute|a right|pulled a|being a)\s+$", re.IGNORECASE)
_KIN_HANDLE = lazy_pattern(r"(?i:mum|mom|mam|mama|dad|nan|nanna|nana|pop|hubby|wifey|bestie|sis|bro)")
_OTHER_STATE = lazy_pattern(
    r"\b(?:Queensland|Qld|QLD|NSW|New South Wales|Tasmania|Tassie|South Australia|Western Australia|Victoria)\b"
)
# two Title Case words before, the role word among them: "Marine Unit ", "Dog Team "
_TITLE_CASE_RUN = lazy_pattern(
    r"(?<![\w'’])[A-Z][a-z]+\s+(?:Team|Crew|Unit|Shift|Partner|Supervisor|Manager|Director|Principal)\s+$"
)
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december christmas easter xmas mon tue tues wed thu thur thurs fri sat sun".split()
)


@dataclass(frozen=True)
class ColleagueTerms:
    cues: re.Pattern[str] | None
    titles: re.Pattern[str] | None
    senior: re.Pattern[str] | None
    not_people: re.Pattern[str] | None
    exclude: re.Pattern[str] | None


def _build(profile: Profile) -> ColleagueTerms:
    titles = profile.terms("colleagues", "titles")
    title_pat = re.compile(rf"\b(?:{'|'.join(re.escape(t) for t in titles)})\s+([A-Z](?:['’][A-Z])?[a-z]+)") if titles else None
    senior = profile.terms("colleagues", "senior_titles")
    # senior office-holders are people even unnamed ("the Deputy Secretary"); capitalised only
    senior_pat = re.compile(rf"\b(?:{'|'.join(re.escape(t) for t in senior)})\b") if senior else None
    return ColleagueTerms(
        cues=word_pattern(profile.terms("colleagues", "cues")),
        titles=title_pat,
        senior=senior_pat,
        not_people=word_pattern(profile.terms("colleagues", "not_people")),
        exclude=word_pattern(own_exclusions(profile, "colleagues", "exclude")),
    )


def colleague_terms(profile: Profile) -> ColleagueTerms:
    """The profile's ``[colleagues]`` lists as patterns, built once per profile."""
    return per_profile(profile, "colleagues", _build)  # type: ignore[return-value]


# A business named after a titled person: "Sergeant Pepper's café", "Captain Cook's Cruises".
_BUSINESS_AFTER = lazy_pattern(
    r"['’]s\s+(?i:caf[eé]s?|bar|pub|tavern|bistro|restaurant|diner|kitchen|bakery|pizza|burgers?|grill|shop|store|"
    r"cruises|tours|brewery|distillery|band|lonely hearts)\b"
)


def people_in(item: Item, profile: Profile) -> list[tuple[str, int, int]]:
    """(reference, start, end) for each person reference in the text, plus tagged people. The
    text's references are memoised per text: COL101 and the model's meta features both ask."""
    text = item.text or ""
    out = list(per_text(profile, "colleagues-people", text, lambda: _text_people(text, profile)))  # type: ignore[call-overload]
    out += [(p, 0, 0) for p in item.people]  # people tagged on the item: no span in the text
    owner: tuple[frozenset[str], frozenset[str]] = per_profile(profile, "colleagues-owner", _owner)  # type: ignore[assignment]
    # the export's owner is never their own colleague (the scan fills the profile's `owner` block)
    return [ref for ref in out if not _is_owner(ref[0], owner)] if owner[0] or owner[1] else out


def _text_people(text: str, profile: Profile) -> tuple[tuple[str, int, int], ...]:
    # a staff member's handle ("@sam_r_abf") names the department and a person at once
    terms = department_terms(text, profile)
    dept_spans = [(s, e) for _t, k, s, e in terms if k != "staff_handles"]
    # ... unless it reads as the organisation's own account: "@FRV_official", "@DECYPtas"
    dept_spans += [(s, e) for t, k, s, e in terms if k == "staff_handles" and OFFICIAL_HANDLE.search(t)]
    out: list[tuple[str, int, int]] = []
    reply = PUBLIC_REPLY.match(text) if "@" in text else None
    for m in HANDLE_RE.finditer(text) if may_match(HANDLE_RE, text) else ():
        # the organisation's own handle ("@AusBorderForce") is not a person, nor the member of the
        # public a reply is written to ("@travelmumoz if your bag's been held, email ...")
        if _DOMAIN_END.search(m.group(1)):
            continue  # "Real ones only come from @bom.gov.au": an email domain, no one
        # (a department term that is the whole handle, or all but a short ending: "@VicPolice", "@DECYP_Tas")
        if any(a <= m.start() < b or (a == m.start() + 1 and b >= m.end() - 4) for a, b in dept_spans):
            continue
        if _org_account(m.group(1), profile) or _KIN_HANDLE.fullmatch(m.group(1)):  # "@mum thanks for the cake": family
            continue  # "@TasPoliceMedia", "@rbwh_nurses", "@ServicesAustralia": an account of the organisation's, no one
        if not (reply and m.start() < reply.end()):
            out.append((m.group(0), m.start(), m.end()))
    col = colleague_terms(profile)
    if col.titles is not None:
        # a rank before a capitalised word is a person whatever the name ("Officer Walsh"), but
        # not a pet given one ("Sergeant Biscuit has claimed the couch 🐶")
        for m in col.titles.finditer(text):
            if says_own_name(text, m.start()) or signs_off(text, m.start(), m.end()) or titled_self(text, m.start(), m.end()):
                continue  # "This is Sgt Brady, Devonport CIB. Re the burglary at your unit": the writer
            if _BUSINESS_AFTER.match(text, m.end()):
                continue  # "thanks to Sergeant Pepper's café for catering": a business's name
            if not PET_SIGN.search(text, m.end(), m.end() + 60):
                out.append((m.group(0), m.start(), m.end()))
    if col.senior is not None:
        for m in col.senior.finditer(text):
            # a title that starts a department term ("Assistant Secretary, Visa Risk", "ABF
            # Commissioner") is reported as that term, not as a person; nor is the writer's own
            # ("Former ABF Superintendent", "as an Assistant Director"), nor a count of its holders ("Third
            # new Deputy Secretary in two years")
            if (
                not any(a <= m.start() < b for a, b in dept_spans)
                and not OWN_TITLE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                and not TYPE_BEFORE.search(text, max(0, m.start() - 24), m.start())
            ):
                out.append((m.group(0), m.start(), m.end()))
    not_people = [(m.start(), m.end()) for m in col.not_people.finditer(text)] if col.not_people is not None else []
    names = given_names()
    offer = searched(PUBLIC_OFFER, text)
    for m in _listed_name_matches(text, names):
        if m.group(1).casefold() not in names:
            continue  # the cheapest test first: most capitalised words are not listed names
        if animal_named(text, m.start(1), m.end(1)):
            continue  # "good boy Max", "Bella sniffed out 3 bags of fruit", "Bella 🐶 my new detector dog partner": a dog
        if _MODAL_AFTER.match(text, m.end()) and m.group(1) in ("Will", "May"):
            continue  # "Will not miss the hi-vis", "May be late"
        # only listed given names count (a capitalised word is as often a place, a brand or a
        # sentence start), and not inside a department term or a brand ("Tim Tam", "Jim Beam")
        if any(a <= m.start() < b for a, b in dept_spans + not_people) or _BUSINESS_AFTER.match(text, m.end(1)):
            continue
        if m.group(2) and (lookup(m.group(0).strip()) is not None or text.startswith("-", m.end())):
            continue  # "George Town", "Brooklyn Nine-Nine": a place, a show's title
        if place_not_person(text, m.start(1), m.end(1), profile) or (
            any(b <= m.start(1) <= b + 1 for _a, b in dept_spans) and lookup(m.group(1)) is not None
        ):
            continue  # "the Bruce Highway", "George St", "night shift at Ashley", "Child Safety Logan": a place
        if self_intro(text, m.start(), m.end(1)):
            continue  # "Hi, it's Sam from the licensing team", "Leigh here from ...": the writer
        if not_addressed_colleague(text, m.start(1)):
            continue  # "Hi Mrs Lee, it's Ms Tran from Year 4 ...", "singing Neil Diamond"
        if date_not_person(text, m.start(1), m.end(1)) or PARENT_OF_AFTER.match(text, m.end(1)):
            continue  # "on leave until 14 Jan", "it's Mia's dad": a date, a child named by the parent
        if offer is not None and ADDRESSED_BEFORE.match(text[: m.start()]):
            continue  # "Hi Dana, as discussed please send the docs ... and quote your TRN": a client
        if client_named(text, m.start(), m.end(1)) or ferried(text, m.start(), m.end(1)):
            continue  # "call me about Ella's assessment", "picking Maddie up from training": a client, a child
        if m.group(1) in ("Vic", "Tas") and (
            STATE_NOUN_AFTER.match(text, m.end(1))
            or PLACE_PREP_BEFORE.search(text, max(0, m.start() - 20), m.start())
            or _OTHER_STATE.search(text)
        ):
            continue  # "a Vic government school", "in regional Vic", "a cop in Queensland ... Vic has it easy": the state
        out.append((m.group(0).strip(), m.start(), m.end()))
    on_team = list(_NAME_ON_TEAM.finditer(text))
    for m in list(APPOSITION_RE.finditer(text)) + on_team:
        word = m.group(1)
        if word.casefold() in names or word.casefold() in _NOT_NAMES or word.casefold() in _WEEKDAYS:
            continue  # known names are found above
        first = not text[: m.start(1)].rstrip() or text[: m.start(1)].rstrip()[-1] in ".!?\n"
        if _TITLE_CASE_RUN.search(text, max(0, m.start(1) - 40), m.start(1)):
            continue  # "Marine Unit Coxswain, ABF": the words of a title, not a role and a name
        if m in on_team and first and (re.match(r"\s+in\b", text[m.end(1) :]) or everyday_from_the(text, word, m.end(1))):
            continue  # a capitalised first word before "in" is any noun ("Workload in our section has doubled"),
            # and an everyday word before "from" too ("Greetings from the team")
        if lookup(word) is not None or any(a <= m.start(1) < b for a, b in dept_spans):
            continue  # a place ("shift partner Darwin") or part of a department term, not a name
        if THING_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1)):
            continue  # "4 Code Greys on my shift": a code, not a colleague
        if OWN_TITLE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "to start as Principal Engineer": the writer's own title
        if animal_named(text, m.start(1), m.end(1), before=30) or PET_SIGN.search(text, m.end(1), m.end(1) + 60):
            continue  # "my beagle partner Sprocket", "Sergeant Biscuit has claimed the couch 🐶": a dog
        if _BUSINESS_AFTER.match(text, m.end(1)):
            continue  # "Sergeant Pepper's café": a business's name
        out.append((word, m.start(1), m.end(1)))

    out += people_by_form(text, profile, dept_spans, out, _SKIP_WORDS)
    # "Client went full Karen at the counter": the meme, no one
    out = [r for r in out if not (r[0] == "Karen" and _MEME_BEFORE.search(text, max(0, r[1] - 14), r[1]))]
    for m in ROLE_INITIALS_RE.finditer(text) if INITIAL.search(text) else ():
        if not any(a <= m.start(1) < b for _r, a, b in out) and not OWN_TITLE_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            out.append((m.group(0).strip(), m.start(), m.start() + len(m.group(0).rstrip())))
    for m in INITIALS_RE.finditer(text) if _INITIALS_GATE.search(text) else ():
        g = m.lastindex or 1
        if m.group(g).replace(" ", "") not in _NOT_INITIALS and not any(a <= m.start(g) < b for _r, a, b in out):
            out.append((m.group(g), m.start(g), m.end(g)))

    offer = searched(PUBLIC_OFFER, text)
    for m in GREETED_RE.finditer(text):
        word = m.group(1)
        if offer is not None and m.group(0)[:1] in "Hh" and m.group(0)[:3].casefold() in ("hi ", "hey", "hiy"):
            continue  # "Hi Tom, happy to chat about the grad program": someone the writer offers to help
        if not word[0].isupper() or any(a <= m.start(1) < b for a, b in dept_spans):
            continue  # "Thanks Border Force": the agency thanked, not a person
        if word.casefold() in _NOT_NAMES or lookup(word) is not None or animal_named(text, m.start(1), m.end(1)):
            continue  # "Thanks Everyone", "Thanks Sydney", "Say hi to Pepper 🐶": a crowd, a place, a dog
        # an unknown word is a name when it stands alone ("Farewell Tevita, ..."), not when it
        # starts a phrase ("Thanks Bunnings for the sausages")
        # ... or is followed by what the greeting is for ("Congrats Aisha on your probation")
        if m.group(3) is None and not re.match(
            r"['’\"”]?\s*(?:[,.!?;:)\-–—]|$|and\b|&|@|[\U0001F300-\U0001FAFF]|on (?:your|her|his|their|the|\w+ing)\b|to (?:the|our|my)\b|who\b)",
            text[m.end() :],
        ):
            continue
        out.append((m.group(1) + (f" {m.group(2)}" if m.group(2) else ""), m.start(1), m.end(1)))
        # "Congrats Aisha and Tui": the second greeted name, unless a crowd word or a place
        if m.group(3) and m.group(3).casefold() not in _NOT_NAMES and lookup(m.group(3)) is None:
            out.append((m.group(3), m.start(3), m.end(3)))
    out += _in_person_slots(text, dept_spans, out)
    if "@" in text:
        out += _named_addresses(text)
    sig = signature_start(text)  # a name in the writer's sign-off block is the writer's
    reader = note_reader(text) if text[:1].isalpha() else None
    return tuple(ref for ref in out if ref[1] < sig and not (reader and reader[0] <= ref[1] < reader[1]))


def _listed_name_matches(text: str, names: frozenset[str]) -> Iterator[re.Match[str]]:
    """`NAME_RE`'s matches, where a verb opening a sentence that sends the reader to someone is passed
    over for the listed name after it: "Ask Leanne in visa processing", "Tell Priya the roster's out"
    (read whole, the two words are no listed name, and the name after the verb was lost); not a name
    greeted or mocked ("Hi Jo", "Sure Jan", "Classic Gary": no one sent to), nor a firm ("Call Dave's
    Removals")."""
    for m in NAME_RE.finditer(text):
        second = m.group(2)
        if (
            second is not None
            and m.group(1).casefold() in _SEND_TO
            and second.casefold() in names
            and text[m.end() : m.end() + 1] not in ("'", "’")
            and (text[: m.start()].rstrip(" \t")[-1:] in ("", "\n") or text[: m.start()].rstrip()[-1:] in (".", "!", "?"))
            and lookup(m.group(0)) is None
        ):
            again = NAME_RE.match(text, m.start(2))
            if again is not None:
                yield again
                continue
        yield m


# verbs that send the reader to a person: "Ask Leanne ...", "Ping Raj if ..."
_SEND_TO = frozenset(("ask", "tell", "ping", "message", "email", "page"))


# A note that greets its reader, then introduces the writer: the reader is someone the writer has to
# introduce themself to, a client or a member of the public, not a workmate ("Hi Tash, it's Mel from
# the Ipswich intake team, can you call me back ...", "Hi Sue, Marty from the Parkes office, call me on my desk").
_GREETED_READER = lazy_pattern(
    r"\W*(?i:hi|hello|hey|hiya|dear|g['’]?day)\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?([A-Z][a-z]+)\s*[,!.—–-]+\s*"
)
# A personal note opening on its reader, the greeting left out or no stop before "it's" ("Shaz it's
# me, ring the ward", "hey Sam it's Kira, I'm on nights all week"), then the writer with no team of
# theirs named (a "from the Burnie office" note is the work's own: writers label its reader a colleague)
_OPENED_READER = lazy_pattern(
    r"\W*(?:(?i:hi|hello|hey|hiya|dear|g['’]?day)\s+)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?([A-Z][a-z]+)"
    r"\s*[,!.—–-]*\s*(?=(?i:it['’]?s|its)\s)"
)
_ITS_ME = lazy_pattern(r"(?i:it['’]?s|its)\s+me\b")
_TEAM_FROM_AFTER = lazy_pattern(r",?\s+(?:from|here\s+from|at)\b")
_INTRO_NAME = lazy_pattern(
    r"(?i:(?:hi|hey|hello)[,!]?\s+)?(?i:(?:it['’]?s|its|this is|my name is|i['’]?m|i am)\s+)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?"
    r"([A-Z][a-z]+)"
)


def note_reader(text: str) -> tuple[int, int] | None:
    """The span of the reader's name in a note that greets them and then introduces the writer."""
    g = _GREETED_READER.match(text)
    n = _INTRO_NAME.match(text, g.end()) if g is not None else None
    if g is not None and n is not None and self_intro(text, n.start(1), n.end(1)):
        return g.start(1), g.end(1)
    return personal_reader(text)


@lru_cache(maxsize=512)  # people_in (through note_reader) and colleagues.names_someone ask it of the same text
def personal_reader(text: str) -> tuple[int, int] | None:
    """The span of the reader's name in a personal note ("Shaz it's me, ...", "Mum it's Kezza, I'm on
    the 7:30 start"), where the writer names no team of theirs."""
    g = _OPENED_READER.match(text)
    if g is None:
        return None
    if _ITS_ME.match(text, g.end()):
        return g.start(1), g.end(1)
    n = _INTRO_NAME.match(text, g.end())
    if n is None or _TEAM_FROM_AFTER.match(text, n.end(1)) or not self_intro(text, n.start(1), n.end(1)):
        return None
    return g.start(1), g.end(1)


# A handle that holds a work role or the organisation's short name: "@jaz_ambo_22", "@lachie.ranger",
# "@Mick_SC", "@bec.corrections", "@kayla.r.qas" (qld's QAS): the person is one of its staff.
_ROLE_TOKENS = frozenset(
    """ambo ambos paramedic medic ranger rangers nurse rn cop cops police corrections ops planner sc senconst snrcst sgt
    sarge cso teacher firie firey detective det constable const bfo officer screw""".split()
)
_HANDLE_SPLIT = lazy_pattern(r"[._\-\d]+")


# The words an organisation's own account is made of ("@TasPoliceMedia", "@QldHealthNews",
# "@rbwh_nurses"): a handle of these words and the organisation's acronyms alone names no person.
_ACCOUNT_WORDS = frozenset(
    """police prison prisons corrections correctional justice svc service services media news health hospital hospitals
    ambulance ambo fire rescue ses gov govt dept department official team nurses nursing midwives hq au aus oz australia
    australian info comms unit ops schools school education transport roads rail metro border force customs immigration
    home affairs careers jobs recruit recruiting recruitment alerts traffic emergency council state public centre
    commission commissioner ombudsman agency authority office ministry minister premier parliament treasury defence
    tas tasmania vic victoria victorian qld queensland nsw wa sa nt act""".split()
)
_ACCOUNT_SPLIT = lazy_pattern(r"[A-Z]{2,}(?=[A-Z][a-z]|[^A-Za-z]|$)|[A-Z]?[a-z]+|[A-Z]+")


def _org_account(handle: str, profile: Profile) -> bool:
    """A handle made only of the organisation's acronyms and the words its own accounts use."""
    acronyms: frozenset[str] = per_profile(profile, "personrefs-acronym-tokens", _acronym_tokens)  # type: ignore[assignment]
    words = [w.casefold() for w in _ACCOUNT_SPLIT.findall(handle)]
    return len(words) >= 2 and all(w in _ACCOUNT_WORDS or w in acronyms for w in words)


def _acronym_tokens(profile: Profile) -> frozenset[str]:
    return frozenset(a.casefold() for a in profile.terms("organisation", "acronyms") if a.isalpha() and len(a) >= 2)


# ... with the writer at something, or told about their kit or roster: "me and @x", "@x and me doing the
# count", "@x you left your stethoscope in the truck", "@x put you down for the Saturday van"; not a
# friend thanked ("@bec_rn thanks for the dumplings")
_WITH_ME_BEFORE = lazy_pattern(r"\b(?:me and|with)\s+$", re.IGNORECASE)
_WITH_ME_AFTER = lazy_pattern(
    r"\s+(?:and me\b|in matching\b|(?:you|u)\s+(?:left|forgot|dropped)\b|(?:you['’]re|you are|ur) on\b|put (?:you|u) (?:down|on)\b)",
    re.IGNORECASE,
)


def role_handle(text: str, profile: Profile) -> str | None:
    """The first handle in the text that holds a work role or the organisation's acronym, with the
    writer at something or told about their kit or roster, or None."""
    acronyms: frozenset[str] = per_profile(profile, "personrefs-acronym-tokens", _acronym_tokens)  # type: ignore[assignment]
    for m in HANDLE_RE.finditer(text):
        if _DOMAIN_END.search(m.group(1)) or OFFICIAL_HANDLE.search(m.group(1)):
            continue
        tokens = {t.casefold() for t in _HANDLE_SPLIT.split(m.group(1)) if t}
        if not (any(role_is_ours(t, profile) for t in tokens & _ROLE_TOKENS) or tokens & acronyms):
            continue  # "grad day with @lucy.m.rn" is a nurse's handle: staff only where the organisation has nurses
        if _WITH_ME_BEFORE.search(text, max(0, m.start() - 10), m.start()) or _WITH_ME_AFTER.match(text, m.end()):
            return m.group(0)
    return None


# A person by initials: dotted ("K.R. from level 3", "credit to A.K. and the night analysts"), or two
# capitals placed in the office ("KB on the 4th floor", "JT and MK on my team"), on a lettered shift or
# watch ("Shoutout to RW on C shift") or from a named part of the organisation ("DM from the County Court
# registry rang").
INITIALS_RE = lazy_pattern(
    r"(?<![\w.])([A-Z]\.\s?[A-Z]\.)(?=[\s,;:!?)]|$)"
    r"|\b([A-Z]{2})(?=\s+(?:on the \d+(?:st|nd|rd|th) floor|(?:from|on) level \d+|from the \w+ team|and [A-Z]{2} on (?:my|our) team|"
    r"on [A-D] (?:shift|watch|platoon|relief)\b|from the (?:[A-Z][\w'’]*\s){1,3}(?i:registry|unit|office|section|desk|team)\b))"
    r"|\b[A-Z]{2} and ([A-Z]{2})(?= on (?:my|our) team)"
)
_INITIALS_GATE = lazy_pattern(r"[A-Z]\.\s?[A-Z]\.|[A-Z]{2} (?:on|from|and) ")
_NOT_INITIALS = frozenset(
    "U.S. U.K. P.S. A.M. P.M. N.B. E.G. I.E. N.Z. D.C. A.D. B.C. Q.C. S.A. W.A. N.T. O.K. T.V. I.T. H.R.".split()
    # two capitals that are a unit, a ward or a role, not someone: "ED on B shift", "IT from the Level 3 team"
    + "ED IT HR OT PA RN EN GP CO OC IC DS AO QA PM AM TV UK US NZ OK SA WA NT ICT".split()
)


# Someone else's work address with their name in it, said of a third person: "send the reports to
# sarah.pike@corrections..., she'll sign off", "email mark.o@... for the stats, he's our analyst";
# not an address with no one after it, which is most often the writer's own ("RSVPs to
# brooke.allen@..."), nor one the writer calls theirs ("email me at ...", "my email is ...").
_NAMED_ADDRESS = lazy_pattern(r"(?<![\w.+-])([A-Za-z]{2,})[._]([A-Za-z]+)@[\w-]+(?:\.[\w-]+)+")
_OWN_ADDRESS_BEFORE = lazy_pattern(r"\b(?:me|my|i['’]?m|i am|mine)\b[^.!?\n]{0,25}$", re.IGNORECASE)
_THIRD_PERSON_AFTER = lazy_pattern(r"[^.!?\n]{0,40}\b(?:she|he|her|him|his)\b", re.IGNORECASE)


def _named_addresses(text: str) -> list[tuple[str, int, int]]:
    names = given_names()
    return [
        (m.group(0), m.start(), m.end())
        for m in _NAMED_ADDRESS.finditer(text)
        if m.group(1).casefold() in names
        and _THIRD_PERSON_AFTER.match(text, m.end())
        and not _OWN_ADDRESS_BEFORE.search(text, max(0, m.start() - 30), m.start())
    ]


# A capitalised word in a slot only a person fills is a name even when the list lacks it (a
# nickname, a surname, a short form): whose roster or shift it is ("Kel's roster"), who to ask for
# or swap with ("ask for Col", "Roster's got me with Gibbo", "swap with Tran"), who is told off or
# thanked in the second person ("you're the problem, Rebecca.", "Hey Tanya your leave form
# bounced", "Farewell Di, 40 years").
# who is off, acting up or on an extension: "Mick's off", "Lin is acting EL", "Deb on extension 4412"
# (a lone capitalised word: not the end of a longer name, "the Southern Outlet is off", `_LONGER_NAME_BEFORE`)
_OFF_SLOT = lazy_pattern(
    r"\b([A-Z][a-z]{2,})(?:['’]s|\s+is)\s+(?:off(?:\s+sick)?(?![\w-])(?!\s+(?:to|on)\b)|out sick|on leave|acting\s+(?:[A-Z]|up))"
    r"|\b([A-Z][a-z]{2,})\s+on\s+(?:ext(?:ension)?\.?|x)\s*\d{3,}"
)
_LONGER_NAME_BEFORE = lazy_pattern(r"(?:\b[Tt]he|\b[A-Z][a-z]+)\s+$")
# who holds the duty kit or worked a double, so is on the job: "Shauna's got the pager", "Raj has the
# after hours one", "Nat ended up doing a double" (not a car or the keys: family have those too)
DUTY_SLOT = lazy_pattern(
    r"\b([A-Z][a-z]+)(?:['’]s got|\s+(?:has|has got|had|took|takes|is taking|grabbed|is holding))\s+the\s+(?:pager|"
    r"(?:on-?call|duty|after[- ]hours) (?:one|phone|mobile|pager|line))\b"
    r"|\b([A-Z][a-z]+)\s+(?:ended up |got stuck |had to |is |was )?(?:doing|did|pulled|working|worked)\s+a\s+double\b"
)
_SLOT_RES = (
    lazy_pattern(
        r"\b([A-Z][a-z]+)['’]s\s+(?:roster|rostering|shift|shifts|desk|leave|last (?:day|shift)|first (?:day|shift)|farewell|"
        r"send-?off|retirement|promotion)\b"
    ),
    lazy_pattern(
        r"\b(?i:ask for|swap with|swapped with|paired with|partnered with|rostered with|got me with|on with|handed over to|"
        r"hand over to|cover for|covering for)\s+([A-Z][a-z]+)\b(?!['’]s\b|\s+(?!I\b)[A-Z])"
    ),
    lazy_pattern(r"\byou(?:['’]re|r|['’]ve)?\b[^.!?\n]{0,60},\s+([A-Z][a-z]{2,})\s*[.!?]"),
    lazy_pattern(
        r"\b(?i:tell|wishing|say (?:hi|hello|g['’]?day|happy birthday) to)\s+([A-Z][a-z]{2,})\b(?!['’]s\b|\s+(?!I\b)[A-Z])"
    ),
    lazy_pattern(
        r"\b(?i:manager|boss|supervisor|starter|recruit|colleague|workmate|TL|sergeant|officer|nurse|lead|leader|coordinator)\b"
        r"[^()\n]{0,30}\(([A-Z][a-z]+)\??\)"
    ),
    lazy_pattern(r"\b(?i:hey|oi|haha|lol)\s+([A-Z][a-z]{2,}),?\s+(?:you|your|you['’]re|you['’]ve)\b(?!\s+(?:know|guys)\b)"),
    # someone given a post on the roster, opening a sentence: "Greggo you're on the late board Thursday"
    lazy_pattern(r"(?:^|(?<=[.!?]\s))([A-Z][a-z]{2,}),?\s+you['’]?re\s+(?:on|with)\b"),
    lazy_pattern(r"\b(?i:farewell|welcome|congrats)\s+([A-Z][a-z]),\s"),
    # who is rostered with the writer, any spelling: "jase is on my crew tmrw", "swapped my Thurs with Kez"
    lazy_pattern(r"(?<![\w'’@.])([A-Za-z][a-z]{2,})\s+(?:is|was)\s+on\s+my\s+(?:crew|shift|team|watch|car|truck|van|roster)\b"),
    lazy_pattern(
        r"\b(?i:swapped|swap|swapping|traded|trade)\s+(?:my|a|the|our)\s+\w+(?:\s+\w+)?\s+with\s+([A-Z][a-z]+)\b(?!['’]s\b)"
    ),
    _OFF_SLOT,
    # a message passed on from someone, a shift worked with someone: "From Kez: all staff ...", "on D shift at
    # Ron Barwick with Jacko"
    lazy_pattern(r"(?:^|\n)\s*From ([A-Z][a-z]{2,}):|\b(?i:shift)\b[^.!?\n]{0,40}\bwith ([A-Z][a-z]{2,})\b(?!['’]s\b|\s+[A-Z])"),
    DUTY_SLOT,
)
# the words each slot needs (casefolded substrings), so an everyday post skips the patterns it cannot match
_SLOT_KEYS = (
    ("'s", "’s"),
    ("ask for", " with ", "over to", "cover"),
    ("you",),
    ("tell", "wishing", "say "),
    ("(",),
    ("hey", "oi", "haha", "lol"),
    ("re on", "re with"),
    ("farewell", "welcome", "congrats"),
    (" on my ",),
    ("swap", "trade"),
    (" off", "sick", "leave", "acting", " ext", " x"),
    ("from ", "shift"),
    ("pager", "duty", "call", "hours", "double"),
)
_SLOT_NOT_NAMES = frozenset(
    """today tonight tomorrow yesterday everyone nobody someone this next last thank sir madam maam inspector sergeant
    sarge constable officer commander director manager boss supervisor principal minister premier who she her him his
    that what which there everything nothing something anyone anybody everybody somebody none which whoever""".split()
)


def _in_person_slots(
    text: str, dept_spans: list[tuple[int, int]], found: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    low = text.casefold()
    for pat, keys in zip(_SLOT_RES, _SLOT_KEYS, strict=True):
        if not any(k in low for k in keys):
            continue
        for m in pat.finditer(text):
            g = m.lastindex or 1  # the one group that took part
            word, a = m.group(g), m.start(g)
            if pat is _OFF_SLOT and _LONGER_NAME_BEFORE.search(text, max(0, a - 20), a):
                continue  # "the Southern Outlet is off next week": the end of a longer name
            if any(s <= a < e for _r, s, e in found + out) or any(s <= a < e for s, e in dept_spans):
                continue  # found already, or part of a department term ("Medicare's roster")
            if word.casefold() in _SKIP_WORDS or word.casefold() in _SLOT_NOT_NAMES or lookup(word) is not None:
                continue  # "Today's roster", "Monday's shift", "Sydney's roster", "Inspector's farewell"
            if self_intro(text, a, m.end(g)) or client_named(text, a, m.end(g)) or place_not_person(text, a, m.end(g)):
                continue  # "ask for Zoe" beside the writer's own line: the writer; a client; a place
            if animal_named(text, a, m.end(g)):
                continue  # "Say hi to Pepper 🐶": a dog
            out.append((word, a, m.end(g)))
    return out


def _owner(profile: Profile) -> tuple[frozenset[str], frozenset[str]]:
    """The owner's names and handles (casefolded), from the profile's `owner` block when a scan set one."""
    block = profile.data.get("owner")
    if not isinstance(block, dict):
        return frozenset(), frozenset()

    def folded(key: str) -> frozenset[str]:
        vals = block.get(key)
        return frozenset(str(v).strip().casefold() for v in vals if str(v).strip()) if isinstance(vals, list) else frozenset()

    return folded("names"), frozenset(h.lstrip("@") for h in folded("handles"))


def _is_owner(ref: str, owner: tuple[frozenset[str], frozenset[str]]) -> bool:
    names, handles = owner
    r = ref.strip().casefold()
    if r.startswith("@"):
        return r[1:].split("@")[0] in handles  # "@mquill@mastodon.example": the handle before the server
    return r in names or r in handles


_NOT_NAMES = frozenset(
    """the team everyone all you guys legends mum dad nan pop grandma grandpa whoever anyone someone nobody everybody
    somebody anybody leader leaders lead manager member members mr mrs ms miss mx dr aunty auntie aunt uncle cousin
    bro sis babe love mate""".split()
)
_SKIP_WORDS = _NOT_NAMES | _WEEKDAYS
# A modal after "Will" or "May" makes it the verb: "Will not miss", "May be late".
_MODAL_AFTER = lazy_pattern(
    r"\s+(?:not|never|be|have|you|we|i|it|this|that|they|he|she|probably|definitely|do|get|go|need|also|still|swap|cover|"
    r"take|send|call|ring|let|try|check|bring|see|come|pick|drop|keep|make|post|update|share|ask|pay|work|miss)\b"
)
