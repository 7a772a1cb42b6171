"""auditor.rules.orgpublic: an agency the public meets as a service, named from its public's side."""

from __future__ import annotations

import pytest

from auditor.rules.orgreaders import public_side


def _at(text: str, name: str, key: str = "names") -> bool:
    start = text.index(name)
    return public_side(text, key, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a service the writer or their family receives, near home, judged by its customer
        ("Dad's Medicare rebate on the scan was $40, not worth the form", "Medicare"),
        ("Nan's DVA pension review went smoothly in the end", "DVA"),
        ("Service Tas customer service was quick today, no queue", "Service Tas"),
        ("The Centrelink office near me is closing next month", "Centrelink"),
        ("VicRoads hold time on the phone this morning: 50 minutes", "VicRoads"),
        # the agency acting on the writer or their family, or alerting the public
        ("Centrelink cut my payment again without a word", "Centrelink"),
        ("DVA sent Grandma a card for her 90th", "DVA"),
        ("NDIA rejected my son's plan review, appeal time", "NDIA"),
        ("The Bureau has issued a flood watch for the whole valley", "Bureau"),
        # an application granted, the traveller's things taken, where it happened between
        ("Finally!! Home Affairs approved our partner visa after 19 months", "Home Affairs"),
        ("ABF at Brisbane Airport binned my nan's homemade jam", "ABF"),
        ("Border Force confiscated my mum's chilli jam lol", "Border Force"),
        (
            "An Australian Border Force officer at Melbourne Airport just confiscated my grandma's mangoes",
            "Australian Border Force",
        ),
        # the family kept waiting for a call back; the care praised with the family
        ("Same thing happened to my sister, Child Safety took weeks to even call her back", "Child Safety"),
        ("The staff at the Queensland Children's Hospital were incredible with our boy", "Queensland Children's Hospital"),
        # in the news; a child's wish
        ("Victoria Police were on the news again tonight over the chase", "Victoria Police"),
        ("My nephew wants to join the ABF when he grows up, bless", "ABF"),
        # a question put to its staff from outside
        ("Could someone from DECYP tell me why the bus list changed?", "DECYP"),
        # a patient's family
        ("Sat six hours in the waiting room at the RHH with Mum", "RHH"),
        ("Pop's home from the Alfred after his knee op", "Alfred"),
        # a customer's wait at its office, a letter about the family's own case
        ("Waited 50 minutes at the Medicare office for one form", "Medicare"),
        ("Got a reminder from the Education Department about my son's forms", "Education Department"),
        # its staff thanked for helping the family; its vehicle seen by a passer-by
        ("Thanks Dave from Tasmania Police for finding my brother's dog", "Tasmania Police"),
        ("Spotted a Border Force cutter off the point this morning", "Border Force"),
        ("Thank you Leanne from Service Tasmania, sorted in minutes", "Service Tasmania"),
    ],
)
def test_public_service_reads_the_agency_as_the_public_meets_it(text, name):
    assert _at(text, name)


def test_the_agency_account_addressed_by_someone_asking():
    text = "Hey @AusBorderForce any word on my brother's parcel? 🙏"
    assert _at(text, "@AusBorderForce", "handles")
    # not thanked by its own staff
    staff = "Hey @AusBorderForce, proud of our officers at the airport today"
    assert not _at(staff, "@AusBorderForce", "handles")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the writer's own team or pay: staff receive things from their employer too
        ("Centrelink cut our overtime again and the queue keeps growing", "Centrelink"),
        ("Home Affairs gave us new laptops that can't open the case system", "Home Affairs"),
        ("DECYP just cut our relief teacher budget mid-term", "DECYP"),
        ("Border Force gave us 1.5% while my rent went up 20%", "Border Force"),
        # a staff cue anywhere in the text cancels every reading
        ("The Bureau issued the warning at 3am and our section was flat out till dawn", "Bureau"),
        ("Waited 20 minutes at the Centrelink office for the lift, I work on level 4", "Centrelink"),
        # a letter about the writer's own job
        ("Got a letter from the department about my transfer to Dandenong", "department"),
        ("Thanks Priya from Centrelink for covering our section's phones", "Centrelink"),
        # crew aboard, not a passer-by
        ("First week on the Border Force cutter, seasick already", "Border Force"),
        # an applicant or a minister: the writers label these both ways, so they are left
        ("Applying for the ABF graduate program again, wish me luck", "ABF"),
        ("The Home Affairs minister was grilled at estimates today", "Home Affairs"),
        # ads: left unless the viewer thinks of joining (`orgreaders`)
        ("the Centrelink ad campaign is on every bus shelter", "Centrelink"),
    ],
)
def test_public_service_leaves_staff_and_mixed_readings(text, name):
    assert not _at(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a relative brought in or sat with, the hours waited, their recovery, a life saved there
        ("Rushed my son to the RHH ED last night, 6 hours wait, he's fine now", "RHH"),
        ("Sat with Dad in the Alfred ED for five hours, staff run off their feet", "Alfred"),
        ("The doctor at the LGH rang to say Mum's recovering well", "LGH"),
        ("Thank you to the Bendigo Health crew who saved my brother's life", "Bendigo Health"),
        # the agency acting on the writer, adverbs between; the writer says they came as the public
        ("Tasmanian Health Service has once again cancelled my appointment", "Tasmanian Health Service"),
        ("The Ipswich Hospital car park is chaos, speaking as a patient", "Ipswich Hospital"),
    ],
)
def test_public_side_reads_a_patients_family_and_the_writer_as_the_public(text, name):
    assert _at(text, name)


def test_a_visitor_signing_in_at_their_own_workplace_is_staff():
    assert not _at("forgot my pass, signed in as a visitor at the Ipswich Hospital again", "Ipswich Hospital")
    assert not _at("Linh from payroll at the LGH saved my life today, overtime fixed", "LGH")


def test_the_towns_office_closing_on_its_public_is_the_publics_side():
    from auditor.rules.orgpublic import service_lost

    assert _at("Our Medicare office in Sale is closing and now we have to drive to Bairnsdale", "Medicare")
    assert service_lost("they shut the Service Tas shopfront, locals need to go to Burnie for a licence")
    # staff moved between offices are not the public sent elsewhere
    assert not service_lost("Our Medicare office is closing, I've been redeployed to Bairnsdale")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a relative in there, their illness, a child's treatment, the writer's own scan, the care praised
        ("Dad's been in the RHH ten days and the staff are lovely", "RHH"),
        ("The team at the Austin were wonderful when Nan had her fall", "Austin"),
        ("Monash Children's has been amazing during Mia's chemo", "Monash Children's"),
        ("Back to the LGH for my ultrasound tomorrow", "LGH"),
        ("took my son to the RGH ED last night, nurses were amazing", "RGH"),
    ],
)
def test_public_side_reads_a_patients_family_and_the_patient(text, name):
    assert _at(text, name)


def test_a_night_shift_praising_the_nurses_is_still_staff():
    assert not _at("Night shift at the RHH, the nurses are angels on 6A tonight", "RHH")


def test_the_account_opening_a_customers_own_matter():
    from auditor.rules.orgpublic import account_addressed

    for text in (
        "@QldPolice reported my car stolen 2 weeks ago, haven't heard a thing",
        "@TasPolice any update on the break-in at my shop? Reported 3 weeks ago",
        "@HealthTas your booking line is 45 mins of hold music. Fix it.",
    ):
        assert account_addressed(text, 0, greeted=False), text
    assert not account_addressed("@TasPolice great work from our station today, proud of the team", 0)
    text = "Hey @mick_abf_dog got a sec? Need to swap Saturday's early"
    assert not account_addressed(text, text.index("@"), greeted=False)
