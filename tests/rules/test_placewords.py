"""auditor.rules.placewords: people, teams and organisations that share a place's name."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.rules.placewords import is_person, named_thing, state_in_a_name


def _span(text: str, name: str) -> tuple[int, int]:
    i = text.index(name)
    return i, i + len(name)


def test_is_person_reads_people_and_pets_named_after_places():
    text = "Happy 30th to my sister Victoria!"
    assert is_person(text, *_span(text, "Victoria"), "victoria")
    text = "Coffee in Parramatta before work"
    assert not is_person(text, *_span(text, "Parramatta"), "parramatta")


def test_named_thing_reads_teams_results_and_places_abroad():
    for text, name in (
        ("Sydney Swans are cooked", "Sydney"),
        ("Richmond won by 40", "Richmond"),
        ("Brighton, England", "Brighton"),
    ):
        assert named_thing(text, *_span(text, name)), text
    text = "Moving to Geelong next month"
    assert not named_thing(text, *_span(text, "Geelong"))


def test_state_in_a_name_reads_the_state_inside_an_organisations_name():
    vic = load_profile("vic")
    text = "Ambulance Victoria crews were out"
    a, b = _span(text, "Victoria")
    assert state_in_a_name(text, a, text[max(0, a - 30) : a], text[b : b + 40], vic)
    text = "Road trip around Victoria next month"
    a, b = _span(text, "Victoria")
    assert not state_in_a_name(text, a, text[max(0, a - 30) : a], text[b : b + 40], vic)


def test_named_thing_reads_a_plural_team_an_event_a_brand_and_not_wont():
    for text, name in (
        ("Hawthorn are done for the year", "Hawthorn"),
        ("Geelong's season is over already", "Geelong"),
        ("Mildura Jazz Festival crowds were huge", "Mildura"),
        ("the Bendigo Bank ad again", "Bendigo"),
        ("our Ballarat Bertie pale ale won gold", "Ballarat"),
    ):
        assert named_thing(text, *_span(text, name)), text
    text = "Mildura won't be the same without you"
    assert not named_thing(text, *_span(text, "Mildura"))


def test_is_person_reads_a_pet_or_thing_named_for_a_place():
    for text, name in (
        ("Geelong the greyhound stole a pie", "Geelong"),
        ("Our puppy's name is Ballarat", "Ballarat"),
        ("Named my new ute Darwin", "Darwin"),
        ("Meet Hobart, our new border collie", "Hobart"),
    ):
        assert is_person(text, *_span(text, name), name.casefold()), text
    text = "Drove Geelong the long way round"
    assert not is_person(text, *_span(text, "Geelong"), "geelong")


def test_state_in_a_name_after_an_acronym_or_a_plural_name():
    tas = load_profile("tas")
    for text in ("Sent the permit to NRE Tas", "Paid it through Fines Tas", "SES Tas crews were out"):
        a, b = _span(text, "Tas")
        assert state_in_a_name(text, a, text[max(0, a - 30) : a], text[b : b + 40], tas), text
    text = "Thanks Tas, what a weekend"
    a, b = _span(text, "Tas")
    assert not state_in_a_name(text, a, text[max(0, a - 30) : a], text[b : b + 40], tas)


def test_is_person_reads_a_surname_after_a_given_name():
    text = "Senior Sergeant Tom Croydon forever"
    assert is_person(text, *_span(text, "Croydon"), "croydon")
    # a place before it, or a preposition, is no given name
    text = "Moved from Perth Croydon is home now"
    assert not is_person(text, *_span(text, "Croydon"), "croydon")


def test_named_thing_reads_a_drink_brand_and_a_team_by_its_match_word():
    for text, name in (
        ("Cold Bundaberg Rum after mowing", "Bundaberg"),
        ("Watching the Perth Wildcats game with Dad", "Perth"),
        ("Geelong Cats fans are the worst", "Geelong"),
    ):
        assert named_thing(text, *_span(text, name)), text
    for text, name in (("Bundaberg rum distillery tour", "Bundaberg"), ("Perth Airport game of Uno", "Perth")):
        assert not named_thing(text, *_span(text, name)), text


def test_is_person_reads_what_only_a_person_does():
    for text in ("Omg Adelaide from year 12 just had her baby", "Adelaide just got engaged!!", "Our Darwin is our kelpie"):
        name = "Adelaide" if "Adelaide" in text else "Darwin"
        assert is_person(text, *_span(text, name), name.casefold()), text
    text = "Moved from Adelaide to Cairns, just got engaged too"
    assert not is_person(text, *_span(text, "Adelaide"), "adelaide")


def test_is_person_reads_a_boat_a_pet_emoji_and_a_pet_parent():
    for text, name in (
        ("Our boat Noosa Belle is back in the water", "Noosa"),
        ("Mate the fishing boat 'Launceston Lass' is for sale", "Launceston"),
        ("brekkie date with Ballarat 🐕💛", "Ballarat"),
        ("Barista | Dog mum to Bendigo 🐶", "Bendigo"),
        ("This is Strahan and he's the goodest boy", "Strahan"),
    ):
        assert is_person(text, *_span(text, name), name.casefold()), text
    for text, name in (("Drove the car to Ballarat with the dog", "Ballarat"), ("This is Hobart and it's freezing", "Hobart")):
        assert not is_person(text, *_span(text, name), name.casefold()), text


def test_named_thing_reads_a_song_in_quotes_and_a_team_that_kicked():
    text = "on repeat all week: 'Toowoomba Rain' by Jess Harlan"
    assert named_thing(text, *_span(text, "Toowoomba"))
    text = "Essendon kicked three in the last quarter"
    assert named_thing(text, *_span(text, "Essendon"))
    text = "Rain in Toowoomba by 5pm"
    assert not named_thing(text, *_span(text, "Toowoomba"))


def test_named_thing_reads_both_sides_of_a_contest():
    # a team by what a contest does: the other side, a colour, a win, a finals place
    for text, name in (
        ("Off to watch Footscray play Richmond tonight", "Footscray"),
        ("Off to watch Footscray play Richmond tonight", "Richmond"),
        ("Nobody in our house barracks for Fremantle except me", "Fremantle"),
        ("Footscray colours on the letterbox for the final", "Footscray"),
        ("Brisbane to win the flag, calling it now", "Brisbane"),
        ("Adelaide made the top eight at last", "Adelaide"),
    ):
        assert named_thing(text, *_span(text, name)), text
    # a place where someone plays or wins is still the place
    for text, name in (
        ("the kids love to play in Geelong", "Geelong"),
        ("moved to Geelong to win over the locals", "Geelong"),
        ("Played Geelong's best golf course on Sunday", "Geelong"),
    ):
        assert not named_thing(text, *_span(text, name)), text


def test_named_thing_reads_a_side_after_versus_only_in_a_post_about_a_game():
    text = "Essendon v Collingwood in the Anzac Day match"
    assert named_thing(text, *_span(text, "Collingwood"))
    text = "the Perth vs Adelaide coffee debate rages on"
    assert not named_thing(text, *_span(text, "Adelaide"))


def test_a_pet_or_a_child_having_a_birthday_is_no_place_but_a_citys_anniversary_is():
    from auditor.rules.placewords import is_person

    text = "Our little Launceston turns one today, best kitten"
    s = text.index("Launceston")
    assert is_person(text, s, s + len("Launceston"), "launceston")
    text = "Ballarat turns 150 this year and the council is throwing a party"
    assert not is_person(text, 0, len("Ballarat"), "ballarat")


def test_a_suburbs_namesake_abroad_and_a_games_run_are_no_place_here():
    from auditor.rules.placewords import named_thing

    def thing(text: str, name: str) -> bool:
        s = text.index(name)
        return named_thing(text, s, s + len(name))

    assert thing("Kew Gardens in spring is unreal, London you beauty", "Kew")
    assert thing("Epping Forest walk with the in-laws 🌳🇬🇧", "Epping")
    assert thing("Sandringham at Christmas looks freezing, the royals can keep it", "Sandringham")
    assert thing("Richmond in the 4th quarter is a horror movie", "Richmond")
    assert thing("Carlton til I die, what a WIN", "Carlton")
    # a trip there, a capital, a heritage flag beside a place here
    assert not thing("Back in Brighton after three weeks in London, missed the bay", "Brighton")
    assert not thing("Melbourne to London, 24 hours of hell 🇬🇧", "Melbourne")
    assert not thing("Independence Day party at the hall in Inala 🇳🇬", "Inala")
    assert not thing("arrived in Fremantle by boat from Naples 🇮🇹🇦🇺", "Fremantle")


def test_a_pet_of_any_kind_and_a_childs_first_feat_are_no_place():
    from auditor.rules.placewords import is_person

    def person(text: str, name: str) -> bool:
        s = text.index(name)
        return is_person(text, s, s + len(name), name.casefold())

    assert person("Perth (our golden retriever) has discovered the sprinkler", "Perth")
    assert person("Darwin the tortoise escaped again", "Darwin")
    assert person("Logan scored his first try today!!!", "Logan")
    assert not person("Logan scored two tries for Souths today", "Logan")


def test_named_thing_reads_a_product_by_its_maker_and_a_clubs_season():
    for text, name in (
        ("Nothing beats a cold Bundaberg ginger beer", "Bundaberg"),
        ("New Derwent pencils = new sketchbook era", "Derwent"),
        ("Is Noosa yoghurt worth the price?", "Noosa"),
        ("King Island brie on a cracker", "King Island"),
        ("Hobart & Co coffee is overrated", "Hobart"),
        ("Townsville Fire fans where you at", "Townsville"),
        ("North Melbourne actually won. I need to lie down.", "North Melbourne"),
        ("Carlton need a new coach.", "Carlton"),
        ("Essendon in the finals? Believe it when I see it", "Essendon"),
        ("Anyone got a spare ticket for Geelong v Hawthorn on Saturday?", "Hawthorn"),
        ("Collingwood by a goal, I'm calling it", "Collingwood"),
        ("Collingwood can't kick straight to save themselves", "Collingwood"),
    ):
        assert named_thing(text, *_span(text, name)), text
    for text, name in (
        ("Weekend in Noosa, yoghurt bowls every morning", "Noosa"),
        ("Moving to Geelong in the new year", "Geelong"),
    ):
        assert not named_thing(text, *_span(text, name)), text


def test_is_person_reads_a_lost_pet_by_the_name_it_answers_to():
    text = "Lost: black and white cat, answers to Burnie, please share!"
    assert is_person(text, *_span(text, "Burnie"), "burnie")
    for text, name in (
        ("Adelaide just took her first steps!!!", "Adelaide"),
        ("Darwin is sulking because I gave him a bath", "Darwin"),
    ):
        assert is_person(text, *_span(text, name), name.casefold()), text
