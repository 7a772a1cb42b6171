"""Official comment: opinions that read as official, harsh criticism, complaints about work.

* OFC101 official voice: the writer speaks from their position ("as someone who works in
  immigration policy", "speaking on behalf of our department", "we at the department") about a
  policy topic (``[comment] topics``).
* OFC102 harsh criticism: a harsh word ("corrupt", "disgrace", "bludgers") aimed, in the same
  stretch of text, at the government, a minister, the department or its clients; or a broader
  negative judgement ("a farce", "treats us like dirt") in the same sentence as a government or
  employer target (government, minister, management, head office, HR, the executive).
* OFC103 employment complaint: a complaint word next to the writer's job, manager, pay or
  workplace ("worst job I've ever had", "our EBA offer is an insult").

The English lexicons are in `rules.tone`, OFC102's checks in `rules.critique`; organisation-specific
targets, clients and topics come from the profile. Harsh words aimed at umpires, cafés, airlines or
landlords do not fire.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from auditor.config import Profile
from auditor.models import Category, Item, Severity
from auditor.rules.base import (
    Example,
    Match,
    Rule,
    describe,
    lazy_pattern,
    reach_severity,
    searched,
    snippet,
)
from auditor.rules.critique import harsh_criticism, lexicon, near
from auditor.rules.employers import private_job
from auditor.rules.features import FIRST_PERSON, department_terms, elsewhere
from auditor.rules.orgpublic import service_lost
from auditor.rules.orgvoice import screen_only
from auditor.rules.tone import (
    CELEBRATION,
    CUSTOMER_SIDE,
    INSIDE_STORY,
    INSIDER,
    IRONY_CUE,
    NEWS_READER,
    OFFICIAL_VOICE,
    OUTSIDER,
    OWN_PAY_KEYS,
    OWN_PAY_WRONG,
    PARTY_POLITICS,
    PRIVATE_EMPLOYER,
    PUBLIC_CONTACT,
    RELATIVE_WORKS,
    RESTRUCTURE_COUNT,
    ROLE_HERE,
    ROLE_OPENS,
)

# A complaint word right after a negation is not a complaint ("the only reason I haven't quit").
_NEGATED = lazy_pattern(
    r"\b(?:haven't|havent|have not|didn't|didnt|never|won't|wont|not|don't|dont)\s+(?:\w+\s+)?$", re.IGNORECASE
)
# Teasing, not complaining: "(she'll hate this)", "he's going to hate me for posting this".
_TEASING = lazy_pattern(
    r"\b(?:she|he|they|you)(?:['’]ll| will| is going to| are going to|['’]s going to)\s+(?:hate|kill)\s+(?:this|me)\b"
    r"|\bpretend(?:ed|s|ing)? to (?:hate|be annoyed|be mad)\b",
    re.IGNORECASE,
)


_TITLE_AFTER = lazy_pattern(
    r"\s+(?:officers?|advis[eo]rs?|analysts?|team|branch|area|role|division|unit|section|lead|manager|work|job|grads?|graduates?)\b",
    re.IGNORECASE,
)


# "I work in border protection": the word right after is the writer's field, not a view on it
_FIELD_VOICE = lazy_pattern(r"\bworks? (?:in|at|for|on)$", re.IGNORECASE)


# A new job announced, not a view given from it: "I've joined the Department as a Project Manager".
_NEW_ROLE = lazy_pattern(
    r"\b(?:joined|joining|excited to (?:share|announce)|thrilled to|started|starting|appointed|accepted|new role)\b",
    re.IGNORECASE,
)


def _role_here(text: str) -> re.Match[str] | None:
    """ "Teacher here.", "Youth Justice staff here -" at the start of a sentence."""
    m = searched(ROLE_HERE, text)
    return m if m is not None and ROLE_OPENS.search(text, max(0, m.start() - 40), m.start()) else None


def _official_voice(item: Item, profile: Profile) -> Iterator[Match]:
    found = list(_voice_on_topic(item, profile))
    yield from found or _inside_story(item, profile)


def _voice_on_topic(item: Item, profile: Profile) -> Iterator[Match]:
    text = item.text or ""
    voices = [v for v in (searched(OFFICIAL_VOICE, text), _role_here(text)) if v is not None]
    voice = min(voices, key=lambda v: v.start()) if voices else None  # the first, so a topic can follow it
    if voice is None or _NEW_ROLE.search(text, max(0, voice.start() - 80), voice.start()):
        return  # "Excited to share I've joined ... as a Senior Project Manager on the program": a new job, no view
    lex = lexicon(profile)
    if lex.topics is None:
        return
    # a topic word inside a unit's name is a name, not an opinion ("... in the Citizenship Group")
    names = [(a, b) for _t, _k, a, b in department_terms(text, profile) if b > a]
    # ... and so is one before a job or a team ("as an APS5 policy officer", "in the policy team")
    topic = next(
        (
            t
            for t in lex.topics.finditer(text, voice.end())
            if not any(a <= t.start() and t.end() <= b for a, b in names)
            and not _TITLE_AFTER.match(text, t.end())
            and not (_FIELD_VOICE.search(voice.group(0)) and not text[voice.end() : t.start()].strip())
        ),
        None,
    )
    if topic is None or topic.start() - voice.end() > 160:
        return
    yield _voice_match(item, voice, topic)


def _inside_story(item: Item, profile: Profile) -> Iterator[Match]:
    """An insider contradicting the official line: "Don't believe the media release", "The
    department will never say that out loud"; the writer must be inside (first person or the
    organisation named) and not at a private job."""
    text = item.text or ""
    cue = searched(INSIDE_STORY, text)
    if cue is None or private_job(text):
        return
    # "... looks like from the inside" says where the writer stands; any other cue needs the writer or the organisation
    there = cue.group(0)[:5].casefold() == "what " and "looks like" in cue.group(0)
    if not (there or searched(FIRST_PERSON, text) or department_terms(text, profile)):
        return
    yield Match(
        key="official-voice",
        evidence=snippet(text, cue.start(), cue.end()),
        why=f'contradicts the official line from the inside ("{cue.group(0)}")',
        message=f"{describe(item)} gives an insider's view against the official line",
        severity=reach_severity(Severity.HIGH, item),
        confidence=0.7,
    )


def _voice_match(item: Item, voice: re.Match[str], topic: re.Match[str]) -> Match:
    text = item.text or ""
    return Match(
        key="official-voice",
        evidence=snippet(text, voice.start(), topic.end()),
        why=f'speaks from their position ("{voice.group(0)}") about "{topic.group(0)}"',
        message=f"{describe(item)} gives an opinion on policy that could be read as official",
        severity=reach_severity(Severity.HIGH, item),
        confidence=0.8,
    )


# Someone else's dislike, not the writer's: "they hate that", "the kids hate it".
_OTHERS_COMPLAIN = lazy_pattern(
    r"\b(?:they|he|she|people|everyone|customers|clients|kids|the kids|passengers|callers)\s+(?:all\s+|really\s+|just\s+)?$",
    re.IGNORECASE,
)
# The hard part of the work described, not a complaint: "the worst part of the job is telling a family".
_DUTY = lazy_pattern(r"(?:worst|hardest|toughest|saddest) part of (?:the|my|this) (?:job|work|role)\b", re.IGNORECASE)
# "can't even" before a verb is a limit, not exasperation ("we can't even mention it")
_VERB_AFTER = lazy_pattern(r"\s+(?:be\s+)?[a-z]{3,}")
_AT_AFTER = lazy_pattern(r"\s+at\s+(?!work\b|this\b|the job\b)", re.IGNORECASE)
_PRAISED_BEFORE = lazy_pattern(r"\b(?:love|loving|loved|adore|enjoy|enjoying|like)\s+$", re.IGNORECASE)
_STORE_AFTER = lazy_pattern(r"\s+stores?\b", re.IGNORECASE)


# A private business that pays the writer: "The café underpaid me again", "the restaurant paid peanuts".
_PRIVATE_PAYER = lazy_pattern(
    r"\b(?:caf[eé]s?|restaurants?|bars?|pubs?|shops?|stores?|retailers?|franchises?|warehouses?|salons?|gyms?|hotels?|"
    r"supermarkets?|factory|builders?|farms?|my (?:old )?boss at)\b",
    re.IGNORECASE,
)


def _not_a_gripe_job(text: str, m: re.Match[str]) -> bool:
    if _PRAISED_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return True  # "i love my job. i hate my commute"
    return m.group(0).casefold().endswith("department") and _STORE_AFTER.match(text, m.end()) is not None


def _complaint(item: Item, profile: Profile) -> Iterator[Match]:
    text = item.text or ""
    lex = lexicon(profile)
    if lex.complaint is None:
        return
    if searched(PRIVATE_EMPLOYER, text) and not department_terms(text, profile):
        return  # a complaint about a private employer is not about the public service
    if elsewhere(text, profile):
        return  # another workplace: the bakery, the hospital, the cricket club
    low = text.casefold()
    pay = searched(OWN_PAY_WRONG, text) if any(k in low for k in OWN_PAY_KEYS) else None
    if pay is not None and not private_job(text) and not searched(_PRIVATE_PAYER, text):
        yield _complaint_match(item, text, pay.start(), pay.end(), f'complaint about their own pay ("{pay.group(0)}")', 0.7)
        return
    complaints = list(lex.complaint.finditer(text))
    if not complaints:
        again = searched(RESTRUCTURE_COUNT, text)  # "Another restructure.", "Third restructure in four years"
        if again is not None and not private_job(text):
            why = f'complaint about restructures ("{again.group(0)}")'
            yield _complaint_match(item, text, again.start(), again.end(), why, 0.65)
        return
    # a job praised ("love my job") or a shop's department is no complaint's object
    jobs = [(m.start(), m.end(), m.group(0)) for m in lex.employment.finditer(text) if not _not_a_gripe_job(text, m)]
    for c in complaints:
        if _NEGATED.search(text, max(0, c.start() - 20), c.start()):
            continue  # "I haven't quit", "never hated this job"
        if _OTHERS_COMPLAIN.search(text, max(0, c.start() - 24), c.start()) or _DUTY.match(text, c.start()):
            continue  # "they hate that", "the worst part of the job is telling a family": not the writer's gripe
        if c.group(0).casefold() == "worst" and _AT_AFTER.match(text, c.end()):
            continue  # "my boss is the worst at emails too": a foible teased, not a complaint
        if c.group(0).casefold().endswith("even") and _VERB_AFTER.match(text, c.end()):
            continue  # "told us we can't even mention the new model": a rule reported, not "I can't even."
        jobs_c = [j for j in jobs if j[1] <= c.start() or j[0] >= c.end()]  # "27 workers underpaid": one word is not both
        if _TEASING.search(text, max(0, c.start() - 30), c.end() + 8):
            continue  # "(she'll hate this)"
        job = near(c, jobs_c, 120)
        if job is None:
            continue
        start, end = min(c.start(), job[0]), max(c.end(), job[1])
        yield _complaint_match(item, text, start, end, f'complaint "{c.group(0)}" about "{job[2]}"', 0.7)
        return


def _complaint_match(item: Item, text: str, start: int, end: int, why: str, confidence: float) -> Match:
    """OFC103's finding: a complaint about one's employment, its evidence text[start:end]."""
    return Match(
        key="complaint",
        evidence=snippet(text, start, end),
        why=why,
        message=f"{describe(item)} complains publicly about your employment",
        severity=reach_severity(Severity.MEDIUM, item),
        confidence=confidence,
    )


def news_reader(text: str) -> bool:
    """The writer reads or hears the news as any member of the public does, with no sign of being
    inside ("Minister announced a new visa cap on the news tonight, wonder how that'll play out")."""
    return searched(NEWS_READER, text) is not None and searched(INSIDER, text) is None


def customer_side(text: str) -> bool:
    """The writer is the agency's customer, with no sign of being inside: a refund, one's own claim
    or licence, time on hold, its app ("Finally got the refund for the double rego payment. Only
    took six weeks 🙃", "What's the go with the health department's new rules for food vans?")."""
    return (
        searched(CUSTOMER_SIDE, text) is not None and searched(INSIDER, text) is None and searched(OFFICIAL_VOICE, text) is None
    )


def relative_view(text: str) -> bool:
    """A relative of the writer works there, with no sign that the writer does too: "My husband works
    for Defence and they've moved his whole team with 6 weeks notice. Thanks for nothing."."""
    return searched(RELATIVE_WORKS, text) is not None and searched(INSIDER, text) is None


def voter_view(text: str) -> bool:
    """A voter's view of party politics, with no sign of being inside: "Honestly the whole offshore
    processing thing is a disgrace and both major parties should be ashamed."."""
    return searched(PARTY_POLITICS, text) is not None and searched(INSIDER, text) is None


def public_contact(text: str) -> bool:
    """The agency met as a member of the public meets it, with no sign of being inside: it rang or
    texted the writer, the writer rang its line ("Called the 131 881 line and they couldn't tell me
    anything")."""
    return searched(PUBLIC_CONTACT, text) is not None and searched(INSIDER, text) is None


def celebration(text: str, profile: Profile) -> bool:
    """A congratulation or one's own news opens the post, with no irony, harsh, negative or complaint
    word in it: praise and a new role are no comment ("Congratulations to our Deputy Secretary on her
    retirement after a remarkable career")."""
    if searched(CELEBRATION, text) is None or "..." in text or "…" in text or searched(IRONY_CUE, text):
        return False
    lex = lexicon(profile)
    return not any(p is not None and p.search(text) for p in (lex.harsh, lex.negative, lex.complaint))


def not_staff(text: str) -> bool:
    """The view is a customer's, a staff member's relative's, one who says they are no staff
    ("Not a public servant, just a mum", `tone.OUTSIDER`) or a show's, a game's or a book's
    (`orgvoice.screen_only`: "The health department in my SimCity save is underfunded"), or the town's
    office closing on its public (`orgpublic.service_lost`), not the writer's from inside."""
    return (
        customer_side(text)
        or relative_view(text)
        or searched(OUTSIDER, text) is not None
        or screen_only(text)
        or service_lost(text)
    )


def from_staff(check: Callable[[Item, Profile], Iterator[Match]]) -> Callable[[Item, Profile], Iterator[Match]]:
    """A comment check less a customer's view of the agency (`customer_side`: "Still waiting on my
    claim after 9 weeks on hold, the new system is a mess") and a relative's (`relative_view`): not
    the writer's as staff. Read only after the check matched."""

    def vetoed(item: Item, profile: Profile) -> Iterator[Match]:
        for m in check(item, profile):
            if not not_staff(item.text or "") and not private_only(item.text or "", profile):
                yield m

    return vetoed


def private_only(text: str, profile: Profile) -> bool:
    """The text is about a private job's own work (`employers.private_job`: "nurse at a private
    here", "I drive the buses for council", "UK nurse here, the NHS pay offer is a joke") and names
    nothing of the organisation: no view from inside it."""
    return private_job(text) is not None and not department_terms(text, profile) and not searched(_SECOND_JOB, text)


# a private job on the side, beside the work the view is about: "I earn more in my weekend job at the bakery"
_SECOND_JOB = lazy_pattern(r"\b(?:weekend|second|side|other|night) (?:job|gig)\b", re.IGNORECASE)


def _staff_voice(item: Item, profile: Profile) -> Iterator[Match]:
    if not private_only(item.text or "", profile):
        yield from _official_voice(item, profile)


def outside_views(check: Callable[[Item, Profile], Iterator[Match]]) -> Callable[[Item, Profile], Iterator[Match]]:
    """A learned official comment check less the kinds of text that are no staff member's view: a
    reader of the news (`news_reader`), a customer of the agency or a relative of its staff
    (`not_staff`), a member of the public it rang or who rang it (`public_contact`), a voter
    (`voter_view`: the word-list rules still read a harsh word at one's own minister, which the
    policy asks staff not to post whoever they speak as), a congratulation or one's own news with no
    irony or harsh word (`celebration`), a private job's (`employers.private_job`: "Our bank's new HR
    system ate my leave application"). Read only once the learned rule has fired,
    so it costs nothing on the texts it lets through."""

    def vetoed(item: Item, profile: Profile) -> Iterator[Match]:
        for m in check(item, profile):
            text = item.text or ""
            if news_reader(text) or not_staff(text) or public_contact(text) or voter_view(text) or private_job(text):
                continue
            if not celebration(text, profile):
                yield m

    return vetoed


RULES = [
    Rule(
        code="OFC101",
        name="comment-reads-as-official",
        category=Category.OFFICIAL_COMMENT,
        severity=Severity.HIGH,
        confidence=0.8,
        summary="An opinion on departmental or government policy, given from the writer's position, that could be read as official.",
        rationale="Comment that appears to speak for the Department misleads the public and compromises your impartiality.",
        remediation="Delete or reword the post so it is plainly a private view and does not rely on your position; leave official comment to authorised spokespeople.",
        check=_staff_voice,
        examples=(
            # a slogan against the work seen from inside; the writer's field named is no view on it
            Example(
                "Nine hours in a cell block with no beds free. This is what 'tough on crime' looks like from the inside.",
                True,
                profile="qld",
            ),
            Example("Telling people I work in border protection and watching them picture the TV show", False),
            Example("As someone who works in immigration policy I can tell you this new visa cap is a disaster", True),
            Example("Speaking on behalf of our department: the new citizenship test is fair", True),
            Example("Big fan of the new paid parental leave changes, great for families", False),
            Example("Loving my first week as a policy officer in the Visa Integrity team", False),
            Example("Started my new role as an APS5 policy officer at Treasury today", False, profile="aps"),
            Example("Finally allowed to say it: I work at Home Affairs. Ask me anything", False),
            Example("tbh as someone who works in immigration the media is getting this story completely wrong", True),
            Example("Work in visas. The processing times are a decision from the top, not the staff", True),
            Example("speaking as a renter, the housing crisis is a policy choice", False),
            Example(
                "Personal view as a teacher: the new homework policy is the best thing the department has done in years",
                True,
                profile="vic",
            ),
            Example("Personal view as a parent: the new homework policy is great", False, profile="vic"),
            # a role said plainly, a view labelled as the writer's, the work first hand; an insider against the line
            Example("Ranger here. The new camping fee policy was never going to work in the regions", True, profile="tas"),
            Example("Personal view only: the road toll campaign was the right call", True, profile="vic"),
            Example("As a Fines Victoria delegate I'll say it, the new payment plan rules are too tight", True, profile="vic"),
            Example("Having worked on the rollout, the new booking scheme beat every target", True, profile="qld"),
            Example("Our depot's been short all winter. Don't believe the media release about record crews", True, profile="qld"),
            Example("Happy to be here! New plan for the veggie garden this spring", False),
            Example(
                "Excited to share I've joined the department as a Senior Planner on the transport program", False, profile="vic"
            ),
        ),
    ),
    Rule(
        code="OFC102",
        name="harsh-criticism",
        category=Category.OFFICIAL_COMMENT,
        severity=Severity.MEDIUM,
        confidence=0.75,
        summary="Harsh criticism of the department, the government, a minister or the department's clients.",
        rationale="Criticism so harsh it questions your impartiality, or that disparages clients, breaches the APS Code of Conduct whatever your privacy settings.",
        remediation="Delete the post or comment; raise concerns through your manager or the internal complaints process.",
        check=from_staff(harsh_criticism),
        examples=(
            Example("This government is a pack of corrupt clowns and the Minister should be sacked", True),
            Example("half the clients I deal with at work are liars and bludgers", True),
            Example("The umpire tonight was a disgrace, robbed us blind", False),
            # a shop's department is no department
            Example("Nothing says Friday like the photo department at Kmart losing my prints again", False),
            Example("my landlord is a useless clown", False),
            # the organisation labelled by its habit; a town is not the organisation
            Example("Reviewer in for three days, feedback was 'great work, no extra funding'. Classic DET.", True, profile="vic"),
            Example("Cold, wet and windy again. Classic Melbourne", False, profile="vic"),
            # staff counted against the work, then judged; the figures alone are an operational report
            Example(
                "Our licensing desk has 3 assessors and 900 applications this month. Turnaround targets are a fantasy.",
                True,
                profile="aps",
            ),
            Example("Our licensing desk has 3 assessors and 900 applications this month.", False, profile="aps"),
            Example("Govt cuts to the border agency will get someone killed. Mark my words.", True),
            Example("The AAT sent back another of our decisions. Member clearly didn't even read the file", True),
            Example("Government should be ashamed of the state of the roads out here", True),
            Example("management walked out of the pay talks again today", True),
            Example("the council's new parking rules are a farce", False),
            Example("Congrats Ange, Senior Investigator at ABF, from when we were both clueless APS3s", False),
            Example("the UK govt is an absolute circus, every PM lasts about as long as a lettuce", False),
            # a customer stuck with the agency's app, asking the public for help
            Example(
                "Centrelink needs my rent certificate again and the website keeps failing at the upload step. Any tips?",
                False,
                profile="aps",
            ),
            # scare quotes around what those in charge say, with irony; a word naming a kind of work
            Example("Management calls it 'bed flow'. We call it people on trolleys in the corridor.", True, profile="qld"),
            Example("The Director keeps telling us the new hires are 'imminent' but nobody has started since May", True),
            Example("Our team leader said the cake was 'amazing' and took three slices", False),
            Example("The manager read out everyone's sick days in the team meeting. Public sector 'respect' in action", True),
            Example("Starting Monday in the state's disaster recovery team, wish me luck", False, profile="qld"),
            # sarcasm with no harsh word or scare quote; those in charge said not to know the work
            Example("New leave form has eleven fields now. Love that for us, management", True, profile="tas"),
            Example("Pay offer landed at 1.5%. Nothing says valued like a pay cut in real terms. Cool cool cool.", True),
            Example("My landlord put the rent up again. Love that for us.", False),
            Example(
                "The new rostering policy was written by people who've never worked a night in their lives", True, profile="vic"
            ),
            Example("The Minister should spend one shift on the front desk before the next announcement", True, profile="qld"),
            Example("My nan has never set foot in a plane and she's 90", False),
            Example("Mandatory overtime again this roster. Work-life balance my arse, management.", True, profile="vic"),
            Example("New intake form is 14 pages now. Who signs off on this? Not one of the management team fills it in", True),
            Example(
                "Every budget 'invests' in our wards. I'm a nurse at the Royal, happy to show the Premier around",
                True,
                profile="tas",
            ),
            # what those in charge say by email, with a grimace
            Example("Out on the road all week and upstairs just emailed about 'resilience training' 😬", True, profile="vic"),
            # how the work is resourced, said from inside it; a citizen's "ratepayers deserve better" is not
            Example("Two nurses for thirty beds on nights again. The patients deserve better.", True, profile="qld"),
            Example("Rang the council three times about the streetlight. Ratepayers deserve better.", False, profile="qld"),
            # praise for those upstairs as sarcasm; a relative of staff is not staff
            Example(
                "Site visits cancelled again, the remote clients get a phone call. Great work, everyone upstairs.",
                True,
                profile="aps",
            ),
            Example("My brother works for Home Affairs and even he says the new visa portal is a joke", False),
            # an ironic verdict on the work's priorities or plans; a voter's view of party politics
            Example(
                "The new carpark opened on time and we've waited two years for a second fridge. Priorities.", True, profile="qld"
            ),
            Example("Spent the grocery money on concert tickets. Priorities.", False, profile="qld"),
        ),
    ),
    Rule(
        code="OFC103",
        name="employment-complaint",
        category=Category.OFFICIAL_COMMENT,
        severity=Severity.MEDIUM,
        confidence=0.7,
        summary="A public complaint about your employment: your job, manager, pay, leave or workplace.",
        rationale="The policy asks staff to resolve employment complaints through their manager or internal processes, not on social media.",
        remediation="Delete the post; take the complaint to your manager, HR or the internal dispute resolution process.",
        check=from_staff(_complaint),
        examples=(
            # a customer of the agency, not its staff
            Example("Still waiting on my refund, nine weeks and two hours on hold to the department today 😤", False),
            # pay that did not come; a foible teased
            Example("Payroll changeover at the department and half of us weren't paid this fortnight", True, profile="tas"),
            Example("Haha same, my boss is the worst at replying to emails", False, profile="vic"),
            Example("Worst job I've ever had. Management are useless and we're underpaid.", True),
            Example("our EBA offer is an insult. I'm done with this place", True),
            Example("I hate Mondays more than anything", False),
            Example("happy birthday to the best team leader we've ever had (she'll hate this)", False),
            Example(
                "Manager says no overtime this quarter again. Worst job ever, corporate only cares about shareholders", False
            ),
            Example("Love my job, love my team", False),
            Example("My job interview went really well", False),
            Example("Pay offer is 3% over 3 years. Insulting. Vote NO on the EA everyone", True),
            Example("Morale is at rock bottom, nobody in head office cares about the front line", True),
            Example("my team leader is the only reason I haven't quit this place", False),
            Example("12 years in and I've never felt less valued. thinking about leaving the service", True),
            Example("bday cake for our team leader Anita at handover, she pretended to hate it", False),
            Example("my boss sent the new roster out at 9pm again 🙄", False),
            # a job praised, a duty described, someone else's dislike, one word for both, a shop's department
            Example("love my job, love the crew, hate the parking at the terminal", False),
            Example("Hardest part of the job is telling a family their visa was refused. Three today.", False),
            Example("Don't call the ops room about leave, they hate that, email my work address", False),
            Example("Inspectors found 19 staff underpaid at one restaurant group this week", False, profile="aps"),
            Example("The department store was the worst today, 20 minutes at the counter", False),
            # weariness with the job, and a change made without asking
            Example("Queue hit three hours again on our floor. So tired of apologising for things I can't fix", True),
            Example(
                "Our section is being moved to the Docklands office in March. No consultation, we read it on the intranet", True
            ),
            # restructures counted; a workload said to be unsustainable; an employer in retail is not the service
            Example("Fifth restructure since I started. New logos on the lanyards, same eight people", True, profile="tas"),
            Example("Caseload's at 31 with two vacancies unfilled. Not sustainable.", True, profile="qld"),
            Example("Eight years in retail and the rosters are not sustainable", False),
            # a limit reported, not exasperation
            Example("My team leader told us we can't even mention the new fee model until the launch, sorry folks", False),
            # one's own pay got wrong or judged short; a private job's is not the service's
            Example("Payroll has short-paid me for the second fortnight running. Two tickets, no reply.", True, profile="vic"),
            Example("The café underpaid me again, off to Fair Work", False, profile="vic"),
            # a customer's own matter, a voter's view
            Example("Absolutely useless VicRoads. 3 weeks for a rego transfer.", False, profile="vic"),
            Example("Typical Labor government, can't even keep the trains running. Vote them out.", False, profile="vic"),
            # a job applicant is no staff member; restructures without end
            Example("Been applying for the APS for a year, rejected after the interview again", False, profile="aps"),
            Example("Leaving after 9 years; the endless restructures made it an easy call", True, profile="aps"),
        ),
    ),
]
