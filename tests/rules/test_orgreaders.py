"""auditor.rules.orgreaders: the organisation named from its public's side, not as an employer."""

from __future__ import annotations

import pytest

from auditor.rules.orgreaders import public_side


def _at(text: str, name: str, key: str = "names") -> bool:
    start = text.index(name)
    return public_side(text, key, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Honestly the Medicare website redesign is fine", "Medicare"),
        ("the Bureau of Meteorology's new website is slow", "Bureau"),
        ("CSIRO says sea levels rose 4mm again this year", "CSIRO"),
        ("When the Bureau says 'light showers' and it buckets down", "Bureau"),
        ("Reading about the ABS labour force figures over brekkie", "ABS"),
        ("Does Medicare cover a second opinion? Asking for my mum", "Medicare"),
        ("Centrelink chasing me for more paperwork again", "Centrelink"),
        ("Week 9 waiting on my partner visa. Home Affairs please, we miss each other", "Home Affairs"),
        ("Heads up Medicare users: the claim form moved online", "Medicare"),
        ("Thanks to the nurses at Launceston General Hospital for looking after Nan", "Launceston General Hospital"),
        ("Saw the Border Force ads at the footy, might consider applying", "Border Force"),
        ("Rang Medicare to change my address, took five minutes", "Medicare"),
        ("Mum can you ring Centrelink for me about the letter", "Centrelink"),
        ("Called the Tenancy Tribunal and they said ten weeks", "Tenancy Tribunal"),
        ("Pop's pension finally got sorted, thank you whoever answered at Centrelink", "Centrelink"),
        ("Finally got my back pay after the FWO stepped in", "FWO"),
        ("Took the kids to the CSIRO open day", "CSIRO"),
        # the customer's own worker, one who came out, a case come back, a relative there as a patient
        ("My NDIA planner has been brilliant this year", "NDIA"),
        ("The Child Safety worker who came out was patient with the kids", "Child Safety worker"),
        ("Our partner visa grant finally came through from Home Affairs!!", "Home Affairs"),
        ("My dad was at the RHH for two nights, the food was grim", "RHH"),
    ],
)
def test_public_side_reads_the_agency_seen_from_outside(text, name):
    assert _at(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the writer's own work there cancels every reading
        ("I work at Medicare and the website redesign broke our intake", "Medicare"),
        # staff speaking of the customers they serve
        ("Some of the Centrelink customers I spoke to today were in tears", "Centrelink"),
        # ads named without a thought of joining; a budget's forecasts as a noun ("today's" is no quote)
        ("the ABF recruitment ads on the radio are everywhere", "ABF"),
        ("The Treasury forecasts in today's budget are a fairytale", "Treasury"),
        # a relative or friend is no customer
        ("My housemate works at the Bureau and says the cluster crashed twice", "Bureau"),
        ("Seriously Home Affairs, the new office fitout is lovely", "Home Affairs"),
        # a call made at work about a client's file
        ("Rang Medicare about the client's file, we sorted it", "Medicare"),
        # staff: one's own team's workers, a shift at the site, a memo from head office
        ("Our Child Safety team is down four caseworkers", "Child Safety"),
        ("I was at the RHH for a double, ED was chaos", "RHH"),
        ("got a memo from Home Affairs HR about the new rosters", "Home Affairs"),
    ],
)
def test_public_side_leaves_staff_and_plain_mentions(text, name):
    assert not _at(text, name)


def test_public_side_never_drops_a_domain_or_a_role_held_by_the_writer():
    text = "Does Medicare cover it? email j.smith@health.gov.au"
    assert not public_side(text, "domains", 0, 0)
    assert not public_side("CSIRO says 4mm", "roles", 0, 5)
    assert not public_side("I'm an NDIS planner and my caseload is 140", "roles", 7, 19)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # on the phone queue, a case come through, a customer's question, a show on a streaming service
        ("Forty minutes on hold with Services Australia and the music cut out", "Services Australia"),
        ("finally got through to the Tax Office after lunch", "Tax Office"),
        ("Citizenship finally approved after 19 months!! Thanks Home Affairs", "Home Affairs"),
        ("Is it normal for the ABF to hold a parcel for three weeks?", "ABF"),
        ("Medicare: The Inside Story on iview was actually good", "Medicare"),
    ],
)
def test_public_side_reads_the_queue_the_case_the_question_and_the_show(text, name):
    assert _at(text, name)


def test_public_side_reads_a_relatives_own_worker_by_a_role():
    text = "My daughter's NDIS planner rang back the same day, legend"
    start = text.index("NDIS planner")
    assert public_side(text, "roles", start, start + len("NDIS planner"))
    # staff naming the visa they granted keep the name: "for" a client
    assert not _at("Visa granted today for a family I've worked with for a year, proud of Home Affairs", "Home Affairs")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Youth Justice finally rang back about my nephew, only took three weeks", "Youth Justice"),
        ("The Bureau rang me for the rainfall survey again", "Bureau"),
        ("Fair Work Ombudsman emailed us the outcome today", "Fair Work Ombudsman"),
        ("Border Force called my uncle in for a chat at the airport", "Border Force"),
    ],
)
def test_public_side_reads_the_agency_reaching_the_writer_or_their_family(text, name):
    i = text.index(name)
    assert public_side(text, "names", i, i + len(name))


def test_the_agency_reaching_out_is_no_public_side_past_the_writers_own_work():
    text = "Child Safety rang me about the roster, my team is two short again"
    i = text.index("Child Safety")
    assert not public_side(text, "names", i, i + len("Child Safety"))
    text = "Child Safety rang the school about the case conference"
    assert not public_side(text, "names", 0, len("Child Safety"))


def test_its_research_its_warnings_a_fine_a_rebate_and_its_buses_are_the_publics_side():
    assert _at("New CSIRO study says we should all eat more legumes", "CSIRO")
    assert _at("Cyclone warnings from the Bureau have everyone panic buying bread", "Bureau", "capitalised")
    assert _at("According to AFP, the French president will attend", "AFP", "acronyms")
    assert _at("I just got a fine in the mail from TMR for 2km over", "TMR", "acronyms")
    assert _at("Our physio clinic now bulk bills under Medicare, yay", "Medicare")
    assert _at("Queensland Health text reminded me about my flu shot", "Queensland Health")
    assert _at("Child Support still hasn't sorted my ex's payments. 5 months now.", "Child Support")
    assert _at("Qld Rail trains late again, I'm going to be fired", "Qld Rail")
    # the writer's own: their team's report, their own pay as staff
    assert not _at("Proud of our CSIRO study says the minister's office", "CSIRO")
    assert not _at("the Department of Education STILL hasn't fixed my CRT pay after 7 weeks", "Department of Education")


def test_a_thing_with_the_name_a_costume_and_another_countrys_agency_are_no_employer():
    from auditor.rules.orgreaders import abroad

    def away(text: str, name: str) -> bool:
        s = text.index(name)
        return abroad(text, s, s + len(name))

    assert _at("Took the kids to the Tasmania Police Museum in the holidays", "Tasmania Police")
    assert _at("Bought the nephews CSIRO chemistry kits, regret nothing", "CSIRO")
    assert _at("installing child safety latches on every drawer this weekend", "child safety", "units")
    assert _at("Going as a Border Force officer for the work Halloween party lol", "Border Force")
    # the uniform is the staff's own: no thing named
    assert not _at("First week in the full ABF kit, boots still stiff", "ABF", "acronyms")
    assert away("NZ Police pulled me over on the Desert Road, very polite", "Police")
    assert away("US Customs and Border Protection took my apple at LAX", "Customs and Border Protection")
    assert away("I'm a paramedic too, but over in the UK, same ramping", "paramedic")
    assert not away("Queensland Police Service recruiting in Cairns", "Queensland Police Service")


def test_a_denial_a_definition_a_client_and_a_wire_are_no_employer():
    assert _at("Nurse here (not THS, I work for an agency), same chaos", "THS", "acronyms")
    assert _at("DHS = Dads Hate Sleep, a thread", "DHS", "acronyms")
    assert _at("APS-C sensor or full frame?", "APS", "acronyms")
    assert _at("My nan has been on Centrelink since the 90s", "Centrelink")
    assert _at("got the AFP police check back in 2 days", "AFP", "acronyms")
    assert _at("grabbed the Home Affairs form for my mum's visa", "Home Affairs")
    assert _at("Service Tas renewal done online in 3 mins, who are you", "Service Tas")
    assert _at("Metro Tas to Kingston cancelled again", "Metro Tas")
    assert _at("Thanks SES volunteers, legends", "SES", "acronyms")
    assert _at("AFP photographer caught the whole thing", "AFP", "acronyms")
    # staff on its phones, its crew, its side
    assert not _at("I'm on Centrelink phones all week, pray for me", "Centrelink")
    assert not _at("he's been on the TMR traffic crew for 20 years", "TMR", "acronyms")
    assert not _at("As someone who's been on the Medicare side for 9 yrs", "Medicare")


def test_the_writer_as_the_agencys_customer_acted_on_or_holding_its_plates():
    assert _at("Centrelink are the worst. 3 hrs on hold and they hung up on me", "Centrelink")
    assert _at("Got pinged by a PSO at Flinders St for not tapping my myki", "PSO", "acronyms")
    assert _at("Brand new VicRoads plates on the old Commodore", "VicRoads")
    assert _at("Daughter got her P's at VicRoads in Dandenong today", "VicRoads")
    assert _at("Why is Service Tasmania closed on Saturdays?", "Service Tasmania")
    assert _at("don't bother ringing Policelink for a stolen bike", "Policelink", "units")
    from auditor.rules.orgreaders import abroad

    t = "Correctional officer in Ontario here, our staffing is garbage too"
    assert abroad(t, 0, len("Correctional officer"))
    # staff on its phones, a job seeker already there
    assert not _at("I'm on the Centrelink phones and 3 hrs on hold is normal for our callers", "Centrelink")
    assert not _at("I'm currently an APS5 at Home Affairs and thinking of applying for Defence", "Home Affairs")


def test_a_news_agency_by_its_photo_its_report_or_via():
    for text in (
        "That AFP photo from the floods in Spain is haunting",
        "via AFP: the French PM survives the vote",
        "AFP reporting a coup in the capital",
    ):
        assert _at(text, "AFP", "acronyms"), text
    # a name's photo is the organisation's, an acronym's is the agency's
    assert not _at("the most Home Affairs photo ever: lanyard, laptop, sad sandwich", "Home Affairs")
