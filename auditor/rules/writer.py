"""The writer's own name and title in a text, for the people and colleague rules.

`self_intro`: the writer introducing themselves ("this is Dana", "it's Raj from the contact
centre", "Leigh here from ...", "ask for me, Steph", "Hi, Alyssa from the Parramatta office — you
can reach me directly on ..."); `signature_start`: where the writer's own sign-off block starts
("Kind regards, Ellie Park – Intake Officer", "Tom Vu | Senior Analyst | ..."); `OWN_TITLE_BEFORE`:
the writer's own title before a name or a title ("Former ABF Superintendent", "as an Assistant
Director"); `SELF_HERE_AFTER`: the writer's own line after their name ("Ms Carter from Rosetta
Primary here"). A name found here is the writer's, never a colleague's.
"""

from __future__ import annotations

import re

from auditor.rules.base import given_names, lazy_pattern, searched

# The writer introducing themselves: "this is Dana", "it's Raj from the contact centre", "Leigh
# here from ..." ("it's Leon isn't it" blames someone: "it's" needs "from"/"here" after the name).
# the writer's own title may come between: "Hi, this is Senior Sergeant Lachlan Byrne from Hobart CIB"
_OWN_TITLES = (
    r"(?:(?:acting|a/|senior|snr|leading|ldg|first class|det(?:ective)?|sgt|sergeant|constable|const|cst|inspector|insp|"
    r"supt|superintendent|officer|dr|mr|mrs|ms|miss|nurse)\.?\s+){0,3}"
)
_SELF_BEFORE = lazy_pattern(
    rf"\b(?:this is|i'?m|i am|my name is|name'?s|here['’]?s me\s*[:,–—-]?)\s+(?:(?:finally|now|officially|proudly)\s+)?{_OWN_TITLES}$",
    re.IGNORECASE,
)
_ITS_BEFORE = lazy_pattern(rf"\b(?:it'?s|its)\s+{_OWN_TITLES}$", re.IGNORECASE)
_FROM_AFTER = lazy_pattern(r",?\s+(?:from|here)\b")
# "hey it's Sgt Kelly at Roma St, ring me back on ...": where the writer works, in a note asking to be rung
_AT_AFTER = lazy_pattern(r"\s+(?:[A-Z][a-z]+\s+)?at\b")
# (the reader's name may come first: "Hi Sue, Marty from the Parkes office, call me back on my desk")
_HI_OPENS = lazy_pattern(r"\W*(?i:hi|hello|hey|g['’]?day)(?:\s+[A-Z][a-z]+)?[,!]?\s+$")
_HERE_AFTER = lazy_pattern(r"\s+here\s+(?:from|at|with)\b")
# "it's NAME" opening the text, then a break and the writer's own news: "it's Bronwyn — I've moved ..."
# (a reader's name or word may come first: "Mum it's Kezza, I'm on ...", "hey Sam it's Kira, I'm on nights")
_ITS_OPENS = lazy_pattern(
    r"\W*(?:(?:hi|hello|hey|hiya|g['’]?day)[,!]?\s+)?(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?(?:[a-z]+[,!]?\s+)?(?:all,?\s+)?it['’]?s\s+$",
    re.IGNORECASE,
)
_OWN_NEWS_AFTER = lazy_pattern(
    r"(?:\s*\([^)\n]{1,40}\))?\s*[,.—–-]+\s*(?:i\b|i['’]m\b|i['’]ve\b|i['’]ll\b|my\b|new (?:work |desk |direct )?(?:number|mobile|phone|email)\b|"
    r"on (?:leave|the)\b|back\b|here\b|just\b|"
    # ... or how to reach the writer: "hey it's Priya, if you can't get me on mobile ring my desk line",
    # "Hey it's Claire, you can get me at work on ..."
    r"(?:if )?(?:you|u) can(?:['’]?t|not)? (?:get|reach|ring|call|text) me\b)",
    re.IGNORECASE,
)


# The writer signing off: "... if urgent. – Lorraine, Team Leader" (a dash, the name, then a role or the end).
_SIGN_BEFORE = lazy_pattern(r"(?:^|[.!?\n]\s*)[–—-]{1,2}\s*$")
# ... or a spaced dash (long or a plain hyphen) after the writer's own line: "... or email
# r.m@justice.tas.gov.au — Rachel, Courts Listing", "ring the ward line if you need me - Sam, CNM"
_DASH_BEFORE = lazy_pattern(r"\s[–—-]\s*$")
_SIGN_AFTER = lazy_pattern(r"\s*(?:,[^.!?\n]{0,40}|\([^)\n]{1,60}\))?\s*(?:lol|xx?)?\s*$")
# ... or a sign-off word, or an emoji closing the writer's own line, before it: "ta - Kez (APS5, Visa
# Processing Adelaide)", "flick me an email at ... 👮 Snr Const Tonkin, Adopt-a-Cop"; or the writer
# reporting for duty under their new rank ("Constable Harper reporting for duty")
# (a dash after the word: "Cheers, Tez" with no line of the writer's thanks someone)
_SIGNOFF_BEFORE = lazy_pattern(r"\b(?:ta|cheers|thanks|thx|regards|rgds|love)\s*[–—-]+\s*$", re.IGNORECASE)
_EMOJI_BEFORE = lazy_pattern(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?\s*$")
_DUTY_AFTER = lazy_pattern(r"\s+reporting\s+for\s+duty\b", re.IGNORECASE)


# The writer naming themselves beside their own contact: "ring ... and ask for me, Steph", "ask for
# Zoe in intake" when the writer gives their own line ("if you need me", "my desk number").
_ME_BEFORE = lazy_pattern(r"\bme,?\s+$", re.IGNORECASE)
_ASK_FOR_BEFORE = lazy_pattern(r"\bask for\s+$", re.IGNORECASE)
_MY_LINE = lazy_pattern(
    r"\b(?:need|call|ring|reach|contact|email|text) me\b|\bmy (?:desk|direct|work|office)? ?(?:line|number|phone|extension|ext)\b"
    r"|\b(?:flick|drop|shoot|send) me (?:an? )?(?:email|line|message|text|msg)\b",
    re.IGNORECASE,
)
# A signature closing the text after a full stop: "... ceremony logistics. Maria, Home Affairs".
_LAST_SENTENCE_BEFORE = lazy_pattern(r"[.!?\n]\s*$")
# (up to three fields: "... Sanjay, Listings, Magistrates' Court")
_SIGNED_AFTER = lazy_pattern(r"(?:,\s*[A-Z][^.!?\n,]{1,40}){1,3}\s*$")


# The writer closing a note that gives their own line: "... call me at the office on (03) 6165 7319.
# Cheers, Nat (Housing Tasmania)" (a valediction, a name, perhaps a bracket or a field, then the end).
_CLOSING_BEFORE = lazy_pattern(
    r"(?:^|[.!?\n]\s*)(?i:cheers|thanks|many thanks|ta|regards|kind regards|warm regards|best|best wishes)\s*,\s*$"
)
_CLOSING_AFTER = lazy_pattern(r"(?:\s+[A-Z][a-z'’-]+)?\s*(?:\([^()\n]{1,60}\)|,[^.!?\n]{0,50})?\s*[.!]?\s*$")


# The writer's sign-off block: a valediction before a name ("Kind regards, Ellie Park – Intake
# Officer ..."; "Thanks,"/"Cheers," only when contact fields follow), or a name then " | " fields
# ("Ben Hocking | Senior Project Officer | ...", "Sam Whitfield, Assistant Director, Data | (02) ...";
# a given name first, so "Team Leader, Visa Integrity | ..." is a headline, not a signature).
_VALEDICTION = lazy_pattern(
    r"(?:^|[.!?\n]|\s{2,}|[–—])\s*((?i:kind regards|warm regards|best regards|regards|sincerely|yours sincerely|best wishes|"
    r"thanks|thank you|many thanks|cheers|ta))\s*(?:,|\s/)?\s+(?=[A-Z])"
)
_PIPE_BLOCK = lazy_pattern(
    r"(?<![\w'’])([A-Z][a-z]+)(?:[ \t]+[A-Z][a-z'’-]+)+[^|.!?\n]{0,45}\s\|\s"
    r"|(?:^|\n)\s*[–—-]{1,2}\s*([A-Z][a-z]+)\s+\|\s"  # "— Kylie | Team Leader, Debt Recovery | ...": a dash, one name
)
_OTHERS_SIG_BEFORE = lazy_pattern(r"\b(?:his|her|their)\s+(?:email\s+)?(?:sig|signature|details)\b", re.IGNORECASE)
# (fields split by " | " or " / ": "Thanks, Hannah / Planner, NDIA Geelong / hannah.b@...")
_CONTACT_FIELD = lazy_pattern(r"\s[|/]\s|@[\w-]+\.|\d{4}\s?\d{3}\s?\d{3}|\(0\d\)")


# A signature block opening the text: a line of a name (a title, initials) and then lines or dashed
# fields of a title, a unit and a number or an address ("Jo Pike\nCase Manager\nP: (03) 9000 0000",
# "Sig block: Sam Reyes — Visa Contracts — ph 08 9000 0000", "Dr Ana Ruiz | Senior Adviser | ...").
_NAME_LINE_OPENS = lazy_pattern(
    r"\W*(?:(?i:sig(?:nature)?(?: block)?|new (?:email )?sig(?:nature)?)\s*:\s*)?"
    r"(?!(?i:thanks|thank|cheers|congrats|congratulations|welcome|farewell|hi|hey|hello|dear|shout|shoutout|happy|big|huge|"
    r"love|go|rip|bye|good|great|morning|night|day|team|ta)\b)"
    r"(?:[A-Z][a-z]+\.?\s+)?(?:[A-Z]\.\s?)?[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.\s?)?[A-Z][a-z'’-]+){0,2}[ \t]*(?:\n|\s[|—–]\s)"
)
_FIELD_SOON = lazy_pattern(r"[^\n]{0,80}(?:\n[^\n]{0,80}){0,3}?(?:@[\w-]+\.|\d{4}\s?\d{3}\s?\d{3}|\(0\d\)|\b0\d[\s\d]{7,})")


def signature_start(text: str) -> int:
    """Where the writer's own sign-off block starts (a name there is the writer's), or len(text)."""
    if ("\n" in text or " — " in text or " – " in text or " | " in text) and (m := _NAME_LINE_OPENS.match(text)):
        if _FIELD_SOON.match(text, m.end()):
            return 0
    if "|" not in text and "egards" not in text and "incerely" not in text and " / " not in text:
        return len(text)
    best = len(text)
    for m in _VALEDICTION.finditer(text):
        word = m.group(1).casefold()
        if "regards" in word or "sincerely" in word or "wishes" in word or _CONTACT_FIELD.search(text, m.end()):
            best = m.start(1)
            break
    names = given_names()
    pipe = (
        next((m for m in _PIPE_BLOCK.finditer(text) if (m.group(1) or m.group(2)).casefold() in names), None)
        if "|" in text
        else None
    )
    if pipe is not None and _OTHERS_SIG_BEFORE.search(text, max(0, pipe.start() - 30), pipe.start()):
        pipe = None  # "here's his sig: Tom Baxter | Border Force Officer | ...": someone else's
    return min(best, pipe.start()) if pipe is not None else best


def says_own_name(text: str, start: int) -> bool:
    """The writer says the name at ``start`` is theirs: "this is", "I'm", "my name is" before it
    ("This is Sgt Brady, Devonport CIB"; not "ask for Sgt Hadley", someone the writer sends the reader to)."""
    return _SELF_BEFORE.search(text, max(0, start - 16), start) is not None


def signs_off(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] signs the text off as the writer's (a dash, a sign-off word, or an
    emoji after the writer's own line, then the name and a role or the end), or reports for duty."""
    if _DUTY_AFTER.match(text, end):
        return True
    if not _SIGN_AFTER.match(text, end):
        return False
    if _SIGN_BEFORE.search(text, max(0, start - 8), start) or _SIGNOFF_BEFORE.search(text, max(0, start - 14), start):
        return True
    dash = _DASH_BEFORE.search(text, max(0, start - 4), start)
    if dash and _WE_SPEAK.search(text, 0, start) and not text[end:].strip(" .!"):
        return True  # "... email the office and we'll sort it 😊 – Mrs J": the last words, after the writer's own
    return bool((dash or _EMOJI_BEFORE.search(text, max(0, start - 4), start)) and searched(_MY_LINE, text))


# the writer speaking for themself or their team
_WE_SPEAK = lazy_pattern(r"\b(?:I|we)\b", re.IGNORECASE)


def self_intro(text: str, start: int, end: int) -> bool:
    # the sign-off (`signs_off`: a dash, a sign-off word or an emoji before the name) and the
    # introduction by name or title (`titled_self`: "this is ...", "it's ... from") are read there
    if signs_off(text, start, end) or titled_self(text, start, end):
        return True  # ... or the name after the writer's own title: "Hi, Det Sgt Mick Farrow from Devonport CIB"
    before = max(0, start - 48)
    if _HERE_AFTER.match(text, end) or _ME_BEFORE.search(text, before, start):
        return True
    if SELF_HERE_AFTER.match(text, end):
        return True  # "Ellie from the visa team here, mob is ...": the writer
    if _LAST_SENTENCE_BEFORE.search(text, max(0, start - 4), start) and _SIGNED_AFTER.match(text, end):
        return True
    if _ASK_FOR_BEFORE.search(text, before, start) and searched(_MY_LINE, text):
        return True
    if _CLOSING_BEFORE.search(text, max(0, start - 20), start) and _CLOSING_AFTER.match(text, end) and searched(_MY_LINE, text):
        return True  # "... call me at the office on (03) 6165 7319. Cheers, Nat (Housing Tasmania)": the writer
    if _HI_OPENS.match(text[:start]) and _FROM_AFTER.match(text, end) and searched(_MY_LINE, text):
        return True  # "Hi, Alyssa from the Parramatta office — you can reach me directly on ...": the writer
    # "it's Bronwyn — new work mobile ...", "Hey it's Lou, I'm on the duty phone": the writer
    return bool(_ITS_OPENS.match(text[:start]) and _OWN_NEWS_AFTER.match(text, end))


def titled_self(text: str, start: int, end: int) -> bool:
    """A name, titled or not, at text[start:end] the writer introduces themself by: "Hi, this is
    Senior Sergeant Lachlan Byrne from Hobart CIB", "hey it's Sgt Kelly at Roma St, ring me back on
    ...", "it's Raj from the contact centre" (not "ask for Sgt Hadley", nor the reader: "Don't @ me,
    Sgt Pike")."""
    before = max(0, start - 48)
    if _SELF_BEFORE.search(text, before, start) or _IS_ME_BEFORE.search(text, before, start) or _IS_ME_AFTER.match(text, end):
        return True  # ... "New OIC at Queenstown is me 😅 Sgt Renee Walsh"
    if _HI_TITLED.match(text[:start]) and _FROM_AFTER.match(text, _name_end(text, end)) and searched(_MY_LINE, text):
        return True  # "Hi, Det Sgt Mick Farrow from Devonport CIB. Please ring me back on ..."
    if not _ITS_BEFORE.search(text, before, start):
        return False
    # (the name may run on past the title's match: "It's Constable Fiona| Reilly from Moorabbin Police Station")
    after = _name_end(text, end)
    return bool(_FROM_AFTER.match(text, after) or _AT_AFTER.match(text, after) and searched(_MY_LINE, text))


# a greeting, then the title: "Hi, Det Sgt Mick Farrow from ..."
_HI_TITLED = lazy_pattern(rf"\W*(?:hi|hello|hey|g['’]?day)[,!]?\s+{_OWN_TITLES}$", re.IGNORECASE)
_IS_ME_BEFORE = lazy_pattern(rf"\b(?:is|it['’]?s|that['’]?s) me\b[^\w\n]{{0,6}}\s*{_OWN_TITLES}$", re.IGNORECASE)
_NAME_WORDS = lazy_pattern(r"(?:\s+[A-Z][a-z]+){1,2}")
_IS_ME_AFTER = lazy_pattern(r"[^.!?\n]{0,40}?\bis me\b", re.IGNORECASE)


def _name_end(text: str, end: int) -> int:
    """The end of the name after a title: "Det Sgt| Mick Farrow| from"."""
    m = _NAME_WORDS.match(text, end)
    return m.end() if m else end


# The writer's own title: "Former ABF Superintendent", "as an Assistant Director", "I'm the new Commander".
OWN_TITLE_BEFORE = lazy_pattern(
    r"(?:\b(?:former|ex-?|retired|as an?|as the|i'?m an?|i'?m the|i am an?|i am the|"
    r"(?:start(?:ed|ing|s)?|appointed|promoted|acting|work(?:ed|ing|s)?|serv(?:e|ed|ing)) as)\s+(?:new\s+|acting\s+)?(?:[A-Z]\w*\s+)?)$",
    re.IGNORECASE,
)

# The writer's own line after their name: "Ms Carter from Rosetta Primary here".
SELF_HERE_AFTER = lazy_pattern(r"\s+from\s+[^,.!?\n]{1,40}?\s+here\b")
