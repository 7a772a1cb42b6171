"""auditor.rules.relatives: a relative or friend said to work at the organisation."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.rules.relatives import relative_at_work


def test_relative_at_work_needs_a_role_and_a_named_place():
    vic = load_profile("vic")
    why = relative_at_work("My sister's a Senior Constable in Mildura now", vic)
    assert why is not None and "Mildura" in why and "Senior Constable" in why
    assert relative_at_work("My sister's a Senior Constable, so proud", vic) is None  # no place
    assert relative_at_work("My sister's a florist in Mildura", vic) is None  # no role of the organisation
    assert relative_at_work("Senior Constable in Mildura, ten years", vic) is None  # no relative


def test_a_relative_at_a_work_sites_short_name_is_at_work():
    tas = load_profile("tas")
    assert relative_at_work("My sister just started as a youth worker at Ashley, loving it", tas) is not None
    assert relative_at_work("My brother-in-law works at Home Affairs and can't get our visa moving", load_profile("dibp")) is None


def test_relative_at_work_reads_service_a_rank_or_a_short_site_name_but_not_a_visit():
    tas, vic, dibp = load_profile("tas"), load_profile("vic"), load_profile("dibp")
    assert relative_at_work("Our daughter just started at Ambulance Tasmania!! First shift tomorrow", tas) is not None
    assert relative_at_work("my husband's the OIC at Smithton, ring him after hours", tas) is not None
    assert relative_at_work("My housemate works at Ashley and honestly the stories", tas) is not None
    assert relative_at_work("My housemate was at Ashley last week for a visit", tas) is None
    assert relative_at_work("Mum's been at the Alfred since Tuesday and the staff have been amazing", vic) is None
    assert relative_at_work("Visited my uncle at Villawood today, they let us have two hours", dibp) is None
    assert relative_at_work("my son is playing a police officer in the Christmas play", vic) is None


def test_a_relative_said_to_work_at_the_organisation_by_name_is_at_work():
    aps = load_profile("aps")
    assert relative_at_work("my flatmate works at Services Australia and says the phones never stop", aps)
    # the writer's own work address told to a parent is no relative at work
    assert relative_at_work("Mum that's my work address at servicesaustralia.gov.au, don't forward chain emails", aps) is None


def test_a_relative_opening_a_sentence_held_a_job_as_or_got_a_service_award():
    vic, tas, aps, qld = load_profile("vic"), load_profile("tas"), load_profile("aps"), load_profile("qld")
    assert relative_at_work("flatmate's a prison officer at Ravenhall and the stories are wild", vic) is not None
    assert relative_at_work("my cousin just finished a year as a youth worker at Ashley, so proud", tas) is not None
    why = relative_at_work("So proud of my aunty, got her 20 year pin at Centrelink Ballarat today", aps)
    assert why is not None and "Centrelink" in why and "Ballarat" in why
    # a town that also starts a site's name is the town after "in": the shop is the workplace
    assert relative_at_work("My brother works at the Bunnings in Cairns and hates the Sunday shifts", qld) is None


def test_a_sibling_opening_a_sentence_and_a_friends_relative_are_relatives():
    vic = load_profile("vic")
    assert relative_at_work("Bro works at Port Phillip and says the lockdowns never end", vic) is not None
    why = relative_at_work("My mate's brother works child protection in Shepparton, 50 cases each", vic)
    assert why is not None and "Shepparton" in why


def test_a_relative_s_job_in_plain_words_then_a_town_is_at_work_where_the_organisation_has_that_job():
    vic, tas, qld, dibp = load_profile("vic"), load_profile("tas"), load_profile("qld"), load_profile("dibp")
    why = relative_at_work("My aunty was a copper in Wangaratta for 25 years and still reads the paper like a brief", vic)
    assert why == 'relative "My aunty" as "copper" in "Wangaratta"'
    assert relative_at_work("my nephew's a detective at Southport and he says the schoolies week is chaos", qld) is not None
    assert relative_at_work("My flatmate's a CO at Risdon and the lockdowns are constant", tas) == (
        'relative "My flatmate" as "CO" at "Risdon"'
    )
    # a job the organisation lacks, a job with no where, a job abroad
    assert (
        relative_at_work("My aunty was a copper in Wangaratta for 25 years and still reads the paper like a brief", dibp) is None
    )
    assert relative_at_work("My aunty was a copper for 25 years and still reads the paper like a brief", vic) is None
    assert relative_at_work("My cousin's a prison guard in Texas and the stories are unhinged", vic) is None
    assert relative_at_work("my nephew's a detective at Southport and he says the schoolies week is chaos", dibp) is None
    # a job every employer has says too little with a town alone
    assert relative_at_work("My cousin's a security guard in Penrith and the night shifts are brutal", vic) is None


def test_kin_only_is_the_writers_own_people_with_nothing_of_the_organisation():
    from auditor.rules.relatives import kin_only

    vic, dibp = load_profile("vic"), load_profile("dibp")
    text = "my neighbour Kev is a retired copper and he still reverses in like he's on a job"
    assert kin_only(text, [("Kev", 13, 16)], vic)
    assert kin_only("Farewell dinner for my best mate Rhys tonight, he's off to Darwin", [("Rhys", 33, 37)], vic)
    # someone named who is no relative, the organisation named, a grade, a superior, a relative at work
    assert not kin_only("my neighbour Kev says Tash from work is back", [("Kev", 13, 16), ("Tash", 22, 26)], vic)
    assert not kin_only("my cousin Ana is an APS5 in visa processing, drowning", [("Ana", 10, 13)], dibp)
    assert not kin_only("my cousin Ana works at Border Force and says it's chaos", [("Ana", 10, 13)], dibp)
    assert not kin_only("Asked my team leader for a Saturday off for my brother's wedding. Knocked back.", [], vic)
    assert not kin_only("My aunty was a copper in Wangaratta for 25 years", [], vic)


def test_a_relatives_job_with_no_where_names_no_colleague_for_the_learned_rule():
    from auditor.rules.colleagues import names_someone

    vic = load_profile("vic")
    assert not names_someone("my neighbour Kev is a retired copper and he still reverses in like he's on a job", vic)
    assert names_someone("my neighbour Kev is a sergeant at Box Hill and he reckons the roster is cooked", vic)


def test_kin_only_leaves_a_relative_said_to_work_somewhere_to_the_model():
    from auditor.rules.relatives import kin_only

    dibp = load_profile("dibp")
    assert not kin_only("My housemate works in the payments section and says the queue has doubled", [], dibp)
    assert kin_only("My housemate's a cop and says the new laws are a joke", [], load_profile("vic"))


def test_a_relatives_start_or_service_with_the_organisation_and_where():
    dibp, vic = load_profile("dibp"), load_profile("vic")
    # a parent greeted on their day, with years and a place; the why names the parent, not the greeting
    why = relative_at_work("Happy retirement Mum!!! 35 years with Border Force, from the wharves at Port Adelaide", dibp)
    assert why == 'relative "Mum" working for "Border Force" at "Port Adelaide"'
    # the organisation said of them with where; a first posting; "baby" as a sibling's size word
    assert relative_at_work("my cousin's Border Force at Brisbane airport and hates nights", dibp) is not None
    assert relative_at_work("my baby sister just signed up with Ambulance Victoria! First posting Horsham", vic) is not None
    # not the writer's own job told to a parent, nor a relative's appointment as a customer
    assert relative_at_work("Dad you'd be so proud, I got the job at Border Force in Sydney", dibp) is None
    assert relative_at_work("my sister's Border Force interview in Sydney got moved again", dibp) is None
    assert relative_at_work("Happy birthday Dad! 60 today and still won't retire from the farm in Dubbo", dibp) is None


def test_a_relatives_job_held_at_the_organisation_itself():
    tas, vic = load_profile("tas"), load_profile("vic")
    why = relative_at_work("My partner is a CSO at the Child Safety Service and she never gets lunch", tas)
    assert why == 'relative "My partner" working at "Child Safety Service"'
    assert relative_at_work("My husband is a caseworker with Child Protection, flat out all week", vic) is not None
    # a client, a patient or a visitor there is no staff
    assert relative_at_work("My sister is a client of the Child Safety Service and they never ring back", tas) is None
    assert relative_at_work("My sister is a regular at the Child Safety Service office, poor thing", tas) is None


def test_a_relative_holding_the_organisations_own_role_needs_no_place():
    from auditor.config import load_profile
    from auditor.rules.relatives import relative_at_work

    dibp, aps = load_profile("dibp"), load_profile("aps")
    assert relative_at_work("my hubby's a BFO and he's on 4 nights in a row", dibp)
    assert relative_at_work("my dad's been a CSIRO scientist at Black Mountain since before I was born", aps)
    assert relative_at_work("My cousin's a cop and he reckons footy traffic is the worst", load_profile("vic")) is None
    assert relative_at_work("my brother's a chef and he still can't iron his own shirt", dibp) is None


def test_kin_named_reads_a_name_right_after_the_relative_not_a_place_nor_the_organisation():
    from auditor.rules.relatives import kin_named

    dibp, aps = load_profile("dibp"), load_profile("aps")
    assert kin_named("my cousin Aaron works for Border Force at Perth Airport", dibp)
    assert kin_named("So proud of my Dad, Peter, 31 years with the department", dibp)
    assert kin_named("My cousin Jarrah just started with the NDIA in Townsville", aps)  # no common given name
    assert not kin_named("my cousin's Border Force at Brisbane airport", dibp)  # the organisation
    assert not kin_named("my cousin works for Border Force at Perth Airport", dibp)
    assert not kin_named("My brother Sydney trip was great", dibp)  # a place
