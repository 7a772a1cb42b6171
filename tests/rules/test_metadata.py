"""auditor.rules.metadata: MET101, owner names and serial numbers in photo and video metadata."""

from __future__ import annotations

from auditor.models import Item, ItemKind, Platform, Severity
from auditor.rules.metadata import RULES

MET101 = RULES[0]


def _check(profile, identity, kind: ItemKind = ItemKind.PHOTO):
    item = Item(platform=Platform.FACEBOOK, kind=kind, path="t", text="", extra={"identity": identity})
    return list(MET101.check(item, profile))


def test_metadata_rules():
    assert [r.code for r in RULES] == ["MET101"]
    assert MET101.needs_text is False


def test_metadata_name_is_medium_serial_is_low(dibp):
    [name] = _check(dibp, {"OwnerName": "Pat Example"})
    assert (name.key, name.severity, name.fix) == ("identity:OwnerName", Severity.MEDIUM, "auto")
    assert name.message == "Photo metadata carries a name (OwnerName)"
    [serial] = _check(dibp, {"SerialNumber": "BODY-0042"}, ItemKind.VIDEO)
    assert serial.severity == Severity.LOW
    assert serial.message == "Video metadata carries a serial number (SerialNumber)"


def test_metadata_lists_names_then_serials_and_ignores_other_tags(dibp):
    [m] = _check(dibp, {"Artist": "Pat", "LensSerialNumber": "L1", "Make": "Canon"})
    assert m.key == "identity:Artist,LensSerialNumber"
    assert m.evidence == "Artist=Pat; LensSerialNumber=L1"


def test_metadata_negatives(dibp):
    assert _check(dibp, {"Make": "Canon", "Artist": "  "}) == []  # blank values do not count
    assert _check(dibp, {}) == []
    assert _check(dibp, "not a dict") == []
