"""auditor.rules.titled: a titled person read as staff on its own, or as someone who served the writer."""

from __future__ import annotations

from auditor.rules.titled import SERVED_ME, titled_at_work, titles


def _why(text: str, ref: str) -> str | None:
    return titled_at_work(text, text.index(ref), text.index(ref) + len(ref))


def test_a_titled_person_greeted_sent_a_message_or_placed_is_staff_on_its_own():
    assert _why("Say g'day to Sgt Kowalski for me", "Sgt Kowalski") == "the rank of someone greeted or sent a message"
    assert _why("Sgt Morrison at Mango Hill station is a legend", "Sgt Morrison") == 'a rank and a place ("at Mango Hill")'
    assert _why("Sergeant Ivy Poole retires Friday", "Sergeant Ivy") == "a rank before a full name"
    assert _why("Inspector Ruiz wants the stats by 3", "Inspector Ruiz") == "the rank of someone giving the writer work"
    assert _why("Inspector Gadget marathon with the kids", "Inspector Gadget") is None  # a character
    assert _why("Officer Patel at the airport desk made my first arrival so easy", "Officer Patel") is None  # served the writer
    assert _why("Shoutout to Dr Hussein, our family GP, for squeezing Dad in", "Dr Hussein") is None  # a patient's doctor


def test_served_me_is_thanks_or_praise_for_what_was_done_for_the_writer():
    assert SERVED_ME.search("Constable Ferris pulled my son out of the river")
    assert not SERVED_ME.search("Constable Ferris is on earlies with me all week")


def test_titles_are_the_profile_s_colleague_titles(dibp):
    assert {"Sgt", "Officer"} <= titles(dibp)


def test_a_rank_from_a_show_is_no_place():
    """ "Constable Barnaby from Midsomer", "Sergeant Schultz from Hogan's Heroes": a show, not a place;
    "Sgt Morrison at Mango Hill station" is placed by the work site after it."""
    text = "Constable Pickering from Wombatville is so underrated"
    assert titled_at_work(text, 0, len("Constable Pickering")) is None
    text = "Sergeant Crumb from Crumb's Heroes: 'I see nothing!'"
    assert titled_at_work(text, 0, len("Sergeant Crumb")) is None
    text = "Sgt Okoro at Mango Hill station is the best OIC I've had"
    assert titled_at_work(text, 0, len("Sgt Okoro")) is not None
    text = "Sgt Okoro at Caboolture is the best OIC I've had"
    assert titled_at_work(text, 0, len("Sgt Okoro")) is not None


def test_a_named_staff_member_who_served_the_writer_as_a_customer():
    from auditor.rules.titled import served_customer

    assert served_customer("ask for Marnie at the Nundah Centrelink, she sorted my payment in 10 min")
    assert served_customer("Shoutout to Dimitri at the VicRoads office in Geelong who fixed my licence mess")
    # staff served by a workmate say so
    assert not served_customer("Shout out to Ravi on the IT desk who fixed my TRIM access. 12 years here and that's a record")
    assert not served_customer(
        "Bernie from the visa office just hit 30 years, cake in the kitchenette. she processed my visa in 1996"
    )


def test_the_writer_as_the_doctors_patient():
    from auditor.rules.titled import served_customer

    assert served_customer("Dr Marsh at our GP squeezed me in on a Saturday, what a gem")
    assert served_customer("finally the all clear from Dr Osei, back at the desk next week")
    assert served_customer("Big thanks to Dr Lin and the day surgery team, I was their patient on Friday")
    # a doctor on the writer's own ward is a colleague
    assert not served_customer("Dr Osei wants the discharge summaries done before the audit, ward 7 only")
