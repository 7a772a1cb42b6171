"""auditor.rules.attire: UNI101, a work uniform in a work context."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.models import Audience, Item, ItemKind, Platform, Severity
from auditor.rules.attire import RULES

UNI101 = RULES[0]


def _check(text: str, profile, kind: ItemKind = ItemKind.POST, audience: Audience = Audience.PUBLIC):
    item = Item(platform=Platform.FACEBOOK, kind=kind, path="t", text=text, audience=audience)
    return list(UNI101.check(item, profile))


def test_attire_rules():
    assert [r.code for r in RULES] == ["UNI101"]
    assert UNI101.group == "tags"


def test_attire_department_term_is_the_strongest_reason(dibp):
    [m] = _check("Finally got my ABF uniform and epaulettes today", dibp)
    assert m.key == "abf uniform"
    assert 'department term "ABF"' in m.why
    assert (m.severity, m.confidence) == (Severity.HIGH, 0.9)


def test_attire_generic_word_fires_with_work_context(dibp):
    [m] = _check("new lanyard for the night shift at the terminal", dibp)
    assert m.key == "lanyard" and 'work context "night shift"' in m.why
    assert (m.severity, m.confidence) == (Severity.HIGH, 0.8)


def test_attire_strong_term_alone_is_medium(dibp):
    [m] = _check("epaulettes pressed, boots polished", dibp)
    assert m.key == "epaulettes" and "a term specific to work uniforms" in m.why
    assert (m.severity, m.confidence) == (Severity.MEDIUM, 0.75)


def test_attire_garment_after_a_department_term_is_its_uniform(dibp):
    [m] = _check("ironing my ABF shirt", dibp)
    assert "shirt" in m.key and 'department term "ABF"' in m.why


def test_attire_private_message_ranks_lower(dibp):
    [m] = _check("ironing my ABF shirt", dibp, kind=ItemKind.MESSAGE, audience=Audience.PRIVATE)
    assert m.severity == Severity.MEDIUM


def test_attire_negatives(dibp):
    assert _check("Kids in their school uniform for the first day", dibp) == []  # an excluded uniform
    assert _check("As a visa officer, I think the cap on partner visas is terrible policy", dibp) == []  # a limit
    assert _check("headset on, name tag straight, drive-thru shift let's go", dibp) == []
    assert _check("", dibp) == []


def test_a_context_word_inside_the_uniform_term_or_a_shops_department_is_no_context():
    from auditor.config import load_profile
    from auditor.models import Item, ItemKind, Platform
    from auditor.rules.attire import RULES as _R

    dibp = load_profile("dibp")

    def fires(text: str) -> bool:
        return bool(list(_R[0].check(Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text=text), dibp)))

    assert not fires("Need my work pants taken up before Monday")
    assert fires("Need my work pants taken up before Monday's shift")
    assert not fires("Boxing Day sale in the shoe department, 7am start in my black uniform")
    assert not fires("Uniform for the new café job is all black")
    assert fires("New navy polos with the crest for the whole crew")


def test_a_state_whose_hospitals_are_its_own_does_not_exclude_scrubs():
    from auditor.config import load_profile
    from auditor.models import Item, ItemKind, Platform
    from auditor.rules.attire import RULES as _R

    text = "First 12 hour shift in the new scrubs with my name on the lanyard #nurselife"
    item = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text=text)
    assert list(_R[0].check(item, load_profile("qld")))
    assert not list(_R[0].check(item, load_profile("dibp")))


def _fires(text: str, profile_name: str) -> bool:
    from auditor.config import load_profile

    return bool(_check(text, load_profile(profile_name)))


def test_rank_insignia_with_a_rank_is_a_uniform_and_an_earned_stripe_is_an_idiom():
    assert _fires("Got my stripes today, Leading Senior Constable at last", "vic")
    assert _fires("chevrons going on tomorrow, acting for three months", "tas")
    assert not _fires("New stripes on the cat's jumper", "vic")  # no rank, no organisation
    assert not _fires("She earned her stripes in sales, promoted twice", "vic")


def test_the_blues_worn_and_a_pass_or_tabard_after_the_organisation():
    assert _fires("you looked so good in your blues at the passing out parade", "qld")
    assert _fires("22 years in blue, thanks Kingston Police Station", "tas")
    assert _fires("Forgot my Defence pass and had to be walked in", "aps")
    [m] = _check("wearing the AEC tabard at the booth", __import__("auditor.config").config.load_profile("aps"))
    assert m.key == "tabard"  # the garment, without the space before it
    assert not _fires("Navy blues and greens for the living room", "vic")


def test_a_state_job_noun_is_work_context_and_a_teachers_lanyard_is_not_a_childs():
    assert _fires("me in the ambo greens pretending I'm not exhausted", "vic")  # a job noun right before the term
    assert _fires("Just got my first teacher lanyard and ID card", "vic")
    assert _fires("First day in the lanyard as an ES at a primary school", "vic")
    assert not _fires("First day in the lanyard as an ES at a primary school", "dibp")  # dibp runs no schools
    assert not _fires("Kids in their school uniform for the first day", "vic")
    assert not _fires("Miss 7's teacher lanyard craft from school today", "vic")


def test_the_blues_in_common_words_and_on_call_patrol_or_standby_are_work():
    assert _fires("Thirty years in blue, thanks to the crew at the station", "tas")
    assert _fires("Greens on, pager on, on call for the Huon this weekend", "tas")
    assert _fires("yellows in the ute, on standby for the fires", "vic")
    assert not _fires("Paw Patrol hats for the whole party", "vic")
    assert not _fires("Hi-vis, steel caps, 12 hour night shift. Mine life #fifo", "qld")


def test_a_call_centre_is_the_agencys_workplace_only_where_the_profile_says_so():
    assert _fires("headset on, lanyard off, call centre life", "aps")
    assert not _fires("headset on, lanyard off, call centre life", "dibp")


def test_hours_worked_in_the_garment_are_a_shift():
    from auditor.config import load_profile

    [m] = _check("pov: 14 hrs in the greens and the radio won't shut up", load_profile("qld"))
    assert 'work context "14 hrs"' in m.why
    assert not _fires("3 hours in the car with the kids, new hats for everyone", "qld")


def test_a_pass_given_back_on_leaving_is_the_jobs():
    from auditor.config import load_profile

    [m] = _check("Handed back my pass at Service Tasmania today after 19 years, what a ride", load_profile("tas"))
    assert 'uniform term "Handed back my pass" with department term' in m.why
    assert _fires("Last day at VicRoads, handing in the lanyard on Friday", "vic")
    assert not _fires("Gave the usher my pass and found our seats just in time", "tas")


def test_what_the_works_we_are_made_to_wear_at_a_work_site():
    from auditor.config import load_profile

    assert _fires("New dress code for the front counter: we're in grey polyester shirts from Monday", "qld")
    [m] = _check("New dress code for the front counter: we're in grey polyester shirts from Monday", load_profile("qld"))
    assert m.why.startswith("what staff are made to wear")
    assert not _fires("For the wedding we all wear navy, the bride's call", "qld")
    assert not _fires("we're in the car, see you soon", "qld")


def test_a_shifts_length_is_work_context_and_a_brand_is_another_employer():
    assert _fires("Sunset from the carpark. Uniform's drenched, boots are dusty, 11 hours down", "qld")
    assert _fires("scrubs come off after a 14hr double and you realise you haven't peed since 10am", "tas")
    assert not _fires("Uniform's drenched after the rain", "qld")
    assert _fires("Polling official vest is very flattering, said no one ever", "aps")
    assert not _fires("Bunnings apron on, hi-vis on, ready to explain where the screws are. Saturday roster life", "qld")
    assert not _fires("Uniform fitting for the new job at Qantas, pinch me", "aps")
    assert not _fires("Cap and gown on, teaching degree DONE", "tas")


def test_the_organisations_own_operations_and_a_public_servant_are_work_context():
    from auditor.config import load_profile

    [m] = _check("me and the vest at 3am on the prisoner transfer run", load_profile("tas"))
    assert 'work context "prisoner' in m.why
    assert not _fires("me and the vest at 3am on the school run", "tas")
    assert _fires("ID photo day. Do I smile or do the public servant stare?", "aps")


def test_a_learned_uniform_finding_needs_something_worn(dibp):
    from auditor.rules.attire import worn_for_this_work

    fired = worn_for_this_work(lambda item, profile: iter(["m"]))

    def post(text: str) -> Item:
        return Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text=text)

    for text in ("Me and Sarge on the night shift at the Kingston foreshore 🔥 #taspol", "Great crowd at the gate tonight"):
        assert list(fired(post(text), dibp)) == [], text
    for text in (
        "Me and Sarge on the wharf, hi-vis on",
        "Got my 20 year pin today",
        "yellow Nomex is not a look",
        "Graduation today, so proud 🎖️",
        "🦺 on, let's go",
        "same shoulder boards, way more eyebags",
        "it's regulation issue and he looks handsome in the harness",
    ):
        assert list(fired(post(text), dibp)) == ["m"], text
    # another's uniform, unless the organisation is named
    for text in ("cafe uniform reveal, they made us wear aprons", "lol my lanyard from the concert is still in the car"):
        assert list(fired(post(text), dibp)) == [], text
    assert list(fired(post("ABF lanyard still on at the concert"), dibp)) == ["m"]
    # a comparison is not the setting
    assert list(fired(post("new lanyard colour, looks like a school raffle ticket #apslife"), dibp)) == ["m"]
    assert list(fired(post("in my blues at the Woolies after shift, got asked for directions"), dibp)) == ["m"]


def test_work_wear_taken_off_after_work_or_worn_with_pride():
    from auditor.config import load_profile

    vic, qld = load_profile("vic"), load_profile("qld")
    [m] = _check("Greens off, couch on. Three jobs and no meal break", vic)
    assert m.why == 'work wear taken off after work ("Greens off")' and m.key == "greens"
    [m] = _check("Lanyards off, trackies on after a long week at the office", vic)  # the off-duty trackies exclude nothing
    assert m.why == 'uniform term "Lanyards" with work context "office"'
    assert not _fires("Heels off, trackies on, wine poured", "vic")
    assert not _fires("headset on, lanyard off, call centre life", "dibp")  # a lanyard taken off is anyone's
    [m] = _check("Proud to wear the orange after a week of flood rescues", qld)
    assert m.why == 'work wear worn with pride ("Proud to wear the orange")' and m.key == "orange"
    [m] = _check("Scrubs on, hair up, 12 hours to go", qld)
    assert 'work context "12 hours to go"' in m.why
    assert "12 hrs on 4K ahead" in _check("Scrubs on, coffee in, 12 hrs on 4K ahead", qld)[0].why


def test_an_events_crew_and_protective_gear():
    assert not _fires("Security lanyard for the concert crew tonight, all access", "dibp")
    assert not _fires("Theatre blacks and a lanyard for the backstage crew on opening night", "tas")
    assert _fires("Security lanyard for the new building at work, ABF crest on it", "dibp")  # the organisation named
    assert _fires("Burn test at the CSIRO lab today, two of us in full PPE", "aps")


def test_a_comparison_is_not_the_setting():
    # a school or a club named in a simile says how the work looked; the uniform is still the job's
    assert _fires("Inspection in dress uniform at muster, lined up like a school photo", "qld")
    assert _fires("the new staff lanyard looks like a footy club raffle ticket #apslife", "aps")
    # a real school, a liking, a wish: still excluded
    assert not _fires("Inspection in dress uniform at muster for the school photo", "qld")
    assert not _fires("I like school hats, they wear them at work too", "qld")
    assert not _fires("we'd like a club polo for the shift social", "vic")


def test_work_wear_worn_out_among_the_public_is_still_the_jobs():
    # the place is where the uniform was seen, not whose it is
    assert _fires("Ducked into Coles in my greens after shift, three people asked about their nan", "vic")
    assert _fires("Wore the uniform to my niece's school assembly, she was thrilled", "vic")
    # an exclusion inside the garment's own words still holds; a pass is anyone's
    assert not _fires("wore my old school uniform to the 90s party and it still fits", "qld")
    assert not _fires("wore my pass to the concert after work", "dibp")
    assert not _fires("Ducked into Coles after my shift for bread", "vic")


def test_a_partys_theme_is_a_costume():
    assert not _fires("office trivia theme is superheroes at work, who has a cape and a badge", "vic")
    assert not _fires("cop-themed party for the team at work, anyone got a hat", "qld")
    assert _fires("office trivia at work tonight, still in my uniform", "vic")


def test_a_work_pass_in_daily_use_is_its_own_context():
    # scanned at a door, dead, its photo, clipped on for the day, the visitor's sign-in at one's own building
    for text in (
        "lanyard beeps, the door stays shut, can someone swipe me in at the loading dock",
        "Security pass wouldn't scan at the boom gate twice this morning",
        "New staff ID photo and I look like I've been up for three days",
        "Pass on, coffee in hand, onto the floor",
        "left my pass at home and had to be signed in like a visitor to my own floor",
    ):
        [m] = _check(text, __import__("auditor.config", fromlist=["x"]).load_profile("aps"))
        assert m.why.startswith("a work pass in use"), (text, m.why)
    # anyone's ticket, a thank-you passed on, a gym's card
    assert not _fires("my bus pass wouldn't scan again, walked to town", "aps")
    assert not _fires("Boarding pass photo for the gram, Bali here we come", "aps")
    assert not _fires("please pass on our thanks to the lovely nurse", "vic")
    assert not _fires("new gym ID card photo is criminal", "aps")
    assert not _fires("My conference pass photo looks like a hostage video", "aps")


def test_a_uniforms_kit_laid_out_as_a_list():
    for text, name in (
        ("Blues pressed, boots done, radio charged. Early start tomorrow", "tas"),
        ("Keys, radio, cuffs. Ready for the block", "vic"),
        ("Greens on, stethoscope on, coffee in hand", "qld"),
        ("Boots, khakis and my ranger badge for the summer", "tas"),
    ):
        [m] = _check(text, __import__("auditor.config", fromlist=["x"]).load_profile(name))
        assert m.why.startswith("work kit laid out or put on"), (text, m.why)
    # any site's kit, a single garment, a costume's list
    assert not _fires("Hi-vis, hard hat and steel caps for the building site tomorrow", "tas")
    assert not _fires("new boots, new belt, new bag. retail therapy", "tas")
    assert not _fires("Kids want a police-themed party, anyone got a toy badge and cap?", "qld")


def test_a_private_workplace_by_its_trade_and_a_childs_band_or_badge():
    assert not _fires("Headset on, lanyard on, first shift at the insurance call centre", "tas")
    assert not _fires("scrubs on, first day at the dental clinic, wish me luck", "tas")
    assert not _fires("Supervisor at the mine got us new hard hats with our names on them", "aps")
    assert not _fires("Our girl's teacher gave her a reading badge for finishing the term list", "tas")
    # the state's own clinic staff, with the organisation named, still fire
    assert _fires("scrubs on, first day at the Royal Hobart Hospital dental clinic", "tas")


def test_a_pay_cap_a_pass_handed_back_a_logo_on_the_lanyard_and_a_shift_by_its_hours():
    assert not _fires("Our pay offer is 3% after a decade of caps at the APS and they call it generous", "aps")
    assert _fires("Handed my pass back today at the terminal. 11 years with the best team in cargo", "dibp")
    assert _fires("Another reshuffle, another new logo on my lanyard. Same job.", "aps")
    assert _fires("Lost my work pass at the shops, if anyone finds it pls DM", "aps")
    assert not _fires("Lost my bus pass at the shops again", "aps")
    assert _fires("Nobody warns you the boots will wreck your feet on a 12hr at the terminal", "dibp")
    assert not _fires("New boots for the hike, a 12 hour drive to the Grampians tomorrow", "vic")
    # a private build, a mine's crew, a volunteer crew, picking season
    assert not _fires("Excited to start as Site Supervisor at a construction firm! New hi-vis, new crew", "qld")
    assert not _fires("hi vis on, volunteer crew for the lantern parade tonight", "tas")


def test_a_work_pass_handled_at_a_buildings_door_or_floor():
    # forgotten, brought or checked where security, a floor or a door is named
    for text, profile in (
        ("forgot my pass again, security had to sign me in at the front desk", "dibp"),
        ("bring your pass tomorrow, security at the Civic building is checking every card", "aps"),
        ("pass doesn't work again, locked out of level 9", "qld"),
        ("swipe card finally works on level 4, only took a fortnight", "vic"),
    ):
        [m] = _check(text, __import__("auditor.config", fromlist=["x"]).load_profile(profile))
        assert "a work pass in use" in m.why, (text, m.why)
    # anyone's pass, or one with no door, floor or security in sight
    assert not _fires("Lost my gym pass in the car park again, security at the gym was no help", "dibp")
    assert not _fires("forgot my pass at home, what a morning", "aps")
    assert not _fires("Left my pass at home and concert security would not let me in", "tas")


def test_work_wear_the_public_took_for_staff_is_the_jobs():
    # the shop, the café, the child's sports day is where the public asked the wearer about the work
    for text, profile in (
        ("Don't wear your pass to the servo across the road, customers WILL follow you to the car", "aps"),
        ("Wore my pass into the café downstairs and got asked for legal advice", "tas"),
        ("Left the lanyard on at the kids' footy, two parents asked me about their visas", "dibp"),
    ):
        [m] = _check(text, __import__("auditor.config", fromlist=["x"]).load_profile(profile))
        assert "that the public took for staff wear" in m.why, (text, m.why)
    # an exclusion in the worn thing's own words still says whose it is; nothing read, nothing asked
    assert not _fires("Wore my Maccas uniform to the footy and people asked me for fries", "dibp")
    assert not _fires("Lanyard from the festival still on, someone asked me about the lineup", "dibp")
    assert not _fires("Wore my pass into the café downstairs", "tas")


def test_a_boast_is_no_game():
    assert _fires("Me and Sarge on the wharf, hi-vis game strong", "dibp")
    assert not _fires("hi-vis on for the game, go Tigers", "dibp")


def test_a_university_hospital_is_a_hospital_and_a_vet_nurse_is_a_private_job():
    assert _fires("Scrubs, Crocs and a 13 hr shift at Gold Coast Uni Hospital. Send coffee", "qld")
    assert not _fires("Uni assignment due and a 12 hr shift tomorrow, new uniform for prac", "qld")
    assert not _fires("Day in my life as a vet nurse, scrubs, cuddles, chaos", "tas")
    assert _fires("Late shift at the Austin done, scrubs straight in the wash", "vic")


def test_years_in_the_work_wear_a_badge_number_and_a_scrub_cap_need_no_context():
    from auditor.config import load_profile

    qld, vic, aps = load_profile("qld"), load_profile("vic"), load_profile("aps")
    [m] = _check("Farewell cake today, 27 years of polishing these boots", qld)
    assert m.why == 'uniform term "27 years of polishing these boots" with a term specific to work uniforms'
    assert _check("Badge number 3319 off for a fortnight 🌴", aps)
    assert _check("Ten years in the Blue Mountains, new hiking boots", qld) == []
    # a theatre nurse's scrub cap where the state's hospitals are its own; a vet nurse's is a private job
    assert _check("New scrub cap with tiny koalas on it, which one for the morning list", vic)
    assert _check("Vet nurse life, new scrub cap for surgery day", vic) == []


def test_a_pass_that_does_not_open_a_schemes_merchandise_and_a_volunteers_day():
    from auditor.config import load_profile

    tas, qld = load_profile("tas"), load_profile("qld")
    [m] = _check("my pass didn't scan at the depot gate again, 6am and locked outside", tas)
    assert "a work pass in use" in m.why
    # a scheme's merchandise mocked in scare quotes; a volunteer at a show; a private guard
    assert _check("Third org chart this year. Can't wait for the 'agile mindset' lanyards at work 🙄", qld) == []
    assert _check("Hi-vis and a lanyard for the car park at the show, volunteering with the Apex lot, not my day job", qld) == []
    assert _check("the guard at my work (private security) wears the same cap as the police", tas) == []


def test_attire_a_shows_uniforms_are_the_shows():
    vic = load_profile("vic")
    assert _check("first episode of the new police drama tonight and the uniforms are all wrong", vic) == []
    assert _check("Border Force season 2 starts tonight, love the uniforms", load_profile("dibp")) == []
    # the writer's own uniform beside the show is still theirs
    assert _check("watching the police drama in my uniform after my shift at Box Hill station, the hat's wrong", vic)


def test_a_games_gear_and_a_teams_colours_are_no_uniform():
    assert not _uniform("paintball this weekend, the body armour they give you is from 1998", "dibp")
    assert not _uniform("Bought a second hand ballistic vest for airsoft, heavier than my dog", "dibp")
    assert not _uniform("wearing the blues for Origin tonight 💙 up the Blues!", "dibp")
    assert _uniform("body armour on, 12 hours on the wharf with the ABF crew", "dibp")


def test_a_trip_a_childs_first_day_a_keepsake_and_a_card_that_is_no_work_pass_are_no_uniform():
    assert not _uniform("new navy cap and vest for the fishing trip", "dibp")
    assert not _uniform("Prep day one! Uniform is massive on him, he'll grow into it", "qld")
    assert not _uniform("Tried on my grandma's old nurse's cap and cape from the 70s", "vic")
    assert not _uniform("New ID photo for my passport and I look like a hostage", "vic")
    assert not _uniform("Yeah I work at the Gold Coast Uni Hospital and we've had 3 code greens this week", "qld")
    assert _uniform("Passport-photo level lighting but the new badge is in, ABF", "dibp")


def _uniform(text: str, name: str) -> bool:
    """Whether any rule under the profile `name` reports a uniform in a plain post of `text`."""
    from auditor.config import load_profile
    from auditor.engine import active_rules, run_rules
    from auditor.models import Item, ItemKind, Platform

    profile = load_profile(name)
    item = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text=text)
    return any(f.category == "uniform" for f in run_rules([item], active_rules(profile), profile))


def test_nothing_worn_at_all_whoever_is_named():
    from auditor.rules.attire import _NOT_WORN

    for text in (
        "the childproof cap on this bottle needs a engineering degree",
        "I'll eat my hat if the new system works on day one",
        "Out of uniform for once, beach day with the kids",
        "the fashion police are out at the Christmas party",
        "found some Customs memorabilia at the op shop",
        "found my old hi-vis vest from the colour run in the shed",
        "Hi-vis vest on for Clean Up Australia Day with the kids",
        "On the parents' crossing roster this week, hi-vis vest and all",
    ):
        assert _NOT_WORN.search(text), text
    for text in ("cap on, boots on, first shift at the wharf", "Uniform Police, Melbourne Airport. Coffee-powered."):
        assert not _NOT_WORN.search(text), text
