"""auditor.rules.colleagues: COL101, person references and the work context that makes them colleagues."""

from __future__ import annotations

import dataclasses

from auditor.config import load_profile
from auditor.engine import active_rules, run_rules
from auditor.models import Item, ItemKind, Platform, Severity
from auditor.rules.colleagues import RULES, names_someone
from auditor.rules.personrefs import people_in

COL101 = RULES[0]


def _item(text: str, kind: ItemKind = ItemKind.POST, field: str | None = None, people: tuple[str, ...] = ()) -> Item:
    return Item(platform=Platform.FACEBOOK, kind=kind, path="t", text=text, field=field, people=people)


def test_colleagues_rules():
    assert [r.code for r in RULES] == ["COL101"]
    assert COL101.group == "tags"


def test_colleagues_check_one_and_several_people(dibp):
    [one] = COL101.check(_item("Huge thanks to my supervisor Raj for covering my shifts"), dibp)
    assert one.key == "colleagues:raj"
    assert (one.severity, one.confidence) == (Severity.MEDIUM, 0.75)
    [two] = COL101.check(_item("partner in crime on night shift @dani.lee.xo and Bec"), dibp)
    assert two.key == "colleagues:@dani.lee.xo,bec"
    assert (two.severity, two.confidence) == (Severity.HIGH, 0.85)  # several people, one by handle


def test_colleagues_check_negatives_and_connections(dibp):
    assert list(COL101.check(_item("Dinner with Sarah and Tom, best night in ages"), dibp)) == []
    assert list(COL101.check(_item("Inspector Gadget marathon with the kids"), dibp)) == []
    conn = _item("Border Force Officer at Australian Border Force", ItemKind.PROFILE_FIELD, "connection", ("Kim Lee",))
    [m] = COL101.check(conn, dibp)
    assert m.key == "connection:kim lee" and m.severity == Severity.LOW
    other = _item("Software Engineer at Atlassian", ItemKind.PROFILE_FIELD, "connection", ("Kim Lee",))
    assert list(COL101.check(other, dibp)) == []


def test_owner_is_never_their_own_colleague(dibp):
    col101 = next(r for r in RULES if r.code == "COL101")
    owner = dataclasses.replace(dibp, data={**dibp.data, "owner": {"names": ["Morgan Quillfeather"], "handles": ["mquill"]}})
    alone = Item(
        platform=Platform.FACEBOOK,
        kind=ItemKind.CHECK_IN,
        path="p",
        text="Coffee before the early shift",
        people=("Morgan Quillfeather",),
    )
    assert list(col101.check(alone, dibp)) != []  # without the owner known, a tagged name reads as a colleague
    assert list(col101.check(alone, owner)) == []
    both = Item(
        platform=Platform.MASTODON, kind=ItemKind.POST, path="p", text="Night shift with @jtamberlin and @mquill@mastodon.example"
    )
    [m] = list(col101.check(both, owner))
    assert "jtamberlin" in m.why and "mquill" not in m.why


def test_ones_own_principal_is_a_colleague_only_where_the_organisation_runs_schools(dibp):
    qld = load_profile("qld")
    assert list(COL101.check(_item("Our principal Mr Faleolo painted the library with us"), qld))
    assert not list(COL101.check(_item("Our principal Mr Faleolo painted the library with us"), dibp))


def test_a_name_before_its_unit_the_sergeant_by_rank_and_a_covered_shift_are_work_context():
    aps, vic = load_profile("aps"), load_profile("vic")
    assert list(COL101.check(_item("the payments system is held together with tape and Graham from IT"), aps))
    assert list(COL101.check(_item("Sarge said I'm doing the exhibits audit on my own"), vic))
    assert list(COL101.check(_item("@bec_rn thanks for taking my Sunday late on 4 West"), vic))
    assert not list(COL101.check(_item("@bec_rn thanks for the dumplings on Sunday"), vic))


def test_names_someone_for_the_learned_rule(dibp):
    from auditor.rules.colleagues import names_someone

    assert names_someone("Ring Darren on 0428 550 973 about the kiosks", dibp)
    assert not names_someone("My brother-in-law is a Superintendent at Tullamarine", dibp)  # a rank, no name
    assert not names_someone("Our section is being absorbed in the MoG changes", dibp)
    assert not names_someone("ask for the duty supervisor at the cargo shed", dibp)
    assert names_someone("Our watch commander Lou just did his last shift", dibp)  # a name after a role
    assert names_someone("Our EL2 just announced no leave approvals until March", dibp)  # someone titled
    assert names_someone("the Director wants the brief by 9", dibp)
    assert not names_someone("APS4 at DSS, our section is being absorbed", dibp)  # the writer's own level
    assert names_someone("The Deputy Secretary wants the brief by 9", dibp)  # titled as staff say it
    assert names_someone("my team leader keeps moving the targets", dibp)
    assert names_someone("Member Okafor sitting on the list tomorrow", dibp)
    # the writer's own title line, its fields after a bar or a dash
    assert not names_someone("EL1 Director, Border Systems - Department of Home Affairs", dibp)
    assert not names_someone("Assistant Director | Visa Integrity | Canberra", dibp)


def test_a_relative_whose_rank_reads_as_a_person_is_still_a_relative_at_work(dibp):
    found = list(COL101.check(_item("That's my brother-in-law Marco in the photo, he's a Superintendent at Tullamarine"), dibp))
    assert [m.key for m in found] == ["colleagues:relative"]


def test_a_relative_at_work_is_a_colleague_only_named_or_tagged(dibp):
    # the guide's colleague is "a person named, tagged or titled": writers briefed with it alone
    # label an unnamed relative at work no colleague (the employer named is DEP101's)
    tas = load_profile("tas")
    for text, profile in (
        ("That's my brother-in-law in the photo, he's a Superintendent at Tullamarine", dibp),
        ("my cousin works for Border Force at Perth Airport, says the drug mule cases are up heaps", dibp),
        ("Haha my husband works at the Launceston Reserve Prison and he says the same about the tea room fridge", tas),
    ):
        assert not [f for f in run_rules([_item(text)], active_rules(profile), profile) if f.code.startswith("COL")], text
    for text, profile in (
        ("my cousin Aaron works for Border Force at Perth Airport, says the queues are bad", dibp),
        ("my husband Craig works at Risdon, the lockdowns are constant", tas),
        ("Congrats to my sister @jess_t on her first posting with Border Force at Darwin", dibp),
    ):
        assert [f for f in COL101.check(_item(text), profile)], text


def test_names_someone_sees_no_one_in_a_relative_at_work_unnamed(dibp):
    from auditor.rules.colleagues import names_someone

    aps = load_profile("aps")
    assert not names_someone("My housemate works Medicare claims and the floor is on forced overtime", aps)
    assert not names_someone("Dad's retiring after 35 years as a ranger, the crew are putting on a BBQ", aps)
    assert names_someone("My housemate Rhys works Medicare claims and the floor is on forced overtime", aps)


def test_names_someone_leaves_out_the_writers_signature_a_character_and_who_served_the_writer(dibp):
    from auditor.rules.colleagues import names_someone

    assert not names_someone("Regards, Tom Vu | Senior Analyst, Budget | DTF (03) 9651 2284", dibp)
    assert not names_someone("Finished Line of Duty again. Superintendent Hastings, now we're sucking diesel", dibp)
    assert not names_someone("Officer Rahman at the Perth counter was amazing with my grandmother, thank you!!", dibp)
    assert names_someone("Officer Rahman at the Perth counter covered my lunch break again", dibp)


def test_ones_own_superior_by_title_alone_is_a_colleague_where_the_organisation_has_one():
    qld = load_profile("qld")
    for text in (
        "Staff meeting ran over again, our AP said the timetable is final",
        "Brief to the Secretary's office by COB, the DG wants it tonight",
        "Our new Commissioner's first all-staff email was three pages of buzzwords",
        "Cheers Sarge!! the watch house won't be the same without you",
    ):
        assert list(COL101.check(_item(text), qld)), text
    for text in (
        "nobody can tell me who my director is after the restructure",
        "my team leader at the call centre times my breaks",
    ):
        assert not list(COL101.check(_item(text), qld)), text
    # the writer's AP is a colleague only where the organisation runs schools
    assert not list(COL101.check(_item("Staff meeting ran over again, our AP said the timetable is final"), load_profile("dibp")))


def test_a_friends_occasion_with_no_tie_to_the_writers_work_is_no_colleague():
    for name in ("aps", "dibp", "tas"):
        profile = load_profile(name)
        for text in (
            "Congrats Priya on your promotion!! Drinks on you",
            "Farewell drinks for Sam tonight, gonna miss your awful puns mate",
            "All the best in retirement Gary, the bowls club won't be the same",
        ):
            assert not list(COL101.check(_item(text), profile)), (name, text)
    # the same occasion with the writer's work around it
    assert list(COL101.check(_item("Farewell drinks for Sam tonight, 20 years on the wharf with us"), load_profile("dibp")))


def test_hospital_staff_are_the_organisations_own_where_it_runs_hospitals(dibp):
    tas = load_profile("tas")
    text = "Charge nurse Bronte covered half my night shift on 3C, legend"
    assert list(COL101.check(_item(text), tas))
    assert not list(COL101.check(_item(text), dibp))  # another employer's nurse under dibp


def test_names_someone_leaves_out_a_kind_of_post_and_a_child_fetched(dibp):
    from auditor.rules.colleagues import names_someone

    aps = load_profile("aps")
    assert not names_someone("Hot tip: any new EL2 should read the APS values before their first meeting", aps)
    assert names_someone("Our new EL2 should read the APS values before her first meeting", aps)
    assert not names_someone("Thanks heaps for grabbing Matilda from netball, owe you", aps)


def test_the_first_stage_lets_a_superiors_short_title_through():
    from auditor.rules.analysis import first_stage

    qld = load_profile("qld")
    assert first_stage("lol our AP made us redo the whole fire drill", qld)
    assert list(COL101.check(_item("lol our AP made us redo the whole fire drill"), qld))
    assert not first_stage("lol this dp is so old, made it years ago", qld)


def test_names_someone_leaves_out_a_shared_inbox_and_a_post():
    from auditor.rules.colleagues import names_someone

    vic = load_profile("vic")
    assert not names_someone("send the report to the duty inspector inbox before 6", vic)
    assert names_someone("send the report to the duty inspector before 6", vic)


def test_a_role_handle_someone_acting_up_or_on_an_extension_is_at_work(dibp):
    aps, qld = load_profile("aps"), load_profile("qld")
    assert list(COL101.check(_item("@benny_medic_7 you left your radio in the car again"), qld))
    assert list(COL101.check(_item("Wren is acting TL till Friday, send leave to her"), aps))
    assert list(COL101.check(_item("ask for Ngaio on ext 5521 about it"), aps))
    assert not list(COL101.check(_item("@sam_kelly_88 you left your radio in the car again"), qld))
    assert not list(COL101.check(_item("grad day with @lucy.m.rn, scrubs fitted, clogs broken in"), dibp))


def test_someone_off_the_roster_is_at_work():
    aps = load_profile("aps")
    assert list(COL101.check(_item("I'm on the phones till 6 and Tonks's off, send help"), aps))
    assert not list(COL101.check(_item("Tonks's off to Bali next week, so jealous"), aps))


def test_who_holds_the_duty_kit_or_worked_a_double_is_at_work(dibp):
    tas, aps = load_profile("tas"), load_profile("aps")
    assert list(COL101.check(_item("weekend on-call is 1800 000 111, option 2, Marnie's got the pager"), tas))
    assert list(COL101.check(_item("I've got the duty mobile for the Dubbo office, Ringo has the after hours one"), aps))
    assert list(COL101.check(_item("the wharf shift was 4 short so Tevita ended up doing a double"), dibp))
    assert not list(COL101.check(_item("Marnie's got the car and the keys till Sunday"), tas))
    assert not list(COL101.check(_item("Tevita did a double at the cafe again, legend"), dibp))


def test_names_someone_leaves_out_the_writers_own_title_but_not_a_relatives():
    from auditor.rules.colleagues import names_someone

    vic = load_profile("vic")
    assert not names_someone("Thrilled that I've started in the Fraud Branch as an Assistant Director. Reach me at work", vic)
    assert names_someone("Badge pinned on by Mum, who retired as a Senior Sergeant at the Academy", vic)
    assert names_someone("Thrilled that our team has an Assistant Director again", vic)


def test_a_titled_person_greeted_or_placed_is_staff_but_a_character_is_not():
    vic = load_profile("vic")
    assert list(COL101.check(_item("Tell Sgt Dawes at Box Hill I said hi, he owes me a parma"), vic))
    assert not list(COL101.check(_item("Inspector Gadget marathon with the kids"), vic))


def test_names_someone_skips_the_writers_own_title_line(dibp):
    from auditor.rules.colleagues import names_someone

    aps = load_profile("aps")
    assert not names_someone("Assistant Director, Indo-Pacific Branch, DFAT | m. 0400 000 000 (work)", aps)
    assert not names_someone("Deputy Principal, Junior School | Hilltop College | d.p@example.edu.au", aps)
    # a title saying something is someone; names after the last field are still read
    assert names_someone("The Director wants the brief | due 5pm", aps)
    assert names_someone("Team Leader, Intake | Home Affairs | best team in the APS (looking at you, Jo & Femi)", dibp)


def test_the_reader_given_a_post_for_a_day_is_a_colleague():
    vic = load_profile("vic")
    assert list(COL101.check(_item("Dazza you're on the front gate Thursday nights, bring a torch"), vic))


def test_a_short_form_or_nickname_staff_use_is_a_name(dibp):
    """Short forms and -o nicknames are listed given names: "Robbo's leaving", "Nige from the intake team"."""
    assert list(COL101.check(_item("Robbo's leaving end of the month, card going round the office"), dibp))
    assert list(COL101.check(_item("Nige from the Wagga intake team covered my callbacks all week"), load_profile("aps")))
    assert not list(COL101.check(_item("Robbo's leaving for Bali next week, so jealous"), dibp))


def test_a_character_by_rank_or_a_superior_in_a_game_is_no_colleague():
    """ "giving Sergeant Crumb energy": the surname inside the titled reference is the same person;
    "my sergeant in the game": a character."""
    tas, vic = load_profile("tas"), load_profile("vic")
    assert not list(COL101.check(_item("This is giving Sergeant Crumb energy 😂"), tas))
    assert not list(COL101.check(_item("my sergeant in the game keeps walking into doors 💀"), vic))
    assert list(COL101.check(_item("my sergeant keeps walking into doors 💀"), vic))


def test_a_name_after_a_verb_that_sends_the_reader_to_them_is_found(dibp):
    # "Ask Leanne": read whole, the two words are no listed name; the verb is passed over
    [m] = COL101.check(_item("Ask Siobhan in cargo, she's been with Border Force since the merger"), dibp)
    assert "'Siobhan'" in m.why
    assert names_someone("Ping Tahlia in the visa team if the system drops out again", dibp)
    # ... but not a name greeted or mocked, nor a firm
    assert not list(COL101.check(_item("Sure Jan, the Minister says frontline services are protected"), dibp))
    refs = [r for r, _a, _b in people_in(_item("Call Dave's Removals, great job"), dibp)]
    assert "Dave" not in refs


def test_a_two_letter_name_from_its_unit_and_a_name_a_role_is_said_of():
    aps = load_profile("aps")
    [m] = COL101.check(_item("Di from rostering says the new lines start Monday, pass it on"), aps)
    assert "Di from rostering" in m.why
    assert not list(COL101.check(_item("Hi from the Geelong office team! Doors open at 9"), aps))
    # ... and a unit in lower case: "from compliance", "from integrity"
    [m] = COL101.check(_item("bumped into Mark from integrity at the coffee cart, now I'm checking every click"), aps)
    assert "Mark from integrity" in m.why
    [m] = COL101.check(_item("Give the file to Pravesh, he's the TL for the disaster team now"), aps)
    assert "Pravesh, he's the TL" in m.why
    assert not list(COL101.check(_item("Marta's the manager at the café now and gave us free scones"), aps))
    assert not list(COL101.check(_item("Finally finished Brooklyn Nine-Nine. Captain Holt is my manager goals"), aps))


def test_a_name_from_the_shift_they_work_but_not_a_sites_second_word():
    vic = load_profile("vic")
    [m] = COL101.check(_item("Is that Tui from nights? tell her the cargo team says hi"), vic)
    assert "Tui from nights" in m.why
    refs = [r for r, _a, _b in people_in(_item("Bendigo Base on night shift again, just me and the kettle"), vic)]
    assert refs == []
    refs = [r for r, _a, _b in people_in(_item("Yongah Hill on nights again, the kettle's on"), load_profile("dibp"))]
    assert refs == []


def test_names_someone_leaves_out_a_personal_notes_reader_and_its_writer():
    from auditor.config import load_profile
    from auditor.rules.colleagues import names_someone

    aps = load_profile("aps")
    assert not names_someone("Mum it's Kezza, I'm on the 7:30 start at the service centre all week", aps)
    assert not names_someone("hey Sam it's Kira, I'm on the counter all week so no dinner", aps)
    # the work's own note: the reader is named
    assert names_someone("Hey Raj it's Kirsty from the contact centre, can u take my Sunday?", aps)


def test_a_club_with_a_unit_or_a_crew_is_no_workplace(dibp):
    # a name and a work word at a club the writer belongs to: "[colleagues] exclude"
    assert list(COL101.check(_item("The dive team at our sailing club is just Steve and a leaky wetsuit"), dibp)) == []
    assert list(COL101.check(_item("Happy retirement to Gaz, the best groundsman the bowls club ever had"), dibp)) == []
