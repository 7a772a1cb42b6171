"""auditor.rules.opsclients: an agency's client work told in plain words, for OPS103."""

from __future__ import annotations

import pytest

from auditor.rules.opsclients import client_work, first_hand


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Board says 2,100 callers waiting and we're at 41% grade of service", "service figures or targets"),
        ("they've put call targets up to 14 an hour again", "service figures or targets"),
        ("we now get 40 minutes per plan review, it used to be 90", "service figures or targets"),
        ("told to close complaints without ringing anyone back before estimates", "service figures or targets"),
        ("The referral went to the prosecutors this morning after two years", "compliance or fraud work"),
        ("the fraud team found one provider billing 3 clinics at once", "compliance or fraud work"),
        ("14 workers underpaid at one bakery chain and it's only Tuesday", "compliance or fraud work"),
        ("just finished a 5-week audit of a labour hire firm", "compliance or fraud work"),
        ("compliance letters are going out to 12,000 landlords next week", "letters sent in a batch"),
        ("Three caseworkers for 140 families across our whole region", "staff to clients in figures"),
        ("5 staff, 19 young people and a lockdown at 4pm", "staff to clients in figures"),
        ("I carry 31 cases now and the cap is meant to be 15", "staff to clients in figures"),
        ("Restructure done: my section of 12 is now 7", "staff short or in figures"),
        ("who's telling the Minister about the 5 vacancies in our unit", "staff short or in figures"),
        ("we're doing the spring checks with half the inspectors we had in 2019", "staff short or in figures"),
        ("4 classes have no permanent teacher this term", "staff short or in figures"),
        ("Got through 14 jobs in a 10 hr shift, feet are gone", "volume of work"),
        ("Made it through the 60-call day", "volume of work"),
        ("applications are backed up 7 months now", "volume of work"),
        ("we were measured on AHT and nothing else", "service figures or targets"),
        ("Spent the week auditing 45 employer files, found 12 underpayments", "compliance or fraud work"),
        ("about 400 claim files are being audited from Monday", "compliance or fraud work"),
        ("the floor has 90 staff and 31 working desks", "staff short or in figures"),
        ("Kim's off to Cairns so we're down to 2 on the intake team", "staff short or in figures"),
        ("5 resignations in our unit since Easter and a morning tea about it", "staff short or in figures"),
        # the work done in figures in a stretch of time, a care ratio by its figure, a few staff doing more's work
        ("Issued 64 infringement notices on the highway before lunch", "volume of work"),
        ("1,400 returns processed this week and the queue is still growing", "volume of work"),
        ("Kept the clinic open till 9, 31 patients triaged since 7", "volume of work"),
        ("Mercy ran out of beds, our unit sat at 1:7 all night", "staff to clients in figures"),
        ("2 of us doing the work of five since the freeze", "staff short or in figures"),
        ("2 inspectors covering the whole north west region this month", "staff short or in figures"),
        ("Finished 19 assessments in 6 hours, brain is toast", "volume of work"),
        ("the pop-up team is doing 150+ claims a day out of the library", "service figures or targets"),
        ("the handle time target is 8 min now, down from 11", "service figures or targets"),
        ("average wait on our line this morning was 52 minutes", "service figures or targets"),
        ("our unit of 5 does the work of 11 and gets told to be grateful", "staff short or in figures"),
        ("Clocked 88 calls today and my voice is gone", "volume of work"),
        ("312 people through the gates before lunch, no water break", "volume of work"),
        ("11 non-compliances before morning tea at the first site", "volume of work"),
        ("12 code greys before 2pm, send coffee", "volume of work"),
        ("heads up, 11k letters went out overnight with the old rate", "letters sent in a batch"),
        ("Did the count at 6, 187 on the muster", "volume of work"),
        # a Commonwealth agency's desk work: debts raised, objections reviewed, letters by the thousand
        ("we raised 40 debts yesterday off the new data match", "volume of work"),
        ("Reviewed 16 objections this morning, allowed two", "volume of work"),
        ("the levy team sent out 8,000 letters this morning, brace for the calls", "letters sent in a batch"),
        # a child taken into care, told by the worker who did it
        ("Placed two siblings into emergency care at 3am, home now and can't sleep", "a child taken into care"),
        ("Told a dad this morning his kids were going into care. Brutal day", "a child taken into care"),
    ],
)
def test_client_work_in_plain_words(text, kind):
    hit = client_work(text)
    assert hit is not None and hit[1] == kind, (text, hit)


@pytest.mark.parametrize(
    "text",
    [
        # the customer's side of the same work
        "I got a debt letter this morning, apparently the debt letters go out every Monday",
        "The bank's fraud team flagged my card again, I only bought a coffee in Perth",
        "on hold with 3,000 callers in the queue apparently, love it",
        # numbers and people that are no staff against clients
        "One coach for 20 kids at soccer today, send help",
        "One bottle of wine for 6 people, we were robbed",
        "we have 27 kids in the class this year",
        # a customer's own case, an audit of one's tax
        "My claim is one of 40,000 waiting, they said",
        "Booked the dog in for 2 reviews a day, vet's orders",
        "Our book club of 12 is now 7 since the move",
        "half the guests we had last year, still a great party",
        "Did 3 jobs in a 2 hour window, house is spotless",
        "We've got 4 chairs for 6 people at Christmas lunch",
        "down to 2 on the waitlist for the puppy",
        "I audited 3 of my old tax returns for fun",
        # figures of one's own life, not the work's: photos, job applications, a verse, a time
        "Processed 2000 holiday photos today, my hard drive is crying",
        "did 20 job applications this week, nothing back yet",
        "Read John 1:9 at church today, beautiful service",
        "Our ward of the state hearing moved to 1:30 tomorrow",
        "the same 4 songs on repeat doing my head in",
        "Clocked 10,000 steps before lunch today",
        "3 kids through the door before 8am, coffee please",
        "our book club of 6 does the reading of 2 people",
        "Sent 300 letters to Santa with the kids' class today",
        "Raised 14 debts with my mates over the years lol",
        # an old relative into aged care, a child to daycare
        "We took Nan into care last month and she hates the food",
        "Took the kids to daycare then straight to work",
    ],
)
def test_not_client_work(text):
    assert client_work(text) is None, text


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Booked 46 drivers in 3 hours at the roadworks. 46!", True),
        ("Hi-vis off 🦺 Did 120 claims at the pop-up today", True),
        ("Police booked 46 drivers in 3 hours on the highway", False),
        ("1,400 returns processed this week", False),
        ("Hard hat on 👷 4 defects before smoko at the bridge", True),
    ],
)
def test_first_hand_is_the_verb_first(text, told):
    hit = client_work(text)
    assert hit is not None and first_hand(text, hit[0]) is told, (text, hit)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # one kind of event with the stretch of the shift it filled, or a tally of several
        ("14 arrests at the music festival last night, nothing we hadn't seen before", True),
        ("9 welfare checks in one shift out on the peninsula", True),
        ("Day done. Three pursuits, one DV breach, one bloke asleep in a wheelie bin", True),
        ("New grad on 6B handled two METs and a fall before 9am like a pro", False),
        ("10 hr shift, 7 jobs, 2 cat 1s between the two towns, no meal break", False),
    ],
)
def test_a_shifts_events_counted(text, told):
    hit = client_work(text)
    assert hit is not None and hit[1] == "a shift's events counted", (text, hit)
    assert first_hand(text, hit[0]) is told, text


@pytest.mark.parametrize(
    "text",
    [
        # someone else's tally, a job hunt, a shop's codes, a trip
        "Police made 14 arrests at the music festival last night, says the paper",
        "Applied for 12 jobs this week and heard nothing",
        "seven job applications before lunch, cover letters are brutal",
        "Got 2 promo codes today for the sale",
        "7 days, 3 countries, 1 very tired backpacker",
    ],
)
def test_not_a_shifts_events_counted(text):
    hit = client_work(text)
    assert hit is None or hit[1] != "a shift's events counted", (text, hit)


@pytest.mark.parametrize(
    "text",
    [
        # a team's month, quarter or year of work in figures, by the million too
        "Well done to the Parramatta mail team for clearing 1.4 million postal items in March",
        "Our branch finalised 12,000 visas last quarter with half the staff",
        "Hit 120 calls today, new personal best on the phones",
    ],
)
def test_a_teams_work_done_in_a_month_quarter_or_year(text):
    hit = client_work(text)
    assert hit is not None and hit[1] == "volume of work", (text, hit)


def test_a_year_of_ones_own_life_is_no_work_done():
    assert client_work("Read 52 books this year, new record") is None
    assert client_work("cleared 30 items off my to-do list this month") is None


@pytest.mark.parametrize(
    "text",
    [
        # a team's volume of work in a stretch of time with no verb of its own, or inspections over many sites
        "Proud of our licensing team: over 14,000 permit transactions in October",
        "our crew got 2,300 calls about the outage yesterday, I took 80 of them",
        "Proud of the registry team: 1.1 million online renewals last quarter and our uptime held",
        "Our depot completed inspections on all 86 jetties this financial year. Huge effort",
        "Proud of our team who surveyed 120 sites for weeds this year",
    ],
)
def test_a_teams_volume_of_work_in_a_period(text):
    hit = client_work(text)
    assert hit is not None and hit[1] == "a team's volume of work", (text, hit)


@pytest.mark.parametrize(
    "text",
    [
        # one's own life, someone else's figures, a customer among many, too few to be a team's volume
        "Ran 100 km this month, new PB",
        "Read 120 pages this week",
        "The registry received 2,000 calls yesterday, the news reported",
        "Registry got 2,000 calls yesterday",
        "My claim was one of 4,000 claims this month, still waiting",
        "Our team did 40 inspections this month",
    ],
)
def test_not_a_teams_volume_of_work(text):
    hit = client_work(text)
    assert hit is None or hit[1] != "a team's volume of work", (text, hit)
