"""Colleague exposure: a colleague named, tagged or titled in a work context.

A person reference (an @handle that is not the organisation's, a tagged person on the Item, a
capitalised given name from the bundled list, or a rank followed by a name: "Officer Walsh")
fires only with a work relationship in the same text: a ``[colleagues] cues`` word ("my
supervisor", "from work", "night shift", "in uniform"), a department identifier, or operational
activity, or a shift worked at a work site ("nightie at Tullamarine"). Also people: a senior
office-holder even unnamed (``senior_titles``: "the Deputy Secretary") and a name in apposition
to a work role ("on the boarding team Jacko"). Friends, family, neighbours and shop staff named
without work context do not fire, nor pets ("good boy Max"), brands (``not_people``: "Tim Tam")
or teams in a club, quiz or volunteer context (``[colleagues] exclude``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.config import Profile
from auditor.geo.gazetteer import lookup
from auditor.models import Category, Item, ItemKind, Platform, Severity
from auditor.rules.base import (
    Example,
    Match,
    Rule,
    describe,
    given_names,
    lazy_pattern,
    may_match,
    per_profile,
    per_text,
    reach_severity,
    searched,
    snippet,
    word_pattern,
)
from auditor.rules.features import department_terms, elsewhere, shift_at_site, work_site
from auditor.rules.operations import operation_terms
from auditor.rules.orgwords import OWN_WORK, not_colleagues, own_exclusions
from auditor.rules.people import (
    COVER_SHIFT,
    INITIAL,
    NAME_FROM_UNIT_RE,
    OFFICIAL_HANDLE,
    OWN_TITLE_BEFORE,
    PARENT_OF_AFTER,
    PET_SIGN,
    PLACE_PREP_BEFORE,
    PUBLIC_OFFER,
    PUBLIC_REPLY,
    ROLE_INITIALS_RE,
    SARGE_RE,
    STATE_NOUN_AFTER,
    THING_BEFORE,
    client_named,
    date_not_person,
    on_screen,
    people_by_form,
    place_not_person,
    private_job,
    role_is_ours,
    self_intro,
    served_family,
)
from auditor.rules.places import place_mentions

HANDLE_RE = lazy_pattern(r"(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)")
# A capitalised word right after a greeting or thanks is a name even when it is not in the list
# ("welcome to the team, Siosaia"); places, department terms and all-caps words are skipped.
GREETED_RE = lazy_pattern(
    r"(?i:\b(?:welcome|welcoming|congrats|congratulations|thanks|thank you|farewell|shout ?out|cheers|well done|hi|hey|hiya|"
    r"happy birthday|happy retirement)(?:\s+(?:to|back|aboard))?(?:\s+(?:the team|our|my|new|newest|recruit|colleague))*"
    r"(?:\s+the (?:legend|one and only|amazing|great|mighty)(?: that is)?)?),?\s+"
    r"([A-Z][a-z]{2,})(?:\s+([A-Z][a-z]+))?(?:\s+(?i:and|&)\s+([A-Z][a-z]{2,}))?",
)
NAME_RE = lazy_pattern(r"(?<![\w@.#])([A-Z][a-z]+)(?:\s+([A-Z][a-z]+|[A-Z]\b\.?))?")
_POSSESSIVE_TEAM = lazy_pattern(
    r"\b[A-Z][a-z]+['’]s (?:team|crew|section|unit|shift)\b"
    r"|\bfrom (?:the|my|our) [\w-]+ (?:team|crew|section|unit|branch|division|office)\b",
    re.IGNORECASE,
)


# A capitalised word right after a work-role noun is a name in apposition: "on the boarding team
# Jacko", "my 2IC, Marnie", "shift partner Tevita" (weekdays, places and other non-names skipped).
APPOSITION_RE = lazy_pattern(
    r"(?i:\b(?:team|crew|unit|shift|partner in crime|shift partner|partner|supervisor|boss|manager|2IC|offsider|"
    r"team leader|sergeant|work wife|work husband|work bestie|trainer|mentor|director|principal|preceptor|colleague)|"
    r"\b(?:TL|EL1|EL2|NUM|DON|OIC|2IC))\s*,?\s+([A-Z][a-z]{2,})\b(?!\s+[A-Z])"
)
# A name before a work group it belongs to: "Tamsin on our shift", "Kofi from the cargo team".
_NAME_ON_TEAM = lazy_pattern(
    r"\b([A-Z][a-z]{2,})\s+(?:on|from|in)\s+(?:our|my|the)\s+(?:[\w-]+\s+)?(?i:shift|team|crew|unit|section)\b"
)
# A name right after praise for an animal, or after the animal's kind, is a pet's or a working
# dog's: "good boy Max", "good girl, Bella", "my kelpie partner Rusty", "our cat named Biscuit".
_PET_BEFORE = lazy_pattern(
    r"\b(?:good (?:boy|girl|dog|doggo|pup|puppy|boi|kitty)|(?:dog|doggo|pup|puppy|labrador|beagle|spaniel|kelpie|"
    r"retriever|shepherd|cat|kitten|horse|pony)(?:\s+(?:partner|mate|named|called))?)\s*[,!]?\s*$",
    re.IGNORECASE,
)
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december christmas easter xmas mon tue tues wed thu thur thurs fri sat sun".split()
)


@dataclass(frozen=True)
class _Col:
    cues: re.Pattern[str] | None
    titles: re.Pattern[str] | None
    senior: re.Pattern[str] | None
    not_people: re.Pattern[str] | None
    exclude: re.Pattern[str] | None


def _build(profile: Profile) -> _Col:
    titles = profile.terms("colleagues", "titles")
    title_pat = re.compile(rf"\b(?:{'|'.join(re.escape(t) for t in titles)})\s+([A-Z][a-z]+)") if titles else None
    senior = profile.terms("colleagues", "senior_titles")
    # senior office-holders are people even unnamed ("the Deputy Secretary"); capitalised only
    senior_pat = re.compile(rf"\b(?:{'|'.join(re.escape(t) for t in senior)})\b") if senior else None
    return _Col(
        cues=word_pattern(profile.terms("colleagues", "cues")),
        titles=title_pat,
        senior=senior_pat,
        not_people=word_pattern(profile.terms("colleagues", "not_people")),
        exclude=word_pattern(own_exclusions(profile, "colleagues", "exclude")),
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
        if not any(a <= m.start() < b for a, b in dept_spans) and not (reply and m.start() < reply.end()):
            out.append((m.group(0), m.start(), m.end()))
    col: _Col = per_profile(profile, "colleagues", _build)  # type: ignore[assignment]
    if col.titles is not None:
        # a rank before a capitalised word is a person whatever the name ("Officer Walsh"), but
        # not a pet given one ("Sergeant Biscuit has claimed the couch 🐶")
        for m in col.titles.finditer(text):
            if not PET_SIGN.search(text, m.end(), m.end() + 60):
                out.append((m.group(0), m.start(), m.end()))
    if col.senior is not None:
        for m in col.senior.finditer(text):
            # a title that starts a department term ("Assistant Secretary, Visa Risk", "ABF
            # Commissioner") is reported as that term, not as a person; nor is the writer's own
            # ("Former ABF Superintendent", "as an Assistant Director")
            if not any(a <= m.start() < b for a, b in dept_spans) and not OWN_TITLE_BEFORE.search(
                text, max(0, m.start() - 30), m.start()
            ):
                out.append((m.group(0), m.start(), m.end()))
    not_people = [(m.start(), m.end()) for m in col.not_people.finditer(text)] if col.not_people is not None else []
    names = given_names()
    for m in NAME_RE.finditer(text):
        if m.group(1).casefold() not in names:
            continue  # the cheapest test first: most capitalised words are not listed names
        if _PET_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if _MODAL_AFTER.match(text, m.end()) and m.group(1) in ("Will", "May"):
            continue  # "Will not miss the hi-vis", "May be late"
        # only listed given names count (a capitalised word is as often a place, a brand or a
        # sentence start), and not inside a department term or a brand ("Tim Tam", "Jim Beam")
        if any(a <= m.start() < b for a, b in dept_spans + not_people):
            continue
        if place_not_person(text, m.start(1), m.end(1), profile):
            continue  # "the Bruce Highway", "George St", "night shift at Ashley": a place
        if self_intro(text, m.start(), m.end(1)):
            continue  # "Hi, it's Sam from the licensing team", "Leigh here from ...": the writer
        if date_not_person(text, m.start(1), m.end(1)) or PARENT_OF_AFTER.match(text, m.end(1)):
            continue  # "on leave until 14 Jan", "it's Mia's dad": a date, a child named by the parent
        if client_named(text, m.start(), m.end(1)):
            continue  # "call me about Ella's assessment": a student or client, not a colleague
        if m.group(1) in ("Vic", "Tas") and (
            STATE_NOUN_AFTER.match(text, m.end(1)) or PLACE_PREP_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            continue  # "a Vic government school", "a youth justice worker in Vic": the state, not a Victor
        out.append((m.group(0).strip(), m.start(), m.end()))
    on_team = list(_NAME_ON_TEAM.finditer(text))
    for m in list(APPOSITION_RE.finditer(text)) + on_team:
        word = m.group(1)
        if word.casefold() in names or word.casefold() in _NOT_NAMES or word.casefold() in _WEEKDAYS:
            continue  # known names are found above
        first = not text[: m.start(1)].rstrip() or text[: m.start(1)].rstrip()[-1] in ".!?\n"
        if m in on_team and first and re.match(r"\s+in\b", text[m.end(1) :]):
            continue  # a capitalised first word before "in" is any noun ("Workload in our section has doubled")
        if lookup(word) is not None or any(a <= m.start(1) < b for a, b in dept_spans):
            continue  # a place ("shift partner Darwin") or part of a department term, not a name
        if THING_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1)):
            continue  # "4 Code Greys on my shift": a code, not a colleague
        if OWN_TITLE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "to start as Principal Engineer": the writer's own title
        if _PET_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1)):
            continue  # "my beagle partner Sprocket": a working dog, not a colleague
        out.append((word, m.start(1), m.end(1)))

    out += people_by_form(text, profile, dept_spans, out, _SKIP_WORDS)
    for m in ROLE_INITIALS_RE.finditer(text) if INITIAL.search(text) else ():
        if not any(a <= m.start(1) < b for _r, a, b in out) and not OWN_TITLE_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            out.append((m.group(0).strip(), m.start(), m.start() + len(m.group(0).rstrip())))

    offer = searched(PUBLIC_OFFER, text)
    for m in GREETED_RE.finditer(text):
        word = m.group(1)
        if offer is not None and m.group(0)[:1] in "Hh" and m.group(0)[:3].casefold() in ("hi ", "hey", "hiy"):
            continue  # "Hi Tom, happy to chat about the grad program": someone the writer offers to help
        if not word[0].isupper() or any(a <= m.start(1) < b for a, b in dept_spans):
            continue  # "Thanks Border Force": the agency thanked, not a person
        if word.casefold() in _NOT_NAMES or lookup(word) is not None:
            continue  # "Thanks Everyone", "Thanks Sydney": a crowd or a place
        # an unknown word is a name when it stands alone ("Farewell Tevita, ..."), not when it
        # starts a phrase ("Thanks Bunnings for the sausages")
        # ... or is followed by what the greeting is for ("Congrats Aisha on your probation")
        if m.group(3) is None and not re.match(
            r"\s*(?:[,.!?;:)\-–—]|$|and\b|&|@|[\U0001F300-\U0001FAFF]|on (?:your|her|his|their|the|\w+ing)\b)", text[m.end() :]
        ):
            continue
        out.append((m.group(1) + (f" {m.group(2)}" if m.group(2) else ""), m.start(1), m.end(1)))
        # "Congrats Aisha and Tui": the second greeted name, unless a crowd word or a place
        if m.group(3) and m.group(3).casefold() not in _NOT_NAMES and lookup(m.group(3)) is None:
            out.append((m.group(3), m.start(3), m.end(3)))
    return tuple(out)


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
    r"\s+(?:not|never|be|have|you|we|i|it|this|that|they|he|she|probably|definitely|do|get|go|need|also|still)\b"
)


def _titles(profile: Profile) -> frozenset[str]:
    return frozenset(profile.terms("colleagues", "titles"))


# The writer's own boss or senior by role: "my NUM", "our EL2", "our new Director".
_OUR_ROLE = lazy_pattern(
    r"\b(?:[Mm]y|[Oo]ur)\s+(?:new\s+|old\s+|former\s+|acting\s+)?(?:NUM|DON|TL|EL1|EL2|OIC|2IC|(?i:director|principal|"
    r"preceptor|sergeant|sarge|inspector|commander|superintendent))\b"
)
_TEAM_AT_SITE = lazy_pattern(r"\b(?:team|crew|shift|squad)\b", re.IGNORECASE)


def relation_cue(text: str, profile: Profile) -> bool:
    """Whether the text has one of the profile's work-relationship words (``[colleagues] cues``:
    "workmate", "my sergeant"). Every other way `work_context` finds work (a team, crew or
    shift, a department or operational term, a senior title, a work site) starts from a word of
    the first stage (`rules.analysis.first_stage`), so for a text the first stage clears this is
    the one more thing that can put the people on an item (a thread's participants, tagged
    friends) at work."""
    col: _Col = per_profile(profile, "colleagues", _build)  # type: ignore[assignment]
    return col.cues is not None and col.cues.search(text) is not None


def _not_ours(text: str, profile: Profile) -> bool:
    """The people in the text are not the organisation's staff at work with the writer."""
    if elsewhere(text, profile):  # ``[colleagues] exclude``, asked once per text for every family
        return True  # a club, a quiz team, a volunteer shift: not the agency
    if not_colleagues(text, profile):
        return True  # a TV show or a game, or the agency's customer thanking its staff
    if (served_family(text) or on_screen(text)) and not OWN_WORK.search(text):
        return True  # "thanks to Dr Mehta and the 2B team for looking after Dad": the patient's family; a rerun
    # "shoutout to my manager Raj" at a café, a store or an insurance company
    return bool(private_job(text) and not department_terms(text, profile))


def work_context(text: str, profile: Profile) -> str | None:
    """Why the text is about work with other people, or None."""
    col: _Col = per_profile(profile, "colleagues", _build)  # type: ignore[assignment]
    if _not_ours(text, profile):
        return None
    m = col.cues.search(text) if col.cues is not None else None
    if m:
        return f'work-relationship word "{m.group(0)}"'
    m = searched(_POSSESSIVE_TEAM, text) or searched(COVER_SHIFT, text)
    if m:
        return f'"{m.group(0)}"'
    dept = department_terms(text, profile)
    if dept:
        return f'department term "{dept[0][0]}"'
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


def _connection(item: Item, profile: Profile) -> Iterator[Match]:
    """A LinkedIn connection whose listed company or position is the Department."""
    hits = department_terms(item.text or "", profile, "employer")
    if not hits:
        return
    name = item.people[0] if item.people else "a connection"
    yield Match(
        key="connection:" + name.casefold(),
        evidence=f"{name}: {item.text}",
        why=f'connection listed at "{hits[0][0]}"',
        message=f"Your {item.platform.display} connections include {name}, listed at your employer: "
        "a network of colleagues there identifies you by association",
        severity=Severity.LOW,
        confidence=0.7,
    )


# A relative or friend said to hold one of the organisation's roles at a named place: "my cousin's a
# Senior Constable in Mount Isa", "my brother-in-law ... he's a Superintendent at Tullamarine".
_RELATIVE = lazy_pattern(
    r"\bmy (?:little |big |older |younger |twin )?(?:sister|brother|husband|wife|partner|mum|mother|dad|father|son|daughter|"
    r"cousin|uncle|aunt|auntie|aunty|niece|nephew|(?:brother|sister|father|mother|son|daughter)-in-law|hubby|best mate|bestie)\b",
    re.IGNORECASE,
)
_HOLDS = lazy_pattern(
    r"(?:\b(?:is|was|works|worked|working|started|starts|joined|promoted|retired|graduated)|['’]s)\b", re.IGNORECASE
)


def _roles(profile: Profile) -> re.Pattern[str] | None:
    t = profile.terms
    return word_pattern(t("organisation", "roles") + t("organisation", "weak_roles") + t("colleagues", "titles"))


_AT_NAME = lazy_pattern(r"\b(?:at|in)\s+(?:the\s+)?([A-Z][a-z]+)")


def relative_at_work(text: str, profile: Profile) -> str | None:
    """Why a relative or friend reads as one of the organisation's staff at a named place, or None."""
    rel = searched(_RELATIVE, text)
    if rel is None:
        return None
    a, b = rel.start(), min(len(text), rel.end() + 120)
    if not _HOLDS.search(text, rel.end(), b):
        return None
    roles = per_profile(profile, "colleagues-roles", _roles)
    role = roles.search(text, a, b) if roles is not None else None  # type: ignore[union-attr]
    dept = [term for term, _k, s, _e in department_terms(text, profile) if a <= s < b]
    if role is None and not dept:
        return None
    place = [name for name, _site, s, _e in place_mentions(text, profile) if a <= s < b]
    # or a site's short name: "a youth worker at Ashley", "at Cleveland Youth Detention"
    spans = [(s, e) for _t, _k, s, e in department_terms(text, profile)]
    place += [
        m.group(1)
        for m in _AT_NAME.finditer(text, a, b)
        if not any(s <= m.start(1) < e for s, e in spans) and place_not_person(text, m.start(1), m.end(1), profile)
    ]
    if not place:
        return None  # "my cousin's a cop and he reckons ...": no where, too general to expose anyone
    return f'relative "{rel.group(0)}" as "{role.group(0) if role else dept[0]}" at "{place[0]}"'


def names_someone(text: str, profile: Profile) -> bool:
    """Whether the text names, tags or titles anyone: a person reference or a relative at work (as
    COL101 reads them), a name after a role, a superior by title, a given name mid-sentence. The
    learned colleague rule requires it: on writers no model saw (train26), COL102 without it fired
    on 15 false and 4 true posts ("our section is being absorbed"), tests/eval/README.md."""
    item = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="", text=text)
    if people_in(item, profile) or relative_at_work(text, profile) is not None:
        return True
    # a capitalised word after a role in lower case ("our watch commander Lou"); someone titled
    # ("Our EL2 just cancelled leave", "the Director wants"); or a given name in Title Case that
    # does not start a sentence ("handed over to Kylie at 6")
    if searched(_ROLE_NAME, text) or searched(_TITLED, text):
        return True
    names = given_names()
    return any(m.group(1).lower() in names for m in _MID_NAME.finditer(text))


# a superior by title, the way staff refer to one without a name (the writer's own level is no
# one else: "APS4 at DSS" is not here)
_TITLED = lazy_pattern(
    r"\b(?:EL ?[12]|SES ?[1-3]?|OIC|NUM|DON|TL|DS|CEO|Super|Member (?=[A-Z]))\b|\b(?i:(?:deputy |assistant |chief |regional )?"
    r"(?:director|commissioner|superintendent|supt|inspector|sergeant|sgt|sarge|principal|boss|secretary|statistician|"
    r"magistrate|judge|chief exec(?:utive)?)|team leader|(?:my|our) (?:\w+ )?(?:manager|supervisor|coordinator))\b"
)
_MID_NAME = lazy_pattern(r"(?<![.!?\n]\s)(?<!^)\b([A-Z][a-z]{2,})\b")
_ROLE_NAME = lazy_pattern(
    r"\b(?:boss|manager|supervisor|commander|sergeant|sarge|inspector|officer|colleague|workmate|offsider|"
    r"coordinator|director|leader|lead|super|nurse|teacher|principal|ranger|guard|partner)\s+[A-Z][a-z]+\b"
)


def _colleagues(item: Item, profile: Profile) -> Iterator[Match]:
    if item.kind == ItemKind.PROFILE_FIELD:
        if item.field == "connection":
            yield from _connection(item, profile)
        return
    people = people_in(item, profile)
    text = item.text or ""
    if not people:
        rel = relative_at_work(text, profile)
        if rel is not None and not elsewhere(text, profile) and not not_colleagues(text, profile):
            m = searched(_RELATIVE, text)
            yield Match(
                key="colleagues:relative",
                evidence=snippet(text, m.start(), m.end()) if m else text[:80],
                why=rel,
                message=f"{describe(item)} identifies a relative or friend as staff at a named place",
                severity=reach_severity(Severity.MEDIUM, item),
                confidence=0.7,
            )
        return
    titled = [(a, b) for ref, a, b in people if b > a and " " in ref and ref.split(" ")[0] in _titles(profile)]
    if titled and len(titled) == len(people) and not searched(_OUR_ROLE, text):
        # "Inspector Gadget": the title alone is not a work relationship; look past it
        for a, b in titled:
            text = text[:a] + " " * (b - a) + text[b:]
    why = work_context(text, profile)
    if why is None and not _not_ours(text, profile):
        # a name before the part of the organisation it works in, or the sergeant by rank, ties the
        # person to the workplace: "Graham from IT", "Sarah from legal", "Sarge said ..."
        refs = {r for r, _a, _b in people}
        tie = next((m for m in NAME_FROM_UNIT_RE.finditer(text) if m.group(1) in refs), None) or (
            searched(SARGE_RE, text) if "Sarge" in text else None
        )
        why = f'"{tie.group(0)}"' if tie is not None else None
    role = searched(_OUR_ROLE, text) if why is None else None
    if role is not None and not _not_ours(text, profile) and role_is_ours(role.group(0), profile):
        why = f'"{role.group(0)}" named with them'  # "my NUM Leonie T.": one's own boss by role (not in the model's work context)
    if why is None:
        return
    unique: dict[str, str] = {}
    for ref, _s, _e in people:  # text references first, then tagged people; one entry per person
        unique.setdefault(ref.lstrip("@").casefold(), ref)
    refs = list(unique.values())
    first = people[0]
    yield Match(
        key="colleagues:" + ",".join(sorted(r.casefold() for r in refs)),
        evidence=snippet(item.text, first[1], first[2]) if first[2] > first[1] else first[0],
        why=f"person reference {', '.join(repr(r) for r in refs[:4])} with {why}",
        message=f"{describe(item)} identifies a colleague ({refs[0]}) in a work context",
        severity=reach_severity(Severity.MEDIUM if len(refs) == 1 else Severity.HIGH, item),
        confidence=0.85 if any(r.startswith("@") for r in refs) else 0.75,
    )


RULES = [
    Rule(
        code="COL101",
        name="colleague-identified",
        category=Category.COLLEAGUE_EXPOSURE,
        severity=Severity.MEDIUM,
        confidence=0.8,
        summary="A colleague is named, tagged or titled in a work context (shout-outs, farewells, promotions, shift photos).",
        rationale="Naming or tagging colleagues identifies them as departmental staff without their consent and exposes them and their families.",
        remediation="Remove the names and tags (untag people in photos), or keep such posts to official channels; ask before posting anyone's photo.",
        check=_colleagues,
        examples=(
            Example("Huge thanks to my supervisor Raj for covering my shifts", True),
            Example("my manager at the call centre just told us to sound happier, Craig", False),
            Example("Workload in our section has doubled since the last round of cuts", False),
            Example("Border Force Officer at Australian Border Force", True, kind=ItemKind.PROFILE_FIELD, field="connection"),
            Example("Software Engineer at Atlassian", False, kind=ItemKind.PROFILE_FIELD, field="connection"),
            Example("partner in crime on night shift @dani.lee.xo", True),
            Example("Gav from the cricket team rolled his ankle again, we're down to ten", False),
            Example("Retirement countdown: 412 days. Will not miss the early starts", False),
            Example("Congratulations to Michelle Tran on her promotion to Border Force Inspector", True),
            Example("Dinner with Sarah and Tom, best night in ages", False),
            Example("Happy birthday @jess.m.95! Love you to bits", False),
            Example("my colleague keeps microwaving fish at lunch", False),
            Example("follow @AusBorderForce for updates", False),
            Example("Farewell Tevita, 20 years on the wharf", True),
            Example("Thanks Bunnings for the sausage sizzle at work", False),
            Example("Inspector Gadget marathon with the kids", False),
            Example("Big thanks to Leilani and Fotu from the marine crew for the cake at work", True),
            Example("Cheers to my partner in crime on the boarding team Jacko, 3 years of chasing boats", True),
            Example("Boss made me redo the whole brief for the Deputy Secretary because of one typo", True),
            Example("Working the nightie at Tullamarine with Bec and Jono, arrivals hall is wild", True),
            Example("Our team smashed trivia night, thanks to Dave's knowledge of 80s music", False),
            Example("Our shift at the food bank served 200 meals. Thanks Jo and Kim for organising", False),
            Example("the dog found 2kg of coke in a suitcase at work today, good boy Max", False),
            Example("Pulled a double, 2 refused entry and a bloke who tried to bribe me with a Tim Tam", False),
            Example("Welcome aboard Aroha, our newest recruit! You're gonna love it", True),
            Example("Wishing our Regional Commander all the best in her new role", True),
            Example("Our footy club's team leader this year is Josh, he's been great", False),
            Example("Congrats Aisha on finishing your probation! The wharf team is lucky to have you", True),
            Example("Tamsin on our shift found the knife everyone else missed", True),
            Example("stuck behind roadworks on the Bruce Highway before my shift", False),
            Example("Hi, it's Dana from the Geelong office team, call me back about the form", False),
            Example("My beagle partner Sprocket retired from the airport today after 9 years of shifts", False),
            Example("Night shift on the fire line near Ivy Creek, 12 hours and my crew leader says more tomorrow", False),
            Example("Twelve hours on the fire line north of Lucy with my crew, legs are gone", False),
            # the ward is another workplace under dibp, one of the state's own under qld
            Example("Big thanks to Priya on the ward for swapping my night shift", True, profile="qld"),
            Example("Big thanks to Priya on the ward for swapping my night shift", False),
            # characters of a show or a game, and the agency's staff seen by the customer they helped
            Example("Rewatching the old cop show tonight, Sergeant Harris was always the best on the team", False),
            Example("Thank you to Constable Nguyen and the team at the station for finding my stolen ute", False, profile="qld"),
            # the writer's own signature, a state's short name after a preposition, a child's day
            Example(
                "Hi all, rosters for Show week to me by Friday please, ring my desk on (07) 3000 1234 if stuck. – Karen, Team Leader",
                False,
                profile="qld",
            ),
            Example("a week as a youth justice worker in Vic: no faces, no names, no case details", False, profile="vic"),
            Example("Dad can you grab Oliver from daycare at 5, stuck at work", False),
            # a relative said to hold one of the organisation's roles at a named place, not anywhere
            Example(
                "My brother-in-law is a Senior Sergeant at Ballarat and even he says the roster is cooked", True, profile="vic"
            ),
            Example(
                "My cousin's a Senior Constable and he reckons footy traffic is the worst part of the week", False, profile="vic"
            ),
            # a doctor at the bedside where the state's hospitals are the employer; a patient's doctor is not
            Example("Dr Nguyen wants obs on bed 4 every hour tonight", True, profile="qld"),
            Example("Dr Nguyen says my knee needs another scan", False, profile="qld"),
            # a place or a thing read as a person; the writer's own name; a date; a reply to the public
            Example("Night shift at Ashley again, running on 3 staff for 12 young people", False, profile="tas"),
            Example("Our unit at Thomas Embling had two assaults on staff this week", False, profile="vic"),
            Example("Five Code Greys on my shift last night, slow down people", False, profile="qld"),
            Example(
                "Got a question about your claim? Ring the office on 07 4000 1234 and ask for me, Rhiannon", False, profile="aps"
            ),
            Example("Out of office: on leave until 9 Jan, for urgent matters email the team", False),
            Example("@marinamum if your parcel's been held, email the team at the cargo office", False),
            Example("Hi, it's Noah's mum. He left his hat at the office, can I grab it tomorrow?", False, profile="vic"),
            # staff who cared for the writer's family, a private job, a rerun
            Example("Thank you to Dr Okoye and the 4B team for looking after Mum so well", False, profile="qld"),
            Example("Case manager at an insurance company. My TL dumped 60 files on me at 4:55, thanks Sandra", False),
            Example("Watching old Water Rats reruns tonight, Sergeant Holt on the team was the best", False),
            # a boss by role or rank with initials or a name and an initial
            Example("Our Director P.K. wants the whole brief redone by COB, again", True, profile="aps"),
            Example("Huge thanks to my NUM Leonie T. for backing my application", True, profile="qld"),
            # a person whatever the name: an honorific, a name before the part they work in, a mate's form
            Example("Farewell morning tea today for Mrs Vaitohi, 22 years on our front office team", True, profile="qld"),
            Example("Rhiannon from the Bendigo office just rang, the brief is due at 3", True, profile="vic"),
            Example("Farewell to our principal Mrs Tan, the kids will miss you", False),
            Example("Hi Mrs Lowe, Ms Carter from Rosetta Primary here, ring me at school if easier", False, profile="tas"),
            # a name tied to its unit, the sergeant by rank, a shift covered, a colleague greeted with a task
            Example("the new rostering tool is held together with tape and Dimitri from IT", True, profile="aps"),
            Example("Sarge said if I park in his spot again I'm doing the exhibit audit alone", True, profile="vic"),
            Example("@mel_rn_icu you legend, thanks for covering my late on 6A", True, profile="qld"),
            Example(
                "Hi Tavita, the transport from Woodford Correctional Centre is moved to 0600, we're two escorts short",
                True,
                profile="qld",
            ),
            Example("Hi Tom, happy to chat about the grad program, I'm at t.lee@treasury.gov.au", False, profile="aps"),
            # a full name after a role, a name from the organisation
            Example("Our Parks and Wildlife crew finished the boardwalk, thanks to ranger Kirra Dalton", True, profile="tas"),
            Example("The caseworker is Marnie from Child Safety, she'll ring you Monday", True, profile="qld"),
            Example("Graduated from the Victoria Police Academy today, so proud", False, profile="vic"),
        ),
    ),
]
