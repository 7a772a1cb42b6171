"""auditor.synth.whatsapp: chat lines in each phone locale's style."""

from __future__ import annotations

from datetime import datetime

import pytest

from auditor.synth.whatsapp import whatsapp_chat, whatsapp_line

WHEN = datetime(2018, 6, 23, 13, 55, 7)


@pytest.mark.parametrize(
    ("style", "line"),
    [
        ("android", "23/06/2018, 13:55 - Alex: hi"),
        ("android_us", "6/23/18, 1:55\u202fPM - Alex: hi"),
        ("ios", "[23.06.18, 13:55:07] Alex: hi"),
        ("ios_us", "[6/23/18, 1:55:07\u202fPM] Alex: hi"),
        ("finnish", "23.6.2018 klo 13.55.07 - Alex: hi"),
    ],
)
def test_whatsapp_line_styles(style, line):
    assert whatsapp_line(WHEN, "Alex", "hi", style) == line


def test_whatsapp_chat_starts_with_the_notice_and_uses_the_platform_line_ending():
    chat = whatsapp_chat([(WHEN, "Alex", "hi")])
    lines = chat.split("\r\n")
    assert "end-to-end encrypted" in lines[0]
    assert lines[1] == "23/06/2018, 13:55 - Alex: hi\n"  # the last line ends in a bare newline
    assert "\r\n" not in whatsapp_chat([(WHEN, "Alex", "hi")], style="ios")
    with pytest.raises(ValueError):
        whatsapp_line(WHEN, "Alex", "hi", "klingon")
