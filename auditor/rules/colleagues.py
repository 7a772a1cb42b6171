"""Colleague exposure: a colleague named, tagged or titled in a work context.

A person reference (`rules.personrefs.people_in`: an @handle that is not the organisation's, a
tagged person on the Item, a listed given name, a rank followed by a name: "Officer Walsh", a
senior office-holder even unnamed, a name in apposition to a work role) fires only with a work
relationship in the same text (`rules.colcontext.work_context`): a ``[colleagues] cues`` word ("my supervisor",
"from work", "night shift", "in uniform"), a department identifier, operational activity, or a
shift worked at a work site ("nightie at Tullamarine"); or a name tied to its unit, the sergeant
by rank, one's own boss by role or in brackets ("Manager (Kel)"), someone at a work site ("Dave at
Barwon"); a titled person greeted, sent a message, placed or named in full (`titled_at_work`:
"Tell Sgt Dawes at Box Hill ...", `rules.titled`). A relative, friend or housemate said to hold one of the
organisation's roles at a named place, or to work at one of its sites or for it for a stretch, is
exposed too (`rules.relatives.relative_at_work`) when named or tagged ("my cousin Aaron"; not "my
cousin works for Border Force", whose employer is DEP101's). Friends, family, neighbours and shop
staff named without work context do not fire, nor teams in a club, quiz or volunteer context
(``[colleagues] exclude``), characters, staff who served the writer, or a private job.
`names_someone` is the gate the learned colleague rule asks (`rules.learned`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.config import Profile
from auditor.models import Category, Item, ItemKind, Platform, Severity
from auditor.rules.animals import animal_named
from auditor.rules.base import (
    Example,
    Match,
    Rule,
    describe,
    given_names,
    lazy_pattern,
    reach_severity,
    searched,
    snippet,
)
from auditor.rules.colcontext import not_ours, work_context
from auditor.rules.employers import private_job
from auditor.rules.features import department_terms, elsewhere
from auditor.rules.operations import operation_terms
from auditor.rules.orgwords import not_colleagues
from auditor.rules.people import (
    NAME_FROM_UNIT_RE,
    NAME_IS_ROLE_RE,
    ROLE_NOUNS,
    SARGE_RE,
    ferried,
    on_screen,
    role_is_ours,
    site_short_name,
)
from auditor.rules.personrefs import DUTY_SLOT, colleague_terms, people_in, personal_reader
from auditor.rules.relatives import RELATIVE, TITLED, kin_named, kin_only, relative_at_work
from auditor.rules.superiors import TYPE_BEFORE, new_starter, own_insignia, own_superior, personal_wish
from auditor.rules.titled import SERVED_ME, served_customer, titled_at_work, titles
from auditor.rules.writer import OWN_TITLE_BEFORE, self_intro, signature_start, titled_self

# The writer's own boss or senior by role: "my NUM", "our EL2", "our new Director".
_OUR_ROLE = lazy_pattern(
    r"\b(?:[Mm]y|[Oo]ur)\s+(?:new\s+|old\s+|former\s+|acting\s+)?(?:(?i:deputy|assistant)\s+)?(?:NUM|DON|TL|EL1|EL2|OIC|2IC|(?i:director|principal|"
    r"preceptor|sergeant|sarge|inspector|commander|superintendent))\b"
)


def relation_cue(text: str, profile: Profile) -> bool:
    """Whether the text has one of the profile's work-relationship words (``[colleagues] cues``:
    "workmate", "my sergeant"). Every other way `work_context` finds work (a team, crew or
    shift, a department or operational term, a senior title, a work site) starts from a word of
    the first stage (`rules.analysis.first_stage`), so for a text the first stage clears this is
    the one more thing that can put the people on an item (a thread's participants, tagged
    friends) at work."""
    col = colleague_terms(profile)
    return col.cues is not None and col.cues.search(text) is not None


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


def _kin_only(text: str, people: list[tuple[str, int, int]], profile: Profile) -> bool:
    """The writer's own relatives and friends only (`relatives.kin_only`), with none of the
    organisation's work around them ("my cousin Lena is an APS4 in visa processing" is)."""
    return kin_only(text, people, profile) and not operation_terms(text, profile)


def names_someone(text: str, profile: Profile) -> bool:
    """Whether the text names, tags or titles anyone who could be a colleague: a person reference
    (a relative at work only named, as COL101 reads them), a name after a role, a superior by title, a given
    name mid-sentence; not the writer's own sign-off block, characters of a show, a titled person
    who served the writer, nor a relative at work unnamed ("my housemate works Medicare claims"). The learned colleague rule
    requires it: on writers no model saw (train26), COL102 without it fired on 15 false and 4 true
    posts ("our section is being absorbed"), tests/eval/README.md."""
    if served_customer(text):
        return False  # "ask for Marnie at the Nundah Centrelink, she sorted my payment": who served the writer
    text = text[: signature_start(text)]  # "Regards, Tom Vu | Senior Analyst | ...": the writer
    text = text[_title_line_end(text) :]  # "Assistant Principal, Wellbeing | Epping Secondary College | ...": the writer's
    if on_screen(text):
        return False  # "Finished Line of Duty again. Superintendent Hastings ...": a character
    item = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="", text=text)
    people = people_in(item, profile)
    if _kin_only(text, people, profile):
        return False  # "my neighbour Gary is a retired copper": the writer's own people, no work of the organisation
    titled = [ref for ref, _a, _b in people if " " in ref and ref.split(" ")[0] in titles(profile)]
    if people and relative_at_work(text, profile) is not None and _kin_unnamed(text, people, profile):
        return False  # "my brother-in-law, he's a Superintendent at Tullamarine": the relative's rank, no name
    if people and not (len(titled) == len(people) and searched(SERVED_ME, text)):
        return True  # ... but not "Officer Rahman at the Perth counter was amazing with my grandmother"
    # (a relative at work unnamed is no one named: "my cousin works for Border Force at Perth Airport")
    # a capitalised word after a role in lower case ("our watch commander Lou"); someone titled
    # ("Our EL2 just cancelled leave", "the Director wants"); or a given name in Title Case that
    # does not start a sentence ("handed over to Kylie at 6")
    role_names = _ROLE_NAME.finditer(text) if searched(_ROLE_NAME, text) else ()  # not "my new partner Koda" (a dog)
    if any(not animal_named(text, m.start("name"), m.end("name")) for m in role_names) or new_starter(text):
        return True
    titled = TITLED.finditer(text) if searched(TITLED, text) else ()
    if any(
        not TYPE_BEFORE.search(text, max(0, m.start() - 24), m.start())
        and not _SHARED_AFTER.match(text, m.end())
        and not _own_title(text, m.start())
        and not (titled_self(text, m.start(), m.end()) or own_insignia(text, m.start(), m.end()))
        for m in titled
    ):
        return True  # ... but not "required reading for every new EL1" (a kind of post, no one person), nor
        # "I've joined the Fraud Branch as an Assistant Director" (the writer's own title)
    # (not the reader a note opens on: "Mum it's Kezza, I'm on the 7:30 start ...")
    reader = personal_reader(text) if text[:1].isalpha() else None
    names = given_names()
    # ... not a child fetched from training ("Thanks for picking Maddie up from training"), nor the
    # writer introducing themself ("hey Sam it's Kira, I'm on nights") or the reader
    return any(
        m.group(1).lower() in names
        and not ferried(text, m.start(1), m.end(1))
        and not self_intro(text, m.start(1), m.end(1))
        and not animal_named(text, m.start(1), m.end(1))  # "meet my new partner Koda" (a detector dog)
        and not (reader and reader[0] <= m.start(1) < reader[1])
        for m in _MID_NAME.finditer(text)
    )


# the writer in the same sentence before a title: "I've joined ... as an Assistant Director" (not "Dad
# who retired as a Senior Sergeant")
_I_BEFORE = lazy_pattern(r"\bI(?:['’](?:ve|m|d|ll))?\b[^.!?\n]*$")


def _own_title(text: str, start: int) -> bool:
    """The title at text[start:] is the writer's own ("... as an Assistant Director" after "I")."""
    if not OWN_TITLE_BEFORE.search(text, max(0, start - 30), start):
        return False
    me = _I_BEFORE.search(text, max(0, start - 100), start)
    return me is not None and not RELATIVE.search(text, me.start(), start)  # not "I think Dad retired as a ..."


_MID_NAME = lazy_pattern(r"(?<![.!?\n]\s)(?<!^)\b([A-Z][a-z]{2,})\b")
_ROLE_NAME = lazy_pattern(
    rf"\b(?:{ROLE_NOUNS}|commander|sarge|inspector|officer|workmate|coordinator|leader|lead|super|nurse|teacher|ranger|guard)"
    r"\s+(?P<name>[A-Z][a-z]+)\b"
)


# A title opening the text with " | " fields after it on that line: the writer's own title line, its
# unit and organisation ("Assistant Director, Indo-Pacific Branch, DFAT | m. 0412 ...", no one else).
# (up to its last " | ": the fields after it may name others, "Mentor to the best team (looking at you, Jo)")
_FIELD_AFTER = lazy_pattern(r"[^.!?\n|]{0,60}?\s(?:\||[-–—@])\s(?:[^\n|]*\s\|\s)*")


def _title_line_end(text: str) -> int:
    """Where the title line opening the text ends (0 when the text opens with none)."""
    if not any(sep in text for sep in ("|", " - ", " – ", " — ", " @ ")):  # "Director, Cyber - Department of Defence"
        return 0
    m = TITLED.match(text, len(text) - len(text.lstrip()))
    f = _FIELD_AFTER.match(text, m.end()) if m is not None else None
    return f.end() if f is not None else 0


# A title before a shared box or a post is no one person: "the duty inspector inbox", "the Director role".
_SHARED_AFTER = lazy_pattern(r"\s+(?:inbox|mailbox|account|hotline|position|role|vacancy|job|pool)\b", re.IGNORECASE)


# Someone on an internal extension or acting up in a role is at work: "Ask for Deb on extension 4412",
# "Lin is acting EL this week".
_ON_EXTENSION = lazy_pattern(
    r"\b([A-Z][a-z]{2,})(?:\s+on\s+(?:ext(?:ension)?\.?|x)\s*\d{3,}|(?:['’]s|\s+is)\s+acting\s+(?:[A-Z][\w/-]*|up\b)"
    # ... or said to be off, and so off the roster: "I'm on phones 10-6 and Mick's off"
    r"|(?:['’]s|\s+is)\s+(?:off(?:\s+sick)?|out sick|on leave)(?=\s*(?:[.!,;]|$|today|tomorrow|tmrw|this week|so\b)))"
)


# A person tied to the work by how they are named: the writer's boss by role with the name in
# brackets ("Manager (Kel) called the police"), or a person at one of the work sites ("tell Dave at
# Barwon I'll fax the order over").
_ROLE_BRACKET = lazy_pattern(r"\b(?i:manager|boss|supervisor|TL|team leader|sergeant|sarge|NUM|OIC)\s*\(([A-Z][a-z]+)\??\)")
_AT_SITE_AFTER = lazy_pattern(r"\s+(?:at|from)\s+(?:the\s+)?([A-Z][a-z]+)\b")


def _tied_by_form(text: str, people: list[tuple[str, int, int]], profile: Profile) -> str | None:
    if relative_at_work(text, profile) is not None:
        return None  # "my brother-in-law, he's a Superintendent at Tullamarine": the relative's own rank
    for m in _ROLE_BRACKET.finditer(text) if "(" in text else ():
        return f'"{m.group(0)}"'
    if searched(SERVED_ME, text):
        return None  # "shoutout to Deb at the Perth airport lounge who saved my whole trip": the customer's thanks
    for ref, _a, b in people:
        at = _AT_SITE_AFTER.match(text, b) if b else None
        if at is not None and site_short_name(at.group(1), profile):
            return f'"{ref}{at.group(0)}", one of the work sites'
    return None


def _kin_unnamed(text: str, people: list[tuple[str, int, int]], profile: Profile) -> bool:
    """No name, handle or name after the relative: who the text names is at most their rank."""
    own = titles(profile)
    return not kin_named(text, profile) and not any(
        ref.startswith("@") or ref not in own and ref.split(" ")[-1] not in own for ref, _a, _b in people
    )


def _relative(item: Item, text: str, profile: Profile, people: list[tuple[str, int, int]]) -> Iterator[Match]:
    """A relative or friend at work, named or tagged ("my son Josh graduated as an ABF officer"); not
    one unnamed ("my cousin works for Border Force at Perth Airport", "he's a Superintendent at
    Tullamarine"): the guide's colleague is a person named, tagged or titled, and writers briefed
    with the guide alone label the unnamed one no colleague (tests/eval/README.md, nineteenth round)."""
    if _kin_unnamed(text, people, profile):
        return
    rel = relative_at_work(text, profile)
    if rel is not None and not elsewhere(text, profile) and not not_colleagues(text, profile):
        m = searched(RELATIVE, text)
        yield Match(
            key="colleagues:relative",
            evidence=snippet(text, m.start(), m.end()) if m else text[:80],
            why=rel,
            message=f"{describe(item)} identifies a relative or friend as staff at a named place",
            severity=reach_severity(Severity.MEDIUM, item),
            confidence=0.7,
        )


def _colleagues(item: Item, profile: Profile) -> Iterator[Match]:
    if item.kind == ItemKind.PROFILE_FIELD:
        if item.field == "connection":
            yield from _connection(item, profile)
        return
    text = item.text or ""
    if served_customer(text):
        return  # "Shoutout to Dimitri at the VicRoads office who fixed my licence mess": who served the writer
    people = people_in(item, profile)
    superior = own_superior(text, profile)  # "our AP said the same", "Congrats Sarge!!": one's boss by title
    starter = new_starter(text)  # "our new grad found the error": one's new starter by role
    for extra in (superior, starter):
        if extra is not None and not any(a < extra[2] and extra[1] < b for _r, a, b in people):
            people = people + [extra]
    if not people or _kin_only(text, people, profile):
        yield from _relative(item, text, profile, people)
        return  # ... "Farewell lunch for my bestie Tash": the writer's friend
    titled = [(a, b) for ref, a, b in people if b > a and " " in ref and ref.split(" ")[0] in titles(profile)]
    why = None
    # ("Jeffords" inside "Sergeant Jeffords" is the same person, not a second one)
    alone = [p for p in people if not any(a <= p[1] < b and (a, b) != (p[1], p[2]) for a, b in titled)]
    if titled and len(titled) == len(alone) and not searched(_OUR_ROLE, text):
        # "Inspector Gadget": the title alone is not a work relationship; look past it, unless
        # the titled person is greeted, sent a message, placed or named in full as staff are
        why = next((w for a, b in titled if (w := titled_at_work(item.text or "", a, b)) is not None), None)
        why = None if why is None or not_ours(text, profile) else why
        for a, b in titled:
            text = text[:a] + " " * (b - a) + text[b:]
    why = why or work_context(text, profile)
    if why is not None and why.startswith("work-relationship") and personal_wish(text, profile):
        why = None  # "Congrats Bec on your promotion!! Drinks on you": a friend's occasion
    if why is None and superior is not None and not not_ours(text, profile) and not private_job(text):
        why = "the writer's own superior by title"
    if why is None and starter is not None and starter[0][:1] in "MmOo" and not not_ours(text, profile) and not private_job(text):
        why = "the writer's own new starter by role"  # "our new grad", not "the new recruit" alone
    if why is None and not not_ours(text, profile):
        # a name before the part of the organisation it works in, or the sergeant by rank, ties the
        # person to the workplace: "Graham from IT", "Sarah from legal", "Sarge said ..."
        refs = {r for r, _a, _b in people}
        tie = (
            next((m for m in NAME_FROM_UNIT_RE.finditer(text) if m.group(1) in refs), None)
            or (searched(SARGE_RE, text) if "Sarge" in text else None)
            or next((m for m in _ON_EXTENSION.finditer(text) if m.group(1) in refs), None)
            or next((m for m in DUTY_SLOT.finditer(text) if m.group(m.lastindex or 1) in refs), None)
            or (next((m for m in NAME_IS_ROLE_RE.finditer(text) if m.group(1) in refs), None) if not private_job(text) else None)
        )
        why = f'"{tie.group(0)}"' if tie is not None else _tied_by_form(text, people, profile)
    role = searched(_OUR_ROLE, text) if why is None else None
    if role is not None and not not_ours(text, profile) and role_is_ours(role.group(0), profile):
        why = f'"{role.group(0)}" named with them'  # "my NUM Leonie T.": one's own boss by role (not in the model's work context)
    if why is None:
        # "That's my brother-in-law, he's a Superintendent at Tullamarine": the rank read as a
        # person reference is the relative's own
        yield from _relative(item, text, profile, people)
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
            Example("Say hi to Pepper 🐶 the newest nose on the ABF dog team, first find on day two", False),
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
                "My brother-in-law Dave is a Senior Sergeant at Ballarat and even he says the roster is cooked",
                True,
                profile="vic",
            ),
            Example(
                "My cousin's a Senior Constable and he reckons footy traffic is the worst part of the week", False, profile="vic"
            ),
            # ... a job in plain words then a town ("a copper in Wangaratta"), where the organisation has that job
            Example(
                "My aunty Jan was a copper in Wangaratta for 25 years and still reads the paper like a brief", True, profile="vic"
            ),
            Example("My aunty was a copper in Wangaratta for 25 years and still reads the paper like a brief", False),
            # the writer's own people only, nothing of the organisation's work: no colleague named
            Example("Farewell dinner for my best mate Rhys tonight, he's off to Darwin for good", False, profile="vic"),
            # the reader given a post with the writer or for a day, named as people call workmates
            Example("Dazza you're on the front gate Thursday nights with Pri, bring a torch", True, profile="vic"),
            Example("if you're on the Bendigo roster, the split shift is changing in March", False, profile="vic"),
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
            # a titled person greeted, sent a message or placed, as staff are; not one who served the writer
            Example("Tell Sgt Brennan at Sale I said hi, he still owes me a coffee", True, profile="vic"),
            Example("Big congrats Leading Senior Constable Kowalczyk on 25 years at Wodonga", True, profile="vic"),
            Example("Officer Ng at the airport was so kind to my grandma, thank you", False),
            # a relative whose rank reads as a person reference; a dog with a rank or at work
            Example("Ha, that's my brother-in-law Marco in the photo, he's a Superintendent at Tullamarine", True),
            Example("Sergeant Biscuit has stolen my spot on the couch again 🐶", False, profile="vic"),
            Example(
                "Biosecurity Tasmania dog team at the ferry today, Bella sniffed out 4 bags of cherries", False, profile="tas"
            ),
            # a name the list lacks in a slot only a person fills; a colleague's address said of them
            Example("Gibbo's roster has me on night shift all week again", True),
            Example("Roster's got me paired with Gibbo on nights, we're two officers short", True),
            Example(
                "Send the muster reports to dana.cole@corrections.qld.gov.au, she'll sign them off tonight", True, profile="qld"
            ),
            Example("RSVPs for the station's open day to dana.cole@police.qld.gov.au please", False, profile="qld"),
            # a relative said to work at a site or named with service; not a patient's visit; a name in
            # the writer's signature; a show's character; a person by role in brackets or at a site
            Example("My flatmate Priya works at Ashley and the stories are wild", True, profile="tas"),
            Example("Our son Lachie just started at Ambulance Tasmania, first shift in the greens tomorrow", True, profile="tas"),
            Example("Mum's been at the Alfred since Tuesday and the staff have been lovely", False, profile="vic"),
            Example("Kind regards, Tess Nolan | Senior Analyst | DTF | (03) 9651 0000", False, profile="vic"),
            Example("Finished Line of Duty again. Superintendent Hastings on the team is my hero", False),
            Example("Customer swore at me on the phone today. Manager (Kel) took the call over", True),
            Example("tell Dave at Barwon I'll fax the transfer order over this arvo", True, profile="vic"),
            # a singer, a book's character, a parent the writer opens a note to
            Example(
                "Hospital escort all night, the prisoner in bed 3 keeps singing Dolly Parton at the nurses", False, profile="tas"
            ),
            Example(
                "Reading Officer Buckle and Gloria to the little ones tonight, still the best picture book", False, profile="qld"
            ),
            Example(
                "Hi Mr Okafor, it's Miss Tan from Year 2 at Hilltop State School, ring me on the school line (07) 3000 0000",
                False,
                profile="qld",
            ),
            # one's own superior by title alone; a friend's occasion with nothing of the writer's work
            Example("Staff meeting ran over again, our AP said the timetable is final", True, profile="qld"),
            Example("Brief to the Secretary's office by COB, the DG wants it tonight", True, profile="qld"),
            # ... handed over to, arriving, who told the writer something, praised after "our"
            Example("Handing over to the 2IC at 0600, the cell log's on the clipboard", True, profile="tas"),
            Example("New Director-General starts Tuesday, place your bets on the next restructure", True, profile="qld"),
            Example("Farewell to our fearless Charge Nurse after 22 years on the ward", True, profile="vic"),
            Example("Farewell to our fearless Charge Nurse after 22 years on the ward", False),
            Example("Congrats Priya on your promotion!! Drinks on you", False, profile="aps"),
            Example("my flatmate Tom works at Services Australia and says the phones never stop", True, profile="aps"),
            Example(
                "Hi, Megan from the Geelong Smart Centre — ring me directly on 03 5200 1111 (Mon–Wed).", False, profile="aps"
            ),
            # a superior asked, told or copied in; a title opening a sentence; hospital staff where it runs hospitals
            Example("Asked the NUM why I'm on nights again, got 'skill mix' 🙃", True, profile="qld"),
            Example("Principal says the excursion is off because of the forms. Again.", True, profile="qld"),
            Example("Charge nurse Bronte covered half my night shift on 3C, legend", True, profile="tas"),
            # who is on the writer's crew or swapped a day with them, any spelling
            Example("benno is on my truck tomorrow at Rocklea, pray for me", True, profile="qld"),
            Example("swapped my Sunday late with Fitzy so I can make the footy", True),
            # a housemate opening a sentence; a town after the shop a relative works at
            Example("flatmate Jess is a prison officer at Ravenhall and the stories are wild", True, profile="vic"),
            Example("My brother works at the Bunnings in Cairns and hates the Sunday shifts", False, profile="qld"),
            # a film's character, a one-name sign-off after a dash, the writer opening with their own news,
            # a site named after a person
            Example("Constable Benny from the Pixar short is the best cop ever made", False),
            Example("— Tanya | Senior Case Officer, Payments | Dubbo | ph 02 6800 0000", False, profile="aps"),
            Example("it's Marisol — new desk number from Monday, I've moved to the Geelong Smart Centre", False, profile="aps"),
            Example("As a youth worker, closing Ashley with nowhere for the kids to go is a disgrace", False, profile="tas"),
            # the 2IC and a new grad by role; a role handle with the writer; acting up; a unit by its name; initials
            Example("Our 2IC is off to Treasury after 9 years with us, cake at 3", True, profile="aps"),
            Example("Shoutout to our new grad who spotted the duplicate payments on day 2", True, profile="aps"),
            Example("@benny_medic_7 you left your radio in the truck again 😂", True, profile="qld"),
            Example("@benny_medic_7 thanks for the dumplings, legend", False, profile="qld"),
            Example("Wren is acting TL till Friday, leave forms to her please", True, profile="aps"),
            Example("Big thanks to Rhys from Fraud Investigations for the tip-off on that file", True, profile="aps"),
            Example("credit to R.M. and the rest of my team for the find", True),
            # a sibling opening a sentence; a relative in hospital; a tradie's number; a bank; an email domain
            Example("My bro Deano works at Port Phillip and says the lockdowns never end", True, profile="vic"),
            Example("My nan's in ICU and the nurse on her ward, Tahlia, is an angel", False, profile="vic"),
            Example("The plumber's number is 0400 000 000, ask for Gav in the workshop", False),
            Example("Congrats to my old colleague Priya on her promotion at Westpac!", False),
            Example("Only trust emails from @homeaffairs.gov.au, the rest are phishing", False),
            # a quoted nickname farewelled, a name in an upper-case unit, someone off the roster or taking one's caseload;
            # a client replied to
            Example("Farewell to 'Tonks', leaving the Bendigo Centrelink office after 11 years", True, profile="aps"),
            Example("Tonks in QA caught the same error, 1,100 letters out with the wrong date", True, profile="aps"),
            Example("I'm on the phones till 6 and Tonks's off, send coffee", True, profile="aps"),
            Example("Huge thanks to Tonks who took my whole caseload while I was crook", True, profile="aps"),
            Example("Hi Dana, as discussed please send the documents to the team inbox and quote your TRN", False),
            # who holds the duty kit or worked a double is on the job; not a car or the keys
            Example("weekend on-call is 1800 000 111, option 2, Marnie's got the pager", True, profile="tas"),
            Example("Ringo had the after hours phone for the Mildura office so ring him", True, profile="vic"),
            Example("Marnie's got the car and the keys till Sunday", False, profile="tas"),
            # a character by its film's title and kind; a count of a post's holders, no one person
            Example("Sergeant Pickle from the Bin Chicken movie is my niece's favourite", False, profile="vic"),
            Example("Fourth new Deputy Secretary since 2022 and still no decision on the pay offer. #HomeAffairs", False),
            # the writer's own name: "NAME from the X here", a sign-off of fields after the writer's own line
            Example("Priya from the intake team here, mob is 0400 000 111 if you need me this arvo", False),
            Example(
                "Thanks for your message, please contact me on 6200 0000 or j.ng@justice.tas.gov.au — Jun, Registry Services",
                False,
                profile="tas",
            ),
            Example("Code blue in bay 4 again. Ring the unit line 6222 8100 if you need me - Sam, CNM", False, profile="tas"),
            Example("Night shift on the cargo floor with the new starter — Dave, legend", True),
            # a relative's start or service with the organisation, and where: greeted on the day, "'s ORG at", a first posting
            Example(
                "Happy retirement Mum!!! 35 years with Border Force, from the wharves at Port Adelaide to the airport @carol.w",
                True,
            ),
            Example("my cousin Aaron's Border Force at Brisbane airport and says the queues are worse than ever", True),
            Example(
                "So proud, my baby sister Mia just graduated from the Ambulance Victoria program! First posting Horsham",
                True,
                profile="vic",
            ),
            Example("Dad you'd be so proud, I got the job at Border Force in Sydney", False),
            # a note that greets its reader, then introduces the writer (by name or by title): a client, no colleague
            Example(
                "Hi Rosa, it's Kev from the Dubbo intake team, can you call me back on my desk re your review?",
                False,
                profile="aps",
            ),
            Example(
                "This is Constable Harlow, Mildura station. Re the break-in at your shed, ring me on 5000 0000",
                False,
                profile="vic",
            ),
            Example("Hi Rosa, it's Kev from the Dubbo intake team, Priya on the late shift has your file", True, profile="aps"),
            # short forms and nicknames are names; the writer's closing beside their own line is the writer
            Example("Robbo's leaving end of the month, card going round the office", True),
            Example("Shoutout to RW on C shift who stayed back for the handover", True, profile="tas"),
            Example("Kel from the Burnie CIB is a legend, found my brother's stolen ute in 2 days", False, profile="tas"),
            Example("Constable Pickering from Wombatville is so underrated", False, profile="tas"),
            Example("my sergeant in the game keeps walking into doors 💀", False, profile="vic"),
            Example("Jo Pike\nCase Manager, Intake North\nChild Protection\nP: (03) 9000 0000", False, profile="vic"),
            Example(
                "Best to ring me at the office on (03) 6100 0000, Mon to Wed. Cheers, Tez (Housing Services)",
                False,
                profile="tas",
            ),
            # the reader sent to a name opening the sentence; a two-letter name from its unit; a name the role is said of;
            # a relative's job at the organisation itself (not a client of it)
            Example("Ask Siobhan in cargo, she's been with Border Force since the merger", True),
            Example("Tell Priya the Centrelink queue at Dubbo was out the door again", False, profile="aps"),
            Example("Di from rostering says the new lines start Monday, pass it on", True, profile="aps"),
            Example("Clara from compliance and I cleared 40 reviews before lunch", True, profile="aps"),
            Example("Is that Tui from nights? tell her the cargo team says hi", True),
            Example("Bendigo Base on night shift again, just me and the kettle", False, profile="vic"),
            Example("Give the file to Pravesh, he's the TL for the disaster team now", True, profile="aps"),
            Example("Marta's the manager at the café now and gave us free scones", False),
            Example(
                "My sister Kate is a case worker at the Child Safety Service and hasn't had a day off since Easter",
                True,
                profile="tas",
            ),
            Example("My sister is a client of the Child Safety Service and they never ring back", False, profile="tas"),
        ),
    ),
]
