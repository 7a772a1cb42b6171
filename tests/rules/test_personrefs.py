"""auditor.rules.personrefs: the person references a text names, tags or titles (`people_in`)."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.models import Item, ItemKind, Platform
from auditor.rules.personrefs import people_in


def _item(text: str, kind: ItemKind = ItemKind.POST, people: tuple[str, ...] = ()) -> Item:
    return Item(platform=Platform.FACEBOOK, kind=kind, path="t", text=text, people=people)


def test_people_in_finds_names_handles_titles_and_greeted_names(dibp):
    assert people_in(_item("Huge thanks to my supervisor Raj"), dibp) == [("Raj", 29, 32)]
    assert people_in(_item("partner in crime @dani.lee.xo"), dibp) == [("@dani.lee.xo", 17, 29)]
    assert people_in(_item("Congrats to Officer Walsh"), dibp) == [("Officer Walsh", 12, 25)]
    assert people_in(_item("Farewell Tevita, 20 years on the wharf"), dibp) == [("Tevita", 9, 15)]
    assert people_in(_item("Congrats Aisha and Fotu on the promotion"), dibp) == [("Aisha", 9, 14), ("Fotu", 19, 23)]


def test_people_in_leaves_out_pets_verbs_places_and_the_agency(dibp):
    assert people_in(_item("good boy Max"), dibp) == []
    assert people_in(_item("Will not miss it"), dibp) == []
    assert people_in(_item("Thanks Sydney, great weekend"), dibp) == []
    assert people_in(_item("follow @AusBorderForce"), dibp) == []
    assert people_in(_item("Thanks Border Force for the help"), dibp) == []
    # an everyday first word before a unit ("Work in ... IT"), not "Sam in IT"
    aps = load_profile("aps")
    assert people_in(_item("Work in Services Australia IT. The mainframe is older than me."), aps) == []
    assert people_in(_item("Sam in IT fixed it"), aps) == [("Sam", 0, 3)]
    # the meme, and an account of a commission
    assert people_in(_item("Client went full Karen at the counter today"), aps) == []
    assert people_in(_item("Karen at the counter sorted it"), aps) == [("Karen", 0, 5)]
    assert people_in(_item("How about a pay rise that matches inflation @APSCommission?"), aps) == []


def test_people_in_leaves_out_working_dogs_and_names_after_place_only_prepositions(dibp):
    assert people_in(_item("My beagle partner Sprocket retired today"), dibp) == []
    assert people_in(_item("our kelpie named Rusty slept through my shift"), dibp) == []
    assert people_in(_item("fire line north of Lucy with my crew"), dibp) == []
    assert people_in(_item("12 hours on the fire line near Tara"), dibp) == []
    assert people_in(_item("shift partner Sprocket"), dibp) == [("Sprocket", 14, 22)]
    assert people_in(_item("sat with Tara at the briefing"), dibp) == [("Tara", 9, 13)]


def test_people_in_adds_tagged_people_without_a_span(dibp):
    assert people_in(_item("", kind=ItemKind.PHOTO, people=("Jo Bloggs",)), dibp) == [("Jo Bloggs", 0, 0)]


def test_people_in_finds_a_role_or_rank_before_initials_and_skips_places_dates_and_the_writer(dibp):
    aps, tas = load_profile("aps"), load_profile("tas")
    assert people_in(_item("Director K.T. wants the audit pack by COB"), aps) == [("Director K.T.", 0, 13)]
    assert people_in(_item("EL2 Marko B. said we're getting new starters"), aps) == [("EL2 Marko B.", 0, 12)]
    assert people_in(_item("Night shift at Ashley, 3 staff for 12 kids"), tas) == []
    assert people_in(_item("On leave until 14 Jan, email the team"), dibp) == []
    assert people_in(_item("Ring the office and ask for me, Steph"), aps) == []
    assert people_in(_item("Former ABF Superintendent. The policy is wrong"), dibp) == []
    assert people_in(_item("@travelmumoz if your bag's been held, email the team"), dibp) == []


def test_people_in_finds_honorifics_names_before_their_unit_and_mates_names_but_not_openings(dibp):
    qld, tas = load_profile("qld"), load_profile("tas")
    assert people_in(_item("Farewell to Mrs Okoro after 18 years"), qld) == [("Mrs Okoro", 12, 21)]
    assert people_in(_item("Leanne from the Geelong office just rang"), dibp) == [("Leanne", 0, 6)]
    assert people_in(_item("Ask Brenda in HR about it"), dibp) == [("Brenda", 4, 10)]
    assert people_in(_item("Gazza's last shift today"), dibp) == [("Gazza", 0, 5)]
    assert people_in(_item("Everyone from the office came"), dibp) == []
    assert people_in(_item("Staging plan for Christmas Island in it"), dibp) == []
    assert people_in(_item("Hi Mrs Lowe, Ms Carter from Rosetta Primary here, call me"), tas) == []


def test_a_greeting_opens_to_a_colleague_but_not_to_someone_offered_help():
    aps = load_profile("aps")
    assert people_in(_item("Hi Tavita, the escort run is moved to 0600"), aps) == [("Tavita", 3, 9)]
    assert people_in(_item("Hi Tom, happy to chat about the grad program"), aps) == []
    assert people_in(_item("Hi Aunty, use my work email for the form"), aps) == []


def test_people_in_reads_a_name_the_list_lacks_in_a_slot_only_a_person_fills(dibp):
    def refs(text: str) -> list[str]:
        return [r for r, _a, _b in people_in(_item(text), dibp)]

    assert refs("Kel's roster has me on three nights straight") == ["Kel"]
    assert refs("Roster's got me with Gibbo again") == ["Gibbo"]
    assert refs("ask for Col at the depot") == ["Col"]
    assert refs("I know it's you, Trevor.") == ["Trevor"]
    assert refs("Hey Tanya your leave form bounced") == ["Tanya"]
    assert refs("Farewell Di, 40 years of teaching") == ["Di"]
    # days, places, titles and imperatives are no names
    assert refs("Today's roster is out") == []
    assert refs("Sydney's roster of events is huge") == []
    assert refs("Inspector's farewell friday, dress is civvies") == []
    assert refs("Can you cover me Sunday? Send your form to the roster inbox") == []


def test_people_in_reads_a_colleagues_address_said_of_them_but_not_the_writers(dibp):
    qld = load_profile("qld")
    text = "Send the reports to dana.cole@corrections.qld.gov.au, she'll sign off tonight"
    assert people_in(_item(text), qld) == [("dana.cole@corrections.qld.gov.au", 20, 52)]
    assert people_in(_item("RSVPs to dana.cole@police.qld.gov.au please"), qld) == []
    assert people_in(_item("email me at dana.cole@police.qld.gov.au, he said it's fine"), qld) == []


def test_people_in_leaves_out_a_dog_by_its_rank_or_its_work(dibp):
    vic, tas = load_profile("vic"), load_profile("tas")
    assert people_in(_item("Sergeant Biscuit has claimed the couch again 🐶"), vic) == []
    assert people_in(_item("Biosecurity Tasmania dog team today, Bella sniffed out 3 bags of fruit"), tas) == []


def test_people_in_reads_who_is_told_welcomed_or_named_in_brackets_and_an_apostrophe_surname(dibp):
    def refs(text: str, profile=dibp) -> list[str]:
        return [r for r, _a, _b in people_in(_item(text), profile)]

    assert refs("Tell Naz she owes me a coffee") == ["Naz"]
    assert refs("the new starter in the Hobart office (Tayla?) is lovely") == ["Tayla"]
    assert refs("Manager (Kel) called the police") == ["Kel"]
    assert refs("Excited to welcome Pritika Das to our infection control team!") == ["Pritika Das"]
    assert refs("Welcome to our new starter Harriet who joins the team today!") == ["Harriet"]
    assert refs("Need the court list, Sgt O'Neil wants it before 8") == ["Sgt O'Neil"]
    # a title's words, a verb after "Will", a name split over lines, a show's title
    assert refs("Marine Unit Coxswain, ABF") == []
    assert refs("Anyone able to cover my Sat shift? Will swap for a Tues") == []
    assert refs("Mon-Fri 8:30-5, call the registry") == []
    assert refs("Regards, Ben Hocking | Senior Project Officer | (03) 6165 5123") == []


def test_people_in_leaves_out_a_parent_addressed_by_honorific_a_singer_and_a_town():
    vic, tas = load_profile("vic"), load_profile("tas")
    text = "Hi Mrs Kim, it's Mr Dale from Year 5 at Hilltop Primary, call me on the school line"
    assert [r for r, _a, _b in people_in(_item(text), vic) if "Kim" in r] == []
    assert people_in(_item("the prisoner on the ward has been singing Kylie Minogue since midnight"), tas) == []
    assert people_in(_item("nine jobs today, Burnie to George Town and back"), tas) == []


def test_people_in_reads_who_is_on_the_writers_crew_or_swapped_a_day():
    dibp = load_profile("dibp")
    refs = [r for r, _a, _b in people_in(_item("benno is on my shift tonight so it'll be a laugh"), dibp)]
    assert "benno" in refs
    refs = [r for r, _a, _b in people_in(_item("swapped my Wednesday earlies with Fitzy, owe him"), dibp)]
    assert "Fitzy" in refs
    assert people_in(_item("everything is on my roster this week, no life"), dibp) == []


def test_role_handle_is_a_handle_holding_a_work_role_or_the_organisations_acronym():
    from auditor.rules.personrefs import role_handle

    dibp, qld = load_profile("dibp"), load_profile("qld")
    assert role_handle("@benny_medic_7 you left your radio in the car", qld) == "@benny_medic_7"
    assert role_handle("@benny_medic_7 you left your radio in the car", dibp) is None  # no paramedics at dibp
    assert role_handle("me and @sam.abf.k on the early again", dibp) == "@sam.abf.k"
    assert role_handle("@benny_medic_7 thanks for the dumplings", qld) is None
    assert role_handle("@sam_kelly_88 you left your radio in the car", dibp) is None
    assert role_handle("only trust mail from @homeaffairs.gov.au", dibp) is None


def test_people_in_reads_who_is_off_acting_on_an_extension_passing_on_a_message_or_on_shift_with_the_writer():
    dibp = load_profile("dibp")

    def refs(text: str) -> list[str]:
        return [r for r, _a, _b in people_in(_item(text), dibp)]

    assert "Tonks" in refs("Tonks's off sick so I'm on the counter alone")
    assert "Wren" in refs("Wren is acting TL till Friday, send leave to her")
    assert "Ngaio" in refs("ask for Ngaio on ext 5521 about the backlog")
    assert "Tully" in refs("From Tully: muster at 0600, bring your vest")
    assert "Mossy" in refs("on the late shift at the wharf with Mossy again")
    assert refs("Tonks's off to Bali next week, jealous") == []
    assert refs("only trust mail from @homeaffairs.gov.au") == []


def test_people_in_reads_dotted_initials_and_initials_placed_in_the_office():
    dibp = load_profile("dibp")
    refs = [r for r, _a, _b in people_in(_item("credit to R.M. and the cargo team for the find"), dibp)]
    assert refs == ["R.M."]
    refs = [r for r, _a, _b in people_in(_item("TW on the 6th floor fixed my login in two minutes"), dibp)]
    assert refs == ["TW"]
    assert people_in(_item("Flying out at 6 P.M. tonight, back Monday"), dibp) == []


def test_people_in_reads_a_quoted_nickname_a_name_before_who_and_leaves_out_a_client_replied_to():
    dibp = load_profile("dibp")

    def refs(text: str) -> list[str]:
        return [r for r, _a, _b in people_in(_item(text), dibp)]

    assert refs("Farewell to 'Tonks', 12 years of fixing the scanners at the wharf") == ["Tonks"]
    assert "Tonks" in refs("Huge thanks to Tonks who took my whole caseload while I was crook")
    assert refs("Hi Dana, as discussed please send the documents and quote your TRN") == []
    assert refs("Hi Dana, as discussed the roster is up on the wall") == ["Dana"]


def test_people_in_leaves_out_a_count_of_a_senior_posts_holders(dibp):
    refs = [r for r, _a, _b in people_in(_item("Fourth new Deputy Secretary since 2022 and still no pay offer"), dibp)]
    assert "Deputy Secretary" not in refs
    refs = [r for r, _a, _b in people_in(_item("Our new Deputy Secretary wants the brief by Friday"), dibp)]
    assert "Deputy Secretary" in refs


def test_the_reader_of_a_note_that_introduces_the_writer_is_no_one_named():
    aps, vic = load_profile("aps"), load_profile("vic")
    # a note that greets its reader and then introduces the writer: a client, and the writer
    assert people_in(_item("Hi Rosa, it's Kev from the Dubbo intake team, can you call me back on my desk?"), aps) == []
    assert people_in(_item("Hi Rosa, Kev from the Dubbo office, can you ring me back on my desk?"), aps) == []
    # the writer by title: "This is Constable Harlow" introduces the writer
    assert people_in(_item("This is Constable Harlow, Mildura station. Re the break-in at your shed, ring me"), vic) == []
    # ... but not someone the writer sends the reader to beside the writer's own line
    assert people_in(_item("Ring me at the station on 5000 0000 or ask for Sgt Okafor"), vic) == [("Sgt Okafor", 47, 57)]
    # a reader greeted with no introduction is read as before, and so is anyone else named
    assert sorted(r for r, _a, _b in people_in(_item("Hi Rosa, the roster for Kev's shift is up"), aps)) == ["Kev", "Rosa"]
    assert [r for r, _a, _b in people_in(_item("Hi Rosa, it's Kev from intake, Priya on lates has your file"), aps)] == ["Priya"]


def test_initials_on_a_lettered_shift_or_from_a_named_unit_are_a_person(dibp):
    """ "RW on C shift", "DM from the County Court registry"; not a ward or a unit by its letters ("ED on B shift")."""
    tas = load_profile("tas")
    assert ("RW", 12, 14) in people_in(_item("Shoutout to RW on C shift who stayed back for the handover"), tas)
    assert ("DM", 0, 2) in people_in(_item("DM from the County Court registry rang about the affidavits"), tas)
    assert people_in(_item("ED on B shift was chaos, 40 in the waiting room"), tas) == []


def test_an_agencys_own_handle_and_a_business_named_after_a_rank_are_no_person():
    vic, tas = load_profile("vic"), load_profile("tas")
    assert people_in(_item("hey @VicPolice the front desk phone at Mooroolbark rings out"), vic) == []
    assert people_in(_item("@DECYP_Tas the Burnie office has one practitioner on intake"), tas) == []
    assert people_in(_item("Huge thanks to Sergeant Pepper's café for catering our party"), vic) == []
    # a staff member's handle names a person; a rank's own roster is a person's
    assert people_in(_item("on the Bruce with @kel_tmr_roads today"), load_profile("qld")) == [("@kel_tmr_roads", 18, 32)]
    assert people_in(_item("Sergeant Pepper's roster is out"), vic)[0][0] == "Sergeant Pepper"


def test_an_account_of_the_organisations_own_words_is_no_person():
    tas, qld = load_profile("tas"), load_profile("qld")
    assert people_in(_item("@TasPoliceMedia who's on the front counter tonight? me"), tas) == []
    assert people_in(_item("Lockdown again @TasPrisonSvc, 4 short on B shift"), tas) == []
    assert people_in(_item("first day as a new grad 🩺 @rbwh_nurses"), qld) == []
    # a person's handle, even with the agency's words in it
    assert people_in(_item("night shift with @kayla_police"), tas) == [("@kayla_police", 17, 30)]


def test_a_personal_notes_reader_and_writer_are_no_colleagues(dibp):
    from auditor.rules.personrefs import personal_reader

    assert people_in(_item("hey Gus it's Mira, I'm on nights at the airport all week so no footy"), dibp) == []
    assert people_in(_item("hey it's Rob (marine unit). my number on the boat is 04 9157 0277"), dibp) == []
    assert personal_reader("Dell it's me, ring the office if you need me tonight") == (0, 4)
    # a note from the writer's team is the work's own: its reader stays a colleague
    assert personal_reader("Hey Jess it's Tom from the Burnie depot, ring me back") is None


def test_the_state_before_its_services_is_no_victor():
    vic = load_profile("vic")
    assert people_in(_item("I work in a Vic prison and the overcrowding is insane"), vic) == []
    assert people_in(_item("thinking of applying for Vic Pol, is the academy brutal?"), vic) == []
    assert people_in(_item("Vic said the roster's out"), vic) == [("Vic", 0, 3)]


def test_an_everyday_word_before_from_the_office_and_a_town_after_the_organisation_are_no_one():
    aps, qld = load_profile("aps"), load_profile("qld")
    for text, profile in (
        ("View from the office today 🌊🚤 #marineunit", aps),
        ("Greetings from the team at the Dubbo office, we miss you", aps),
        ("Hey it's Jodie from Child Safety Logan, I'm the after hours on call this weekend", qld),
    ):
        refs = [r for r, _a, _b in people_in(Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="", text=text), profile)]
        assert refs == [], (text, refs)
    # a name is still one before a unit, and before "from the office" when it is a given name
    for text, name in (("Jocelyn from payroll fixed my overtime", "Jocelyn"), ("Leanne from the Geelong office rang", "Leanne")):
        refs = [r for r, _a, _b in people_in(Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="", text=text), aps)]
        assert name in refs, (text, refs)


def test_people_in_leaves_out_family_handles_and_the_state_of_vic(dibp):
    from auditor.config import load_profile

    vic = load_profile("vic")
    assert people_in(_item("sworn in today 💙 @mum thanks for the cake"), dibp) == []
    assert people_in(_item("Youth worker at a unit in regional Vic, ask me anything"), vic) == []
    assert people_in(_item("my mate's a nurse in Queensland and reckons Vic pays better"), vic) == []
    assert people_in(_item("Vic from the Ringwood office covered my shift"), vic) == [("Vic", 0, 3)]


def test_people_in_leaves_out_the_commenter_a_reply_video_answers(dibp):
    assert people_in(_item("replying to @mia.k_99 no I can't check your brother's visa, stop asking"), dibp) == []
    # ... but a colleague tagged later in the reply is still someone
    assert [r for r, *_ in people_in(_item("replying to @mia.k_99 ask @sam_r_abf, he's on the cargo team"), dibp)] == [
        "@sam_r_abf"
    ]
