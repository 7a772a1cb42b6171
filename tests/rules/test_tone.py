"""auditor.rules.tone: the lexicons of the official comment family (voice, sarcasm, out of touch)."""

from __future__ import annotations

from auditor.rules.tone import (
    INSIDE_STORY,
    IRONY_CUE,
    NEVER_DONE_THE_WORK,
    OFFICIAL_VOICE,
    RESTRUCTURE_COUNT,
    ROLE_HERE,
    ROLE_OPENS,
    SAID_BEFORE,
    SARCASM,
    TRY_THE_JOB,
)


def test_a_role_said_plainly_or_a_labelled_view_is_an_official_voice():
    for text in ("Teacher here. The new policy", "Youth Justice staff here - the bail laws", "Public servant at DPC here - the"):
        m = ROLE_HERE.search(text)
        assert m and ROLE_OPENS.search(text, 0, m.start()), text
    for text in (
        "Personal view only: the reforms",
        "Public servant, speaking personally: the rollback",
        "Unpopular opinion from inside DVA: the scheme",
        "Not official, but the model",
        "As a VCAT member I'll just say",
        "I'm the one who has to implement it",
        "I worked on the rollout",
    ):
        assert OFFICIAL_VOICE.search(text), text
    for text in ("Sarah here, anyone know a plumber?", "Happy to be here. New plan", "speaking as a renter"):
        assert OFFICIAL_VOICE.search(text) is None and ROLE_HERE.search(text) is None, text
    m = ROLE_HERE.search("I thanked the lovely nurse here.")
    assert m and ROLE_OPENS.search("I thanked the lovely nurse here.", 0, m.start()) is None  # not opening its sentence


def test_sarcasm_cues_without_a_harsh_word():
    for text in (
        "Cool cool cool.",
        "Love that for us",
        "Love how we're told to report concerns",
        "Nothing says valued employee like a pay freeze",
        "Inspired leadership, truly",
        "Public service, everyone!",
        "VPS values in action",
        "Great work, guys.",
        "Love working for the Qld public service 🙃",
    ):
        assert SARCASM.search(text), text
    assert SARCASM.search("Love my job and the crew") is None
    assert SARCASM.search("Thanks Department for the update") is None  # thanks alone is no sarcasm


def test_those_in_charge_out_of_touch_or_told_to_try_the_job():
    assert NEVER_DONE_THE_WORK.search("written by people who've never set foot in a rural pharmacy")
    assert NEVER_DONE_THE_WORK.search("an SES band who's never processed a visa in their life")
    assert NEVER_DONE_THE_WORK.search("Three layers of managers and not one has touched a patient")
    assert NEVER_DONE_THE_WORK.search("Medicare still hasn't processed a claim") is None  # a customer waiting
    assert TRY_THE_JOB.search("The Health Minister should do one night on 4D")
    assert TRY_THE_JOB.search("should spend one day on the phones")
    assert TRY_THE_JOB.search("Wish the minister would visit the visa office on a Monday")
    assert TRY_THE_JOB.search("We should do a day trip to the coast") is None


def test_an_insider_against_the_line_and_restructures_counted():
    assert INSIDE_STORY.search("Don't believe the media release.")
    assert INSIDE_STORY.search("The department will never say that out loud")
    assert INSIDE_STORY.search("Don't believe the weather app") is None
    for text in ("Another restructure.", "Third restructure at the agency in four years", "Restructure number 3 in 2 years"):
        assert RESTRUCTURE_COUNT.search(text), text
    assert RESTRUCTURE_COUNT.search("We restructured the loan") is None


def test_a_contrast_and_a_boast_frame_a_scare_quote():
    assert IRONY_CUE.search("announce 'record funding' while our office hasn't had a backfill")
    assert SAID_BEFORE.search("Minister on telly spruiking the ")
    assert IRONY_CUE.search("the Secretary said morale is 'a focus'. Mate, we lost 30 contractors")
    assert IRONY_CUE.search("a mate of mine") is None


def test_a_retort_a_rhetorical_question_and_an_invitation_to_see_the_work():
    assert SARCASM.search("Enterprise bargaining my arse.")
    assert SARCASM.search("fell on my arse at work.") is None  # a fall, not a retort
    assert SARCASM.search("Who signs off on this? Nobody on the floor")
    assert TRY_THE_JOB.search("I teach at a public high school, happy to show the Treasurer around")


def test_a_news_reader_and_an_insiders_signs():
    from auditor.rules.tone import INSIDER, NEWS_READER

    assert NEWS_READER.search("Health Minister announced a new hospital today") is not None
    assert NEWS_READER.search("Read the budget summary over coffee") is not None
    assert NEWS_READER.search("the Minister reading the executive summary") is None
    assert INSIDER.search("we're all getting older, the rest of us pay") is None
    for text in ("we were told", "Nurse here, the", "my caseload", "I've worked there"):
        assert INSIDER.search(text) is not None, text


def test_a_customers_side_and_a_verdict_on_resourcing():
    from auditor.rules.tone import CUSTOMER_SIDE, RESOURCING_VERDICT

    for text in (
        "got the refund at last",
        "on hold for an hour",
        "their app logged me out",
        "thinking of starting one",
        "3 weeks for a rego transfer",
        "NDIS planner cut my son's funding in half",
    ):
        assert CUSTOMER_SIDE.search(text) is not None, text
    assert CUSTOMER_SIDE.search("the new case system is down again") is None
    assert CUSTOMER_SIDE.search("cut our kids' funding again") is None
    for text in (
        "The kids on our books deserve better.",
        "Burnie deserves better than this",
        "14 officers. Do the maths.",
        "Stop asking us and start hiring",
    ):
        assert RESOURCING_VERDICT.search(text) is not None, text
    for text in (
        "Ratepayers deserve better.",
        "it deserves better than slogans",
        "retail workers deserve better",
        "Do the maths homework first",
        "they'll do the maths later",
    ):
        assert RESOURCING_VERDICT.search(text) is None, text


def test_patient_side_reads_the_customer_visitor_traveller_and_passenger():
    from auditor.rules.tone import patient_side

    for text in (
        "4 hour wait at the Centrelink in Bankstown today with a toddler. Staff were lovely, the system is not",
        "Got pulled for a secondary search at the airport and the officer was cracking jokes the whole time",
        "Does the V/Line app actually update platform changes? Missed my train twice this month",
        "Is the myGov app down for anyone else? Keeps telling me my code is invalid",
        "Visited my brother today. The officers at the gate were professional but the visit booking system is a joke",
        "Dad's flight lands 6:40, arrivals is chaos so meet at the coffee place",
        "Met some legends at the Ballarat Base Hospital emergency dept today while getting my arm stitched",
        "Detention centre visit on Sat is still on, bring the books for Ali. Visiting hours are 10 till 12",
        # a wait at a named place (the name's whole word), and a staff shortage read off a public sign
        "Sat 2 hours at Maribyrnong waiting to see my cousin and then the visit was called off",
        "Waited 90 minutes outside Kempsey for the gate to open, then no visits today",
        "Medicare office in Belconnen shut at lunch, the notice said staff shortages",
        # the traveller through the checks, the customer in and out, the resident asking for a patrol
        "Brisbane international was packed, an hour to get through customs",
        "Popped into the licence centre at Nerang, in and out in 15 minutes",
        "Hoons again on Bayview Rd, could someone please send a patrol past after 10pm",
        # the patient's wait, the traveller's queue, the customer's ticket, letter and appeal
        "ED wait was 7 hours tonight. Staff doing their best but the system is broken.",
        "Customs line at Melbourne Airport at 6am was 45 mins, the eGates were all down",
        "The Centrelink office at Frankston had a line out the door, took a number and waited an hour",
        "Got a debt letter from Centrelink for $4,200 from 2019. Do I appeal to the ART?",
    ):
        assert patient_side(text), text
    # the staff's own side of the same things
    for text in (
        "Prison visits cancelled at Capricornia today after a drug detection in a visitor's shoe. Third this month.",
        "Heads up: JB's file got pulled for the internal review, don't touch the case notes til Legal clears it",
        "3 flights delayed so we all landed at once. 55 min queue at the line and only 6 booths open",
        # a wait at a place in lower case is the staff's too: "waited 90 mins at the office for a carer placement"
        "Removal today, waited 90 mins at the office for a placement that fell through twice",
    ):
        assert not patient_side(text), text


def test_a_voters_view_of_party_politics():
    from auditor.rules.tone import PARTY_POLITICS

    for text in ("Typical Labor government, can't keep the trains running. Vote them out.", "both major parties are useless"):
        assert PARTY_POLITICS.search(text) is not None, text
    assert PARTY_POLITICS.search("We voted on the roster changes at the team meeting") is None
