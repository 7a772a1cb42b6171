"""auditor.rules.contact: CON101 work email, ACC101 account registration, CON201 work phone."""

from __future__ import annotations

from auditor.models import Item, ItemKind, Platform, Severity
from auditor.rules.contact import PHONE_RE, RULES

BY_CODE = {r.code: r for r in RULES}


def _check(code: str, text: str, profile, kind: ItemKind = ItemKind.POST, field: str | None = None):
    item = Item(platform=Platform.FACEBOOK, kind=kind, path="t", text=text, field=field)
    return list(BY_CODE[code].check(item, profile))


def test_contact_rules():
    assert [r.code for r in RULES] == ["CON101", "ACC101", "CON201"]
    assert BY_CODE["ACC101"].kinds == frozenset({ItemKind.PROFILE_FIELD})


def test_phone_pattern_knows_australian_formats():
    for number in ("(02) 6264 1111", "+61 2 6225 6400", "0428 113 907", "1300 363 263", "13 11 14", "ext 5512"):
        assert PHONE_RE.search(f"call {number} today").group(0) == number


def test_contact_work_email(dibp):
    [m] = _check("CON101", "Contact me at jane.citizen@abf.gov.au", dibp)
    assert m.key == "jane.citizen@abf.gov.au" and m.severity == Severity.HIGH
    assert _check("CON101", "write to jane@gmail.com", dibp) == []
    # the account's own address is ACC101's
    assert _check("CON101", "j.citizen@abf.gov.au", dibp, ItemKind.PROFILE_FIELD, "email") == []


def test_contact_account_registration_now_and_before(dibp):
    [now] = _check("ACC101", "j.citizen@abf.gov.au", dibp, ItemKind.PROFILE_FIELD, "email")
    assert now.severity == Severity.HIGH and "is registered" in now.message
    [before] = _check("ACC101", "j.citizen@abf.gov.au", dibp, ItemKind.PROFILE_FIELD, "previous_email")
    assert before.severity == Severity.MEDIUM and "was registered" in before.message
    assert _check("ACC101", "jcitizen@example.com", dibp, ItemKind.PROFILE_FIELD, "email") == []


def test_contact_work_phone_reported_once_per_number(dibp):
    [m] = _check("CON201", "my work mobile is 0428 113 907 and work mobile 0428113907", dibp)
    assert m.key == "0428113907" and m.confidence == 0.9
    assert _check("CON201", "My mobile is 0412 345 678 if anyone wants a lift", dibp) == []


def test_work_email_why_reads_as_a_sentence(dibp):
    [m] = list(
        RULES[0].check(Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text="mail me: sam@abf.gov.au"), dibp)
    )
    assert m.why == "an address under the work domain abf.gov.au"  # was "address in under work domain ..."


def test_phone_pattern_takes_any_grouping_of_a_full_number():
    for number in ("0412 34 56 78", "04 1234 5678", "02 62 64 11 11", "03 9651 - 1234", "(+61) 3 9651 1234", "9651-1234"):
        assert PHONE_RE.search(f"desk {number} today").group(0) == number
    # a dash between two years is no local number; an extension said with "'s" is one
    assert PHONE_RE.search("on the desk 1990-2000") is None
    assert PHONE_RE.search("My extension's 4412 now").group(0) == "extension's 4412"


def test_contact_work_phone_from_a_profile_phone_typed_work(dibp):
    def typed(kind):
        item = Item(
            platform=Platform.LINKEDIN,
            kind=ItemKind.PROFILE_FIELD,
            path="t",
            text="+61491570156",
            field="phone",
            extra={"phone_type": kind},
        )
        return [m.why for m in BY_CODE["CON201"].check(item, dibp)]

    assert typed("Work") == ['phone number +61491570156 with work context: the profile\'s phone type "Work"']
    assert typed("Mobile") == []  # a personal mobile in the profile is not a work number
    assert typed("Home") == []
