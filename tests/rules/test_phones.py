"""auditor.rules.phones: numbers in digits, spelt in words, split by a symbol, dialled internally."""

from __future__ import annotations

from auditor.rules.phones import PHONE_RE, may_hold_number, phone_numbers


def _found(text: str) -> list[tuple[str, str]]:
    return [(number, digits) for number, digits, _s, _e in phone_numbers(text)]


def test_digits_as_phone_re_reads_them():
    assert _found("call 0428 113 907 today") == [("0428 113 907", "0428113907")]
    assert PHONE_RE.search("ring (02) 6264 1111").group(0) == "(02) 6264 1111"


def test_a_number_spelt_in_words_or_mixed():
    text = "ring oh four one two, three four five, six seven eight tonight"
    assert _found(text) == [("oh four one two, three four five, six seven eight", "0412345678")]
    # "double" and "triple" a digit, digits among the words
    assert _found("zero four double one 2 345 67") == [("zero four double one 2 345 67", "0411234567")]
    # spans point at the original characters
    [(number, _d, start, end)] = list(phone_numbers(text))
    assert text[start:end] == number


def test_words_that_are_no_number():
    assert _found("Oh four of us went to the beach, one two three!") == []
    assert _found("one two three four five, six seven") == []  # too short to be a phone
    assert _found("Scores 12 - 14 - 22 today") == []


def test_a_number_split_by_an_emoji_or_a_symbol():
    assert _found("Work mob 0412 🤙 345 🤙 678") == [("0412 🤙 345 🤙 678", "0412345678")]
    assert _found("0412*345*678") == [("0412*345*678", "0412345678")]
    # a date or a score is no number
    assert _found("Born 30/06/2025, 3.2 kg") == []


def test_a_number_spaced_digit_by_digit():
    # a local number, with or without a dash in the middle; a 1300 line; an extension
    assert _found("the depot line 6 2 4 0 - 5 5 1 8 after 3") == [("6 2 4 0 - 5 5 1 8", "62405518")]
    assert _found("desk is 6 1 7 0 2 2 9 4 today") == [("6 1 7 0 2 2 9 4", "61702294")]
    assert _found("our line 1300 4 4 0 2 7 1") == [("1300 4 4 0 2 7 1", "1300440271")]
    assert _found("on extension 4 4 0 7 till late") == [("extension 4 4 0 7", "4407")]
    # a count or a run of single digits is no number, nor is part of a longer run
    assert _found("rounds 3 4 5 6 7 8 9 1 2 done") == []
    assert _found("1 2 3 4 5 6 7 8 9 10") == []


def test_a_short_internal_number():
    assert _found("dial 4412 from any desk phone for IT") == [("4412", "4412")]
    assert _found("Reception is internal 4412") == [("4412", "4412")]
    assert _found("I'm on 4412 internally") == [("4412", "4412")]
    assert _found("dial 4412 to buzz up to the flat") == []


def test_may_hold_number():
    assert may_hold_number("call 0412")
    assert may_hold_number("oh four one two three")
    assert not may_hold_number("one day at a time")


def test_a_spelt_area_code_before_digits_and_a_spelt_local_number():
    assert _found("Reception's on oh-two 6274 3318") == [("oh-two 6274 3318", "0262743318")]
    assert _found("ring the ward on six two one six, four four three one") == [
        ("six two one six, four four three one", "62164431")
    ]
    # three words make no local number
    assert _found("one two three and 4") == []


def test_a_short_number_said_internal_or_called_on():
    assert _found("my desk is 64213 internal") == [("64213", "64213")]
    assert _found("ring the nurses station on 4-4-7-1 and ask for me") == [("4-4-7-1", "4471")]
    # a year or a house number is said "in" or "at", not called "on"
    assert _found("we moved in 2019, the party is at 2026 Smith St") == []


def test_phone_numbers_a_label_letter_joined_to_a_whole_number():
    assert [n for n, *_ in phone_numbers("Case Manager | M0491 570 156")] == ["0491 570 156"]
    assert [n for n, *_ in phone_numbers("Mob0491570156")] == ["0491570156"]
    assert [n for n, *_ in phone_numbers("ticket W1234 5678")] == []  # a code, not a local number
    assert [n for n, *_ in phone_numbers("PM0491 570 156")] == []


def test_a_slashed_area_code_mixed_groups_and_a_word_among_single_digits():
    assert _found("work 03/5550 4412") == [("03/5550 4412", "0355504412")]
    assert _found("the enquiries line 1800 5 5 5 0 14 is mine") == [("1800 5 5 5 0 14", "1800555014")]
    # read out digit by digit with a word among the digits; the "5" of "till 5" stays out
    assert _found("at my desk till 5, 6 1 6 5 four 0 9 0") == [("6 1 6 5 four 0 9 0", "61654090")]
    # a date with a slash, a count of single digits too short for a number
    assert _found("Born 03/2019, 4 kg") == []
    assert _found("scores 1 2 3 four 5") == []
