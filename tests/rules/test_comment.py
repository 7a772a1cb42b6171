"""auditor.rules.comment: OFC101 official voice, OFC102 harsh criticism, OFC103 employment complaint."""

from __future__ import annotations

from auditor.models import Audience, Item, ItemKind, Platform, Severity
from auditor.rules.comment import OFFICIAL_VOICE, RULES

BY_CODE = {r.code: r for r in RULES}


def _check(code: str, text: str, profile, audience: Audience = Audience.PUBLIC):
    kind = ItemKind.MESSAGE if audience == Audience.PRIVATE else ItemKind.POST
    item = Item(platform=Platform.FACEBOOK, kind=kind, path="t", text=text, audience=audience)
    return list(BY_CODE[code].check(item, profile))


def test_comment_rules():
    assert [r.code for r in RULES] == ["OFC101", "OFC102", "OFC103"]


def test_comment_official_voice(dibp):
    [m] = _check("OFC101", "Speaking on behalf of our department: the new citizenship test is fair", dibp)
    assert m.key == "official-voice" and '"Speaking on behalf of"' in m.why
    assert (m.severity, m.confidence) == (Severity.HIGH, 0.8)
    assert _check("OFC101", "speaking as a renter, the housing crisis is a policy choice", dibp) == []
    assert OFFICIAL_VOICE.search("as someone who works in immigration policy") is not None
    assert OFFICIAL_VOICE.search("speaking as a taxpayer") is None


def test_comment_harsh_criticism(dibp):
    [m] = _check("OFC102", "This government is a pack of corrupt clowns and the Minister should be sacked", dibp)
    assert m.key == "harsh" and 'harsh word "corrupt" aimed at "government"' in m.why
    assert m.severity == Severity.MEDIUM
    assert _check("OFC102", "my landlord is a useless clown", dibp) == []
    assert _check("OFC102", "The umpire tonight was a disgrace, robbed us blind", dibp) == []


def test_comment_employment_complaint(dibp):
    [m] = _check("OFC103", "worst job I've ever had, our EBA offer is an insult", dibp)
    assert m.key == "complaint" and "our EBA" in m.why
    assert _check("OFC103", "the worst pizza I've ever had", dibp) == []
    assert _check("OFC103", "Love my job, love my team", dibp) == []


def test_scare_quotes_from_those_in_charge_are_mockery_only_with_irony(dibp):
    [m] = _check("OFC102", "Management calls it 'flow'. Nine crews stuck at the doors.", dibp)
    assert "scare quotes" in m.why and '"Management"' in m.why
    [m] = _check("OFC102", "EL2 said we're getting new starters 'soon'. He said that in March.", dibp)
    assert '"EL2' in m.why
    assert _check("OFC102", "EL2 said we're getting new starters 'soon'. Exciting.", dibp) == []  # no irony
    assert _check("OFC102", "they said my claim was 'still processing' after 8 weeks, but then it got approved", dibp) == []
    assert _check("OFC102", "my café boss says we're 'a family'. sure, Janet", dibp) == []  # a private job


def test_complaints_that_are_no_gripe_about_the_job(dibp):
    assert _check("OFC103", "i love my job. i hate my commute.", dibp) == []
    assert _check("OFC103", "i hate my job. i love my commute.", dibp) != []
    assert _check("OFC103", "Worst part of the job is telling a family they're going home", dibp) == []
    assert _check("OFC103", "Don't ring the ops centre about my work roster, they hate that", dibp) == []
    assert _check("OFC103", "Inspectors found 27 workers underpaid at one café chain", dibp) == []
    assert _check("OFC103", "The department store had the worst service today", dibp) == []
    assert _check("OFC102", "Excited to join the department's disaster management unit", dibp) == []
    assert _check("OFC102", "The department's new roster is a disaster", dibp) != []


def test_weariness_a_change_without_asking_and_a_mocked_scare_quote(dibp):
    assert _check("OFC103", "14 out sick on our floor. So tired of apologising for what I can't fix", dibp) != []
    assert _check("OFC103", "So tired of apologising to my cat for being late", dibp) == []
    assert _check("OFC103", "Our section is moving to the CBD. No consultation.", dibp) != []
    [m] = _check("OFC102", "The manager read out our sick days. Public sector 'values' in action", dibp)
    assert '"manager"' in m.why
    assert _check("OFC102", "The new cafe's 'values' wall is cute", dibp) == []


def _fires(code: str, text: str, name: str) -> bool:
    from auditor.config import load_profile

    return bool(_check(code, text, load_profile(name)))


def test_an_official_voice_from_a_role_said_plainly_on_any_policy_word():
    assert _fires("OFC101", "Firey here. Splitting the service was a mess of a restructure", "qld")
    assert _fires("OFC101", "As a CSIRO scientist I'm probably not supposed to say this but the cuts were political", "aps")
    assert not _fires("OFC101", "Excited to share I've joined the department as a Senior Planner on the program", "vic")
    [m] = _check(
        "OFC101",
        "Our unit's been short all year. Don't believe the media release.",
        __import__("auditor.config").config.load_profile("vic"),
    )
    assert "contradicts the official line" in m.why
    assert not _fires("OFC101", "Don't believe the media release about the new phone, it's a brick", "vic")  # no insider


def test_sarcasm_and_out_of_touch_need_a_work_target_and_no_private_life():
    assert _fires("OFC102", "Another 'efficiency' memo from management. Love that for us.", "vic")
    assert _fires("OFC102", "Minister on telly spruiking the 'streamlined' process while it keeps crashing", "aps")
    assert not _fires("OFC102", "Rant: my landlord's restructure of the rent is 15% up. Cool cool cool.", "vic")
    assert not _fires("OFC102", "Myki logged me out and ate my top-up. Love this for us.", "vic")
    assert _fires("OFC102", "The vaping reforms were written by people who've never set foot in a rural pharmacy", "aps")
    assert not _fires("OFC102", "Nan has never set foot on a plane", "aps")


def test_a_restructure_counted_or_a_workload_called_unsustainable_is_a_complaint():
    assert _fires("OFC103", "Another restructure. Third in four years.", "dibp")
    assert _fires("OFC103", "Team's gone from 14 to 8, no backfill. Not sustainable.", "aps")
    assert not _fires("OFC103", "11 years in hospitality and the rostering is unsustainable", "dibp")


def test_a_reader_of_the_news_is_no_insider():
    from auditor.rules.comment import news_reader

    for text in (
        "Saw the Treasurer's press conference on the new tax offsets. Wonder what it'll mean for the rest of us",
        "Minister announced a new fuel excise on the news tonight, wonder how that'll play out",
        "Read the article on the new detention centre budget. As a ratepayer I'd like to see the costings.",
        "Reading about the census results. Apparently we're all getting older.",
    ):
        assert news_reader(text), text
    for text in (
        "Teacher here. The new literacy block was announced in the media before schools were even told.",
        "Saw the Minister's presser on the new rules. We process these and nobody asked us.",
        "Police Minister announces 'record numbers' and half the stations I've worked at run one member on",
        "The new visa rules will fix nothing, anyone who thinks so has never processed one",  # no news read
        "the problem is the Minister reading the executive summary and nothing else",  # the Minister reads, not the writer
    ):
        assert not news_reader(text), text


def test_the_learned_official_comment_rule_skips_a_reader_of_the_news(dibp):
    from auditor.rules.comment import outside_views
    from auditor.rules.learned import RULES as LEARNED
    from auditor.rules.learned import load_model, threshold
    from auditor.rules.linear import linear_probability

    ofc104 = next(r for r in LEARNED if r.code == "OFC104")
    text = "Saw the Treasurer's press conference on the new tax offsets. Wonder what it'll mean for the rest of us"
    model = load_model("dibp")
    assert linear_probability(text, model, "official_comment", dibp) >= threshold(model, "official_comment")  # the model fires
    item = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text=text, audience=Audience.PUBLIC)
    assert list(ofc104.check(item, dibp)) == []
    # the gate passes on everything else the check yields, and reads the text only when it yields
    fired = outside_views(lambda item, profile: iter(["m"]))
    assert list(fired(Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text="We were told again."), dibp)) == ["m"]
    assert list(fired(item, dibp)) == []


def test_what_those_in_charge_say_by_email_in_scare_quotes(dibp):
    [m] = _check("OFC102", "When the Secretary's all-staff email says 'exciting times ahead' 😬 #publicservice", dibp)
    assert m.why == '"\'exciting times ahead\'" in scare quotes, aimed at "Secretary"'
    [m] = _check("OFC102", 'at the checkpoint, 38 degrees, and head office just emailed about "wellbeing week" 🥵', dibp)
    assert m.why.endswith('aimed at "head office"')
    assert _check("OFC102", "My sister emailed about 'the big day' 😬", dibp) == []


def test_cant_even_before_a_verb_is_a_limit_not_a_complaint(dibp):
    assert _check("OFC103", "my team leader told us we can't even mention the new model until launch", dibp) == []
    [m] = _check("OFC103", "my team leader moved the deadline again. I can't even.", dibp)
    assert '"can\'t even" about "team leader"' in m.why


def test_a_customer_asking_the_public_for_help_is_no_verdict():
    from auditor.config import load_profile

    aps = load_profile("aps")
    text = "Centrelink needs my rent certificate again and the website keeps failing at the upload step"
    assert _check("OFC102", text, aps)  # a verdict, read alone
    assert _check("OFC102", text + ". Any tips?", aps) == []
    assert _check("OFC102", text + ". Has anyone else had this?", aps) == []


def test_a_customer_of_the_agency_is_no_staff_member(dibp):
    from auditor.rules.comment import customer_side, from_staff, outside_views

    for text in (
        "Finally got the refund for the double rego payment. Only took six weeks and three phone calls 🙃",
        "What's the go with the health department's new rules for food vans? Thinking of starting one",
        "Still waiting on my refund, nine weeks and two hours on hold to the department today 😤",
    ):
        assert customer_side(text), text
    for text in (
        "We process the refunds and the backlog is nine weeks. Nobody asked us.",  # the work's "we"
        "The robodebt clean-up is a PR job and I say that as someone who processes the refunds",  # a voice from inside
        "Management wants every call under six minutes now",  # no customer's side
        "Rang the employee assistance line after my third week of doubles. On hold 40 minutes. Very on brand for this employer.",
    ):
        assert not customer_side(text), text
    customer = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text="The refund took six weeks 🙃")
    staff = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text="We were told again.")
    for gate in (from_staff, outside_views):
        fired = gate(lambda item, profile: iter(["m"]))
        assert list(fired(customer, dibp)) == [] and list(fired(staff, dibp)) == ["m"]
    assert _check("OFC103", "Still waiting on my refund, nine weeks and two hours on hold to the department today 😤", dibp) == []
    assert _check("OFC103", "Still waiting on the new roster, nine weeks now, the department is a nightmare", dibp) != []


def test_how_the_work_is_resourced_said_from_inside(dibp):
    [m] = _check("OFC102", "Our unit is down to three case officers for 600 files. Do the maths.", dibp)
    assert m.why == 'says the work is not resourced as it should be ("Do the maths")'
    assert _fires("OFC102", "Two nurses for thirty beds on nights again. The patients deserve better.", "qld")
    assert not _fires("OFC102", "Rang the council three times about the streetlight. Ratepayers deserve better.", "qld")
    assert not _fires("OFC102", "Two baristas for the whole Saturday rush at the cafe. Customers deserve better.", "qld")
    assert not _fires("OFC102", "The kids deserve better than that referee tonight", "qld")  # no sign of the writer's work


def test_a_relative_of_staff_a_foible_and_the_writers_field_are_no_comment(dibp):
    from auditor.rules.comment import relative_view

    assert relative_view("My brother works for Home Affairs and even he says the new visa portal is a joke")
    assert not relative_view("My brother works for Home Affairs and so do I, and our portal is a joke")  # the writer too
    assert not _fires("OFC102", "My brother works for Home Affairs and even he says the new visa portal is a joke", "dibp")
    assert not _fires("OFC103", "Haha same, my boss is the worst at replying to emails", "vic")
    assert _fires("OFC103", "My boss is the worst. Moved my leave again", "vic")
    assert not _fires("OFC101", "Telling people I work in border protection and watching them picture the TV show", "dibp")
    assert _fires("OFC101", "I work in visas and honestly the system is broken", "dibp")  # a later topic still counts


def test_unpaid_pay_praise_for_those_upstairs_and_a_slogan_seen_from_inside():
    from auditor.config import load_profile

    assert _fires("OFC103", "Payroll changeover at the department and half of us weren't paid this fortnight", "tas")
    [m] = _check(
        "OFC102",
        "Visits cancelled again. Great work, everyone upstairs.",
        load_profile("aps"),
    )
    assert 'sarcasm ("Great work, everyone upstairs.")' in m.why
    assert _fires("OFC101", "No beds free again. This is what 'tough on crime' looks like from the inside.", "qld")
    assert not _fires("OFC101", "This is what paradise looks like on the ground floor of the new unit", "qld")


def test_the_public_met_by_the_agency_and_a_voters_view_are_no_staff_members():
    from auditor.config import load_profile
    from auditor.rules.comment import outside_views, public_contact, voter_view

    aps = load_profile("aps")
    for text in (
        "The tax office rang me about my return again. Told the man on the phone I'm still between jobs",
        "Rang the 1800 payments line for the third time and they still couldn't say when",
        "Did anyone else get a letter from the Department saying their licence lapsed in 2019?",
        "The caseworker who came out to Mum's place was lovely, honestly",
    ):
        assert public_contact(text), text
    assert voter_view("The whole detention policy is a disgrace and both major parties should be ashamed")
    assert voter_view("Both sides are hopeless on housing, who voted for this?")
    # the work's "we", being told, a team's line: still inside
    for text in (
        "Rang the duty line at 2am and we were told to sit tight",
        "Our manager rang me about the roster again, third time on my day off",
    ):
        assert not public_contact(text), text
    assert not voter_view("Both sides have gutted our funding for a decade")
    fired = outside_views(lambda item, profile: iter(["m"]))
    caller = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text="Called the 1300 line twice, nobody could help")
    assert list(fired(caller, aps)) == []
    voter = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text="Both sides are hopeless, who voted for this?")
    assert list(fired(voter, aps)) == []
    # the word-list rules still read a harsh word at one's own minister, whoever the writer speaks as
    assert _check("OFC102", "The Minister is a disgrace and both major parties should be ashamed", aps) != []


def test_an_organisation_never_tuned_on_works_from_the_generic_machinery(tmp_path):
    """An invented Commonwealth agency with nothing but its names: the ironic verdict, the public met
    by the agency, a voter's view, a work pass in use and a uniform's kit all read the same."""
    from auditor.config import load_profile
    from auditor.rules.attire import RULES as ATTIRE
    from auditor.rules.comment import outside_views

    f = tmp_path / "nsr.toml"
    f.write_text(
        '[profile]\nextends = "_base"\nname = "nsr"\ntitle = "National Seed Registry (invented)"\n'
        '[organisation]\nnames = ["National Seed Registry"]\nacronyms = ["NSR"]\n',
        encoding="utf-8",
    )
    nsr = load_profile(str(f))

    def post(text: str) -> Item:
        return Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text=text, audience=Audience.PUBLIC)

    [m] = _check("OFC102", "Remember when the NSR actually funded the field labs? Two seed banks closed this year.", nsr)
    assert m.why == 'sarcasm ("Remember when the NSR actually") about "NSR"'
    assert _check("OFC102", "Closed the Dubbo seed bank and we now post samples to Canberra. Priorities.", nsr)
    fired = outside_views(lambda item, profile: iter(["m"]))
    assert list(fired(post("Both sides are hopeless on biosecurity, who voted for this?"), nsr)) == []
    assert list(fired(post("The National Seed Registry rang me about my permit again"), nsr)) == []
    assert list(fired(post("We were told to stop answering the permit line"), nsr)) == ["m"]
    uni101 = ATTIRE[0]
    [m] = uni101.check(post("Pass won't scan at the NSR lab door again, can someone swipe me in"), nsr)
    assert "department term" in m.why
    [m] = uni101.check(post("Greens on, badge on, gloves in the pocket. Seed audit week"), nsr)
    assert m.why == 'work kit laid out or put on ("Greens on, badge on, gloves")'
    # the twelfth round's kinds: the organisation labelled by its habit, a pass at the door, work wear
    # the public took for staff
    [m] = _check("OFC102", "Seed audit moved a third time this month. Peak NSR.", nsr)
    assert m.why == 'sarcasm ("Peak NSR") about "NSR"'
    [m] = uni101.check(post("forgot my pass again, security had to sign me in at the lab"), nsr)
    assert "a work pass in use" in m.why
    [m] = uni101.check(post("Wore my lanyard into the bakery and got asked about seed permits"), nsr)
    assert "that the public took for staff wear" in m.why
    # the thirteenth round's kinds: a scheme of those in charge in scare quotes, money or a show for them
    # set against the work, years of service told by the work wear
    [m] = _check("OFC102", "Another 'seed futures roadmap' from the NSR. Our lab still has one working freezer.", nsr)
    assert m.why == '"\'seed futures roadmap\'" in scare quotes, aimed at "NSR"'
    [m] = _check("OFC102", "The NSR found money for consultants again while our field team is two botanists short", nsr)
    assert m.why.startswith('sets "NSR" and its "consultants"')
    [m] = uni101.check(post("Twelve years in the khakis at the seed vault, retiring Friday"), nsr)
    assert m.why == 'uniform term "Twelve years in the khakis" with a term specific to work uniforms'


def test_ones_own_pay_got_wrong_or_judged_short_is_an_employment_complaint():
    from auditor.config import load_profile

    vic, aps = load_profile("vic"), load_profile("aps")
    for text in (
        "Payroll has short-paid me for the second fortnight running. Two tickets, no reply.",
        "Nine years in and never once been paid correctly, and the helpdesk has stopped replying",
        "The new offer is a real wage cut once rent is counted. Thanks for that.",
        "Pays you peanuts to get yelled at on the phones all day",
    ):
        [m] = _check("OFC103", text, vic)
        assert m.why.startswith("complaint about their own pay"), text
    # a private business paying the writer; someone else's pay rise
    assert _check("OFC103", "The café underpaid me again, off to Fair Work", vic) == []
    assert _check("OFC103", "Got my pay rise today, very happy", aps) == []


def test_more_of_the_publics_side_endless_restructures_and_a_dare_to_look():
    from auditor.config import load_profile
    from auditor.rules.comment import customer_side, public_contact, voter_view

    qld, aps = load_profile("qld"), load_profile("aps")
    # a voter, a member of the public by their own role, a job applicant
    assert voter_view("Not the council cutting the library hours again. Who votes for these people")
    assert voter_view("Politicians are all the same, not one of them has run a budget")
    assert public_contact("The new fee rules scare me, as an international student I can't plan a thing")
    assert customer_side("Been applying for the APS for a year and got rejected after the interview again")
    assert not customer_side("Our team's been applying for the APS grad intake rules for years")  # the work's "our"
    assert _check("OFC103", "Been applying for the public service for a year, rejected after the interview again", aps) == []
    # restructures without end, said by staff leaving
    [m] = _check("OFC103", "Leaving after 9 years; the endless restructures made it an easy call", aps)
    assert m.why == 'complaint about restructures ("endless restructures")'
    # a dare to those in charge to look
    [m] = _check("OFC102", "If anyone from the Minister's office actually wants to see a night shift on our unit, come in", qld)
    assert m.why.startswith('sarcasm ("If anyone from the Minister\'s office actually wants")')


def test_praise_ones_own_news_and_the_ballot_are_no_learned_comment():
    from auditor.config import load_profile
    from auditor.rules.comment import outside_views

    vic, tas, dibp = load_profile("vic"), load_profile("tas"), load_profile("dibp")
    fired = outside_views(lambda item, profile: iter(["m"]))

    def post(text: str) -> Item:
        return Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text=text, audience=Audience.PUBLIC)

    assert list(fired(post("Congratulations to our Deputy Secretary on her retirement after a long career"), vic)) == []
    assert list(fired(post("Thrilled to share I've accepted a role as Director, Visa Integrity in Canberra"), dibp)) == []
    assert list(fired(post("Buses every 40 min on a Saturday, it's a disgrace. Vote accordingly."), tas)) == []
    assert list(fired(post("My uncle waited 4 yrs for a visa. Whoever wins the next election needs to fix it"), dibp)) == []
    # irony or a complaint in the congratulation, or the ballot from inside, is still read
    assert list(fired(post("Congrats to our new Deputy Secretary... the fourth in three years."), tas)) == ["m"]
    assert list(fired(post("Congrats team, another restructure and we still have no desks"), vic)) == ["m"]
    assert list(fired(post("We're down to 4 nurses on nights for 28 beds. Please vote accordingly."), vic)) == ["m"]


def test_a_writer_who_says_they_are_no_staff_gives_no_official_comment():
    from auditor.rules.comment import not_staff

    for text in (
        "I think the government's refugee policy is cruel. Not a public servant, just a mum who reads the news.",
        "The government's new housing policy is a joke, but what would I know, I'm just a plumber",
        "This government's housing policy is a mess, as a renter I'm furious",
        "Raise JobSeeker. I don't work anywhere near it, I just can't see how anyone lives on it.",
    ):
        assert not_staff(text), text
        assert not any(_fires(code, text, "aps") for code in ("OFC101", "OFC102", "OFC103")), text
    assert not not_staff("Just a nurse doing nights, and the ward is a disgrace")  # a nurse is staff in the states
    assert _fires("OFC102", "The Minister's new visa policy is a disgrace and the department knows it", "dibp")


def test_a_patient_or_a_visitor_in_the_waiting_room_is_the_customer():
    from auditor.rules.comment import customer_side

    assert customer_side("Sat in ED for 7 hours with my son last night. Nurses were run off their feet, not their fault.")
    assert customer_side("Gov should just pay nurses more. Signed, a patient who's seen how hard they work")
    assert customer_side("Waited 9 hours in emergency with my son last night. The system is broken.")
    assert not customer_side("We had 9 patients waiting in ED for 6 hours and our NUM says it's fine")


def test_a_book_or_a_game_gives_no_official_comment():
    from auditor.rules.comment import not_staff

    assert not_staff("The health department in my SimCity save is permanently underfunded. Relatable.")
    assert not_staff("the detective in this book has the worst caseload I've ever read")
    assert not not_staff("the detective on my team has the worst caseload in the unit")


def test_a_private_jobs_own_complaint_or_view_is_no_official_comment():
    from auditor.config import load_profile
    from auditor.models import Item, ItemKind, Platform
    from auditor.rules.comment import RULES, private_only

    qld = load_profile("qld")

    def codes(text: str) -> set[str]:
        item = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="x", text=text)
        return {r.code for r in RULES if any(True for _ in r.check(item, qld))}

    assert not codes("nurse at a private here, we're on 1:7 tonight and the manager says that's 'within policy'.")
    assert not codes("I drive the buses for council and the new timetable is a disaster, management never listen")
    assert private_only("UK nurse here, the NHS pay offer is a joke too", qld)
    # the organisation named, or a private job on the side of the work the view is about
    assert not private_only("Left Queensland Health for a private hospital and the pay is a joke", qld)
    assert not private_only("Teacher aide pay is a joke. I earn more in my weekend job at the bakery", qld)


def test_a_patient_or_a_visitor_seeing_staff_flat_out_is_no_insider():
    from auditor.rules.comment import customer_side
    from auditor.rules.tone import patient_side

    assert patient_side("Took Nan to emergency with a broken wrist. 6 hr wait, staff run off their feet")
    assert patient_side("Sat with dad in the Box Hill ED for 5 hours. Staff were amazing")
    assert customer_side("Waited 5 hours in the RBWH emergency with a kidney stone. Staff were flat out")
    # staff of its own, or the work's "we"
    assert not patient_side("Sat with a patient's mum in ED for 2 hours, we're 3 nurses down")
    assert not customer_side("on hold with the uni all day confirming enrolments for 40 of our cases")
