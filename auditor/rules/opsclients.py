"""An agency's client work told in plain words, for OPS103 (`auditor.rules.operations`).

Any agency that serves, pays, checks or collects from the public speaks of the same work with no
agency term: the phones and their figures, internal targets, compliance and fraud cases and where
they were referred, debt and audit letters going out in batches. `client_work` reads them:

* service figures and targets ("3,400 callers in the queue", "we're at 38% grade of service",
  "call targets are going up to 11 an hour", "45 minutes per plan review now", "told to close
  complaints without calling back");
* compliance and fraud work ("Referral went to the prosecutors today", "the fraud team found a
  bloke claiming at 4 addresses", "31 workers underpaid", "just finished a 6-week audit",
  "compliance notices going out next month", "investigating 3 staff");
* letters sent in a batch ("the new debt letters go out Thursday", "audit letters are going out
  to 9,000 owners");
* a child taken into care, told by the worker who did it (`CARE_REMOVAL`: "Took a 3 year old into care
  tonight", "Told a mum today her kids were going into care").
* the work done in figures in a stretch of time, a team's month or quarter too ("finalised 18,000
  applications last month"), and a shift's events counted (`shift_tally`: "11 arrests at Schoolies last
  night", "Four arrests, one DV breach, ...").

The caller asks for an insider cue and that the text is about no other workplace, as for the other
plain readings (`auditor.rules.opsplain.plain_operations`). It reads only text, holds no rules,
and imports no rule family.
"""

from __future__ import annotations

import re

from auditor.rules.base import lazy_pattern, searched

_N = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)"
# A child taken into care, told by the worker who did it: "Took a 3 year old into care in Glenorchy tonight",
# "we placed two siblings into emergency care", "Told a mum today her kids were going into care".
CARE_REMOVAL = lazy_pattern(
    r"(?:^|[.!?]\s+|\b(?:I|we|I['’]ve|we['’]ve|had to)\s+)(?:took|removed|placed|take|place|taking|removing|placing)\s+"
    r"(?:a|an|the|two|three|four|\d+|her|his|their|this|these)\s+(?:little\s+ones?|baby|babies|newborn|infant|toddler|kids?|child|"
    r"children|siblings|\d+[- ]?(?:yo|year[- ]olds?|month[- ]olds?)|bub|boys?|girls?)\b[^.!?]{0,30}?\binto\s+"
    r"(?:foster\s+|emergency\s+|resi(?:dential)?\s+|state\s+)?care\b"
    r"|\btold\s+(?:a|the|her|his)\s+(?:mum|mother|dad|father|parents?|family)\b[^.!?]{0,25}?\b(?:kids|children|baby|bub|son|"
    r"daughter)\s+(?:were|was|are|is)\s+(?:going|coming)\s+into\s+care\b",
    re.IGNORECASE,
)
_CASES = r"(?:calls|claims|cases|plans|reviews|files|assessments|applications|complaints|matters|tickets|interviews|visits)"
# The phones and the work in figures or targets: "3,400 callers in the queue", "38% grade of
# service", "handle time down to 7 mins", "call targets going up to 11 an hour", "12 claims a day",
# "45 minutes per plan review", "close complaints without calling back", "stop answering at 4pm".
SERVICE_FIGURES = lazy_pattern(
    r"\b\d[\d,.]*k?\+? (?:callers|customers|clients) (?:in the queue|in queue|on hold|waiting|holding)\b"
    r"|\bgrade of service\b"
    r"|\b(?:call|handle|handling|talk|wrap|average wait|processing) (?:times?|targets?|KPIs?)\b(?: \w+){0,4}? "
    r"(?:up to|down to|to|at|of|from|is|was|are) (?:about |around |now )?\d[\d,.]*"
    r"|\baverage wait (?:on|in|at|for) (?:my|our|the) (?:\w+ ){0,3}?(?:is|was) (?:about |around |over )?\d+ ?(?:mins?|minutes|hours|hrs)\b"
    r"|\b(?:targets?|KPIs?|quotas?)(?: (?:are|is|was|were|just))?(?: going| gone| went)? (?:up|down|raised|doubled|lifted) "
    r"(?:to |from |again|by )"
    r"|\b\d{2,}\+? " + _CASES + r" (?:an|a|per) (?:hour|day|shift)\b"
    r"|\b\d+ (?:mins?|minutes|hours|hrs) (?:per|a|for each|for every) (?:\w+ )?(?:plan|claim|call|review|case|file|assessment|"
    r"application|customer|client|participant)\b"
    r"|\b(?:close|closing|closed|finalise|finalising) (?:\w+ )?(?:calls|complaints|matters|cases|claims|tickets)(?: \w+){0,2}? "
    r"(?:after|without|faster|quicker|early|before)\b"
    r"|\bstop answering (?:at|after) \d|\bmeasured on (?:AHT|handle time|call times|stats|KPIs)\b",
    re.IGNORECASE,
)
# Compliance and fraud work, its finds and referrals: "Referral went to the prosecutors today",
# "2 providers referred to the police", "the fraud team found ...", "fraud detections were up 30%",
# "27 workers underpaid", "just finished a 6-week audit", "compliance notices going out",
# "investigating 3 staff for looking up records".
COMPLIANCE_WORK = lazy_pattern(
    r"\b(?:referred|referral(?:s)?(?: (?:went|go|going|has gone|is going|sent))?)(?: \w+){0,3}? to (?:the )?"
    r"(?:AFP|CDPP|DPP|police|prosecutors?|prosecution|investigations?|integrity)\b"
    r"|\b(?:fraud|compliance|integrity|investigations?|audit) (?:team|unit|section|branch|detections?|referrals?|cases?|hits?) "
    r"(?:\w+ ){0,3}?(?:found|caught|flagged|referred|picked up|had a|were up|are up|is investigating|busted|nabbed)\b"
    r"|\b" + _N + r" (?:\w+ )?(?:workers|staff|employees|providers|clients|customers|businesses) (?:were |being |got )?"
    r"(?:underpaid|overpaid|referred|flagged|investigated|stood down)\b"
    r"|\b(?:finished|started|doing|did|running|wrapped up|completed) (?:a |an |the |my )?(?:\d+[- ](?:week|day|month) )?"
    r"(?:records?|site|file|payroll|compliance|desk|field) (?:audit|inspection|review)s?\b"
    r"|\b(?:just )?finished (?:a|an|the) \d+[- ](?:week|day|month) (?:audit|investigation|review)\b"
    r"|\bcompliance notices?\b(?: \w+){0,3}? (?:going out|go out|went out|issued|sent|to go)\b"
    r"|\baudit(?:ing|ed)? (?:of )?(?:about |over )?\d[\d,]* (?:\w+ )?(?:files|claims|permits|records|employers|providers|"
    r"businesses|accounts|licences|cases)\b|\b\d[\d,]* (?:\w+ ){0,2}?(?:files|claims|permits|records) (?:are |were )?(?:being )?audited\b"
    r"|\bfound \d+ (?:underpayments|overpayments|breaches|non-compliant)\b|\bauditors are (?:in|here|coming)\b"
    r"|\binvestigating " + _N + r" (?:staff|providers|clients|people|officers|employees)\b",
    re.IGNORECASE,
)
# Letters sent in a batch: "the new debt letters go out Thursday", "audit letters are going out to
# 9,000 owners next month", "38k in the first batch" (a customer's "got a debt letter" is one letter).
LETTER_BATCH = lazy_pattern(
    r"\b(?:debt|audit|compliance|review|cancellation|reminder|warning|breach|recovery) (?:letters|notices|notifications)\b"
    r"(?: \w+){0,3}? (?:go(?:ing)? out|went out|are out|get sent|will be sent|being sent|drop|hit)\b"
    # letters out in a batch by their number: "there are 2,300 letters out with the wrong debt amount"
    r"|\b\d[\d,]*k? (?:\w+ )?(?:letters|notices) (?:are |have gone |went )?out\b"
    # ... or sent by the thousand: "the debt team sent out 8,000 letters this morning" (not a class's 300 to Santa)
    r"|\b(?:sent|sending|posted|mailed|issued|issuing) (?:out )?(?:another |over |about |nearly )?(?:\d{1,3},\d{3}|\d{4,}|\d+k) "
    r"(?:\w+ )?(?:letters|notices)\b",
    re.IGNORECASE,
)
_STAFF = (
    r"(?:counsellors?|psychs?|psychologists?|nurses?|RNs?|teachers?|aides?|workers?|officers?|caseworkers?|case managers?|"
    r"practitioners?|staff(?: members?)?|doctors?|social workers?|guards?|COs|planners?|interpreters?|delegates?|carers?|"
    r"youth workers?|integration aides?|OTs?)"
)
_CLIENTS = (
    r"(?:kids|students|pupils|patients|clients|young people|prisoners|detainees|residents|families|participants|offenders|classes|"
    r"beds|customers|children|boys|girls|inmates|cases)"
)
# Staff against the clients they serve, and one's own caseload in figures: "one counsellor for 900 kids",
# "One psych for 1,100 students", "4 staff, 16 young people", "I carry 22 cases", "my name is on 50 files",
# "24 cases when the cap's 12" (a class of 27 is a school's size, not a ratio).
STAFF_RATIO = lazy_pattern(
    r"\b(?:one|a single|1|two|2|three|3) (?:\w+ )?" + _STAFF + r" (?:\w+ )?(?:for|to|between|across|per|covering) "
    r"(?:the |all |about |over |nearly )?\d[\d,]* (?:\w+ )?" + _CLIENTS + r"\b"
    r"|\b\d+ (?:staff|officers|COs|nurses|workers|youth workers|carers), \d+ (?:young people|patients|prisoners|detainees|"
    r"residents|kids|clients|inmates)\b"
    r"|\b(?:I|we|I'm|we're) (?:carry|carrying|hold|holding|manage|managing|juggling|juggle|have|got|'ve got) \d{2,} "
    r"(?:open |active |allocated )?(?:cases|files|clients|families|participants|matters)\b"
    r"|\bmy name is on \d{2,} (?:files|cases)\b|\b\d{2,} (?:cases|files|clients|families) when the cap\b"
    # a nursing or care ratio by its figure ("On my ward last night it was 1:9"; not a verse, "John 1:9", nor
    # a time, "1:30", so one digit after the colon)
    r"|\b(?:ward|wards|nursing|ratios?|patients|beds|unit)\b[^.!?]{0,40}?(?<![\d:])1:\d(?![:\d])",
    re.IGNORECASE,
)
# A team's size and its vacancies: "my team of 9 is now 6", "the 7 vacancies in my team", "6 classes have
# no permanent teacher", "with half the interviewers we had".
TEAM_FIGURES = lazy_pattern(
    r"\b(?:team|unit|branch|section|office|crew|ward|squad|school|station) of \d+ (?:is|are|was) (?:now|down to|at) \d+\b"
    r"|\b\d+ vacancies (?:in|on|across) (?:my|our|the) (?:\w+ )?(?:team|unit|branch|section|office|ward|school|station|region)\b"
    r"|\b\d+ (?:classes|wards|shifts|units|stations|teams|runs) (?:have|with|had|got) no (?:permanent |regular |relief )?"
    r"(?:teachers?|nurses?|staff|cover|crews?|officers?)\b"
    r"|\b\d+ (?:working |hot )?(?:desks|computers|laptops|workstations) (?:and|for) \d{2,} (?:of us|staff|people|workers)\b"
    r"|\b\d+ beds (?:and|for) \d{2,} patients\b|\b\d+ staff and \d+ (?:working )?desks\b|\bone (?:car|van|crew|unit|nurse) per shift\b"
    r"|\bdown to \d+ on the (?:\w+ ){0,2}?(?:team|desk|floor|unit|shift|ward|counter|phones)\b"
    r"|\b\d+ (?:resignations|resigned|quit|left|walked out) (?:in|from) (?:our|my|the) (?:team|unit|ward|section|branch|office|school)\b"
    r"|\bwith half the (?:\w+ )?(?:staff|interviewers|officers|nurses|teachers|crews|people|workers|inspectors|caseworkers) "
    r"(?:we|they) (?:had|used to have)\b",
    re.IGNORECASE,
)
# A few staff doing more staff's work, or covering a whole area: "the same 4 people doing the work of 7", "my
# team of 6 does the work of 14", "3 forecasters covering the whole east coast" (its own gate: doing, covering).
TEAM_WORK = lazy_pattern(
    r"\b(?:\d+|two|three|four|five|six) (?:\w+ )?(?:people|of us|staff|officers|nurses|workers|teachers|\w+ers|\w+ists) "
    r"(?:doing|covering|to do|left doing) the (?:work|job|jobs) of (?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\b(?:team|unit|section|branch|office|crew|ward) of \d+ (?:does|do|is doing|are doing|covers|covering) the (?:work|job|jobs) "
    r"of \d+\b"
    r"|\b(?:\d|two|three|four|five) (?:\w+ )?(?:staff|nurses|crews|cars|\w+ers|\w+ors|\w+ists) "
    r"(?:covering|for) the (?:whole|entire) (?:\w+ ){0,3}?(?:coast|state|region|district|country|shift|desk|night|weekend)\b",
    re.IGNORECASE,
)
# A day's or a queue's work in figures: "11 jobs in a 12 hr shift", "12 jobs in 12 hours", "the 40-call day",
# "claims backed up 9 months".
DAY_FIGURES = lazy_pattern(
    r"\b\d+ (?:jobs|calls|cases|patients|admissions|callouts|transfers) in (?:(?:a|one|the|my|our) \d+ ?(?:hr|hour|h)s? "
    r"(?:shift|day|night)|\d+ (?:hrs|hours))\b"
    r"|\b\d{2,}-(?:call|job|case|patient|claim) (?:day|shift|night|week)\b"
    r"|\b(?:claims|cases|files|applications|referrals|matters|assessments) (?:are |is )?backed up (?:about |around |over )?"
    r"\d+ (?:weeks|months)\b",
    re.IGNORECASE,
)
_UNITS = (
    r"(?:payments|claims|pax|passengers|drivers|cars|vehicles|trucks|visas|conferees|ballots|votes|patients|admissions|"
    r"callouts|warrants|inspections|interviews|assessments|permits|licences|parcels|containers|notices|infringements|"
    r"fines|breath tests|RBTs|referrals|notifications|forms|customers|clients|callers|calls|cases|files|returns|"
    r"enrolments|bookings|prisoners|detainees|arrests|debts|objections|audits|lodgements|appeals|decisions|determinations|"
    r"transactions|(?:mail|postal|baggage) items)"
)
_PERIOD = (
    r"(?:today|yesterday|tonight|overnight|last night|this (?:morning|arvo|afternoon|week|shift)|on day (?:one|1|2|two)|"
    r"in (?:\d+|one|two|three|four|an?) (?:hours?|hrs?|days?|shifts?)|before (?:lunch|smoko|noon|\d{1,2}\s?(?:am|pm)?)|"
    r"since (?:Monday|Tuesday|Wednesday|Thursday|Friday|the weekend|7|8|9)|on (?:one|my|the) shift|per shift|a shift|"
    # a team's month, quarter or year: "finalised 18,000 applications last month", "412 referrals this quarter"
    r"in (?:January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"(?:last|this) (?:quarter|month|fortnight|financial year)|this year)"
)
# The work done in figures in a stretch of time, by whoever did it: "Did 180 emergency payments out of
# a school hall yesterday", "Booked 46 drivers in 3 hours", "300+ claims lodged on day one", and a
# Commonwealth agency's desk work ("we raised 40 debts yesterday", "reviewed 14 objections today") (ten or
# more of the work's units: not "did 3 forms for the kids' school today", nor holiday photos processed).
WORK_DONE = lazy_pattern(
    r"\b(?:did|done|processed|lodged|cleared|booked|counted|assessed|screened|finalised|finalized|served|interviewed|"
    r"issued|paid out|approved|handled|answered|took|ran|checked|inspected|signed off|triaged|admitted|saw|tested|"
    r"breath-tested|fined|arrested|put through|got through|finished|completed|clocked|logged|raised|reviewed|decided|actioned|"
    r"resolved|closed|clearing|completing|processing|hit) (?:about |over |nearly |around |another |close to |more than )?"
    r"(?:\d+(?:\.\d+)? (?:million|mil)|\d{1,3}(?:,\d{3})+\+?|\d{2,}[\d,]*\+?) (?:[\w-]+ ){0,2}?"
    + _UNITS
    + r"\b(?:[^.!?\n]{0,40}?)\b"
    + _PERIOD
    + r"\b"
    r"|\b\d{2,}[\d,]*\+? (?:\w+ ){0,2}?" + _UNITS + r" (?:were |got |have been |all )?(?:processed|lodged|cleared|booked|"
    r"counted|assessed|screened|finalised|served|issued|paid|approved|handled|answered|inspected|checked|seen|admitted|"
    r"triaged|interviewed|fined|tested)\b(?:[^.!?\n]{0,40}?)\b" + _PERIOD + r"\b"
    # people through a counter, a gate or a door, and the finds of an inspection, in a stretch of time: "127
    # people through the counter before lunch", "14 non-compliances before morning tea"
    r"|\b\d{2,}[\d,]*\+? (?:people|customers|clients|passengers|pax|visitors|cars|trucks) (?:through|past) (?:the|my|our) "
    r"(?:\w+ )?(?:counter|gate|gates|door|doors|desk|line|booth|checkpoint)\b(?:[^.!?\n]{0,30}?)\b" + _PERIOD + r"\b"
    r"|\b\d+ (?:non-?compliances|breaches|defects|infringements|findings|codes|code blues|code greys|code blacks|"
    r"call-?outs) (?:before|by|since|in the first) (?:morning tea|lunch|smoko|noon|\d{1,2}\s?(?:am|pm)?|an hour|two hours)\b"
    # a custodial count in figures: "214 on the muster, one short"
    r"|\b\d{2,} on (?:the )?(?:muster|count|roll|unit count)\b",
    re.IGNORECASE,
)
# A team's volume of work in a stretch of time with no verb of its own, or a program of inspections over
# many sites: "Proud of our licensing team: over 14,000 permit transactions in October", "our crew got 2,300
# calls about the outage yesterday", "completed inspections on all 86 jetties this financial year", "surveyed
# 120 sites this year" (a hundred or more of the work's units, or a grouped thousand; not "ran 100 km this
# month", "Read 120 pages this week"). `team_volume` asks that the writer's own team tells it.
_BIG = r"(?:\d+(?:\.\d+)? (?:million|mil)|\d{1,3}(?:,\d{3})+|\d{3,})\+?"
_TEAM_UNITS = (
    r"(?:transactions|calls|queries|enquiries|inquiries|inspections|applications|claims|renewals|referrals|assessments|"
    r"payments|permits|licences|lodgements|objections|notifications|cases|registrations|bookings|callouts)"
)
_TEAM_PERIOD = (
    r"(?:" + _PERIOD[3:-1] + r"|in the first (?:hour|day|week|month|fortnight)|(?:last|this) (?:calendar |financial )?year|"
    r"in (?:a|one) (?:week|month|quarter|day))"
)
TEAM_VOLUME = lazy_pattern(
    r"\b" + _BIG + r" (?:[\w-]+ ){0,3}?" + _TEAM_UNITS + r"\b[^.!?\n]{0,40}?\b" + _TEAM_PERIOD + r"\b"
    r"|\b(?:inspections?|audits?|surveys?) (?:on|of|at|across) (?:all |the |over |about |nearly )?\d{2,}[\d,]* [^.!?\n]{0,50}?\b"
    + _TEAM_PERIOD
    + r"\b|\b(?:surveyed|inspected|audited) (?:all |over |about |nearly )?\d{2,}[\d,]* [^.!?\n]{0,50}?\b"
    + _TEAM_PERIOD
    + r"\b",
    re.IGNORECASE,
)
# who tells it: the writer or the writer's team ("our", "I took 96 of them", "the whole crew"), not the news
_OWN_TEAM = lazy_pattern(r"\b(?:we|we['’]re|we['’]ve|our|us|I|I['’]m|I['’]ve|my|team|crew)\b", re.IGNORECASE)
_VOLUME_REPORTED = lazy_pattern(
    r"\b(?:according to|reported|reports?|news|article|estimates|the Senate|figures show|data shows?|journalists?)\b",
    re.IGNORECASE,
)


def team_volume(text: str) -> re.Match[str] | None:
    """A team's volume of work in a stretch of time (`TEAM_VOLUME`) told by the writer's own team, not a
    report of someone else's figures; or None."""
    m = searched(TEAM_VOLUME, text)
    if m is None or searched(_OWN_TEAM, text) is None or searched(_VOLUME_REPORTED, text) is not None:
        return None
    return m


_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# the events of a shift on the road, a ward, a unit or a desk, each counted: arrests, callouts, codes, admissions
_EVENTS = (
    r"(?:arrests?|call-?outs?|jobs|codes?|code (?:blacks?|greys?|blues?|oranges?|reds?|yellows?)|METs?|MET calls?|"
    r"admissions?|breaches|assaults?|overdoses|absconds|fights|presentations?|discharges|domestics|DVs|pursuits?|"
    r"warrants?|welfare checks?|rescues?|incidents?|cat ?[1-5]s)"
)
_EVENT_KIND = (
    r"(?:(?:DV|separate|more|MET|ice|mental health|psych|cardiac|domestic|serious|major|cat ?[1-5]|code|incident|job) )?"
)
# A shift's events counted, by whoever was on it: one kind of event with the stretch of the shift it filled
# ("11 arrests at Schoolies on the Goldy last night", "12 DV callouts in one shift", "two METs and a fall before
# 10am"), or a tally of several ("Four arrests, one DV breach, one bloke in a wheelie bin", "9 jobs, 3 cat 1s
# between Sorell and Dodges Ferry"; not "7 days, 3 countries" nor "seven job applications before lunch").
SHIFT_TALLY = lazy_pattern(
    r"\b" + _COUNT + r" " + _EVENT_KIND + _EVENTS + r"\b(?: and (?:a|an|one|two|three) [\w-]+(?: [\w-]+)?)?[^.!?\n]{0,40}?\b"
    r"(?:last night|tonight|today|this (?:morning|arvo|afternoon|shift)|overnight|in (?:one|a|my|the) (?:shift|night)|"
    r"on (?:my|one|the) shift|(?:before|after|by) (?:\d{1,2}(?:[:.]\d\d)? ?(?:am|pm)?|lunch|midnight|smoko|noon|morning tea)|"
    r"in \d+ (?:hours|hrs))\b"
    r"|\b" + _COUNT + r" " + _EVENT_KIND + r"(?:" + _EVENTS[3:-1] + r"|cases)\b(?:,| and| &|, and) "
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|zero|no|a|an) [\w-]+(?: [\w-]+)?",
    re.IGNORECASE,
)
# a tally told by someone else: the news, a report, the police ("Police made 11 arrests ... last night"); a job hunt
_TALLY_REPORTED = lazy_pattern(
    r"\b(?:police|cops|authorities|news|reports?|reported|according|media|journalists?|article|applied|applications?|"
    r"apply|applying)\b[^.!?\n]*$",
    re.IGNORECASE,
)


def shift_tally(text: str) -> re.Match[str] | None:
    """A shift's events counted (`SHIFT_TALLY`), not in a sentence that reports someone else's tally or a job
    hunt; or None. Told at the head of a sentence it is the writer's own report (`first_hand`)."""
    m = searched(SHIFT_TALLY, text)
    if m is None:
        return None
    start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    return None if _TALLY_REPORTED.search(text, start, m.start()) else m


# The customer's side of the same work: one letter, a wait on hold, one's own claim or debt.
_CUSTOMER_SIDE = lazy_pattern(
    r"\b(?:on hold|I got (?:a|my|one|the)|got (?:a|my) (?:debt|audit|compliance|review)|my (?:debt|claim|payment|letter|audit|"
    r"review|case|refund|tax return|card|account)|flagged my|(?:the |my )?bank(?:'s)?|I received|we received|I'm one of|I was one of)\b",
    re.IGNORECASE,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The words one of which each reading holds: a set test before each pattern, so that a post that cannot
# match is answered without running it (checked by the unit tests and the labelled sets: the same findings).
_GATES = {
    "service": _words(
        "callers customers clients grade call handle handling talk wrap wait processing targets target kpi kpis quota "
        "quotas mins minutes hours hrs close closing closed finalise finalising answering measured hour day shift"
    ),
    "compliance": _words(
        "referred referral referrals fraud compliance integrity investigations investigation audit audits inspection "
        "inspections review reviews underpaid overpaid flagged investigated stood notices notice investigating auditing "
        "audited auditors underpayments overpayments breaches compliant"
    ),
    "letters": _words("letters notices notifications"),
    "ratio": _words(
        "cases files clients families participants matters young people kids students pupils patients prisoners detainees "
        "residents offenders classes beds customers children boys girls inmates ward wards nursing ratio ratios unit"
    ),
    "team": _words(
        "team unit branch section office crew ward squad school station vacancies classes wards shifts units stations "
        "teams runs half desks computers laptops workstations beds staff car van nurse down resignations resigned quit "
        "left walked"
    ),
    "team work": _words("doing covering does do"),
    "day": _words("jobs calls cases patients admissions callouts transfers backed call job case patient claim"),
    "volume": _words(
        "transactions calls queries enquiries inquiries inspections applications claims renewals referrals assessments "
        "payments permits licences lodgements objections notifications cases registrations bookings callouts inspection "
        "audit audits survey surveys surveyed inspected audited"
    ),
    "tally": _words(
        "arrest arrests callout callouts call outs jobs code codes met mets admission admissions breaches assault assaults "
        "overdoses absconds fights presentation presentations discharges domestics dvs pursuit pursuits warrant warrants "
        "welfare rescue rescues incident incidents cat"
    ),
    "done": _words(
        "did done processed lodged cleared booked counted assessed screened finalised finalized served interviewed issued "
        "paid approved handled answered took ran checked inspected signed triaged admitted saw tested breath fined arrested "
        "put got were seen finished completed clocked logged raised reviewed decided actioned resolved closed clearing completing processing hit people customers clients passengers pax "
        "visitors cars "
        "trucks compliances noncompliances non breaches defects infringements findings codes blues greys blacks callouts "
        "call outs muster count roll"
    ),
}
_TOKEN = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_TWO_DIGITS = re.compile(r"\d\d")
_FINDS = _words("compliances noncompliances breaches defects infringements findings codes blues greys blacks callouts outs")
_FINDS_OR_MILLIONS = _FINDS | {"million", "mil"}


_FINDS_TOLD = re.compile(r"\d+ (?:non-?compliances|breaches|defects|infringements|findings|codes|code \w+|call-?outs) before\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]|[^\w\s,'’\"(-])\s*$")


def first_hand(text: str, m: re.Match[str]) -> bool:
    """The work done in figures is told with its verb first, the writer's own report with "I" or "we" left
    out ("Did 180 emergency payments yesterday", "... 💚 Booked 46 drivers in 3 hours"): an insider's
    frame of its own."""
    verb = m.group(0).split(" ", 1)[0].lower()
    if _FINDS_TOLD.match(m.group(0)):
        return True  # "3 codes before lunch": a tally of one's own shift, whoever else was there
    if SHIFT_TALLY.fullmatch(m.group(0)) is not None:
        return _SENTENCE_START.search(text, 0, m.start()) is not None  # "Four arrests, one DV breach, ..."
    return verb in _GATES["done"] and _SENTENCE_START.search(text, 0, m.start()) is not None


def client_work(text: str) -> tuple[re.Match[str], str] | None:
    """Service figures and targets, compliance and fraud work, letters sent in a batch, staff against
    clients or a team in figures, with its kind; or None."""
    tokens = frozenset(_TOKEN.findall(text.lower()))
    removal = searched(CARE_REMOVAL, text) if "care" in tokens else None
    if removal is not None:
        return removal, "a child taken into care"
    digit = _DIGIT.search(text) is not None
    figures = digit or "half" in tokens
    if not figures and all(tokens.isdisjoint(_GATES[g]) for g in ("service", "compliance", "letters")):
        return _tally(text, tokens)  # every other reading needs a figure
    for pat, gate, figure, label in (
        (SERVICE_FIGURES, "service", False, "service figures or targets"),
        (COMPLIANCE_WORK, "compliance", False, "compliance or fraud work"),
        (LETTER_BATCH, "letters", False, "letters sent in a batch"),
        (STAFF_RATIO, "ratio", True, "staff to clients in figures"),
        (TEAM_FIGURES, "team", True, "staff short or in figures"),
        (TEAM_WORK, "team work", True, "staff short or in figures"),
        (DAY_FIGURES, "day", True, "volume of work"),
        (WORK_DONE, "done", True, "volume of work"),
    ):
        if (figure and not figures) or (pat is not TEAM_FIGURES and figure and not digit) or tokens.isdisjoint(_GATES[gate]):
            continue
        if pat is WORK_DONE and _TWO_DIGITS.search(text) is None and tokens.isdisjoint(_FINDS_OR_MILLIONS):
            continue  # ten or more of the work's units, or an inspection's finds: not run on a text without either
        m = searched(pat, text)
        if m is not None:
            return (m, label) if searched(_CUSTOMER_SIDE, text) is None else None
    if digit and not tokens.isdisjoint(_GATES["volume"]):
        m = team_volume(text)
        if m is not None and searched(_CUSTOMER_SIDE, text) is None:
            return m, "a team's volume of work"
    return _tally(text, tokens)


def _tally(text: str, tokens: frozenset[str]) -> tuple[re.Match[str], str] | None:
    if tokens.isdisjoint(_GATES["tally"]):
        return None
    m = shift_tally(text)
    return (m, "a shift's events counted") if m is not None and searched(_CUSTOMER_SIDE, text) is None else None
