"""auditor.rules.emails: work addresses written plainly or obfuscated."""

from __future__ import annotations

from auditor.rules.emails import normalise_domain, work_addresses


def test_work_addresses_plain_and_obfuscated(dibp):
    text = "Contact jane.citizen@abf.gov.au or jane@gmail.com, or sam dot lee at abf dot gov dot au"
    assert list(work_addresses(text, dibp)) == [
        ("jane.citizen@abf.gov.au", "abf.gov.au", False),
        ("sam.lee@abf.gov.au", "abf.gov.au", True),
    ]
    assert list(work_addresses("meet at the pub dot com later", dibp)) == []


def test_normalise_domain_spells_dots_out():
    assert normalise_domain("abf dot gov dot au") == "abf.gov.au"
    assert normalise_domain("ABF[dot]gov[dot]au.") == "abf.gov.au"


def test_work_addresses_with_spaces_round_the_at_and_the_dots(dibp):
    assert list(work_addresses("ping me at work, kat.obrien @ health . gov . au", dibp)) == [
        ("kat.obrien@health.gov.au", "health.gov.au", True)
    ]
    assert list(work_addresses("meet me @ the pub . com later", dibp)) == []
