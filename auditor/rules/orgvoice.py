"""Who is speaking, for the families that read the organisation's name and its people.

Moved from `auditor.rules.orgwords` (which re-exports every public name, so its importers are
unchanged):

* `OWN_WORK`: the writer saying they work there ("I work", "my shift", "Ex-TMR here.");
* `fiction`: a text about a show, a game or a story (people and places in it may be characters);
  `screen_only`: talk of a show or a game by its title, none of the writer's work;
* `SELF_OPENING` and `own_contact_only`: the writer opening with their own name, or giving only
  their own address or number;
* `REQUEST_TO_ACCOUNT`: a request put to an account ("@QldPolice can you ...");
* `not_colleagues`: people who are no colleagues whatever the work words (characters of a show or
  a game, a child's day, staff who served the writer as a customer).

It holds no rules, reads only text and the profile, and imports no rule family.
"""

from __future__ import annotations

import re

from auditor.config import Profile
from auditor.geo.gazetteer import lookup
from auditor.rules.base import given_names, lazy_pattern, per_profile, searched, word_pattern

# The writer works there: stricter than a staff word (a customer praises "the officer" too).
OWN_WORK = lazy_pattern(
    r"\b(?:i work|i've worked|i worked|we work|my job|my (?:shift|roster|team|ward|unit|colleagues?|manager|boss|workplace|employer)|"
    r"our (?:team|ward|unit|station|shift)|at work|colleagues?|workmates?|on shift|joined|years? (?:with|at|in|here)|"
    r"(?:i'?m|i am|as) an? (?:\w+ ){0,3}?(?:nurse|officer|teacher|worker|constable|paramedic|midwife|doctor|guard|sergeant|"
    r"practitioner|employee|staffer|public servant|investigator)|my (?:\w+ )?shift|"
    r"(?:officer|nurse|teacher|paramedic|constable|cop|screw|guard|worker|staffer|employee|investigator|staff) (?:at \w+ )?here|"
    # "Ex-TMR here.", "Former Centrelink here": the writer worked there
    r"(?:ex-?|former )[\w/&-]+(?: [\w/&-]+)? here|"
    # "Working at Service Tas, ...", "as someone who processes these claims", "Hi it's Jo from ..."
    r"^\W*work(?:ing)? (?:at|in|for)|as someone who (?:actually )?(?:works?|processe?s|handles?|assess(?:es)?|runs?)|"
    r"^\W*(?:(?:hi|hey|hello)\b[^,.!\n]{0,12}[,!]?\s+)?(?:it['’]?s|this is) \w+ from|"
    # the writer's own team or office by a word that names it ("Our radar team at @BOM_au", "my
    # Centrelink office"; not a sports team, the local office or one near the writer's home), the
    # writer rostered or seconded somewhere, a name "here from" mid-text ("Hey Priya, Leigh here from ...")
    r"(?:our|my) (?!(?:local|nearest|closest|footy|netball|soccer|cricket|basketball|rugby|hockey|trivia|book|running|"
    r"sports?|school|kids['’]?|family|home|own)\b)[\w&-]+(?: [\w&-]+)? (?:team|branch|section|office|crew|squad)|"
    r"i['’]?m rostered|i was rostered|(?:on|my) secondment|seconded (?:to|from|into)|[,.!]\s+\w+ here from)\b",
    re.IGNORECASE,
)


# People in a story, not at work: a TV show, a game or a book ("Inspector Plum's card in Cluedo",
# "rewatching Blue Heelers, best sergeant on TV").
_FICTION = lazy_pattern(
    r"\b(?:on (?:the )?(?:tv|telly)|tv (?:show|series|drama)|cop shows?|police drama|re-?watch(?:ing|ed)?|binge-?(?:d|ing|watch\w*)|"
    r"box ?set|episodes?|sitcom|cluedo|board game|video game|card game|game night|(?:tv|fictional|favourite|main) characters?|"
    r"season \d+|series \d+|(?:new |next |last )?season of|(?:love|loving|obsessed with) (?:this|that|the) show)\b",
    re.IGNORECASE,
)


def fiction(text: str) -> bool:
    """The text is about a show, a game or a story (people and places in it may be characters)."""
    return searched(_FICTION, text) is not None


# Talk of a screen or a game by its title ("Border Force: Season 3 episode 2 is on tonight", "the
# Health Department in my new game", "the Highway Patrol show on Channel 7"). Narrower than
# `_FICTION`: the news "on telly" is no show.
_SCREEN_TALK = lazy_pattern(
    r"\b(?:season \d+|s\d+e\d+|episodes?|on steam|ultimate edition|video ?games?|(?:in|on) (?:my|the|this) (?:new )?(?:game|book|novel|save)|"
    r"simcity|the sims|cities:? skylines|two point hospital|"
    r"tv (?:show|series|drama)|(?:reality|cop|police|hospital) (?:show|drama|tv|series)|docu-?series|documentary|reruns?|"
    r"box ?set|binge[ds]?|binge-watch\w*|on (?:netflix|stan|iview|foxtel|kayo)|channel (?:7|9|10|seven|nine|ten)|who['’]s watching)\b",
    re.IGNORECASE,
)


def screen_only(text: str) -> bool:
    """Talk of a show or a game by its title, and none of the writer's own work (`OWN_WORK`): an
    agency's name or uniform in it is the show's (DEP101, UNI101)."""
    return searched(_SCREEN_TALK, text) is not None and searched(OWN_WORK, text) is None


# The writer opening with their own name: "Hi it's Lauren from ...", "this is Raj from ...", "It's
# Ahmed, OIC at ...", "it's Bronwyn — new work mobile".
SELF_OPENING = lazy_pattern(
    r"^\W*(?i:(?:hi|hey|hello|g'?day|morning)(?: there| all| team)?[,!]?\s+)?(?i:it'?s|this is|i'?m)\s+[A-Z][a-z]+"
    r"(?:\s+(?:from|here|at|with)\b|\s*[,—–]\s)|^\W*[A-Z][a-z]+ here (?:from|at|with)\b"
)
# The writer giving their own address or number: "email me at", "send it to me at", "my work mobile".
_OWN_CONTACT = lazy_pattern(
    r"\b(?:e-?mail|ring|call|text|message|reach|contact|send) me\b|\bto me at\b|\bmy (?:work )?(?:email|e-mail|address|mobile|number|"
    r"phone|inbox)\b|\bwork (?:email|e-mail|address|mobile|mob|number|phone)\b",
    re.IGNORECASE,
)
_ADDRESS = lazy_pattern(r"\S+\s*(?:@|\[at\]|\(at\))\s*\S+|\S+ at \S+ dot \S+", re.IGNORECASE)
_CAPITALISED = lazy_pattern(r"(?<![\w@.#'’])([A-Z][a-z]+)")
# Someone else by role or by a word for people: "my boss is ...", "TL just dumped", "whoever took".
_SOMEONE = lazy_pattern(
    r"\b(?:boss|TL|manager|supervisor|sup|sarge|whoever|colleagues?|workmates?|you lot|he|she|him|her)\b",
    re.IGNORECASE,
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december christmas easter".split()
)
_SENTENCE_END = frozenset(".!?\n:;—–-|")


def own_contact_only(text: str) -> bool:
    """The writer gives their own address or number and names nobody else: the given names a model
    reads in "send it to me at kel.brodie@..." are the writer's own (an opening "it's Kel," too)."""
    if not searched(_OWN_CONTACT, text):
        return False
    rest = _ADDRESS.sub(" ", text)
    opening = SELF_OPENING.match(rest)
    rest = rest[opening.end() :] if opening else rest
    if "@" in rest or searched(_SOMEONE, rest):
        return False  # a handle, a boss, a team: someone else
    names = given_names()
    for m in _CAPITALISED.finditer(rest):
        before = rest[: m.start()].rstrip()
        # a listed name anywhere, or a capitalised word inside a sentence that is no place
        inside = (before and before[-1] not in _SENTENCE_END) or rest.startswith(("'s", "’s"), m.end())
        word = m.group(1).casefold()
        if word in _CALENDAR:
            continue
        if word in names or (inside and lookup(m.group(1)) is None):
            return False
    return True


# A child's day, not work: "grab Charlie from daycare", "first day of kinder", "the kids' school".
_CHILDS_DAY = lazy_pattern(
    r"\b(?:from|at|to|pick up|drop off|pick-up|drop-off) (?:daycare|day care|childcare|kinder|kindy|creche|preschool)\b"
    r"|\bfirst day (?:of|at) (?:kinder|kindy|daycare|childcare|preschool)\b|\b(?:kids'|kid's|son's|daughter's) school\b",
    re.IGNORECASE,
)
# A request put to an account: "@QldPolice can you do something about ...", "@X please fix" (the
# agency's customer when the account is the agency's own: `features.org_request`).
REQUEST_TO_ACCOUNT = lazy_pattern(r"^\W*@\w+\s+(?:can|could|would|will) you\b|^\W*@\w+\s+(?:please|pls|plz|why)\b", re.IGNORECASE)
# Staff who served the writer: "for finding my stolen bike", "your case officer finally approved".
_SERVED_ME = lazy_pattern(
    r"\bfor (?:finding|returning|recovering|tracking down|sorting out|fixing) (?:my|our)\b|\b(?:my|your) case officer\b",
    re.IGNORECASE,
)


def not_colleagues(text: str, profile: Profile) -> str | None:
    """Why the people in text are no colleagues whatever the work words: characters of a show or a
    game, or the agency's staff seen by its customer (``customer_cues``, "thanks to Sgt Lewis for
    finding my bike") when the writer says nothing of working there. (Thanks alone is no customer's:
    "shoutout to the duty manager who let us finish early" is a colleague's.)"""
    for pat, label in ((_FICTION, "fiction"), (_CHILDS_DAY, "a child's day")):
        m = searched(pat, text)
        if m is not None:
            return f'{label} "{m.group(0)}"'
    cues = per_profile(profile, "orgwords-customer", lambda p: word_pattern(p.terms("organisation", "customer_cues")))
    served = (cues is not None and cues.search(text)) or searched(_SERVED_ME, text)  # type: ignore[union-attr]
    return "the writer is a customer" if served and not OWN_WORK.search(text) else None
