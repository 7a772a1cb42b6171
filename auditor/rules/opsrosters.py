"""Who works when, told in plain words, for OPS103 (`auditor.rules.operations`, through
`auditor.rules.opsplain.plain_operations`).

* `SHIFT_COVER`: a shift covered or swapped, said with where ("cover my late on 5B");
* `ROSTERED`, `ROSTERED_HOURS`: who is rostered on what, said of a person ("Sgt Whitlock's put me on nights at
  Glenorchy", "I'm on the 0600 at Kingston station", "I'm on D/N at Lotus Glen Sat-Sun");
* `ON_CALL`: the team's on-call or duty phone held by someone for a period ("I've got the after-hours phone this week");
* `OVERTIME`: overtime and leave bent to staffing ("my 6th double this month", "all leave is cancelled");
* `SENIOR_VISIT`: a senior's visit to the work site told ahead with its time ("the Commissioner's walk-through at
  the airport tomorrow at 10": where and when someone senior will be; the cue is that staff were told);
* `NOBODY_HEEDS`: "nobody at the top cares", a complaint about who decides, not a post left unstaffed.

Split out of `auditor.rules.opsplain` by topic (staff on duty, cut or short, volumes, audits, incidents and
court work stay there). The patterns read only text; the caller asks for an insider cue and that the text is
about no other employer's workplace. It holds no rules and imports no rule family.
"""

from __future__ import annotations

import re

from auditor.rules.base import lazy_pattern

# A shift covered or swapped, said with where: "cover my 12-8 on the Hobart phones", "thanks for
# covering my late on 5B", "swap my Tues late at Mary Hutch" (a shop's or a café's is another's).
SHIFT_COVER = lazy_pattern(
    r"\b(?:cover(?:ing)?|tak(?:e|ing)|swap(?:ping)?|do(?:ing)?) (?:my|your|his|her|the) (?:\w+ )?(?:lates?|earl(?:y|ies)|nights?|"
    r"nightie|shift|D/N|\d{1,2} ?[–-] ?\d{1,2}|[0-2]\d[0-5]\d) (?:on|at|in) (?:the )?[A-Z0-9]"
    # a site's name before the shift: "cover my Barwon shift Thu" (not a day's or a holiday's)
    r"|\b(?:[Cc]over(?:ing)?|[Ss]wap(?:ping)?) my (?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Christmas|Xmas|Boxing|New|Easter|Anzac)\w*)"
    r"[A-Z][a-z]+ shift\b"
)
# Who is rostered on what, said of a person: "Kel's roster has me on 3 nights straight", "Sgt Whitlock's put me
# on nights at Glenorchy", "you're on the 1400-2200 at the Cairns seaport", "I'm on the 0600 at Kingston station",
# "I'm on D/N at Lotus Glen Sat-Sun", "rostering everyone on 10 hour nights", "you're on the roster for Saturday".
_WHO_ON = (
    r"\b(?:has|had|put|puts|putting|got|rostering|rostered|moved) (?:me|you|us|him|her|them|everyone|everybody|all of us) on ",
    r"\b(?:i'm|im|i am|you're|youre|you are|he's|she's|we're) on ",
)
_WHEN = r"(?:at|in|from|over|this|next|tomorrow|tonight|(?:mon|tue|wed|thu|fri|sat|sun)\w*)\b"
# a shift in words: each alternative holds a word of five letters or more, the pattern's gate (`base.needed_words`)
_WORD_SHIFT = (
    r"(?:the )?(?:(?:two|three|four|five|six|seven) )?(?:nights|earlies|lates|doubles|(?:late|early|night|arvo|afternoon|"
    r"morning|(?-i:[A-Z]{1,2})) shift)"
)
_TIME_SHIFT = (
    r"(?:the )?(?:[0-2]\d[0-5]\d(?: ?[–-] ?[0-2]\d[0-5]\d)?|\d{1,2}(?::\d\d)?(?:am|pm) ?[–-] ?\d{1,2}(?::\d\d)?(?:am|pm)(?: pattern)?|"
    r"D/N|\d+ (?:nights|days|earlies|lates|doubles)|\d+[- ]?(?:hour|hr) (?:nights|days|shifts))"
)
ROSTERED = lazy_pattern(
    _WHO_ON[0]
    + _WORD_SHIFT
    + r"(?=[\s,.!?]|$)|"
    + _WHO_ON[1]
    + _WORD_SHIFT
    + r" "
    + _WHEN
    + r"|\bon the roster for (?:(?:mon|tue|wed|thu|fri|sat|sun)\w*|tonight|tomorrow|next|this|\d)"
    # "I'm on the Calder Fwy checkpoint Fri", "I've put her on the intake desk Mon–Wed", "I'm on the Tarkine patrol next week"
    r"|\b(?:i'm on|i am on|you're on|he's on|she's on|we're on|put me on|put you on|put her on|put him on|put them on|put us on) "
    r"the (?:[\w-]+ ){0,2}?"
    r"(?:checkpoint|patrol|desk|counter|beat|crew|phones) (?:(?:mon|tue|wed|thu|fri|sat|sun)\w*|next|this|from|till|"
    r"until|tonight|tomorrow|tmrw|all week|for \d+)\b"
    r"|\b(?:we're|i'm|im|everyone's) on standby (?:at|in|for) [A-Z]|\broster says (?:\d+ on|we're|i'm|you're)\b"
    r"|\brelieving (?:principal |teacher |OIC |manager |\w+ )?(?:at|in|there)\b|\bswap(?:ping|ped)? (?:to|onto) the \S+ shift\b"
    r"|\bacting (?:OIC|sergeant|sgt|inspector|principal|manager|TL|team leader|director|NUM|EL\d) at [A-Z]"
    # who acts up while someone is away: "Craig's out sick so Lin is acting EL this week"
    r"|(?-i:\b[A-Z][a-z]+)(?:'s| is) acting (?:EL\d?|TL|team leader|OIC|sergeant|sgt|inspector|principal|manager|director|NUM|"
    r"supervisor|APS ?\d|SES|boss) (?:this|today|tomorrow|till|until|for|while|from|next)\b"
    r"|\broster(?:'s| has| had|'s got) (?:me|us|him|her|them) on (?:\w+ ){0,2}?(?:days|nights|shifts|doubles) (?:straight|in a row)\b"
    # someone put down for a post, two people on a line from a time: "put you down for the Saturday van", "Sarah & Mo
    # on the crisis line from 8"
    r"|\bput (?:you|me|him|her|them|us) down for (?:the|a) (?:\w+ ){0,2}?(?:van|car|crew|desk|counter|phones|patrol|late|early|"
    r"night|nightie|shift|run|line)\b"
    r"|(?-i:\b[A-Z][a-z]+ (?:&|and) [A-Z][a-z]+) (?:are |'re )?on the (?:\w+ ){0,2}?(?:line|desk|counter|phones|van|gate|floor|"
    r"intake|crew|door) (?:from|till|until|tonight|today|tomorrow|this|all)\b",
    re.IGNORECASE,
)
# the same with a shift by its hours ("you're on the 1400-2200 at", "I'm on D/N at"): read only with a digit or D/N
ROSTERED_HOURS = lazy_pattern(
    _WHO_ON[0]
    + _TIME_SHIFT
    + r"(?:(?: straight| in a row)\b|(?=[\s,.!?]|$))|"
    + _WHO_ON[1]
    + _TIME_SHIFT
    + r" "
    + _WHEN
    # a shift's hours on a ward by its code: "12 hrs on 4K ahead", "8 hours on 5B tonight" (not "2 hrs on 4G")
    + r"|\b\d{1,2} ?(?:hrs|hours|hr) on (?:ward )?(?![345]G\b)\d{1,2}[A-Z]{1,2}\b",  # not a phone's 4G
    re.IGNORECASE,
)
# The team's on-call or duty phone held by someone for a period: "I'm on the after-hours phone this week",
# "I've got the on-call phone tonight", "on call for the Sunshine Coast district this weekend".
ON_CALL = lazy_pattern(
    r"\b(?:i'm|im|i am|i've got|ive got|i have|you've got|you have|(?-i:(?!This|That|What|Which|Here|There|It)[A-Z][a-z]+) (?:is|has))\s+(?:on\s+)?the\s+"
    r"(?:after[- ]hours|on[- ]call|duty)(?: \w+)? (?:phone|mobile|line)\b(?: \w+)?\s*(?:tonight|this|till|until|from|today|on|for)\b"
    r"|\b(?:after[- ]hours|on[- ]call|duty)(?: \w+)? (?:phone|mobile|line)(?:'s| is)(?: \d[\d ]+)? with me\b"
    r"|\bon call for the (?:[A-Z]\w+|(?:\w+ ){1,3}(?:district|region|team|unit|area|division)) (?:this|tonight|till|until)\b",
    re.IGNORECASE,
)
# A senior's visit to the work site told ahead, with its time: "the Commissioner's walk-through at the airport
# tomorrow at 10", "Mr Khoury (the Regional Commander) is doing a walk-through at 10, lanyards visible", "the brass
# are coming thru tmrw for inspection" (where and when someone senior will be is the organisation's business; a
# wedding venue's walkthrough or a house inspection is not a senior's).
_SENIOR = (
    r"(?:commissioner|chief commissioner|regional commander|commander|superintendent|minister|premier|secretary|"
    r"deputy secretary|director[- ]general|DG|CEO|executive director|director|the brass|brass|the exec|execs|top brass|"
    r"governor|general manager|GM|(?:Mr|Mrs|Ms|Dr) (?-i:[A-Z][a-z]+)(?: \([^)]{3,40}\))?|(?-i:[A-Z][a-z]+) \([^)]{3,40}\))"
)
_VISIT = r"(?:walk-?through|walk ?thru|site visit|visit|inspection|tour)"
_VISIT_TIME = (
    r"(?:tomorrow|tmrw|tmoz|today|tonight|this (?:morning|arvo|afternoon|week)|next week|"
    r"at \d{1,2}(?:[:.]\d{2})?(?: ?[ap]m)?\b|\d{1,2} ?[ap]m|on (?:mon|tues?|wed|thurs?|fri|sat|sun)\w*)"
)
SENIOR_VISIT = lazy_pattern(
    rf"\b{_SENIOR}['’]s {_VISIT}\b[^.!?\n]{{0,40}}?\b{_VISIT_TIME}"
    rf"|\b{_SENIOR} (?:is |are |will be )?(?:doing|coming|visiting|dropping in|turning up)\b[^.!?\n]{{0,30}}?"
    rf"(?:\b{_VISIT}\b[^.!?\n]{{0,20}}?\b{_VISIT_TIME}|\b{_VISIT_TIME}[^.!?\n]{{0,20}}?\b{_VISIT}\b)",
    re.IGNORECASE,
)
# Overtime and leave bent to staffing: "my 6th double this month", "41 hrs of unpaid overtime", "no
# leave approvals over Christmas", "all leave is cancelled", "no OT was approved", "the overtime budget".
OVERTIME = lazy_pattern(
    r"\b(?:\d+(?:st|nd|rd|th) doubles?|(?:three|four|five|\d+) doubles (?:this|in a)|\d+ (?:hrs|hours) of unpaid overtime"
    r"|no leave (?:approv\w+|till|until)|(?:all )?leave (?:is |was |has been )?(?:frozen|cancelled)|no (?:OT|overtime) (?:was |is )?approved"
    r"|won[’']t approve (?:OT|overtime|leave)|overtime budget|(?:mandatory|forced) (?:OT|overtime))\b"
    # a double asked of staff, and staff already on one: "asked if anyone could stay for a double", "3 of us were already
    # on a double" (not a double shot, feature or bed)
    r"|\b(?:stay|staying|stayed|do|doing|pull|pulling|pulled) (?:on )?for a double\b(?! (?:shot|feature|bed|scoop|espresso|date))"
    r"|\b(?:\d+|two|three|four|five|six) of us (?:were |are |was )?(?:already )?(?:on|doing|pulling) (?:a )?doubles?\b"
    r"(?! (?:shot|feature|bed|scoop|espresso|date))",
    re.IGNORECASE,
)


# "Nobody at the top cares", "no one in head office listens", "nobody at regional office asked the rangers": a
# complaint about who decides, not a post left unstaffed ("nobody on the outbound line after 1am", "no one on the
# front desk till 10"), which is what the roster pattern "nobody at/on/in" reads.
NOBODY_HEEDS = lazy_pattern(
    r"\b(?:nobody|no one|no-one) (?:on|at|in)\b[^.!?\n]{0,40}?\b(?:cares?|cared|listen(?:s|ed|ing)?|ask(?:s|ed|ing)?|"
    r"gives? a|wants?|believes?|knows?|has any idea|reads?|thinks?|bothered)\b",
    re.IGNORECASE,
)
