"""Operational detail told in plain words, without the agency's own terms.

Language-level readers that the operations rules (`auditor.rules.operations`) combine with the
profile's ``[operations]`` lists and an insider cue:

* the signals of an operation told without a listed term (`signal_hits`): an enforcement verb in
  the first person, contraband, quantities, cargo, concealment, a planned job, a screening rate;
* `plain_operations`: staff on duty in figures ("3 of us on", "9 call-takers on", "staffed for
  6"), staff cut or not replaced ("we're down 6 members", "lose 6 more FTE", "won't be
  backfilled"), work volumes and queues ("1,400 calls in queue", "took 140 notifications",
  "an 11 month backlog", "47 waiting for a bed"), an audit of one's workplace under way or with
  what it found ("the file audit starts Monday"), a shift covered somewhere named ("cover my late
  on 5B"), overtime and leave bent to staffing ("my 6th double this month", "no leave approvals
  over Christmas"), incidents at a site and its vehicles off the road, counted ("4 Code Greys on
  my shift", "two assaults on staff", "4 of them are off the road"), staff short or in figures ("6 RNs short on
  nights", "our branch went from 42 staff to 29", "1:8 on the ward", "closing 8 beds"), incidents again within a
  period or a code called on a ward ("Third this month", "code black on 4C", "the count's out by one"), a site
  locked down for a stretch or again (`lockdown`: "Wacol's been locked down since Tuesday"), who is
  rostered on what ("has me on 3 nights straight", "I'm on the 0600 at Kingston station") and the team's on-call
  phone ("I've got the after-hours phone this week"), each with its kind (the rosters' patterns are in
  `auditor.rules.opsrosters`); none at another employer's workplace
  (`other_workplace`); `excluded`: the profile's ``[operations] exclude`` terms, less the news named only as
  what has not told the story, plus a game's words; court work in plain words (`COURT_WORK`: "the
  Kingaroy matter", "4 jurors discharged", "tomorrow's court list").

Work systems and site security in plain words are in `auditor.rules.opssystems`.

It reads only text and the profile's compiled lists, holds no rules, and imports no rule family.
"""

from __future__ import annotations

import re

from auditor.config import Profile
from auditor.rules.base import lazy_pattern, per_profile, searched
from auditor.rules.features import TIME_CUE, Ops
from auditor.rules.opsrosters import ON_CALL, OVERTIME, ROSTERED, ROSTERED_HOURS, SENIOR_VISIT, SHIFT_COVER
from auditor.rules.orgwords import fiction

# Disclosed finds and concealment trends ("most of the ice we find comes through in machinery").
CONTRABAND_WE = lazy_pattern(
    r"\b(?:drugs|ice|meth|cocaine|heroin|tobacco|smokes|cigarettes|guns|firearms|steroids|cash|weapons)\b"
    r"(?:\s+\w+){0,2}\s+(?:that\s+)?we\s+(?:find|found|catch|caught|seize|seized|detect|detected|stop|stopped|intercept)"
    r"|\bfound (?:the |some |a |an )?(?:\w+ )?(?:drugs|ice|meth|cocaine|heroin|guns?|firearms?|tobacco|cigarettes|steroids)\b"
    r"|\bwhere (?:the stuff|they|it|drugs|the drugs|the gear|the goods) (?:hides?|is hidden|gets hidden|hide it|get hidden)\b",
    re.IGNORECASE,
)
# Signals for operational text that uses none of the listed terms: an enforcement verb in the
# first person plural, contraband, quantities, cargo and craft, a work site, a time. A post
# that collects enough of them reads as an officer's account of an operation.
_ENFORCE_VERBS = (
    r"(?:intercepted|seized|detained|stopped|caught|found|pulled|referred|boarded|searched|cleared|processed|"
    r"interviewed|refused|removed|deported|arrested|charged|executed|flagged|x-?rayed|inspected|targeted|nabbed|"
    r"busted|picked up|turned around|held|locked down|raided|tracked|identified|uncovered|dismantled|cancelled|"
    r"opened|restrained|profiled|screened|examined|tracking|chasing|boarding|searching|"
    r"intercepting|inspecting|pull|search|restrain|detain|refuse|remove|inspect|examine|board|interview)"
)
# An enforcement verb with a first-person (or dropped) subject: "we seized", "our lot had to pull",
# "3 of us had to restrain", "the container we pulled apart", and the pronoun-drop of posts,
# "Caught a guy with ...", "Ran the profiles and flagged 6 pax" (verb first in a sentence).
WE_ACTION = lazy_pattern(
    r"\b(?:we|we've|we'd|we're|weve|our team|my team|the team|our lot|our crew|the crew|the boys|the girls|"
    r"\d+ of us|(?:two|three|four|five|six) of us)(?:\s+(?:at|on|in) the [\w-]+(?: [\w-]+)?)?"
    r"(?:'s| have| had| were| are)?(?: been)?(?: had to| got to| have to)?\s+"
    r"(?:just\s+|finally\s+|also\s+|then\s+)?" + _ENFORCE_VERBS + r"\b"
    r"|(?:^|[.!?]\s+|\n)(?:(?:then|and|just|finally)\s+)?(?:caught|seized|pulled|flagged|boarded|intercepted|nabbed|busted|"
    r"refused|restrained|detained|x-?rayed|interviewed|escorted|screened|processed|ran the \w+ (?:on|for) [\w ]{0,50}? and (?:flagged|pulled|referred))\b",
    re.IGNORECASE,
)
CONTRABAND = lazy_pattern(
    r"\b(?:drugs?|ice|meth|methamphetamine|cocaine|heroin|mdma|ecstasy|cannabis|steroids|tobacco|cigarettes|smokes|"
    r"chop chop|guns?|firearms?|weapons?|ammunition|ammo|wildlife|ivory|counterfeit|forged|precursors?|coke|durries|"
    r"ciggies|ciggs|darts|vapes?|pills|white powder|undeclared cash|live (?:birds|reptiles|animals|finches|lizards|snakes))\b",
    re.IGNORECASE,
)
QUANTITY = lazy_pattern(
    r"\b\d+(?:[.,]\d+)?\s?(?:kg|kilos?|grams?|tonnes?|million|mil|sticks|pills|tablets)\b|\$\s?\d"
    r"|\b\d[\d,]*\s+(?:passengers|pax|containers|parcels|boats|vessels|arrests|detections|seizures|referrals|cartons|packets)\b",
    re.IGNORECASE,
)
CARGO = lazy_pattern(
    r"\b(?:containers?|cargo|consignments?|shipments?|parcels?|packages?|vessels?|yachts?|boats?|ship|pax|passengers?|"
    r"suitcases?|luggage|baggage|mail|bags?|pallets?|crates?|freight)\b",
    re.IGNORECASE,
)

# How goods were hidden: "taped to his legs", "in the lining", "stuffed inside the speakers".
CONCEALMENT = lazy_pattern(
    r"\b(?:hidden|stashed|taped|strapped|stuffed|sewn|packed|concealed|tucked|wrapped)\s+(?:\w+\s+){0,2}?"
    r"(?:in|inside|into|under|to|behind|among)\b|\bin the (?:lining|false bottom|soles?|handles?|walls? of)\b|\bfalse bottom\b",
    re.IGNORECASE,
)
# A planned operation about to start: "surveillance op starts tomorrow", "the job kicks off at 5".
PLANNED = lazy_pattern(
    r"\b(?:op|operation|job|raid|warrant|sweep)\s+(?:starts|start|kicks off|goes ahead|is on|begins|"
    r"tomorrow|tonight|on \w+day|at \d)",
    re.IGNORECASE,
)


# The news named only to say it has not told the story ("not a word in the news", "don't believe everything on
# the news"): the writer sets an insider's account against it, not a reader's of the news.
_NEWS_DENIED = lazy_pattern(
    r"\b(?:not a (?:word|peep|mention)|nothing|never (?:made|make|makes|hit|hits)|won[’']t (?:see|read|hear)(?: about)?(?: this| it)?|"
    r"don[’']t believe (?:everything|what you (?:see|read|hear))|not (?:on|in))(?: \w+){0,2}?\s*$",
    re.IGNORECASE,
)
# A game's raid or lockdown: "Raid night tonight, need a healer", a guild, a boss fight.
_GAME = lazy_pattern(
    r"\b(?:healers?|tanks? and dps|dps|guild|raid boss|loot|respawn|xbox|playstation|ps5|discord)\b", re.IGNORECASE
)


def excluded(text: str, o: Ops) -> re.Match[str] | None:
    """The first of the profile's ``[operations] exclude`` terms that rules the text out, or a game's words;
    the news named only as what has not told it does not ("not a word in the news")."""
    last = _EXCLUDED[0]
    if last is not None and last[0] is o and last[1] == text:
        return last[2]  # the rules of one text ask in a row
    first = o.exclude.search(text)
    if first is not None and "news" in first.group(0).lower():  # the rare case: read every exclusion
        first = next((m for m in o.exclude.finditer(text) if "news" not in m.group(0).lower() or not _denied(text, m)), None)
    found = first or searched(_GAME, text)
    _EXCLUDED[0] = (o, text, found)
    return found


_EXCLUDED: list[tuple[Ops, str, re.Match[str] | None] | None] = [None]


def _denied(text: str, m: re.Match[str]) -> bool:
    return _NEWS_DENIED.search(text, max(0, m.start() - 40), m.start()) is not None


def _signal_score(text: str, o: Ops) -> tuple[int, list[str]]:
    score, why = 0, []
    for pat, weight, label in (
        (WE_ACTION, 2, "enforcement action"),
        (CONTRABAND, 1, "contraband"),
        (QUANTITY, 1, "quantity"),
        (CARGO, 1, "cargo or craft"),
        (TIME_CUE, 1, "time"),
        (CONCEALMENT, 1, "concealment"),
    ):
        m = searched(pat, text)
        if m:
            score += weight
            why.append(f'{label} "{m.group(0)}"')
    if score < 2:
        # a site adds one: short of 3 whatever it says, so `_signal_hits` (the only caller)
        # returns nothing either way; the site search is the dearest, so skip it
        return score, why
    site = o.sites.search(text) or o.places.search(text)
    if site:
        score += 1
        why.append(f'work site "{site.group(0)}"')
    return score, why


# Disclosed inspection rates ("we only x-ray about 5% of containers").
SCREENING_RATE = lazy_pattern(
    r"\b(?:only|just|barely)\s+(?:physically\s+|actually\s+|really\s+)?(?:x-?ray|screen|check|inspect|search|scan|open)\w*\s+"
    r"(?:about\s+|around\s+|roughly\s+|like\s+|maybe\s+)?"
    r"(?:\d+\s?%|\d+ per ?cent|one in \d+|1 in \d+|half|a fraction|a handful)",
    re.IGNORECASE,
)


def signal_hits(text: str, o: Ops) -> list[tuple[re.Match[str], str]]:
    """Operational text that uses no listed term, recognised from several weaker signals."""
    if searched(WE_ACTION, text) is None and searched(CONTRABAND, text) is None:
        # both readings below need an enforcement verb or contraband: the other signals (four more
        # patterns) are not worth scoring without one
        return []
    score, why = _signal_score(text, o)
    if score < 3:
        return []
    action = searched(WE_ACTION, text)
    contraband, qty, cargo = searched(CONTRABAND, text), searched(QUANTITY, text), searched(CARGO, text)
    site = o.sites.search(text) or o.places.search(text)
    hidden = searched(CONCEALMENT, text)
    # the goods: contraband, a quantity of something carried, or cargo examined at a work site
    goods = contraband or hidden or (qty and (cargo or site)) or (cargo and site)
    if action is not None and goods and score >= 4:
        return [(action, "operational signals " + ", ".join(why))]
    # no enforcement verb: contraband in a quantity at a work site or hidden in cargo
    if contraband and qty and (site or (cargo and hidden)):
        return [(contraband, "operational signals " + ", ".join(why))]
    return []


# ---- staffing, volumes and outages in plain words ------------------------------------------

_FEW = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
# Staff on duty in figures: "3 of us on", "18 of us logged in", "9 call-takers on", "one staff member
# overnight", "2 guards for the whole campus", "one unit covering three of them", "staffed for 6".
ON_DUTY = lazy_pattern(
    r"\b" + _FEW + r" of us (?:on|logged|covering|doing|for|working|rostered|left)\b"
    r"|\b(?:only |just )?(?:" + _FEW[3:-1] + r"|a single) (?:call[- ]?takers?|staff(?: members?)?|officers?|guards?|"
    r"nurses?|rangers?|interpreters?|delegates?|caseworkers?|paramedics?|ambos?|members?|COs|PSOs?|forecasters?|midwi(?:fe|ves)|"
    r"ICPs?|observers?|youth workers?)"
    r" (?:on\b|on shift|on duty|overnight|(?:for|in) the (?:whole|entire)|covering|across the (?:whole|entire)|between)"
    r"|\b"
    + _FEW
    + r" (?:people|staff|agents) (?:logged on|logged in|on the phones)\b|\bonly (?:an? )?[A-Z]{2,4}s? on for the (?:whole|entire)\b"
    r"|\bthe only one (?:on call|rostered)\b|\bone (?:aide|teacher|nurse|worker|officer) for (?:all|both) of them\b"
    r"|\b(?:only |just |to )?(?:\d+|one|two|three|four|five|a single) (?:two-person |2-person |single-officer )?(?:crews?|units?) "
    r"(?:for the (?:whole|entire)|covering|across the (?:whole|entire)|between|overnight)\b"
    r"|\b(?:only |just )?(?:\d+|one|two|three|four|five) (?:cars|vans) (?:covering|between|for the (?:whole|entire) (?:night |day )?"
    r"(?:shift|district|division|region|area|north|south|east|west))\b|\bgoing single-up\b"
    r"|\bthe only (?:car|crew|unit|van|ambulance|officer|nurse|doctor) (?:from|for|on|covering|between)\b"
    r"|\bstaffed for " + _FEW + r"\b",
    re.IGNORECASE,
)
# Staff cut or not replaced: "we're down 6 members", "lose 6 more FTE", "60 contract roles were cut",
# "5 positions won't be backfilled", "hasn't had a backfill", "3 of us doing the work of 7", and staff cut by
# their role or level ("the unit loses 4 practitioners", "cut six APS4s", "lost 1.5 FTE of aides").
STAFF_CUT = lazy_pattern(
    r"\bdown " + _FEW + r" (?:members|officers|staff|FTE|crews|people|positions)\b"
    r"|\b(?:lose|loses|lost|losing|cut|cutting) (?:another |a further )?"
    + r"(?:\d+\.\d+|"
    + _FEW[3:]
    + r" (?:more )?(?:\w+ )?(?:FTE|EFT|contractors|contract roles|practitioners|social workers|youth workers|paramedics|"
    r"rangers|inspectors|planners|case managers|(?-i:(?:APS|EL|VPS|SES) ?\d)s?|"
    r"positions|staff|officers|roles|seats|jobs|people|nurses|teachers|caseworkers)\b"
    r"|\b"
    + _FEW
    + r" (?:more )?(?:FTE|contract roles|positions|non-ongoing contracts|contracts|roles|vacancies|of us)\b(?: \w+){0,5}? "
    r"(?:(?:were|was|being|got|get) cut|won[’']t be (?:renewed|backfilled|filled)|not (?:be )?(?:renewed|backfilled)|sitting vacant)"
    r"|\bwon[’']t be backfilled\b|\b(?:had|got) a backfill\b|\bdoing the work of " + _FEW + r"\b",
    re.IGNORECASE,
)
STAFF_SHORT = lazy_pattern(
    # short on a shift, off sick, beds closed for want of staff, a freeze on hiring: "6 RNs short on nights",
    # "14 out sick on our floor", "we're already two down", "closing 8 beds over winter", "beds nobody can staff"
    r"\b" + _FEW + r" (?:RNs|nurses|staff|officers|teachers|aides|COs|members|paramedics|crews|people|of us) short\b"
    # posts held empty, counted: "the 14 vacancies we've carried since March", "can't fill 30 nursing vacancies", "6 EFT
    # short since winter", "with 4 FTE down" (not a hiring post: "2 vacancies for casual baristas, apply within")
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty)\+? (?:[\w-]+ )?(?:vacancies|"
    r"(?:vacant|unfilled|empty) (?:positions|roles|posts))\b(?![^.!?\n]{0,30}\b(?:apply|hiring|DM|CVs?|resumes?|available|"
    r"for (?:a|an|casual|part-time|full-time|experienced|keen|qualified|the right)\b))"
    r"|\b" + _FEW + r" (?:EFT|FTE) (?:short|down)\b"
    r"|\b"
    + _FEW
    + r" (?:(?:staff|officers|people|of us) (?:out sick|off sick|off on compo|on stress leave)|(?:out|off) sick on (?:our|the|my) "
    r"(?:floor|shift|team|ward|unit|desk))\b"
    r"|\b(?:we're|we are|we were|they're|they are|already|still) (?:already )?" + _FEW + r" down\b"
    r"|\b(?:clos(?:e|ed|ing)|shut(?:ting)?) " + _FEW + r" (?:\w+ )?beds\b|\b" + _FEW + r" beds (?:\w+ )?(?:closed|shut)\b"
    r"|\b(?:beds? )?(?:nobody|no one|no-one) (?:can|could) staff\b|\b(?:hiring|recruitment) freeze (?:(?:in|at|across|on) (?:the |our |my )?(?:\w+ ){0,2}?(?:centre|office|unit|ward|team|branch|"
    r"section|station|region|school)|for \d+ (?:months|years))\b"
    r"|\bfreeze on (?:\w+ )?(?:backfill|hiring|recruitment|recruiting)\b|\bzero relief\b"
    r"|\b(?:0|no|zero) permanent staff\b"
    # staff in figures: "our branch went from 42 staff to 29", "9 of 14 positions filled", "running at about 60% staff",
    # "40 vacant nursing FTE", "2 fewer officers on primary per shift", "it's 1:8 again on the ward", "can't fill the rosters"
    r"|\b(?:team|branch|unit|ward|section|office|division|station|crew|shift|school|floor)(?:'s| has)? (?:gone from|went from) \d+"
    r"|\b\d+ of (?:the |our )?\d+ (?:\w+ )?(?:positions|roles|FTE|beds|staff|cars|vans|crews|desks) (?:are |were )?(?:filled|vacant|empty|staffed)\b"
    r"|\brunning (?:at|on) (?:about |around |like )?\d+ ?% (?:staff|staffing|of staff|capacity)\b|\b\d+ vacant (?:\w+ )?(?:FTE|positions|roles|beds|shifts)\b"
    r"|\b" + _FEW + r" fewer (?:\w+ )?(?:officers|staff|nurses|people|crews|cars|vans|teachers) (?:on|per|in|at|for)\b"
    r"|\b1 ?: ?\d{1,2}(?: again)? (?:on|in|across|for) (?:the |our |a |my )?(?:\w+ )?(?:ward|unit|floor|shift|nights|days)\b"
    r"|\b1 ?: ?\d{2}(?: \w+)? caseloads?\b|\bcan[’']?t (?:fill|staff) (?:the |our )?(?:rosters?|shifts?|it|them|nights|beds)\b"
    r"|\b" + _FEW + r" (?:midwives|nurses|RNs|teachers|paramedics|officers|staff) (?:off sick|out sick|on leave)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_ITEMS = (
    r"(?:calls|matters|notifications|claims|cases|files|referrals|admissions|jobs|reports|offenders|renewals|parcels|pax|"
    r"passengers|complaints|tickets|applications|detainees|prisoners|participants|forms|apps|ballots|votes|warnings)"
)
# Work volumes and queues: "1,400 calls in queue", "380 matters listed", "took 140 notifications",
# "breath tested 412 drivers", "an 11 month backlog", "the backlog's sitting at 900k", "42k claims
# still waiting", "47 waiting for a bed", "9 crews ramped". Two digits at least ("took 2 calls").
VOLUME = lazy_pattern(
    r"\b(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d{2,})[\d,.]*\+?(?: ?(?:k|million))? (?:\w+ )?"
    + _ITEMS
    + r"(?: \w+){0,3}? (?:in (?:the )?queue|pending|waiting|listed|on the list|"
    r"through|on hand|sitting|in intake|unallocated|backed up|before midnight|overnight|stuck|deep|open|holding|screened|logged|"
    r"lodged|collected|on day one)\b"
    r"|\bbooked \d{2,} (?:drivers|motorists|speeders)\b"
    r"|\b(?:took|had|processed|screened|logged|tested|triaged|answered|did|done|cleared|detected|assessed|closed|finished|"
    r"completed|recalculated|issued|handled|reviewed|counted) (?:over |about |around |nearly )?(?:\d{1,3}(?:,\d{3})+|\d{2,})[\d,.]*\+? "
    r"(?:(?!job\b)\w+ ){0,3}?(?:" + _ITEMS[3:-1] + r"|drivers|patients|visits|reassessments|payments|reviews|assessments|"
    r"refusals|interviews|inspections|warrants|transfers|callouts|permits|notices|breaches)\b"
    r"|\b\d{2,} (?:kids|clients|families|cases|files|participants|young people) on (?:mine|my (?:caseload|books|list))\b"
    r"|\bsitting on (?:about |around |over |nearly )?\d[\d,.]*k? (?:\w+ ){0,2}?"
    + _ITEMS
    + r"|\b\d{2,} (?:[\w-]+ ){0,2}?"
    + _ITEMS
    + r" in (?:one|a single) (?:night|shift|day|morning)\b"
    r"|\bcaseload (?:of|is|at) \d{2,}|\b(?:wait ?list|waiting list)(?:'s| is| was)? (?:now |at |sitting at )?\d{1,3},?\d{2,}"
    r"|\bbacklog (?:is|was|'s) (?:now )?\d"
    # a backlog or a queue counted, or its growth: "a 90k visa backlog", "a backlog of 3k claims", "the queue for our
    # stream went from 41k to 58k since July"
    # (a hundred or more, or thousands: not "my reading backlog went from 5 to 12 books")
    r"|\b(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s?k|\d+(?:\.\d+)? million) (?:[\w-]+ ){0,2}?backlog\b"
    r"|\bbacklog of (?:about |around |over |nearly )?(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s?k\b)"
    r"|\b(?:queue|backlog|wait ?list|waiting list|caseload)s? (?:[\w ]{0,25}?)(?:went|has gone|grew|jumped|blew out|climbed) "
    r"(?:from \d[\d,.]*\s?k? )?(?:up )?to (?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s?k\b)"
    r"|\b\d+[- ](?:week|month|year)s? backlog\b|\bbacklog(?:'s| is| was| has)? (?:\w+ ){0,2}?(?:sitting|at|over|around|about|hit|past|near) "
    r"(?:at |around |about )?\d|\bqueue (?:\w+ ){0,3}?(?:under|over|at|past|hit) (?:\d{1,3},\d{3}|\d{2,})"
    r"|(?<!day )\b\d{2,} (?:people |patients |pts )?(?:waiting|ramped) (?:in|for|at|outside|on)\b|\b\d+ (?:crews|ambos|ambulances) "
    r"ramped\b|\b\d+ (?:patients|people) in (?:the )?(?:ED )?corridors\b|\b\d{2,}\+? (?:\w+ ){0,2}matters\b",
    re.IGNORECASE,
)
# An audit of one's own workplace, under way or with what it found: "the file audit starts Monday",
# "audit team from the Ombudsman arrives", "the access audit picked up 12 staff" (not a building's).
AUDIT = lazy_pattern(
    r"\b(?<!building )(?<!payroll )(?<!tax )(?<!my )audit(?: team)?(?: \w+){0,4}? (?:arrives|arriving|starts|starting|kicks off|"
    r"is here|is in|found|caught|picked up)\b",
    re.IGNORECASE,
)
# Incidents at a site and its vehicles off the road, counted: "4 Code Greys on my shift", "two assaults
# on staff this week", "3 lockdowns", "4 MET calls in 2 hours", "Code Yellow", "4 of them are off the
# road", "one car's in the workshop".
INCIDENTS = lazy_pattern(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:code (?:greys?|blacks?|blues?|oranges?)|MET calls|assaults(?: on staff)?|"
    r"lockdowns|cell fires?|absconds|overdoses|self-harm incidents)\b|\bcode (?:yellow|orange|brown)\b|\bassaults on staff\b"
    r"|\b(?:cars?|vans?|trucks?|ambulances?|crews?)(?:'s| is| are| were)? (?:\w+ ){0,2}off the road\b|\bof them (?:are |were )?off "
    r"the road\b|\bcar's in the workshop\b"
    # staff hurt or abused again and again: "getting assaulted weekly", "abused six times on the phones today"
    r"|\b(?:assaulted|abused|spat on|threatened|bashed|punched)(?: \w+){0,2}? (?:weekly|daily|every (?:shift|day|week)|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten) times)\b|\bgot called (?:out )?(?:\d+|two|three|four|five|six) times\b"
    # a code called on a ward, the count of a custodial site, a whole site locked down: "Code blue on 5B", "code
    # black called on 3A", "count's out by one in S4", "does the count at 11:30", "did 4 full counts", "centre locked down"
    r"|\bcode (?:black|blue|grey|red|orange|yellow|brown|purple)s? (?:called )?(?:on|in|at) (?:ward )?\d{0,2}[A-Z]{0,2}\d{0,2}\b"
    r"|\bcode (?:black|blue|grey|red|orange|yellow|purple) called\b|\bcount(?:'s| is| was) (?:out|wrong|off) (?:by|at)\b"
    # the custodial count come right: "Count's clear, brekky time"
    r"|\b(?<!vote )(?<!word )(?<!calorie )(?<!step )count(?:'s| is| was) (?:clear|correct)\b"
    r"|\b(?:does|do|did) the count at\b|\bthe count \d+ ?x\b|\b(?:\d+|two|three|four|five) (?:full )?(?:counts|musters|headcounts)\b"
    r"|\b(?:whole|entire) (?:centre|prison|unit|jail|facility|site) (?:was |got |went )?locked down\b"
    r"|\btook (?:\d|two|three|four|five|six) of us to (?:get|hold|restrain|settle|sort|move|put)\b",
    re.IGNORECASE,
)
# A site or its people locked down, for a stretch or again: "Wacol's been locked down since Tuesday", "base
# locked down at Holsworthy for an hour", "kids locked in their rooms 20 hrs a day", "expect lockdowns in the
# afternoon", "all pods secured"; not a city's or a pandemic's (`_NOT_A_SITE`). (A drill is no operation: the
# profile's ``[operations] exclude`` has "lockdown drill".)
LOCKDOWN = lazy_pattern(
    r"\b(?:locked down|in lockdown|on lockdown)\b[^.!?\n]{0,30}?\b(?:since|for (?:an|\d+|two|three) (?:hours?|hrs|days?)|"
    r"every (?:second )?day|all (?:day|night|week|morning|arvo)|again|till|until|after)\b"
    r"|\b(?:kids|detainees|prisoners|boys|girls|young people|inmates) (?:locked|kept) in (?:their )?(?:rooms|cells)\b"
    r"|\block ?downs? (?:in|every|all|this|tonight|today) (?:the )?(?:afternoon|morning|night|day|week|arvo)\b"
    r"|\b(?:pods?|units?|wings?|blocks?|divisions?) (?:secured|locked down)\b",
    re.IGNORECASE,
)
_NOT_A_SITE = lazy_pattern(
    r"\b(?:covid|pandemic|virus|snap lockdown|hard lockdown|stage \d|lockdown (?:number )?\d|\d+(?:st|nd|rd|th) lockdown)\b"
    r"|\b(?:Melbourne|Sydney|Victoria|NSW|Auckland|Adelaide|Brisbane|Perth|the state|the city|the country|we're all|everyone)"
    r"(?:'s)? (?:is |was |has been |been |went |goes |going |back )*(?:locked down|in(?:to)? lockdown)\b",
    re.IGNORECASE,
)


def lockdown(text: str) -> re.Match[str] | None:
    """A site or its people locked down for a stretch or again (`LOCKDOWN`); not a city's or a pandemic's;
    or None."""
    m = searched(LOCKDOWN, text)
    return None if m is None or searched(_NOT_A_SITE, text) is not None else m


# The same kind of incident again within a period: "Another phone found in a cell. Third this month.", "ran off
# from the resi again, 5th time this month"; only with an incident of a custodial or care site in the text.
_AGAIN = lazy_pattern(
    r"\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))(?: time| one)? (?:this|in a|in the last) (?:week|month|fortnight|shift)\b",
    re.IGNORECASE,
)
_INCIDENT_WORD = lazy_pattern(
    r"\b(?:found in|phones? (?:found|in)|assault\w*|abscond\w*|escap\w*|overdos\w*|lockdowns?|code (?:grey|black|blue|orange)|"
    r"kicked off|restrain\w*|self-harm|contraband|resi|cells?)\b",
    re.IGNORECASE,
)
# Court work in plain words: a matter by its party's or place's name, a jury discharged, a list adjourned or
# double-listed, a court list or its size, a sentencing moved: "the Kingaroy matter", "4 jurors discharged",
# "adjourned the whole list till 2pm", "tomorrow's court list", "170 on the list today", "moved Henderson's
# sentencing". Not one's own hearing ("my matter", "my court date": a party's).
COURT_WORK = lazy_pattern(
    r"(?-i:\b(?:the|our) [A-Z][a-z]+(?:'s)? (?:matter|sentencing|mention|committal)\b)"
    r"|\b(?:jury|juries|jurors?) (?:got |was |were |been )?(?:discharged|sent home)\b"
    r"|\b(?:adjourned|adjourning) (?:the whole list|every \w+ matter|every matter|everything|the list)\b"
    r"|\bevery adjournment (?:refused|granted)\b|\btrials? (?:\w+ ){0,2}?double-listed\b|\b\d+ trials listed\b"
    r"|\b(?:tomorrow's|today's|monday's|tuesday's|wednesday's|thursday's|friday's|the) (?:court|bail|registry|sittings) list\b"
    r"|\b\d{2,} on the list (?:today|tomorrow|this)\b|\bon listings\b"
    r"|\b(?:moved|pushed|adjourned) (?-i:[A-Z][a-z]+)'s (?:sentencing|hearing|trial|mention)\b"
    r"|\bthe hearing(?:'s| has)? been (?:moved|adjourned|vacated|pushed)\b",
    re.IGNORECASE,
)
# Another employer's workplace: a shop, a café, a courier's depot, a surf club; a hospital, an ambulance or a
# school too where the profile names none of its own ("the hospital's system went down" is a nurse's under vic,
# "Ambo shift: 9 jobs" a paramedic's, no Border Force officer's).
_OTHER_WORK = lazy_pattern(
    r"\b(?:retail|caf[eé]s?|restaurants?|the store|the shop|couriers?|warehouse|bakery|hospo|hospitality|telco|private sector|airlines?|"
    r"the pub|bottle ?shop|woolies|coles|kmart|bunnings|maccas|private (?:hospitals?|clinics?|schools?|practice)|"
    r"supermarket|hospitals?|ED|ICU|wards?|patients?|nurses?|schools?|teachers?|classrooms?|code blue|MET calls?|paramedics?|ambos?|"
    r"ambulances?|lifeguards?)\b",
    re.IGNORECASE,
)
_INSTITUTION = {"hospital": "hospital", "ed": "hospital", "ward": "hospital", "patient": "hospital", "nurse": "hospital"}
_INSTITUTION |= {"code blue": "hospital", "met call": "hospital", "icu": "hospital"}
_INSTITUTION |= {"paramedic": "ambulance", "ambo": "ambulance", "ambulance": "ambulance"}
_INSTITUTION |= {"school": "school", "teacher": "school", "classroom": "school"}


def _own_words(profile: Profile) -> str:
    keys = ("names", "site_classes", "staff_titles", "roles", "units")
    return " ".join(t for k in keys for t in profile.terms("organisation", k)).casefold()


def other_workplace(text: str, profile: Profile) -> bool:
    """The text names another employer's workplace: a shop, a café, a warehouse, or a hospital or
    school where the profile's own names, sites and roles hold none."""
    if searched(_OTHER_WORK, text) is None:
        return False
    own = per_profile(profile, "opsplain-own-words", _own_words)
    for m in _OTHER_WORK.finditer(text):
        word = m.group(0).casefold().removesuffix("s")
        kind = _INSTITUTION.get(word)
        if kind is None or kind not in own:  # type: ignore[operator]
            return True
    return False


# The words one of which every plain reading below holds (whole words, or the stems after them), but a
# volume and a shift by its hours: one set test in front of a dozen patterns, so that an everyday post (a
# dog, a decision) is answered without running them. A test over every labelled set keeps them complete.
_PLAIN_WORDS = frozenset(
    """us down lose loses lost losing cut cutting doing short sick compo stress bed beds freeze relief fewer fill leave call calls
    taker takers calltaker calltakers officer officers guard guards nurse nurses ranger rangers interpreter interpreters
    delegate delegates caseworker caseworkers paramedic paramedics ambo ambos member members cos pso psos forecaster
    forecasters icp icps observer observers worker workers only aide aides teacher teachers crew crews unit units car cars
    van vans ambulance ambulances doctor doctors single agents people late lates early earlies nights nightie nighties
    ot code codes met fire fires harm road workshop abused spat threatened bashed punched called muster musters headcount
    headcounts checkpoint patrol desk counter beat phone phones standby relieving acting hours duty found kicked
    contraband resi cell cells positions roles fte contract contracts vacancies running vacant ward floor days
    caseload caseloads take taking do filled empty desks eft unfilled matter sentencing mention committal jury juries juror jurors
    adjourned adjourning adjournment trial trials list listings hearing line""".split()
)
_PLAIN_STEMS = (
    "walk",
    "inspection",
    "visit",
    "backfill",
    "staff",
    "cover",
    "earl",
    "count",
    "roster",
    "audit",
    "assault",
    "abscond",
    "overdos",
    "escap",
    "restrain",
    "midwi",
    "swap",
    "lock",
    "doubl",
    "shift",
    "overtime",
)
# the words one of which every volume holds (a cheaper test than the long pattern's own gate, "had", "did")
_VOLUME_WORDS = frozenset(
    """calls matters notifications claims cases files referrals admissions jobs reports offenders renewals parcels pax
    passengers complaints tickets applications detainees prisoners participants drivers motorists speeders patients visits
    assessments reassessments payments reviews refusals interviews inspections warrants transfers callouts permits notices
    breaches backlog queue waiting ramped corridors caseload waitlist wait mine books list forms apps ballots votes
    warnings""".split()
)
_TOKEN = re.compile(r"[a-z]+")


def plain_operations(text: str, profile: Profile) -> tuple[re.Match[str], str] | None:
    """Staff on duty in figures, staff cut, a volume of work, an audit under way or a shift covered
    somewhere named, said in plain words, with its kind;
    or None. The caller asks for an insider cue and that the text is not about another workplace."""
    digit = _DIGIT.search(text) is not None or "D/N" in text
    words = set(_TOKEN.findall(text.lower()))
    cued = (
        not words.isdisjoint(_PLAIN_WORDS)
        or any(w.startswith(_PLAIN_STEMS) for w in words)
        or (digit and ("went" in words or "gone" in words))  # "our branch went from 42 staff to 29"
    )
    if not digit and not cued:
        return None  # none of the words a plain reading holds
    for pat, label in (
        (STAFF_CUT, "staff cut"),
        (STAFF_SHORT, "staff short or in figures"),
        (ON_DUTY, "staff on duty"),
        (VOLUME, "volume of work"),
        (AUDIT, "audit"),
        (SHIFT_COVER, "shift cover"),
        (OVERTIME, "overtime or leave"),
        (INCIDENTS, "incidents or vehicles off the road"),
        (ROSTERED, "who is rostered on what"),
        (ROSTERED_HOURS, "who is rostered on what"),
        (ON_CALL, "on call for the team"),
        (COURT_WORK, "court work"),
        (SENIOR_VISIT, "a senior's visit told ahead"),
    ):
        if (pat is VOLUME or pat is ROSTERED_HOURS) and not digit:
            continue  # every volume and every shift by its hours holds a digit (or D/N): not run without one
        if (pat is VOLUME and words.isdisjoint(_VOLUME_WORDS)) or (not cued and pat is not VOLUME and pat is not ROSTERED_HOURS):
            continue
        m = searched(pat, text)
        if m is not None:
            # another employer's workplace, or a show ("two assaults in the last episode")
            return (m, label) if not other_workplace(text, profile) and not fiction(text) else None
    locked = lockdown(text) if "lock" in text.lower() else None
    if locked is not None and not other_workplace(text, profile) and not fiction(text):
        return locked, "a site locked down"
    again = searched(_AGAIN, text) if cued and searched(_INCIDENT_WORD, text) is not None else None
    if again is not None and not other_workplace(text, profile):
        return again, "incidents again within a period"
    return None
