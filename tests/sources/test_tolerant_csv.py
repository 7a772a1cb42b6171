"""tolerant_csv: encodings, delimiters, header spellings and unescaped quotes. Synthetic text."""

from __future__ import annotations

import pytest

from auditor.sources.tolerant_csv import decode, decode_counted, norm, read_table, sniff, split_record


def test_decode_utf16_with_and_without_bom_and_utf8_bom():
    assert decode("\ufeffa\tb".encode("utf-16-le")) == "a\tb"
    assert decode("a\tb\r\n".encode("utf-16-le")) == "a\tb\r\n"
    assert decode("\ufeffDate,Link".encode()) == "Date,Link"


def test_header_spellings_are_one_column():
    assert norm("Share Commentary") == norm("ShareCommentary") == norm("share_commentary")
    t = read_table('"Date"\t"Share Commentary"\n"2018/01/01 00:00:00 UTC"\t"hi"\n', {"ShareCommentary", "Date"})
    assert t.rows[0].get("ShareCommentary") == "hi" and t.rows[0]["date"].startswith("2018")


def test_unescaped_quotes_are_read_past_and_flagged():
    text = 'Date,Link,Message\n2025-01-01 10:00:00,https://x/1,"Hi" he said, then left\n2025-01-02 10:00:00,https://x/2,ok\n'
    t = read_table(text, {"Date", "Message"})
    assert t.tolerant and t.lost_lines == 0
    assert [r.get("Message") for r in t.rows] == ['"Hi" he said, then left', "ok"]


def test_strict_file_is_not_flagged():
    t = read_table('a,b\n1,"x, ""y"""\n', {"a", "b"})
    assert not t.tolerant and t.rows[0].get("b") == 'x, "y"'


def test_split_record_takes_fixed_columns_from_both_ends():
    assert split_record('2025,"u,rl",free "text", here,,PUBLIC', ",", 5, 2) == ["2025", "u,rl", 'free "text", here', "", "PUBLIC"]


def test_no_header_is_an_error():
    with pytest.raises(ValueError):
        read_table("x,y\n1,2\n", {"Date"})


def test_sniff_a_utf16_head_cut_mid_character():
    raw = '"Date"\t"Share Commentary"\r\n'.encode("utf-16-le")
    assert sniff(b"\xff\xfe" + raw[:-1], {"Date", "ShareCommentary"})


def test_decode_counts_replaced_bytes_and_never_raises():
    assert decode_counted(b"ok \xef\xbf\xbd") == ("ok \ufffd", 0)  # a real U+FFFD is not counted
    assert decode_counted(b"a\xffb") == ("a\ufffdb", 1)
    assert decode(b"\xef\xbb\xbfx\xff") == "x\ufffd"
