"""auditor.rules.emails: work addresses written plainly or obfuscated."""

from __future__ import annotations

import pytest

from auditor.config import load_profile
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


# An adversarial generator (invented names): an address's "@" or dots in brackets of any kind or
# between dashes, or the address cut by a line break or a space, in each profile's own domain and in
# a .gov.au subdomain the profile does not list; a personal address written the same ways is none.
_OBFUSCATED = (
    "jo.ng [@] {d}",
    "jo.ng(@){d}",
    "jo.ng <at> {d}",
    "jo.ng -at- {d}",
    "jo.ng@{h}[.]{t}",
    "jo.ng@{h}(.){t}",
    "jo.ng@\n{d}",
    "jo.ng@{h}.\n{t}",
    "jo.ng@{h} .{t}",
    "jo.ng@{h} . {t}",
)


@pytest.mark.parametrize("profile_name", ["dibp", "aps", "qld", "vic", "tas"])
def test_generated_obfuscated_addresses_in_every_profile(profile_name):
    profile = load_profile(profile_name)
    domains = [profile.terms("organisation", "domains")[0], "regional.transport.example.gov.au"]
    missed = []
    for domain in domains:
        head, tail = domain.split(".", 1)
        for form in _OBFUSCATED:
            text = "Email me: " + form.format(d=domain, h=head, t=tail) + " about the roster"
            if [a for a, *_ in work_addresses(text, profile)] != [f"jo.ng@{domain}"]:
                missed.append(text)
    assert missed == []
    for form in _OBFUSCATED:
        text = "Email me: " + form.format(d="gmail.com", h="gmail", t="com")
        assert list(work_addresses(text, profile)) == [], text


def test_a_personal_address_ending_a_sentence_is_not_joined_to_the_next(dibp):
    assert list(work_addresses("mail me sam@gmail.com. Then the abf.gov.au page", dibp)) == []
    assert list(work_addresses("The @abf_gov account posted", dibp)) == []
