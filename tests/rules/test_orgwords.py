"""auditor.rules.orgwords: department name variants, the profile's site classes, staffing and change words."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.rules.orgwords import (
    CHANGE,
    CUSTOMER_VOICE,
    STAFFING,
    name_variants,
    own_exclusions,
    plain_detail,
    product_of,
    shift_at,
    site_class_spans,
    work_site_names,
)


def test_name_variants_spell_a_state_department_as_people_write_it():
    got = name_variants("Department of Premier and Cabinet Tasmania")
    assert "Department of Premier and Cabinet (Tas)" in got
    assert "Tasmanian Department of the Premier and Cabinet" in got
    assert "Department of the Premier and Cabinet" in got
    assert name_variants("Queensland Health") == ["Qld Health"]  # no "Department of ... <state>": the short state only
    assert "Department of the Housing" not in name_variants("Department of Housing Queensland")


def test_site_class_spans_named_sites_and_the_writers_own():
    qld = load_profile("qld")
    text = "Thanks to everyone at Wattle Creek State School, and our little state school out west"
    spans = [(text[a:b], named) for a, b, named in site_class_spans(text, qld)]
    assert spans == [("Wattle Creek State School", True), ("our little state school", False)]
    assert site_class_spans("Do state school teachers get paid in January?", qld) == []
    assert site_class_spans("graduated from the Tasmania Prison Service course", load_profile("tas")) == []
    assert site_class_spans("Wattle Creek State School", load_profile("dibp")) == []  # no classes listed


def test_staffing_figures_in_plain_words_and_not_everyday_numbers():
    for text in ("custody's full and we're two down", "half the rural stations run on one officer", "beds shut for staffing"):
        assert STAFFING.search(text), text
    for text in ("two down, one to go on the crossword", "the van ran on two wheels", "I am one of five kids"):
        assert not STAFFING.search(text), text


def test_change_words_say_what_changes_and_when():
    assert CHANGE.search("the upgrade is getting pushed back 12 months")
    assert CHANGE.search("the zone gets extended on Monday")
    assert not CHANGE.search("lovely weather for it")


def test_own_exclusions_keep_other_jobs_and_drop_the_profiles_own():
    qld, dibp = load_profile("qld"), load_profile("dibp")
    # the base profile's "prison officer" and "the ward" are other employers' under dibp ...
    assert "prison officer" in own_exclusions(dibp, "operations", "exclude")
    assert "on the ward" in own_exclusions(dibp, "colleagues", "exclude")
    # ... and the state's own staff and sites under qld, while other jobs stay excluded
    ops, col = own_exclusions(qld, "operations", "exclude"), own_exclusions(qld, "colleagues", "exclude")
    assert "prison officer" not in ops and "corrections officer" not in ops
    assert "on the ward" not in col and "fire station" not in col
    assert "flight attendant" in ops and "at the bakery" in col


def test_plain_detail_names_the_kind_of_workplace_detail():
    cases = {
        "80 matters on the list today and we got through 30": "caseload or queue",
        "I've got 34 kids on my caseload": "caseload or queue",
        "a backlog of 300 referrals": "caseload or queue",
        "sarge said we're short 3 on D watch": "shortage",
        "only 2 crews covering the whole valley tonight": "shortage",
        "the audit team rolled in at 9, unannounced": "inspection",
        "we're two down on the van": "staffing level",
    }
    for text, kind in cases.items():
        got = plain_detail(text)
        assert got is not None and got[1] == kind, text
    for text in ("the backlog of 2023 tax returns", "we have 2 kids each", "the audit team rolled in for the Christmas party"):
        assert plain_detail(text) is None, text


def test_plain_detail_staff_against_the_people_they_look_after_and_whose_staff_they_are():
    qld, dibp = load_profile("qld"), load_profile("dibp")
    for text in (
        "six nurses for 32 patients last night",
        "me, one grad and an agency nurse for 30 beds",
        "short 2 RNs every late",
    ):
        assert plain_detail(text, qld) is not None, text
        assert plain_detail(text, dibp) is None, text  # nurses are another employer's under dibp
    for text in ("52 desks for 80 staff", "5 officers gone since July and none replaced", "covered 14 extra lessons this term"):
        assert plain_detail(text, dibp) is not None, text  # no kind of worker named: any profile
    assert plain_detail("the battery's down to 2%", qld) is None
    assert plain_detail("the registry is down to two this week", qld) is not None


def test_name_variants_short_state_forms_and_dept():
    assert "Service Tas" in name_variants("Service Tasmania")
    assert "Parks Vic" in name_variants("Parks Victoria")
    assert "Tas Fire Service" in name_variants("Tasmania Fire Service")
    assert "Dept of Finance" in name_variants("Department of Finance")
    assert "Dept of Education" in name_variants("Department of Education Queensland")
    assert name_variants("Queensland") == [] and name_variants("Centrelink") == []


def test_product_of_reads_the_agencys_app_figures_and_queue_from_outside():
    def at(text, name):
        i = text.index(name)
        return product_of(text, i, i + len(name))

    assert at("The Medicare app logged me out mid-claim again", "Medicare")
    assert at("the Bureau's rain radar says 10 mins", "Bureau")
    assert at("ABS says inflation is 3.2% this quarter", "ABS")
    assert at("Queue at Service Tas was out the door", "Service Tas")
    # its staff, its name said without a product, a figure-less "says"
    assert not at("The Service Victoria app crashed at 9 and we fielded calls all morning", "Service Victoria")
    assert not at("Seven years at the ABS and still love census night", "ABS")
    assert not at("ABS says the new building opens in spring", "ABS")
    # a report, figures or a letter read as a reader; a report about it
    assert at("Reading the CSIRO report on sea levels", "CSIRO")
    assert at("Read that V/Line punctuality was 82% last month", "V/Line")
    assert at("Mum a Medicare letter came for you", "Medicare")
    assert at("The Ombudsman's report into Child Safety is grim", "Child Safety")
    assert not at("ATO audit letters go out next month, I'm drafting them", "ATO")
    # its number, said right after the name, is a customer's; an office's number is staff's memory
    assert at("The after-hours child protection number is on the fridge", "child protection")
    assert not at("When I started, the Customs office number was 08 5550 1190", "Customs")
    # the agency's own staff for that product are its staff
    assert not at("Field day with the BOM radar techs on the hill", "BOM")


def test_customer_voice_hears_the_agencys_service_to_the_writer():
    for text in (
        "Department of Housing finally fixed our hot water",
        "Ambulance Victoria came out for Nan last night",
        "Finally got my Ps today",
        "ATO owes me $140",
        "I've been on hold two hours",
        "the train was 40 mins late again",
        "Voted early and the volunteer was lovely",
        "Applied for a VPS job in March, nothing yet",
        "Anyone know if the vaccine clinic does walk-ins?",
        "DVA covered Nan's new glasses",
        "Child Protection followed up my report within a day",
        "the nurses have been amazing all week",
    ):
        assert CUSTOMER_VOICE.search(text), text
    for text in (
        "we voted the agreement down",
        "FWO comms finally approved my post",
        "we processed 40 claims today",
        "shout out to Ravi on the desk who fixed my printer",  # a colleague's help
        "anyone know where to get the cloth patches replaced?",  # a staff member asking round
    ):
        assert not CUSTOMER_VOICE.search(text), text


def test_work_site_names_add_the_short_names_people_use():
    tas, vic, dibp = load_profile("tas"), load_profile("vic"), load_profile("dibp")
    names = work_site_names(tas)
    assert "Royal Hobart" in names and "North West Regional" in names and "Launceston General" in names
    assert set(tas.terms("places", "work_sites")) <= set(names)
    # a name left that is a gazetteer place, or one word, is no short name of the site
    assert "Box Hill" not in work_site_names(vic) and "Geelong" not in work_site_names(vic)
    assert "Hobart" not in names
    assert work_site_names(dibp) == list(dibp.terms("places", "work_sites"))  # airports keep their names


def test_shift_at_reads_a_shift_of_the_writers_at_a_site():
    def at(text, name):
        i = text.index(name)
        return shift_at(text, i, i + len(name))

    assert at("Anyone swap my Thurs late at Loddon Prison?", "Loddon Prison")
    assert at("Night shift in ED at the Royal Hobart again", "Royal Hobart")
    assert at("can someone cover my Barwon shift Sunday", "Barwon")
    assert not at("Visiting hours at Loddon Prison are short", "Loddon Prison")
    assert not at("Dad's Barwon shift mates came round", "Barwon")
    # a shift by its length or its hours
    assert at("Morning run before a 12hr at Lotus Glen. Legs said no.", "Lotus Glen")
    assert at("got roped into a 12 at the Dame Phyllis Frost Centre", "Dame Phyllis Frost Centre")
    assert at("Can you cover my 7–3 at MAP Thursday?", "MAP")
    assert not at("Visited a 12 year old at Lotus Glen", "Lotus Glen")


def test_portfolio_names_are_the_bare_portfolios_less_shared_sectors():
    from auditor.rules.orgwords import portfolio_names

    names = [
        "Department of Health and Aged Care",
        "Department of Justice Tasmania",
        "Department of the Treasury",
        "Department of Employment and Workplace Relations",
        "Department of Transport and Main Roads",  # a sector other employers share
        "Department of Finance",
        "Fair Work Ombudsman",
    ]
    assert portfolio_names(names) == ["Health", "Justice", "Treasury", "Employment"]


def test_customer_voice_reads_staff_who_served_the_writer_and_advice_to_the_public():
    for text in (
        "Told the Centrelink lady my whole life story",
        "The bloke at Medicare sorted my daughter's card in 5 minutes",
        "Service Tasmania counter was quick, licence renewed in 5 min",
        "Just use myGov and link it",
    ):
        assert CUSTOMER_VOICE.search(text), text
    for text in ("Benny on nights fixed my printer and my PC", "as the Home Affairs officer on the day"):
        assert not CUSTOMER_VOICE.search(text), text
    text = "Went to see the CSIRO exhibition with the kids"
    assert product_of(text, text.index("CSIRO"), text.index("CSIRO") + 5)


def test_dept_names_and_stateless_names_for_any_profile():
    from auditor.rules.orgwords import dept_names, stateless_names

    assert dept_names(["Department of Health", "Department of Finance"]) == ["Health Dept", "Health Department", "Health dept"]
    # a body named with its state, without it; never one word, never a name ending in "of"
    assert stateless_names(["Queensland Corrective Services", "Queensland Health", "Magistrates Court of Queensland"]) == [
        "Corrective Services"
    ]
    assert stateless_names(["Australian Taxation Office"]) == []


def test_portfolio_tag_joins_a_portfolio_to_a_state_or_a_staff_word():
    from auditor.rules.orgwords import portfolio_tag

    portfolios = frozenset({"health", "defence", "education"})
    for body in ("healthtas", "qldeducation", "defencecivilian", "educationstaff"):
        assert portfolio_tag(body, portfolios), body
    for body in ("healthylife", "educationmatters", "defenceforce", "health"):
        assert not portfolio_tag(body, portfolios), body
