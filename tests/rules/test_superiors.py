"""auditor.rules.superiors: one's superior or new starter by title alone, a friend's own milestone."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.rules.superiors import new_starter, own_insignia, own_superior, personal_wish


def test_personal_wish_is_a_friends_own_milestone_with_nothing_of_the_writers_work():

    for name in ("dibp", "aps", "qld", "vic", "tas"):
        profile = load_profile(name)
        assert personal_wish("Huge congrats Brodie on landing the new job, drinks on you", profile) == "congrats"
        assert personal_wish("Farewell drinks for Sam tonight, gonna miss your awful puns mate", profile)
        # a tie to the writer's own work keeps the person a possible colleague
        for text in (
            "Congrats to our new Deputy Secretary, the third this year",
            "Congrats Sgt Vella on the promotion, the station won't be the same",
            "Happy birthday Priya!! drinks after the late?",
            "Congrats Jo on your promotion, 12 years on the team",
            "Good luck Tayla, from everyone at work",
        ):
            assert personal_wish(text, profile) is None, (name, text)


def test_own_superior_is_the_writers_boss_by_title_alone():

    qld, dibp = load_profile("qld"), load_profile("dibp")
    assert own_superior("Staff meeting ran over, our AP said the timetable is final", qld) == ("our AP", 24, 30)
    assert own_superior("Brief due at COB, the DG wants it tonight", qld) == ("the DG", 18, 24)
    assert own_superior("what our LSC said on nights last week", qld) is not None
    assert own_superior("Our new Commissioner's first all-staff email", qld) is not None
    # a principal, an AP or a sergeant only where the organisation has them; a title without a
    # person ("who my director is"), a type of boss ("when the sarge says"), a club's secretary,
    # a manager or a team leader (private employers have them too)
    assert own_superior("Staff meeting ran over, our AP said the timetable is final", dibp) is None
    assert own_superior("our sergeant at the station reckons body cams are a fad", dibp) is None
    for text in (
        "nobody can tell me who my director is after the restructure",
        "when the sarge says 'quiet night' it never is",
        "our secretary at the bowls club sent the fixtures",
        "my team leader at the call centre times my breaks",
    ):
        assert own_superior(text, qld) is None, text


def test_own_superior_asked_told_copied_in_or_opening_a_sentence():

    qld, aps = load_profile("qld"), load_profile("aps")
    assert own_superior("Checked with the NUM and she said no agency staff tonight", qld) == ("the NUM", 13, 20)
    assert own_superior("can someone cc the EL before it goes up", aps) == ("the EL", 15, 21)
    assert own_superior("is the Sgt ok with me starting at 7 instead", qld) == ("the Sgt", 3, 10)
    assert own_superior("leave the forms on the OIC's desk please", qld) == ("the OIC", 19, 26)
    assert own_superior("Principal says the excursion is off. Again.", qld) == ("Principal", 0, 9)
    # a kind of post, not one person; a title before what it is
    assert own_superior("any Director would say the same, it's the process", qld) is None
    assert own_superior("Ask the Principal of your kid's school, not me", qld) is None
    assert own_superior("Checked with the NUM and she said no agency staff tonight", load_profile("dibp")) is None


def test_new_starter_is_ones_own_new_grad_or_recruit_by_role():

    assert new_starter("Our new grad spotted the duplicate payments before anyone else") == ("Our new grad", 0, 12)
    assert new_starter("my new recruit analyst asked the best question of the day")[0] == "my new recruit analyst"
    assert new_starter("Applications for our new grad program close Friday") is None


def test_own_superior_reads_the_2ic_and_more_titles_and_acts():

    aps, vic = load_profile("aps"), load_profile("vic")
    assert own_superior("Our 2IC is off to Treasury after 9 years with us", aps) == ("Our 2IC", 0, 7)
    assert own_superior("heads up the FAS is doing a floor walk at 3", aps) == ("the FAS", 9, 16)
    assert own_superior("Inspector called the whole station in for a chat about overtime", vic) == ("Inspector", 0, 9)
    assert own_superior("Our 2IC role closes Friday, apply on the jobs board", aps) is None


def test_own_superior_handed_over_to_arriving_who_told_the_writer_or_praised_after_our():
    tas, qld, vic, dibp = load_profile("tas"), load_profile("qld"), load_profile("vic"), load_profile("dibp")
    assert own_superior("Handing over to the 2IC at 0600, the cell log's on the clipboard", tas) == ("the 2IC", 16, 23)
    assert own_superior("handed over to the charge nurse at 7 and went straight to bed", vic) is not None
    assert own_superior("New Director-General starts Tuesday, place your bets on the next restructure", qld) is not None
    assert own_superior("the new Secretary starts Monday, so the brief goes in again", qld) is not None
    assert own_superior("To the NUM who told me I was 'not a team player' for going home sick: no.", vic) is not None
    assert own_superior("Farewell to our fearless Charge Nurse after 22 years on the ward", vic) is not None
    assert own_superior("New Nurse Unit Manager started today, she already fixed the roster", vic) is not None
    # hospital titles only where the organisation runs hospitals; "new" before no arrival is no one yet
    assert own_superior("New Nurse Unit Manager started today, she already fixed the roster", dibp) is None
    assert own_superior("Farewell to our fearless Charge Nurse after 22 years on the ward", dibp) is None
    assert own_superior("New Director-General role advertised, applications close Friday", qld) is None


def test_own_superior_reads_the_co():
    dibp = load_profile("dibp")
    assert own_superior("the CO wants everyone at the ramp by 0530", dibp) is not None
    assert own_superior("CO2 levels in the hold are fine", dibp) is None


def test_own_insignia_is_the_writers_own_rank():
    text = "Mum pinned my sergeant's stripes on at the ceremony today"
    start = text.index("sergeant")
    assert own_insignia(text, start, start + len("sergeant"))
    assert own_superior(text, load_profile("vic")) is None
    text = "I'm the one wearing the Commissioner's cap"
    start = text.index("Commissioner")
    assert not own_insignia(text, start, start + len("Commissioner"))
