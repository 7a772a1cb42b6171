"""auditor.rules.writer: the writer's own name, title and sign-off block."""

from __future__ import annotations

from auditor.rules.writer import self_intro, signature_start, signs_off, titled_self


def _span(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


def test_the_writer_names_themselves_beside_their_own_line_or_signs_off():
    text = "ring our local office on 07 4772 9160 and ask for me, Steph"
    assert self_intro(text, *_span(text, "Steph"))
    text = "my desk number is 03 6165 7734, ask for Zoe in intake"
    assert self_intro(text, *_span(text, "Zoe"))
    text = "Ring the station and ask for Zoe, she'll sort it"
    assert not self_intro(text, *_span(text, "Zoe"))
    text = "if you need anything about the ceremony logistics. Maria, Home Affairs"
    assert self_intro(text, *_span(text, "Maria"))


def test_the_writer_opening_with_their_name_then_how_to_reach_them():
    text = "hey it's Nadia, if you can't get me on the mobile ring my desk line, I'm on intake till 4"
    assert self_intro(text, *_span(text, "Nadia"))
    text = "Hey it's Rob, you can get me at work on the team line after 9"
    assert self_intro(text, *_span(text, "Rob"))
    text = "Tell Rob you can get me at work after 9"
    assert not self_intro(text, *_span(text, "Rob"))


def test_signature_start_finds_the_writers_sign_off_block():

    text = "Kind regards, Ellie Park – Intake Officer, Victims Helpline 1800 406 273"
    assert signature_start(text) == 0
    text = "Please update your contacts: Sam Whitfield, Assistant Director, Data | (02) 6252 7719"
    assert text[signature_start(text) :].startswith("Sam Whitfield")
    text = "Thanks, Mel\n\nMel Tran | Case Manager | T (03) 5336 2190"
    assert signature_start(text) == 0
    # thanks with no contact fields after it thanks someone; someone else's signature is theirs
    assert signature_start("Congrats Aisha! Thanks, Raj for the cake") == 40
    text = "here's his sig: Tom Baxter | Border Force Officer | Trade"
    assert signature_start(text) == len(text)


def test_self_intro_reads_a_greeting_then_the_writers_name_with_their_own_line():
    from auditor.rules.writer import self_intro

    text = "Hi, Megan from the Geelong Smart Centre — ring me directly on 03 5200 1111"
    assert self_intro(text, 4, 9)
    # a colleague named after a greeting, with no line of the writer's, is not the writer
    assert not self_intro("Hi, Megan from the Geelong Smart Centre rang, she'll call back", 4, 9)


def test_a_dash_led_one_name_sign_off_block_is_the_writers():
    text = "— Tanya | Senior Case Officer, Payments | Dubbo | ph 02 6800 0000"
    assert signature_start(text) <= text.index("Tanya")
    text = "Ask Odette | she knows the system"
    assert signature_start(text) == len(text)


def test_its_the_writer_opening_with_their_own_news():
    text = "it's Marisol — new desk number is 07 3000 0000, moved to level 4"
    assert self_intro(text, *_span(text, "Marisol"))
    text = "Hey it's Tobias, I'm on the after-hours phone this week"
    assert self_intro(text, *_span(text, "Tobias"))
    text = "it's Tobias, he's the one who keeps taking my stapler"
    assert not self_intro(text, *_span(text, "Tobias"))  # blaming someone else


def test_signature_start_reads_fields_split_by_slashes():
    text = "Thanks, Marnie / Case Manager, Bendigo office / marnie.k@example.gov.au / 03 5400 0000"
    assert signature_start(text) == 0
    # a slash in a sentence is no sign-off block
    assert signature_start("Thanks, Marnie, the 2/3 split works for us") == len("Thanks, Marnie, the 2/3 split works for us")


def test_self_intro_reads_the_writers_name_after_the_readers():
    text = "Hi Rosa, Kev from the Dubbo office, can you ring me back on my desk?"
    assert self_intro(text, text.index("Kev"), text.index("Kev") + 3)
    # ... not someone else named to the reader, with no line of the writer's
    other = "Hi Rosa, Kev from the Dubbo office is off today, his desk is free"
    assert not self_intro(other, other.index("Kev"), other.index("Kev") + 3)


def test_self_intro_reads_name_from_unit_here_and_a_sign_off_of_fields():
    text = "Priya from the intake team here, mob is 0400 000 111 if you need me"
    assert self_intro(text, 0, 5)
    dash = "Please contact me on 6200 0000 or j.ng@justice.tas.gov.au — Jun, Registry Services"
    assert self_intro(dash, dash.index("Jun"), dash.index("Jun") + 3)
    fields = "Please contact me on 6200 0000. Sanjay, Listings, Magistrates' Court"
    assert self_intro(fields, fields.index("Sanjay"), fields.index("Sanjay") + 6)
    # a long dash before a name with no line of the writer's is no sign-off
    praise = "Night shift on the cargo floor — Dave, legend"
    assert not self_intro(praise, praise.index("Dave"), praise.index("Dave") + 4)


def test_a_plain_hyphen_before_the_writers_name_after_their_own_line_is_a_sign_off():
    """Typed on a phone, the long dash is a hyphen: "... if you need me - Kez, CNM" is the writer."""
    text = "Code blue in bay 4 again. Ring the unit line 6222 8100 if you need me - Kez, CNM"
    assert self_intro(text, *_span(text, "Kez"))
    # a hyphen before a name with no line of the writer's is no sign-off
    praise = "Double on the ward tonight - Kez, legend"
    assert not self_intro(praise, *_span(praise, "Kez"))


def test_a_closing_a_slash_block_and_its_then_a_full_stop_are_the_writer():
    """ "Cheers, Tez (Housing Services)" closing a note with the writer's own line, "Kind regards / Bec /
    ..." and "Hey it's Kel. I'm on ..." name the writer."""
    text = "Best to ring me at the office on (03) 6100 0000, Mon to Wed. Cheers, Tez (Housing Services)"
    assert self_intro(text, *_span(text, "Tez"))
    # a closing with no line of the writer's thanks someone
    thanks = "Great night shift at the depot. Cheers, Tez"
    assert not self_intro(thanks, *_span(thanks, "Tez"))
    block = "Kind regards / Bec / Case Manager, Intake North / P (03) 6400 0000"
    assert signature_start(block) == 0
    intro = "Hey it's Kel. I'm on the duty phone this weekend, ring 0400 000 000 not my personal"
    assert self_intro(intro, *_span(intro, "Kel"))
    other = "Hey it's Kel. Mick has the duty phone this weekend"
    assert not self_intro(other, *_span(other, "Kel"))


def test_a_signature_block_opening_the_text_is_the_writers():
    """A name line, then a title, a unit and a number: "Jo Pike\\nCase Manager\\nP: (03) 9000 0000";
    dashed or piped fields too; not a thanks line before a number."""
    assert signature_start("Jo Pike\nCase Manager, Intake North\nP: (03) 9000 0000") == 0
    assert signature_start("Constable R. Okafor\nMoe Police Station\nPh (03) 5100 0000") == 0
    assert signature_start("Sig block: Sam Reyes — Visa Contracts — ph 08 9000 0000 — sam.reyes@abf.gov.au") == 0
    assert signature_start("Dr Ana Ruiz | Senior Adviser, Policy | ana.ruiz@health.vic.gov.au") == 0
    text = "Thanks Mick\nCall 0400 000 000 if the van's free"
    assert signature_start(text) == len(text)


def test_the_writer_signing_off_or_reporting_for_duty():
    from auditor.rules.writer import self_intro, signs_off

    def off(text: str, name: str) -> bool:
        s = text.index(name)
        return signs_off(text, s, s + len(name))

    assert off("can u sign my leave form, it's in the TRIM folder. ta - Kez (APS5, Visa Processing)", "Kez")
    assert off(
        "flick me an email at b.tonkin [at] police [dot] qld [dot] gov [dot] au 👮 Snr Const Tonkin, Adopt-a-Cop",
        "Snr Const Tonkin",
    )
    assert off("finally in the full blues 💙 Constable Harper reporting for duty lol", "Constable Harper")
    t = "New signature so here's me: Hana Osei, Service Delivery Manager"
    assert self_intro(t, t.index("Hana"), t.index("Hana") + 4)
    # someone thanked after an emoji, with no line of the writer's
    assert not off("great work today team 👏 Sgt Collins, you legend", "Sgt Collins")


def test_titled_self_is_the_writer_introduced_by_their_own_title():
    text = "Hi, this is Senior Sergeant Lachlan Byrne from Hobart CIB, could you call me back on 03 5550 7710"
    assert titled_self(text, *_span(text, "Sergeant"))
    text = "hey it's Sgt Kelly at Roma St, ring me back on 07 5550 6120 about your statement"
    assert titled_self(text, *_span(text, "Sgt Kelly"))
    # not someone to ask for, nor the reader, nor a titled person at a site with no call back
    text = "Ring me at the station on (03) 6421 7612 or ask for Sgt Hadley"
    assert not titled_self(text, *_span(text, "Sgt Hadley"))
    text = "best schnitzel in Canberra. Don't @ me, Sgt Pike"
    assert not titled_self(text, *_span(text, "Sgt Pike"))
    text = "Tell Sgt Kelly at Roma St I said hi"
    assert not titled_self(text, *_span(text, "Sgt Kelly"))
    # the name running on past the title's match, and the writer's own new title
    text = "It's Constable Amy Ferris from Ringwood station, your bike's been found, call me on 03 5550 1234"
    assert titled_self(text, *_span(text, "Constable Amy"))
    text = "31 weeks at the academy and I'm finally Constable Osei 🥹"
    assert titled_self(text, *_span(text, "Constable Osei"))


def test_a_dash_and_a_name_closing_the_writers_own_words_signs_off():
    text = "For lost property from the disco, email the office and we'll sort it 😊 – Mrs J"
    assert signs_off(text, *_span(text, "Mrs J"))
    # ... not a name that words follow, nor a dash after words not the writer's own
    text = "email the office and we'll sort it – Mrs J has the key"
    assert not signs_off(text, *_span(text, "Mrs J"))
    text = "Best boss ever – Mrs J"
    assert not signs_off(text, *_span(text, "Mrs J"))


def test_the_writer_greeting_by_title_owning_a_title_or_at_their_office():
    text = "Hi, Det Sgt Mick Farrow from Devonport CIB. Please ring me back on my work mobile about your statement."
    assert self_intro(text, *_span(text, "Mick Farrow"))
    text = "New OIC at Queenstown is me 😅 Sgt Renee Walsh, Tas Police. Station line is 03 5550 1182"
    assert titled_self(text, *_span(text, "OIC")) and self_intro(text, *_span(text, "Renee"))
    text = "hey it's Marnie at Centrelink Woden, if the customer rings back my direct line is 02 5550 3817"
    assert self_intro(text, *_span(text, "Marnie"))
    # a greeting to the reader, then someone else's title and what they want: no call back to the writer
    text = "Hi, Sgt Dawes from Box Hill wants everyone at the muster at 6"
    assert not titled_self(text, *_span(text, "Sgt Dawes"))
