"""auditor.rules.people: words that make a person reference no colleague."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.rules.animals import PET_SIGN
from auditor.rules.people import (
    OFFICIAL_HANDLE,
    PARENT_OF_AFTER,
    PUBLIC_REPLY,
    SCREEN,
    client_named,
    date_not_person,
    place_not_person,
    served_family,
)
from auditor.rules.writer import OWN_TITLE_BEFORE


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_a_name_after_the_or_a_thing_word_is_no_person():
    for text, word in (
        ("Three rollovers on the Bruce tonight", "Bruce"),
        ("4 Code Greys on my shift", "Greys"),
        ("Happy retirement Uncle Bill", "Bill"),
        ("rostered at The Alfred again", "Alfred"),
    ):
        assert place_not_person(text, *_span(text, word)), text
    text = "Huge thanks to Bill for covering"
    assert not place_not_person(text, *_span(text, "Bill"))
    # the suburb a numbered site stands in
    text = "Graduated from the recruit course today, Station 35 Brooklyn, see you Monday!"
    assert place_not_person(text, *_span(text, "Brooklyn"))
    text = "On the truck at Station 4 with Brooklyn today"
    assert not place_not_person(text, *_span(text, "Brooklyn"))


def test_a_work_sites_first_word_after_a_preposition_is_the_site():
    tas = load_profile("tas")
    text = "Night shift at Ashley, running on 3 staff"
    assert place_not_person(text, *_span(text, "Ashley"), tas)
    assert not place_not_person(text, *_span(text, "Ashley"))  # without the profile's sites: unknown
    text = "Ashley covered my night shift"
    assert not place_not_person(text, *_span(text, "Ashley"), tas)


def test_at_a_name_and_an_unlisted_second_word_is_a_place_and_wide_prepositions_reach_the_gazetteer():
    text = "Our unit at Thomas Embling had two assaults"
    assert place_not_person(text, *_span(text, "Thomas"))
    text = "Drinks at Thomas Nguyen's place"
    assert not place_not_person(text, *_span(text, "Thomas"))
    text = "no crew available across Logan at 6pm"
    assert place_not_person(text, *_span(text, "Logan"))


def test_a_student_or_client_named_by_their_paperwork_and_a_parent_naming_their_child():
    text = "Could you call me about Ella's assessment?"
    assert client_named(text, *_span(text, "Ella"))
    text = "Could you thank Ella for the roster?"
    assert not client_named(text, *_span(text, "Ella"))
    assert PARENT_OF_AFTER.match("Mia's dad here", 3)
    assert PARENT_OF_AFTER.match("Mia's roster", 3) is None


def test_dates_official_handles_pets_screens_and_public_replies():
    text = "on leave until 14 Jan, contact the team"
    assert date_not_person(text, *_span(text, "Jan"))
    text = "Jan says the roster is out"
    assert not date_not_person(text, *_span(text, "Jan"))
    assert OFFICIAL_HANDLE.search("@FRV_official") and OFFICIAL_HANDLE.search("@DECYPtas")
    assert OFFICIAL_HANDLE.search("@sam_r_abf") is None and OFFICIAL_HANDLE.search("@jess_vic") is None
    assert PET_SIGN.search("has claimed the couch again 🐶")
    assert SCREEN.search("Anyone else watching Rookie Blue reruns?")
    assert PUBLIC_REPLY.match("@travelmumoz if your bag's been held, email the team")
    assert PUBLIC_REPLY.match("@kel you were a legend on 7B last night") is None
    assert OWN_TITLE_BEFORE.search("Former ABF ") and OWN_TITLE_BEFORE.search("Thrilled to start as ")


def test_a_family_served_is_found():
    assert served_family("Thank you to the Ward 2B team for looking after Dad")
    assert served_family("thanks to Mel for helping my nephew get back to school")
    assert served_family("thanks to Mel for covering my patients") is None
    assert served_family("Massive thanks to Constable Lee who helped my elderly neighbour when she got lost")


def test_full_names_after_a_role_or_a_farewell_do_and_names_from_the_organisation():
    from auditor.models import Item, ItemKind, Platform
    from auditor.rules.personrefs import people_in

    def refs(text: str, profile: str) -> list[str]:
        item = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text=text)
        return [r for r, _a, _b in people_in(item, load_profile(profile))]

    assert refs("Huge thanks to ranger Tamsin Blyth for the track work", "tas") == ["Tamsin Blyth"]
    assert refs("Farewell morning tea for Bronwyn Teale, 27 years", "tas") == ["Bronwyn Teale"]
    assert refs("Tell your mum the CSO is Ruth from Child Safety", "qld") == ["Ruth"]
    assert refs("Graduated from the Victoria Police Academy today", "vic") == []


def test_one_relatives_list_for_every_family():
    # the relatives list has one home (people.RELATIVE_WORDS); a relative one family knew is now
    # known to the others: a fiancé at work (colleagues), a hubby named after a place (places)
    from auditor.rules.colleagues import relative_at_work
    from auditor.rules.people import KIN_WORDS, PARENT_WORDS, RELATIVE_WORDS
    from auditor.rules.placewords import is_person

    assert set(KIN_WORDS.split("|")) | set(PARENT_WORDS.split("|")) == set(RELATIVE_WORDS.split("|"))
    vic = load_profile("vic")
    assert relative_at_work("My fiancé is a Senior Constable at Ballarat, so proud", vic) is not None
    text = "Happy birthday to my hubby Darwin, love you"
    assert is_person(text, text.index("Darwin"), text.index("Darwin") + 6, "darwin")
    # parents stay out of the places' reading: "drove Mum to Bendigo" goes to a place
    text = "Drove Mum to Bendigo for her appointment"
    assert not is_person(text, text.index("Bendigo"), text.index("Bendigo") + 7, "bendigo")


def test_on_screen_reads_a_show_finished_or_binged_by_its_title():
    from auditor.rules.people import on_screen

    assert on_screen("Finished Line of Duty again. Superintendent Hastings, sucking diesel")
    assert on_screen("Finally finished Brooklyn Nine-Nine. Captain Holt is my manager goals")
    assert not on_screen("Finished the report for the Director.")
    assert not on_screen("Just finished the night shift at Tullamarine.")


def test_on_screen_reads_a_kids_book():
    from auditor.rules.people import on_screen

    assert on_screen("Officer Buckle and Gloria is still my fave kids book ever")
    assert not on_screen("Booked the training room for the Officer course")


def test_a_site_named_after_a_person_or_done_to_is_the_site():
    from auditor.rules.people import site_named

    qld, tas = load_profile("qld"), load_profile("tas")
    text = "Whoever decided to sell off Arthur Gorrie never worked a night there"
    assert site_named(text, *_span(text, "Arthur"), qld)  # the first two words of a listed site
    text = "Ten years of promises to rebuild Ashley and still nothing"
    assert site_named(text, *_span(text, "Ashley"), tas)  # a site's first word after what is done to a site
    text = "Ashley rebuilt the roster for us, legend"
    assert not site_named(text, *_span(text, "Ashley"), tas)  # a person doing something


def test_on_screen_reads_a_film_or_a_cartoon_character():
    from auditor.rules.people import on_screen

    assert on_screen("Constable Benny from the Pixar short is my spirit animal")
    assert on_screen("Captain Flint from Pirate Patrol would never allow this")
    assert not on_screen("Constable Benny found the lost wallet at the station")


def test_a_child_fetched_or_dropped_off_is_no_colleague():
    from auditor.rules.people import ferried

    text = "cheers for grabbing Harriet from netball, I owe you"
    assert ferried(text, *_span(text, "Harriet"))
    text = "dropping Rohan off at kindy then straight to the depot"
    assert ferried(text, *_span(text, "Rohan"))
    text = "picking Dimitri's brain about the new roster"
    assert not ferried(text, *_span(text, "Dimitri"))


def test_a_day_swapped_or_a_crew_for_tomorrow_is_a_shift_given_and_taken():
    from auditor.rules.people import COVER_SHIFT

    assert COVER_SHIFT.search("swapped my Sunday late with Priya so I can make the wedding")
    assert COVER_SHIFT.search("benno is on my truck tomorrow, wish me luck")
    assert not COVER_SHIFT.search("swapped my jacket with Priya at the party")


def test_a_relative_in_hospital_makes_the_ward_staff_the_families():
    from auditor.rules.people import served_family

    assert served_family("My nan's in ICU and the nurse on her ward, Tahlia, is an angel")
    assert served_family("our boy is in hospital again, the staff in his room are great")
    assert served_family("Nurse Tahlia on 4B swapped my late, legend") is None


def test_a_unit_by_its_title_case_name():
    from auditor.rules.people import NAME_FROM_UNIT_RE

    assert NAME_FROM_UNIT_RE.search("Big thanks to Rhys from Fraud Investigations for the tip-off")
    assert not NAME_FROM_UNIT_RE.search("Big thanks to Rhys from Byron for the tip-off")


def test_a_name_in_an_upper_case_unit_opening_a_sentence_and_a_caseload_taken():
    from auditor.rules.people import COVER_SHIFT, NAME_FROM_UNIT_RE, people_by_form

    aps = load_profile("aps")
    assert [r for r, _a, _b in people_by_form("Tonks in QA caught it first", aps, [], [], frozenset())] == ["Tonks"]
    assert people_by_form("Casual in the office today", aps, [], [], frozenset()) == []
    assert NAME_FROM_UNIT_RE.search("Tonks in QA caught it first")
    assert COVER_SHIFT.search("thanks for taking my caseload while I was away")


def test_on_screen_reads_a_title_then_its_kind():
    from auditor.rules.people import on_screen

    assert on_screen("Sergeant Pickle from the Bin Chicken movie is my niece's favourite")
    assert on_screen("Constable Dot in the Wombat Street episode had me crying")
    assert not on_screen("Sergeant Pickle from the Ballarat station is my favourite")


def test_common_word_is_an_everyday_word_the_given_names_lack():
    from auditor.rules.people import common_word

    assert common_word("View") and common_word("Greetings")  # the plural of one
    assert not common_word("Kylie")  # a given name, in the vocabulary too
    assert not common_word("Morgs")  # in neither: read as a name


def test_on_screen_reads_a_finale_and_a_reboot():
    from auditor.rules.people import on_screen

    assert on_screen("Inspector Gadget reboot is actually decent, don't @ me")
    assert on_screen("MasterChef finale tonight, who's team Jess?")
    assert not on_screen("had to reboot the whole system twice, Sgt Dawes was livid")
