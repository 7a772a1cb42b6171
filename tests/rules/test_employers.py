"""auditor.rules.employers: work that is not the organisation's, by kind."""

from __future__ import annotations

import pytest

from auditor.rules.employers import private_job

PRIVATE = (
    # a private workplace by its kind
    "Uniform for the new cafe job is all black",
    "Employee of the month at the Chemist Warehouse",
    "Hi-vis and steel caps, first day on the new build site",
    "Case manager at an insurance company here",
    "my work wife fixing my apron before the brunch rush",
    "The cafe roster is out and I'm on 5 doubles this fortnight",
    "Our bank's new rostering app lost my leave request again",
    "the hotel manager wants us on split shifts all week",
    "private hospital nurse here, we're short every weekend",
    "Leading hand at a meat packing plant | forklift licence",
    "Sales manager at the Toyota dealership, 6 years",
    "The plumber's number is 0400 000 000, ask for Gav",
    "we're four short on the floor tonight at the private and nobody's calling agency",
    "Support worker at a private provider, 1 to 20 on nights",
    "I'm a support worker for an NDIS provider and the rosters are a mess",
    # a private employer by name, as the workplace
    "Aldi roster dropped, closing every night this week",
    "my Officeworks manager says no leave in December",
    "Westpac's new system logged the whole branch out at 10am",
    "Jetstar crew uniform fitting, the orange is loud",
    "#bunningslife nothing like a sausage sizzle shift",
    # a private trade or role
    "bank teller here, the coin counter broke again",
    "croupier life: 8 hours on the roulette table",
    "ten years doing security at a nightclub and the radio still crackles",
    "the security firm wants us on 12s again",
    "new job with a traffic control company, hi-vis is very orange",
    "telco call centre roster is a mess",
    # a council, and work abroad
    "I drive the garbage trucks for council, 4am starts",
    "Canadian nurse here, our unions are fighting the same fight",
    "nursing for two years in London taught me a lot",
)

PUBLIC_OR_NONE = (
    "Selfie in the hi-vis on the apron at the terminal",
    "Night shift at the Department of Home Affairs",
    "three years of bank shifts at the LGH and still no permanency",  # the hospital's own casual pool
    "Fax the meds chart to the detention health provider by 5",  # the organisation's contractor, named by its role
    "Shift lead at the power station canteen",
    # a brand where the writer shops, travels or banks, not works
    "went to Bunnings for a sausage sizzle after my shift at the airport",
    "Qantas lost my bag again and customs held me for an hour",
    "the Target store was packed, the queue went to the back",
    "we hit our targets at the counter this month",  # a plain word, not the store
    # a council's meeting or a chamber, a private occasion
    "Legislative Council estimates grilled our Secretary",
    "at the council meeting the mayor said the bins are changing",
    "spoke at a private event for the Commissioner",
    # the regulator's work at a business is no private job of the writer's
    "same labour hire mob as last time, 14 overstayers picked up at the farm",
    "we're holding anything from that freight forwarder now",
)


@pytest.mark.parametrize("text", PRIVATE)
def test_private_work_is_found_by_its_kind(text):
    assert private_job(text), text


@pytest.mark.parametrize("text", PUBLIC_OR_NONE)
def test_public_work_a_customer_and_the_regulated_are_no_private_job(text):
    assert private_job(text) is None, text


def test_a_private_firm_of_ones_own_by_its_trade_and_a_private_front_desk():
    assert private_job("Our freight forwarding company's system went down for 6 hours")
    assert private_job("Our insurance claims team is 6 people short")
    assert private_job("dentist reception: new booking system double booked 14 patients")
    assert private_job("Retail workers deserve better!! 11 hr shift, 2 of us on the floor")
    assert private_job("our section's new system went down for 6 hours") is None


def test_a_private_workplaces_own_shift_job_or_system_and_a_private_trade():
    assert private_job("motel night audit again, 3 check-ins after midnight")
    assert private_job("Resort housekeeping roster is cooked this month")
    assert private_job("FIFO life: 14 and 7, the camp wifi is dead again")
    assert private_job("crowd control gig at the footy, hi-vis and a radio")
    assert private_job("aged care worker here, 12 residents each on the late shift")
    assert private_job("the lending team is down to 2 and the system froze")
    assert private_job("chef life: 14 hour Saturday and the ordering system crashed")
    assert private_job("Coles finally rolled out the new payroll system and my hours vanished")
    # a pub or a motel as a place one goes, an aged care facility served, a chef on a visa, a chef's kiss
    assert private_job("slept at the pub after 19 matters at the circuit court") is None
    assert private_job("we evacuated the aged care facility in 40 mins") is None
    assert private_job('the "chef" on the 482 was washing dishes') is None
    assert private_job("200 redundancies the same hour. Chef's kiss.") is None


def test_a_private_school_a_security_post_and_a_private_hospital_by_name():
    assert private_job("Yard duty roster at our Catholic school is insane this term")
    assert private_job("Security at the shopping centre: new roster has me on 5 nights")
    assert private_job("Epworth roster came out and I'm on 5 nights")
    assert private_job("state school grammar lesson went well") is None


def test_a_shops_department_by_its_kind_or_its_shop():
    from auditor.rules.employers import shop_department

    for text in ("the print department at Officeworks ran out of toner", "lost him in the toy department again"):
        at = text.index("department")
        assert shop_department(text, at, at + len("department")), text
    text = "the department at Centrelink changed the form again"
    at = text.index("department")
    assert not shop_department(text, at, at + len("department"))
